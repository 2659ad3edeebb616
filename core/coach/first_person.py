"""Whether a sentence in Spanish, Italian, Portuguese, French or German has the candidate as its subject.

English marks its subject with a pronoun ("I ran…", :data:`core.coach.evidence.FIRST_PERSON_RE`). Spanish,
Italian and Portuguese usually drop it: "hago simulacros cada tres semanas, analizo los errores" is "I run mock
exams every three weeks, I analyse the errors". :func:`first_person` finds either a first-person pronoun or
possessive of the sentence's language, or a verb in the first person: a word whose lemma (``simplemma``, its
shipped dictionaries) is an infinitive and which ends as the first person does in the present or the preterite
(Spanish "-o", "-é", "-í", "-amos"; Italian "-o", "-ai", "-ei", "-iamo"; Portuguese "-o", "-ei", "-i", "-amos").
French and German keep their pronouns ("je", "ich"). The sentence's language is
:func:`core.analysis.language.detect_language`'s; English and other languages give False.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.analysis.language import likely_languages
from core.analysis.lemmas import is_lemma, lemma
from core.coach.wishes import NEGATIONS, WISHES, compiled, foreign

_PRONOUNS = {
    "es": r"yo|me|mi|mis|conmigo|nosotros|nosotras|nuestr[oa]s?",
    "it": r"io|mi|mio|mia|miei|mie|noi|nostr[oaie]",
    "pt": r"eu|me|meu|minha|meus|minhas|comigo|nós|noss[oa]s?",
    "fr": r"je|j|moi|mon|ma|mes|nous|notre|nos",
    "de": r"ich|mich|mir|mein\w*|wir|uns|unser\w*",
}
_PRONOUN_RES = {lang: re.compile(rf"(?<![\w'’])(?:{words})(?![\w])", re.IGNORECASE) for lang, words in _PRONOUNS.items()}
_VERB_ENDINGS = {"es": ("o", "é", "í", "amos", "emos", "imos"), "it": ("o", "ai", "ei", "ii", "iamo"),
                 "pt": ("o", "ei", "i", "amos", "emos", "imos")}
# A wish, a plan or a hypothetical, and a negation, in the five languages: core.coach.wishes owns them (session 18)
FOREIGN_WISH = foreign(WISHES)
FOREIGN_NEGATION_RE = compiled(foreign(NEGATIONS))
_INFINITIVE = {"es": ("ar", "er", "ir"), "it": ("are", "ere", "ire", "rre"), "pt": ("ar", "er", "ir", "or")}
# First persons no ending rule finds: "Estoy colegiada…", "Soy enfermera…", "He trabajado…", "Estou inscrita…"
# (session 22b). Italian "sono" and "ho" are left out: "sono" is also "they are".
_IRREGULAR_FIRST = {"es": frozenset({"estoy", "soy", "voy", "doy", "he", "fui", "estuve", "tuve", "hice", "pude", "dije"}),
                    "pt": frozenset({"sou", "estou", "vou", "dou", "fiz", "tive", "estive", "pude"})}


# what goes before a noun, never before a verb in the first person: "el uso", "o giro", "un trabajo", "de uso"
_DETERMINERS = frozenset([
                          "el", "la", "los", "las", "un", "una", "unos", "unas", "lo", "del", "al", "de",
                          "en", "o", "a", "os", "as", "um", "uma", "uns", "umas", "do", "da", "dos", "das",
                          "no", "na", "nos", "nas", "em", "il", "gli", "le", "uno", "di", "dello", "della",
                          "nel", "nella", "per", "su", "mio", "mi", "meu", "minha", "seu", "sua", "su", "sus"])


# Portuguese third persons that end as a first person does (issue 15, session 18: "foi" read as "I"): "foi", "vai",
# "sai", "inclui", "constrói" (the first persons are "fui", "saí", "incluí"); and a participle after a form of "be" or
# "have" ("O projeto foi lançado", "fue lanzado", "è stato lanciato"), never "I launch".
_PT_THIRD_RE = re.compile(r"(?:[aoó]i|ui)$")
_AUXILIARIES = frozenset(["foi", "foram", "é", "são", "era", "eram", "está", "estão", "estava", "sido", "tem", "têm",
                          "tinha", "fue", "fueron", "es", "son", "están", "ha", "han", "había", "è", "sono", "stato",
                          "stata", "stati", "ho", "hanno", "aveva"])


def _third_person_or_participle(word: str, lang: str, after: str) -> bool:
    if lang == "pt" and word != "fui" and _PT_THIRD_RE.search(word):
        return True
    return after in _AUXILIARIES and word.endswith(("ado", "ido", "ato", "ito", "ata", "ita", "ada", "ida"))


@lru_cache(maxsize=4096)
def _first_person_verb(word: str, lang: str, after: str = "") -> bool:
    """Whether ``word`` is a first-person verb of ``lang``; a word the dictionary knows as a noun ("uso", "giro",
    "trabajo") is one when a known infinitive of its stem exists and no determiner (``after``: the word before it)
    makes it a noun: "Giro um orçamento" is "I manage a budget", "o giro" is "the turnover"."""
    if not word.endswith(_VERB_ENDINGS[lang]) or _third_person_or_participle(word, lang, after):
        return False
    infinitive = lemma(word, lang)
    if infinitive != word:
        return infinitive.endswith(_INFINITIVE[lang])
    return (word.endswith("o") and len(word) > 3 and after not in _DETERMINERS
            and any(is_lemma(word[:-1] + ending, lang) for ending in _INFINITIVE[lang]))


def first_person(sentence: str) -> bool:
    """Whether ``sentence`` (in Spanish, Italian, Portuguese, French or German) has the candidate as subject: a
    first-person pronoun or possessive of its language, or (Spanish, Italian, Portuguese) a first-person verb
    (module docstring). False for English and other languages, and for text too short to tell its language."""
    for lang in likely_languages(sentence or "", frozenset(_PRONOUN_RES)):
        if _PRONOUN_RES[lang].search(sentence):
            return True
        words = re.findall(r"[^\W\d_]+", sentence.lower())
        if _IRREGULAR_FIRST.get(lang, frozenset()) & set(words):
            return True
        if lang in _VERB_ENDINGS and any(_first_person_verb(w, lang, before) for before, w in zip(["", *words], words, strict=False)):
            return True
    return False
