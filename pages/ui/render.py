"""Rendering helpers: user and model text made inert before it reaches ``st.markdown``."""

from __future__ import annotations

import re

# Each special character gets a backslash. One regular expression instead of a loop over the characters:
# a page run escapes every message of the chat and each streamed piece of a question (2-3 times faster).
_MARKDOWN_SPECIAL = re.compile(r"[\\`*_{}\[\]()#+\-.!|<>~$:]")


def _escaped(match: re.Match[str]) -> str:
    return "\\" + match.group()  # a function, not the template r"\\\g<0>": re expands templates slowly


def plain(text: str | None) -> str:
    """User or model text made inert for ``st.markdown``: no HTML, links, images or formatting."""
    return _MARKDOWN_SPECIAL.sub(_escaped, text or "").replace("\n", "  \n")

