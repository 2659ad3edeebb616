"""Report coverage rows and History lines a user would not dispute (session 28, rc27 F5).

Each kind of fault the re-check found, with the quoted case and cases of other fields:
1. the evidence quoted is the line that shows the requirement (a licence held shows no graduation from an accredited
   programme: the CV's degree line does);
2. "Asked about in …" only when the question asked about it (a bank question sharing a topic with a tool never did);
3. a question asked and skipped is "asked, skipped", never "no question came to it" nor "never probed";
4. a degree in a related field meets a requirement whose job line accepts "or related field";
5. a story set on the concept ("a ventilated patient"), the candidate's own act after it, shows the concept.
Inputs are written for these tests (none is a page of the re-check).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from core import progress
from core.analysis.answer import candidate_words
from core.coach.coverage import coverage_item, requirement_evidence, unanswered_kind, unanswered_note
from core.coach.coverage_cv import cv_row
from core.coach.degree_related import accepted_fields, related_degree, related_line
from core.coach.evidence_credential import education_requirement, held_statement
from core.coach.report import build_report
from core.coach.score import score_answer
from core.schemas import SKIPPED_ANSWER, CoverageItem
from core.storage import ReportRow


def _rows(pairs: list[tuple[str, str]]) -> list[tuple[str, str, object]]:
    return [(q, a, score_answer(q, a) if a and a != SKIPPED_ANSWER else None) for q, a in pairs]


# -- 1. the quote shows the requirement: a licence is no graduation from an accredited programme -----------------------

LICENCE_SENTENCE = ("I hold an active, unencumbered multistate RN license issued by the Pennsylvania State Board of "
                    "Nursing, valid until October 2026, so it is recognised in South Dakota under the compact.")

EDUCATION_VS_LICENCE = [
    ("Graduation from an accredited nursing program", LICENCE_SENTENCE),
    ("Completion of an accredited paramedic programme",
     "I am registered as a paramedic with the HCPC and my paramedic registration is current."),
    ("Graduate of an accredited dental hygiene program", "I hold an active dental hygiene license in Ohio."),
    ("Graduation from a CAAHEP-accredited surgical technology program",
     "I'm certified as a surgical technologist and my surgical technology certification is current."),
    ("Degree from an ABET-accredited engineering program",
     "I am a licensed professional engineer in Texas and I hold my engineering license since 2019."),
    ("Completion of an accredited pharmacy technician training course",
     "I'm registered as a pharmacy technician with the GPhC."),
    ("Graduate of an accredited radiography program", "I hold an ARRT radiography certification."),
    ("Graduation from an accredited law school", "I am licensed to practise law in New York and I hold my law license."),
    ("Diploma from an accredited culinary school", "I hold a culinary food safety certificate from ServSafe."),
]


@pytest.mark.parametrize(("requirement", "answer"), EDUCATION_VS_LICENCE)
def test_a_credential_held_is_no_evidence_of_an_accredited_education(requirement, answer):
    assert education_requirement(requirement)
    assert held_statement(answer, requirement) == ""
    status, quoted, _strength = requirement_evidence(candidate_words(answer), requirement)
    assert status != "evidenced", quoted


@pytest.mark.parametrize(("requirement", "answer"), [
    ("unencumbered RN license", LICENCE_SENTENCE),
    ("BLS certification from an accredited provider", "I hold a current BLS certification, renewed in May."),
    ("Active HCPC registration as a paramedic", "I am registered with the HCPC as a paramedic."),
    ("CPA license", "I hold an active CPA license from the California Board of Accountancy."),
])
def test_a_credential_requirement_is_still_shown_by_the_credential_held(requirement, answer):
    assert not education_requirement(requirement)
    assert requirement_evidence(candidate_words(answer), requirement)[0] == "evidenced"


ICU_JOB = """Registered Nurse - Critical Care

