"""CV entries: the header of a job entry split into role and employer. One-line entries ("Engineer at Acme
from 2019") are :mod:`core.analysis.cv_line_entries`'s, the title a CV opens with when no job names one
:mod:`core.analysis.cv_headline`'s, the school an education line names :mod:`core.analysis.cv_schools`'s,
what other kind of line a header's group holds (a contact line, a street address, a project)
:mod:`core.analysis.cv_entry_kinds`'s. Used by :mod:`core.analysis.cv`."""

from __future__ import annotations

import logging
import re

from core.analysis.cv_dash_pairs import glued_dash_pair
from core.analysis.cv_departments import (  # noqa: F401, E501 - DEPARTMENT_RE read from here by cv_line_entries
    DEPARTMENT_RE,
    LONE_UNIT_RE,
    SITE_NAME_RE,
    TEAM_RE,
    joined_units,
    org_after_unit,
    with_department,
    without_unit,
)
from core.analysis.cv_entry_kinds import (  # noqa: F401 - CONTACT_RE, full_header, job_like read from here by other modules
    CONTACT_RE,
    STREET_RE,
    full_header,
    is_project,
    job_like,
    without_project_names,
)
from core.analysis.cv_header_parts import (  # noqa: F401 - org_name, titled, ORG_WORDS_RE... read from here by other modules
    ORG_WORDS_RE,
    ROLE_OF_RE,
    ROLE_WORD_END_RE,
    leading_name,
    line_parts,
    org_name,
    skill_only,
    titled,
    town_before_region,
    web_name,
)
from core.analysis.cv_header_titles import (
    dashed_titles,
    fallback_employer,
    listed_titles_apart,
    without_stack,
)
from core.analysis.cv_lang import (
    FORM_OTHER_RE,
    PRESENT_WORDS,
    RANGE_TO_WORDS,
    SINCE_WORDS,
    TOOLS_LABEL_WORDS,
    has_legal_form,
)
from core.analysis.cv_layout import FIELD_LABEL_RE
from core.analysis.cv_lines import (
    DATE_RE,
    MONTHS,
    SHIFT_DEPARTMENT_RE,
    is_place,
    is_region,
    is_role,
    natural_case,
)
from core.analysis.cv_names import (
    CONNECTOR_END_RE,
    chosen_employer,
    comma_entry,
    credentials,
    described,
    drop_other_name,
    drop_remarks,
    labelled_fields,
    legal_form_name,
    named_like_its_town,
    unbracketed,
    whole_name,
    without_codes,
    without_team,
)
from core.analysis.cv_run_labels import run_on_labels

logger = logging.getLogger(__name__)

_ORG_FIRST = ORG_WORDS_RE

# a way of working, not an organisation's name (the labelling rules: "Freelance" is no employer)
_SELF_EMPLOYED_RE = re.compile(r"(?i)^(?:self(?:[- ]employed)?|myself|freelanc(?:e|er|ing)|independent(?: contractor| consultant)?|"
                               r"sole trader|own business|contract(?:or)?|various clients|"
                               # a freelance platform the work was found through, no employer ("Freelancer, Upwork")
                               r"upwork|fiverr|toptal|freelancer\.com|peopleperhour|malt|"
                               # time between jobs, no employer ("Career Break  02/2023 - now")
                               r"career break|sabbatical|gap year|(?:parental|maternity|paternity) leave|"
                               r"(?:personal|professional) development|elternzeit|auszeit|weiterbildung|"
                               r"(?:persönliche|berufliche) (?:weiterentwi[ck]{1,2}lung|neuorientierung))$")


# "Other DigitalGlobe Roles (2006 – 2013)", "Earlier Positions": a heading over a list of titles, no name
_ROLES_HEADING_RE = re.compile(r"(?i)\b(?:roles|positions|posts|appointments|jobs)$")


# "Government agency with 18k+ employees": a line describing the employer, not its name
_DESCRIPTION_RE = re.compile(r"^(?=(?:\S+\s+){3}).*\b(?:with|for|in|on|to|is|are|was|which|that)\b(?=.*\d|.*\b[a-z]+\s+[a-z]+)")


def _named_not_titled(part: str) -> bool:
    """A part after the title that has a role word inside but not at its end, in capitals: a name
    ("McGill Ambassador Program", "Student Mentor Network"), not a second title."""
    tokens = part.split()
    return (len(tokens) >= 2 and all(t[:1].isupper() or not t[:1].isalpha() for t in tokens)
            and not ROLE_WORD_END_RE.search(CONNECTOR_END_RE.sub("", part)))


