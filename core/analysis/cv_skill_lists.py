"""A CV's skills section read as a whole: its lines joined where a PDF wrapped them, the headings of
its groups ("Programming & Development" above "Python, SQL") told from items, and the section cut
where its lists end (a "Certificates" block the section heading missed); then each line's items
(:func:`core.analysis.cv_skills.skill_items`).

Also labelled lists of tools outside a skills section ("Tech: Python, Nmap, Scapy" under a
project), read as the skills lists they are.
"""

from __future__ import annotations

import logging
import re

from core.analysis.cv_lang import PERSONAL_LABEL_RE, TOOLS_LABEL_WORDS
from core.analysis.cv_layout import CvLine
from core.analysis.cv_lines import strip_placeholder
from core.analysis.cv_skill_wraps import join_column, join_wrapped
from core.analysis.cv_skills import LANGUAGE_LEVEL_RE, _good_item, skill_items
from core.analysis.language import zipf
from core.analysis.skills import find_all_skills

logger = logging.getLogger(__name__)

_SEPARATORS_RE = re.compile(r"[,;|•·]")
# a line naming another section that the section reader missed: "Certificates Further Education"
_OTHER_SECTION_RE = re.compile(
    r"\b(?:certificat\w*|licen[cs]es|education|publications?|awards?|references?|interests|hobbies|volunteer\w*|"
    r"projects?(?! management| manager)|experience|employment|additional (?:details|information)|availability|"
    r"professional development|memberships?|affiliations?|courses|conferences|achievements|accomplishments|"
    r"extracurricular|activities|summary|objective)\b",
    re.IGNORECASE)
_CATEGORY_WORD_RE = re.compile(r"(?:soft |technical |hard |other )?(?:skills|tools|technologies|frameworks|languages)",
                               re.IGNORECASE)
_PAST_VERB_START_RE = re.compile(r"^[A-Z][a-z]+(?:ed|ught|ote|ade)\s+(?:the|a|an|my|our)\s")


def _top_level(text: str) -> str:
    """The text without its bracketed parts ("Python (Pandas, NumPy)" -> "Python ")."""
    return re.sub(r"\([^()]*\)", " ", text)


def _is_list(line: CvLine) -> bool:
    """Whether a line lists two items or more: separators outside brackets, a bracket of items, or
    a "Label: items" line."""
    text = line.text
    return bool(_SEPARATORS_RE.search(_top_level(text)) or re.search(r"\([^()]*,[^()]*\)", text)
                or re.match(r"^[^:,]{1,40}:\s*\S", text))


def _single(line: CvLine) -> bool:
    """A short line without list separators or a label: one item, or a group's heading."""
    text = line.text
    return (bool(text) and not line.bullet and not _SEPARATORS_RE.search(text) and ":" not in text
            and "(" not in text and len(text.split()) <= 5)


def _whole_skill(text: str) -> bool:
    hits = find_all_skills(text)
    return bool(hits) and hits[0].start == 0 and hits[0].end == len(text)


def _heads_group(lines: list[CvLine], i: int) -> bool:
    """Whether line ``i`` heads the group of items after it ("Programming & Development" above
    "Python (Pandas, NumPy)"; "PROGRAMMING LANGUAGE" above bullets; "Work Examples" above a
    paragraph): a single line followed by a list, by bullets when it is none, or by a paragraph; not one item in a column
    of one item per line (the line before it is one item too, with no blank line between)."""
    line = lines[i]
    if not _single(line):
        return False
    after = next((n for n in lines[i + 1:] if n.text), None)
    if after is None:
        return False
    if after.paragraph:
        return True
    bullets = [n for n in lines[i + 1:i + 3] if n.text]
    if not (_is_list(after) or (not line.bullet and len(bullets) == 2 and all(n.bullet for n in bullets))):
        return False
    before = lines[i - 1] if i else None
    return before is None or not before.text or not _single(before) or " & " in line.text


_CJK_RE = re.compile(r"[\u4e00-\u9fff]{2}")
# what sets the names apart in Chinese prose: its characters, its full-width marks and the enumeration comma
_CJK_BREAK_RE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef,;:、()]+")


def _latin_names(text: str) -> list[str]:
    """The tools a skills line of Chinese prose names: its runs of Latin script ("掌握 C 语言, 精通 C++
    语言, 熟练使用 STL 和部分 Boost 库" -> "C", "C++", "STL", "Boost"), read as a list."""
    runs = [r.strip(" .-/") for r in _CJK_BREAK_RE.split(text)]
    runs = [r for r in runs if re.search(r"[A-Za-z]", r) and len(r.split()) <= 3]
    return skill_items(", ".join(runs)) if runs else []


