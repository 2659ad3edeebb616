"""The wording cues the answer analysis looks for, in English and Spanish.

STAR (situation, task, action, result) is the usual structure for behavioural answers; the other
question types have their own parts (approach and steps, concepts and trade-offs, reasons, an
honest example and what the candidate does about it). Explicit labels ("Result: …", "RESULT - …",
"Resultado: …") are honoured first. A language the coach does not analyse has no cues: the scorer
then makes no claim that a part is missing.
"""

from __future__ import annotations

import re

from core.analysis.cues_non_answer import NON_ANSWER, says_dont_know  # noqa: F401 (the one table, kept here by name)
from core.analysis.cues_work import RESULT_MORE, SHARED_WORK_WORDS_MORE, WORK_WORDS_EN_MORE, WORK_WORDS_MORE
from core.words import HEDGING_KIND_OF

_I = re.IGNORECASE

LABEL_RE = re.compile(
    r"(?:^|(?<=[.!?;\n]))\s*(?P<label>situation|context|background|task|goal|action|actions|result|results|"
    r"outcome|situaci[oó]n|contexto|tarea|objetivo|acci[oó]n|acciones|resultado|resultados)\b\s*(?:[:\-–—]\s*|\n|\s+(?=[a-z]))",
    _I,
)
LABEL_PART = {
    "situation": "situation", "context": "situation", "background": "situation", "task": "task", "goal": "task",
    "action": "action", "actions": "action", "result": "result", "results": "result", "outcome": "result",
    "situacion": "situation", "situación": "situation", "contexto": "situation", "tarea": "task",
    "objetivo": "task", "accion": "action", "acción": "action", "acciones": "action", "resultado": "result",
    "resultados": "result",
}

# The past-tense verbs that tell what "I" did (the STAR action).
# What the candidate was doing, in the past continuous ("I was knocking on every door on a street…", "I was calling
# each lead twice a day"): an act of theirs, the way they went about it (rc27 N9: "Missing: action"); never a state, a
# plan or a place of work ("I was working at…", "I was hoping…", "I was going to…").
_DOING = (r"I was (?:still |just |only |always |constantly )?"
          r"(?!(?:working|living|studying|going|hoping|thinking|trying|feeling|getting|being|waiting|planning|looking "
          r"forward|wondering|expecting|starting|beginning|leaving|moving|coming|staying|sitting|standing|having|doing "
          r"well|doing fine|struggling|training as|covering for|learning|enjoying|missing|running late)\b)[a-z]{3,}ing\b"
          r"(?=\s+\w)")
DOING_RE = re.compile(r"(?:(?:and|but|so|then|at first|back then|at the time),?\s+)?" + _DOING, _I)

_ACTION_PAST = (
    r"built|wrote|designed|led|set up|created|organi[sz]ed|analy[sz]ed|called|met|spoke|talked|asked|proposed|suggested|"
    r"decided|introduced|ran|started|changed|conducted|rewrote|added|moved|migrated|automated|mapped|reviewed|"
    r"interviewed|sat down|pulled|tested|prototyped|drafted|negotiated|escalated|trained|coached|implemented|"
    r"reworked|split|prioriti[sz]ed|told|scheduled|documented|tracked|checked|replaced|fixed|refactored|"
    r"profiled|contacted|explained|listened|offered|arranged|raised|presented|shadowed|grouped|used|went|put|"
    r"made|took|isolated|worked|paired|reached out|followed up|broke|booked|gave|focused|reassessed|informed|"
    r"administered|adjusted|planned|rebuilt|launched|shipped|calculated|compared|identified|noticed|"
    r"investigated|persuaded|convinced|brought|switched|pushed|agreed|emailed|phoned|visited|deployed|dissected|"
    r"reconciled|traced|audited|flagged|stopped|redesigned|negotiated|secured|mentored|measured|"
    r"re-?(?!ali[sz]ed|membered|called|ceived|quired|lied)[a-z]{3,}ed"  # "regrouped", "re-planned"
)

