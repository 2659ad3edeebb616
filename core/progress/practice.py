"""What to practise next (see :mod:`core.progress`): competencies and job requirements that were weak or
never probed, and the session to copy the job and CV from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from core.analysis.job_whole import short_name
from core.analysis.requirement_name import requirement_name
from core.analysis.role_groups import role_group
from core.analysis.skills import infer_role_family
from core.analysis.text import content_stems
from core.coach.bank import bank_texts, grounded, in_region, load_question_bank, setting_fits, side_fits
from core.coach.coverage import unanswered_kind
from core.coach.plan_core import competency_key
from core.coach.plan_text import PAST_EXPERIENCE_TEMPLATES
from core.coach.topic import asked_topics, probes, term_topics
from core.progress.trends import ScoreRows, as_frame
from core.progress.weakest import LAST_SESSIONS, DimensionFinding, weakest_dimension
from core.schemas import job_label
from core.storage import InterviewStore, ReportRow, ScoreRow
from core.words import display_title

WEAK_ANSWER = 5  # an answer overall (1-10) at or below this is weak
MAX_FOCUS = 6


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
    other_cv_sessions: int = 0  # sessions for the role on another CV, left out (another candidate's evidence)
    cv_heading: str = ""  # the first line of the latest session's CV (its candidate's name), "" when empty

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

    @property
    def cv_note(self) -> str:
        """The sentence that says which CV the advice reads when sessions for the role on another CV were
        left out ("" when none were): "Read from your sessions with the CV headed "Sam Doyle": 1 earlier
        session for this role used another CV, so what it showed is not counted here."."""
        if not self.other_cv_sessions:
            return ""
        count = self.other_cv_sessions
        sessions = "1 earlier session" if count == 1 else f"{count} earlier sessions"
        used = "used" if count == 1 else "used other CVs"
        which = f"with the CV headed \u201c{self.cv_heading}\u201d" if self.cv_heading else "with the latest CV"
        another = " another CV" if count == 1 else ""
        return (f"Read from your sessions {which}: {sessions} for this role {used}{another}, so what "
                f"{'it' if count == 1 else 'they'} showed is not counted here.")


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip()


@lru_cache(maxsize=1)
def _bank() -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    """(normalised text, competency, kind, families) of every bank question, longest text first."""
    rows = [(_norm(text), q["competency"], q["kind"], tuple(q["families"])) for q in load_question_bank()
            for text in (*bank_texts(q), *([q["past"]] if q.get("past") else []))]  # asked as a past experience too
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def _past_experience_res() -> tuple[re.Pattern[str], ...]:
    """Each of :data:`core.coach.plan_text.PAST_EXPERIENCE_TEMPLATES`, normalised, its topic a group."""
    out = []
    for template in PAST_EXPERIENCE_TEMPLATES:
        head, _, tail = _norm(template.replace("{topic}", " TOPICSLOT ")).partition("topicslot")
        out.append(re.compile(rf"{re.escape(head.strip())} (?P<topic>.+?) {re.escape(tail.strip())}"))
    return tuple(out)


def competency_of(question: str) -> str | None:
    """The competency a stored question probes, when it came from the curated bank: its text, or a role
    question asked as a past experience of its competency in a behavioural interview ("Tell me about a time
    your attribution work ran into trouble…": :func:`core.coach.plan_text.as_interview_type`)."""
    text = _norm(question)
    for bank_text, competency, _kind, _families in _bank():
        if bank_text and bank_text in text:
            return competency
    competencies = {_norm(c): c for _t, c, _k, _f in _bank()}
    for pattern in _past_experience_res():
        if (found := pattern.search(text)) and found.group("topic") in competencies:
            return competencies[found.group("topic")]
    return None


