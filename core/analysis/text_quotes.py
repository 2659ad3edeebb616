"""Quotes' bounds: where a quote of an answer or a CV starts and ends (:func:`short_quote`, :func:`phrase_cut`,
:func:`phrase_words`, :func:`phrase_span`); split from :mod:`core.analysis.text`, which re-exports them. A quote starts
and ends at a word, keeps a number whole ("80,000", "2.1x", "Year 1") and never ends on an article or a preposition
(issue 15: "Quotes end at a word or sentence boundary")."""

from __future__ import annotations

import re


def short_quote(text: str, start: int, end: int, width: int = 7) -> str:
    """Up to ``width`` words either side of a span, trimmed to its sentence: a verbatim slice of
    ``text`` (spacing, hyphens and brackets as typed), starting and ending at a word boundary."""
    from core.analysis.text import hold_abbreviations  # text re-exports this module: imported when called

    held = hold_abbreviations(text)  # "at St. David's" is one sentence; same offsets as text
    while end - 1 > start and text[end - 1] in ".," and (end == len(text) or text[end].isspace()):
        end -= 1  # a number's match that took its sentence's full stop ("down to 6. My…"): the quote ends there
    boundaries = [m.end() - 1 for m in re.finditer(r"[.!?]['\"’”)]*(?=\s)|\n", held[:start])]
    left = boundaries[-1] if boundaries else -1  # a decimal point ("1.8 s") is not a boundary
    right_candidates = [
        i
        for i in (held.find(".", end), held.find("\n", end), held.find("?", end), held.find("!", end))
        if i != -1
    ]
    right = min(right_candidates) if right_candidates else len(text)
    # Do not stop at a decimal point inside a number.
    while right < len(text) - 1 and text[right] == "." and text[right + 1].isdigit():
        nxt = [i for i in (held.find(".", right + 1), held.find("\n", right + 1)) if i != -1]
        right = min(nxt) if nxt else len(text)
    # The span widened to whole words ("45" of "45-patient" is quoted as "45-patient").
    while start > left + 1 and not text[start - 1].isspace():
        start -= 1
    while end < right and not text[end].isspace():
        end += 1
    before = list(re.finditer(r"\S+", text[left + 1 : start]))
    lead, tail = _whole_lead(before, width), _whole_tail(list(re.finditer(r"\S+", text[end:right])), width)
    tail = [] if text[start:end].rstrip()[-1:] in (";", ":") else tail  # the span ends its clause ("…19 days;")
    begin = left + 1 + lead[0].start() if lead else start
    stop = end + tail[-1].end() if tail else end
    begin, stop = whole_quotations(text[left + 1:right], begin - left - 1, stop - left - 1)
    quote = text[left + 1 + begin:left + 1 + stop].strip(" ,;:-")
    # a clause inside the sentence opens after its conjunction: "she refunded us", not "and she refunded us"
    if begin > 0 and (joined := _JOINED_CLAUSE_RE.match(quote)) and len(quote[joined.end():].split()) >= 2:
        quote = quote[joined.end():]
    return quote


_JOINED_CLAUSE_RE = re.compile(r"(?:and|but|so|or|y|e|o|pero)\s+(?=\w)")


# A quotation inside a sentence: an opening mark after a space or bracket, a closing one before a space or
# punctuation ("triaged as 'chest pain, orange' whose", "called it “the long week”"); an apostrophe inside a word
# ("son's") or after one ("relatives' room") opens none.
_QUOTATION_RE = re.compile(r"(?<![\w'’])(['‘\"“])(?=\w)(?:(?!\1|[’”]\B)[^\n]){1,120}?(?<=[\w.!?%])(?:\1|[’”])(?![\w])")


def whole_quotations(sentence: str, begin: int, stop: int) -> tuple[int, int]:
    """``(begin, stop)``, offsets of a quote in ``sentence``, widened so the quote never splits a quotation it
    starts or ends inside: "…triaged as 'chest pain" runs on to "'chest pain, orange'", "orange' whose…" opens at
    "'chest pain" (issue 16: quotes never split a quotation)."""
    for found in _QUOTATION_RE.finditer(sentence):
        if found.start() < begin < found.end():
            begin = found.start()
        if found.start() < stop < found.end():
            stop = found.end()
    return begin, stop


