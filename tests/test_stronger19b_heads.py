"""A step told after its place goes under "Action", and a present duty under "Situation", never "Result" (newcomer run 19:
"At Moneybox Health I ran sessions…, so I redesigned it… and we fixed contrast on 30 components" came back as the Result
with the Action gap; "I run facilities, suppliers and the £120k budget, and I supervise three receptionists" as the
Result). Made-up answers."""

from __future__ import annotations

from tests.stronger_helpers import part
from tests.stronger_helpers import stronger as _stronger


def test_a_step_after_its_place_is_the_action_not_the_result() -> None:
    answer = ("I plan for allergies from the first menu draft. At Redfern Kitchen I reviewed every dish with our "
              "supplier sheets and found the sauces weren't labelled, so I rewrote the recipe cards with allergen codes "
              "and we relabelled 40 containers in the walk-in. The kitchen passed its council inspection.")
    out = _stronger("How do you make sure your kitchen handles allergies safely? Give an example.", answer)
    assert "I reviewed every dish" in part(out, "Action"), out
    assert "I reviewed every dish" not in part(out, "Result"), out
    assert "passed its council inspection" in part(out, "Result"), out


def test_present_duties_are_the_situation_not_the_result() -> None:
    answer = ("I have been practice manager at Holt & Rowe since 2020, so five years. I run the rota, the IT contracts "
              "and the £80k budget, and I manage two administrators and the front desk.")
    out = _stronger("Walk me through your management experience: how long, and with how much responsibility?", answer)
    assert "I run the rota" not in part(out, "Result"), out
    assert "I run the rota, the IT contracts and the £80k budget" in out, out
