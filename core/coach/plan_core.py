"""What a plan spends its questions on: one competency once, however the bank words it (prioritisation and
time management are one competency), and the job's central requirement, the one its description comes back
to most (a hotel general manager "owns the P&L" in the summary, the duties and the requirements).

:func:`competency_key` is the key a plan compares competencies by; :func:`central_requirement` picks the
requirement the job names most; :func:`core_question` asks about it.
"""

from __future__ import annotations

import re

from core.analysis.cv_translated import translated_meets
from core.analysis.job_duties import is_duty_gerund
from core.analysis.job_years import years_asked
from core.analysis.lemmas import lemma
from core.analysis.skills import find_skills
from core.analysis.text import content_stems, stem
from core.coach.fluency import fluency_asked, language_fluency, without_wanted
from core.coach.phrasing import clip
from core.coach.plan_text import LICENCES, requirement_phrase, topic_phrase

# Competencies that are one skill under two names: a plan asks about each group once. Names are the
# question bank's competencies and the skills lexicon's general skills, lower case.
COMPETENCY_KIN: tuple[frozenset[str], ...] = tuple(frozenset(group) for group in (
    {"prioritisation", "prioritization", "time management", "workload", "organisation", "organization",
     "deadline pressure", "tight deadline", "multitasking"},
    {"leadership", "people management", "team leadership", "team management", "clinical leadership",
     "design leadership", "technical leadership"},
    {"mentoring", "coaching", "people development", "training", "developing others"},
    {"collaboration", "teamwork", "cross-functional collaboration"},
    {"judgement", "judgment", "decision making", "decision-making"},
    {"stakeholder management", "stakeholder communication"},
    {"problem solving", "problem-solving", "troubleshooting"},
    {"metrics", "kpis", "measurement"},
    {"budgeting", "budget cut", "budget management"},
    {"customer focus", "customer satisfaction", "customer service"},
    {"communication", "communication skills", "verbal communication"},
    # how many people and hours the work will need: a support desk's forecasting is its capacity planning
    # (session 21: forecasting, "plan capacity or staffing" and "plan staffing for a peak season" in one interview)
    {"capacity planning", "workforce planning", "demand planning", "resource planning", "forecasting", "staffing"},
))
_KIN = {name: min(group) for group in COMPETENCY_KIN for name in group}


# kin names that often modify another noun ("food safety training", "organisation skills", "customer service
# standards"): a longer name holding one is not asked on that group's subject
_MODIFYING_KIN = frozenset({"training", "organisation", "organization", "communication", "customer service",
                            "measurement", "workload"})
_KIN_IN_NAME_RE = re.compile(r"(?<![\w-])(" + "|".join(sorted((re.escape(n) for n in _KIN if n not in _MODIFYING_KIN),
                                                             key=len, reverse=True)) + r")(?![\w-])")


def competency_keys(name: str) -> set[str]:
    """:func:`competency_key` of ``name``, and of each :data:`COMPETENCY_KIN` name a longer name holds as whole words
    ("building contact forecasting models": forecasting's group, capacity planning), so a duty asked as a gap is the
    subject its kin name asks (session 21); a kin name that often modifies another noun (:data:`_MODIFYING_KIN`) aside."""
    keys = {competency_key(name)}
    low = re.sub(r"[^a-z0-9-]+", " ", (name or "").lower()).strip()
    if len(low.split()) >= 2:
        keys |= {_KIN[m] for m in _KIN_IN_NAME_RE.findall(low)}
    return keys


def competency_key(competency: str) -> str:
    """The key a plan compares competencies by: lower case, punctuation runs to one space, and one name
    for each group of :data:`COMPETENCY_KIN` ("Time management" and "prioritisation" give one key)."""
    key = re.sub(r"[^a-z0-9]+", " ", (competency or "").lower()).strip()
    return _KIN.get(key, _KIN.get(key.replace(" ", "-"), key))


# Words that frame a requirement without naming what it is about ("owning the P&L": the P&L).
_FRAME_STEMS = frozenset(content_stems(
    "own owning owned ownership accountable accountability oversight lead leading manage managing management experience experienced proven strong solid "
    "responsibility responsible ability able knowledge understanding skills skill good excellent track record "
    "develop developing delivering deliver drive driving work working handle handling ensure hands-on "
    "demonstrable demonstrated"
))


def _head_stems(requirement: str) -> set[str]:
    return content_stems(requirement) - _FRAME_STEMS


