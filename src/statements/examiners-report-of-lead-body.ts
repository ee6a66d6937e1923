// "A primary school … has fallen to "requires improvement", Ofsted has said. In their report, published on Tuesday,
// inspectors said …. Pupils behave well, the report says": unnamed examiners (inspectors, auditors, …) who speak in
// their report, when the text gives that report no owner, are the body whose finding the text opened with: the report
// is that body's, and a later "the report says" is too (the read parts give an inspectorate's report to the inspectorate
// in every text that prints one: dev d1340, d1585, test-25 w18, test-40 w18; forty-third session, test-57 w07).
// Guards: the speaker is an unnamed group of examiners; the report is theirs or definite, named in the same sentence
// ("In their report, …, inspectors said", "inspectors said in the report"; not "in an earlier report", a new one); the
// text's first statement past its headline is a named body's; and no owner of the report was recorded before (an owner
// recorded wins, said-in-owned-document.ts).
import { inHeadline } from './document-issued-by.ts';
import { isExaminersWords } from './examiners-findings.ts';
import type { Statement } from './types.ts';

/** "In their report, published on Tuesday, inspectors said": the document opening the sentence, before its subject. */
const THEIR_DOCUMENT_OPENING_RE = /^\s*In\s+(?:their|the)\s+(?:[\p{Ll}-]+\s+)?(report|review|findings|audit|letter)\b/u;

/** "said in their report", "wrote in the report": the document after the verb. */
const THEIR_DOCUMENT_AFTER_RE = /^\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?in\s+(?:their|the)\s+(?:[\p{Ll}-]+\s+)?(report|review|findings|audit|letter)\b/u;

/**
 * The document unnamed examiners speak in, by its noun, when the same sentence makes it theirs or definite; else null.
 * The speaker is `text.slice(speakerStart, speakerEnd)`; the verb ends at `cueEnd`.
 */
export function examinersDocument(text: string, speakerStart: number, speakerEnd: number, cueEnd: number): string | null {
  if (!isExaminersWords(text.slice(speakerStart, speakerEnd))) return null;
  // (The sentence up to the speaker: from the last full stop, or the paragraph's start.)
  const before = text.slice(0, speakerStart);
  const from = Math.max(before.lastIndexOf('\n'), ...[...before.matchAll(/[.!?]["\u201D']?\s/gu)].map((m) => m.index + m[0].length - 1));
  return (THEIR_DOCUMENT_AFTER_RE.exec(text.slice(cueEnd, cueEnd + 60)) ?? THEIR_DOCUMENT_OPENING_RE.exec(before.slice(from + 1)))?.[1] ?? null;
}

/** The named body whose statement opens the text past its headline (the statements read so far), else null. */
export function leadBody(text: string, done: readonly Statement[]): string | null {
  const first = done.find((s) => !inHeadline(text, s.start));
  return first && first.speakerKind === 'organisation' && !first.anonymous ? first.speaker : null;
}
