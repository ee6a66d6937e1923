// The corpus copy's paragraphs with the statements found in it marked: each
// mark carries a hidden label (kind and speaker) for screen readers, a visible
// number linking to the statement list, and an underline style per kind. A
// partial quote inside reported speech is a mark inside a mark.
import type { ComponentChildren } from 'preact';
import type { ShippedStatement } from '../../../src/corpus/corpus-package.ts';
import { type Piece, segmentParagraphs } from '../../ui/text-ranges.ts';

export const KIND_LABELS = { direct: 'Direct quote', partial: 'Partial quote', indirect: 'Reported speech' } as const;

export function speakerLabel(s: ShippedStatement): string {
  if (s.speaker) return s.speaker;
  if (s.anonymous) return s.speakerMention ? `unnamed: ${s.speakerMention.text}` : 'an unnamed source';
  return s.speakerMention ? `“${s.speakerMention.text}” (not identified)` : 'speaker not identified';
}

function renderPiece(piece: Piece, statements: readonly ShippedStatement[], key: number): ComponentChildren {
  let content: ComponentChildren = piece.text;
  for (let k = piece.marks.length - 1; k >= 0; k--) {
    const { index, first, last } = piece.marks[k]!;
    const s = statements[index]!;
    const n = index + 1;
    content = (
      <mark
        key={k === 0 ? key : undefined}
        id={first ? `sl-stmt-text-${n}` : undefined}
        class={`sl-mark sl-mark-${s.kind}`}
        data-statement={n}
        title={`${KIND_LABELS[s.kind]} — ${speakerLabel(s)}`}
      >
        {first && (
          <span class="sl-visually-hidden">
            Statement {n}, {KIND_LABELS[s.kind].toLowerCase()}, {speakerLabel(s)}:{' '}
          </span>
        )}
        {content}
        {last && (
          <span class="sl-mark-ref">
            <a href={`#sl-stmt-${n}`} aria-label={`Statement ${n} in the list`}>
              {n}
            </a>
          </span>
        )}
      </mark>
    );
  }
  return content;
}

export function StatementText({ paragraphs, statements }: { paragraphs: readonly string[]; statements: readonly ShippedStatement[] }) {
  const pieces = segmentParagraphs(
    paragraphs,
    statements.map((s, index) => ({ start: s.start, end: s.end, index })),
  );
  return (
    <div class="sl-article-text">
      {pieces.map((row, p) => (
        <p key={p}>{row.map((piece, i) => renderPiece(piece, statements, i))}</p>
      ))}
    </div>
  );
}
