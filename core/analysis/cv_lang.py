"""CV words of other languages than English: section headings, month names, words for "present", date-range
words ("seit 03/2019", "dal 2017 al 2020"), the word between a title and its employer ("Entwicklerin bei Müller
GmbH", "Chef de projet chez Dupont SARL"), the head nouns of job titles and organisations' legal forms, for German,
Spanish, Italian, French, Portuguese and Dutch.

The words are the table ``data/cv_languages.json`` (each heading and month row names its public source there:
Europass CV labels, the Europass web application's date bundles, CV builders' label files); legal forms are
cleanco's (MIT, its lists of company types by country) with the spellings CVs use that it lacks. Headings are
matched whole, ignoring case and accents ("EXPERIENCIA PROFESIONAL", "Educacion"). The table is read once, at
import (about 20 kB of JSON, a few milliseconds). A month-name library (``dateparser``) was weighed and not used:
0.6 s of CPU to import, about 0.4 s per free-language parse, and it reads a whole date string, not the date words
inside a header line ("seit 03/2019 | Berlin"); it knows no "heden" or "Actualidad" alone.

Used by :mod:`core.analysis.cv_lines` (headings, dates, titles), :mod:`core.analysis.cv_current` (an entry held
now) and :mod:`core.analysis.cv_entries` (legal forms as organisation evidence).
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

from core.analysis.gender_marks import without_gender_mark

logger = logging.getLogger(__name__)

DATA_PATH = Path(__file__).resolve().parents[2] / "data" / "cv_languages.json"


def _load() -> dict:
    try:
        return json.loads(DATA_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        logger.exception("could not read %s; CVs in other languages are read with the English words only", DATA_PATH)
        return {}


_DATA = _load()


@lru_cache(maxsize=1 << 16)  # pure; the same lines are folded again and again while one CV is read
def fold(text: str) -> str:
    """``text`` lower-cased, without accents, spaces collapsed, a typographic apostrophe as "'" ("Formación  Académica"
    -> "formacion academica", "Centres d’intérêt" -> "centres d'interet")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("\u2019", "'").replace("\u02bc", "'"))
    return re.sub(r"\s+", " ", "".join(c for c in decomposed if not unicodedata.combining(c))).strip()


@lru_cache(maxsize=8)  # one CV's lines, asked for each name, employer and skill while it is read
def _folded_lines(lines: tuple[str, ...]) -> tuple[str, tuple[int, ...]]:
    """The folded lines (:func:`fold`) joined by newlines, and the offset where each line starts."""
    folded = [fold(line) for line in lines]
    starts, at = [], 0
    for line in folded:
        starts.append(at)
        at += len(line) + 1
    return "\n".join(folded), tuple(starts)


def rows_holding(lines: list[str] | tuple[str, ...], value: str) -> list[int]:
    """The indexes of ``lines`` whose folded text (:func:`fold`) holds ``value`` folded, in order ([] for an empty
    value): ``[i for i, line in enumerate(lines) if fold(value) in fold(line)]``, found with one search of the
    joined text per occurrence instead of one per line (a 60,000-character CV's 1,500 lines were folded again for
    each of a few thousand names: seconds per plan)."""
    value = fold(value)
    if not value:
        return []
    folded, starts = _folded_lines(tuple(lines))
    rows: list[int] = []
    at = folded.find(value)
    while at != -1:
        row = bisect_right(starts, at) - 1
        rows.append(row)
        at = folded.find(value, starts[row + 1]) if row + 1 < len(starts) else -1
    return rows


def _alternation(words) -> str:
    """A regex alternation of ``words`` (longest first, spaces matching any run of spaces)."""
    unique = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique)


_HEADINGS: dict[str, str] = {fold(row["text"]): row["kind"] for row in _DATA.get("headings", [])}
# "Muttersprache(n)", "Otro(s) idioma(s)": the same heading without the brackets' letters and with them
for _text, _kind in list(_HEADINGS.items()):
    if "(" in _text:
        _HEADINGS.setdefault(re.sub(r"\([^)]*\)", "", _text), _kind)
        _HEADINGS.setdefault(re.sub(r"[()]", "", _text), _kind)


