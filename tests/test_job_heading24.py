"""Newcomer re-check, session 23: the German ad "Pflegefachkraft (m/w/d) in Voll- oder Teilzeit" gave the title
"Pflegefachkraft in Voll- oder Teilzeit", so the interviewer said "the Pflegefachkraft in Voll- oder Teilzeit role"
and the report's heading carried the working hours. Working hours and contract kind after a title, in the app's
languages, are the job's terms, not its name. Made-up ads."""

from __future__ import annotations

import pytest

from core.documents.job import job_heading
from core.words import display_title


@pytest.mark.parametrize(("heading", "title"), [
    ("Pflegefachkraft (m/w/d) in Voll- oder Teilzeit", "Pflegefachkraft"),
    ("Altenpfleger (w/m/d) in Vollzeit", "Altenpfleger"),
    ("Koch (m/w/d) Vollzeit / Teilzeit", "Koch"),
    ("Erzieherin in Teilzeit (30 Std.)", "Erzieherin"),
    ("Warehouse Supervisor - Full-time", "Warehouse Supervisor"),
    ("Dental Nurse (Part-Time)", "Dental Nurse"),
    ("Sous Chef, full time", "Sous Chef"),
    ("Receptionist – full or part time", "Receptionist"),
    ("Chargée de recrutement H/F en CDI", "Chargée de recrutement"),
    ("Comptable (H/F) - CDI temps plein", "Comptable"),
    ("Enfermera a jornada completa", "Enfermera"),
    ("Camarero a tiempo parcial", "Camarero"),
])
def test_working_hours_after_a_title_are_not_part_of_it(heading: str, title: str) -> None:
    got_title, _company = job_heading(f"{heading}\nLindenhof Pflege gGmbH, Freiburg\n\nWir suchen Verstärkung.")
    assert display_title(got_title) == title  # the gender mark stays in the field and is left out where shown


@pytest.mark.parametrize("heading", [
    "Part-Time Faculty Coordinator",      # the hours lead the title: part of how the role is named
    "Full Stack Developer",
    "Teilzeitkraft Kasse",                # a word that only starts with the hours
    "Time Recording Analyst",
])
def test_a_title_that_only_names_hours_inside_it_is_kept(heading: str) -> None:
    got_title, _company = job_heading(f"{heading}\nNorthwind Ltd, Leeds\n\nWe are growing.")
    assert got_title == heading


def test_the_original_ad_reads_the_title_and_the_company() -> None:
    ad = ("Pflegefachkraft (m/w/d) in Voll- oder Teilzeit\nSeniorenheim Am Weiher gGmbH, Ulm\n\n"
          "Das Seniorenheim bietet 80 Bewohnern ein Zuhause.")
    title, company = job_heading(ad)
    assert (display_title(title), company) == ("Pflegefachkraft", "Seniorenheim Am Weiher gGmbH")


@pytest.mark.parametrize(("under", "company"), [
    ("Westshire Police", "Westshire Police"),                       # a police force has no "Ltd" or "Trust"
    ("Northdale Constabulary", "Northdale Constabulary"),
    ("Eastmoor Fire and Rescue Service", "Eastmoor Fire and Rescue Service"),
    ("Vale Ambulance Service", "Vale Ambulance Service"),
    ("HM Prison Fenwick", "HM Prison Fenwick"),
    ("Polizei Nordheim", "Polizei Nordheim"),
    ("Talmont Conseil — Paris 9e", "Talmont Conseil"),                # a French arrondissement after the dash
    ("Orveau Études — Lyon 3e", "Orveau Études"),
    ("Brightmoor Analytics — London EC1V 2NX", "Brightmoor Analytics"),  # a postcode after the town
    ("Kessler Werke — 80331 München", "Kessler Werke"),
])
def test_the_line_under_the_title_names_a_public_body_or_a_company_before_its_district(under: str, company: str) -> None:
    ad = f"Call Handler\n{under}\n\nYou will answer calls from the public and record incidents accurately."
    assert job_heading(ad)[1] == company


@pytest.mark.parametrize("under", ["Police and emergency contact", "Fire safety duties apply", "Paris 9e"])
def test_a_line_about_the_job_is_no_company(under: str) -> None:
    ad = f"Call Handler\n{under}\n\nYou will answer calls from the public and record incidents accurately."
    assert job_heading(ad)[1] == ""
