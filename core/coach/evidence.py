"""Evidence that is true: whether an answer or a CV shows a job requirement.

A requirement is evidenced by an answer only where the candidate says they have it or did it
(:func:`answer_evidence`): a sentence that mentions it (by name, a variant or an obvious synonym),
in a clause with the candidate as its subject ("I", "my", "we"), neither negated ("I don't hold",
"never", "not yet") nor a wish or plan ("I want to learn", "I would like to"). A sentence about
the company or the job ("Crunch sells analytics") is not evidence of the candidate. A described
piece of work counts as doing it: breathing rate 18 -> 28 and escalated is monitoring a patient.

:func:`cv_mentions` is the CV side: a term is present when it, a variant (CI/CD ~ "CI pipeline")
or its head word ("incident response" ~ "incidents") is there. On both sides a degree's abbreviation
reads as the degree ("BSN" shows "Bachelor's degree in nursing", :mod:`core.coach.degrees`). :func:`has_number` counts numbers
written as words ("two junior engineers", "six hours to eleven minutes").
"""

from __future__ import annotations

import re

from core.analysis.answer_terms import acronym_requirement, acronym_written
from core.analysis.cv_places import jurisdictions
from core.analysis.job import mentions
from core.analysis.job_years import years_asked
from core.analysis.lemmas import lemma
from core.analysis.levels import unclashed_parts
from core.analysis.licences import places_of as credential_places
from core.analysis.signals import NUMBER_ANY_RE
from core.analysis.skills import find_skills, instance_wordings, skill_kinds, suite_apps, whole_tool
from core.analysis.text import STOPWORDS, sentences, short_quote, stem, words
from core.coach.degrees import degree_requirement, degree_spans, shows_degree
from core.coach.evidence_about import addressed, continued_wish, learning_only, opinion_only, still_studying
from core.coach.evidence_credential import CREDENTIAL_RE, PENDING_RE, credential_held  # noqa: F401 (their home before)
from core.coach.evidence_own import TOKEN_RE, own_word_quote
from core.coach.evidence_platform import platforms_masked
from core.coach.evidence_short import own_short_use
from core.coach.evidence_study import own_degree, studied_only
from core.coach.evidence_synonyms import OTHER_SENSES, SYNONYMS
from core.coach.evidence_weight import announces, shown_weight
from core.coach.first_person import FOREIGN_NEGATION_RE, FOREIGN_WISH, first_person
from core.coach.fluency import fluency_asked, language_fluency
from core.coach.requirement_heads import head_missed, qualifier_missed
from core.coach.requirement_names import requirement_names
from core.coach.subject import term_stem
from core.coach.wishes import NEGATIONS, PLAN_FRAME, RELATIVE_WISH, WISHES, compiled, others_act

