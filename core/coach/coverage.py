"""The report's requirement coverage: the best evidence of each job requirement across all answers.

A requirement is evidenced when an answer states it as the candidate's own (:func:`core.coach.evidence.answer_evidence`:
by name, a variant, a synonym, an abbreviation or its expansion, "WMS" for "warehouse"), by an alternative the job
allows ("Go or Java"), or by near terms of its topic (:func:`near_term_evidence`: "pick lists" and "stock counts" in
one first-person sentence show "warehouse"; the topics and their near terms are ``data/topic_near_terms.json``).
When several answers show it, the quote comes from the best of them (the highest overall score, a statement by name
before one by near terms), never from the first or the weakest. A rule of this project, not a figure from research.
"""

from __future__ import annotations

import logging
import re

from core.analysis.answer import candidate_words
from core.analysis.field_years import years_field_asked
from core.analysis.job import alternatives
from core.analysis.job_choice import choice_parts
from core.analysis.job_years import years_asked
from core.analysis.skills import find_skills
from core.analysis.text import readable_text, sentences, strip_injections
from core.coach.coverage_amount import amount_sentence, asked_amount, meets_amount
from core.coach.coverage_asked import asking_questions, probed_in_translation, shares_competency
from core.coach.coverage_code import code_evidence
from core.coach.coverage_concepts import concept_evidence
from core.coach.coverage_elsewhere import elsewhere_evidence
from core.coach.coverage_forms import form_evidence
from core.coach.coverage_inflected import inflected_evidence
from core.coach.coverage_lists import list_start, whole_list
from core.coach.coverage_meaning import meaning_evidence, meaning_mention
from core.coach.coverage_outcome import outcome_evidence, taken_up_evidence, team_evidence
from core.coach.coverage_story import story_evidence
from core.coach.coverage_topic import _BROAD_WORDS, NEAR_TERMS_NEEDED, near_term_evidence, topic_itself  # noqa: F401
from core.coach.coverage_years import work_evidence, years_evidence, years_partial
from core.coach.degree_related import related_degree
from core.coach.degrees import degree_requirement
from core.coach.evidence import NEGATION_RE, WISH_RE, answer_evidence, own_statement, tool_evidence
from core.coach.evidence_credential import credential_held, held_statement
from core.coach.evidence_weight import with_result
from core.coach.phrasing import clip, quote
from core.coach.plan_probes import probes_by_competency
from core.coach.question_names import asking_part, asking_text, names_requirement
from core.coach.subject import subject_of, term_stem
from core.schemas import SKIPPED_ANSWER, AnswerScore, CoverageItem

logger = logging.getLogger(__name__)

# What a question's relevance says when its follow-up reply was about something else (core.interview.weighing): that
# reply shows no requirement either (issue 15, session 15: it was still quoted as the question's coverage evidence).
OFF_REPLY_NOTE = " The follow-up reply was about something else, not what the question asks: it adds nothing to it."
# the same for a reply in another language than the question after an answer about something else (session 18)
UNJUDGED_REPLY_NOTE = (" The follow-up reply is in another language than the question and nothing in it ties it to "
                       "what the question asks, so it does not lift an answer about something else: it adds nothing "
                       "to it.")
UNANSWERED_RELEVANCE = 2  # relevance (1-5) at or under which an answer did not answer its question (weighing's)
AGREED_RELEVANCE = 4  # relevance (1-5) at or over which the score says the answer does what its question asks
# what a relevance capped only for instructions to the scorer says (core.coach.score): the answer's own words still count
INJECTION_NOTE = " Instructions addressed to the scorer in the answer were left out; they are never scored."
_PARTIAL_GAP = "Every part of the question:"  # the offline relevance's gap for an answer that leaves part of it aside
_FOLLOW_UP_LINE_RE = re.compile(r"^\s*\(Follow-up:.*\)\s*$", re.MULTILINE | re.IGNORECASE)
# core.interview.weighing's notes: the question is scored on the follow-up reply alone (a bake sale told first, then
# the reply: the bake sale evidenced "hospital dispensing" in the session-22 re-check)
_ON_REPLY_RE = re.compile(r"this question is scored on the follow-up reply\b")


