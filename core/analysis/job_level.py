"""The seniority a job title states: "Senior Support Engineer" is senior, "Graduate Data Analyst" junior,
"Head of Customer Success" lead.

:func:`seniority_from_title` gives one of the interview's levels (``core.interview.state.Seniority``:
"junior", "mid", "senior", "lead") or ``None`` when the title states none, so Setup can preset its
Seniority choice from the job title (never over a level the user picked). The words are the level prefixes
job ads use (and that are shared by several languages: "Senior", "Junior", "Trainee"), with the cheap
forms of other languages ("Sénior", "Júnior", "Teamleiter", "Jefe de", "Responsable de"). A rule of this
project, not a figure from research. Pure functions over text; nothing here can fail on odd input.
"""

from __future__ import annotations

import re

# Staff and principal engineers lead without managing: the interview's top level asks for that reach.
# "Staff" only before a role of that ladder ("Staff Nurse", "Staff Accountant" are no level).
_LEAD_RE = re.compile(
    r"\b(?:lead(?!\s+(?:gen(?:eration)?|generator|qualification|source|sourcing|nurturing)\b)|leader|head of|"
    r"principal|staff(?=(?:\s+\w+)?\s+(?:engineer|developer|scientist|designer|architect|researcher)s?\b)|"
    r"director|directora|directeur|directrice|chief|vp|vice[- ]president|"
    r"(?:team|abteilungs|bereichs|gruppen)?leiter(?:in)?|jef[ae] de|responsable de)\b",
    re.IGNORECASE,
)
_SENIOR_RE = re.compile(r"\b(?:senior|s[ée]nior|s[eê]nior|sr|snr)\b\.?", re.IGNORECASE)
_JUNIOR_RE = re.compile(
    r"\b(?:junior|j[úu]nior|jr|graduate|grad|entry[- ]level|trainee|apprentice|intern|internship|"
    r"praktikant(?:in)?|werkstudent(?:in)?|becari[oa]|stagiaire)\b\.?",
    re.IGNORECASE,
)
# Words that look like a level but are a subject: "Graduate Admissions Officer", "Intern Programme Coordinator".
_SUBJECT_RE = re.compile(r"\b(?:graduate|intern|trainee|apprentice)(?:ship)?s?\s+(?:admissions?|recruit\w*|programmes?|"
                         r"programs?|schemes?|careers?|talent|outreach)\b", re.IGNORECASE)

# Whom a role serves, after its head: "PA to the Managing Director", "Secretary for the Head of Finance" (session 25)
_SERVED_RE = re.compile(r"\s+(?:to|for|supporting)\s+(?:the\s+|our\s+|a\s+)?\S.*$", re.IGNORECASE)


def seniority_from_title(title: str) -> str | None:
    """"junior", "senior" or "lead" when ``title`` states that level, else ``None`` (mid, or not stated).

    The highest level named wins ("Senior Team Lead" is lead); "lead" as the sales noun ("Lead
    Generation Specialist") and a subject ("Graduate Recruitment Officer") are no level.
    """
    text = " ".join((title or "").split())[:200]
    text = _SERVED_RE.sub("", text)  # "Executive Assistant to the Chief Executive": the role's head, not whom it serves
    if not text:
        return None
    if _LEAD_RE.search(text):
        return "lead"
    if _SENIOR_RE.search(text):
        return "senior"
    if _JUNIOR_RE.search(_SUBJECT_RE.sub(" ", text)):
        return "junior"
    return None
