"""Requirement sentences of job ads in German, French, Spanish, Dutch and Italian, and the sentences there that
only present the employer.

An English ad's sentences are read by :func:`core.analysis.job_prose.cue_items` ("You will hold X and have Y").
Ads in the other languages say the same in their own words: "Sie haben eine abgeschlossene Ausbildung … und verfügen
über mehrjährige Berufserfahrung", "Vous êtes titulaire du permis C et justifiez d'une expérience de 2 ans", "Se
requiere experiencia mínima de dos años", "Je hebt een afgeronde mbo-opleiding en minimaal 2 jaar ervaring", "Hai
maturato almeno 2 anni di esperienza e possiedi la patente B". :func:`foreign_cue_items` gives the things such a
sentence asks for, one item each, the cue words left out (the caller reads each whole:
:func:`core.analysis.job_whole.whole_requirement`); :func:`presents_employer` tells the sentences that say who the
employer is or whom it seeks ("Wir sind ein Familienbetrieb in Köln", "Restaurante en Madrid busca camarero"), which
ask nothing.

The cue words are the usual ones of job ads in those languages, written for this module from their ordinary usage.
"""

from __future__ import annotations

import re

from core.analysis.job_weight import _TRAILING_RE, without_opening_cue

# The verbs that say what the candidate has, holds, knows or can do; what follows them is asked for. German, French
# and Dutch write them after a subject ("Sie haben", "Vous êtes titulaire du", "Je hebt"); Spanish and Italian often
# without one ("Tienes", "Hai maturato").
_SUBJECT_VERBS = (
    r"(?:haben|hast|habt|besitzen|besitzt|verfügen über|verfügst über|bringen|bringst|bringt|kennen (?:sich )?|"
    r"kennst (?:dich )?|beherrschen|beherrschst|sprechen|sprichst|sind in der lage,?|bist in der lage,?|können|kannst"
    r"|(?:êtes|es) titulaires? (?:d[eu']|des)|avez|as|possédez|possèdes|disposez d[eu']|disposes d[eu']|"
    r"justifiez d[eu']|justifies d[eu']|maîtrisez|maîtrises|connaissez|connais|(?:êtes|es) capables? d[e']|savez|sais|"
    r"parlez|parles"
    r"|hebt|heeft|beschikt over|bent in het bezit van|bent in staat (?:om )?|spreekt|beheerst|kunt|kan)"
)
_BARE_VERBS = (
    r"(?:tienes|tiene|cuentas con|cuenta con|posees|posee|dispones de|dispone de|dominas|domina|manejas|maneja|"
    r"hablas|habla|eres capaz de|sabes"
    r"|hai(?: maturato| conseguito)?|possiedi|sei in possesso d[ie](?:l(?:la|lo)?)?|sei in grado di|conosci|sai|"
    r"disponi d[ie]|parli)"
)
_SUBJECTS = r"(?:sie|du|ihr|vous|tu|usted|je|jij|u)"
_END = r"(?:(?<=['’])|(?=[\s'’,]|$))"  # a verb ends at a space, or its elided article goes on ("justifiez d'une")
_SUBJECT_CUES = rf"(?:{_SUBJECTS}\s+{_SUBJECT_VERBS}|(?:usted\s+)?{_BARE_VERBS}){_END}"
_VERB_ONLY = rf"(?:(?:{_SUBJECTS}\s+)?(?:{_SUBJECT_VERBS}|{_BARE_VERBS})){_END}"
# Cues with no subject: the ad states what is required or whom it seeks.
_PLAIN_CUES = (
    r"(?:wir erwarten|wir setzen (?:\w+ )?voraus|voraussetzung (?:ist|sind)|erforderlich (?:ist|sind)|wir suchen (?:eine?n? )?"
    r"(?:person|persönlichkeit|mitarbeiter\w*|kolleg\w*)? ?mit)\b"
    r"|(?:nous (?:recherchons|cherchons) (?:donc |aussi |également )?(?:une personne|un profil|un candidat|une candidate|"
    r"quelqu['’]un) (?:avec|ayant|qui a|d[e'’])|(?:il est|est) (?:exigé|requis|demandé|indispensable d['’]avoir)|"
    r"il (?:vous |te )?faut(?! que)(?: savoir)?)\b"
    r"|(?:se (?:requiere|requieren|necesita|necesitan|pide|piden|valorará|valorarán)|requisitos?:?|"
    r"buscamos (?:a )?(?:una persona|alguien|un perfil|profesionales?|candidat[oa]s?) (?:con|que tenga|que sepa)|"
    r"es (?:imprescindible|necesario|indispensable) (?:tener|contar con|poseer))\b"
    r"|(?:wij vragen|we vragen|wij zoeken (?:iemand|een collega|een kandidaat) (?:met|die)|"
    r"we zoeken (?:iemand|een collega|een kandidaat) (?:met|die)|vereist (?:is|zijn))\b"
    r"|(?:si richied[eo]n?o?|richiediamo|cerchiamo (?:una persona|un candidato|una candidata|candidati|un profilo|"
    r"una figura) (?:con|che abbia|in possesso di)|è (?:richiest[ao]|necessari[ao]|indispensabile))\b"
)
_CUE_RE = re.compile(rf"^\s*(?:(?:idealerweise|außerdem|zudem|ferner|en outre|de plus|además|daarnaast|bovendien|"
                     rf"inoltre|also)\s*,?\s*)?(?:{_SUBJECT_CUES}|{_PLAIN_CUES})\s*", re.IGNORECASE)
