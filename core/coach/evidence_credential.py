"""Whether a credential statement shows the credential a requirement names: held (not applied for, pending, expected
or lapsed) and of the place it asks for. Split from :mod:`core.coach.evidence` (session 23b, no behaviour change).
A rule of this project, not a figure from research."""

from __future__ import annotations

import re

from core.analysis.cv_places import us_states
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
    return not (required and held) or _same_place(held, required)
