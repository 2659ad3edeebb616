"""The chat and the report agree on an answer in the documents' language that never names the product asked about
(session 20: "You list Excel…" answered in Spanish with an angry-patient story: the report said so, the chat moved on).
Made-up answers: a product name is written the same in every language."""

from __future__ import annotations

from core.coach.redirect import about_something_else
from core.coach.score import score_answer

Q = "You list Excel. What was the hardest problem you have solved with Excel, and which trade-offs did you weigh?"
OTHER = ("Un día un cliente llegó muy enfadado porque le habíamos cobrado dos veces la misma reparación. Le escuché, "
         "le pedí disculpas, revisé el pago en el terminal y le devolví el dinero en el momento.")
NAMED = ("En 2023 tenía un Excel con doce mil filas de pedidos que tardaba minutos en abrirse. Cambié las fórmulas "
         "BUSCARV por tablas dinámicas y el archivo pasó a abrirse en diez segundos.")


def test_chat_calls_what_the_report_calls():
    assert score_answer(Q, OTHER).relevance.score <= 2
    assert about_something_else(Q, OTHER)


def test_naming_the_product_is_not_called():
    assert not about_something_else(Q, NAMED)
