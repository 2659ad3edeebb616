"""The issue-15 dev corpora: index schema, counts, sources, reserved repositories, and the harness's arithmetic.

The files themselves live under ``tests/data/devsets/*/fetched/`` and are not committed (see the
SOURCES.md next to each ``expected.json``); ``python -m bench.devsets_files`` checks them where they
are present (``DEVSETS_FILES`` may point at a folder holding ``cvs/fetched/`` and ``jobs/fetched/``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bench.bench_devsets import normal

DEVSETS = Path(__file__).resolve().parent / "data" / "devsets"
CV_DIR = DEVSETS / "cvs"
JOB_DIR = DEVSETS / "jobs"

# The repositories listed in /work/shared/RESERVED.md (kept here so the test needs nothing outside the repo).
RESERVED_REPOS = {
    "crunch-io/ta-da", "dkgo-0323/interview-prep-assistant", "deedy/deedy-resume", "ehte92/resume-match-api",
    "jakujobi/jakujobi-cs-student-resume-template", "jsonresume/resume-schema", "markthelefty/work-creative",
    "posquit0/awesome-cv", "prateek00077/ai-interviewer", "rendercv/rendercv", "sb2nov/resume", "srbhr/resume-matcher",
    "there4/markdown-resume", "theresumeparser/resume-parser-api", "withflint/withflint.com", "sammii-hk/iprep",
    "kiboschool/course-engineering-your-career",
}
# Text that marks the JSON Resume sample résumé (reserved), which many theme repositories copy.
RESERVED_MARKERS = ("richard hendriks", "richard hendricks", "pied piper")
CV_FORMATS = {"pdf", "docx", "md", "txt", "json"}
JOB_FIELDS = {"software", "data", "product", "design", "sales", "support", "healthcare", "teaching", "finance", "marketing",
              "operations", "hospitality", "trades", "social care", "public sector"}
FACT_FIELDS = {"current_title", "employers", "schools", "skills", "skill_employer"}


def _cvs() -> list[dict]:
    return json.loads((CV_DIR / "expected.json").read_text(encoding="utf-8"))["cvs"]


def _blind_cvs() -> list[dict]:
    """The blind set (``expected_blind.json``): CVs labelled before the extractor ever ran on them."""
    return json.loads((CV_DIR / "expected_blind.json").read_text(encoding="utf-8"))["cvs"]


def _blind12_cvs() -> list[dict]:
    """The second blind set (``expected_blind12.json``, session 12), labelled the same way."""
    return json.loads((CV_DIR / "expected_blind12.json").read_text(encoding="utf-8"))["cvs"]


def _fresh13_cvs() -> list[dict]:
    """The fresh dev set of session 13 (``expected_fresh13.json``): labelled before the reader ran on it;
    a dev set, whose misses may be read."""
    return json.loads((CV_DIR / "expected_fresh13.json").read_text(encoding="utf-8"))["cvs"]


def _fresh15_cvs() -> list[dict]:
    """The fresh dev set of session 15 (``expected_fresh15.json``), built the same way as set 13."""
    return json.loads((CV_DIR / "expected_fresh15.json").read_text(encoding="utf-8"))["cvs"]


def _fresh16_cvs() -> list[dict]:
    """The fresh set of session 16 (``expected_fresh16.json``), built the same way and kept untuned: the test set
    of the interviewer's confidence gate."""
    return json.loads((CV_DIR / "expected_fresh16.json").read_text(encoding="utf-8"))["cvs"]


def _fresh17_cvs() -> list[dict]:
    """The fresh set of session 17 (``expected_fresh17.json``), built like set 16 and kept untuned too: a second
    test set for the confidence gate."""
    return json.loads((CV_DIR / "expected_fresh17.json").read_text(encoding="utf-8"))["cvs"]


def _fresh18_cvs() -> list[dict]:
    """The fresh set of session 18 (``expected_fresh18.json``), built like set 17, mostly English, held out in
    session 18 as the test of what the interviewer quotes."""
    return json.loads((CV_DIR / "expected_fresh18.json").read_text(encoding="utf-8"))["cvs"]


