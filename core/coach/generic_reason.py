"""A "why this role" answer whose reasons any job could be given ("it's a great company and I want to grow").

Session 16: such an answer scored relevance 4-5, level with one naming the role's work or the organisation
("chairside work with children is what I enjoy, and you are a family practice"). Interview guides ask for the
second kind: a reason tied to this role or organisation, not one that fits every application.

:func:`generic_reasons` finds the stock reasons (:data:`GENERIC_REASON_RE`) of an answer that names nothing
particular: none of the job's terms, no term of the question beyond the words for a job ("role", "company"), no
named tool, no figure and no field term (:func:`core.coach.rubric_parts.field_terms`). Relevance then counts at
most :data:`GENERIC_RELEVANCE` (:func:`core.coach.dimensions.relevance`). English only.
"""

from __future__ import annotations

import re

from core.analysis.answer import AnswerEvidence
from core.schemas import DimensionScore

GENERIC_RELEVANCE = 3  # relevance (1-5) at most of a "why this role" answer whose reasons fit any job
GENERIC_GAP = "A specific reason tied to this role or organisation"

# Reasons any application could give: a good company, growth, an opportunity, a challenge, a reputation, fitting in
GENERIC_REASON_RE = re.compile(
    r"\b(?:(?:a |an |such a |really )?(?:great|good|amazing|fantastic|excellent|wonderful|brilliant|nice|big|"
    r"leading|top|reputable|successful|well[- ]known|friendly|dynamic|exciting) (?:company|organi[sz]ation|firm|"
    r"business|employer|place(?: to work)?|brand|team|environment)|(?:grow|develop|learn|progress|advance|improve)"
    r"(?: my(?:self| career| skills)| professionally| as a (?:person|professional))|(?:career|professional|personal) "
    r"(?:growth|development|progression|goals?)|(?:good|great|new|exciting|amazing|fantastic) (?:opportunity|"
    r"challenge|experience)|(?:a |new )?challenge for me|(?:good|great|strong|excellent) reputation|"
    r"learn new (?:things|skills)|fit in(?: well)?|(?:the )?benefits|work[- ]life balance|(?:I'?m|I am) (?:really |very |"
    r"so )?(?:motivated|passionate|excited|keen)|(?:want|wanted|like|love) to grow)\b",
    re.IGNORECASE)
# Words of self-praise or of an employer's standing that the word lists find rare and that name nothing particular
_STOCK_WORDS = frozenset({"motivated", "passionate", "enthusiastic", "dedicated", "driven", "reputation", "reputable",
                          "ambitious", "prestigious", "innovative"})
# The words for a job that any question and answer about wanting one share
_JOB_WORDS = frozenset({"role", "roles", "job", "jobs", "position", "company", "companies", "organisation",
                        "organization", "work", "team", "career", "opportunity", "here", "want", "join", "us"})


def generic_reasons(ev: AnswerEvidence) -> list[str]:
    """The stock reasons of an answer that names nothing of a particular role or organisation (see the module
    docstring), as said ("great company", "grow my career"), in order; [] when it names something particular, gives
    no stock reason, or is not read in English."""
    from core.coach.rubric_parts import field_terms

    if not ev.analysed or ev.lang != "en":
        return []
    found = [m.group(0) for m in GENERIC_REASON_RE.finditer(ev.text)]
    if not found:
        return []
    said = " ".join(found).lower()  # a stock reason's own words ("motivated", "reputation") name nothing particular
    particular = (ev.job_overlap or ev.tools or ev.numbers or ev.spelled_numbers
                  or [w for w in ev.question_overlap if w.lower() not in _JOB_WORDS]
                  or [w for w in field_terms(ev) if w.lower() not in said and w.lower() not in _STOCK_WORDS])
    return [] if particular else list(dict.fromkeys(found))


def stock_only(question: str, ev: AnswerEvidence) -> list[str]:
    """The stock reasons (:func:`generic_reasons`) of an answer that gives only those, to a question that does not
    ask why this role nor about the candidate; else []. "I'm passionate about this role… a great company" to "What
    was the hardest problem you have faced in Excel?" is about something else: the chat asks the question again
    (:func:`core.coach.follow_up.off_topic`) and the report scores it so (:func:`stock_scores`); session 16: the chat
    said "Say more about 'a great company'" while the report scored it about something else."""
    from core.coach.question_types import asks_why_role, question_type

    if asks_why_role(question) or question_type(question) in {"motivation", "introduction", "self_assessment"}:
        return []
    return generic_reasons(ev)


def stock_scores(dims: list, stock: list[str]) -> list:
    """``dims`` (five ``(DimensionScore, gaps)`` pairs, rubric order) of an answer giving only reasons any job could
    be given (``stock``, as said) to a question that asks something else: relevance 1, and what the other dimensions
    show counts at most 1 (:func:`core.coach.topic.shows_nothing_for_it`)."""
    from core.coach.phrasing import quote
    from core.coach.topic import shows_nothing_for_it, with_relevance_capped

    rel = DimensionScore(score=1, evidence=(
        f"The answer gives reasons any job could be given ({', '.join(quote(r) for r in stock[:2])}), not an answer "
        "to what was asked."))
    return shows_nothing_for_it(with_relevance_capped(dims, (rel, ["An answer to the question actually asked"]), 1,
                                                      "what it shows is not about the question"))
