"""The job description: its requirement lines and the key requirements; whether a text mentions one is
:func:`core.analysis.job_mentions.mentions` (re-exported here)."""

from __future__ import annotations

import re
from functools import lru_cache

from core.analysis.bounds import bounded
from core.analysis.cv_lines import is_place
from core.analysis.job_alternatives import alternatives  # noqa: F401  (re-exported: callers import it from here)
from core.analysis.job_context import preferred_example, product_hits, setting_word
from core.analysis.job_duties import (
    command_verb,
    duty_outcome,
    duty_phrases,
    gerund,
    imperative_duty,
    is_verb,
    shares_head,
)
from core.analysis.job_keys import requirement_key
from core.analysis.job_labels import label_name, sorted_rest
from core.analysis.job_lines import (
    ranked_units,
    requirement_lines,
    without_offers,
    without_sentences,
    without_skipped_sections,
)
from core.analysis.job_markup import job_page_text
from core.analysis.job_mentions import mentions  # noqa: F401  (re-exported: callers import it from here)
from core.analysis.job_noise import lone_trait, manual_duty, readable, third_person_duty, without_not_asked
from core.analysis.job_phrase_ends import inside, listed_words, modifier_lists, noun_end, open_article
from core.analysis.job_prose import acronym_terms, name_spans, organisation_names
from core.analysis.job_surface import product_head, surface
from core.analysis.job_traits import trait_word
from core.analysis.job_whole import MAX_WORDS, asked_items, listed_subjects, whole_language, whole_requirement
from core.analysis.job_years import years_requirement
from core.analysis.requirement_name import requirement_name
from core.analysis.skills import find_skills
from core.analysis.text import BULLET_RE, STOPWORDS, sentences, stem, strip_injections

_FLUFF_PREFIX = re.compile(
    r"^(?:(?:candidates?|applicants?|you|the (?:successful |ideal )?(?:candidate|applicant))\s+(?=must|should))?"
    r"(?:(?:must|should)\s+(?:also\s+)?(?:be\s+(?=capable|fluent|bilingual|admitted|registered|qualified|able)|"
    r"have\s+|hold\s+|possess\s+))?(?:(?:must|should|will)\s+be\s+(?=capable\b))?(?:(?:proven|strong|solid|excellent|good|great|deep|demonstrable|demonstrated|hands-on|extensive|"
    r"practical|working|some|a|an|the|very|outstanding|exceptional)\s+)*"
    r"(?:\d+\+?\s*(?:years?|yrs)['’]?\s*(?:of\s+)?(?:professional\s+|commercial\s+|relevant\s+)?(?:experience\s+)?(?:in|with|of|as)?\s*)?"
    r"(?:(?:experience|expertise|knowledge|understanding|proficiency|familiarity|skills?|track record|background|"
    r"ability|comfort|fluency|capable|capability)\s+(?:in|with|of|to|using|at|as)?\s*)?"
    r"(?:(?:building|running|using|working with|managing|delivering|leading|designing)\s+(?!(?:a|an|the)\s))?",
    re.IGNORECASE,
)


_TRAILING_PLUS_RE = re.compile(r"\s*\(?\b(?:(?:is|are|would be)\s+)?(?:a\s+)?(?:plus|bonus|an advantage|nice to have)\)?\s*$",
                               re.IGNORECASE)


def _first_of_list(text: str) -> str:
    """The first item of "X and Y ..." / "X or Y ...", unless the "and" joins two capitalised words of one
    name ("NVQ Level 3 in Health and Social Care") or modifiers of one noun ("inpatient, outpatient and discharge
    prescriptions": :func:`core.analysis.job_phrase_ends.modifier_lists`)."""
    spans = modifier_lists(text)
    for match in re.finditer(r" (and|or) (?=\w+ \w+)", text):
        if inside(spans, match.start() + 1):
            continue
        before, after = text[: match.start()].split()[-1:], text[match.end():].split()[:1]
        if _shared_head(text[: match.start()].split(), text[match.end():].split()):
            continue  # "qualification in emergency or critical care": one phrase
        if match.group(1) == "and" and before and after and before[0][:1].isupper() and after[0][:1].isupper():
            continue
        return text[: match.start()]
    return text


