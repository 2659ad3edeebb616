"""Where a clause of the candidate's may be cut so that a stronger answer keeps only short phrases of it (split from
:mod:`core.coach.stronger_limits`, which uses them): :func:`_clean_end` finds the end of a phrase within a limit,
:func:`_without_asides` drops phrases of place or time to keep a clause's figures together, and :func:`_opener_only` tells
an opening phrase left without the clause it opens ("Once a child", "For a topic on the Great Fire")."""

from __future__ import annotations

import re

from core.analysis.text import _dangling
from core.coach.stronger_quotes import inside_quote

SHORT_PHRASE = 12  # the longest run of the answer's own words a stronger answer may hold

_CUT_BEFORE = frozenset(["and", "but", "because", "so", "which", "who", "whose", "while", "when", "where", "then", "after",
                         "before", "until", "since", "of", "in", "at", "on", "for", "with", "by", "from", "into", "to",
                         "across", "over", "during", "within", "without", "through", "using", "via"])
# A verb waiting for what follows it ("I wanted [to…]", "most of the rise came [from…]"): no phrase ends on it.
_VERB_RE = re.compile(r"^(?:\w{3,}ed|\w{3,}ing|came|went|took|made|found|got|gave|put|ran|led|set|kept|began|said|"
                      r"told|thought|knew|felt|saw|brought|turned|was|were|is|are|check|look|work|deal|follow|write|"
                      r"call|take|make|ask|talk|speak|listen|report|hand|pass|sign|go|come|get|keep|put|send|stay)$", re.I)


_PREPOSITIONS = frozenset(["of", "in", "at", "on", "for", "with", "by", "from", "into", "to", "across", "over",
                           "during", "within", "without", "through", "using", "via"])
# Words a phrase cannot end on before "of" ("a lot [of copy-pasted code]", "a couple [of sprints]"), and words
# that wait for what they compare or name ("like [when power is lost]", "such as", "rather than").
_OF_HEADS = frozenset(["lot", "lots", "couple", "number", "bit", "range", "series", "kind", "sort", "type", "set",
                       "group", "piece", "part", "most", "some", "all", "none", "one", "each", "both", "many", "few",
                       "several", "majority", "half", "rest", "amount", "plenty", "variety", "mix", "handful"])
# A verb after one of these waits for what follows it ("so I can step [in early]").
_MODALS = frozenset(["can", "could", "will", "would", "should", "must", "may", "might", "to", "i'd", "i'll", "we'd"])
_WAITING = frozenset(["like", "such", "as", "than", "including", "e.g.", "i.e.", "especially", "namely", "rather"])


def _clean_end(tokens: list[str], limit: int) -> int | None:
    """How many of ``tokens`` to keep so that a clause longer than ``limit`` ends at a phrase of its own
    (before "because", "with", "across"…, not on "the", "two other", a verb waiting for its object, "a lot"
    before "of" or "like" before what it compares), or None."""
    for keep in range(min(limit, len(tokens) - 1), 2, -1):
        last = tokens[keep - 1].strip("\"'()")
        after = tokens[keep].lower().strip("\"'(")
        before = tokens[keep - 2].lower() if keep >= 2 else ""
        if (after in _CUT_BEFORE and not _dangling(last) and not _VERB_RE.match(last) and not inside_quote(tokens, keep)
                and not (before in _SUBJECTS and after == "to")  # "because I want [to follow…]": the verb waits for more
                and (before not in _MODALS or _FIGURE_RE.fullmatch(last))  # "fell to 0.9%" is no "to [verb]"
                and last.lower() not in _WAITING and not (after == "of" and last.lower() in _OF_HEADS)
                and not (after in RELATIVES and _definite(tokens[:keep]))):
            return keep
    return None


# Words that open a relative clause ("an elderly lady [whose NEWS2 was 5]", "the people [who have to make it work]").
RELATIVES = frozenset(["who", "whose", "which", "whom"])