Requirements
- Graduation from an accredited nursing program
- Bachelor's Degree in nursing
- unencumbered RN license
"""
ICU_CV = """Dana Everly
Nurse Practitioner - WellSpan Critical Care, 2019 - present
- Own the daily plan for up to 12 ICU patients
Education
Penn State University - Bachelor of Science in Nursing, 2012
"""


def test_the_graduation_row_quotes_the_cv_degree_not_the_licence_answer():
    question = ("The role asks for an unencumbered RN license. Which license do you hold, and where is it valid?")
    report = build_report([{"question": question, "answer": LICENCE_SENTENCE, "score": score_answer(question, LICENCE_SENTENCE)}],
                          job_title="Registered Nurse - Critical Care", job_description=ICU_JOB, cv_text=ICU_CV)
    rows = {c.requirement: c for c in report.coverage}
    graduation = rows["Graduation from an accredited nursing program"]
    assert graduation.status == "evidenced"
    assert "Bachelor of Science in Nursing" in graduation.evidence and "license" not in graduation.evidence
    assert "multistate RN license" in rows["unencumbered RN license"].evidence


# -- 2. "Asked about in" only by a question that asked about it ---------------------------------------------------------

TOPIC_ONLY = [  # (requirement, a bank question sharing only a topic with it, an answer that does not show it)
    ("Salesforce", "How do you plan your quarter to hit quota? Walk me through the numbers you work back from.",
     "I work back from the quota: 15 meetings a month at one in five conversations is 75 conversations, so 750 dials."),
    ("HubSpot", "How do you research and approach a prospect before a first call?",
     "I spend five minutes on their LinkedIn and the company's news, then open with one trigger on the call."),
    ("Zoho CRM", "How do you build and manage your pipeline so you hit your number each quarter? Give an example.",
     "I keep three times my number in qualified deals and drop anything with no next step after two weeks."),
    ("WMS", "How do you prepare a store for a stocktake so the count is right first time?",
     "I clear the back room, tag every bay and count the high-value lines twice with a second person."),
    ("pallet jack", "How do you decide how much stock to hold, and what does carrying too much cost you?",
     "I look at eight weeks of sales per line and hold two weeks of cover, less for anything perishable."),
    ("phonics", "Describe how you handled a persistent behaviour problem with one student.",
     "A boy in Year 4 kept walking out; I agreed a signal with him, sat him near the door and called home weekly."),
    ("administering medications",
     "Tell me about a time a patient's condition deteriorated on your shift. What did you notice, and what did you do?",
     "His breathing rate went from 18 to 28, so I sat him up, called the outreach team and stayed with him."),
    ("LinkedIn Recruiter", "Describe how you built or grew a team. Who did you hire, and how did you decide?",
     "I hired two analysts and a data engineer, choosing on a take-home task marked blind by two of us."),
    ("applicant tracking systems", "How would you define success metrics for a new onboarding flow?",
     "I would pick activation within seven days as the main metric and time to first value as the second."),
]


@pytest.mark.parametrize(("requirement", "question", "answer"), TOPIC_ONLY)
def test_a_question_sharing_only_a_topic_never_asked_about_it(requirement, question, answer):
    row = coverage_item(requirement, _rows([(question, answer)]))
    assert row.status == "not probed" and "Asked about" not in row.evidence, row


def test_the_quoted_salesforce_row_is_not_probed_without_a_question():
    question, answer = TOPIC_ONLY[0][1], TOPIC_ONLY[0][2]
    row = coverage_item("Salesforce", _rows([(question, answer)]))
    assert row == CoverageItem(requirement="Salesforce", status="not probed", evidence="")


@pytest.mark.parametrize(("requirement", "question", "answer"), [
    ("Zoho CRM", "You list Zoho CRM on your CV. What was the hardest problem you solved with it?",
     "The hardest problem was a full pipeline of dead leads, so I started a weekly clean-up."),
    ("quota attainment", "How do you plan your quarter to hit quota? Walk me through the numbers you work back from.",
     "I look at the numbers every Friday."),
])
def test_a_question_naming_it_or_built_for_it_still_asked_about_it(requirement, question, answer):
    row = coverage_item(requirement, _rows([(question, answer)]))
    assert row.status != "not probed" or row.evidence.startswith("Asked about in"), row
    if row.status == "weak":
        assert row.evidence.startswith("Asked about in"), row


# -- 3. asked and skipped: "asked, skipped", never "never probed" nor "no question came to it" -------------------------

SKIPPED_QUESTIONS = [  # (requirement, the question that asked it by name)
    ("IFRS", "The role asks for IFRS. Which statements have you prepared under IFRS?"),
    ("Kubernetes", "Tell me about the last time you debugged a failing deployment on Kubernetes."),
    ("food hygiene", "How do you keep food hygiene standards on a busy Saturday service?"),
    ("safeguarding", "Tell me about a time you raised a safeguarding concern. What happened?"),
    ("SEO", "Walk me through an SEO audit you ran and what you fixed first."),
    ("forklift", "When did you last drive a forklift, and in what kind of warehouse?"),
    ("email campaigns", "This job involves email campaigns. Walk me through one you ran and how it turned out."),
    ("month-end close", "How do you run the month-end close so it finishes on day three?"),
]


@pytest.mark.parametrize(("requirement", "question"), SKIPPED_QUESTIONS)
def test_a_skipped_question_says_skipped_and_an_unanswered_one_not_answered(requirement, question):
    skipped = coverage_item(requirement, _rows([(question, SKIPPED_ANSWER)]))
    assert skipped.status == "not probed"
    assert skipped.evidence.startswith("Asked about in ") and skipped.evidence.endswith("that question was skipped.")
    assert unanswered_kind(skipped.evidence) == "skipped"
    unanswered = coverage_item(requirement, _rows([(question, "")]))
    assert unanswered.evidence.endswith("that question was not answered.")
    assert unanswered_kind(unanswered.evidence) == "not answered"


def test_a_cv_row_says_the_question_on_it_was_skipped():
    item = CoverageItem(requirement="email campaigns", status="not probed",
                        evidence=unanswered_note("This job involves email campaigns. Walk me through one.", SKIPPED_ANSWER))
    cv = "Sales Representative, 2022 - 2024\n- Wrote and sent weekly email campaigns to 4,000 leads"
    row = cv_row(item, cv)
    assert row.status == "evidenced"
    assert row.evidence.endswith("; the question on it was skipped.") and "no question came to it" not in row.evidence
    plain = cv_row(CoverageItem(requirement="email campaigns", status="not probed", evidence=""), cv)
    assert plain.evidence.endswith("; no question came to it.")


def _report(coverage: list[dict]) -> ReportRow:
    return ReportRow(session_id="s", overall=5, dimension_scores=None, summary=None, strengths=None, weaknesses=None,
                     cv_tips=None, coverage=coverage, model=None, created_at=datetime(2030, 1, 1))


@pytest.mark.parametrize(("requirement", "question"), SKIPPED_QUESTIONS)
def test_history_says_asked_skipped_never_never_probed(requirement, question):
    row = coverage_item(requirement, _rows([(question, SKIPPED_ANSWER)]))
    (gap,) = progress.requirement_gaps([_report([row.model_dump()])])
    assert gap.detail == "asked, skipped in 1 session" and "never probed" not in gap.detail


def test_history_counts_asked_sessions_among_the_unprobed_ones():
    skipped = {"requirement": "IFRS", "status": "not probed",
               "evidence": 'Asked about in "Which statements have you prepared…", but that question was skipped.'}
    before28 = {"requirement": "IFRS", "status": "not probed",  # a report saved before session 28
                "evidence": 'Asked about in "Which statements have you prepared…", but that question was not answered.'}
    never = {"requirement": "IFRS", "status": "not probed", "evidence": ""}
    detail = {n: g.detail for n, g in ((g.name, g) for g in progress.requirement_gaps([_report([skipped]),
                                                                                     _report([never])]))}
    assert detail == {"IFRS": "asked, skipped in 1 of 2 sessions"}
    (gap,) = progress.requirement_gaps([_report([before28])])
    assert gap.detail == "asked, not answered in 1 session"
    (gap,) = progress.requirement_gaps([_report([never]), _report([never])])
    assert gap.detail == "never probed in 2 sessions"
    (gap,) = progress.requirement_gaps([_report([skipped])], scope=" with this CV")
    assert gap.detail == "asked, skipped in 1 session with this CV"


# -- 4. a degree in a related field where the job accepts one -----------------------------------------------------------

RELATED = [  # (requirement as the reader names it, the job's line, the CV's degree line)
    ("Bachelor's degree in Accounting", "- Bachelor's degree in Accounting, Finance, or related field",
     "UC Berkeley — B.A. in Economics, Dec 2010 - Dec 2012"),
    ("Bachelor's degree in Accounting", "- Bachelor's degree in Accounting or a related field",
     "University of Leeds, BA (Hons) Business Management, 2016"),
    ("Bachelor's degree in Computer Science", "- Bachelor's degree in Computer Science or related field",
     "University of Manchester — BSc Mathematics, 2018"),
    ("Degree in Computer Science", "- Degree in Computer Science, Engineering or a related technical field",
     "Imperial College London — MEng Electrical Engineering, 2015"),
    ("Bachelor's degree in Mechanical Engineering", "- Bachelor's degree in Mechanical Engineering or related discipline",
     "BEng Mechatronics, University of Bristol, 2019"),
    ("Bachelor's degree in Social Work", "- Bachelor's degree in Social Work or a related field",
     "BA (Hons) Psychology, University of Kent, 2014"),
    ("Bachelor's degree in Biology", "- Bachelor's degree in Biology, Chemistry or related field",
     "BSc Biomedical Science, King's College London, 2020"),
    ("Bachelor's degree in Human Resources", "- Bachelor's degree in Human Resources or related field",
     "B.A. in Psychology, Ohio State University, 2012"),
    ("Bachelor's degree in Statistics", "- Bachelor's degree in Statistics, Mathematics or a related quantitative field",
     "B.Sc. in Econometrics, Erasmus University Rotterdam, 2017"),
    ("Bachelor's degree in Nursing", "- Bachelor's degree in Nursing or related field",
     "BSc Midwifery, University of Nottingham, 2011"),
]


@pytest.mark.parametrize(("requirement", "line", "degree"), RELATED)
def test_a_related_degree_meets_an_or_related_field_requirement(requirement, line, degree):
    job = f"Analyst\n\nRequirements\n{line}\n- Good communication"
    cv = f"Sam Doe\nExperience\nAssistant, 2019 - 2024\nEducation\n{degree}"
    assert related_line(job, requirement)
    shown = related_degree(cv, requirement, job)
    assert shown and shown in degree, shown
    row = cv_row(CoverageItem(requirement=requirement, status="not probed", evidence=""), cv, job)
    assert row.status == "evidenced"
    assert row.evidence.startswith("Your CV shows a degree in a related field, which the job accepts:"), row.evidence


@pytest.mark.parametrize(("requirement", "line", "degree"), [
    # the line names the field alone: no other field meets it
    ("Bachelor's degree in Accounting", "- Bachelor's degree in Accounting", "B.A. in Economics, 2012"),
    # a field no source relates to the one asked
    ("Bachelor's degree in Accounting", "- Bachelor's degree in Accounting or related field", "B.A. in History, 2012"),
    ("Bachelor's degree in Nursing", "- Bachelor's degree in Nursing or related field", "BSc Computer Science, 2015"),
    # a lower level than asked
    ("Bachelor's degree in Computer Science", "- Bachelor's degree in Computer Science or related field",
     "Associate of Science in Mathematics, 2016"),
])
def test_no_related_degree_where_the_job_or_the_level_does_not_allow_it(requirement, line, degree):
    job = f"Analyst\n\nRequirements\n{line}\n"
    cv = f"Sam Doe\nEducation\n{degree}"
    assert related_degree(cv, requirement, job) == ""


def test_the_fields_a_related_line_accepts():
    fields = accepted_fields("- Bachelor's degree in Accounting, Finance, or related field", "Bachelor's degree in Accounting")
    assert {"accounting", "finance", "economics", "business administration"} <= fields
    assert "history" not in fields and "nursing" not in fields


ACCOUNTING_JOB = """Senior Accountant - Audit & Assurance

