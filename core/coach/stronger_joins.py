"""Where a stronger answer keeps a cut clause whole (split from :mod:`core.coach.stronger_limits`, which uses it): the step
before a figure's phrase kept with the coach's word between them (:func:`_with_step_before`: "then", "and also", "plus", "so
that", or two sentences), whether a clause stands as one (:func:`_own_clause`) and a sentence's opening capital
(:func:`_capital`)."""

from __future__ import annotations

import re

from core.analysis.skills import find_skills
from core.analysis.text import _dangling
from core.coach.stronger_phrases import _CUT_BEFORE, _VERB_RE, SHORT_PHRASE
from core.coach.stronger_sentences import _capitalised


def _with_step_before(head: list[str], rest: list[str]) -> str:
    """``rest`` (the phrase holding a figure), after the step before it when that step is a short phrase of its own and
    ``rest`` opens on "and" or "then" ("shadowed a colleague and ran it… with my 8 staff" -> "shadowed a colleague, then
    ran it… with my 8 staff"): the coach's "then" between them, so neither the step nor the run is lost."""
    verb = _VERB_RE.match(rest[1]) if len(rest) > 1 else None
    if (rest[0].lower() in {"and", "then"} and 2 <= len(head) <= SHORT_PHRASE and len(rest) > 2 and verb
            and not _dangling(head[-1]) and not _VERB_RE.match(head[-1]) and head[-1].lower() not in _CUT_BEFORE):
        # a step after a step: "then"; what a state came to ("renewals were left to each rep and brought in…") is no
        # later step: "and also" (session 16: "…left to chance, then brought in about GBP 680,000")
        if _STATE_RE.search(" ".join(head)) and rest[0].lower() == "and":
            return " ".join(head) + " and also " + " ".join(rest[1:])
        return " ".join(head) + ", then " + " ".join(rest[1:])
    if (rest[0].lower() in _TAIL_LINKS and 2 <= len(head) <= SHORT_PHRASE and len(rest) > 2 and _OWN_ACTION_RE.search(" ".join(head))
            and not _dangling(head[-1]) and head[-1].lower() not in _CUT_BEFORE):
        # "I set up a check so housekeeping flags… by 4pm": the step and what it was for, never the "so" clause alone
        # (session 16: "So housekeeping flags…" was all that was left of it)
        return " ".join(head) + f" {_TAIL_LINKS[rest[0].lower()]} " + " ".join(rest[1:])
    whole_head = 2 <= len(head) <= SHORT_PHRASE and not _dangling(head[-1]) and head[-1].lower() not in _CUT_BEFORE
    own = (rest[1].lower() in _NEW_SUBJECTS and _own_clause(" ".join(rest[1:]))) or re.search(  # "and in March 2024 we had…"
        r"\b(?:I|we|they|he|she)\s+\w+", " ".join(rest[2:6]))
    if rest[0].lower() == "and" and whole_head and len(rest) > 2 and own:
        # "I was building a model in Snowflake and the totals were 4% higher": two sentences, the "and" left out (session
        # 16: the coach's "then" or "plus" between them said what the answer did not)
        return " ".join(head) + ". " + _capital(" ".join(rest[1:]))
    if (rest[0].lower() == "and" and whole_head and len(rest) > 2 and not verb
            and rest[1].lower() not in _NEW_SUBJECTS and rest[1].lower() not in _CUT_BEFORE | {"if", "whether", "that"}):  # "Prometheus and [pg_stat_statements] and found…": a list's rest
        # the rest of a list ("to cover manual handling and fire routes for 12 starters"): with its head, the coach's
        # "plus" between them, never "And fire routes for 12 starters." alone (session 15)
        return " ".join(head) + " plus " + " ".join(rest[1:])
    return " ".join(rest)


# Words that open a clause with a subject of its own ("and [the totals] were…", "and [we] moved…").
_NEW_SUBJECTS = frozenset(["the", "a", "an", "our", "my", "their", "his", "her", "its", "this", "that", "these", "those", "i",
                           "we", "he", "she", "they", "it", "there"])


# A clause that tells why or what for, after a step ("so housekeeping flags…", "because the old one…"), and the coach's
# words for its link, which keep its sense and break the answer's run.
_TAIL_LINKS = {"so": "so that", "because": "as"}
_OWN_ACTION_RE = re.compile(r"^(?:I|we)\s+(?:\w+ly\s+|also\s+|then\s+)?(?!was\b|were\b|had\b)\w+", re.IGNORECASE)
# A clause that tells a state, not a step ("renewals were left to each rep", "the queue is long").
_STATE_RE = re.compile(r"\b(?:was|were|is|are|had been|has been|have been|seemed|stayed|remained)\b", re.IGNORECASE)


# What can follow a clause whose end was cut: a clause of its own, not the rest of a list the cut took the head of
# ("…supervisors [across tills], returns and stock counts").
_OWN_CLAUSE_RE = re.compile(r"^(?:I|we|they|he|she|it|you|the team|our team|then|and|but|so|or|which|who|while|because|"
                            r"since|after|before|when|if|finally|also)\b", re.IGNORECASE)


def _own_clause(clause: str) -> bool:
    """Whether ``clause`` stands as a clause ("found that 70%…", "we closed it"), not as the rest of a list ("returns
    and stock counts", "picking and dispatch"): it opens on a subject or linking word, or has a verb not in -ing."""
    return bool(_OWN_CLAUSE_RE.match(clause)) or any(
        _VERB_RE.match(w) and not w.lower().endswith("ing") for w in re.findall(r"[\w']+", clause))