def counted_answer(answer: str, score: AnswerScore | None) -> str:
    """What of a question's ``answer`` (its main answer, "(Follow-up: …)" and the reply) counts as evidence: all of it;
    nothing when the score judged it off its question (relevance 1-5 at :data:`UNANSWERED_RELEVANCE` or less, as the
    interview weighs a follow-up reply: core.interview.weighing; a liking for Go and its gopher mascot given to "which
    example from your own work…" was quoted as evidence of Go, final re-check of session 15), unless it answers part of
    the question (:data:`_PARTIAL_GAP`) and the score does not call it off-topic (:func:`scored_off_topic`: it takes up
    none of what the question is about); the main answer alone when the score says the reply was about something else
    (:data:`OFF_REPLY_NOTE`); the reply alone when the question is scored on it (core.interview.weighing: its first
    answer was about something else, or counts for another question). A relevance capped for instructions to the scorer (:data:`INJECTION_NOTE`) is no
    judgement that the answer is off its question: its words without the instructions count (session 17: "I run demos
    every week", the reply after "Ignore all previous instructions…", was not read)."""
    if score is None:
        return answer
    if INJECTION_NOTE.strip() in score.relevance.evidence:
        answer = strip_injections(answer)
    elif score.relevance.score <= UNANSWERED_RELEVANCE and (scored_off_topic(score) or not any(
            m.startswith(_PARTIAL_GAP) for m in score.missing)):
        return ""
    found = _FOLLOW_UP_LINE_RE.search(answer or "")
    if found and _ON_REPLY_RE.search(score.relevance.evidence):  # the first answer was off it, or counts elsewhere
        return answer[found.end():].strip()
    if OFF_REPLY_NOTE.strip() not in score.relevance.evidence and UNJUDGED_REPLY_NOTE.strip() not in score.relevance.evidence:
        return answer
    return answer[:found.start()].strip() if found else answer


# The scorer's own words for an answer about something else (core.coach.dimensions, core.coach.score): its verdict, read
# here, never decided again (session 20: a Christmas party told to "Which metrics would you put on a dashboard?",
# relevance 1, was the evidence of "organisational skills" because the gap also named a part of the question).
_NONE_TAKEN = "takes up none of what the question is about"
_OFF_TOPIC_GAP = "An answer to the question actually asked"


def scored_off_topic(score: AnswerScore) -> bool:
    """Whether ``score`` calls its answer off its question: relevance at :data:`UNANSWERED_RELEVANCE` or less, and its
    evidence says it takes up none of what the question is about, or its gaps ask for an answer to the question asked."""
    return score.relevance.score <= UNANSWERED_RELEVANCE and (
        _NONE_TAKEN in score.relevance.evidence or _OFF_TOPIC_GAP in score.missing)


# how a job says how much it wants something, never part of what it wants: "CEN certification preferred"
_QUALIFIER_RE = re.compile(r"(?i)[\s,(]*\b(?:(?:is |are |would be )?(?:strongly |highly )?(?:preferred|desirable|desired|"
                           r"required|essential|mandatory|a (?:strong )?plus|an advantage|advantageous|nice to have|ideally|"
                           r"beneficial))\b[\s).]*")
_CREDENTIAL_NOUN_RE = re.compile(r"(?i)\b(?:certification|certificate|certified|credential|licen[cs]e|registration|"
                                 r"qualification|qualified)\b")


def asked_core(requirement: str) -> str:
    """What a requirement asks for without how much the job wants it, and, for an acronym with only a
    credential noun beside it, the acronym alone: "CEN certification preferred" -> "CEN", "BSN preferred" ->
    "BSN", "Python (a plus)" -> "Python"; the requirement itself when there is nothing to drop."""
    core = " ".join(_QUALIFIER_RE.sub(" ", requirement).split())
    acronyms = re.findall(r"\b[A-Z]{2,6}\b", core)
    if len(acronyms) == 1 and not re.sub(rf"\b{acronyms[0]}\b", " ", _CREDENTIAL_NOUN_RE.sub(" ", core)).strip(" ,()-"):
        core = acronyms[0]
    return core or requirement


