// "The ruling comes as the Civil Justice Council consults on …. Its consultation paper, published last month, said
// that …": a document a sentence gives to "its" or "their" is the body named last before it, though that body never
// spoke (so the resolver, which knows only bodies that spoke or opened a sentence, has not met it).
import type { SpeakerPhrase } from './speaker-phrase.ts';
import { ORGANISATION_HEADS } from './vocabulary.ts';

/** A capitalised name ending in a body's word ("the Civil Justice Council", "Eastmere District Council"). */
const BODY_NAME_RE = /(?<![\p{L}'\u2019-])((?:\p{Lu}[\p{L}'\u2019-]*\s+){0,5}\p{Lu}[\p{L}-]*)(?![\p{L}'\u2019])/gu;

/** How far back the owner is looked for: the sentence before, about. */
const LOOK_BACK = 400;

/**
 * The phrase as its owner's, when it is a document opened by "its" / "their" (which the phrase parser strips, leaving
 * a document with no owner, unnamed) and a body's name stands before it; else the phrase as it was.
 */
export function withDocumentOwner(text: string, phrase: SpeakerPhrase): SpeakerPhrase {
  if (phrase.kind !== 'anonymous' || !phrase.document) return phrase;
  if (!/(?:^|\s)(?:[Ii]ts|[Tt]heir)\s+$/u.test(text.slice(Math.max(0, phrase.start - 7), phrase.start))) return phrase;
  const before = text.slice(Math.max(0, phrase.start - LOOK_BACK), phrase.start);
  const owner = [...before.matchAll(BODY_NAME_RE)]
    .map((m) => m[1]!.replace(/^The\s+/u, ''))
    .filter((name) => name.includes(' ') && ORGANISATION_HEADS.has(name.split(/\s+/u).at(-1)!.toLowerCase()))
    .at(-1);
  return owner ? { ...phrase, kind: 'organisation', body: owner, plural: false } : phrase;
}
