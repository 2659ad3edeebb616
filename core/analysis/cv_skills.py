"""CV skills: the items of a skills list as written (skills a sentence lists after a cue are read by
:mod:`core.analysis.cv_skill_cues`; :mod:`core.analysis.cv_skill_claims` gathers both with the lexicon's
tools and ties them to employers).

A skills line is split on its separators ("Python, Go (Gin, Echo)"), keeping a name whole where the
separator belongs to it ("Basic & Advanced Life Support", "CI/CD"); running text gives no items. A
skill found anywhere by the lexicon counts unless it only sits inside a longer name the list gives
("Kubernetes" in "Google Kubernetes"). A list printed with spaces only is split by :mod:`core.analysis.cv_skill_runs`.
"""

from __future__ import annotations

import logging
import re

from core.analysis.cv_lines import is_placeholder
from core.analysis.cv_skill_mentions import shared_nouns
from core.analysis.cv_skill_runs import capital_list, run_together, space_list
from core.analysis.skills import find_all_skills
from core.analysis.skills_forms import keep_abbreviations, restore_abbreviations
from core.analysis.skills_forms import split_slash as _split_slash

logger = logging.getLogger(__name__)

ACTION_VERB_RE = re.compile(
    r"\b(led|built|designed|launched|reduced|increased|improved|cut|grew|saved|delivered|created|developed|"
    r"implemented|automated|introduced|managed|migrated|won|closed|raised|achieved|trained|mentored|negotiated|"
    r"streamlined|redesigned|established|generated|lowered|boosted|scaled|shipped|resolved|surpassed|exceeded|"
    r"championed|prospected|converted|mentor|triage|optimi[sz]ed)\b",
    re.IGNORECASE,
)

_LANGUAGES_RE = re.compile(
    r"^(?:english|spanish|french|german|italian|portuguese|arabic|hindi|bengali|urdu|chinese|mandarin|cantonese|"
    r"japanese|korean|russian|hebrew|polish|dutch|turkish|swahili|tamil|telugu|nepali|native|fluent|proficient|"
    r"intermediate|basic|advanced|beginner|conversational|native speaker|bilingual)$",
    re.IGNORECASE,
)
ITEM_STOPWORDS = re.compile(
    r"\b(?:as|over|for|in|with|on|the|a|an|to|by|from|was|were|used|using|is|are|my|i|of the|into|at|upon)\b",
    re.IGNORECASE,
)



_DAY_RE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b",
                     re.IGNORECASE)


def _good_item(item: str) -> bool:
    return (
        1 <= len(item) <= 40
        and len([w for w in item.split() if w not in ("&", "and")]) <= 4
        and bool(re.search(r"[A-Za-z]", item))
        and not re.search(r"[{}<>]|^\+", item)  # "{B,T}DD" cut at its commas; "li>" of a broken tag; "(+gems)"
        and not ITEM_STOPWORDS.search(item)
        and not _LANGUAGES_RE.match(item)
        and not re.search(r"https?:|www\.|//|\.(?:com|org|net|edu)\b|@|\d{1,2} \w+ (?:19|20)\d\d|^\d(?![A-Za-z])", item)
        and not _DAY_RE.search(item)  # "starting March 27": a date, not a skill
        and not LANGUAGE_LEVEL_RE.search(item)  # "C2 Proficient", "English Certificate 80/100": a language's level
    )


# a language's level or test score: a CEFR level ("C2 Proficient", "B1"), a score out of a total ("80/100"), a test
LANGUAGE_LEVEL_RE = re.compile(r"^[ABC][12]\b|\b[ABC][12]$|\b\d{1,3}\s*/\s*\d{2,3}\b|\b(?:toefl|ielts|toeic|ef set|cambridge "
                                r"(?:english|certificate)|delf|dalf|dele|goethe|testdaf)\b", re.IGNORECASE)


_INNER_WORDS = frozenset({"to", "of", "as", "a", "for", "under"})


