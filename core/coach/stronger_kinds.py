"""Which STAR parts a sentence is, by its own wording (split from :mod:`core.coach.stronger_limits`, which re-exports
it): :func:`star_kinds` reads the STAR cues of :data:`core.analysis.cues.STAR_EN`, with the setting of a situation told
without anyone acting, a place of work, a change "from 22 to 7" as a result and an own action in the past. How a
sentence is told (a past step, a present habit, a plan) is :mod:`core.coach.stronger_tense`."""

from __future__ import annotations

import re

from core.analysis import cues
from core.analysis.results import measured_result
from core.coach.stronger_story import sets_scene, told_outcome
from core.coach.stronger_tense import (  # noqa: F401 (re-exported: how a sentence is told, split out)
    _APPROACH_PLAN_RE,
    _BRING_RE,
    _HABIT_RE,
    _PAST_OWN_RE,
    _PAST_RE,
    _PLAN_RE,
    _PRESENT_OWN_RE,
    _PRESENT_RE,
    _TRAIT_RE,
    WISH_RE,
    told_step,
    told_story,
)

# The setting told without the candidate acting in it ("Our nightly run took 90 minutes"), where one works
# ("I work in a busy ED"), and a change stated as a result ("went from 22 to 7 minutes").
_SETTING_RE = re.compile(
    r"\b(?:was|were|had|took|kept|used to|wasn't|weren't|couldn't|didn't|would|often|every (?:day|night|morning|week))\b",
    re.IGNORECASE,
)
# A state the candidate found things in ("I found that our pass rate was 78%, below the local average"): the situation.
_FOUND_STATE_RE = re.compile(r"^(?:as [^,]{3,60}?,?\s+)?I (?:found|noticed|saw|realised|realized|discovered) that "
                             r"(?:our|the|my|a|an|most|only)\b[^.;]*?\b(?:was|were|had|sat|stood|ran)\b", re.IGNORECASE)
_WORKPLACE_RE = re.compile(r"\b(?:I|we) (?:work|worked) (?:in|at|on|for)\b", re.IGNORECASE)
# ("I had introduced probe logs" acts: a step told before the scene it explains; "I had two days" does not)
_ACTOR_RE = re.compile(r"\b(?:I|we)\b(?!'m| am| was| were| had(?! (?:\w+ed|built|made|set|run|written|brought|put)\b)| have)",
                       re.IGNORECASE)
_OWN_ACTION_RE = re.compile(r"\bI\s+(?:\w+ly\s+|then\s+|also\s+|first\s+)?(?!was\b|were\b|had\b|wanted\b|needed\b|liked\b|"
                            r"loved\b|hoped\b|seemed\b|used\b)(?:\w{3,}ed|(?:re)?(?:built|wrote|led|ran|made|took|got|gave|"
                            r"found|kept|told|met|spoke|sent|brought|taught|chose|drew|sat|rang|won|went|drove|held|"
                            r"showed|paid|sold|bought|flew|sought|thought|did(?! not\b| nothing\b| this\b| that\b| it\b| so\b)))\b")  # "First I sat with the two managers…" (session 18)
# What one would do differently now ("Now I would involve them from the start instead…", "Next time I'd…"): a lesson.
DIFFERENTLY_RE = re.compile(r"^(?:now|today|these days|next time|if I did it again),? I(?:'d| would)\b|"
                            # "Differently now, I would set…", "Done differently, I'd…" (re-check B, session 22)
                            r"^(?:and |but |so )?(?:done )?differently(?: now| today| next time| this time)?,? I(?:'d| would)\b|"
                            r"\bI(?:'d| would) (?:\w+ ){1,6}?instead\b", re.IGNORECASE)
# Words that say a lesson was drawn, whatever else the sentence tells.
_LEARNED_RE = re.compile(r"\b(?:learn\w*|realis\w*|realiz\w*|lessons?|taught me|hindsight|looking back|differently|instead|"
                         r"still|since then|ever since)\b", re.IGNORECASE)  # "a checklist I still use": kept since


