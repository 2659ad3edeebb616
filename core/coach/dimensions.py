"""The five rubric dimensions, each a 1-5 score with the words it rests on and what was missing.

What counts, and where it comes from:

* **Substance** (:func:`substance`), the amount of information: unique content words that are not
  filler, buzzwords or repeats. Naim et al. (IEEE Trans. Affective Computing, 2018) found that
  higher-rated interviewees said more words and more unique words; counting *unique informative*
  words keeps that finding while making padding worthless. Substance caps structure, specificity
  and depth: a 15-word answer cannot show a full story, however it is worded.
* **Structure** depends on the question type: STAR for behavioural questions; approach, steps and
  trade-offs for situational ones; concepts, reasoning and trade-offs for technical and design
  ones; specific reasons for motivation; an honest example plus what the candidate does about it
  for self-assessment; a short arc for "tell me about yourself". STAR is never asked of the others.
* **Specificity**: numbers (also written as words), named tools and field vocabulary (words that
  are rare in the language, from wordfreq, counted in four steps up to 24 distinct terms); habitual hedging ("usually", "just") without a number
  costs a point, as does "we" throughout with little "I".
* **Communication**: fluency as Naim et al. measured it: filler words per 100 words, repeated
  phrases, buzzword runs and very long sentences cost points; so do disparaging words about
  others (a standard interview red flag).
* **Relevance**: the question's own terms or what the type asks for (a reason, a weakness and its
  handling, an approach). An answer that seems off the question loses points here only, as does
  a multi-concept technical question answered on few of its specific terms (completeness) and a
  brush-off ("I just ignore it").
* **Distinct points** (:func:`core.analysis.signals.count_points`) lift substance by one level at
  most and give depth its breadth, relative to the size of the question.

In a language without cues (:attr:`AnswerEvidence.analysed` False) the cue-based parts are scored
from language-neutral signals and no part is called missing.
"""

from __future__ import annotations

import re

from core.analysis.answer import AnswerEvidence
from core.analysis.language import PARTLY_READ_LANGUAGES, language_name, zipf
from core.analysis.lemmas import lemma
from core.analysis.skills import named_by_head
from core.analysis.term_meanings import as_concepts
from core.analysis.text import stem, words
from core.coach.coverage_code import code_evidence
from core.coach.dimensions_communication import CONCISE_WORDS, REPEATED, communication, concise_complete  # noqa: F401  (re-exported)
from core.coach.generic_reason import GENERIC_GAP, GENERIC_RELEVANCE, generic_reasons
from core.coach.habitual import habitual_hedges
from core.coach.phrasing import clip, quote, quote_list
from core.coach.question_types import QuestionType
from core.coach.rubric_parts import (
    answers_part_of,
    cap,
    concept_terms,
    cue_bits,
    denied_cap,
    field_terms,
    substance,
    thorough,
    tools_asked,
    type_cue,
)
from core.coach.structure_placed import _as_placed, told_star
from core.coach.subject import ABOUT_THE_CANDIDATE, FULL_SUBJECT_WEIGHT, Subject
from core.schemas import DimensionScore

Scored = tuple[DimensionScore, list[str]]

RESULT_GAP = "The result, with a number (time, money, %, people)"
PARTS_GAP = "Every part of the question: "  # relevance's gap for an answer that leaves part of its question aside
WHY_ROLE_GAP = "Why this role is the next step"


def why_missing(ev: AnswerEvidence, asks_why: bool) -> bool:
    """The question asks why this role (:func:`core.coach.question_types.asks_why_role`) and the answer,
    read in its language, gives no reason for wanting it."""
    return asks_why and ev.analysed and not ev.reasons


def why_held(ev: AnswerEvidence, asks_why: bool) -> bool:
    """The question asks why this role and the answer gives no reason (:func:`why_missing`) or only reasons any
    job could be given (:func:`core.coach.generic_reason.generic_reasons`): its relevance is held down."""
    return why_missing(ev, asks_why) or bool(asks_why and generic_reasons(ev))


# ---------------------------------------------------------------- relevance