def requirement_evidence(answer: str, requirement: str, others: list[str] | tuple[str, ...] = ()) -> tuple[str, str, int]:
    """(status, quote, strength) of one answer (the candidate's words) for one requirement: "evidenced" by name
    or a variant (strength 2), by one of the ``others`` the job allows for it (2), or by near terms of its topic
    (1) or by its field's doing words and measures (1: :func:`core.coach.coverage_years.work_evidence`); else "mentioned" (a mention that does not count, strength 0) or "". A years requirement ("3+ years of
    closing experience") only by the years stated with its field (:func:`core.coach.coverage_years.years_evidence`)."""
    if (years := years_evidence(answer, requirement)) is not None:
        return (*years, 2 if years[0] else 0)
    # a line and an answer in another language: its word forms first, their clause named by its object ("je mène les
    # entretiens" for "Mener les entretiens…", never the English matcher's clause about "managers": session 24)
    if shown := inflected_evidence(answer, requirement):  # "führte ich ein Team" for "Führungserfahrung"
        return "evidenced", shown, 2
    found, quoted = answer_evidence(answer, requirement)
    if found != "evidenced" and (core := asked_core(requirement)) != requirement:  # "CEN certification preferred"
        found, quoted = answer_evidence(answer, core)
    if found == "evidenced":
        return found, quoted, 2
    if held := held_statement(answer, requirement):  # "I hold an active … RN license": a licence is held, not done
        return "evidenced", held, 2
    for other in others:
        alt, alt_quote = tool_evidence(answer, other)
        if alt != "evidenced" and (_ACRONYM_RE.fullmatch(other) or other[:1].isupper() and not find_skills(other)):
            # "ALS" the job gives for "Advanced Life Support", "Paragon" of "(Paragon, Descartes or similar)": a name
            alt, alt_quote = answer_evidence(answer, other)
        if alt == "evidenced":
            return alt, alt_quote, 2
    if degree_requirement(requirement) is not None:  # a degree is shown by a degree only: "I did a lot of business
        # with the audit committee" shares a word of "Degree in law or business" (session 26); a programme graduated
        # from by the graduation told ("I graduated from an accredited respiratory therapy program": session 28)
        return ("evidenced", told, 2) if (told := graduation_told(answer, requirement)) else (found, quoted, 0)
    near = near_term_evidence(answer, requirement) or meaning_evidence(answer, requirement)  # "nurse in charge"
    near = near or form_evidence(answer, requirement, answer_evidence)  # "banqueting" of "banqueting or events"
    near = near or concept_evidence(answer, requirement)  # "LCP from 4.1 s to 1.9 s" for "performance optimisation"
    # "I run digital marketing… organic traffic grew 64% after a technical SEO fix-list"; "with a team of three"
    near = near or outcome_evidence(answer, requirement) or team_evidence(answer, requirement) or taken_up_evidence(
        answer, requirement)  # "the firm moved to a new case management system. … I moved my files first"
    # a figure, the own act and the figure after it in separate sentences: "GP was stuck at 62%. I re-costed…"
    near = near or (story_evidence(answer, requirement) if not years_field_asked(requirement) else "")
    if near and not credential_held(near, requirement):  # "I applied for my RN license", "a Texas RN license" for a
        near = ""  # California one: a credential not held, or of another place, shows none (session 27)
    if near:
        return "evidenced", near, 1
    if code := code_evidence(answer, requirement):  # "SELECT … OVER (PARTITION BY …)" is SQL written (session 26)
        return "evidenced", code, 1
    if not years_field_asked(requirement) and (work := work_evidence(answer, requirement)):  # "I cut average
        # handling time…" for "contact centre KPIs"; never the years of a field ("mínima de 2 años en atención al cliente")
        return "evidenced", work, 1
    if not found and (named := meaning_mention(answer, requirement)):  # "Discovery is handled by our SDR team"
        return "mentioned", named, 0
    return found, quoted, 0


_GRADUATED_RE = re.compile(r"(?i)\bI\b[^.;]{0,40}?\b(?:graduated|completed|finished|qualified)\b")


def graduation_told(answer: str, requirement: str) -> str:
    """The candidate's sentence telling their graduation from the programme a requirement for a graduation names
    ("Graduate of an accredited respiratory therapy program"): "I graduated from / completed …" with every field word
    of it, neither negated nor a wish; "" when none does or the requirement asks no graduation."""
    required = degree_requirement(requirement)
    if required is None or not re.search(r"(?i)\bgraduat\w*\s+(?:of|from)\b", requirement) or not required[1]:
        return ""
    for sentence in sentences(answer or ""):
        low = sentence.lower()
        if _GRADUATED_RE.search(sentence) and not NEGATION_RE.search(sentence) and not WISH_RE.search(sentence) and all(
                re.search(rf"\b{re.escape(w)}", low) for w in required[1] if len(w) > 2):
            return sentence.strip()
    return ""


