"""What the rubric dimensions (:mod:`core.coach.dimensions`) share: the 1-5 cap, an answer's substance,
and whether it does what its question type asks, takes up the whole question and is thorough.

Substance: Naim et al. (IEEE Trans. Affective Computing, 2018) found that higher-rated interviewees said
more words and more unique words; counting *unique informative* words keeps that finding while making
padding worthless.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.analysis.answer import AnswerEvidence
from core.analysis.language import zipf
from core.analysis.lemmas import verb_form
from core.analysis.skills import skill_names
from core.analysis.text import phrase_span
from core.coach.phrasing import quote_list
from core.coach.question_types import QuestionType


def cap(value: int, cap: int = 5) -> int:
    return max(1, min(cap, 5, value))


def substance(ev: AnswerEvidence) -> int:
    """1-5 from unique informative words (under 7, 7-13, 14-23, 24-37, 38 or more), raised one level
    at most by the distinct points made (2, 3, 5, 8): a short answer that makes several distinct
    points is more substantial than its length, and the lift saturates, so length never runs away."""
    informative = ev.signals.informative if ev.signals else 0
    points = ev.signals.points if ev.signals else 0
    by_words = 1 + sum(informative >= cut for cut in (7, 14, 24, 38))
    by_points = 1 + sum(points >= cut for cut in (2, 3, 5, 8))
    return max(by_words, min(by_points, by_words + 1))


# months, weekdays and seasons: when, not what ("may", "march" and "fall" are rare as neither)
_CALENDAR_RE = re.compile(r"(?:january|february|april|june|july|august|september|october|november|december|"
                          r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|summer|autumn|winter)s?")
_AFTER_A_WORD_RE = re.compile(r"(?<![\w'’])[a-z][a-z'’-]* $")  # "met Priya", "with Aidan": a name in running text
RARE_ZIPF = 4.3  # as core.analysis.signals: a word rarer than this is field vocabulary


_WORD_RE = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")


# languages that write every noun with a capital: a capital there says nothing of a name
_NOUNS_CAPITALISED = frozenset({"de", "lb"})


def _name_like(text: str) -> dict[str, bool]:
    """Each word of ``text`` (lower case, without a possessive) -> whether it is written as a name there: always
    with a capital and nothing else upper-case in it ("API", "iOS" and "lambda" are not), and at least once right
    after a word in lower case ("met Priya") or with a possessive ("Odile's table"), so not only opening a
    sentence, a heading or a list ("Logging, Caching, Retry"). One pass over the text."""
    other: set[str] = set()  # written some other way at least once
    cued: set[str] = set()
    prev_word, prev_end = "", -1
    for m in _WORD_RE.finditer(text):
        said = m.group(0).rstrip("'’-")
        owner = bool(re.search(r"['’]s$", said))
        base = re.sub(r"['’]s$", "", said)
        key = base.lower()
        if not base[:1].isupper() or any(c.isupper() for c in base[1:]):
            other.add(key)
        elif owner or (prev_end == m.start() - 1 and text[prev_end] == " " and prev_word.islower()):
            cued.add(key)
        prev_word, prev_end = said, m.end()
    return {key: True for key in cued - other}


def _written_as_a_name(word: str, names: dict[str, bool], keep: frozenset[str]) -> bool:
    """Whether ``word`` is written as a name (:func:`_name_like`) and is no named tool or term of the question
    (``keep``): a person's or place's name says who or where, not what the answer knows (the name cue of
    :mod:`core.analysis.text`: a capitalised word)."""
    return word not in keep and names.get(word, False)


def _base(word: str) -> str:
    """``word`` without a possessive ("follower's" -> "follower")."""
    return re.sub(r"['’]s$", "", word)


def field_terms(ev: AnswerEvidence) -> list[str]:
    """The answer's rare words (:attr:`core.analysis.signals.Signals.rare`) that are vocabulary of a field: a
    possessive read as its word ("follower's" is "follower", kept only if that is rare too: "tail's" is not),
    never a brush-off's word ("bof": :data:`core.analysis.cues.DISMISSIVE`), a month, weekday or season ("autumn"), a conjugated verb (:func:`core.analysis.lemmas.verb_form`), nor a
    word written as a name ("Priya", "Aidan's", "Xàtiva"; not in German, which capitalises every noun).
    What the coach lists as "the answer's terms" and counts as its vocabulary."""
    shrugs = {w for d in ev.dismissive for w in d.split()}  # "Bof, … on voit": a shrug is no term (session 18)
    rare = tuple(w for w in ev.signals.rare if w not in shrugs) if ev.signals else ()
    keep = frozenset([t.lower() for t in ev.tool_words] + [_base(w.lower()) for w in ev.question_overlap])
    return list(_field_terms(rare, ev.text, keep, ev.lang))


@lru_cache(maxsize=256)  # asked by relevance, structure and specificity about the same answer
def _field_terms(rare: tuple[str, ...], text: str, keep: frozenset[str], lang: str) -> tuple[str, ...]:
    out: dict[str, None] = {}
    names = _name_like(text) if lang not in _NOUNS_CAPITALISED else {}
    for w in rare:
        base = _base(w)
        if len(base) < 2 or _CALENDAR_RE.fullmatch(base) or (base != w and zipf(base, lang) >= RARE_ZIPF):
            continue
        if verb_form(base, lang):  # "atiende", "résolvaient": what was done, never a concept (session 17)
            continue
        if _written_as_a_name(base, names, keep):
            continue
        out[base] = None
    return tuple(out)


_TERM_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def concept_terms(ev: AnswerEvidence) -> list[str]:
    """The concepts a technical answer names, as it wrote them ("SQS", "dead-letter"): its named tools first,
    then its field terms (:func:`field_terms`), rarest first. A list of the coach's, shown as one, never as a
    quote of the answer: "aws, cache, consumes, datadog" read as the candidate's words (newcomer, session 13)."""
    written: dict[str, str] = {}
    for m in _TERM_WORD_RE.finditer(ev.text):
        written.setdefault(m.group(0).lower(), m.group(0))
    terms = sorted(field_terms(ev), key=lambda w: zipf(w, ev.lang))
    out: dict[str, str] = {}
    for term in [*ev.tool_words, *(written.get(t, t) for t in terms)]:
        out.setdefault(term.lower(), term)
    return list(out.values())


