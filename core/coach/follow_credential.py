"""The follow-up to a question on a credential the candidate holds, by the credential's kind (session 27, rc26 N6).

"Yes, I have a license." to "This role requires an unencumbered RN license… Do you hold it?" got "Say more about
“Yes, I have a license”: what was the context, and what exactly did you do?", and "I am a registered nurse." got "Walk
me through how you would do it: what first, and why?". A credential is held, not done: a hiring manager asks which
one it is, who issued it and where, whether it is valid and until when, whether it is recognised here, and its number,
class or level where that matters. :func:`credential_kind` reads the kind a question asks about (licence,
registration, certification, professional qualification, degree, driving licence, security clearance, right to work);
:func:`credential_follow_up` asks what the answer has not said of it yet, or nothing when it said it all. A rule of
this project, from what recruiters check of each document; standard library and the project's place names only.
"""

from __future__ import annotations

import re

from core.analysis.cv_places import jurisdictions
from core.analysis.text import readable_text
from core.coach.credential_kinds import DRIVING_LICENCE

# the kinds, most particular first: a driving licence is no professional licence, a clearance no certificate
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, re.compile(pattern, re.I)) for kind, pattern in (
    ("driving", DRIVING_LICENCE + r"|\b(?:HGV|LGV|CDL)\b"),
    ("clearance", r"\b(?:security|SC|DV|BPSS|NV[123]?|government) clearance\b|\bclearance level\b|\btop secret\b|"
                  r"\bTS/SCI\b|\bSicherheitsüberprüfung\b|\bhabilitation (?:de )?sécurité\b"),
    ("right_to_work", r"\bright to work\b|\bwork (?:permit|visa|authori[sz]ation)\b|\bvisa sponsorship\b|"
                      r"\beligib(?:le|ility) to work\b|\bArbeitserlaubnis\b|\bpermis de travail\b|"
                      r"\bpermiso de trabajo\b|\bpermesso di (?:lavoro|soggiorno)\b|\bautoriza[çc][ãa]o de trabalho\b"),
    ("registration", r"\bregistration\b|\bregistered (?:with|as|nurse|midwife|social worker|pharmacist|dietitian|"
                     r"paramedic)\b|\b(?:NMC|HCPC|GMC|GPhC|GDC|GTCS|SWE)\b|\bApprobation\b|\bAnerkennung\b|"
                     r"\bexaminiert\w*\b|\bcolegiad[oa]\b|\biscrizione all'albo\b|\binscri(?:t|ption) à l'ordre\b"),
    ("licence", r"\blicen[cs]e[ds]?\b|\blicensure\b|\bZulassung\b|\bhabilitaci[oó]n\b|\bhabilita[çc][ãa]o\b|"
                r"\babilitazione\b"),
    ("certification", r"\bcertif(?:ied|ication|icate)s?\b|\b(?:ALS|ILS|BLS|ACLS|PALS|EPALS|CACES|CSCS|PMP|CISSP)\b|"
                      r"\baccreditation\b|\bStaplerschein\b"),
    ("qualification", r"\b(?:CIMA|ACCA|ACA|CIPD|QTS|chartered)\b|\bqualified (?:teacher|accountant|as)\b|"
                      r"\bprofessional qualification\b|\bqualification\b"),
    ("degree", r"\b(?:degree|bachelor'?s?|master'?s|BSc|MSc|BEng|MEng|PhD|doctorate|Abschluss|Studium|licenciatura|"
               r"laurea|licence (?:en|professionnelle)|diplôme)\b"),
))
# a question asking plainly which credential, or whether one, the candidate holds ("Which license do you hold…?", "What
# degree do you have?", "Are you currently NMC registered?"): a fact to be said, judged as one (:func:`asks_holding`)
_PLAIN_ASK = (r"\b(?:which|what)\s+(?:\w+\s+){0,2}?(?:licen[cs]es?|registrations?|certifications?|certificates?|degrees?|"
              r"qualifications?|clearance)\b[^?.]{0,30}\b(?:do|did|have) you\b|\bdo you (?:already |currently |still )?"
              r"(?:hold|have|possess)\b|\bare you (?:currently |already |fully )?(?:[\w/-]+ )?(?:registered|licensed|"
              r"certified|qualified|accredited|chartered|cleared)\b")