def _fresh19_cvs() -> list[dict]:
    """The fresh set of session 19 (``expected_fresh19.json``), built like set 18, English, held out in session 19
    as the test of that session's change to what the interviewer quotes."""
    return json.loads((CV_DIR / "expected_fresh19.json").read_text(encoding="utf-8"))["cvs"]


def _fresh20_cvs() -> list[dict]:
    """The fresh set of session 20 (``expected_fresh20.json``), built like set 19, English, every CV with two or more
    employers, held out in session 20 as the test of that session's change to which employers and titles are quoted."""
    return json.loads((CV_DIR / "expected_fresh20.json").read_text(encoding="utf-8"))["cvs"]


def _fresh21_cvs() -> list[dict]:
    """The fresh set of session 21 (``expected_fresh21.json``), built like set 20, mostly CVs outside software, held
    out in session 21 as the test of that session's change to which employers and titles are quoted."""
    return json.loads((CV_DIR / "expected_fresh21.json").read_text(encoding="utf-8"))["cvs"]


def _fresh22_cvs() -> list[dict]:
    """The fresh set of session 22 (``expected_fresh22.json``), built like set 21, mostly CVs outside software, held
    out in session 22 as the test of that session's change to which employers and titles are quoted."""
    return json.loads((CV_DIR / "expected_fresh22.json").read_text(encoding="utf-8"))["cvs"]


def _fresh23_cvs() -> list[dict]:
    """The fresh set of session 23 (``expected_fresh23.json``), built like set 22, held out in session 23."""
    return json.loads((CV_DIR / "expected_fresh23.json").read_text(encoding="utf-8"))["cvs"]


def _fresh26_cvs() -> list[dict]:
    """The fresh set of session 26 (``expected_fresh26.json``), held out in session 26 as the test of its reader
    changes."""
    return json.loads((CV_DIR / "expected_fresh26.json").read_text(encoding="utf-8"))["cvs"]


def _fresh27_cvs() -> list[dict]:
    """The fresh set of session 27 (``expected_fresh27.json``), measured before and after that session's reader
    fixes."""
    return json.loads((CV_DIR / "expected_fresh27.json").read_text(encoding="utf-8"))["cvs"]


def _fresh28_cvs() -> list[dict]:
    """The fresh set of session 28 (``expected_fresh28.json``), measured before and after that session's reader
    fixes."""
    return json.loads((CV_DIR / "expected_fresh28.json").read_text(encoding="utf-8"))["cvs"]


def _jobs() -> list[dict]:
    return json.loads((JOB_DIR / "expected.json").read_text(encoding="utf-8"))["jobs"]


def _check_source(entry: dict) -> None:
    source = entry["source"]
    assert re.fullmatch(r"[A-Za-z0-9][\w.-]*/[\w.-]+", source["repo"]), source
    assert re.fullmatch(r"[0-9a-f]{40}", source["commit"]), source
    assert source["path"] and source["licence"], source
    assert source["repo"].lower() not in RESERVED_REPOS, f"{entry['id']} comes from a reserved repository"


@pytest.mark.parametrize("index",
                         [_cvs, _blind_cvs, _blind12_cvs, _fresh13_cvs, _fresh15_cvs, _fresh16_cvs, _fresh17_cvs,
                          _fresh18_cvs, _fresh19_cvs, _fresh20_cvs, _fresh21_cvs, _fresh22_cvs, _fresh23_cvs, _fresh26_cvs, _fresh27_cvs,
                          _fresh28_cvs],
                         ids=["expected.json", "expected_blind.json", "expected_blind12.json", "expected_fresh13.json",
                              "expected_fresh15.json", "expected_fresh16.json", "expected_fresh17.json",
                              "expected_fresh18.json", "expected_fresh19.json", "expected_fresh20.json",
                              "expected_fresh21.json", "expected_fresh22.json", "expected_fresh23.json",
                              "expected_fresh26.json", "expected_fresh27.json",
                              "expected_fresh28.json"])
