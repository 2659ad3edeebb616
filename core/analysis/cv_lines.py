"""CV lines: splitting an experience header into role, employer, location and dates (a line's markup and
glyphs are cleaned by :mod:`core.analysis.cv_clean`, whose :func:`clean_line` is re-exported here).

Section headings are :mod:`core.analysis.cv_sections`'s. Places are told from employers by :mod:`core.analysis.cv_places` (the GeoNames gazetteer); job titles
by the role lexicon below and :mod:`core.analysis.cv_titles` (a standard list of occupation titles).
"""

from __future__ import annotations

import logging
import re

from core.analysis.cv_clean import clean_line  # noqa: F401 - read from here by tests
from core.analysis.cv_lang import (
    HEADER_TAIL_RE,
    MONTH_WORDS,
    PRESENT_WORDS,
    PRESENT_WORDS_LONG,
    RANGE_TO_WORDS,
    SEASON_WORDS,
    SINCE_WORDS,
    foreign_title,
    has_legal_form,
    role_at_employer,
    romance_head,
)
from core.analysis.cv_placeholder import is_placeholder, strip_placeholder  # noqa: F401 - read from here by cv_skills*
from core.analysis.cv_places import (  # noqa: F401 - _places: the warm-up in pages/ui/resources.py
    _places,
    country_apart,
    is_place,
    is_region,
    town_elsewhere,
    without_place_descriptors,
)
from core.analysis.cv_sections import _ORNAMENT_AFTER_RE, section_kind  # noqa: F401 - read from here by cv, cv_layout and others
from core.analysis.cv_titles import known_title, title_head

logger = logging.getLogger(__name__)

ROLE_WORDS = re.compile(
    r"\b(engineer|developer|manager|analyst|scientist|designer|nurse|teacher|consultant|specialist|representative|"
    r"executive|lead|leader|director|officer|coordinator|assistant|associate|intern|internship|administrator|architect|creator|"
    r"accountant|advisor|adviser|agent|tutor|lecturer|technician|supervisor|head|owner|programmer|marketer|"
    r"strategist|researcher|practitioner|therapist|controller|bookkeeper|auditor|founder|co-founder|partner|clerk|"
    r"sister|midwife|professor|ceo|cto|cfo|coo|vp|president|driver|maintainer|writer|editor|reporter|fellow|"
    r"trainee|apprentice|cashier|receptionist|instructor|coach|mentor|volunteer|ambassador|contractor|freelancer|"
    r"freelance|sde|swe|devops|sre|pentester|tester|support|operator|paramedic|pharmacist|physician|doctor|"
    r"chef|server|bartender|salesperson|recruiter|buyer|planner|secretary|counsel|attorney|lawyer|student|"
    r"chair|member|secretary|staff|principal|headteacher|headmaster|headmistress|"
    # warehouse, factory and care work ("Warehouse Operative", "Picker Packer", "Support Worker" has "support")
    r"operative|picker|packer|labourer|laborer|carer|caregiver|"
    # Spanish, Portuguese, French, German titles
    r"desarrollador|desarrolladora|ingeniero|ingeniera|gerente|analista|dise[nñ]ador|dise[nñ]adora|jefe|jefa|"
    r"programador|programadora|consultor|consultora|t[eé]cnico|t[eé]cnica|auxiliar|asistente|becario|pr[aá]cticas|"
    r"desenvolvedor|engenheiro|d[eé]veloppeur|d[eé]veloppeuse|ing[eé]nieur|chef de projet|responsable|stagiaire|"
    r"entwickler|ingenieur|berater|leiter|praktikant|(?-i:SE\d?))\b",
    re.IGNORECASE,
)
# English month names and abbreviations, then those of German, Spanish, Italian, French, Portuguese and Dutch
# ("März", "mayo", "giugno", "janv.", "mrt": core.analysis.cv_lang, from the Europass date bundles)
MONTHS = rf"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|{MONTH_WORDS})"
DATE_RE = re.compile(
    rf"\b{MONTHS}\s*['‘’`]?\d{{2,4}}\b|\b(?:0?[1-9]|1[0-2])\.(?:19|20)\d{{2}}\b|\b(?:19|20)\d{{2}}\b|\b\d{{1,2}}/(?:19|20)?\d{{2}}\b"
    rf"|\bpresent\b|\bcurrent\b|\bnow\b"
    rf"|(?<!\w)(?:spring|summer|fall|autumn|winter|{SEASON_WORDS})(?!\w)(?=\s*['‘’`]?\d{{2,4}}\b)|\b(?:actualidad|presente|actual|atual|{PRESENT_WORDS_LONG})(?!\w)|至今",
    re.IGNORECASE,
)
_DATE_PART_RE = re.compile(
    rf"^(?:{MONTHS}|\d{{1,2}}/|(?:19|20)\d{{2}}|present|current|now|since|from|to|until|actualidad|presente|actual"
    rf"|(?<!\w)(?:{PRESENT_WORDS}|{SINCE_WORDS}|{RANGE_TO_WORDS}|von|van|de|del|du)(?!\w)"
    rf"|[-–—~/,.\s'‘’`]|\d{{1,4}}"
    rf"|spring|summer|fall|autumn|winter|{SEASON_WORDS}|years?|months?|yrs?|mos?|至今|年|月)+$",
    re.IGNORECASE,
)

