"""Session 28, task fieldwords: an on-topic answer in the field's own words is on topic (ESCO task and skill families,
``data/field_families.json``); a story or steps of other work of the same field is not (relevance 2/5 or less); and the
field-words dev set's loader (``bench/fieldwords_answers.py``). All inputs are written for these tests."""

from __future__ import annotations

import hashlib
import json

import pytest

from bench import fieldwords_answers as fw
from bench.bench_scorer import Item
from core.analysis.field_families import families, family_links, family_words
from core.analysis.term_meanings import meant_words
from core.coach.score import score_answer
from core.coach.subject import subject_of
from core.coach.topic import taken_topics

# ---------------------------------------------------------------- families read from ESCO

FAMILY_LINKED = [  # (question, answer in the field's words, the question word it shows)
    ("Tell me about a time you improved a slow database query.", "The SQL scanned the whole orders table.", "database"),
    ("How do you plan a lesson for a new topic?", "I start teaching from what they already know.", "lesson"),
    ("How do you handle recruitment for a new post?", "I hire against a written profile.", "recruitment"),
    ("How do you adapt the curriculum for new arrivals?", "I rewrite the syllabus in plain steps.", "curriculum"),
    ("How do you explain a mortgage offer to a customer?", "I show the borrower each repayment.", "mortgage"),
    ("How do you assess a small business loan?", "I check what the lender needs to see.", "loan"),
    ("How do you check a welding joint?", "I look at the bead the electrode left.", "welding"),
    ("How do you check a forklift before a shift?", "I test the truck's brakes and mast.", "forklift"),
    ("How do you check a patient's diet before surgery?", "I ask about nutrition and fasting.", "diet"),
    ("How do you prepare for a vaccination clinic?", "I lay out each injection tray.", "vaccination"),
    ("How do you plan a new sewer pipe run?", "I mark the trench and the fall.", "pipe"),
    ("How do you check a client's allergies?", "I ask about any reaction they have had.", "allergies"),
]
FAMILY_UNLINKED = [  # nothing of one family: no question word shown
    ("Tell me about a time you improved a slow database query.", "I baked sourdough bread every weekend."),
    ("How do you plan a lesson for a new topic?", "I check the forklift brakes every morning."),
    ("How do you check a welding joint?", "I read the syllabus to the class."),
    ("How do you explain a mortgage offer to a customer?", "I marked the trench for the drain."),
    ("How do you check a patient's diet before surgery?", "I wrote the SQL for the monthly report."),
    ("How do you handle recruitment for a new post?", "", ),
]


def test_families_file_is_read_both_ways():
    fam = families()
    assert "databas" in fam["sql"] and "sql" in fam["databas"]
    assert len(fam) > 2000


@pytest.mark.parametrize("question,answer,word", FAMILY_LINKED)
def test_family_links_show_the_question_word(question, answer, word):
    assert word in family_words(question, answer)
    assert word in meant_words(question, answer)  # so the subject and the overlap count it as taken up


@pytest.mark.parametrize("question,answer", FAMILY_UNLINKED)
def test_no_family_link_across_fields(question, answer):
    assert family_links(question, answer) == []


def test_everyday_words_show_no_family():
    # "data", "information", "tool" stand beside thousands of skills: no link from them
    assert family_links("How do you design a database?", "I collect the data and information with a tool.") == []


def test_a_family_word_is_not_taken_by_chance():
    question = "Tell me about a time you improved the performance of a slow database query."
    answer = ("Our monthly report took eight minutes because the SQL scanned the whole orders table. I added a "
              "composite index on customer and date. It ran in four seconds afterwards.")
    s = subject_of(answer, question)
    assert "database" in s.taken and not s.chance and not s.nothing


# ---------------------------------------------------------------- stories and steps of other work of the same field

