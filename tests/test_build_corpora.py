"""bench/build_corpora.py: the answer caches are merged by id, and repositories without a snapshot are named with
whether their saved copies exist (no network, no real corpus)."""

from __future__ import annotations

import json

from bench import build_corpora


def test_merge_cache_replaces_lines_of_the_same_id_and_keeps_the_others(tmp_path) -> None:
    cache = tmp_path / "deep" / "texts.jsonl"
    build_corpora.merge_cache(cache, [{"id": "a", "question": "Q1", "answer": "old"},
                                      {"id": "b", "question": "Q2", "answer": "from a read_file copy"}])
    build_corpora.merge_cache(cache, [{"id": "a", "question": "Q1", "answer": "new"},
                                      {"id": "c", "question": "Q3", "answer": "Café"}])
    rows = [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines()]
    assert rows == [{"id": "a", "question": "Q1", "answer": "new"},
                    {"id": "b", "question": "Q2", "answer": "from a read_file copy"},
                    {"id": "c", "question": "Q3", "answer": "Café"}]


def test_unfetched_lists_each_repository_without_a_snapshot_with_its_ids_and_saved_copies(tmp_path) -> None:
    mirror, raw = tmp_path / "mirror", tmp_path / "raw"
    (mirror / "ann+cv" / "repo" / ".git").mkdir(parents=True)
    (mirror / "bo+cv" / "repo").mkdir(parents=True)  # a bare snapshot
    raw.mkdir()
    (raw / "dee_txt.txt").write_text("saved", encoding="utf-8")

    def entry(cv_id: str, repo: str, path: str) -> tuple[dict, object]:
        return {"id": cv_id, "source": {"repo": repo, "path": path}}, raw

    entries = [entry("ann_md", "ann/cv", "cv.md"), entry("bo_pdf", "bo/cv", "cv.pdf"),
               entry("cy_md", "cy/cv", "cv.md"), entry("dee_txt", "dee/cv", "docs/cv.txt")]
    assert build_corpora.unfetched(entries, mirror) == {"cy/cv": [("cy_md", False)], "dee/cv": [("dee_txt", True)]}
