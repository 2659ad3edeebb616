"""Team set labelled BEFORE any code change (stronger26): made-up answers of the four kinds a re-check found in the
stronger answer (meta talk kept, a measured result kept out of "Result:", the whole answer or a swapped part under one
heading, a sentence cut mid-way, German and Spanish answers mixed or dropped), each key phrase with the heading a hiring
manager expects it under (None: never handed back). The team's own labels, not a held-out figure. Figure: keys under the
right heading / all keys. Run: python -m bench.stronger_team26 [-v]"""
import sys

from bench.stronger_team25 import keys_right

CV_DE = ("Sachbearbeiterin Einkauf, Müller GmbH, Stuttgart (2019 - heute). Bestellungen, Lieferantenverhandlungen, "
         "Lagerbestand und Reklamationen. Ausbildung zur Kauffrau für Büromanagement.")
JD_DE = ("Wir suchen eine Einkäuferin (m/w/d) für unser Werk in Ulm. Aufgaben: Lieferantenmanagement, Verhandlungen, "
         "Bestandsplanung und Reklamationsbearbeitung. Erfahrung im Einkauf und SAP-Kenntnisse.")
CV_ES = ("Técnica de farmacia en Farmacia Central, Valencia (2019 - actualidad). Dispensación, control de stock, atención "
         "al cliente y formación de nuevos auxiliares.")
JD_ES = ("Buscamos técnico/a de farmacia para una farmacia hospitalaria en Sevilla. Se valorará experiencia en dispensación, "
         "control de stock y atención al paciente.")
DE_STORY = ("2022 hat unser wichtigster Lieferant dreimal hintereinander zu spät geliefert. Ich sollte das Problem lösen. "
            "Ich habe einen zweiten Lieferanten gesucht und die Liefertermine wöchentlich abgestimmt. "
            "Danach kamen 95 % der Lieferungen pünktlich.")

