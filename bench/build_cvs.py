"""Rebuild the CV dev corpus's files (``tests/data/devsets/cvs/fetched/``) from their sources.

Every CV is a whole file of a public repository, ``git show <commit>:<path>``: the tables of ``cvs/SOURCES.md``
(columns ``id | file | … | repository | commit | path | licence``, one table a section) say where each file comes
from, and each ``cvs/expected*.json`` index holds its full commit and the sha256 it was labelled with. The two
are read together and must agree (same repository and path, the table's short commit a prefix of the index's).

The source file is read, in this order, from
- a snapshot mirror, ``<mirror>/<owner>+<name>/repo`` (a bare git directory, or a work tree's ``.git``, as the
  ``fetch`` tool leaves it): the recorded commit; when the snapshot lacks that commit, the other commits of the
  snapshot that touch the path, taking the first whose blob has the recorded sha256;
- a saved copy, ``<raw>/<id><suffix of path>`` (default ``cvs/fetched/raw/``, git-ignored like the rest of
  ``fetched/``): the text the search index's ``read_file`` gives for that repository, path and commit, for the
  few files no snapshot holds (SOURCES.md names them: the file was deleted later, or the repository has no
  snapshot);
- else the snapshot's newest version of the path, which is written only if its sha256 is the recorded one.

A file is written under ``<out>/fetched/`` only when its sha256 is the recorded one, so a bench never reads a
file other than the one labelled.

    python -m bench.build_cvs                     # build every CV, report ok / DIFFERS / MISSING per file
    python -m bench.build_cvs --only typst_alterae,0xadada_md
    DEVSETS_FILES=/work/main/tests/data/devsets python -m bench.build_cvs   # write into that folder's cvs/fetched/

Exit status 1 when a source is missing, a file differs from its recorded sha256, or the table and an index
disagree.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from bench.bench_devsets import CV_DIR, INDEX_DIR

CV_INDEX = INDEX_DIR / "cvs"  # SOURCES.md and the expected*.json indexes
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_REPO_LINK = re.compile(r"\[[^\]]+\]\(https?://github\.com/")
_NEEDED = ("id", "file", "repository", "commit", "path")


def _cells(line: str) -> list[str]:
    """The cells of a Markdown table row, ``\\|`` read as a literal bar, backticks and a link's target removed."""
    inner = line.strip()[1:-1] if line.strip().endswith("|") else line.strip()[1:]
    cells = []
    for cell in _CELL_SPLIT.split(inner):
        cell = _LINK.sub(r"\1", cell.replace("\\|", "|").strip())
        cells.append(cell[1:-1] if len(cell) > 1 and cell.startswith("`") and cell.endswith("`") else cell)
    return cells