def _phrase_item(item: str) -> bool:
    """An item of a list that is a short phrase with small words inside ("Attention to Detail", "Work as
    part of a team"): three to six words, capitalised, with "to", "of", "as", "a", "for" or "under" inside
    and no other small word ("Proficient in Python", "Python with PyTorch" are no items)."""
    words = item.split()
    rest = [w[:1].isupper() for w in words[1:] if w.lower() not in _INNER_WORDS]
    if any(rest) and not all(rest):
        return False  # "Hard-working Eye for detail": two items run together, not one phrase
    return (3 <= len(words) <= 6 and any(w.lower() in _INNER_WORDS for w in words) and len(item) <= 48 and item[:1].isupper() and words[0].lower() not in _INNER_WORDS
            and words[-1].lower() not in _INNER_WORDS and all(re.fullmatch(r"[A-Za-z][\w'’-]*", w) for w in words)
            and all(w.lower() in _INNER_WORDS for w in words if ITEM_STOPWORDS.fullmatch(w)))


def _is_acronym_of(inner: str, before: str) -> bool:
    """Whether a bracket holds the initials of the term before it ("Domain-Driven Design (DDD)",
    "Object-Oriented Programming (OO)"): the same skill again, not another item."""
    if not re.fullmatch(r"[A-Z]{2,6}s?", inner.strip()):
        return False
    term = re.split(r"[,;|•·]", before)[-1]
    initials = "".join(w[0] for w in re.split(r"[\s-]+", term) if w[:1].isalpha()).lower()
    acronym = inner.strip().rstrip("s").lower()
    return bool(initials) and (initials.endswith(acronym) or initials.startswith(acronym))


_FUNCTION_WORDS = frozenset({
    "the", "a", "an", "to", "of", "in", "on", "at", "with", "for", "by", "from", "it", "is", "are", "was", "were",
    "that", "this", "which", "then", "all", "any", "as", "my", "i", "we", "our", "and", "or", "but", "so", "into",
    "through", "be", "been",
})


_ABBREVIATION_RE = re.compile(r"(?i)\b(?:e\.g|i\.e|etc|vs|incl|approx|esp|cf)\.")


def is_prose(line: str) -> bool:
    """Whether a line reads as running text, not a list of names: two sentences or more, a sentence
    opening with an action verb ("Created logos, posters and ads for clubs"), or several function
    words ("to", "the", "and") among seven or more words with few list separators."""
    if len(re.findall(r"[a-z0-9)][.!?]\s+[A-Z]", _ABBREVIATION_RE.sub(" ", line))) >= 2:
        return True  # "(e.g. Tableau, Streamlit)": an abbreviation's full stop ends no sentence
    first = re.match(r"\s*([A-Za-z]+)\s+[a-z]", line)
    if first and ACTION_VERB_RE.fullmatch(first.group(1)) and len(line.split()) >= 4:
        return True
    tokens = re.findall(r"[A-Za-z][\w'’-]*", line)
    function = sum(t.lower() in _FUNCTION_WORDS for t in tokens)
    separators = len(re.findall(r"[,;|•·]", line))
    return len(tokens) >= 7 and function >= 3 and separators < len(tokens) / 6


# an adjective that ends the left half of "A & B" and shares the right half's noun ("written & verbal communication")
_SHARED_ADJECTIVE_RE = re.compile(
    r"(?i)\b(?:written|verbal|oral|spoken|basic|advanced|intermediate|internal|external|domestic|international|"
    r"public|private|inpatient|outpatient|primary|secondary|front|back)$")


# "verbal and written communication", "logical and analytical problem solver": two adjectives sharing the noun after
_ADJECTIVE = r"(?:written|verbal|oral|spoken|basic|advanced|internal|external|public|private|[a-z]+(?:al|ive|ic))"
_SHARED_AND_RE = re.compile(rf"(?i)\b({_ADJECTIVE}) and ({_ADJECTIVE}\s+[a-z])")


