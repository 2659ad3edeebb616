"""Coverage reads what an answer off its own question states by name, and says where (session 21, newcomer nc21:
"Food Safety: not probed" after "I have a Level 3 Award in Supervising Food Safety" given to a question on ambiguity)."""

from core.coach.coverage import coverage_item
from core.coach.score import score_answer


def _item(requirement: str, qa: list[tuple[str, str]]):
    return coverage_item(requirement, [(q, a, score_answer(q, a)) for q, a in qa])


def test_a_credential_stated_in_an_answer_to_another_question_counts_and_says_where():
    item = _item("Food Hygiene", [
        ("Tell me about yourself.", "I'm a line cook at a seaside hotel with six years in busy kitchens."),
        ("Tell me about a time you disagreed with a colleague.", "I hold a Level 2 Award in Food Hygiene from 2021."),
    ])
    assert item.status == "evidenced"
    assert "Level 2 Award in Food Hygiene" in item.evidence and "Q2" in item.evidence


def test_a_reply_after_an_off_question_answer_counts():
    answer = ("At Christmas my manager gave me a bonus and I bought a car.\n\n(Follow-up: Walk me through how you would "
              "do it: what first, and why?)\nLast winter I did the route planning for our depot, 25 routes a night, "
              "and moved two late stores onto a second wave.")
    item = _item("route planning", [("Tell me about a time you used Roadnet.", answer)])
    assert item.status == "evidenced" and "25 routes a night" in item.evidence


def test_a_liking_or_a_near_word_in_an_off_question_answer_is_still_no_evidence():
    assert _item("Rust", [("Tell me about a project you led.", "I really love Rust, the crab logo is cute.")]
                 ).status != "evidenced"
    assert _item("organisational skills", [("Which metrics would you put on a dashboard?",
                                            "At our summer barbecue I organised the games and everyone laughed.")]
                 ).status != "evidenced"


def test_a_licence_class_shows_heavy_goods_driving_and_a_download_checks_records():
    from core.coach.coverage import requirement_evidence

    assert requirement_evidence("I drove Class 1 artics for a parcel firm from 2017 to 2021.",
                                "Previous HGV driving experience")[0] == "evidenced"
    assert requirement_evidence("Every Friday I download the drivers' tachograph cards and chase gaps.",
                                "checking tachograph records")[0] == "evidenced"
    assert requirement_evidence("I'd love to drive lorries one day.", "HGV driving experience")[0] != "evidenced"


def test_gross_margin_won_back_by_pricing_shows_margin_and_cost_control():
    from core.coach.coverage import requirement_evidence

    found = requirement_evidence("Our bar margin had slipped to 58%, so I re-priced the cocktails and cut overtime, and "
                                 "margin was back at 63% by spring.", "gross margin and staff cost control")
    assert found[0] == "evidenced"


def test_french_complaints_and_online_reviews_handled_show_the_complaints_requirement():
    from core.coach.coverage import requirement_evidence

    answer = ("Je suis réceptionniste depuis 2021. J'ai répondu moi-même à tous les avis Google et aux réclamations "
              "sur le bruit, et notre note est passée de 3,9 à 4,4 en un an.")
    assert requirement_evidence(answer, "Gérer les réclamations clients et la réputation en ligne")[0] == "evidenced"
