"""An answer in another language the interview accepts (the CV's and the job's) gets a stronger answer built from its
own sentences, as said and in order, under the English headings (newcomer, session 22: a Spanish nurse's answers got
only the outline to fill). Made-up Spanish and French text: a pharmacy, a hotel."""

from __future__ import annotations

from core.coach.score import score_answer
from core.coach.stronger_foreign import NOTE
from tests.test_stronger21 import part

CV_ES = ("Técnica de farmacia en Farmacia Central, Valencia (2019 - actualidad). Dispensación, control de stock, atención "
         "al cliente y formación de nuevos auxiliares.")
JD_ES = ("Buscamos técnico/a de farmacia para una farmacia hospitalaria en Sevilla. Se valorará experiencia en dispensación, "
         "control de stock y atención al paciente.")
STORY_Q = "Tell me about a time you fixed a stock problem at the pharmacy."
STORY_ES = ("En 2022 en Farmacia Central nos faltaban antibióticos casi cada semana. "
            "Revisé los pedidos de seis meses y cambié los mínimos de stock de los veinte productos que más salían. "
            "Las roturas bajaron de 12 a 3 al mes.")


def _stronger(question: str, answer: str, cv: str, jd: str) -> str:
    return score_answer(question, answer, job_description=jd, cv_text=cv).stronger_answer


def test_a_spanish_story_is_laid_out_from_its_own_sentences() -> None:
    out = _stronger(STORY_Q, STORY_ES, CV_ES, JD_ES)
    assert out.startswith(NOTE), out
    assert part(out, "Situation") == "En 2022 en Farmacia Central nos faltaban antibióticos casi cada semana.", out
    assert "Revisé los pedidos de seis meses" in part(out, "Action"), out
    assert part(out, "Result") == "Las roturas bajaron de 12 a 3 al mes.", out
    assert "[what you were responsible for]" in out, out  # a part nothing fills keeps its gap


MOTIVE_Q = "Why do you want this role at our hospital pharmacy?"
MOTIVE_ES = ("Llevo cuatro años en Farmacia Central y formo a los nuevos auxiliares. "
             "Quiero este puesto porque me interesa la farmacia hospitalaria y trabajar con el equipo clínico.")


def test_a_spanish_reason_goes_under_why_this_role_whatever_its_place() -> None:
    out = _stronger(MOTIVE_Q, MOTIVE_ES, CV_ES, JD_ES)
    assert "Quiero este puesto porque me interesa la farmacia hospitalaria" in part(out, "Why this role"), out
    assert "Llevo cuatro años en Farmacia Central" in part(out, "Evidence"), out


CV_FR = ("Réceptionniste, Hôtel du Parc, Lyon (2020 - aujourd'hui). Accueil des clients, réservations, gestion des "
         "plaintes et encadrement de deux stagiaires.")
JD_FR = ("Nous recherchons un chef de réception pour un hôtel de 120 chambres à Annecy. Gestion des plaintes, planning de "
         "l'équipe et suivi des réservations.")
STORY_FR_Q = "Tell me about a time you handled an angry guest."
STORY_FR = ("En 2023 un client est arrivé à minuit et sa chambre avait été donnée à quelqu'un d'autre. "
            "Je lui ai trouvé une suite dans notre hôtel partenaire et j'ai payé le taxi. "
            "Il a laissé un avis de 5 étoiles le lendemain.")


def test_a_french_story_keeps_every_sentence_in_order() -> None:
    out = _stronger(STORY_FR_Q, STORY_FR, CV_FR, JD_FR)
    for sentence in ("En 2023 un client est arrivé à minuit", "Je lui ai trouvé une suite", "Il a laissé un avis de 5 étoiles"):
        assert sentence in out, out
    assert out.index("En 2023 un client") < out.index("Je lui ai trouvé") < out.index("Il a laissé"), out
    assert "Il a laissé un avis de 5 étoiles le lendemain." in part(out, "Result"), out
