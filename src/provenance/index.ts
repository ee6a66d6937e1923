// Public surface of provenance: data loading and the two cards.
export { loadProvenanceData } from './load-provenance-data.ts';
export { outletCard } from './outlet-card.ts';
export { articleCard } from './article-card.ts';
export { detectPageSignals } from './page-signals.ts';
export { detectAnonymousSourcing } from './anonymous-sourcing.ts';
export type * from './types.ts';
