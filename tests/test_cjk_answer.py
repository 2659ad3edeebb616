"""Newcomer finding (session 10): an answer in Chinese got no language notice in the chat (a Spanish one
does), Feedback read "Typed · 1 words", and a tough follow-up quoted the whole answer back. Text written
without spaces is counted as Word counts it (one word per Chinese character or kana), its sentences end
at 。！？, and a follow-up quotes one clause of it."""

from __future__ import annotations

import re

from core.analysis.answer import analyse_answer
from core.analysis.text import sentences
from core.coach.follow_up import follow_up_question
from core.coach.language_note import language_notice
from core.words import count_words

Q = "Tell me about a time you helped a struggling learner."
# Made up: "I ran the library club for three years, every week we read with the children, and most of them
# came to like reading. Then I asked the parents to read at home too."
CHINESE = ("我在图书馆俱乐部工作了三年，每个星期都和孩子们一起读书，大部分孩子后来都喜欢上了阅读。"
           "后来我请家长们在家里也陪孩子读书。")
JAPANESE = "私は三年間図書館クラブを担当しました。毎週子どもたちと一緒に本を読みました。"


def test_a_chinese_or_japanese_answer_gets_the_language_notice():
    assert "Chinese" in language_notice(Q, CHINESE)
    assert "Japanese" in language_notice(Q, JAPANESE)
    assert language_notice(Q, "I ran the library club for three years and read with the children every week.") == ""


def test_words_without_spaces_count_one_per_character_as_word_does():
    assert count_words("我在学校教书") == 6
    assert count_words("我用Python教书") == 5  # four characters and one Latin word
    assert count_words("私は本を読みました。") == 9  # kana and kanji; the full stop is no word
    assert count_words("I taught for six years.") == 5
    assert count_words("한국어는 띄어쓰기를 합니다") == 3  # Korean is written with spaces
    assert analyse_answer(CHINESE, Q).words_shown == count_words(CHINESE) > 40


def test_chinese_sentences_end_at_the_full_width_stop():
    assert len(sentences(CHINESE)) == 2
    assert len(sentences(JAPANESE)) == 2


def test_a_follow_up_quotes_a_clause_not_the_whole_answer():
    for reason in ("no_example", "no_result", "too_short", "vague"):
        text = follow_up_question(reason, Q, CHINESE)
        quoted = re.findall(r'"([^"]+)"', text)
        for q in quoted:
            assert count_words(q) <= 14 and "，" not in q and q in CHINESE, text
    assert any(re.findall(r'"([^"]+)"', follow_up_question(r, Q, CHINESE)) for r in ("no_example", "no_result")), \
        [follow_up_question(r, Q, CHINESE) for r in ("no_example", "no_result")]