def _split_shared_head(piece: str) -> list[str]:
    """"Teamwork & Collaboration" and "CRM & Sales Tools" -> two items; "Basic & Advanced Life Support"
    and "Patient & Family Education" stay whole (one word, no skill by itself, sharing the words after
    "&")."""
    if " & " not in piece:
        return [piece]
    left, right = piece.split(" & ", 1)
    if len(left.split()) == 1 and len(right.split()) >= 2 and not find_all_skills(left):
        return [piece]
    if right[:1].isdigit() and re.search(r"\d$", left):
        return [piece]  # "Bootstrap 3 & 4-alpha": two versions of one name
    if len(right.split()) >= 2 and _SHARED_ADJECTIVE_RE.search(left):
        return [piece]  # "Clear written & verbal communication": the left half has no noun of its own
    return [left, *_split_shared_head(right)]


_CATEGORY_RE = re.compile(
    r"^(?:(?:programming|spoken|cloud)\s+)?(?:languages?|frameworks?|software|tools|platforms?|libraries|databases?|technologies|"
    r"practices|methods|methodolog(?:y|ies))\s+(?=\S)",
    re.IGNORECASE,
)
# a level of knowledge written after a tool or alone, in the CV languages the app reads: "sehr gute Kenntnisse",
# "Grundkenntnisse", "fortgeschritten", "nivel avanzado", "notions", "ottima conoscenza"
_LEVEL_RE = re.compile(
    r"(?i)(?:^|\s+)(?:(?:sehr\s+)?gute\s+|erweiterte\s+|fundierte\s+)?(?:grund)?kenntnisse|(?:^|\s+)(?:fortgeschritten|"
    r"grundlagen|verhandlungssicher|nivel\s+(?:b[aá]sico|intermedio|avanzado|alto|medio)|b[aá]sico|intermedio|avanzado|"
    r"notions|d[ée]butant|interm[ée]diaire|confirm[ée]|(?:ottima|buona)\s+conoscenza)$")


_JOB_TITLE_RE = re.compile(
    r"\w\s+(?:developer|engineer|manager|designer|analyst|scientist|architect|consultant|administrator|intern)$",
    re.IGNORECASE,
)


def _plain_word(item: str) -> bool:
    """A bracketed word in lower case that names no tool ("automation", "version control", "cleaning"):
    what the item before is used for, not another skill."""
    item = item.strip(" .-–")
    return item[:1].islower() and not any(h.named_tool for h in find_all_skills(item)) and not re.search(r"\d|[a-z][A-Z]|[.#+]", item)


def _named_in_brackets(item: str) -> bool:
    """Whether a bracketed sub-item names a tool ("Python (Pandas, NumPy)", "Office (Word, Excel)"),
    not a qualifier of the item before ("Medication Administration (Oral, IV, IM)", "Pumps (Alaris,
    Braun)"): a lexicon skill, an acronym of three letters or more, or a name with a digit, a capital
    inside or a mark ("D3.js", "GitHub"). One such item keeps the whole bracket ("Word, Excel")."""
    item = item.strip(" .-–")
    hits = find_all_skills(item)
    return bool(hits and hits[0].end - hits[0].start >= len(item) - 1) or bool(
        re.search(r"\d|[a-z][A-Z]|[.#+]\w|\w[#+]|^[A-Z]{3,6}$", item))


# "Communication: Excellent verbal and written ...": a description of the label, not a list
_DESCRIPTION_OPENER_RE = re.compile(
    r"(?:excellent|strong|solid|proven|ability|able|skilled|proficient|experienced|extensive|deep|effective|"
    r"highly|capable|adept|demonstrated)\b", re.IGNORECASE)
_CATEGORY_ADJECTIVE_RE = re.compile(r"(?:al|ic|ive|ous|ary|ical|soft|hard|other|general|key|core)$", re.IGNORECASE)


