"""Rules on the lines around an employer's name that keep a question from naming what is no employer (session 19,
fresh set 19, issue 15 point 3). Each is a fact about the CV's text, and each only removes a name: a question that
loses its employer is still asked, without it ("say less over wrong").

- :func:`school_without_post`: a school, college, university or academy, unless a line under a work heading gives
  a job title at it ("Teaching Assistant, University of X"; the title on the line above or below, no degree near);
- :func:`no_post`: an entry the reading gave no title, with no job title nor employment word on its line or the
  lines beside it (a research topic "Time Series Modeling (supervisor: …)"), or the organiser named after a
  programme taken part in ("Taqaddam Program, British Council");
- :func:`team_under_employer`: "Manager, Partner Tech" under "Confluent | Toronto, ON": a team or a department
  after a title, under the line that names the employer;
- :func:`descriptor`: "iAppsBeats, Indie Game Company.": the words that describe the name before them;
- :func:`team_under_employer` also under a block's own dated line (session 21: "Upwork: Dec '17 - Present" over
  "Program Manager, Data Analytics: Jan '21 - Present" and more titles of that employer);
- :func:`title_after_name`: "The Hillcrest Center for Pediatric Therapy Clinical Assistant –Round Rock": a title
  glued after an organisation's name read as part of it (session 21);
- a name holding a duration ("THG - The Hut Group ~ 7 years", :func:`not_an_employer`).
"""

from __future__ import annotations

import re

from core.analysis.cv_entry_check import _BULLET_RE, _header, _heading, _range, _section_above, _whole
from core.analysis.cv_lang import PRESENT_WORDS, RANGE_TO_WORDS, SINCE_WORDS, fold
from core.analysis.cv_lines import _ORG_HINT, DATE_RE, is_place, is_role

# a school's own name: its last word a school word, or "University of …" ("Clark State College", "Egypt-Japan
# University of Science and Technology"); not a service named after one ("University Dining Service")
_SCHOOL_WORD = (r"college|university|universit[äé]t?|universidad|universidade|università|universite|school|schule|"
                r"academy|akademie|académie|academia|polytechnic|hochschule|lycée|gymnasium|institute")
_SCHOOL_RE = re.compile(rf"(?i)\b(?:{_SCHOOL_WORD})(?:\s+(?:of|de|für|fur|di|do|da|del)\b.*)?$")
# a body of a university that employs people as a firm does ("University of Pennsylvania Health System")
_NOT_SCHOOL_RE = re.compile(r"(?i)\b(?:system|hospital|health|medicine|medical cent(?:er|re)|clinic|press|"
                            r"foundation|services?|library|museum)$")
# a degree or a study: the words of an education entry ("Bachelor of Applied Science in", "BSc", "Diploma"); the weak
# ones ("Graduate", "Master", "student") only on a line that is no job title ("Graduate Research Assistant")
_DEGREE_RE = re.compile(r"(?i)\b(?:bachelor\w*|(?:master|associate|doctor)(?:'s|’s)?\s+(?:of|in|degree)\b|diploma|"
                        r"degree|b\.?sc|m\.?sc|b\.\s?a\.|m\.\s?a\.|ph\.?d|mba|gpa|cgpa|major|minor|coursework|"
                        r"licence|licenciatura|abitur|magister)\b")
_WEAK_DEGREE_RE = re.compile(r"(?i)\b(?:graduat\w*|master\w*|student|studies)\b")
# a word that says a line is about employment even without a title
_EMPLOYMENT_RE = re.compile(r"(?i)\b(?:intern(?:ship)?|employ\w*|contract\w*|full[- ]time|part[- ]time|freelance|"
                            r"apprentice\w*|placement|hired|joined|worked|working|work experience)\b")
# a programme, a contest or a course the person took part in: the organisation named after it ran it
_PROGRAMME_RE = re.compile(r"(?i)\b(?:program|programme|programm|bootcamp|scholarship|fellowship|competition|"
                           r"challenge|hackathon|olympiad|camp|course|workshop|summer school|exchange)\b")
# a line about study or research, not about a post
_STUDY_MARK_RE = re.compile(r"(?i)\b(?:supervis\w*|advis[eo]r|research group|research topic|thesis|dissertation|"
                            r"course ?work|course project|class project|related topics|topics?:|lab(?:oratory)? "
                            r"rotation|semester project|capstone)\b")
_RESEARCH_RE = re.compile(r"(?i)\((?:supervisor|supervised by|advisor|adviser|mentor|pi)\s*:")
# a descriptor's last word: the kind of organisation a name before it is ("Indie Game Company", "a fintech start-up")
_KIND_NOUN = (r"company|firm|start-?up|startup|agency|manufacturer|studio|consultancy|business|provider|retailer|"
              r"supplier|distributor|publisher|charity|organi[sz]ation|non-?profit|brand|label|developer|"
              r"enterprise|venture|scale-?up|shop|store|chain|group")
