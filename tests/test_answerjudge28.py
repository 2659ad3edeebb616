"""Session 28 (re-check rc27, F3, F5 and N9): the answer is judged by what it says.

F3: "I don't know." then, asked for the closest thing, the textbook steps for a blocked tracheostomy (airway blocked,
oxygen to face and neck, inner cannula out, cuff deflated, re-intubated, spare tube and obturator checked) scored 5/10,
relevance 3/5 "does what the question asks … It leaves aside much of what was asked (…tracheostomy…, suction catheter)",
structure 1/5 "The follow-up reply's parts are not counted here", and the weakness "it lacked every part of the
question". F5: a licence question's follow-up reply giving board, state, expiry and compact status was "not counted"
on structure. N9: "he got a pulse back after six minutes" was told "What was missing: The result, with a number"; "my
SQL to meeting rate" was "named tools/skills: SQL"; a model answer read "Action: I closed 22. Result: I was knocking on
every door…". Every answer below is written by the team (none is a page of the re-check's), of each kind in several
fields; they go through the coach's own scorer, weighing and report.
"""

from __future__ import annotations

import re

import pytest

from core.analysis.results import figure_result, spelled_measure
from core.analysis.skills import find_skills, named_by_head
from core.analysis.term_meanings import meant
from core.coach.follow_up import follow_up_question, follow_up_reason
from core.coach.report import build_report
from core.coach.score import score_answer
from core.interview.state import QuestionRecord
from core.interview.weighing import weighed_score
from core.schemas import AnswerScore, DimensionScore

CLOSEST = ("That's all right. What is the closest thing you have done, or how would you approach it if it happened in "
           "your first month here?")
TRACH_Q = ("A patient with a tracheostomy becomes suddenly breathless and you cannot pass a suction catheter. What do you "
           "do, step by step?")
TRACH_REPLY = ("The closest was a post-op patient at Hershey whose airway blocked. I called for help first, gave high-flow "
               "oxygen to the face and the neck, took out the inner cannula and deflated the cuff. When he still could not "
               "breathe we removed the tube and the anaesthetist re-intubated him orally. I now check that the spare tube and "
               "the obturator are at every bedside at the start of each shift.")


def _score(question: str, answer: str) -> AnswerScore:
    return score_answer(question, answer)


def _after_dont_know(question: str, reply: str, first: str = "I don't know.") -> AnswerScore:
    record = QuestionRecord(number=3, question=question, answer=first, follow_up=CLOSEST, follow_up_answer=reply)
    return weighed_score(record, _score)


def _weaknesses(question: str, answer: str, score: AnswerScore) -> str:
    return " ".join(build_report([{"question": question, "answer": answer, "score": score}]).weaknesses)


# ---------------------------------------------------------------- F3: the quoted fault


def test_the_tracheostomy_steps_after_i_dont_know_are_the_textbook_answer() -> None:
    out = _after_dont_know(TRACH_Q, TRACH_REPLY)
    assert 7 <= out.overall <= 8, out
    assert out.relevance.score >= 4, out.relevance.evidence
    assert "leaves aside" not in out.relevance.evidence, out.relevance.evidence
    assert "names what it asks in other words" in out.relevance.evidence  # never "picks up … (tracheostomy)"
    assert "picks up the question's terms (patient)" in out.relevance.evidence
    assert "not counted here" not in out.structure.evidence and out.structure.score >= 3, out.structure
    assert not any(m.startswith("Every part of the question") for m in out.missing), out.missing
    record = QuestionRecord(number=3, question=TRACH_Q, answer="I don't know.", follow_up=CLOSEST,
                            follow_up_answer=TRACH_REPLY)
    assert "lacked every part" not in _weaknesses(TRACH_Q, record.combined_answer, out)


