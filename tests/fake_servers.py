"""Fake LLM provider servers on 127.0.0.1 speaking the real wire formats, for tests over real HTTP.

``FakeOpenAI`` answers the OpenAI chat-completions API (``POST /v1/chat/completions``, ``GET /v1/models``);
``FakeGemini`` answers the Gemini Developer API (``POST /v1beta/models/{model}:generateContent`` and
``:streamGenerateContent?alt=sse``, ``GET /v1beta/models``). Point the real LangChain clients at them::

    with FakeOpenAI() as server:
        llm = ChatOpenAI(base_url=server.base_url, api_key="sk-test", max_retries=0, timeout=5)

    with FakeGemini() as server:
        llm = ChatGoogleGenerativeAI(model="gemini-2.5-flash", google_api_key="test-key",
                                     base_url=server.base_url, max_retries=1, timeout=5)

``base_url`` is ``http://127.0.0.1:PORT/v1`` for OpenAI and ``http://127.0.0.1:PORT`` (no ``/v1beta``: the
google-genai SDK appends its API version) for Gemini.

Modes (``server.mode``, may be changed while running):

- ``"ok"``: proper responses (plain text, JSON for structured requests, tool calls for function calling).
- ``"500"`` / ``"429"`` / ``"401"`` / ``"400"``: a provider-style JSON error body with that status
  (OpenAI 429 carries ``retry-after: 0`` and ``retry-after-ms: 1``: the openai SDK ignores a zero delay and
  backs off ~0.5 s, 1 ms makes its retries immediate; Gemini 429 is ``RESOURCE_EXHAUSTED``; 401 never echoes the key;
  ``"400"`` is Gemini's real answer to a bad key: ``INVALID_ARGUMENT`` "API key not valid").
- ``"hang"``: accept, then send nothing for ``hang_seconds`` (or until ``stop()``); afterwards, if the
  server is still running, answer as ``"ok"`` (so a short hang with a long client timeout is "slow").
- ``"stall"``: send the headers and ``cut_after`` stream chunks (or part of a JSON body), then go silent
  for ``hang_seconds`` and drop the connection.
- ``"cut"``: streams send ``cut_after`` chunks then drop the connection (no ``[DONE]``, no final chunk of
  the chunked encoding); non-streams send a ``Content-Length`` larger than the body actually sent.
- ``"malformed"``: 200 with a body that is not JSON / SSE ``data:`` lines holding broken JSON.
- ``"schema"``: 200, well formed, but structured answers violate the schema (scores of 9, missing
  fields) and plain replies are ``""``.
- ``"empty"``: 200 with empty content (no tool calls either).

Reply shapes of real servers and gateways (OpenAI format; constructor arguments or attributes):

- ``reasoning="<think>…</think>\n"``: a reasoning model under Ollama or vLLM; the block comes before
  the text of every reply (questions and structured JSON alike), streamed in 5-character pieces so
  the tags themselves are split across chunks.
- ``fence_json=True``: a server without grammar enforcement; structured replies come as
  ```` ```json ```` fenced text.
- ``reject_stream_options=True``: older Azure API versions and some gateways; any request carrying
  ``stream_options`` gets HTTP 400 "Unrecognized request argument supplied: stream_options".
- ``usage_every_chunk=True``: proxies that repeat the cumulative usage on every streamed chunk.
- ``echo_key=True``: the 401 message quotes the key it was sent (as some gateways do).

``fail_times=N`` applies ``mode`` to the first N requests only, then behaves ``"ok"`` (retry tests).
Every request is recorded in ``requests`` as ``{"method", "path", "headers", "json", "time"}`` (headers
with lower-case keys; ``path`` includes the query string); ``last`` is the latest, ``count(part)`` counts,
``reset()`` forgets them and ``restore_defaults()`` also restores the constructor's settings.
"""

from __future__ import annotations

import contextlib
import copy
import json
import re
import socket
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MODES: tuple[str, ...] = (
    "ok", "500", "429", "401", "400", "hang", "stall", "cut", "malformed", "schema", "empty",
)

