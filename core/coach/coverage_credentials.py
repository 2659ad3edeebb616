"""Credentials in the report's coverage: a registration the job requires is a row, and one the CV holds is shown by it.

The job's reader keeps requirement phrases of a few words, so a line such as "Registered with the General Dental
Council (GDC) as a dental nurse" gave no requirement at all, and the coverage had no row for the register the job
cannot be done without (issue 15, session 23 re-check). :func:`registration_requirements` reads such lines as a
requirement named by the register ("GDC registration"). A licence, certificate or registration the interview never
came to, which the CV holds ("GDC Registration No. 287431", "Counterbalance and reach truck licences (RTITB)"), is
evidenced by the CV line (:func:`cv_credential_row`) rather than "not probed": a hiring manager takes a credential
from the CV and checks it, and the report must not read as if the candidate lacked it. A rule of this project, not a
figure from research.
"""

from __future__ import annotations

import re

from core.analysis.job_lines import without_employer_checks
from core.analysis.licences import credential_heading, listed_credential
from core.coach.coverage_cv import told_of
from core.coach.evidence_credential import CREDENTIAL_RE
from core.coach.evidence_cv import cv_meets
from core.coach.phrasing import clip, quote
from core.schemas import CoverageItem

# a line stating a register or licence the candidate must be on: "Registered with the General Optical Council (GOC)",
# "Current registration with Social Work England", "Licensed by the SIA", "registered as a nurse (NMC)"
_REGISTER_LINE_RE = re.compile(r"\b(?:registered|registration|licensed|licen[cs]e)\s+(?:with|by|on|as)\b", re.I)
_BODY_ACRONYM_RE = re.compile(r"\(([A-Z][A-Za-z&]{1,7})\)")  # "(GDC)", "(GPhC)", "(HCPC)"
_OURS_RE = re.compile(r"\b(?:we|we're|our|us)\b", re.I)  # "We are registered with the CQC": the employer's own
_LEAD_RE = re.compile(r"^(?:[-–—•*·\s]+)?(?:(?:must|should|will)\s+)?(?:be\s+|hold\s+(?:a\s+)?|have\s+(?:a\s+)?)?", re.I)
_AS_ROLE_RE = re.compile(r"\s+as an?\s+.*$", re.I)  # "… as a dental nurse": the role the register is for
_KIND_RE = re.compile(r"\b(?:certifi\w*|licen[cs]\w*|regist\w*|permit|card|ticket)\b", re.I)
MAX_LINE_WORDS = 20  # a longer line is prose, not a requirement line
MAX_LABEL_WORDS = 8  # a register named without initials, in the job's words, at most this long


def _label(line: str) -> str:
    """The row's name for a register line: its initials with "registration" or "licence" ("GDC registration"), else the
    line in the job's words without its leading "Must be" and the role it names ("Registered with Social Work
    England"); "" when that is too long to be a row's name."""
    kind = "licence" if re.search(r"\blicen[cs]", line, re.I) else "registration"
    if acronym := _BODY_ACRONYM_RE.search(line):
        return f"{acronym.group(1)} {kind}"
    text = _AS_ROLE_RE.sub("", _LEAD_RE.sub("", line)).strip(" .;:")
    text = text[:1].upper() + text[1:]
    return text if 2 <= len(text.split()) <= MAX_LABEL_WORDS else ""


def _covered(label: str, line: str, requirements: list[str]) -> bool:
    """Whether one of ``requirements`` already asks for the register of ``line``: a piece of the line itself
    ("Registered with the NMC"), or a requirement naming the register's initials."""
    low = line.lower()
    initials = label.split()[0] if label.endswith((" registration", " licence")) else ""
    # a piece of the line of two words or more, as whole words ("R", a skill of another line, is none)
    return any((len(r.split()) >= 2 and re.search(rf"(?<!\w){re.escape(r.lower())}(?!\w)", low))
               or (initials and re.search(rf"\b{re.escape(initials)}\b", r)) for r in requirements)


def registration_requirements(job_description: str, requirements: list[str]) -> list[str]:
    """The registers the job requires that ``requirements`` (the job reader's) leave out, each named as
    :func:`_label` names it, in the job's order; never a check the employer runs
    (:func:`core.analysis.job_lines.without_employer_checks`) nor the employer's own registration ("We are registered
    with the CQC")."""
    found: list[str] = []
    for raw in without_employer_checks(job_description or "").splitlines():
        line = raw.strip()
        if not _REGISTER_LINE_RE.search(line) or len(line.split()) > MAX_LINE_WORDS or _OURS_RE.search(line):
            continue
        label = _label(line)
        if label and not _covered(label, line, [*requirements, *found]):
            found.append(label)
    return found