_LEAD_REACH = 3  # words a quote's opening may reach back to begin its clause
_NAME_WORD_RE = re.compile(r"^[(\"'“]?(?:[A-Z][\w&'-]*|[A-Z0-9]{2,})")  # "Power", "BI", "DHL", "O'Neil"
_TRAILING_WORDS = frozenset(["a", "an", "the", "and", "or", "but", "in", "at", "on", "of", "to", "for", "with", "by",
                             "from", "into", "as", "my", "our", "their", "its", "his", "her", "your"])


def _name_word(match: re.Match[str] | None) -> bool:
    return bool(match and _NAME_WORD_RE.match(match.group(0)))


def _whole_lead(before: list[re.Match[str]], width: int) -> list[re.Match[str]]:
    """The last ``width`` words before a quoted span, starting at a clause or a whole name: a window
    that would open inside the clause starts after its first comma, semicolon or colon; else it
    drops the words of a name cut in two ("[Power] BI, found" opens at "found")."""
    lead = before[-width:]
    if len(lead) == len(before) or not lead:
        return lead  # it opens the sentence
    cut = next((i for i, m in enumerate(lead[:-1]) if m.group(0)[-1] in ",;:"), None)
    if lead[-1].group(0)[-1] in ";:":  # the span opens its own clause ("…14 minutos; propuse abrir…")
        return []
    if cut is not None and lead[-1].group(0)[-1] == "," and not any(m.group(0)[-1] in ";:" for m in before) \
            and len(before) <= width + _LEAD_REACH + 2:
        return before  # an insertion between commas (", the No. 1, at Loganair") is no clause: its sentence's opening
    if cut is not None:
        return lead[cut + 1:]
    # the clause opens a few words earlier ("[Within] three months mis-picks fell"): open with it
    opens = [i for i, m in enumerate(before[:-1]) if m.group(0)[-1] in ",;:"]
    clause_start = opens[-1] + 1 if opens else 0
    if len(before) - width - clause_start <= _LEAD_REACH:
        return before[clause_start:]
    previous = before[-width - 1]
    cut_name = _name_word(previous) or previous.group(0).lower() in _TRAILING_WORDS  # "[in] Tilburg our rate"
    while lead and _name_word(lead[0]) and cut_name and previous.group(0)[-1] not in ",;:":
        previous, lead = lead[0], lead[1:]
    return _number_whole(before, lead, clause_start)


_NUMBER_WORD_RE = re.compile(r"^[(\"'“]?[$£€]?\d")  # "80,000", "2.1x", "$40k", "(3"
# Words a number names a thing with ("Year 1", "Ward 5", "KS 2") and a noun phrase's opening ("our", "the"): a quote
# that opens on the number opens on them too.
_NUMBER_LABELS = frozenset(["year", "grade", "level", "stage", "phase", "step", "version", "room", "ward", "unit",
                            "floor", "class", "ks", "band", "tier", "gate", "platform", "route", "bay", "aisle", "dock",
                            "a", "an", "the", "our", "my", "their", "its", "his", "her", "your", "only", "about",
                            "almost", "nearly", "over", "under", "around", "roughly", "just"])
# Words a quote never opens on, as they need the words before them ("[ROAS] was 2.1", "[rate] of 78%").
_NEEDS_BEFORE = frozenset(["was", "is", "were", "are", "be", "been", "had", "has", "have", "of", "to", "than", "at",
                           "by", "from", "into", "per"])
_NUMBER_REACH = 4  # words a quote opening on a number may reach back to open with its label or its subject


def _number_whole(before: list[re.Match[str]], lead: list[re.Match[str]], clause_start: int) -> list[re.Match[str]]:
    """``lead`` opened where no number is cut from its label or its subject: one that opens on a number ("[Year] 1
    screening pass rate was", "2.1 and the CFO…") or on a word that needs the words before it ("was 2.1", "of 78%")
    reaches back, up to :data:`_NUMBER_REACH` words, over the label, the verb and the noun phrase's opening ("our Year
    1 screening…", "our ROAS was 2.1…"), to its clause's start when that is as near (issue 15: quotes keep a number
    whole). ``before``: the words before the quoted span in its sentence; ``clause_start``: the index its clause opens at."""
    i = len(before) - len(lead)
    if not lead or i <= 0 or not (_NUMBER_WORD_RE.match(lead[0].group(0)) or lead[0].group(0).lower() in _NEEDS_BEFORE):
        return lead
    start = i
    while i > 0 and start - i < _NUMBER_REACH and (
            _NUMBER_WORD_RE.match(before[i].group(0)) or before[i].group(0).lower() in _NEEDS_BEFORE
            or before[i - 1].group(0).lower().strip("(\"'“") in _NUMBER_LABELS):
        if before[i - 1].group(0)[-1] in ",;:":
            break
        i -= 1
    # reached back into a name ("[Area] Manager by working day 3"): the whole name, and its article (session 17)
    while i > clause_start and _name_word(before[i]) and _name_word(before[i - 1]) and before[i - 1].group(0)[-1] not in ",;:":
        i -= 1
    if i > clause_start and i < start and before[i - 1].group(0).lower() in {"the", "a", "an", "our", "my", "their"}:
        i -= 1
    if i - clause_start <= _LEAD_REACH:
        i = clause_start
    return before[i:]


