"""Personal qualities a job ad asks for are requirements (session 25, issue 15 point 2): in a sentence saying what the
candidate is ("The ideal applicant is punctual, tactful and a good listener", "la personne devra être ponctuelle,
soigneuse, …"), and one-word bullets in the ad's languages. Made-up ads."""

from core.analysis.job import extract_requirements
from core.analysis.job_traits import trait_list, trait_word

PROSE_TRAITS = """Receptionist (part-time)

Requirements
- Experience on a busy switchboard
- Knowledge of Microsoft Outlook

The ideal applicant is punctual, tactful and a good listener. He or she is also a quick learner and
numerate.
"""

FRENCH_TRAITS = """Agent d'accueil
Missions
- Accueil physique et téléphonique des visiteurs
- Gestion du courrier
Profil
Une première expérience en accueil est demandée. La personne devra être ponctuelle, soigneuse, souriante, aimer le contact avec le public, avoir une bonne élocution.
"""

ONE_WORD = """Bäckereifachverkäufer (m/w/d)
Ihr Profil
- abgeschlossene Ausbildung im Lebensmittelhandwerk
- zuverlässig
- pünktlich
"""


def test_traits_in_a_sentence_about_the_candidate_are_read():
    reqs = " | ".join(extract_requirements(PROSE_TRAITS, limit=40)).lower()
    for want in ("punctual", "tactful", "good listener", "quick learner", "numerate", "switchboard"):
        assert want in reqs, (want, reqs)


def test_french_traits_and_what_the_person_must_like_are_read():
    reqs = " | ".join(extract_requirements(FRENCH_TRAITS, limit=40)).lower()
    for want in ("ponctuelle", "soigneuse", "souriante", "contact avec le public", "bonne élocution"):
        assert want in reqs, (want, reqs)


def test_one_word_trait_bullets_in_german_are_read():
    reqs = " | ".join(extract_requirements(ONE_WORD, limit=40)).lower()
    assert "zuverlässig" in reqs and "pünktlich" in reqs, reqs


def test_a_sentence_of_duties_is_no_trait_list():
    assert trait_list("You are responsible for payroll and month-end reports.") is None
    assert trait_list("You will be organising events for 200 guests.") is None
    assert not trait_word("organised events for 200 guests")
    assert trait_list("Vous êtes rigoureux et organisé.") == ["rigoureux", "organisé"]


PROSE_ONLY = """Nous recherchons un carreleur pour un chantier de logements neufs à Nantes.

Vous maîtrisez la pose de carrelage grand format et la lecture de plan.
Vous êtes soigneux et ponctuel.
"""


def test_a_sentence_of_qualities_leaves_the_other_sentences_read():
    reqs = " | ".join(extract_requirements(PROSE_ONLY, limit=40)).lower()
    assert "pose de carrelage" in reqs and "soigneux" in reqs and "ponctuel" in reqs, reqs


PROSE_ABILITIES = """Trainee Payroll Clerk

What would I be doing?
This traineeship supports the payroll team in a busy council office.
You are able to type quickly with care for accuracy and an ability to meet monthly cut-offs.
Above all you need to have a patient manner and show an eagerness to learn.
As your confidence grows, you could look after the pension returns.

How do I apply?
I am keen on this role: what happens next?
Vacancies are listed on the council's website.
"""


def test_you_are_able_to_and_you_need_to_have_are_requirement_sentences():
    reqs = " | ".join(extract_requirements(PROSE_ABILITIES, limit=40))
    assert "type quickly" in reqs and "eagerness to learn" in reqs, reqs
    for chatter in ("confidence grows", "keen on", "Vacancies"):
        assert chatter not in reqs, (chatter, reqs)