STAR_EN: dict[str, re.Pattern[str]] = {
    "situation": re.compile(
        r"\b(?i:when I (?:was|joined|worked|started)|at my (?:last|previous|current|old) (?:job|role|company|school|employer)|"
        r"in my (?:last|previous|current|first|second|third|final) (?:job|role|position|team|term|year|month|week|placement|"
        r"rotation|shift)|last (?:year|month|quarter|spring|summer|winter|autumn|christmas|easter|january|february|march|"
        r"april|june|july|august|september|october|november|december|term|semester|week(?!end))(?!['’]s)|earlier this (?:year|term|month|quarter)|"
        r"(?:a few|a couple of|several|two|three|four|five|six|\d+) (?:years|months|weeks) ago|"
        # "In early 2023", "back in the spring of 2021", "In March 2022"
        r"(?:in|back in) (?:(?:early|late|mid-?)\s?|the (?:spring|summer|autumn|fall|winter) of |(?:january|february|march|april|may|june|july|august|september|october|november|december) )?(?:19|20)\d{2}\b|"
        r"(?:the|a) \w+ (?:where|when) I (?:worked|was working|taught|volunteered|trained)|we had (?:a|an)|there was (?:a|an)|"
        r"(?:when|after) (?:our|my|the) (?:\w+ )?(?:manager|head|lead|boss|director|colleague|teacher|supplier|"
        r"client|system|team) (?:left|quit|retired|resigned|went|moved|changed|was|fell|broke|joined)|"
        r"the (?:situation|context|background|problem) was|one time|once,|on one (?:shift|occasion|project)|"
        # a named context: "during the audit", "during our ERP migration" (session 27)
        r"during (?:the|our|a|an|my) (?:\w+ )?(?:audit|inspection|migration|merger|launch|rollout|roll-out|pandemic|"
        r"lockdown|outage|incident|restructure|reorganisation|reorganization|move|handover|transition|project|pilot|"
        r"campaign|busy season|peak|winter|summer|night shift|placement|internship|rotation)|"
        r"I was working (?:at|on|as)|while I was|during my|a (?:client|customer|patient|colleague|subcontractor|"
        r"prospect|stakeholder|manager) (?:was|had|asked|complained|called))|\b[Aa]t (?:[A-Z][\w&]+)|"
        # who the work was for, named: "For the CoCo program board I built…" (re-check, session 26: "Missing: situation")
        r"(?:^|(?<=[.!?] ))For (?:the |our |my |a |an )?[A-Z][\w&-]*\b(?: [\w&-]+){0,3}? (?:board|team|client|customer|"
        r"department|office|school|ward|clinic|charity|council|company|firm|project|programme|program|course|"
        r"committee|unit|branch|site|store|group|agency|account|launch|campaign)\b",
    ),
    "task": re.compile(
        r"\b(my (?:role|job|task|goal|responsibility|aim) was|I was (?:asked|responsible|tasked|given|brought in)|"
        r"I (?:needed|had|wanted) to|the (?:goal|aim|target|task|brief|challenge|ask) was|I was in charge|"
        r"it was (?:my|up to me)|we needed to|our (?:goal|target) was|I owned|"
        # the brief given by someone else ("our head of sales asked me to", "the CEO tasked me with"), or taken on
        r"(?:asked|tasked|told|charged|trusted|hired|needed|wanted) me (?:to|with)|I had been (?:asked|told|given)|"
        r"it fell to me|I (?:volunteered|offered) to)",
        _I,
    ),
    "action": re.compile(
        r"\bI (?:was able to|managed to|\w+ed)\b[^.]{0,50}?\bby (?!the\b)\w{3,}ing\b|(?<!where )(?<!when )\bI (?:then |first |also |quickly |personally |immediately |once |finally |eventually |later |actually )?(?:"
        + _ACTION_PAST + r")\b(?!\s+(?:was|is|were)\b)|"  # "The lesson I took was…" is what was learned, not done
        # actions in a list after one "I" (issue 15, session 14): "I did the simulation, made a checklist, and ran
        # two drills": a later verb of the list is an action of the same "I"
        r"(?<!where )(?<!when )\bI (?!(?:would|will|could|can|should|might|may|must|think|believe|hope)\b)[a-z]+\b(?! not\b)[^.!?;:]{0,80}?(?:,\s*(?:and\s+)?|\s+and\s+)"
        r"(?:then\s+|also\s+)?(?:" + _ACTION_PAST + r")\b|\bI (?!(?:was|had|needed|wanted|used|liked|loved|felt|seemed|hoped)\b)[a-z]{3,}ed\b[^.!?;:]{0,100}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?(?:I\s+)?(?:did|made|took|got|sent|rang|kept|told|wrote|gave|found|spoke|met|[a-z]{3,}ed)\b"  # "I sorted them…, did the quick ones first, then chased…", "I followed it…, and I kept…" (session 21)
        r"|(?<!where )(?<!when )(?<!while )\b" + _DOING,  # "I was knocking on every door…" (rc27 N9)
        _I,
    ),
    "result": re.compile(  # never what was to be done: "the CFO wanted to cut spend", "to hit the target"
        r"\b(?<!\bto )(as a result|the result|resulted in|result was|in the end|ended up|outcome|which (?:meant|led)|this (?:meant|led)|"
        r"led to|so that we|reduced|increased|improved|cut(?!-)|saved|grew|dropped(?! (?:out|off)\b)|rose|halved|doubled|"
        r"fell(?! (?:ill|behind|over|off|out|through|asleep)\b)|went (?:from|up|down)|finished|delivered|signed|closed|won|renewed|passed|achieved|driving|"
        r"recovered|stabilised|stabilized|was discharged|got better|thanked|hit (?:our|the|my)|met (?:the|our) (?:deadline|target)|"
        r"on time|since then|by the end|feedback was|was able to|managed to|saved?|"
        # a consequence told as what followed: "…, so we shipped every week", "which let the team close"
        r"(?:, |\band )so (?:we|I|the (?:team|client|customer|patient|ward|project))"
        r" (?:could |were able to |finally |then |now )?(?!(?:decid|ask|need|want|start|tri|plann|wait|call|agre)ed\b)\w+ed|"
        r"\bso (?:we|I|the team) (?:finally |then )?(?:shipped|launched|released|hit|met|beat|finished|kept|won|went live)|"
        # what changed for good, told in the present after the event ("I once created 400 duplicates, so I now run the
        # check before every import": session 27, re-check rc26 N1)
        r"(?:, |\band )so (?:(?:I|we) (?:now|always|never)|now (?:I|we)(?! (?:would|will|need|have|want)\b))\b|"
        r"which (?:let|allowed|helped|enabled|brought|took|got|made|kept|freed|removed|stopped|ended|solved|fixed)|"
        r"from then on|after that (?:we|I|the|it|they) (?:\w+ )?(?:never|always|no longer)|no longer|"
        # what has not happened since, told in words (re-check, session 21: "and we haven't had a duplicate since")
        r"\b(?:haven't|hasn't|have not|has not|haven't ever)\s+(?:had|been|seen|needed|lost|missed|got)\b[^.!?;:]{0,50}\bsince\b|"
        # what was settled, told in words (missing2, session 14): "the gap was cleared", "the audit had no findings"
        r"(?:was|were|got|had been) (?:fully |finally |all |quickly )?(?:cleared|resolved|settled|fixed|solved|closed out|"
        r"signed off|approved|paid back|repaid|refunded|recovered)\b|"
        r"(?:had|with|raised|found|reported|there were) (?:no|zero) (?:\w+ )?(?:findings|issues|errors|complaints|"
        r"incidents|defects|escalations|queries|exceptions|problems|comments|objections)\b|"
        # a result told in words (issue 15, session 14): what stopped or never happened again, a first time,
        # and what held after a span of time ("Within three weeks he was…", "By Christmas every shift…")
        r"(?<!had )(?<!'d )(?<!\bI )(?<!\bwe )stopped (?!by\b|at\b|in\b|to\b)\w+ing|never (?:\w+ ){1,5}again|for the first time|"
        r"(?:within|after|in) (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several|\d+) "
        r"(?:days?|weeks?|months?|quarters?|terms?|years?),? (?=(?:he|she|they|we|it|the|our|his|her|their|every|all|"
        r"most|each|nobody|no one|everyone|none)\b|\d)|"
        r"by (?:then|the (?:spring|summer|autumn|fall|winter|next \w+)|christmas|easter|(?:january|february|march|april|"
        r"june|july|august|september|october|november|december)),? (?=(?:he|she|they|we|it|the|our|his|her|their|every|"
        r"all|most|each|nobody|no one|everyone|none)\b))\b",
        _I,
    ),
}

