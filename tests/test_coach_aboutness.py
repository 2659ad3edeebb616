"""Relevance comes from the answer being about its question, not from one everyday word it shares with it
(newcomer, session 12: an answer about something else that happened to say "teachers" scored 10/10 on a
question about a difficult parent). Made-up questions and answers, one kind each."""

from core.coach.score import score_answer

FEEDBACK_Q = "Tell me about a time you had to give honest feedback to someone whose work was not good enough."
# A detailed story about something else that says "honest" once in passing (past its opening, in a sentence where
# the candidate does nothing).
OFFICE_MOVE = (
    "Last spring our office moved to a new building across town. I planned the move of forty desks over one "
    "weekend, booked two vans and labelled every box by floor and room. I also set up a shared checklist so nothing "
    "was forgotten, and the network cables were tested on Sunday night. The lifts were slow, so I booked a "
    "loading slot for each floor. We reopened on Monday at nine with no lost equipment. The facilities manager "
    "gave honest praise for the checklist."
)
ON_TOPIC = (
    "In my last role a new analyst kept sending reports with errors in the totals. I asked him for a quiet half hour, "
    "showed him two reports side by side and gave him honest feedback: the errors made our numbers hard to trust. I asked "
    "what was getting in the way, and he said he was rushing to meet the Friday deadline. We agreed he would send "
    "drafts on Thursday and I would check the totals with him for a month. His next six reports had no errors, and "
    "he later thanked me for being direct with him."
)

PARENT_Q = "Tell me about a time you handled a difficult parent."
BAKE_SALE = (
    "Last spring our school ran a summer fair. I organised the bake sale with two other teachers and set up the rota "
    "for the stall. We baked forty cakes, sold out by noon and raised 640 pounds for new library books. I kept the "
    "accounts and the head thanked us in assembly."
)
FATHER_STORY = (
    "At my last school a father was upset that his son had been kept in at lunch. I invited him in the same day, "
    "listened without interrupting, showed him the behaviour log and explained the reason. We agreed a weekly note "
    "home, and by half term the boy had no more detentions and the father thanked me."
)


def test_everyday_words_said_once_in_passing_are_chance():
    from core.coach.subject import by_chance, subject_of

    # (weight, times said): one everyday word said once, under a third of the subject's weight
    assert by_chance([(1.3, 1)], 0.25)
    assert not by_chance([(1.3, 2)], 0.25)  # said again: the answer dwells on it
    assert not by_chance([(2.4, 1)], 0.2)  # a rare term is seldom shared by chance
    assert not by_chance([(1.3, 1)], 0.4)  # a third of the subject or more
    assert not by_chance([], 0.0)
    subject = subject_of(OFFICE_MOVE, FEEDBACK_Q)
    assert subject.chance and subject.nothing and subject.passing


def test_an_answer_about_something_else_sharing_an_everyday_word_is_not_relevant():
    off, on = score_answer(FEEDBACK_Q, OFFICE_MOVE), score_answer(FEEDBACK_Q, ON_TOPIC)
    assert off.relevance.score <= 3, off.relevance.evidence
    assert "do not show it is about the question" in off.relevance.evidence
    assert on.relevance.score > off.relevance.score
    assert "picks up the question's terms" not in off.relevance.evidence


def test_a_story_about_the_parent_in_other_words_is_about_the_parent():
    # "father" is about a parent (data/topic_near_terms.json, parents and families); a bake sale is not
    off, on = score_answer(PARENT_Q, BAKE_SALE), score_answer(PARENT_Q, FATHER_STORY)
    assert on.relevance.score >= 4 and "none of what the question is about" not in on.relevance.evidence
    assert off.relevance.score <= 2, off.relevance.evidence
    assert on.overall > off.overall