_LATIN_NAME = r"[A-Za-z][A-Za-z0-9+#./-]*(?: [A-Za-z][A-Za-z0-9+#./-]*)?"
_ENUMERATION_RE = re.compile(rf"{_LATIN_NAME}(?:\s*、\s*{_LATIN_NAME})+")


def enumerated_names(text: str) -> list[str]:
    """The names a line of Chinese prose enumerates with the enumeration comma 、 ("主要用到的技术是 HTML、JS、
    Servlet、Tomcat" -> the four), as written; [] for a line without such a list."""
    if "、" not in text or not _CJK_RE.search(text):
        return []
    return [n.strip() for m in _ENUMERATION_RE.finditer(text) for n in m.group(0).split("、") if n.strip()]


def _slash_separated(lines: list[CvLine]) -> bool:
    """Whether a skills section writes its lists with slashes ("Outlook/Gmail/Dropbox" on one line,
    "Data Entry/Filing/Scanning" on another): two lines or more of three names or more set apart by
    slashes alone, no commas."""
    def slashed(text: str) -> bool:
        sides = re.sub(r"^[^:]{1,40}:\s*", "", text).split("/")
        return "," not in text and len(sides) >= 3 and all(0 < len(side.split()) <= 4 for side in sides)
    return sum(slashed(line.text) for line in lines if line.text) >= 2


def _slash_sides(item: str) -> list[str]:
    """An item of a section written with slashes, split at each ("Adobe Reader/Acrobat" -> two names), but
    short forms ("AP/AR"), a name the lexicon knows whole ("CI/CD", "TCP/IP"), a side of one or two letters
    ("Windows 7/8"), two names sharing their first words ("Accounts Payable/Receivable") and names sharing
    the words after them ("Firewall/VPN/SSL products") kept whole."""
    sides = [side.strip() for side in item.split("/")]
    if len(sides) < 2 or any(len(side) <= 2 for side in sides) or _whole_skill(item):
        return [item]
    if any(word[:1].islower() for side in sides for word in side.split()):
        return [item]  # "Firewall/VPN/SSL products": the words after the last name are the names' head
    head = sides[0].split()[:-1]
    if len(sides) == 2 and head and " " not in sides[1] and _whole_skill(" ".join([*head, sides[1]])):
        return [item]  # "Accounts Payable/Receivable": one word shared, "Accounts Receivable" the other name
    return sides


def section_items(lines: list[CvLine]) -> list[str]:
    """The items of one skills section, given its lines in order (blank ones included), as written.

    A line is skipped when it is bold alone, part of a paragraph, a list's label ("Languages:") or a
    group's heading; a section ends at a line naming another section ("Certificates"), and the next
    skills section (after a blank line whose ``heading`` is "skills") is read again; a certifications
    section so ended is read for its credentials (:func:`credential_items`)."""
    lines = [line if line.heading != "group" or _whole_skill(line.text) else CvLine("", False, False, heading="skills")
             for line in join_column(lines)]  # a group's heading apart from its items, unless a name ("Elastic Stack")
    lines = join_wrapped(lines)
    slashes = _slash_separated(lines)
    items: list[str] = []
    ended = ""  # the heading of the other section the skills section ran into, if any
    for i, line in enumerate(lines):
        text = line.text
        if not text:
            ended = ended if line.heading != "skills" else ""
            continue
        if ended:
            items.extend(credential_items(text) if _CREDENTIAL_HEADING_RE.search(ended) else [])
            continue
        if _other_heading(line):
            ended = text  # "Licenses & Certifications:": its credentials are read as a certifications section's
            continue
        if _CJK_RE.search(text):
            items.extend(_latin_names(text))  # "熟练使用 MFC、WinINet、WebBrowser": the names among Chinese prose
            continue
        if (line.bold_only or line.paragraph or line.heads_list or text.endswith(":") or _heads_group(lines, i) or _caps_heading(line)
                or (_PAST_VERB_START_RE.match(text) and len(text.split()) >= 4)):
            continue  # "Received the Art Award and Scholarship": a sentence, not a list
        if _opens_sentence(text):
            continue  # "Create and maintain AWS infrastructure such as EC2 servers, Security Groups, ...": a job's bullet
        if _personal_line(text):
            continue  # "Anschrift" / "Lindenweg 4" / "93047 Regensburg": a side column's personal data, no skills
        if _TAUGHT_RE.match(text):
            continue  # "Teaching: Statistics, Animal Ecology": the courses taught (course titles are no skills)
        found = skill_items(strip_placeholder(text))
        if not found and len(line.bold) >= 2:  # prose naming its tools in bold: "**Riak Search** over **Riak**"
            found = [item for span in line.bold for item in skill_items(span)]
        found = [side for item in found for side in (_slash_sides(item) if slashes else [item])]
        items.extend(item for item in found if not _CATEGORY_WORD_RE.fullmatch(item))
    return items