def _shape_shows_it(cue: list[str], ev: AnswerEvidence, qtype: QuestionType, subject: Subject | None,
                    other_language: bool) -> tuple[list[str], bool]:
    """(``cue``, whether the answer takes up nothing of a full subject). An answer that takes up nothing of a full
    subject (its object: a code review, a conflict, a budget) is not shown on topic by the job's or the field's
    vocabulary (session 16: a Kafka story given to "what do you look for first in a pull request?" was "on topic" by
    the job's terms), nor, when it is a story told in the job's words (another subject of the same field), by its
    shape: a story shows a subject in its own events only when something of the subject is in them. Questions about
    the candidate are shown without their words: never judged here."""
    elsewhere = (subject is not None and subject.weight >= FULL_SUBJECT_WEIGHT and subject.nothing
                 and not other_language and qtype not in ABOUT_THE_CANDIDATE)
    return ([] if elsewhere and ev.job_overlap and len(ev.star) >= 2 else cue), elsewhere


def relevance(
    ev: AnswerEvidence, qtype: QuestionType, clean: str, *, question_lang: str | None = None, asks_why: bool = False,
    subject: Subject | None = None, off_subject: int = 0, part_in: str | None = None, accepted: bool = False,
) -> Scored:
    """3 for a real answer; +1 for the question's terms or the type's cue; +1 with substance;
    -1 when neither shows (never below 2), -1 for disparaging words. An answer in another language
    than the question's stays at 4 at most, with a note: the question's own terms cannot be matched
    across languages (a word shared across them is chance and does not count), only what the type of
    question asks for. An answer whose instructions ask the scorer for a score gets at most 2
    (:func:`core.coach.score.score_answer`). ``asks_why``: the question asks why
    this role (:func:`core.coach.question_types.asks_why_role`); an answer giving no reason stays at 4.
    ``subject``: how much of the question's subject the answer takes up (:func:`core.coach.subject.subject_of`);
    an answer that takes up little of it loses ``off_subject`` points (:func:`core.coach.subject.penalty`,
    never below 1), saying which of its terms it leaves aside. ``part_in``: the language of a large part of
    the answer that is not the question's (:func:`core.coach.score.other_language_part`): that part cannot be
    matched to the question's terms, so nothing is called left aside, and the score stays at 4 at most, with a note.
    ``accepted``: the answer is in the language of the CV and the job (:mod:`core.coach.interview_language`), which
    the interview accepts: its type's cues count, it is never capped for its language, and the note says so."""
    other_language = bool(question_lang) and question_lang != ev.lang
    # What the type asks is read by cues in the answer's own words; in another language than the question's
    # they match its shape (a figure read as a "result"), not what was asked: no credit either way.
    cue = type_cue(ev, qtype) if ev.analysed and (accepted or not other_language) else []
    cue, elsewhere_subject = _shape_shows_it(cue, ev, qtype, subject, other_language)
    # Across languages a shared word is chance ("bold" in a Spanish answer to an English question).
    overlap = [] if other_language else ev.question_overlap
    # everyday words shared by chance ("teachers" in a bake-sale story told to "a difficult parent…") link the answer
    # to the question no more than loosely: they never lift it to the top (subject.by_chance)
    chance = bool(overlap) and subject is not None and subject.judged and subject.chance
    # The job's terms show an answer is on topic only where the question is about the work itself: a
    # prospecting plan given to "a time you were under pressure" names the job's terms and misses the question.
    job_topic = bool(ev.job_overlap) and qtype not in {"behavioural", "self_assessment"} and not elsewhere_subject
    on_topic = bool(cue or job_topic or (overlap and not chance))
    partial = answers_part_of(ev, qtype, subject.question if subject else "") and not other_language and not part_in  # its terms cannot show across languages
    judged = ev.analysed and not other_language  # its fit to the question can be read
    # words shared by chance neither link the answer to the question nor say it has no link: it stays at 3
    score = 3 + on_topic + (on_topic and substance(ev) >= 3 and not partial) - (not (on_topic or chance) and judged) - partial
    score -= bool(ev.signals and ev.signals.disparaging) + bool(ev.dismissive)
    score, denied_note = denied_cap(score, ev.text)  # "I haven't done that.": 2 at most, saying so
    off_subject = off_subject if subject is not None and not other_language else 0
    score = cap(score - off_subject)
    bits = []
    if overlap and chance and not on_topic:
        # said only where nothing else shows the answer on the question: beside a 4 or 5 (what it does of what the
        # question asks) it read as a contradiction (re-check, session 26: 5/5 "shares only everyday words (whether)")
        bits.append(f"shares only everyday words with the question ({', '.join(overlap[:4])})")
    elif overlap and not chance:  # a word of a concept the answer shows is told by the concept: "basic life support", never "basic"
        own, other = _said_or_meant(overlap, ev.text)
        shown = as_concepts(subject.question, ev.text, own) if subject is not None and own else own
        meant_ = as_concepts(subject.question, ev.text, other) if subject is not None and other else other
        meant_ = [m for m in meant_ if m not in shown]
        bits += [f"picks up the question's terms ({', '.join(shown[:4])})"] * bool(shown)
        # never "picks up the question's terms (tracheostomy)" for an answer that names its cannula and cuff (rc27 F3)
        bits += [f"names what it asks in other words ({', '.join(meant_[:4])})"] * bool(meant_)
    # a shape of answer (steps, a figure) to a question whose subject it takes up none of does not do what was asked
    bits += cue_bits(cue if not (off_subject and subject is not None and not subject.taken) else [], ev)
    if ev.job_overlap and (job_topic or on_topic):
        bits.append(f"uses the job's terms ({', '.join(ev.job_overlap[:3])})")
    elif ev.job_overlap:
        bits.append(f"names the job's terms ({', '.join(ev.job_overlap[:3])}) but not what the question asks for")
    if not ev.analysed and not (other_language and accepted):  # accepted: said once, below, never "does not read"
        reads = "reads only in part" if ev.lang in PARTLY_READ_LANGUAGES else "does not read"  # rc28 m1/m8
        bits.append(f"is in {language_name(ev.lang)}, which the offline coach {reads}, so its fit to the question is not judged")
    text = ("The answer " + "; ".join(bits) + ".") if bits else (
        f"The answer opens {quote(clip(clean, 12))}." if other_language else
        f"The answer, opening {quote(clip(clean, 12))}, does not clearly take up what was asked."
    )
    untouched = subject.as_asked(ev.question_untouched) if subject is not None else ev.question_untouched
    if partial:  # the question's terms as a person says them ("working under pressure"), never "pressure, lot" (session 17)
        text += f" It leaves aside much of what was asked ({', '.join(untouched[:4])})."
    if off_subject and subject is not None:
        text += (" Those words do not show it is about the question; it takes up none of what the question is about"
                 if chance else " It takes up little of what the question is about" if subject.taken else
                 " It takes up none of what the question is about") + f" ({', '.join(subject.left_terms[:3])})."
    text += denied_note
    no_reason = why_missing(ev, asks_why)
    if no_reason:  # half of what a motivation question asks is left out
        score = min(score, 4)
        text += " It never says why you want this role."
    # a reason any job could be given answers "why this role" for no role in particular
    stock = generic_reasons(ev) if asks_why and not no_reason and not other_language else []
    score = min(score, GENERIC_RELEVANCE) if stock else score
    text += (f" Its reasons could be given for any job ({', '.join(quote(r) for r in stock[:2])}): it names nothing "
             "of this role's work or this organisation.") * bool(stock)
    if other_language and accepted:
        text += (f" It is in {language_name(ev.lang)}, the language of your CV and the job, which this interview "
                 f"accepts: its fit to the {language_name(question_lang)} question's own terms is not judged.")
    elif other_language:  # (not analysed: the sentence above already says its fit is not judged)
        score = min(score, 4)
        text += (f" It is in {language_name(ev.lang)} while the question is in {language_name(question_lang)}: its "
                 "fit to the question's own terms is not judged; answer in the interview's language." if ev.analysed
                 else f" The question is in {language_name(question_lang)}: answer in the interview's language.")
    if part_in:
        score = min(score, 4)
        text += (f" Part of it is in {language_name(part_in)}: that part's fit to the question's own terms is not "
                 "judged; answer in the interview's language.")
    if ev.dismissive:
        text += f" It brushes the question off ({quote(ev.dismissive[0])})."
    if ev.signals and ev.signals.disparaging:
        text += f" It speaks badly of others ({', '.join(ev.signals.disparaging[:2])}), which interviewers mark down."
    gaps = _relevance_gaps(untouched, not on_topic and judged, no_reason, partial, subject.left_terms if off_subject and subject else [])
    return DimensionScore(score=score, evidence=text), [GENERIC_GAP, *gaps] if stock else gaps


