"""The candidate's words, wherever the coach quotes them (the stronger answer, evidence, follow-ups):
verbatim (in the stronger answer, only a sentence's first letter capitalised, never a name written in
lower case on purpose such as "iOS", "pandas" or "p95") and cut only at a word or sentence boundary with every bracket and
quote it opened closed."""

from __future__ import annotations

import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from core.coach import score_answer
from core.coach.phrasing import clip, unclosed

INCIDENT = "Tell me about a time you handled an incident."
LOWER_CASE_ANSWER = (
    "we had an outage in march 2023 on the payments api. i was on call, so i led the rollback and paged two "
    "SREs. it cut downtime from 3 hours to 40 minutes."
)
# A bracket opened in a long sentence and closed only far past the 32-word cut.
LONG_BRACKET = (
    "In March 2023 our payments API went down for every customer in Europe. I led the rollback (with the help "
    "of two SREs, our incident commander who kept the notes, the support lead who answered the customers, the "
    "status page editor, the database owner, the product manager, the finance lead who tracked refunds and the "
    "vendor's engineer on the bridge) and it cut downtime from 3 hours to 40 minutes."
)
_LABELS = re.compile(r"\b(?:Situation|Task|Action|Result|Lesson): ")


def _their_parts(sample: str) -> list[str]:
    """The candidate's text under each part label (bracketed gaps removed)."""
    body = re.sub(r"\[[^\]]*\]", "", sample)
    return [p.strip() for p in _LABELS.split(body) if p.strip()]


def test_the_stronger_answer_capitalises_only_each_sentences_first_letter():
    sample = score_answer(INCIDENT, LOWER_CASE_ANSWER).stronger_answer
    parts = _their_parts(sample)
    assert parts, sample
    for part in parts:
        for sentence in re.split(r"(?<=[.…])\s+", part):
            assert sentence[:1].isupper(), (sentence, sample)
            # the candidate's words in short phrases (core.coach.stronger_limits), joined by the coach's own word
            said = re.sub(r"^(?:Also,|Then|Next)\s+", "", sentence).rstrip(".…").lower()
            assert all(p.strip(" ,") in LOWER_CASE_ANSWER.lower() for p in re.split(r",\s*(?:and |also |next )?", said)
                       if p.strip(" ,")), (sentence, sample)
    assert "We had" in sample and re.search(r"\b[Ii]t cut\b", sample), sample


def test_a_name_written_in_lower_case_on_purpose_starts_a_sentence_as_typed():
    answer = ("iOS crashes were rising every week at my last job. pandas was too slow for the nightly report, "
              "so I rewrote it in polars. p95 fell from 900 to 210 ms. kubectl rollouts went from 20 to 5 minutes.")
    sample = score_answer(INCIDENT, answer).stronger_answer
    assert "iOS crashes" in sample and "pandas was" in sample and "p95 fell" in sample, sample
    assert "kubectl rollouts" in sample, sample
    assert "IOS" not in sample and "Pandas" not in sample and "P95" not in sample, sample


def test_the_stronger_answer_never_leaves_a_bracket_open_or_ends_on_one():
    sample = score_answer(INCIDENT, LONG_BRACKET).stronger_answer
    for part in _their_parts(sample):
        assert unclosed(part) < 0, (part, sample)
        assert not re.search(r"[(\[“\"]\s*…", part), part
    assert "(with…" not in sample


def test_clip_moves_to_the_closing_bracket_or_back_before_the_opening_one():
    text = 'i led the rollback (with two SREs and our "incident commander") and it worked well in the end'
    assert clip(text, 4) == "i led the rollback…"
    assert clip(text, 6) == 'i led the rollback (with two SREs and our "incident commander")…'
    assert clip("we shipped it, then ( fixed the rest of it later on", 5) == "we shipped it, then…"
    assert clip("a b c d e f (g h i j k l m n o p q r s t u v w", 7) == "a b c d e f…"
    assert clip("short and whole", 10) == "short and whole"


_WORDS = st.sampled_from(["we", "shipped", "(the", "API)", '"fast"', '"slow', 'done"', "[v2]", "(", ")", "it,", "ok.",
                          "and", "“quoted”", "“open", "close”", "x", "y:"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=40), st.integers(min_value=1, max_value=30))
def test_clip_is_a_verbatim_prefix_at_a_word_boundary_with_marks_closed(words, n):
    text = " ".join(words)
    assume(re.search(r"\w", text))  # a text of brackets alone has no word to end on
    out = clip(text, n)
    kept = out.removesuffix("…")
    assert text.startswith(kept)
    assert not kept or len(kept) == len(text) or text[len(kept)] in " ,;:" or text[len(kept) - 1] in ".,;:)]”\"" \
        or not text[len(kept)].isalnum(), (text, out)
    if not out.endswith("…"):
        assert out == text  # nothing cut: the whole text, as typed
        return
    if unclosed(kept) >= 0:  # only when no word before the first opening mark could be kept
        assert not re.search(r"\w", kept[:unclosed(kept)]), (text, out)
    assert not re.search(r"[(\[{“]$", kept) and unclosed(kept) != len(kept) - 1, (text, out)


def test_a_measured_result_is_quoted_before_a_count_or_a_label() -> None:
    """The evidence for Specificity quotes a measure (87%, $40k) before a count ("5 pupils") and a label
    ("Year 3") last, so a reader sees the result the answer gave, not the class it was about."""
    from core.analysis.answer import analyse_answer

    answer = ("My Year 3 class had 5 pupils behind in reading. I set up daily phonics groups, and by July 87% of "
              "the class met the standard.")
    quotes = analyse_answer(answer, "Tell me about a time you improved outcomes").number_quotes
    assert "87%" in quotes[0], quotes
    assert "Year 3" not in quotes[0]
