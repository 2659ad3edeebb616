"""Contact details out of a CV before a model reads it: e-mail addresses, profile and personal
links, and phone numbers become visible markers ("[email hidden]", "[link hidden]", "[phone hidden]").
"""

from __future__ import annotations

import re

_EMAIL = re.compile(r"(?:mailto:)?[\w.+%-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b", re.IGNORECASE)
_PROFILE_SITES = (
    r"linkedin\.com|github\.com|gitlab\.com|bitbucket\.org|twitter\.com|x\.com|medium\.com|behance\.net|"
    r"dribbble\.com|stackoverflow\.com|kaggle\.com|facebook\.com|instagram\.com|about\.me|"
    r"github\.io|substack\.com|dev\.to|angel\.co|wellfound\.com|xing\.com"
)
_URL = re.compile(
    rf"(?:\bhttps?://|\bwww\.)[^\s<>\"'()\[\]]+"
    rf"|(?<![\w@.])(?:[\w-]+\.)*(?:{_PROFILE_SITES})(?:/[^\s<>\"'()\[\]]*)?"
    r"|(?<![\w@./])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|dev|io|me|net|org|co|app|page|site|xyz|tech|info|uk|de|fr|eu)"
    r"/[^\s<>\"'()\[\]]+",
    re.IGNORECASE,
)
_PHONE = re.compile(r"(?<![\w+./,])(?:\+|00)?\(?\d[\d \t().\-/]{4,}\d(?![\w%])")
_PHONE_LABEL = re.compile(r"(?:phone|tel|telephone|mobile|mob|cell|whatsapp|t|m|p)\s*[.:]?\s*$", re.IGNORECASE)
_YEAR_RANGE = re.compile(r"^\(?(?:19|20)\d\d\s*[-/.]\s*(?:(?:19|20)\d\d|\d\d)\)?$")
_DATE = re.compile(r"^\(?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})\)?$")
_DOTTED_QUAD = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")


def _phone(match: re.Match[str], text: str) -> str:
    candidate = match.group(0)
    trimmed = candidate.strip(" \t.-/")
    digits = sum(ch.isdigit() for ch in trimmed)
    if not 7 <= digits <= 15 or _YEAR_RANGE.match(trimmed) or _DATE.match(trimmed) or _DOTTED_QUAD.match(trimmed):
        return candidate
    if trimmed.count("(") != trimmed.count(")") and not trimmed.startswith("+"):
        trimmed = trimmed.strip("()")
    before = text[max(0, match.start() - 14):match.start()]
    international = trimmed.startswith(("+", "00"))
    has_area = "(" in trimmed
    separated = any(sep in trimmed for sep in " -.")
    labelled = bool(_PHONE_LABEL.search(before))
    if international or has_area or labelled or (digits >= 9 and (separated or trimmed.startswith("0"))) or digits >= 10:
        return "[phone hidden]"
    return candidate


def redact_contact_details(text: str) -> str:
    """Replace e-mail addresses, profile/personal URLs and phone numbers with visible markers.

    Years and date ranges (2019-2023), dates, percentages and ordinary figures (1,200 users) stay.
    """
    text = _EMAIL.sub("[email hidden]", text)
    text = _URL.sub(lambda m: _trim_url(m.group(0)), text)
    return _PHONE.sub(lambda m: _phone(m, text), text)


def _trim_url(url: str) -> str:
    """Keep sentence punctuation that follows a URL outside the marker."""
    trailing = ""
    while url and url[-1] in ".,;:!?":
        trailing = url[-1] + trailing
        url = url[:-1]
    return "[link hidden]" + trailing
