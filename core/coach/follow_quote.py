"""The quote a follow-up asks about: the answer's most telling sentence, cut at a sentence or clause boundary,
never a denial, a non-answer, someone else's words or work, filler, an announcement or a verdict on oneself
(:func:`salient_quote`). Split out of :mod:`core.coach.follow_up`, which words the follow-up around it.
"""

from __future__ import annotations

import re

from core.analysis.skills import find_skills
from core.analysis.text import readable_text, sentences
from core.coach.evidence_weight import announces
from core.coach.follow_up_told import others_words, others_work
from core.coach.non_answer_lang import without_non_answer
from core.coach.phrasing import quote
from core.words import count_words, filler_regex

_DENIAL_RE = re.compile(r"\b(?:haven'?t|have not|hasn'?t|never|not something|no (?:direct |real )?experience)\b", re.IGNORECASE)


def _salient_quote(answer: str, *, within: re.Pattern[str] | None = None) -> str:
    """A short quote of the answer's most telling sentence, ending at a sentence or clause boundary
    (never mid-phrase); "" when no sentence or clause is short enough, and "" for an answer with markup
    (tags, Markdown) or instructions to the interviewer: a quote never comes from either, and "" for one
    or two words ("No."): the follow-up then asks without quoting. ``within``: only from a sentence it matches
    when one does ("You described what the team did" quotes what "we" did, never "Our service was slow")."""
    if readable_text(answer) != answer.strip():
        return ""
    sents = sentences(without_non_answer(readable_text(answer)))  # never "Say more about "I really don't know""
    sents = [x for x in sents if not _DENIAL_RE.search(x)] or sents  # not "I haven't done that"
    sents = [x for x in sents if not others_words(x)]  # never a child's or a patient's words back: the candidate's own
    sents = [x for x in sents if not others_work(x)]  # never "…has always been done by our workforce team" (session 21)
    fillers = filler_regex(answer)  # the answer's language's list
    sents = [x for x in sents if not (fillers and fillers.search(x))]  # never "Um, I watch the usual ones, like, you know"
    sents = [x for x in sents if not announces(x)]  # never "I want to explain my approach to attribution in detail"
    sents = [x for x in sents if within.search(x)] or sents if within is not None else sents
    if not sents:
        return ""
    best = max(sents[:4], key=lambda s: (len(find_skills(s)), count_words(s) >= 5, -sents.index(s)))
    text = best.rstrip(".!?。！？").strip()
    if count_words(text) > 14:  # words as shown: a Chinese character is one (core.words.count_words)
        text = _quotable_clause(re.split(r"[,;:]\s+|[，、；：]\s*|\s+(?:and|but|because|so)\s+", text))
    text = re.sub(r"^(?:and|but|so|or|then)\s+", "", text, flags=re.IGNORECASE)  # "And I would ask the team."
    return quote(text) if text and count_words(text) >= 3 else ""  # never 'Say more about "No"'


# A clause that says what someone did has its doer ("I", "we", "my manager"); one that opens with a preposition
# and has none only sets the scene ("At Ministry of Environment", "During my second year", "In 2021").
_DOER_RE = re.compile(r"\b(?:I|I'\w+|we|we'\w+|my|our|they|he|she|the team|nobody|everyone)\b", re.IGNORECASE)
_SCENE_RE = re.compile(r"^(?:at|in|on|during|for|after|before|when|while|over|from|with|within|across|as|last|"
                       r"this|that|one|once|back)\b", re.IGNORECASE)


def _quotable_clause(clauses: list[str]) -> str:
    """The clause of a long sentence to quote (3-14 words, not one that opens by setting the scene, without a
    leading "then"): the longest with a doer, else the first unless the sentence opened with a scene (then its other clauses are likely the
    scene's own words: "and Climate Change Regional Services"); "" when none ("At Acme Ltd" is never quoted)."""
    scene = bool(_SCENE_RE.match(clauses[0].strip())) if clauses else False
    fit = [c.strip() for c in clauses if 3 <= count_words(c.strip()) <= 14 and not _SCENE_RE.match(c.strip())]
    fit = [re.sub(r"^(?:(?:and|but|so|or)\s+)?(?:(?:then|also|finally)\s+)?", "", c, flags=re.IGNORECASE) for c in fit]
    doers = [c for c in fit if _DOER_RE.search(c) and count_words(c) >= 3]
    if doers:
        return max(doers, key=count_words)
    return "" if scene or not fit else fit[0]


# What "we" did ("We split the tests"), not the setting ("Our team had a release", "we were short-staffed").
_WE_DID_RE = re.compile(r"\bwe (?!had\b|were\b|was\b|are\b|have\b)\w+", re.IGNORECASE)


# A verdict on oneself ("I think I'm good at Excel", "I'm confident with budgets"): nothing one "did" or "would do",
# so never the quote a follow-up asks about (issue 15, session 14).
_SELF_VERDICT_RE = re.compile(
    r"\bI(?:'m| am) (?:\w+ )?(?:good|great|strong|confident|comfortable|decent|fine|ok|okay|skilled|experienced|"
    r"proficient) (?:at|with|in)\b|\bI think I(?:'m| am)\b", re.IGNORECASE)