# organisation words that also name a title's field ("Software Tester", "Insurance Adjuster")
_FIELD_WORDS_RE = re.compile(r"(?i)\b(?:health|healthcare|services|software|technology|media|insurance|financial|"
                             r"retail|logistics|consulting|network|commerce|interactive|international|pharma)\b")
_ORG_HINT = re.compile(
    r"\b(inc|ltd|llc|gmbh|plc|corp|corporation|company|co\.|group|bank|hospital|clinic|school|academy|college|"
    r"university|trust|nhs|labs?|laboratory|technologies|technology|systems|solutions|agency|partners|studio|"
    r"council|foundation|health|healthcare|retail|logistics|software|consulting|capital|ventures|institute|"
    r"ministry|department of|media|insurance|financial|interactive|commerce|services|network|networks|"
    r"enterprises?|holdings|industries|international|pharma|bureau|association|society|centre|center|infirmary|union)\b",
    re.IGNORECASE,
)
SCHOOL_RE = re.compile(
    r"\b(university|universit[éeàä]t?|universidad|universidade|universiteit|universita|universitat|hochschule|fachhochschule|"
    r"hogeschool|faculdade|facultad|facult[ée]|scuola|liceo|lyc[ée]e|gymnasium|colegio|escola|politecnico|"
    r"college|school|institute|institut|academy|polytechnic|ecole|école|"
    r"high school|conservatory|seminary|faculty|campus|bootcamp)\b",
    re.IGNORECASE,
)
WORK_MODE_RE = re.compile(
    r"^(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|freelance|temporary|permanent|various|"
    r"worldwide|global|internship|volunteer|virtual|online|"
    # the kind of engagement in French, German, Spanish and Italian ("– Bénévolat", "| Ehrenamt", "- Voluntariado");
    # not a person's word ("Bénévole", "Werkstudentin"), which may be the title itself
    r"b[ée]n[ée]volat|int[ée]rim|ehrenamt|voluntariado|volontariato)$",
    re.IGNORECASE,
)
# "Developer @Acme GmbH" (an "@" glued to a capitalised name after a space, never an e-mail address's) and a
# Markdown " -- " stand for "at" and a dash; a hyphen glued to a word's end before a capital ("Engineer- New York")
# is a dash too
SEPARATORS = re.compile(r"\s+[–—-](?=[A-Z])|(?<=[a-z]{4})-\s+(?=[A-Z])|(?<=\))\s*-\s*|\s*-{3,}\s*|\s+-{2}\s+|\s*—{2,}\s*|\s+at\s+|\s+@\s+|\s+@(?=[A-ZÀ-ÖØ-Þ0-9])|\s*\|\s*|,\s+|\s+[–—-]\s+|\s*[•·]\s*|\t|\s{3,}|:\s+|\s*\u2013\s*")
# a shift or department written after a title, part of it ("Team Leader Inbound", "Supervisor Nights",
# "Operative Goods In"): never an employer's name by itself
SHIFT_DEPARTMENT_RE = re.compile(
    r"(?i)^(?:inbound|outbound|goods[ -]?(?:in|out|inwards|outwards)|dispatch|despatch|returns|receiving|shipping|"
    r"picking|packing|intake|replenishment|nights?|days|earlies|lates|evenings|weekends?|night shift|day shift|"
    r"back shift|front of house|back of house|front desk|shop floor|finance|accounts|payroll|procurement|purchasing|"
    r"hr|human resources|it|marketing|sales|operations|logistics|admin|administration|facilities|maintenance|"
    r"customer service|customer services|production|quality|warehouse|stores|transport|fleet|security|reception)$")