# A skill or system learned in a time, as a step of the story ("I learned it in about two weeks", "we learnt the new system
# within a month"), not what the story taught.
_SKILL_LEARNED_RE = re.compile(r"\b(?:I|we) (?:learned|learnt|picked up)\s+(?!that\b|to\b|how\b|never\b|not\b|from\b)"
                               r"(?:[\w'-]+\s+){0,4}?(?:in|within|over) (?:about |around |just |under |less than )?"
                               r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|\d+|a few|a couple of) "
                               r"(?:days?|weeks?|months?)\b",
                               re.IGNORECASE)


def _fall_gone_or_found(sentence: str, kinds: set[str]) -> None:
    """``kinds`` of :func:`star_kinds` changed in place for a fall, a problem gone or a finding (newcomer, session 20)."""
    if DECLINE_RE.search(sentence) and not _OWN_ACTION_RE.search(sentence):
        kinds.add("situation")  # "In 2022 we dropped to 78% because spares were taking weeks": the problem
    if _NO_MORE_RE.search(sentence) and not _PLAN_RE.search(sentence):
        kinds.add("result")  # "We had no more trips in the following six months"
        kinds.discard("situation")
    if _FINDING_RE.match(sentence) and not measured_result(sentence) and not _DIGIT_CHANGE_RE.search(sentence):
        kinds.discard("result")  # "It showed the trips always came when a sensor dropped out…": what the search found,
        kinds.add("action")  # a step of the diagnosis, never its result


def told_lesson(sentence: str) -> bool:
    """Whether a story's sentence tells what was learned or would be done differently now (:data:`cues.LESSON`,
    :data:`DIFFERENTLY_RE`); a step of the candidate's that only looks ahead ("I told them to stop, and warned the supplier
    to deliver compliant concrete next time") is a step, never the lesson (session 18: the story was left "Action: [gap]")."""
    if not (cues.LESSON["en"].search(sentence) or DIFFERENTLY_RE.search(sentence)):
        return False
    if _SKILL_LEARNED_RE.search(sentence) and not DIFFERENTLY_RE.search(sentence):
        return False  # "I learned it in about two weeks and then trained my team": a skill learned, a step (session 20)
    if (told_result(sentence) or measured_result(sentence)) and not _LESSON_WORD_RE.search(sentence):
        return False  # "Since then we have not run out once in eight months": what came of it, measured (session 26)
    return not opens_on_own_action(sentence) or bool(_LEARNED_RE.search(sentence))


# A lesson named as one ("I learned", "taught me", "in hindsight"), beyond a time from which things stayed so ("since then",
# "I now"): a sentence measuring what came of the steps is a lesson only with such a word.
_LESSON_WORD_RE = re.compile(r"\b(?:learn(?:ed|t)|lessons?|taught me|reali[sz]ed|in hindsight|looking back|differently|"
                             r"next time|going forward|changed how I|(?:reminded|showed) me|stuck with me|took away)\b",
                             re.IGNORECASE)
# A state measured as it is now, after the change ("Returns now take four days", "we now close in 5 days").
_NOW_MEASURED_RE = re.compile(r"\b(?:now|these days)\s+(?:only\s+)?(?:takes?|runs?|costs?|sits?|stands?|averages?|closes?|"
                              r"finish(?:es)?|handles?|gets?|is|are|has|have)\b(?:\s+\S+){0,4}?\s+(?:about\s+)?(?:[$£€]?\d|"
                              r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|half|a third)\b)",
                              re.IGNORECASE)
_CHANGE_RE = re.compile(r"\b(?:(?:came|went|got) (?:back )?(?:up|down) to [$£€]?\d|got back to [$£€]?\d|went (?:from|up|down)|from \d[\d.,]*\s*\S* to \d|cut(?!-)|reduced|fell(?! (?:out|off|over|ill|"
                        r"through|behind|asleep)\b)|rose|dropped(?! (?:out|off|in|by)\b))\b",  # "a sensor dropped out": no measure
                        re.IGNORECASE)
# What a search or test found, told as its finding ("It showed…", "The trace revealed…", "That pointed to…", "It turned out…").
_FINDING_RE = re.compile(r"(?:it|this|that|the (?:[\w-]+ ){0,2}?(?:trace|log|logs|data|test|tests|check|scan|audit|review|"
                         r"report|recording|readings?))\s+(?:showed|revealed|pointed to|turned out)\b|it turned out\b",
                         re.IGNORECASE)
