"""Session 20: a plan told for a question about the past ("I'd start with…, I would ask…") is never asked for its outcome
("What was the outcome: what changed, and how did you know?"), in any of the six languages the coach reads; a real
occasion without an outcome still is (made-up answers)."""

import pytest

from core.coach.follow_plan import plan_only
from core.coach.follow_up import follow_up_question, follow_up_reason

QUESTION = "Tell me about a time you had to learn a new payroll system quickly: what did you do and how long did it take?"

PLANS = {
    "en": ("I'd start with the vendor's training videos and the policy handbook, which I already keep at Elmfield, and "
           "I would ask the payroll lead to let me shadow two pay runs in my first month. My first step would be "
           "mapping our pay codes to the new ones."),
    "es": ("Empezaría por los vídeos de formación del proveedor y el manual de políticas, que ya uso en Elmfield, y "
           "pediría al responsable de nóminas acompañarle en dos cierres durante mi primer mes. Mi primer paso sería "
           "revisar los códigos de pago."),
    "fr": ("Je commencerais par les vidéos de formation du fournisseur et le guide des règles, que j'utilise déjà chez "
           "Elmfield, et je demanderais au responsable de la paie de l'accompagner sur deux clôtures pendant mon premier "
           "mois. Ma première étape serait de revoir les codes de paie."),
    "de": ("Ich würde mit den Schulungsvideos des Anbieters und dem Handbuch anfangen, das ich bei Elmfield schon nutze, "
           "und ich würde die Leitung der Lohnabrechnung bitten, zwei Abrechnungsläufe im ersten Monat begleiten zu "
           "dürfen. Mein erster Schritt wäre, die Lohnarten abzugleichen."),
    "it": ("Inizierei dai video di formazione del fornitore e dal manuale delle regole, che uso già da Elmfield, e "
           "chiederei al responsabile delle paghe di affiancarlo in due chiusure nel primo mese. Il mio primo passo "
           "sarebbe rivedere i codici di pagamento."),
    "pt": ("Começaria pelos vídeos de formação do fornecedor e pelo manual de regras, que já uso na Elmfield, e pediria "
           "ao responsável pela folha de pagamento para o acompanhar em dois fechos no primeiro mês. O meu primeiro "
           "passo seria rever os códigos de pagamento."),
}


@pytest.mark.parametrize("lang", sorted(PLANS))
def test_a_plan_for_a_past_question_is_never_asked_its_outcome(lang):
    answer = PLANS[lang]
    reason = follow_up_reason(QUESTION, answer, "" if lang == "en" else lang)
    assert reason != "no_result", reason
    assert plan_only(answer, lang)


def test_the_english_plan_is_asked_for_a_real_example_instead():
    reason = follow_up_reason(QUESTION, PLANS["en"])
    assert reason == "no_example"
    asked = follow_up_question(reason, QUESTION, PLANS["en"])
    assert "outcome" not in asked.lower() and "result" not in asked.lower()


@pytest.mark.parametrize("answer", [
    # a real occasion with no outcome: still asked for it
    ("When we moved to a new payroll system at Elmfield I watched the vendor's videos, shadowed the payroll lead on two "
     "pay runs and mapped our pay codes to the new ones myself over three weekends."),
    # a plan sentence beside a told occasion of its own is no plan answer
    ("Last spring Elmfield moved to a new payroll system and I was the one who had to learn it before the April pay "
     "run. I read the vendor's handbook, shadowed the payroll lead on two pay runs and built a checklist of our pay "
     "codes. I'd do the same again."),
])
def test_a_told_occasion_without_an_outcome_is_still_asked_for_it(answer):
    assert not plan_only(answer, "en")
    assert follow_up_reason(QUESTION, answer) == "no_result"