STAR_ES: dict[str, re.Pattern[str]] = {
    "situation": re.compile(  # "En Telefónica": a capitalised name, so not under _I (which read "en general" as one)
        r"\b(?i:cuando (?:trabajaba|estaba|empec[eé])|en mi (?:[uú]ltimo|anterior|actual|primer) (?:trabajo|puesto|empleo|equipo)|"
        r"el (?:a[nñ]o|mes|trimestre) pasado|hace (?:unos|algunos|dos|tres) (?:a[nñ]os|meses|semanas)|en (?:19|20)\d{2}|"
        r"ten[ií]amos un|hab[ií]a un|la situaci[oó]n era|una vez)\b|\b[Ee]n (?:[A-ZÁÉÍÓÚÑ][\w&]+)",
    ),
    "task": re.compile(
        r"\b(mi (?:tarea|objetivo|responsabilidad|funci[oó]n|papel) era|me (?:pidieron|encargaron|asignaron)|"
        r"ten[ií]a que|necesit[aá]bamos|el objetivo era|era (?:mi|responsable))",
        _I,
    ),
    "action": re.compile(
        r"\b(dise[nñ][eé]|lider[eé]|implement[eé]|escrib[ií]|cre[eé]|organic[eé]|analic[eé]|habl[eé]|propuse|decid[ií]|"
        r"introduje|cambi[eé]|migr[eé]|automatic[eé]|revis[eé]|prob[eé]|negoci[eé]|form[eé]|entren[eé]|"
        r"document[eé]|arregl[eé]|contact[eé]|expliqu[eé]|present[eé]|constru[ií]|configur[eé]|reun[ií]|"
        r"med[ií]|identifiqu[eé]|investigu[eé]|convenc[ií]|llam[eé]|escal[eé]|ajust[eé]|planifiqu[eé]|mov[ií])\b",
        _I,
    ),
    "result": re.compile(
        r"\b(como resultado|el resultado|en resumen|al final|lo que (?:signific[oó]|llev[oó])|reduj(?:o|e|imos)|"
        r"aument[oó]|mejor[oó]|ahorr[eéoó]|baj[oó] de|pas[oó] de|logr(?:[eé]|amos|[oó])|consegu[ií]|"
        r"a tiempo|desde entonces|"
        # a rise or fall, as English "rose", "fell", "grew", "dropped" (newcomer, session 17: "subió de 5,8 a 6,6")
        r"sub(?:i[oó]|ieron)|baj(?:ó|aron)|creci(?:[oó]|eron)|ca(?:yó|yeron)|disminuy(?:[oó]|eron)|"
        r"aumentaron|mejoraron|redujeron|ahorramos|"
        # the first person, as "we cut it to…" (re-check, session 22: "Bajamos a 8 minutos de media.")
        r"bajamos|bajé|subimos|reducimos|redujimos|mejoramos|aumentamos|recuperamos|recuperé|pasamos (?:de|a)|"
        r"conseguimos|ganamos|desde ese (?:d[ií]a|mes|momento))\b",
        _I,
    ),
}

