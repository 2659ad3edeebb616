"""A sentence's opening, which a stronger answer keeps with what it opens or leaves out with it (session 17: "As a charge
nurse, we had…" came back as "As a charge nurse, and we had…", and "I showed the board that the rota saved 240 hours"
as "The rota saved 240 hours."): :func:`with_opening` joins a lead-in phrase (a role, a place, a time: no subject and no
verb of its own) to the clause it opens, so :func:`core.coach.stronger_limits.in_short_phrases` cuts the two as one, at
their end only; a linking word alone ("As a result", "First") is the coach's to drop. Also the runs of the answer's words
a stronger answer is checked for (:func:`longest_run`, split from :mod:`core.coach.stronger_limits`, which re-exports
them)."""

from __future__ import annotations

import re
from collections.abc import Callable

from core.coach.stronger_phrases import (
    _OPENERS,
    _PRONOUNS,
    _SCENE_OPENERS,
    _VERB_RE,
    SHORT_PHRASE,
    _clean_end,
    _scene_end,
)

_BRACKET_RE = re.compile(r"(\[[^\]]*\])")

# A clause that only links its sentence to the one before ("As a result", "First", "In the end"): no opening of substance.
LINK_ONLY_RE = re.compile(r"(?:as a result|in the end|in short|overall|also|then|first(?:ly)?|second(?:ly)?|third(?:ly)?|"
                          r"finally|next|however|instead|so|and|but|after that|for example|for instance|in addition|on top of "
                          r"that|in fact|luckily|fortunately|unfortunately|lastly|step \d+|\d+)", re.IGNORECASE)
_LEAD_WORDS = _OPENERS | _SCENE_OPENERS | {"as", "today", "now", "recently", "initially", "eventually", "later", "afterwards",
                                           "meanwhile", "previously", "currently", "nowadays", "yesterday", "looking"}
# A short opening phrase before the clause it introduces ("For example, in a replicated database, …").
_INTRO_RE = re.compile(r"^(?:for example|for instance|instead of|in|at|on|during|after|before|by|within|across|over|"
                       r"under)\b(?:\s+\S+){0,6}$", re.IGNORECASE)
# A time in the candidate's own past that opens a sentence ("When I joined the branch", "After we moved sites").
_OWN_WHEN_RE = re.compile(r"^(?:when|once|after|as soon as)\s+(?:I|we)\s+(?:\w+ed|took|got|became|began|joined|left|came|went)\b",
                          re.IGNORECASE)


def lead_in(clause: str) -> bool:
    """Whether ``clause`` is a phrase that opens a sentence without saying anything alone: it opens on a preposition or a
    word of time or role ("As a ward sister", "At a bakery supplier with three sites", "In my last role as a band 6
    nurse…", "Last spring"; with a name's apposition after it: "For our launch at Leafy, a plant start-up"), with no
    subject pronoun and no verb."""
    words = [t.lower().strip(",.;:\"'()") for t in clause.split()]
    if not words or LINK_ONLY_RE.fullmatch(clause.strip(" ,;:.")):
        return False
    return words[0] in _LEAD_WORDS and not any(w in _PRONOUNS or _finite(w, words[i - 1] if i else "")
                                               for i, w in enumerate(words))


# Verbs a clause of its own has that _VERB_RE leaves to context ("the analysts had fresh dashboards").
_FINITE = frozenset(["had", "has", "have", "did", "does", "do", "got", "gets", "makes", "can", "could", "would", "will",
                     "should", "may", "might", "must", "needs", "needed", "wants", "became", "becomes"])


def _finite(word: str, before: str) -> bool:
    """Whether ``word`` is a verb of a clause: an "-ing" word is not (it leads a phrase), nor an "-ed" word after an
    article ("a qualified nurse", "the affected ward": an adjective)."""
    if word in _FINITE:
        return True
    if not _VERB_RE.match(word) or word.endswith("ing"):
        return False
    return not (word.endswith("ed") and before in {"a", "an", "the", "my", "our", "their", "his", "her", "very", "fully"})


