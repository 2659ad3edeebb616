"""CV entry headers: a header line's parts (:func:`core.analysis.cv_lines.header_parts`, then joined or split
again where a title's own words were cut: "Computer Science, Economics, and Mathematics Tutor", "Software Engineer
II Microsoft", "Krankenschwester. Fachklinik ...") and what a part is: a title (:func:`titled`), an organisation's
name (:func:`org_name`), a product's name, a town written before its state, an employer written as its web
address (:func:`web_name`). Used by :mod:`core.analysis.cv_entries`."""

from __future__ import annotations

import logging
import re

from core.analysis.cv_lang import has_legal_form
from core.analysis.cv_lines import ROLE_WORDS, header_parts, is_place, is_region, is_role
from core.analysis.cv_names import cut_unknown_town, legal_form_name
from core.analysis.cv_titles import known_title
from core.analysis.skills import find_all_skills

logger = logging.getLogger(__name__)

ORG_WORDS_RE = _ORG_FIRST = re.compile(
    # not the second half of a hyphenated word ("E-commerce Fulfilment", "e-Health" name a field, no organisation)
    r"(?<![-\w])\b(inc|ltd|llc|llp|gmbh|plc|corp|corporation|company|group|bank|hospital|clinic|trust|nhs|labs?|technologies|"
    r"systems|solutions|agency|partners|studio|council|foundation|consulting|capital|ventures|institute|ministry|"
    r"media|insurance|financial|interactive|commerce|university|college|schools?|academy|infirmary|logistics|"
    r"software|retail|health|bank|club|navy|army|air force|marine corps|coast guard|fundaci[óo]n|funda[çc][ãa]o|fondazione|fondation|stiftung)\b"
    r"|[\u4e00-\u9fff](?:公司|集团|银行|医院|研究院|研究所|事务所)",  # "…有限公司" (Co., Ltd.), "…集团" (group)
    re.IGNORECASE,
)

ROLE_WORD_END_RE = re.compile(ROLE_WORDS.pattern + r"$", re.IGNORECASE)


def org_name(part: str) -> bool:
    """Whether a name has an organisation's word ("Acme Labs", "Initech Inc", "Mercy Hospital") or ends in a legal
    form ("Müller GmbH", "Bianchi S.p.A.", "Soluciones Ibéricas S.L.")."""
    return bool(_ORG_FIRST.search(part)) or has_legal_form(part)


def skill_only(part: str) -> bool:
    """A part that is only skill names ("Kotlin | Postgres"), not an organisation named after one
    ("Summit Logistics")."""
    if _ORG_FIRST.search(part) and len(part.split()) > 1:
        return False
    hits = find_all_skills(part)
    return bool(hits) and sum(h.end - h.start for h in hits) >= 0.8 * len(part.replace(" ", ""))


ROLE_OF_RE = re.compile(r"^(?:[\w-]+\s+){0,2}(?:" + ROLE_WORDS.pattern + r")\s+(?:of|for)\s+\S", re.IGNORECASE)


# person nouns the title list's head words leave out (they end surnames and trades' tools as often), titles
# when the whole part is a title of the list ("Line Cook", "Tour Guide", "Hotel Porter")
_LISTED_PERSON_RE = re.compile(r"(?i)\b(?:cook|baker|porter|carpenter|mason|guide|host|hostess|farmer|butcher|cleaner|"
                               r"fisher|judge|model|tailor|roofer|plasterer|glazier|welder|plumber|painter)$")
# a part an open-source or community role names ("Contributor - Puppeteer"), a title though no job title list has it
_CONTRIBUTOR_RE = re.compile(r"(?i)^(?:[\w-]+\s+){0,2}(?:contributor|committer|collaborator|moderator|organi[sz]er)$")


# an armed service, named by its last words ("United States Air National Guard", "U.S. Coast Guard", "Army
# Reserve"): an organisation, though "Guard" ends titles ("Security Guard")
_ARMED_SERVICE_RE = re.compile(r"(?i)\b(?:national guard|coast guard|air guard|air force|army|navy|marine corps|space force)"
                               r"(?: reserves?)?$")


def titled(part: str) -> bool:
    """Whether a header part is a title: :func:`is_role`, a role word followed by "of" or "for" and its
    field ("Vice President of Location & Services", "Head of Customer Services": no organisation), or a
    listed title ending in a person noun ("Line Cook"), or two titles joined by a slash; never an armed service
    ("Ohio National Guard")."""
    if _ARMED_SERVICE_RE.search(part):
        return False
    return (is_role(part) or bool(ROLE_OF_RE.match(part)) or _rank_and_field(part)
            or (len(part.split()) >= 2 and bool(_LISTED_PERSON_RE.search(part)) and known_title(part))
            or bool(_CONTRIBUTOR_RE.match(part)) or _slashed_titles(part) or _ampersand_titles(part))


