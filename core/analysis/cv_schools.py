"""CV schools: the institution an education line names ("BSc Computing, University of Leeds, 2016" ->
"University of Leeds"), a school named only by its short form ("MSc Health Data; UCL"), and the
school a summary sentence names for a degree when the CV has no education entry. Used by
:mod:`core.analysis.cv`."""

from __future__ import annotations

import logging
import re

from core.analysis.cv_lines import (
    MONTHS,
    header_parts,
    is_place,
    is_region,
    is_role,
    natural_case,
    own_acronym,
    strip_trailing_place,
)
from core.words import capital_initials

logger = logging.getLogger(__name__)

_SCHOOL_WORDS = ("University", "Univ(?:eristy|ersty|ersiy)", "Universit[éyàä]t?", "Universit(?:i|as)", "Universidad", "Universidade", "College", "Institute", "School",
                 "Academy", "Polytechnic", "Polytechnique", "Politecnico", "Polit[eé]cnica", "Hochschule", "[EÉ]cole", "Escuela",
                 "Instituto", "Istituto", "Institut", "Akademie", "Campus", "Lab", "Bootcamp", "Institution",
                 # German, Dutch, Italian, French, Spanish, Portuguese, Catalan
                 "Universiteit", "Universita", "Universitat", "Fachhochschule", "Hogeschool", "Faculdade", "Facultad",
                 "Facult[eé]", "Scuola", "Liceo", "Lyc[eé]e", "Gymnasium", "Colegio", "Escola",
                 # "Centro Universitário", "Centro Universitario": a Portuguese or Spanish university's name
                 "Universit[aá]ri[oa]",
                 # German vocational schools and training centres ("Berufskolleg", "Grone Bildungszentrum")
                 "Berufskolleg", "Kolleg", "Bildungszentrum",
                 # a German school's name ending in "Schule" as a word of its own ("Carl-Hahn-Schule", "Wilhelm Käber
                 # Schule"), a Swiss-French upper school ("Gymnase du Bugnon"), a French university institute of
                 # technology ("IUT de Bordeaux") (session 27)
                 "Schule", "Gymnase", "IUT")
# a German compound ending in an institution word ("Bundesrealgymnasium", "Wirtschaftsuniversität", "Berufsschule")
_COMPOUND_SCHOOL = r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:universität|hochschule|gymnasium|akademie|schule|kolleg)"
_SMALL = r"(?:of|de|and|OF|DE|AND|&)"
_ANOTHER = r"(?:University|College|School|Institute|Academy)\b"
_QUALIFICATION = (r"(?:GCSEs?|A-?Levels?|IGCSEs?|BSc|BA|MSc|MA|MBA|PhD|BEng|MEng|B\.?Tech|M\.?Tech|Diploma|Bachelor|Master|"
                  r"Certificate|NVQ|BTEC|HND|HNC|GPA|CGPA|Grade|Class|Degree|Graduated|Major|Minor)\b")
# "of Technology and Science" goes on after "and" (not "and Imperial College", a second school)
_OF_TAIL = (r"(?:\s+(?:of|for|de|di|da|du|des|del|della|degli|dei|delle|do|dos|das|zu|für|am|an|der|van|voor|la|y|in|at|OF|FOR|DE|IN|AT)){1,2}"
            rf"(?:\s+(?:(?:and|AND|&|und|et|y)\s+(?!(?:\S+\s+){{0,3}}{_ANOTHER}))?[A-Z][\w'’.&-]*(?:–[A-Z][\w'’.&-]*)?){{1,4}}")
_SCHOOL_NAME_RE = re.compile(
    rf"((?:(?:(?<!\w)(?!(?:19|20)\d\d\b)[A-Z0-9][\w'’.&-]*|{_SMALL})\s+){{0,5}}"
    # the institution word as written or in capitals ("RAMCO INSTITUTE OF TECHNOLOGY"); a short name
    # ending in "High" or "Tech" ("Desert Hills High", "Georgia Tech") before a comma, dash or the end
    # a name joined to the institution word by hyphens ("Ludwig-Maximilians-Universität")
    r"(?:[A-Z][\w'’.&]*-)*"
    r"(?:" + "|".join(w + "|" + w.upper() for w in _SCHOOL_WORDS) + "|" + _COMPOUND_SCHOOL + r"|(?<=[a-z] )(?:High|Tech)(?=\s*(?:[,:|—–-]|$)))\b"
    # a qualification after the name ("Hagley Park High School GCSE C's") is no part of it
    # "of Wisconsin–Madison": a campus joined by a dash; an "of" tail after three words ("Universidad Católica
    # Nuestra Sra. de la Asunción"), not a fourth word ("Liceo Scientifico Michele Cipolla Castelvetrano", a town)
    rf"(?:{_OF_TAIL}|\s+(?!{_QUALIFICATION})[A-Z][\w'’.&-]*){{0,3}}(?:{_OF_TAIL})?(?:\s+\([A-Z]{{2,6}}\))?)"
)