def listed(item: str, ev: AnswerEvidence) -> bool:
    """Whether a part the rubric found (:func:`type_cue`) is the coach's list of terms (:func:`concept_terms`),
    not words the answer said in that order: it is shown as a list, never quoted."""
    return ", " in item and item.lower() not in ev.text.lower()


def cue_bits(cue: list[str], ev: AnswerEvidence) -> list[str]:
    """What the answer does of what its question asks: its own words quoted, the coach's list of the concepts it
    names (:func:`listed`) shown as a list, never quoted as said."""
    bits = []
    if said := [c for c in cue if not listed(c, ev)]:
        bits.append("does what the question asks: " + quote_list(said))
    if terms := [c for c in cue if listed(c, ev)]:
        bits.append(f"names the concepts involved ({terms[0]})")
    return bits


_SELF_RE = re.compile(
    r"\b(?:I(?:'m| am) (?:a|an|very|quite|too|often|sometimes|good|better|not)\b|I tend to|I (?:often|sometimes) |"
    r"my (?:greatest |biggest |main |key )?(?:strength|weakness|ability|background|experience)|I have \w+ years|"
    r"I(?:'ve| have) (?:worked|been)|I work (?:as|in|on))[^.]{0,40}(?<=\w)\b",
    re.IGNORECASE,
)
_DOING_RE = re.compile(
    r"\bI(?: would| will|'d|'ll)? (?:first )?(?:check|run|look|start|ask|review|use|build|create|map|test|set|"
    r"talk|meet|split|measure|compare|separate|enforce|define|gather|identify|isolate|prioriti[sz]e|write)\b[^.,]{0,40}(?<=\w)\b",
    re.IGNORECASE,
)


_OWN_ACTION_RE = re.compile(r"\bI (?!don't|do not|never|just|avoid|ignore)(?:\w+ly )?\w+[^.,;]{0,40}(?<=\w)\b", re.IGNORECASE)
PARTIAL_COVERAGE = 0.3  # a multi-concept technical question whose terms the answer takes up less than this
MULTI_CONCEPT = 4  # specific terms in a question that make it multi-concept


