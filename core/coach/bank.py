"""The curated question bank (``data/question_bank.json``): its one loader, and the curated model
answers written for a few of its questions (``data/model_answers.json``).

Each question is a dict with ``text``, ``kind`` ("behavioral" or "role"), ``competency``,
``families`` (role families, or "general") and ``seniority`` (the levels it suits); optionally ``tags``
(job terms a role question fits), ``grounds`` (:func:`grounded`) and ``template`` (its text with who the work
serves as a slot, filled per role family: :func:`question_text`).
"""

from __future__ import annotations

import json
import logging
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

QUESTION_BANK_PATH = Path(__file__).resolve().parents[2] / "data" / "question_bank.json"


@lru_cache(maxsize=1)
def _raw_bank() -> dict[str, Any]:
    try:
        return json.loads(QUESTION_BANK_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        logger.exception("could not read the question bank %s", QUESTION_BANK_PATH)
        raise


@lru_cache(maxsize=1)
def load_question_bank() -> tuple[dict[str, Any], ...]:
    """The curated questions of ``data/question_bank.json``, read once per process.

    Raises ``OSError`` or ``ValueError`` (bad JSON) when the file cannot be read; the bank ships
    with the app, so that is a broken install, not user input.
    """
    return tuple(_raw_bank()["questions"])


def served_words(family: str) -> dict[str, str]:
    """Who the work of a role family serves, as the bank's question templates name them (``served``: "a patient
    or their family", ``served_one``, ``new_served``; the bank's ``served`` table), the "general" family's for a
    family it does not list."""
    table = {k: v for k, v in _raw_bank().get("served", {}).items() if not k.startswith("_")}
    return table.get(family) or table.get("general", {})


def served_key(job_title: str, family: str) -> str:
    """The entry of the bank's ``served`` table whose words a job's questions use: one that lists ``titles`` (whole words,
    any case) one of which ``job_title`` names, in one of its ``families`` ("Lecturer in Nursing" of teaching: "adult
    learners", whose students are adults: "a student", never "a student or parent"), else ``family``."""
    title = (job_title or "").lower()
    for key, spec in _raw_bank().get("served", {}).items():
        if key.startswith("_") or not spec.get("titles") or family not in spec.get("families", (family,)):
            continue
        if _phrases_re(tuple(spec["titles"])).search(title):
            return key
    return family


def question_text(question: dict[str, Any], family: str) -> str:
    """A bank question as asked in a job of ``family``: its ``template`` with who the family's work serves
    (:func:`served_words`: "Tell me about a time a patient or their family changed how you thought about your
    work." for a nurse, never "a customer or user"), else its ``text``."""
    template = question.get("template")
    if not template:
        return question["text"]
    try:
        return template.format(**served_words(family))
    except (KeyError, IndexError):  # a slot the table lacks: the bank's own wording
        logger.warning("question %s: a template slot the served table lacks", question.get("id"))
        return question["text"]


def bank_texts(question: dict[str, Any]) -> tuple[str, ...]:
    """Every wording a bank question can be asked in: its text and its template filled for each family listed in
    the bank's ``served`` table (to recognise a stored question, whatever family it was asked in)."""
    families = [k for k in _raw_bank().get("served", {}) if not k.startswith("_")]
    return tuple(dict.fromkeys([question["text"], *(question_text(question, f) for f in families)]))


@lru_cache(maxsize=256)
def _grounds_re(grounds: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(g) for g in grounds) + ")", re.IGNORECASE)


def grounded(question: dict[str, Any], *texts: str) -> bool:
    """Whether a bank question may be asked (or its competency expected) for a job: True when it has no
    ``grounds``, or one of them (a word beginning, any case: "budget", "financ", "p&l") stands in one of
    ``texts`` (the job description and the CV). "Your budget is cut by 10%" needs a job or CV that speaks
    of budgets, costs or finance; "cost per order" alone does not ("costs", "cost control" do)."""
    grounds = tuple(g for g in question.get("grounds") or () if g.strip())
    if not grounds:
        return True
    pattern = _grounds_re(grounds)
    return any(pattern.search(_without_other_titles(text or "")) for text in texts)


@lru_cache(maxsize=1)
def _other_titles_re() -> re.Pattern[str] | None:
    phrases = [p for p in _raw_bank().get("not_grounds", {}).get("phrases", ()) if p.strip()]
    if not phrases:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")\w*",
                      re.IGNORECASE)


