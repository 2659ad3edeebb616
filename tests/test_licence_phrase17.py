"""The report names the credential a question asks about in words that read: never "the Which licence" (session 17)."""

from core.coach.answers_asked import missed_ask

ANSWER = "I keep my mandatory training up to date every year and I did my sepsis update in March."


def test_a_question_opening_with_which_names_the_credential_alone():
    said = missed_ask("Which licence or registration do you hold, and how do you keep it and your mandatory "
                      "training current?", ANSWER)
    assert said == "The question asks whether you hold the licence, and the answer neither says so nor mentions it"


def test_what_opening_a_question_is_no_part_of_the_credential():
    said = missed_ask("What certification do you hold for forklift work?", "I like warehouses and worked nights.")
    assert "What" not in said and "certification" in said


def test_the_words_before_a_credential_still_name_it():
    said = missed_ask("Do you hold an enhanced DBS check?", "I love working with children and I'm patient.")
    assert said.startswith("The question asks whether you hold the enhanced DBS")
