// An article body as paragraphs: blank-line separated runs (single lines when
// the text has no blank line at all), whitespace collapsed, zero-width
// characters dropped, Unicode composed. Typography is kept as written: the
// text is what the reader sees; comparison folds it (src/text/normalize.ts).

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

export function bodyParagraphs(text: string): string[] {
  const normal = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(ZERO_WIDTH, '');
  const blocks = /\n[^\S\n]*\n/.test(normal) ? normal.split(/\n[^\S\n]*\n/) : normal.split('\n');
  return blocks.map((b) => b.replace(/\s+/g, ' ').trim()).filter((b) => b.length > 0);
}
