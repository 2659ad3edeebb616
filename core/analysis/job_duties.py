"""Duties of a job that are competences to probe: "Take charge of resus on a rotating basis" -> "taking charge
of resus", "Build positive relationships with parents" -> "building positive relationships with parents",
"(someone who) escalates early when a patient deteriorates" -> "escalating early when a patient deteriorates".

:func:`duty_phrases` reads each verb clause of a duty line or sentence: a verb of work (:data:`_VERBS`) and the
object it acts on, up to the first adjunct ("on a rotating basis", "for commercial leaders", "when the
manager ..."), said as a gerund so it reads as a competence mid-sentence ("taking charge of resus matters in
this role"). A clause whose verb says nothing of the work ("ensure", "help", "attend", "work with") or whose
object is generic ("the team", "tasks", "stakeholders") gives none.

Pure functions over text; nothing here can fail on odd input (an empty list instead).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from core.analysis.job_phrase_ends import inside, listed_words, modifier_lists

logger = logging.getLogger(__name__)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs of work whose object names a competence (base forms; British and American spellings).
_VERBS = _words("""
maintain build take coordinate teach escalate communicate stay manage lead plan deliver develop design analyse
analyze explain improve prepare monitor assess review run negotiate close prospect generate forecast present write
create implement train mentor coach supervise oversee handle resolve investigate audit reconcile process administer
organise organize schedule track produce conduct drive own identify evaluate test troubleshoot diagnose install
repair inspect operate record document respond advise promote sell recruit onboard engage liaise establish define
measure optimise optimize automate deploy configure debug research interview care deal serve cook greet safeguard
protect calculate draft edit publish curate translate moderate facilitate influence secure recommend set remain
prioritise prioritize delegate motivate inspire nurture assess administer dispense prescribe triage treat
""")
# Verbs that say nothing of the work by themselves.
_GENERIC_VERBS = _words("""
ensure keep follow comply contribute participate attend work help provide use be have make do assist support
perform undertake carry complete report get give share join go want need like love enjoy
""")
# Objects that name no competence on their own.
_GENERIC_OBJECTS = _words("""
team teams tasks task duties work others colleagues stakeholders meetings projects project things people role
needs requirements activities responsibilities issues time it them this that all any other everything steps next
actions updates information lessons learned outcomes results progress notes details matters queries ideas
data datasets dataset large reports documents emails calls records files patterns trends
""")
_DETERMINERS = _words("the a an our your their its his her this these those own all any")
# Where the object ends and an adjunct begins ("on a rotating basis", "for leaders", "when ...").
_ADJUNCT = _words("""
on in at across for to when while through using within during from by as so such including where which who that
against via under into throughout alongside per around whenever if and or but before after between among each every
""")
_SUBJECT_RE = re.compile(r"^(?:you(?:'ll| will)?|we(?:'ll| will)?|will|to|and|also|(?:\w+ )?who|then|responsible for)\s+",
                         re.IGNORECASE)
_CLAUSE_SPLIT_RE = re.compile(r"\s*[,;:]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+(?=\w+\b)", re.IGNORECASE)
_SEPARATOR_RE = re.compile(r"(\s*[,;:]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+(?=\w+\b))", re.IGNORECASE)


def _clauses(body: str) -> list[str]:
    """The verb clauses of a duty: split at a comma, semicolon, "and" or "or", but never right after a modifier whose
    noun comes after the "and" ("Drive cost-saving and efficiency initiatives" is one clause: :func:`dangling_modifier`)."""
    parts = _SEPARATOR_RE.split(body)
    out = [parts[0]]
    spans, at = modifier_lists(body), len(parts[0])  # "Dispense inpatient, outpatient and discharge prescriptions"
    for sep, part in zip(parts[1::2], parts[2::2], strict=True):
        first = (part.split() or [""])[0]
        at += len(sep) + len(part)
        if inside(spans, at - len(part) - len(sep) + 1) or (
                not re.search(r"[,;:]", sep) and out[-1].split() and _one_term(out[-1].split()[-1], sep.strip(), [first])):
            out[-1] = f"{out[-1]}{sep}{part}"  # "health and safety" is one term (:func:`_one_term`)
        elif re.search(r"[,;:]", sep) or _base(first) or not out[-1].split() or not shares_head(out[-1].split(), part.split()):
            out.append(part)
        else:
            out[-1] = f"{out[-1]}{sep}{part}"
    return out


def _base(word: str) -> str:
    """The base form of a verb as a job writes it in the third person ("escalates" -> "escalate")."""
    low = word.lower()
    if low in _VERBS or low in _GENERIC_VERBS:
        return low
    for cut in (re.sub(r"ies$", "y", low), re.sub(r"(?<=[sxzh])es$", "", low), re.sub(r"s$", "", low)):
        if cut != low and (cut in _VERBS or cut in _GENERIC_VERBS):
            return cut
    return ""


def imperative_duty(phrase: str) -> str | None:
    """A requirement phrase written as a command to do the work ("Run the front desk and answer calls": a verb of
    work in its base form, then a determiner, so never a noun such as "Design systems") as the duty it names,
    said as a gerund ("running the front desk"), or "" when the duty names nothing (:func:`duty_phrases`); None for
    any other phrase."""
    words = phrase.split()
    if len(words) < 3 or words[0].lower() not in _VERBS or words[1].lower() not in _DETERMINERS | {"our", "your"}:
        return None
    found = duty_phrases(phrase)
    return found[0] if found else ""


def is_verb(word: str) -> bool:
    """Whether ``word`` is a verb of the duties' lists in its base or third-person form ("perform", "does")."""
    return bool(_base(word))


