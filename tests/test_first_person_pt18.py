"""A Portuguese third person that ends as a first person does ("foi", "inclui"), or a participle after "was" in the
five languages, does not make the candidate the subject (issue 15, session 18: Portuguese "foi" read as "I")."""

import pytest

from core.coach.first_person import first_person


@pytest.mark.parametrize("sentence", [
    "O sistema foi instalado em 2022 pela equipa de informática.",
    "A feira foi um sucesso para a marca no ano passado.",
    "O orçamento inclui todas as despesas de transporte do trimestre.",
    "A nova loja vai abrir em setembro no centro do Porto.",
    "El sistema fue instalado en 2022 por el equipo de informática.",
])
def test_someone_else_as_subject(sentence):
    assert not first_person(sentence)


@pytest.mark.parametrize("sentence", [
    "Fui responsável pela feira de Lisboa em 2022.",
    "Instalei o sistema em 2022 com a equipa de informática.",
    "Negociei os preços com três fornecedores em 2021.",
    "Instalé el sistema en 2022 con el equipo de informática.",
])
def test_the_candidate_as_subject(sentence):
    assert first_person(sentence)