def _article_head(tokens: list[str]) -> bool:
    """Whether the last word heads a phrase an article opens one or two words before it ("leading a weekend team"):
    a stop word there ("team") is the phrase's noun, never cut off."""
    return bool({t.lower() for t in tokens[-3:-1]} & {"a", "an", "the"})


def _shared_head(before: list[str], after: list[str]) -> bool:
    """Whether an "and"/"or" between ``before`` and ``after`` joins two words of one phrase, so a cut there leaves
    half of it: a modifier whose noun follows ("cost-saving and efficiency initiatives"), or one word after a
    preposition with the phrase ending within three words ("in emergency or critical care"), or one word an article
    opens (:func:`core.analysis.job_duties.shares_head`: "in a logistics or operational environment")."""
    if not before:
        return False
    return shares_head(before, after) or (len(before) >= 2 and bool(_PHRASE_LINK_RE.match(before[-2]))
                                             and before[-2].lower() not in {"and", "or", "&"} and len(after) <= 3)


def _clean_phrase(line: str, lang: str = "") -> str:
    """The requirement a line states, as a short phrase; in a job in ``lang`` (:mod:`core.analysis.job_whole`) the
    whole line, never cut at its "y", "o", "et" or "und"."""
    if lang:
        return whole_requirement(line, lang)
    text = BULLET_RE.sub("", sorted_rest(line)).strip().rstrip(".;:!")  # "Licensure: Current state …": after the label
    text = _TRAILING_PLUS_RE.sub("", text)  # "Bilingual English/Spanish a plus"
    text = requirement_name(text, acts=False)  # "Currently holds an … license with the State Board …": the thing asked (session 27)
    text = _FLUFF_PREFIX.sub("", text).strip()
    modal = _CAN_RE.match(text)  # "If you can explain complex technical concepts like a pro": a verb-led ability
    text = text[modal.end():] if modal else text
    listed = max((end for start, end in modifier_lists(text) if start < text.find(",") < end), default=0)
    text = text[:listed] + re.split(  # a list of modifiers of one noun is no cut: "inpatient, outpatient and discharge …"
        r",|;|\(| such as | including | e\.g\.| for example| to support| so that| in order", text[listed:]
    )[0]
    text = _first_of_list(text) if len(text.split()) > 5 else text
    tokens = text.split()
    cut = 6
    while cut < min(len(tokens), 9) and all(re.match(r"[A-Z0-9]|(?:and|of|&|in)$", w) for w in tokens[cut - 1: cut + 1]):
        cut += 1  # a name goes on: "NVQ Level 3 in Health and Social Care"
    whole = len(tokens)
    tokens = tokens[:_phrase_end(tokens, cut)]
    # "Confident communicator able to influence non-finance…" cut inside what it is able to do: "Confident communicator"
    able = next((i for i in range(2, len(tokens)) if tokens[i].lower() in _NEEDS_INFINITIVE), 0)
    if able and len(tokens) < whole and tokens[able + 1:able + 2] in ([], ["to"]):
        tokens = tokens[:able]
    while tokens and tokens[-1].lower() in STOPWORDS and not _article_head(tokens) and not noun_end(tokens):
        tokens.pop()  # "Degree in social work" keeps its noun
    while tokens and tokens[0].lower() in STOPWORDS:
        tokens.pop(0)
    if modal and tokens and is_verb(tokens[0]) and tokens[0].lower() == tokens[0]:
        tokens[0] = gerund(tokens[0])  # "explaining complex technical concepts": it reads after "The role calls for"
    return " ".join(tokens)


