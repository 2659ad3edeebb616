"""Session 16 (task "nccov"): coverage, gaps, CV tips and what a question is about, as a fresh tester met them.
Made-up texts of the same kinds in other fields: a practice that is a requirement in its field (triage is
prioritisation, a purchase ledger is accounts payable), "X or Y" kept as one requirement, an employer's
product no requirement, evidence quotes ending at a boundary, a question's subject never word fragments,
"honestly" as a manner adverb no filler."""

from __future__ import annotations

from core.coach.coverage import answer_shows
from core.coach.evidence_cv import cv_meets


# 1. a practice that is the requirement in its field shows it (data/field_equivalents.json)
def test_triage_shows_prioritisation_on_a_cv_and_in_an_answer():
    cv = ("Veterinary Nurse, Riverside Animal Hospital, 2020 - present\n"
          "- Triaged walk-in emergencies and phone calls for a busy small-animal practice.\n"
          "- Ran the nurse clinics for dental and weight checks.\n")
    assert cv_meets(cv, "prioritisation")
    answer = ("On a Saturday I triage every walk-in: a collapsed dog went straight to the prep room while "
              "the vaccinations waited, and I told the owners why.")
    assert answer_shows(answer, "prioritisation")


def test_a_purchase_ledger_shows_accounts_payable():
    cv = ("Finance Assistant, Hartwell Builders Merchants, 2019 - 2024\n"
          "- Ran the purchase ledger for 300 suppliers and the weekly payment run.\n")
    assert cv_meets(cv, "accounts payable")
    assert cv_meets("- Kept the sales ledger and chased overdue invoices.\n", "accounts receivable")


def test_a_practice_of_another_kind_does_not_show_prioritisation():
    cv = "- Ran the nurse clinics for dental and weight checks.\n- Kept the stock room in order.\n"
    assert not cv_meets(cv, "prioritisation")


# 6. "honestly" is a filler as a sentence adverb ("Honestly, I ..."), never as a manner adverb after a verb
def test_honestly_after_a_verb_is_no_filler():
    from core.words import filler_words
    assert filler_words("I told the tenant honestly that the repair would take a week.") == []
    assert filler_words("We priced the renewal honestly and kept the client.") == []


def test_honestly_as_a_sentence_adverb_stays_a_filler():
    from core.words import filler_words
    assert filler_words("Honestly, I was not sure the forecast would hold.") == ["honestly"]
    assert filler_words("The rota was late and honestly it was my fault.") == ["honestly"]
    assert filler_words("I honestly think the audit helped.") == ["honestly"]


# 2. "X or Y improvement" with X a practice of its own is one requirement read as written, and a question says
#    "you list" only of the part the CV lists
def test_a_practice_of_its_own_before_or_keeps_its_own_name():
    from core.coach.plan_text import requirement_phrase
    assert requirement_phrase("audit or service improvement") == "audit or service improvement"
    assert requirement_phrase("budgeting or cost control") == "budgeting or cost control"
    assert requirement_phrase("email or social marketing") == "email marketing or social marketing"


def test_you_list_names_only_the_part_of_an_or_requirement_the_cv_lists():
    from core.coach.plan_core import cv_listed
    cv = "Pharmacy Technician, Elmfield Pharmacy, 2019 - 2024\n- Led the annual controlled drugs audit.\n"
    assert cv_listed(cv, "audit or service improvement", {"audit"}) == "audit"
    assert cv_listed(cv, "Python or Go", {"audit"}) == ""
    both = cv + "- Ran a service improvement project on repeat prescriptions.\n"
    assert cv_listed(both, "audit or service improvement", {"audit"}) == "audit or service improvement"


# 3. a company line with a bracketed descriptor: the company is read, and what it sells is no requirement
_CSM_JD = ("Customer Success Manager\n"
           "Tallyo (payroll software for care homes), Leeds / remote\n\n"
           "You will look after 60 accounts and grow their renewals.\n\n"
           "What you'll bring\n- Two years in SaaS customer success.\n- HubSpot or Salesforce.\n"
           "- Running onboarding calls and QBRs.\n- Clear written communication.\n")


def test_the_company_is_read_from_a_line_with_a_bracketed_descriptor():
    from core.documents.job import job_heading
    assert job_heading(_CSM_JD) == ("Customer Success Manager", "Tallyo")