def _whole_tail(after: list[re.Match[str]], width: int) -> list[re.Match[str]]:
    """The first ``width`` words after a quoted span, ending at a whole name and at the end of a phrase
    (:func:`phrase_cut`: "…with two other [teachers]" runs on to "teachers", never ends on "other";
    "…checks at [Kiel Harbour] Logistics" ends at "checks")."""
    tail = after[:phrase_cut([m.group(0) for m in after], width, min_keep=0)]
    if len(tail) == len(after):
        return tail  # it ends the sentence
    following = after[len(tail)]
    while tail and _name_word(tail[-1]) and _name_word(following) and tail[-1].group(0)[-1] not in ",;:":
        following, tail = tail[-1], tail[:-1]
    while tail and _dangling(tail[-1].group(0)):
        tail = tail[:-1]
    return _clause_end(tail)


_NEW_CLAUSE_RE = re.compile(r"^(?:(?:and|but|so|then)\s+)?(?:I|we|he|she|they)$", re.IGNORECASE)


def _clause_end(tail: list[re.Match[str]]) -> list[re.Match[str]]:
    """``tail`` ended where its clause ends, when it runs into the next: at a semicolon or a colon, or at a comma
    before a new subject ("…use weekly, and I designed" ends at "weekly"; session 23: quotes are whole clauses)."""
    words = [m.group(0) for m in tail]
    for i, word in enumerate(words[:-1]):
        following = " ".join(words[i + 1:i + 3])
        if word[-1] in ";:" or (word[-1] == "," and (_NEW_CLAUSE_RE.match(words[i + 1])
                                                     or _NEW_CLAUSE_RE.match(following))):
            return tail[:i + 1]
    return tail


# Words a phrase never ends on: articles, prepositions, conjunctions, possessives, pronouns, auxiliaries and
# quantifiers waiting for their noun ("two other", "the", "with", "was", "very").
_DANGLING_WORDS = _TRAILING_WORDS | frozenset([
    "other", "another", "some", "any", "each", "every", "all", "both", "few", "many", "much", "more", "most", "less",
    "several", "such", "very", "so", "too", "than", "this", "that", "these", "those", "which", "who", "whom", "whose",
    "when", "where", "while", "because", "if", "not", "no", "is", "was", "were", "are", "be", "been", "being", "am",
    "had", "has", "have", "would", "will", "could", "can", "should", "may", "might", "must", "did", "do", "does", "i",
    "we", "they", "he", "she", "you", "it", "me", "us", "them", "about", "over", "under", "after", "before", "up",
    "down", "out", "off", "per", "via", "across", "between", "through", "during", "within", "without", "against",
    "towards", "toward", "onto", "upon", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "just", "also", "then", "get", "got", "make", "made", "take", "took", "its", "i'd", "i'm", "i've", "i'll", "we'd",
    "we're", "we've", "we'll", "there", "here",
    # Spanish: a conjunction, preposition or article waits for its noun ("medían edificios y", "con la")
    "y", "e", "o", "u", "ni", "pero", "porque", "que", "de", "del", "al", "en", "con", "por", "para", "sin", "sobre",
    "entre", "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "su", "sus", "mi", "mis", "nuestro",
    "nuestra"])
# Words that open a new clause: a phrase ends before them ("…fixed the backlog | and trained two colleagues").
_CLAUSE_OPENERS = frozenset(["and", "but", "because", "so", "which", "who", "while", "when", "where", "although",
                             "though", "whereas", "then", "after", "before", "until", "since", "once", "or",
                             "y", "e", "o", "u", "pero", "porque", "aunque", "cuando", "donde", "mientras"])
