"""Coverage agrees with the answers: a requirement shown by its field's doing words or measures is evidenced
("I cut average handling time…" for contact centre KPIs, Braze win-back flows for lifecycle marketing, geo holdout
tests for experimentation, "advisers on payment calls and complaints" for customer service, a caught invoice error
for attention to detail, a Year 13 group's A* to B for A level teaching), but never by a plan, a wish or a denial
(session 20 newcomer). Made-up answers."""

import pytest

from core.coach.coverage import requirement_evidence

SHOWN = [
    ("CRM and lifecycle marketing experience",
     "I rebuilt our email programme in Braze with onboarding and win-back flows, and repeat orders rose 12%."),
    ("experimentation", "We ran geo holdout tests on our radio spend and found a third of it was not incremental, so I cut it."),
    ("contact centre KPIs", "On my team I cut average handling time from 8 minutes to 6 by rewriting the scripts."),
    ("customer service", "I lead 11 advisers on payment calls and complaints at Dunmere Energy."),
    ("attention to detail", "Last year I spotted an £8,000 error in a supplier invoice before it was paid, because I "
                            "checked every line against the purchase order."),
    ("Experience with a case management system", "I open every new file on Visualfiles and keep the key dates "
                                                 "there, so nothing is missed."),
    ("attention to detail", "Before sending the invoice pack I checked it line by line against the purchase orders "
                            "and found two duplicated lines."),
    ("teaching A level Physics", "My best example is my Year 13 class last year: I ran weekly practical write-ups and "
                                 "after-school sessions, and 58% got A* to B."),
]


@pytest.mark.parametrize(("requirement", "answer"), SHOWN)
def test_a_fields_work_in_an_own_story_evidences_it(requirement, answer):
    status, quoted, _strength = requirement_evidence(answer, requirement)
    assert status == "evidenced"
    assert quoted and quoted.split()[0] in answer


NOT_SHOWN = [
    ("contact centre KPIs", "I'd start by learning your AHT and CSAT targets in my first month."),
    ("teaching A level Physics", "I have never taught a Year 13 class, only Key Stage 3."),
    ("experimentation", "I would like to run holdout tests one day, but our budget never allowed it."),
    ("customer service", "Our complaints team sat on another floor and handled all of that."),
]


@pytest.mark.parametrize(("requirement", "answer"), NOT_SHOWN)
def test_a_plan_a_wish_a_denial_or_someone_elses_work_is_no_evidence(requirement, answer):
    assert requirement_evidence(answer, requirement)[0] != "evidenced"


def _row(answer):
    return [("Tell me about your current role.", answer, None)]


def test_an_amount_asked_is_shown_only_by_an_amount_or_said_missing():
    from core.coach.coverage import coverage_item

    with_amount = ("At Dovecote I run acquisition for a meal-kit brand. I own a 2.5 million pound budget across search "
                   "and social. I moved budget out of display into search.")
    item = coverage_item("Experience managing budgets over £2m", _row(with_amount))
    assert item.status == "evidenced" and "2.5 million pound" in item.evidence
    without = "At Dovecote I managed the marketing budget and moved it from display into search."
    item = coverage_item("Experience managing budgets over £2m", _row(without))
    assert item.status == "weak" and "not the amount asked (£2m)" in item.evidence


def test_a_spanish_answer_shows_the_agenda_and_complaints_it_tells_of():
    from core.coach.coverage import coverage_item

    answer = ("En el hotel llevo la recepción: atiendo a los clientes en persona y por teléfono y gestiono la agenda "
              "de reservas de grupos. Cuando llegué había muchas quejas por el ruido; cambié las habitaciones de los "
              "grupos a la tercera planta y las quejas bajaron un 40 %.")
    for requirement in ["Gestión de la agenda de citas de los clientes", "Gestión de reclamaciones",
                        "Atención al cliente presencial y telefónica"]:
        assert coverage_item(requirement, _row(answer)).status == "evidenced", requirement
    # years of a field are shown only by years: the work alone is no "mínima de 2 años"
    assert coverage_item("Experiencia mínima de 2 años en atención al cliente", _row(answer)).status != "evidenced"
