"""What a job ad says that asks nothing of a candidate, in the ad languages the app reads (English, French, German,
Spanish): what the ad says is not needed or will be taught ("You don't need to know X", "we will train you in …"),
hiring steps and documents to bring ("bring proof of ID", "consider applying", an assessment the employer runs),
contract, schedule and pay lines ("Contrat d'intérim", "Horaires en journée du lundi au vendredi"), section
headings of offers, duties and requirements in those languages, and duties written in the third person
("Performs snow clearing"). Used by :mod:`core.analysis.job_lines` and :mod:`core.analysis.job`."""

from __future__ import annotations

import re

from core.analysis.job_duties import is_verb
from core.analysis.job_traits import trait_word


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())

# Sentences that say a skill is NOT needed or that the employer will teach it: never a requirement.
_NOT_ASKED_RE = re.compile(
    r"\b(?:do not|don't|don’t|won't|won’t|will not|needn't|needn’t) (?:need|have to|require)\b|"
    r"\bno (?:previous |prior |formal |relevant )?(?:experience|qualifications?|knowledge|degree|skills)(?: is| are)? "
    r"(?:needed|required|necessary|essential)\b|\bwe(?:'ll|’ll| will) (?:train|teach|show)\b|"
    r"\b(?:full |on-the-job |all )?training (?:will be |is )?(?:provided|given)\b|\bwill be (?:taught|trained)\b|"
    r"\byou(?:'ll|’ll| will) (?:learn|be trained|receive (?:full )?training|study|be taught)\b|"
    r"\bnous vous formerons\b|\bvous serez formée?s?\b|\bformation (?:assurée|interne assurée|prise en charge)\b|"
    r"\baucune? (?:expérience|diplôme|qualification) (?:n'est |n’est )?(?:requise?|exigée?|nécessaire)\b|\bdébutants? acceptée?s?\b|"
    r"\bwir bilden (?:sie|dich) aus\b|\b(?:sie|du) (?:werden|wirst) (?:von uns )?(?:eingearbeitet|geschult)\b|"
    r"\bkeine (?:\w+ )?(?:erfahrung|vorkenntnisse|ausbildung)(?: ist)? (?:erforderlich|nötig|notwendig)\b|"
    r"\bquereinsteiger\w* (?:sind )?willkommen\b|\bno (?:se )?(?:requiere|necesita|es necesari[oa])\b|"
    r"\b(?:te|le) formamos\b|\bformación a cargo\b|\bsin experiencia\b",
    re.IGNORECASE)

# Hiring steps and documents to bring: what the employer does or wants at the door, never a skill.
_HIRING_STEP_RE = re.compile(
    r"\bconsider applying\b|\bproof of (?:identity|id|address|eligibility)\b|"
    r"\b(?:bring|provide|submit|upload|present|send)\b[^.]{0,50}\b(?:documents?|documentation|passport|"
    r"identification|photo id|tax (?:forms?|documents?)|cover letter|résumé|resume)\b|"
    r"\b(?:candidates|applicants|you) will (?:be asked to |need to )?(?:complete|take|sit|undergo|attend)\b[^.]{0,40}"
    r"\b(?:assessment|test|interview|screening)\b|\bsubject to (?:\w+ ){0,3}approvals?\b|"
    r"\b(?:envoyez|adressez)[- ](?:nous )?votre (?:cv|candidature)\b|\bpièces? (?:d'identité|d’identité|justificatives?)\b|"
    r"\bbewerben sie sich\b|\bbewirb dich\b|\bbewerbungsunterlagen\b|\benv[íi]a(?:nos)? tu (?:cv|candidatura)\b|"
    r"\bpost[úu]late\b|\binscr[íi]bete\b|"
    r"\b(?:assessments?|tests?|screenings?|interviews?|checks?)\s+(?:will be|is|are|shall be)\s+(?:conducted|carried out|"
    r"held|administered|arranged|run)\b",
    re.IGNORECASE)

