"""A requirement is evidenced only by a sentence that says its act, and one sentence is not the evidence of several
requirements it does not each say (issue 15, session 18: "producing monthly management accounts" evidenced on
"production" and "manager" in a forecast answer; one sales sentence quoted for three rows)."""

from core.coach.coverage import coverage_item, requirement_evidence
from core.coach.coverage_shared import coverage_rows
from core.coach.requirement_heads import head_stems, says_head
from core.coach.score import score_answer


def test_words_shared_by_chance_do_not_evidence_a_duty():
    said = "I build the forecast from the weekly production plan and agree it with every depot manager."
    assert requirement_evidence(said, "preparing weekly management reports")[0] != "evidenced"


def test_the_sentence_that_says_the_act_does():
    said = "At Norbrook I prepare the weekly management reports for our three depots."
    status, quoted, _ = requirement_evidence(said, "preparing weekly management reports")
    assert status == "evidenced" and "management reports" in quoted


def test_the_head_of_a_requirement():
    assert head_stems("preparing weekly management reports") == {"report"}
    assert head_stems("building and managing a book of enterprise accounts") == {"book"}
    assert head_stems("budgeting and forecasting") == {"budget", "forecast"}
    assert head_stems("Proven track record of exceeding targets") == {"target"}
    assert head_stems("Secure knowledge of the KS2 curriculum") == {"curriculum"}
    assert not head_stems("Strong experience")
    assert says_head("we ran discovery calls with each buyer", "running discovery")


JOB = ("Account Executive. You will run discovery with operations buyers, build and manage a pipeline of mid-market "
       "prospects and keep Pipedrive up to date.")
PIPELINE = "building and managing pipeline of mid-market prospects"


def _rows(question: str, answer: str, job: str = JOB) -> list:
    return [(question, answer, score_answer(question, answer, job_description=job))]


def test_a_deal_story_told_to_a_pipeline_question_does_not_evidence_the_pipeline():
    question = (f"The role calls for {PIPELINE}, and your CV shows related work. Which piece of that work comes "
                "closest, and what did you do there yourself?")
    answer = ("My proudest deal was Redline Couriers in 2022. I met them at a trade fair, ran discovery with their "
              "finance director, built a business case on fuel savings, and closed a 95,000 pound two-year deal in "
              "50 days.")
    rows = coverage_rows([["running discovery"], [PIPELINE]], _rows(question, answer), JOB)
    assert rows[0].status == "evidenced" and "ran discovery" in rows[0].evidence
    assert rows[1].status == "weak", rows[1]


LEDGER_JOB = "Finance Officer. Oracle Financials. Strong communication skills."


def test_one_sentence_is_not_the_evidence_of_a_requirement_it_does_not_say():
    question = "Walk me through your month-end: what do you do yourself?"
    answer = ("Each month-end I post the accruals, run the Oracle reports and reconcile the bank accounts for our "
              "four clinics, and the close now takes three days instead of five.")
    rows = _rows(question, answer, LEDGER_JOB)
    alone = coverage_item("communication skills", rows, LEDGER_JOB)
    assert alone.status == "evidenced" and "Oracle reports" in alone.evidence  # read alone, "reports" is its synonym
    oracle, communication = coverage_rows([["Oracle"], ["communication skills"]], rows, LEDGER_JOB)
    assert oracle.status == "evidenced" and "Oracle" in oracle.evidence
    assert communication.evidence != oracle.evidence and communication.status != "evidenced", communication


def test_a_sentence_saying_each_stays_with_each():
    question = "Tell me about a deal you are proud of. What did you do yourself?"
    answer = ("I ran discovery with their COO and kept the pipeline of mid-market prospects in Pipedrive up to date "
              "every Friday, which is how I spotted the deal early.")
    rows = coverage_rows([["running discovery"], [PIPELINE]], _rows(question, answer), JOB)
    assert [r.status for r in rows] == ["evidenced", "evidenced"], rows