def answer_shows(answer: str, requirement: str, job_description: str = "") -> bool:
    """Whether one answer (raw text) evidences ``requirement`` as :func:`requirement_evidence` reads it."""
    others = sorted(alternatives(job_description, requirement) - {requirement.lower()}) if job_description else []
    said = candidate_words(readable_text(answer or ""))
    return requirement_evidence(said, requirement, others)[0] == "evidenced"


def _allowed_others(req: str, job_description: str) -> list[str]:
    """What else the job allows for ``req``: its alternatives ("Go or Java") and the examples it gives in brackets
    ("a structured qualification method (MEDDICC or similar)"), each under its lexicon name when it is a known skill
    (MEDDICC is MEDDIC), for :func:`core.coach.evidence.tool_evidence`."""
    if not job_description:
        return []
    from core.coach.evidence_cv import bracket_examples  # evidence_cv reads the CV: imported where it is used

    found = (alternatives(job_description, req) | bracket_examples(job_description, req)) - {req.lower()}
    return sorted({next((h.name for h in find_skills(o)), _as_written(o, job_description)) for o in found})


# An abbreviation as a job writes it beside its expansion: "Advanced Life Support (ALS)" (session 19: "my ALS was
# renewed… As the ALS provider I took the team leader role" left "Advanced Life Support" weak).
_ACRONYM_RE = re.compile(r"[A-Z][A-Z0-9&]{1,7}")


def _as_written(other: str, job_description: str) -> str:
    """``other`` (lower case) in the job's own capitals when the job writes it as an abbreviation ("als" -> "ALS"),
    else as given, so an abbreviation is read as one and never as a word ("als" in German)."""
    found = re.search(rf"(?<!\w){re.escape(other)}(?!\w)", job_description)
    written = re.search(rf"(?<!\w){re.escape(other)}(?!\w)", job_description, re.IGNORECASE)
    if found is None and written is not None and _ACRONYM_RE.fullmatch(written.group(0)):
        return written.group(0)
    return other


def _said_at(rows: list[tuple[str, str, AnswerScore | None]], position: int) -> str:
    """The words of the ``position``-th answer that count as evidence (:func:`counted_answer`)."""
    _q, answer, score = rows[position]
    return candidate_words(readable_text(counted_answer(answer, score)))


def _choice_read(req: str, others: list[str]) -> tuple[str, list[str]]:
    """(what an answer must show, the names it may show it by instead) of ``req``: a kind with its examples ("route
    planning software (Paragon, Descartes or similar)", core.analysis.job_choice) is shown by the kind or any example."""
    kind, examples = choice_parts(req)
    return (kind or req, sorted({*others, *examples})) if examples else (req, others)


