"""The stronger answers the offline coach writes for the dev answers: ``python -m bench --only stronger``.

Over every answer of the scorer's two dev sets (:mod:`bench.bench_scorer`: the published answers present, the
team's), scored on its own question:

- *given back*: the stronger answer holds a run of more than :data:`core.coach.stronger_limits.SHORT_PHRASE`
  (12) of the answer's consecutive words outside its bracketed gaps (:func:`core.coach.stronger_limits.longest_run`);
  the same for more than 20 words, and the longest run seen;
- *wrong heading*: a sentence of three words or more under Situation, Task, Action or Result that is not of
  that kind by its STAR cues (:func:`core.coach.stronger_limits.star_kinds`). Session 12 started at 465 and
  342 given back and 89 wrong headings of 562 answers;
- *stitched*: a sentence nobody would say (:func:`choppy`: "…, and rather than…", "If X, and it…", a sentence
  opening in lower case or ending on "a lot."); session 13 started at the figure in docs/benchmarks.md;
- *story as approach*: a past story (:func:`core.coach.stronger_kinds.told_story`) under "Steps:", "Trade-offs:",
  "Concepts:" or "Reasoning:" (:func:`story_as_approach`), and *piece of a sentence*: a heading holding an opening phrase
  without its clause, a verb cut from what it wants, or a list's rest opening on "And" (:func:`fragment`); session 15;
- session 16, as counts of answers: a preposition or article left hanging by a cut (:func:`dangling`), a connective the
  answer did not say (:func:`wrong_link`), "Also," opening a situation's sentence (:func:`also_in_situation`) and a step of
  the candidate's opening a result's sentence (:func:`step_as_result`); later in session 16, a quoted phrase edited inside
  (:func:`quote_edited`), a plan under "Before:" (:func:`plan_as_before`), a baseline level under "Result:"
  (:func:`baseline_as_result`) and a story's opening situation dropped for the gap (:func:`opening_dropped`);
- session 17, as counts of answers: a sentence whose opening was cut (:func:`opening_cut`: its start left out, its end kept,
  or words dropped inside its opening; "compare": the few left are technical answers in Markdown, whose lists and code the
  stronger answer reads as sentences where this check reads one), two of the answer's sentences run into one
  (:func:`glued`: a follow-up reply stitched onto the main story) and someone else's outcome under "Now" (:func:`others_now`);
- session 18, as counts of answers: a measure of time said in words cut from its clause (:func:`cut_measures`), a noun named
  again joined as a list's item (:func:`apposition_listed`), "Also, when …, then I" (:data:`_ALSO_THEN_RE`), a present duty
  under "Before" (:func:`present_as_before`), a story left the Action gap though it tells a step of the candidate's
  (:func:`action_gap`; "compare": the few left are one-line answers or a step told as the task) and an announced lesson
  with no "Lesson:" (:func:`lesson_dropped`), all in :mod:`bench.bench_stronger_checks`;
- session 19, as counts of answers: a part under a heading its verb does not say, or cut on a word waiting for more
  (:mod:`bench.bench_stronger_heads`).
"""

from __future__ import annotations

import re

from bench.bench_stronger_checks import (  # noqa: F401 (re-exported: the tests import them from here)
    _ALSO_THEN_RE,
    _HEADING_RE,
    _parts,
    action_gap,
    apposition_listed,
    cut_measures,
    glued,
    lesson_dropped,
    opening_cut,
    others_now,
    present_as_before,
)

_PART_RE = r"\b{label}: (.*?)(?= (?:Situation|Task|Action|Result|Lesson): |$)"


def wrong_heading(stronger: str) -> bool:
    """Whether a sentence under a STAR heading is not of that kind (see the module docstring)."""
    from core.coach.stronger_limits import star_kinds

    for label in ("Situation", "Task", "Action", "Result"):
        found = re.search(_PART_RE.format(label=label), stronger)
        if not found:
            continue
        body = re.sub(r"\[[^\]]*\]", "", found.group(1)).strip()
        if any(label.lower() not in star_kinds(s) for s in re.split(r"(?<=[.!?])\s+", body) if len(s.split()) >= 3):
            return True
    return False


