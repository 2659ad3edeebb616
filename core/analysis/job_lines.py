"""The lines of a job description that can hold requirements: by section (requirements, duties,
nice-to-haves, benefits), without metadata ("Type: Full-time"), recruiter chatter or slogans; bullets,
unbulleted lists under a requirements heading, prose paragraphs (wrapped lines joined) and the prose
sentences that state a requirement (:func:`core.analysis.job_prose.cue_items`)."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from core.analysis import job_noise  # what asks nothing of a candidate, in the ad languages
from core.analysis.cv_clean import clean_line
from core.analysis.job_prose import cue_items
from core.analysis.job_prose_langs import foreign_cue_items, presents_employer
from core.analysis.job_traits import trait_list
from core.analysis.job_weight import _NICE_HEADING_RE
from core.analysis.skill_context import web_spans
from core.analysis.text import BULLET_RE, sentences

logger = logging.getLogger(__name__)

# A bullet as a job page writes one: the text module's marks and Markdown's "+" ("+ a quick learner").
_BULLET_RE = re.compile(BULLET_RE.pattern.replace("[-*", "[-+*", 1))
_NICE_HEADER_RE = re.compile(r"nice.to.have|desirable|bonus|plus|preferred|ideally", re.IGNORECASE)
_SKIP_HEADER_RE = re.compile(
    r"we offer|benefits|perks|salary|about us|about the company|who we are|how to apply|package|compensation|"
    r"equal opportunit|diversity|what we offer|why join|our values|\bapply\b|location|hours|"
    # a list of the employer's open posts ("Current vacancies", "Available vacancies 2025 - 2026", "Open positions") and
    # its hiring steps ("Requirement Process", "Recruitment process"): job titles and checks, never what a post asks
    r"(?:current|available|open|other|our|latest)\s+(?:vacanc(?:y|ies)|openings|positions|roles|jobs)\b|"
    r"(?:hiring|recruitment|requirement|application|selection|interview)\s+process",
    re.IGNORECASE,
)
_MUST_HEADER_RE = re.compile(
    r"requirement|qualification|what you.?ll (?:bring|need)|you (?:have|bring|will have)|must|essential|"
    r"about you|who you are|looking for|skills|experience|competenc|criteria|ideal candidate|person spec|"
    r"what (?:is|you|we) need|(?:a |be a )?(?:good |great )?fit if|hear from you if|apply if|your background|"
    r"is (?:this|that) you",
    re.IGNORECASE,
)
# Lines that are never requirements: metadata ("Type: Full-time"), recruiter chatter, slogans.
_META_RE = re.compile(
    r"^(?:job |employment |contract |work )?(?:type|locations?|salary|pay|rate|department|team|schedule|shift|hours|"
    r"reports? to|start date|closing date|deadline|reference|ref|job id|posted|category|level|grade|contract|"
    r"remote|hybrid|travel|visa|benefits|company|industry|function|seniority|duration|unit|division|unit/division|"
    r"post title|job title|pay ?band|band|type of posting|responsible to|status|employer|hiring (?:company|organi[sz]ation)|"
    r"published(?: on)?|posted on|vacanc(?:y|ies)|workplace|job location|covid-19 considerations)\s*[:\-–]\s*\S|"
    # a label whose value is a number or a date only ("Vacancy: 02", "Fecha registro: 06 / 06 / 06", "Festival Bonus: 2")
    r"^(?![^:]*\b(?:experience|years?)\b)[^\W\d][^:]{1,40}:\s*[\d\s/.,:#-]+$",
    re.IGNORECASE,
)
# The hours a post asks to be worked, not a skill: "Available to work extended hours", "Willingness to work nights and
# weekends as needed", "5 days over 7, 05:30 to 15:30".
_SCHEDULE_RE = re.compile(
    r"^(?:(?:must|should)\s+be\s+)?(?:available|willing(?:ness)?|able|flexib(?:le|ility))\s+to\s+work\s+(?:\w+\s+)?"
    r"(?:extended|long|late|flexible|additional|unsocial|irregular|weekends?|evenings?|nights?|overtime|shifts?|hours|"
    r"holidays?|bank holidays)\b|^\d+\s+days\s+(?:over|out\s+of|per|a)\s+(?:\d+|week)\b|"
    r"\b\d{1,2}[:.]\d{2}\s*(?:-|–|to)\s*\d{1,2}[:.]\d{2}\b", re.IGNORECASE)
# An age limit ("18 years of age or older", "Age at least 23 years", "must be over 18"): a condition of hiring, no
# skill or qualification to ask about in an interview.
_AGE_RE = re.compile(
    r"\b\d{2}\s*\+?\s*(?:years?|yrs?)\s+(?:of\s+age|old)\b|\bage[d]?\s+(?:at\s+least|of\s+at\s+least|over|minimum|min\.?|"
    r"between)\s*\d{2}\b|\b(?:must|should)\s+be\s+(?:over|at\s+least)\s+(?:the\s+age\s+of\s+)?\d{2}\b",
    re.IGNORECASE)
_CHATTER_RE = re.compile(
    r"!|\brecruit(?:er|ing agency)\b|\bhires?\b|\bapply (?:now|today|here)\b|\bclick\b|\bwe(?:'re| are) hiring\b|"
    r"\bshare our\b|\bour values\b|\bjoin (?:us|our)\b|\bequal opportunity\b|\bvisa sponsorship\b|"
    # the post announced, by the employer or an agency: "X recrute un serveur", "vous propose un poste de soudeur"
    r"\brecrut(?:e|ons|ent)\b|\bvous propose (?:un|une|des) (?:poste|mission|emploi|contrat)\b|"
    r"\bon behalf of (?:our|a|an|its) client\b|\bwe (?:welcome|encourage|invite) (?:\w+ )?(?:inquiries|enquiries|applications)\b|\bf[üu]r unseren kunden\b|\bpara (?:un|una|nuestro) (?:cliente|empresa)\b",
    re.IGNORECASE,
)
_SLOGAN_RE = re.compile(r"^[A-Z][a-z]+[.!]\s+[A-Z]")
# A heading with its list on one line ("Requirements: B2B sales, CRM, negotiation"): two items at least.
_INLINE_LIST_RE = re.compile(r"^(?P<label>[A-Za-z][\w '/&-]{2,40}):\s*(?P<items>[^,;]+(?:[,;][^,;]+)+)$")
_LABELLED_RE = re.compile(r"^(?P<label>[^\W\d][\w '/&-]{2,40}?)\s*:\s*(?P<items>\S.{2,})$")
# a level of seniority as a field's value ("experience: Mid Level"): metadata, not a requirement
_SENIORITY_RE = re.compile(r"(?i)^\W*(?:entry|junior|mid|middle|intermediate|senior|lead|principal|executive)(?:[\s-]?level)?\W*$")
# A title or heading in capitals, written as a line of its own ("PRÁCTICA TÉCNICA PARA DEPARTAMENTO TIC, PROGRAMACIÓN Y
# ANÁLISIS DE SISTEMAS."): three words of five letters or more and no small letter.
_CAPITALS_RE = re.compile(r"^(?=(?:.*?\b[^\W\d_]{5,}\b){3})[^a-zß-ÿ]+$")
_PLUS_RE = re.compile(r"\s*\b(?:is|are|would be)\s+(?:a\s+)?(?:plus|bonus|an advantage|desirable|nice to have)\b",
                      re.IGNORECASE)


# "The post is subject to an enhanced DBS check", "offers are subject to satisfactory references": a check the
# employer runs before hiring, not something the candidate must show in an interview.
_EMPLOYER_CHECK_RE = re.compile(
    r"\bsubject to (?:an? |the |satisfactory |successful )?(?:[\w-]+ ){0,3}(?:checks?|clearance|vetting|references|"
    r"screening)\b", re.IGNORECASE)


def without_sentences(text: str, drop: Callable[[str], bool], *, clauses: bool = False) -> str:
    """``text``, line by line, without the sentences for which ``drop`` is true (with ``clauses``, without
    the ";"-separated clauses of each sentence instead). A line with nothing to drop is kept as written;
    the parts left of another line are joined by single spaces."""
    kept = []
    for line in (text or "").splitlines():
        parts = [part for sentence in (sentences(line) or [line])
                 for part in (re.split(r";\s+", sentence) if clauses else [sentence])]
        dropped = [drop(part) for part in parts]
        kept.append(" ".join(p for p, out in zip(parts, dropped, strict=True) if not out) if any(dropped) else line)
    return "\n".join(kept)


# What the job offers, not what it asks: pay ("OTE $120k", "uncapped commission", "£40,000 per annum"), equity,
# bonus, holiday, pension, insurance. A sentence that asks for experience or knowledge of it stays ("experience
# designing commission plans" is a payroll analyst's requirement).
_OFFER_RE = re.compile(
    r"\bOTE\b|(?i:\bon[- ]target earnings\b|\b(?:uncapped|generous|competitive|attractive)\s+(?:commission|bonus|salary|pay|"
    r"package|equity|benefits)\b|\b(?:base(?: salary)?\s*(?:\+|plus|and)|plus|with|on|earn\w*|\+)\s+commission\b|"
    r"\bcommissions?\s+(?:structure|scheme|plan|paid|on top|uncapped)\b|\b(?:annual|performance|signing|sign-on|quarterly|yearly)\s+bonus(?:es)?\b|"
    r"\bbonus (?:scheme|plan)\b|\bequity (?:options?|grants?|stake|package)\b|\b(?:stock|share) options?\b|\bRSUs?\b|\bholidays?\b|\bannual leave\b|\bvacation\b|"
    r"\bPTO\b|\bpaid (?:time off|leave|parental leave)\b|\bpension\b|\b401\(?k\)?|\b(?:health|dental|medical|life|vision)\s+"
    r"(?:insurance|cover|plan)\b|\bsalary\b|\bcompensation\b|\bper (?:annum|year|hour)\b|"
    # what the staff are told they will enjoy ("Teachers enjoy an outstanding school environment …")
    r"\b(?:you|teachers|staff|employees|colleagues|our (?:team|staff|people))\s+(?:will\s+|can\s+|also\s+)?enjoy\b)")
_ASKS_RE = re.compile(r"\b(?:experience|experienced|knowledge|understanding|familiar\w*|proficien\w*|skills?|ability|"
                      r"able to|background|track record|expertise|worked|working|designing|administer\w*|managing|"
                      r"calculat\w*|process\w*)\b", re.IGNORECASE)


def without_offers(text: str) -> str:
    """``text`` without the sentences that state what the job offers (pay, commission, equity, bonus, holiday,
    pension, insurance: :data:`_OFFER_RE`) and ask for nothing (:data:`_ASKS_RE`): "OTE $150,000. Uncapped
    commission." are terms of the post, never requirements. A heading is kept ("## Compensation", "Competitive Salary
    and Benefits"): it closes the section above it, so the offer list under it is never read as that section's."""
    def offered(sentence: str) -> bool:
        return bool(_OFFER_RE.search(sentence) and not _ASKS_RE.search(sentence))

    return "\n".join(line if _heading_line(line) else without_sentences(line, offered) for line in text.splitlines())


