"""The Feedback report's evidence lines and quotes (recheck, session 15): a quote keeps a number whole and ends at a
phrase's end, never on an article or a preposition; a result is no step and a starting level is no result; one
"What was missing" line per gap; the safeguarding outline only for a question on keeping a person safe.
Made-up answers and questions."""

from __future__ import annotations

import re

import pytest

from core.analysis.answer import analyse_answer
from core.analysis.text import phrase_span, phrase_words, short_quote
from core.coach.phrasing import one_per_gap
from core.coach.question_types import question_type
from core.coach.rubric_parts import type_cue
from core.coach.score import score_answer
from core.coach.stronger import outline_kind

# a story whose opening sentence states the level it started from, then what was done, then the change
BASELINE_STORY = ("At Fernhill I run a Year 4 class of 28 and I lead maths across the school. In 2022 only 58% of my "
                  "class reached the expected standard in arithmetic. I introduced ten-minute fluency starters, used "
                  "weekly quizzes to regroup pupils, and coached two support staff to run catch-up groups. A year "
                  "later 84% reached the standard.")
# a number cut from its label by a quote's opening ("Stage 3 intake was 61%")
LABELLED_NUMBER = ("As the new assessment lead I noticed that our Stage 3 intake completion was 61%, well under the "
                   "county figure. My task was to raise it. I rewrote the induction week, paired each new learner "
                   "with a mentor and called every absent learner the same day. Completion rose to 88% the next year.")
# a money figure with a thousands comma after "I own", quoted by a cue with a window of characters
OWN_BUDGET = ("At Brightwell I own a 45,000 pound quarterly search budget on Google and Bing. I rebuilt the account "
              "structure, moved spend to exact match and paused anything under two leads a week. Cost per lead fell "
              "by a quarter within six months.")
# a result in words whose sentence goes on with another clause and a name with a digit
LONG_RESULT = ("At Oakgate the queue for repairs was long every Monday. I split the calls by urgency, set up a "
               "callback slot and wrote a short script for the team. Waiting calls dropped by about half over two "
               "months, and then I presented the approach to the other Q3 regional leads at a quarterly review.")
# a level stated with a decimal in the second sentence and what someone wanted to do about it
DECIMAL_STORY = ("At Corvane I own a 60,000 dollar monthly display budget on LinkedIn. In early 2023 our ROI was "
                 "1.4 and the CFO wanted to cut spend. I set up a weekly test of three new headlines, each with a "
                 "fixed budget for five days. Within nine months ROI rose to 2.6 and we kept the budget.")

_DANGLING_END = re.compile(r"\b(?:a|an|the|and|or|of|to|in|on|at|by|for|with|from)$", re.IGNORECASE)


def _whole_numbers(quote: str, text: str) -> None:
    """Every number a quote holds is a whole number of ``text`` ("45,000", "1.4", "Stage 3"), never a part of one."""
    for m in re.finditer(r"\d[\d,.]*", quote):
        at = text.find(quote)
        assert at >= 0, quote
        start, end = at + m.start(), at + m.end()
        assert start == 0 or not re.match(r"[\d,.]", text[start - 1]), (quote, m.group(0))
        assert end >= len(text) or not re.match(r"[\d]", text[end]) and not re.match(r"[,.]\d", text[end:end + 2]), quote


def _all_quotes(ev) -> list[str]:
    return [*ev.star.values(), *ev.number_quotes, *ev.steps, *ev.reasoning, *ev.tool_quotes]


@pytest.mark.parametrize("answer", [BASELINE_STORY, LABELLED_NUMBER, OWN_BUDGET, LONG_RESULT, DECIMAL_STORY])
def test_quotes_keep_numbers_whole_and_end_at_a_phrase(answer):
    ev = analyse_answer(answer, "Tell me about a time you improved results.")
    scored = [score_answer(q, answer) for q in ("Tell me about a time you improved results.",
                                                "Why do you want this role?", "How would you grow our numbers?")]
    shown = " ".join(d.evidence for s in scored for d in (s.relevance, s.structure, s.specificity, s.depth))
    quoted = [q.strip("…").rstrip(".") for q in re.findall(r'"([^"]+)"', shown)]
    for q in [*_all_quotes(ev), *(q for q in quoted if q in ev.text)]:
        _whole_numbers(q, ev.text)
        assert not _DANGLING_END.search(q.rstrip(".,;:")), q
        at = ev.text.find(q)
        # a quote opening on a number opens its sentence or clause, never cut from its label or subject
        assert not q[:1].isdigit() or at == 0 or ev.text[:at].rstrip()[-1:] in ".!?,;:", q


