"""Newcomer finding (session 12): a job's "Power BI" was taken as shown by a CV's "Power Query", and the plan
asked about "related work". Tools that share a word are different tools: a requirement that is a tool's name
is shown only where the lexicon finds that tool, by name, alias or a kind of it, never by a word it shares
with another (Azure DevOps is not Azure, AWS Lambda not AWS Glue). All CVs, jobs and answers are made up."""

from __future__ import annotations

import pytest

from core.analysis.job import mentions
from core.coach.evidence import answer_evidence
from core.coach.evidence_cv import cv_meets
from core.coach.plan import plan_items

OTHER_TOOL = [
    ("Power BI", "Reporting in Excel (pivot tables, Power Query) for the stores team."),
    ("Power BI", "Automated invoice approvals with Power Automate flows."),
    ("Azure", "Release pipelines in Azure DevOps for four teams."),
    ("Google Analytics", "Ran Google Ads campaigns with a £40k monthly budget."),
    ("AWS Glue", "Wrote AWS Lambda functions for image resizing."),
    ("Apache Spark", "Streamed orders through Apache Kafka topics."),
    ("Oracle Database", "Month-end close in Oracle NetSuite."),
]


@pytest.mark.parametrize(("tool", "line"), OTHER_TOOL)
def test_a_tool_is_not_shown_by_another_tool_sharing_its_word(tool: str, line: str) -> None:
    cv = f"Experience\nAnalyst, Bellbrook Foods, 2021 - present\n- {line}\n"
    assert not cv_meets(cv, tool)
    assert not mentions(cv, tool)[0]
    assert answer_evidence("I did this myself. " + line, tool)[0] != "evidenced"


@pytest.mark.parametrize(("tool", "line"), [
    ("Power BI", "Built a Power BI dashboard of weekly sales."),
    ("Power BI", "PowerBI reports for the board."),
    ("Azure", "Moved 12 services to Azure."),
    ("SQL", "Tuned SQL Server queries, cutting report time by half."),  # a kind of it (lexicon instance_of)
    ("CI/CD", "Built the CI pipeline for 20 services."),
])
def test_the_tool_itself_or_a_kind_of_it_still_shows_it(tool: str, line: str) -> None:
    assert cv_meets(f"Experience\n- {line}\n", tool)


def test_the_plan_asks_about_power_bi_as_a_gap_not_as_related_work() -> None:
    cv = ("Dee Walsh\nStock Controller\n\nEXPERIENCE\nStock Controller, Fenmoor Wholesale, Boston - 2019 to present\n"
          "- Cut stock write-offs by 22% with weekly cycle counts.\n\nSKILLS\nExcel (XLOOKUP, Power Query), SAP\n")
    jd = "Inventory Analyst\nWhat you need\n- Power BI for stock reporting.\n- Advanced Excel.\n- Cycle counting."
    items = [i for seed in "abc" for i in plan_items(cv, jd, "Inventory Analyst", interview_type="technical",
                                                     seniority="mid", count=10, company="", seed=seed, focus=None)]
    about = [i.text for i in items if "Power BI" in i.text]
    assert about and all("I don't see on your CV" in t or "doesn't show that yet" in t for t in about), about