def _heading_line(raw: str) -> bool:
    """Whether a line as written is a heading: a Markdown one ("### Competitive Salary and Benefits") or a short
    line that is no bullet, sentence, figure or label with a value ("Compensation", "Salary and benefits:")."""
    stripped = raw.strip()
    if stripped.startswith("#"):
        return True
    line = clean_line(stripped)
    return (bool(line) and not _BULLET_RE.match(stripped) and _is_header(line) and not re.search(r"\d|:\s*\S", line)
            and not line.endswith(("!", "?")))


def without_employer_checks(text: str) -> str:
    """``text`` without the clauses that name a check the employer runs ("the post is subject to an enhanced
    DBS check"): what is left asks things of the candidate."""
    return without_sentences(text, lambda clause: bool(_EMPLOYER_CHECK_RE.search(clause)), clauses=True)


def _skip_line(text: str) -> bool:
    """Metadata ("Type: Full-time", "Employer: Wisdom Dental Practice", "Vacancy: 02"), recruiter chatter ("Recruiter!
    Crunch hires"), a slogan ("Performer. Consistent over-achievement…"), an age limit ("18 years of age or older"), the
    hours to work ("Available to work extended hours"), a title in capitals or a check the employer runs ("subject to an enhanced DBS
    check")."""
    return bool(_META_RE.match(text) or _CHATTER_RE.search(text) or _SLOGAN_RE.match(text) or _AGE_RE.search(text)
                or _SCHEDULE_RE.search(text) or _CAPITALS_RE.match(text)
                or _EMPLOYER_CHECK_RE.search(text) or _address_only(text) or job_noise.not_asked(text) or job_noise.terms_line(text)
                or job_noise.offer_line(text))