# what a candidate "can" do, said before the verb: "If you can …", "you are able to …", "candidates who know how to …"
_CAN_RE = re.compile(r"^(?:if\s+)?(?:you|candidates?|applicants?)\s+(?:who\s+)?(?:can|could|are able to|know how to)\s+",
                     re.IGNORECASE)


# Words that only say something with the infinitive after them ("able to influence…"): a requirement cut before
# its "to" never ends on one (session 19: "Confident communicator able" in a CV tip).
_NEEDS_INFINITIVE = frozenset({"able", "ready", "willing", "keen", "eager", "prepared", "expected", "required",
                               "happy", "comfortable", "confident", "unable"})


_PHRASE_LINK_RE = re.compile(r"(?:on|in|of|for|with|to|at|by|from|about|across|into|onto|through|throughout|over|under|"
                             r"between|among|against|toward|towards|per|without|within|via|using|including|during|"
                             r"after|before|while|when|where|which|that|who|whose|and|or|but|&|as|like)$", re.I)


_MOST_WORDS = 9  # a free-text requirement's most words (:func:`_requirement_phrase`)


def _phrase_end(tokens: list[str], cut: int) -> int:
    """Where a requirement cut at ``cut`` words ends on a whole phrase: at ``cut`` when the line ends there or
    the next word starts a phrase ("on", "and"), else before the phrase the cut falls in ("comfortable building
    reports on support | metrics" -> "comfortable building reports"), never under two words."""
    if (article := open_article(tokens, cut)) >= 0:  # "Calm under pressure and a great | communicator"
        return len(tokens) if len(tokens) <= _MOST_WORDS else max(article, 2)
    if len(tokens) <= _MOST_WORDS and any(j < len(tokens) and tokens[j].lower() in {"and", "or"}
                                          and _shared_head(tokens[:j], tokens[j + 1:]) for j in (cut - 1, cut)):
        return len(tokens)  # "large teams in a logistics | or operational environment": the phrase whole
    inside = cut < len(tokens) and tokens[cut].lower() in {"and", "or"} and _shared_head(tokens[:cut], tokens[cut + 1:])
    if cut >= len(tokens) or _PHRASE_LINK_RE.match(tokens[cut]) and not inside or tokens[cut - 1][-1:] in ",:;":
        return cut
    listed = listed_words(tokens)  # never inside "inpatient, outpatient and discharge prescriptions"
    link = next((i for i in range(cut - 1, 1, -1) if _PHRASE_LINK_RE.match(tokens[i]) and i not in listed
                 and not _shared_head(tokens[:i], tokens[i + 1:])), 0)  # never "qualification in emergency"
    if not link:  # no phrase starts before the cut: the phrase it falls in goes on to its end, its head noun kept
        ahead = next((i for i in range(cut, min(len(tokens), _MOST_WORDS + 1))
                      if _PHRASE_LINK_RE.match(tokens[i]) or tokens[i - 1][-1:] in ",:;"), None)
        if ahead is None and len(tokens) <= _MOST_WORDS:
            ahead = len(tokens)  # "Comfortable designing highly available multi region cloud infrastructure"
        return ahead or cut
    return link or cut


APP_LIMIT = 12  # requirements of any kind kept (the most of any list before session 26)
STATED_MOST = 20  # a long ad's requirements kept at most when those past APP_LIMIT are stated ones (rank 0)


def extract_requirements(job_description: str, limit: int | None = None) -> list[str]:
    """The job's key requirements, as written in the JD: lexicon skills first (bullets in
    requirement sections first), then multi-word terms from bullets that name no known skill, then duties that are
    competences. Deduplicated. With ``limit``, at most that many, in that order. By default a list is cut by rank,
    not by count: :data:`APP_LIMIT` (12) items of any kind, then, in a long ad, only what a requirements section or
    a requirement sentence states, up to :data:`STATED_MOST` (20) in all; duties only ever fill a list shorter than
    :data:`APP_LIMIT`. Map a term to its lexicon skill with ``find_skills``."""
    return list(_extract_requirements(bounded(job_description or ""), limit))


