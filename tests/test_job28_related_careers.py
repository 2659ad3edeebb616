"""Other jobs a career page lists beside the one advertised ("Related Careers", "Similar jobs", "Other vacancies",
"Ähnliche Stellen") are no requirements of it (session 28 re-check rc28, P2: a pharmacist was asked to "take on pharmacy
technician" and the report marked "Pharmaceutical Sales Representative" as evidenced). Made-up ads."""

from __future__ import annotations

import pytest

from core.analysis.job import extract_requirements

AD = """# {title}

## Requirements
- Registration with the state board of pharmacy
- Experience with medication therapy management
- Knowledge of drug interactions

## {heading}
- Pharmacy Technician
- Physician
- Clinical Pharmacologist
- Pharmaceutical Sales Representative
"""


@pytest.mark.parametrize("heading", ["Related Careers", "Similar jobs", "Other vacancies", "Related roles",
                                     "See also", "Career paths", "Ähnliche Stellen", "Empleos similares"])
def test_a_list_of_other_jobs_gives_no_requirement(heading: str) -> None:
    found = extract_requirements(AD.format(title="Pharmacist", heading=heading))
    assert found, "the requirements section is still read"
    assert not any(w in r.lower() for r in found for w in ("technician", "physician", "pharmacologist", "sales"))


def test_the_same_list_under_a_requirements_heading_is_read() -> None:
    # the rule is the heading's, not the words': a line naming a post under "Requirements" is still read
    found = extract_requirements("# Pharmacy Manager\n\n## Requirements\n- Experience as a Pharmacy Technician "
                                 "supervisor\n- Registration with the state board of pharmacy\n")
    assert any("technician" in r.lower() for r in found), found
