// One side of the compare view: an article's paragraphs with the passages it
// shares with the other side marked. Word-for-word and paraphrased passages
// differ in outline style and in a hidden label, not colour alone.
import type { CompiledArticle } from '../../../src/corpus/types.ts';
import type { SharedPassage } from '../../../src/crossrefs/align.ts';
import { formatIsoDate } from '../../ui/format-date.ts';
import { OUTLET_NAMES } from '../../ui/outlet-names.ts';
import { segmentParagraphs } from '../../ui/text-ranges.ts';

export type Side = 'a' | 'b';

export const PASSAGE_LABELS = { verbatim: 'Word for word', paraphrase: 'Paraphrase' } as const;

export function passageRange(p: SharedPassage, side: Side): { start: number; end: number } {
  return side === 'a' ? { start: p.aStart, end: p.aEnd } : { start: p.bStart, end: p.bEnd };
}

export function AlignedColumn({
  side,
  article,
  passages,
  current,
  onSelect,
}: {
  side: Side;
  article: CompiledArticle;
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
          <strong>{OUTLET_NAMES[article.outlet]}</strong>
          {date && <time dateTime={date.date}>{formatIsoDate(date.date)}</time>}
          <a class="sl-link" href={`../reader/index.html?id=${encodeURIComponent(article.id)}`}>
            Reader copy<span class="sl-visually-hidden"> of {article.headline}</span>
          </a>
        </p>
        <h2 id={titleId}>{article.headline}</h2>
      </header>
      {/* The scrolling text is a region keyboard users can scroll too. */}
      <section class="sl-column-text sl-article-text" data-column={side} tabindex={0} aria-label={`Text of ${article.headline}`}>
        {segments.map((segs, p) => (
          <p key={p}>
            {segs.map((seg, i) => {
              if (seg.index === null) return seg.text;
              const passage = passages[seg.index]!;
              const n = seg.index + 1;
              return (
                // biome-ignore lint/a11y/useKeyWithClickEvents: the passage list offers the same action by keyboard
                <mark
                  key={i}
                  class={`sl-mark sl-passage sl-passage-${passage.kind}${current === seg.index ? ' sl-current' : ''}`}
                  data-passage={n}
                  data-first={seg.first ? 'true' : undefined}
                  title={`${PASSAGE_LABELS[passage.kind]} — passage ${n}: click to show it in the other article`}
                  onClick={() => onSelect(seg.index!, side)}
                >
                  {seg.first && (
                    <span class="sl-visually-hidden">
                      Shared passage {n}, {PASSAGE_LABELS[passage.kind].toLowerCase()}:{' '}
                    </span>
                  )}
                  {seg.text}
                  {seg.first && (
                    <span class="sl-mark-ref" aria-hidden="true">
                      {passage.kind === 'verbatim' ? '=' : '≈'}
                      {n}
                    </span>
                  )}
                </mark>
              );
            })}
          </p>
        ))}
      </section>
    </section>
  );
}