_PLACE_END_RE = re.compile(r",\s*(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)$")


def _name_case(name: str) -> str:
    """An employer's name as :func:`natural_case` writes it, but a short name in capitals alone is an
    acronym and stays so ("NHSEI", "ESILV"; not "Nhsei")."""
    return name if re.fullmatch(r"[A-Z0-9&]{2,6}", name.strip()) else natural_case(name)


def _named_org(part: str) -> bool:
    """An organisation by its words, a research centre too ("Acme Climate Research Center")."""
    return bool(_ORG_FIRST.search(part) or re.search(r"(?i)\b(?:center|centre)\b", part)) or has_legal_form(part)


def _org_by_head(part: str) -> bool:
    """An organisation by its head word: the last ("Acme Labs", "Lakeside Medical Center") or one before "of" or
    "for" ("Center for Genomics"); not a function that opens with such a word ("Bank Reconciliation")."""
    words = part.split()
    return bool(words) and (_named_org(words[-1]) or bool(re.search(r"(?i)\b(?:center|centre|institute|department|school|"
                                                                      r"college|university|bank|ministry)\s+(?:of|for)\b", part)))


def _role_prefix(part: str) -> str:
    """A title without the town a PDF ran into it ("Data Curator Frankfurt / Main" -> "Data Curator"):
    the longest run of its first words that is a title, when the whole is none; else the part."""
    tokens = part.split()
    if is_role(part):
        return part
    return next((" ".join(tokens[:k]) for k in range(len(tokens) - 1, 0, -1) if is_role(" ".join(tokens[:k]))
                 and all(t[:1].isupper() or t in "/&-" for t in tokens[k:])), part)


def _title_by_position(group: list[str]) -> tuple[str, str] | None:
    """(role, employer) of a two-line header whose title has no role word: the line with the dates
    holds the title, the line ending in a place holds the employer ("Subatomic Shepherd  May 2024 —
    Present" over "Microscopic Circus  Atomville, CA", or the other way round); None when the lines
    are not one dated and one placed."""
    dated = [g for g in group if DATE_RE.search(g)]
    placed = [g for g in group if _PLACE_END_RE.search(g) and not DATE_RE.search(g)
              and is_place(_PLACE_END_RE.search(g).group(0).strip(", "))]
    if len(dated) != 1 or len(placed) != 1:
        return None
    title = [p for p in line_parts(dated[0]) if not is_place(p)]
    employer = [p for p in line_parts(placed[0]) if not is_place(p)]
    if len(title) == 1 and len(employer) == 1 and _named_org(title[0]) and not _named_org(employer[0]):
        # "Scientific Data Curator  Frankfurt, Germany" over "ACME RESEARCH CENTER  07/2022 – 01/2023": the
        # organisation's name is the dated line's, the title the placed line's
        return natural_case(_role_prefix(employer[0]))[:80], _name_case(title[0])[:80]
    if len(title) != 1 or not employer or _ORG_FIRST.search(title[0]):
        return None
    named = [e for e in employer if _ORG_FIRST.search(e)] or employer  # "Data Analytics, University of X": the university
    return natural_case(title[0])[:80], _name_case(named[0])[:80]


def _function_after_title(role: str, role_line: int, candidates: list[tuple[int, str]],
                          group: list[str], products: int = 0) -> tuple[str, list[tuple[int, str]]]:
    """"Manager, Customer Success" over "Zendesk | 2020 – Present", "Vice President, Engineering — Plaid":
    the part written right after the title with a comma is the title's function, not the employer, when
    the header names another organisation (on the title's line or another, ``products`` counting the
    names set aside as a product's, "Zendesk"); else as they were."""
    same = [c for c in candidates if c[0] == role_line]
    if (not role or not same or len(candidates) + products < 2 or len(same[0][1].split()) > 4 or TEAM_RE.search(same[0][1])):
        return role, candidates  # "Analytical Lead, Medicines Analysis Team, NHS": a team is no function of the title
    if comma_entry(group[role_line]) or SITE_NAME_RE.search(same[0][1]):  # "Lecturer, Fine Arts, X College, 2016 – 2021.",
        return role, candidates  # "Desk Assistant, Harlow Library" over the university: a unit or site, no function
    org = org_name(same[0][1])  # "Engineer, Acme Labs", "Analista - Bianchi S.p.A.": an organisation's name, no function
    org = org or bool(re.search(r"\w['’]s$", same[0][1]))  # "HR Assistant, Sainsbury's, Leamington Spa": a name, no function
    if not org and re.search(re.escape(role) + r",\s*" + re.escape(same[0][1]) + r"\s*(?:[,|–—(-]|$)", group[role_line]):
        return f"{role}, {same[0][1]}", [c for c in candidates if c != same[0]]
    # "Treasury Officer: Cash Management | 2023 –" over "Acme Workforce Centre": after a colon, when that is no
    # organisation ("Bioinformatics Specialist: Center for Genomics" names the unit, no function)
    if re.search(re.escape(role) + r":\s*" + re.escape(same[0][1]) + r"\s*(?:[,|–—(-]|$)", group[role_line]) and not _org_by_head(same[0][1]):
        return f"{role}: {same[0][1]}", [c for c in candidates if c != same[0]]
    # "Senior MIS Executive – Telecom Reporting" over "Acme Telecom, Noida | 2014 – 2021": after a dash, ending the
    # title's line, when the employer is on a line of its own
    dashed = re.search(re.escape(role) + r"\s+[–—-]\s+" + re.escape(same[0][1]), group[role_line])
    if (not org and dashed and _dates_line(group[role_line][dashed.end():].strip(" |,–—-")) and len(same) == 1  # "... | 2010 – 2012"
            and any(c[0] != role_line for c in candidates)):
        return dashed.group(0).strip(), [c for c in candidates if c != same[0]]
    return role, candidates