def test_what_the_employer_sells_is_no_requirement():
    from core.analysis.job import extract_requirements
    found = [r.lower() for r in extract_requirements(_CSM_JD)]
    assert not any("payroll" in r for r in found), found
    assert any("hubspot" in r for r in found), found


# 4. quotes end at a clause or sentence boundary and never split a quotation
def _balanced(quote: str) -> bool:
    import re
    opened = len(re.findall(r"(?:^|(?<=\s))['‘\"“](?=\w)", quote))
    closed = len(re.findall(r"(?<=\w)['’\"”](?=[\s,.;:]|$)", quote))
    return opened == closed


def test_a_quote_never_ends_inside_a_quotation():
    from core.analysis.text import short_quote
    text = ("Last spring we had 12 orders stuck and I found one flagged as 'urgent, fragile' that had sat for "
            "3 days; I rebooked it and it arrived in 24 hours.")
    at = text.index("12")
    quote = short_quote(text, at, at + 2, width=8)
    assert _balanced(quote), quote
    at = text.index("3 days")
    quote = short_quote(text, at, at + 1, width=5)
    assert _balanced(quote), quote
    assert not quote.startswith("fragile'"), quote


def test_a_spanish_quote_never_ends_on_a_conjunction_or_preposition():
    from core.analysis.text import short_quote
    text = "Los chicos de 3º de primaria midieron pasillos y aulas del colegio con cintas métricas y escuadras."
    at = text.index("3º")
    quote = short_quote(text, at, at + 2, width=5)
    assert quote.split()[-1] not in {"y", "el", "de", "con", "en", "la"}, quote


def test_a_quote_inside_a_sentence_never_opens_on_its_conjunction():
    from core.analysis.text import short_quote
    text = "The courier lost two pallets, so I rang their depot manager, and she refunded us within 48 hours."
    at = text.index("48")
    quote = short_quote(text, at, at + 2, width=5)
    assert not quote.lower().startswith(("and ", "so ", "but ")), quote
    assert quote.endswith("48 hours"), quote


# 4. evidence of a manner of communicating: a person called in ("the consultant") is no act of communicating,
#    and an honest, kind word to someone upset is compassionate communication
def test_calling_the_consultant_is_no_compassionate_communication():
    from core.coach.coverage import requirement_evidence
    answer = ("Last month I had 30 clients waiting for a valuation, so I called the consultant and we cleared the "
              "list in two days.")
    assert requirement_evidence(answer, "communicating compassionately with clients")[0] != "evidenced"


def test_an_honest_word_to_a_grieving_client_is_compassionate_communication():
    from core.coach.coverage import requirement_evidence
    answer = ("A widow came in to cancel her husband's policy. I took her to a quiet office and told her honestly "
              "what the claim would need, then rang her back each week until it was paid.")
    found, quote, _ = requirement_evidence(answer, "communicating compassionately with clients")
    assert found == "evidenced" and "told her honestly" in quote, quote


# 5. what a question is about: never the wording of asking and answering, never the role's own title
def test_the_words_of_asking_are_not_what_the_question_is_about():
    from core.analysis.answer import analyse_answer
    from core.coach.subject import subject_of
    question = ("A tenant asks you directly whether they will be evicted, and you have not yet spoken to the "
                "landlord. How do you respond, and how did it turn out?")
    answer = "I keep a calm tone and I log every call in the housing system the same day."
    left = set(analyse_answer(answer, question).question_untouched) | set(subject_of(answer, question).left)
    assert not left & {"asks", "spoken", "respond", "turn"}, left
    assert "evicted" in left or "landlord" in left or "tenant" in left, left


def test_an_opener_is_not_about_the_words_of_the_job_title():
    from core.coach.framing import question_content
    from core.coach.plan_text import OPENERS_WITH_CV
    question = OPENERS_WITH_CV[0].format(role="Lettings Negotiator", employer="Harbour Homes",
                                         title="senior property manager", at_company=" at Keyline Estates")
    assert "property" not in question_content(question, subject=True).lower()  # never the subject an answer misses
    # ...but still words an answer ties to the question with (a reason naming the role: tests/test_stronger_why_role.py)
    assert "property" in question_content(question).lower()
