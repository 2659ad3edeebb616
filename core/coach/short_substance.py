"""What a short answer to a knowledge or technical question says: its telling words, and whether it is vague.

A one-line answer to "What is a JOIN in SQL?" that says "Combines rows from two tables." is short, but it says
something a reader can check; "Combining." or "Same but different." says nothing. Session 22 (issue 15): on the
published quiz answers every answer under :data:`core.coach.score.HANDFUL` words scored 1/10, so a correct one-line
definition tied with a one-word reply; and a vague answer of ten words ("It is a thing that makes stuff work") got the
short-answer floors (:func:`core.coach.short_answer.short_scores`) as a specific one did.

The cues are those of the rubric's specificity (numbers, named terms, field vocabulary: rare words by wordfreq's Zipf
scale) and of vagueness (:data:`core.analysis.cues.VAGUE`), never the answer's length: filler, buzzwords and repeated
words are not telling words, so padding adds none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.analysis.answer import AnswerEvidence
from core.analysis.cues import HEDGE, VAGUE
from core.analysis.language import zipf
from core.analysis.text import STOPWORDS, stem
from core.schemas import AnswerScore, DimensionScore

if TYPE_CHECKING:
    from core.coach.question_types import QuestionType

RARE_ZIPF = 4.3  # as core.analysis.signals: a word rarer than this is field vocabulary
# words that say nothing of what a thing is, beside VAGUE's ("good", "stuff", "things")
_EMPTY = frozenset({"thing", "things", "something", "stuff", "somehow", "somewhere", "basically", "kind", "sort",
    "like", "type", "types", "same", "different", "differ", "difference", "useful", "important", "better", "worse",
    "way", "ways", "mean", "means", "work", "works", "working", "used", "use", "uses", "able", "make", "makes",
    "made", "help", "helps", "yes", "yeah", "okay", "ok", "well", "thing's", "lot", "whatever", "issue", "issues", "problem",
    "problems", "related", "various"})
_PERSON_RE = re.compile(r"\b(?:I|me|my|mine|we|our|us|you|your)\b", re.I)  # a story or advice, not a definition
_TOKEN_RE = re.compile(r"[A-Za-z][\w.+#/'’-]*|\d+(?:\.\d+)?%?|[=!<>]=+|\.\.\.|=>")
# a code-like token: "key-value", "O(1)", "===", "HTTP", "AES", "0.1", "node.js"
_CODE_RE = re.compile(r"^(?:[=!<>]=+|=>|\.\.\.|\d+(?:\.\d+)?%?|[A-Z]{2,}\d*s?|\w+[.#+/-]\w+.*)$")


def _question_stems(question: str) -> set[str]:
    return {stem(t.lower().strip("'’.")) for t in _TOKEN_RE.findall(question or "")}


def telling_words(answer: str, question: str = "") -> tuple[list[str], list[str]]:
    """(the telling words of ``answer``, those not the question's): distinct content words (no stopword, no
    :data:`_EMPTY` or :data:`core.analysis.cues.VAGUE` word, no hedge), each once by its stem, and code-like tokens
    ("===", "O(1)", "HTTP", "429"). English cues; other languages give what their stopwords leave."""
    vague = VAGUE["en"]
    seen: dict[str, str] = {}
    for tok in _TOKEN_RE.findall(answer or ""):
        low = tok.lower().strip("'’.-")
        code = bool(_CODE_RE.match(tok.strip("'’.")))
        if not code and (len(low) < 3 or low in STOPWORDS or low in _EMPTY or vague.fullmatch(low)
                         or HEDGE["en"].fullmatch(low)):
            continue
        seen.setdefault(stem(low) if not code else low, tok)
    q = _question_stems(question)
    told = list(seen.values())
    return told, [w for key, w in seen.items() if key not in q]


def field_words(words: list[str]) -> list[str]:
    """Of ``words``, the field vocabulary: rare words (Zipf below :data:`RARE_ZIPF`) and code-like tokens."""
    return [w for w in words if _CODE_RE.match(w.strip("'’.")) or zipf(w.lower(), "en") < RARE_ZIPF]


def vague_words(answer: str) -> list[str]:
    """The words of ``answer`` that judge or point without saying what ("stuff", "a thing", "somehow", "basically")."""
    found = [m.group(0).lower() for m in VAGUE["en"].finditer(answer or "")]
    found += [w.lower() for w in re.findall(r"[A-Za-z']+", answer or "")
              if w.lower() in {"something", "somehow", "somewhere", "basically", "stuff", "thing", "things"}]
    return list(dict.fromkeys(found))


def vague_short(answer: str, question: str = "") -> bool:
    """A short answer that is vague: it uses vague words (:func:`vague_words`) and names fewer than two field words
    of its own (:func:`field_words` of the words the question does not already give), nor a number."""
    if not vague_words(answer):
        return False
    _, new = telling_words(answer, question)
    return len(field_words(new)) < 2 and not re.search(r"\d", answer)


_NOT_SURE_RE = re.compile(r"\b(?:not sure|no idea|don'?t know|do not know|never (?:used|heard)|can'?t remember|maybe|"
                          r"probably|perhaps|guess)\b", re.I)
DEFINING_WORDS = 3  # telling words of its own (not the question's) that a definition in its own terms holds
DEFINING_MAX = 20  # words: a longer answer is judged on the question's terms as any other (core.coach.short_answer)


def defines_in_terms(question: str, answer: str) -> bool:
    """Whether a short ``answer`` (under :data:`DEFINING_MAX` words) to ``question`` (a knowledge question: the caller
    checks) says what the thing is in its own terms, without naming it: no person in it (a definition, not a story or
    advice), no "not sure", not vague (:func:`vague_short`), and :data:`DEFINING_WORDS` telling words or more that are
    not the question's ("What is a deadlock?" - "Two threads each hold a lock the other needs, so neither proceeds").
    Session 22: such answers were scored as taking up nothing of the question (relevance 1)."""
    if len((answer or "").split()) >= DEFINING_MAX or _PERSON_RE.search(answer or "") or _NOT_SURE_RE.search(answer or ""):
        return False
    if vague_short(answer, question):
        return False
    return len(telling_words(answer, question)[1]) >= DEFINING_WORDS


BRIEF_LEVELS = {2: (2, 1, 1, 1, 3), 3: (3, 1, 2, 1, 3)}  # dimension scores of a one-line answer: 2/10 and 3/10


def brief_level(question: str, answer: str) -> int:
    """0, or the level (2 or 3, out of 10) of a one-line answer under a handful of words that says something checkable
    about what a knowledge or technical question asks: no person in it (a definition, not a story), two telling words
    or more (:func:`telling_words`) of which one at least is not the question's, and not vague (:func:`vague_short`).
    3 with three telling words or more of its own, at least one of them field vocabulary; else 2. "Combines rows from
    two tables" (3), "Transforms data" (2); "Combining.", "Same but different.", "Join join." and "It is stuff,
    basically." are 0 (a non-answer, 1/10)."""
    if _PERSON_RE.search(answer or "") or vague_short(answer, question):
        return 0
    told, new = telling_words(answer, question)
    if len(told) < 2 or not new:
        return 0
    return 3 if len(new) >= 3 and field_words(new) else 2


