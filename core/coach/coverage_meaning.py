"""Requirements an answer shows by what the work is, not by the requirement's words.

Session 21 (re-checkers on d407a1d): the report called "running discovery" weak after a 10/10 story of a first call
("I asked who signs off spend over £50k and what happens if they do nothing this year"), "SEO" weak beside a 9/10
answer of indexation, rankings and organic sessions, "attribution" weak beside geo holdout tests, "leading a shift"
weak for a nurse in charge on nights, "mentoring other engineers" weak beside a graduate's pull requests reviewed with
her, "18th Edition Wiring Regulations" weak beside "the 2382-22 update", and "Health and safety" weak beside "I did
IOSH Managing Safely". Each practice here is shown by one of the candidate's own sentences
(:func:`core.coach.evidence.own_statement`: the candidate its subject, neither negated nor a wish) that does what it
is: a table of the practice's acts, kept to the practices seen, and the licences of ``data/licences.json`` read by
any of their aliases or by their field. A rule of this project, not a figure from research: the acts are the common
wording of each practice (discovery: questions that uncover needs, pain, budget and the decision; SEO: organic
search, rankings, keywords, crawling and indexing; attribution: which channel gets the credit for a conversion,
holdout and incrementality tests; leading a shift: the nurse or shift lead in charge who allocates the team;
mentoring: pairing with, reviewing the work of, coaching or showing a junior or new colleague).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.analysis.licences import licences_named
from core.analysis.text import sentences, short_quote
from core.coach.evidence import own_statement
from core.coach.evidence_weight import announces


@dataclass(frozen=True)
class Practice:
    """A practice a requirement names (``asked``), the acts that show it (``acts``: distinct matches needed,
    ``needed``), an object each act needs in the same sentence (``objects``, or in the sentence before for
    ``object_before``), and the requirement's own word (``head``) whose mention alone does not show it."""

    asked: re.Pattern[str]
    acts: re.Pattern[str]
    head: re.Pattern[str]
    needed: int = 1
    objects: re.Pattern[str] | None = None
    object_before: bool = False


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_LEARNER = (r"\b(?:juniors?|junior (?:engineers?|developers?|analysts?|colleagues?|staff|members?)|graduates?|grads?|"
            r"new (?:\w+ ){0,2}(?:starters?|hires?|joiners?|engineers?|developers?|analysts?|colleagues?|members?|"
            r"executives?|AEs?|reps?|nurses?|staff)|interns?|"
            r"apprentices?|trainees?|mentees?|newly qualified|students?)\b")
