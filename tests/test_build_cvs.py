"""bench/build_cvs.py: reading the CV sources table, joining it to the indexes, and rebuilding files from a tiny
git repository made in tmp_path (no network)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from pathlib import Path

from bench import build_cvs

SOURCES = """# CV dev corpus: sources

| id | file | format | producer | repository | commit | path | licence |
|---|---|---|---|---|---|---|---|
| one_md | fetched/one.md | md | Markdown (bold '**Employer** \\| City' lines) | [ann/cv](https://github.com/ann/cv) | `aaaaaaaaaaaa` | `cv.md` | MIT |

Some prose with a | bar, which is no table.

| id | file | format | producer | field | language | repository | commit | path | licence |
|---|---|---|---|---|---|---|---|---|---|
| two_txt | fetched/two.txt | txt | plain text (*Title | dates* left unescaped) | nursing | en | [bob/resume](https://github.com/bob/resume) | `bbbbbbbbbbbb` | `docs/Résumé.txt` | none stated |

| name | value |
|---|---|
| not_a_cv | 3 |
"""


def test_parse_sources_reads_every_cv_table_by_its_header_whatever_its_columns() -> None:
    rows = build_cvs.parse_sources(SOURCES)
    assert [(r["id"], r["file"], r["repository"], r["commit"], r["path"]) for r in rows] == [
        ("one_md", "fetched/one.md", "ann/cv", "aaaaaaaaaaaa", "cv.md"),
        # the unescaped bar in the producer cell does not shift the repository, commit and path columns
        ("two_txt", "fetched/two.txt", "bob/resume", "bbbbbbbbbbbb", "docs/Résumé.txt"),
    ]
    assert rows[0]["line"] == "5"


def _entry(cv_id: str, file: str, repo: str, commit: str, path: str, data: bytes = b"") -> dict:
    return {"id": cv_id, "file": file, "sha256": hashlib.sha256(data).hexdigest(),
            "source": {"repo": repo, "commit": commit, "path": path}, "index": "expected.json"}


def test_join_names_each_disagreement_between_the_table_and_the_indexes() -> None:
    rows = build_cvs.parse_sources(SOURCES)
    good = _entry("one_md", "fetched/one.md", "ann/cv", "a" * 40, "cv.md")
    moved = _entry("two_txt", "fetched/two.txt", "bob/resume", "c" * 40, "Résumé.txt")
    stray = _entry("three_pdf", "fetched/three.pdf", "cy/cv", "d" * 40, "cv.pdf")
    entries, problems = build_cvs.join(rows, [good, moved, stray])
    assert entries == [good, moved, stray]
    assert problems == ["two_txt: SOURCES.md line 11 and expected.json disagree on path, commit",
                        "expected.json: three_pdf has no row in SOURCES.md"]
    assert build_cvs.join(rows, [good])[1] == ["SOURCES.md line 11: two_txt is in no expected*.json"]


def test_sha_matches_only_the_file_s_own_digest() -> None:
    data = "Ana Pérez\nNurse\n".encode()
    digest = hashlib.sha256(data).hexdigest()
    assert build_cvs.sha_matches(data, digest)
    assert build_cvs.sha_matches(data, digest.upper())
    assert not build_cvs.sha_matches(data + b" ", digest)


def _git(cwd: Path, *args: str) -> str:
    env = os.environ | {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout.strip()


def _snapshot(mirror: Path, repo: str, versions: list[bytes], path: str = "cv.md") -> list[str]:
    """A work tree at <mirror>/<owner>+<name>/repo whose commits hold each version of ``path``; their hashes."""
    work = mirror / repo.replace("/", "+") / "repo"
    work.mkdir(parents=True)
    _git(work, "init", "-q")
    commits = []
    for number, data in enumerate(versions):
        (work / path).parent.mkdir(parents=True, exist_ok=True)
        (work / path).write_bytes(data)
        _git(work, "add", "-A")
        _git(work, "commit", "-q", "-m", f"version {number}")
        commits.append(_git(work, "rev-parse", "HEAD"))
    return commits


def test_read_source_takes_the_recorded_commit_then_a_commit_with_the_recorded_sha_then_a_saved_copy(tmp_path) -> None:
    mirror, raw = tmp_path / "mirror", tmp_path / "raw"
    old, new = b"# Ann\nClerk\n", b"# Ann\nSenior clerk\n"
    first, second = _snapshot(mirror, "ann/cv", [old, new])
    at_first = _entry("one_md", "fetched/one.md", "ann/cv", first, "cv.md", old)
    assert build_cvs.read_source(at_first, mirror, raw) == (old, f"mirror ann/cv@{first[:12]}")
    # a commit the snapshot lacks: the version whose sha256 is the recorded one is found in the snapshot's history
    lost = at_first | {"source": at_first["source"] | {"commit": "f" * 40}}
    data, where = build_cvs.read_source(lost, mirror, raw)
    assert (data, where.split(" (")[0]) == (old, f"mirror ann/cv@{first[:12]}")
    # no version has the recorded sha256 and no saved copy: the newest version is returned, for the caller to refuse
    unknown = lost | {"sha256": hashlib.sha256(b"other").hexdigest()}
    assert build_cvs.read_source(unknown, mirror, raw)[0] == new
    raw.mkdir()
    (raw / "one_md.md").write_bytes(b"saved")
    assert build_cvs.read_source(unknown, mirror, raw) == (b"saved", "saved copy one_md.md")
    nowhere = _entry("two_txt", "fetched/two.txt", "bob/resume", "b" * 40, "cv.txt", b"x")
    assert build_cvs.read_source(nowhere, mirror, raw) is None
    assert second != first


def test_main_writes_matching_files_only_and_exits_1_on_a_difference_or_a_missing_source(tmp_path, monkeypatch, capsys) -> None:
    mirror, out, index = tmp_path / "mirror", tmp_path / "out", tmp_path / "index"
    good = b"# Ann\nClerk\n"
    (commit,) = _snapshot(mirror, "ann/cv", [good])
    _snapshot(mirror, "cy/cv", [b"changed since labelled\n"], path="cv.txt")
    index.mkdir()
    (index / "SOURCES.md").write_text(
        "| id | file | repository | commit | path |\n|---|---|---|---|---|\n"
        f"| one_md | fetched/one.md | [ann/cv](https://github.com/ann/cv) | `{commit[:12]}` | `cv.md` |\n"
        f"| two_txt | fetched/two.txt | [cy/cv](https://github.com/cy/cv) | `HEAD` | `cv.txt` |\n"
        "| three_md | fetched/three.md | [dee/cv](https://github.com/dee/cv) | `eeeeeeeeeeee` | `cv.md` |\n", encoding="utf-8")
    entries = [_entry("one_md", "fetched/one.md", "ann/cv", commit, "cv.md", good),
               _entry("two_txt", "fetched/two.txt", "cy/cv", "HEAD", "cv.txt", b"as labelled\n"),
               _entry("three_md", "fetched/three.md", "dee/cv", "e" * 40, "cv.md", b"y")]
    (index / "expected.json").write_text(json.dumps({"cvs": [{k: v for k, v in e.items() if k != "index"} for e in entries]}),
                                         encoding="utf-8")
    monkeypatch.setattr(build_cvs, "CV_INDEX", index)
    assert build_cvs.main(["--mirror", str(mirror), "--out", str(out)]) == 1
    printed = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0].split() for line in printed[:3]] == [["ok", "one_md"], ["DIFFERS", "two_txt"], ["MISSING", "three_md"]]
    assert printed[-1].startswith("1 ok, 1 differ, 1 missing, 0 other problems")
    assert (out / "fetched" / "one.md").read_bytes() == good
    assert not (out / "fetched" / "two.txt").exists()
    assert build_cvs.main(["--mirror", str(mirror), "--out", str(out), "--only", "one_md"]) == 0