# How a stitched sentence reads (session 13): "and" before a word that already links ("…, and rather than…",
# "…, and since…"), "and" after a condition ("If X, and it…"), a on a word waiting for more ("a lot,", "like."), a list label alone ("Second.").
_CHOPPY_RE = re.compile(
    r",\s+and\s+(?:rather than|instead of|since|while|whereas|because|although|which|like|such as|[a-z]+ing)\b|"
    r"(?:^|[.!?]\s)(?:If|When)\b[^.!?]*?,\s+and\s+(?:it|they|he|she|we|I|you)\b|"
    r"\b(?:a lot|a couple|a bit)[,.!?]|\b(?:like|such as|rather|than)[.!?]|"
    r"(?:^|[.!?:]\s)(?:First|Second|Third|Fourth|Fifth|Next|Finally)[.!?]")


# A sentence or a STAR part that opens in lower case: stitched, unless its first word is a name written so
# ("pandas", "p95", "iOS": what core.coach.stronger_limits._capital keeps).
_LOWER_START_RE = re.compile(
    r"(?:[.!?]\s+|(?:^|\s)(?:Situation|Task|Action|Result|Lesson|Concepts|Reasoning|Trade-offs|Approach|Steps|"
    r"Recognise|Act|Record|Report|Follow up|Why this role|Evidence|What you bring): )(?=[a-z])(\S+.*)")


def choppy(stronger: str) -> bool:
    """Whether a stronger answer holds a sentence stitched as nobody would say it (:data:`_CHOPPY_RE`, or a
    sentence opening in lower case on an ordinary word: :data:`_LOWER_START_RE`)."""
    from core.coach.stronger_limits import _capital

    parts = re.split(r"\[[^\]]*\]", stronger)
    return any(_CHOPPY_RE.search(part) for part in parts) or any(
        _capital(m.group(1)) != m.group(1) for part in parts for m in _LOWER_START_RE.finditer(part))


def story_as_approach(answer: str, stronger: str) -> bool:
    """Whether a past story (:func:`core.coach.stronger_kinds.told_story`) came back under an approach's headings ("Steps:",
    "Trade-offs:", "Concepts:", "Reasoning:"), its steps and result relabelled (session 15)."""
    from core.coach.stronger_kinds import told_story
    from core.coach.stronger_sentences import clean_sentences

    return bool(re.search(r"\b(?:Steps|Trade-offs|Concepts|Reasoning): ", stronger)) and told_story(clean_sentences(answer))


def fragment(stronger: str) -> bool:
    """Whether a heading holds a piece of a sentence for a sentence (session 15): an opening phrase without its clause
    ("Once a child.", "For a topic on the Great Fire.", "When a chunk server fails."; ten words at most, no comma), a verb cut from what it wants ("because I want, which…"), or the
    rest of a list opening on "And"."""
    from core.coach.stronger_phrases import _opener_only

    for sentences in _parts(stronger).values():
        for s in sentences:
            alone = "," not in s and len(s.split()) <= 10 and _opener_only(s.rstrip(".!?").split())
            if (alone or re.search(r"\b(?:I|we) (?:want|hope|wanted|hoped|decided|tried)"
                                                                   r"(?:,|[.!?]$)", s) or s.startswith("And ")):
                return True
    return False


# A preposition or article left hanging by a cut (session 16: "a covering index on in PostgreSQL", "a rule of reviews working
# day"): one before another preposition or "while", or before the sentence's end.
# Lower case only: "write A, then B" names a thing; "a while" and "add-on;" are whole.
_DANGLING_RE = re.compile(r"(?<![\w-])(?:on|of|with|from|into|the|an?)\s+(?:in|at|of|for)\b|"
                          r"(?<![\w-])(?:on|of|with|from|into|the)\s+while\b|(?<![\w-])(?:the|an?|of|on|with|from|into)[.,;](?!\d)")


def dangling(stronger: str) -> bool:
    """Whether a sentence outside the bracketed gaps holds a preposition or article left hanging (:data:`_DANGLING_RE`)."""
    return any(_DANGLING_RE.search(part) for part in re.split(r"\[[^\]]*\]", stronger))


# A connective of the coach's that says what the answer did not (session 16): "then I then called", "one night, then about
# GBP 450", "left to chance, then brought in…".
_WRONG_LINK_RE = re.compile(r"\bthen\s+(?:\w+\s+){0,2}then\b|,\s+(?:then|and)\s+(?:about|around|roughly|nearly|almost|up from|"
                            r"down from)\s|\b(?:was|were)\s+(?:\w+\s+){0,4}?\w+,\s+then\s+(?:brought|came|went|made|took|"
                            r"reached|cost)\b", re.IGNORECASE)