def _definite(head: list[str]) -> bool:
    """Whether ``head`` ends on a noun phrase opened by "the", "those" or "these" (up to three words back): the relative
    clause after it says which one is meant, and a cut before it would say something else ("bring data and the people [who
    have to make it work]" -> "the people": session 16); after "a", "an" or a name it only adds to what was said."""
    for word in reversed([w.lower() for w in head[-4:]]):
        if word in _DETERMINERS or word in _PREPOSITIONS or word in {"and", "or"}:
            return word in {"the", "those", "these", "this", "that"}
    return False


# A phrase that only says where or when ("on the previous topic", "at the end of the year", "over two quarters"):
# what a clause can lose to keep its figures together ("went from 48% [on the previous topic] to 67%").
_ASIDE_PREPOSITIONS = frozenset(["in", "at", "on", "over", "during", "across", "within", "for", "under", "throughout",
                                 "among", "by"])
_COUNTS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
                     "dozens", "hundreds", "several", "multiple", "both"])
_PRONOUNS = frozenset(["i", "we", "he", "she", "they", "you", "it"])
_SUBJECTS = frozenset(["i", "we", "he", "she", "they"])
_LABELS = frozenset(["year", "grade", "level", "stage", "phase", "step", "version", "room", "ward", "unit", "floor",
                     "class", "band", "tier", "ks"])
_DETERMINERS = frozenset(["the", "a", "an", "my", "our", "their", "his", "her", "its", "this", "that", "each", "every",
                          "all", "both"])
_CHANGE_WORDS = frozenset(["rose", "fell", "grew", "went", "cut", "rise", "fall", "grow", "is", "are", "has", "have",
                           "had", "got", "hit", "reached"])
_FIGURE_RE = re.compile(r"[$£€]?\d[\d,.]*(?:%|k|m|bn)?")  # "67%", "£40k"; not a name with a digit ("KS2", "P1")
_REPORTED_SUBJECTS = frozenset(["the", "our", "my", "their", "this", "it", "we", "they", "he", "she", "most"])
_OBJECTS = frozenset(["them", "it", "him", "her", "us", "me", "you", "everyone", "everything"])


def _aside_end(tokens: list[str], start: int) -> int:
    """Where the phrase of place or time opening at ``tokens[start]`` (a preposition) ends: a determiner, up to
    three words, and an "of" with up to two more; ``start`` when none follows (no aside)."""
    def word(i: int) -> bool:
        w = tokens[i].lower().strip("\"'()") if i < len(tokens) else ""
        if _FIGURE_RE.fullmatch(w):  # a figure is no aside's, unless it numbers a label ("in Year 2")
            return tokens[i - 1].lower() in _LABELS
        return bool(w) and not (w in _CUT_BEFORE or w in _DETERMINERS or w in _CHANGE_WORDS or w in _PRONOUNS
                                or _VERB_RE.match(w) or tokens[i][-1:] in ";:")
    j = start + 1
    if j < len(tokens) and tokens[j].lower() in _DETERMINERS:
        j += 1 + (tokens[j].lower() in {"all", "both"} and j + 1 < len(tokens)  # "across all our suppliers"
                  and tokens[j + 1].lower() in _DETERMINERS)
    end = j
    while end < len(tokens) and end - j < 3 and word(end):
        end += 1
        if tokens[end - 1][-1:] == ",":  # "by the end, compared with 15…": the aside ends at its comma
            break
    if tokens[start].lower() == "by" and (start + 1 >= len(tokens) or tokens[start + 1].lower() != "the"):
        return start  # "by 12%", "by a third": a measure; "by the end of the unit" says when
    if (j < len(tokens) - 1 and tokens[j].lower() in _COUNTS
            and not re.match(r"(?:second|minute|hour|day|night|week|month|quarter|year|term|shift|semester)s?\b", tokens[j + 1], re.I)):
        return start  # "for two plants", "across three wards": how many, what the clause is about; "over two years" says when
    if _TIME_MEASURE_RE.match(tokens[start]) and j < len(tokens) - 1 and _SPELLED_COUNT_RE.match(tokens[j]) and \
            _TIME_UNIT_RE.match(tokens[j + 1]):
        return start  # "in six weeks", "for one hour": how long it took or lasted, a measure (session 18)
    if end == j or (end < len(tokens) and _FIGURE_RE.fullmatch(tokens[end].strip(",.;:"))):
        return start  # no words, or a figure right after them is theirs ("for those 11")
    if end < len(tokens) - 1 and tokens[end].lower() == "of":
        k = end + 1 + (tokens[end + 1].lower() in _DETERMINERS)
        more = k
        while more < len(tokens) and more - k < 2 and word(more):
            more += 1
        if more == k:
            return start  # "at the end [of 2019]": an "of" whose words are not the aside's: it stays whole
        end = more
    return end if _phrase_ends(tokens, end) else start


