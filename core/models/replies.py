"""What comes back from a model, made usable: reasoning blocks, fenced JSON, streamed usage.

* Reasoning models served by Ollama, vLLM or LM Studio often put ``<think>…</think>`` (or
  ``<reasoning>…</reasoning>``) before the answer. :class:`ReasoningFilter` holds a stream back
  while it may be inside such a block, so the candidate never sees any of it, not even
  mid-stream; :func:`strip_reasoning` does the same for a whole reply.
* Servers without grammar enforcement answer a JSON-schema request with the JSON inside a
  Markdown fence (```` ```json ````). :func:`parse_structured` takes the JSON out (after any
  reasoning block) and validates it against the pydantic schema.
* :class:`UsageTally` takes a stream's token usage once: the last chunk that carries it
  (OpenAI protocol; some proxies repeat the cumulative figure on every chunk) or the sum
  (SDKs that hand out per-chunk deltas).
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel

REASONING_TAGS: tuple[str, ...] = ("think", "reasoning")
_OPEN = {f"<{tag}>": f"</{tag}>" for tag in REASONING_TAGS}
_LEADING_BLOCK = re.compile(r"^\s*<(" + "|".join(REASONING_TAGS) + r")>.*?</\1>", re.DOTALL)
_FENCE = re.compile(r"^\s*```[A-Za-z0-9_-]*[ \t]*\n(.*?)\n?```\s*$", re.DOTALL)


def strip_reasoning(text: str) -> str:
    """``text`` without the reasoning blocks it starts with (and the white space after them).

    A reply cut inside a block (no closing tag) has nothing to show: the result is "".
    A closing tag that was never opened ends the reasoning too (:func:`after_orphan_close`).
    """
    orphan = after_orphan_close(text)
    if orphan is not None:
        return orphan
    while True:
        match = _LEADING_BLOCK.match(text)
        if match is None:
            break
        text = text[match.end():]
    stripped = text.lstrip()
    if any(stripped.startswith(tag) for tag in _OPEN):
        return ""
    return stripped


class ReasoningFilter:
    """Feed streamed text in; get back only what the candidate may see.

    Text is held while it could still be the start of a reasoning block (``"<th"``), or while
    a block is open; a block and the white space after it are dropped. Once the reply has
    started, the rest passes through untouched.
    """

    def __init__(self) -> None:
        self._held = ""
        self._closing: str | None = None  # the tag that ends the open block
        self._started = False
        self.reasoning_chars = 0

    def feed(self, text: str) -> str:
        if self._started:
            return text
        self._held += text
        return self._drain()

    def _drain(self) -> str:
        while True:
            if self._closing is not None:
                end = self._held.find(self._closing)
                if end < 0:
                    return ""
                self.reasoning_chars += end + len(self._closing)
                self._held, self._closing = self._held[end + len(self._closing):], None
            head = self._held.lstrip()
            opening = next((tag for tag in _OPEN if head.startswith(tag)), None)
            if opening is not None:
                self._closing = _OPEN[opening]
                self._held = head[len(opening):]
                continue
            if not head or any(tag.startswith(head) for tag in _OPEN):
                return ""  # white space or a tag being typed: wait for more
            self._started = True
            out, self._held = head, ""
            return out

    def finish(self) -> str:
        """What is left at the end: held text that turned out not to be a block; "" inside one."""
        if self._started or self._closing is not None:
            return ""
        out, self._held = self._held.lstrip(), ""
        self._started = bool(out)
        return out


def after_orphan_close(text: str) -> str | None:
    """The text after a closing ``</think>`` (or ``</reasoning>``) that was never opened, else None.

    Some chat templates open the block inside the prompt, so the reply starts with the reasoning
    itself and only the closing tag shows where the answer begins.
    """
    for closing in _OPEN.values():
        if closing in text and closing.replace("/", "") not in text:
            return text.rsplit(closing, 1)[1].strip()
    return None


def unfence(text: str) -> str:
    """The content of a reply wrapped whole in a Markdown code fence, else ``text`` unchanged."""
    match = _FENCE.match(text)
    return match.group(1) if match else text


def parse_structured(text: str, schema: type[BaseModel]) -> BaseModel:
    """``schema`` validated from a text reply: reasoning blocks dropped, a ```` ```json ```` fence opened.

    Raises pydantic's ``ValidationError`` when what remains is not a valid instance.
    """
    return schema.model_validate_json(unfence(strip_reasoning(text)).strip())


def message_text(message: Any) -> str:
    """The text of a LangChain message or chunk (string content, or the text parts of a list)."""
    content = getattr(message, "content", message)
    if isinstance(content, str):
        return content
    parts = []
    for part in content or []:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and part.get("type", "text") == "text" and isinstance(part.get("text"), str):
            parts.append(part["text"])
    return "".join(parts)


def usage_of(message: Any) -> tuple[int | None, int | None]:
    """(input tokens, output tokens) of a message's ``usage_metadata``; None where not given."""
    usage = getattr(message, "usage_metadata", None) or {}
    tokens_in, tokens_out = usage.get("input_tokens"), usage.get("output_tokens")
    return (int(tokens_in) if tokens_in is not None else None,
            int(tokens_out) if tokens_out is not None else None)


class UsageTally:
    """Token usage of one streamed reply, counted once.

    ``mode="last"``: the last chunk that carries usage wins (OpenAI's final usage chunk; proxies
    that repeat the cumulative usage on every chunk are not multiplied). ``mode="sum"``: chunks
    carry deltas and are added. When text was streamed but the usage says 0 tokens out, the
    output is estimated at one token per four characters (at least 1), so it is never 0.
    """

    def __init__(self, mode: Literal["last", "sum"] = "last") -> None:
        self.mode = mode
        self.tokens_in: int | None = None
        self.tokens_out: int | None = None

    def add(self, chunk: Any) -> None:
        tokens_in, tokens_out = usage_of(chunk)
        if tokens_in is None and tokens_out is None:
            return
        if self.mode == "last":
            self.tokens_in, self.tokens_out = tokens_in, tokens_out
            return
        self.tokens_in = (self.tokens_in or 0) + (tokens_in or 0)
        self.tokens_out = (self.tokens_out or 0) + (tokens_out or 0)

    def result(self, streamed_text: str) -> tuple[int | None, int | None]:
        tokens_out = self.tokens_out
        if tokens_out == 0 and streamed_text.strip():
            tokens_out = max(1, round(len(streamed_text) / 4))
        return self.tokens_in, tokens_out
