"""Which CV facts are safe to quote back to the candidate ("you're currently X at Y", "you list Python
at Y") and which the reading is unsure of.

Issue 15 point 3: the interviewer says "your CV mentions X at Y" only when the CV shows X under Y. The
extractor reads most CVs right, but a reading it is unsure of (a title with no role word, an employer
that reads as a place, a date, a section heading or a job title, a name the CV does not contain as
written, two readings that disagree) is worse quoted than left out: the question is then asked
without the quote. :func:`quotable_facts` returns the facts with those readings removed.
"""

from __future__ import annotations

import logging
import re
import unicodedata

from core.analysis.cv_confidence import confident_facts
from core.analysis.cv_confidence_cues import role_noun
from core.analysis.cv_entry_check import entry_checked
from core.analysis.cv_lead_lines import lead_lines_checked
from core.analysis.cv_lead_rules import calendar_word, field_of_work, platform_name
from core.analysis.cv_line_quote import opener_line
from core.analysis.cv_lines import DATE_RE, SHIFT_DEPARTMENT_RE, is_place, is_role, section_kind, world_region
from core.analysis.cv_names import legal_form_name
from core.analysis.cv_opener import opener_parts
from core.analysis.cv_places import place_descriptor
from core.analysis.cv_quote_commas import comma_parted
from core.analysis.cv_quote_rules import cut_name, field_label, society_host, unit_or_client, written_whole
from core.analysis.cv_titles import known_title, title_head
from core.analysis.text import hold_abbreviations

logger = logging.getLogger(__name__)

_MAX_WORDS = 10
_MAX_CHARS = 90
_MARKUP_RE = re.compile(r"[#*_`|<>{}\[\]\\]|https?:|www\.|\S@\S|¶|\ufffd")
_ORG_WORD_RE = re.compile(
    r"\b(?:inc|ltd|llc|gmbh|plc|corp|corporation|company|co|group|bank|hospital|clinic|trust|nhs|labs?|"
    r"technologies|systems|solutions|agency|partners|studio|council|foundation|consulting|university|college|"
    r"school|academy|institute|centre|center|services|health|media|software|commerce|tech|program|programme|"
    r"project|network|society|association|club)\b",
    re.IGNORECASE,
)


# a study's name ("Classes Prépas Scientifiques", "Master in Finance", "Abitur"): an education entry read as a job
_STUDY_NAME_RE = re.compile(r"(?i)\b(?:bachelor'?s?|master'?s?|degree|diploma|ph\.?d|mba|a-levels?|gcses?|abitur|matura|"
                            r"licence|laurea|studium|baccalaur[eé]at|classes? pr[ée]pa\w*|pr[ée]paratoires?|cpge)\b")

# an event or a distinction ("Standard Bank IT Challenge", "Programming Contest", "Stipendium"): a prize or a
# competition taken part in, read as an entry's employer (session 17, fresh sets read by the untuned reader)
_EVENT_RE = re.compile(r"(?i)\b(?:challenge|contest|competition|hackathon|olympiad|olympiade|awards?|prize|scholarship|"
                       r"wettbewerb|preis|stipendium|concours|prix|concurso|premio|beca|bourse)\b")
# a sentence's preposition before the name ("für die EVIM Jugendhilfe gGmbH", "at Acme"): a phrase cut from a line
_LEAD_WORD_RE = re.compile(r"^(?:für|bei|beim|im|am|zum|zur|at|for|with|from|chez|pour|avec|para|con|per|presso|bij|voor|"
                           r"during|via)\s")

