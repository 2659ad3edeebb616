"""Whether an answer does what its question plainly asks: one judgement for the chat and the report.

Issue 15, session 15: well-built answers to other questions scored 8-9/10 while the chat let them pass. Two kinds
of question say plainly what answers them, and an answer that does not do it answers another question:

- a yes/no question whether the candidate holds a credential ("This role requires an enhanced DBS check… Do you
  hold it?", "Are you registered with the HCPC?"): only an answer about that credential (one of its terms:
  "DBS", "enhanced") or saying whether they hold it ("Yes, I hold…", "I've applied", "not yet") answers it
  (:func:`credential_terms`);
- a question that sets when or where the answer must be ("How do you find out during a lesson whether pupils
  have understood, not at the end of the unit?"): only an answer within it (naming its setting, "lesson", or
  saying it happens then: "during", "while", "as I go", "on the spot") answers it (:func:`setting_asked`);
- a question that asks for an approach ("How would you sequence a unit so that each lesson builds on the one
  before?"): a past story that takes up nothing of its subject (:mod:`core.coach.subject`: none of its terms, by
  stem; a known topic of the whole field, "pupils and teaching", is no sign of it) answers another question, however
  well told (the parent-workshops story given to it scored 8/10, "does what the question asks":
  :func:`story_elsewhere`);
- a question about a competency listed in ``data/competency_words.json`` (planning the quarter to quota, changing
  someone's mind, an anxious or refusing patient): a story that takes up none of its terms nor the competency's words
  and plainly shows another competency of the same work (a price negotiation, an emergency, an audit) answers another
  question (:func:`core.coach.competency.wrong_competency`; issue ncrel, session 16: such stories scored 8-10/10).

:func:`missed_ask` says which, in words the report shows; :func:`core.coach.score.score_answer` then holds
relevance at :data:`MISSED_RELEVANCE` and the overall at :data:`MISSED_OVERALL_CAP`, and :func:`core.coach.follow_up.off_topic` (what the chat reads before
"That doesn't answer what I asked") is true for it too, so the chat and the report agree.

:func:`stock_phrases_only`: a reply made of stock self-praise ("I'm a people person and I always give 110%. I'm a
team player."), which says nothing about any question: a follow-up reply of it adds nothing
(:mod:`core.interview.weighing`).
"""

from __future__ import annotations

import re

from core.analysis.text import phrase_words, readable_text, sentences
from core.coach.competency import shows_asked, wrong_competency
from core.coach.subject import subject_terms, term_stem, term_weight

MISSED_RELEVANCE = 1  # relevance (1-5) of an answer that does not do what its question plainly asks: the chat says so
UNANSWERED_RELEVANCE = 2  # relevance (1-5) at or under which an answer did not answer its question
RARE_TERM = 1.5  # a credential term weighing this or more (subject.term_weight: rarer words weigh more) names it

# "Do you hold it", "do you have one", "are you registered", "have you got": a yes/no question about holding it
_HOLD_ASKED_RE = re.compile(
    r"\b(?:do|did) you (?:already |currently |still )?(?:hold|have|possess)\b(?! (?:any )?(?:experience|questions?|"
    r"examples?|time|a (?:time|moment|story|preference)))|\bare you (?:currently |already |fully )?(?:registered|"
    r"licensed|certified|qualified|accredited|chartered|eligible|cleared|insured)\b|"
    r"\bare you (?-i:[A-Z][A-Za-z]{1,5})(?:(?:,| or| and) (?-i:[A-Z][A-Za-z]{1,5}))* qualified\b|\bhave you (?:got|obtained|"
    r"passed|been (?:granted|issued|vetted|cleared))\b", re.IGNORECASE)
# what a credential is called: a licence, a check, a certificate, a registration, a permit, a visa, a card
_CREDENTIAL_RE = re.compile(
    r"\b(?:licen[cs]es?|checks?|certificat(?:es?|ion)|certified|registration|registered|qualifications?|clearance|"
    r"permits?|visas?|accreditation|accredited|chartered|membership|card|status|DBS|PVG|CSCS|SIA|CPC|QTS|"
    r"right to work)\b",
    re.IGNORECASE)
