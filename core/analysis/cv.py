"""CV facts: current title, employers, schools, skills (as written), achievements, and which skill
appears under which employer.

The CV is read line by line (:mod:`core.analysis.cv_lines` cleans Markdown, HTML, icon glyphs and
page stamps first; :mod:`core.analysis.cv_layout` joins lines that a PDF wrapped) and split into
sections. In an experience section, the short lines before a run of bullets or sentences form a job header,
split into role, employer, location and dates (:mod:`core.analysis.cv_entries`: a place is never an employer, a
second job title is never an employer). Internship(s) headings head experience; a dated job under a Projects heading
is read as one, a project is not. Skills come from the skills section's lists as written plus named tools of the
lexicon anywhere (:mod:`core.analysis.cv_skills`); a skill is tied to an employer only when it is named inside that
employer's entry. A job entry that a DOCX's text boxes strand inside the education section is still
read as one.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

from core.analysis.bounds import bounded
from core.analysis.cv_blocks import Block, entry_in_block, new_block, opens_entry, promotion
from core.analysis.cv_clean import without_latex
from core.analysis.cv_co_employers import note_co_employer
from core.analysis.cv_current import CLOSED_RANGE_RE, PRESENT_RE, SIDE_POST_RE, current_title
from core.analysis.cv_departments import LONE_UNIT_RE, unit_start
from core.analysis.cv_education import education_line, study_school
from core.analysis.cv_entries import (
    CONTACT_RE,
    full_header,
    job_like,
    not_an_employer,
    org_name,
    parse_header,
)
from core.analysis.cv_entry_bounds import DATE_RANGE_RE as _DATE_RANGE_RE
from core.analysis.cv_entry_bounds import HEADER_MAX_WORDS as _HEADER_MAX_WORDS
from core.analysis.cv_entry_bounds import bullet_header as _bullet_header
from core.analysis.cv_entry_bounds import entry_tail as _entry_tail
from core.analysis.cv_entry_bounds import header_end, is_body, listed_title, next_entry, table_row
from core.analysis.cv_entry_bounds import tag_line as _tag_line
from core.analysis.cv_headline import headline_title, post_on_top, top_title
from core.analysis.cv_lang import fold, rows_holding
from core.analysis.cv_layout import CvLine, cv_lines
from core.analysis.cv_line_entries import DATED_PREFIX_RE, bold_name, many_employers, role_at_employer
from core.analysis.cv_lines import DATE_RE, SCHOOL_RE, natural_case, section_kind
from core.analysis.cv_names import listed_employer, spell_out
from core.analysis.cv_schools import degree_school, school_name, studied, summary_school
from core.analysis.cv_sections import inside_entry
from core.analysis.cv_sibling_titles import titled_by_siblings
from core.analysis.cv_side_entries import SIDE_NO_JOBS_RE, colon_entry, side_entry
from core.analysis.cv_skill_claims import skill_employers, skills_found
from core.analysis.cv_skill_cues import named_in_lists, wrapped_cue_items
from core.analysis.cv_skill_lists import enumerated_names, group_heading, labelled_tools, section_items
from core.analysis.cv_skills import ACTION_VERB_RE
from core.analysis.text import NUMBER_RE, strip_injections
from core.words import count_words

logger = logging.getLogger(__name__)

WEAK_VERB_RE = re.compile(
    r"\b(responsible for|helped with|helped to|assisted with|assisted in|worked on|involved in|duties included|"
    r"tasked with|participated in)\b",
    re.IGNORECASE,
)


# a label a CV groups its entries under, read as their title: "As a Nurse Practitioner" (session 26 re-check, N10)
_AS_LABEL_RE = re.compile(r"^As an?\s+(?=[A-Z])")


def _unlabelled(title: str) -> str:
    """A title without the label "As a"/"As an" it was written under ("As a Registered Nurse" -> "Registered Nurse")."""
    return _AS_LABEL_RE.sub("", title or "") if title else title


# what a study entry says under its school ("STUDIENGANG : INFORMATIK", "Angestrebter Abschluss : Bachelor")
_STUDY_RE = re.compile(r"(?i)\b(?:studiengang|studium|abschluss|bachelor|master|b\.?sc|m\.?sc|degree|diploma|major|"
                       r"estudios|carrera|licence|licenciatura|gradua[çc][ãa]o|curso|studie|opleiding|corso di laurea)\b")


def _campus_name(employer: str, schools: list[str]) -> str:
    """The school's whole name for an employer that is that name cut at its comma ("University of California" of
    "University of California, Berkeley"), else the employer as read."""
    whole = [s for s in schools if s.startswith(employer + ", ") and SCHOOL_RE.search(employer)]
    return whole[0] if len(whole) == 1 else employer


def _study_below(name: str, texts: list[str]) -> bool:
    """Whether a line naming ``name`` has study lines right under it (up to three, before any heading)."""
    for row in rows_holding(texts, name):
        for line in texts[row + 1:row + 4]:
            if section_kind(line):
                break
            if _STUDY_RE.search(line):
                return True
    return False


def _school_only(employer: str, studied: set[str], titled: set[str]) -> bool:
    """Whether an employer is a school the CV studied at, named with a school's word, held with no title and with
    only study lines under it: the education entry read where experience and education run together, no post."""
    return employer not in titled and fold(employer) in studied and bool(SCHOOL_RE.search(employer))


def extract_cv_facts(cv_text: str) -> dict:
    """Facts of a CV.

    Returns ``{"current_title": str, "current_ended": bool (its dates end in a year), "roles": [...], "jobs": [(role, employer)] in CV order, "employers": [...], "schools": [...],
    "skills": [canonical lexicon names], "skills_as_written": [...], "skill_surface": {name: as
    written}, "skill_employer": {name: first employer it is named under}, "skill_employer_pairs":
    [(as written, employer)], "achievements": [...], "achievement_employer": {achievement:
    employer}, "bullets": [the bullets of job and project entries], "word_count": int}``.
    """
    facts = _extract_cv_facts(bounded(cv_text or ""))  # cut before any reading: the cost is linear and bounded
    return {
        k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v)
        for k, v in facts.items()
    }


# headings of sections whose dated entries are no jobs, for the lenient pass
_SIDE_RE = re.compile(r"(?i)volunteer|award|honou?r|certif|licen|publication|talk|course|training|activit|interest|"
                      r"reference|language|leadership|achievement|\bbooks?\b|articles|chapters|papers|proceedings|presentations|"
                      r"keynotes|abstracts|\breviews\b|funding|grants")
_PROJECTS_RE = re.compile(r"\bprojects?\b|\bproyectos\b|\bprojets\b", re.IGNORECASE)


@dataclass
class _Walk:
    """One pass over the CV's cleaned lines, tracking the section and the current job entry."""

    roles: list[str] = field(default_factory=list)
    employers: list[str] = field(default_factory=list)
    schools: list[str] = field(default_factory=list)
    section_items: list[str] = field(default_factory=list)
    skill_lines: list[CvLine] = field(default_factory=list)  # the skills sections' lines, blank ones too
    achievements: list[str] = field(default_factory=list)
    achievement_employer: dict[str, str] = field(default_factory=dict)
    bullets: list[str] = field(default_factory=list)  # the bullets of job and project entries (see _bullet)
    entries: list[tuple[str, str]] = field(default_factory=list)  # (employer, text named in the entry)
    jobs: list[tuple[str, str]] = field(default_factory=list)  # (role, employer) in CV order
    side_roles: list[str] = field(default_factory=list)  # roles read under a Projects heading
    present_roles: list[str] = field(default_factory=list)  # roles whose header dates run to "Present"
    volunteer_roles: list[str] = field(default_factory=list)  # roles whose header says "Volunteer"
    ended_roles: list[str] = field(default_factory=list)  # roles whose header dates end in a year
    block: Block | None = None  # the employer whose header several titles follow (core.analysis.cv_blocks)
    lead: str = ""  # the employer written on a line of its own above its first title (cv_blocks.promotion)
    section: str = ""
    heading: str = ""
    strict: bool = False  # an entry read under a Projects heading: only a dated role at an employer is a job
    employer: str = ""
    group: list[str] = field(default_factory=list)
    recent: list[str] = field(default_factory=list)  # header-like lines outside experience (see _stray_entry)
    columns: list[str] = field(default_factory=list)  # the columns of a table of jobs (see _table_row)
    lenient: bool = False  # a second pass over a CV where no job was found (see _extract_cv_facts)
    recent_education: list[str] = field(default_factory=list)  # the last three lines read in an education section
    side_employer: str = ""  # the employer of a job entry read outside experience (cv_side_entries.side_entry)
    side_jobs: int = 0  # how many of ``jobs`` were read that way
    side_recent: list[str] = field(default_factory=list)  # the short lines read before, outside experience
    co_employers: dict[str, str] = field(default_factory=dict)  # employer -> the second one its header names
    prose_tail: str = ""  # the line before, when it ended mid-sentence (see feed)
    text: str = ""  # the whole CV, where a name is looked for apart (cv_co_employers.joint_employers)

    def feed(self, line: CvLine) -> None:
        if self._skills_line(line) or not line.text or self._table_row(line.text):
            return
        kind = (line.heading or section_kind(line.text)) if not line.bullet else None
        if kind and inside_entry(kind, self.section, line.text):
            if self.section == "experience":
                self.flush()  # the header ends where a sub-heading begins ("Projekte:" under "Mindable GmbH, Berlin")
            return  # "Achievements" inside a job entry heads its bullets, "Certificate" under a school is its award
        if kind:
            self.flush()
            self.block = self.block if kind == self.section else None  # "Positions Held:" inside the experience section
            self.lead = self.lead if kind == self.section else ""
            self.section, self.employer, self.recent, self.side_employer, self.side_recent = kind, "", [], "", []
            self.heading, self.strict = line.text, False
            if kind == "skills":
                self.skill_lines.append(CvLine("", False, False, heading="skills"))  # one skills section apart from another
            return
        if (not self.lenient and self.section in ("education", "other") and not SIDE_NO_JOBS_RE.search(self.heading)
                and side_entry(self, line.text, line.bullet, is_body(line), bool(_DATE_RANGE_RE.search(line.text)))):
            return
        self._unheaded_education(line)
        projects = self.section == "other" and bool(_PROJECTS_RE.search(self.heading))
        unheaded = self.lenient and self.section in ("", "other") and not projects and not _SIDE_RE.search(self.heading)
        if (self.section in ("education", "skills") or projects or unheaded) and self._stray_entry(line):
            self.section, self.strict = "experience", projects
        if self.section == "experience":
            self._experience(line)
        elif self.section == "education":
            self._education(line)
        elif self.section == "skills":
            self.skill_lines.append(line)  # read as a whole at the end (core.analysis.cv_skill_lists)
        if self.section != "skills":
            self.section_items.extend(labelled_tools(line, self.heading))  # "Tech: Python, Nmap" under a project
        if self.section != "education":
            items, self.prose_tail = wrapped_cue_items(self.prose_tail, line.text, line.bullet)
            self.section_items.extend(items)
        if self.section == "experience" or self.side_employer:  # a job's "HTML、JS、Servlet", not a project's
            self.section_items.extend(enumerated_names(line.text))
        if line.bullet or (self.section == "experience" and is_body(line)):
            self._bullet(line.text, role=self.section == "experience" or projects or bool(self.side_employer or self.employer))

    def _skills_line(self, line: CvLine) -> bool:
        """A skills section's blank line, or a group's heading inside it ("Databases", "Elastic Stack"), kept for the
        skills reader (:mod:`core.analysis.cv_skill_lists`); True when the line needs nothing more."""
        group = self.section == "skills" and bool(line.text) and not line.bullet and group_heading(line.text) and (
            line.heading or section_kind(line.text)) == "skills"
        if self.section == "skills" and (group or not line.text):
            self.skill_lines.append(CvLine(line.text, False, False, heading="group") if group else line)
        return group

    def _unheaded_education(self, line: CvLine) -> None:
        """A degree's line ("BSc Logistics, University of Hull, 2014") in a CV with no section headings
        (the lenient pass): an education entry, so the lines after it are read as one until a job's."""
        if self.lenient and not line.bullet and self.section in ("", "other", "experience") and degree_school(line.text):
            self.flush()
            self.section, self.employer = "education", ""

    def _table_row(self, text: str) -> bool:
        """A table of jobs with column headings ("Organisation | Designation | Duration"): the heading
        row sets the columns, each row below gives a (role, employer) by them. True when the line was
        one of those rows."""
        cells, columns = table_row(text)
        if columns:
            self.flush()
            self.columns, self.section, self.employer = columns, "experience", ""
            return True
        if not self.columns or len(cells) != len(self.columns):
            self.columns = []
            return False
        role, employer = cells[self.columns.index("role")], natural_case(cells[self.columns.index("employer")])
        if employer and employer not in self.employers:
            self.employers.append(employer)
        if role and role not in self.roles:
            self.roles.append(role)
            if any(PRESENT_RE.search(c) for c in cells):
                self.present_roles.append(role)
        self.jobs.append((role, employer))
        return True

    def _stray_entry(self, line: CvLine) -> bool:
        """Whether the lines just read in an education section are a job entry (a DOCX whose
        text boxes put "Career path" or the education box between two jobs): a header with a date
        range, a title and an employer, no school, then a bullet or a sentence."""
        if not (line.bullet or is_body(line)):
            if len(line.text.split()) <= _HEADER_MAX_WORDS:
                self.recent = [*self.recent[-5:], line.text]  # a range, title, employer, two lines of a summary
            return False
        group = self._entry_lines()
        self.recent = []
        if not group or not any(_DATE_RANGE_RE.search(g) for g in group) or any(school_name(g) for g in group):
            return False
        role, employer = parse_header(group)
        if role and employer and (self.section in ("education", "") or self.lenient or job_like(group, role, employer)):
            self.group = group
            self.skill_lines = [s for s in self.skill_lines if s.text not in group]  # a side column's skills ran into it
            return True
        return False

    def _entry_lines(self) -> list[str]:
        """The recent header lines from the one with a date range on, plus the undated lines before it
        ("Title" above "Employer | 2019 – 2021"; not "2005 – Shell Scripter" of a list above)."""
        ranged = [i for i, g in enumerate(self.recent) if _DATE_RANGE_RE.search(g)]
        if not ranged:
            return []
        start = ranged[-1]
        after = len(self.recent) - 1 - start  # "Designer" / "2016 – 2018" / "Gartner": the employer's line after the dates
        while (start > 0 and not DATE_RE.search(self.recent[start - 1]) and ranged[-1] - start + after < 2
               and not CONTACT_RE.search(self.recent[start - 1])):  # not back over the name and contact lines
            start -= 1
        return self.recent[unit_start(self.recent, start):]  # "Department" first: back to its employer

    def _experience(self, line: CvLine) -> None:
        role, employer = role_at_employer(line.text)
        if employer:  # "2 years as Front-End Captain at Synthesio from 2014 to today"
            self.flush()
            self.employer = "" if line.bullet and not DATED_PREFIX_RE.match(line.text) else employer  # a bullet of its own is the whole entry, not "- 2019 : Analyst chez Acme"
            if employer not in self.employers:
                self.employers.append(employer)
            if role and role not in self.roles:  # "Harbour Trust, UK – 9 years": an employer with no title
                self.roles.append(role)
            self.jobs.append((role, employer))
            return
        if line.bullet and _bullet_header(line.text):  # "- **Software Engineer**, Acme Corp (2019 – Present)"
            self.flush()
            self.group = [line.text]
            self.flush()
            return
        if line.bullet and not self.employer and not self.group and colon_entry(self, line.text):
            return  # "- Harwick Institute, Portsmouth (HI) : Hull stress monitoring using ...": an entry in one bullet
        names = many_employers(line.text)
        if names:  # "Lead Developer at Chaucer, Omnifone, Centrica (2005-2013)": several employers, one line
            self.flush()
            self.employers.extend(n for n in names if n not in self.employers)
            self.employer = ""
            return
        if line.bullet and listed_title(line.text, self.group):
            self.group.append(line.text)  # "**Birchwood Diner** | Dayton, OH | (2023 - 2024)" over "- **Line Cook**"
            return
        if line.bullet and listed_employer(line.text, self.group):
            self.group.append(line.text)  # "### Field Sales Agent" over "- SolarWorks Energy – Newark, NJ": the header's line
            return
        if line.bullet and line.bold_only and bold_name(line.text):  # "* __Northgate Robotics__" over its title line
            self.flush()
            self.group = [line.text]
            return
        if is_body(line) or (self.employer and not self.group and _entry_tail(line.text)) or _tag_line(line.text, self.group, self.employer):  # "Produkten gearbeitet.": the job's
            self.flush()
            if self.employer and self.entries and self.entries[-1][0] == self.employer and self.entries[-1][1].endswith("-"):
                self.entries[-1] = (self.employer, self.entries[-1][1] + line.text)  # "Riak-" / "Core.": one word
            elif self.employer:
                self.entries.append((self.employer, line.text))
            return
        self._header_line(line.text)

    def _header_line(self, text: str) -> None:
        """A header line of an entry: gathered with the ones before it, or opening the next entry's."""
        if (full_header(text) and any(full_header(g) for g in self.group)) or opens_entry(text, self.group):
            self.flush()  # "2024- CROWDSTRIKE Senior SE" then "2018-2023 SALSIFY, Staff SE": two entries, no bullets between
        elif next_entry(text, self.group):
            self.flush()  # "2008 – 2019" over "Duty Manager • Acme", then "2001 – 2006": the next entry's dates
        elif cut := header_end(text, self.group):  # "Acme" / "2018 - 2022" / "Analyst at Growth", then "2020 - 2022"
            self.group, rest = self.group[:cut], self.group[cut:]
            self.flush()
            self.group = rest
        self.group.append(text)
        if len(self.group) > 4 + 2 * any(LONE_UNIT_RE.match(g) for g in self.group):  # "X" / town / "Y" / "Department" / title
            self.group.pop(0)

    def flush(self) -> None:
        if not self.group:
            return
        group, self.group = self.group, []

        role, employer = parse_header(group)
        role, employer, under = entry_in_block(self.block, role, employer, group)
        dated = any(DATE_RE.search(g) for g in group)
        employer, self.lead = promotion(self.lead, role, employer, group, dated)
        # a line with no title and no date, no job ("principles." that a sentence wrapped onto), leaves the block
        self.block = self.block if under or not (role or dated) else new_block(role, employer, group)
        if self.strict and not (role and employer and any(_DATE_RANGE_RE.search(g) for g in group)):
            self.employer = ""  # a project under the Projects heading, not a job
            return
        if dated:
            self.employer = ""  # a new dated entry: nothing below is tied to the one before, whatever it turns out to be
        if not employer and (role or dated):
            self.employer = ""  # a new entry whose employer is not named: nothing below is tied
            if role and dated and role not in self.roles:
                self.roles.append(role)
                self.jobs.append((role, ""))
        # no title: a date range or an organisation's name makes it a job ("2021 | Cleared First Round,
        # Hackathon" under an Achievements heading that a job's entry runs into is no employer)
        if employer and not role and dated and any(studied(g) for g in group):  # "2022 | Sprachakademie X GmbH" over "Abschluss:
            school = (studied(employer) and study_school(group)) or employer  # Telc C1": a course among the jobs
            self.schools.extend([school] if school not in self.schools else [])
            employer = ""
        if employer and (role or (dated and (any(_DATE_RANGE_RE.search(g) for g in group) or org_name(employer)))):
            self.employer = employer
            if employer not in self.employers:
                self.employers.append(employer)
            if role and role not in self.roles:
                self.roles.append(role)
                if self.strict:
                    self.side_roles.append(role)
            if role and any(SIDE_POST_RE.search(g) for g in group):  # a volunteer, part-time, own-account post
                self.volunteer_roles.append(role)
            if role and any(PRESENT_RE.search(g) for g in group):
                self.present_roles.append(role)
            elif role and any(CLOSED_RANGE_RE.search(g) for g in group):
                self.ended_roles.append(role)
            self.jobs.append((role, employer))
            # the header's words without the employer's own name ("Redux" in "Arcadia Redux" is no skill used there)
            name = re.compile(re.escape(employer), re.IGNORECASE)
            self.entries.extend((employer, name.sub(" ", g)) for g in group)
            note_co_employer(self, group, employer)  # "NORDLICHT BIOTECH | FSU JENA": the entry is both's

    def _education(self, line: CvLine) -> None:
        self.recent_education = education_line(line, self.schools, self.recent_education)

    def _bullet(self, text: str, *, role: bool = True) -> None:
        """A bullet (or an experience section's sentence); ``role``: it belongs to a job or project entry.
        Only a role's bullets are the CV's bullets ("5 of 11 CV bullets have no number"): a skills list's
        lines, a summary's or an education entry's bullets are not (newcomer, session 12)."""
        if role:
            self.bullets.append(text)
        if NUMBER_RE.search(text) and ACTION_VERB_RE.search(text) and not DATE_RE.fullmatch(text):
            self.achievements.append(text)
            if self.employer:
                self.achievement_employer[text] = self.employer


