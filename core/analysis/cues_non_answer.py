"""Saying one does not know or has not done it, at an answer's start, in every language the coach reads.

Moved out of :mod:`core.analysis.cues` (session 21, no behaviour change) so the table can grow; still read as
``cues.NON_ANSWER`` and ``cues.says_dont_know``.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

NON_ANSWER = {  # each language's "I (really) don't know", "I have never done that" and passes, at the answer's start
    "en": re.compile(r"^\s*(?:(?:honestly|to be honest|sorry|um+|well|hmm+|erm)[,.]?\s+)?(i\s+(?:really\s+|honestly\s+|just\s+)?"
                     r"(?:don'?t|do not)\s+know|no idea|not sure|i'?m not sure|i have no (?:idea|experience)|i (?:haven'?t|have not|never) "
                     r"(?:done|had|worked)|pass|skip|n/?a|nothing|no comment|can we skip|next question|i can'?t (?:think|remember)|"
                     r"i don'?t (?:have|remember|really know)|i['’]?d rather not (?:say|answer|comment|go into (?:it|that|this))|"
                     r"i would rather not (?:say|answer|comment)|i(?:['’]d| would)? prefer not to (?:say|answer|comment)|"
                     r"it depends(?=[\s.!?…]*$))\b", _I),
    "es": re.compile(r"^\s*(?:(?:la verdad|sinceramente|perd[oó]n|lo siento)[,.]?\s+)?((?:(?:realmente|de verdad|pues) )?no (?:lo )?s[eé]|ni idea|paso|siguiente pregunta|no tengo (?:ni )?idea|no me acuerdo|"
                     r"nunca (?:lo |la |eso )?(?:he hecho|hice)|nunca (?:he|hab[ií]a) \w+(?:ado|ido|to|cho)\b|no sabr[ií]a|no se me ocurre nada|no (?:lo |la )?he hecho (?:nunca|todav[ií]a|a[uú]n)?|no tengo experiencia|prefiero no (?:contestar|responder|decir(?:lo)?|hablar de (?:eso|ello)))\b", _I),
    "fr": re.compile(r"^\s*(?:(?:honn[êe]tement|d[ée]sol[ée]e?|euh|franchement)[,.]?\s+)?(je (?:ne )?(?:le )?sais (?:vraiment )?pas|j['’]?sais pas|aucune id[eé]e|je passe|question suivante|"
                     r"je ne me souviens pas|je ne vois pas|rien ne me vient|je n['’]ai jamais \w+[ée]e?s?\b|je n['’]ai (?:jamais|pas(?: encore)?) fait (?:[çc]a|cela)|je ne l['’]ai (?:jamais|pas(?: encore)?) fait|je n['’]ai (?:aucune |pas d['’])exp[ée]rience|je pr[ée]f[èe]re ne pas (?:r[ée]pondre|en parler|le dire))\b", _I),
    "de": re.compile(r"^\s*(?:(?:ehrlich gesagt|sorry|tut mir leid|hm+|also|leider)[,.]?\s+)?((?:das )?ich wei(?:ß|ss) "
                     r"(?:es |das )?(?:wirklich |leider |ehrlich gesagt |echt )?nicht|(?:das )?wei(?:ß|ss) (?:ich )?(?:wirklich |leider |echt )?nicht|(?:ich habe )?keine ahnung|n[äa]chste frage|ich passe|"
                     r"(?:(?:das|so etwas|sowas) habe ich|ich habe (?:das |so etwas |sowas )?) ?(?:noch )?(?:nie|nicht) (?:\w+ ){0,2}(?:gemacht|erlebt|getan)|ich habe (?:damit )?keine erfahrung|(?:(?:da |dazu )?f[äa]llt mir|mir f[äa]llt) (?:da |dazu )?(?:gerade |jetzt |spontan |leider )?nichts ein|(?:das )?kann ich (?:leider |so )?nicht sagen|"
                     r"(?:dazu|dar[üu]ber) m[öo]chte ich (?:lieber )?(?:nichts sagen|nicht sprechen|nicht reden)|"
                     r"ich m[öo]chte (?:lieber )?nicht (?:antworten|dar[üu]ber (?:sprechen|reden)))\b", _I),
    "it": re.compile(r"^\s*(?:(?:sinceramente|scusa|scusi|mi dispiace|boh)[,.]?\s+)?((?:davvero )?non (?:lo )?so|nessuna idea|non ne ho idea|prossima domanda|non ricordo|"
                     r"non l['’]ho (?:mai|ancora) fatto|non ho mai fatto|non ho esperienza|preferisco non (?:rispondere|dirlo|parlarne))\b", _I),
    "pt": re.compile(r"^\s*(?:(?:sinceramente|desculpe?|olha)[,.]?\s+)?((?:realmente )?n[ãa]o (?:o )?sei|n[ãa]o fa[çc]o ideia|nenhuma ideia|pr[óo]xima pergunta|"
                     r"n[ãa]o me lembro|nunca fiz (?:isso|isto)|(?:ainda )?n[ãa]o fiz (?:isso|isto)|n[ãa]o tenho experi[êe]ncia|prefiro n[ãa]o (?:responder|dizer|falar sobre isso))\b", _I),
}


def says_dont_know(text: str, lang: str = "en") -> re.Match[str] | None:
    """Where ``text`` opens by saying the speaker does not know or passes ("I don't know", "No lo sé", "Je ne sais
    pas", "Keine Ahnung", "Non lo so", "Não sei"), in ``lang`` first, then in any language of :data:`NON_ANSWER`
    (a three-word "No lo sé" is too short for the language detector, so it reads as English); None otherwise.
    The one recogniser of the scorer and the chat."""
    first = NON_ANSWER.get(lang, NON_ANSWER["en"]).search(text or "")
    return first or next((m for pattern in NON_ANSWER.values() if (m := pattern.search(text or ""))), None)