def _without_other_titles(text: str) -> str:
    """``text`` with the titles of the bank's ``not_grounds`` blanked ("chef de réception": a head receptionist, no
    kitchen), so a ground word inside one grounds nothing."""
    pattern = _other_titles_re()
    return pattern.sub(" ", text.replace("’", "'")) if pattern else text


@lru_cache(maxsize=1)
def settings_table() -> dict[str, dict[str, list[str]]]:
    """The bank's ``settings`` table: setting name -> ``{"words": [...], "not_in": [...]}`` (phrases, whole words,
    any case; a trailing ``*`` takes any ending): the words a job names the setting by, and the settings that exclude
    it (a dental practice, a care home for "a busy ward")."""
    table = _raw_bank().get("settings", {})
    return {k: {"words": list(v.get("words", ())), "not_in": list(v.get("not_in", ()))}
            for k, v in table.items() if not k.startswith("_")}


@lru_cache(maxsize=64)
def _phrases_re(phrases: tuple[str, ...]) -> re.Pattern[str]:
    parts = [re.escape(p.rstrip("*")) + (r"\w*" if p.endswith("*") else "") for p in phrases if p.strip("* ")]
    return re.compile(r"(?<![\w-])(?:" + "|".join(sorted(parts, key=len, reverse=True)) + r")(?![\w])", re.IGNORECASE)


def _first_at(phrases: list[str], text: str) -> int | None:
    found = _phrases_re(tuple(phrases)).search(text or "") if phrases else None
    return found.start() if found else None


def setting_fits(question: dict[str, Any], job_description: str, job_title: str = "") -> bool:
    """Whether a bank question that names a setting (its ``setting``: "hospital ward", "emergency department",
    "school"; :func:`settings_table`) may be asked for this job: False when the title names a setting of its
    ``not_in`` ("Dental Nurse", "Lecturer in Law"); else True when the job names one of its ``words`` before any of
    ``not_in`` ("Ward 7, St Anne's Hospital… discharges to care homes"), False when it names one of ``not_in`` ("a
    60-bed nursing home", "Seniorenzentrum"), True otherwise. Questions with no setting, or one the table does not
    declare, may always be asked. A rule of this project (session 24), not a figure from research."""
    spec = settings_table().get(question.get("setting") or "")
    if not spec:
        return True
    if _first_at(spec["not_in"], job_title) is not None:
        return False
    away, own = _first_at(spec["not_in"], job_description), _first_at(spec["words"], job_description)
    return away is None or (own is not None and own < away)


@lru_cache(maxsize=1)
def sides_table() -> dict[str, tuple[str, ...]]:
    """The bank's ``sides`` table: a side of a restaurant's work ("kitchen", "front of house") -> the titles that name
    it (phrases, whole words, any case; a trailing ``*`` takes any ending)."""
    table = _raw_bank().get("sides", {})
    return {k: tuple(v.get("titles", ())) for k, v in table.items() if not k.startswith("_")}


def _sides_named(text: str) -> set[str]:
    """The sides of :func:`sides_table` whose titles ``text`` names, the bank's ``not_grounds`` titles blanked
    first ("chef de réception" is no kitchen's chef) unless the side lists one itself ("chef de rang": a head waiter)."""
    blanked = _without_other_titles(text or "")
    others = {p.lower() for p in _raw_bank().get("not_grounds", {}).get("phrases", ())}
    named = set()
    for side, titles in sides_table().items():
        own = tuple(t for t in titles if t.lower() in others)  # "chef de rang": a title of the side's own, read whole
        if (titles and _phrases_re(titles).search(blanked)) or (own and _phrases_re(own).search(text or "")):
            named.add(side)
    return named


def side_fits(question: dict[str, Any], job_title: str, *texts: str) -> bool:
    """Whether a bank question asked from one side of a restaurant's work (its ``side``: "kitchen" for "A guest
    sends a dish back… the front of house manager asks you to come out", "front of house" for "a guest at one of
    your tables") may be asked for this job: True when it has none; else when ``job_title`` names that side (a
    "Sous Chef", a "Server / Waiter"), False when the title names only the other one; for a title that names
    neither ("Restaurant Manager", "") when one of ``texts`` (the job description, the CV) names one of the side's
    titles. The words both sides share ("food", "menu", "dish") never decide. A rule of this project (session 28)."""
    side = question.get("side")
    if not side or side not in sides_table():
        return True
    in_title = _sides_named(job_title or "")
    if in_title:
        return side in in_title
    return any(side in _sides_named(text) for text in texts)