def test_cv_index_schema_and_sources(index) -> None:
    cvs = index()
    ids = [c["id"] for c in cvs]
    assert len(ids) == len(set(ids)), "CV ids repeat"
    for cv in cvs:
        _check_source(cv)
        assert cv["format"] in CV_FORMATS, cv["id"]
        assert cv["file"].startswith("fetched/") and cv["file"].endswith("." + cv["format"]), cv["id"]
        assert re.fullmatch(r"[0-9a-f]{64}", cv["sha256"]), cv["id"]
        facts = cv["facts"]
        assert set(facts) == FACT_FIELDS, cv["id"]
        assert isinstance(facts["current_title"], str)
        for field in ("employers", "schools", "skills"):
            assert all(isinstance(v, str) and v.strip() for v in facts[field]), (cv["id"], field)
        skills = {normal(s) for s in facts["skills"]}
        employers = {normal(e) for e in facts["employers"]}
        for skill, employer in facts["skill_employer"]:
            # A pair names a labelled skill and a labelled employer of the same CV.
            assert normal(skill) in skills and normal(employer) in employers, (cv["id"], skill, employer)


def test_cv_corpus_counts_and_mix() -> None:
    cvs = _cvs()
    assert len(cvs) >= 30
    formats = {c["format"] for c in cvs}
    assert formats == CV_FORMATS, formats
    producers = " ".join(c["producer"].lower() for c in cvs if c["format"] == "pdf")
    for producer in ("latex", "typst", "word", "chrom"):
        assert producer in producers, f"no PDF made by {producer}"
    assert sum(1 for c in cvs if c["facts"]["employers"]) >= 25, "too few CVs with employment history"


def test_blind_set_is_apart_from_the_corpus_and_mixed() -> None:
    """The blind CVs come from repositories the corpus never used, and span formats, producers and fields."""
    _assert_apart_and_mixed("blind", _blind_cvs(), _cvs(), ("latex", "typst", "chrom"))


def _assert_apart_and_mixed(name: str, blind: list[dict], others: list[dict], producers: tuple[str, ...],
                            split: str = "blind", at_least: int = 12) -> None:
    """A blind (or fresh) set of at least ``at_least`` CVs, each marked ``split``, shares no id, file,
    sha256 or repository with ``others``, has every format, PDFs by each of ``producers``, and at least
    ``at_least - 2`` CVs with employment history."""
    assert len(blind) >= at_least
    assert all(c["split"] == split for c in blind)
    assert not {c["id"] for c in blind} & {c["id"] for c in others}
    assert not {c["file"] for c in blind} & {c["file"] for c in others}
    assert not {c["sha256"] for c in blind} & {c["sha256"] for c in others}
    used = {c["source"]["repo"].lower() for c in others}
    assert not [c["id"] for c in blind if c["source"]["repo"].lower() in used], f"a {name} CV from a used repository"
    assert {c["format"] for c in blind} == CV_FORMATS
    made_by = " ".join(c["producer"].lower() for c in blind if c["format"] == "pdf")
    for producer in producers:
        assert producer in made_by, f"no {name} PDF made by {producer}"
    assert sum(1 for c in blind if c["facts"]["employers"]) >= at_least - 2, f"too few {name} CVs with employment history"


def test_second_blind_set_is_apart_from_every_other_set_and_mixed() -> None:
    """The session-12 blind CVs come from repositories no other set used, and span formats, producers,
    fields with employment history and languages."""
    blind12 = _blind12_cvs()
    _assert_apart_and_mixed("blind-12", blind12, _cvs() + _blind_cvs(), ("latex", "typst", "word"))
    assert sum(1 for c in blind12 if c["language"] != "en") >= 2, "too few blind-12 CVs not in English"


def test_fresh_set_13_is_apart_from_every_other_set_and_mixed() -> None:
    """The session-13 fresh dev CVs come from repositories no other set used, span every format and
    three languages besides English, and each has employment history."""
    fresh = _fresh13_cvs()
    _assert_apart_and_mixed("fresh-13", fresh, _cvs() + _blind_cvs() + _blind12_cvs(), ("word",),
                            split="fresh13", at_least=10)
    assert all(c["facts"]["employers"] for c in fresh)
    assert len({c["language"] for c in fresh} - {"en"}) >= 3, "fewer than three languages besides English"