def heading_kind(text: str) -> str | None:
    """``experience``, ``education``, ``skills`` or ``other`` when ``text`` (a cleaned line without its colon) is a
    heading of the table ("Berufserfahrung", "FORMACIÓN ACADÉMICA", "Competenze tecniche"), or a one-word skills or
    other heading of the table with an adjective (:func:`_qualified_heading`), else None."""
    folded = fold(text)
    kind = _HEADINGS.get(folded) or ("skills" if folded in _SKILL_NOUNS else None) or _qualified_heading(folded)
    if not kind and (other := _OTHER_BEFORE_RE.match(folded)) and _HEADINGS.get(folded[other.end():]) == "other":
        return "other"  # "Autres centres d'intérêt", "Otros intereses": "other" before a heading of side sections
    return kind


# "other" before a heading in the six languages ("Autres", "Otros", "Altri", "Outros", "Weitere", "Sonstige", "Overige")
_OTHER_BEFORE_RE = re.compile(r"(?:autres|otros|otras|altri|altre|outros|outras|weitere|sonstige|overige)\s+")


# the one-word skills headings of the table ("Fähigkeiten", "Kenntnisse", "Habilidades", "Compétences"), their
# singulars ("Kompetenz") and "Stärken" (strengths, as the English "Strengths" heads a skills section)
_SKILL_NOUNS = frozenset([t for t, k in _HEADINGS.items() if k == "skills" and " " not in t]
                         + ["kompetenz", "fahigkeit", "starken", "softskills"])
# the one-word headings of other sections ("Projekte", "Progetti", "Certificaciones"), for the same reading
_OTHER_NOUNS = frozenset(t for t, k in _HEADINGS.items() if k == "other" and " " not in t)
# the one-word experience and education headings of the table ("Erfahrung", "Experiência", "Formations"), for
# the same reading with an adjective ("Experiência relevante", "Relevante Erfahrung", "Formation complémentaire")
_EXPERIENCE_NOUNS = frozenset(t for t, k in _HEADINGS.items() if k == "experience" and " " not in t)
_EDUCATION_NOUNS = frozenset(t for t, k in _HEADINGS.items() if k == "education" and " " not in t)
# an adjective that makes experience or schooling another section's: volunteer, personal, associative, social work
_NOT_WORK_ADJECTIVE_RE = re.compile(r"volunt|volont|benevol|ehrenamt|freiwill|vrijwill|associat|person|pessoa|extra|"
                                    r"soci|comunit|communaut|gemeinn|civi")
# an adjective before its noun in German or Dutch ("Technische", "Persönliche", "Soziale", "Relevante"), after
# it in Spanish, Italian, French or Portuguese ("técnicas", "personales", "rilevanti", "personnels")
_ADJECTIVE_BEFORE_RE = re.compile(r"[a-z]{3,}(?:e|en)")
_ADJECTIVE_AFTER_RE = re.compile(r"[a-z]{3,}(?:as|os|es|s|i|e)")


def _qualified_heading(folded: str) -> str | None:
    """``skills`` or ``other`` for a folded two-word heading that is a one-word skills or other heading of the
    table with an adjective: "technische fahigkeiten", "personliche starken", "soziale kompetenz" (German,
    Dutch: the adjective first), "habilidades tecnicas", "progetti rilevanti" (Romance: the noun first)."""
    words = folded.split()
    if len(words) != 2:
        return None
    first, second = words
    for kind, nouns in (("skills", _SKILL_NOUNS), ("other", _OTHER_NOUNS), ("experience", _EXPERIENCE_NOUNS),
                        ("education", _EDUCATION_NOUNS)):
        if (second in nouns and _ADJECTIVE_BEFORE_RE.fullmatch(first)) or (
                first in nouns and _ADJECTIVE_AFTER_RE.fullmatch(second)):
            if kind in ("experience", "education") and _NOT_WORK_ADJECTIVE_RE.match(first if second in nouns else second):
                return None  # "Experiencia voluntaria", "Ehrenamtliche Tätigkeiten": another section's
            return kind
    return None


# words joining two headings into one ("Aus- und Weiterbildung", "Educación y formación", "Lingue e competenze")
HEADING_AND = r"und|y|e|et|en"


def _months() -> list[str]:
    words = []
    for forms in _DATA.get("months", {}).values():
        for word in [*forms.get("long", []), *forms.get("short", []), *forms.get("extra", [])]:
            words.append(word.rstrip("."))
    return [w for w in words if len(w) >= 3]


