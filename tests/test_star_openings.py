"""A story's situation told as its opening state, and a result told in words (missing2, session 14)."""

from core.analysis.answer import analyse_answer

Q = "Tell me about a time you solved a problem at work."


def test_an_opening_past_state_is_the_situation():
    ev = analyse_answer(
        "Our clinic's no-show rate was 30% and the front desk had no time to call patients. I set up text "
        "reminders, trained two receptionists to use them and checked the list each Friday. The no-show rate "
        "fell to 12% in four months.", Q)
    assert ev.star.get("situation", "").startswith("Our clinic's no-show rate was 30%")


def test_an_opening_when_clause_is_the_situation():
    ev = analyse_answer("When the stock counts kept coming out wrong I checked the scan logs, found a faulty "
                        "scanner and replaced it.", Q)
    assert ev.star.get("situation") == "When the stock counts kept coming out wrong"


def test_an_opening_habit_or_plan_is_no_situation():
    assert "situation" not in analyse_answer("I always try to stay calm. I would ask my manager first.", Q).star
    assert "situation" not in analyse_answer("I rebuilt the rota, which was hard. Then I told the team.", Q).star


def test_a_result_told_in_words_is_a_result():
    ev = analyse_answer(
        "At a small charity the grant report was two months late. My task was to finish it before the board met. "
        "I gathered the spending records, rebuilt the budget table and wrote the summary. The report was signed "
        "off in two weeks and the funder raised no queries.", Q)
    assert "signed off" in ev.star.get("result", "")
    ev = analyse_answer(
        "Last year a supplier invoice did not match our order. I went through each line with the supplier. The "
        "mismatch was resolved and the year-end review had no findings.", Q)
    assert "result" in ev.star