def requirement_weight(requirement: str, job_description: str) -> int:
    """How many lines (or sentences) of the job description name the requirement's own words (its content
    stems, frame words such as "owning" or "proven" left out): 0 when it has none of its own. A setting the
    requirement line adds ("P&L ownership in retail", "coaching within a team") need not be named again: the
    weight is the larger of the whole phrase's and the phrase's before it (session 28: the reader keeps the setting)."""
    units = [u for line in (job_description or "").splitlines() for u in re.split(r"(?<=[.;!?])\s+", line)]
    core = re.split(r"\s+(?:in|within|across)\s+", requirement, maxsplit=1)[0]
    heads = [head for phrase in dict.fromkeys((requirement, core)) if (head := _head_stems(phrase))]
    return max((sum(1 for unit in units if unit.strip() and head <= content_stems(unit)) for head in heads), default=0)


def central_requirement(requirements: list[str], job_description: str, minimum: int = 2) -> str:
    """The requirement the job description comes back to most (:func:`requirement_weight`, at least
    ``minimum`` lines; the earlier requirement on a tie), or "" when none is named that often."""
    best, best_weight = "", minimum - 1
    for req in requirements:
        weight = requirement_weight(req, job_description)
        if weight > best_weight:
            best, best_weight = req, weight
    return best


CORE_SHOWN_TEMPLATES = (
    "This role centres on {req}. Tell me about the time you carried the most responsibility for {topic} yourself: "
    "what was in your hands, what you decided, and how you knew it was working.",
    "A lot of this job comes down to {req}. Walk me through the piece of work that depended most on {topic}: "
    "what you were answerable for, what you decided, and what changed as a result.",
)
CORE_GAP_TEMPLATES = (
    "This role centres on {req}, and I don't see it on your CV. What have you done that comes closest, and what "
    "would you need to learn first to carry it here?",
    "A lot of this job comes down to {req}, which your CV doesn't show. How would you take it on in your first "
    "months, and what from your past work would you lean on?",
)


# the requirement quoted in the ad's own language (no English name: core.analysis.requirement_name.english_name): named
# once, as the ad's, and never pasted again mid-sentence (session 27 re-check, F2)
CORE_QUOTED_SHOWN_TEMPLATES = (
    "The ad puts {req} at the centre of this role. Tell me about the time you carried the most responsibility for "
    "that kind of work yourself: what was in your hands, what you decided, and how you knew it was working.",
    "The ad comes back again and again to {req}. Walk me through the piece of work of yours that comes closest to "
    "it: what you were answerable for, what you decided, and what changed as a result.",
)
CORE_QUOTED_GAP_TEMPLATES = (
    "The ad puts {req} at the centre of this role, and I don't see that work on your CV. What have you done that "
    "comes closest, and what would you need to learn first to carry it here?",
)


def core_question(said: str, shown: bool, index: int) -> str:
    """The ``index``-th (modulo) question on the job's central requirement ``said`` (as it reads
    mid-sentence): one the CV meets (:data:`CORE_SHOWN_TEMPLATES`) or lacks (:data:`CORE_GAP_TEMPLATES`); ``said``
    quoted in the ad's language (“…”) is named once (:data:`CORE_QUOTED_SHOWN_TEMPLATES`)."""
    if said.startswith("“"):
        quoted = CORE_QUOTED_SHOWN_TEMPLATES if shown else CORE_QUOTED_GAP_TEMPLATES
        return quoted[index % len(quoted)].format(req=said)
    templates = CORE_SHOWN_TEMPLATES if shown else CORE_GAP_TEMPLATES
    topic = said if re.match(r"\w+ing\b", said) else topic_phrase(said)  # "leading the team", never "… team work"
    return templates[index % len(templates)].format(req=said, topic=topic)  # the noun again, never "it"


def requirement_topic(requirement: str) -> set[str]:
    """The requirement's own stems (frame words left out), to tell whether another question is on it."""
    return _head_stems(requirement)


