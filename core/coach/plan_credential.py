"""The plan's credential question: a registration, licence, certification or professional qualification the job
requires is probed once in every plan, in the job's own words, also when the CV shows it ("The role asks for current
NMC registration as an adult nurse and ALS or ILS certification, which your CV shows…") or shows it only in part
("CIMA Management level passed (Strategic level in progress)"). The gap question (:mod:`core.coach.plan_licence`)
asks one the CV lacks; this one asks the rest. A hiring manager checks the credential the job cannot be done
without, whatever the CV says (issue 15 point 3, session 18: CIMA/ACCA, NMC registration, ALS/ILS and the Máster en
Profesorado were never asked in plans of eight).

Also the knowledge a job requires by name ("Sehr gute Kenntnisse im Lohnsteuer- und Sozialversicherungsrecht",
"knowledge of employment law") that the CV does not show: :func:`knowledge_gap`, the biggest gap when the job names no
licence, years or skill of the lexicon the CV lacks.
"""

from __future__ import annotations

import re

from core.analysis.job_duties import is_verb
from core.analysis.job_labels import sorted_rest
from core.analysis.job_lines import without_employer_checks
from core.analysis.job_markup import job_page_text
from core.analysis.job_weight import preferred
from core.analysis.job_years import years_asked
from core.analysis.licences import (
    FOREIGN_TAIL,
    TRAILING_BRACKET_RE,
    licences_named,
    qualification_bodies,
    title_entry,
    with_article,
)
from core.analysis.requirement_name import requirement_allowance, requirement_condition, requirement_name
from core.coach.credential_kinds import kind_ask, licence_ask
from core.coach.evidence_cv import cv_meets
from core.coach.phrasing import clip, quote
from core.coach.plan_alternatives import held_alternative, whole_alternative
from core.coach.plan_object import thing_written
from core.coach.plan_text import LICENCES, PART_QUALIFIED_RE, mid_sentence
from core.coach.plan_weight import as_preferred

MAX_CREDENTIALS = 2  # named in one question; a third waits for another plan
# a requirement that is a credential held: a register, a licence, a certificate, a qualification by exams
_CREDENTIAL_RE = re.compile(  # the words in any case ("Registration with Social Work England"), the acronyms in capitals
    r"(?<![-\w])(?i:registration|registered with|licen[cs]e[ds]?|licensure|certification|certified|certificate|"
    r"(?<!lead )(?<!deal )(?<!sales )(?<!opportunity )(?<!pipeline )(?<!prospect )"  # "lead qualification": selling
    r"(?<!iscovery and )(?<!iscovery & )(?<!iscovery, )"  # "Discovery and qualification (MEDDIC or similar)"
    r"(?:qualified(?!\s+(?:leads?|pipeline|opportunit\w+|prospects?|meetings?)\b)|qualification(?!\s+(?:method\w*|"
    r"framework\w*|process\w*|criteria|calls?|questions?|skills?|techniques?)\b))|chartered|accreditation|"
    r"habilitaci[oó]n|habilita[çc][ãa]o|Zulassung|Approbation|abilitazione)\b|\b(?:ALS|ILS|BLS|ACLS|PALS|EPALS)\b")
# a credential that lapses unless renewed (asked how it is kept current); a degree or a qualification by exams is not
_RENEWED_RE = re.compile(r"\b(?:registration|registered|licen[cs]\w*|certifi\w*|ALS|ILS|BLS|ACLS|PALS|EPALS|CACES|"
                         r"\w*staplerschein)\b", re.I)
# a CV line of a credential not yet whole, in the six CV languages: exams part passed, a level in progress, the last
# one due, a candidate or finalist ("part-qualified", "levels passed; case study due May 2025", "DSCG en cours",
# "in Ausbildung", "cursando") (session 19 newcomer: a part-qualified CIMA was said to be held)
_IN_PROGRESS_RE = re.compile(
    r"\bin progress\b|\bpart[- ]?qualified\b|\bpartly qualified\b|\bstudying\b|\bworking towards?\b|\bexpected\b|"
    r"\bpassed\b.*\blevels?\b|\blevels?\b.*\bpassed\b|\bdue\b|\bcompleting\b|\bfinishing\b|\bcandidate\b|\bfinalist\b|"
    r"\btrainee\b|\bstudent member\b|\bongoing\b|\bcurrently (?:sitting|taking|doing)\b|\bto sit\b|"
    r"\ben cours\b|\ben préparation\b|\bcandidat(?:e)?\b|"
    r"\bin Ausbildung\b|\blaufend\b|\bangestrebt\b|\bvoraussichtlich\b|\bin Vorbereitung\b|"
    r"\ben curso\b|\bcursando\b|\bcandidato\b|\bem curso\b|\bem andamento\b|\bin corso\b|\bin fase di\b|"
    r"\bin opleiding\b", re.I)
