"""The job title and company a job description states, for filling empty setup fields.

Only what the document says plainly is taken: a labelled line ("Job title: ...", "Company: ...")
anywhere in the first 30 lines, else the opening heading when it reads like a title ("Backend
Engineer (Payments)", "Data Analyst at Harbor & Finch", "Data Engineer — Spotify, Stockholm", "Content Manager – Lumora (B2B fintech), London / hybrid": its
remark and work mode dropped), with the company on the line under it ("Mercy General Hospital", "Spotify, Stockholm"). A company followed by
its place is read as the company alone; so is the organisation in a heading that lists title, department,
organisation and place with commas. After a dash of any kind or a bar, the part is the company when a
place or work mode follows it, it has an organisation's word, or the text speaks of it as one ("Lumen is a
...", "At Lumen, ..."); a team, department, region or contract kind there stays part of the title. A line
under the title that gives a name, a dash and what the company is is read as the company when a town follows
("Hillfield Foods - Ready meals factory, Deeside") or the text speaks of it ("Leafline delivers ..."); failing
all of these, an "About <Name>" heading near the top names it. A heading whose dash is followed by a place
("Sales Development Representative — Salem, OR (Tustin Recruiting, for a B2B SaaS client)") gives the title
before the dash. With no title in a label or heading, a sentence saying whom the ad seeks gives it ("is on the
hunt for a superstar Sales Development Representative to join", "suchen wir … eine:n Business Intelligence
Analyst (w/m/x/-)", "nous recherchons un(e) …", "buscamos un …": :func:`sought_title`); with no company, one the
text speaks of as the organisation at a sentence's start ("SinnerSchrader gehört zu …", "Tallow is a …", "At
Lumen, …"). A recruiter's ad for a client (:func:`for_a_client`) states no company: the agency is not it, unless a
labelled line names one. A heading of three parts or more whose organisation comes after a department ("Senior
Accountant - Audit & Assurance - Deloitte LLP") gives the first part as the title and the organisation as the company;
a heading saying who hires whom ("Acme Foods is hiring: Line Cook", "Electricians wanted") gives the title after it;
a title in the plural ("Servers", "Sales Associates") is given in the singular (:func:`singular_title`, session 28).
Nothing else is guessed from prose. The prose readers are in
:mod:`core.documents.job_sentences`; this module reads labels and headings.
"""

from __future__ import annotations

import re

from core.documents.job_sentences import for_a_client, prose_company, sought_title

__all__ = ["for_a_client", "job_heading", "singular_title", "sought_title", "without_hours"]

_HEAD_LINES = 30
_TITLE_LABEL = re.compile(r"^(?:job\s*title|title|position|role|vacancy|job)\s*[:：]\s*(.+)$", re.IGNORECASE)
_COMPANY_LABEL = re.compile(
    r"^(?:company|employer|organi[sz]ation|hiring company|company name)\s*[:：]\s*(.+)$", re.IGNORECASE
)
_AT = re.compile(r"^(.{2,80}?)\s+(?:at|@)\s+(.{2,60})$")
# "Data Engineer — Spotify, Stockholm", "Nurse | Mercy Hospital, Leeds": a title, a dash or bar, the rest
_DASHED = re.compile(r"^(.{2,80}?)\s+[-–—|]\s+(.{2,60})$")
_GENERIC = frozenset({
    "job description", "job advert", "job advertisement", "job posting", "job ad", "vacancy", "position",
    "about the role", "the role", "about us", "role description", "job profile", "we are hiring",
})
_MAX_TITLE_WORDS = 10


# an ad kept as source code ("export const openings = [ { name: "Licensed Residential Plumber", …"): its fields
_SOURCE_START = re.compile(r"^\s*(?:export\s|const\s|let\s|var\s|module\.exports|[\[{])")
_SOURCE_TITLE = re.compile(r"""(?im)^\s*["']?(?:title|name|position|job_?title|jobTitle|role)["']?\s*:\s*["']([^"'\n]{3,90})["']""")
_SOURCE_COMPANY = re.compile(r"""(?im)^\s*["']?(?:company|company_?name|companyName|employer|organi[sz]ation|hiringOrganization)["']?"""
                             r"""\s*:\s*["']([^"'\n]{2,80})["']""")
