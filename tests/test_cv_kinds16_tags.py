"""CV reading, fresh set 16 (session 16), kind 4: a line of tags run together after an entry's text belongs to that
entry, not to the next one's employer; a later owner in brackets is no part of the employer. Made-up CV, no corpus
text."""

from __future__ import annotations

from tests.cv_helpers import cv_facts

_CV = """Ada Lindqvist
Software Engineer
Experience
Northwind | Oslo, Norway
Software Engineer | 2022 - Present
I rebuilt the invoicing flow with the finance team and cut failed payments by half.
Mentoring Code reviews Stripe HubSpot
Brightlane (Acquired by Northwind) | Oslo, Norway
Junior Software Engineer | 2019 - 2022
I moved the release notes to an automated pipeline and wrote the public API docs.
Pair programming Django Vue.js .NET Core Jenkins
Education
University of Eastbrook | Norway
MSc Computer Science | 2017 - 2019
"""


def test_tags_after_an_entry_pair_with_its_employer_not_the_next():
    pairs = {(s.casefold(), e) for s, e in cv_facts(_CV)["skill_employer_pairs"]}
    assert {("stripe", "Northwind"), ("hubspot", "Northwind"), ("django", "Brightlane"), ("jenkins", "Brightlane")} <= pairs
    assert not {("stripe", "Brightlane"), ("hubspot", "Brightlane")} & pairs


def test_a_later_owner_in_brackets_is_dropped_from_the_employer():
    assert cv_facts(_CV)["employers"] == ["Northwind", "Brightlane"]
