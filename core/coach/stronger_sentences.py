"""The candidate's sentences as a stronger answer takes them (:mod:`core.coach.stronger`): without labels,
filler words, openers ("Sure,", "Okay, thanks"), bare acknowledgements, talk about the answer ("as I said before",
"I think that's all": :mod:`core.coach.answer_talk`) and markup, each starting with a capital unless its first word is a
name written in lower case on purpose, and a very long one cut where a clause of its own begins (never inside a list)."""

from __future__ import annotations

import re

from core.analysis import cues
from core.analysis.language import zipf
from core.analysis.text import sentences
from core.coach.answer_talk import without_talk
from core.coach.casing import lexicon_case
from core.coach.phrasing import unclosed
from core.coach.stronger_tense import PAST_IRREGULAR
from core.words import filler_regex

_OPENER_RE = re.compile(
    r"^(?:(?:sure|okay|ok|right|well|so|yes|yeah|great question|good question|thanks|thank you)[,.!]?\s+)+", re.IGNORECASE
)
# A list marker or dash opening a sentence, alone or left by an opener taken off ("Yes - last quarter…", "• I rang…").
_MARKER_RE = re.compile(r"^\s*(?:[-–—•*·▪]\s+)+")
# Two words that tell what happened ("They agreed.", "It worked.", "She accepted."): a sentence of the story (run 19).
_SHORT_OUTCOME_RE = re.compile(r"(?:they|we|he|she|it|everyone|both)\s+(?!(?:think|guess|know|mean|see|hope)\b)[a-z]+(?:ed|d)[.!]?$",
                               re.IGNORECASE)
_ACK_RE = re.compile(r"^(?:thanks?(?: you)?|great question|good question|sure|okay|ok)[.!]?$", re.IGNORECASE)


def _tidy(sentence: str) -> str:
    """What removing filler words leaves behind tidied: no comma left alone or doubled, no space
    before punctuation, no leading or trailing comma ("Like, , I , , did it, ." -> "I did it.").
    Commas the candidate wrote ("we, as a team, shipped") stay."""
    sentence = re.sub(r"\b(I|we)(?:\s+,)+\s*", r"\1 ", sentence)  # "I , , just did": fillers were there
    sentence = re.sub(r"\b(I|we),\s*like,\s*", r"\1 ", sentence, flags=re.IGNORECASE)
    sentence = re.sub(r",\s*like,", ",", sentence, flags=re.IGNORECASE)  # ", like," as a filler
    sentence = re.sub(r"(?:\s*,)+", ",", sentence)  # ", ," -> ","
    sentence = re.sub(r"\s+([,.;:!?])", r"\1", sentence)
    sentence = re.sub(r",([.;:!?])", r"\1", sentence)
    sentence = re.sub(r"^(?:like|so|well|and),\s*", "", sentence.strip(" ,;"), flags=re.IGNORECASE)
    return re.sub(r"\s{2,}", " ", sentence).strip(" ,;")


# Markup or a formula in a sentence: a spreadsheet formula, a table row, a Markdown heading, bold or link,
# an HTML tag or a template placeholder. Such a sentence is text pasted from a tool, not something said.
_MARKUP_RE = re.compile(
    r"(?:^|\s)=[A-Z][A-Z0-9.]*\(|\|[^|\n]*\|[^|\n]*\||^\s*#{1,6}\s|\*\*|__\w|</?[a-zA-Z][^>]*>|"
    r"\[[^\]]*\]\([^)]*\)|\{\{|\}\}"
)
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")


def _is_markup(sentence: str) -> bool:
    """True for a sentence with a formula, table row, heading, bold, link or tag in it."""
    return bool(_MARKUP_RE.search(sentence))