# a street and its number ("Lindenweg 4", "Nußbaumstr. 3", "Rua das Flores 12"), a postcode and town ("93047
# Regensburg"), a phone number, or a date alone ("12.10.1965", "Juni 2019")
_PERSONAL_VALUE_RE = re.compile(
    r"(?i)^(?:\S+(?:weg|str\.|straße|strasse|gasse|platz|allee|ring|damm)|(?:rua|calle|via|rue|avenida)\s.+)\s+\d{1,4}\s*[a-z]?$"
    r"|^\d{4,5}\s+[^\W\d]+(?:[\s-][^\W\d]+)?$|^\+?[\d\s/().-]{8,}$"
    r"|^(?:\d{1,2}\.\s?)?(?:\d{1,2}\.|[^\W\d_]{3,10}\.?)\s?(?:19|20)\d\d$")


def _personal_line(text: str) -> bool:
    """Whether a skills line is a personal-data block's label or value (:data:`PERSONAL_LABEL_RE`,
    :data:`_PERSONAL_VALUE_RE`) that a side column ran into the skills."""
    return bool(PERSONAL_LABEL_RE.match(text.strip()) or _PERSONAL_VALUE_RE.match(text.strip()))


# a group of a skills section that lists the courses or subjects the person teaches ("Teaching: Statistics, Animal
# Ecology", "Courses taught: ..."): course titles, which the dev labels' written rules read as no skills ("Spoken
# languages, hobbies and course titles are not skills", tests/data/devsets/cvs/SOURCES.md); not "Teaching methods:"
_TAUGHT_RE = re.compile(r"(?i)^\W*(?:teaching|(?:courses?|subjects?|classes|modules?)\s+taught|lehre|enseignement|docencia|"
                        r"insegnamento)\s*:")


# a verb opening a job's bullet: a past form ("Used", "Performed", "Involved") or an imperative one ("Create", "Maintain")
_BULLET_VERB_RE = re.compile(r"[A-Z][a-z]+ed|Responsible|(?:Create|Build|Design|Develop|Maintain|Implement|Manage|Perform|"
                             r"Run|Update|Use|Write|Deploy|Support|Lead|Migrate|Automate|Test|Troubleshoot|Push|Rebuild)")
_SENTENCE_WORDS = frozenset({"for", "to", "in", "of", "the", "a", "an", "and", "such", "from", "by", "with", "on", "into"})


def _opens_sentence(text: str) -> bool:
    """Whether a skills line is a job's bullet that goes on into a list ("Used Firebase Real Time database to
    receive data from POST, PUT, DELETE ...", "Create and maintain AWS infrastructure such as EC2 servers, ..."): a
    verb opens it, and the words before its first separator are five or more, one of them a small word of a
    sentence, with no label's colon."""
    first = re.split(r"[,;|•·(]", text, maxsplit=1)[0]
    words = first.split()
    return (len(words) >= 5 and ":" not in first and any(w.lower() in _SENTENCE_WORDS for w in words)
            and bool(_BULLET_VERB_RE.fullmatch(words[0])))


_MAIN_HEADING_RE = re.compile(r"(?i)skill|competenc|expertise|proficienc|strength|st[äa]rken|qualification|f[äa]higkeit|kenntnis|kompetenz|"
                              r"habilidad|competen|conocimiento|conoscenz|connaissance|vaardighed")


def group_heading(text: str) -> bool:
    """Whether a line that reads as a skills heading inside a skills section only names a group of its items or
    one item ("Databases", "Methodologies", "Elastic Stack"), not another skills section ("Soft Skills",
    "Technische Kenntnisse"): the skills reader takes it with the items, as the rest of an item a narrow column
    wrapped ("Agile" / "Methodologies") or an item the lexicon knows; else as the group's heading."""
    return len(text.split()) <= 3 and not _MAIN_HEADING_RE.search(text) and not text.endswith(":")


