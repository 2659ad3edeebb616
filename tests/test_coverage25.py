"""Session 25: a coverage row agrees with the answers that were scored (made-up text; issue 15, re-check of session 24).

A requirement is evidenced when an answer shows it by its words, its word forms, its concept's terms or its kind; a
question is "built for" a requirement only when its competency is that requirement, and a strong answer to such a
question shows it even without the requirement's name.
"""

from __future__ import annotations

from core.coach.coverage import coverage_item, requirement_evidence
from core.coach.plan_probes import probes_by_competency
from core.coach.score import score_answer

PLAN_WEEK = "How would you plan a week with more work in it than you can possibly finish?"
SHORTENER = ("Walk me through how you would design a URL shortener that handles a million requests a day. "
             "Where would it break first?")


def _item(requirement: str, question: str, answer: str):
    return coverage_item(requirement, [(question, answer, score_answer(question, answer))])


# --- which question was built for a requirement ----------------------------------------------------------------------

def test_time_management_question_is_not_built_for_a_case_management_system():
    # "time" is a stop word: the competency's only word left, "management", is no tie to a system of that name
    assert not probes_by_competency(PLAN_WEEK, "case management system")
    assert not probes_by_competency(PLAN_WEEK, "client management software")


def test_system_design_question_is_not_built_for_design_systems():
    # the same two words in the other order name another thing: a component library, not a service's architecture
    assert not probes_by_competency(SHORTENER, "design systems")
    assert probes_by_competency(SHORTENER, "system design")


def test_time_management_question_is_still_built_for_its_kin():
    assert probes_by_competency(PLAN_WEEK, "organisation")
    assert probes_by_competency(PLAN_WEEK, "time management")


def test_unasked_system_row_names_no_unrelated_question():
    item = _item("case management system", PLAN_WEEK,
                 "I list what has a hard deadline first and do those on Monday and Tuesday. Last November I had five "
                 "filings due in one week and all five went in on time.")
    assert item.status == "not probed" and "plan a week" not in item.evidence


# --- a question built for the requirement, answered well --------------------------------------------------------------

def test_strong_answer_to_the_question_built_for_organisation_evidences_it():
    answer = ("On Monday I list every job with a fixed deadline that week, because payroll and the VAT return cannot "
              "move, and those go first. Then I sort the rest by who is waiting on them. Anything that cannot fit I "
              "tell my manager about on Monday, not Friday, so she can move it. In the March year-end I had four "
              "deadlines in one week and met all four.")
    assert score_answer(PLAN_WEEK, answer).overall >= 8
    item = _item("organisation", PLAN_WEEK, answer)
    assert item.status == "evidenced", item.evidence
    assert "I " in item.evidence


def test_strong_answer_to_a_certificate_question_evidences_its_field():
    question = ("The role asks for a Level 2 Food Hygiene certificate, which your CV shows. How does it shape the way "
                "you work day to day, and what would you bring from it to this role?")
    answer = ("I got my Level 2 in 2022. Every morning I check the dishwasher rinse temperature and the chiller "
              "readings before prep, and I date-label every container that goes into the walk-in. At our council "
              "inspection last spring I walked the officer round the kitchen and we kept our 5 rating; she only asked "
              "us to move the hand-wash sign, which I did that afternoon.")
    assert score_answer(question, answer).overall >= 7
    item = _item("Food Hygiene", question, answer)
    assert item.status == "evidenced", item.evidence


def test_weak_answer_to_the_question_built_for_it_stays_weak():
    item = _item("organisation", PLAN_WEEK, "I just get on with it really.")
    assert item.status == "weak"


# --- a requirement named as a concept, shown by the concept's terms in the candidate's own act ------------------------

def test_performance_shown_by_load_time_cut():
    said = ("At Fernhill I own the shop's product pages: I split the bundle and lazy-loaded the images, which took "
            "the page load from 3.6 s to 1.4 s.")
    assert requirement_evidence(said, "performance optimisation")[0] == "evidenced"
    assert requirement_evidence("I cut LCP on the checkout from 3.9 s to 1.7 s by preloading the hero image.",
                                "owning Core Web Vitals")[0] == "evidenced"


def test_cpd_shown_by_its_abbreviation_and_courses():
    said = "I keep a CPD log and this year I did a vestibular rehab short course and a safeguarding update."
    assert requirement_evidence(said, "Evidence of continuing professional development")[0] == "evidenced"


