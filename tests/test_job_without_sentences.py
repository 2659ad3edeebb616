"""core.analysis.job_lines.without_sentences: one helper gives a job ad without the sentences (or clauses)
one rule drops; the employer's own checks and the ad's "about us" sentences both use it."""

from __future__ import annotations

from core.analysis.job_lines import without_employer_checks, without_sentences


def _starts_with_we(part: str) -> bool:
    return part.strip().startswith("We ")


def test_drops_whole_sentences_and_keeps_the_rest_of_the_line():
    text = "We sell bicycles. You will repair gears and brakes.\nKnowledge of hydraulic brakes."
    assert without_sentences(text, _starts_with_we) == "You will repair gears and brakes.\nKnowledge of hydraulic brakes."


def test_a_line_with_nothing_to_drop_is_kept_as_written():
    text = "Repair  gears;   adjust brakes.  Keep the workshop tidy."
    assert without_sentences(text, _starts_with_we) == text
    assert without_sentences(text, _starts_with_we, clauses=True) == text


def test_clauses_drop_one_clause_of_a_sentence_not_the_sentence():
    text = "Fluent English; we check references"
    assert without_sentences(text, lambda part: "check" in part) == ""
    assert without_sentences(text, lambda part: "check" in part, clauses=True) == "Fluent English"


def test_employer_checks_keep_what_is_asked_of_the_candidate():
    text = ("Experience of safeguarding children; the post is subject to an enhanced DBS check.\n"
            "Offers are subject to satisfactory references. A full driving licence is essential.")
    assert without_employer_checks(text) == ("Experience of safeguarding children\n"
                                             "A full driving licence is essential.")


def test_empty_and_missing_text():
    assert without_sentences("", _starts_with_we) == ""
    assert without_employer_checks(None) == ""