# A short line of the post's terms: contract, schedule, place, pay.
_TERMS_RE = re.compile(
    r"^(?:(?:type de )?contrat|cdi|cdd|(?:pas de )?primes?|int[ée]rim|horaires?|salaire|r[ée]mun[ée]ration|temps (?:plein|partiel)|"
    r"lieu de travail|prise de poste|poste (?:à pourvoir|basé)|vergütung|gehalt|arbeitszeit(?:en)?|arbeitsort|vollzeit|"
    r"teilzeit|befristet|unbefristet\w*|arbeitsvertrag|urlaub|contrato|jornada|horario|salario|sueldo|incorporaci[óo]n|"
    r"full[- ]time|part[- ]time|permanent|temporary|fixed[- ]term|hours|schedule|shifts?|wage|pay|"
    r"contratto|tempo (?:pieno|parziale|indeterminato|determinato)|orario|stipendio|retribuzione|ral|sede di lavoro|"
    r"salaris|vakantiedagen|vakantiegeld|dienstverband|fulltime|parttime|reiskostenvergoeding|pensioenregeling|"
    r"(?:een |vast |tijdelijk )?contract|werktijden|standplaats|\d+\s*(?:-\s*\d+\s*)?uur per week|"
    r"contract (?:type|length|duration|role|position|of)|\d+[- ](?:month|week|year)s? contract)\b|"
    r"\b(?:du lundi au (?:vendredi|samedi)|von montag bis (?:freitag|samstag)|montag bis (?:freitag|samstag)|"
    r"de lunes a (?:viernes|s[áa]bado)|monday (?:to|through|-|–) (?:friday|saturday)|\d+ ?(?:€|\$|£)|(?:€|\$|£) ?\d)",
    re.IGNORECASE)
# Words that ask something of a candidate: a terms line with one of them stays ("Erfahrung im Schichtdienst").
_ASKS_RE = re.compile(
    r"\b(?:experience\w*|knowledge|skills?|able|ability|familiar\w*|proficien\w*|expérience|exp[ée]riment[ée]e?|"
    r"connaissances?|ma[îi]trise|erfahrung\w*|kenntnisse\w*|f[äa]hig\w*|experiencia|conocimientos?|capacidad|"
    r"certificat\w*|licen[cs]e|dipl[ôo]m\w*|qualifi\w*|esperienz\w*|conoscenz\w*|competenz\w*|capacit[àa]|"
    r"ervaring|kennis|vaardig\w*|opleiding|rijbewijs|patente)\b", re.IGNORECASE)

