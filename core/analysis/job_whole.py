"""Requirements of a job written in Spanish, French, German, Italian, Portuguese, Catalan or Dutch, read whole.

English requirement lines are cut to a short phrase at their first "and"/"or" and after six words
(:func:`core.analysis.job._clean_phrase`): "Experience with SQL and dashboards" is two requirements there. That
reading cuts other languages mid-phrase ("Atender a la diversidad y diseñar", "Grado en Matemáticas o afín y"):
their joining words are not English, and their phrases run longer ("Ejercer la tutoría de un grupo" is six words
before its object's complement). In such a job a bullet (or a line) is one requirement: :func:`whole_requirement`
keeps it up to its first comma, semicolon or bracket, at most :data:`MAX_WORDS` words, without function words at
either end ("y", "de", "et", "und": Zipf frequency :data:`FUNCTION_ZIPF` or more in the job's language, wordfreq).
"""

from __future__ import annotations

import re

from core.analysis.job_weight import must_then_plus, without_opening_cue, without_trailing_cue
from core.analysis.language import detect_language, zipf
from core.analysis.text import BULLET_RE, STOPWORDS, sentence_pieces

WHOLE_LANGUAGES = frozenset(["es", "fr", "de", "it", "pt", "ca", "nl"])
MAX_WORDS = 12  # "Ejercer la tutoría de un grupo y comunicarse con las familias" is 11
FUNCTION_ZIPF = 6.0  # "y" 7.4, "de" 7.7, "la" 7.5, "con" 6.8, "und" 7.5 in their languages; "grupo" 5.3, "clases" 5.0
SAMPLE_CHARS = 4000


def whole_language(job_description: str) -> str:
    """The job's language (ISO 639-1) when its requirement lines are read whole (:data:`WHOLE_LANGUAGES`); ""
    for an English job or one in another language."""
    lang = detect_language((job_description or "")[:SAMPLE_CHARS])
    return lang if lang in WHOLE_LANGUAGES else ""


def _function_word(word: str, lang: str) -> bool:
    low = word.lower().strip(".,;:!?¡¿\"'()")
    return not low or low in STOPWORDS or (len(low) <= 4 and zipf(low, lang) >= FUNCTION_ZIPF)


# a subject pronoun that opens a duty ("Sie optimieren Prozesse…", "Vous gérez…"): kept, or the duty reads verb-first
_SUBJECTS = frozenset({"sie", "du", "wir", "ihr", "vous", "tu", "nous", "usted", "ustedes", "você", "vocês", "voi",
                       "u", "jij", "je"})
# a comma after which a new clause starts (a relative or subordinate one, or "and you …"): the clause before it is whole;
# any other comma joins the items of a list ("in Wareneingang, Kommissionierung und Warenausgang") and is never a cut
_NEW_CLAUSE_RE = re.compile(
    r"^(?:die|der|das|dem|den|deren|dessen|welche[rsmn]?|wobei|womit|damit|sodass|so dass|dass|wenn|indem|um\s+\S+\s+zu|"
    r"qui|que|qu'|dont|où|afin|pour que|lorsque|quand|donde|cuando|quien|quienes|para que|cuyo|cuya|che|dove|quando|"
    r"affinché|cui|onde|quem|cujo|cuja|dat|waarbij|zodat|wanneer|"
    # a plus after the comma (core.analysis.job_weight): "…, idealerweise mit Weiterbildung zum Meister"
    r"idealerweise|vorzugsweise|gerne|bevorzugt|ideally|preferably|idéalement|de préférence|idealmente|"
    r"preferiblemente|preferentemente|preferibilmente|preferencialmente|de preferência|bij voorkeur)\b", re.I)
