"""Plain-text analysis the offline coach stands on: skills, requirements, CV facts and answer evidence.

Deterministic, standard library plus one data file (``data/skills_lexicon.json``), well under a
millisecond per answer, no weights. Lower layers first:

* :mod:`core.analysis.text`: words, stems, sentences, quotes, injection stripping, pasted-text overlap;
* :mod:`core.analysis.skills`: the skills lexicon, :func:`find_skills`, the role family;
* :mod:`core.analysis.job`: the job description's requirements and :func:`mentions`;
* :mod:`core.analysis.cv`: :func:`extract_cv_facts`;
* :mod:`core.analysis.answer`: :func:`analyse_answer` and :class:`AnswerEvidence`.
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
