"""Small wording helpers the coach's sentences share: a comparison key, clipping and quoting."""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.analysis.text import first_words, phrase_cut, plain_emphasis
from core.coach.greetings import GREETING_START_RE


def norm_key(text: str) -> str:
    """Lower case, punctuation runs to one space: the key two questions are compared by."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def lower_first(text: str) -> str:
    """The text with its first letter lower-cased, so it can follow a lead-in ("I " stays)."""
    return text[:1].lower() + text[1:] if text[:2] != "I " else text


_PAIRS = {")": "(", "]": "[", "}": "{", "”": "“"}
_OPENERS = frozenset("([{“")
_TRAILING = frozenset(" \t\n,;:([{“\"‘'–—-")  # nothing a cut may end on (a straight quote only as an opening one)
_MAX_EXTRA_WORDS = 8  # how far a cut may move on to close a bracket or quote left open


def unclosed(text: str) -> int:
    """The position of the first bracket or double quote ``text`` opens and does not close; -1 when
    everything opened is closed. Straight double quotes pair in turn; apostrophes are not quotes."""
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch in _OPENERS:
            stack.append((ch, i))
        elif ch in _PAIRS and stack and stack[-1][0] == _PAIRS[ch]:
            stack.pop()
        elif ch == '"':
            if stack and stack[-1][0] == '"':
                stack.pop()
            else:
                stack.append((ch, i))
    return stack[0][1] if stack else -1


def clip(text: str, max_words: int) -> str:
    """About the first ``max_words`` words as typed (a verbatim slice), with "…" when anything was cut. The
    cut falls at a word and at the end of a phrase (:func:`core.analysis.text.phrase_cut`: up to four words
    on, or back to at least half, never after "the", "with" or "two other": "managed the onboarding of 40
    new staff…", never "managed the…"), with every bracket and quote it opened closed: it moves on (up to
    eight words) to the closing mark, else back to before the unclosed opening; it never ends on an
    opening mark or on "," ";" ":" or a dash ("the rollback (with…" reads "the rollback…"). A cut after a whole
    sentence ends "…it failed…" (its full stop left out) or, after "?" or "!", on that mark alone: never ".…"."""
    found = list(re.finditer(r"\S+", text or ""))
    keep = phrase_cut([m.group(0) for m in found], max_words, min_keep=max(1, (max_words + 1) // 2))
    if keep >= len(found):
        return first_words(text, len(found))
    start = found[0].start()
    end = found[keep - 1].end()
    if unclosed(text[start:end]) >= 0:
        closing = next((w.end() for w in found[max_words:max_words + _MAX_EXTRA_WORDS]
                        if unclosed(text[start:w.end()]) < 0), None)
        end = closing if closing is not None else start + unclosed(text[start:end])
    kept = _trim_end(text[start:end])
    if not re.search(r"\w", kept):  # the text opens with what never closes: as few words as have a letter
        end = next((w.end() for w in found[max_words - 1:] if re.search(r"\w", _trim_end(text[start:w.end()]))),
                   found[-1].end())
        kept = _trim_end(text[start:end]) or first_words(text, max_words)
    if end >= found[-1].end() and kept == text[start:found[-1].end()]:
        return kept
    # a cut after a whole sentence: the ellipsis replaces its full stop ("…look fine…", never "…look fine.…"); a
    # question or exclamation mark stays and needs none ("What did you cut?")
    kept = re.sub(r"\.(?=[”\"')\]]*$)", "", kept)
    return kept if re.search(r"[?!][”\"')\]]*$", kept) else kept + "…"


def clip_chars(text: str, max_chars: int) -> str:
    """``text`` cut like :func:`clip` (at a word and a phrase's end, with "…") to at most ``max_chars``
    characters: a heading's short form ("Q3 · 7/10 · Your CV says: "Managed the onboarding…"), never a word cut
    in two ("…managed the onboard"). One first word longer than that is cut at the limit, with "…"."""
    text = (text or "").strip()
    if len(text) <= max_chars:
        return text
    for count in range(max(1, len(text.split())), 0, -1):
        cut = clip(text, count)
        if len(cut) <= max_chars:
            return cut
    return text[: max_chars - 1].rstrip() + "…"


def question_heading(question: str, max_chars: int = 80) -> str:
    """A question's short form for a heading (:func:`clip_chars`), without the greeting sentences it opens
    with (:mod:`core.coach.greetings`: "Hi, and thanks for taking the time today. Let's begin with your time at
    Acme…" -> "Let's begin with your time at Acme…"); a question that is only a greeting is kept as it is."""
    text = (question or "").strip()
    while (found := GREETING_START_RE.match(text)) and text[found.end():].strip():
        text = text[found.end():].strip()
    return clip_chars(text, max_chars)


def _trim_end(text: str) -> str:
    """``text`` without the spaces, commas, colons, dashes and opening marks it ends on."""
    while text and text[-1] in _TRAILING and not (text[-1] == '"' and unclosed(text) != len(text) - 1):
        text = text[:-1]
    return text


def quote(text: str) -> str:
    """The text in double quotes, surrounding whitespace and Markdown emphasis removed (re-check rc28, m3: a coverage
    row quoted "Trained two new receptionists on **HIPAA** privacy rules"); a text that opens a bracket or quote it
    does not close stops before it (session 22: "ACCA part-qualified accountant (11" reads "ACCA part-qualified
    accountant")."""
    text = plain_emphasis(text).strip()
    if (at := unclosed(text)) > 0 and re.search(r"\w", kept := _trim_end(text[:at])):
        text = kept.rstrip("…") + ("…" if text.endswith("…") else "")
    return f'"{text}"'


def curly_quotes(text: str) -> str:
    """``text`` with each pair of straight double quotes turned into curly ones (“…”), apostrophes left as they are:
    the interview's one style of quotation marks (session 22: a header line quoted “…” and a credential's CV words
    quoted "…" in the same interview)."""
    return single_stop(re.sub(r'"([^"\n]*)"', "\u201c\\1\u201d", text or ""))


def single_stop(text: str) -> str:
    """``text`` without a full stop right after a closing quotation mark when the quoted text already ends its sentence
    ("“… (CoCo).”." -> "“… (CoCo).”": session 26 re-check, N10)."""
    return re.sub(r"([.!?…])([\u201d\"'’])\.", r"\1\2", text or "")


def quote_list(texts: Iterable[str], limit: int = 2) -> str:
    """Up to ``limit`` of ``texts`` quoted and joined by commas, each said once: a text the same as, or
    part of, another is given only in its longer form (evidence read ``"At Northwind I owned the
    payments API", "At Northwind I owned the payments API"``)."""
    kept: list[str] = []
    for text in texts:
        key = norm_key(text)
        if not key or any(key in norm_key(k) for k in kept):
            continue
        kept = [k for k in kept if norm_key(k) not in key] + [text]
    return ", ".join(quote(k) for k in kept[:limit])


def one_per_gap(gaps: Iterable[str]) -> list[str]:
    """``gaps`` (the "What was missing" lines) with each said once, in order: of two lines with the same lead
    ("An answer about what the question is about: attribution, trouble, situation" and "…: attribution") the fuller
    is kept, where the first stood; the words of one the other holds all of ("formative, assessment" and "formative
    assessment") read as the named phrase, without the list's commas (recheck, session 15)."""
    kept: list[str] = []
    for gap in gaps:
        lead, sep, tail = gap.partition(": ")
        same = next((i for i, k in enumerate(kept) if sep and k.partition(": ")[0] == lead), None)
        if same is None:
            if gap not in kept:
                kept.append(gap)
            continue
        mine, theirs = set(norm_key(tail).split()), set(norm_key(kept[same].partition(": ")[2]).split())
        if theirs < mine or (theirs == mine and kept[same].count(",") > gap.count(",")):
            kept[same] = gap
        elif not mine <= theirs:
            kept.append(gap)
    return kept