def _dates_line(text: str) -> bool:
    """A line of dates alone, maybe with a label ("From: 2012 – Present", "2019 - 2021")."""
    text = re.sub(rf"(?i)(?<!\w)(?:{MONTHS}|{PRESENT_WORDS}|{SINCE_WORDS}|{RANGE_TO_WORDS})(?!\w)", " ", text)  # "dal 2016 al 2019"
    return not re.search(r"[A-Za-z]{3,}", re.sub(r"(?i)\b(?:from|to|since|until|present|current|now|dates?|"
                                                r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", " ", text))


def _title_after(employer: tuple[int, str], candidates: list[tuple[int, str]], group: list[str]) -> str:
    """The title of a dated one-line header with no role word, by position: the last part after an
    organisation's name ("PingCAP Inc. - Database - Database Kernel R&D  Aug 2023 – Present" ->
    "Database Kernel R&D"); "" when the employer is no organisation by its name or the line has no
    date range."""
    idx, name = employer
    ranged = [i for i, g in enumerate(group) if re.search(r"(?:19|20)\d\d\s*[-–—~]", g)]
    # the dates on the line itself, or alone on the next ("Golf Club of X: Course Management" over "2012 – Present")
    if not _ORG_FIRST.search(name) or not (idx in ranged or (idx + 1 in ranged and _dates_line(group[idx + 1]))):
        return ""
    after = [part for i, part in candidates if i == idx and part != name and group[idx].find(part) > group[idx].find(name)
             and not re.match(r"\d", part)]  # not a street address ("10 Country Club Drive")
    return after[-1] if after else ""


def parse_header(group: list[str]) -> tuple[str, str]:
    """(role, employer) from the short lines heading a job entry; either may be "". A form's labelled fields
    ("Job Title: ...", "Company: ...", "Cargo: ...", "Entreprise : ...") give them as labelled; other labels ("Location:",
    "From:") are dropped, and so is a line of another field in the six languages ("Período: ...", "Ort: Bremen")."""
    group = joined_units([line for line in group if not FORM_OTHER_RE.match(line)] or group)  # "X" / "Department"
    if labelled := labelled_fields(group) or glued_dash_pair(group):  # "Role– Employer; Town": cv_dash_pairs
        return labelled[0], drop_other_name(labelled[1])  # "Company: X (Chorus)": X
    if run_on := run_on_labels(group):  # "HOSPITAL AUGUST 1, 2019-" / "POSITION : NURSE PRACTITIONER" / "EMR: EPIC"
        return natural_case(run_on[0])[:80], natural_case(run_on[1])[:80]
    # "CDI – septembre 2024 à août 2025": the contract type out, never the employer; a line that is only a contract type
    # ("Werkstudentin" over "Schmidt & Partner AG") stays, the only word for the post there; a labelled list of the job's
    # tools under a one-line header ("Technologies: NetApp, Perl") is its body, not its header
    group = [without_contract(line) or line for line in group if not _TOOLS_LINE_RE.match(line)] or group
    role, employer = _parse_header([_without_mode(drop_remarks(FIELD_LABEL_RE.sub("", line, count=1) if FIELD_LABEL_RE.match(line)
                                                               else _unbracketed_line(line))) for line in group])
    employer = org_after_unit(drop_other_name(employer))  # "Accengage (Airship)": without its other name; "X Team- Y": Y
    if re.search(r"[\"”»]\W*$", role) and not re.search(r"[\"“„«]", role[:-2]):
        role = ""  # 'Ceramista".': the end of a name quoted on the line before (an event, an award), no title
    if not role or not has_legal_form(employer):
        role, employer = _bar_title_org(group) or (role, employer)
    if employer and any(_OWN_WORK_RE.match(p) for line in group for p in line_parts(line)):
        # "Process Consulting & Sales" over "Self-employed, Remote": work of one's own, the function its title
        role, employer = (employer if not role or _OWN_WORK_RE.match(role) else role), ""
    return _comma_title(role, employer, group), employer


# a header's part saying the work was one's own, in the six languages: the entry names no employer (session 22)
_OWN_WORK_RE = re.compile(r"(?i)^(?:self[- ]?employed|self|freelancer?|sole trader|own business|selbst(?:st)?[äa]ndig|"
                          r"freiberuflich|aut[óo]nom[oa]|indépendante?|auto-?entrepreneur|libero professionista|"
                          r"lavorat(?:ore|rice) autonom[oa]|aut[ôo]nomo)$")
OWN_WORK_RE = _OWN_WORK_RE  # read by cv_entry_bounds.table_row: a table's "Freelance" cell names no employer


# a contract type or a kind of post in German, French, Spanish, Italian, Portuguese and Dutch: what kind of contract an
# entry was ("Praktikum", "Werkstudent", "Ausbildung", "CDD", "CDI", "Stage", "Alternance", "Prácticas", "Minijob",
# "Teilzeit"), never its title or its employer (English "Internship" is left to the title lexicon: it is a title there)
CONTRACT_WORDS = (r"(?:pflicht|schul|auslands)?praktikum|werkstudent(?:in)?|werkstudententätigkeit|(?:duale\s+)?ausbildung|"
                  r"duales\s+studium|mini-?job|nebenjob|teilzeit|vollzeit|aushilfe|festanstellung|(?:un)?befristet|"
                  r"cdd|cdi|stage|alternance|apprentissage|contrat\s+d['’]apprentissage|contrat\s+de\s+professionnalisation|"
                  r"int[ée]rim|temps\s+(?:plein|partiel)|pr[aá]cticas|contrato\s+(?:indefinido|temporal|de\s+pr[aá]cticas)|"
                  r"jornada\s+completa|media\s+jornada|tirocinio|apprendistato|tempo\s+(?:pieno|parziale|determinato|indeterminato)|"
                  r"est[aá]gio|tempo\s+(?:integral|parcial)|bijbaan|deeltijd|voltijd")
_CONTRACT_RE = re.compile(rf"(?i)(?:{CONTRACT_WORDS})")
# the contract type as a line's own part: alone, or before or after a dash, bar, comma or bullet ("CDI – septembre 2024")
_CONTRACT_PART_RE = re.compile(rf"(?i)^\s*(?:{CONTRACT_WORDS})\s*(?:$|[,|•·–—]\s*|-\s+)|(?:\s*[,|•·–—]|\s+-)\s*(?:{CONTRACT_WORDS})\s*$")


# a labelled list of a job's tools ("Technologies: NetApp, Perl", "Technologien: C, Linux", a JSON Resume "Keywords: ...")
_TOOLS_LINE_RE = re.compile(rf"(?i)^(?:key |core |technical |main )?(?:{TOOLS_LABEL_WORDS})(?:\s+used)?\s*:\s*\S[^,]*,")


def is_contract(text: str) -> bool:
    """Whether ``text`` is only a contract type ("Praktikum", "CDD", "Werkstudentin", "Contrat d’apprentissage")."""
    return _CONTRACT_RE.fullmatch(text.strip(" .:()*_")) is not None


# a postcode and a town ("80331 München", "75011 Paris", "1012 AB Amsterdam", "D-80331 München"): an address's line
_POSTCODE_TOWN_RE = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}(?:\s+[A-Z]{2})?\s+[A-ZÄÖÜÉÈ][\w'’.-]+(?:[\s-]+[\w'’.-]+){0,3}$")
# a school-leaving qualification of the six languages, never an organisation ("Abitur", "Baccalauréat", "Bachillerato")
_SCHOOL_LEAVING_RE = re.compile(r"(?i)(?:fach)?abitur|matura|maturit[àa]|baccalaur[ée]at|bac|bachillerato|selectividad|"
                                r"mittlere\s+reife|realschulabschluss|hauptschulabschluss|fachhochschulreife|"
                                r"allgemeine\s+hochschulreife|havo|vwo|ensino\s+m[ée]dio")


