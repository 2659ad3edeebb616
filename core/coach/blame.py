"""An answer that puts every failure on others and tells nothing the speaker did is weak (issue 15, session 24).

"My manager never told me the contractor had changed, the IT team didn't set up the scanners, and it wasn't my
fault the plan was unrealistic" answers "Tell me about a time a project missed its deadline" with other people's
failures and excuses only: long and fluent, it scored 6-8/10, Relevance 5/5, as high as a story of what the speaker
did. Interviewers read such an answer as taking no ownership (a standard red flag: the question asks what *you*
did). :func:`blamed_only` finds it: an English answer to a question about the candidate's own experience
(behavioural or self-assessment) in which at least :data:`MIN_BLAME` sentences, and a third of them or more, tell
another party's failure ("the supplier kept sending the wrong labels", "nobody had trained us") or an excuse ("it
wasn't my fault", "nothing to do with me"), and no sentence tells an act of the speaker's own ("I rang…", "I split
the cut-over…", "we moved…"). :func:`with_blame_held` then holds relevance at :data:`BLAME_RELEVANCE`, structure
and depth at :data:`BLAME_STRUCTURE`, specificity at :data:`BLAME_SPECIFICITY` (at most 5/10 overall), says why in
a sentence, and asks for the speaker's own act; :func:`blame_outline` is its stronger answer. A story that names another's fault and then what the speaker did
about it has acts of its own and is judged by its parts as before.

A rule of this project, not a figure from research; English words only.
"""

from __future__ import annotations

import re

from core.analysis.text import sentences
from core.coach.phrasing import clip, quote
from core.coach.wishes import NEVER_DE
from core.schemas import DimensionScore

BLAME_RELEVANCE = 3  # relevance (1-5) at most: it tells the situation asked about, not what the speaker did in it
BLAME_STRUCTURE = 2  # structure and depth (1-5) at most: no action, result or lesson of the speaker's own
BLAME_SPECIFICITY = 2  # specificity (1-5) at most: its details are of others' failures, none of the speaker's own work
MIN_BLAME = 2  # sentences of blame or excuse, at least
BLAME_SHARE = 1 / 3  # of the answer's sentences, at least
_STORY_KINDS = frozenset({"behavioural", "self_assessment"})
GAP = "What you did yourself about it, and what came of it, even where others were at fault"

# an excuse: "it wasn't my fault", "not down to me", "nothing to do with me", "I got the blame", "unfair"
_EXCUSE_RE = re.compile(
    r"\b(?:(?:was|is)(?:n't| not)|never)\s+(?:really\s+|even\s+)?(?:my (?:fault|mistake|problem|doing|"
    r"responsibility|call|decision)|down to me|on me|because of me)\b|\bnone of (?:it|that|this) was (?:down to|on|"
    r"because of) me\b|\bnothing to do with me\b|\b(?:I|me) (?:got|took|was given) (?:all )?the blame\b|"
    r"\bblamed (?:me|us|it on)\b|\b(?:entirely|all|completely) (?:down to|the fault of|because of) (?!me\b)\w+|"
    r"\b(?:was|were|felt|is) (?:so |completely |totally |really )?unfair\b|\bno support\b|\bleft holding\b|"
    r"\bthe (?:real |whole |actual )?problem was (?:the|how|that|them|they)\b|\bwas(?:n't| not| never) "
    r"(?:realistic|achievable)\b|\bunrealistic\b", re.IGNORECASE)
# another party's failure: "never told me", "didn't turn up", "kept changing", "without asking", "too late"
_FAILURE_RE = re.compile(
    r"\b(?:never|didn't|did not|don't|do not|hadn't|had not|wouldn't|would not|couldn't|could not|wasn't|was not|"
    r"weren't|were not|failed to|forgot to|refused to|ignored|kept (?:\w+ing|on)|should have|should've|"
    r"without (?:telling|asking|consulting|warning|checking|informing)|(?:too|always|very|weeks?) late|"
    r"went along with|did nothing|dragged on)\b", re.IGNORECASE)
# the speaker as the one failing or acting in the clause before the failure cue: then it is no blame of others
_SELF_BEFORE_RE = re.compile(r"\b(?:I|we)\b(?![^,;]*\b(?:told|asked|said|thought|think|felt|knew)\b[^,;]*$)",
                             re.IGNORECASE)
