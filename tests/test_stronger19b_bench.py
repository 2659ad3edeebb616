"""The bench counts of newcomer run 19's stronger-answer faults (bench/bench_stronger_keeps.py) find each fault in a
made-up stronger answer and pass the same answer told right."""

from __future__ import annotations

from bench.bench_stronger_keeps import (
    antecedent_dropped,
    clause_cut,
    duty_as_result,
    marker_opening,
    result_as_trade_off,
    word_inside,
)

ANSWER = ("I'd ask why - is it cost, a rival offer, or habit? I rang my sponsor, the ops director, before replying. "
          "I kept the order open until Friday. That became our deadline.")


def test_a_clause_cut_from_inside_a_sentence_is_counted_an_aside_is_not() -> None:
    assert clause_cut(ANSWER, "Approach: I'd ask why - is it cost, or habit? Steps: I rang my sponsor, the ops director, "
                              "before replying.")
    assert not clause_cut(ANSWER, "Approach: " + ANSWER)
    assert not clause_cut("I wrote a rota for the team, which everyone liked, and pinned it up.",
                          "Action: I wrote a rota for the team and pinned it up.")


def test_a_word_put_inside_is_counted_a_step_link_after_a_semicolon_is_not() -> None:
    answer = "I would not pay it: in 2021 I had the same case."
    assert word_inside(answer, "Steps: I would not pay it, then in 2021 I had the same case.")
    assert not word_inside("I called them and I wrote to the board.", "Action: I called them; then I wrote to the board.")


def test_headings_counts() -> None:
    story = "I divided the cost. Waste came down by half within a month."
    assert result_as_trade_off(story, "Reasoning: I divided the cost. Trade-offs: Waste came down by half within a month.")
    assert not result_as_trade_off(story, "Reasoning: I divided the cost. Trade-offs: It is slower but cheaper.")
    assert not result_as_trade_off("Caching halved the load.", "Trade-offs: Caching halved the load.")  # no example
    assert marker_opening("Reasoning: I ask three things. - last year a buyer was keen.")
    assert not marker_opening("Reasoning: I ask three things - budget, need and timing.")
    assert duty_as_result("Situation: I have been manager since 2020. Result: I run the rota and the £80k budget.")
    assert not duty_as_result("Result: Overtime fell from 40 hours to 12.")


def test_a_back_reference_without_its_sentence_is_counted() -> None:
    assert antecedent_dropped(ANSWER, "Steps: I rang my sponsor, the ops director, before replying. That became our deadline.")
    assert not antecedent_dropped(ANSWER, "Steps: I kept the order open until Friday. That became our deadline.")
