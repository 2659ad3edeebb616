"""A stronger answer never rewrites an answer judged about something else (session 18 re-check: a half-marathon story told
to a budget question came back under "Steps:"): it is built from the follow-up reply alone when that reply answers the
question, else it says plainly that a stronger answer answers the question asked and gives the question's own outline.
Made-up answers of the same kind in other fields (a hospital pharmacy, a depot, a school, a bakery)."""

from __future__ import annotations

import re

import pytest

from bench.bench_stronger import action_gap, cut_measures, lesson_dropped, present_as_before
from core.coach.score import score_answer
from core.coach.stronger import OFF_TOPIC_LEAD
from core.interview.state import QuestionRecord
from core.interview.weighing import weighed_score
from tests.stronger_helpers import part, stronger


def _scorer(question: str, answer: str):
    return score_answer(question, answer)


_REDIRECT = "That answer was about something else, not what I asked. Let me ask again: "

# (question, an answer about something else, its own words that must never come back, a reply that answers the question,
# a word of that reply)
_OFF_THEN_ON = [
    ("You're asked to plan next year's stock count for a depot. What would you ask the site manager for, and how would "
     "you check the plan is realistic?",
     "I'm really proud of climbing Ben Nevis last summer with my brother. We trained for six weeks, raised 900 pounds for "
     "a hospice and reached the top in 4 hours 10 minutes.",
     ("Ben Nevis", "hospice", "climbing"),
     "I'd ask for the bay layout and last year's count variances and compare them with the staff rota for that week.",
     "variances"),
    ("How would you organise the medicines reconciliation for patients admitted over a weekend?",
     "My favourite hobby is baking sourdough on Sundays. I feed my starter every morning and I entered a loaf in the village "
     "show, where it came second out of 40 loaves.",
     ("sourdough", "village show", "loaf"),
     "I'd organise the reconciliation by ward: I'd check each patient's medicines against their GP record, and I'd flag "
     "every mismatch for the pharmacist on Monday.",
     "GP record"),
]


@pytest.mark.parametrize(("question", "off", "never", "reply", "kept"), _OFF_THEN_ON)
def test_an_answer_about_something_else_never_feeds_the_stronger_answer(question, off, never, reply, kept) -> None:
    record = QuestionRecord(number=2, question=question, answer=off, follow_up=_REDIRECT + question,
                            follow_up_answer=reply)
    out = weighed_score(record, _scorer).stronger_answer
    assert not any(word.lower() in out.lower() for word in never), out
    assert kept in out, out  # the reply that answers the question is what it is built from


# (question, an answer about something else, its words, a reply about something else too or adding nothing)
_OFF_THEN_OFF = [
    ("Tell me about a time you had to change a lesson plan halfway through a lesson. What did you do?",
     "I'm really proud of running the Bristol 10k last spring for a cancer charity. I trained for three months, raised "
     "650 pounds and finished in 48 minutes.",
     ("Bristol", "10k", "charity"),
     "I'd ask the caretaker for the room keys and the fire drill dates for the next term."),
    ("Tell me about a time you dealt with a late delivery from a supplier. What happened?",
     "My favourite holiday was a cycling trip around Lake Garda with my cousins. We rode 300 kilometres in five days and "
     "ate far too much gelato.",
     ("Garda", "gelato", "cycling"),
     "That's all I'd add."),
]


@pytest.mark.parametrize(("question", "off", "never", "reply"), _OFF_THEN_OFF)
def test_with_no_answer_to_the_question_it_says_so_and_gives_the_outline(question, off, never, reply) -> None:
    record = QuestionRecord(number=3, question=question, answer=off, follow_up=_REDIRECT + question,
                            follow_up_answer=reply)
    out = weighed_score(record, _scorer).stronger_answer
    assert out.startswith(OFF_TOPIC_LEAD), out
    assert not any(word.lower() in out.lower() for word in never), out
    assert "Situation: [" in out and "Action: [" in out, out  # the question's own outline: what to cover


def test_an_answer_about_something_else_alone_says_so_too() -> None:
    question, off, never, _ = _OFF_THEN_OFF[0]
    out = score_answer(question, off).stronger_answer
    assert out.startswith(OFF_TOPIC_LEAD) and "Result: [" in out, out
    assert not any(word.lower() in out.lower() for word in never), out


def test_an_answer_on_the_question_is_still_rearranged() -> None:
    question = "Tell me about a time you dealt with a late delivery from a supplier. What happened?"
    answer = ("In March our flour supplier was two days late before the Easter rush. I called two local mills, ordered 400 "
              "kilos from one of them and moved the hot cross bun bake to the night shift. We missed no orders that week.")
    record = QuestionRecord(number=1, question=question, answer=answer)
    out = weighed_score(record, _scorer).stronger_answer
    assert not out.startswith(OFF_TOPIC_LEAD) and "local mills" in out, out