def _capital(text: str) -> str:
    """``text`` opening with a capital letter, as a sentence does ("with the client…" -> "With the client…"),
    unless its first word is a name written in lower case (a named tool of the skills lexicon, "pandas", or
    what :func:`core.coach.stronger_sentences._capitalised` keeps: "p95", "kubectl", "iOS")."""
    first = text.split(maxsplit=1)[0].strip(",.;:") if text.split() else ""
    # "pandas", "NumPy": a name written so; a skill that is an ordinary word ("Upselling") or part of a longer name
    # ("renewals" of "Contract renewals") opens a sentence with a capital (session 16: "Situation: upselling was…")
    tools = frozenset(first.lower() for hit in find_skills(first) if hit.named_tool and hit.name.lower() == first.lower()
                      and not (hit.name[:1].isupper() and hit.name[1:].islower()))
    return _capitalised(text, tools)


# A link that says the clause follows from the one before ("so I…", "which meant…", "therefore…").
_CAUSAL_RE = re.compile(r"(?:and )?(?:so|therefore|hence|thus|which meant|this meant|that meant|as a result),?\s+(?=\w)",
                        re.IGNORECASE)


def _after_cut(clause: str, which_object: re.Pattern[str]) -> str | None:
    """What of ``clause`` may follow a clause whose end a cut took: None for the rest of a list or a "which" naming what the
    cut took ("…, which your advert mentions"); the clause without a link that says it follows from what was cut, to open a
    sentence of its own ("…and found the delay was X, so I worked on…" -> "I worked on…", never "I mapped the pathway, so I
    worked…": session 16); else ``clause`` as it is."""
    if not _own_clause(clause) or which_object.match(clause):
        return None
    link = _CAUSAL_RE.match(clause)
    return clause[link.end():] if link and _own_clause(clause[link.end():]) else clause


_NBSP = "\u00a0"  # a colon kept before its elaboration: :data:`core.coach.stronger_limits._CLAUSE_RE` does not cut there


def colon_fitted(sentence: str) -> str:
    """``sentence`` with what follows its colon ("I picked 60 accounts: logistics firms with 300-1,000 staff using legacy
    tools") kept after the colon, cut at the end of a phrase so that the whole holds at most :data:`SHORT_PHRASE` words, or
    left out when no such cut exists; never joined to the head by the coach's "and" (session 16: "60 target accounts, and
    logistics firms with…"). The colon kept is followed by a no-break space, which marks it as no clause boundary."""
    from core.coach.stronger_phrases import _clean_end
    from core.coach.stronger_quotes import quoted_spans

    found = re.search(r":\s+(?=\w)", sentence)
    if not found or any(a < found.start() < b for a, b in quoted_spans(sentence)):
        return sentence
    before = sentence[:found.start()]
    head = re.split(r"[,;]\s", before)[-1].split()  # the clause the colon ends
    rest = sentence[found.end():].rstrip(".!?…").split()
    end = sentence.rstrip()[-1:] if sentence.rstrip()[-1:] in ".!?…" else ""
    room = SHORT_PHRASE - len(head)
    if (len(head) + len(rest) <= SHORT_PHRASE or room < 2 or re.search(r"[,;:](?=\s)", " ".join(rest))
            or not re.search(r"\d", " ".join(head)) or _own_clause(" ".join(rest))):
        # short enough; a list of its own the clause cuts handle; no count before the colon of what it lists ("60 target
        # accounts:"), or a clause after it ("It changed how I plan: I now build in a check…"), joined as a clause is
        return sentence
    keep = _clean_end(rest, room)
    if keep and keep >= 2:
        return before + ":" + _NBSP + " ".join(rest[:keep]) + end
    return before + end


def _broken_off(kept: list[str], out: list[str], clause: str) -> list[str]:
    """The clauses kept of a sentence before ``clause``, whose link to what a cut took is gone: a step of the candidate's
    ("I worked with the consultants…") opens a sentence of its own (``kept`` goes to ``out`` as one and ``[]`` is returned);
    any other clause ("his NEWS2 went from 1 to 6") stays in the sentence, after a comma."""
    if kept and re.match(r"(?:I|we)\b", clause):
        out.append(", ".join(kept) + ".")
        return []
    return kept


# A phrase that opens on a preposition or a linking word: a place, a span or a reason, never a noun named again.
_NOT_NOUN_START_RE = re.compile(r"^(?:at|in|on|for|with|from|to|into|across|over|under|by|via|through|within|during|"
                                r"after|before|since|as|like|such|including|especially|rather|instead|not|only|even|"
                                r"mainly|mostly|usually|often|who|whose|which|where|that|what)\b", re.IGNORECASE)


def apposition(clauses: list[str], i: int) -> bool:
    """Whether clause ``i`` of a sentence names again what the clause before it ended on, between that clause and one of
    its own ("Freightly sells to the buyers I know, operations directors at 3PLs, so I can…"): a noun phrase of two words
    or more with no verb or subject (:func:`_own_clause`), after the sentence's opening or a clause of its own, before a
    clause of its own. Joined with "and" it reads as a list of three (session 18); it is an aside, as one in brackets."""
    if not 0 < i < len(clauses) - 1:
        return False
    clause = clauses[i]
    return (len(clause.split()) >= 2 and not _own_clause(clause) and not _NOT_NOUN_START_RE.match(clause)
            and bool(_OWN_CLAUSE_RE.match(clauses[i + 1])) and (i == 1 or _own_clause(clauses[i - 1])))
