"""Rendering helpers: user and model text made inert before it reaches ``st.markdown``."""

from __future__ import annotations

_MARKDOWN_SPECIALS = set("\\`*_{}[]()#+-.!|<>~$:")


def plain(text: str | None) -> str:
    """User or model text made inert for ``st.markdown``: no HTML, links, images or formatting."""
    escaped = "".join("\\" + ch if ch in _MARKDOWN_SPECIALS else ch for ch in text or "")
    return escaped.replace("\n", "  \n")
