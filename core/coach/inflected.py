"""Whether a CV written in another language than English shows a requirement in other forms of its words.

A Spanish job asks to "Impartir clases de Matemáticas en ESO" and "Ejercer la tutoría de un grupo"; the CV says
"Imparto Matemáticas… ESO" and "Tutora de un grupo". Word-for-word matching misses both: Spanish, French,
German, Italian and Portuguese inflect verbs and nouns far more than English. :func:`inflected_meets` compares
Snowball stems (``snowballstemmer``, Porter 2001: "imparto" and "impartir" are both "impart") and takes one stem
that begins the other as the same word ("tutor", "tutori"), of :data:`MIN_STEM` letters or more.

A requirement is read as its parts joined by "and"/"or" in its language ("y", "o", "et", "und"…): a part is
shown when one line of the CV holds :data:`PART_SHARE` of its content words or more (words rarer than
:data:`FUNCTION_ZIPF` in the language, wordfreq), or half of them and its rarest (a part of
:data:`HALF_PART_WORDS` words or more), and the requirement when at least half of its parts are. Words are compared
by the stems of their dictionary forms (simplemma: "geri" is "gerir"), a field's words for one thing as one and
German compounds left open after a hyphen written whole (:mod:`core.coach.inflected_words`).
A duty bullet written as a noun phrase names the duty by its object ("Refuerzo para alumnos con dificultades" for
"diseñar planes de refuerzo", "Förderunterricht in Mathematik…" for "Förderunterricht … planen"): a part is shown
too, when it is a duty (its verb in the infinitive first, or last in German and Dutch), by a line of
:data:`MIN_LINE_WORDS` words or more that opens with another word of it rarer than :data:`SPECIFIC_ZIPF` ("refuerzo"
3.7, "apoyo" 5.2; never "equipo" 5.5 or "trabajo" 5.8). A duty written as a noun phrase of three content words or
more is shown by a line opening with its head and first object in that order ("Gestión de la agenda de seis
fisioterapeutas" for "Gestión de la agenda de citas de los doctores"; session 20 newcomer).
English CVs are left to the English matcher (:func:`core.coach.evidence_cv.cv_mentions`).
"""

from __future__ import annotations

import re
from datetime import date

from core.analysis.cv_lang import fold
from core.analysis.job_years import years_shown
from core.analysis.language import detect_language, zipf
from core.analysis.lemmas import lemma, snowball
from core.analysis.text import hold_abbreviations
from core.coach.inflected_words import field_word, whole_compounds

_SNOWBALL = {"es": "spanish", "fr": "french", "de": "german", "it": "italian", "pt": "portuguese", "ca": "catalan",
             "nl": "dutch"}
_JOINS = {"es": {"y", "e", "o", "u", "ni"}, "fr": {"et", "ou", "ni"}, "de": {"und", "oder", "sowie"},
          "it": {"e", "ed", "o", "od"}, "pt": {"e", "ou"}, "ca": {"i", "o"}, "nl": {"en", "of"}}
MIN_STEM = 4
PART_SHARE = 2 / 3
FUNCTION_ZIPF = 6.3  # "de" 7.7, "la" 7.5, "para" 6.9, "con" 6.8 in Spanish are not content words; "años" (6.1) is
SAMPLE_CHARS = 4000
SPECIFIC_ZIPF = 5.4  # wordfreq Zipf in the CV's language: "refuerzo" 3.7, "apoyo" 5.2; "equipo" 5.5, "grupo" 5.6
HALF_PART_WORDS = 3  # a part of this many content words or more is shown by half of them with its rarest word
HEAD_SPAN = 4  # a noun phrase's first object within three words of its head ("Gestión de la agenda")
MIN_LINE_WORDS = 3  # a heading ("EXPERIENCIA", "Inventario") opens no duty bullet
# a job's duty verb in the infinitive ("diseñar", "encadrer", "durchführen", "gestire", "gerir"): never the object
_INFINITIVE_RE = {"es": r"(?:ar|er|ir)", "fr": r"(?:er|ir|re)", "de": r"(?:en|ern|eln)", "it": r"(?:are|ere|ire)",
                  "pt": r"(?:ar|er|ir|or)", "ca": r"(?:ar|er|ir|re)", "nl": r"(?:en)"}


def _stemmer(lang: str):
    return snowball(_SNOWBALL[lang])


def _words(text: str) -> list[str]:
    """Words with a letter, codes included ("b2", "c1")."""
    return re.findall(r"\w*[^\W\d_]\w*", (text or "").lower())


