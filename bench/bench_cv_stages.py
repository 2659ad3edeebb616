"""Where CV facts are lost: each missed (and each extra) labelled fact of the dev CVs put down to a stage.

``python -m bench.bench_cv_stages`` prints the table per field, old 80 / blind7 16 CVs (``--list`` also
every attribution); ``python -m bench --only cv_stages`` the totals per stage. A diagnostic for whoever
works on the CV reading, not a figure with a target; not run by the test suite.

Stages, tried in this order for a missed value (normal forms as in :func:`bench.bench_devsets.normal`):

- ``text``: the value is not in the text the app read from the file (``core.documents.extract_text``)
  but it is in an independent reading of the same file (``pdftotext -layout`` for a PDF, the words
  of ``word/document.xml`` for a DOCX, the raw file otherwise), or it is there once spaces are
  ignored (words glued or split by the reading).
- ``absent``: in neither reading (a label not written verbatim, or lost by both readers alike).
- ``section``: in the app's text, but no line holding it lies in the section that should hold it
  (experience for a title or an employer, education for a school; for a skill, a line under a
  heading that looks like a skills heading that the app did not read as one; for a (skill,
  employer) pair, the skill named nowhere in the app's experience section).
- ``entry``: in the right section but the entry's parse lost it (title, employer or dates split
  wrongly; a skill in the entry's text not paired with its employer).
- ``lexicon``: a skill written in the text (skills section or prose) that was not recognised.
- A (skill, employer) pair whose employer (or skill) was itself missed inherits that fact's stage
  with a ``via-`` prefix (``via-employer:entry``).

Extras (precision): ``text`` when the value is in the app's text but not in the independent
reading (the app's reading made it, e.g. two columns run together), ``section`` when it comes from
a line of the wrong section (an employer read in a skills or education section, a skill read from a
job's dated header line under a skills heading), ``entry`` for titles, employers and schools read
in the right section (or not verbatim: a split or glued fragment), ``lexicon`` for a skill.
"""

from __future__ import annotations

import logging
import re
import subprocess
import sys
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench.bench_devsets import FIELDS, _read_cv, _values, cv_facts, cv_file, load_cv_set, normal

logger = logging.getLogger(__name__)

_HOME = {"current_title": "experience", "employers": "experience", "schools": "education"}
# a heading a person would read as a skills heading, whatever the app made of it
_SKILLS_HEAD_RE = re.compile(r"(?i)skill|technolog|tools|competenc|\bstack\b|expertise|proficienc|"
                             r"programming|languages|frameworks|software|technical|platforms")


@dataclass
class Attribution:
    kind: str  # "miss" or "extra"
    field: str
    value: object
    stage: str
    where: str = ""  # the app's section(s) of the lines holding the value


def independent_text(path: Path) -> str:
    """The file's text read without the app: ``pdftotext -layout``, the DOCX body's words, or the raw file."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        try:
            return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, timeout=60,
                                  check=False).stdout.decode("utf-8", "replace")
        except (OSError, subprocess.TimeoutExpired) as error:
            logger.warning("pdftotext failed on %s: %s", path.name, error)
            return ""
    if suffix == ".docx":
        with zipfile.ZipFile(path) as archive:
            xml = archive.read("word/document.xml").decode("utf-8", "replace")
        xml = re.sub(r"</w:p>|<w:br/>|<w:cr/>", "\n", xml)
        xml = re.sub(r"<w:tab/>", "\t", xml)
        return re.sub(r"<[^>]+>", "", xml).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return path.read_text(encoding="utf-8", errors="replace")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def app_lines(app_text: str) -> tuple[list[tuple[str, str, bool]], list[tuple[str, str]]]:
    """The app's reading of the CV line by line: ``[(normal line text, section, looks-under-skills-heading)]``
    (the section as the app's walk had it after the line, the lenient second walk when the app used
    it) and the walk's ``entries`` ``[(normal employer, normal text)]``."""
    from core.analysis.cv import _Walk
    from core.analysis.cv_layout import cv_lines
    from core.analysis.text import strip_injections

    lines = cv_lines(strip_injections(app_text))

    def walk(lenient: bool) -> tuple[_Walk, list[str]]:
        w, sections = _Walk(lenient=lenient), []
        for line in lines:
            w.feed(line)
            sections.append(w.section)
        w.flush()
        return w, sections

    w, sections = walk(False)
    if len(w.jobs) == w.side_jobs:
        w2, sections2 = walk(True)
        if w2.jobs:
            w, sections = w2, sections2
    out, head = [], ""
    for line, section in zip(lines, sections, strict=True):
        words = len(line.text.split())
        if line.text and not line.bullet and words <= 5 and (line.heading or line.text.isupper() or line.text.endswith(":")
                                                              or _single_heading(line.text)):
            head = line.text
        out.append((normal(line.text), section, bool(head) and bool(_SKILLS_HEAD_RE.search(head))))
    return out, [(normal(e), normal(t)) for e, t in w.entries]


