"""A job ad pasted in the shape its source stored it, as the plain lines the requirement reader takes.

People paste what a careers page, a CMS or a job board gives them: HTML with its tags still in (``<li>``,
``<br>``, ``&amp;``, ``&nbsp;``), a JSON or JavaScript object that holds the ad (``{"description": "<ul><li>…"}``,
a schema.org ``JobPosting`` inside ``<script type="application/ld+json">``), a whole YAML document of CMS fields
without its ``---`` fences (``title:`` / ``requirements:`` / ``  - …``), a JSON string's escapes (``\\n``,
``\\u2022``) and Markdown's (``\\-``, ``\\*``). :func:`job_page_text` turns each into headings, "- " bullets and
paragraphs, one a line, as :mod:`core.analysis.job_lines` reads them; plain text comes back unchanged.

The markup is read by libraries, never by pattern: the standard library's :class:`html.parser.HTMLParser` and
:func:`html.unescape`, :mod:`json`, and PyYAML (``yaml.safe_load``, which also reads a JavaScript object literal
with bare keys and single quotes). Nothing here raises on odd input: what cannot be parsed is left as it was.
"""

from __future__ import annotations

import html
import json
import logging
import re
from functools import lru_cache
from html.parser import HTMLParser

logger = logging.getLogger(__name__)

# Elements that end a line of text; a list item also opens a bullet. Table cells are read by :class:`_PageLines`.
_BLOCK = frozenset({"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset",
                    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
                    "main", "nav", "ol", "p", "pre", "section", "ul"})
