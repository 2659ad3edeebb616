"""What an answer in the interview's own language lacks, when that language is not English.

When the CV and the job share a language other than English (:func:`core.coach.interview_language.documents_language`),
the offline coach asks in English and the candidate may answer in that language. :func:`documents_reason` reads such
an answer for what it lacks with the same rules as :func:`core.coach.follow_up.follow_up_reason` reads an English
one (a non-answer, "I have not done that", too short, no example of one's own, "we" throughout, no result, no steps
for a plan), on this module's cues for Spanish, French, German, Italian and Portuguese:

- one's own occasion: a past time ("el curso pasado", "l'année dernière", "letztes Jahr", "l'anno scorso", "no ano
  passado") or an action in the first person and the past ("preparé", "j'ai appelé", "ich habe … besprochen",
  "ho chiamato", "falei"); Spanish, Italian and Portuguese verbs by their ending and their lemma (``simplemma``, as
  :mod:`core.coach.first_person` reads them);
- "we" and "I": the language's pronouns and, where the pronoun is dropped, the verb's ending ("preparamos" is
  "we prepared");
- a result: a figure, a change between two measures (:func:`core.coach.cv_reading.measured_change`), a verb of result
  (:func:`core.coach.cv_reading.result_verb`) or the language's words of outcome ("al final", "am Ende", "au final");
- steps: the language's words of order ("primero", "zuerst", "d'abord", "prima", "primeiro").

The thresholds are :mod:`core.coach.follow_up`'s (35 words; three "we" to one "I"). Pure functions over text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.analysis.cues import STEPS, says_dont_know
from core.analysis.lemmas import lemma
from core.analysis.text import sentences
from core.coach.cv_reading import measured_change, result_verb
from core.coach.follow_plan import plan_only
from core.coach.non_answer_lang import dont_know_only
from core.words import count_words

LANGUAGES = frozenset(["es", "fr", "de", "it", "pt"])
SHORT_WORDS = 35  # as core.coach.follow_up: under this, and with no figure, an answer is too short
_I = re.IGNORECASE

_PAST_TIME = {
    "es": r"el (?:a[ñn]o|curso|mes|trimestre|verano|invierno|oto[ñn]o|semestre) pasado|una vez|hace (?:\w+ )?(?:a[ñn]os|"
          r"meses|semanas|d[ií]as)|en (?:19|20)\d\d|cuando (?:trabajaba|estaba|era|empec[eé])|en mi (?:anterior|"
          r"[uú]ltimo|primer) (?:trabajo|puesto|centro|colegio|instituto|empleo)",
    "fr": r"l'ann[ée]e derni[èe]re|l'an dernier|le (?:mois|trimestre|semestre) dernier|une fois|il y a (?:\w+ )?(?:ans|"
          r"mois|semaines)|en (?:19|20)\d\d|quand je (?:travaillais|[ée]tais)|dans mon (?:ancien|pr[ée]c[ée]dent|"
          r"dernier) (?:poste|emploi|service)",
    "de": r"letzte[ns]? (?:Jahr|Monat|Sommer|Winter|Woche|Halbjahr|Schuljahr)|im letzten (?:Jahr|Monat|Schuljahr)|"
          r"einmal|vor (?:\w+ )?(?:Jahren|Monaten|Wochen)|(?:19|20)\d\d|damals|als ich (?:\w+ ){0,4}(?:war|arbeitete)|"
          r"in meiner (?:letzten|vorherigen|alten) (?:Stelle|Firma|Schule|Station)",
    "it": r"l'anno scorso|lo scorso (?:anno|mese)|una volta|(?:\w+ )?(?:anni|mesi|settimane) fa|nel (?:19|20)\d\d|"
          r"quando (?:lavoravo|ero)|nel mio (?:precedente|ultimo) (?:lavoro|posto|impiego)",
    "pt": r"(?:n)?o ano passado|no (?:m[êe]s|semestre) passado|uma vez|h[áa] (?:\w+ )?(?:anos|meses|semanas)|"
          r"em (?:19|20)\d\d|quando (?:trabalhava|estava|era)|no meu (?:anterior|[úu]ltimo) (?:emprego|trabalho)",
}
# First person singular and plural: pronouns and possessives (the verb's ending is read apart).
_SINGULAR = {"es": r"yo|me|mi|mis|conmigo", "fr": r"je|j|moi|mon|ma|mes", "de": r"ich|mich|mir|mein\w*",
             "it": r"io|mi|mio|mia|miei|mie|ho", "pt": r"eu|me|meu|minha|meus|minhas|comigo"}
_PLURAL = {"es": r"nosotr[oa]s|nuestr[oa]s?", "fr": r"nous|notre|nos|on", "de": r"wir|uns|unser\w*",
           "it": r"noi|nostr[oaie]|abbiamo|siamo", "pt": r"n[óo]s|noss[oa]s?"}
# The first person's past said with an auxiliary: "he preparado", "j'ai appelé", "je suis allée",
# "ich habe … besprochen", "ich sprach", "ho chiamato", "sono andata".
_PAST_SAID = {
    "es": r"\bhe (?:\w+ )?\w+(?:ado|ido|isto|echo|uesto|ierto|cho)\b",  # "he preparado", "he hecho"
    "fr": r"\bj'ai (?:\w+ ){0,2}\w+(?:é|ée|és|i|is|it|u|ert|int)\b|\bje suis (?:\w+ )?\w+(?:é|ée)\b",
    "de": r"\bich (?:habe|hatte|bin|war)\b|\b(?:habe|hatte|bin|war) ich\b|\bich \w+te\b",
    "it": r"\bho (?:\w+ )?\w+(?:ato|uto|ito|esso|atto|olto)\b|\bsono (?:\w+ )?\w+(?:ato|ata|uto|uta|ito|ita)\b",
}
# ... and the plural's: "nous avons formé", "on a testé", "wir haben … eingeführt", "abbiamo provato"
_PLURAL_PAST_SAID = {
    "es": r"\bhe (?:\w+ )?\w+(?:ado|ido|isto|echo|uesto|ierto|cho)\b",  # "he preparado", "he hecho"
    "fr": r"\b(?:nous avons|on a) (?:\w+ ){0,2}\w+(?:é|ée|és|i|is|it|u|ert|int)\b|\bnous sommes (?:\w+ )?\w+(?:és|ées)\b",
    "de": r"\bwir (?:haben|hatten|sind|waren)\b|\b(?:haben|hatten) wir\b|\bwir \w+ten\b",
    "it": r"\babbiamo (?:\w+ )?\w+(?:ato|uto|ito|esso|atto|olto)\b|\bsiamo (?:\w+ )?\w+(?:ati|ate|uti|iti)\b",
}
# Verbs of the first person where the pronoun is dropped: singular past, singular present, plural (any tense).
_VERB_ENDINGS = {
    "es": {"past": ("é", "í"), "now": ("o",), "plural": ("amos", "emos", "imos")},
    "it": {"past": ("ai", "ei", "ii"), "now": ("o",), "plural": ("iamo", "ammo", "emmo", "immo")},
    "pt": {"past": ("ei", "i"), "now": ("o",), "plural": ("amos", "emos", "imos")},
}
_INFINITIVE = {"es": ("ar", "er", "ir"), "it": ("are", "ere", "ire", "rre"), "pt": ("ar", "er", "ir", "or")}
# Irregular first-person preterites the lemma table may not map to an infinitive by their ending.
_IRREGULAR_PAST = {"es": r"hice|puse|tuve|dije|fui|estuve|pude|traje|di|vi|propuse|supe|conduje|quise|vine",
                   "pt": r"fiz|pus|tive|disse|fui|estive|pude|trouxe|dei|vi|quis|vim", "it": r"feci|presi|misi|dissi"}
_NOT_EXPERIENCED = {
    "es": r"nunca (?:lo |la |eso )?(?:he|me ha|tuve|hice)|no (?:lo |la )?he (?:tenido|hecho|vivido|estado)|"
          r"no (?:tengo|tuve) experiencia|no me ha pasado|todav[ií]a no (?:lo )?he|no lo hice",
    "fr": r"je n'ai jamais|jamais eu|pas (?:eu )?d'exp[ée]rience|je n'ai pas (?:eu|encore|fait)|je ne l'ai (?:jamais|pas)",
    "de": r"noch nie|nie (?:erlebt|gehabt|gemacht)|keine (?:eigene )?erfahrung|habe ich nicht erlebt|"
          r"(?:das )?habe ich (?:noch )?(?:nie|nicht) (?:\w+ )?(?:gemacht|erlebt|getan)|"
          r"ich habe (?:das )?(?:noch )?(?:nie|nicht) (?:\w+ )?(?:gemacht|erlebt|getan)",
    "it": r"non (?:l'|lo )?ho mai|mai avuto|nessuna esperienza|non mi [èe] mai capitato|non l'ho (?:ancora )?fatto|"
          r"non ho (?:ancora )?fatto",
    "pt": r"nunca (?:o |a |isso )?(?:tive|passei|fiz|me aconteceu)|n[ãa]o tenho experi[êe]ncia|"
          r"(?:ainda )?n[ãa]o (?:o |a )?fiz|n[ãa]o (?:o |a )?tenho feito",
}


def says_not_done(answer: str) -> bool:
    """Whether ``answer`` says, in Spanish, French, German, Italian or Portuguese, that the candidate has not done
    what was asked ("Das habe ich noch nicht gemacht", "Je ne l'ai jamais fait", "Nunca lo he hecho", "Non l'ho mai
    fatto", "Nunca fiz isso"): the kind move-on then fits, never "what exactly did you do?"."""
    return any(_re(_NOT_EXPERIENCED, lang).search(answer or "") for lang in LANGUAGES)


_OUTCOME = {
    "es": r"al final|como resultado|el resultado|desde entonces|gracias a (?:eso|esto|ello)|funcion[óo]|aprob[óo]|"
          r"sub(?:i[óo]|ieron)|baj(?:[óo]|aron)|consigui(?:[óo]|eron)|logr(?:[óo]|aron)|mejor(?:[óo]|aron)",
    "fr": r"au final|finalement|le r[ée]sultat|r[ée]sultat|depuis|gr[âa]ce à (?:cela|ça)|a (?:fonctionn[ée]|baiss[ée]|"
          r"augment[ée]|r[ée]ussi|diminu[ée])|ont (?:baiss[ée]|augment[ée]|r[ée]ussi)",
    "de": r"am ende|schlie(?:ß|ss)lich|das ergebnis|ergebnis|seitdem|dadurch|(?:ge)?sunken|sank|gestiegen|stieg|"
          r"geschafft|bestanden|funktioniert",
    "it": r"alla fine|il risultato|risultato|da allora|grazie a (?:questo|ci[òo])|ha funzionato|[èe] (?:migliorat|"
          r"scesa?|salit|aumentat|diminuit)\w*",
    "pt": r"no final|no fim|o resultado|resultado|desde ent[ãa]o|gra[çc]as a (?:isso|isto)|funcionou|melhorou|"
          r"baixou|subiu|aumentou|diminuiu|conseguiu",
}
_STEPS = {
    "es": STEPS["es"].pattern,
    "fr": r"\b(?:d'abord|ensuite|puis|enfin|premi[èe]rement|deuxi[èe]mement|[ée]tape|avant de|pour commencer)\b",
    "de": r"\b(?:zuerst|zun[äa]chst|dann|danach|anschlie(?:ß|ss)end|schlie(?:ß|ss)lich|erstens|zweitens|Schritt)\b",
    "it": r"\b(?:prima di tutto|innanzitutto|prima|poi|dopo|infine|in seguito|passo)\b",
    "pt": r"\b(?:primeiro|depois|em seguida|finalmente|por fim|passo|antes de)\b",
}


def _re(table: dict[str, str], lang: str) -> re.Pattern[str]:
    return _compiled(table[lang], table is _STEPS)  # the steps' patterns carry their own word bounds


@lru_cache(maxsize=128)
def _compiled(pattern: str, bare: bool) -> re.Pattern[str]:
    return re.compile(pattern if bare else rf"(?<![\w'’])(?:{pattern})(?![\w])", _I)


@lru_cache(maxsize=4096)
def _verb_person(word: str, lang: str) -> str:
    """"past", "now" or "plural" for a first-person verb of ``lang`` without its pronoun (by ending and lemma); ""."""
    endings = _VERB_ENDINGS.get(lang)
    if not endings or len(word) < 3:
        return ""
    for person in ("plural", "past", "now"):
        if word.endswith(endings[person]):
            infinitive = lemma(word, lang)
            if infinitive != word and infinitive.endswith(_INFINITIVE[lang]):
                return person
    return ""


def _persons(sentence: str, lang: str) -> tuple[int, int, bool]:
    """(first-person singular mentions, plural mentions, whether the speaker, alone or with others, did something
    in the past: a Spanish or Portuguese plural verb, "preparamos", is read as done, its tense being the present's
    too)."""
    words = re.findall(r"[^\W\d_]+", sentence.lower())
    kinds = [_verb_person(w, lang) for w in words]
    singular = len(_re(_SINGULAR, lang).findall(sentence)) + sum(k in {"past", "now"} for k in kinds)
    plural = len(_re(_PLURAL, lang).findall(sentence)) + kinds.count("plural")
    irregular = lang in _IRREGULAR_PAST and _re(_IRREGULAR_PAST, lang).search(sentence)
    past = "past" in kinds or bool(irregular) or any(lang in said and re.search(said[lang], sentence, _I)
                                                     for said in (_PAST_SAID, _PLURAL_PAST_SAID))
    return singular, plural, past or (lang in {"es", "pt"} and "plural" in kinds)


def own_occasion(answer: str, lang: str) -> bool:
    """Whether ``answer`` (in ``lang``) tells an occasion of the candidate's own: a past time, or a sentence that
    says in the first person what was done, outside a denial ("Nunca he tenido un caso así")."""
    if _re(_PAST_TIME, lang).search(answer):
        return True
    denial = _re(_NOT_EXPERIENCED, lang)
    return any(_persons(s, lang)[2] and not denial.search(s) for s in sentences(answer))


def has_result(answer: str, lang: str) -> bool:
    """Whether ``answer`` tells an outcome: a figure, a change between two measures, a verb of result or the
    language's words of outcome."""
    return (bool(re.search(r"\d", answer)) or measured_change(answer) or result_verb(answer)
            or bool(_re(_OUTCOME, lang).search(answer)))


def we_throughout(answer: str, lang: str) -> bool:
    """"We" throughout: three first-person plural mentions or more, and a third as many singular ones or fewer."""
    singular, plural = 0, 0
    for sentence in sentences(answer):
        one, many, _past = _persons(sentence, lang)
        singular, plural = singular + one, plural + many
    return plural >= 3 and singular * 3 <= plural


def plural_said(lang: str) -> re.Pattern[str] | None:
    """A pattern of a sentence that says what "we" did in ``lang`` (its plural pronoun or verb), for the follow-up's
    quote; None for a language this module does not read."""
    if lang not in LANGUAGES:
        return None
    endings = "|".join(_VERB_ENDINGS[lang]["plural"]) if lang in _VERB_ENDINGS else ""
    verbs = rf"|\w{{3,}}(?:{endings})" if endings else ""
    return re.compile(rf"(?<![\w'’])(?:{_PLURAL[lang]}{verbs})(?!\w)", _I)


def documents_reason(question: str, answer: str, lang: str, *, hypothetical: bool, qtype: str) -> str | None:
    """The follow-up reason (:data:`core.coach.follow_up.FOLLOW_UP_REASONS`) for ``answer`` in ``lang``, the
    documents' language, to ``question``: ``hypothetical`` and ``qtype`` are the question's reading
    (:func:`core.coach.follow_up.asks_hypothetical`, :func:`core.coach.question_types.question_type`). None when
    nothing is missing; the rules are :func:`core.coach.follow_up.follow_up_reason`'s."""
    experience = qtype == "behavioural" and not hypothetical
    example = own_occasion(answer, lang)
    if experience and _re(_NOT_EXPERIENCED, lang).search(answer) and not example:
        return "not_experienced"  # as in English, before the non-answer: offer the closest thing
    if says_dont_know(answer, lang) and dont_know_only(answer):
        return "non_answer"
    # the scorer's modules, which relevance_across imports, import this one
    from core.coach.relevance_across import off_question_across

    figures = bool(re.search(r"\d", answer))
    if count_words(answer) < SHORT_WORDS and not figures:
        # a short answer that takes up none of the question: the scorer's reading too, asked again as an English
        # answer about something else (session 21); a longer story keeps its reasons (what it lacks), as before
        return "non_answer" if off_question_across(question, answer, lang) else "too_short"
    if hypothetical:
        steps = _re(_STEPS, lang).search(answer)
        return None if steps or figures else "no_steps"
    if qtype in {"behavioural", "technical"} and not (example or figures):
        return "no_example"
    if we_throughout(answer, lang):
        return "we_not_i"
    if experience and not has_result(answer, lang):  # a plan has no outcome to ask (core.coach.follow_plan)
        return "no_result" if example and not plan_only(answer, lang, lambda s: own_occasion(s, lang)) else "no_example"
    return None