# (question naming a thing or a state, a reply naming its parts or signs), team-written, one field each or near
CASES_A = [
    (TRACH_Q, TRACH_REPLY),
    ("A patient with a tracheostomy is struggling to breathe at night. What do you do first?",
     "On nights last winter a man on our ward started desaturating and his sats dropped to 84. I called the outreach "
     "team, put high-flow oxygen on his face and stoma, changed the inner cannula, which was full of secretions, and "
     "suctioned him. His breathing settled within ten minutes and I now check the spare tube and obturator at handover."),
    ("A diabetic resident becomes confused and sweaty before lunch, and you suspect hypoglycaemia. What do you do?",
     "In my last care home a resident went pale and muddled before lunch. I checked her blood glucose, which was 2.9 "
     "mmol, gave her a glass of Lucozade and rechecked after fifteen minutes, when it was 5.1. Then I gave her a "
     "sandwich, told the nurse in charge and wrote it in her care plan."),
    ("A child at your nursery has an allergic reaction after snack time. What do you do?",
     "Last spring a boy's lips swelled and he came out in hives after a snack. I stayed with him, sent a colleague to "
     "call 999, gave his EpiPen into the outer thigh and noted the time. The paramedics arrived within eight minutes, and "
     "since then we check every snack against the allergy list before it is served."),
    ("A forklift fails its pre-use check at the start of your shift. What do you do?",
     "At the depot my truck had a hydraulic leak under the mast at the daily check. I took the keys out, tagged it out "
     "of service and told the shift manager, then moved to the spare reach truck so the loading plan held. The engineer "
     "replaced a seal the same morning and we lost no loads."),
    ("The espresso machine stops working properly in the middle of the morning rush. What do you do?",
     "At the cafe the shots started running in five seconds one Saturday. I backflushed the group head, swapped the "
     "portafilter basket and tightened the grind by two steps, and I told the queue there would be a three-minute wait. "
     "The shots came back to 28 seconds and we served the rush without a refund."),
    ("During your walkaround check you find a problem with the brakes on your lorry. What do you do?",
     "On one early start the air pressure would not build and I could hear an air leak at a brake chamber. I did not "
     "drive, reported the defect on the app, rang the transport office and waited for the fitter, who replaced the hose "
     "in an hour. I always listen for leaks at the start of the check now."),
    ("A customer calls because the air conditioning in their office is not cooling. What do you check first?",
     "Last summer an office unit was blowing warm air. I checked the filters, which were clogged, cleaned the condenser "
     "coil and measured the refrigerant pressures, which showed a low gas charge. I found a leak at a flare joint, "
     "repaired it and recharged the system, and the room dropped to 21 degrees within the hour."),
    ("A report that used to take seconds now runs very slowly against the database. How do you find the cause?",
     "At my last job a sales report went from two seconds to forty. I ran EXPLAIN ANALYZE, saw a sequential scan on the "
     "orders table after a new filter, added an index on the customer and date columns and checked the query plan "
     "again. It came back to under a second and I added the check to our release list."),
    ("A consumer unit keeps tripping in a customer's kitchen. How do you find the fault?",
     "On a job last year the RCD tripped every time the kettle was used. I isolated the circuit, ran insulation "
     "resistance tests on each circuit with my megger and found a low reading on the kitchen ring, then traced an earth "
     "fault to a damaged socket behind the fridge. I replaced it, retested and left the certificate with the customer."),
    ("You see someone shoplifting in your store. What do you do?",
     "In my Saturday job I saw a man put two bottles of aftershave into his coat. I did not confront him, I radioed the "
     "security guard and the store detective, and kept him on CCTV. He set the gates alarmed on the way out, the guard "
     "stopped him and we recovered the stock worth 90 pounds."),
    ("A patient becomes breathless on the ward after a blood transfusion. What do you do?",
     "On my placement a lady became short of breath halfway through her second unit. I stopped the transfusion, kept the "
     "line open, sat her up and gave oxygen, and called the doctor while I did a full set of observations. Her oxygen "
     "saturation came back to 96 percent within twenty minutes and we reported it to the transfusion team."),
]


@pytest.mark.parametrize(("question", "reply"), CASES_A, ids=[q[:40] for q, _ in CASES_A])
def test_after_no_answer_the_reply_is_the_answer_judged_against_the_question(question: str, reply: str) -> None:
    out, alone = _after_dont_know(question, reply), score_answer(question, reply)
    assert out.structure == alone.structure  # its own parts: the follow-up asked for an answer afresh
    assert "not counted here" not in out.structure.evidence
    assert out.relevance.score == alone.relevance.score >= 4, out.relevance.evidence
    assert "scored on the follow-up reply" in out.relevance.evidence
    assert out.overall >= 7, out
    assert "lacked every part" not in _weaknesses(question, reply, out)