_SEEKS_RE = re.compile(r"(?i)\b(?:is|are)\s+(?:now\s+)?(?:hiring|recruiting|seeking|looking\s+(?:for|to\s+hire))\b")
# a heading that invites, not names the job: "Come join our winning team", "We're hiring!", "Work with us"
_SLOGAN_RE = re.compile(r"(?i)^(?:come\s+)?join\s+(?:our|the|us)\b|^we(?:'re|’re| are)\s+hiring\b|^now\s+hiring\b|"
                        r"^work\s+(?:with|for)\s+us\b|^be\s+part\s+of\b|^careers?\s*(?:at\b|$)")


def job_heading(text: str) -> tuple[str, str]:
    """``(job_title, company)`` stated by a job description; "" for each one it does not state. An ad kept as source
    code is read by its fields (``name: "Licensed Residential Plumber"``); a heading that invites rather than names
    ("Come join our winning team") is passed over (newcomer check rc30: both became the job's title)."""
    first = next((line for line in (text or "").splitlines() if line.strip()), "")
    if _SOURCE_START.match(first) and (field := _SOURCE_TITLE.search(text or "")):
        from core.analysis.job_markup import job_page_text  # (the job reader's; loaded for such an ad only)

        company = _SOURCE_COMPANY.search(text or "")
        return _short(field.group(1).strip()), _short(company.group(1).strip() if company else prose_company(
            job_page_text(text or "")))
    lines = [_plain(line) for line in (text or "").splitlines()[:_HEAD_LINES]]
    lines = [line for line in lines if line and not _SLOGAN_RE.match(line)]
    title = _labelled(lines, _TITLE_LABEL)
    company = _labelled(lines, _COMPANY_LABEL)
    labelled_company = company
    if not title:
        head_title, head_company = _from_heading(lines)
        title, company = head_title, company or head_company
    if not title:
        title = sought_title(text or "")
    if for_a_client(text or "") and not labelled_company:
        return _short(singular_title(without_hours(title))), ""  # a recruiter's ad: the employer is unnamed, and the agency is not it
    return _short(singular_title(without_hours(title))), _short(company or _about_name(lines) or prose_company(text or ""))


# "About Leafline", "About Hillfield Foods": a heading near the top naming the organisation (not "About the role")
_ABOUT = re.compile(r"^About\s+((?:[A-Z0-9][\w&'’.-]*\s?){1,4})$")


def _about_name(lines: list[str]) -> str:
    """The name of an "About <Name>" heading in the first lines: one to four capitalised words, no place, team
    or generic word ("About the role", "About us", "About London" are none); else ""."""
    from core.analysis.cv_places import is_place

    for line in lines:
        name = match.group(1).strip() if (match := _ABOUT.match(line.rstrip(":"))) else ""
        if name and not is_place(name) and not _NOT_COMPANY.search(name) and name.lower() not in _GENERIC:
            return name
    return ""


def _plain(line: str) -> str:
    """A line without Markdown heading marks, emphasis or list bullets."""
    line = re.sub(r"^\s*(?:#{1,6}\s*|[-*•]\s+)", "", line)
    return " ".join(line.replace("**", "").replace("__", "").split())


def _labelled(lines: list[str], label: re.Pattern[str]) -> str:
    for line in lines:
        if match := label.match(line):
            return _first_clause(match.group(1))
    return ""


def _from_heading(lines: list[str]) -> tuple[str, str]:
    for number, line in enumerate(lines[:3]):
        if line.lower().rstrip(":") in _GENERIC:
            continue
        body = "\n".join(lines[number + 1:])
        if hiring := _hiring_heading(line):  # "Acme Foods is hiring: Line Cook", "Baristas wanted"
            return hiring
        if _SEEKS_RE.search(line):  # "Slice is looking for a Customer Service Specialist": a sentence (sought_title)
            return "", ""
        bracket = re.search(r"\s*\(([^()]*)\)$", line)
        bare = line[:bracket.start()] if bracket else line
        if _word_count(bare) > _MAX_TITLE_WORDS or line.endswith((".", "!", "?", ":")):
            return "", ""
        if swapped := _company_over_title(line, lines[number + 1] if number + 1 < len(lines) else ""):
            return swapped
        line = bare
        if match := _AT.match(line):
            return match.group(1), _first_clause(_without_remarks(match.group(2)))
        if company := _dashed_company(line, bracket.group(1) if bracket else "", body):
            # "Dental Nurse - Community Dental Service" over "Leeds Community Healthcare NHS Trust": the service
            # is part of the organisation named on the line under it, which is the company
            from core.analysis.cv_entries import org_name

            under = _company_line(lines[number + 1:number + 3], body)
            return (company[0], under) if under and under != company[1] and org_name(under) else company
        if company := _comma_company(line, body) or _last_dashed_company(line, body):
            return company
        # "Sales Development Representative — Salem, OR": the title, then its place or work mode after a dash
        head, *rest = _SEPARATOR.split(line, maxsplit=1)
        if rest and _place_or_mode(_without_remarks(rest[0]) or rest[0]):
            line = head
        return _without_place(line), _company_line(lines[number + 1:number + 3], body)
    return "", ""