# Section headings in the ad languages: offers, pay and how to apply (dropped), requirements; duties in English
# (a duty list in another language is read whole, line by line: :mod:`core.analysis.job_whole`).
OFFER_HEADER_RE = re.compile(
    r"wir bieten|bieten wir|unser angebot|ihre vorteile|deine vorteile|benefits|nous offrons|nous proposons|"
    r"ce que nous offrons|avantages|r[ée]mun[ée]ration|ofrecemos|qu[ée] ofrecemos|beneficios|condiciones|"
    r"über uns|qui sommes|à propos|sobre nosotros|qui[ée]nes somos|bewerbung|postuler|candidature|c[óo]mo postular|"
    r"contrat|vertrag|training (?:provided|you.?ll get|offered)|what you.?ll learn|you will learn|course content|"
    r"^training$|^the training$|"
    # what the post gives the one hired ("What you'll get", "What you get", "What we give you", "Why you'll love it here")
    r"^what (?:you(?:.?ll| will)? get|we give you)\b(?! to (?:do|work|learn))|^why you.?ll love\b|"
    # documents to bring and the hiring steps: what the employer asks at the door, never a skill ("Documentación
    # necesaria", "Documents to bring", "Pièces à fournir", "¿Cuál es el proceso?", "Our hiring process")
    r"^(?:(?:required|necessary|the)\s+)?(?:documents?|paperwork|documentaci[óo]n|documentos|pi[èe]ces|unterlagen)\b|"
    r"\b(?:hiring|recruitment|application|selection|interview) process\b|\bproceso\b|\bprocessus\b|"
    r"\bauswahlverfahren\b|\bnext steps\b|"
    # Dutch and Italian offers and pay, more German, French and Spanish wordings of them ("Wat bieden wij?",
    # "Wij bieden", "Arbeidsvoorwaarden", "Cosa offriamo", "Si offre", "Was wir bieten", "Pourquoi nous rejoindre",
    # "Lo que te ofrecemos")
    r"\bwat (?:bieden|krijg) (?:wij|we|je|jij)\b|\b(?:wij|we) bieden\b|\bwat (?:wij|we) (?:je )?bieden\b|"
    r"arbeidsvoorwaarden|\bons aanbod\b|\bcosa (?:ti )?offriamo\b|\boffriamo\b|\bsi offre\b|\bofferta\b|"
    r"\bretribuzione\b|\bwas wir (?:dir |ihnen )?bieten\b|\bdas bieten wir\b|\bpourquoi nous rejoindre\b|"
    r"\bce que (?:nous )?(?:vous |te )?(?:offrons|proposons)\b|\b(?:lo )?que (?:te )?ofrecemos\b|\bwhat'?s in it for you\b|"
    r"\blove working (?:here|with us|at)\b|\bour offer\b|^rewards?\b|\bcondizioni\b|"
    # other jobs a career page lists beside this one ("Related Careers", "Similar jobs", "Other vacancies", "See also",
    # "Career paths"): names of posts, never what this one asks (session 28 re-check rc28, P2: a pharmacist was asked
    # to "take on pharmacy technician")
    r"^(?:related|similar|other|more) (?:careers?|jobs?|roles?|positions?|posts?|vacancies|openings|occupations|"
    r"professions?)\b|^see also\b|^you (?:may|might) also\b|^career (?:paths?|progression|options)\b|"
    r"^(?:[ée]galement|autres|postes|métiers) (?:similaires|associés|proches)\b|^[äa]hnliche (?:jobs|stellen|berufe)\b|"
    r"^(?:empleos|puestos|ofertas) (?:similares|relacionad[oa]s)\b",
    re.IGNORECASE)
DUTY_HEADER_RE = re.compile(
    r"essential functions|functions|accountabilit|^tasks|what you.?ll be doing|examples of duties|job summary",
    re.IGNORECASE)
# Duty headings in the other ad languages ("Ihre Aufgaben", "Vos missions", "Tus funciones", "Wat ga je doen?",
# "Mansioni"): their lines rank after the requirements' (a duty list in those languages is still read whole, line by
# line: :mod:`core.analysis.job_whole`, as a duty there may name a skill).
OTHER_DUTY_HEADER_RE = re.compile(
    r"^(?:ihre|deine|die|unsere|meine)?\s*(?:aufgaben|t[äa]tigkeiten|aufgabengebiet|verantwortlichkeiten)\b|"
    r"\bwas (?:dich|sie) erwartet\b|\b(?:das|was) erwartet (?:dich|sie)\b|\bdeine rolle\b|^(?:vos |les |tes )?(?:missions?|t[âa]ches|activit[ée]s|"
    r"responsabilit[ée]s)(?: principales?)?\b|\bdescriptif du poste\b|\bce que vous ferez\b|"
    r"^(?:tus |sus |las )?(?:funciones|tareas|responsabilidades)\b|\bqu[ée] har[áa]s\b|"
    r"\bwat (?:ga|zal) (?:je|jij) doen\b|\bwat houdt de (?:functie|baan) in\b|\b(?:jouw |de )?(?:taken|werkzaamheden)\b|"
    r"^(?:le )?mansioni\b|\bcosa farai\b|\bdi cosa ti occuperai\b|^(?:le )?(?:attivit[àa]|responsabilit[àa])\b",
    re.IGNORECASE)
