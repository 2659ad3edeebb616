"""A result stated with a figure or a measure, wherever it stands in an answer and however it is worded
("By the summer, 81% reached the expected standard", "the cooler at bedside in 11 minutes", "with zero
errors"), and never the brief that was set ("we had to do it in 2 weeks"). English wording."""

from __future__ import annotations

import re

from core.analysis.cues import STAR_EN
from core.analysis.text import phrase_words, sentences

# A stated result anywhere: a measure (%, money, "from X to Y") in a sentence with a verb of change.
_FIGURE_RESULT_RE = re.compile(
    # "from 420 ms to 180 ms": a unit may follow each figure
    r"(?:\d[\d,.]*\s?(?:%|percent\b|per cent\b)|[$£€]\s?\d|\bfrom\s+\S*\d\S*(?:\s+[a-z]{1,8})?\s+to\s+\S*\d)[^.!?]*|"
    # two figures set against each other: "31 percent against 22", "14 versus 9 a week" (re-check, session 26)
    r"\b\d[\d,.]*\s?(?:%|percent|per cent)?\s+(?:against|versus|vs\.?|compared (?:with|to))\s+\d[^.!?]*|"
    # "18 of the 24 pupils read at the expected level, against 7 in September": the figure, then what it is set against
    r"\b\d[^.!?]*?\b(?:against|versus|vs\.?|compared (?:with|to)|up from|down from)\s+\d[^.!?]*|"
    r"\b(?:reached|rose|fell|dropped|grew|cut|cutting|reduced|reducing|increased|increasing|improved|improving|saved|"
    r"saving|halved|halving|doubled|doubling|went up|went down)\b[^.!?]*\d|"
    r"\b(?:later|afterwards|by the end)\b[^.!?]*\d|"  # "Four months later we were at 11 hours"
    # what was done, measured (issue 15, session 14): "the cooler at bedside in 11 minutes", "with zero errors"
    r"\b(?:in|within|under)\s+\d+\s?(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\b[^.!?]*|"
    r"\b(?:with|had|made)\s+(?:zero|0|no)\s+(?:\w+\s+)?(?:errors?|incidents?|complaints?|defects?|mistakes?|"
    r"injuries|accidents?|escalations?|breaches|returns|falls)\b[^.!?]*|"
    # "with no rejected jobs", "with zero missed calls": none of a failed kind, whatever was counted (session 24)
    r"\b(?:with|had|made)\s+(?:zero|0|no|not a single|not one)\s+(?:rejected|failed|missed|lost|late|dropped|"
    r"abandoned|unplanned|repeat|overdue|wrong|returned|cancelled|canceled|upheld|reopened)\s+\w+[^.!?]*",
    re.IGNORECASE)
# a time or count that was the brief, not what came of it: "we had to do it in 2 weeks", "the deadline was"
_BRIEF_RE = re.compile(r"\b(?:had|needed|have|has|wanted|asked)\s+(?:\w+\s+)?to\b|\bdeadline\b|\bgoal\b|\btarget\b",
                       re.IGNORECASE)


# A measure said in words (issue 15, session 15: "cleared in three weeks", "two days early", "half the time" were read
# as no number): a count in words with a unit of time, said as how long it took or how early it came, and a share or
# multiple of what it was ("half the time", "cut in half", "twice as fast", "doubled").
_SPELLED = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
            r"fifty|sixty|a few|a couple of|half an?)")
_COUNT = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
          r"sixty|a hundred|a dozen|a couple|a handful)")  # a count, never "a" alone ("a call instead of a visit")
_ABOUT = r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more than\s+|the\s+(?:usual\s+)?)?"
_RATE = r"(?:a|per|each|every)\s+(?:day|week|month|year|shift|quarter|night|term|visit)\b"
_TIME_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|shifts?|sprints?)"
# what came back or was settled: the outcome an emergency or a fault is told by (never the candidate's own return: "I came
# back after two weeks of holiday")
_OUTCOME = (r"(?:(?:got|had|is|are|brought|bring|(?<!\bI )(?<!\bwe )(?:came|was|were|went))\b[^.!?]{0,25}?\bback\b|back (?:up|online|in "
            r"service|to normal)|restored|recovered|resolved|regained|survived|stabili[sz]ed|discharged|woke up|"
            r"breathing again|up and running|running again|reopened)")