Required Qualifications
- Bachelor's degree in Accounting, Finance, or related field
- Strong knowledge of US GAAP and auditing standards
"""
ACCOUNTING_CV = """Lin Cao
Staff Accountant, Levy & Co, 2014 - present
- Conduct financial statement audits of small companies under US GAAP
Education
UC Berkeley — B.A. in Economics, 2010 - 2012
"""


def test_the_accountant_report_row_and_history_read_the_related_degree():
    question = "Let's begin with your current role: what do you own there?"
    answer = "At Levy I run the fieldwork on audits of small companies and draft the findings memo for the partner."
    report = build_report([{"question": question, "answer": answer, "score": score_answer(question, answer)}],
                          job_title="Senior Accountant", job_description=ACCOUNTING_JOB, cv_text=ACCOUNTING_CV)
    (row,) = [c for c in report.coverage if "Bachelor" in c.requirement]
    assert row.status == "evidenced" and "B.A. in Economics" in row.evidence and "related field" in row.evidence
    gaps = progress.requirement_gaps([_report([c.model_dump() for c in report.coverage])])
    assert not [g for g in gaps if "Bachelor" in g.name]


def test_an_answer_naming_a_related_degree_shows_it():
    question = "Which degree do you hold, and how did your studies prepare you for audit work?"
    answer = "I have a B.A. in Economics from Berkeley, where I took every audit elective I could."
    row = coverage_item("Bachelor's degree in Accounting", _rows([(question, answer)]), ACCOUNTING_JOB)
    assert row.status == "evidenced" and "B.A. in Economics" in row.evidence and "related field" in row.evidence
    denied = "I never finished my degree in economics."
    row = coverage_item("Bachelor's degree in Accounting", _rows([(question, denied)]), ACCOUNTING_JOB)
    assert row.status != "evidenced"


# -- 5. a story set on the concept, the candidate's act after it --------------------------------------------------------

STORIES = [  # (requirement, answer)
    ("Intensiv- oder Beatmungspflege",
     "Once a ventilated patient's family wanted to stop the night suctioning because it woke him. I explained why the "
     "secretions had to be cleared, showed them the saturation trend, and we agreed to cluster care so he slept four "
     "hours in a row."),
    ("experience with ventilated patients",
     "Last winter an intubated patient on our ward kept biting the tube. I sedated him per protocol and taped in a "
     "bite block."),
    ("intensive care nursing",
     "On my first night shift a ventilated patient pulled at his tube. I calmed him, checked the cuff pressure and "
     "called the anaesthetist."),
    ("Beatmungspflege",
     "One night a patient on the ventilator desaturated to 84%. I suctioned him, checked the tube position and called "
     "the anaesthetist."),
    ("performance optimisation",
     "Last quarter our checkout page had an LCP of 4.1 s. I moved the hero image to a CDN and it came down to 1.9 s."),
    ("cold calling",
     "One morning a cold call went to the CFO instead of the office manager. I kept her on the line and booked a demo "
     "for Friday."),
    ("controlled drugs legislation",
     "Last year the CD register at our branch was two ampoules out. I traced it to a missed entry and reported it to "
     "the accountable officer."),
    ("discretion",
     "Once a confidential pay review was left on the shared printer. I took it straight back to the HR director and "
     "set the printer to hold jobs."),
    ("contact centre",
     "At Vodafone the call centre queue hit 40 minutes one Monday. I moved six agents from email to phones and it "
     "fell to eight minutes by noon."),
    ("frontend development",
     "In 2023 our React app took nine seconds to load on a phone. I split the bundle by route and it loads in two."),
]


@pytest.mark.parametrize(("requirement", "answer"), STORIES)
def test_a_story_set_on_the_concept_shows_it(requirement, answer):
    status, quoted, _strength = requirement_evidence(candidate_words(answer), requirement)
    assert status == "evidenced", quoted
    assert quoted.split(". ")[0] in answer and " I " in f" {quoted} "


@pytest.mark.parametrize(("requirement", "answer"), [
    ("Intensiv- oder Beatmungspflege", "If a ventilated patient desaturates, I would suction first and call for help."),
    ("Intensiv- oder Beatmungspflege",
     "I have never cared for a ventilated patient. I worked on a surgical ward for three years."),
    ("Intensiv- oder Beatmungspflege",
     "Once a ventilated patient's family complained about the noise. The consultant spoke to them."),
    ("Intensiv- oder Beatmungspflege", "My sister works in ICU. I visited her last week."),
    ("contact centre", "At my last job the call centre was run by an agency. I worked in the warehouse."),
    ("discretion", "Once a confidential letter went missing. Would I have handled it better?"),
])
def test_no_story_without_a_setting_and_an_own_act_about_it(requirement, answer):
    status, quoted, _strength = requirement_evidence(candidate_words(answer), requirement)
    assert status != "evidenced", quoted


def test_the_german_ventilation_row_quotes_the_story():
    job = "Exam. Pflegefachkraft – Schwerpunkt Intensivpflege\n\nIhr Profil\n- Intensiv- oder Beatmungspflege\n"
    question = ("The role calls for a nursing qualification. Which example from your work shows it best, and what "
                "would you do differently now?")
    answer = STORIES[0][1]
    report = build_report([{"question": question, "answer": answer, "score": score_answer(question, answer)}],
                          job_title="Pflegefachkraft", job_description=job,
                          cv_text="Registered Nurse, 2014 - 2020\n- Covered needs in Telemetry, ICU and PACU units")
    (row,) = [c for c in report.coverage if "Beatmung" in c.requirement]
    assert row.status == "evidenced" and row.evidence.startswith(("\u201c", '"')), row.evidence
    assert "ventilated patient" in row.evidence and "the interview did not show it" not in row.evidence


# -- 1b. a CV sentence a PDF wrapped over two lines is quoted whole, from its start ----------------------------------

WRAPPED = [  # (requirement, a CV sentence wrapped inside it)
    ("email campaigns", "I also wrote an email template my team and I used with the\nSpring Promo campaign."),
    ("wound care", "Cared for twelve post-operative patients a shift, including\nwound care and dressing changes."),
    ("month-end close", "Reconciled the bank accounts and ran the\nmonth-end close for three entities."),
    ("stock control", "Counted the cellar every Monday and kept\nstock control tight across two bars."),
    ("lesson planning", "Led the Year 5 team and took charge of\nlesson planning for maths and science."),
    ("SQL", "Pulled weekly churn figures for the board\nwith SQL queries against the warehouse."),
    ("risk assessments", "Walked every site before work started and wrote the\nrisk assessments for scaffold and lifting work."),
    ("cold calling", "Booked 30 meetings a month for the\naccount executives through cold calling."),
]


@pytest.mark.parametrize(("requirement", "wrapped"), WRAPPED)
def test_a_wrapped_cv_sentence_is_quoted_from_its_start(requirement, wrapped):
    cv = f"Sam Doe\nExperience\nAssistant, 2019 - 2024\n{wrapped}\nEducation\nBA History, 2015"
    row = cv_row(CoverageItem(requirement=requirement, status="not probed", evidence=""), cv)
    assert row.status == "evidenced", row
    first, second = wrapped.split("\n")
    assert " ".join(first.split()[:3]) in row.evidence and second.split()[-1].rstrip(".") in row.evidence, row.evidence


@pytest.mark.parametrize(("requirement", "line", "degree"), RELATED[:5])
def test_cv_tips_never_ask_for_a_degree_the_related_field_meets(requirement, line, degree):
    from core.coach.report_tips import cv_tips

    job = f"Analyst\n\nRequirements\n{line}\n- Good communication"
    cv = f"Sam Doe\nExperience\nAssistant, 2019 - 2024\nEducation\n{degree}"
    tips = " ".join(cv_tips(cv, [requirement], job)).lower()
    assert requirement.lower() not in tips, tips
    unrelated = "Sam Doe\nExperience\nAssistant, 2019 - 2024\nEducation\nBA (Hons) Fine Art, 2015"
    assert requirement.lower() in " ".join(cv_tips(unrelated, [requirement], job)).lower()


@pytest.mark.parametrize(("requirement", "answer", "shown"), [
    ("Graduation from an accredited nursing program", "I graduated from the nursing program at Penn State in 2012.", True),
    ("Graduate of an accredited respiratory therapy program",
     "I graduated from an accredited respiratory therapy program at Weber State in 2016.", True),
    ("Graduation from an accredited nursing program", "I never graduated from a nursing program.", False),
    ("Graduation from an accredited nursing program", "I would like to complete a nursing program one day.", False),
])
def test_a_graduation_told_shows_the_programme(requirement, answer, shown):
    assert (requirement_evidence(candidate_words(answer), requirement)[0] == "evidenced") is shown
