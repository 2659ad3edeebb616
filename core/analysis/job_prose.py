"""Requirements a job ad writes in sentences, credential acronyms, and the employer's own name.

* :func:`cue_items`: the things a requirement sentence asks for ("The successful candidate will have X,
  Y and be able to Z", "We are looking for someone with X", "Experience of X is essential", "You must hold
  X", "A current X is required", "The ideal applicant is punctual and tactful": :mod:`core.analysis.job_traits`),
  each as written, the cue words left out; ``None`` for a sentence with no such cue (it describes the role or the
  employer).
* :func:`acronym_terms`: credential and field acronyms of UK and US job ads (QTS, EAL, SEND, DBS, RN, BLS,
  ...) named in a line, each with the expansion the line writes next to it kept whole ("Qualified
  Teacher Status (QTS)").
* :func:`organisation_names`: the names a job ad uses for its employer ("Tallow Analytics is hiring",
  "Acme Widgets Ltd", "Join Fernleaf Health"), so that a skill word inside one ("Analytics") is never
  read as a requirement.

Pure functions over text; nothing here can fail on odd input (an empty result instead).
"""

from __future__ import annotations

import logging
import re

from core.analysis.job_traits import trait_list
from core.analysis.job_years import years_requirement

logger = logging.getLogger(__name__)

# The acronyms of credentials and fields that job ads use bare, with the expansions they are written
# with (UK schools: DfE terms; UK care: DBS/PVG checks; nursing: RN, BLS, ACLS; trades and safety).
ACRONYM_EXPANSIONS: dict[str, str] = {
    "QTS": r"qualified teacher status",
    "QTLS": r"qualified teacher learning and skills",
    "EAL": r"english as an? additional language",
    "SEND": r"special educational needs(?: and disabilit(?:y|ies))?",
    "SEN": r"special educational needs",
    "EYFS": r"early years foundation stage",
    "PGCE": r"postgraduate certificate in education",
    "DBS": r"disclosure and barring service",
    "PVG": r"protecting vulnerable groups",
    "CPD": r"continuing professional development",
    "RN": r"registered nurse",
    "NMC": r"nursing and midwifery council",
    "HCPC": r"health and care professions council",
    "BLS": r"basic life support",
    "ACLS": r"advanced cardi(?:ac|ovascular) life support",
    "PALS": r"pediatric advanced life support|paediatric advanced life support",
    "CPR": r"cardiopulmonary resuscitation",
    "NVQ": r"national vocational qualification",
    "CSCS": r"construction skills certification scheme",
    "HACCP": r"hazard analysis(?: and)? critical control points?",
    "COSHH": r"control of substances hazardous to health",
    "OSHA": r"occupational safety and health administration",
    "NEC": r"national electric(?:al)? code",
    "KPI": r"key performance indicators?",
    "GDPR": r"general data protection regulation",
    "CDL": r"commercial driver'?s? licen[cs]e",
    "HGV": r"heavy goods vehicle",
}
_EQUIVALENT_TAIL_RE = re.compile(r"\s*(\(\s*or (?:an? |its )?(?:equivalent|comparable)[^)]{0,40}\)|"
                                 r"or (?:an? |its )?(?:equivalent|comparable)(?: (?:qualification|registration|"
                                 r"licen[cs]e|certification|status))?)", re.IGNORECASE)
_ACRONYM_RE = re.compile(r"(?<![\w&])(" + "|".join(sorted(ACRONYM_EXPANSIONS, key=len, reverse=True)) + r")s?(?![\w&])")


def acronyms_in(requirement: str) -> list[str]:
    """The credential acronyms a requirement writes in capitals ("Qualified Teacher Status (QTS)" -> ["QTS"])."""
    return [m.group(1) for m in _ACRONYM_RE.finditer(requirement or "")]


def expansion_of(acronym: str) -> str:
    """The pattern of an acronym's expansion ("QTS" -> "qualified teacher status"); "" when unknown."""
    return ACRONYM_EXPANSIONS.get(acronym, "")


