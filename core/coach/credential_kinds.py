"""What a credential the CV shows is asked, by its kind: a driving licence is held, so it is asked whether it is clean
and which categories it covers, never how it is "kept current" (session 23 note: "keep your driving licence current");
a DBS (or PVG, Garda vetting) check whether it is on the update service and when it was issued. Other credentials
keep the asks of :mod:`core.coach.plan_credential` (a registration kept current, a qualification earned once). The
questions are those UK recruiters ask of these documents (the DVLA licence check: its categories and penalty points;
the DBS Update Service: a certificate kept up to date online); a rule of this project."""

from __future__ import annotations

import re

# a driving licence named, in the six languages (also read by core.coach.follow_credential for the kind asked)
DRIVING_LICENCE = (r"\bdriv(?:ing|er['’]?s?)\s+licen[cs]e\b|\bFührerschein\b|\bpermis (?:de conduire|B)\b|"
                   r"\bcarnet de conducir\b|\bpatente di guida\b|\bcarta de condução\b")
_DRIVING_RE = re.compile(DRIVING_LICENCE, re.I)
_CHECK_RE = re.compile(r"\b(?:DBS|PVG|Garda vetting|disclosure(?: and barring)?|background check)\b", re.I)
# the rest of a credential line that is no credential: "and access to a car", "and own transport"
_NO_CREDENTIAL_RE = re.compile(r"\b(?:car|vehicle|transport|business insurance)\b", re.I)

DRIVING_ASK = "Is it clean, which categories does it cover, and where has driving been part of your work?"
CHECK_ASK = "Is it on the DBS update service, and when was it last issued?"
BOTH_ASK = "Is your driving licence clean, and is your DBS check on the update service?"


def paperwork(text: str) -> bool:
    """Whether a question or line is on a driving licence or a DBS-type check only (no other credential named)."""
    return bool(_DRIVING_RE.search(text or "") or _CHECK_RE.search(text or "")) and not re.search(
        r"\b(?:registration|registered|QTS|qualified teacher|degree|NMC|HCPC|GMC)\b", text or "", re.I)


def _parts(lines: list[str]) -> list[str]:
    return [p for ln in lines for p in re.split(r"\s+(?:and|&)\s+|\s*[,;]\s*", ln) if p.strip()]


def kind_ask(lines: list[str]) -> str:
    """The ask for credential ``lines`` the CV shows when every credential they name is a driving licence or a
    DBS-type check (:data:`DRIVING_ASK`, :data:`CHECK_ASK`, :data:`BOTH_ASK` for one of each); "" when they name
    another credential, which keeps its own ask."""
    parts = [p for p in _parts(lines) if not (_NO_CREDENTIAL_RE.search(p) and not _DRIVING_RE.search(p))]
    driving = [p for p in parts if _DRIVING_RE.search(p)]
    checks = [p for p in parts if _CHECK_RE.search(p) and p not in driving]
    if not parts or len(driving) + len(checks) < len(parts):
        return ""
    return BOTH_ASK if driving and checks else DRIVING_ASK if driving else CHECK_ASK


# a licence one state or country issues and others may not honour: which one is held and where it is valid matters
# before how it is kept current (session 26 re-check, N5: "Which license do you hold, and where is it valid?")
LICENCE_ASK = "Which {noun} do you hold, and where is it valid?"
_STATE_LICENCE_RE = re.compile(r"\blicen([cs])(?:e|ure)\b", re.I)


def licence_ask(lines: list[str]) -> str:
    """:data:`LICENCE_ASK` (in the job's spelling, "license" or "licence") when every credential line of ``lines`` is a
    licence of a register of the United States (data/licences.json: a state board nursing licence, the CPA licence),
    which a state issues; "" otherwise."""
    from core.analysis.licences import licences_named  # the registers' data

    found = [_STATE_LICENCE_RE.search(ln) for ln in lines]
    if not lines or not all(found) or not all(
            (named := licences_named(ln)) and all(lic.country == "United States" for lic in named) for ln in lines):
        return ""
    return LICENCE_ASK.format(noun="license" if found[0].group(1).lower() == "s" else "licence")