# the words that join the last item of a list: a comma before one of them within a few words is a list's
_AND_OR = frozenset({"und", "oder", "sowie", "et", "ou", "y", "e", "o", "i", "and", "or", "ed", "u"})  # + Dutch "en", "of"
# the word after which a long clause may be cut: a preposition opening its next phrase, in the job's language
_PREPOSITIONS = {
    "de": "in im mit für von vom zu zum zur bei beim auf aus nach über unter an am durch gegen ohne anhand innerhalb "
          "während bis",
    "nl": "in met voor van bij op uit naar over onder aan door zonder binnen tijdens",
    "fr": "dans avec pour de du des en sur par au aux chez sans selon auprès",
    "es": "en con para de del por sobre sin según ante hacia",
    "ca": "en amb per de del sobre sense segons",
    "it": "in con per di del della dei nel nella su senza tra fra presso",
    "pt": "em com para de do da dos das no na por sobre sem junto",
}
# a German or Dutch clause whose verb closes it ("setzen … um", "haben … geführt", "werden … gestalten"): a cut
# before its end would drop the verb's second half, so such a clause is never cut
_CLOSING_PARTICLES = frozenset(["ab", "an", "auf", "aus", "bei", "dar", "durch", "ein", "fest", "fort", "her", "hin", "mit",
                                "nach", "vor", "weg", "weiter", "zu", "zurück", "zusammen", "vorbei", "voran", "um",
                                "bereit"])
_BRACKET_VERBS_RE = re.compile(r"\b(?:werden|wird|haben|hat|hast|können|kann|sollen|sollst|sollten|müssen|muss|dürfen|"
                               r"darf|wollen|will|möchten|zal|zullen|kunnen|moet|moeten|heeft|hebben)\b", re.I)
# the noun of a compound preposition ("en lien avec", "en collaboration avec", "in Zusammenarbeit mit", "en
# coordinación con"): a cut before its last word would end the requirement on it (session 21: "… prix moyen en lien")
_LOCUTION_NOUNS = frozenset({"lien", "collaboration", "coopération", "relation", "liaison", "coordination", "charge",
                             "fonction", "partenariat", "colaboración", "coordinación", "relación", "función",
                             "zusammenarbeit", "abstimmung", "absprache", "kooperation", "bezug", "collaborazione",
                             "coordinamento", "colaboração", "parceria", "coordenação", "samenwerking", "overleg"})
MAX_WHOLE_WORDS = 20  # a clause that cannot be cut cleanly is kept whole up to this length; longer, it is no requirement


def _clause(text: str) -> str:
    """``text`` up to the comma where a new clause starts (:data:`_NEW_CLAUSE_RE`), list commas kept."""
    parts = re.split(r",\s*", text)
    kept = [parts[0]]
    for part in parts[1:]:
        if _NEW_CLAUSE_RE.match(part):
            break
        kept.append(part)
    return ", ".join(kept)


def _verb_closes(tokens: list[str], lang: str) -> bool:
    """Whether a German or Dutch clause ends on the second half of its verb: a separable particle or, after an
    auxiliary or modal, the infinitive or participle."""
    if lang not in {"de", "nl"} or not tokens:
        return False
    last = tokens[-1].lower().strip(".,;:!?")
    return last in _CLOSING_PARTICLES or bool(_BRACKET_VERBS_RE.search(" ".join(tokens[:-1])))


def _list_commas(tokens: list[str], lang: str) -> list[tuple[int, int]]:
    """(first, last) token of each list a clause holds: from the word before a comma that a conjunction follows
    within four words ("in Wareneingang, Kommissionierung und Warenausgang") to the word after that conjunction."""
    spans = []
    for j, tok in enumerate(tokens):
        if tok.endswith(","):
            joins = _AND_OR | ({"en", "of"} if lang == "nl" else set())  # "en" is French "in", "of" English
            conj = next((k for k in range(j + 1, min(j + 5, len(tokens))) if tokens[k].lower() in joins), None)
            if conj is not None:
                spans.append((j, conj + 1))
    return spans


