"""Session 22: a line-end hyphen of a PDF keeps its hyphen when it joins two words into a compound ("near-\\nmiss",
"care-\\nhome", "sign-\\noff"); a word broken by the typesetter is joined ("manage-\\nment", "recon-\\nciliation")."""

from core.documents.clean import clean_text


def test_a_compound_broken_at_a_line_end_keeps_its_hyphen():
    text = clean_text("Logged each near-\nmiss on the ward and led the care-\nhome audit before the final sign-\noff.")
    assert "near-miss" in text and "care-home" in text and "sign-off" in text
    assert "nearmiss" not in text and "carehome" not in text


def test_a_word_broken_by_the_typesetter_is_joined():
    text = clean_text("Stock manage-\nment and recon-\nciliation of controlled drugs; infor-\nmation governance.")
    assert "management" in text and "reconciliation" in text and "information" in text


def test_a_word_of_another_language_is_joined_as_before():
    assert "Lagerverwaltung" in clean_text("Erfahrung in der Lager-\nverwaltung")