def _caps_heading(line: CvLine) -> bool:
    """A line in capitals that no list item is ("INFORMATIQUE", "GESTION DE PROJET": a word of six letters or more):
    a group's heading; acronyms ("IBM TWS") or a name the lexicon knows in capitals ("PYTHON") are items."""
    text = line.text
    return (_single(line) and text.isupper() and any(len(w) >= 6 and w.isalpha() for w in text.split()) and not line.bullet
            and not re.search(r"\d", text) and not _whole_skill(text) and not find_all_skills(text))


def _other_heading(line: CvLine) -> bool:
    """A short line naming another section ("Certificates", "PROFESSIONAL LICENSES & CERTIFICATIONS:") that the
    section reader missed, written as a heading (each word capitalised); "Experience working with children" is
    an item."""
    bare = CvLine(line.text.rstrip(": "), line.bullet, line.bold_only)
    capitalised = all(not w[:1].isalpha() or w[:1].isupper() or w.lower() in ("and", "&", "of", "for") for w in bare.text.split())
    return _single(bare) and capitalised and bool(_OTHER_SECTION_RE.search(bare.text))


# "Tech: Python, Nmap", "Technologies used: HTML, CSS", "Tools & Technologies: ...", "Stack: ...", a JSON Resume
# entry's "Keywords: ..." (core.documents.jsonresume); the same labels in German, French, Spanish, Italian, Portuguese
# and Dutch ("Technologien:", "Outils :", "Environnement technique :", "Tecnologías:", "Strumenti:", "Ferramentas:")
_TOOLS_LABEL_RE = re.compile(
    rf"^(?:(?:key\s+|core\s+|technical\s+)?(?:{TOOLS_LABEL_WORDS})(?:\s+(?:used|&\s+technologies|and\s+technologies))?|"
    r"built with)\s*:\s*\S",
    re.IGNORECASE)


_CREDENTIAL_HEADING_RE = re.compile(r"certif|credential|licen[cs]", re.IGNORECASE)
_CREDENTIAL_RE = re.compile(
    r"\bCertifi(?:ed|cate|cation)\b(?<!^Certificate)(?<!^Certification)(?!$)|"  # "Certified Public Accountant (CPA)"
    r"\bCertification$|"  # "CPR & First Aid Certification"; not "BLS & ACLS Certified" (two names), "Certificate of ..."
    r"^(?:[A-Z][A-Za-z]+\s+)?[A-Z]{2,6}\d?(?:/[A-Z]{2,6})?\+?$|"  # "Cisco CCNA", "Microsoft MCSE/MCSA", "SCSA"
    r"^[A-Z][A-Za-z]+\s+[A-Z][a-z]*\+$")  # "CompTIA Network+"
_LEVEL_RE = re.compile(r"(?:associate|professional|expert|foundations?|practitioner|specialty|level \w+)", re.IGNORECASE)
# a name and its short form ("Advanced Trauma Life Support (ATLS)"), or a name a credential's word ends
# ("Forklift Certified", "Six Sigma Green Belt", "LEED Green Associate")
_NAMED_CREDENTIAL_RE = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){1,6}\s+\([A-Z][A-Z.-]{1,7}\)$|"
    r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}\s+(?:Certified|Belt|Associate)$")
# a licence that is the holder's job title: "Registered Nurse (RN)", "Professional Engineer (P.E.) License"
_TITLE_LICENCE_RE = re.compile(r"^(?:Registered|Licensed|Professional Engineer)\b")


def _credential_name(piece: str, alone: bool = True) -> str:
    """The credential a piece of a certifications line names, as written: the name with its short form and
    its level ("AWS Certified Developer – Associate"), without a dated remark in brackets or an issuer, a
    place or a date after a dash ("Basic Life Support (BLS) – Red Cross" -> "Basic Life Support (BLS)");
    "" when the piece names none. A name by its form alone (a short form, a last word) counts only when the
    piece is ``alone`` on its line but for dated remarks ("Java • Object-Oriented Programming (OOP) • Linux" is
    a skills list)."""
    piece = re.sub(r"\s*\((?![A-Z][A-Z.-]{1,7}\))[^()]*\)", "", piece).strip(" .,;-–")
    piece = re.sub(r",?\s+by\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*$", "", piece)  # "..., by NHA": its issuer
    name = re.split(r"\s+[–—-]\s+", piece, maxsplit=1)[0]
    rest = piece[len(name):].strip(" –—-")
    whole = piece if rest and (_LEVEL_RE.fullmatch(rest) or rest.startswith("Certifi")) else name
    if (not whole or len(whole.split()) > 8 or ":" in whole or re.search(r"(?:19|20)\d\d|@|https?:", whole)
            or re.search(r"(?i)\b(?:candidate|in progress|pursuing|expected)\b", piece) or not whole[:1].isupper()
            or _TITLE_LICENCE_RE.match(whole) or LANGUAGE_LEVEL_RE.search(whole)):  # "EF SET English Certificate 80/100"
        return ""
    if not (_CREDENTIAL_RE.search(whole) or alone and _NAMED_CREDENTIAL_RE.match(name)
            and not re.search(r"\s(?:&|and)\s", name)):
        return ""
    acronym = re.search(r"[A-Z]{2,6}(?=\d?(?:/|\+?$))", name)
    if not re.search(r"Certifi", name) and acronym and zipf(acronym.group(0).lower()) >= 3.5:
        return ""  # "LENGTH", "Maria KELLER": a word in capitals, not a credential's short form
    bare = re.sub(r"\s+Certification$", "", whole)
    return bare if bare != whole and _NAMED_CREDENTIAL_RE.match(bare) else whole  # "Six Sigma Green Belt"


