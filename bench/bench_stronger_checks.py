"""The stronger answer's checks of sessions 17 and 18, read sentence by sentence against the answer (split from
:mod:`bench.bench_stronger`, which runs them and re-exports them): a sentence whose opening was cut (:func:`opening_cut`),
two of the answer's sentences run into one (:func:`glued`), someone else's outcome under "Now" (:func:`others_now`), a
measure of time cut from its clause (:func:`cut_measures`), a noun named again joined as a list's item
(:func:`apposition_listed`), "Also, when …, then I" (:data:`_ALSO_THEN_RE`), a present duty under "Before"
(:func:`present_as_before`), a story left the Action gap though it tells a step (:func:`action_gap`) and an announced
lesson with no "Lesson:" (:func:`lesson_dropped`); with :func:`_parts`, each heading's sentences, that both modules read."""

from __future__ import annotations

import re

_HEADING_RE = (r"(?:Situation|Task|Action|Result|Lesson|Approach|Steps|Trade-offs|Concepts|Reasoning|Recognise|Act|Record|"
               r"Report|Follow up|Why this role|Evidence|What you bring|Now|Before|The trait|Example|What I do about it)")


def _parts(stronger: str) -> dict[str, list[str]]:
    """Each heading's sentences (three words or more), without the bracketed gaps."""
    found = re.finditer(rf"(?:^|\s)({_HEADING_RE}): (.*?)(?=\s{_HEADING_RE}: |$)", stronger)
    # a sentence also ends on a quote closed after its stop ("…called twice?' Then I…": session 22)
    return {m.group(1): [s for s in re.split(r"(?<=[.!?])\s+|(?<=[.!?]['’\"”])\s+", re.sub(r"\[[^\]]*\]", "", m.group(2)).strip())
                         if s.strip()] for m in found}


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