def cv_says(cv: str, name: str, said: str, in_cv: set[str]) -> bool:
    """Whether the CV's own text names a skill (the lexicon finds it there, or its words stand in the CV
    as a phrase, a one-word plural in its singular too), so a question may say "you list it"; a skill met only
    by its head word or an alternative the job allows is not named."""
    if name.lower() in in_cv or translated_meets(cv, said):  # "carretilla elevadora" on a Spanish CV: forklift
        return True
    def spaced(text: str) -> str:
        return re.sub(r"[\s\-–]+", " ", text.lower()).strip()

    flat = spaced(cv)
    terms = [spaced(term) for term in (name, said) if term.strip()]
    # a plural the job names, written in the singular as a modifier: "accruals" by "accrual journals"
    terms += [term[:-1] for term in terms if re.fullmatch(r"[a-z]{4,}[^s]s", term)]
    return any(re.search(r"(?<!\w)" + re.escape(term) + r"(?!\w)", flat) for term in terms)


def cv_listed(cv: str, said: str, in_cv: set[str], name: str = "") -> str:
    """What of the requirement ``said`` a question may say the CV lists (:func:`cv_says`): all of it, or of
    "X or Y" only the alternatives the CV names ("audit" of "audit or quality improvement" on a CV with an
    audit and no quality improvement); "" when the CV names none of it."""
    if fluency_asked(said) and language_fluency(cv, said)[0]:  # "anglais courant (C1)" for "Anglais courant indispensable"
        return without_wanted(said)
    parts = [p.strip() for p in re.split(r"\s+or\s+", requirement_phrase(said)) if p.strip()]
    named = [p for p in parts if cv_says(cv, p, p, in_cv)] if len(parts) > 1 else []
    if named and len(named) < len(parts):
        return " or ".join(named)
    if named:
        return said
    if not cv_says(cv, name or said, said, in_cv):
        return ""
    # the CV meets it by the lexicon only ("128% of quota" for "a track record of exceeding quota"): a question
    # says the CV lists only words the CV holds, the requirement's or the skill's name
    if translated_meets(cv, said) or _in_text(cv, said):
        return said
    return name if name and _in_text(cv, name) else ""


def duty_object_written(cv: str, said: str) -> bool:
    """Whether ``said`` is a duty of the job ("producing monthly management accounts") whose object, two words or
    more, the CV writes as a phrase ("Produce monthly management accounts"): the CV shows the duty itself."""
    words = said.split()
    if not words or not is_duty_gerund(words[0]):
        return False
    return (len(words) >= 3 and _in_text(cv, " ".join(words[1:]))) or (len(words) >= 2 and _duty_in_line(cv, words))


def _duty_in_line(cv: str, words: list[str]) -> bool:
    """Whether one CV line holds the duty's verb in any form and its object's head noun: "planning 30 routes a
    night" for "planning daily routes", "Leadership: Rotas for a brigade of 8" for "leading the kitchen brigade"
    (session 21: the plan said "your CV shows related work" of the thing itself)."""
    verbs = {v for v in (stem(words[0]), lemma(words[0].lower())) if len(v) >= 3}
    head = words[-1].lower().strip(".,;:")
    heads = {head, head[:-1]} if len(head) > 4 and head.endswith("s") else {head}
    for line in (cv or "").splitlines():
        tokens = re.findall(r"[a-z][a-z'-]*", line.lower())
        if any(t in heads or t.rstrip("s") in heads for t in tokens) and any(t.startswith(tuple(verbs)) for t in tokens):
            return True
    return False