# Any dash with spaces round it (hyphen, figure dash, en, em, horizontal bar, minus, "--") or a bar.
_SEPARATOR = re.compile(r"\s+(?:--|[-\u2010-\u2015\u2212|])\s+")
# A part after the title that names a part of the organisation or a term of the job, not the organisation:
# "Payments Team", "Emergency Department", "Cardiology Ward", "EMEA", "Contract".
_NOT_COMPANY = re.compile(
    r"(?i)\b(?:team|department|dept|ward|unit|division|squad|function|office|desk|practice|"
    r"emea|apac|latam|americas|dach|nordics|benelux|uk&i|north|south|east|west|mid[- ]market|enterprise|smb|sme|"
    r"public sector|commercial|strategic|contract|permanent|temporary|temp|full[- ]time|part[- ]time|maternity cover|"
    r"fixed[- ]term|freelance|internship|graduate|entry[- ]level|senior|junior)$"
)


def _dashed_company(line: str, bracket: str, body: str) -> tuple[str, str] | None:
    """``(title, company)`` of a heading whose title is followed by a dash or bar and the company
    ("Data Engineer – Acme Labs", "Designer | Velloria | Lisbon", "Editor – Quill (London, hybrid)"), else None.

    The part after the first separator is read as the company when it is one followed by its place
    ("Spotify, Stockholm"), when a place or work mode follows it (after another separator or in the
    bracket that ends the line), when it has an organisation's word ("Northwind Logistics"), or when the
    text under the heading speaks of it as an organisation ("Quill is a ...", "At Quill, ..."); never when
    it names a team, department, region or contract kind ("Payments Team", "EMEA")."""
    parts = _SEPARATOR.split(line, maxsplit=2)
    if len(parts) < 2:
        return None
    title, rest = parts[0], _without_remarks(parts[1])
    name = _first_clause(rest)
    words = name.split()
    if not name or not 1 <= len(words) <= 5 or not words[0][:1].isupper() or _NOT_COMPANY.search(name):
        return None
    if company := _company_at_place(rest):
        return title, company
    from core.analysis.cv_entries import org_name
    from core.analysis.cv_places import is_place

    if is_place(name):
        return None
    after = parts[2] if len(parts) > 2 else bracket
    if (after and _place_or_mode(after)) or org_name(name) or _named_in(name, body):
        return title, name
    return None


def _word_count(line: str) -> int:
    """The words of a heading, its dashes and bars not counted ("Senior Accountant – Audit & Assurance – Deloitte
    LLP, New York": 8)."""
    return sum(1 for word in line.split() if re.search(r"\w", word))


def _last_dashed_company(line: str, body: str) -> tuple[str, str] | None:
    """``(title, company)`` of a heading of three or more parts between dashes or bars whose company comes after
    a department or team ("Senior Accountant - Audit & Assurance - Deloitte LLP", "Receptionist | Front Office |
    Hilton London Metropole | London"): the first part is the title, the first later part that is an
    organisation's name (its words, a legal form, its place after a comma, or spoken of below as one) the
    company; the department between them is left out of the title (rc27 F4: "the Senior Accountant - Audit &
    Assurance - Deloitte LLP role at Deloitte LLP"). None for any other heading."""
    from core.analysis.cv_entries import has_legal_form, org_name
    from core.analysis.cv_places import is_place

    parts = [part.strip() for part in _SEPARATOR.split(line)]
    if len(parts) < 3 or not _looks_like_title(parts[0]):
        return None
    for part in parts[1:]:
        rest = _without_remarks(part)
        name = _company_at_place(rest) or _first_clause(rest)
        words = name.split()
        if (not 1 <= len(words) <= 8 or not words[0][:1].isupper() or _NOT_COMPANY.search(name) or is_place(name)
                or _looks_like_title(name)):
            continue
        if org_name(name) or has_legal_form(name) or _named_in(name, body) or _company_at_place(rest):
            return parts[0], name
    # "Receptionist - Front Office - Hilton Metropole": a department's or team's word in the middle part, then a
    # name of capitalised words ending the heading
    last = _first_clause(_without_remarks(parts[-1]))
    if (len(parts) == 3 and _NOT_COMPANY.search(parts[1]) and 1 <= len(last.split()) <= 5
            and all(w[:1].isupper() or w in {"&", "and", "of"} for w in last.split()) and not is_place(last)
            and not _looks_like_title(last)):
        return parts[0], last
    return None