def _cut(tokens: list[str], lang: str) -> list[str]:
    """A clause of over :data:`MAX_WORDS` words cut at its last phrase boundary within them: a comma that ends no
    list item, or before a preposition outside a list (:func:`_list_commas`); the clause whole when there is none
    or its verb closes it (:func:`_verb_closes`); nothing when that is over :data:`MAX_WHOLE_WORDS` words."""
    preps = set(_PREPOSITIONS.get(lang, "").split())
    lists = _list_commas(tokens, lang)
    if not _verb_closes(tokens, lang):
        for i in range(MAX_WORDS, 2, -1):
            if any(first < i <= last for first, last in lists):
                continue
            if tokens[i - 1].endswith(","):
                return tokens[:i]
            if tokens[i].lower() in preps:  # never inside a compound preposition: "en lien avec", "en charge de"
                compound = i > 4 and tokens[i - 2].lower() in preps and tokens[i - 1].lower() in _LOCUTION_NOUNS
                return tokens[:i - 2] if compound else tokens[:i]
    return tokens if len(tokens) <= MAX_WHOLE_WORDS else []


def whole_requirement(line: str, lang: str) -> str:
    """``line`` (a bullet or line of a job in ``lang``) as one requirement: its first clause up to a semicolon,
    colon, bracket or a comma that opens a new clause (list commas kept: "in Wareneingang, Kommissionierung und
    Warenausgang"), with its subject pronoun ("Sie optimieren …") and the close of its verb ("… setzen
    Verbesserungsprojekte um"); one of over :data:`MAX_WORDS` words is cut at a phrase boundary (:func:`_cut`),
    and only then loses function words at its end ("- Atender a la diversidad y diseñar planes de refuerzo." ->
    "Atender a la diversidad y diseñar planes de refuerzo"); "" when it cannot be read whole within
    :data:`MAX_WHOLE_WORDS` words."""
    text = without_opening_cue(BULLET_RE.sub("", line).strip().rstrip(".;:!"))  # "Se valorará experiencia en…"
    # a sentence ends at a mark that no abbreviation holds ("inkl. Mahnwesen", "z. B. Kauffrau": text.sentence_pieces)
    text = re.split(r"[;:(]| - | – ", sentence_pieces(text)[0])[0].strip().rstrip(".,")
    if (split := must_then_plus(text)) is not None:  # "Anglais courant indispensable, une troisième langue est un plus"
        text = text[:split]
    # "… sind wünschenswert", "… souhaité", "… deseable": how much the job wants it, no part of its name (the job's
    # own line still marks it a plus: core.analysis.job_weight.preferred)
    text = without_trailing_cue(text)
    text = _clause(text)
    tokens = text.split()
    whole = len(tokens) <= MAX_WORDS
    tokens = tokens if whole else _cut(tokens, lang)
    cut = len(tokens) < len(text.split())
    # a word after a number is its unit, never a function word: "Experiencia mínima de 3 años"
    while cut and tokens and _function_word(tokens[-1], lang) and not (len(tokens) > 1 and tokens[-2][-1:].isdigit()):
        tokens.pop()
    while tokens and _function_word(tokens[0], lang) and tokens[0].lower() not in _SUBJECTS:
        tokens.pop(0)
    return " ".join(tokens).rstrip(",")


# "… oder eine vergleichbare Ausbildung", "… ou équivalent", "… o similar": the alternative the ad accepts, not a
# second thing it asks for; the requirement is what comes before it
_OR_EQUIVALENT_RE = re.compile(
    r"\s*,?\s+(?:oder|ou|o|of|or|bzw\.?)\s+(?:\w{1,4}\s+)?(?:vergleichbar\w*|ähnlich\w*|gleichwertig\w*|entsprechend\w*|"
    r"équivalent\w*|similaire\w*|similar\w*|equivalente?s?|simil\w*|vergelijkbar\w*|gelijkwaardig\w*)\b.*$", re.I)
