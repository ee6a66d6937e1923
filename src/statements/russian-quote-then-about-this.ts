// «Такого зала у нас не было с весны». Об этом рассказала директор театра Name Surname.
// A quotation standing alone (nothing attributes it in its own sentence) and, right after its closing mark and full
// stop, a sentence «Об этом рассказал(а) / заявил(а) / сообщил(а) X» (or «Такое мнение высказал X»): X said the
// quotation. The same frame already gives a plain sentence to X (aboutThisAttribution in russian.ts); a quotation
// fell back to the last speaker before it instead. Guard: only the sentence that follows the closing mark, with
// nothing but a full stop, «!» / «?» or «…» between them; any other word between, and the quotation is read as before.
import { aboutThisAttribution } from './russian.ts';
import type { SentenceRange } from './sentences.ts';

export function aboutThisAfterQuote(
  masked: string,
  sentences: readonly SentenceRange[],
  close: number,
): ReturnType<typeof aboutThisAttribution> {
  const next = sentences.find((s) => s.start > close);
  if (!next) return null;
  if (!/^[.!?\u2026\s]*$/u.test(masked.slice(close + 1, next.start))) return null;
  if (!/^\s*(?:[Оо]б\s+этом|[Тт]ако(?:е|й|ую)\s|[Ээ]ту\s)/u.test(masked.slice(next.start, next.end))) return null;
  return aboutThisAttribution(masked, next.start, next.end);
}