# Countries an English job ad may be for, other than the UK: a UK-specific question ("safeguarding") is not asked
# there unless the job says its words. Whole words, any case.
_ABROAD_RE = re.compile(
    r"\b(?:united states|usa|u\.s\.a?\.|america|canada|australia|new zealand|ireland|india|singapore|hong kong|"
    r"south africa|nigeria|kenya|philippines|malaysia|uae|united arab emirates|dubai|abu dhabi|qatar|saudi arabia|"
    r"spain|france|germany|italy|portugal|netherlands|belgium|switzerland|austria|sweden|norway|denmark|finland|"
    r"poland|mexico|brazil|argentina|chile|colombia|china|japan|korea)\b", re.IGNORECASE)


def in_region(question: dict[str, Any], job_description: str) -> bool:
    """Whether a bank question may be asked for this job where it is tied to a country's practice (``"region":
    "uk"``: a UK school's "safeguarding"): always when the job says one of its ``region_terms`` (word beginnings),
    else only for a job written in English (:func:`core.analysis.language.detect_language`) that names no country
    outside the UK (:data:`_ABROAD_RE`). Questions with no ``region`` may always be asked."""
    if question.get("region") != "uk":
        return True
    terms = tuple(t for t in question.get("region_terms") or () if t.strip())
    if terms and _grounds_re(terms).search(job_description or ""):
        return True
    from core.analysis.language import detect_language  # the detector loads on first use

    return detect_language((job_description or "")[:4000]) == "en" and not _ABROAD_RE.search(job_description or "")


MODEL_ANSWERS_PATH = QUESTION_BANK_PATH.with_name("model_answers.json")


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]+", "", re.sub(r"\s+", " ", (text or "").lower())).strip()


@lru_cache(maxsize=1)
def load_model_answers() -> dict[str, str]:
    """The curated model answers of ``data/model_answers.json``: bank question id -> answer text.

    An unreadable file gives ``{}`` (logged): a model answer is an extra, never needed to score.
    """
    try:
        raw = json.loads(MODEL_ANSWERS_PATH.read_text(encoding="utf-8"))
        return {str(k): str(v) for k, v in raw["answers"].items()}
    except (OSError, ValueError, KeyError, AttributeError):
        logger.exception("could not read the model answers %s", MODEL_ANSWERS_PATH)
        return {}


@lru_cache(maxsize=1)
def _model_answer_fields() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """(bank question id -> the field its model answer's story comes from, role family -> id -> that family's own
    answer) from ``data/model_answers.json`` (``fields``, ``by_family``); empty when unreadable (logged)."""
    try:
        raw = json.loads(MODEL_ANSWERS_PATH.read_text(encoding="utf-8"))
        fields = {str(k): str(v) for k, v in raw.get("fields", {}).items()}
        by_family = {str(f): {str(k): str(v) for k, v in answers.items()} for f, answers in raw.get("by_family", {}).items()}
        return fields, by_family
    except (OSError, ValueError, AttributeError):
        logger.exception("could not read the model answers %s", MODEL_ANSWERS_PATH)
        return {}, {}


def model_answer(question: str, family: str = "") -> str | None:
    """The curated model answer for a bank question found in ``question`` (the bank's text may follow
    a lead-in such as "Thanks."), or None when the question is not a bank question or has none.

    ``family``: the job's role family (:func:`core.analysis.skills.infer_role_family`; "" or "general" when unknown).
    A family with its own answer gets it (a nurse's mistake is a medication error); else the shared answer, only
    when its story's field (``fields``) is the family's or "general": a payroll story is no model for a nurse
    (re-check, session 26, N8), so such a job gets None (the question's outline instead)."""
    answers = load_model_answers()
    norm = _norm(question)
    fields, by_family = _model_answer_fields()
    for q in load_question_bank():
        text = _norm(q.get("text", ""))
        if not (text and text in norm and q.get("id") in answers):
            continue
        qid = q["id"]
        if family and (own := by_family.get(family, {}).get(qid)):
            return own
        if not family or family == "general" or fields.get(qid, "general") in {"general", family}:
            return answers[qid]
        return None
    return None


@lru_cache(maxsize=64)
def job_family(job_description: str, cv_text: str = "") -> str:
    """The role family a model answer is chosen for (:func:`model_answer`): the job description's, its first line read
    as its title (:func:`core.analysis.skills.infer_role_family`: "Exam. Pflegefachkraft – Intensivpflege" is
    healthcare), else the CV's read the same way ("general" when neither tells one); "" when neither is given."""
    from core.analysis.skills import infer_role_family  # the lexicon loads when a family is asked

    family = ""
    for text in (job_description, cv_text):
        lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
        if lines:
            family = infer_role_family(lines[0][:120], text)
            if family != "general":
                return family
    return family
