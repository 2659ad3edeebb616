"""The fake provider servers, proved with the real LangChain clients over real HTTP on 127.0.0.1.

These tests double as documentation of what each fault looks like from the clients (exception types),
which the model layer relies on when classifying provider errors.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import openai
import pydantic
import pytest
from google.genai import errors as genai_errors
from langchain_core.exceptions import OutputParserException
from langchain_google_genai import ChatGoogleGenerativeAI
from langchain_google_genai.chat_models import ChatGoogleGenerativeAIError
from langchain_openai import ChatOpenAI
from pydantic import BaseModel

from core.schemas import AnswerScore, InterviewReport
from tests.fake_servers import (
    ANSWER_SCORE,
    DEFAULT_REPLY,
    INTERVIEW_REPORT,
    FakeGemini,
    FakeOpenAI,
    default_structured,
    example_from_schema,
    split_text,
)


def run_async(coro):
    """Run a coroutine on a fresh loop in its own thread (Playwright's sync API may own this thread's loop)."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result(timeout=60)

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::pydantic.warnings.PydanticDeprecatedSince20")

OPENAI_MODEL = "gpt-4o-mini"  # a model LangChain knows supports json_schema (see test below for gpt-3.5-turbo)


class Pet(BaseModel):
    """A schema the fakes know nothing about: answered from the schema itself."""

    name: str
    legs: int
    tags: list[str]


@pytest.fixture(scope="module")
def _shared_openai() -> Iterator[FakeOpenAI]:
    with FakeOpenAI(hang_seconds=3) as server:
        yield server


@pytest.fixture(scope="module")
def _shared_gemini() -> Iterator[FakeGemini]:
    with FakeGemini(hang_seconds=3) as server:
        yield server


@pytest.fixture
def oai_server(_shared_openai: FakeOpenAI) -> FakeOpenAI:
    """One server for the module (client construction is the slow part), reset for each test."""
    _shared_openai.restore_defaults()
    return _shared_openai


@pytest.fixture
def gem_server(_shared_gemini: FakeGemini) -> FakeGemini:
    _shared_gemini.restore_defaults()
    return _shared_gemini


_CLIENTS: dict[tuple, object] = {}


def openai_client(server: FakeOpenAI, **kwargs) -> ChatOpenAI:
    options = {"model": OPENAI_MODEL, "api_key": "sk-test", "max_retries": 0, "timeout": 5, **kwargs}
    key = ("openai", server.base_url, tuple(sorted(options.items())))
    if key not in _CLIENTS:
        _CLIENTS[key] = ChatOpenAI(base_url=server.base_url, **options)
    return _CLIENTS[key]  # type: ignore[return-value]


def gemini_client(server: FakeGemini, **kwargs) -> ChatGoogleGenerativeAI:
    options = {"google_api_key": "test-key", "max_retries": 1, "timeout": 5, **kwargs}
    key = ("gemini", server.base_url, tuple(sorted(options.items())))
    if key not in _CLIENTS:
        _CLIENTS[key] = ChatGoogleGenerativeAI(model="gemini-2.5-flash", base_url=server.base_url, **options)
    return _CLIENTS[key]  # type: ignore[return-value]


def cause_chain(exc: BaseException) -> list[type]:
    chain: list[type] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 10:
        chain.append(type(current))
        current = current.__cause__ or current.__context__
    return chain


# --------------------------------------------------------------------------------------------------------
# The servers themselves


def test_base_urls_lifecycle_and_clean_stop_while_hanging() -> None:
    server = FakeOpenAI(mode="hang", hang_seconds=30)
    with pytest.raises(RuntimeError):
        _ = server.base_url
    server.start()
    port = server.port
    assert server.base_url == f"http://127.0.0.1:{port}/v1"
    errors: list[BaseException] = []

    def call() -> None:
        try:
            httpx.post(f"{server.base_url}/chat/completions", json={"messages": []}, timeout=10)
        except BaseException as exc:  # noqa: BLE001 - whatever the client sees is fine, just not a hang
            errors.append(exc)

    caller = threading.Thread(target=call, daemon=True)
    caller.start()
    deadline = time.time() + 5
    while server.count() == 0 and time.time() < deadline:
        time.sleep(0.01)
    assert server.count("/chat/completions") == 1
    started = time.time()
    server.stop()
    caller.join(timeout=5)
    assert time.time() - started < 2, "stop() must not wait for hang_seconds"
    assert not caller.is_alive() and errors, "the hanging request is dropped when the server stops"
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass

    with FakeGemini() as gemini:
        assert gemini.base_url == f"http://127.0.0.1:{gemini.port}"
        assert gemini.root_url == gemini.base_url


