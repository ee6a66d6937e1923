// Where an article's words came from and what its dates mean: the original wire
// or source, dateline and event date against publication and update dates (with
// how each year was worked out), archive metadata (pool, copyright, embargo),
// anonymous sourcing and the points to read with care, each with its source.
import type { ArticleCard, CardDate, DateRole, MetadataSignalKind } from '../../src/provenance/types.ts';
import { FactList, SourceLinks, ThisPageMarker } from './FactList.tsx';
import { formatIsoDate } from './format-date.ts';
import { Heading, type HeadingLevel } from './heading.tsx';
import { verdictDetailId } from './VerdictLine.tsx';

const DATE_LABELS: Record<DateRole, string> = {
  dateline: 'Dateline',
  event: 'Event',
  published: 'Published',
  updated: 'Updated',
  archived: 'Archive metadata',
};

const SIGNAL_LABELS: Record<MetadataSignalKind, string> = {
  'pool-footage': 'Pool footage',
  'copyright-holder': 'Copyright holder',
  embargo: 'Embargo',
  copyright: 'Copyright line',
  'site-update-stamp': 'Site update stamp',
  'record-date': 'Record date',
  'record-id': 'Record id',
};

function DateRow({ date }: { date: CardDate }) {
  return (
    <li class="sl-date">
      <span class="sl-date-role">{DATE_LABELS[date.role]}</span>{' '}
      <time class="sl-date-value" dateTime={date.date}>
        {formatIsoDate(date.date)}
      </time>
      <p class="sl-date-how">
        {date.source === 'this page' && (
          <>
            <ThisPageMarker />{' '}
          </>
        )}
        {date.how}
      </p>
      <SourceLinks sources={date.sources} />
    </li>
  );
}

export function ArticleCardView({ card, level = 3 }: { card: ArticleCard; level?: HeadingLevel }) {
  const sub = Math.min(level + 1, 5) as HeadingLevel;
  return (
    <section class="sl-card sl-article-card" aria-labelledby={`sl-article-card-${card.id}`}>
      <Heading level={level} id={`sl-article-card-${card.id}`} class="sl-card-title">
        This copy
      </Heading>
      <Heading level={sub} id={verdictDetailId(card.id, 'origin')} class="sl-subtitle">
        Where the words come from
      </Heading>
      <FactList facts={card.origin} empty="Not established: nothing on the page or in Sourcelight's sources says." />

      <Heading level={sub} id={verdictDetailId(card.id, 'dates')} class="sl-subtitle">
        Dates
      </Heading>
      {card.dates.length > 0 ? (
        <ul class="sl-dates">
          {card.dates.map((d) => (
            <DateRow key={`${d.role}-${d.date}`} date={d} />
          ))}
        </ul>
      ) : (
        <p class="sl-muted sl-empty">No date is known for this copy.</p>
      )}

      {card.event.length > 0 && (
        <>
          <Heading level={sub} class="sl-subtitle">
            The event
          </Heading>
          <FactList facts={card.event} />
        </>
      )}

      {card.metadata.length > 0 && (
        <>
          <Heading level={sub} id={verdictDetailId(card.id, 'metadata')} class="sl-subtitle">
            Page metadata
          </Heading>
          <ul class="sl-signals">
            {card.metadata.map((m) => (
              <li key={`${m.kind}-${m.start}`} class="sl-signal" data-signal={m.kind}>
                <span class="sl-signal-kind">{SIGNAL_LABELS[m.kind]}</span> <q class="sl-signal-text">{m.text}</q>
                <p class="sl-signal-note">
                  <ThisPageMarker /> {m.note}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}

      <Heading level={sub} id={verdictDetailId(card.id, 'anonymous')} class="sl-subtitle">
        Anonymous sourcing
      </Heading>
      {card.anonymousSourcing.length > 0 ? (
        <ul class="sl-anonymous">
          {card.anonymousSourcing.map((a) => (
            <li key={a.start}>
              <q>{a.phrase}</q> <ThisPageMarker />
            </li>
          ))}
        </ul>
      ) : (
        <p class="sl-muted sl-empty">No unnamed source found in the text.</p>
      )}

      <Heading level={sub} id={verdictDetailId(card.id, 'care')} class="sl-subtitle">
        Read with care
      </Heading>
      <div class="sl-care">
        <FactList facts={card.carePoints} empty="No known inaccuracy recorded." />
      </div>
    </section>
  );
}