_PLAIN_ASK_RE = re.compile(_PLAIN_ASK, re.I)
# a question that asks about holding it, not about work that merely names one ("Tell me about a certification
# audit you ran"): the plain asks, the plan's credential questions (core.coach.plan_credential, core.coach.plan_licence)
# and the like
_HOLDING_ASK_RE = re.compile(
    _PLAIN_ASK + r"|"
    r"\bdo you (?:hold|have|possess)\b|\bare you (?:\w+ )?(?:qualified|registered|licensed|certified|eligible|cleared)\b|"
    r"\b(?:role|job|post|position) (?:asks for|requires|needs|calls for)\b|\bwhich your (?:CV|r[ée]sum[ée]) shows\b|"
    r"\byour (?:CV|r[ée]sum[ée]) shows\b|\brecogni[sz]ed as equivalent\b|\bwhere are you in (?:getting|having)\b|"
    r"\bhow do you keep\b[^?]{0,60}\bcurrent\b|\bhow far are you through\b|\bwhich (?:licen[cs]e|registration|"
    r"certificat\w+|degree|qualification)\b", re.I)

# what an answer says of the credential
_VALID_RE = re.compile(r"\b(?:active|valid|current(?:ly)?(?! (?:employer|job|role|team|company|post|position|manager|"
                       r"workplace|ward|trust|practice|clinic|school|firm))|expir\w*|until|renew\w*|unencumbered|good standing|lapsed|"
                       r"no (?:conditions|end date|restrictions|time limit)|indefinite\w*|permanent\w*|"
                       r"up to date|(?:19|20)\d\d|since|clean|no (?:penalty )?points|full licen[cs]e|gültig|aktiv|"
                       r"valide|vigente|válid[oa]|valido)\b", re.I)
_RECOGNISED_RE = re.compile(r"\b(?:recogni[sz]\w*|transfer\w*|endorse\w*|equivalen\w*|compact|multistate|reciprocity|"
                            r"anerkannt|Anerkennung|reconnu\w*|reconocid\w*|homologad\w*|riconosciut\w*|"
                            r"reconhecid\w*|approved here|valid here)\b", re.I)
_ISSUER_RE = re.compile(r"\b(?:board|council|issued|awarded|granted|university|college|institute|school|state|"
                        r"country|agency|ministry|body|NMC|HCPC|GMC|GPhC|DVLA|Kammer|Behörde|Universität|"
                        r"Hochschule)\b|\b(?:in|from|with|by) (?:the )?(?-i:[A-Z])[\w-]+", re.I)
_WHICH_RE = {
    "licence": r"\b(?!(?:a|an|the|my|our|valid|active|current|full|this|that|one|have|hold|do|is|yes)\b)[A-Za-z]{2,}\s+"
               r"licen[cs]e\b|\b(?:RN|LPN|LVN|NP|APRN|class|category|type|number|level)\b|"
               # its number ("licence no. 03-123456", "#12345") or the title it licenses ("Registered Pharmacist")
               r"\b(?:no\.?|nr\.?|#)\s*\d|\bregistered\s+(?!with\b)[a-z]{4,}",
    "registration": r"\bregistered (?!with\b)\w+|\bregistration as\b|\b(?:NMC|HCPC|GMC|GPhC|GDC|GTCS|PIN)\b|"
                    r"\bexaminiert\w*\b|\bnumber\b",
    "certification": r"\b(?:ALS|ILS|BLS|ACLS|PALS|EPALS|CACES|CSCS|PMP|CISSP|AWS|Azure|level|R\d{3})\b|"
                     r"\b(?!(?:a|an|the|my|valid|active|current|this|that|one)\b)[A-Za-z]{2,}\s+certif\w+",
    "qualification": r"\b(?:CIMA|ACCA|ACA|CIPD|QTS|chartered|level|fellow|member|ACMA|FCCA)\b",
    "degree": r"\b(?:BSc|MSc|BA|MA|BEng|MEng|PhD|LLB|bachelor\w*|master\w*|doctorate|in [A-Z]?[a-z]+ (?:science|studies|"
              r"engineering)|in (?:nursing|law|economics|computer science|mathematics|physics|chemistry|biology|"
              r"history|business|accounting|finance|marketing|psychology|education))\b",
    "driving": r"\b(?:categor\w+|class|[ABCD]1?E?|HGV|LGV|CDL|C1|C\+E)\b",
    "clearance": r"\b(?:SC|DV|BPSS|NV[123]|CTC|top secret|secret|TS/SCI|level)\b",
    "right_to_work": r"\b(?:citizen\w*|national\w*|passport|settled|pre-settled|indefinite leave|ILR|visa|permit|"
                     r"green card|EU|EEA|residen\w+|sponsor\w*)\b",
}
_WHICH_RES = {kind: re.compile(pattern, re.I) for kind, pattern in _WHICH_RE.items()}

