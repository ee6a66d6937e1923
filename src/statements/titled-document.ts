// "…, according to the charity's annual Hunger Snapshot, released today": a document a body owns, called by its own
// title (capitalised words, no document noun to read it by), speaks for its owner.
import { parseSpeakerPhrase, type SpeakerPhrase, tokenize } from './speaker-phrase.ts';

/** The owner's words and the possessive, up to two lower-case words ("annual", "latest"), then the capitalised title. */
const OWNED_TITLE_RE = /^((?:the\s+)?(?:[\p{L}'\u2019-]+\s+){0,4}?[\p{L}-]+)['\u2019]s?\s+(?:[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4}\s*$/u;

/** The body owning a titled document named by `words` (at `at` in the text), or null when the words are no such thing. */
export function ownerOfTitledDocument(words: string, at: number): SpeakerPhrase | null {
  const m = OWNED_TITLE_RE.exec(words);
  if (!m) return null;
  const owner = parseSpeakerPhrase(tokenize(m[1]!, at));
  return owner?.kind === 'organisation' && !owner.document ? owner : null;
}
