"""Words that name a requirement without being the candidate's own record of it, read as a mention:

- what the employer or its advert does or asks: "your advert asks for AAT Level 3", "What draws me to Brookfield is
  that you take infection control seriously", "Am Lindenhof reizt mich, dass Sie Wundmanagement … ernst nehmen"
  (:func:`addressed`: the clause naming it speaks of "you", "your", "Sie", "Ihr…", with no "I" of the candidate in
  it before the name);
- a course taken and a demo or toy project built, with no work of the candidate's in it: "For Kafka I've done
  Confluent's developer course and built a small outbox-pattern demo" (:func:`learning_only`).

Session 23b newcomer: each was "evidenced" in the coverage table. A rule of this project, not a figure from research.
"""

from __future__ import annotations

import re

# where the clause naming a requirement begins: a clause mark or a conjunction that opens a new subject
_CLAUSE_START_RE = re.compile(r"[,;:]|\b(?:that|and|but|because|which|where|dass|weil|und|aber|wo|que|porque)\b")
# the employer spoken to, in English and German (German formal "Sie", "Ihr…", "Ihnen" capitalised mid-sentence)
_YOU_RE = re.compile(r"(?i:\b(?:you|your|yours|you're|you've)\b)|\b(?:Sie|Ihr\w*|Ihnen)\b")
_ME_RE = re.compile(r"(?i:\b(?:I|I'm|I've|I'd|my|me|we|our|ich|mein\w*|mir|mich|wir|unser\w*)\b)")


def addressed(sentence: str, start: int) -> bool:
    """Whether the clause of ``sentence`` that names a requirement at ``start`` (a character offset) speaks of the
    employer ("you", "your advert", "Sie") before the name, with no first person of the candidate between; a
    sentence's first word "Sie" (German "she", "they") counts only after a clause start."""
    if start <= 0:
        return False
    bounds = [m.end() for m in _CLAUSE_START_RE.finditer(sentence[:start])]
    clause = sentence[max(bounds, default=0):start]
    found = [m for m in _YOU_RE.finditer(clause) if not (m.group(0) == "Sie" and not bounds and m.start() == 0)]
    return bool(found) and not _ME_RE.search(clause[found[-1].end():]) and not _ME_RE.search(clause[:found[0].start()])


# a course or tutorial taken, a demo or toy project made: learning, not work done
_COURSE_RE = re.compile(r"(?i)\b(?:course|courses|tutorials?|bootcamp|udemy|coursera|mooc|online training|"
                        r"self-study|(?:demo|toy|hobby|pet|side|personal|practice)(?: \w+)? (?:project|app|demo)s?|demo)\b")
# work that is more than learning: production, customers, a team's or employer's system, a scale of use
_WORK_RE = re.compile(r"(?i)\b(?:production|prod|live|customers?|clients?|users|our (?:team|system|service|platform)|"
                      r"at work|in my (?:job|role)|per (?:day|hour|second)|a (?:day|second|month)|team of)\b")


def learning_only(sentence: str) -> bool:
    """Whether ``sentence`` tells only of learning a requirement: a course, a tutorial, a demo or toy project
    (:data:`_COURSE_RE`), with no work of the candidate's in it (:data:`_WORK_RE`: production, customers, a team's
    system, a scale of use)."""
    return bool(_COURSE_RE.search(sentence)) and not _WORK_RE.search(sentence)


# an opinion of a requirement's worth, no act: "I always believe that visual merchandising is really important",
# "I think communication is key" (session 23 re-check: quoted as the evidence of visual merchandising)
_OPINION_RE = re.compile(r"(?i)^\W*(?:and |but |so )?(?:I|we)(?: (?:always|really|strongly|truly|\w+ly))? (?:believe|think|feel|find)(?: that)? [^.;,]{1,80}? "
                         r"(?:is|are|matters)(?: (?:\w+ly|so|very|the most|most|a|an|the))* (?:important|key|vital|crucial|"
                         r"essential|critical|everything|fundamental|priority)\b")

_ACT_AFTER_RE = re.compile(r"(?i)\b(?:so|and|then|which is why|that's why) (?:I|we) (?!think|believe|feel|find|know)\w+")


def opinion_only(sentence: str) -> bool:
    """Whether ``sentence`` only gives the candidate's opinion of something's worth ("I always believe that visual
    merchandising is really important, because customers buy with their eyes"): :data:`_OPINION_RE`, no act."""
    return bool(_OPINION_RE.match(sentence or "")) and not _ACT_AFTER_RE.search(sentence or "")


# a qualification still being studied, started or finished later, right before its name: "while I finish my AAT
# Level 4", "I'm now studying AAT Level 4", "working towards my CIPD" (session 23b: "AAT qualified — evidenced" by it)
# "doing" only with "my"/"an" before the name ("doing my AAT Level 4"): "doing account management for six years" is
# the work itself (test_kinds14_cover2)
_STUDYING_BEFORE_RE = re.compile(r"(?i)\b(?:(?:finish(?:ing)?|complete|completing|start(?:ing)?|studying(?: for)?|"
                                 r"working (?:towards?|on)|sitting|to (?:get|gain|obtain|do|take))\s+"
                                 r"(?:(?:my|the|an?|for|towards?)\s+)?|doing\s+(?:my|an?)\s+)$")


def still_studying(sentence: str, start: int) -> bool:
    """Whether the requirement named at ``start`` in ``sentence`` is a qualification still being studied or only
    aimed at (:data:`_STUDYING_BEFORE_RE` right before it)."""
    return start > 0 and bool(_STUDYING_BEFORE_RE.search(sentence[:start]))


# a clause that goes on with an infinitive ("…, and to get my sedation certificate here"): it carries the wish of
# the clause it continues ("I want to do that every day, … and to get…": session 23b, a wish quoted as evidence)
_INFINITIVE_CLAUSE_RE = re.compile(r"(?i)(?:^|[,;]\s*)(?:and |or )?to \w+(?:(?!,|;).)*$")


def continued_wish(sentence: str, start: int, wish: re.Pattern[str]) -> bool:
    """Whether the name at ``start`` sits in a clause that goes on with an infinitive after a ``wish`` earlier in
    ``sentence``."""
    found = _INFINITIVE_CLAUSE_RE.search(sentence[:start])
    return bool(found) and bool(wish.search(sentence[:found.start()]))
