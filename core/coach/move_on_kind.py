"""The kind move-on after "I don't know" fits the kind of question, in the answer's language (issue 15, session 22).

"The role calls for anglais courant indispensable… Which piece of that work comes closest…?" answered "Je ne sais
pas." got "That's fine, not everyone has. Then tell me how you would handle it: what would you do first, and who would
you involve?": the move-on for a situation never met, in English. A question about a language the candidate speaks,
or about a piece of knowledge or a named tool, is not a situation to handle: "I don't know" there is not "I haven't
done that". :func:`kind_move_on` gives the move-on of that kind (where the language or the knowledge has been used so
far, even a little, and how it would be built up or learned here), in the language the answer says it does not know
in (:data:`core.analysis.cues_non_answer.NON_ANSWER`: English, Spanish, French, German, Italian, Portuguese). Other
questions keep the closest-thing move-on (:data:`core.coach.follow_up.KIND_MOVE_ONS`).

A question grounded in the CV ("This job involves risk assessment. Your CV points to related experience…", "…, which
your CV shows") answered "I don't know." got "That's fine, not everyone has." (session 22 re-check B7): the question had
just said the CV shows it. Its move-on (kind "cv") asks for the piece of that work the candidate knows best.
"""

from __future__ import annotations

import re

from core.analysis.cues_non_answer import NON_ANSWER

# languages as a question names them, in English and in the five other languages the coach reads
_LANGUAGE_RE = re.compile(
    r"\b(?:english|french|german|spanish|italian|portuguese|dutch|polish|arabic|mandarin|chinese|japanese|russian|"
    r"welsh|gaelic|urdu|hindi|punjabi|turkish|romanian|catalan|valencian|basque|swedish|danish|norwegian|greek|"
    r"anglais|fran[çc]ais|allemand|espagnol|italien|portugais|"
    r"ingl[eé]s|franc[eé]s|alem[aá]n|espa[ñn]ol|italiano|portugu[eé]s|valenciano|catal[aá]n|"
    r"englisch|franz[öo]sisch|deutsch|spanisch|italienisch|portugiesisch|"
    r"inglese|francese|tedesco|spagnolo|portoghese|alem[ãa]o|espanhol|franc[eê]s|ingl[eê]s)\b", re.IGNORECASE)
# a question about knowing something rather than a situation met: "knowledge of", "familiar with", "do you know"
_KNOWLEDGE_RE = re.compile(r"\b(?:knowledge of|familiar(?:ity)? with|do you know|how well do you know|"
                           r"proficien\w*|fluent|fluency|speak|spoken|written (?:english|french|german|spanish))\b",
                           re.IGNORECASE)

# "I haven't done that", "Je n'ai jamais fait ça": a situation not met, which the closest-thing move-on fits
_NOT_DONE_RE = re.compile(r"\b(?:haven'?t|have not|never|done|worked|experience|jamais|fait|exp[ée]rience|nunca|"
                          r"hecho|experiencia|nie|noch nicht|gemacht|erfahrung|mai|fatto|esperienza|fiz|"
                          r"experi[êe]ncia)\b", re.IGNORECASE)

# a question that says the CV shows the work ("Your CV points to related experience", "which your CV shows", "You list
# SQL on your CV"), not one saying it does not ("which I don't see on your CV", "your CV doesn't show directly")
_CV_SHOWS_RE = re.compile(r"\byour (?:CV|r[ée]sum[ée]) (?:shows|points to|lists|mentions|says|names)\b|"
                          r"\bwhich your (?:CV|r[ée]sum[ée]) shows\b|\byou list\b[^.?!:]{0,80}\bon your (?:CV|r[ée]sum[ée])\b",
                          re.IGNORECASE)
_CV_LACKS_RE = re.compile(r"\b(?:don'?t|do not|doesn'?t|does not|isn'?t|is not|can'?t|cannot|not)\b[^.?!]{0,40}"
                          r"\b(?:your|the) (?:CV|r[ée]sum[ée])\b|\byour (?:CV|r[ée]sum[ée]) (?:doesn'?t|does not)\b",
                          re.IGNORECASE)

