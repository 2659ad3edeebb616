"""Counting words: the one definition behind every word count the app shows.

Standard library only and imported by nothing heavy, so the chat can count a reply's words without
loading the analysis package.
"""

from __future__ import annotations

import re

# Chinese characters and Japanese kana: scripts written without spaces between words.
CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


_CJK_EDGE = re.compile(r"(?<=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])(?=[0-9A-Za-z£$€])|"
                       r"(?<=[0-9A-Za-z%])(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")


def cjk_spaced(text: str) -> str:
    """``text`` with a space where a Chinese character or kana meets a Latin letter or a digit ("提升了11%。" ->
    "提升了 11%。", "在Brightcart时" -> "在 Brightcart 时"), as Chinese and Japanese typesetting often spaces them:
    so a number or a name inside such text is a word of its own for the analysis (regex word boundaries)."""
    return _CJK_EDGE.sub(" ", text or "")


def count_words(text: str) -> int:
    """How many words ``text`` has: every count the app shows of an answer (the chat's and Feedback's
    "Typed · N words" line, the communication evidence "N words in M sentences" and "one sentence runs
    N words", the same lines in the exports, words per minute) and of a CV ("Your CV is short (N words)").

    A word is a run of characters between spaces (or line breaks) holding at least one letter or digit,
    in any script. So "don't", "node.js", "CI/CD", "N+1", "e-mail", "900", "4%" and "£2m" are one word
    each, and a lone dash, bullet, "&" or emoji is none: the count a word processor gives. Scripts
    written without spaces count as Microsoft Word's word count does (its "Asian characters"): each
    Chinese character or Japanese kana is one word, and a Latin run between them one more, so
    "我在学校教了六年书" is 9 words and "我用Python教书" 5. Korean is written with spaces and counts
    by them."""
    total = 0
    for token in (text or "").split():
        if not CJK_CHAR.search(token):
            total += any(ch.isalnum() for ch in token)
            continue
        total += len(CJK_CHAR.findall(token))
        total += sum(1 for part in CJK_CHAR.split(token) if any(ch.isalnum() for ch in part))
    return total


# Short job-title words written in capitals ("ER nurse", "UX designer", "VP of sales").
TITLE_ACRONYMS = frozenset({
    "er", "icu", "rn", "qa", "ux", "ui", "hr", "it", "vp", "sdr", "bdr", "ae", "ml", "ai", "seo", "ppc", "crm", "erp",
    "sql", "api", "ios", "cto", "ceo", "cfo", "nhs", "gp", "ed", "or", "pr", "b2b", "saas",
})
# Words a title-cased title keeps in lower case ("Head of Sales", "Nurse or Midwife").
# the small words of English and of the CV languages' titles ("Especialista em Marketing Digital", "Profesor/a de
# Secundaria y Bachillerato", "Kaufmann für Büromanagement"): lower case after the first word, never title-cased
_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "de", "for", "in", "of", "on", "or", "the", "to", "with",
                          "y", "e", "o", "u", "em", "da", "do", "das", "dos", "del", "la", "las", "el", "los", "en", "para",
                          "für", "und", "im", "der", "die", "des", "von", "zur", "zum", "et", "du", "di", "della",
                          "per", "van", "het", "voor", "al", "ao", "à", "au", "aux", "alla", "allo", "dei", "delle",
                          "degli", "nel", "nella", "sul", "am", "ins", "oder", "mit", "bei", "beim", "vom", "zu", "auf",
                          "ou", "pour", "avec", "sur", "con", "sin"})


# A plain title: letters, digits, spaces and the punctuation of job titles ("Nurse (ER)", "R&D", "C++", "Sr.")
_PLAIN_TITLE = re.compile(r"(?:[^\W_]|[\s'’&(),./+#–—-])+")


def _title_word(word: str, first: bool) -> str:
    letters = "".join(ch for ch in word if ch.isalpha()).lower()
    if any(ch.isupper() for ch in word[1:]) or (word[:1].isupper() and letters not in TITLE_ACRONYMS):
        return word  # as written: "iOS", "McKinsey", "(ER)", "Emergency"
    if letters in _SMALL_WORDS and not first:
        return word.lower()
    if letters in TITLE_ACRONYMS and len(letters) <= 4:
        return "".join(ch.upper() if ch.isalpha() else ch for ch in word)
    # "front-end" -> "Front-End", "(emergency" -> "(Emergency"
    return "-".join(part[:1].upper() + part[1:] if part[:1].isalpha() else part[:1] + part[1:2].upper() + part[2:]
                    for part in word.split("-"))