# month names and abbreviations of the six languages ("März", "mayo", "giugno", "janv", "mrt"), a dot allowed after
MONTH_WORDS = rf"(?:{_alternation(_months())})\.?"
# the seasons a student's or a seasonal job's dates are written with ("Été 2026", "Sommer 2019", "Verano 2021",
# "Verão 2022", "Zomer 2020"), before a year as the English "Summer 2025": French, German, Spanish, Italian,
# Portuguese, Dutch (the Italian "estate" left out: "Real Estate 2020" is no date)
SEASON_WORDS = ("été|ete|hiver|printemps|automne|sommer|frühling|fruhling|frühjahr|fruhjahr|herbst|verano|invierno|"
                "primavera|otoño|otono|inverno|autunno|verão|verao|outono|zomer|lente|voorjaar|najaar|herfst")
_PRESENT = [row["text"] for rows in _DATA.get("present", {}).values() for row in rows]
# the words for an entry that runs to now ("heute", "Actualidad", "in corso", "aujourd'hui", "atual", "heden")
PRESENT_WORDS = _alternation([*_PRESENT, *(p.replace("'", "’") for p in _PRESENT if "'" in p)])
# the same without the short ones that are also common words elsewhere ("nu", "hoy", "actual"): for a date on its own
PRESENT_WORDS_LONG = _alternation([*(p for p in _PRESENT if len(p) >= 5), *(p.replace("'", "’") for p in _PRESENT if "'" in p)])
# "seit", "desde", "dal", "depuis", "sinds": an open range's opening word ("seit 03/2019": held now)
SINCE_WORDS = _alternation(w for words in _DATA.get("since", {}).values() for w in words)
# a name's last word a PDF wrapped with the year after it ("Logistik seit 2021", "Studio since 2019"), or a year in
# brackets after a word ("Lohnabrechnung (Akademie X GmbH seit 2023)"): no line of dates
WORD_SINCE_RE = re.compile(rf"(?i)^[^\W\d][\w-]*\s+(?:(?:since|{SINCE_WORDS})\s|\([^()]*(?:19|20)\d\d\)$)")
# "bis", "hasta", "al", "à", "até", "tot": the word between a range's two ends ("dal 2017 al 2020")
RANGE_TO_WORDS = _alternation(w for words in _DATA.get("range_to", {}).values() for w in words)
_AT = [w for words in _DATA.get("at", {}).values() for w in words]
# the words between a title and its employer in the six languages ("bei", "chez", "presso", "bij", "en", "na")
AT_WORDS = _alternation(_AT)
_AT_AMBIGUOUS = frozenset(_DATA.get("at_ambiguous", []))
AT_AMBIGUOUS = _AT_AMBIGUOUS  # the words that are also ordinary prepositions ("im", "en", "em", "na"): read by cv_quote_rules
# one of the words that is never an ordinary preposition ("bei", "chez", "presso", "bij"), a name after it
_UNAMBIGUOUS_AT_RE = re.compile(rf"\s(?:{_alternation(w for w in _AT if w not in _AT_AMBIGUOUS)})\s+(?=[A-ZÀ-ÖØ-Þ0-9])")
# a title, one of the words, then a name starting with a capital ("Entwicklerin bei Müller GmbH"); after an elided
# French article the name follows the apostrophe ("Stage à l’ENSG")
_AT_RE = re.compile(rf"^(?P<role>.+?)\s+(?P<at>{_alternation(_AT)})(?:\s+|(?<=['’]))(?P<org>[A-ZÀ-ÖØ-Þ0-9].*)$")
# an internship word, a title by itself before "at" ("Stage à l’ENSG", "Tirocinio presso Fabbri S.p.A.", "Estágio na
# Lusodados Lda"), as it is before another title ("Stage Développeur": core.analysis.cv_lines.is_role)
_INTERNSHIP_RE = re.compile(r"(?i)stage|praktikum|tirocinio|pr[aá]cticas|est[aá]gio")
# after a French "au", "à la", "à l’": a body's short name in capitals ("Stage au CNRS", "à l’ENSG (IGN)")
_ACRONYM_ORG_RE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý0-9&.-]{1,7}(?:\s*\([^()]{1,40}\))?")


