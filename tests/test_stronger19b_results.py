"""What came of a candidate's example is kept, under "Result:", in an answer to "how would you…" or "how do you
explain…" too (newcomer run 19: "We signed two days later at 8%, … raised the total contract value by £360k" was left
out of a situational answer; "Waste came down by half… ended at 4% instead of 15%" came back as "Trade-offs:").
Made-up answers."""

from __future__ import annotations

import re

from tests.stronger_helpers import stronger as _stronger

_HEADS = r"(?:Approach|Steps|Trade-offs|Concepts|Reasoning|Result|Situation|Task|Action|Lesson)"


def part(stronger: str, label: str) -> str:
    """The text under ``label:`` up to the next heading of any outline, without [gaps]; fails when it is absent."""
    found = re.search(rf"\b{label}: (.*?)(?= {_HEADS}: |$)", stronger)
    assert found, (label, stronger)
    return re.sub(r"\[[^\]]*\]", "", found.group(1)).strip()

SITUATIONAL = "A supplier raises its prices by 15% a week before your busiest month. What would you do?"
TECHNICAL = "Sales are 12% under forecast. How do you explain the gap to a non-finance director?"


def test_an_example_result_in_a_plan_is_kept_under_result() -> None:
    answer = ("First I'd ask why - is it their costs, a new customer, or just a test of us? I'd ring my contact, the "
              "account director, before answering in writing. I would not accept 15% as it stands: at Fenwold in 2022 I "
              "had the same thing on a £90k contract. I offered a two-year deal in exchange for holding the price. "
              "We agreed two days later at 4%, and the two-year term saved us £40k.")
    out = _stronger(SITUATIONAL, answer)
    result = part(out, "Result")
    assert "We agreed two days later at 4%, and the two-year term saved us £40k" in result, out
    assert "£40k" not in part(out, "Trade-offs"), out
    assert out.index("Result:") < out.index("Trade-offs:"), out


def test_a_result_is_never_the_trade_off() -> None:
    answer = ("I'd start with what the director cares about, not the ledger. At Corlane, sales for one range came in 12% "
              "under forecast in Q3. I split the gap into price and volume: 8 points were lost volume and 4 points were "
              "discounting. I showed the director one chart with those two bars, and we agreed actions. "
              "Discounting came down by half within a month and the year ended at 3% under instead of 12%.")
    out = _stronger(TECHNICAL, answer)
    assert "Discounting came down by half" in part(out, "Result"), out
    assert "came down" not in part(out, "Trade-offs"), out


def test_a_subject_s_own_outcome_is_no_example_result() -> None:
    answer = ("Columnar storage keeps each column together on disk, so scans read only the columns a query needs. "
              "Compression improved because similar values sit side by side, and storage costs fell by about 5x. "
              "The trade-off is slower single-row updates, which is why row stores still suit transactions.")
    out = _stronger("How does columnar storage speed up analytical queries?", answer)
    assert "Result:" not in out, out
