// «Пресс-служба клиники цитирует слова главного врача Name: «…»», «Агентство приводит слова переводчика Name: «…»»: a
// Russian lead-in in which a body (or anyone) relays another's words, the verb of quoting («цитирует», «приводит»,
// «процитировал(а)», «привел(а)») with «слова» and whose words they are, in the genitive, before a colon. The quotation is
// the one whose words they are, not the subject that relays them (thirty-eighth session, a ninth probe of Russian speakers:
// the relaying press office, or an unreadable stretch, had been given the quotation).
// Guards: «слова» right after the verb (perhaps after one adverb, «дословно»); after it one to six words up to the colon,
// read as a person's name or a post (not a body, not an outlet); nothing else between them and the colon.

import type { SpeakerPhrase, Token } from './speaker-phrase.ts';

const QUOTING_WORDS_RE = /(?:^|\s)((?:про)?цитир(?:ует|уют|овал|овала|овали)|привод(?:ит|ят)|привел|привёл|привела|привели)\s+(?:\p{Ll}+о\s+)?слова\s+((?:[\p{L}-]+\s+){0,5}[\p{L}-]+)\s*:\s*$/u;

export function quotingWordsBeforeColon(masked: string, from: number, open: number, tokenize: (text: string, at: number) => Token[],
  parse: (tokens: Token[]) => SpeakerPhrase | null, nominative: (word: string) => string): { phrase: SpeakerPhrase; cue: Token } | null {
  const lead = masked.slice(from, open);
  const m = QUOTING_WORDS_RE.exec(lead);
  if (!m) return null;
  const verbAt = from + m.index + m[0].indexOf(m[1]!);
  const whoAt = from + m.index + m[0].lastIndexOf(m[2]!);
  const tokens = tokenize(m[2]!, whoAt);
  const phrase = parse(tokens);
  if (!phrase || (phrase.kind !== 'name' && phrase.kind !== 'title') || phrase.end !== whoAt + m[2]!.length) return null;
  const cue = tokenize(m[1]!, verbAt)[0];
  if (!cue) return null;
  // (The name as printed is in the genitive, «Сергея Игоревича Бакланова», «Томаса Хайнриха»: put in the nominative where
  // the phrase reader left it as printed.)
  const printed = tokens.slice(-phrase.name.length).map((t) => t.text);
  const name = phrase.kind === 'name' && phrase.name.every((w, k) => w === printed[k]) ? phrase.name.map(nominative) : phrase.name;
  return { phrase: { ...phrase, name }, cue };
}
