"""Wishes, plans and negations: the one source of the words that tell what the candidate wants, plans or has not done,
in the six languages the coach reads (English, Spanish, Portuguese, Italian, French, German), each language once.

Three places read them (session 18: they were written in three, each language's words scattered):

* :data:`core.coach.evidence.WISH_RE` and :data:`core.coach.evidence.NEGATION_RE`: a requirement is no evidence where
  the candidate only wants it or says they lack it (:data:`WISHES`, :data:`NEGATIONS`; English and the five others);
* :func:`core.coach.evidence.own_statement` also reads :data:`RELATIVE_WISH` (a wish told of the requirement after it:
  "…, which I'd like to own") and :func:`others_act` (someone else's act: "…was done by our workforce team");
* :data:`core.coach.first_person.FOREIGN_WISH` and :data:`core.coach.first_person.FOREIGN_NEGATION_RE`: the same in
  the five languages that drop or keep their pronoun (:func:`foreign`);
* :data:`core.coach.stronger_kinds.WISH_RE` (a plan for a next role, no part of a story: :data:`STORY_WISH`) and
  :data:`core.coach.stronger_motives._WANTS_RE` (a reason for wanting a role, under "Why this role": :data:`WANTS`),
  which share the candidate and the verbs of wanting (:data:`I_WOULD`, :data:`I_AM`, :data:`WANT_VERBS`).

Patterns are strings (regular-expression alternations), matched case-insensitively by their users; standard library only.
"""

from __future__ import annotations

import re

LANGUAGES = ("en", "es", "pt", "it", "fr", "de")

# The candidate, "would" or not, and the verbs of wanting: what a story's wish and a role's want share (session 17).
I_WOULD = r"\bI(?:'d| would)?"
I_AM = r"\bI(?:'m| am)"
WANT_VERBS = "want|like|love"

# A wish or a plan for a next role ("I want to move up to…", "I'd aim to build…", "I'm hoping to lead…"): never a story's
# result (session 16 re-check: "Result: I want to move up to mid-market deals… I'd aim to build £1m").
STORY_WISH = (rf"{I_WOULD}(?: really)? (?:{WANT_VERBS}|aim|hope|plan|intend|mean) to\b|\bI(?:'d| would) aim\b|"
              rf"{I_AM} (?:looking|keen|hoping|planning|aiming|ready) to\b|\bmy (?:aim|goal|plan) (?:is|would be)\b")
# What one wants from a next role ("I want a bigger store", "I'm looking for more scope"): a reason for it.
# ("I now want to run a unit", "I still want to…": the present role's "now" is no "Now:": session 18)
WANTS = (rf"{I_WOULD}(?: (?:now|also|still))? (?:{WANT_VERBS}) (?:a|an|to|more|the|bigger|larger)\b|"
         rf"{I_AM} (?:looking for|keen to|ready for)\b")

# A sentence telling a habit, where "I would" is what the candidate used to do ("Every Monday I would reconcile…").
HABIT = r"[^.!?]*\b(?:every|each|whenever|always|usually|often|used to)\b"
# "I would / I'd / I'll / I will / I'm going to" and a verb in its base form, in a sentence that tells no habit.
PLAN = (r"\b(?:I|we)(?:'m|’m| am|'re|’re| are) going to\s+(?!be\b)[a-z]{2,}\b|"
        rf"(?:^|(?<=[.!?] ))(?!{HABIT})[^.!?]*?\b(?:I|we)(?:'d|’d| would|'ll|’ll| will)\s+"
        r"(?:first\s+|then\s+|probably\s+|also\s+)?"
        r"(?!(?:\w+ed|been|done|made|built|led|run|taken|given|seen|written|set up|got|gotten|had|already|just|never|"
        r"always|usually|often|say|said|have|not|rather|be|like|love)\b)[a-z]{2,}\b")

