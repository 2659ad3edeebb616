"""What a CV shows beyond its exact words, for the report's CV tips.

- A requirement met by a near term: leadership by leading a subject, a phase or a team ("Maths lead for
  Lower KS2", "Team Lead", "head of year", "led", "supervised", "managed a team of 5").
- Result lines: bullets, or, in a CV written as sentences without bullet marks, its sentences.
"""

from __future__ import annotations

import re

from core.analysis.language import zipf

_NUMBER_WORDS = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a (?:small )?team)"
# requirement (its content words) -> the CV wording that shows it
_NEAR_TERMS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    # a team or people led: only people supervised, line-managed or led, in any tense ("Supervise one accounts
    # assistant", "Line-manage three payroll clerks", "Led a team of 4"), never a file, a project or an audit led
    # (session 21 newcomer: "team leadership, which your CV doesn't show directly" beside "Supervise one accounts
    # assistant"; "Led the year-end audit file" had counted as one)
    (re.compile(r"(?i)\bteam (?:leadership|lead(?:ing|er)?)\b|\bleading (?:a |the )?teams?\b|\b(?:line|people|staff) "
                r"management\b|\bmanaging (?:people|staff|a team)\b|\bsupervisory\b"),
     re.compile(r"(?i)\b(?:supervis(?:e|es|ed|ing|or|ory)|line[- ]manag(?:e|es|ed|ing|er)|head of|team lead(?:er)?|"
                r"shift (?:lead(?:er)?|manager|supervisor)|captain(?:ed)?|ran (?:a |the )?team|"
                r"(?:manag|lead|head)(?:e|es|ed|ing|s)? (?:a |the |my |our )?(?:team|group|staff|brigade|crew|squad)s?\b|"
                r"(?:manag(?:e|es|ed|ing)|l(?:ed|ead|eads|eading)) " + _NUMBER_WORDS + r"\b(?! (?:entit|project|site|"
                r"file|account|audit|client|store|shop|branch|location|product|report)))")),
    (re.compile(r"(?i)\bleadership\b|\bleading (?:a |the )?team|\bteam lead(?:ership|ing)?\b|\bpeople management\b"),
     re.compile(r"\b(?:[Ll]ed|[Ll]eading (?:a|an|the|\d+|teams?|on)|[Hh]ead of|[Hh]eaded|[Ss]upervis(?:ed|or|ing)|"
                r"[Cc]aptain(?:ed)?|[Cc]haired|[Mm]anaged (?:a |the )?(?:team|group|staff|department|\d+)|"
                r"[Mm]anaging (?:a |the )?(?:team|staff|\d+)|[Rr]an (?:a |the )?team|[Cc]o-?ordinator|"
                r"[Ll]ead (?:for|of|on)|(?<!per )(?<!Per )\b[A-Z][\w&]*\s+[Ll]ead|Lead\s+[A-Z])\b")),
    (re.compile(r"(?i)\bmentor(?:ing|ship)?\b|\bcoaching\b"),
     re.compile(r"(?i)\b(?:mentor(?:ed|ing|s)?|coach(?:ed|ing)?|trained \d+|supervised (?:\w+ )?(?:trainees|students|interns))\b")),
)


def near_term_met(cv_text: str, requirement: str) -> bool:
    """Whether the CV shows ``requirement`` by a near term (:data:`_NEAR_TERMS`): "leadership" by
    "Science lead for Upper KS2". Only requirements in the table; others are False."""
    for req, shown in _NEAR_TERMS:  # the first kind the requirement is decides ("team leadership" is no mere "leadership")
        if req.search(requirement):
            return bool(shown.search(cv_text))
    return False


_SENTENCE_END_RE = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9])|\n+")


def result_lines(cv_text: str, bullets: list[str]) -> list[str]:
    """Lines to look for an action with a measured result in: the CV's bullets and, as a CV may be
    written as sentences without bullet marks, its sentences too (split at sentence ends and line
    breaks)."""
    sentences = [s.strip() for s in _SENTENCE_END_RE.split(cv_text or "") if s and s.strip()]
    return list(dict.fromkeys([*bullets, *sentences]))