def _said_or_meant(overlap: list[str], text: str) -> tuple[list[str], list[str]]:
    """``overlap`` (the question's terms an answer takes up) split into those ``text`` says in their own word, or a form
    of it, and those it shows only in other words (:mod:`core.analysis.term_meanings`: "inner cannula" for
    tracheostomy), each in the order given."""
    said = {stem(w) for w in words(text)} | {stem(lemma(w)) for w in words(text)}
    own = [w for w in overlap if all(stem(x) in said for x in re.findall(r"[A-Za-z0-9+#'-]+", w))]
    return own, [w for w in overlap if w not in own]


def _relevance_gaps(untouched: list[str], unlinked: bool, no_reason: bool, partial: bool, left: list[str]) -> list[str]:
    """What relevance found missing: a link to the question, the reason for wanting the role, the parts of the question left
    aside (``untouched``), its subject (``left``: the subject's terms it does not take up), each as the question says it."""
    missing = ["A clearer link between your answer and what the question asks"] * unlinked + [WHY_ROLE_GAP] * no_reason
    if partial:
        missing.append(PARTS_GAP + ", ".join(untouched[:4]))
    elif left:
        missing.append("An answer about what the question is about: " + ", ".join(left[:3]))
    return missing


# ---------------------------------------------------------------- structure

