"""Two limits a stronger answer keeps (newcomer, session 12): it never gives the answer back verbatim beyond
a short phrase, and a sentence sits under a STAR heading only when it is of that kind.

* :func:`star_kinds` (in :mod:`core.coach.stronger_kinds`, re-exported here) reads which STAR parts a sentence is by the STAR cues of :data:`core.analysis.cues.STAR_EN`
  (with the setting of a situation told without anyone acting, and a change "from 22 to 7" as a result);
  :func:`core.coach.stronger.stronger_answer` places a sentence under a heading only among those.
* :func:`in_short_phrases` rewrites a part's text so that no run of more than :data:`SHORT_PHRASE` words of the
  answer appears in it: each clause is cut at the end of a phrase (:func:`core.analysis.text.phrase_cut`)
  and clauses that followed each other in the answer are joined by a word of the coach's ("then", "and",
  "also": :mod:`core.coach.stronger_links`), never run on as the answer had them. A sentence's opening (a lead-in phrase and the clause it opens) is kept,
  cut at its end only, or the whole sentence is left out: never cut at its start (session 17,
  :mod:`core.coach.stronger_openings`). Bracketed gaps are the coach's and are left as they are.
"""

from __future__ import annotations

import re

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
from core.coach.stronger_links import (
    _HANGING_LINKS_RE,
    _LABEL_ONLY_RE,
    _PRONOUN_RE,
    _SPAN_RE,
    _SUBORDINATE_RE,
    _WHICH_OBJECT_RE,
    _joined,
    _link_words,
    _linked_clause,
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



def _after_gap(segment: str, out: list[str]) -> str:
    """``segment`` without the mark that opens it right after a gap, which ends the gap's sentence instead (the step a
    gap closes ends there: "…[your own part in this]; finally…" -> "…[your own part in this]. Finally…")."""
    if (mark := re.match(r"\s*([.;!?])\s*", segment)) and out and out[-1].startswith("["):
        out[-1] += "." if mark.group(1) == ";" else mark.group(1)
        return segment[mark.end():]
    return segment


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
