"""A job title's inclusive-writing ending is no part of its name (session 25): "Chargé(e) de recrutement (H/F)" is said
"Chargé de recrutement", "Conseiller(ère) clientèle" "Conseiller clientèle", "Lehrer(in)" "Lehrer". Made-up titles."""

from core.analysis.gender_marks import without_gender_mark


def test_inclusive_endings_inside_a_title_are_dropped():
    assert without_gender_mark("Assistant(e) de direction (H/F)") == "Assistant de direction"
    assert without_gender_mark("Conseiller(ère) clientèle") == "Conseiller clientèle"
    assert without_gender_mark("Technicien(ne) de maintenance") == "Technicien de maintenance"
    assert without_gender_mark("Erzieher(in) (m/w/d)") == "Erzieher"
    assert without_gender_mark("Chargé·e de mission") == "Chargé de mission"


def test_brackets_that_are_no_ending_stay():
    assert without_gender_mark("Data Engineer (Python)") == "Data Engineer (Python)"
    assert without_gender_mark("Nurse (RN)") == "Nurse (RN)"
