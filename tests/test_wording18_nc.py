"""Wording a newcomer found (session 18): a posting's gender tag ("(H/F)", "(m/w/d)", "(f/m/x)") is no part of the
role a question names, and a tough interviewer never says twice what was wrong ("That's what the team did. You
described what the team did")."""

from core.coach.plan import plan_questions
from core.coach.plan_text import title_in_sentence
from core.coach.pressure import tough_follow_up


def test_gender_tag_left_out_of_the_role():
    for title, jd in (("Assistant Comptable (H/F)", "Nous recherchons un assistant comptable pour notre cabinet à Lyon."),
                      ("Lagerist (m/w/d)", "Wir suchen einen Lageristen für unser Lager in Bremen mit Erfahrung."),
                      ("Support Engineer (f/m/x)", "We are hiring a support engineer for our Berlin office."),
                      ("Vendeur F/H", "Nous recherchons un vendeur pour notre magasin de Nantes.")):
        said = title_in_sentence(title, jd)
        assert "/" not in said and "(" not in said, said
        assert said.split()[0].lower() == title.split()[0].lower()
    plan = plan_questions("Agent de quai, Geodis, 2019 - 2024\n- Chargement de 30 camions par jour\n",
                          "Nous recherchons un chef d'équipe logistique pour notre entrepôt de Lille.\n",
                          "Chef d'équipe logistique (H/F)", count=3, seed="z")
    assert not any("H/F" in q for q in plan), plan


def test_tough_lead_never_repeats_the_follow_up():
    question = "Tell me about a time you fixed a broken handover."
    text = 'You described what the team did, "we rewrote the checklist". What did you personally do?'
    assert tough_follow_up("we_not_i", question, text).count("what the team did") == 1
    text = 'You mentioned "I rewrote the checklist". What was the outcome: what changed, and how did you know?'
    assert tough_follow_up("no_result", question, text).lower().count("outcome") == 1
    assert tough_follow_up("too_short", question, "Could you say a bit more?").startswith("That's not enough to go on.")
