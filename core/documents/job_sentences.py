"""The job title and company a job description states in its sentences, not in a heading or label.

The prose readers of :func:`core.documents.job.job_heading`, used when the heading and labels state nothing:
:func:`sought_title` (the title a sentence says is sought: "is on the hunt for a superstar Sales Development
Representative to join", "suchen wir … eine:n Business Intelligence Analyst (w/m/x/-)", "nous recherchons un(e) …",
"buscamos un …"), :func:`prose_company` (the organisation a sentence opens with and speaks of as one: "SinnerSchrader
gehört zu …", "Tallow is a …", "At Lumen, …") and :func:`for_a_client` (whether a recruiter places the ad for an
unnamed client, so the agency named in it is not the company).
"""

from __future__ import annotations

import re

# A sentence saying whom the organisation seeks, in the app's languages: "We are looking for a ...", "is on the hunt
# for a ...", "Für unser Office suchen wir ... eine:n ...", "Nous recherchons un(e) ...", "Buscamos un/a ...".
_SOUGHT = re.compile(
    r"(?i)(?:\b(?:we\s+are|we're|we’re|are|is)\s+(?:currently\s+|now\s+|actively\s+)?(?:looking\s+for|seeking|"
    r"hiring|recruiting|searching\s+for|on\s+the\s+hunt\s+for)|\bwe\s+(?:seek|need)|\bsuchen\s+wir|\bwir\s+suchen|"
    r"\bsucht|\bnous\s+recherchons|\brecherche|\brecrute|\bbuscamos|\bestamos\s+buscando|\bbusca)"
    r"(?P<rest>[^.!?\n]{2,240})")
# the article (or "als"/"as") before the title sought, within the first words after the verb
_SOUGHT_ARTICLE = re.compile(
    r"(?i)(?:^|\s)(?:eine:n|eine\*n|eine_n|eine/n|ein/e|eine\(n\)|einen|eine|ein|un\(e\)|un·e|un\.e|une|un/a|"
    r"un\(a\)|una|un|an?|our\s+next|(?:dich|sie|you)\s+als|als|as)\s+")
# words that end a title in a sentence: what follows it ("to join", "für unser Team", "pour notre agence")
_SOUGHT_STOPS = frozenset((
    "to", "who", "that", "with", "for", "in", "at", "on", "and", "or", "based", "join", "from", "as", "this",
    "our", "your", "the", "is", "will", "which", "you", "whose", "für", "zur", "zum", "im", "mit", "der", "die",
    "das", "ab", "und", "oder", "bei", "am", "an", "als", "sowie", "auf", "zu", "pour", "qui", "afin", "avec",
    "en", "à", "au", "aux", "dans", "chez", "sur", "et", "ou", "le", "la", "les", "basé", "basée", "para",
    "que", "con", "a", "al", "y", "o", "el", "los", "las", "se",
))
# a person sought, not a job: "a self-starter", "eine Persönlichkeit", "un profil"
_NOT_SOUGHT_TITLE = frozenset((
    "candidate", "candidates", "person", "individual", "individuals", "self-starter", "someone", "talent",
    "team", "people", "professional", "verstärkung", "unterstützung", "persönlichkeit", "mensch", "menschen",
    "kollegen", "kollegin", "kollegen:innen", "personne", "profil", "candidat", "persona", "perfil", "personas",
))
_MAX_SOUGHT_WORDS = 6


def sought_title(text: str) -> str:
    """The job title a sentence of the ad says is sought, in its first 60 lines; "" when none.

    "Our Client … is on the hunt for a superstar Sales Development Representative to join their team" ->
    "Sales Development Representative"; "Für unser Hamburger Office suchen wir … eine:n **Business Intelligence
    Analyst (w/m/x/-)**" -> "Business Intelligence Analyst"; "Nous recherchons un développeur web (H/F)" ->
    "développeur web". The words after the article up to the first that ends the title (a gender mark, a
    bracket, punctuation, "to"/"für"/"pour"…), lowercase adjectives before capitalised words dropped; a run
    of lowercase words counts only with a gender mark or a word that heads job titles ("nurse"). At most six
    words; "a candidate who …" or "a self-starter" is no title."""
    from core.analysis.cv_titles import known_title, title_head
    from core.analysis.gender_marks import GENDER_MARK_RE

    head = "\n".join((text or "").splitlines()[:60]).replace("**", "").replace("__", "")
    for match in _SOUGHT.finditer(head):
        rest = match.group("rest")
        article = _SOUGHT_ARTICLE.search(rest)
        if not article or len(rest[:article.start()].split()) > 6:
            continue
        words, tagged, stopped = [], False, False
        for token in rest[article.end():].split():
            if token.startswith("(") or GENDER_MARK_RE.fullmatch(token):
                tagged = bool(GENDER_MARK_RE.match(token) or GENDER_MARK_RE.match(" " + token))
                stopped = True
                break
            if token.casefold() in _SOUGHT_STOPS or not any(c.isalpha() for c in token):
                stopped = True
                break
            bare = token.strip(",;:\"“”'’")
            words.append(bare)
            if bare != token.rstrip("\"“”'’") or len(words) > _MAX_SOUGHT_WORDS:
                stopped = True  # "…Analyst," ends the title
                break
        else:
            stopped = True  # the sentence ended
        if not stopped or not words or len(words) > _MAX_SOUGHT_WORDS:
            continue
        capital = next((n for n, word in enumerate(words) if word[:1].isupper()), None)
        if capital is not None:
            words = words[capital:]  # "superstar Sales Development Representative": the adjective is no part of it
            if not _capitalised_run(words):
                continue  # "a Salesforce expert": a tool, then the person
        if any(word.casefold() in _NOT_SOUGHT_TITLE for word in words):
            continue
        title = " ".join(words)
        if capital is not None or tagged or title_head(words[-1]) or known_title(title):
            return title
    return ""