_DESCRIPTOR_RE = re.compile(rf"(?i)^(?:(?:a|an|the)\s+)?(?:[\w&'’.-]+\s+){{0,4}}(?:{_KIND_NOUN})$")
_SEPARATORS_RE = re.compile(r"\s*(?:\||·|•|—|–|\s-\s|,|;)\s*")


def _clean(line: str) -> str:
    """A line without markup (HTML tags, markdown marks) and its ends' separators."""
    return re.sub(r"\s+", " ", re.sub(r"<[^<>]*>|&nbsp;|[*_#`>]+", " ", line)).strip(" -•·|,.:;\t")


def _name_rows(lines: list[str], name: str) -> list[int]:
    """The header lines (:func:`core.analysis.cv_entry_check._header`: short, no sentence) that hold ``name``
    whole."""
    return [i for i, line in enumerate(lines) if _header(line) and _whole(line, name)]


def _title_line(line: str) -> bool:
    """Whether a line, markup and dates aside, holds a job title between its separators ("Research Assistant |
    2021", "Aug – Dec 2017: RESEARCH ASSISTANT IN MACHINE LEARNING")."""
    text = _clean(DATE_RE.sub(" ", line))
    return any(is_role(p.strip(" :")) for p in re.split(r"\s*(?:\||·|•|—|–|\s-\s|,|;|:)\s*", text) if p.strip(" :"))


def _degree_line(line: str) -> bool:
    """Whether a line is about a degree or a study (:data:`_DEGREE_RE`; :data:`_WEAK_DEGREE_RE` on no title line)."""
    text = _clean(line)
    return bool(_DEGREE_RE.search(text)) or bool(_WEAK_DEGREE_RE.search(text)) and not _title_line(line)


def _beside(lines: list[str], row: int) -> list[str]:
    """The nearest lines above and below ``row`` that are not blank (an entry's header may have a blank between)."""
    above = next((lines[j] for j in range(row - 1, max(-1, row - 3), -1) if _clean(lines[j])), "")
    below = next((lines[j] for j in range(row + 1, min(len(lines), row + 3)) if _clean(lines[j])), "")
    return [x for x in (above, below) if x]


def _rest_is_title(line: str, name: str) -> bool:
    """Whether the line holding ``name`` gives a job title beside it ("Teaching Assistant, University of X",
    "Research Assistant at X | 2021")."""
    text = _clean(DATE_RE.sub(" ", fold(line)))
    rest = text.replace(re.sub(r"\s+", " ", fold(name)).strip(), " | ")
    rest = re.sub(r"(?i)\b(?:at|@|bei|chez|en|para)\s*\|", " | ", rest)
    return any(is_role(p.strip()) for p in _SEPARATORS_RE.split(rest) if p.strip())


def school_without_post(name: str, cv_text: str) -> bool:
    """Whether ``name`` is a school, college, university or academy (:data:`_SCHOOL_RE`) that no line under a work
    heading shows as a place of work: a line holding it whole, under an experience heading, that gives a job title
    on the line itself, or a title or an employment word ("Part-time", :data:`_EMPLOYMENT_RE`) on the line or the line
    above or below when no degree word (:data:`_DEGREE_RE`) stands within three lines of it. False for any other name."""
    if not _SCHOOL_RE.search(name or "") or _NOT_SCHOOL_RE.search((name or "").strip()):
        return False
    lines = (cv_text or "").splitlines()
    for row in _name_rows(lines, name):
        if _section_above(lines, row) in ("education", "skills"):
            continue
        if _rest_is_title(lines[row], name):
            return False
        near = lines[max(0, row - 3):row + 3]
        beside = [lines[row], *_beside(lines, row)]
        if not any(_degree_line(x) for x in near) and any(
                _title_line(x) or _EMPLOYMENT_RE.search(x) for x in beside):
            return False
    return True


def no_post(name: str, cv_text: str, jobs: list | tuple = ()) -> bool:
    """Whether ``name`` is no place of work by its lines: every line holding it whole names it right after a
    programme taken part in ("Taqaddam Program, British Council") or beside a supervisor ("(supervisor: …)"); or the
    reading gave it no title in ``jobs`` ((role, employer) pairs), none of its lines, nor the line above or
    below, holds a job title or an employment word, and each names study or research (:data:`_STUDY_MARK_RE`: "the
    research group", "Related Topics:", "course project"). False when no line holds it."""
    lines = (cv_text or "").splitlines()
    rows = _name_rows(lines, name)
    if not rows:
        return False
    key = fold(name)

    def led_by_programme(line: str) -> bool:
        before = fold(line).split(key)[0]
        part = before.split(",")[-2] if before.count(",") >= 1 else before
        return bool(_PROGRAMME_RE.search(part)) and not _title_line(part) or bool(_RESEARCH_RE.search(line))

    if all(led_by_programme(lines[r]) for r in rows):
        return True
    if any(role for role, employer in jobs or () if employer and fold(employer) == key):
        return False
    for row in rows:
        near = [lines[row], *_beside(lines, row)]
        if (any(_EMPLOYMENT_RE.search(x) or _title_line(x) for x in near) or _rest_is_title(lines[row], name)
                or not any(_STUDY_MARK_RE.search(x) for x in near)):
            return False
    return True


