"""CV facts, session 17: a JSON Resume whose skills carry tags as keywords (each skill filed under shared
categories: "Frontend", "Web Development", "Version Control") keeps the skills and drops the tags; a JSON Resume
whose skills are groups listing tools keeps every keyword. Made-up files (no corpus text)."""

from __future__ import annotations

import json

from core.documents import extract_text
from tests.cv_helpers import cv_skills as _skills


def _resume(skills: list[dict]) -> bytes:
    return json.dumps({
        "basics": {"name": "Awa Diallo", "email": "awa@example.com", "label": "Développeuse web"},
        "work": [{"name": "Baobab Studio", "position": "Développeuse", "startDate": "2022-01",
                  "highlights": ["Intégration de maquettes en React"]}],
        "skills": skills,
    }).encode()


_TAGGED = [
    {"name": "Vue.js", "level": "Intermediate", "keywords": ["Web Development", "Frontend", "JavaScript Framework"]},
    {"name": "Sass", "level": "Intermediate", "keywords": ["Web Development", "Frontend", "Styling"]},
    {"name": "Node.js", "level": "Beginner", "keywords": ["Web Development", "Backend", "Runtime"]},
    {"name": "PostgreSQL", "level": "Beginner", "keywords": ["Databases", "Backend"]},
    {"name": "Bitbucket", "level": "Intermediate", "keywords": ["Version Control", "Teamwork"]},
    {"name": "Mercurial", "level": "Beginner", "keywords": ["Version Control", "Teamwork"]},
]

_GROUPED = [
    {"name": "Front-end", "keywords": ["Vue.js", "Sass", "Webpack"]},
    {"name": "Back-end", "keywords": ["Node.js", "Express", "PostgreSQL"]},
    {"name": "Outils", "keywords": ["Bitbucket", "Jira"]},
]


def test_a_json_resumes_shared_skill_tags_are_no_skills():
    skills = _skills(extract_text(_resume(_TAGGED), "cv.json"))
    assert {"vue.js", "sass", "node.js", "postgresql", "bitbucket", "mercurial"} <= skills
    assert not {"web development", "frontend", "backend", "version control", "teamwork", "databases"} & skills


def test_a_json_resumes_skill_groups_keep_their_keywords():
    skills = _skills(extract_text(_resume(_GROUPED), "cv.json"))
    assert {"vue.js", "sass", "webpack", "node.js", "express", "postgresql", "bitbucket", "jira"} <= skills
