"""Session 15, issue 1: years of experience on a CV in another language: stated ("6 ans d'expérience",
"7 Jahre Erfahrung") and open date ranges ("2019 – aujourd'hui", "2018 – heute", "2017 – actualidad")."""

from datetime import date

from core.analysis.job_years import years_shown
from core.coach.evidence_cv import cv_meets
from core.coach.plan import plan_questions

_NOW = date.today().year


def test_years_stated_in_other_languages():
    assert years_shown("Chef de projet avec 7 ans d'expérience en logistique.", _NOW) == 7
    assert years_shown("Über 8 Jahre Erfahrung im Einkauf.", _NOW) == 8
    assert years_shown("Más de 6 años de experiencia en ventas.", _NOW) == 6
    assert years_shown("Con 9 anni di esperienza nel retail.", _NOW) == 9
    assert years_shown("Com 5 anos de experiência em vendas.", _NOW) == 5
    assert years_shown("Ruim 10 jaar ervaring in de zorg.", _NOW) == 10
    assert years_shown("Kiosque ouvert le dimanche, annexe B.", _NOW) == 0
    # a time ago is no experience
    for ago in ("J'ai quitté Paris il y a 9 ans.", "Vor 9 Jahren zog ich nach Köln.", "I moved here 9 years ago."):
        assert years_shown(ago, _NOW) == 0, ago


def test_open_ranges_in_other_languages_run_to_now():
    for word in ("aujourd'hui", "aujourd’hui", "heute", "actualidad", "oggi", "present", "Presente", "heden"):
        assert years_shown(f"Acheteuse, Boulangerie Fine, {_NOW - 6} – {word}", _NOW) == 6, word
    # a month before the end year, and a range word between the two years
    assert years_shown("janv. 2015 – mars 2019", _NOW) == 4
    assert years_shown("Einkäufer, 03/2012 bis 09/2016", _NOW) == 4
    # an opening word alone runs to now; with its closing year it does not
    assert years_shown(f"Einkäuferin seit {_NOW - 5}", _NOW) == 5
    assert years_shown("Acheteur dal 2010 al 2012", _NOW) == 2


def test_french_cv_meets_a_years_requirement_in_its_own_words():
    cv = (f"Léa Martin\nResponsable achats avec 7 ans d'expérience en performance marketing.\n"
          f"Acheteuse — Maison Fine, Lille — {_NOW - 3} – aujourd'hui\n")
    assert cv_meets(cv, "5+ years in performance marketing")
    dated = f"Chargée d'acquisition — Maison Fine — {_NOW - 7} – aujourd'hui\n- Performance marketing sur Meta.\n"
    assert cv_meets(dated, "5+ years in performance marketing")
    short = f"Chargée d'acquisition — Maison Fine — {_NOW - 2} – aujourd'hui\n- Performance marketing sur Meta.\n"
    assert not cv_meets(short, "5+ years in performance marketing")


def test_years_gap_question_not_asked_when_a_french_cv_shows_them():
    jd = ("Growth Marketer\nRequirements:\n- 5+ years in performance marketing\n- Experience with Google Ads\n")
    cv = ("Hugo Bernard\nPROFIL\nSpécialiste acquisition avec 8 ans d'expérience en acquisition payante.\n"
          f"EXPÉRIENCE\nResponsable acquisition — Café Nord, Lille — {_NOW - 8} – aujourd'hui\n"
          "- Campagnes Google Ads, coût par lead réduit de 20 %.\n")
    plan = plan_questions(cv, jd, "Growth Marketer", count=6, seed="s")
    assert not any("doesn't show that much" in q for q in plan)
    assert cv_meets(cv, "5+ years in performance marketing")