# "Acme Foods is hiring: Line Cook", "We're hiring: Baristas", "Now hiring - Servers", "Join Acme as a Barista",
# "Acme recrute : Serveur (H/F)", "Acme sucht Kellner (m/w/d)", "Acme busca camarero", "Se busca camarero":
# the organisation (when named) and the title after the hiring words
_HIRING_RE = re.compile(
    r"^(?:(?P<company>[A-Z0-9][\w&'’.,-]*(?:\s+[\w&'’.,-]+){0,5}?)\s+(?:is|are)\s+(?:now\s+)?hiring|"
    r"(?:we(?:'re|’re|\s+are)\s+)?(?:now\s+)?hiring|join\s+(?P<joined>[A-Z0-9][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,4})\s+as|"
    r"(?P<fr>[A-Z0-9][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,4})\s+(?:recrute|sucht|busca|contrata|cerca|assume|zoekt)|"
    r"se\s+busca|wir\s+suchen|on\s+recrute|nous\s+recrutons)"
    r"\s*[:!–—-]?\s*(?:(?:an?|un|une|una|un\(e\)|eine?n?|eine:n|einen?)\s+)?(?P<title>[^:!?.]{2,80}?)\s*!?$",
    re.IGNORECASE)
_WANTED_RE = re.compile(r"(?i)^(?P<title>[^:!?.]{2,60}?)\s+(?:wanted|needed|required)\s*!?$")


def _hiring_heading(line: str) -> tuple[str, str] | None:
    """``(title, company)`` of a heading that says who is hiring whom ("Acme Foods is hiring: Line Cook" ->
    ("Line Cook", "Acme Foods"), "Hiring: Bartenders" -> ("Bartenders", ""), "Electricians wanted" ->
    ("Electricians", "")); None for any other line or when the words after it are no title."""
    if m := _HIRING_RE.match(line):
        company = (m.group("company") or m.group("joined") or m.group("fr") or "").strip(" ,")
        title = m.group("title").strip(" -–—:")
    elif m := _WANTED_RE.match(line):
        company, title = "", m.group("title").strip()
    else:
        return None
    return (_without_place(title), company) if title and _titled_heading(title) else None


def _titled_heading(title: str) -> bool:
    """Whether a hiring heading's words name a job title: of the standard list or ending in a title's head word, in
    the singular or the plural ("Line Cook", "Bartenders"), or a title of the CV reader's lexicon ("Kellner (m/w/d)",
    "Serveur (H/F)")."""
    from core.analysis.cv_lines import is_role

    bare = re.sub(r"\s*\([^()]*\)\s*$", "", title)
    return _looks_like_title(bare) or _looks_like_title(singular_title(bare)) or is_role(bare) or is_role(singular_title(bare))


def _comma_company(line: str, body: str) -> tuple[str, str] | None:
    """``(title, company)`` of a heading that lists title, department, organisation and place with commas
    ("Senior Staff Nurse, Emergency Department, St Mary's Hospital, Leeds"): the first part after the title
    that has an organisation's word or is spoken of as one below, and is no place or team, is the company;
    the first part is the title (a department or faculty after it is dropped, as is the place after the
    company). Else None."""
    from core.analysis.cv_entries import org_name
    from core.analysis.cv_places import is_place

    parts = [part.strip() for part in line.split(", ")]
    if len(parts) < 3:
        return None  # "Nurse, Leeds": a title and its place, or a title with a comma
    for part in parts[1:]:
        words = part.split()
        if not 1 <= len(words) <= 6 or not words[0][:1].isupper() or _NOT_COMPANY.search(part) or is_place(part):
            continue
        if org_name(part) or _named_in(part, body):
            return parts[0], part  # a department or faculty between them is not part of the title
    return None


def _without_place(line: str) -> str:
    """A title heading without the place after its last comma ("Staff Nurse, Leeds" -> "Staff Nurse"), or its places."""
    from core.analysis.cv_places import is_place

    head, _, tail = line.rpartition(", ")
    while head and is_place(tail) and not is_place(head):  # "Nurse, London, UK" -> "Nurse"
        line = head
        head, _, tail = line.rpartition(", ")
    return line