DEFAULT_REPLY = (
    "Tell me about a time you had to debug a difficult production issue: what was the situation, "
    "what did you do, and what was the outcome?"
)

# Valid instances of core.schemas.AnswerScore and core.schemas.InterviewReport.
ANSWER_SCORE: dict[str, Any] = {
    "relevance": {"score": 4, "evidence": "I led the migration of our billing service to Python 3.11"},
    "structure": {"score": 3, "evidence": "Situation and action are clear; the result is only implied"},
    "specificity": {"score": 4, "evidence": "cut p95 latency from 900 ms to 250 ms"},
    "depth": {"score": 3, "evidence": "Mentions the trade-off of a feature freeze but not what was learned"},
    "communication": {"score": 4, "evidence": "Concise, no filler"},
    "missing": ["The measurable business outcome", "What you would do differently"],
    "stronger_answer": "In 2023 I led the billing migration (situation); I planned a two-week freeze "
                       "(task), ran both versions side by side (action) and cut p95 latency by 70% "
                       "with zero failed invoices (result).",
    "overall": 7,
}

INTERVIEW_REPORT: dict[str, Any] = {
    "summary": "A solid interview: concrete examples on Python and APIs, thinner on testing strategy. "
               "Answers were clear but results were often left implicit.",
    "overall": 7,
    "strengths": ["Concrete numbers when describing performance work", "Clear communication"],
    "weaknesses": ["Results of actions were rarely stated", "Little on automated testing"],
    "cv_tips": ["Quantify the billing migration outcome on the CV", "Name the test frameworks you used"],
    "coverage": [
        {"requirement": "Python", "status": "evidenced", "evidence": "I led the migration to Python 3.11"},
        {"requirement": "PostgreSQL", "status": "weak", "evidence": "we used Postgres"},
        {"requirement": "Kubernetes", "status": "not probed", "evidence": ""},
    ],
}

# What "schema" mode returns: well-formed JSON that violates the schemas (out-of-range, missing fields).
ANSWER_SCORE_INVALID: dict[str, Any] = {
    "relevance": {"score": 9, "evidence": "great"},
    "structure": {"score": 9},
    "overall": 11,
}
INTERVIEW_REPORT_INVALID: dict[str, Any] = {
    "summary": "Great",
    "overall": 9,
    "coverage": [{"requirement": "Python", "status": "maybe"}],
}
GENERIC_INVALID: dict[str, Any] = {"unexpected": 9}


# --------------------------------------------------------------------------------------------------------
# Helpers shared by both providers


def _resolve(schema: Any, root: dict[str, Any]) -> Any:
    """Follow a local ``$ref`` (``#/$defs/X`` or ``#/definitions/X``)."""
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 20:
        target: Any = root
        for part in schema["$ref"].lstrip("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        schema = target
        seen += 1
    return schema


def example_from_schema(schema: Any, root: dict[str, Any] | None = None, depth: int = 0) -> Any:
    """A plausible instance of a JSON schema (or of Gemini's OpenAPI-style ``responseSchema``)."""
    root = root if root is not None else (schema if isinstance(schema, dict) else {})
    schema = _resolve(schema, root)
    if not isinstance(schema, dict) or depth > 8:
        return None
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("anyOf", "oneOf", "allOf"):
        options = [_resolve(o, root) for o in schema.get(key) or []]
        options = [o for o in options if str(o.get("type", "")).lower() != "null"] if options else []
        if options:
            return example_from_schema(options[0], root, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if str(k).lower() != "null"), "string")
    kind = str(kind or ("object" if "properties" in schema else "string")).lower()
    if kind == "object":
        return {name: example_from_schema(sub, root, depth + 1)
                for name, sub in (schema.get("properties") or {}).items()}
    if kind == "array":
        return [example_from_schema(schema.get("items") or {"type": "string"}, root, depth + 1)]
    if kind == "integer":
        low, high = schema.get("minimum"), schema.get("maximum")
        value = 3 if low is None else max(int(low), 3)
        return value if high is None else min(value, int(high))
    if kind == "number":
        return 3.0
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return "example"


