"""Kinds a newcomer met in session 13, each with made-up text:

- an answer that shows the asked skill by its instances ("the SENCo", "an EHCP" for SEN; "CSAT" for KPIs) is
  about it: a full story scored 1/10 as "about something else" because the acronym itself was not said;
- a CV that shows a requirement's skill by its instances is not told it lacks it ("track KPIs" against
  "raised CSAT from 82% to 93%");
- a CV with no section headings: the person's name on its first line is no employer to quote.
"""

from __future__ import annotations

import pytest

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_trust import quotable_facts
from core.coach.plan import plan_items
from core.coach.score import score_answer

SEN_Q = ("Your CV mentions SEND at Ashby Lane Primary. Walk me through a specific piece of work that drew on it: "
         "what was the goal, what did you do yourself, and how did it turn out?")
SEN_A = ("In my second year a Year 3 girl with dyslexia and an EHCP was falling behind in reading and hiding it. My goal "
         "was to get her reading with the class by the summer. I met the SENCo and her mum, set up daily ten-minute "
         "phonics with a teaching assistant and gave her coloured overlays and a reading buddy. By July her reading "
         "age had gone up by a year and she read aloud in assembly.")
KPI_Q = ("The role asks for KPIs. Which numbers did you track in your last job, and what did you change because of "
         "them?")
KPI_A = ("I looked at CSAT and first response time every Monday. When first response time crept to nine hours I moved "
         "two agents to the morning queue and added macros for the top five questions; it fell to two hours and CSAT "
         "went from 82% to 93% over the quarter.")


@pytest.mark.parametrize(("question", "answer"), [(SEN_Q, SEN_A), (KPI_Q, KPI_A)])
def test_an_answer_showing_the_skill_by_its_instances_is_about_it(question: str, answer: str) -> None:
    result = score_answer(question, answer)
    assert result.relevance.score >= 3, result.relevance.evidence
    assert result.overall >= 6, (result.overall, result.relevance.evidence)


def test_a_cv_showing_kpis_by_their_names_has_no_kpi_gap() -> None:
    cv = ("Dana Kell\nEXPERIENCE\nSupport Team Lead, Quillbox (2021 - present)\n"
          "- Raised CSAT from 80% to 91% and cut first response time from 8h to 3h\n"
          "- Reported SLA breaches to the ops review each week\nSKILLS\nZendesk, coaching\n")
    jd = "Support Team Lead\nRequirements:\n- Track KPIs and report on them weekly\n- Zendesk\n- Coaching a team\n"
    for seed in ("a", "b", "c", "d"):
        items = plan_items(cv, jd, "Support Team Lead", interview_type="mixed", seniority="mid", count=6, company="",
                           seed=seed, focus=None)
        assert not [i.text for i in items if "KPI" in i.text and "don't see" in i.text]


def test_the_name_on_the_first_line_is_never_quoted_as_an_employer() -> None:
    cv = ("Rowan Iles\nWarehouse Supervisor, Kestrel Freight (2019 - present)\n- Ran the night shift of 14\n"
          "Skills: SAP EWM, forklift licence\n")
    facts = quotable_facts(extract_cv_facts(cv), cv)
    assert "Rowan Iles" not in facts["employers"]
    assert "Rowan Iles" not in facts["skill_employer"].values()
    assert facts["current_job"][1] != "Rowan Iles"


def test_a_quoted_non_answer_ends_with_one_full_stop() -> None:
    said = score_answer("How would you size a Kafka topic for order events?", "I don't know Kafka, sorry.")
    assert '"I don\'t know Kafka, sorry".' in said.relevance.evidence, said.relevance.evidence
    assert '.".' not in said.relevance.evidence


def test_the_report_and_home_name_the_same_weakest_of_tied_dimensions() -> None:
    import pandas as pd

    from core import progress
    from core.coach.report import _PLAIN_DIMENSION, _summary

    dims = {"relevance": 4.0, "structure": 2.3, "specificity": 3.5, "depth": 2.3, "communication": 4.5}
    said = _summary("the role", [], [object()], 6, dims)
    frame = pd.DataFrame([{"session_id": "s1", "created_at": pd.Timestamp("2026-11-30"), "cv_key": "k", "answers": 3,
                           **dims}])
    finding = progress.weakest_dimension(frame)
    assert finding is not None
    assert f"weakest on {_PLAIN_DIMENSION[finding.dimension]}." in said, (said, finding.dimension)