@pytest.mark.parametrize("first", ["I don't know.", "No idea, sorry.", "asdf qwer zxcv"])
def test_any_non_answer_first_leaves_the_reply_as_the_answer(first: str) -> None:
    out = _after_dont_know(TRACH_Q, TRACH_REPLY, first=first)
    assert out.structure == score_answer(TRACH_Q, TRACH_REPLY).structure, (first, out.structure)
    assert out.overall >= 7


def test_a_handful_of_words_then_a_reply_still_keeps_the_first_answers_shape() -> None:
    # a one-liner is asked for more of the same (too_short), not for an answer afresh: its parts came when asked
    question = "Tell me about a time you improved a process at work."
    first = "I made the filing faster."
    reply = ("At the clinic our referral letters took four days to file. I set up a shared folder by consultant, wrote a "
             "naming rule and trained the two admins, and filing fell to one day within a month.")
    record = QuestionRecord(number=2, question=question, answer=first, follow_up="Can you say more?",
                            follow_up_answer=reply)
    out = weighed_score(record, _score)
    assert out.structure.score < score_answer(*record.scored_question_and_answer).structure.score


@pytest.mark.parametrize(("question", "reply"), CASES_A, ids=[q[:40] for q, _ in CASES_A])
def test_words_that_name_the_same_thing_take_the_question_up(question: str, reply: str) -> None:
    alone = score_answer(question, reply)
    assert alone.relevance.score >= 4, alone.relevance.evidence
    assert "leaves aside" not in alone.relevance.evidence, alone.relevance.evidence
    assert not any(m.startswith("Every part of the question") for m in alone.missing), alone.missing


@pytest.mark.parametrize(("question", "answer"), [
    ("How do you take a manual blood pressure?", "I put the cuff on the upper arm and inflate it."),
    ("Tell me about a time you dealt with a difficult customer.", "I checked the filters and the coil."),
    ("How do you prepare a classroom for a new term?", "I check the forks and the mast of the truck."),
    ("Describe how you plan a week's menu.", "I backflushed the group head and dialled in the grind."),
])
def test_a_thing_s_parts_count_only_for_a_question_that_names_the_thing(question: str, answer: str) -> None:
    assert not {"tracheostomy", "air conditioning", "forklift", "espresso machine"} & set(meant(question, answer))


# ---------------------------------------------------------------- the weakness never contradicts relevance


@pytest.mark.parametrize("left", ["tracheostomy, suction catheter", "budget, staffing", "root cause", "rota, cover",
                                  "the parents' evening", "SLA, escalation", "month-end close", "forklift",
                                  "stock count, shrinkage", "CPR, AED"])
def test_a_partial_answer_s_weakness_says_what_it_left_aside(left: str) -> None:
    score = AnswerScore(
        relevance=DimensionScore(score=3, evidence=f"The answer does what the question asks. It leaves aside ({left})."),
        structure=DimensionScore(score=2, evidence="x"), specificity=DimensionScore(score=2, evidence="x"),
        depth=DimensionScore(score=2, evidence="x"), communication=DimensionScore(score=3, evidence="x"),
        missing=[f"Every part of the question: {left}"], stronger_answer="x", overall=1)
    text = _weaknesses("How would you do it?", "I would do it.", score)
    assert f"it left part of the question aside: {left}" in text, text
    assert "lacked every part" not in text


# ---------------------------------------------------------------- F5: a fact's follow-up reply counts

LICENCE_Q = ("The role asks for an unencumbered RN license (multistate if in a Nurse Licensure Compact state), which your "
             "CV shows. Which license do you hold, and where is it valid?")