_SMALL_WORDS = {"of", "and", "the", "for", "in", "at", "on", "de", "du", "la", "le", "&"}
_CASE_WORDS = {"lab": "Lab", "inc": "Inc", "ltd": "Ltd", "llc": "LLC", "co": "Co", "bank": "Bank", "city": "City"}


# Cities (in the gazetteer) whose names are also ordinary words or surnames: after a one-word name they
# are more likely part of it ("Brigham Young", "Credit Union") than a location run into it.
_WORD_CITIES = frozenset(
    ["young", "union", "mobile", "enterprise", "orange", "nice", "split", "reading", "bath", "hope", "victoria", "summit", "apex", "aurora", "phoenix", "jackson", "liberty", "independence", "concord", "progress", "gap", "salem", "mercedes", "york", "florence", "alexandria", "chester", "lincoln", "wellington", "hamilton", "washington", "franklin", "madison", "clinton", "auburn", "columbia", "cambridge", "oxford"])


# Institutions whose names end in their place ("University College Dublin", "Imperial College London",
# "Samsung R&D Institute Bangladesh"): a place after one of these words is part of the name.
# an institution's word that a town follows in its name ("University College Dublin", "Universität Tübingen",
# "Hochschule Karlsruhe", "Klinikum Stuttgart", "Università di Pavia" has its "di" apart)
_NAMED_FOR_PLACE = re.compile(r"(?i)college|institute|university|school|academy|polytechnic|hospital|infirmary|museum|"
                              r"universit(?:ät|at|y|é|à|ad|ade|eit)|hochschule|fachhochschule|gymnasium|klinikum|klinik|"
                              r"krankenhaus|h[oô]pital|ospedale|cl[ií]nica|lyc[ée]e|liceo|instituto|istituto|politecnico|technikum")


_QUARTERS = frozenset(("central", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper",
                       "lower", "greater", "new"))


def own_acronym(name: str, short: str) -> bool:
    """Whether ``short`` (three to six capitals) is the short form of ``name`` written after it ("Fraunhofer-Institut
    für Solare Energiesysteme ISE", "University of Malaga - UMA"): its letters in order among the name's, the first
    the initial of one of the name's capitalised words; not a town the line ran in ("Ise", "Ulm")."""
    if not re.fullmatch(r"[A-ZÄÖÜ]{3,6}", short):
        return False
    letters = iter(re.sub(r"[^a-zäöüß]", "", name.casefold()))
    return (any(w[:1] == short[0] for w in name.split() if w[:1].isupper())
            and all(c in letters for c in short.casefold()))


# what a name cut at a town must not come down to: only articles, the kind of place it is and the words that
# praise one ("Hotel Miramar" is no "Hotel", "The Grand Budapest" no "The Grand", "Cafe Berlin" no "Cafe")
_GENERIC_NAME_WORDS = frozenset((
    "the", "a", "an", "le", "la", "les", "l'", "el", "los", "las", "il", "lo", "der", "die", "das", "o", "os", "as",
    "hotel", "hotels", "hôtel", "hotell", "restaurant", "restaurante", "ristorante", "café", "cafe", "caffè", "bar",
    "pub", "inn", "bistro", "bistrot", "brasserie", "trattoria", "osteria", "pizzeria", "taverna", "tavern",
    "gasthof", "gasthaus", "pension", "pensione", "hostal", "hostel", "motel", "lodge", "resort", "spa", "diner",
    "pousada", "posada", "albergo", "locanda", "auberge", "bakery", "bäckerei", "boulangerie", "kitchen", "grill",
    "club", "casino", "hospital", "clinic", "clínica", "clinica", "klinik", "pharmacy", "farmácia", "farmacia",
    "apotheke", "shop", "store", "market", "supermarket", "salon", "studio", "gym", "school", "college",
    "grand", "royal", "imperial", "golden", "little", "old", "new", "great", "big", "best", "first", "central",
    "park", "palace", "plaza", "city", "hall", "house", "home"))
# a word that opens a place's or a saint's name with the next ("Hospital São Lucas", "Clínica Santa Ana"): no cut after it
_BINDING_WORDS = frozenset(("são", "sao", "san", "santa", "santo", "saint", "sainte", "st", "st.", "ste", "ste.",
                            "sankt", "mount", "mt", "mt.", "port", "fort", "lake", "los", "las", "el", "la", "le"))


def generic_name(text: str) -> bool:
    """Whether ``text`` is no name of its own but only the kind of place it is and words that go with any
    ("Hotel", "The Grand", "Restaurant", "Grand Hotel"): what an employer's name must never be cut down to."""
    words = [w.strip(".,'’").casefold() for w in text.split()]
    return all(w in _GENERIC_NAME_WORDS for w in words)