def not_an_employer(name: str) -> bool:
    """Whether a name read as an employer is none: a contract type ("CDD", "Ausbildung"), a postcode and a town
    ("25548 Kellinghusen") or a school-leaving qualification ("Abitur")."""
    bare = name.strip(" .,:;()*_")
    return is_contract(bare) or _POSTCODE_TOWN_RE.fullmatch(bare) is not None or _SCHOOL_LEAVING_RE.fullmatch(bare) is not None


def without_contract(line: str) -> str:
    """A header line without the contract type written as a part of its own beside the dates ("CDI – septembre 2024 à
    août 2025" -> "septembre 2024 à août 2025"; "Praktikum" -> "", which :func:`parse_header` keeps as the post's only
    word); "Praktikum – FHOOE" and "Praktikum Softwareentwicklung" stay as written."""
    bare = _CONTRACT_PART_RE.sub("", line).strip()
    # only before or after the entry's dates: "Praktikum – FHOOE" keeps its contract type, the post's only word there
    return bare if not bare or DATE_RE.search(bare) else line


# a work mode before a title ("Vollzeit Fachkraft Lagerlogistik", "Teilzeit Kassiererin")
_MODE_RE = re.compile(r"(?i)^(?:vollzeit|teilzeit|full[- ]time|part[- ]time|temps plein|temps partiel|tiempo completo|"
                      r"media jornada|tempo integral|tempo parcial)\s+(?=\S)")


