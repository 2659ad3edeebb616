"""A follow-up reply in the interview's own language (the one its CV and job share) is judged, not set aside as "in
another language than the question"; a reply in a language the interview does not accept still is (issue 15,
session 19: a French story of a process improved, with its before and after, added nothing in a French interview)."""

from types import SimpleNamespace

from core.coach.interview_language import documents_language
from core.coach.score import score_answer
from core.interview.scoring import BackgroundScoring
from core.interview.state import QuestionRecord
from core.interview.weighing import unjudged_reply, weighed_score

QUESTION = "Tell me about a time you made a routine task faster. How did you know it had worked?"
FOLLOW_UP = "Say more: what was the context, and what exactly did you do?"

FR_CV = ("Julien Perrot. Gestionnaire de stocks chez Entrepôts Garonne SAS, Toulouse, depuis 2018 : réception des "
         "commandes fournisseurs, inventaires tournants, suivi des ruptures, préparation des expéditions vers quarante "
         "magasins de la région. Auparavant magasinier chez Bricodis à Albi pendant trois ans. BTS Gestion des "
         "transports et logistique associée. Permis cariste CACES 3 et 5.")
FR_JOB = ("Nous recherchons un gestionnaire de stocks pour notre plateforme de Montauban. Vous suivez les niveaux de "
          "stock, organisez les inventaires et travaillez avec les transporteurs. Une expérience en entrepôt et la "
          "maîtrise d'un logiciel de gestion des stocks sont demandées.")
FR_SHRUG = "Bah, je fais comme on me dit, franchement."
FR_REPLY = ("En 2021 chez Entrepôts Garonne, j'ai remplacé le comptage papier des inventaires tournants par des "
            "douchettes reliées au logiciel. Avant, il fallait deux jours pour compter une allée ; après trois mois, "
            "une demi-journée suffisait et les écarts de stock sont passés de 4 % à 1 %.")

EN_CV = ("Megan Hollis. Stock controller at Fernbrook Foods, Leeds, since 2019: goods-in checks, cycle counts, "
         "replenishment for thirty stores. Previously warehouse operative at Dale Freight for three years.")
EN_JOB = ("We are looking for a stock controller for our Wakefield depot. You will run cycle counts, keep stock "
          "levels accurate and work with hauliers. Warehouse experience and a stock system are required.")
EN_HOBBY = ("At the weekend I play five-a-side football with friends from school. Last season our team won the "
            "local league and we celebrated with a barbecue in the park.")
ES_REPLY = ("En mis vacaciones en Valencia aprendí a cocinar una paella con mi abuela. Tardamos toda la tarde y "
            "luego comimos juntos en la terraza con toda la familia.")


def _french(question: str, answer: str):
    return score_answer(question, answer, job_description=FR_JOB, cv_text=FR_CV)


def _english(question: str, answer: str):
    return score_answer(question, answer, job_description=EN_JOB, cv_text=EN_CV)


def test_the_made_up_documents_share_french():
    assert documents_language(FR_CV, FR_JOB) == "fr"
    assert documents_language(EN_CV, EN_JOB) == ""


def test_a_reply_in_the_interviews_language_is_not_set_aside_for_its_language():
    assert unjudged_reply(QUESTION, FR_SHRUG, FR_REPLY)  # no interview language given: as before
    assert not unjudged_reply(QUESTION, FR_SHRUG, FR_REPLY, "fr")
    assert unjudged_reply(QUESTION, EN_HOBBY, ES_REPLY, "fr")  # French accepted, not Spanish


def test_a_french_reply_in_a_french_interview_lifts_a_shrug():
    record = QuestionRecord(number=4, question=QUESTION, answer=FR_SHRUG, follow_up=FOLLOW_UP,
                            follow_up_answer=FR_REPLY)
    main = _french(QUESTION, FR_SHRUG)
    result = weighed_score(record, _french, (), documents_language(FR_CV, FR_JOB))
    assert "another language" not in result.relevance.evidence, result.relevance.evidence
    assert "does not lift" not in result.relevance.evidence
    assert result.overall > main.overall, (result.overall, main.overall)


def test_a_spanish_reply_in_an_english_interview_is_still_set_aside():
    record = QuestionRecord(number=4, question=QUESTION, answer=EN_HOBBY, follow_up=FOLLOW_UP,
                            follow_up_answer=ES_REPLY)
    result = weighed_score(record, _english, (), documents_language(EN_CV, EN_JOB))
    assert result.relevance.score <= 2, result.relevance.evidence
    assert result.overall <= 3, result.overall
    assert "does not lift" in result.relevance.evidence


def test_background_scoring_passes_the_interviews_language():
    """The app's scoring path (:meth:`BackgroundScoring._score_and_store`) gives the weighing the documents' language."""
    saved = []

    class _Chains:
        def score_answer(self, ctx, question, answer, turns):
            return _french(question, answer), SimpleNamespace(model="offline coach")

    class _Store:
        def save_answer_score(self, session_id, number, question, answer, score, *, model):
            saved.append(score)

    scoring = BackgroundScoring()
    scoring.store = _Store()
    ctx = SimpleNamespace(session_id="s1", cv_text=FR_CV, job_description=FR_JOB)
    record = QuestionRecord(number=4, question=QUESTION, answer=FR_SHRUG, follow_up=FOLLOW_UP,
                            follow_up_answer=FR_REPLY)
    result = scoring._score_and_store(_Chains(), ctx, record)
    assert "another language" not in result.relevance.evidence, result.relevance.evidence
    assert saved and saved[0]["overall"] == result.overall
