"""Session 22: telling of someone else's feeling in a scene (an angry customer, a relative) or a dislike of a task is
not speaking badly of others; anger at or hate of one's own manager or colleagues is, and an insult is anywhere."""

from core.analysis.signals import disparaging_words


def test_someone_elses_anger_in_a_scene_is_no_disparagement():
    text = ("A customer's son rang the branch angry that his father's parcel had gone missing. I listened, traced it "
            "to the depot and had it delivered the next morning.")
    assert disparaging_words(text) == []


def test_a_dislike_of_a_task_is_no_disparagement():
    assert disparaging_words("I hate leaving a ticket open overnight, so I close mine before I go.") == []


def test_anger_at_ones_own_manager_or_colleagues_counts():
    assert disparaging_words("My old manager was angry all the time and I hated working for him.") == ["angry", "hated"]
    assert disparaging_words("Honestly my colleagues were lazy.") == ["lazy"]


def test_an_insult_counts_anywhere():
    assert disparaging_words("The supplier's drivers were useless.") == ["useless"]
