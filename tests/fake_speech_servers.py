"""Fake speech-to-text servers on 127.0.0.1 speaking OpenAI's and Gemini's wire formats.

``FakeOpenAITranscribe`` answers ``POST /v1/audio/transcriptions`` (multipart form: ``file``, ``model``,
``response_format``, ``timestamp_granularities[]``) with ``json`` (``{"text"}``) or ``verbose_json``
(``task``, ``language``, ``duration``, ``text``, ``words`` with ``start``/``end``, ``segments``), as
OpenAI documents for ``audio.transcriptions.create``. ``FakeGeminiTranscribe`` answers
``POST /v1beta/models/{model}:generateContent`` with a ``candidates[0].content.parts[0].text`` reply.
Point the real SDKs at them::

    with FakeOpenAITranscribe(transcript="I led the team.") as server:
        OpenAITranscriber(api_key="sk-test", base_url=server.base_url)       # .../v1
    with FakeGeminiTranscribe() as server:
        GeminiTranscriber(api_key="test-key", base_url=server.base_url)      # no /v1beta

``mode``: ``"ok"``; ``"500"``, ``"429"``, ``"401"`` (provider-style JSON errors; 401 never echoes the
key); ``"hang"`` (send nothing for ``hang_seconds`` or until ``stop()``); ``"malformed"`` (200, not
JSON); ``"empty"`` (200, JSON without a transcript). Each request is recorded in ``requests`` as
``{"path", "headers", "fields", "files", "json"}``: ``fields`` maps form names to lists of values,
``files`` maps form names to ``(filename, content_type, bytes)``.
"""

from __future__ import annotations

import base64
import json
import threading
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MODES = ("ok", "500", "429", "401", "hang", "malformed", "empty")
DEFAULT_TRANSCRIPT = "In my last role I led a small team that rebuilt our billing system."


def parse_multipart(content_type: str, body: bytes) -> tuple[dict[str, list[str]], dict[str, tuple]]:
    """Form fields and files of a ``multipart/form-data`` body (the standard library's MIME parser)."""
    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode() + body)
    fields: dict[str, list[str]] = {}
    files: dict[str, tuple] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        filename = part.get_filename()
        payload = part.get_payload(decode=True) or b""
        if filename is not None:
            files[name] = (filename, part.get_content_type(), payload)
        else:
            fields.setdefault(name, []).append(payload.decode())
    return fields, files


def even_words(text: str, duration: float) -> list[dict[str, Any]]:
    """Word timings spread evenly over ``duration`` seconds (what a verbose_json reply carries)."""
    tokens = text.split()
    step = duration / max(len(tokens), 1)
    return [{"word": t.strip(".,!?"), "start": round(i * step, 2), "end": round((i + 0.8) * step, 2)}
            for i, t in enumerate(tokens)]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence the default log
        pass

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.owner._handle(self, body)

    def send_json(self, status: int, body: Any, raw: bytes | None = None) -> None:
        data = raw if raw is not None else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json; charset=UTF-8")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: _FakeSpeech

    def handle_error(self, request: Any, client_address: Any) -> None:  # a client that gave up: ignore
        pass


class _FakeSpeech:
    def __init__(self, *, mode: str = "ok", transcript: str = DEFAULT_TRANSCRIPT, hang_seconds: float = 5.0,
                 duration: float = 4.0) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}")
        self.mode = mode
        self.transcript = transcript
        self.hang_seconds = hang_seconds
        self.duration = duration
        self.requests: list[dict[str, Any]] = []
        self._stopped = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._thread: threading.Thread | None = None

    @property
    def root_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> _FakeSpeech:
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopped.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> _FakeSpeech:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _handle(self, handler: _Handler, body: bytes) -> None:
        entry = {"path": handler.path, "headers": {k.lower(): v for k, v in handler.headers.items()},
                 "fields": {}, "files": {}, "json": None}
        content_type = handler.headers.get("content-type", "")
        if content_type.startswith("multipart/form-data"):
            entry["fields"], entry["files"] = parse_multipart(content_type, body)
        elif body:
            entry["json"] = json.loads(body)
        self.requests.append(entry)
        if self.mode == "hang":
            self._stopped.wait(self.hang_seconds)
            if self._stopped.is_set():
                return
        if self.mode == "malformed":
            handler.send_json(200, None, raw=b'{"text": <html>502 Bad Gateway')
            return
        self._respond(handler, entry)

    def _respond(self, handler: _Handler, entry: dict[str, Any]) -> None:
        raise NotImplementedError


