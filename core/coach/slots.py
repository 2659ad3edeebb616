"""What kind of term a question template's slot takes, and what kind a term is, so a template is only ever filled with
a term it reads for (session 26 re-check: "the hardest problem you have faced in post-qualifying", "… in
statsmodels", "… in first aid at work": a requirement's fragment, a library and a certificate put into a slot for a
field of work).

Every skill, gap and related-work template of the plan is a :class:`Template`: its text and the kinds of term
(:data:`SLOT_KINDS`) its slots read for. :func:`slot_kind` tells what a term is; :func:`fitting` keeps the templates
that take it, and :func:`pick` draws one of them (or, when none does, one of ``fallback``). A rule of this project.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.analysis.job_duties import is_duty_gerund
from core.analysis.requirement_name import requirement_kind
from core.analysis.skills import find_skills

# field: an area of work ("forecasting", "warehouse operations"), read after "in" or "on"
# skill: something one does, said as an activity ("preparing court statements", "maintaining case records")
# tool: a product, system or library ("statsmodels", "SAP EWM", "Microlise"), used "with"
# method: a named way of working ("Scrum", "MEDDICC", "HACCP"), "applied"
# qualification: a credential held ("MPharm degree", "First Aid at Work", "CIPD"), what it prepared one for
# certification: a practical training one holds to act in an emergency ("basic life support", "ACLS", "CPR"): asked
#   when it was last used, never "work with basic life support" (session 27)
# observation: a clinical sign or measure ("vital signs", "early warning scores", "fluid balance"): asked which
#   changes make one act, never "the ropes in vital signs"
# quality: a soft skill or trait ("communication", "empathy", "Teamfähigkeit"): asked when it mattered
# phrase: a requirement's words that name no field, product or credential ("post-qualifying experience"): quoted
#   whole, never put after "in" or "on"
SLOT_KINDS = ("field", "skill", "tool", "method", "qualification", "certification", "observation", "quality", "phrase")
ANY = frozenset(SLOT_KINDS)
# the kinds a slot "in {topic}" / "on {topic}" / "work involving {topic}" reads for
OF_WORK = frozenset({"field", "skill"})


class Template(str):
    """A question template (a ``str``, so it formats and compares as one) that declares ``takes``, the kinds of term
    (:data:`SLOT_KINDS`) its ``{skill}`` and ``{topic}`` slots read for."""

    takes: frozenset[str]

    def __new__(cls, text: str, takes: Iterable[str] = ANY) -> Template:
        obj = super().__new__(cls, text)
        kinds = frozenset(takes)
        if unknown := kinds - ANY:
            raise ValueError(f"unknown slot kinds {sorted(unknown)} for template {text[:40]!r}")
        obj.takes = kinds
        return obj


def takes(template: str) -> frozenset[str]:
    """The kinds a template's slots take: its declared ones, every kind for a plain string with no ``{topic}`` slot,
    the kinds of work for one with it."""
    if isinstance(template, Template):
        return template.takes
    return OF_WORK if "{topic}" in template else ANY


def fitting(templates: Iterable[str], kind: str) -> tuple[str, ...]:
    """The templates of ``templates`` whose slots take a term of ``kind``, in their order."""
    return tuple(t for t in templates if kind in takes(t))


def pick(templates: Iterable[str], index: int, kind: str, fallback: Iterable[str] = ()) -> str:
    """The ``index``-th (modulo) template of those in ``templates`` that take ``kind``; when none does, of those in
    ``fallback`` that do. Raises ``ValueError`` when neither has one (a caller's templates must cover the kind)."""
    fit = fitting(templates, kind) or fitting(fallback, kind)
    if not fit:
        raise ValueError(f"no template takes a term of kind {kind!r}")
    return fit[index % len(fit)]


# words that qualify a requirement without naming anything: "post-qualifying", "relevant", "previous", "2+ years"
_QUALIFIER_RE = re.compile(
    r"(?:(?:post|pre|non|multi|cross|full|part)-[\w-]+|relevant|previous|prior|similar|proven|demonstrable|"
    r"demonstrated|significant|extensive|substantial|recent|practical|hands-on|strong|solid|good|sound|excellent|"
    r"working|direct|comparable|equivalent|further|minimum|some|considerable|qualified|\d+\+?|years?'?|months?|"
    r"at|least|of|in|a|an|the)$", re.I)
_FRAME_WORD_RE = re.compile(r"^(?:experience|knowledge|background|expertise|proficiency|familiarity|understanding|"
                            r"skills?|ability)$", re.I)
# a credential's own words: a degree, a certificate, a licence, a register; degrees by their letters
_QUALIFICATION_RE = re.compile(
    r"\b(?:degree|diploma|certificate|certification|certified|qualification|licen[cs]e|registration|accreditation|"
    r"chartered|first aid at work|(?:emergency|paediatric|pediatric) first aid|"
    r"(?:BSc|MSc|BA|MA|BEd|MEd|BEng|MEng|MPharm|PharmD|PhD|MBA|LLB|LLM|PGCE|PGDE|NVQ|SVQ|BTEC|HND|HNC|DipSW|"
    r"GCSEs?|A[- ]levels?)(?:\b|(?=\s|$)))", re.I)


# a resuscitation or life-support certification, held and used in an emergency
CERTIFICATION_RE = re.compile(
    r"(?<![\w-])(?:BLS|ILS|ALS|ACLS|PALS|EPALS|NRP|NLS|TNCC|ENPC|CPR|AED|(?:basic|immediate|advanced|paediatric|pediatric|"
    r"neonatal|advanced cardiac|advanced cardiovascular)(?: life support| resuscitation)|life support|resuscitation|"
    r"cardiopulmonary resuscitation|reanimation|reanimación|rianimazione|reanimação)(?![\w-])", re.I)
# a clinical sign or measure one watches and acts on
OBSERVATION_RE = re.compile(
    r"(?<![\w-])(?:vital signs?|vitals|(?:clinical |patient |neuro(?:logical)? )?observations|obs|early warning scores?|"
    r"news2|national early warning scores?|blood pressure|blood glucose|blood sugars?|fluid balance|oxygen saturations?|saturations|"
    r"pain scores?|heart rate|respiratory rate|urine output|glasgow coma scale|gcs|vitalzeichen|vitalparameter|"
    r"signes vitaux|constantes vitales|signos vitales|parametri vitali|sinais vitais)(?![\w-])", re.I)
# a soft skill or trait of no one field
QUALITY_RE = re.compile(
    r"^(?:(?:good|strong|excellent|effective|clear|great)\s+)?(?:(?:written|verbal|oral|interpersonal|people)\s+)?"
    r"(?:communication(?: skills)?|interpersonal(?: skills)?|organi[sz]ational|people skills|team\s*work(?:ing)?|teamwork|team player|empathy|"
    r"compassion|resilience|attention to detail|time management|organi[sz]ation(?:al skills)?|flexibility|"
    r"reliability|punctuality|adaptability|motivation|enthusiasm|patience|a positive attitude|positive attitude|"
    r"problem[- ]solving|customer focus|teamfähigkeit|empathievermögen|empathiefähigkeit|verantwortungsbewusstsein|"
    r"kommunikationsfähigkeit|zuverlässigkeit|belastbarkeit|einfühlungsvermögen|freude am umgang mit menschen|"
    r"esprit d'équipe|sens de l'écoute|empatía|trabajo en equipo|empatia|lavoro di squadra|trabalho em equipa|"
    r"trabalho em equipe)$", re.I)


def _bare(term: str) -> list[str]:
    """The words of ``term`` without its frame words ("experience", "knowledge of") and punctuation."""
    return [w for w in re.findall(r"[\w'+-]+", term or "") if not _FRAME_WORD_RE.match(w)]


def slot_kind(term: str, name: str = "") -> str:
    """One of :data:`SLOT_KINDS` for ``term`` as a question names it (and ``name``, its lexicon name, when known):
    ``"phrase"`` when its words are only qualifiers and frame words ("post-qualifying experience", "relevant
    experience"); ``"certification"`` for a life-support training ("BLS certification", "basic life support"),
    ``"observation"`` for a clinical sign ("vital signs", "monitoring early warning scores"), ``"quality"`` for a soft
    skill ("communication skills", "Teamfähigkeit"); ``"qualification"`` for a credential (``core.coach.term_kind``'s, or a degree, certificate, licence or
    register by its words: "MPharm degree", "First Aid at Work"); ``"method"`` and ``"tool"`` as
    :func:`core.coach.term_kind.term_kind` tells them, a library the lexicon spells in lower case ("statsmodels",
    "scikit-learn") a tool too; ``"skill"`` for an activity ("preparing court statements"); else ``"field"``."""
    from core.coach.term_kind import term_kind

    term = (term or "").strip()
    words = _bare(term)
    if not words or all(_QUALIFIER_RE.match(w) for w in words):
        return "phrase"
    if CERTIFICATION_RE.search(term) or (name and CERTIFICATION_RE.fullmatch(name.strip())):
        return "certification"
    if OBSERVATION_RE.search(term):
        return "observation"
    if QUALITY_RE.match(" ".join(words)):
        return "quality"
    kind = term_kind(term, name)
    # a degree, a completed training, a licence in any of the ad languages ("Berufsausbildung zur examinierten
    # Pflegefachkraft", "CPA certification"): core.analysis.requirement_name's one reading of a requirement's kind
    if kind == "credential" or _QUALIFICATION_RE.search(term) or requirement_kind(term) in {"qualification", "licence"}:
        return "qualification"
    if kind in {"method", "tool"}:
        return kind
    hits = find_skills(term)
    if hits and hits[0].start == 0 and hits[0].end >= len(term) - 1 and _lower_product(hits[0].name):
        return "tool"
    if len(words) > 1 and is_duty_gerund(words[0]):  # "forecasting" alone is a field
        return "skill"
    return "field"


def _lower_product(name: str) -> bool:
    """Whether a lexicon name is a product that spells itself in lower case ("statsmodels", "scikit-learn", "dbt"):
    the lexicon writes a field in sentence case ("Forecasting"), so a name of one word all in lower case is a name."""
    return " " not in name and name == name.lower() and any(c.isalpha() for c in name)