def core_competencies(job_title: str, job_description: str = "", cv_text: str = "") -> list[str]:
    """The competencies the bank's role questions probe for this role's family; a question tied to a domain
    counts only where the job or the CV gives it grounds; a group of the family (data/role_groups.json: a kitchen's
    hospitality questions) as the plan reads it (:func:`core.analysis.role_groups.role_group`) (:func:`core.coach.bank.grounded`: no "budget cut"
    for a job that never speaks of budgets, costs or finance)."""
    family = infer_role_family(job_title, job_description)
    roles = [q for q in load_question_bank() if q["kind"] == "role" and grounded(q, job_description, cv_text)
             and in_region(q, job_description) and setting_fits(q, job_description, job_title)
             and side_fits(q, job_title, job_description, cv_text)]
    group = role_group(job_title, family)  # a head chef's kitchen questions, as the plan asks them
    found = [q["competency"] for q in roles if (group or family) in q["families"]]
    if group and len(found) < 3:  # as the plan: a hotel's front desk is asked the family's own questions
        found += [q["competency"] for q in roles if family in q["families"]]
    elif group:  # a family question the job itself gives grounds for (stock, waste) counts beside the group's own
        found += [q["competency"] for q in roles if family in q["families"] and q.get("grounds")
                  and grounded(q, job_description, "")]
    if not found:
        found = [q["competency"] for q in roles if "general" in q["families"]]
    return sorted(set(found))


def _named_in(competency: str, job_stems: set[str], job_topics: set[str]) -> bool:
    """Whether a job names ``competency``: each of its content words in some form ("coordination" by
    "Coordinate", "planning" by "Plan"; a stem of 4+ letters that starts the other), or one of its known topics
    (:func:`core.coach.topic.term_topics`: "KPIs" by "metrics", "budgeting" by "costs")."""
    own = content_stems(competency)

    def found(word: str) -> bool:
        return any(word == stem_ or (min(len(word), len(stem_)) >= 4 and (word.startswith(stem_) or stem_.startswith(word)))
                   for stem_ in job_stems)

    return bool(own) and all(found(word) for word in own) or bool(term_topics(competency) & job_topics)


def job_competencies(job_title: str, job_description: str = "", cv_text: str = "") -> list[str]:
    """The competencies practice expects for this job: those of :func:`core_competencies` the job names
    (:func:`_named_in`), or all of them when it names none (a stub such as "Python, SQL, Kafka" says too
    little to choose). Session 19: an Office Manager job (suppliers, a budget, health and safety) was told to
    practise "Capacity planning", "KPIs" and "Metrics", its family's list, not its own."""
    family = core_competencies(job_title, job_description, cv_text)
    job_stems = content_stems(job_description)
    job_topics = asked_topics(job_description)
    named = [competency for competency in family if _named_in(competency, job_stems, job_topics)]
    return named or family


# Competencies one question asks together, beyond :data:`core.coach.plan_core.COMPETENCY_KIN` (one skill under two
# names): designing a system is its architecture (session 19: "Architecture: never asked yet for this role" after the
# URL-shortener design question).
ASKED_TOGETHER: tuple[frozenset[str], ...] = (frozenset({"architecture", "system design"}),)


def asked_with(competency: str, asked_keys: set[str]) -> bool:
    """Whether ``competency`` was asked by a question of the same competency key
    (:func:`core.coach.plan_core.competency_key`: "technical leadership" by a "leadership" question) or of one
    :data:`ASKED_TOGETHER` puts with it. ``asked_keys``: the keys of the competencies the questions asked."""
    key = competency_key(competency)
    return key in asked_keys or any(key in group and asked_keys & group for group in ASKED_TOGETHER)


