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
  with no "Lesson:" (:func:`lesson_dropped`).
"""

from __future__ import annotations

import re

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


_HEADING_RE = (r"(?:Situation|Task|Action|Result|Lesson|Approach|Steps|Trade-offs|Concepts|Reasoning|Recognise|Act|Record|"
               r"Report|Follow up|Why this role|Evidence|What you bring|Now|Before|The trait|Example|What I do about it)")


def _parts(stronger: str) -> dict[str, list[str]]:
    """Each heading's sentences (three words or more), without the bracketed gaps."""
    found = re.finditer(rf"(?:^|\s)({_HEADING_RE}): (.*?)(?=\s{_HEADING_RE}: |$)", stronger)
    return {m.group(1): [s for s in re.split(r"(?<=[.!?])\s+", re.sub(r"\[[^\]]*\]", "", m.group(2)).strip())
                         if s.strip()] for m in found}


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


# The coach's words that open a sentence run on from the last ("Then", "Also,", "As a result,"): none of the answer's.
_COACH_LEAD_RE = re.compile(r"^(?:Then,?|Also,|As a result,|At the time,|After that,|Next,|Finally,|Plus,?)\s+")
# Words that only link an answer's sentence to the one before ("So", "And then", "As a result"): the coach may drop them.
_LINK_WORDS = frozenset(["so", "and", "but", "then", "also", "plus", "first", "firstly", "second", "secondly", "third",
                         "finally", "next", "however", "overall", "because", "since", "while", "although", "though",
                         "after", "that", "as", "a", "result", "in", "the", "end", "for", "example", "instance", "instead"])


def _said_words(text: str) -> list[str]:
    """Words as compared here: lower case, punctuation and Markdown marks off (``**Bold**`` is "bold")."""
    from core.coach.stronger_limits import answer_words

    return [w for w in (re.sub(r"[*_#`>|]", "", t) for t in answer_words(text)) if re.search(r"\w", w)]


def _answer_sentences(answer: str) -> list[list[str]]:
    """The answer's sentences as the stronger answer takes them (:func:`core.coach.stronger_sentences.clean_sentences`),
    each also without the words that announce a lesson (the "Lesson:" heading says them)."""
    from core.analysis.answer import candidate_words
    from core.analysis.text import said_once, strip_injections, strip_markup
    from core.coach.repeat_request import answer_parts_only
    from core.coach.stronger_parts import _LESSON_LEAD_RE
    from core.coach.stronger_sentences import clean_sentences

    # the text the scorer reads (core.coach.score.score_answer): the answer part, without markup or injected instructions,
    # each sentence said once
    read = said_once(candidate_words(strip_injections(candidate_words(strip_markup(answer_parts_only(candidate_words(answer)))))))
    out = []  # a stop after a capital ("entries ≤ W. If W ≥ T…") ends a sentence as the stronger answer reads it too
    for s in (p for c in clean_sentences(read) for p in re.split(r"(?<=[.!?])\s+(?=[A-Z])", c)):
        out.append(_said_words(s))
        if (rest := _LESSON_LEAD_RE.sub("", s, count=1)) != s:
            out.append(_said_words(rest))
    return out


def opening_cut(answer: str, stronger: str) -> list[str]:
    """The sentences of a stronger answer whose opening was cut (session 17: "As nurse we had…" for "As a charge nurse, we
    had…", "…only 62 percent." without the sentence's start): one whose first three words (after the coach's "Then",
    "Also,"…) sit inside an answer's sentence whose opening words appear nowhere in the stronger answer (only linking words,
    "So", "Because", or a list's "(3)" dropped), or that skips words inside its opening (its first word, then its next two within four
    words of the answer)."""
    said = _answer_sentences(answer)
    shown = " " + " ".join(_said_words(re.sub(r"\[[^\]]*\]", " ", stronger))) + " "
    cut = []
    for sentences in _parts(stronger).values():
        for sentence in sentences:
            head = _said_words(_COACH_LEAD_RE.sub("", sentence))[:3]
            if len(head) < 3:
                continue
            starts = [(s, k) for s in said for k in range(len(s) - 2) if s[k:k + 3] == head]
            if not starts:
                skipped = any(s[k] == head[0] and " ".join(head[1:]) in " ".join(s[k + 2:k + 6]) for s in said
                              for k in range(len(s)))
                if skipped:
                    cut.append(sentence)
                continue
            if not any(k == 0 or all(w in _LINK_WORDS or re.fullmatch(r"\(?(?:\d+|[a-z])\)?", w) for w in s[:k]) or _head_shown(s[:k], shown)
                       or f" {' '.join(s[:3])} " in shown for s, k in starts):  # the sentence's start shown: split, not cut
                cut.append(sentence)
    return cut


def _head_shown(head: list[str], shown: str) -> bool:
    """Whether the words before a sentence's cut (without the linking words it ends on: "…complaints, so") are shown."""
    while head and head[-1] in _LINK_WORDS:
        head = head[:-1]
    return bool(head) and f" {' '.join(head[-2:])} " in shown


def glued(answer: str, stronger: str) -> bool:
    """Whether a sentence of the stronger answer runs one of the answer's sentences into the next, as one (session 17: a
    follow-up reply stitched onto the main story's last sentence): the end of one and the start of the next in a row."""
    said = _answer_sentences(answer)
    for sentences in _parts(stronger).values():
        for sentence in sentences:
            words = " " + " ".join(_said_words(sentence)) + " "
            if any(len(a) >= 2 and len(b) >= 2 and f" {' '.join(a[-2:] + b[:2])} " in words
                   for a, b in zip(said, said[1:], strict=False)):
                return True
    return False


