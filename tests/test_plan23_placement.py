"""Session 23 (re-check A N10): a behavioural question tied to a CV entry that was a student placement names it as a
placement ("Thinking of your placement at …"), never "your time at …" as if it were a job held. Made-up CV."""

from __future__ import annotations

from core.coach.plan import plan_items

_CV = """ALEX REID
Probation Officer (trainee complete)

EXPERIENCE
Case Manager - Northmoor Housing Trust, Leeds    Sep 2021 - Present
- Manage a caseload of 30 tenants with complex needs and lead multi-agency reviews.
- Reduced rent arrears in my patch from 14% to 6% in a year by setting up payment plans.

Student placement - Youth Offending Team, Hartley Borough Council    Jan 2021 - Jun 2021
- Co-worked referral orders for 5 young people under supervision.

Volunteer Mentor - Leeds Youth Trust    2017 - 2020
- Mentored three young people leaving care.
"""
_JOB = """Youth Justice Officer
Calderbrook Council

Responsibilities
- Hold a caseload of young people on court orders.
- Write pre-sentence reports.
- Work with schools, police and families.

Essential
- Experience of working with young people.
- Ability to manage a caseload and meet deadlines.
"""


def test_a_placement_is_named_as_a_placement_in_a_behavioural_lead() -> None:
    tied = []
    for seed in [f"s{i}" for i in range(16)]:
        for p in plan_items(_CV, _JOB, "Youth Justice Officer", interview_type="behavioral", seniority="mid", count=8,
                            company="Calderbrook Council", seed=seed, focus=None):
            if "Hartley Borough Council" in p.text:
                tied.append(p.text)
                assert "your time at Hartley" not in p.text and "your work at Hartley" not in p.text, p.text
    assert any("your placement at Hartley Borough Council" in t for t in tied), tied
