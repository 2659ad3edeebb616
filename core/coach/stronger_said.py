"""A stronger answer keeps the order the candidate said things in (session 22 re-check B: an opener's "why this role",
said last, came first, under a lead note saying "in order"; a past story with its result, said after the steps, went
under "Task", before them, and left the Result gap). Three rules, none of which changes a word of the answer:

- :func:`in_said_order`: an outline's headings that the answer fills come in the order their first sentence was said;
  a heading nothing fills keeps its place in the outline (a gap is the coach's, the order of what was said is theirs).
  Used for a motive's and a self-assessment's headings in English (:data:`SAID_ORDER_KINDS`), and for every outline but
  a story's and a duty's in another language, whose lead note says the sentences come "in order".
- :func:`late_to_result`: in a story, a sentence under Situation or Task said after every step goes under Action when it
  opens on a step of the candidate's, else under Result when it also tells what came of it (with a step or a task told
  in passing): what follows the steps is never put before them; a pure scene or task told late stays (it clearly
  belongs earlier).
- :func:`outcome_last`: a story's last sentence telling what came of the steps (:data:`_OUTCOME_RE`: "The packs were ready
  ten minutes before the meeting", "We served 300 customers without a complaint"), left under Situation or Action while
  the Result is a gap, goes under Result (re-check, session 26).
- :func:`told_example`: a story given to "how do you…", told with one step of the candidate's between a past scene and
  what came of it ("Last term a boy… found reading hard. I planned… By Easter he was reading…"), is a story, so it gets
  a story's headings, never "Concepts:" and "Reasoning:".
"""

from __future__ import annotations

import re

from core.coach.stronger_kinds import _HABIT_RE, _PAST_OWN_RE, _PLAN_RE, opens_on_own_action, star_kinds

# The outlines whose headings follow the order said in English (a story's STAR order is what it teaches; an approach's
# first sentence is its framing already; an introduction's Now, Before and Why this role are a time order, the present
# clearly first, and its reason last already).
SAID_ORDER_KINDS = frozenset({"motivation", "self_assessment"})


def _where(sentence: str, text: str) -> int:
    """Where ``sentence`` (as a stronger answer takes it: cleaned, maybe capitalised or cut) starts in ``text``; the end of
    ``text`` when it cannot be found."""
    words = re.findall(r"\w+", sentence.lower())[:6]
    if not words:
        return len(text)
    found = re.search(r"\W+".join(map(re.escape, words)), text.lower())
    return found.start() if found else len(text)


def in_said_order(outline: tuple[tuple[str, str], ...], parts: dict[str, list[str]],
                  text: str) -> tuple[tuple[str, str], ...]:
    """``outline`` ((label, gap) pairs in the type's order) with the labels ``parts`` fills (label -> sentences) put in
    the order their first sentence comes in ``text`` (the answer), each gap left in its slot. Shape: the same pairs,
    reordered; ``outline`` itself when every filled label is already in the order said."""
    filled = [label for label, _ in outline if parts.get(label)]
    ordered = iter(sorted(filled, key=lambda label: min(_where(s, text) for s in parts[label])))
    gaps = dict(outline)
    return tuple((next(ordered), "") if parts.get(label) else (label, gaps[label]) for label, _ in outline)


# A sentence whose subject is the candidate, first ("I broke down…", "Then we rang…"), not their state ("I was…").
_OPENS_ON_I_RE = re.compile(r"(?:(?:then|so|and|finally|next|also|after that)\s*,?\s+)?(?:I|we)\s+(?:\w+ly\s+)?"
                            r"(?!(?:was|were|had|am|are|have|has|would|will|could|should|can)\b)\w+", re.IGNORECASE)


