"""British and American spellings of one word read as one: "licence" is "license", "organisation" "organization".

A CV written in British or Canadian English ("Ontario Class DZ licence", "organised") and an ad in American English
("class DZ license in good standing") name the same thing; before session 30 the match failed and a qualified driver
was asked "…class DZ license, and I don't see it on your CV" (newcomer check rc30). The word table is the ``breame``
package's (Apache-2.0; its British-American spelling lists): each word with a British spelling is read in its American
one before texts are compared. Never used to rewrite what the candidate sees: only what is compared.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

logger = logging.getLogger(__name__)

_WORD_RE = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def _table():
    try:
        from breame.spelling import british_spelling_exists, get_american_spelling
    except ImportError:  # the comparison stays literal
        logger.warning("spelling: breame is not installed; British and American spellings are compared as written")
        return None
    return british_spelling_exists, get_american_spelling


@lru_cache(maxsize=20000)
def american_word(word: str) -> str:
    """``word`` in its American spelling when it has a British one ("licence" -> "license", "Centre" -> "Center"),
    else as written."""
    table = _table()
    low = word.lower()
    if table is None or len(low) < 4 or not table[0](low):
        return word
    american = table[1](low)
    if not american or american == low:
        return word
    if word.isupper():
        return american.upper()
    return american[:1].upper() + american[1:] if word[:1].isupper() else american


@lru_cache(maxsize=512)
def american(text: str) -> str:
    """``text`` with each word in its American spelling (:func:`american_word`); the same length of text is not
    kept (a word may change length), so offsets into ``text`` do not carry over."""
    return _WORD_RE.sub(lambda m: american_word(m.group(0)), text or "")
