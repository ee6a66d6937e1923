// The words the library and the panel use for what Sourcelight stores, so an
// exported file says "reported speech", not the internal name "indirect".

import type { AnnotationRecord, StatementKind } from './annotation.ts';

export const KIND_WORDS: Record<StatementKind, string> = {
  direct: 'direct quote',
  partial: 'partial quote',
  indirect: 'reported speech',
};

/** "My highlight" for the reader's own, "Statement" for one Sourcelight found. */
export function originWord(record: Pick<AnnotationRecord, 'origin'>): string {
  return record.origin === 'statement' ? 'Statement' : 'My highlight';
}

/** The speaker as the library shows it: a name, "unnamed source", or "speaker not found". */
export function speakerWords(statement: NonNullable<AnnotationRecord['statement']>): string {
  return statement.speaker ?? (statement.anonymous ? 'unnamed source' : 'speaker not found');
}