def _capitalised(sentence: str, keep: frozenset[str]) -> str:
    """The sentence with a capital first letter, unless its first word is in ``keep`` (a tool named in
    lower case, "pandas"), is a tool of the skills lexicon ("python"), is no English word wordfreq knows
    ("kubectl"), has a capital inside ("iOS", "eBay") or a digit, "_" or "." ("p95", "node.js")."""
    first = re.match(r"[^\s,.;:!?]+", sentence)
    word = first.group(0) if first else ""
    if (not word[:1].islower() or word.lower() in keep or any(c.isupper() for c in word[1:])
            or re.search(r"[\d_]|\.\w", word)  # "p95", "snake_case", "node.js": names as written
            or word.lower() in lexicon_case()[0] or zipf(word.lower(), "en") == 0):  # "python"; "kubectl"
        return sentence
    return sentence[:1].upper() + sentence[1:]


def clean_sentences(text: str, keep: frozenset[str] = frozenset()) -> list[str]:
    """The answer's sentences without labels, filler words, openers, bare acknowledgements, markup and talk about the
    answer (:func:`core.coach.answer_talk.without_talk`: "I think that's all", "as I said before"),
    each starting with a capital (see :func:`_capitalised`) and cut at 32 words or after its last figure."""
    text = cues.LABEL_RE.sub(" ", text)
    fillers = filler_regex(text)  # the answer's language's list: German "um 18 Prozent" is kept
    out = []
    for s in quoted_whole(sentences(text)):
        s = _tidy(fillers.sub("", s)) if fillers else s
        s = _MARKER_RE.sub("", _OPENER_RE.sub("", s))  # "Yes - last quarter…": never "- last quarter…" (run 19)
        # talk about the answer, no part of it: "As I said before, it is on my CV.", "Good question, in 2022…" (s26)
        s = without_talk(s)
        # a short sentence says nothing on its own ("Sure.", "Okay then."), unless it holds a figure ("Saved 40%.")
        if ((len(s.split()) < 3 and not _NUMBER_RE.search(s) and not _SHORT_OUTCOME_RE.match(s)) or _ACK_RE.match(s) or _is_markup(s)
                or any(_non_answer(p.match(s), s) for p in cues.NON_ANSWER.values())):
            continue
        for piece in _whole_clauses(s):  # a long sentence in clauses, every one kept (session 23: its last was dropped)
            said = _capitalised(piece, keep)
            # "…check it's working.'": a quotation closed after its full stop ends the sentence as it is
            out.append(said if said.rstrip("'\"’”)").endswith(("…", ".", "!", "?")) else said + ".")
    return out


def _non_answer(found: re.Match[str] | None, sentence: str) -> bool:
    """Whether a match of :data:`cues.NON_ANSWER` at ``sentence``'s start makes it a non-answer: a pass said in one word
    ("Pass.", "Nothing really.") only with at most two words after it; "Pass rates went from 81% to 97%" and "Nothing was
    lost" are sentences of the story (session 22: the first was left out of an introduction)."""
    if found is None:
        return False
    return " " in found.group(1).strip() or len(sentence[found.end():].split()) <= 2


LONG_SENTENCE = 50  # words: a longer sentence is cut at a clause boundary, never mid-phrase
# What follows a comma where a clause of its own begins: a subject then its verb ("and the losses stopped", "we closed…",
# "which cut…"); never a list's next item ("the estates team, and the three unit managers who…": session 26, the list was
# cut into "…the estates team." and "The three unit managers who…", a sentence nobody said).
_CLAUSE_START_RE = re.compile(r"(?:(?:and|so|but|then|yet|while|because|after|before|until|when|although)\s+)?(?:which\b|"
                              r"(?:I|we|he|she|they|it|this|that|there|everyone|nobody|nothing)\b|(?:the|our|my|their|his|"
                              r"her|its|all|every|each|both|most|some|none of the)\s+(?:[\w'’-]+\s+){0,3}?(?:was|were|is|are|"
                              r"had|has|have|\w+ed|fell|rose|grew|came|began|left|" + PAST_IRREGULAR + r")\b)", re.IGNORECASE)


