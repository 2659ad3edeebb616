"""How much of what a question is about an answer takes up: its content terms, weighed by rarity.

Relevance also asks whether an answer does what its question's *type* asks (a story, an approach, a
definition); an answer on another subject can do that perfectly ("I check the logs, then…" fits any
"How do you…" question). :func:`subject_of` reads the question's **content terms** (the words left
once stopwords, the question's framing "describe", "example" and habitual wording "usually" are out),
each weighed by how rare it is in English (wordfreq's Zipf scale: ``6 - zipf``, from 0 to
:data:`MAX_WEIGHT`: "triage" 2.9 weighs 3, "leadership" 4.3 weighs 1.7, "team" 5.7 weighs 0.3, "time"
6.3 nothing), so sharing a rare term counts for more than sharing an everyday one (the idea of inverse
document frequency, Spärck Jones 1972, with word frequency standing in for document frequency). An
answer takes a term up by its Snowball stem ("caching" for "cache"), by a stem that begins it or that it
begins ("leadership" for "leader", "priorities" for "prioritise"), or, for a known topic of
``data/topic_near_terms.json`` the question asks about, by one of its near terms ("overtime" for a
budget). :attr:`Subject.share` is the weight taken up over the question's whole weight (0-1).

:func:`penalty` turns it into points off relevance, only for a question with a subject
(:data:`MIN_SUBJECT_WEIGHT`: "How do you handle stress?" has too little) and not about the candidate
(a strength, a motivation, a background: shown without their words, so never judged here):

* nothing of it taken up: 1 point, 2 for a technical or situational question of a full subject
  (:data:`FULL_SUBJECT_WEIGHT`: how something works or how you would handle it is said in its own terms);
* for a technical or situational question, under :data:`THIN_SHARE` of it: 1 point; and a question of
  many concepts (:data:`MANY_CONCEPTS` of weight or more) answered on under :data:`PART_SHARE` of them:
  1 point. A story (:func:`is_story`) told to a question that asks for one shows what it was asked
  about in its own events ("we spent two sprints on the copy-pasted client code" is technical debt):
  it loses a point only when it takes up nothing of a full subject (a story about a slow checkout told
  to "a dispute over an invoice with a supplier"); another answer to a behavioural question loses a
  point when it takes up nothing.

Word lists alone cannot see a story that shows "leadership" without the word: tried on the published
dev set, 20 of its 235 top-graded answers take up nothing of their question's terms; they lose one
point of relevance here, never more, while an answer moved to another question of its source loses it
in most cases (the bench's off-topic figure). Only English answers to English questions are judged.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from core.analysis.answer import QUESTION_FRAMING
from core.analysis.cues import HEDGE, VAGUE
from core.analysis.language import zipf
from core.analysis.lemmas import lemma, snowball
from core.analysis.question_terms import as_asked
from core.analysis.term_meanings import meant_words
from core.analysis.text import STOPWORDS, sentences, words
from core.coach.question_types import QuestionType
from core.coach.topic import answer_topics, asked_topics

MAX_WEIGHT = 3.0  # a term rarer than Zipf 3 ("triage", "idempotent") weighs no more than one at Zipf 3
EVERYDAY_ZIPF = 6.0  # a word this frequent ("time", "work", "make") weighs nothing
MIN_SUBJECT_WEIGHT = 2.0  # a question whose terms weigh less has the candidate, not a subject, for topic
THIN_SHARE = 0.12  # under this share of the question's weight, an answer barely touches its subject
PART_SHARE = 0.25  # a question of many concepts answered on less than this share leaves most aside
FULL_SUBJECT_WEIGHT = 4.0  # a subject of two rare terms or more: an answer taking up none of it is far off
MANY_CONCEPTS = 16.0  # the weight of a question of many concepts (five or six rare terms)
MIN_PREFIX = 5  # a stem this long matches a longer stem built on it ("leader" -> "leadership")
# A term this heavy or more (Zipf 4 or rarer: "supplier", "colleague", "triage") is seldom shared by chance; an
# everyday one ("teachers" 1.3, "customer" 1.4, "changed" 0.9) said once in an answer may be.
RARE_TERM_WEIGHT = 2.0
# A term this light (Zipf 5.5 or more: "day" 0.05, "million" 0.7 weighs more) says nothing of a subject, however
# often an answer says it: "days" three times in a mentoring story is no sign of "a million requests a day".
NEGLIGIBLE_WEIGHT = 0.5
CHANCE_SHARE = 0.34  # a third of the subject's weight or more taken up is no chance
CHANCE_SENTENCES = 3  # an answer this long saying a question's word once, past its opening, may say it in passing
_HABITUAL = frozenset(["always", "often", "ever", "never", "typically", "rarely", "frequently", "occasionally",
                       "usually", "tell", "would", "could", "yourself", "you've", "you're", "you'd",
                       "handle", "handled", "handling", "deal", "dealt", "cope",  # "How do you handle X?" asks about X
                       "scratch",  # "from scratch" says how, not what
                       # evaluative superlatives say how much, not about what ("your greatest strength")
                       "greatest", "biggest", "best", "worst", "hardest", "toughest", "proudest", "main"])
# Questions about the candidate (a strength, what drives them, their background): the candidate is their
# subject, shown without its words ("I get upset when my code falls short" is a weakness), so they are not judged.
ABOUT_THE_CANDIDATE = frozenset({"self_assessment", "motivation", "introduction"})
_HEDGE_OR_VAGUE = re.compile(f"{HEDGE['en'].pattern}|{VAGUE['en'].pattern}", re.IGNORECASE)


@lru_cache(maxsize=65536)
def term_stem(word: str) -> str:
    """The Snowball stem of a lower-case word without a possessive: "Raft's" -> "raft", "caching" -> "cach"."""
    low = re.sub(r"'s$", "", word.lower().replace("’", "'").strip(".'-/"))
    stemmer = snowball()
    return stemmer.stemWord(low) if stemmer else low.rstrip("s")


@lru_cache(maxsize=4096)
def term_weight(word: str) -> float:
    """How much a question word says about its subject: ``6 - zipf`` between 0 and :data:`MAX_WEIGHT`."""
    return min(MAX_WEIGHT, max(0.0, EVERYDAY_ZIPF - zipf(word, "en")))


def _words(text: str) -> list[str]:
    """Lower-case words, a hyphenated one as its parts ("three-statement": "three", "statement"): a compound
    is rare as written, and wordfreq would weigh it as rarer than what it says."""
    return [part for w in words((text or "").replace("’", "'")) for part in w.lower().strip(".'-/").split("-") if part]


@lru_cache(maxsize=512)
def subject_terms(question: str) -> dict[str, tuple[str, float]]:
    """The question's content terms: Snowball stem -> (the word as the question writes it, weight)."""
    out: dict[str, tuple[str, float]] = {}
    for w in _words(question):
        if w.endswith("n't"):  # "doesn't", "won't": a negated helper verb, never the subject ("doesn", session 17)
            continue
        w = w.split("'")[0]  # "what's", "it's": the word before the contraction
        if (len(w) <= 2 or w in STOPWORDS or w in QUESTION_FRAMING or w in _HABITUAL
                or _HEDGE_OR_VAGUE.fullmatch(w)):
            continue
        weight = term_weight(w)
        st = term_stem(w)
        if weight > 0 and weight > out.get(st, ("", 0.0))[1]:
            out[st] = (w, weight)
    return out