CASES_D = [
    (LICENCE_Q, "Yes, I have a license.",
     "I hold an active, unencumbered multistate RN license issued by the Pennsylvania State Board of Nursing, valid until "
     "October 2026, so it is recognised in South Dakota under the compact. I also keep ACLS and BLS current."),
    ("The role asks for NMC registration. Are you registered?", "I am a registered nurse.",
     "I am registered with the NMC in the UK as an adult nurse, PIN 12A3456E, and my revalidation is due in March 2027."),
    ("The role asks for ALS certification. Which certification do you hold?", "I have it.",
     "It is the Resuscitation Council UK Advanced Life Support certificate, which I gained in May 2024 and which is "
     "valid until May 2028."),
    ("The role asks for a degree in computer science or similar. Do you hold one?", "Yes, I have one.",
     "I have a BSc in Computer Science from the University of Leeds, which I finished in 2019 with a 2:1."),
    ("The role asks for a full UK driving licence. Do you hold one?", "Yes.",
     "It is a full UK licence issued by the DVLA in 2012, category B and C1, clean with no penalty points."),
    ("The role requires active SC clearance. Do you hold it?", "Yes I have it.",
     "I hold SC clearance granted in 2023 through the Ministry of Defence, sponsored by my current employer, and it is "
     "active until 2033."),
    ("The role asks for the right to work in the UK. Do you have it?", "Yes.",
     "I am a British citizen with a UK passport, so there is no end date and no sponsorship is needed."),
    ("The role asks for a CIMA or ACCA qualification. Are you CIMA or ACCA qualified?", "Yes, I am.",
     "I am a fully qualified ACCA member since 2021, membership number 2345678, and I have kept my CPD current every "
     "year."),
    ("The role asks for an HCPC registration as a paramedic. Are you registered?", "Yes, I'm registered.",
     "I am registered with the HCPC as a paramedic, number PA12345, active until my renewal in 2026."),
    ("The role asks for a Gas Safe registration. Do you hold it?", "Yes, I do.",
     "My Gas Safe registration number is 123456, it covers domestic boilers and cookers, and it is valid until "
     "June 2026."),
]


@pytest.mark.parametrize(("question", "first", "reply"), CASES_D, ids=[q[:40] for q, _, _ in CASES_D])
def test_a_fact_s_follow_up_reply_counts_on_structure(question: str, first: str, reply: str) -> None:
    reason = follow_up_reason(question, first)
    asked = follow_up_question(reason, question, first) if reason else "Could you tell me a little more about it?"
    record = QuestionRecord(number=2, question=question, answer=first, follow_up=asked, follow_up_answer=reply)
    out = weighed_score(record, _score)
    combined = score_answer(*record.scored_question_and_answer)
    assert out.structure == combined.structure, out.structure
    assert "not counted here" not in out.structure.evidence
    assert "STAR is not expected" in out.structure.evidence and "and backs it" in out.structure.evidence
    assert out.overall >= 8, out


def test_a_story_question_s_follow_up_parts_still_came_only_when_asked() -> None:
    question = "Tell me about a time you handled a difficult customer."
    first = "A customer was angry about a late delivery, so I sorted it out for her and she was happy."
    reply = "I rang the courier, found the parcel at the depot and drove it to her myself that evening."
    record = QuestionRecord(number=1, question=question, answer=first, follow_up="What exactly did you do?",
                            follow_up_answer=reply)
    out = weighed_score(record, _score)
    combined = score_answer(*record.scored_question_and_answer)
    assert combined.structure.score > score_answer(question, first).structure.score  # the reply would lift it
    assert out.structure.score < combined.structure.score and "not counted here" in out.structure.evidence


# ---------------------------------------------------------------- N9: a result after a time

ACLS_Q = ("Your CV mentions advanced cardiac life support: “Advanced Cardiac Life Support”. When did you last use your "
          "advanced cardiac life support training, and what did you do first?")
ACLS_A = ("Last spring a patient on our unit went into VF. I was first in the room, started compressions and called the "
          "code. When the defibrillator arrived I shocked once, we gave adrenaline after the second cycle and he got a "
          "pulse back after six minutes. I'd tell a new colleague to switch compressors every two minutes, because "
          "quality drops long before you feel tired.")


def test_a_pulse_back_after_six_minutes_is_the_result_with_a_number() -> None:
    out = score_answer(ACLS_Q, ACLS_A)
    assert not any("result, with a number" in m for m in out.missing), out.missing
    assert 'result: "he got a pulse back after six minutes"' in out.structure.evidence, out.structure.evidence


