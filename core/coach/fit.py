"""How much of the job the CV and the answers show, and what the report says when it is little.

A practice interview for a job the CV does not fit (a primary-school teacher's CV on an
operations-manager job) should say so plainly and kindly, not hand back a score that reads as a
solid fit. :func:`role_fit` counts the job's requirements (:func:`core.analysis.job.extract_requirements`)
that the CV meets (:func:`core.coach.evidence_cv.cv_meets`) or an answer evidences as the candidate's
own (:func:`core.coach.evidence.answer_evidence`: never a wish, an intention or a negation).
When fewer than a third of them are shown (:data:`LOW_FIT_SHARE`, with at least
:data:`MIN_REQUIREMENTS` requirements), the fit is low: the overall score loses one point
(:func:`adjusted_overall`: the rubric's relevance is to the question *and the role*) and the report
carries :func:`fit_note`, naming the gap and what to stress. The same judgement on the CV alone opens the
interview (:func:`start_note`): one kind sentence in the chat's introduction, never blocking. A rule of this project, not a figure
from research.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from core.analysis.cv import extract_cv_facts
from core.analysis.job import extract_requirements
from core.analysis.job_noise import lone_trait
from core.analysis.job_traits import trait_word
from core.analysis.job_weight import preferred
from core.analysis.skills import find_skills, infer_role_family
from core.analysis.text import strip_injections
from core.coach.casing import natural_case
from core.coach.concepts import is_trait
from core.coach.coverage import answer_shows
from core.coach.cv_reading import whole_line
from core.coach.evidence_cv import cv_meets
from core.coach.phrasing import clip, quote

logger = logging.getLogger(__name__)

LOW_FIT_SHARE = 1 / 3  # under this share of the job's requirements shown, the fit is low
MIN_REQUIREMENTS = 3  # fewer requirements read from the job: too few to judge the fit on


@dataclass(frozen=True)
class RoleFit:
    """The job's requirements, and those the CV meets and the answers evidence (each a subset)."""

    requirements: tuple[str, ...] = ()
    cv_shows: tuple[str, ...] = ()
    answers_show: tuple[str, ...] = ()
    same_role: bool = False  # the CV holds the job's own role (:func:`same_role`): never a low fit

    @property
    def shown(self) -> tuple[str, ...]:
        return tuple(r for r in self.requirements if r in self.cv_shows or r in self.answers_show)

    @property
    def low(self) -> bool:
        """Fewer than a third of at least three requirements shown by the CV or the answers."""
        total = len(self.requirements)
        return not self.same_role and total >= MIN_REQUIREMENTS and len(self.shown) < total * LOW_FIT_SHARE


def hard_requirement(requirement: str, job_description: str) -> bool:
    """Whether ``requirement`` counts in the fit: a skill, credential, subject or years the job asks for; never a
    personal quality (:func:`core.coach.concepts.is_trait`, :func:`core.analysis.job_traits.trait_word`,
    :func:`core.analysis.job_noise.lone_trait`: "Teamgeist", "Strukturierte Arbeitsweise", "attention to detail",
    "a strong communicator") nor what the job marks only as a plus (:func:`core.analysis.job_weight.preferred`:
    "Vorkenntnisse … sind wünschenswert", "SQL is a plus"). Session 26 re-check: an ICU nurse "showed none of the 8
    requirements" of a German ad whose list was mostly qualities and a nice-to-have."""
    text = (requirement or "").strip()
    if not text or is_trait(text) or trait_word(text) or lone_trait(text):
        return False
    return not preferred(text, job_description or "")


def role_fit(cv_text: str, job_description: str, answers: list[str] | tuple[str, ...] = (), *,
             job_title: str = "") -> RoleFit:
    """What of the job's hard requirements (:func:`hard_requirement`) the CV meets and the ``answers`` evidence, and
    whether the CV holds the job's own role (:func:`same_role` of ``job_title``, else the ad's title line). No CV or
    no job description: no requirements, so no judgement of fit. Never raises: a failure reads as no
    requirements too, and is logged."""
    try:
        jd = strip_injections(job_description or "")
        cv = strip_injections(cv_text or "")
        # no CV or no job description: nothing to weigh the fit on (the CV tips ask for a CV)
        requirements = tuple(r for r in extract_requirements(jd) if hard_requirement(r, jd)) \
            if jd.strip() and cv.strip() else ()
        said = [a for a in answers if (a or "").strip()]
        in_cv = tuple(r for r in requirements if cv_meets(cv, r, jd))
        in_answers = tuple(r for r in requirements if r not in in_cv and any(answer_shows(a, r, jd) for a in said))
        title = job_title or _title_line(jd)
        return RoleFit(requirements, in_cv, in_answers, same_role=bool(requirements) and same_role(cv, title, jd))
    except Exception:  # noqa: BLE001 - the fit is a note on the report; the report goes on without it
        logger.exception("role fit: could not be judged")
        return RoleFit()