def coverage_item(req: str, rows: list[tuple[str, str, AnswerScore | None]], job_description: str = "") -> CoverageItem:
    """Evidenced (the best evidence across the answers: the strongest kind, then the answer scored highest),
    weak (mentioned, negated, wished, or asked about without an answer showing it) or not probed. ``rows``:
    (question, answer, score or None) in interview order."""
    req_read, others = _choice_read(req, _allowed_others(req, job_description))
    # the question that asked it (core.coach.coverage_asked): built to probe it or naming it, else about its topic
    by_name, by_topic = asking_questions(req, rows)
    answered = {q for q, a, _s in rows if a.strip() and a.strip() != SKIPPED_ANSWER}
    asked = next((q for q in by_name if q in answered), None) or next((q for q in by_topic if q in answered), None)
    skipped = next((q for q in by_name + by_topic if q not in answered), None)
    best: tuple[int, int, int, int, str] | None = None  # (strength, weight of the quote, score, -position, quote)
    mentioned = ""
    for position, (_q, a, s) in enumerate(rows):
        if not a.strip() or a.strip() == SKIPPED_ANSWER:
            continue
        said = candidate_words(readable_text(counted_answer(a, s)))
        found, quoted, strength = requirement_evidence(said, req_read, others)
        if found == "evidenced":  # the quote's own weight, and the result the answer gives after it
            key = (strength, with_result(said, quoted), s.overall if s is not None else 0, -position, quoted)
            best = key if best is None or key[:4] > best[:4] else best
        elif found == "mentioned" and not mentioned:
            mentioned = quoted
    if (amount := asked_amount(req)) and not (best is not None and meets_amount(best[4], req)):  # "over £1m"
        said = [candidate_words(readable_text(counted_answer(a, s))) for _q, a, s in rows if a.strip()]
        if shown := next((found for answer in said if (found := amount_sentence(answer, req))), ""):
            return CoverageItem(requirement=req, status="evidenced", evidence=quote(shown))
        if best is not None:
            return CoverageItem(requirement=req, status="weak",
                                evidence=f"{quote(best[4])} shows it, but not the amount asked ({amount}).")
    # else what an answer off its own question states by name, saying where (core.coach.coverage_elsewhere)
    shown = quote(whole_list(list_start(best[4], said := _said_at(rows, -best[3])), said)) if best is not None else (
        "" if amount else elsewhere_evidence(req_read, rows, others, counted_answer, requirement_evidence))
    if shown:
        return CoverageItem(requirement=req, status="evidenced", evidence=shown)
    if related := related_degree_said(req, rows, job_description):  # "I have a B.A. in Economics" (session 28)
        return CoverageItem(requirement=req, status="evidenced",
                            evidence=f"{quote(related)}: a degree in a related field, which the job accepts.")
    # a wish or a mention in another answer ("I'd like to do more of the month-end") never hides the answer that
    # did what the question asking it asks (session 23b: "month-end — weak" beside a 10/10 month-end close)
    if agreed := answered_on_it(req, rows):
        if not amount or meets_amount(agreed, req):
            return CoverageItem(requirement=req, status="evidenced",
                                evidence=quote(whole_list(agreed, "\n".join(a for _q, a, _s in rows))))
        return CoverageItem(requirement=req, status="weak",  # "£750k" for "budgets over £1m"
                            evidence=f"{quote(agreed)} shows it, but not the amount asked ({amount}).")
    said = [candidate_words(readable_text(counted_answer(a, s))) for _q, a, s in rows
            if a.strip() and a.strip() != SKIPPED_ANSWER]
    if note := years_partial(said, req):  # the years without the field, or the field without the years
        return CoverageItem(requirement=req, status="weak", evidence=note)
    if mentioned:
        return CoverageItem(requirement=req, status="weak",
                            evidence=f"Mentioned in {quote(mentioned)}, but not as something you have done.")
    return _unshown_row(req, asked, skipped, rows)


def _unshown_row(req: str, asked: str | None, skipped: str | None,
                 rows: list[tuple[str, str, AnswerScore | None]]) -> CoverageItem:
    """The row of ``req`` no answer showed: weak when a question ``asked`` it and was answered, not probed with the
    question that asked it when that one was ``skipped`` or left unanswered (:func:`unanswered_note`), else not
    probed with no evidence."""
    if asked is not None:
        return CoverageItem(requirement=req, status="weak", evidence=_asked_note(asked, rows))
    if skipped is not None:  # asked, then skipped or left unanswered: no answer to judge
        reply = next((a for q, a, _s in rows if q == skipped), "")
        return CoverageItem(requirement=req, status="not probed", evidence=unanswered_note(skipped, reply))
    return CoverageItem(requirement=req, status="not probed", evidence="")


# What a "not probed" row says of the question that asked it and got no answer (session 28: History read such a row as
# "never probed", although the question was asked and skipped; core.progress.practice reads it by these words).
ASKED_PREFIX = "Asked about in "
_UNANSWERED_RE = re.compile(r"^Asked about in .*, but that question was (skipped|not answered)\.$", re.DOTALL)


def unanswered_note(question: str, reply: str) -> str:
    """The evidence of a row whose asking ``question`` got no answer: 'Asked about in "…", but that question was
    skipped.' when ``reply`` is the skip marker (:data:`core.schemas.SKIPPED_ANSWER`), else '… was not answered.' (an
    interview ended before it was answered)."""
    how = "skipped" if (reply or "").strip() == SKIPPED_ANSWER else "not answered"
    return f"{ASKED_PREFIX}{quote(clip(asking_part(question), 10))}, but that question was {how}."


