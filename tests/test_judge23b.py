"""Session 23 (helper judge23b, newcomer nc23): on-topic answers are never called "about something else", and a story
of another competency told to a question is caught. Made-up texts of the kinds the newcomer met."""

from core.coach.coverage import OFF_REPLY_NOTE
from core.coach.question_types import question_type
from core.coach.redirect import redirect_reason
from core.coach.score import score_answer
from core.interview.state import QuestionRecord
from core.interview.weighing import weighed_score

RESULT_PROBE = "How did that turn out in the end? A number helps if you have one: time, money, percentage or people affected."


def _on_topic(question: str, answer: str) -> None:
    score = score_answer(question, answer)
    assert redirect_reason(question, answer) is None
    assert score.relevance.score >= 3, score.relevance.evidence
    assert "something else" not in score.relevance.evidence
    assert "shows nothing of" not in score.relevance.evidence


def test_story_of_the_very_safety_lapse_answers_how_would_you_handle_it():
    _on_topic("You see a crew regularly skipping a safety step when they are rushed. What would you do?",
              "In 2020 on the Millbank job I saw two scaffolders working at height without clipping their harness on, "
              "because the anchor points were awkward to reach. I stopped the work and asked them why. We had extra "
              "anchor points fitted, I briefed the whole gang at the next toolbox talk, and I did spot checks every "
              "morning for three weeks. There was not one more unclipped harness on that job.")


def test_present_work_opener_is_an_introduction_not_a_competency_question():
    question = ("Tell me briefly about the work you do now, and why the data officer role at Fenwick College appeals "
                "to you at this point.")
    assert question_type(question) == "introduction"
    _on_topic(question, "I'm a records clerk at a housing association in Leeds. I keep the tenancy database up to date, "
                        "run the monthly arrears reports and train new starters on the system. I'd like a role where "
                        "I work with data full time and learn to build dashboards.")


def test_hiring_told_in_other_words_shows_recruiting():
    _on_topic("This role centres on recruiting. Tell me about the time you carried the most responsibility for "
              "recruiting yourself: what was in your hands, what you decided, and how you knew it was working. Be "
              "specific.",
              "Before the summer of 2023 I had to hire 20 seasonal lifeguards in a month. I decided to run two open "
              "assessment evenings with a pool test instead of one-to-one interviews, because it showed me how people "
              "stayed calm. I made the offers with my deputy. Eighteen of the twenty stayed the whole season.")


def test_result_reply_to_a_result_probe_is_weighed_with_the_story():
    record = QuestionRecord(number=3, question="Tell me about a time you worked towards an ambitious target. How did "
                                               "you plan to hit it?",
                            answer="At the garden centre the manager wanted us to sell more loyalty cards. I asked "
                                   "every customer at the till and put a sign by the door. It went quite well and the "
                                   "manager was pleased.",
                            follow_up=RESULT_PROBE,
                            follow_up_answer="Over two months sign-ups went from about 30 a week to 75, and we added "
                                             "around 400 members.")
    score = weighed_score(record, lambda q, a: score_answer(q, a))
    assert OFF_REPLY_NOTE.strip() not in score.relevance.evidence
    assert score.relevance.score >= 3


def test_audit_story_told_for_difficult_news_is_about_something_else():
    question = "Describe a time you had to communicate difficult news to a client."
    answer = ("In 2021 our records audit showed that the consent forms were missing signatures on Fridays. I set up a "
              "sign-off sheet at reception, trained the two Friday receptionists, and checked the sheet each Monday. "
              "At the next audit we were fully compliant.")
    assert redirect_reason(question, answer) == ("off_topic", None)
    assert score_answer(question, answer).relevance.score <= 2
