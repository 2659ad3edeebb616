"""Two limits a stronger answer keeps (newcomer, session 12): it never gives the answer back verbatim beyond
a short phrase, and a sentence sits under a STAR heading only when it is of that kind.

* :func:`star_kinds` reads which STAR parts a sentence is by the STAR cues of :data:`core.analysis.cues.STAR_EN`
  (with the setting of a situation told without anyone acting, and a change "from 22 to 7" as a result);
  :func:`core.coach.stronger.stronger_answer` places a sentence under a heading only among those.
* :func:`in_short_phrases` rewrites a part's text so that no run of more than :data:`SHORT_PHRASE` words of the
  answer appears in it: each clause is cut at the end of a phrase (:func:`core.analysis.text.phrase_cut`)
  and clauses that followed each other in the answer are joined by a word of the coach's ("then", "and",
  "also"), never run on as the answer had them. Bracketed gaps are the coach's and are left as they are.
"""

from __future__ import annotations

import re

from core.analysis import cues
from core.analysis.text import _dangling

SHORT_PHRASE = 12  # the longest run of the answer's own words a stronger answer may hold

# The setting told without the candidate acting in it ("Our nightly run took 90 minutes"), where one works
# ("I work in a busy ED"), and a change stated as a result ("went from 22 to 7 minutes").
_SETTING_RE = re.compile(
    r"\b(?:was|were|had|took|kept|used to|wasn't|weren't|couldn't|didn't|would|often|every (?:day|night|morning|week))\b",
    re.IGNORECASE,
)
_WORKPLACE_RE = re.compile(r"\b(?:I|we) (?:work|worked) (?:in|at|on|for)\b", re.IGNORECASE)
_ACTOR_RE = re.compile(r"\b(?:I|we)\b(?!'m| am| was| were| had| have)", re.IGNORECASE)
_OWN_ACTION_RE = re.compile(r"\bI\s+(?:\w+ly\s+|then\s+|also\s+|first\s+)?(?!was\b|were\b|had\b|wanted\b|needed\b|liked\b|"
                            r"loved\b|hoped\b|seemed\b|used\b)\w{3,}ed\b")
_CHANGE_RE = re.compile(r"\b(?:went (?:from|up|down)|from \d[\d.,]*\s*\S* to \d|cut|reduced|fell|rose|dropped)\b",
                        re.IGNORECASE)


def star_kinds(sentence: str) -> set[str]:
    """The STAR parts (``"situation"``, ``"task"``, ``"action"``, ``"result"``) ``sentence`` is, by its cues."""
    kinds = {part for part, cue in cues.STAR_EN.items() if cue.search(sentence)}
    if _WORKPLACE_RE.search(sentence) or (_SETTING_RE.search(sentence) and not _ACTOR_RE.search(sentence)):
        kinds.add("situation")
    if _CHANGE_RE.search(sentence):
        kinds.add("result")
    if _OWN_ACTION_RE.search(sentence):  # "I cleaned the supplier data": a verb of the cue list's kind, in the past
        kinds.add("action")
    return kinds


_BRACKET_RE = re.compile(r"(\[[^\]]*\])")
_PAREN_RE = re.compile(r"\s*\([^()]*\)")
_WORD_RE = re.compile(r"[\w'’%$£€.,-]*\w[\w'’%]*|\d")
# Where a clause ends inside a sentence: a comma, semicolon, colon or dash, or before "and", "but", "so", "then".
_CLAUSE_RE = re.compile(r"\s*(?:[;:—–](?!\d)|(?<!\d),(?!\d)(?:\s+(?:and|but|so|then|which))?|\s(?:and then|but)\s|"
                        r"\sand\s(?=(?:I|we|they|he|she|it|the team|our team)\b))\s*")


def _norm(word: str) -> str:
    return word.lower().strip(".,;:!?\"'()[]“”‘’")


def _grams(words: list[str], size: int) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


def answer_words(answer: str) -> list[str]:
    """The answer's words as compared with a stronger answer's (lower case, punctuation off)."""
    return [w for w in (_norm(t) for t in (answer or "").split()) if w]


def longest_run(text: str, answer: str) -> int:
    """The longest run of consecutive words of ``answer`` found in ``text`` outside its bracketed gaps (words
    compared in lower case, punctuation off): what :func:`in_short_phrases` keeps at :data:`SHORT_PHRASE`."""
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


_CUT_BEFORE = frozenset(["and", "but", "because", "so", "which", "who", "while", "when", "where", "then", "after",
                         "before", "until", "since", "of", "in", "at", "on", "for", "with", "by", "from", "into", "to",
                         "across", "over", "during", "within", "without", "through", "using", "via"])
# A verb waiting for what follows it ("I wanted [to…]", "most of the rise came [from…]"): no phrase ends on it.
_VERB_RE = re.compile(r"^(?:\w{3,}ed|\w{3,}ing|came|went|took|made|found|got|gave|put|ran|led|set|kept|began|said|"
                      r"told|thought|knew|felt|saw|brought|turned|was|were|is|are|check|look|work|deal|follow|write|"
                      r"call|take|make|ask|talk|speak|listen|report|hand|pass|sign|go|come|get|keep|put|send|stay)$", re.I)