_KNOWLEDGE_RE = re.compile(
    r"\b(?:knowledge of|understanding of|familiarity with|Kenntnisse|Kenntnissen|conocimientos?|conhecimentos?|"
    r"connaissances?|conoscenz[ae])\b", re.I)

HELD_TEMPLATE = "The role asks for {credentials}, which your CV shows. {ask}"
RENEWED_ASK = "How do you keep {obj} current, and where did {subj} last matter in your work?"
# a qualification earned once (QTS, a degree, a certificate held for good): how it shapes the work and what it brings
# here, never asked as a course studied ("Where has it changed how you work": session 22 re-check, item 9)
EARNED_ASK = "How {does} {subj} shape the way you work day to day, and what would you bring from {obj} to this role?"
PARTIAL_TEMPLATE = ("The role asks for {credentials}, and your CV shows {held}. How far are you through it, when do you "
                    "expect to finish, and what from it have you already applied in your work?")
MISSING_TEMPLATE = ("The role asks for {credentials}, and I don't see it on your CV. Do you hold it, or where are you in "
                    "getting it?")
KNOWLEDGE_TEMPLATE = ("The role asks for knowledge of {knowledge}, which I don't see on your CV. Where have you "
                      "applied it, or how would you build it up quickly?")
# the words before the field a requirement of knowledge names: "Sehr gute Kenntnisse im", "solid knowledge of"
_KNOWLEDGE_LEAD_RE = re.compile(
    r"^.*?\b(?:knowledge of|understanding of|familiarity with|Kenntnisse(?:n)? (?:im|in|der|des|von|zum)|"
    r"conocimientos? (?:de|del|en)|conhecimentos? (?:de|do|da|em)|connaissances? (?:en|de|du|des)|"
    r"conoscenz[ae] (?:di|del|della|in))\s+", re.I)


def _clean(line: str) -> str:
    # "Licensure: Current state pharmacist license": the credential after the ad's sorting label (session 30)
    return sorted_rest(re.sub(r"^[\s\-–—•*·]+", "", line).strip().rstrip(".;:"))


_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s")
# the continuing education that keeps a licence ("Continuing education to maintain license", often what the firm
# offers): the licence's upkeep, never a second credential
_CPD_RE = re.compile(r"^(?:continuing|ongoing)\s+(?:professional\s+)?(?:education|development|training)\b", re.IGNORECASE)


def job_credentials(jd: str) -> list[str]:
    """The job's requirement lines that are credentials, as written, required ones first (a plus, "Staplerschein von
    Vorteil", last: :func:`core.analysis.job_weight.preferred`), licences of :data:`LICENCES` first, then in
    the job's order; a line naming a degree alone ("Grado en Matemáticas") is none, nor a check the employer runs
    ("This post is subject to an enhanced DBS check": :func:`core.analysis.job_lines.without_employer_checks`)."""
    # a Markdown heading ("## CPA Requirements") names a section, never a credential (session 27 re-check, F2)
    # a job kept as source (a JSX array, a JSON record) read as its fields' text: never 'name: "Licensed …",' (session 28)
    lines = [_clean(ln) for ln in without_employer_checks(job_page_text(jd or "")).splitlines()  # "subject to a DBS check": the employer's
             if not _HEADING_RE.match(ln) and not _CPD_RE.match(_clean(ln))]
    # a line naming a register of data/licences.json is one in any words ("Hold Qualified Teacher Status (QTS)",
    # "Enhanced DBS check required", "Gas Safe registered", "CSCS card")
    lines = [ln for ln in lines if 2 <= len(ln.split()) <= 16 and (_CREDENTIAL_RE.search(ln) or licences_named(ln))
             and not years_asked(ln) and not _duty_line(ln) and not _AD_PROSE_RE.match(ln)]
    return sorted(dict.fromkeys(lines), key=lambda ln: (preferred(ln, jd), not any(p.search(ln) for p, _ in LICENCES)))


