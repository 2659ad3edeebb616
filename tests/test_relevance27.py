"""Re-check rc26 (session 27), findings N1 and N3: on-topic answers in other words are not "about something else".

N1: "my Zoho pipeline", "in Zoho" to a Zoho CRM question was redirected as about something else and scored 1/10, with
structure "No situation, task, action or result found" for an answer with an action and a 400-duplicates outcome. N3:
after "I don't know", a code story (compressions, calling the code, switching compressors) to a basic life support
question scored 1/10, "the follow-up reply was about something else". Answers here are made up by the team; they go
through the coach's own code (the chat's redirect and follow-up reason, the scorer, the question's weighed score)."""

from __future__ import annotations

import pytest

from bench.scorer_judge27 import KINDS, NO_PARTS, load, outcome
from core.analysis.answer import analyse_answer
from core.analysis.skills import distinctive_head
from core.analysis.term_meanings import concepts, meant
from core.coach import follow_up_reason
from core.coach.coverage import OFF_REPLY_NOTE
from core.coach.redirect import redirect_question, redirect_reason
from core.coach.report import build_report
from core.coach.score import score_answer
from core.coach.topic_tools import head_named
from core.interview.state import QuestionRecord
from core.interview.weighing import weighed_score

Q_HARD = ("You list Zoho CRM on your CV: “Proficient in Salesforce and Zoho CRM”. What was the hardest problem you have "
          "solved with Zoho CRM, and which trade-offs did you weigh?")
A_HARD = ("The hardest problem was that my Zoho pipeline was full of leads that never turned into meetings. I built a view "
          "that tagged every lead with budget, authority, need and timeline, and when a lead had no budget I marked it as "
          "nurture in Zoho instead of handing it over. The trade-off was fewer handoffs per week, but the ones we passed "
          "on turned into meetings far more often.")
Q_SHOW = ("Your CV mentions Zoho CRM: “Proficient in Salesforce and Zoho CRM”. If you were showing a new colleague how to "
          "work with Zoho CRM, which example from your own work would you pick, and what would you warn them about?")
A_SHOW = ("I'd show them my Zoho pipeline and the views I use every morning. The warning: I once created 400 duplicates in "
          "Zoho, so I now check for existing contacts before every import.")
Q_BLS = ("Your CV mentions basic life support. If you were showing a new colleague how to work with basic life support, "
         "which example from your own work would you pick, and what would you warn them about?")
FOLLOW_UP = "That's all right. Take the piece of that work on your CV you know best: what would you show a new colleague?"
A_CODE = ("I'd pick a code on a post-op patient at Hershey: I was the first nurse in the room, started compressions, called "
          "the code and handed over to the team. I'd warn a new colleague to switch compressors every two minutes, because "
          "quality drops long before you feel tired.")
_CALLED_OFF = ("about something else", "never mentions", "takes up none of what")


def _chat(question: str, answer: str) -> tuple[str | None, tuple | None]:
    reason = follow_up_reason(question, answer)
    return reason, redirect_reason(question, answer, reason=reason)


@pytest.mark.parametrize(("question", "answer"), [(Q_HARD, A_HARD), (Q_SHOW, A_SHOW)])
def test_zoho_names_zoho_crm_in_the_chat_and_the_report(question: str, answer: str) -> None:
    reason, redirect = _chat(question, answer)
    assert redirect is None and reason != "non_answer", (reason, redirect)
    score = score_answer(question, answer)
    assert score.relevance.score >= 4, score.relevance.evidence
    assert not any(c in score.relevance.evidence for c in _CALLED_OFF), score.relevance.evidence
    report = build_report([{"question": question, "answer": answer, "score": score}])
    assert report.overall >= 5
    assert not any("about something else" in w for w in report.weaknesses), report.weaknesses


def test_an_action_and_a_numbered_outcome_is_a_structure() -> None:
    score = score_answer(Q_SHOW, A_SHOW)
    assert not score.structure.evidence.startswith(NO_PARTS), score.structure.evidence
    assert score.structure.score >= 2
    star = analyse_answer("I once created 400 duplicates in Zoho, so I now run the duplicate check before every import.",
                          Q_SHOW).star
    assert "action" in star and "result" in star, star


def test_a_plan_with_no_event_still_finds_no_result() -> None:
    # the "so I now…" result needs the consequence said: a wish or a plan is none
    star = analyse_answer("I think it is a good tool, so I would use it for the pipeline.", Q_SHOW).star
    assert "result" not in star, star


def test_the_products_head_names_it_and_a_generic_word_does_not() -> None:
    assert distinctive_head("Zoho CRM") == "Zoho"
    for name in ("Power BI", "Google Analytics", "Microsoft Excel", "Autodesk Inventor", "ISO 27001", "CRM"):
        assert distinctive_head(name) == "", name
    assert head_named("my Zoho pipeline was full", "Zoho CRM")
    assert head_named("We moved everything to Zoho. It took a month.", "Zoho CRM")
    assert not head_named("the CRM was full of old leads", "Zoho CRM")  # the kind of tool, not the product
    assert not head_named("I answered tickets in Zoho Desk", "Zoho CRM")  # another product of the same maker
    assert not head_named("zoho", "Zoho CRM")  # a name is written with its capital


