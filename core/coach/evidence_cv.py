"""The CV side of evidence: whether a CV shows a job requirement (:func:`cv_mentions`, :func:`cv_meets`).

A term is present when it, a variant (CI/CD ~ "CI pipeline") or its head word ("incident response" ~
"incidents") is there; a degree's abbreviation reads as the degree ("BSN" shows "Bachelor's degree in
nursing", :mod:`core.coach.degrees`); an alternative the job allows ("Go or Java", "(e.g. BigQuery)") meets it
too. A credential the CV states only for another place, or only as applied for, does not
(:func:`cv_credential_elsewhere`). The answer side is :mod:`core.coach.evidence`.
"""

from __future__ import annotations

import re

from core.analysis.cv_translated import languages_listed, languages_only, translated_meets
from core.analysis.job import alternatives, mentions
from core.analysis.job_alternatives import word_alternatives
from core.analysis.job_years import years_asked
from core.analysis.language import detect_language, zipf
from core.analysis.levels import unclashed_parts
from core.analysis.licences import listed_credential
from core.analysis.skills import whole_tool
from core.analysis.spelling import american
from core.analysis.text import content_stems, stem
from core.coach.concepts import concept_shown, degree_level_shown
from core.coach.cv_reading import near_term_met
from core.coach.degree_related import related_degree
from core.coach.degrees import degree_requirement
from core.coach.evidence import (
    _CV_ITEM_SPLIT_RE,
    CREDENTIAL_RE,
    SYNONYMS,
    _credential_statements,
    credential_held,
    mentions_requirement,
)
from core.coach.evidence_named import named_shown
from core.coach.field_meets import field_meets
from core.coach.fluency import fluency_asked
from core.coach.foreign_terms import compound_named
from core.coach.inflected import SAMPLE_CHARS, inflected_meets
from core.coach.nominal_meets import nominal_meets
from core.coach.qualifications import qualification_line
from core.coach.second_language import second_language_shown


def cv_mentions(cv_text: str, requirement: str) -> bool:
    """Whether the CV names ``requirement``, a variant ("CI/CD" ~ "CI pipeline") or its head word;
    a degree requirement only as :func:`mentions_requirement` reads degrees, a language's fluency only
    as :func:`language_fluency` reads it; a credential not as one of
    another place or only applied for (:func:`cv_credential_elsewhere`)."""
    if years_asked(requirement):  # "4+ years of emergency nursing": the field named and the years shown
        return mentions(cv_text, requirement)[0]
    if degree_requirement(requirement) is not None or fluency_asked(requirement):
        return mentions_requirement(cv_text, requirement)[0]  # a degree, a language's fluency: only at its level
    if in_cv_language(cv_text, requirement):  # "Mitarbeit bei Jahresabschlussarbeiten": its words are no English words
        named = mentions(cv_text, requirement)[0]  # the exact phrase; other forms are inflected_meets'
    else:
        named = any(_cv_names(part, requirement) for _offset, part in unclashed_parts(cv_text, requirement))
    return named and not cv_credential_elsewhere(cv_text, requirement)


FOREIGN_ZIPF = 1.5  # a word rarer than this in English is no English word ("Kenntnisse" 0, "und" 1.9 is a name's)


def in_cv_language(cv_text: str, requirement: str) -> bool:
    """Whether ``requirement`` is written in the CV's own language, not English: the CV is in another language
    (:func:`core.analysis.language.detect_language`) and most of the requirement's words of three letters or more
    are rarer in English than :data:`FOREIGN_ZIPF` (wordfreq). The English matcher's looser rules (a requirement met
    by its rarest word alone) would read "Kenntnisse" of "gute Kenntnisse im Lohnsteuerrecht" as met by the CV's
    "Kenntnisse" heading (issue 15, session 18)."""
    words = [w for w in re.findall(r"[^\W\d_]{3,}", requirement or "")]
    if not words or 2 * sum(zipf(w.lower(), "en") < FOREIGN_ZIPF for w in words) <= len(words):
        return False
    return detect_language((cv_text or "")[:SAMPLE_CHARS]) != "en"


# the school-leaving qualification, however written: "A Levels", "A-level", "A level", "AS/A2", "A Level Maths"
_A_LEVEL_RE = re.compile(r"\bA[- ]?[Ll]evels?\b(?!\s*\d)|\bA2 [Ll]evels?\b|\bAS[- ][Ll]evels?\b")


def cv_meets(cv_text: str, requirement: str, job_description: str = "") -> bool:
    """Whether the CV meets ``requirement``: :func:`cv_mentions` it, or one of the alternatives the JD
    allows for it (:func:`core.analysis.job.alternatives`: "Go or Java", "(e.g. BigQuery, Snowflake)"). British and
    American spellings are one word (:func:`core.analysis.spelling.american`: a CV's "DZ licence" meets "DZ
    license", session 30)."""
    if (us_cv := american(cv_text or "")) != (cv_text or "") or american(requirement or "") != (requirement or ""):
        return _cv_meets(us_cv, american(requirement or ""), american(job_description or ""))
    return _cv_meets(cv_text, requirement, job_description)


