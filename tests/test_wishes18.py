"""Wishes, plans and negations have one source, :mod:`core.coach.wishes`, each of the six languages written once; the
requirement evidence, the first-person reading and the stronger answer's story and motives take them from it (session 18:
they were written in three places). Made-up sentences in each language."""

from __future__ import annotations

import pathlib
import re

import pytest

from core.coach import evidence, first_person, stronger_kinds, stronger_motives, wishes


def test_the_three_readers_take_their_patterns_from_one_module() -> None:
    for lang in wishes.LANGUAGES:
        assert wishes.WISHES[lang] in evidence.WISH_RE.pattern, lang
    for lang in set(wishes.LANGUAGES) - {"en"}:
        assert wishes.WISHES[lang] in first_person.FOREIGN_WISH, lang
        assert wishes.NEGATIONS[lang] in first_person.FOREIGN_NEGATION_RE.pattern, lang
    assert evidence.NEGATION_RE.pattern == wishes.NEGATIONS["en"]
    assert stronger_kinds.WISH_RE.pattern == wishes.STORY_WISH
    assert stronger_motives._WANTS_RE.pattern == wishes.WANTS


# A word of each language's wishes and negations that only their owner may write (core.coach.follow_up_lang keeps its own
# phrases of what was never experienced, "je n'ai jamais", for the follow-up: another judgement).
_OWNED = ["möchte", "würden", "gostaria", "pretendo", "vorrei", "piacerebbe", "je souhaite", "quisiera", "planeo",
          "hoping to", "going to learn", "niemals", "jamás"]


def test_no_other_coach_module_writes_a_wish_or_negation_word() -> None:
    root = pathlib.Path(__file__).resolve().parents[1] / "core" / "coach"
    for path in root.glob("*.py"):
        if path.name == "wishes.py" or path.name == "declines.py":
            # declines.py lists "möchte", "quisiera"… as politeness around a request to skip ("ich möchte das
            # überspringen", session 27): words said beside the request, never a wish it judges
            continue
        text = path.read_text(encoding="utf-8")
        code = re.sub(r'^\s*#.*$|"""[\s\S]*?"""', "", text, flags=re.M)  # comments and docstrings may name them
        assert not [w for w in _OWNED if w in code], path.name


_WISH = [("I would like to run the night shift one day.", "en"), ("Me encantaría dar clase de física algún día.", "es"),
         ("Gostaria de liderar a equipa de vendas.", "pt"), ("Vorrei gestire il magazzino di Torino.", "it"),
         ("J'aimerais encadrer une petite équipe.", "fr"), ("Ich möchte die Lohnbuchhaltung übernehmen.", "de")]
_NOT = [("I haven't used Tableau at work.", "en"), ("No tengo experiencia con Moodle.", "es"),
        ("Nunca usei o Salesforce.", "pt"), ("Non ho mai usato Jira.", "it"), ("Je n'ai jamais utilisé SAP.", "fr"),
        ("Mit DATEV habe ich nicht gearbeitet.", "de")]


@pytest.mark.parametrize(("sentence", "lang"), _WISH)
def test_a_wish_in_each_language_is_no_evidence(sentence: str, lang: str) -> None:
    assert evidence.WISH_RE.search(sentence), lang
    assert re.search(wishes.WISHES[lang], sentence, re.IGNORECASE), lang  # found by its own language's words


@pytest.mark.parametrize(("sentence", "lang"), _NOT)
def test_a_negation_in_each_language_is_found_by_its_own_words(sentence: str, lang: str) -> None:
    assert re.search(wishes.NEGATIONS[lang], sentence, re.IGNORECASE), lang
    reader = evidence.NEGATION_RE if lang == "en" else first_person.FOREIGN_NEGATION_RE
    assert reader.search(sentence), lang
