"""A trade's or a kitchen's one-word title that is also a surname ("Cook", "Baker", "Porter", "Mason") written alone
above its employer is the title, never the employer (session 28, after rc27 F1: "your time at Cook"); the same word
inside a firm's or a person's name stays a name. Made-up CVs."""

from __future__ import annotations

import pytest

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_lines import is_role

CV = """Sam Lee
sam@example.com

EXPERIENCE
{title}
{employer} / 2019 - 2021
- Worked the busiest shifts of the week
Kitchen Porter
The Anchor Inn / 2017 - 2019
- Kept the pass clean
"""


@pytest.mark.parametrize(("title", "employer"), [
    ("Cook", "Harbour Grill"),
    ("Line Cook", "Harbour Grill"),
    ("Baker", "Crust & Crumb Bakery"),
    ("Head Baker", "Crust & Crumb Bakery"),
    ("Porter", "Grand Central Hotel"),
    ("Carpenter", "Oakline Builders Ltd"),
    ("Mason", "Kestrel Stoneworks"),
    ("Joiner", "Pennine Joinery"),
    ("Waiter", "Mama Rosa"),
    ("Housekeeper", "Seaview Lodge"),
    ("Welder", "Northgate Fabrication"),
])
def test_a_trade_title_alone_above_its_employer_is_the_title(title: str, employer: str) -> None:
    jobs = extract_cv_facts(CV.format(title=title, employer=employer))["jobs"]
    assert jobs[0] == (title, employer)
    assert ("Kitchen Porter", "The Anchor Inn") in jobs


@pytest.mark.parametrize("name", ["Baker McKenzie", "Cook County Hospital", "Porter Novelli", "Mason & Co",
                                  "Tim Cook", "Cook and Sons Ltd"])
def test_the_word_inside_a_name_is_no_title(name: str) -> None:
    assert not is_role(name)