# the verbs of holding a credential: "Hold a valid SIA licence", "Maintain a valid CSCS card", "Be registered with…"
_HOLDING_VERBS = frozenset({"hold", "holds", "have", "has", "possess", "possesses", "be", "maintain", "maintains", "keep",
                            "obtain", "renew", "must", "should", "will"})


# the ad speaking of itself or to the reader: "We are looking for a qualified Social Worker to join our team", "Are you
# a qualified chef?" (session 26: "The role asks for We are looking for a qualified Social Worker…")
_AD_PROSE_RE = re.compile(r"^(?:we\b|we're\b|we’re\b|our\b|join\b|are you\b|if you\b|do you\b|this is\b|about (?:us|the role)\b)",
                          re.IGNORECASE)


def _duty_line(line: str) -> bool:
    """Whether a job line is a duty that names a credential only as its object ("Prepare SDLT returns and first
    registration applications to HM Land Registry", "Support certification audits"): it opens with a verb of work
    (:func:`core.analysis.job_duties.is_verb`) other than one of holding, and names no register of
    ``data/licences.json``. A duty is asked as a duty, never as a credential the CV shows and keeps current."""
    first = (line.split() or [""])[0].lower()
    # a register named only as the work's object, no credential's word ("Lead the branch through GPhC inspections")
    return first not in _HOLDING_VERBS and is_verb(first) and not (licences_named(line) and _CREDENTIAL_RE.search(line))


def _held(cv: str, line: str, jd: str) -> bool:
    if (alt := held_alternative(cv, line, jd)) and alt != line:  # "AAT qualified or studying towards ACCA/ACA"
        return _held(cv, alt, jd)
    bodies = licences_named(line)
    if bodies:  # the register named, or the CV's certification entry of it ("Registered Nurse" for an RN license)
        return any(b.pattern.search(cv) or title_entry(cv, b) for b in bodies)
    acronyms = re.findall(r"\b(?:ALS|ILS|BLS|ACLS|PALS|EPALS)\b", line)
    if acronyms:
        return any(re.search(rf"\b{a}\b", cv) for a in acronyms)
    return cv_meets(cv, line, jd)


def _partial(cv: str, line: str) -> str:
    """The CV's line of a credential ``line`` names when it is held only in part ("CIMA Management level passed
    (Strategic level in progress)"); "" when none is."""
    names = [b.pattern for b in licences_named(line)]
    if not names:  # a credential of no register ("Level 3 Food Hygiene certificate"): its CV line, by its words
        found = [ln for ln in (_clean(ln) for ln in _clauses(cv)) if _IN_PROGRESS_RE.search(ln)
                 and cv_meets(_IN_PROGRESS_RE.sub(" ", ln), _CRED_TAIL_RE.sub("", _CRED_LEAD_RE.sub("", line)))]
        whole = [ln for ln in (_clean(ln) for ln in _clauses(cv)) if not _IN_PROGRESS_RE.search(ln)
                 and cv_meets(ln, _CRED_TAIL_RE.sub("", _CRED_LEAD_RE.sub("", line)))]
        return "" if whole else min((ln for ln in found if len(ln.split()) <= 14), key=len, default="")
    found = [ln for ln in (_clean(ln) for ln in _clauses(cv))
             if _IN_PROGRESS_RE.search(ln) and any(n.search(ln) for n in names)]
    if any(_held_whole(ln, names) for ln in (_clean(ln) for ln in _clauses(cv))):
        return ""  # "CIMA qualified 2021" elsewhere: held
    short = [ln for ln in found if len(ln.split()) <= 14]
    if short:
        return min(short, key=len)  # the credential's own line before a profile's sentence
    for ln in found:  # a profile's sentence: its words around the credential ("Part-qualified ACCA accountant")
        hit = next(m for n in names if (m := n.search(ln)))
        words = ln.split()
        at = len(ln[: hit.start()].split())
        # its words whole to a bracket's close, else stopped before the bracket (session 22: "…accountant (11")
        return clip(" ".join(words[max(0, at - 3):]), min(at, 3) + 4).rstrip("…").rstrip(",;:")
    return ""


def _clauses(cv: str) -> list[str]:
    """The CV's lines, and a long line's sentences."""
    out: list[str] = []
    for ln in (cv or "").splitlines():
        out.extend(re.split(r"(?<=[.!?])\s+(?=[A-Z])", ln) if len(ln.split()) > 14 else [ln])
    return out


