"""Talk about the answer, not part of it: "Good question.", "As I said before, …", "It is on my CV, but in short: …",
"I think that's all.", "Hope that answers your question." (re-check, session 26: such sentences came back under "Result:"
and "Situation:" in the stronger answer, which gives a candidate only what they could say in an interview). In English,
German, Spanish and French, the languages whose answers the stronger answer lays out.

:func:`without_talk` takes it off one sentence: a sentence that is only talk becomes "", a lead-in ("As I said before,",
"Wie gesagt,", "Como dije antes,") or a tail (", as I said") is cut off and the rest kept as said. What is left is never
reworded: only whole talk clauses go, at their comma or colon.
"""

from __future__ import annotations

import re

# A remark on the question ("Good question", "Gute Frage", "Buena pregunta", "Bonne question").
_ON_QUESTION = (r"(?:(?:that's|that is|what|it's|it is|such)\s+(?:a|an)\s+)?(?:really\s+|very\s+)?(?:good|great|interesting|"
                r"fair|tough|nice|excellent)\s+question|(?:eine\s+|sehr\s+)?(?:gute|interessante|spannende)\s+frage|"
                r"(?:es\s+una\s+|qu[eé]\s+)?(?:muy\s+)?buena\s+pregunta|(?:c'est\s+une\s+)?(?:tr[eè]s\s+)?bonne\s+question")
# What was said before, pointed back to ("as I said before", "wie gesagt", "como dije antes", "comme je l'ai dit").
_SAID_BEFORE = (r"(?:as|like)\s+I\s+(?:said|mentioned|told you|explained)(?:\s+(?:before|earlier|above|already|"
                r"previously))?|as\s+(?:I\s+)?(?:already\s+)?(?:said|mentioned)(?:\s+(?:before|earlier))?|"
                r"wie\s+(?:schon\s+|bereits\s+)?(?:gesagt|erw[äa]hnt)|wie\s+ich\s+(?:schon\s+|bereits\s+)?(?:sagte|gesagt habe|"
                r"erw[äa]hnt habe)|como\s+(?:ya\s+)?(?:dije|he dicho|mencion[eé]|coment[eé]|te dije|le dije)(?:\s+antes)?|"
                r"comme\s+je\s+(?:l'ai|vous l'ai)\s+(?:dit|mentionn[ée])(?:\s+avant)?")
# The CV pointed to instead of told ("it is on my CV", "steht in meinem Lebenslauf", "está en mi CV").
_ON_CV = (r"(?:it's|it is|that's|that is|this is|it's all|it is all|all that is|all of that is|everything is)\s+(?:all\s+)?"
          r"(?:also\s+)?(?:on|in)\s+my\s+(?:cv|resume|résumé)(?:\s+(?:as well|too|already))?|(?:you\s+can|as\s+you\s+can|"
          r"as\s+you'll|you'll)\s+(?:see|tell)\s+(?:it\s+|that\s+|this\s+|all\s+that\s+)?(?:on|in|from)\s+my\s+"
          r"(?:cv|resume|résumé)|"
          r"(?:das\s+|es\s+)?steht\s+(?:auch\s+|alles\s+|ja\s+)*(?:so\s+)?in\s+meinem\s+lebenslauf|siehe\s+lebenslauf|"
          r"(?:todo\s+)?(?:est[aá]|viene|aparece|sale)\s+(?:todo\s+)?(?:tambi[eé]n\s+)?en\s+mi\s+(?:cv|curr[ií]culum)|"
          r"c'est\s+(?:aussi\s+|d[ée]j[àa]\s+)?(?:dans|sur)\s+mon\s+cv")
# The answer declared over ("I think that's all", "that's about it", "das war's", "eso es todo", "c'est tout").
_THE_END = (r"(?:(?:so|and|well|yeah|yes|ok|okay)\s*,?\s+)?(?:I\s+think\s+|I\s+guess\s+|I\s+suppose\s+)?(?:that's|that is)\s+"
            r"(?:all|it|about it|about all|pretty much it|pretty much all|everything)(?:\s+(?:really|from me|I think|I can say|"
            r"for now|I have))?|(?:I\s+)?hope\s+(?:that|this)\s+answers\s+(?:your|the)\s+question|does\s+(?:that|this)\s+"
            r"answer\s+(?:your|the)\s+question|(?:ich\s+glaube,?\s+)?das\s+(?:war's|war es|wär's|ist alles|w[äa]re es)"
            r"(?:\s+(?:eigentlich|auch schon|schon))?|mehr\s+gibt\s+es\s+(?:dazu\s+)?nicht\s+zu\s+sagen|"
            r"(?:creo\s+que\s+)?eso\s+(?:es|ser[ií]a)\s+todo|y\s+ya\s+est[aá]|nada\s+m[aá]s|(?:je\s+crois\s+que\s+)?"
            r"c'est\s+tout")