RESULTS_AFTER = [
    "Last spring a patient went into VF. I started compressions and called the code. We shocked once and he got a "
    "pulse back after six minutes.",
    "The line stopped at 6am. I rang the engineer and swapped the belt myself, and the line was back up after 40 minutes.",
    "The website went down during the sale. I rolled back the release and cleared the cache, and the site was running "
    "again after 12 minutes.",
    "A resident fell in the lounge. I checked her for injuries and kept her warm, and she was stabilised after an hour "
    "in A&E.",
    "The client's email server crashed. I restored the backup onto a spare machine and the service was restored after "
    "four hours.",
    "A pupil had a seizure in my lesson. I cleared the space, timed it and called the first aider; he was breathing "
    "again after two minutes.",
    "Our van broke down on the motorway. I called recovery and moved the parcels to a second van, and deliveries were "
    "back to normal after one day.",
    "A man collapsed in the gym. I sat him up, gave oxygen and called the doctor. After 20 minutes his oxygen levels "
    "had recovered.",
    "Our till system froze on Black Friday. I switched the tills to offline mode and rebooted the server, and card "
    "payments were back online after 15 minutes.",
    "A toddler choked on a grape at lunch. I gave five back blows and the grape came out; she was breathing again after "
    "a few seconds.",
]


@pytest.mark.parametrize("answer", RESULTS_AFTER, ids=[a[:30] for a in RESULTS_AFTER])
def test_an_outcome_reached_after_a_time_is_a_result(answer: str) -> None:
    found = figure_result(answer)
    assert found and spelled_measure(found), (answer, found)
    assert found in answer


@pytest.mark.parametrize("sentence", ["After two days I called him back to ask how it went.",
                                      "We met after three weeks and talked it through.",
                                      "After six months I moved to the night team.",
                                      "I came back after two weeks of holiday and found the backlog."])
def test_a_time_after_which_nothing_came_back_is_no_result(sentence: str) -> None:
    assert not spelled_measure(sentence)


# ---------------------------------------------------------------- N9: a name read in another sense

SDR_Q6 = ("You list Zoho CRM on your CV: “I used Zoho CRM to organize my leads as well as to help analyze which of my "
          "sent…” What was the hardest problem you have solved with Zoho CRM, and which trade-offs did you weigh?")
SDR_A6 = ("The hardest problem was that my Zoho pipeline was full of leads that never turned into meetings. I built a view "
          "that tagged every lead with budget, authority, need and timeline, and every Friday I went through the ones "
          "missing two of the four. If a lead had no budget or timeline I marked the lead as nurture in Zoho and sent a "
          "monthly email instead of calling. The trade-off was fewer handoffs per week, but my SQL to meeting rate was "
          "the highest on the team that quarter.")
SDR_JOB = ("Sales Development Representative. You will prospect and qualify leads, book meetings for our account "
           "executives and keep Salesforce up to date. Experience with Salesforce and Outreach.io is a plus.")


def test_a_sales_qualified_lead_is_no_database_language_and_zoho_is_a_tool_named() -> None:
    out = score_answer(SDR_Q6, SDR_A6, job_description=SDR_JOB)
    assert "SQL" not in out.specificity.evidence, out.specificity.evidence
    assert not any(m.startswith("The tools or methods you used") for m in out.missing), out.missing
    assert "Zoho CRM" in named_by_head(SDR_A6)


SENSES = [
    ("my SQL to meeting rate was the highest on the team", False),
    ("I booked 14 SQLs for the account executives that month.", False),
    ("Each SQL went to an AE within a day, and our MQL to SQL rate rose.", False),
    ("I passed every SQL to the closer the same afternoon and tracked the pipeline.", False),
    ("I checked my numbers weekly instead of waiting for the month end.", False),
    ("I kept calling until the month end and hit the target.", False),
    ("I wrote SQL queries to pull the leads with no meetings.", True),
    ("I used SQL to build the pipeline dashboard in our warehouse.", True),
    ("I learned SQL at university.", True),
    ("I ran the month-end close for three entities.", True),
    ("At month end I reconciled the bank accounts and posted the accruals.", True),
]


@pytest.mark.parametrize(("sentence", "tool"), SENSES, ids=[s[:30] for s, _ in SENSES])
def test_a_name_is_read_in_the_sense_its_sentence_gives_it(sentence: str, tool: bool) -> None:
    names = {h.name for h in find_skills(sentence)}
    assert bool(names & {"SQL", "Month-end close"}) is tool, (sentence, names)


def test_a_failure_question_is_not_told_to_name_the_job_s_tools() -> None:
    question = "Tell me about a time you failed to reach a goal. What did you learn from it?"
    answer = ("In my first month at Moxie my goal was 40 accounts and I closed 22. I was knocking on every door on a "
              "street instead of picking neighbourhoods with new homes. I learned to plan my route from the county's "
              "new-build list, and the next month I closed 41. Since then I always check my conversion numbers weekly "
              "instead of waiting for the month end.")
    out = score_answer(question, answer, job_description=SDR_JOB)
    assert not any(m.startswith("The tools or methods you used") for m in out.missing), out.missing
    assert "month end" not in out.specificity.evidence