def with_opening(clauses: list[str]) -> tuple[str, list[str]]:
    """A sentence's ``clauses`` split into its opening lead-in phrases (:func:`lead_in`, joined by their commas) and the
    rest, a first clause that only links (:data:`LINK_ONLY_RE`) left out: ["As a ward sister", "we had a rise in falls"]
    -> ("As a ward sister", ["we had a rise in falls"]); ("", clauses) when it opens on a clause."""
    out = list(clauses)
    while len(out) > 1 and LINK_ONLY_RE.fullmatch(out[0].strip(" ,;:.")):
        out = out[1:]
    lead: list[str] = []
    while len(out) > 1 and (lead_in(", ".join([*lead, out[0]])) or (not lead and _opening_only(out[0], out[1]))):
        lead.append(out.pop(0))
    return ", ".join(lead), out


def _opening_only(clause: str, after: str) -> bool:
    """Whether a sentence's first ``clause`` only opens the one ``after`` it: a short one with no step in it ("It was
    March"), an opening phrase ("For example", "In a replicated database") or a time in one's own past before another's
    clause ("When I joined the branch, [renewals were left…]"), which a cut left out (session 17)."""
    from core.coach.stronger_kinds import _OPENS_ACTING_RE

    return ((len(clause.split()) <= 3 and not _OPENS_ACTING_RE.match(clause)) or bool(_INTRO_RE.match(clause))
            or bool(_OWN_WHEN_RE.match(clause) and not re.match(r"(?:I|we)\b", after)))


def opening_clip(lead: str, whole: str, clip: Callable[[str], str], fits: Callable[[str], bool]) -> str:
    """A sentence's opening clause ``whole`` after its ``lead`` (lead-in phrases, :func:`with_opening`; "" for none) that
    ``fits`` (no run of the answer over :data:`SHORT_PHRASE` words): the lead and the clause whole, else the lead (whole,
    or cut at the end of one of its phrases: "By framing the price [against their cost…]") and the clause as ``clip``
    cuts it at its end, else the two cut as one, else "" (the sentence goes): never the clause without its lead, the lead
    alone, nor the coach's word between them ("As a ward sister, and we had…": session 17). A clause over the limit that
    opens on a scene with no comma ("Over two years at Hallam Council I built…") is its lead and the rest."""
    tokens = whole.split()
    if not lead:
        scene = _scene_end(tokens) if len(tokens) > SHORT_PHRASE else None
        return opening_clip(" ".join(tokens[:scene]), " ".join(tokens[scene:]), clip, fits) if scene else clip(whole)
    both = f"{lead}, {whole}"
    if len(both.split()) <= SHORT_PHRASE:
        return both
    if main := clip(whole):
        words = lead.split()
        heads = [words] + [words[:k] for k in dict.fromkeys(_clean_end(words, n) for n in range(len(words) - 1, 1, -1))
                           if k and k > 1]
        for head in heads:
            if fits(told := f"{' '.join(head).rstrip(',')}, {main}"):
                return told
    cut = clip(both)
    return cut if len(cut.split()) > len(lead.split()) else ""


def _norm(word: str) -> str:
    return word.lower().strip(".,;:!?\"'()[]“”‘’")


def grams(words: list[str], size: int) -> set[tuple[str, ...]]:
    """Every run of ``size`` words in a row of ``words``."""
    return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


def answer_words(answer: str) -> list[str]:
    """The answer's words as compared with a stronger answer's (lower case, punctuation off)."""
    return [w for w in (_norm(t) for t in (answer or "").split()) if w]


def longest_run(text: str, answer: str) -> int:
    """The longest run of consecutive words of ``answer`` found in ``text`` outside its bracketed gaps (words
    compared in lower case, punctuation off): what :func:`core.coach.stronger_limits.in_short_phrases` keeps at
    :data:`SHORT_PHRASE` (12)."""
    said = answer_words(answer)
    best = 0
    for segment in _BRACKET_RE.split(text or ""):
        if segment.startswith("["):
            continue
        words = [w for w in (_norm(t) for t in segment.split()) if w]
        prev = [0] * (len(said) + 1)
        for w in words:
            cur = [0] * (len(said) + 1)
            for j, s in enumerate(said, start=1):
                if w == s:
                    cur[j] = prev[j - 1] + 1
                    best = max(best, cur[j])
            prev = cur
    return best


__all__ = ["SHORT_PHRASE", "answer_words", "grams", "lead_in", "longest_run", "opening_clip", "with_opening"]