def _address_only(text: str) -> bool:
    """A line that is a web or e-mail address, with a label at most ("URL: https://…/jobs/content-marketing/")."""
    spans = web_spans(text)
    if not spans:
        return False
    rest = "".join(ch for i, ch in enumerate(text) if not any(a <= i < b for a, b in spans))
    return bool(re.fullmatch(r"[\W_]*(?:[A-Za-z][A-Za-z -]{0,20}:)?[\W_]*", rest))


_DUTY_HEADER_RE = re.compile(
    r"responsibilit|duties|what you.?ll do|day.to.day|your role|the role|in this role|key tasks|you will",
    re.IGNORECASE,
)


_ASKING_HEADER_RE = re.compile(r"requirement|qualifi|profil|anforderung|skills|exigences|requisitos", re.IGNORECASE)


def _header_priority(header: str) -> tuple[int, bool]:
    """(priority, whether its lines may give free-text phrases) of a section heading: requirements 0,
    other or duties 1 (duties give no phrases: "Analyze large datasets" is work, not a requirement),
    nice-to-have 2, benefits/company/apply 3 (dropped)."""
    if re.search(r"\bapply if\b", header, re.IGNORECASE):  # "You should apply if": what follows is asked for
        return 0, True
    if _SKIP_HEADER_RE.search(header) or job_noise.OFFER_HEADER_RE.search(header):  # "Wir bieten", "Training provided"
        return 3, False
    if _NICE_HEADER_RE.search(header):
        return 2, True
    if job_noise.DUTY_HEADER_RE.search(header) and not _ASKING_HEADER_RE.search(header):  # "Essential Functions", "Ihre Aufgaben"
        return 1, False
    if job_noise.OTHER_DUTY_HEADER_RE.search(header.strip()) and not _ASKING_HEADER_RE.search(header):
        return 1, True  # "Vos missions", "Wat ga je doen?": after the requirements, each line read whole
    if _MUST_HEADER_RE.search(header) or job_noise.MUST_HEADER_RE.search(header):  # "Ihr Profil", "Votre profil"
        return 0, True
    return 1, not _DUTY_HEADER_RE.search(header)