_DIGIT_CHANGE_RE = re.compile(r"\b(?:from|to|by)\s+[$£€]?\d", re.IGNORECASE)  # "showed sales rose from 40 to 52": a result
# A fall to a level, or with its cause: the problem a story's steps answer, when told before them.
DECLINE_RE = re.compile(r"\b(?:dropped|fell|slipped|sank|worsened|declined|plummeted|dipped) (?:to|below|under|behind)\b|"
                        r"\b(?:dropped|fell|slipped|declined)\b[^.;]*\bbecause\b", re.IGNORECASE)
# The problem gone for a span after the steps ("We had no more trips in the following six months", "no further
# complaints that term"): an outcome, never the scene (newcomer, session 20: it was left out and a gap put in its place).
_NO_MORE_RE = re.compile(r"\b(?:no|zero|not (?:a single|one|any)) (?:more|further|repeat|new|other)\b(?! than\b)|"
                         r"\b(?:no|zero|not a single|not one)\s+(?:[\w-]+\s+){1,3}?(?:in|over|for|during) the (?:following|next)\b",
                         re.IGNORECASE)

# What has held since the change, counted: "we have had zero bad loads since 2022", "there have been no repeats since then".
_HELD_SINCE_RE = re.compile(r"\b(?:have|has) (?:had|seen|logged|recorded|been) (?:zero|no|none|not (?:a single|one)|only \w+)\b"
                            r"[^.;!?]*?\bsince (?:then|(?:19|20)\d\d|\w+ (?:19|20)\d\d)\b", re.IGNORECASE)
# What has not happened again since, said of the thing the story fixed ("It hasn't drifted since.", "The gap has not come
# back since then", "None have failed since"): what held, the result (newcomer, session 22: it was dropped).
_NOT_SINCE_RE = re.compile(r"\b(?:hasn't|haven't|has not|have not|has never|have never)\s+(?:\w+ly\s+)?(?:been\s+)?\w+"
                           r"(?:\s+(?:again|back|up|over|off))?\s+(?:again\s+)?since\b", re.IGNORECASE)

# A step taken before the scene it explains ("I had introduced probe logs"), not a need or a plan ("I had wanted to").
_HAD_DONE_RE = re.compile(r"\b(?:I|we) had (?:already |just |previously )?(?!(?:wanted|needed|planned|hoped|tried|asked|"
                          r"been)\b)(?:\w+ed|built|made|set up|written|brought in|put in)\b", re.IGNORECASE)
_DOWN_FROM_RE = re.compile(r"\b(?:down|up) from\s+(?:about\s+|around\s+)?[$£€]?\d", re.IGNORECASE)
# A standing kept through the test, told as what came of it ("We kept our 5-star rating", "the ward retained its Good grade").
_STANDING_KEPT_RE = re.compile(r"\b(?:kept|retained|maintained|held on to|held onto)\s+(?:our|its|their|the|my|a)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:rating|grade|status|licen[cs]e|accreditation|certification|stars?|record|score)\b",
                               re.IGNORECASE)

# Every item found in order, told in words ("every record was complete", "all 40 files were in date").
_ALL_IN_ORDER_RE = re.compile(r"\b(?:every|each|all(?: \d+| of (?:our|the|my))?) [\w-]+(?: [\w-]+)? (?:was|were) (?:complete|"
                              r"correct|accurate|in date|up to date|signed off|on time|clean|compliant)\b", re.IGNORECASE)


