"""What a question asks about, read by meaning rather than by its words (issue 15, session 21, judge21).

A question whose subject is worded abstractly ("align several teams with competing priorities on a single plan", "an
ambitious target"), built on a requirement label ("The role calls for leading a team…") or asking two things ("How do
you build a forecast…, and how do you handle being wrong?") is answered in other words than its own: an agreed plan
across teams, a goal set and how far it was reached, line managing and observing, a mistake found and put right. Word
overlap missed those and capped strong answers at 3/5 or called them off-topic. Three readings, each from the
repository's knowledge, never from a single word:

* :func:`requirement_shown` — a requirement is shown by the competency it names (``data/competency_words.json``: "leading a
  team" by "line manage", "observed", "one-to-one") or, for a licence or certificate (``data/licences.json``), by its
  aliases ("BS 7671", "2382-22" for the 18th Edition) or by the near terms of its field's topic
  (``data/topic_near_terms.json``: IOSH is health and safety, shown by risk assessments and near-misses);
* :func:`own_subject_taken` — the answer takes up what the question itself asks about (its competency, its known topic,
  or a third of its subject's weight): a job requirement the question names only in passing ("owning the budget" for
  "Costs are 12% over budget…") is then not what it asks about;
* :func:`answers_a_part` — a question of two parts (", and how do you …?") is answered when one part is taken up; the
  other is left for relevance's "leaves aside" note, never an off-topic call.

Session 21 (newcomer and re-check): :func:`relevance_by_meaning` lifts the relevance of an answer showing the asked
competency in its own words (a fault traced, its cause found and fixed so it does not recur, for a root-cause
question), :func:`with_other_subject` holds at 1 an answer off its question that tells a subject no question asks
about (a bonus spent on a new car) whatever job words it says, and :func:`work_reasons` never reads such a story's
"so my manager gave me a bonus" as the reasoning of an approach.

A rule of this project, not a figure from research; English words only.
"""

from __future__ import annotations

import re

from core.analysis.licences import licences_named
from core.analysis.term_meanings import shows_concept_of
from core.coach.competency import ASKED_WORDS, competencies, shown, shows_asked
from core.coach.subject import CHANCE_SHARE, subject_of
from core.coach.topic import (
    PROBE_NEAR_TERMS,
    _field,
    _has,
    _low,
    _topics,
    answer_topics,
    asked_topics,
    term_topics,
)


def requirement_shown(answer: str, requirement: str) -> list[str]:
    """The words of ``answer`` that show ``requirement`` by meaning (see the module docstring), or [] when none do:
    :data:`core.coach.competency.ASKED_WORDS` words of a competency the requirement names, a licence's alias, or
    :data:`core.coach.topic.PROBE_NEAR_TERMS` near terms of the topic of a licence's field."""
    for competency in competencies():
        if competency.other or not shown(requirement, competency):
            continue
        said = shown(answer, competency, asked_for=True)
        if len(said) >= ASKED_WORDS:
            return said
    if said := shows_concept_of(answer, requirement):  # "a reward chart" for behaviour management (session 26)
        return said
    for licence in licences_named(requirement):
        if found := licence.pattern.search(answer or ""):
            return [found.group(0)]
        words = _near_terms_said(answer, term_topics(licence.field))
        if len(words) >= PROBE_NEAR_TERMS:
            return words
    # a requirement that names a known topic ("Food safety": safety) is shown by that topic's near terms, as a
    # licence of its field is ("check the fridge logs … EHO inspection … hot-holding": session 24 newcomer, a food
    # safety answer was called "about something else")
    if (words := _near_terms_said(answer, term_topics(requirement))) and len(words) >= PROBE_NEAR_TERMS:
        return words
    return []


def _near_terms_said(answer: str, topics: set[str]) -> list[str]:
    """The keys and near terms of ``topics`` that ``answer`` says, one for each term."""
    low = _low(answer or "")
    return [term.strip() for name, keys, near in _topics() if name in topics
            for term in (*keys, *near) if re.search(r"\w", term) and _has("", (term,), low=low)]


def own_subject_taken(question: str, answer: str) -> bool:
    """Whether ``answer`` takes up what ``question`` itself asks about: a competency it asks about, shown in the
    answer's own words (:func:`core.coach.competency.shows_asked`), a known topic it asks about
    (:func:`core.coach.topic.asked_topics`) that is no field's setting (a nurse's story shares "patient care" with any
    question about patients), or :data:`core.coach.subject.CHANCE_SHARE` of its subject's weight, not
    by chance."""
    from core.coach.framing import question_content

    # a field's topic (patient care, teaching, the warehouse) is the setting any story of that field shares, not a subject
    families = _field("family")
    topics = {t for t in asked_topics(question) & set(answer_topics(answer)) if t not in families}
    if shows_asked(question, answer) or topics:
        return True
    subject = subject_of(answer, question_content(question, subject=True))
    return subject.judged and subject.share >= CHANCE_SHARE and not subject.chance


