"""CV tips that do not contradict the CV: leading a subject or a team is leadership; a result written
in a sentence ("by 27 percent", "from 3k to 85k") is a measured result even without bullet marks.

Made-up CVs in the shapes a newcomer had (a prose CV with no bullets; a teacher's CV whose only sign
of leadership is "<subject> lead for <phase>").
"""

from __future__ import annotations

import pytest

from core.coach.report import _cv_tips

PROSE_CV = """Dana Okafor
dana.okafor@example.com, Cardiff

I have spent six years in consumer marketing, most recently at Larkspur Foods where as Social Media Lead I
grew the Instagram audience from 2k to 60k followers in eighteen months and ran a team of three.

At Larkspur I also reduced cost per acquisition by 31 percent by moving spend from display into creator
partnerships. Tools: Meta Ads Manager, Sprout Social, Canva.

BA Marketing, Cardiff University 2018."""

TEACHER_CV = """Owen Marsh
Primary Teacher, Swansea

EXPERIENCE
2020-now  Class Teacher, Year 5, Brynmill Primary School
Raised the share of pupils at the expected standard in writing from 58% to 77% in one year. Science lead for Upper KS2; introduced weekly practical investigations.
2017-2020  Class Teacher, Year 1, St Teilo's Primary
Ran a lunchtime chess club for 16 pupils.

EDUCATION
PGCE Primary, Swansea University, 2017"""


def test_a_result_in_a_sentence_counts_as_a_measured_result():
    tips = _cv_tips(PROSE_CV, ["social media"], "Social Media Manager. You will own social media.")
    assert not any("No bullet combines an action with a measured result" in t for t in tips), tips


@pytest.mark.parametrize("line", [
    "Science lead for Upper KS2; introduced weekly practical investigations.",
    "Led the maths department's move to mastery teaching.",
    "Head of Year 6 for two years.",
    "Managed a team of five support staff.",
])
def test_leading_a_subject_or_team_is_leadership(line):
    cv = TEACHER_CV.replace("Science lead for Upper KS2; introduced weekly practical investigations.", line)
    tips = _cv_tips(cv, ["leadership", "safeguarding"], "Requirements: leadership, safeguarding.")
    absent = [t for t in tips if "which your CV does not mention" in t]
    assert absent and "safeguarding" in absent[0], tips
    assert "leadership" not in absent[0], tips


def test_no_leadership_word_still_gets_the_tip():
    cv = TEACHER_CV.replace("Science lead for Upper KS2; introduced weekly practical investigations.",
                            "Introduced weekly practical investigations.")
    tips = _cv_tips(cv, ["leadership"], "Requirements: leadership.")
    assert any("leadership" in t and "does not mention" in t for t in tips), tips


def test_a_cv_with_no_result_anywhere_still_gets_the_tip():
    cv = "Sam Reid\nLondon\n\nI work in marketing at a retailer and write posts for the blog.\nTools: Canva."
    tips = _cv_tips(cv, [], "")
    assert any("No bullet combines an action with a measured result" in t for t in tips), tips


def test_leads_as_prospects_are_not_leadership():
    cv = PROSE_CV.replace("ran a team of three", "wrote the posts myself").replace(
        "Social Media Lead", "social media writer") + "\nGenerated 900 marketing qualified leads; cost per lead fell."
    tips = _cv_tips(cv, ["leadership"], "Requirements: leadership.")
    assert any("leadership" in t and "does not mention" in t for t in tips), tips