# The candidate as a sentence's subject: "I" or "we" in it, or "my"/"our" opening it (after the coach's lead).
_FIRST_PERSON_RE = re.compile(r"\b(?:I|we)\b|^(?:my|our)\b", re.IGNORECASE)


def others_now(stronger: str) -> bool:
    """Whether a sentence under "Now" (the candidate's present role) has someone else for subject ("Now: She passed her
    final placement … and now works [on our ward]": session 17): no "I" or "we" in it, nor "my"/"our" opening it."""
    return any(not _FIRST_PERSON_RE.search(_COACH_LEAD_RE.sub("", s)) for s in _parts(stronger).get("Now", [])
               if len(s.split()) >= 3)


# A measure of time said in words that closes a clause ("for one hour", "within two days"): session 18.
_TIME_MEASURE_RE = re.compile(r"\b(?:for|in|within|after) (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                              r"twenty|thirty|half|several) (?:second|minute|hour|day|night|week|fortnight|month|quarter|"
                              r"year|term|shift)s?\b", re.IGNORECASE)


def cut_measures(answer: str, stronger: str) -> list[str]:
    """The answer's measures of time said in words (:data:`_TIME_MEASURE_RE`: "for one hour") whose clause came back
    without them (session 18: "…pause ambulance offload to our resus" without "for one hour"): the three words before the
    measure are in the stronger answer, the measure is not."""
    shown = " " + " ".join(_said_words(re.sub(r"\[[^\]]*\]", " ", stronger))) + " "
    cut = []
    for m in _TIME_MEASURE_RE.finditer(answer):
        before = _said_words(answer[:m.start()])[-3:]
        if len(before) == 3 and f" {' '.join(before)} " in shown and f" {' '.join(_said_words(m.group(0)))} " not in shown:
            cut.append(m.group(0))
    return cut


def apposition_listed(answer: str, stronger: str) -> bool:
    """Whether a noun named again after a comma in the answer (:func:`core.coach.stronger_joins.apposition`: "the buyers I
    know, operations directors at 3PLs, so I…") came back joined with "and" as an item of a list (session 18)."""
    from core.coach.stronger_joins import apposition
    from core.coach.stronger_limits import _CLAUSE_RE
    from core.coach.stronger_quotes import split_outside

    for sentence in re.split(r"(?<=[.!?])\s+", answer):
        clauses = [c.strip(" ,;:") for c in split_outside(_CLAUSE_RE, sentence.rstrip(".!?")) if c.strip(" ,;:")]
        if any(apposition(clauses, i) and f"and {clauses[i]}" in stronger for i in range(len(clauses))):
            return True
    return False


def present_as_before(stronger: str) -> bool:
    """Whether a sentence under "Before:" tells the candidate's present role or duty
    (:data:`core.coach.stronger_kinds._PRESENT_RE`: "I often act as the senior nurse", "I triage 30 patients a shift":
    session 18)."""
    from core.coach.stronger_kinds import _PRESENT_RE

    return any(_PRESENT_RE.search(_COACH_LEAD_RE.sub("", s)) for s in _parts(stronger).get("Before", []))


# The candidate's own step in the past, regular or not ("I rang the supplier", "First I sat with the two managers").
_OWN_STEP_RE = re.compile(r"\bI\s+(?:\w+ly\s+|then\s+|also\s+|first\s+)?(?!was\b|were\b|had\b|wanted\b|needed\b|liked\b|"
                          r"loved\b|hoped\b|seemed\b|used\b|noticed\b|learned\b|realised\b|realized\b)(?:\w{3,}ed|built|"
                          r"wrote|led|ran|made|took|gave|found|kept|told|met|spoke|sent|brought|taught|chose|drew|sat|rang|"
                          r"went|drove|held|paid|sold|bought)\b")


def action_gap(answer: str, stronger: str) -> bool:
    """Whether a story's stronger answer, built from the answer (some heading holds its words), left the gap under "Action:"
    although the answer tells a step of the candidate's in the past (:data:`_OWN_STEP_RE`: session 18, "First I sat with the
    two production managers…" left out and "Action: [what you did…]")."""
    built = any(_parts(stronger).values())  # its headings' sentences, without the gaps
    return built and " Action: [" in f" {stronger}" and bool(_OWN_STEP_RE.search(answer))


def lesson_dropped(answer: str, stronger: str) -> bool:
    """Whether the answer announces a lesson (:data:`core.coach.stronger_parts._LESSON_LEAD_RE`: "What I learned is that…",
    "I learned to…") after its first sentence and its stronger answer, built from it, has none under "Lesson:" (session 18:
    a plan backed by a story lost "What I learned is that a forecast is trusted…")."""
    from core.coach.stronger_parts import _LESSON_LEAD_RE
    from core.coach.stronger_sentences import clean_sentences

    said = clean_sentences(answer)[1:]
    return (any(_parts(stronger).values()) and any(_LESSON_LEAD_RE.match(s) for s in said)
            and not _parts(stronger).get("Lesson"))


# "Also," opening a sentence whose time clause the coach follows with "then" ("Also, when we launched X in 2022, then I had…").
_ALSO_THEN_RE = re.compile(r"(?:^|[.!?:]\s)Also, (?:when|once|after|as soon as)\b[^.!?]*?, then (?:I|we)\b")


def run() -> list[tuple[str, float, str, str]]:
    from bench.bench_scorer import load_published, load_team
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
    ]