def brief_dims(answer: str, level: int, gaps: list[str]) -> list[tuple[DimensionScore, list[str]]]:
    """The ``(DimensionScore, gaps)`` of a one-line answer at ``level`` (:func:`brief_level`): it answers in a line,
    with no example, reason or trade-off. ``gaps``: what an answer of the question's type is judged on."""
    told, _ = telling_words(answer)
    named = ", ".join(told[:4])
    rel, struct, spec, dep, comm = BRIEF_LEVELS[level]
    return [
        (DimensionScore(score=rel, evidence=f"A one-line answer: it says what the thing is or does ({named}), but no "
                        "more than a line."), ["An explanation in a few sentences, not one line"]),
        (DimensionScore(score=struct, evidence="One line: no parts to lay out."), gaps[:1]),
        (DimensionScore(score=spec, evidence=f"Names {named}." if spec > 1 else f"Says {named}, briefly."), []),
        (DimensionScore(score=dep, evidence="No reasoning, example or trade-off is given."),
         ["An example of it in use, and when you would choose otherwise"]),
        (DimensionScore(score=comm, evidence="Plain, but too short to judge clarity beyond one line."), []),
    ]


def brief_score(question: str, answer: str, level: int, qtype: QuestionType, ev: AnswerEvidence,
                facts: dict) -> AnswerScore:
    """The :class:`~core.schemas.AnswerScore` of a one-line answer at ``level`` (:func:`brief_level`, :func:`brief_dims`),
    with the stronger answer built from it."""
    # the dimensions and the stronger answer read this module's neighbours: imported when used
    from core.coach.dimensions import type_gaps
    from core.coach.phrasing import one_per_gap
    from core.coach.stronger import stronger_answer

    dims = brief_dims(answer, level, type_gaps(qtype))
    return AnswerScore(
        relevance=dims[0][0], structure=dims[1][0], specificity=dims[2][0], depth=dims[3][0], communication=dims[4][0],
        missing=one_per_gap([g for _, gaps in dims for g in gaps])[:6],
        stronger_answer=stronger_answer(question, answer, qtype, ev, facts), overall=1)
