"""CV section headings: whether a cleaned line heads the experience, education, skills or another section,
in English (the patterns below), Chinese and Japanese, and in German, Spanish, Italian, French, Portuguese and Dutch
(:mod:`core.analysis.cv_lang`'s table). Used through :func:`core.analysis.cv_lines.section_kind`."""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from core.analysis.cv_lang import HEADING_AND, heading_kind, romance_head

logger = logging.getLogger(__name__)

_SECTION_KINDS = (
    # "Nursing Experience", "Work and Leadership Experience", "Employment Record", "Positions Held": up to three
    # words before "experience(s)", or the history or record of work (not a volunteer, project or technical one)
    ("experience", r"(?!(?:volunteer|community|project|projects|extra.?curricular|technical|personal|user|customer|patient|"
                   r"guest|client|candidate|employee|developer|member|digital|brand|years|summary)\b)"
                   r"(?:(?:[A-Za-z&/-]+ ){0,3}experiences?|(?:work|job|employment|professional|career) (?:history|record)|"
                   r"positions? held|employment record|"
                   r"(?:professional |work |relevant )?experience in (?:the )?[A-Za-z&-]+(?: [A-Za-z&-]+)?)|"  # "... in Healthcare"
                   r"(?!volunteer)(?:professional |work |relevant |clinical |industry |teaching |research |sales |career |"
                   r"employment |leadership |other |internship )*(?:experience|employment(?: history)?|internships?|"
                   r"work history|career history|career|positions?|professional background)|"
                   r"work|jobs|"  # a JSON Resume theme's or a Markdown CV's "Work" ("## Work")
                   # an academic CV's "Academic Appointments", "Faculty Positions", "Appointments"
                   r"(?:(?:academic|faculty|university|professional|administrative|research) )*appointments?|"
                   r"(?:academic|faculty|university) (?:positions?|employment)|"
                   # Chinese, Japanese (German, Spanish, Italian, French, Portuguese, Dutch: core.analysis.cv_lang's table)
                   r"(?:工作|职业|实习|从业)(?:经历|经验|履历|背景)|職歴|職務経歴"),
    ("education", r"education(?:al background)?|academic (?:background|details|record|profile|history|studies|training|education)|academics|"
                  r"qualifications and education|studies|schooling|education(?:al)? history|"
                  r"(?:academic |professional |educational )?qualifications?|"
                  r"education (?:and|&) (?:training|certifications?)|(?:earned |academic )?degrees(?: earned)?|教育(?:背景|经历|经验)?|学历|学歴"),
    ("skills", r"(?:technical |key |core |professional |relevant |soft |hard |other |computer |it )*"
               r"(?:skills?|competenc(?:ies|e)|technologies|tools|tech stack|expertise|proficienc(?:ies|y))"
               r"(?: (?:highlights|summary|set|overview|profile))?"
               r"(?: (?:and|&) (?:tools|technologies|interests|languages|certifications|expertise))?|"
               r"languages (?:and|&) (?:tools|technologies)|programming languages|technical|"
               r"(?:career|transferable|clinical|practical|general|additional|business|research|lab(?:oratory)?|digital|"
               r"teaching|nursing|medical|sales|design|office|creative|specialist|workplace|job|functional) skills|"
               r"areas? of (?:expertise|interest|speciali[sz]ation)|(?:core |key |top )?strengths|"
               r"(?:core|key|technical) qualifications|(?:summary|highlights) of qualifications|qualifications (?:summary|highlights)|"  # not a bare "Qualifications"
               r"technical (?:experience|background|knowledge)|"
               r"(?:technical |digital )?(?:skillset|toolkit|toolbox|tool kit)|speciali?ties|capabilities|computer literacy|"
               r"(?:summary|overview) of skills|(?:technologies|tools) used|tools i use|"  # "Toolkit", "Specialties"
               r"(?:专业|个人|技术|职业|核心)?技能[\u4e00-\u9fff]{0,8}|技术(?:能力|栈)|专业能力|スキル"),
    ("other", r"summary|profile|professional summary|about(?: me)?|objective|interests|hobbies|languages|"
              r"references?|projects?|awards?(?: (?:and|&) honou?rs)?|honou?rs|publications|projects|personal projects|"
              r"side projects|open source(?: impact| contributions)?|(?:relevant |professional |other |key )?certifications?(?: (?:and|&) licen[cs]es?)?|"
              r"certificates?|credentials|recognitions?|(?:professional |academic |community |university )?service|personal|"
              r"licen[cs]es?(?: (?:and|&) certifications?)?|training|courses|coursework|activities|"
              r"extracurricular activities|volunteering|achievements|accomplishments|contact|links|"
              r"personal details|talks|speaking|memberships|affiliations|leadership|highlights|"
              r"(?:(?:community|student|campus|civic|club|school|university|college) )?leadership|"
              r"(?:\w+ ){0,2}(?:affiliations|information|interests?|activities|workshops(?: attended)?|"
              r"projects(?: done)?|courses(?: completed| taken)?|memberships|strengths|hobbies|references|"
              r"volunteer(?:ing)?(?: work)? experience|volunteer work|publications|declaration|portfolio|extra.?curricular)|"
              r"work (?:examples|samples)|(?:(?:other|campus|community|student|extracurricular|extra-curricular|university) )?involvements?|"
              # an academic CV's lists of works ("Published Books", "Journal Articles", "Invited Talks and Keynotes")
              r"(?:published |selected |edited |peer.reviewed |refereed )?(?:books|book chapters|chapters|journal articles|articles|"
              r"edited collections|book series|reviews|papers)|(?:conference |invited |community |internal |external )+"
              r"(?:papers|proceedings(?: papers)?|presentations|talks|keynotes|workshops|extended abstracts)(?: (?:and|&) \w+)*|"
              r"(?:external |internal )(?:funding|awards|grants)|"
              r"professional development|(?:key |selected |career |notable )?achievements|other|grants|patents|"
              r"(?:(?!and\b|skills?\b)\w+ ){1,2}(?:awards|honou?rs)|"  # "Customer Service Awards", not "Skills and Awards"
              r"自我评价|个人(?:信息|简介|简历|评价|总结)|基本信息|项目(?:经验|经历)|求职意向|获奖(?:情况|经历)?|"
              r"(?:资格)?证书|语言能力|兴趣爱好|荣誉奖项|自己PR|資格"),
)
_SECTION_RE = [(kind, re.compile(rf"^(?:{pattern})\s*:?$", re.IGNORECASE)) for kind, pattern in _SECTION_KINDS]