def _schema_kind(schema: Any, name: str = "") -> str:
    """"answer_score", "report" or "generic": which of the app's schemas a request asks for."""
    props: set[str] = set()
    if isinstance(schema, dict):
        props = set((_resolve(schema, schema).get("properties") or {}).keys())
    lowered = name.lower()
    if "relevance" in props or (not props and ("answerscore" in lowered or "answer_score" in lowered)):
        return "answer_score"
    if "coverage" in props or (not props and "report" in lowered):
        return "report"
    return "generic"


def default_structured(schema: Any, name: str = "") -> Any:
    """The valid object returned for a structured request when ``structured`` is None."""
    kind = _schema_kind(schema, name)
    if kind == "answer_score":
        return copy.deepcopy(ANSWER_SCORE)
    if kind == "report":
        return copy.deepcopy(INTERVIEW_REPORT)
    return example_from_schema(schema) if isinstance(schema, dict) else {}


def invalid_structured(schema: Any, name: str = "") -> Any:
    """What ``"schema"`` mode returns: JSON that parses but violates the requested schema."""
    kind = _schema_kind(schema, name)
    if kind == "answer_score":
        return copy.deepcopy(ANSWER_SCORE_INVALID)
    if kind == "report":
        return copy.deepcopy(INTERVIEW_REPORT_INVALID)
    return copy.deepcopy(GENERIC_INVALID)