# an act of the speaker's own, or a fault owned: "I rang", "I only checked in", "we moved", "I now look at", "I lost
# the renewal", "I didn't check"; states, feelings and complaints are none ("I needed", "I thought", "I got the blame")
_OWN_ACT_RE = re.compile(
    r"\b(?:I|we)\s+(?:now|always|still)\s+(?!(?:think|know|feel|believe|wonder|wish|hope)\b)\w{2,}|"
    r"\b(?:I|we)\s+(?:(?:then|also|first|only|quickly|immediately|personally|just|finally|\w+ly)\s+)?"
    r"(?:(?:didn't|did not|failed to|forgot|should have|could have)\s+\w+|"
    r"(?!(?:needed|wanted|liked|loved|hated|hoped|wished|believed|seemed|assumed|expected|supposed|deserved|"
    r"preferred|worried|suffered|blamed|complained|felt|thought|was|were|had|got|did|think|know|mean|guess|feel|"
    r"believe|am|are|have|get|would|will|could|should|might|must|can|may)\b)"
    r"(?:\w{3,}ed|ran|rang|made|built|wrote|rewrote|took|gave|found|cut|won|lost|brought|taught|drove|sold|kept|"
    r"chose|spent|began|put|set|sent|led|met|told|asked|went|fixed|split|paid|sat|spoke|learnt|forgot|missed|"
    r"check|confirm|map|review|run|build|write|send|ask|call|plan|fix|look)\b)", re.IGNORECASE)


# disowning the problem outright (session 24 newcomer: "the delays are never my fault… I tell them it's out of my hands
# and that they need to complain to the station, not to me"; "Employment law isn't really my job… that's on the agency,
# not me"): said twice, the answer takes no ownership whatever the question's kind, even with acts that pass it on
_DISOWN_RE = re.compile(
    r"\b(?:(?:is|was|are)(?:n't| not)|never)\s+(?:really\s+|even\s+)?(?:my (?:fault|job|problem|responsibility|"
    r"department|area)|down to me)\b|\bnot my (?:job|problem|fault|responsibility|department|area|remit)\b|\bout of my hands\b|"
    r"\bnothing to do with me\b|\b(?:that's|that is|it's|it is) on (?:the |them|him|her)\w*[^.,;]{0,30},? not (?:on )?me\b|"
    r"\bnot (?:to |on )?me\s*[.!]|\bnot my call\b", re.IGNORECASE)


def _blames(sentence: str) -> bool:
    """Whether ``sentence`` is an excuse, or tells another party's failure (a failure cue with neither "I" nor
    "we" before it in its clause)."""
    if _EXCUSE_RE.search(sentence):
        return True
    for m in _FAILURE_RE.finditer(sentence):
        clause = re.split(r"[,;:—–]|\b(?:and|but|so|because)\b", sentence[:m.start()])[-1]
        if not _SELF_BEFORE_RE.search(clause):
            return True
    return False


def blamed_only(ev, qtype: str, text: str) -> list[str]:
    """The blaming sentences of ``text`` (see the module docstring) when the whole answer is blame without an act of
    the speaker's own; else []."""
    said = [s.strip() for s in sentences(text or "") if s.strip()]
    if ev.analysed and ev.lang == "en" and len(disowned := [s for s in said if _DISOWN_RE.search(s)]) >= 2:
        return disowned  # "never my fault … out of my hands … not to me": no ownership, whatever was asked
    if qtype not in _STORY_KINDS or not ev.analysed or ev.lang != "en" or _OWN_ACT_RE.search(text or ""):
        return []
    blamed = [s for s in said if _blames(s)]
    return blamed if len(blamed) >= MIN_BLAME and len(blamed) >= BLAME_SHARE * len(said) else []


def with_blame_held(dims: list, blamed: list[str]) -> list:
    """``dims`` (five ``(DimensionScore, gaps)`` pairs, rubric order) held as the module docstring says when the
    answer puts every failure on others (``blamed``: its blaming sentences, :func:`blamed_only`), each held dimension
    saying why; else as they are."""
    if not blamed:
        return dims
    shown = ", ".join(quote(clip(s.rstrip(".!"), 10)) for s in blamed[:2])
    notes = (f"it puts the failure on others ({shown}) and tells nothing you did about it yourself",
             "every act it tells is someone else's; what you did yourself is missing",
             "its details are of others' failures, not of your own work",
             "it gives no reasoning or lesson of your own, only what others got wrong")
    caps = (BLAME_RELEVANCE, BLAME_STRUCTURE, BLAME_SPECIFICITY, BLAME_STRUCTURE)
    out = []
    for (dim, gaps), cap, note in zip(dims[:4], caps, notes, strict=True):
        if dim.score > cap:
            dim = DimensionScore(score=cap, evidence=dim.evidence.replace(" It answers directly, in few words.", "")
                                 + f" Counted at most {cap}/5: {note}.")
        out.append((dim, gaps))
    rel, gaps = out[0]
    if not rel.evidence.endswith(f"{notes[0]}."):  # said once, on relevance, even when no cap applied
        rel = DimensionScore(score=rel.score, evidence=rel.evidence + f" It {notes[0]}.")
    return [(rel, [GAP, *gaps]), *out[1:], dims[4]]