def test_data_analysis_shown_by_an_own_analysis():
    said = "I pulled the sign-up funnel from Google Analytics and found most people dropped at the payment page."
    assert requirement_evidence(said, "data analysis")[0] == "evidenced"


def test_concept_terms_need_the_candidates_own_act():
    # a tool the team has is no analysis the candidate did; a wish is none either
    assert requirement_evidence("Our agency sends us a Looker dashboard every month.", "data analysis")[0] != "evidenced"
    assert requirement_evidence("I would love to learn Tableau one day.", "data analysis")[0] != "evidenced"
    said = ("Last month our Tableau dashboard showed the new flyer had doubled footfall. I analysed the till data by "
            "hour and found the extra visitors came after 6 pm.")
    assert requirement_evidence(said, "data analysis")[1].startswith("I analysed the till data")


# --- an outcome of the candidate's own remit; a team by its size -------------------------------------------------------

def test_outcome_of_own_remit_shows_the_channel():
    said = ("I look after the online shop for a bike retailer. Last year organic sessions doubled after a technical "
            "SEO audit and a rewrite of 200 product pages.")
    assert requirement_evidence(said, "SEO")[0] == "evidenced"
    said = ("I manage marketing for a tea company, with one assistant. Over a year organic traffic rose 40% after an SEO "
            "clean-up, and switching newsletters to Mailchimp took email revenue from 8% to 15% of sales.")
    status, quoted, _strength = requirement_evidence(said, "email marketing")
    assert status == "evidenced" and "Mailchimp" in quoted and "SEO" not in quoted


def test_outcome_needs_the_remit_and_no_other_doer():
    assert requirement_evidence("Organic traffic grew 40% after an SEO audit.", "SEO")[0] != "evidenced"
    said = "I run the events team. Our SEO agency doubled traffic after they rewrote the blog."
    assert requirement_evidence(said, "SEO")[0] != "evidenced"


def test_small_team_shown_by_its_size():
    said = "I run social media for a regional theatre with a team of two and a freelance designer."
    assert requirement_evidence(said, "managing a small team")[0] == "evidenced"
    assert requirement_evidence("I lead a team of three designers.", "managing a small team")[0] == "evidenced"


def test_team_size_must_fit_and_be_led():
    assert requirement_evidence("I manage a team of 40 pickers.", "managing a small team")[0] != "evidenced"
    assert requirement_evidence("I joined a team of three in 2021.", "managing a small team")[0] != "evidenced"


# --- word forms and kinds: alternatives, a shared head, a bare head, KPIs by a measure raised -------------------------

def test_one_alternative_of_the_requirement_shows_it():
    said = "I started as a commis at a conference hotel in 2017, doing banqueting for up to 250 guests."
    assert requirement_evidence(said, "banqueting or events")[0] == "evidenced"


def test_alternatives_sharing_a_head_are_shown_by_the_head():
    said = "In 2023 I set up a falls-prevention class for twelve older patients a week."
    assert requirement_evidence(said, "exercise or education classes")[0] == "evidenced"
    assert requirement_evidence("I did some development on the intranet.",
                                "Python or Java development")[0] != "evidenced"


def test_bare_head_shown_by_what_qualifies_it():
    said = "I lead 35 pickers on the late shift, about a third of them from an agency, and I book the agency cover."
    assert requirement_evidence(said, "agency labour")[0] == "evidenced"


def test_kpis_shown_by_a_measure_raised():
    said = "I raised lines picked per hour from 95 to 121 by moving the fast sellers to the front aisles."
    assert requirement_evidence(said, "improving KPIs")[0] == "evidenced"
    assert requirement_evidence("I worked at the depot from 2019 to 2021.", "improving KPIs")[0] != "evidenced"


def test_one_sentence_shows_a_budget_and_a_small_team():
    from core.coach.coverage_shared import coverage_rows

    question = "Tell me about your current role: what do you own there?"
    answer = ("I run marketing for a garden centre chain with a £400k budget, a team of two and one agency. Last year "
              "online sales rose 30%.")
    rows = coverage_rows([["managing a budget"], ["managing a small team"]],
                         [(question, answer, score_answer(question, answer))])
    assert [r.status for r in rows] == ["evidenced", "evidenced"], rows


