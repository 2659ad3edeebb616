"""CV facts, session 17: the post held now in a CV that lists its jobs oldest first, each job's dates on a line of
their own above its header, ending in a word for "present" of another language ("o momento", "la actualidad",
"heute"), one title's words inside another's ("Designer" and "Designer Gráfico"), a range written without its
dash ("03/2018 08/2018"). Made-up CVs (no corpus text)."""

from __future__ import annotations

import pytest

from tests.cv_helpers import cv_facts as _facts

_PT = """Bianca Torres
bianca@example.com

Experiência
- 02/2016 09/2016
Estúdio Lira, Jundiaí SP - Designer Gráfico
- 10/2016 - 05/2019 - 2 anos e 7 meses
Norvia, Jundiaí SP - Designer de Produto
- 06/2019 - 12/2019 - 6 meses
Pixelar, Campinas SP - Designer
- 01/2020 - o momento - 4 anos
Norvia, Jundiaí SP - Coordenadora de Design
Formação
- 2012 - 2015
Faculdade Aurora - Design Gráfico
"""

_ES = """Tomás Gil
tomas@example.com

Experiencia
- 03/2012 07/2015
Taller Ebro, Zaragoza - Técnico de Mantenimiento
- 08/2015 - 12/2019
Rioja Motor, Logroño - Técnico
- 01/2020 - la actualidad
Rioja Motor, Logroño - Jefe de Taller
Formación
- 2008 - 2011
IES Pirineos - Electromecánica
"""

_DE = """Lena Brück
lena@example.com

Berufserfahrung
- 04/2013 09/2017
Autohaus Kelm, Fulda - Bürokauffrau
- 10/2017 - 06/2021
Kelm Gruppe, Fulda - Kauffrau
- 07/2021 - heute
Weserland Logistik, Kassel - Teamleiterin Disposition
Ausbildung
- 2010 - 2013
Berufsschule Fulda - Kauffrau für Büromanagement
"""


@pytest.mark.parametrize("cv, now", [
    (_PT, "Coordenadora de Design"),
    (_ES, "Jefe de Taller"),
    (_DE, "Teamleiterin Disposition"),
])
def test_the_post_running_to_now_is_current_when_the_jobs_run_oldest_first(cv, now):
    assert _facts(cv)["current_title"] == now


def test_a_range_without_its_dash_ends_in_its_second_year():
    from core.analysis.cv_current import end_years

    text = "- 02/2016 09/2016\nAcme - Designer Gráfico\n- 01/2020 - o momento\nAcme - Designer\n"
    assert end_years(text, ["Designer Gráfico", "Designer"]) == {"Designer Gráfico": 2016, "Designer": 9999}