def wrong_link(answer: str, stronger: str) -> bool:
    """Whether the coach stitched a connective that says what the answer did not (:data:`_WRONG_LINK_RE`), or opened a
    sentence on "Also, I …" before a step in the past where the answer had no "also" there ("Also, I rewrote them…")."""
    from core.coach.stronger_kinds import _OPENS_ACTING_RE

    for part in re.split(r"\[[^\]]*\]", stronger):
        if _WRONG_LINK_RE.search(part):
            return True
        for m in re.finditer(r"(?:^|[.!?]\s)Also, (I|we) (\w+)", part):
            if _OPENS_ACTING_RE.match(f"I {m.group(2)}") and not re.search(rf"\b{m.group(1)} also {m.group(2)}\b|\balso,? {m.group(1)} {m.group(2)}\b", answer, re.IGNORECASE):
                return True
    return False


def also_in_situation(stronger: str) -> bool:
    """Whether a sentence under "Situation:" opens on the coach's "Also," ("Also, the risk was…": session 16)."""
    return any(s.startswith("Also,") for s in _parts(stronger).get("Situation", []))


def step_as_result(stronger: str) -> bool:
    """Whether a sentence under "Result:" opens on a step of the candidate's that measures no change
    (:func:`core.coach.stronger_kinds.opens_on_own_action`: "Result: I mapped every field…": session 16)."""
    from core.coach.stronger_kinds import opens_on_own_action

    return any(opens_on_own_action(s) for s in _parts(stronger).get("Result", []))


def quote_edited(answer: str, stronger: str) -> bool:
    """Whether a quoted phrase of the answer ("triaged as 'chest pain, orange'") came back with the coach's words inside it
    or cut ("'chest pain, then orange'"): a quote in the stronger answer that is no quote of the answer (session 16)."""
    from core.coach.stronger_quotes import QUOTED_RE

    said = {m.group(0) for m in QUOTED_RE.finditer(answer)}
    return bool(said) and any(m.group(0) not in said for part in re.split(r"\[[^\]]*\]", stronger)
                              for m in QUOTED_RE.finditer(part))


def plan_as_before(stronger: str) -> bool:
    """Whether a sentence under "Before:" tells a plan ("In the first 90 days I'd aim to…": session 16)."""
    return any(re.search(r"\b(?:I|we)(?:'d| would|'ll| will)\b", s, re.IGNORECASE) for s in _parts(stronger).get("Before", []))


def baseline_as_result(stronger: str) -> bool:
    """Whether a sentence under "Result:" states a level as it stood before the change
    (:func:`core.coach.stronger_kinds.baseline`: "Time to antibiotics within one hour was 62%": session 16), a result with a
    figure told after it under the same heading."""
    from core.coach.stronger_kinds import baseline

    said = _parts(stronger).get("Result", [])
    return any(baseline(s) and any(re.search(r"\d", t) for t in said[i + 1:]) for i, s in enumerate(said))


def opening_dropped(answer: str, stronger: str) -> bool:
    """Whether a story that opens on its situation (its first sentence, of three or more, of the situation kind and no step
    of the candidate's, :func:`core.coach.stronger_kinds.star_kinds`) got the gap under "Situation:" (session 16: "A junior
    doctor wanted to discharge…" was dropped)."""
    from core.coach.stronger_kinds import opens_on_own_action, star_kinds
    from core.coach.stronger_sentences import clean_sentences

    said = clean_sentences(answer)
    if len(said) < 3 or not stronger.startswith("Situation: [") or " Action: [" in stronger:
        return False
    return "situation" in star_kinds(said[0]) and not opens_on_own_action(said[0])