# Where the items of one sentence part: "und/et/y/e/en" or a comma before another cue verb, with or without its
# subject ("… und verfügen über …", "… et justifiez d'…", "… e possiedi …", "…, y cuentas con …").
_JOIN_RE = re.compile(rf"(?:,\s*|\s+)(?:und|et|y|e|en|sowie|ainsi que|así como|nonché)\s+(?={_VERB_ONLY})|;\s*",
                      re.IGNORECASE)
# The words that join two things one verb asks for, per language ("den Führerschein Klasse B und den Staplerschein",
# "experiencia en sala y carnet de manipulador"); "en" is Dutch only (French "en" is "in"), "or" never splits.
_AND = {"de": ("und", "sowie"), "fr": ("et", "ainsi que"), "es": ("y", "e", "así como"), "nl": ("en", "alsook"),
        "it": ("e", "ed", "nonché"), "pt": ("e",), "ca": ("i",)}


def _content_words(text: str) -> int:
    """Words of ``text`` past its opening article or preposition ("les règles" is one: never a list item of its own)."""
    words = text.split()
    while words and len(words[0]) <= 3 and words[0].islower() and not words[0][:1].isdigit():
        words.pop(0)
    return len(words)


def _list_items(part: str, lang: str) -> list[str]:
    """``part`` split where an "and" of ``lang`` joins two things of two words or more each (or an acronym: "rijbewijs
    B en VCA"); never inside a compound ("Energie- und Gebäudetechnik")."""
    words = _AND.get(lang, ())
    if not words:
        return [part]
    joiner = re.compile(r"(?<![-–])\s+(?:" + "|".join(map(re.escape, words)) + r")\s+", re.IGNORECASE)
    items, rest = [], part
    while True:
        for match in reversed(list(joiner.finditer(rest))):
            left, right = rest[: match.start()], rest[match.end():]
            acronym = re.fullmatch(r"(?:[a-zà-ÿ']{1,3}\s+)*[A-Z][A-Z0-9]{1,7}", right.strip(" ,"))  # "de la FIMO", "VCA"
            if _content_words(left) >= 2 and (_content_words(right) >= 2 or acronym):
                items.insert(0, right.strip(" ,"))
                rest = left
                break
        else:
            break
    return [rest.strip(" ,"), *items]


