// "Parents say they were kept in the dark, with some claiming the decision was taken months ago", "…, with a senior figure at
// the club admitting the board has run out of road": after "with", a speaker and a participle that claims or concedes are a
// second report, as "with X saying …" was (attribution.ts withSaying), and they end the clause before them.
// Guard: only these verbs of claiming, each taking a clause; "with prices rising", "with the firm hiring staff" stay part of
// the clause (CLAUSE_STOP_RE keeps a ", with" whose participle is no verb of saying), and withSaying still needs a speaker
// phrase before the participle ("with costs admitting …" finds none).
export const WITH_CLAIMING = 'claiming|admitting|conceding|acknowledging|alleging|complaining|predicting';