def _without_mode(line: str) -> str:
    """A header line without a work mode before its title, when only the rest is a title ("Vollzeit Fachkraft
    Lagerlogistik" -> "Fachkraft Lagerlogistik"); the line as it is otherwise."""
    bare = _MODE_RE.sub("", line)
    return bare if bare != line and is_role(bare) and not is_role(line) else line


# "Prozessfachmann 3D Laser | Muster AG, Wil SG": a title, a bar, then a name with its legal form (and its town)
_BAR_PAIR_RE = re.compile(r"^(?P<role>[^|]{2,80}?)\s+\|\s+(?P<org>[^|]{2,120})$")


def _bar_title_org(group: list[str]) -> tuple[str, str] | None:
    """(title, employer) of a header line "Title | Name AG, Town" whose part after the bar carries a legal form
    (its remarks in brackets and its town after a comma dropped) and whose part before it none, no date and no
    place: read when the header's parts gave no title or an employer without a legal form (a German title outside
    the lexicon, "Mitarbeiter Disposition | Muster AG (Einsatz beim Kunden)"); None else."""
    for line in group:
        m = _BAR_PAIR_RE.match(line.strip())
        if not m:
            continue
        role, org = m.group("role").strip(), re.sub(r"\s*\([^()]*\)", "", m.group("org")).split(",")[0].strip()
        words = org.split()  # "Muster AG Umformtechnik": the legal form inside the name
        if (any(has_legal_form(" ".join(words[:i])) for i in range(2, len(words) + 1)) and not has_legal_form(role) and not DATE_RE.search(role) and not is_place(role)
                and len(role.split()) <= 8 and re.search(r"[^\W\d]{3}", role)):
            return natural_case(role), drop_other_name(org)
    return None


# a German, French or Spanish preposition (and article) written before an employer's name on its line
_PREPOSITION_RE = re.compile(r"^(?:für|bei|chez|pour|para|per)\s+(?:(?:die|den|das|der|dem|la|le|les|el|los|il)\s+)?(?=[A-ZÄÖÜ])",
                             re.IGNORECASE)


def _comma_title(role: str, employer: str, group: list[str]) -> str:
    """The whole title a header writes with commas before a dash and its employer ("Director, Product Marketing –
    Acme Corp", "Technologist, Artist & Developer – Self-Employed"): the words after the title's commas are its
    function or its other titles, no place; the title as read otherwise."""
    if not role:
        return role
    after = re.escape(employer) + r"\b" if employer else r"(?i:self[- ]employed|freelance|independent)\b"
    for line in group:
        m = re.match(rf"\s*({re.escape(role)}(?:,\s*[^,–—|()]+)+?)\s+[–—-]\s+{after}", line, re.IGNORECASE)
        if m and not any(is_place(p.strip()) or is_region(p.strip()) for p in m.group(1).split(",")[1:]):
            return natural_case(m.group(1).strip())
    return role