def _held_whole(ln: str, names: list[re.Pattern[str]]) -> bool:
    """Whether CV line ``ln`` says a credential of ``names`` is held whole ("CIMA qualified (ACMA, CGMA)"): named, qualified, and not in progress."""
    return (not _IN_PROGRESS_RE.search(ln) and any(n.search(ln) for n in names)
            and bool(re.search(r"\b(?:fully qualified|qualified|chartered|ACMA|CGMA|FCMA|FCCA|FCA)\b", ln, re.I)))


def _said(line: str, jd: str) -> str:
    """A credential line as the question says it: a qualification by exams by its bodies ("a CIMA or ACCA
    qualification (part-qualified is fine)"), else the job's words mid-sentence."""
    # the allowance the ad makes, said after the name: "a CPA certification (or eligibility to sit for it)", never
    # "the CPA certification required or must be eligible and committed to obtaining" (session 27 re-check, F2)
    allowance = requirement_allowance(line)
    line = requirement_name(line)  # "Currently holds an … license with the State Board …": the thing asked (session 27)
    said = _named_said(line, jd)
    return f"{said} (or {allowance})" if allowance else said


def _named_said(line: str, jd: str) -> str:
    """:func:`_said` of a credential line already reduced to its name (no allowance)."""
    if bodies := qualification_bodies(line):
        names = bodies[0] if len(bodies) == 1 else f"{', '.join(bodies[:-1])} or {bodies[-1]}"
        part = " (part-qualified is fine)" if PART_QUALIFIED_RE.search(line) else ""
        return with_article(f"{names} qualification") + part
    # the ad's own marks are not the credential's name: "(or part-qualified)", "(essential)" (session 22 newcomer)
    said = _as_written(_AD_MARK_RE.sub("", _CRED_LEAD_RE.sub("", line)), jd)
    said = _CRED_TAIL_RE.sub("", said) or said
    said = re.sub(r"^([A-Z][A-Z0-9&]+) qualified\b", r"\1 qualification", said)  # "AAT qualified": an AAT qualification
    named = licences_named(line)
    # "the Máster en Profesorado": the article the register's name takes (data/licences.json)
    if named and named[0].name.startswith("the ") and named[0].pattern.match(said):
        said = "the " + said
    # a degree is counted: "a degree in social work and current registration…" (said lower case, as the line starts)
    # each credential of "X and Y" counted by its own noun ("a full UK driving licence and access to a car"), an
    # article the line opens with said mid-sentence ("A clean driving licence" -> "a clean driving licence")
    first, joint, rest = said.partition(" and ")  # never inside a name: "Food Safety and Hygiene certificate"
    said = counted + joint + rest if joint and (counted := with_article(first)) != first else with_article(said)
    said = _ARTICLE_RE.sub(lambda m: m.group(0).lower(), said)  # never "A Levels" (the qualification)
    return re.sub(r"^degree\b", "a degree", said)


# the words of a job line before the credential it requires: "Hold", "Must have a", "This post is subject to an", the
# job's adjective phrase ("Strong command of", "Sound knowledge of"): never part of the credential's name
_CRED_LEAD_RE = re.compile(
    r"^(?:(?:you\s+)?(?:must|should|will)\s+(?:hold|have|possess|be)|(?:hold|holding|have|possess|be)|"
    r"(?:this|the)\s+(?:post|role|position|job|appointment)\s+is\s+subject\s+to|subject\s+to|"
    r"(?:requirements?|essential)\s*:|(?:(?:very\s+)?(?:strong|solid|sound|good|excellent|thorough|proven|in-depth|deep)\s+)?"
    r"(?:working\s+)?(?:command|grasp|knowledge|understanding)\s+of)\s+(?:(?:an?|the)\s+)?", re.IGNORECASE)
# "… required", "… is essential" after the credential, "CACES R489 apprécié", "Staplerschein zwingend erforderlich"
_CRED_TAIL_RE = re.compile(rf"\s+(?:is\s+|are\s+)?(?:required|essential|needed|a must|desirable|preferred|{FOREIGN_TAIL})$",
                           re.IGNORECASE)