# (which, who issued it and where, both at once, whether valid, whether recognised here): "" where not asked of a kind
_ASKS: dict[str, tuple[str, str, str, str, str]] = {
    "licence": ("Which licence is it exactly, and its number or class if that matters here?",
                "Which state, country or board issued it?",
                "Which licence is it, and which state, country or board issued it?",
                "Is it active, and until when?",
                "Is it recognised here, or what would it take to transfer it?"),
    "registration": ("What are you registered as, and with which number or level if relevant?",
                     "Which body holds your registration, and in which country?",
                     "Which body are you registered with, in which country, and as what?",
                     "Is your registration active, and until when?",
                     "Is it recognised here, or where are you in having it recognised?"),
    "certification": ("Which certification is it exactly, and at what level?",
                      "Which body issued it?",
                      "Which certification is it exactly, and which body issued it?",
                      "When did you gain it, and until when is it valid?",
                      ""),
    "qualification": ("Which qualification is it, and at what level?",
                      "Which body awarded it, and in which country?",
                      "Which qualification is it, and which body awarded it?",
                      "Are you fully qualified, and since when, or how many exams are left?",
                      "Is it recognised here, or what would it take?"),
    "degree": ("Which degree is it, and in what subject?",
               "Which university awarded it, and in which country?",
               "Which degree is it, in what subject, and from which university?",
               "When did you finish it?",
               "If it is from abroad, has it been recognised here?"),
    "driving": ("Which categories does it cover?",
                "Which country issued it?",
                "Which country issued it, and which categories does it cover?",
                "Is it a full licence, and is it clean, with no penalty points?",
                ""),
    "clearance": ("What level of clearance is it?",
                  "Which government or agency granted it, and who sponsored it?",
                  "What level of clearance is it, and which agency granted it?",
                  "Is it active, or when did it lapse?",
                  ""),
    "right_to_work": ("What is it based on: citizenship, settled status, a visa or a permit?",
                      "",
                      "What is it based on: citizenship, settled status, a visa or a permit?",
                      "Does it have an end date, or conditions such as sponsorship or limited hours?",
                      ""),
}
MAX_ASKS = 3  # asked in one follow-up: more reads as a form to fill in
_LEADS = ("", "Tell me a little more about it. ")


def asks_credential(question: str) -> bool:
    """Whether ``question`` asks whether, or which, the candidate holds a credential (:func:`credential_kind`)."""
    return bool(credential_kind(question))


def asks_holding(question: str) -> bool:
    """Whether ``question`` asks plainly which credential, or whether one, the candidate holds (a plain ask, not only
    the role's requirement or how it is kept current) of a kind :func:`credential_kind` reads: the one reading the
    follow-up and the scorer share (:func:`core.coach.stronger_factual.fact_kind` judges such a question as a fact)."""
    return bool(_PLAIN_ASK_RE.search(readable_text(question or ""))) and asks_credential(question)


def credential_kind(question: str, answer: str = "") -> str:
    """The kind of credential ``question`` asks the candidate about holding: "licence", "registration",
    "certification", "qualification", "degree", "driving", "clearance" or "right_to_work"; "" when it asks about
    none (no credential named, or one named only as work done: "Tell me about a certification audit you ran").
    When the question names several ("NMC registration and ALS certification"), the one ``answer`` names comes
    first ("I am a registered nurse." -> "registration")."""
    text = readable_text(question or "")
    if not _HOLDING_ASK_RE.search(text):
        return ""
    named, rest = [], text
    for kind, pattern in _KINDS:  # a kind's words are its own: "driving licence" names no professional licence
        if pattern.search(rest):
            named.append(kind)
            rest = pattern.sub(" ", rest)
    if not named:
        return ""
    said = readable_text(answer or "")
    return next((kind for kind, pattern in _KINDS if kind in named and pattern.search(said)), named[0])


