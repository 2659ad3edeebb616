"""The stronger answer's sentences kept whole or cut cleanly (newcomer, session 18), measured on the dev answers by
:func:`bench.bench_stronger.run`: the run limit outside the candidate's sentences given back whole
(:func:`core.coach.stronger_whole.longest_cut_run`), and answers where what is kept of a sentence lost one of its
figures ("pass rate went in two years" without "from 74% to 89%") or a word of a multi-word name ("Paylane" without
"Systems")."""

from __future__ import annotations

import re

_FIGURE_RE = re.compile(r"[$£€]?\d[\d,.]*\d%?|[$£€]?\d%?")
_NAME_RE = re.compile(r"(?<=\s)(?:[A-Z][\w&'-]+)(?:\s+(?:[A-Z][\w&'-]+|&))+")
_BRACKET_RE = re.compile(r"\[[^\]]*\]")


def _kept(sentence: str, stronger: str) -> bool:
    """Whether ``stronger`` keeps part of ``sentence``: five of its words in a row."""
    from core.coach.stronger_openings import longest_run

    return longest_run(stronger, sentence) >= 5


def figure_lost(answer: str, stronger: str) -> bool:
    """Whether a sentence of ``answer`` partly kept in ``stronger`` lost a figure of it."""
    from core.analysis.text import sentences

    text = _BRACKET_RE.sub(" ", stronger)
    return any(_kept(s, text) and any(f.rstrip(".,") not in text for f in _FIGURE_RE.findall(s))
               for s in sentences(answer))


def name_word_lost(answer: str, stronger: str) -> bool:
    """Whether a sentence of ``answer`` partly kept in ``stronger`` holds a name of two or more capitalised words of which
    ``stronger`` keeps some words but not the whole name ("Paylane" without "Systems")."""
    from core.analysis.text import sentences

    text = _BRACKET_RE.sub(" ", stronger)
    for s in sentences(answer):
        if not _kept(s, text):
            continue
        for name in _NAME_RE.findall(" " + s):
            words = [w for w in name.split() if w != "&" and w not in {"I", "The", "A", "An"}]
            if len(words) > 1 and name not in text and any(re.search(rf"\b{re.escape(w)}\b", text) for w in words):
                return True
    return False


def rows(answers: list[str], strongers: list[str], n: int) -> list[tuple[str, float, str, str]]:
    """The bench rows: the run limit outside sentences kept whole, and the counts of a figure or a name's word lost."""
    from core.coach.stronger_limits import SHORT_PHRASE
    from core.coach.stronger_whole import longest_cut_run

    cut_runs = [longest_cut_run(s, a) for a, s in zip(answers, strongers, strict=True)]
    return [
        (f"stronger: share giving back over {SHORT_PHRASE} words in a row outside sentences kept whole",
         sum(r > SHORT_PHRASE for r in cut_runs) / n, "ratio", "0"),
        ("stronger: longest run outside the answer's sentences kept whole", float(max(cut_runs, default=0)), "words",
         f"<= {SHORT_PHRASE}"),
        ("stronger: answers where a sentence partly kept lost a figure of it", float(sum(
            figure_lost(a, s) for a, s in zip(answers, strongers, strict=True))), "count", "0"),
        ("stronger: answers where a sentence partly kept lost a word of a multi-word name", float(sum(
            name_word_lost(a, s) for a, s in zip(answers, strongers, strict=True))), "count", "0"),
    ]