def _is_header(line: str) -> bool:
    header = line.rstrip(":")
    return len(header.split()) <= 6 and not header.endswith(".")


# A one-line field of the ad, its label and its value on one line (":euro: Rémunération : Smic", "Location: Leeds",
# "Führerschein: Klasse B"), an emoji shortcode before it allowed: short enough to pass for a heading, but it opens no
# section; the lines under it stay in the section they were in.
_FIELD_RE = re.compile(r"^(?::[a-z0-9_+-]+:\s*)*(?P<label>[^:\s][^:]{0,40}?)\s*:\s+(?P<value>[^:\s].*)$")


def _field_line(line: str) -> bool:
    """Whether ``line`` is a one-line "label: value" field that :func:`_is_header` would take for a heading."""
    field = _FIELD_RE.match(line)
    return bool(field) and _is_header(line) and len(field.group("label").split()) <= 4 \
        and not re.match(r"https?$", field.group("label"), re.IGNORECASE)


def _lead_in(line: str) -> bool:
    """Whether a line introduces the list under it: it ends in a colon, has at most twenty words and no figure
    ("The applicants should have experience in the following area(s):"; not "Minimum of 2 years in the following:",
    whose years are asked)."""
    return line.endswith(":") and len(line.split()) <= 20 and not re.search(r"\d", line)


def _inline_list(line: str) -> list[tuple[int, str, bool]] | None:
    """(priority, item, phrases allowed) of a heading with its list on one line ("Requirements: B2B sales experience,
    CRM (Salesforce), negotiation"), a plus item at the nice-to-haves' priority; None when the line is no such list
    (or its label is no requirements, nice-to-have or skipped heading)."""
    inline = _INLINE_LIST_RE.match(line)
    if not inline and (labelled := _LABELLED_RE.match(line)) and _header_priority(labelled.group("label"))[0] in {0, 2} \
            and not _SENIORITY_RE.match(labelled.group("items")):
        inline = labelled  # "Competencias técnicas: Manejo de sistemas …": one item after a requirements label
    if not inline or _header_priority(inline.group("label"))[0] == 1:
        return None
    label_priority, label_ok = _header_priority(inline.group("label"))
    items = []
    for item in re.split(r"\s*[;,]\s*", inline.group("items")):
        item = item.strip(" .")
        plus = _PLUS_RE.search(item)
        item = _PLUS_RE.sub("", item).strip(" .") if plus else item
        if item and label_priority < 3:
            items.append((max(label_priority, 2 if plus else 0), item, label_ok))
    return items


