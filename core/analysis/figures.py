"""Which numbers in an answer are not quantities: a number dialled, a version, a model's number.

A figure counts as evidence only when it measures something ("40 minutes", "12 suppliers", "30%"). Issue
15 (session 10): "I told them to call 999" was counted as a figure. The kinds told apart here:

- an emergency or public-service number ("999", "911", "112", "111", "101", "000", "988") after a verb of
  calling ("call", "rang", "dialled", "phoned") or before the call it names ("a 999 call", "the 911
  dispatcher"; not "999 calls a week", a count); the list is of the numbers in public use (UK 999/111/101, North America 911/988, EU 112,
  Australia 000);
- a telephone number: a run of digit groups holding nine or more digits ("0800 123 4567",
  "+44 20 7946 0000", "(555) 010-2030");
- a version: a number with two or more dots ("2.4.1"), or one right after a named tool of the skills
  lexicon ("Python 3.11", "Windows 10"; after a name in capitals only with a dot, "PHP 8.2": "NPS 45" is a
  score) or a model name written in mixed case ("iPhone 15", "MacBook
  2019") or a short name in capitals before a number of three to five digits ("XPS 9310"), unless a
  plural noun follows ("Excel 3 times", "Python 3 scripts": a count).

- effort given as 100% or more ("I always give 110%", "gave it 100 percent", "110% effort"): a saying.

A year, a label ("Year 2", "Ward 5") and a name with a digit ("5S") are the caller's rules
(:func:`core.analysis.answer.analyse_answer`).
"""

from __future__ import annotations

import logging
import re

from core.analysis.skills import find_skills

logger = logging.getLogger(__name__)

_SERVICE_NUMBERS = frozenset({"999", "911", "112", "111", "101", "000", "988"})
_CALL_BEFORE_RE = re.compile(
    r"\b(?:call(?:ed|ing|s)?|ring(?:ing|s)?|rang|rung|dial(?:l?ed|l?ing|s)?|phon(?:e|ed|ing|es)|"
    r"text(?:ed|ing)?|contact(?:ed|ing)?)\s+(?:on\s+|the\s+)?$",
    re.IGNORECASE,
)
_CALL_AFTER_RE = re.compile(
    r"^\s+(?:call|caller|operator|dispatch(?:er)?|handler|line|services?|control)\b", re.IGNORECASE)
_PHONE_RE = re.compile(r"(?<![\w.,])(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,5}\)[\s-]?)?\d{2,5}(?:[\s-]\d{2,4}){1,4}(?!\w|[.,]\d)|"
                       r"(?<![\w.,])\+?\d{9,13}(?!\w|[.,]\d)")
_MODEL_WORD_RE = re.compile(r"(?:[a-z]+[A-Z]|[A-Z][a-z]+[A-Z])[A-Za-z]*")  # iPhone, MacBook, PlayStation
_PREVIOUS_WORD_RE = re.compile(r"([A-Za-z][\w+#.-]*)\s+$")
_NEXT_WORD_RE = re.compile(r"^\s*([A-Za-z]+)")


def _phone_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PHONE_RE.finditer(text) if sum(c.isdigit() for c in m.group(0)) >= 9]


def _dialled(text: str, start: int, end: int, token: str) -> bool:
    return token in _SERVICE_NUMBERS and bool(
        _CALL_BEFORE_RE.search(text[max(0, start - 30):start]) or _CALL_AFTER_RE.match(text[end:end + 20]))


def _version(text: str, start: int, end: int, token: str) -> bool:
    if token.count(".") >= 2:
        return True  # "2.4.1"
    before = _PREVIOUS_WORD_RE.search(text[max(0, start - 40):start])
    if not before:
        return False
    after = _NEXT_WORD_RE.match(text[end:end + 30])
    if after and after.group(1).lower().endswith("s") and len(after.group(1)) > 3:
        return False  # "Excel 3 times", "Python 3 scripts": a count of something
    word = before.group(1)
    if _MODEL_WORD_RE.fullmatch(word) or (re.fullmatch(r"[A-Z]{2,5}", word) and re.fullmatch(r"\d{3,5}", token)):
        return True  # "iPhone 15", "XPS 9310"; not "NPS 45" (a score)
    if word.isupper() and "." not in token:
        return False  # "NPS 45", "CSAT 92": a metric's score; "PHP 8.2" has its dot
    return any(hit.named_tool and hit.end == len(word) for hit in find_skills(word))