# a lower-case word that links two things ("Binary Numbers through Ozobots with GWC", "iOS chez Accengage"): a
# phrase (a talk, a project, a role at a firm), not one organisation's name
_LINK_WORD_RE = re.compile(r"\s(?:through|with|using|via|into|about|during|including|while|chez|bei)\s")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s‐‑–—-]+", " ", re.sub(r"[*_`#]+", "", text)).strip()


def _shape_ok(value: str, cv_text: str = "") -> bool:
    """Short, plain text: no markup, link, glyph or sentence punctuation; not a heading (:func:`_heading`) or a
    date."""
    words = value.split()
    return (
        0 < len(words) <= _MAX_WORDS
        and len(value) <= _MAX_CHARS
        and not _MARKUP_RE.search(value)
        and not re.search(r"[.!?:;]\s|[:;]$|^\W|\d{3,}", _name_held(value))
        and not _heading(value, cv_text)
        and bool(re.search(r"[A-Za-z]{2}", value))
    )


def _heading(value: str, cv_text: str = "") -> bool:
    """Whether ``value`` reads as a section heading ("Education", "Key Technologies") and the CV, when given, writes
    it so: on a line of its own. "Alpine Technologies" in "Alpine Technologies, Director of Operations" is a name
    that ends in a heading's word, not the heading."""
    if section_kind(value) is None:
        return False
    return not cv_text or any(_fold(line.strip(" \t#*|:-•")) == _fold(value) for line in cv_text.splitlines())


def _name_held(value: str) -> str:
    """``value`` with the marks that sentence splitting reads as part of a name held (same length): "Yahoo! Inc.",
    "Proof. Pest Control" (:func:`core.analysis.text.hold_abbreviations`), so such a name is quoted whole; in a
    name that ends in a legal form, the full stop of a short capitalised word too ("Bildungswerk der Hess. Wirtschaft
    e.V.", "Horst Weber e. K.": one name; "Ran the shop. Acme Ltd" stays two sentences)."""
    held = hold_abbreviations(f"at {value}, x")[3 : 3 + len(value)]
    return re.sub(r"\b([A-Z][a-z]{0,4}|[a-z])\.(?=\s)", "\\1\u2024", held) if legal_form_name(value) else held


def _in_cv(value: str, cv_text: str) -> bool:
    """Whether the CV's text contains the value as written (case, spacing and hyphens aside)."""
    return not cv_text or _fold(value) in _fold(cv_text)


def quotable_role(role: str, cv_text: str = "") -> bool:
    """Whether a job title is safe to quote: a title with a role word ("Charge Nurse", "Paralegal"),
    short and plain, no place or date, written so in the CV, and whole on some line of it
    (:func:`core.analysis.cv_quote_rules.written_whole`: not "Advance Nurse" of "Advance Nurse Scholar")."""
    role = (role or "").strip()
    return bool(
        _shape_ok(role, cv_text) and is_role(role) and not is_place(role) and not DATE_RE.search(role) and _in_cv(role, cv_text)
        and written_whole(role, cv_text)
    )


def _title_like(text: str) -> bool:
    """Whether a name reads as a job title: :func:`is_role`, or (two words or more) a whole title of the
    standard occupation list ("Night Auditor") or a last word that heads such titles ("Warehouse Stocker")."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    if len(words) < 2:  # one word: only the role lexicon ("Hoover", "Parker", "Jupiter" are names too)
        return is_role(text)
    return is_role(text) or known_title(text) or title_head(words[-1])


def quotable_employer(employer: str, cv_text: str = "", roles: tuple[str, ...] = (), jobs: list | tuple = ()) -> bool:
    """Whether an employer's name is safe to quote: short and plain, with a capital, a digit or an
    organisation word ("n2N Commerce", "visual assault, llc"), no place ("San Francisco"), date, section heading,
    shift or department ("Inbound", "Nights"), study ("Classes Prépas", "Master in Finance") or job title ("UX Director", "Warehouse Operative", a title of the
    standard occupation list; session 19: a discipline "Software Engineering", a month "June" or a marketplace "Upwork",
    :mod:`core.analysis.cv_lead_rules`) unless an organisation word or a legal form says otherwise, no descriptor of the place ("5-star", "188 rooms") ("Nursing Agency", "Zalando SE"),
    no phrase with a linking word ("Fractions through Games", "iOS chez Accengage") or opening on a preposition ("für
    die EVIM gGmbH"), no event or distinction ("Standard Bank IT Challenge", "Programming Contest") unless a legal
    form marks a name, not the person's own name (the CV's
    first lines, a "Name:" field), not read as a title elsewhere in the same CV (two readings that disagree), and
    written so in the CV. Session 18 (:mod:`core.analysis.cv_quote_rules`, with ``cv_text``): not a piece of a longer
    name ("SV Vermarktung GmbH" of "... & Co. KG", a word wrapped from a sentence, "IN Satellites Engineering"), not a
    field's label ("Reference: ..."), not one of two organisations on its entry's header line ("Nurse, Cardiac Unit,
    Lakeside Hospital"), and not a title-like name read beside a title with no role noun (``jobs``: (role, employer)
    pairs; "Journalist & Media Monitor" read as the employer of "BBC Monitoring")."""
    employer = (employer or "").strip()
    if not _shape_ok(employer, cv_text) or not employer[:1].isalnum():
        return False
    if not re.search(r"[A-Z0-9]", employer) and not _ORG_WORD_RE.search(employer):
        return False  # "visual design work": words in lower case, no capital and no organisation word
    if is_place(employer) or DATE_RE.search(employer) or place_descriptor(employer) or world_region(employer):
        return False  # "Edinburgh", "5-star", "188 rooms": where the job was, or what the place is like
    if _LINK_WORD_RE.search(employer) and not _ORG_WORD_RE.search(employer):
        return False
    if _LEAD_WORD_RE.match(employer) or (_EVENT_RE.search(employer) and not legal_form_name(employer)):
        return False  # "für die EVIM gGmbH": a sentence's words; "IT Challenge", "Contest": an event, no employer
    if _STUDY_NAME_RE.search(employer) and not _ORG_WORD_RE.search(employer) and not legal_form_name(employer):
        return False  # "Classes Prépas Scientifiques", "Master in Finance": a study read as the employer of an entry
    if SHIFT_DEPARTMENT_RE.match(employer) or field_of_work(employer) or calendar_word(employer):
        return False  # "Inbound", "Finance", "Software Engineering", "June": a shift, a department, a month
    if platform_name(employer):
        return False  # "Upwork", "Codeforces": where work was found or contests run, not who employed the person
    if _title_like(employer) and not _ORG_WORD_RE.search(employer) and not legal_form_name(employer):
        return False  # a title, unless a legal form marks a name: "Zalando SE (Polska)" is no "Senior SE"
    if _fold(employer) in {_fold(r) for r in roles if r}:
        return False
    if _is_name_line(employer, cv_text) and not _ORG_WORD_RE.search(employer) and not legal_form_name(employer):
        return False  # the CV's first line, the person's own name, read as the employer of a job under it
    if cv_text and (cut_name(employer, cv_text) or field_label(employer, cv_text) or unit_or_client(employer, cv_text, jobs)):
        return False  # a piece of a longer name, a field's label, or one of two organisations on its header line
    if cv_text and comma_parted(employer, cv_text, roles):
        return False  # "Revenue Management, Remote Solutions | 2015 – Present" over its title: which name, or both?
    if role_noun(employer) and any(r and e == employer and not role_noun(r) for r, e in jobs):
        return False  # "BBC Monitoring" read as the title of "Journalist & Media Monitor": the two swapped

    return _in_cv(employer, cv_text)


_NAME_FIELD_RE = re.compile(r"(?im)^[\s#*]*(?:full\s+)?name\s*[:|]\s*(.+?)\s*$")


def _is_name_line(value: str, cv_text: str) -> bool:
    """Whether ``value`` is the person's own name: one of the CV's first three lines of text, two to four
    capitalised words ("Sam Ortega" above "Curriculum Vitae" or under it), or the value of a "Name:" field. A CV
    without section headings puts the name just above its first job, and a reader takes it for the employer."""
    if len(words := value.split()) < 2 or len(words) > 4 or not all(w[:1].isupper() for w in words if w.isalpha()):
        return False
    firsts = [line.strip(" #*\t") for line in (cv_text or "").splitlines() if line.strip(" #*\t")][:3]
    fields = [m.group(1).strip(" *") for m in _NAME_FIELD_RE.finditer(cv_text or "")]
    return any(_fold(line) == _fold(value) for line in firsts + fields)


def _pair_agrees(skill: str, employer: str, facts: dict) -> bool:
    """Whether the skill-to-employer map's pair (lexicon name -> first employer) is also one of the pairs read
    as written (``skill_employer_pairs``: the skill named inside that employer's entry); two readings that
    disagree ("Docker" mapped to one employer, named only under another) are unsure. True when the facts carry
    no such list (no second reading to compare)."""
    if "skill_employer_pairs" not in facts:
        return True
    written = {(_fold(s), _fold(e)) for s, e in facts.get("skill_employer_pairs") or []}
    surface = (facts.get("skill_surface") or {}).get(skill, skill)
    return any((_fold(name), _fold(employer)) in written for name in (surface, skill))


# a university's school, college or faculty by its name ("School of Visual Arts", "Hadley College of Nursing")
_UNIVERSITY_UNIT_RE = re.compile(r"^(?:[A-Z][\w'’-]*\s+){0,2}(?:School|College|Faculty) of\s+[A-Z]")


def _university_units(employers: list[str]) -> set[str]:
    """The employers that read as a school, college or faculty of a university ("School of Visual Arts and Design")
    when the CV names a university among its employers too: a unit of it, whose entry a one-line header
    ("Coordinator, Digital Media, School of X, 2017 - 2018") gave no parent; the university is the employer."""
    if not any(re.search(r"(?i)\buniversit", e) for e in employers):
        return set()
    return {e for e in employers if _UNIVERSITY_UNIT_RE.match(e) and not re.search(r"(?i)\buniversit", e)}


def _row_cell(text: str) -> str:
    """An achievement as a question may quote it: a table row's cells ("Cut costs by 20% | 2019 | Acme")
    give the longest one, never the pipes between them."""
    return max((c.strip() for c in text.split("|")), key=len) if "|" in text else text


def quotable_facts(facts: dict, cv_text: str = "") -> dict:
    """The facts of :func:`core.analysis.cv.extract_cv_facts` with every unsure reading removed:

    - ``jobs``: a (role, employer) pair not both quotable becomes ("", "") in its place (so the first
      job stays the first: an older job is never quoted as the current one);
    - ``employers``: the quotable ones;
    - ``skill_employer``, ``skill_employer_pairs`` and ``achievement_employer``: only entries whose
      employer is quotable;
    - ``current_title``: "" unless quotable;
    - ``achievements`` (and ``achievement_employer``'s keys): a table row's longest cell, no pipes;
    - ``skill_employer``: only pairs the as-written pairs (``skill_employer_pairs``) read too;
    - ``current_job`` (added): the (role, employer) entry of the current title, or ("", "") when it is
      unsure or no entry has that title, never another job in its place;
    - with ``cv_text``, every fact below its reading confidence
      (:func:`core.analysis.cv_confidence.confident_facts`: cues of the whole reading, not of one CV's shape);
    - ``current_job_parts`` (added): ``current_job`` when both are sure, else the latest entry's sure side alone
      (:func:`core.analysis.cv_opener.opener_parts`: "your time at {employer}"), the other ""; without
      ``cv_text``, ``current_job``;
    - ``opener_line`` (added): ``(line, goes_on)``, the header line of the entry the reading takes as the latest,
      verbatim (:func:`core.analysis.cv_line_quote.opener_line`), ``("", False)`` when none or without ``cv_text``;
    - with ``cv_text``, last, every employer claim the CV's lines do not show
      (:func:`core.analysis.cv_entry_check.entry_checked`: a behavioural lead's employer without a dated entry of its
      own, a skill or an achievement not written inside that employer's entry), then every employer the lines
      around its name show is none (:func:`core.analysis.cv_lead_lines.lead_lines_checked`: a school without a post,
      an entry without one, a team under the employer's heading, a descriptor after the name).
    Other fields are passed on unchanged. Returns a new dict; ``facts`` is not changed.
    """
    roles = tuple(facts.get("roles") or ())
    sure_employers: dict[str, bool] = {}
    units = _university_units(facts.get("employers") or [])

    def sure(employer: str) -> bool:
        if employer not in sure_employers:
            sure_employers[employer] = (employer not in units and quotable_employer(employer, cv_text, roles, facts.get("jobs") or ())
                                        and not society_host(employer, cv_text, facts.get("schools") or ()))
        return sure_employers[employer]

    out = dict(facts)
    out["jobs"] = [
        (role, employer) if role and employer and quotable_role(role, cv_text) and sure(employer) else ("", "")
        for role, employer in facts.get("jobs") or []
    ]
    out["employers"] = [e for e in facts.get("employers") or [] if sure(e)]
    out["skill_employer"] = {s: e for s, e in (facts.get("skill_employer") or {}).items()
                             if sure(e) and _pair_agrees(s, e, facts)}
    out["skill_employer_pairs"] = [(s, e) for s, e in facts.get("skill_employer_pairs") or [] if sure(e)]
    out["achievement_employer"] = {a: e for a, e in (facts.get("achievement_employer") or {}).items() if sure(e)}
    achievements = {a: _row_cell(a) for a in facts.get("achievements") or []}
    out["achievements"] = list(dict.fromkeys(achievements.values()))
    out["achievement_employer"] = {achievements.get(a, a): e for a, e in out["achievement_employer"].items()}
    title = facts.get("current_title") or ""
    out["current_title"] = title if quotable_role(title, cv_text) else ""
    jobs = list(facts.get("jobs") or [])
    # the entry the current title names; none when no entry has that title (the title read from a headline or
    # the top of the CV, the first entry another job): two readings that disagree on the current job
    index = next((i for i, job in enumerate(jobs) if title and job[0] == title), None)
    out["current_job"] = out["jobs"][index] if index is not None else ("", "")
    dropped = [e for e, ok in sure_employers.items() if not ok]
    if dropped:
        logger.debug("employers not quoted (unsure reading): %s", dropped)
    if not cv_text:
        out["current_job_parts"] = out["current_job"]
        out["opener_line"] = ("", False)
        return out
    out["opener_line"] = opener_line(facts, cv_text)  # the latest entry's header line, verbatim (session 18)
    out = confident_facts(out, facts, cv_text)
    out["current_job_parts"] = opener_parts(out["current_job"], facts, cv_text)
    if out["current_job_parts"] != out["current_job"]:
        out["current_job"] = ("", "")  # a study's title: the pair is no job either
    return lead_lines_checked(entry_checked(out, facts, cv_text), facts, cv_text)
