"""CV facts, issue 15 point 1: CVs in German, Spanish, Italian, French, Portuguese and Dutch, one small
made-up CV per kind (section headings of the six languages, a title and its employer joined by "bei",
"chez", "presso", "bij", "en", "na", legal forms as the employer's mark, the six languages' month names and
words for "present"). The words come from data/cv_languages.json (core.analysis.cv_lang)."""

from __future__ import annotations

import pytest

from core.analysis import extract_cv_facts
from core.analysis.cv_lang import foreign_title, has_legal_form, heading_kind, role_at_employer
from core.analysis.cv_lines import section_kind

GERMAN = """Anna Beispiel
Softwareentwicklerin | Berlin

BERUFSERFAHRUNG

Entwicklerin bei Müller GmbH
seit 03/2019 | Berlin
- Entwicklung von Microservices mit Java und Spring Boot

Werkstudentin, Schmidt & Partner AG
10/2016 – 02/2019 | Hamburg
- Pflege einer PostgreSQL-Datenbank

AUSBILDUNG
Technische Universität Berlin
B.Sc. Informatik, 2013 – 2016
"""

SPANISH = """Lucía Ejemplo

Experiencia laboral

Ingeniera de Software en Soluciones Ibéricas S.L.
Marzo 2020 – Actualidad, Madrid
• Desarrollo de APIs REST con Python y Django

Desarrolladora Web, Grupo Andaluz S.A.
mayo 2017 - febrero 2020, Sevilla
• Mantenimiento de aplicaciones en PHP

Formación académica
Universidad de Granada
"""

ITALIAN = """Marco Esempio

ESPERIENZA PROFESSIONALE

Sviluppatore Senior presso Rossi Informatica S.r.l.
giugno 2019 - oggi | Milano
- Sviluppo di applicazioni con React

Analista Programmatore - Bianchi S.p.A.
dal 2016 al 2019 | Torino
- Manutenzione di sistemi in Java

ISTRUZIONE E FORMAZIONE
Politecnico di Milano
"""

FRENCH = """Claire Exemple

Expérience professionnelle

Chef de projet chez Dupont Conseil SARL
janv. 2021 - aujourd'hui · Lyon
- Pilotage de projets avec Jira

Développeuse web, Martin Digital SAS
sept. 2017 - déc. 2020 · Paris
- Développement front-end en Angular
"""

PORTUGUESE = """João Exemplo

Experiência Profissional

Engenheiro de Dados na Dados Lusos Lda
jan 2021 - atual | Lisboa
- Pipelines de dados com Apache Spark

Analista de BI - Brasil Varejo Ltda.
mar 2018 - dez 2020 | São Paulo
- Painéis em Power BI
"""

DUTCH = """Sanne Voorbeeld

Werkervaring

Data-analist bij Van Dijk Consultancy B.V.
sep 2020 - heden | Utrecht
- Rapportages in Tableau

Junior Analist, De Vries Groep N.V.
feb 2018 - aug 2020 | Rotterdam
- Analyses in Excel
"""


@pytest.mark.parametrize("cv, jobs", [
    (GERMAN, [("Entwicklerin", "Müller GmbH"), ("Werkstudentin", "Schmidt & Partner AG")]),
    (SPANISH, [("Ingeniera de Software", "Soluciones Ibéricas S.L."), ("Desarrolladora Web", "Grupo Andaluz S.A.")]),
    (ITALIAN, [("Sviluppatore Senior", "Rossi Informatica S.r.l."), ("Analista Programmatore", "Bianchi S.p.A.")]),
    (FRENCH, [("Chef de projet", "Dupont Conseil SARL"), ("Développeuse web", "Martin Digital SAS")]),
    (PORTUGUESE, [("Engenheiro de Dados", "Dados Lusos Lda"), ("Analista de BI", "Brasil Varejo Ltda.")]),
    (DUTCH, [("Data-analist", "Van Dijk Consultancy B.V."), ("Junior Analist", "De Vries Groep N.V.")]),
], ids=["de", "es", "it", "fr", "pt", "nl"])
def test_each_languages_jobs_give_title_and_employer_apart(cv, jobs):
    facts = extract_cv_facts(cv)
    assert facts["jobs"] == jobs
    assert facts["employers"] == [e for _, e in jobs]  # no town ("Milano", "Lisboa") and no title taken for one
    assert facts["current_title"] == jobs[0][0]


