"""A coverage quote never ends inside a list of acts (session 21: "I mapped every close task, moved accruals", cut at
the "and" of the second of three items). Made-up text."""

from core.coach.coverage import coverage_item
from core.coach.coverage_lists import whole_list
from core.coach.score import score_answer


def test_the_quote_runs_on_to_the_end_of_the_list():
    q = "Walk me through your month-end close."
    a = ("When I joined Dunmore the close took nine days. I mapped every close task, moved accruals and prepayments to "
         "standard journals in Xero, and set a close calendar with owners. Now we close in five days.")
    item = coverage_item("month-end close", [(q, a, score_answer(q, a))])
    assert item.status == "evidenced" and "set a close calendar with owners" in item.evidence, item.evidence


def test_a_long_sentence_is_cut_back_to_its_last_whole_item():
    answer = ("I listed every payroll step, moved overtime and expenses to one import file in Sage after weeks of "
              "testing it with the two payroll clerks and the finance director, and set a cut-off calendar with each "
              "of the eleven department managers across both of our sites.")
    assert whole_list("I listed every payroll step, moved overtime", answer) == "I listed every payroll step"


def test_a_quote_that_ends_its_clause_is_unchanged():
    answer = "I checked the rota, then I rang the agency. The shift was covered."
    assert whole_list("I checked the rota, then I rang the agency", answer) == "I checked the rota, then I rang the agency"
