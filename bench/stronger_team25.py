"""Team set labelled BEFORE any code change (stronger25): made-up answers, each sentence (or clause) with the heading a
hiring manager expects it under in the stronger answer (None: never handed back). Figure: keys under the right heading
/ all keys. Run: python -m bench.stronger_team25 [-v]"""
import re
import sys

from core.coach.score import score_answer

# (question, answer text, [(key phrase, expected heading or None)])
SET = [
 ("Tell me about a time you trained new staff.",
  "I showed them the till and stayed near them for the first week. I also printed a crib sheet of the refund codes. "
  "They both passed their probation, so I think it went well.\n(Follow-up: What was the hardest moment?)\n"
  "One of them, Priya, panicked when a customer shouted about a refund. Afterwards I went through the refund screen "
  "with her twice. The next week she handled three refunds alone without calling me.",
  [("showed them the till", "Action"), ("crib sheet", "Action"), ("passed their probation", "Result"),
   ("I think it went well", None), ("Priya, panicked", "Situation"), ("refund screen", "Action"),
   ("handled three refunds", "Result")]),
 ("Give me an example of a time you spotted a problem before anyone else.",
  "When our clinic switched to online booking in 2022, I noticed that follow-up appointments were being booked into the "
  "wrong room, and nobody had picked it up. I listed the clashes for the practice manager and wrote a short booking guide "
  "for reception. Within a month double bookings fell from nine a week to one.",
  [("switched to online booking", "Situation"), ("listed the clashes", "Action"), ("double bookings fell", "Result")]),
 ("A customer says their parcel never arrived, but the tracking shows it was delivered. What would you do?",
  "I apologise first and check the delivery photo with them while they are on the line. I ask the depot for the "
  "driver's GPS drop point, so we know where it was left. I go round to the neighbours myself if it's local, and log "
  "every call on the case. I'd send a replacement rather than make them wait a week for an investigation.",
  [("delivery photo", "Approach"), ("GPS drop point", "Steps"), ("round to the neighbours", "Steps"),
   ("send a replacement", "Trade-offs")]),
 ("Two calls come in at once: a smell of gas and a burst pipe. How do you prioritise them, and why in that order?",
  "The gas smell first, because it could ignite: I'd tell them to leave the house and ring the gas emergency line. "
  "Then the burst pipe, turning off the stopcock and booking a plumber. The burst pipe customer I'd call back within "
  "ten minutes to check the water is off.",
  [("gas smell first", "Approach"), ("turning off the stopcock", "Steps"), ("call back within", "Steps")]),
 ("The role asks for a food hygiene certificate, which your CV shows. How do you keep it current, and when did it last matter?",
  "I renew my Level 2 certificate every three years and keep my training records in a folder. It last mattered in "
  "June, when an inspector asked about our cooling times; I showed her our probe logs and talked her through the "
  "blast chiller routine, and she gave us a five rating that week.",
  [("renew my Level 2", "Situation"), ("inspector asked", "Situation"), ("showed her our probe logs", "Action"),
   ("five rating", "Result")]),
 ("How do you decide which stock to reorder first? Give an example.",
  "I reorder by days of cover left, not by what sold most last month. At Greenway Garden Centre in 2023 I had a "
  "£20k spring budget. I pulled the sales for each line, saw that compost would run out in six days, and ordered it "
  "first. We had no stock-outs that spring.",
  [("days of cover", "Action"), ("£20k spring budget", "Situation"), ("pulled the sales", "Action"),
   ("no stock-outs", "Result")]),
 ("Tell me briefly about the work you do now, and why this role.",
  "I manage the front desk at Harbour Hotel, a team of six on two shifts. Last year I cut check-in queues from 15 to "
  "5 minutes by adding a mobile check-in. Before that I spent three years as a receptionist at Quay Lodge. This role "
  "is my next step because I want to run the whole guest services team.",
  [("front desk at Harbour", "Now"), ("cut check-in queues", "Now"), ("receptionist at Quay", "Before"),
   ("next step because", "Why this role")]),
 ("Tell me about a time a project you were on ran late.",
  "Honestly the delays were never my fault. The project was late because the supplier never sent the parts on time. "
  "I just told the client to chase the supplier, and if it went wrong that was on them, not me.",
  [("never my fault", None), ("supplier never sent", None), ("chase the supplier", None)]),
 ("You have to tell a customer their order is late. How would you do it?",
  "When a customer rings about a late order, it's because the warehouse packed it late or the courier lost it. "
  "I tell them it's not my department and that they should email the warehouse.",
  [("warehouse packed it late", None), ("not my department", None)]),
 ("Why do you want this role with us?",
  "I've worked in payroll for five years at Dunmore Council, running the monthly pay for 900 staff. "
  "I'm looking for a new challenge. I'm a hard worker and a team player.",
  [("payroll for five years", "Evidence"), ("new challenge", None), ("hard worker", None)]),
 ("Tell me about a time something went wrong at the last minute.",
  "One Saturday our oven broke an hour before a 60-cover wedding. I moved the mains to the grill and the two hobs and "
  "cut the menu to three dishes. Every plate went out on time, and the couple wrote to thank us.",
  [("oven broke", "Situation"), ("moved the mains", "Action"), ("went out on time", "Result")]),
 ("Tell me about a time you improved a process.",
  "In my last job at a print shop, proofs were emailed back and forth and jobs waited days for sign-off. "
  "I was asked to cut the wait. I set up a shared proof board where clients ticked each page, and I chased any proof "
  "left over a day. Sign-off time fell from four days to one, and reprints dropped by half.",
  [("proofs were emailed", "Situation"), ("asked to cut the wait", "Task"), ("shared proof board", "Action"),
   ("Sign-off time fell", "Result")]),
]

HEAD_RE = re.compile(r"(?:^|\s)((?:[A-Z][a-z-]+)(?: [a-z]+){0,2}):\s")


def heading_of(out: str, key: str):
    i = out.lower().find(key.lower())
    if i < 0:
        return None
    heads = [m for m in HEAD_RE.finditer(out[:i])]
    return heads[-1].group(1) if heads else "?"


def keys_right(items, verbose: bool) -> tuple[int, int]:
    """Over ``items`` ((question, answer, keys) or (question, answer, keys, cv, job)), how many key phrases sit under the
    heading they are labelled with in the stronger answer, of all keys; each miss printed when ``verbose``."""
    right = total = 0
    for question, text, keys, *documents in items:
        cv, jd = documents or ("", "")
        out = score_answer(question, text, job_description=jd, cv_text=cv).stronger_answer
        for key, want in keys:
            got = heading_of(out, key)
            ok = got == want
            right += ok
            total += 1
            if verbose and not ok:
                print(f"  MISS [{key}] want {want} got {got}\n     {out[:500]}")
    return right, total


def run(verbose: bool) -> float:
    right, total = keys_right(SET, verbose)
    print(f"team set stronger25: {right}/{total} = {right / total:.2f}")
    return right / total


if __name__ == "__main__":
    run("-v" in sys.argv)