def test_mode_is_validated() -> None:
    server = FakeOpenAI()
    with pytest.raises(ValueError, match="unknown mode"):
        server.mode = "teapot"
    with pytest.raises(ValueError):
        FakeGemini(mode="nope")


def test_split_text_round_trips() -> None:
    for text in (DEFAULT_REPLY, "one", "two words", "", "a  b\n c   d e f g h i"):
        pieces = split_text(text, 4)
        assert "".join(pieces) == text
        assert len(pieces) <= 4 or len(text) < 4
    assert len(split_text(DEFAULT_REPLY, 4)) == 4


def test_default_structured_is_valid_for_the_app_schemas() -> None:
    AnswerScore.model_validate(ANSWER_SCORE)
    InterviewReport.model_validate(INTERVIEW_REPORT)
    assert default_structured(AnswerScore.model_json_schema()) == ANSWER_SCORE
    assert default_structured(InterviewReport.model_json_schema()) == INTERVIEW_REPORT
    assert default_structured(None, "InterviewReport") == INTERVIEW_REPORT
    Pet.model_validate(example_from_schema(Pet.model_json_schema()))
    # Gemini's OpenAPI-style responseSchema (upper-case types) works too.
    assert example_from_schema({"type": "OBJECT", "properties": {"n": {"type": "INTEGER"}}}) == {"n": 3}


# --------------------------------------------------------------------------------------------------------
# OpenAI over ChatOpenAI


def test_openai_invoke_records_request(oai_server: FakeOpenAI) -> None:
    reply = openai_client(oai_server).invoke("Ask me a question")
    assert reply.content == DEFAULT_REPLY
    assert reply.usage_metadata is not None
    assert (reply.usage_metadata["input_tokens"], reply.usage_metadata["output_tokens"]) == (42, 7)
    assert reply.usage_metadata["total_tokens"] == 49

    request = oai_server.last
    assert request["method"] == "POST" and request["path"] == "/v1/chat/completions"
    assert request["headers"]["authorization"] == "Bearer sk-test"
    assert request["headers"]["content-type"] == "application/json"
    assert request["headers"]["x-stainless-retry-count"] == "0"
    assert request["json"]["model"] == OPENAI_MODEL
    assert request["json"]["stream"] is False
    assert request["json"]["messages"] == [{"content": "Ask me a question", "role": "user"}]
    assert isinstance(request["time"], float)


def test_openai_stream_with_usage_on_final_chunk(oai_server: FakeOpenAI) -> None:
    oai_server.prompt_tokens, oai_server.completion_tokens = 100, 20
    chunks = list(openai_client(oai_server, stream_usage=True).stream("hi"))
    assert "".join(str(c.content) for c in chunks) == DEFAULT_REPLY
    assert sum(1 for c in chunks if c.content) == 4
    # The usage arrives once, after all the content (LangChain then appends an empty chunk_position="last").
    with_usage = [i for i, c in enumerate(chunks) if c.usage_metadata]
    last_content = max(i for i, c in enumerate(chunks) if c.content)
    assert len(with_usage) == 1 and with_usage[0] > last_content
    usage = chunks[with_usage[0]].usage_metadata
    assert (usage["input_tokens"], usage["output_tokens"], usage["total_tokens"]) == (100, 20, 120)
    assert chunks[-1].chunk_position == "last"
    merged = chunks[0]
    for chunk in chunks[1:]:
        merged += chunk
    assert merged.usage_metadata is not None and merged.usage_metadata["total_tokens"] == 120
    body = oai_server.last["json"]
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}


def test_openai_stream_without_usage(oai_server: FakeOpenAI) -> None:
    chunks = list(openai_client(oai_server, stream_usage=False).stream("hi"))
    assert "".join(str(c.content) for c in chunks) == DEFAULT_REPLY
    assert all(c.usage_metadata is None for c in chunks)
    assert "stream_options" not in oai_server.last["json"]


@pytest.mark.parametrize("schema", [AnswerScore, InterviewReport])
def test_openai_structured_json_schema(oai_server: FakeOpenAI, schema: type[BaseModel]) -> None:
    result = openai_client(oai_server).with_structured_output(schema, method="json_schema").invoke("score")
    assert isinstance(result, schema)
    expected = ANSWER_SCORE if schema is AnswerScore else INTERVIEW_REPORT
    assert result.model_dump() == schema.model_validate(expected).model_dump()
    response_format = oai_server.last["json"]["response_format"]
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["name"] == schema.__name__
    assert response_format["json_schema"]["strict"] is True
    assert "tools" not in oai_server.last["json"]