def answers_part_of(ev: AnswerEvidence, qtype: QuestionType, question: str = "") -> bool:
    """A technical question of several concepts answered on only a few of them (completeness). A term of
    ``question`` that names a known topic the answer takes up in its own words counts as taken up
    (:func:`met_by_topic`: "metrics", "dashboard" by a list of CSAT, handle time and a % to act on;
    issue 15, session 19: such a list "left aside put on a weekly dashboard, operational metrics")."""
    if not (qtype in {"technical", "situational"} and ev.analysed and ev.question_specific >= MULTI_CONCEPT):
        return False
    met = met_by_topic(question, ev.text, ev.question_untouched) if question else []
    return ev.question_coverage + len(met) / ev.question_specific < PARTIAL_COVERAGE


def met_by_topic(question: str, answer: str, terms: list[str]) -> list[str]:
    """The ``terms`` of ``question`` (words as written) that name a known topic the question asks about and ``answer``
    takes up (:mod:`core.coach.topic`): "metrics" and "dashboard" by "CSAT and first response time; I'd act below 85%"
    ("operational" is not)."""
    # topic reads the rubric's neighbours: imported here
    from core.coach.topic import answer_topics, asked_topics, term_topics

    taken = asked_topics(question) & set(answer_topics(answer))
    return [t for t in terms if taken & term_topics(t)]


def thorough(ev: AnswerEvidence) -> bool:
    """Enough distinct points for the size of the question: three, or half the question's specific
    terms when it has more (a question naming fourteen concepts is not answered in three points)."""
    points = ev.signals.points if ev.signals else 0
    return points >= max(3, ev.question_specific / 2)


# "I haven't done that", "I've never built one", "no real experience": a sentence saying it was not done
_DENIAL_RE = re.compile(r"\b(?:haven'?t|have not|hasn'?t|has not|never|not something|didn'?t|did not|"
                        r"no (?:direct |real |hands-on )?experience)\b", re.IGNORECASE)


DENIAL_RELEVANCE = 3  # relevance (1-5) of an answer that only says it was not done (:func:`denial_only`)
DENIAL_NOTE = (" It only says this was not done: the closest thing you have done, or how you would go about it, "
               "would answer the question.")


def denial_only(text: str) -> bool:
    """Whether every sentence of ``text`` says something was not done ("I haven't done that. Planning has always
    been done by another team, so I've never built a forecast myself."): such an answer tells what the candidate has
    not done, which is no answer of the kind asked (issue 15, session 19: it scored relevance 5/5, "does what the
    question asks", quoting the denial)."""
    said = [s for s in re.split(r"(?<=[.!?])\s+", (text or "").strip()) if s.strip()]
    return bool(said) and all(_DENIAL_RE.search(s) for s in said)


def denied_cap(score: int, text: str) -> tuple[int, str]:
    """``score`` (relevance, 1-5) at most :data:`DENIAL_RELEVANCE` and :data:`DENIAL_NOTE` for an answer that only
    says it was not done (:func:`denial_only`), else ``score`` and ""."""
    return (min(score, DENIAL_RELEVANCE), DENIAL_NOTE) if denial_only(text) else (score, "")


def type_cue(ev: AnswerEvidence, qtype: QuestionType) -> list[str]:
    """Quotes showing the answer does what its question type asks; never a sentence saying it was not done, so
    none for an answer that only says so (:func:`denial_only`)."""
    if denial_only(ev.text):
        return []
    return [c for c in _type_cue(ev, qtype) if not _DENIAL_RE.search(c)]


def _type_cue(ev: AnswerEvidence, qtype: QuestionType) -> list[str]:
    if qtype in {"self_assessment", "introduction"}:
        own = [phrase_span(ev.text, *m.span()) for m in _SELF_RE.finditer(ev.text)][:1]
        if own:
            return own + (ev.self_actions + ev.reasons)[:1]
    if qtype in {"situational", "technical"}:
        doing = [phrase_span(ev.text, *m.span()) for m in _DOING_RE.finditer(ev.text)][:1]
        if doing:
            return doing + (ev.steps + ev.reasoning)[:1]
    if qtype == "behavioural":
        if len(ev.star) >= 2:
            return list(ev.star.values())[:2]
        # one occasion of the candidate's own, with a lesson, several actions or a result
        story = (ev.experience + [ev.star[p] for p in ("situation", "action") if p in ev.star])[:1]
        return story + ev.lessons[:1] if story and (ev.lessons or len(ev.actions) >= 2 or "result" in ev.star) else []
    if qtype != "technical" and (len(ev.actions) >= 2 or (ev.signals and ev.signals.points >= 3)):
        own = [phrase_span(ev.text, *m.span()) for m in _OWN_ACTION_RE.finditer(ev.text)][:1]
        if own:  # the candidate says what they do or did, in more than one step
            return own + (ev.lessons + ev.reasoning)[:1]
    if qtype == "situational":
        return (ev.steps + ev.reasoning)[:2]
    if qtype == "technical":
        # Rare words show a technical answer only beside the question's own terms: three rare words on
        # another subject ("antibiotics, IV" to a question about a licence) do not do what it asks.
        named = ev.signals and len(ev.signals.rare) >= 3 and ev.question_overlap and field_terms(ev)
        return ev.reasoning[:1] + ([", ".join(concept_terms(ev)[:3])] if named else [])
    if qtype == "motivation":
        return ev.reasons[:2]
    if qtype == "self_assessment":
        return (ev.self_actions + ev.lessons)[:2] or ([ev.star["action"]] if "action" in ev.star else [])
    return (ev.reasons + list(ev.star.values()))[:2]