def _employer_heading(line: str) -> bool:
    """Whether a line is an employer's own heading: a name, then only places or dates ("Confluent | Toronto, ON",
    "Acme Ltd — London — 2019 – 2022"); not a title, not a section heading."""
    parts = [p for p in _SEPARATORS_RE.split(_clean(DATE_RE.sub(" ", line))) if p.strip()]
    if len(parts) < 2 or is_role(parts[0]) or not re.match(r"[^\W\d_]", parts[0]):
        return False
    return all(is_place(p) for p in parts[1:])


# the words of a date range, in the six languages ("Desde 01/07/2018 hasta hoy", "seit 2019 bis heute"): no name
_RANGE_WORDS_RE = re.compile(rf"(?i)(?<!\w)(?:since|from|to|till|until|present|now|current|{SINCE_WORDS}|"
                             rf"{RANGE_TO_WORDS}|{PRESENT_WORDS})(?!\w)")


# a block of one's own clients ("Freelance | 2019 – now", "Self-employed: 2015 - Present"): its posts' clients or
# teams are no employers either
_SELF_EMPLOYED_RE = re.compile(r"(?i)^(?:freelance[rd]?|self[- ]employed|independent|contract(?:ing|or)?|"
                               r"freiberuflich|selbstst[äa]ndig|aut[óo]nomo|ind[ée]pendant|freelance work)$")


def _block_heading(line: str) -> bool:
    """Whether a line is an employer's dated block heading: one name and a date range, nothing else ("Upwork: Dec '17
    - Present", "Freelance | 2019 – now": :data:`_SELF_EMPLOYED_RE`); not a title, a place or a section heading."""
    if not _range(line) or _heading(line):
        return False
    text = _RANGE_WORDS_RE.sub(" ", _clean(DATE_RE.sub(" ", line)))
    parts = [p for p in re.split(r"\s*(?:\||·|•|—|–|\s-\s|,|;|:)\s*", text) if p.strip(" :-–—")]
    return (len(parts) == 1 and (_SELF_EMPLOYED_RE.match(parts[0]) or not is_role(parts[0]))
            and not is_place(parts[0]) and bool(re.match(r"[^\W\d_]", parts[0])))


def _title_row(line: str) -> bool:
    """Whether a dated line holds a title alone, or "Title, Team", and its dates ("Associate Program Manager: Jan
    '20 - Dec '20"): a post under a block heading, naming no employer of its own."""
    parts = [p for p in re.split(r"\s*(?:\||·|•|—|–|\s-\s|;|:)\s*", _clean(DATE_RE.sub(" ", line))) if p.strip(" :")]
    return len(parts) == 1 and is_role(parts[0].partition(",")[0].strip())


def _under_block(lines: list[str], row: int, most: int = 60) -> bool:
    """Whether line ``row`` is a post under a block heading (:func:`_block_heading`): walking up, past the block's
    other posts (:func:`_title_row`) and their bodies (undated lines, bullets), the first dated line that is no
    post is one; a section heading or another entry's dated header ends the walk."""
    for j in range(row - 1, max(-1, row - most), -1):
        line = lines[j]
        if not line.strip() or _BULLET_RE.match(line):
            continue
        if _heading(line):
            return False
        if not _range(line):
            continue  # a body line of a post of the block
        if _block_heading(line):
            return True
        if not _title_row(line):
            return False
    return False


def team_under_employer(name: str, cv_text: str) -> bool:
    """Whether every line holding ``name`` reads "Title, name" under an employer's own heading
    (:func:`_employer_heading`, the nearest line above that is neither blank nor a title line; or, session 21, a
    block's dated heading above the block's posts, :func:`_under_block`): the name is a team or a department there
    ("Manager, Partner Tech" under "Confluent | Toronto, ON"; "Program Manager, Data Analytics: Jan '21 - Present"
    under "Upwork: Dec '17 - Present"). False when no line holds it."""
    lines = (cv_text or "").splitlines()
    rows = _name_rows(lines, name)
    if not rows:
        return False
    for row in rows:
        text = _clean(lines[row])
        head, _, tail = text.partition(",")
        if not tail or fold(name) not in fold(tail) or not is_role(head.strip()):
            return False
        above = next((j for j in range(row - 1, max(-1, row - 4), -1)
                      if lines[j].strip() and not _title_line(lines[j])), None)
        if _under_block(lines, row):
            continue
        if above is None or not _employer_heading(lines[above]) or _whole(lines[above], name):
            return False
    return True


