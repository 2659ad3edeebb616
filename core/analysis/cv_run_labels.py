"""A job's header written as a run-on paragraph of labelled fields ("CREDENTIALED FACILITY: MERCY GENERAL" /
"HOSPITAL JUNE 1, 2019- MAY 3, 2021" / "POSITION : NIGHT NURSE PRACTITIONER" / "EMR: EPIC"), as a PDF's wrapped
bullet gives its lines: the labels decide. The title is the value of a "Position:" or "Title:" label, the employer
that of an "Employer:" or "Company:" label; a site ("Facility:") is where the work was done, no employer; a value a
line break may have cut (the next line goes on without a label) is left out, and so is every unlabelled fragment
("HOSPITAL AUGUST 1" is no employer). Read by :func:`core.analysis.cv_entries.parse_header` (session 23)."""

from __future__ import annotations

import re

# a field label of such a paragraph, in capitals or not, a space allowed before its colon ("POSITION : RN")
_LABEL = (r"(?:job title|title|position|employer|company|(?:credentialed\s+)?facilit(?:y|ies)|specialty|emr|"
          r"start date|end date)")
_LABEL_RE = re.compile(rf"(?i)(?<![\w-]){_LABEL}\s*:")
# a label only such a paragraph has, opening a line ("EMR: EPIC", "Specialty: Adult ICU", "START DATE: 2-1-2022")
_RUN_ONLY_RE = re.compile(r"(?i)^(?:(?:credentialed\s+)?facilit(?:y|ies)|specialty|emr|start date|end date)\s*:")
_TITLE_RE = re.compile(r"(?i)^(?:job title|title|position)$")
_EMPLOYER_RE = re.compile(r"(?i)^(?:employer|company)$")
_DATE_TAIL_RE = re.compile(r"(?i)\s*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d.*$|\s*\d{1,2}[/-]\d.*$|"
                           r"\s*\b(?:19|20)\d\d\b.*$")


def run_on_labels(group: list[str]) -> tuple[str, str] | None:
    """(role, employer) of a header group written as a run-on paragraph of labelled fields: a line with a label after
    other text ("Aurora Position: Contract RN EMR : Protouch") or opening with a label only such a paragraph has
    ("EMR: EPIC"); either may be "" (the labels name none, or a line break may have cut its value). None when the
    group is no such paragraph, so the header is read as usual."""
    if not any(_RUN_ONLY_RE.match(line.strip()) or any(m.start() > 0 for m in _LABEL_RE.finditer(line.strip()))
               for line in group):
        return None
    role = employer = ""
    for idx, line in enumerate(group):
        text = line.strip()
        labels = list(_LABEL_RE.finditer(text))
        for n, m in enumerate(labels):
            end = labels[n + 1].start() if n + 1 < len(labels) else len(text)
            cut = n + 1 == len(labels) and idx + 1 < len(group) and not _LABEL_RE.match(group[idx + 1].strip())
            value = _DATE_TAIL_RE.sub("", text[m.end():end]).strip(" .,;-–")
            name = re.sub(r"\s+", " ", m.group(0).rstrip(": ")).strip()
            if cut or not value:
                continue  # "POSITION: HOSPITALIST NURSE" over "PRACTITIONER SWING SHIFT": the value goes on, unread
            if _TITLE_RE.match(name) and not role:
                role = value
            elif _EMPLOYER_RE.match(name) and not employer:
                employer = value
    return role, employer
