"""What kind of question was asked, so each answer is judged by what that kind asks for.

The types (the usual split in structured-interview guides):

* ``behavioural``: a past example ("Tell me about a time you…"); judged on STAR
  (situation, task, action, result).
* ``situational``: a hypothetical ("What would you do if…", "How would you handle…"); judged on
  approach, steps and trade-offs; a role-play or dilemma station (:func:`core.coach.scene.scene_kind`: 'A patient
  says: "…" How would you respond?', "What should guide the decision?") on what such stations look for.
* ``technical``: knowledge or design ("How does X work", "Design a…", "Explain…"); judged on
  concepts, reasoning and trade-offs.
* ``motivation``: why this job, company or field, and fit ("What makes you a strong fit?",
  "What would you bring to the team?", "Why Northwind?"); judged on specific reasons tied to the
  role and something done that shows them, never on a STAR story.
* ``self_assessment``: strengths, weaknesses, feedback received; judged on an honest example
  plus what the candidate does about it.
* ``introduction``: "Tell me about yourself"; judged on a short, relevant arc (past, present, why
  this role).

A bank question carries its type in ``data/question_bank.json`` (``type``); any other question
(a connected model's, a CV-based one) is classified by :func:`detect_question_type`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal, get_args

from core.analysis.skills import find_skills
from core.coach.bank import bank_texts, load_question_bank
from core.coach.scene import scene_kind
from core.coach.short_answer import asks_knowledge

QuestionType = Literal["behavioural", "situational", "technical", "motivation", "self_assessment", "introduction"]
QUESTION_TYPES: tuple[QuestionType, ...] = get_args(QuestionType)

# The opener on a CV role ("Tell me about that role: what you were responsible for, and why … is your next step"): an
# introduction (session 24: typed as a story question, its answer scored relevance 2/5 while the chat let it be)
CV_ROLE_OPENER = (r"\btell (?:me|us) (?:briefly |a (?:little|bit) )?about (?:that |this |your (?:current |present |last |"
                  r"most recent )?)(?:role|job|position)\s*[:,.—–-]\s*what you (?:were|are) responsible for\b")
CV_ROLE_OPENER_RE = re.compile(CV_ROLE_OPENER, re.I)

# Ordered: the first rule that matches wins. Self-assessment and motivation come before the
# behavioural rule because "Tell me about a weakness" or "Tell me why you want…" open like one.
_RULES: tuple[tuple[QuestionType, re.Pattern[str]], ...] = (
    ("introduction", re.compile(r"\btell (?:me|us) (?:a (?:little|bit) )?about yourself\b|\bwalk me through your (?:cv|resume|background|career)\b|\bintroduce yourself\b|"
                     # the opener on the candidate's present work ("Tell me briefly about the work you do now, and why…")
                     r"\btell (?:me|us) (?:briefly |a (?:little|bit) )?about (?:the work|what) you do (?:now|at the moment|currently|today)\b|"
                     # the opener on a CV role (:data:`CV_ROLE_OPENER_RE`)
                     + CV_ROLE_OPENER, re.I)),
    ("self_assessment", re.compile(
        # the candidate's own strengths or weaknesses, not "an internal control weakness" or "a strength of Raft"
        r"\b(?:your|my)\s+(?:(?:greatest|biggest|main|key|top|personal|real|two|three)\s+)*(?:weakness(?:es)?|strengths?)\b|"
        r"\b(?:greatest|biggest) (?:weakness|strength)|\bstrengths? and weakness|\bweakness(?:es)? and strengths?\b|"
        r"\b(?:a|one|any) (?:weakness|strength) (?:you|of yours)\b|^\W*(?:weakness(?:es)?|strengths?)\W*$|\babout (?:a|one) (?:weakness|strength)\b|"
        r"\b(?:feedback|criticism) (?:that )?you(?:'ve| have)? (?:ever |recently )?(?:received|got|been given)\b|\bimprove about yourself\b|"
        r"\bhow would (?:your|a) (?:colleagues|manager|team|friends|boss)\b|\bdescribe yourself\b|"
        r"\bwhat (?:feedback|criticism) have you\b|\barea(?:s)? (?:for|of) (?:improvement|development)\b", re.I)),
    ("motivation", re.compile(
        r"\bwhy (?:do you want|are you interested|this (?:role|job|company|position|field)|did you (?:apply|choose)|"
        r"should we hire|(?:did|do) you (?:leave|want to leave)|are you leaving|(?:healthcare|teaching|nursing|sales|us)\b)|"
        r"\bwhat (?:attracts|draws|interests) you\b|\bwhere do you see yourself\b|\bwhat motivates you\b|"
        r"\bwhy (?:do|would) you (?:want|like)\b|\bwhat do you know about (?:us|our|the company)\b|"
        r"\bcareer goals?\b|\bwhat are you looking for\b|\bideal (?:work|job|role|environment|manager|team|company)\b", re.I)),
    ("behavioural", re.compile(
        r"\btell me about (?:a|an|the|one) (?:time|situation|occasion|moment|project|example|case|mistake|failure|"
        r"conflict|decision|challenge|disagreement)|\ba time (?:when |that |where )?(?:you|your)\b|"
        r"\bgive (?:me |us )?an example\b|\bdescribe (?:a|an|the) (?:time|situation|project|occasion|challenge|"
        r"mistake|conflict|decision)\b|\bwalk me through (?:a|an|the|how you \w+ed)\b|\bhave you ever\b|"
        r"\byour cv (?:mentions|says|lists|shows)\b|\byou list\b|\bwhat (?:did|was) you(?:r)? (?:biggest|proudest|most)\b|"
        r"\bwhen (?:have|did) you\b|\bshare an? (?:example|experience|time)\b|\bthe last time you\b", re.I)),
    # Fit and why-us wording that no rule above takes: "What makes you a strong fit?", "What would you
    # bring to the team?", "Why Northwind?". After the behavioural rule, so "Tell me about a time you
    # had to fit in" stays a story; before the situational and technical ones, whose "how do you" /
    # "why should" openings would take "How do you see yourself fitting in?" / "Why should we hire you?".
    ("motivation", re.compile(
        r"\byou (?:are |be |'re )?(?:a|an|the) (?:strong|good|great|right|ideal|best|perfect|natural|better)\s+"
        r"(?:fit|match|candidate|choice|person|hire)\b|\b(?:a|the) (?:strong|good|great|right|ideal|best) "
        r"(?:fit|match) for (?:this|the|our|us)\b|\b(?:you )?fit(?:ting)? (?:in with|in|into|with) (?:here|us|our|this|the) ?"
        r"(?:team|company|culture|organi[sz]ation|role|place)?\b(?! (?:model|data|line|curve))|\bfitting in\b|"
        r"\b(?:role|job|position) fits? (?:your|in|into)\b|"
        r"\bwhat (?:would|will|can|could|do) you bring\b|\bwhat value (?:would|will|can|could|do) you (?:add|bring)\b|"
        r"\bwhy should we (?:hire|choose|pick|select|take)\b|\bwhy (?:are|would) you (?:be )?(?:the|a|an) "
        r"(?:best|right|good|strong|ideal|great)\b|\bwhat makes you (?:unique|stand out|different|the |a |an |want|"
        r"suited|qualified|right|interested)|\bwhat (?:sets|makes) you apart\b|\bwhy (?:are you )?apply(?:ing)?\b|"
        r"\bwhat (?:made|makes|led) you (?:apply|choose|decide|want|interested)|\bwhy (?:you|you'd|you would) "
        r"(?:want|like|apply)\b|\bwhat (?:excites|appeals to|interests|attracts|draws|motivates) you\b|"
        r"\bwhat do you find (?:most )?(?:exciting|appealing|interesting|attractive) about\b|"
        r"\bwhat do you hope to (?:achieve|gain|learn|accomplish)\b|\b(?:long-term|long term|career) "
        r"(?:goals?|plans?|aspirations?|ambitions?)\b|\bwhy (?:our|this|the|a) (?:company|organi[sz]ation|team|"
        r"school|hospital|firm|practice|trust|business|sector|industry|career|profession|opportunity)\b|"
        r"\bwhy (?:do|did) you want to (?:join|work|move|become|switch)\b", re.I)),
    ("situational", re.compile(
        r"\bwhat would you do\b(?! (?:anything |\w+ )?differently\b(?! from))|\bhow would you (?:handle|approach|respond|deal|prioriti[sz]e|manage|react|"
        r"plan|go about|tell|explain|convince|support)\b|\bimagine\b|\bsuppose\b|\bif you (?:were|had|found|"
        r"noticed|joined|disagreed|discovered)\b|\bwhat if\b|\bin your first (?:30|60|90|\w+) days\b|"
        r"\bfirst (?:30|60|90) days\b|\bhow would you\b|\bhow do you (?:handle|approach|deal with|manage|cope|respond|"
        r"react|prioriti[sz]e|balance|stay|keep|resolve)\b|"
        # what the candidate would do, however the asking phrase is worded: "What steps would you take",
        # "What questions would you ask", "What would your approach be", "the first thing you would check",
        # "Where would you start", "Supposing…", "In a situation where…", "Say a client…"; never "what would you do
        # differently (now, next time)", which looks back on a past piece of work: a story (session 17)
        r"\bwhat (?:\w+ ){1,3}(?:would|should) you (?!like\b|expect\b|bring\b|add\b)\w+\b(?! (?:anything |\w+ )?differently\b(?! from))|"
        r"\bwhat (?:would|should) (?:be )?your (?:first |next )?(?:steps?|approach|plan|priorit\w+|response|move|"
        r"strategy)\b|\bwhat (?:would|should) you do\b(?! (?:anything |\w+ )?differently\b(?! from))|\bwhat you(?:'d| would) do\b(?! (?:anything |\w+ )?differently\b(?! from))|"
        r"\bhow should you\b|"
        r"\bthe first (?:thing|step|steps|things) (?:you(?:'d| would)|to)\b|\bwhere would you (?:start|begin)\b|"
        r"\bsupposing\b|\bin a situation where\b|(?:^|[.?!:]\s+)(?:let's )?say (?:a|an|that|you|your)\b", re.I)),
    ("technical", re.compile(
        r"\bdesign (?:a|an|the)\b|\bhow (?:does|do|is|are|would you (?:design|build|implement|scale|test|debug|model))\b|"
        r"\bexplain\b|\bwhat is the difference\b|\bdifference between\b|\bwhat (?:is|are) (?:a|an|the)\b|"
        r"\bwhen would you use\b|\bhow do you (?:ensure|measure|evaluate|test|debug|validate|decide|choose|"
        r"approach|handle|structure|prioriti[sz]e)\b|\bwalk me through how\b|"
        r"(?:^|[.?]\s+)(?:compare|contrast|analy[sz]e|outline|propose|architect|devise|quantify|formulate|evaluate|"
        r"critique|assess|justify|derive|sketch|estimate|define|discuss|develop|craft|build|implement|design)\b|"
        r"\bdescribe (?:how|why|what|the (?!time|situation|project|occasion|challenge|mistake|conflict|decision))|"
        r"(?:^|[.?]\s+)describe (?!a\b|an\b|the\b|your\b|how you\b|yourself\b)|\bwhat is\b(?! your| it like)|"
        r"\bwhy (?:can|does|do|is|are|would|did|should) (?!you\b)|\byou(?:'re| are) (?:tasked|running|designing|"
        r"building|asked to|choosing|considering)\b|\bwhat are\b|"
        # what causes or follows from a thing, how to do it, why avoid it: knowledge, not a story (session 22)
        r"\bwhat (?:causes|triggers) (?!you\b|your\b|us\b|people\b)|\bwhat happens (?:when|if|to) (?!you\b|your\b|we\b|"
        r"our\b|someone\b|they\b|people\b)|^\W*how to\b|^\W*why (?:avoid|use|prefer)\b", re.I)),
)


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]+", "", re.sub(r"\s+", " ", text.lower())).strip()


@lru_cache(maxsize=1)
def _bank_types() -> dict[str, QuestionType]:
    return {
        _norm(text): q["type"]
        for q in load_question_bank()
        if q.get("type") in QUESTION_TYPES
        for text in bank_texts(q)
    }


def detect_question_type(question: str) -> QuestionType:
    """The type of ``question`` by wording; ``behavioural`` when nothing else fits.

    Only the question proper is read: a lead-in such as "Thanks. Your CV mentions X at Y." before
    the question is harmless because the rules look for the asking phrase anywhere.
    """
    text = question or ""
    if scene_kind(text):  # a role-play or dilemma station: what you would say or weigh (core.coach.scene)
        return "situational"
    if asks_knowledge(text):  # what code outputs, what a named thing does or is (core.coach.short_answer)
        return "technical"
    for kind, pattern in _RULES:
        if kind == "motivation" and _technical_why(text):  # "Why NoSQL?" is no "Why Northwind?"
            return "technical"
        if kind == "behavioural" and _role_opener(text):  # "your CV lists your current role as …, and why …"
            return "introduction"  # the background rubric, never STAR (session 25, rc24 r8)
        if pattern.search(text):
            return kind
    if _why_name(text):
        return "motivation"
    return "behavioural"


_WHY_NAME_RE = re.compile(r"^\W*[Ww]hy ((?:[A-Z][\w&.'-]*)(?: [A-Z][\w&.'-]*){0,3})\s*\?\s*$")


# A why-question about a choice: "Why NoSQL?", "Why did you choose PostgreSQL over MongoDB?", "Why
# microservices instead of a monolith?", "Why would you use Redis here?".
_WHY_RE = re.compile(r"(?:^|[.?!:]\s+)why\b(?P<rest>[^?.!]*)", re.I)
_WHY_SELF_RE = re.compile(
    r"\b(?:want|like|interested|enjoy|love|passionate|leave|leaving|left|apply|applying|hire|join)\b|"
    r"\b(?:this|the|our|your) (?:role|job|company|position|team|field|career|profession|organi[sz]ation|sector)\b|"
    r"\b(?:us|here|now)\b", re.I)
_CHOICE_RE = re.compile(
    r"^\s*(?:(?:did|do|would|will|should|have|was|is) (?:you|we|they|the team|it) )?(?:choose|chose|chosen|use|used|pick|"
    r"picked|prefer|go with|went with|opt for|opted for|select|selected|adopt|adopted|move to|moved to|switch to|"
    r"switched to|migrate to|migrated to|build|built)\b|\b(?:over|instead of|rather than|vs\.?|versus)\b", re.I)
_TECH_TOKEN_RE = re.compile(r"\b[A-Za-z]*[a-z][A-Z][A-Za-z]*\b")  # NoSQL, GraphQL, gRPC, PyTorch


def _technical_why(text: str) -> bool:
    """A why-question about a technical choice ("Why NoSQL?", "Why did you choose PostgreSQL over
    MongoDB?", "Why microservices instead of a monolith?"): short ("Why X?") or about choosing, naming
    a tool or technical term (the skills lexicon, or a word capitalised inside as NoSQL is), and not
    about the candidate's wishes, the role or the organisation ("Why do you want…", "Why this company?")."""
    for m in _WHY_RE.finditer(text or ""):
        rest = m.group("rest")
        if _WHY_SELF_RE.search(rest) or not (len(rest.split()) <= 4 or _CHOICE_RE.search(rest)):
            continue
        if _TECH_TOKEN_RE.search(rest) or any(hit.named_tool for hit in find_skills(rest)):
            return True
    return False


# The candidate's own role or work, as an opener names it ("your current role", "the entry your CV lists as", "your time
# at Acme", "that work"): with why this role asked, the question is about the candidate's background, not a past event
_OWN_ROLE_RE = re.compile(
    r"\byour (?:current |present |most recent |last |latest )?(?:role|job|position|work|time)\b|"
    r"\bthe entry your cv lists\b|\bthat (?:role|work|job)\b", re.I)


def _role_opener(text: str) -> bool:
    """An opener on the candidate's role that asks why this one ("Let's begin with your current role, which your CV
    lists as …: what do you own there, and what makes you want the … role?"): judged on what the candidate does and
    why this role, as any opener is, never as a STAR story (session 25: one such opener was asked for a situation)."""
    return bool(_OWN_ROLE_RE.search(text or "")) and asks_why_role(text)


def _why_name(text: str) -> bool:
    """"Why Northwind?": why this organisation, asked by its name; not "Why Kubernetes?" (a tool)."""
    m = _WHY_NAME_RE.match(text.strip())
    return bool(m) and not find_skills(m.group(1))


@lru_cache(maxsize=512)  # pure (the bank is read once); asked several times per answer about the same question
def question_type(question: str) -> QuestionType:
    """The bank's type for a bank question (matched by its normalised text), else the detected one."""
    norm = _norm(question or "")
    for bank_text, kind in _bank_types().items():
        if bank_text and bank_text in norm:
            return kind
    return detect_question_type(question)


_WHY_ROLE_RE = re.compile(
    r"\bwhy (?:do you want|would you (?:want|like)|are you interested|this (?:role|job|company|position|field|team)|"
    r"did you (?:apply|choose)|us\b|(?:healthcare|teaching|nursing|sales)\b)|\bwhat (?:attracts|draws|interests) you\b|"
    r"\bwhy (?:here|now)\b|\bwhy should we hire\b|"
    # "why the operations manager role at X is your next step", "what makes you want the … role"
    r"\bwhy (?:the|this|that|our) [^.?!]{0,80}?\b(?:role|job|position)\b|\bwhy\b[^.?!]{0,80}\byour next (?:step|move)\b|"
    r"\bwhat makes you want\b|\bwhy you(?:'d| would)? want\b",
    re.I,
)


def asks_why_role(question: str) -> bool:
    """True when ``question`` asks why the candidate wants this role, field or organisation ("what draws
    you to…", "why do you want…"): half of a good answer is then the candidate's reason."""
    return bool(_WHY_ROLE_RE.search(question or ""))
