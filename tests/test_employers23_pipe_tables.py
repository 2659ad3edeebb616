"""Session 23: a Markdown CV whose whole work history is one pipe table, with outer pipes, a separator row and
columns beside the title and the employer ("| Employer | Job Title | Description | Timeframe |"), reads each row as
a job: the employer column gives the employer, the title column the title. Made-up Markdown CV."""

from core.analysis.cv import extract_cv_facts
from core.analysis.cv_entry_bounds import table_cells, table_columns

CV = """---
layout: page
title: Resume
---

## Work History

| Employer | Job Title | Description | Timeframe |
| --- | ---| :---: | --- |
| Harbour Books | Bookseller | Ran the children's section and the weekly story hour. | June 2021 to Present |
| Royal Navy | Weapons Engineer | Kept the ship's radar and weapons systems in working order. | 2014 to 2020 |
"""


def test_a_pipe_row_with_outer_pipes_is_split_into_its_cells():
    assert table_cells("| Employer | Job Title | Description | Timeframe |") == [
        "Employer", "Job Title", "Description", "Timeframe"]
    assert table_cells("Organisation | Designation | Duration") == ["Organisation", "Designation", "Duration"]
    assert table_columns(table_cells("| Employer | Job Title | Description | Timeframe |")) == [
        "employer", "role", "description", "dates"]


def test_each_row_of_a_markdown_table_is_a_job():
    facts = extract_cv_facts(CV)
    assert facts["jobs"] == [("Bookseller", "Harbour Books"), ("Weapons Engineer", "Royal Navy")]
    assert facts["current_title"] == "Bookseller"


def test_a_freelance_row_names_no_employer():
    facts = extract_cv_facts(CV.replace("| Harbour Books | Bookseller |", "| Freelance | Web Designer |"))
    assert "Freelance" not in facts["employers"]
    assert ("Weapons Engineer", "Royal Navy") in facts["jobs"]
