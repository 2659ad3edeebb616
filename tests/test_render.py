"""Rendering helpers of the page layer: inert text, and a stream's pieces joined for the browser."""

from __future__ import annotations

from pages.ui.render import batched, plain


def test_plain_escapes_markdown_and_html_and_keeps_line_breaks():
    assert plain("**bold** <b>x</b> [link](http://a.b) `code` 1. item\\") == (
        "\\*\\*bold\\*\\* \\<b\\>x\\</b\\> \\[link\\]\\(http\\://a\\.b\\) \\`code\\` 1\\. item\\\\")
    assert plain("one\ntwo") == "one  \ntwo"
    assert plain(None) == ""


class Clock:
    """A clock the test moves: each piece is read at the time the test says it arrives."""

    def __init__(self, times: list[float]) -> None:
        self.times = iter(times)

    def __call__(self) -> float:
        return next(self.times)


def test_pieces_arriving_together_go_out_together_and_the_first_at_once():
    pieces = ["What ", "did ", "you ", "measure ", "first?"]
    # all within a millisecond (the offline coach): the first piece, then the rest at the end
    assert list(batched(pieces, 0.03, Clock([0.0, 0.0002, 0.0004, 0.0006, 0.0008]))) == [
        "What ", "did you measure first?"]


def test_slow_pieces_go_out_one_by_one_and_none_is_lost():
    pieces = ["Thinking ", "of ", "the ", "Northwind ", "migration?"]
    # a model's tokens 40 ms apart: each goes out as it comes
    assert list(batched(pieces, 0.03, Clock([0.0, 0.04, 0.08, 0.12, 0.16]))) == pieces
    # mixed: what came within the window waits for the next piece after it, or for the end
    out = list(batched(pieces, 0.03, Clock([0.0, 0.01, 0.05, 0.051, 0.052])))
    assert out == ["Thinking ", "of the ", "Northwind migration?"]
    assert "".join(out) == "".join(pieces)
    assert list(batched([], 0.03, Clock([]))) == []
