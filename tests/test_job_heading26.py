"""Session 26 newcomer: real job ads left the job title and company empty. A first line with its place and the
agency in a bracket ("Sales Development Representative — Salem, OR (Tustin Recruiting, for a B2B SaaS client)"),
a German "suchen wir … eine:n Business Intelligence Analyst (w/m/x/-)" with "SinnerSchrader gehört zu …". The
reader now takes the title from such a heading or from a "we are looking for / suchen wir / nous recherchons /
buscamos" sentence, the company from "X is a …", "X gehört zu …", "At X, …", and leaves the company empty for a
recruiter's ad placed for a client. Ads shaped like the real ones, with made-up names."""

from __future__ import annotations

import pytest

from core.documents.job import for_a_client, job_heading, sought_title
from pages.ui.job_fields import stated_fields

SDR = ("Sales Development Representative — Salem, OR (Tustin Recruiting, for a B2B SaaS client)\n\n"
       "Hey there! Our Client, a leading B2B SaaS company, is on the hunt for a superstar Sales Development "
       "Representative to join their team in the beautiful city of Salem, OR.\n\nQualifications\n\n"
       "If you're proficient with Salesforce, then you might be who we're looking for!\n")
BI_DE = ("Brandwerk gehört zu den führenden Digitalagenturen Europas mit dem Fokus auf Design und Entwicklung.\n\n"
         "Für unser Hamburger Office suchen wir zum nächstmöglichen Zeitpunkt eine:n **Business Intelligence "
         "Analyst (w/m/x/-)**.\n\n### Was dich bei uns erwartet:\nDu optimierst die Reportingprozesse.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (SDR, ("Sales Development Representative", "")),  # the agency is not the employer, which is unnamed
    (BI_DE, ("Business Intelligence Analyst", "Brandwerk")),
    ("Tallow Analytics is a fast-growing fintech in Leeds.\n\nWe are looking for a Data Analyst to join our "
     "reporting team.\n\n- SQL\n", ("Data Analyst", "Tallow Analytics")),
    ("At Lumen Dental, we care for 4,000 patients a year.\nWe are currently seeking an experienced Dental Nurse "
     "who enjoys working with children.\n", ("Dental Nurse", "Lumen Dental")),
    ("Maison Verel est une agence de communication lyonnaise.\n\nNous recherchons un(e) Chargé de recrutement "
     "(H/F) pour renforcer notre équipe.\n", ("Chargé de recrutement", "Maison Verel")),
    ("Clínica Arenal es un centro médico privado en Sevilla.\n\nBuscamos un Enfermero con experiencia en "
     "quirófano.\n", ("Enfermero", "Clínica Arenal")),
    ("Wir suchen ab sofort einen engagierten Koch (m/w/d) für unser Restaurant am Hafen.\n", ("Koch", "")),
])
def test_title_and_company_from_real_shaped_ads(text: str, expected: tuple[str, str]) -> None:
    title, company = job_heading(text)
    assert (stated_fields((title, company))["setup_job_title"], company) == expected


@pytest.mark.parametrize(("heading", "title"), [
    ("Sales Development Representative — Salem, OR (Tustin Recruiting, for a B2B SaaS client)",
     "Sales Development Representative"),
    ("Warehouse Supervisor – Leeds, hybrid", "Warehouse Supervisor"),
    ("Business Intelligence Analyst (w/m/x/-) – Hamburg", "Business Intelligence Analyst"),
    ("Account Executive | Remote (US, Central time zone)", "Account Executive"),
])
def test_a_heading_with_its_place_after_a_dash_gives_the_title(heading: str, title: str) -> None:
    got = job_heading(f"{heading}\n\nYou will own the pipeline and report weekly to the team lead.\n")[0]
    assert stated_fields((got, ""))["setup_job_title"] == title


@pytest.mark.parametrize("sentence", [
    "We are looking for a candidate who loves data.",          # a person, not a job
    "We are looking for a Salesforce expert to run our CRM.",  # a tool before the person
    "Wir suchen Verstärkung für unser Team.",                  # no article, no title
    "We are always looking for talented people to join our team.",
])
def test_a_sentence_that_names_no_job_gives_no_title(sentence: str) -> None:
    assert sought_title(sentence) == ""


def test_a_recruiters_ad_for_a_client_names_no_company_but_a_labelled_one_stays() -> None:
    assert for_a_client(SDR)
    assert job_heading("Recruiter note\n\nCompany: Northwind Ltd\nJob title: Buyer\n\nFor a retail client.\n") == (
        "Buyer", "Northwind Ltd")
    # a consultancy speaking of its clients is no recruiter's ad
    text = "Data Engineer at Quill Consulting\n\nWe build data platforms for our clients across Europe.\n"
    assert not for_a_client(text)
    assert job_heading(text) == ("Data Engineer", "Quill Consulting")


@pytest.mark.parametrize("first", ["We are a GmbH with 40 staff.", "The role is a hybrid one.",
                                   "Hamburg is a great city to live in.", "Python is a must.",
                                   "Experience with Salesforce is a plus.", "SQL is an advantage."])
def test_a_pronoun_a_generic_word_or_a_place_is_no_company(first: str) -> None:
    assert job_heading(f"{first}\n\nWe are looking for a Buyer to join us.\n") == ("Buyer", "")
