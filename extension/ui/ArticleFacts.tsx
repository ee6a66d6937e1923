// Headline, outlet and dates of a recognised corpus article, with how each date was worked out.
import type { RecognizedPage } from '../background/handlers.ts';
import { outletLabel } from './outlet-names.ts';
import { formatIsoDate } from './format-date.ts';

const DATE_LABELS = {
  event: 'Event date',
  published: 'Published',
  updated: 'Updated',
  archived: 'Archive metadata',
} as const;

export function ArticleFacts({ page }: { page: RecognizedPage }) {
  const { article, recognition } = page;
  return (
    <dl class="sl-meta">
      <dt>Outlet</dt>
      <dd>{outletLabel(article)}</dd>
      <dt>Headline</dt>
      <dd>{article.headline}</dd>
      {article.dateline && (
        <>
          <dt>Dateline</dt>
          <dd>{article.dateline.text}</dd>
        </>
      )}
      {(Object.keys(DATE_LABELS) as (keyof typeof DATE_LABELS)[]).map((key) => {
        const claim = article.dates[key];
        return claim ? (
          <>
            <dt>{DATE_LABELS[key]}</dt>
            <dd>
              <time dateTime={claim.date}>{formatIsoDate(claim.date)}</time> <span class="sl-muted">— {claim.how}</span>
            </dd>
          </>
        ) : null;
      })}
      <dt>Match</dt>
      <dd>
        {Math.round(recognition.coverage * 100)}% of the corpus copy found on this page
        {recognition.differingParagraphs.length > 0 &&
          ` (${recognition.differingParagraphs.length} paragraph${recognition.differingParagraphs.length === 1 ? '' : 's'} differ)`}
      </dd>
    </dl>
  );
}