# a level the ad puts before the thing it asks for ("Erfolgreich abgeschlossenes Studium", "Sicherer Umgang mit …",
# "ausgeprägtes Zahlenverständnis"): the coverage row names the thing, the level is how well
# ("Mehrjährige Führungserfahrung" keeps its word: it asks for years, which the plan's years check reads)
_LEVEL_RE = re.compile(
    r"^(?:(?:erfolgreich|sehr|besonders|idealerweise)\s+)*(?:abgeschlossen|sicher|fundiert|gut|ausgeprägt|einschlägig|"
    r"solid|umfassend|tiefgehend|vertieft|hervorragend|exzellent|stark|erst)(?:e[snrm]?)?\s+(?=\S)", re.I)
# "Vorkenntnisse im Bereich der Intensivpflege", "Erfahrung im Bereich Logistik": the field is the thing asked
_FIELD_OF_RE = re.compile(r"^(?:(?:Vor|Fach)?[Kk]enntnisse|(?:Berufs)?[Ee]rfahrung(?:en)?)\s+im\s+Bereich\s+"
                          r"(?:der\s+|des\s+|von\s+)?(?=\S)")
_ITEM_JOIN_RE = re.compile(r"\s*,\s*(?:(?:und|sowie|oder)\s+)?|\s+(?:und|sowie)\s+")


def asked_thing(requirement: str) -> str:
    """A German requirement line reduced to the thing it asks for: without the alternative it accepts and the level
    before it ("Erfolgreich abgeschlossenes Studium der Wirtschaftsinformatik oder eine vergleichbare Ausbildung" ->
    "Studium der Wirtschaftsinformatik"; "Sicherer Umgang mit EDV-Systemen" -> "Umgang mit EDV-Systemen"; "Vorkenntnisse
    im Bereich der Intensiv- oder Beatmungspflege" -> "Intensiv- oder Beatmungspflege")."""
    text = _OR_EQUIVALENT_RE.sub("", requirement).strip(" ,")
    bare = _LEVEL_RE.sub("", text)
    bare = _FIELD_OF_RE.sub("", bare) if len(_FIELD_OF_RE.sub("", bare)) >= 4 else bare
    bare = bare[:1].upper() + bare[1:] if bare[:1].islower() and bare.split()[0][:1].isalpha() else bare
    return bare if len(bare.split()) >= 1 and len(bare) >= 4 else text


def asked_items(requirement: str, lang: str) -> list[str]:
    """The things one requirement line of a job in ``lang`` asks for, each as a short noun phrase
    (:func:`asked_thing`); a list of qualities ("Strukturierte Arbeitsweise, ausgeprägtes Zahlenverständnis sowie
    Detailgenauigkeit") is one per quality, but never a list after a preposition ("Erfahrung in Wareneingang,
    Kommissionierung und Warenausgang" stays one), nor one whose words share a part ("Ambulante Kranken- und
    Behandlungspflege")."""
    if lang != "de":
        return [requirement]
    thing = asked_thing(requirement)
    parts = [p.strip() for p in _ITEM_JOIN_RE.split(thing) if p.strip()]
    if 2 <= len(parts) <= 6 and all(len(p.split()) <= 3 and not any(_function_word(w, lang) for w in p.split())
                                    and not p.endswith("-") and not p.startswith("-") for p in parts):
        return [asked_thing(p) for p in parts]
    return [thing]


_EXAMPLES_HEAD_RE = re.compile(r"^(?:\w+\s+){0,2}?(?:Erfahrung(?:en)?|Kenntnisse|Vorkenntnisse|Know-how|expérience|"
                               r"connaissances?|maîtrise|experiencia|conocimientos?|dominio)\s+(?:mit|in|im|mit\s+den|"
                               r"d'|de|des|du|en|con|del|de\s+la)\s*", re.I)


# what a line asks to know or have done: only its lists are subjects asked, never a duty's examples
_KNOWLEDGE_RE = re.compile(r"(?:erfahrung|kenntnisse|know-how|\bexpérience|\bconnaissances?|\bmaîtrise|\bexperiencia|"
                           r"\bconocimientos?|\bdominio)", re.I)


