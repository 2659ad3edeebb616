"""The stage attribution of ``bench.bench_cv_stages`` on a made-up CV: each missed or extra fact is put
down to the stage that lost or made it (text reading, sections, entries, lexicon)."""

from __future__ import annotations

from bench.bench_cv_stages import Attribution, attribute, table

APP_TEXT = """Robin Tal
Experience
Platform Engineer
Quarry Systems, 2020 – Present
- Ran the Kafka cluster and wrote Terraform
Education
Eastbrook University, 2014 – 2018
Skills
Kafka, Terraform, Ansible
Tutored at Lantern Works
"""
# the independent reading holds a line the app's reading lost
INDEPENDENT = APP_TEXT + "Also: Nomad\n"
LABELS = {
    "current_title": "Platform Engineer",
    "employers": ["Quarry Systems", "Lantern Works", "Orbit Ltd"],
    "schools": ["Eastbrook University"],
    "skills": ["Kafka", "Terraform", "Ansible", "Nomad"],
    "skill_employer": [("Kafka", "Quarry Systems"), ("Terraform", "Quarry Systems"), ("Kafka", "Lantern Works")],
}
# what the app is made to have read (given, so that only the attribution is under test)
GOT = {
    "current_title": "Platform Engineer",
    "employers": ["Eastbrook University"],
    "schools": ["Eastbrook University"],
    "skills": ["Kafka", "Terraform"],
    "skill_employer": [],
}


def _stages() -> dict[tuple[str, str, object], str]:
    return {(a.kind, a.field, a.value): a.stage for a in attribute(APP_TEXT, INDEPENDENT, LABELS, GOT)}


def test_each_missed_fact_is_put_down_to_its_stage():
    stages = _stages()
    assert stages[("miss", "skills", "nomad")] == "text"  # in the file, not in the app's text
    assert stages[("miss", "employers", "orbit ltd")] == "absent"  # in neither reading
    assert stages[("miss", "employers", "quarry systems")] == "entry"  # in the experience section, not parsed
    assert stages[("miss", "employers", "lantern works")] == "section"  # only in the skills section
    assert stages[("miss", "skills", "ansible")] == "lexicon"  # in the text, not recognised
    assert stages[("miss", "skill_employer", ("kafka", "quarry systems"))] == "via-employer:entry"
    assert stages[("miss", "skill_employer", ("kafka", "lantern works"))] == "via-employer:section"


def test_each_extra_fact_is_put_down_to_its_stage():
    stages = _stages()
    assert stages[("extra", "employers", "eastbrook university")] == "section"  # read from the education section
    assert ("extra", "schools", "eastbrook university") not in stages  # a hit is neither missed nor extra


def test_the_table_counts_each_stage_apart_for_the_older_cvs_and_the_blind7_ones():
    results = [("old_cv", Attribution("miss", "employers", "a", "entry")),
               ("old_cv", Attribution("miss", "employers", "b", "entry")),
               ("blind7_cv", Attribution("miss", "employers", "c", "section")),
               ("blind7_cv", Attribution("miss", "skill_employer", ("s", "c"), "via-employer:section"))]
    text = table(results)
    row = next(line for line in text.splitlines() if line.startswith("| employers | miss |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[2:7] == ["0 / 0", "0 / 0", "0 / 1", "2 / 0", "0 / 0"]  # text, absent, section, entry, lexicon
    assert "- miss skill_employer via-employer:section: 0 / 1" in text