# a line wholly in brackets under a title, naming the employer: "(Brakes Foodservice, Reading)", "(société ACME à LYON)"
_BRACKET_LINE_RE = re.compile(r"^\((?:(?:soci[ée]t[ée]|company|entreprise|empresa|firma|employer)\s*:?\s+)?((?-i:[A-ZÀ-Ý0-9])[^()]{1,80})\)$",
                              re.IGNORECASE)


def _unbracketed_line(line: str) -> str:
    """A line wholly in brackets without them (its remark is the employer's name: "(société TANAÏS à LIBOURNE)" ->
    "TANAÏS, LIBOURNE", the town after "à" as after a comma); any other line as it is."""
    m = _BRACKET_LINE_RE.match(line.strip())
    return re.sub(r"\s+(?:à|a|in|en)\s+(?=[A-ZÀ-Ý])", ", ", m.group(1)) if m else line


def _parse_header(group: list[str]) -> tuple[str, str]:
    role, role_line = "", -1
    candidates: list[tuple[int, str]] = []
    products: list[tuple[int, str]] = []  # a part that is only a product's name ("Salesforce", "Intercom")
    leading: list[tuple[int, str]] = []  # a one-word place opening a line before its title ("Gap | Stock Associate")
    seconds: list[str] = []  # other titles on the title's line
    for idx, line in enumerate(group):
        parts = line_parts(line)
        if _no_header_line(line, parts):
            continue
        leading += [(idx, p) for p in leading_name(parts)]
        town = town_before_region(parts)
        for part in [p for p in without_codes(parts) if p != town]:
            # "Officer", "Mentor": also towns, but titles here; "McGill Ambassador Program" after a title: a name
            if titled(part) and not is_region(part) and not (role and _named_not_titled(part)) and not legal_form_name(part):
                if not role:
                    role, role_line = part, idx
                elif idx == role_line:
                    seconds.append(part)
                continue
            if skill_only(part) and not is_place(part):
                products.append((idx, part))
                continue
            if _may_name_employer(part, role):
                candidates.append((idx, part))
    candidates = without_project_names(candidates, group)
    candidates = listed_titles_apart(candidates, role_line, group) if seconds else candidates
    # "Waiter in Restaurant" over "Mama Rosa / 2023 - 2024", "Senior Nurse in Royal Free Hospital"
    role, role_line, candidates = _title_with_in(role, role_line, candidates)
    candidates = without_settings(candidates)  # "Waiter | Restaurant" over "Mama Rosa": the setting, no employer
    if not role and len(group) == 2:
        positional = _title_by_position(group)
        if positional:
            return positional
    if candidates and seconds:
        role = dashed_titles(role, seconds[0], group[role_line])
    role, candidates = _function_after_title(role, role_line, candidates, group, len(products))
    candidates = candidates or _sites(group)
    if not candidates and role:
        candidates = named_like_its_town(group, role_line) or fallback_employer(products, leading, group)
    if not candidates:
        return natural_case(role)[:80], ""
    role, candidates = with_department(role, role_line, candidates, group)
    chosen = chosen_employer(role, role_line, candidates, group)
    role = without_stack(role or _title_after(chosen, candidates, group))
    employer = without_team(whole_name(chosen, candidates, role_line, group))
    if not re.search(r"(?i)\b(?:ltd|inc|co|corp|bhd|sdn|pte|pty|llc|plc|s\.a|n\.v|b\.v|[a-z])\.$", employer) and not has_legal_form(employer):
        employer = re.sub(r"(?<=[a-zA-Z]{2})\.$", "", employer)  # a sentence's full stop ("at Saman Pardazesh Aria."), not "Ltd."
    role, employer = without_unit(role, employer), employer.rstrip(" ;")  # "World Food Programme; Kisumu": the name
    employer = _PREPOSITION_RE.sub("", employer) or employer  # "für die EVIM Jugendhilfe gGmbH": the name after "für die"
    employer = _QUOTED_NAME_RE.sub(r"\1", employer)  # "JSC „Spetsialny Sistemy Svyazi“": the name in its quotes
    return natural_case(role)[:80], _name_case(employer)[:80]  # "SENIOR SOFTWARE ENGINEER" as "Senior Software Engineer"


# a name in quotation marks after one or two words of its kind or legal form ("JSC „Spetsialny Sistemy Svyazi“",
# "E-Commerce-Unternehmen „zrazu.biz“", "OOO «Romashka»", "Buchhandlung „Spielen und Lesen“") or alone: the quoted name
_QUOTED_NAME_RE = re.compile(r"^(?:[\w.-]+\s+){0,2}[„«“\"]\s*([^„«»“”\"]{2,60}?)\s*[“”»\"]$")


