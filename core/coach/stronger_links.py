"""The coach's words between the clauses of a stronger answer (split from :mod:`core.coach.stronger_limits`, which uses
them): when two clauses that followed each other in the answer would run on as the answer had them, the coach joins them
with a word of its own ("then", "and", "also", "which was", "plus"), opens a new sentence with "Then", "As a result,",
"At the time," or "Also," by the clause's kind and its heading, or drops a linking word ("while", "rather than") that
would leave a clause hanging."""

from __future__ import annotations

import re
from collections.abc import Callable

from core.coach.stronger_joins import _capital, _own_clause
from core.coach.stronger_kinds import _OPENS_ACTING_RE, _SCENE_TIME_RE, told_result

# A clause that opens on a condition or time ("If …", "When …"): the one after it is its consequence.
_CONDITION_RE = re.compile(r"^(?:if|when|whenever|once|as soon as|unless)\b", re.IGNORECASE)
# "which" as the object of its clause ("which your advert mentions", "which I raised with the team"): it names the thing
# last said, so after a cut it would name the wrong one; "which reduces…" tells what the whole clause did, and stays.
_WHICH_OBJECT_RE = re.compile(r"which\s+(?:your|the|our|my|their|this|that|you|they|we|I|he|she)\b", re.IGNORECASE)
# A time in the past that opens a sentence ("When I took over as lead", "Once we had the data").
_PAST_WHEN_RE = re.compile(r"^(?:also,\s+)?(?:when|once|after|as soon as)\s+(?:[\w'-]+\s+){1,4}?(?:\w+ed|took|got|had|was|were|became|"
                           r"began|saw|found|joined|left|came|went)\b", re.IGNORECASE)
# Words that already link a clause to the one before ("while …", "rather than …"): no "and" goes before them.
# "As" before a role or a name is no link ("As Maths Lead I led…", "As a team lead I…"): the sentence keeps it.
_SENTENCE_LINKS_RE = re.compile(r"^(?:while|whereas|since|because|although|though|as(?!\s+(?:a|an|(?-i:[A-Z])\w*)\b))\s+(?=\S)",
                                re.IGNORECASE)
# "…at Cloudlane Software, where I sell…": the place's clause, a sentence of its own without "where" (session 17: "and where")
_WHERE_RE = re.compile(r"^where\s+(?=\S)", re.IGNORECASE)
_HANGING_LINKS_RE = re.compile(r"^(?:rather than|instead of|like|which|who|whose|such as|including|e\.g\.|i\.e\.|"
                               r"especially|so that|in order to|[a-z]+ing)\b")
_SUBJECT_RE = re.compile(r"^(?:I|we|they|he|she|it|this|that|these|those|there|the|a|an|our|my|their|its|\w+s)\b",
                         re.IGNORECASE)


def _linked_clause(clause: str) -> str | None:
    """For a clause that opens on a word linking it to the one before: the clause without that word when it
    stands as a sentence ("while asynchronous code runs…" -> "asynchronous code runs…"), "" when it cannot
    ("rather than giving wrong answers"); None for a clause with no such word."""
    if found := _SENTENCE_LINKS_RE.match(clause) or _WHERE_RE.match(clause):
        rest = clause[found.end():]
        return rest if _SUBJECT_RE.match(rest) and len(rest.split()) >= 3 else ""
    if _SPAN_RE.match(clause) and not _PRONOUN_RE.search(clause):  # "from the first call to signature": no "and" before it
        return ""
    return "" if _HANGING_LINKS_RE.match(clause) else None

# A phrase of place, span or means that opens a clause ("from first call to signature", "across three sites").
_SPAN_RE = re.compile(r"^(?:from|across|with|without|to|into|of|for|via|through|throughout|over|under|between|among|"
                      r"within|at(?! (?:least|most|first|last|once)\b)|on|in|by)\s", re.IGNORECASE)  # "at least one voter…" is a subject
