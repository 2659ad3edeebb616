"""A stronger answer cut into short phrases keeps each clause whole and readable (recheck, session 14: "…could be
serious, the others" lost its "then"; "…the rollout, I had never done" lost its "which"; "Then A stroke alert" kept
its capital; a gap ran into the next step). Made-up answers."""

from __future__ import annotations

from core.coach.stronger_limits import in_short_phrases


def test_a_linking_word_stays_with_its_clause():
    answer = "I would handle the rush order first because the client is waiting, then the rest."
    out = in_short_phrases(answer, answer)
    assert ", the rest" not in out
    assert "after that the rest" in out or "then the rest" in out


def test_a_relative_clause_keeps_its_which_or_goes():
    answer = ("In 2020 at Brightmart I was asked to run the stocktake for the whole store, which I had never done. "
              "I read the manual.")
    out = in_short_phrases("In 2020 at Brightmart I was asked to run the stocktake for the whole store, which I had "
                           "never done.", answer)
    assert ", I had never done" not in out


def test_a_joined_sentence_opening_on_a_lowers_it_and_a_gap_ends_its_step():
    from core.coach.score import score_answer

    answer = ("Last spring we were two cashiers short on a Saturday when I was supervisor. I moved two stockers to the "
              "tills, called the area manager for cover, and opened the self-checkout lane. A coach party arrived at "
              "noon and we served all 40 guests in 15 minutes, and we ended the day with zero complaints.")
    out = score_answer("Your store is short of two cashiers on Saturday. How would you keep queues short?",
                       answer).stronger_answer
    assert "Then A " not in out and "then A " not in out
    # a gap closes its step: the next step never runs on from it as if it were words of the sentence
    assert "[your own part in this] Finally" not in out and "[your own part in this] finally" not in out


def test_a_list_cut_from_its_head_goes_with_it():
    answer = "At Brightmart I manage 20 cashiers and 2 supervisors on the weekend shift across tills, returns and stock counts."
    out = in_short_phrases(answer, answer)
    assert "supervisors, returns" not in out
    assert ", returns and stock counts" not in out or "across tills" in out


def test_a_phrase_of_place_or_span_never_gets_an_and():
    answer = "At Porthaven I sell cloud payroll to clinics of 10 to 80 staff members, from the first demo to the contract."
    out = in_short_phrases(answer, answer)
    assert ", and from" not in out and " and from the first demo" not in out


def test_an_answer_off_a_hypotheticals_subject_never_becomes_its_model():
    from core.coach.score import score_answer

    cases = {
        "How do you plan your quarter to make sure you hit your quota?":
            "I would pick the clinics with 50 or more staff first and call the practice manager.",
        "How do you forecast your pipeline to hit the quarterly revenue target?":
            "I would visit the gyms with 300 or more members first and ask for the owner.",
    }
    for question, answer in cases.items():
        out = score_answer(question, answer).stronger_answer
        assert "clinics" not in out and "gyms" not in out, out  # the outline of gaps, not the other subject


def test_the_step_before_a_figures_step_is_kept():
    answer = "I read the manual, shadowed a colleague and ran it aisle by aisle with my 8 staff."
    out = in_short_phrases(answer, answer, joiner="then")
    assert "shadowed a colleague" in out and "8 staff" in out, out
