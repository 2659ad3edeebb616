"""The parts of a stronger answer rewritten, not pasted: the candidate's facts laid out the way the
part asks for, with a bracketed placeholder wherever the fact is not there.

:func:`core.coach.stronger.stronger_answer` sorts the candidate's sentences into the parts of the
question type (STAR for a behavioural question). Pasting them under labels gave back the weak
answer with a sentence added. Here each part is reworded from its own facts:

* actions become ordered steps ("I profiled the models; then I rewrote…; finally I added…"), each clause
  told with "we" or "the team" followed by "[your own part in this]", and, without a reason,
  "[why you chose this way]" after the steps;
* a situation with no time or stakes gets "[when this was, and what was at stake]";
* a result with no number keeps its words and names the measure to add, a vague verdict ("the
  client was happy", "it worked well", "it saved time") with what would show it;
* vague filler ("a similar situation", "in the end", "basically") is dropped.

Nothing is invented: every word outside brackets is the candidate's, or a connective ("then",
"finally"). English only, as the cues that sorted the sentences are.
"""

from __future__ import annotations

import re

from core.analysis.results import spelled_measure
from core.analysis.signals import NUMBER_ANY_RE
from core.coach.stronger_quotes import split_outside
from core.coach.stronger_story import BY_TIME_RE
from core.words import HEDGING_KIND_OF

# A negation or limiting word just before: a "just" or "really" after it is meaning, never filler. Python's look-behinds
# are fixed-width, so one per word.
_LIMITS = ("not", "never", "no", "nor", "only", "barely", "hardly", "longer", "nothing", "without")
_NOT_AFTER_LIMIT = "".join(rf"(?<!\b{w} )" for w in _LIMITS) + r"(?<!n't )(?<!n’t )"  # "didn't really"
_FILLER_RES = (
    re.compile(r"\b(?:a |the )?similar (?:situation|thing|problem|case|issue)(?: (?:with|where|when|to this))?\s*", re.I),
    re.compile(r"^(?:in the end|at the end of the day|at the end|eventually|basically|overall|so|and|also|"
               r"actually|honestly),?\s+", re.I),
    # "really" after a negation or limiting word is meaning, never filler: "didn't really work" (newcomer, session 20).
    # "just" is never taken out: "I just told them when we had holidays booked" is "only" (re-check, session 20: given back
    # as "I told them…"), as are "just after", "not just advisers" (sessions 19, 20)
    # "really" is the candidate's own emphasis, never filler: "is really important" given back as "is important" (s23)
    re.compile(_NOT_AFTER_LIMIT + r"\b(?:basically|" + HEDGING_KIND_OF + r"|pretty much)\s+", re.I),
    # a lead-in that announces the example ("A concrete example: when…", "For instance,"), no part of it (issue 15,
    # session 14: "Situation: A concrete example. On our first…")
    re.compile(r"^(?:(?:a|one|my) (?:concrete |specific |good |quick |real )?example(?: of (?:this|that))?(?: would be| is)?"
               r"\s*[:,;—–-]|for (?:example|instance),|here(?:'s| is) (?:an|one) example\s*[:,.])\s*", re.I),
)
_TIME_RE = re.compile(
    r"\b(?:(?:19|20)\d\d|last (?:year|month|week|winter|summer|spring|autumn|quarter)|ago|when|during|in (?:my )?"
    r"(?:first|second|third|last) (?:year|month|week)|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|monday|tuesday|wednesday|thursday|friday|weekend|deadline|at stake|risk|late|"
    r"behind|overdue|short-staffed|backlog)\b",
    re.I,
)
# Where one action ends and the next begins inside a sentence: ", and I", "; ", ", then", " and then ".
_STEP_SPLIT_RE = re.compile(r"\s*(?:;|,? and then|, then|,? and (?=(?:I|we|the team)\b)|, (?=(?:I|we)\b))\s*", re.I)
_WE_RE = re.compile(r"^(?:we|the team|everyone|everybody|our team|they)\b", re.I)
_REASON_RE = re.compile(r"\b(?:because|so that|so we|in order to|since|as it|which meant|to (?:make|keep|avoid|stop|"
                        r"get|save|reduce|cut|free))\b", re.I)
_NUMBER_RE = re.compile(r"\d")
# A verdict with no measure, and what would show it.
_VAGUE_RESULTS = (
    (re.compile(r"\b(?:was|were|seemed|felt) (?:very |really |quite )?(?:happy|pleased|satisfied|glad|impressed)"
                r"(?: with (?:it|that|this|the result))?", re.I), "[what showed it: a quote, a renewal, a score]"),
    (re.compile(r"\b(?:it |that |this )?(?:worked|went|turned out) (?:well|fine|out|great|ok|okay)\b", re.I),
     "[what changed, and by how much]"),
    (re.compile(r"\b(?:saved|cut|reduced|improved|increased|sped up|shortened) (?:the )?(?:time|costs?|errors?|"
                r"waste|delays?|things?)\b", re.I), "[by how much: hours, %, money]"),
    (re.compile(r"\bdelivered (?:it|the project|on time)\b", re.I), "[against what deadline, and how late it had been]"),
)