def display_title(title: str) -> str:
    """A job title as the app shows it: as written when the posting cases it consistently, in title
    case ("Registered Nurse - Emergency Department", "Senior iOS Developer") or sentence case ("Data
    engineer"); else (all lower case, or half of it) in title case, as a
    posting would write it: "registered nurse - Emergency Department" -> "Registered Nurse -
    Emergency Department", "data engineer" -> "Data Engineer", "nurse (er)" -> "Nurse (ER)". Small
    words ("of", "and") stay lower case after the first word; words with inner capitals are kept. A posting's
    gender mark is left out: "Coordinateur Logistique (H/F)" -> "Coordinateur Logistique"
    (:func:`core.analysis.gender_marks.without_gender_mark`)."""
    from core.analysis.gender_marks import without_gender_mark  # here: core.analysis imports this module

    title = without_gender_mark(title or "")  # "(H/F)", "(m/w/d)": the posting's gender mark is no part of the name
    words = title.split()
    if not words:
        return ""
    if not _PLAIN_TITLE.fullmatch(title.strip()):
        return title.strip()  # markup, a tag, a link: the user's text, shown as written (and escaped where shown)
    content = [w for w in words if "".join(ch for ch in w if ch.isalpha()).lower() not in _SMALL_WORDS]
    lower = [w for w in content if w[:1].islower() and not any(ch.isupper() for ch in w)]
    title_cased = [w for w in content[1:] if w[:1].isupper() and not w.isupper()]
    sentence_case = content[:1] and content[0][:1].isupper() and not title_cased  # "Data engineer"
    if not lower or sentence_case:
        return title.strip()
    return " ".join(_title_word(word, i == 0) for i, word in enumerate(words))


# "kind of" / "sort of" as a hedge ("I kind of led it"), not as a noun phrase after a determiner ("that
# kind of work", "what sort of team"): Python's look-behinds are fixed-width, so one per determiner.
_DETERMINERS = ("a", "any", "each", "every", "my", "one", "our", "other", "same", "some", "that", "the", "this",
                "what", "which", "whatever", "your", "their", "his", "her", "its", "no", "another")
HEDGING_KIND_OF = "".join(rf"(?<!\b{d} )" for d in _DETERMINERS) + r"(?:kind|sort) of"

# "honestly" as a sentence adverb only: set off by a comma, opening a sentence or clause, or right after a
# subject ("Honestly, I ...", "and honestly it was", "I honestly think"); after a verb or its object it says how
# something was done ("told her honestly that ...") and is no filler.
_HONESTLY = (r"(?:honestly(?=\s*,)|(?:(?<=^)|(?<=[.!?,;:])|(?<=[.!?,;:]\s)|(?<=\band )|(?<=\bbut )|(?<=\bso )|"
             r"(?<=\bi )|(?<=\bwe )|(?<=\bi'm )|(?<=\bi've )|(?<=\bit's ))honestly)")

# "like" set off by a comma is a filler ("It was, like, a big job") unless it ends a compound ("like-for-like,",
# "business-like,") or is the verb after its subject or an auxiliary ("the kind of system I like, and…", "as you'd
# like, we…"; newcomer, session 23: both counted as fillers and cut from the stronger answer).
_LIKE_NOT_VERB = "(?<!-)" + "".join(rf"(?<!\b{w} )" for w in (
    "i", "we", "you", "they", "he", "she", "people", "would", "i'd", "we'd", "you'd", "they'd", "don't", "do", "did",
    "didn't", "really", "also", "to", "might", "may"))

