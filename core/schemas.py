"""Structured results shared by the model layer, the offline coach, the store and the pages.

The rubric (``../shared/PRODUCT.md``): five dimensions scored 1-5, each with the words of the
answer it rests on; the overall 1-10 is derived from the dimensions, never free-floating.
"""

from __future__ import annotations

import math
from typing import Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from core.words import display_title

DIMENSIONS: tuple[str, ...] = ("relevance", "structure", "specificity", "depth", "communication")

SKIPPED_ANSWER = "(skipped)"  # what a skipped question's reply reads as, stored and shown to models


def score_text(overall: float | None) -> str:
    """An overall score as shown and exported: ``"7 / 10"``, or ``"No score"`` when nothing was scored."""
    return "No score" if overall is None or overall != overall else f"{overall:.0f} / 10"  # NaN from pandas


def job_label(job_title: str, company: str | None) -> str:
    """The interview's name as shown everywhere: ``"Data Analyst at Acme"``, or the title alone; a
    title typed in lower case or half of it ("registered nurse - Emergency Department") in title case
    (:func:`core.words.display_title`)."""
    title = display_title((job_title or "").strip())
    company = (company or "").strip()
    return f"{title} at {company}" if company else title

def questions_scored(scored: int, asked: int) -> str:
    """How many of the questions asked were scored, in the one wording the Interview and Feedback
    pages, the report, History and the exports all use: "6 of 8 questions scored"."""
    return f"{scored} of {asked} question{'' if asked == 1 else 's'} scored"


DIMENSION_LABELS: dict[str, str] = {
    "relevance": "Relevance",
    "structure": "Structure (STAR)",
    "specificity": "Specificity & evidence",
    "depth": "Depth",
    "communication": "Communication",
}

DIMENSION_HELP: dict[str, str] = {
    "relevance": "Answers the question asked and ties it to the role.",
    "structure": "Situation, task, action, result: easy to follow.",
    "specificity": "Concrete examples, numbers, named tools and outcomes.",
    "depth": "Reasoning, trade-offs and lessons learned.",
    "communication": "Clear and concise, without filler.",
}


def overall_from_dimensions(scores: list[int] | tuple[int, ...]) -> int:
    """Map five 1-5 dimension scores to an overall 1-10 (mean 1 -> 1, mean 5 -> 10)."""
    if not scores:
        return 1
    mean = sum(scores) / len(scores)
    return max(1, min(10, round(1 + (mean - 1) * 9 / 4)))


class DimensionScore(BaseModel):
    """One rubric dimension: a 1-5 score and the quoted words of the answer it rests on."""

    score: int = Field(description="1 (poor) to 5 (excellent)")
    evidence: str = Field(
        description="Words quoted from the candidate's answer that justify the score, "
        "or a short note saying what is absent."
    )

    @field_validator("score")
    @classmethod
    def _in_range(cls, value: int) -> int:
        if not 1 <= value <= 5:
            raise ValueError("dimension score must be between 1 and 5")
        return value


class AnswerScore(BaseModel):
    """The score of one answer on the rubric."""

    relevance: DimensionScore
    structure: DimensionScore
    specificity: DimensionScore
    depth: DimensionScore
    communication: DimensionScore
    missing: list[str] = Field(description="What the answer lacked, as short phrases")
    stronger_answer: str = Field(description="A short sample of a stronger answer")
    overall: int = Field(description="1-10, derived from the five dimension scores")

    @model_validator(mode="after")
    def _derive_overall(self) -> AnswerScore:
        # The overall always follows the dimensions: a model cannot invent it.
        self.overall = overall_from_dimensions(self.dimension_scores())
        return self

    def dimension_scores(self) -> list[int]:
        return [getattr(self, name).score for name in DIMENSIONS]

    def dimension_map(self) -> dict[str, int]:
        return {name: getattr(self, name).score for name in DIMENSIONS}


CoverageStatus = Literal["evidenced", "weak", "not probed"]


class CoverageItem(BaseModel):
    """One job requirement and how well the interview showed it."""

    requirement: str
    status: CoverageStatus
    evidence: str = Field(description="Quoted words from an answer, or empty when not probed")


class InterviewReport(BaseModel):
    """The end-of-interview report. ``overall`` is recomputed from the answer scores."""

    summary: str = Field(description="Two or three sentences on the interview as a whole")
    overall: int = Field(description="1-10, derived from the per-answer scores")
    strengths: list[str]
    weaknesses: list[str]
    cv_tips: list[str] = Field(description="Concrete improvements to the CV for this job")
    coverage: list[CoverageItem] = Field(description="Each job requirement: evidenced, weak or not probed")
    next_steps: list[str] = Field(default_factory=list, description="The three changes that would lift the score most")
    scope_note: str = Field(default="", description="What this report's judge can and cannot assess")
    language_note: str = Field(default="", description="Answers in a language the judge does not analyse, if any")

    @field_validator("overall")
    @classmethod
    def _overall_in_range(cls, value: int) -> int:
        return max(1, min(10, value))


def aggregate_scores(scores: list[AnswerScore]) -> tuple[int | None, dict[str, float]]:
    """Overall 1-10 and per-dimension means (1-5) over answer scores; ``(None, {})`` when none.

    A session with no scored answer has no score at all (not the lowest one): it is stored with
    a NULL overall and stays out of charts, trends and averages.
    """
    if not scores:
        return None, {}
    dims = {name: round(sum(getattr(s, name).score for s in scores) / len(scores), 2) for name in DIMENSIONS}
    # Half up, as people round (4.5 -> 5): Python's round() goes to the even number (4.5 -> 4, 5.5 -> 6).
    overall = max(1, min(10, math.floor(sum(s.overall for s in scores) / len(scores) + 0.5)))
    return overall, dims
