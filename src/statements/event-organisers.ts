// "In a statement, the Arctic Lapland Rally said the Power Stage would run as planned. Spectator areas would have heated
// tents, the organisers said.": a bare "the organisers" in the sentence right after a named event spoke are that event's
// organisers, who speak in its name (as "the group said" after a named group does), not an unnamed source.
// Guards: the phrase is "the organisers" / "the organizers" alone (not "protest organisers", "one of the organisers"); the
// statement before it, in the same paragraph, is a body's whose name ends in a word for an event (Rally, Festival,
// Marathon, Open, Cup …), so that organisers after a council or a company stay unnamed.

const EVENT_ENDS = new Set(['rally', 'festival', 'marathon', 'open', 'games', 'championship', 'championships', 'cup', 'show',
  'fair', 'race', 'tour', 'regatta', 'derby', 'classic', 'prix', 'expo', 'carnival', 'biennale', 'biennial', 'triathlon',
  'parade', 'fest', 'gala', 'trophy', 'series', 'rodeo', 'tattoo', 'eisteddfod', 'olympiad', 'summit', 'conference']);

/** Whether the printed phrase is a bare "the organisers". */
export function isBareOrganisers(printed: string): boolean {
  return /^[Tt]he\s+organi[sz]ers$/u.test(printed.trim());
}

/** Whether a body's name ends in a word for an event ("Arctic Lapland Rally", "Harbour Jazz Festival"). */
export function isEventName(name: string): boolean {
  const last = name.trim().split(/\s+/u).at(-1)!;
  return /^\p{Lu}/u.test(last) && EVENT_ENDS.has(last.toLowerCase());
}
