"""Session 20 re-check of the report's coverage (made-up answers of the same kinds as the faults seen):

* a disclaimer about a title ("I haven't had a formal coaching title, but…") never cancels the evidence that follows,
  and an act of the requirement under another name ("onboarded", "trained", "mentored") shows it;
* a supplier negotiation told as a retendered contract, quotes and a negotiated deal shows "supplier negotiation";
* a practice asked by a gerund ("leading X", "managing Y") that a question was built from, answered with a high-scored
  story of the candidate's own, is evidenced, not "the answer did not show it";
* an answer the scorer calls off-topic (it takes up none of what its question is about) is never evidence.
"""

import pytest

from core.coach.coverage import counted_answer, coverage_item, requirement_evidence
from core.coach.score import score_answer


@pytest.mark.parametrize("answer", [
    "I haven't had a formal coaching title, but at Quarrow I onboarded two new AEs in 2022. We met weekly and "
    "both closed their first deal inside four months.",
    "I never held a formal mentor role, but at Quarrow I trained two junior AEs on discovery calls and both hit quota.",
    "I wasn't a team lead. But at Quarrow I mentored three junior AEs through their first quarter.",
])
def test_a_title_disclaimer_does_not_cancel_the_coaching_that_follows(answer):
    found, quoted, _ = requirement_evidence(answer, "coaching junior AEs")
    assert found == "evidenced", (found, quoted)
    assert "haven't" not in quoted and "never" not in quoted and "wasn't" not in quoted


@pytest.mark.parametrize("answer", [
    "I haven't coached junior AEs yet, but I'd like to.",
    "I haven't had a formal coaching title and I have not onboarded anyone.",
    "Coaching junior AEs is done by our sales enablement team.",
])
def test_a_coaching_negation_or_wish_is_still_no_evidence(answer):
    assert requirement_evidence(answer, "coaching junior AEs")[0] != "evidenced"


@pytest.mark.parametrize("answer", [
    "Last year I retendered our catering contract: I wrote the brief, collected five quotes and negotiated a "
    "three-year agreement that saved 12%.",
    "I negotiated with our print vendor for a lower unit price and got 8% off for a two-year commitment.",
    "I went back to our three contractors with the tender results and negotiated the rates down by 6%.",
])
def test_a_negotiated_supplier_deal_shows_supplier_negotiation(answer):
    assert requirement_evidence(answer, "supplier negotiation")[0] == "evidenced"


@pytest.mark.parametrize("answer", [
    "I negotiated my own salary when I joined Pellow and got 10% more than the first offer.",
    "Supplier negotiation has always been handled by the procurement team, so I haven't done it myself.",
])
def test_other_negotiations_or_denials_are_no_supplier_negotiation(answer):
    assert requirement_evidence(answer, "supplier negotiation")[0] != "evidenced"


GERUND_QUESTION = ("You list leading product launches on your CV: “Marketer with six years in B2B tools, leading product "
                   "launches from positioning to release”. What was the hardest problem you have faced in leading "
                   "product launches work, and which trade-offs did you weigh?")
# a story that never says "leading", "product" or "launches" (the requirement's words), as the session-19 one did not
GERUND_STORY = ("At Calloway, which sells B2B invoicing tools, three weeks before the spring release our beta "
                "customers told us the pricing page "
                "confused them: 6 of 10 could not say which plan they needed. My task was to decide with sales whether "
                "to hold the date. I pulled the session notes into a one-page brief, proposed keeping the date and "
                "shipping a simpler two-plan page, and the head of sales agreed. We went live on time, trial sign-ups "
                "rose from 900 to 1,400 in the first month, and support tickets about pricing halved. I learned to "
                "bring the customers' own words to a decision.")


def test_a_gerund_practice_answered_with_a_high_scored_own_story_is_evidenced():
    score = score_answer(GERUND_QUESTION, GERUND_STORY)
    assert score.relevance.score >= 4 and score.overall >= 8  # the premise: the scorer says it answers the question
    item = coverage_item("leading product launches", [(GERUND_QUESTION, GERUND_STORY, score)])
    assert item.status == "evidenced", item
    assert "did not show it" not in item.evidence


def test_a_story_sharing_only_a_chance_word_with_the_practice_is_evidenced_too():
    # "the product lead" shares "lead" with "leading" by chance; its quotes open with "My task…", the candidate
    story = GERUND_STORY.replace("decide with sales", "convince the product lead")
    score = score_answer(GERUND_QUESTION, story)
    assert score.overall >= 8
    item = coverage_item("leading product launches", [(GERUND_QUESTION, story, score)])
    assert item.status == "evidenced", item


def test_a_gerund_practice_answered_off_its_question_is_still_weak():
    answer = "I don't know, I have not really done that."
    item = coverage_item("leading product launches", [(GERUND_QUESTION, answer, score_answer(GERUND_QUESTION, answer))])
    assert item.status != "evidenced", item


def test_a_gerund_practice_answered_with_a_plan_is_not_evidenced():
    answer = ("I would start by agreeing the launch date with sales, then I'd write a one-page brief and I'd run a "
              "beta with ten customers before the release, and I would check sign-ups weekly afterwards.")
    item = coverage_item("leading product launches", [(GERUND_QUESTION, answer, score_answer(GERUND_QUESTION, answer))])
    assert item.status != "evidenced", item


OFF_QUESTION = "Which operational metrics would you put on a weekly dashboard, and what would make you act on one?"
OFF_ANSWER = ("At Tarnwick I organised the summer barbecue for our 30 colleagues: I booked the caterer, collected the "
              "money and set up a raffle. Everyone enjoyed it.")


def test_an_answer_the_scorer_calls_off_topic_is_no_evidence():
    score = score_answer(OFF_QUESTION, OFF_ANSWER)
    assert score.relevance.score <= 2  # the premise: the scorer's verdict
    assert counted_answer(OFF_ANSWER, score) == ""
    item = coverage_item("organisational skills", [(OFF_QUESTION, OFF_ANSWER, score)])
    assert item.status != "evidenced", item