_RESULT_VERB_EN_RE = re.compile(
    r"\b(?:reduc|cut|increas|improv|grew|grow|built|sav|rais|halv|doubl|lower|shorten|boost|deliver|launch|won|"
    r"generat|from .{1,40}? to)", re.IGNORECASE)
# The same in a CV of another language: es "Aumenté", "Reduje", "Dupliqué", fr "Amélioré", de "Gesteigert", it
# "Ridotto", pt "Melhorei". Each stem is matched as the whole word it opens, read by :func:`result_verb`.
_RESULT_VERB_OTHER_RE = re.compile(
    r"\b(?:aument|reduj|disminu|mejor[eéoóa]|ahorr|increment|duplic|logr[eéoóa]|augment|rédui|redui|amélior|amelior|"
    r"économis|steiger|gesteigert|gesenkt|senkte|verbesser|verdoppel|reduzi|ridott|ridus|miglior|risparmi|"
    r"melhor|economiz|dobr)\w*", re.IGNORECASE)
ENGLISH_WORD_ZIPF = 2.0  # a word this frequent in English or more is an English word, not another language's verb


def result_verb(line: str) -> bool:
    """Whether a CV line holds a verb of result: an English one ("Reduced", "Built", "from X to Y") or another
    language's ("Aumenté", "Gesteigert") when the word is not also an English word (zipf :data:`ENGLISH_WORD_ZIPF`
    or more): "duplicate", "augmented reality" and "incremental" are no result (issue 15, session 15: "Identified
    duplicate payments" counted as one by the Spanish "duplic-")."""
    if _RESULT_VERB_EN_RE.search(line or ""):
        return True
    return any(zipf(m.group(0).lower(), "en") < ENGLISH_WORD_ZIPF for m in _RESULT_VERB_OTHER_RE.finditer(line or ""))


# A change between two measures, written each language's way: "from 68% to 81%", "del 68% al 81%", "von 68 % auf
# 81 %", "de 68 % à 81 %", "dal 68% all'81%", "de 68% para 81%". At least one side is a percentage or an amount of
# money, so a date range ("de 2015 a 2017"), hours ("de 16 a 20 h") or ages ("de 12 a 16 años") are none.
_MEASURE = r"\d+(?:[.,]\d+)?\s*(?:%|€|\$|£|(?:eur|euros?|usd|gbp)\b)?"
_CHANGE_RE = re.compile(
    rf"(?:\bfrom|\bdesde(?:\s+(?:el|un))?|\bdel?|\bvon|\bdal|\bdall['’]|\bda|\bdos?)\s*[$£€]?\s*(?P<a>{_MEASURE})\s+"
    rf"(?:to|al?|hasta(?:\s+(?:el|un))?|auf|à|a|all['’]|para|ao?)\s*[$£€]?\s*(?P<b>{_MEASURE})", re.IGNORECASE)
_UNIT_RE = re.compile(r"[%€$£]|eur|usd|gbp", re.IGNORECASE)


# A change a verb says, whatever its unit ("délai passé de 52 à 38 jours", "von 12 auf 8 Tage verkürzt" reads
# "verkürzt" after it, "cut from 9 to 6 days"): the verb makes it a result, never a range of days or hours.
_CHANGE_VERB = (r"(?:pass[ée]e?s?|passant|ramen[ée]e?s?|r[ée]duite?s?|port[ée]e?s?|baiss[ée]e?s?|gesenkt|verk[üu]rzt|"
                r"reduziert|gesteigert|gesunken|gestiegen|pas[óo]|pasando|reducido|reducida|baj[óo]|cut|reduced|"
                r"down|up|went|dropped|fell|rose|ridott[oa]|passat[oa]|sceso|salito)")
_VERB_CHANGE_RE = re.compile(rf"\b{_CHANGE_VERB}\s+(?:\S+\s+){{0,2}}?(?:{_CHANGE_RE.pattern})", re.IGNORECASE)
# A signed percentage is a measured change in any language ("+60 % de candidatures", "−15 % d'absentéisme")
_SIGNED_PERCENT_RE = re.compile(r"(?:^|(?<=[\s(]))[+−]\s?\d+(?:[.,]\d+)?\s?%")