def _single_heading(text: str) -> bool:
    from core.analysis.cv_lines import section_kind

    return section_kind(text) is not None


def _holding(lines: list[tuple[str, str, bool]], value: str) -> list[tuple[str, str, bool]]:
    """The lines that hold ``value`` (as whole words), or two lines in a row that do together."""
    pattern = re.compile(rf"(?<!\w){re.escape(value)}(?!\w)")
    found = [line for line in lines if pattern.search(line[0])]
    if found:
        return found
    return [b for a, b in zip(lines, lines[1:], strict=False) if pattern.search(f"{a[0]} {b[0]}")]


def _in(text: str, value: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text) is not None


def _where(held: list[tuple[str, str, bool]]) -> str:
    return ",".join(sorted({s or "none" for _, s, _ in held}))


def _value_stage(field: str, value: str, app: str, indep: str, lines: list[tuple[str, str, bool]], extra: bool) -> tuple[str, str]:
    in_app, in_indep = _in(app, value), _in(indep, value)
    if extra:
        if in_app and not in_indep and not _in(_squash(indep), _squash(value)):
            return "text", ""
    elif not in_app:
        if in_indep or _squash(value) in _squash(app):
            return "text", ""
        return "absent", ""
    held = _holding(lines, value)
    where = _where(held)
    if field in _HOME:
        if not held:
            return "entry", "not verbatim"
        if any(s == _HOME[field] for _, s, _ in held) or (field == "current_title" and any(not s for _, s, _ in held)):
            return "entry", where
        return "section", where
    # skills
    if not extra and held and not any(s == "skills" for _, s, _ in held) and any(h for _, _, h in held):
        return "section", where
    if extra and held and all(s == "skills" for _, s, _ in held) and all(_dated(t) for t, _, _ in held):
        return "section", where
    return "lexicon", where


def _dated(text: str) -> bool:
    from core.analysis.cv_entry_bounds import DATE_RANGE_RE

    return DATE_RANGE_RE.search(text) is not None


def attribute(app_text: str, indep_text: str, labels: dict, got: dict | None = None) -> list[Attribution]:
    """Every missed and extra value of one CV with the stage that lost or made it.

    ``app_text``: the app's reading of the file; ``indep_text``: the independent one; ``labels``:
    the CV's labelled facts (``expected.json``'s ``facts``); ``got``: the app's facts in the labels'
    shape (:func:`bench.bench_devsets.cv_facts` of ``app_text`` when not given)."""
    got = cv_facts(app_text) if got is None else got
    app, indep = normal(app_text), normal(indep_text)
    lines, entries = app_lines(app_text)
    out: list[Attribution] = []
    stages: dict[tuple[str, str, str], str] = {}
    for field in FIELDS:
        want, have = _values(field, labels.get(field)), _values(field, got.get(field))
        for kind, values in (("miss", want - have), ("extra", have - want)):
            for value in sorted(values, key=str):
                if field == "skill_employer":
                    stage, where = _pair_stage(value, kind, got, stages, app, indep, lines, entries)
                else:
                    stage, where = _value_stage(field, value, app, indep, lines, kind == "extra")
                    stages[(kind, field, value)] = stage
                out.append(Attribution(kind, field, value, stage, where))
    return out