# Thinking aloud and pointing to the question ("Let me think", "To answer your question", "I mentioned this earlier").
_ASIDE = (r"let\s+me\s+(?:think|see)|give\s+me\s+a\s+(?:second|moment|sec)|where\s+do\s+I\s+(?:start|begin)|"
          r"to\s+answer\s+(?:your|the)\s+question|I\s+(?:mentioned|said|explained|covered)\s+(?:this|that|it)\s+"
          r"(?:earlier|before|already)|lass(?:en\s+Sie)?\s+mich\s+(?:kurz\s+)?(?:überlegen|nachdenken)|um\s+(?:ihre|deine)\s+"
          r"frage\s+zu\s+beantworten|d[ée]jame\s+pensar|para\s+responder\s+a\s+(?:su|tu)\s+pregunta")
_TALK = f"(?:{_ON_QUESTION}|{_SAID_BEFORE}|{_ON_CV}|{_THE_END}|{_ASIDE})"
# What may stay around talk and says nothing either ("Anyway, that's it.", "So yeah, that's all.", "Eso sería todo, gracias").
_EMPTY_RE = re.compile(r"^\W*(?:(?:so|yeah|yes|anyway|okay|ok|well|and|um|uh|right|thanks|thank you|gracias|danke|merci|"
                       r"also|ja|pues|bueno|vale)\W*)*$", re.IGNORECASE)
# A German sentence whose lead-in talk held its first place: the verb then the subject is left ("Wie bereits erwähnt, habe
# ich fünf Jahre…" -> "habe ich fünf Jahre…"); the two swapped back, no word added ("Ich habe fünf Jahre…").
_VERB_FIRST_DE_RE = re.compile(r"^([a-zäöüß]+)\s+(ich|wir|man)\b", re.IGNORECASE)
_GERMAN_LEAD_RE = re.compile(r"^\W*(?:wie\b|um\s+(?:ihre|deine)\b|lass)", re.IGNORECASE)
_APOSTROPHE_RE = re.compile(r"[’‘]")
# A sentence that is only talk, its stop and any "really", "honestly" aside.
_ONLY_TALK_RE = re.compile(rf"^\W*{_TALK}(?:\s*[,;]\s*{_TALK})*\s*[.!?…]*\s*$", re.IGNORECASE)
# Talk opening a sentence, set off by a comma, colon or dash, then "but in short", "anyway" and the like.
_TALK_LEAD_RE = re.compile(rf"^\W*{_TALK}\s*(?:[,:;—–-]\s*|\s+(?=but\b))(?:(?:but|anyway|so|and)\s*,?\s+)?"
                           r"(?:(?:in short|briefly|basically|in a nutshell|kurz gesagt|kurz|en resumen|en breve|bref)\s*[,:]?\s+)?",
                           re.IGNORECASE)
# Talk closing a sentence after a comma (", as I said before.", ", wie gesagt.").
_TALK_TAIL_RE = re.compile(rf"\s*[,;—–-]\s*{_TALK}\s*(?=[.!?…]*\s*$)", re.IGNORECASE)


def without_talk(sentence: str) -> str:
    """``sentence`` without its talk about the answer (see the module docstring): "" when it is only talk ("As I said
    before, it is on my CV."), else the rest as said, its first letter as the sentence had it ("It is on my CV, but in
    short: at Dunmore Council…" -> "At Dunmore Council…"). Shape: a string, a piece of ``sentence`` or ""."""
    plain = _APOSTROPHE_RE.sub("'", sentence)  # "that’s all" as "that's all"; the sentence given back keeps its own marks
    if _ONLY_TALK_RE.match(plain):
        return ""
    start = 0
    while (lead := _TALK_LEAD_RE.match(plain[start:])) and lead.end():
        start += lead.end()
        if _ONLY_TALK_RE.match(plain[start:]):
            return ""
    end = len(plain)
    if tail := _TALK_TAIL_RE.search(plain, start):
        end = tail.start()
    if start == 0 and end == len(plain):
        return sentence
    rest = sentence[start:end].strip()
    if _EMPTY_RE.match(rest):
        return ""  # "Anyway, that's it.": nothing but the talk and a filler word
    if end < len(plain):
        rest = rest.rstrip(" ,;") + (plain[len(plain.rstrip('.!?…')):] or ".")
    if start and (verb_first := _VERB_FIRST_DE_RE.match(rest)) and _GERMAN_LEAD_RE.match(plain):
        rest = f"{verb_first.group(2)} {verb_first.group(1).lower()}{rest[verb_first.end():]}"
    first = sentence.lstrip()[:1]
    return rest[:1].upper() + rest[1:] if first.isupper() and rest else rest