@dataclass(frozen=True)
class Subject:
    """What an answer takes up of its question's subject."""

    weight: float  # the question's terms, weighed (0 when it has none)
    share: float  # the weight taken up over the whole (0-1)
    taken: list[str] = field(default_factory=list)  # the question's terms the answer takes up, as asked
    left: list[str] = field(default_factory=list)  # its rarest terms the answer leaves aside
    topic: bool = False  # the answer takes up a known topic the question asks about (looked for under PART_SHARE)
    chance: bool = False  # what it takes up is everyday words said once each (:func:`by_chance`): no sign of the subject
    passing: bool = False  # ... and in no sentence where the candidate acts: said in passing
    question: str = ""  # what the question is about, as asked: its terms as a person says them (session 17)

    def as_asked(self, said: list[str]) -> list[str]:
        """The question's words ``said`` told by its terms as a person says them ("working under pressure", never
        "pressure, lot": :func:`core.analysis.question_terms.as_asked`)."""
        return as_asked(self.question, said)

    @property
    def left_terms(self) -> list[str]:
        """:attr:`left` told by the question's terms ("customer complaints about late deliveries")."""
        return self.as_asked(self.left)

    @property
    def nothing(self) -> bool:
        """Whether the answer takes up nothing of the subject, or only by chance (:attr:`chance`)."""
        return not self.topic and (self.share == 0 or self.chance)

    @property
    def judged(self) -> bool:
        """Whether the question has a subject to take up (:data:`MIN_SUBJECT_WEIGHT`)."""
        return self.weight >= MIN_SUBJECT_WEIGHT


