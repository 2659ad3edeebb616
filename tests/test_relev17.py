"""Session 17 (judge17): a story that answers another question, in made-up text of the kinds a fresh tester met.

Kinds: 1. a well-told story of another competency (an audit, a flow or process fix, a pipeline plan) given to a
question about a person who is anxious or refuses care, sharing only the field's word for that person ("patient",
"resident") with the question, answers another question: relevance 1, at most 3/10; 2. the same stories given to
"someone whose style was very different from yours" (a competency of working with other people's ways, named in
``data/competency_words.json``) answer another question too; 3. the neighbours: a real story of an anxious or refusing
patient that also mentions an audit, one told in other words, and a real story of working with a different style (a
clash, a mentoring pair) still score well.
"""

from __future__ import annotations

from core.coach.competency import asked, wrong_competency
from core.coach.follow_up import off_topic
from core.coach.score import score_answer

_NURSE_JOB = ("Staff nurse, acute medical ward. Patient assessment, medication safety, infection control, discharge "
              "planning, NMC registration.")
_ANXIOUS_Q = "Tell me about a time you supported a patient who was anxious or refusing treatment."
_STYLE_Q = ("Tell me about a time you had to work with someone whose style was very different from yours. How did you "
            "make it work?")

# another competency, told well, saying the field's word for the person ("patient") in passing
_HYGIENE_AUDIT = ("Our ward's hand hygiene compliance was 71% on the last infection control audit. I set up weekly spot "
                  "checks, put gel at every patient's bed space and fed the figures back at each handover. By the "
                  "re-audit in June compliance was 96%, and we went four months without a C. diff case.")
_DISCHARGE_FLOW = ("Patients on our medical ward waited until late afternoon to go home because their medicines came up "
                   "from pharmacy after lunch. I mapped the discharge process with the pharmacy lead and found the "
                   "bottleneck was the take-home prescriptions written on the ward round. We moved them to the evening "
                   "before, and the share of patients leaving before noon rose from 12% to 40%.")
_PIPELINE_PLAN = ("In the third quarter my pipeline coverage was only two times quota. I worked back from the target, "
                  "booked forty discovery calls with accounts that had gone quiet and checked my conversion every "
                  "Friday. By the end of the quarter coverage was three and a half times and I closed 112% of quota.")


def test_an_audit_or_flow_story_to_an_anxious_patient_question_answers_another_question():
    for story in (_HYGIENE_AUDIT, _DISCHARGE_FLOW):
        other = wrong_competency(_ANXIOUS_Q, story)
        assert other is not None and other.other == "an audit or a process improvement", other
        score = score_answer(_ANXIOUS_Q, story, job_description=_NURSE_JOB)
        assert score.relevance.score == 1, score.relevance.evidence
        assert score.overall <= 3, score.overall
        assert off_topic(_ANXIOUS_Q, story)


def test_the_word_for_the_person_served_is_no_sign_of_the_question_in_another_setting():
    # a care home: "resident" is said by any story of the home, as "patient" is on a ward
    question = "Tell me about a resident who refused their medication. What did you do?"
    story = ("Falls were our biggest problem: against a baseline of 14 falls in March, most of them at night. I led a "
             "falls audit, found that residents' call bells were out of reach after the evening round and put a bell "
             "check on the night checklist. When I re-audited in July, falls were down to 5 a month.")
    assert wrong_competency(question, story) is not None
    score = score_answer(question, story, job_description="Senior carer, residential home. Medication rounds, falls.")
    assert score.relevance.score == 1, score.relevance.evidence
    assert score.overall <= 3


def test_a_story_of_another_competency_to_the_different_style_question_answers_another_question():
    assert asked(_STYLE_Q), "the question asks about working with another person's style"
    for story, job in ((_HYGIENE_AUDIT, _NURSE_JOB), (_DISCHARGE_FLOW, _NURSE_JOB),
                       (_PIPELINE_PLAN, "Account executive, B2B software. Quota, pipeline, discovery.")):
        assert wrong_competency(_STYLE_Q, story) is not None, story[:40]
        score = score_answer(_STYLE_Q, story, job_description=job)
        assert score.relevance.score == 1, score.relevance.evidence
        assert score.overall <= 3, score.overall