# a plain word that opens a credential's name and reads in lower case mid-sentence ("Valid SIA licence",
# "Registration with the General Pharmaceutical Council": session 22, the job line's capital pasted mid-sentence)
_PLAIN_FIRST_RE = re.compile(r"^(?:Valid|Current|Full|Enhanced|Active|Relevant|Recognised|Recognized|Registration|"
                             r"Registered|Degree|Membership|Member|Certification|Accreditation|Licence|License)\b"
                             r"(?!\s+[A-Z])")
# an article opening the job's line, said in lower case mid-sentence (session 24: "asks for A CILEx or conveyancing
# qualification"); not "A Levels" / "A Level Maths" (the qualification), but "A Level 2 … certificate" (an article)
_ARTICLE_RE = re.compile(r"^(?:A|An|The)\b(?!-)(?!\s+Levels?\b(?!\s+\d))")
# a bracket of the job ad's that marks a line, never part of a credential's name: "(or part-qualified)", "(essential)"
_AD_MARK_RE = re.compile(r"(?i)\s*\((?:(?:or )?part[- ]?qualified|or (?:be )?(?:willing to (?:obtain|gain|work towards?)|"
                         r"working towards?)(?: it| one)?|essential|required|mandatory|desirable|preferred|"
                         r"a must|optional|ideal(?:ly)?|a plus|nice to have|advantageous)\)")


def _as_written(phrase: str, jd: str) -> str:
    """A credential's name as the job writes it: a name it capitalises past its first word keeps its capitals
    ("Level 3 Food Hygiene (Food Safety) certificate", "Qualified Teacher Status (QTS)"), only a plain first word
    lowered ("Enhanced DBS check" -> "enhanced DBS check"); else as :func:`mid_sentence` reads it."""
    # a closing bracket of examples is the job's names, kept as written ("Health and safety qualification (IOSH
    # Managing Safely or NEBOSH)"): only the words before it decide the casing
    head, bracket = TRAILING_BRACKET_RE.match(phrase).groups()
    if not any(w[:1].isupper() and not w.isupper() for w in head.split()[1:]):
        head = mid_sentence(head, (jd,), quoted=False)  # a credential's name, in the job's words
    head = _ARTICLE_RE.sub(lambda m: m.group(0).lower(), head)  # "A CILEx … qualification" -> "a CILEx …"
    return _PLAIN_FIRST_RE.sub(lambda m: m.group(0).lower(), head) + (bracket or "")


def credential_question(cv: str, jd: str, asked: str = "") -> str:
    """The credential question for the job's credentials (:func:`job_credentials`) not already named in ``asked``
    (the gap question's text), at most :data:`MAX_CREDENTIALS`, those the job requires or those it marks as a plus
    (then said as a plus: :func:`core.coach.plan_weight.as_preferred`); "" when the job names none."""
    # a line's first clause is its credential: "…certificate; Level 4 desirable" says a second, lesser one after the
    # semicolon, never part of the first's name (session 21: "…certificate; Level 4, which your CV shows")
    lines = [re.split(r"\s*;\s*", ln)[0] for ln in job_credentials(jd)]
    lines = _one_per_register([ln for ln in lines if not (asked and _named_in(ln, asked))])
    if not lines:
        return ""
    # a plus as the job says it of the line or of the alternative held ("A CILEx or … qualification is desirable")
    said = {_alternative_said(cv, ln, jd): preferred(ln, jd) or preferred(held_alternative(cv, ln, jd) or ln, jd)
            for ln in lines}
    lines = list(said)
    # one question says one thing of its credentials: those the CV shows, or those it does not, as the first
    first, plus = _held(cv, lines[0], jd), said[lines[0]]
    lines = [ln for ln in lines if _held(cv, ln, jd) == first and said[ln] == plus][:MAX_CREDENTIALS]
    text = _credential_text(cv, jd, lines)
    return as_preferred(text) if plus else text


def _one_per_register(lines: list[str]) -> list[str]:
    """``lines`` without a line that names the same registers of ``data/licences.json`` as one before it ("Must have
    active CPA license or be CPA-eligible" after "CPA certification required or must be eligible…": one credential,
    asked once), a line that only qualifies the licence before it ("multistate licensure": :func:`_folded`) kept."""
    seen: set[frozenset[str]] = set()
    out = []
    for line in lines:
        named = frozenset(lic.name for lic in licences_named(line))
        variant = _VARIANT_RE.match(requirement_name(line))  # "multistate licensure": qualifies the one before
        if named and named in seen and not (variant and not licences_named(variant.group(1))):
            continue
        seen.add(named)
        out.append(line)
    return out