def star_kinds(sentence: str) -> set[str]:
    """The STAR parts (``"situation"``, ``"task"``, ``"action"``, ``"result"``) ``sentence`` is, by its cues."""
    kinds = {part for part, cue in cues.STAR_EN.items() if cue.search(sentence)}
    if (_WORKPLACE_RE.search(sentence) or (_SETTING_RE.search(sentence) and not _ACTOR_RE.search(sentence))
            or _FOUND_STATE_RE.search(sentence)):
        kinds.add("situation")
    if _CHANGE_RE.search(sentence) or measured_result(sentence) or _NOW_MEASURED_RE.search(sentence):
        kinds.add("result")
    if (_HELD_SINCE_RE.search(sentence) or _NOT_SINCE_RE.search(sentence) or _STANDING_KEPT_RE.search(sentence) or _ALL_IN_ORDER_RE.search(sentence)
            or _DOWN_FROM_RE.search(sentence) and not _PLAN_RE.search(sentence)):  # "…no gaps, down from 9" (session 19)
        kinds.add("result")  # "we have had zero bad loads since 2022", "We kept our 5-star rating": what held (session 19)
    _fall_gone_or_found(sentence, kinds)
    if _OWN_ACTION_RE.search(sentence) or _HAD_DONE_RE.search(sentence):  # "I cleaned the supplier data": a verb of the cue list's kind, in the past
        kinds.add("action")
    if _NEWCOMER_RE.match(sentence) and not _ACTOR_RE.search(sentence):
        kinds.add("situation")  # "A mother arrived after her son's arrest": a story's scene, someone new in it (session 16)
    if _REACHED_RE.match(sentence) and not _PLAN_RE.search(sentence):
        kinds.add("result")  # "By May, 27 of 30 children were submitting work weekly": a count reached by a time (session 18)
        kinds.discard("situation")
    if _OTHERS_OUTCOME_RE.match(sentence) and "action" not in kinds:
        kinds.add("result")  # "He agreed, and she was admitted", "She later wrote to thank the team": what came of it
    if _SCENE_TIME_RE.match(sentence) and not _ACTOR_RE.search(sentence) and _scene_clause(sentence):
        kinds.add("situation")  # "In Q1 2024 inbound dried up": the time and what was happening then
    if not kinds and not _ACTOR_RE.search(sentence) and _OTHERS_PAST_RE.match(sentence):
        kinds.add("situation")  # "Their CFO stepped in and picked a cheaper competitor": what others did, the scene
    if baseline(sentence):  # "…was 62%": where things stood, before a result told after it (core.coach.stronger)
        kinds.add("situation")
    if "action" not in kinds and told_outcome(sentence):
        kinds.add("result")  # "Nobody missed their medication rounds", "the patient got antibiotics within the hour"
        kinds.discard("situation")
    if not kinds and sets_scene(sentence) and not opens_on_own_action(sentence):
        kinds.add("situation")  # "During a release in May our payment service started timing out" (session 20)
    return kinds


# A count reached by a time, after the steps ("By May, 27 of 30 children were submitting work weekly", "Within a month,
# all 12 sites had switched"): an outcome, never the situation it opens like (session 18).
_REACHED_RE = re.compile(r"^(?:by|within)\s+(?:the end of\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+,\s+(?:[\w'-]+\s+){0,2}?"
                         r"(?:[$£€]?\d[\d,.]*%?|all|every|most|half|none)\b[^.;]*?\b(?:were|was|had|have|are|is)\b",
                         re.IGNORECASE)
# A time that opens a sentence ("In Q1 2024", "Last winter", "During the 2023 audit").
_SCENE_TIME_RE = re.compile(r"(?:in|during|by|over|last|early|late|that)\s+(?:\w+\s+){0,3}?(?:(?:19|20)\d\d|Q[1-4]|year|"
                            r"month|quarter|week|winter|summer|spring|autumn|term|season)\b", re.IGNORECASE)
# Someone else's doing in the past ("Their CFO stepped in…", "The supplier missed two deliveries").
_OTHERS_PAST_RE = re.compile(r"(?:the|their|our|his|her|a|an)\s+(?!approach|change|fix|plan|process)(?:[\w'-]+\s+){0,2}?\w{3,}ed\b", re.IGNORECASE)
# A story's opening on someone new, told in the past ("A mother arrived…", "A junior doctor wanted…", "An angry customer
# rang…"): the scene the candidate stepped into.
_NEWCOMER_RE = re.compile(r"^(?:a|an|one|two|three|four|a couple of|some)\s+(?:[\w'-]+\s+){0,3}?(?:\w{3,}ed|was|were|had|came|rang|ran|went|took|got|told|"
                          r"said|wanted|needed|asked|called|arrived|fell|brought|sent)\b", re.IGNORECASE)
