"""Answers written in Chinese or Japanese (a newcomer, session 11: a Chinese answer with "11%" was told it
had no number, and its communication was marked down for "stray text in another script" because it named
a company in Latin letters). Made-up answers."""

from __future__ import annotations

from core.analysis.answer import analyse_answer
from core.analysis.signals import noise_count
from core.words import cjk_spaced

QUESTION = "Tell me about a report you fixed. How did you make it reliable?"
CHINESE = "在Northwind时，我发现数据源重复，导致销售额被高估了12%。我和团队一起增加了检查，之后再也没有出现这个问题。"
JAPANESE = "前の職場で、レポートの数字が12%ずれていることに気づきました。チェックを追加して、問題はなくなりました。"


def test_a_figure_written_against_chinese_characters_is_a_number():
    ev = analyse_answer(CHINESE, QUESTION)
    assert ev.lang == "zh-cn" or ev.lang.startswith("zh"), ev.lang
    assert "12%" in ev.numbers, ev.numbers
    assert "12%" in analyse_answer(JAPANESE, QUESTION).numbers


def test_latin_names_and_mixed_kana_are_no_stray_script():
    assert noise_count(CHINESE) == 0
    assert noise_count(JAPANESE) == 0
    assert noise_count("I led the migration at Nоrthwind with Pаyments.") == 0  # two homoglyphs: under three
    assert noise_count("I led the migration аt Nоrthwind with Pаymеnts.") >= 1  # Cyrillic letters in English text


def test_cjk_spaced_puts_a_space_only_between_scripts():
    assert cjk_spaced("提升了11%。在Brightcart时") == "提升了 11%。在 Brightcart 时"  # "。" is punctuation, not a character
    assert cjk_spaced("I cut costs by 11% at Acme.") == "I cut costs by 11% at Acme."