def _alternative_said(cv: str, line: str, jd: str) -> str:
    """The alternative of ``line`` the CV holds when it holds none of the registers the whole line names ("AAT
    qualified (Level 3 minimum)" of "… or studying towards ACCA/ACA"): the question says what the CV shows, never the
    ACCA it lacks; else ``line``."""
    if any(b.pattern.search(cv or "") for b in licences_named(line)):
        return line
    return whole_alternative(held, line) if (held := held_alternative(cv, line, jd)) else line


def credential_gap(cv: str, jd: str) -> str:
    """The credential question (:func:`credential_question`) when the job's first required credential is missing from
    the CV or held only in part (a Transport Manager CPC beside a Driver CPC, "CIMA part-qualified"): the biggest gap a
    hiring manager probes, in a plan of three questions too (session 21: a Transport Manager CPC, ACCA and a Level 3
    Food Hygiene certificate never asked in three); "" when the job requires none or the CV shows it whole."""
    # a register or qualification of data/licences.json only: "Discovery and qualification (MEDDIC or similar)" is none
    lines = [ln for ln in job_credentials(jd) if not preferred(ln, jd) and licences_named(ln)]
    held, partial = bool(lines) and _held(cv, lines[0], jd), bool(lines) and _partial(cv, lines[0])
    # held whole, or in part where the job allows it ("CIMA or ACCA qualified (or part-qualified)"): no gap
    if not lines or (held and (not partial or PART_QUALIFIED_RE.search(lines[0]))):
        return ""
    return credential_question(cv, jd)


def _credential_text(cv: str, jd: str, lines: list[str]) -> str:
    parts = _folded(lines, [_said(ln, jd) for ln in lines])  # lines that say "and" themselves, kept apart: "…, and a full licence"
    said = (", ".join(parts[:-1]) + ", and " + parts[-1]) if len(parts) > 1 and any(" and " in p for p in parts) \
        else " and ".join(parts)
    if partial := next((p for ln in lines if (p := _partial(cv, ln))), ""):
        return PARTIAL_TEMPLATE.format(credentials=said, held=quote(partial))
    if not all(_held(cv, ln, jd) for ln in lines):
        return MISSING_TEMPLATE.format(credentials=said)
    if ask := kind_ask(lines):  # a driving licence: clean, its categories; a DBS check: the update service
        return HELD_TEMPLATE.format(credentials=said, ask=ask)
    if ask := licence_ask(lines):  # a US state licence: which one, and where it is valid (session 27)
        return HELD_TEMPLATE.format(credentials=said, ask=ask)
    many = len(parts) > 1
    ask = RENEWED_ASK if any(_renewed(ln) for ln in lines) else EARNED_ASK
    obj = (kept := _kept_part(lines)) or ("them" if many else "it")
    ask = ask.format(obj=obj, subj="they" if many and not kept else "it", does="do" if many else "does")
    return HELD_TEMPLATE.format(credentials=said, ask=ask)


# a line that only qualifies the licence another line names: "Possess multistate licensure if in a compact state"
_VARIANT_RE = re.compile(r"^(\S+(?:\s+\S+)?)\s+(?:licen[cs]ure|licen[cs]e|registration)$", re.IGNORECASE)


def _folded(lines: list[str], parts: list[str]) -> list[str]:
    """``parts`` (the credentials as said) with a line that only qualifies the licence of the line before it (both name
    the same register of data/licences.json, the second by a word or two and the noun: "multistate licensure") said
    in brackets after it, with its condition: "an unencumbered RN license (multistate if in a Nurse Licensure Compact
    state)", never two credentials where the job asks one (session 26 re-check, N5)."""
    out: list[str] = []
    for i, part in enumerate(parts):
        variant = _VARIANT_RE.match(part)
        if out and variant and (named := {lic.name for lic in licences_named(lines[i])}) and named & {
                lic.name for lic in licences_named(lines[i - 1])}:
            condition = requirement_condition(lines[i])
            out[-1] += f" ({variant.group(1)}{' ' + condition if condition else ''})"
            continue
        out.append(part)
    return out


# a credential earned once beside one renewed on the same lines: a degree, a diploma, a status ("Degree in social work
# and current registration with Social Work England")
_EARNED_PART_RE = re.compile(r"\b(?:degree|diploma|BSc|MSc|BA|MA|qualified|qualification|status|QTS)\b", re.I)