def _town_after(name: str) -> bool:
    """Whether a school's name ends in a town (a city of the gazetteer, no region) right after its
    institution word ("Gurukul Public School Hamirpur" before ", Himachal Pradesh", a region the
    gazetteer lacks)."""
    tokens = name.split()
    words = r"(?i)school|college|academy|institute|university"
    return (len(tokens) >= 3 and re.fullmatch(words, tokens[-2]) is not None and not re.fullmatch(words, tokens[-3])
            and is_place(tokens[-1]) and not is_region(tokens[-1]))


_INSTITUTION_WORD_RE = re.compile(r"(?i)school|college|academy|institute|university|campus|polytechnic")


def _region_run_in(name: str) -> str:
    """A school's name without the region a line runs into it before the country ("Kestrel College Uttar
    Pradesh, India" -> "Kestrel College"): one to three capitalised words, no place the gazetteer knows,
    after the last institution word."""
    tokens = name.split()
    last = max((i for i, t in enumerate(tokens) if _INSTITUTION_WORD_RE.fullmatch(t)), default=-1)
    tail = tokens[last + 1:]
    if last < 1 or not 1 <= len(tail) <= 3 or not all(re.fullmatch(r"[A-Z][a-z]+", t) for t in tail):
        return name
    return " ".join(tokens[: last + 1])


# fields of study and qualifications, which a dash sets before a school's name ("Engineering - University of X")
_FIELD_WORD_RE = re.compile(
    r"(?i)(?:engineering|science|sciences|arts|mathematics|maths|physics|chemistry|biology|economics|law|medicine|"
    r"business|management|education|nursing|design|history|computing|psychology|finance|accounting|music)")


def _joined_by_dash(before: str, name: str) -> str:
    """The school's name with a one-word name a spaced dash joins to it ("BSc at Weizmann - Negev Institute
    of Technology"): the word opens the line or follows "at", "from" or a separator, and is no place, field
    of study or qualification."""
    m = re.search(r"(?:^|[,;:|•]\s*|\b(?:at|from)\s+)([A-Z][a-z]{3,})\s+[-–]\s+$", before)
    if not m or is_place(m.group(1)) or _FIELD_WORD_RE.fullmatch(m.group(1)) or re.match(_QUALIFICATION, m.group(1)):
        return name
    return f"{m.group(1)} - {name}"


def _parent_short_form(name: str, rest: str) -> str:
    """", PU" when a campus's line ends with its university's short form ("Pokhara Lakeside Campus, PU");
    "" otherwise (no degree, grade or state code)."""
    m = re.match(r",\s*([A-Z]{2,5})\s*(?:[|,]|$)", rest)
    if not name.endswith("Campus") or not m or m.group(1) in _DEGREE_ABBREVIATIONS or is_region(m.group(1)):
        return ""
    return f", {m.group(1)}"


