"""The sidebar's "Test connection" in a real browser: with two providers configured, testing the
second keeps the first one's result on screen, and no key is ever shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.driver import StreamlitServer, wait_for_idle
from tests.fake_servers import FakeOpenAI

pytestmark = pytest.mark.e2e

KEY = "sk-SENTINEL-e2e-connections-41"


def test_each_providers_connection_result_stays_shown(browser, tmp_path: Path):
    with FakeOpenAI() as local, FakeOpenAI(mode="401") as cloud:
        server = StreamlitServer(db_path=str(tmp_path / "connections.duckdb"), env_extra={
            "LOCAL_LLM_BASE_URL": local.base_url, "OPENAI_BASE_URL": cloud.base_url, "OPENAI_API_KEY": KEY,
            "INTERVIEW_PROVIDERS": "local,openai", "INTERVIEW_TIMEOUT_S": "10"})
        server.start()
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.set_default_timeout(30_000)
        try:
            page.goto(server.url)
            sidebar = page.get_by_test_id("stSidebar")
            sidebar.get_by_text("Models and keys").click()
            tests = sidebar.get_by_role("button", name="Test connection", exact=True)
            tests.first.wait_for()
            wait_for_idle(page)
            # the panel lists Local server before OpenAI (the configured order)
            tests.nth(0).click()
            sidebar.get_by_text("Local server (llama3.1) answered in").wait_for()
            wait_for_idle(page)
            tests.nth(1).click()
            sidebar.get_by_text("OpenAI: key rejected. Check the key (it is not shown here).").wait_for()
            wait_for_idle(page)
            assert sidebar.get_by_text("Local server (llama3.1) answered in").is_visible()
            assert KEY not in page.content()
        finally:
            context.close()
            server.stop()
