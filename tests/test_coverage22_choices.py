"""A tool the job names only as one example of a kind ("route planning software (Paragon, Descartes or similar)") is
one requirement in the report, the kind with its examples, met by any of them (session 21 newcomer and re-check: a
lone "Descartes" coverage row and CV tip though the CV showed Paragon and the plan asked route-planning software).
Made-up text."""

from core.coach.coverage import coverage_item
from core.coach.report import build_report
from core.coach.score import score_answer

JOB = ("Recruitment Coordinator\nRequirements:\n- Experience with an applicant tracking system (Greenhouse, Lever or "
       "similar)\n- Strong organisational skills\n- Good Excel skills")
CV_SHOWS = ("Recruitment Assistant, Norland Tech, 2021 - present\nScheduled 40 interviews a week in Greenhouse\n"
            "Built the weekly hiring report in Excel")
CV_LACKS = "Office Assistant, Norland Tech, 2021 - present\nBuilt the weekly sales report in Excel\nRan the post room"


def _rows(report):
    return [c.requirement for c in report.coverage]


def test_no_lone_example_row_and_the_kind_is_one_row():
    report = build_report([], job_title="Recruitment Coordinator", job_description=JOB, cv_text=CV_SHOWS)
    rows = _rows(report)
    assert "Lever" not in rows and "Greenhouse" not in rows
    assert any("Greenhouse, Lever or similar" in r for r in rows), rows


def test_the_cv_showing_one_example_gets_no_tip_and_a_cv_showing_none_gets_the_kind():
    shown = " ".join(build_report([], job_description=JOB, cv_text=CV_SHOWS).cv_tips)
    assert "Lever" not in shown
    lacks = " ".join(build_report([], job_description=JOB, cv_text=CV_LACKS).cv_tips)
    assert "Lever" in lacks and "applicant tracking system" in lacks
    assert "asks for Lever," not in lacks and "asks for Lever " not in lacks


def test_an_answer_naming_any_example_evidences_the_row():
    q = "Which applicant tracking system have you used, and for what?"
    for answer in ["I scheduled forty interviews a week in Greenhouse and kept every stage up to date.",
                   "At Pell I ran every hiring pipeline in Lever, from the first screen to the offer."]:
        item = coverage_item("applicant tracking system (Greenhouse, Lever or similar)",
                             [(q, answer, score_answer(q, answer))], JOB)
        assert item.status == "evidenced", (answer, item)
