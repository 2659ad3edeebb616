"""Session 20, fresh set 20's reading faults by kind, on made-up CV text: a firm's name that goes on after a comma
with a world region ("Hanover, North America"), a title cut inside itself by a hyphen glued to its last word
("Lead Software Engineer- Boston, MA"), a month glued to a state ("MAFeb 2022"), "Role– Employer; Town" with the
dash glued to the role, and a month with a curly apostrophe before its year ("Dec ‘17") in "Employer: dates" lines."""

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_lines import DATE_RE, header_parts
from core.analysis.cv_trust import quotable_facts


def _facts(cv: str) -> tuple[list[str], list[str]]:
    facts = extract_cv_facts(cv)
    return list(facts.get("employers") or []), list(quotable_facts(facts, cv)["employers"])


REGION_NAME = """Maya Chen
maya@example.com

WORK EXPERIENCE
{header} | March 2018-Present
Senior Underwriter
- Priced 300 commercial property accounts a year
- Cut quote turnaround by 30%

Brookhollow Mutual, Peoria, IL | June 2014-February 2018
Underwriter
- Reviewed 40 small business files a week

EDUCATION
B.A. Economics, Lakemoor University | 2014
"""


def test_a_world_region_after_a_firms_comma_is_never_named_alone():
    for header, region in (("Hanover, North America. Naperville, IL", "North America"),
                           ("Geneva, EMEA. Naperville, IL", "EMEA"),
                           ("Phoenix, Asia Pacific. Tempe, AZ", "Asia Pacific")):
        found, quoted = _facts(REGION_NAME.format(header=header))
        assert region not in found and region not in quoted, header
        assert "Brookhollow Mutual" in quoted


def test_a_world_region_after_a_comma_stays_with_the_name_before_it():
    assert header_parts("Hanover, North America. Naperville, IL")[0].rstrip(".") == "Hanover, North America"
    found, _ = _facts(REGION_NAME.format(header="Hanover, North America. Naperville, IL"))
    assert "Hanover, North America" in found


GLUED_HYPHEN = """Sam Ortiz
sam@example.com

WORK EXPERIENCE
{first}
Fenwick Labs
- Built a streaming pipeline for 5M events a day
- Led a team of four engineers

{second}
Corvel Systems
- Migrated reporting to Snowflake

EDUCATION
B.S. Computer Science, Lakemoor University | May 2018
"""


def test_a_hyphen_glued_to_a_title_is_a_separator_and_a_title_word_is_never_an_employer():
    for first, second in (("Lead Software Engineer- Boston, MA | Feb 2022-Present",
                           "Software Engineer - Boston, MA | Mar 2018-Jan 2022"),
                          ("Lead Software Engineer- Boston, MAFeb 2022-Present",
                           "Software Engineer - Boston, MAMar 2018-Jan 2022"),
                          ("Staff Software Developer- New York, NY | Feb 2022-Present",
                           "Software Developer - New York, NY | Mar 2018-Jan 2022"),
                          ("Principal Marketing Analyst- Denver, COApr 2021-Present",
                           "Marketing Analyst- Denver, COJun 2017-Mar 2021")):
        cv = GLUED_HYPHEN.format(first=first, second=second)
        found, quoted = _facts(cv)
        assert found == ["Fenwick Labs", "Corvel Systems"], first
        title = str(extract_cv_facts(cv).get("current_title") or "")
        assert title == first.split("-")[0], first


def test_a_month_glued_to_a_state_is_a_date():
    assert header_parts("Software Engineer- Boston, MAFeb 2022-Present") == ["Software Engineer", "Boston", "MA"]
    assert "Present" not in " ".join(header_parts("Data Analyst- Austin, TXJan 2023-Present"))


DASH_SEMICOLON = """Lena Ruiz
lena@example.com

WORK EXPERIENCE
Weekend Coding CLUB– Brightpath; Houston, TX | August 2019 – Present
- Taught Python basics to 25 middle school students
Summer Science CREW– Westmarch Museum; Houston, TX | June - July 2018
- Ran hands-on chemistry demos for 12 groups
Harlow Children's Hospital- Internship; Galveston, TX | May - June 2017
- Shadowed nurses on a paediatric ward

EDUCATION
B.S. Biology, Westmarch College | 2020
"""


def test_role_dash_employer_semicolon_town_names_the_part_after_the_dash():
    found, quoted = _facts(DASH_SEMICOLON)
    assert "Brightpath" in found and "Westmarch Museum" in found
    assert not {"Weekend Coding CLUB", "Summer Science CREW"} & {*found, *quoted}
    assert "Harlow Children's Hospital" in found and "Internship" not in found


CURLY_YEARS = """Priya Nair
priya@example.com

EXPERIENCE
Halden Works: Mar ‘16 - Present
Program Manager, Platform Reliability: FEB ‘20 - Present
Ran a reliability program for 40 services
Cut incidents by 35%
Operations Analyst: Mar ’16 - Jan ’20
Built weekly capacity reports

Brightlane: Jun '12 - Feb '16
Analyst: Jun '12 - Feb '16
Tracked vendor spend of $2M

EDUCATION
B.A. Economics, Lakemoor University, 2012
"""


def test_a_month_with_any_apostrophe_before_its_year_is_a_date():
    for text in ("Dec ‘17", "JAN ’21", "Jun '12", "Mar `19"):
        assert DATE_RE.search(text) and DATE_RE.search(text).group(0) == text, text
    assert header_parts("Upwork: Dec ‘17 - Present") == ["Upwork"]


def test_employer_colon_dates_lines_name_the_employer_never_a_date():
    found, quoted = _facts(CURLY_YEARS)
    named = {*found, *quoted}
    assert not any("‘" in n or "’" in n or "'" in n for n in named), named
    assert "Halden Works" in found and "Brightlane" in found


WRAPPED_WORD = """Priya Nair
priya@example.com

EXPERIENCE
Fiverr: Mar ‘16 - Present
Program Manager, Seller Success: FEB ‘20 - Present
Ran the seller success program for 40 markets, such as:
Partnered with product and engineering teams to drive improvements on the Fiverr
marketplace.
Associate Program Manager: JAN ‘18 - DEC ‘19
Built weekly capacity reports
Brightlane: Jun ‘12 - Feb ‘16
Analyst: Jun ‘12 - Feb ‘16
Tracked vendor spend

EDUCATION
B.A. Economics, Lakemoor University, 2012
"""


def test_a_wrapped_sentences_last_word_alone_on_its_line_is_never_an_employer():
    for word in ("platform", "website"):
        found, quoted = _facts(WRAPPED_WORD.replace("marketplace.", word + "."))
        assert not any(n.lower() == word for n in {*found, *quoted}), found
        assert "Brightlane" in found
