"""Session 21: the coverage row names the question that asked a requirement, never one whose topic only shares the
start of a word with it ("lead", a marketing lead, is no "leading a team")."""

from core.coach.coverage import coverage_item
from core.coach.plan_probes import probes_by_plan, requirement_topics
from core.coach.score import score_answer

SEO_BANK = "How would you improve organic traffic to a site that has stalled?"  # the bank's SEO question
TEAM_Q = "The role calls for leading a team, which your CV shows. Which example shows it best?"


def test_a_near_term_is_no_topic_of_a_word_it_only_begins():
    assert "content marketing" not in requirement_topics("leading a team")
    assert not probes_by_plan(SEO_BANK, "leading a team")
    assert not probes_by_plan(SEO_BANK, "leading a kitchen brigade")


def test_the_bank_question_still_probes_its_own_topic():
    assert probes_by_plan(SEO_BANK, "SEO")
    assert probes_by_plan(SEO_BANK, "content marketing")
    assert "content marketing" in requirement_topics("lead generation campaigns")


def test_the_row_names_the_question_that_asked_it():
    rows = [(TEAM_Q, "I look after four people and I think they like me.", None),
            (SEO_BANK, "I'd start with an audit of crawl errors and indexation, then a keyword gap.", None)]
    rows = [(q, a, score_answer(q, a)) for q, a, _s in rows]
    item = coverage_item("leading a team", rows)
    assert item.status == "weak", item
    assert "leading a team, which your CV" in item.evidence and "organic traffic" not in item.evidence


def test_no_row_is_said_asked_by_a_question_of_another_topic():
    rows = [(SEO_BANK, "I'd start with an audit of crawl errors and indexation, then a keyword gap.", None)]
    rows = [(q, a, score_answer(q, a)) for q, a, _s in rows]
    item = coverage_item("leading a team", rows)
    assert item.status == "not probed", item
