"""Words of work in German, Portuguese, French and Italian, and the words work shares with sport and hobbies.

They extend :data:`core.analysis.cues.WORK_WORDS` and :data:`core.analysis.cues.SHARED_WORK_WORDS` (English and
Spanish) to the other languages whose answers the coach accepts (the coach's interview_language), so an answer
about something else entirely ("In meiner Freizeit spiele ich Handball…") is told as such in those languages too
(:func:`core.analysis.answer.elsewhere`; issue 15 of session 18: a German handball story to a question about three
urgent tasks scored 5/10, the same story in English 1/10). Matched as word beginnings, case-insensitive:
"Projekt" matches "Projekte", "Projektleitung".
"""

from __future__ import annotations

import re

WORK_WORDS_MORE = {
    "de": """
    arbeit beruf job team kunde kundin projekt chef vorgesetzt patient firma unternehmen stelle büro schüler
    student schule frist prozess bericht daten vertrieb dienst produkt nutzer besprechung meeting kolleg erfahrung
    verantwortung aufgabe karriere krankenhaus klasse unterricht abteilung abrechnung lohn gehalt entgelt personal
    mitarbeit buchhaltung rechnung vertrag budget kosten ziel termin studium ausbildung praktikum software system
    """,
    "pt": """
    trabalho emprego equipa equipe cliente projeto projecto chefe paciente empresa cargo escritório aluno estudante
    escola prazo processo relatório dados vendas serviço produto utilizador usuário reunião colega experiência
    responsabilidade tarefa carreira hospital turma aula gestão departamento orçamento custo contrato faturação
    fornecedor formação estágio
    """,
    "fr": """
    travail emploi équipe client projet chef patient entreprise société poste bureau élève étudiant école délai
    processus rapport données ventes service produit utilisateur réunion collègue expérience responsabilité tâche
    carrière hôpital classe cours gestion département budget coût contrat fournisseur facture formation stage
    """,
    "it": """
    lavoro impiego squadra cliente progetto capo paziente azienda società ruolo ufficio alunno studente scuola
    scadenza processo rapporto dati vendite servizio prodotto utente riunione collega esperienza responsabilità
    compito carriera ospedale classe lezione gestione reparto budget costo contratto fornitore fattura formazione
    tirocinio
    """,
}

SHARED_WORK_WORDS_MORE = {
    "de": re.compile(r"\b(?:team\w*|mannschaft\w*|trainier\w*|training\w*|verein\w*|spiel\w*|liga\w*|saison\w*|"
                     r"gewonnen|gewinn\w*|kapitän\w*|turnier\w*)\b", re.IGNORECASE),
    "pt": re.compile(r"\b(?:equipas?|equipes?|trein\w*|clubes?|jogos?|ligas?|ganhamos|ganh(?:ou|ei)|temporadas?|"
                     r"campeonatos?)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:équipes?|entraîn\w*|clubs?|matchs?|ligues?|gagn\w*|saisons?|championnats?|tournois?)\b",
                     re.IGNORECASE),
    "it": re.compile(r"\b(?:squadr[ae]|allen\w*|club|partit[ae]|campionat[oi]|vint[oi]|vinciamo|stagion[ei]|"
                     r"tornei|torneo)\b", re.IGNORECASE),
}

# A result in German, Portuguese, French and Italian: a rise, a fall, a saving or an improvement said as done
# (issue 15, session 18: "Wir haben etwa 18 Prozent der Reisekosten im ersten Jahr gespart" was read as no result).
# Only the result part: the other STAR parts of these languages are not cued (structure reads their labels and
# figures only).
RESULT_MORE = {
    "de": re.compile(r"\b(?:gespart|eingespart|gesenkt|gesunken|gestiegen|erhöht|verbessert|reduziert|verringert|"
                     r"verkürzt|halbiert|verdoppelt|im ergebnis|das ergebnis|am ende|seitdem|nur noch)\b", re.IGNORECASE),
    "pt": re.compile(r"\b(?:poupámos|poupamos|poupei|poupou|reduzimos|reduzi|reduziu|aumentámos|aumentamos|aumentei|"
                     r"aumentou|melhorou|melhorámos|melhoramos|desceu|subiu|caiu|baixou|cresceu|como resultado|"
                     r"o resultado|no final|desde então|passámos para|passamos para|passou para|baixámos)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:économisé|réduit|augmenté|amélioré|baissé|diminué|doublé|divisé|a chuté|a grimpé|"
                     r"en conséquence|le résultat|au final|à la fin|depuis|sommes passés|est passé à|passé de)\b", re.IGNORECASE),
    "it": re.compile(r"\b(?:risparmiato|ridotto|aumentato|migliorato|sceso|scesa|salito|salita|calato|cresciuto|"
                     r"dimezzato|raddoppiato|come risultato|il risultato|alla fine|da allora|siamo passati|siamo scesi)\b", re.IGNORECASE),
}

# English words of work the list in core.analysis.cues lacked (session 20: "I started there as an apprentice so I just
# did what the electricians told me" and a paralegal's "loads of completions" were called about something else):
# trades and occupations, the stages of a trainee, and the working day. Matched as word beginnings like the rest.
WORK_WORDS_EN_MORE = """
    apprentic trainee electrician plumber fitter joiner mechanic technician labourer foreman solicitor paralegal
    lawyer accountant bookkeep receptionist cashier carer chef waiter waitress barista cleaner driver courier
    warehouse factory workshop payroll overtime rota completion conveyanc caseload probation induction onboard
"""
# Phrases of the working day (English): staying late, coming in early, taking work home.
_WORK_PHRASE_RE = re.compile(
    r"\b(?:stay(?:ed|ing)?|work(?:ed|ing)?|came|come|coming|went|go|going|got) (?:in )?(?:really |very )?"
    r"(?:late|early)\b|\btook (?:it|work) home\b|\bsent (?:out|home) (?:of|from) (?:class|the lesson|school)\b|"
    r"\b(?:be|been|being|get|got) sent out\b",
    re.IGNORECASE)


def work_phrase(text: str, lang: str = "en") -> str:
    """The first phrase of the working day in ``text`` ("stayed late", "came in early", "be sent out"), "" when
    none or ``lang`` is not English."""
    found = _WORK_PHRASE_RE.search(text or "") if lang == "en" else None
    return found.group(0) if found else ""
