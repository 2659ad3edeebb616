"""The "Try with a sample" data: a sample CV (PDF and DOCX) and job descriptions in ``data/samples/``.

``data/samples/samples.json`` ties each sample id to its job file, title, company and CV file. The
CV goes through ``extract_text`` like any upload, so the sample path exercises the real reader.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.documents import extract_text

SAMPLES_DIR = Path(__file__).resolve().parent.parent / "data" / "samples"


@lru_cache(maxsize=1)
def _manifest() -> tuple[dict[str, Any], ...]:
    data = json.loads((SAMPLES_DIR / "samples.json").read_text(encoding="utf-8"))
    return tuple(data["samples"])


def list_samples() -> list[dict[str, str]]:
    """Every sample as ``{"id", "label"}``, the default (software role) first."""
    return [{"id": item["id"], "label": item["label"]} for item in _manifest()]


def load_sample(sample_id: str | None = None) -> dict[str, Any]:
    """Everything the setup form needs for one sample (the first one when ``sample_id`` is None).

    Returns job_title, company, job_description, cv_text, cv_filename and cv_bytes. Raises
    ``KeyError`` for an unknown id.
    """
    items = {item["id"]: item for item in _manifest()}
    item = _manifest()[0] if sample_id is None else items.get(sample_id)
    if item is None:
        raise KeyError(f"No sample called {sample_id!r}; choose one of {', '.join(items)}.")
    job_name = item["job_file"]
    cv_name = item["cv_file"]
    return {
        "id": item["id"],
        "label": item["label"],
        "job_title": item["job_title"],
        "company": item["company"],
        "job_description": _read(job_name)[1],
        "cv_text": _read(cv_name)[1],
        "cv_filename": cv_name,
        "cv_bytes": _read(cv_name)[0],
    }


def warm_samples() -> None:
    """Read every sample file once (the app calls this in a background thread at start-up), so the
    first "Try with a sample" does not parse a PDF while the visitor waits."""
    for item in _manifest():
        _read(item["job_file"])
        _read(item["cv_file"])


@lru_cache(maxsize=16)
def _read(name: str) -> tuple[bytes, str]:
    """A sample file's bytes and its text through ``extract_text``, like any upload; read once per
    process (the files ship with the app and do not change while it runs)."""
    data = (SAMPLES_DIR / name).read_bytes()
    return data, extract_text(data, name)
