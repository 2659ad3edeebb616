"""Whether an answer is about what its question asked: the question's topic, not just its wording.

Relevance used to ask only whether an answer did what the question's *type* asks (a story, an
approach) or shared any of its words; a safety story then "answered" a question about a tight budget.
:func:`off_question` reads the question's **topic** in two ways:

* the known topics it names (``data/topic_near_terms.json``: money and costs, safety, service levels,
  metrics, safeguarding, behaviour…), each by its keys ("budget", "safety") outside a quoted CV
  passage; an answer takes a topic up by a key or a near term of its field ("costs", "overtime" or "€"
  for a budget; "PPE" or "near-miss" for safety);
* a named tool or skill a question asks about ("Your CV mentions HubSpot", "get up to speed on SLAs"):
  an answer must name it, a kind of it or an instance of it (lexicon ``instance_of``).

A behavioural or situational answer that takes up none of its question's topics but is about another
known topic (a safety story to a budget question; Excel and overtime savings to a safety question), or
any answer that never names the tool its question asks about, is off the question. A topic the list
does not know is never judged: a competency word ("leadership", "failed") is shown by a story that
never says it, and lexical matching cannot see that (tried: 20 of the published set's 235 strong
answers were called off-topic when any rare question word had to be taken up). :func:`apply` then
sets relevance to 2 (1 when the answer names nothing of the job either) with a sentence saying what the
question asked, and counts structure, detail and depth at :data:`OFF_QUESTION_CAP` at most, since what
they show is not evidence for this question (the overall lands at about 4/10). Only English answers
are judged (the topics are English words).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from core.analysis.answer import AnswerEvidence
from core.analysis.term_meanings import meant
from core.coach.asked_alternatives import unnamed_tools
from core.coach.asked_verb import does_asked_verb
from core.coach.procedure import is_procedural
from core.coach.question_types import QuestionType
from core.coach.topic_tools import (  # noqa: F401 - asked_tools, takes_up_named_product: read from here too
    _GAP_QUESTION_RE,
    _label,
    _named_as_done,
    _product_name,
    _tool_named,
    asked_tools,
    takes_up_named_product,
)
from core.schemas import DimensionScore

logger = logging.getLogger(__name__)

NEAR_TERMS_PATH = Path(__file__).resolve().parents[2] / "data" / "topic_near_terms.json"
OFF_QUESTION_CAP = 2  # structure, specificity and depth of an answer about another topic
# Questions about what the candidate did or would do. A technical answer takes up its question in its
# field's own words, and a question about the candidate (introduction, motivation, self-assessment) has
# the candidate for a topic: those are judged only on a tool they ask about by name.
_JUDGED_TYPES = frozenset({"behavioural", "situational"})
_QUOTED_RE = re.compile(r"\"[^\"]{3,}\"|“[^”]{3,}”")


@lru_cache(maxsize=1)
def _topics() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """(topic name, keys, near terms) from ``data/topic_near_terms.json``."""
    try:
        data = json.loads(NEAR_TERMS_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        logger.warning("topic: near terms could not be read (%s); no answer is called off-topic", exc)
        return ()
    return tuple((t["topic"], tuple(t["keys"]), tuple(t.get("near", ()))) for t in data.get("topics", []))


@lru_cache(maxsize=4)
def _field(key: str) -> dict:
    """{topic name: its ``key``} for the topics that have one in ``data/topic_near_terms.json``: ``family``, its field
    of work; ``instead`` false, a kind of work any story may name ("a checklist": process improvement), never said to be
    what an answer is about instead of its question; ``asked`` false, a kind of work any story of it answers, never
    the ground of an off-topic call."""
    try:
        data = json.loads(NEAR_TERMS_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {t["topic"]: t[key] for t in data.get("topics", []) if key in t}


def said_instead(asked: list[str] | set[str], said: list[str], answer: str = "") -> list[str]:
    """The topics of ``said`` an answer (``answer``) may be said to be about instead of the ``asked`` ones. A topic of
    one field of work (:func:`_field` ``family``: the sales pipeline, patient care, teaching) is never said of an answer to a
    question about another field's topic, and to a question of no field only when the answer names it by a key or by
    :data:`PROBE_NEAR_TERMS` of its near terms. Issue 15, session 19: a nurse's story of breaking bad news was "about
    sales pipeline and forecasting"; words a field shares with everyday speech ("deal with", "an opportunity",
    "committed") are no sign of another field."""
    families = _field("family")
    fields = {families[t] for t in asked if t in families}
    low = _low(answer)

    def named(topic: str) -> bool:
        keys, near = next(((k, n) for name, k, n in _topics() if name == topic), ((), ()))
        return _has("", keys, low=low) or sum(_has("", (n,), low=low) for n in near) >= PROBE_NEAR_TERMS
    return [t for t in said if t not in families or families[t] in fields or (not fields and named(t))]

SHORT_TERM = 3  # letters of a key or near term read as a whole word, not as a word beginning


@lru_cache(maxsize=2048)
def _begins_re(begins: tuple[str, ...]) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """One pattern for the word beginnings of ``begins``, and its signs matched anywhere (a currency sign)."""
    signs = tuple(b for b in begins if not re.search(r"\w", b))
    # an abbreviation of three letters or fewer is a whole word ("arr", "crm"): as a beginning "arr" read "arranged"
    # (issue 15, session 19: a nurse's bereavement story was called one about the sales pipeline)
    parts = [re.escape(b.rstrip()) + (r"\b" if b.endswith(" ") else r"s?\b" if len(b) <= SHORT_TERM else "")
             for b in begins if re.search(r"\w", b)]
    return (re.compile(r"(?<![\w-])(?:" + "|".join(parts) + ")") if parts else None), signs


def _low(text: str) -> str:
    """``text`` in lower case, its spaces one each, with a space either side (what :func:`_has` reads)."""
    return " " + re.sub(r"\s+", " ", text.lower()) + " "


def _has(text: str, begins: tuple[str, ...], *, low: str | None = None) -> bool:
    """Whether ``text`` has a word beginning with one of ``begins`` (a currency sign anywhere); ``low``:
    :func:`_low` of ``text`` when the caller has it already."""
    low = low if low is not None else _low(text)
    pattern, signs = _begins_re(tuple(begins))
    return any(sign in low for sign in signs) or bool(pattern and pattern.search(low))


def question_topics(question: str) -> list[str]:
    """The known topics ``question`` names by one of their keys, outside a quoted CV passage:
    "Tell me about a time you managed a project with a tight budget" -> ["money and costs"]."""
    bare = _QUOTED_RE.sub(" ", question or "")
    return [name for name, keys, _near in _topics() if _has(bare, keys)]


PROBE_NEAR_TERMS = 2  # near terms of one topic that make a question about it without naming its keys


def asked_topics(question: str) -> set[str]:
    """The known topics a question asks about: :func:`question_topics` (by a key) and those it names
    by :data:`PROBE_NEAR_TERMS` or more near terms ("A pupil refuses to follow instructions" is about
    behaviour: "refus", "instruction")."""
    return set(_asked_topics(question or ""))


@lru_cache(maxsize=1024)
def _asked_topics(question: str) -> frozenset[str]:
    bare = _low(_QUOTED_RE.sub(" ", question))
    near_hits = {name for name, _keys, near in _topics()
                 if sum(_has("", (n,), low=bare) for n in near) >= PROBE_NEAR_TERMS}
    return frozenset(set(question_topics(question)) | near_hits)


def _near_asked(question: str, at_least: int) -> list[str]:
    """The known topics ``question`` names by ``at_least`` of their near terms (outside quotes)."""
    bare = _low(_QUOTED_RE.sub(" ", question or ""))
    return [name for name, _keys, near in _topics() if sum(_has("", (n,), low=bare) for n in near) >= at_least]


def term_topics(term: str) -> set[str]:
    """The known topics a job requirement or competency is about: those of whose keys it names one
    ("Classroom behaviour management" -> behaviour, not teaching; "KPIs" and "Metrics" -> metrics), else
    those of whose near terms it names one ("Positive behaviour strategies" -> behaviour)."""
    by_key = {name for name, keys, _near in _topics() if _has(term or "", keys)}
    return by_key or {name for name, _keys, near in _topics() if _has(term or "", near)}


def probes(question: str, term: str) -> bool:
    """Whether ``question`` asks about ``term`` (a requirement or a competency) by topic: one of the
    term's known topics (:func:`term_topics`) is one the question asks about (:func:`asked_topics`).
    A term of no known topic is never said to be probed this way (its exact words are the caller's)."""
    topics = term_topics(term)
    return bool(topics) and bool(topics & asked_topics(question))


def answer_topics(answer: str) -> list[str]:
    """The known topics ``answer`` takes up, by a key or a near term ("costs", "overtime", "€")."""
    low = _low(answer or "")
    return [name for name, keys, near in _topics() if _has("", keys + near, low=low)]


@dataclass(frozen=True)
class OffQuestion:
    """What the question asked that the answer did not take up."""

    terms: list[str]  # the question's topics (empty when only a tool is missing)
    instead: list[str]  # the topics the answer is about instead
    tools: list[str]  # named tools the question asks about that the answer never names
    kind: str  # what kind of answer was asked: "a time you did it", "how you would handle it", …
    labels: tuple[str, ...] = ()  # ``tools`` as the question writes them ("phonics" for Literacy), when it does


_ABOUT_IT_RE = re.compile(r"\s*(?:it|it's|it is|they|they're|they are)\b", re.IGNORECASE)
_KIND_WORDS = {
    "behavioural": "a time you did it",
    "situational": "how you would handle it",
    "technical": "how it works and why",
    "motivation": "why you want it",
    "self_assessment": "an honest look at yourself",
    "introduction": "your background",
}


def off_question(ev: AnswerEvidence, question: str, qtype: QuestionType, *, same_language: bool = True) -> OffQuestion | None:
    """What an English answer leaves out when it is about something other than its question (see the module
    docstring; or a story of an outing, a party, a holiday that takes up nothing of it: :mod:`core.coach.other_story`,
    session 22), else None."""
    # "I renew it every year" answers "How do you keep it current?"
    from core.coach.keeps_current import kept_current

    if kept_current(question, ev.text):
        return None
    if ev.lang == "en" and meant(question, ev.text):  # what it asks, shown in other words (session 26)
        return None
    off = _off_question(ev, question, qtype, same_language=same_language)
    if off is None and ev.analysed and ev.lang == "en" and same_language:
        from core.coach.other_story import story_elsewhere  # (it reads this module's topics)

        off = story_elsewhere(question, ev, _KIND_WORDS.get(qtype, "an answer"))
    # a story of other work sharing an everyday word at most (session 24), said so where "other things" is not
    if (off is None or (not off.tools and off.instead == ["other things"])) and same_language:
        from core.coach.story_unrelated import unrelated_story

        off = unrelated_story(question, ev, qtype, _KIND_WORDS.get(qtype, "an answer")) or off
    return off


def _off_question(ev: AnswerEvidence, question: str, qtype: QuestionType, *, same_language: bool = True) -> OffQuestion | None:
    """:func:`off_question` by the question's topics and tools. What an English answer leaves out when it is about
    something other than its question (see the module docstring), else None. An answer in another language (or one the coach does not read) is judged only on a
    product the question names (:func:`_product_name`: "Moodle", "HubSpot"), which every language writes the same way
    (newcomer, session 17: a Spanish weakness answer to "Your CV mentions Moodle…" got relevance 5/5), and named as
    something done: only in a negation or a wish it is not taken up (:func:`_named_as_done`), except after a gap
    question ("…, which I don't see on your CV"), which asks for the closest thing."""
    if not ev.analysed or ev.lang != "en" or not same_language:
        # a gap question ("…, which I don't see on your CV") asks for the closest thing: naming the tool is enough
        said = _tool_named if _GAP_QUESTION_RE.search(question or "") else _named_as_done
        named = [t for t in asked_tools(question) if _product_name(t) and not said(ev.text, t)]
        return OffQuestion(terms=[], instead=[], tools=named, kind=_KIND_WORDS.get(qtype, "an answer")) if named else None
    asked = asked_tools(question)
    # "It's for running applications" to "What is Docker?": the answer's subject is the one tool asked about
    # a skill or credential is taken up by meaning too ("risk assessments" for IOSH, an agreed plan across groups for
    # stakeholder management: core.coach.meaning, session 21)
    tools = [] if len(asked) == 1 and _ABOUT_IT_RE.match(ev.text) else unnamed_tools(
        question, asked, lambda t: _tool_named(ev.text, t) or _shown_by_meaning(ev.text, t))
    procedural = is_procedural(question)  # a duty's own steps are asked for, whatever the type says
    kind = "what you would do, in order" if procedural else _KIND_WORDS.get(qtype, "an answer")
    if asked and tools:
        return OffQuestion(terms=[], instead=[], tools=tools, kind=kind, labels=tuple(_label(question, t) for t in tools))
    if (qtype not in _JUDGED_TYPES and not procedural) or asked:
        return None
    # a kind of work any improvement story answers (``asked`` false: process improvement) never grounds an off-topic
    # call ("improved a process" answered with a faster dbt run, session 19)
    topics = [t for t in question_topics(question) if _field("asked").get(t, True)]
    # a topic asked by its near terms alone ("a concern about someone's welfare" is safeguarding): judged the same way
    # when the question names no topic by a key (session 26: an A/B test story passed as an answer to it)
    # when the question names no topic by a key; three near terms, not two ("a guest who was anxious or refusing to
    # follow the hotel's rules" is no question on pupils' behaviour: "refus", "rules")
    topics = topics or sorted(t for t in _near_asked(question, PROBE_NEAR_TERMS + 1) if _field("asked").get(t, True))
    # two near terms do, when the answer shares no more than everyday words said by chance with the question (session
    # 27: an A/B-test story told to "a concern about someone's welfare and reported it" passed again); what was asked
    # is then said in the question's own words, never by the topic's name; a story leaving undone what the question
    # plainly asks is judged so already, in its words (core.coach.answers_asked: "instead (trained three new starters")
    from core.coach.answers_asked import missed_ask  # (it reads this module's topics)

    own_words = [] if topics or missed_ask(question, ev.text) else _shares_none(question, ev.text)
    topics = topics or (sorted(t for t in _near_asked(question, PROBE_NEAR_TERMS) if _field("asked").get(t, True))
                        if own_words else [])
    about = answer_topics(ev.text)
    instead = [t for t in about if _field("instead").get(t, True)]
    # another field's topic named in passing is not said ("other things": the chat then lets it be, the score does not)
    said = said_instead(topics, instead, ev.text)
    # a duty's question answered with none of its words is off it; a topic asked by near terms counts ("pushed back…")
    if not topics or asked_topics(question) & set(about) or not (instead or procedural):
        return None
    from core.coach.competency import shows_asked  # (competency reads subject, which reads this module)
    if does_asked_verb(question, ev.text) or shows_asked(question, ev.text):  # "I'd ask for…"; "she wanted X, I thought Y"
        return None
    from core.coach.meaning import answers_a_part  # (meaning reads this module's topics)
    if answers_a_part(question, ev.text):  # one part of a two-part question answered: the other is left aside, no more
        return None
    from core.coach.joined_topics import joined_taken  # (it reads this module's topics)
    if joined_taken(question, ev.text):  # one of the things the question joins ("P&L, margin and labour…"): session 24
        return None
    return OffQuestion(terms=(own_words or topics)[:2], instead=said[:2] or ["other things"], tools=[], kind=kind)


def _shares_none(question: str, text: str) -> list[str]:
    """The subject terms of ``question`` as asked that ``text`` leaves aside (at least one) when it takes up nothing
    of them, in their words or in other words (:func:`core.coach.subject.subject_of`, which reads the meaning
    lexicon), but everyday words said by chance: each under :data:`core.coach.subject.RARE_TERM_WEIGHT`, together
    under :data:`core.coach.subject.CHANCE_SHARE`; else []."""
    from core.coach.framing import question_content  # (subject and framing read this module)
    from core.coach.subject import CHANCE_SHARE, RARE_TERM_WEIGHT, subject_of, subject_terms

    about = question_content(question, subject=True)
    subject = subject_of(text, about)
    if not subject.judged or subject.topic:
        return []
    weights = {w: weight for w, weight in subject_terms(about).values()}
    if subject.share >= CHANCE_SHARE or any(weights.get(t, 0.0) >= RARE_TERM_WEIGHT for t in subject.taken):
        return []
    return subject.left_terms


def _shown_by_meaning(text: str, tool: str) -> bool:
    """Whether ``text`` takes up ``tool`` by meaning: the requirement's own words in other forms
    (:func:`core.coach.meaning.requirement_shown`), or two words or more of the competency the tool's name asks about
    (:func:`core.coach.competency.shows_asked`: "De-escalation" taken up by "he was shouting… I let him finish…
    he calmed down", rc28 P1, session 29)."""
    from core.coach.competency import shows_asked  # (competency reads subject, which reads this module)
    from core.coach.meaning import requirement_shown  # (meaning reads this module's topics)

    return bool(requirement_shown(text, tool)) or bool(shows_asked(tool, text))


def _said_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def apply(dims: list, off: OffQuestion, ev: AnswerEvidence) -> list:
    """Relevance 2 (1 when the answer names nothing of the job either), saying kindly what the question
    asked; structure, specificity and depth at most :data:`OFF_QUESTION_CAP`."""
    if off.tools:
        shown = dict(zip(off.tools, off.labels or off.tools, strict=False))
        asked = _said_list([shown[t] for t in off.tools])
        named = [shown[t] for t in off.tools if _tool_named(ev.text, t)]  # only in a negation or a wish
        what = (f"names {_said_list(named)} only as something not done or wished for" if named
                else f"never mentions {asked}")
        said = f"The question asked about {asked} ({off.kind}); the answer {what}"
    else:
        asked = _said_list(off.terms)
        said = f"The question asked about {asked} ({off.kind}); the answer is about {_said_list(off.instead)}"
    score = 2 if ev.job_overlap or ev.tools else 1
    rel = DimensionScore(score=score, evidence=(
        f"{said}, so it does not answer what was asked. A story of your own is welcome: tie it to {asked}."))
    return with_relevance_capped(dims, (rel, [f"An answer about what was asked: {asked}"]), OFF_QUESTION_CAP,
                                 "what it shows is not about what the question asked")


def with_relevance_capped(dims: list, relevance: tuple, cap: int, why: str) -> list:
    """``dims`` (five ``(DimensionScore, gaps)`` pairs, rubric order) with ``relevance`` in first place and
    structure, specificity and depth counted at most ``cap`` (1-5), each saying ``why``; communication as
    measured. Used for an answer off the question and for one about something else entirely."""
    out = [relevance]
    for dim, gaps in dims[1:4]:
        if dim.score > cap:
            dim = DimensionScore(score=cap, evidence=dim.evidence + f" Counted at most {cap}/5: {why}.")
        out.append((dim, gaps))
    return [*out, dims[4]]


NON_ANSWER_COMMUNICATION_CAP = 2  # with the content dimensions at 1, the overall of a non-answer: 1/10


def shows_nothing_for_it(dims: list) -> list:
    """``dims`` of an answer about something else that links to nothing of the question or the job
    (relevance 1): it shows no more for this question than "I don't know" does, so structure, specificity
    and depth count 1 and communication at most :data:`NON_ANSWER_COMMUNICATION_CAP`, each saying why (the
    overall lands at 1/10, a non-answer's). Other ``dims`` come back as they are."""
    if dims[0][0].score > 1:
        return dims
    why = "an answer about something else shows nothing for this question, no more than no answer"
    out = [dims[0]]
    for dim, gaps in dims[1:4]:
        if dim.score > 1:
            dim = DimensionScore(score=1, evidence=dim.evidence.split(" Counted at most")[0] + f" Counted as 1/5: {why}.")
        out.append((dim, gaps))
    comm, gaps = dims[4]
    if comm.score > NON_ANSWER_COMMUNICATION_CAP:
        comm = DimensionScore(score=NON_ANSWER_COMMUNICATION_CAP, evidence=comm.evidence + (
            f" Counted at most {NON_ANSWER_COMMUNICATION_CAP}/5: clear words about something else do not answer "
            "the question."))
    return [*out, (comm, gaps)]
