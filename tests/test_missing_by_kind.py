"""What an answer is told it lacks is asked only of the question kinds that need it (missing2, session 14)."""

from core.coach.score import score_answer


def test_a_why_role_answer_is_not_told_it_lacks_a_number_or_a_trade_off():
    s = score_answer(
        "Why do you want this role with us?",
        "I have spent years in logistics planning and I want to move closer to the product side. Your team builds "
        "the routing tools I used every day, and I believe in what they do for small carriers.",
    )
    assert not any(m.startswith("A number") for m in s.missing)
    assert not any("approach over the alternatives" in m for m in s.missing)


def test_a_hypothetical_plan_is_not_told_it_lacks_a_number():
    s = score_answer(
        "What would you do if two urgent orders came in at the same time and you could only ship one?",
        "I would first check which customer has the tighter deadline and what the contract says, then call the "
        "other customer to explain and offer a new slot, because being honest early keeps trust.",
    )
    assert not any(m.startswith("A number") for m in s.missing)


def test_a_story_without_a_figure_is_still_told_it_lacks_one():
    s = score_answer(
        "Tell me about a time you improved how your team worked.",
        "In my first year at a print shop, proofs were sent back and forth for days. I set up one shared checklist, "
        "walked each designer through it and checked the first ten jobs myself. Clients approved faster after that.",
    )
    assert any("number" in m.lower() for m in s.missing)


def test_an_introduction_is_told_the_scale_of_its_work_not_a_story_result():
    from core.coach.report import build_report

    q = "Tell me about yourself and your background."
    s = score_answer(q, "I trained as a chef and then moved into running the kitchen at a hotel, where I plan the menus, "
                        "order the stock and look after the junior cooks.")
    assert any("scale of your work" in m for m in s.missing), s.missing
    steps = build_report([{"question": q, "answer": "x", "score": s}]).next_steps
    assert not any("End each story" in step for step in steps), steps


def test_a_background_and_why_this_role_question_is_not_told_to_end_with_a_result():
    s = score_answer(
        "You are a shift lead at a garden centre. Walk me through that work and why the store manager role here "
        "is your next step.",
        "At the garden centre I run the weekend shifts for a team of nine and handle the deliveries. Your stores "
        "sell to the same customers and I want a bigger team to lead.",
    )
    assert not any(m.startswith(("The result, with a number", "A number that shows the scale or the outcome"))
                   for m in s.missing), s.missing