# What someone else did or what happened to them after the candidate's steps ("He agreed…", "She later wrote to thank…",
# "The client signed…", "The patient was admitted"): an outcome, no scene.
_OTHERS_OUTCOME_RE = re.compile(
    # after a time told first ("Two weeks later she wrote to thank the team": the re-check, session 19)
    r"^(?:(?:(?:a|one|two|three|four|five|six|a few|\d+)\s+(?:days?|weeks?|months?)\s+later|the next (?:day|week|morning)|"
    r"afterwards|soon after|later that (?:day|week)),?\s+)?"
    r"(?:it\s+was\s+(?:approved|signed off|accepted|adopted|funded)|he|she|they|the (?:\w+ ){0,2}?(?:patient|client|customer|family|doctor|manager|team|student|pupil|board|buyer|"
    r"director|lady|man|woman|mother|father|parent|colleague|guest|resident))\s+(?:later\s+|then\s+|eventually\s+|"
    r"afterwards\s+|finally\s+|soon\s+)?(?:agreed|accepted|thanked|wrote|emailed|came back|returned|recovered|"
    r"passed|signed|renewed|apologi[sz]ed|changed (?:his|her|their) mind|(?:made|caught) up|clawed back|was (?:admitted|discharged|promoted|hired|"
    r"treated|transferred|offered|moved|seen)|were (?:admitted|discharged|promoted|hired|treated|moved|seen))\b",
    re.IGNORECASE)
# A level stated as it stood, before anything changed ("Time to antibiotics within one hour was 62%", "Our pass rate
# stood at 71%"): the situation's baseline, never the result; a level after a span or a change ("by March it was 88%",
# "now 88%") is none.
_BASELINE_RE = re.compile(r"\b(?:was|were|stood at|sat at|ran at|averaged|hovered (?:at|around))\s+(?:only\s+|just\s+|"
                          r"about\s+|around\s+|roughly\s+|nearly\s+|under\s+|over\s+|below\s+|above\s+)?[$£€]?\d[\d,.]*"
                          r"\s?(?:%|per ?cent|k\b|m\b|minutes|hours|days|weeks)", re.IGNORECASE)
_AFTER_RE = re.compile(r"^(?:within|after|in|by|over)\s|\b(?:now|by (?:then|the end|the time)|afterwards|after (?:that|this|the "
                       r"change)|since then|then|still|following|next|later|went|rose|fell|dropped|reached|climbed|improved|down to|up to|from)\b",
                       re.IGNORECASE)


def baseline(sentence: str) -> bool:
    """Whether ``sentence`` states a level as it stood before the change (:data:`_BASELINE_RE`, no word of a change or of
    after it, no step of the candidate's): "Time to antibiotics within one hour was 62%" is the situation (session 16:
    it came back as "Result:")."""
    return bool(_BASELINE_RE.search(sentence) and not _AFTER_RE.search(sentence) and not _ACTOR_RE.search(sentence)
                and not cues.STAR_EN["result"].search(sentence))  # "The result was 1% the following quarter"


def told_result(sentence: str) -> bool:
    """Whether ``sentence`` tells what came of something (:func:`star_kinds` "result") and no step of the candidate's
    ("action"), nor a plan ("I would…", "we'll…"): "This cut mis-picks from 40 a week to 12", "Our close rate went from
    15% to 24%" (issue 15, session 15: such sentences were filed under "Steps")."""
    kinds = star_kinds(sentence)
    return ("result" in kinds and "action" not in kinds and not _PLAN_RE.search(sentence)
            and bool(_PAST_CHANGE_RE.search(sentence)) and not _CONDITION_RE.match(sentence.strip()))


# A change told as done (past tense): what came of something, not a step, a plan or a target ("maintain 20% headroom").
_PAST_CHANGE_RE = re.compile(r"\b(?:reduced|cut(?!-)|fell|dropped|rose|grew|went (?:from|up|down)|improved|increased|"
                             r"(?<!\ba )(?<!\bthe )saved|halved|"
                             r"doubled|tripled|came down|shrank|climbed|lowered|raised|was cleared|were cleared)\b", re.IGNORECASE)
