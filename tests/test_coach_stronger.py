"""The stronger answer places a candidate's sentence under a part only when its wording fits that part.

Found by a newcomer: an off-topic answer came back as "Action: My favourite football team is
Arsenal…", a content-free one as "Approach: I am a hard worker… Steps: I think teamwork is
important…", an introduction's past sentence was labelled "Now:", and a Spanish answer's sentences
were relabelled under English parts.
"""

from __future__ import annotations

import re

from core.analysis.answer import analyse_answer
from core.coach import score_answer
from core.coach.bank import load_model_answers, load_question_bank
from core.coach.stronger import OUTLINES, stronger_answer

ARSENAL = "My favourite football team is Arsenal and last weekend I made a lasagne for my family."
VAGUE = "I am a hard worker. I think teamwork is important. I don't know."
LED_A_TEAM = "Tell me about a time you led a team."


def _gaps_only(sample: str, qtype: str) -> bool:
    return all(f"{label}: [" in sample for label, _ in OUTLINES[qtype])


def test_an_off_topic_answer_gives_the_outline_not_its_sentences():
    sample = score_answer(LED_A_TEAM, ARSENAL).stronger_answer
    assert "Arsenal" not in sample and "lasagne" not in sample
    assert _gaps_only(sample, "behavioural")


def test_an_off_topic_answer_to_a_bank_question_gives_the_curated_model_answer():
    bank = {q["id"]: q for q in load_question_bank()}
    qid, curated = next((k, v) for k, v in load_model_answers().items() if bank.get(k, {}).get("type") == "behavioural")
    sample = score_answer(bank[qid]["text"], ARSENAL).stronger_answer
    assert curated in sample and "Arsenal" not in sample


def test_a_content_free_answer_gives_the_outline_not_its_filler():
    for question, qtype in (("How would you handle a conflict between two colleagues?", "situational"),
                            (LED_A_TEAM, "behavioural")):
        sample = score_answer(question, VAGUE).stronger_answer
        assert "hard worker" not in sample and "teamwork is important" not in sample, sample
        assert _gaps_only(sample, qtype), sample


def test_a_sentence_goes_only_under_a_part_it_fits():
    answer = ("I would first check the logs from the last deploy. Then I would roll back and tell the team. "
              "I am a hard worker. I'd roll back rather than patch live, because a rollback is tested.")
    q = "What would you do if a release broke checkout?"
    sample = stronger_answer(q, answer, "situational", analyse_answer(answer, q))
    assert "hard worker" not in sample
    assert sample.startswith("Approach: I would first check the logs")
    assert re.search(r"Steps: Then I would roll back", sample)
    assert re.search(r"Trade-offs: I'd roll back rather than patch live", sample)


def test_an_introduction_places_sentences_by_time():
    q = "Tell me about yourself."
    answer = ("Before that I spent four years as a ward nurse in Leeds. Now I lead a team of eight on a surgical ward. "
              "I want to move into critical care because I enjoy the close work with very sick patients.")
    sample = stronger_answer(q, answer, "introduction", analyse_answer(answer, q))
    now = sample.index("Now:")
    before = sample.index("Before:")
    why = sample.index("Why this role:")
    assert "I lead a team of eight" in sample[now:before]
    assert "four years as a ward nurse" in sample[before:why]
    assert "critical care" in sample[why:]


def test_an_introduction_with_no_present_leaves_now_as_a_gap():
    q = "Tell me about yourself."
    answer = "I mentored six newly qualified nurses on a busy ward last year. I set up weekly check-ins for them."
    sample = stronger_answer(q, answer, "introduction", analyse_answer(answer, q))
    assert sample.startswith("Now: [")
    assert "Before: I mentored six" in sample


def test_a_spanish_answer_gets_the_english_outline_with_a_reason_not_relabelled_sentences():
    answer = ("Trabajé cinco años como enfermera en un hospital de Madrid. Ahora coordino un equipo de diez personas. "
              "Quiero este puesto porque me interesa la investigación.")
    sample = score_answer("Tell me about yourself.", answer).stronger_answer
    assert "Trabajé" not in sample and "Ahora coordino" not in sample
    assert "English only" in sample
    assert _gaps_only(sample, "introduction")


def test_sentences_of_substance_with_no_part_cue_are_kept():
    q = "How would you handle a compaction backlog in a storage engine?"
    answer = "Monitor the L0 file count and p99 read latency. Apply admission control on ingest when L0 passes 20 files."
    sample = stronger_answer(q, answer, "situational", analyse_answer(answer, q))
    assert "Monitor the L0 file count" in sample and "Apply admission control" in sample
