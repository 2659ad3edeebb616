"""Session 22: an employer's line that holds two names a comma parts and no title ("Guest Analytics, Remote Services |
June 2016 - Present" over "Pricing Analyst") does not say which name employed the person, nor whether the comma is
inside one name: no question names either half. A place, a legal form or a title beside the name leaves it sure.
A name that opens with "Remote" ("Remote Services") is no place. Made-up CV text: a PDF's lines with a bar before
the dates, a DOCX's tab before them, and a one-line "Title, Employer, Town" header."""

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_lines import is_place
from core.analysis.cv_quote_commas import comma_parted
from core.analysis.cv_trust import quotable_facts

BARRED = """Dana Kim
12 Elm St. ∙ Mesa, AZ 85201 ∙ dana@example.com

Experience:

Guest Analytics, Remote Services | June 2016 - Present
Pricing Analyst
- Set room prices for a portfolio of twenty hotels.
- Raised revenue per room by 4% in 2019.

Front Desk Agent - Canyon View Suites, Mesa Arizona | May 2014 - June 2016
- Checked in 150 guests a day.

Starlite Cinemas, Orem, UT | April 2011 - January 2013
Shift Manager
- Ran the evening shift of eight staff.
"""

TABBED = """Dana Kim
dana@example.com

WORK HISTORY
Clinical Informatics, Patient Systems\tMarch 2018 – Present
Data Manager
•\tBuilt the ward dashboards used by forty nurses.
Harlow Print Ltd, Finance\tJan 2014 – Feb 2018
Accounts Assistant
•\tReconciled the supplier ledger every month.
"""


def _named(cv: str) -> set[str]:
    quoted = quotable_facts(extract_cv_facts(cv), cv)
    return {*quoted["employers"], *quoted["achievement_employer"].values(),
            *(e for e in (quoted["current_job"][1], quoted["current_job_parts"][1]) if e)}


def test_a_name_opening_on_remote_is_no_place():
    assert not is_place("Remote Services")
    assert not is_place("Remote Solutions")
    for place in ("Remote", "Remote US", "Remote (Germany)", "Remote only", "remote first"):
        assert is_place(place), place


def test_two_names_a_comma_parts_on_a_titleless_line_are_never_named():
    named = _named(BARRED)
    assert not named & {"Guest Analytics", "Remote Services", "Guest Analytics, Remote Services"}
    assert "Canyon View Suites" in named


def test_a_place_after_the_comma_leaves_the_name_sure():
    cv = "Starlite Cinemas, Orem, UT | April 2011 - January 2013\nShift Manager\n"
    assert not comma_parted("Starlite Cinemas", cv, ["Shift Manager"])


def test_a_title_on_the_line_or_a_legal_form_leaves_the_name_sure():
    assert not comma_parted("Globex", "Engineer, Globex, Finance | 2008 - 2009\n", ["Engineer"])
    assert not comma_parted("Harlow Print Ltd", TABBED, ["Accounts Assistant"])


def test_a_tab_aligned_line_of_two_names_is_never_named():
    named = _named(TABBED)
    assert not named & {"Clinical Informatics", "Patient Systems"}