MUST_HEADER_RE = re.compile(
    r"profil|anforderungen|voraussetzungen|qualifikation|mitbringen|requisitos|perfil|exigences|comp[ée]tences|"
    r"exp[ée]rience|aptitudes|"
    r"kenntnisse|you are\b|education|training and qualifications|certifications?|"
    # the requirement headings of German, French, Spanish, Dutch and Italian ads in their other usual wordings
    # ("Sie bringen mit", "Das bringst du mit", "Ce que nous recherchons", "Lo que buscamos", "Wat vragen wij?",
    # "Functie-eisen", "Wie ben jij?", "Requisiti", "Cosa cerchiamo", "Il candidato ideale")
    r"\b(?:bringen|bringst|bringt) (?:sie |du |ihr )?mit\b|\bwas (?:sie|du) mitbringst\b|\bwas wir (?:erwarten|suchen)\b|"
    r"\bwen wir suchen\b|\bdein k[öo]nnen\b|\bce que nous (?:recherchons|attendons)\b|\bvous [êe]tes\b|"
    r"\bsavoir[- ]faire\b|\b(?:lo |qu[ée] )?(?:que )?(?:buscamos|necesitamos|pedimos)\b|\bte pedimos\b|\bse requiere\b|"
    r"\bwat (?:vragen|vraag|verwachten) (?:wij|we|je)\b|\bwat (?:wij|we) (?:vragen|verwachten|zoeken)\b|"
    r"\bwat (?:breng|neem) (?:je|jij) mee\b|functie-?eisen|\bvereisten\b|\bwie (?:ben|zoeken) (?:jij|je|we|wij)\b|"
    r"\bjouw (?:profiel|kwaliteiten)\b|\bprofiel\b|\brequisiti\b|\bcosa cerchiamo\b|\bchi cerchiamo\b|"
    r"\bil (?:candidato|profilo) ideale\b|\bprofilo\b|\bcompetenze\b|\bconoscenze\b|"
    # the qualities asked for: "Personal qualities", "Cualidades personales", "Qualités personnelles", "Savoir-être",
    # "Persönliche Eigenschaften", "Qualità personali", "Persoonlijke kwaliteiten"
    r"\b(?:personal )?qualities\b|\bcualidades\b|\bqualit[ée]s\b|\bsavoir[- ][êe]tre\b|\beigenschaften\b|"
    r"\bqualit[àa] personali\b|\bkwaliteiten\b", re.IGNORECASE)


def not_asked(sentence: str) -> bool:
    """Whether ``sentence`` says a skill is not needed or will be taught ("You don't need to know X",
    "we will train you in …", "Aucune expérience requise"), or is a hiring step ("bring proof of ID", "consider
    applying", "Candidates will complete a practical assessment")."""
    return bool(_NOT_ASKED_RE.search(sentence) or _HIRING_STEP_RE.search(sentence))


# A not-needed sentence that points back ("You don't need to know these technologies"): what it points at is the
# sentence before it ("… platforms that include Drupal and React."), not asked either.
_POINTS_BACK_RE = re.compile(r"\b(?:these|those|them|this|any of (?:it|this|these|them))\b|\b(?:ces|celles?-ci|diese|"
                             r"estas|estos|ellas?|ellos)\b", re.IGNORECASE)


def without_not_asked(text: str) -> str:
    """``text``, line by line, without the sentences that ask nothing (:func:`not_asked`) and, when one points back
    (:data:`_POINTS_BACK_RE`: "… these tools"), the sentence before it in its paragraph (same line or the line above)."""
    from core.analysis.text import sentences

    lines = [[(part, False) for part in (sentences(line) or [line])] if line.strip() else [] for line in
             (text or "").splitlines()]
    changed = set()
    for i, parts in enumerate(lines):
        for j, (part, _) in enumerate(parts):
            if not not_asked(part):
                continue
            parts[j], changed = (part, True), changed | {i}
            if _POINTS_BACK_RE.search(part) and j:
                parts[j - 1] = (parts[j - 1][0], True)
            elif _POINTS_BACK_RE.search(part) and i and lines[i - 1]:
                lines[i - 1][-1], changed = (lines[i - 1][-1][0], True), changed | {i - 1}
    raw = (text or "").splitlines()
    return "\n".join(" ".join(p for p, out in parts if not out) if i in changed else raw[i]
                     for i, parts in enumerate(lines))


