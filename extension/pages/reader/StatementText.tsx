// The corpus copy's paragraphs with the statements found in it marked: each
// mark carries a hidden label (kind and speaker) for screen readers, a visible
// number linking to the statement list, and an underline style per kind.
import type { ShippedStatement } from '../../../src/corpus/corpus-package.ts';
import { segmentParagraphs } from '../../ui/text-ranges.ts';

export const KIND_LABELS = { direct: 'Direct quote', partial: 'Partial quote', indirect: 'Reported speech' } as const;

export function speakerLabel(s: ShippedStatement): string {
  if (s.speaker) return s.speaker;
  if (s.anonymous) return s.speakerMention ? `unnamed: ${s.speakerMention.text}` : 'an unnamed source';
  return s.speakerMention ? `“${s.speakerMention.text}” (not identified)` : 'speaker not identified';
}

export function StatementText({ paragraphs, statements }: { paragraphs: readonly string[]; statements: readonly ShippedStatement[] }) {
  const segments = segmentParagraphs(
    paragraphs,
    statements.map((s, index) => ({ start: s.start, end: s.end, index })),
  );
  return (
    <div class="sl-article-text">
      {segments.map((segs, p) => (
        <p key={p}>
          {segs.map((seg, i) => {
            if (seg.index === null) return seg.text;
            const s = statements[seg.index]!;
            const n = seg.index + 1;
            return (
              <mark
                key={i}
                id={seg.first ? `sl-stmt-text-${n}` : undefined}
                class={`sl-mark sl-mark-${s.kind}`}
                data-statement={n}
                title={`${KIND_LABELS[s.kind]} — ${speakerLabel(s)}`}
              >
                {seg.first && <span class="sl-visually-hidden">Statement {n}, {KIND_LABELS[s.kind].toLowerCase()}, {speakerLabel(s)}: </span>}
                {seg.text}
                {seg.first && (
                  <span class="sl-mark-ref">
                    <a href={`#sl-stmt-${n}`} aria-label={`Statement ${n} in the list`}>
                      {n}
                    </a>
                  </span>
                )}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}
