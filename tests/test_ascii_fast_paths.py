"""The answer analysis counts ASCII text with regular expressions (the follow-up decision runs while the
candidate waits for the next question): the same results as the character-by-character reading it
keeps for other text, checked against that reading on generated text.

The references below are the character-by-character readings, written out here so the fast paths are
held to them whatever the modules become.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from core.analysis.language import mostly_cjk
from core.analysis.signals import noise_count
from core.words import CJK_CHAR

_MARKUP_RE = re.compile(r"</?[A-Za-z][^>]{0,80}>|\]\([a-z]+:|\x1b\[")
_GROUP = {"CJK": "CJK", "HIRAGANA": "CJK", "KATAKANA": "CJK", "HALFWIDTH": "CJK", "HANGUL": "CJK"}


def _noise_reference(text: str) -> int:
    count = sum(1 for ch in text if unicodedata.category(ch) in {"Cc", "Cf"} and ch not in "\n\r\t")
    count += len(_MARKUP_RE.findall(text))
    scripts = Counter(_GROUP.get(name, name) for name in
                      (unicodedata.name(ch, "?").split(" ")[0] for ch in text if ch.isalpha()))
    if scripts:
        main, main_count = scripts.most_common(1)[0]
        stray = sum(n for script, n in scripts.items() if script != main and script != "LATIN")
        count += stray >= 3 and stray < main_count
    return count


def _cjk_reference(text: str) -> bool:
    letters = [c for c in text or "" if c.isalpha()]
    return bool(letters) and sum(bool(CJK_CHAR.match(c)) for c in letters) >= len(letters) / 2


# ASCII with its control characters and markup-like runs, and text mixing scripts (Latin, Cyrillic, CJK, kana).
ASCII = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=127), max_size=300)
PIECES = st.sampled_from(["<b>", "</div>", "](http:", "\x1b[", "\x00", "\x7f", "\t", "\n", "\r", "\u200b",
                          "Привет ", "我在学校", "カタカナ", "Brightcart ", "SQL ", "e-mail, 4%. "])
MIXED = st.lists(st.one_of(PIECES, ASCII), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(ASCII, MIXED))
def test_noise_count_is_the_character_reading(text):
    assert noise_count(text) == _noise_reference(text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(ASCII, MIXED))
def test_mostly_cjk_is_the_character_reading(text):
    assert mostly_cjk(text) == _cjk_reference(text)


def test_the_ascii_readings_count_what_a_spoken_answer_never_has():
    assert noise_count("I led it.\x00\x07 <script>x</script> see [docs](javascript:alert)\n\ttabs\r") == 5
    assert noise_count("At Northwind I owned the payments API: p95 fell from 900 ms to 210 ms.") == 0
    assert not mostly_cjk("I used Python") and not mostly_cjk("") and not mostly_cjk("12 345")