def _cv_meets(cv_text: str, requirement: str, job_description: str = "") -> bool:
    if languages_only(requirement):  # "English and Spanish": each, in any language's name for it
        return languages_listed(cv_text, requirement)
    if _A_LEVEL_RE.search(requirement) and not _A_LEVEL_RE.search(cv_text or ""):
        return False  # "A Levels" (the school qualification) is never met by a "Level 3 Diploma" (session 24)
    if (second := second_language_shown(cv_text, requirement)) is not None:  # "a second European language"
        return second
    if cv_mentions(cv_text, requirement) or translated_meets(cv_text, requirement):  # "almacén" for warehouse
        return True
    if listed_credential(cv_text, requirement):  # "Registered Nurse" listed under
        return True  # certifications for "an unencumbered RN license" (session 27)
    if named_shown(cv_text, requirement, job_description):  # "experience as an EA": "Executive Assistant" (session 25)
        return True
    if near_term_met(cv_text, requirement):  # "Supervise one accounts assistant" for team leadership
        return True
    if concept_shown(cv_text, requirement):  # "bundle size cut from 1.4 MB to 480 KB" for performance optimisation
        return True
    if qualification_line(cv_text, requirement):  # "ICSA Certificate in Company Secretarial Practice": minute-taking
        return True
    if degree_level_shown(cv_text, requirement):  # "Master 2 Ressources Humaines" for "Bac+5 en RH"
        return True
    if job_description and related_degree(cv_text, requirement, job_description):  # "B.A. in Economics" for
        return True  # "Bachelor's degree in Accounting, Finance, or related field" (session 28)
    if inflected_meets(cv_text, requirement):  # "Imparto Matemáticas" for "Impartir clases de Matemáticas"
        return True
    if nominal_meets(cv_text, requirement):  # "Verified insurance eligibility" for "insurance verification"
        return True
    if field_meets(cv_text, requirement):  # "Defined OKRs" for "defining success metrics"
        return True
    others = alternatives(job_description, requirement) if job_description else set()
    others |= bracket_examples(job_description, requirement) | word_alternatives(job_description, requirement)
    # "Fehlerquote" of "KPIs (Produktivität, Fehlerquote)" in the CV's "Kommissionierfehlerquote": a compound's head
    return any(cv_mentions(cv_text, other) or compound_named(cv_text, other) for other in others
               if other != requirement.lower())


_OR_SIMILAR_RE = re.compile(r"^(?:e\.?g\.?|i\.?e\.?|such as|for example|like)\s+|\s*(?:or|and)?\s*(?:similar|equivalent|"
                            r"other|others|etc\.?|the like)$", re.IGNORECASE)


def bracket_examples(job_description: str, requirement: str) -> set[str]:
    """The examples a JD gives in brackets right after a requirement written as a phrase, any one of which
    meets it: "a structured qualification method (MEDDICC, BANT or similar)" -> {"meddicc", "bant"}; empty
    when the JD gives none."""
    if not job_description or not requirement.strip():
        return set()
    match = re.search(rf"{re.escape(requirement.strip())}\s*\(([^()]{{2,120}})\)", job_description, re.IGNORECASE)
    if not match:
        return set()
    items = re.split(r",|/|;|\bor\b", match.group(1))
    out = {_OR_SIMILAR_RE.sub("", item.strip()).strip().lower() for item in items}
    return {item for item in out if item and len(item.split()) <= 4}


def cv_credential_elsewhere(cv_text: str, requirement: str) -> bool:
    """Whether every CV item that states the credential ``requirement`` names shows one of another
    place or one only applied for (:func:`credential_held`): "Texas RN license (active); California RN
    license applied for" for "Active California RN license". False when the CV states it nowhere."""
    if not CREDENTIAL_RE.search(requirement):
        return False
    parts = _credential_statements(cv_text, requirement, _CV_ITEM_SPLIT_RE)
    return bool(parts) and not any(credential_held(part, requirement) for part, _ in parts)


def _cv_names(cv_text: str, requirement: str) -> bool:
    if mentions(cv_text, requirement)[0] or mentions_requirement(cv_text, requirement)[0]:
        return True
    if whole_tool(requirement) and requirement.strip().lower() not in SYNONYMS:  # "AWS Glue" is not "AWS Lambda"
        return False
    parts = [p for p in re.split(r"[/&]| and | or ", requirement) if p.strip()]
    if len(parts) > 1 and any(re.search(rf"\b{re.escape(p.strip())}\b", cv_text, re.IGNORECASE) for p in parts):
        return True
    names = sorted((w for w in re.findall(r"[A-Za-z]+", requirement) if stem(w) in content_stems(requirement)),
                   key=lambda w: zipf(w.lower()))
    if len(names) < 2:
        return False
    head, root = stem(names[0]), _agent_root(names[0])
    words = re.findall(r"[A-Za-z-]+", cv_text)
    if root:  # "presenter": "presentations", "presented", never "present" (as in "2019 - present")
        return any(_derived(w.lower(), root) or w.lower() in {names[0].lower(), names[0].lower() + "s"} for w in words)
    return any(stem(w) == head for w in words)


def _agent_root(word: str) -> str:
    """The verb behind an agent noun, without its ending ("negotiator" -> "negotiat", "presenter" ->
    "present"): Snowball keeps "-or"/"-er" nouns apart from their "-ion"/"-ing" kin; "" for other words."""
    lower = word.lower()
    return lower[:-2] if len(lower) > 6 and lower.endswith(("er", "or")) else ""


def _derived(word: str, root: str) -> bool:
    """Whether ``word`` is a longer form of the verb ``root`` ("negotiation", "negotiated", "presenting" of
    "negotiat"/"present"), never the bare root ("present" as in "2019 - present")."""
    return len(word) > len(root) + 1 and word.startswith(root) and not word.endswith(("er", "ers", "or", "ors"))