def strip_trailing_place(part: str, *, institution_place: bool = True, country: str = "") -> str:
    """"Cinch Financial Boston" and "Zalando Dublin" (a right-aligned location run into the name) ->
    "Cinch Financial", "Zalando"; a country after one word ("Vodafone Egypt") and a city that is also
    a common word or name ("Brigham Young") stay; so does a place after an institution word ("University
    College Dublin") unless ``institution_place`` is False (a school line whose region follows:
    "Harvey Mudd College Claremont, CA"), and a town of another country than the ``country`` the line
    names apart ("Next Digital Hub, Spain": Hub is a town of Pakistan)."""
    tokens = part.split()
    for cut in (3, 2, 1):
        tail = " ".join(tokens[-cut:])
        if tail.count(")") > tail.count("("):
            continue  # "Store Clerk (Part Time)": no place is cut from inside a bracket
        if cut == 1 and (re.fullmatch(r"[A-Z]{2}", tail) or _ORG_HINT.search(tail) or ROLE_WORDS.fullmatch(tail)
                         or own_acronym(" ".join(tokens[:-1]), tail)):
            continue  # "Senior SE", "Hewlett Packard Enterprise", "Training Officer": no state code, organisation or role word is a place
        if len(tokens) > cut and (tokens[-cut - 1].lower() in _SMALL_WORDS or (institution_place and _NAMED_FOR_PLACE.fullmatch(tokens[-cut - 1]))
                                  or (len(tokens) > cut + 1 and tokens[-cut - 2].lower() in ("of", "de") and tokens[-cut - 1].lower() in _QUARTERS)):
            continue  # "London Borough of Camden", "University of Central Florida": the place is the name's own
        if len(tokens) > cut and (generic_name(" ".join(tokens[:-cut])) or tokens[-cut - 1].casefold() in _BINDING_WORDS):
            continue  # "Hotel Miramar", "The Grand Budapest", "Hospital São Lucas": the rest would be no name
        if len(tokens) > cut + 1 and is_place(tail) and tokens[-cut][:1].isupper() and not town_elsewhere(tail, country):
            return " ".join(tokens[:-cut])
        if (len(tokens) == 2 and cut == 1 and tokens[0][:1].isupper() and not is_place(tokens[0])
                and not is_region(tail) and tail.lower() not in _WORD_CITIES and is_place(tail)
                and not ROLE_WORDS.search(part) and not _ORG_HINT.search(tokens[0])):
            return tokens[0]
    return part


def natural_case(name: str) -> str:
    """An organisation's name as written, but a name in capitals ("CORNELL ROBOT LEARNING LAB") in
    title case ("Cornell Robot Learning Lab"); short words in capitals (IBM, NHS) stay."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 5 or any(c.islower() for c in letters):
        return name
    out = []
    for idx, word in enumerate(name.split()):
        low = word.lower()
        if (bare := low.rstrip(".,")) in _CASE_WORDS:  # "INC." -> "Inc."
            out.append(_CASE_WORDS[bare] + word[len(bare):])
        elif low in _SMALL_WORDS and idx:
            out.append(low)
        elif len(re.sub(r"[^A-Za-z]", "", word)) <= 3:
            out.append(word)
        else:
            out.append(word[:1] + word[1:].lower())
    return " ".join(out)


def _strip_unbalanced(part: str) -> str:
    """Brackets kept when balanced ("Class Teacher (Year 4)"), stripped from the ends when not."""
    if part.count("(") != part.count(")"):
        part = part.strip("()").strip()
        if part.count("(") > part.count(")"):
            part += ")"
    elif part.startswith("(") and part.endswith(")"):
        part = part[1:-1].strip()
    return part


def _split_caps_employer(part: str) -> list[str]:
    """"CROWDSTRIKE Senior SE" (an employer in capitals run into the title) -> ["CROWDSTRIKE", "Senior SE"];
    one short word in capitals ("MEAN Stack Developer", "PHP Developer", "AWS Cloud Engineer") is the
    title's own stack or tool, not an employer."""
    m = re.fullmatch(r"((?:[A-Z][A-Z0-9&.'’-]+\s+)+)([A-Z][a-z].*)", part)
    caps = m.group(1).split() if m else []
    if len(caps) == 1 and len(caps[0]) <= 4:
        return [part]
    if m and is_role(m.group(2)) and len(re.sub(r"[^A-Z]", "", m.group(1))) >= 3:
        return [m.group(1).strip(), m.group(2)]
    return [part]


