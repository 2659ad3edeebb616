"""Session 16 (nclisten): the interviewer listens to what was already said, and the "why this role" judgement agrees
with itself, in made-up text of other fields.

Kinds: 1. a reason any job could be given is never "a specific reason" (structure) nor the stronger answer's reason;
2. a planned question whose subject an earlier answer already told in detail is not asked again as planned;
3. a generic answer's follow-up presses the question (never "Say more about 'a great company'"), and a generic "why
this role" answer gets a follow-up asking what about this role; 4. the plan probes the job's own duties the CV
meets, not only its tools; 5. a follow-up reply repeating an answer gets a kind notice in the chat (as the report
says), and teaching or nursing titles in other languages have their role family.
"""

from __future__ import annotations

from core.coach.score import score_answer

# ---------------------------------------------------------------- 1. a generic reason is never a specific one

_PAYROLL_JOB = "Payroll officer. Monthly payroll runs, HMRC filings, Sage Payroll, pension auto-enrolment."
_WHY_Q = "What makes you want the payroll officer role at Brindle Logistics?"
_STOCK = ("I'm really excited about this position because it is a great company with a good reputation, and I want to "
          "develop my skills and take on a new challenge.")


def test_a_generic_reason_is_not_found_as_a_specific_one():
    score = score_answer(_WHY_Q, _STOCK, job_description=_PAYROLL_JOB)
    assert score.relevance.score <= 3, score.relevance.evidence
    assert "specific reason" not in score.structure.evidence, score.structure.evidence


def test_the_stronger_answer_never_gives_a_generic_reason_as_the_reason():
    score = score_answer(_WHY_Q, _STOCK, job_description=_PAYROLL_JOB)
    why = score.stronger_answer.split("Why this role:")[1].split("Evidence:")[0]
    assert "[one specific reason" in why, score.stronger_answer
    assert "great company" not in why and "develop my skills" not in why


def test_a_particular_reason_is_still_found_and_kept():
    answer = ("Brindle runs weekly payroll for 900 drivers on Sage, and I want to own a payroll of that size; at "
              "Pell Haulage I cut payroll queries by half by moving payslips online.")
    score = score_answer(_WHY_Q, answer, job_description=_PAYROLL_JOB)
    assert "[one specific reason" not in score.stronger_answer, score.stronger_answer


# ---------------------------------------------------------------- 3. the chat presses what the report judges

_TOOL_Q = "You list Sage at Pell Haulage. What was the hardest problem you have faced in Sage, and which trade-offs did you weigh?"
_PLAN_Q = "How would you handle a colleague who keeps sending timesheets after the payroll cut-off?"
_STOCK_LONG = ("I'm really excited about this position because it is a great company with a good reputation, and I want "
               "to develop my skills and take on a new challenge in a friendly team where I can learn new things.")


def test_stock_reasons_to_another_question_are_redirected_and_scored_as_about_something_else():
    from core.coach.follow_up import follow_up_question, follow_up_reason
    from core.coach.redirect import redirect_question, redirect_reason

    for question in (_TOOL_Q, _PLAN_Q):
        reason = follow_up_reason(question, _STOCK_LONG)
        assert reason == "non_answer", (question, reason)
        redirect = redirect_reason(question, _STOCK_LONG, [], reason=reason)
        assert redirect == ("off_topic", None)
        said = redirect_question(redirect[0], question, answer=_STOCK_LONG) + follow_up_question(reason, question, _STOCK_LONG)
        assert "great company" not in said and "Say more" not in said, said
        score = score_answer(question, _STOCK_LONG, job_description=_PAYROLL_JOB)
        assert score.relevance.score == 1, score.relevance.evidence
        assert score.overall <= 2


def test_a_real_story_with_a_stock_phrase_is_not_redirected():
    from core.coach.follow_up import follow_up_reason

    story = ("At Pell Haulage Sage kept rejecting our pension files, a great challenge for me. I traced it to "
             "forty drivers with two employee records, merged them over a weekend and the next 12 submissions "
             "went through first time.")
    assert follow_up_reason(_TOOL_Q, story) != "non_answer"
    assert score_answer(_TOOL_Q, story, job_description=_PAYROLL_JOB).relevance.score >= 3


