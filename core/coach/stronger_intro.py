"""Where an introduction's or a "why this role" answer's sentence goes, beyond its own wording (newcomer, session 20):

- an introduction's sentence telling the candidate's act in the past ("When we moved to a three-year GCSE I rewrote the
  scheme of work, … so we could see gaps early") is never "Why this role" for a purpose clause in it: it goes under
  "Before" (the steps that led here), with what came of it ("Grade 4 and above went from 58% to 71%"), never split from
  it; a sentence naming an earlier role ("Before that…", "Previously…") is never the reason, even when it names the employer;
- a sentence naming the employer the question names ("For Northwind, half-hourly smart meter data is exactly that mix…")
  is a reason tied to the organisation: "Why this role", never left out.
"""

from __future__ import annotations

import re

from core.coach.stronger_motives import wants_role

# The candidate's (or their team's) act in the past: "I rewrote", "we moved", "I then designed".
_PAST_ACT_RE = re.compile(r"\b(?:I|we)\s+(?:\w+ly\s+|then\s+|also\s+|first\s+)?(?!(?:was|were|had|needed|wanted|used|"
                          r"liked|loved|hoped)\b)(?:\w{2,}ed|built|rewrote|wrote|ran|led|took|made|set|brought|taught|"
                          r"gave|got|won|cut|grew|put|sent|kept)\b", re.IGNORECASE)
# An earlier role named: the answer has moved on from the current one.
_EARLIER_RE = re.compile(r"\b(?:before (?:that|this|then|joining|coming)|previously|prior to (?:that|this|joining)|earlier in "
                         r"my career|my (?:first|last|previous|old) (?:job|role|post|school|employer|company)|I (?:started|began) "
                         r"(?:my career|out|as|at|in)|I (?:was|worked) (?:a|an|as|at|for)\b|I joined|I spent \w+ years|"
                         r"(?:19|20)\d\d\s*(?:to|-|–|until)\s*(?:19|20)\d\d)", re.IGNORECASE)
# The employer a question asks about joining: capitalised words after "role at", "job with", "join" ("…the senior data
# engineer role at Northwind Energy"); never the candidate's own ("your time at Brayford", "your current role at…").
_EMPLOYER_RE = re.compile(r"\b(?:(?:role|job|position|post|vacancy|opening|team)\s+(?:at|with)|join(?:ing)?|work(?:ing)? "
                          r"(?:for|at))\s+((?:[A-Z][\w&'’.-]*)(?:\s+(?:of\s+)?[A-Z][\w&'’.-]*){0,3})")
_OWN_RE = re.compile(r"\byour\s+(?:\w+\s+){0,3}$", re.IGNORECASE)  # "your current role at…": the candidate's own
_NOT_NAMES = frozenset({"I", "The", "A", "An", "Your", "Our", "This", "That", "CV", "Tell", "What", "Why", "How"})


def employer_names(question: str) -> list[str]:
    """The employer's first names a question names (``["Northwind"]`` for "…the senior data engineer role at Northwind
    Energy?"); ``[]`` when it names none."""
    found = []
    for match in _EMPLOYER_RE.finditer(question or ""):
        if _OWN_RE.search(question[max(0, match.start() - 30):match.start()]):
            continue
        first = match.group(1).split()[0].strip(".’'")
        if first not in _NOT_NAMES and len(first) > 2:
            found.append(first)
    return found


def names_employer(sentence: str, names: list[str]) -> bool:
    """Whether ``sentence`` names one of the question's employers (:func:`employer_names`) as a word."""
    return any(re.search(rf"\b{re.escape(n)}\b", sentence) for n in names)


