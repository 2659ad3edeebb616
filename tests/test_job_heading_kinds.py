"""Job headers of the "Title – Company" kind: every dash, "at", "@", "|", with or without a place after.

Made-up headers in the shape a newcomer's job description had ("<title> – <company> (<place>, <mode>)"),
where the company was left empty and the whole line became the title.
"""

from __future__ import annotations

import pytest

from core.documents.job import job_heading

BODY = "\n\nWe are a growing team. You will own the roadmap."


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        # a bracketed place and work mode after the company
        ("Brand Partnerships Manager – Quillfeather Insights (Leeds, hybrid)", ("Brand Partnerships Manager", "Quillfeather Insights")),
        ("Brand Partnerships Manager — Quillfeather Insights (Remote)", ("Brand Partnerships Manager", "Quillfeather Insights")),
        # every kind of dash, a place after a second separator
        ("Field Engineer - Tarnwick Energy - Aberdeen", ("Field Engineer", "Tarnwick Energy")),
        ("Field Engineer ‒ Tarnwick Energy ― Aberdeen", ("Field Engineer", "Tarnwick Energy")),
        ("Field Engineer − Tarnwick Energy, Aberdeen", ("Field Engineer", "Tarnwick Energy")),
        ("Field Engineer -- Tarnwick Energy | Aberdeen", ("Field Engineer", "Tarnwick Energy")),
        # bars and at-signs
        ("Product Designer | Velloria | Lisbon", ("Product Designer", "Velloria")),
        ("Product Designer | Velloria Studio", ("Product Designer", "Velloria Studio")),
        ("Product Designer @ Velloria, Lisbon", ("Product Designer", "Velloria")),
        ("Product Designer at Velloria – Lisbon (hybrid)", ("Product Designer", "Velloria")),
    ],
)
def test_title_and_company_are_split(heading, expected):
    assert job_heading(heading + BODY) == expected


def test_a_company_named_in_the_body_is_a_company_without_a_place():
    text = ("Growth Marketer – Ostrava Metrics\n\nOstrava Metrics is a small SaaS company selling dashboards. "
            "We need a growth marketer.")
    assert job_heading(text) == ("Growth Marketer", "Ostrava Metrics")
    text = "Growth Marketer – Ostrava Metrics\n\nAt Ostrava Metrics, you will run experiments."
    assert job_heading(text) == ("Growth Marketer", "Ostrava Metrics")


@pytest.mark.parametrize(
    "heading",
    [
        "Backend Engineer – Payments Team",
        "Staff Nurse – Cardiology Ward (Leeds)",
        "Registered Nurse – Emergency Department, Leeds",
        "Account Executive – EMEA",
        "Data Analyst – Contract",
    ],
)
def test_a_department_or_qualifier_after_the_dash_is_no_company(heading):
    title, company = job_heading(heading + BODY)
    assert company == ""
    assert title.startswith(heading.split(" – ")[0])


def test_a_market_segment_after_the_dash_is_no_company():
    text = "Account Executive - Mid-Market\n\nThe Account Executive - Mid-Market is a grade 6 role."
    assert job_heading(text) == ("Account Executive - Mid-Market", "")