STAR_CUES = {"en": STAR_EN, "es": STAR_ES, **{lang: {"result": rx} for lang, rx in RESULT_MORE.items()}}

# A story opened with its situation in other words than the cues' (missing2, session 14): a past state or problem
# told before anything the candidate did ("Our on-time rate was 80% and the drivers did not trust the app."), or a
# clause of what was happening before the first "I" ("When the stock counts kept coming out wrong, I …").
_OPENING_WHEN_RE = re.compile(r"^(?:when|after|before|while|as soon as|once) (?!I\b)(?:(?!\bI\b)[^,.;!?]){6,90}?(?=,|\s+I\b)", _I)
_PAST_STATE_RE = re.compile(
    r"\b(?:was|were|had|kept|did not|didn't|could not|couldn't|wasn't|weren't|hadn't|would not|wouldn't|"
    r"was(?:n't)? (?:being|getting)|had been|nobody|no one)\b", _I)
_NOT_AN_OPENING_RE = re.compile(r"\bI (?:would|will|'d|'ll|usually|always|often|tend)\b|\bI'(?:d|ll)\b|\b(?:if|whenever)\b", _I)


def opening_situation(sentences_: list[str]) -> str:
    """The situation a story opens with when no situation cue (:data:`STAR_EN`) reads it: a first sentence, of
    two or more, that tells a past state and no action of the candidate's, or an opening "When/After …" clause
    before the first "I". ``sentences_``: the answer's sentences, in order; "" when it opens otherwise (with
    what the candidate did, a habit or a hypothetical)."""
    if not sentences_:
        return ""
    first = sentences_[0].strip()
    if _NOT_AN_OPENING_RE.search(first):
        return ""
    if m := _OPENING_WHEN_RE.match(first):
        return m.group(0).strip()
    # a state told of the place, the team or the work ("Our …", "The …"), not of the candidate ("I had a …")
    if (len(sentences_) >= 2 and not re.match(r"I\b", first) and _PAST_STATE_RE.search(first)
            and not STAR_EN["action"].search(first)):
        return first
    return ""