_DUTY_VERB_RE = re.compile(
    r"^(?:answer|contribute|monitor|record|support|collaborate|communicate|resolve|assist|ship|write|manage|share|"
    r"work|help|ensure|provide|maintain|perform|prepare|compile|fulfil+|implement|implementing|develop|build|"
    r"create|own|drive|lead|partner|report|review|participate|attend|handle|complete|successfully|be|have|"
    r"demonstrate|apply|deliver|identify|coordinate|plan|prioriti[sz]e|love|enjoy|want|thrive|care|keep|"
    r"desire|capacity|passion|willing|able|independently|take|make|use|join|attempt|promote|undertake|offer|engage|design|"
    r"constantly|document|respond|conversant|continuous|inclination|thoughtful|self)\b",
    re.IGNORECASE,
)
_NOT_REQUIREMENT_RE = re.compile(
    r"\b(?:we|our|us|you|your|values|mindset|desire|passion|love|remote|hybrid|commut\w*|relocat\w*|"
    r"position|salary|benefits?|team player|responsibilit\w*|duties|meetings|policy|general|looking for|seeking|"
    r"need an?|needs an?|hiring an?|recruiting an?|"
    # a trait slogan of the ad, no practice to show (session 23: "Calm under pressure and a great communicator" was a
    # coverage row, weak after an 8/10 story)
    r"calm under pressure|(?:great|good|natural|confident|strong|excellent) communicator|can-do|people person|"
    r"self-starter|go-getter|"
    # a belief in the employer's own aim, no practice to show (session 28: "Commitment to the mission of advancing
    # greater equality" was a requirement row); "commitment to safeguarding" names a practice and stays
    r"(?:commitment|dedication|devotion|alignment)\s+to\s+(?:the|our|its|this|their)\s+(?:\w+\s+)?(?:mission|vision|cause))\b",
    re.IGNORECASE,
)


# "Fernleaf Health makes scheduling software", "Acme Ltd is a logistics firm": a sentence whose subject is a
# name and whose verb says what the organisation does or is (a prose job ad's first line), not a requirement.
_ABOUT_AN_ORGANISATION_RE = re.compile(
    r"^(?:(?:[A-Z][\w&'.-]*|&)\s+){1,5}(?:makes|builds|is|are|was|provides|offers|helps|develops|creates|sells|runs|"
    r"operates|serves|designs|delivers|powers|supplies|manufactures|connects|brings|has|employs)\b")


# "We sell cloud payroll software", "Our platform powers ...": what the employer sells or does, not what the
# job asks of a candidate (a payroll-software seller does not ask for payroll experience).
_ABOUT_US_RE = re.compile(
    r"^(?:we|our (?:company|business|team|platform|product|products|software|mission|customers|clients))\s+"
    r"(?:are|were|have|sell|build|make|provide|offer|help|develop|create|run|operate|serve|design|deliver|power|"
    r"supply|manufacture|connect|employ|support|is|was|has)\b", re.IGNORECASE)


def _years_field(phrase: str, years: str) -> bool:
    """Whether ``phrase`` is the rest of its own line's ``years`` requirement: it starts with the field the years are
    of ("closing experience in B2B SaaS" beside "3+ years' closing experience"), one requirement, never two rows."""
    field = re.sub(r"^.*?\b(?:years?|yrs)['’]?\s*(?:of\s+)?", "", years, flags=re.IGNORECASE).strip().lower()
    return bool(field) and field != years.lower() and phrase.lower().startswith(field)


def _not_about_us(jd: str) -> str:
    """``jd`` without its sentences about what the employer itself sells or does (:data:`_ABOUT_US_RE`)."""
    return without_sentences(jd, lambda sentence: bool(_ABOUT_US_RE.match(sentence.strip())))