def test_a_requirement_and_its_bracketed_acronym_are_one_row() -> None:
    from core.analysis.job import extract_requirements

    jd = ("Class Teacher (Year 2)\nWhat you need\n- Qualified Teacher Status (QTS)\n- Experience of phonics teaching\n"
          "Essential: Qualified Teacher Status and an enhanced DBS check.\n")
    rows = [r for r in extract_requirements(jd) if "qualified teacher status" in r.lower()]
    assert len(rows) == 1, rows


@pytest.mark.parametrize("title", ["Support Team Lead", "Head of Support", "Support Manager (EMEA)"])
def test_a_support_lead_is_charted_with_customer_support(title: str) -> None:
    from core.analysis.skills import infer_role_family

    assert infer_role_family(title, "") == "customer support"


def test_an_example_the_cv_meets_by_its_sibling_is_no_gap() -> None:
    cv = ("Lee Park\nEXPERIENCE\nBackend Developer, Tallow Labs (2020 - present)\n"
          "- Built order services in Python on PostgreSQL with SQS queues\nSKILLS\nPython, PostgreSQL, SQS, Docker\n")
    jd = "Backend Developer\nRequirements:\n- Python and PostgreSQL\n- Docker\nNice to have: event-driven systems (SQS, Kafka)\n"
    for seed in ("a", "b", "c", "d", "e"):
        items = plan_items(cv, jd, "Backend Developer", interview_type="mixed", seniority="mid", count=6, company="",
                           seed=seed, focus=None)
        assert not [i.text for i in items if "Kafka" in i.text and "don't see" in i.text], [i.text for i in items]


def test_a_nice_to_have_is_the_last_gap_to_probe() -> None:
    from core.coach.plan_core import only_optional

    jd = "Requirements:\n- Kubernetes in production\nNice to have: Terraform\n"
    assert only_optional(jd, "Terraform") and not only_optional(jd, "Kubernetes")


def test_a_short_sentence_opening_on_and_is_quoted_without_it() -> None:
    from core.coach.follow_up import _salient_quote

    assert _salient_quote("And it depends. And I would ask the whole team first.") == '"I would ask the whole team first"'


def test_the_cv_tip_names_no_example_the_cv_meets_by_its_sibling_and_joins_with_and() -> None:
    from core.coach.report import _cv_tips

    cv = ("Lee Park\nEXPERIENCE\nBackend Developer, Tallow Labs (2020 - present)\n"
          "- Built order services in Python on PostgreSQL with SQS queues\nSKILLS\nPython, PostgreSQL, SQS\n")
    jd = ("Backend Developer\nRequirements:\n- Python and PostgreSQL\n- Docker\n- Terraform\n"
          "Nice to have: event-driven systems (SQS, Kafka)\n")
    tip = next(t for t in _cv_tips(cv, ["Python", "PostgreSQL", "Docker", "Terraform", "SQS", "Kafka"], jd)
               if t.startswith("The job asks for"))
    assert "Kafka" not in tip, tip
    assert "Docker and Terraform, which" in tip, tip


def test_a_follow_ups_quote_of_the_answer_does_not_make_an_off_topic_answer_relevant() -> None:
    from core.interview.state import QuestionRecord

    question = "What do you look for first when you review a colleague's pull request, and what do you let go?"
    answer = ("I picked SQS for the reconciliation jobs because the volume was spiky, and it cut our failed "
              "reconciliations by 90% in a month.")
    follow_up = ('You described what the team did, "it cut our failed reconciliations by 90%". What did you '
                 "personally do, and which decisions were yours?")
    record = QuestionRecord(number=4, question=question, answer=answer, follow_up=follow_up,
                            follow_up_answer="I chose the queue and wrote the consumer myself.")
    asked, said = record.scored_question_and_answer
    assert "reconciliations" not in asked and "personally" in asked
    relevance = score_answer(asked, said).relevance
    assert relevance.score <= 3 and "reconciliations" not in relevance.evidence.split("(")[-1], relevance.evidence
