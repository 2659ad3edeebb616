"""Session 28 (rc27 F4): the Deloitte heading "Senior Accountant - Audit & Assurance - Deloitte LLP" was taken whole
as the title ("the Senior Accountant - Audit & Assurance - Deloitte LLP role at Deloitte LLP"), and a heading
"Servers" as "the servers role". The title is the first part, the company the organisation after a department; a
heading in the plural names the job in the singular; "X is hiring: Title" and "Titles wanted" name the title.
Made-up ad headings of several fields and shapes."""

import pytest

from core.documents.job import job_heading, singular_title

BODY = "\n\nWe are looking for a great person to join us. You will work with a friendly team.\n"


@pytest.mark.parametrize(("heading", "expected"), [
    # the quoted faults
    ("# Senior Accountant - Audit & Assurance - Deloitte LLP", ("Senior Accountant", "Deloitte LLP")),
    ("Servers", ("Server", "")),
    # title - department - company, with a place after it
    ("Senior Accountant – Audit & Assurance – Deloitte LLP, New York", ("Senior Accountant", "Deloitte LLP")),
    ("Staff Nurse - Cardiology - Leeds Teaching Hospitals NHS Trust", ("Staff Nurse", "Leeds Teaching Hospitals NHS Trust")),
    ("Receptionist - Front Office - Hilton Metropole", ("Receptionist", "Hilton Metropole")),
    # title - company; title | company | city; title at company (unchanged shapes)
    ("Data Analyst - Northwind Logistics", ("Data Analyst", "Northwind Logistics")),
    ("Barista | Bean There Coffee | Leeds", ("Barista", "Bean There Coffee")),
    ("Line Cook at Acme Foods", ("Line Cook", "Acme Foods")),
    # a gender mark stays, the contract kind goes
    ("Comptable (H/F) - CDI", ("Comptable (H/F)", "")),
    # who is hiring whom
    ("Acme Foods is hiring: Line Cook", ("Line Cook", "Acme Foods")),
    ("Acme Foods is hiring a Line Cook", ("Line Cook", "Acme Foods")),
    ("Hiring: Bartenders", ("Bartender", "")),
    ("Electricians wanted", ("Electrician", "")),
    # plural titles
    ("Nurses", ("Nurse", "")),
    ("Baristas", ("Barista", "")),
    ("Sales Associates", ("Sales Associate", "")),
    ("Registered Nurses - ICU", ("Registered Nurse - ICU", "")),
    ("Teaching Assistants - Oakfield Primary School", ("Teaching Assistant", "Oakfield Primary School")),
    ("Camareros", ("Camarero", "")),
])
def test_heading_shapes_give_the_title_and_the_company(heading, expected):
    assert job_heading(heading + BODY) == expected


@pytest.mark.parametrize(("plural", "singular"), [
    ("Servers", "Server"), ("Waitresses", "Waitress"), ("Line Cooks", "Line Cook"), ("Deputies", "Deputy"),
    ("Customer Service Representatives", "Customer Service Representative"), ("HGV Drivers", "HGV Driver"),
    ("Nurses (m/w/d)", "Nurse (m/w/d)"), ("Meseros", "Mesero"), ("Serveurs", "Serveur"), ("Room Attendants", "Room Attendant"),
])
def test_a_plural_title_is_said_in_the_singular(plural, singular):
    assert singular_title(plural) == singular


@pytest.mark.parametrize("title", ["Sales", "Operations", "Human Resources", "Logistics", "Head of Sales",
                                   "Director of Operations", "Customer Success", "Public Relations", "Painters and Decorators",
                                   "Actress", "Kellner", "Business Analysis", "Server"])
def test_a_title_that_is_no_plural_stays_as_written(title):
    assert singular_title(title) == title


def test_setup_fills_the_title_and_company_of_the_reported_headings(setup_page) -> None:
    at = setup_page
    at.text_area(key="setup_jd").set_value("# Senior Accountant - Audit & Assurance - Deloitte LLP\n\nDeloitte is hiring"
                                           " an accountant for its audit practice.\n\nWhat you will do\n- Audit clients.\n").run()
    assert not at.exception, at.exception
    assert at.text_input(key="setup_job_title").value == "Senior Accountant"
    assert at.text_input(key="setup_company").value == "Deloitte LLP"
    at.text_area(key="setup_jd").set_value("Servers\n\nWe are seeking servers for our sports bar and grill.\n\n"
                                           "Requirements\n- Prior server experience\n").run()
    assert not at.exception, at.exception
    assert at.text_input(key="setup_job_title").value == "Server"