def test_openai_structured_json_schema_stream(oai_server: FakeOpenAI) -> None:
    chunks = list(openai_client(oai_server).with_structured_output(AnswerScore, method="json_schema").stream("s"))
    assert isinstance(chunks[-1], AnswerScore) and chunks[-1].overall == 7


@pytest.mark.parametrize("schema", [AnswerScore, InterviewReport])
def test_openai_structured_function_calling(oai_server: FakeOpenAI, schema: type[BaseModel]) -> None:
    llm = openai_client(oai_server).with_structured_output(schema, method="function_calling")
    result = llm.invoke("score")
    assert isinstance(result, schema)
    body = oai_server.last["json"]
    assert body["tools"][0]["function"]["name"] == schema.__name__
    assert body["tool_choice"] == {"type": "function", "function": {"name": schema.__name__}}
    assert "response_format" not in body
    # Streamed tool-call arguments assemble into the same object.
    assert list(llm.stream("score"))[-1] == result


def test_openai_function_calling_raw_message(oai_server: FakeOpenAI) -> None:
    llm = openai_client(oai_server).with_structured_output(AnswerScore, method="function_calling",
                                                          include_raw=True)
    raw = llm.invoke("score")["raw"]
    assert raw.content == "" and raw.response_metadata["finish_reason"] == "tool_calls"
    assert raw.tool_calls[0]["name"] == "AnswerScore"
    assert raw.tool_calls[0]["id"].startswith("call_")


def test_openai_custom_and_generic_structured(oai_server: FakeOpenAI) -> None:
    result = openai_client(oai_server).with_structured_output(Pet, method="json_schema").invoke("pet")
    assert isinstance(result, Pet) and result.legs == 3
    oai_server.structured = {"name": "Rex", "legs": 4, "tags": ["good"]}
    for method in ("json_schema", "function_calling"):
        result = openai_client(oai_server).with_structured_output(Pet, method=method).invoke("pet")
        assert result == Pet(name="Rex", legs=4, tags=["good"])


def test_openai_json_schema_falls_back_to_tools_for_old_default_model(oai_server: FakeOpenAI) -> None:
    """Gotcha: ChatOpenAI's default model (gpt-3.5-turbo) makes method="json_schema" send tools instead."""
    llm = ChatOpenAI(base_url=oai_server.base_url, api_key="sk-test", max_retries=0, timeout=5)
    with pytest.warns(UserWarning, match="json_schema"):
        result = llm.with_structured_output(AnswerScore, method="json_schema").invoke("s")
    assert isinstance(result, AnswerScore)
    assert oai_server.last["json"]["model"] == "gpt-3.5-turbo"
    assert "tools" in oai_server.last["json"] and "response_format" not in oai_server.last["json"]


def test_openai_models_list(oai_server: FakeOpenAI) -> None:
    llm = openai_client(oai_server)
    assert "gpt-4o-mini" in [m.id for m in llm.root_client.models.list()]
    assert oai_server.last["method"] == "GET" and oai_server.last["path"] == "/v1/models"
    assert oai_server.last["headers"]["authorization"] == "Bearer sk-test"


@pytest.mark.parametrize(
    ("mode", "error", "status"),
    [
        ("500", openai.InternalServerError, 500),
        ("429", openai.RateLimitError, 429),
        ("401", openai.AuthenticationError, 401),
        ("400", openai.BadRequestError, 400),
    ],
)
@pytest.mark.parametrize("streaming", [False, True])
def test_openai_http_errors(oai_server: FakeOpenAI, mode: str, error: type[Exception], status: int,
                            streaming: bool) -> None:
    oai_server.mode = mode
    llm = openai_client(oai_server, stream_usage=True)
    with pytest.raises(error) as info:
        if streaming:
            list(llm.stream("hi"))
        else:
            llm.invoke("hi")
    assert info.value.status_code == status
    assert "sk-test" not in str(info.value) and "sk-test" not in info.value.response.text
    assert isinstance(info.value.body, dict) and "message" in info.value.body
    if mode == "429":
        assert info.value.response.headers["retry-after"] == "0"
    assert oai_server.count() == 1  # max_retries=0: no retry