def test_fresh_set_15_is_apart_from_every_other_set_and_mixed() -> None:
    """The session-15 fresh dev CVs come from repositories no other set used, span every format and four
    PDF producers, hold CVs not in English, and each has employment history."""
    fresh = _fresh15_cvs()
    _assert_apart_and_mixed("fresh-15", fresh, _cvs() + _blind_cvs() + _blind12_cvs() + _fresh13_cvs(),
                            ("latex", "typst", "word", "skia"), split="fresh15", at_least=10)
    assert all(c["facts"]["employers"] for c in fresh)
    assert len({c["language"] for c in fresh} - {"en"}) >= 2, "fewer than two languages besides English"


def test_fresh_set_16_is_apart_from_every_other_set_and_mixed() -> None:
    """The session-16 fresh CVs come from repositories no other set used, span every format and five PDF
    producers, hold CVs in three languages besides English, and all but one (a sculptor's) have employment history."""
    fresh = _fresh16_cvs()
    _assert_apart_and_mixed("fresh-16", fresh, _cvs() + _blind_cvs() + _blind12_cvs() + _fresh13_cvs() + _fresh15_cvs(),
                            ("latex", "typst", "word", "canva", "quartz"), split="fresh16", at_least=12)
    assert sum(1 for c in fresh if not c["facts"]["employers"]) <= 1
    assert len({c["language"] for c in fresh} - {"en"}) >= 3, "fewer than three languages besides English"


def test_fresh_set_17_is_apart_from_every_other_set_and_mixed() -> None:
    """The session-17 fresh CVs come from repositories no other set used, span every format and five PDF
    producers, hold CVs in four languages besides English, and all but one have employment history."""
    fresh = _fresh17_cvs()
    others = _cvs() + _blind_cvs() + _blind12_cvs() + _fresh13_cvs() + _fresh15_cvs() + _fresh16_cvs()
    _assert_apart_and_mixed("fresh-17", fresh, others, ("latex", "word", "canva", "chromium", "onlyoffice"),
                            split="fresh17", at_least=14)
    assert sum(1 for c in fresh if not c["facts"]["employers"]) <= 1
    assert len({c["language"] for c in fresh} - {"en"}) >= 4, "fewer than four languages besides English"
    assert sum(1 for c in fresh if c["format"] == "pdf") >= 6 and sum(1 for c in fresh if c["format"] == "docx") >= 2


def test_fresh_set_18_is_apart_from_every_other_set_mixed_and_mostly_english() -> None:
    """The session-18 fresh CVs come from repositories no other set used, span every format (at least six PDFs by
    six producers, two DOCX, two Markdown), are mostly in English, and all but two have employment history."""
    fresh = _fresh18_cvs()
    others = _cvs() + _blind_cvs() + _blind12_cvs() + _fresh13_cvs() + _fresh15_cvs() + _fresh16_cvs() + _fresh17_cvs()
    _assert_apart_and_mixed("fresh-18", fresh, others, ("latex", "typst", "word", "canva", "google docs", "libreoffice"),
                            split="fresh18", at_least=14)
    assert sum(1 for c in fresh if c["language"] == "en") >= 10, "fewer than ten CVs in English"
    counts = {kind: sum(1 for c in fresh if c["format"] == kind) for kind in CV_FORMATS}
    assert counts["pdf"] >= 6 and counts["docx"] >= 2 and counts["md"] >= 2, counts


def test_fresh_set_19_is_apart_from_every_other_set_mixed_and_english() -> None:
    """The session-19 fresh CVs come from repositories no other set used, span every format (at least six PDFs by
    seven producers, two DOCX, two Markdown), are in English (at least ten), and all but two have employment
    history."""
    fresh = _fresh19_cvs()
    others = (_cvs() + _blind_cvs() + _blind12_cvs() + _fresh13_cvs() + _fresh15_cvs() + _fresh16_cvs()
              + _fresh17_cvs() + _fresh18_cvs())
    _assert_apart_and_mixed("fresh-19", fresh, others,
                            ("latex", "typst", "word", "canva", "chromium", "react-pdf", "quartz"),
                            split="fresh19", at_least=14)
    assert sum(1 for c in fresh if c["language"] == "en") >= 10, "fewer than ten CVs in English"
    counts = {kind: sum(1 for c in fresh if c["format"] == kind) for kind in CV_FORMATS}
    assert counts["pdf"] >= 6 and counts["docx"] >= 2 and counts["md"] >= 2, counts