_MOVE_ONS: dict[str, dict[str, tuple[str, str]]] = {
    "cv": {
        "en": ("That's all right. Take the piece of that work on your CV you know best, even a small one: what was "
               "your own part in it, and how did it go?",
               "No problem. Think of one time from the work on your CV, even a small one: what did you do yourself, "
               "and what came of it?"),
        "fr": ("Ce n'est pas grave. Prenez la partie de ce travail de votre CV que vous connaissez le mieux, même "
               "petite : quel a été votre rôle, et comment cela s'est-il passé ?",
               "Pas de souci. Pensez à une fois tirée du travail de votre CV, même modeste : qu'avez-vous fait "
               "vous-même, et qu'en est-il ressorti ?"),
        "es": ("No pasa nada. Tome la parte de ese trabajo de su CV que mejor conozca, aunque sea pequeña: ¿qué hizo "
               "usted y cómo salió?",
               "No se preocupe. Piense en una ocasión del trabajo que figura en su CV, aunque sea pequeña: ¿qué hizo "
               "usted y qué resultó?"),
        "de": ("Kein Problem. Nehmen Sie den Teil dieser Arbeit aus Ihrem CV, den Sie am besten kennen, auch einen "
               "kleinen: Was war Ihr eigener Anteil, und wie ging es aus?",
               "Kein Problem. Denken Sie an ein Mal aus der Arbeit in Ihrem CV, auch ein kleines: Was haben Sie selbst "
               "getan, und was ist daraus geworden?"),
        "it": ("Nessun problema. Prenda la parte di quel lavoro nel suo CV che conosce meglio, anche piccola: qual è "
               "stato il suo ruolo, e com'è andata?",
               "Non si preoccupi. Pensi a una volta tratta dal lavoro nel suo CV, anche piccola: cosa ha fatto lei, e "
               "cosa ne è venuto fuori?"),
        "pt": ("Não faz mal. Pegue na parte desse trabalho do seu CV que conhece melhor, mesmo pequena: qual foi o "
               "seu papel, e como correu?",
               "Não se preocupe. Pense numa vez tirada do trabalho do seu CV, mesmo pequena: o que fez você mesmo, e o "
               "que resultou?"),
    },
    "language": {
        "en": ("That's all right. Where have you used the language so far, even a little: with a customer, a colleague "
               "or in writing? And how would you build it up here?",
               "No problem. Tell me about the last time you needed the language, even briefly, and what you would do "
               "to get more fluent in your first months here."),
        "fr": ("Ce n'est pas grave. Où avez-vous déjà utilisé cette langue, même un peu : avec un client, un collègue "
               "ou par écrit ? Et comment la développeriez-vous ici ?",
               "Pas de souci. Racontez-moi la dernière fois où vous en avez eu besoin, même brièvement, et ce que vous "
               "feriez pour progresser pendant vos premiers mois ici."),
        "es": ("No pasa nada. ¿Dónde ha usado ya ese idioma, aunque sea un poco: con un cliente, un compañero o por "
               "escrito? ¿Y cómo lo mejoraría aquí?",
               "No se preocupe. Cuénteme la última vez que lo necesitó, aunque fuera brevemente, y qué haría para "
               "mejorarlo en sus primeros meses aquí."),
        "de": ("Kein Problem. Wo haben Sie diese Sprache schon genutzt, auch nur ein wenig: mit Kunden, Kollegen oder "
               "schriftlich? Und wie bauen Sie sie hier weiter aus?",
               "Kein Problem. Erzählen Sie mir vom letzten Mal, als Sie die Sprache gebraucht haben, auch nur kurz, und "
               "was Sie in Ihren ersten Monaten hier tun, um sicherer zu werden."),
        "it": ("Nessun problema. Dove ha già usato questa lingua, anche solo un po': con un cliente, un collega o per "
               "iscritto? E come la migliorerebbe qui?",
               "Non si preoccupi. Mi racconti l'ultima volta che le è servita, anche solo per poco, e cosa farebbe per "
               "migliorarla nei primi mesi qui."),
        "pt": ("Não faz mal. Onde já usou essa língua, mesmo que pouco: com um cliente, um colega ou por escrito? E "
               "como a melhoraria aqui?",
               "Não se preocupe. Conte-me a última vez que precisou dela, mesmo que por pouco tempo, e o que faria para "
               "a melhorar nos primeiros meses aqui."),
    },
    "knowledge": {
        "en": ("That's all right. Where have you come closest to it so far, even a little, and how would you learn it "
               "in your first weeks here?",
               "No problem. What do you know of it already, even the basics, and how would you get up to speed?"),
        "fr": ("Ce n'est pas grave. Où vous en êtes-vous le plus approché jusqu'ici, même un peu, et comment "
               "l'apprendriez-vous pendant vos premières semaines ici ?",
               "Pas de souci. Qu'en savez-vous déjà, même les bases, et comment vous mettriez-vous à niveau ?"),
        "es": ("No pasa nada. ¿Dónde se ha acercado más a ello hasta ahora, aunque sea un poco, y cómo lo aprendería "
               "en sus primeras semanas aquí?",
               "No se preocupe. ¿Qué sabe ya de ello, aunque sea lo básico, y cómo se pondría al día?"),
        "de": ("Kein Problem. Wo sind Sie dem bisher am nächsten gekommen, auch nur ein wenig, und wie lernen Sie es "
               "in Ihren ersten Wochen hier?",
               "Kein Problem. Was wissen Sie schon darüber, auch nur die Grundlagen, und wie arbeiten Sie sich "
               "hier ein?"),
        "it": ("Nessun problema. Dove ci si è avvicinato di più finora, anche solo un po', e come lo imparerebbe "
               "nelle prime settimane qui?",
               "Non si preoccupi. Cosa ne sa già, anche solo le basi, e come si metterebbe al passo?"),
        "pt": ("Não faz mal. Onde chegou mais perto disso até agora, mesmo que pouco, e como o aprenderia nas "
               "primeiras semanas aqui?",
               "Não se preocupe. O que já sabe sobre isso, mesmo o básico, e como se atualizaria?"),
    },
}