def split_text(text: str, pieces: int = 4) -> list[str]:
    """Split text into up to ``pieces`` consecutive parts on word boundaries ("".join gives it back)."""
    if not text:
        return [""]
    tokens = re.findall(r"\s*\S+\s*", text) or [text]
    if len(tokens) < pieces:
        # Short or single-word text: split on characters instead so a stream still has several chunks.
        size = max(1, -(-len(text) // pieces))
        return [text[i:i + size] for i in range(0, len(text), size)]
    size = -(-len(tokens) // pieces)
    return ["".join(tokens[i:i + size]) for i in range(0, len(tokens), size)]


class _Abort(Exception):
    """Raised inside a handler to drop the connection without answering further."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def handle_error(self, request: Any, client_address: Any) -> None:  # noqa: ARG002
        # Clients hanging up (timeouts, cut tests) are expected here; stay quiet.
        return


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeProvider/1.0"
    sys_version = ""
    timeout = 30  # socket timeout for reading requests on an idle connection
    fake: _FakeProvider  # set on the per-server subclass

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        return

    def _dispatch(self, method: str) -> None:
        try:
            self.fake._handle(self, method)
        except (_Abort, BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError, OSError):
            self.close_connection = True
            self._drop()

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    # --- low-level writers -------------------------------------------------------------------------------

    def _drop(self) -> None:
        """Close the connection abruptly (FIN without the rest of the message)."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.wfile.flush()
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def send_json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_raw(status, data, "application/json; charset=UTF-8", headers)

    def send_raw(self, status: int, data: bytes, content_type: str, headers: dict[str, str] | None = None,
                 *, declared_length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(declared_length if declared_length is not None else len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()

    def start_sse(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Connection", "close")
        self.end_headers()

    def write_chunk(self, data: bytes) -> None:
        if data:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
            self.wfile.flush()

    def end_chunks(self) -> None:
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()


class _FakeProvider:
    """Shared machinery: a ThreadingHTTPServer on 127.0.0.1:0 in a daemon thread, request log, modes."""

    default_model = "fake-model"

    def __init__(
        self,
        mode: str = "ok",
        *,
        reply_text: str = DEFAULT_REPLY,
        structured: dict[str, Any] | None = None,
        prompt_tokens: int = 42,
        completion_tokens: int = 7,
        hang_seconds: float = 30.0,
        cut_after: int = 2,
        fail_times: int | None = None,
        reasoning: str = "",
        fence_json: bool = False,
        reject_stream_options: bool = False,
        usage_every_chunk: bool = False,
        echo_key: bool = False,
    ) -> None:
        self.mode = mode
        self.reasoning = reasoning
        self.fence_json = fence_json
        self.reject_stream_options = reject_stream_options
        self.usage_every_chunk = usage_every_chunk
        self.echo_key = echo_key
        self.reply_text = reply_text
        self.structured = structured
        self.prompt_tokens = prompt_tokens
        self.completion_tokens = completion_tokens
        self.hang_seconds = hang_seconds
        self.cut_after = cut_after
        self.fail_times = fail_times
        self._settings = {
            "mode": mode, "reply_text": reply_text, "structured": copy.deepcopy(structured),
            "prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
            "hang_seconds": hang_seconds, "cut_after": cut_after, "fail_times": fail_times,
            "reasoning": reasoning, "fence_json": fence_json, "reject_stream_options": reject_stream_options,
            "usage_every_chunk": usage_every_chunk, "echo_key": echo_key,
        }
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # --- public API ---------------------------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return self._mode

    @mode.setter
    def mode(self, value: str) -> None:
        if value not in MODES:
            raise ValueError(f"unknown mode {value!r}; expected one of {MODES}")
        self._mode = value

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("server not started")
        return self._server.server_address[1]

    @property
    def root_url(self) -> str:
        """``http://127.0.0.1:PORT`` (no path)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return self.root_url

    def start(self) -> _FakeProvider:
        if self._server is not None:
            return self
        self._stop.clear()
        handler = type(f"{type(self).__name__}Handler", (_Handler,), {"fake": self})
        self._server = _Server(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01},
            name=f"{type(self).__name__}:{self.port}", daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; wakes any handler sleeping in "hang"/"stall" so nothing lingers."""
        self._stop.set()
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> _FakeProvider:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def count(self, path_contains: str = "") -> int:
        """Number of requests received whose path contains ``path_contains``."""
        with self._lock:
            return sum(1 for r in self.requests if path_contains in r["path"])

    def reset(self) -> None:
        """Forget recorded requests (``fail_times`` counts from the next request again)."""
        with self._lock:
            self.requests.clear()

    def restore_defaults(self) -> None:
        """``reset()`` and restore the settings given to the constructor (for servers shared by tests)."""
        with self._lock:
            self.requests.clear()
            for name, value in self._settings.items():
                setattr(self, name, copy.deepcopy(value))

    @property
    def last(self) -> dict[str, Any]:
        """The most recent recorded request."""
        with self._lock:
            return self.requests[-1]

    # --- request handling ---------------------------------------------------------------------------------

    def _record(self, handler: _Handler, method: str) -> tuple[dict[str, Any], str]:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        entry = {
            "method": method,
            "path": handler.path,
            "headers": {k.lower(): v for k, v in handler.headers.items()},
            "json": body,
            "time": time.time(),
        }
        with self._lock:
            index = len(self.requests)
            self.requests.append(entry)
            mode = self._mode
            if self.fail_times is not None and index >= self.fail_times:
                mode = "ok"
        return entry, mode

    def _sleep(self) -> None:
        """Wait ``hang_seconds`` or until stop(); abort the connection if the server is stopping."""
        if self._stop.wait(self.hang_seconds):
            raise _Abort()

    def _handle(self, handler: _Handler, method: str) -> None:
        entry, mode = self._record(handler, method)
        if mode == "hang":
            self._sleep()
            mode = "ok"
        self._respond(handler, entry, mode)

    def _respond(self, handler: _Handler, entry: dict[str, Any], mode: str) -> None:
        raise NotImplementedError

    def _send_body(self, handler: _Handler, mode: str, body: Any, status: int = 200) -> None:
        """Send a JSON body honouring the body-level faults (cut, stall, malformed)."""
        data = json.dumps(body).encode()
        if mode == "malformed":
            handler.send_raw(200, b'{"id": "broken", "choices": [{"message": <html>Bad gateway',
                             "application/json; charset=UTF-8")
        elif mode in ("cut", "stall"):
            handler.send_raw(status, data[: len(data) // 2], "application/json; charset=UTF-8",
                             declared_length=len(data))
            if mode == "stall":
                self._sleep()
            handler._drop()
        else:
            handler.send_json(status, body)

    def _send_events(self, handler: _Handler, mode: str, events: list[bytes]) -> None:
        """Send SSE events (already framed) honouring cut/stall."""
        handler.start_sse()
        if mode in ("cut", "stall"):
            for event in events[: max(0, self.cut_after)]:
                handler.write_chunk(event)
            if mode == "stall":
                self._sleep()
            handler._drop()
            return
        for event in events:
            handler.write_chunk(event)
        handler.end_chunks()


# --------------------------------------------------------------------------------------------------------
# OpenAI


class FakeOpenAI(_FakeProvider):
    """OpenAI chat completions: ``POST /v1/chat/completions``; ``GET /v1/models``."""

    default_model = "gpt-4o-mini"

    @property
    def base_url(self) -> str:
        return f"{self.root_url}/v1"

    @staticmethod
    def _error(status: int, message: str, type_: str, code: str | None) -> dict[str, Any]:
        return {"error": {"message": message, "type": type_, "param": None, "code": code}}

    def _send_error(self, handler: _Handler, mode: str) -> None:
        if mode == "500":
            handler.send_json(500, self._error(
                500, "The server had an error while processing your request. Sorry about that!",
                "server_error", None))
        elif mode == "429":
            handler.send_json(429, self._error(
                429, "Rate limit reached for requests per min (RPM): Limit 3, Used 3, Requested 1. "
                     "Please try again in 20s.", "requests", "rate_limit_exceeded"),
                {"retry-after": "0", "retry-after-ms": "1", "x-ratelimit-remaining-requests": "0"})
        elif mode == "401":
            handler.send_json(401, self._error(
                401, "Incorrect API key provided. You can find your API key at "
                     "https://platform.openai.com/account/api-keys.", "invalid_request_error",
                "invalid_api_key"))
        else:  # "400"
            handler.send_json(400, self._error(
                400, "Invalid request: the fake server was asked to fail with 400.",
                "invalid_request_error", None))

    def _respond(self, handler: _Handler, entry: dict[str, Any], mode: str) -> None:
        path = entry["path"].split("?", 1)[0].rstrip("/")
        if mode == "401" and self.echo_key:
            sent = entry["headers"].get("authorization", "").removeprefix("Bearer ")
            handler.send_json(401, self._error(
                401, f"Incorrect API key provided: {sent}.", "invalid_request_error", "invalid_api_key"))
            return
        if mode in ("500", "429", "401", "400"):
            self._send_error(handler, mode)
            return
        if self.reject_stream_options and "stream_options" in (entry["json"] or {}):
            handler.send_json(400, self._error(
                400, "Unrecognized request argument supplied: stream_options", "invalid_request_error", None))
            return
        if entry["method"] == "GET" and path == "/v1/models":
            body = {"object": "list", "data": [
                {"id": m, "object": "model", "created": 1_700_000_000, "owned_by": "fake"}
                for m in ("gpt-4o-mini", "gpt-4o", "gpt-4.1-mini")]}
            self._send_body(handler, mode, body)
            return
        if entry["method"] == "POST" and path == "/v1/chat/completions":
            self._chat(handler, entry["json"] or {}, mode)
            return
        handler.send_json(404, self._error(
            404, f"FakeOpenAI does not implement {entry['method']} {path} (only /v1/chat/completions "
                 "and /v1/models; the Responses API is not faked)", "invalid_request_error", "unknown_url"))

    def _usage(self, completion: int | None = None) -> dict[str, Any]:
        completion = self.completion_tokens if completion is None else completion
        return {"prompt_tokens": self.prompt_tokens, "completion_tokens": completion,
                "total_tokens": self.prompt_tokens + completion}

    def _answer(self, body: dict[str, Any], mode: str) -> tuple[str | None, dict[str, Any] | None]:
        """(content, tool_call) for this request: exactly one of them is set (content may be "")."""
        response_format = body.get("response_format") or {}
        tools = body.get("tools") or []
        schema: Any = None
        name = ""
        structured = False
        if isinstance(response_format, dict) and response_format.get("type") == "json_schema":
            spec = response_format.get("json_schema") or {}
            schema, name, structured = spec.get("schema"), spec.get("name", ""), True
        elif isinstance(response_format, dict) and response_format.get("type") == "json_object":
            structured = True
        function = None
        if tools and not structured:
            function = (tools[0] or {}).get("function") or {}
            schema, name = function.get("parameters"), function.get("name", "")
            structured = True
        if mode == "empty":
            return "", None
        if not structured:
            return ("" if mode == "schema" else self.reasoning + self.reply_text), None
        if mode == "schema":
            value = invalid_structured(schema, name)
        elif self.structured is not None:
            value = self.structured
        else:
            value = default_structured(schema, name)
        text = json.dumps(value)
        if function is not None:
            call = {"id": f"call_{uuid.uuid4().hex[:24]}", "type": "function",
                    "function": {"name": name, "arguments": text}}
            return None, call
        if self.fence_json:
            text = f"```json\n{json.dumps(value, indent=2)}\n```"
        return self.reasoning + text, None

    def _chat(self, handler: _Handler, body: dict[str, Any], mode: str) -> None:
        model = body.get("model") or self.default_model
        content, call = self._answer(body, mode)
        completion_id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
        created = int(time.time())
        finish = "tool_calls" if call else "stop"
        if not body.get("stream"):
            message: dict[str, Any] = {"role": "assistant", "content": content, "refusal": None,
                                       "annotations": []}
            if call:
                message["tool_calls"] = [call]
            response = {
                "id": completion_id, "object": "chat.completion", "created": created, "model": model,
                "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": finish}],
                "usage": self._usage(), "system_fingerprint": "fp_fake",
            }
            self._send_body(handler, mode, response)
            return

        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))

        def chunk(delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
            out: dict[str, Any] = {
                "id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model,
                "system_fingerprint": "fp_fake",
                "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}],
            }
            if include_usage:
                out["usage"] = None
            return out

        chunks: list[dict[str, Any]] = []
        if call:
            pieces = split_text(call["function"]["arguments"], 3)
            for i, piece in enumerate(pieces):
                tool_delta: dict[str, Any] = {"index": 0, "function": {"arguments": piece}}
                if i == 0:
                    tool_delta.update(id=call["id"], type="function")
                    tool_delta["function"]["name"] = call["function"]["name"]
                delta: dict[str, Any] = {"tool_calls": [tool_delta]}
                if i == 0:
                    delta = {"role": "assistant", "content": None, **delta}
                chunks.append(chunk(delta))
        else:
            text = content or ""
            head = self.reasoning if self.reasoning and text.startswith(self.reasoning) else ""
            pieces = [head[i:i + 5] for i in range(0, len(head), 5)] + split_text(text[len(head):], 4)
            for i, piece in enumerate(pieces):
                chunks.append(chunk({"role": "assistant", "content": piece} if i == 0 else {"content": piece}))
                if self.usage_every_chunk:  # the running total, repeated on each chunk
                    chunks[-1]["usage"] = self._usage(max(1, self.completion_tokens * (i + 1) // len(pieces)))
        chunks.append(chunk({}, finish))
        if self.usage_every_chunk:
            chunks[-1]["usage"] = self._usage()
        if include_usage:
            chunks.append({"id": completion_id, "object": "chat.completion.chunk", "created": created,
                           "model": model, "system_fingerprint": "fp_fake", "choices": [],
                           "usage": self._usage()})
        events = [b"data: " + json.dumps(c).encode() + b"\n\n" for c in chunks]
        events.append(b"data: [DONE]\n\n")
        if mode == "malformed":
            events = [b'data: {"id": "chatcmpl-broken", "choices": [{"delta": {"content": "Hel\n\n',
                      b"data: lo\"}}]\n\n", b"data: [DONE]\n\n"]
        self._send_events(handler, mode, events)


# --------------------------------------------------------------------------------------------------------
# Gemini


_GEMINI_PATH = re.compile(r"^/(?P<version>v1(?:alpha|beta)?\d*)/models/(?P<model>[^:/]+):(?P<method>[A-Za-z]+)$")


class FakeGemini(_FakeProvider):
    """Gemini Developer API: ``POST /v1beta/models/{model}:generateContent`` and ``:streamGenerateContent``."""

    default_model = "gemini-2.5-flash"

    @staticmethod
    def _error(code: int, message: str, status: str, details: list[Any] | None = None) -> dict[str, Any]:
        error: dict[str, Any] = {"code": code, "message": message, "status": status}
        if details:
            error["details"] = details
        return {"error": error}

    def _send_error(self, handler: _Handler, mode: str) -> None:
        if mode == "500":
            handler.send_json(500, self._error(
                500, "An internal error has occurred. Please retry or report in "
                     "https://developers.generativeai.google/guide/troubleshooting", "INTERNAL"))
        elif mode == "429":
            handler.send_json(429, self._error(
                429, "You exceeded your current quota, please check your plan and billing details.",
                "RESOURCE_EXHAUSTED",
                [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "0s"}]))
        elif mode == "401":
            handler.send_json(401, self._error(
                401, "API key not valid. Please pass a valid API key.", "UNAUTHENTICATED"))
        else:  # "400": what the real Gemini API answers for a bad key
            handler.send_json(400, self._error(
                400, "API key not valid. Please pass a valid API key.", "INVALID_ARGUMENT",
                [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID",
                  "domain": "googleapis.com", "metadata": {"service": "generativelanguage.googleapis.com"}}]))

    def _respond(self, handler: _Handler, entry: dict[str, Any], mode: str) -> None:
        path, _, query = entry["path"].partition("?")
        if mode in ("500", "429", "401", "400"):
            self._send_error(handler, mode)
            return
        if entry["method"] == "GET" and re.fullmatch(r"/v1(?:alpha|beta)?/models/?", path):
            body = {"models": [
                {"name": f"models/{m}", "displayName": m, "supportedGenerationMethods":
                 ["generateContent", "countTokens"]} for m in ("gemini-2.5-flash", "gemini-2.5-pro")]}
            self._send_body(handler, mode, body)
            return
        match = _GEMINI_PATH.match(path)
        if entry["method"] == "POST" and match and match["method"] in ("generateContent",
                                                                       "streamGenerateContent"):
            self._generate(handler, entry["json"] or {}, match["model"],
                           match["method"] == "streamGenerateContent", mode)
            return
        handler.send_json(404, self._error(
            404, f"FakeGemini does not implement {entry['method']} {path}", "NOT_FOUND"))

    def _usage(self) -> dict[str, Any]:
        return {"promptTokenCount": self.prompt_tokens, "candidatesTokenCount": self.completion_tokens,
                "totalTokenCount": self.prompt_tokens + self.completion_tokens}

    def _text(self, body: dict[str, Any], mode: str) -> str:
        config = body.get("generationConfig") or {}
        schema = config.get("responseJsonSchema") or config.get("responseSchema")
        structured = schema is not None or config.get("responseMimeType") == "application/json"
        if mode == "empty":
            return ""
        if not structured:
            return "" if mode == "schema" else self.reply_text
        if mode == "schema":
            value = invalid_structured(schema)
        elif self.structured is not None:
            value = self.structured
        else:
            value = default_structured(schema)
        return json.dumps(value)

    def _generate(self, handler: _Handler, body: dict[str, Any], model: str, stream: bool, mode: str) -> None:
        text = self._text(body, mode)
        response_id = uuid.uuid4().hex[:22]

        def response(piece: str, final: bool) -> dict[str, Any]:
            candidate: dict[str, Any] = {"content": {"role": "model", "parts": [{"text": piece}]}, "index": 0}
            out: dict[str, Any] = {"candidates": [candidate], "modelVersion": model, "responseId": response_id}
            if final:
                candidate["finishReason"] = "STOP"
                out["usageMetadata"] = self._usage()
            return out

        if not stream:
            self._send_body(handler, mode, response(text, True))
            return
        pieces = split_text(text, 4)
        events = [b"data: " + json.dumps(response(p, i == len(pieces) - 1)).encode() + b"\r\n\r\n"
                  for i, p in enumerate(pieces)]
        if mode == "malformed":
            events = [b'data: {"candidates": [{"content": {"role": "model", "parts": [{"text": "Hel\r\n\r\n',
                      b'data: lo"}]}}]\r\n\r\n']
        self._send_events(handler, mode, events)