def _kept_part(lines: list[str]) -> str:
    """"your registration" when the credential ``lines`` name one earned once (a degree) beside one that lapses unless
    renewed (:func:`_renewed`): only that one is asked how it is kept current, never the degree (session 22 re-check:
    "a degree in social work and current registration… How do you keep it current"); "" otherwise."""
    parts = [pt for ln in lines for pt in re.split(r"\s+(?:and|&)\s+|\s*[,;]\s*", ln) if pt.strip()]
    renewed = [pt for pt in parts if _renewed(pt)]
    if not renewed or not any(_EARNED_PART_RE.search(pt) and not _renewed(pt) for pt in parts):
        return ""
    word = _RENEWED_RE.search(renewed[0]).group(0)
    noun = {"registered": "registration", "certified": "certification"}.get(word.lower(), word)
    return "your " + (noun if noun.isupper() else noun.lower())


def credential_named(line: str, asked: str) -> bool:
    """Whether question text ``asked`` names the job's credential line ``line`` (:func:`_named_in`)."""
    return _named_in(line, asked)


def _named_in(line: str, asked: str) -> bool:
    """Whether the gap question ``asked`` already names the credential ``line``: a body it names, or most of its
    words."""
    if bodies := licences_named(line):
        # "Active RN licence (NMC registration)": the gap question says the licence in the words before the bracket
        head = TRAILING_BRACKET_RE.match(line).group(1)
        said = set(re.findall(r"\w{2,}", head.lower()))
        return any(b.pattern.search(asked) for b in bodies) or (
            head != line and bool(said) and said <= set(re.findall(r"\w{2,}", asked.lower())))
    words = set(re.findall(r"\w{3,}", line.lower()))
    return bool(words) and len(words & set(re.findall(r"\w{3,}", asked.lower()))) * 2 > len(words)


def knowledge_gap(cv: str, jd: str, requirements: list[str]) -> str:
    """The knowledge question for the job's first requirement of knowledge by name (:data:`_KNOWLEDGE_RE`) the CV
    does not show; "" when there is none. The job's own lines are read too: its requirement reader may keep only the
    name of what is to be known ("Children Act 1989" of "Knowledge of the Children Act 1989 and Working Together…",
    session 22 re-check: the children's social worker's core statute never asked)."""
    lines = [ln for ln in (_clean(ln) for ln in (jd or "").splitlines()) if len(ln.split()) <= 20]
    for req in [*requirements, *(ln for ln in lines if _KNOWLEDGE_RE.search(ln))]:
        if not _KNOWLEDGE_RE.search(req) or preferred(req, jd):
            continue
        if not ((cv_meets(cv, req, jd) or thing_written(cv, req, jd)) and _laws_named(req, cv)):  # "…Wundmanagements"
            field = _KNOWLEDGE_LEAD_RE.sub("", req).strip()
            if field == req.strip():  # no field after its lead: an ad's sentence cut at its line's end ("… mit
                continue  # Kenntnissen im" / "Bereich der …"), never pasted whole (session 28)
            return KNOWLEDGE_TEMPLATE.format(knowledge=_as_written(field, jd)) if field else ""
    return ""


# a law or rule book known by its name: "the Children Act 1989", "the Mental Health Act", "the Working Time Directive"
_LAW_RE = re.compile(r"\b((?:[A-Z][\w'’]*\s+){1,5}(?:Act|Regulations|Directive))\b")


def _laws_named(line: str, cv: str) -> bool:
    """Whether the CV names each law ``line`` names by name ("Children Act" for "Knowledge of the Children Act 1989"),
    or ``line`` names none: a CV of the Care Act and the Mental Capacity Act does not show the Children Act, though
    most of its words are there (session 22 re-check: the children's social worker's core statute never asked)."""
    return all(re.search(rf"\b{re.escape(law)}\b", cv, re.I) for law in _LAW_RE.findall(line))


def _renewed(line: str) -> bool:
    """Whether a credential line names one that lapses unless renewed (a licence, a registration, a certificate),
    but not a course's certificate held for good (IOSH, a food hygiene certificate: ``lapses`` false in
    ``data/licences.json``)."""
    named = licences_named(line)
    return bool(_RENEWED_RE.search(line)) and not (named and not any(lic.lapses for lic in named))