def test_openai_hang_times_out(oai_server: FakeOpenAI) -> None:
    oai_server.mode = "hang"
    started = time.time()
    with pytest.raises(openai.APITimeoutError):
        openai_client(oai_server, timeout=1).invoke("hi")
    assert 0.9 < time.time() - started < 2.5
    assert oai_server.count() == 1


def test_openai_stall_mid_stream_times_out_after_partial_output(oai_server: FakeOpenAI) -> None:
    oai_server.mode = "stall"
    received: list[str] = []
    with pytest.raises(openai.APITimeoutError):
        for chunk in openai_client(oai_server, timeout=0.5).stream("hi"):
            received.append(str(chunk.content))
    assert "".join(received) == "".join(split_text(DEFAULT_REPLY, 4)[:2])


def test_openai_cut(oai_server: FakeOpenAI) -> None:
    oai_server.mode = "cut"
    with pytest.raises(openai.APIConnectionError) as info:
        openai_client(oai_server).invoke("hi")
    assert httpx.RemoteProtocolError not in cause_chain(info.value)  # openai uses httpx2, not httpx
    assert any(t.__name__ == "RemoteProtocolError" for t in cause_chain(info.value))

    oai_server.cut_after = 3
    received: list[str] = []
    with pytest.raises(openai.APIConnectionError):
        for chunk in openai_client(oai_server).stream("hi"):
            received.append(str(chunk.content))
    assert "".join(received) == "".join(split_text(DEFAULT_REPLY, 4)[:3])


def test_openai_malformed(oai_server: FakeOpenAI) -> None:
    oai_server.mode = "malformed"
    with pytest.raises(json.JSONDecodeError):
        openai_client(oai_server).invoke("hi")
    with pytest.raises(json.JSONDecodeError):
        list(openai_client(oai_server).stream("hi"))


def test_openai_schema_violations(oai_server: FakeOpenAI) -> None:
    oai_server.mode = "schema"
    assert openai_client(oai_server).invoke("hi").content == ""
    for method in ("json_schema", "function_calling"):
        with pytest.raises(pydantic.ValidationError, match="between 1 and 5"):
            openai_client(oai_server).with_structured_output(AnswerScore, method=method).invoke("s")
    with pytest.raises(pydantic.ValidationError):
        openai_client(oai_server).with_structured_output(InterviewReport, method="json_schema").invoke("s")


def test_openai_empty(oai_server: FakeOpenAI) -> None:
    oai_server.mode = "empty"
    assert openai_client(oai_server).invoke("hi").content == ""
    chunks = list(openai_client(oai_server, stream_usage=True).stream("hi"))
    assert "".join(str(c.content) for c in chunks) == ""
    with pytest.raises(ValueError, match="parsed"):
        openai_client(oai_server).with_structured_output(AnswerScore, method="json_schema").invoke("s")
    # Gotcha: function calling with no tool call returns None rather than raising.
    assert openai_client(oai_server).with_structured_output(AnswerScore, method="function_calling").invoke("s") is None


def test_openai_fail_times_then_retry_succeeds(oai_server: FakeOpenAI) -> None:
    oai_server.mode, oai_server.fail_times = "429", 1
    reply = openai_client(oai_server, max_retries=2).invoke("hi")
    assert reply.content == DEFAULT_REPLY
    assert oai_server.count("/chat/completions") == 2
    assert [r["headers"]["x-stainless-retry-count"] for r in oai_server.requests] == ["0", "1"]
    # More failures than retries: the last error surfaces after 1 + max_retries requests.
    oai_server.fail_times = 5
    oai_server.reset()
    started = time.time()
    with pytest.raises(openai.RateLimitError):
        openai_client(oai_server, max_retries=2).invoke("hi")
    assert oai_server.count() == 3
    assert time.time() - started < 1, "retry-after-ms: 1 keeps the SDK's retries immediate"