# A requirements label inside a line, after the sentence before it ("- Video editor: we need a creative editor.
# Requirements: Premiere, audio editing, storytelling"): where the line's own list starts.
_MID_LABEL_RE = re.compile(r"(?<=[.!?])\s+(?=[^\W\d][\w '/&-]{2,30}:\s)")


def _bullet_inline_list(line: str) -> list[tuple[int, str, bool]] | None:
    """:func:`_inline_list` of the part of a bullet from a requirements or nice-to-have label inside it on (a list of
    jobs, each bullet a job with "Requisitos: …" after its description); None when it has none."""
    for mid in _MID_LABEL_RE.finditer(line):
        tail = line[mid.end():]
        label = tail.split(":", 1)[0]
        if _header_priority(label)[0] in {0, 2} and (items := _inline_list(tail)) is not None:
            return items
    return None


def _lead_in_or_row(line: str, bullet: bool, last: str, priority: int) -> tuple[int, bool] | list[str] | None:
    """For :func:`_ranked_lines`: a lead-in's heading priority (:func:`_lead_in`; a bullet, or a line too long to be
    a heading; a long one only when it leads to no duties), the items of a comma list of short items straight under a
    requirements lead-in ("- Requirements:" / "National Insurance Number, Hep B vaccinated, DBS Check, …"), or None for
    any other line."""
    if _lead_in(line) and (bullet or not _is_header(line)):
        heading = _header_priority(line.rstrip(":"))
        # a long lead-in to duties ("Care worker duties may include:") stays what it was: its list is read as before
        return heading if heading[0] != 1 or _is_header(line) else None
    items = [item.strip(" .") for item in line.split(",") if item.strip(" .")]
    if not bullet and last == "lead" and priority in {0, 2} and sum(len(item.split()) <= 4 for item in items) >= 3 \
            and len(sentences(line)) <= 1:
        return items
    return None


def _table_row(raw: str, columns: list[int | None]) -> tuple[list[int | None], list[tuple[int, str]]]:
    """One row of a Markdown person specification ("| Criteria | Essential | Desirable |"): the header row
    gives each column's kind (0 essential, 2 desirable, None other); a later row gives (kind, item) for
    each list item or line of its essential and desirable cells ("<li>Qualified Teacher Status</li>")."""
    cells = [c.strip() for c in raw.strip().strip("|").split("|")]
    if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
        return columns, []
    kinds = [0 if re.search(r"\bessential\b", c, re.I) else 2 if re.search(r"\bdesirable\b", c, re.I) else None
             for c in cells]
    if any(k is not None for k in kinds) and all(len(c.split()) <= 3 for c in cells):
        return kinds, []
    items = []
    for kind, cell in zip(columns, cells, strict=False):
        for part in re.split(r"</?(?:li|ul|ol|p)>|<br\s*/?>", cell) if kind is not None else ():
            part = re.sub(r"<[^>]+>", "", part).strip(" .;")
            if part:
                items.append((kind, part))
    return columns, items


def _row_labels(job_description: str) -> set[str]:
    """The labels that open two bullets or more of the page ("- Apt intell/cognitif : Concentration et attention",
    "- Apt intell/cognitif : Comprendre consigne orale"): a table's category column, so each of those rows asks for
    its value, never for the label. Lower case."""
    seen: dict[str, int] = {}
    for raw in job_description.splitlines():
        if (row := re.match(r"^\s*(?:[-+*•·▪‣◦●]|\d+[.)])\s+([^:]{2,40}?)\s*:\s*\S", raw)) and len(row.group(1).split()) <= 5:
            seen[row.group(1).lower()] = seen.get(row.group(1).lower(), 0) + 1
    return {label for label, count in seen.items() if count >= 2}