# A line that says what ability or experience it asks, first ("Ability to work independently, under pressure and meet
# deadlines", "Experience working closely with communities who …"): when the short phrase leaves a word or nothing of
# it, the line's first clause is the requirement.
_ASKED_LINE_RE = re.compile(r"^(?:(?:proven|demonstrated|strong|excellent|good|solid)\s+)?(?:ability|experience|knowledge|"
                            r"understanding|familiarity)\s+(?:to|in|with|of|working|using|managing)\s", re.IGNORECASE)
_CLAUSE_END_RE = re.compile(r"\s*(?:[;(:]|\bsuch as\b|\bincluding\b|\be\.g\.|\bwho\b|\bwhich\b|\band/or\b|\bis a plus\b|"
                            r"\bin particular\b)", re.IGNORECASE)


def _asked_clause(line: str) -> str | None:
    """The first clause of a line that opens with the ability or experience it asks (:data:`_ASKED_LINE_RE`), at
    most :data:`_MOST_WORDS` + 3 words; None for any other line or a longer clause."""
    bare = BULLET_RE.sub("", line).strip().rstrip(".;:!")
    if not _ASKED_LINE_RE.match(bare):
        return None
    clause = _CLAUSE_END_RE.split(bare, maxsplit=1)[0].strip(" ,")
    return clause if 4 <= len(clause.split()) <= _MOST_WORDS + 3 else None


def _requirement_phrase(line: str, lang: str = "") -> str | None:
    """A free-text requirement (2-6 words, as written; the whole line in a job in ``lang``: :func:`_clean_phrase`)
    from a line that names no known skill; none for a duty ("Monitor patient's condition"), a place or a line about
    the company; a line that opens with the ability or experience asked, cut to one word, gives its first clause."""
    # "Pharmacology: Extensive knowledge of drugs": the requirement's own name before the colon (rc28 P3, session 29)
    if not lang and (name := label_name(line)) and not _NOT_REQUIREMENT_RE.search(name):
        return name
    phrase = _clean_phrase(line, lang)
    if not lang and len(phrase.split()) <= 1 and (clause := _asked_clause(line)):
        return clause
    tokens = phrase.split()
    bare = BULLET_RE.sub("", line).strip(" .;,:")  # a bullet "Teamfähigkeit", "Curious", a listed "good listener"
    if (len(bare.split()) == 1 and lone_trait(phrase)) or (trait_word(bare) and not _NOT_REQUIREMENT_RE.search(bare)):
        return phrase.strip(" .;,:") if len(bare.split()) == 1 else bare
    if not (2 <= len(tokens) <= (MAX_WORDS if lang else _MOST_WORDS) and len(phrase) >= 8) or re.search(r"or similar|years", phrase):
        return None
    if _DUTY_VERB_RE.match(phrase) or third_person_duty(phrase) or manual_duty(phrase):  # "Performs snow clearing"
        return None
    if (duty := imperative_duty(phrase)) is not None:  # "Run the front desk": "running the front desk"
        return duty or None
    if command_verb(tokens[0]) and tokens[1][:1].islower() and not lang:  # "Explain complex technical concepts"
        phrase = " ".join([gerund(tokens[0]), *tokens[1:]])  # reads after "The role calls for": "explaining …"
    if (_NOT_REQUIREMENT_RE.search(phrase) or is_place(phrase)
            or _ABOUT_AN_ORGANISATION_RE.match(BULLET_RE.sub("", line).strip())):
        return None
    adverb_first = tokens[0].endswith("ly") and tokens[1].lower() in STOPWORDS  # "closely with other parts"
    if re.search(r"ly$", tokens[-1]) or adverb_first or (tokens[-1].lower() in STOPWORDS and not _article_head(tokens)
                                                        and not noun_end(tokens)):
        return None
    return phrase