def agreed_fit(fit: RoleFit, coverage: list | tuple = ()) -> RoleFit:
    """``fit`` with the report's verdict per requirement: a requirement whose coverage row (a
    :class:`core.schemas.CoverageItem` of ``coverage`` with the same requirement, any case) is evidenced is shown, one
    whose row is weak or not probed is not, so the summary's "not yet shown" and its count never contradict the rows
    (session 26 newcomer: "VBA · evidenced" beside "not yet shown: … VBA"); a requirement with no row keeps ``fit``'s
    own reading."""
    rows = {(getattr(c, "requirement", "") or "").strip().lower(): getattr(c, "status", "") for c in coverage or ()}
    if not rows or not fit.requirements:
        return fit
    verdict = {r: rows.get(r.strip().lower()) for r in fit.requirements}
    cv_shows = tuple(r for r in fit.cv_shows if verdict[r] in (None, "evidenced"))
    answers_show = tuple(r for r in fit.requirements if r not in cv_shows and (
        verdict[r] == "evidenced" or (verdict[r] is None and r in fit.answers_show)))
    return RoleFit(fit.requirements, cv_shows, answers_show, same_role=fit.same_role)


def adjusted_overall(overall: int | None, fit: RoleFit) -> int | None:
    """The overall (1-10) one point lower when the fit is low, never below 1; None stays None."""
    if overall is None or not fit.low:
        return overall
    return max(1, overall - 1)


def _stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in re.findall(r"[^\W\d_]{4,}", text or "")} - _STOP_STEMS


_STOP_STEMS = {"with", "that", "this", "from", "their", "other", "which", "about", "exper", "erfah", "kennt", "skill",
               "years", "knowl", "stron", "gute", "guter", "sehr", "oder", "sowie", "eine", "einer"}


def closest_line(facts: dict, requirements: tuple[str, ...] | list[str]) -> list[str]:
    """The CV line (of ``facts``' achievements and bullets, :func:`core.analysis.cv.extract_cv_facts`) closest to the
    job's ``requirements``, as a list of one: the line naming most of the skills the requirements name, then most of
    their skills' families (R beside SQL and Power BI: both data), then most of their word stems; the first
    achievement when no line shares any of these, [] when the CV has none. Session 26 newcomer: a BI job's carry-over
    was "Led volunteer project … trail maintenance…" beside "Uses R to analyze large survey data"."""
    achievements = [a for a in facts.get("achievements") or [] if (a or "").strip()]
    lines = list(dict.fromkeys([*achievements, *(b for b in facts.get("bullets") or [] if (b or "").strip())]))
    if not lines:
        return []
    asked = [h for r in requirements for h in find_skills(r)]
    names = {h.name for h in asked}
    families = {h.family for h in asked if h.family}
    words = set().union(*(_stems(r) for r in requirements)) if requirements else set()

    def closeness(line: str) -> tuple[int, int, int]:
        found = find_skills(line)
        return (len({h.name for h in found} & names), len({h.family for h in found if h.family} & families),
                len(_stems(line) & words))

    best = max(lines, key=lambda line: (closeness(line), line in achievements, -lines.index(line)))
    return [best if any(closeness(best)) else (achievements or lines)[0]]


def fit_note(fit: RoleFit, cv_text: str = "", job_description: str = "") -> str:
    """Plain, kind sentences on a low fit: how much of the job the CV and answers showed, the gap,
    what to stress and why the overall is one point lower; "" when the fit is not low."""
    if not fit.low:
        return ""
    texts = (job_description or "", cv_text or "")
    missing = [natural_case(r, texts) for r in fit.requirements if r not in fit.shown]
    shown = len(fit.shown)
    said = (f"{shown} of the job's {len(fit.requirements)} requirements" if shown
            else f"none of the job's {len(fit.requirements)} requirements")
    gap = ", ".join(missing[:4]) + (" and more" if len(missing) > 4 else "")
    facts = extract_cv_facts(strip_injections(cv_text or "")) if (cv_text or "").strip() else {}
    # the achievement's whole CV line, a PDF's wrap joined back ("…A/B tested with 2" goes on "million users.")
    carries = [whole_line(a, list(facts.get("bullets") or []), cv_text) for a in closest_line(facts, fit.requirements)]
    stress = (f"lead with what carries over, such as {quote(clip(carries[0].rstrip('.'), 14))}, "
              if carries else "lead with the closest experience you have, ")
    return (
        f"Your CV and answers showed {said}; not yet shown: {gap}. That is a real gap for this role, and it is "
        f"worth knowing before an interview: {stress}say plainly what you have not done yet, and how you would "
        "learn it (a course, a first project, who you would learn from). The overall score is one point lower for "
        "this gap, because the rubric judges relevance to the role as well as to each question."
    )