# Pay that follows experience asks for none: "Rémunération selon expérience", "salary depending on experience".
_PAY_BY_RE = re.compile(r"\b(?:selon|suivant|en fonction de|according to|depending on|based on|commensurate with|"
                        r"dependent on|nach|je nach|según|en función de|acorde a)\s+(?:(?:l'|la |le |votre |your |the |"
                        r"der |su |la )?)(?:exp[ée]rience|erfahrung|experiencia|profil|qualifications?)\b", re.IGNORECASE)


# What an employer offers, named by a noun no requirement uses (German, French, Spanish; English offers are
# :func:`core.analysis.job_lines.without_offers`): a bullet of an offer list whose heading was lost.
_OFFER_WORD_RE = re.compile(
    r"arbeitsklima|arbeitsatmosph[äa]re|arbeitszeitmodell\w*|\w*m[öo]glichkeiten\b|altersvorsorge|"
    r"gesundheitsf[öo]rderung|\w*zuschl[äa]ge\b|lohnzahlung\w*|urlaubs(?:tage|geld)|weihnachtsgeld|mitarbeiterrabatt\w*|"
    r"jobrad|dienstwagen|firmenwagen|betriebsrente|\bmutuelle\b|\b(?:tickets?|titres?)[- ]restaurants?\b|"
    r"comit[ée] d'entreprise|int[ée]ressement|possibilit[ée]s? d'[ée]volution|ambiance de travail|"
    r"ambiente (?:de trabajo|laboral)|seguro m[ée]dico|plan de carrera|vales de despensa|aguinaldo|prestaciones",
    re.IGNORECASE)


def offer_line(line: str) -> bool:
    """Whether a short line (at most twelve words) names what the employer offers and asks nothing ("flexible
    Arbeitszeitmodelle", "vielfältige Fort- und Weiterbildungsmöglichkeiten", "Mutuelle d'entreprise", "Buen
    ambiente de trabajo")."""
    return len(line.split()) <= 12 and bool(_OFFER_WORD_RE.search(line)) and not _ASKS_RE.search(line)


def terms_line(line: str) -> bool:
    """Whether ``line`` is a short line of the post's terms (contract, schedule, pay: "Contrat d'intérim de 6 mois",
    "Horaires en journée du lundi au vendredi", "Vergütung nach Tarif", "Rémunération selon expérience"), asking
    nothing (at most 14 words; pay "according to experience" asks for none)."""
    return (len(line.split()) <= 14 and bool(_TERMS_RE.search(line.strip()))
            and not _ASKS_RE.search(_PAY_BY_RE.sub("", line)))


def unglued(text: str) -> str:
    """``text`` with a space put after a full stop glued to the next sentence ("attention to detail.Excellent
    time management" -> "… detail. Excellent …"); a domain or a version ("Node.js", "v2.Beta") is left alone:
    the stop must follow two lower-case letters and come before a capital and a lower-case letter."""
    return re.sub(r"(?<=[a-z]{2})\.(?=[A-Z][a-z]+\b)(?![A-Z][a-z]*\.\w)", ". ", text)


_NOUN_AFTER = frozenset({"management", "administration", "processing", "keeping", "analysis", "systems", "system",
                         "retention", "code", "codes"})


def third_person_duty(phrase: str) -> bool:
    """Whether ``phrase`` opens with a verb of work in the third person ("Performs snow clearing", "Sorts incoming
    mail"): a duty as a job description's duty list states it, never a requirement by itself (a skill it names is
    read as a skill); "Records management" is a noun phrase and stays."""
    words = phrase.split()
    if len(words) > 2 and re.fullmatch(r"[A-Za-z]{3,}ly", words[0]):  # "Carefully checks play equipment"
        words = words[1:]
    if len(words) < 2 or not re.fullmatch(r"[A-Za-z]+[^s]s", words[0]) or words[1].lower() in _NOUN_AFTER:
        return False
    return is_verb(words[0]) or words[0].lower().rstrip("s") in _MANUAL_VERBS or words[0].lower()[:-2] in _MANUAL_VERBS


