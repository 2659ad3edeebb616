"""bench/build_jobs.py: the recorded ways a job-description file is made from its source, on made-up pages."""

from __future__ import annotations

import hashlib
import json

import pytest

from bench import build_jobs, devsets_files

PAGE = """<?php include("inc/header.php"); if ($a->b) { echo "<p>not text</p>"; } ?>
<!DOCTYPE html>
<html><head><title>Shelf Stacker</title><style>p { color: red; }</style></head>
<body>
  <ol class="breadcrumb"><li><a href="/">Home</a></li><li class="active">Jobs</li></ol>
  <h1>Shelf Stacker <small>Part-time<br>Leeds</small></h1>
  <p>We need someone
     careful &amp; tidy.</p>
  <h2><span class="icon">&#128230;</span> Requirements</h2>
  <ul><li>Forklift licence</li><li>Stock rotation</li></ul>
  <script>var x = "<li>not an item</li>";</script>
  <p>Email <a href="mailto:<?= $mail ?>">us</a> today.&#8203;</p>
</body></html>
"""


def test_html_text_one_block_a_line_lists_as_bullets_without_php_head_script_or_dropped_elements() -> None:
    text = build_jobs.html_text(PAGE, ["ol.breadcrumb", "a"])
    assert text == ("Shelf Stacker Part-time\nLeeds\nWe need someone careful & tidy.\n\U0001f4e6 Requirements\n"
                    "- Forklift licence\n- Stock rotation\nEmail today.\n")


def test_html_text_drops_by_id_and_keeps_what_no_selector_names() -> None:
    page = '<ul id="crumbs"><li>Home</li><li><ul><li>Deep</li></ul></li></ul><div class="x"><p>Kept</p></div>'
    assert build_jobs.html_text(page, ["ul#crumbs"]) == "Kept\n"
    assert build_jobs.html_text(page, ["div.y"]).splitlines()[-1] == "Kept"


MARKDOWN = """---
title: "Widget Maker"
---

## Widget Makers

Intro with a [link](/somewhere) and a [reference][ref].

<a id="anchor"></a>

### Requirements

- Lathe work
- Reading drawings

## Senior Widget Maker

- Leads the shop
"""


def test_cut_text_keeps_the_parts_between_line_markers_with_links_reduced() -> None:
    recipe = {"markdown_links": True, "parts": [["## Widget Makers", "## Senior Widget Maker"]]}
    assert build_jobs.cut_text(MARKDOWN, recipe) == (
        "## Widget Makers\n\nIntro with a link and a reference.\n\n### Requirements\n\n- Lathe work\n"
        "- Reading drawings\n")


def test_cut_text_joins_parts_and_a_marker_only_matches_at_a_line_start() -> None:
    recipe = {"parts": [["Intro", "<a id"], ["- Leads", None]]}
    assert build_jobs.cut_text(MARKDOWN, recipe) == (
        "Intro with a [link](/somewhere) and a [reference][ref].\n\n- Leads the shop\n")
    with pytest.raises(ValueError, match="marker not found"):
        build_jobs.cut_text(MARKDOWN, {"parts": [["Requirements", None]]})  # only inside a heading line


def test_cut_text_without_front_matter_and_whole_files_unchanged() -> None:
    assert build_jobs.cut_text(MARKDOWN, {"drop_front_matter": True}).startswith("## Widget Makers\n")
    raw = b"# Any bytes\r\n\xe2\x80\x99 kept\r\n"
    assert build_jobs.build({"method": "whole"}, raw) == raw


def test_job_check_reads_typographic_apostrophes_alike_in_marks_and_text(tmp_path, monkeypatch) -> None:
    data = "- Holds a full driver\u2019s licence\n".encode()
    (tmp_path / "fetched").mkdir()
    (tmp_path / "fetched" / "job.txt").write_bytes(data)
    job = {"id": "made_up", "file": "fetched/job.txt", "sha256": hashlib.sha256(data).hexdigest(),
           "requirements": ["driver\u2019s licence", "driver's licence"]}
    monkeypatch.setattr(devsets_files, "JOB_FILES", tmp_path)
    monkeypatch.setattr(devsets_files, "_jobs", lambda: json.loads(json.dumps([job])))
    devsets_files.check_job_files_present_and_marks_are_in_their_text()