def test_a_skill_named_in_a_german_entry_is_tied_to_that_employer():
    pairs = extract_cv_facts(GERMAN)["skill_employer_pairs"]
    assert ("Java", "Müller GmbH") in pairs and ("PostgreSQL", "Schmidt & Partner AG") in pairs


@pytest.mark.parametrize("heading, kind", [
    ("BERUFSERFAHRUNG", "experience"), ("Beruflicher Werdegang", "experience"), ("Experiencia Profesional:", "experience"),
    ("EXPERIENCIA LABORAL", "experience"), ("Esperienze lavorative", "experience"), ("Expériences professionnelles", "experience"),
    ("Experiencia profesional", "experience"), ("Experiência Profissional", "experience"), ("WERKERVARING", "experience"),
    ("Schul- und Berufsbildung", "education"), ("Formacion academica", "education"), ("Istruzione e formazione", "education"),
    ("Éducation et formation", "education"), ("Formação Acadêmica", "education"), ("Opleidingen", "education"),
    ("Kenntnisse", "skills"), ("IT-Kenntnisse", "skills"), ("Conocimientos informáticos", "skills"),
    ("Competenze tecniche", "skills"), ("Compétences informatiques", "skills"), ("Competências", "skills"), ("Vaardigheden", "skills"),
    ("Sprachen", "other"), ("Idiomas", "other"), ("Lingue straniere", "other"), ("Langues", "other"), ("Talen", "other"),
    ("Angaben zur Person", "other"), ("Datos personales", "other"), ("Informazioni personali", "other"),
    ("Centres d'intérêt", "other"), ("Referenzen", "other"), ("Zertifikate", "other"), ("Otro(s) idioma(s)", "other"),
    ("Otros idiomas", "other"), ("Projecten", "other"), ("Sobre mim", "other"),
    # two headings of one language joined by its "and"
    ("Kenntnisse und Fähigkeiten", "skills"), ("Formazione e certificazioni", "education"),
])
def test_headings_of_the_six_languages_are_sections(heading, kind):
    assert section_kind(heading) == kind


def test_a_line_that_only_looks_like_a_heading_word_is_none():
    assert heading_kind("Entwicklung von Microservices") is None
    assert section_kind("Stakeholder Engagement") is None  # "Engagement" alone is no German heading here
    assert section_kind("Ingeniera de Software en Soluciones Ibéricas S.L.") is None


def test_a_cv_with_german_headings_reads_its_languages_apart_from_its_skills():
    cv = """Max Muster
Berufserfahrung
Projektleiter bei Beispiel AG
2018 - heute
- Steuerung von Projekten mit Jira
Kenntnisse
Jira, Confluence
Sprachen
Deutsch, Englisch
"""
    facts = extract_cv_facts(cv)
    assert "Jira" in facts["skills_as_written"] and "Confluence" in facts["skills_as_written"]
    assert not {"Deutsch", "Englisch"} & set(facts["skills_as_written"])


@pytest.mark.parametrize("name", ["Müller GmbH", "Soluciones Ibéricas S.L.", "Rossi Informatica S.r.l.", "Bianchi S.p.A.",
                                  "Dupont Conseil SARL", "Dados Lusos Lda", "Brasil Varejo Ltda.", "Van Dijk B.V.",
                                  "Siemens AG", "Verein für Kinder e.V.", "Acme SpA", "Beta Srl"])
def test_legal_forms_mark_an_organisation(name):
    assert has_legal_form(name)


@pytest.mark.parametrize("text", ["Senior SE", "Trabajo en equipo", "Research SE", "Acme", "Ingeniera da", "Partner"])
def test_no_legal_form_in_titles_or_ordinary_words(text):
    assert not has_legal_form(text)


@pytest.mark.parametrize("title", ["Ingeniera de Software", "Sviluppatore Senior", "Chef de projet", "Analista de BI",
                                   "Softwareentwicklerin", "Projektleiter (m/w/d)", "Sachbearbeiterin", "Projectleider",
                                   "Responsable de logística", "Développeuse web", "Engenheiro de Dados", "Werkstudentin"])
def test_title_words_of_the_six_languages(title):
    assert foreign_title(title)