def late_to_result(parts: dict[str, list[str]], said: list[str]) -> None:
    """``parts`` (a story's STAR label -> sentences, changed in place; ``said`` its sentences in order) with each sentence
    under Situation or Task said after every sentence under Action (see the module docstring) moved to Result when it
    opens on a step of the candidate's (:func:`core.coach.stronger_kinds.opens_on_own_action`) to Action, else when it tells
    a result (:func:`core.coach.stronger_kinds.star_kinds`) to Result, else when a Task one holds a step of the
    candidate's to Action; each in the order said."""
    steps = [said.index(s) for s in parts.get("Action", []) if s in said]
    if not steps:
        return
    last = max(steps)
    for label in ("Situation", "Task"):
        for sentence in [s for s in parts[label] if s in said and said.index(s) > last]:
            kinds = star_kinds(sentence)
            if "action" in kinds and (opens_on_own_action(sentence) or _OPENS_ON_I_RE.match(sentence)):
                to = "Action"  # "I broke down the project into sprints… and delivered on time": a step, told after the others
            elif "result" in kinds and (label == "Task" or kinds & {"action", "task"}):
                to = "Result"
            elif label == "Task" and "action" in kinds and _PAST_OWN_RE.search(sentence):
                to = "Action"
            else:
                continue
            parts[label].remove(sentence)
            parts[to] = sorted([*parts[to], sentence], key=lambda s: said.index(s) if s in said else len(said))


# What came of the steps, told without a measured change: ready or done in time, no complaint or error, a person's
# verdict or decision, a rating, a pass ("The packs were ready ten minutes before the meeting", "We served 300 customers
# without a complaint", "He agreed to keep the patient", "the owner was happy with how it went").
_OUTCOME_RE = re.compile(r"\b(?:without (?:a|any|one|a single) (?:complaint|error|mistake|incident|problem|issue|delay|"
                         r"stock-?out)s?|with (?:no|zero) (?:complaints?|errors?|mistakes?|incidents?|problems?|issues?|"
                         r"findings?|delays?)|(?:was|were) (?:ready|done|finished|completed|signed off|approved|rated|"
                         r"back)\b|on time|ahead of (?:schedule|time|the deadline)|before the (?:deadline|meeting|launch|"
                         r"inspection|audit)|(?:was|were|seemed) (?:very |really |so )?(?:happy|pleased|delighted|"
                         r"satisfied|impressed)|thanked|agreed to|signed (?:it )?off|passed|renewed|(?:a lot of|more|"
                         r"record) (?:engagement|sales|bookings|orders|sign-?ups)|(?:five|5|four|4)-?star|"
                         r"no (?:more |further )?(?:complaints|errors|stock-?outs|incidents|repeats?))", re.IGNORECASE)


def outcome_last(parts: dict[str, list[str]], said: list[str]) -> None:
    """``parts`` (a story's STAR label -> sentences, changed in place; ``said`` its sentences in order) with what the story
    tells last of what came of the steps moved to Result when the Result is empty: its last sentences, back to the last one
    opening on "I", under Action when someone or something else is their subject ("The conference ran on the day as
    planned. The client booked us again for 2024.") or, told by "we", when they tell an outcome (:data:`_OUTCOME_RE`) or a
    figure with no step; the last sentence under Situation when it tells an outcome. At least one step stays under Action:
    the outcome told last is never the scene nor a step while "Result:" asks for it (re-check, session 26)."""
    if len(said) < 2 or parts.get("Result") or not parts.get("Action"):
        return
    moved: list[tuple[str, str]] = []
    for sentence in reversed(said):
        label = next((k for k in ("Situation", "Action") if sentence in parts.get(k, [])), None)
        if label is None or opens_on_own_action(sentence) or _SELF_EARLY_RE.match(sentence):
            break  # "Only then did I write code…", "It was messy but I managed": theirs, never someone else's outcome
        if label == "Situation":
            if not moved and _OUTCOME_RE.search(sentence):
                moved.append((label, sentence))
            break
        by_us = bool(_OPENS_ON_WE_RE.match(sentence))
        if not (_OUTCOME_RE.search(sentence) or not by_us or (re.search(r"\d", sentence) and not _PAST_STEP_RE.search(sentence))):
            break
        moved.append((label, sentence))
    if sum(label == "Action" for label, _ in moved) >= len(parts["Action"]):
        moved = [(label, s) for label, s in moved if label != "Action"]
    for label, sentence in moved:
        parts[label].remove(sentence)
    parts["Result"] = [s for _, s in reversed(moved)]


