"""Requirements of a job written in Spanish, French, German, Italian, Portuguese, Catalan or Dutch, read whole.

English requirement lines are cut to a short phrase at their first "and"/"or" and after six words
(:func:`core.analysis.job._clean_phrase`): "Experience with SQL and dashboards" is two requirements there. That
reading cuts other languages mid-phrase ("Atender a la diversidad y diseñar", "Grado en Matemáticas o afín y"):
their joining words are not English, and their phrases run longer ("Ejercer la tutoría de un grupo" is six words
before its object's complement). In such a job a bullet (or a line) is one requirement: :func:`whole_requirement`
keeps it up to its first comma, semicolon or bracket, at most :data:`MAX_WORDS` words, without function words at
either end ("y", "de", "et", "und": Zipf frequency :data:`FUNCTION_ZIPF` or more in the job's language, wordfreq).
"""

from __future__ import annotations

import re

from core.analysis.language import detect_language, zipf
from core.analysis.text import BULLET_RE, STOPWORDS

WHOLE_LANGUAGES = frozenset(["es", "fr", "de", "it", "pt", "ca", "nl"])
MAX_WORDS = 12  # "Ejercer la tutoría de un grupo y comunicarse con las familias" is 11
FUNCTION_ZIPF = 6.0  # "y" 7.4, "de" 7.7, "la" 7.5, "con" 6.8, "und" 7.5 in their languages; "grupo" 5.3, "clases" 5.0
SAMPLE_CHARS = 4000


def whole_language(job_description: str) -> str:
    """The job's language (ISO 639-1) when its requirement lines are read whole (:data:`WHOLE_LANGUAGES`); ""
    for an English job or one in another language."""
    lang = detect_language((job_description or "")[:SAMPLE_CHARS])
    return lang if lang in WHOLE_LANGUAGES else ""


def _function_word(word: str, lang: str) -> bool:
    low = word.lower().strip(".,;:!?¡¿\"'()")
    return not low or low in STOPWORDS or (len(low) <= 4 and zipf(low, lang) >= FUNCTION_ZIPF)


def whole_requirement(line: str, lang: str) -> str:
    """``line`` (a bullet or line of a job in ``lang``) as one requirement: up to its first comma, semicolon,
    colon or bracket, at most :data:`MAX_WORDS` words, with no function word at either end
    ("- Atender a la diversidad y diseñar planes de refuerzo." -> "Atender a la diversidad y diseñar planes de
    refuerzo")."""
    text = BULLET_RE.sub("", line).strip().rstrip(".;:!")
    text = re.split(r"[,;:(]| - | – ", text)[0]
    tokens = text.split()[:MAX_WORDS]
    # a word after a number is its unit, never a function word: "Experiencia mínima de 3 años"
    while tokens and _function_word(tokens[-1], lang) and not (len(tokens) > 1 and tokens[-2][-1:].isdigit()):
        tokens.pop()
    while tokens and _function_word(tokens[0], lang):
        tokens.pop(0)
    return " ".join(tokens)