# Filler words and stock phrases: the one list behind the Delivery line under an answer
# (core.speech.delivery) and the communication dimension of its score (core.analysis.signals), so the
# two never disagree. Lists are per language and asked only of an answer in that language (newcomer,
# session 17: German "um 30 Prozent" = "by 30 percent", "er" = "he", Portuguese "um" = "a" were counted as
# English fillers); a language with no list here has no filler count.
# English: "uh"/"um" after Clark & Fox Tree (2002); "you know" and "I mean" after Fox Tree & Schrock (2002);
# "like" after D'Arcy (2017): the ambiguous ones count only where punctuation sets them off ("I like Python",
# "you know the answer" are no fillers), "I mean" also when it opens a sentence; "well" and "right" only where they
# open a clause ("Well, …"), never "did as well, so…" or "got it right, and…" (session 20 re-check: "The trial classes
# did as well, so we kept it" was given back as "did as, so we kept it"). The rest are the stock
# phrases interview coaching flags ("kind of", "at the end of the day"). A match never includes the comma
# that marks it.
FILLER_RE = re.compile(
    r"\b(?:um+|uh+|uhm+|erm+|er|ah|hmm+|basically|literally|" + HEDGING_KIND_OF + "|"
    r"(?:" + _LIKE_NOT_VERB + r"like|actually)(?=\s*,)|(?:(?<=^)|(?<=[.!?,;:]\s)|(?<=[.!?,;:]))(?:right|well)(?=\s*,)|you know(?=\s*(?:[,.!?]|$))|i mean(?=\s*,)|"
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=[.!?]))i mean\b|"
    r"stuff like that|and stuff|or whatever|to be honest(?: with you)?|" + _HONESTLY + r"|i guess|things like that|"
    r"yeah so|so yeah|at the end of the day|if that makes sense|and so on(?: and so forth)?|"
    r"it is what it is)\b",
    re.IGNORECASE,
)
# Spanish: the discourse markers Briz, Pons & Portolés's Diccionario de partículas discursivas del español
# (DPDE, 2008) describes as fillers of hesitation or reformulation ("este", "pues", "bueno" set off by a
# comma; "o sea"), and "la verdad" as a stock opener.
FILLER_RE_ES = re.compile(r"\b(?:(?:este|pues|bueno)(?=\s*,)|o sea|la verdad)\b", re.IGNORECASE)
FILLER_RES: dict[str, re.Pattern[str]] = {"en": FILLER_RE, "es": FILLER_RE_ES}


def filler_regex(text: str) -> re.Pattern[str] | None:
    """The filler list (:data:`FILLER_RES`) for ``text``'s language; None for a language with no list.
    A text too short for the language detector is English when it reads as English
    (:func:`core.analysis.language.probably_english`) or opens with an English hesitation ("Um, ..."),
    Spanish when it has a Spanish filler, otherwise of no list ("Um 30 Prozent.")."""
    from core.analysis.language import MIN_WORDS, detect_language, probably_english, spaced_words

    text = text or ""
    if spaced_words(text) < MIN_WORDS:
        if probably_english(text) or re.match(r"\s*(?:um+|uh+|uhm+|erm+|hmm+)\s*(?:[,.…]|$)", text, re.IGNORECASE):
            return FILLER_RE
        return FILLER_RE_ES if FILLER_RE_ES.search(text) else None
    return FILLER_RES.get(detect_language(text))


def filler_label(match: re.Match[str]) -> str:
    """How a filler found by :data:`FILLER_RE` is named: lower case, one space ("kind of", "um")."""
    return " ".join(match.group(0).lower().split())


def filler_words(text: str) -> list[str]:
    """Each filler of ``text`` in order, named by :func:`filler_label` (``["um", "you know", "um"]``), from
    the list of ``text``'s language (:func:`filler_regex`); ``[]`` for a language with no list.

    The one count of filler words: the Delivery line under an answer in the chat
    (:func:`core.speech.delivery.count_fillers`), the answer's communication score and the evidence the
    report quotes for it (:mod:`core.analysis.answer`, :mod:`core.coach.dimensions`) all read this list,
    so the chat and the report never give two figures for one answer (newcomer, session 12: 8 and 4)."""
    text = (text or "").replace("’", "'")
    regex = filler_regex(text)
    return [filler_label(m) for m in regex.finditer(text)] if regex else []


def without_fillers(text: str, replacement: str = "") -> str:
    """``text`` with the fillers of its language (:func:`filler_regex`) replaced by ``replacement``;
    ``text`` unchanged in a language with no list."""
    regex = filler_regex(text)
    return regex.sub(replacement, text) if regex else text