def parse_sources(text: str) -> list[dict[str, str]]:
    """The rows of every table in ``text`` whose header has the columns id, file, repository, commit and path.

    Each row is a dict of those five keys (the repository as ``owner/name``, the commit as written, often its
    first 12 hex digits) plus ``line`` (1-based line number). Tables are found by their header line, so sections
    may add or reorder columns (``field``, ``language`` …). A row with more cells than its header (a bar left
    unescaped in a free-text cell) is read from its repository link on."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.startswith("|"):
            header = None
            continue
        cells = _cells(line)
        if header is None:
            names = [c.lower() for c in cells]
            header = names if all(n in names for n in _NEEDED) else []
            continue
        if not header or set(line.replace("|", "").strip()) <= set("-: "):
            continue
        if len(cells) != len(header):  # an unescaped "|" in a free-text cell: place the columns from the repository's link on
            links = [i for i, raw in enumerate(_CELL_SPLIT.split(line.strip()[1:])) if _REPO_LINK.match(raw.strip())]
            at = header.index("repository")
            shift = links[0] - at if links else 0
            cells = cells[:at] + cells[at + shift:]
        row = dict(zip(header, cells, strict=False))  # a short row leaves its last columns empty
        rows.append({key: row.get(key, "") for key in _NEEDED} | {"line": str(number)})
    return rows


def load_index(index_dir: Path) -> list[dict]:
    """Every entry of ``index_dir/expected*.json`` (``{"cvs": [...]}``), each with ``index`` (the file's name) added."""
    entries = []
    for path in sorted(index_dir.glob("expected*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8"))["cvs"]:
            entries.append(entry | {"index": path.name})
    return entries


def join(rows: list[dict[str, str]], entries: list[dict]) -> tuple[list[dict], list[str]]:
    """(index entries in index order, problems): each entry checked against its SOURCES row (same file, repository,
    path; the row's commit a prefix of the entry's); an entry without a row or a row without an entry is a problem."""
    problems = []
    by_id: dict[str, dict[str, str]] = {}
    for row in rows:
        if row["id"] in by_id:
            problems.append(f"SOURCES.md line {row['line']}: id {row['id']} listed twice")
        by_id[row["id"]] = row
    indexed = {entry["id"] for entry in entries}
    for entry in entries:
        row, source = by_id.get(entry["id"]), entry["source"]
        if row is None:
            problems.append(f"{entry['index']}: {entry['id']} has no row in SOURCES.md")
            continue
        wrong = [name for name, same in (("file", row["file"] == entry["file"]), ("repository", row["repository"] == source["repo"]),
                                         ("path", row["path"] == source["path"]),
                                         ("commit", bool(row["commit"]) and source["commit"].startswith(row["commit"])))
                 if not same]
        if wrong:
            problems.append(f"{entry['id']}: SOURCES.md line {row['line']} and {entry['index']} disagree on {', '.join(wrong)}")
    problems += [f"SOURCES.md line {row['line']}: {row['id']} is in no expected*.json" for row in rows if row["id"] not in indexed]
    return entries, problems


def sha_matches(data: bytes, sha256: str) -> bool:
    """Whether ``data``'s SHA-256 is ``sha256`` (hex, any case)."""
    return hashlib.sha256(data).hexdigest() == sha256.lower()


def git_dir(mirror: Path, repo: str) -> Path | None:
    """The snapshot of ``owner/name`` under ``mirror`` (``<owner>+<name>/repo``, or its ``.git``), None without one."""
    gitdir = mirror / repo.replace("/", "+") / "repo"
    if (gitdir / ".git").is_dir():
        gitdir = gitdir / ".git"
    return gitdir if gitdir.is_dir() else None


def _git(gitdir: Path, *args: str) -> bytes | None:
    shown = subprocess.run(["git", "--git-dir", str(gitdir), *args], capture_output=True, check=False)
    return shown.stdout if shown.returncode == 0 else None


def read_blob(gitdir: Path, commit: str, path: str) -> bytes | None:
    """The bytes of ``path`` at ``commit`` in the git directory, None when the snapshot lacks either."""
    return _git(gitdir, "show", f"{commit}:{path}")


def find_by_sha(gitdir: Path, path: str, sha256: str) -> tuple[bytes, str] | None:
    """(bytes, commit) of the first version of ``path`` in any of the snapshot's commits (newest first) whose sha256
    is ``sha256``; None when no version has it (a shallow snapshot may lack the old ones)."""
    listed = _git(gitdir, "rev-list", "--all", "--", path)
    for commit in (listed or b"").decode().split():
        data = read_blob(gitdir, commit, path)
        if data is not None and sha_matches(data, sha256):
            return data, commit
    return None


def read_source(entry: dict, mirror: Path, raw: Path) -> tuple[bytes, str] | None:
    """(bytes, where from) of a CV's source, by the order of the module docstring; None when nothing holds it."""
    source = entry["source"]
    gitdir = git_dir(mirror, source["repo"])
    if gitdir is not None:
        data = read_blob(gitdir, source["commit"], source["path"])
        if data is not None:
            return data, f"mirror {source['repo']}@{source['commit'][:12]}"
        found = find_by_sha(gitdir, source["path"], entry["sha256"])
        if found is not None:
            return found[0], f"mirror {source['repo']}@{found[1][:12]} (the recorded commit is not in the snapshot)"
    copy = raw / (entry["id"] + Path(source["path"]).suffix)
    if copy.is_file():
        return copy.read_bytes(), f"saved copy {copy.name}"
    if gitdir is not None:
        data = read_blob(gitdir, "HEAD", source["path"])
        if data is not None:
            return data, f"mirror {source['repo']}@HEAD (the recorded commit is not in the snapshot)"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mirror", type=Path, default=Path(os.environ.get("DEVSETS_MIRROR") or "/work/.mirror"))
    parser.add_argument("--raw", type=Path, default=None, help="folder of saved read_file copies (default <out>/fetched/raw)")
    parser.add_argument("--out", type=Path, default=CV_DIR, help="folder holding fetched/ (default: $DEVSETS_FILES/cvs or the dev set's)")
    parser.add_argument("--only", default="", help="comma-separated CV ids")
    args = parser.parse_args(argv)
    raw = args.raw or args.out / "fetched" / "raw"
    entries, problems = join(parse_sources((CV_INDEX / "SOURCES.md").read_text(encoding="utf-8")), load_index(CV_INDEX))
    wanted = {w.strip() for w in args.only.split(",") if w.strip()}
    unknown = wanted - {e["id"] for e in entries}
    problems += [f"--only: no CV with id {name}" for name in sorted(unknown)]
    for problem in problems:
        print(f"PROBLEM  {problem}")
    counts = {"ok": 0, "DIFFERS": 0, "MISSING": 0}
    for entry in entries:
        if wanted and entry["id"] not in wanted:
            continue
        source = entry["source"]
        found = read_source(entry, args.mirror, raw)
        if found is None:
            counts["MISSING"] += 1
            copy = raw / (entry["id"] + Path(source["path"]).suffix)
            print(f"MISSING  {entry['id']}: no snapshot of {source['repo']} under {args.mirror} holds "
                  f"{source['path']} at {source['commit'][:12]}, no saved copy {copy}")
            continue
        data, where = found
        target = args.out / entry["file"]
        if sha_matches(data, entry["sha256"]):
            counts["ok"] += 1
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            print(f"ok       {entry['id']}: {target.name} ({len(data)} bytes) from {where}")
        else:
            counts["DIFFERS"] += 1
            print(f"DIFFERS  {entry['id']}: {len(data)} bytes from {where} have another sha256 than {entry['index']}; not written")
    print(f"{counts['ok']} ok, {counts['DIFFERS']} differ, {counts['MISSING']} missing, {len(problems)} other problems; "
          f"files under {args.out / 'fetched'}")
    return 1 if problems or counts["DIFFERS"] or counts["MISSING"] else 0


if __name__ == "__main__":
    sys.exit(main())