# A heading naming one group of skills: "Programming Languages", "UI Frameworks", "Cloud Services",
# "Web Technologies", "Databases", "Developer Tools".
_SKILL_GROUP_RE = re.compile(
    r"^(?:[\w+#./-]+ ){0,2}(?:frameworks|technologies|databases|libraries|platforms|tools|software|"
    r"(?:cloud|web) services|methodolog(?:y|ies)|stack)$",
    re.IGNORECASE,
)


# Ornament letters a decorative font glues after an upper-case heading ("EDUCATIONaa\", "PROFESSIONAL
# EXPERIENCEa\"): lower-case letters and marks right after the heading's last capital, a backslash among them.
_ORNAMENT_AFTER_RE = re.compile(r"([A-Z][A-Z &/,'’-]*[A-Z])(?=[a-z\\/|~^]*\\)[a-z\\/|~^]{1,6}")


# a heading written with a space between its letters (and more between its words), as a designed CV spaces them
_SPACED_LETTERS_RE = re.compile(r"[^\W\d_](?: {1,3}[^\W\d_]){3,}")


# a possessive before a heading, in the languages the reader knows
_POSSESSIVE_RE = re.compile(r"(?i)^(?:my|mes|mon|ma|mis|mi|meine|mein|le mie|i miei|la mia|il mio|minhas|meus|minha|meu|"
                            r"mijn)\s+")