_AFTER = rf"\bafter\s+(?:about\s+|just\s+|only\s+|nearly\s+)?(?:\d+|{_SPELLED})\s+{_TIME_UNIT}\b"
_OUTCOME_AFTER = rf"\b{_OUTCOME}\b[^.!?]{{0,40}}?{_AFTER}|{_AFTER}[^.!?]{{0,40}}?\b{_OUTCOME}\b"
_OUTCOME_AFTER_RE = re.compile(_OUTCOME_AFTER, re.IGNORECASE)
_SPELLED_MEASURE_RE = re.compile(
    # "in two weeks", never a kind of place or job ("a day centre", "a two-week course", "a day shift")
    rf"\b(?:in|within|under|inside)\s+(?:just\s+|only\s+|less than\s+)?{_SPELLED}\s+{_TIME_UNIT}\b(?![-'’]|\s+(?:centre|"
    r"center|care|shifts?|jobs?|roles?|schools?|trips?|course|workshop|unit|ward|pass|rate|tickets?|events?|release|old)\b)|"
    rf"\b{_SPELLED}\s+{_TIME_UNIT}\s+(?:early|earlier|ahead|sooner|faster|quicker|shorter|less|ahead of schedule|"
    r"before the deadline)\b|"
    r"\b(?:half|a third|a quarter|two thirds|a tenth) (?:of )?(?:the|its|their|our|my) (?:time|cost|errors?|mistakes?|"
    r"complaints?|calls?|returns?|waiting|backlog|delays?|price|budget)\b|\bhalf as (?:long|much|many)\b|"
    r"\b(?:in half|by (?:about |around |roughly |nearly |almost |more than |over |just over |just under )?"
    r"(?:half|a third|a quarter|a fifth|a tenth|two thirds|three quarters))\b|\b(?:halved|doubled|tripled|quadrupled)\b|"
    # a count said in words against the one before: "two doses instead of about ten a month", "three calls a day, down
    # from twelve" (re-check rc28, m2: "What was missing: The result, with a number" beside it, session 29)
    rf"\b{_COUNT}\s+(?:[a-z]+,?\s+){{0,3}}?(?:down|up) from\s+{_ABOUT}{_COUNT}\b|"
    # "instead of" only with a rate, never a choice ("two vendors instead of three")
    rf"\b{_COUNT}\s+(?:[a-z]+,?\s+){{0,3}}?(?:instead of|compared with|compared to)\s+{_ABOUT}{_COUNT}\s+(?:[a-z]+\s+)?"
    rf"{_RATE}|\b{_COUNT}\s+(?:[a-z]+\s+)?{_RATE},?\s+(?:instead of|compared with|compared to)\s+{_ABOUT}{_COUNT}\b|"
    r"\b(?:twice|three times|four times|five times|ten times) (?:as|more|faster|quicker|the)\b|"
    # what it takes now, said in words: "Returns now take four days" (session 27)
    rf"\b(?:now|only)\s+(?:takes?|took|costs?|lasts?)\s+(?:about\s+|just\s+|under\s+)?{_SPELLED}\s+{_TIME_UNIT}\b|"
    # a change said in words: "from four days to one", "from ten complaints a week to two" (session 27)
    rf"\bfrom\s+{_SPELLED}\s+(?:[a-z]+\s+){{0,3}}?to\s+(?:{_SPELLED}|\d)\b|"
    # an outcome reached after a time: "he got a pulse back after six minutes", "the line was back up after 40 minutes"
    # (rc27 N9: "What was missing: The result, with a number" beside it)
    + _OUTCOME_AFTER, re.IGNORECASE)


def spelled_measure(text: str) -> bool:
    """Whether ``text`` holds a measure said in words (:data:`_SPELLED_MEASURE_RE`: "in three weeks", "two days
    early", "half the time", "cut in half"): a number a result can rest on, as "in 3 weeks" is."""
    return bool(_SPELLED_MEASURE_RE.search(text or ""))


def spelled_measures(text: str) -> list[re.Match[str]]:
    """Each measure said in words in ``text`` (:data:`_SPELLED_MEASURE_RE`), in order."""
    return list(_SPELLED_MEASURE_RE.finditer(text or ""))


def measured_result(sentence: str) -> bool:
    """Whether ``sentence`` states a result with a figure or a measure (:data:`_FIGURE_RESULT_RE`: "from 78% to 96%",
    "in 11 minutes", "with zero errors"; :func:`spelled_measure`: "in three weeks", "half the time", "two days
    early"), not the brief it was set ("we had to do it in 2 weeks", "the deadline was in two weeks")."""
    m = _FIGURE_RESULT_RE.search(sentence)
    if m and not _BRIEF_RE.search(sentence[: m.start()]) and (
            re.search(r"\d", sentence) or re.match(r"\w+\s+(?:zero|no|not a single|not one)\b", m.group(0), re.IGNORECASE)):
        return True
    w = _SPELLED_MEASURE_RE.search(sentence)
    return bool(w and not _BRIEF_RE.search(sentence[: w.start()]) and not _PLAN_RE.search(sentence[: w.start()]))


# a plan or a wish, not what came of it: "I want to cut it in half", "we will finish in two weeks"
_PLAN_RE = re.compile(r"\b(?:will|would|'ll|'d|want|plan|hope|aim|going to|could|should|can)\b", re.IGNORECASE)


