// «Рыбу принимала технолог Name Surname вместе с ветеринаром Игорем Бойко. Surname сказала, что … «…», — отметил он.»: the
// person named after «вместе с» is in the sentence as much as its subject, though in the instrumental and no subject; a
// later «он» / «она» that does not fit the subject or the one who spoke since means them. Read as a mention of its own,
// the name in the nominative (forty-fifth session, sixteenth Russian speaker probe). So is one named after «С» opening the
// sentence, «С фермером Name(-ом) Surname мы встретились на его ферме», whom a later «— рассказал фермер» means (the
// fifteenth probe's d2414: a name after «с» was read only after the verb).
import { nominativeFromInstrumental } from './russian-instrumental-name.ts';
import type { SpeakerPhrase } from './speaker-phrase.ts';

/** «вместе с» (or «вместе со»), or «С» opening the sentence, up to three lower-case words (a post, its body's words), then two capitalised words. */
const COMPANION_RE = /(?<![\p{L}])(?:[Вв]месте\s+с|^\s*С)о?\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3})(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)(?![\p{L}-])/dgu;

/**
 * The people named after «вместе с» (or «С» opening the sentence) between `start` and `end`, as name mentions in the nominative. Guard: the two words
 * read as a first name and surname in the instrumental (russian-instrumental-name.ts: both declined, or a first name
 * declined before a surname that does not decline); any other words («вместе с Ивановыми», a body's name) give nothing.
 */
export function russianCompanionsNamed(masked: string, start: number, end: number): SpeakerPhrase[] {
  const out: SpeakerPhrase[] = [];
  for (const m of masked.slice(start, end).matchAll(COMPANION_RE)) {
    const name = nominativeFromInstrumental([m[2]!, m[3]!]);
    if (!name) continue;
    const nameStart = start + m.indices![2]![0];
    out.push({ kind: 'name', name, roles: [], qualifier: null, start: nameStart, end: start + m.indices![3]![1] });
  }
  return out;
}