_INTRO_Q = ("Let's begin with your time as Payroll Officer at Pell Haulage: what did you own there, and what makes you "
            "want the payroll officer role at Brindle Logistics?")


def test_a_generic_why_this_role_answer_is_asked_what_about_this_role():
    from core.coach.follow_up import follow_up_question, follow_up_reason

    for question in (_INTRO_Q, _WHY_Q):
        reason = follow_up_reason(question, _STOCK_LONG)
        assert reason is not None, question
        text = follow_up_question(reason, question, _STOCK_LONG)
        assert "in particular" in text or "rather than any other" in text, text
        assert "great company" not in text


# ---------------------------------------------------------------- 2. a subject already told is not asked again

_HANDOVER_Q = "What goes into a safe handover at the end of your shift? Which structure do you use?"
_HANDOVER_TOLD = ("On the stroke ward I give handover for 8 patients at the end of every night shift. I use SBAR at the "
                  "bedside: the situation, the background, my assessment and what I recommend, and I hand over any "
                  "outstanding bloods and falls risks first. After two missed medication doses last year we added "
                  "a written handover sheet, and no dose has been missed since.")


def test_a_subject_told_in_detail_covers_its_planned_question():
    from core.coach.covered import covered_by

    assert covered_by(_HANDOVER_Q, ["I enjoy nights on the ward.", _HANDOVER_TOLD]) == 1
    # a passing mention, or an answer without detail, covers nothing
    assert covered_by(_HANDOVER_Q, ["Handover at the end of the shift is always busy on our ward and I like it."]) is None
    # a story question asks for a story of its own, whatever was told before
    assert covered_by("Tell me about a time you raised a concern about patient safety. What happened?",
                      [_HANDOVER_TOLD.replace("handover", "patient safety")]) is None


_CV = """Priya Natt
Payroll Officer, Pell Haulage, 2019-present
- Run monthly and weekly payroll for 900 drivers in Sage Payroll
- File RTI submissions to HMRC and manage pension auto-enrolment
Payroll Assistant, Corran Foods, 2016-2019
- Processed timesheets and holiday pay
Skills: Sage Payroll, Excel, HMRC RTI, pensions"""
_JOB = """Payroll Officer - Brindle Logistics
We need a payroll officer to run end-to-end payroll for 1,500 staff.
Requirements:
- Payroll processing in Sage or similar
- HMRC RTI submissions and year-end
- Pension auto-enrolment
- Month-end close support and payroll reconciliations
- Excel (pivot tables, lookups)"""
_CLOSE_TOLD = ("At Pell Haulage I own payroll for 900 drivers and I support the month-end close: I post the payroll "
               "journals and accruals by day 2 and reconcile the payroll accounts. When I started, the close waited "
               "four days for payroll; I moved the overtime cut-off to the 25th and the payroll side now closes on day 2.")


def test_the_interviewer_passes_over_a_planned_subject_already_told():
    from core.coach.covered import covered_by
    from core.coach.turn import next_question_text

    settings = {"interview_type": "mixed", "seniority": "mid", "question_count": 6, "session_id": "s16", "style": "neutral"}

    def ask(number: int, asked: list[str], answers: list[str]) -> str:
        return next_question_text(settings, job_title="Payroll Officer", company="Brindle Logistics", job_description=_JOB,
                                  cv_text=_CV, asked=asked, last_answer=answers[-1] if answers else None,
                                  step={"kind": "question", "number": number, "total": 6}, answers=answers)

    first = ask(1, [], [])
    planned = [ask(n, [first], []) for n in range(2, 7)]
    told = [q for q in planned if covered_by(q, [_CLOSE_TOLD]) is not None]
    assert told, planned  # the plan asks about the month-end close
    asked = [first]
    for number in range(2, 7):
        asked.append(ask(number, asked, [_CLOSE_TOLD]))
    assert not set(told) & set(asked), asked
    assert len(set(asked)) == len(asked)


