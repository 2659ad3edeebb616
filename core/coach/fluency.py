"""A language's fluency as a job asks for it ("Fluent English", "English (fluent)") and as a CV or an answer
shows it (CEFR C1/C2, native, bilingual, fluent), in English or in a CV language ("Anglais (C1)", "Englisch –
verhandlungssicher", "Inglés (nativo)"). Moved out of :mod:`core.coach.evidence`."""

from __future__ import annotations

import re
import unicodedata

from core.analysis.cv_translated import language_names

# A requirement for fluency in a language ("Fluent English", "English (fluent)", "native-level German").
_FLUENCY_WORDS = r"(?:fluen(?:t|cy)|native(?:[- ]level)?|bilingual|proficien(?:t|cy)|business[- ]level|mother tongue)"
# The same words in the CV languages (without accents, as :func:`_folded` writes them): native, mother tongue,
# fluent, bilingual, business fluent. Written by the team from ordinary usage and the Europass CV labels.
_FOREIGN_FLUENCY = (r"(?:langue maternelle|maternelle|courant|couramment|bilingue|natif|native|nativo|nativa|"
                    r"lengua materna|lingua materna|materna|fluido|fluida|fluente|madrelingua|muttersprache|"
                    r"muttersprachlich\w*|fliessend|flie\u00dfend|verhandlungssicher|zweisprachig|moedertaal|"
                    r"vloeiend|tweetalig)")
# Fluency on a CV or in an answer: CEFR C1 or C2 (Council of Europe, Common European Framework of Reference
# for Languages, 2001: C1 "effective operational proficiency", C2 "mastery"), native, bilingual or fluent.
_LEVEL_WORDS = rf"(?:(?:level|niveau|nivel|livello)\s+)?(?:(?-i:C[12])\b|{_FLUENCY_WORDS}\b|{_FOREIGN_FLUENCY}\b|full professional)"
_ANY_FLUENCY = rf"(?:{_FLUENCY_WORDS}|{_FOREIGN_FLUENCY})"
# A requirement for fluency in a language, in English or a CV language ("Fluent English", "English (fluent)",
# "Inglês fluente", "Englisch fließend", "Anglais courant").
FLUENCY_REQ_RE = re.compile(rf"^(?:{_ANY_FLUENCY})\s+(?:in\s+|em\s+|en\s+)?([^\W\d_]+)$|"
                            rf"^([^\W\d_]+)\s*[(:,–-]?\s*(?:{_ANY_FLUENCY})\)?$", re.IGNORECASE)

# How much a job wants the language, never part of it: "Anglais courant indispensable", "Inglés fluido
# imprescindible", "Fließend Englisch zwingend erforderlich", "Fluent English essential" (session 21 newcomer: the plan
# read "anglais courant indispensable" as no fluency and said "your CV shows related work" beside "anglais courant (C1)").
_WANTED_RE = re.compile(r"(?:[\s,;(–-]+(?:is |est |ist |es |è |é )?(?:essential|required|mandatory|a must|a plus|"
                        r"indispensables?|exig[ée]e?s?|requise?s?|obligatoires?|imp[ée]ratifs?|souhait[ée]e?s?|"
                        r"(?:zwingend\s+)?erforderlich|zwingend|vorausgesetzt|von vorteil|wünschenswert|"
                        r"imprescindibles?|necesari[oa]s?|obligatori[oa]s?|requerid[oa]s?|indispensabil[ei]|richiest[oa]|"
                        r"obbligatori[oa]|essenzial[ei]|obrigatóri[oa]s?|essencia(?:l|is)|necessári[oa]s?)\)?)+\s*$",
                        re.IGNORECASE)


def fluency_asked(requirement: str) -> re.Match[str] | None:
    """:data:`FLUENCY_REQ_RE`'s match of ``requirement`` without how much the job wants it (:data:`_WANTED_RE`:
    "Anglais courant indispensable" is "Anglais courant"); None for a requirement that is no language's fluency."""
    return FLUENCY_REQ_RE.match(without_wanted(requirement))


def without_wanted(requirement: str) -> str:
    """``requirement`` without how much the job wants it at its end (:data:`_WANTED_RE`): "Anglais courant
    indispensable" -> "Anglais courant"."""
    return _WANTED_RE.sub("", (requirement or "").strip()).strip()


def _folded(text: str) -> str:
    """``text`` without accents, each character kept in its place (so spans stay those of ``text``)."""
    out = []
    for char in text:
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        out.append(base if len(base) == 1 else char)
    return "".join(out)


def _english_name(name: str) -> str:
    """A language's English name (lower case) from its name in English or a CV language ("ingles" -> "english");
    ``name`` itself when the table does not know it."""
    if language_names(name):
        return name
    return next((english for english in ("english", "spanish", "german", "french", "italian", "portuguese", "dutch")
                 if name in language_names(english)), name)  # the languages data/cv_languages.json names


def language_fluency(text: str, requirement: str) -> tuple[bool, tuple[int, int]]:
    """Whether ``text`` shows the fluency in a language a ``requirement`` such as "Fluent English" asks
    for: the language (its English name or its name in a CV language: "Anglais", "Inglés") with a CEFR level
    C1/C2, "native", "bilingual" or "fluent" (or such a word of a CV language: "courant", "Muttersprache")
    right after it ("English (C1)", "English: C2", "Anglais (C1)") or that word right before it ("Native
    English speaker", "Bilingual English and Spanish"); with the span. B2 or lower is not fluency; fluency in
    another language is not in this one. False for a requirement that is not a language's fluency."""
    req = fluency_asked(requirement)
    if not req:
        return False, (-1, -1)
    name = _english_name(_folded(req.group(1) or req.group(2)).lower())
    lang = "|".join(re.escape(n) for n in sorted({name, *language_names(name)}, key=len, reverse=True))
    after = rf"\b(?:{lang})\b\s*[(:,–—-]?\s*{_LEVEL_WORDS}"
    before = rf"\b{_ANY_FLUENCY}\s+(?:in\s+)?(?:[A-Z][a-z]+\s*(?:and|&|/|,)\s*)?(?:{lang})\b"
    found = re.search(f"{after}|{before}", _folded(text), re.IGNORECASE)
    return (True, found.span()) if found else (False, (-1, -1))
