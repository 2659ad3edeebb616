"""Session 21 (b): a header line "Title, Employer, Site, dates, State" names the employer and then the branch or
site it worked at ("Elm & Fifth Plaza"); the reading that takes the first name into the title ("Shift Supervisor,
Northgate Coffee") and the site for the employer is never quoted: the line names two names and which employed the
person the reader cannot tell. A title with its function after a comma ("Director, Product Marketing – Acme
Corp") keeps its employer. Made-up CV text: plain text, a DOCX table's row as text, a PDF's wrapped entry."""

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_trust import quotable_facts


def _cv(header: str, other: str = "Sales Associate, Pinecrest Books, Jan 2012 - Jan 2015, TX") -> str:
    return (f"Jo Bloggs\njo.bloggs@example.com | Austin, TX\n\nExperience\n{header}\n"
            "Coached members and ran the front desk rota for twelve staff.\n"
            f"{other}\nShelved and sold books and ran the till.\n\nEducation\nLakeview High School, 2011\n")


def _named(cv: str) -> set[str]:
    quoted = quotable_facts(extract_cv_facts(cv), cv)
    return {*quoted["employers"], *quoted["achievement_employer"].values(),
            *(e for e in (quoted["current_job"][1], quoted["current_job_parts"][1]) if e)}


def test_a_site_after_the_employer_is_never_named():
    for header, site in (("Shift Supervisor, Northgate Coffee, Maple & Fifth Street, Jan 2017 - Jun 2019, OH",
                          "Maple & Fifth Street"),
                         ("Store Manager, Brightway Grocers, Riverside & Oak Mall, Feb 2015 - Dec 2018, CA",
                          "Riverside & Oak Mall"),
                         ("Assistant Gym Manager, 9 Round Boxing, Cedar & Main Plaza, Mar 2016 ‐ Apr 2020, TX",
                          "Cedar & Main Plaza")):
        named = _named(_cv(header))
        assert site not in named, header
        assert "Pinecrest Books" in named  # the other entry's employer is still said


def test_a_title_with_its_function_keeps_its_employer():
    named = _named(_cv("Director, Product Marketing – Halcyon Analytics Ltd, Jan 2017 - Jun 2019"))
    assert "Halcyon Analytics Ltd" in named


def test_a_unit_before_its_university_keeps_the_university():
    named = _named(_cv("Circulation Assistant, Ellery Marsh Library, Northbrook University, Sep 2016 - May 2019"))
    assert "Northbrook University" in named