# A question about dealing with a person (bad news, a conflict, someone anxious, angry or refusing): a story that
# needs no tool, so the job's tools are no gap of its answer.
_PEOPLE_QUESTION_RE = re.compile(
    r"\b(?:bad news|conflicts?|disagree\w*|difficult (?:conversation|person|customer|colleague|patient|parent|client|"
    r"stakeholder)|anxious|upset|angry|furious|refus\w+|complain\w*|calm\w*|persuad\w+|convinc\w+|apolog\w+|"
    r"reassur\w+|distress\w*|grie\w+|frustrated|"
    # calming someone, and a question of conduct (a confidence kept, an ethical line): what was said and done, no
    # product (session 30: "the job names Zendesk" to a de-escalation story and to a confidentiality question)
    r"de-?escalat\w*|irate|hostile|abusive|confidential\w*|privacy|ethic\w*|dilemma|whistle-?blow\w*)\b",
    re.IGNORECASE)


# a question about one's own failing and what came of it asks for one's conduct and lesson, not the job's tools: "the
# job names Salesforce" to "a time you failed to reach a goal. What did you learn?" (session 28, rc27 SDR Q5)
_REFLECTION_QUESTION_RE = re.compile(
    r"\b(?:fail(?:ed|ure|ing)?|mistakes?|weakness(?:es)?|got (?:it|something) wrong|criticism|criticised|criticized|"
    r"what did you learn|learn(?:ed|t)? from)\b", re.IGNORECASE)


_QUOTED_LINE_RE = re.compile(r"\"(?:[^\"\s]+\s+){3,}[^\"]*\"|“(?:[^”\s]+\s+){3,}[^”]*”")  # a CV line quoted


def tools_asked(job_terms: list[str], question: str) -> list[str]:
    """The job's tools (at most two) an answer is told it could have named: those its question names; none for
    a question about dealing with a person (:data:`_PEOPLE_QUESTION_RE`; issue 15, session 14: "the job names
    BLS and ACLS" to an anxious patient's story, "the job names Salesforce" to a bad-news one) or about one's own
    failing and its lesson (:data:`_REFLECTION_QUESTION_RE`); else any of the
    job's; every one of them without a question ("")."""
    # a tool inside the CV line the question quotes ('you wrote "Built a costing model in Excel…"') is one the
    # candidate's CV already shows used: no gap of the answer, nor what the question asks about (session 18)
    quoted = " ".join(_QUOTED_LINE_RE.findall(question or "")).lower()
    tools = [t for t in job_terms if t in skill_names() and _product_name(t)
             and not re.search(rf"(?<!\w){re.escape(t.lower())}(?!\w)", quoted)]
    low = _QUOTED_LINE_RE.sub(" ", question or "").lower()
    asked = [t for t in tools if re.search(rf"(?<!\w){re.escape(t.lower())}(?!\w)", low)]
    return (asked or ([] if _PEOPLE_QUESTION_RE.search(low) or _REFLECTION_QUESTION_RE.search(low) else tools))[:2]


def _product_name(term: str) -> bool:
    """Whether a lexicon term reads as a tool's or method's name ("Salesforce", "Power BI", "pandas"), not a
    field of work written in ordinary words ("SaaS sales", "account management")."""
    words = term.split()
    return len(words) == 1 or all(not word[:1].islower() for word in words)
