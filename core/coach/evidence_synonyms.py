"""Obvious synonyms of a requirement's words, by stem, for :mod:`core.coach.evidence`: a requirement word is met
by any stem of its group ("mentor": coached, trained, onboarded). A rule of this project, not a figure from research;
each group says the session whose answers it was drawn from."""

from __future__ import annotations

_COMPASSION = ("compassion", "empath", "kindly", "kindness", "reassur", "comfort", "dignit", "sensitiv", "gentl", "bereave",
               "sympath", "condolenc", "honest")
# a child's parents and carers are one group of people, its family (session 23: "ran parent phonics workshops" was
# told it does not mention "partnership with parents and carers")
_FAMILY = ("parent", "carer", "guardian")  # not "famil": "Few families came" is a scene, not the work with them
_DE_ESCALATION = ("de-escal", "deescal", "calm", "defus", "diffus", "sooth")
# Obvious synonyms, by stem: a requirement word matches any of its group.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "monitor": ("monitor", "observ", "obs", "vital", "breathing", "respiratory", "pulse", "saturation",
                "deteriorat", "escalat", "track", "watch", "alert", "dashboard"),
    "condition": ("condition", "breathing", "respiratory", "deteriorat", "vital", "obs", "sat", "temperature",
                  "pulse", "pain", "pressure", "rate"),
    "analysi": ("analysi", "analys", "analyz", "analytic", "insight"),
    "analys": ("analysi", "analys", "analyz", "analytic", "insight"),
    "mentor": ("mentor", "coach", "train", "onboard"),
    # coaching is done as onboarding, training or mentoring someone ("I onboarded two new AEs": session 20)
    "coach": ("coach", "mentor", "train", "onboard"),
    # a supplier is also a vendor or contractor, and is met through a tender or procurement ("I retendered the
    # cleaning contract…, got four quotes and negotiated a two-year deal" is a supplier negotiation: session 20)
    "suppli": ("suppli", "vendor", "contractor", "tender", "retender", "procur"),
    "stakeholder": ("stakeholder", "client", "customer", "manager", "director", "board"),
    # what is written or said to others ("wrote the onboarding guide": written communication; "wrote SQL" is not)
    "communication": ("communicat", "present", "explain", "report", "guide", "document", "email", "e-mail",
                      "newsletter", "proposal", "memo", "article", "blog", "handover", "briefing",
                      # what the candidate said to someone ("I told him what we could say…": session 23)
                      "told", "spoke", "briefed"),
    # an act of communicating with someone ("communicate regularly with parents": "parent workshops", "a newsletter")
    "communicat": ("communicat", "present", "explain", "email", "e-mail", "newsletter", "briefing", "workshop",
                   "meeting", "phone", "consult", "liais", "updat", "told", "tell", "talk", "spoke", "speak", "listen"),
    # a manner of care in what is said: kind, honest, sensitive words to someone upset or grieving (the NHS
    # "6Cs", Compassion in Practice, 2012: compassion and communication; candour with patients and families)
    "compassion": _COMPASSION,
    "compassionate": _COMPASSION,
    # a stated frequency is a regular one ("weekly", "termly")
    "regular": ("regular", "weekly", "daily", "monthly", "fortnight", "termly", "quarterly", "routine", "frequent"),
    "incident": ("incident", "outage", "postmortem", "on-call", "oncall", "pager"),
    "licens": ("licens", "registered", "registration", "certified", "pin"),
    "ci/cd": ("ci/cd", "ci", "cd", "pipeline", "continuous"),
    # a heavy goods vehicle is driven under a licence class, as a lorry or an artic ("I've driven Class 1 since 2019",
    # UK DVLA categories C and C+E are called Class 2 and Class 1 in the trade: session 21)
    "hgv": ("hgv", "lgv", "class", "lorr", "artic", "c+e"),
    "lgv": ("hgv", "lgv", "class", "lorr", "artic", "c+e"),
    # a record is also kept as data, a card or a log; checked by downloading, reviewing or auditing it (session 21)
    "record": ("record", "data", "card", "log"),
    "check": ("check", "download", "review", "audit", "inspect", "verif"),
    # a kitchen's gross profit is its margin, and costs are controlled by costing and pricing dishes, cutting
    # overtime and waste ("I re-costed every dish… GP was 69%": session 21)
    "gp": ("gp", "gross", "margin"),
    "cost": ("cost", "re-cost", "recost", "costing", "re-pric", "repric", "overtime", "waste", "spend"),
    # a cost or a figure is controlled by cutting, reducing or bringing it back ("cut overtime": session 21)
    "control": ("control", "cut", "reduc", "lower", "trim", "contain"),
    # an initiative is run as a programme, a project or a scheme ("I led a cost-saving programme…": session 21)
    "initiativ": ("initiativ", "programme", "program", "project", "scheme"),
    # session 22b: a subcontractor is hired on a subcontract, as a trade ("I managed 14 subcontract trades"); a data
    # model is drawn as a schema ("a star schema: one fact table…"); a hospital's dispensing is for its wards and
    # inpatients ("I dispense inpatient and discharge prescriptions for the surgical wards")
    "subcontractor": ("subcontract", "sub-contract", "subbie"),
    "model": ("model", "schema"),
    "modell": ("model", "schema"),
    "hospit": ("hospital", "inpatient", "in-patient", "wards"),
    "hospital": ("hospital", "inpatient", "in-patient", "wards"),
    # session 22b: support workers and advisers are the staff a senior trains (assistants, technicians, trainees: "Train and sign
    # off two trainee pharmacy technicians a year"); homes are delivered by handing them over or building them; a
    # housebuilder's work is residential, new-build housing
    "workers": ("worker", "staff", "assistant", "technician", "trainee", "colleague"),
    "advisers": ("adviser", "advisor", "agent", "crew", "staff", "colleague"),
    "advisors": ("adviser", "advisor", "agent", "crew", "staff", "colleague"),
    "deliver": ("deliver", "handed", "handover", "hand-over", "built"),
    "housebuild": ("housebuild", "house-build", "homebuild", "new-build", "residential"),
    # session 23: a situation is de-escalated by calming or defusing it ("she calmed down and thanked me"); escalating
    # it to another team is the opposite and never meets it
    "parent": _FAMILY,
    "carer": _FAMILY,
    "de-escal": _DE_ESCALATION,
    "de-escalation": _DE_ESCALATION,  # the lexicon's skill, read whole
}

# Words a synonym's stem also starts that mean something else, never met by it (session 23: "I rewrote our monthly
# reporting in dbt" and "I proposed a ward-based checking slot" both evidenced "communication skills"): data
# reporting is a report built, not told; to propose an idea is no written proposal.
OTHER_SENSES: dict[str, frozenset[str]] = {
    "report": frozenset({"reporting", "reportings"}),
    "proposal": frozenset({"propose", "proposed", "proposes", "proposing"}),
}

__all__ = ["OTHER_SENSES", "SYNONYMS"]
