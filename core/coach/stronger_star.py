"""A story's sentence's STAR part, by its own wording (split from :mod:`core.coach.stronger_place`, session 23, no change
of behaviour): :func:`star_part` reads the STAR cues (:func:`core.coach.stronger_limits.star_kinds`) and the sentence's
place in the answer; under a STAR heading only a sentence of that kind."""

from __future__ import annotations

import re

from core.analysis import cues
from core.analysis.cues import DOING_RE
from core.analysis.results import measured_result
from core.coach.stronger_kinds import (
    _FOUND_STATE_RE,
    _HABIT_RE,
    _PAST_OWN_RE,
    _PAST_RE,
    _PRESENT_OWN_RE,
    DECLINE_RE,
    acts_after_scene,
    baseline,
    opens_on_own_action,
    told_result,
)
from core.coach.stronger_limits import _ACTOR_RE, _CHANGE_RE, _SETTING_RE, _WORKPLACE_RE, star_kinds
from core.coach.stronger_story import sets_scene
from core.coach.stronger_tense import OWN_PAST_ACT


def _behavioural_part(sentence: str, index: int, total: int, parts: dict[str, list[str]]) -> str | None:
    star = cues.STAR_EN
    if index == 0 and (star["situation"].search(sentence) or _WORKPLACE_RE.search(sentence) or _FOUND_STATE_RE.search(sentence)):
        acts = re.match(r"when\b[^,;]{3,80},\s*I\b", sentence, re.I) and opens_on_own_action(sentence)  # "When X, I spoke…"
        # "When X, I noticed that leak jobs were being rejected…": the problem found is where the story starts (s25)
        acts = acts and not _FOUND_PROBLEM_RE.match(sentence)
        return "Action" if acts and not star["task"].search(sentence) else "Situation"
    acting = star["action"].search(sentence)
    if star["task"].search(sentence):
        # "I had to rebuild the rota, so I called…" is an action once the task is said
        return "Action" if acting and parts["Task"] else "Task"
    if index > 0 and (star["result"].search(sentence) or _CHANGE_RE.search(sentence) or measured_result(sentence)
                      or "result" in star_kinds(sentence) and "situation" not in star_kinds(sentence)):
        # a change told before any task or step is the state things were in ("In 2023 forecasts dropped 8% for winter"):
        # the situation, never the result (session 16)
        before = not parts["Task"] and not parts["Action"] and not acting and "situation" in star_kinds(sentence)
        # a fall told before any step, with its cause or no starting figure ("In 2022 we dropped to 78% because spares were
        # taking weeks"): the problem the steps answer, never their result (newcomer, session 20)
        before = before or (not parts["Action"] and not acting and bool(DECLINE_RE.search(sentence))
                            and not _FROM_TO_RE.search(sentence) and index < total - 1)
        # a level as it stood, with a result still to come ("Time to antibiotics was 62%"), is the baseline (session 16)
        before = before or (baseline(sentence) and index < total - 1 and not parts["Result"])
        # a gap found between two figures ("The advance was £12,000 less than the figure in our file because…"), before the
        # story's end: the problem the steps answer, never their result (re-check, session 20)
        before = before or (index < total - 1 and bool(_GAP_FOUND_RE.search(sentence)) and not _CHANGE_RE.search(sentence)
                            and not _FROM_TO_RE.search(sentence))
        return "Situation" if before and not opens_on_own_action(sentence) else "Result"
    if star["situation"].search(sentence):
        return "Action" if acts_after_scene(sentence) else "Situation"
    if (not parts["Action"] and index < total / 2 and not acting and _SETTING_RE.search(sentence)
            and not _ACTOR_RE.search(sentence)):
        return "Situation"
    if acting or _PAST_RE.search(sentence):
        return "Action"
    return "Result" if re.search(r"\d", sentence) and index >= total / 2 else None