# a kind of workplace or a department written after a title's "in" or "at" ("Waiter in Restaurant", "Nurse in
# Cardiology", "Cook at Hotel", "Kellner im Restaurant", "Camarero en Hotel"): where the work was done, never a name
_SETTING_WORDS = (
    r"restaurants?|hotels?|bars?|pubs?|caf[eé]s?|coffee\s+shops?|kitchens?|canteens?|cafeterias?|bakery|catering|banqueting|"
    r"room\s+service|front\s+(?:desk|office|of\s+house)|back\s+of\s+house|housekeeping|reception|hospitality|"
    r"resorts?|casinos?|cruise\s+ships?|airports?|hospitals?|clinics?|wards?|care\s+homes?|nursing\s+homes?|"
    r"(?:the\s+)?community|pharmacy|icu|a\s*&\s*e|emergency(?:\s+department)?|intensive\s+care|theatres?|"
    r"cardiology|oncology|paediatrics|pediatrics|maternity|surgery|radiology|primary\s+care|schools?|nursery|"
    r"kindergarten|shops?|stores?|retail|supermarkets?|warehouses?|factory|factories|plants?|offices?|"
    r"call\s+cent(?:re|er)s?|contact\s+cent(?:re|er)s?|laborator(?:y|ies)|labs?|librar(?:y|ies)|salons?|spas?|gyms?|"
    r"sales|marketing|finance|accounts|payroll|logistics|operations|customer\s+service|human\s+resources|hr|it|"
    r"administration|production|manufacturing|construction|(?:the\s+)?public\s+sector|"
    # German, French, Spanish, Italian, Portuguese: "im Restaurant", "en restauration", "en hotel", "in albergo"
    r"gastronomie|gastronomía|hotellerie|hôtellerie|restauration|hostelería|ristorant[ei]|albergo|hôtel|"
    r"küche|krankenhaus|klinik|pflegeheim|einzelhandel|lager|restaurante|cocina|tienda|hospital|almacén")
_SETTING_RE = re.compile(rf"(?i)^(?:an?\s+|the\s+|(?:einem|einer|dem|der)\s+|(?:un|una|el|la|le|l['’])\s*)?"
                         rf"(?:(?:busy|large|small|local|fine[- ]dining|high[- ]end|family|casual|fast[- ]food|"
                         rf"\d[- ]star|boutique|private|public|general|acute|italian|french|spanish|chinese|primary|secondary|"
                         rf"high|middle|elementary|special|international|state|independent|"
                         rf"mexican|japanese|indian)\s+){{0,2}}(?:{_SETTING_WORDS})$")
# a title, then "in" or "at" (or another language's) and where the work was done
_TITLE_IN_RE = re.compile(r"^(?P<title>.{2,60}?)\s+(?:in|at|im|in\s+der|en|em|dans|au|en\s+el|en\s+la|nel(?:la)?|no|na)\s+"
                          r"(?P<setting>.{2,40})$", re.IGNORECASE)


def setting_word(part: str) -> bool:
    """Whether ``part`` is only a kind of workplace or a department ("Restaurant", "a busy hotel", "Cardiology",
    "Küche"): where a job was done, never an employer's name."""
    return _SETTING_RE.match(part.strip(" .,;")) is not None


def title_in_setting_part(part: str) -> bool:
    """Whether a header part is a title, then "in" or "at" and the kind of workplace or department it was done in
    ("Waiter in Restaurant", "Nurse in Cardiology", "Cook at Hotel", "Kellner im Restaurant", "Camarero en hotel"):
    the whole part is the title, never an employer's name."""
    m = _TITLE_IN_RE.match(part.strip())
    return bool(m and titled(m.group("title")) and setting_word(m.group("setting")))


