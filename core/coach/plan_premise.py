"""Whether a CV role supports the premise of a behavioural question tied to it ("Thinking of your time at
Currys: tell me about a time you developed someone on your team" needs a role where the candidate led or
trained people, not a sales assistant's). :func:`role_supports` reads the role's own entry (its title and the
lines under it); :func:`entry_text` finds that entry in the CV.

The premises (:data:`PREMISES`) are a rule of this project (issue 15 point 3, session 18): a competency whose
question presumes people the candidate led, trained or hired, or customers the candidate served, is tied to a
role only when the role's entry says so.
"""

from __future__ import annotations

import re

from core.analysis.cv_sections import section_kind
from core.coach.cv_reading import near_term_met

# a title that leads people: "Team Lead", "Ward Manager", "Shift Supervisor", "Head of Sales"
_LEADING_TITLE_RE = re.compile(
    r"\b(?:lead|leader|manager|supervisor|head|chief|director|captain|coordinator|co-ordinator|principal|"
    r"nurse in charge|charge nurse|sister|foreman|forewoman)\b|\bin charge\b", re.I)
# a line that shows leading or developing people: "managed a team of 6", "trained 4 new starters",
# "promoted to team lead for 4 BDRs", "line-managed two analysts", "onboarded new hires"
_LEADING_LINE_RE = re.compile(
    r"\b(?:team lead(?:er)?|line[- ]manag\w*|direct reports?|supervis\w+|mentor\w*|coach(?:ed|ing)|onboard\w*|"
    r"(?:managed|managing|manage|led|leading|lead|ran|running|built|grew|hired|recruited) (?:a |an |the |my )?"
    r"(?:team|group|staff|crew|squad|department|unit|\d+)|"
    r"(?:trained|training|train|developed|appraised) (?:\d+|new|junior|the team|staff|colleagues|students|"
    r"apprentices|interns|trainees|starters))\b", re.I)
_PEOPLE_COMPETENCIES = frozenset({"leadership", "people management", "mentoring", "coaching", "delegation", "hiring",
                                  "developing others", "team leadership"})
# a question that presumes people the candidate led, whatever competency it is filed under
_PEOPLE_QUESTION_RE = re.compile(
    r"\b(?:someone on your team|your team was|developed someone|as a leader|delegated|underperforming|"
    r"you (?:hired|mentored|coached|managed someone)|motivate a team|built or grew a team|align several teams|"
    r"represented your team|set the direction|through other people|culture or habits of a team|unpopular decision)\b",
    re.I)
_CUSTOMER_COMPETENCIES = frozenset({"customer focus", "customer service"})
_CUSTOMER_LINE_RE = re.compile(
    r"\b(?:customers?|clients?|patients?|guests?|users?|pupils?|students?|shoppers?|members?|passengers?|"
    r"service users?|account(?:s)?|buyers?|tenants?|residents?)\b", re.I)


def _leads_people(title: str, entry: str) -> bool:
    return bool(_LEADING_TITLE_RE.search(title or "")) or bool(_LEADING_LINE_RE.search(entry or "")) or near_term_met(
        entry or "", "leadership")


# (the premise's name, whether a question presumes it, whether a role's title and entry support it)
PREMISES = (
    ("leading people",
     lambda competency, text: competency.lower() in _PEOPLE_COMPETENCIES or bool(_PEOPLE_QUESTION_RE.search(text)),
     _leads_people),
    ("serving customers",
     lambda competency, text: competency.lower() in _CUSTOMER_COMPETENCIES,
     lambda title, entry: bool(_CUSTOMER_LINE_RE.search(f"{title}\n{entry}"))),
)


def presumes(competency: str, question: str) -> bool:
    """Whether a behavioural ``question`` on ``competency`` presumes something of the role it is tied to
    (:data:`PREMISES`)."""
    return any(presumed(competency, question) for _, presumed, _ in PREMISES)


def role_supports(competency: str, question: str, title: str, entry: str) -> bool:
    """Whether a role (its ``title`` and its ``entry``'s text) supports what a behavioural ``question`` on
    ``competency`` presumes (:data:`PREMISES`): True when the question presumes nothing of the role."""
    return all(supports(title, entry) for _, presumes, supports in PREMISES if presumes(competency, question))


def entry_text(cv: str, employer: str, employers: list[str]) -> str:
    """The CV's lines of ``employer``'s entry: from the first line naming it to the line before the next line
    naming another of ``employers`` (and before that entry's own title line, when it is not a bullet) or the next
    section heading (:func:`core.analysis.cv_sections.section_kind`: the last entry's lines stop before "Education"
    or "Skills", whose "Mentoring trainees" is no role's, session 21); "" when the CV does not name it. The role's
    title is read apart (:func:`role_supports`' ``title``)."""
    lines = (cv or "").splitlines()
    if not employer:
        return ""
    name = re.compile(rf"(?<!\w){re.escape(employer)}(?!\w)", re.I)
    start = next((i for i, ln in enumerate(lines) if name.search(ln)), None)
    if start is None:
        return ""
    others = [re.compile(rf"(?<!\w){re.escape(e)}(?!\w)", re.I) for e in employers if e and e.lower() != employer.lower()]
    end = next((i for i in range(start + 1, len(lines)) if any(o.search(lines[i]) for o in others)
                or section_kind(lines[i])), len(lines))
    # the next entry's title line written above its employer ("Staff Nurse, Acute Medical Unit" / "Bradford …")
    if end < len(lines) and not section_kind(lines[end]) and end - 1 > start \
            and not lines[end - 1].lstrip().startswith(("-", "•", "*", "·")):
        end -= 1
    return "\n".join(lines[start:end])
