"""What a follow-up must not ask for or quote (a newcomer's test, session 18):

- :func:`told_outcome`: an answer that ends with what came of it, told in words ("two of them were promoted to senior
  within eighteen months", "the family received early help support", "It reminded me that my job is to record and
  pass on", "Eventually the parents agreed to the plan", "The board approved it": session 26), is never asked "What
  was the outcome?";
- :func:`others_words`: a sentence that reports what someone else said ("she said she 'wasn't allowed to talk about
  it'", a child's disclosure, a patient's words) is never quoted back: a follow-up quotes the candidate's own act;
- :func:`others_work`: nor a sentence about someone else's work ("Capacity planning has always been done by our
  workforce team", "Our operations manager owned the rota", "Forecasting was the planning team's job"): asked "How
  exactly would you do that?" the candidate is told it was theirs (session 21, support Q2).
"""

from __future__ import annotations

import re

from core.analysis import cues

# What came of it for others, told in words: promoted, referred, discharged, adopted; received, went on to, got.
_OUTCOME_RE = re.compile(
    r"\b(?:was|were|got|has been|have been|had been) (?:\w+ )?(?:promoted|hired|referred|placed|discharged|adopted|"
    r"accepted|offered|approved|rolled out|taken up|moved|reinstated|re-?opened|supported|praised|recognised|"
    r"recognized|shortlisted|funded|published|rehoused|settled)\b|"
    r"\b(?:received|went on to|got (?:the|a|an|their|his|her)|made a referral|was given|were given|now (?:uses?|runs?|"
    r"has|have|reads?|attends?))\b", re.IGNORECASE)
# What came of it, told as what the other side did or felt (session 26: "Eventually the parents agreed to the plan",
# "The board approved it", "She withdrew the complaint", "he made a full recovery", "The inspectors found nothing to
# fix", "She stayed with us and left a five-star review"): a party, then a verb of agreeing, staying, recovering or
# finding nothing wrong, or a state of being pleased.
_PARTY_RE = (r"(?:he|she|they|we|everyone|everybody|both|all|(?:the|our|my|his|her|their|both) (?:[\w-]+ ){0,2}"
             r"[\w-]+|[A-Z][a-z]+)")
_SETTLED_RE = re.compile(
    _PARTY_RE + r",? (?:eventually |finally |then |all |both |quickly |soon |happily |gladly |readily )?"
    r"(?:agreed(?! that (?:I|we|she|he|they) (?:would|should|will)\b)|accepted|approved|withdrew|dropped (?:the|her|his|their) (?:complaint|claim|case)|stayed|signed (?:it|up|off|"
    r"the)|renewed|recovered|made a (?:full |quick |good |complete )?recovery|calmed down|came round|came around|"
    r"went ahead|backed (?:it|the|my|our)|found (?:nothing|no)\b|rated (?:us|it|the)|kept (?:her|his|their|the|us|our)|"
    r"left (?:us )?an? (?:[\w-]+ ){0,2}review|(?:was|were|felt) (?:very |really |much |so |more than )?(?:happy|pleased|"
    r"satisfied|delighted|relieved|reassured|grateful)(?! (?:for|to)\b)|(?:was|were) (?:\w+ )?(?:withdrawn|rated|upheld)|worked|paid off|"
    r"went (?:well|fine|smoothly|ahead))\b", re.IGNORECASE)
# Someone else's words: a quotation inside the answer, or a third party who said, told, asked or disclosed.
_SPEECH_RE = re.compile(
    r"(?:^|\s)['‘\"“](?=\w)\S+\s.*?(?<=[\w.,!?])['’\"”](?!\w)|"
    r"\bsaid (?:she|he|they) (?:was|wasn't|were|weren't|had|hadn't|did|didn't|could|couldn't|would|wouldn't)\b|"
    r"\b(?<!I )(?<!we )told (?:me|us) (?:that|she|he|they)\b|"
    r"\b(?:he|she|they|the (?:child|pupil|student|patient|client|customer|resident|parent|mother|father|boy|girl))"
    r" (?:said|told|asked|disclosed|shouted|whispered|admitted|explained|mentioned|claimed)\b", re.IGNORECASE)


def told_outcome(sentences: list[str]) -> bool:
    """Whether an answer's last two sentences (``sentences``, in order) tell what came of it or what it taught."""
    tail = " ".join(sentences[-2:])
    # a lesson closes a story ("It reminded me that…", "The biggest lesson was…", "Now I always…"): the one lesson cue,
    # core.analysis.cues.LESSON, in each language it has (session 19: this module kept a second list)
    return bool(_OUTCOME_RE.search(tail) or _SETTLED_RE.search(tail) or any(cue.search(tail) for cue in cues.LESSON.values()))


def others_words(sentence: str) -> bool:
    """Whether ``sentence`` reports what someone other than the candidate said (module docstring)."""
    return bool(_SPEECH_RE.search(sentence))


# Someone else's work: done/handled/owned by a named other (never "by me"), or a team, office or person other than "I",
# "we" or a bare "our team" as the doer, or "the X team's job".
_PARTY = (r"(?:team|office|department|dept|manager|lead|colleague|supervisor|director|boss|analyst|planner|agency|"
          r"vendor|contractor|partner|coordinator|head)s?")
_OTHERS_WORK_RE = re.compile(
    r"\b(?:is|was|were|are|(?:has|have|had)\s+(?:always\s+|never\s+|all\s+)?been)\s+(?:\w+ly\s+|always\s+|never\s+|still\s+)?"
    r"(?:done|handled|owned|run|managed|covered|looked after|taken care of|built|planned|prepared|produced|set|"
    r"made|decided|approved|signed off)\s+by\s+(?!me\b|myself\b|us\b|ourselves\b)|"
    r"\b(?:the|our|my|their|his|her|a|another)\s+(?:[\w-]+\s+){1,3}" + _PARTY +
    r"\s+(?:always\s+|usually\s+|still\s+|just\s+)?(?:owned|owns|handled|handles|did|does|ran|runs|managed|manages|"
    r"took care of|takes care of|looked after|looks after|(?:was|were|is|are) (?:in charge|responsible))\b|"
    r"\b(?:was|is|were|are)\s+(?:the|their|his|her)\s+(?:[\w-]+\s+){0,3}(?:[\w-]+'s)\s+(?:job|responsibility|"
    r"area|remit)\b", re.IGNORECASE)


def others_work(sentence: str) -> bool:
    """Whether ``sentence`` tells someone else's work, not the candidate's (module docstring): never the quote of
    "How exactly would you do that?"."""
    return bool(_OTHERS_WORK_RE.search(sentence))