@pytest.mark.parametrize("name", ["Müller GmbH", "Soluciones Ibéricas S.L.", "Universidad de Granada", "Berlin", "Microservices"])
def test_names_are_no_titles(name):
    assert not foreign_title(name)


def test_an_ordinary_preposition_needs_a_name_after_it():
    from core.analysis.cv_lines import is_role

    assert role_at_employer("Ingeniero en Sistemas", is_role) is None  # one title: "systems engineer"
    assert role_at_employer("Ingeniera de Software en Soluciones Ibéricas S.L.", is_role) == (
        "Ingeniera de Software", "Soluciones Ibéricas S.L.")
    assert role_at_employer("Entwickler bei SAP", is_role) == ("Entwickler", "SAP")  # "bei" is never anything else


# --- dates: month names, "present" words and ranges of the six languages -----------------------------------

# oldest job first, the one held now last: the current title is the one whose dates run to now
_OLDEST_FIRST = {
    "de": ("Berufserfahrung\nPraktikant, Alpha GmbH\n2015 – 2016\n- Tests geschrieben\n"
           "Berater bei Beta AG\nseit 04/2019\n- Kunden beraten\n", "Berater"),
    "it": ("Esperienza lavorativa\nTecnico - Gamma S.r.l.\ndal 2014 al 2016\n- assistenza clienti\n"
           "Responsabile IT presso Delta S.p.A.\ndal 2017 ad oggi\n- gestione dei sistemi\n", "Responsabile IT"),
    "fr": ("Expérience\nStagiaire chez Epsilon SAS\nde 2015 à 2016\n- analyse de données\n"
           "Consultante, Zeta Conseil SARL\ndepuis 2019\n- conseil en stratégie\n", "Consultante"),
    "es": ("Experiencia\nBecario en Eta Consultores S.L.\n2014 - 2015\n- soporte técnico\n"
           "Jefa de Proyecto, Theta S.A.\ndesde 2018\n- gestión de proyectos\n", "Jefa de Proyecto"),
    "nl": ("Werkervaring\nStagiair bij Iota B.V.\nvan 2015 tot 2016\n- onderzoek\n"
           "Projectleider bij Kappa N.V.\nsinds 2019\n- projecten leiden\n", "Projectleider"),
    "pt": ("Experiência\nEstagiário na Lambda Lda\n2014 - 2015\n- suporte\n"
           "Gerente de Projetos na Mu Ltda.\ndesde 2019\n- gestão de equipes\n", "Gerente de Projetos"),
}


@pytest.mark.parametrize("lang", sorted(_OLDEST_FIRST))
def test_the_job_whose_dates_run_to_now_is_the_current_one(lang):
    cv, title = _OLDEST_FIRST[lang]
    facts = extract_cv_facts(cv)
    assert facts["current_title"] == title
    assert not facts["current_ended"]
    assert len(facts["jobs"]) == 2


def test_a_german_entry_ended_in_a_year_is_a_past_job():
    facts = extract_cv_facts("Berufserfahrung\nProjektleiterin bei Omega GmbH\n03/2016 – 02/2019\n- Projekte geleitet\n")
    assert facts["current_title"] == "Projektleiterin" and facts["current_ended"]


@pytest.mark.parametrize("text, present, closed", [
    ("seit 03/2019", True, False), ("2018 bis heute", True, False), ("desde 2018", True, False),
    ("giugno 2019 - oggi", True, False), ("depuis mars 2020", True, False), ("sep 2020 - heden", True, False),
    ("Marzo 2020 – Actualidad", True, False), ("jan 2021 - atual", True, False), ("janv. 2021 - aujourd'hui", True, False),
    ("seit März 2019", True, False), ("2017 ad oggi", True, False),
    ("dal 2016 al 2019", False, True), ("de 2015 à 2018", False, True), ("desde 2015 hasta 2018", False, True),
    ("van 2015 tot 2018", False, True), ("März 2016 – Februar 2019", False, True), ("Mar 2018 - Dec 2020", False, True),
])
def test_open_and_closed_ranges_of_the_six_languages(text, present, closed):
    from core.analysis.cv_current import CLOSED_RANGE_RE, PRESENT_RE
    from core.analysis.cv_entry_bounds import DATE_RANGE_RE

    assert bool(PRESENT_RE.search(text)) is present
    assert bool(CLOSED_RANGE_RE.search(text)) is closed
    assert DATE_RANGE_RE.search(text)


