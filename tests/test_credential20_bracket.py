"""A credential the job names with a closing bracket of examples reads as a phrase mid-sentence (session 20 newcomer:
"The role asks for Health and safety qualification (IOSH Managing Safely or NEBOSH), which your CV shows")."""

from __future__ import annotations

from core.analysis.licences import with_article
from core.coach.plan_credential import credential_question

JD = """Warehouse Operations Lead
Brackley Cold Chain Ltd

What you'll do
- Run the night shift and lead first aid cover on site.

What you'll bring
- First aid qualification (St John Ambulance or British Red Cross).
- Forklift experience.
"""
CV = """Sam Ortega
Shift Supervisor, Tarn Foods, 2019 - Present
- Led a team of 12 pickers on nights.
- Completed the British Red Cross first aid at work qualification in 2023.
"""


def test_the_words_before_the_bracket_take_the_article_and_the_lower_case():
    question = credential_question(CV, JD)
    assert "asks for a first aid qualification (St John Ambulance or British Red Cross)" in question, question


def test_with_article_looks_past_a_closing_bracket():
    assert with_article("health and safety qualification (IOSH or NEBOSH)") == \
        "a health and safety qualification (IOSH or NEBOSH)"
    assert with_article("NMC registration (adult)") == "NMC registration (adult)"
    assert with_article("Qualified Teacher Status (QTS)") == "Qualified Teacher Status (QTS)"