def _bracketed(text: str) -> tuple[str, list[str]]:
    """``text`` without its brackets, and the text of each bracket (a nested one's apart: "(Reporting, Datenbanken
    (Postgres))" gives "Reporting, Datenbanken" and "Postgres")."""
    inner: list[str] = []
    while found := re.search(r"\(([^()]*)\)", text):
        inner.append(found.group(1))
        text = text[: found.start()] + " " + text[found.end():]
    return text, inner


def listed_subjects(line: str, lang: str, brackets_only: bool = False) -> list[str]:
    """The subjects a requirement line of a job in ``lang`` lists beside the tools it names, each as written: the
    items of a list of three or more ("Kenntnisse im Controlling, Reporting, Datenbanken, SQL, Python" -> "Controlling",
    "Reporting", "Datenbanken", "SQL", "Python"; "(Reporting, Planung, Datenanalyse)"), each one or two words with no
    function word, and the thing a bracket of examples follows ("Erfahrung mit Dashboarding Tools (Power BI, Google
    Dashboards)" -> "Dashboarding Tools"); with ``brackets_only``, only the lists in brackets ("Berufserfahrung als
    Analyst (Reporting, Planung, Datenanalyse)": the line itself is read whole elsewhere). Only a line that asks for
    knowledge or experience has them (a duty's examples are none). The caller drops those it reads as tools. [] for
    a line of no such list."""
    text = without_opening_cue(BULLET_RE.sub("", line).strip().rstrip(".;:!"))
    outer, inner = _bracketed(text)
    if not _KNOWLEDGE_RE.search(outer):  # a duty's examples ("Ayudar en las consultas médicas (terapias, …)")
        return []
    out: list[str] = []
    for segment in inner if brackets_only else [outer, *inner]:
        parts = [p.strip() for p in re.split(r"\s*,\s*", segment) if p.strip()]
        if len(parts) < 2:
            continue
        last = re.split(rf"\s+(?:{'|'.join(sorted(_AND_OR))}|sowie)\s+", parts[-1], maxsplit=1)
        parts = parts[:-1] + last
        if len(parts) < 3:
            continue
        first = parts[0].split()
        preps = set(_PREPOSITIONS.get(lang, "").split())
        at = max((i for i, w in enumerate(first) if w.lower() in preps), default=-1)
        parts[0] = " ".join(first[at + 1:]) if at >= 0 else parts[0]
        for part in parts:
            words = part.split()
            if 1 <= len(words) <= 2 and not any(_function_word(w, lang) for w in words) and part[:1].isalpha() \
                    and len(part) >= 3:
                out.append(part)
    if inner and not brackets_only and (head := _EXAMPLES_HEAD_RE.match(outer.strip())):  # "Erfahrung mit Dashboarding Tools (Power BI, …)"
        thing = outer.strip()[head.end():].strip(" ,")
        if 1 <= len(thing.split()) <= 3 and not any(_function_word(w, lang) for w in thing.split()):
            out.append(thing)
    return list(dict.fromkeys(out))


def short_name(requirement: str) -> str:
    """A requirement as a list names it, short: without a cue of a plus at either end (:func:`without_trailing_cue`,
    :func:`without_opening_cue`), the alternative it accepts and the level before it (:func:`asked_thing`):
    "Vorkenntnisse im Bereich der Intensiv- oder Beatmungspflege sind wünschenswert" -> "Intensiv- oder
    Beatmungspflege". Reports stored before session 27 keep such whole lines; Home and History show them short."""
    text = without_trailing_cue(without_opening_cue((requirement or "").strip()))
    if not text:
        return (requirement or "").strip()
    short = asked_thing(text)
    if short != text and short[:1].isupper() and short[1:] == text[1:] and text[:1].islower():
        return text  # only the capital differs ("cold calling"): kept as the report wrote it
    return short