def _title_line(job_description: str) -> str:
    """The job description's first line when it reads as a title (eight words or fewer), else ""."""
    first = next((line.strip(" #*") for line in (job_description or "").splitlines() if line.strip(" #*")), "")
    return first if len(first.split()) <= 8 else ""


def same_field(cv_text: str, job_description: str) -> bool:
    """Whether the CV's field is the job's (:func:`core.analysis.skills.infer_role_family` of each, neither
    "general"): a registered nurse's CV for a nursing job, in whatever language the ad is, is no change of role."""
    job = infer_role_family(_title_line(job_description), job_description or "")
    return job != "general" and infer_role_family("", cv_text or "") == job


@lru_cache(maxsize=64)
def start_note(cv_text: str, job_description: str, job_title: str = "") -> str:
    """One kind sentence for the start of an interview when the CV alone shows under a third of the job's hard
    requirements (:func:`role_fit` with no answers, :attr:`RoleFit.low`): how many it shows and which (up to
    two), and what to expect ("a change of role" only when the CV's field is not the job's: :func:`same_field`); "" otherwise (a fitting CV, no CV or no job description). Cached per (CV, job): the
    interview page asks on every run."""
    fit = role_fit(cv_text, job_description, job_title=job_title)
    if not fit.low:
        return ""
    texts = (job_description or "", cv_text or "")
    missing = [natural_case(r, texts) for r in fit.requirements if r not in fit.shown][:2]
    shown = len(fit.shown)
    said = f"{shown} of the {len(fit.requirements)}" if shown else f"none of the {len(fit.requirements)}"
    which = [natural_case(r, texts) for r in fit.requirements if r in fit.shown][:2]
    # every one shown named, or "among them" the first two (rc30: "3 of the 12 … (communication and presentation
    # skills)" read as two)
    named = (f" ({' and '.join(which)})" if len(which) == shown else f" (among them {' and '.join(which)})") if which else ""
    such = f" (such as {' and '.join(missing)})" if missing else ""
    change = "that is normal for a change of role, and " if not same_field(cv_text, job_description) else ""
    return (f"Your CV shows {said} requirements this job lists{named}, so expect questions on what it does not show "
            f"yet{such}: {change}answers drawing on your closest experience count.")


# words of a title that say its level or setting, not its role ("Senior", "Clinical", "Staff" Pharmacist)
_LEVEL_WORDS = frozenset(["senior", "junior", "lead", "staff", "principal", "chief", "head", "clinical", "registered", "certified", "licensed", "qualified", "experienced", "graduate", "i", "ii", "iii", "iv", "level", "band", "grade", "trainee"])
# a CV role under the job's own ("Pharmacy Assistant" is no pharmacist): learning or helping in it, not holding it
_UNDER_ROLE_RE = re.compile(r"\b(?:assistant|aide|trainee|intern|internship|student|apprentice|apprenticeship|"
                            r"volunteer|placement|helper|shadow\w*)\b", re.IGNORECASE)


def _role_words(title: str) -> tuple[set[str], str]:
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", title or "")]
    words = [w for w in words if w not in _LEVEL_WORDS and w not in {"and", "of", "the", "in", "for", "at", "m", "f",
                                                                      "w", "d", "x"}]
    return set(words), (words[-1] if words else "")


def same_role(cv_text: str, job_title: str, job_description: str = "") -> bool:
    """Whether a role of the CV (:func:`core.analysis.cv.extract_cv_facts`, ``roles``) is the job's own: every word
    of ``job_title`` but its level ("Clinical", "Senior") is in it, or it has the same head word ("Staff Pharmacist"
    for "Clinical Pharmacist") in the same field (:func:`same_field`). A role under the job's ("Pharmacy Intern",
    "Teaching Assistant") never is, unless the job's title says so too. Re-check rc28, P3 (session 29): a working
    pharmacist was told a pharmacist job was "a real gap" because the ad's requirements were read as its labels."""
    want, head = _role_words(job_title)
    if not want:
        return False
    roles = extract_cv_facts(cv_text or "").get("roles") or []
    under_ok = bool(_UNDER_ROLE_RE.search(job_title or ""))
    for role in roles:
        if _UNDER_ROLE_RE.search(role) and not under_ok:
            continue
        words, role_head = _role_words(role)
        if want <= words or (head and role_head == head and same_field(cv_text, job_description)):
            return True
    return False