def blame_outline(text: str, blamed: list[str]) -> str:
    """The stronger answer to an answer that puts every failure on others (``blamed``, :func:`blamed_only`): its first
    sentence that is no excuse kept as the situation, and the speaker's own task, action, result and lesson left as
    prompts. The others' failures are never filed under Action or Result as if they were the speaker's, and no act is
    invented for the speaker."""
    said = [_before_excuse(s.strip()) for s in sentences(text or "") if s.strip()]
    scene = next((s for s in said if len(s.split()) >= 4 and not outright_excuse(s)), "")
    situation = f"{scene[:1].upper()}{scene[1:]}" if scene else "[what happened, in a sentence, without blame]"
    return (f"Situation: {situation} Task: [what you were responsible for] Action: [what you did yourself about it, "
            "step by step, even where others were at fault] Result: [what came of it, with a number] Lesson: [what you "
            "learned, or would do differently now]")


# A cause put on others: "it's because the depot loads it late", "…, because nobody told us" (a "because" clause whose
# subject is no "I" or "we", said as the explanation or telling their failure). A habit of passing it on ("If a manager
# complains I just forward it to the depot"): a condition, then the speaker's "just". Neither is a situation a model
# answer starts from (session 25).
_CAUSE_RE = re.compile(r"\bbecause\s+(?!(?:I|we|my|our)\b)(?P<clause>[^.;]*)", re.IGNORECASE)
_EXPLAINED_RE = re.compile(r"\b(?:it's|it is|that's|that is|it was)\s+(?:all\s+|just\s+)?because\b", re.IGNORECASE)
_PASSED_ON_RE = re.compile(r"^(?:if|whenever|when)\b[^.]*\b(?:I|we) just\b|\b(?:I|we) just (?:told|tell|rang|ring|forward(?:ed)?|"
                           r"pass(?:ed)?|sen[dt]|refer(?:red)?|ask(?:ed)?|email(?:ed)?|point(?:ed)?)\b[^.]*\b(?:to|on to|at)\b",
                           re.IGNORECASE)


def excuse(sentence: str) -> bool:
    """Whether ``sentence`` is an excuse or disowns the problem (:data:`_EXCUSE_RE`, :data:`_DISOWN_RE`), puts its cause on
    others (:data:`_CAUSE_RE`), or tells a habit of passing it on (:data:`_PASSED_ON_RE`): what a blaming answer's
    model never hands back (session 25: "Situation: When a caller is angry…, it's because response are short of
    officers…"; "Situation: If an agency worker causes trouble I just ring the agency…")."""
    if _EXCUSE_RE.search(sentence) or _DISOWN_RE.search(sentence) or _PASSED_ON_RE.search(sentence):
        return True
    cause = _CAUSE_RE.search(sentence)
    return bool(cause and (_EXPLAINED_RE.search(sentence) or _blames(cause.group("clause"))))


def disowns(sentence: str) -> bool:
    """Whether ``sentence`` disowns the problem ("not my department", "out of my hands", "that's on them, not me":
    :data:`_DISOWN_RE`): no sentence of any model answer, blamed or not (session 25)."""
    return bool(_DISOWN_RE.search(sentence))


def _before_excuse(sentence: str) -> str:
    """``sentence`` up to the clause holding its excuse ("The move slipped by three weeks, but none of it was down to
    me." -> "The move slipped by three weeks."); "" when the excuse opens it; the whole sentence when it has none."""
    m = (_EXCUSE_RE.search(sentence) or _DISOWN_RE.search(sentence) or _OTHERS_FAULT_RE.search(sentence)
         or _FOREIGN_EXCUSE_RE.search(sentence))
    if not m:
        return sentence
    head = re.split(r"\s*(?:[,;:—–]\s*(?:and |but |so )?|\s(?:but|and|so|because)\s)(?!.*[,;:—–]|.*\s(?:but|and|so|because)\s)",
                    sentence[:m.start()])[0].strip()
    return head.rstrip(",;:") + "." if head and head != sentence[:m.start()].strip() else ""