def title_in_setting(candidates: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The candidate that is a title "in" or "at" a setting (:func:`title_in_setting_part`: "Waiter in Restaurant",
    "Waiter in Hotel") in a header that read no title: its title (rc27 F1: "Thinking of your time at Waiter in
    Restaurant"); None when there is none."""
    return next((c for c in candidates if title_in_setting_part(c[1])), None)


def title_in_org(candidates: list[tuple[int, str]]) -> tuple[str, tuple[int, str], str] | None:
    """(title, (line, organisation), the whole part) of a candidate written as a title, "in" and an organisation's
    name ("Senior Nurse in Royal Free Hospital", "Teacher in Oakfield Primary School"): a header that read no title
    has both in that one part; None when no candidate is such."""
    for idx, part in candidates:
        m = _TITLE_IN_RE.match(part.strip())
        if (m and m.group(0).lower().split()[len(m.group("title").split())] == "in" and titled(m.group("title"))
                and m.group("setting")[:1].isupper() and org_name(m.group("setting")) and not setting_word(m.group("setting"))):
            return m.group("title"), (idx, m.group("setting")), part
    return None


def _title_with_in(role: str, role_line: int, candidates: list[tuple[int, str]]) -> tuple[str, int, list[tuple[int, str]]]:
    """(title, its line, the other candidates) of a header that read no title (``role`` ""): a candidate that is a
    title in a setting is the title (:func:`title_in_setting`), else one that is a title in an organisation is split
    in two (:func:`title_in_org`); the arguments as they were when there is a title or neither."""
    if role:
        return role, role_line, candidates
    if placed := title_in_setting(candidates):
        return placed[1], placed[0], [c for c in candidates if c != placed]
    if split := title_in_org(candidates):
        title, (line, org), whole = split
        return title, line, [(line, org) if c == (line, whole) else c for c in candidates]
    return role, role_line, candidates


def without_settings(candidates: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The candidates without the parts that only name a kind of workplace ("Restaurant", "Hotel") when another
    names the employer ("Waiter at Restaurant" over "Mama Rosa"); all of them otherwise."""
    # a ward or department ("ICU", "Sales") is left to with_department, which writes it into the title
    named = [c for c in candidates if not setting_word(c[1]) or DEPARTMENT_RE.search(c[1]) or SHIFT_DEPARTMENT_RE.match(c[1])]
    return named if named and len(named) < len(candidates) else candidates


def _no_header_line(line: str, parts: list[str]) -> bool:
    """Whether a line of a header's group names no part of the job: a tag line of skills or themes under the header
    ("Python | AWS | Kafka"), or the employer's street address alone the entry before ended on ("Encarnación, Avda.
    Irrazábal 727"); never a line with a title."""
    if any(is_role(p) for p in parts):
        return False
    if line.count("|") >= 2 and not DATE_RE.search(line):
        return True
    # the address alone, with its town: not "Harbourside Rowing Club : 4 Mill Lane, Henley, England: Boat Maintenance"
    return bool(STREET_RE.search(line)) and len(parts) <= 3 and not DATE_RE.search(line)


def _sites(group: list[str]) -> list[tuple[int, str]]:
    """The employers a header's group writes as their web address ("https://www.gong.io/" -> "gong.io"), read
    only when no part of the header names one ("Cray | http://www.cray.com": "Cray")."""
    return [(idx, web_name(part)) for idx, line in enumerate(group) if not _no_header_line(line, line_parts(line))
            for part in line_parts(line) if web_name(part) != part]


# a town with its French département's number after it ("Pornic (44)", "Ajaccio (2A)"), a town the gazetteer may lack
_DEPARTEMENT_TOWN_RE = re.compile(r"[A-ZÀ-Ý][\w'’.-]*(?:[ -][\w'’.-]+){0,3}\s*\((?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])\)")


def _may_name_employer(part: str, role: str) -> bool:
    """Whether a header part (no title, no product) may name the employer: not a place, a web address,
    "Self-employed", a credential after the title ("RN"), a description, a part cut before its last word
    ("Researcher &"), a heading over earlier roles ("Other Maxar Roles") or a project ("Open Source Google Project")."""
    if role and SHIFT_DEPARTMENT_RE.match(part):
        return False  # "Team Leader | Inbound": the title's shift or department, no employer
    if (is_place(unbracketed(part)) or described(part) or _DEPARTEMENT_TOWN_RE.fullmatch(part)  # "TX (Remote)", "Pornic (44)"
            or re.match(r"(?i)(?:https?://|www\.)", part) or _SELF_EMPLOYED_RE.match(part)
            or (role and credentials(part)) or LONE_UNIT_RE.match(part)):
        return False
    return (len(part.split()) <= 10 and not _DESCRIPTION_RE.search(part) and not CONNECTOR_END_RE.search(part)
            and not _ROLES_HEADING_RE.search(part) and not _SENTENCE_END_RE.search(part) and not is_project(part))


# the end of a sentence wrapped onto its own line ("Produkten gearbeitet.", "the new ward.", "platform."): a word in lower
# case and a full stop, no legal form ("Acme inc.", "Dupont et associés.")
_SENTENCE_END_RE = re.compile(r"(?:^|\s)[a-zäöüßàâçéèêëîïôûùüÿñ]{4,}\.$")


