"""A job requirement met by a CV that says it in its field's own words (``data/field_synonyms.json``,
"requirements"): "defining success metrics" by "Defined OKRs with engineering and design", "GP and kitchen budgets"
by "Cut gross food cost from 34% to 29%", "leadership" by "Ran a brigade of 9", "cross-functional" by "shipped the
roadmap with 2 squads". A newcomer's test (session 18) found gap questions and CV tips saying "which I don't see on
your CV" of such requirements; the coach says a CV lacks something only when no line of it says it in any words.
"""

from __future__ import annotations

from core.analysis.field_work import field_groups


def field_meets(cv_text: str, requirement: str, lang: str = "") -> bool:
    """Whether ``requirement`` names a thing of a group of ``lang`` ("" for every language's: a group's words are
    its language's own) that the CV shows in any of the group's CV words; False when it names none (the caller's
    other checks decide)."""
    groups = field_groups().get(lang, ()) if lang else [g for gs in field_groups().values() for g in gs]
    return any(asks.search(requirement or "") and shown.search(cv_text or "") for asks, shown in groups)