def competency_gaps(answer_rows: list[ScoreRow], expected: list[str], *, scope: str = "",
                    unanswered: list[tuple[str, str]] | None = None) -> list[Gap]:
    """Weak competencies (answers averaging <= 5/10) and expected ones never asked: by no bank question
    of theirs, nor by a question about their topic (:func:`core.coach.topic.probes`). ``scope`` ends a
    never-asked detail (" with this CV" when sessions for the role on other CVs were left out). ``unanswered``:
    (question, "skipped" or "not answered") of questions asked and given no scored answer
    (:func:`unanswered_questions`): a competency only they asked is "asked, skipped in 1 session", never "never asked"
    (re-check rc28, m7)."""
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
    asked_keys = {competency_key(c) for c in map(competency_of, asked) if c}
    for competency in expected:
        # asked under another name of its topic ("kpis" for "metrics": data/topic_near_terms.json) is asked, and so is
        # one a question of a kin competency asks (:func:`asked_with`: architecture by a system-design question)
        if competency not in scored and not asked_with(competency, asked_keys) and not any(
                probes(question, competency) for question in asked):
            kinds = [kind for question, kind in unanswered or ()
                     if competency_of(question) == competency or asked_with(competency, {
                         competency_key(c) for c in [competency_of(question)] if c}) or probes(question, competency)]
            if kinds:
                how = "skipped" if all(k == "skipped" for k in kinds) else "not answered"
                times = f"{len(kinds)} session{'' if len(kinds) == 1 else 's'}"
                gaps.append(Gap(competency, "competency", "not probed", f"asked, {how} in {times}{scope}"))
            else:
                gaps.append(Gap(competency, "competency", "not probed", f"never asked yet for this role{scope}"))
    return gaps


def unanswered_questions(store: InterviewStore, session_id: str, scored: list[ScoreRow]) -> list[tuple[str, str]]:
    """(question text, "skipped" or "not answered") of each main question of ``session_id`` that has no scored
    answer in ``scored``: skipped with the Skip button or a typed skip, or left open when the interview ended."""
    done = {row.question_no for row in scored if row.session_id == session_id}
    messages = store.list_messages(session_id)
    out: list[tuple[str, str]] = []
    for message in messages:
        if message.kind != "question" or message.question_no is None or message.question_no in done:
            continue
        replies = [m for m in messages if m.role == "candidate" and m.question_no == message.question_no]
        out.append((message.content, "skipped" if any(m.kind == "skip" for m in replies) else "not answered"))
    return out


_STATUS_RANK = {"not probed": 0, "weak": 1, "evidenced": 2}


def requirement_gaps(reports: list[ReportRow], *, scope: str = "") -> list[Gap]:
    """Job requirements that no report shows evidenced: weak somewhere, or not probed ("never probed", or "asked,
    skipped" when a question asked it and got no answer: :func:`_unprobed_detail`); ``scope`` ends each detail
    (" with this CV": "never probed in 1 session with this CV")."""
    best: dict[str, tuple[int, str, int]] = {}  # key -> (rank, requirement as written, reports)
    unanswered: dict[str, list[str]] = {}  # key -> "skipped" / "not answered" of each report whose question got no answer
    for report in reports:
        for item in (report.coverage if report is not None else None) or []:
            # the thing asked, also in a report saved before session 27 ("Currently holds an … license with …",
            # "… sind wünschenswert"), without an article, as the job reader names it ("unencumbered RN license")
            named = requirement_name(str(item.get("requirement") or "").strip())
            requirement = short_name(re.sub(r"^(?:an?|the)\s+(?=\S)", "", named))
            if not requirement:
                continue
            key = _norm(requirement)
            rank = _STATUS_RANK.get(str(item.get("status")), 0)
            if rank == _STATUS_RANK["not probed"] and (kind := unanswered_kind(str(item.get("evidence") or ""))):
                unanswered.setdefault(key, []).append(kind)  # asked, then skipped: never "never probed" (session 28)
            previous = best.get(key)
            if previous is None:
                best[key] = (rank, requirement, 1)
            else:
                best[key] = (max(previous[0], rank), previous[1], previous[2] + 1)
    gaps: list[Gap] = []
    for key, (rank, requirement, count) in best.items():
        if language_requirement(requirement):
            continue  # "Fluent English": the interview itself shows it, or no interview practises it
        times = f"in {count} session{'' if count == 1 else 's'}"  # each report is one finished session
        if rank == _STATUS_RANK["weak"]:
            gaps.append(Gap(requirement, "requirement", "weak", f"only weak evidence {times}{scope}"))
        elif rank == _STATUS_RANK["not probed"]:
            gaps.append(Gap(requirement, "requirement", "not probed",
                            _unprobed_detail(unanswered.get(key, []), count, times) + scope))
    return gaps


