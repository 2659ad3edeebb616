"""Session 26 newcomer: real job ads filled neither the job title nor the company, and after "Job Title: Data
Analyst / Company: Acme Analytics GmbH" an SDR ad left both in place, silently, above the SDR text. On Setup, a
description now fills what it states; a title or company the app took from the earlier description is replaced, or
emptied with a line saying so when the new one does not state (or mention) it; a typed one is kept with a line
saying what the new one states. AppTest on the Setup page; ads shaped like the newcomer's, made-up names."""

from __future__ import annotations

from tests.test_setup21_new_job import _fields, _upload

LABELLED = b"Job Title: Data Analyst\nCompany: Acme Analytics GmbH\n\nWe are looking for a Data Analyst.\n"
SDR = ("Sales Development Representative \u2014 Salem, OR (Tustin Recruiting, for a B2B SaaS client)\n\n"
       "Hey there! Our Client, a leading B2B SaaS company, is on the hunt for a superstar Sales Development "
       "Representative to join their team in Salem, OR.\n\nQualifications\n\nCold calling, email campaigns.\n")
BI_DE = ("Brandwerk geh\u00f6rt zu den f\u00fchrenden Digitalagenturen Europas.\n\n"
         "F\u00fcr unser Hamburger Office suchen wir zum n\u00e4chstm\u00f6glichen Zeitpunkt eine:n **Business "
         "Intelligence Analyst (w/m/x/-)**.\n\n### Dein Profil:\n- SQL, Python, VBA\n")
NO_HEADING = "Wir suchen Verst\u00e4rkung.\n\n- Lager und Versand\n- Staplerschein\n"


def _notes(at) -> list[str]:
    """The notes as the page shows them (the Markdown escapes of render.plain taken out)."""
    return [i.value.replace("\\", "") for i in at.info if "Kept the" in i.value or "Emptied the" in i.value]


def test_a_job_file_fills_the_title_of_a_heading_with_its_place_and_agency(setup_page) -> None:
    at = setup_page
    _upload(at, "setup_jd_file", "sdr.txt", SDR.encode())
    assert _fields(at) == ("Sales Development Representative", "")  # the agency is not the employer
    at.text_area(key="setup_jd").set_value(BI_DE).run()
    assert _fields(at) == ("Business Intelligence Analyst", "Brandwerk")  # refilled: the app's, not typed
    assert not _notes(at)


def test_a_new_job_replaces_or_empties_what_the_earlier_one_filled_and_says_so(setup_page) -> None:
    at = setup_page
    _upload(at, "setup_jd_file", "acme.txt", LABELLED)
    assert _fields(at) == ("Data Analyst", "Acme Analytics GmbH")
    _upload(at, "setup_jd_file", "sdr.txt", SDR.encode())
    assert not at.exception, at.exception
    assert _fields(at) == ("Sales Development Representative", "")
    assert _notes(at) == ["Emptied the company \u201cAcme Analytics GmbH\u201d: it came from the earlier job "
                          "description, and the new one does not state a company."]
    at.text_area(key="setup_jd").set_value(NO_HEADING).run()  # states neither: the filled title goes too
    assert _fields(at) == ("", "")
    assert any("Emptied the job title \u201cSales Development Representative\u201d" in n for n in _notes(at))


def test_a_typed_title_is_kept_and_the_page_says_what_the_new_job_states(setup_page) -> None:
    at = setup_page
    at.text_input(key="setup_job_title").set_value("Sales Development Representative").run()
    at.text_area(key="setup_jd").set_value(BI_DE).run()
    assert _fields(at) == ("Sales Development Representative", "Brandwerk")
    assert _notes(at) == ["Kept the job title you typed; the new job description says "
                          "\u201cBusiness Intelligence Analyst\u201d."]
    at.text_area(key="setup_jd").set_value(NO_HEADING).run()  # a typed value is never emptied
    assert _fields(at)[0] == "Sales Development Representative"


def test_an_edit_that_drops_the_heading_keeps_a_title_the_text_still_names(setup_page) -> None:
    at = setup_page
    at.text_area(key="setup_jd").set_value(LABELLED.decode()).run()
    assert _fields(at) == ("Data Analyst", "Acme Analytics GmbH")
    at.text_area(key="setup_jd").set_value("We need someone for SQL reporting as our Data Analyst, at Acme "
                                           "Analytics GmbH's Leipzig office.\n").run()
    assert _fields(at) == ("Data Analyst", "Acme Analytics GmbH")
    assert not _notes(at)