# A clause that waits for its main clause ("Otherwise", "Because the snapshot is as-of T"): no sentence's end.
_WAITING_RE = re.compile(r"(?:because|if|when|although|though|since|as|while|unless|otherwise|until|once|whereas|however|"
                         r"so that|in case)\b", re.IGNORECASE)


def _ends_main_clause(before: str) -> bool:
    """Whether the text ``before`` a cut ends on a clause that may end a sentence: its last piece (after the last stop,
    comma or colon) three words or more and no clause waiting for its main one ("…≤ T. Otherwise" was given as a sentence,
    and "Because the snapshot is as-of T.": session 26)."""
    last = re.split(r"[.,;:!?]\s", before)[-1].strip()
    return len(last.split()) >= 3 and not _WAITING_RE.match(last)


def _whole_clauses(sentence: str) -> list[str]:
    """The sentence whole up to :data:`LONG_SENTENCE` words; a longer one cut at its last clause boundary ("," or ";")
    within that length and after its last figure, so a stronger answer never ends a sentence mid-phrase ("coached the
    six worst pickers one…"), and the rest its own sentence (an "and" opening it dropped), cut the same way: no clause
    is left out (session 23: "…, and my TA worked with a mixed group rather than just with her." was). One with no such
    boundary stays whole. Shape: the pieces, in order, every word of ``sentence`` but such an "and"."""
    found = list(re.finditer(r"\S+", sentence))
    if len(found) <= LONG_SENTENCE:
        return [sentence]
    figures = [m.end() for m in _NUMBER_RE.finditer(sentence)]
    start = max(figures[-1] if figures else 0, found[8].end())
    stops = [m.start() for m in re.finditer(r"[,;]\s", sentence[: found[LONG_SENTENCE - 1].end()]) if m.start() >= start
             and unclosed(sentence[: m.start()]) < 0 and _CLAUSE_START_RE.match(sentence[m.start() + 1:].strip())
             and _ends_main_clause(sentence[: m.start()])]
    if not stops:
        return [sentence]
    rest = re.sub(r"^and\s+", "", sentence[stops[-1] + 1:].strip(), flags=re.IGNORECASE)
    return [sentence[: stops[-1]].rstrip() + ".", *(_whole_clauses(rest) if len(rest.split()) >= 3 else [])]


# A quotation mark opening a quote (after a space, a colon or a bracket, before a word) or closing one (after a word or its
# stop, before a space or a stop); an apostrophe inside a word ("I'm", "it's") is neither.
_QUOTE_OPEN_RE = re.compile(r"(?:^|(?<=[\s:(—–-]))['‘\"“](?=\w)")
_QUOTE_CLOSE_RE = re.compile(r"(?<=[\w.!?,…])['’\"”](?=\s|$|[.,;:!?)])")
# Where a sentence begins after a quote closed on its stop ("…the day before.' Then I'd note…").
_AFTER_QUOTE_RE = re.compile(r"(?<=[.!?…]['’\"”])\s+(?=[A-Z])")


def _open_quotes(text: str) -> int:
    return len(_QUOTE_OPEN_RE.findall(text)) - len(_QUOTE_CLOSE_RE.findall(text))


def quoted_whole(said: list[str]) -> list[str]:
    """``said`` (an answer's sentences, in order) with a quotation of several sentences kept as one ("I'd say: 'Mr Patel,
    I'm sorry… That is our mistake. I've kept the slot for you.'": newcomer, session 22, a reply to a customer was split
    across two headings), and a sentence told after the quote closed on its stop its own ("…the day before.' Then I'd
    note…"). Shape: a list of strings, every word of ``said`` in order."""
    out: list[str] = []
    held = ""
    for sentence in said:
        held = f"{held} {sentence}".strip() if held else sentence
        if _open_quotes(held) > 0:
            continue  # the quote is still open: the next sentence is part of it
        out.extend(p for p in (_AFTER_QUOTE_RE.split(held) if _QUOTE_OPEN_RE.search(held) else [held]) if p.strip())
        held = ""
    if held:
        out.append(held)
    return out