# (question, answer text, [(key phrase, expected heading or None)], cv, job)
SET = [
 # meta talk
 ("Tell me about a time you improved a process.",
  "Good question. At Harbour Logistics in 2023 our returns took nine days to process. I was asked to fix it. I mapped "
  "every step with the warehouse team and removed two sign-offs. Returns now take four days. As I said before, it is on "
  "my CV. I think that's all.",
  [("Good question", None), ("returns took nine days", "Situation"), ("asked to fix it", "Task"),
   ("mapped every step", "Action"), ("Returns now take four days", "Result"), ("As I said before", None),
   ("on my CV", None), ("that's all", None)], "", ""),
 ("Tell me about a time you fixed a recurring error.",
  "It is on my CV, but in short: at Dunmore Council payroll errors were costing us about 40 hours a month. I was "
  "responsible for fixing it. I built a validation sheet that flagged missing timesheets before the run. Errors dropped "
  "by 70% within two months. Hope that answers your question.",
  [("on my CV", None), ("payroll errors were costing", "Situation"), ("responsible for fixing", "Task"),
   ("validation sheet", "Action"), ("Errors dropped by 70%", "Result"), ("answers your question", None)], "", ""),
 ("A customer's order is a week late. What would you do?",
  "That's a great question. I would first call the customer to apologise and check the order number. Then I'd ask the "
  "warehouse when it was dispatched. Like I said earlier, I always log the call on the case. That's about it.",
  [("great question", None), ("call the customer", "Approach"), ("ask the warehouse", "Steps"),
   ("Like I said earlier", None), ("log the call", "Steps"), ("That's about it", None)], "", ""),
 # a measured result kept out of "Result:"
 ("Tell me about a time you solved a problem at work.",
  "Our warehouse kept running out of packing tape. I set up a reorder point in the stock system at 20 rolls. Since then "
  "we have not run out once in eight months, and we cut rush orders by half.",
  [("packing tape", "Situation"), ("reorder point", "Action"), ("not run out once", "Result"),
   ("rush orders by half", "Result")], "", ""),
 ("Tell me about a time you prepared for an audit.",
  "In 2022 our lab failed its first ISO 9001 audit. I rewrote the calibration procedure and trained the twelve "
  "technicians on it, and we passed the audit in March with zero major findings.",
  [("failed its first", "Situation"), ("rewrote the calibration", "Action"), ("passed the audit", "Result")], "", ""),
 ("Tell me about a time you reduced costs.",
  "In 2021 our courier costs were £60k over budget. I renegotiated our courier contract and cut delivery costs by 18%, "
  "saving £40k a year.",
  [("over budget", "Situation"), ("renegotiated", "Action"), ("£40k a year", "Result")], "", ""),
 ("Tell me about a time you improved the quality of your team's work.",
  "Our invoices went out with frequent errors. I introduced a peer check before each invoice was sent. Errors fell from "
  "40 a month to 6. I learned that a two-minute check saves hours later.",
  [("frequent errors", "Situation"), ("peer check", "Action"), ("Errors fell", "Result"),
   ("two-minute check", "Lesson")], "", ""),
 # the whole answer under one heading, parts swapped
 ("Tell me about a time you reduced costs.",
  "I renegotiated our courier contract in 2021 and cut delivery costs by 18%, saving £40k a year.",
  [("renegotiated", "Action"), ("£40k a year", "Result")], "", ""),
 ("Tell me about a time you disagreed with a doctor's decision.",
  "A doctor wanted to discharge a patient but I thought they were still unwell. I mentioned it to the senior nurse and "
  "we spoke to the doctor together. He agreed to keep the patient for another day of observation.",
  [("wanted to discharge", "Situation"), ("mentioned it to the senior nurse", "Action"),
   ("agreed to keep the patient", "Result")], "", ""),
 ("Tell me about a campaign you ran.",
  "Last spring I ran a social media campaign for our new café menu. I posted three reels a week and worked with two "
  "local food bloggers. It got a lot of engagement and the owner was happy with how it went.",
  [("social media campaign", "Situation"), ("three reels", "Action"), ("lot of engagement", "Result")], "", ""),
 ("Tell me about a time you had to learn something quickly.",
  "In my second week at Fenwick Foods my manager asked me to take over the weekly sales report. I did an online SQL "
  "course in the evenings and asked our analyst to review my queries. The report now runs in 5 minutes instead of 3 "
  "hours.",
  [("manager asked me to take over", "Task"), ("online SQL course", "Action"), ("runs in 5 minutes", "Result")], "", ""),
 ("Tell me about a process you improved.",
  "At a bakery chain, our waste was the main cost problem. I was asked to cut it. I first measured a baseline: over two "
  "weeks I weighed every tray we threw away and got 180 kg a week. I changed the bake plan to three smaller batches a "
  "day. Waste fell to 70 kg a week.",
  [("waste was the main", "Situation"), ("asked to cut it", "Task"), ("measured a baseline", "Action"),
   ("smaller batches", "Action"), ("Waste fell", "Result")], "", ""),
 ("Describe a time you found an error in the accounts.",
  "I noticed an invoice that was recorded twice in our ERP system during the monthly reconciliation. I alerted the "
  "accounting manager and corrected the duplicate entry in the general ledger.",
  [("recorded twice", "Situation"), ("alerted the accounting manager", "Action")], "", ""),
 # a sentence cut mid-way
 ("Tell me about a time you led a recovery plan.",
  "When our 120-bed care home failed its CQC inspection in 2021 I was asked to lead the recovery plan with the "
  "registered manager, the clinical lead, the training coordinator, the estates team, and the three unit managers who "
  "had each been in post for less than a year at that point. I set weekly goals for each unit and checked them every "
  "Friday. Six months later we were rated Good.",
  [("the estates team, and the three unit managers", "Task"), ("weekly goals", "Action"),
   ("rated Good", "Result")], "", ""),
 # German and Spanish answers
 ("Tell me about a time you fixed a stock problem at the pharmacy.",
  "Buena pregunta. En 2022 en Farmacia Central nos faltaban antibióticos casi cada semana. Mi tarea era resolverlo. "
  "Revisé los pedidos de seis meses y cambié los mínimos de stock. Las roturas bajaron de 12 a 3 al mes. Como dije "
  "antes, está en mi CV. Eso es todo.",
  [("Buena pregunta", None), ("faltaban antibióticos", "Situation"), ("Mi tarea era", "Task"),
   ("Revisé los pedidos", "Action"), ("roturas bajaron", "Result"), ("Como dije antes", None),
   ("Eso es todo", None)], CV_ES, JD_ES),
 ("Tell me about a time you solved a problem with a supplier.",
  "Gute Frage. " + DE_STORY + " Wie gesagt, das steht auch in meinem Lebenslauf.",
  [("Gute Frage", None), ("dreimal hintereinander", "Situation"), ("Ich sollte das Problem", "Task"),
   ("zweiten Lieferanten", "Action"), ("95 %", "Result"), ("Lebenslauf", None)], CV_DE, JD_DE),
 ("Erzählen Sie von einer Situation, in der Sie ein Problem mit einem Lieferanten gelöst haben.",
  DE_STORY,
  [("dreimal hintereinander", "Situation"), ("Ich sollte das Problem", "Task"), ("zweiten Lieferanten", "Action"),
   ("95 %", "Result")], CV_DE, JD_DE),
 ("Tell me about a time you fixed a stock problem at the pharmacy.",
  "En 2022 en Farmacia Central nos faltaban antibióticos casi cada semana. I checked the orders for the last six months "
  "and raised the minimum stock levels. Las roturas bajaron de 12 a 3 al mes.",
  [("faltaban antibióticos", "Situation"), ("checked the orders", "Action"), ("roturas bajaron", "Result")],
  CV_ES, JD_ES),
 ("Tell me about a time you fixed a stock problem at the pharmacy.",
  "En 2022 en Farmacia Central nos faltaban antibióticos casi cada semana; revisé los pedidos de seis meses y cambié "
  "los mínimos de stock; al final las roturas bajaron de 12 a 3 al mes.",
  [("faltaban antibióticos", "Situation"), ("revisé los pedidos", "Action"), ("roturas bajaron", "Result")],
  CV_ES, JD_ES),
]


def run(verbose: bool) -> float:
    right, total = keys_right(SET, verbose)
    print(f"team set stronger26: {right}/{total} = {right / total:.2f}")
    return right / total


if __name__ == "__main__":
    run("-v" in sys.argv)