# An apposition ("the supermarkets I work with, the big four grocers, so I…") is a noun named again: never joined with "and"
# as the second item of a list of three (session 18 re-check: "…the same buyers I already know, and operations directors at
# 3PLs and hauliers, and I can build pipeline…").
_APPOSITIONS = [
    ("To start, you're currently a shift manager at Brookfield Dairies. Walk me through that work and why the operations "
     "manager role at Halden Foods is your next step.",
     "I'm a shift manager at Brookfield Dairies, where I run the packing lines for our retail customers. Last year I cut line "
     "changeover time from 40 to 25 minutes. Halden supplies the same supermarkets I already work with, the big four "
     "grocers, so I know their standards from day one, and I want to run a whole site.", "the big four grocers"),
    ("Tell me about yourself and why this teaching assistant role at Oakfield Primary appeals to you.",
     "I'm a teaching assistant at St Mary's, where I support a Year 2 class of 28 children. In 2023 I ran phonics catch-up "
     "groups and 9 of 12 children reached the expected standard. Oakfield uses the same phonics scheme I already teach "
     "every day, Little Wandle, so I can support reading from the first week, and I want a school with a bigger SEN base.",
     "Little Wandle"),
    ("To start, walk me through your current work and why the senior analyst role at Corvan Insurance is your next step.",
     "I'm a pricing analyst at Lakeside Mutual, where I build the motor pricing models in Python. I rebuilt our renewal "
     "model in 2022 and it lifted retention by 3 points. Corvan prices the same products I model every week, motor and "
     "home cover, so I can contribute from the start, and I want to lead a small team.", "motor and home cover"),
]


@pytest.mark.parametrize(("question", "answer", "named_again"), _APPOSITIONS)
def test_an_apposition_is_never_made_an_item_of_a_list(question: str, answer: str, named_again: str) -> None:
    out = stronger(question, answer)
    assert f"and {named_again}" not in out, out
    assert "so I" in out, out  # the clause after it is kept


# A time in the past that opens a sentence ("When we switched to the new scanners in 2023, I had…") is no condition: the
# coach breaks the answer's run with "I then had…", never "…, then I had…" after the "Also," that opens the sentence
# (session 18 re-check: "Also, when we launched our yard management module in 2022, then I had one week to learn it.").
_PAST_TIMES = [
    ("How would you prepare to teach a topic you had never taught before?",
     "I plan every unit with my department. When the exam board added statistics to the syllabus in 2022, I had two weeks "
     "before I taught it. I worked through the specimen papers, built a scheme of work with worked examples, and ran it past "
     "our head of maths. My Year 11 group averaged 71 percent on that paper."),
    ("How would you get ready to run a clinic on equipment you had only just been shown?",
     "I run the Tuesday wound clinic at Larchfield Surgery. When the practice bought a new doppler machine for leg ulcer "
     "checks in 2021, we had ten days before the first booked patients. I practised on colleagues, wrote a two-page "
     "checklist, and booked a session with the tissue viability nurse. We saw 14 patients in the first month."),
]


@pytest.mark.parametrize(("question", "answer"), _PAST_TIMES)
def test_a_past_time_is_never_followed_by_the_coachs_then(question: str, answer: str) -> None:
    out = stronger(question, answer)
    assert not re.search(r"\b(?:when|once)\b[^.!?]*?, then (?:I|we)\b", out, re.IGNORECASE), out


# A measure of time said in words that closes a step ("for one hour", "within two days") is part of what was done: the step
# keeps it whole, never cut off before it to keep the run limit (session 18 re-check: "pause ambulance offload to our resus
# for one hour" came back without "for one hour").
_MEASURES = [
    ("Your warehouse is two pickers short on a peak day. How would you keep orders going out on time?",
     "First I would call the agency for cover and move a loader onto picking. On a day like this at Corby in 2022 we were "
     "two short; I moved a checker from returns, asked the transport planner to hold the last trailer at bay six for one "
     "hour, and logged the shortfall for the ops manager. Every next-day order went out that night.", "for one hour"),
    ("A ward is three nurses short on a night shift. How would you keep patients safe?",
     "I would escalate to the site manager and ask for bank cover first. On a night like this at Kingsmead in 2021 we were "
     "three short; I merged two bays, asked the bed manager to stop admissions to our assessment unit for two hours, and "
     "recorded the staffing on the incident system. Nobody came to harm that night.", "for two hours"),
    ("Tell me about a campaign you ran on a tight budget.",
     "For our autumn push at Brightpaw, a pet insurance start-up with a team of six, the target was 800 new policies in five "
     "weeks on a 9,000 pound budget. I put two thirds of the budget into vet-clinic leaflets and the rest into search ads. "
     "We sold 940 policies by the deadline.", "in five weeks"),
]


@pytest.mark.parametrize(("question", "answer", "measure"), _MEASURES)
def test_a_steps_measure_of_time_is_never_cut_from_it(question: str, answer: str, measure: str) -> None:
    out = stronger(question, answer)
    assert not cut_measures(answer, out), out
    assert measure in out, out


