// The stable id of an added article, derived from its text alone: the same
// text, whatever its typography, spacing or address, is one article. Two
// independent 32-bit hashes of the normalised words give 64 bits: at 10,000
// articles the chance of a collision is about 3e-12.
import { words } from '../../text/normalize.ts';

export const ADDED_ID_PREFIX = 'added-';

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

/** `added-` and 16 hex digits of the text's normalised words. */
export function addedArticleId(text: string): string {
  let fnv = 0x811c9dc5;
  let djb = 5381;
  for (const w of words(text)) {
    for (let i = 0; i <= w.norm.length; i++) {
      // A separator after each word keeps "ab c" and "a bc" apart.
      const c = i < w.norm.length ? w.norm.charCodeAt(i) : 0x20;
      fnv = Math.imul(fnv ^ c, 0x01000193);
      djb = (Math.imul(djb, 33) + c) | 0;
    }
  }
  return `${ADDED_ID_PREFIX}${hex(fnv)}${hex(djb ^ Math.imul(fnv, 0x9e3779b1))}`;
}