def title_after_name(name: str) -> bool:
    """Whether ``name`` is an organisation's name with a job title glued after it ("The Hillcrest Center for Pediatric
    Therapy Clinical Assistant", a header "… Clinical Assistant –Round Rock, TX" read whole as the employer): its
    last two or three words are a title (:func:`core.analysis.cv_lines.is_role`) with no organisation word, and the
    words before them hold one (:data:`core.analysis.cv_lines._ORG_HINT`: "Center", "Hospital", "Ltd"); a name
    ending in one role word ("United States Air National Guard") is left alone."""
    words = (name or "").split()
    for k in (2, 3):
        head, tail = " ".join(words[:-k]), " ".join(words[-k:])
        if (len(words) > k + 1 and tail[:1].isupper() and is_role(tail) and not _ORG_HINT.search(tail)
                and _ORG_HINT.search(head)):
            return True
    return False


def descriptor(name: str, cv_text: str) -> bool:
    """Whether ``name`` is words describing the name before it ("iAppsBeats, Indie Game Company.", "Brindle, a
    fintech start-up"): it ends on a kind of organisation (:data:`_KIND_NOUN`) and every line holding it reads
    "Name, descriptor" and nothing more (dates and brackets aside), the name no job title; a list of names
    ("…, Kensington Mortgage Company, Ace Insurance") is none. False when no line holds it."""
    if not _DESCRIPTOR_RE.match(re.sub(r"\s+", " ", (name or "").strip())):
        return False
    lines = (cv_text or "").splitlines()
    rows = _name_rows(lines, name)
    if not rows:
        return False
    key = fold(name)
    for row in rows:
        text = _clean(re.sub(r"\([^()]*\)", " ", DATE_RE.sub(" ", fold(lines[row]))))
        before, _, after = text.partition(key)
        parts = [p.strip() for p in _SEPARATORS_RE.split(_clean(before)) if p.strip()]
        if len(parts) != 1 or after.strip(" .;,–—-|") or is_role(parts[0]) or not before.rstrip().endswith(","):
            return False
    return True


# a length of time ("~ 7 years", "(3 yrs)", "18 months", "2 Jahre"): never part of an employer's name
_DURATION_RE = re.compile(r"(?i)(?:~\s*|\(\s*)?\b\d+(?:[.,]\d+)?\+?\s*(?:years?|yrs?|months?|mos?|jahre?n?|monate?|ans|"
                          r"mois|años|meses|anni|mesi)\b")


def not_an_employer(name: str, cv_text: str, jobs: list | tuple = ()) -> bool:
    """Whether one of this module's rules shows ``name`` is no employer to name in a question, or the name holds a
    duration (:data:`_DURATION_RE`: "THG ~ 7 years" is a reading that kept the entry's length)."""
    return (bool(_DURATION_RE.search(name or "")) or school_without_post(name, cv_text) or no_post(name, cv_text, jobs)
            or team_under_employer(name, cv_text) or descriptor(name, cv_text) or title_after_name(name))


def lead_lines_checked(quoted: dict, facts: dict, cv_text: str) -> dict:
    """``quoted`` (the facts of :func:`core.analysis.cv_trust.quotable_facts`) with every employer
    :func:`not_an_employer` removes taken out of ``employers``, ``skill_employer``, ``achievement_employer`` and
    the opener's ``current_job_parts`` (the title stays, the employer becomes "") and ``current_job`` (then
    ``("", "")``). Returns a new dict."""
    jobs = facts.get("jobs") or ()
    cache: dict[str, bool] = {}

    def gone(employer: str) -> bool:
        if employer and employer not in cache:
            cache[employer] = not_an_employer(employer, cv_text, jobs)
        return bool(employer) and cache[employer]

    out = dict(quoted)
    out["employers"] = [e for e in quoted.get("employers") or [] if not gone(e)]
    out["skill_employer"] = {s: e for s, e in (quoted.get("skill_employer") or {}).items() if not gone(e)}
    out["achievement_employer"] = {a: e for a, e in (quoted.get("achievement_employer") or {}).items()
                                   if not gone(e)}
    role, employer = tuple(quoted.get("current_job_parts") or ("", ""))
    if gone(employer):
        out["current_job_parts"] = (role, "")
    if gone(tuple(quoted.get("current_job") or ("", ""))[-1]):
        out["current_job"] = ("", "")
    return out