_TYPE_PARTS: dict[str, tuple[tuple[str, str], ...]] = {
    "situational": (("steps", "The steps you would take, in order"), ("reasoning", "Why that approach, and what you would trade off")),
    "technical": (("concepts", "The concepts or components involved, named"), ("reasoning", "The reasoning and trade-offs behind your choice")),
    "motivation": (("reasons", "A specific reason tied to this role or organisation"), ("example", "Something you have done that shows it")),
    "self_assessment": (("example", "An honest example of when it showed"), ("handling", "What you do about it now")),
    "introduction": (("example", "Your background: what you did and where"), ("reasons", WHY_ROLE_GAP)),
}


def type_gaps(qtype: QuestionType) -> list[str]:
    """What an answer to a question of ``qtype`` is judged on, as gaps when none of it was said: a story's
    example, steps and result; a fit, self-assessment, situational or technical question's own parts (a "why
    this role" question needs no result: issue 15, session 14)."""
    if qtype == "behavioural":
        return ["One real example from your own experience", "What you did, step by step, and why",
                "The result, with a number"]
    return [label for _key, label in _TYPE_PARTS.get(qtype, _TYPE_PARTS["introduction"])]


def _type_parts(ev: AnswerEvidence, qtype: QuestionType) -> dict[str, str]:
    rare = ev.signals.rare if ev.signals else []  # counted as before; only field terms are shown
    terms = field_terms(ev)
    example = (
        ev.star.get("situation") or ev.star.get("action") or (ev.experience[:1] or ev.number_quotes[:1] or [""])[0]
    )
    found = {
        "steps": (
            ev.steps[0] if len(ev.steps) >= 2 or (ev.steps and ("action" in ev.star or len(ev.actions) >= 2))
            else ", ".join(ev.actions[:4]) if len(ev.actions) >= 3 else ""
        ),
        "reasoning": (ev.reasoning or [""])[0],
        "concepts": ", ".join(concept_terms(ev)[:4]) if len(rare) >= 3 and terms else "",
        # a reason any job could be given is no specific reason (session 16: "Found a specific reason…: 'I'm passionate
        # about this role'")
        "reasons": "" if generic_reasons(ev) else (ev.reasons or [""])[0],
        "example": example,
        "handling": (ev.self_actions or ev.lessons or [""])[0],
    }
    return {k: v for k, v in found.items() if v}


