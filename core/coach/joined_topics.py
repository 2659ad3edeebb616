"""What a question joins in one list, and whether an answer takes up any of it (issue 15, session 24).

A question that names several things at once ("The role asks for knowledge of P&L, margin and labour scheduling…",
"stock control, shrinkage and rota planning") is answered by an answer on any of them. The known topics
(``data/topic_near_terms.json``) put "labour" under labour planning and "margin" only among money's near terms, so
"I would … go through each store P&L line by line, margin, wages and shrinkage" was read as about "money and costs"
instead of the labour planning asked: redirected in the chat ("That doesn't answer what I asked") and scored 4/10 (re-check
rc23, retail Q2). :func:`joined_items` reads the list a question asks for; :func:`joined_taken` says which of its items
an answer takes up: a word of the item in any form ("stock" for "stock control"), a known topic the item names
(:func:`core.coach.topic.term_topics`: "margin" is money and costs) that the answer takes up, a skill of the lexicon the
item names that the answer names, or an abbreviation's words ("profit and loss" for P&L). The chat's judgement
(:func:`core.coach.follow_up.off_topic`) and the scorer's (:func:`core.coach.score.score_answer`,
:func:`core.coach.topic.off_question`) read it alike. English words only; a rule of this project, not a figure from
research.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.analysis.language import zipf
from core.analysis.text import STOPWORDS
from core.coach.phrasing import quote

# the cue a list of what is asked follows ("asks for", "knowledge of"), and the list up to its clause's end
_LIST_RE = re.compile(
    r"\b(?:asks? for|calls? for|needs?|requires?|knowledge of|experience (?:of|in|with)|understanding of|skills in)\s+"
    r"(?P<list>[^.?!;:]+?)(?=\s*,?\s*(?:which|and I|but|so)\b|[.?!;:]|$)", re.IGNORECASE)
_SPLIT_RE = re.compile(r"\s*,\s*(?:and |or )?|\s+and\s+|\s+or\s+|\s*/\s*", re.IGNORECASE)
_ARTICLE_RE = re.compile(r"^(?:(?:a|an|the|your|some|good|strong|solid|sound|proven)\s+|(?:knowledge|experience|"
                         r"understanding) (?:of|in|with)\s+)+", re.IGNORECASE)
_ABBREVIATION_RE = re.compile(r"\b([A-Za-z])\s*&\s*([A-Za-z])\b")  # "P&L", "H&S": a word each, joined by "and"
# words naming a kind of work or knowledge in general, never what one item of a list is about
_GENERIC = frozenset({"knowledge", "experience", "management", "managing", "ownership", "control", "skills", "skill",
                      "understanding", "planning", "work", "working", "role", "systems", "system", "process",
                      "processes", "operations", "operation", "service", "services", "willingness", "ability"})
ITEM_WORD_ZIPF = 5.0  # a word of an item this frequent or more ("full", "travel", "team") is said by any answer
MAX_ITEM_WORDS = 5  # words of one item of a list: longer, it is a clause, not a thing asked for


@lru_cache(maxsize=512)
def joined_items(question: str) -> tuple[str, ...]:
    """The things ``question`` asks for in one list, two or more, as written ("P&L", "margin", "labour scheduling");
    () when it joins none."""
    for m in _LIST_RE.finditer(question or ""):
        items = [_ARTICLE_RE.sub("", i.strip()) for i in _SPLIT_RE.split(m.group("list")) if i.strip()]
        items = [i for i in items if 0 < len(i.split()) <= MAX_ITEM_WORDS]
        if len(items) >= 2:
            return tuple(items)
    return ()


def joined_taken(question: str, answer: str) -> list[str]:
    """The items of what ``question`` joins (:func:`joined_items`) that ``answer`` takes up, each with how
    ('P&L ("profit and loss")'); [] when it joins nothing or the answer takes up none of it."""
    items = joined_items(question)
    if not items or not (answer or "").strip():
        return []
    return [f"{item} ({shown})" for item in items if (shown := _item_taken(item, answer))]


def _item_taken(item: str, answer: str) -> str:
    """How ``answer`` takes up ``item`` (its words quoted, or the topic named), or ""."""
    from core.analysis.skills import find_skills
    from core.coach.subject import term_stem
    from core.coach.topic import _tool_named, answer_topics, term_topics  # (topic reads this module)

    if m := _ABBREVIATION_RE.search(item):
        said = re.search(rf"\b{m.group(1)}\w+ (?:and|&) {m.group(2)}\w+|\b{m.group(1)}\s*&\s*{m.group(2)}\b", answer,
                         re.IGNORECASE)
        if said:
            return quote(said.group(0))
    wanted = {term_stem(w) for w in re.findall(r"[A-Za-z][A-Za-z'-]+", item)
              if w.lower() not in STOPWORDS and w.lower() not in _GENERIC and len(w) >= 4
              and zipf(w.lower(), "en") < ITEM_WORD_ZIPF}
    for word in re.findall(r"[A-Za-z][A-Za-z'-]+", answer):
        if term_stem(word) in wanted:
            return quote(word)
    if topics := term_topics(item) & set(answer_topics(answer)):
        return sorted(topics)[0]
    skills = [h.name for h in find_skills(item) if h.name.lower() not in _GENERIC]
    return next((quote(s) for s in skills if _tool_named(answer, s)), "")


JOINED_RELEVANCE = 4  # 1-5: an answer on one of the things a question joins (one more with substance)


def with_joined_taken(dims: list, question: str, answer: str, ev) -> list:
    """``dims`` (the scorer's (dimension, gaps) pairs, relevance first) with relevance at least
    :data:`JOINED_RELEVANCE` (one more with substance, :func:`core.coach.rubric_parts.substance` 3 or more) when
    ``answer`` takes up one of the things ``question`` joins (:func:`joined_taken`), saying which; the gaps of not taking
    the question up go with it. A dismissive answer is never lifted."""
    from core.coach.rubric_parts import substance
    from core.schemas import DimensionScore

    rel = dims[0][0]
    if rel.score >= JOINED_RELEVANCE or ev.dismissive or not (taken := joined_taken(question, answer)):
        return dims
    lifted = DimensionScore(score=JOINED_RELEVANCE + (substance(ev) >= 3), evidence=(
        f"The answer takes up one of the things the question asks about together: {', '.join(taken[:2])}."))
    return [(lifted, []), *dims[1:]]
