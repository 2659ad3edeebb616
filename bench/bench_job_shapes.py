"""The job reader on the dev ads pasted in the shapes their sources store them (issue 15 point 2, session 26).

The dev ads' files under ``jobs/fetched/`` are already clean text (their recipes strip HTML, cut a JavaScript
string out of its record, decode its escapes); a person pastes what the page or the job board gives. Each ad of the
dev set and of the session-24 set is read again as:

- ``html``: rendered as a CMS renders it (headings ``<h3>``, bullets ``<ul><li>``, paragraphs ``<p>``, tables, ``&amp;``),
  all on one line, as a job board's description field holds it;
- ``json``: that HTML as the ``description`` of a JSON record with its metadata fields (``title``, ``location``,
  ``salary``, ``datePosted``);
- ``js``: the same record as a JavaScript object literal (``const job = {title: '...', description: "..."};``);
- ``yaml``: a whole page of CMS fields without fences (``title:``, ``location:``, ``description: |``);
- ``escaped``: the clean text with a JSON string's escapes (``\\n``, ``\\u2022`` bullets) and Markdown's (``\\-``);
- ``source``: the ad's own source page, for the ads whose recipe strips a whole HTML page (PHP blocks removed,
  nothing else), read from the mirror (``/work/.mirror`` or ``$DEVSETS_MIRROR``) when it is there.

Precision and recall per shape are the dev set's (:func:`bench.bench_devsets.score_job`: capped at 12); the row for
the clean text is printed first, so a shape that reads worse shows as a gap. The set-25 ads are never read here.

    python -m bench.bench_job_shapes            # the figures
    python -m bench.bench_job_shapes --detail   # per ad and shape: what differs from the clean text's reading
"""

from __future__ import annotations

import html
import json
import os
import re
import sys
from pathlib import Path

from bench.bench_devsets import APP_LIMIT, JOB_DIR, _match, _ratio, _req_normal, load_job_set, requirements
from bench.build_jobs import _PHP, RECIPES, read_source
from bench.fresh_jobs import load_jobs, load_recipes

_BULLET = re.compile(r"^\s*(?:[-*+•·▪]|\d+[.)])\s+")
_HEADING = re.compile(r"^\s*#{1,6}\s+")