# Sentences that present the employer or the post, asking nothing: "Wir sind …", "Nous sommes …", "Somos …", "Wij
# zijn …", "Siamo …"; "<employer> sucht / recherche / busca / zoekt / cerca <a role>" (never "… mit/avec/con …").
_PRESENTS_RE = re.compile(
    r"^\s*(?:wir sind|nous sommes|somos|wij zijn|we zijn|siamo)\b"
    r"|^\s*(?:(?:[\w&'.-]+\s+){1,6})(?:sucht|suchen|recherche|recrute|busca|buscan|zoekt|zoeken|cerca|cercano)\s+"
    r"(?!(?:eine?n? )?(?:person|persönlichkeit)\s+mit\b|(?:une? )?personne (?:avec|ayant)\b|(?:una )?persona (?:con|que)\b|"
    r"iemand (?:met|die)\b|(?:una )?persona (?:con|che)\b)", re.IGNORECASE)


# A cue after what it asks for: "Kenntnisse in KNX sind von Vorteil", "Le permis B est exigé", "Se valora inglés" aside,
# "Inglés es imprescindible", "Kennis van PLC is een pré", "La patente B è richiesta"; group 1 is a plus.
_CUE_AFTER_RE = re.compile(
    r"\s+(?:ist|sind|wäre|wären|wird|werden|est|sont|serait|seraient|es|son|será|serán|is|zijn|wordt|worden|è|sono|sarà|"
    r"sarebbe|costituisce|é|são|seria|será considerad[oa])"
    r"\s+(?:(?:ein |un |una |een |eine |um )?(?:(plus|atout|pré|pluspunt|vorteil|von vorteil|wünschenswert|souhaitée?s?|"
    r"appréciée?s?|valorable|deseable|gradit[oaie]|preferenziale|titolo preferenziale|gewenst|gewünscht|diferencial|"
    r"desejável|desejáve(?:l|is))|"
    r"erforderlich|voraussetzung|vorausgesetzt|pflicht|exigée?s?|requise?s?|demandée?s?|indispensables?|obligatoires?|"
    r"imprescindibles?|obrigatóri[oa]s?|"
    r"necesari[oa]s?|requerid[oa]s?|vereist|noodzakelijk|verplicht|een must|richiest[oaie]|necessari[oaie]|"
    r"indispensabil[ei]|obbligatori[oaie]))\b", re.IGNORECASE)


def presents_employer(sentence: str) -> bool:
    """Whether a sentence of a German, French, Spanish, Dutch or Italian ad only presents the employer or the post
    ("Wir sind ein mittelständischer Betrieb in Köln", "Azienda di logistica cerca magazziniere"), asking nothing."""
    return bool(_PRESENTS_RE.search(sentence or "")) and not _CUE_RE.match(sentence or "")


def foreign_cue_items(sentence: str, lang: str = "") -> tuple[list[str], bool] | None:
    """(the items a German, French, Spanish, Dutch or Italian requirement sentence asks for, whether they are a plus)
    or ``None`` when the sentence opens with no requirement cue of those languages. Each part the sentence joins
    with "und"/"et"/"y"/"e"/"en" before another cue verb is read apart ("Vous êtes titulaire du permis C et de la
    FIMO, et justifiez d'une expérience de 2 ans" -> "permis C", "la FIMO", "une expérience de 2 ans"), its cue left
    out; items keep the job's words."""
    text = without_opening_cue((sentence or "").strip().rstrip(".;:!"))
    cue = _CUE_RE.match(text)
    if not cue:
        after = _CUE_AFTER_RE.search(text)
        if not after or len(text[: after.start()].split()) < 1:
            return None
        return [item for item in _list_items(text[: after.start()], lang) if re.search(r"\w{2}", item)], bool(after.group(1))
    nice = bool(_TRAILING_RE.search(text)) or text != (sentence or "").strip().rstrip(".;:!")
    items: list[str] = []
    body = re.sub(r"^(?:et|und|y|e|en|ed)\s+\S+\s+", "", text[cue.end():], flags=re.I)  # "connaissez et respectez X"
    for part in _JOIN_RE.split(body):
        part = _CUE_RE.sub("", part.strip(" ,"), count=1) if part else ""
        part = re.sub(rf"^{_VERB_ONLY}\s*", "", part, flags=re.I)
        part = re.sub(r"\s+mit$", "", part.strip(" ,"), flags=re.I)  # "Du bringst … mit": the verb's particle
        items += [item for item in _list_items(part, lang) if re.search(r"\w{2}", item)]
    return (items, nice) if items else None