def _cue_phrase(item: str, must: bool = True, lang: str = "") -> str | None:
    """A short phrase for one item of a requirement sentence ("a sound understanding of effective
    teaching and learning" -> "effective teaching and learning"); a knowledge of one thing keeps its
    head ("knowledge of the curriculum", never "curriculum" alone)."""
    if lang:  # an item of a German, French, … requirement sentence, read whole; an acronym alone ("la FIMO", "VCA")
        bare = re.sub(r"^(?:\w{1,3}\s+)*(?=[A-Z0-9]{2,}$)", "", item.strip(" .,;"))
        return bare if re.fullmatch(r"[A-Z][A-Z0-9]{1,7}", bare) else _requirement_phrase(item, lang)
    item = re.sub(r"\b(?:your|their) (?=\S)", "", item)  # "a qualified electrician with your 18th Edition"
    able = re.match(r"able to (?:\w+ly )?", item)
    phrase = _requirement_phrase(item[able.end():] if able else item)
    if phrase:
        return phrase
    ability = _clean_phrase(item[able.end():]) if able and must else ""  # "(must be) able to lead a small team"
    if _DUTY_VERB_RE.match(ability) and 3 <= len(ability.split()) <= 6 and not _NOT_REQUIREMENT_RE.search(ability) \
            and not re.match(r"(?:be|have|take|make|use|join|want|love|enjoy|care|keep|help|work)\b", ability, re.I):
        return ability
    # "knowledge of the curriculum" keeps its head; "experience of working with parents" is the work itself
    head = re.match(r"(knowledge|understanding|experience|awareness) of (?:the )?((?:[\w-]+ ?){1,4})$", item.strip(), re.I)
    if not head or len(_clean_phrase(item)) < 4:
        return None
    return head.group(2).strip() if head.group(1).lower() == "experience" and len(head.group(2).split()) > 1 \
        else head.group(0)


class _Found:
    """Requirements found so far, each once (by lexicon name or acronym): skills and acronyms, and the
    phrases of requirement sentences and of lines that name no skill."""

    def __init__(self, jd: str) -> None:
        self.names = organisation_names(jd)
        self.found: list[str] = []
        self.phrases: list[str] = []
        self.years: list[str] = []
        self.duties: list[str] = []  # duties that are competences, as gerund phrases  # years of experience the job asks for, as written
        self.seen: set[str] = set()

    def add(self, surface: str, name: str) -> None:
        if name.lower() not in self.seen:
            self.seen.add(name.lower())
            self.found.append(surface)

    def hits(self, text: str, named_only: bool = False) -> list:
        """Lexicon hits of ``text`` outside the employer's name ("Tallow Analytics is hiring" names no skill) and outside
        what a duty keeps or reaches (:func:`core.analysis.job_duties.duty_outcome`: "safeguard pupils' health and safety")."""
        spans = name_spans(text, self.names)
        found = product_hits(text)  # "Oracle OPERA PMS": one product with its vendor's name
        return [h for h in found if (h.named_tool or (not named_only and h.family == "general"))
                and not any(start <= h.start < end and (start, end) != (h.start, h.end) for start, end in spans)
                and not product_head(text, h, found) and not setting_word(text, h)
                and not preferred_example(text, h, found)
                and not duty_outcome(text, h.start, h.end)]  # "Ensure customer satisfaction": an outcome, no skill

    def read_otherwise(self, clause: str) -> bool:
        """Whether a clause names a skill or acronym this job's requirements already hold, or one they would."""
        return bool(self.hits(clause) or self.acronyms(clause)
                    or any(h.name.lower() in self.seen for h in find_skills(clause)))

    def acronyms(self, text: str) -> list[tuple[str, str]]:
        """(requirement, key) for each credential acronym of ``text`` outside the employer's name."""
        spans = name_spans(text, self.names)
        out = []
        for term in acronym_terms(text):
            acronym = re.search(r"\b[A-Z]{2,}(?=s?\b)", term)  # "KPIs": the acronym "KPI"
            key = acronym.group(0) if acronym else term
            if acronym and any(start <= m.start() < end for m in re.finditer(rf"\b{key}s?\b", text) for start, end in spans):
                continue
            hit = find_skills(key)
            out.append((term, hit[0].name if hit else key))
        return out


