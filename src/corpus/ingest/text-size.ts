// The size limit on one article's text, in UTF-8 bytes (as stored and as a pack
// file holds it): a Russian text reaches it at half the characters of an English one.

/** Largest text accepted for one article: 2 MB. A larger "article" is a dump, not a story. */
export const MAX_ARTICLE_BYTES = 2_000_000;

/** UTF-8 length of a string, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Why the text is too long, or null when it fits. */
export function oversizeReason(text: string): string | null {
  // Cheap exits: every UTF-16 unit is 1 to 3 bytes.
  if (text.length * 3 <= MAX_ARTICLE_BYTES) return null;
  if (text.length > MAX_ARTICLE_BYTES) return `the text is too long (at least ${text.length.toLocaleString('en')} bytes; at most ${MAX_ARTICLE_BYTES.toLocaleString('en')})`;
  const bytes = utf8Length(text);
  return bytes > MAX_ARTICLE_BYTES ? `the text is too long (${bytes.toLocaleString('en')} bytes; at most ${MAX_ARTICLE_BYTES.toLocaleString('en')})` : null;
}