# "give 110%", "gave it 100 percent", "110% effort": a saying about effort, no measure (issue 15, session 15)
_GIVE_BEFORE_RE = re.compile(r"\b(?:give|gives|gave|giving|given|put in|putting in|puts in)\s+(?:it\s+|them\s+|my\s+|"
                             r"everything\s+|(?:a|an)\s+)?$", re.IGNORECASE)
_EFFORT_AFTER_RE = re.compile(r"^\s*(?:%|percent|per cent)?\s*(?:effort|commitment|of myself|of my effort)\b", re.IGNORECASE)


def _effort(text: str, start: int, end: int) -> bool:
    """A percentage of 100 or more given as effort ("I always give 110%", "110% effort"): a saying, not a figure."""
    m = re.match(r"\d+", text[start:end])
    if not m or int(m.group(0)) < 100 or not re.match(r"\s*(?:%|percent|per cent)", text[start + m.end():start + m.end() + 10]):
        return False
    rest = text[start + m.end():]
    return bool(_GIVE_BEFORE_RE.search(text[max(0, start - 30):start]) or _EFFORT_AFTER_RE.match(rest))


# "half term" / "half-term" (a school holiday), "half-time" (a match's break): a name, no quantity (session 18
# newcomer: "Cites numbers: every half term"); "by half", "half the class" stay quantities.
HALF_NAME_RE = re.compile(r"half[\s-]?(?:terms?|time)\b", re.IGNORECASE)


# What makes a count said in words a figure: a unit after it, at most one word between ("two weeks", "three
# junior engineers", "ten times", "five thousand pounds"). A count word alone ("the five rights", "tested two subject
# lines", "two of them") counts things, measures nothing (re-check, session 26: 'Cites numbers: "two"'; issue 15).
UNIT_WORDS = (
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|quarters?|years?|shifts?|sprints?|terms?|"
    r"semesters?|times|percent|per cent|percentage points?|points?|pounds?|dollars?|euros?|quid|grand|pence|cents?|"
    r"thousand|hundred|million|billion|k|miles?|kilometres?|kilometers?|km|metres?|meters?|kilos?|kg|tonnes?|tons?|"
    r"litres?|liters?|people|persons?|customers?|clients?|patients?|residents?|students?|pupils?|children|kids|"
    r"families|parents|staff|employees?|colleagues?|users?|members?|volunteers?|reps?|agents?|engineers?|nurses?|"
    r"doctors?|managers?|drivers?|analysts?|developers?|teachers?|workers?|guests?|visitors?|beds?|wards?|sites?|"
    r"stores?|shops?|branches|schools?|countries|teams?|accounts?|leads?|deals?|orders?|tickets?|cases?|calls?|"
    # Spanish, read by the coach too: "dos semanas", "tres pacientes", "cinco veces"
    r"segundos|minutos|horas|d[ií]as|semanas|meses|años|veces|por ciento|euros|personas|pacientes|clientes|alumnos|"
    r"empleados|compañeros)"
)
# a share or a multiple said in one word: a comparison of itself ("halved", "doubled")
_COMPARISON_WORDS = frozenset({"double", "doubled", "tripled", "halved", "dozen", "dozens", "mitad"})
_UNIT_AFTER_RE = re.compile(rf"(?:[-\s]+[a-z][\w-]*)?[-\s]+{UNIT_WORDS}\b", re.IGNORECASE)


def spelled_quantities(numbers: list[str], text: str) -> list[str]:
    """The numbers of ``numbers`` (the word list's, in digits or words) written in words that measure something,
    each as said with its unit ("two weeks", "three junior engineers": :data:`UNIT_WORDS`, at most one word between),
    never a count word alone ("the five rights", "two subject lines"), nor a "half" that ``text`` says only as a name
    (:data:`HALF_NAME_RE`: "every half term"); "half" and "a dozen" are a share and a measure of themselves."""
    halves = len(re.findall(r"\bhalf\b", text, re.IGNORECASE)) - len(HALF_NAME_RE.findall(text))
    out: list[str] = []
    for n in numbers:
        if n[0].isdigit():
            continue
        if n.lower() == "half":
            out += ["half"] * (halves > 0)
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text, re.IGNORECASE):
            unit = _UNIT_AFTER_RE.match(text, m.end())
            if unit or n.lower() in _COMPARISON_WORDS:
                out.append(text[m.start():unit.end() if unit else m.end()].strip())
                break
    return out


