"""Answer evidence: what one answer observably contains, with quotes.

:func:`analyse_answer` reads the candidate's words only (see :func:`candidate_words`) in the
answer's own language (:func:`core.analysis.language.detect_language`): STAR parts (explicit
labels such as "Result:" first, then wording cues), steps, reasoning, lessons, what the candidate
does about a weakness, reasons for wanting the job, numbers, named tools, fillers, "I" and "we",
and the language-neutral signals of :mod:`core.analysis.signals`. In a language the coach has no
cues for, the cue-based fields stay empty and :attr:`AnswerEvidence.analysed` is False, so nobody
reads their absence as a gap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.analysis import cues
from core.analysis.answer_across import employer_named, read_across, shared_context
from core.analysis.answer_terms import inside_phrases_only, job_overlap, not_a_tool, short_skill_terms
from core.analysis.cues_work import work_phrase
from core.analysis.figures import not_a_quantity, spelled_quantities
from core.analysis.job import extract_requirements
from core.analysis.language import ANALYSED_LANGUAGES, detect_language, zipf
from core.analysis.lemmas import lemma
from core.analysis.results import figure_result, followed_only, other_language_result, spelled_measures
from core.analysis.signals import Signals, compute_signals, tokens
from core.analysis.skills import find_skills
from core.analysis.term_meanings import meant, meant_words
from core.analysis.text import (
    NUMBER_RE,
    STOPWORDS,
    content_stems,
    phrase_words,
    sentences,
    short_quote,
    stem,
    words,
)
from core.analysis.would_do import says_what_id_do
from core.words import CJK_CHAR, cjk_spaced, count_words, filler_words, subject_text

NON_ANSWER_RE = cues.NON_ANSWER["en"]
# How interviewers frame a question ("give concrete details", "mention the approach"): not its subject,
# so never a term the answer is told it left out.
QUESTION_FRAMING = frozenset(
    ["approach", "approaches", "concrete", "detail", "details", "mention", "describe", "explain", "example", "examples", "specific", "specifically", "briefly", "particular", "elaborate", "outline", "discuss", "scenario", "instance", "aspect", "aspects", "walk", "kind", "sort",
     # the wording of asking and answering, not its subject ("a family asks you…, how do you respond?", "how did it
     # turn out?"): an answer is never told it left these out
     "ask", "asks", "asked", "asking", "respond", "responds", "reply", "replies", "spoken", "speak", "speaks", "turn"])
# A question word rarer than this is one of its terms ("triage" 2.9, "latency" 3.3, "leadership" 4.8 are;
# "team" 5.7, "fit" 4.95, "happens" 4.96, "handle" 4.79 are not): everyday verbs and nouns of the question's
# wording are not concepts an answer can be told it left out (issue 14, fourth pass: 5.0 let them in).
SPECIFIC_ZIPF = 4.7
I_RE = re.compile(r"\b(I|I'm|I've|I'd|I'll|me|my|myself|yo|mi|me)\b")
# "We" as the doer ("we rolled it out", "the team decided"), not "our" or "us": "our checkout service", "our
# customers" set the scene of a story told in the first person, and counting them asked "what did you
# personally do?" of one (issue 15, session 14).
WE_RE = re.compile(r"\b(we|we're|we've|we'd|we'll|the team|our team|nosotros|el equipo)\b", re.IGNORECASE)
# The interviewer's follow-up as the interview stores it inside the combined answer
# (core.interview.QuestionRecord.combined_answer): "(Follow-up: <question>)" on its own line.
FOLLOW_UP_RE = re.compile(r"^\s*\(Follow-up:.*\)\s*$", re.MULTILINE | re.IGNORECASE)


def candidate_words(answer: str) -> str:
    """The candidate's own words: ``answer`` without the interviewer's follow-up lines."""
    return re.sub(r"\n{3,}", "\n\n", FOLLOW_UP_RE.sub("", answer or "")).strip()


@dataclass
class AnswerEvidence:
    """What an answer observably contains, with quotes."""

    text: str
    # The length the scorer's bands and thresholds read (word tokens, numbers not counted); never shown.
    word_count: int
    sentence_count: int
    words_shown: int = 0  # the answer's word count as shown everywhere: core.words.count_words
    lang: str = "en"
    analysed: bool = True
    star: dict[str, str] = field(default_factory=dict)  # part -> quote
    labelled: list[str] = field(default_factory=list)  # parts given an explicit label
    numbers: list[str] = field(default_factory=list)  # in digits
    spelled_numbers: list[str] = field(default_factory=list)  # in words: "two", "eleven", "a dozen"
    number_quotes: list[str] = field(default_factory=list)
    tools: list[str] = field(default_factory=list)  # the lexicon's names ("Prospecting" for "cold calling")
    tool_words: list[str] = field(default_factory=list)  # the same tools as the answer writes them ("cold calling")
    tool_quotes: list[str] = field(default_factory=list)
    reasoning: list[str] = field(default_factory=list)
    lessons: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    self_actions: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    experience: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)  # distinct action verbs, as written
    hedges: list[str] = field(default_factory=list)
    vague: list[str] = field(default_factory=list)  # evaluative words that say nothing concrete: "good", "stuff"
    fillers: list[str] = field(default_factory=list)
    i_count: int = 0
    we_count: int = 0
    question_overlap: list[str] = field(default_factory=list)
    job_overlap: list[str] = field(default_factory=list)
    question_terms: int = 0
    question_coverage: float = 0.0  # share of the question's specific terms the answer takes up (0-1)
    question_specific: int = 0  # how many specific terms the question has
    question_untouched: list[str] = field(default_factory=list)  # the question's specific terms it leaves aside
    dismissive: list[str] = field(default_factory=list)  # brush-offs: "I just ignore it", "I avoid", "go with my gut"
    unsure_share: float = 0.0  # share of sentences (0-1) with a hedge or uncertainty ("maybe", "I guess", "usually")
    dont_know: list[str] = field(default_factory=list)  # "I don't know", "I'm not sure what…", anywhere in the answer
    longest_sentence: int = 0
    signals: Signals | None = None


def _quotes(regex: re.Pattern[str] | None, text: str, limit: int = 3) -> list[str]:
    out: list[str] = []
    for m in regex.finditer(text) if regex is not None else ():
        q = short_quote(text, m.start(), m.end(), width=5)
        if q and q not in out:
            out.append(q)
        if len(out) >= limit:
            break
    return out


def _labelled_parts(text: str) -> dict[str, str]:
    """Parts introduced by an explicit label, each quoted from the words after its label."""
    found: dict[str, str] = {}
    matches = list(cues.LABEL_RE.finditer(text))
    for i, m in enumerate(matches):
        part = cues.LABEL_PART.get(m.group("label").lower())
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        body = text[m.end() : end].strip()
        if part and body and part not in found:
            found[part] = phrase_words(body, 12).rstrip(".,;")
    return found


def _cued_parts(text: str, lang: str) -> dict[str, str]:
    """STAR parts found by wording; a result is looked for after the opening sentence first, so the
    problem the story starts from ("deploys had increased to 40 minutes") is not taken as its result."""
    patterns = cues.STAR_CUES.get(lang, {})
    found: dict[str, str] = {}
    first = sentences(text)[0] if sentences(text) else ""
    for part, regex in patterns.items():
        start = len(first) if part == "result" and len(sentences(text)) >= 3 else 0
        m = regex.search(text, start) or regex.search(text)
        if m:
            found[part] = short_quote(text, m.start(), m.end(), width=6)
    if lang == "en" and "situation" not in found and (opening := cues.opening_situation(sentences(text))):
        found["situation"] = phrase_words(opening.rstrip(".!?;"), 18)  # its own words, as said
    return found


_ACTION_STEMS = frozenset(stem(v) for v in cues.ACTION_VERBS_EN)


# How a speaker frames what follows ("Let me explain", "to be honest"): no step of the answer.
_SPEECH_FRAMING_RE = re.compile(
    r"\b(?:let me|I'?d like to|I will|I'll|allow me to)\s+(?:first\s+)?(?:explain|describe|walk you through|start|"
    r"tell you|summari[sz]e|begin|answer)\b|\bto (?:explain|be honest|be clear|answer (?:that|this|your question))\b",
    re.IGNORECASE)


def _actions(text: str, lang: str) -> list[str]:
    """The distinct actions an answer names ("checked", "inspect", "rebooted"): its steps."""
    if lang == "es":
        return list(dict.fromkeys(m.group(0).lower() for m in cues.STAR_ES["action"].finditer(text)))
    if lang != "en":
        return []
    found: dict[str, str] = {}
    for w in words(_SPEECH_FRAMING_RE.sub(" ", text)):
        st = stem(w)
        if st in _ACTION_STEMS and st not in found:
            found[st] = w.lower()
    return list(found.values())


_MEASURE_RE = re.compile(r"[%$£€]|percent|\d\s?(?:x|k|m|bn)\b", re.IGNORECASE)


# After a number, what makes it part of a name: a letter at once ("5S", "3D") or a method ("5-whys").
_NAME_NUMBER_RE = re.compile(r"[A-Za-z]|-(?:whys?|why|step (?:plan|process)|point plan)\b", re.IGNORECASE)
_LABEL_BEFORE_RE = re.compile(
    r"\b(?:year|grade|level|stage|phase|step|version|room|ward|unit|floor|class|key stage|ks|band|tier|gate|section|clause|"
    r"platform|route|bay|aisle|dock)\s+$", re.IGNORECASE)
# A name written with digits after a letter and a sign ("an N+1 query", "O(n^2)", "COVID-19", "a P1 incident" is
# _NAME_NUMBER_RE's), a one-to-one ("a 1:1", "1:1s") and "24/7": no quantity, no measured result (issue 15, session 14).
_DIGIT_NAME_RE = re.compile(r"(?<![\w.])[A-Za-z]{1,6}[+^-]\d+\b|\b[A-Za-z]\([a-z0-9^ *]+\)|\b1:1s?\b|\b24/7\b")


def _numbers(text: str, ev: AnswerEvidence) -> None:
    ranked: list[tuple[int, str]] = []
    names = [m.span() for m in _DIGIT_NAME_RE.finditer(text)]
    for m in NUMBER_RE.finditer(text):
        token = m.group(0).strip()
        if re.fullmatch(r"(19|20)\d{2}", token) or re.match(r"\s*sure\b", text[m.end() : m.end() + 6]):
            continue  # a year is context, not a measured result; nor is "100% sure"
        if (_NAME_NUMBER_RE.match(text, m.start() + len(m.group(0).rstrip())) or _LABEL_BEFORE_RE.search(text[: m.start()])
                or any(s <= m.start() < e for s, e in names)):
            continue  # a name with a digit ("5S", "a 5-whys", "Year 2", "Ward 5", "N+1", "a 1:1") is no quantity
        if (token[:1].isdigit() or token.lower() == "half") and not_a_quantity(text, m.start(), m.end()):
            continue  # "call 999", "0800 123 4567", "Python 3.11", "iPhone 15": dialled, a version, a model
        token = token.rstrip(".,") if token[-1:] in ".," and token[:1].isdigit() else token  # "15." ends its sentence
        ev.numbers.append(token)
        q = short_quote(text, m.start(), m.end(), width=5)
        if q not in [r[2] for r in ranked]:
            # Numbers that state a result are the best evidence: quote them first; then a measure (87%,
            # $40k, 3x) before a count, and a label ("Year 3", "Ward 5") last.
            label = bool(_LABEL_BEFORE_RE.search(text[: m.start()]))
            ranked.append((0 if cues.STAR_EN["result"].search(q) else 1, 2 if label else 0 if _MEASURE_RE.search(token) else 1, q))
    ev.number_quotes = [q for *_, q in sorted(ranked, key=lambda r: r[:2])]
    ev.spelled_numbers = spelled_quantities(ev.signals.numbers if ev.signals else [], text)  # no "half term"
    # a measure said in words with "a" ("a week early", "within a day"): a number the word list has not counted
    ev.spelled_numbers += [m.group(0) for m in spelled_measures(text)
                           if not any(n.lower() in m.group(0).lower().split() for n in ev.spelled_numbers)]


# A question word this frequent ("hard" 5.5, "time" 6.3, "thing" 5.7, "good" 6.1, "work" 6.0, "team" 5.7),
# in itself or by its stem ("working" -> "work"), is everyday wording, not what the question is about:
# sharing it shows nothing ("data" 5.3, "project" 5.2, "design" 5.2, "customers" 4.8 stay terms).
EVERYDAY_ZIPF = 5.5
_HEDGE_OR_VAGUE = re.compile(f"{cues.HEDGE['en'].pattern}|{cues.VAGUE['en'].pattern}", re.IGNORECASE)
_FREQUENCY_WORDS = frozenset(["always", "often", "ever", "never", "typically", "rarely", "frequently", "occasionally",
                              # conjunctions: how the question is joined, never what it is about ("…to find out whether a
                              # deal is real": "picks up the question's terms (whether)", re-check session 26)
                              "whether", "although", "though", "whereas", "whilst", "unless", "whenever", "wherever"])


def question_terms(question: str) -> set[str]:
    """The stems of the question's meaningful terms: its content words without the everyday ones
    (:data:`EVERYDAY_ZIPF`), its framing (:data:`QUESTION_FRAMING`: "describe", "example") and
    habitual or evaluative wording ("usually", "good": :data:`cues.HEDGE`, :data:`cues.VAGUE`).
    "What do you find hard about difficult customers, and how do you usually handle it?" ->
    {difficult, customer, handle}."""
    out = set()
    for w in words(question):
        low = w.lower().strip(".,;:'?")
        st = stem(w)
        if (len(low) <= 2 or low in STOPWORDS or low in QUESTION_FRAMING or low in _FREQUENCY_WORDS
                or _HEDGE_OR_VAGUE.fullmatch(low) or max(zipf(low, "en"), zipf(st, "en")) >= EVERYDAY_ZIPF):
            continue
        out.add(st)
    return out


def _overlap(ev: AnswerEvidence, text: str, question: str, job_description: str) -> None:
    q_stems = question_terms(question)
    a_stems = content_stems(text)
    ev.question_terms = len(q_stems)
    surface: dict[str, str] = {}
    for w in words(text):
        surface.setdefault(stem(w), w.strip(".,;:'").lower())
    asked: dict[str, str] = {}  # the question's terms are shown as the question words them
    for w in words(question):
        asked.setdefault(stem(w), w.strip(".,;:'?").lower())
    shared = q_stems & a_stems
    # the question's words it shows in other words ("Cat C+E" for HGV; "drove": session 26)
    other_words = ({stem(lemma(w)) for w in words(text)} | {stem(w) for w in meant_words(question, text)}
                   if ev.lang == "en" else set())
    shared |= q_stems & other_words
    shared -= inside_phrases_only(text, question, shared)  # "pull requests" says no "requests" of a URL shortener
    ev.question_overlap = sorted(asked.get(st, surface.get(st, st)) for st in shared)
    if job_description:  # "Go", too short to be a term by itself, is one where the job asks for it
        skills = {h.name.lower() for r in extract_requirements(job_description) for h in find_skills(r)}
        named = short_skill_terms(question, skills)
        ev.question_terms += len(named)
        ev.question_overlap += sorted(named[n] for n in named.keys() & short_skill_terms(text, skills).keys())
    # Completeness: the question's specific terms ("compaction", "invariants", "triage"), not its
    # everyday words, that the answer takes up; a multi-part question answered in part covers few.
    specific = {stem(w) for w in words(question) if len(w) > 3 and w.lower() not in STOPWORDS
                and w.lower() not in QUESTION_FRAMING and "'" not in w and zipf(w.lower(), "en") < SPECIFIC_ZIPF}
    ev.question_specific = len(specific)
    # a term shown in other words is taken up here too: "the inner cannula" and "the cuff" are the tracheostomy, "his
    # airway blocked" the suction catheter that would not pass (rc27 F3: "leaves aside much of what was asked")
    seen = a_stems | other_words
    ev.question_coverage = round(len(specific & seen) / len(specific), 3) if specific else 0.0
    ev.question_untouched = sorted(
        {w.lower().strip(".,;:'?") for w in words(question) if stem(w) in specific - seen}
    )
    if job_description:
        ev.job_overlap = job_overlap(text, extract_requirements(job_description), a_stems, surface, ev.lang)


def analyse_answer(answer: str, question: str = "", job_description: str = "") -> AnswerEvidence:
    """Collect the observable evidence in the candidate's words of one answer."""
    text = candidate_words(answer).replace("’", "'").replace("‘", "'")
    lang = detect_language(text)
    if CJK_CHAR.search(text):
        text = cjk_spaced(text)  # "提升了11%": the figure is a word of its own
    sents = sentences(text)
    ev = AnswerEvidence(
        text=text, word_count=len(words(text)), sentence_count=len(sents), lang=lang,
        analysed=lang in ANALYSED_LANGUAGES,
    )
    lengths = [count_words(s) for s in sents]
    ev.longest_sentence = max(lengths, default=0)
    ev.signals = compute_signals(text, lang, lengths)
    ev.word_count = max(ev.word_count, ev.signals.word_count)
    ev.words_shown = count_words(text)
    labelled = _labelled_parts(text)
    ev.labelled = list(labelled)
    ev.star = {**_cued_parts(text, lang), **labelled}
    cued = ev.star.get("result", "")
    weak = "result" not in labelled and (not re.search(r"\d", cued) or followed_only(cued))
    if (not cued or weak) and (found := (figure_result(text) if lang == "en" else "") or other_language_result(text, lang)):
        ev.star["result"] = found
    ev.star = {p: ev.star[p] for p in ("situation", "task", "action", "result") if p in ev.star}
    _numbers(text, ev)
    for hit in find_skills(text):
        if hit.named_tool and not not_a_tool(text, hit, lang):
            ev.tools.append(hit.name)
            ev.tool_words.append(text[hit.start : hit.end])
            ev.tool_quotes.append(short_quote(text, hit.start, hit.end, width=4))
    ev.reasoning = _quotes(cues.REASONING.get(lang), text)
    ev.lessons = _quotes(cues.LESSON.get(lang), text)
    ev.steps = _quotes(cues.STEPS.get(lang), text, limit=4)
    ev.self_actions = _quotes(cues.SELF_ACTION.get(lang), text)
    ev.reasons = _quotes(cues.REASONS.get(lang), text)
    ev.experience = _quotes(cues.EXPERIENCE.get(lang), text, limit=2)
    ev.actions = _actions(text, lang)
    ev.dismissive = [m.group(0).lower() for m in cues.DISMISSIVE[lang].finditer(text)] if lang in cues.DISMISSIVE else []
    ev.hedges = [m.group(0).lower() for m in cues.HEDGE[lang].finditer(text)] if lang in cues.HEDGE else []
    ev.vague = [m.group(0).lower() for m in cues.VAGUE[lang].finditer(text)] if lang in cues.VAGUE else []
    ev.fillers = filler_words(text)  # the chat's Delivery line counts the same list
    if lang in cues.UNSURE:
        unsure = [s for s in sents if cues.UNSURE[lang].search(s) or cues.HEDGE[lang].search(s)]
        ev.unsure_share = round(len(unsure) / len(sents), 3) if sents else 0.0
        ev.dont_know = _quotes(cues.DONT_KNOW[lang], text, limit=2)
    ev.i_count = len(I_RE.findall(text))
    ev.we_count = len(WE_RE.findall(text))
    _overlap(ev, text, question, job_description)
    return ev