_CREDENTIAL_RE = re.compile(r"\b(?:licen[cs]e|certificate|certification|qualification|registration|card|diploma)\b", re.I)


def _cue_unit(acc: _Found, cue_phrases: list[str], items: list[str], must: bool = True, lang: str = "") -> None:
    """The items of one requirement sentence: a skill it names, else its phrase, else its acronyms; those of a
    nice-to-have sentence ("... and PALS are an advantage") go with its phrases, after the job's musts."""

    def add(surface: str, name: str) -> None:
        if must:
            acc.add(surface, name)
        elif name.lower() not in acc.seen:
            acc.seen.add(name.lower())
            cue_phrases.append(surface)

    for item in items:
        hits = acc.hits(item)
        if years := years_requirement(item):  # "at least four years of emergency nursing experience"
            cue_phrases.append(years)
            for hit in hits:
                acc.seen.add(hit.name.lower()) if hit.surface in years else add(hit.surface, hit.name)
            continue
        # a credential keeps its kind: "a valid forklift licence", not "forklift"
        phrase = _cue_phrase(item, must, lang) if not hits or _CREDENTIAL_RE.search(item) else None
        for hit in hits:
            if phrase:
                acc.seen.add(hit.name.lower())
            else:
                add(hit.surface, hit.name)
        if hits and not phrase:
            for term, key in acc.acronyms(item):  # "pupils with SEND and EAL": EAL beside the skill SEND
                add(term, key)
            continue
        terms = acc.acronyms(item)
        if phrase and any(phrase.lower() in term.lower() for term, _ in terms):
            phrase = None  # "Qualified Teacher Status (QTS)" whole, not "Qualified Teacher Status"
        for term, key in terms:
            if phrase:
                acc.seen.add(key.lower())
            else:
                add(term, key)
        if phrase:
            cue_phrases.append(phrase)


def _skills_and_phrases(jd: str, lang: str = "") -> tuple[list[str], list[str], list[str], dict[str, int]]:
    """Lexicon skills and credential acronyms as written (requirement lines first, then the whole JD;
    "general" skills only from requirement sections' first lines), never a word of the employer's own
    name; and the free-text phrases, those of requirement sentences first, then of lines that name no
    skill; in a job in ``lang`` (:func:`core.analysis.job_whole.whole_language`) each line's phrase is the whole line;
    and the rank of the line each came from first (:func:`core.analysis.job_lines.ranked_units`: 0 a requirement's)."""
    acc = _Found(jd)
    cue_phrases: list[str] = []
    nice_phrases: list[str] = []  # "... would be an advantage", "you should ideally have ..."
    ranks: dict[str, int] = {}
    lists = (acc.found, cue_phrases, nice_phrases, acc.years, acc.phrases)
    for rank, line, phrases_ok, cue in ranked_units(jd, lang):
        sizes = [len(items) for items in lists]
        _read_unit(acc, cue_phrases, nice_phrases, line, phrases_ok, cue, lang)
        for items, size in zip(lists, sizes, strict=True):
            for item in items[size:]:
                ranks.setdefault(item, rank)
    whole = _not_about_us(without_skipped_sections(jd))  # never a skill named only in the benefits or the open posts
    for hit in acc.hits("\n".join(requirement_lines(jd)) if len(acc.found) >= 4 else whole, named_only=True):
        acc.add(hit.surface, hit.name)
    return acc.found, acc.years + cue_phrases + acc.phrases + nice_phrases, acc.duties, ranks


