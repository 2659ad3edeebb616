"""Session 16 (relev): relevance asks whether an answer takes up what its question asks about, in made-up text.

Kinds: 1. a well-told answer about another subject of the same field (the job's vocabulary, a story's shape) is no
answer to the question; 2. a "why this role" reason any job could be given loses to one naming the role's work or
the organisation; 3. an answer given to an earlier question already scores low, and the report says what the chat
said; 4. non-answers stay low and strong answers stay high.
"""

from __future__ import annotations

from core.coach.score import score_answer

# ---------------------------------------------------------------- 1. another subject of the same field

_JOB = ("Senior accountant. Month-end close, bank reconciliations, Xero, payroll, VAT returns, accruals, audit "
        "preparation and mentoring junior staff.")
_REVIEW_Q = "What do you look for first when you check a junior's bank reconciliation, and what do you let go?"
# a payroll story, full of the job's words, told to a question about checking a reconciliation
_PAYROLL_STORY = ("At Harwell Foods our payroll ran on spreadsheets and VAT returns were always late. I moved payroll "
                  "to Xero over three months, mapped every cost centre and ran two parallel payrolls before switching. "
                  "Payroll errors fell from twelve a month to one, and the accruals were ready two days earlier at "
                  "month-end.")
_REVIEW_ANSWER = ("First I check that the closing balance on the reconciliation matches the bank statement to the penny, "
                  "then I look at the unreconciled items older than thirty days, because those hide real errors. I "
                  "read each reconciling item's description and ask for the evidence behind anything large. I let go "
                  "of formatting and small timing differences that clear in the first week of the next month, and I "
                  "tell the junior why I flagged what I flagged, so the next reconciliation comes in cleaner.")


def test_a_story_full_of_the_jobs_words_on_another_subject_does_not_answer():
    score = score_answer(_REVIEW_Q, _PAYROLL_STORY, job_description=_JOB)
    assert score.relevance.score <= 2, score.relevance.evidence
    assert "uses the job's terms" not in score.relevance.evidence
    assert score.overall <= 6
    good = score_answer(_REVIEW_Q, _REVIEW_ANSWER, job_description=_JOB)
    assert good.relevance.score >= 4, good.relevance.evidence
    assert good.overall >= 7
    assert good.overall - score.overall >= 2


_DATA_JOB = "Data analyst. SQL, dbt, Looker dashboards, stakeholder reporting, A/B tests."
_DASHBOARD_STORY = ("At Kestrel Travel the weekly sales report took a day to build by hand in spreadsheets. I rebuilt it "
                    "as a Looker dashboard on dbt models and scheduled it for Monday mornings. I met the regional "
                    "managers to agree the five figures they needed. Building the report went from a day to nothing, "
                    "and the managers stopped asking for ad hoc extracts.")


def test_a_story_in_the_jobs_words_to_a_technical_question_of_another_subject():
    from core.coach.question_types import question_type

    question = "How do you review a colleague's SQL query before it goes live?"
    assert question_type(question) == "technical"
    score = score_answer(question, _DASHBOARD_STORY, job_description=_DATA_JOB)
    assert score.relevance.score <= 2, score.relevance.evidence
    assert score.overall <= 6


_SUPPLIER_Q = "Tell me about a time you disagreed with a supplier over a late delivery. How was it resolved?"
# a well-told warehouse story (situation, action, result) on another subject of logistics
_TRAINING_STORY = ("Last spring our new pickers at the Leeds warehouse were making too many picking errors. I wrote a "
                   "one-page guide to the scanner workflow and ran short training sessions on each shift. I paired every "
                   "new picker with an experienced one for their first week. Picking errors fell by forty per cent "
                   "within two months.")
_SUPPLIER_STORY = ("Last spring our packaging supplier delivered three days late twice in a month, and we nearly missed "
                   "a retailer's deadline. I disagreed with their account manager, who blamed our forecasts, so I sent "
                   "him our order history showing the orders went in on time. We agreed a weekly call and a penalty "
                   "clause for late delivery. The next six deliveries came on time.")