# small words inside an organisation's name ("Universidad de Granada", "Residenz am Stadtpark", "Haus der Technik")
_NAME_SMALL_WORDS = frozenset(("de", "di", "da", "do", "del", "y", "e", "&", "am", "an", "der", "des", "für", "und", "zum", "zur"))
# after "im": a field, an area, a shift or a way of working, no organisation
_IM_NO_NAME = (r"(?i)(?:bereich|rahmen|auftrag|team|haus|ausland|inland|schichtdienst|au(?:ß|ss)endienst|innendienst|vertrieb|"
               r"einkauf|verkauf|einsatz|projekt|büro|home|homeoffice|service|support|kundenservice|management|marketing|"
               r"controlling|personalwesen|lager|labor|jahr|sommer|winter|frühjahr|herbst)$")
# after "im" ("in the"): a department or a service named by its compound's last part ("Mitarbeiter im Fahrdienst",
# "im Rettungsdienst", "im Kundendienst", "in der Buchhaltungsabteilung"): where the title was held, no employer
_IM_DEPARTMENT_RE = re.compile(r"(?i)[a-zäöüß-]*(?:dienst|abteilung|bereich|wesen|verwaltung|pflege|technik|service)")


# one German noun naming an institution by its ending ("Notfalldienst", "Klinikum", "Kreiskrankenhaus", "Landratsamt")
_INSTITUTION_NOUN_RE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]*(?:dienst|klinik|klinikum|krankenhaus|spital|zentrum|institut|amt|werk|"
                                  r"werke|heim|verband|verein|schule|hochschule|universität|museum|theater|archiv)")


def role_at_employer(part: str, is_title) -> tuple[str, str] | None:
    """``(title, employer)`` when ``part`` is a title, one of the words "bei", "chez", "presso", "bij", "en",
    "na"... and a name ("Entwicklerin bei Müller GmbH", "Chef de projet chez Dupont Conseil SARL"), the title
    told by ``is_title`` (a callable); None otherwise. After a word that is also an ordinary preposition ("en",
    "na", "no", "em", "für": "Ingeniero en Sistemas" is one title) the name must carry a legal form
    ("Soluciones Ibéricas S.L.") or run to two words or more with a capital each, and not be a title itself."""
    m = _AT_RE.match(part.strip())
    if not m or not (is_title(m.group("role")) or _INTERNSHIP_RE.fullmatch(m.group("role").strip())):
        return None
    org = m.group("org").strip()
    # "Kauffrau für Büromanagement bei Hoffmann GmbH": after an ordinary preposition inside the title ("für"), an
    # unambiguous "bei", "chez", "presso", "bij" still to come names the employer; the title runs up to it
    if m.group("at") in _AT_AMBIGUOUS and (later := _UNAMBIGUOUS_AT_RE.search(org)):
        return f"{m.group('role').strip()} {m.group('at')} {org[: later.start()].strip()}", org[later.end():].strip()
    if m.group("at") in _AT_AMBIGUOUS:
        words = org.split()
        capitalised = len(words) >= 2 and all(w[:1].isupper() or w.lower() in _NAME_SMALL_WORDS for w in words)
        # German "im" ("in the"): also a short form alone ("Pflegefachfrau im KSL"), never a field or an area
        # ("Praktikantin im Bereich Marketing", "im Außendienst")
        short = m.group("at") == "im" and re.fullmatch(r"[A-ZÄÖÜ]{2,6}", org) is not None
        # "am Notfalldienst", "im Klinikum": one German noun of an institution's ending
        institution = m.group("at") in ("am", "im") and _INSTITUTION_NOUN_RE.fullmatch(words[0]) is not None
        # French "au", "à la", "à l’" ("at the"): a body's short name in capitals ("Stage au CNRS", "à l’ENSG (IGN)")
        short = short or (fold(m.group("at")) in ("au", "a la", "a l'") and _ACRONYM_ORG_RE.fullmatch(org) is not None)
        # "Soporte Informático en Eurotex", "Camarero en Mentaliza": one capitalised word that is rare in every one of
        # the languages (a firm's own name), not a field ("Ingeniero en Sistemas", "Licenciada en Derecho")
        rare = len(words) == 1 and words[0][:1].isupper() and _rare_word(words[0])
        if not (has_legal_form(org) or capitalised or short or institution or rare) or is_title(org):
            return None
        if m.group("at") in ("im", "am") and re.match(_IM_NO_NAME, words[0]):
            return None
        if m.group("at") == "im" and len(words) == 1 and _IM_DEPARTMENT_RE.fullmatch(words[0]):
            return None
    return m.group("role").strip(), org