# The candidate's way of choosing, said first in the present ("I split it by marginal return, not by last year's
# shares", "I order the jobs by what is blocking someone, rather than…"): the decision, an act of theirs, never the setting.
_PRINCIPLE_RE = re.compile(r"(?:I|we)\s+(?:always\s+|usually\s+|normally\s+)?(?!(?:am|was|were|had|have|work|worked)\b)"
                           r"[a-z]{3,}(?<!ed)\b[^.;]{0,60}?\b(?:by|on|according to|based on)\b[^.;]{2,60}?"
                           r"(?:,\s*|\s)(?:not (?:by|on|just)|rather than|instead of|over)\b", re.IGNORECASE)
# A story opening on the problem the candidate came upon ("When the clinic moved to online booking, I noticed that…"):
# a verb of finding or seeing, then what was wrong; the situation, never a step.
_FOUND_PROBLEM_RE = re.compile(r"when\b[^,;]{3,80},\s*I\s+(?:first\s+|soon\s+|quickly\s+)?(?:noticed|saw|spotted|found|"
                               r"realised|realized|discovered|learned|learnt|heard|picked up)\b", re.IGNORECASE)
# Two figures compared, told as a gap ("£3,400 more than the order", "20 fewer than the plan"), not a gain on the past.
_GAP_FOUND_RE = re.compile(r"\d[^.;]{0,30}?\b(?:more|less|higher|lower|fewer|bigger|smaller|short of|over|under) than (?!"
                           r"(?:before|planned|expected|forecast|target(?:ed)?|budgeted|last|the (?:year|month|week|quarter) "
                           r"before)\b)", re.IGNORECASE)
_FROM_TO_RE = re.compile(r"\bfrom\s+[$£€]?\d[^.;]*?\bto\s+[$£€]?\d", re.IGNORECASE)  # "fell from 9% to 4%": a result told whole



# The goal not reached, told as the outcome ("I missed it:", "We fell short by…", "I didn't hit the target").
_MISSED_RE = re.compile(r"^(?:but\s+|and\s+)?(?:I|we)\s+(?:missed (?:it|the (?:goal|target|deadline))|fell short|fell behind|"
                        r"didn't (?:hit|make|reach|meet) (?:it|the))\b", re.IGNORECASE)
# A phrase set off by a comma, then the candidate's act in the past as the main clause ("Instead of showing him the
# ledger, I drew…", "To check it, I pulled…"); never a state ("In 2023, I was…", "At the time, I had…").
_LEAD_THEN_ACT_RE = re.compile(r"^(?:instead of|rather than|to|after|with|using|once|then|so|at first|in the end|"
                               r"afterwards|next)\b[^,;:.]{0,80},\s*" + OWN_PAST_ACT, re.IGNORECASE)
# The closest thing done, named as a story's start ("The closest is when I took over…", "The nearest I've come was…").
_CLOSEST_RE = re.compile(r"^(?:the\s+)?(?:closest|nearest)(?:\s+(?:thing|example|I've come|I have come|I came))?\s+(?:is|was|"
                         r"would be)\b", re.IGNORECASE)
# Where the candidate stands on a qualification or course, said first ("I'm part-qualified: I've passed CIMA Management…").
_STANDING_RE = re.compile(r"\bI(?:'m| am) (?:part-?qualified|fully qualified|qualified|registered|certified|chartered|"
                          r"halfway|part-?way|in my (?:first|second|third|final) year)\b|\bI(?:'ve| have) (?:now )?"
                          r"(?:passed|completed|finished|qualified)\b", re.IGNORECASE)