_NOT_CREDENTIAL = frozenset({"CV", "I", "OK", "UK", "US", "EU"})  # capitals that name no credential
# an answer that says whether they hold it: "yes", "I hold one", "I have a full licence", "I've applied", "not yet",
# "I'm doing the course", "it's pending": holding, or the steps of getting it, said of it or of a credential's noun
_CREDENTIAL_NOUN = (r"(?:check|test|course|licen[cs]e|certificate|certification|card|registration|application|exam|"
                    r"permit|visa|clearance|qualification|membership|accreditation)")
_HELD = rf"(?:it|one|mine|(?:my|the|an?)\s+(?:[\w-]+\s+){{0,3}}{_CREDENTIAL_NOUN}s?)"
_SAYS_HOLD_RE = re.compile(
    rf"^\W*(?:yes|yeah|yep|no|not yet)\b|\bI (?:do|don't|do not) (?:hold|have)\b|"
    rf"\bI(?:'ve| have| had| am|'m)? (?:already |just |recently |currently |now |still )?(?:hold|held|have|had|got|"
    rf"applied for|passed|renewed|obtained|completed|booked|started|sat|waiting for|doing|taking|studying for|"
    rf"working towards) {_HELD}\b|\bI(?:'ve| have)? (?:already |just )?applied(?=\s*(?:[.,;:!]|$))|\b(?:it|mine|it's|mine's)"
    rf"(?: is| was)? (?:current|valid|renewed|in progress|pending|being processed|due)\b|\bnot yet\b|"
    rf"\b(?:awaiting|waiting for) (?:it|mine|my|the)\b|\bin progress\b|\bexpired\b|"
    rf"\b(?:due|expect(?:ing)?|hope|going) to (?:get|receive|finish|complete|have|sit|take) {_HELD}|"
    r"\bI(?:'m| am|'ve been| have been)(?: fully| currently| still| now)? (?:\w+ )?(?:registered|licensed|certified|"
    r"qualified|accredited|chartered|insured|cleared)\b|"
    # how far through a qualification's exams: "part-qualified", "three exams left", "passed nine of the papers"
    r"\bpart[- ]?qualified\b|\b(?:exams?|papers|modules) (?:left|remaining|to go)\b|"
    r"\b(?:passed|sat|completed|finished)\b(?: [\w-]+){0,4} (?:exams?|papers|modules)\b", re.IGNORECASE)

# "during a lesson …, not at the end of the unit": the setting kept (its noun) and the one ruled out
_SETTING_RE = re.compile(
    r"\b(?:during|in the (?:middle|course) of|in|within|while (?:you are |you're )?(?:in|on|at)?) ?(?:a |an |the |each |"
    r"every |your )(?P<noun>[a-z][a-z-]{2,}(?: [a-z][a-z-]{2,})?)\b[^.?!;]{0,80}?,?\s+(?:and |but )?(?:not|rather than|instead of) "
    r"(?:just |only |waiting )?(?:at|after|by|until|in|before|till) (?:the )?(?:end|close|finish|next|final|last)\b",
    re.IGNORECASE)
_NOT_SETTING = frozenset({"whether", "how", "what", "when", "where", "which", "that", "who", "why", "and", "you", "your"})
# an answer that says it happens within the setting, in other words than its noun
_WITHIN_RE = re.compile(
    r"\b(?:during|while|whilst|mid-\w+|midway|halfway|as I go|as we go|in the moment|on the spot|there and then|"
    r"then and there|live|in real time|straight away|right away|as it happens|every (?:few|ten|five|\d+) minutes)\b",
    re.IGNORECASE)