def as_html(text: str) -> str:
    """``text`` (Markdown or plain lines) as a CMS renders it, on one line: ``#`` headings and short lines ending
    in ":" as ``<h3>``, bullets as ``<ul><li>``, other lines as ``<p>`` (a line that goes on from an unfinished one in
    the same ``<p>``), ``&`` and ``<`` escaped."""
    out: list[str] = []
    in_list = in_table = False
    for raw in text.splitlines():
        line = raw.strip()
        bullet = _BULLET.match(line)
        if in_list and not bullet:
            out.append("</ul>")
            in_list = False
        row = line.startswith("|") and line.count("|") >= 3
        if in_table and not row:
            out.append("</table>")
            in_table = False
        if row:  # a Markdown table row; its cells' HTML stays as written
            if not re.fullmatch(r"[|:\-\s]+", line):
                cells = [c.strip() for c in line.strip("|").split("|")]
                out.append(("" if in_table else "<table>") + "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
                in_table = True
            continue
        if not line or re.fullmatch(r"[-=*_]{3,}", line):
            continue
        if bullet:
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{html.escape(line[bullet.end():], quote=False)}</li>")
        elif _HEADING.match(line) or (line.endswith(":") and len(line.split()) <= 6):
            out.append(f"<h3>{html.escape(_HEADING.sub('', line), quote=False)}</h3>")
        elif out and out[-1].startswith("<p>") and not re.search(r"[.!?:]</p>$", out[-1]):
            out[-1] = out[-1][:-4] + f" {html.escape(line, quote=False)}</p>"  # a wrapped paragraph is one <p>
        else:
            out.append(f"<p>{html.escape(line, quote=False)}</p>")
    out += ["</ul>"] if in_list else []
    out += ["</table>"] if in_table else []
    return "".join(out)


def _record(entry: dict, text: str) -> dict:
    return {"id": entry["id"], "title": entry["id"].replace("_", " ").title(), "location": "Remote",
            "salary": "Competitive", "datePosted": "2026-11-30", "description": as_html(text)}


def shapes(entry: dict, text: str) -> dict[str, str]:
    """The ad ``text`` in each pasted shape (see the module docstring), the source page aside."""
    record = _record(entry, text)
    js = "const job = {\n" + "".join(
        f"  {key}: {json.dumps(value, ensure_ascii=False) if key == 'description' else repr(value)},\n"
        for key, value in record.items()) + "};"
    folded = "\n".join(f"  {line}" if line.strip() else "" for line in text.splitlines())
    yaml_page = (f"title: {record['title']}\nlocation: Remote\ndate: 2026-11-30\ndescription: |\n{folded}\n")
    escaped_text = text if text.startswith("---") else "\n".join(  # a YAML page keeps its list marks
        re.sub(r"^[-*•] ", "\\\\u2022 ", line) for line in text.splitlines())
    escaped = json.dumps(escaped_text, ensure_ascii=False)[1:-1].replace("\\\\u2022", "\\u2022")
    return {"clean": text, "html": as_html(text), "json": json.dumps(record, ensure_ascii=False), "js": js,
            "yaml": yaml_page, "escaped": escaped}


def _entries() -> list[tuple[dict, dict]]:
    """(entry, recipe) of every dev ad and session-24 ad whose file is present."""
    dev = json.loads(RECIPES.read_text(encoding="utf-8"))["jobs"]
    out = [(e, dev.get(e["id"], {})) for e in load_job_set()]
    fresh = load_recipes("24")
    out += [(e, fresh.get(e["id"], {})) for e in load_jobs("24")]
    return [(e, r) for e, r in out if (JOB_DIR / e["file"]).is_file()]


def _source_page(entry: dict, recipe: dict) -> str | None:
    """The ad's source page when its recipe reads a whole HTML page (no parts cut, nothing dropped), PHP removed."""
    if recipe.get("method") != "html" or recipe.get("parts") or recipe.get("drop"):
        return None
    mirror = Path(os.environ.get("DEVSETS_MIRROR") or "/work/.mirror")
    found = read_source(entry, mirror, JOB_DIR / "fetched" / "raw")
    return _PHP.sub("", found[0].decode("utf-8", "replace")) if found else None


def _score(entry: dict, text: str) -> tuple[int, int, int, int, list[str]]:
    have = [r for r in requirements(text, APP_LIMIT) if _req_normal(r)]
    normal = {_req_normal(r) for r in have}
    want = {_req_normal(r) for r in entry["requirements"]} - {""}
    good = {h for h in normal if any(_match(h, w) for w in want)}
    matched = sum(1 for w in want if any(_match(h, w) for h in normal))
    return len(good), len(normal), matched, len(want), have


def run(detail: bool = False) -> list[tuple[str, float, str, str]]:
    sums: dict[str, list[int]] = {}
    for entry, recipe in _entries():
        text = (JOB_DIR / entry["file"]).read_text(encoding="utf-8")
        variants = shapes(entry, text)
        if (page := _source_page(entry, recipe)) is not None:
            variants["source"] = page
        clean = None
        for name, variant in variants.items():
            tp, predicted, matched, marked, have = _score(entry, variant)
            row = sums.setdefault(name, [0, 0, 0, 0, 0])
            for i, value in enumerate((tp, predicted, matched, marked, 1)):
                row[i] += value
            if name == "clean":
                clean = have
            elif detail and have != clean:
                print(f"== {entry['id']} as {name}: {tp}/{predicted} marked, {matched}/{marked} marks "
                      f"(clean: {sorted(set(clean) - set(have))} lost; {sorted(set(have) - set(clean))} new)")
    rows = []
    for name, (tp, predicted, matched, marked, count) in sums.items():
        rows.append((f"job shapes: requirements precision, pasted as {name} ({count} ads)", _ratio(tp, predicted), "",
                     "(reported)"))
        rows.append((f"job shapes: requirements recall, pasted as {name} ({count} ads)", _ratio(matched, marked), "",
                     "(reported)"))
    return rows


if __name__ == "__main__":
    for name, value, _unit, _target in run(detail="--detail" in sys.argv):
        print(f"{name:<75} {value:6.3f}")