def _lower_first_word(text: str) -> str:
    """``text`` with its first word in lower case when it is an ordinary capitalised word ("The" -> "the");
    "I", names with more capitals ("VMware", "SQL") and other words stay as written."""
    first = text.split(" ", 1)[0]
    ordinary = first[1:].islower() or (first == "A" and len(text.split()) > 1)  # "A coach party…": "a coach party…"
    return text[:1].lower() + text[1:] if ordinary and first != "I" else text


# The candidate's step in the past ("I called", "we had"): after a past time "I then had…", never ", then I had…" (session 18)
_OWN_PAST_RE = re.compile(r"(I|we) (?=\w+ed\b|(?:had|was|were|took|got|made|went|ran|led|set|kept|began|found|gave|told|saw|"
                          r"spent|built|wrote|sent|brought|met|sat|rang|spoke|chose|drove|flew|taught|caught|knew)\b)")
_LABEL_ONLY_RE = re.compile(r"(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth|fifth|next|then|finally|also|"
                            r"lastly|step \d+|\d+)", re.IGNORECASE)


def _joined(kept: list[str], clause: str, said: str, words: list[str], *, then_ok: bool, subject_ok: bool = True,
            part: str = "") -> str:
    """``clause`` with the coach's word before it (the first of ``words`` that breaks the answer's run), as
    a person would join it: "then" after a condition ("If …, then it becomes…"), "so" after a reason whose
    "since"/"because" is dropped (``kept[0]`` is rewritten: "Since X, and Y" -> "X, so Y"), and "Also," or
    "Then" opening a new sentence (the first word kept in case when it is a name: "VMware"; :func:`_sentence_lead`
    by the sentence's kind and its heading ``part``); after a time in the past, "I then …" when the subject alone does
    not run on (``subject_ok``)."""
    word = words[0]
    if (kept and subject_ok and _PAST_WHEN_RE.match(kept[-1]) and (own := _OWN_PAST_RE.match(clause))
            and "then" not in said.split()):
        # "When I took over as lead, I then measured…": a time in the past is no condition ("…, then I measured")
        return f"{own.group(1)} then {clause[own.end():]}"
    if kept and _CONDITION_RE.match(kept[-1]) and then_ok:
        word = "then"
    elif len(kept) == 1 and (reason := _SENTENCE_LINKS_RE.match(kept[0])) and _SUBJECT_RE.match(
            rest := kept[0][reason.end():]):
        kept[0], word = _capital(rest), "so"
    if kept:
        return f"{word} {clause}"
    opens = word == "then" and not _SUBORDINATE_RE.match(clause)  # never "Then when X, then I…"
    own_also = bool(_OWN_ALSO_RE.match(clause))
    if not opens:  # never "Also, I also moved…": the clause's own "also" goes
        clause = _OWN_ALSO_RE.sub(r"\1", clause, count=1)
    lead = ("Then" if opens else "After that," if word == "after that" else "Also," if own_also
            else _sentence_lead(clause, part, then_ok=then_ok))  # the answer's "Then I escalated…": "After that, I escalated…"
    return f"{lead} {_lower_first_word(clause)}"


def _sentence_lead(clause: str, part: str, *, then_ok: bool = True) -> str:
    """The coach's opening words for a sentence that ran on from the one before (session 16: "Also," opened a situation's
    state, a step and a result after the steps): "Then" before the candidate's own step in the past, "As a result,"
    before a result told after something else, "At the time," before a situation's state, else "Also,"."""
    if then_ok and (_OPENS_ACTING_RE.match(clause) or _WE_ACTING_RE.match(clause)) and not _SUBORDINATE_RE.match(clause):
        return "Then"  # the team's step too: "Then we moved…", never "Also, we moved…" (session 27)
    if part == "Situation" and _SCENE_TIME_RE.match(clause):
        return "Then,"  # "…a third of my pipeline. Then, in Q1 2024 inbound dried up": the scene moves on in time (session 16)
    if not re.match(r"[A-Za-z]", clause) or (_SPAN_RE.match(clause) and not told_result(clause)) or _SUBORDINATE_RE.match(clause):
        return "Also,"  # "In a recent deal, I…", "When procurement stalled…": no "As a result," or "At the time," before them
    if part not in {"Situation", "Result", "Trade-offs", "Concepts"} and told_result(clause):
        return "As a result,"
    if part == "Situation" and _PAST_STATE_RE.search(clause) and not _OPENS_ACTING_RE.match(clause):
        return "At the time,"
    return "Also,"

