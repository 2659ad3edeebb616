"""Session 17 (judge17): the report's requirement coverage reads a duty said in the field's other words, and agrees
with the answers' own evidence; in made-up text of the kinds a fresh tester met.

Kinds: 1. a duty said in other words that are, in its field, the duty itself (comparing standard or budgeted with
actual costs and explaining the differences is analysing variances: ``data/field_equivalents.json``) covers it, and
the answer is on its question; 2. a requirement naming a class of people is shown by a member of the class ("the
CFO" is a finance buyer, "the CEO" a C-level buyer); 3. a question that asked a requirement by name, answered
on its question (relevance 4 or more) and taking up the requirement's words, is never "weak: the answer did not show
it" in the coverage beside it; an answer that shows nothing of it still is.
"""

from __future__ import annotations

from core.coach.coverage import coverage_item, requirement_evidence
from core.coach.follow_up import off_topic
from core.coach.report import build_report
from core.coach.score import score_answer

# ---------------------------------------------------------------- 1. a duty in the field's other words

_MA_JOB = ("Management Accountant\nHarrow Components Ltd (manufacturing)\n\nWhat you'll do\n"
           "- Maintain standard costs for our 400 product lines.\n"
           "- Analyse variances against standard and budget and explain them to the operations team.\n"
           "- Month-end close and journals.\n\nWhat we're looking for\n- CIMA or ACCA qualified.\n- Strong Excel.\n")
_VARIANCE_Q = "Tell me about the work closest to analysing variances in your last role. What did you do there yourself?"
_STANDARD_WITH_ACTUAL = ("At Dunmore Plastics I compared standard with actual costs each month for our three extrusion "
                         "lines and explained the differences to the plant manager. In March the resin price had risen "
                         "12%, so material cost was £40k over; I split it into price and usage, showed that usage was on "
                         "plan, and we updated the standard costs for the next quarter.")
_BUDGET_TO_ACTUAL = ("Every month I compared the budget to actual spend for the eleven wards of the hospital and wrote a "
                     "note on each gap over £5k for the directorate. When agency nursing ran £60k over in January I "
                     "traced it to two long-term vacancies, and the directorate approved two permanent posts that saved "
                     "£90k by year end.")


def test_comparing_standard_or_budget_with_actual_covers_analysing_variances():
    for answer in (_STANDARD_WITH_ACTUAL, _BUDGET_TO_ACTUAL):
        status, quoted, _ = requirement_evidence(answer, "analysing variances")
        assert status == "evidenced", (answer[:40], quoted)
        assert "compared" in quoted, quoted
        assert requirement_evidence(answer, "Variance analysis")[0] == "evidenced"


def test_the_variance_answer_is_on_its_question_and_the_report_agrees():
    score = score_answer(_VARIANCE_Q, _STANDARD_WITH_ACTUAL, job_description=_MA_JOB)
    assert score.relevance.score >= 4, score.relevance.evidence
    assert "takes up none of what the question is about" not in score.relevance.evidence
    assert not off_topic(_VARIANCE_Q, _STANDARD_WITH_ACTUAL)
    report = build_report([{"question": _VARIANCE_Q, "answer": _STANDARD_WITH_ACTUAL, "score": score}],
                          job_title="Management Accountant", job_description=_MA_JOB)
    rows = {c.requirement.lower(): c for c in report.coverage}
    assert rows["analysing variances"].status == "evidenced", rows["analysing variances"]
    assert rows["maintaining standard costs"].status == "evidenced", rows["maintaining standard costs"]


def test_a_different_comparison_is_no_variance_analysis():
    # comparing two suppliers' quotes, or this year's sales with last year's, is not a budget or standard against actuals
    for answer in ("I compared three suppliers' quotes and chose the cheapest that met our lead times.",
                   "I compared this year's sales with last year's and presented the trend to the board."):
        assert requirement_evidence(answer, "analysing variances")[0] != "evidenced", answer


def test_matching_statements_to_the_ledger_is_reconciling_and_three_documents_a_three_way_match():
    bank = "Each week I matched the bank statement against the cash book and cleared the unmatched items by Friday."
    supplier = "I ticked every supplier statement back to the purchase ledger and chased the 14 differences."
    assert requirement_evidence(bank, "bank reconciliations")[0] == "evidenced"
    assert requirement_evidence(supplier, "supplier statement reconciliations")[0] == "evidenced"
    assert requirement_evidence(supplier, "bank reconciliations")[0] != "evidenced"  # a supplier's is no bank's
    for answer in (bank, supplier):
        assert requirement_evidence(answer, "reconciliations")[0] == "evidenced", answer
    match = "I checked each delivery note against the purchase order and the invoice before any payment went out."
    assert requirement_evidence(match, "three-way matching")[0] == "evidenced"
    assert requirement_evidence("I compared the bank statement with last month's and sent it on.",
                                "bank reconciliations")[0] != "evidenced"


