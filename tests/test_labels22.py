"""Session 22: a job line's requirement label is a whole noun phrase: a list of modifiers of one noun is never cut
at its comma, a noun of the stop-word list ("work", "team") ends a phrase, a cut never ends on an adjective an
article opens, and a Spanish "se valorará" is the requirement's weight, not its words."""

from core.analysis.job import extract_requirements
from core.analysis.job_duties import duty_phrases

_DUTY_JOB = """Veterinary Nurse - Small Animal Hospital
Northgate Vets, Harlow

Main duties
- Prepare morning, afternoon and overnight medication rounds accurately and on time.
- Monitor anaesthetised patients and record vital signs.

Essential
- Diploma in veterinary nursing.
"""

_SOCIAL_JOB = """Youth Worker
Eastfield Borough Council

Essential
- Diploma in youth work and current membership of a professional body.
- Organised under deadlines and a clear writer.
- Full driving licence.
"""

_SPANISH_JOB = """Fisioterapeuta
Clínica Ribera - Valencia

Requisitos
- Grado en Fisioterapia.
- Experiencia mínima de un año en clínica privada.
- Se valorará formación en punción seca y máster en deporte.
"""


def test_a_list_of_modifiers_stays_whole_in_a_duty():
    assert duty_phrases("Prepare morning, afternoon and overnight medication rounds accurately and on time.") == [
        "preparing morning, afternoon and overnight medication rounds"]
    labels = extract_requirements(_DUTY_JOB)
    assert "preparing morning, afternoon and overnight medication rounds" in labels
    assert "preparing morning" not in labels and "preparing morning, afternoon" not in labels


def test_a_list_of_objects_is_no_list_of_modifiers():
    # "rotas" is a plural: the items are objects, the duty is the first verb's object as before
    assert all("rotas, rounds" not in p for p in duty_phrases("Prepare rotas, rounds and handover sheets."))


def test_a_stop_word_noun_ends_the_label():
    labels = extract_requirements(_SOCIAL_JOB)
    assert "Diploma in youth work" in labels
    assert "Diploma in youth" not in labels


def test_a_cut_never_ends_on_an_adjective_an_article_opens():
    labels = extract_requirements(_SOCIAL_JOB)
    assert "Organised under deadlines and a clear writer" in labels
    assert not any(label.endswith(("a clear", "and a", " a")) for label in labels)


def test_a_spanish_plus_cue_is_no_part_of_the_label():
    labels = extract_requirements(_SPANISH_JOB)
    assert "formación en punción seca y máster en deporte" in labels
    assert not any(label.lower().startswith(("valorará", "se valorará")) for label in labels)
