"""Whether a question names a setting the job contradicts (issue 15, session 24): "on a busy ward" asked of a dental
nurse, emergency-department triage of a care home's nurse or of an ICU or 1:1 home intensive-care nurse (session 27), a pupil's behaviour of a university lecturer, a bug
escalated to engineering of a building society's contact centre, an
operations manager's staffing and dashboard questions in a maintenance engineer's technical interview, a kitchen's
pass of a hotel receptionist, drivers' hours of a job with no drivers.

The rules are the bench's own regular expressions, written apart from the app's (``core.coach.bank.setting_fits``
and the role groups), so the check does not grade the code with itself. :func:`contradicted` reads one question;
:func:`plan_failures` runs the offline plan over pairs (the harness's and the newcomers' documents of session 23 in
``tests/data/interviews/nc23``) in each interview type and several seeds.
"""

from __future__ import annotations

import re
from pathlib import Path

NC23 = Path(__file__).resolve().parent.parent / "tests" / "data" / "interviews" / "nc23"
# (run, CV file, job file): the documents session 23's newcomer ran in the browser
NC23_PAIRS = (
    ("nc23/dental", "dental_cv.pdf", "dental_job.txt"),
    ("nc23/pflege", "pflege_cv_de.docx", "pflege_job.txt"),
    ("nc23/maint", "maint_cv.pdf", "maint_job.txt"),
    ("nc23/retail", "retail_cv_twocol.docx", "retail_job.txt"),
    ("nc23/events", "events_cv.json", "events_job.txt"),
    ("nc23/acct", "accountant_cv.txt", "accountant_job.txt"),
    ("nc23/backend", "backend_cv.md", "backend_job.txt"),
)
_I = re.IGNORECASE
_CARE_ELSEWHERE = re.compile(r"\bdental|\bdentist|\bcare home|\bnursing home|seniorenzentrum|pflegeheim|altenheim|"
                             r"\bGP (?:practice|surgery)|\bgeneral practice|\bdomiciliary", _I)
_HOSPITAL = re.compile(r"\bwards?\b|\bhospital\b|\binpatient|\bemergency department|\bA&E\b|\bKrankenhaus", _I)
_TRADE = re.compile(r"\bmaintenance\b|\belectrician|\bfitter\b|\bmechanic\b|\btechnician\b", _I)
# (setting, what a question says, what in the job contradicts it, what in the job gives the question its setting)
RULES: tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None], ...] = (
    ("a hospital ward or emergency department",
     re.compile(r"\bon (?:a|your) (?:busy )?ward\b|\bpatients arrive together|\byour unit is\b|\bnight shift\b", _I),
     _CARE_ELSEWHERE, _HOSPITAL),
    # session 27: nobody "arrives together" at an ICU bed space or in a patient's home (1:1 intensive home care)
    ("an emergency department's arrivals", re.compile(r"\bpatients arrive together", _I),
     re.compile(r"\bintensive care|\bcritical care|\bICU\b|\bintensiv|\b1:1\b|\bhome care|\bhomecare|"
                r"\bhome health|\bdomiciliary|\bhäuslich|\baußerklinisch", _I),
     re.compile(r"\bemergency (?:department|room)|\bA&E\b|\bnotaufnahme|\burgent care", _I)),
    ("a school's pupils, classes and parents",
     re.compile(r"\bpupils?\b|\bclassroom\b|\bschool event|relationships with parents|\bA parent emails", _I),
     re.compile(r"\buniversit|\bhigher education|\blecturer|\bnursery\b|\bearly years|\bcorporate train", _I),
     re.compile(r"\bpupils?\b|\bprimary school|\bsecondary school", _I)),
    ("a software product's bugs and engineers", re.compile(r"\bsame bug\b|\bto engineering\b", _I),
     re.compile(r"\b(?:call|contact) cent(?:re|er)|\bbuilding society|\bbank\b|\binsurance|\butilit", _I),
     re.compile(r"\bsoftware|\bsaas\b|\bapp\b|\bplatform|\bbugs?\b|\bengineering team", _I)),
    ("an operations manager's planning in a trade's interview",
     re.compile(r"staffing for a peak season|operational metrics would you put|budget is cut by 10%|"
                r"biggest bottleneck in a process|which operational metrics to track", _I),
     None, None),
    ("a kitchen's pass and brigade", re.compile(r"\bthe pass\b|\bbrigade\b|\bcommis chef|\bchef de partie", _I),
     None, re.compile(r"\bkitchen|\bchef|\bcook|\bmenu|\bcatering|\bfood", _I)),
    ("a transport office's drivers", re.compile(r"\bmulti-drop|\bdrivers' hours|\btachograph|\bdriving time", _I),
     None, re.compile(r"\bdrivers?\b|\btransport|\bfleet|\bhaulage|\broute|\btachograph", _I)),
)


def contradicted(question: str, job_description: str, job_title: str) -> str:
    """The setting ``question`` names that the job contradicts ("a hospital ward or emergency department" for "…on a
    busy ward?" asked of a dental nurse), or "" when it names none or the job fits it. A setting with a
    contradiction pattern is contradicted when the title says it, or the job says it and never the setting's own
    words; one without (a kitchen's, a transport office's) when the job never says its own words; an operations
    manager's planning when the title is a trade's (maintenance, electrician, fitter, technician)."""
    for name, asks, against, own in RULES:
        if not asks.search(question):
            continue
        if name.startswith("an operations manager"):
            if _TRADE.search(job_title) and not re.search(r"\bmanager\b", job_title, _I):
                return name
            continue
        fits = bool(own and own.search(job_description))
        if against is None:
            if not fits:
                return name
        elif against.search(job_title) or (against.search(job_description) and not fits):
            return name
    return ""


def nc23_pairs() -> list[dict[str, str]]:
    """The newcomer documents of session 23 as pairs (``id``, ``cv`` text, ``jd``, ``title``: the job's first line)."""
    from bench.bench_interviewer import read_pair

    out = []
    for run, cv_file, job_file in NC23_PAIRS:
        if not (texts := read_pair(NC23 / cv_file, NC23 / job_file)):
            continue
        cv, jd = texts
        out.append({"id": run, "cv": cv, "jd": jd, "title": jd.splitlines()[0].strip(), "company": ""})
    return out


def plan_failures(pairs: list[dict[str, str]], seeds: str = "abc") -> tuple[int, list[tuple[str, str, str, str]]]:
    """(plans made, failures): the offline plan of 8 questions for each pair in each interview type (technical, mixed,
    behavioral) and seed, and each (pair, interview type, question, setting) whose setting the job contradicts."""
    from core.coach.plan import plan_questions

    made, failures = 0, []
    for pair in pairs:
        for interview_type in ("technical", "mixed", "behavioral"):
            for seed in seeds:
                made += 1
                for question in plan_questions(pair["cv"], pair["jd"], pair["title"], interview_type=interview_type,
                                               count=8, company=pair.get("company", ""), seed=seed):
                    if setting := contradicted(question, pair["jd"], pair["title"]):
                        failures.append((pair["id"], interview_type, question, setting))
    return made, failures