_WORK_RE = {lang: re.compile(r"\b(?:" + "|".join(sorted(ws, key=len, reverse=True)) + ")", re.IGNORECASE)
            for lang, ws in cues.WORK_WORDS.items()}  # a prefix: "debugged", "logs", "clients" count
_SELF_RE = re.compile(r"\bI(?:'m| am) (?:a|an|very|quite|too|often|not|good|bad)\b|\bmy (?:\w+ )?(?:strength|weakness)", re.I)


def _specific_stems(text: str, lang: str, below: float = SPECIFIC_ZIPF) -> set[str]:
    return {stem(w) for w in words(text) if w.lower() not in STOPWORDS and zipf(w.lower(), lang) < below}

# Sharing a question word this rare is enough to be on the question's subject ("leaders", Zipf 4.8,
# in an answer on Raft's leader election), though such a word is too common to be a concept an
# answer is told it left out (SPECIFIC_ZIPF).
ON_SUBJECT_ZIPF = 5.0


def without_shared_words(text: str, lang: str = "en") -> str:
    """``text`` with the words work shares with sport and hobbies (:data:`cues.SHARED_WORK_WORDS`:
    "team", "coach", "training", "league"…) blanked out, so what is left shows whether it is about work."""
    pattern = cues.SHARED_WORK_WORDS.get(lang)
    return pattern.sub(" ", text) if pattern else text