# Stock self-praise: phrases any candidate could say of themselves, about no question
STOCK_PHRASE_RE = re.compile(
    r"\b(?:(?:a |an |real |natural )?people person|team player|hard[- ]?worker|work(?:s|ing)? (?:really |very )?hard|"
    r"give (?:it )?(?:1[0-9]{2}|[2-9]00)(?: ?%| percent)|(?:quick|fast) learner|go(?:ing)? the extra mile|"
    r"self[- ]starter|perfectionist|passionate|detail[- ]oriented|results[- ]driven|think(?:ing)? outside the box|"
    r"work(?:s)? well under pressure|can-do attitude|never give up|always on time|"
    r"(?:good|great|excellent) (?:communicator|listener|with people)|"
    r"(?:I'm|I am|very|really|highly|so|always) (?:reliable|dedicated|committed|motivated|hard-?working|loyal|honest))\b",
    re.IGNORECASE)
_FRAME_RE = re.compile(r"\b(?:I'm|I am|I always|I|and|a|an|really|very|also|just|too|the|person|who|always)\b", re.I)


def credential_terms(question: str) -> list[str]:
    """The terms naming the credential a yes/no question asks whether the candidate holds ("an enhanced DBS check"
    -> ["enhanced", "DBS", "check"]; with the words after its noun and the acronyms of its sentence: "a recognised
    accounting qualification (CPA, ACCA or CIMA)" -> [..., "CPA", "ACCA", "CIMA"]), in the question's order; [] when
    the question asks no such thing (it must ask :data:`_HOLD_ASKED_RE` and name a credential,
    :data:`_CREDENTIAL_RE`)."""
    return _credential(question)[0]


_PHRASE_LEAD = frozenset({"for", "asks", "ask", "to", "with", "of", "about"})  # words no credential's name opens with


def _credential(question: str) -> tuple[list[str], str]:
    """:func:`credential_terms` and the credential's phrase as the question names it first ("enhanced DBS check")."""
    text = readable_text(question or "")
    if not _HOLD_ASKED_RE.search(text):
        return [], ""
    named = list(_CREDENTIAL_RE.finditer(text))
    if not named:
        return [], ""
    terms: list[str] = []
    phrase = ""
    for m in named:  # the credential's noun, up to three words before it and after it in its phrase, its acronyms
        before = re.split(r"[,.;:?!(]|\b(?:a|an|the|your|any|this|that|which|what|whose|requires?|needs?|hold|have)\b", text[: m.start()],
                         flags=re.IGNORECASE)[-1]
        after = re.split(r"[,.;:?!()]|\b(?:and|or|which|that|but)\b", text[m.end():], flags=re.IGNORECASE)[0]
        clause = re.split(r"(?<=[.?!])\s", text[m.start():])[0]
        acronyms = [w for w in re.findall(r"\b[A-Z]{2,6}\b", clause) if w not in _NOT_CREDENTIAL]
        lead = re.findall(r"[A-Za-z][\w'-]*", before)[-3:]
        while lead and lead[0].lower() in _PHRASE_LEAD:  # "asks for Transport Manager CPC": never "the for …"
            lead = lead[1:]
        phrase = phrase or " ".join([*lead, m.group(0)])
        terms += [w for w in [*re.findall(r"[A-Za-z][\w'-]*", before)[-3:], m.group(0),
                              *re.findall(r"[A-Za-z][\w'-]*", after)[:3], *acronyms] if w not in terms]
    known = subject_terms(" ".join(terms))
    return [w for w in dict.fromkeys(terms) if term_stem(w.lower()) in known or w.isupper()], phrase


def setting_asked(question: str) -> str:
    """The content words of the setting a question keeps its answer within ("during a lesson …, not at the end of the
    unit" -> "lesson"; "during a training session whether …" -> "training session"), or "" when it sets none."""
    m = _SETTING_RE.search(readable_text(question or ""))
    if not m:
        return ""
    return " ".join(w for w in m.group("noun").lower().split() if w not in _NOT_SETTING and term_stem(w) in subject_terms(w))


def _stems(text: str) -> set[str]:
    return {term_stem(w) for w in re.findall(r"[a-z][\w'-]*", text.lower())}