@pytest.mark.parametrize("answer", [
    "In my last job the CRM was a mess, so I cleaned it up.",  # the generic word alone: not the product, nor its work
    "At the weekend I play five-a-side football with friends. Last season our team won the local league.",
])
def test_a_zoho_question_answered_without_zoho_or_its_work_is_still_off(answer: str) -> None:
    reason, redirect = _chat(Q_HARD, answer)
    score = score_answer(Q_HARD, answer)
    assert redirect is not None or score.relevance.score <= 2, (reason, score.relevance.evidence)


def test_a_code_story_after_i_dont_know_lifts_a_basic_life_support_question() -> None:
    reason, redirect = _chat(Q_BLS, A_CODE)
    assert redirect is None, redirect  # the reply answers: no "That answer was about something else"
    record = QuestionRecord(number=3, question=Q_BLS, answer="I don't know.", follow_up=FOLLOW_UP,
                            follow_up_answer=A_CODE)
    score = weighed_score(record, lambda q, a: score_answer(q, a))
    assert score.overall >= 5, (score.overall, score.relevance.evidence)
    assert OFF_REPLY_NOTE.strip() not in score.relevance.evidence
    report = build_report([{"question": Q_BLS, "answer": record.combined_answer, "score": score}])
    assert report.overall >= 5
    assert not any("about something else" in w for w in report.weaknesses), report.weaknesses


def test_a_reply_about_something_else_after_i_dont_know_adds_nothing() -> None:
    reply = ("At the weekend I play five-a-side football with friends from school. Last season our team won the local "
             "league and we celebrated with a barbecue in the park.")
    record = QuestionRecord(number=3, question=Q_BLS, answer="I don't know.", follow_up=FOLLOW_UP, follow_up_answer=reply)
    assert weighed_score(record, lambda q, a: score_answer(q, a)).overall <= 2


def test_a_queue_story_to_a_team_conflict_question_is_still_off() -> None:
    question = "Tell me about a conflict inside your team and how you handled it."
    answer = ("Our support queue had grown to 600 tickets, so I looked at the ticket categories and found a third were "
              "password resets. I wrote a self-service reset page with the web team and added a macro for the rest. "
              "Within a month the queue was under 200 tickets.")
    reason, redirect = _chat(question, answer)
    assert redirect == ("off_topic", None), (reason, redirect)
    assert "about something else" in redirect_question("off_topic", question)
    assert score_answer(question, answer).relevance.score <= 2


@pytest.mark.parametrize(("question", "answer", "concept"), [
    (Q_BLS, "I started chest compressions and sent for the AED.", "basic life support"),
    ("How do you give high-risk medications safely?", "Every insulin dose is double-checked by a second nurse.",
     "medication safety"),
    ("How do you maintain infection control?", "Hand hygiene at the five moments, gloves and aprons, a side room.",
     "infection control"),
    (Q_HARD, "I cleaned up the pipeline and merged the duplicates.", "sales CRM"),
    ("How do you approach code review?", "I review each pull request within a day.", "code review"),
    ("How do you check understanding in a lesson?", "Mini whiteboards and an exit ticket.", "assessment for learning"),
    ("Walk me through the month-end close.", "Bank recs first, then accruals and journals.", "month-end close"),
    ("How do you keep stock levels accurate?", "Weekly cycle counts of fast movers.", "stock control"),
    ("How do you meet your service levels?", "I triage the ticket queue every morning.", "service levels"),
    ("How have you improved SEO?", "I rewrote the title tags and meta descriptions.", "SEO"),
    ("How do you make designs accessible?", "I test with a screen reader and check colour contrast.", "accessibility"),
])
def test_a_concept_is_shown_by_its_parts(question: str, answer: str, concept: str) -> None:
    assert concept in meant(question, answer)


def test_a_concepts_parts_never_make_an_answer_about_what_was_not_asked() -> None:
    # only a question that names the concept reads its parts: compressions are no answer to a code-review question
    assert "basic life support" not in meant("How do you approach code review?", "I started chest compressions.")
    assert "sales CRM" not in meant("Tell me about a conflict in your team.", "Our pipeline had 40 deals.")


def test_every_concept_has_a_family_and_a_source() -> None:
    import json

    from core.analysis.term_meanings import MEANINGS_PATH

    data = json.loads(MEANINGS_PATH.read_text(encoding="utf-8"))["concepts"]
    added = [c for c in data if "family" in c]
    assert {c["family"] for c in added} >= {"healthcare", "sales", "software", "data", "teaching", "finance",
                                            "operations", "support", "marketing", "design"}
    assert all(c.get("source") for c in added)
    assert len(concepts()) == len(data)


_ITEMS, _FOLLOW_UP = load()


def test_the_team_set_is_labelled_and_large_enough() -> None:
    kinds = [i["kind"] for i in _ITEMS]
    assert set(kinds) <= set(KINDS)
    assert kinds.count("on_other_words") >= 30 and kinds.count("off_topic") >= 15


@pytest.mark.parametrize("item", [i for i in _ITEMS if i["kind"] in {"on_other_words", "dont_know_reply", "structure"}],
                         ids=lambda i: f"{i['kind']}:{i['question'][:40]}")
def test_team_set_answers_in_other_words_are_read_as_on_topic(item: dict) -> None:
    o = outcome(item, _FOLLOW_UP)
    assert o["ok"], o