@pytest.mark.parametrize("line", ["März 2019", "mayo 2017", "giugno 2019", "janv. 2021", "mrt 2018", "dezembro 2020", "Okt. 2015"])
def test_month_names_of_the_six_languages_are_dates(line):
    from core.analysis.cv_lines import DATE_RE

    assert DATE_RE.fullmatch(line)


# --- schools and towns as the six languages write them -----------------------------------------------------

@pytest.mark.parametrize("line, school", [
    ("Universiteit Utrecht", "Universiteit Utrecht"), ("Hogeschool van Amsterdam", "Hogeschool van Amsterdam"),
    ("Università degli Studi di Milano", "Università degli Studi di Milano"), ("Fachhochschule Köln", "Fachhochschule Köln"),
    ("Liceo Scientifico Galileo Galilei, 2010", "Liceo Scientifico Galileo Galilei"), ("Lycée Henri IV", "Lycée Henri IV"),
    ("Gymnasium am Markt", "Gymnasium am Markt"), ("Faculdade de Engenharia", "Faculdade de Engenharia"),
])
def test_schools_named_in_the_six_languages(line, school):
    from core.analysis.cv_schools import school_name

    assert school_name(line) == school


def test_a_dutch_cv_names_its_university():
    cv = DUTCH + "\nOpleiding\nUniversiteit Utrecht\nMSc Data Science, 2016 - 2018\n"
    assert extract_cv_facts(cv)["schools"] == ["Universiteit Utrecht"]


@pytest.mark.parametrize("town", ["Milano", "Lisboa", "München", "Wien", "Den Haag", "Bruxelles", "Torino", "Genève"])
def test_towns_written_in_their_own_language_are_places(town):
    from core.analysis.cv_places import is_place

    assert is_place(town)


def test_a_town_in_its_own_language_is_never_the_employer():
    cv = "Esperienza\nAnalista Programmatore - Bianchi Sistemi\ndal 2016 al 2019 | Torino\n- Manutenzione di sistemi\n"
    facts = extract_cv_facts(cv)
    assert "Torino" not in facts["employers"]


# --- more title words and header shapes --------------------------------------------------------------------

@pytest.mark.parametrize("line, job", [
    ("Psicóloga, Clínica Norte, 2020 - 2022", ("Psicóloga", "Clínica Norte")),  # a profession by its ending
    ("Psychologue, Cabinet Durand, 2019 - 2021", ("Psychologue", "Cabinet Durand")),
    ("2019 – hoy Desarrollador, Acme S.A.", ("Desarrollador", "Acme S.A.")),  # dates first, a short "present" word
    ("sep 2020 - nu Ontwikkelaar bij Van Dijk B.V.", ("Ontwikkelaar", "Van Dijk B.V.")),
    ("03/2019 – heute  Softwareentwickler, Müller GmbH", ("Softwareentwickler", "Müller GmbH")),
])
def test_header_lines_of_the_six_languages(line, job):
    from core.analysis.cv_entries import parse_header

    assert parse_header([line]) == job


@pytest.mark.parametrize("name", ["Revista Semana", "Autopista del Sol", "Lista Roja"])
def test_a_name_that_only_ends_like_a_profession_is_no_title(name):
    assert not foreign_title(name)


@pytest.mark.parametrize("heading", ["Programmiersprachen", "Lenguajes de programación", "Linguaggi di programmazione",
                                     "Langages de programmation", "Bases de datos", "Betriebssysteme", "Programmeertalen"])
def test_sub_headings_of_a_skills_section(heading):
    assert section_kind(heading) == "skills"


# --- a CV written as a Europass form -----------------------------------------------------------------------

EUROPASS_IT = """Curriculum Vitae Europass

Esperienza professionale

Date 01/2019 – oggi
Lavoro o posizione ricoperti Sviluppatore software
Principali attività e responsabilità Sviluppo di applicazioni web in Java e Angular per clienti del settore bancario
Nome e indirizzo del datore di lavoro Rossi Informatica S.r.l., Via Roma 1, 20100 Milano
Tipo di attività o settore Informatica

Date 03/2015 – 12/2018
Lavoro o posizione ricoperti Tecnico di laboratorio
Principali attività e responsabilità Analisi chimiche e gestione della strumentazione di laboratorio con metodi HPLC
Nome e indirizzo del datore di lavoro Laboratori Bianchi S.p.A., Corso Francia 10, Torino
Tipo di attività o settore Chimica
"""