def _phrase_ends(tokens: list[str], end: int) -> bool:
    """Whether a phrase can end before ``tokens[end]``: at the clause's end, after a comma, or before a linking word, a
    determiner, a pronoun, a figure or a verb; not inside a noun phrase ("within one [working day]": session 16, the
    aside "within one" left "a rule of reviews working day")."""
    if end >= len(tokens) or tokens[end - 1][-1:] in ",;:":
        return True
    word = tokens[end].lower().strip("\"'()")
    if word in {"and", "or"} and end + 1 < len(tokens) and tokens[end + 1][:1].isupper() and tokens[end - 1][:1].isupper() \
            and tokens[end + 1] not in {"I", "We", "The"}:
        return False  # "in [SQL] and Power BI": the first of a list of names is no phrase alone (session 16)
    if word in _CUT_BEFORE or word in _DETERMINERS or word in _PRONOUNS or word in _CHANGE_WORDS or _FIGURE_RE.fullmatch(word):
        return True
    if word.endswith("ing"):  # "in the morning [checking the logs]"; "within one [working day]" is one noun phrase
        after = tokens[end + 1].lower() if end + 1 < len(tokens) else ""
        return not after or after in _CUT_BEFORE or after in _DETERMINERS or after in _PRONOUNS or after in _OBJECTS
    if tokens[end - 1][:1].isupper() and not re.search(r"(?:ed|ing)$", word):
        return False  # "on the Arden Logistics [deal]": a name before a noun, no verb (session 16: "Deal the CFO said…")
    return bool(_VERB_RE.match(word))


def _without_asides(tokens: list[str], *, keep_opening: bool = False) -> str:
    """The clause without its phrases of place or time (:func:`_aside_end`) when that keeps every figure in at most
    :data:`SHORT_PHRASE` words ("In the end-of-unit test the class average went from 48% on the previous topic to
    67%" -> "the class average went from 48% to 67%"); "" when it does not fit. A phrase right after a verb or an
    object ("put them in the queue") is what it says, and stays; ``keep_opening``: a phrase that opens the clause stays too
    (a sentence is never cut at its start: session 17)."""
    kept: list[str] = []
    run = longest = 0  # the answer's words in a row, as kept: a dropped aside breaks the run
    i = 0
    while i < len(tokens):
        prev = kept[-1].lower() if kept else ""
        measured = tokens[i].lower() in {"under", "over"} and _FIGURE_RE.fullmatch(prev.strip(",.;:"))  # "6% under budget"
        if (tokens[i].lower() in _ASIDE_PREPOSITIONS and not (_VERB_RE.match(prev) or prev in _OBJECTS or measured)
                and (i or not keep_opening)):
            end = _aside_end(tokens, i)
            if end > i + 1:
                i, run = end, 0
                continue
        kept.append(tokens[i])
        run += 1
        longest = max(longest, run)
        i += 1
    fits = longest <= SHORT_PHRASE and len(kept) <= SHORT_PHRASE + 4
    return " ".join(kept) if fits and kept != tokens else ""


# Words that open a phrase or clause another clause must follow ("Once a child…", "For a topic on…", "When the…").
_OPENERS = frozenset(["once", "when", "whenever", "while", "if", "unless", "after", "before", "since", "as", "although",
                      "though", "because", "until"]) | _ASIDE_PREPOSITIONS | _PREPOSITIONS


def _opener_only(head: list[str]) -> bool:
    """Whether ``head`` (a clause's kept words) is only the opening phrase of its clause: a preposition or a word of
    condition or time, then a determiner, and no subject pronoun and no verb ("Once a child", "For a topic on the Great
    Fire"; not "while HTTPS adds a layer", whose subject has no determiner and whose verb the word lists do not know)."""
    words = [t.lower().strip(",.;:\"'()") for t in head]
    return (len(words) >= 2 and words[0] in _OPENERS and words[1] in _DETERMINERS
            and not any(w in _PRONOUNS or (_VERB_RE.match(w) and not w.endswith("ing")) for w in words[1:]))  # "spring"