def filler_phrase(count: int) -> str:
    """``"1 filler word"``, ``"8 filler words"``: the chat's and the report's one wording of the total."""
    return f"{count} filler word{'' if count == 1 else 's'}"


def singular(word: str) -> str:
    """``word`` (lower case) without the final "s" of an English plural: "apis" -> "api", "microservices" ->
    "microservice"; "class", "aws" (three letters) stay. The one plural rule for matching two ways a name is written
    ("REST APIs" in a bullet, "REST API" in the list); no dictionary ("analysis" -> "analysi"), so it serves to
    compare two forms cut alike, never to show one. Given a phrase, it cuts the phrase's last word.
    :func:`core.analysis.skills._common_plural` differs on purpose: it asks whether a job's word is a real noun's
    plural (word frequencies), to read "demos" as a practice, not to match two forms."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


# the small words a name's initials leave out ("University of Central Florida" -> UCF, "Universidad de la Rioja")
INITIAL_SKIP = frozenset({"of", "and", "the", "for", "at", "in", "on", "to", "a", "an", "de", "du", "des", "la", "le", "&"})


def initials(words: list[str]) -> str:
    """The initials, in capitals, of ``words`` without the small ones (:data:`INITIAL_SKIP`): ["partial",
    "hospitalisation", "programme"] -> "PHP", ["University", "of", "Central", "Florida"] -> "UCF"."""
    return "".join(w[0] for w in words if w and w.casefold() not in INITIAL_SKIP).upper()


def capital_initials(text: str) -> str:
    """The initials of ``text``'s capitalised words, an opening bracket aside: "Qualified Teacher Status" -> "QTS",
    "(National Electric Code)" -> "NEC", "University of Maryland Baltimore County" -> "UMBC" (a small word in lower
    case gives none).

    The other initials checks differ on purpose: :func:`core.analysis.skills_forms.abbreviates` takes one letter
    from each of the last words, small ones too (a requirement's acronym names exactly the words before it);
    :func:`core.analysis.skills_forms.abbreviation_after` lets a small word give its letter or not and a word in
    capitals give all of its ("AWS Identity and Access Management (AWSIAM)"); ``core.analysis.cv_skills._is_acronym_of``
    accepts initials that stop early or start late ("Object-Oriented Programming (OO)", a list item's words);
    :func:`core.analysis.cv_lines.own_acronym` takes letters from inside words ("Solare Energiesysteme ISE",
    German compounds)."""
    return "".join(w.strip("(")[0] for w in text.split() if w.strip("(")[:1].isupper())


# the acronyms a title's word may be ("(ER)", "IT"): never a title-cased word to lower
_TITLE_PART_ACRONYMS = frozenset({"er", "icu", "rn", "qa", "ux", "ui", "hr", "it", "vp", "ae", "ml", "ai", "pa", "gp"})


def title_cased_parts(word: str) -> bool:
    """Whether a title's word is only title-cased parts, its brackets or hyphens aside ("Multi-Skilled", "(Days",
    "Only)"), never an acronym ("(ER)", "(It)") or a name with an inner capital ("McKinsey")."""
    parts = [p for p in re.split(r"[-/]", word.strip("()[]{}\"'“”‘’.,;:")) if p]
    return bool(parts) and (len(parts) > 1 or word[:1] in "([{\"'“‘" or word[-1:] in ")]}") and all(
        p[:1].isupper() and p[1:].islower() and p.lower() not in _TITLE_PART_ACRONYMS for p in parts)


# Loose words of amount ("loads of", "tons of"): like fillers, never an answer's subject (session 20: a busy-week
# story was called about something else, "(um, basically, loads, completions)").
_LOOSE_AMOUNT_RE = re.compile(r"\b(?:loads|lots|tons|heaps|masses|bunch)\b(?= of\b)", re.IGNORECASE)


def subject_text(text: str) -> str:
    """``text`` with its filler words (:func:`without_fillers`) and loose words of amount ("loads of") blanked out:
    what is left is what the answer is about. Never raises; "" for ""."""
    return _LOOSE_AMOUNT_RE.sub(" ", without_fillers((text or "").replace("’", "'"), " "))