def _ranked_lines(job_description: str) -> tuple[list[tuple[int, int, str, bool]], list[tuple[int, str, bool]]]:
    """Bullet lines as (priority, index, text, phrases allowed) and prose paragraphs as (priority, text,
    phrases allowed), each under the heading it follows; metadata, chatter and slogans dropped. A line
    that goes on from an unfinished prose line is the same paragraph ("A current Electrical" /
    "Certification card is required."); short lines straight under a heading, with no blank line
    between, are an unbulleted list ("Ideal candidate" / "Previous catering experience")."""
    bullets: list[tuple[int, int, str, bool]] = []
    prose: list[tuple[int, str, bool]] = []
    priority, phrases_ok = 1, True
    last = ""  # what the line above was: "", "header", "lead" (a lead-in ending in a colon), "item", "prose" (unfinished) or "done" (finished)
    columns: list[int | None] = []  # a person specification table's columns (:func:`_table_row`)
    rows = _row_labels(job_description)
    for idx, raw in enumerate(job_description.splitlines()):
        if raw.lstrip().startswith("|") and raw.count("|") >= 3:
            columns, cells = _table_row(raw, columns)
            bullets += [(kind, idx, item, True) for kind, item in cells]
            last = "done"
            continue
        bullet = bool(_BULLET_RE.match(raw))
        line = clean_line(_BULLET_RE.sub("", raw) if bullet else raw).strip('"\'“”')
        if not line:
            last = ""
            continue
        # chatter in one sentence of a paragraph ("... to join our faculty") drops that sentence
        # (requirement_units), never the whole paragraph
        if _skip_line(line) and (bullet or len(sentences(line)) <= 1):
            last = "done"
            continue
        if (inline := _bullet_inline_list(line) if bullet else _inline_list(line)) is not None:
            bullets += [(item_priority, idx, item, ok) for item_priority, item, ok in inline]
            last = "done"
            continue
        if (heading := _lead_in_or_row(line, bullet, last, priority)) is not None:
            # "- Requirements:", "The successful candidate must have the following Qualifications and Skills:": a
            # heading of what follows, never an item; "Call Center, Front Desk, Front Desk Management" straight under a
            # requirements heading: its list on one line, an item each
            if isinstance(heading, tuple):
                (priority, phrases_ok), last = heading, "lead"
            else:
                bullets += [(priority, idx, item, phrases_ok) for item in heading]
                last = "done"
            continue
        # a list without bullets: only under a requirements heading, and never front matter or a table row
        listed = (last in {"header", "lead", "item"} and priority in {0, 2} and not re.search(r"[=|:#]", line)
                  and not raw.lstrip().startswith("#"))
        if bullet or (listed and _is_header(line) and priority < 3 and not job_noise.subheading(line)):
            # "- Nice to have: experience in payments": the ad's label is no part of the requirement, which is a plus
            label = re.match(r"^([^:]{2,40}):\s*(\S.*)$", line) if bullet else None
            if label and _NICE_HEADING_RE.match(label.group(1)) and priority < 3:
                bullets.append((2, idx, label.group(2).strip(), phrases_ok))
            elif label and label.group(1).strip().lower() in rows and priority < 3:  # "Savoir-être : Ponctualité"
                bullets.append((priority, idx, label.group(2).strip(), phrases_ok))
            elif priority < 3:
                bullets.append((priority, idx, line, phrases_ok))
            last = "item"
        elif last == "prose" and prose and not (line.endswith(":") and _is_header(line)):  # "…Public Works" / "Duties:"
            prose[-1] = (prose[-1][0], f"{prose[-1][1]} {line}", prose[-1][2])
            last = "done" if re.search(r"[.!?]$", line) else "prose"
        elif _is_header(line):
            field = _field_line(line)  # "Rémunération : Smic": a field, no heading of what follows
            priority, phrases_ok = (priority, phrases_ok) if field else _header_priority(line.rstrip(":"))
            last = "done" if field else "header"
        else:
            if priority < 3:
                prose.append((priority, line, phrases_ok))
            last = ("done" if re.search(r"[.!?]$", line) else "prose") if priority < 3 else "done"
    return bullets, prose


# "Brookvale Academy is hiring a teacher ...": the ad's opening, not a requirement ("hiring")
_IS_HIRING_RE = re.compile(r"\b(?:is|are|we're|we are)\s+(?:now\s+)?(?:hiring|recruiting)\b", re.IGNORECASE)


# A sentence that opens by naming what it asks for ("Excellent legal drafting skills.", "Ability to …").
_ASKS_FIRST_RE = re.compile(r"(?:an? )?(?:ability|excellent|strong|good|sound|solid|proven|thorough|working|minimum|at least|"
                            r"knowledge|experience|understanding|proficien\w*|familiar\w*|fluen\w*|degree|qualified|"
                            r"bilingual|(?:bachelor|master|associate)['’]?s?(?: degree)?|high school|diploma|doctorate|phd)\b",
                            re.IGNORECASE)