def measured_change(line: str) -> bool:
    """Whether ``line`` tells a change between two measures, one of them a percentage or an amount of money, in
    English, Spanish, German, French, Italian or Portuguese ("del 62 % al 79 %", "von 55 % auf 72 %"): a measured
    result, whatever verb (or none) goes with it; dates, hours and ages are not (module comment above), unless a verb
    says the change ("passé de 52 à 38 jours"); a signed percentage ("+60 %") is one too."""
    if _SIGNED_PERCENT_RE.search(line or ""):
        return True
    if any(m.group("a") != m.group("b") for m in _VERB_CHANGE_RE.finditer(line or "")):
        return True
    for match in _CHANGE_RE.finditer(line or ""):
        before = (line or "")[max(0, match.start() - 1):match.start()]
        if _UNIT_RE.search(match.group("a") + match.group("b") + before + match.group(0)):
            return True
    return False


def measured_result(line: str) -> bool:
    """Whether a CV line combines an action with a measured result: a verb of result (:func:`result_verb`) with a
    figure, or a change between two measures (:func:`measured_change`), in any of the CV languages."""
    return (result_verb(line) and bool(re.search(r"\d", line or ""))) or measured_change(line)


# a line that goes on from the one before: it opens in lower case (or with "&", a bracket's close, a figure's unit)
# after a line that does not end its sentence ("... with idempotency keys so" / "retried events are never ...")
_GOES_ON_RE = re.compile(r"^(?:[a-z]|&|\)|%)")


def whole_bullets(bullets: list[str]) -> list[str]:
    """The CV's bullets with a bullet's wrapped lines joined back to it (a PDF's line break inside a bullet
    makes two "bullets" of one: "Built the refund service handling 2M events a day, so" and "retried events are
    never double-refunded."): a line opening in lower case after one that does not end in ".", "!" or "?"
    goes on from it. A tip counts and quotes whole bullets, each with its figure."""
    out: list[str] = []
    for bullet in bullets:
        text = bullet.strip()
        if out and _GOES_ON_RE.match(text) and not re.search(r"[.!?]$", out[-1]):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


# the last word of a line a PDF wrapped mid-phrase: a number ("processing 9 million"), a function word ("used by")
_CUT_END_RE = re.compile(r"(?:\b(?:\d[\d,.]*|million|billion|thousand|k|m|to|of|and|or|the|a|an|with|by|for|in|on|"
                         r"from|at|into|across|per|than|as|via|their|our|its|his|her))$", re.IGNORECASE)


def whole_line(line: str, bullets: list[str], cv_text: str = "") -> str:
    """A CV line as a question quotes it: the whole bullet it opens when a PDF wrapped it (:func:`whole_bullets` of
    the CV's ``bullets``, or of the line after it in ``cv_text``: "…ledger pipeline processing 9 million" goes on
    "transactions a day…"); else, when it
    still ends mid-phrase (a number, a function word), cut back to its last clause boundary with "…" (or "…" added
    when it has none). A newcomer's test (session 18) found "…processing 9 million" quoted as the CV's line."""
    text = line.strip()
    # only a wrap's continuation: words going on in lower case ("transactions a day…"), never a table's next cell
    whole = next((b for b in whole_bullets(bullets) if b.startswith(text + " ")
                  and _GOES_ON_RE.match(b[len(text) + 1:]) and "|" not in b[len(text):]), text)
    lines = [ln.strip() for ln in (cv_text or "").splitlines()]
    if whole == text and text in lines:  # the CV's next line when it goes on ("operators." is no bullet of its own)
        after = lines[lines.index(text) + 1:][:1]
        whole = whole_bullets([text, *after])[0]
    if re.search(r"[.!?)\]]$", whole) or not _CUT_END_RE.search(whole):
        return whole
    head = re.split(r"[,;:]\s+(?=\S)", whole)
    return (", ".join(head[:-1]) if len(head) > 1 else whole).rstrip(" ,;:") + "…"