# verbs of the list that a job also writes as nouns at a line's start ("Design patterns", "Project plan", "Care
# planning"): a line opening on one is never read as a command
_NOUN_TOO = _words("""
lead plan design review run close prospect forecast present train coach mentor monitor record document test process
audit schedule track research interview care deal set own drive respond produce draft edit influence secure
""")


def command_verb(word: str) -> bool:
    """Whether a line opening on ``word`` is written as a command ("Explain complex concepts to customers"): a verb
    of the duties' lists in its base form that a job does not also write as a noun there (:data:`_NOUN_TOO`)."""
    low = word.lower()
    return low in _VERBS and low not in _NOUN_TOO


def gerund(verb: str) -> str:
    """The -ing form of a verb of the duties' lists, base or third-person: "take" -> "taking", "runs" -> "running"."""
    return _gerund(_base(verb) or verb.lower())


def _gerund(verb: str) -> str:
    """"take" -> "taking", "run" -> "running", "stay" -> "staying", "set" -> "setting"."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if verb in {"run", "set", "plan", "get", "begin", "stop"}:
        return verb + verb[-1] + "ing"
    return verb + "ing"


# Nouns of people in the plural without an "s": a word in "-ing" after them is a participle ("staff working nights").
_PLURAL_PEOPLE = _words("staff people children personnel crew police")


def _modifier(words: list[str], i: int) -> bool:
    """Whether the word in "-ing" at ``i`` modifies the noun after it ("a creative testing framework", "our
    existing accounts", "an automated testing pipeline"): a content word follows it, and the word before it is
    no noun in the plural ("patients needing care", "staff working nights": a participle with its own object)."""
    after = words[i + 1].lower().strip(",.;:") if i + 1 < len(words) else ""
    before = words[i - 1].lower().strip(",.;:") if i else ""
    if not after or after in _ADJUNCT or after in _DETERMINERS or after.endswith("ly") or not after.isalpha():
        return False
    plural = re.search(r"[^su']s$", before) is not None or before in _PLURAL_PEOPLE
    return not plural


_BEFORE_A_NUMBER = frozenset({"about", "around", "approximately", "roughly", "nearly", "almost", "some", "over"})


# Units of time a duty may be repeated over ("quarter on quarter", "month over month", "year after year"): the object
# ends before them, never "forecasting quarter".
_TIME_NOUNS = _words("day week month quarter year term season shift")
_REPEAT_LINKS = _words("on over by after to in upon")


def _time_phrase(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` opens a repeated time phrase: "quarter on quarter", "week after week"."""
    low = words[i].lower().strip(",.;:")
    return (low in _TIME_NOUNS and i + 2 < len(words)
            and words[i + 1].lower() in _REPEAT_LINKS and words[i + 2].lower().strip(",.;:") == low)


# a word that modifies the noun after it and never ends a noun phrase: a hyphenated compound ("cost-saving",
# "customer-facing", "data-driven") or an adjective by its ending ("clinical", "operational", "strategic")
_MODIFIER_RE = re.compile(r"^(?:[a-z]+-[a-z-]+|[a-z]{3,}(?:al|ive|ic|ical|ous|ary|able|ible|ful|less))$", re.I)
_NOUNS_LIKE_MODIFIERS = frozenset({"proposal", "approval", "referral", "rental", "arrival", "renewal", "removal",
                                   "retrieval", "disposal", "trial", "manual", "journal", "portal", "capital",
                                   "hospital", "potential", "initiative", "executive", "objective", "incentive",
                                   "logistic", "clinic", "topic", "library", "salary", "summary", "dictionary",
                                   "boundary", "secretary", "inventory", "diary", "glossary", "itinerary"})


def dangling_modifier(word: str) -> bool:
    """Whether ``word`` is a modifier a phrase cannot end on (:data:`_MODIFIER_RE`): "Drive cost-saving | and
    efficiency initiatives" cut after "cost-saving" leaves it without its noun."""
    low = word.lower().strip(",.;:")
    return bool(_MODIFIER_RE.match(low)) and low not in _NOUNS_LIKE_MODIFIERS


def shares_head(before: list[str], after: list[str]) -> bool:
    """Whether an "and"/"or" between the words ``before`` and ``after`` joins two modifiers of one noun that comes
    after it: a modifier (:func:`dangling_modifier`: "cost-saving and efficiency initiatives"), or one word an
    article opens with the phrase ending two or three words on ("own the GCSE and A level results", "in a logistics
    or operational environment": session 21), the second no verb and no lower-case article."""
    if not before or not after:
        return False
    if dangling_modifier(before[-1]):
        return True
    first = after[0].strip(",.;:")
    return (len(before) >= 2 and before[-2].lower() in {"a", "an", "the"} and 2 <= len(after) <= 3
            and not any(w.islower() and w.strip(",.;:") in _DETERMINERS for w in after) and not _base(first))


def _joins_objects(words: list[str], i: int, taken: int) -> bool:
    """Whether the "and"/"or" at ``words[i]`` joins two modifiers of one noun ("cost-saving and efficiency
    initiatives"): the word before it is a modifier (:func:`dangling_modifier`), no verb of work follows, and the object
    ends (at the line's end or an adjunct) within six words in all."""
    rest = words[i + 1:]
    if not rest or _base(rest[0].strip(",.")) or (rest[0].islower() and rest[0] in _DETERMINERS):
        return False
    if not dangling_modifier(words[i - 1]) and not shares_head(words[:i], rest):
        return False
    end = next((k for k, w in enumerate(rest) if w.lower().strip(",.") in _ADJUNCT or w.endswith((",", "."))), len(rest))
    return taken + 1 + end + (1 if end < len(rest) and rest[end].endswith((",", ".")) else 0) <= 6


def _one_term(before: str, joiner: str, after: list[str]) -> bool:
    """Whether ``before`` ``joiner`` ``after[0]`` is one term the skills lexicon names whole ("health and safety",
    "learning and development"): never cut at its "and" (session 23b newcomer: "Manage health and safety, including
    MHE (forklift) safety" gave a row "managing health")."""
    from core.analysis.skills import find_skills  # the lexicon loads on first use

    if not after:
        return False
    phrase = f"{before} {joiner} {after[0]}".strip(",.;:")
    return any(h.start == 0 and h.end == len(phrase) for h in find_skills(phrase))


def _object(words: list[str]) -> list[str]:
    """The words a verb acts on, up to the first adjunct; "of"/"with" join a noun phrase ("standards of
    behaviour", "relationships with parents") but "with the team" is an adjunct; an adverb alone goes on into
    its clause ("early when a patient deteriorates")."""
    out: list[str] = []
    listed = listed_words(words)  # "inpatient, outpatient and discharge prescriptions": one object
    for i, word in enumerate(words):
        low = word.lower().strip("'’\"")
        if _time_phrase(words, i):
            break
        if low in {"and", "or"} and out and (i in listed or _joins_objects(words, i, len(out))
                                             or _one_term(words[i - 1], word, words[i + 1:i + 2])):
            out.append(word)  # "cost-saving and efficiency initiatives": one object, never cut at its "and"
            continue
        if low in _ADJUNCT:
            adverbs_only = out and all(w.lower().endswith("ly") or w.lower() in {"calm", "early", "late"} for w in out)
            if adverbs_only and low in {"when", "while", "whenever", "if"}:
                out += words[i: i + 6]
                break
            break
        if out and low.endswith("ing") and low not in {"training", "marketing", "nursing", "planning", "pricing",
                                                         "engineering", "accounting", "learning", "funding",
                                                         "briefing", "building", "booking", "housing", "wellbeing",
                                                         "catering", "banking"} \
                and not _modifier(words, i):
            break  # "patients arriving by ambulance": a participle starts an adjunct
        if low == "with" and (not out or i + 1 >= len(words) or words[i + 1].lower() in _DETERMINERS):
            break
        out.append(word)
        if len(out) >= 6:
            break
    # "a front office team of about [25]": the cut leaves no word that wants a number after it
    while out and (out[-1].lower() in _DETERMINERS | {"of", "with"} | _BEFORE_A_NUMBER
                   or (len(out) > 1 and out[-1].lower().endswith("ly"))):
        out.pop()
    return out


def _clause_phrase(clause: str) -> str | None:
    words = _SUBJECT_RE.sub("", clause.strip(" .!?")).split()
    while words and words[0].lower() in {"also", "then", "regularly", "actively", "effectively"}:
        words.pop(0)
    if len(words) < 2 or not re.fullmatch(r"[A-Za-z'-]+", words[0]):
        return None
    verb = _base(words[0])
    if not verb or verb in _GENERIC_VERBS:
        return None
    rest = words[1:]
    if verb == "take" and rest and rest[0].lower() in {"charge", "part", "ownership", "responsibility", "care"}:
        head, rest = [rest[0], *rest[1:2]], rest[2:]  # "take charge of resus": the object is after "of"
        obj = _object(rest)
        return f"taking {' '.join(head)} {' '.join(obj)}" if obj and head[-1].lower() in {"of", "in", "for"} else None
    obj = _object(rest)
    content = [w for w in obj if w.lower() not in _DETERMINERS and w.lower() not in {"of", "with"}]
    if not content or all(w.lower().strip(",.") in _GENERIC_OBJECTS for w in content):
        return None
    if obj and obj[0].lower() in {"our", "your", "their", "its"}:
        obj = obj[1:]
        obj = obj[1:] if obj and obj[0].lower() == "own" else obj
    phrase = " ".join([_gerund(verb), *obj])
    return phrase if 2 <= len(phrase.split()) <= 8 and not re.search(r"\d", phrase) else None


def duty_phrases(text: str, skip: Callable[[str], bool] = lambda clause: False) -> list[str]:
    """Each verb clause of a duty line or sentence as a competence phrase ("You will teach junior nurses and
    take part in audits" -> ["teaching junior nurses", "taking part in audits"]), but none from a clause
    ``skip`` says is read otherwise (one that names a known skill); [] when none names one."""
    body = re.sub(r"\([^)]*\)", "", text or "")
    if (practice := supported_practice(body)) and not skip(body):  # "Support the annual budget": budgeting
        return [practice]
    out: list[str] = []
    shared: list[str] = []  # work verbs alone in their clause, sharing the next clause's object ("Build and run X")
    for clause in _clauses(body):
        if not clause or not clause.strip() or skip(clause):
            shared = []
            continue
        if (lone := _lone_verb(clause)) is not None:
            shared = [*shared, lone] if lone else shared  # a generic verb ("support and deliver") adds nothing
            continue
        who = re.match(r"^(?:\S+\s+){0,4}?who\s+", clause.strip(), re.IGNORECASE)  # "We want someone who stays calm"
        phrase = _clause_phrase(clause) or (_clause_phrase(clause.strip()[who.end():]) if who else None)
        if phrase and shared:  # "building and running a creative testing framework": each verb is the duty
            verbs = [*(_gerund(v) for v in shared), phrase.split()[0]]
            phrase = " ".join([f"{', '.join(verbs[:-1])} and {verbs[-1]}", *phrase.split()[1:]])
        shared = []
        if phrase and phrase.lower() not in {p.lower() for p in out}:
            out.append(phrase)
    return out


# A verb that says only that the candidate takes part in the work its object names: "Support the annual budget".
_SUPPORT_RE = re.compile(r"^(?:support|assist|help|contribute|participate|be involved|get involved)(?:s|ing)?"
                         r"(?:\s+(?:with|in|to|on))?\s+", re.IGNORECASE)


def supported_practice(line: str) -> str:
    """The practice a duty names by its object when its verb only says the candidate takes part ("support",
    "assist with", "contribute to", "help with"): each coordinated noun of the object as the practice a hiring
    manager names, the lexicon's gerund of its head noun ("Support the annual budget and quarterly forecasts" ->
    "budgeting and forecasting"), else the noun phrase when the lexicon names a skill of a field in it ("credit
    control"); a part that names none (the team, the Head of Sales) is left out; "" when none is left or the verb
    is another ("Prepare the accounts" is a duty of its own, :func:`duty_phrases`)."""
    from core.analysis.skills import find_skills  # the lexicon loads on first use

    text = _SUBJECT_RE.sub("", re.sub(r"\([^)]*\)", "", line or "").strip(" .!?-•*"))
    verb = _SUPPORT_RE.match(text)
    if not verb:
        return ""
    if re.match(r"(?:and|or|&)\b", text[verb.end():], re.IGNORECASE):
        return ""  # "Support and mentor junior nurses": the verbs share an object, read by duty_phrases
    obj: list[str] = []
    for word in text[verb.end():].split():
        low = word.lower().strip(",;:")
        if low in _ADJUNCT - {"and", "or"} or low.isdigit():
            break
        obj.append(word)
    names: dict[str, str] = {}  # lexicon name -> the practice as said
    for part in re.split(r"\s*[,;]\s*|\s+(?:and|or|&)\s+", " ".join(obj)):
        words = [w for w in part.split() if w.lower() not in _DETERMINERS | {"of"}]
        if words and words[-1].lower() not in _GENERIC_OBJECTS and (found := _practice_in(words, find_skills)):
            names.setdefault(found[0], found[1])
    said = list(names.values())
    return " and ".join([", ".join(said[:-1]), said[-1]] if len(said) > 1 else said)


def _practice_in(words: list[str], find_skills: Callable) -> tuple[str, str] | None:
    """(lexicon name, the practice as said) of the longest run of ``words`` (a noun phrase) that names a skill of a
    field: a noun whose gerund is one ("budget" -> "budgeting", "forecasts" -> "forecasting"), else the run as
    written ("payroll" of "monthly payroll run", "credit control"); None when no run does."""
    for size in range(min(3, len(words)), 0, -1):
        for start in range(len(words) - size, -1, -1):
            run = " ".join(words[start: start + size]).lower()
            if not re.fullmatch(r"[a-z][a-z -]*", run):
                continue
            tries = [run]
            if size == 1 and not run.endswith("ing"):
                tries.insert(0, _gerund(run[:-1] if run.endswith("s") and not run.endswith("ss") else run))
            for said in tries:
                hits = [h for h in find_skills(said) if h.surface.lower() == said and h.family != "general"]
                if hits:
                    return hits[0].name, said
    return None


def _lone_verb(clause: str) -> str | None:
    """The base form of a clause that is a verb alone ("Build" of "Build and run X"): a verb of work, "" for a
    generic one ("support"); None when the clause is more than a verb."""
    words = _SUBJECT_RE.sub("", clause.strip(" .!?")).split()
    if len(words) != 1 or not re.fullmatch(r"[A-Za-z'-]+", words[0]):
        return None
    verb = _base(words[0])
    if not verb:
        return None
    return "" if verb in _GENERIC_VERBS else verb


def is_duty_gerund(word: str) -> bool:
    """Whether ``word`` is the gerund of a verb of work (:data:`_VERBS`): "coordinating", "owning", "driving";
    never a noun in "-ing" ("marketing", "nursing", "pricing")."""
    return word.lower() in _DUTY_GERUNDS


_DUTY_GERUNDS = frozenset(_gerund(verb) for verb in _VERBS)


# Verbs whose object is an outcome the job keeps or reaches, not a practice the candidate brings: "Ensure customer
# satisfaction", "safeguard pupils' health and safety", "follow established health and safety standards".
_OUTCOME_VERBS = _words("""
ensure keep maintain safeguard uphold protect follow comply adhere observe guarantee achieve maximise maximize
assurer assure assurez garantir garantit veiller veillez respecter respectez maintenir
asegurar asegura garantizar garantiza velar mantener mantiene cumplir
sicherstellen sicherstellung gewährleisten gewährleistung einhalten einhaltung
""")
# what opens a tool the duty is done with ("in Salesforce", "using Intercom"): the tool is the candidate's skill
_TOOL_LINKS = _words("in using via through with on into within dans avec sous sur en con mediante mit über per")
# a period a duty is done for or by ("prepare the accounts for month end"), not the practice of closing it
_PERIOD_RE = re.compile(r"^(?:month|quarter|year)[- ]?end$", re.IGNORECASE)
_TIME_LINKS = _words("for at by during before after until ahead")
# a named method, standard or credential stays a skill in any duty: "Follow HACCP", "COSHH", "safeguarding training"
_CREDENTIAL_AFTER_RE = re.compile(r"^\W*(?:training|certificate|certification|course|card|qualification|licen[cs]e|"
                                  r"level\s+\d)\b", re.IGNORECASE)
_SEGMENT_END_RE = re.compile(r"[.;:!?](?=\s+[A-Z(]|\s*$)|[\n•●▪*]|\s-\s")


def duty_outcome(text: str, start: int, end: int) -> bool:
    """Whether the term at ``text[start:end]`` (a lexicon skill's span) is what a duty keeps or reaches, or when it is
    done, not a skill the candidate must show: the object of an outcome verb (:data:`_OUTCOME_VERBS`: "Ensure customer
    satisfaction", "safeguard pupils' health and safety", "Ensure all systems are well functioning, e.g. management of
    Intercom") or a period after a verb of work ("prepare the accounts for month end"). Never a tool the duty is done
    with ("Maintain records in Salesforce"), an acronym ("Follow HACCP procedures", "comply with COSHH") or a
    credential ("safeguarding training"). Pure; False for a span outside any verb clause."""
    term = text[start:end]
    if re.fullmatch(r"[A-Z0-9&/-]{2,}", term) or _CREDENTIAL_AFTER_RE.match(text[end:end + 20]):
        return False
    opening = max((m.end() for m in _SEGMENT_END_RE.finditer(text, 0, start)), default=0)
    before = re.findall(r"[\w'’-]+|[,()]", text[opening:start])
    near = [w.lower() for w in before if w not in {",", "(", ")"} and w.lower() not in _DETERMINERS][-2:]
    if _tool_list(before):
        return False  # "in Salesforce", "using Intercom", "in Xero and Excel"
    words = [w.lower().strip("'’") for w in before if w not in {",", "(", ")"}]
    at = next((i for i in range(len(words) - 1, -1, -1) if _verb_form(words[i])  # "systems are working": a state
               and not (i and words[i - 1] in {"is", "are", "be", "been", "was", "were", "being"})), -1)
    if at < 0 or _ABILITY_RE.search(" ".join(words[max(0, at - 3):at])):
        return False  # "experience in maintaining … material-handling equipment": a practice the candidate brings
    verb = words[at]
    if _PERIOD_RE.match(term.strip()) and near and near[-1] in _TIME_LINKS:
        return True  # "for month end": when the work is done
    named = term[:1].isupper() and bool(words)  # a product named mid-sentence: "Maintain Excel spreadsheets"
    return _outcome_base(verb) in _STATE_VERBS or (bool(_outcome_base(verb)) and not named)


# outcome verbs whose object is a state the work reaches: all their clause is the outcome, products named in it too
# ("Ensure all systems are well functioning, e.g. Management of Intercom, PABX")
_STATE_VERBS = _words("""
ensure guarantee achieve maximise maximize assurer assure assurez garantir garantit veiller veillez asegurar asegura
garantizar garantiza velar sicherstellen sicherstellung gewährleisten gewährleistung
""")


def _tool_list(before: list[str]) -> bool:
    """Whether the words ``before`` a term end in a tool link and a list of names ("in Xero and", "using"): the term
    is a tool the duty is done with."""
    for word in reversed(before):
        low = word.lower()
        if low in _TOOL_LINKS:
            return True
        if not (low in {",", "and", "or", "&", "/"} | _DETERMINERS or word[:1].isupper()):
            return False
    return False


# what says the verb after it is a capability the candidate brings, not a duty of the job
_ABILITY_RE = re.compile(r"\b(?:experience|experienced|skills?|knowledge|ability|able|capable|proficien\w*|"
                         r"background|track record|understanding|familiar\w*)\b(?:\s+\w+){0,2}$", re.IGNORECASE)


def _verb_form(word: str) -> bool:
    """Whether ``word`` is a verb of the duties' lists or an outcome verb, as a command, in the third person or as a
    gerund ("repairing")."""
    cut = re.sub(r"ing$", "", word)
    return bool(_base(word) or _outcome_base(word)
                or (cut != word and (_base(cut) or _base(cut + "e") or _base(cut[:-1]))))


def _outcome_base(word: str) -> str:
    """The base form of an outcome verb (:data:`_OUTCOME_VERBS`) written as a command, in the third person or as a
    gerund ("ensures", "ensuring", "keeps"); "" for any other word."""
    low = word.lower()
    for cut in (low, re.sub(r"s$", "", low), re.sub(r"ing$", "", low), re.sub(r"ing$", "e", low)):
        if cut in _OUTCOME_VERBS:
            return cut
    return ""
