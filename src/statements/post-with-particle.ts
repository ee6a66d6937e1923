/**
 * A post in another language, two capitalised words joined by a short lower-case particle, printed before its holder's
 * full name: "Turaga ni Koro Name Name says …" (a Fijian village headman, "ni" = "of"), "Mata ni Tikina Name Name said".
 * The words after the post are the name (two or three capitalised words); the post is no part of it.
 *
 * Why: the shared reading of "lower-case words describing someone, then their full name" (describedName in
 * attribution.ts) takes at most three capitalised words from the end and lets only the first word of the description be
 * capitalised, so "Turaga ni Koro" before a three-word name left the subject unread and its clause unfound, and before a
 * two-word name it glued "Koro" to the name.
 *
 * Guards: the particle is no English word (no preposition, article, conjunction, pronoun or auxiliary: "Head of Finance
 * Name" and "Friends of the Earth" are read elsewhere) and no particle inside a name ("Ahmad bin Hassan", "Jaap de Hoop",
 * NAME_PARTICLES); the post is exactly capitalised word, particle, capitalised word, opening the subject.
 */
import type { SpeakerPhrase, Token } from './speaker-phrase.ts';
import { NAME_PARTICLES, PREPOSITIONS } from './vocabulary.ts';

/** Short English words that are no particle of another language's post. */
const ENGLISH_SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'as', 'is', 'was',
  'be', 'we', 'he', 'it', 'so', 'no', 'my', 'me', 'us', 'up', 'do', 'if', 'am', 'are', 'has', 'had', 'his', 'her', 'its',
  'our', 'you', 'who', 'but', 'not', 'nor', 'yet', 'via', 'per', 'how', 'why', 'off', 'out', 'own', 'new', 'old']);

/**
 * The holder's name after a post "Word particle Word" at the start of `tokens` (the subject's words), read with `parse`;
 * null when the words are not so shaped.
 */
export function nameAfterPostWithParticle(tokens: readonly Token[], parse: (tokens: Token[]) => SpeakerPhrase | null): SpeakerPhrase | null {
  if (tokens.length < 5 || tokens.length > 6) return null;
  const [head, particle, tail] = tokens;
  if (!/^\p{Lu}\p{Ll}+$/u.test(head!.text) || !/^\p{Lu}\p{Ll}+$/u.test(tail!.text)) return null;
  if (!isForeignParticle(particle!.text)) return null;
  const rest = tokens.slice(3);
  if (!rest.every((t) => /^\p{Lu}[\p{L}'\u2019-]+$/u.test(t.text))) return null;
  const named = parse(rest);
  return named?.kind === 'name' && named.name.length >= 2 ? { ...named, start: head!.start } : null;
}

/**
 * Whether run[i] is the last word of such a post ("Koro" in "Turaga ni Koro Name Name"), with a name of two or more
 * capitalised words after it: the people directory opens no name there.
 */
export function closesPostWithParticle(run: readonly Token[], i: number): boolean {
  const [head, particle, tail] = [run[i - 2], run[i - 1], run[i]];
  if (!head || !particle || !tail || !/^\p{Lu}\p{Ll}+$/u.test(head.text) || !/^\p{Lu}\p{Ll}+$/u.test(tail.text)) return false;
  if (!isForeignParticle(particle.text)) return false;
  return [run[i + 1], run[i + 2]].every((t) => t !== undefined && /^\p{Lu}[\p{L}'\u2019-]+$/u.test(t.text));
}

function isForeignParticle(word: string): boolean {
  return /^\p{Ll}{1,3}$/u.test(word) && !ENGLISH_SMALL.has(word) && !PREPOSITIONS.has(word) && !NAME_PARTICLES.has(word);
}

/**
 * (Forty-third session, d2405.) "Turaga ni Koro Name Name said …. "…," the Turaga ni Koro said.": such a post printed
 * again with "the" and no name is its holder, the one the text printed right after the post before. Before, the post's last
 * word was read alone as a body ("Koro"). Guards: "the" before the post; the post the same three words as printed before,
 * there followed by a holder's two or three capitalised words (a courtesy title among HONORIFICS dropped: "Ratu"); exactly
 * one holder so printed.
 */
export function holderOfPostWithParticle(text: string, start: number, end: number, isHonorific: (lower: string) => boolean): string | null {
  const word = text.slice(start, end);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  const post = /(?<![\p{L}])[Tt]he\s+(\p{Lu}\p{Ll}+)\s+(\p{Ll}{1,3})\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (!post || !isForeignParticle(post[2]!)) return null;
  const printed = `${post[1]} ${post[2]} ${word}`;
  const re = new RegExp(`(?<![\\p{L}])${printed}((?:\\s+\\p{Lu}[\\p{L}'\\u2019-]+){2,4})`, 'gu');
  const holders = new Set<string>();
  for (const m of text.slice(0, start).matchAll(re)) {
    const words = m[1]!.trim().split(/\s+/u);
    while (words.length > 2 && isHonorific(words[0]!.toLowerCase())) words.shift();
    if (words.length >= 2 && words.length <= 3) holders.add(words.join(' '));
  }
  return holders.size === 1 ? [...holders][0]! : null;
}
