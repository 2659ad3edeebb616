"""The stronger answer's parts under the heading their verbs say (re-check, session 19), as counts of answers over the dev
answers of :func:`bench.bench_stronger.run`:

- a story's one step, told after its place or time, under "Situation:" with the Action gap (:func:`step_as_situation`:
  "At Tillpoint I defined 7-day activation as our north-star metric" left the Action empty);
- what came of the steps, told in its own clause, left under "Action:" with the Result gap (:func:`result_in_action`:
  "…so a replayed message was ignored; we have had zero double postings since 2021");
- a step of the candidate's under "Result:" with the Action gap (:func:`step_in_result`: "I re-costed the whole menu and
  changed two suppliers, and gross food cost went from 34% to 29%");
- a part ending on a word waiting for more (:func:`waiting_end`: "because that's.", "my job is to."; "compare": an answer
  that trails off itself, "and `__repr__` is... maybe", is counted too);
- a plan under "Lesson:" (:func:`plan_as_lesson`: "By half term I would have keep-up groups running").
"""

from __future__ import annotations

import re

_GAP_RE = r"{label}: \[[^\]]*\](?= [A-Z][\w -]*: |$)"
# ("votes from." may end a sentence, "2 in A." names a region: neither is counted)
_WAITING_END_RE = re.compile(r"\b(?:(?i:that's|it's|there's|because)|is|are|was|were|to|(?-i:the|an?)|of|for|with|than|my|our|"
                             r"their|and|or|but|into)\.(?=\s|$)")
_PLAN_RE = re.compile(r"\b(?:I|we)(?:'d| would|'ll| will| can| could| should| plan to| aim to)\b", re.IGNORECASE)


def _gap(stronger: str, label: str) -> bool:
    return bool(re.search(_GAP_RE.format(label=re.escape(label)), stronger))


def _said(stronger: str, label: str) -> list[str]:
    from bench.bench_stronger_checks import _parts

    return _parts(stronger).get(label, [])


def step_as_situation(stronger: str) -> bool:
    """Whether the Situation opens on a step told after its place or time while the Action is a gap."""
    from core.coach.stronger_kinds import acts_after_scene

    said = _said(stronger, "Situation")
    return bool(said) and _gap(stronger, "Action") and acts_after_scene(said[0])


def result_in_action(stronger: str) -> bool:
    """Whether a clause under Action tells only what came of it (:func:`core.coach.stronger_kinds.split_mixed`) while the
    Result is a gap."""
    from core.coach.stronger_kinds import split_mixed, star_kinds

    if not _gap(stronger, "Result"):
        return False
    return any("result" in (k := star_kinds(p)) and "action" not in k
               for s in _said(stronger, "Action") for p in split_mixed(s)[1:])


def step_in_result(stronger: str) -> bool:
    """Whether a sentence under Result opens on a step of the candidate's, or holds one in a clause of its own, while the
    Action is a gap."""
    from core.coach.stronger_kinds import opens_on_own_action, split_mixed, star_kinds
    from core.coach.stronger_outline import step_after_place

    if not _gap(stronger, "Action"):
        return False
    return any(opens_on_own_action(p) or step_after_place(p) or star_kinds(p) == {"action"}  # "At X I ran…" (run 19)
               for s in _said(stronger, "Result") for p in split_mixed(s))


def waiting_end(stronger: str) -> bool:
    """Whether a part's sentence ends on a word waiting for more (:data:`_WAITING_END_RE`)."""
    return bool(_WAITING_END_RE.search(re.sub(r"\[[^\]]*\]", "", stronger)))


def plan_as_lesson(stronger: str) -> bool:
    """Whether the Lesson holds a plan ("I would…", "we'll…") that tells no lesson
    (:func:`core.coach.stronger_kinds.told_lesson`)."""
    from core.coach.stronger_kinds import told_lesson

    return any(_PLAN_RE.search(s) and not told_lesson(s) for s in _said(stronger, "Lesson"))


def rows(strongers: list[str]) -> list[tuple[str, float, str, str]]:
    """The bench rows of this module's counts over ``strongers`` (one stronger answer per dev answer)."""
    return [
        ("stronger: stories whose one step after its place or time is under Situation, with the Action gap",
         float(sum(map(step_as_situation, strongers))), "count", "0"),
        ("stronger: answers with a result clause under Action and the Result gap ('…; we have had zero … since 2021')",
         float(sum(map(result_in_action, strongers))), "count", "0"),
        ("stronger: answers with a step of the candidate's under Result and the Action gap",
         float(sum(map(step_in_result, strongers))), "count", "0"),
        ("stronger: answers with a part ending on a word waiting for more ('because that's.')",
         float(sum(map(waiting_end, strongers))), "count", "compare"),
        ("stronger: answers with a plan under Lesson ('By half term I would have…')",
         float(sum(map(plan_as_lesson, strongers))), "count", "0"),
    ]