_NUMBER_RE = re.compile(r"(?<!\w)\d+(?!\w)")


def _stems(words: list[str], lang: str) -> list[str]:
    """Snowball stems of the words' dictionary forms (:func:`core.analysis.lemmas.lemma`: "geri" -> "gerir", an
    irregular past the stems alone leave apart), each word first read as its field group's word
    (:func:`core.coach.inflected_words.field_word`: "lohnabrechnung" -> "entgeltabrechnung")."""
    stemmer = _stemmer(lang)
    words = [field_word(w, lang) for w in words]
    if not stemmer:
        return words
    return [stemmer.stemWord(field_word(lemma(w, lang), lang) if w.isalpha() else w) for w in words]


def _same(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return short == long_ or (len(short) >= MIN_STEM and long_.startswith(short))


_SHORT_FORMS = frozenset({"inkl", "bzw", "usw", "evtl", "ggf", "sog", "vgl", "bspw", "zzgl", "etc", "env", "ca",
                          "incl", "resp"})


def _parts(requirement: str, lang: str) -> list[list[str]]:
    """The content words of each part of ``requirement`` joined by "and"/"or" in ``lang``."""
    parts: list[list[str]] = [[]]
    for word in _words(requirement):
        if word in _JOINS[lang]:
            parts.append([])
        elif word in _SHORT_FORMS:  # "inkl." and "bzw." say how the part's words join, nothing of their own
            continue
        elif (len(word) >= 3 or not word.isalpha()) and zipf(word, lang) < FUNCTION_ZIPF:  # "b2" is a level
            parts[-1].append(word)
    return [p for p in parts if p]


def _object_stems(part: list[str], lang: str) -> list[str]:
    """The stems of a duty ``part``'s specific words other than its verb (module docstring); [] when ``part`` is no
    duty: "Experiencia en gestión de inventarios" opens with no verb."""
    verb = re.compile(rf"[^\W\d_]{{3,}}{_INFINITIVE_RE[lang]}")
    at = -1 if lang in {"de", "nl"} else 0
    if len(part) < 2 or not verb.fullmatch(part[at]):
        return []
    rest = part[:-1] if at == -1 else part[1:]
    return _stems([w for w in rest if w.isalpha() and zipf(w, lang) < SPECIFIC_ZIPF], lang)


# a named tool as a job writes it, in capitals ("DATEV", "SAP", "SAGE"): a line naming it with another word of the part
# shows the part ("Buchung der Eingangsrechnungen … in DATEV Unternehmen online" for "Buchung laufender
# Geschäftsvorfälle in DATEV": session 21)
_TOOL_RE = re.compile(r"\b[A-ZÄÖÜ][A-ZÄÖÜ0-9]{2,}\b")


def _shown(part: list[str], lines: list[tuple[list[str], int]], lang: str, least: int, tools: list[str] = ()) -> bool:
    """Whether one line holds :data:`PART_SHARE` of ``part``'s stems, or (a duty bullet naming its object) opens
    with a specific word of it; and a number of ``least`` or more when the requirement asks for one ("mínima de 3
    años": "8 años de experiencia", never "1 año")."""
    stems, objects = _stems(part, lang), _object_stems(part, lang)
    rarest = _stems([min(part, key=lambda w: zipf(w, lang))], lang)[0]

    def held(line: list[str]) -> bool:
        found = [s for s in stems if any(_same(s, w) for w in line)]
        return len(found) >= PART_SHARE * len(stems) or (
            # half of a longer part, its most specific word among them: "Lohn- und Gehaltsabrechnung für 420
            # Mitarbeitende" for "Eigenverantwortliche Entgeltabrechnung für rund 600 Beschäftigte"
            len(stems) >= HALF_PART_WORDS and 2 * len(found) >= len(stems) and (
                rarest in found or any(t in found for t in tools)))

    def headed(line: list[str]) -> bool:  # "Gestión de la agenda de seis fisioterapeutas" for "Gestión de la agenda
        # de citas de los doctores": a noun phrase's head and its first object opening the line, in the same order
        return (len(stems) >= HALF_PART_WORDS and not objects and len(line) >= MIN_LINE_WORDS and _same(stems[0], line[0])
                and any(_same(stems[1], w) for w in line[1:HEAD_SPAN]))

    return any(most >= least and (held(line) or headed(line) or (
        len(line) >= MIN_LINE_WORDS and any(_same(o, line[0]) for o in objects))) for line, most in lines)


# A requirement of years alone, in the job's words: "Experiencia mínima de 3 años", "Mindestens 3 Jahre
# Berufserfahrung", "5 ans d'expérience minimum", "Almeno 3 anni di esperienza", "Experiência mínima de 3 anos".
_YEARS_ONLY_RE = re.compile(
    r"^(?:(?:\d{1,2}\+?|experiencia|esperienza|experience|berufserfahrung|erfahrung|ervaring|werkervaring|"
    r"minima|minimo|minimum|mindestens|almeno|al menos|au moins|pelo menos|minstens|de|d|di|en|im|in|als|a|"
    r"profesional|professionnelle|professionale|profissional|laboral|jahre|jahren|anos|anni|ans|annees|jaar|jaren)"
    r"(?:\s+|'|$))+$")
# a number the CV must reach: years ("5+ years", "mínima de 3 años"), or one after a word of minimum ("mindestens 3")
_LEAST_RE = re.compile(r"(\d{1,2})\+?\s*(?:years?|yrs|jahren?|a[ñn]os|anni|ans|ann[ée]es|jaar|jaren|anos)\b|"
                       r"(?:minimum|mínim[oa]|minim[oa]|mindestens|au moins|almeno|pelo menos|at least)\s+(?:de\s+|of\s+)?(\d+)",
                       re.IGNORECASE)
_YEARS_N_RE = re.compile(r"(\d{1,2})\+?\s*(?:jahren?|a[ñn]os|anni|ans|ann[ée]es|jaar|jaren)\b", re.IGNORECASE)


def _years_only_met(cv_text: str, requirement: str) -> bool | None:
    """For a requirement of years of experience alone in the job's language: whether the CV shows as many
    (:func:`core.analysis.job_years.years_shown`: years stated, or covered by its date ranges); None for any
    other requirement."""
    asked = _YEARS_N_RE.search(requirement or "")
    if not asked or not _YEARS_ONLY_RE.match(fold(requirement.strip().rstrip("."))):
        return None
    return years_shown(cv_text, date.today().year) >= int(asked.group(1))


def inflected_meets(cv_text: str, requirement: str, lang: str = "") -> bool:
    """Whether a CV in Spanish, French, German, Italian, Portuguese, Catalan or Dutch shows ``requirement`` in
    other forms of its words (module docstring); False for an English CV, or one in another language. ``lang``: the
    text's language when the caller knows it (one sentence of an answer), else detected."""
    lang = lang or detect_language((cv_text or "")[:SAMPLE_CHARS])
    if lang not in _SNOWBALL or _stemmer(lang) is None:
        return False
    if (years := _years_only_met(cv_text, requirement)) is not None:
        return years
    parts = _parts(whole_compounds(requirement, lang), lang)
    if not parts:
        return False
    # a line ends at a full stop no abbreviation holds ("(ca. 300 Debitoren)" stays on its line: session 21)
    # a line's function words meet nothing: "nach" is no start of "Nachtdienst" (session 24)
    lines = [(_stems([w for w in _words(line) if not w.isalpha() or zipf(w, lang) < FUNCTION_ZIPF], lang),
              max((int(n) for n in _NUMBER_RE.findall(line)), default=0))
             for line in re.split(r"[\n;•]|\.(?!\d)", hold_abbreviations(whole_compounds(cv_text, lang)))
             if line.strip()]
    tools = _stems([w.lower() for w in _TOOL_RE.findall(requirement)], lang)
    # a least number only of years ("mínima de 3 años"): "für rund 600 Beschäftigte" is the job's size, no minimum
    least = min((int(a or b) for a, b in _LEAST_RE.findall(requirement)), default=0)
    return sum(_shown(part, lines, lang, least, tools) for part in parts) * 2 >= len(parts)


def first_objects(requirement: str, lang: str) -> list[str]:
    """The stem of each duty part's first object in ``requirement`` ("Suivre les indicateurs de recrutement" ->
    ["indiqu"], "Recueillir les besoins… et rédiger les offres" -> ["besoin", "offre"]); [] when no part is a duty."""
    parts = _parts(whole_compounds(requirement, lang), lang) if lang in _SNOWBALL and _stemmer(lang) else []
    return [objects[0] for part in parts if (objects := _object_stems(part, lang))]


def says_object(text: str, objects: list[str], lang: str) -> bool:
    """Whether ``text`` has a word of the same stem as one of ``objects`` (:func:`first_objects`)."""
    said = _stems([w for w in _words(text) if w.isalpha()], lang)
    return any(_same(o, w) for o in objects for w in said)

