"""The stronger answer keeps the candidate's sentences whole, in the order told, under the right headings (newcomer,
session 22: a quoted reply to a customer split across two headings; "I'd call them rather than write. A third contact
needs a person." lost its "because"; a first step with its reason filed under "Trade-offs" after the step told later;
"…mattered there because…" put before the story "there" points to; a story's scene, step and result in one sentence all
under "Result:"; "It hasn't drifted since." dropped; ", cutting the run from two days to three hours" cut off).
Made-up answers: a dentist's reception, a bakery, a housing officer, a library, a bus depot, a payroll team."""

from __future__ import annotations

import re

from tests.stronger_helpers import stronger
from tests.test_stronger21 import part

REPLY_Q = "A patient rings to complain for the second time that their appointment was moved without notice. How would you reply?"
REPLY = ("I'd ring them back rather than email, because a second complaint needs a voice. "
         "I'd say: 'Mr Patel, I'm sorry, we moved your appointment twice and nobody told you. That is our mistake. "
         "I've kept the nine o'clock slot on Friday for you and I'll text you the day before.' "
         "Then I'd note the complaint on his record so the next receptionist sees it.")


def test_a_quoted_reply_stays_whole_under_one_heading() -> None:
    out = stronger(REPLY_Q, REPLY)
    quote = ("'Mr Patel, I'm sorry, we moved your appointment twice and nobody told you. That is our mistake. I've kept the "
             "nine o'clock slot on Friday for you and I'll text you the day before.'")
    assert quote in out, out  # the reply as said, in one piece
    heads = re.findall(r"\b(?:Approach|Steps|Trade-offs|Result): ", out[out.index("Mr Patel"):out.index("day before")])
    assert not heads, out  # no heading inside the quoted reply
    assert out.index("day before") < out.index("Then I'd note the complaint"), out  # the step after it stays after it


def test_a_reason_keeps_its_because() -> None:
    out = stronger(REPLY_Q, REPLY)
    assert "I'd ring them back rather than email, because a second complaint needs a voice." in out, out


PLAN_Q = "How would you find out why our bakery's online reviews dropped this quarter?"
PLAN = ("We don't have online reviews at my current shop, but we get comment cards every week. "
        "First I would read the last two months of one-star reviews and sort them by what went wrong, because that shows "
        "where the stars are lost. "
        "Then I'd pick the commonest complaint, for example late collections, and brief the counter staff on it.")


def test_a_step_with_its_reason_is_a_step_in_the_order_told() -> None:
    out = stronger(PLAN_Q, PLAN)
    assert "First I would read the last two months" in part(out, "Steps"), out
    assert out.index("First I would read") < out.index("Then I'd pick"), out
    assert "First I would read" not in part(out, "Trade-offs"), out


BACK_Q = "Your registration as a housing officer: where has it mattered in your work?"
BACK = ("Registration with the institute matters to me every week. "
        "In my last review I logged my training hours, including a reflection on an eviction case where a landlord had "
        "changed the locks on a tenant with no court order. "
        "The registration mattered there because I had to show the landlord that I was acting under the code of conduct, "
        "not just council policy.")


def test_a_sentence_pointing_back_stays_after_what_it_points_to() -> None:
    out = stronger(BACK_Q, BACK)
    assert "mattered there" in out and "changed the locks" in out, out
    assert out.index("changed the locks") < out.index("mattered there"), out


SCENE_Q = "Where has your library qualification changed how you work with readers?"
SCENE = ("I qualified as a librarian in 2015 through my MA at Leeds, so it's behind everything I do. "
         "In my second year a reader with dyslexia wasn't finding books at his level; I asked the council for a "
         "reading-pen loan and used large-print shelf labels with him weekly, and he passed his reading award in Year 3.")


def test_a_scene_told_before_the_steps_in_one_sentence_is_not_the_result() -> None:
    out = stronger(SCENE_Q, SCENE)
    assert "wasn't finding books at his level" not in part(out, "Result"), out
    assert "I asked the council for a reading-pen loan" in part(out, "Action"), out


DRIFT_Q = "A report's total no longer matches the ledger. How do you track down the difference?"
DRIFT = ("Last month our payroll report was 2% lower than the ledger. "
         "I compared it week by week and found the gap was all in overtime: the report took hours at the rota date and "
         "the ledger at the pay date. "
         "I wrote down both rules and added a check that fails if the gap is over 0.5%. "
         "It hasn't drifted since.")


def test_a_short_outcome_pointing_back_is_the_result() -> None:
    out = stronger(DRIFT_Q, DRIFT)
    assert "It hasn't drifted since." in part(out, "Result"), out


INTRO_Q = ("To start, your CV lists your current role as \"Depot controller, Citylink Buses, 2021 - present\". Walk me "
           "through that work and why the operations manager role at Westway is your next step.")
INTRO = ("At Citylink I'm the controller for the north depot. "
         "I plan the duties for 80 drivers each week. "
         "I also moved our duty planning onto a new system, cutting the weekly planning from three days to four hours. "
         "I want the operations manager role at Westway because I want to run a whole depot.")


def test_a_clause_with_figures_in_words_is_never_cut() -> None:
    out = stronger(INTRO_Q, INTRO)
    assert "cutting the weekly planning from three days to four hours" in out, out


CLOSEST_Q = "How would you find the biggest bottleneck in a process you have just inherited?"
CLOSEST = ("The closest is when I took over the returns desk at a garden centre from another supervisor. "
           "I followed ten returns from the till to the shelf and found the bottleneck was the back room: they sat there for three days. "
           "I set up a daily put-back slot with the warehouse team and the wait fell to half a day.")


def test_the_closest_story_starts_with_its_situation_and_ends_with_its_result() -> None:
    out = stronger(CLOSEST_Q, CLOSEST)
    assert "The closest is when I took over the returns desk" in part(out, "Situation"), out
    assert "I set up a daily put-back slot with the warehouse team" in part(out, "Action"), out
    assert "The wait fell to half a day." in part(out, "Result"), out  # its own clause, as said after "and"


def test_what_came_of_the_steps_for_someone_else_is_the_result() -> None:
    out = stronger(SCENE_Q, SCENE)
    assert "He passed his reading award in Year 3." in part(out, "Result"), out
    assert "wasn't finding books at his level" in part(out, "Situation"), out