def star_part(s: str, i: int, total: int, parts: dict[str, list[str]]) -> str | None:
    """A story's sentence's STAR part: under a STAR heading only a sentence of that kind (its STAR cues)."""
    label = _behavioural_part(s, i, total, parts)
    kinds = star_kinds(s)
    if label == "Result" and "action" in kinds and opens_on_own_action(s):
        # "I pulled the slow query log and found a query that… dropped an index": a step told with a result word in
        # it; a result measured as a change ("I cut the close from 8 to 5 days") stays the result (session 15)
        label = "Action"
    if label is None or label.lower() not in kinds:
        # the opening sentence of a story tells the problem it starts from, never its result ("a lesson that
        # fell apart twenty minutes in")
        order = ("situation", "task", "action") if i == 0 and total >= 3 else ("result", "action", "task", "situation")
        label = next((k.title() for k in order if k in kinds), None)
    if label is None and i == 0 and total >= 3 and sets_scene(s) and not opens_on_own_action(s):
        label = "Situation"  # "On a late shift a man on our ward stopped breathing": the scene, never left out (session 20)
    if label == "Action" and i > 0 and _MISSED_RE.match(s):
        label = "Result"  # "I missed it: about a third took two or three days…": how the goal came out (session 21)
    if label == "Situation" and i > 0 and _LEAD_THEN_ACT_RE.match(s):
        label = "Action"  # "Instead of showing him the ledger, I drew a one-page bridge…": an act of "I" (session 21)
    if label is None and i > 0 and opens_on_own_action(s) and not told_result(s):
        label = "Action"  # "I set a weekly check in Proclaim so…": an act of "I" of no STAR cue, never left out (session 21)
    if i == 0 and total >= 2 and _CLOSEST_RE.match(s):
        label = "Situation"  # "The closest is when I took over the site…": where the story starts (session 22)
    if label is None and i == 0 and _STANDING_RE.search(s):
        label = "Situation"  # "I'm part-qualified: I've passed CIMA…": where they stand, the direct answer (session 21)
    if label is None and i > 0 and _LATER_OUTCOME_RE.match(s):
        label = "Result"  # "The next week she handled three refunds alone": what came of it, someone else's (session 25)
    if label == "Result" and _OPENS_PLAN_RE.match(s):
        label = "Action"  # "I'd check the line test results first, because…": a plan is a step, never what came of it (s23)
    if label == "Action" and i > 0 and _COUNT_REACHED_RE.match(s) and any(
            _GOAL_SAID_RE.search(p) for p in parts["Situation"] + parts["Task"]):
        label = "Result"  # "…my goal was 40 accounts. I closed 22.": how the goal came out, never a step (rc27 N9)
    if label != "Action" and i > 0 and DOING_RE.match(s) and not measured_result(s):
        label = "Action"  # "I was knocking on every door on a street…": what they did, the way they went about it (rc27 N9)
    if i == 0 and total >= 3 and label == "Situation" and _SCENE_THEN_TASK_RE.match(s):
        label = "Task"  # "In my second week at Fenwick my manager asked me to take over the report": the task (session 26)
    return label


# A count reached, said bare after the goal it is set against ("I closed 22.", "but we only signed 9"): the outcome.
_COUNT_REACHED_RE = re.compile(r"(?:and\s+|but\s+|so\s+)?(?:I|we)\s+(?:only\s+|just\s+|actually\s+)?(?:closed|sold|signed|"
                               r"booked|hit|reached|made|got|achieved|delivered|placed|recruited|raised|won|converted|"
                               r"finished|completed|managed)\s+(?:only\s+|just\s+|about\s+|around\s+)?\d[\d,.]*%?"
                               r"(?:\s+\w+){0,3}\s*[.!]?$", re.IGNORECASE)
# A goal or target with its figure ("my goal was 40 accounts", "the target was £50k", "a quota of 30 meetings").
_GOAL_SAID_RE = re.compile(r"\b(?:goal|target|quota|aim|objective|budget)\b[^.;]{0,30}?\d", re.IGNORECASE)


# A story opening on the problem the candidate came upon ("I noticed an invoice…", "I found a mistake in…", "I spotted
# that…"): where the story starts, never a step.
_FOUND_AT_START_RE = re.compile(r"(?:(?:one day|once|last \w+|(?:on|at|in|during|while on) (?:a|an|the|my|our|one) [^,;.]{0,40}?|"
                                r"in (?:19|20)\d\d),?\s+)?I\s+(?:first\s+)?(?:noticed|spotted|"
                                r"discovered|realised|realized|saw that|found that|found (?:a|an|two|several|some)\s+(?:\w+\s+)?"
                                r"(?:error|mistake|problem|issue|discrepancy|bug|gap|fault|leak|duplicate)s?)\b", re.IGNORECASE)