_WAREHOUSE_JOB = "Warehouse shift lead. Pickers, scanners, training new starters, supplier deliveries, stock counts."


def test_a_well_told_story_on_another_subject_of_the_field_does_not_answer_a_story_question():
    off = score_answer(_SUPPLIER_Q, _TRAINING_STORY, job_description=_WAREHOUSE_JOB)
    on = score_answer(_SUPPLIER_Q, _SUPPLIER_STORY, job_description=_WAREHOUSE_JOB)
    assert off.relevance.score <= 2, off.relevance.evidence
    assert "does what the question asks" not in off.relevance.evidence
    assert off.overall <= 6
    assert on.relevance.score >= 4, on.relevance.evidence
    assert on.overall >= 7


_DESIGN_Q = "How would you plan the kitchen for a food stall serving two thousand meals a day? Where would it fail first?"
# a mentoring story that says "day" over and over: an everyday word links it to nothing
_MENTOR_STORY = ("I mentor two junior cooks. One of them took all day to prep and was stressed every day. I showed "
                 "her how to batch the onions and sauces at the start of the day and we agreed a checklist. Within a "
                 "month her prep was done by ten each day.")


def test_an_everyday_word_said_often_is_no_link_to_the_question():
    from core.coach.framing import question_content
    from core.coach.subject import subject_of

    subject = subject_of(_MENTOR_STORY, question_content(_DESIGN_Q))
    assert subject.nothing, subject
    score = score_answer(_DESIGN_Q, _MENTOR_STORY, job_description="Head chef. Kitchen planning, mentoring cooks.")
    assert score.relevance.score <= 2, score.relevance.evidence
    assert score.overall <= 6


# ---------------------------------------------------------------- 3. an earlier question's answer again

_Q_FIRST = "Tell me about a time you cut the waiting time at a pharmacy counter."
_FIRST_STORY = ("At Larkfield Pharmacy the Saturday queue reached twenty-five minutes, and complaints were rising. I "
                "owned the fix: I split the counter into collection and advice, moved prescription checks to the "
                "Friday evening, and trained two assistants to hand out ready bags. The queue fell to eight minutes "
                "within a month and complaints dropped from nine a week to two. I learned to time the queue before "
                "changing the rota.")
_Q_OTHER = "Tell me about a time you improved how your team worked. What changed as a result?"
_Q_THIRD = "How do you keep up with changes to the medicines you dispense?"
_THIRD_SHORT = "I read the updates when they come in and I ask the pharmacist if I am unsure."


def _record(number: int, question: str, answer: str, follow_up: str | None = None, reply: str | None = None):
    from core.interview.state import QuestionRecord

    return QuestionRecord(number=number, question=question, answer=answer, follow_up=follow_up,
                          follow_up_answer=reply)


def test_an_earlier_answer_given_again_scores_low_and_says_so():
    from core.interview.weighing import weighed_score

    first = weighed_score(_record(1, _Q_FIRST, _FIRST_STORY), score_answer)
    again = weighed_score(_record(2, _Q_OTHER, _FIRST_STORY), score_answer, [(1, _FIRST_STORY)])
    assert first.overall >= 7
    assert score_answer(_Q_OTHER, _FIRST_STORY).overall >= 6  # it would answer this question too, were it new
    assert again.overall <= 3, again
    assert "same answer as for question 1" in again.relevance.evidence
    for dim in (again.structure, again.specificity, again.depth):
        assert dim.score == 1, dim