# the same parts as the report's "What was missing" names them (:func:`credential_detail`), in :data:`_ASKS`' order
_GAPS: dict[str, tuple[str, str, str, str, str]] = {
    "licence": ("Which licence it is exactly, and its number or class where that matters",
                "Which state, country or board issued it",
                "Which licence it is, and which state, country or board issued it",
                "Whether it is active, and until when",
                "Whether it is recognised here, or what a transfer would take"),
    "registration": ("What you are registered as, and your number or level where relevant",
                     "Which body holds your registration, and in which country",
                     "Which body you are registered with, in which country, and as what",
                     "Whether your registration is active, and until when",
                     "Whether it is recognised here, or where you are in having it recognised"),
    "certification": ("Which certification it is exactly, and at what level",
                      "Which body issued it",
                      "Which certification it is exactly, and which body issued it",
                      "Its dates: since when you have held it, and until when it is valid",
                      ""),
    "qualification": ("Which qualification it is, and at what level",
                      "Which body awarded it, and in which country",
                      "Which qualification it is, and which body awarded it",
                      "Whether you are fully qualified and since when, or how many exams are left",
                      "Whether it is recognised here, or what that would take"),
    "degree": ("Which degree it is, and in what subject",
               "Which university awarded it, and in which country",
               "Which degree it is, in what subject, and from which university",
               "When you finished it",
               "Whether a degree from abroad has been recognised here"),
    "driving": ("Which categories it covers",
                "Which country issued it",
                "Which country issued it, and which categories it covers",
                "Whether it is a full licence, and clean, with no penalty points",
                ""),
    "clearance": ("What level of clearance it is",
                  "Which government or agency granted it, and who sponsored it",
                  "What level of clearance it is, and which agency granted it",
                  "Whether it is active, or when it lapsed",
                  ""),
    "right_to_work": ("What it is based on: citizenship, settled status, a visa or a permit",
                      "",
                      "What it is based on: citizenship, settled status, a visa or a permit",
                      "Whether it has an end date, or conditions such as sponsorship or limited hours",
                      ""),
}
PARTS = ("which", "where", "valid", "recognised")  # what a hiring manager checks of a credential held


# a register or issuing body by its initials ("NMC", "HCPC", "DVLA"): one the question names, said in the answer, is the
# body the role asks for, so nothing is left to recognise ("Yes, I hold current NMC registration" to an NMC question)
_BODY_RE = re.compile(r"\b(?:NMC|HCPC|GMC|GPhC|GDC|GTCS|SWE|SSSC|NISCC|GOC|GCC|GOsC|DVLA|DVA|PSNI|ICAEW|ACCA|CIMA|"
                      r"CIPD|SRA|RICS)\b")


def _parts_said(kind: str, answer: str, question: str = "") -> dict[str, bool]:
    """Of :data:`PARTS` that ``kind`` asks (a kind with no ask of a part leaves it out), whether ``answer`` says it;
    recognition is said, too, by naming the body ``question`` names (:data:`_BODY_RE`)."""
    which_ask, where_ask, _, valid_ask, recognised_ask = _ASKS[kind]
    said = {"which": bool(_WHICH_RES[kind].search(answer)),
            "where": bool(jurisdictions(answer) or _ISSUER_RE.search(answer)),
            "valid": bool(_VALID_RE.search(answer)), "recognised": bool(_RECOGNISED_RE.search(answer) or (
                set(_BODY_RE.findall(answer)) & set(_BODY_RE.findall(question))))}
    asked = dict(zip(PARTS, (which_ask, where_ask, valid_ask, recognised_ask), strict=True))
    return {part: said[part] for part in PARTS if asked[part]}


def _unsaid(kind: str, answer: str, table: dict[str, tuple[str, str, str, str, str]], question: str = "") -> list[str]:
    """The entries of ``table`` for ``kind`` (which, where, both, valid, recognised) that ``answer`` leaves unsaid, in
    order: which and where as one when neither is said."""
    which_x, where_x, both_x, valid_x, recognised_x = table[kind]
    said = _parts_said(kind, answer, question)
    which, where = said.get("which", True), said.get("where", True)
    out = [both_x] if not (which or where) else [x for x, ok in ((which_x, which), (where_x, where)) if not ok]
    out += [valid_x] if not said.get("valid", True) else []
    out += [recognised_x] if not said.get("recognised", True) else []
    return list(dict.fromkeys(x for x in out if x))


def _missing(kind: str, answer: str, question: str = "") -> list[str]:
    """The asks of ``kind`` (:data:`_ASKS`) that ``answer`` to ``question`` has not answered, in order, at most
    :data:`MAX_ASKS`."""
    return _unsaid(kind, answer, _ASKS, question)[:MAX_ASKS]


# an answer saying the credential is not held (yet), and one saying where the candidate is in getting it
_NOT_HELD_RE = re.compile(r"^\s*no\b|\bnot yet\b|\b(?:don'?t|do not|doesn'?t|haven'?t|have not|am not|I'?m not) "
                          r"(?:\w+ )?(?:have|hold|got|registered|licensed|certified|qualified|eligible)\b|"
                          r"\bworking towards?\b|\bnoch nicht\b|\bpas encore\b|\btodav[íi]a no\b|\bnon ancora\b|"
                          r"\bainda n[ãa]o\b", re.I)
