"""Questions about a procedure or a policy: safeguarding, health and safety, compliance, escalation, "what
would you do if a child / patient / customer …".

Such a question is not asking for a design or a trade-off ("Concepts / Reasoning / Trade-offs" suits
"How does a hash map work?", not "A pupil tells you something worrying: what do you do?"). What an
interviewer listens for is the duty followed in order: the steps safeguarding training teaches as the
"Rs" (recognise, respond, record, report, refer), which incident and escalation procedures share (notice it,
make the person or place safe, write down what was seen and said, pass it to the named lead or manager, then
check it was acted on). So:

* :func:`is_procedural` tells such a question by its words;
* :data:`OUTLINE` is the stronger answer's outline for it (Recognise, Act, Record, Report, Follow up),
  and :func:`part_of` places a sentence of the candidate's under one of its parts by its own wording.

English wording only (the cues are English words).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# A duty, a policy or a procedure named by the question.
_POLICY_RE = re.compile(
    r"\b(?:safeguard\w*|child protection|protect(?:ing)? (?:children|vulnerable|adults?)|vulnerable (?:adults?|"
    r"children|people|patients)|health and safety|health & safety|fire (?:drill|alarm|safety|evacuation)|"
    r"evacuat\w*|complian\w*|escalat\w*|whistle-?blow\w*|duty of care|disclos\w*|prevent duty|"
    r"(?:incident|accident|near[- ]miss) report\w*|report(?:ing)? (?:an? )?(?:incident|accident|concern|near[- ]miss)|"
    r"infection control|data breach|confidentiality breach|(?:safeguarding|safety|complaints?|whistleblowing|"
    r"behaviou?r|attendance|lone working|medication|escalation|reporting) (?:policy|policies|procedures?|protocol))\b", _I)
# "What would you do if a child …", "How would you respond if a patient …": a person in one's care.
_PERSON_IN_CARE_RE = re.compile(
    r"\b(?:what would you do|how would you (?:respond|react|handle|deal)|what (?:steps )?would you take|"
    r"what should you do)\b[^?]{0,40}\b(?:if|when|where)\b[^?]{0,30}\b(?:a|an|the|one of your|your)\s+(?:\w+\s+)?"
    r"(?:child|children|pupil|student|learner|patient|resident|customer|client|service user|young person|"
    r"colleague|member of staff|visitor|passenger|guest)s?\b", _I)
# A technical question that names "protocol", "policy" or "regulation" as a thing of its field is no procedure
# of duty: "Explain the Raft protocol", "a cache eviction policy", "regularisation".
_TECHNICAL_RE = re.compile(
    r"\b(?:consensus|network|tcp|udp|http|raft|paxos|gossip|cache|caching|eviction|retry|replication|routing|"
    r"commit|lock(?:ing)?|scheduling|iam|cors|password|access control|security group|rbac|stored procedures?|sql|"
    r"database|api|apis|endpoint|function|algorithm|design|architect\w*|system|systems|storage|cluster|server|"
    r"latency|throughput|roadmap|observability|automation|deploy\w*|pipeline|software|code)\b", _I)


def is_procedural(question: str) -> bool:
    """Whether ``question`` asks how the candidate follows a duty, a policy or a procedure (see the
    module docstring): it names one (safeguarding, health and safety, compliance, escalation…) and no
    technical field, or asks what the candidate would do if a child, patient, customer… did something."""
    text = question or ""
    if _PERSON_IN_CARE_RE.search(text):
        return True
    return bool(_POLICY_RE.search(text)) and not _TECHNICAL_RE.search(text)


OUTLINE: tuple[tuple[str, str], ...] = (
    ("Recognise", "[what you would notice, and why it is a concern]"),
    ("Act", "[what you would do at once to keep the person safe]"),
    ("Record", "[what you would write down, in whose words, and when]"),
    ("Report", "[who you would pass it to: the named lead, manager or on-call, and how quickly]"),
    ("Follow up", "[how you would check it was acted on, and support the person afterwards]"),
)

_PART_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Follow up", re.compile(r"\b(?:follow(?:ed|ing)?[- ]up|check(?:ed)? (?:in|back|on)|afterwards|the next day|"
                             r"later that|keep an eye|monitor\w*|review\w*|debrief\w*|support(?:ed)? (?:them|him|her)|"
                             r"make sure (?:it|they|something) (?:was|were|is|has|had)|acted on|followed through|was done)\b", _I)),
    ("Report", re.compile(r"\b(?:report\w*|escalat\w*|refer\w*|designated|dsl|lead|manager|supervisor|head ?teacher|"
                          r"nurse in charge|on[- ]call|inform\w*|notif\w*|call(?:ed)?|alert\w*|pass(?:ed)? "
                          r"(?:it|this|that) on)\b", _I)),
    ("Record", re.compile(r"\b(?:record\w*|write|wrote|written|writing|note[sd]?|log(?:ged|s)?|document\w*|form|"
                          r"incident (?:form|log)|timeline|exact words|verbatim|sign(?:ed)? and dated?)\b", _I)),
    # responding to a disclosure is acting on it: "I listened without leading questions, did not promise to keep it
    # secret" (issue 15, session 15: filed under "Record" with the writing down)
    ("Act", re.compile(r"\b(?:listen(?:ed|ing)? (?:calmly|carefully|without)|(?:did not|didn't|never|would not|wouldn't|"
                       r"not) promis\w*|reassur\w*)\b", _I)),
    ("Recognise", re.compile(r"\b(?:notic\w*|spot\w*|recogni[sz]\w*|sign|signs|concern\w*|worr\w*|disclos\w*|"
                             r"bruis\w*|unusual|change in|listen\w*|observ\w*|aware|identify|identified)\b", _I)),
    ("Act", re.compile(r"^(?:reassur|stay|keep|remove|separate|secure|isolate|calm)\w*|\b(?:I (?:would |will |'d )?(?:stay|stop|remove|reassure|keep|make|secure|isolate|"
                       r"evacuate|treat|give|call|stay|ensure|separate|calm)\w*|immediately|at once|first aid|"
                       r"make (?:it|them|the area) safe|safe(?:ty|ly)?)\b", _I)),
)


def part_of(sentence: str) -> str | None:
    """The part of :data:`OUTLINE` a sentence's own words place it under, else None; the later duties'
    words decide first ("If I have a concern I write it down" is a record, "I notice… and I listen" is
    recognising), since a sentence that records or reports usually says what prompted it too."""
    return next((label for label, regex in _PART_RES if regex.search(sentence)), None)


# Where one duty ends and the next begins inside a sentence: "I would write it down, and report it to the lead".
_CLAUSE_SPLIT_RE = re.compile(
    r"\s*(?:;|(?:,? and (?:then |also )?|, )(?=(?:I |I'd |we )?(?:report|record|write|wrote|log|tell|told|inform|pass|"
    r"call|escalate|refer|check|follow|make sure|keep|stay|reassure|monitor)\w*\b))\s*", _I)


def clauses(sentence: str) -> list[str]:
    """``sentence`` cut where a new duty begins (see :data:`_CLAUSE_SPLIT_RE`), each part a sentence of its
    own ("I would write it down." / "Report it to the lead."); one without such a joint stays whole."""
    parts = [p.strip(" ,.") for p in _CLAUSE_SPLIT_RE.split(sentence) if p and p.strip(" ,.")]
    if len(parts) < 2:
        return [sentence]
    return [p[:1].upper() + p[1:] + "." for p in parts]