# Prepositions that open a phrase of their own: a noun phrase may end before them ("the onboarding | of 40 staff").
_PHRASE_OPENERS = frozenset(["of", "in", "at", "on", "for", "with", "by", "from", "to", "into", "across", "over",
                             "under", "during", "within", "without", "through", "between", "after", "before", "per",
                             "using", "via", "that", "de", "del", "en", "con", "por", "para", "sin", "sobre", "entre"])
PHRASE_REACH = 4  # words a quote may run on past its length to end its phrase


def _dangling(word: str) -> bool:
    """Whether a phrase cannot end on ``word`` (:data:`_DANGLING_WORDS`, a bare number, a hyphen's first half)."""
    bare = word.lower().strip("\"'“”‘’()[]").rstrip(",;:")
    return bare in _DANGLING_WORDS or word.endswith("-") or bool(re.fullmatch(r"[$£€]?\d[\d,.]*", bare))


def phrase_cut(tokens: list[str], count: int, *, min_keep: int = 1, reach: int = PHRASE_REACH) -> int:
    """How many of ``tokens`` (words as written, in order) a quote of about ``count`` words keeps, so that it
    ends at a word and at the end of a phrase: all of them when there are ``count`` or fewer (or the end is
    at most ``reach`` words on); else the first phrase end from word ``count`` on, up to ``reach`` words
    further (a word ending in , ; : . ! ? or a closing bracket, or one before "and", "which", "because"…);
    else the last phrase end before it, keeping at least ``min_keep`` words; else ``count`` words less those
    a phrase never ends on ("the", "with", "two other": :data:`_DANGLING_WORDS`). Never 0 when ``min_keep`` ≥ 1."""
    total = len(tokens)
    if count >= total or total - count <= reach and not any(t[-1] in ".!?" for t in tokens[count - 1:-1] if t):
        return total

    def ends(i: int, before: frozenset[str]) -> bool:  # a phrase ends after tokens[i]
        word = tokens[i]
        nxt = tokens[i + 1] if i + 1 < total else ""
        following = nxt.lower().strip("\"'“(")
        opens = nxt[:1] in "([{“\"" and bool(nxt)  # before a bracket or a quotation: its own phrase
        return bool(word) and (word[-1] in ",;:.!?)]”—–" or opens or following in before) and not _dangling(word)

    # a clause's end first (punctuation, "and", "which"), then a noun phrase's (before "of", "with", "across")
    for before in (_CLAUSE_OPENERS, _CLAUSE_OPENERS | _PHRASE_OPENERS):
        for i in range(max(count - 1, 0), min(total, count + reach)):
            if ends(i, before):
                return i + 1
        for i in range(count - 2, max(min_keep, 1) - 2, -1):
            if ends(i, before):
                return i + 1
    keep = count
    while keep > min_keep and _dangling(tokens[keep - 1]):
        keep -= 1
    return max(keep, min(min_keep, total))


def phrase_words(text: str, count: int, *, reach: int = PHRASE_REACH) -> str:
    """About the first ``count`` words of ``text`` as a verbatim slice, cut at the end of a phrase (:func:`phrase_cut`:
    up to ``reach`` words on, or back to at least half), never inside a number or after "the", "and" or "by" ("Incidents
    logged fell by about a third over two terms", never "…, and I shared the"); all of it when it is that short."""
    found = list(re.finditer(r"\S+", text or ""))
    if not found:
        return ""
    keep = phrase_cut([m.group(0) for m in found], count, min_keep=max(1, (count + 1) // 2), reach=reach)
    begin, stop = whole_quotations(text, found[0].start(), found[keep - 1].end())
    return text[begin:stop].rstrip(" ,;:-–—")


_SPAN_REACH = 6  # words a cue's match may run on to end its phrase: a window of characters cuts anywhere
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s|$)|\n")


def phrase_span(text: str, start: int, end: int) -> str:
    """``text[start:end]`` (a match of a cue) run on to the end of its phrase inside its sentence: its last word and
    number whole ("I own an 80" of "I own an 80,000 euro … budget on…" reads "I own an 80,000 euro monthly paid social
    budget"), then on to a phrase end (:func:`phrase_words`)."""
    text = text or ""
    while end < len(text) and not text[end].isspace() and not _SENTENCE_END_RE.match(text, end):
        end += 1
    stop = next((m.start() for m in _SENTENCE_END_RE.finditer(text, end)), len(text))
    count = len(text[start:end].split())
    return phrase_words(text[start:stop], max(count, 1), reach=_SPAN_REACH)