# the join of a question's second part: ", and how do you handle…?", "and what do you do when…?"
_SECOND_PART_RE = re.compile(r",?\s+and\s+(?=(?:how|what|why|when|where|which|who)\b)", re.IGNORECASE)


def question_parts(question: str) -> list[str]:
    """The parts of ``question``'s asking sentence when it asks two things joined by ", and how/what…" (["How do you
    build a forecast that the business trusts", "how do you handle being wrong?"]), else []."""
    from core.coach.framing import question_content

    asking = [s for s in re.split(r"(?<=[.?!])\s+", question_content(question) or question or "") if s.rstrip().endswith("?")]
    if not asking:
        return []
    parts = [p.strip() for p in _SECOND_PART_RE.split(asking[-1]) if p.strip()]
    return parts if len(parts) == 2 else []


def answers_a_part(question: str, answer: str) -> bool:
    """Whether ``answer`` takes up one part of a two-part ``question`` (:func:`question_parts`,
    :func:`own_subject_taken` of that part): it answers the question, the other part is left aside."""
    from core.coach.half_answer import (
        half_left,  # a story for its first part, the second left aside (session 22)
    )

    return any(own_subject_taken(part, answer) for part in question_parts(question)) or bool(half_left(question, answer))


MEANING_RELEVANCE = 4  # relevance (1-5) of an answer that shows what its question asks only in its own words


def relevance_by_meaning(dims: list, question: str, answer: str, ev, *, judged: bool = True) -> list:
    """``dims`` (the scorer's (dimension, gaps) pairs, relevance first) with relevance at least
    :data:`MEANING_RELEVANCE` (one more with substance, :func:`core.coach.rubric_parts.substance` 3 or more) when
    ``answer`` shows a competency ``question`` asks about in its own words (:func:`core.coach.competency.shows_asked`)
    and relevance read it as not taking the question up: a story of a fault traced, its cause found and the fix so it
    does not recur answers "How do you run a root cause analysis after an operational failure?" without its words
    (session 20 re-check: relevance 1/5, "takes up none of … (operational failure, root cause analysis)"). The
    relevance gaps of not taking the question up go with it. ``ev``: the answer's evidence
    (:func:`core.analysis.answer.analyse_answer`); a dismissive answer is never lifted, nor one whose fit is not
    ``judged`` (another language, or relevance held down for another reason: off the subject, a kind of answer missed)."""
    from core.coach.rubric_parts import substance
    from core.schemas import DimensionScore

    rel, _gaps = dims[0]
    said = shows_asked(question, answer) if judged else []
    if not said or rel.score >= MEANING_RELEVANCE or ev.dismissive or (ev.signals and ev.signals.disparaging):
        return dims
    score = MEANING_RELEVANCE + (substance(ev) >= 3)
    lifted = DimensionScore(score=score, evidence=(
        f"The answer takes up what the question asks in its own words ({', '.join(said[:4])}), not the "
        "question's."))
    return [(lifted, []), *dims[1:]]


def with_other_subject(dims: list, answer: str) -> list:
    """``dims`` (the scorer's (dimension, gaps) pairs, relevance first) of an answer already found not to take up
    what its question asks (:func:`core.coach.topic.off_question`), with relevance 1 when the answer plainly tells a
    subject no question asks about (:func:`core.coach.competency.other_subject`: one's own pay, something bought, a
    holiday): the job's words it says on the way ("overtime", the employer's trade) do not link it to the question
    (session 21 newcomer: "my manager gave me a bonus and I bought a new car", told to a gap question, kept
    relevance 2 and scored 4/10 on a job description's words). Other ``dims`` come back as they are."""
    from core.coach.competency import other_subject
    from core.schemas import DimensionScore

    other = other_subject(answer)
    rel, gaps = dims[0]
    if not other or rel.score <= 1:
        return dims
    note = f" It is about {other} instead: the job's words in it do not answer the question."
    return [(DimensionScore(score=1, evidence=rel.evidence + note), gaps), *dims[1:]]


def work_reasons(reasoning: list[str], answer: str) -> list[str]:
    """``reasoning`` (the answer's reason quotes, :func:`core.analysis.answer.analyse_answer`) without those of a
    subject no question asks about, when ``answer`` plainly tells one (:func:`core.coach.competency.other_subject`):
    "so my manager gave me a Christmas bonus" is a reward, never the reasoning of an approach (session 21 newcomer:
    Structure "Found why that approach: "…my manager gave me a bonus""). Any other answer's come back as they are."""
    from core.coach.competency import competencies, other_subject, shown

    if not reasoning or not other_subject(answer):
        return reasoning
    others = [c for c in competencies() if c.other]
    return [r for r in reasoning if not any(shown(r, c) for c in others)]
