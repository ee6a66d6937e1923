// "Port Authority of Tema … the authority said": the name the text prints for the body goes on past its body word with "of"
// and a place's one or two capitalised words, so the body called by that word is the "Port Authority of Tema", not the
// "Port Authority" cut before the place (as body-of-place.ts reads the same name as a subject).

/** "of Tema" right after `end` in `text` (one or two capitalised words, no third, nor "and …": "of Tourism and Antiquities" is a
 * ministry's remit, no place), or "". */
const OF_PLACE_RE = /^\s+of\s+\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)?(?![\p{L}'\u2019-])(?!\s+\p{Lu})(?!\s+(?:and|&|of|for)\s)/u;

/** The place part printed after a body's name ending at `end` ("of Tema"), with its spaces made single, or "". */
export function placeAfterTitledName(text: string, end: number): string {
  const m = OF_PLACE_RE.exec(text.slice(end, end + 60));
  return m ? ` ${m[0].trim().replace(/\s+/gu, ' ')}` : '';
}

/**
 * `name` with the place the text prints after it somewhere ("Port Authority" → "Port Authority of Skerrvik" where the text
 * prints "the Port Authority of Skerrvik said"), or `name` as it is.
 */
export function withPlacePrinted(text: string, name: string): string {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const place = placeAfterTitledName(text, at + name.length);
    if (place) return `${name}${place}`;
  }
  return name;
}
