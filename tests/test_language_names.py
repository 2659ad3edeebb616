"""The second-language rule reads its language names from data/requirement_words.json, the table that also names
each language in the CV languages."""

import json

from core.coach.second_language import DATA_PATH, languages_shown, second_language_shown


def _table() -> dict:
    return json.loads(DATA_PATH.read_text(encoding="utf-8"))


def test_every_named_language_is_a_language_name_of_the_table():
    table = _table()
    assert set(table["languages"]) <= set(table["language_names"]["european"])


def test_the_second_language_rule_knows_every_name_of_the_table_and_only_those():
    names = _table()["language_names"]
    for name in names["european"] + names["other"]:
        assert languages_shown(f"Languages: {name.title()}") == {name}, name
    assert languages_shown("Languages: Klingon, Quenya") == set()
    european, other = names["european"][3].title(), names["other"][0].title()
    assert second_language_shown(f"{european} (native), {other} (fluent)", "a second language") is True
    assert second_language_shown(f"{european} (native), {other} (fluent)", "a second European language") is False
