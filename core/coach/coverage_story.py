"""A requirement shown by a short story told over several sentences: the measure with its figure, the candidate's own
acts, then the measure's figure after them ("Last year our food GP was stuck at 62%. I re-costed the menu, changed the
fish supplier and started a waste log. Within five months GP was 68%.").

Evidence is read sentence by sentence (:mod:`core.coach.evidence`), so a story whose figures and act stand in different
sentences showed nothing: "GP and labour cost control — not probed" beside such an opener (session 21 newcomer). Here a
window of up to :data:`WINDOW` consecutive sentences shows ``requirement`` when

* the act names the requirement, or a sentence before it names it with its figure, not as one item of a list (for a
  requirement of controlling or reducing a measure, "GP and labour cost control", "reducing waste": one word of the
  measure, :func:`measures`);
* a later sentence is the candidate's own act (:func:`core.coach.evidence.own_statement`: the candidate its subject,
  neither negated, a wish nor a plan);
* the window gives a figure before the act (or the last sentence a change "from X to Y"), and its last sentence, after
  the act, a figure tied to the measure: it names it, opens on "it", keeps the unit of the figure before, or says a
  change ("came down to", "fell", "is now").

The quote is the act, the candidate's own words, never the figure alone. A rule of this project, not a figure from
research.
"""

from __future__ import annotations

import re

from core.analysis.text import sentences, short_quote
from core.coach.evidence import CREDENTIAL_RE, WISH_RE, has_number, mentions_requirement, own_statement
from core.coach.evidence_platform import platforms_masked
from core.coach.evidence_study import received_masked
from core.coach.evidence_weight import announces

WINDOW = 4  # sentences at most from the figure before to the figure after
_ACT_WORDS = 25  # an act sentence this long or shorter is quoted whole

# words of a requirement that say what is done to a measure, not the measure: "cost control", "reducing waste"
_CONTROL_RE = re.compile(r"(?i)\b(?:control(?:s|ling|led)?|management|managing|reduc(?:e|ing|tion|tions)|cut(?:ting)?|"
                         r"lower(?:ing)?|improv(?:e|ing|ement|ements)|sav(?:e|ing|ings)|optimi[sz](?:e|ing|ation)|"
                         r"minimi[sz](?:e|ing|ation)|driving|keep(?:ing)?|down)\b")
_SPLIT_RE = re.compile(r"(?i),|\band\b|\bor\b|&|/")
_SMALL = frozenset({"the", "a", "an", "of", "in", "on", "for", "to", "and", "our", "per"})
_SUBJECT_RE = re.compile(r"\b(?:I|we|We)\b")
_IT_RE = re.compile(r"(?i)^(?:[\w,' ]{0,40}?\b)?(?:it|this|that)\s+(?:was|is|had|has|came|fell|dropped|rose|went|sat|"
                    r"stood|now|takes|took|ran|runs)\b")
_CHANGE_RE = re.compile(r"(?i)\b(?:came (?:down|back)|went (?:down|up)|fell|dropped|rose|halved|doubled|is now|was now|"
                        r"are now|now (?:takes|runs|sits|stands)|back (?:up |down )?(?:at|to)|down to|up to|from .{1,20}? to)\b")
_FROM_TO_RE = re.compile(r"(?i)\bfrom .{1,20}? to\b")
_UNIT_RE = re.compile(r"(?i)(?:[£$€]\s?\d|\d[\d,.]*\s?(%|k\b|m\b|kg|tonnes?|hours?|hrs?|minutes?|mins?|days?|weeks?|"
                      r"points?|pence|p\b|litres?|miles?|covers?)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                      r"eleven|twelve|twenty|thirty|forty|fifty)\s+(hours?|minutes?|days?|weeks?|points?))")


def measures(requirement: str) -> list[str]:
    """What ``requirement`` measures when it asks to control or reduce something: its parts without the words of
    control ("GP and labour cost control" -> ["GP", "labour cost"]); [] when it asks for no such thing."""
    if not _CONTROL_RE.search(requirement or ""):
        return []
    parts = [" ".join(w for w in _CONTROL_RE.sub(" ", part).split() if w.lower() not in _SMALL)
             for part in _SPLIT_RE.split(requirement)]
    return [p for p in parts if p]


def _names(sentence: str, requirement: str, measured: list[str]) -> bool:
    """Whether ``sentence`` names the requirement, or for a measure's control one word of the measure."""
    sentence = received_masked(sentence)  # "I trained at … College": training received names no training given
    if not measured:  # a platform named is no skill ("…report on BigQuery" for SQL: core.coach.evidence_platform)
        return mentions_requirement(platforms_masked(sentence, requirement), requirement)[0]
    return any(mentions_requirement(sentence, w)[0] for part in measured for w in part.split() if len(w) > 1)


def _own_act(sentence: str) -> int:
    """The position of the candidate as the subject of an own act in ``sentence``; -1 when it is none (a plan, a wish,
    a negation, someone else's act, an announcement)."""
    if announces(sentence) or sentence.rstrip().endswith("?"):
        return -1
    return next((m.start() for m in _SUBJECT_RE.finditer(sentence) if own_statement(sentence, m.start())), -1)


def _units(sentence: str) -> set[str]:
    """The units of the figures in ``sentence`` ("%", "kg", "£" for money)."""
    out = set()
    for m in _UNIT_RE.finditer(sentence):
        unit = (m.group(1) or m.group(2) or "£").lower().rstrip("s")
        out.add("£" if m.group(0)[0] in "£$€" else unit)
    return out


def _after_tied(after: str, before: list[str], requirement: str, measured: list[str]) -> bool:
    """Whether ``after``, the sentence after the act, gives a figure of the measure the window named."""
    if not has_number(after) or WISH_RE.search(after):
        return False
    if _names(after, requirement, measured) or _IT_RE.match(after) or _CHANGE_RE.search(after):
        return True
    return bool(_units(after) & {u for s in before for u in _units(s)})


def story_evidence(answer: str, requirement: str) -> str:
    """The quote of the candidate's own act in a short story that shows ``requirement`` over several sentences (see
    the module's rule); "" when none does."""
    if CREDENTIAL_RE.search(requirement or ""):  # a credential is held, never shown by a story's figures
        return ""
    said = sentences(answer or "")
    measured = measures(requirement)
    for j, act in enumerate(said):
        if (pos := _own_act(act)) < 0:
            continue
        before = said[max(0, j - WINDOW + 2):j + 1]
        # named in the act, or before it with its own figure and not as one item of a list ("90-day leavers, time to
        # hire, and open employee relations cases" names a dashboard's metrics, no story's subject)
        changed = any(_FROM_TO_RE.search(s) for s in said[j + 1:j + WINDOW])  # "Stock loss fell from 4% to 1.5%"
        if not (_names(act, requirement, measured) or any(
                _names(s, requirement, measured) and (has_number(s) or changed) and s.count(",") < 2 for s in before[:-1])):
            continue
        for after in said[j + 1:j + WINDOW]:
            figure_before = any(has_number(s) for s in before[:-1]) or bool(_FROM_TO_RE.search(after))
            if figure_before and _after_tied(after, before, requirement, measured):
                return act.strip() if len(act.split()) <= _ACT_WORDS else short_quote(act, pos, pos + 1, width=_ACT_WORDS)
    return ""