# ---------------------------------------------------------------- N9: the model answer's parts, labelled right

CASES_G = [
    ("Tell me about a time you failed to reach a goal. What did you learn from it?",
     "In my first month at Moxie my goal was 40 accounts and I closed 22. I was knocking on every door on a street "
     "instead of picking neighbourhoods with new homes. I learned to plan my route from the county's new-build list, and "
     "the next month I closed 41.", "I closed 22", "I was knocking on every door"),
    ("Tell me about a time you missed a target. What happened?",
     "In my second quarter at Brightline my target was 30 demos and I booked 18. I was calling every lead on the list in "
     "alphabetical order instead of starting with the ones who had opened our emails. I learned to sort by engagement "
     "first, and the next quarter I booked 33.", "I booked 18", "I was calling every lead"),
    ("Describe a time you fell short of a sales goal.",
     "In my first month at Homebase my target was 12 kitchen contracts and I signed 7. I was greeting customers only at "
     "the till instead of walking the showroom with them. I learned to greet people at the door, and the next month I "
     "signed 13.", "I signed 7", "I was greeting customers"),
    ("Tell me about a goal you did not reach at work.",
     "At my last agency my target was 25 placements in the quarter and I placed 15. I was sourcing every candidate from "
     "the same two job boards. I learned to ask my placed candidates for referrals, and the next quarter I placed 27.",
     "I placed 15", "I was sourcing every candidate"),
    ("Tell me about a time you failed to hit a fundraising target.",
     "In my first year at the charity my target was 50,000 pounds and I raised 31,000. I was writing long grant bids to "
     "every trust that funded children instead of the ones in our county. I learned to check each funder's area first, "
     "and the next year I raised 58,000.", "I raised 31,000", "I was writing long grant bids"),
    ("Tell me about a time you did not reach a goal at work.",
     "In my first term my aim was 20 pupils reading at the expected level and I reached 14. I was hearing every child "
     "read once a week in the same order. I learned to hear the weakest readers daily, and by summer 22 were there.",
     "I reached 14", "I was hearing every child read"),
    ("Describe a time you failed to reach a recruitment goal.",
     "At the care agency my goal was 10 new carers a month and I recruited 4 in January. I was posting the same advert "
     "on every site without a photo or the pay rate. I learned to lead with the hourly rate, and in February I recruited "
     "11.", "I recruited 4", "I was posting the same advert"),
    ("Tell me about a time you missed a quota. What did you learn?",
     "In my first month at Telco my quota was 60 upgrades and I signed 35. I was reading the full script to every caller "
     "instead of asking what they used their phone for. I learned to ask that first, and the next month I signed 64.",
     "I signed 35", "I was reading the full script"),
    ("Tell me about a time you did not reach a goal you had set yourself.",
     "Last spring my goal was 15 new restaurant accounts and I won 9. I was visiting restaurants at lunchtime when the "
     "owners were busiest. I learned to go between three and five, and in May I won 16.", "I won 9",
     "I was visiting restaurants"),
    ("Tell me about a time you failed to hit a target and what you changed.",
     "In my first quarter at the bank my target was 40 mortgage appointments and I achieved 26. I was emailing every "
     "customer whose fixed rate ended that year. I learned to phone the ones ending within four months, and the next "
     "quarter I achieved 44.", "I achieved 26", "I was emailing every customer"),
]


def _section(text: str, label: str) -> str:
    m = re.search(label + r": (.*?)(?= (?:Situation|Task|Action|Result|Lesson):|$)", text)
    return m.group(1) if m else ""


@pytest.mark.parametrize(("question", "answer", "result", "action"), CASES_G, ids=[c[3][:25] for c in CASES_G])
def test_the_count_reached_is_the_result_and_the_way_of_working_the_action(question: str, answer: str, result: str,
                                                                          action: str) -> None:
    stronger = score_answer(question, answer).stronger_answer
    assert result in _section(stronger, "Result"), stronger
    assert action in _section(stronger, "Action"), stronger
    assert action not in _section(stronger, "Result") and result not in _section(stronger, "Action"), stronger