# Verbs of manual work, absent from the duty verbs of :mod:`core.analysis.job_duties` (their objects name no skill).
_MANUAL_VERBS = _words("sort unload stack sweep wash restock collect fetch carry tidy greet wipe mop shovel")


def manual_duty(phrase: str) -> bool:
    """Whether ``phrase`` opens with a verb of manual work in its base form ("Sort incoming", "Clean the
    kitchen"): a duty whose object names no skill."""
    words = phrase.split()
    return len(words) >= 2 and words[0].lower() in _MANUAL_VERBS and words[1].lower() not in _NOUN_AFTER


# One-word bullets that name a trait the ad asks for: German nouns of a quality ("Teamfähigkeit", "Belastbarkeit",
# "Einfühlungsvermögen") and, under "You are:", English adjectives of one ("Curious", "Organised").
_TRAIT_NOUN_RE = re.compile(r"\w{3,}(?:fähigkeit|keit|heit|vermögen|bereitschaft|kompetenz|stärke|sinn|denken|"
                            r"rigueur|autonomie|sérieux|ponctualité|polyvalence|responsabilidad|proactividad)$|"
                            r"rigueur|autonomie|sérieux|ponctualité|polyvalence|dynamisme|"
                            r"responsabilidad|proactividad|puntualidad|flexibilidad|organización", re.IGNORECASE)
_TRAIT_ADJECTIVES = _words("""
curious organised organized reliable punctual proactive adaptable resilient flexible motivated self-motivated
detail-oriented detail-focused friendly patient empathetic enthusiastic dependable honest creative analytical
collaborative approachable diplomatic methodical meticulous hardworking hard-working conscientious calm positive
""")


def lone_trait(word: str) -> bool:
    """Whether a one-word requirement line names a trait ("Teamfähigkeit", "Belastbarkeit", "Rigueur",
    "Curious", "zuverlässig": also the words of :func:`core.analysis.job_traits.trait_word`): a requirement by itself,
    though one word."""
    low = word.strip(" .;,:").lower()
    return bool(_TRAIT_NOUN_RE.fullmatch(low)) or low in _TRAIT_ADJECTIVES or trait_word(low)


def unbroken(text: str) -> str:
    """``text`` with a word broken by a hyphen at a line's end joined again ("a Class 2 HGV lic-" / "ence for the
    van" -> "a Class 2 HGV licence for the van"); a hyphen before a capital or a digit stays."""
    return re.sub(r"(?<=[a-z]{2})-[ \t]*\r?\n[ \t]*(?=[a-z]{2})", "", text)


def _list_items(value: object) -> list[str]:
    """The text items of a front-matter list, however a CMS nests them: scalars, one-field mappings
    ("- item: Teamfähigkeit"), a mapping that holds the list ("list-items: [...]"); [] for anything else."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return [str(value)]
    if isinstance(value, dict):
        return [item for v in value.values() if isinstance(v, list | tuple | dict) or len(value) == 1
                for item in _list_items(v)]
    if isinstance(value, list | tuple):
        return [item for v in value for item in _list_items(v)]
    return []


def _text_lines(value: str) -> list[str]:
    """A long text field's lines as the YAML gives them (a folded block's paragraphs, its "- " items and headings
    ending in ":" each on its own line), spaces collapsed."""
    return [" ".join(line.split()) for line in value.splitlines()]


def _nested_texts(value: dict) -> list[str]:
    """The long text fields (more than twelve words) of a mapping in the front matter, as lines: a CMS box that holds
    the ad ("infoBox: {title: …, text: >- …}")."""
    return [line for v in value.values() if isinstance(v, str) and len(v.split()) > 12 for line in ["", *_text_lines(v)]]


def front_matter(text: str) -> str:
    """A job page that opens with YAML front matter ("---" / "requirements:" / "  - …" / "---") as the lines the
    requirement reader knows: each list field as a heading named by its key ("Requirements") and its items as bullets
    (items nested in mappings as a CMS writes them read too: :func:`_list_items`),
    each text field as "Key: value" (a long one as a paragraph under its heading; a long text field of a mapping as its
    lines: :func:`_nested_texts`); the rest of the page after it.
    The page unchanged when it has none or it is no YAML mapping (PyYAML, ``yaml.safe_load``)."""
    match = re.match(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", text or "", re.DOTALL)
    if not match:
        return text
    import yaml  # PyYAML: a reader of the front matter's lists, folded and quoted strings

    try:
        fields = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return text
    if not isinstance(fields, dict):
        return text
    lines: list[str] = []
    for key, value in fields.items():
        label = str(key).replace("_", " ").replace("-", " ").strip().capitalize()
        if isinstance(value, list | tuple | dict):  # a CMS block: "list_two: {list-items: [{item: ...}, ...]}"
            lines += ["", label] + [f"- {' '.join(item.split())}" for item in _list_items(value)]
            lines += [*(_nested_texts(value) if isinstance(value, dict) else []), ""]
        elif isinstance(value, str) and len(value.split()) > 12:
            lines += ["", label, " ".join(value.split()), ""]  # one paragraph, as a page's own text field reads
        elif isinstance(value, str | int | float):
            lines.append(f"{label}: {' '.join(str(value).split())}")
    return "\n".join(lines) + "\n" + text[match.end():]


def readable(text: str) -> str:
    """``text`` as the requirement reader takes it: front matter as headings and bullets (:func:`front_matter`),
    words broken at a line's end joined (:func:`unbroken`), glued sentences apart (:func:`unglued`)."""
    return unglued(unbroken(front_matter(text)))


