// 'ON THE RECORD: "I've seen worse sessions," said Sen. Marisol Eckhart': a newsletter's section label (or any words read
// as a speaker only because a colon follows them) before a quotation whose own verb of saying, after it, names someone.
// The name after the quotation is who said it; the label was read as a body, "Record".
// Guards: only when what stood before the quotation was read from its colon alone (no verb of saying before it), and the
// attribution after the quotation names a person by name (not "he said", which a transcript's "SMITH:" label may still
// own, nor a post or a body).
import type { Attribution } from './attribution.ts';

/** Whether `before`, a colon's label, gives way to `after`, a verb of saying after the quotation with a person's name. */
export function labelGivesWay(before: Attribution | null, after: Attribution | null): boolean {
  return before !== null && before.cue.text === ':' && after?.phrase?.kind === 'name' && after.cue.text !== ':';
}
