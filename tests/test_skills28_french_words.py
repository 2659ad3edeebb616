"""A lower-case skill alias that is an everyday French word is no skill in French prose (session 28: "en vue de
renforcer la solidarité" in an accountant's ad read as Vue.js). Every text here is made up."""

from core.analysis.job import extract_requirements
from core.analysis.skills import find_skills


def _names(text):
    return [h.name for h in find_skills(text)]


def test_vue_in_french_prose_is_the_word_not_the_framework():
    assert _names("Vous participez en vue de renforcer la solidarité de l'équipe.") == []
    assert _names("Un point de vue financier sur chaque dossier.") == []
    assert _names("Vous avez une vue d'ensemble du cycle comptable.") == []


def test_vue_in_a_skills_list_is_still_the_framework():
    assert _names("Frameworks: react, vue, angular") == ["React", "Vue.js", "Angular"]
    assert _names("Connaissance de vue, react et angular") == ["Vue.js", "React", "Angular"]
    assert _names("Webschnittstelle: `js`, `vue`") == ["Vue.js"]
    assert _names("Maîtrise de Vue et React") == ["Vue.js", "React"]


def test_a_french_accounting_ad_does_not_ask_for_vue():
    jd = ("Comptable H/F\nVos missions\n- Tenue de la comptabilité de nos clients en vue de la clôture annuelle\n"
          "Profil recherché\n- Diplôme en comptabilité (BTS, DCG)\n- Maîtrise de Sage\n")
    reqs = extract_requirements(jd)
    assert not {"vue", "vue.js"} & {r.lower() for r in reqs}, reqs
    assert "Sage" in reqs
