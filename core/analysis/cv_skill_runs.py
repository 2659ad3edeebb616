"""CV skill runs: a list a template printed with spaces only, no separators ("docker docker-compose linux",
"React Next.js Ember.js Browser extensions PWAs", "C++ Embedded Systems"), split into its items when the lexicon
knows them. Used by :mod:`core.analysis.cv_skills`."""

from __future__ import annotations

import re

from core.analysis.skills import find_all_skills


def space_list(text: str) -> list[str]:
    """"docker docker-compose linux" (a list printed in lower case with spaces only) -> its items, when
    every word is a skill of the lexicon; otherwise the text as one item ("PHP MVC" stays whole)."""
    tokens = text.split()
    if 2 <= len(tokens) <= 8 and text.islower() and all(
            (hits := find_all_skills(t)) and hits[0].end - hits[0].start == len(t) for t in tokens):
        return tokens
    return [text]


def run_together(text: str) -> list[str]:
    """"C++ Embedded Systems" and "Site Reliability Engineering Project Management" (tags a template
    printed side by side, spaces only) -> its items, when the text is two or more names of the lexicon,
    one of several words, and nothing else; otherwise the text as one item."""
    hits = find_all_skills(text)
    if len(hits) < 2 or hits[0].start != 0 or hits[-1].end != len(text) or all(" " not in h.surface for h in hits):
        return [text]  # one-word names side by side make one name ("Ubuntu Linux", "PHP MVC", "SOX Compliance")
    if any(text[a.end:b.start].strip() for a, b in zip(hits, hits[1:], strict=False)):
        return [text]
    return [h.surface for h in hits]


def capital_list(text: str, share: float = 0.5) -> list[str]:
    """"React Next.js Ember.js Browser extensions PWAs" (a list printed with spaces only, each item
    starting with a capital) -> its items, a lower-case word staying with the item before it; the
    text unchanged unless it has six words or more, no commas, mostly capitals, and ``share`` of its
    items (half; a third for a whole line of a skills section) are skills the lexicon knows."""
    tokens = text.split()
    if len(tokens) < 6 or re.search(r"[,;|•·()]", text) or sum(t[:1].isupper() or t[:1].isdigit() for t in tokens) < 0.6 * len(tokens):
        return [text]
    # a name of the lexicon of several words stays one item ("Spring Boot", "Visual Studio Code", "CAP Node.js")
    inside = _inner_starts(text)
    items: list[str] = []
    for token in re.finditer(r"\S+", text):
        word = token.group(0)
        if word == "/":
            continue  # "CAP Node.js / Java": a slash alone between two items
        if (word[:1].isupper() or word[:1].isdigit() or not items) and token.start() not in inside:
            items.append(word)
        else:
            items[-1] += " " + word
    named = sum(bool((hits := find_all_skills(item)) and hits[0].end - hits[0].start >= len(item) - 1) for item in items)
    return items if named >= len(items) * share else [text]  # a list of tools, not a title or a sentence in capitals


def _inner_starts(text: str) -> set[int]:
    """Where the words after the first of each lexicon name of several words start in ``text``."""
    return {h.start + m.start() for h in find_all_skills(text) if " " in h.surface.strip()
            for m in re.finditer(r"(?<=\s)\S", h.surface)}