def test_a_europass_forms_fields_give_each_entrys_title_and_employer():
    facts = extract_cv_facts(EUROPASS_IT)
    assert facts["jobs"] == [("Sviluppatore software", "Rossi Informatica S.r.l."),
                             ("Tecnico di laboratorio", "Laboratori Bianchi S.p.A.")]
    assert facts["current_title"] == "Sviluppatore software" and not facts["current_ended"]
    assert ("Java", "Rossi Informatica S.r.l.") in facts["skill_employer_pairs"]


def test_a_form_in_spanish_with_colons():
    cv = ("Experiencia laboral\nFechas: 2018 - 2021\nCargo: Analista de datos\n"
          "Empresa: Datos Andinos S.A.S., Calle 10, Bogotá\n- Informes en Power BI\n")
    assert extract_cv_facts(cv)["jobs"] == [("Analista de datos", "Datos Andinos S.A.S.")]


def test_a_one_word_label_needs_its_colon():
    from core.analysis.cv_lang import FORM_EMPLOYER_RE

    assert FORM_EMPLOYER_RE.match("Empresa: Acme S.L.")
    assert not FORM_EMPLOYER_RE.match("Empresa líder en logística con 200 empleados")


@pytest.mark.parametrize("cv, jobs", [
    # a German table: dates first, "seit" before them
    ("Berufserfahrung\nseit 04/2019 Softwareentwickler bei Müller GmbH, Berlin\n- Entwicklung von APIs\n"
     "04/2015 – 03/2019 Werkstudent, Schmidt AG, Hamburg\n- Pflege der Datenbank\n",
     [("Softwareentwickler", "Müller GmbH"), ("Werkstudent", "Schmidt AG")]),
    # a Brazilian title whose head comes first, ending in "Stack": no skills heading, one title
    ("Experiência Profissional\nDesenvolvedor Full Stack | Nubank\nMar 2021 - o momento\n- Microsserviços em Clojure\n"
     "Analista de Sistemas | Itaú Unibanco\nJan 2018 - Fev 2021\n- Sistemas em Java\n",
     [("Desenvolvedor Full Stack", "Nubank"), ("Analista de Sistemas", "Itaú Unibanco")]),
    # Italian "Da … a oggi - title presso name"
    ("Esperienze lavorative\nDa gennaio 2020 a oggi - Sviluppatore presso Acme S.r.l.\n- Sviluppo backend\n"
     "Da marzo 2016 a dicembre 2019 - Programmatore presso Beta S.p.A.\n- Manutenzione\n",
     [("Sviluppatore", "Acme S.r.l."), ("Programmatore", "Beta S.p.A.")]),
    # German: the employer's line over the title, a gender mark after it
    ("Beruflicher Werdegang\nSiemens AG, München\nProjektleiterin (m/w/d)\n01/2020 – heute\n- Leitung von IT-Projekten\n"
     "Bosch GmbH, Stuttgart\nIngenieurin\n10/2016 – 12/2019\n- Entwicklung von Steuergeräten\n",
     [("Projektleiterin (m/w/d)", "Siemens AG"), ("Ingenieurin", "Bosch GmbH")]),
], ids=["de-table", "pt-head-first", "it-da-a-oggi", "de-employer-first"])
def test_more_entry_shapes_of_the_six_languages(cv, jobs):
    facts = extract_cv_facts(cv)
    assert facts["jobs"] == jobs
    assert facts["current_title"] == jobs[0][0] and not facts["current_ended"]


@pytest.mark.parametrize("title", ["Werkstudent im Bereich Softwareentwicklung", "Referentin für Marketing",
                                   "Medewerker klantenservice", "Consultant en stratégie"])
def test_a_german_or_dutch_head_before_its_field_is_a_title(title):
    assert foreign_title(title)


@pytest.mark.parametrize("name", ["Manager Tools Inc", "Consultant Connect", "Agent Provocateur", "Kellner Motors"])
def test_an_english_name_opening_with_a_head_word_is_no_foreign_title(name):
    assert not foreign_title(name)