# "the No. 1", "Nr. 3", "#2", "number 1": a rank or a post's name (a senior cabin crew member is "the No. 1"),
# no measured figure (session 22 newcomer: "Cites numbers: "1, at Loganair"").
_RANK_BEFORE_RE = re.compile(r"(?:\b(?:No|Nos|Nr|Nrs|Nº)\.?\s*|\b(?:no|nr)\.\s*|\b[Nn]umber\s+|(?<!\w)#\s*)$")


# a place or a part named by a number: "Terminal 5", "Pier 4", "Article 8", "Bed 12" (session 23)
_PLACE_BEFORE_RE = re.compile(r"\b(?:terminal|pier|hangar|stand|block|wing|zone|line|bed|suite|theatre|article|part|"
                              r"schedule|chapter|lane)\s+$", re.IGNORECASE)
_MONTHS_EN = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_MONTHS_ES = r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre)"
# a day of a date ("14 June", "the 3rd of May", "12 de Octubre", a hospital named for one) or one after its month
# ("June 14"): when, not how much (session 23: 'Cites numbers: "En el 12 de Octubre soy enfermera…"')
_DATE_AFTER_RE = re.compile(rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:(?:of\s+)?{_MONTHS_EN}\b|(?i:de\s+{_MONTHS_ES})\b)")
_DATE_BEFORE_RE = re.compile(rf"\b{_MONTHS_EN}\s+$")


# a number in code: after a comparison or assignment ("WHERE rn = 2", "x >= 10"), a rank or row named by it ("rank 1",
# "row 2"), or anywhere inside a query from its SELECT to the sentence's end (re-check, session 26: 'Cites numbers:
# "v) t WHERE rn = 2", "…would both get rank 1…"' for a SQL answer)
_CODE_BEFORE_RE = re.compile(r"(?:[=<>!]=?|\b(?:rank|row|column|col|index|LIMIT|TOP|OFFSET))\s*$", re.IGNORECASE)
_QUERY_RE = re.compile(r"\bSELECT\b[^.;]*?\bFROM\b(?:[^;.]|\.(?!\s+[A-Z]|\s*$))*")


def in_code(text: str, start: int) -> bool:
    """Whether the number at ``start`` of ``text`` is part of code (:data:`_CODE_BEFORE_RE`, :data:`_QUERY_RE`)."""
    if _CODE_BEFORE_RE.search(text[max(0, start - 12):start]):
        return True
    return any(m.start() <= start < m.end() for m in _QUERY_RE.finditer(text))


def not_a_quantity(text: str, start: int, end: int) -> bool:
    """Whether the number ``text[start:end]`` is no quantity: a number dialled, a telephone number, a
    version or a model's number, effort given as a percentage ("give 110%"), "half term", a rank ("the No. 1"), a
    place named by a number ("Terminal 5") or the day of a date ("14 June", "12 de Octubre") (the module's rules)."""
    token = text[start:end].strip().rstrip(".,")
    before = text[max(0, start - 12):start]
    if HALF_NAME_RE.match(text, start) or _RANK_BEFORE_RE.search(before) or _PLACE_BEFORE_RE.search(before):
        return True
    day = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", token)  # "by July 87%" is a share, "June 14" a day
    if day and int(day.group(1)) <= 31 and (_DATE_AFTER_RE.match(text, start) or _DATE_BEFORE_RE.search(before)):
        return True
    if _dialled(text, start, start + len(token), token):
        return True
    if any(s <= start and start + len(token) <= e for s, e in _phone_spans(text)):
        return True
    if _effort(text, start, start + len(token)):
        return True
    if in_code(text, start):
        return True
    return _version(text, start, start + len(token), token)
