// Phrases that attribute information to an unnamed source: "a source in …",
// "sources said", "an official who asked not to be named", "on condition of
// anonymity". General patterns of news copy, not a list of this corpus's
// wording; a statement extractor may later give finer attributions.
import type { AnonymousSourceMention } from './types.ts';

const ROLE = '(?:source|official|diplomat|insider|aide|person|people|officer|analyst)s?';
const PATTERNS: RegExp[] = [
  // "a source in Russia's diplomatic mission", "a Kremlin source", "a senior official close to …"
  /\b(?:a|an|one|two|three|several)\s+(?:[\w'’-]+\s+){0,3}?source(?!\s+of\b)(?:\s+(?:in|at|close to|within|from|familiar with|inside|with knowledge of)\s+[^,.;:"“”]+?(?=\s+(?:told|said|says|say|added|confirmed)\b|[,.;:"“”]|$))?/gi,
  // "sources said", "diplomatic sources told …"
  /\b(?:[\w'’-]+\s+)?sources\s+(?:said|say|says|told|close to|familiar with|in|at)\b/gi,
  // "according to (unnamed) sources"
  /\baccording to (?:a |an |one |several )?(?:[\w'’-]+\s+){0,2}sources?\b/gi,
  // "the source said"
  /\bthe source (?:said|added|told|says)\b/gi,
  // "an official who asked not to be named / identified"
  new RegExp(`\\b(?:a|an|one|two|the)\\s+(?:[\\w'’-]+\\s+){0,2}?${ROLE}\\s+who\\s+(?:asked|requested|declined|spoke|did not want|refused)[^.;]{0,40}?(?:named|identified|anonymity|name)\\b`, 'gi'),
  // "spoke on condition of anonymity"
  /\b(?:speaking |spoke |on )?(?:on )?(?:the )?condition of anonymity\b/gi,
  // "unnamed / anonymous officials"
  new RegExp(`\\b(?:unnamed|anonymous|unidentified)\\s+(?:[\\w'’-]+\\s+)?${ROLE}\\b`, 'gi'),
];

/** Anonymous-source phrases in a text, ordered, overlaps merged to the longest. */
export function detectAnonymousSourcing(text: string): { phrase: string; start: number; end: number }[] {
  const found: { phrase: string; start: number; end: number }[] = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const phrase = m[0].trimEnd();
      found.push({ phrase, start: m.index, end: m.index + phrase.length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: { phrase: string; start: number; end: number }[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      if (f.end > last.end) {
        last.end = f.end;
        last.phrase = text.slice(last.start, last.end);
      }
      continue;
    }
    out.push({ ...f });
  }
  return out;
}

/** The same phrases as article-card entries read off the page. */
export function anonymousSourceMentions(text: string): AnonymousSourceMention[] {
  return detectAnonymousSourcing(text).map((m) => ({ ...m, source: 'this page' }));
}
