"""A job's requirement line reduced to the thing it asks for (:func:`requirement_name`): the one wording of a
requirement shown to the user, in questions, CV tips, coverage rows, Home and History.

An ad writes a requirement as a sentence about the candidate ("Currently holds an unencumbered RN license with the
State Board of Nursing", "Possess multistate licensure if in a Nurse Licensure Compact (NLC) state", "Ability to lift
50 pounds", "Bachelor's degree in nursing (preferred)"); pasted into "The role asks for …" it reads broken (session 26
re-check, N5: "The role asks for Currently holds an unencumbered RN license…"). The name keeps the thing and drops:

- the lead that frames it: the candidate and a modal ("Candidates must", "You will"), "currently", a verb of holding
  ("holds", "possess", "obtains and maintains"), "ability to" (the verb said as a gerund: "lifting 50 pounds"),
  "experience with" before a name ("Salesforce"; "experience in a similar role" keeps its frame);
- "be registered / certified / licensed" said as the noun ("registration with the NMC");
- the weight the ad gives it ("is required", "(preferred)", "a plus"): :func:`core.analysis.job_weight.preferred` reads
  that from the ad, never from the name;
- a condition ("if in a compact state", "where applicable", "within 30 days of hire");
- the body that issues a licence the name already identifies ("an unencumbered RN license with the State Board of
  Nursing" -> "an unencumbered RN license"; "registration with the NMC" keeps its body, which is the name).

English only: a line in another language is returned as written (trimmed). A rule of this project.
"""

from __future__ import annotations

import re

from core.analysis.job_duties import gerund

# the candidate and a modal before what is asked: "Candidates must", "The successful applicant will", "You should"
_WHO_RE = re.compile(r"^(?:(?:the\s+)?(?:successful\s+|ideal\s+)?(?:candidates?|applicants?|you)\s+"
                     r"(?=(?:currently\s+|also\s+)?(?:must|should|will|shall|need|needs|hold|holds|have|has|possess|"
                     r"possesses|are|is|be)\b))?"
                     r"(?:(?:currently|also)\s+)?(?:(?:must|should|will|shall|to)\s+(?:also\s+)?"
                     # a modal only before what this module says as the thing: "Must be capable of …" is the job
                     # reader's to read (core.analysis.job._FLUFF_PREFIX)
                     r"(?=(?:currently\s+)?(?:hold|holds|have|has|possess|need|needs|obtain|maintain|keep|carry|"
                     r"be\s+(?:currently\s+)?(?:registered|certified|licensed)|be\s+(?:a\s+)?graduate|able|ability)\b))?"
                     r"(?:(?:need|needs|required)\s+to\s+)?(?:currently\s+)?", re.IGNORECASE)
_HOLD = r"(?:hold|holds|holding|have|has|having|possess|possesses|possessing|obtain|obtains|obtaining|maintain|" \
        r"maintains|maintaining|keep|keeps|carry|carries|need|needs)"
# a verb of holding, or two joined ("obtains and maintains"), then "required" said of the thing ("required certifications")
_HOLD_RE = re.compile(rf"^{_HOLD}(?:\s+(?:and|or|/)\s+{_HOLD})?\s+(?:(?:the\s+)?required\s+)?", re.IGNORECASE)
# "be registered with", "is certified in", "licensed as": the noun of the state
_STATE_RE = re.compile(r"^(?:(?:be|is|are|being)\s+)?(?:currently\s+)?(registered|certified|licensed)\s+(?=(?:with|in|by|as|to|for)\b)",
                       re.IGNORECASE)
_STATE_NOUN = {"registered": "registration", "certified": "certification", "licensed": "licensure"}
# "ability to lift", "able to work": the act, said as a gerund
_ABLE_RE = re.compile(r"^(?:(?:be|is|are)\s+)?(?:the\s+)?(?:proven\s+|demonstrated\s+|demonstrable\s+)?"
                      r"(?:ability|able|capability|capable)\s+to\s+([a-z]+)\b", re.IGNORECASE)
# "experience with Salesforce", "experience in ICU", never before an article ("experience in a similar role")
_EXPERIENCE_RE = re.compile(r"^(?:(?:proven|strong|solid|good|excellent|demonstrable|demonstrated|hands-on|extensive|"
                            r"previous|prior|some)\s+)*(?:experience|expertise|proficiency|familiarity)\s+"
                            r"(?:with|in|using|of)\s+(?!(?:a|an|the)\b)", re.IGNORECASE)
_DUTY_HOLD_RE = re.compile(r"^(?:obtain|obtains|obtaining|maintain|maintains|maintaining|keep|keeps|carry|carries|"
                           r"have|has|having)\b",
                           re.IGNORECASE)
_CREDENTIAL_WORD_RE = re.compile(r"\b(?:licen[cs]\w*|certif\w*|registration|accreditation|card|permit|clearance|"
                                 r"credentials?|competenc\w*)\b", re.IGNORECASE)
# the graduate's line: "Graduate from an accredited nursing program" -> "graduation from …"
_GRADUATE_RE = re.compile(r"^(?:be\s+(?:a\s+)?)?graduate(?:d)?\s+(?=(?:of|from)\b)", re.IGNORECASE)
# the weight the ad gives, at the end: "is required", "(preferred)", "strongly preferred", "a plus", "is essential"
_WEIGHT_RE = re.compile(r"\s*[,;:-]?\s*\(?\s*(?:(?:is|are|would be|will be)\s+)?(?:(?:strongly|highly|very)\s+)?"
                        r"(?:required|preferred|essential|desirable|desired|mandatory|advantageous|"
                        r"(?:a\s+)?(?:must|plus|bonus)|an\s+(?:asset|advantage)|nice\s+to\s+have|ideal)\s*\)?\s*[.!;:]*$",
                        re.IGNORECASE)