_PROGRESS_RE = re.compile(r"\b(?:applied|application|booked|sitting|passed|expect\w*|due|pending|submitted|in progress|"
                          r"(?:19|20)\d\d|next (?:month|year|week)|in \w+ (?:months?|weeks?))\b", re.I)
# a question that says the CV shows the credential ("…, which your CV shows. How do you keep it current, and where
# did it last matter in your work?"): its which and where are on the CV, and an answer of this many words or more
# tells the work it asked about
_CV_SHOWS_RE = re.compile(r"\b(?:which )?your (?:CV|r[ée]sum[ée]) shows\b", re.I)
TOLD_WORDS = 35
NOT_HELD_ASK = ("Where are you in getting it: have you applied or booked what it takes, and when do you expect to "
                "hold it?")
NOT_HELD_GAP = "Where you are in getting it: what you have applied for or booked, and when you expect to hold it"


_US_LICENSE_RE = re.compile(r"\blicense[ds]?\b", re.I)  # the noun as US English spells it ("RN license", "licensed")
_LICENCE_RE = re.compile(r"\b([Ll])icence")


def _spelt_as(question: str, texts: list[str]) -> list[str]:
    """``texts`` with "licence" spelt "license" when ``question`` spells it so and never "licence" (rc27: the question
    said "license", its follow-up "licence"): the follow-up and the report keep the interview's spelling."""
    if not _US_LICENSE_RE.search(question or "") or _LICENCE_RE.search(question or ""):
        return texts
    return [_LICENCE_RE.sub(r"\1icense", text) for text in texts]


def credential_gaps(question: str, answer: str) -> list[str]:
    """What a hiring manager would still ask of the credential ``question`` asks about, given ``answer``: the asks
    of its kind not yet answered (which one, who issued it and where, valid until when, recognised here), at most
    :data:`MAX_ASKS`, "licence" spelt as the question spells it; for one not held (yet), where the candidate is in
    getting it (:data:`NOT_HELD_ASK`); [] when
    the question is on no credential, the answer said it all, or the question says the CV shows it and the answer
    (:data:`TOLD_WORDS` words or more) tells the work it asked about."""
    kind = credential_kind(question, answer)
    said = readable_text(answer or "")
    if not kind or (_CV_SHOWS_RE.search(question or "") and len(said.split()) >= TOLD_WORDS):
        return []  # the CV names it, and the answer tells how it shapes the work: nothing of the document to ask
    if _NOT_HELD_RE.search(said):  # not held (yet): where they are in getting it, unless the answer said so
        return [] if _PROGRESS_RE.search(said) else [NOT_HELD_ASK]
    return _spelt_as(question, _missing(kind, said, readable_text(question or "")))


def credential_follow_up(question: str, answer: str, variant: int = 0) -> str:
    """The follow-up to ``answer`` on the credential ``question`` asks about (:func:`credential_gaps`), never "what
    did you do"; "" when nothing is left to ask. ``variant`` (any int) words its opening differently."""
    gaps = credential_gaps(question, answer)
    return (_LEADS[variant % len(_LEADS)] + " ".join(gaps)) if gaps else ""


def credential_detail(question: str, answer: str) -> tuple[str, dict[str, bool], list[str]]:
    """How ``answer`` tells the credential ``question`` asks about, read as :func:`credential_gaps` reads it for the
    follow-up (the scorer and the chat agree, rc26 N6 and session 27): (its kind, :func:`credential_kind`; which of
    :data:`PARTS` the kind asks the answer says, by part; what the report names as missing, in the follow-up's order
    and as many as it leaves unsaid; for one not held yet, the one part "progress", where the candidate is in getting
    it, as its follow-up asks). ("", {}, []) for a question on
    no credential; the parts empty and nothing missing when the question says the CV shows it and the answer tells
    the work (:data:`TOLD_WORDS` words or more)."""
    kind = credential_kind(question, answer)
    said = readable_text(answer or "")
    if not kind:
        return "", {}, []
    if _CV_SHOWS_RE.search(question or "") and len(said.split()) >= TOLD_WORDS:
        return kind, {}, []
    if _NOT_HELD_RE.search(said):  # not held (yet): where the candidate is in getting it is all there is to tell
        progress = bool(_PROGRESS_RE.search(said))
        return kind, {"progress": progress}, ([] if progress else [NOT_HELD_GAP])
    asked = readable_text(question or "")
    return kind, _parts_said(kind, said, asked), _spelt_as(question, _unsaid(kind, said, _GAPS, asked))
