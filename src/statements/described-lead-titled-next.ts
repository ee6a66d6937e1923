// "A federal judge in Kentucky has barred …, finding that …" then, opening the next paragraph, "U.S. District Judge
// Renata Olsen wrote in a 24-page opinion …": a lead's speaker described by a post ("a judge"), named at the start of the
// next paragraph with that post as the title before the name, is that person. The development part gives a lead whose
// described speaker the next paragraph names to that person (d1304, d1306; the rule in extract.ts beside "A mother of
// three … said" then "Name, 34,", which takes an age or a "who" aside as the sign; here the sign is the same post).
// Guards (with those in extract.ts: a lead only, not a source, an official or an envoy, nor anyone unnamed on purpose): the
// name opens the next paragraph with its title and no word before it, and the title holds the lead's post word itself
// ("a judge" … "District Judge Name"; not "a lawyer" … "Judge Name"); and the description is a post and at most a place
// ("A federal judge in Kentucky"), not a phrase read past its verb ("A Wisconsin judge on Tuesday blocked a new", d263,
// whose lead the rules read wrongly: no speaker is given to a misread phrase).
import type { SpeakerPhrase } from './speaker-phrase.ts';

/** "A federal judge", "a senior judge in Kentucky": an article, up to three words, the post, perhaps "in" / "at" a place. */
const POST_AND_PLACE_RE = /^an?\s+(?:[\p{L}'\u2019-]+\s+){0,3}?([\p{L}-]+)(?:\s+(?:in|at|from|of)\s+(?:the\s+)?\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*){0,3})?$/iu;

/** Whether `next`, opening the paragraph that starts at `paragraphStart`, is titled with the post `described` gives. */
export function titledWithSamePost(text: string, described: SpeakerPhrase, next: SpeakerPhrase, paragraphStart: number): boolean {
  const post = described.roles.at(-1);
  if (described.kind !== 'anonymous' || described.plural || !post || next.kind !== 'name' || next.name.length < 2) return false;
  if (text.slice(paragraphStart, next.start).trim() !== '') return false;
  const head = POST_AND_PLACE_RE.exec(text.slice(described.start, described.end))?.[1]?.toLowerCase();
  return head === post && (next.roles.includes(post) || nounBeforeName(text.slice(next.start, next.end), post));
}

// ("…, a Te Puke grower says." then "Te Puke grower Name Name told RNZ …": the same holds for a noun for a person that no
// post list holds, printed as the description before the name, which the name's phrase keeps no role for. Guard: the noun
// itself, as a whole word, right before the name's first word, perhaps after a place's capitalised words.)
function nounBeforeName(printed: string, noun: string): boolean {
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(noun)) return false;
  const word = `[${noun[0]!.toUpperCase()}${noun[0]}]${noun.slice(1)}`;
  return new RegExp(`^(?:\\p{Lu}[\\p{L}'\u2019-]*\\s+){0,3}${word}\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}`, 'u').test(printed);
}
