"""Rendering helpers of the page layer: inert text."""

from __future__ import annotations

from pages.ui.render import plain


def test_plain_escapes_markdown_and_html_and_keeps_line_breaks():
    assert plain("**bold** <b>x</b> [link](http://a.b) `code` 1. item\\") == (
        "\\*\\*bold\\*\\* \\<b\\>x\\</b\\> \\[link\\]\\(http\\://a\\.b\\) \\`code\\` 1\\. item\\\\")
    assert plain("one\ntwo") == "one  \ntwo"
    assert plain(None) == ""