def _taken(stem_: str, said: set[str]) -> bool:
    """Whether a question stem is among the answer's stems, or one of the two begins the other and the
    shorter has :data:`MIN_PREFIX` letters or more ("leader" in "leadership"; Snowball leaves "prioritis"
    for "prioritise" and "prioriti" for "priorities")."""
    if stem_ in said:
        return True
    if any(s.startswith(stem_) if len(s) > len(stem_) else stem_.startswith(s)
           for s in said if min(len(s), len(stem_)) >= MIN_PREFIX):
        return True
    root = _root(stem_)
    return len(root) >= MIN_PREFIX and any(_same_root(root, _root(s)) for s in said if len(s) >= MIN_PREFIX)


# Prefixes that leave a word's root as it is ("misestimated" and "underestimated" both estimate).
_PREFIXES = ("under", "over", "mis", "dis", "re", "un", "pre", "co")


@lru_cache(maxsize=65536)
def _root(stem_: str) -> str:
    """A stem without one prefix of :data:`_PREFIXES` when a root of :data:`MIN_PREFIX` letters is left."""
    return next((stem_[len(p):] for p in _PREFIXES if stem_.startswith(p) and len(stem_) - len(p) >= MIN_PREFIX), stem_)


def _same_root(a: str, b: str) -> bool:
    """Whether two roots are one word's family: equal, one beginning the other, or the same but for their last
    letter, as Snowball leaves a verb and its noun ("decid" for "decide", "decis" for "decision")."""
    if len(b) < MIN_PREFIX:
        return False
    if a == b or a.startswith(b) or b.startswith(a):
        return True
    return len(a) == len(b) and a[:-1] == b[:-1]


def subject_of(answer: str, question: str, *, named: tuple[str, ...] = ()) -> Subject:
    """How much of ``question``'s subject ``answer`` takes up (see the module docstring). ``named``: the
    skills the answer names by the lexicon's names ("MoSCoW" is named "Prioritisation"), whose words
    count as said. Never raises."""
    terms = subject_terms(question or "")
    total = sum(w for _, w in terms.values())
    if not total:
        return Subject(weight=0.0, share=0.0)
    said = {term_stem(w) for w in _words(" ".join((answer, *named))) if len(w) > 2}
    # irregular forms ("drove" for "driving", "fell" for "fall": lemmas) and the question's words the answer shows in
    # its own ("Microsoft Teams" for a collaboration tool: core.analysis.term_meanings, session 26)
    said |= {term_stem(lemma(w)) for w in _words(answer) if len(w) > 2}
    said |= {term_stem(w) for w in meant_words(question or "", answer or "")}
    taken = {st: terms[st] for st in terms if _taken(st, said)}
    got = sum(w for _, w in taken.values())
    said_all = Counter(term_stem(w) for w in _words(answer) if len(w) > 2)  # stem -> times said
    opening = {term_stem(w) for w in _words(first_sentence(answer)) if len(w) > 2}
    # a known topic the question asks about, taken up in the answer's own words (only looked for when it matters)
    topic = got / total < PART_SHARE and bool(asked_topics(question) & set(answer_topics(answer)))
    left = sorted((v for st, v in terms.items() if st not in taken), key=lambda v: -v[1])
    # a term the opening sentence says (of two or more) is what the answer is about ("A customer called after…")
    chance = len(sentences(answer)) >= CHANCE_SENTENCES and by_chance(
        [(w, sum(n for s, n in said_all.items() if _taken(st, {s})) + 2 * _taken(st, opening))
         for st, (_, w) in taken.items()],
        got / total)
    # said in passing: in no sentence where the candidate acts ("the manager gave honest praise", not "I had to decide")
    passing = chance and not any(_ACTS_RE.search(x) and any(_taken(st, {term_stem(w) for w in _words(x)}) for st in taken)
                                 for x in sentences(answer))
    return Subject(weight=round(total, 2), share=round(got / total, 3), taken=[w for w, _ in taken.values()],
                   left=[w for w, _ in left[:4]], topic=topic, chance=chance and not topic,
                   passing=passing and not topic, question=question or "")