def structure(ev: AnswerEvidence, qtype: QuestionType) -> Scored:
    """Behavioural: 1 + STAR parts found; other types: 2 + the type's parts (two each);
    capped by substance (a short answer cannot hold a whole story)."""
    sub = substance(ev)
    if not ev.analysed:
        score = cap(2 + (ev.sentence_count >= 3) + (ev.sentence_count >= 5), sub + 1)
        return DimensionScore(score=score, evidence=f"{ev.sentence_count} sentence{'' if ev.sentence_count == 1 else 's'}; the parts of the answer are not "
                              f"checked in {language_name(ev.lang)}."), []
    if qtype == "behavioural":
        parts = told_star(ev)  # the parts the stronger answer reads too: one reading (session 25)
        score = cap(1 + len(parts) + (len(ev.labelled) >= 3), sub + 1)
        same: dict[str, list[str]] = {}  # one sentence can hold two parts: "situation and task: …", once
        for part, said in _as_placed(ev, parts).items():
            same.setdefault(said.strip(), []).append(part)
        found = [f"{' and '.join(names)}: {quote(said)}" for said, names in same.items()]
        absent = [p for p in ("situation", "task", "action", "result") if p not in parts]
        text = ("Found " + "; ".join(found) + "." if found else "No situation, task, action or result found.") + (
            f" Missing: {', '.join(absent)}." if absent else ""
        )
        gaps = {"situation": "The situation: where and when this happened", "action": "What you personally did, step by step",
                "result": RESULT_GAP}
        return DimensionScore(score=score, evidence=text), [gaps[p] for p in absent if p in gaps]
    wanted = _TYPE_PARTS.get(qtype, _TYPE_PARTS["introduction"])
    parts = _type_parts(ev, qtype)
    have = [(key, label) for key, label in wanted if key in parts]
    brief = qtype in {"technical", "situational"} and not thorough(ev)  # fewer points than the question has parts
    score = cap(2 + 2 * len(have) - (len(have) == 2 and sub < 3), 4 if brief else sub + 1)
    listed = {"concepts"} | ({"steps"} if parts.get("steps") and parts["steps"] not in ev.steps else set())
    text = "; ".join(f"{label.split(',')[0].lower()}: {parts[key] if key in listed else quote(parts[key])}"
                     for key, label in have)  # the concepts, or the verbs of its steps, are the coach's list: no quote
    text = ("Found " + text + "." if text else "The answer does not lay out its parts.") + (
        " (STAR is not expected for this kind of question.)" if qtype in {"situational", "technical"} else ""
    )
    return DimensionScore(score=score, evidence=text), [label for key, label in wanted if key not in parts]


# ---------------------------------------------------------------- specificity


# The question kinds whose answers a number serves: a story's result, the scale of a background. A reason for
# wanting the role, a hypothetical plan or an explanation has no outcome to count (issue 1, missing2, session 14).
NUMBER_KINDS = frozenset({"behavioural", "introduction"})
# The question kinds that choose an approach, so "why that approach over the alternatives" is theirs to say.
APPROACH_KINDS = frozenset({"behavioural", "situational", "technical"})


def specificity(ev: AnswerEvidence, job_terms: list[str], *, question: str = "",
                qtype: QuestionType | None = None) -> Scored:
    """1 + numbers (up to 2) + field vocabulary and named tools (one step each at 3, 7, 15 and 24 distinct
    terms), capped at 5, then minus hedging and "we". Counting vocabulary in four steps lets an answer
    dense with its field's terms reach 5 without a number (a technical explanation rarely has one);
    the penalties come after the cap so that rich vocabulary never hides them. ``question``: what was asked,
    which decides whether the job's tools are a gap (:func:`core.coach.rubric_parts.tools_asked`). ``qtype``: its
    kind; a number is called missing only of the kinds in :data:`NUMBER_KINDS` (any kind when None)."""
    rare = ev.signals.rare if ev.signals else []  # counted as before; only field terms are shown
    vocab = len(set(rare) | {t.lower() for t in ev.tools})
    numbers = list(dict.fromkeys(ev.numbers + ev.spelled_numbers))
    score = 1 + min(2, len(numbers)) + sum(vocab >= c for c in (3, 7, 15, 24))
    hedged = bool(hedges := habitual_hedges(ev, numbers))
    we_heavy = ev.we_count >= 4 and ev.i_count * 2 < ev.we_count
    score = cap(min(5, score) - bool(hedged) - we_heavy, substance(ev) + 1)
    bits = []
    if ev.number_quotes or numbers:
        bits.append("numbers: " + quote_list(ev.number_quotes or numbers))
    if ev.tools:
        # the words the answer wrote ("cold calling"), never the lexicon's name for them ("prospecting"):
        # what this line says the answer named is in the answer; one entry per tool, as first written
        said: dict[str, str] = {}
        for word in ev.tool_words:
            said.setdefault(word.lower(), word)
        bits.append("named tools/skills: " + ", ".join(list(said.values())[:4]))
    elif len(rare) >= 3 and (terms := field_terms(ev)):
        bits.append("specific terms: " + ", ".join(shown_terms(ev, terms)[:4]))
    text = "Cites " + "; ".join(bits) + "." if bits else "No numbers or named tools in the answer."
    missing = []
    if hedged:
        text += f" Habitual wording ({', '.join(dict.fromkeys(hedges[:3]))}) describes what usually happens, not what you did."
        missing.append("One specific occasion rather than what usually happens")
    if we_heavy:
        text += f' Says "we" {ev.we_count} times and "I" {ev.i_count} times, so your own part is unclear.'
        missing.append("What you did yourself, rather than what the team did")
    if not numbers and (qtype is None or qtype in NUMBER_KINDS):
        missing.append("A number that shows the scale of your work (people, budget, volume)" if qtype == "introduction"
                       else "A number that shows the scale or the outcome (time, money, %, people)")
    # a tool named by its own word ("my Zoho pipeline": Zoho CRM) is a tool named, as a lexicon alias is (rc27 N9)
    if not ev.tools and job_terms and ev.analysed and not _acronyms(ev, rare) and not ev.job_overlap \
            and not named_by_head(ev.text):
        named = tools_asked(job_terms, question)
        # a query or code written in a language the job names is that tool used, by name (session 26: a window
        # query "SELECT … OVER (PARTITION BY …)" was told "the job names SQL and Python")
        if named and not any(code_evidence(ev.text, name) for name in named):
            missing.append(f"The tools or methods you used, by name (the job names {' and '.join(named)})")
    return DimensionScore(score=score, evidence=text), missing


