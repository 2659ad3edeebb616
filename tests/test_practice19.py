"""Session 19: the practice advice (History/Home) named competencies the job never asks for ("Capacity planning",
"KPIs", "Metrics" for an Office Manager job about suppliers, a budget and health and safety): a never-asked
competency comes from the job's own words when it names any of its family's, the family's list only when it
names none."""

from core.progress.practice import core_competencies, job_competencies

FACILITIES_JOB = ("Facilities Manager - Northgate Dental Group\n"
                  "Run the day-to-day running of our two dental surgeries in Bristol.\n"
                  "- Manage contractors, cleaning and the maintenance budget.\n"
                  "- Coordinate fire safety checks and the yearly building inspections.\n"
                  "Requirements: 4+ years facilities experience; contractor negotiation; a calm manner with staff.\n")


def test_a_never_asked_competency_is_one_the_job_names():
    expected = job_competencies("Facilities Manager", FACILITIES_JOB, "")
    assert {"budgeting", "coordination", "health and safety"} <= set(expected), expected
    assert not {"capacity planning", "kpis", "metrics", "root cause analysis"} & set(expected), expected


def test_a_job_naming_none_of_its_family_keeps_the_family_list():
    stub = "Python, SQL, Kafka"
    assert job_competencies("Backend Engineer", stub, "") == core_competencies("Backend Engineer", stub, "")


def test_a_competency_named_in_another_form_counts():
    job = ("Warehouse Shift Lead\n- Plan the rota against the week's volume.\n- Report the KPIs of the shift every morning.\n"
           "- Keep the site safe.\n")
    expected = set(job_competencies("Warehouse Shift Lead", job, ""))
    # session 21: the bank's "plan capacity or staffing" question is filed under capacity planning
    assert "kpis" in expected and expected & {"planning", "capacity planning"}, expected
    assert "supplier failure" not in expected
