import type { StatementKind } from '../../../src/store/annotation.ts';

export const KIND_LABELS: Readonly<Record<StatementKind, string>> = {
  direct: 'Direct quote',
  partial: 'Partial quote',
  indirect: 'Reported speech',
};

export function speakerLabel(speaker: string | null, anonymous: boolean): string {
  if (anonymous) return speaker ? `${speaker} (unnamed source)` : 'Unnamed source';
  return speaker ?? 'Speaker not identified';
}

export function shorten(text: string, max = 160): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