def _in_text(cv: str, term: str) -> bool:
    """Whether ``term``'s words stand in the CV as a phrase (spaces and dashes alike, any case; a one-word plural
    in its singular too: "accruals" by "accrual journals", as :func:`cv_says` reads it)."""
    def spaced(text: str) -> str:
        return re.sub(r"[\s\-–]+", " ", text.lower()).strip()
    terms = [spaced(term)] + ([spaced(term)[:-1]] if re.fullmatch(r"[a-z]{4,}[^s]s", spaced(term)) else [])
    return any(t and re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", spaced(cv)) for t in terms)


def one_sentence(achievement: str, max_words: int = 30) -> str:
    """The sentence of a CV achievement to quote: a line that runs two together ("Raised reading from 64% to
    81%. Maths lead for KS2; ...") gives the first with a number, else the first, without its full stop;
    only a sentence longer than ``max_words`` is clipped (at a word boundary, with "…")."""
    parts = [p.strip() for p in re.split(r"(?<=[.;!?])\s+(?=[A-Z0-9])", achievement) if p.strip()]
    sentence = next((p for p in parts if re.search(r"\d", p)), parts[0] if parts else achievement)
    return clip(sentence.rstrip(" .;"), max_words)


def alloc(n: int, shares: tuple[float, ...]) -> list[int]:
    """Split ``n`` slots by shares with largest remainders, deterministically."""
    raw = [n * s for s in shares]
    counts = [int(r) for r in raw]
    order = sorted(range(len(shares)), key=lambda i: (-(raw[i] - counts[i]), i))
    for i in order[: n - sum(counts)]:
        counts[i] += 1
    return counts


def focus_rank(item: str, focus: list[str]) -> int:
    low = item.lower()
    for idx, f in enumerate(focus):
        f_low = f.lower().strip()
        if f_low and (f_low in low or low in f_low or content_stems(f) & content_stems(item)):
            return idx
    return len(focus)


# A line that lists its skills as examples or alternatives ("event-driven systems (SQS, Kafka)", "Zendesk or
# Intercom", "React/Vue"), and one that marks what follows as optional.
_ALTERNATIVES_RE = re.compile(r"\(|/|\bor\b|\be\.g\.|\bsuch as\b|\blike\b", re.IGNORECASE)
OPTIONAL_RE = re.compile(r"\b(?:nice[- ]to[- ]have|bonus|a plus|desirable|preferred|ideally|would be great|"
                         r"advantageous|an advantage|an asset|not required|optional)\b", re.IGNORECASE)


def skill_lines(jd: str, name: str) -> list[str]:
    """The job description's lines that name the lexicon skill ``name``."""
    return [line for line in jd.splitlines() if any(h.name == name for h in find_skills(line))]


def alternative_met(jd: str, name: str, shown: set[str]) -> bool:
    """Whether every line of the job naming ``name`` lists it beside a skill the CV shows, as an example or an
    alternative ("event-driven systems (SQS, Kafka)" with SQS on the CV): then it is no gap to probe."""
    lines = skill_lines(jd, name)
    return bool(lines) and all(
        _ALTERNATIVES_RE.search(line) and any(h.name in shown and h.name != name for h in find_skills(line))
        for line in lines)


def only_optional(jd: str, name: str) -> bool:
    """Whether the job names ``name`` only on lines marked optional ("Nice to have: Kafka")."""
    lines = skill_lines(jd, name)
    return bool(lines) and all(OPTIONAL_RE.search(line) for line in lines)


def shown_instance(cv: str, said: str, job_description: str) -> str:
    """The named tool on the CV (as the CV writes it) that meets the requirement ``said`` as an instance of it:
    a kind the lexicon gives ("SAP EWM" is a WMS: ``instance_of``) or an example the job gives for it ("a WMS
    (SAP EWM, Manhattan or similar)"), or an item of the job's own either/or list ("logistics, transportation or
    supply chain"); "" when there is none."""
    from core.analysis.job import alternatives
    from core.analysis.job_alternatives import word_alternatives
    from core.analysis.skills import find_skills, skill_kinds
    from core.coach.evidence_cv import bracket_examples

    wanted = {said.strip().lower()} | {h.name.lower() for h in find_skills(said)}
    examples = alternatives(job_description, said) | bracket_examples(job_description, said)
    for hit in find_skills(cv):
        if hit.name.lower() in wanted:
            continue
        if hit.name.lower() in examples or hit.surface.lower() in examples or wanted & {k.lower() for k in skill_kinds(hit.name)}:
            return hit.surface
    for item in sorted(word_alternatives(job_description, said)):  # "logistics" where the job lists it with "supply chain"
        if found := re.search(rf"(?<![\w-]){re.escape(item)}(?![\w-])", cv, re.IGNORECASE):
            return found.group(0)
    return ""


_CREDENTIAL_WORD_RE = re.compile(r"(?i)\b(?:licen[cs]e\w*|registration|registered|certif\w*|qualifi\w*|accredit\w*)")


def noun_requirement(requirement: str) -> bool:
    """Whether a requirement no lexicon skill names is a short phrase of the field's own work ("leasehold
    transactions", "probate applications": two to four words, no years asked): asked as a skill the CV shows, like
    a duty (session 21: a conveyancing job's leasehold requirement was never asked); a name written in capitals
    ("Qualified Teacher Status (QTS)"), a licence or a registration ("active RN licence") a credential's, asked by
    the plan's credential question (:mod:`core.coach.plan_credential`)."""
    words = requirement.split()
    credential = _CREDENTIAL_WORD_RE.search(requirement) or any(p.search(requirement) for p, _ in LICENCES)
    return 2 <= len(words) <= 4 and not years_asked(requirement) and any(w[:1].islower() for w in words) \
        and not credential  # "active RN licence": the credential question's