def test_training_received_is_no_training_given():
    said = "I trained at Leeds City College and did my apprenticeship at a hotel in Harrogate."
    assert requirement_evidence(said, "training and developing commis")[0] != "evidenced"
    assert requirement_evidence("I trained as a chef in Lyon.", "training staff")[0] != "evidenced"
    story = ("I trained at Leeds City College and started as a commis at the Queens Hotel in 2017, doing banqueting "
             "for up to 250 guests. Since 2020 I have been chef de partie. I cut my section's waste from 9% to 5%.")
    assert requirement_evidence(story, "training and developing commis")[0] != "evidenced"
    assert requirement_evidence("I trained all six commis in knife skills.",
                                "training and developing commis")[0] == "evidenced"


# --- a line and an answer in French: word forms, and a duty's clause names its object ---------------------------------

def test_french_duty_clause_must_name_its_object():
    said = ("Je travaille dans une agence d'intérim depuis 2020. Je veux rejoindre un cabinet parce que je souhaite "
            "recruter des cadres, plus rares que les profils que je recrute aujourd'hui.")
    assert requirement_evidence(said, "Suivre les indicateurs de recrutement")[0] != "evidenced"
    said = "Je suis les indicateurs de recrutement chaque semaine dans un tableau de bord."
    assert requirement_evidence(said, "Suivre les indicateurs de recrutement")[0] == "evidenced"


def test_french_duties_in_one_sentence_each_keep_their_row():
    from core.coach.coverage_shared import coverage_rows

    question = "Pour commencer, parlez-moi de votre poste actuel."
    answer = ("Chez Atelier Brun, je gère une trentaine de chantiers par an. Je recueille le besoin avec les clients, "
              "je chiffre les travaux et je mène les visites de chantier avec les artisans.")
    rows = coverage_rows([["Recueillir les besoins des clients et rédiger les devis"],
                          ["Mener les visites de chantier et coordonner les artisans"]],
                         [(question, answer, score_answer(question, answer))])
    assert [r.status for r in rows] == ["evidenced", "evidenced"], rows
    assert "recueille" in rows[0].evidence and "visites" in rows[1].evidence


# --- a system named in what happened at work, then taken up in the candidate's own act; a kitchen run by its pass -----

def test_system_named_then_taken_up_in_own_act():
    said = ("In 2023 Marsh & Co moved from paper files to a new case management system in a fortnight. I had 40 live "
            "files, so I moved my files with hearings next month first and checked every date.")
    status, quoted, _strength = requirement_evidence(said, "case management system")
    assert status == "evidenced" and "case management system" in quoted and "I moved my files" in quoted
    assert requirement_evidence("Our company uses Salesforce. I joined in 2020.", "Salesforce")[0] != "evidenced"


def test_running_the_kitchen_shown_by_running_the_pass():
    said = "Since 2020 I have been chef de partie on grill, and I run the pass on the head chef's days off."
    assert requirement_evidence(said, "running the kitchen")[0] == "evidenced"
    assert requirement_evidence("I want to run a kitchen of my own one day.", "running the kitchen")[0] != "evidenced"


def test_resilience_shown_by_how_the_candidate_copes_after_a_hard_call():
    said = ("After an upsetting call from a burns victim's mother I took a short break and talked it through with my "
            "supervisor before logging back in.")
    assert requirement_evidence(said, "Resilience to deal with distressing calls")[0] == "evidenced"
    assert requirement_evidence("I take a short break at eleven every day.",
                                "Resilience to deal with distressing calls")[0] != "evidenced"


def test_keyboard_skills_shown_by_typing_speed():
    said = "I touch type at 70 words a minute and I type the incident log while the caller is still talking."
    assert requirement_evidence(said, "Accurate keyboard skills")[0] == "evidenced"
    assert requirement_evidence("I like working with computers.", "Accurate keyboard skills")[0] != "evidenced"


def test_frontend_development_shown_by_its_frameworks():
    said = "At Bramble I own the customer portal: I rebuilt it in Vue 3 and TypeScript and cut its bundle by half."
    assert requirement_evidence(said, "frontend development")[0] == "evidenced"
    assert requirement_evidence("Our agency built the site in React.", "frontend development")[0] != "evidenced"