# a condition ("If it shows…", "When a bay is full…"), not a time in the past ("When I did this at Kestrel, orders rose…")
_CONDITION_RE = re.compile(r"(?:if|unless)\b|(?:when|whenever|once)\b(?![^,]*\b(?:did|was|were|had|\w+ed)\b)", re.IGNORECASE)
# A sentence that opens on what the candidate did ("I pulled…", "Then I rewrote…", "So I adapted…").
_OPENS_ACTING_RE = re.compile(r"^(?:(?:then|so|and|first|next|finally|once|also|afterwards|later|after that)\s*,?\s+)?I\s+(?:\w+ly\s+|once\s+|then\s+|also\s+)?"
                              r"(?!was\b|were\b|had\b|wanted\b|needed\b|hoped\b)(?:\w{2,}ed|(?:re|over)?(?:built|wrote|led|ran|"
                              r"set|put|made|took|got|gave|found|kept|told|met|spoke|sent|brought|taught|chose|drew|sat|rang|"
                              r"won|cut|went|did(?! not\b| nothing\b| this\b| that\b| it\b| so\b)))\b",
                              re.IGNORECASE)
# A change measured: "from 8 to 5 days", "by 12%", "30% fewer", "rose 12%"; a share that is part of a step ("a 5% bonus
# paid quarterly", "to 5% of traffic first") is none (session 16: such steps went under "Result:").
_MEASURED_CHANGE_RE = re.compile(r"\bfrom\s+\S*\d\S*(?:\s+\S+){0,3}\s+to\s+\S*\d|\bby\s+[$£€]?\d|"
                                 r"\d\s?%\s+(?:fewer|less|more|lower|higher|faster|slower|cheaper|up|down|off|increase|"
                                 r"decrease|drop|rise|reduction|improvement|growth|saving)\b|"
                                 # what was reached against a goal ("I closed £1.1m, 129% of quota": session 16 re-check)
                                 r"\d\s?%\s+of\s+(?:my\s+|the\s+|our\s+|their\s+)?(?:annual\s+|yearly\s+|quarterly\s+)?"
                                 r"(?:quota|target|goal|plan|budget)\b", re.IGNORECASE)


def opens_on_own_action(sentence: str) -> bool:
    """Whether ``sentence`` opens on a step of the candidate's (:data:`_OPENS_ACTING_RE`: "I pulled the log…", "So I
    adapted…") and measures no change ("from 8 to 5 days", "by 12%", "30%", "saved 300 hours"): an action, whatever result word it holds."""
    # "for the lowest 20%" says who, not what changed; "When procurement stalled at 20% over budget, I refused…" opens on
    # when it happened, and its main clause is the step (session 15)
    sentence = _LEADING_WHEN_RE.sub("", sentence.strip())
    measured = _ASKED_FOR_RE.sub("", _GROUP_SHARE_RE.sub("", sentence))
    return bool(_OPENS_ACTING_RE.search(sentence.strip())) and not _MEASURED_CHANGE_RE.search(measured) and not (
        re.search(r"\d", measured) and measured_result(measured)  # "…showed the fix saved 300 hours a quarter"
        and _PAST_CHANGE_RE.search(measured))  # a time or count of a step ("at 7am", "for three days") measures no change


# What opens a story's first sentence before its main clause: a time or place ("In March 2024 ", "At Brightwell, ",
# "Last year ") or a heading of the candidate's ("I have defined metrics: ").
_SCENE_LEAD_RE = re.compile(r"^(?:(?:in|at|during|last|on|over|back in|early in|late in|this|that)\s[^,:;]{1,40}?,?\s+(?=I\s)|"
                            r"(?:when|once|after|as soon as) (?:I|we) [^,:;]{1,60}?,?\s+(?=I\s)|[^,:;]{3,60}:\s+)", re.IGNORECASE)
# A first step that is the scene rather than an action ("I joined…", "I aimed to…", "I noticed…").
_SCENE_VERB_RE = re.compile(r"^I\s+(?:\w+ly\s+)?(?:joined|started|worked|became|inherited|took over|aimed|planned|tried|hoped|"
                            r"noticed|found|realised|realized|arrived|moved to|was|were|had|needed|wanted|began|inherited|"
                            r"discovered|saw|learned|learnt|heard|got a|applied|gained|qualified|graduated|completed|"
                            r"studied|earned|trained as|took (?:the|a|an|my) [^,;]{0,30}?(?:award|course|exam|certificate|degree))\b",
                            re.IGNORECASE)


