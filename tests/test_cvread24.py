"""Session 24: the CV reader on layouts nobody tuned on (made-up CV text of the same layouts as the faults)."""

from __future__ import annotations

from core.analysis.cv import extract_cv_facts

# a JSON Resume rendered as text: each job's header written title first in lower case, after the last bullet of the
# job before (the bullet does not end with a full stop)
_LOWER_HEADERS = """Mara Quist
Experience
editor, Harbour Gazette, March 2022 – present
- covered the city council and the schools board
features writer, Northgate Courier, June 2019 – March 2022
- wrote the weekend long reads
copy editor, Millbrook Times, 2016 – 2019
- checked the sports pages
Education
BA Journalism, University of Eastvale, 2012 - 2016
"""


def test_a_lower_case_dated_header_after_a_bullet_is_the_next_job_not_the_bullets_rest() -> None:
    facts = extract_cv_facts(_LOWER_HEADERS)
    assert ("features writer", "Northgate Courier") in [tuple(j) for j in facts["jobs"]]
    assert {"Harbour Gazette", "Northgate Courier", "Millbrook Times"} <= set(facts["employers"])
    assert not any("board" in role or "long reads" in role for role, _ in facts["jobs"])
