"""A loopback OpenAI-compatible model that streams every question slowly (``bench_flow``'s streaming figure).

The app reaches it as its only provider (``LOCAL_LLM_BASE_URL``); it keeps the wall-clock time each
stream's first content chunk left the socket, so the bench can compare it with the page's paint.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from core.schemas import DIMENSIONS

STREAM_FIRST_TOKEN_DELAY_S = 0.4
STREAM_SECONDS = 2.4  # from the first token to the last: one word per chunk, evenly spread
MODEL_ID = "slow-model"  # LOCAL_LLM_MODEL; the chat's caption names it "Slow Model"

SLOW_QUESTION = (
    "Thinking of the payments API you rebuilt at Northwind, what was the hardest trade-off you made "
    "between latency and consistency, how did you decide, and what would you do differently today?"
)


class SlowModel:
    """An OpenAI-compatible chat server on 127.0.0.1 that streams every question slowly.

    Streaming requests get ``SLOW_QUESTION`` one word per chunk, the first after
    ``STREAM_FIRST_TOKEN_DELAY_S``, the last ``STREAM_SECONDS`` later; ``first_tokens`` keeps
    the wall-clock time each stream's first content chunk was flushed to the socket. Structured
    requests (answer scores, the report) get a valid JSON object at once.
    """

    def __init__(self) -> None:
        self.first_tokens: list[float] = []
        self.stream_spans: list[tuple[float, float]] = []  # (request received, last chunk sent)
        self.streams = 0
        self.structured = 0
        self._lock = threading.Lock()
        model = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self.send_error(404)
                    return
                try:
                    if body.get("stream"):
                        model._stream(self, body)
                    else:
                        model._complete(self, body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the app stopped reading (a rerun interrupted the stream)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> SlowModel:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @staticmethod
    def _chunk(body: dict[str, Any], delta: dict[str, Any], finish: str | None = None) -> bytes:
        data = {"id": "chatcmpl-slow", "object": "chat.completion.chunk", "created": int(time.time()),
                "model": body.get("model", "slow"),
                "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}
        return b"data: " + json.dumps(data).encode() + b"\n\n"

    def _stream(self, handler: BaseHTTPRequestHandler, body: dict[str, Any]) -> None:
        received = time.time()
        with self._lock:
            self.streams += 1
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.send_header("Cache-Control", "no-cache")
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(self._chunk(body, {"role": "assistant", "content": ""}))
        handler.wfile.flush()
        time.sleep(STREAM_FIRST_TOKEN_DELAY_S)
        words = SLOW_QUESTION.split(" ")
        pieces = [word + " " for word in words[:-1]] + [words[-1]]
        gap = STREAM_SECONDS / (len(pieces) - 1)
        for number, piece in enumerate(pieces):
            if number:
                time.sleep(gap)
            handler.wfile.write(self._chunk(body, {"content": piece}))
            handler.wfile.flush()
            if number == 0:
                with self._lock:
                    self.first_tokens.append(time.time())
        handler.wfile.write(self._chunk(body, {}, "stop"))
        if (body.get("stream_options") or {}).get("include_usage"):
            usage = {"id": "chatcmpl-slow", "object": "chat.completion.chunk", "created": int(time.time()),
                     "model": body.get("model", "slow"), "choices": [],
                     "usage": {"prompt_tokens": 500, "completion_tokens": 40, "total_tokens": 540}}
            handler.wfile.write(b"data: " + json.dumps(usage).encode() + b"\n\n")
        handler.wfile.write(b"data: [DONE]\n\n")
        handler.wfile.flush()
        with self._lock:
            self.stream_spans.append((received, time.time()))

    def _complete(self, handler: BaseHTTPRequestHandler, body: dict[str, Any]) -> None:
        with self._lock:
            self.structured += 1
        schema = ((body.get("response_format") or {}).get("json_schema") or {}).get("name", "")
        if "Report" in schema:
            value: Any = {"summary": "Clear answers with numbers; results sometimes implicit.", "overall": 6,
                          "strengths": ["Concrete numbers"], "weaknesses": ["Results left implicit"],
                          "cv_tips": ["Lead each bullet with its result"],
                          "coverage": [{"requirement": "Python", "status": "evidenced", "evidence": "FastAPI"}]}
        else:
            dimension = {"score": 3, "evidence": "a quoted phrase"}
            value = {name: dimension for name in DIMENSIONS}
            value.update(missing=["The measurable result"], stronger_answer="A stronger answer.", overall=5)
        reply = {"id": f"chatcmpl-{uuid.uuid4().hex[:12]}", "object": "chat.completion", "created": int(time.time()),
                 "model": body.get("model", "slow"),
                 "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                              "message": {"role": "assistant", "content": json.dumps(value), "refusal": None}}],
                 "usage": {"prompt_tokens": 500, "completion_tokens": 120, "total_tokens": 620}}
        data = json.dumps(reply).encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)
