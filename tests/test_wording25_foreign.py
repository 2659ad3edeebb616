"""A requirement in the ad's own language inside an English question is quoted as the ad's words (session 25: "This
role asks for Mindestens 3 Jahre Berufserfahrung…" read as if English); a short name of nouns stays as written."""

from core.coach.plan_text import mid_sentence

_AD = ("Sachbearbeiter Vertrieb (m/w/d)\nIhr Profil\n- Mindestens 5 Jahre Berufserfahrung im Vertrieb oder in der "
       "Kundenbetreuung\n- Gute Kenntnisse im Arbeits- und Tarifrecht\n- Sicherer Umgang mit SAP SD\n")


def test_a_requirement_sentence_of_the_ad_is_quoted():
    said = mid_sentence("Mindestens 5 Jahre Berufserfahrung im Vertrieb oder in der Kundenbetreuung", (_AD,))
    assert said == "“Mindestens 5 Jahre Berufserfahrung im Vertrieb oder in der Kundenbetreuung”"


def test_a_short_name_of_nouns_stays_as_written():
    assert mid_sentence("Arbeits- und Tarifrecht", (_AD,)) == "Arbeits- und Tarifrecht"