def _place_or_mode(part: str) -> bool:
    """Whether a part is a place, a work mode, or both ("Leeds", "Remote", "London, hybrid")."""
    from core.analysis.cv_places import is_place

    bare = _WORK_MODE.sub("", " " + part.strip() if _WORK_MODE_ALONE.match(part) else part).strip(" ,/|")
    bare = _DISTRICT.sub("", bare).strip(" ,")  # "Paris 9e", "London EC1V 2NX", "80331 München": the town
    if not bare:
        return True
    bare = _SITE_WORDS.sub("", bare).strip(" ,/|")  # "Leeds head office / hybrid": the town and the work mode
    return not bare or is_place(bare) or is_place(bare.split(",")[0].strip())


_SITE_WORDS = re.compile(r"(?i)\s+(?:head office|hq|office|campus|site|depot|branch)\b")


# A district or postcode beside a town: "Paris 9e", "Lyon 3ème", "London EC1V 2NX", "80331 München".
_DISTRICT = re.compile(r"^\d{4,5}\s+(?=\S)|\s+(?:\d{1,2}(?:e|er|ème|eme)|[A-Z]{1,2}\d[A-Z\d]?(?:\s*\d[A-Z]{2})?)$")


def _named_in(name: str, body: str) -> bool:
    """Whether the text under a heading speaks of ``name`` as an organisation: "Quill is a ...",
    "Quill's ...", "At Quill, ...", "Join Quill", "About Quill", a sentence opening with it and a verb ("Quill
    delivers ...")."""
    escaped = re.escape(name)
    return bool(
        re.search(rf"(?:^|[.!?]\s+|\n){escaped}\s+[a-z]{{2,}}s\b", body)  # "Leafline delivers ...": opening a sentence
        or re.search(rf"\b{escaped}(?:'s|\s+(?:is|are|was|has|have|builds|helps|makes|provides|sells|offers|runs|"
                  rf"operates|exists|believes)\b)", body)
        or re.search(rf"\b(?:[Aa]t|[Jj]oin|[Aa]bout|[Ww]ith)\s+{escaped}\b", body)
    )


# A work mode after the place: "London / hybrid", "Leeds | remote", "Berlin, on-site".
_WORK_MODE = re.compile(
    r"\s*(?:[/|,]|\s[-–—]|\()\s*(?:fully\s+)?(?:hybrid|remote|on[- ]?site|in[- ]office|office[- ]based|flexible)"
    r"(?:\s+(?:working|work|first|friendly))?\)?\s*$",
    re.IGNORECASE,
)


def _without_remarks(part: str) -> str:
    """The part after a heading's dash without its remarks: "Lumora (B2B fintech), London / hybrid" ->
    "Lumora, London" (a bracketed remark anywhere, then a trailing work mode, are dropped)."""
    part = re.sub(r"\s*\([^()]*\)", "", part)
    part = _WORK_MODE.sub("", part)
    return " ".join(part.split()).strip(" ,")


_WORK_MODE_ALONE = re.compile(
    r"(?i)^\s*(?:fully\s+)?(?:hybrid|remote|on[- ]?site|in[- ]office|office[- ]based|flexible)\b")


def _looks_like_title(part: str) -> bool:
    """Whether ``part`` is a job title of the standard list ("Junior Data Analyst") or ends in a word that
    heads job titles ("Logistics Coordinator")."""
    from core.analysis.cv_titles import known_title, title_head

    words = part.split()
    return bool(words) and (title_head(words[-1].strip(",.;:")) or known_title(part))


def _company_over_title(line: str, below: str) -> tuple[str, str] | None:
    """``(title, company)`` of a heading whose first line is the organisation, maybe with its site or team
    after a dash ("Northway Foods plc — Leicester distribution centre"), and whose next line is the title
    ("Logistics Coordinator"); else None."""
    from core.analysis.cv_entries import org_name

    head = _SEPARATOR.split(line, maxsplit=1)[0]
    title = _SEPARATOR.split(below, maxsplit=1)[0]
    if (not org_name(head) or _looks_like_title(head) or not _looks_like_title(title)
            or len(title.split()) > _MAX_TITLE_WORDS or below.endswith((".", "!", "?", ":"))):
        return None
    return _without_place(title), _first_clause(head)


