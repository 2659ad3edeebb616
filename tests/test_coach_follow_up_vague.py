"""A vague answer to a question about what the candidate would do (few of the question's terms, no
specifics, no action of its own) gets a follow-up asking for the one thing it lacks, even when it has
"first" and "then" in it; a concrete or detailed answer gets none, and an example is never asked for
again (made-up inputs; the first two failed before the change)."""

from __future__ import annotations

from core.coach.follow_up import follow_up_question, follow_up_reason

Q = "How would you cut the waiting time at a busy hospital pharmacy counter during flu season?"


def test_first_and_then_without_anything_concrete_is_vague_and_the_question_is_asked_again():
    said = ("Honestly I always try to stay positive and keep people happy. First I would have a chat with everyone, "
            "then I would see how things develop over the coming weeks and change what needs changing along the way, "
            "because every situation is different.")
    assert follow_up_reason(Q, said) == "vague"
    texts = {follow_up_question("vague", Q, said, variant=v) for v in range(2)}
    for text in texts:
        assert "waiting time" in text  # what it lacks: the question's own subject
        assert "result" not in text.lower() and "what happened" not in text.lower()  # a plan: no outcome asked


def test_an_answer_that_names_the_subject_but_no_step_is_asked_for_its_first_step():
    q = "How would you improve the handover between the day and night shifts on a hospital ward with agency nurses?"
    said = ("For the handover I would first want everyone to feel listened to and respected, then I would keep "
            "things positive and flexible, and see how it all goes over time and adapt where needed, since people "
            "respond to different approaches.")
    assert follow_up_reason(q, said) == "vague"
    text = follow_up_question("vague", q, said)
    assert "first" in text.lower() and "?" in text and q not in text


def test_concrete_steps_or_a_detailed_answer_get_no_vague_follow_up():
    steps = ("First I would look at the queue times by hour to find the worst slots, then move one technician "
             "from dispensing to the counter at those hours and add a separate line for repeat prescriptions.")
    assert follow_up_reason(Q, steps) is None
    detailed = ("I would stay positive and talk to everyone, then change what needs changing: last winter a similar "
                "change cut waits from 25 to 9 minutes.")
    assert follow_up_reason(Q, detailed) != "vague"


def test_an_example_is_never_asked_for_again_and_a_past_question_is_not_called_vague():
    q = "Tell me about a time you had to calm down an upset customer."
    said = ("In 2022 at a phone shop a customer shouted about a broken screen. I listened, apologised, offered a "
            "loan phone the same day and booked the repair, and he left a good review.")
    assert follow_up_reason(q, said) not in {"vague", "no_example"}