# A negation or a wish is no evidence, in the six languages (core.coach.wishes, the one source)
NEGATION_RE = compiled(NEGATIONS["en"])
WISH_RE = compiled(f"{WISHES['en']}|{FOREIGN_WISH}")
RELATIVE_WISH_RE = compiled(RELATIVE_WISH)
PLAN_FRAME_RE = compiled(PLAN_FRAME)
FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I've|I'd|my|me|we|we've|our)\b")
_CLAUSE_RE = re.compile(r",|;|\bwhich\b|\bbut\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)
_PLACE_WORDS_RE = re.compile(r"\b(?:active|current|valid|unencumbered|full|state|in|of|the)\b", re.I)
# Where one credential statement ends and the next begins: a clause, a list item, a new subject.
_CREDENTIAL_SPLIT_RE = re.compile(r"[,;|•·\n]|\b(?:but|while|whereas|which)\b|\band (?=I\b|I'|my\b|we\b)", re.I)


# Words that frame a requirement without naming it: "emergency department experience" is shown by
# "I worked in the emergency department".
_FRAME_STEMS = {"experienc", "knowledg", "skill", "abil", "background", "familiar", "proficienc", "understand",
                # Spanish "be", "have", "hold", "do": "Estar colegiado/a", "Realizar el triaje…" (session 22b)
                "estar", "ser", "tener", "pose", "realizar",
                # "in partnership with parents": working with them (session 23)
                "partnership"}
# A Spanish or Portuguese word written for both genders ("colegiado/a", "inscritos/as", "licenciado(a)"): its stem
# without the ending, so either form meets it (session 22b)
# Spanish function words of three letters or more, which English STOPWORDS miss ("según el Sistema", "de los pacientes")
_ES_FUNCTION = frozenset({"los", "las", "del", "según", "para", "por", "con", "una", "unos", "unas", "sobre", "entre", "sus"})
_GENDER_PAIR_RE = re.compile(r"\b(\w{3,}?)[oa](s?)(?:/|\()[ao]s?\)?(?!\w)")
# Abbreviations a candidate writes for a requirement's words (upper case only: "ed" is not "ED").
ABBREVIATIONS: dict[str, str] = {
    "ED": "emergency department", "ER": "emergency room department", "A&E": "accident emergency department",
    "ICU": "intensive care unit", "ITU": "intensive care unit", "NICU": "neonatal intensive care unit",
    "OR": "operating room theatre", "PACU": "post-anaesthesia care unit", "L&D": "labour delivery",
    "ETL": "data pipeline", "ELT": "data pipeline", "CI": "continuous integration", "QA": "quality assurance",
    "WMS": "warehouse management system", "SEO": "search engine optimisation optimization",
    "CRM": "customer relationship management", "ERP": "enterprise resource planning",
}


def _groups(requirement: str) -> list[tuple[tuple[str, ...], frozenset[str]]]:
    """Per content word of ``requirement``: (stems or synonyms any of which meets it, its dictionary forms)."""
    requirement = re.sub(r"['’]s\b", "", requirement)  # "Bachelor's degree" is about a bachelor
    requirement = _GENDER_PAIR_RE.sub(r"\1", requirement)  # "colegiado/a": "colegiad", met by "colegiada"
    whole = requirement.lower()
    if whole in SYNONYMS:
        return [(SYNONYMS[whole], frozenset({_dictionary_form(whole)}))]
    by_stem: dict[str, set[str]] = {}
    for word in words(requirement):
        if word.lower() not in STOPWORDS and word.lower() not in _ES_FUNCTION and len(word) > 2:
            by_stem.setdefault(stem(word), set()).add(word)
    if set(by_stem) - _FRAME_STEMS:
        by_stem = {st: ws for st, ws in by_stem.items() if st not in _FRAME_STEMS}
    # a synonym list by the word's stem or the word itself ("communication": wrote, presented, explained); two words
    # of one list are one group ("parents and carers": either names them)
    groups: dict[tuple[str, ...], frozenset[str]] = {}
    for st, ws in sorted(by_stem.items()):
        group = SYNONYMS.get(st) or next((SYNONYMS[w.lower()] for w in ws if w.lower() in SYNONYMS), (st,))
        groups[group] = groups.get(group, frozenset()) | frozenset(_dictionary_form(w) for w in ws)
    return list(groups.items())


def _dictionary_form(word: str) -> str:
    """A word's dictionary form, stemmed: "wrote", "written" and "writing" -> "write" (core.analysis.lemmas)."""
    return term_stem(lemma(word))


def _hits(text: str, requirement: str) -> tuple[int, int, tuple[int, int]]:
    """(groups matched, groups needed, span of the first matching word or (-1, -1))."""
    groups = _groups(requirement)
    if not groups:
        return 0, 1, (-1, -1)
    # each word with its span; a degree's abbreviation also stands for its words ("BSN": bachelor ... nursing)
    # "P&L", "R&D": one word ("&" between letters)
    tokens = [(tok.group(0).lower(), tok.span(), tok.group(0)) for tok in re.finditer(TOKEN_RE, text)]
    found = [(w, span, _dictionary_form(written)) for w, span, written in tokens]
    found += [(w, (start, end), w) for start, end, expanded in degree_spans(text) for w in expanded.split()]
    found += [(w, m.span(), w) for m in _ABBREVIATION_RE.finditer(text) for w in ABBREVIATIONS[m.group(0)].split()]
    matched, first, hit, used = 0, (-1, -1), set(), set()
    for group, lemmas in groups:
        for index, (word, span, dictionary_form) in enumerate(found):
            if index in used:  # one word is one group's: "manager" is no "stakeholder" and "management" both (session 18)
                continue
            # another form of the word too: "own" for "owning" (Snowball stems; the crude stem keeps "owning"),
            # "wrote" for "written" (dictionary forms, core.analysis.lemmas)
            if dictionary_form in lemmas or any((stem(word).startswith(g) or word.startswith(g) or term_stem(word) == term_stem(g))
                                               and not _person_for(word, g, group) for g in group):
                matched, hit = matched + 1, hit | set(lemmas) | {group[0]}
                used.add(index)  # "ED" stands for both its words: each expanded word is an entry of its own
                if first[0] < 0 or span[0] < first[0]:
                    first = span
                break
    needed = 1 if len(groups) == 1 else max(2, round(len(groups) * 0.6))
    if len(groups) >= 3 and (head_missed(requirement, hit) or qualifier_missed(requirement, hit)):  # "accounts"; a kind
        matched = min(matched, needed - 1)
    return matched, needed, first


_PERSON_ENDINGS = frozenset({"ant", "ants", "er", "ers", "or", "ors"})


def _person_for(word: str, synonym: str, group: tuple[str, ...]) -> bool:
    """Whether ``word`` is the person a synonym's act is named after, not the act: "consultant" of "consult",
    "trainer" of "train", or a word of another sense its stem starts (``OTHER_SENSES``: "reporting" of "report"; only
    for a synonym group, never the requirement's own word)."""
    return len(group) > 1 and (word.startswith(synonym) and word[len(synonym):] in _PERSON_ENDINGS
                               or word in OTHER_SENSES.get(synonym, ()))  # "reporting" is no report told


def _expansion_written(text: str, expansion: str) -> tuple[bool, tuple[int, int]]:
    """Whether ``text`` writes out an abbreviation's words (:data:`ABBREVIATIONS`: "warehouse management
    system" for "WMS"; a British and an American spelling are both listed, either does), with its span."""
    words = expansion.split()
    spelled = [w for w in words if not any(o != w and o[:6] == w[:6] for o in words)]  # one of two spellings
    alt = "|".join(re.escape(w[:6]) + r"\w*" for w in words if w not in spelled)
    parts = [re.escape(w) for w in spelled] + ([f"(?:{alt})"] if alt else [])
    found = re.search(r"\b" + r"\s+".join(parts) + r"\b", text or "", re.IGNORECASE)
    return (True, found.span()) if found else (False, (-1, -1))


_ABBREVIATION_RE = re.compile(r"(?<![\w&])(?:" + "|".join(re.escape(a) for a in ABBREVIATIONS) + r")(?![\w&])")
_TOOL_GAP = 3  # words at most between a tool and the requirement's head noun ("Airflow pipelines", "dbt and Airflow pipelines")


def head_with_tool(text: str, requirement: str) -> tuple[bool, tuple[int, int]]:
    """Whether ``text`` has the head noun (last word) of a multi-word ``requirement``, singular or plural,
    within :data:`_TOOL_GAP` words of a named tool of the requirement's field: "Built Apache Airflow
    pipelines" shows "data pipelines", "ETL pipelines" too; with the span of the head noun."""
    words = re.findall(r"[A-Za-z]+", requirement)
    if len(words) < 2:
        return False, (-1, -1)
    head = stem(words[-1])
    fields = {h.family for h in find_skills(requirement)} or {h.family for h in find_skills(words[0])}
    # a requirement of no field ("emergency department") is shown by no tool near its head ("Epic ... department")
    tools = [h for h in find_skills(text or "") if h.named_tool and h.family in fields]
    if not tools:
        return False, (-1, -1)
    tokens = list(re.finditer(r"[A-Za-z][A-Za-z0-9+#-]*", text))
    for i, tok in enumerate(tokens):
        if stem(tok.group(0)) != head:
            continue
        near = tokens[max(0, i - _TOOL_GAP - 1)].start(), tokens[min(len(tokens) - 1, i + _TOOL_GAP)].end()
        if any(near[0] <= t.start and t.end <= near[1] and not (t.start <= tok.start() < t.end) for t in tools):
            return True, tok.span()
    return False, (-1, -1)


def mentions_requirement(text: str, requirement: str) -> tuple[bool, tuple[int, int]]:
    """Whether ``text`` names the requirement, a variant or a synonym; with the span of the match. A
    degree requirement is met by a degree of its level or higher, in its field when it names one,
    written out or abbreviated ("BSN"), on one line. A numbered requirement ("KS2 curriculum", "Level 3")
    is not named by a line or sentence that gives its head only another number ("Key Stage 1")."""
    parts = unclashed_parts(text, requirement)
    if len(parts) == 1 and parts[0][1] == (text or ""):
        return _mentions_requirement(text, requirement)
    for offset, part in parts:
        hit, (start, end) = _mentions_requirement(part, requirement)
        if hit:
            return True, (offset + start, offset + end)
    return False, (-1, -1)


def _mentions_requirement(text: str, requirement: str) -> tuple[bool, tuple[int, int]]:
    required = degree_requirement(requirement)
    if required is not None:
        offset = 0
        for line in (text or "").splitlines(keepends=True):
            shown, (start, end) = shows_degree(line, required, stem)
            if shown:
                return True, (offset + start, offset + end)
            offset += len(line)
        return False, (-1, -1)
    if (asked := years_asked(requirement)) and asked[1]:  # "2 years of emergency department experience": the field, whole
        return _mentions_requirement(text, asked[1])
    names = requirement_names(requirement)
    app = whole_tool(requirement)
    for hit in find_skills(text):
        # the skill itself, a tool that is a kind of it ("Airflow" shows "data pipelines": lexicon instance_of), or
        # the suite of the app the requirement is as a whole ("Microsoft Office" shows "Excel", never "Advanced Excel")
        if (hit.name.lower() in names or any(kind.lower() in names for kind in skill_kinds(hit.name))
                or (app and app in suite_apps(hit.name))):
            return True, (hit.start, hit.end)
    # an instance or act of it: "Introduced 5S" (process improvement), "Mentored 3 trainees" (leadership)
    for name in sorted(names):
        for pattern in instance_wordings(name):
            if found := pattern.search(text or ""):
                return True, found.span()
    if whole_tool(requirement) and requirement.strip().lower() not in SYNONYMS:  # "Power BI" is not "Power Query"
        return False, (-1, -1)
    if fluency_asked(requirement):  # only the language with its level: "Fluent Spanish; English (B1)" is not it
        return language_fluency(text or "", requirement)
    if acronym_requirement(requirement):  # "SEND": in capitals (its expansion is the lexicon's, above), never "send"
        written = acronym_written(text, requirement)
        expansion = ABBREVIATIONS.get(requirement.strip())
        return written if written[0] or not expansion else _expansion_written(text, expansion)
    matched, needed, span = _hits(text, requirement)
    if matched >= needed:
        return True, span
    return head_with_tool(text, requirement)


def own_statement(sentence: str, position: int) -> bool:
    """The clause around ``position`` has the candidate as subject (in another language than English, the sentence:
    :func:`core.coach.first_person.first_person`), not negated, not a wish."""
    bounds = [0] + [m.end() for m in _CLAUSE_RE.finditer(sentence)] + [len(sentence)]
    start = max(b for b in bounds if b <= max(position, 0))
    end = min((b for b in bounds if b > position), default=len(sentence))
    clause = sentence[start:end]
    own_start = start
    if not FIRST_PERSON_RE.search(clause):
        # "I noticed his breathing rate went from 18 to 28" puts the subject in the previous clause.
        start, clause = 0, sentence[:end]
        # "hago simulacros… analizo los errores": Spanish drops the pronoun (core.coach.first_person)
        if not FIRST_PERSON_RE.search(clause):
            if not first_person(sentence) or FOREIGN_NEGATION_RE.search(sentence):
                return False
            clause = sentence  # a dropped or foreign pronoun: the whole sentence, its wish too ("Canva es…, creo que…ría")
    # "without" negates what follows it: "I apologised without excuses" still apologised
    negated = any(m.group(0).lower() != "without" or start + m.start() < position for m in NEGATION_RE.finditer(clause))
    # someone else's act in its own clause ("…has always been done by our workforce team"), a wish told of it in the
    # clause after ("…, which I'd like to own"): :func:`core.coach.wishes.others_act`, ``RELATIVE_WISH``
    others = others_act(sentence[own_start:end]) or RELATIVE_WISH_RE.match(sentence[end:])
    # a plan told by its time in the new role, its "I'd …" in this clause: "By day 90, I'd set up…" (wishes.PLAN_FRAME)
    planned = any(m.end() > own_start for m in PLAN_FRAME_RE.finditer(sentence[:end]))
    return not negated and not WISH_RE.search(clause) and not others and not planned



_CV_ITEM_SPLIT_RE = re.compile(r"[;|•·\n]")  # a CV's items: its lines and list separators ("Nurse (RN), Texas" is one)


def _credential_statements(text: str, requirement: str, split: re.Pattern[str] = _CREDENTIAL_SPLIT_RE) -> list[tuple[str, int]]:
    """The parts of ``text`` that each state the credential ``requirement`` names, with the position of
    the match in each part."""
    # Without its place and state words the requirement matches "CA RN License" and "RN licence, Texas"
    # too; its acronyms ("RN") must then be there, so "CA driving licence" is not an RN licence.
    bare = _PLACE_WORDS_RE.sub(" ", requirement)
    for place in jurisdictions(requirement):
        bare = bare.replace(place, " ")
    acronyms = re.findall(r"\b[A-Z]{2,5}\b", bare)
    parts = []
    for part in split.split(text):
        hit, (start, _end) = mentions_requirement(part, requirement)
        if not hit and mentions(part, requirement)[0]:
            hit, start = True, 0
        if not hit and credential_places(part) and all(re.search(rf"\b{a}\b", part) for a in acronyms):
            hit, (start, _end) = mentions_requirement(part, bare)
        if hit:
            parts.append((part, start))
    return parts


def answer_evidence(answer: str, requirement: str) -> tuple[str, str]:
    """("evidenced" | "mentioned" | "", quote): the candidate's own statement of the requirement (of several,
    the one :func:`core.coach.evidence_weight.shown_weight` weighs most: the act with its outcome over a habit), else a mention that does not count (negated, a wish, about the company, a credential of another
    place or only applied for: :func:`credential_held`), else nothing."""
    mentioned, named, shown = "", [], []
    credential = bool(CREDENTIAL_RE.search(requirement))
    said = sentences(answer or "")
    for index, sentence in enumerate(said):
        hit, (start, end) = mentions_requirement(sentence, requirement)
        if hit and (masked := platforms_masked(sentence, requirement)) != sentence:
            hit = mentions_requirement(masked, requirement)[0]  # "…on BigQuery": a warehouse named is no SQL written
        if not hit or announces(sentence):  # "I want to explain my approach to X": no evidence, no mention
            continue
        named.append(sentence[max(start, 0):max(end, 0)])  # "We use SAP EWM": "I checked it in EWM" is the same tool
        quoted = short_quote(sentence, max(start, 0), max(end, 0), width=8)
        held = own_statement(sentence, start) if not credential else any(
            own_statement(part, pos) and credential_held(part, requirement)
            for part, pos in _credential_statements(sentence, requirement))
        if held and addressed(sentence, max(start, 0)):
            held = False  # "your advert asks for…", "dass Sie … ernst nehmen" (evidence_about)
        if not held and not credential and (own := _own_clause(sentence, requirement)):
            held, quoted = True, own  # "Few parents were reading…, so I started weekly parent workshops": the second
        if not held and not credential and (own := own_word_quote(sentence, lambda w: _hits(w, requirement)[0] > 0,
                                                                  _own_unaddressed)):
            held, quoted = True, own  # "a patient became confused, so I escalated…": the act on one of its words
        if not held and not credential and own_degree(sentence, start) and not WISH_RE.search(sentence) \
                and not NEGATION_RE.search(sentence) and not addressed(sentence, max(start, 0)):
            held = True  # "My MA in Social Work at UWE…", "My SMSTS was renewed…" (core.coach.evidence_study)
        if held and (still_studying(sentence, start) or continued_wish(sentence, start, WISH_RE)):
            held = False  # "while I finish my AAT Level 4", "I want to…, and to get my sedation certificate here"
        if held and not credential and (learning_only(sentence) or opinion_only(sentence)):
            held = False  # "I've done Confluent's course…": learning; "I believe X is important": an opinion
        if held and not credential and studied_only(sentence, start, end):
            held = False  # "the contract law module of my diploma": studied, not done (core.coach.evidence_study)
        if held:
            shown.append((shown_weight(said, index), _wordings_named(sentence, requirement), -len(shown), quoted))
        else:
            mentioned = mentioned or quoted
    if shown:  # the sentence that shows the most (a number, an action; then more of its wordings), the first of equals
        return "evidenced", max(shown)[3]
    if mentioned and not credential and (short := own_short_use(answer, named, own_statement)):
        return "evidenced", short
    return ("mentioned", mentioned) if mentioned else ("", "")


def _own_unaddressed(sentence: str, position: int) -> bool:
    """:func:`own_statement`, and the clause at ``position`` does not speak of the employer
    (:func:`core.coach.evidence_about.addressed`: "your advert asks for…", "dass Sie … ernst nehmen")."""
    return own_statement(sentence, position) and not addressed(sentence, position)


def _wordings_named(sentence: str, requirement: str) -> int:
    """How many distinct wordings of ``requirement`` ``sentence`` names: the skill or a tool of its kind, and its
    instances (the lexicon's ``instance_patterns``: "a CTE", "a window function", "PARTITION BY" for SQL). Of two
    sentences that show it as much, the one naming more of it says more of the work ("I used a CTE, then a window
    function…" over "I loaded the data into PostgreSQL")."""
    names = requirement_names(requirement)
    found = {h.name.lower() for h in find_skills(sentence)
             if h.name.lower() in names or any(k.lower() in names for k in skill_kinds(h.name))}
    found |= {m.group(0).lower() for name in names for p in instance_wordings(name) for m in p.finditer(sentence)}
    return len(found)


def _own_clause(sentence: str, requirement: str) -> str:
    """The quote of the first clause of ``sentence`` (:data:`_CLAUSE_RE`, or after "so", "and then") that names
    ``requirement`` by itself as the candidate's own statement, when the sentence's first match is in another
    clause ("Few parents were reading at home, so I started weekly parent workshops"); "" when none does."""
    bounds = [0] + [m.end() for m in re.finditer(rf"{_CLAUSE_RE.pattern}|\bso\b|\band then\b", sentence, re.I)]
    for begin, end in zip(bounds, [*bounds[1:], len(sentence)], strict=True):
        hit, (start, stop) = mentions_requirement(sentence[begin:end], requirement)
        if hit and _own_unaddressed(sentence, begin + start):
            return re.sub(r"^(?:so|and then),?\s+", "", short_quote(sentence, begin + start, begin + stop, width=8))
    return ""


def tool_evidence(answer: str, skill: str) -> tuple[str, str]:
    """Like :func:`answer_evidence` for one lexicon skill (``skill``: its name, any case), read only
    as the lexicon finds it ("Go" the language, never the verb "go")."""
    for sentence in sentences(answer or ""):
        for hit in find_skills(sentence):
            if hit.name.lower() == skill.lower() and own_statement(sentence, hit.start):
                return "evidenced", short_quote(sentence, hit.start, hit.end, width=8)
    return "", ""


def has_number(text: str) -> bool:
    """Whether ``text`` has a number, in digits or words ("two", "eleven", "a dozen"), or a % / currency."""
    return bool(NUMBER_ANY_RE.search(text) or re.search(r"[%£$€]", text))