def figure_result(text: str) -> str:
    """A sentence after the first that states a result with a figure ("By the summer, 81% reached the
    expected standard"): a result, wherever it stands and however it is worded. A change ("rose to", "later", "from
    X to Y") comes before a figure that only states a level, and a level stated before any sentence of what the
    candidate did is the starting state, the situation, never the result ("In 2021 only 64% of my class met the
    expected standard. I set up… Two years later 81% met it.": recheck, session 15)."""
    sents = sentences(text)
    later = sents[1:] or sents
    acted = next((i for i, s in enumerate(later) if _DID_RE.search(s) or STAR_EN["action"].search(s)), len(later))
    stated = [(i, s, m) for i, s in enumerate(later)
              if (m := _FIGURE_RESULT_RE.search(s) or _SPELLED_MEASURE_RE.search(s)) and measured_result(s)]
    changes = [(i, s, m) for i, s, m in stated if not _LEVEL_ONLY_RE.fullmatch(m.group(0)) or _CHANGE_WORD_RE.search(s)]
    for _i, sentence, m in changes or [(i, s, m) for i, s, m in stated if i > acted]:
        # the change comes late in its sentence ("I split the work…, cutting latency from 420 ms to 180 ms"):
        # quote from the change; else the sentence ("By the summer, 81% reached the expected standard")
        late = len(sentence[: m.start()].split()) > 5
        # a measure in words: all of it, from the start of its clause ("he got a pulse back after six minutes", never
        # "When the defibrillator arrived I shocked once, we gave adrenaline…" cut before it: rc27 N9)
        start = _clause_start(sentence, m.start()) if _OUTCOME_AFTER_RE.fullmatch(m.group(0)) else m.start()
        late = late and (m.re is _FIGURE_RESULT_RE or start != m.start())
        quote = phrase_words(sentence[start:] if late else sentence, 14)
        return quote.rstrip(".,;")
    return ""


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause holding position ``at`` of ``sentence`` begins: after the last comma, semicolon, "and", "but" or
    "so" before it; 0 when there is none."""
    cuts = [m.end() for m in re.finditer(r"[,;:]\s*(?:and\s+|but\s+|so\s+)?|\s(?:and|but|so)\s", sentence[:at])]
    return cuts[-1] if cuts else 0


# A figure that only states a level ("64% of my class met the standard", "$2m budget"), no change or "from X to Y".
_LEVEL_ONLY_RE = re.compile(r"(?:\d[\d,.]*\s?(?:%|percent\b|per cent\b)|[$£€]\s?\d)[^.!?]*", re.IGNORECASE)
# A change said anywhere in the sentence: "fell", "rose to", "up from", "two years later".
_CHANGE_WORD_RE = re.compile(
    r"\b(?:rose|risen|fell|fallen|dropped|grew|grown|cut|reduced|increased|improved|saved|halved|doubled|"
    r"tripled|went (?:up|down|from)|up from|down from|from\s+\S*\d\S*\s+to|later|afterwards|by the end|"
    r"now|since then|climbed|jumped|doubled|shrank|lowered|raised|"
    # a comparison: "31 percent against 22", "higher than", "versus" (session 27)
    r"against\s+\d+|versus|vs\.?|compared (?:with|to)|(?:higher|lower|more|fewer|faster|slower|better|worse) than)\b",
    re.IGNORECASE)
# A sentence of what the candidate (or their team) did: "I set up…", "we introduced…".
_DID_RE = re.compile(r"\b(?:I|we)\s+(?:then\s+|also\s+|first\s+)?[a-z]+ed\b|\b(?:I|we)\s+(?:set|ran|led|built|made|"
                     r"wrote|took|began|brought|taught|put|cut|met|spoke|sent|gave|chose|found|held|kept|drew)\b")


_CONSEQUENCE_RE = re.compile(r"(?:, |and )?so\b", re.IGNORECASE)


def followed_only(quote: str) -> bool:
    """Whether a result found by wording is only what the candidate did next, told as what followed ("…waiting
    too long, so I led the sepsis audit"): every result cue in it is such a consequence, so a measured result
    elsewhere (:func:`figure_result`: "fell from 74 to 48 minutes") is the result (session 17)."""
    found = list(STAR_EN["result"].finditer(quote))
    return bool(found) and all(_CONSEQUENCE_RE.match(m.group(0)) for m in found)


def other_language_result(text: str, lang: str) -> str:
    """The result a sentence of ``text`` in another language than ``lang`` (the answer's) states by that language's
    cue (:data:`core.analysis.cues.STAR_CUES`): a German follow-up reply after an English answer ("Wir haben etwa 18
    Prozent der Reisekosten im ersten Jahr gespart"; issue 15, session 18, the result was read as missing); ""."""
    from core.analysis.cues import STAR_CUES
    from core.analysis.language import detect_language
    from core.analysis.text import short_quote

    for sentence in sentences(text):
        other = detect_language(sentence) if len(sentence.split()) >= 5 else lang
        if other != lang and (cue := STAR_CUES.get(other, {}).get("result")) and (found := cue.search(sentence)):
            return short_quote(sentence, found.start(), found.end(), width=6)
    return ""