def test_fresh_set_20_is_apart_from_every_other_set_mixed_english_and_with_several_jobs() -> None:
    """The session-20 fresh CVs come from repositories no other set used, span every format (at least six PDFs by six
    producers, two DOCX, two Markdown), are in English (at least eleven), and at least ten name two or more
    employers (the opener line and the employers named are what the set measures)."""
    fresh = _fresh20_cvs()
    others = (_cvs() + _blind_cvs() + _blind12_cvs() + _fresh13_cvs() + _fresh15_cvs() + _fresh16_cvs()
              + _fresh17_cvs() + _fresh18_cvs() + _fresh19_cvs())
    _assert_apart_and_mixed("fresh-20", fresh, others, ("illustrator", "quartz", "print to pdf", "chromium", "canva",
                                                        "microsoft 365"), split="fresh20", at_least=14)
    assert sum(1 for c in fresh if c["language"] == "en") >= 11, "fewer than eleven CVs in English"
    assert sum(1 for c in fresh if len(c["facts"]["employers"]) >= 2) >= 10, "fewer than ten CVs with two employers"
    counts = {kind: sum(1 for c in fresh if c["format"] == kind) for kind in CV_FORMATS}
    assert counts["pdf"] >= 6 and counts["docx"] >= 2 and counts["md"] >= 2, counts


def test_fresh_set_21_is_apart_from_every_other_set_mixed_and_with_several_jobs() -> None:
    """The session-21 fresh CVs come from repositories no other set used, span every format (at least six PDFs by
    five producers, two DOCX, two Markdown), are in English (at least eleven), and at least ten name two or more
    employers."""
    fresh = _fresh21_cvs()
    others = (_cvs() + _blind_cvs() + _blind12_cvs() + _fresh13_cvs() + _fresh15_cvs() + _fresh16_cvs()
              + _fresh17_cvs() + _fresh18_cvs() + _fresh19_cvs() + _fresh20_cvs())
    _assert_apart_and_mixed("fresh-21", fresh, others, ("word ltsc", "itext", "word 2016", "publisher", "quartz"),
                            split="fresh21", at_least=14)
    assert sum(1 for c in fresh if c["language"] == "en") >= 11, "fewer than eleven CVs in English"
    assert sum(1 for c in fresh if len(c["facts"]["employers"]) >= 2) >= 10, "fewer than ten CVs with two employers"
    counts = {kind: sum(1 for c in fresh if c["format"] == kind) for kind in CV_FORMATS}
    assert counts["pdf"] >= 6 and counts["docx"] >= 2 and counts["md"] >= 2, counts


def test_fresh_set_22_is_apart_from_every_other_set_mixed_and_with_several_jobs() -> None:
    """The session-22 fresh CVs come from repositories no other set used, span every format (at least six PDFs by
    four producers, two DOCX, two Markdown), are in English (at least eleven; at most three in another language), and
    at least ten name two or more employers."""
    fresh = _fresh22_cvs()
    others = (_cvs() + _blind_cvs() + _blind12_cvs() + _fresh13_cvs() + _fresh15_cvs() + _fresh16_cvs()
              + _fresh17_cvs() + _fresh18_cvs() + _fresh19_cvs() + _fresh20_cvs() + _fresh21_cvs())
    _assert_apart_and_mixed("fresh-22", fresh, others, ("skia", "quartz", "flowcv", "word 2016", "latex"),
                            split="fresh22", at_least=14)
    assert sum(1 for c in fresh if c["language"] == "en") >= 11, "fewer than eleven CVs in English"
    assert sum(1 for c in fresh if c["language"] != "en") <= 3, "more than three CVs in other languages"
    assert sum(1 for c in fresh if len(c["facts"]["employers"]) >= 2) >= 10, "fewer than ten CVs with two employers"
    counts = {kind: sum(1 for c in fresh if c["format"] == kind) for kind in CV_FORMATS}
    assert counts["pdf"] >= 6 and counts["docx"] >= 2 and counts["md"] >= 2, counts


