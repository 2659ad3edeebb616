"""The stronger answer keeps every clause of substance of a sentence it gives back, adds no word inside it, and files
what came of an example and a present duty under their own headings (newcomer run 19), as counts of answers over the dev
answers of :func:`bench.bench_stronger.run`:

- a sentence partly given back with a clause left out from inside it that is no aside (:func:`clause_cut`: "is it a budget
  gap, or just…" without "a competitor quote"; "I took the lead role, allocated…" without "until the registrar arrived");
  an aside opening on "which", "who", "like" or "as" is not counted;
- a word of the coach's put inside one of the answer's sentences (:func:`word_inside`: "for nothing, then at Payflo",
  "260 macros, and half of them out of date, agents were"); "; then" between steps the coach split is not counted;
- what came of an example under "Trade-offs:" (:func:`result_as_trade_off`: "Trade-offs: Waste came down by half…");
- a part opening a sentence on a list marker (:func:`marker_opening`: "- last quarter a logistics company…");
- a present duty under "Result:" (:func:`duty_as_result`: "Result: I run facilities, suppliers and the £120k budget");
- a sentence referring back ("That became…") given without the answer's sentence before it (:func:`antecedent_dropped`).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_ASIDE = frozenset(["which", "who", "whom", "whose", "like", "as"])
_LINKS = frozenset(["and", "then", "so", "but", "also", "or", "just", "really", "basically", "actually", "honestly"])
_MARKER_RE = re.compile(r"(?:^|: |[.!?] )[-–—•*·▪] ")
_BACK_RE = re.compile(r"(?:That|This|These|Those)\b")
_STEP_LINK_RE = re.compile(r"((?:\]|\w)[;.]\s+)(?:then|finally|next)\s+", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return [w for w in (t.lower().strip(".,;:!?\"'()[]“”‘’—–") for t in re.sub(r"\[[^\]]*\]", " ", text).split()) if w]


def _sentences(answer: str) -> list[str]:
    from core.coach.stronger_sentences import clean_sentences

    return clean_sentences(answer)


def _inside_ops(sentence: str, stronger: str) -> list[tuple[str, list[str], list[str]]]:
    """The edits inside ``sentence`` as the stronger answer gives it back (tag, its words taken out, words put in), when at
    least half its words are given back in order; [] for a sentence left out."""
    src, out = _words(sentence), _words(stronger)
    matcher = SequenceMatcher(None, src, out, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size >= 2]
    if not src or sum(b.size for b in blocks) * 2 < len(src):
        return []
    first, last = blocks[0].a, blocks[-1].a + blocks[-1].size
    return [(tag, src[i1:i2], out[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes()
            if tag != "equal" and first < i1 < last and (tag != "insert" or j2 - j1 <= 3)]


def clause_cut(answer: str, stronger: str) -> bool:
    """Whether a sentence of ``answer`` partly given back lost from inside it a run of two words or more that is no aside."""
    return any(tag in {"delete", "replace"} and len(taken) >= 2 and taken[0] not in _ASIDE
               and not set(taken) <= _LINKS
               for s in _sentences(answer) for tag, taken, _put in _inside_ops(s, stronger))


def word_inside(answer: str, stronger: str) -> bool:
    """Whether a word of the coach's ("then", "and") is put inside a sentence of ``answer`` given back."""
    stronger = _STEP_LINK_RE.sub(r"\1", stronger)  # the coach's "; then" between steps it split (session 15) is no edit
    return any(tag in {"insert", "replace"} and put and set(put) <= _LINKS
               for s in _sentences(answer) for tag, _taken, put in _inside_ops(s, stronger))


def _said(stronger: str, label: str) -> list[str]:
    from bench.bench_stronger_checks import _parts

    return _parts(stronger).get(label, [])


def result_as_trade_off(answer: str, stronger: str) -> bool:
    """Whether "Trade-offs:" holds what came of the candidate's example told in ``answer``
    (:func:`core.coach.stronger_outline.example_result`)."""
    from core.coach.stronger_outline import example_result

    return any(example_result(s, answer) for s in _said(stronger, "Trade-offs"))


def marker_opening(stronger: str) -> bool:
    """Whether a part's sentence opens on a list marker or a dash."""
    return bool(_MARKER_RE.search(re.sub(r"\[[^\]]*\]", "", stronger)))


def duty_as_result(stronger: str) -> bool:
    """Whether "Result:" holds a present duty (:func:`core.coach.stronger_outline.present_duty`)."""
    from core.coach.stronger_outline import present_duty

    return any(present_duty(s) for s in _said(stronger, "Result"))


def antecedent_dropped(answer: str, stronger: str) -> bool:
    """Whether a sentence of ``answer`` opening on "That"/"This" is given back while the sentence before it is not."""
    said = _sentences(answer)
    told = " ".join(_words(stronger))
    return any(_BACK_RE.match(s) and " ".join(_words(s)) in told and " ".join(_words(said[i - 1])) not in told
               for i, s in enumerate(said) if i)


def rows(answers: list[str], strongers: list[str]) -> list[tuple[str, float, str, str]]:
    """The bench rows of this module's counts over ``answers`` and their ``strongers`` (one per dev answer)."""
    pairs = list(zip(answers, strongers, strict=True))
    return [
        ("stronger: answers with a clause left out from inside a sentence given back (no aside: 'a competitor quote')",
         float(sum(clause_cut(a, s) for a, s in pairs)), "count", "0"),
        ("stronger: answers with a word of the coach's put inside a sentence ('for nothing, then at Payflo')",
         float(sum(word_inside(a, s) for a, s in pairs)), "count", "0"),
        ("stronger: answers with what came of an example under Trade-offs",
         float(sum(result_as_trade_off(a, s) for a, s in pairs)), "count", "0"),
        ("stronger: answers with a sentence opening on a list marker ('- last quarter…')",
         float(sum(map(marker_opening, strongers))), "count", "0"),
        ("stronger: answers with a present duty under Result ('I run facilities… and the £120k budget')",
         float(sum(map(duty_as_result, strongers))), "count", "0"),
        ("stronger: answers with 'That…' given back without the sentence it refers to",
         float(sum(antecedent_dropped(a, s) for a, s in pairs)), "count", "0"),
    ]