def intro_label(sentence: str, label: str | None, *, after_before: bool = False, after_now: bool = False,
                since: int | None = None) -> str | None:
    """An introduction's sentence's part after the fixes above: ``label`` as its wording gave it. A sentence of the
    current work (:func:`current_work`, or an act dated in the current job: :func:`dated_in_current`) is "Now", never
    "Before", and so is what came of it told next (``after_now``: the sentence before went under "Now"); ``after_before``:
    the sentence before it went under "Before", so an undated act goes on with that earlier story. ``since``: the year the
    current job began (:func:`current_start`), None when unknown."""
    if label == "Why this role" and _PAST_ACT_RE.search(sentence) and not wants_role(sentence):
        label = "Before"  # a past act with a purpose in it ("…so we could see gaps early") is no reason for the role
    if label in {"Before", None} and (current_work(sentence, after_before=after_before) or (
            re.search(r"\b(?:I|we)\b", sentence, re.IGNORECASE) and dated_in_current(sentence, since))):
        label = "Now"  # "I do the file opening on Proclaim…" had no part and was left out
    elif label in {"Before", None} and after_now and _OUTCOME_RE.search(sentence) and not re.search(
            r"\b(?:I|we)\b", sentence, re.IGNORECASE) and (dated_in_current(sentence, since) or not _YEAR_RE.search(sentence)):
        label = "Now"  # "Grade 4 and above went from 58% to 71%" after the current job's act it came of (session 22)
    elif label == "Before" and after_now and _LATELY_RE.search(sentence) and not told_earlier(sentence) and not (
            _BEFORE_NOW_RE.search(_DAY_BEFORE_RE.sub("", sentence))):  # "the numbers from the night before" places nothing
        label = "Now"  # "Last year I raised pick rate…" right after the current job, naming no other: that job's (s25)
    return label


# A time within the last year or so ("last year", "last month", "over the past six months"): an act told so, right after
# the current job and naming no earlier one, is of the current job.
_DAY_BEFORE_RE = re.compile(r"\bthe (?:night|day|shift|week|month|morning|evening) before\b", re.IGNORECASE)
_LATELY_RE = re.compile(r"\b(?:last (?:year|month|quarter|spring|summer|autumn|winter|term|week)|(?:over |in )?the (?:past|last)"
                        r" (?:year|\w+ months|few months|quarter))\b", re.IGNORECASE)


_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# The current job's start as a CV header gives it ("Sep 2021 – present", "2019 - now") or a sentence says it ("since 2021").
_SINCE_RE = re.compile(r"\b((?:19|20)\d\d)\s*(?:-|–|—|to)\s*(?:present|now|current|today|date)\b|\bsince ((?:19|20)\d\d)\b",
                       re.IGNORECASE)
# What came of something, told as a change or a level reached ("went from 58% to 71%", "rose to", "fell by").
_OUTCOME_RE = re.compile(r"\b(?:went (?:from|up|down)|rose|fell|dropped|grew|climbed|improved|increased|doubled|halved|"
                         r"(?:from|to|by) [$£€]?\d)", re.IGNORECASE)
# Words that place a dated act before the current job, whatever its year.
_BEFORE_NOW_RE = re.compile(r"\b(?:ago|before|previously|earlier|prior|in my (?:first|previous|last|old))\b", re.IGNORECASE)


def current_start(question: str) -> int | None:
    """The year the candidate's current job began, as the question quotes it from the CV ("…Leicester | Sep 2021 –
    present": 2021); None when the question gives none."""
    found = _SINCE_RE.search(question or "")
    return int(found.group(1) or found.group(2)) if found else None


def dated_in_current(sentence: str, since: int | None) -> bool:
    """Whether ``sentence`` is dated inside the current job: every year it names at or after ``since`` (the current job's
    start), no earlier role named (:func:`told_earlier`) and no word placing it before ("ago", "previously"). "When we
    moved to a three-year GCSE in 2022 I rewrote the scheme of work" in a job held since 2021 is current work (re-check,
    session 21: it came back under "Before:")."""
    years = [int(y) for y in _YEAR_RE.findall(sentence)]
    return (since is not None and bool(years) and min(years) >= since and not told_earlier(sentence)
            and not _BEFORE_NOW_RE.search(sentence))


# The candidate's own verb in the present ("I do the file opening", "I also do the PPM routines", "we run"), never a past
# form, a modal or a helping verb: the work as it is now.
_PRESENT_ACT_RE = re.compile(r"\b(?:I|we)\s+(?:also\s+|still\s+|now\s+|mainly\s+|mostly\s+|\w+ly\s+)?(?!(?:re|over|under|"
                             r"out|with|up)?(?:was|were|had|"
                             r"did|would|could|should|will|can|may|might|must|am|are|have|has|then|first|just|once|never|"
                             r"\w+ed|built|wrote|led|ran|set|put|made|took|got|gave|found|kept|told|met|spoke|sent|brought|"
                             r"taught|chose|drew|sat|rang|won|cut|laid|paid|held|sold|bought|caught|felt|saw|knew|thought|"
                             r"went|came|began|became|left|said|lost|spent|grew|read|heard|learnt|drew|dealt|meant|fought|sought|"
                             r"ate|wore|rode|threw|flew|shut|hit|let|quit|split|spread|struck|stood|understood|"
                             # a liking or a feeling, no duty ("I get on well with the operations people")
                             r"get|like|enjoy|love|think|feel|know|want|need|hope|believe|try|mean|guess)\b)[a-z]{2,}\b")
