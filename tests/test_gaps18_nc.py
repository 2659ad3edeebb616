"""Gap questions and CV tips never say the CV lacks what it shows in its field's own words (newcomer, session 18:
"defining success metrics, which I don't see on your CV" beside "Defined OKRs…"; "GP and kitchen budgets" beside a
cut food cost; "leadership" beside a brigade led), so the gap asked is the one the CV really lacks; a tip names a
requirement in another language in the job's own words, quoted."""

from core.analysis.job import extract_requirements
from core.coach.evidence_cv import cv_meets
from core.coach.plan import plan_items
from core.coach.report import _cv_tips

PRODUCT_JD = """Product Manager, Checkout - Larkspur Commerce

You will:
- Own the checkout roadmap
- Partner with a cross-functional team of engineers and designers
- Define success metrics and run experiments

You have:
- Experience with payments, PCI DSS or regulated products
- Strong SQL skills
"""
PRODUCT_CV = """Sam Okafor
Product Manager

Experience
Product Manager, Brightcart (2020 - present)
- Set quarterly KPIs with the design and engineering leads; conversion rose from 2.1% to 2.9%.
- Led a squad of 7 through the basket redesign, shipped in 10 weeks.
- Ran 12 A/B tests a year using SQL and Amplitude.

Skills
SQL, Amplitude, experimentation, roadmapping
"""
KITCHEN_JD = """Head Chef - The Copper Kettle

Requirements
- Experience of managing GP and kitchen budgets
- Leadership of a busy kitchen team
- Creating seasonal menus
"""
KITCHEN_CV = """Alex Moreno
Sous Chef

Experience
Sous Chef, The Old Mill (2019 - present)
- Ran a brigade of 7 on a 120-cover service; trained 4 apprentices.
- Brought food cost down from 33% to 28% by re-costing every dish.
- Wrote four seasonal menus a year with local growers.
"""


def test_field_words_meet_requirements():
    for req, cv in (("defining success metrics", PRODUCT_CV), ("cross-functional", PRODUCT_CV),
                    ("GP and kitchen budgets", KITCHEN_CV), ("leadership", KITCHEN_CV)):
        assert cv_meets(cv, req), req
    assert cv_meets("Chef de quai, 2019 - 2024\n- Déploiement du 5S sur 3 zones de préparation\n",
                    "Participer à l'amélioration continue des processus")
    assert not cv_meets(PRODUCT_CV, "PCI DSS")
    assert not cv_meets("Barista at a café; served 200 customers a day.", "leadership")


def test_gap_is_what_the_cv_really_lacks():
    items = plan_items(PRODUCT_CV, PRODUCT_JD, "Product Manager", count=6, interview_type="behavioral",
                       seniority="mid", company="", seed="x", focus=None)
    gaps = [p.text for p in items if p.source == "gap"]
    assert gaps and "PCI DSS" in gaps[0], gaps
    assert not any("success metrics" in p.text and "don't see" in p.text for p in items)


def test_tips_name_only_real_gaps():
    tips = " ".join(_cv_tips(PRODUCT_CV, extract_requirements(PRODUCT_JD), PRODUCT_JD))
    assert "PCI DSS" in tips
    assert "success metrics" not in tips and "cross-functional" not in tips
    tips = " ".join(_cv_tips(KITCHEN_CV, extract_requirements(KITCHEN_JD), KITCHEN_JD))
    assert "GP and kitchen budgets" not in tips and "leadership" not in tips.lower()


def test_tip_quotes_a_requirement_in_another_language():
    jd = ("Responsable d'entrepôt\n\nMissions\n- Piloter les inventaires tournants\n- Participer à l'amélioration "
          "continue des processus\n- Maîtrise d'Excel\n")
    cv = "Chef d'équipe logistique, 2018 - 2024\n- Gestion de 12 préparateurs\n- Excel avancé\n"
    tips = " ".join(_cv_tips(cv, ["Excel", "Participer à l'amélioration continue des processus"], jd))
    assert "\"Participer à l'amélioration continue des processus\"" in tips, tips
