"""The language check gives langdetect's own answer: :func:`core.analysis.language.detect_language` runs
langdetect's detection with its inner loops in numpy, and must find the same languages with the same
probabilities, to the last bit, as ``langdetect.detect_langs`` (seed 0) on every text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

from core.analysis import language

DATA = Path(__file__).resolve().parent / "data"

OTHER_LANGUAGES = [
    "En mi último trabajo reorganicé el inventario del almacén y reduje los errores de envío a la mitad.",
    "Ich habe das Team von fünf Entwicklern geleitet und die Release-Zyklen von vier auf zwei Wochen verkürzt.",
    "J'ai repris le projet en retard, parlé avec chaque client et livré la nouvelle version en trois semaines.",
    "Ho gestito il turno di notte in reparto e ho formato due nuovi infermieri sulle procedure di sicurezza.",
    "Eu liderei a migração do sistema de faturação e reduzimos o tempo de fecho mensal em quatro dias.",
    "Я отвечал за поддержку клиентов и сократил время ответа на обращения с двух дней до шести часов.",
    "我负责重新设计数据管道，把每天的处理时间从六个小时缩短到四十分钟，并且减少了错误。",
    "Ik heb de planning van het magazijn overgenomen en de levertijden met een dag verkort voor alle klanten.",
    "Why did you leave your last job? Tell me about a deal you lost.",  # short: langdetect's n-grams waver
    "yo hice the migration con mi equipo y we cut costs un treinta por ciento en dos meses",
]


def _texts() -> list[str]:
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str) and len(value.split()) >= language.MIN_WORDS:
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads((DATA / "labelled_answers.json").read_text(encoding="utf-8")))
    return found + OTHER_LANGUAGES


def test_the_detector_finds_what_langdetect_finds_to_the_last_bit():
    texts = _texts()
    assert len(texts) >= 100
    detect = language._detector()  # noqa: SLF001 - the function under test
    DetectorFactory.seed = 0
    langs = set()
    for text in texts:
        ours = [(found.lang, float(found.prob)) for found in detect(text)]
        theirs = [(found.lang, found.prob) for found in detect_langs(text)]
        assert ours == theirs, text
        langs.add(ours[0][0])
    assert {"en", "es", "de", "fr", "ru"} <= langs  # the texts reach several profiles, not English alone


def test_a_text_without_letters_is_refused_alike_and_read_as_english():
    with pytest.raises(LangDetectException):
        detect_langs("1234 5678 !!! 90")
    with pytest.raises(LangDetectException):
        language._detector()("1234 5678 !!! 90")  # noqa: SLF001
    assert language.detect_language("1234 5678 !!! 90 12 34 56") == "en"