# Session 26 (judge26): an excuse said outright counts against ownership in any language the app reads, even beside
# acts of one's own ("It was my colleague's fault, not mine: he gave me the old spreadsheet. I had checked everything
# else and sent it on time" scored 6/10 with the excuse quoted as a strength; a German answer blaming a colleague and a
# supplier, "das war nicht meine Schuld", 7/10 with the excuse read as its reasoning).
_OTHERS_FAULT_RE = re.compile(
    r"\b(?:(?:my|our|the|his|her|their)\s+)?(?!my\b)\w+(?:'s|’s|s')\s+fault\b|\b(?:his|her|their|its)\s+(?:own\s+)?fault\b|"
    r"\bfault,?\s+not\s+mine\b|\bnot\s+(?:on\s+)?my\s+(?:head|watch)\b", re.IGNORECASE)
# the same, in the other languages the app reads (an excuse or another's fault named outright)
_FOREIGN_EXCUSE_RE = re.compile(
    r"\b(?:nicht|keine?)\s+(?:meine|mein)\s+(?:Schuld|Fehler|Problem|Verantwortung)\b|\blag\s+nicht\s+an\s+mir\b|"
    r"\bdafür\s+konnte\s+ich\s+nichts\b|\b(?:die\s+)?Schuld\s+(?:lag|hatte|hatten|trug|war)\s+(?:bei\s+)?(?:mein|der|die|das|den|unser)\w*\b|"
    r"\bpas\s+(?:de\s+)?ma\s+faute\b|\bje\s+n['’]y\s+(?:suis|étais)\s+pour\s+rien\b|\b(?:la\s+)?faute\s+(?:à|de)\s+(?:mon|ma|mes|la|le|l['’]|notre|nos)\b|"
    r"\bno\s+(?:fue|era|es|ha\s+sido)\s+(?:culpa\s+m[ií]a|mi\s+culpa)\b|\bla\s+culpa\s+(?:fue|era|la\s+tuvo|la\s+tuvieron)\s+(?:de|del|mi|el|la)\b|"
    r"\bnon\s+(?:è\s+stata|era|è)\s+colpa\s+mia\b|\bla\s+colpa\s+(?:è\s+stata|era|fu)\s+(?:del|della|di|dei|mio|mia)\b|"
    r"\bnão\s+(?:foi|era|é)\s+(?:culpa\s+minha|minha\s+culpa)\b|\ba\s+culpa\s+(?:foi|era)\s+d[oa]s?\b", re.IGNORECASE)
# a fault owned: "it was my mistake", "I should have", "looking back", "partly true, but I also…", "I take responsibility"
_OWNED_RE = re.compile(
    r"(?<!not )(?<!n't )\b(?:my|my own)\s+(?:fault|mistake|error)\b|\bI\s+(?:should|could)\s+have\b|\blooking\s+back\b|"
    r"\bpartly\b|\bI\s+(?:take|took)\s+(?:full\s+)?(?:responsibility|ownership)\b|\bI\s+own(?:ed)?\s+(?:it|that|the)\b|"
    r"(?<!nicht )(?<!keine )\bmeine\s+Schuld\b|(?<!nicht )\bmein\s+Fehler\b|(?<!pas )(?<!pas de )\bma\s+faute\b|"
    r"(?<!no fue )(?<!no era )\b(?:mi\s+culpa|culpa\s+m[ií]a)\b|(?<!non è stata )\bcolpa\s+mia\b|(?<!não foi )\bculpa\s+minha\b",
    re.IGNORECASE)
# another's fault found or admitted by others ("The supplier later agreed it was their fault"): an outcome, no excuse
_FOUND_BY_OTHERS_RE = re.compile(r"\b(?:agreed|admitted|accepted|confirmed|conceded|acknowledged|found|ruled|said)\b[^.;]{0,25}$",
                                 re.IGNORECASE)


def _others_fault(sentence: str) -> bool:
    """Whether ``sentence`` puts the fault on another party itself (:data:`_OTHERS_FAULT_RE`), not by reporting that
    the other party or a finding admitted it (:data:`_FOUND_BY_OTHERS_RE`)."""
    return any(not _FOUND_BY_OTHERS_RE.search(sentence[:m.start()]) for m in _OTHERS_FAULT_RE.finditer(sentence))


EXCUSE_RELEVANCE = 3  # relevance (1-5) at most of an answer that disowns its failure outright
EXCUSE_DEPTH = 2  # depth (1-5) at most: an excuse is no reasoning of one's own


