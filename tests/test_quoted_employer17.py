"""What is never an employer, whatever else the reading says (session 17, issue 15 point 3): an event or a
distinction taken part in ("IT Challenge", "Programming Contest", "Stipendium"), and a phrase cut out of a sentence
that opens on its preposition ("für die ... gGmbH"). Made-up names."""

from __future__ import annotations

from core.analysis.cv_trust import quotable_employer

CV = """Experience
Data Intern, Harrow Analytics Ltd, 2022 - 2023
- Finalist of the Northgate Bank Data Challenge and the Tarn Coding Contest.
- Ehrenamtlich für die Lindenhof Jugendhilfe gGmbH tätig.
- Awarded the Pell Foundation Stipendium.
"""


def test_an_event_or_a_distinction_is_never_an_employer():
    for name in ("Northgate Bank Data Challenge", "Tarn Coding Contest", "Pell Foundation Stipendium"):
        assert quotable_employer(name, CV) is False, name
    assert quotable_employer("Harrow Analytics Ltd", CV) is True


def test_an_event_word_in_a_registered_name_is_a_name():
    cv = CV + "Challenge Logistics GmbH, 2019 - 2021\n"
    assert quotable_employer("Challenge Logistics GmbH", cv) is True


def test_a_phrase_that_opens_on_a_preposition_is_never_an_employer():
    assert quotable_employer("für die Lindenhof Jugendhilfe gGmbH", CV) is False
    assert quotable_employer("Lindenhof Jugendhilfe gGmbH", CV) is True