def test_every_field_equivalence_names_its_source_and_fields():
    import json

    from core.analysis.skills import EQUIVALENCES_PATH

    for name, entry in json.loads(EQUIVALENCES_PATH.read_text(encoding="utf-8"))["equivalences"].items():
        assert entry["source"].strip() and entry["fields"].strip() and entry["wordings"], name


# ---------------------------------------------------------------- 2. a class of people shown by its members

_SALES_JOB = ("Account Executive, B2B SaaS (spend management)\nLedgerly\n\nWhat you'll do\n"
              "- Run the full sales cycle from discovery to close with mid-market companies.\n"
              "- Build pipeline through outbound prospecting.\n\nWhat we're looking for\n"
              "- 3+ years of B2B SaaS sales.\n- Experience selling to finance buyers.\n- Salesforce.\n")
_FINANCE_Q = "Tell me about a deal where you sold to finance buyers. What did you do?"
_CFO_DEAL = ("Last year I sold our expense platform to the CFO of Harbour Freight, a 600-person logistics firm. She was "
             "worried about the cost, so I built a payback model with her financial controller showing that automating "
             "receipts saved 1,200 hours a year. I ran a two-week pilot with her team and presented the results to her "
             "board. We closed a £96k contract in six weeks, my largest deal that quarter.")


def test_a_cfo_is_a_finance_buyer():
    status, quoted, _ = requirement_evidence(_CFO_DEAL, "selling to finance buyers")
    assert status == "evidenced", quoted
    assert "CFO" in quoted or "financial controller" in quoted, quoted
    answer = "I sold a payroll module to the finance director of a 200-bed care group, a £40k deal."
    assert requirement_evidence(answer, "selling to finance buyers")[0] == "evidenced"
    answer = "I pitched our analytics suite to the CEO and the COO of a retail chain and closed it in a month."
    assert requirement_evidence(answer, "selling to C-level executives")[0] == "evidenced"


def test_a_finance_word_alone_is_no_finance_buyer():
    answer = "I worked with our finance team to price the renewal, and the head of operations signed it."
    assert requirement_evidence(answer, "selling to finance buyers")[0] != "evidenced"


def test_a_high_scored_answer_to_the_finance_buyer_question_is_not_called_weak_beside_it():
    score = score_answer(_FINANCE_Q, _CFO_DEAL, job_description=_SALES_JOB)
    assert score.overall >= 7, score
    report = build_report([{"question": _FINANCE_Q, "answer": _CFO_DEAL, "score": score}],
                          job_title="Account Executive", job_description=_SALES_JOB)
    row = next(c for c in report.coverage if "finance buyers" in c.requirement.lower())
    assert row.status == "evidenced", row


# ---------------------------------------------------------------- 3. the coverage agrees with the answer's own score

_CLIN_JOB = ("Clinical Trainer\nNorthgate Medical Devices\n\nWhat you'll do\n- Train theatre teams on our infusion "
             "pumps.\n- Partnering with clinicians on device trials.\n\nWhat we're looking for\n- A nursing or ODP "
             "background.\n")
_PARTNER_Q = "Tell me about a time you were partnering with clinicians on a trial. What did you do?"
_TRIAL_STORY = ("On the pump trial at St Anne's I was the link between our engineers and the anaesthetists in two "
                "theatres. I met the clinical lead every Friday, logged each alarm they raised and turned the top three "
                "into a software change request. The clinicians signed off the trial after six weeks, and the trust "
                "ordered 40 pumps.")


def test_an_answer_judged_on_its_question_is_not_weak_on_the_requirement_it_asked():
    score = score_answer(_PARTNER_Q, _TRIAL_STORY, job_description=_CLIN_JOB)
    assert score.relevance.score >= 4, score.relevance.evidence
    item = coverage_item("partnering with clinicians", [(_PARTNER_Q, _TRIAL_STORY, score)], _CLIN_JOB)
    assert item.status == "evidenced", item
    assert "Asked about in" not in item.evidence


def test_an_answer_that_shows_nothing_of_the_asked_requirement_is_still_weak():
    answer = ("I trained 30 theatre staff on the new pumps in three weeks, with a one-page guide and a short quiz at "
              "the end. Every nurse passed, and pump alarms fell by a third the next month.")
    score = score_answer(_PARTNER_Q, answer, job_description=_CLIN_JOB)
    item = coverage_item("partnering with clinicians", [(_PARTNER_Q, answer, score)], _CLIN_JOB)
    assert item.status == "weak", item