def test_openai_reply_shapes_of_real_servers_as_the_bare_client_sees_them(oai_server: FakeOpenAI) -> None:
    """What the model layer has to cope with (tests/test_llm_http.py shows that it does)."""
    oai_server.reasoning = "<think>plan</think>\n"
    pieces = [str(c.content) for c in openai_client(oai_server).stream("hi")]
    assert "".join(pieces) == "<think>plan</think>\n" + DEFAULT_REPLY
    assert pieces[:2] == ["<thin", "k>pla"]  # the tag itself is split across chunks
    oai_server.reasoning, oai_server.fence_json = "", True
    with pytest.raises(pydantic.ValidationError):  # the SDK's own parser refuses a fenced reply
        openai_client(oai_server).with_structured_output(AnswerScore, method="json_schema").invoke("s")
    oai_server.fence_json, oai_server.reject_stream_options = False, True
    with pytest.raises(openai.BadRequestError, match="Unrecognized request argument supplied: stream_options"):
        list(openai_client(oai_server, stream_usage=True).stream("hi"))
    assert "".join(str(c.content) for c in openai_client(oai_server, stream_usage=False).stream("hi")) == DEFAULT_REPLY
    oai_server.reject_stream_options, oai_server.usage_every_chunk = False, True
    chunks = list(openai_client(oai_server, stream_usage=True).stream("hi"))
    assert sum(1 for c in chunks if c.usage_metadata) >= 4  # the cumulative figure on every chunk
    oai_server.usage_every_chunk, oai_server.echo_key, oai_server.mode = False, True, "401"
    with pytest.raises(openai.AuthenticationError, match="sk-test"):
        openai_client(oai_server).invoke("hi")


async def _openai_async(server: FakeOpenAI) -> tuple[str, list[str]]:
    llm = openai_client(server, stream_usage=True)
    reply = await llm.ainvoke("hi")
    chunks = [str(c.content) async for c in llm.astream("hi")]
    return str(reply.content), chunks


def test_openai_async(oai_server: FakeOpenAI) -> None:
    reply, chunks = run_async(_openai_async(oai_server))
    assert reply == DEFAULT_REPLY and "".join(chunks) == DEFAULT_REPLY
    assert oai_server.last["headers"]["x-stainless-async"].startswith("async")


# --------------------------------------------------------------------------------------------------------
# Gemini over ChatGoogleGenerativeAI


def test_gemini_invoke_records_request(gem_server: FakeGemini) -> None:
    reply = gemini_client(gem_server).invoke("Ask me a question")
    assert reply.content == DEFAULT_REPLY
    assert reply.usage_metadata is not None
    assert (reply.usage_metadata["input_tokens"], reply.usage_metadata["output_tokens"]) == (42, 7)
    assert reply.response_metadata["finish_reason"] == "STOP"
    assert reply.response_metadata["model_name"] == "gemini-2.5-flash"

    request = gem_server.last
    assert request["method"] == "POST"
    assert request["path"] == "/v1beta/models/gemini-2.5-flash:generateContent"
    assert request["headers"]["x-goog-api-key"] == "test-key"
    assert "authorization" not in request["headers"] and "key=" not in request["path"]
    assert request["headers"]["x-server-timeout"] == "5"
    assert request["json"]["contents"] == [{"parts": [{"text": "Ask me a question"}], "role": "user"}]
    assert "generationConfig" in request["json"]


def test_gemini_stream_with_usage(gem_server: FakeGemini) -> None:
    chunks = list(gemini_client(gem_server).stream("hi"))
    assert "".join(str(c.content) for c in chunks) == DEFAULT_REPLY
    assert sum(1 for c in chunks if c.content) == 4
    final = [c for c in chunks if c.usage_metadata][-1]
    assert final.usage_metadata is not None
    assert (final.usage_metadata["input_tokens"], final.usage_metadata["output_tokens"]) == (42, 7)
    assert final.response_metadata["finish_reason"] == "STOP"
    total = chunks[0]
    for chunk in chunks[1:]:
        total += chunk
    assert total.usage_metadata is not None and total.usage_metadata["total_tokens"] == 49
    assert gem_server.last["path"] == "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse"
    assert gem_server.count(":streamGenerateContent") == 1


@pytest.mark.parametrize("schema", [AnswerScore, InterviewReport])
def test_gemini_structured_json_schema(gem_server: FakeGemini, schema: type[BaseModel]) -> None:
    result = gemini_client(gem_server).with_structured_output(schema, method="json_schema").invoke("score")
    assert isinstance(result, schema)
    expected = ANSWER_SCORE if schema is AnswerScore else INTERVIEW_REPORT
    assert result.model_dump() == schema.model_validate(expected).model_dump()
    config = gem_server.last["json"]["generationConfig"]
    assert config["responseMimeType"] == "application/json"
    assert set(config["responseJsonSchema"]["properties"]) == set(schema.model_fields)


def test_gemini_custom_and_generic_structured(gem_server: FakeGemini) -> None:
    llm = gemini_client(gem_server).with_structured_output(Pet, method="json_schema")
    assert llm.invoke("pet") == Pet(name="example", legs=3, tags=["example"])
    gem_server.structured = {"name": "Rex", "legs": 4, "tags": []}
    assert llm.invoke("pet") == Pet(name="Rex", legs=4, tags=[])