def acronym_terms(line: str) -> list[str]:
    """Each credential acronym ``line`` writes in capitals (never the word "send"), as the requirement to
    keep: with its expansion when the line writes one beside it ("Qualified Teacher Status (QTS)", "QTS
    (Qualified Teacher Status)"), else the acronym alone ("EAL"); a line that writes only the expansion
    gives it with its acronym. In order, each once."""
    out: list[str] = []
    seen: set[str] = set()
    for match in _ACRONYM_RE.finditer(line or ""):
        acronym = match.group(1)
        if acronym in seen:
            continue
        seen.add(acronym)
        expansion = ACRONYM_EXPANSIONS[acronym]
        before = re.search(rf"({expansion})\s*\(\s*$", line[: match.start()], re.IGNORECASE)
        after = re.match(rf"\s*\)?\s*\(\s*({expansion})\s*\)", line[match.end():], re.IGNORECASE)
        if before:
            term = f"{before.group(1)} ({acronym})"
        elif after:
            term = f"{acronym} ({after.group(1)})"
        else:  # a thing counted keeps the plural the job writes ("KPIs"); a title or credential stays one ("RN")
            term = match.group(0) if expansion.endswith("s?") else acronym
        rest = line[match.end() + (after.end() if after else 0):].lstrip(")")
        equivalent = _EQUIVALENT_TAIL_RE.match(rest)  # "QTS (or an equivalent qualification)" stays whole
        out.append(term + (f" {equivalent.group(1).strip()}" if equivalent else ""))
    for acronym, expansion in ACRONYM_EXPANSIONS.items():
        written = re.search(rf"\b({expansion})\b", line or "", re.IGNORECASE)
        if acronym not in seen and written and written.group(1)[0].isupper():  # a name, not a phrase in passing
            seen.add(acronym)
            out.append(f"{written.group(1)} ({acronym})")
    return out


# --- prose requirement sentences ---------------------------------------------------------------------

_WHO = (r"(?:you|they|he or she|she or he|applicants?|candidates?|(?:the|an?|our) (?:successful |ideal |right |suitable )?"
        r"(?:candidate|applicant|person|individual|post ?holder|jobholder)s?|(?:someone|a person|an individual) who|"
        r"who|that)")
# "will be" alone is a duty ("will be required to ..."), not a requirement
_NEED_VERB = (r"(?:have|hold|possess|bring|demonstrate|show|need|be able to|be subject to|be (?=(?:an? )?(?:fully )?"
              r"(?:qualified|registered|experienced|trained|confident|comfortable|familiar|proficient|fluent|educated|"
              r"skilled)\b))")
# A cue and where its items are: after it ("... will have X"), or before it ("X is essential").
_CUE_AFTER_RE = re.compile(
    rf"\b{_WHO}(?:['’]ll|\s+(?:will|should|must|would|shall))\s+(?:also\s+)?(?:ideally\s+)?{_NEED_VERB}\b"
    rf"|\b{_WHO}\s+(?:has|have|holds?|possess(?:es)?)\b"
    # "Candidates need a CSCS card" (never "If you require accommodation", "They need to be able to …" of a role)
    r"|\b(?:applicants?|candidates?|(?:the|an?|our) (?:successful |ideal |right |suitable )?(?:candidate|applicant|"
    r"post ?holder|jobholder)s?)\s+(?:will\s+)?needs?\b"
    # "We'd also like you to be confident with NICEIC paperwork", "we would love you to have …"
    r"|\bwe(?:['’]d| would) (?:also )?(?:like|love|want|expect) you to (?:have|hold|be|bring|show)\b"
    r"|\bmust (?:also )?(?:have|hold|possess|be able to|be)\b"
    r"|\b(?:you(?:'ll| will)|we(?:'ll| will)) need\b|\bwill need to (?:have|hold)\b"
    r"|\byou (?:are|'re|’re) able to\b|\byou (?:also )?need to (?:have|hold|show|possess|bring)\b"
    r"|\b(?:we are|we're|are|is) (?:looking for|seeking) (?:someone |a person |an individual |people |candidates? |"
    r"applicants? )?(?:with|who (?:has|have|holds?|can)|that (?:has|have))\b"
    r"|\blooking for\b[^.]*?\b(?:with|who (?:has|have)|that (?:has|have))\b"
    r"|\b(?:will be|must be|is|are) subject to\b"
    r"|\b(?:requirements?|essential|desirable) (?:are|is|include)\b|\b(?:role|position|post|job) requires\b",
    re.IGNORECASE,
)
_CUE_BEFORE_RE = re.compile(
    r"\s+(?:is|are|would be|will be)\s+(?:also\s+)?(?:essential|desirable|required|a requirement(?: of this role)?|"
    r"a must|mandatory|preferred|an advantage|a plus|a bonus|necessary|needed|expected|"
    # a weaker word of a plus only after a short subject ("Experience of EV charger installs would be useful"), never
    # at the end of a long sentence of other things ("You are organised and will have … – a knowledge of excel is useful")
    r"(?:useful|helpful|beneficial|advantageous|an asset|welcome|valued)(?=\W*$))"
    r"\b(?!\s+(?:to|for)\b)",
    re.IGNORECASE,
)
# Terms of the post, not requirements: "Saturday shifts are required", "Overtime as business needs".
_TERMS_RE = re.compile(r"\b(?:shifts?|overtime|premium|salary|pay|paid|hours|weekends?|located|location|relocat\w*|"
                       r"freedom|autonomy|opportunit\w*|the chance|"
                       r"per (?:hour|annum|year))\b|\b(?:professional|person|individual|candidate|someone|team player)$",
                       re.IGNORECASE)