def question_kind(question: str) -> str:
    """"language" for a question about a language the candidate speaks or writes, "cv" for one grounded in the CV
    (:data:`_CV_SHOWS_RE`: "Your CV points to related experience", "which your CV shows"), "knowledge" for one about
    knowing something or a named tool ("knowledge of", "familiar with", "The role asks for Excel…"), else ""."""
    from core.coach.topic_tools import asked_tools

    text = question or ""
    if _LANGUAGE_RE.search(text):
        return "language"
    if _CV_SHOWS_RE.search(text) and not _CV_LACKS_RE.search(text):
        return "cv"
    return "knowledge" if _KNOWLEDGE_RE.search(text) or asked_tools(text) else ""


def answer_language(answer: str) -> str:
    """The language ``answer`` says "I don't know" in (:data:`core.analysis.cues_non_answer.NON_ANSWER`), English
    first; "en" when none does."""
    return next((lang for lang, pattern in NON_ANSWER.items() if pattern.search(answer or "")), "en")


def kind_move_on(question: str, answer: str, variant: int = 0) -> str:
    """The move-on after "I don't know" to a language, CV-grounded or knowledge ``question`` (:func:`question_kind`), in the
    language of ``answer`` (:func:`answer_language`), wording ``variant`` (0 or 1, wrapping); "" for other
    questions and for an answer saying it has not done it ("I haven't done that": the closest-thing move-on)."""
    kind = question_kind(question)
    if not kind or _NOT_DONE_RE.search(answer or "") or not any(p.search(answer or "") for p in NON_ANSWER.values()):
        return ""
    texts = _MOVE_ONS[kind].get(answer_language(answer), _MOVE_ONS[kind]["en"])
    return texts[variant % len(texts)]
