"""Rebuild the job-description dev set's files (``tests/data/devsets/jobs/fetched/``) from their sources.

Each entry of ``jobs/expected.json`` names a public file (repository, commit, path); ``jobs/recipes.json``
records how the text under ``fetched/`` was made from it (whole file, a cut between line markers, or the
text of an HTML/PHP page), so the set can be rebuilt on a fresh machine and checked against the sha256
recorded in ``expected.json``.

The source file is read, in this order, from
- a snapshot mirror: ``<mirror>/<owner>+<name>/repo`` (a bare git directory, as the ``fetch`` tool leaves
  it), ``git show <commit>:<path>``; the mirror root is ``--mirror`` or ``$DEVSETS_MIRROR`` (default
  ``/work/.mirror``);
- or a saved copy, ``<raw>/<id><suffix of path>`` (default ``jobs/fetched/raw/``, git-ignored like the rest
  of ``fetched/``): the text the search index's ``read_file`` gave for that repository, path and commit, for
  repositories whose snapshot cannot be fetched. A copy may stop after the last marker its recipe needs.

    python -m bench.build_jobs                 # build every file, report sha256 match / differ / source missing
    python -m bench.build_jobs --only icu_nurse,accountant
    python -m bench.build_jobs --update-sha    # also write the new sha256 of files that differ into expected.json

Exit status 1 when a source is missing, or a file differs from its recorded sha256 (without ``--update-sha``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from bench.bench_devsets import INDEX_DIR, JOB_DIR

EXPECTED = INDEX_DIR / "jobs" / "expected.json"
RECIPES = INDEX_DIR / "jobs" / "recipes.json"

_PHP = re.compile(r"<\?(?:php\b|=)?.*?(?:\?>|\Z)", re.S)
_FRONT_MATTER = re.compile(r"---\n.*?\n---\n", re.S)
_MD_LINK = re.compile(r"\[([^\]\n]+)\](?:\([^)\n]*\)|\[[^\]\n]*\])")
_INLINE_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_BLOCK = {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset", "figcaption",
          "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
          "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul"}
_SKIP = {"head", "script", "style", "template", "noscript"}


class _PageText(HTMLParser):
    """Text of an HTML page: one block element a line, a list item as "- item"; ``drop`` selectors (tag, .class, #id, tag.class, tag#id)
    and ``head``/``script``/``style`` left out with everything inside them."""

    def __init__(self, drop: list[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.drop = [re.fullmatch(r"([a-z0-9]*)(?:([.#])([\w-]+))?", s).groups() for s in drop]
        self.chunks: list[str] = []
        self.skipping: tuple[str, int] | None = None  # (tag, depth of that tag) while inside a left-out element

    def _dropped(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        values = {k: v or "" for k, v in attrs}
        for name, kind, value in self.drop:
            if name and name != tag:
                continue
            if (kind == "." and value not in values.get("class", "").split()) or (kind == "#" and values.get("id") != value):
                continue
            return True
        return tag in _SKIP

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            if tag == self.skipping[0]:
                self.skipping = (tag, self.skipping[1] + 1)
            return
        if tag not in _VOID and self._dropped(tag, attrs):
            self.skipping = (tag, 1)
        elif tag in _BLOCK:
            self.chunks.append("\n- " if tag == "li" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag == self.skipping[0]:
                depth = self.skipping[1] - 1
                self.skipping = (tag, depth) if depth else None
            return
        if tag in _BLOCK:
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.chunks.append(re.sub(r"\s+", " ", data))

    def text(self) -> str:
        text = re.sub(r"  +", " ", "".join(self.chunks))  # two chunks' spaces, or a left-out element's sides
        lines = (line.strip().strip("\u200b\ufeff").strip() for line in text.split("\n"))
        return "".join(line + "\n" for line in lines if line)


def html_text(source: str, drop: list[str] | None = None) -> str:
    """The text of an HTML or PHP page (PHP blocks removed first), one block element a line, list items as
    Markdown bullets ("- item"), ending in a newline."""
    parser = _PageText(drop or [])
    parser.feed(_PHP.sub("", source))
    parser.close()
    return parser.text()


def _find_line(text: str, marker: str, start: int) -> int:
    """Offset of the first line at or after ``start`` that begins with ``marker``; ValueError if none."""
    found = re.compile(r"^" + re.escape(marker), re.M).search(text, start)
    if not found:
        raise ValueError(f"marker not found: {marker!r}")
    return found.start()


def cut_text(source: str, recipe: dict) -> str:
    """The parts of a text file a recipe names (see ``recipes.json``), stripped, ending in a newline."""
    if recipe.get("drop_front_matter"):
        front = _FRONT_MATTER.match(source)
        source = source[front.end():] if front else source
    parts = []
    for start_marker, end_marker in recipe.get("parts") or [[None, None]]:
        start = _find_line(source, start_marker, 0) if start_marker else 0
        end = _find_line(source, end_marker, start + 1) if end_marker else len(source)
        parts.append(source[start:end].strip())
    text = "\n\n".join(parts)
    if recipe.get("markdown_links"):
        text = _INLINE_TAG.sub("", _MD_LINK.sub(r"\1", text))
        text = re.sub(r"\n[ \t]*(?:\n[ \t]*)+\n", "\n\n", text)
    return text.strip() + "\n"


def build(recipe: dict, data: bytes) -> bytes:
    """The file's bytes from its source's bytes, by its recipe's method."""
    method = recipe["method"]
    if method == "whole":
        return data
    source = data.decode("utf-8")
    if method == "cut":
        return cut_text(source, recipe).encode("utf-8")
    if method == "html":
        return html_text(source, recipe.get("drop")).encode("utf-8")
    raise ValueError(f"unknown method {method!r}")


def read_source(entry: dict, mirror: Path, raw: Path) -> tuple[bytes, str] | None:
    """(bytes, where from) of an entry's source file: the mirror's git snapshot, else the saved copy, else None."""
    source = entry["source"]
    gitdir = mirror / source["repo"].replace("/", "+") / "repo"
    if (gitdir / ".git").is_dir():
        gitdir = gitdir / ".git"
    if gitdir.is_dir():
        shown = subprocess.run(["git", "--git-dir", str(gitdir), "show", f"{source['commit']}:{source['path']}"],
                               capture_output=True, check=False)
        if shown.returncode == 0:
            return shown.stdout, f"mirror {source['repo']}@{source['commit'][:12]}"
    copy = raw / (entry["id"] + Path(source["path"]).suffix)
    if copy.is_file():
        return copy.read_bytes(), f"saved copy {copy.name}"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mirror", type=Path, default=Path(os.environ.get("DEVSETS_MIRROR") or "/work/.mirror"))
    parser.add_argument("--raw", type=Path, default=JOB_DIR / "fetched" / "raw", help="folder of saved read_file copies")
    parser.add_argument("--out", type=Path, default=JOB_DIR, help="folder holding fetched/ (default: the dev set's)")
    parser.add_argument("--only", default="", help="comma-separated job ids")
    parser.add_argument("--update-sha", action="store_true", help="write the sha256 of files that differ into expected.json")
    args = parser.parse_args(argv)
    jobs = json.loads(EXPECTED.read_text(encoding="utf-8"))["jobs"]
    recipes = json.loads(RECIPES.read_text(encoding="utf-8"))["jobs"]
    wanted = {w.strip() for w in args.only.split(",") if w.strip()}
    problems, updates = 0, {}
    for entry in jobs:
        if wanted and entry["id"] not in wanted:
            continue
        found = read_source(entry, args.mirror, args.raw)
        if found is None:
            problems += 1
            print(f"MISSING  {entry['id']}: no snapshot of {entry['source']['repo']} under {args.mirror}, no saved copy")
            continue
        data = build(recipes[entry["id"]], found[0])
        target = args.out / entry["file"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        digest = hashlib.sha256(data).hexdigest()
        same = digest == entry["sha256"]
        if not same:
            updates[entry["sha256"]] = digest
            problems += not args.update_sha
        print(f"{'ok' if same else 'DIFFERS':<8} {entry['id']}: {target.name} ({len(data)} bytes) from {found[1]}")
    if args.update_sha and updates:
        text = EXPECTED.read_text(encoding="utf-8")
        for old, new in updates.items():
            text = text.replace(f'"sha256": "{old}"', f'"sha256": "{new}"')
        EXPECTED.write_text(text, encoding="utf-8")
        print(f"expected.json: {len(updates)} sha256 updated")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
