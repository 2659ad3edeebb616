"""The report's requirement coverage credits the best evidence across all answers: a requirement's own words, its
abbreviation or expansion, or near terms of its topic, and quotes the strongest answer's clause, not the first
or the weakest (made-up inputs; each failed before the change)."""

from __future__ import annotations

from core.coach.coverage import coverage_item, near_term_evidence
from core.coach.evidence import mentions_requirement
from core.coach.fit import role_fit
from core.schemas import DIMENSIONS, AnswerScore


def _scored(overall: int) -> AnswerScore:
    level = max(1, min(5, overall // 2))
    return AnswerScore.model_validate({**{d: {"score": level, "evidence": ""} for d in DIMENSIONS},
                                       "missing": [], "stronger_answer": "", "overall": overall})


def test_an_abbreviation_of_the_requirement_shows_it():
    rows = [("Tell me about your current job.",
             "At a parcel hub in Leeds I moved our team from clipboards to a new WMS and cut lost parcels by half.",
             _scored(8))]
    assert coverage_item("warehouse", rows).status == "evidenced"
    # and the other way: an acronym requirement written out in full
    assert mentions_requirement("I led search engine optimization for a travel site", "SEO")[0]
    assert not mentions_requirement("I searched for a new engine", "SEO")[0]


def test_near_terms_of_the_requirement_topic_show_it_in_an_own_statement_only():
    said = "I redesigned the pick faces and ran weekly stock counts with the night team."
    assert near_term_evidence(said, "warehouse")
    rows = [("How do you keep errors low?", said, _scored(7))]
    assert coverage_item("warehouse", rows).status == "evidenced"
    # one near term is not enough; neither is someone else's work, nor a negation
    assert not near_term_evidence("I like to pick the right people.", "warehouse")
    assert not near_term_evidence("The company runs stock counts and pick audits.", "warehouse")
    assert not near_term_evidence("I have never run stock counts or pick audits.", "warehouse")
    # a requirement of no known topic is read by its words only
    assert not near_term_evidence("I ran stock counts and pick audits.", "ISO 9001")


def test_the_quote_comes_from_the_strongest_answer_not_the_first():
    rows = [
        ("Tell me about yourself.", "I did some content marketing, I think it went fine.", _scored(3)),
        ("Tell me about a campaign.", "I ran content marketing for a bike shop: I wrote 40 guides and organic "
                                      "sign-ups rose from 200 to 900 a month.", _scored(9)),
    ]
    item = coverage_item("content marketing", rows)
    assert item.status == "evidenced"
    assert "40 guides" in item.evidence or "bike shop" in item.evidence
    assert "went fine" not in item.evidence


def test_a_weak_answer_and_a_strong_one_on_the_same_requirement_is_evidenced():
    rows = [
        ("Your CV mentions warehouse work. Which example would you pick?", "My favourite hobby is sailing.", _scored(2)),
        ("Tell me about your current job.", "I set up cycle counts of our stock across 3 aisles and re-slotted the pick locations, "
                                            "so mis-picks fell by 30%.", _scored(9)),
    ]
    assert coverage_item("warehouse", rows).status == "evidenced"


def test_the_fit_counts_near_term_evidence_too():
    jd = "Shift Lead\nRequirements:\n- Warehouse experience\n- Forklift licence\n- Lean"
    cv = "Sam Lee\nBarista, Bean Co, 2020 - present\n- Served 300 customers a day"
    fit = role_fit(cv, jd, ["I ran the stock counts and the pick schedule for our stockroom every week."])
    assert any("arehouse" in r for r in fit.answers_show)