# Left out with all inside them: what is no text of the page, and its menus, footer and form controls ("Home",
# "Privacy policy", "Apply now"), which never hold a requirement.
_HIDDEN = frozenset({"head", "script", "style", "template", "noscript", "svg", "nav", "footer", "button", "select",
                     "iframe"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr"})
# An HTML tag the page's structure is written in (a bare "<" of "3 < 5" or "<5 years" is none).
_TAG_RE = re.compile(r"</?(?:p|li|ul|ol|br|div|h[1-6]|strong|b|em|i|u|span|table|tr|td|th|section|article|a|font|"
                     r"header|footer|dl|dt|dd|small|center|blockquote)\b[^<>]*>", re.IGNORECASE)
_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A person specification's columns: such a table is kept as Markdown rows for the reader of its cells.
_SPEC_COLUMN_RE = re.compile(r"\b(?:essential|desirable)\b", re.IGNORECASE)


class _PageLines(HTMLParser):
    """The text of an HTML page or fragment: one block element a line, a list item as "- item", ``<br>`` a line
    break; head, script, style, template, menus, footer and form controls left out, except the JSON of ``<script type="application/ld+json">``,
    kept apart in :attr:`json_ld`. A table is one line a cell, except a person specification (a column headed
    "Essential" or "Desirable"), kept as Markdown rows ("| Criteria | Essential | Desirable |") whose cells keep
    their list items as ``<li>`` for :mod:`core.analysis.job_lines`. With ``keep_newlines`` (a Markdown page with a
    few tags in it) the source's own line breaks stay; else runs of white space inside text are one space, as a
    browser shows them."""

    def __init__(self, keep_newlines: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.keep_newlines = keep_newlines
        self.chunks: list[str] = []
        self.json_ld: list[str] = []
        self._hidden: list[str] = []
        self._ld = False
        self._table: list[list[list[str]]] | None = None  # the outermost open table: rows of cells of chunks
        self._depth = 0  # tables open inside it

    def _cell(self) -> list[str] | None:
        if self._table is None:
            return None
        if not self._table:
            self._table.append([])
        if not self._table[-1]:
            self._table[-1].append([])
        return self._table[-1][-1]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._hidden:
            if tag == "script":  # a script inside the page's head: its JSON-LD is read all the same
                self._hidden.append(tag)
                self._ld = any(k == "type" and "ld+json" in (v or "") for k, v in attrs)
            elif tag == self._hidden[-1] and tag not in _VOID:
                self._hidden.append(tag)
            return
        if tag in _HIDDEN:
            self._ld = tag == "script" and any(k == "type" and "ld+json" in (v or "") for k, v in attrs)
            self._hidden.append(tag)
        elif tag == "table":
            if self._table is None:
                self._table, self._depth = [], 0
            else:
                self._depth += 1
        elif self._table is not None and self._depth == 0 and tag == "tr":
            self._table.append([])
        elif self._table is not None and self._depth == 0 and tag in {"td", "th"}:
            if not self._table:
                self._table.append([])
            self._table[-1].append([])
        elif self._table is not None:
            if tag in _BLOCK:
                self._cell().append("<li>" if tag == "li" else "<br>")
        elif tag in _BLOCK:
            self.chunks.append("\n- " if tag == "li" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if self._hidden:
            if tag == self._hidden[-1]:
                self._hidden.pop()
                self._ld = False
            return
        if tag == "table" and self._table is not None:
            if self._depth:
                self._depth -= 1
            else:
                self.chunks.append(self._table_text(self._table))
                self._table = None
        elif self._table is not None:
            if tag in _BLOCK and tag not in {"br", "li"}:
                self._cell().append("<br>")
        elif tag in _BLOCK and tag != "br":
            self.chunks.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._hidden and tag in _BLOCK:
            if self._table is not None:
                self._cell().append("<br>")
            else:
                self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if self._hidden:
            if self._ld:
                self.json_ld.append(data)
            return
        if self._table is not None:
            self._cell().append(re.sub(r"\s+", " ", data))
            return
        self.chunks.append(re.sub(r"[ \t\r\f\v\xa0]+", " ", data) if self.keep_newlines else re.sub(r"\s+", " ", data))

    @staticmethod
    def _table_text(table: list[list[list[str]]]) -> str:
        """A table's text: Markdown rows for a person specification, else each cell's lines on their own."""
        rows = [[re.sub(r" {2,}", " ", "".join(cell)).strip() for cell in row] for row in table if row]
        if any(_SPEC_COLUMN_RE.search(re.sub(r"<[^>]+>", " ", cell)) and len(cell.split()) <= 3
               for row in rows for cell in row):
            return "\n" + "".join("| " + " | ".join(cell.replace("|", "/") for cell in row) + " |\n" for row in rows)
        lines = [part.strip() for row in rows for cell in row for part in re.split(r"<br>|(?=<li>)", cell)]
        return "\n" + "".join(("- " + line[4:].strip() if line.startswith("<li>") else line) + "\n"
                               for line in lines if line.strip() and line != "<li>")

    def close(self) -> None:
        super().close()
        if self._table is not None:  # a table never closed: its text all the same
            self.chunks.append(self._table_text(self._table))
            self._table = None

    def text(self) -> str:
        lines = [line.strip(" \u200b\ufeff") for line in "".join(self.chunks).split("\n")]
        out: list[str] = []
        for line in lines:
            if line in {"-", ""} and (not out or out[-1] == ""):
                continue  # an empty list item, or a second blank line
            out.append("" if line == "-" else line)
        return "\n".join(out).strip() + "\n"


def _html_mode(text: str) -> str:
    """"page" when ``text`` is an HTML page or fragment (its structure in tags), "inline" when it is Markdown or plain
    text with some tags in it, "" when it has no tags of structure."""
    tags = _TAG_RE.findall(text)
    if not tags:
        return ""
    lines = [line for line in text.splitlines() if line.strip()]
    tagged = sum(1 for line in lines if line.lstrip().startswith("<"))
    return "page" if len(lines) <= 2 or tagged * 3 >= len(lines) else "inline"


def html_lines(text: str) -> tuple[str, list[str]]:
    """(the text of ``text`` as lines, the JSON of its ld+json scripts): tags out (:class:`_PageLines`), character
    references decoded; a Markdown table row (``| … |``) is left as written, its cells' tags are read with it."""
    mode = _html_mode(text)
    if not mode and "ld+json" not in text:
        return text, []
    parser = _PageLines(keep_newlines=mode == "inline")
    if mode == "inline":  # a Markdown person specification's cells keep their "<li>" for the table reader
        parts = re.split(r"(?m)(^[ \t]*\|.*\|[ \t]*$)", text)
        out, found = [], []
        for i, part in enumerate(parts):
            if i % 2:
                out.append(part)
                continue
            parser = _PageLines(keep_newlines=True)
            parser.feed(part)
            parser.close()
            out.append(parser.text().rstrip("\n") if part.strip() else part)
            found += parser.json_ld
        return "\n".join(p.strip("\n") for p in out if p.strip()) + "\n", found
    parser.feed(text)
    parser.close()
    return parser.text(), parser.json_ld


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# CMS and job-board fields that say where, when, who and how much: never a requirement (compared in lower case,
# without "_", "-" and spaces).
_META_KEYS = _words("""
id uid uuid guid key slug url uri link href permalink canonical image logo icon thumbnail photo layout template
templatekey draft published date dateposted posted postedat createdat updatedat validthrough expires expiry deadline
closingdate startdate location locations joblocation address city region country postcode zip remote workplace
salary salaryrange basesalary pay payrange compensation wage currency rate company companyname employer
hiringorganization organization organisation sameas department team division title jobtitle name position role
type employmenttype jobtype contract contracttype schedule hours shift tags tag categories category industry
sector occupationalcategory identifier apply applyurl applicationurl howtoapply contact email phone telephone status
lang language locale weight order menu seo meta author authors source reference ref jobid number count context
directapply jobbenefits benefits perks incentivecompensation
workpattern workpatternname salaryfrom salaryto salaryperiod additionalsalaryinformation offenceexclusions
""")
# A field whose key names what the post asks ("essentialCriteria", "requirements", "desirable_skills"): a text of
# several short lines in it is a list, one item a line.
_ASKING_KEY_RE = re.compile(r"requirement|qualifi|criteria|skill|essential|desirable|competenc|must", re.IGNORECASE)


def _label(key: object) -> str:
    """A field's key as a heading: "experienceRequirements" -> "Experience requirements", "job_duties" -> "Job duties"."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", str(key).lstrip("@")).replace("_", " ").replace("-", " ").split()
    return " ".join(words).capitalize()


def _meta_key(key: object) -> bool:
    return re.sub(r"[\s_\-@]", "", str(key)).lower() in _META_KEYS


def _value_lines(value: object, depth: int = 0) -> list[str]:
    """The lines of one field's value: a text as its own lines (HTML read), a list as bullets, a mapping's fields
    in turn (:func:`fields_lines`)."""
    if depth > 6:
        return []
    if isinstance(value, str):
        text = plain_text(value) if _TAG_RE.search(value) or _ENTITY_RE.search(value) else value
        return [line.rstrip() for line in text.strip().splitlines()]
    if isinstance(value, bool) or value is None:
        return []
    if isinstance(value, int | float):
        return [str(value)]
    if isinstance(value, dict):
        return fields_lines(value, depth + 1)
    if isinstance(value, list | tuple):
        out: list[str] = []
        for item in value:
            if isinstance(item, str | int | float) and not isinstance(item, bool):
                inner = _value_lines(item, depth + 1)
                out += [f"- {' '.join(inner)}"] if len(inner) == 1 or all(
                    not line.lstrip().startswith("- ") for line in inner) and inner else inner
            else:
                out += _value_lines(item, depth + 1)
        return [line for line in out if line.strip() not in {"", "-"}]
    return []


def _plain_list(lines: list[str]) -> bool:
    """Whether a text's lines are a list written without bullets: two or more, none a bullet already, a heading
    ("…:") or longer than sixteen words."""
    items = [line.strip() for line in lines if line.strip()]
    return len(items) >= 2 and all(not re.match(r"[-*•]\s", item) and not item.endswith(":") and len(item.split()) <= 16
                                   for item in items)


def fields_lines(fields: dict, depth: int = 0) -> list[str]:
    """The lines of a CMS or job-board record: each field that is not metadata (:data:`_META_KEYS`: where, when,
    who, pay, links) as a heading named by its key and its value under it (a list as bullets, HTML read); a record
    that wraps the ad in one field ("job": {...}, "data": {...}) is read through."""
    lines: list[str] = []
    for key, value in fields.items():
        if _meta_key(key) or value in (None, "", [], {}):
            continue
        inner = _value_lines(value, depth)
        if not inner:
            continue
        if isinstance(value, dict):
            lines += ["", *inner]
        elif isinstance(value, str) and len(value.split()) <= 12 and len(inner) == 1:
            lines += ["", _label(key), f"- {inner[0]}", ""]  # "qualifications": "Strong knowledge of IFRS"
        elif isinstance(value, str) and _ASKING_KEY_RE.search(str(key)) and _plain_list(inner):
            # "essentialCriteria": "Valid forklift licence\nMaths level 1\n…": its lines are the criteria
            lines += ["", _label(key), *(f"- {line.strip()}" if line.strip() else "" for line in inner), ""]
        else:
            lines += ["", _label(key), *inner, ""]
    return lines


def _record_text(data: object) -> str | None:
    """The lines of a parsed JSON/YAML value that holds a job ad (a record, or a list of them); None otherwise."""
    if isinstance(data, dict):
        if isinstance(data.get("@graph"), list):  # schema.org graph: the JobPosting in it
            postings = [n for n in data["@graph"] if isinstance(n, dict) and n.get("@type") == "JobPosting"]
            data = postings[0] if postings else data
        lines = fields_lines(data)
    elif isinstance(data, list) and data and all(isinstance(item, dict) for item in data):
        lines = [line for item in data for line in fields_lines(item)]
    else:
        return None
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return text + "\n" if len(text.split()) >= 3 else None


# "const job = {…};", "export default {…}", "module.exports = {…}", "window.__DATA__ = {…}": an object literal's code.
_JS_OPENING_RE = re.compile(r"\A\s*(?:export\s+default\s+|module\.exports\s*=\s*|(?:(?:export\s+)?(?:const|let|var)\s+)?"
                            r"[\w$.]+\s*(?::\s*[\w$<>\[\]]+\s*)?=\s*)?(?=[\[{])")


def _parsed(text: str) -> object | None:
    """``text`` as a JSON value, or a JavaScript object literal read as YAML's flow style; None when neither reads."""
    try:
        return json.loads(text)
    except ValueError:
        pass
    import yaml  # PyYAML (requirements.txt): a flow mapping reads bare keys and single-quoted strings

    try:
        return yaml.safe_load(re.sub(r",(\s*[}\]])", r"\1", text))  # a trailing comma JavaScript allows
    except yaml.YAMLError:
        return None


# What a JavaScript or TypeScript module writes before its data: imports, directives, line comments.
_MODULE_PREAMBLE_RE = re.compile(r"\A(?:[ \t]*(?:import\s[^\n]*|['\"]use (?:client|strict)['\"];?|//[^\n]*)?[ \t]*\n)+")
# A template literal without substitutions (`Valid forklift licence\n  Maths level 1`): a plain string
_TEMPLATE_RE = re.compile(r"`([^`$\\]*)`")


def _structured(text: str) -> str | None:
    """The ad held by a JSON document or JavaScript/TypeScript object literal, as lines; None when ``text`` is none.
    A module's imports before it are passed over, tabs read as spaces, and a template literal without substitutions
    as the string it writes (each of its lines without the code's indent)."""
    text = _MODULE_PREAMBLE_RE.sub("", text)
    opening = _JS_OPENING_RE.match(text)
    if not opening:
        return None
    body = text[opening.end():].strip().rstrip(";").strip()
    if not (body[:1] == "{" and body[-1:] == "}") and not (body[:1] == "[" and body[-1:] == "]"):
        return None
    body = _TEMPLATE_RE.sub(lambda m: json.dumps("\n".join(ln.strip() for ln in m.group(1).splitlines())), body)
    return _record_text(_parsed(body.replace("\t", "    ")))


_YAML_KEY_RE = re.compile(r"^[a-z_][a-z0-9_-]*:(?:\s|$)")


def _bare_yaml(text: str) -> str | None:
    """A whole page of CMS fields with no ``---`` fences ("title: …" / "requirements:" / "  - …"), as lines; None for
    anything else. Only a page whose top-level lines are all lower-case keys, two at least, with a list or a long
    text among their values, is read so: an ad's own headings ("Requirements:") are capitalised."""
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    top = [line for line in lines if not line[:1].isspace() and not line.startswith("- ")]
    if len(top) < 2 or not all(_YAML_KEY_RE.match(line) for line in top):
        return None
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict) or not any(isinstance(v, list | dict) or (isinstance(v, str) and len(v.split()) > 12)
                                             for v in data.values()):
        return None
    return _record_text(data)


def _unescaped(text: str) -> str:
    """``text`` with a JSON string's escapes read when it has no line breaks of its own ("Requirements:\\n\\u2022
    SQL"), Unicode escapes ("\\u2022") and Markdown's backslash escapes ("\\- item", "\\* item", "1\\.") undone."""
    if "\n" not in text.strip() and text.count("\\n") >= 2:
        text = text.replace("\\r\\n", "\n").replace("\\n", "\n").replace("\\t", " ").replace('\\"', '"')
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    return re.sub(r"\\([-*+#._&()\[\]!`>|~/\"'])", r"\1", text)


# A list mark other than the reader's own ("-", "*", "•", …) at a line's start: a dash of another width ("– item", as
# German and French ads write lists), a word processor's symbol-font bullet (U+F0B7, U+F0A7, U+F0D8, U+F076 pasted
# from Word), a tick, an arrow or a star.
_OTHER_BULLET_RE = re.compile(r"(?m)^([ \t]*)[–—\uf0b7\uf0a7\uf0d8\uf076\uf0fc✓✔☑➢➤►▸▹→⇒★☆◆◇■□❖][ \t]+(?=\S)")


# A bullet mark inside a flattened line ("Requirements: • SQL • Python • Tableau"): each item on its own line.
_INLINE_BULLET_RE = re.compile(r"\s+[•▪‣◦●·]\s+")


def _inline_bullets(text: str) -> str:
    out = []
    for line in text.splitlines():
        parts = _INLINE_BULLET_RE.split(line)
        if len(parts) >= 3 or (len(parts) == 2 and re.match(r"^\s*[•▪‣◦●·]\s", line)):
            head, items = parts[0].strip(), [p.strip() for p in parts[1:] if p.strip()]
            head_item = re.match(r"^\s*[•▪‣◦●·]\s+", head)
            out += ([f"- {head[head_item.end():]}"] if head_item else [head] if head else []) + [f"- {p}" for p in items]
        else:
            out.append(line)
    return "\n".join(out)


def plain_text(text: str) -> str:
    """``text``'s HTML as lines (:func:`html_lines`) and its character references ("&amp;", "&#8226;", "&nbsp;")
    decoded; text with neither comes back unchanged."""
    if _html_mode(text):
        text = html_lines(text)[0]
    if _ENTITY_RE.search(text):
        text = _ENTITY_RE.sub(lambda m: html.unescape(m.group(0)), text).replace("\xa0", " ")
    return text


@lru_cache(maxsize=64)  # the plan reads one job's credentials, requirements and lines several times a question
def job_page_text(text: str) -> str:
    """A job ad as the requirement reader takes it: a JSON document or JavaScript object literal holding the ad as
    its fields' lines (metadata fields left out: :func:`fields_lines`), likewise a whole page of YAML fields without
    fences and a schema.org ``JobPosting`` in an ld+json script; HTML as lines with list items as "- " bullets;
    escapes ("\\u2022", "\\-", "&#8226;") read; other list marks at a line's start ("– ", a Word symbol bullet,
    "✓ ") as "- "; bullets inside one line put on their own lines. A page with no
    markup, and YAML front matter between ``---`` fences (read later: :func:`core.analysis.job_noise.front_matter`),
    come back unchanged."""
    if not text or not text.strip():
        return text or ""
    text = _unescaped(text)
    if (record := _structured(text)) is not None or (record := _bare_yaml(text)) is not None:
        text = record
    elif _html_mode(text) or "ld+json" in text:
        lines, scripts = html_lines(text)
        postings = [r for r in (_record_text(_parsed(s.strip())) for s in scripts if s.strip()) if r]
        text = "\n".join([lines, *postings]) if postings and len(lines.split()) < 40 else lines
    text = plain_text(text) if _ENTITY_RE.search(text) else text
    return _inline_bullets(_OTHER_BULLET_RE.sub(r"\1- ", text))
