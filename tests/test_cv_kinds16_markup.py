"""CV reading, fresh set 16 (session 16), kind 1: entries written as LaTeX markup inside a Markdown CV (R Markdown's
"vitae" templates: "\\textbf{Title}\\hfill{\\footnotesize Employer}\\newline" in a longtable), read once the markup is
stripped. Made-up CV, no corpus text."""

from __future__ import annotations

from core.analysis.cv_clean import without_latex
from tests.cv_helpers import cv_facts

_VITAE = r"""---
name: Lou
surname: Marchetti
---

# Academic Education

\begin{longtable}{@{\extracolsep{\fill}}ll}
2012-2016 & \parbox[t]{0.85\textwidth}{%
\textbf{PhD in Hydrology}\hfill{\footnotesize University of Eastbrook}\newline
Eastbrook, UK\par%
\empty%
\vspace{\parsep}}\\
\end{longtable}

# Academic Experience

\begin{longtable}{@{\extracolsep{\fill}}ll}
Jan. 2019-\textbf{present} & \parbox[t]{0.85\textwidth}{%
\textbf{Research Scientist}\hfill{\footnotesize Northfield Water Institute}\newline
Northfield, UK\par%
\vspace{0.1cm}\begin{minipage}{0.7\textwidth}%
\begin{itemize}%
\item Built flood models for \textbf{three river basins}%
\end{itemize}%
\end{minipage}%
\vspace{\parsep}}\\
2016-2018 & \parbox[t]{0.85\textwidth}{%
\textbf{Postdoctoral Researcher}\hfill{\footnotesize Harlow Climate Centre}\newline
Harlow, UK\par%
\vspace{\parsep}}\\
\end{longtable}
\newpage
"""


def test_latex_entries_are_read_as_jobs_and_schools():
    facts = cv_facts(_VITAE)
    assert facts["jobs"][:2] == [("Research Scientist", "Northfield Water Institute"),
                                 ("Postdoctoral Researcher", "Harlow Climate Centre")]
    assert facts["current_title"] == "Research Scientist"
    assert "University of Eastbrook" in facts["schools"]
    assert not any("\\" in e or "{" in e for e in facts["employers"])


def test_text_without_latex_is_left_as_it_is():
    text = "Analyst | Acme\n- Built C# tools {fast}\n"
    assert without_latex(text) == text
