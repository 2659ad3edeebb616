"""Session 24 (harness: "a 3-question plan names a core skill of the job" 0.71): in a plan of three questions a gap
that is paperwork (a DBS check, a driving licence) or a soft trait ("interpersonal skills") yields its slot to the
job's core skill, a skill of the job's own field; the job's required credential is still asked. Made-up documents."""

from __future__ import annotations

from core.analysis.skills import find_skills, infer_role_family
from core.coach.plan import plan_items


def _short(cv: str, job: str, title: str, seed: str) -> list[str]:
    return [p.text for p in plan_items(cv, job, title, interview_type="mixed", seniority="mid", count=3, seed=seed,
                                       company="", focus=None)]


def _core(job: str, title: str) -> set[str]:
    family = infer_role_family(title, job)
    return {h.name for h in find_skills(job) if h.family == family}


def test_a_teachers_dbs_gap_yields_to_a_teaching_skill() -> None:
    cv = ("Ada Quill\nClass Teacher, Larkrise Primary (2019 - Present)\n- Planned lessons for a Year 5 class of 30.\n"
          "- Used formative assessment each week; behaviour management with a class charter.\n"
          "Qualifications\nQualified Teacher Status (QTS), 2019\n")
    job = ("Year 5 Teacher\nRequirements\n- Qualified Teacher Status (QTS)\n- Enhanced DBS check\n"
           "- Lesson planning and formative assessment\n- Classroom management\n- Parent communication\n")
    core = _core(job, "Year 5 Teacher")
    assert core
    for seed in ("one", "two", "three", "four"):
        plan = _short(cv, job, "Year 5 Teacher", seed)
        assert any(h.name in core for q in plan[1:] for h in find_skills(q)), plan
        assert any("QTS" in q or "Qualified Teacher Status" in q for q in plan), plan


def test_a_sellers_soft_gap_yields_to_a_selling_skill() -> None:
    cv = ("Rory Dunn\nAccount Executive, Brightway Software (2020 - Present)\n- Closed 22 new B2B sales deals in 2023.\n"
          "- Negotiated renewals worth $1.2M.\n")
    job = ("Account Executive\nRequirements\n- 3+ years of B2B sales\n- Negotiation with procurement teams\n"
           "- Excellent interpersonal skills\n")
    core = _core(job, "Account Executive")
    assert core
    for seed in ("one", "two", "three", "four"):
        plan = _short(cv, job, "Account Executive", seed)
        assert not any("interpersonal" in q.lower() for q in plan), plan
        assert any(h.name in core for q in plan[1:] for h in find_skills(q)), plan