# A step of the candidate's team in the past ("we moved…", "we rebuilt…"): as :data:`_OPENS_ACTING_RE`'s "I".
_WE_ACTING_RE = re.compile(_OPENS_ACTING_RE.pattern.replace(r")?I\s+", r")?we\s+", 1), re.IGNORECASE)
# A state in the past ("the risk was…", "there were…", "they had…").
_PAST_STATE_RE = re.compile(r"^\S+(?:\s+\S+){0,4}?\s+(?:was|were|had|had been|could not|couldn't|did not|didn't)\b", re.IGNORECASE)
_OWN_ALSO_RE = re.compile(r"^((?:\S+\s+){0,2}?)also\s+", re.IGNORECASE)  # "I also moved", "We also", "Also"
# A clause that hangs on another ("When a chunk server fails", "Because the two sets overlap"): no sentence alone.
_SUBORDINATE_RE = re.compile(r"(?:when|whenever|if|unless|because|although|though|once|while|as soon as)\s", re.IGNORECASE)


_PRONOUN_RE = re.compile(r"\b(?:I|we|he|she|they|it)\b", re.IGNORECASE)


# A clause that says its own order ("I then phoned", "we finally agreed").
_OWN_ORDER_RE = re.compile(r"^(?:I|we|they|he|she)\s+(?:then|next|finally|later)\b", re.IGNORECASE)
# A phrase that gives a figure of what was said before it ("about GBP 450", "up from 64%", "roughly 3 hours"): after a
# comma it was said of the clause before, and the coach joins it with "which was", never "then" or "and" (session 16).
_FIGURE_LED_RE = re.compile(r"^(?:just |well )?(?:about|around|roughly|nearly|almost|approximately|some|over|under|up|down|"
                            r"more than|less than|fewer than|at least|at most)\s+(?:from\s+|to\s+|by\s+)?(?:[A-Z]{3}\s)?"
                            r"[$£€]?\d", re.IGNORECASE)
# The rest of a list of things, opening on a comparative or a word of quantity ("smaller pull requests", "fewer handovers").
_LIST_REST_RE = re.compile(r"^(?:\w{3,}er|more|fewer|less|extra|additional)\s+(?!than\b)[a-z]", re.IGNORECASE)
# The coach's word for the answer's own linking word when that one runs on ("…, then the rest": "after that the rest").
_SAME_LINK = {"then": ("after that",), "finally": ("after that",), "but": ("yet",), "or": ("alternatively",)}


def _link_words(clause: str, said: str, joiner: str, after_clause: bool, breaks: Callable[[str], bool]) -> list[str]:
    """The coach's words that may join ``clause`` to what was kept before it, best first: those that break the answer's
    run (``breaks``), never the clause's own ``said`` linking word; none of "then" before a step that says its own order
    ("I then phoned…"); "which was" before a figure said of the clause before ("about GBP 450") and "plus" before the rest
    of a list of things after "then" ("smaller pull requests"), when the clause has no verb of its own (session 16)."""
    words = [w for w in _SAME_LINK.get(said, ()) + (joiner, "and", "next", "also", "plus") if w != said and breaks(w)] + ["also"]
    if _OWN_ORDER_RE.match(clause):  # "I then phoned…": never "then I then phoned"
        words = [w for w in words if w not in {"then", "next", "after that"}]
    if after_clause and not _own_clause(clause) and said not in _SAME_LINK:  # "then the rest" keeps its order
        if _FIGURE_LED_RE.match(clause) and len(clause.split()) <= 8:
            return ["which was"]
        if joiner == "then" and _LIST_REST_RE.match(clause):
            return ["plus"]
    return words
