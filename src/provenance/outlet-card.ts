// The outlet card: who runs and funds an outlet, its history and sanctions,
// each fact with its sources, plus the related wire or source entities.
import type { OutletCard, ProvenanceData } from './types.ts';

/** Builds the card for an outlet (or wire/source entity) id; throws when the data has no such entity. */
export function outletCard(outlet: string, data: ProvenanceData): OutletCard {
  const record = data.outlets.get(outlet);
  if (!record) {
    throw new Error(`outlet card: no provenance data for "${outlet}" (known: ${[...data.outlets.keys()].join(', ')})`);
  }
  return {
    id: record.id,
    kind: record.kind,
    name: record.name,
    domains: [...record.domains],
    operator: record.operator,
    funding: record.funding,
    history: record.history,
    sanctions: record.sanctions,
    notes: record.notes,
    related: record.related.map((id) => {
      const other = data.outlets.get(id)!;
      return { id, name: other.name, kind: other.kind };
    }),
  };
}
