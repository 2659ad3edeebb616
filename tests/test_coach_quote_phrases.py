"""Quotes end at a word and at the end of a phrase (newcomer, session 12: the interviewer quoted "…managed the
onboard"). Every quoting path goes through core.coach.phrasing.clip or core.analysis.text.short_quote (the
follow-ups' own quote, core.coach.follow_up, cuts at a clause); made-up CV lines and answers."""

from __future__ import annotations

import re

from core.analysis.text import short_quote
from core.coach.phrasing import clip
from core.coach.plan import plan_questions
from core.coach.score import score_answer

LONG_LINES = (
    "Managed the onboarding of twelve new support agents every quarter across two sites while keeping the knowledge "
    "base and the escalation rota up to date for the whole team",
    "Led the team that moved 4,000 customer accounts to the new billing platform over one weekend with no lost data "
    "and no complaints from any of the largest clients",
    "Ran the weekly stand-up with the warehouse leads and the transport planners to agree the next day's loading "
    "plan and the order of the routes",
)


# Words no phrase ends on: articles, prepositions, conjunctions, possessives, quantifiers waiting for their noun.
_DANGLING = frozenset(["a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from",
                       "two", "other", "another", "every", "each", "some", "that", "which", "while", "up", "my", "our",
                       "their", "its", "his", "her", "your", "was", "were", "is", "are", "had", "has", "very", "no"])


def _ends_a_phrase(quoted: str) -> bool:
    last = re.findall(r"[\w'’-]+", quoted.rstrip("…").lower())[-1]
    return last not in _DANGLING


def test_a_clipped_line_ends_at_the_end_of_a_phrase():
    for line in LONG_LINES:
        for n in range(3, 20):
            cut = clip(line, n)
            assert line.startswith(cut.rstrip("…")), cut  # a verbatim prefix
            assert re.match(r"\W", line[len(cut.rstrip("…")):] or " "), cut  # at a word's end
            assert _ends_a_phrase(cut), (n, cut)
    assert clip(LONG_LINES[0], 4) == "Managed the onboarding…"
    assert clip(LONG_LINES[1], 6) == "Led the team that moved 4,000 customer accounts…"


def test_an_evidence_quote_ends_at_the_end_of_a_phrase():
    answer = ("Last spring our office moved to a new building. I organised the move with two other coordinators, "
              "booked the vans and labelled every box.")
    start = answer.index("I organised")
    quoted = short_quote(answer, start, start + len("I organised"), width=5)
    assert quoted == "I organised the move with two other coordinators"


def test_the_interviewer_quotes_a_long_cv_line_to_the_end_of_a_phrase():
    cv = ("Jordan Reyes\nSupport Team Lead\n\nExperience\nSupport Team Lead, Northgate Telecom, 2020 - 2024\n- "
          + LONG_LINES[0] + " in 2023, cutting time to first solo ticket from 6 weeks to 3 weeks and raising the "
          "team's satisfaction score from 71% to 88% over the same period\n")
    quoted = [q for s in range(6) for text in plan_questions(cv, "Support team lead. Onboarding, coaching.",
                                                             "Support Team Lead", seed=f"s{s}", count=8)
              for q in re.findall(r'[“"]([^”"]{12,})[”"]', text)]  # either quote mark: a skill line is quoted in “ ”
    assert quoted, "the plan quotes the CV line"
    for q in quoted:
        assert _ends_a_phrase(q), q


def test_a_non_answer_of_long_words_is_quoted_without_cutting_a_word():
    answer = "Internationalisation-and-localisation-considerations notwithstanding, " * 3
    shown = re.search(r'The answer was "([^"]*)"', score_answer("Tell me about a deadline you missed.", answer)
                      .relevance.evidence)
    if shown:
        body = shown.group(1).rstrip("…")
        assert answer.startswith(body) and re.match(r"[\s,]", answer[len(body)] if len(body) < len(answer) else " ")


def test_a_question_heading_is_shortened_at_a_word_and_a_phrase_end():
    from core.coach.phrasing import clip_chars

    question = 'Your CV says: "Managed the onboarding of twelve new support agents every quarter". Walk me through it.'
    short = clip_chars(question, 60)
    assert len(short) <= 60 and short.endswith("…") and question.startswith(short.rstrip("…"))
    assert not short.rstrip("…").endswith(("onboard", "the", "of")), short
    assert clip_chars("Tell me about a time you led.", 80) == "Tell me about a time you led."
