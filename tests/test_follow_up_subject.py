"""What a question is about is its own subject, never the words of the follow-up's probe (missing2, session 14)."""

from core.coach.score import score_answer

Q = ("Thinking of your time at the library: tell me about a time you were handed a task you had never done before. "
     "How did you approach it?\n(Follow-up: Say more about that: what was the context, and what exactly did you do?)")
A = ("I would plan the shifts against the expected footfall, put the most experienced staff at the busiest desks and check the queue every hour.\n\nAt the city library in 2021 I was asked to run the "
     "new self-checkout pilot, which I had never done. I read the vendor guide, shadowed a branch that already "
     "used it, and trained four colleagues over two weeks. Queues at the desk fell by about a third.")


def test_the_follow_up_probe_is_not_what_the_question_is_about():
    s = score_answer(Q, A)
    probe = ("context", "follow", "exactly")
    assert not any(word in m for m in s.missing for word in probe), s.missing
    assert not any(f"({word}" in s.relevance.evidence for word in probe), s.relevance.evidence
