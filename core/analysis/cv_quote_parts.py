"""The words of a quoted CV header line that say the entry: its title and employer, never its dates, place, street
address or postcode (:func:`entry_words`; split from :mod:`core.analysis.cv_line_quote`, session 30)."""

from __future__ import annotations

import re

from core.analysis.cv_entry_kinds import STREET_RE
from core.analysis.cv_lang import MONTH_WORDS, PRESENT_WORDS, SINCE_WORDS
from core.analysis.cv_places import is_place

# what a quoted line never starts or ends on: spaces, dashes, bars, bullets and stops between parts
EDGE = " \t-–—|·•:;,/"
_EDGE = EDGE

# a street address as a header's part: a house number, maybe a direction, up to four words and the street's kind, maybe
# a suite ("2815 S Seacrest Blvd", "5601 Corporate Way # 404", "10 Downing Street", "1600 Pennsylvania Ave NW"), or a
# Continental one (:data:`core.analysis.cv_entry_kinds.STREET_RE`: "Avda. Irrazábal 727", "Hauptstraße 5")
_STREET_PART_RE = re.compile(
    r"(?i)^\d{1,5}[a-z]?\s+(?:[nsew]\.?\s+)?(?:[\w'.-]+\s+){0,4}?(?:street|st|road|rd|avenue|ave|boulevard|blvd|drive|dr|"
    r"lane|ln|way|court|ct|place|pl|parkway|pkwy|highway|hwy|terrace|circle|cir|square|sq|close|crescent|row|pike|"
    r"trail|plaza)\.?(?:\s+(?:[nsew]{1,2}|#\s*\d+\w*|(?:suite|ste|unit|apt|floor)\.?\s*#?\s*\w+))*$")
# a postcode alone or with its state ("33435", "FL 33435", "SW1A 1AA", "75011") as a header's part
_POSTCODE_PART_RE = re.compile(r"^(?:[A-Z]{2}\s+)?\d{5}(?:-\d{4})?$|^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$")
# a postcode before a town ("80331 München", "D-80331 München", "75011 Paris"): the town is kept, its number not
# a postcode after a town ("London SW1A 2AA", "Boston MA 02110"): the town is kept, the postcode not
_POSTCODE_END_RE = re.compile(r"(?<=[a-z])\s+(?:[A-Z]{2}\s+\d{5}(?:-\d{4})?|\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$")
_POSTCODE_TOWN_RE = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}\s+(?=[^\W\d])")
# a part that is only dates: years, month numbers or names, "present", dashes ("10/2014 - 02/2015", "Jan 2020 – now")
_DATE_WORD = (rf"(?:[\d./'’]+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|{MONTH_WORDS}|"
              rf"{PRESENT_WORDS}|{SINCE_WORDS}|present|current|now|today|to|till|until|date|since|from|[-–—~])")
# a part that is only dates, in the CV languages read ("2021 – heute", "desde 2019", "janv. 2020 – aujourd'hui")
_DATES_PART_RE = re.compile(rf"(?i)^{_DATE_WORD}(?:\s*{_DATE_WORD})*$")
_PART_SPLIT_RE = re.compile(r"(\s+[|·•—–/]\s+|\s+-\s+|,\s+|\s*\|\s*|\s{2,}|\t)")  # a run of spaces parts columns


def entry_words(text: str) -> str:
    """A quoted header's text with its title and employer, never its dates, place, street address or postcode
    (rc27 N10: "“Registered Nurse (RN) — 10/2014 - 02/2015 | Bethesda Cardiovascular | 2815 S Seacrest Blvd”" ->
    "Registered Nurse (RN) — Bethesda Cardiovascular"): each part between separators that is only dates, a street
    address or a postcode is dropped with the separator before it, and so are the towns and states written after a
    street address (the address's own); a postcode before a town is cut from it. ``text`` as it was when nothing
    would be left or nothing is dropped."""
    # a bracket holding only dates, anywhere ("… Medicine (May 2019 – Current)"): out whole, never half of it
    text = re.sub(r"\s*\(([^()]*)\)", lambda m: "" if _DATES_PART_RE.match(m.group(1).strip())
                  and re.search(r"\d", m.group(1)) else m.group(0), text)
    pieces = _PART_SPLIT_RE.split(text)
    kept: list[str] = []  # separator, part, separator, part...
    after_street, dropped, sep_after, after_place = False, False, "", False
    for i in range(0, len(pieces), 2):
        part, sep = pieces[i].strip(), pieces[i - 1] if i else ""
        # dates written after a part with no separator ("OH 2021" of "Columbus, OH 2021 - Present"): out of it
        tokens = part.split()
        cut = len(tokens)
        while cut > 1 and _DATES_PART_RE.match(tokens[cut - 1]):
            cut -= 1  # the date words at its end ("Mar", "2019")
        if cut < len(tokens) and any(re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", t) for t in tokens[cut:]):
            part, dropped = " ".join(tokens[:cut]), True  # a year among them: dates, not a name's number
        bare = part.strip(" ()")
        street = bool(_STREET_PART_RE.match(bare) or (len(bare.split()) <= 6 and STREET_RE.search(bare)))
        if street or _POSTCODE_PART_RE.match(bare) or (bare and _DATES_PART_RE.match(bare) and re.search(rf"\d|present|current|now|{PRESENT_WORDS}", bare, re.I)):
            after_street, dropped = after_street or street, True
            sep_after = sep_after or sep
            continue
        town = _POSTCODE_END_RE.sub("", _POSTCODE_TOWN_RE.sub("", bare))  # "Leeds LS1 4AB": the town
        if after_street and (is_place(town) or re.fullmatch(r"[A-Z]{2}", town)):
            continue  # "Boynton Beach, FL" after "2815 S Seacrest Blvd": the address's town and state
        # a town, state or country after the title or employer ("Tesla – Chattanooga, TN — Production Associate"):
        # no part of what the candidate did, said in the question as noise (re-check rc28, m6, session 29)
        if kept and town and (is_place(town) or is_place(re.sub(r"^St\.?\s+", "Saint ", town))
                              or re.fullmatch(r"[A-Z]{2}", town) or (after_place and sep.strip() == "/")):
            dropped, sep_after, after_place = True, sep_after or sep, True  # "Frankfurt / Main": both
            continue
        after_place = False
        after_street = False
        # the separator written right after the part kept before ("Title — dates | Employer": " — ")
        kept += [(sep_after or sep) if kept else "", _POSTCODE_END_RE.sub("", _POSTCODE_TOWN_RE.sub("", part))]
        sep_after = ""
    out = "".join(kept).strip(_EDGE)
    return out if out and (dropped or out != text) and len(kept) >= 2 else text