def acts_after_scene(sentence: str) -> bool:
    """Whether a story's opening ``sentence`` is a step of the candidate's told after its time or place ("In March 2024 I
    moved our stock counts to scanners", "At Brightwell I set up a count. Errors fell 30%": its one step): an action, never
    the situation (session 19), unless its verb sets the scene ("I joined…", "I aimed to…", "I gained QTS…") or it tells
    a state ("…was", "…had") or a habit."""
    rest = sentence.strip()
    for _ in range(3):
        rest = _SCENE_LEAD_RE.sub("", rest, count=1)
    return (bool(re.match(r"I\s", rest)) and opens_on_own_action(rest) and not _SCENE_VERB_RE.match(rest)
            and not _WORKPLACE_RE.search(sentence)  # "I worked at…": where the story happens
            and not re.search(r"\b(?:was|were|had|wasn't|weren't|couldn't|didn't)\b", rest, re.IGNORECASE)
            and not (_PRESENT_OWN_RE.search(rest) or _HABIT_RE.search(rest)))  # "…and I refresh it every year": a habit


# A clause of time or condition before the main clause ("When procurement stalled, ", "Once the data was in, ").
_LEADING_WHEN_RE = re.compile(r"^(?:when|whenever|once|after|as soon as|while|rather than|instead of)\s(?:[^,;]{3,120},\s*|"
                              # told without its comma ("When he still didn't come I escalated…": re-check, session 19)
                              r"[^,;]{3,80}?\s(?=I\s+(?:\w+ly\s+)?(?!(?:was|were|had|did|needed|wanted)\b)(?:\w{3,}ed|rang|went|"
                              r"took|got|made|sent|told|ran|gave|brought|spoke|wrote)\b))(?=(?:then\s+)?I\b)", re.IGNORECASE)  # "Rather than discount, I went back…" (session 16)
# A figure asked for ("asked for 15% more than the first offer"): what a step sought, no change (re-check, session 19)
_ASKED_FOR_RE = re.compile(r"\b(?:asked|asking|pushed|pressed|bid|bidding|argued|negotiated|held out|offered|proposed|"
                           r"requested|aimed|targeted) for\s[^,;.]*", re.IGNORECASE)
# A share that names a group of people or things ("the lowest 20%", "the slowest 10% of lines", "the top 5 per cent"):
# whom a step was for, no measured result.
_GROUP_SHARE_RE = re.compile(r"\bthe (?:\w+est|top|bottom|first|last|other|remaining) \d+(?:\.\d+)?\s?(?:%|per ?cent)"
                             r"(?: of (?:the |our |my )?[a-z-]+(?: [a-z-]+)?)?", re.IGNORECASE)


def _scene_clause(piece: str) -> bool:
    """Whether ``piece``, opening on a phrase of time or place, holds a clause of its own ("In 2023 occupancy forecasts
    dropped 8%", "At the branch a guest arrived", "In my first year a pupil wasn't reading": session 22): a verb in the past
    after its opening words; "During a 35% drop last
    quarter" or "When procurement stalled" (a clause that hangs on the next) is none."""
    words = piece.split()
    return (not re.match(r"(?:when|whenever|if|once|while|because|although|as soon as)\b", piece, re.I)
            and any(re.fullmatch(r"\w{3,}ed|was|were|had|rose|fell|grew|took|came|went|lost|won|wasn't|weren't|hadn't|"
                                r"didn't|couldn't", w.lower())
                    and words[i - 1].lower() not in {"a", "an", "the"} for i, w in enumerate(words[2:], start=2)))


# split_mixed and semicolon_clauses moved to core.coach.stronger_split (session 22): still importable from here.
_SPLIT_NAMES = frozenset({"split_mixed", "semicolon_clauses"})


def __getattr__(name: str):  # noqa: ANN202 (a lazy re-export: core.coach.stronger_split imports this module)
    if name in _SPLIT_NAMES:
        from core.coach import stronger_split

        return getattr(stronger_split, name)
    raise AttributeError(name)