def test_a_follow_up_reply_repeating_an_earlier_answer_is_called_so_and_adds_nothing():
    from core.interview.weighing import weighed_score

    follow_up = "What was the outcome: what changed, and how did you know?"
    alone = weighed_score(_record(3, _Q_THIRD, _THIRD_SHORT), score_answer)
    weighed = weighed_score(_record(3, _Q_THIRD, _THIRD_SHORT, follow_up, _FIRST_STORY), score_answer,
                            [(1, _FIRST_STORY), (2, "I explained it calmly to the patient and offered a leaflet.")])
    assert "same answer as for question 1" in weighed.relevance.evidence, weighed.relevance.evidence
    assert "something else" not in weighed.relevance.evidence
    assert weighed.overall <= alone.overall
    assert any("same answer as for question 1" in m for m in weighed.missing)


def test_the_chat_says_the_same_as_the_report_for_a_repeat():
    from core.coach.redirect import redirect_question, redirect_reason

    reason = redirect_reason(_Q_OTHER, _FIRST_STORY, [(1, _FIRST_STORY)])
    assert reason == ("repeated", 1)
    from core.interview.weighing import weighed_score

    report = weighed_score(_record(2, _Q_OTHER, _FIRST_STORY), score_answer, [(1, _FIRST_STORY)]).relevance.evidence
    assert "same answer as for question 1" in report and "counts once" in report
    for variant in (0, 1, 2):  # said kindly: the answer is not wasted, it counts for the question it answered
        said = redirect_question("repeated", _Q_OTHER, same_as=1, variant=variant)
        assert "same answer as for question 1" in said and "counts there" in said, said


# ---------------------------------------------------------------- 2. a reason any job could be given

_WHY_Q = "Why do you want this role?"
_VET_JOB = "Veterinary receptionist at Oakmoor Vets, an equine and farm practice near Hexham. Bookings on RxWorks."
_STOCK_REASONS = (
    "It's a great company and I want to grow. I think it would be a good opportunity for me to develop my career "
    "and learn new things.",
    "I'm looking for a new challenge and a friendly place where I can progress. The benefits are good too.",
)
_OWN_REASON = ("I want this role because I grew up on a farm near Hexham and I like talking to farmers about their "
               "animals. Oakmoor's equine and farm work is what I want to learn, and I have booked appointments on "
               "RxWorks for two years at a small-animal practice.")


def test_a_reason_any_job_could_be_given_loses_to_one_naming_the_role():
    own = score_answer(_WHY_Q, _OWN_REASON, job_description=_VET_JOB)
    assert own.relevance.score >= 4, own.relevance.evidence
    for stock in _STOCK_REASONS:
        for job in ("", _VET_JOB):
            score = score_answer(_WHY_Q, stock, job_description=job)
            assert score.relevance.score <= 3, score.relevance.evidence
            assert "could be given for any job" in score.relevance.evidence
            assert any("specific reason" in m for m in score.missing)
            assert own.relevance.score > score.relevance.score and own.overall > score.overall


def test_a_stock_phrase_beside_a_particular_reason_is_not_held_down():
    answer = ("It's a great company, and what draws me is the farm work: I grew up lambing at my uncle's farm in "
              "Hexham, so I can talk to farmers on the phone about a calving without panicking.")
    score = score_answer(_WHY_Q, answer, job_description=_VET_JOB)
    assert score.relevance.score >= 4, score.relevance.evidence


# ---------------------------------------------------------------- 4. non-answers stay low, strong answers high


def test_non_answers_stay_low_and_strong_answers_high():
    for q, answer in ((_WHY_Q, "I don't know really."), (_SUPPLIER_Q, "I don't know, I can't think of one."),
                      (_REVIEW_Q, "Honestly my weekend was lovely, we walked the dog on the beach and had chips.")):
        assert score_answer(q, answer).overall <= 3
    assert score_answer(_SUPPLIER_Q, _SUPPLIER_STORY, job_description=_WAREHOUSE_JOB).overall >= 7
    assert score_answer(_REVIEW_Q, _REVIEW_ANSWER, job_description=_JOB).overall >= 7