def credential_items(text: str) -> list[str]:
    """The credentials a line of a certifications section names ("Certified Public Accountant (CPA)", "Cisco
    CCNA | Citrix CCA", "AWS Certified Solutions Architect – Associate", "Forklift Certified (2011)"), as
    written (:func:`_credential_name`): a name of up to eight words that says it is a certification, a name
    with its short form, or a maker and an acronym; a remark in brackets, an issuer or a date after a dash,
    and the word "Certification" after a name that is one by itself ("Six Sigma Green Belt Certification")
    dropped ("BLS (Basic Life Support) – Resuscitation Council UK"). None from a "Label: value" line ("License:
    NMC"), a licence that is a job title ("Registered Nurse (RN)"), nor a credential still to come
    ("Candidate")."""
    pieces = re.split(r"\s*[|•·]\s*", text.replace("*", ""))
    names = [p for p in pieces if not re.search(r"(?:19|20)\d\d|(?i:\b(?:valid|expires?|renewed)\b)", p)]
    return [name for piece in pieces if (name := _credential_name(piece, len(names) <= 1))]


def labelled_tools(line: CvLine, heading: str = "") -> list[str]:
    """The items of a labelled list of tools outside a skills section ("Tech: Python, Nmap, Scapy"
    under a project, "Technologies: Vue, PostgreSQL" under a job), as written; none from other
    labelled lines ("Location: Russia, Saint-Petersburg"). Under a certifications ``heading``, the
    credentials a line names (:func:`credential_items`)."""
    if line.paragraph:
        return []
    if _CREDENTIAL_HEADING_RE.search(heading) and (credentials := credential_items(line.text)):
        return credentials
    if _TOOLS_LABEL_RE.match(line.text):
        return skill_items(line.text)
    if re.match(r"^[^:,]{1,30}:\s*\S", line.text):
        items = skill_items(line.text)  # "Dataviz: d3.js, dc.js, crossfilter": a list whose items are mostly known tools
        if len(items) >= 2 and 2 * sum(_whole_skill(i) for i in items) >= len(items):
            return items
    return _tag_line(line)


def _tool_name(piece: str) -> bool:
    """A piece that is a tool by name: the lexicon knows it whole, or one word with a capital inside, a
    digit or a mark ("DevOps", "GraphQL", "C#")."""
    return _whole_skill(piece) or bool(re.fullmatch(r"\S*(?:[a-z][A-Z]|\d|[#+.]\w?)\S*", piece) and piece[:1].isupper())


def _tag_line(line: CvLine) -> list[str]:
    """The skills a tag line under a job header names ("C# | Microservices | Web API | Azure"): three
    pieces or more set apart by bars or dots, no date or contact, and a third of them tools by name; the
    tools and the other pieces written as names ("Solution Architecture")."""
    if line.bullet or re.search(r"(?:19|20)\d\d|@|\b(?:e-?mail|phone|linkedin)\b", line.text, re.IGNORECASE):
        return []  # a header's dates, or a line of contact links ("GitHub | Email | LinkedIn")
    pieces = [p.strip() for p in re.split(r"\s[|•·]\s", line.text)]
    tools = [p for p in pieces if _tool_name(p)]
    if len(pieces) < 3 or len(tools) * 3 < len(pieces):
        return []
    # the line is a tag line: its other names are the entry's skills as written ("Solution Architecture",
    # "Full-Stack Development"), but not two names run under one head ("Java & Kotlin Development")
    return [p for p in pieces if p in tools or (_good_item(p) and not re.search(r"\s(?:&|and)\s", p)
                                                   and all(w[:1].isupper() for w in p.split()))]
