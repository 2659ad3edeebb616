"""CV layout: the cleaned lines of a CV, with lines that PDFs and plain text wrapped joined back
and wrapped paragraphs marked (their commas separate clauses, not list items)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from itertools import islice

from core.analysis.cv_clean import clean_line
from core.analysis.cv_duty_verbs import present_duty
from core.analysis.cv_front_matter import without_front_matter
from core.analysis.cv_lang import WORD_SINCE_RE, regroup_form
from core.analysis.cv_lines import DATE_RE, header_parts, is_place, is_role, section_kind
from core.analysis.cv_runs import (
    glued_headings_apart,
    name_wrapped_after_dash,
    next_header_line,
    rejoined_runs,
    wrapped_title_at,
)
from core.analysis.text import BULLET_RE

logger = logging.getLogger(__name__)


@dataclass
class CvLine:
    text: str
    bullet: bool
    bold_only: bool
    paragraph: bool = False  # one line of a wrapped paragraph (three or more long lines in a row)
    bold: tuple[str, ...] = ()  # the spans a Markdown line marks bold ("**Riak** as search framework")
    heads_list: bool = False  # a short line that a run of bullets follows, interrupting a bulleted list
    numbered: bool = False  # a numbered list item ("01. Languages")
    heading: str = ""  # the section kind of a heading known by its form (underlined) or its list, see _mark_headings


# Chinese or Japanese prose: five CJK characters or more with a clause or sentence mark ("，", "。", "；", read as
# "," and ";" once NFKC-normalised); such a line has no spaces, so the word count of :func:`_mark_paragraphs`
# cannot see it.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
_CJK_CHAR_RE = re.compile(rf"[{_CJK}]")
_CLAUSE_MARK_RE = re.compile(r"[，。；,;]")


def _cjk_prose(text: str) -> bool:
    """Five CJK characters or more and a clause or sentence mark: linear in the line's length. (The
    single pattern this replaces, ``(?=(?:[^CJK]*[CJK]){5}).*[,;]`` under ``search``, rescanned the rest
    of the line from every start, quadratic: 40 s on one 25,000-character line without CJK.)"""
    if not _CLAUSE_MARK_RE.search(text):
        return False
    return sum(1 for _ in islice(_CJK_CHAR_RE.finditer(text), 5)) >= 5


def _mark_paragraphs(lines: list[CvLine], min_run: int = 3, min_words: int = 9) -> None:
    """Mark runs of ``min_run`` or more consecutive long non-bullet lines with few commas: a wrapped
    paragraph, whose commas separate clauses, not list items; and any line of CJK prose."""
    run: list[CvLine] = []
    for line in lines:
        if _cjk_prose(line.text):
            line.paragraph = True
    for line in [*lines, CvLine("", False, False)]:
        n = len(line.text.split())
        if line.text and not line.bullet and n >= min_words and len(re.findall(r"[,;|•·]", line.text)) < n / 4:
            run.append(line)
            continue
        if len(run) >= min_run:
            for member in run:
                member.paragraph = True
        run = []


_CONNECTOR_END_RE = re.compile(
    r"(?:[,(/&+-]|\b(?:and|or|of|the|a|an|to|for|with|in|on|at|by|from|into|across|including|over|per|via|than|as|und|oder|von|vom|"
    r"im|bei|beim|mit|zur|zum|für|der|die|das|des|den|dem|über|et|ou|de|du|les|pour|avec|au|aux|del|para|con|"
    r"com|di|della|van|het|voor|bij)|\b(?:bei|chez|presso|bij) [A-ZÄÖÜ][\w-]+)$",  # "bei Kranich" / "Logistik"
    re.IGNORECASE,
)


# A bullet whose marker was lost (a PDF's bullet drawn as an image, a plain-text CV, a table cell):
# a line opening with a verb in the past tense ("Managed a team of 40", "Cut shrink by 12%").
_PAST_VERB_RE = re.compile(
    r"^(?:[A-Z][a-z]+ed|Led|Built|Cut|Ran|Won|Grew|Sold|Made|Taught|Wrote|Set|Drove|Kept|Met|Oversaw|Brought|Took|"
    r"Gave|Found|Held|Began|Spent|Became|Rebuilt|Rewrote|Helped|Assisted|Supported|Served)\s+(?!of\b|in\b|at\b)[\w$£€(]",
)


def unmarked_bullet(text: str) -> bool:
    """Whether a line without a bullet marker reads as one: three words or more opening with a past-tense verb, no
    date range, no job title as a whole ("Registered Nurse" opens with an "-ed" word too); or a present one (cv_duty_verbs)."""
    return (len(text.split()) >= 3 and bool(_PAST_VERB_RE.match(text)) and not re.search(r"(?:19|20)\d\d\s*(?:[-–—~]|to\b)", text)
            and (_verb_and_object(text) or (not is_role(text) and not header_parts(text)[1:]))) or present_duty(text)


def _verb_and_object(text: str) -> bool:
    """A past-tense verb and its object in lower case, cut by a comma ("Reviewed manuscripts, student theses,
    and research"): a sentence, though its commas split it into parts like a header's."""
    first = re.split(r"[,;]", text, maxsplit=1)[0]
    return bool(re.match(r"\S+\s+[a-z]", first)) and not is_role(first)


# the last word of a line that a name with "of" was wrapped after ("University" / "of Michigan")
_OF_NAME_END_RE = re.compile(r"\b(?:University|Institute|College|School|Academy|Department|Dept\.|Faculty|Ministry|Bank|Museum)$")


def _continues(prev: CvLine, line: str) -> bool:
    """Whether ``line`` is the wrapped rest of ``prev`` (PDFs and plain text break long lines):

    - a bullet goes on when the next line starts in lower case, a digit or a bracket ("Reduced
      latency by" / "40% across three regions"), or when the bullet stopped on a comma or a
      connecting word ("Built the pipeline for" / "Acme's payments team");
    - any line that stopped on a comma, "and" or "at" goes on ("at Chaucer, Omnifone, Centrica," /
      "Ace Insurance (2005–2013)"; "Software developer at" / "Smart-Processing");
    - a header whose last part is no title goes on with a one- or two-word line that completes it
      ("Squeeze Media, Orem, Utah — Business Development" / "Representative").
    Never onto a section heading, a line with a date of its own when the line before is a bullet, or a
    line opening with a date range (the next entry's header with its dates on the left).
    """
    if re.match(r"[a-zäöü]", line) and re.search(r"(?:,|\b(?:and|or|of|the|to|for|with|in|including|für))$", prev.text):
        return True  # "... strategic planning and" / "scalable implementation frameworks": no heading, the rest of the line
    if section_kind(line):
        return False
    if prev.text.count("(") > prev.text.count(")") and re.match(r"[^()]*\)", line):
        return True  # "EMPSEB (European Meeting of Students in" / "Biology) – Organizer": a bracket a PDF wrapped
    if _OF_NAME_END_RE.search(prev.text) and re.match(r"of [A-Z]", line):
        return True  # "Research Assistant, Program in Biology, University" / "of Michigan": a name a PDF wrapped
    if (re.fullmatch(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}\.", line) and len(prev.text.split()) >= 12
            and not re.search(r"[.:;!?|]$", prev.text)):
        return True  # "... to support researchers at the National" / "Cancer Institute.": a sentence's last words
    if prev.bullet:
        if next_header_line(line):
            return False  # "2016 – 2019    Pharmacy Technician, Walgreens", "editor, Acme, 2019 – 2021": the next header
        if re.match(r"[a-z0-9(%$£€]", line):
            return True
        return bool(_CONNECTOR_END_RE.search(prev.text)) and not (DATE_RE.search(line) and len(line.split()) <= 8 and not WORD_SINCE_RE.match(line))
    if re.search(r"(?:,|&|\band|\bat|@)$", prev.text) or (prev.text.endswith("/") and is_role(prev.text[:-1])):
        # "Software developer at" / "Smart-Processing"; "Researcher &" / "Developer"; "Stock Controller/" / "Buyer": a
        # title wrapped after its slash (not a web address's)
        return True
    if ((re.search(r"\s(?:bei|beim|am|im|chez|presso|bij)$", prev.text) and re.match(r"[A-ZÄÖÜ]", line))
            or (not prev.bullet and wrapped_title_at(prev.text, line))):
        return True  # another language's "at": "Notfallsanitäter am" / "Notfalldienst, Kiew"; "Alternant développeur" /
        # "iOS chez Accengage": the title's last word, then "at" and the employer
    if (re.search(r"\s[–—]$", prev.text) and not DATE_RE.search(line)) or (not prev.bullet and name_wrapped_after_dash(prev.text, line)):
        return True  # "Riverside Food Bank, Ogden —" / "Volunteer Coordinator, Shift Lead": a title after the dash, wrapped;
        # "Senior Technician — Kettering General" / "Hospital NHS Foundation Trust | 2022 –": the name after it
    if re.search(r"\b(?:for|of|the|to|with|by|from|into|in|on)$", prev.text) and len(prev.text.split()) >= 3:
        return True  # a sentence broken after a connecting word: "Participant of the consultation team for" / "AlertLogic"
    if (re.match(r"(?!(?:with|for|to|of|in|on|at|by|and|or|the|a|an|from|after|before|as|since|until|till)\b)[a-z][a-z-]*\s+[A-Z]", line)
            and not re.search(r"[.:;!?]$", prev.text) and len(prev.text.split()) >= 4):
        return True  # a list or a sentence wrapped mid-phrase: "... User-centered" / "design Responsive design Agile"
    sentence = prev.text.endswith(".") and len(prev.text.split()) >= 5  # "A small studio making apps." / "Lead Engineer"
    if 1 <= len(line.split()) <= 2 and line[:1].isupper() and not DATE_RE.search(line) and not unmarked_bullet(prev.text) and not sentence:
        parts = header_parts(prev.text)
        return (bool(parts) and not is_role(parts[-1]) and not is_place(parts[-1]) and is_role(f"{parts[-1]} {line}")
                and len(prev.text.split()) >= 3)  # not "Acme | Shanghai" / "Go Developer": the town ends the line
    return False


# the label of a form's field about a job ("Job Title:", "Company:", "Location:", "From:"), its value after it
FIELD_LABEL_RE = re.compile(r"(?i)(?:job title|title|position|role|designation|company(?: name)?|employer|"
                            r"organi[sz]ation|location|from|dates?|duration|period)\s*:")


def _text_width(raw_lines: list[str]) -> int:
    """The width a PDF wrapped the CV's text at: its third-longest line, in characters."""
    lengths = sorted((len(r.strip()) for r in raw_lines), reverse=True)
    return lengths[2] if len(lengths) > 3 else (lengths[0] if lengths else 0)


_LAST_ITEM_RE = re.compile(r",\s*\(?[A-Z][\w+#.-]*$")
_FIRST_ITEM_RE = re.compile(r"[A-Z][\w+#.-]*(?:\s+[A-Z][\w+#.-]*){0,2}\s*[,)]")


def _list_wraps(last_raw: str, line: str, width: int) -> bool:
    """Whether ``line`` is the rest of a list that a PDF wrapped inside an item: the line before ran to
    the text's width and stopped on one capitalised word after a comma, and this one opens with one to
    three capitalised words closed by a comma or a bracket ("... platforms including Canvas, Google" /
    "Classroom, Microsoft Teams, D2L"); never onto a dated line or a heading."""
    return (bool(last_raw) and len(last_raw) >= max(60, 0.85 * width) and bool(_LAST_ITEM_RE.search(last_raw))
            and bool(_FIRST_ITEM_RE.match(line)) and not DATE_RE.search(line) and not section_kind(line))


# Style sheets inside a Markdown or HTML CV: a <style> or <script> block, a rule opening on its line
# ("h1, .name {", "@media print {"), a one-line rule ("a { color: #333; }") and the lines up to its "}".
_BLOCK_OPEN_RE = re.compile(r"<(style|script)\b[^>]*>", re.IGNORECASE)
_RULE_OPEN_RE = re.compile(r"^\s*(?:@[a-z-]+[^{}]*|[\w.#*:\[\]=\"'>~+,\s()-]+)\{\s*(?:[a-z-]+\s*:[^{}]*)?$", re.IGNORECASE)
_ONE_LINE_RULE_RE = re.compile(r"^\s*[^{}]*\{\s*(?:[a-z-]+\s*:\s*[^;{}]+;?\s*)+\}\s*$", re.IGNORECASE)


def _without_style(raw_lines: list[str]) -> list[str]:
    """The lines without style sheets or scripts (their text is no content of the CV); each dropped
    line leaves a blank one so that entries keep their breaks."""
    out: list[str] = []
    closing, depth = "", 0
    for raw in raw_lines:
        if closing:
            if re.search(closing, raw, re.IGNORECASE):
                closing = ""
            out.append("")
            continue
        block = _BLOCK_OPEN_RE.search(raw)
        if block:
            end = rf"</{block.group(1)}\s*>"
            if not re.search(end, raw[block.end():], re.IGNORECASE):
                closing = end
            out.append(raw[: block.start()])
            continue
        if depth:
            depth = max(0, depth + raw.count("{") - raw.count("}"))
            out.append("")
            continue
        if _ONE_LINE_RULE_RE.match(raw):
            out.append("")
            continue
        if _RULE_OPEN_RE.match(raw):
            depth = raw.count("{") - raw.count("}")
            out.append("")
            continue
        out.append(raw)
    return out


_LIST_ITEM_RE = re.compile(r"\s*<li\b", re.IGNORECASE)


# the name of a bullet's glyph that a PDF's text layer gives instead of the glyph (LaTeX moderncv without its
# symbol font: "/circle_blank", "/bullet", "/triangle_right")
_GLYPH_NAME_BULLET_RE = re.compile(r"^\s*/(?:[a-z]+_)*(?:circle|bullet|blank|square|triangle|arrow|dot|right)[a-z_]*\s+(?=\S)")


def cv_lines(text: str) -> list[CvLine]:
    """Cleaned lines; YAML front matter, style sheets and scripts dropped; a line wrapped onto the next
    one joined back (:func:`_continues`)."""
    raw_lines = without_front_matter(text.splitlines())  # a site page's "title: Experience" kept as its heading
    raw_lines = _margin_headings(glued_headings_apart(rejoined_runs(_without_style(raw_lines))))
    out: list[CvLine] = []
    ruled: list[CvLine] = []
    width = _text_width(raw_lines)
    last_raw = ""  # the last physical line of out[-1]
    atx: list[tuple[CvLine, int]] = []  # Markdown "## Heading" lines and their level
    for index, raw in enumerate(raw_lines):
        glyph = _GLYPH_NAME_BULLET_RE.match(raw)  # "/circle_blank Fitted the line": a bullet glyph's name in the text
        bullet = bool(BULLET_RE.match(raw)) or bool(_LIST_ITEM_RE.match(raw)) or bool(glyph)  # "<li>Filed reports</li>" in an HTML CV
        body = raw[glyph.end():] if glyph else BULLET_RE.sub("", raw) if bullet else raw
        bold_only = bool(re.fullmatch(r"\s*(\*\*|__)[^*_]+\1\s*:?\s*", body))
        line = clean_line(body)
        if not line:
            out.append(CvLine("", False, False))
            continue
        if bullet and line.isupper() and section_kind(line):
            bullet = False  # "* EXPERIENCE": an org-mode or outline heading that the cleaning read as a bullet
        prev = out[-1] if out else None
        if prev and FIELD_LABEL_RE.fullmatch(prev.text) and not bullet:
            prev.text += " " + line  # "Company:" over "Bayer": a form's field and its value
            last_raw = line
            continue
        if prev and prev.text and not bullet and (_continues(prev, line) or _list_wraps(last_raw, line, width)):
            prev.text += " " + line
            last_raw = line
            continue
        last_raw = line
        bold = tuple(clean_line(m.group(2)) for m in re.finditer(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", body))
        out.append(CvLine(line, bullet, bold_only, bold=bold, numbered=bool(_NUMBERED_RE.match(raw))))
        if level := _ATX_RE.match(raw):
            atx.append((out[-1], len(level.group(1))))
        if not bullet and len(line.split()) <= 6 and _RULE_RE.fullmatch(raw_lines[index + 1] if index + 1 < len(raw_lines) else ""):
            ruled.append(out[-1])
    ruled += _atx_headings(out, atx)
    _join_wrapped_headings(out)
    _mark_paragraphs(out)
    _mark_list_heads(out)
    _mark_headings(out, ruled)
    return [out[i] for i in regroup_form([line.text for line in out])]  # a Europass form's fields, its dates' first


_HEAD_CONNECTOR_END_RE = re.compile(r"(?i)(?:&|/|,|\band)$")
_HEAD_CONNECTOR_START_RE = re.compile(r"(?i)^(?:&|/|and\b)")


def _join_wrapped_headings(lines: list[CvLine]) -> None:
    """Join a heading that a narrow margin column wrapped ("Languages &" / "Technologies", "Programming" /
    "Languages" / "& Tools"): two short lines, one ending or the next opening with a connector ("&", "/",
    "and"), that read as a heading together; a one- or two-word line before such a pair that is no heading
    of its own joins it when the heading keeps its kind ("Programming Languages & Tools")."""
    i = 0
    while i + 1 < len(lines):
        a, b = lines[i], lines[i + 1]
        short = a.text and b.text and not a.bullet and not b.bullet and len(a.text.split()) <= 4 and len(b.text.split()) <= 3
        joined = f"{a.text} {b.text}"
        if not (short and (_HEAD_CONNECTOR_END_RE.search(a.text) or _HEAD_CONNECTOR_START_RE.match(b.text))
                and section_kind(joined)):
            i += 1
            continue
        a.text = joined
        del lines[i + 1]
        before = lines[i - 1] if i else None
        if (before and before.text and not before.bullet and len(before.text.split()) <= 2 and not section_kind(before.text)
                and re.fullmatch(r"[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?", before.text)
                and section_kind(f"{before.text} {a.text}") == section_kind(a.text)):
            before.text = f"{before.text} {a.text}"
            del lines[i]
        i += 1


def _margin_headings(raw_lines: list[str]) -> list[str]:
    """The lines with a section heading set in a left margin column apart from the entry beside it
    ("Education | Master of Science in Nursing", as a PDF with its labels in a margin column or a DOCX
    table with a label cell reads): the heading on a line of its own, then the rest."""
    out: list[str] = []
    for raw in raw_lines:
        label, sep, rest = raw.partition(" | ")
        if sep and rest.strip() and label.strip() and not BULLET_RE.match(raw) and section_kind(clean_line(label)):
            out += [label, rest]
        else:
            out.append(raw)
    return out


_ATX_RE = re.compile(r"^\s*(#{1,6})\s+\S")


def _atx_headings(lines: list[CvLine], atx: list[tuple[CvLine, int]]) -> list[CvLine]:
    """The Markdown headings the section reader cannot name ("## Toolkit", "## Research") at a level where the CV
    writes the ones it can ("## Experience", "## Education"): section headings too, read as an underlined one
    (:func:`_mark_headings`); never the first line (the name), nor one with a date, a digit or a separator, or with
    a dated line under it (an employer's heading: "## Acme Corp" over "Engineer" over "2019 – 2022")."""
    known = {level for line, level in atx if section_kind(line.text)}
    first = next((line for line in lines if line.text), None)
    found = []
    for line, level in atx:
        if level not in known or line is first or section_kind(line.text) or len(line.text.split()) > 5:
            continue
        i = next(i for i, other in enumerate(lines) if other is line)
        after = " ".join(list(islice((other.text for other in lines[i + 1:] if other.text), 2)))
        if not re.search(r"[\d|,@–—:]", line.text) and not DATE_RE.search(after) and not is_role(line.text):
            found.append(line)
    return found


# A rule under a heading: Setext Markdown ("Experience" over "----------") and plain-text CVs ("SKILLS" over
# ".........").
_RULE_RE = re.compile(r"\s*(?:-{3,}|={3,}|_{3,}|[.…·]{5,})\s*")


def _mark_headings(lines: list[CvLine], ruled: list[CvLine]) -> None:
    """Give a section kind to the headings that :func:`section_kind` cannot name: an underlined line
    ("JAVASCRIPT LOVER" over "......"), or a "Languages" heading, heads skills when most of the list
    under it names skills of the lexicon ("PHP, Ruby", "Mocha"; spoken languages are not in it), else
    (an underlined line) other matter."""
    underlined = {id(line) for line in ruled}
    for line in lines:
        known = section_kind(line.text) if line.text and not line.bullet else None
        if id(line) in underlined and not known:
            line.heading = "skills" if _lists_skills(lines, line, underlined) else "other"
        elif known == "other" and re.fullmatch(r"(?i)(?:\d{1,2}[.)]\s*)?languages:?", line.text) and _lists_skills(lines, line, underlined):
            line.heading = "skills"


def _lists_skills(lines: list[CvLine], heading: CvLine, underlined: set[int]) -> bool:
    """Whether at least half of the (up to 12) lines under ``heading``, up to the next heading, name a skill
    of the lexicon, all but a fifth of them short (ten words at most: a list, not prose)."""
    from core.analysis.skills import find_all_skills  # the lexicon loads on first use

    start = next(i for i, line in enumerate(lines) if line is heading) + 1
    items: list[CvLine] = []
    for line in lines[start:]:
        if line.text and ((not line.bullet and section_kind(line.text)) or id(line) in underlined or len(items) >= 12):
            break
        if line.text:
            items.append(line)
    short = [line for line in items if len(line.text.split()) <= 10]
    if not short or len(short) < 0.8 * len(items):
        return False
    named = sum(1 for line in short if find_all_skills(line.text))
    return named >= 0.5 * len(short)


_NUMBERED_RE = re.compile(r"\s*\d{1,2}[.)]\s+\S")


def _mark_list_heads(lines: list[CvLine]) -> None:
    """Mark a short non-bullet line between two bulleted runs ("- C#" / "Creative Aptitude" / "- Received
    the art award"), and a short numbered item over a run of other bullets ("02. Environment" over "- Linux
    + Eclipse"): the label of the bullets after it, not an item of the list before."""
    filled = [line for line in lines if line.text]
    for before, line, after in zip(filled, filled[1:], filled[2:], strict=False):
        if (before.bullet and after.bullet and not line.bullet and len(line.text.split()) <= 5
                and not re.search(r"[,;|•·:]", line.text)):
            line.heads_list = True
    for line, after in zip(filled, filled[1:], strict=False):
        if line.numbered and after.bullet and not after.numbered and len(line.text.split()) <= 4 and not re.search(r"[,;|]", line.text):
            line.heads_list = True