_CONNECTORS = frozenset(["of", "&", "de", "du", "des", "d'", "del", "y", "e"])


def _capitalised_run(words: list[str]) -> bool:
    """Whether every word is capitalised or follows a connector ("Head of Sales", "Chargé de recrutement")."""
    after_connector = False
    for word in words:
        if word.casefold() in _CONNECTORS or word.startswith(("d'", "d’")):
            after_connector = True
        elif not (word[:1].isupper() or word[:1].isdigit() or after_connector):
            return False
    return True


# A recruiter's ad for an unnamed employer: "for a B2B SaaS client", "Our Client, a leading …", "on behalf of our
# client", "für unseren Kunden", "Unser Kunde ist …", "pour le compte de notre client", "para un importante cliente".
_FOR_A_CLIENT = re.compile(
    r"(?i)\b(?:for\s+(?:a|an|our|one\s+of\s+our)\s+(?:[\w&-]+\s+){0,4}client|our\s+client\s*(?:,|is\b|has\b|are\b)|"
    r"on\s+behalf\s+of\s+(?:a|an|our)\s+(?:[\w&-]+\s+){0,3}client|für\s+unseren\s+(?:\w+\s+){0,2}Kunden\b|"
    r"unser\s+(?:\w+\s+){0,2}Kunde\b|im\s+Auftrag\s+(?:unseres|eines)\s+(?:\w+\s+){0,2}Kunden|"
    r"(?:pour|chez)\s+(?:le\s+compte\s+d[e']\s*)?(?:notre|un)\s+(?:\w+\s+){0,2}client\b(?!s)|"
    r"(?:para|de)\s+(?:nuestro|un|una)\s+(?:\w+\s+){0,2}cliente\b(?!s))(?!s\b)")


def for_a_client(text: str) -> bool:
    """Whether the ad, in its first 60 lines, says it is placed by a recruiter for an unnamed client
    (:data:`_FOR_A_CLIENT`): then the company is unknown, and the agency named in it is not the company."""
    return bool(_FOR_A_CLIENT.search("\n".join((text or "").splitlines()[:60])))


_ORG_WORD = r"[A-ZÀ-ÖØ-Þ0-9][\w&'’.-]*"
# "SinnerSchrader gehört zu den führenden …", "Tallow Analytics is a …", "At Lumen, we …", "Join Quill": a name the
# text speaks of as the organisation, at a sentence's start
_PROSE_COMPANY = (
    re.compile(rf"(?:^|[.!?]\s+|\n)((?:{_ORG_WORD}[ \t]+){{0,3}}{_ORG_WORD})\s+(?:is|are)\s+(?:(?:a|an)\s+(?!(?:must|plus|bonus|"
               r"requirement|nice|big|huge|key|strong|great|advantage|benefit|asset|essential|definite)\b)|one\s+of\b|"
               r"the\s+(?:leading|largest|world|UK|US|market|first|home|biggest|fastest)\b)"),
    re.compile(rf"(?:^|[.!?]\s+|\n)((?:{_ORG_WORD}[ \t]+){{0,3}}{_ORG_WORD})\s+(?:gehört\s+zu|ist\s+(?:ein|eine|der|die|"
               r"das)|est\s+(?:un|une|le|la|l['’])|es\s+(?:un|una|el|la)|zählt\s+zu)\b"),
    re.compile(rf"(?:^|[.!?]\s+|\n)(?:At|Bei|Chez|En|Join)\s+((?:{_ORG_WORD}[ \t]+){{0,3}}{_ORG_WORD}),\s"),
    # "Northside Community Hospital is hiring a Clinical Pharmacist", "Slice is looking for a …", "Acme is seeking a …"
    # (newcomer check rc30: the company was left empty)
    re.compile(rf"(?:^|[.!?]\s+|\n)((?:{_ORG_WORD}[ \t]+){{0,3}}{_ORG_WORD})\s+(?:is|are)\s+(?:now\s+)?(?:hiring|recruiting|"
               r"seeking|looking\s+(?:for|to\s+hire))\b"),
)
_NOT_PROSE_NAME = re.compile(
    r"(?i)^(?:the|a|an|we|our|you|your|this|that|it|they|he|she|there|here|what|who|which|each|every|our\s+client|"
    r"client|wir|sie|es|er|das|der|die|dies|unser|unsere|nous|vous|il|elle|ce|cette|le|la|nuestro|nuestra|somos|"
    r"este|esta|el|la|role|job|position|stelle|poste|puesto)(?:\s|$)")


def prose_company(text: str) -> str:
    """The organisation the first 40 lines speak of as one ("SinnerSchrader gehört zu den führenden
    Digitalagenturen", "Tallow Analytics is a …", "At Lumen, we …"): one to four capitalised words, no pronoun,
    place, team or job title; else ""."""
    from core.analysis.cv_places import is_place
    from core.documents.job import _GENERIC, _NOT_COMPANY, _looks_like_title  # the heading reader's words

    head = "\n".join((text or "").splitlines()[:40]).replace("**", "").replace("__", "")
    for pattern in _PROSE_COMPANY:
        for match in pattern.finditer(head):
            name = match.group(1).strip()
            if (_NOT_PROSE_NAME.match(name) or is_place(name) or _NOT_COMPANY.search(name)
                    or _looks_like_title(name) or name.lower() in _GENERIC):
                continue
            return name
    return ""