# a word this rare (Zipf frequency, wordfreq) in each of the seven languages is a name, not a field of study or work
_RARE_ZIPF = 3.0


def _rare_word(word: str) -> bool:
    """Whether ``word`` is rarer than :data:`_RARE_ZIPF` in English and each of the six languages ("Eurotex",
    "Mentaliza": a firm's name; "Sistemas", "Derecho", "Informática", "Marketing": common words)."""
    from core.analysis.language import zipf  # wordfreq's table, loaded on first use

    return max(zipf(word, lang) for lang in ("en", "de", "es", "it", "fr", "pt", "nl")) < _RARE_ZIPF


@lru_cache(maxsize=1)
def _legal_forms() -> tuple[frozenset[str], frozenset[str]]:
    """(forms with a dot or of three letters and more, compared folded; short forms without a dot, compared as
    written in capitals: "AG", "SA", "BV")."""
    forms = set(_DATA.get("org_forms_extra", []))
    try:
        from cleanco.termdata import terms_by_country

        for country in ("Germany", "Austria", "Switzerland", "Spain", "Italy", "France", "Portugal", "Brazil", "Netherlands",
                        "Belgium", "Mexico", "Argentina", "Chile"):
            forms.update(terms_by_country.get(country) or [])
    except ImportError:  # pragma: no cover - cleanco is pinned in requirements.txt
        logger.warning("cleanco is not installed; legal forms come from data/cv_languages.json alone")
    long_forms, short_forms = set(), set()
    for form in forms:
        bare = form.strip()
        if "." in bare or len(bare) >= 3:
            if len(bare.replace(".", "")) >= 2 and bare.lower() not in _NOT_FORMS:
                long_forms.add(fold(bare).rstrip("."))
        elif len(bare) == 2:
            short_forms.add(bare.upper())
    return frozenset(long_forms), frozenset(short_forms)


# cleanco forms that are common words or names in CVs as well ("sep", "sem", "ead", "crl")
_NOT_FORMS = frozenset(["sep", "sem", "ead", "e.g.", "sal", "fcp", "sca", "crl", "stg", "adsitz", "ag"])


def has_legal_form(name: str) -> bool:
    """Whether an organisation's name ends in a legal form of the six languages' countries ("Müller GmbH",
    "Soluciones Ibéricas S.L.", "Rossi Informatica S.r.l.", "Dados Lusos Lda", "Van Dijk B.V.", "Bianchi
    S.p.A."); a two-letter form counts only in capitals ("Siemens AG", not "da" or "et")."""
    long_forms, short_forms = _legal_forms()
    tokens = name.replace(",", " ").split()
    if len(tokens) < 2:
        return False
    for size in (4, 3, 2, 1):
        if len(tokens) <= size:
            continue
        tail = " ".join(tokens[-size:])
        if fold(tail).rstrip(".") in long_forms or fold(re.sub(r"(?<=\b\w\.)\s+(?=\w\.)", "", tail)).rstrip(".") in long_forms:
            return True  # "e. K.", "S. A.": a dotted form written with a space
        if size == 1 and tail.rstrip(".") in short_forms and tail.rstrip(".").isupper():
            return True
    return False


_HEADS_FIRST = {fold(w) for words in _DATA.get("title_heads_first", {}).values() for w in words}
_HEADS_LAST = sorted({fold(w) for words in _DATA.get("title_heads_last", {}).values() for w in words}, key=len, reverse=True)
# a profession by its ending, folded: "psicóloga", "psychologue", "Psychologin", "psycholoog", "analista", "dentiste"; not a
# word that only ends so ("revista", "vista", "lista", "autopista", "entrevista")
_PROFESSION_RE = re.compile(r"^(?!(?:vista|lista|pista|revista|conquista|autopista|entrevista|arista|imprevista|prevista|"
                            r"modiste|liste|piste|artiste|batiste|autoriste|touriste|catalogo|dialogo|prologo|epilogo)$)"
                            r".{2,}(?:ist[ae]|olog[oae]|ologue|ologin|oloog)$")
_HEAD_AFTER_RE = re.compile(r"^(?:de|di|du|des|da|do|del|della|dello|delle|dei|degli|en|in|d'|d’|\w+)$", re.IGNORECASE)


