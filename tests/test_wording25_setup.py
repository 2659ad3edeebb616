"""Setup's guesses from a job ad (session 25): an assistant TO a chief is no chief; the company on its own line under
the title, with a remark, its town and a site word after it, or a long school or trust name before its town."""

from core.analysis.job_level import seniority_from_title
from core.documents.job import job_heading


def test_a_title_after_to_or_for_is_whom_the_role_serves_not_its_level():
    assert seniority_from_title("Personal Assistant to the Managing Director") is None
    assert seniority_from_title("Secretary to the Head of Finance") is None
    assert seniority_from_title("Office Coordinator for the Chief Operating Officer") is None
    assert seniority_from_title("Senior PA to the Director of Estates") == "senior"
    assert seniority_from_title("Head of Estates") == "lead"
    assert seniority_from_title("Director of Nursing") == "lead"


def test_company_line_with_a_remark_and_a_site_word_after_its_town():
    ad = ("Pricing Analyst – Grocery Promotions\n"
          "Brackley & Stone (family-run grocer, 80 shops), Bristol head office / hybrid\n"
          "£38,000\n\nWe are looking for a Pricing Analyst.\n")
    assert job_heading(ad)[1] == "Brackley & Stone"


def test_company_line_a_long_school_name_then_its_town():
    ad = ("Teaching Assistant – Reception\n"
          "Holy Cross Roman Catholic Voluntary Aided Infant School, Ipswich\n"
          "Term time only\n\nWe are looking for a caring teaching assistant.\n")
    assert job_heading(ad)[1] == "Holy Cross Roman Catholic Voluntary Aided Infant School"
