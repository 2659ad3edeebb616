"""Every package the app imports is pinned in requirements.txt (session 19: the long-answer note imported rapidfuzz,
which came only with the test dependencies, so README's first command, which installs requirements.txt alone, would
have started an app that failed on the first long answer)."""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import PackageNotFoundError, packages_distributions, requires
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_DIRS = ("core", "pages")
APP_FILES = ("streamlit_app.py",)


def _pinned(path: Path) -> set[str]:
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"([A-Za-z0-9_.\-]+)\s*(?:\[[^\]]*\])?\s*==", line.strip())
        if match:
            names.add(_norm(match.group(1)))
    return names


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _installed_with(pinned: set[str]) -> set[str]:
    """``pinned`` and every distribution they require, recursively (a requirement under an extra is left out:
    ``pip install -r requirements.txt`` does not install it)."""
    seen, todo = set(), list(pinned)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            needs = requires(name) or []
        except PackageNotFoundError:
            continue
        for line in needs:
            if "extra ==" in line.replace('"', " ").replace("'", " ") or "extra==" in line:
                continue
            match = re.match(r"[A-Za-z0-9_.\-]+", line)
            if match:
                todo.append(_norm(match.group(0)))
    return seen


def _imported_top_levels() -> dict[str, str]:
    """Top-level module name -> a file importing it, for every absolute import in the app's code."""
    found: dict[str, str] = {}
    files = [ROOT / f for f in APP_FILES] + [p for d in APP_DIRS for p in (ROOT / d).rglob("*.py")]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], str(path.relative_to(ROOT)))
    return found


def test_every_third_party_import_of_the_app_is_pinned_in_requirements_txt():
    pinned = _installed_with(_pinned(ROOT / "requirements.txt"))
    local = {p.name for p in ROOT.iterdir() if p.is_dir()} | {p.stem for p in ROOT.glob("*.py")}
    owners = packages_distributions()
    missing = []
    for module, where in sorted(_imported_top_levels().items()):
        if module in sys.stdlib_module_names or module in local or module == "__future__":
            continue
        dists = {_norm(d) for d in owners.get(module, [module])}
        if not dists & pinned:
            missing.append(f"{module} ({where}; distribution {sorted(dists)})")
    assert not missing, "imported by the app but not installed by requirements.txt: " + ", ".join(missing)


def test_the_check_reads_a_pin_and_sees_a_missing_one(tmp_path):
    req = tmp_path / "requirements.txt"
    req.write_text("# comment\nstreamlit==1.67.0\nlangchain_core==1.8.3\nuvicorn[standard]==0.30.0\n", encoding="utf-8")
    assert _pinned(req) == {"streamlit", "langchain-core", "uvicorn"}
    assert "rapidfuzz" not in _pinned(req)
    # jiwer (a test dependency) brings rapidfuzz; streamlit does not
    assert "rapidfuzz" in _installed_with({"jiwer"}) and "rapidfuzz" not in _installed_with({"streamlit"})