# a director's rank written before its field without "of" ("Director Systems and Infrastructure", "Associate
# Director Data Platforms", "VP Sales Solutions"): a title, though its field's word also ends companies' names
_RANK_FIELD_RE = re.compile(r"^(?:(?:associate|assistant|deputy|executive|managing|senior|sr\.?|regional|global|group)\s+)?"
                            r"(?:director|vice[- ]president|s?vp|avp|evp)\s+(?!of\b|for\b|at\b)"
                            r"(?:[A-Z][\w/-]*|and|&)(?:\s+(?:[A-Z][\w/-]*|and|&)){0,4}$", re.IGNORECASE)


def _rank_and_field(part: str) -> bool:
    """A director's or vice-president's rank, then its field in one to five capitalised words and no "of"
    ("Director Systems and Infrastructure"): a title when no word of it is a legal form or a place ("Director
    Systems Ltd" is a company); a second title in brackets after it is the title's ("… (DevOps Engineer)")."""
    part = re.sub(r"\s*\([^()]{2,40}\)$", "", part.strip())
    if not _RANK_FIELD_RE.match(part) or has_legal_form(part) or legal_form_name(part):
        return False
    words = part.split()
    return not any(is_place(w) for w in words[-1:]) and words[-1][:1].isupper()


def _ampersand_titles(part: str) -> bool:
    """Two titles joined by "&", the first one known and the second of one to three words that end in no
    organisation's word ("Reporter & Media Fixer", "Journalistin & Moderatorin"): never a name ("Acme & Sons Ltd")."""
    halves = [h.strip() for h in part.split(" & ")]
    if len(halves) != 2 or not is_role(halves[0]) or not 0 < len(halves[1].split()) <= 3:
        return False
    second = halves[1]
    return (second[:1].isupper() and not org_name(second.split()[-1]) and not has_legal_form(second)
            and not is_place(second) and not re.search(r"\b[A-Z]{2,}\b", second))


def title_slash_name(part: str) -> list[str]:
    """A title and its employer written as one part with a spaced slash ("Community Manager / BOCAGE-EVENTS",
    "Projektleiter / Kessler Bau GmbH") -> [title, employer]: the first half a title, the second no title nor place
    and named like an organisation (its word or legal form, or a word in capitals); any other part as it is."""
    halves = [h.strip() for h in part.split(" / ")]
    if len(halves) != 2 or not all(halves) or not titled(halves[0]) or titled(halves[1]) or is_place(halves[1]):
        return [part]
    named = org_name(halves[1]) or bool(re.search(r"\b[A-ZÄÖÜÀ-Ý]{2,}(?:-[A-ZÄÖÜÀ-Ý]+)*\b", halves[1]))
    return halves if named and halves[1][:1].isupper() else [part]


def _slashed_titles(part: str) -> bool:
    """Two titles written as one with a spaced slash, one of them known ("Buchhalterin / Wirtschafterin", "Barista /
    Shift Runner"), neither an organisation or a place (nor a title and its employer, :func:`title_slash_name`)."""
    halves = [h.strip() for h in part.split(" / ")]
    return (len(halves) == 2 and all(0 < len(h.split()) <= 4 for h in halves) and any(is_role(h) for h in halves)
            and not any(org_name(h) or is_place(h) for h in halves) and len(title_slash_name(part)) == 1)


_LEVEL_SPLIT_RE = re.compile(r"^(.*\S)\s+(I{1,3}|IV|[1-5])\s+([A-Z].*)$")


def _split_after_level(part: str) -> list[str]:
    """A title with its level and a name run on after it ("Software Engineer II Microsoft") -> the title
    and the name; any other part as it is."""
    m = _LEVEL_SPLIT_RE.match(part)
    if m and is_role(m.group(1)) and ROLE_WORD_END_RE.search(m.group(1)) and not is_role(m.group(3)):
        return [f"{m.group(1)} {m.group(2)}", m.group(3)]
    return [part]


def _titled_in_brackets(part: str) -> list[str]:
    """A name with the title held there in brackets after it ("Marrowby (Co-Founder)") -> the name and the
    title; any other part as it is ("Software Engineer (Contract)", "Zalando SE (Polska)")."""
    m = re.fullmatch(r"(.+?)\s*\(([^()]{2,40})\)", part)
    if m and titled(m.group(2)) and not titled(m.group(1)) and not is_place(m.group(2)):
        return [m.group(1), m.group(2)]
    return [part]


def _title_full_stop(part: str) -> list[str]:
    """A title and the name a full stop parts it from ("Krankenschwester. Fachklinik für Chirurgie") -> the title and
    the name; any other part as it is ("Proof. Pest Control", a name with a full stop of its own)."""
    m = re.fullmatch(r"(\S+(?: \S+){0,3}?)\.\s+([A-ZÄÖÜ][\w'’&.-]*(?:\s+\S+)*)", part)
    if m and is_role(m.group(1)) and not is_role(m.group(2)):
        return [m.group(1), m.group(2)]
    return [part]