_NICE_CUE_RE = re.compile(r"\b(?:desirable|ideal(?:ly)?|preferred|an advantage|a plus|a bonus|would be|should|useful|"
                         r"helpful|beneficial|advantageous|an asset|welcome|valued|not (?:essential|required|"
                         r"mandatory))\b", re.I)
_WEAK_PLUS_RE = re.compile(r"\b(?:useful|helpful|beneficial|advantageous|an asset|welcome|valued)\b", re.I)
# A clause that only weighs what came before it ("…, though this is not essential"), or says "as is" more of it.
_WEIGHING_RE = re.compile(r"^(?:though|although|but|even if|if possible|where possible)\b", re.I)
# Where one item of a list ends: a comma, "and"/"or" before a new verb or article ("..., and be able to ...").
_ITEM_SPLIT_RE = re.compile(
    r"\s*[;,]\s*(?:(?:and|or)\s+)?(?!(?:or\s+)?(?:an?\s+|its\s+)?(?:equivalent|comparable)\b)"
    r"|\s+(?:and|or|as well as)\s+(?!(?:an?\s+|its\s+)?(?:equivalent|comparable)\b)(?=(?:must|should|will|"
    r"at least|a minimum of|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\+? (?:years?|yrs)|"
    r"have|be|possess|hold|show|demonstrate|bring|an?|the|"
    r"experience|knowledge|an understanding|understanding|ability|confidence|competence|familiarity|proficiency|"
    r"awareness)\b)",
    re.IGNORECASE,
)
_ITEM_LEAD_RE = re.compile(
    r"^(?:(?:(?:at least|a minimum of|minimum of|over) \w+(?: \(\d+\))?\+? years?'? (?:of )?(?:\w+ )?experience"
    r"(?: in| with| of| as)?|also|ideally|preferably|will|shall|should|must|to|subject to|have|has|be|possess|hold|show|demonstrate|bring|with|an?|the|their|your|"
    r"consistently|ideally|previous|prior|recent|sound|deep|broad|thorough|fundamental|firm|clear|real|genuine|"
    r"and|or|of|good|strong|excellent|proven|demonstrable|solid|commitment to|a commitment to)\s+)+",
    re.IGNORECASE,
)


def cue_items(sentence: str) -> tuple[list[str], bool] | None:
    """(the items a requirement sentence asks for, whether they are nice-to-haves) or ``None`` when the
    sentence has no requirement cue. Items keep the job's words ("a sound understanding of effective
    teaching and learning" -> "understanding of effective teaching and learning"); the caller cleans
    each into a short phrase."""
    text = (sentence or "").strip().rstrip(".;:!")
    after = _CUE_AFTER_RE.search(text)
    before = _CUE_BEFORE_RE.search(text)
    if after and (not before or after.start() < before.start()):
        body, nice = text[after.end():], bool(_NICE_CUE_RE.search(text[: after.end()]))
    elif before and (len(text[: before.start()].split()) <= 8 or not _WEAK_PLUS_RE.search(before.group(0))):
        body, nice = text[: before.start()], bool(_NICE_CUE_RE.search(text[before.start():]))
        more = re.match(r"\s*,?\s*as (?:is|are) (.+)$", text[before.end():])  # "X is essential, as is Y"
        body = f"{body}, {more.group(1)}" if more else body
    else:  # "The ideal applicant is punctual, tactful and a good listener": the qualities asked for
        traits = trait_list(text)
        return (traits, False) if traits else None
    items = []
    for part in _ITEM_SPLIT_RE.split(body):
        item = years_requirement(part or "") or _ITEM_LEAD_RE.sub("", (part or "").strip(" .:-")).strip()
        if _WEIGHING_RE.match(item):  # "…, though this is not essential": the items before are a plus
            nice = nice or bool(_NICE_CUE_RE.search(item))
            continue
        if item and not _TERMS_RE.search(item):
            items += _acronym_apart(item)
    return items, nice