_ACTS_RE = re.compile(r"\b(?:I|we)\b(?!'m| am| was| were)", re.IGNORECASE)


def first_sentence(text: str) -> str:
    """The answer's first sentence (up to its first ., ! or ? followed by a space, or a line break)."""
    return re.split(r"(?<=[.!?])\s+|\n", (text or "").strip(), maxsplit=1)[0]


def by_chance(taken: list[tuple[float, int]], share: float) -> bool:
    """Whether what an answer takes up of a question's subject is chance: ``taken`` holds each term's weight and
    how often the answer says it; chance when every term is an everyday one (under :data:`RARE_TERM_WEIGHT`) said
    once, or one saying nothing of a subject (under :data:`NEGLIGIBLE_WEIGHT`) said any number of times, together under that weight and under :data:`CHANCE_SHARE` of the subject. "I baked cakes with two other
    teachers" shares "teachers" with "a difficult parent who is angry with the teachers", and is no answer to it;
    an answer about the parent says "parent" (or a near term of the question's topic) and more of the subject."""
    got = sum(w for w, _ in taken)
    return bool(taken) and got < RARE_TERM_WEIGHT and share < CHANCE_SHARE and all(
        w < RARE_TERM_WEIGHT and (n <= 1 or w < NEGLIGIBLE_WEIGHT) for w, n in taken)


def penalty(subject: Subject, qtype: QuestionType, *, story: bool = False) -> int:
    """Points off relevance for an answer that takes up little of its question's subject (0-2; see the
    module docstring). None for a question without a subject or an answer on one of its known topics;
    for a ``story`` (:func:`is_story`), which shows what it was asked about in its own events, one point
    only when it takes up nothing of a full subject (:data:`FULL_SUBJECT_WEIGHT`)."""
    if not subject.judged or subject.topic or qtype in ABOUT_THE_CANDIDATE:
        return 0
    if story:  # its events may show the subject in other words, unless it shares nothing (or only by chance)
        if not subject.nothing or subject.weight < FULL_SUBJECT_WEIGHT:
            return 0
        # nothing at all of a full subject, or everyday words said in passing; 1 for such words where the candidate acts
        return 2 if subject.share == 0 or subject.passing else 1
    in_own_terms = qtype in {"technical", "situational"}
    if subject.share == 0:
        return 2 if in_own_terms and subject.weight >= FULL_SUBJECT_WEIGHT else 1
    if not in_own_terms:  # only an answer that takes up nothing of it is off
        return 0
    return int(subject.share < THIN_SHARE or (subject.weight >= MANY_CONCEPTS and subject.share < PART_SHARE))


def is_story(star_parts: int, qtype: QuestionType, asks_for_example: bool) -> bool:
    """Whether an answer is a story told to a question that asks for one: two STAR parts or more, to a
    question that is not technical or situational, or to one that asks for an example ("Give an example
    of a problem you caught")."""
    return star_parts >= 2 and (qtype not in {"technical", "situational"} or asks_for_example)