# A duty the candidate does now, told as a habit ("I often act as…", "I check 40 orders a day"), is their present role:
# "Now", never "Before" (session 18 re-check: "Before: I triage around 30 patients a shift…, I often act as the senior nurse").
_PRESENT_DUTIES = [
    ("To start, walk me through your time at Ashgrove Care Home and why the deputy manager role at Willow Court is your "
     "next step.",
     "At Ashgrove I've been a senior carer on the dementia unit since 2019. I give medicines to around 20 residents a shift, "
     "and I often lead the handover on weekends. In 2021 I noticed residents were missing fluids at night, so I set up a "
     "fluid chart round with the night team. Over three months urine infections fell from 9 to 3. I now want to run a unit "
     "of my own.", "I give medicines"),
    ("To start, you're currently a warehouse team leader at Parcelink. Walk me through that work and why the shift manager "
     "role at Routewise is your next step.",
     "I've worked at Parcelink as a team leader since 2020. I usually run the inbound dock, and I check around 60 trailers a "
     "day against the booking system. Last year I rebuilt our unloading rota with the two supervisors. Dock waiting time "
     "fell from 50 to 20 minutes. I want to manage a whole shift next.", "I usually run the inbound dock"),
]


@pytest.mark.parametrize(("question", "answer", "duty"), _PRESENT_DUTIES)
def test_a_present_duty_goes_under_now(question: str, answer: str, duty: str) -> None:
    out = stronger(question, answer)
    assert duty in part(out, "Now") and duty not in part(out, "Before"), out
    assert not present_as_before(out), out
    assert "want" not in part(out, "Now") and "want" in part(out, "Why this role"), out  # "I now want…" is why, not now


# A story whose steps are told with an irregular past ("I sat with…", "I rang…"), opened on the task ("When I needed to…, I
# built…") or looking ahead ("…and warned the supplier to deliver on time next time") keeps them under "Action", never the
# gap; what the candidate would do differently now ("Now I would… instead") is its lesson, never its result (session 18:
# "Action: [what you did…]" and "Result: … Now I would involve them from the start instead.").
_STEPS = [
    ("Tell me about a time you had to win over people who did not trust your numbers.",
     "The hardest part was getting the delivery targets agreed with the depot leads. It took a few weeks but we got there.\n\n"
     "First I sat with the three shift leads to agree the loading times per van, because they didn't trust the old "
     "figures. Now I would bring them in from the start instead of showing them a finished plan.", "sat with", "instead"),
    ("Tell me about a time you had to learn something quickly.",
     "When I needed to learn the new booking system for our dental practice, I built a one-page crib sheet, rang the "
     "supplier's helpdesk twice, and practised on test patients for two evenings. I also showed the two receptionists "
     "the shortcuts.", "crib sheet", ""),
    ("Tell me about a time a supplier let you down. What did you do?",
     "Our flour delivery arrived two days late before a big wedding order. I rang two local mills straight away, bought "
     "50 kilos from one of them, and warned our supplier we would switch to the mill next time.", "rang two local mills", ""),
]


@pytest.mark.parametrize(("question", "answer", "step", "lesson"), _STEPS)
def test_a_storys_steps_go_under_action_and_its_lesson_under_lesson(question, answer, step, lesson) -> None:
    out = stronger(question, answer)
    assert step in part(out, "Action"), out
    assert not action_gap(answer, out), out
    if lesson:
        assert lesson in part(out, "Lesson") and lesson not in part(out, "Result"), out


# A plan backed by a story of the candidate's keeps the lesson it closes on, under "Lesson:" (session 18 re-check: "What I
# learned is that a forecast is trusted when people can see and own its assumptions." was left out).
_PLAN_LESSONS = [
    ("How would you check that a contractor's quote for a kitchen refit is realistic?",
     "At Hartfield Homes I check every refit quote against our own cost sheet. I break it into labour, units and disposal, "
     "ask the contractor to price each line, and compare the labour days with our last three jobs. In 2023 one quote hid "
     "a 20 percent skip charge, so I sent it back and it came down by 1,400 pounds. What I learned is that a quote is only "
     "comparable when every line is priced.", "comparable when every line"),
    ("How would you plan the rota for a ward over the Christmas fortnight?",
     "On my ward I draft the holiday rota six weeks ahead. I list who worked Christmas last year, ask everyone for two "
     "preferred shifts, and fill the gaps with bank staff first. Last year nobody worked both Christmas Day and New Year. "
     "The lesson I took was that people accept a rota they helped to shape.", "accept a rota"),
]


@pytest.mark.parametrize(("question", "answer", "lesson"), _PLAN_LESSONS)
def test_a_plans_lesson_is_kept_under_lesson(question: str, answer: str, lesson: str) -> None:
    out = stronger(question, answer)
    assert lesson in part(out, "Lesson"), out
    assert not lesson_dropped(answer, out), out