ORDINARY_ZIPF = 3.0  # a word this common (Zipf, wordfreq) is an ordinary word, not a field's term ("aisles")
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def shown_terms(ev: AnswerEvidence, rare: list[str]) -> list[str]:
    """The answer's rare words (``rare``, lower-cased) as the answer wrote them ("WMS", "Koelhuis"),
    rarest first, leaving out ordinary words (Zipf :data:`ORDINARY_ZIPF` or more) unless nothing else
    is left."""
    written: dict[str, str] = {}
    for m in _WORD_RE.finditer(ev.text):
        written.setdefault(m.group(0).lower(), m.group(0))
    ranked = sorted(rare, key=lambda w: zipf(w, ev.lang))
    uncommon = [w for w in ranked if zipf(w, ev.lang) < ORDINARY_ZIPF]
    return [written.get(w, w) for w in (uncommon if len(uncommon) >= 2 else ranked)]


def _acronyms(ev: AnswerEvidence, rare: list[str]) -> list[str]:
    """Rare words the answer writes in capitals ("WMS", "CRM"): names of systems or methods the skills
    lexicon may not know, so a "named tools" gap would contradict the answer."""
    return [w for w in shown_terms(ev, rare) if re.fullmatch(r"[A-Z]{2,6}s?", w)]


# ---------------------------------------------------------------- depth


def depth(ev: AnswerEvidence, qtype: QuestionType) -> Scored:
    """1 + reasoning (up to 2) + a lesson or what they do about it + breadth (enough distinct points for
    the question's size, all of the question taken up) - a brush-off; capped by substance."""
    sub = substance(ev)
    if not ev.analysed:
        return DimensionScore(score=cap(sub, 4), evidence="Judged on the amount of detail only; the reasoning is "
                              f"not read in {language_name(ev.lang)}."), []
    reflective = ev.lessons or (ev.self_actions if qtype == "self_assessment" else [])
    if qtype in {"technical", "situational"} and not reflective and len(ev.reasoning) >= 2 and sub >= 5:
        reflective = ev.reasoning[2:3] or ev.reasoning[1:2]  # a thorough explanation is its own depth
    breadth = thorough(ev) and not answers_part_of(ev, qtype)  # several distinct points, all of the question
    score = cap(1 + min(2, len(ev.reasoning)) + bool(reflective) + breadth - bool(ev.dismissive), sub + 1)
    quoted = quote_list(ev.reasoning[:2] + reflective[:1], limit=3)
    text = "Reasoning shown in " + quoted + "." if quoted else "No reasoning, trade-off or lesson is given."
    missing = []
    if not ev.reasoning and qtype in APPROACH_KINDS:
        missing.append("Why you chose that approach over the alternatives")
    if not reflective and qtype in {"behavioural", "self_assessment"}:
        missing.append("What you learned or now do differently")
    return DimensionScore(score=score, evidence=text), missing
