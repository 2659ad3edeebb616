"""Session 16 (fp): a right answer told in other words is not called another question's answer, in made-up text.
Kinds: 1. a story that does the question's act in its own words (getting people who are not one's reports to agree)
and shows two words of a neighbouring competency (an audit) while sharing an everyday word of the question by chance
is not "about something else" (:func:`core.coach.competency.wrong_competency` needs stronger evidence then); people
who signed it off or gave it their backing were won over: such a story takes up what the question asks;
2. an answer that compares actuals with a budget or standard answers a question about analysing variances without
the word "variance" (``data/competency_words.json``: variance analysis), so it is not held at relevance 1 for taking
up "none of what the question is about"; 3. answers to other questions are still caught (tests/test_ncrel16.py), and
sharing only the wording of asking ("what happened") with the question is no sign of its subject.
"""

from __future__ import annotations

import test_ncrel16 as ncrel

from core.coach.competency import wrong_competency
from core.coach.follow_up import off_topic
from core.coach.score import score_answer

# ---------------------------------------------------------------- 1. persuading, in other words
_SCHOOL_JOB = "Head of English, secondary school. Literacy across the curriculum, reading interventions, data."
_PERSUADE_Q = ("Tell me about a time you had to persuade colleagues who did not report to you to back a new "
               "approach.")
# the reading-audit story: heads of other departments (not her reports) agree to give reading time
_READING_STORY = ("I ran the Year 8 reading audit. Only 54% of pupils read at their age, and the baseline showed "
                  "the gap was widest in science and humanities. I met the heads of science and history, who did not "
                  "report to me, and worked with them on a ten-minute reading starter using their own topic texts. "
                  "Both departments took it on from January, and by June 71% of the year group read at their age.")


def test_a_story_that_gets_other_departments_to_agree_is_not_about_something_else():
    assert wrong_competency(_PERSUADE_Q, _READING_STORY) is None
    assert not off_topic(_PERSUADE_Q, _READING_STORY)
    score = score_answer(_PERSUADE_Q, _READING_STORY, job_description=_SCHOOL_JOB)
    assert "instead" not in score.relevance.evidence, score.relevance.evidence  # no "answer is about … instead"
    assert score.relevance.score >= 2, score.relevance.evidence  # not held at 1 as another question's answer
    assert score.overall >= 5  # not held at 3/10


def test_sign_off_and_backing_show_winning_people_over_in_other_words():
    question = "Describe a time you won over stakeholders outside your own team to a change you proposed."
    story = ("Our depot's picking error rate was 2.1%, and I wanted to move to scan-to-confirm on every pick line. The "
             "transport and inventory leads sat outside my team, so I ran a two-week trial on one aisle and shared the "
             "error counts with them each Friday. Both leads signed off the rollout, and the site director gave it his "
             "backing at the quarterly review. Errors fell to 0.4% within three months.")
    evidence = score_answer(question, story, job_description="Warehouse team leader. Picking accuracy, WMS.").relevance
    assert "takes up none of what the question is about" not in evidence.evidence, evidence.evidence
    assert evidence.score == 5, evidence.evidence


# ---------------------------------------------------------------- 2. variance analysis, in other words
_BUILD_JOB = "Project accountant, construction. Cost reports, analysing variances, cash flow forecasts, Excel."
_VARIANCE_Q = ("Tell me about the work closest to analysing variances in your last role. What did you do there "
               "yourself?")
# comparing actuals against budget is analysing variances, without the word
_SITE_STORY = ("Each month I compared actuals against budget for our 14 site contracts. On the Riverside school job "
               "the groundworks package had overspent by £80k because the subcontractor was paid on day rates after "
               "the ground survey changed. I took the project director through a budget bridge, we moved the package "
               "to a fixed price and recovered £45k of it by handover.")


def test_comparing_actuals_with_a_budget_answers_a_question_about_variances():
    score = score_answer(_VARIANCE_Q, _SITE_STORY, job_description=_BUILD_JOB)
    assert "takes up none of what the question is about" not in score.relevance.evidence, score.relevance.evidence
    assert score.relevance.score >= 3, score.relevance.evidence
    assert not off_topic(_VARIANCE_Q, _SITE_STORY)


# ---------------------------------------------------------------- 3. answers to other questions still caught
def test_the_wrong_question_stories_of_ncrel16_are_still_caught():
    developed = ("Thinking of your time at the hotel: tell me about a time you developed someone on your team. What "
                 "did you do, and how did they grow?")
    for question, story in ((ncrel._TARGET_Q, ncrel._FEE_STORY), (ncrel._MIND_Q, ncrel._ALARM_STORY),
                            (ncrel._GUEST_Q, ncrel._TRAINING_STORY), (developed, ncrel._ALARM_STORY)):
        assert wrong_competency(question, story) is not None, question
        assert off_topic(question, story), question


def test_a_story_sharing_only_the_wording_of_asking_what_happened_still_answers_another_question():
    # "what happened" is said of any story: sharing only it, two words of another competency still show it
    question = "Tell me about the hardest complaint you have had from a tenant. What did you say and what happened?"
    story = ("At the quarterly rent run I spotted a mistake in the standing order file: 31 flats had been set up on the "
             "old rent. I checked each lease against the file, corrected the amounts before the run went out and wrote "
             "to the landlords with the new figures. To stop it happening again I now check the file against the "
             "leases every quarter, and every run since has gone out right.")
    other = wrong_competency(question, story)
    assert other is not None and other.other == "a mistake", other
    assert off_topic(question, story)
