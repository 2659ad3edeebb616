"""A stronger answer keeps the candidate's meaning, reasons and results under the right headings (newcomer, session 20:
"not just advisers" given back as "not advisers"; an introduction's result under "Before:" and its act under "Why this
role:"; a reason naming the employer left out beside the "Why this role" gap; a diagnosis under "Result:" and the real
result left out), as counts over the dev answers of :func:`bench.bench_stronger.run`. Plain text rules of their own (no
function of the stronger answer's), so the counts stay a check on it:

- a negation or limiting word lost (:func:`limit_lost`): the answer has "<a> <word> <b>" with <word> one of "not", "never",
  "no", "only", "just" (not straight after "I", "we" or "usually": filler there), "barely", "hardly", "really" after a
  negation, or a "-n't" verb; the stronger answer has "<a> <b>"
  (or the verb without its "n't") and not the three together;
- an introduction's act or result under "Why this role:" (:func:`act_as_reason`): a sentence there telling the candidate's
  act in the past ("I rewrote…") or a change ("went from 58% to 71%") and no want ("I want", "because I'd like");
- a reason naming the employer dropped (:func:`employer_reason_dropped`): "Why this role:" is the gap while a sentence of
  the answer names the employer the question names;
- a finding under "Result:" (:func:`finding_as_result`): a Result sentence opening on "It/This/The trace showed…" with no
  figure (a finding measured, "churned at 18% against 9%", is an analysis's result).
"""

from __future__ import annotations

import re

_LIMIT_WORDS = frozenset({"not", "never", "no", "only", "just", "barely", "hardly", "nor"})
_NEGATIONS = frozenset({"not", "never", "no", "nor"})
# "just" straight after the one who acts is filler ("I just rang", "we usually just stayed"), not "only"
_ACTORS = frozenset({"i", "we", "i'd", "we'd", "i'll", "usually", "often", "then", "sometimes", "normally", "always"})
_WANT_RE = re.compile(r"\b(?:want|wanted|would like|'d like|because|looking for|next step|keen|excit\w*|drawn|appeal\w*)\b",
                      re.IGNORECASE)
_PAST_ACT_RE = re.compile(r"\b(?:I|we)\s+(?:also\s+|then\s+)?(?!(?:was|were|had|wanted|needed)\b)(?:\w{3,}ed|rewrote|wrote|"
                          r"built|ran|led|made|set up|took)\b|\bwent from\b|\bfrom \d[\d.,]*%? to \d", re.IGNORECASE)
_FINDING_RE = re.compile(r"^(?:it|this|that|the \w+)\s+(?:showed|revealed|turned out)\b", re.IGNORECASE)
_EMPLOYER_RE = re.compile(r"\b(?:at|with|join)\s+([A-Z][\w&'-]{2,})")


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9£$€%]+(?:['’][a-z]+)?", re.sub(r"\[[^\]]*\]", " ", text or "").lower().replace("’", "'"))


def _has(seq: list[str], sub: list[str]) -> bool:
    n = len(sub)
    return any(seq[i:i + n] == sub for i in range(len(seq) - n + 1))


def limit_lost(answer: str, stronger: str) -> bool:
    """Whether a negation or limiting word the answer had before a word is gone from the stronger answer around it."""
    said, told = _tokens(answer), _tokens(stronger)
    for i in range(1, len(said) - 1):
        word, before, after = said[i], said[i - 1], said[i + 1]
        limiting = (word in _LIMIT_WORDS and not (word == "just" and before in _ACTORS)
                    or (word == "really" and (before in _NEGATIONS or before.endswith("n't"))))
        if limiting and _has(told, [before, after]) and not _has(told, [before, word, after]):
            return True
        if word.endswith("n't") and len(word) > 4 and _has(told, [word[:-3], after]) and not _has(told, [word, after]):
            return True  # "didn't reply" given back as "did reply"
    return False


def _part(stronger: str, label: str) -> str:
    found = re.search(rf"\b{label}: (.*?)(?= (?:[A-Z][a-z]+(?: [a-z]+){{0,2}}): |$)", stronger or "")
    return found.group(1) if found else ""


def act_as_reason(stronger: str) -> bool:
    """Whether "Why this role:" holds a sentence of the candidate's past act or of a change, with no want in it."""
    said = re.sub(r"\[[^\]]*\]", " ", _part(stronger, "Why this role"))
    return any(_PAST_ACT_RE.search(s) and not _WANT_RE.search(s) for s in re.split(r"(?<=[.!?])\s+", said) if s.strip())


def employer_reason_dropped(question: str, answer: str, stronger: str) -> bool:
    """Whether "Why this role:" is only its gap while the answer names the employer the question names."""
    if not stronger.startswith("Why this role: [") and " Why this role: [" not in stronger:
        return False
    names = {m.group(1) for m in _EMPLOYER_RE.finditer(question or "")} - {"The", "Your", "Our", "This"}
    return any(re.search(rf"\b{re.escape(n)}\b", answer or "") for n in names)


def finding_as_result(stronger: str) -> bool:
    """Whether a sentence under "Result:" is a finding ("It showed…") with no figure."""
    said = re.sub(r"\[[^\]]*\]", " ", _part(stronger, "Result"))
    return any(_FINDING_RE.match(s.strip()) and not re.search(r"\d", s)  # a finding measured is an analysis's result
               for s in re.split(r"(?<=[.!?])\s+", said) if s.strip())


def rows(questions: list[str], answers: list[str], strongers: list[str]) -> list[tuple[str, float, str, str]]:
    """The bench rows of this module's counts over the dev ``questions``, ``answers`` and their ``strongers``."""
    triples = list(zip(questions, answers, strongers, strict=True))
    return [
        ("stronger: answers with a negation or limiting word the answer had and the stronger answer lost ('not just' -> 'not')",
         float(sum(limit_lost(a, s) for _, a, s in triples)), "count", "0"),
        ("stronger: answers with a past act or a change under 'Why this role:' ('I rewrote the scheme of work…')",
         float(sum(act_as_reason(s) for s in strongers)), "count", "0"),
        ("stronger: answers whose 'Why this role:' is a gap though the answer names the question's employer",
         float(sum(employer_reason_dropped(q, a, s) for q, a, s in triples)), "count", "compare"),
        ("stronger: answers with a finding under 'Result:' ('It showed the trips came when…')",
         float(sum(finding_as_result(s) for s in strongers)), "count", "0"),
    ]