# A wish, a plan or a hypothetical is no experience, in each language (session 17: "creo que lo aprendería rápido",
# "… mehr Verantwortung übernehmen möchte"): the conditional ("aprendería", "gostaria", "j'aimerais", "vorrei", "würde"),
# "want", "hope", "plan" and "going to". Spanish nouns that end like a conditional ("ingeniería", "secretaria") are not.
WISHES: dict[str, str] = {
    "en": (r"\b(?:want(?:s|ed)? to|hoping to|would like to|I'?d like to|hope to|"
           r"plan(?:ning)? to|keen to|eager to|looking forward to|will learn|aim to|I'?d love to|going to learn|"
           r"wish I)\b"
           # An intention or a willingness is no experience: "I would learn the warehouse side", "I'd be keen to",
           # "I can pick it up quickly", "I'm willing to train", "it would be new to me".
           r"|\b(?:I|we)(?:'d|'ll| would| will| could| can| shall|'m going to| am going to)\s+(?:\w+ly\s+)?(?:learn\b|pick\b|"
           r"get (?:up to speed|trained|to grips|familiar|some training|training)|train\b|study\b|read up|look into|shadow\b|"
           r"take (?:a|some) (?:course|training)|be (?:keen|happy|glad|eager|willing|open|ready|excited|quick))"
           r"|\b(?:willing|open|ready|happy|excited) to (?:learn|train|pick|develop|get|take on|grow)\b|\bnew to me\b"
           r"|\bquick (?:learner|to learn)\b"
           # "I'm ready to write my own menus", "I look forward to leading…": the candidate's readiness or eagerness is
           # no experience (session 18 newcomer); "the bid was ready to send" has no candidate and stays.
           r"|\bI(?:'m| am)(?: (?:now|really|more than|so|very|\w+ly))? (?:ready|excited|eager|thrilled|looking forward) to\b"
           r"|\bI(?: (?:really|very much|\w+ly))? look forward to\b"
           # A plan is no experience either: "For PCI DSS I would start with the SAQ", "I'd book a session with…",
           # "I'll map the scope first", "I'm going to…" (session 19: a plan was the coverage's evidence). Not "I'd
           # built" or "I'd already" (had), nor a habit told in a sentence of "every" or "whenever": :data:`HABIT`.
           rf"|{PLAN}"
           # what a next employer would let the candidate do is a wish for the new role: "your ward team would let me
           # do more medicines reconciliation", "If I joined, your site would give me the chance to…" (session 23)
           r"|\b(?:would|could|will|to) (?:let|allow|enable|give) (?:me|us)\b|\bif I (?:join(?:ed)?|came|come) (?:you|your|the|this|here)\b"),
    "es": (r"\b(?!(?:ingenier|librer|tesorer|mensajer|galer|panader|cafeter|bater|loter|enfermer|carpinter|peluquer|"
           r"fontaner|pasteler|ferreter|lavander|zapater|conserjer|cerrajer)ía\b)\w{2,}(?:ar|er|ir)ía\b|"
           r"\b(?:podría|haría|sabría|tendría|diría|quiero|quisiera|espero|planeo|voy a \w+(?:ar|er|ir))\b|"
           r"\b\w{2,}(?:aré|eré|iré)\b"),  # a plan in the future: "empezaré por el alcance"
    "pt": (r"\b(?:gostaria|adoraria|aprenderia|faria|poderia|saberia|conseguiria|trabalharia|usaria|utilizaria|dominaria|"
           r"adaptaria|ficaria|quero|pretendo|planeio|vou \w+(?:ar|er|ir))\b|\b\w{2,}(?:arei|erei|irei)\b"),
    "it": r"\b(?:vorrei|voglio|spero|\w+(?:are|ere|ire)i|farei|mi piacerebbe)\b|\b(?!però\b)\w{2,}(?:erò|irò)\b",
    "fr": r"\bj(?:e\s+|['’])\w+rai[st]?\b|\b(?:je veux|je souhaite|j['’]espère|je compte|je vais)\b",
    "de": r"\b(?:möchte|möchten|würde|würden|hoffe|ich plane|wünsche|ich will|ich werde|werde ich|wir wollen|wir werden|werden wir)\b",
}

# A plan told by when it would happen in the new role ("By day 90 I'd set up…", "In my first 60 days I would meet…",
# "Once I'm settled in, I'd run…", "Within my first quarter I'll run…"): the verb after it is planned, "set up" and "run"
# too, which :data:`PLAN` leaves out as they may be "I had set up" (session 21 re-check: "By day 90 I'd set up a
# fortnightly design critique for the mid-level designers" was the evidence of mentoring). "By 2022 I'd set up…" is past.
PLAN_FRAME = (r"\b(?:by (?:day|week|month) \w+|by (?:the end of )?(?:my|the) first \w+(?: \w+)?|"
              r"(?:in|within|during|over) (?:my|the) first (?:\w+ )?(?:days?|weeks?|months?|quarter|year)|"
              r"once I(?:'m|’m| am|'ve|’ve| have) (?:settled|in post|in the role|started|joined|up to speed)|"
              r"when I (?:start|join)\b|to get up to speed|in (?:this|the new) role)"
              r"[^.!?]*?\b(?:I|we)(?:'d|’d| would|'ll|’ll| will)\s+[a-z]{2,}")

