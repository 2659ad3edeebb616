"""Lines of a job ad read for what they are (session 25, issue 15 point 2): a "Duties:" heading after an unfinished
line of prose is a heading, an assessment the employer runs is no requirement, "capable of X" asks for X whole, a duty
written "Carefully checks …" is no requirement, pay "according to experience" asks nothing. Made-up ads."""

from core.analysis.job import extract_requirements

HEADING_AFTER_PROSE = """Groundskeeper
Parks Department
Under direction of the parks supervisor carries out grounds maintenance in the borough's parks
Duties:
- Mows lawns and trims hedges using ride-on mowers
- Responsible for all litter bins on the route
- Carefully checks play equipment and logs defects
Requirements:
- Valid driving licence
- Must be capable of safely operating a brush cutter
- A practical skills assessment will be conducted by the depot team
"""


def test_a_colon_heading_after_unfinished_prose_starts_a_section():
    reqs = " | ".join(extract_requirements(HEADING_AFTER_PROSE, limit=40))
    assert "driving licence" in reqs, reqs
    for duty in ("Responsible for all litter", "Carefully checks", "assessment", "conducted"):
        assert duty not in reqs, (duty, reqs)


def test_capable_of_asks_for_the_whole_skill():
    reqs = " | ".join(extract_requirements(HEADING_AFTER_PROSE, limit=40))
    assert "safely operating a brush cutter" in reqs, reqs


PAY_BY_EXPERIENCE = """Restaurant du Port recrute un serveur pour la saison.

Vous avez une expérience en service à table et vous parlez anglais.
Rémunération selon expérience et convention collective. Pas de prime de nuit.
Salary depending on experience.
"""


def test_pay_according_to_experience_is_no_requirement():
    reqs = " | ".join(extract_requirements(PAY_BY_EXPERIENCE, limit=40))
    assert "service à table" in reqs, reqs
    for terms in ("Rémunération", "Salary", "prime", "recrute"):
        assert terms not in reqs, (terms, reqs)


RUN_ON_QUALIFICATIONS = """Paralegal
Qualifications
Ability to manage a caseload of conveyancing files.Excellent legal drafting skills.Sound knowledge of Land Registry forms. Please email your CV with a cover letter.
- Candidates must be fluent in Welsh and English.
- Applicants must hold a current CILEx Level 3 Diploma in Law and Practice.
"""


def test_a_run_on_paragraph_under_a_requirements_heading_is_read_beside_bullets():
    reqs = " | ".join(extract_requirements(RUN_ON_QUALIFICATIONS, limit=40))
    for want in ("legal drafting skills", "Land Registry forms", "conveyancing"):
        assert want in reqs, (want, reqs)
    assert "cover letter" not in reqs, reqs


def test_a_subject_and_must_are_no_part_of_the_requirement():
    reqs = extract_requirements(RUN_ON_QUALIFICATIONS, limit=40)
    assert any(r.startswith("fluent in Welsh") for r in reqs), reqs
    assert any("CILEx Level 3 Diploma in Law and Practice" in r for r in reqs), reqs
    assert not any(r.lower().startswith(("candidates", "applicants", "hold ")) for r in reqs), reqs
