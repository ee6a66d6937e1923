// Public surface of cross-references: the engine, passage alignment, and the
// building blocks other modules reuse (dates, entities).
export { buildCrossReferenceIndex } from './cross-reference-index.ts';
export type { CrossReferenceIndex, CrossReferences, Ref, SameEventPair, SameEventRef } from './cross-reference-index.ts';
export type { ClaimPair, ClaimPassage } from './same-claims.ts';
export type { Thread } from './threads.ts';
export { alignPassages } from './align.ts';
export type { AlignOptions, SharedPassage } from './align.ts';
export { resolveDateExpressions } from './dates.ts';
export type { DateMention, DatePrecision } from './dates.ts';
export { extractEntities } from './entities.ts';
export type { EntityMention } from './entities.ts';
export { createGrowingCrossReferences } from './growing-index.ts';
export type { CopyRef, GrowingCrossReferences } from './growing-index.ts';
export type { EngineArticle } from './engine-article.ts';
export { eventDateOf } from './event-date.ts';
