"""What a question asks about by competency, and whether an answer shows another one instead.

Issue ncrel, session 16: a well-told story about a neighbouring subject of the same job scored 8-10/10 (a
price-objection story given to "How do you plan your quarter to hit quota?", an audit story to "a patient who was
anxious or refusing treatment"): the field's words it shares (a deal, a patient) read as on topic, and word overlap
alone cannot tell it from a good answer in other words. ``data/competency_words.json`` lists, for competencies
questions ask about, the words (word beginnings) a question names it by and an answer shows it by, and the question
bank's tags for it. :func:`wrong_competency` finds an answer that takes up nothing of its question (none of its
terms, :func:`core.coach.subject.subject_of`; none of the asked competency's words) and shows another competency
plainly (:data:`OTHER_WORDS` of its words or more): it answers another question, which
:func:`core.coach.answers_asked.missed_ask` says for the chat and the report alike. A question of no listed
competency, or one about the candidate (a background, a motivation, a strength), is never judged here. English
words only.

Session 20 (issue 15: an office move told to a mentoring question, a salary negotiation to "a time you helped a
colleague who was struggling", both 6/10): an entry's ``marks`` are further words showing it in an answer to a question
about it ("feedback", "promoted" in a mentoring story; too everyday to be a sign of it elsewhere), and entries of kind
"other" are subjects no question asks about (an office move, one's own pay, a holiday, a hobby, a party), whose words
only show what a story is about instead (:func:`other_subject`). Tried on the published set: no new false call (2 of
492 before and after).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from core.analysis.text import sentences
from core.coach.asked_verb import does_asked_verb
from core.coach.subject import Subject

logger = logging.getLogger(__name__)

WORDS_PATH = Path(__file__).resolve().parents[2] / "data" / "competency_words.json"
BANK_PATH = Path(__file__).resolve().parents[2] / "data" / "question_bank.json"
OTHER_WORDS = 2  # distinct words of another competency that show it plainly
# ... when the answer shares a word of the question, even one said by chance: stronger evidence is needed before a
# story is called another question's answer (session 16 re-check: a sepsis-audit story in which the nurse got the
# consultants to agree a PGD, told to "persuade people who did not report to you", shares "report" and shows "audit",
# "pathway": it was called "about something else"). Missing a wrong-question answer is better than insulting a right one.
SHARED_OTHER_WORDS = 3
# the wording of asking what happened and what was said ("How did you handle it and what happened?"): a story shares it
# with any question, so sharing only these is no sign of the question's subject (an error story to "the most difficult
# customer interaction… what happened?" still answers another question on two words)
ASKING_WORDS = frozenset({"happen", "happened", "happens", "happening", "say", "said", "says"})
MIN_SENTENCES = 2  # an answer this long tells something; a shorter one is judged elsewhere


@dataclass(frozen=True)
class Competency:
    """One entry of ``data/competency_words.json``."""

    name: str
    words: tuple[str, ...]  # word beginnings, lower case; a trailing space ends the word
    bank: tuple[str, ...]  # the question bank's competency tags that ask about it
    marks: tuple[str, ...] = ()  # more words showing it in an answer to a question about it (too everyday elsewhere)
    other: bool = False  # a subject no question asks about (an office move, a holiday): only what a story is about instead
    # marks as patterns over the lower-cased text, each one mark ("did the safeguarding first", "first because"): session 22
    mark_patterns: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def competencies() -> tuple[Competency, ...]:
    """The entries of ``data/competency_words.json`` (none when it cannot be read: nothing is judged)."""
    try:
        data = json.loads(WORDS_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        logger.warning("competency: words could not be read (%s); no answer is judged by competency", exc)
        return ()
    return tuple(Competency(c["name"], tuple(c["words"]), tuple(c.get("bank") or ()), tuple(c.get("marks", ())),
                            c.get("kind") == "other", tuple(c.get("mark_patterns", ()))) for c in data["competencies"])


def _low(text: str) -> str:
    return " " + re.sub(r"\s+", " ", re.sub(r"[’']", "'", text or "").lower()) + " "


@lru_cache(maxsize=256)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    parts = [re.escape(w.rstrip()) + (r"\b" if w.endswith(" ") else "") for w in words]
    return re.compile(r"(?<![\w-])(" + "|".join(parts) + ")")


def shown(text: str, competency: Competency, *, asked_for: bool = False) -> list[str]:
    """The distinct words of ``competency`` that ``text`` says (one for each of the entry's words, "on call" and
    "on-call" being one), as it says them to the end of the word ("refusing" for "refus"), in the order it says them;
    ``asked_for``: also its marks, for an answer to a question about it ("feedback" and "promoted" in a mentoring story),
    and its mark patterns ("did the safeguarding first" for prioritising), each one mark."""
    low = _low(text)
    found: dict[str, str] = {}  # one word for each of the entry's words ("incidents" is "incident" said again)
    for m in _pattern(competency.words + (competency.marks if asked_for else ())).finditer(low):
        key = m.group(1).strip().replace("-", " ")
        found.setdefault(key, (m.group(1) + re.match(r"[\w'-]*", low[m.end():]).group(0)).strip(" '-"))
    for pattern in competency.mark_patterns if asked_for else ():
        if m := re.search(pattern, low):
            found.setdefault(pattern, m.group(0).strip())
    return list(found.values())


@lru_cache(maxsize=1)
def _bank() -> tuple[tuple[str, str], ...]:
    """(question text in :func:`_low` form, competency tag) of the question bank."""
    try:
        data = json.loads(BANK_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ()
    served = [v for k, v in data.get("served", {}).items() if not k.startswith("_")]
    texts = [(q["text"], q) for q in data.get("questions", [])]
    texts += [(q["template"].format(**slots), q) for q in data.get("questions", []) if q.get("template")
              for slots in served]  # the wording asked in each role family ("a patient or their family")
    texts += [(q["past"], q) for q in data.get("questions", []) if q.get("past")]  # asked as a past experience
    return tuple(dict.fromkeys((_low(text).strip(), q.get("competency", "")) for text, q in texts))


@lru_cache(maxsize=1024)
def asked(question: str) -> tuple[Competency, ...]:
    """The competencies ``question`` asks about: those whose words it says, and the one its bank tag names when
    it holds a question of the bank ("Thinking of your time at …: " and "Keep it concrete…" around it)."""
    low = _low(question)
    tags = {tag for text, tag in _bank() if text and text in low}
    return tuple(c for c in competencies() if not c.other and (shown(question, c) or tags & set(c.bank)))


@dataclass(frozen=True)
class Elsewhere:
    """An answer showing another competency than the one its question asks about."""

    asked: str  # the asked competency's name
    asked_words: list[str]  # the question's words for it ([] when only its bank tag names it)
    other: str  # the competency the answer shows instead
    other_words: list[str]  # the answer's words for it


def wrong_competency(question: str, answer: str) -> Elsewhere | None:
    """The competency ``answer`` shows instead of the one ``question`` asks about (see the module docstring), or
    None: when the question asks about no listed competency or about the candidate, the answer is short (under
    :data:`MIN_SENTENCES`), it takes up any of the question's terms (beyond chance) or any word of an asked
    competency, or it shows no other competency plainly (:data:`OTHER_WORDS` of its words; :data:`SHARED_OTHER_WORDS`
    when it shares any of the question's terms but the wording of asking, :data:`ASKING_WORDS`, even by chance)."""
    from core.coach.framing import question_content
    from core.coach.question_types import question_type
    from core.coach.subject import ABOUT_THE_CANDIDATE, subject_of

    wanted = asked(question)
    if not wanted or question_type(question) in ABOUT_THE_CANDIDATE:  # a background or a reason has its own words
        return None
    if len(sentences(answer or "")) < MIN_SENTENCES or any(shown(answer, c, asked_for=True) for c in wanted):
        return None
    subject = subject_of(answer, question_content(question, subject=True))
    if subject.weight and not (subject.share == 0 or subject.chance or _setting_only(subject, question, wanted)):
        return None
    others = [(c, shown(answer, c)) for c in competencies() if c not in wanted]
    other, words_ = max(others, key=lambda cw: len(cw[1]), default=(None, []))
    shares = any(term.lower() not in ASKING_WORDS for term in subject.taken)
    needed = SHARED_OTHER_WORDS if shares else OTHER_WORDS
    if other is None or len(words_) < needed:
        return None
    first = next((c for c in wanted if shown(question, c)), wanted[0])  # one the question names, if any
    return Elsewhere(asked=first.name, asked_words=shown(question, first), other=other.name, other_words=words_[:3])


def _setting_only(subject: Subject, question: str, wanted: tuple[Competency, ...]) -> bool:
    """Whether what an answer takes up of ``question`` is only its setting: the question names its competency in
    that competency's own words ("anxious", "refusing"), and the answer shares none of them, only everyday terms
    of the question (each under :data:`core.coach.subject.RARE_TERM_WEIGHT`, together under
    :data:`core.coach.subject.CHANCE_SHARE` of its subject), however often: the field's word for the person served
    ("a patient", "a resident") is said by any story of that field (session 17: a sepsis-audit story told to "a
    patient who was anxious or refusing treatment" took up "patient" and scored 8/10)."""
    from core.coach.subject import CHANCE_SHARE, RARE_TERM_WEIGHT, subject_terms

    if not subject.taken or subject.share >= CHANCE_SHARE or not any(shown(question, c) for c in wanted):
        return False
    from core.coach.framing import question_content

    weights = {w: weight for w, weight in subject_terms(question_content(question, subject=True)).values()}
    own = {w for c in wanted for w in shown(question, c)}
    return all(weights.get(term, 0.0) < RARE_TERM_WEIGHT and term not in own for term in subject.taken)


def other_subject(text: str) -> str:
    """The subject no question asks about (an entry of kind "other": an office move, a holiday) that ``text`` shows
    plainly (:data:`OTHER_WORDS` of its words or more), or ""."""
    return next((c.name for c in competencies() if c.other and len(shown(text, c)) >= OTHER_WORDS), "")


ASKED_WORDS = 2  # distinct words of the asked competency that show it in an answer's own words


def shows_asked(question: str, answer: str) -> list[str]:
    """The words of a competency ``question`` asks about that ``answer`` says, when it says :data:`ASKED_WORDS` or
    more of one ("the figures convinced him", "he was sceptical" show changing someone's mind without the question's
    words; its marks count: "she wanted fixed shifts, I thought rotating was fairer" shows a disagreement), else []:
    such an answer takes up what was asked in other words (:func:`core.coach.subject.penalty` reads
    it as a known topic taken up)."""
    for competency in asked(question):
        said = shown(answer, competency, asked_for=True)
        if len(said) >= ASKED_WORDS:
            return said
    return []


def off_subject_of(subject: Subject, clean: str, question: str, qtype: str, *, story: bool) -> tuple[Subject, int]:
    """``subject`` (:func:`core.coach.subject.subject_of` of ``clean``) and its points off relevance
    (:func:`core.coach.subject.penalty`), with the skills the answer names by the lexicon's names ("MoSCoW" is
    Prioritisation) and the duties it shows in its field's words (:func:`core.analysis.skills.field_practices`:
    "I compared standard with actual costs" is variance analysis) looked up when they matter, and none off for an answer showing the asked competency in its own
    words (:func:`shows_asked`: "the figures convinced him" for changing someone's mind) or doing what it asks with
    its own verb (:func:`core.coach.asked_verb.does_asked_verb`)."""
    from core.analysis.answer import candidate_words
    from core.analysis.skills import field_practices, find_skills
    from core.coach.framing import question_content
    from core.coach.subject import penalty, subject_of

    off = penalty(subject, qtype, story=story)
    if off:  # the skills it names, and the duties it shows in its field's own words ("compared standard with actual")
        subject = subject_of(clean, question_content(candidate_words(question), subject=True),
                             named=(*(h.name for h in find_skills(clean)), *field_practices(clean)))
        off = penalty(subject, qtype, story=story)
    # or one doing what the question asks with its own verb ("What questions do you ask…?" -> "I ask what…"), or showing
    # the requirement its template asks about by meaning ("2382-22" and "SPDs" for the 18th Edition: session 21)
    from core.coach.framing import asked_requirement
    from core.coach.meaning import requirement_shown

    # (a credential question no requirement template wrote is read by the licences it names)
    asked_req = (asked_requirement(candidate_words(question)) or candidate_words(question)) if off else ""
    if off and (shows_asked(candidate_words(question), clean) or does_asked_verb(candidate_words(question), clean)
                or requirement_shown(clean, asked_req)):
        return replace(subject, topic=True, chance=False, passing=False), 0
    return subject, off