@lru_cache(maxsize=1 << 16)  # pure; every line is asked again for each entry above it
def section_kind(line: str) -> str | None:
    """``experience``, ``education``, ``skills`` or ``other`` when the cleaned line is a section heading.

    Two headings joined by "&", "and" or "/" ("Professional Affiliations & Volunteer Experience",
    "Technical Skills / Systems") take the first one's kind; a heading naming one group of skills
    ("UI Frameworks", "Databases") is a skills heading."""
    text = re.sub(r"\s*\(\d{1,2}\)$", "", line.strip().rstrip(":：").strip())  # "Work Experience (2)": a count
    text = re.sub(r"^\d{1,2}[.)]\s+", "", text)  # "01. Languages"
    text = re.sub(r"\s+(?:-{3,}|={3,}|_{3,}|\*{3,}|~{3,})$", "", text)  # "EXPERIENCE -----": a plain-text ruler after it
    if ornament := _ORNAMENT_AFTER_RE.fullmatch(text):
        text = ornament.group(1)
    if _SPACED_LETTERS_RE.fullmatch(text):  # "E D U C A T I O N", "W O R K   E X P E R I E N C E": a letter-spaced heading
        text = " ".join(word.replace(" ", "") for word in re.split(r"\s{2,}", text))
    if not text or len(text.split()) > 6:
        return None
    text = re.sub(r"\s*&\s*", " & ", text)
    text = re.sub(r"(?i),\s*(?=(?:and|&)\s)", " ", text)  # "Profile, and Objective"
    if kind := _single_kind(text):
        return kind
    if (mine := _POSSESSIVE_RE.sub("", text)) != text and (kind := _single_kind(mine)):
        return kind  # "My Skills", "MES COMPETENCES INFORMATIQUES", "Mis habilidades": the heading after the possessive
    if _SKILL_GROUP_RE.match(text) and not re.search(r"[.,;]", text) and not romance_head(text.split()[0]):
        return "skills"  # not "Desenvolvedor Full Stack", a title whose head comes first
    if text.count(",") >= 1 and not re.search(r"[.;]", text):  # "Honors, Awards & Certifications": the first one's kind
        names = [n for n in re.split(rf"(?i)\s*,\s*|\s+(?:&|and|/|{HEADING_AND})\s+", text) if n]
        kinds = [_single_kind(n) for n in names]
        if len(names) >= 2 and all(kinds):
            return kinds[0]
    halves = re.split(rf"(?i)\s+(?:&|and|/|{HEADING_AND})\s+", text, maxsplit=1)
    first = _single_kind(halves[0]) or ("skills" if _SKILL_GROUP_RE.match(halves[0]) else None)
    if len(halves) == 2 and first and (_single_kind(halves[1]) or _SKILL_GROUP_RE.match(halves[1])
                                       or re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+)?", halves[1])):
        return first  # "Technical Skills / Systems", "Profile and Objective"
    return _glued_kind(text)


def _glued_kind(text: str) -> str | None:
    """The kind of two headings in capitals that a PDF of text boxes ran together without a space
    ("DIPLÔMESPARCOURS SCOLAIRE", "EXPERIENCEEDUCATION"): the second's, which heads the lines after it; None
    unless both halves are headings."""
    if not text.isupper() or len(text) > 60:
        return None
    for cut in range(3, len(text) - 2):
        if text[cut - 1].isalpha() and text[cut].isalpha() and _single_kind(text[:cut]) and (kind := _single_kind(text[cut:])):
            return kind
    return None


def _single_kind(text: str) -> str | None:
    """The kind of one heading: the patterns above, then the table of other languages' headings."""
    return next((kind for kind, pattern in _SECTION_RE if pattern.match(text)), None) or heading_kind(text)


_ENTRY_SUBHEAD_RE = re.compile(
    r"^(?:key |main |selected |notable )?(?:achievements|accomplishments|highlights|responsibilities|duties)\s*:?$|"
    r"^(?:missions?|t[âa]ches|responsabilit[ée]s|r[ée]alisations|aufgaben|t[äa]tigkeiten|funciones|logros)"
    r"(?: principales| principaux)?\s*:?$|"  # the same sub-headings in French, German, Spanish
    # a job's tools, with a colon ("Technologies & outils :", "Tools used:"): not the skills section
    r"^(?:technolog(?:ies|ie|ien|ías)|tools|outils|herramientas|werkzeuge|tech stack|environment)"
    r"(?:\s+used|\s*(?:&|and|et|y|und)\s+\w+)?\s*:$|"
    # the projects of a job, in lower case with a colon ("Projekte:", "Key projects:", "Projets :"): no Projects section
    r"^(?-i:(?:[Kk]ey |[Mm]ain )?(?:[Pp]rojects|Projekte|Projets|Proyectos|Progetti|Projetos))\s*:$",
    re.IGNORECASE,
)
# the award an education entry names on a line of its own, in the singular ("Certificate", "Diploma", "Zertifikat"):
# not the certifications section, whose heading is plural or in capitals ("Certificates", "CERTIFICATE")
_AWARD_LINE_RE = re.compile(r"^(?:Certificate|Diploma|Degree|Certificat|Diplôme|Zertifikat|Diplom|Abschluss|Certificado|"
                            r"Diploma|Título|Titolo|Certificato|Grau)\s*:?$")


def inside_entry(kind: str, section: str, text: str) -> bool:
    """Whether a line a heading's pattern matched (``kind``) is a sub-heading inside the entry of the section being read:
    a job's "Achievements", "Missions principales" or "Tools used:" in experience, a school's award on its own line
    ("Certificate") in education."""
    if section == "experience":
        return kind in ("other", "skills") and bool(_ENTRY_SUBHEAD_RE.match(text))
    return section == "education" and kind == "other" and bool(_AWARD_LINE_RE.match(text.strip()))