# "I'd rather talk about my holiday": talking about something names a topic, not a workplace action.
_TALK_ABOUT_RE = re.compile(r"\b(?:talk|talking|talked|speak|speaking|chat|chatting|chatted)\s+about\b", re.IGNORECASE)

_NOUN_AFTER_DETERMINER_RE = re.compile(r"\b(?:a|an|the|this|my|his|her|their|its|our|your)\s+\w+", re.IGNORECASE)


def about_work(text: str, lang: str = "en") -> bool:
    """Whether ``text`` shows work, study or career: a word of work (:data:`cues.WORK_WORDS`, as a word
    beginning), a workplace action verb or a skill, once the words work shares with sport and hobbies
    are left out (:func:`without_shared_words`): "I led a team of five engineers" is about work, "I played
    in a football team and we won the league" is not. "Talk about" only names a topic ("I'd rather talk
    about my holiday"): its verb is no workplace action."""
    firm = _TALK_ABOUT_RE.sub(" about", without_shared_words(text, lang))
    pattern = _WORK_RE.get(lang)
    # a verb of work used as a noun ("a ship lost in space", "the plan for our holiday") is no action
    verbs = _NOUN_AFTER_DETERMINER_RE.sub(" ", firm) if lang == "en" else firm
    return (bool(pattern and pattern.search(firm)) or bool(_actions(verbs, lang)) or bool(work_phrase(firm, lang))
            or (lang == "en" and bool(_TENURE_RE.search(firm)))
            or any(not not_a_tool(firm, hit, lang) for hit in find_skills(firm)))