# a word that carries a title on ("Intern in Robotics", "HEAD OF SALES"): never the first word of a name after it
_LINK_WORDS = frozenset({"of", "for", "in", "at", "on", "and", "&", "de", "du", "des", "en"})
_LEVEL_RE = re.compile(r"^(?:I{1,3}|IV|V|VI|[1-5]|Sr\.?|Jr\.?|\(.*\))$")


def _split_glued(part: str) -> list[str]:
    """A title and a name that a PDF ran together with one space (its tab or column gap lost):
    "Marketing Coordinator Acme Foods" -> ["Marketing Coordinator", "Acme Foods"] (cut after the last role
    word when capitalised words follow), "Globex Corporation Marketing Intern" -> ["Globex Corporation",
    "Marketing Intern"] (cut after an organisation's word when a title follows); "Lecturer in Economics",
    "Software Engineer II" and "Nurse Practitioner" stay whole."""
    tokens = part.split()
    if len(tokens) < 3 or re.search(r"[()]", part):
        return [part]
    roles = [i for i, t in enumerate(tokens) if ROLE_WORDS.fullmatch(t.strip(","))]
    if roles == [0] and romance_head(tokens[0]):
        return [part]  # "Desenvolvedor Full Stack", "Ingeniero Backend": a Romance title's head comes first
    cut = roles[-1] + 1 if roles else 0
    tail = tokens[cut:]
    if roles and has_legal_form(part) and not has_legal_form(" ".join(tail)) and len(tail) <= 2:
        return [part]  # "Schmidt & Partner AG": the legal form ends the name ("Partner" is no title here)
    if (roles and tail and tail[0][:1].isupper() and not _LEVEL_RE.match(tail[0]) and is_role(" ".join(tokens[:cut]))
            and tail[0].lower() not in _LINK_WORDS  # "INTERN IN SATELLITES ENGINEERING": a title in capitals goes on
            and not all(_GENERIC_NAME_RE.fullmatch(t) for t in tail) and not (len(tail) == 1 and title_head(tail[0]))
            and not SHIFT_DEPARTMENT_RE.match(" ".join(tail)) and not is_role(" ".join(tail))  # "Lead Warehouse Worker"
            and all(t[:1].isupper() or t.lower() in _SMALL_WORDS or not t[:1].isalpha() for t in tail)):
        return [" ".join(tokens[:cut]), " ".join(tail)]
    orgs = [i for i, t in enumerate(tokens[:-1]) if _COMPANY_FORM_RE.fullmatch(t.strip(",."))]
    if orgs and orgs[0] >= 1 and is_role(" ".join(tokens[orgs[0] + 1:])) and not is_role(" ".join(tokens[: orgs[0] + 1])):
        return [" ".join(tokens[: orgs[0] + 1]), " ".join(tokens[orgs[0] + 1:])]
    return [part]


# the last word of an organisation's legal or usual form ("Globex Corporation", "Mercy Hospital")
_COMPANY_FORM_RE = re.compile(
    r"inc|ltd|llc|gmbh|plc|corp|corporation|company|co|group|bank|hospital|clinic|labs|technologies|partners|"
    r"consulting|agency|studio|university|college|school|academy|foundation|trust|healthcare|foods|"
    r"restaurants?|stores?|pharmacy", re.IGNORECASE)
# words that end a name but are no name by themselves ("McGill Ambassador Program", "Obscure Tech Company")
_GENERIC_NAME_RE = re.compile(
    _COMPANY_FORM_RE.pattern + r"|program|programme|project|team|network|club|society|association|council|committee|"
    r"services|solutions|systems|software|tech|media|research|lab|centre|center|department|division|unit",
    re.IGNORECASE)


_AT_SIGN_RE = re.compile(r"\s@\s*[A-ZÀ-ÖØ-Þ0-9]")
# a work mode in brackets after a title, in the seven languages ("(Remote)", "(Remoto)", "(Télétravail)", "(Híbrido)")
_BRACKETED_MODE_RE = re.compile(
    r"(?i)\s*\((?:fully |100 ?% )?(?:remote|remoto|en remoto|a distancia|t[ée]l[ée]travail|teletrabajo|home[- ]?office|"
    r"hybrid|h[ií]brido|ibrido|hybride|on-?site|presencial|in presenza)\)")

