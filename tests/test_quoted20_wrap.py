"""A CV line a PDF wrapped is quoted whole: the stronger answer's "[you could use the CV's …]" and the low-fit note's
"lead with what carries over, such as …" join the wrapped continuation ("…tested with 3" / "thousand shoppers."),
never stop on a bare number (session 19 re-check, the UX run). Made-up CV text laid out as a PDF's lines."""

from core.coach.fit import RoleFit, fit_note
from core.coach.score import score_answer

CV = """Mara Quill
Product Designer
Experience
Product Designer, Tilde Commerce, Leeds
March 2019 – June 2024
Redesigned the checkout flow on web and mobile, usability tested with 3
thousand shoppers.
Set up a component library in Figma shared by 6 teams.
"""


def test_stronger_answer_hint_quotes_the_wrapped_line_whole():
    question = "How would you plan usability testing of a checkout flow on web and mobile?"
    result = score_answer(question, "I don't know.", job_description="Product designer: usability testing.", cv_text=CV)
    stronger = result.stronger_answer
    assert "you could use the CV's" in stronger, stronger
    assert "tested with 3\"" not in stronger and "with 3]" not in stronger
    assert "usability tested with 3 thousand shoppers" in stronger, stronger


def test_low_fit_note_quotes_the_wrapped_line_whole():
    fit = RoleFit(requirements=("Kubernetes", "Terraform", "Go"))
    assert fit.low
    note = fit_note(fit, CV, "Platform engineer: Kubernetes, Terraform, Go.")
    carried = note.split("such as", 1)[1]
    assert "tested with 3\"" not in carried and "with 3…" not in carried, note
    assert carried.startswith(' "Redesigned the checkout flow'), note
