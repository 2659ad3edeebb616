"""Session 28 (task "hotel"): a server was asked the bank's kitchen question "A guest sends a dish back… the front of
house manager asks you to come out", grounded by the words both sides of a restaurant share ("food", "menu"). A bank
question asked from one side (its ``side``: kitchen or front of house) needs a job whose title names that side, or, in
a title naming neither, a job or CV that names the side's titles. Made-up jobs in several languages."""

import pytest

from core.coach.bank import _sides_named, load_question_bank, side_fits
from core.coach.plan import plan_items
from core.progress.practice import core_competencies

DISH_BACK = next(q for q in load_question_bank() if "sends a dish back" in q["text"])
AT_YOUR_TABLES = next(q for q in load_question_bank() if "at one of your tables" in q["text"])

SERVER_CV = """Experience

Server
Harbour Grill / 2021 - 2024
- Served food and drinks to a section of ten tables; explained the menu and specials.
- Passed orders to the kitchen and checked dishes before they went out.

Skills
Customer service
"""

JOBS = {
    "Server": "Server\n\nWe are seeking a server for our sports bar and grill. Responsibilities include taking orders, "
              "explaining the menu and serving food and drinks.\n\nRequirements\n- Prior server experience\n"
              "- Excellent customer service skills\n",
    "Kellner (m/w/d)": "Kellner (m/w/d)\n\nFür unser Restaurant suchen wir einen Kellner. Aufgaben: Gäste beraten, "
                       "Speisen und Getränke servieren, die Speisekarte erklären, Food and beverage.\n",
    "Camarero/a": "Camarero/a\n\nRestaurante en Valencia busca camarero/a para servicio de sala: tomar comandas, "
                  "servir platos y bebidas, explicar el menú.\n",
    "Sous Chef": "Sous Chef\n\nBusy kitchen seeks a sous chef to run the pass, manage food cost and lead the brigade.\n\n"
                 "Requirements\n- Experience as a chef de partie or sous chef\n- Food hygiene level 3\n",
}
KITCHEN_MARKS = ("sends a dish back", "food cost", "commis chef", "on the pass", "seasonal menu", "brigade", "Two chefs",
                 "food safety checks in your kitchen", "chef de partie", "dishes consistent", "new dish")


def _texts(cv: str, title: str) -> set[str]:
    return {item.text for seed in "abcdef" for kind in ("mixed", "technical", "situational")
            for item in plan_items(cv, JOBS[title], title, interview_type=kind, count=8, company="", seed=seed,
                                   seniority="mid", focus=None)}


@pytest.mark.parametrize("title", ["Server", "Kellner (m/w/d)", "Camarero/a"])
def test_a_front_of_house_job_is_never_asked_the_kitchens_questions(title):
    texts = _texts(SERVER_CV, title)
    assert not [t for t in texts if any(m in t for m in KITCHEN_MARKS)]


def test_a_kitchen_job_is_asked_the_kitchens_questions_and_not_the_floors():
    texts = _texts(SERVER_CV, "Sous Chef")
    assert [t for t in texts if any(m in t for m in KITCHEN_MARKS)]
    assert not [t for t in texts if "at one of your tables" in t or "Your section is full" in t]


@pytest.mark.parametrize(("title", "jd", "cv", "kitchen", "floor"), [
    # the title decides where it names a side
    ("Server", "serving food from our menu in the kitchen's busiest restaurant", "", False, True),
    ("Waitress", "food, menu, dishes", "Line Cook, 2019-2021", False, True),
    ("Line Cook", "plate dishes from our menu; help servers", "", True, False),
    ("Chef de rang", "service en salle, menu, plats", "", False, True),  # a head waiter, no kitchen's chef
    ("Cocinero/a", "elaborar platos del menú", "", True, False),
    ("Koch / Kellner", "", "", True, True),
    # a title naming neither: the job's or the CV's titles, never "food" or "menu" alone
    ("Restaurant Manager", "lead the front of house team and work with the head chef", "", True, True),
    ("Restaurant Manager", "food, menu and dishes our guests love", "", False, False),
    ("Restaurant Manager", "food, menu", "Sous Chef, Harbour Grill, 2019-2023", True, False),
    ("", "We need a kitchen porter and a cook", "", True, False),
])
def test_side_fits_reads_the_title_first_then_the_side_titles(title, jd, cv, kitchen, floor):
    assert side_fits(DISH_BACK, title, jd, cv) is kitchen
    assert side_fits(AT_YOUR_TABLES, title, jd, cv) is floor


def test_a_question_without_a_side_is_always_asked():
    question = next(q for q in load_question_bank() if q["kind"] == "behavioral")
    assert side_fits(question, "Server", "", "")


@pytest.mark.parametrize(("text", "sides"), [
    ("Server", {"front of house"}), ("Sous Chef", {"kitchen"}), ("Chef de réception", set()),
    ("Kellnerin", {"front of house"}), ("Köchin", {"kitchen"}), ("Cozinheiro", {"kitchen"}), ("Garçom", {"front of house"}),
    ("serving food and drinks from our menu", set()),
])
def test_the_titles_name_each_side(text, sides):
    assert _sides_named(text) == sides


def test_the_practice_competencies_follow_the_side_of_the_job():
    server = core_competencies("Server", JOBS["Server"], SERVER_CV)
    chef = core_competencies("Sous Chef", JOBS["Sous Chef"], SERVER_CV)
    assert not {"food cost control", "menu development", "brigade leadership"} & set(server)
    assert {"food cost control", "menu development"} <= set(chef)
