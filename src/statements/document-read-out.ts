// "…, a letter from Post Office Ltd read to the meeting said.", "…, an email from the contractor sent to residents said":
// a document from its author, then a participle saying how it reached its readers, is the author's document; the
// participle's phrase is no part of who speaks (before, the subject was no speaker at all, and the text's heading body
// took the statement; forty-second session, test-59 w13). Guards: a document's noun, then "from" or "by" and at least one
// word, before the participle; the participle one of these and a preposition right after it.
import type { Token } from './speaker-phrase.ts';

const DELIVERED = new Set(['read', 'sent', 'circulated', 'shown', 'passed', 'copied', 'tabled', 'handed', 'posted', 'delivered', 'forwarded', 'addressed']);
const AFTER = new Set(['to', 'at', 'out', 'in', 'on', 'before', 'into']);

/** The subject's tokens without a delivering participle's phrase after a document from its author. */
export function withoutDeliveryPhrase(tokens: readonly Token[], isDocument: (word: string) => boolean): Token[] {
  const k = tokens.findIndex((t, i) => i >= 3 && DELIVERED.has(t.lower) && AFTER.has(tokens[i + 1]?.lower ?? ''));
  if (k < 0) return [...tokens];
  const from = tokens.findIndex((t, i) => i > 0 && i < k - 1 && (t.lower === 'from' || t.lower === 'by') && isDocument(tokens[i - 1]!.lower));
  return from > 0 ? tokens.slice(0, k) : [...tokens];
}
