"""Session 22: a job header whose second line is the employer with its region or site ("Oakridge Care North Devon –
Lower Wexcombe"), where the town is too small for the place list, fills the company with the name the text speaks of."""

from core.documents.job import job_heading

_JOB = """Deputy Care Home Manager
Oakridge Care North Devon – Lower Wexcombe

Oakridge Care is looking for a deputy manager for its 60-bed nursing home.

What you need
- NVQ Level 5 in Leadership for Health and Social Care.
"""

_NO_MENTION = """Deputy Care Home Manager
Oakridge Care North Devon – Lower Wexcombe

We are looking for a deputy manager for a 60-bed nursing home.
"""


def test_the_company_is_the_name_the_text_speaks_of():
    assert job_heading(_JOB) == ("Deputy Care Home Manager", "Oakridge Care")


def test_nothing_is_guessed_when_the_text_never_names_it():
    assert job_heading(_NO_MENTION)[1] == ""