PRACTICES: tuple[Practice, ...] = (
    Practice(  # sales discovery: questions that uncover the need, the pain, the budget and the decision
        asked=_re(r"\b(?:run\w*|lead\w*|conduct\w*|do|doing|own\w*|sales|customer|client|needs)\s+discovery\b|"
                  r"\bdiscovery (?:calls?|meetings?|sessions?|process|questions?)\b"),  # never "drug discovery"
        head=_re(r"\bdiscovery\b"),
        acts=_re(r"\b(?:ask(?:ed|s|ing)?|question(?:ed|s)?|uncover(?:ed|s)?|qualif(?:y|ied|ies)|probe[ds]?|"
                 r"dig(?:s|ged)? into|found out|find out)\b"),
        objects=_re(r"\b(?:budget(?: holder)?s?|pains?|needs?|decision(?:[- ]makers?)?|timelines?|deadlines?|"
                    r"signs? off|signed off|economic buyer|compelling event|success|current process|problems?|"
                    r"priorit(?:y|ies)|do nothing|spend)\b")),
    Practice(  # organic search
        asked=_re(r"\b(?:SEO|search engine optimi[sz]ation|organic search)\b"), head=_re(r"\bSEO\b"), needed=2,
        acts=_re(r"\b(?:organic|rankings?|ranked|keywords?|search console|crawl(?:s|ed|ing|er)?|"
                 r"(?:no)?index(?:ed|ing|ation)|backlinks?|title tags?|meta descriptions?|SERPs?|page one|ahrefs|"
                 r"semrush|screaming frog|internal links?|core web vitals)\b")),
    Practice(  # marketing attribution: which channel gets the credit for a conversion
        asked=_re(r"\battribution\b"), head=_re(r"\battribution\b"),
        acts=_re(r"\b(?:hold-?outs?|incrementality|incremental (?:lift|sales|conversions?|CAC)|multi-touch|"
                 r"last[- ]click|first[- ]touch|marketing mix model\w*|MMM|geo[- ](?:tests?|lift|holdouts?|experiments?)|"
                 r"lift tests?|credit for (?:a |each |the |every )?conversions?|attribution model\w*)\b")),
    Practice(  # leading a shift: in charge of the shift, allocating the team
        asked=_re(r"\b(?:lead(?:ing)?|run(?:ning)?|in charge of|coordinat\w+|supervis\w+) (?:a |the )?shifts?\b|"
                  r"\bshift (?:lead(?:er)?|supervisor|coordinator)\b|\bcharge nurse\b|\bnurse in charge\b"),
        head=_re(r"\b(?:lead(?:ing)?|run(?:ning)?|in charge of) (?:a |the )?shifts?\b|\bshift lead(?:er)?\b"),
        acts=_re(r"\b(?:nurse in charge|charge nurse|in charge (?:on|of|for) (?:the |a |most |many )?(?:\w+ )?"
                 r"(?:shifts?|wards?|units?|nights?|days?|floor|department|bays?)|shift (?:lead(?:er)?|supervisor|"
                 r"coordinator|manager)|(?:ran|run|lead|led) the (?:\w+ )?(?:shift|floor|ward)|allocat\w+ (?:the )?"
                 r"(?:patients|nurses|team|staff|bays)|coordinat\w+ the (?:\w+ )?(?:shift|floor))\b")),
    Practice(  # mentoring or coaching people: pairing with, reviewing the work of, coaching a junior or new colleague
        asked=_re(r"\b(?:mentor\w*|coach\w*)\b"), head=_re(r"\b(?:mentor\w*|coach\w*)\b"),
        acts=_re(r"\b(?:mentor(?:ed|ing|s)?|coach(?:ed|ing|es)?|pair(?:ed|s)? with|paired|review(?:ed|s)? "
                 r"(?:it |every |each |all |her |his |their )|show(?:ed|s)? (?:her|him|them) how|taught|"
                 r"(?:walked|took|talked) (?:her|him|them) through|trained|onboarded|buddied|shadow\w*)"),
        objects=_re(_LEARNER), object_before=True),
    Practice(  # resilience to distressing or difficult work: how the candidate copes after it (session 24 re-check)
        asked=_re(r"\b(?:resilien\w*|cop(?:e|ing) with|deal(?:ing)? with) (?:to (?:deal|cope) with )?(?:\w+ )?"
                  r"(?:distressing|difficult|upsetting|traumatic|challenging|emotional)\b|\bresilien\w*\b"),
        head=_re(r"\bresilien\w*\b"),
        acts=_re(r"\b(?:(?:take|took|taking) a (?:short |quick )?break|talk(?:ed|s)? it through|debrief(?:ed|s)?|TRiM|"
                 r"supervision|peer support|kept going|keep going|stay(?:ed)? calm|kept calm|reset|switch off|"
                 r"wellbeing|self-care|counselling)\b"),
        objects=_re(r"\b(?:distress\w*|upsetting|traumatic|difficult|hard|harrowing|emotional|stay(?:s|ed)? with me|"
                    r"setbacks?|pressure)\b")),
    Practice(  # accurate keyboard skills: typing speed and accuracy (session 24 re-check)
        asked=_re(r"\b(?:keyboard|typing) skills?\b|\btyping\b"), head=_re(r"\bkeyboard\b"),
        acts=_re(r"\b(?:touch[- ]typ\w+|typ(?:e|ed|es|ing) (?:at|up|the|every|all|while)|\d{2,3} ?(?:wpm|words (?:a|per) "
                 r"minute))\b")),
    Practice(  # running a kitchen: in charge of the pass and the service, on the head chef's days off (session 24)
        asked=_re(r"\b(?:run\w*|lead\w*|in charge of) (?:the |a )?kitchen\b"), head=_re(r"\bkitchen\b"),
        acts=_re(r"\b(?:cover(?:ed|s|ing)?|r[au]n(?:s|ning)?|took|take|lead|led|on|in charge of) (?:the )?pass\b|"
                 r"\b(?:ran|run|runs|running|lead|led) (?:the )?(?:service|kitchen)\b|\bhead chef'?s? days? off\b")),
)