# Licences, cards and tickets a job often names bare in a list or a sentence ("- ADR", "a digital tachograph card, ADR
# and a valid Driver CPC"), which the requirement reader can leave out (session 26 re-check: no row for ADR, the
# tachograph card or Driver CPC on a driver's job). The names are the issuers' own: UNECE ADR 8.2 (the driver's
# dangerous goods training certificate), DVSA (Driver CPC, the digital tachograph driver card), CITB (SMSTS, SSSTS,
# CPCS), IPAF, PASMA, NPORS. A rule of this project which names count.
_NAMED_CREDENTIAL_RE = re.compile(
    r"(?<![\w-])(?:ADR(?:\s+(?:certificate|licen[cs]e|card|training))?|Driver\s+CPC|(?:digital\s+)?tachograph\s+(?:driver\s+)?card|"
    r"(?:digital\s+)?driver\s+card|SMSTS|SSSTS|CPCS(?:\s+card)?|IPAF(?:\s+(?:licen[cs]e|card))?|PASMA|NPORS(?:\s+card)?)"
    r"(?![\w-])", re.IGNORECASE)
_ACRONYM_PART_RE = re.compile(r"^(?:ADR|CPC|SMSTS|SSSTS|CPCS|IPAF|PASMA|NPORS)$")


def named_credential_requirements(job_description: str, requirements: list[str]) -> list[str]:
    """The licences and cards the job names (:data:`_NAMED_CREDENTIAL_RE`) that no requirement of ``requirements``
    names, each as the job writes it ("ADR", "digital tachograph card"), in the job's order; an acronym only in
    capitals ("adr" in a word is none), never a check the employer runs nor the employer's own."""
    found: list[str] = []
    for raw in without_employer_checks(job_description or "").splitlines():
        if _OURS_RE.search(raw):
            continue
        for hit in _NAMED_CREDENTIAL_RE.finditer(raw):
            name = hit.group(0).strip()
            first = name.split()[0]
            if _ACRONYM_PART_RE.match(first.upper()) and first != first.upper() and first.upper() != "CPC":
                continue  # an acronym must be in capitals
            key = re.escape(first if _ACRONYM_PART_RE.match(first) else name)
            if any(re.search(rf"(?<![\w-]){key}(?![\w-])", r, re.IGNORECASE) for r in [*requirements, *found]):
                continue
            found.append(name[:1].upper() + name[1:] if not name[:1].isupper() and name.split()[0].islower() else name)
    return found


def cv_credential_row(item: CoverageItem, cv_text: str, job_description: str = "") -> CoverageItem:
    """``item`` evidenced by the CV's line when it is a credential (a licence, certificate or registration:
    :data:`core.coach.evidence_credential.CREDENTIAL_RE`) that no question came to ("not probed") and the CV holds it
    (:func:`core.coach.evidence_cv.cv_meets`: held, of the place asked, not only applied for); any other row unchanged."""
    if item.status != "not probed" or not CREDENTIAL_RE.search(item.requirement) or not (cv_text or "").strip():
        return item
    if not cv_meets(cv_text, item.requirement, job_description):
        return item
    # never a heading ("Professional Certifications" names no credential held: session 27)
    shown = [part.strip(" -–—•*·\t") for ln in cv_text.splitlines() for part in re.split(r"(?<=[.;])\s+(?=[A-Z])|\s+\|\s+", ln)
             if part.strip() and not credential_heading(part) and cv_meets(part, item.requirement, job_description)]
    # the CV's certification entry of it ("Registered Nurse" under "Professional Certifications" for an RN license)
    shown = shown or [entry for entry in (listed_credential(cv_text, item.requirement),) if entry]
    if not shown:
        return item
    # the line that is the credential itself ("NEBDN Certificate in Dental Radiography, 2020") before a profile's
    # sentence naming it in passing: one writing the requirement whole, then one naming its kind (certificate,
    # licence…), then the shortest
    whole = item.requirement.lower()
    line = min(shown, key=lambda part: (whole not in part.lower(), not _KIND_RE.search(part), len(part)))
    return item.model_copy(update={"status": "evidenced",
                                   "evidence": f"Your CV shows it: {quote(clip(line, 16))}; {told_of(item)}."})
