"""A line of belief in the employer's own mission is no requirement; a commitment to a practice is (session 28:
"Commitment to the mission of advancing greater equality" was a requirement row). Every job text here is made up."""

from core.analysis.job import extract_requirements


def test_a_commitment_to_the_mission_is_not_a_requirement():
    jd = ("Data Curator\nWhat you bring\n- Commitment to the mission of advancing greater equality and opportunity.\n"
          "- Experience cleaning large public datasets\n- SQL\n")
    reqs = extract_requirements(jd)
    assert "SQL" in reqs and "cleaning large public datasets" in reqs
    assert not any("mission" in r.lower() for r in reqs), reqs
    fundraiser = ("Fundraising Officer\nAbout you\n- Dedication to our charitable mission\n"
                  "- Experience of donor stewardship\n- Excellent writing skills\n")
    reqs = extract_requirements(fundraiser)
    assert "donor stewardship" in reqs and not any("mission" in r.lower() for r in reqs), reqs


def test_a_commitment_to_a_practice_stays():
    jd = ("Class Teacher\nPerson specification\n- Commitment to safeguarding and promoting the welfare of children\n"
          "- Qualified Teacher Status\n")
    assert "safeguarding" in [r.lower() for r in extract_requirements(jd)]
