// Who stands behind an outlet: operator, funding, history, sanctions and notes,
// each fact with its sources; then the wire or source records it points at.
import type { OutletCard, ProvenanceEntityKind } from '../../src/provenance/types.ts';
import { FactBody, FactList } from './FactList.tsx';
import { Heading, type HeadingLevel } from './heading.tsx';

const KIND_LABELS: Record<ProvenanceEntityKind, string> = {
  outlet: 'Outlet',
  wire: 'Wire service behind the copy',
  source: 'Source its copy draws on',
};

const RELATED_LABELS: Record<ProvenanceEntityKind, string> = { outlet: 'outlet', wire: 'wire', source: 'source' };

/** Who runs and who funds the outlet, as fields of a card's list: the full card here and the popup's short one. */
export function OwnerFacts({ card }: { card: OutletCard }) {
  return (
    <>
      <dt>Who runs it</dt>
      <dd>
        <FactBody fact={card.operator} />
      </dd>
      <dt>Funding</dt>
      <dd>
        <FactBody fact={card.funding} />
      </dd>
    </>
  );
}

function OutletCardView({ card, level }: { card: OutletCard; level: HeadingLevel }) {
  const headingId = `sl-outlet-${card.id}`;
  return (
    <section class={`sl-card sl-outlet sl-outlet-${card.kind}`} aria-labelledby={headingId} data-outlet-card={card.id}>
      <Heading level={level} id={headingId} class="sl-card-title">
        {card.name} <span class="sl-kind">{KIND_LABELS[card.kind]}</span>
      </Heading>
      {card.domains.length > 0 && <p class="sl-muted sl-domains">{card.domains.join(' · ')}</p>}
      <dl class="sl-fields">
        <OwnerFacts card={card} />
        <dt>History</dt>
        <dd>
          <FactList facts={card.history} empty="No history recorded." />
        </dd>
        <dt>Sanctions</dt>
        <dd>
          <FactList facts={card.sanctions} empty="None found in Sourcelight's sources." />
        </dd>
        {card.notes.length > 0 && (
          <>
            <dt>Notes</dt>
            <dd>
              <FactList facts={card.notes} />
            </dd>
          </>
        )}
      </dl>
      {card.related.length > 0 && (
        <p class="sl-related sl-muted">
          Related: {card.related.map((r) => `${r.name} (${RELATED_LABELS[r.kind]})`).join(', ')}
        </p>
      )}
    </section>
  );
}

export function OutletCards({ cards, level = 3 }: { cards: readonly OutletCard[]; level?: HeadingLevel }) {
  return (
    <div class="sl-outlet-cards">
      {cards.map((card) => (
        <OutletCardView key={card.id} card={card} level={level} />
      ))}
    </div>
  );
}