# a department of the firm in brackets after a title, in the six languages ("(Verwaltung)", "(Buchhaltung)",
# "(Administración)", "(Sales Department)", "(Abteilung Einkauf)"); a focus stays ("(Mobile Applications)")
_BRACKETED_UNIT_RE = re.compile(
    r"(?i)\s*\((?:verwaltung|administration|administración|amministrazione|administração|buchhaltung|"
    r"personalabteilung|sekretariat|[\w-]*abteilung|abteilung [^()]{2,30}|[^()]{2,30} (?:department|dept\.?)|"
    r"(?:department|dept\.?|département|departamento|dipartimento) [^()]{2,30})\)(?=\s*(?:[,|–—-]|$))")


# how long a post lasted, in brackets on its header line, in the six languages ("(2 months)", "(6 mos)",
# "(1 year 3 months)", "(2 mois)", "(6 Monate)", "(3 meses)", "(1 anno)", "(4 maanden)"): never a title or an employer
_DURATION_UNITS = (r"(?:months?|mos?|years?|yrs?|weeks?|wks?|mois|ans?|ann[ée]es?|semaines?|monate?n?|jahre?n?|wochen|"
                   r"meses|mes|a[ñn]os?|semanas?|mesi|anni|anno|settimane|maanden|maand|jaar|weken)")
_BRACKETED_DURATION_RE = re.compile(
    rf"(?i)\s*\(\s*(?:\d{{1,2}}(?:[.,]\d)?\+?\s*{_DURATION_UNITS}\.?(?:\s*,?\s*(?:and\s+|et\s+|und\s+|y\s+|e\s+|en\s+)?"
    rf"\d{{1,2}}\s*{_DURATION_UNITS}\.?)?)\s*\)")


