"""Session 15, issue 5: a two-column PDF wraps an entry header before its dates ("… Bakery, York" / "— Sept 2020 –
Present"): the dates go back on the header's line, never a bullet of their own (made-up text)."""

import pytest

from core.documents.clean import clean_text


@pytest.mark.parametrize("dates", ["— Sept 2020 – Present", "– 2018 – 2021", "— 03/2019 – heute", "— Jan 2015 to Mar 2017"])
def test_dates_wrapped_under_an_entry_header_join_it(dates):
    text = f"Experience\nHead Baker — Crumb & Co Bakery, York\n{dates}\nBaked 400 loaves a day for 3 shops.\n"
    lines = clean_text(text).split("\n")
    assert lines[1] == f"Head Baker — Crumb & Co Bakery, York {dates}"
    assert lines[2].startswith("Baked")


def test_a_dated_header_or_a_bullet_list_is_left_alone():
    text = "Head Baker, 2016 – 2020\n— 2018 – 2019\n"
    assert clean_text(text).split("\n")[1].startswith("- ")
    text = "Key results:\n— Cut waste by 30%\n— 2019 – 2021 apprenticeship"
    assert clean_text(text).split("\n")[1] == "- Cut waste by 30%"