def _read_unit(acc: _Found, cue_phrases: list[str], nice_phrases: list[str], line: str, phrases_ok: bool,
               cue: tuple[list[str], bool] | None, lang: str) -> None:
    """The skills, acronyms, years and phrases of one requirement unit (:func:`_skills_and_phrases`)."""
    if cue is not None:
        _cue_unit(acc, nice_phrases if cue[1] else cue_phrases, cue[0], not cue[1], lang)
        return
    hits = acc.hits(line)
    line_years = (years_requirement(line) if phrases_ok else "") or ""
    if years := line_years:  # "3+ years in a data analyst role"
        acc.years.append(years)
        for hit in [h for h in hits if h.surface in years]:  # the field is said within the years
            acc.seen.add(hit.name.lower())
    # a requirement never spans a sentence: "... managing people. Fintech experience is a plus" gives
    # "Fintech experience", never "people. Fintech experience"
    named = phrases_ok or bool(lang and re.search(r"\b[A-Z]{2,}\b", line))  # a duty naming "TIG", "SIS"
    said = [] if hits or not named else [
        p for p in (_requirement_phrase(part, lang) for part in sentences(line) or [line]) if p]
    for term, key in acc.acronyms(line):
        if any(re.search(rf"\b{re.escape(key)}\b", p) for p in said):  # "NMC registration or equivalent"
            acc.seen.add(key.lower())
        else:
            acc.add(term, key)
    for hit in hits:
        acc.add(surface(line, hit), hit.name)
    # a duty whose object is a competence: "Take charge of resus" -> "taking charge of resus"; never what the employer
    # itself does ("We run a busy restaurant")
    if not phrases_ok and not _ABOUT_US_RE.match(line.strip()) and not _ABOUT_AN_ORGANISATION_RE.match(line.strip()):
        acc.duties += duty_phrases(line, skip=acc.read_otherwise)
    said = [item for p in said for item in (asked_items(p, lang) if lang else [p])]  # "Teamgeist", not the line
    # "Kenntnisse im Controlling, Reporting, Datenbanken, SQL": the subjects beside the tools; "Berufserfahrung als
    # Analyst (Reporting, Planung, Datenanalyse)": those in brackets (session 26 re-check: no longer listed at all)
    if lang and named:
        said += [item for item in listed_subjects(line, lang, brackets_only=not hits) if not acc.read_otherwise(item)
                 and item.lower() not in acc.seen and not any(item.lower() in h.surface.lower() for h in hits)]
    acc.phrases += [p for p in said if not (acc.years and p.lower() in acc.years[-1].lower())
                    and not _years_field(p, line_years)]


_MAX_DUTIES = 8  # duty phrases kept at most: the job's stated requirements are what it asks for


@lru_cache(maxsize=256)
def _extract_requirements(job_description: str, limit: int | None) -> tuple[str, ...]:
    # HTML, a JSON/JS record or bare YAML fields as lines (job_markup); front matter, "detail.Excellent", "lic-\nence"
    jd = readable(strip_injections(job_page_text(job_description or "")))
    jd = without_offers(jd)  # "OTE $150k", "Uncapped commission": offered
    jd = without_not_asked(jd)  # "You don't need to know X" (and what "these tools" points at), "bring proof of ID"
    if not jd.strip():
        return ()
    found, phrases, duties, ranks = _skills_and_phrases(jd, whole_language(jd))
    short = limit if limit is not None else APP_LIMIT  # a list any requirement may fill
    # Requirements that are skills come first; interleave a few phrases so soft requirements show.
    result = found[: max(0, short - min(len(phrases), 4))]
    keys = {requirement_key(r) for r in result}
    for item in phrases + found:
        if requirement_key(item) in keys:
            continue
        # past the short list (the app's default), only what a requirements section or sentence states goes on
        if len(result) >= (limit if limit is not None else STATED_MOST) or (
                limit is None and len(result) >= short and ranks.get(item, 1) != 0):
            continue
        result.append(item)
        keys.add(requirement_key(item))
    named = {stem(f) for f in found if " " not in f}
    duties = [d for d in duties if stem(d.split()[0]) not in named]  # "triaging patients" beside "Triage"
    for item in duties[:_MAX_DUTIES]:  # duties that are competences only fill what the requirements leave
        if len(result) >= short:
            break
        if requirement_key(item) not in keys:
            result.append(item)
            keys.add(requirement_key(item))
    return tuple(result)