SAME_FIELD = [  # (question, other work of the same field, an answer to the question)
    ("How do you make sure medications are given safely?",
     "I rebuilt our ward's staff rota in a spreadsheet. I added formulas for the hours and a colour for each grade, "
     "so gaps showed at a glance. Swapping shifts now takes minutes instead of a day.",
     "I check every medication against the chart, the wristband and the allergy list, and high-risk medications get "
     "a second nurse's check before I give them."),
    ("How do you plan a lesson on fractions for a mixed-ability class?",
     "Last spring I organised the parents' evening for our year group. I booked the hall, sent the invitations and "
     "made a timetable of ten-minute slots. Nearly every family came.",
     "I plan the fractions lesson backwards from what each group should manage, with pizza diagrams for the ones who "
     "struggle and harder fraction problems for the mixed-ability top table."),
    ("How do you reconcile bank statements at month end?",
     "I moved our suppliers onto electronic invoicing last year. I wrote to each of them, set up the portal and "
     "trained two colleagues. Paper post fell by half within three months.",
     "At month end I match every line of the bank statements to the ledger, chase the unreconciled items and post "
     "the bank charges before I sign the reconciliation off."),
    ("How do you check that scaffolding is safe before work starts?",
     "On my last site I ran the toolbox talks every Monday. I picked a topic from the week's accidents nationally "
     "and kept each talk to ten minutes. Attendance went up to nearly everyone.",
     "Before work starts I check the scaffolding tag is current, the boards and guard rails are in place and the "
     "base plates sit on firm ground."),
    ("How would you improve the performance of a slow database query?",
     "I led the move of our team's code reviews to pull requests. I wrote a checklist, paired with two juniors and "
     "set a rule of one reviewer per change. Our review time fell from three days to one.",
     "Our slowest database query took eight seconds, so I read its plan, added a composite index and the query "
     "performance went down to forty milliseconds."),
    ("How do you handle a grievance raised by an employee?",
     "I rolled out our new holiday booking system. I wrote a short guide, ran drop-in sessions and answered "
     "questions on the intranet. Within a month all the paper forms were gone.",
     "I meet the employee within five days, take notes of the grievance, investigate with witnesses and write to "
     "them with the outcome and their right of appeal."),
    ("How do you keep stock counts accurate in a warehouse?",
     "Last winter I trained six new forklift drivers. I paired each one with an experienced driver for a week and "
     "signed them off on a checklist. None of them had a collision.",
     "I run cycle counts of the fast-moving stock every week, investigate any count that differs from the system "
     "and fix the warehouse locations that cause the gaps."),
    ("How do you decide which social media channels to use for a campaign?",
     "I rewrote our press release template last year. I cut it to one page, put the quote first and added a notes "
     "section for editors. Pick-up by trade magazines doubled.",
     "I look at where the campaign's audience already spends time, test the two likeliest social media channels "
     "with a small budget and keep the channel with the better cost per click."),
    ("How do you prioritise bugs reported by users?",
     "I set up our team's new laptops last month. I wrote a script to install the tools, tested it on one machine "
     "and then ran it on the other twelve. Each laptop took twenty minutes.",
     "I prioritise the bugs users report by how many users hit them and how badly, so a bug blocking payment is "
     "fixed before a typo."),
    ("How do you manage a patient's pain after surgery?",
     "I organised our unit's fire drill last year. I walked every exit route, briefed the staff and timed the "
     "evacuation. We cleared the unit in four minutes.",
     "After surgery I ask the patient to score the pain every hour, give the prescribed pain relief on time and "
     "tell the surgeon if the pain score stays high."),
    ("How do you handle a caller who is shouting at you?",
     "I redesigned our call centre's shift patterns. I looked at when calls peaked, moved two people to the evening "
     "and added a split shift. Waiting times fell by a quarter.",
     "I let the caller finish shouting, say back what I heard, keep my voice calm and tell the caller exactly what I "
     "will do next."),
]


@pytest.mark.parametrize("question,other,_on", SAME_FIELD)
def test_other_work_of_the_field_is_caught(question, other, _on):
    # (to a "how do you / how would you" question; a story told to "tell me about a time…" keeps its shape's credit:
    # its events may show the subject without its words, tests/test_offtopic20.py)
    assert score_answer(question, other).relevance.score <= 2


@pytest.mark.parametrize("question,_other,on", SAME_FIELD)
def test_the_answer_to_the_question_stays_on_topic(question, _other, on):
    assert score_answer(question, on).relevance.score >= 4


def test_one_near_term_of_a_field_is_not_the_topic():
    # "ward" is a near term of patient care, said by any story of the field; two of them, or a key, take it up
    question = "How do you make sure medications are given safely?"
    assert taken_topics(question, "I rebuilt our ward's staff rota in a spreadsheet.") == set()
    assert taken_topics(question, "I check each dose with a second nurse.") == {"patient care"}
    assert taken_topics(question, "I check each medication twice.") == {"patient care"}


# ---------------------------------------------------------------- the dev set's loader


def _item(ident: str, question: str, field: str = "sales", source: str = "s") -> Item:
    return Item(ident, ident, question, f"answer of {ident}", 2, field, source)


def test_mismatches_pair_within_field_and_source_without_shared_content_words():
    items = [_item("a", "How do you handle pricing objections?"), _item("b", "How do you handle pricing pressure?"),
             _item("c", "Describe your prospecting routine."), _item("d", "Explain discounting.", field="finance"),
             _item("e", "Describe your prospecting routine.", source="t")]
    pairs = {q.id: a.id for q, a in fw.mismatches(items)}
    assert pairs == {"a": "c", "b": "c", "c": "a"}  # a and b share "pricing"; d and e have no partner


def test_pairs_and_met():
    items = [_item("a", "How do you handle pricing objections?"), _item("c", "Describe your prospecting routine.")]
    kinds = [p["kind"] for p in fw.pairs(items)]
    assert kinds == ["on_topic", "on_topic", "same_field_off", "same_field_off"]
    assert fw.met("on_topic", {"redirect": "", "relevance": 4})
    assert not fw.met("on_topic", {"redirect": "off_topic", "relevance": 5})
    assert not fw.met("on_topic", {"redirect": "", "relevance": 3})
    assert fw.met("same_field_off", {"redirect": "", "relevance": 2})
    assert fw.met("same_field_off", {"redirect": "off_topic", "relevance": 4})
    assert not fw.met("same_field_off", {"redirect": "", "relevance": 3})


def test_load_uses_only_texts_with_the_indexed_hash(tmp_path):
    good, changed = "An answer that matches.", "An answer that was edited."
    index = [{"id": i, "question_id": i, "grade": 2, "field": "sales", "source": "s",
              "sha256": hashlib.sha256(good.encode()).hexdigest()} for i in ("x", "y", "z")]
    cache = tmp_path / "texts.jsonl"
    cache.write_text("\n".join(json.dumps({"id": i, "question": "Q?", "answer": a})
                               for i, a in (("x", good), ("y", changed))), encoding="utf-8")
    items, missing = fw.load(cache, index)
    assert [i.id for i in items] == ["x"] and missing == 2


def test_index_lines_keep_no_text():
    lines = [json.loads(x) for x in fw.INDEX_FILE.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert len(lines) >= 300 and len({x["field"] for x in lines}) >= 6
    assert all("answer" not in x and "question" not in x and len(x["sha256"]) == 64 and x["offsets"] for x in lines)