def _practice(requirement: str) -> Practice | None:
    return next((p for p in PRACTICES if p.asked.search(requirement or "")), None)


def _act_quote(practice: Practice, said: list[str], index: int) -> str:
    """The quote of the ``index``-th sentence when it is an own act of ``practice``; "" when not."""
    sentence = said[index]
    hits = [] if announces(sentence) else list(practice.acts.finditer(sentence))
    if len({h.group(0).lower() for h in hits}) < practice.needed:
        return ""
    if practice.objects is not None:
        near = sentence + (" " + said[index - 1] if practice.object_before and index else "")
        if not practice.objects.search(near):
            return ""
    own = [h for h in hits if own_statement(sentence, h.start())]
    if not own:
        return ""
    start = own[0].start()
    end = max([h.end() for h in hits] + [m.end() for m in (practice.objects.finditer(sentence) if practice.objects else ())])
    subjects = [m.start() for m in _SUBJECT_RE.finditer(sentence[:start])]
    if subjects and len(sentence[subjects[-1]:start].split()) <= _SUBJECT_WORDS:  # "I … set up geo-holdout tests"
        return short_quote(sentence, subjects[-1], end, width=3)
    return short_quote(sentence, start, end, width=6)


_SUBJECT_WORDS = 25  # words at most between the candidate as subject and the act, for the quote to open at the subject


# words of a credential beside its field: "Health and safety qualification" is the field "health and safety"
_CREDENTIAL_WORDS = frozenset({"qualification", "qualifications", "certificate", "certification", "certified",
                               "licence", "license", "qualified", "a", "an", "valid", "current", "recognised",
                               "recognized"})


def _licence_quote(requirement: str, said: list[str]) -> str:
    """The quote of an own sentence naming a licence ``requirement`` names by another alias ("2382-22" for "18th
    Edition Wiring Regulations"), or one of the field ``requirement`` is ("IOSH" for "Health and safety")."""
    wanted = {lic.name for lic in licences_named(requirement)}
    field = " ".join(w for w in re.findall(r"[a-z]+", (requirement or "").lower()) if w not in _CREDENTIAL_WORDS)
    for sentence in said:
        for lic in licences_named(sentence):
            if lic.name not in wanted and not (lic.field and lic.field.lower() == field):  # the field as a whole
                continue
            found = lic.pattern.search(sentence)
            if found and own_statement(sentence, found.start()) and not announces(sentence):
                return short_quote(sentence, found.start(), found.end(), width=8)
    return ""


def meaning_evidence(answer: str, requirement: str) -> str:
    """The quote of the candidate's own sentence in ``answer`` that does what ``requirement`` is (:data:`PRACTICES`,
    the licences of ``data/licences.json`` by alias or field); "" when none does or the requirement is none of them."""
    said = sentences(answer or "")
    if practice := _practice(requirement):
        quotes = [q for index in range(len(said)) if (q := _act_quote(practice, said, index))]
        # a quote that holds its subject ("I set up geo holdout tests") before one that begins after it
        return next((q for q in quotes if _SUBJECT_RE.search(q)), quotes[0] if quotes else "")
    return _licence_quote(requirement, said)


_SUBJECT_RE = re.compile(r"\b(?:I|I'm|I've|we|We|My|my)\b")


def meaning_mention(answer: str, requirement: str) -> str:
    """The quote of a sentence of ``answer`` that names the practice of ``requirement`` (its head word: "discovery",
    "mentoring") without showing it as the candidate's own ("Discovery is handled by our SDR team", "I haven't
    mentored anyone yet"); "" when none does."""
    practice = _practice(requirement)
    if practice is None:
        return ""
    for sentence in sentences(answer or ""):
        if (found := practice.head.search(sentence)) and not announces(sentence):
            return short_quote(sentence, found.start(), found.end(), width=8)
    return ""