# Headings a French, Spanish or German page writes in sentence case, its second word in lower case.
_SENTENCE_CASE_HEADING_RE = re.compile(
    r"(?:profil|descriptif|description|missions?|exp[ée]riences?|formations?|comp[ée]tences|qualit[ée]s|aptitudes|"
    r"savoir[- ][êe]tre|perfil|requisitos|funciones|tareas|aufgaben|anforderungen|ihr profil|votre profil|tu perfil)"
    r"(?:\s+(?:recherch[ée]e?s?|requise?s?|souhait[ée]e?s?|demand[ée]e?s?|du poste|de poste|del puesto|"
    r"buscados?|requeridos?|necesari[oa]s?|exig[ée]e?s?))?", re.IGNORECASE)


def _asked_heading(line: str) -> bool:
    """Whether a short line (at most six words) in sentence case is a section heading: it ends in ":" or "?" and
    names a section, or a section's name is most of it ("Wat bieden wij", "Cosa offriamo"; never "Kenntnisse in
    SAP", a requirement that opens with a heading's word)."""
    bare = line.strip().rstrip(":?！ ").strip()
    if not bare or len(bare.split()) > 6:
        return False
    found = [m for r in (MUST_HEADER_RE, OFFER_HEADER_RE, DUTY_HEADER_RE, OTHER_DUTY_HEADER_RE) if (m := r.search(bare))]
    if not found:
        return False
    return line.strip()[-1:] in {":", "?"} or max(len(m.group(0)) for m in found) >= 0.7 * len(bare)


def subheading(line: str) -> bool:
    """Whether a short line is a heading of its own ("Education & Experience", "Training", "Ihr Profil"): at most
    four words, each capitalised or a joiner ("&", "and"), naming a section (:data:`MUST_HEADER_RE`,
    :data:`OFFER_HEADER_RE`, :data:`DUTY_HEADER_RE`), never a requirement of its own."""
    if _SENTENCE_CASE_HEADING_RE.fullmatch(line.rstrip(": ").strip()):  # "Profil recherché", "Descriptif du poste"
        return True
    if _asked_heading(line):  # "Wat bieden wij?", "Das bringst du mit:", "Cosa offriamo"
        return True
    words = line.rstrip(":").split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() or w.lower() in {"&", "and", "/", "und", "et", "y"}
                                           for w in words):
        return False
    return bool(MUST_HEADER_RE.search(line) or OFFER_HEADER_RE.search(line) or DUTY_HEADER_RE.search(line)
                or OTHER_DUTY_HEADER_RE.search(line) or re.search(r"\b(?:experience|qualifications?|skills|requirements|training)\b", line, re.I))
