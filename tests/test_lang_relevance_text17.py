"""An answer in the language the CV and the job share is accepted, said once: the relevance text never also says the
coach "does not read" it (session 17: a Portuguese answer's relevance contradicted itself)."""

from core.coach.score import score_answer

CV = ("Rita Moreira\nGestora de Campanhas Digitais, Lojas Atlântico, 2020 - atual\n- Giro um orçamento anual de 800 mil "
      "euros em Google Ads e Meta Ads.\n- Aumentei as vendas online em 22% em 2023.\nFormação\nLicenciatura em Gestão, "
      "Universidade de Coimbra")
JOB = ("Gestor de Marketing Digital\nProcuramos um gestor para planear campanhas de Google Ads e Meta Ads, analisar dados "
       "no GA4 e reportar resultados à direção. Requisitos: mínimo de 4 anos de experiência em marketing digital.")
QUESTION = "Tell me about a campaign you ran that did not go as planned. What did you change?"
ANSWER = ("Em maio de 2024 uma campanha de Meta Ads para mobiliário teve um custo por venda muito alto. Analisei os dados "
          "no GA4, mudei o público e reduzi o custo por venda em 25% em três semanas.")


def test_an_accepted_language_is_said_once_and_never_unread():
    text = score_answer(QUESTION, ANSWER, job_description=JOB, cv_text=CV).relevance.evidence
    assert "the language of your CV and the job, which this interview accepts" in text
    assert "does not read" not in text


def test_an_answer_in_a_language_no_document_shares_is_still_said_unread_or_off_language():
    text = score_answer(QUESTION, ANSWER, job_description="Digital Marketing Manager. Plan Google Ads campaigns.",
                        cv_text="Rita Moreira\nDigital Campaign Manager, Atlantic Stores, 2020 - present").relevance.evidence
    assert "which this interview accepts" not in text
    assert "Portuguese" in text