def _label_of_prose(line: str, rest: str) -> list[str]:
    """The skill a skills line names before describing it ("Communication: Excellent verbal and written
    communication skills", "Research and Analysis: ..."): the label, when it is a noun phrase of up to
    four words; a category adjective ("Technical:", "Interpersonal:") names no skill."""
    if rest == line:
        return []
    label = line[: len(line) - len(rest)].strip(" :")
    if (not label or len(label.split()) > 4 or _CATEGORY_ADJECTIVE_RE.search(label) or not _good_item(label)
            or _CATEGORY_RE.match(label + " x") or _SKILL_WORD_RE.search(label)):
        return []
    return [label]


_SKILL_WORD_RE = re.compile(r"\b(?:skills?|languages?|tools|technologies|frameworks|summary|profile)\b", re.IGNORECASE)


_NOT_SKILLS_LABEL_RE = re.compile(
    r"^(?:\w+\s+){0,2}(?:projects?(?!\s+(?:management|manager|planning|coordination|controls?|delivery|scheduling))|proyectos|projetos|projets|interests?|hobbies|intereses|awards?|honou?rs|"
    r"certifications?|certificates?|publications)(?:\s+\w+){0,2}\s*:", re.IGNORECASE)


def _split_conjunction(piece: str) -> list[str]:
    """"Trabajo en equipo y comunicación efectiva" -> two items: a Spanish, Portuguese or French "and"
    ("y", "e", "et") between two names of two words or more; "Compromiso y responsabilidad" (one word
    each side, one quality named twice) stays whole."""
    parts = re.split(r"\s+(?:y|e|et)\s+", piece)
    return parts if len(parts) == 2 and all(len(p.split()) >= 2 for p in parts) else [piece]


def _dash_groups(text: str) -> str:
    """"Tools & CI/CD - GitHub Actions, Docker" and "C#, SQL - Other: Scala, Rust" (groups of a list
    set apart by a spaced dash, a nested list flattened): the groups joined by commas, without the
    group's label before the first dash (a name without commas followed by a list)."""
    parts = re.split(r"\s+[-–—]\s+(?![^()]*\))", text)
    if len(parts) < 2 or not any("," in p for p in parts[1:]):
        return text
    if "," not in parts[0] and ":" not in parts[0] and len(parts[0].split()) <= 4:
        parts = parts[1:]
    return ", ".join(parts)


# a name and its short form in capitals in brackets, nothing else: "Teaching for Transfer (TFT)"
_NAME_WITH_SHORT_FORM_RE = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){1,6}\s+\([A-Z]{2,6}s?\)")


_JOINED_NAME_RE = re.compile(r"([A-Za-z][\w'’/+-]*(?: [\w'’/+-]+){0,3}) (?:&|and) ([A-Za-z][\w'’/+-]*(?: [\w'’/+-]+){0,3})")


def _one_joined_name(text: str) -> bool:
    """Whether a line that is one item alone names one skill joined by "&" or "and" ("Instructional Design &
    Curriculum Development", "Medical Billing and Coding", "Tissue and cell culture"), as a CV printing one
    skill per line writes it: a side of two words or more, no small word of a sentence and no verb opening it;
    two single words ("HTML and CSS", "Motivator & Leader") are two items."""
    m = _JOINED_NAME_RE.fullmatch(text)
    if not m or ITEM_STOPWORDS.search(text) or len(text) > 60 or ACTION_VERB_RE.match(text):
        return False
    left, right = m.group(1), m.group(2)
    if len(run_together(left)) > 1:
        return False  # "UX Mobile Devices & Applications": a tag run into the name before it
    return max(len(left.split()), len(right.split())) >= 2 and not re.search(r"\b(?:&|and)\b", right) and (
        text[:1].isupper() and not re.match(r"[A-Z][a-z]+ed\b", text))


_NAME_DASH_RE = re.compile(r"([A-Z][\w'’/+.#-]*(?: (?:&|and|[\w'’/+.#-]+)){0,6}) [–—-] (\S.*)")