# A wish told of what was just named, in a relative clause after it: "…includes health and safety, which I'd like to
# own", "…covers fire safety, which I'm keen to take on" (session 19: the first was quoted as evidence of health and
# safety). Matched at the start of the clause that follows the requirement's own.
RELATIVE_WISH = (rf"^[\s,]*(?:which|that)\s+(?:{I_WOULD}(?: really)? (?:{WANT_VERBS}|hope|aim|plan|intend|wish) to\b|"
                 r"I(?:'m|’m| am)(?: really)? (?:keen|eager|hoping|looking forward|excited|ready) to\b)")

# Someone else's act: the requirement done by another, a passive with its agent ("Capacity planning has always been
# done by our workforce team", "…was handled by the central payroll team"): no act of the candidate's, however many
# "our"s it has (session 19: that sentence, after "I haven't done that", was the evidence of capacity planning).
# "by me" is the candidate's own.
OTHERS_ACT = (r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?(?:\w+ed|done|run|led|made|built|kept|set|taken|"
              r"drawn|written|owned|held)\b(?:\s+(?:up|out|over|after|care of))?\s+(?:\w+\s+){0,2}?by\s+"
              r"(?!(?:me|myself|us|ourselves)\b)(?:our|the|a|an|their|his|her|its|another|other|someone|somebody)\b")

# A negation in each language ("I don't hold", "Mit SAP HCM habe ich noch nicht selbst gearbeitet"); Spanish "no" only
# before a verb of having, knowing or using (Portuguese "no" is "in the": "no projeto").
# "never" alone, in German: another party's failure told as "hat nie geliefert" (core.coach.blame)
NEVER_DE = r"nie|niemals"

NEGATIONS: dict[str, str] = {
    "en": (r"\b(?:don'?t|do not|didn'?t|did not|never|not yet|haven'?t|have not|hasn'?t|no experience|lack|without|"
           r"isn'?t|wasn'?t|cannot|can'?t|not (?:a|an|the|really|much)|no (?:formal|real)|yet to)\b"),
    "es": (r"\b(?:nunca|jamás|no (?:he|hemos|tengo|tenía|sé|conozco|domino|manejo|uso|usé|utilizo|trabajo|trabajé|hice|"
           r"hago))\b"),
    # "not only" is no negation: "Ich habe nicht nur verwandte Erfahrung, ich bin seit 2018 Schichtleitung" (23b)
    "pt": r"\b(?:nunca|não(?! só\b| apenas\b))\b",
    "it": r"\b(?:non(?! solo\b)|mai)\b",
    "fr": r"\b(?:jamais|ne)\b|\bn['’]",
    "de": r"\b(?:nicht(?! nur\b)|nie|niemals|kein(?:e[mnrs]?)?)\b",
}


def foreign(table: dict[str, str]) -> str:
    """The alternation of ``table``'s patterns for every language but English (:data:`LANGUAGES` order)."""
    return "|".join(f"(?:{table[lang]})" for lang in LANGUAGES if lang != "en")


def every(table: dict[str, str]) -> str:
    """The alternation of ``table``'s patterns for all six languages."""
    return "|".join(f"(?:{table[lang]})" for lang in LANGUAGES)


def compiled(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled as every user of this module reads it: case-insensitive."""
    return re.compile(pattern, re.IGNORECASE)


_OTHERS_ACT_RE = compiled(OTHERS_ACT)


def others_act(clause: str) -> bool:
    """Whether ``clause`` tells what it names as done by another (:data:`OTHERS_ACT`) with no "I" or "we" before it:
    "Capacity planning has always been done by our workforce team" is someone else's act, "I set up a rota that was
    adopted by the other sites" the candidate's."""
    found = _OTHERS_ACT_RE.search(clause)
    return bool(found) and not re.search(r"\b(?:I|we)\b", clause[:found.start()], re.IGNORECASE)