# A first sentence whose time or place is only a lead phrase and whose main clause is the task given ("In my second week
# at Fenwick my manager asked me to take over…", "When the home failed its inspection I was asked to lead…").
_SCENE_THEN_TASK_RE = re.compile(r"(?:in|at|on|during|last|after|when|within|two|three|a few)\b[^.;:]{3,90}?\b(?:(?:my|our|the)\s+"
                                 r"(?:\w+\s+)?(?:manager|boss|director|lead|head|supervisor|client|ceo|owner)\s+(?:asked|told|"
                                 r"tasked|needed) me to|I was (?:asked|told|tasked|given the job) to)\b", re.IGNORECASE)


# A sentence opening on a time after the steps, then someone other than the candidate doing or being something: "The next
# week she handled three refunds alone", "By Friday the backlog was clear", "Since then he has run the close himself".
_LATER_OUTCOME_RE = re.compile(r"(?:the (?:next|following) (?:day|week|month|term|quarter|year|shift|morning)|by (?:the end of "
                               r"\w+(?: \w+)?|friday|monday|the \w+ (?:day|week|month))|within (?:a|an|one|two|three|\d+) \w+|"
                               r"since then|after that|afterwards|later that \w+|a (?:week|month|year) later|"
                               r"(?:two|three|four|six|\d+) (?:days|weeks|months) later),?\s+(?!I\b|we\b)(?:the\s+)?\w+",
                               re.IGNORECASE)
# A sentence that opens on what the candidate would do ("I'd check…", "Then I would ring…", "We'll send…").
_OPENS_PLAN_RE = re.compile(r"(?:(?:then|so|first|next|and|after that|also|finally)\s*,?\s+)?(?:I|we)(?:'d| would|'ll| will)\s"
                            r"(?!have\b)", re.IGNORECASE)


def opening_scene(parts: dict[str, list[str]], said: list[str]) -> None:
    """Move a story's first sentence to Situation when it tells the problem the candidate came upon or how things stood,
    with no act of theirs ("I noticed an invoice recorded twice…", "A doctor wanted to discharge a patient but I thought…",
    "Our invoices went out with frequent errors"), and a later sentence tells their act, which stays under Action (session
    26: such first sentences went under Action, the Situation left a gap). In place; a habit ("Usually… I start by…"), a
    plan, or an answer with no act of theirs after it (a scene alone would take every sentence with it) is left as it is."""
    if len(said) < 2 or said[0] in parts.get("Situation", []):
        return
    first = said[0]
    found = _FOUND_AT_START_RE.match(first)
    scene = (bool(found) and not _PAST_OWN_RE.search(first[found.end():])) or (
        not _PAST_OWN_RE.search(first) and not _OPENS_PLAN_RE.match(first) and bool(_PAST_STATE_RE.search(first))
        and not _PRESENT_OWN_RE.search(first) and not _HABIT_RE.search(first))
    acts = [s for s in said[1:] if s in parts.get("Action", []) and (_PAST_OWN_RE.search(s) or opens_on_own_action(s))]
    # a task given is the Task ("In my second week… my manager asked me to…"); only a problem found leaves it
    placed = next((label for label in ("Action", "Task") if first in parts.get(label, []) and (label == "Action" or found)),
                  None)
    if not scene or not acts or placed is None:
        return
    parts[placed].remove(first)
    parts["Situation"].insert(0, first)


# How things stood, told in the past of someone or something else: "Our invoices went out with…", "A doctor wanted to…";
# never a present state ("The slowdown is primarily due to…").
_PAST_STATE_RE = re.compile(r"^(?!.*\b(?:is|are|am)\b).*\b(?:was|were|had|went|kept|wanted|came|got|took|\w{3,}ed)\b",
                            re.IGNORECASE)


def principle_to_action(parts: dict[str, list[str]], said: list[str]) -> None:
    """Move a story's first sentence from Situation to the head of Action when it tells the candidate's way of choosing
    (:data:`_PRINCIPLE_RE`: "I split it by marginal return, not by last year's shares"): the decision is theirs, never
    the setting (session 25). In place; the other sentences keep the parts the story's order gave them."""
    if said and said[0] in parts.get("Situation", []) and _PRINCIPLE_RE.match(said[0]):
        parts["Situation"].remove(said[0])
        parts["Action"].insert(0, said[0])