def missed_ask(question: str, answer: str) -> str:
    """Why ``answer`` does not do what ``question`` plainly asks (see the module docstring), said for the report
    ("The question asks whether you hold an enhanced DBS check; the answer never says"); "" when it does, or when
    the question asks nothing of these kinds. English words only; a blank answer is no one's to judge here."""
    text = readable_text(answer or "")
    if not text.strip():
        return ""
    from core.coach.half_answer import (
        half_left,  # one part of two answered is half on topic, never another question
    )

    if half_left(question or "", text):
        return ""
    said = _stems(text)
    terms, phrase = _credential(question)
    if terms:
        # the rare terms name it ("DBS", "forklift"); the credential noun alone only when nothing rarer is named
        rare = [t for t in terms if t.isupper() or term_weight(t.lower()) >= RARE_TERM] or terms
        if not (_SAYS_HOLD_RE.search(text) or any(term_stem(t.lower()) in said for t in rare)):
            return f"The question asks whether you hold the {phrase}, and the answer neither says so nor mentions it"
    noun = setting_asked(question)
    if noun and not _stems(noun) & said and not _WITHIN_RE.search(text):
        return f"The question asks what you do during the {noun}, and the answer never places itself there"
    left = story_elsewhere(question, text)
    if left:
        return (f"The question asks how you would go about it ({_listed(left)}), and the answer tells of something "
                "else you did")
    other = wrong_competency(question, text)
    if other:
        named = f" ({_listed(other.asked_words)})" if other.asked_words else ""
        return (f"The question asks about {other.asked}{named}, and the answer is about {other.other} instead "
                f"({_listed(other.other_words)})")
    return ""


# the asking sentence of a question about an approach: how the candidate would (or does) go about something
_APPROACH_RE = re.compile(
    r"^\W*(?:(?:and|so),? )?(?:how (?:would|do|should|will|could|can|might) you\b|what (?:would|do|should) you do\b|"
    r"what (?:steps|approach)\b|where would you (?:start|begin)\b|(?:talk|walk) me through how you(?:'d| would| do)?\b|"
    r"what(?: is|'s) your approach\b)", re.IGNORECASE)
# a sentence of the candidate's own past: "I started", "we ran", "I messaged"
_TOLD_RE = re.compile(
    r"\b(?:I|we)\s+(?:\w+ly\s+)?(?:\w{3,}ed|did|led|ran|made|took|got|gave|kept|found|built|spent|sat|told|went|"
    r"began|stayed|brought|wrote|set up|had to)\b", re.IGNORECASE)
# a sentence of the candidate's approach: "I'd", "I would", "I always", "my approach"
_APPROACH_SAID_RE = re.compile(
    r"\b(?:I(?:'d| would| will|'ll| usually| always| normally| typically| tend to| start| begin| plan)|my approach)\b",
    re.IGNORECASE)


_FIRST_PERSON_RE = re.compile(r"\b(?:I|we)\b(?!'d| would| was| were| had)", re.IGNORECASE)


def story_elsewhere(question: str, answer: str) -> list[str]:
    """The rarest terms of the subject of an approach question (:data:`_APPROACH_RE`, asking for no past occasion:
    :func:`core.analysis.answer.is_experience_question`) that a past story leaves aside, when it takes up none of
    them (:func:`core.coach.subject.subject_of`: share 0 or by chance, of a full subject,
    :data:`core.coach.subject.FULL_SUBJECT_WEIGHT`); else []. A past story: two sentences or more of the
    candidate's own past (:data:`_TOLD_RE`), as many as half of its sentences, more than those of an approach
    ("I'd", "I always": :data:`_APPROACH_SAID_RE`, or in the first person and not the past: "I focus on…"). A
    top-graded published answer tells a story beside its approach ("I focus on the business decision… I had to
    explain… I built… I always start with…"): it is no story told instead of one."""
    from core.analysis.answer import is_experience_question
    from core.coach.framing import question_content
    from core.coach.subject import FULL_SUBJECT_WEIGHT, subject_of

    asking = [x for x in sentences(readable_text(question or "")) if x.rstrip().endswith("?")]
    if not asking or not _APPROACH_RE.search(asking[-1]) or is_experience_question(question):
        return []
    said = sentences(answer)
    told = sum(bool(_TOLD_RE.search(x)) for x in said)
    # an approach said in the present ("I focus on the decision", "I always start with…") beside what happened once
    approach = sum(bool(_APPROACH_SAID_RE.search(x) or (_FIRST_PERSON_RE.search(x) and not _TOLD_RE.search(x)))
                   for x in said)
    if told < 2 or 2 * told < len(said) or told <= approach:
        return []
    subject = subject_of(answer, question_content(question, subject=True))
    if subject.weight < FULL_SUBJECT_WEIGHT or not (subject.share == 0 or subject.chance):
        return []
    # a story answering one part of two ("…, and how do you handle being wrong?") or its competency (session 21)
    from core.coach.meaning import answers_a_part

    if answers_a_part(question, answer) or shows_asked(question, answer):
        return []
    low = (question or "").lower()  # the rarest three, in the question's order, told as the question says them (session 17)
    return subject.as_asked(sorted(subject.left[:3], key=lambda w: low.find(w.lower()) % (len(low) + 1)))


