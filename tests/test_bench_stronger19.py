"""The bench's session-19 counts (bench/bench_stronger_heads.py) find each misfiled or cut part on made-up stronger
answers, and pass a well-filed one."""

from __future__ import annotations

from bench.bench_stronger_heads import (
    plan_as_lesson,
    result_in_action,
    rows,
    step_as_situation,
    step_in_result,
    waiting_end,
)

GOOD = ("Situation: Our stock counts were on paper. Task: [what you were responsible for] Action: I moved the counts to "
        "handheld scanners. Result: Stock errors fell from 5% to 2%. Lesson: I learned to pilot on one aisle first.")


def test_each_count_finds_its_kind() -> None:
    assert step_as_situation("Situation: At Brightwell I set up a weekly cycle count. Task: [what you were responsible "
                             "for] Action: [what you did] Result: Errors fell from 5% to 2%.")
    assert result_in_action("Situation: [where] Action: I added a checksum to every file, so a bad upload was "
                            "rejected; we have had zero bad loads since 2022. Result: [the result, with a number]")
    assert step_in_result("Situation: [where] Action: [what you did] Result: I rebuilt the template and retrained "
                          "both clerks, and invoice errors fell from 40 a month to 6.")
    assert waiting_end("Why this role: I want a ward post because that's. Evidence: I trained 6 nurses.")
    assert plan_as_lesson("Approach: I would audit the shops. Steps: [the steps] Lesson: By week six I would have the "
                          "rota running.")


def test_a_well_filed_answer_counts_nothing() -> None:
    assert not any((step_as_situation(GOOD), result_in_action(GOOD), step_in_result(GOOD), waiting_end(GOOD),
                    plan_as_lesson(GOOD)))
    assert [r[1] for r in rows([GOOD, GOOD])] == [0.0] * 5
    # a region named "A" and a sentence ending on "from" are no cut
    assert not waiting_end("Concepts: Use 5 replicas: 2 in A. Reasoning: Pick the servers it votes from.")