def tidy(sentence: str) -> str:
    """The sentence without vague filler ("a similar situation with", "in the end", "just"), first
    letter kept as the sentence had it."""
    out = sentence
    for regex in _FILLER_RES:
        out = regex.sub("", out)
    out = re.sub(r"\s{2,}", " ", out).strip()
    if out and sentence[:1].isupper():
        out = out[:1].upper() + out[1:]
    return out or sentence


def _clause(text: str) -> str:
    return text.strip(" ,;.").rstrip()


def as_steps(sentences: list[str], *, reasoned: bool = False) -> str:
    """The action sentences as ordered steps: the actions inside one sentence become "I …; then I …;
    finally I …", each sentence keeps its own start as written; "[your own part in this]" follows a
    sentence with a step told as "we" (after its full stop, never inside it), and "[Why you chose this way over another.]" closes steps that give no reason
    when the answer gives none elsewhere either (``reasoned`` False)."""
    told, every = [], []
    for sentence in sentences:
        pieces = _with_leads(split_outside(_STEP_SPLIT_RE, tidy(sentence)))  # never inside a quote: "'chest pain, orange'"
        steps = _with_time_clauses([_clause(c) for c in pieces if len(_clause(c).split()) >= 2])
        if not steps:
            continue
        every += steps
        out = []
        for i, step in enumerate(steps):
            if i:  # the first step as the candidate wrote it; the next ones mid-sentence, after "then"
                step = re.sub(r"^(?:then|and|so)\s+", "", step, flags=re.I)
                step = step if step[:2] in ("I ", "I'") or step[1:2].isupper() else step[:1].lower() + step[1:]
                if not _OWN_ORDER_RE.match(step):  # "I then called…" says its order: never "then I then called"
                    step = ("finally " if i == len(steps) - 1 and i > 1 else "then ") + step
            out.append(step)
        # after the sentence, never inside it: "…with me checking [your own part in this]; then…" (newcomer, session 23)
        told.append("; ".join(out) + "." + (" [your own part in this]" if any(_WE_RE.match(st) for st in steps) else ""))
    if not told:
        return " ".join(sentences)
    text = " ".join(told)
    if not reasoned and not any(_REASON_RE.search(s) for s in every):
        text += " [Why you chose this way over another.]"
    return text


# A step that says its own order ("I then called", "we finally agreed", "after that I…").
_OWN_ORDER_RE = re.compile(r"^(?:(?:I|we|they|he|she|the team)\s+(?:then|finally|next|later|afterwards)\b|"
                           r"(?:after that|afterwards|later|next|finally)\b)", re.I)
# A clause that says when the next one happened ("When I took over as shift lead", "When procurement stalled"): no step.
_TIME_CLAUSE_RE = re.compile(r"^(?:when|once|after|as soon as|while)\s+(?:I|we|the|our|my|a|an|\w+)\s|"
                             r"^(?:rather than|instead of)\s", re.I)  # "Rather than discount, I went back…" (session 16)


# What the candidate told someone ("told her that…", "explained that…"): what follows "and" is still what was said (session
# 16: "told her that he was very ill, then the team was working on him").
_REPORTED_RE = re.compile(r"\b(?:told|said|explained|reassured|warned|assured|promised)\b(?:\s+\w+){0,3}?\s+that\b", re.I)


def _with_leads(pieces: list[str]) -> list[str]:
    """``pieces`` with a lead-in phrase (:func:`core.coach.stronger_openings.lead_in`: "Once", "Last spring") kept before
    the step it opens, never dropped as too short to be a step ("Once, I had a disagreement…" lost its "Once": session 17)."""
    from core.coach.stronger_openings import lead_in

    out: list[str] = []
    for piece in pieces:
        if out and lead_in(_clause(out[-1])):
            out[-1] = f"{_clause(out[-1])}, {piece.strip()}"
        else:
            out.append(piece)
    return out


def _with_time_clauses(steps: list[str]) -> list[str]:
    """``steps`` with a clause that only says when (:data:`_TIME_CLAUSE_RE`) kept before the step it opens, with its
    comma ("When I took over as lead, I measured…"), never a step of its own ("When I took over as lead; then I…")."""
    out: list[str] = []
    for step in steps:
        if out and _REPORTED_RE.search(out[-1]) and _WE_RE.match(step):
            out[-1] = f"{out[-1]} and {step}"  # "told her that he was very ill and the team was working on him": one thing said
        elif out and _TIME_CLAUSE_RE.match(out[-1]) and "," not in out[-1]:
            out[-1] = f"{out[-1]}, {step}"
        else:
            out.append(step)
    return out


# A place named ("At Northgate Dental", "In ED at Bradford", "on our ward"): the situation says where it happened.
_PLACE_RE = re.compile(r"\b(?:[Aa]t|[Ii]n|[Oo]n|[Ff]or) (?:[A-Z][\w&'’-]+|(?:my|our|the) (?:ward|site|shift|team|store|shop|"
                       r"school|plant|office|unit|branch|practice|clinic|depot|warehouse|floor|line))\b")


