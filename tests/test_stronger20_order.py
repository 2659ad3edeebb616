"""A story's stronger answer keeps the candidate's story in order and under the right STAR headings (re-check, session 19:
an escalation story came back with the candidate's "When he still didn't come I escalated to the registrar…" under
Result and after a later step, and a story's opening scene was dropped or a later event picked as its situation; a
closing "Nobody missed…, and we got a bank nurse by 2am" was left out). Made-up answers: nursing, sales, engineering."""

from __future__ import annotations

import pytest

from bench.bench_stronger_order import act_in_result, acts_out_of_order, scene_dropped
from core.coach.stronger_kinds import split_mixed, star_kinds
from tests.stronger_helpers import part
from tests.stronger_helpers import stronger as _stronger

ESCALATION = "A patient's condition gets worse and the doctor doesn't come when called. What would you do?"
STORY = "Tell me about a time you had to escalate a problem."
NEGOTIATION = "Tell me about a difficult negotiation with a client."
SETBACK = "Tell me about a time something went wrong at work."

# (answer, the escalation the candidate told, a later step of theirs, what came of it)
ESCALATIONS = [
    ("On my ward last spring a patient's blood pressure dropped to 80 systolic and the registrar didn't answer my first "
     "page. I laid her flat, started fluids and paged again with an SBAR summary. When he still didn't answer I called "
     "the critical care outreach team, who arrived in five minutes; the patient had a GI bleed and was in theatre within "
     "the hour. I wrote up every call and filed an incident report so the delay was looked at.",
     "I called the critical care outreach team", "I wrote up every call", "was in theatre within the hour"),
    ("Last quarter our biggest renewal, a logistics client worth £200k, went quiet two weeks before the deadline. I sent "
     "the champion a short summary of the value we had delivered and asked for a call. When she still didn't reply I "
     "went to their CFO through our CEO, who set up a meeting in two days; the client renewed for three years at the "
     "same price. I logged every contact in the CRM so the account team could see the history.",
     "went to their CFO through our CEO", "I logged every contact", "renewed for three years"),
    ("During a release in May our payment service started timing out and the on-call engineer didn't respond to the "
     "first page. I rolled back the deploy and paged him again. When he still didn't pick up I escalated to the "
     "platform lead, who joined in ten minutes; the service recovered and error rates were back to normal within half "
     "an hour. I wrote the incident timeline and opened a ticket to fix the paging rota.",
     "I escalated to the platform lead", "I wrote the incident timeline", "within half an hour"),
]


@pytest.mark.parametrize(("question", "answer", "escalated", "later", "outcome"),
                         [(STORY, *case) for case in ESCALATIONS] + [(ESCALATION, *ESCALATIONS[0])])
def test_an_escalation_is_an_action_kept_in_the_candidates_order(question: str, answer: str, escalated: str, later: str,
                                                                  outcome: str) -> None:
    out = _stronger(question, answer)
    action = part(out, "Action")
    assert escalated in action, out
    assert escalated not in part(out, "Result"), out
    assert later in action and action.index(escalated) < action.index(later), out  # the steps in the answer's order
    assert outcome in part(out, "Result"), out
    assert answer.split(" ")[0] + " " + answer.split(" ")[1] in part(out, "Situation"), out  # its opening scene kept
    assert not act_in_result(out) and not acts_out_of_order(answer, out) and not scene_dropped(answer, out), out


@pytest.mark.parametrize(("sentence", "act", "outcome"), [
    ("When he still didn't answer I called the outreach team, who arrived in five minutes; the patient was in theatre "
     "within the hour.", "I called the outreach team, who arrived in five minutes.", "The patient was in theatre within the hour."),
    ("When the buyer went quiet I rang her manager; the order was signed by Friday.", "I rang her manager.",
     "The order was signed by Friday."),
])
def test_a_clause_of_time_before_the_act_splits_at_whole_clauses_only(sentence: str, act: str, outcome: str) -> None:
    pieces = split_mixed(sentence)
    assert len(pieces) == 2 and pieces[0].endswith(act) and pieces[1] == outcome, pieces
    assert "action" in star_kinds(pieces[0]) and "result" in star_kinds(pieces[1]), pieces


@pytest.mark.parametrize(("question", "answer", "scene"), [
    (SETBACK, "During a night shift on a surgical ward, the infusion pumps on two patients kept alarming and the bank nurse "
     "couldn't reset them. I silenced the alarms, checked both lines and re-primed the pumps myself. I then showed the "
     "bank nurse how to reset them. Both infusions ran on time for the rest of the night.", "During a night shift"),
    (NEGOTIATION, "While we were negotiating a renewal with a hotel chain, their procurement team suddenly asked for a 20% discount. "
     "I rebuilt the proposal around a two-year term and took it to their operations director. She agreed to the "
     "two-year term with a 5% discount.", "While we were negotiating"),
    (SETBACK, "During a pre-launch load test, our checkout API returned errors on a third of requests at half the expected "
     "traffic. I profiled the service and found a connection pool of only ten. I raised the pool size and added a "
     "timeout. Errors fell to under 0.1% at full traffic.", "During a pre-launch load test"),
    (SETBACK, "We were doing the quarterly forecast and we realised the sales figures didn't match the CRM. I pulled both exports "
     "and matched them line by line. I found 14 deals logged twice and removed them. The forecast was within 2% of "
     "actuals that quarter.", "We were doing the quarterly forecast"),
])
def test_a_first_sentence_that_sets_the_scene_is_the_situation(question: str, answer: str, scene: str) -> None:
    out = _stronger(question, answer)
    assert part(out, "Situation").startswith(scene), out
    assert not scene_dropped(answer, out), out