def _pair_stage(pair: tuple[str, str], kind: str, got: dict, stages: dict, app: str, indep: str,
                lines: list[tuple[str, str, bool]], entries: list[tuple[str, str]]) -> tuple[str, str]:
    skill, employer = pair
    if kind == "miss" and employer not in _values("employers", got.get("employers")):
        stage = stages.get(("miss", "employers", employer)) or _value_stage("employers", employer, app, indep, lines, False)[0]
        return f"via-employer:{stage}", ""
    if kind == "miss" and skill not in _values("skills", got.get("skills")):
        stage = stages.get(("miss", "skills", skill)) or _value_stage("skills", skill, app, indep, lines, False)[0]
        return f"via-skill:{stage}", ""
    if kind == "extra" and ("extra", "skills", skill) in stages:
        return f"via-skill:{stages[('extra', 'skills', skill)]}", ""
    if kind == "extra" and ("extra", "employers", employer) in stages:
        return f"via-employer:{stages[('extra', 'employers', employer)]}", ""
    if kind == "miss" and not _in(app, skill):
        return ("text" if _in(indep, skill) else "absent"), ""
    held = _holding(lines, skill)
    where = _where(held)
    if kind == "miss" and held and not any(s == "experience" for _, s, _ in held):
        return "section", where
    if kind == "extra" and held and not any(s == "experience" for _, s, _ in held) and not any(
            e == employer and _in(t, skill) for e, t in entries):
        return "section", where
    return "entry", where


def attributions(entries: list[dict] | None = None) -> list[tuple[str, Attribution]]:
    """``[(cv id, attribution)]`` over the dev CVs whose files are present."""
    out: list[tuple[str, Attribution]] = []
    for entry in entries if entries is not None else load_cv_set():
        path = cv_file(entry)
        if not path.exists():
            continue
        app_text = _read_cv(path) or ""
        for item in attribute(app_text, independent_text(path), entry["facts"]):
            out.append((entry["id"], item))
    return out


def table(results: list[tuple[str, Attribution]]) -> str:
    """A Markdown table: per field and miss/extra, the count per stage, old-80 / blind7-16."""
    stages = ["text", "absent", "section", "entry", "lexicon"]
    counts: Counter = Counter()
    vias: Counter = Counter()
    for cv_id, item in results:
        split = "blind7" if cv_id.startswith("blind7") else "old"
        stage = item.stage
        if stage.startswith("via-"):
            vias[(item.kind, item.field, stage, split)] += 1
            stage = "via"
        counts[(item.kind, item.field, stage, split)] += 1
    rows = ["| field | kind | " + " | ".join(stages + ["via"]) + " |", "|---|---|" + "---|" * (len(stages) + 1)]
    for field in FIELDS:
        for kind in ("miss", "extra"):
            cells = [f"{counts[(kind, field, s, 'old')]} / {counts[(kind, field, s, 'blind7')]}" for s in [*stages, "via"]]
            rows.append(f"| {field} | {kind} | " + " | ".join(cells) + " |")
    detail = [f"- {kind} {field} {stage}: {vias[(kind, field, stage, 'old')]} / {vias[(kind, field, stage, 'blind7')]}"
              for kind, field, stage in sorted({k[:3] for k in vias})]
    return "\n".join(rows + ["", "(cells: old 80 CVs / blind7 16 CVs; `via` split:)", *detail])


def run() -> list[tuple[str, float, str, str]]:
    """The bench's rows (``python -m bench --only cv_stages``): over all dev CVs and fields, how many missed
    and how many extra facts each stage accounts for (a pair counted ``via`` its employer or skill apart)."""
    counts = Counter((item.kind, item.stage.split(":")[0]) for _, item in attributions())
    return [(f"cv_stages: facts {'missed' if kind == 'miss' else 'extra'}, stage {stage}", float(counts[(kind, stage)]), "facts",
             "(reported)")
            for kind in ("miss", "extra")
            for stage in ("text", "absent", "section", "entry", "lexicon", "via-employer", "via-skill")]


def main(argv: list[str]) -> int:
    results = attributions()
    if "--list" in argv:
        for cv_id, item in results:
            print(f"{cv_id}\t{item.kind}\t{item.field}\t{item.stage}\t{item.where}\t{item.value}")
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