def romance_head(word: str) -> bool:
    """Whether ``word`` heads a Spanish, Italian, French or Portuguese title from the front ("Desenvolvedor" in
    "Desenvolvedor Full Stack", "Responsabile" in "Responsabile IT")."""
    folded = fold(word).split("-")[0]
    return folded in _HEADS_FIRST or bool(_PROFESSION_RE.search(folded))


def foreign_title(part: str) -> bool:
    """Whether ``part`` is a job title of the six languages: its first word a head noun of a Romance title
    ("Ingeniera de Software", "Sviluppatore Senior", "Chef de projet", "Analista de BI"), or its last word
    (before a gender mark) one of the German or Dutch heads or a compound ending in one ("Softwareentwicklerin",
    "Projektleiter (m/w/d)", "Sachbearbeiterin", "Projectleider"); never a name with a legal form."""
    text = without_gender_mark(part)  # "(m/w/d)", "(w)", "(H/F)": a posting's gender mark after a title
    words = re.findall(r"[^\W\d_][\w'’.-]*", text)
    if not words or len(words) > 7 or has_legal_form(text):
        return False
    english = fold(words[0]) in _ENGLISH_HEADS  # "Consultant Connect": an English name; "Consultant en stratégie": a title
    if romance_head(words[0]) and (len(words) == 1 or (_HEAD_AFTER_RE.match(words[1]) and (not english or words[1][:1].islower()))):
        return True
    # "Werkstudent im Bereich Softwareentwicklung", "Referentin für Marketing", "Medewerker klantenservice": a German
    # or Dutch head first, its field after it
    # "Mitarbeiter Datenerhebung", "Leiterin Buchhaltung": a German head, then the field as one noun of a field's ending
    return _germanic_head(words[-1]) or (len(words) <= 5 and fold(words[0]) not in _ENGLISH_HEADS and _germanic_head(words[0])
                                          and (words[1].islower() or fold(words[1]) in _FIELD_AFTER
                                               or (len(words) == 2 and _FIELD_NOUN_RE.search(fold(words[1])) is not None)))


# a German noun naming a field of work by its ending ("Datenerhebung", "Buchhaltung", "Logistik", "Personalwesen"), or
# one of the fields a title names bare ("Sachbearbeiterin Einkauf", "Mitarbeiter Vertrieb": session 25)
_FIELD_NOUN_RE = re.compile(r"^(?:[a-z]{3,}(?:ung|heit|keit|schaft|tion|ik|wesen)|[a-z]*(?:vertrieb|einkauf|verkauf))$")


# the words after a German or Dutch head that open its field ("Werkstudent im Bereich …", "Referentin für …"); a
# capitalised word alone may be a name ("Kellner Motors")
_FIELD_AFTER = frozenset(["im", "in", "fur", "der", "des", "von", "zur", "zum", "voor", "van", "op", "bij"])


# heads spelt as in English: first in an English name they are no title ("Manager Tools", "Lead Generation Partners")
_ENGLISH_HEADS = frozenset(["accountant", "administrator", "analyst", "architect", "arts", "chauffeur", "consultant", "controller",
                            "coordinator", "designer", "developer", "engineer", "illustrator", "journalist", "lead", "manager",
                            "owner", "professor", "receptionist", "scientist", "specialist", "tester", "trainee", "monteur",
                            "assistant", "agent", "director", "supervisor", "auditor", "tutor", "chef", "comercial", "commercial"])


def _germanic_head(word: str) -> bool:
    """Whether ``word`` is a German or Dutch title head or a compound ending in one ("Softwareentwicklerin")."""
    last = fold(word).split("-")[-1]
    return any(last == head or (last.endswith(head) and len(last) - len(head) >= 3) for head in _HEADS_LAST)


def _form_label_re(kind: str) -> re.Pattern:
    labels = _DATA.get("form_labels", {}).get(kind, [])
    long_labels = _alternation(label for label in labels if " " in label)
    short_labels = _alternation(label for label in labels if " " not in label)
    # "• Nome e indirizzo del datore di lavoro   Rossi S.r.l., Via Roma 1" (a PDF's two columns on one line), "Cargo: Analista"
    return re.compile(rf"(?i)^[•·*-]?\s*(?:(?:{long_labels or '(?!)'})\s*:?|(?:{short_labels or '(?!)'})\s*:)\s*(?P<value>\S.*)$")