def _name_before_description(text: str) -> list[str]:
    """"Science Writing & Editing – Translate complex ideas for ..." (a skill, a spaced dash, then a sentence
    describing it, capitalised): the skill as written, whole; [] when what follows the dash is a list of names
    ("Tools & CI/CD - GitHub Actions, Docker"), a remark in lower case ("Erlang - most of my code. I used
    Riak ...") or there is no such dash."""
    m = _NAME_DASH_RE.fullmatch(text)
    if not m or ITEM_STOPWORDS.search(m.group(1)) or len(m.group(1)) > 60:
        return []
    description = m.group(2).split()
    head = " ".join(description[:8])
    if len(description) < 3 or not description[0][:1].isupper() or find_all_skills(description[0]) or not (
            ITEM_STOPWORDS.search(head) or _DESCRIPTION_OPENER_RE.match(head)):
        return []
    return [m.group(1)]


def _without_marks(line: str) -> str:
    """The line without the rating marks or icon a template prints before a skill ("●●●○○ Python", an icon
    font's "ĪĪĪff Java" or "̪ Certificates"): a first word of symbols, or of one or two characters repeated
    (three or more in all) that are not plain letters; the line unchanged otherwise ("Go", "SSIS", "Ĳssel")."""
    first, _, rest = line.strip().partition(" ")
    if not rest or not first:
        return line
    marks = all(not ch.isalnum() for ch in first) or (
        len(first) >= 3 and len(set(first)) <= 2 and any(not ch.isascii() for ch in first))
    lone_glyph = len(first) == 1 and not first.isascii() and rest[:1].isupper()
    return rest.strip() if marks or lone_glyph else line


def _split_and(piece: str) -> list[str]:
    """"Python and SQL" -> two items; "Expertise in accounting principles and practices" (a part is no item by
    itself: splitting it would leave the fragment "practices") and "Student mentoring and support" (a
    capitalised phrase going on in lower case) stay whole."""
    piece = re.sub(r"(?i)\s+and\s+(?:others|more|many more)\s*$", "", piece)  # "Lenovo and others"
    parts = [p.strip() for p in re.split(r"\band\b", piece) if p.strip()]  # ", and Git": the last item
    if len(parts) > 1 and not all(_good_item(p.strip(" .-–:*)([]")) for p in parts):
        return [piece]
    if len(parts) > 1 and piece.strip()[:1].isupper() and any(p[:1].islower() for p in parts[1:]):
        return [piece]  # "Student mentoring and support": one capitalised phrase, its "and" in lower case inside
    return parts


def _dash_list(text: str) -> str:
    """"- Budgeting - Payroll processing - Xero" and "Budgeting - Forecasting - Xero" (items set apart by spaced
    dashes, more of them than commas): the items joined by commas; the text unchanged otherwise ("Grant Writing – Drafted
    proposals for ..." is a name and its description)."""
    dashes = len(re.findall(r"\s[-–]\s", " " + text))
    if dashes < 2 or re.search(r"[;|•·]", text) or text.count(",") >= dashes:
        return text
    return ", ".join(p for p in re.split(r"(?:^|\s)[-–]\s+|\s+-(?=[A-Z])", text.strip()) if p.strip())