# A company's legal form, as registers write it: UK/US (Ltd, plc, LLP, LLC, Inc., Corp.), German-speaking (GmbH, AG,
# SE, KG, GmbH & Co. KG, UG, e.V.), French (SA, SAS, SARL), Spanish/Portuguese (S.A., S.L., Lda., Ltda.), Italian
# (S.p.A., S.r.l.), Dutch (B.V., N.V.), Nordic (AB, A/S, ApS, Oy), Polish (Sp. z o.o.), Australian (Pty Ltd).
_LEGAL_FORM = (r"(?:(?:Stiftung\s+)?&\s+Co\.\s+(?:KGaA|KG|OHG)|gGmbH|GmbH(?:\s+&\s+Co\.\s+KG)?|KGaA|AG|SE|KG|OHG|UG"
               r"(?:\s+\(haftungsbeschränkt\))?|e\.\s?V\.|Ltd\.?|Limited|plc|PLC|LLP|LLC|Inc\.?|Corp\.?|Co\.\s+Ltd\.?|"
               r"Pty\.?\s+Ltd\.?|S\.A\.S\.|SAS|SARL|S\.à\s?r\.l\.|S\.A\.|SA|S\.L\.U?\.|S\.L\.|SL|S\.p\.A\.|SpA|S\.r\.l\.|Srl|"
               r"Lda\.?|Ltda\.?|B\.V\.|BV|N\.V\.|NV|AB|A/S|ApS|Oy|Sp\.\s+z\s+o\.o\.)")
# a line that opens with a name of capitalised words ending in a legal form (at most eight words), then its site
_LEGAL_NAME_RE = re.compile(
    rf"^((?:(?:[A-ZÀ-ÖØ-Þ0-9][\w&'’.-]*|&|and|und|of|de|da|do|di|del|la|le|et|e|y),?\s+){{1,7}}?{_LEGAL_FORM})"
    r"(?=$|[\s,;]|\s[-–—|])")


def _company_line(following: list[str], body: str = "") -> str:
    """The line under a title heading when it is an organisation's name on its own ("Mercy General
    Hospital", "Initech Ltd"): short, no sentence, with an organisation's word; or, in the next two lines, a name
    that ends in a legal form (:data:`_LEGAL_FORM`: "Fiege Logistik Stiftung & Co. KG, Standort Hamm")."""
    from core.analysis.cv_entries import org_name  # the CV reader's organisation words

    if legal := next((m.group(1) for ln in following[:2] if (m := _LEGAL_NAME_RE.match(ln))), ""):
        return legal  # "Fiege Logistik Stiftung & Co. KG, Standort Hamm": the name through its legal form
    line = following[0] if following else ""
    if body.startswith(line):  # the text under the line speaks of the name, not the line of itself
        body = body[len(line):]
    head, *rest = _SEPARATOR.split(line, maxsplit=1)  # "Northway Foods plc — Leicester distribution centre"
    if head != line and org_name(head) and not _looks_like_title(head):
        return _first_clause(head)
    # "Fleetwise — Remote (US, Central time zone)": a name of its own, then its place or work mode
    if rest and _bare_name(head) and _place_or_mode(_without_remarks(_SEPARATOR.split(rest[0])[0]) or rest[0]):
        return head
    # "Hillfield Foods - Ready meals factory, Deeside", "Leafline — plant delivery subscription": a name, then what
    # it is, with its town after a comma or spoken of below as an organisation ("Leafline delivers ...")
    if rest and _bare_name(head) and (_described_at_place(rest[0]) or _named_in(head, body)):
        return head
    # "Persimmon Homes East Wales – Chepstow" over "Persimmon Homes is looking for…": the name the text speaks of
    if named := _named_prefix(head, body):
        return named
    if not line or line.endswith((".", "!", "?", ":")):
        return ""
    # "Northwind Freight" over "Northwind Freight builds the software…": a name alone that the text speaks of
    if _bare_name(line) and _named_in(line, body):
        return line
    # "Finvoy (accounts payable automation), London / hybrid": the name with its place, the remark dropped
    if (bare := _without_remarks(line)) != line and len(bare.split()) <= 6 and (company := _company_at_place(bare)):
        return company
    if len(line.split()) > 6:  # "St Aidan's Church of England Primary School, Norwich": a long name at its town
        return _company_at_place(line) if len(line.split()) <= 10 else ""
    return _first_clause(line) if org_name(line) or _public_body(line) else _company_at_place(line)


# A public body's word, on a line of its own under the title: a police force, fire or ambulance service, prison
# ("Westshire Police", "HM Prison Fenwick", "Polizei Nordheim"); here only, where a short line names the employer.
_PUBLIC_BODY = re.compile(r"(?i)\b(?:police|constabulary|fire (?:and|&) rescue service|ambulance service|prison|"
                          r"probation service|polizei|gendarmerie|feuerwehr)\b")