# a form's title and employer fields in the six languages (the Europass CV template's labels and short ones with a colon)
FORM_ROLE_RE = _form_label_re("role")
FORM_EMPLOYER_RE = _form_label_re("employer")
# a personal-data block's label alone on a line ("Anschrift", "Geburtsdatum", "Teléfono", "Date de naissance")
PERSONAL_LABEL_RE = re.compile(rf"(?i)^(?:{_alternation(_DATA.get('personal_labels', {}).get('labels', [])) or '(?!)'})\s*:?$")
# an entry's other labelled fields, with a colon ("Período: abril de 2011 – março de 2020", "Ort: Bremen", "Lieu : Nantes"):
# neither its title nor its employer
FORM_OTHER_RE = re.compile(rf"(?i)^[•·*-]?\s*(?:{_alternation(_DATA.get('form_labels', {}).get('other', [])) or '(?!)'})\s*:\s*\S")


def form_employer(value: str) -> str:
    """The employer's name from a form's "name and address" field ("Rossi S.r.l., Via Roma 1, 20100 Milano" -> "Rossi
    S.r.l."; "Ittica Center S.r.l. - Via Baracca 80 - Venezia" -> "Ittica Center S.r.l.")."""
    return re.split(r",\s+|\s+[–—-]\s+", value.strip(), maxsplit=1)[0].strip(" ;") if value.strip() else ""


# a form's line of dates ("Date 01/2019 – oggi", "• Date (da – a) 2015 – 2018", "Zeitraum 2015 - 2018"): a new entry
_FORM_DATES_RE = re.compile(r"(?i)^[•·*-]?\s*(?:dates?|data|datum|zeitraum|fechas?|datas|period|periode|periodo|période|período)\b"
                            r"(?:\s*\([^()]{1,12}\))?\s*:?\s*\S*\d")


def regroup_form(texts: list[str]) -> list[int]:
    """The order to read a CV's lines in when it is a form (the Europass CV template): in each entry (from a line of
    dates to the next), the title's and employer's fields right after the dates, before the entry's other lines
    ("Principali attività e responsabilità ..." written between them); the lines' own order otherwise, and in a form
    whose first entry gives its title or its employer before its dates. Returns
    indexes into ``texts``."""
    order = list(range(len(texts)))
    fields = [i for i, t in enumerate(texts) if FORM_ROLE_RE.match(t) or FORM_EMPLOYER_RE.match(t)]
    if len(fields) < 2:
        return order
    starts = [i for i, t in enumerate(texts) if _FORM_DATES_RE.match(t)]
    if not starts or any(i < starts[0] for i in fields):
        return order  # "Company: ..." / "Position: ..." / "Period: ...", "Poste : ..." / "Période : ...": dates after a field
    out: list[int] = []
    for n, start in enumerate([0, *starts]):
        end = starts[n] if n < len(starts) else len(texts)
        block = list(range(start, end))
        head = block[:1] if start in starts else []
        form = [i for i in block[len(head):] if i in fields]
        out += head + form + [i for i in block[len(head):] if i not in form]
    return out


# the labels of a job's list of tools ("Tools: Jira, Git"), a JSON Resume entry's "Keywords" (core.documents.jsonresume),
# and the same labels in German, French, Spanish, Italian, Portuguese and Dutch ("Technologien:", "Outils :",
# "Environnement technique :", "Tecnologías:", "Strumenti:", "Ferramentas:"), as a regex alternation
TOOLS_LABEL_WORDS = (r"tech|technologies|technology stack|tech stack|stack|tools|toolset|skills|software|frameworks|libraries|"
                     r"keywords|technologien|werkzeuge|schlagworte|schlagwörter|outils|technologies et outils|"
                     r"environnement(?: technique)?|mots[- ]cl[ée]s|tecnolog[íi]as|herramientas|entorno|palabras clave|"
                     r"tecnologie|strumenti|parole chiave|tecnologias|ferramentas|palavras[- ]chave|technologie[ëe]n|"
                     r"trefwoorden|gereedschappen")


# a referee or supervisor named with a label at a header's end ("Reference: Various clients", "Supervisor: Jo Bell"), or
# what a title includes ("Administrator inkl. Projektplanung", "Manager, including budgets"): no part of the header
HEADER_TAIL_RE = re.compile(r"(?i)(?:^|(?<=\s))(?:references?|referees?|supervisor|contact person)\s*:\s.*$|"
                            r"(?<=\w),?\s+(?:inkl\.|incl\.|einschl\.|including|inklusive|einschließlich)\s.*$")
