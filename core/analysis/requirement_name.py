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
- an allowance the ad makes ("or must be eligible and committed to obtaining within 12 months", "or be CPA-eligible",
  "or working towards it"): :func:`requirement_allowance` says it, the name never holds it;
- the body that issues a licence the name already identifies ("an unencumbered RN license with the State Board of
  Nursing" -> "an unencumbered RN license"; "registration with the NMC" keeps its body, which is the name).

English only: a line in another language is returned as written (trimmed); :func:`english_name` gives such a line's
English name where ``data/concept_terms.json`` has one ("Intensiv- oder Beatmungspflege" -> "intensive care or
ventilation nursing"), so an interview held in English names it in English (session 27 re-check, F2).

:func:`requirement_kind` tells what the named thing is (:data:`REQUIREMENT_KINDS`): a skill, a practice, a
qualification, a licence, a trait or a duty; the kind decides how a question asks it (a qualification: where and when
one qualified, never "an example from your work"; a duty is the job's work, not a requirement). A rule of this project.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from core.analysis.job_duties import command_verb, gerund, is_duty_gerund
from core.analysis.job_traits import trait_adjective, trait_word

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
# an allowance after the thing: "or must be eligible and committed to obtaining within 12 months", "or be CPA-eligible",
# "or eligibility to sit for it", "or working towards it", "or willing to obtain it"; "required" may stand before it
_ALLOWANCE_RE = re.compile(
    r"\s*,?\s+(?:(?:is|are)\s+)?(?:required\s+|preferred\s+|essential\s+)?(?:or|/)\s+(?:(?:must|should|will)\s+)?(?:be\s+)?"
    r"(?:(?:[\w/]+-)?eligib(?:le|ility)\b|(?:currently\s+)?working\s+towards?\b|studying\s+(?:for|towards?)\b|"
    r"(?:willing|committed)\s+to\s+(?:obtain|gain|get|work\s+towards?|study)\b).*$", re.IGNORECASE)
_ELIGIBLE_RE = re.compile(r"eligib", re.IGNORECASE)


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
        text = _ALLOWANCE_RE.sub("", text).strip().rstrip(" ,;:")
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


def requirement_allowance(line: str) -> str:
    """The allowance requirement ``line`` makes in place of what it asks (:data:`_ALLOWANCE_RE`), as a question says
    it after the name in brackets: "eligibility to sit for it" for "CPA certification required or must be eligible
    and committed to obtaining within 12 months" (or "… or be CPA-eligible"), "working towards it" for "… or working
    towards it" and "… or willing to obtain it"; "" when it makes none."""
    text = _BULLET_RE.sub("", line or "").strip().rstrip(" .;:!")
    found = _ALLOWANCE_RE.search(text)
    if not found:
        return ""
    return "eligibility to sit for it" if _ELIGIBLE_RE.search(found.group(0)) else "working towards it"


def requirement_condition(line: str) -> str:
    """The condition requirement ``line`` puts on what it asks (:data:`_CONDITION_RE`: "if in a Nurse Licensure
    Compact state", "where applicable"), its bracketed initials dropped, without its weight; "" when it puts none."""
    text = _WEIGHT_RE.sub("", _BULLET_RE.sub("", line or "").strip().rstrip(" .;:!")).strip()
    found = _CONDITION_RE.search(text)
    if not found:
        return ""
    said = re.sub(r"\s*\([A-Z]{2,8}\)", "", found.group(0)).strip(" ,;:")
    return re.sub(r"\s+", " ", said)


REQUIREMENT_KINDS = ("skill", "practice", "qualification", "licence", "trait", "duty")

# a licence, registration or certification held (any of the ad languages): a register's own word, a card, a permit, a
# check, a licensed title's letters (CPA, RN)
_LICENCE_RE = re.compile(
    r"(?<![\w-])(?:licen[cs]e[ds]?|licensure|licen[cs]ing|registration|registered\s+(?:with|as|in)|certification|"
    r"certified|certificates?|accreditation|accredited\s+as|permit|(?-i:[A-Z]{2,})\s+card|clearance|(?:DBS|background|police)\s+check|"
    r"(?-i:CPA|RN|LPN|CSCS|SIA|CDL|HGV|PIN)|"
    r"Führerschein|Fuehrerschein|Staplerschein|Zulassung|Approbation|Erlaubnis|Zertifi\w*|Lizenz|"
    r"permis|habilitation|agrément|carte\s+professionnelle|(?-i:CACES)|carn[eé]|colegiad[oa]|colegiación|"
    r"certificad[oa]|licencia|habilitación)(?![\w-])", re.IGNORECASE)
# a qualification earned once by study or training (any of the ad languages): a degree, a diploma, a completed training
_QUALIFICATION_RE = re.compile(
    r"(?<![\w-])(?:degree|diploma|bachelor'?s?|master'?s?|BSc|MSc|BA|MA|BEd|MEd|BEng|MEng|MBA|PhD|MPharm|LLB|LLM|"
    r"PGCE|NVQ|SVQ|BTEC|HND|HNC|GCSEs?|A[- ]levels?|apprenticeship|(?:fully|part)[- ]qualified|qualified\s+(?:as|in|to)|"
    r"qualification|graduat\w*|"
    r"training\s+as\s+an?|"
    r"\w*[Aa]usbildung|Studium|Studienabschluss|Hochschulabschluss|Abschluss|examiniert\w*|staatlich\s+anerkannt\w*|"
    r"Meister\w*|Fachwirt\w*|Bachelor|Diplom\w*|"
    r"diplôme|diplômée?|BTS|DUT|Bac\s*\+\s*\d|licence\s+professionnelle|CAP|titulaire|"
    r"título|titulación|titulad[oa]|grado\s+en|licenciatura|diplomatura|formación\s+profesional|ciclo\s+formativo|"
    r"técnico\s+superior)(?![\w-])", re.IGNORECASE)
# a degree named by its letters is only one in capitals ("BA", never the word "ba"); other words in any case
_LETTERS = frozenset({"BSc", "MSc", "BA", "MA", "BEd", "MEd", "BEng", "MEng", "MBA", "PhD", "MPharm", "LLB", "LLM", "PGCE",
                      "NVQ", "SVQ", "BTEC", "HND", "HNC", "BTS", "DUT", "CAP", "GCSE", "GCSEs"})
_LETTERS_LOWER = frozenset(w.lower() for w in _LETTERS)
# a frame that makes what follows a skill one brings: "Ability to", "Experience with", "Knowledge of", "Proficiency in"
_SKILL_FRAME_RE = re.compile(
    r"^(?:(?:proven|strong|solid|good|excellent|sound|working|demonstrable|demonstrated|hands-on|extensive|previous|"
    r"prior|some|basic|advanced|fluent|very\s+good|sehr\s+gute|gute|fundierte|erste|bonne|excellente|buen[oa]s?)\s+)*"
    r"(?:ability|able|capable|capability|experience|experienced|expertise|proficiency|proficient|familiarity|familiar|"
    r"knowledge|understanding|skills?|command|grasp|fluency|Kenntnisse\w*|Erfahrung\w*|Vorkenntnisse|Fähigkeit\w*|"
    r"connaissances?|maîtrise|expérience|conocimientos?|experiencia|dominio|manejo)\b", re.IGNORECASE)
# a duty's verbs the duties' lists call generic, and what an ad writes them as: "Support the team", "Assist with SEC
# reporting", "Help guests", "Ensure compliance"
_DUTY_OPENING_RE = re.compile(
    r"^(?:support|supports|supporting|assist|assists|assisting|help|helps|helping|ensure|ensures|ensuring|provide|"
    r"provides|providing|contribute|contributes|contributing|participate|participates|participating|take|takes|"
    r"taking|follow|follows|following|perform|performs|performing|carry\s+out|carrying\s+out|respond|responds|"
    r"responding|keep|keeps|keeping|work\s+with|working\s+with|"
    r"Übernahme|Durchführung|Unterstützung|Mitarbeit|Mitwirkung|Betreuung\s+von|Kommunikation\s+mit|"
    r"participer|participation|assurer|réaliser|accueillir|accueil\s+des|"
    r"apoyar|apoyo\s+a|realizar|atender|atención\s+a)\b", re.IGNORECASE)


# a skill named by what ends it: "closing skills", "teaching experience", "Excel knowledge"
_SKILL_END_RE = re.compile(r"\b(?:skills?|experience|knowledge|abilit(?:y|ies)|techniques?|expertise|proficiency)$",
                           re.IGNORECASE)
# a personal quality named by what ends it: "a caring and empathetic attitude", "a can-do mindset"
_TRAIT_END_RE = re.compile(r"\b(?:attitude|mindset|personality|disposition)$", re.IGNORECASE)
# what a generic duty verb takes as its object: "support the team", "assist with SEC reporting", "help guests"
_OBJECT_RE = re.compile(r"\s+(?:the|a|an|our|all|other|their|its|with|in|to|on|and|customers|guests|patients|"
                        r"clients|colleagues|staff|students|pupils|residents|children|users)\b", re.IGNORECASE)
# gerunds that name a field more often than a duty: "building control systems", "training in …", "engineering drawings"
_NOUN_GERUNDS = frozenset({"building", "training", "engineering", "marketing", "planning", "nursing", "accounting",
                           "manufacturing", "housing", "learning", "programming", "computing", "banking", "catering",
                           "cleaning", "lighting", "plumbing", "wiring", "wellbeing", "safeguarding", "onboarding",
                           "offboarding", "bookkeeping", "scheduling", "forecasting", "budgeting", "purchasing",
                           "recruiting", "consulting", "editing", "testing", "modelling", "modeling", "reporting"})


def requirement_kind(line: str) -> str:
    """What requirement ``line`` (a job's line or its name, any of the ad languages) asks for, one of
    :data:`REQUIREMENT_KINDS`:

    - ``"licence"``: a licence, registration or certification held ("Currently holds an unencumbered RN license",
      "CPA certification required or must be eligible…", "Führerschein Klasse B", "Permis B exigé");
    - ``"qualification"``: a degree, diploma or completed training ("Bachelor's degree in Accounting",
      "abgeschlossene Berufsausbildung zur examinierten Pflegefachkraft", "Diplôme d'État d'infirmier");
    - ``"trait"``: a personal quality ("Attention to detail", "Teamfähigkeit", "highly organised");
    - ``"duty"``: the job's own work, a command or its gerund ("Serve food and drinks to guests", "serving food",
      "Support the team", "Grund- und Behandlungspflege der Patienten" is a practice, "Übernahme von … Maßnahmen" a
      duty): the job's work, never a requirement the candidate brings;
    - ``"skill"``: something one can do or use, framed as one ("Ability to lift 50 pounds", "Experience with
      Salesforce", "Knowledge of US GAAP") or a name ("Python", "SAP EWM");
    - ``"practice"``: an area of work named by a noun ("stakeholder management", "food and beverage service",
      "Intensivpflege").

    A licence's word before a qualification's ("degree and current registration": ``"licence"``); a line with a
    skill's frame is a skill, whatever its verb ("Ability to support customers")."""
    text = _BULLET_RE.sub("", line or "").strip().rstrip(" .;:!")
    if not text:
        return "practice"
    bare = _ALLOWANCE_RE.sub("", _WEIGHT_RE.sub("", text)).strip() or text
    if _LICENCE_RE.search(bare) and not re.search(r"(?i)\b(?:knowledge|understanding|awareness)\s+of\b", bare):
        return "licence"
    if any(m.group(0) in _LETTERS or m.group(0).lower() not in _LETTERS_LOWER
           for m in _QUALIFICATION_RE.finditer(bare)):
        return "qualification"
    if trait_adjective(bare) or trait_word(bare) or _trait_noun(bare):
        return "trait"
    lead = _WHO_RE.sub("", bare, count=1)
    if _TRAIT_END_RE.search(lead):  # "Caring and empathetic attitude"
        return "trait"
    if _SKILL_FRAME_RE.match(lead) or _SKILL_END_RE.search(lead):  # "Knowledge of US GAAP", "closing skills"
        return "skill"
    words = lead.split()
    first = (words or [""])[0]
    generic = _DUTY_OPENING_RE.match(lead)  # "support the team"; "support lifecycle" is a noun's compound
    if (generic and (first[:1].isupper() or _OBJECT_RE.match(lead[generic.end():]) or not re.match(r"[a-z]", first)))\
            or (command_verb(first) and len(words) >= 2) \
            or (is_duty_gerund(first) and len(words) >= 2 and first.lower() not in _NOUN_GERUNDS
                and not words[1][:1].isupper()):
        return "duty"
    if re.search(r"[A-Z]{2,}|[a-z][A-Z]", lead) or (first[:1].isupper() and len(lead.split()) == 1
                                                     and not re.search(r"(?:ing|ment|tion|ance|ence|ship|ity|ics)$",
                                                                       first)):
        return "skill"  # a name or an acronym: "Python", "SAP EWM", "US GAAP"
    return "practice"


def _trait_noun(text: str) -> bool:
    """Whether ``text`` is one of ``data/concept_terms.json``'s traits, after words of degree ("Excellent attention
    to detail", "Teamfähigkeit", "Freude am Umgang mit Menschen")."""
    low = re.sub(r"^(?:(?:an?|very|good|great|strong|excellent|high|real|genuine|natural|sehr|gute?|hohe?|"
                 r"ausgeprägte?|excellente?|bonne|grande?|buena?|gran|alta|excelente)\s+)+", "", text.strip().lower())
    return low in _concept_data()[1]


_CONCEPTS_PATH = Path(__file__).resolve().parents[2] / "data" / "concept_terms.json"


@lru_cache(maxsize=1)
def _concept_data() -> tuple[tuple[tuple[str, dict[str, str], frozenset[str]], ...], frozenset[str], frozenset[str]]:
    """(each concept as (English name, its English names by ask where an ask has its own, its asks), the traits, the
    names of the concepts that are a qualification's title, "recognition": "registered nurse"), asks and traits lower
    case, from ``data/concept_terms.json``."""
    raw = json.loads(_CONCEPTS_PATH.read_text(encoding="utf-8"))
    concepts = tuple((c["concept"], {k.lower(): v for k, v in c.get("english", {}).items()},
                      frozenset(a.lower() for a in c["asks"])) for c in raw["concepts"])
    titles = frozenset(c["concept"] for c in raw["concepts"] if c.get("recognition"))
    return concepts, frozenset(t.lower() for t in raw.get("traits", [])), titles


# the frame before a foreign line's subject: "Vorkenntnisse im Bereich der", "Erfahrung in der", "expérience en"
_FOREIGN_FRAME_RE = re.compile(
    r"^(?:(?:erste|gute|sehr\s+gute|fundierte|mehrjährige)\s+)*(?:(?:Vor)?[Kk]enntnisse(?:n)?|Erfahrung(?:en)?)\s+"
    r"(?:(?:im|in\s+der|in\s+den|in|mit|der|des)\s+)?(?:Bereich(?:en)?\s+(?:der|des|von)?\s*)?|"
    r"^(?:une\s+)?(?:(?:première|bonne|solide)\s+)?(?:expérience|connaissances?)\s+(?:en|de|du|des|dans\s+(?:le|la|les))\s+|"
    r"^(?:experiencia|conocimientos?)\s+(?:en|de|del|con)\s+", re.IGNORECASE)
# what closes a German or French line without naming anything: "der Patienten", "usw", "etc."
_FOREIGN_TAIL_RE = re.compile(r"\s+(?:(?:der|des|von|du|des)\s+\w+|usw\.?|etc\.?|u\.\s?a\.?)$", re.IGNORECASE)
# the weight a German, French or Spanish ad gives, at the end: "sind wünschenswert", "exigé", "imprescindible"
_FOREIGN_WEIGHT_RE = re.compile(
    r"\s*[,;:-]?\s*(?:(?:sind|ist|wäre|wären|est|sont|es|son)\s+)?(?:(?:zwingend|absolument|très)\s+)?"
    r"(?:wünschenswert|von\s+Vorteil|erwünscht|erforderlich|vorausgesetzt|Voraussetzung|Pflicht|"
    r"(?:appréci|souhait|exig|requis)\w*|obligatoire|indispensable|un\s+plus|"
    r"deseable|imprescindible|valorable|requerid\w*|obligatori\w*)\s*[.!]*$", re.IGNORECASE)
# a completed training before the title it leads to: "Berufsausbildung zur examinierten Pflegefachkraft"
_TRAINING_RE = re.compile(r"^(?:abgeschlossene[nr]?\s+)?(?:Berufs)?[Aa]usbildung\s+(?:zur|zum|als)\s+(?P<title>.+)$|"
                          r"^(?:formation|diplôme)\s+(?:d['’]|de\s+)(?P<title2>.+)$|"
                          r"^(?:formación|título)\s+(?:de|como)\s+(?P<title3>.+)$", re.IGNORECASE)
_JOIN_WORDS = {"oder": "or", "und": "and", "bzw": "or", "ou": "or", "et": "and", "o": "or", "y": "and", "or": "or",
               "and": "and"}


def english_name(line: str) -> str:
    """The English name of a requirement ``line`` written in German, French or Spanish, from the concepts of
    ``data/concept_terms.json`` (a concept's ``english`` names an ask by its own English words): "Intensiv- oder
    Beatmungspflege" -> "intensive care or ventilation nursing" (German's shared ending "Intensiv-" read whole),
    "Vorkenntnisse im Bereich der Intensivpflege" -> "intensive care nursing", "Berufsausbildung zur examinierten
    Pflegefachkraft" -> "completed training as a registered nurse"; "" when a part of it names no concept (it is then
    asked without being put mid-sentence)."""
    text = _FOREIGN_WEIGHT_RE.sub("", _WEIGHT_RE.sub("", requirement_name(line)).strip()).strip()
    if not text:
        return ""
    if training := _TRAINING_RE.match(text):
        title = _concept_english(training.group("title") or "")
        if title:  # a German training that leads to the title
            return f"completed training as {'an' if title[:1] in 'aeiou' else 'a'} {title}"
        title = training.group("title2") or training.group("title3") or ""
        text = title if _concept_english(title) else text
    if (whole := _concept_english(text)) and (whole in _concept_data()[2] or _TRAINING_RE.match(requirement_name(line))):
        return f"a qualification as {'an' if whole[:1] in 'aeiou' else 'a'} {whole}"  # "Diplôme d'État d'infirmier"
    text = _FOREIGN_FRAME_RE.sub("", text, count=1).strip() or text
    if not _concept_english(text):
        text = _FOREIGN_TAIL_RE.sub("", text).strip() or text
    if whole := _concept_english(text):
        return whole
    parts = re.split(r"\s*(?:,|\b(?:oder|und|bzw\.?|ou|et|o|y)\b)\s*", text)
    joins = re.findall(r"\b(oder|und|bzw|ou|et|o|y)\b", text)
    parts = [p.strip() for p in parts if p.strip()]
    if not parts:
        return ""
    named = []
    for i, part in enumerate(parts):
        if part.endswith("-") and i + 1 < len(parts):  # "Intensiv-" of "Intensiv- oder Beatmungspflege"
            part = _suspended(part[:-1], parts[i + 1])
        english = _concept_english(part)
        if not english:
            return ""
        named.append(english)
    join = _JOIN_WORDS.get(joins[-1].lower(), "and") if joins else "and"
    return _shared_head(named, join)


def _suspended(head: str, whole: str) -> str:
    """German's first word of a pair that shares the second's ending ("Intensiv-" of "Intensiv- oder
    Beatmungspflege"): the head with the longest ending of ``whole`` that makes an ask of a concept
    ("Intensivpflege"), else the head alone."""
    asks = {a for _n, _e, concept_asks in _concept_data()[0] for a in concept_asks}
    for cut in range(1, len(whole) - 3):
        candidate = head + whole[cut:].lower()
        if candidate.lower() in asks:
            return candidate
    return head


def _concept_english(part: str) -> str:
    """The English name of a concept one of whose asks ``part`` is, whole (any case, the ask's inflections of a word's
    end: "examinierten Pflegefachkraft"); "" when it is none."""
    low = " ".join(part.lower().split()).strip(" .,;:")
    for name, english, asks in _concept_data()[0]:
        if low in asks:
            return english.get(low, name)
    return ""


def _shared_head(names: list[str], join: str) -> str:
    """English names joined, a shared last word said once: ["intensive care nursing", "ventilation nursing"] ->
    "intensive care or ventilation nursing"."""
    unique = list(dict.fromkeys(names))
    if len(unique) == 1:
        return unique[0]
    last = {n.split()[-1] for n in unique}
    if len(last) == 1 and all(len(n.split()) > 1 for n in unique):
        head = unique[0].split()[-1]
        unique = [" ".join(n.split()[:-1]) for n in unique]
        return f"{', '.join(unique[:-1])} {join} {unique[-1]} {head}"
    return f"{', '.join(unique[:-1])} {join} {unique[-1]}"
