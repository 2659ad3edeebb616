"""A CV page's YAML front matter ("---" / "layout: page" / "title: Experience" / "---", a Jekyll or Hugo site's
page): dropped from the CV's lines, its title kept as the page's heading when it names a CV section ("Experience",
"Work history"), since such a page lists its jobs under no heading of its own (fresh CV set 23, session 25). Used by
:mod:`core.analysis.cv_layout`. Pure; never raises."""

from __future__ import annotations

from core.analysis.cv_lines import section_kind


def without_front_matter(raw_lines: list[str]) -> list[str]:
    """``raw_lines`` without an opening front matter block; with ``["## <title>", ""]`` in its place when its
    ``title`` field names a section (:func:`core.analysis.cv_lines.section_kind`); unchanged when there is none.
    The block is read with PyYAML (``yaml.safe_load``); one it cannot read is dropped without a heading."""
    if not raw_lines or raw_lines[0].strip().lstrip("\ufeff") != "---":
        return raw_lines
    end = next((i for i, r in enumerate(raw_lines[1:], 1) if r.strip() == "---"), 0)
    rest = raw_lines[end + 1:]
    if not end:
        return rest
    import yaml  # PyYAML (pinned in requirements.txt): the front matter's quoted and folded strings

    try:
        fields = yaml.safe_load("\n".join(raw_lines[1:end]))
    except yaml.YAMLError:
        return rest
    title = fields.get("title") if isinstance(fields, dict) else None
    if isinstance(title, str) and len(title.split()) <= 4 and section_kind(title.strip()):
        return [f"## {title.strip()}", "", *rest]
    return rest