def unanswered_kind(evidence: str) -> str:
    """"skipped" or "not answered" when ``evidence`` is a row's :func:`unanswered_note` (also of a report saved before
    session 28, which said "not answered" of both), else ""."""
    found = _UNANSWERED_RE.match((evidence or "").strip())
    return found.group(1) if found else ""


def related_degree_said(req: str, rows: list[tuple[str, str, AnswerScore | None]], job_description: str) -> str:
    """The candidate's own sentence (first person, neither negated nor a wish) naming a degree in a field the job
    accepts as related to the degree ``req`` asks (:func:`core.coach.degree_related.related_degree`), "" when none
    does or the job accepts no related field."""
    if not job_description or degree_requirement(req) is None:
        return ""
    for _q, answer, score in rows:
        for sentence in sentences(candidate_words(readable_text(counted_answer(answer, score)))):
            if (re.search(r"\b(?:I|my|My)\b", sentence) and not NEGATION_RE.search(sentence) and not WISH_RE.search(sentence)
                    and related_degree(sentence, req, job_description)):
                return sentence.strip()
    return ""


def _asked_note(asked: str, rows: list[tuple[str, str, AnswerScore | None]]) -> str:
    """What a weak row says of the question that asked it: "the answer did not show it", or, for an answer in another
    language than English that scored :data:`AGREED_RELEVANCE` or more, that its words could not be matched to this
    requirement (session 18 newcomer: "organisation – weak" beside a French answer scored 9/10)."""
    from core.analysis.language import detect_language, language_name

    where = f"Asked about in {quote(clip(asking_part(asked), 10))}"
    for question, answer, score in rows:
        said = candidate_words(readable_text(answer or ""))
        if question == asked and score is not None and score.relevance.score >= AGREED_RELEVANCE and said and (
                (lang := detect_language(said)) != "en"):
            return (f"{where}: the answer, in {language_name(lang)}, scored "
                    f"{score.overall}/10, but the offline coach cannot match its words to this requirement.")
    return f"{where}, but the answer did not show it."


_QUOTE_RE = re.compile(r'"([^"]{8,})"')
_DESIGN_ASKED_RE = re.compile(r"(?i)\bhow would you (?:model|design|structure|build|architect|set up|lay out)\b")
# A practice a job asks by a gerund of leading or owning a kind of work, and its object: "leading end-to-end design",
# "managing suppliers", "owning the budget" (the lead is told in the story's own events, seldom in the requirement's
# words). A gerund of making a thing ("building and managing pipeline", "building business cases") is not: one deal
# told is no pipeline built, so its words must be said (tests/test_coverage_heads18.py).
_GERUND_PRACTICE_RE = re.compile(r"(?i)^\s*(?:leading|owning|managing|running|driving|overseeing|coordinating|"
                                 r"directing|heading|spearheading|championing)\b(?:[\s-]+[\w&/-]+)+\s*$")
TOLD_OVERALL = 8  # overall (1-10) at or over which a story told to the question built from a practice shows it
TOLD_STRUCTURE = 4  # structure (1-5) at or over which the answer is a story of the candidate's own (STAR parts)
FULL_RELEVANCE = 5  # relevance (1-5) of an answer that does all its question asks
DONE_OVERALL = 7  # overall (1-10) at or over which an answer doing all its question asks shows what it asks about


def told_practice(req: str, score: AnswerScore) -> bool:
    """Whether ``score`` is that of a story of the candidate's own that shows ``req``, a practice asked by a gerund of
    leading or owning work (:data:`_GERUND_PRACTICE_RE`), without its words: overall :data:`TOLD_OVERALL` or more and structure
    :data:`TOLD_STRUCTURE` or more, to a question built from it (the caller's test). Session 20: a 10/10 story of a
    delayed launch told to "the hardest problem in leading end-to-end design" was "the answer did not show it" because
    it never said "leading", "end-to-end" or "design". A plan or a short answer scores under these; a tool or a
    credential is no gerund practice and still needs its name."""
    return bool(_GERUND_PRACTICE_RE.match(req)) and score.overall >= TOLD_OVERALL and score.structure.score >= TOLD_STRUCTURE