# a condition after the thing: "if in a Nurse Licensure Compact (NLC) state", "where applicable", "within 30 days of
# hire", "upon hire", "prior to start", "as required"
_CONDITION_RE = re.compile(
    r"\s*,?\s+(?:if\s+\w.*|(?:where|when|as)\s+(?:applicable|required|needed|necessary|relevant|appropriate)\b.*|"
    r"within\s+\d+\s+(?:days?|weeks?|months?|years?)\b.*|or\s+(?:be\s+)?(?:willing|able|prepared)\s+to\b.*|(?:upon|on|at\s+time\s+of|prior\s+to|before)\s+"
    r"(?:hire|hiring|start|starting|employment|appointment)\b.*)$", re.IGNORECASE)
# a licence named by its own words before the body that issues it: "RN license with the State Board of Nursing"
_ISSUER_RE = re.compile(r"\b((?:[\w'’-]+\s+){0,3}?(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z]{2,})\s+(?:[\w-]+\s+)?"
                        r"(?:licen[cs]e|licensure|registration|certification|certificate|card))\s+"
                        r"(?:with|from|issued\s+by|by|through)\s+(?:the\s+|a\s+|an\s+)?[A-Z].*$")


# a bullet before the line, not Markdown's bold ("**Kafka**" stays whole: it is shown escaped, as written)
_BULLET_RE = re.compile(r"^\s*(?:[-–—•·]\s*|\*(?!\*)\s*)+")


def requirement_name(line: str, acts: bool = True) -> str:
    """The thing requirement ``line`` (one line or phrase of a job ad, any case) asks for, as a noun phrase (see the
    module docstring): "Currently holds an unencumbered RN license with the State Board of Nursing" -> "an
    unencumbered RN license"; "" for an empty line. A line it cannot reduce is returned trimmed, as written.
    ``acts`` False leaves an ability's frame ("Ability to lift 50 pounds") to the caller (the job reader keeps the
    verb, :func:`core.analysis.job._clean_phrase`)."""
    text = _BULLET_RE.sub("", line or "").strip().rstrip(" .;:!")
    if not text:
        return ""
    before = None
    while before != text:  # weight and condition in either order: "… if applicable (preferred)"
        before = text
        text = _WEIGHT_RE.sub("", text).strip()
        text = _CONDITION_RE.sub("", text).strip().rstrip(" ,;:")
    text = _lead_dropped(text, acts)
    if issued := _ISSUER_RE.search(text):
        text = text[: issued.start()] + issued.group(1)
    return text.strip(" ,;:") or (line or "").strip()


def _lead_dropped(text: str, acts: bool = True) -> str:
    """``text`` without the words before the thing it names (the candidate, a modal, a verb of holding, an ability's
    frame), the state of being registered said as its noun."""
    rest = _WHO_RE.sub("", text, count=1)
    modal = rest != text  # "Must have …": the verb after a modal is the holding one whatever it holds
    held = _HOLD_RE.match(rest)
    # "maintain", "keep", "obtain" are also duties' verbs ("Maintain a safe work environment"): a verb of holding only
    # before a credential ("Obtains and maintains required … certifications")
    if held and (modal or not _DUTY_HOLD_RE.match(rest) or _CREDENTIAL_WORD_RE.search(rest[held.end():])):
        rest = rest[held.end():]
    if state := _STATE_RE.match(rest):
        return _STATE_NOUN[state.group(1).lower()] + " " + rest[state.end():]
    if (able := _ABLE_RE.match(rest)) and acts:
        verb, after = able.group(1), rest[able.end():]
        if verb.lower().endswith("ly") and (next_word := re.match(r"\s+([a-z]+)\b", after)):  # "independently build"
            return f"{verb} {gerund(next_word.group(1))}{after[next_word.end():]}"
        return gerund(verb) + after
    if graduate := _GRADUATE_RE.match(rest):
        return ("Graduation " if rest[:1].isupper() else "graduation ") + rest[graduate.end():]
    rest = _EXPERIENCE_RE.sub("", rest, count=1)
    if len(rest.split()) < 1:
        return text
    # a capital the line opened with, on a plain word now mid-phrase: "Possess multistate" -> "multistate"
    return rest if rest == text else _lower_first(rest)


def _lower_first(text: str) -> str:
    """``text`` with its first word in lower case when it is a plain word ("An unencumbered", "Valid"), never an
    acronym or a name written with capitals inside ("RN", "Salesforce" stays: a word of one capital only lowers)."""
    first = text.split()[0]
    if first[:1].isupper() and first[1:].islower() and first.lower() in _PLAIN_FIRST:
        return first.lower() + text[len(first):]
    return text


# plain words that open a requirement's name and read in lower case mid-sentence
_PLAIN_FIRST = frozenset({"a", "an", "the", "valid", "current", "active", "full", "unencumbered", "clean", "enhanced",
                          "relevant", "recognised", "recognized", "multistate", "registration", "certification",
                          "licensure", "required", "department", "professional", "strong", "good", "excellent"})


def requirement_condition(line: str) -> str:
    """The condition requirement ``line`` puts on what it asks (:data:`_CONDITION_RE`: "if in a Nurse Licensure
    Compact state", "where applicable"), its bracketed initials dropped, without its weight; "" when it puts none."""
    text = _WEIGHT_RE.sub("", _BULLET_RE.sub("", line or "").strip().rstrip(" .;:!")).strip()
    found = _CONDITION_RE.search(text)
    if not found:
        return ""
    said = re.sub(r"\s*\([A-Z]{2,8}\)", "", found.group(0)).strip(" ,;:")
    return re.sub(r"\s+", " ", said)
