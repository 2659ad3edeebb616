"""Two counts of the stronger answers over the dev answers of :func:`bench.bench_stronger.run` (re-checks, session 20:
"Before: Most recently we redesigned appointment booking", "Before: I do the file opening…"; the sales story's "so I kept
the deal out of my commit forecast and asked him to bring the finance director…" left out). Read by plain text rules of
their own (no function of the stronger answer's), so the counts stay a check on it:

- current work under "Before:" (:func:`current_as_before`): a sentence under "Before:" told in the present ("I do", "I
  also run", "I own"), or saying "most recently" or "currently", or telling an act of "I" in the past with no word of time
  that places it earlier (no year, "last", "ago", "before", "previously", "when", "first", "then", "as a…");
- an act of "I" dropped (:func:`act_dropped`): a clause of the answer opening on "I" and a verb in the past ("so I held
  the order and asked…") whose verb and the (up to) two words after it in its clause are nowhere in the stronger answer, when the stronger
  answer gives back any of the answer's sentences (an outline of gaps drops everything on purpose).
"""

from __future__ import annotations

import re

# words a cleaned or joined sentence may lose or gain ("just", "and then" -> "; then"): never compared
_FILLER = {"just", "really", "actually", "basically", "literally", "honestly", "and", "then"}
_PRESENT_RE = re.compile(r"\bI (?:also |still |now |currently |mainly |mostly )?(?:do|does|run|own|lead|manage|look after|"
                         r"handle|support|teach|cover|oversee|supervise|deal with|book|order|process|prepare|draft|check|"
                         r"answer|train|coordinate|organi[sz]e|am|'m)\b|\b(?:most recently|currently|at the moment|these "
                         r"days)\b", re.IGNORECASE)
_PAST_I_RE = re.compile(r"\bI (?:\w+ly |then |also |first )?(?!(?:was|had|needed|wanted|used|liked|loved|felt)\b)"
                        r"(?:\w{3,}ed|cut|ran|led|built|wrote|made|took|got|gave|set|put|kept|found|told|sent|brought|"
                        r"taught|won|rang|held|sold|drew|chose|did)\b")
_EARLIER_RE = re.compile(r"\b(?:19|20)\d\d\b|\b(?:last|ago|before|previously|earlier|when|once|first|then|until|after|"
                         r"as an?|while|during|joined|started|took over|in my (?:first|previous|last|old))\b", re.IGNORECASE)
_HEAD_RE = re.compile(r"\b(Situation|Task|Action|Result|Lesson|Now|Before|Why this role|Evidence|What you bring|Approach|"
                      r"Steps|Trade-offs|Concepts|Reasoning|Act|Record|Report|Follow up|Example|The trait|"
                      r"What I do about it): ")


def _heads(stronger: str) -> dict[str, str]:
    marks = list(_HEAD_RE.finditer(stronger))
    return {m.group(1): stronger[m.end():marks[i + 1].start() if i + 1 < len(marks) else len(stronger)]
            for i, m in enumerate(marks)}


def current_as_before(stronger: str) -> bool:
    """Whether a sentence under "Before:" tells current work (see the module docstring)."""
    before = re.sub(r"\[[^\]]*\]", "", _heads(stronger).get("Before", ""))
    for sentence in re.split(r"(?<=[.!?])\s+", before.strip()):
        if _PRESENT_RE.search(sentence) or (_PAST_I_RE.search(sentence) and not _EARLIER_RE.search(sentence)):
            return True
    return False


def _tokens(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9£$€%']+", text.lower()) if w not in _FILLER]


def act_dropped(answer: str, stronger: str) -> bool:
    """Whether an act of "I" the answer tells is left out of a stronger answer that gives back the answer's sentences."""
    given = re.sub(r"\[[^\]]*\]", " ", stronger)
    if not any(len(_tokens(part)) >= 4 for part in _heads(given).values()):
        return False  # the outline of gaps: none of the answer is given back, on purpose
    held = " " + " ".join(_tokens(given)) + " "
    for match in _PAST_I_RE.finditer(answer):
        clause = re.split(r"[.;:!?,]", answer[match.start():], maxsplit=1)[0]
        words = _tokens(clause)[1:4]  # the verb and up to two words after it in its clause, "I" left out
        if len(words) >= 2 and f" {' '.join(words)} " not in held:
            return True
    return False


def rows(answers: list[str], strongers: list[str]) -> list[tuple[str, float, str, str]]:
    """The two counts over the dev answers and their stronger answers (same order)."""
    return [
        ("stronger: answers with current work under Before ('I do the file opening…', 'Most recently we…')",
         float(sum(current_as_before(s) for s in strongers)), "count", "0"),
        ("stronger: answers with an act of I dropped ('so I kept the deal out of my forecast…' missing)",
         float(sum(act_dropped(a, s) for a, s in zip(answers, strongers, strict=True))), "count", "compare"),
    ]