def _public_body(line: str) -> bool:
    """Whether a short line is a public body's name: its word (:data:`_PUBLIC_BODY`) and every other word
    capitalised ("Eastmoor Fire and Rescue Service"; not "Police and emergency contact")."""
    words = line.split()
    return (len(words) <= 6 and bool(_PUBLIC_BODY.search(line))
            and all(w[:1].isupper() or w in {"and", "&", "of"} for w in words))


def _named_prefix(line: str, body: str) -> str:
    """The longest run of ``line``'s first words (fewer than all, so a region or site after it is left out) that
    reads as a name alone (:func:`_bare_name`) and that the text under the heading speaks of as an organisation
    (:func:`_named_in`: "Persimmon Homes is looking for…"); "" when none. The line is no sentence and no title."""
    words = line.split()
    if not 2 <= len(words) <= 6 or line.endswith((".", "!", "?", ":")) or _looks_like_title(line):
        return ""
    return next((" ".join(words[:n]) for n in range(len(words) - 1, 0, -1)
                 if _bare_name(" ".join(words[:n])) and _named_in(" ".join(words[:n]), body)), "")


def _described_at_place(part: str) -> bool:
    """Whether ``part`` says what a company is, then its town after a comma ("Ready meals factory, Deeside",
    "plant delivery subscription, London (hybrid)"): the words before the comma are no place, title or term of
    the job, the part after it is a place."""
    from core.analysis.cv_places import is_place

    what, _, town = _without_remarks(part).rpartition(", ")
    return (bool(what) and 1 <= len(what.split()) <= 6 and is_place(town) and not is_place(what)
            and not _looks_like_title(what) and not _NOT_COMPANY.search(what) and not _TERMS.search(what))


# a job's terms, not what a company is: "four on four off", "Full time", "nights", "permanent"
_TERMS = re.compile(r"(?i)\b(?:full[- ]time|part[- ]time|permanent|temporary|contract|nights?|days|shifts?|"
                    r"on \d+ off|on four off|hours|salary|£|\$|€)\b")


def _bare_name(part: str) -> bool:
    """Whether ``part`` reads as an organisation's name alone: one to four words, the first capitalised, no
    place, team or contract kind, no job title ("Fleetwise", "Blue Harbour")."""
    from core.analysis.cv_places import is_place

    words = part.split()
    return (1 <= len(words) <= 4 and words[0][:1].isupper() and not _NOT_COMPANY.search(part)
            and not is_place(part) and not _looks_like_title(part))


def _company_at_place(part: str) -> str:
    """The company of a part that names one followed by its place ("Spotify, Stockholm", "Acme,
    London, UK", "Initech (Remote)", "Northwind (Leeds, hybrid)"): the name, when the rest is a place or work mode (GeoNames, via
    :func:`core.analysis.cv_places.is_place`) and the name is one to four capitalised words; else ""."""
    from core.analysis.cv_entries import org_name
    from core.analysis.cv_places import is_place

    match = re.match(r"^(.{2,60}?)(?:,\s+|\s+\()(.+?)\)?$", part.strip())
    if not match or not (is_place(match.group(2)) or _place_or_mode(match.group(2))):  # "(London, hybrid)"
        return ""
    name = match.group(1).strip()
    words = name.split()  # a school or trust's long name: its organisation word ("… Primary School, Norwich")
    if not 1 <= len(words) <= (9 if org_name(name) else 4) or not words[0][:1].isupper() or is_place(name):
        return ""
    return name


def _first_clause(value: str) -> str:
    """"Ledgerline, a fintech that ..." -> "Ledgerline"."""
    return re.split(r",\s|\s[-–—|]\s|\s\(", value, maxsplit=1)[0].strip(" .;")


def _short(value: str) -> str:
    return value[:200] if value and len(value.split()) <= _MAX_TITLE_WORDS else ""


# Working hours or contract kind after a title, in the app's languages: "in Voll- oder Teilzeit", "Vollzeit /
# Teilzeit (30 Std.)", "- Full-time", ", full or part time", "en CDI", "CDI temps plein", "a jornada completa".
_HOURS_WORD = (r"(?:voll-?\s*(?:oder|und|/)\s*teilzeit|vollzeit|teilzeit|minijob|unbefristet|befristet|"
               r"(?:full|part)(?:\s+or\s+part)?[- ]?time|full/part[- ]?time|permanent|temporary|fixed[- ]term|"
               r"cdi|cdd|(?:à\s+)?temps\s+(?:plein|partiel)|(?:a\s+)?(?:jornada\s+completa|media\s+jornada|"
               r"tiempo\s+(?:completo|parcial))|indefinido)")