def _listed(terms: list[str]) -> str:
    return terms[0] if len(terms) == 1 else f"{', '.join(terms[:-1])} and {terms[-1]}"


def stock_phrases_only(text: str) -> bool:
    """Whether ``text`` is only stock self-praise (:data:`STOCK_PHRASE_RE`: "I'm a people person", "I always give
    110%", "I'm a team player"): each sentence holds one and says little else (four words or fewer besides)."""
    said = sentences(readable_text(text or ""))
    if not said:
        return False
    for sentence in said:
        rest = STOCK_PHRASE_RE.sub(" ", sentence)
        if rest == sentence or len(_FRAME_RE.sub(" ", rest).split()) > 4:
            return False
    return True


ANSWERED_ELSEWHERE_CAP = 3  # structure, specificity and depth of an answer whose relevance is 2 or less
UNANSWERED_NOTE = "it does not answer the question asked, so what it shows counts for less"  # weighed_by_relevance's
# The overall (1-10) of an answer that does not do what its question plainly asks (:func:`missed_ask`): held low, as
# an answer off the question's topic is (core.coach.topic: about 1-4/10), never above 3 (issue ncrel, session 16: a
# story given to another question, flagged by the chat with relevance 1, still scored 5/10). Only for this judgement,
# not for every relevance of 1: on the published set (bench scorer), one top-graded answer has relevance 1 from the
# word lists alone (at 6/10) and three have relevance 2 (at 6-8/10), so a cap for every relevance of 1 or 2 would
# score them under 6.
MISSED_OVERALL_CAP = 3


def with_missed_ask(dims: list, why: str) -> list:
    """``dims`` (five ``(DimensionScore, gaps)`` pairs, rubric order) with relevance at most
    :data:`MISSED_RELEVANCE`, saying ``why`` (:func:`missed_ask`) in place of what it found linking the answer."""
    from core.schemas import DimensionScore

    rel, gaps = dims[0]
    if rel.score <= MISSED_RELEVANCE and why in rel.evidence:
        return dims
    evidence = f"{why}: it answers another question, however well it is told."
    return [(DimensionScore(score=min(rel.score, MISSED_RELEVANCE), evidence=evidence),
             ["An answer to what the question asks, first, then the detail", *gaps]), *dims[1:]]


def held_to_middle(dims: list) -> list:
    """``dims`` with structure, specificity or depth lowered (the highest first, one point at a time, each saying
    why) until the overall (:func:`core.schemas.overall_from_dimensions`) is :data:`MISSED_OVERALL_CAP` or less."""
    from core.schemas import DimensionScore, overall_from_dimensions

    out = list(dims)
    while overall_from_dimensions([d.score for d, _ in out]) > MISSED_OVERALL_CAP:
        i = max((1, 2, 3), key=lambda k: out[k][0].score)
        dim, gaps = out[i]
        if dim.score <= 1:
            break
        note = " Counted for less: the answer does not do what the question asks."
        out[i] = (DimensionScore(score=dim.score - 1, evidence=dim.evidence if note in dim.evidence
                                 else dim.evidence + note), gaps)
    return out


