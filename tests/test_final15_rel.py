"""Final re-check of session 15 (relevance): an answer judged off its question is no coverage evidence."""

from core.coach.coverage import counted_answer, coverage_item
from core.coach.score import score_answer

# made up: a question about showing a colleague Kotlin, answered with a hobby that names another tool
_Q = ("Your CV mentions Kotlin at Larkspur Freight. If you were showing a new colleague the ropes in Kotlin, "
      "which example from your own work would you pick, and what would you warn them about?")
_OFF = ("I use PostgreSQL at home to keep my recipe collection and my garden notes in order. I like its elephant "
        "logo and I also enjoy Elm at weekends.")
_ON = ("I built the parcel-tracking service in Kotlin and PostgreSQL at Larkspur Freight, and I would pick it. I "
       "would warn them about null handling with Java libraries: a Java call once returned null and crashed it, so I "
       "added tests and the crashes stopped.")
_REPLY = "(Follow-up: What changed?)\nI moved the recipes to a spreadsheet in PostgreSQL later that year."


def test_a_main_answer_judged_off_its_question_shows_no_requirement():
    off = score_answer(_Q, _OFF)
    assert off.relevance.score <= 2  # the scorer's own judgement: it does not take up what was asked
    assert counted_answer(_OFF, off) == ""
    assert counted_answer(f"{_OFF}\n{_REPLY}", off) == ""
    assert coverage_item("PostgreSQL", [(_Q, _OFF, off)]).status != "evidenced"


def test_an_answer_to_the_question_still_counts():
    on = score_answer(_Q, _ON)
    assert on.relevance.score > 2
    assert counted_answer(_ON, on) == _ON
    assert coverage_item("PostgreSQL", [(_Q, _ON, on)]).status == "evidenced"
    assert coverage_item("PostgreSQL", [(_Q, _ON, None)]).status == "evidenced"  # no score: all of it counts


def test_an_answer_that_tells_no_occasion_is_asked_for_one_not_for_its_outcome():
    from core.coach.follow_up import follow_up_question, follow_up_reason

    # made up: a liking for two named tools, given to questions that ask for an occasion of one's own
    for question, answer in (
        ("Tell me about a time you fixed a slow report.",
         "I prefer PostgreSQL to MySQL because the planner is smarter and the docs are friendlier."),
        ("Your CV mentions Kotlin at Larkspur Freight. Which example from your own work would you show a new colleague?",
         "My favourite languages are Kotlin and Swift because they read cleanly and I like their logos."),
    ):
        reason = follow_up_reason(question, answer)
        assert reason != "no_result", answer
        assert "outcome" not in follow_up_question(reason, question, answer).lower() if reason else True
    # a story of one's own with no result is still asked for its outcome
    story = "Last spring I moved our nightly report from MySQL to PostgreSQL and rewrote its three slowest queries."
    assert follow_up_reason("Tell me about a time you fixed a slow report.", story) == "no_result"


def test_a_term_said_only_inside_a_longer_phrase_of_the_answer_is_not_the_questions():
    from core.analysis.answer import analyse_answer

    # made up: a coaching story whose "merge requests" / "unit tests" are not the question's "requests" / "tests"
    question = "How would you build a rate limiter for an API that takes fifty thousand requests a minute?"
    story = ("I coached two junior developers at Fernwood Labs. One kept opening huge merge requests, so we agreed to "
             "split them under 300 lines, and within a month her reviews came back in a day.")
    assert "requests" not in analyse_answer(story, question).question_overlap
    off = score_answer(question, story)
    assert "picks up the question's terms" not in off.relevance.evidence
    load = "How would you plan load tests for a checkout before a sale?"
    assert "tests" not in analyse_answer("I wrote unit tests for every helper I touched.", load).question_overlap
    # the same word said on its own, or the question's own phrase, still counts
    on = "I would count requests per client in Redis with a sliding window and reject the rest with a 429."
    assert "requests" in analyse_answer(on, question).question_overlap
    review = "What do you check first in a colleague's merge requests?"
    assert "merge" in " ".join(analyse_answer("In merge requests I check the tests first.", review).question_overlap)
