"""A sentence of the candidate's kept whole or cut cleanly in a stronger answer (newcomer, session 18: "pass rate went in two
years" had lost "from 74% to 89%", "ten years, at Paylane" had lost "first at Comarch … since 2020", "trained front." had
lost "of house on it", "If a TA, I disagreed" had lost its "and"). The rule: a sentence is given back whole, with a
connective of the coach's before it maybe, or left out; a cut is allowed only at a clause boundary (a comma, semicolon,
colon or dash, or a linking word such as "and", "because", "which") where the words removed carry no number, no named
thing (a word with a capital inside the sentence) and no negation.

:func:`cut_cleanly` checks one sentence against what a stronger answer's part kept of it; :func:`longest_cut_run` is the
run limit measured outside the sentences given back whole (a sentence of the candidate's own story given back whole is not
the answer echoed; its words in a row are not counted against :data:`core.coach.stronger_phrases.SHORT_PHRASE`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher

# Words the coach may drop or put in between clauses: they carry no fact of the candidate's.
_LINKS = frozenset(["and", "then", "so", "but", "also", "first", "firstly", "finally", "next", "plus", "yet", "secondly",
                    "thirdly", "lastly", "or"])
# Words a kept clause cannot end on: what they open is still to come ("because that's.", "my job is to record.").
_WAITING = frozenset(["that's", "it's", "there's", "what's", "is", "are", "was", "were", "be", "been", "am", "to", "the", "a",
                      "an", "of", "for", "with", "my", "our", "their", "your", "his", "her", "its", "because", "that", "which",
                      "than", "as", "like", "and", "or", "but", "so", "into", "from", "at", "in", "on", "by", "where", "who"])
# Connectives that say what follows from what ("so") or against what ("but", "yet"): dropped at a boundary, never
# swapped for the coach's "then" or "and".
_MEANING_LINKS = frozenset(["so", "but", "yet"])
# Linking words that say how a clause hangs on the one before: dropped only after a comma or at the sentence's start
# ("Since X, Y" -> "X, so Y"; "…Software, where I sell" -> "…Software. I sell").
_TIGHT_LINKS = frozenset(["because", "since", "while", "as", "where", "which", "who", "when", "that", "although", "though",
                          "whereas"])
# Words that open a clause: a cut may fall before them.
_CLAUSE_OPENERS = frozenset(["and", "but", "so", "because", "which", "who", "whose", "while", "where", "then", "although",
                             "though", "whereas", "since", "until", "unless", "or"])
_SUBORDINATORS = frozenset(["if", "when", "whenever", "once", "unless", "because", "although", "though", "while", "as",
                            "since", "after", "before", "until"])
_NEGATION_RE = re.compile(r"(?:^(?:not|no|never|none|nor|nothing|nobody|without|neither|cannot)$|n't$|n’t$)", re.IGNORECASE)
_BRACKET_RE = re.compile(r"\[[^\]]*\]")
# A figure told in words ("from two days to three hours", "a dozen", "twenty"): a fact a cut may not lose (session 22:
# ", cutting the run from two days to three hours" was cut off). "one" is left out: "one of the team" counts nothing.
_NUMBER_WORD_RE = re.compile(r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|"
                             r"fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|half|halved|"
                             r"doubled|tripled|dozens?)", re.IGNORECASE)
# Links that give a reason or a concession: never dropped from between the two clauses they join ("I'd call them rather
# than write, because a third contact needs a person" told as two sentences had lost why: session 22).
_REASON_LINKS = frozenset(["because", "since", "although", "though", "whereas", "unless"])
_BOUNDARY_END = (",", ";", ":", "—", "–", ".", "!", "?", "…")


def _norm(token: str) -> str:
    return token.lower().strip(".,;:!?\"'()[]“”‘’—–")


def _tokens(text: str) -> list[str]:
    return [t for t in text.split() if _norm(t) or t in {"—", "–"}]


def _fact(token: str, first: bool) -> bool:
    """Whether ``token`` carries a fact a cut may not lose: a figure, a name (a capital not at the sentence's start, not
    "I"), or a negation."""
    word = token.strip(".,;:!?\"'()[]“”‘’")
    if re.search(r"\d", word) or _NEGATION_RE.search(word.lower()) or _NUMBER_WORD_RE.fullmatch(word):
        return True
    return bool(word[:1].isupper() and not first and word not in {"I", "I'm", "I've", "I'd", "I'll"}) or any(
        c.isupper() for c in word[1:])


def _at_start_boundary(src: list[str], i: int) -> bool:
    return i == 0 or src[i - 1].endswith(_BOUNDARY_END) or _norm(src[i]) in _CLAUSE_OPENERS or src[i] in {"—", "–"}


def _at_end_boundary(src: list[str], j: int) -> bool:
    return (j >= len(src) or src[j - 1].endswith(_BOUNDARY_END) or _norm(src[j]) in _CLAUSE_OPENERS
            or src[j] in {"—", "–"})


def _clause_start(src: list[str], i: int) -> int:
    k = i
    while k > 0 and not src[k - 1].endswith(_BOUNDARY_END):
        k -= 1
    return k


def _link_only_drop(src: list[str], i: int, j: int) -> bool:
    """A connective dropped or swapped for the coach's: fine after a clause boundary, or where the clause before it stands
    alone ("I called them and then I wrote…"); never inside a clause that opens on "if", "when"… ("If a TA and I
    disagreed": "and" joins the two people)."""
    words = [_norm(t) for t in src[i:j]]
    if not all(w in _LINKS or w in _TIGHT_LINKS for w in words):
        return False
    if i == 0 or src[i - 1].endswith(_BOUNDARY_END):
        return True
    if any(w in _TIGHT_LINKS for w in words):
        return False
    start = _clause_start(src, i)
    return _norm(src[start]) not in _SUBORDINATORS and i - start >= 3


def cut_cleanly(source: str, told: str) -> bool:
    """Whether ``told`` (a part's text, its bracketed gaps ignored) keeps the sentence ``source`` whole or cut cleanly: every
    run of its words left out is only connectives (:data:`_LINKS`, at a clause boundary), or a run that starts and ends at
    a clause boundary and holds no figure, name or negation. A sentence none of whose words are kept is left out, which is
    allowed. Words are compared in lower case without punctuation; the coach's own words added count for nothing."""
    src = _tokens(source)
    out = [_norm(t) for t in _tokens(_BRACKET_RE.sub(" ", told))]
    if not src:
        return True
    matcher = SequenceMatcher(None, [_norm(t) for t in src], out, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks or sum(b.size for b in blocks) < 2:
        return True  # nothing of it kept: the sentence left out
    kept = 0
    told_raw = _tokens(re.sub(r"\s+([;.])", r"\1", _BRACKET_RE.sub(" ", told)))  # "together [gap]; then" -> "together;"
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            kept += i2 - i1
            continue
        if tag == "insert" and 0 < i1 < len(src) and _NEGATION_RE.search(_norm(src[i1])):
            return False  # "pass on, and not to investigate": the coach's word before a negation changes what it says
        if tag in {"insert", "replace"} and 0 < i1 < len(src) and not _step_link(src[i1:i2], out[j1:j2], told_raw[:j1]):
            return False  # "…for nothing, then at Payflo…": a word of the coach's inside the sentence (session 19)
        if tag not in {"delete", "replace"}:
            continue
        if i1 > 0 and not src[i1 - 1].endswith(_BOUNDARY_END) and _norm(src[i1 - 1]) in _WAITING:
            return False  # "I want a ward post because that's." : the kept words end on one waiting for more (session 19)
        if tag == "replace" and any(_norm(t) in _MEANING_LINKS for t in src[i1:i2]):
            return False  # "…, so a bad upload was rejected" told as "…, then a bad upload…": the cause lost (session 19)
        if i1 > 0 and any(_norm(t) in _REASON_LINKS for t in src[i1:i2]):
            return False  # the reason's link lost between two clauses kept (session 22)
        if _link_only_drop(src, i1, i2) and (i1 == 0 or (j1 > 0 and told_raw[j1 - 1].endswith((".", "!", "?", ";")))):
            continue  # a connective dropped at the sentence's start, or where the coach ends a sentence: never "X, Y, Z"
        if any(_fact(src[k], k == 0) for k in range(i1, i2)):
            return False
        if not (_at_start_boundary(src, i1) and _at_end_boundary(src, i2)):
            return False
        if not _aside(src[i1:i2]):
            return False  # a list's item, a role, a condition, a time, a step or a result: substance (session 19)
    return kept >= 3 or kept == len(src)


# Words that open an aside, a comment on what went before that may go with no fact lost ("…, which everyone liked").
_ASIDE_OPENERS = frozenset(["which", "who", "whom", "whose", "like", "as"])
# Words that make a clause a condition or a time of what it hangs on ("until the registrar arrived", "where a macro was
# edited"): never an aside.
_CONDITIONS = frozenset(["if", "when", "whenever", "until", "till", "unless", "before", "after", "once", "where", "while",
                         "during", "whereas"])


def _aside(run: list[str]) -> bool:
    """Whether a run of a sentence's words is an aside that may be cut out (newcomer run 19): one that opens on a relative
    word or a participle ("which everyone liked", "making it easier") and holds no condition, time or result; never a
    list's item ("a competitor quote,"), a role in apposition ("the finance director,"), a clause joined by "and"/"so"
    (a second person, a step or a result) or a condition ("until…", "where…")."""
    from core.coach.stronger_kinds import told_result

    words = [_norm(t) for t in run]
    words = [w for w in words if w]
    if not words:
        return True
    first = words[0]
    opens_aside = first in _ASIDE_OPENERS or (first.endswith("ing") and len(first) > 4 and first not in _CONDITIONS)
    return (opens_aside and not (set(words) & _CONDITIONS) and not told_result(" ".join(run))
            and not _CAME_OF_IT_RE.search(" ".join(words)))


# What came of a thing, told in an aside ("which paid for itself in the first quarter", "which saved a day a week"):
# a result, never cut as a comment (newcomer, session 23).
_CAME_OF_IT_RE = re.compile(r"\b(?:paid (?:for )?(?:itself|themselves|off)|paid back|saved|saving|halved|doubled|"
                            r"(?:in|within|after) (?:the |a |its )?(?:first|second|third|next|same|one|two|three|\d+) "
                            r"(?:days?|weeks?|months?|quarters?|years?))\b")


def _step_link(taken: list[str], put: list[str], before: list[str]) -> bool:
    """Whether the coach's words ``put`` in place of ``taken`` (a sentence's words) only link two steps it split at a
    semicolon or full stop (``before``: the told words up to there): "…together; then I moved…" for "…together and I
    moved…" (session 15), never a word after a comma or colon ("for nothing, then at Payflo": newcomer run 19), nor "so",
    "but" or "yet" swapped."""
    return (bool(put) and all(w in _LINKS for w in put) and all(_norm(t) in _LINKS - _MEANING_LINKS for t in taken)
            and bool(before) and before[-1].endswith((";", ".")))


def sentence_kept(source: str, told: str) -> bool:
    """Whether ``told`` holds ``source`` whole (its words in order, lower case, punctuation off)."""
    src = " ".join(_norm(t) for t in _tokens(source))
    return bool(src) and src in " ".join(_norm(t) for t in _tokens(_BRACKET_RE.sub(" ", told)))


def whole_or_clean(sentences: list[str], short: str, build: Callable[[list[str]], str]) -> str:
    """A part's text ``short`` when it keeps each of the candidate's ``sentences`` whole or cut cleanly (:func:`cut_cleanly`);
    else the part rebuilt sentence by sentence: each as ``build`` gives it alone (reworded and shortened) when that is clean,
    else whole, as the candidate said it (without filler words:
    :func:`core.coach.stronger_parts.tidy`), and the part's closing gaps ("[Why you chose this way over another.]") after them.
    Shape: one string, the part's text, bracketed gaps included."""
    from core.coach.stronger_parts import (
        tidy,  # filler ("a similar problem with", "just") is no word of the story
    )

    sentences = [tidy(s) for s in sentences]
    if (plain := _given_as_said(sentences, short)) is not None:
        return plain
    # a sentence the part was given and left out whole is lost, not cut: rebuilt (the re-check, session 19: "In ED at
    # Bradford a 58-year-old man came in…" gone, and the Situation's gap beside what was left)
    if all(cut_cleanly(s, short) and not _left_out(s, short) for s in sentences):
        return short
    closing = list(dict.fromkeys(g for g in _BRACKET_RE.findall(short) if g[1:2].isupper()))
    pieces = []
    for sentence in sentences:
        one = build([sentence])
        one = re.sub(r"\s{2,}", " ", " ".join(p for p in _CLOSING_SPLIT_RE.split(one) if not _CLOSING_RE.fullmatch(p))).strip()
        clean = one.strip(" .") and cut_cleanly(sentence, one) and not _dropped(sentence, one) and not _edited_inside(sentence, one)
        pieces.append(one if clean else sentence)
    return " ".join([*pieces, *closing])


# The coach's words opening a sentence it gives back whole ("Then I just told them…", "Also, the rota…").
_LEAD_RE = re.compile(r"^(?:Then,?|Also,|As a result,|At the time,|After that,|Finally,?|Next,?)\s+")


def _given_as_said(sentences: list[str], short: str) -> str | None:
    """The part as the candidate said it (``sentences`` joined, then ``short``'s closing gaps) when ``short`` gives back each
    sentence whole and only adds the coach's word before one ("Then I just told them when we had holidays booked": the
    order it claims was never said; re-check, session 21); None when it cuts or rewords any."""
    closing = _CLOSING_RE.findall(short)
    told = [t for t in re.split(r"(?<=[.!?…])\s+", _CLOSING_RE.sub(" ", short).strip()) if t]
    if len(told) != len(sentences) or not told:
        return None
    from core.coach.stronger_joins import _capital  # a name written in lower case ("pandas was…") stays so

    pieces = []
    for source, said in zip(sentences, told, strict=True):
        words = [w for w in map(_norm, _tokens(source)) if w not in _FILLER]
        bare = _LEAD_RE.sub("", said, count=1)
        if [w for w in map(_norm, _tokens(said)) if w not in _FILLER] == words:
            pieces.append(said)
        elif bare != said and [w for w in map(_norm, _tokens(bare)) if w not in _FILLER] == words:
            pieces.append(_capital(bare))
        else:
            return None
    return " ".join([*pieces, *closing]) if pieces != told else None


def _edited_inside(source: str, told: str) -> bool:
    """Whether ``told`` puts words of the coach's inside ``source`` (past its first word): only a connective before a
    sentence kept whole is the coach's."""
    src = [_norm(t) for t in _tokens(source)]
    out = [_norm(t) for t in _tokens(_BRACKET_RE.sub(" ", told))]
    return any(tag in {"insert", "replace"} and i1 > 0 and i1 < len(src)
               for tag, i1, _i2, _j1, _j2 in SequenceMatcher(None, src, out, autojunk=False).get_opcodes())


_CLOSING_RE = re.compile(r"\[[A-Z][^\]]*\]")
_CLOSING_SPLIT_RE = re.compile(r"(\[[A-Z][^\]]*\])")


def _left_out(source: str, told: str) -> bool:
    """Whether ``told`` keeps fewer than two of ``source``'s words in a row (what :func:`cut_cleanly` takes for the sentence
    left out: "His wife arrived after." shares only "after" with "In ED … came in after a cardiac arrest…")."""
    src = [_norm(t) for t in _tokens(source)]
    out = [_norm(t) for t in _tokens(_BRACKET_RE.sub(" ", told))]
    blocks = SequenceMatcher(None, src, out, autojunk=False).get_matching_blocks()
    return bool(src) and sum(b.size for b in blocks if b.size >= 2) < 2


def _dropped(source: str, told: str) -> bool:
    """Whether ``told`` keeps none of ``source`` (the sentence left out), which a part rebuilt for it never does."""
    words = {_norm(t) for t in _tokens(source)} - {"i", "we", "the", "a", "an", "and", "to", "of", "in"}
    return not words & {_norm(t) for t in _tokens(_BRACKET_RE.sub(" ", told))}


def longest_cut_run(text: str, answer: str) -> int:
    """The longest run of ``answer``'s words in ``text`` (:func:`core.coach.stronger_openings.longest_run`) outside what
    is given back whole: a sentence of ``text`` (after a connective of the coach's) that is a sentence or a whole clause of
    the answer (bounded in it by punctuation or a linking word), which :func:`whole_or_clean` keeps rather than cut. What the short-phrase
    limit (:data:`core.coach.stronger_phrases.SHORT_PHRASE`) still holds for every cut sentence. Shape: a count of words."""
    from core.coach.stronger_openings import longest_run

    src = [t for t in _tokens(answer or "") if _norm(t) not in _FILLER]  # a sentence kept whole loses its filler (tidy)
    said = [_norm(t) for t in src]
    starts = {i for i in range(len(src)) if i == 0 or src[i - 1].endswith(_BOUNDARY_END) or said[i - 1] in _CLAUSE_OPENERS}
    # a clause ends at punctuation, or before "and I" / "and we" opening the next ("…I was a sergeant and I learned…")
    ends = {i for i in range(len(src)) if src[i].rstrip("'’\"”").endswith(_BOUNDARY_END) or i == len(src) - 1
            or (said[i + 1:i + 3] in (["and", "i"], ["and", "we"]))}
    masked = []
    for piece in re.split(r"(\[[^\]]*\]|(?<=[.!?…])\s+|(?<=[.!?…]['’\"”])\s+)", text or ""):  # "…before.' Then…"
        words = [w for w in (_norm(t) for t in _HEADING_RE.sub("", piece or "").split()) if w and w not in _FILLER]
        whole = False
        for lead in range(4):  # after the coach's connective, if any ("As a result, …")
            rest = words[lead:]
            if lead > len(words) or (lead and words[lead - 1] not in _COACH_LEADS):
                break
            n = len(rest)
            whole = whole or (n > 3 and any(said[i:i + n] == rest and i + n - 1 in ends for i in starts))
        masked.append(" [whole] " if whole else piece)
    return longest_run(" ".join(masked), answer)


_FILLER = frozenset(["just", "really", "basically", "actually", "honestly"])  # what tidy drops from a sentence kept whole
_HEADING_RE = re.compile(r"^\s*(?:[A-Z][a-z-]*(?: [a-z-]+){0,3}):\s+")  # "Situation: ", "Why this role: "
# The coach's words before a sentence kept whole ("Then", "Also,", "As a result,").
_COACH_LEADS = frozenset(["then", "also", "as", "a", "result", "at", "the", "time", "after", "that", "finally"])
