"""Rules that keep a question from naming as an employer what the CV does not show as one (session 19, issue 15
point 3: "says 'your CV mentions X at Y' only when the CV shows X under Y").

Measured on first-run readings (the reader as it was when each fresh set was labelled, ``python -m
bench.first_run_quoted``) and on made-up layouts (``tests/test_quoted19_*.py``), the employers a behavioural lead
named wrongly were, beside the kinds :mod:`core.analysis.cv_quote_rules` handles, of three kinds, each a fact about
the CV's text, not a cue weighed against others:

- :func:`calendar_word`: a month or a season read as the employer ("Retail Supervisor June – August 2021": "June");
- :func:`field_of_work`: a discipline or a department read off a title ("Associate, Software Engineering" under the
  firm's own line: "Software Engineering"), or a title's one field word ("Lead Software Engineer": "Software", session
  20);
- :func:`platform_name`: a freelance marketplace or a contest site read as the employer ("Freelancer, Upwork");
- :func:`side_section`: an entry under a heading of things done beside work (projects, volunteering, involvement,
  activities, awards, leadership, publications): a student body or a charity named "your time at X" although the CV
  lists it apart from its jobs ("Other Involvement: Class Representative, University of X").
"""

from __future__ import annotations

import re

# months and seasons in the six languages the reader knows (English, German, French, Spanish, Portuguese, Italian),
# alone or with a dot ("Sept."); a year beside them is a date (core.analysis.cv_lines.DATE_RE) already
_CALENDAR_RE = re.compile(
    r"(?i)^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter|januar|februar|märz|juni|juli|"
    r"oktober|dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|"
    r"febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|"
    r"maio|junho|julho|setembro|outubro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|"
    r"dicembre|sommer|winter|frühling|herbst|été|hiver|verano|invierno|verão|inverno|estate)\.?$")

# a discipline's last word ("Software Engineering", "Data Science", "Product Design") and the words that qualify one;
# a name of two to four such words and nothing else names a field of work, no organisation
_DISCIPLINE = (r"engineering|development|design|science|sciences|analytics|research|marketing|operations|management|"
               r"administration|support|strategy|consulting|architecture|infrastructure|security|testing|delivery")
_QUALIFIER = (r"software|data|product|systems?|hardware|network|platform|site|reliability|mechanical|electrical|civil|"
              r"chemical|process|business|web|mobile|cloud|game|ux|ui|digital|content|brand|growth|performance|"
              r"customer|technical|it|information|financial|clinical|quality|research|and|&|front-?end|back-?end|"
              r"full-?stack|machine|learning|computer|applied|devops|solutions?|program|project|service|services")
_FIELD_RE = re.compile(rf"(?i)^(?:(?:{_QUALIFIER})\s+){{0,3}}(?:{_DISCIPLINE})$|^(?:{_QUALIFIER})$"
                       r"|^(?:r\s?&\s?d|research and development)$")

# the headings of things done beside work, in the six languages
_SIDE_RE = re.compile(
    r"(?i)\b(?:projects?|volunteer\w*|voluntary|involvement|activities|extra-?curricular|awards?|honou?rs|leadership|"
    r"publications?|conferences?|talks|hobbies|interests|memberships?|societies|projekte|ehrenamt\w*|engagement|"
    r"interessen|hobbys|freizeit|projets?|bénévolat|benevolat|intérêts?|interets?|loisirs|activités|associati\w*|"
    r"proyectos?|voluntariado|intereses|aficiones|actividades|projetos?|interesses|atividades|progetti|volontariato|"
    r"interessi|attività)(?!\w)")


# a marketplace where freelancers find clients, or a site of programming contests: the place a work was found or a
# score was kept, not who employed the person ("Freelancer, Upwork", "Codeforces — Competitive Programmer")
_PLATFORM_RE = re.compile(r"(?i)^(?:upwork|fiverr|freelancer(?:\.com)?|peopleperhour|guru\.com|malt|codeforces|"
                          r"leetcode|hackerrank|codechef|topcoder|atcoder)(?:\.com)?$")


def platform_name(name: str) -> bool:
    """Whether ``name`` is a freelance marketplace or a programming-contest site alone ("Upwork", "Codeforces"):
    no employer to ask "your time at" about."""
    return bool(_PLATFORM_RE.match((name or "").strip()))


def calendar_word(name: str) -> bool:
    """Whether ``name`` is a month or a season alone ("June", "Sept.", "Sommer"): part of a date, never an employer."""
    return bool(_CALENDAR_RE.match((name or "").strip()))


def field_of_work(name: str) -> bool:
    """Whether ``name`` is a discipline or a department and nothing else ("Software Engineering", "Data Science",
    "Research and Development"): up to four words of :data:`_QUALIFIER` ending in a :data:`_DISCIPLINE` word, or one
    such word alone, a title cut inside itself ("Lead Software Engineer": "Software"); no proper name among them
    ("Acme Engineering" is a firm)."""
    return bool(_FIELD_RE.match(re.sub(r"\s+", " ", (name or "").strip())))


def side_section(heading: str) -> bool:
    """Whether a section heading ("Volunteering", "Other Involvement", "Projects", "Leadership & Activities") lists
    things done beside work; a heading that also names experience ("Volunteer Experience" aside) is one: a work
    heading names no such word ("Work Experience", "Professional Experience")."""
    return bool(_SIDE_RE.search(heading or ""))