def _joined_list(parts: list[str], line: str) -> list[str]:
    """Parts that a list of subjects inside a title was cut into, joined again: "Computer Science,
    Economics, and Mathematics Tutor" -> one title (the last part opens with "and" and ends the title);
    "Supervisor of Front Desk, Call Center, and MRI Scheduling" -> one title (the list of what a title "of"
    heads, its last item after "and")."""
    for end, part in enumerate(parts):
        if end and re.match(r"(?:and|&)\s", part) and is_role(part):
            start = end
            while start > 0 and ", ".join(parts[start - 1:end + 1]) in line and not is_role(parts[start - 1]):
                start -= 1
            if start < end and ", ".join(parts[start:end + 1]) in line:
                return [*parts[:start], ", ".join(parts[start:end + 1]), *parts[end + 1:]]
        if end and re.match(r"(?:and|&)\s", part):  # "Supervisor of Front Desk, Call Center, and MRI Scheduling"
            start = end
            while start > 0 and ", ".join(parts[start - 1:end + 1]) in line and not ROLE_OF_RE.match(parts[start - 1]):
                start -= 1
            if start > 0 and ROLE_OF_RE.match(parts[start - 1]) and ", ".join(parts[start - 1:end + 1]) in line:
                return [*parts[:start - 1], ", ".join(parts[start - 1:end + 1]), *parts[end + 1:]]
    return parts


def line_parts(line: str) -> list[str]:
    """The parts of a header line (:func:`header_parts`), a town unknown to the gazetteer cut from the
    name it was run into when a region follows ("Acme Consulting Smallville, CA")."""
    parts = [p for part in _joined_list(header_parts(line), line) for q in _split_after_level(part) for r in _titled_in_brackets(q)
             for t in _title_full_stop(r) for p in title_slash_name(t)]
    for i in range(len(parts) - 1):  # "Primary School Teacher", cut as a name and a title: a title of the list
        whole = f"{parts[i]} {parts[i + 1]}"
        if whole in line and known_title(whole):
            parts[i:i + 2] = [whole]
            break
    parts = [_numbered_town(p.lstrip("/ ")) or p for p in parts]  # "Jan 2025 - Jan 2026 / Nantes (44)": the town
    return [cut_unknown_town(p, parts[i + 1] if i + 1 < len(parts) else "") for i, p in enumerate(parts)]


def _numbered_town(part: str) -> str:
    """A town with its French département's number after it ("Nantes (44)") -> the town; a part that is no town
    with it as it is."""
    town = re.sub(r"\s*\(\d{2,3}\)$", "", part)
    return town if town != part and is_place(town) else part


def town_before_region(parts: list[str]) -> str | None:
    """The part written right before a line's closing state or country ("Media" in "Terrain, Sales, Media, PA";
    "Smallville" in "Engineer, Acme, Smallville, CA"): a town the gazetteer may lack, when one or two capitalised
    words that are no title or legal form ("Acme Media" keeps its organisation word) and another part before it
    may name the employer; None otherwise."""
    if len(parts) < 3 or not is_region(parts[-1]):
        return None
    town = parts[-2]
    words = town.split()
    if (len(words) > 2 or not all(w[:1].isupper() for w in words) or titled(town) or legal_form_name(town)
            or (len(words) > 1 and org_name(town)) or is_region(town)):
        return None
    return town if any(not titled(p) and not is_place(p) for p in parts[:-2]) else None


def leading_name(parts: list[str]) -> list[str]:
    """The first part when it is one word that is also a town, followed by a title ("Gap | Stock
    Associate"): a name written before the title, kept in case no other part names the employer."""
    if len(parts) >= 2 and len(parts[0].split()) == 1 and is_place(parts[0]) and is_role(parts[1]):
        return [parts[0]]
    return []


# a web address alone, as an entry may name its employer ("https://www.acme.io/", "www.globex.com"): the host, with
# no scheme, "www." or path
_WEB_NAME_RE = re.compile(r"(?i)^(?:https?://)?(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,12})/?$")
# a host that is a profile or mail service, never the employer's own address
_PROFILE_HOST_RE = re.compile(r"(?i)^(?:[\w-]+\.)*(?:github|gitlab|linkedin|bitbucket|gmail|outlook|hotmail|yahoo)\.\w+$")


def web_name(part: str) -> str:
    """An employer written as its web address on an entry's header ("https://www.gong.io/") as the labels write
    its name: the host without scheme, "www." and trailing slash ("gong.io"); any other part (a profile's
    address, a name, "Python 3.11") as it is. Only a part written with a scheme or "www." is read, so "Node.js"
    or "ASP.NET" stay what they are."""
    m = _WEB_NAME_RE.match(part.strip())
    if not m or not re.match(r"(?i)https?://|www\.", part.strip()) or _PROFILE_HOST_RE.match(m.group(1)):
        return part
    return m.group(1).lower()
