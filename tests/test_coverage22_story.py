"""A measure told before and after the candidate's own acts, in separate sentences, shows the control of that measure
(session 21 newcomer: "GP and labour cost control — not probed" though the answer said GP was stuck at a figure, what
the chef did, and GP's figure six months later). Made-up text."""

from core.coach.coverage import coverage_item, requirement_evidence
from core.coach.score import score_answer


def test_a_measure_before_and_after_the_own_acts_shows_its_control():
    cases = [
        ("bar margin and staff cost control",
         "At the Anchor our bar margin was stuck at 58% last winter. I re-priced the cocktails, changed the wine list "
         "and moved the glass washer to the cheaper contract. By spring the margin was back at 64%."),
        ("payroll cost control",
         "Payroll was running at 41% of revenue at the Gate Hotel. I rebuilt the housekeeping rota around occupancy "
         "and stopped agency cover on weekdays. Within four months payroll came down to 35%."),
        ("energy cost reduction",
         "Our energy bill at the depot was £14k a month. I put the compressors on timers and swapped the yard lights "
         "for LEDs. Six months later it was £10k."),
    ]
    for requirement, answer in cases:
        found = requirement_evidence(answer, requirement)
        assert found[0] == "evidenced", (requirement, found)
        assert found[1].startswith("I "), found  # the act is quoted, never the figure alone


def test_figures_without_an_own_act_or_without_the_measure_show_nothing():
    assert requirement_evidence("Our bar margin was 58% last winter. The owners changed the wine list. By spring the "
                                "margin was 64%.", "bar margin control")[0] != "evidenced"
    assert requirement_evidence("The project cost £2m. I led a team of five. We delivered in six months.",
                                "energy cost reduction")[0] != "evidenced"
    assert requirement_evidence("Our margin was 58%. I'd re-price the cocktails. It would be 64% by spring.",
                                "bar margin control")[0] != "evidenced"


def test_the_opener_story_counts_in_the_report_row():
    q = "Let's begin with your current role: what do you own there?"
    a = ("I'm sous chef at the Harbour Inn. Last year our food GP was stuck at 62%. I was asked to fix it, so I "
         "re-costed the menu, changed the fish supplier and started a waste log. Within five months GP was 68%.")
    item = coverage_item("GP and labour cost control", [(q, a, score_answer(q, a))])
    assert item.status == "evidenced" and "re-costed" in item.evidence


def test_the_story_act_is_kept_when_another_row_quotes_the_same_sentence():
    from core.coach.report import build_report

    q = "Let's begin with your current role: what do you own there?"
    a = ("I'm sous chef at the Harbour Inn. Last year our food GP was stuck at 62%. I was asked to fix it, so I "
         "re-costed the menu, changed the fish supplier and started a waste log. Within five months GP was 68%.")
    job = "Head Chef\nRequirements:\n- GP and labour cost control\n- managing suppliers"
    report = build_report([{"question": q, "answer": a, "score": score_answer(q, a)}], job_description=job)
    rows = {c.requirement: c.status for c in report.coverage}
    assert rows.get("GP and labour cost control") == "evidenced", rows