def _unprobed_detail(kinds: list[str], count: int, times: str) -> str:
    """What History says of a requirement no report showed, read from ``kinds`` (one "skipped" or "not answered" per
    report whose question on it got no answer) of ``count`` reports: "never probed in 2 sessions", "asked, skipped in
    1 session", "asked, not answered in 1 session", "asked, skipped in 1 of 2 sessions"."""
    if not kinds:
        return f"never probed {times}"
    how = "skipped" if all(k == "skipped" for k in kinds) else "not answered"
    if len(kinds) >= count:
        return f"asked, {how} {times}"
    return f"asked, {how} in {len(kinds)} of {count} sessions"


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
    """Distinct roles of scored sessions as shown (:func:`core.words.display_title`), most recent first."""
    frame = as_frame(rows)
    if frame.empty:
        return []
    ordered = frame.sort_values("created_at", ascending=False)["job_title"].astype(str)
    seen: dict[str, str] = {}
    for title in ordered:
        seen.setdefault(_role_key(title), display_title(title))
    return list(seen.values())


def _role_key(title: str) -> str:
    """What makes two sessions the same role: the title as shown (no "(H/F)" gender mark), case aside."""
    return display_title(title or "").strip().lower()


def suggest_practice(
    store: InterviewStore,
    *,
    owner: str | None = None,
    job_title: str | None = None,
    last: int = LAST_SESSIONS,
    scores: ScoreRows | None = None,
) -> PracticeSuggestion | None:
    """The next practice for ``job_title`` (default: the most recent scored role), or None: from the last
    ``last`` sessions for that role on the CV of its latest session (a session on another CV says nothing of
    what this CV's candidate has shown). When sessions on other CVs were left out, the suggestion counts them
    (``other_cv_sessions``), names the CV it reads by its first line (``cv_heading``) and its details say
    "with this CV", so "never probed" is never read as "never, for this role"."""
    frame = as_frame(scores if scores is not None else store.scores_frame(owner=owner))
    if frame.empty:
        return None
    frame = frame.sort_values("created_at")
    if job_title is None:
        job_title = str(frame.iloc[-1]["job_title"])
    same_role = frame[frame["job_title"].astype(str).map(_role_key) == _role_key(job_title)]
    if same_role.empty:
        return None
    all_cvs = len(same_role)
    if "cv_key" in same_role.columns:  # like the trends: sessions on another CV are another profile's evidence
        cv = same_role["cv_key"].fillna("").astype(str)
        same_role = same_role[cv == cv.iloc[-1]]
    other_cvs = all_cvs - len(same_role)
    scope = " with this CV" if other_cvs else ""
    recent = same_role.tail(last)
    latest = recent.iloc[-1]
    source = store.get_session(str(latest["id"]), owner=owner)
    answers: list[ScoreRow] = []
    reports: list[ReportRow] = []
    unanswered: list[tuple[str, str]] = []
    for session_id in recent["id"].astype(str):
        scored = store.list_answer_scores(session_id)
        answers.extend(scored)
        unanswered.extend(unanswered_questions(store, session_id, scored))
        report = store.get_report(session_id)
        if report:
            reports.append(report)
    expected = job_competencies(str(latest["job_title"]), source.job_description if source else "",
                                 source.cv_text if source else "")
    return PracticeSuggestion(
        job_title=str(latest["job_title"]),
        company=str(latest["company"] or ""),
        source_session_id=str(latest["id"]),
        sessions=len(recent),
        weakest=weakest_dimension(recent, last=last),
        gaps=requirement_gaps(reports, scope=scope) + competency_gaps(answers, expected, scope=scope,
                                                                      unanswered=unanswered),
        other_cv_sessions=other_cvs,
        cv_heading=_first_line(source.cv_text if source else ""),
    )


def _first_line(text: str, limit: int = 60) -> str:
    """The first non-blank line of a CV (its candidate's name, as the CV key reads it), at most ``limit``
    characters."""
    line = next((ln.strip() for ln in (text or "").splitlines() if ln.strip()), "")
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"


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