def _clean_end(tokens: list[str], limit: int) -> int | None:
    """How many of ``tokens`` to keep so that a clause longer than ``limit`` ends at a phrase of its own
    (before "because", "with", "across"…, not on "the", "two other" or a verb waiting for its object), or None."""
    for keep in range(min(limit, len(tokens) - 1), 2, -1):
        last = tokens[keep - 1].strip("\"'()")
        if tokens[keep].lower().strip("\"'(") in _CUT_BEFORE and not _dangling(last) and not _VERB_RE.match(last):
            return keep
    return None


def _clip_clause(clause: str) -> str:
    """The clause whole when it has at most :data:`SHORT_PHRASE` words; else its head up to the end of a
    phrase (:func:`_clean_end`), or the phrase holding its first figure when that lies past it ("turnover fell
    from 28% to 11%"); "" when neither can be cut cleanly: the clause is left out, never cut mid-phrase."""
    tokens = clause.split()
    if len(tokens) <= SHORT_PHRASE:
        return clause
    keep = _clean_end(tokens, SHORT_PHRASE)
    figure = next((i for i, t in enumerate(tokens) if re.search(r"\d", t)), None)
    if figure is None or (keep is not None and figure < keep):
        return " ".join(tokens[:keep]) if keep else ""
    for start in range(max(0, figure - SHORT_PHRASE + 2), figure + 1):  # a phrase that opens before the figure
        if start and tokens[start].lower() not in _CUT_BEFORE:
            continue
        rest = tokens[start:]
        end = len(rest) if len(rest) <= SHORT_PHRASE else _clean_end(rest, SHORT_PHRASE)
        if end and end > figure - start:
            return " ".join(rest[:end])
    return ""


def _runs_on(recent: list[str], clause: str, grams: set[tuple[str, ...]]) -> bool:
    words = recent[-SHORT_PHRASE:] + answer_words(clause)
    return any(g in grams for g in _grams(words, SHORT_PHRASE + 1))


def in_short_phrases(text: str, answer: str, *, joiner: str = "and") -> str:
    """``text`` (one part of a stronger answer) with no run of more than :data:`SHORT_PHRASE` of ``answer``'s
    words (see the module docstring); ``joiner``: the coach's word between two clauses ("then" for steps).
    Bracketed gaps stay as they are; each sentence keeps its closing mark."""
    grams = _grams(answer_words(answer), SHORT_PHRASE + 1)
    if not grams or not any(_grams(answer_words(seg), SHORT_PHRASE + 1) & grams
                            for seg in _BRACKET_RE.split(text or "") if not seg.startswith("[")):
        return text  # no run of the answer longer than a short phrase: as it is
    out: list[str] = []
    recent: list[str] = []  # the words just written, since the last bracketed gap
    for segment in _BRACKET_RE.split(text):
        if not segment.strip() or segment.startswith("["):
            out.append(segment.strip())
            recent = []
            continue
        for sentence in (s for s in re.split(r"(?<=[.!?…])\s+", segment.strip()) if s):
            end = sentence[-1] if sentence[-1] in ".!?…" else ""
            sentence = _PAREN_RE.sub("", sentence)  # an aside in brackets is left out, never cut inside
            sentence = sentence[:sentence.index("(")].rstrip(" ,;:") + end if "(" in sentence else sentence
            clauses = [c.strip(" ,;:") for c in _CLAUSE_RE.split(sentence.rstrip(".!?…")) if c and c.strip(" ,;:")]
            kept: list[str] = []
            for clause in clauses:
                clause = _clip_clause(clause)
                if not clause:
                    continue
                if _runs_on(recent, clause, grams) and kept and len(kept[-1].split()) <= 3:
                    dropped = kept.pop()  # an opening "As a result," or "In 2023," runs on: left out, not joined
                    recent = recent[:len(recent) - len(answer_words(dropped))]
                if _runs_on(recent, clause, grams):  # it followed the last one in the answer: the coach's word between
                    said = clause.split()[0].lower()
                    if said in {"then", "and", "so", "finally"}:  # the answer's own joining word: another one instead
                        clause = clause.split(" ", 1)[1] if " " in clause else clause
                    word = next((w for w in (joiner, "and", "next", "also", "plus")
                                 if w != said and not _runs_on([*recent, w], clause, grams)), "also")
                    if kept:
                        clause = f"{word} {clause}"
                    else:  # a new sentence that ran on from the last one: "Also, …" / "Then I …"
                        word = "Then" if word == "then" else "Also,"
                        clause = f"{word} {clause if clause.startswith(('I ', 'I’')) else clause[:1].lower() + clause[1:]}"
                kept.append(clause)
                recent = (recent + answer_words(clause))[-SHORT_PHRASE:]
            if kept:
                out.append(", ".join(kept) + end)
    return re.sub(r"\s{2,}", " ", " ".join(p for p in out if p)).strip()