@pytest.mark.parametrize("index",
                         [_cvs, _blind_cvs, _blind12_cvs, _fresh13_cvs, _fresh15_cvs, _fresh16_cvs, _fresh17_cvs,
                          _fresh18_cvs, _fresh19_cvs, _fresh20_cvs, _fresh21_cvs, _fresh22_cvs, _fresh23_cvs, _fresh26_cvs, _fresh27_cvs,
                          _fresh28_cvs],
                         ids=["expected.json", "expected_blind.json", "expected_blind12.json", "expected_fresh13.json",
                              "expected_fresh15.json", "expected_fresh16.json", "expected_fresh17.json",
                              "expected_fresh18.json", "expected_fresh19.json", "expected_fresh20.json",
                              "expected_fresh21.json", "expected_fresh22.json", "expected_fresh23.json",
                              "expected_fresh26.json", "expected_fresh27.json",
                              "expected_fresh28.json"])
def test_cv_files_that_are_present_are_the_labelled_ones(index) -> None:
    """A corpus file present in this checkout (they are not committed) is byte for byte the one labelled."""
    import hashlib

    present = [c for c in index() if (CV_DIR / c["file"]).is_file()]
    changed = [c["file"] for c in present if hashlib.sha256((CV_DIR / c["file"]).read_bytes()).hexdigest() != c["sha256"]]
    assert changed == [], f"files differ from the ones labelled: {changed}"


def test_detail_blind_prints_only_the_blind_cvs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """``--detail --blind`` lists the blind CVs and nothing of the tuning set, held-out set, fresh set or jobs;
    ``--detail`` lists the fresh sets 13, 15, 16, 17, 18, 19, 20, 21 and 22 with the dev CVs, and ``--detail
    --fresh`` / ``--fresh15`` / ... / ``--fresh22`` one fresh set alone."""
    from bench import bench_devsets

    monkeypatch.setattr(bench_devsets, "CV_DIR", tmp_path)  # no files there: each CV reports "file missing"
    monkeypatch.setattr(bench_devsets, "JOB_DIR", tmp_path)  # and no job is scored
    bench_devsets.detail(blind=True)
    lines = capsys.readouterr().out.splitlines()
    assert lines == [f"{c['id']}: file missing" for c in _blind_cvs()]
    assert not any(c["id"] in "\n".join(lines) for c in _blind12_cvs())  # the second blind set: nowhere
    fresh = (_fresh13_cvs() + _fresh15_cvs() + _fresh16_cvs() + _fresh17_cvs() + _fresh18_cvs() + _fresh19_cvs()
             + _fresh20_cvs() + _fresh21_cvs() + _fresh22_cvs())
    assert not any(c["id"] in "\n".join(lines) for c in fresh)
    bench_devsets.detail()
    tuning = capsys.readouterr().out
    assert not any(c["id"] in tuning for c in _blind_cvs() + _blind12_cvs())
    assert all(f"{c['id']}: file missing" in tuning for c in fresh)
    bench_devsets.detail(fresh=True)
    assert capsys.readouterr().out.splitlines() == [f"{c['id']}: file missing" for c in _fresh13_cvs()]
    bench_devsets.detail(fresh15=True)
    assert capsys.readouterr().out.splitlines() == [f"{c['id']}: file missing" for c in _fresh15_cvs()]
    bench_devsets.detail(fresh16=True)
    assert capsys.readouterr().out.splitlines() == [f"{c['id']}: file missing" for c in _fresh16_cvs()]
    bench_devsets.detail(fresh17=True)
    assert capsys.readouterr().out.splitlines() == [f"{c['id']}: file missing" for c in _fresh17_cvs()]
    bench_devsets.detail(fresh18=True)
    assert capsys.readouterr().out.splitlines() == [f"{c['id']}: file missing" for c in _fresh18_cvs()]
    bench_devsets.detail(fresh19=True)
    assert capsys.readouterr().out.splitlines() == [f"{c['id']}: file missing" for c in _fresh19_cvs()]
    bench_devsets.detail(fresh20=True)
    assert capsys.readouterr().out.splitlines() == [f"{c['id']}: file missing" for c in _fresh20_cvs()]
    bench_devsets.detail(fresh21=True)
    assert capsys.readouterr().out.splitlines() == [f"{c['id']}: file missing" for c in _fresh21_cvs()]
    bench_devsets.detail(fresh22=True)
    assert capsys.readouterr().out.splitlines() == [f"{c['id']}: file missing" for c in _fresh22_cvs()]