@pytest.mark.parametrize(
    ("mode", "error", "code"),
    [
        ("500", genai_errors.ServerError, 500),
        ("429", ChatGoogleGenerativeAIError, 429),
        ("401", ChatGoogleGenerativeAIError, 401),
        ("400", ChatGoogleGenerativeAIError, 400),
    ],
)
@pytest.mark.parametrize("streaming", [False, True])
def test_gemini_http_errors(gem_server: FakeGemini, mode: str, error: type[Exception], code: int,
                            streaming: bool) -> None:
    gem_server.mode = mode
    llm = gemini_client(gem_server)
    with pytest.raises(error) as info:
        if streaming:
            list(llm.stream("hi"))
        else:
            llm.invoke("hi")
    # 4xx are re-raised by LangChain as ChatGoogleGenerativeAIError subclasses from the SDK's ClientError;
    # 5xx as GoogleAPIError, itself a google.genai.errors.ServerError.
    api_error = info.value if isinstance(info.value, genai_errors.APIError) else info.value.__cause__
    assert isinstance(api_error, genai_errors.APIError) and api_error.code == code
    assert "test-key" not in str(info.value)
    assert gem_server.count() == 1  # max_retries=1 means one attempt in total


def test_gemini_hang_times_out(gem_server: FakeGemini) -> None:
    gem_server.mode = "hang"
    started = time.time()
    with pytest.raises(httpx.ReadTimeout):
        gemini_client(gem_server, timeout=1).invoke("hi")
    assert 0.9 < time.time() - started < 2.5
    assert gem_server.count() == 1


def test_gemini_cut(gem_server: FakeGemini) -> None:
    gem_server.mode = "cut"
    with pytest.raises(httpx.RemoteProtocolError):
        gemini_client(gem_server).invoke("hi")
    received: list[str] = []
    with pytest.raises(httpx.RemoteProtocolError):
        for chunk in gemini_client(gem_server).stream("hi"):
            received.append(str(chunk.content))
    assert "".join(received) == "".join(split_text(DEFAULT_REPLY, 4)[:2])


def test_gemini_malformed(gem_server: FakeGemini) -> None:
    gem_server.mode = "malformed"
    with pytest.raises(json.JSONDecodeError):
        gemini_client(gem_server).invoke("hi")
    with pytest.raises(genai_errors.UnknownApiResponseError):
        list(gemini_client(gem_server).stream("hi"))


def test_gemini_schema_violations_and_empty(gem_server: FakeGemini) -> None:
    for mode in ("schema", "empty"):
        gem_server.mode = mode
        assert gemini_client(gem_server).invoke("hi").content == ""
        with pytest.raises(OutputParserException):
            gemini_client(gem_server).with_structured_output(AnswerScore, method="json_schema").invoke("s")
        with pytest.raises(OutputParserException):
            gemini_client(gem_server).with_structured_output(InterviewReport, method="json_schema").invoke("s")


def test_gemini_fail_times_then_retry_succeeds(gem_server: FakeGemini) -> None:
    gem_server.mode, gem_server.fail_times = "500", 1
    # max_retries=2 means 2 attempts in total; the SDK's backoff (1-2 s by default) is shortened here through
    # per-call http_options, which LangChain merges over the retry options it derives from max_retries.
    fast = {"retry_options": {"attempts": 2, "initial_delay": 0.01, "max_delay": 0.01, "jitter": 0}}
    reply = gemini_client(gem_server, max_retries=2).invoke("hi", http_options=fast)
    assert reply.content == DEFAULT_REPLY
    assert gem_server.count(":generateContent") == 2
    gem_server.mode, gem_server.fail_times = "500", 2
    gem_server.reset()
    with pytest.raises(genai_errors.ServerError):
        gemini_client(gem_server, max_retries=2).invoke("hi", http_options=fast)
    assert gem_server.count() == 2


async def _gemini_async(server: FakeGemini) -> tuple[str, list[str]]:
    llm = gemini_client(server)
    reply = await llm.ainvoke("hi")
    chunks = [str(c.content) async for c in llm.astream("hi")]
    return str(reply.content), chunks


def test_gemini_async(gem_server: FakeGemini) -> None:
    reply, chunks = run_async(_gemini_async(gem_server))
    assert reply == DEFAULT_REPLY and "".join(chunks) == DEFAULT_REPLY
    assert gem_server.count(":streamGenerateContent?alt=sse") == 1
