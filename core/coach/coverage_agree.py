"""Two coverage rows of one requirement agree: a row no question came to takes the evidence of a row that shows its
own specific word.

A job often says one thing twice, as a duty and as a requirement: "Übernahme der Schichtleitung im Früh-, Spät- und
Nachtdienst" and "Erfahrung in der Schichtleitung". Each row is judged on its own words, so the report read
"Erfahrung in der Schichtleitung — evidenced" beside "Übernahme der Schichtleitung … — not probed" (issue 15, session
23 re-check), as if the interview had both shown and never reached the shift lead. :func:`agreed_rows` gives a row
that is "not probed" with nothing asked the quote of an evidenced row when both requirements write the same specific
word (rarer than :data:`SPECIFIC_ZIPF` in English and in the job's language, :data:`MIN_LETTERS` letters or more) and
the quote says it. A rule of this project, not a figure from research.
"""

from __future__ import annotations

import re

from core.analysis.language import detect_language, zipf
from core.schemas import CoverageItem

SPECIFIC_ZIPF = 3.5  # wordfreq Zipf: "Schichtleitung" 1.1 (de), "audits" 3.3, "shrinkage" 2.9; never "Python" 3.8
MIN_LETTERS = 6
_WORD_RE = re.compile(r"[^\W\d_][^\W_]*(?:-[^\W\d_]+)*")


def _specific(requirement: str, lang: str) -> set[str]:
    """The specific words of ``requirement``, lower case (see the module docstring)."""
    return {w for w in (m.group(0).lower() for m in _WORD_RE.finditer(requirement or ""))
            if len(w) >= MIN_LETTERS and zipf(w, "en") < SPECIFIC_ZIPF and (lang == "en" or zipf(w, lang) < SPECIFIC_ZIPF)}


def _says(quote: str, word: str) -> bool:
    """Whether ``quote`` writes ``word`` or a form of it (its first letters but its last two)."""
    return bool(re.search(rf"(?<!\w){re.escape(word[:max(MIN_LETTERS - 1, len(word) - 2)])}", quote, re.IGNORECASE))


def job_language(job_description: str) -> str:
    """The job's language (ISO 639-1, :func:`core.analysis.language.detect_language`), "en" when it has no text."""
    return detect_language(job_description[:4000]) if (job_description or "").strip() else "en"


def agreed_rows(items: list[CoverageItem], lang: str = "en") -> list[CoverageItem]:
    """``items`` (the report's coverage rows, in order) with each "not probed" row that nothing asked about given the
    status and quote of the first evidenced row whose requirement shares a specific word with it that its quote says
    (module docstring); ``lang``: the job's language (ISO 639-1). Other rows unchanged."""
    shown = [(it, _specific(it.requirement, lang)) for it in items
             if it.status == "evidenced" and it.evidence.startswith(('"', "“"))]
    out = []
    for item in items:
        if item.status == "not probed" and not item.evidence and shown:
            own = _specific(item.requirement, lang)
            donor = next((it for it, words in shown if any(_says(it.evidence, w) for w in own & words)), None)
            if donor is not None:
                item = item.model_copy(update={"status": "evidenced", "evidence": donor.evidence})
        out.append(item)
    return out
