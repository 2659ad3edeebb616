""""Try with a sample" is quick the first time: the app reads the sample files and settles its heap
(gc.freeze) in the background after the first page, so the first click neither parses a PDF nor pays
for a full garbage collection over everything the warm-up imported (bench/bench_sample_fill.py)."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import core.samples
from core.samples import list_samples, load_sample

APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")


def _join_warm_ups(timeout: float = 180) -> None:
    for thread in threading.enumerate():
        if thread.name == "warm-models":
            thread.join(timeout)
            assert not thread.is_alive(), "the warm-up did not finish"


def test_the_first_page_warms_the_samples_and_settles_the_heap(db_path, fresh_app_cache, monkeypatch):
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception, at.exception
    _join_warm_ups()
    assert gc.get_freeze_count() > 0  # what the warm-up loaded is out of the collector's way

    def no_parsing(*_args, **_kwargs):
        raise AssertionError("a sample file was parsed on the click")

    monkeypatch.setattr(core.samples, "extract_text", no_parsing)
    for sample in list_samples():
        assert "Daniel Okafor" in load_sample(sample["id"])["cv_text"]
    at.switch_page("pages/setup.py").run()
    at.button(key="setup_sample").click().run()
    assert not at.exception, at.exception
    assert at.text_area(key="setup_cv").value.startswith("Daniel Okafor")


def test_warm_samples_reads_each_file_once(monkeypatch):
    core.samples._read.cache_clear()
    calls: list[str] = []
    real = core.samples.extract_text
    monkeypatch.setattr(core.samples, "extract_text", lambda data, name: calls.append(name) or real(data, name))
    core.samples.warm_samples()
    files = {s for item in core.samples._manifest() for s in (item["job_file"], item["cv_file"])}
    assert sorted(calls) == sorted(files)
    load_sample(list_samples()[1]["id"])
    assert len(calls) == len(files)
    with pytest.raises(KeyError):
        load_sample("no-such-sample")