def test_job_index_schema_counts_and_sources() -> None:
    jobs = _jobs()
    assert len(jobs) >= 15
    fields = {j["field"] for j in jobs}
    assert fields <= JOB_FIELDS and len(fields) >= 8, fields
    ids = [j["id"] for j in jobs]
    assert len(ids) == len(set(ids))
    for job in jobs:
        _check_source(job)
        assert re.fullmatch(r"[0-9a-f]{64}", job["sha256"]), job["id"]
        assert len(job["requirements"]) >= 3, job["id"]
        assert all(isinstance(r, str) and 0 < len(r.split()) <= 16 for r in job["requirements"]), job["id"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("  **Senior  Engineer** ", "senior engineer"), ("C#", "c#"), ("Problem-solving", "problem solving"),
     ("HP (Autonomy)", "hp (autonomy)"), ("(Python)", "python"), ("## Skills", "skills")],
)
def test_matching_normal_form(raw: str, expected: str) -> None:
    assert normal(raw) == expected


def test_scoring_counts_each_fact_once_per_cv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The harness's arithmetic: micro-averaged P and R per field, duplicates counted once."""
    from bench import bench_devsets

    cv = tmp_path / "cv.txt"
    cv.write_text("Jane Doe\nEXPERIENCE\nEngineer, Acme\nPython, SQL\n" * 3, encoding="utf-8")

    def fake_facts(text: str) -> dict[str, object]:
        assert "Acme" in text  # the harness hands over the app's extracted text
        return {"current_title": "Engineer", "employers": ["ACME", "Acme ", "Python"], "schools": [],
                "skills": ["python", "Python", "Java", "sql"], "skill_employer": [("Python", "Acme")]}

    monkeypatch.setattr(bench_devsets, "cv_facts", fake_facts)
    entry = {"id": "t", "file": str(cv), "format": "txt",
             "facts": {"current_title": "Engineer", "employers": ["Acme"], "schools": ["MIT"], "skills": ["Python", "SQL"],
                       "skill_employer": [["SQL", "Acme"]]}}
    scores = bench_devsets.score_cvs([entry])
    assert scores["fields"]["employers"] == [1, 2, 1]  # "ACME" and "Acme " are one value; "Python" is wrong
    assert scores["fields"]["skills"] == [2, 3, 2]
    assert scores["fields"]["schools"] == [0, 0, 1]
    assert scores["fields"]["skill_employer"] == [0, 1, 1]
    assert scores["total"] == [4, 7, 6]
    missing = dict(entry, file=str(tmp_path / "absent.txt"))
    assert bench_devsets.score_cvs([missing])["missing"] == 1


def test_no_fetched_file_is_committed() -> None:
    """The corpora's files came through the fetch tool, whose terms let us commit none of them: only the index."""
    import shutil
    import subprocess

    root = DEVSETS.parents[2]
    git = shutil.which("git")
    inside = git and subprocess.run([git, "rev-parse", "--is-inside-work-tree"], cwd=root,
                                    capture_output=True, text=True).stdout.strip() == "true"
    if not inside:  # an exported tree: whatever is under fetched/ came with it, so it must be empty
        assert not any((DEVSETS / kind / "fetched").glob("*") for kind in ("cvs", "jobs"))
        return
    listed = subprocess.run([git, "ls-files", "--", "tests/data/devsets/cvs/fetched", "tests/data/devsets/jobs/fetched"],
                            cwd=root, capture_output=True, text=True, check=True).stdout.split()
    assert listed == [], f"{len(listed)} fetched files are committed, e.g. {listed[:3]}"
