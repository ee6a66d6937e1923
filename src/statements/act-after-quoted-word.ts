// "The minister said the shortage was "unacceptable" and ordered an inquiry": after a quoted word closing the reported
// clause, "and" and a verb of ordering or acting on authority ("ordered", "directed", "instructed", "summoned",
// "suspended") begin the speaker's own next act, no part of what was said; the clause ends at the closing mark. Dev
// ends its clause there (d84, d187, d264, d445, d1238, d1404, d1416, d1475, d1476: "… "…" and declined / thanked /
// urged / accused / called …", verbs the clause's stop list has already; these verbs of ordering it had not).
// Guards: only right after a closing quotation mark, and only these verbs of command; "…" and hoped …", "…" and
// supported …" (the clause's own subject going on, d224, test-19) are as before.
export const ACT_AFTER_QUOTED_WORD = String.raw`(?<=["\u201D])\s+and\s+(?:ordered|directed|instructed|summoned|suspended)\b`;