@lru_cache(maxsize=64)
def _extract_cv_facts(cv_text: str) -> dict:
    text = without_latex(strip_injections(cv_text or ""))  # R Markdown's "\textbf{Title}\hfill{Employer}": read out
    lines = cv_lines(text)
    walk = _Walk(text=text)
    for line in lines:
        walk.feed(line)
    walk.flush()
    if len(walk.jobs) == walk.side_jobs:  # no job under any heading read as experience ("Where I've worked", none):
        lenient = _Walk(lenient=True, text=text)  # a dated header with a title and a name, then a bullet, is a job anywhere
        for line in lines:
            lenient.feed(line)
        lenient.flush()
        if lenient.jobs:
            walk = lenient
    texts = [line.text for line in lines if line.text]
    if len(texts) >= 40 and sum(len(t.split()) <= 1 and t[:1].isalpha() for t in texts) > 0.75 * len(texts):
        walk.section_items, walk.skill_lines = [], []  # one word per line (a PDF without spaces): no lists to read
    walk.section_items[:0] = section_items(walk.skill_lines)
    if not walk.schools:  # no education entry: the school a sentence names for a degree ("... a bachelor's degree at X")
        walk.schools = [s for s in (school_name(summary_school(t)) for t in texts) if s][:1]
    joined = "\n".join("" if CONTACT_RE.search(line.text) else line.text for line in lines)  # "GitHub: github.com/x" is no skill
    walk.section_items.extend(n for n in named_in_lists(walk.bullets, text) if n not in walk.section_items)
    names, written, surface = skills_found(walk.section_items, joined, tuple(walk.roles), tuple(walk.employers))
    spell_out(walk)  # "UCF" where the CV spells it out elsewhere
    titled_by_siblings(walk)  # "ICQA - Target Distribution" when another entry names Target Distribution
    post_on_top(walk, lines, text)
    entries = walk.entries + [(walk.co_employers[e], t) for e, t in walk.entries if e in walk.co_employers]
    first, pairs = skill_employers(entries, walk.section_items, tuple(walk.roles))
    # "CDD", "Ausbildung", "80331 München", "Abitur" read where an employer stands: no employer (session 27)
    # "University of California" cut from "University of California, Berkeley" (its campus read as a town) where the
    # CV's education names the whole: the school's name (session 28)
    walk.employers = list(dict.fromkeys(_campus_name(e, walk.schools) for e in walk.employers))
    first = {skill: _campus_name(e, walk.schools) for skill, e in first.items()}
    pairs = list(dict.fromkeys((skill, _campus_name(e, walk.schools)) for skill, e in pairs))
    # a school read again as an entry of no title where experience and education run together ("September 2022 - Heute |
    # TECHNISCHE HOCHSCHULE MITTELESSEN", then "STUDIENGANG : INFORMATIK"): a school, not an employer (session 28)
    studied_at = {fold(s) for s in walk.schools}
    titled = {e for r, e in walk.jobs if r} | {e for e in walk.employers if not _study_below(e, texts)}
    walk.employers = [e for e in walk.employers if not not_an_employer(e) and not _school_only(e, studied_at, titled)]
    first = {skill: e for skill, e in first.items() if not not_an_employer(e) and not _school_only(e, studied_at, titled)}
    pairs = [(skill, e) for skill, e in pairs if not not_an_employer(e) and not _school_only(e, studied_at, titled)]
    return {
        # a job under a Projects heading is the current one only when the experience section names none;
        # with no job title at all, the title the CV opens with ("Staff software engineer with a passion ...")
        "current_title": _unlabelled(current := current_title(walk, text) or headline_title(lines) or top_title(lines)),
        # the current title's entry has dates that end in a year, none to "Present": a past job (a career break)
        "current_ended": bool(current) and current in walk.ended_roles and current not in walk.present_roles,
        "roles": [_unlabelled(r) for r in walk.roles],
        "jobs": [(_unlabelled(r), e) for r, e in walk.jobs],
        "employers": walk.employers,
        "schools": walk.schools,
        "skills": names,
        "skills_as_written": written,
        "skill_surface": surface,
        "skill_employer": first,
        "skill_employer_pairs": pairs,
        "achievements": walk.achievements,
        "achievement_employer": walk.achievement_employer,
        "bullets": walk.bullets,
        "word_count": count_words(text),
    }
