"""The plan's wording: question templates, the core competencies of each role family, the
licences a job can require, and terms put in natural case mid-sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.analysis.licences import field_aliases, with_article
from core.analysis.requirement_name import english_name
from core.analysis.skills import find_skills
from core.coach.casing import natural_case
from core.coach.foreign_terms import foreign_quoted, in_other_language
from core.coach.slots import ANY, OF_WORK, Template, pick, slot_kind
from core.coach.title_sentence import title_in_sentence  # noqa: F401 - re-exported: the plan's users import it here

OPENERS = (
    "To start, could you walk me through your background and what draws you to the {title} role{at_company}?",
    "Let's begin with you: what in your experience so far makes you a strong fit for the {title} role{at_company}?",
    "Tell me briefly about the work you do now, and why the {title} role{at_company} appeals to you at this point.",
)
# the CV names jobs but the reading of the latest one is unsure: ask about it without naming what is unsure
OPENERS_RECENT = (
    "To start, walk me through your most recent role: what you were responsible for, and why the {title} role{at_company} is your next step.",
    "Let's begin with your most recent job: what did you own there, and what draws you to the {title} role{at_company}?",
)
# the latest entry's employer is sure and its title is not: the employer alone ("your time at Kestrel Freight Ltd")
OPENERS_AT_EMPLOYER = (
    "To start, walk me through your time at {employer}: what you were responsible for, and why the {title} role{at_company} is your next step.",
    "Let's begin with your work at {employer}: what did you own there, and what draws you to the {title} role{at_company}?",
)
# the latest title is sure and its employer is not: the title alone, no employer named
OPENERS_AS_ROLE = (
    "To start, walk me through your most recent work as {role}: what you were responsible for, and why the {title} role{at_company} is your next step.",
    "Let's begin with your time as {role}: what did you own there, and what draws you to the {title} role{at_company}?",
)
OPENERS_WITH_CV = (
    "To start, you're currently {role} at {employer}. Walk me through that work and why the {title} role{at_company} is your next step.",
    "Let's begin with your time as {role} at {employer}: what did you own there, and what makes you want the {title} role{at_company}?",
)
# The CV's own header line of the latest entry, quoted verbatim (session 18: a line quoted is true by construction,
# a title and an employer put together from the reading were not); "your current role" only when the line itself
# says the job goes on ("2019 – present": :data:`core.analysis.cv_line_quote.PRESENT_RE`)
OPENERS_LINE = (
    "To start, your CV lists “{line}”. Tell me about that role: what you were responsible for, and why the {title} role{at_company} is your next step.",
    "Let's begin with the entry your CV lists as “{line}”: what did you own there, and what draws you to the {title} role{at_company}?",
)
OPENERS_LINE_CURRENT = (
    "To start, your CV lists your current role as “{line}”. Walk me through that work and why the {title} role{at_company} is your next step.",
    "Let's begin with your current role, which your CV lists as “{line}”: what do you own there, and what makes you want the {title} role{at_company}?",
)
# Each reads for a tool ("Python"), a practice ("warehouse operations") and a multi-word skill alike; "it"
# only ever points back to {skill} in the sentence before (tests/test_template_grammar.py renders them all).
# Slots: {skill} is the requirement as named ("warehouse experience", "Python", "stakeholder management") and
# reads after "mentions", "list", "calls for"; {topic} is the field it names, as it reads after "in" or "on"
# ("warehouse work", "Python", "stakeholder management": :func:`topic_phrase`), never "in warehouse experience".
# a credential is asked what it prepared one for, a life-support training when it was last used, a clinical sign which
# changes make one act (core.coach.term_kind)
_NOT_HELD = ANY - {"qualification", "certification", "observation", "quality"}
SKILL_TEMPLATES = (
    Template("Your CV mentions {skill}{where}. Walk me through a specific piece of work that drew on it: what was the goal, what did you do yourself, and how did it turn out?", _NOT_HELD),
    Template("You list {skill}{where}. What was the hardest problem you have faced in {topic}, and which trade-offs did you weigh?", OF_WORK),
    Template("The role calls for {skill}, which your CV shows{where}. Tell me about one piece of work involving {topic} that made a measurable difference: what changed, and how did you measure it?", OF_WORK),
    Template("Your CV mentions {skill}{where}. If you were showing a new colleague the ropes in {topic}, which example from your own work would you pick, and what would you warn them about?", {"field"}),
)
SKILL_TEMPLATES_SENIOR = (
    Template("Your CV mentions {skill}{where}. Tell me about a decision you made in {topic} that affected others beyond yourself: what were the options and how did you choose?", {"field"}),
    Template("You list {skill}{where}. How did you help other people on the team get good at it, and what changed as a result?", {"field", "skill", "tool", "method"}),
)
# Skills of no one field take questions of their own: "the hardest problem you have faced in Microsoft Office,
# and which trade-offs did you weigh?" is no question a hiring manager asks. An everyday product (the lexicon's
# ``named_general_tools``) is asked about as a tool one uses; a quality or practice (communication, attention
# to detail, people management) by the time it mattered.
EVERYDAY_TOOL_TEMPLATES = (
    Template("You list {skill}{where}. What do you use it for day to day, and what is the most involved thing you have made with it?", {"tool", "field"}),
    Template("Your CV mentions {skill}{where}. Which piece of work in it saved you or your team the most time, and how did you set it up?", {"tool", "field"}),
)
QUALITY_TEMPLATES = (
    Template("Your CV mentions {skill}{where}. Tell me about a time it really mattered: what was the situation, what did you do, and how did it turn out?", ANY - {"certification", "observation"}),
    Template("The role calls for {skill}, which your CV shows{where}. Which example from your work shows it best, and what would you do differently now?", ANY - {"certification", "observation", "qualification"}),
)
# A duty of the job the CV shows ("serving food", "greeting guests": core.analysis.requirement_name.requirement_kind):
# the job's work, asked as work done, never as a requirement the role "calls for" (session 27 re-check, F2)
DUTY_SHOWN_TEMPLATES = (
    Template("This role includes {skill}, which your CV shows{where}. Walk me through how you did it on your busiest "
             "day: what did you do first, and what did you watch out for?", {"skill", "field"}),
    Template("This role includes {skill}, and your CV shows it{where}. What does doing it well look like to you, and "
             "when did you last fall short of that?", {"skill", "field"}),
)
# A qualification (a degree, a completed training, a licence: core.analysis.requirement_name.requirement_kind) is asked
# as one held, never for "an example from your work" of it (session 27 re-check, F2: "The role calls for
# “Berufsausbildung zur examinierten Pflegefachkraft”, which your CV shows. Which example from your work shows it best").
QUALIFICATION_SHOWN_TEMPLATES = (
    Template("The role calls for {skill}, which your CV shows{where}. Where and when did you qualify, and what from that "
             "training do you use most in your work?", {"qualification"}),
)
# a qualification the CV meets only by a near one (a BSN line cut short, a degree of a near field): no claim either way
QUALIFICATION_RELATED_TEMPLATES = (
    Template("The role asks for {skill}. Which qualification of yours comes closest to it, and where and when did you "
             "gain it?", {"qualification"}),
)
# the job names it in another language than the CV's: a qualification of another country, asked about its recognition
QUALIFICATION_RECOGNISED_TEMPLATES = (
    Template("The role calls for {skill}, which your CV shows{where}. Where and when did you qualify, and is your "
             "qualification recognised here, or where are you in having it recognised?", {"qualification"}),
)
# A job skill the CV meets only by a near term ("B2B marketing" for "product marketing", "Java" where the
# job allows "Go or Java"): asked about without saying the CV lists it.
RELATED_TEMPLATES = (
    "The role calls for {skill}, and your CV shows related work{where}. Which piece of that work comes closest, and what did you do there yourself?",
    "This job involves {skill}. Your CV points to related experience{where}: walk me through the part of it closest to what we need here, and how it turned out.",
)
# A job skill the CV shows by a named instance of it ("SAP EWM" for "a WMS", an example the job itself gives):
# the question names the instance, never "related work".
INSTANCE_TEMPLATES = (
    "The role calls for {skill}, and your CV shows {instance}{where}. Tell me about one piece of work in {instance}: what was the goal, what did you do yourself, and how did it turn out?",
    "This job involves {skill}; your CV names {instance}{where}. What was the hardest problem in your {instance} work, and what would you do differently next time?",
)
GAP_TEMPLATES = (
    Template("The role asks for {skill}, which I don't see on your CV. What have you done that comes closest, and how would you get up to speed?", _NOT_HELD),
    # a qualification is held or being gained, never "got up to speed on"
    Template("The role asks for {skill}, which I don't see on your CV. Do you hold it or an equivalent, and if not, "
             "where are you in gaining it?", {"qualification"}),
    Template("This job involves {skill}, which I don't see on your CV. Tell me about a time you had to learn something similar quickly: what did you do and how long did it take?", {"field", "skill", "tool", "method"}),
    Template("How would you get up to speed on {topic} in your first months here? Your CV doesn't show that yet, so be concrete about what you'd do first.", {"field", "skill", "tool", "method"}),
)
# A life-support training or a clinical sign the CV does not show: asked as held or used, never "get up to speed on
# vital signs" (session 27)
KIND_GAP_TEMPLATES = (
    Template("The role asks for {skill}, which I don't see on your CV. Do you hold it, and when did you last use your "
             "{topic} training? If you don't, when could you take the course?", {"certification"}),
    Template("The role asks for {skill}, which I don't see on your CV. Which changes in {topic} would make you escalate, "
             "and to whom?", {"observation"}),
)
# A quality or practice of no one field the CV does not show (written communication, attention to detail): asked for
# the example that shows it best, never "how would you get up to speed" or "learn something similar quickly".
QUALITY_GAP_TEMPLATES = (
    "The role calls for {skill}, which your CV doesn't show directly. Which example from your work, studies or "
    "volunteering shows it best, and how did it turn out?",
    "This job needs {skill}. Your CV doesn't say much about it: tell me about a time it really mattered in your "
    "work. What did you do, and what was the result?",
)
YEARS_TEMPLATE = ("This role asks for {requirement}, and your CV doesn't show that much of it. Walk me through the "
                  "experience you have that comes closest: how long, and with how much responsibility?")
LICENCE_TEMPLATE = (
    "This role requires {licence}, and I don't see it on your CV. Do you hold it, or where are you in getting it? "
    "Until then, how would you make sure you work safely within what you're allowed to do?"
)
# The job accepts an equivalent and the CV shows a credential of the same kind (another country's teaching
# registration for "QTS (or equivalent)"): ask about its recognition, never say none is shown.
EQUIVALENT_TEMPLATE = (
    "This role asks for {licence} or an equivalent, and your CV shows {held}. Is that recognised as equivalent "
    "for this role, or where are you in having it recognised? Until then, how would you make sure you work "
    "within what you're allowed to do?"
)
# A professional qualification gained by exams (CIMA, ACCA: data/licences.json ``kind``) is asked as one, naming the
# bodies the job names: "your licence" and "work within what you're allowed to do" are a licensed profession's words.
QUALIFICATION_TEMPLATE = (
    "This role asks for {qualification}{part}, and I don't see one on your CV. Are you {bodies} qualified, or how far "
    "are you through the exams?"
)
QUALIFICATION_EQUIVALENT_TEMPLATE = (
    "This role asks for {qualification} or an equivalent, and your CV shows {held}. How does that compare with "
    "{bodies}, and are you working towards {bodies}?"
)
PART_QUALIFIED_RE = re.compile(r"\bpart[- ]?qualified\b|\bstudying (?:for|towards)\b|\bworking towards\b", re.I)
ACHIEVEMENT_TEMPLATES = (
    'Your CV says: "{achievement}"{where}. Walk me through how you did that: the starting point, what you personally did, and how you measured the result.',
    'On your CV you wrote "{achievement}"{where}. What was the hardest part of getting there, and what would you do differently now?',
)
EMPLOYER_LEADS = ("Thinking of your time at {employer}: ", "From your work at {employer}: ")
# a CV entry that was a student placement or an internship is named as one, never as a job held (session 22 re-check)
PLACEMENT_LEADS = ("Thinking of your placement at {employer}: ", "From your placement at {employer}: ")
# What a tough interviewer adds after a question (:func:`core.coach.follow_up.next_question_text`).
TOUGH_TAILS = (" Be specific.", " Keep it concrete: names, numbers and your own part.", " I'll want details.")

# The competencies a hiring manager in each family (or group: data/role_groups.json) probes first, most important first.
CORE_COMPETENCIES: dict[str, tuple[str, ...]] = {
    "healthcare": ("licensure", "triage", "medication safety", "deteriorating patient", "patient safety"),
    "sales": ("quota", "prospecting", "discovery", "objection handling", "pipeline management"),
    "data": ("model evaluation", "sql", "machine learning", "experimentation", "data quality"),
    "software": ("system design", "debugging", "testing", "incident response", "code review"),
    "product": ("prioritisation", "discovery", "product metrics", "trade-offs"),
    "design": ("design process", "usability testing", "accessibility", "design critique"),
    "customer support": ("de-escalation", "troubleshooting", "prioritisation", "escalation"),
    "teaching": ("safeguarding", "behaviour management", "lesson planning", "assessment"),
    "operations": ("process improvement", "kpis", "supplier failure", "health and safety"),
    "hospitality": ("allergen control", "food cost control", "service under pressure", "food safety", "menu development"),
    "finance": ("month-end close", "reconciliation", "controls", "forecasting"),
    "marketing": ("campaign planning", "attribution", "marketing metrics", "content strategy"),
    "general": ("prioritisation", "problem solving", "communication", "ownership"),
}

# (pattern in a job description or CV, how the plan names it when the job gives no words of its own); the first
# that the JD has and the CV lacks is a gap. Each also finds the registers of its field that data/licences.json
# names ("NMC PIN", "HCPC", "GTCS"); the question then says the job's own words (core.analysis.licences).
def _licence_pattern(words: str, field: str) -> re.Pattern[str]:
    return re.compile("|".join(p for p in (words, field_aliases(field)) if p), re.I)


LICENCES: tuple[tuple[re.Pattern[str], str], ...] = (
    (_licence_pattern(r"\bRN\b|registered nurse|nursing licen[cs]e|nurse licensure", "nursing"),
     "current registration as a nurse"),
    (_licence_pattern(r"qualified teacher status|teaching (?:licen[cs]e|credential|certificate)", "teaching"),
     "qualified teacher status (or a teaching licence)"),
    (_licence_pattern(r"\b(?:CPA|ACCA|CIMA|ACA)\b", "accounting"), "a recognised accounting qualification (CPA, ACCA or CIMA)"),
    (re.compile(r"\bBLS\b|\bACLS\b|basic life support", re.I), "current BLS/ACLS certification"),
    (_licence_pattern(r"\bCDL\b|commercial driver", "driving"), "a commercial driving licence"),
    (_licence_pattern("", "background check"), "an enhanced DBS check"),
    (_licence_pattern("", "health"), "registration with the profession's regulator"),
    (_licence_pattern("", "forklift"), "a forklift licence"),  # CACES, Staplerschein: data/licences.json
)

# A job line that accepts an equivalent: "QTS (or equivalent)", "RN licence or comparable registration".
EQUIVALENT_RE = re.compile(r"\bor (?:an? |its |the )?(?:equivalent|comparable)\b|\bequivalent (?:qualification|licen[cs]e|"
                           r"registration|certification|status)\b", re.I)
# Words that make a CV line a credential: a licence, registration, certification or qualification held.
CREDENTIAL_WORD_RE = re.compile(r"\b(?:licen[cs]\w*|regist(?:ration|ered)|certifi\w*|qualifi\w*|credential|"
                                r"diploma|master|bachelor|postgraduate|chartered|vett(?:ing|ed)|clearance)\b", re.I)
# Per licence (as :data:`LICENCES` names it), the words of its field: a CV line with one of these and a
# credential word shows a credential of the same kind.
LICENCE_FIELDS: dict[str, re.Pattern[str]] = {
    LICENCES[0][1]: re.compile(r"\bnurs\w*|\bmidwi\w*", re.I),
    LICENCES[1][1]: re.compile(r"\bteach\w*|\beducat(?:ion|ors?)\b|\bPGCE\b|\bPGDE\b|\bB\.?\s?Ed\b|\bPME\b", re.I),
    LICENCES[2][1]: re.compile(r"\baccount\w*|\bauditor\b|\bCPA\b|\bACCA\b|\bCIMA\b", re.I),
    LICENCES[3][1]: re.compile(r"\blife support\b|\bresuscitation\b|\bCPR\b|\bPALS\b|\bfirst aid\b", re.I),
    LICENCES[4][1]: re.compile(r"\bdriv(?:ing|er'?s?)\b.*\blicen[cs]e|\blicen[cs]e\b.*\bclass [A-E]\b|\bHGV\b", re.I),
    LICENCES[5][1]: re.compile(r"\bbackground check|\bpolice (?:check|clearance)|\bvetting\b|\bdisclosure\b|"
                               r"\bPVG\b|\bworking with children\b", re.I),
    LICENCES[6][1]: re.compile(r"\bphysio\w*|\bparamedic|\btherap\w*|\bradiograph\w*|\bpharmac\w*|\bmedic(?:al|ine)\b|"
                               r"\bdoctor|\bphysician|\bclinical\b|\bdietit\w*|\bpodiatr\w*", re.I),
}
_STRONG_CREDENTIAL_RE = re.compile(r"\b(?:licen[cs]\w*|regist(?:ration|ered)|certifi\w*|chartered)\b", re.I)


def kindred_credential(cv: str, licence: str) -> str:
    """The CV's own words for a credential of the same kind as ``licence`` (one of :data:`LICENCES`' names):
    the first CV line with a word of the licence's field (:data:`LICENCE_FIELDS`) and a credential word
    (:data:`CREDENTIAL_WORD_RE`), a licence/registration/certification before a degree or "qualified",
    cut at its first comma, dash or bracketed note and before a number ("Teaching Council registration
    no. 123" -> "Teaching Council registration"); "" when the CV has none."""
    field = LICENCE_FIELDS.get(licence)
    if field is None:
        return ""
    lines = [ln.strip(" \t-•*·") for ln in (cv or "").splitlines()]
    kindred = [ln for ln in lines if field.search(ln) and CREDENTIAL_WORD_RE.search(ln)]
    if not kindred:
        return ""
    line = next((ln for ln in kindred if _STRONG_CREDENTIAL_RE.search(ln)), kindred[0])
    phrase = re.split(r",|;|\s[-–—|]\s|\s(?:no\.?|number|#)\s*\d|\s\d", line)[0].strip()
    phrase = re.sub(r"\s{2,}.*", "", phrase)  # a second column of a two-column line
    return phrase if 2 <= len(phrase.split()) <= 10 else "a qualification of that kind"




def mid_sentence(term: str, texts: Iterable[str] = (), quoted: bool = True) -> str:
    """A term as it reads mid-sentence: "Unit testing" -> "unit testing", "Renewals" -> "renewals",
    "Stakeholder Management" -> "stakeholder management"; names (Python, Salesforce, Microsoft
    Office) and acronyms (SQL) stay as they are. ``texts``: the job description and CV, whose own
    lower-case or mid-sentence capital use of a word is evidence (:func:`core.coach.casing.natural_case`); a term
    of a document in another language is said by its English name where the concepts have one
    (:func:`core.analysis.requirement_name.english_name`: "Intensiv- oder Beatmungspflege" -> "intensive care or
    ventilation nursing"), else quoted whole as written, or only as written when ``quoted`` is False
    (:func:`core.coach.foreign_terms.foreign_quoted`)."""
    texts = tuple(texts)
    if quoted and in_other_language(term, texts) and (english := english_name(term)):
        return english  # an interview held in English names it in English (session 27 re-check, F2)
    return foreign_quoted(term, texts, quoted) or natural_case(term, texts)


# Endings of a noun that names an activity or a quality ("budgeting", "procurement", "leadership"); a one-word
# requirement without one names a thing or place ("warehouse") and reads as "warehouse experience".
_ACTIVITY_END_RE = re.compile(r"(?:ing|ment|ship|tion|sion|ance|ence|ity|ism|sis|ics|ogy|ery|cy|ure|ness|work|ise|ize|al|ty)$")


def _practice_of_its_own(word: str) -> bool:
    """Whether a word before "or" names a practice by itself ("audit", "budgeting", "procurement": a lexicon skill
    or an activity noun), so "audit or quality improvement" is no "audit improvement"; "content" or "email" is a
    modifier that shares the head noun ("content or B2B marketing")."""
    hits = find_skills(word)
    return bool(hits and hits[0].surface.lower() == word.lower()) or bool(re.search(r"(?:ing|ment|tion|sion|ship)$", word))


# A setting a job asks experience of (session 25: "The role calls for fast-paced contact centre"): a lower-case phrase
# of up to four words, no determiner nor preposition, ending in a word for a place of work or its kind
_SETTING_HEADS = ("centre", "center", "environment", "setting", "kitchen", "office", "warehouse", "ward", "shop",
                  "store", "restaurant", "hotel", "clinic", "hospital", "factory", "site", "role", "team", "workplace",
                  "control room", "call centre", "salon", "nursery", "agency")
_SETTING_RE = re.compile(r"(?:(?!(?:a|an|the|any|experience|knowledge|in|of|to|with|within|for|and|or|on|at|as|best)\b)"
                         r"[a-z][\w/-]* ){0,3}(?:"
                         + "|".join(_SETTING_HEADS) + ")")


def requirement_phrase(said: str) -> str:
    """A requirement as it reads after "the role calls for" or "get up to speed on": one lower-case word
    that names a thing, not an activity, gets "experience" ("warehouse" -> "warehouse experience"); a
    word coordinated with a longer phrase shares its head noun ("content or B2B marketing" -> "content
    marketing or B2B marketing"), unless it names a practice by itself ("audit or quality improvement"); names,
    acronyms and other phrases stay as they are; a setting (:data:`_SETTING_RE`: "fast-paced contact centre", "similar
    role") is experience in one ("experience in a fast-paced contact centre")."""
    said = said.strip()
    two = re.fullmatch(r"([a-z][\w-]*) (or|and) ((?:\S+ )+)([a-z][\w-]*)", said)
    if two and _ACTIVITY_END_RE.search(two.group(4)) and not _practice_of_its_own(two.group(1)):
        return f"{two.group(1)} {two.group(4)} {two.group(2)} {two.group(3)}{two.group(4)}"
    if re.fullmatch(r"[a-z]+", said) and not _ACTIVITY_END_RE.search(said) and not said.endswith("s"):
        return f"{said} experience"
    if _SETTING_RE.fullmatch(said):  # "fast-paced contact centre": a place to have worked in, no noun phrase to call for
        return f"experience in {'an' if said[0] in 'aeio' else 'a'} {said}"
    return said


# Words that frame a requirement without naming its field: "warehouse experience", "knowledge of SAP".
_FRAME_RE = re.compile(r"^(?:(?:experience|knowledge|background|expertise|proficiency|familiarity|understanding)"
                       r"\s+(?:of|with|in)\s+)|\s+(?:experience|knowledge|background|expertise|skills?)$", re.I)


# Places of work whose endings read as an activity's ("department"): a field named by one gets "work" too.
_PLACES = frozenset({"department", "apartment", "compartment", "establishment", "emergency", "pharmacy", "nursery",
                     "surgery", "refinery", "brewery", "bakery", "distillery", "laboratory", "dispensary"})


def topic_phrase(said: str) -> str:
    """A requirement as the field it names, to read after "in" or "on" ("the ropes in …", "get up to speed on
    …"): its frame word dropped ("warehouse experience" -> "warehouse", "knowledge of SAP" -> "SAP"), and a
    field named by a lower-case singular thing ("warehouse", "emergency department") gets "work" ("warehouse
    work"), since "the ropes in warehouse" does not read; an activity or quality ("budgeting", "stakeholder
    management", "leadership"), a plural ("data pipelines"), a name or an acronym stays as it is."""
    named = requirement_phrase(said)
    bare = _FRAME_RE.sub("", named).strip() or named
    if re.match(r"an? ", bare):  # "a fast-paced contact centre": a setting, said whole
        return bare
    last = bare.split()[-1] if bare.split() else ""
    if re.fullmatch(r"[a-z][a-z-]*", last) and (last in _PLACES or not _ACTIVITY_END_RE.search(last)) and not last.endswith("s"):
        return f"{bare} work"
    return bare


def quoting(template: str) -> str:
    """A skill template that quotes the CV's own line where the skill is written (session 18), in place of the
    employer the reading paired it with: "The role calls for {skill}, and your CV says: “{quote}”.", "Your CV
    mentions {skill}: “{quote}”.", "You list {skill} on your CV: “{quote}”."."""
    return (template.replace(", which your CV shows{where}", ", and your CV says: “{quote}”")
            .replace("You list {skill}{where}", "You list {skill} on your CV: “{quote}”")
            .replace("{where}", ": “{quote}”"))


def _kinds_own(kind: str) -> tuple[str, ...]:
    """The templates of a term of ``kind`` when a caller's templates take none of it: a tool's, a method's and a
    credential's own questions (:mod:`core.coach.term_kind`), the field templates otherwise."""
    from core.coach.term_kind import kind_templates

    own = kind_templates({"qualification": "credential"}.get(kind, kind))
    return own + SKILL_TEMPLATES + QUALITY_TEMPLATES


# kinds of term that are named as they are after "with", "applied" or "learned for", never made "… work"
_NAMED_KINDS = frozenset({"tool", "method", "qualification", "quality"})
# what a certification is called besides its name: "your BLS training", never "your BLS certification training"
_CERT_WORDS_RE = re.compile(r"\s*\((?:[^)]*)\)|\b(?:current|valid|up[- ]to[- ]date|certifications?|certificates?|"
                            r"certified|cards?|training|courses?|provider|qualifications?)\b", re.I)


def _topic(said: str, kind: str) -> str:
    """``said`` as a slot after "in", "with" or "your … training" reads it: a certification without "certificate"
    ("BLS"), an observation as the sign it names ("vital signs" of "monitoring vital signs"), a named kind as it is,
    a field as :func:`topic_phrase` says it."""
    from core.coach.slots import CERTIFICATION_RE, OBSERVATION_RE

    if kind == "certification":
        bare = " ".join(_CERT_WORDS_RE.sub(" ", requirement_phrase(said)).split()).strip(" ,;:-/")
        bare = re.sub(r"^(?:an?|the)\s+|\s+(?:and|or|in|of)$", "", bare, flags=re.I)
        return bare if CERTIFICATION_RE.search(bare) else (m.group(0) if (m := CERTIFICATION_RE.search(said)) else said)
    if kind == "observation" and (m := OBSERVATION_RE.search(said)):
        return m.group(0) if m.group(0).isupper() else m.group(0).lower()
    return (_FRAME_RE.sub("", said).strip() or said) if kind in _NAMED_KINDS else topic_phrase(said)


# a degree named by its level, counted: "a bachelor's degree in nursing", never "asks for bachelor's degree in nursing"
_DEGREE_LEVEL_RE = re.compile(r"^(?:bachelor|master|associate|doctoral|honours|undergraduate|postgraduate)['’]?s?\b",
                              re.IGNORECASE)


def _counted(phrase: str) -> str:
    """A qualification as a question counts it: :func:`core.analysis.licences.with_article`, and a degree named by its
    level ("bachelor's degree in nursing") with "a", in lower case mid-sentence."""
    if _DEGREE_LEVEL_RE.match(phrase):
        return "a " + phrase[0].lower() + phrase[1:]
    return with_article(phrase)


def _fill(template: str, said: str, where: str = "", quote: str = "", kind: str = "") -> str:
    topic = _topic(said, kind)
    # a qualification is counted where its head is: "asks for an MPharm degree", never "asks for MPharm degree"; a
    # quality is said as it is ("empathy", never "empathy experience")
    skill = _counted(requirement_phrase(said)) if kind == "qualification" else said.strip() if kind == "quality" \
        else requirement_phrase(said)
    if quote:
        return quoting(template).format(skill=skill, topic=topic, quote=quote)
    return template.format(skill=skill, topic=topic, where=f" at {where}" if where else "")


def shown_question(said: str, index: int, where: str = "", templates: tuple[str, ...] = SKILL_TEMPLATES,
                   quote: str = "", kind: str = "") -> str:
    """The ``index``-th (modulo) question about a requirement the CV shows, ``said`` as it reads mid-sentence
    (:func:`requirement_phrase`, and :func:`topic_phrase` after "in"), ``where`` the employer it was used at or "";
    with ``quote`` (the CV's own line where it is written), that line in place of the employer (:func:`quoting`).
    Only templates whose slots take ``said``'s kind (``kind``, else :func:`core.coach.slots.slot_kind`) are drawn
    from; when none of ``templates`` does, the kind's own (:func:`_kinds_own`)."""
    kind = kind or slot_kind(said)
    return _fill(pick(templates, index, kind, _kinds_own(kind)), said, where, quote, kind)


def related_question(said: str, index: int, where: str = "") -> str:
    """The ``index``-th (modulo) question about a requirement the CV meets only by a near term
    (:data:`RELATED_TEMPLATES`): it never says the CV lists ``said``."""
    return _fill(RELATED_TEMPLATES[index % len(RELATED_TEMPLATES)], said, where)


def instance_question(said: str, instance: str, index: int, where: str = "") -> str:
    """The ``index``-th (modulo) question about a requirement the CV shows by ``instance``, a named kind of it
    (:data:`INSTANCE_TEMPLATES`): "The role calls for a WMS, and your CV shows SAP EWM"."""
    template = INSTANCE_TEMPLATES[index % len(INSTANCE_TEMPLATES)]
    return _fill(template.replace("{instance}", instance.replace("{", "").replace("}", "")), said, where)


# A role question of another type (a scenario, a technical walk-through) in a behavioural interview: asked as
# a past experience of its competency, so the chosen interview type holds.
PAST_EXPERIENCE_TEMPLATES = (
    Template("Tell me about a time your work on {topic} ran into trouble. What was the situation, what did you do "
             "yourself, and how did it turn out?", {"field", "skill", "tool", "method"}),
    Template("Think of a real case from your work on {topic} that tested you. What happened, what did you do, and "
             "what was the result?", {"field", "skill", "tool", "method"}),
)


def competency_topic(competency: str) -> str:
    """A bank competency (stored lower case) as it reads mid-sentence: in lower case, but a lexicon name with a
    capital after its first letter as the lexicon spells it ("kpis" -> "KPIs", "sql queries" -> "SQL queries",
    "lean" stays "lean")."""
    text = competency.strip().lower()
    for hit in reversed(find_skills(text)):
        # the name as written, or its singular for a singular surface ("kpi" -> "KPI")
        name = next((n for n in (hit.name, hit.name[:-1]) if n.lower() == hit.surface.lower()), "")
        if any(c.isupper() for c in name[1:]):
            text = text[: hit.start] + name + text[hit.end:]
    return text


def as_interview_type(questions: list[dict], interview_type: str, start: int = 0) -> list[str]:
    """Bank questions' texts as the interview type asks them: in a behavioural interview a question of another
    type (``question["type"]``: situational, technical) becomes its own ``past`` wording when the bank gives one
    ("Tell me about a quarter when you were behind quota…"), else one of :data:`PAST_EXPERIENCE_TEMPLATES` in turn
    (from ``start``) on its competency ("Tell me about a time your reconciliation work ran into trouble...");
    else its own text."""
    out, turn = [], start
    for question in questions:
        if interview_type != "behavioral" or question.get("type", "behavioural") == "behavioural":
            out.append(question["text"])
            continue
        if question.get("past"):  # its own past-experience wording: "your work on quota" is no question
            out.append(question["past"])
            continue
        template = PAST_EXPERIENCE_TEMPLATES[turn % len(PAST_EXPERIENCE_TEMPLATES)]
        out.append(template.format(topic=competency_topic(question["competency"])))
        turn += 1
    return out


def gap_question(said: str, index: int, quality: bool = False, kind: str = "") -> str:
    """The ``index``-th (modulo) question about a requirement the CV lacks (:data:`GAP_TEMPLATES`; for a quality of
    no one field, ``quality``, :data:`QUALITY_GAP_TEMPLATES`), of those whose slots take ``said``'s kind (``kind``,
    else :func:`core.coach.slots.slot_kind`): never "get up to speed on" a degree or a requirement's fragment."""
    kind = kind or slot_kind(said)
    templates = QUALITY_GAP_TEMPLATES if quality or kind == "quality" else GAP_TEMPLATES
    return _fill(pick(templates, index, kind, GAP_TEMPLATES + KIND_GAP_TEMPLATES), said, kind=kind)