# a capitalised month (and its year) glued to the word before it, as a table's or a PDF's cells run together
# ("New York, NYJan 2023", "Austin, TexasMar 2019")
_GLUED_MONTH_RE = re.compile(r"(?<=[A-Za-z])(?=(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
                             r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s*['‘’`]?\d{2,4}\b)")
# a world region after a comma that goes on a firm's name ("Hanover, North America", "Geneva, EMEA"): never a
# town's region, which is a state or a country
_WORLD_REGIONS = r"(?:North America|Latin America|(?:the )?Americas|EMEA|APAC|APJ|LATAM|Asia[- ]Pacific)"
_REGION_NAME_RE = re.compile(rf"(?<=\w),\s+(?={_WORLD_REGIONS}\b)")


def world_region(name: str) -> bool:
    """Whether ``name`` is a world region a firm names its branch by and nothing else ("North America", "EMEA"):
    the half of a name cut at its comma ("Hanover, North America"), never an employer alone."""
    return bool(re.fullmatch(_WORLD_REGIONS, (name or "").strip(" .,;")))


def header_parts(line: str) -> list[str]:
    """The parts of a header line split on its separators, with dates and work modes dropped."""
    text = re.sub(r"\((?:[^()]*?(?:19|20)\d{2}[^()]*?)\)", " ", line)  # "(2019 - 2023)"
    text = re.sub(r"(?:(?<=\d)|(?<=\d[A-Z]{2}))([–—])(?=\s+[A-Za-z])", r" \1", text)  # "IN 46142— Sales Advisor", "LS1 4AB— …"
    text = HEADER_TAIL_RE.sub(" ", text)  # "Leeds, 2016 Reference: Dr A. Smith", "... inkl. Einkauf": no part of the header
    text = _BRACKETED_MODE_RE.sub(" ", text)  # "Analista de Dados (Remoto)": how, not what, the job is
    text = _BRACKETED_UNIT_RE.sub(" ", text)  # "Koordinatorin (Verwaltung)": where in the firm, not what, the job is
    text = _BRACKETED_DURATION_RE.sub(" ", text)  # "Summer 2025 (2 months)", "Été 2026 (2 mois)": how long, no name
    text = without_place_descriptors(text)  # "Edinburgh (188 rooms, 5-star)": what the place is like, not its name
    text = re.sub(rf"(?i)(?<!\w)(?:{SINCE_WORDS})\s+(?=(?:{MONTHS}\s*)?\d)", " ", text)  # "seit 04/2019 Entwickler"
    # an ISO year and month ("2020-04 to present", "2018-01 to 2020-03"): its year, so the range reads as dates (the
    # parts are names; the entry's dates are read from the line itself)
    # (not "03.2017-10.2020", a month and year to another: a dot or slash on either side)
    text = re.sub(r"(?<![\d./-])((?:19|20)\d\d)-(?:0[1-9]|1[0-2])(?![\d./-])", r"\1", text)
    text = re.sub(rf"(?:{MONTHS}\s*)?(?:19|20)\d{{1,2}}\s*(?:[-–—to]+|(?<!\w)(?:{RANGE_TO_WORDS})(?!\w))\s*(?:(?:{MONTHS}\s*)?(?:19|20)\d{{2}}"
                  rf"|present|current|now|today|(?:till|to)\s+date|(?:{PRESENT_WORDS})(?!\w))",
                  " | ", text, flags=re.IGNORECASE)  # "2019 – hoy Desarrollador": the other languages' "present" too
    text = _GLUED_MONTH_RE.sub(" | ", text)  # "New York, NYJan 2023-Present": the state, then the dates
    text = _REGION_NAME_RE.sub("\ue001", text)  # "Hanover, North America": one firm's name, its region no part alone
    text = re.sub(r"(?i),\s+(?=(?:Inc|LLC|Ltd|GmbH|PLC|S\.A|Corp)\b)", "\ue001", text)  # "RDVO, Inc", "visual assault, llc" stay whole
    # "The Royal London Hospital, Barts Health NHS Trust": a site and the body that runs it, one employer
    text = re.sub(r"(\b(?:Hospital|Clinic|Infirmary|Centre|Center|Surgery|Practice|School|College)),\s+"
                  r"(?=(?:[A-Z][\w'’&.-]*\s+){1,5}(?:Trust|Board|Authority|Network|District|Group)\b)", "\\1\ue001", text)
    # "Office Team, A Robert Half Company" (the parent named after a comma) stays whole
    text = re.sub(r",\s+(?=(?:A|An)\s+(?:[A-Z][\w&'-]*\s+){1,4}(?:Company|Group|Firm|Business)\b)", "\ue001", text)
    # "X, the moonshot factory", "Globex, a Siemens business": a name's own appositive in lower case stays whole
    text = re.sub(r"(?<=\w),\s+(?=(?:the|a|an)\s+[\w&'-]+)", "\ue001", text)
    # "Greenbelt, MD Acme Corporation": a state code that a PDF ran into the next name ends the place
    text = re.sub(r"(?<=[a-z]),\s+([A-Z]{2})\s+(?=[A-Z][A-Za-z])",
                  lambda m: f", {m.group(1)} | " if is_region(m.group(1)) else m.group(0), text)
    # "Web Engineer at N26; 2018 to 2020; Berlin": semicolons between the parts of a line that gives its dates after one;
    # a semicolon inside a title or a description ("Associé; Développeur Full-stack de ...") is no separator
    if re.search(r";\s+[^;]*?(?:19|20)\d\d", text):
        text = re.sub(r"\s*;\s+", " | ", text)
    # "University of Texas at Tyler": an "at" inside the institution's name is no separator
    text = re.sub(r"(\b(?:University|College|Institute) of [A-Z][\w-]+) at (?=[A-Z])", "\\1\ue002", text)
    pieces = []
    for part in SEPARATORS.split(text):
        # "Mama Rosa / 2023 - 2024": the slash before the dates (cut out above) is a separator, no part of the name
        part = _strip_unbalanced(part.strip(" ,;|–—-·•:/"))
        if not part or not re.search(r"[A-Za-z]{2}|[\u4e00-\u9fff]{2}", part) or _DATE_PART_RE.match(part):
            continue
        piece = _strip_unbalanced(re.sub(r"\s+", " ", DATE_RE.sub(" ", part)).strip(" ,;|–—-·•:/"))
        # "Entwicklerin bei Müller GmbH", "Chef de projet chez Dupont SARL": another language's "at"
        pieces.extend(role_at_employer(piece, is_role) or [piece])
    parts = []
    for i, part in enumerate(pieces):
        # "AutoNation Honda – Phoenix, AZ": the line gives its town apart, so a last word that is also a
        # town ("Honda") is the name's own; "Cinch Financial Boston" (no town apart) loses it
        if not any(is_place(p) and not is_region(p) for p in pieces[i + 1:]):  # "Ltd Sheffield, UK": only a region apart
            part = strip_trailing_place(part, country=country_apart(pieces[i + 1:]))
        part = part.replace("\ue001", ", ").replace("\ue002", " at ")
        if part and not WORK_MODE_RE.match(part) and re.search(r"[A-Za-z]{2}|[\u4e00-\u9fff]{2}", part):
            # "ERP WMS Developer @Kranfeld": the "@" names the employer, the capitals before the title are its tools
            glued = [part] if _AT_SIGN_RE.search(text) else _split_caps_employer(part)
            parts.extend(p for piece in glued for p in _split_glued(piece))
    return parts


# the word for an internship written before the title ("Stage Technicien réseau", "Praktikum Softwareentwickler",
# "Tirocinio Sviluppatore", "Prácticas Analista", "Estágio Desenvolvedor")
_INTERNSHIP_BEFORE_RE = re.compile(r"(?i)^(?:stage|praktikum|tirocinio|pr[aá]cticas|est[aá]gio)\s+(?=\w)")


def is_role(part: str) -> bool:
    """Whether a header part is a job title: a role word, ending the part ("Software Developer") or
    in a part with no organisation word ("Head of Sales")."""
    if len(part.split()) > 9:
        return False
    if _CJK_ROLE_RE.search(part):
        return True  # "高级软件工程师" (senior software engineer), "系统架构设计师"
    part = re.sub(r"(?<=\w)\s*\([^()]{1,30}\)$", "", part) or part  # "Software Engineer (Contract)"
    part = re.sub(r"(?:\s+(?:I{1,3}|IV|V|[1-5]|Sr\.?|Jr\.?))+$", "", part)  # "Software Developer II"
    part = _INTERNSHIP_BEFORE_RE.sub("", part) or part  # "Stage Technicien", "Praktikum Entwickler": an intern's title
    if _TRADE_TITLE_RE.fullmatch(part.strip()):
        return True  # "Cook", "Kitchen Porter": a trade's title written alone, though the word is also a surname
    if not ROLE_WORDS.search(part):
        return _listed_title(part) or foreign_title(part)
    last = re.sub(r"[^A-Za-z-]", " ", part).split()
    # "Ingeniera de Software", "Responsable de Logística": a Romance title's head comes first
    return bool(last and ROLE_WORDS.fullmatch(last[-1])) or not _ORG_HINT.search(part) or foreign_title(part)


# a trade's or a kitchen's title that is also a surname or a place's word ("Cook", "Baker", "Porter", "Mason"): a title
# only when the part is that title alone, with at most a grade or station before it ("Line Cook", "Kitchen Porter",
# "Head Baker"); "Baker McKenzie", "Cook County Hospital", "Porter Novelli" stay names (session 28: "Cook" above
# "Harbour Grill / 2019 - 2021" was read as the employer)
_TRADE_TITLE_RE = re.compile(
    r"(?i)(?:(?:head|senior|junior|line|prep|short[- ]order|commis|pastry|breakfast|grill|kitchen|hotel|night|day|"
    r"assistant|trainee|apprentice|master|qualified|general)\s+)?"
    r"(?:cook|baker|porter|carpenter|mason|stonemason|joiner|dishwasher|waiter|waitress|housekeeper|butcher|plasterer|"
    r"bricklayer|roofer|glazier|welder|fitter|tiler|gardener|landscaper|caretaker|janitor|cleaner|valet|bellhop|doorman)")
# a Chinese title: a short run of characters ending in a role word (engineer, designer, architect, manager,
# director, supervisor, specialist, consultant, assistant, intern, developer, teacher, accountant, analyst,
# researcher, nurse, doctor, team lead, head)
_CJK_ROLE_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9/+# ]{0,12}(?:工程师|设计师|架构师|经理|总监|主管|专员|顾问|助理|实习生|"
                          r"开发者|教师|老师|会计|会计师|分析师|研究员|护士|医生|组长|负责人|总裁|主任)$")


def _listed_title(part: str) -> bool:
    """A title the role lexicon lacks but the standard list of occupation titles has: a one-word
    title of the list ("Barista"), or a short part ending in one of its head words ("Senior
    Paralegal", "Dental Hygienist") with no organisation or place word."""
    tokens = re.findall(r"[A-Za-z][A-Za-z'-]*", part)
    if not tokens or len(tokens) > 6 or re.search(r"[@/\\]|https?:", part):
        return False
    if len(tokens) == 1 and known_title(part):  # "Barista"; not "Business Development", a field the list also has
        return True
    # "Emergency Call-Taker": the head is the compound's last word; "Health Services Investigator": a field
    # ("health", "services") before the head names the title's, not an organisation
    return (title_head(tokens[-1].split("-")[-1]) and not is_place(part)
            and not _ORG_HINT.search(_FIELD_WORDS_RE.sub(" ", " ".join(tokens[:-1])) + " " + tokens[-1]))
