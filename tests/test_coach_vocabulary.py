"""Issue 14, fourth pass: vocabulary, lexical sophistication and causal reasoning in the scorer.

The rules under test (core/analysis/signals.py, core/analysis/cues.py, core/coach/dimensions.py):
specificity counts field vocabulary in four steps and gives one more for dense vocabulary (mean
wordfreq Zipf under 5.0); hedging still costs a point however rich the vocabulary; causal connectives
(", so", "therefore", "prevents", "if X, Y") are reasoning, while the filler "so yeah," and "if that
makes sense," are not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.analysis.answer import analyse_answer
from core.analysis.signals import mean_zipf
from core.coach.dimensions import specificity
from core.coach.score import score_answer

ANSWERS = Path(__file__).parent / "data" / "devsets" / "answers" / "answers.jsonl"

OCC_QUESTION = "Explain how optimistic concurrency control decides which of two conflicting transactions aborts."
# Written for this test: a dense, correct explanation in the style of a strong technical answer.
OCC_DENSE = (
    "T1 reads X at version 1; T2 reads X at version 1 and then writes X. T2 commits first: it locks X, "
    "installs version 2 and releases the lock. At commit, T1 validates its read set, sees that X moved "
    "from version 1 to 2, so T1 aborts and retries. Validation at commit time preserves serializability "
    "without holding read locks during execution."
)
# Written for this test: the same length, the same topic, in everyday words and hedged.
OCC_PLAIN = (
    "Basically the system just lets both of them run and then it checks at the end whether something "
    "changed in the meantime. If something did change then one of them has to be thrown away and done "
    "again, usually the one that finished later. It is sort of a way to avoid waiting on each other too "
    "much, which is generally good for speed when there are not many clashes."
)


def test_mean_zipf_tells_dense_field_vocabulary_from_everyday_words():
    dense, plain = mean_zipf(OCC_DENSE, "en"), mean_zipf(OCC_PLAIN, "en")
    assert 0 < dense < 5.6 < plain
    # unknown strings (symbols, typos) are left out rather than counted as rare words
    assert mean_zipf("zxqv qwpz the answer", "en") == mean_zipf("the answer", "en")
    assert mean_zipf("", "en") == 0.0
    # filler and buzzwords are removed before it is measured
    assert mean_zipf(OCC_DENSE + " Um, so, basically, you know, I mean,", "en") == dense


def test_published_strong_answers_use_rarer_words_than_the_average_ones():
    """aneeza777/AI-Interview-coach- (MIT, texts in answers.jsonl): for most questions the answer its
    source grades good has a lower mean Zipf than the one it grades medium."""
    rows = [json.loads(line) for line in ANSWERS.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_q: dict[str, dict[str, str]] = {}
    for row in rows:
        if row["source"] == "aneeza":
            by_q.setdefault(row["question_id"], {})[row["source_grade"]] = row["answer"]
    pairs = [(g["good"], g["medium"]) for g in by_q.values() if "good" in g and "medium" in g]
    assert len(pairs) >= 15
    lower = sum(mean_zipf(good, "en") < mean_zipf(medium, "en") for good, medium in pairs)
    assert lower / len(pairs) >= 0.8


def test_dense_vocabulary_scores_higher_specificity_than_plain_words_of_the_same_length():
    dense = analyse_answer(OCC_DENSE, OCC_QUESTION, "")
    plain = analyse_answer(OCC_PLAIN, OCC_QUESTION, "")
    assert abs(dense.word_count - plain.word_count) <= 0.3 * max(dense.word_count, plain.word_count)
    assert specificity(dense, [])[0].score > specificity(plain, [])[0].score
    assert score_answer(OCC_QUESTION, OCC_DENSE).overall > score_answer(OCC_QUESTION, OCC_PLAIN).overall


def test_hedging_costs_a_point_even_with_rich_vocabulary():
    rich = (
        "The leader batches AppendEntries RPCs, pipelines replication to followers, serves linearizable "
        "reads through leases bounded by clock drift, compacts the log into snapshots, and shards "
        "partitions across consensus groups with a placement driver rebalancing hotspots."
    )
    hedged = rich.replace("The leader batches", "Usually the leader just batches")
    q = "How would you make Raft faster?"
    plain_score = specificity(analyse_answer(rich, q, ""), [])[0].score
    hedged_score = specificity(analyse_answer(hedged, q, ""), [])[0].score
    assert plain_score == 5
    assert hedged_score == 4


@pytest.mark.parametrize(
    "text",
    [
        "T1 sees that the version moved, so T1 aborts and retries.",
        "If the lease has expired, the follower starts an election.",
        "Once the quorum acknowledges the entry, the leader commits it.",
        "A fencing token prevents a stale leader from writing to storage.",
        "The write is rejected, therefore the client retries with backoff.",
    ],
)
def test_causal_connectives_are_reasoning(text):
    assert analyse_answer(text, "Explain the protocol.", "").reasoning


@pytest.mark.parametrize(
    "text",
    [
        "I answered the phones, so yeah, I answered a lot of phones every day.",
        "I liked the team, if that makes sense, and I liked the office.",
        "We had meetings, so on and so forth, and lunch together on Fridays.",
    ],
)
def test_filler_is_not_reasoning(text):
    assert not analyse_answer(text, "Tell me about your last job.", "").reasoning