def _acronym_apart(item: str) -> list[str]:
    """An item that ends "... and PALS" as two: a phrase and a credential acronym ("a postgraduate certificate in
    theatre nursing and ALS" -> the certificate, "ALS"); a name of capitalised words keeps its "and"."""
    end = re.search(r"\s+(?:and|or|&)\s+([A-Z]{2,6})s?$", item)
    if not end or len(item[: end.start()].split()) < 2 or item[: end.start()].split()[-1][:1].isupper():
        return [item]
    return [item[: end.start()], end.group(1)]


# --- the employer's own name -----------------------------------------------------------------------

_NAME = r"(?:[A-Z][\w&'.-]*|&)(?:[ \t]+(?:[A-Z][\w&'.-]*|&|of|and|for))*"
_SUFFIX = r"(?:Ltd|Limited|Inc|LLC|LLP|plc|PLC|GmbH|Corp|Corporation|Co|Group|Holdings|Trust|Academy|School|Council)\.?"
_ORG_RES = (
    re.compile(rf"\b({_NAME}),?\s+{_SUFFIX}(?!\w)"),  # "Acme Widgets Ltd", "L.U. Electric, Inc."
    re.compile(rf"(?:^|[.!?]\s+|\n)({_NAME})\s+(?:is|are)\s+(?:now\s+)?(?:hiring|recruiting|seeking|looking for|"
               r"growing|expanding)\b"),  # "Tallow Analytics is hiring"
    re.compile(rf"(?:^|[.!?]\s+|\n)({_NAME})\s+(?:was founded|builds|makes|provides|offers|helps|develops|creates|sells|"
               r"runs|operates|serves|designs|delivers|powers|supplies|manufactures|connects|employs|has been)\b"),
    re.compile(rf"\b(?:[Jj]oin|[Aa]t|[Aa]bout|[Ww]ork (?:for|with)|[Cc]areers at|part of)\s+({_NAME})"),
    # the poster in brackets: "(Tustin Recruiting, for a B2B SaaS client)", "(via Hays)"
    re.compile(rf"\(\s*({_NAME})\s*,\s*(?:for|on behalf of|hiring for|recruiting for)\b"),
    re.compile(rf"\(\s*(?:via|through|posted by|on behalf of|for)\s+({_NAME})\s*[,)]"),
    # a sign-off: "Best regards,\nTustin Recruiting", "Viele Grüße, Acme", "The Tustin Recruiting Team"
    re.compile(rf"\b(?:[Rr]egards|[Ww]ishes|[Ss]incerely|[Cc]heers|Grüßen?|Gruß|[Cc]ordialement|[Ss]aludos),?[ \t]*\n?"
               rf"[ \t]*(?:[Yy]our[ \t]+)?({_NAME})[ \t]*(?:\n|$)"),
    re.compile(rf"(?:^|\n)[ \t]*(?:[—–-]{{1,2}}[ \t]*)?(?:[Tt]he|[Yy]our|[Dd]as|[Ii]hr)[ \t]+({_NAME})[ \t]+(?:Team|team)"
               rf"[ \t.!]*(?:\n|$)"),
)
_NOT_A_NAME = re.compile(r"^(?:The|A|An|We|Our|You|Your|This|It|They|Us|Home|Careers?|About|Join|Apply|At|For|With)$")


def organisation_names(text: str) -> list[str]:
    """The names the ad uses for an organisation: the company its heading states, a capitalised name before
    Ltd/Inc/plc/Group/..., one that "is hiring"/"was founded"/"builds"..., or one after "Join"/"At"/"About". Leading
    articles are dropped ("The Tallow Group" -> "Tallow"); longest first."""
    from core.documents.job import job_heading  # the company its heading states

    names: set[str] = set()
    if company := job_heading(text or "")[1]:
        names.add(company)
    for pattern in _ORG_RES:
        for match in pattern.finditer(text or ""):
            words = match.group(1).split()
            while words and (_NOT_A_NAME.match(words[0]) or words[0] in {"of", "and", "for", "&"}):
                words.pop(0)
            while words and words[-1] in {"of", "and", "for", "&", "Team"}:
                words.pop()
            if words and len(words) <= 6:
                names.add(" ".join(words))
    return sorted(names, key=len, reverse=True)


def name_spans(line: str, names: list[str]) -> list[tuple[int, int]]:
    """Where ``line`` writes one of the organisation ``names`` (whole words), with the remark in brackets right
    after it: "Finvoy (accounts payable automation)" says what the employer sells, no skill the job asks for."""
    spans: list[tuple[int, int]] = []
    for name in names:
        spans += [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?:\s*\([^()\n]{{1,80}}\))?(?!\w)", line)]
    return spans