def requirement_stems(text: str) -> set[str]:
    """The word stems of ``text`` that tie a sentence to a requirement: words of four letters or more, and an acronym
    of two or three capitals ("VBA", "SQL": session 26, "For VBA I would take a short course" was no wish of VBA)."""
    return {term_stem(w) for w in re.findall(r"[A-Za-z]{4,}|\b[A-Z]{2,3}\b", text or "")}


def answered_on_it(req: str, rows: list[tuple[str, str, AnswerScore | None]]) -> str:
    """The answer's own quote that its score gives for doing what a question asking ``req`` by name asks, when that
    answer's relevance is :data:`AGREED_RELEVANCE` or more and it takes up the requirement's own words (none of them
    negated or wished): the report's coverage then agrees with the answer's own evidence instead of calling the
    requirement weak beside a high score (session 17: "selling to finance buyers – weak" beside a 9/10 sale to a CFO).
    "" when no answer does, nor for a years requirement ("4+ years of product management"), which only the years
    stated show (session 18: a title sentence with no years). ``rows``: (question, answer, score or None)."""
    if years_asked(req):
        return ""
    for question, answer, score in rows:
        # "a process you improved" for "continuous improvement"; "plan a week…", time management's, for "organisation"
        same = shares_competency(question, req) or probes_by_competency(question, req) or probed_in_translation(
            question, req)
        if score is None or score.relevance.score < AGREED_RELEVANCE or not (names_requirement(question, req) or same):
            continue
        said = candidate_words(readable_text(counted_answer(answer, score)))
        # a story of the practice's lead, told in its own events, or a strong story to the question built to probe it
        told = told_practice(req, score) or (same and score.overall >= TOLD_OVERALL
                                             and score.structure.score >= TOLD_STRUCTURE)
        # a story to it, 8/10+, or an answer that does all the question asks (a certificate's day-to-day use, 9/10:
        # session 24 re-check, "Food Safety – weak" beside it); a plan alone still shows nothing (own acts only)
        strong = (score.overall >= TOLD_OVERALL and score.structure.score >= TOLD_STRUCTURE
                  or score.overall >= DONE_OVERALL and score.relevance.score >= FULL_RELEVANCE)
        if not said or (subject_of(said, req).share == 0 and not (told or strong)):
            continue
        stems = requirement_stems(req)
        if any((NEGATION_RE.search(x) or WISH_RE.search(x)) and stems & requirement_stems(x) for x in sentences(said)):
            continue  # "I have never sold to finance buyers": a mention that does not count
        # a story of a practice's lead: its own act, the candidate at its head in a capital too ("My task was…", "We
        # shipped…")
        # a design question built to probe it ("How would you model orders…?") is answered with a design: its
        # strong answer ("I'd use a star schema…") shows it, not only a past act (session 23: the 10/10 star-schema
        # answer was unused and "data modelling" weak)
        designed = same and _DESIGN_ASKED_RE.search(question) and score.overall >= TOLD_OVERALL
        own = [q for q in _QUOTE_RE.findall(score.relevance.evidence)
               if q in said and (own_statement(q, 0) or designed
                                 or (told and own_statement(q[:1].lower() + q[1:], 0)))]
        if own:
            return own[0]
        if (told or strong) and (acts := own_acts(said, question)):  # the story's own act, when the score quoted none of it
            return acts
    return ""


def own_acts(said: str, question: str) -> str:
    """The first sentence of ``said`` in which the candidate acts (:func:`own_statement`; no "I would", "I think"),
    preferring one that takes up a word the question asks about; "" when none does. Session 23b: a 10/10 story to
    "You notice a team regularly skipping a safety step…" left "health and safety" weak, the score quoting only a
    plan ("I would stop the job…") and a clause without the candidate."""
    asked = {term_stem(w) for w in re.findall(r"[A-Za-z]{4,}", asking_text(question))}
    acts = [x for x in sentences(said) if re.match(r"(?:[A-Z][\w ,&'-]{0,40}?,? )?(?:I|We) (?!would\b|'d\b|will\b|"
                                                  r"might\b|could\b|should\b|think\b|believe\b|feel\b|hope\b|want\b|like\b|plan\b)\w+\b", x)
            and own_statement(x[x.find("I ") if "I " in x else 0:], 0)]
    return next((x for x in acts if asked & {term_stem(w) for w in re.findall(r"[A-Za-z]{4,}", x)}),
                acts[0] if acts else "")
