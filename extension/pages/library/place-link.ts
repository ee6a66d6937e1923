// Where a library entry leads: a corpus article's first known address (else its
// reader copy); any other page its own address. A text fragment asks the
// browser to scroll to the quote where it supports one.
import type { AnnotationRecord } from '../../../src/store/annotation.ts';

const FRAGMENT_WORDS = 4;
const WHOLE_QUOTE_CHARS = 80;

// Text fragments give '-', ',' and '&' a meaning: escape them in the quoted words.
const fragmentPart = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');

export function textFragment(quote: string): string {
  const words = quote.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length === 0) return '';
  const spec =
    quote.length <= WHOLE_QUOTE_CHARS || words.length <= FRAGMENT_WORDS * 2
      ? fragmentPart(words.join(' '))
      : `${fragmentPart(words.slice(0, FRAGMENT_WORDS).join(' '))},${fragmentPart(words.slice(-FRAGMENT_WORDS).join(' '))}`;
  return `#:~:text=${spec}`;
}

export interface Place {
  href: string;
  /** True when the entry opens Sourcelight's reader copy rather than the outlet's page. */
  reader: boolean;
}

export function placeOf(record: AnnotationRecord, addresses: ReadonlyMap<string, readonly string[]>): Place {
  const address = record.corpusId ? addresses.get(record.corpusId)?.[0] : record.pageUrl;
  if (!address) {
    return { href: `../reader/index.html?id=${encodeURIComponent(record.corpusId ?? '')}`, reader: true };
  }
  return { href: address.includes('#') ? address : `${address}${textFragment(record.selectors.quote.exact)}`, reader: false };
}