_TRAILING_HOURS = re.compile(
    rf"(?i)(?:\s*[,|/]|\s+[-–—]|\s+(?:in|en|a|de))?\s+{_HOURS_WORD}(?:\s*\([^()]*\))?\s*$")


def without_hours(title: str) -> str:
    """A job title without the working hours or contract kind written after it: "Pflegefachkraft (m/w/d) in Voll-
    oder Teilzeit" -> "Pflegefachkraft (m/w/d)", "Warehouse Supervisor - Full-time" -> "Warehouse Supervisor",
    "Comptable (H/F) - CDI temps plein" -> "Comptable (H/F)". Hours that lead the title ("Part-Time Faculty
    Coordinator") are part of its name and kept; a title that is only hours is returned as it was."""
    value = title
    while (match := _TRAILING_HOURS.search(value)) and match.start() > 0:
        value = value[:match.start()].rstrip(" ,|/-–—")
    return value or title


# a plural's ending and the singular's: "Waitresses" -> "Waitress", "Deputies" -> "Deputy", "Servers" -> "Server"
_PLURAL_ENDS = (("sses", "ss"), ("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"), ("s", ""))
# Romance and Dutch plurals of titles the CV reader knows ("Camareros", "Meseras", "Serveurs", "Cuochi")
_ROMANCE_PLURAL_RE = re.compile(r"(?i)^(?P<stem>\w{3,}?(?:o|a|e|eur|euse|ier|ière|ista|ante|ente|ero|era))s$")


def singular_title(title: str) -> str:
    """A job title an ad's heading writes in the plural, in the singular: "Servers" -> "Server", "Sales
    Associates" -> "Sales Associate", "Registered Nurses" -> "Registered Nurse", "Baristas" -> "Barista",
    "Waitresses" -> "Waitress", "Camareros" -> "Camarero" (rc27 F4: "what draws you to the servers role?"). Only
    the last word of the title's own part (before a gender mark, a bracket or a comma) changes, and only when the
    singular is a title's head word or a title of the lexicon and the plural is none ("Sales", "Operations",
    "Human Resources", "Business Analysis" stay); any other title is returned as it was."""
    from core.analysis.cv_lines import ROLE_WORDS, is_role
    from core.analysis.cv_titles import known_title, title_head

    head, *rest = _SEPARATOR.split(title or "", maxsplit=1)
    if rest:  # "Registered Nurses - ICU": the title's own part before its ward or department
        return singular_title(head) + (title or "")[len(head):]
    m = re.match(r"^(?P<head>.*?\b)(?P<last>[^\W\d_]{3,})(?P<tail>\s*(?:\([^()]*\)|,.*|/.*)?)$", title or "")
    if not m:
        return title
    last = m.group("last")
    if re.search(r"(?i)(?:ss|us|is)$", last) or not last.lower().endswith("s") or re.search(r"(?i)\b(?:of|for|de|and|und|et|y)\s|&", m.group("head")):
        return title  # "Actress", "Campus", "Analysis", "Head of Sales", "Painters and Decorators": left as written
    if ROLE_WORDS.fullmatch(last):
        return title
    for plural, single in _PLURAL_ENDS:
        if last.lower().endswith(plural):
            word = last[: len(last) - len(plural)] + (single.upper() if last.isupper() else single)
            if len(word) >= 3 and (title_head(word.lower()) or known_title(word) or word.lower() in _PERSON_NOUNS
                                   or ROLE_WORDS.fullmatch(word) or known_title(m.group("head") + word)):
                return m.group("head") + word + m.group("tail")
    if (romance := _ROMANCE_PLURAL_RE.match(last)) and (is_role(romance.group("stem")) or romance.group("stem").lower() in _PERSON_NOUNS):
        return m.group("head") + romance.group("stem") + m.group("tail")
    return title


# person nouns the title list and lexicon do not count as heads (surnames, or words of other senses there) but an
# ad's plural heading uses for its job: "Cooks", "Hosts", "Porters", "Meseros"
_PERSON_NOUNS = frozenset({"cook", "host", "porter", "runner", "dishwasher", "bartender", "barber", "vet", "guard",
                           "cleaner", "waiter", "server", "mesero", "mesera", "camarero", "camarera", "cocinero",
                           "cocinera", "serveur", "serveuse", "cameriere", "cuoco", "garçom"})