def test_the_report_says_what_was_asked_about():
    evidence = score_answer(_STYLE_Q, _HYGIENE_AUDIT, job_description=_NURSE_JOB).relevance.evidence
    assert "style" in evidence and "audit" in evidence, evidence


# ---------------------------------------------------------------- 3. the neighbours stay high

_REFUSING_WITH_AUDIT = ("Mrs Okafor, who was 82, refused her IV antibiotics because she was frightened of needles after "
                        "a painful cannula on another ward. I sat with her, asked what had happened and explained why the "
                        "antibiotics mattered for her chest infection. We agreed on numbing cream and our most "
                        "experienced cannulator, and she accepted the treatment that evening. I later raised needle fear "
                        "at our ward audit meeting, and we now ask about it on admission.")
_IN_OTHER_WORDS = ("A man with dementia kept pulling off his oxygen mask at night and told us we were poisoning him. I "
                   "knelt at eye level, used his name and talked to him about his allotment until he settled. I swapped "
                   "the mask for nasal specs, which he tolerated, and asked his daughter to bring in a photo of his "
                   "garden. He kept the oxygen on through the night and his saturations stayed above 94%.")
_STYLE_CLASH = ("My co-lead on the night shift wanted every handover written out in full, while I prefer a quick spoken "
                "handover at the bedside. We clashed in the first month and the juniors got mixed messages. I suggested "
                "we try both for two weeks and ask the juniors which missed less: the written sheet with a short bedside "
                "check won, so we adopted it together. Missed tasks at handover fell from six a week to one.")
_STYLE_MENTORING = ("My co-mentor on the graduate scheme liked to plan every session in writing, while I like to talk "
                    "things through as they come up. At first our sessions felt stiff. I suggested we split them: she "
                    "wrote the agenda and I ran the discussion, and we reviewed how it went together each month. The "
                    "graduates rated the scheme 4.6 out of 5, its best score.")


def test_a_real_refusing_patient_story_that_also_mentions_an_audit_scores_well():
    assert wrong_competency(_ANXIOUS_Q, _REFUSING_WITH_AUDIT) is None
    score = score_answer(_ANXIOUS_Q, _REFUSING_WITH_AUDIT, job_description=_NURSE_JOB)
    assert score.relevance.score >= 4, score.relevance.evidence
    assert score.overall >= 7


def test_a_real_story_of_a_distressed_patient_in_other_words_is_not_called_another_question():
    assert wrong_competency(_ANXIOUS_Q, _IN_OTHER_WORDS) is None
    assert not off_topic(_ANXIOUS_Q, _IN_OTHER_WORDS)
    assert score_answer(_ANXIOUS_Q, _IN_OTHER_WORDS, job_description=_NURSE_JOB).overall >= 6


def test_real_stories_of_a_different_style_score_well():
    for story in (_STYLE_CLASH, _STYLE_MENTORING):
        assert wrong_competency(_STYLE_Q, story) is None, story[:40]
        score = score_answer(_STYLE_Q, story, job_description=_NURSE_JOB)
        assert score.relevance.score >= 4, score.relevance.evidence
        assert score.overall >= 6, score.overall  # held by structure alone (no stated situation), never by relevance


def test_a_style_story_to_a_conflict_question_is_not_called_another_question():
    question = ("Describe a situation where you disagreed with a colleague about how to do something. What happened "
                "and how was it resolved?")
    assert wrong_competency(question, _STYLE_CLASH) is None
    assert not off_topic(question, _STYLE_CLASH)


def test_every_competency_names_its_source():
    import json

    from core.coach.competency import WORDS_PATH

    data = json.loads(WORDS_PATH.read_text(encoding="utf-8"))
    for entry in data["competencies"]:
        assert entry.get("source", "").strip(), entry["name"]
