"""Session 25: a Markdown CV page (a Jekyll site's "Experience" page) listing jobs as bullets whose whole text is a
bold employer, each over an indented title line and an italic paragraph, with no dates and the section's name only in
the page's front matter, named no employer (fresh CV set 23 kind). Made-up CV."""

from __future__ import annotations

from core.analysis.cv import extract_cv_facts

CV = """---
layout: page
title: Work history
permalink: /work/
---
* __Northgate Robotics__  
&nbsp;&nbsp;&nbsp;&nbsp;Firmware Engineer Intern  
_Wrote a bootloader test rig in Python and cut flashing time from 40 to 12 seconds. Built a Grafana board for the QA team._

* __Calder Water Authority__  
&nbsp;&nbsp;&nbsp;&nbsp;Graduate Engineer, Telemetry Team  
_Moved 300 pump stations to a new SCADA link and wrote the alarm rules in C._

* __Riverside Cinema__  
&nbsp;&nbsp;&nbsp;&nbsp;Usher  
_Served concessions for hundreds of guests every showing._
"""


def test_each_bold_bullet_over_a_title_line_is_a_job_at_that_employer():
    facts = extract_cv_facts(CV)
    assert facts["employers"] == ["Northgate Robotics", "Calder Water Authority", "Riverside Cinema"]
    assert facts["jobs"][:3] == [("Firmware Engineer Intern", "Northgate Robotics"),
                                 ("Graduate Engineer", "Calder Water Authority"), ("Usher", "Riverside Cinema")]


def test_a_skill_in_the_paragraph_belongs_to_its_employer():
    pairs = set(map(tuple, extract_cv_facts(CV)["skill_employer_pairs"]))
    assert ("Python", "Northgate Robotics") in pairs and ("Grafana", "Northgate Robotics") in pairs
    assert not {skill for skill, employer in pairs if employer == "Northgate Robotics"} & {"SCADA"}