# time in a job said as such: "full-time at Niagara Aggregates", "part-time for two years", "the last five years at
# …" (newcomer rc30: "I've driven DZ trucks since 2018, so about six years, the last five full-time at Niagara
# Aggregates" was "about something else … says nothing about work")
_TENURE_RE = re.compile(r"(?i)\b(?:full[- ]time|part[- ]time|(?:years?|months?)\s+(?:at|with|for)\s+[A-Z]?\w+|"
                        r"on\s+(?:the|my)\s+(?:job|shift|route|rota))\b")


# a question about life outside work, which a hobby, a trip or one's home answers ("What do you do outside work?",
# "How do you spend your free time?", "What are your interests?"): never about something else (session 30: a
# hobby answer scored 1/10 "says nothing about work")
_LIFE_QUESTION_RE = re.compile(r"(?i)\b(?:outside (?:of )?work|hobb(?:y|ies)|free time|spare time|downtime|"
                               r"your weekends?|at (?:the )?weekends?|your interests|interests outside|for fun|unwind|"
                               r"switch off|away from work|personal life)")


def elsewhere(ev: AnswerEvidence, question: str, cv_text: str = "", job_description: str = "") -> list[str]:
    """The answer's own topic words when it is about something else entirely, else ``[]``.

    Something else entirely means, all at once: no specific term of the question (an everyday word
    such as "market" or "right" shared by chance does not count), at most one specific word shared
    with the CV and job description together (they are long, so one, "weekends" in a rota, may be
    chance; an everyday word of the answer, "market", does not match their "marketing"),
    no named skill or tool, no workplace action verb, no word of work, study or career
    (:data:`cues.WORK_WORDS`), and no description of the candidate ("I am a…", "my weakness"). Words
    work shares with sport and hobbies (:data:`cues.SHARED_WORK_WORDS`: "our team won the league", "I
    coach a netball club") are no sign of work on their own. An
    answer that misses the question's words but talks about work (the issue-14 cases: "I tend to have
    trouble saying no to requests from leadership…") is not elsewhere. English, Spanish, German,
    Portuguese, French and Italian are judged (:mod:`core.analysis.cues_work`); other languages return ``[]``. The CV's
    employer named, a compound holding a CV word, or (in another language than the question's) any term read across
    is on the CV's terms (:mod:`core.analysis.answer_across`).
    """
    if ev.lang not in cues.WORK_WORDS or not ev.signals or ev.signals.informative < 6:
        return []
    if _LIFE_QUESTION_RE.search(question or ""):  # "What do you do outside work?": a hobby answers it (session 30)
        return []
    a_stems = {stem(re.sub(r"'s$", "", w)) for w in words(ev.text)}
    if ev.lang == "en":  # irregular forms ("drove" for "driving") and what it asks in other words ("Cat C+E": session 26)
        a_stems |= {stem(lemma(w)) for w in words(ev.text)}
    if a_stems & _specific_stems(question, ev.lang, below=ON_SUBJECT_ZIPF) or (ev.lang == "en" and meant(question, ev.text)):
        return []
    context = shared_context(ev.text, ev.lang, f"{cv_text}\n{job_description}", _specific_stems)  # "Versand" in "Versandbereich"
    if (len(context) >= 2 or about_work(ev.text, ev.lang) or ev.tools or _SELF_RE.search(ev.text)
            or employer_named(ev.text, cv_text) or read_across(ev.text, ev.lang, question, context)
            or says_what_id_do(question, ev.text)):
        return []
    # Words in any script, so "fútbol" is quoted whole (the Latin-only words() gave "tbol").
    topic = [t for t in tokens(subject_text(ev.text)) if t in ev.signals.rare or zipf(t, ev.lang) < 4.8]
    return list(dict.fromkeys(t for t in topic if t not in STOPWORDS))[:4] or ["another subject"]


def is_experience_question(question: str) -> bool:
    """Questions asking for a past example (as opposed to hypothetical or knowledge questions)."""
    return bool(re.search(
        r"tell me about|describe (?:a|the|how you)|give (?:me )?an example|walk me through (?:a|an|the|how you)|"
        r"a time (?:you|when)|your cv|you list|have you|did you|you (?:launched|built|ran|led|closed)", question, re.I))
