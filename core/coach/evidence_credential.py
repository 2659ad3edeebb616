"""Whether a credential statement shows the credential a requirement names: held (not applied for, pending, expected
or lapsed) and of the place it asks for. Split from :mod:`core.coach.evidence` (session 23b, no behaviour change).
A rule of this project, not a figure from research."""

from __future__ import annotations

import re

from core.analysis.cv_places import jurisdictions, us_states
from core.analysis.licences import places_of as credential_places

# A requirement for a credential: a licence, certificate, registration or permit.
CREDENTIAL_RE = re.compile(r"licen[cs]|certif|registration|registered|credential|accredit|\bpermit\b|\b(?:RN|LPN|CDL)\b", re.I)
# A credential not (yet, or no longer) held: applied for, pending, expected, lapsed.
PENDING_RE = re.compile(
    r"\b(?:appl(?:ied|y|ying) for|application (?:is |was )?(?:pending|submitted|in progress|under review)|pending|"
    r"awaiting|waiting (?:for|on)|expected|expect(?:ing)? to (?:get|receive|obtain|be)|eligible|(?:will|to) sit|"
    r"studying for|working towards?|lapsed|expired|under review|"
    # an aim: "…, and to get my sedation certificate here" (session 23b: a wish quoted as the certificate held)
    r"to (?:get|gain|obtain|earn|achieve))\b",
    re.IGNORECASE,
)

def _same_place(held: set[str], required: set[str]) -> bool:
    """Whether a credential of ``held`` places is one of ``required``: the same state or country, or a
    state of a required United States."""
    return bool(held & required) or ("United States" in required and bool(held) and held <= us_states())


def credential_held(statement: str, requirement: str) -> bool:
    """Whether one statement of a credential ("I hold a Texas RN license", "CA RN license, active")
    shows the one ``requirement`` names: not only applied for, pending, expected or lapsed
    (:data:`PENDING_RE`), and, when the requirement names a state or country ("Active California RN
    license"), not one of another place (a Texas licence is no California licence). A statement naming
    no place is taken at its word. Requirements that are not credentials always pass."""
    if not CREDENTIAL_RE.search(requirement):
        return True
    if PENDING_RE.search(statement):
        return False
    required, held = credential_places(requirement), credential_places(statement)
    if named := jurisdictions(requirement) - {"United States"}:  # "Active California RN license": the state, never
        # only the country its register is of; a statement naming no state is taken at its word
        required, held = named, jurisdictions(statement) | (held - {"United States"})
    return not (required and held) or _same_place(held, required)


# a sentence of the candidate's own holding of a credential: "I hold an active … license", "I'm registered with the
# NMC", "I have a current CPA licence", "My RN license is active", "I am a licensed RN", "I'm BLS certified"
_HOLDING_RE = re.compile(
    r"\b(?:I\s+(?:currently\s+|still\s+|also\s+)?(?:hold|have|possess|maintain|keep|carry|got|obtained|earned|received|"
    r"passed|renewed)|I(?:'m|’m|\s+am)\s+(?:currently\s+|fully\s+|also\s+|now\s+)?(?:registered|licensed|certified|a\s+"
    r"(?:licensed|registered|certified))|my\s+[\w\s-]{0,30}?(?:licen[cs]e|registration|certificat\w+|PIN)\s+(?:is|was\s+"
    r"renewed|has\s+been\s+renewed))\b", re.IGNORECASE)
_NEGATED_RE = re.compile(r"\b(?:don['’]?t|do not|never|no longer|not yet|haven['’]?t|have not|am not|I['’]m not)\b", re.I)
_NOUN_RE = re.compile(r"\b(?:licen[cs]e[sd]?|licensure|registration|registered|certificat\w*|certified|PIN|permit|card)\b",
                      re.IGNORECASE)
_PLAIN = frozenset({"a", "an", "the", "current", "currently", "active", "valid", "full", "unencumbered", "clean",
                    "with", "of", "in", "and", "or", "hold", "holds", "have", "has", "possess", "state",
                    "must", "be", "required", "preferred", "board", "own"})


# a requirement for an education, not a credential: "accredited" only says of which programme or school it is
# ("Graduation from an accredited nursing program": session 28, the licence sentence was quoted as its evidence)
_ACCREDITED_RE = re.compile(r"(?i)\b[\w-]*accredit\w*")
_EDUCATION_RE = re.compile(r"(?i)\b(?:program(?:me)?s?|schools?|universit(?:y|ies)|colleges?|courses?|degrees?|diplomas?|"
                           r"graduat\w*|completion|completed|studies|study|training)\b")


def education_requirement(requirement: str) -> bool:
    """Whether ``requirement`` asks for an education (a programme, school, degree or course completed) whose only
    credential word is "accredited", which says of which programme it is ("Graduation from an accredited nursing
    program", "Degree from an accredited university"): a licence held shows no such education."""
    rest = _ACCREDITED_RE.sub(" ", requirement or "")
    return bool(_ACCREDITED_RE.search(requirement or "")) and bool(_EDUCATION_RE.search(rest)) and not CREDENTIAL_RE.search(rest)


def held_statement(answer: str, requirement: str) -> str:
    """The sentence of ``answer`` (the candidate's words) where the candidate states holding the credential
    ``requirement`` names (:data:`_HOLDING_RE`: "I hold an active, unencumbered RN license in Pennsylvania"): it names
    the credential's kind (a licence, registration, certificate…) and the requirement's own identifying word (its
    initials or body, "RN", "NMC", "CPA"; a word of its name when it has none), is not negated, and is held
    (:func:`credential_held`: not applied for, not of another place); "" when no sentence does. A licence is held,
    not done: such a sentence is evidence, never "not as something you have done" (session 26 re-check, N5). An
    education whose programme is accredited (:func:`education_requirement`) is no credential: "" (session 28)."""
    if not CREDENTIAL_RE.search(requirement or "") or education_requirement(requirement):
        return ""
    own = [w for w in re.findall(r"[A-Za-z][\w-]*", requirement) if w.lower() not in _PLAIN and not _NOUN_RE.fullmatch(w)]
    marks = [w for w in own if w.isupper() and len(w) >= 2] or own
    # a clause of its own: "I hold an active RN license in Pennsylvania, and I can apply for a multistate one"
    for sentence in re.split(r"(?<=[.!?;])\s+|,?\s+(?:and|but|while)\s+(?=I\b|I['’]|my\b)", answer or ""):
        if not _HOLDING_RE.search(sentence) or _NEGATED_RE.search(sentence) or not _NOUN_RE.search(sentence):
            continue
        if marks and not any(re.search(rf"(?<![\w-]){re.escape(m)}", sentence, re.IGNORECASE if not m.isupper() else 0)
                             for m in marks):
            continue
        if credential_held(sentence, requirement):
            return sentence.strip().rstrip(".;")
    return ""