# Words that open a phrase of time or place before the main clause ("Over the last two years at X, I…").
_SCENE_OPENERS = frozenset(["over", "for", "alongside", "in", "at", "during", "across", "within", "throughout", "on", "after",
                            "before", "since", "last", "this"])


def _scene_end(tokens: list[str]) -> int | None:
    """Where the main clause starts ("I", "we") after an opening phrase of time or place of four words or more with no verb of
    its own ("Over the last two years at Hallam Council [I built…]"), or None ("When the server crashed I…" opens on a clause of its own)."""
    if tokens[0].lower().strip(",") not in _SCENE_OPENERS:
        return None
    role = next((i for i in range(4, 12) if i < len(tokens) and (tokens[i] in ("I", "we") or _subject_at(tokens, i))),
                None)  # "In dbt I…" stays whole
    if role is None or any(_VERB_RE.match(t.strip(",")) and not tokens[i - 1][:1].isupper()  # "the Arden Logistics [deal]"
                           for i, t in enumerate(tokens[1:role], start=1)):
        return None
    return role


def _subject_at(tokens: list[str], i: int) -> bool:
    """Whether a subject of a main clause opens at ``tokens[i]`` after a phrase of place or time ("On the Arden deal [the
    CFO said…]"): "the", "our" or "my" after a noun, its verb in the past one or two words on."""
    return (tokens[i].lower() in {"the", "our", "my", "his", "her", "their"} and tokens[i - 1].lower() not in _CUT_BEFORE
            and tokens[i - 1].lower() not in _DETERMINERS and not tokens[i - 1].endswith(",")
            and any(re.fullmatch(r"\w{2,}ed|said|told|was|were|had|asked|wanted|came|went|took|got", t.lower())
                    for t in tokens[i + 2:i + 4]))


# A measure of time said in words that closes a clause ("for one hour", "within two days", "in three weeks"): how long the
# act lasted or took, part of what was done (session 18: "pause ambulance offload to our resus [for one hour]" was cut).
_TIME_MEASURE_RE = re.compile(r"^(?:for|in|within|after)$", re.IGNORECASE)
_SPELLED_COUNT_RE = re.compile(r"^(?:one|a|an|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                               r"forty|fifty|half|several)$", re.IGNORECASE)
_TIME_UNIT_RE = re.compile(r"^(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|term|shift)s?[.,;]?$", re.I)
# A phrase of place inside a clause ("to our resus", "at the depot"): the words dropped to keep the clause's measure whole.
_PLACE_PREPOSITIONS = frozenset(["to", "at", "in", "on", "into", "from", "across", "within", "inside"])


def measure_kept(tokens: list[str]) -> str:
    """A clause over :data:`SHORT_PHRASE` words that closes on a measure of time said in words (:data:`_TIME_MEASURE_RE`
    "for one hour"), told in at most that many words without a phrase of place before the measure ("asked the site team
    to pause ambulance offload for one hour"), never cut before the measure; "" when no such cut fits."""
    n = len(tokens)
    if n <= SHORT_PHRASE or n < 4 or not (_TIME_UNIT_RE.match(tokens[-1]) and _SPELLED_COUNT_RE.match(tokens[-2])
                                         and _TIME_MEASURE_RE.match(tokens[-3])):
        return ""
    tail = n - 3
    for start in range(2, tail):
        word = tokens[start].lower()  # "to" before a determiner only: "to pause…" is a verb's
        if word not in _PLACE_PREPOSITIONS or (word == "to" and tokens[start + 1].lower() not in _DETERMINERS):
            continue
        kept = tokens[:start] + tokens[tail:]  # the phrase of place runs up to the measure ("at bay six", "to our resus")
        if len(kept) <= SHORT_PHRASE and tail - start <= 4 and not any(_VERB_RE.match(t) for t in tokens[start + 1:tail]):
            return " ".join(kept)
    return ""