def requirement_units(job_description: str, lang: str = "") -> list[tuple[str, bool, tuple[list[str], bool] | None]]:
    """:func:`ranked_units` without their ranks."""
    return [(line, ok, cue) for _, line, ok, cue in ranked_units(job_description, lang)]


def ranked_units(job_description: str, lang: str = "") -> list[tuple[int, str, bool, tuple[list[str], bool] | None]]:
    """(rank, line or sentence, whether it may give a free-text phrase, its requirement items when it is a
    requirement sentence), requirements first; rank 0 for a line of a requirements section or a sentence that states a
    requirement, 1 for other lines (duties, the role), 2 for nice-to-haves. Bullets when the JD has any, with the prose sentences
    that state a requirement ("The successful candidate will have ...", "X is essential": see
    :func:`core.analysis.job_prose.cue_items`); otherwise its sentences, and when some state a
    requirement, or it has a requirements heading ("## Experience"), only those give phrases (an
    introduction's prose describes the role). In a job in ``lang`` (German, French, Spanish, Dutch, Italian: :mod:`
    core.analysis.job_whole`) its requirement sentences are those languages' ("Sie haben …", "Vous êtes titulaire
    de …": :func:`core.analysis.job_prose_langs.foreign_cue_items`), and a sentence that only presents the employer
    ("Wir sind ein Familienbetrieb") gives nothing."""
    bullets, prose = _ranked_lines(job_description)
    said = [(priority, clause, ok, cue_items(clause) or (foreign_cue_items(clause, lang) if lang else None))
            for priority, line, ok in prose
            for sentence in (sentences(line) or [line]) for clause in re.split(r";\s+", sentence)
            if clause.strip() and not _skip_line(clause.strip()) and not _IS_HIRING_RE.search(clause)
            and not (lang and presents_employer(clause))]
    cues = [(p, s, ok, cue) for p, s, ok, cue in said if cue is not None]
    if bullets:
        units = [(p, i, line, ok, None) for p, i, line, ok in bullets]
        units += [(2 if cue[1] else 0, -1, s, ok, cue) for p, s, ok, cue in cues]
        # a run-on paragraph under a requirements heading ("Qualifications" / "Ability to … .Excellent …") beside bullets
        units += [(0, -1, s, ok, None) for p, s, ok, cue in said if p == 0 and ok and cue is None and _ASKS_FIRST_RE.match(s)]
        return [(p, line, ok, cue) for p, _, line, ok, cue in sorted(units, key=lambda u: (u[0], u[1]))]
    has_must = any(p == 0 for p, _, _ in prose)
    # a sentence of qualities ("Vous êtes précis, organisé") leaves the other sentences their phrases, and so does one
    # in another language ("Vous maîtrisez …"): there, a sentence with no cue may still say what is asked ("Votre
    # licence de soudure 111 est à jour")
    asks = [cue for _, s, _, cue in cues if cue[0] != trait_list(s) and cue_items(s) is not None]
    units = []
    for priority, sentence, ok, cue in sorted(said, key=lambda item: item[0]):
        free = ok and not asks and (priority == 0 or not has_must)
        rank = (2 if cue[1] else 0) if cue is not None and (cue in asks or not asks) else priority if free else 1
        units.append((rank, sentence, free, cue))
    return units


def without_skipped_sections(job_description: str) -> str:
    """``job_description`` without the lines under a heading whose section :func:`_ranked_lines` drops (benefits,
    about us, how to apply, a list of open posts, the hiring process), the heading with them."""
    kept, priority = [], 1
    for raw in job_description.splitlines():
        bullet = bool(_BULLET_RE.match(raw))
        line = clean_line(_BULLET_RE.sub("", raw) if bullet else raw).strip()
        if line and not bullet and (_is_header(line) or _lead_in(line)) and not _field_line(line):
            priority = _header_priority(line.rstrip(":"))[0]
        if priority < 3:
            kept.append(raw)
    return "\n".join(kept)


def requirement_lines(job_description: str) -> list[str]:
    """Bullet lines of the JD, requirements sections first, nice-to-haves last, benefits, metadata,
    chatter and slogans dropped; when it has no bullets, its sentences."""
    return [line for line, _, _ in requirement_units(job_description)]