def weighed_by_relevance(dims: list) -> list:
    """``dims`` with structure, specificity and depth at most :data:`ANSWERED_ELSEWHERE_CAP` when relevance is
    :data:`UNANSWERED_RELEVANCE` or less: a well-told answer to another question shows little for this one, so it never
    reaches 8/10 (at most 6/10 with communication 5: :func:`core.schemas.overall_from_dimensions`). For the caller
    to use on an answer that does not answer its question (nothing links it, it takes up nothing of its subject, or
    :func:`missed_ask`), not on one that answers it and leaves part of it aside: on the published set, such answers
    graded excellent lost two points (8/10 to 6/10)."""
    from core.coach.topic import with_relevance_capped

    if dims[0][0].score > UNANSWERED_RELEVANCE:
        return dims
    return with_relevance_capped(dims, dims[0], ANSWERED_ELSEWHERE_CAP,
                                 UNANSWERED_NOTE)


HOLD_SAID_RELEVANCE = 4  # relevance (1-5) at least of an answer that says whether the candidate holds the credential


def hold_said(question: str, answer: str) -> str:
    """The words of ``answer`` saying whether the candidate holds the credential ``question`` asks about
    (:func:`credential_terms`: "I have applied for it", "Yes, I hold…"), or "": such an answer answers it in its own
    words even when it names none of the question's terms ("it")."""
    if not credential_terms(question):  # or how it is kept current, when asked: "I renew it every year" (session 22)
        from core.coach.keeps_current import kept_current

        return kept_current(question, answer)
    m = _SAYS_HOLD_RE.search(readable_text(answer or ""))
    if not m:
        return ""
    sentence = next((s for s in sentences(readable_text(answer)) if m.group(0).strip() in s), m.group(0))
    return phrase_words(sentence, 12).rstrip(",;:.")


def with_hold_said(dims: list, said: str) -> list:
    """``dims`` with relevance at least :data:`HOLD_SAID_RELEVANCE` for an answer that says whether the candidate
    holds the credential asked about (``said``: :func:`hold_said`), saying so; its link to the question is no gap."""
    from core.coach.phrasing import quote
    from core.schemas import DimensionScore

    rel, gaps = dims[0]
    if rel.score >= HOLD_SAID_RELEVANCE:
        return dims
    from core.coach.keeps_current import says_current

    what = "how you keep it current" if says_current(said) and not _SAYS_HOLD_RE.search(said) else "whether you hold it"
    evidence = f"The answer says {what}, as the question asks: {quote(said)}."
    kept = [g for g in gaps if not g.startswith(("A clearer link", "An answer about what the question is about"))]
    return [(DimensionScore(score=HOLD_SAID_RELEVANCE, evidence=evidence), kept), *dims[1:]]


def _linked(dims: list) -> bool:
    """False when relevance found nothing linking the answer to its question (its "A clearer link" gap)."""
    return not any(m.startswith("A clearer link") for m in dims[0][1])


def asked_gaps(dims: list, kind_gap: str | None, missed: str, said: str, *, nothing_of_it: bool) -> list:
    """``dims`` with the kind of answer the question asked for and did not get (:mod:`core.coach.asked_kind`) and
    what it plainly asked and the answer did not do (:func:`core.coach.answers_asked.missed_ask`) applied, and
    whether the candidate holds a credential when ``said`` (:func:`core.coach.answers_asked.hold_said`); then, for
    relevance 2 or less from not answering (``missed``, nothing linking it, ``nothing_of_it``: none of its subject
    taken up; not from leaving part of it aside), what it shows counts for less
    (:func:`core.coach.answers_asked.weighed_by_relevance`)."""
    from core.coach.asked_kind import apply as apply_kind

    if kind_gap:
        dims = apply_kind(dims, kind_gap)
    if missed:
        dims = held_to_middle(with_missed_ask(dims, missed))
    elif said:
        return with_hold_said(dims, said)
    return weighed_by_relevance(dims) if missed or nothing_of_it or not _linked(dims) else dims
