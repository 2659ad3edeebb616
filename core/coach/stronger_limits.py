"""Two limits a stronger answer keeps (newcomer, session 12): it never gives the answer back verbatim beyond
a short phrase, and a sentence sits under a STAR heading only when it is of that kind.

* :func:`star_kinds` (in :mod:`core.coach.stronger_kinds`, re-exported here) reads which STAR parts a sentence is by the STAR cues of :data:`core.analysis.cues.STAR_EN`
  (with the setting of a situation told without anyone acting, and a change "from 22 to 7" as a result);
  :func:`core.coach.stronger.stronger_answer` places a sentence under a heading only among those.
* :func:`in_short_phrases` rewrites a part's text so that no run of more than :data:`SHORT_PHRASE` words of the
  answer appears in it: each clause is cut at the end of a phrase (:func:`core.analysis.text.phrase_cut`)
  and clauses that followed each other in the answer are joined by a word of the coach's ("then", "and",
  "also"), never run on as the answer had them. A sentence's opening (a lead-in phrase and the clause it opens) is kept,
  cut at its end only, or the whole sentence is left out: never cut at its start (session 17,
  :mod:`core.coach.stronger_openings`). Bracketed gaps are the coach's and are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.coach.stronger_joins import (  # noqa: F401 (_capital re-exported: the bench reads a sentence's capital by it)
    _OWN_CLAUSE_RE,
    _after_cut,
    _broken_off,
    _capital,
    _own_clause,
    _with_step_before,
    apposition,
    colon_fitted,
)
from core.coach.stronger_kinds import (  # noqa: F401 (re-exported: which STAR parts a sentence is, split out)
    _ACTOR_RE,
    _CHANGE_RE,
    _OPENS_ACTING_RE,
    _SCENE_TIME_RE,
    _SETTING_RE,
    _WORKPLACE_RE,
    star_kinds,
    told_result,
)
from core.coach.stronger_openings import (  # noqa: F401 (answer_words, longest_run re-exported: the bench's run check)
    _BRACKET_RE,
    _INTRO_RE,
    _OWN_WHEN_RE,
    LINK_ONLY_RE,
    answer_words,
    longest_run,
    opening_clip,
    with_opening,
)
from core.coach.stronger_openings import grams as _grams
from core.coach.stronger_phrases import (  # noqa: F401 (SHORT_PHRASE re-exported: the limit this module keeps)
    _CUT_BEFORE,
    _DETERMINERS,
    _FIGURE_RE,
    _PREPOSITIONS,
    _REPORTED_SUBJECTS,
    _SUBJECTS,
    _VERB_RE,
    RELATIVES,
    SHORT_PHRASE,
    _clean_end,
    _opener_only,
    _scene_end,
    _without_asides,
    measure_kept,
)
from core.coach.stronger_quotes import split_outside

# An aside in brackets, with the preposition whose object it is ("a key on (region, date) in X" -> "a key in X", never
# "a key on in X": session 16).
_PAREN_RE = re.compile(r"(?:\s+(?:on|in|at|of|for|with|to|from|by|into|onto|via|like|as|over|across|between|per))?"
                       r"\s*\([^()]*\)", re.IGNORECASE)
# Where a clause ends inside a sentence: a comma followed by a space (also after a figure, "in 2023, I had…"; never
# inside one, "1,200", or a list written without spaces, "{A,B}"), semicolon, colon or dash, or before "and", "but",
# "so", "then". A linking word after a comma stays with its clause (recheck, session 14: "…serious, the others" lost
# its "then", "…the rollout, I had never done" its "which"): :func:`in_short_phrases` swaps it for the coach's
# word, or leaves out a clause that hangs on it, only where the clause runs on from the one before.
_CLAUSE_RE = re.compile(r"\s*(?:[;—–](?!\d)|:(?!\d|\u00a0)|,(?=\s)(?!\s+compared (?:with|to)\b)(?:\s+and\b)?|\s(?:and then|but)\s|"
                         r"\sand\s(?=(?:I|we|they|he|she|it|the team|our team)\b))\s*")


def _clip_clause(clause: str, *, opening: bool = False) -> str:
    """The clause whole when it has at most :data:`SHORT_PHRASE` words; else, when cutting it would lose a figure,
    the clause without its phrases of place or time (:func:`_without_asides`); else its head up to the end of a
    phrase (:func:`_clean_end`), or the phrase holding its first figure when that lies past it ("turnover fell
    from 28% to 11%"); "" when neither can be cut cleanly: the clause is left out, never cut mid-phrase. The ``opening``
    clause of a sentence is cut at its end only, its first words kept (session 17: "…only 62 percent." had lost "As a
    charge nurse, we had a sepsis audit that showed…")."""
    tokens = clause.split()
    if len(tokens) <= SHORT_PHRASE:
        return clause
    role = next((i for i in range(2, 6) if i < len(tokens) and tokens[i] in ("I", "we")), None)
    if not opening and tokens[0].lower() == "as" and role and len(tokens) - role <= SHORT_PHRASE:
        return " ".join(tokens[role:])  # "As KS1 phonics lead I found that…": the clause without the role it opens on
    if not opening and (scene := _scene_end(tokens)) and len(tokens) - scene <= SHORT_PHRASE:
        # "Over the last two years at Hallam Council I built projects in SQL and Power BI": the main clause whole, without
        # the scene it opens on, never the scene and "I built projects." (session 16)
        return " ".join(tokens[scene:])
    if measure := measure_kept(tokens):  # "… to our resus for one hour": the measure whole, the place left out (session 18)
        return measure
    keep = _clean_end(tokens, SHORT_PHRASE)
    figures = [i for i, t in enumerate(tokens) if re.search(r"\d", t)]
    if figures and (keep is None or figures[-1] >= keep) and (short := _without_asides(tokens, keep_opening=opening)):
        return short
    figure = figures[0] if figures else None
    if keep and _opener_only(tokens[:keep]):
        # "Once a child [in my class disclosed…]", "For a topic on the Great Fire [of London I planned…]": an opening
        # phrase without the clause it opens is no sentence; the clause without its asides, else nothing (session 15)
        return _without_asides(tokens, keep_opening=opening)
    if figure is None or (keep is not None and figure < keep):
        return _with_reason(tokens, keep) if keep else ""
    for start in range(max(0, figure - SHORT_PHRASE + 2), figure + 1):  # a phrase that opens before the figure
        # never one that opens on a preposition: "with the client to deliver it in 2 weeks" is no sentence
        reported = start and tokens[start - 1].lower() == "that" and tokens[start].lower() in _REPORTED_SUBJECTS
        if start and not reported and (tokens[start].lower() not in _CUT_BEFORE or tokens[start].lower() in _PREPOSITIONS
                                       or tokens[start].lower() in RELATIVES):  # "whose NEWS2 was 5" is no sentence
            continue  # but a reported clause may stand alone: "I showed them that [the fix saved 300 hours]"
        rest = tokens[start:]
        end = len(rest) if len(rest) <= SHORT_PHRASE else _clean_end(rest, SHORT_PHRASE)
        if end and end > figure - start and not _opener_only(rest[:end]):  # "after a 78-year-old man…" is no clause
            told = _with_step_before(tokens[:start], rest[:end])
            if not opening or told.split()[0] == tokens[0]:  # an opening keeps its first words (session 17)
                return told
    # "A junior doctor wanted to discharge an elderly lady [whose NEWS2 was 5…]": the clause without what it adds of someone
    # named, never nothing (session 16: the story's opening was dropped); an opening cut at the end of a phrase before its
    # figure rather than left out ("At Corran Foods I own the weekly payroll for three depots [with 600 staff]": session 17)
    # (never one cut inside what it reports or adds: "we had a sepsis audit that showed time [to antibiotics…]")
    if keep and (tokens[keep].lower() in RELATIVES or (opening and not _opener_only(tokens[:keep])
                                                        and not {t.lower() for t in tokens[2:keep]} & (RELATIVES | {"that"}))):
        return " ".join(tokens[:keep])
    return ""


def _opening_clip(lead: str, whole: str, grams: set[tuple[str, ...]]) -> str:
    """:func:`core.coach.stronger_openings.opening_clip` with this module's cut and run check."""
    return opening_clip(lead, whole, lambda c: _clip_clause(c, opening=True), lambda t: not _runs_on([], t, grams))


def _with_reason(tokens: list[str], keep: int) -> str:
    """The clause's head up to ``keep``; when the cut falls on "because", the head and the reason it gives, the
    "because" replaced by a colon ("I want this role because X is a bigger centre with…" -> "I want this role: X is a
    bigger centre with…"): the reason is what the clause says (recheck, session 14: the reason was cut off)."""
    head = " ".join(tokens[:keep])
    if tokens[keep].lower() != "because" or len(tokens) - keep <= 3:
        return head
    reason = _clip_clause(" ".join(tokens[keep + 1:]))
    return f"{head}: {reason}" if reason and not (_HANGING_LINKS_RE.match(reason) or _SPAN_RE.match(reason)) else head


def _runs_on(recent: list[str], clause: str, grams: set[tuple[str, ...]]) -> bool:
    words = recent[-SHORT_PHRASE:] + answer_words(clause)
    return any(g in grams for g in _grams(words, SHORT_PHRASE + 1))


# A clause that opens on a condition or time ("If …", "When …"): the one after it is its consequence.
_CONDITION_RE = re.compile(r"^(?:if|when|whenever|once|as soon as|unless)\b", re.IGNORECASE)
# "which" as the object of its clause ("which your advert mentions", "which I raised with the team"): it names the thing
# last said, so after a cut it would name the wrong one; "which reduces…" tells what the whole clause did, and stays.
_WHICH_OBJECT_RE = re.compile(r"which\s+(?:your|the|our|my|their|this|that|you|they|we|I|he|she)\b", re.IGNORECASE)
# A time in the past that opens a sentence ("When I took over as lead", "Once we had the data").
_PAST_WHEN_RE = re.compile(r"^(?:also,\s+)?(?:when|once|after|as soon as)\s+(?:[\w'-]+\s+){1,4}?(?:\w+ed|took|got|had|was|were|became|"
                           r"began|saw|found|joined|left|came|went)\b", re.IGNORECASE)
# Words that already link a clause to the one before ("while …", "rather than …"): no "and" goes before them.
# "As" before a role or a name is no link ("As Maths Lead I led…", "As a team lead I…"): the sentence keeps it.
_SENTENCE_LINKS_RE = re.compile(r"^(?:while|whereas|since|because|although|though|as(?!\s+(?:a|an|(?-i:[A-Z])\w*)\b))\s+(?=\S)",
                                re.IGNORECASE)
# "…at Cloudlane Software, where I sell…": the place's clause, a sentence of its own without "where" (session 17: "and where")
_WHERE_RE = re.compile(r"^where\s+(?=\S)", re.IGNORECASE)
_HANGING_LINKS_RE = re.compile(r"^(?:rather than|instead of|like|which|who|whose|such as|including|e\.g\.|i\.e\.|"
                               r"especially|so that|in order to|[a-z]+ing)\b")
_SUBJECT_RE = re.compile(r"^(?:I|we|they|he|she|it|this|that|these|those|there|the|a|an|our|my|their|its|\w+s)\b",
                         re.IGNORECASE)


def _linked_clause(clause: str) -> str | None:
    """For a clause that opens on a word linking it to the one before: the clause without that word when it
    stands as a sentence ("while asynchronous code runs…" -> "asynchronous code runs…"), "" when it cannot
    ("rather than giving wrong answers"); None for a clause with no such word."""
    if found := _SENTENCE_LINKS_RE.match(clause) or _WHERE_RE.match(clause):
        rest = clause[found.end():]
        return rest if _SUBJECT_RE.match(rest) and len(rest.split()) >= 3 else ""
    if _SPAN_RE.match(clause) and not _PRONOUN_RE.search(clause):  # "from the first call to signature": no "and" before it
        return ""
    return "" if _HANGING_LINKS_RE.match(clause) else None

# A phrase of place, span or means that opens a clause ("from first call to signature", "across three sites").
_SPAN_RE = re.compile(r"^(?:from|across|with|without|to|into|of|for|via|through|throughout|over|under|between|among|"
                      r"within|at(?! (?:least|most|first|last|once)\b)|on|in|by)\s", re.IGNORECASE)  # "at least one voter…" is a subject
def _lower_first_word(text: str) -> str:
    """``text`` with its first word in lower case when it is an ordinary capitalised word ("The" -> "the");
    "I", names with more capitals ("VMware", "SQL") and other words stay as written."""
    first = text.split(" ", 1)[0]
    ordinary = first[1:].islower() or (first == "A" and len(text.split()) > 1)  # "A coach party…": "a coach party…"
    return text[:1].lower() + text[1:] if ordinary and first != "I" else text


# The candidate's step in the past ("I called", "we had"): after a past time "I then had…", never ", then I had…" (session 18)
_OWN_PAST_RE = re.compile(r"(I|we) (?=\w+ed\b|(?:had|was|were|took|got|made|went|ran|led|set|kept|began|found|gave|told|saw|"
                          r"spent|built|wrote|sent|brought|met|sat|rang|spoke|chose|drove|flew|taught|caught|knew)\b)")
_LABEL_ONLY_RE = re.compile(r"(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth|fifth|next|then|finally|also|"
                            r"lastly|step \d+|\d+)", re.IGNORECASE)


def _joined(kept: list[str], clause: str, said: str, words: list[str], *, then_ok: bool, subject_ok: bool = True,
            part: str = "") -> str:
    """``clause`` with the coach's word before it (the first of ``words`` that breaks the answer's run), as
    a person would join it: "then" after a condition ("If …, then it becomes…"), "so" after a reason whose
    "since"/"because" is dropped (``kept[0]`` is rewritten: "Since X, and Y" -> "X, so Y"), and "Also," or
    "Then" opening a new sentence (the first word kept in case when it is a name: "VMware"; :func:`_sentence_lead`
    by the sentence's kind and its heading ``part``); after a time in the past, "I then …" when the subject alone does
    not run on (``subject_ok``)."""
    word = words[0]
    if (kept and subject_ok and _PAST_WHEN_RE.match(kept[-1]) and (own := _OWN_PAST_RE.match(clause))
            and "then" not in said.split()):
        # "When I took over as lead, I then measured…": a time in the past is no condition ("…, then I measured")
        return f"{own.group(1)} then {clause[own.end():]}"
    if kept and _CONDITION_RE.match(kept[-1]) and then_ok:
        word = "then"
    elif len(kept) == 1 and (reason := _SENTENCE_LINKS_RE.match(kept[0])) and _SUBJECT_RE.match(
            rest := kept[0][reason.end():]):
        kept[0], word = _capital(rest), "so"
    if kept:
        return f"{word} {clause}"
    opens = word == "then" and not _SUBORDINATE_RE.match(clause)  # never "Then when X, then I…"
    own_also = bool(_OWN_ALSO_RE.match(clause))
    if not opens:  # never "Also, I also moved…": the clause's own "also" goes
        clause = _OWN_ALSO_RE.sub(r"\1", clause, count=1)
    lead = ("Then" if opens else "After that," if word == "after that" else "Also," if own_also
            else _sentence_lead(clause, part, then_ok=then_ok))  # the answer's "Then I escalated…": "After that, I escalated…"
    return f"{lead} {_lower_first_word(clause)}"


def _sentence_lead(clause: str, part: str, *, then_ok: bool = True) -> str:
    """The coach's opening words for a sentence that ran on from the one before (session 16: "Also," opened a situation's
    state, a step and a result after the steps): "Then" before the candidate's own step in the past, "As a result,"
    before a result told after something else, "At the time," before a situation's state, else "Also,"."""
    if then_ok and _OPENS_ACTING_RE.match(clause) and not _SUBORDINATE_RE.match(clause):
        return "Then"
    if part == "Situation" and _SCENE_TIME_RE.match(clause):
        return "Then,"  # "…a third of my pipeline. Then, in Q1 2024 inbound dried up": the scene moves on in time (session 16)
    if not re.match(r"[A-Za-z]", clause) or (_SPAN_RE.match(clause) and not told_result(clause)) or _SUBORDINATE_RE.match(clause):
        return "Also,"  # "In a recent deal, I…", "When procurement stalled…": no "As a result," or "At the time," before them
    if part not in {"Situation", "Result", "Trade-offs", "Concepts"} and told_result(clause):
        return "As a result,"
    if part == "Situation" and _PAST_STATE_RE.search(clause) and not _OPENS_ACTING_RE.match(clause):
        return "At the time,"
    return "Also,"

# A state in the past ("the risk was…", "there were…", "they had…").
_PAST_STATE_RE = re.compile(r"^\S+(?:\s+\S+){0,4}?\s+(?:was|were|had|had been|could not|couldn't|did not|didn't)\b", re.IGNORECASE)
_OWN_ALSO_RE = re.compile(r"^((?:\S+\s+){0,2}?)also\s+", re.IGNORECASE)  # "I also moved", "We also", "Also"
_SCENE_ONLY_RE = re.compile(r"(?:over|in|at|on|during|after|before|by|within|across|for|throughout)\b(?:\s+\S+){1,4}",
                            re.IGNORECASE)

_SENTENCE_END_RE = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…]['\"”’]))\s+(?=\S)")


def _finished(kept: list[str], clauses: list[str], end: str) -> str:
    """The sentence of the ``kept`` clauses (of the sentence's ``clauses``), "" when it says nothing alone: "Second.", "Over
    two years." or "When X fails." once what followed it is out."""
    alone = not kept or (len(kept) == 1 and _LABEL_ONLY_RE.fullmatch(kept[0])) or _only_scene(kept)
    return "" if alone or _only_subordinate(kept, clauses) else ", ".join(kept) + end


def _only_scene(kept: list[str]) -> bool:
    """Whether a sentence's kept clauses only say when or where ("Over two years"): no one in them, nothing done."""
    return all(_SCENE_ONLY_RE.fullmatch(k.strip(" ,.")) and not _PRONOUN_RE.search(k) for k in kept)


def _only_subordinate(kept: list[str], clauses: list[str]) -> bool:
    """Whether a sentence's kept clauses are only clauses that hang on another ("When a chunk server fails", "Because the
    two sets overlap") while the clause they hung on was left out: no subject of a main clause after their own opening
    words ("When renewal time came they told me…" holds its main clause, and stays)."""
    return len(kept) < len(clauses) and all(
        _SUBORDINATE_RE.match(k) and not any(w in _SUBJECTS for w in k.lower().split()[3:]) for k in kept)


# A clause that hangs on another ("When a chunk server fails", "Because the two sets overlap"): no sentence alone.
_SUBORDINATE_RE = re.compile(r"(?:when|whenever|if|unless|because|although|though|once|while|as soon as)\s", re.IGNORECASE)


_PRONOUN_RE = re.compile(r"\b(?:I|we|he|she|they|it)\b", re.IGNORECASE)


# A clause that says its own order ("I then phoned", "we finally agreed").
_OWN_ORDER_RE = re.compile(r"^(?:I|we|they|he|she)\s+(?:then|next|finally|later)\b", re.IGNORECASE)
# A phrase that gives a figure of what was said before it ("about GBP 450", "up from 64%", "roughly 3 hours"): after a
# comma it was said of the clause before, and the coach joins it with "which was", never "then" or "and" (session 16).
_FIGURE_LED_RE = re.compile(r"^(?:just |well )?(?:about|around|roughly|nearly|almost|approximately|some|over|under|up|down|"
                            r"more than|less than|fewer than|at least|at most)\s+(?:from\s+|to\s+|by\s+)?(?:[A-Z]{3}\s)?"
                            r"[$£€]?\d", re.IGNORECASE)
# The rest of a list of things, opening on a comparative or a word of quantity ("smaller pull requests", "fewer handovers").
_LIST_REST_RE = re.compile(r"^(?:\w{3,}er|more|fewer|less|extra|additional)\s+(?!than\b)[a-z]", re.IGNORECASE)
# The coach's word for the answer's own linking word when that one runs on ("…, then the rest": "after that the rest").
_SAME_LINK = {"then": ("after that",), "finally": ("after that",), "but": ("yet",), "or": ("alternatively",)}


def _after_gap(segment: str, out: list[str]) -> str:
    """``segment`` without the mark that opens it right after a gap, which ends the gap's sentence instead (the step a
    gap closes ends there: "…[your own part in this]; finally…" -> "…[your own part in this]. Finally…")."""
    if (mark := re.match(r"\s*([.;!?])\s*", segment)) and out and out[-1].startswith("["):
        out[-1] += "." if mark.group(1) == ";" else mark.group(1)
        return segment[mark.end():]
    return segment


def _link_words(clause: str, said: str, joiner: str, after_clause: bool, breaks: Callable[[str], bool]) -> list[str]:
    """The coach's words that may join ``clause`` to what was kept before it, best first: those that break the answer's
    run (``breaks``), never the clause's own ``said`` linking word; none of "then" before a step that says its own order
    ("I then phoned…"); "which was" before a figure said of the clause before ("about GBP 450") and "plus" before the rest
    of a list of things after "then" ("smaller pull requests"), when the clause has no verb of its own (session 16)."""
    words = [w for w in _SAME_LINK.get(said, ()) + (joiner, "and", "next", "also", "plus") if w != said and breaks(w)] + ["also"]
    if _OWN_ORDER_RE.match(clause):  # "I then phoned…": never "then I then phoned"
        words = [w for w in words if w not in {"then", "next", "after that"}]
    if after_clause and not _own_clause(clause) and said not in _SAME_LINK:  # "then the rest" keeps its order
        if _FIGURE_LED_RE.match(clause) and len(clause.split()) <= 8:
            return ["which was"]
        if joiner == "then" and _LIST_REST_RE.match(clause):
            return ["plus"]
    return words


def _sentence_clauses(sentence: str, grams: set[tuple[str, ...]]) -> tuple[str, str, str, list[str]]:
    """A sentence's closing mark, its opening (its first clause with the lead-in phrases before it, as the answer has it:
    :func:`core.coach.stronger_openings.with_opening`), that opening as kept (:func:`_opening_clip`; "" when it cannot be)
    and its clauses, without asides in brackets (left out, never cut inside) and with a colon's list fitted
    (:func:`colon_fitted`)."""
    end = sentence[-1] if sentence[-1] in ".!?…" else ""
    sentence = _PAREN_RE.sub("", sentence)
    sentence = sentence[:sentence.index("(")].rstrip(" ,;:") + end if "(" in sentence else sentence
    sentence = colon_fitted(sentence)  # "60 accounts: logistics firms with…", never "60 accounts, and logistics…"
    lead, clauses = with_opening([c.strip(" ,;:") for c in split_outside(_CLAUSE_RE, sentence.rstrip(".!?…"))
                                  if c and c.strip(" ,;:")])
    # a noun named again ("the buyers I know, operations directors…, so I…"): an aside, never "and" a list's item
    clauses = [c for i, c in enumerate(clauses) if not apposition(clauses, i)]
    first = _opening_clip(lead, clauses[0], grams) if clauses else ""
    # a sentence whose opening cannot be kept goes whole, never its end alone (session 17)
    return end, f"{lead}, {clauses[0]}" if lead else "".join(clauses[:1]), first, clauses if first else []


def in_short_phrases(text: str, answer: str, *, joiner: str = "and", part: str = "") -> str:
    """``text`` (one part of a stronger answer) with no run of more than :data:`SHORT_PHRASE` of ``answer``'s
    words (see the module docstring); ``joiner``: the coach's word between two clauses ("then" for steps); ``part``: the
    heading the text goes under ("Situation", "Result"…), which picks the words that open a sentence run on from the last.
    Bracketed gaps stay as they are; each sentence keeps its closing mark."""
    grams = _grams(answer_words(answer), SHORT_PHRASE + 1)
    if not grams or not any(_grams(answer_words(seg), SHORT_PHRASE + 1) & grams
                            for seg in _BRACKET_RE.split(text or "") if not seg.startswith("[")):
        return text  # no run of the answer longer than a short phrase: as it is
    out: list[str] = []
    recent: list[str] = []  # the words just written, since the last bracketed gap
    for segment in _BRACKET_RE.split(text):
        if not segment.strip() or segment.startswith("["):
            out.append(segment.strip())
            recent = []
            continue
        if not (segment := _after_gap(segment, out)).strip():
            continue
        for sentence in (s for s in split_outside(_SENTENCE_END_RE, segment.strip()) if s):  # never inside a quote
            end, opening, first, clauses = _sentence_clauses(sentence, grams)  # no clauses: the sentence goes (session 17)
            kept: list[str] = []
            tail_cut = False  # the clause before lost its end: a list that ran on from it goes too
            for i, whole in enumerate(clauses):
                if tail_cut and (after := _after_cut(whole, _WHICH_OBJECT_RE)) != whole:
                    if after is None:
                        continue  # "…, which your advert mentions" names what the cut took: it goes too
                    kept, whole = _broken_off(kept, out, after), after  # "so I worked…" follows from what the cut took
                clause = _clip_clause(whole) if i else first
                tail_cut = not clause or clause.split()[-1] != whole.split()[-1]
                if not clause:
                    continue
                # never the sentence's own opening of substance, kept with what it opens (with_opening: session 17)
                if _runs_on(recent, clause, grams) and (len(kept) > 1 or (kept and LINK_ONLY_RE.fullmatch(opening))) and (
                        (len(kept[-1].split()) <= 3 and not _OPENS_ACTING_RE.match(kept[-1]))
                                                                 or _INTRO_RE.match(kept[-1])
                                                                 or (_OWN_WHEN_RE.match(kept[-1]) and len(kept) == 1
                                                                     and not re.match(r"(?:I|we)\b", clause))):
                    # "When I joined the branch, [renewals were left…]" runs on: the time goes, never "…, then renewals"
                    dropped = kept.pop()  # an opening "As a result," or "In a replicated database," runs on: left out
                    recent = recent[:len(recent) - len(answer_words(dropped))]
                    clause = _capital(clause) if not kept else clause
                if _runs_on(recent, clause, grams):  # it followed the last one in the answer: the coach's word between
                    said = clause.split()[0].lower()
                    if said in {"then", "and", "so", "finally", "but", "or", "plus"}:  # the answer's own link: another one instead
                        clause = clause.split(" ", 1)[1] if " " in clause else clause
                    if kept and (linked := _linked_clause(clause)) is not None:  # "while …", "rather than …"
                        if linked:  # a clause of its own once its linking word is gone: a sentence of its own
                            out.append(", ".join(kept) + ".")
                            kept, clause = [], _capital(linked)
                            kept.append(clause)
                            recent = (recent + answer_words(clause))[-SHORT_PHRASE:]
                        continue  # no clause without what it hangs on ("rather than …"): left out
                    words = _link_words(clause, said, joiner, bool(kept),
                                        lambda w, c=clause, r=recent: not _runs_on([*r, w], c, grams))
                    clause = _joined(kept, clause, said, words, then_ok=not _runs_on([*recent, "then"], clause, grams),
                                     subject_ok=not _runs_on(recent, clause.split()[0], grams), part=part)
                kept.append(_capital(clause) if not kept else clause)
                recent = (recent + answer_words(clause))[-SHORT_PHRASE:]
            out.append(_finished(kept, clauses, end))
    return re.sub(r"\s{2,}", " ", " ".join(p for p in out if p)).strip().replace("\u00a0", " ")
