"""An answer in the language of a job line shows it in other forms of its words, as a CV in that language does.

The English matcher (:func:`core.coach.evidence.answer_evidence`) reads German, French or Spanish words as English
ones, so "Bei Krämer führte ich ein Team von zwölf Verkäuferinnen" never showed "Führungserfahrung" and "Ich plane
jeden Morgen die Touren" never "Sie planen Touren" (issue 15, sessions 21-23: German answers about leading a shift
left "Führungserfahrung — not probed"). :func:`inflected_evidence` reads such an answer as
:func:`core.coach.inflected.inflected_meets` reads a CV (dictionary forms and Snowball stems: "führte" is "führen",
whose stem begins "Führungserfahrung"), on the candidate's own sentences only: one with a subject pronoun of the first
person in German or French ("ich", "wir", "je", "nous"), or a first-person verb in Spanish, Italian or Portuguese
(:func:`core.coach.first_person.first_person`), neither negated nor a wish, read clause by clause ("Unsere
Filialleiterin führt das Team sehr gut, und ich lerne viel von ihr" shows no lead of the candidate's). A rule of this project, not a figure from
research.
"""

from __future__ import annotations

import re

from core.analysis.language import detect_language
from core.analysis.lemmas import lemma
from core.analysis.text import sentences
from core.coach.evidence import WISH_RE
from core.coach.evidence_cv import in_cv_language
from core.coach.first_person import FOREIGN_NEGATION_RE, first_person
from core.coach.inflected import SAMPLE_CHARS, first_objects, inflected_meets, says_object
from core.coach.phrasing import clip

# the subject pronouns of the first person where the pronoun is always said: a possessive ("unsere Filialleiterin
# führt…", "notre responsable…") names someone else as the subject
_SUBJECT_RE = {"de": re.compile(r"(?<![\w])(?:ich|wir)(?![\w])", re.I),
               "fr": re.compile(r"(?<![\w])(?:je|j['’]|nous)", re.I)}
QUOTE_WORDS = 24  # a quoted sentence is clipped to this many words


def _wished(clause: str, requirement: str, lang: str) -> bool:
    """Whether ``clause`` is a wish or a plan (:data:`core.coach.evidence.WISH_RE`), except where the words read as one
    are the act itself: a French imperfect of a verb in -rer ("j'encadrais", the conditional being "j'encadrerais":
    its lemma is the word's stem with "er"), or "ich plane" of a requirement that is planning ("Sie planen Touren"),
    with no "zu" of a plan to do something."""
    for found in WISH_RE.finditer(clause):
        said = found.group(0)
        verb = re.sub(r"^j['’]|^je\s+", "", said, flags=re.I).lower()
        if lang == "fr" and (end := re.search(r"ai[st]?$", verb)) and lemma(verb, "fr") == verb[:end.start()] + "er":
            continue  # "j'encadrais une équipe": what was done, not a wish
        if lang == "de" and said.lower() == "ich plane" and re.search(r"(?i)\bplan", requirement) and not re.search(
                r"(?i)\bzu\b", clause):
            continue  # "Ich plane jeden Morgen die Touren" for "Sie planen Touren": the duty done
        return True
    return False


def _own(clause: str, requirement: str, lang: str) -> bool:
    """Whether ``clause`` states the candidate's own act: its first-person subject, no negation, no wish."""
    subject = _SUBJECT_RE.get(lang)
    if not (subject.search(clause) if subject else first_person(clause)):
        return False
    return not FOREIGN_NEGATION_RE.search(clause) and not _wished(clause, requirement, lang)


# where one clause ends and the next begins: a comma, a semicolon, a colon ("Unsere Leiterin führt das Team, und ich…")
# and before a subordinate clause with its own subject ("…, dass Sie Wundmanagement ernst nehmen und dass ich…")
_CLAUSE_RE = re.compile(r"[,;:]\s+|\s+(?=(?:dass|weil|obwohl|que|parce que|quand|porque|perché)\b)", re.I)


# words that frame a requirement without naming it ("Erfahrung in der Schichtleitung" asks for the shift lead, which
# "ich bin seit 2018 Schichtleitung" shows), in the languages read here
_FRAME_RE = re.compile(r"(?<![\w-])(?:erfahrung(?:en)?|berufserfahrung|kenntnisse?n?|fähigkeit(?:en)?|expérience|"
                       r"experiencia|esperienza|experiência|connaissances?|conocimientos?|conoscenz[ae]|"
                       r"conhecimentos?)(?![\w-])", re.I)


def _unframed(requirement: str) -> str:
    """``requirement`` without its framing words (:data:`_FRAME_RE`) when a word of its own is left."""
    bare = " ".join(_FRAME_RE.sub(" ", requirement).split())
    return bare if re.search(r"[^\W\d_]{4,}", bare) else requirement


def inflected_evidence(answer: str, requirement: str) -> str:
    """The quote of the candidate's own sentence that shows ``requirement`` in other forms of its words, when both
    are in the same language other than English (:func:`core.coach.evidence_cv.in_cv_language`, or the line detected in
the answer's language: "Expérience de l'encadrement d'équipe" has words English writes too); "" otherwise, or when
    the own sentences together do not show it (:func:`core.coach.inflected.inflected_meets`)."""
    if not (answer or "").strip():
        return ""
    lang = detect_language(answer[:SAMPLE_CHARS])
    if lang == "en" or not (in_cv_language(answer, requirement) or detect_language(requirement) == lang):
        return ""
    own = [c for s in sentences(answer) for c in _CLAUSE_RE.split(s) if _own(c, requirement, lang)]
    asked = _unframed(requirement)
    if not own or not inflected_meets("\n".join(own), asked, lang):
        return ""
    # a duty's clause must name its object: "que je recrute aujourd'hui" shows no "Suivre les indicateurs de
    # recrutement" (session 24 re-check); a line that is no duty keeps the first own clause when none meets alone
    objects = first_objects(asked, lang)
    meeting = [s for s in own if inflected_meets(s, asked, lang) and (not objects or says_object(s, objects, lang))]
    if not meeting and objects:
        return ""
    return clip((meeting or own)[0].strip(), QUOTE_WORDS)
