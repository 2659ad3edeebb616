"""A CV line a question quotes is never cut at a PDF's line wrap: it joins its wrapped continuation, or ends at a
clause boundary with "…" (newcomer, session 18: 'On your CV you wrote "…ledger pipeline processing 9 million"')."""

from core.analysis.cv import extract_cv_facts
from core.coach.cv_reading import whole_line
from core.coach.plan import plan_items

CV = """Maria Lindqvist
Site Reliability Engineer

EXPERIENCE
Site Reliability Engineer, Fjordline Cloud, 2019 - present
Built a canary release pipeline in Go that rolls out 1,200
deployments a week with automatic rollback on error spikes.
Cut monthly cloud cost by 31% by moving batch jobs to spot instances.
Engineer, Harbour Data, 2016 - 2019
Migrated 40 MySQL databases to Aurora with under 5 minutes of downtime for each
customer.
"""
JD = """Senior SRE

Requirements
- Experience running deployment pipelines in Go
- Cloud cost optimisation on AWS
- Database migrations
"""


def test_quoted_cv_line_joins_its_wrapped_continuation():
    seen = set()
    for seed in "abcdefgh":
        for item in plan_items(CV, JD, "Senior SRE", count=8, interview_type="mixed", seniority="senior", company="",
                               seed=seed, focus=None):
            if item.source == "achievement":
                seen.add(item.text)
                assert "rolls out 1,200\"" not in item.text and "for each\"" not in item.text, item.text
    assert any("under 5 minutes of downtime for each customer" in t for t in seen), seen
    facts = extract_cv_facts(CV)
    wholes = [whole_line(a, facts["bullets"], CV) for a in facts["achievements"]]
    assert any(w.endswith("rolls out 1,200 deployments a week with automatic rollback on error spikes.") for w in wholes)


def test_line_with_no_continuation_ends_at_a_clause_with_an_ellipsis():
    assert whole_line("Trained 14 new starters, wrote the induction guide, and reported weekly to", []) == \
        "Trained 14 new starters, wrote the induction guide…"
    assert whole_line("Handled 300 calls a day for a client base of 2", []) == \
        "Handled 300 calls a day for a client base of 2…"
    assert whole_line("Cut waste by 12%.", []) == "Cut waste by 12%."