def test_a_quote_opening_on_a_number_opens_with_its_label():
    i = LABELLED_NUMBER.index("61%")
    q = short_quote(LABELLED_NUMBER, i, i + 3, width=5)
    assert "Stage 3 intake" in q and not q.startswith("3")
    i = DECIMAL_STORY.index("cut spend")
    q = short_quote(DECIMAL_STORY, i, i + 6, width=7)
    assert not q.startswith("1.4") and "our ROI was 1.4" in q


def test_a_cue_matched_in_a_window_of_characters_runs_on_to_its_phrase():
    i = OWN_BUDGET.index("I own")
    q = phrase_span(OWN_BUDGET, i, i + len("I own a 45"))
    assert q.startswith("I own a 45,000 pound quarterly search budget") and not _DANGLING_END.search(q)
    cue = type_cue(analyse_answer(OWN_BUDGET, "Why do you want this role?"), "motivation") + type_cue(
        analyse_answer(OWN_BUDGET, "How would you grow our paid search?"), "situational")
    for q in cue:
        _whole_numbers(q, OWN_BUDGET)


def test_a_long_sentence_is_cut_at_a_phrase_end():
    assert phrase_words("Waiting calls dropped by about half over two months, and I presented the approach to the "
                        "other leads at a quarterly review in the spring", 14) == (
        "Waiting calls dropped by about half over two months")
    result = analyse_answer(LONG_RESULT, "Tell me about a time you cut waiting times.").star["result"]
    assert result.startswith("Waiting calls dropped") and not _DANGLING_END.search(result)


def test_a_starting_level_is_the_situation_not_the_result():
    ev = analyse_answer(BASELINE_STORY, "Tell me about a time you raised attainment.")
    assert "84%" in ev.star["result"] and "58%" not in ev.star["result"]


def test_something_only_wanted_is_no_result():
    ev = analyse_answer(DECIMAL_STORY, "Tell me about a time you turned a campaign around.")
    assert "wanted to cut" not in ev.star.get("result", "") and "2.6" in ev.star["result"]


def test_a_result_is_not_found_as_the_steps_one_would_take():
    question = "How would you raise completion in a course that is falling behind?"
    scored = score_answer(question, LABELLED_NUMBER)
    assert "rose to 88% the next year" not in " ".join(analyse_answer(LABELLED_NUMBER, question).steps)
    assert "Found the steps you would take: \"Completion rose" not in scored.structure.evidence


def test_one_missing_line_per_gap_the_fuller_one():
    lead = "An answer about what the question is about: "
    assert one_per_gap(["A", lead + "pricing, churn, renewal", lead + "churn", "B"]) == [
        "A", lead + "pricing, churn, renewal", "B"]
    assert one_per_gap([lead + "pricing", lead + "pricing, churn"]) == [lead + "pricing, churn"]
    assert one_per_gap([lead + "peer, review", lead + "peer review"]) == [lead + "peer review"]
    assert one_per_gap([lead + "pricing", lead + "onboarding"]) == [lead + "pricing", lead + "onboarding"]


@pytest.mark.parametrize("question", [
    "How do you escalate a billing dispute to finance?",
    "How would you escalate a delayed shipment to the carrier?",
    "How do you decide when to escalate a stuck order to the warehouse lead?",
])
def test_an_escalation_question_does_not_get_the_safeguarding_outline(question):
    assert outline_kind(question, question_type(question)) != "procedural"
    answer = ("I write the steps to reproduce, the account and the time it started, what I already tried and how "
              "many customers it affects, and I say who owns it on our side.")
    assert "Recognise:" not in score_answer(question, answer).stronger_answer
    # a question on keeping a person safe keeps it
    for safe in ("What would you do if a pupil told you they were being hurt at home?",
                 "Explain how you follow health and safety rules when a chemical spill happens in the lab.",
                 "How do you make sure safeguarding is part of your everyday work with residents?"):
        assert outline_kind(safe, question_type(safe)) == "procedural"
