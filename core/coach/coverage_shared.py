"""The report's coverage rows, one sentence never the evidence of several requirements it does not each say.

:func:`core.coach.coverage.coverage_item` judges each requirement on its own, so one sentence could be the quote of
three rows: "I found them through Sales Navigator, ran discovery with their COO…" for running discovery, for building
a pipeline and for closing; "I post the accruals, run the SAP reports, reconcile stock" for SAP and for communication
skills (issue 15, session 18). :func:`coverage_rows` keeps a quote shared by rows of different requirements only for
the rows whose head term its sentence writes (:func:`core.coach.requirement_heads.says_head`: "discovery"), or whose
degree or named tool it names (:func:`_says`: "BSN", "SAP"); each
other row is judged again without that sentence, and may then find another sentence, or be weak or not probed. When
none of the rows, or all of them, write their head term there, the quote stays with each.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from core.analysis.text import sentences
from core.coach.coverage import coverage_item
from core.coach.coverage_inflected import inflected_evidence
from core.coach.coverage_outcome import team_evidence
from core.coach.coverage_story import story_evidence
from core.coach.coverage_years import work_evidence, years_evidence
from core.coach.degrees import degree_requirement
from core.coach.evidence import _hits as word_group_hits
from core.coach.evidence import mentions_requirement
from core.coach.evidence_credential import held_statement
from core.coach.requirement_heads import own_word_written, says_head
from core.coach.requirement_rows import group_coverage
from core.schemas import AnswerScore, CoverageItem

Row = tuple[str, str, AnswerScore | None]


def _bare(evidence: str) -> str:
    """A quote's words without its quotation marks and ellipses."""
    return evidence.strip().strip('"“”').replace("…", " ").strip()


def _sentence_of(rows: Sequence[Row], quoted: str) -> str:
    """The answer sentence ``quoted`` was taken from (its first words found in it), else ``quoted`` itself."""
    probe = " ".join(quoted.split()[:6])
    for _q, answer, _s in rows:
        for sentence in sentences(answer or ""):
            if probe and probe in " ".join(sentence.split()):
                return sentence
    return quoted


def _says(sentence: str, requirement: str) -> bool:
    """Whether ``sentence`` says ``requirement`` itself: its head term (:func:`says_head`), or, where the evidence
    finds it (:func:`core.coach.evidence.mentions_requirement`), a name other than its word groups (a skill or tool:
    "SAP HCM" for SAP; a wording of its act: "compared standard with actual costs" for analysing variances), a
    degree ("BSN"), one of its own words, or its field's doing words (:func:`core.coach.coverage_years.work_evidence`:
    "billing calls and complaints" for customer service); never a synonym of its words alone ("reports" for communication skills)."""
    if (years := years_evidence(sentence, requirement)) is not None and years[0]:
        return True  # "I've been a backend engineer for ten years, first at … Java": its years and field (session 18)
    if says_head(sentence, requirement) or work_evidence(sentence, requirement) or team_evidence(sentence, requirement) \
            or inflected_evidence(sentence, requirement):  # "Je recueille le besoin…" for "Recueillir les besoins…"
        return True  # its head, its field's own doing words and measures ("billing calls and complaints"), a team led
        # by its size ("with a team of three" for "managing a small team": core.coach.coverage_outcome)
    if held_statement(sentence, requirement):  # "I hold … RN license …, so it is a multistate license": the licence
        return True  # held, named by its own word ("multistate"), though its noun is another form (session 27)
    if not mentions_requirement(sentence, requirement)[0]:
        return False
    matched, needed, _span = word_group_hits(sentence, requirement)
    return matched < needed or degree_requirement(requirement) is not None or own_word_written(sentence, requirement)


def _story_says(rows: Sequence[Row], sentence: str, requirement: str) -> bool:
    """Whether ``sentence`` is the act of a story that shows ``requirement`` with its figures before and after it in
    the same answer (:func:`core.coach.coverage_story.story_evidence`: "GP was stuck at 64%. I re-costed every dish,
    changed two suppliers… Within six months GP was 69%" says GP control, not only managing suppliers)."""
    bare = " ".join(sentence.split())
    return any(bare and bare in " ".join((a or "").split()) and " ".join(story_evidence(a, requirement).split()) == bare
               for _q, a, _s in rows)


def _without(rows: Sequence[Row], sentence: str) -> list[Row]:
    """``rows`` with ``sentence`` taken out of every answer."""
    return [(q, (a or "").replace(sentence, " "), s) for q, a, s in rows]


def coverage_rows(groups: Sequence[Sequence[str]], rows: Sequence[Row], job_description: str = "") -> list[CoverageItem]:
    """One coverage row per requirement group (:func:`core.coach.requirement_rows.group_coverage`), a sentence
    shared by several requirements' rows kept only where it says each (see the module docstring). ``groups``: the
    job's requirements grouped (:func:`core.coach.requirement_rows.requirement_groups`); ``rows``: (question,
    answer, score or None) in interview order."""
    items = [[coverage_item(req, list(rows), job_description) for req in group] for group in groups]
    users: dict[str, list[tuple[int, int]]] = defaultdict(list)  # by the sentence quoted: two clips of one are one
    for g, group in enumerate(items):
        for i, item in enumerate(group):
            if item.status == "evidenced" and item.evidence.startswith(('"', "“")):
                users[_sentence_of(rows, _bare(item.evidence))].append((g, i))
    for sentence, where in users.items():
        if len({g for g, _i in where}) < 2:
            continue
        says = [(g, i) for g, i in where if _says(sentence, groups[g][i]) or _story_says(rows, sentence, groups[g][i])]
        if not says or len(says) == len(where):
            continue
        for g, i in where:
            if (g, i) not in says:
                items[g][i] = coverage_item(groups[g][i], _without(rows, sentence), job_description)
    return [group_coverage(group) for group in items]
