"""The newcomer's faults where they are about what the pages show (AppTest, offline coach, made-up
inputs): the company read from a job header that names its place, a job title typed half in lower
case shown in title case, and an answer in another language told the interview's language in the chat."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.test_app_flow import _messages, _shown_message, _texts, answer

JOB = ("Data Engineer — Nordvik Audio, Stockholm\n\nWe are hiring a data engineer to run our batch pipelines.\n"
       "Requirements:\n- ETL/ELT pipelines in Python and SQL\n- Airflow and dbt\n")
SPANISH = ("En mi último trabajo lideré la migración de la base de datos. Primero analicé los riesgos, luego escribí "
           "los scripts y los probé con una copia. Al final migramos dos millones de filas sin cortes.")



def test_a_job_header_with_company_and_place_fills_the_company(setup_page: AppTest) -> None:
    at = setup_page
    at.text_area(key="setup_jd").set_value(JOB).run()
    assert not at.exception, at.exception
    assert at.text_input(key="setup_job_title").value == "Data Engineer"
    assert at.text_input(key="setup_company").value == "Nordvik Audio"


def test_a_half_cased_title_and_a_spanish_answer_in_the_chat(setup_page: AppTest) -> None:
    at = setup_page
    at.button(key="setup_sample").click().run()
    at.text_input(key="setup_job_title").set_value("registered nurse - Emergency Department")
    at.text_input(key="setup_company").set_value("")
    at.slider(key="setup_count").set_value(3)
    at.button(key="setup_start").click().run()
    assert not at.exception, at.exception
    at.switch_page("pages/interview.py").run()
    shown = _texts(at)
    assert "Registered Nurse - Emergency Department" in shown, shown
    assert "registered nurse - Emergency" not in shown
    answer(at, SPANISH)
    chat = "\n".join(_shown_message(m) for m in _messages(at)) + "\n" + _texts(at)
    assert "seems to be in Spanish, and this interview is in English" in chat, chat