@pytest.mark.parametrize(("answer", "result"), [
    ("On a night in March we had two healthcare assistants off sick, so I moved one nurse from the side rooms to the "
     "main bay and asked the site team for a bank nurse. No patient missed a dose and we had a second nurse on the "
     "ward by midnight.", "No patient missed a dose"),
    ("Last winter our warehouse scanners failed on the day of a big customer shipment, so I switched the team to "
     "paper pick lists and called the vendor. None of the orders shipped late and we got the scanners back by 3pm.",
     "None of the orders shipped late"),
    ("In January our main database node ran out of disk during the overnight batch, so I moved the logs to a new "
     "volume and restarted the batch. No customer lost data and we got the cluster back by 4am.", "No customer lost data"),
])
def test_an_outcome_told_as_nothing_going_wrong_is_the_result(answer: str, result: str) -> None:
    out = _stronger(SETBACK, answer)
    assert part(out, "Result").startswith(result), out


@pytest.mark.parametrize(("answer", "act"), [
    ("We were closing the quarter and the stock figures didn't match the warehouse system. We went back and forth with "
     "the warehouse team and we eventually rebuilt the count sheet. It took two weeks but we got there in the end.",
     "We went back and forth with the warehouse team"),
    ("Our biggest client's invoices kept bouncing between their AP team and ours. We sat down with their finance lead and "
     "we finally agreed one format. It took a month but in the end the payments came through.",
     "We sat down with their finance lead"),
])
def test_a_step_referred_back_to_goes_under_action_not_the_result_after_it(answer: str, act: str) -> None:
    out = _stronger(SETBACK, answer)
    assert act in part(out, "Action"), out
    assert act not in part(out, "Result"), out


@pytest.mark.parametrize(("answer", "result"), [
    ("Last month a resident on our unit became drowsy and her blood sugar read 2.1, so I gave glucose gel and called the "
     "GP. She was alert again within the hour.", "She was alert again within the hour."),
    ("In June a customer's production line stopped because of a firmware fault, so I drove out with a spare controller "
     "and swapped it. The line was running again by 6pm.", "The line was running again by 6pm."),
])
def test_a_result_measured_in_time_is_not_asked_for_a_number(answer: str, result: str) -> None:
    out = _stronger(SETBACK, answer)
    assert part(out, "Result") == result, out
    assert "[Add the number" not in out, out


@pytest.mark.parametrize(("answer", "act", "result"), [
    ("On a late shift in May a man on our respiratory ward stopped breathing during visiting time. I put out the arrest "
     "call, started compressions and handed over to the crash team when they arrived. He was breathing on his own again "
     "within four minutes. Afterwards I ran a debrief with the team and we found the suction unit had not been checked "
     "that week, so I logged it and the ward added it to the daily checks.",
     "I ran a debrief with the team", "He was breathing on his own again within four minutes."),
    ("Last year a retail client's card terminals went offline on a Saturday morning. I walked their manager through a "
     "reboot by phone and sent two spare units by courier. All tills were taking payments again by 11am. Later I "
     "reviewed the outage with our support lead and we found a certificate had expired, so I wrote it up and the team "
     "added certificate dates to the monitoring.", "I reviewed the outage with our support lead",
     "All tills were taking payments again by 11am."),
])
def test_a_later_step_that_also_tells_an_outcome_stays_an_action(answer: str, act: str, result: str) -> None:
    out = _stronger(SETBACK, answer)
    assert act in part(out, "Action") and act not in part(out, "Result"), out
    assert part(out, "Result").startswith(result), out


@pytest.mark.parametrize(("answer", "scene", "later"), [
    ("On a Sunday in A&E a 70-year-old woman collapsed at home and died in resus despite 30 minutes of CPR. Her son "
     "arrived soon after. My task was to support him while the registrar told him. I found a quiet room, stayed with "
     "him and used plain words. Two weeks later he wrote to thank the team.", "On a Sunday in A&E", "Her son arrived"),
    ("Last March a supplier's lorry crashed on the M6 with our whole weekly order on board. The buyer rang after. I "
     "rebooked the order with a second supplier the same afternoon and moved the store deliveries back a day. Every "
     "store had stock by Tuesday.", "Last March a supplier's lorry crashed", "The buyer rang after"),
])
def test_the_situation_opens_on_the_scene_never_a_later_event_alone(answer: str, scene: str, later: str) -> None:
    out = _stronger(SETBACK, answer)
    situation = part(out, "Situation")
    assert situation.startswith(scene), out
    assert not situation.startswith(later), out
