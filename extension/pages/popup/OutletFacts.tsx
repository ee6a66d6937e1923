// Outlet facts for any page of the three outlets, in the corpus or not: who
// runs and funds the outlet and its sanctions, each fact with its sources
// (src/provenance over fixtures/corpus/outlets.json, bundled with the popup),
// and what the reader can do there: highlight, and have it found again.
import outletsJson from '../../../fixtures/corpus/outlets.json';
import type { OutletId } from '../../../src/corpus/types.ts';
import { loadProvenanceData } from '../../../src/provenance/load-provenance-data.ts';
import { outletCard } from '../../../src/provenance/outlet-card.ts';
import { FactList } from '../../ui/FactList.tsx';
import { OwnerFacts } from '../../ui/OutletCards.tsx';

const provenance = loadProvenanceData(outletsJson, { articles: [] });

export function OutletFacts({ outlet, article }: { outlet: OutletId; article: boolean }) {
  const card = outletCard(outlet, provenance);
  return (
    <>
      <section class="sl-card sl-popup-outlet" aria-labelledby="sl-popup-outlet-title" data-outlet-card={card.id}>
        <h2 id="sl-popup-outlet-title" class="sl-card-title">
          About {card.name}
        </h2>
        <dl class="sl-fields">
          <OwnerFacts card={card} />
          <dt>Sanctions</dt>
          <dd>
            <FactList facts={card.sanctions} empty="None found in Sourcelight's sources." />
          </dd>
        </dl>
      </section>
      <p class="sl-popup-hint" data-hint="highlighting">
        {article
          ? 'You can highlight here: select text in the article and pick a category (or press Alt+Shift+H). Your highlights and notes come back when you return to this page, and the library keeps them all.'
          : `You can highlight on any ${card.name} article: select text and pick a category (or press Alt+Shift+H).`}
      </p>
    </>
  );
}