def situation(sentences: list[str]) -> str:
    """The situation sentences tidied, with "[when this was, and what was at stake]" only when they say no time, no place
    and no figure (re-check, session 20: "In ED at Bradford a 58-year-old man… died… His wife arrived just after. [When
    this was, and what was at stake.]" asked for what was said)."""
    text = " ".join(tidy(s) for s in sentences)
    said = _TIME_RE.search(text) or _PLACE_RE.search(text) or re.search(r"\d", text)
    return text if said else text + " [When this was, and what was at stake.]"


# A result counted in words ("By the third one she was catching the same issues herself"); "on time" is no measure.
_KEPT_TIME_RE = re.compile(r"\bby the (?:second|third|fourth|fifth|sixth|tenth) (?:one|time|week|day|month|review|visit|"
                           r"session|shift)\b", re.IGNORECASE)
# A decision told as the outcome ("It was approved.", "The board signed it off"): no measure of its own.
_DECISION_RE = re.compile(r"\b(?:approved|accepted|agreed|signed (?:it )?off|went ahead|got the go-ahead|said yes|"
                          r"green-?lit)\b", re.IGNORECASE)


def result(sentences: list[str], *, figures: bool = False) -> str:
    """The result sentences tidied; without a number each vague verdict is followed by what would show
    it, and the measure to add closes the part. ``figures``: the answer's other parts give figures, so a decision told as
    the outcome ("It was approved.", after "NPV of £1.1m and a 2.8-year payback") is not asked for a number (re-check,
    session 20)."""
    text = " ".join(tidy(s) for s in sentences)
    if (_NUMBER_RE.search(text) or spelled_measure(text) or NUMBER_ANY_RE.search(text)  # "four days", "a week early"
            or BY_TIME_RE.search(text)):  # "got antibiotics within the hour", "back by 2am" (session 20)
        return text
    if (figures and _DECISION_RE.search(text) and len(text.split()) <= 12) or _KEPT_TIME_RE.search(text):
        return text  # a decision with its figures told before, or a count in words ("by the third one")
    for regex, ask in _VAGUE_RESULTS:
        text = regex.sub(lambda m, ask=ask: f"{m.group(0)} {ask}", text, count=1)
    return text + " [Add the number: by how much, how many, how fast.]"


# How a lesson is announced ("What I learned is to…", "I learned that…", "The lesson was that…"): the "Lesson:" heading says it.
_LESSON_LEAD_RE = re.compile(
    r"^(?:what I (?:learned|learnt|took away)(?: from (?:it|this|that))? (?:is|was)|I (?:learned|learnt|realised|realized)|"
    r"the (?:main |big |key |biggest )?lesson (?:I took |for me )?(?:is|was)|my (?:main |key |biggest )?(?:lesson|takeaway) "
    r"(?:is|was))(?:\s+that|\s+to|:)?\s+(?=\w)", re.IGNORECASE)


def lesson(sentences: list[str]) -> str:
    """The lesson sentences without the words that announce them ("What I learned is to bring data and the people who…" ->
    "Bring data and the people who…"): under "Lesson:" they say nothing, and without them the lesson fits the run limit
    whole rather than cut to something else ("What I learned is to bring data and the people.": session 16)."""
    out = []
    for sentence in sentences:
        sentence = re.sub(r"^Now,?\s+(?=I(?:'d| would)\b)", "", sentence)  # "Lesson:" says it is now: "I would… instead of…"
        rest = _LESSON_LEAD_RE.sub("", sentence, count=1)
        if rest == sentence or len(rest.split()) < 3:
            out.append(sentence)
            continue
        words = rest.split()
        both = next((i for i in range(2, 5) if i + 1 < len(words) and words[i].lower() == "and"
                     and words[i + 1].lower() in {"the", "a", "an", "my", "our", "their", "your"}), None)
        if both and len(words) > 12 and re.match(r"to\s", sentence[len(sentence) - len(rest) - 3:]):
            # "to bring data and the people who…": the verb told of each ("Bring data. Bring the people who…"), never one
            # cut off (session 16)
            verb = words[0].lower()
            rest = f"{' '.join(words[:both])}. {verb.title()} {' '.join(words[both + 1:])}"
        out.append(rest[:1].upper() + rest[1:])
    return " ".join(out)


def reworded(label: str, said: list[str], *, reasoned: bool = False, figures: bool = False) -> str:
    """A part's sentences under ``label`` reworded from their facts (:func:`as_steps`, :func:`situation`, :func:`result`),
    not pasted; ``reasoned``: the answer gives its reasons elsewhere, so the steps ask for none; ``figures``: its other
    parts give figures (:func:`result`)."""
    if label in {"Action", "Steps"}:
        return as_steps(said, reasoned=reasoned)
    if label == "Situation":
        return situation(said)
    if label == "Result":
        return result(said, figures=figures)
    return " ".join(said)
