"""Progress across sessions: trends, the weakest dimension, gaps to practise, chart data.

Everything here reads the store and returns plain data and DataFrames (no streamlit, no Altair:
``pages/ui/charts.py`` draws them), so History and Home stay thin and all of it is testable as
plain Python.

- *Weakest dimension*: the rubric dimension whose answers have the lowest mean over the last sessions
  (one computation, rounded once when shown: Home and History give the same figure).
- *Competencies*: each stored question is matched to the curated bank (``data/question_bank.json``)
  it came from; a competency is weak when its answers average 5/10 or less, and never probed when
  the role family's core competencies (the bank's role questions) were never asked.
- *Job requirements*: from the reports' coverage maps; weak or not probed in every session.
- *Trends* compare like with like: a session is compared with earlier ones of the same role family
  (:func:`core.analysis.skills.infer_role_family` on the job title), never a sales interview with a
  data-science one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pandas as pd

from core.analysis.skills import infer_role_family
from core.coach.bank import load_question_bank
from core.coach.topic import probes
from core.schemas import DIMENSION_HELP, DIMENSION_LABELS, DIMENSIONS, job_label
from core.storage import InterviewStore, ReportRow, ScorePoint, ScoreRow

LAST_SESSIONS = 5
WEAK_ANSWER = 5  # an answer overall (1-10) at or below this is weak
MAX_FOCUS = 6
CHART_LIMIT = 300  # the charts show at most this many most recent sessions


# -- chart data ---------------------------------------------------------------------------------


ScoreRows = list[ScorePoint] | list[dict[str, Any]] | pd.DataFrame  # InterviewStore.scores_over_time or scores_frame


def _frame(rows: ScoreRows) -> pd.DataFrame:
    return rows.copy() if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows)


def family_label(family: str) -> str:
    """How a role family is named in sentences and legends: ``"data roles"``, ``"other roles"``."""
    return "other roles" if family == "general" else f"{family} roles"


@lru_cache(maxsize=1024)
def _family_of(job_title: str) -> str:
    return infer_role_family(job_title)


def score_points(rows: ScoreRows, *, limit: int | None = CHART_LIMIT) -> pd.DataFrame:
    """One point per scored session, oldest first.

    Columns: session_id, date, role, company, label, score (1-10), family (``infer_role_family`` of the
    job title) and family_label (``"data roles"``). Sessions without a score are left out.
    """
    frame = _frame(rows)
    columns = ["session_id", "date", "role", "company", "label", "score", "family", "family_label", "cv"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    frame = frame[frame["overall_score"].notna()].sort_values("created_at")
    if frame.empty:
        return pd.DataFrame(columns=columns)
    if limit:
        frame = frame.tail(limit)
    company = frame["company"].fillna("").astype(str)
    role = frame["job_title"].fillna("").astype(str)
    out = pd.DataFrame({
        "session_id": frame["id"].astype(str),
        "date": pd.to_datetime(frame["created_at"]),
        "role": role,
        "company": company,
        "label": [job_label(r, c) for r, c in zip(role, company, strict=True)],
        "score": frame["overall_score"].astype(float),
        # the CV a session used (a key, never its text); "" when unknown, read as one CV
        "cv": frame["cv_key"].fillna("").astype(str) if "cv_key" in frame.columns else "",
    })
    out["family"] = [_family_of(r) for r in role]
    out["family_label"] = out["family"].map(family_label)
    return out.reset_index(drop=True)[columns]


def _like(points: pd.DataFrame, last: pd.Series) -> pd.DataFrame:
    """The sessions comparable with ``last``: the same role family and the same CV (a session on
    another CV is a different candidate's profile, or an older one: its score is no baseline)."""
    same = points[points["family"] == last["family"]]
    if "cv" in same.columns:
        same = same[same["cv"].fillna("") == (last.get("cv") or "")]
    return same


def dimension_points(rows: ScoreRows, *, limit: int | None = CHART_LIMIT) -> pd.DataFrame:
    """Long format for the per-dimension trend, oldest first: session_id, date, role, company, dimension
    (label), score (1-5), family, family_label (as :func:`score_points`: a chart keeps to one family)."""
    frame = _frame(rows)
    columns = ["session_id", "date", "role", "company", "dimension", "score", "family", "family_label"]
    present = [d for d in DIMENSIONS if d in frame.columns]
    if frame.empty or not present:
        return pd.DataFrame(columns=columns)
    frame = frame.sort_values("created_at")
    if limit:
        frame = frame.tail(limit)
    frame = frame.assign(job_title=frame["job_title"].fillna("").astype(str), company=frame["company"].fillna(""))
    long = frame.melt(id_vars=["id", "created_at", "job_title", "company"], value_vars=present,
                      var_name="dimension", value_name="score").dropna(subset=["score"])
    long = long.rename(columns={"id": "session_id", "created_at": "date", "job_title": "role"})
    long["session_id"] = long["session_id"].astype(str)
    long["date"] = pd.to_datetime(long["date"])
    long["score"] = long["score"].astype(float)
    long["dimension"] = long["dimension"].map(DIMENSION_LABELS)
    long["family"] = [_family_of(r) for r in long["role"]]
    long["family_label"] = long["family"].map(family_label)
    return long.sort_values("date", kind="stable").reset_index(drop=True)[columns]


def families_latest_first(points: pd.DataFrame) -> dict[str, int]:
    """Each role family label of chart points (``"data roles"``) with its number of sessions, the
    family of the latest session first, then the others by their latest session."""
    sessions = points.drop_duplicates("session_id")
    latest = sessions.groupby("family_label")["date"].max().sort_values(ascending=False, kind="stable")
    counts = sessions["family_label"].value_counts()
    return {label: int(counts[label]) for label in latest.index}


def last_change(points: pd.DataFrame) -> tuple[float, float | None]:
    """The last score (1-10) and its change on the previous session of the same role family and the
    same CV (None: no such one)."""
    last = points.iloc[-1]
    same = _like(points, last)
    change = float(last["score"] - same.iloc[-2]["score"]) if len(same) > 1 else None
    return float(last["score"]), change


def trend_sentence(points: pd.DataFrame) -> str:
    """One plain sentence on the scores: the single one, or recent versus the ones before.

    Only sessions of the latest session's role family and CV are compared; when other families are on
    the chart, the sentence says which family it compares, and when the family's other sessions used
    another CV, it says they are not compared.
    """
    if points.empty:
        return "No finished interviews yet: your scores will appear here after your first one."
    latest = points.iloc[-1]
    mixed = points["family"].nunique() > 1
    family = points[points["family"] == latest["family"]]
    same = _like(points, latest)
    scores = same["score"].tolist()
    if len(points) == 1:
        return (f"One finished interview so far: {latest['score']:.0f} / 10 as {latest['label']}. "
                "Finish another to see a trend.")
    if len(scores) == 1 and len(family) > 1:
        return (f"Your last score is {latest['score']:.0f} / 10 as {latest['label']}, your first interview with "
                f"this CV in {latest['family_label']}: the earlier ones used a different CV, so they are not "
                "compared. Practise again with this CV to see a trend.")
    if len(scores) == 1:
        return (f"Your last score is {latest['score']:.0f} / 10 as {latest['label']}, your first interview in "
                f"{latest['family_label']}: practise this family again to see a trend.")
    window = min(3, len(scores) // 2)
    recent = sum(scores[-window:]) / window
    before = sum(scores[-2 * window:-window]) / window
    change = recent - before
    last = "last score" if window == 1 else f"last {window} scores"
    if mixed:
        last += f" in {latest['family_label']}"
    if len(same) < len(family):
        last += " with this CV"
    prior = "the one before" if window == 1 else f"the {window} before"
    average = "is" if window == 1 else "average"
    if abs(change) < 0.05:
        return f"Your {last} {average} {recent:.1f} / 10, level with {prior}."
    direction = "up" if change > 0 else "down"
    return f"Your {last} {average} {recent:.1f} / 10, {direction} {abs(change):.1f} on {prior}."


# -- what to work on ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DimensionFinding:
    """The weakest rubric dimension over some sessions, with every dimension's mean (1-5, unrounded).

    Each mean is over the first-attempt answers of those sessions (a 10-answer session weighs ten times a
    1-answer one), so it is the figure the words say: what the answers averaged. It is rounded once, when
    shown (:attr:`figure`); Home and History both show this figure and :attr:`scope`.
    """

    dimension: str
    average: float
    sessions: int
    averages: dict[str, float]
    answers: int = 0  # the answers the means are over (0: unknown, sessions given without answer counts)

    @property
    def label(self) -> str:
        return DIMENSION_LABELS[self.dimension]

    @property
    def figure(self) -> str:
        """The mean as shown everywhere: ``"1.5 / 5"`` (one decimal, rounded once)."""
        return f"{self.average:.1f} / 5"

    @property
    def scope(self) -> str:
        """What the mean is over: ``"over the 6 answers of your last 3 sessions"``."""
        over = "your last session" if self.sessions == 1 else f"your last {self.sessions} sessions"
        if self.answers:
            answers = "the answer" if self.answers == 1 else f"the {self.answers} answers"
            return f"over {answers} of {over}"
        return f"over {over}"

    def sentence(self) -> str:
        return (f"{self.label} is your weakest dimension: it averaged {self.figure} {self.scope}, "
                f"the lowest of the five. {DIMENSION_HELP[self.dimension]}")


_ACRONYMS = {"api": "API", "sql": "SQL", "seo": "SEO", "kpis": "KPIs", "kpi": "KPI", "ui": "UI", "ux": "UX",
             "qa": "QA", "ml": "ML", "ai": "AI", "crm": "CRM", "erp": "ERP", "edtech": "EdTech"}


def display_name(name: str) -> str:
    """A lower-case competency name as a list shows it: "api design" -> "API design", "code review" ->
    "Code review"; a name with any capital in it is kept as written."""
    if name != name.lower():
        return name
    text = " ".join(_ACRONYMS.get(word, word) for word in name.split())
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class Gap:
    """A competency or job requirement to practise: weak, or never probed."""

    name: str
    kind: str  # "competency" | "requirement"
    status: str  # "weak" | "not probed"
    detail: str

    @property
    def label(self) -> str:
        """The name as shown: a requirement as the job wrote it; a competency (stored lower-case,
        "api design") with a capital and its acronyms ("API design")."""
        return self.name if self.kind == "requirement" else display_name(self.name)


@dataclass
class PracticeSuggestion:
    """The next practice: which role (and the session to copy the job and CV from), and why."""

    job_title: str
    company: str
    source_session_id: str
    sessions: int
    weakest: DimensionFinding | None
    gaps: list[Gap] = field(default_factory=list)

    @property
    def focus(self) -> list[str]:
        """What the new session leans toward: requirements first, then competencies."""
        ordered = ([g for g in self.gaps if g.kind == "requirement" and g.status == "not probed"]
                   + [g for g in self.gaps if g.kind == "requirement" and g.status == "weak"]
                   + [g for g in self.gaps if g.kind == "competency" and g.status == "weak"]
                   + [g for g in self.gaps if g.kind == "competency" and g.status == "not probed"])
        seen: list[str] = []
        for gap in ordered:
            if gap.name not in seen:
                seen.append(gap.name)
        return seen[:MAX_FOCUS]

    def gaps_of(self, kind: str, status: str | None = None) -> list[Gap]:
        return [g for g in self.gaps if g.kind == kind and (status is None or g.status == status)]

    @property
    def role_label(self) -> str:
        return job_label(self.job_title, self.company)


def weakest_dimension(rows: ScoreRows, *, last: int = LAST_SESSIONS) -> DimensionFinding | None:
    """The dimension whose answers have the lowest mean (1-5) over the last ``last`` sessions that have
    dimension scores; None when there are none, or when every dimension shows the same mean (none is
    weaker).

    ``rows``: per-session dimension means with the number of answers they are over (``answers``, as
    :meth:`InterviewStore.scores_frame` gives them); a session's mean is weighted by its answers, so the
    result is the mean over the answers themselves. Rows without ``answers`` weigh one each.
    """
    frame = _frame(rows)
    present = [d for d in DIMENSIONS if d in frame.columns]
    if frame.empty or not present:
        return None
    frame = frame.sort_values("created_at").dropna(subset=present, how="all").tail(last)
    if frame.empty:
        return None
    weights = (pd.to_numeric(frame["answers"], errors="coerce").fillna(1).clip(lower=1) if "answers" in frame.columns
               else pd.Series(1.0, index=frame.index))
    means: dict[str, float] = {}
    for dimension in present:
        scored = frame[dimension].notna()
        if scored.any():
            means[dimension] = float((frame.loc[scored, dimension] * weights[scored]).sum() / weights[scored].sum())
    if not means:
        return None
    if len({f"{m:.1f}" for m in means.values()}) == 1:  # every dimension level as shown (all 5.0 / 5): none weakest
        return None
    worst = min(means, key=lambda d: (means[d], DIMENSIONS.index(d)))
    answers = int(weights.sum()) if "answers" in frame.columns else 0
    return DimensionFinding(dimension=worst, average=means[worst], sessions=len(frame), averages=means,
                            answers=answers)


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip()


@lru_cache(maxsize=1)
def _bank() -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    """(normalised text, competency, kind, families) of every bank question, longest text first."""
    rows = [(_norm(q["text"]), q["competency"], q["kind"], tuple(q["families"])) for q in load_question_bank()]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def competency_of(question: str) -> str | None:
    """The competency a stored question probes, when it came from the curated bank."""
    text = _norm(question)
    for bank_text, competency, _kind, _families in _bank():
        if bank_text and bank_text in text:
            return competency
    return None


def core_competencies(job_title: str, job_description: str = "") -> list[str]:
    """The competencies the bank's role questions probe for this role's family."""
    family = infer_role_family(job_title, job_description)
    found = [c for _t, c, kind, fams in _bank() if kind == "role" and family in fams]
    if not found:
        found = [c for _t, c, kind, fams in _bank() if kind == "role" and "general" in fams]
    return sorted(set(found))


def competency_gaps(answer_rows: list[ScoreRow], expected: list[str]) -> list[Gap]:
    """Weak competencies (answers averaging <= 5/10) and expected ones never asked: by no bank question
    of theirs, nor by a question about their topic (:func:`core.coach.topic.probes`)."""
    scored: dict[str, list[int]] = {}
    for row in answer_rows:
        competency = competency_of(row.question)
        if competency and row.overall is not None:
            scored.setdefault(competency, []).append(int(row.overall))
    gaps: list[Gap] = []
    for competency, values in sorted(scored.items(), key=lambda kv: sum(kv[1]) / len(kv[1])):
        mean = sum(values) / len(values)
        if mean <= WEAK_ANSWER:
            answers = "answer" if len(values) == 1 else "answers"
            gaps.append(Gap(competency, "competency", "weak", f"{mean:.1f} / 10 over {len(values)} {answers}"))
    asked = [row.question for row in answer_rows]
    for competency in expected:
        # asked under another name of its topic ("kpis" for "metrics": data/topic_near_terms.json) is asked
        if competency not in scored and not any(probes(question, competency) for question in asked):
            gaps.append(Gap(competency, "competency", "not probed", "never asked yet for this role"))
    return gaps


_STATUS_RANK = {"not probed": 0, "weak": 1, "evidenced": 2}


def requirement_gaps(reports: list[ReportRow]) -> list[Gap]:
    """Job requirements that no report shows evidenced: weak somewhere, or never probed."""
    best: dict[str, tuple[int, str, int]] = {}  # key -> (rank, requirement as written, reports)
    for report in reports:
        for item in (report.coverage if report is not None else None) or []:
            requirement = str(item.get("requirement") or "").strip()
            if not requirement:
                continue
            key = _norm(requirement)
            rank = _STATUS_RANK.get(str(item.get("status")), 0)
            previous = best.get(key)
            if previous is None:
                best[key] = (rank, requirement, 1)
            else:
                best[key] = (max(previous[0], rank), previous[1], previous[2] + 1)
    gaps: list[Gap] = []
    for rank, requirement, count in best.values():
        if language_requirement(requirement):
            continue  # "Fluent English": the interview itself shows it, or no interview practises it
        times = f"in {count} session{'' if count == 1 else 's'}"  # each report is one finished session
        if rank == _STATUS_RANK["weak"]:
            gaps.append(Gap(requirement, "requirement", "weak", f"only weak evidence {times}"))
        elif rank == _STATUS_RANK["not probed"]:
            gaps.append(Gap(requirement, "requirement", "not probed", f"never probed {times}"))
    return gaps


_FLUENCY_RE = re.compile(r"(?i)\b(?:fluen(?:t|cy)|native|bilingual|proficien(?:t|cy)|business[- ]level|mother tongue|"
                         r"speak(?:er|ing)?|spoken|written|is a plus|an advantage|a bonus|level|C1|C2|B2)\b")


def language_requirement(requirement: str) -> bool:
    """Whether a requirement asks for a language ("Fluent English", "English (C1)", "Dutch is a plus",
    "German speaker"): a language's name in a short requirement with a fluency word, or the name alone.
    Not a practice target: an interview in that language already shows it, and practice in another
    one cannot."""
    from core.analysis.language import known_language_names

    words = re.findall(r"[A-Za-z]+", requirement)
    names = {"English"} | set(known_language_names())
    if not words or len(words) > 6 or not any(w in names for w in words):
        return False
    return len(words) == 1 or bool(_FLUENCY_RE.search(requirement))


def practice_roles(rows: ScoreRows) -> list[str]:
    """Distinct roles of scored sessions, most recent first."""
    frame = _frame(rows)
    if frame.empty:
        return []
    ordered = frame.sort_values("created_at", ascending=False)["job_title"].astype(str)
    seen: dict[str, str] = {}
    for title in ordered:
        seen.setdefault(title.strip().lower(), title.strip())
    return list(seen.values())


def suggest_practice(
    store: InterviewStore,
    *,
    owner: str | None = None,
    job_title: str | None = None,
    last: int = LAST_SESSIONS,
    scores: ScoreRows | None = None,
) -> PracticeSuggestion | None:
    """The next practice for ``job_title`` (default: the most recent scored role), or None."""
    frame = _frame(scores if scores is not None else store.scores_frame(owner=owner))
    if frame.empty:
        return None
    frame = frame.sort_values("created_at")
    if job_title is None:
        job_title = str(frame.iloc[-1]["job_title"])
    same_role = frame[frame["job_title"].astype(str).str.strip().str.lower() == job_title.strip().lower()]
    if same_role.empty:
        return None
    recent = same_role.tail(last)
    latest = recent.iloc[-1]
    source = store.get_session(str(latest["id"]), owner=owner)
    answers: list[ScoreRow] = []
    reports: list[ReportRow] = []
    for session_id in recent["id"].astype(str):
        answers.extend(store.list_answer_scores(session_id))
        report = store.get_report(session_id)
        if report:
            reports.append(report)
    expected = core_competencies(str(latest["job_title"]), source.job_description if source else "")
    return PracticeSuggestion(
        job_title=str(latest["job_title"]),
        company=str(latest["company"] or ""),
        source_session_id=str(latest["id"]),
        sessions=len(recent),
        weakest=weakest_dimension(recent, last=last),
        gaps=requirement_gaps(reports) + competency_gaps(answers, expected),
    )


def practice_state(store: InterviewStore, suggestion: PracticeSuggestion, *, owner: str | None = None) -> dict[str, Any]:
    """Session-state values that prefill the setup page for this practice (job, CV, focus)."""
    source = store.get_session(suggestion.source_session_id, owner=owner)
    if source is None:  # deleted since the suggestion was made: the role alone
        return {"setup_job_title": suggestion.job_title, "setup_company": suggestion.company, "setup_jd": "",
                "setup_cv": "", "setup_cv_filename": None, "setup_focus": suggestion.focus}
    return {
        "setup_job_title": source.job_title,
        "setup_company": source.company,
        "setup_jd": source.job_description,
        "setup_cv": source.cv_text,
        "setup_cv_filename": source.cv_filename,
        "setup_focus": suggestion.focus,
    }