def skill_items(line: str) -> list[str]:
    """The items of one skills-section line ("Languages: Python, Go (Gin, Echo)"), as written;
    none from a line of prose."""
    line = _without_marks(line)
    if _NOT_SKILLS_LABEL_RE.match(line):
        return []  # "Proyectos personales: Juegos web, ...", "Hobbies: chess": named, but no skills
    text = re.sub(r"^[^:,]{1,40}::?\s*", "", line)  # "Front End Tech:: HTML/CSS/JS": a doubled colon too
    if text == line and (re.search(r"[,;|•·]", text) or len(text.split()) > 3):  # "Language C#, Java" (a table
        # cell lost its colon), "Practices Scalability Microservices ...", not "Software Craftsmanship"
        text = _CATEGORY_RE.sub("", text)
    text = _dash_list(text)
    named = _name_before_description(text.strip())
    if named:
        return named  # "Grant Writing – Drafted proposals for ...": the skill, not its description
    if text == line and _one_joined_name(text.strip()):
        return [text.strip()]  # "Instructional Design & Curriculum Development" alone on its line: one item
    if _NAME_WITH_SHORT_FORM_RE.fullmatch(text.strip()):
        return [text.strip()]  # "Accelerated Reader (AR)" alone on its line: the item as written, short form and all
    spaced = capital_list(text, share=1 / 3)
    if len(spaced) > 1 and not is_prose(text):  # "Scalability Microservices Web performance MVP ...": a list
        return [item for item in spaced if _good_item(item) and not is_placeholder(item)]
    if (len(text.split()) > 12 and len(re.findall(r"[,;|•·]", text)) < 2) or is_prose(text) or (  # "A · B · C": a list
            text != line and _DESCRIPTION_OPENER_RE.match(text) and "(" not in text):
        return _label_of_prose(line, text)
    text = _dash_groups(text)
    groups = [re.split(r"[,;/]|\s+and\s+|\s[-–]\s", m.group(1)) for m in re.finditer(r"\(([^()]*)\)", text)
              if not _is_acronym_of(m.group(1), text[: m.start()])]
    # "Python (Pandas, NumPy, automation)": the tools the bracket names, not the plain words beside them
    inner = [p for group in groups if any(_named_in_brackets(p) for p in group) for p in group
             if not _plain_word(p)]
    text, kept = keep_abbreviations(text, _is_acronym_of)  # "Domain-Driven Design (DDD)": one item, as written
    text = re.sub(r"\([^()]*\)", "", text)
    items = []
    # "and" joins two items, as does a bullet run into the line ("comunicación efectiva- Enfoque en resultados")
    text = _SHARED_AND_RE.sub("\\1 \x00 \\2", shared_nouns(text))  # "verbal and written communication": one item
    pieces = [item.replace(" \x00 ", " and ") for piece in re.split(r"\s*(?:,|;|\||•|·|\s/\s|\s\+\s|(?<=[a-zà-ÿ])-\s+(?=[A-ZÀ-Ý])|\s{2,})\s*",
                                         text) + inner
              for joined in _split_and(piece) for part in _split_shared_head(joined) for item in _split_slash(part.strip())]
    pieces = [token for piece in pieces for spaced in space_list(piece.strip()) for token in capital_list(spaced)]
    pieces = [part for piece in pieces for part in run_together(piece.strip())]
    pieces = [part for piece in pieces for part in _split_conjunction(piece)]
    phrases = not re.search(r"\band\s+[a-z]|\b(?:my|our|I)\b", text)  # "Readiness to learn and improve my skills": a sentence
    for item in pieces:
        item = re.sub(r"^[^:]{1,30}:\s*", "", item.strip())  # "Back end: Spring"
        item = re.sub(r"\s+etc$", "", item.strip(" .-–:*)([]"), flags=re.IGNORECASE)
        item = re.sub(r"^(?:including|incl\.|e\.g\.|such as|like)\s+", "", item, flags=re.IGNORECASE)
        item = re.sub(r"(?i)^(?:etc|and more|others?|and others)$", "", item)
        item = _LEVEL_RE.sub("", item).strip()  # "TeXstudio gute Kenntnisse": the tool; "Grundkenntnisse" alone: none
        item = re.sub(r"(?<=\S)\s+(?:family|concepts|basics|fundamentals)$", "", item)  # "TCP/IP family": "TCP/IP"
        item, whole = restore_abbreviations(item, kept)
        if (_good_item(item) or (phrases and _phrase_item(item))) and not is_placeholder(item) and not _JOB_TITLE_RE.search(item):
            items.append(whole)  # "Full Stack Developer" under a skills heading is a title
    return items