REASONING = {
    "en": re.compile(
        r"\b(because|since the|so that|the reason|trade-?offs?|tradeoffs?|instead of|rather than|weigh(?:ed|ing)?|"
        r"considered|decided (?:to|against|that)|the risk|risks?|pros and cons|on the other hand|compared|"
        r"the downside|the upside|prioriti[sz]ed|which meant|in order to|otherwise|depends on|at the cost of|"
        r"sacrific\w+|versus|vs\.?|whereas|while (?:this|that|it)|so (?:the|I|my|we|it|that|nothing|no one|none|every|each|they|he|she|our|everyone)|that is why|that's why|"
        r"to (?:reduce|improve|ensure|avoid|prevent|allow|keep|minimi[sz]e|maximi[sz]e|protect|catch)|allowing|"
        r"which (?:means|allows|lets|keeps|avoids|prevents|helps|told|showed)|helps? (?:us|teams|you|me|to|improve) |"
        r"leads? to|led to|comes? from|came from|results? in|caused by|so (?:I|we) can|in case|in (?:exchange|return) for|"
        r"to (?:find out|figure out|work out|understand|determine) (?:what|why|where|which|how|whether|their)|(?:find|work|figure) out why|"
        r"(?:not|never|won't|wouldn't|don't) \w+[^.;:]{0,30}? for nothing|before (?:changing|acting on|deciding|committing to) anything|"
        # causal connectives and consequences (issue 14, fourth pass): ", so", "therefore", "prevents"; a price asked ("not … for nothing"), a check before a change (session 21);
        # and a condition with its consequence ("if the lease expires, ..."); not the filler "so yeah,"
        r"therefore|thus|hence|thereby|in turn|given (?:that|the)|this way|that way|this means|as a result|due to|"
        r"consequently|prevent(?:s|ing)|ensur(?:es|ing)|guarantee(?:s|ing)?|preserv(?:es|ing)|"
        r"avoid(?:s|ing)|caus(?:es|ing)|violat(?:es|ing)|(?<=, )so(?! yeah| on\b|,)|"
        r"(?:if|unless|once) (?!that makes sense|you will|I(?:'m| am) honest|I remember|I recall|(?:at|in|on|during|when|while|last|upon|again|or twice)\b)[^.,;:!?]{3,80}(?<=\w)(?=,)|"
        r"by (?:changing|setting|introducing|moving|adding|removing|splitting|switching|automating|replacing|reducing|limiting|tracking|measuring|caching|batching|using))\b",
        _I,
    ),
    "es": re.compile(r"\b(porque|ya que|para que|en lugar de|en vez de|la raz[oó]n|el riesgo|compar[eé]|sin embargo|por eso)\b", _I),
}
LESSON = {
    "en": re.compile(
        r"\b(learn(?:ed|t) (?:that|to|how|from|the (?:hard way|importance|value)|a (?:lot|lesson)|my lesson|never|always|"
        r"what|why|not|it|this|something|was|is)|(?:what|the thing|one thing) I took away|"
        # a lesson drawn, not a lesson taught ("at the midpoint of each lesson", "a Year 9 lesson", "at the end of a lesson that")
        r"(?<!\bof )(?<!\bin )(?:the|a|one|my|biggest|big|key|main|real|hard|valuable|important) lesson (?:I|was|is|here|"
        r"for me|there|learned|learnt|from|that)|lessons? (?:learned|learnt)|in hindsight|looking back|next time|would do differently|I now|(?:before|without) [^.,;]{1,40}?,? I(?:'d| would) (?:only |never |just |probably )?have|"
        # what one does since, as a rule ("Now I always…", "Now I start them in week two": dropped, session 19)
        r"(?:now|these days|nowadays),? I (?:always|never|start|do|use|check|ask|keep|make|write|plan|book|send|run|follow|"
        r"set|try|apply|begin|involve|share|test|insist|build|bring|put)|"
        r"I still (?:do|use|check|ask|keep|make|write|plan|book|send|run|follow|set|try|apply)|"
        # "I would have asked sooner" looks back; "By week six I would have the rota running" is a plan (session 19)
        # a practice changed after the event, told as what the candidate did from then on (re-check, session 26: "After
        # that I added an automatic check that fails the update" was "What you learned or now do differently" missing)
        r"(?:after that|after this|from then on|ever since|since that day),? (?:I|we) (?:now |always |also )?(?:added|"
        r"introduced|set up|built|started|began|changed|created|wrote|put in|brought in|made (?:it a rule|sure)|always|never|"
        r"no longer|double-check|"
        # the practice itself, said in the present ("From then on I start every report with…", "Ever since, I walk every
        # area…"); a past verb after "after that" is the story's next step ("After that I called the supplier")
        r"(?:start|check|ask|keep|make|write|read|walk|use|send|run|follow|set|put|book|plan|give|confirm|test|review|"
        r"call|tick|label|note|log|share|involve|bring|leave|build|try|insist|work|do|get|have|spend|go|look|"
        r"label|repeat|save|print|copy|sign|agree|wait)s?\b)|"
        r"since then|taught me|realised|realized|what I'd change|I(?: would|'d) have (?:\w+ed|done|been|gone|made|taken|"
        r"got|told|spoken|set|run|put|kept|brought|sent|given|written|built|known|said|left)|going forward|changed how I|"
        # "It reminded me that my job is to record and pass on" (newcomer, session 18: left "Lesson: [gap]")
        r"(?:it|this|that) (?:reminded|showed) me (?:that|how|to|why)|what stuck with me)\b",
        _I,
    ),
    "es": re.compile(r"\b(aprend[ií]|la lecci[oó]n|ahora siempre|desde entonces|la pr[oó]xima vez|me ense[nñ][oó])\b", _I),
}
# Situational and technical answers: an approach laid out in steps.
STEPS = {
    # a word of order, never one of time or rank: "the next year", "for the first time", "once a week" (recheck,
    # session 15: "The pass rate rose to 92% the next year" was found as the steps one would take)
    "en": re.compile(r"\b(?<!the )(?<!a )(?:(first(?:ly)?|next|second(?:ly)?|third)(?!\s+(?:time|times|day|days|week|weeks|"
                     r"month|months|year|years|term|terms|quarter|place|half)\b)|then|after that|finally|step|"
                     r"once(?!\s+(?:a|an|per|every|more|again|or twice)\b)|before|start by|\(\d\)|\d\))", _I),
    "es": re.compile(r"\b(primero|luego|despu[eé]s|finalmente|segundo|tercero|paso|antes de)\b", _I),
}
# Self-assessment: what the candidate does about the weakness (or how the strength showed).
SELF_ACTION = {
    "en": re.compile(
        r"\b(to (?:manage|address|fix|work on|counter|deal with) (?:this|it|that)|I(?:'ve| have) (?:started|been|learned|begun)|"
        r"I now|now I|these days I|I(?:'m| am) (?:working|learning)|so I|I make sure|I set|I use|I ask|I try to|"
        r"for example|for instance|when I (?:notice|feel|see|get|start|catch|find|have|need|am|don[’']t|do not|can[’']t|cannot|fail|miss|make|fall)|which (?:helped|means))\b",
        _I,
    ),
    "es": re.compile(r"\b(para (?:mejorar|manejar|corregir)lo|ahora|he empezado|estoy aprendiendo|por ejemplo)\b", _I),
}
# Past experience offered as an example (motivation, self-assessment, introduction answers).
EXPERIENCE = {
    "en": re.compile(
        r"\bI (?:once |previously |recently |also )?(?:had|spent|was|worked|volunteered|led|built|ran|moved|took|saw|grew up|studied|trained|"
        r"have (?:run|led|built|worked|spent|been|done))\b[^.,]{0,50}(?<=\w)\b",
        _I,
    ),
    "es": re.compile(r"\b(?:trabaj[eé]|estuve|pas[eé]|lider[eé]|constru[ií]|he (?:trabajado|liderado|sido))\b[^.,]{0,50}(?<=\w)\b", _I),
}
# Motivation: reasons tied to the role, the field or the organisation. Only a statement of why the
# candidate wants the role counts: a bare "because" or "so I" explains something else as often
# ("I would involve the educator earlier, because she could have covered…" is not a reason to apply),
# so "because" counts only after wanting, choosing or liking words in the same clause.
REASONS = {
    "en": re.compile(
        r"\b(I(?:'m| am) (?:drawn|excited|interested|attracted|passionate)|what (?:attracts|draws|excites|interests|appeals to) me|"
        r"(?:draws|drew|attracts|attracted) me|I want(?:ed)? to|I(?:'d| would) (?:love|like) to|the chance to|the opportunity to|"
        r"your (?:mission|product|team|focus|work|values|patients|customers|company|organi[sz]ation)|this (?:role|job|position|post|team|company)|"
        r"(?:the|a) role (?:like|where|that|in)|I(?:'ve| have) always|that's why|which is why|why I (?:applied|want|chose)|"
        r"I enjoy|I care about|I(?:'m| am) looking for|next step (?:for me|in my)|the next step|"
        r"(?:appeals?|appealed) to me|\w+ appeals? (?:to me )?because|decided to (?:apply|become|train|study|move into|go into|pursue|switch)|"
        r"(?:applied|applying|chose|choose|love|enjoy|want|wanted|joined|moved into|switched to)\b[^.;]{0,60}\bbecause|"
        r"(?:^|(?<=[.!?] ))because|I(?:'m| am) motivated by|motivates me|I see myself|I hope to|I thrive|"
        # wanting something of the role, believing in what it offers, and a fit with one's own past, said plainly
        # (missing2, session 14): "I want a bigger territory", "a product I believe in", "sells to the same buyers"
        r"I(?: really| also| now)? want(?:ed)? (?:a|an|the|more|less|my|some|bigger|larger|longer|new|real)|"
        r"I(?:'m| am) (?:ready|keen) (?:for|to)|I (?:really |truly )?believe in|"
        r"(?:sells?|selling|serves?|serving|works? with|supplies|supplying) (?:to )?the same (?:\w+ )?(?:buyers|customers|"
        r"clients|market|patients|accounts|industry|sector|people|companies|hospitals|schools|fleets))\b",
        _I,
    ),
    "es": re.compile(r"\b(me (?:atrae|interesa|motiva)|quiero|me gustar[ií]a|la oportunidad de|este puesto|"
                     r"(?:eleg[ií]|solicit[eé]|me encanta)\b[^.;]{0,60}\bporque)\b", _I),
}
# Habitual and vague wording: the answer describes a general habit, not what happened.
HEDGE = {
    "en": re.compile(
        r"\b(usually|(?<!\bnot )just(?!\s+(?:before|after|over|under|as|in time|\d))|sometimes|generally|normally|" + HEDGING_KIND_OF + r"|a little|hopefully|I guess|I think maybe|"
        r"not (?:totally |entirely |completely |quite |really |100% )?sure)\b",
        _I,
    ),
    "es": re.compile(r"\b(normalmente|a veces|(?<!\bno )solo|un poco|creo que)\b", _I),
}
# Vague evaluative words: they judge without saying what ("a good position", "a nice chart", "bad code",
# "various companies", "stuff"). Structured-interview rubrics mark them as the opposite of concrete detail.
VAGUE = {
    "en": re.compile(
        r"\b(good|nice|great|bad|fine|various|stuff|things?|a lot|lots of|really|pretty much|messy|clever|"
        r"some kind|somehow|etc)\b",
        _I,
    ),
    "es": re.compile(r"\b(bueno|buena|bien|cosas|varios|varias|mucho|muchas cosas)\b", _I),
}
# Brush-offs: the answer declines the question's premise or avoids the work it asks about
# ("I just ignore it", "I avoid difficult people", "I go with my gut", "I never fail").
DISMISSIVE = {
    "en": re.compile(
        r"\b(?:I (?:just |usually |simply )?(?:ignore|avoid)\w*|(?:don't|do not) really|not really|as I go|"
        r"(?:go|went) with my gut|I never (?:fail|make mistakes|get)|I always (?:succeed|win|get it right)|"
        r"whatever (?:works|happens)|wing it|hope for the best|can'?t (?:remember|think of) (?:a|one|an)\b[^.]{0,20}|"
        r"(?:don'?t|do not) have (?:a|an) (?:specific |particular )?example)\b",
        _I,
    ),
    "es": re.compile(r"\b(?:lo ignoro|(?:lo )?evito|no (?:me )?importa|sobre la marcha|nunca fallo)\b", _I),
    # "Bof, je demande à mon chef et on voit" (session 18 newcomer): a shrug, then the problem left to others
    "fr": re.compile(r"\b(?:bof|bah|on (?:verra|voit)(?: bien)?|peu importe|au feeling|je (?:m'en fiche|laisse faire))\b", _I),
    "de": re.compile(r"\b(?:mal sehen|ist mir egal|keine Ahnung|nach Gefühl)\b", _I),
    "pt": re.compile(r"\b(?:sei lá|tanto faz|logo se vê|depois se vê)\b", _I),
    "it": re.compile(r"\b(?:boh|mah|vedremo|non (?:mi )?importa)\b", _I),
}
# Uncertainty: the answer does not commit to what it says ("maybe", "I guess", "I'm not sure", "I don't
# know"); a sentence holding one of these or a hedge (HEDGE) is an unsure sentence.
UNSURE = {
    "en": re.compile(
        r"\b(?:maybe|perhaps|probably|somehow|I guess|I suppose|no idea|hard to say|who knows|"
        r"I (?:don'?t|do not|didn'?t) (?:really )?know|I(?:'m| am) not (?:really |totally |entirely |100% )?(?:sure|certain)|"
        r"I (?:can'?t|cannot) (?:really )?say|I have no (?:idea|clue)|not really)\b",
        _I,
    ),
    "es": re.compile(r"\b(?:quiz[aá]s?|tal vez|a lo mejor|supongo|creo que|no s[eé]|ni idea|no estoy segur[oa])\b", _I),
}
# Saying outright that one does not know, anywhere in the answer.
DONT_KNOW = {
    "en": re.compile(r"\b(?:I (?:don'?t|do not) (?:really )?know|no idea|I have no (?:idea|clue)|I(?:'m| am) not "
                     r"(?:really |totally |entirely )?sure (?:what|how|about|if|whether)?|I (?:can'?t|cannot) (?:really )?say)\b", _I),
    "es": re.compile(r"\b(?:no (?:lo )?s[eé]|ni idea|no estoy segur[oa]|no tengo (?:ni )?idea)\b", _I),
}
# Workplace action verbs (base forms; matched by stem, so "checked", "checks", "checking" count):
# the distinct actions an answer names are its steps.
_ACTION_VERBS_TEXT = """
    analyse analyze add adjust agree align apply arrange ask assess assign audit automate batch benchmark book
    brief build calculate call change check clarify coach collect compare configure confirm consolidate contact
    convince coordinate create debug decide define delegate deploy design diagnose document draft email enforce
    escalate estimate evaluate explain filter find fix flag follow forecast gather generate identify implement
    improve inform inspect install instrument interview introduce investigate isolate label launch lead link list
    log map measure meet mentor migrate model monitor negotiate notify observe offer onboard organise organize pair
    plan prepare present prioritise prioritize profile propose prototype publish pull quarantine query rebuild
    reconcile record redesign refactor reduce reassess release remove reorder replace report reproduce request
    research reschedule resolve restructure review rewrite roll run schedule segment separate set shadow ship
    simulate sort split standardise standardize survey switch tag talk teach test trace track train triage update
    upgrade validate verify version visit weigh write listen adapt suggest
"""
ACTION_VERBS_EN = frozenset(_ACTION_VERBS_TEXT.split())

