"""Answer evidence: what one answer observably contains (STAR parts, numbers, tools, reasoning,
lessons, fillers, "I" and "we"), with quotes, plus the regexes the scorer reads."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.analysis.job import extract_requirements
from core.analysis.skills import find_skills
from core.analysis.text import NUMBER_RE, content_stems, sentences, short_quote, stem, words

STAR_CUES: dict[str, re.Pattern[str]] = {
    "situation": re.compile(
        r"\b(?i:when I (?:was|joined|worked|started)|at my (?:last|previous|current|old) (?:job|role|company|school|employer)|"
        r"in my (?:last|previous|current|first) (?:job|role|position|team)|last (?:year|month|quarter|spring|summer|winter|autumn)|"
        r"a few (?:years|months|weeks) ago|(?:in|back in) (?:19|20)\d{2}|we had (?:a|an)|there was (?:a|an)|"
        r"the (?:situation|context|background|problem) was|one time|once,|on one (?:shift|occasion|project)|"
        r"I was working (?:at|on|as)|while I was|during my)|\b[Aa]t (?:[A-Z][\w&]+)",
    ),
    "task": re.compile(
        r"\b(my (?:role|job|task|goal|responsibility|aim) was|I was (?:asked|responsible|tasked|given|brought in)|"
        r"I (?:needed|had|wanted) to|the (?:goal|aim|target|task|brief|challenge|ask) was|I was in charge|"
        r"it was (?:my|up to me)|we needed to|our (?:goal|target) was|I owned)",
        re.IGNORECASE,
    ),
    "action": re.compile(
        r"\bI (?:then |first |also |quickly |personally )?(?:built|wrote|designed|led|set up|created|organised|organized|"
        r"analysed|analyzed|called|met|spoke|talked|asked|proposed|decided|introduced|ran|started|changed|"
        r"rewrote|added|moved|migrated|automated|mapped|reviewed|interviewed|sat down|pulled|tested|prototyped|"
        r"drafted|negotiated|escalated|trained|coached|implemented|reworked|split|prioritised|prioritized|"
        r"scheduled|documented|tracked|checked|replaced|fixed|refactored|profiled|contacted|explained|"
        r"listened|offered|arranged|raised|presented|built|shadowed|created|grouped|used|went|put|made|took|"
        r"worked|paired|reached out|followed up|broke|booked|gave|focused|reassessed|informed|administered|"
        r"adjusted|planned|rebuilt|launched|shipped|calculated|compared|identified|noticed|investigated|"
        r"persuaded|convinced|brought|switched|pushed|agreed|emailed|phoned|visited)\b",
        re.IGNORECASE,
    ),
    "result": re.compile(
        r"\b(as a result|the result|resulted in|result was|in the end|ended up|outcome|which (?:meant|led)|this (?:meant|led)|"
        r"led to|so that we|reduced|increased|improved|cut|saved|grew|dropped|rose|fell|halved|doubled|"
        r"went (?:from|up|down)|finished|delivered|launched|signed|closed|won|renewed|passed|achieved|"
        r"recovered|stabilised|stabilized|was discharged|got better|thanked|hit (?:our|the|my)|met (?:the|our) (?:deadline|target)|"
        r"on time|since then|afterwards|by the end|feedback was)\b",
        re.IGNORECASE,
    ),
}
REASONING_RE = re.compile(
    r"\b(because|since the|so that|the reason|trade-?offs?|instead of|instead|rather than|weigh(?:ed|ing)?|"
    r"considered|decided (?:to|against|that)|the risk|risks?|pros and cons|on the other hand|compared|"
    r"the downside|the upside|prioriti[sz]ed|which meant|in order to|otherwise)\b",
    re.IGNORECASE,
)
LESSON_RE = re.compile(
    r"\b(learn(?:ed|t)|lesson|in hindsight|looking back|next time|would do differently|I now|I still|"
    r"since then|taught me|realised|realized|what I'd change|I would have|going forward|changed how I)\b",
    re.IGNORECASE,
)
FILLER_RE = re.compile(
    r"\b(um+|uh+|erm|like,|you know|basically|kind of|sort of|i mean|literally|stuff like that|"
    r"and stuff|or whatever|whatever|to be honest|honestly|i guess|things like that|yeah so|so yeah)\b",
    re.IGNORECASE,
)
NON_ANSWER_RE = re.compile(
    r"^\s*(?:(?:honestly|to be honest|sorry|um+|well|hmm+|erm)[,.]?\s+)?(i\s+(?:don'?t|do not)\s+know|no idea|not sure|i'?m not sure|i have no (?:idea|experience)|"
    r"i (?:haven'?t|have not|never) (?:done|had|worked)|pass|skip|n/?a|nothing|no comment|can we skip|"
    r"i can'?t (?:think|remember)|i don'?t (?:have|remember|really know))\b",
    re.IGNORECASE,
)
I_RE = re.compile(r"\b(I|I'm|I've|I'd|I'll|me|my|myself)\b")
WE_RE = re.compile(r"\b(we|we're|we've|we'd|we'll|our|us|the team)\b", re.IGNORECASE)


@dataclass
class AnswerEvidence:
    """What an answer observably contains, with quotes."""

    text: str
    word_count: int
    sentence_count: int
    star: dict[str, str] = field(default_factory=dict)  # part -> quote
    numbers: list[str] = field(default_factory=list)
    number_quotes: list[str] = field(default_factory=list)
    tools: list[str] = field(default_factory=list)
    tool_quotes: list[str] = field(default_factory=list)
    reasoning: list[str] = field(default_factory=list)
    lessons: list[str] = field(default_factory=list)
    fillers: list[str] = field(default_factory=list)
    i_count: int = 0
    we_count: int = 0
    question_overlap: list[str] = field(default_factory=list)
    job_overlap: list[str] = field(default_factory=list)
    question_terms: int = 0
    longest_sentence: int = 0


def _quotes(regex: re.Pattern[str], text: str, limit: int = 3) -> list[str]:
    out: list[str] = []
    for m in regex.finditer(text):
        q = short_quote(text, m.start(), m.end(), width=5)
        if q and q not in out:
            out.append(q)
        if len(out) >= limit:
            break
    return out


def analyse_answer(answer: str, question: str = "", job_description: str = "") -> AnswerEvidence:
    """Collect the observable evidence in one answer."""
    text = answer.strip()
    sents = sentences(text)
    ev = AnswerEvidence(text=text, word_count=len(words(text)), sentence_count=len(sents))
    ev.longest_sentence = max((len(s.split()) for s in sents), default=0)
    for part, regex in STAR_CUES.items():
        m = regex.search(text)
        if m:
            ev.star[part] = short_quote(text, m.start(), m.end(), width=6)
    ranked_quotes: list[tuple[int, str]] = []
    for m in NUMBER_RE.finditer(text):
        token = m.group(0).strip()
        if re.fullmatch(r"(19|20)\d{2}", token):
            continue  # a year is context, not a measured result
        ev.numbers.append(token)
        q = short_quote(text, m.start(), m.end(), width=5)
        if q not in [r[1] for r in ranked_quotes]:
            # Numbers that state a result are the best evidence: quote them first.
            ranked_quotes.append((0 if STAR_CUES["result"].search(q) else 1, q))
    ev.number_quotes = [q for _, q in sorted(ranked_quotes, key=lambda r: r[0])]
    for hit in find_skills(text):
        if hit.named_tool:
            ev.tools.append(hit.name)
            ev.tool_quotes.append(short_quote(text, hit.start, hit.end, width=4))
    ev.reasoning = _quotes(REASONING_RE, text)
    ev.lessons = _quotes(LESSON_RE, text)
    ev.fillers = [m.group(0).lower().rstrip(",") for m in FILLER_RE.finditer(text)]
    ev.i_count = len(I_RE.findall(text))
    ev.we_count = len(WE_RE.findall(text))
    q_stems = content_stems(question)
    a_stems = content_stems(text)
    ev.question_terms = len(q_stems)
    surface: dict[str, str] = {}
    for w in words(text):
        surface.setdefault(stem(w), w.strip(".,;:'").lower())
    ev.question_overlap = sorted(surface[st] for st in q_stems & a_stems)
    if job_description:
        jd_terms = content_stems(" ".join(extract_requirements(job_description)))
        ev.job_overlap = sorted(surface[st] for st in jd_terms & a_stems)
    return ev


def is_experience_question(question: str) -> bool:
    """Questions asking for a past example (as opposed to hypothetical or knowledge questions)."""
    return bool(
        re.search(
            r"tell me about|describe (?:a|the|how you)|give (?:me )?an example|walk me through (?:a|an|the|how you)|"
            r"a time (?:you|when)|your cv|you list|have you|did you|you (?:launched|built|ran|led|closed)",
            question,
            re.IGNORECASE,
        )
    )
