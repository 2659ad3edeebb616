"""Session 22: a title written after the employer's street address, its postcode glued to the dash before the title
("Harbour Stores, 12 Mill Rd, Carmel, IN 46032— Seasonal Sales Associate", "…, Leeds LS1 4AB— Barista") is read
without the postcode: the dash ends the address. Made-up CV text: a DOCX's lines as text, US and UK postcodes."""

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_lines import header_parts

CV = """Alex Ryan
(317) 555-0142
alex.ryan@example.com
EXPERIENCE
Harbour Stores, 12 Mill Rd, Carmel, IN 46032— Seasonal Sales Associate
NOVEMBER 2021 - PRESENT
- Sold phones and service plans at the front end
Lantern Coffee, 4 Park Row, Leeds LS1 4AB— Barista
JUNE 2019 - OCTOBER 2021
- Made coffee for 300 customers a day
"""


def test_a_glued_postcode_ends_before_the_title():
    assert "Seasonal Sales Associate" in header_parts("Harbour Stores, 12 Mill Rd, Carmel, IN 46032— Seasonal Sales Associate")
    assert "Barista" in header_parts("Lantern Coffee, 4 Park Row, Leeds LS1 4AB— Barista")


def test_the_entries_titles_are_read_without_the_postcode():
    jobs = extract_cv_facts(CV)["jobs"]
    assert ("Seasonal Sales Associate", "Harbour Stores") in jobs
    assert ("Barista", "Lantern Coffee") in jobs
