// PageText from plain text (a saved page's text, a paste): paragraphs are
// blank-line separated runs when the text has blank lines (so hard-wrapped
// lines join), else single lines.
import type { PageText } from './types.ts';

export function pageTextFromPlainText(text: string): PageText {
  const normal = text.replace(/\r\n?/g, '\n');
  const blocks = /\n[ \t\u00A0]*\n/.test(normal) ? normal.split(/\n[ \t\u00A0]*\n/) : normal.split('\n');
  return { paragraphs: blocks.map((b) => b.replace(/\s+/g, ' ').trim()).filter((b) => b.length > 0) };
}
