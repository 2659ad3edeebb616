"""An opinion of how a story went ("so I think it went well", "I feel it was a success") is no result: a stronger answer
keeps the outcome it is said with ("They all passed") under Result and leaves the opinion out (issue 15, session 25: "They
all passed, so I think it went well" came back under Situation, a hedged view read as a present duty). English only."""

from __future__ import annotations

import re

# "I think it went well", "I feel that it was quite successful", "I'd say it worked out fine", "I hope it went OK".
_OPINION = (r"I(?:'d| would)? (?:think|feel|believe|guess|reckon|suppose|hope|say)(?: that)? (?:it|that|this|things|"
            r"everything|they|we|the \w+) (?:all |really |probably |generally )?(?:went|was|were|worked(?: out)?|turned out|"
            r"did|is|are)(?: (?:quite|really|very|pretty|fairly|so|all|generally))? (?:well|ok|okay|fine|good|great|"
            r"alright|all right|smoothly|a success|successful|positive|helpful|useful)\b")
_OPINION_RE = re.compile(_OPINION, re.IGNORECASE)
# The opinion as a clause after the outcome it is said of: ", so I think it went well", "; I feel it was a success".
_OPINION_CLAUSE_RE = re.compile(r"\s*(?:[,;:—–]\s*|\s)(?:(?:so|and|overall|all in all)\s*,?\s+)?" + _OPINION + r"[^.!?]*",
                                re.IGNORECASE)


def without_opinion(sentence: str) -> str:
    """``sentence`` without an opinion of how it went: "" when the opinion is the whole of it ("I think it went well."), the
    outcome alone when the opinion follows it ("They all passed, so I think it went well." -> "They all passed."), else
    ``sentence`` as it was."""
    m = _OPINION_RE.search(sentence)
    if not m:
        return sentence
    if re.match(r"^\W*(?:(?:so|and|overall|honestly|all in all)\s*,?\s+)?$", sentence[:m.start()], re.IGNORECASE):
        rest = sentence[m.end():].strip(" .!?")
        return "" if len(rest.split()) <= 3 else sentence  # "I think it went well because the audit…": a reason told
    clause = _OPINION_CLAUSE_RE.search(sentence)
    if not clause or clause.start() == 0:
        return sentence
    head = sentence[:clause.start()].rstrip(" ,;:—–")
    return head + "." if head and not head.endswith((".", "!", "?")) else head
