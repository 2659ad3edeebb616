"""Evidence quotes and named tools that hold their phrases whole; requirement coverage read as the job
lists it and as the questions asked it; repeated text earning nothing twice (made-up inputs, each failed
before the fix)."""

from __future__ import annotations

from types import SimpleNamespace

from core.analysis.answer import analyse_answer
from core.analysis.job import alternatives
from core.analysis.text import short_quote
from core.coach.report import _coverage_item
from core.coach.score import score_answer
from core.progress import competency_gaps

ANSWER = ("At Nordlicht Cold Storage in Bremen our damage rate was 3.1% and a retailer threatened to leave. "
          "As team lead I took it on: I reviewed two months of incident reports in Google Sheets, saw 70% of "
          "damage came from double-stacked pallets, and brought in height checks at Kiel Harbour Logistics with "
          "the night shift. Damage fell to 1.4%.")


def test_a_quote_never_starts_or_ends_inside_a_name():
    start = ANSWER.index("70%")
    quoted = short_quote(ANSWER, start, start + 3, width=5)
    assert not quoted.startswith("Sheets"), quoted
    assert not quoted.startswith("Sheets,"), quoted
    text = "We ran the trial for a while. Within two weeks the damage claims fell by 30%, and nobody argued."
    start = text.index("30%")
    assert short_quote(text, start, start + 3, width=5).startswith("Within two weeks")
    start = ANSWER.index("brought")
    quoted = short_quote(ANSWER, start, start + 7, width=5)
    assert not quoted.endswith(("Kiel", "Kiel Harbour", "at", "with")), quoted


def test_job_terms_are_quoted_whole():
    jd = "Requirements:\n- Reporting in Power BI\n- Shift planning\n"
    ev = analyse_answer("I built our weekly Power BI report and planned every shift for 40 pickers.",
                        "How do you report on a shift?", jd)
    assert "power bi" in [t.lower() for t in ev.job_overlap], ev.job_overlap
    assert "power" not in ev.job_overlap and "bi" not in ev.job_overlap


def test_an_organisations_name_is_no_tool_named():
    ev = analyse_answer("I ran the inbound dock at Velox Supply Chain for three years and cut dwell time by 20%.",
                        "Tell me about a result you are proud of.")
    assert "Supply chain" not in ev.tools, ev.tools
    ev = analyse_answer("I redesigned our supply chain planning in SAP and cut stock-outs by 20%.",
                        "Tell me about a result you are proud of.")
    assert "Supply chain" in ev.tools and "SAP" in ev.tools


def test_a_common_word_of_another_language_is_no_skill():
    ev = analyse_answer("Dirigí el almacén de Sevilla y formé a 30 personas en el nuevo sistema de escaneo.",
                        "Tell me about your team.")
    assert "Personas" not in ev.tools, ev.tools
    ev = analyse_answer("I wrote three user personas and tested them with 12 customers.", "How do you research users?")
    assert "Personas" in ev.tools


JD_LIST = """Warehouse Team Lead

Requirements:
- Strong reporting skills (Excel, Looker)
- A forklift licence or equivalent
- Experience with SAP or Oracle
- Dashboards (e.g. Tableau, Qlik)
"""


def test_tools_listed_side_by_side_are_separate_requirements():
    assert alternatives(JD_LIST, "Excel") == set()
    assert alternatives(JD_LIST, "SAP") == {"sap", "oracle"}
    assert alternatives(JD_LIST, "Tableau") == {"tableau", "qlik"}
    rows = [("Which tools do you report in?", "I built a weekly Looker dashboard of pick rates for 3 sites.", None)]
    assert _coverage_item("Excel", rows, JD_LIST).status != "evidenced"
    assert _coverage_item("Looker", rows, JD_LIST).status == "evidenced"


def test_a_requirement_the_question_asked_about_is_probed():
    jd = "Requirements:\n- Classroom behaviour management\n- Safeguarding training\n"
    rows = [("A pupil keeps disrupting the lesson and refuses to sit down. What do you do?",
             "Honestly it depends on the day, it is hard to say.", None)]
    assert _coverage_item("Classroom behaviour management", rows, jd).status == "weak"
    rows = [("Which KPIs would you report to the site manager each week?",
             "Honestly it depends on the day, it is hard to say.", None)]
    assert _coverage_item("Metrics", rows, "Requirements:\n- Metrics\n").status == "weak"
    rows = [("Tell me about a time you disagreed with a colleague.", "We talked it through and agreed.", None)]
    assert _coverage_item("Classroom behaviour management", rows, jd).status == "not probed"


def test_repeated_text_earns_no_steps_or_relevance_beyond_its_first_copy():
    once = ("Let me explain. At the depot we had many challenges in peak season, and I worked with the "
            "team to plan shifts, agree overtime and bring in agency staff. ")
    question = "Describe how you would spend your first 90 days in this role."
    padded = score_answer(question, once * 20)
    plain = score_answer(question, once)
    assert padded.relevance.score <= plain.relevance.score
    assert padded.relevance.score <= 3
    assert "Found the steps you would take" not in padded.structure.evidence


def test_a_competency_asked_under_another_name_of_its_topic_is_asked():
    asked = [SimpleNamespace(question="Which KPIs would you review with the shift leads every Monday?", overall=7)]
    gaps = competency_gaps(asked, ["metrics", "budgeting"])
    never = [g.name for g in gaps if g.status == "not probed"]
    assert "metrics" not in never and "budgeting" in never


def test_an_acronym_written_as_a_name_or_an_everyday_word_is_no_tool():
    """A newcomer's football answer ("…we won 4-1 against Ajax at De Kuip…") to a question about ambiguous
    work scored 7/10 with Relevance 5/5: "Ajax" was read as the web technique AJAX, a named tool, so the
    answer counted as about work. An acronym written as a name ("Ajax") or as an everyday word ("send",
    not SEND) names no tool; "SQL" and "sql" still do."""
    from core.analysis.answer import analyse_answer
    from core.coach import score_answer

    question = ("Describe a time you worked on something ambiguous, where the goal or the way to do it was "
                "unclear. How did you make progress?")
    answer = ("My favourite football club is Rotterdam Harbour and last season we won 3-1 against Ajax at home. "
              "The atmosphere with 40,000 fans was incredible and I went with my sister. We sang the whole "
              "match and afterwards we celebrated in the city until late.")
    assert "AJAX" not in analyse_answer(answer, question).tools
    score = score_answer(question, answer, job_description="Operations Manager: warehouse operations, SAP, Lean.",
                         cv_text="Warehouse supervisor")
    assert score.relevance.score <= 2 and score.overall <= 5, score
    assert "something else" in score.relevance.evidence
    assert analyse_answer("I used to send the rota to every driver on Fridays.", question).tools == []
    assert "SQL" in analyse_answer("I rewrote the slow report in sql and cut it to two minutes.", question).tools
