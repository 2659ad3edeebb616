"""Code written in an answer shows the language it is written in: a query with ``SELECT … FROM`` and a window
``OVER (PARTITION BY …)`` shows SQL, ``def f(…):`` or ``df.groupby(…)`` Python, ``Sub … End Sub`` VBA.

Session 26 newcomer: a correct SQL window-function query ("SELECT person_id, visit_at FROM (SELECT …, ROW_NUMBER() OVER
(PARTITION BY person_id ORDER BY visit_at) AS rn FROM visits) v WHERE rn = 2"), scored 10/10, left the report's SQL row
"weak … Mentioned in 'I would use a window function', but not as something you have done", and the summary counted
SQL among what was not shown. Writing the code is doing it, whatever the tense of the sentence before. The patterns are
the languages' own keywords in the forms their code uses (upper-case SQL keywords, or a clause that only a query
has), so prose ("select the best candidates from the pool") never reads as code. A rule of this project.
"""

from __future__ import annotations

import re

from core.analysis.text import sentences

# (the requirement's word for the language, the code that shows it)
_CODE: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"(?i)(?<![\w-])(?:T-)?SQL(?![\w-])|\bSQL-"),
     re.compile(r"\bSELECT\b[^.;]{0,200}?\bFROM\b|\bOVER\s*\(\s*(?:PARTITION|ORDER)\s+BY\b|\bGROUP BY\b|"
                r"\b(?:LEFT|RIGHT|INNER|OUTER|FULL) JOIN\b|\bINSERT INTO\b|\bUPDATE\s+\w+\s+SET\b|"
                r"(?i:\bselect\b[^.;]{1,120}\bfrom\s+\w+\b[^.;]{0,80}\b(?:where|group\s+by|join|order\s+by)\b)")),
    (re.compile(r"(?i)(?<![\w-])python(?![\w-])"),
     re.compile(r"\bdef \w+\([^)]*\)\s*:|\bimport (?:pandas|numpy|polars|requests|sqlalchemy)\b|\bpd\.\w+\(|"
                r"\.groupby\(|\bfrom \w+(?:\.\w+)* import \w+|\blambda \w+\s*:")),
    (re.compile(r"(?<![\w-])VBA(?![\w-])|(?i:\bvisual basic\b)"),
     re.compile(r"\bSub \w+\(\)|\bEnd Sub\b|\bDim \w+ As \w+|\bWorksheets\(\"|\bRange\(\"[A-Z]+\d")),
)


def code_asked(requirement: str) -> list[re.Pattern[str]]:
    """The code patterns of the languages ``requirement`` names ("SQL", "Sehr gute SQL-Kenntnisse", "Python (a
    plus)"); [] when it names none of them."""
    return [code for asks, code in _CODE if asks.search(requirement or "")]


def code_evidence(answer: str, requirement: str) -> str:
    """The first sentence of ``answer`` (the candidate's words) with code in the language ``requirement`` names (of
    several languages named, any); "" when it names none or no sentence holds its code."""
    patterns = code_asked(requirement)
    if not patterns:
        return ""
    return next((x.strip() for x in sentences(answer or "") if any(p.search(x) for p in patterns)), "")