# A sentence with the candidate among its first words ("I…", "Then I…", "Only then did I…", "It was messy but I…") or
# opening on their team ("We…", "Then we…").
_SELF_EARLY_RE = re.compile(r"(?:\S+\s+){0,4}I\b")
_OPENS_ON_WE_RE = re.compile(r"(?:(?:then|so|and|finally|next|also|after that)\s*,?\s+)?(?:we|my team|our team|the team)\b",
                             re.IGNORECASE)


# A step told with a figure ("We then moved 3 staff to the phones"): moved, sent, called, hired… is no outcome.
_PAST_STEP_RE = re.compile(r"\b(?:moved|sent|called|rang|hired|booked|ordered|bought|set up|added|trained|ran|held|"
                           r"wrote|built|made|took|gave|asked)\b", re.IGNORECASE)


# A past time or occasion a story opens on ("Last term", "In 2022", "One Monday", "Two years ago").
_PAST_OPENING_RE = re.compile(r"^(?:last|in (?:19|20)\d\d|in my (?:first|second|last|previous)|one (?:day|morning|evening|"
                              r"night|week|term|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                              r"(?:a|two|three|a few|several) (?:days?|weeks?|months?|years?|terms?) ago|"
                              r"(?:at|on|during) (?:my|our|a|the)\b[^,.;]{0,40}?\b(?:placement|shift|job|school|site|"
                              r"ward|branch|office|last)\b)", re.IGNORECASE)


def told_example(said: list[str]) -> bool:
    """Whether ``said`` (an answer's sentences, in order) is a story told with one step of the candidate's: at least three
    sentences, the first a scene in the past (:data:`_PAST_OPENING_RE` and the situation kind), a step of theirs in the
    past after it, the last what came of it (the result kind), and no plan ("I would…") or habit ("I usually…")."""
    if len(said) < 3 or any(_PLAN_RE.search(s) or _HABIT_RE.search(s) for s in said):
        return False
    first = re.sub(r"^\([^)]*\)\s*", "", said[0])  # a bracketed aside before it ("(re-ask) Last year…")
    return (bool(_PAST_OPENING_RE.match(first)) and "situation" in star_kinds(first)
            and any(_PAST_OWN_RE.search(s) for s in said[1:-1]) and "result" in star_kinds(said[-1]))


# A clause opening on a step of the candidate's after a rule or a finding (", so I stopped the job…", "; then we…").
_SO_I_RE = re.compile(r"(?:,|;|:|\band)\s+(?:so|then|and so|so then|which is why)\s+(?=(?:I|we)\b)", re.IGNORECASE)


def step_from_result(parts: dict[str, list[str]]) -> None:
    """``parts`` (a story's STAR label -> sentences, changed in place) with Action empty: each Result sentence whose clause
    after "…, so" tells a step of the candidate's in the past (:data:`_SO_I_RE`, :data:`_PAST_OWN_RE`: "Under the 18th
    Edition sockets need RCD protection, so I stopped the job, had an RCBO fitted… trip time 18 ms") moved to Action, in
    the order said: the steps said are the Action, never left a gap (newcomer, session 23)."""
    if parts.get("Action") or not parts.get("Result"):
        return
    moved = [s for s in parts["Result"] if (m := _SO_I_RE.search(s)) and _PAST_OWN_RE.match(s[m.end():])]
    if moved:
        parts["Action"] = moved
        parts["Result"] = [s for s in parts["Result"] if s not in moved]