# ---------------------------------------------------------------- 4. the plan probes the job's own duties

_FAC_JOB = """Facilities Coordinator
Harrowgate Business Park, Reading

Key responsibilities
- Schedule planned preventive maintenance across four office buildings.
- Maintain the asset register and the statutory compliance log.
- Manage contractor permits to work and site inductions.
- Prepare the monthly facilities cost report for the site manager.

About you
- IOSH Managing Safely or similar.
- Good Excel and Outlook.
- CAFM experience (Planon) is an advantage."""
_FAC_CV = """Tomasz Wren
Facilities Assistant, Delmore Offices, Slough, 2020-present
- Scheduled preventive maintenance visits for lifts, boilers and fire alarms across two buildings
- Kept the asset register up to date after every contractor visit
- Issued contractor permits to work and ran site inductions for 40 contractors a month
- Built an Excel tracker for statutory compliance certificates
Reception Supervisor, Farley Hotel, 2017-2020
- Ran the front desk team of 5
Skills: Excel, Outlook, Planon, IOSH Working Safely"""
_DUTIES = ("asset register", "contractor permits", "cost report", "preventive maintenance")


def test_the_plan_asks_about_the_jobs_duties_not_only_its_tools():
    from core.coach.plan import plan_questions

    for seed in ("a", "b", "c"):
        plan = plan_questions(_FAC_CV, _FAC_JOB, "Facilities Coordinator", count=6, seed=seed)
        assert any(d in q.lower() for q in plan for d in _DUTIES), plan
        # a tool the job names only as an advantage is never asked ahead of its duties
        assert not any("planon" in q.lower() or "cafm" in q.lower() for q in plan), plan


# ---------------------------------------------------------------- 5. a repeated follow-up reply is said in the chat

_GARDEN_Q1 = "Tell me about a time you turned round a plant area that was losing money."
_GARDEN_Q2 = "Describe a time you had to make a decision without all the information you wanted."
_GARDEN_STORY = ("At Ashby Garden Centre the houseplant area was losing about £900 a month to waste. I checked the "
                 "sales by line for six weeks, cut the twelve slowest lines, moved watering to a morning rota and "
                 "trained two staff on it. Waste fell to £200 a month within a quarter.")


def test_a_follow_up_reply_repeating_an_answer_gets_a_kind_notice_in_the_chat(tmp_path, monkeypatch):
    import core.coach.turn as turn
    from core.interview import InterviewEngine
    from core.models.chains import build_chains
    from core.settings import Settings
    from core.storage import InterviewStore

    asked = iter([_GARDEN_Q1, _GARDEN_Q2])
    monkeypatch.setattr(turn, "_next_planned", lambda *a, **k: next(asked))
    store = InterviewStore(str(tmp_path / "notice.duckdb"))
    try:
        engine, chains = InterviewEngine(store), build_chains(Settings())
        session_id = engine.create(job_title="Garden Centre Supervisor", company="", job_description="",
                                   cv_text="", question_count=2)
        while list(engine.stream_next(chains, session_id)):
            engine.submit_answer(chains, session_id, _GARDEN_STORY)  # the same story to everything
        messages = engine.load(session_id).messages
    finally:
        store.close()
    follow_ups = [m for m in messages if m.kind == "follow_up"]
    assert any(m.question_no == 2 for m in follow_ups)  # the repeat was redirected, and answered with it again
    notices = [m.content for m in messages if m.kind == "notice"]
    assert any("same answer as for question 1" in n for n in notices), notices
    questions = [m.content for m in messages if m.kind in ("question", "follow_up")]
    assert not any("counts there rather than here" in q for q in questions)  # never glued to a question


def test_teaching_and_nursing_titles_in_other_languages_have_their_family():
    from core.analysis.skills import infer_role_family

    assert infer_role_family("Profesora de Física y Química (ESO)") == "teaching"
    assert infer_role_family("Professeur des écoles") == "teaching"
    assert infer_role_family("Lehrer für Biologie") == "teaching"
    assert infer_role_family("Enfermero de quirófano") == "healthcare"
    assert infer_role_family("Data Engineer") == "data"
