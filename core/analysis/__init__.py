"""Plain-text analysis the offline coach stands on: skills, requirements, CV facts and answer evidence.

Deterministic: the standard library, one data file (``data/skills_lexicon.json``) and two
libraries that ship their data (``wordfreq`` for word frequencies, ``langdetect`` for the answer's
language; both loaded on first use). No weights, no network. Lower layers first:

* :mod:`core.analysis.text`: words, stems, sentences, quotes, injection stripping, pasted-text overlap;
* :mod:`core.analysis.skills`: the skills lexicon, :func:`find_skills`, the role family;
* :mod:`core.analysis.job`: the job description's requirements and :func:`mentions`;
* :mod:`core.analysis.cv`: :func:`extract_cv_facts`;
* :mod:`core.analysis.language`: :func:`detect_language` and :func:`zipf` (word frequency);
* :mod:`core.analysis.signals`: research-based quality signals (unique informative words, field
  vocabulary, fillers, buzzwords, repetition, numbers in digits or words);
* :mod:`core.analysis.cues`: the English and Spanish wording cues (STAR parts and labels, steps,
  reasoning, lessons, reasons, hedges, non-answers);
* :mod:`core.analysis.answer`: :func:`analyse_answer`, :class:`AnswerEvidence` and
  :func:`candidate_words` (the answer without the interviewer's follow-up).
"""

from core.analysis.answer import AnswerEvidence, analyse_answer, is_experience_question
from core.analysis.cv import extract_cv_facts
from core.analysis.job import extract_requirements, mentions
from core.analysis.skills import find_skills, infer_role_family
from core.analysis.text import strip_injections

__all__ = [
    "AnswerEvidence",
    "analyse_answer",
    "extract_cv_facts",
    "extract_requirements",
    "find_skills",
    "infer_role_family",
    "is_experience_question",
    "mentions",
    "strip_injections",
]
