// «Name сообщил Алине Пастуховой, ведущей клубного подкаста, что …», «Как рассказала Марии Кох, корреспонденту
// издания, глава комитета Name, …»: whom it was told, a full name in the dative, may carry an apposition of its own between
// commas. The commas hid the «, что» (or, after «Как …», the speaker) from the frames, and the listener was read as the
// speaker. The listener and the apposition are no part of who spoke.
// Guards: the listener two or three capitalised words, the first a given name's dative (-е, -и, -у, -ю); the apposition
// opens with a lower-case word in the dative singular (-е, -у, -ю, -ой, -ей, -ому, -ему) and holds no comma and no verb
// of saying's past ending at its end; so «сообщил Ивану Петрову, что» (no apposition) and «сказал Петров, глава района,
// что» (a nominative apposition of the speaker) are read as before.

const LISTENER = String.raw`\p{Lu}\p{Ll}+[еиую](?:\s+\p{Lu}[\p{Ll}-]+){1,2}`;
const APPOSITION = String.raw`\p{Ll}{3,}(?:е|у|ю|ой|ей|ому|ему)(?:\s+[^,.!?«»"]{1,60}?)?`;

/** After a verb of saying: the listener, its apposition and «, что», as the frame's «that» match ([0] its length), or null. */
export function listenerApposedThat(afterVerb: string): RegExpExecArray | null {
  return new RegExp(String.raw`^\s+${LISTENER}\s*,\s*${APPOSITION}\s*,\s*что\s+`, 'u').exec(afterVerb);
}

/**
 * «Как сообщила Анне Шмидт, журналистке издания, глава …»: the span of the listener and its apposition right after «Как
 * VERB» (from the listener's first letter to the comma after the apposition, inclusive), relative to `sentence`, or null.
 */
export function listenerApposedAfterAs(sentence: string): { start: number; end: number } | null {
  const m = new RegExp(String.raw`^(\s*[Кк]ак\s+\p{Ll}+\s+)(${LISTENER}\s*,\s*${APPOSITION}\s*,)\s*(?=\p{L})`, 'u').exec(sentence);
  return m ? { start: m[1]!.length, end: m[1]!.length + m[2]!.length } : null;
}