def outright_excuse(sentence: str) -> bool:
    """Whether ``sentence`` disowns a failure outright, in English or another language the app reads ("it was my
    colleague's fault, not mine", "not my fault", "das war nicht meine Schuld", "ce n'était pas ma faute", "no fue
    culpa mía"), or is an excuse of :func:`excuse`'s kinds: what no strength or reasoning ever quotes."""
    return bool(_others_fault(sentence) or _FOREIGN_EXCUSE_RE.search(sentence) or excuse(sentence))


# another party's failure told in the other languages the app reads ("hat die Daten nicht rechtzeitig geliefert", "n'a
# jamais corrigé", "no entregó", "non se n'è mai accorto"), in a sentence that does not open with the speaker
_FOREIGN_FAILURE_RE = re.compile(
    r"\b(?:" + NEVER_DE + r"|nicht rechtzeitig|zu spät|nicht geliefert|vergessen|jamais|en retard|trop tard|n['’](?:a|ont) "
    r"pas|ne nous a|oublié|nunca|no (?:entregó|envió|avisó|hizo|detectó|llegó)|tarde|olvidó|mai|in ritardo|non (?:ha|hanno)|"
    r"dimenticato|atrasad[oa]s?|não (?:entregou|enviou|avisou|fez))\b", re.IGNORECASE)
_SPEAKER_FIRST_RE = re.compile(r"^\W*(?:ich|je|j['’]|moi|yo|io|eu)\b", re.IGNORECASE)


def disowned(text: str, *, held: bool = False) -> list[str]:
    """The sentences of ``text`` that disown its failure (:data:`_OTHERS_FAULT_RE`, :data:`_EXCUSE_RE`,
    :data:`_DISOWN_RE`, :data:`_FOREIGN_EXCUSE_RE`), and those telling others' failures, when the answer disowns it
    outright: it names another's fault ("it was my colleague's fault, not mine") or adds another party's failure to
    its excuse ("das war nicht meine Schuld. Mein Kollege hat die Daten nicht rechtzeitig geliefert"), and no sentence
    owns a fault (:data:`_OWNED_RE`: "my mistake", "I should have", "looking back", "partly"); else []. One admission
    in a story that then deals with it ("It wasn't my fault the parts were late, but … I rang the supplier…") is no
    disowning. ``held``: the answer is held already (blame alone, about something else): [] then."""
    said = [s.strip() for s in sentences(text or "") if s.strip()]
    if held or any(_OWNED_RE.search(s) for s in said):
        return []
    excuses = [s for s in said if _others_fault(s) or _FOREIGN_EXCUSE_RE.search(s) or _EXCUSE_RE.search(s)
               or _DISOWN_RE.search(s)]
    failures = [s for s in said if s not in excuses and (
        _blames(s) or (_FOREIGN_FAILURE_RE.search(s) and not _SPEAKER_FIRST_RE.search(s)))]
    named = any(_others_fault(s) for s in excuses)
    return excuses + failures if excuses and (named or len(excuses) + len(failures) >= MIN_BLAME) else []


def with_excuse_held(dims: list, excuses: list[str]) -> list:
    """``dims`` (five ``(DimensionScore, gaps)`` pairs, rubric order) of an answer that disowns its failure outright
    (``excuses``, :func:`disowned`) but is no answer of blame alone: relevance at most :data:`EXCUSE_RELEVANCE` and
    depth at most :data:`EXCUSE_DEPTH`, each saying why, and the gap of one's own part; else as they are."""
    if not excuses:
        return dims
    shown = ", ".join(quote(clip(s.rstrip(".!"), 10)) for s in excuses[:2])
    note = f"it puts the failure on others ({shown}) instead of owning your part in it"
    out = list(dims)
    rel, gaps = out[0]
    evidence = rel.evidence.replace(" It answers directly, in few words.", "")
    if rel.score > EXCUSE_RELEVANCE:
        rel = DimensionScore(score=EXCUSE_RELEVANCE, evidence=evidence + f" Counted at most {EXCUSE_RELEVANCE}/5: {note}.")
    else:
        rel = DimensionScore(score=rel.score, evidence=evidence + f" {note[:1].upper()}{note[1:]}.")
    out[0] = (rel, [GAP, *gaps] if GAP not in gaps else gaps)
    dep, dep_gaps = out[3]
    if dep.score > EXCUSE_DEPTH:
        out[3] = (DimensionScore(score=EXCUSE_DEPTH, evidence=dep.evidence + (
            f" Counted at most {EXCUSE_DEPTH}/5: an excuse is no reasoning of your own.")), dep_gaps)
    return out