def continued_school(school: str, line: str) -> str:
    """The school's name run on to the next line, where a PDF broke it: the line is capitalised words and a
    short form in brackets whose letters are the initials of the whole name ("University of Maryland" over
    "Baltimore County (UMBC)", whatever follows on that line -> "University of Maryland Baltimore County
    (UMBC)"); "" otherwise."""
    m = re.match(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*\(([A-Z]{2,6})\)(?!\S)", line.strip())
    if not m or "(" in school:
        return ""
    name = f"{school} {m.group(1)}"
    return f"{name} ({m.group(2)})" if capital_initials(name) == m.group(2) else ""


# a Chinese or Japanese institution: two or more CJK characters ending in 大学/大學 (university),
# 学院/學院 (college or institute), 中学 (secondary school) or 高中/高校 (high school)
_CJK_SCHOOL_RE = re.compile(r"[\u4e00-\u9fff]{2,16}?(?:大学|大學|学院|學院|中学|中學|高中|高校)")


_UNIT_RE = re.compile(r"(?i)(?:the\s+)?(?:school|faculty|college|department|division|institute)\s+(?:of|for)\s")


# a row of column headings over a table of degrees: heading words only, two at least
_HEADING_WORD = (r"(?:degrees?|qualifications?|majors?|minors?|subjects?|fields?(?: of study)?|courses?|programs?|"
                 r"institutions?|schools?|universit(?:y|ies)|colleges?|boards?|graduation|years?|dates?|periods?|"
                 r"locations?|city|country|gpa|cgpa|grades?|marks|percentage|results?|class|names?|passing|status)")
_COLUMN_HEADINGS_RE = re.compile(rf"(?i){_HEADING_WORD}(?:\s*[|/,&:\t]?\s*{_HEADING_WORD})+")


# a kind of German school alone, no name ("Fachoberschule", "Mittelschule", "Realschule")
_SCHOOL_TYPE_RE = re.compile(r"(?i)(?:fach|berufs|berufsfach|fachober|ober|mittel|real|haupt|grund|gesamt|volks|sekundar|"
                             r"gemeinschafts|handels|abend)?(?:schule|gymnasium|kolleg)")


def school_name(line: str) -> str:
    """The institution named on an education line ("BSc Computing, University of Leeds, 2016" ->
    "University of Leeds"), a trailing place dropped ("Harvey Mudd College Claremont"); "" if none."""
    if _COLUMN_HEADINGS_RE.fullmatch(line.strip()) and not re.fullmatch(r"(?i)(?:universit(?:y|ies)|colleges?|schools?|\W)+", line):
        return ""  # "Degree  Major  Institution  Graduation Year": a table's heading row, no school
    line = re.sub(rf"(?i)(?<=[a-z])\s+{MONTHS}\s*(?=(?:19|20)\d\d\b)", " ", line)  # "Clemson University Dec. 2011": its date
    # "Florida Atlantic University May" with "2019" wrapped onto the next line: a whole month name ending the line is
    # its date too (whole names only, capitalised, so "College of Saint Mary" keeps its saint)
    line = re.sub(r"(?<=[a-z])\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                  r"\s*$", "", line)
    cjk = _CJK_SCHOOL_RE.search(line)
    if cjk:
        return cjk.group(0)  # "北京理工大学": a Chinese or Japanese name ends in its institution word
    # "Secondary School Certificate", "Higher Secondary School Leaving Exam": a qualification, no school
    matches = [m for m in _SCHOOL_NAME_RE.finditer(line)
               if not re.match(r"(?i)\s*(?:certificate|diploma|leaving|exam(?:ination)?)\b", line[m.end():])]
    if not matches:
        return ""
    # "Media Lab, Massachusetts Institute of Technology": the university over its lab or campus
    # "School of Informatics, University of Edinburgh": the university over its own school or faculty
    university = any(re.search(r"(?i)universit", x.group(1)) for x in matches)
    m = min(matches, key=lambda x: (bool(re.search(r"(?i)\b(?:lab|campus|bootcamp)\b", x.group(1))),
                                    university and bool(_UNIT_RE.match(x.group(1).strip()))))
    name = re.sub(r"^(?:(?:of|de|and|&)\s+)+", "", m.group(1).strip(" ,.-–:"))
    campus = re.fullmatch(r"(.+?)\s+campus", name, re.IGNORECASE)
    if campus and is_place(campus.group(1)):
        return ""  # "Hyderabad Campus" under the university's line: where it was studied, not another school
    if re.fullmatch(r"(?i)(?:" + "|".join(_SCHOOL_WORDS) + r")", name) or _SCHOOL_TYPE_RE.fullmatch(name):
        return ""  # a table's column heading ("COLLEGE/SCHOOL | UNIVERSITY/BOARD") or a kind of school alone, not a name
    name = re.sub(r"^(?:[A-Z]{2,5}\s+)?(?:(?:Computer|Political|Data)?\s*Science|Engineering|Arts)\s+", "", name)
    if re.match(r"(?i)(?:bachelor|master|b\.?s|m\.?s|ph\.?d|high school:)", name) or re.search(
            r"(?i)diploma|honou?rs|gpa|certificate$", name):
        return ""
    rest = line[m.end():]
    if legal := re.match(r"\s+((?i:g?gmbh|ag|e\.\s?v\.))(?=[\s,]|$)", rest):
        name, rest = f"{name} {legal.group(1)}", rest[legal.end():]  # "Grone Bildungszentrum NRW gGmbH": its legal form
    # a city run into the name is dropped only when its region follows ("Harvey Mudd College Claremont, CA");
    # "King's College London | London, UK" and "Brigham Young University Idaho, Rexburg" keep theirs
    region = re.match(r",\s*([A-Za-z][A-Za-z .]*?)\s*(?:[,|•–—-]|\d|$)", rest)
    if not re.search(r"\b(?:of|de|at|in)\s+\S+$", name) and region and (is_region(region.group(1)) or _town_after(name)):
        name = strip_trailing_place(name, institution_place=False)
        if is_region(region.group(1)):
            name = _region_run_in(name)
    after = re.match(r",\s*([A-Z][\w ]+?)(?:,|\s[–—-]|\s*\||\s*\d|$)", rest)
    # "University of California, Irvine" (a campus of a state's university), not "…, Lubbock, TX" (a town and its state)
    town_and_state = after is not None and re.match(r",\s*([A-Za-z][A-Za-z .]*?)\s*(?:[,|•–—-]|\d|$)",
                                                      rest[after.end(1):]) is not None
    if (after and not town_and_state and is_place(after.group(1))
            and name.endswith(tuple(f"of {w}" for w in ("California", "Texas", "Wisconsin", "Illinois", "Massachusetts")))):
        name = f"{name}, {after.group(1).strip()}"
    tokens = name.split()
    if len(tokens) >= 3 and tokens[-1].casefold() == tokens[-2].casefold():
        name = " ".join(tokens[:-1])  # "Università degli Studi di Verona Verona": the town written again after the name
    name = _joined_by_dash(line[: m.start()], name) + _parent_short_form(name, rest)
    short = re.match(r"\s*[-–]\s*([A-Z]{3,6})\s*(?:[,|(]|$)", rest)
    if short and "(" not in name and own_acronym(name, short.group(1)):
        name = f"{name} - {short.group(1)}"  # "University of Malaga - UMA": the name and its own short form
    return natural_case(name) if len(name.split()) <= 10 else ""


# a degree or qualification written in capitals, never a school's short name ("BSc", "MBA", "GCSE", "CGPA")
_DEGREE_ABBREVIATIONS = frozenset(re.findall(r"\S+", (
    "BA BS BSC MA MS MSC MBA PHD MPHIL DPHIL MD JD LLB LLM BE BENG MENG BTECH MTECH BBA BCA MCA BCOM MCOM BED MED "
    "GPA CGPA SGPA GCSE GCSES IGCSE HSC SSC SSLC CBSE ICSE ISC IB AP NVQ BTEC HND HNC PGCE PGDIP MMATH MSCI EDD PSYD MFA "
    "BFA BSN MSN RN CPA CFA ACCA CIMA USA UK US EU CS IT AI ML STEM HR PR SB AB SM HONS "
    # fields of study written short ("B.Tech, CSE, 2019"), no school
    "CSE ECE EEE EE ME CE EIE ICT MIS CIS IS IOT AIML PCM PCB MPC BIPC CEC MEC")))
_DEGREE_WORD_RE = re.compile(
    r"(?i)\b(?:bachelor|master|degree|diploma|ph\.?d|b\.?sc?\b|m\.?sc?\b|b\.?a\b|m\.?a\b|s\.?b\b|a\.?b\b|b\.?eng|m\.?eng|b\.?tech|"
    r"m\.?tech|bba|bcom|llb|llm|mba|mmath|msci|pgdip|pgce|certificate|graduat|major|doctor|associate of|a-levels?|gcses?|"
    # the same in German, French, Spanish, Italian and Portuguese ("Matura", "Abitur", "Licence", "Laurea", "Grado");
    # a French "Licence" opens its phrase ("Forklift licence" is a permit)
    r"matura\b|abitur\b|(?<![a-z] )licence\b|laurea\b|studium\b|lehre\b|diplom|grado\b|licenciatura|tecn[oó]logo|bacharelado|"
    r"baccalaur[eé]at|magister\b)")


# a school's short form and its town ("FH Teststadt", "HSKT Bremen"), alone on a line or before a dash and the field
_SHORT_FORM_TOWN_RE = re.compile(r"(?P<short>[A-Z]{2,6})\s+(?P<town>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-Z][a-zäöüß]+)?)")


def _short_form_town(part: str) -> str:
    """"HSKT Bremen" when ``part`` is a short form of two to six capitals (no degree) and a town the gazetteer
    knows, perhaps before a dash and the field studied ("HTK Dresden – Informatik"); "" otherwise."""
    m = _SHORT_FORM_TOWN_RE.fullmatch(re.split(r"\s[–—-]\s", part.strip(" .,"))[0].strip())
    if not m or m.group("short") in _DEGREE_ABBREVIATIONS or not is_place(m.group("town")):
        return ""
    return m.group(0)


def school_abbreviation(line: str, before: str = "") -> str:
    """A school named only by its short form on a degree's line, set apart by a separator ("MSc Health
    Data; UCL", "BEng Mechanical – ETH | 2019"), or opening the line under the degree's (``before``:
    "Engineer's degree 1999 - 2004" over "EPFL - Lausanne"): a word of two to six capitals that is no
    degree, grade or country; "" when none or more than one."""
    if not _DEGREE_WORD_RE.search(line):
        if alone := _short_form_town(line):
            return alone
        first = re.match(r"([A-Z]{3,6})\s+[–—-]\s+[A-Z]", line)
        opens = bool(first) and _DEGREE_WORD_RE.search(before) is not None and first.group(1) not in _DEGREE_ABBREVIATIONS
        return first.group(1) if opens else ""
    # a short form in brackets spells out the words before it ("Graduate Certificate (PWGC)"), no school
    # "@HSKT Bremen", "à l'UPVM": an at sign or a French "à" before the school
    parts = [p.strip(" .") for p in re.split(r"[;|,]|\s[–—-]\s|\s+at\s+|\s+from\s+|\s*@(?=[A-Z])|\s+à\s+(?:l['’])?", line)]
    found = [p for p in parts if (re.fullmatch(r"[A-Z]{2,6}", p) and p not in _DEGREE_ABBREVIATIONS
                                  and not (len(p) == 2 and is_region(p) and re.search(rf",\s*{p}\b", line)))  # "Clemson, SC"
             or _short_form_town(p) == p]
    return found[0] if len(found) == 1 else ""


# what a course of study's entry writes beside its degree ("Abschluss: Abitur", "Studiengang: Informatik", "Zertifikat")
_STUDIED_RE = re.compile(r"(?i)^(?:abschluss|angestrebter abschluss|studiengang|zertifikat|certificate|degree|diploma|"
                         r"dipl[oô]me|titulaci[oó]n|qualification|(?:duales\s+|bachelor|master)?studium)\b")


def studied(line: str) -> bool:
    """Whether a line of an entry is its degree's ("Abschluss: Abitur mit 2.0", "Degree: BSc", "Zertifikat"), so the
    entry is one of education, not a job."""
    return bool(_STUDIED_RE.match(line.strip()))


def degree_school(line: str) -> str:
    """The school of a line that is an education entry by its shape alone (a CV with no section
    headings): a degree and a school's name, no job title ("BSc Logistics, University of Hull, 2011 –
    2014"; not "Lecturer, BSc programmes, University of Hull"); "" otherwise."""
    if not _DEGREE_WORD_RE.search(line) or any(is_role(p) for p in header_parts(line)):
        return ""
    return school_name(line)


_DEGREE_AT_RE = re.compile(
    r"^(?=[^|]*?(?i:" + _DEGREE_WORD_RE.pattern[4:] + r"))[^|]*?\s(?:at|from)\s+"
    r"(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&|de|for)){0,5})\s*(?:[,(|–—]|\s-\s|\s+in\s|$)")
_GRADE_RE = re.compile(r"(?i)\b(?:honou?rs|class|grade|gpa|cgpa|distinction|merit|thesis|semester)\b")


def school_after_at(line: str) -> str:
    """The school a degree's line names after "at" or "from" though its name has no institution word
    ("Certificate of Completion in Web Development at Northwind Academy Trust", "Diploma in Coding from
    Year Ahead, 2016 - 2017"): capitalised words, no place and no grade; "" otherwise."""
    m = _DEGREE_AT_RE.match(line)
    name = m.group("name").strip() if m else ""
    if not name or is_place(name) or _GRADE_RE.search(name) or _DEGREE_WORD_RE.search(name):
        return ""
    return name


_NAME_DATES_PLACE_RE = re.compile(
    r"(?P<name>[A-Z][\w'’&.-]*(?:[ -](?:[A-Z][\w'’&.-]*|de|du|des|di|of|la|le|der|und|and)){0,5})\s+"
    r"(?:19|20)\d\d\s*[-–—]\s*(?:(?:19|20)\d\d|present|now)\s*,?\s*(?P<place>[A-Z][\w .'’-]+?)(?:,\s*(?P<region>[A-Z][\w .]+))?\s*$")
_NOT_A_NAME_RE = re.compile(r"(?i)\b(?:honou?rs|class|grade|gpa|cgpa|distinction|merit|degree|diploma|bachelor|master|"
                            r"major|minor|thesis|courses?|exchange|semester|year)\b")


def school_before_place(line: str, before: str) -> str:
    """A school named without an institution word, on the line under its degree's, with the years and the
    town after it ("MASTER OF BUSINESS ADMINISTRATION" over "IGR-IAE 2019 – 2020, Rennes, France"): the
    name, when the line before names a degree and the name is no grade ("First Class Honours"); else ""."""
    m = _NAME_DATES_PLACE_RE.fullmatch(line.strip())
    if not m or not _DEGREE_WORD_RE.search(before) or _NOT_A_NAME_RE.search(m.group("name")):
        return ""
    if not (is_place(m.group("place")) or (m.group("region") and is_place(m.group("region")))):
        return ""
    return m.group("name")


_SUMMARY_SCHOOL_RE = re.compile(
    r"(?i)\b(?:bachelor'?s?|master'?s?|degree|diploma|ph\.?d|studying|student|graduate|studies|major(?:ing)?)\b"
    r"[^.;]{0,80}?\b(?:at|from)\s+(?P<school>(?:the\s+)?[A-Z][^.;,()]{2,80})")


def summary_school(text: str) -> str:
    """The school a sentence names for a degree when the CV has no education entry ("Currently pursuing
    a bachelor's degree in Networking at Nevada State College, ..."); the name as the caller's
    ``school_name`` reads it is taken from the returned span; "" when none."""
    m = _SUMMARY_SCHOOL_RE.search(text)
    return m.group("school").strip() if m else ""


COURSES_RE = re.compile(
    r"^(?:[\w-]+\s+){0,3}(?:courses?|coursework|modules|subjects|classes|units)(?:\s+taken|\s+studied)?\s*:", re.IGNORECASE)


# the years a line opens with, before its degree ("2016-2018 : MSc ...", "- 2019 | BA ...")
_YEARS_FIRST_RE = re.compile(r"^[\W_]*(?:(?:\d{1,2}[./])?(?:19|20)\d\d(?:\s*[-–—]\s*(?:(?:\d{1,2}[./])?(?:19|20)\d\d|\w+))?"
                             r"\s*[:|,–—-]?\s*)?")


def in_passing(line: str, school: str, words: int = 4) -> bool:
    """Whether a line names a school in passing, inside a sentence ("Taught a weekly class at the Westfield
    High School site of ..."): ``words`` words or more in lower case before the name (three in a bullet:
    "- Completed teaching placements in Cardinal Newman College"; not "- Graduated from Leeds University").
    A line that opens with its degree, after its years, names its own school however long the field written
    in lower case before it ("2016-2018 : MSc in data science and machine learning at Northbridge College")."""
    if _DEGREE_WORD_RE.match(_YEARS_FIRST_RE.sub("", line, count=1)):
        return False
    at = line.casefold().find(school.casefold())
    before = re.split(r"[,;|–—]", line[:at])[-1]  # "Masters in political science, faculty of commerce, X": fields, no sentence
    # a French elided article glued to the name ("à l’UPVM") is no word of a sentence
    return at > 0 and sum(t[:1].islower() and t not in ("l’", "l'", "d’", "d'") for t in before.split()) >= words
