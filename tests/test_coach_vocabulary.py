"""Issue 14, fourth pass: field vocabulary, question terms and causal reasoning in the scorer.

The rules under test (core/analysis/answer.py, core/analysis/cues.py, core/coach/dimensions.py):
specificity counts field vocabulary in four steps (3, 7, 15, 24 distinct terms); hedging still costs a
point however rich the vocabulary; a question's terms are its words rarer than Zipf 4.7, so everyday
wording ("handle", "happens", "fit") is never a part the answer "left aside"; causal connectives
(", so", "therefore", "prevents", "if X, Y") are reasoning, while the filler "so yeah," and "if that
makes sense," are not.
"""

from __future__ import annotations

import pytest

from core.analysis.answer import analyse_answer
from core.coach.dimensions import specificity
from core.coach.score import score_answer

OCC_QUESTION = "Explain how optimistic concurrency control decides which of two conflicting transactions aborts."
# Written for this test: 51 words holding 27 distinct field terms and no number.
RICH = (
    "The leader batches AppendEntries RPCs, pipelines replication to followers, serves linearizable reads "
    "through leases bounded by clock drift, compacts the log into snapshots, and shards partitions across "
    "consensus groups with a placement driver rebalancing hotspots. Followers apply entries asynchronously, "
    "checksums guard the WAL, and idempotent client sessions deduplicate retries after failover."
)
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


def test_dense_vocabulary_scores_higher_specificity_than_plain_words_of_the_same_length():
    dense = analyse_answer(OCC_DENSE, OCC_QUESTION, "")
    plain = analyse_answer(OCC_PLAIN, OCC_QUESTION, "")
    assert abs(dense.word_count - plain.word_count) <= 0.3 * max(dense.word_count, plain.word_count)
    assert specificity(dense, [])[0].score > specificity(plain, [])[0].score
    assert score_answer(OCC_QUESTION, OCC_DENSE).overall > score_answer(OCC_QUESTION, OCC_PLAIN).overall


def test_field_vocabulary_counts_in_four_steps():
    q = "How would you make Raft faster?"
    few = "The leader batches entries and pipelines replication to followers to cut round trips."
    many = RICH
    few_ev, many_ev = analyse_answer(few, q, ""), analyse_answer(many, q, "")
    assert 3 <= len(few_ev.signals.rare) < 7 and len(many_ev.signals.rare) >= 24
    assert not few_ev.numbers and not many_ev.numbers
    assert specificity(few_ev, [])[0].score == 2
    assert specificity(many_ev, [])[0].score == 5  # no number needed when the field's terms are there


def test_everyday_words_of_a_question_are_not_terms_it_left_aside():
    question = ("A leader loses its network link during a deploy. What happens to writes, how do you handle "
                "the stale leader, and what latency do clients see during the election?")
    answer = ("Writes stall until a new leader is elected, because the old one cannot reach a quorum. The stale "
              "leader is fenced with a term number, so its late appends are rejected. Clients see latency "
              "rise to roughly one election timeout plus a retry.")
    ev = analyse_answer(answer, question, "")
    assert {"happens", "handle"}.isdisjoint(ev.question_untouched)
    assert "latency" in ev.question_overlap
    assert "leaves aside" not in score_answer(question, answer).relevance.evidence


def test_hedging_costs_a_point_even_with_rich_vocabulary():
    # 24+ field terms and two numbers: 1 + 2 + 4 = 7 before the cap, so a penalty taken before the cap was lost
    rich = RICH.replace("The leader batches", "The leader batches 64").replace("clock drift", "clock drift of 10 ms")
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