class FakeOpenAITranscribe(_FakeSpeech):
    """``POST /v1/audio/transcriptions``."""

    @property
    def base_url(self) -> str:
        return f"{self.root_url}/v1"

    def _respond(self, handler: _Handler, entry: dict[str, Any]) -> None:
        errors = {
            "500": (500, "The server had an error while processing your request. Sorry about that!",
                    "server_error", None),
            "429": (429, "Rate limit reached for requests per min (RPM).", "requests", "rate_limit_exceeded"),
            "401": (401, "Incorrect API key provided.", "invalid_request_error", "invalid_api_key"),
        }
        if self.mode in errors:
            status, message, type_, code = errors[self.mode]
            handler.send_json(status, {"error": {"message": message, "type": type_, "param": None, "code": code}})
            return
        if entry["path"].split("?")[0] != "/v1/audio/transcriptions" or "file" not in entry["files"]:
            handler.send_json(400, {"error": {"message": "Missing file.", "type": "invalid_request_error",
                                              "param": "file", "code": None}})
            return
        if self.mode == "empty":
            handler.send_json(200, {"usage": {"type": "duration", "seconds": 4}})
            return
        response_format = (entry["fields"].get("response_format") or ["json"])[0]
        if response_format != "verbose_json":
            handler.send_json(200, {"text": self.transcript,
                                    "usage": {"type": "tokens", "input_tokens": 40, "output_tokens": 12,
                                              "total_tokens": 52}})
            return
        body: dict[str, Any] = {
            "task": "transcribe", "language": "english", "duration": self.duration, "text": self.transcript,
            "segments": [{"id": 0, "seek": 0, "start": 0.0, "end": self.duration, "text": self.transcript,
                          "tokens": [50364], "temperature": 0.0, "avg_logprob": -0.2,
                          "compression_ratio": 1.2, "no_speech_prob": 0.01}],
        }
        if "word" in entry["fields"].get("timestamp_granularities[]", []):
            body["words"] = even_words(self.transcript, self.duration)
        handler.send_json(200, body)


class FakeGeminiTranscribe(_FakeSpeech):
    """``POST /v1beta/models/{model}:generateContent``."""

    @property
    def base_url(self) -> str:
        return self.root_url

    @staticmethod
    def audio_of(entry: dict[str, Any]) -> tuple[str, bytes] | None:
        """(mime type, bytes) of the inline audio a request carried, if any."""
        for content in (entry["json"] or {}).get("contents", []):
            for part in content.get("parts", []):
                inline = part.get("inlineData") or part.get("inline_data")
                if inline:
                    data = inline["data"]  # the SDK sends URL-safe base64, possibly unpadded
                    raw = base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))
                    return inline.get("mimeType") or inline.get("mime_type"), raw
        return None

    def _respond(self, handler: _Handler, entry: dict[str, Any]) -> None:
        errors = {"500": (500, "INTERNAL", "An internal error has occurred."),
                  "429": (429, "RESOURCE_EXHAUSTED", "Resource has been exhausted (e.g. check quota)."),
                  "401": (401, "UNAUTHENTICATED", "Request had invalid authentication credentials.")}
        if self.mode in errors:
            status, state, message = errors[self.mode]
            handler.send_json(status, {"error": {"code": status, "message": message, "status": state}})
            return
        if not entry["path"].split("?")[0].endswith(":generateContent"):
            handler.send_json(404, {"error": {"code": 404, "message": "Not found.", "status": "NOT_FOUND"}})
            return
        parts = [] if self.mode == "empty" else [{"text": self.transcript}]
        handler.send_json(200, {
            "candidates": [{"content": {"parts": parts, "role": "model"}, "finishReason": "STOP", "index": 0}],
            "usageMetadata": {"promptTokenCount": 120, "candidatesTokenCount": 20, "totalTokenCount": 140},
            "modelVersion": "gemini-2.5-flash",
        })
