// One side of the compare view: an article's paragraphs with the passages it
// shares with the other side marked. Word-for-word and paraphrased passages
// differ in outline style and in a hidden label, not colour alone. The
// reader's highlights of the article are drawn over it and listed below it,
// and selecting its text makes new ones.
import type { ComponentChildren } from 'preact';
import type { CorpusArticle } from '../../../src/corpus/types.ts';
import type { SharedPassage } from '../../../src/crossrefs/align.ts';
import { formatIsoDate } from '../../ui/format-date.ts';
import { outletLabel } from '../../ui/outlet-names.ts';
import { type Piece, segmentParagraphs } from '../../ui/text-ranges.ts';
import { ArticleHighlightsView } from '../reader/ArticleHighlightsView.tsx';

export type Side = 'a' | 'b';

export const PASSAGE_LABELS = { verbatim: 'Word for word', paraphrase: 'Paraphrase' } as const;

export function passageRange(p: SharedPassage, side: Side): { start: number; end: number } {
  return side === 'a' ? { start: p.aStart, end: p.aEnd } : { start: p.bStart, end: p.bEnd };
}

function renderPiece(piece: Piece, passages: readonly SharedPassage[], current: number | null, side: Side, onSelect: (index: number, from: Side) => void, key: number): ComponentChildren {
  let content: ComponentChildren = piece.text;
  for (let k = piece.marks.length - 1; k >= 0; k--) {
    const { index, first, last } = piece.marks[k]!;
    const passage = passages[index]!;
    const n = index + 1;
    content = (
      // biome-ignore lint/a11y/useKeyWithClickEvents: the passage list offers the same action by keyboard
      <mark
        key={k === 0 ? key : undefined}
        class={`sl-mark sl-passage sl-passage-${passage.kind}${current === index ? ' sl-current' : ''}`}
        data-passage={n}
        data-first={first ? 'true' : undefined}
        title={`${PASSAGE_LABELS[passage.kind]} — passage ${n}: click to show it in the other article`}
        onClick={(e) => {
          e.stopPropagation();
          onSelect(index, side);
        }}
      >
        {first && <span class="sl-visually-hidden">Shared passage {n}, {PASSAGE_LABELS[passage.kind].toLowerCase()}: </span>}
        {content}
        {last && (
          <span class="sl-mark-ref" aria-hidden="true">
            {passage.kind === 'verbatim' ? '=' : '≈'}
            {n}
          </span>
        )}
      </mark>
    );
  }
  return content;
}

export function AlignedColumn({
  side,
  article,
  passages,
  current,
  onSelect,
}: {
  side: Side;
  article: CorpusArticle;
  passages: readonly SharedPassage[];
  current: number | null;
  onSelect: (index: number, from: Side) => void;
}) {
  const segments = segmentParagraphs(
    article.paragraphs,
    passages.map((p, index) => ({ ...passageRange(p, side), index })),
  );
  const date = article.dates.published ?? article.dates.event;
  const titleId = `sl-col-title-${side}`;
  return (
    <section class="sl-column" aria-labelledby={titleId} data-side={side}>
      <header class="sl-column-head">
        <p class="sl-lede">
          <strong>{outletLabel(article)}</strong>
          {date && <time dateTime={date.date}>{formatIsoDate(date.date)}</time>}
          <a class="sl-link" href={`../reader/index.html?id=${encodeURIComponent(article.id)}`}>
            Reader copy<span class="sl-visually-hidden"> of {article.headline}</span>
          </a>
          {article.addresses[0] && (
            <a class="sl-link" href={article.addresses[0]} target="_blank" rel="noreferrer" data-original>
              Original page<span class="sl-visually-hidden"> of {article.headline}</span>
            </a>
          )}
        </p>
        <h2 id={titleId}>{article.headline}</h2>
      </header>
      {/* The scrolling text is a region keyboard users can scroll too. */}
      <section class="sl-column-text sl-article-text" data-column={side} tabindex={0} aria-label={`Text of ${article.headline}`}>
        {segments.map((segs, p) => (
          <p key={p}>
            {segs.map((piece, i) => renderPiece(piece, passages, current, side, onSelect, i))}
          </p>
        ))}
      </section>
      <ArticleHighlightsView article={article} textRoot={() => document.querySelector(`[data-column="${side}"]`)} idPrefix={side} level={3} />
    </section>
  );
}
