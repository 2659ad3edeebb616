"""Session 19 newcomer: the report's coverage rows contradicted the answers. Made-up answers of the same kinds:
someone else's act as evidence, a wish in a relative clause as evidence, an acronym the job gives beside its
expansion unread, a variance broken down not read as variance analysis, and "I'd learned" read as a wish."""

from core.coach.coverage import coverage_item, requirement_evidence
from core.schemas import AnswerScore  # noqa: F401  (rows carry a score or None)

NURSE_JOB = ("Staff Nurse - Children's Ward\nRequirements\n"
             "- Paediatric Immediate Life Support (PILS) certificate, or willingness to obtain within 3 months.\n"
             "- Experience with rota planning.\n")


def _status(answer: str, requirement: str, job: str = "", question: str = "Tell me about your experience.") -> str:
    return coverage_item(requirement, [(question, answer, None)], job).status


def test_someone_elses_act_is_no_evidence():
    answer = ("I haven't done that. Rota planning has always been handled by our scheduling team at Kestrel Foods, "
              "so I've never drawn one up myself.")
    assert requirement_evidence(answer, "rota planning")[0] != "evidenced"
    assert _status(answer, "rota planning") != "evidenced"
    assert requirement_evidence("I did the rota planning for 30 pickers every week.", "rota planning")[0] == "evidenced"
    adopted = "I set up a rota planning process that was adopted by the other two sites."
    assert requirement_evidence(adopted, "rota planning")[0] == "evidenced"


def test_a_wish_in_a_relative_clause_is_no_evidence():
    answer = ("I want this role because it is a bigger site and includes fire safety, which I'd love to own.")
    assert requirement_evidence(answer, "fire safety")[0] != "evidenced"
    other = "The new site covers fire safety, which I'm keen to take on."
    assert requirement_evidence(other, "fire safety")[0] != "evidenced"
    assert requirement_evidence("I ran the fire safety checks, which the auditor praised.", "fire safety")[0] == "evidenced"


def test_the_acronym_the_job_gives_beside_its_expansion_is_evidence():
    answer = ("My PILS was renewed in March. When a toddler arrested on the ward, as the PILS-trained nurse I led the "
              "first four minutes until the crash team arrived.")
    assert _status(answer, "Paediatric Immediate Life Support", NURSE_JOB) == "evidenced"


def test_a_variance_broken_into_its_parts_is_variance_analysis():
    answer = ("Labour costs at the bakery ran 12% over budget, so I split the variance into rate and hours: 8 points "
              "were agency rates and 4 were overtime.")
    assert requirement_evidence(answer, "variance analysis")[0] == "evidenced"


def test_what_i_had_learned_is_no_wish():
    answer = ("I used what I'd learned on the course to build the business case for a second kiln: I modelled the "
              "cash flows over five years and the board approved it.")
    assert requirement_evidence(answer, "building business cases")[0] == "evidenced"