# Time words that place the work now ("Most recently we redesigned…", "This year I…"), not on the way here.
_RECENT_RE = re.compile(r"\b(?:most recently|recently|currently|at the moment|these days|this (?:year|quarter|month|term))\b",
                        re.IGNORECASE)
# Time words that place a past act before now: a year, "last…", "ago", a clause of when, an earlier role.
_THEN_RE = re.compile(r"\b(?:19|20)\d\d\b|\b(?:last|ago|before (?:that|this|then|joining|coming|moving|I|we|my)|previously|earlier|when|once|first|then|until|after|while|"
                      r"during|joined|started|took over|at the time|back in|in my (?:first|previous|last|old))\b", re.IGNORECASE)


def current_work(sentence: str, *, after_before: bool = False) -> bool:
    """Whether an introduction's ``sentence`` tells the candidate's current work: their own verb in the present ("I do
    the file opening on Proclaim"), a time word of now ("Most recently we redesigned appointment booking"), or an act of
    theirs in the past with no time word placing it before now ("I cut our 90-day leavers from 28% to 12%…": an
    achievement of the current role). Tense and time words decide (re-checks, session 20: each came back under
    "Before:"); an act dated earlier ("Last year I redesigned the rota", "When we moved… in 2023 I rebuilt…") or an
    earlier role (:func:`told_earlier`) is the way here, and someone else's outcome ("She passed… and now works on our
    ward") is none of the candidate's work. ``after_before``: the sentence before was the way here ("I mentored six
    nurses last year. I set up weekly check-ins for them."), so an undated act goes on with it."""
    if told_earlier(sentence) or not re.search(r"\b(?:I|we)\b", sentence, re.IGNORECASE):
        return False
    if _RECENT_RE.search(sentence) or _PRESENT_ACT_RE.search(sentence):
        return True
    return not after_before and bool(_PAST_ACT_RE.search(sentence)) and not _THEN_RE.search(sentence)


def told_earlier(sentence: str) -> bool:
    """Whether ``sentence`` names a role before the current one (:data:`_EARLIER_RE`)."""
    return bool(_EARLIER_RE.search(sentence))


# What a sentence says of the employer as it is, or of the candidate there: "is exactly that mix", "would be new to me".
_SAYS_OF_RE = re.compile(r"\b(?:is|are|'s|’s|would|will|needs?|has|have|does|fits?|matches|wants?|uses?|runs?)\b", re.IGNORECASE)


def employer_reason(question: str, answer: str) -> bool:
    """Whether a sentence of ``answer`` names the employer the question names (:func:`employer_names`) and says something
    of it as it is ("For Northwind, half-hourly smart meter data is exactly that mix…"): a reason tied to the organisation
    (newcomer, session 20: the report said none was given). A past "I applied to Northwind" is none."""

    return bool(employer_reasons(question, answer))


def employer_reasons(question: str, answer: str) -> list[str]:
    """The sentences of ``answer`` that :func:`employer_reason` reads as a reason tied to the employer, in order."""
    from core.analysis.text import sentences

    names = employer_names(question)
    return [s for s in sentences(answer or "") if names and names_employer(s, names) and _SAYS_OF_RE.search(s)]


def why_reasons(reasons: list[str], question: str, answer: str, *, asks: bool, lang: str) -> list[str]:
    """``reasons`` (an English answer's quoted reasons for wanting the role), or, when it has none and the question asks
    why this role (``asks``), its sentences naming the question's employer (:func:`employer_reasons`), each clipped to 12
    words: "For Northwind, half-hourly smart meter data is exactly that mix…" is the reason, never "It never says why you
    want this role" (re-check, session 20)."""
    from core.coach.phrasing import clip

    if reasons or not asks or lang != "en":
        return reasons
    return [clip(r, 12) for r in employer_reasons(question, answer)]