def run() -> list[tuple[str, float, str, str]]:
    from bench.bench_scorer import load_published, load_team
    from bench.bench_stronger21 import rows as rows21
    from bench.bench_stronger_heads import rows as heading_rows
    from bench.bench_stronger_keeps import rows as keep_rows
    from bench.bench_stronger_meaning import rows as meaning_rows
    from bench.bench_stronger_order import rows as order_rows
    from bench.bench_stronger_whole import rows as whole_rows
    from core.coach.score import score_answer
    from core.coach.stronger_limits import SHORT_PHRASE, longest_run

    items = load_published()[0] + load_team()
    runs, wrong, stitched, mixed, cut = [], 0, 0, 0, 0
    hanging = links = also = steps = quotes = plans = baselines = openings = cuts = glues = others = 0
    measures = appositions = also_then = presents = gaps = lessons = 0
    strongers = []
    for item in items:
        stronger = score_answer(item.question, item.answer).stronger_answer
        strongers.append(stronger)
        runs.append(longest_run(stronger, item.answer))
        wrong += wrong_heading(stronger)
        stitched += choppy(stronger)
        mixed += story_as_approach(item.answer, stronger)
        cut += fragment(stronger)
        hanging += dangling(stronger)
        links += wrong_link(item.answer, stronger)
        also += also_in_situation(stronger)
        steps += step_as_result(stronger)
        quotes += quote_edited(item.answer, stronger)
        plans += plan_as_before(stronger)
        baselines += baseline_as_result(stronger)
        openings += opening_dropped(item.answer, stronger)
        cuts += bool(opening_cut(item.answer, stronger))
        glues += glued(item.answer, stronger)
        others += others_now(stronger)
        measures += bool(cut_measures(item.answer, stronger))
        appositions += apposition_listed(item.answer, stronger)
        also_then += bool(_ALSO_THEN_RE.search(stronger))
        presents += present_as_before(stronger)
        gaps += action_gap(item.answer, stronger)
        lessons += lesson_dropped(item.answer, stronger)
    n = max(1, len(items))
    return [
        ("stronger: dev answers (published present + team)", float(len(items)), "items", "-"),
        (f"stronger: share giving back over {SHORT_PHRASE} of the answer's words in a row",
         sum(r > SHORT_PHRASE for r in runs) / n, "ratio", "0"),
        ("stronger: share giving back over 20 words in a row", sum(r > 20 for r in runs) / n, "ratio", "0"),
        ("stronger: longest run of the answer's words", float(max(runs, default=0)), "words", f"<= {SHORT_PHRASE}"),
        ("stronger: share with a sentence under a STAR heading not of its kind", wrong / n, "ratio", "compare"),
        ("stronger: share with a stitched sentence (choppy join, lower-case start, dangling end)", stitched / n,
         "ratio", "0"),
        ("stronger: share of past stories under an approach's headings (Steps, Trade-offs, Concepts, Reasoning)", mixed / n,
         "ratio", "0"),
        ("stronger: share with a heading holding a piece of a sentence (opening phrase alone, cut verb, 'And …')",
         cut / n, "ratio", "compare"),
        ("stronger: answers with a preposition or article left hanging by a cut ('index on in', 'the.')", float(hanging),
         "count", "0"),
        ("stronger: answers with a connective the answer did not say ('then … then', ', then about', 'Also, I …')",
         float(links), "count", "0"),
        ("stronger: answers with 'Also,' opening a sentence under Situation", float(also), "count", "0"),
        ("stronger: answers with a step of the candidate's opening a Result sentence", float(steps), "count", "0"),
        ("stronger: answers with a quoted phrase edited inside ('chest pain, then orange')", float(quotes), "count", "0"),
        ("stronger: answers with a plan under Before ('I'd aim to…')", float(plans), "count", "0"),
        ("stronger: answers with a baseline level under Result ('… was 62%')", float(baselines), "count", "0"),
        ("stronger: stories whose opening situation was dropped for the gap", float(openings), "count", "0"),
        ("stronger: answers with a sentence whose opening was cut ('As nurse we had…', '…only 62 percent.')", float(cuts),
         "count", "compare"),
        ("stronger: answers with two of the answer's sentences run into one", float(glues), "count", "0"),
        ("stronger: answers with someone else's outcome under Now ('She passed… and now works')", float(others), "count",
         "0"),
        ("stronger: answers with a measure of time cut from its clause ('… to our resus' without 'for one hour')",
         float(measures), "count", "0"),
        ("stronger: answers with a noun named again joined as a list's item ('…I know, and operations directors…, and')",
         float(appositions), "count", "0"),
        ("stronger: answers with 'Also, when …, then I' (a past time followed by the coach's 'then')", float(also_then),
         "count", "0"),
        ("stronger: answers with a present duty under Before ('I often act as…', 'I triage 30 patients a shift')",
         float(presents), "count", "0"),
        ("stronger: stories given the Action gap though the answer tells a step of the candidate's ('First I sat with…')",
         float(gaps), "count", "compare"),
        ("stronger: answers whose announced lesson ('What I learned is…') has no Lesson heading", float(lessons), "count",
         "compare"),
        *whole_rows([item.answer for item in items], strongers, n),  # sentences whole or cut cleanly (session 18)
        *heading_rows(strongers),  # each part under the heading its verb says (session 19)
        *keep_rows([item.answer for item in items], strongers),  # every clause of substance kept (newcomer run 19)
        *order_rows([item.answer for item in items], strongers),  # the story in order, under its headings (session 20)
        *meaning_rows([item.question for item in items], [item.answer for item in items], strongers),  # (session 20)
        *rows21([item.answer for item in items], strongers),  # current work never Before, no act of I dropped (session 21)
    ]
