// "The source said the issue could be launched next month, with two banks lined up as joint bookrunners": an absolute
// phrase after ", with" whose predicate is a passive participle with words of its own ("lined up as …", "booked for …",
// "sent from …") goes on in the speaker's words, as one with a participle in -ing already did ("with two teams working
// round the clock"), so the reported clause runs on past it (attribution.ts CLAUSE_STOP_RE).
// Guards: the participle comes before any comma or sentence end in the phrase, and a preposition (after an optional
// particle: up, out, off, down, back) follows it at once; words in -ed that are nouns or adjectives are not participles
// ("with the speed to …", "with a hundred at …"); ", with Thistle unbeaten in five", ", with flood warnings already in
// place" (no participle in -ed) still end the clause, as the development part cuts them; and "to" after the participle is
// left out — ", with three more shops expected to close in May", a forecast's infinitive, still ends it (the
// twenty-second session's guard, twenty-second-session-test-26-english-clauses.test.ts; a first version with "to" broke it).

/** The pattern's source: a passive participle in -ed, perhaps a particle, then a preposition, within the phrase. */
export const WITH_PASSIVE_PARTICIPLE = String.raw`[^.;:!?,\u201C\u201D"]{0,60}?\s(?!(?:need|needed|speed|breed|creed|greed|steed|weed|seed|feed|bleed|deed|hundred|kindred|sacred|naked|wicked|wretched|rugged|ragged|crooked|beloved|aged|bed|red|shed)\s)\p{Ll}{3,}ed\s+(?:(?:up|out|off|down|back)\s+)?(?:as|for|by|at|from|into|with|on)\s`;
