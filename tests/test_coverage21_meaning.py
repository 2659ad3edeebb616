"""Session 21: a requirement is shown by what the work is, not only by its words (made-up answers of the kinds the
re-checkers saw: discovery as questions that uncover budget and pain, SEO as rankings and indexing, attribution as
holdout tests, leading a shift as the nurse in charge, mentoring as pairing with and reviewing a junior's work, a
licence by another of its names or by its field); a mention, a denial or a wish still shows nothing."""

import pytest

from core.coach.coverage import coverage_item, requirement_evidence
from core.coach.score import score_answer

SHOWN = [
    ("running discovery", "On a first call with a hotel group I asked what it cost them to do nothing this year and "
                          "who signed off spend, and kept the deal out of my forecast until I knew."),
    ("running discovery", "For each new lead I ask about their current process, the pain it causes and the budget set "
                          "aside before I book a demo."),
    ("SEO", "At Tillbrook we noindexed 200 duplicate category pages and rebuilt the internal links, and organic "
            "sessions rose 70% in nine months."),
    ("SEO", "I ran the keyword research for the help centre and rewrote the title tags, and our rankings for 'refund "
            "policy' reached the top three."),
    ("attribution", "I set up a geo holdout test for our radio spend and found it drove 12% of new sign-ups."),
    ("attribution", "I moved us off last-click reporting to incrementality tests per channel, which cut paid search "
                    "spend by a fifth."),
    ("leading a shift", "On the stroke unit I'm nurse in charge on most nights, so I allocate the patients and take "
                        "the admissions."),
    ("leading a shift", "I worked as charge nurse on weekend days, running the huddle and allocating the bays."),
    ("mentoring other engineers", "When a new graduate joined the data team I paired with her each morning and "
                                  "reviewed every pull request she opened."),
    ("mentoring junior analysts", "Last year two juniors joined us. I coached both of them through their first "
                                  "month-end close."),
    ("18th Edition Wiring Regulations", "I passed the 2382-22 in 2023 and now check every new circuit against BS 7671."),
    ("Health and safety", "I did IOSH Managing Safely last year and rewrote the yard's risk assessments with the drivers."),
]


@pytest.mark.parametrize(("requirement", "answer"), SHOWN)
def test_the_work_itself_shows_the_requirement(requirement, answer):
    found, quoted, _ = requirement_evidence(answer, requirement)
    assert found == "evidenced", (found, quoted)
    assert quoted and quoted.split()[0].strip('"…') in answer


NOT_SHOWN = [
    ("running discovery", "Discovery calls are run by our SDRs before the deal reaches me."),
    ("running discovery", "I give demos and send proposals after the lead is qualified."),
    ("SEO", "I ran paid search on Bing and cut cost per click by 10%."),
    ("SEO", "Our agency handled the rankings and the keywords, not me."),
    ("attribution", "Attribution is hard for everyone since the privacy changes."),
    ("leading a shift", "I'd love to lead a shift once I'm a Band 6."),
    ("leading a shift", "I work long day shifts in outpatients."),
    ("mentoring other engineers", "I reviewed the supplier's contract and paired the new keys with the API."),
    ("mentoring other engineers", "I haven't mentored anyone yet; the lead engineer does that."),
    ("18th Edition Wiring Regulations", "I haven't done the 2382-22 yet, it is booked for March."),
    ("Health and safety", "Our site manager holds IOSH; I look after the stock."),
]


@pytest.mark.parametrize(("requirement", "answer"), NOT_SHOWN)
def test_a_mention_denial_wish_or_other_work_shows_nothing(requirement, answer):
    assert requirement_evidence(answer, requirement)[0] != "evidenced"


def test_a_named_practice_not_done_is_a_mention():
    assert requirement_evidence("Discovery calls are run by our SDRs before the deal reaches me.",
                                "running discovery")[0] == "mentioned"


def test_a_story_told_under_another_question_shows_the_requirement():
    rows = [("This job involves mentoring other engineers. Tell me about a time you did that.",
             "I like helping people and I am patient."),
            ("Tell me about a process you improved. How did you measure the before and after?",
             "Our release took an hour. I split the test suite and cached the images and got it to fifteen minutes. "
             "A new graduate joined halfway through, so I paired with her on it and reviewed her pull requests; by "
             "the end she was reviewing mine.")]
    item = coverage_item("mentoring other engineers", [(q, a, score_answer(q, a)) for q, a in rows])
    assert item.status == "evidenced", item
    assert "paired with her" in item.evidence


@pytest.mark.parametrize("requirement", ["Paediatric Intensive Care Course", "Trauma Nursing Core Course"])
def test_a_licence_of_a_field_is_no_course_of_that_field(requirement):
    # the NMC registration's field is nursing: it shows "Nursing", never a nursing course
    answer = "My NMC PIN is active and I revalidated in 2024."
    assert requirement_evidence(answer, requirement)[0] != "evidenced"


def test_discovery_of_another_field_is_no_sales_discovery():
    answer = "On every project I asked the chemists what they needed and what the budget was."
    assert requirement_evidence(answer, "experience in drug discovery")[0] != "evidenced"
    assert requirement_evidence(answer.replace("chemists", "buyers"), "discovery calls")[0] == "evidenced"