# Words of work, study and career: an answer with none of them, no skill, no term of the question,
# the job or the CV, and no description of the candidate is about something else entirely
# (see core.analysis.answer.elsewhere). Matched as word beginnings ("meetings", "debugged", "clients").
_WORK_WORDS_TEXT = {
    "en": WORK_WORDS_EN_MORE + """
    work job career team client customer project manager boss patient colleague company role office pupil
    student school staff deadline process report data sales deal ward shift lesson class service product
    user plan problem meeting stakeholder code system business budget experience skill training employer
    contract task responsibility interview position feedback department organisation organization hospital
    classroom teacher nurse engineer analysis analyst design release deploy software account revenue target
    quota mentor leadership decision strategy priority goal risk quality performance research study
    university degree course volunteer internship audit policy compliance invoice supplier vendor incident
    bug requirement review presentation conflict challenge mistake failure tool launch migration workload
    promotion hire salary profession industry operations logistics teaching care clinic doctor test log
    chart colleague member information field technology debug
    """,
    "es": """
    trabajo equipo cliente proyecto jefe paciente empresa puesto oficina alumno estudiante plazo proceso
    informe datos ventas servicio producto usuario reunión compañero experiencia responsabilidad tarea
    carrera escuela hospital clase gestión
    """,
}
WORK_WORDS = {lang: frozenset(text.split()) for lang, text in {**_WORK_WORDS_TEXT, **WORK_WORDS_MORE}.items()}

# Words as much of sport, hobbies and clubs as of work ("our team won the league", "I coach the
# under-tens on Saturdays", "training twice a week"). On their own they do not make an answer about work
# (core.analysis.answer.elsewhere, the coach's follow_up): they count only beside a word of work that is
# not one of them, a skill or a workplace action ("I led a team of five engineers" is about work).
SHARED_WORK_WORDS = {
    "en": re.compile(
        r"\b(?:team(?:s|mates?|work)?|lead(?:s|er|ers|ership|ing)?|led|win(?:s|ning|ners?)?|won|"
        r"practi[cs]e[sd]?|practi[cs]ing|coach(?:es|ed|ing)?|train(?:s|ed|ing|ers?)?|clubs?|captain(?:s|ed)?|"
        r"members?|goals?|seasons?|match(?:es)?|games?|leagues?|players?|competitions?|tournaments?|"
        r"sessions?|performances?|challenges?)\b",
        re.IGNORECASE,
    ),
    "es": re.compile(r"\b(?:equipos?|entren\w*|club(?:es)?|partidos?|ligas?|ganamos|gan[óé]|temporadas?)\b",
                     re.IGNORECASE),
    **SHARED_WORK_WORDS_MORE,  # German, Portuguese, French, Italian
}
