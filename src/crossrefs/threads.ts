// Threads: topics several articles report (Kosovo, missile defence, the
// security treaty...). A topic key (entity or content phrase, beyond the
// corpus theme) carried by two or more articles seeds a thread; keys carried
// by the same articles that occur in the same sentences join it, and a
// narrower key that shares a word with a thread's key and sits beside it
// ("security treaty" beside "European security") is absorbed rather than
// becoming a near-duplicate thread. People never start a thread (they are
// speakers, not topics) but can join one.
import type { ArticleProfile } from './article-profile.ts';
import type { CorpusStatistics } from './corpus-statistics.ts';

export interface Thread {
  /** Stable id derived from the seed key. */
  id: string;
  label: string;
  /** Topic keys, seed first. */
  keys: string[];
  /** Article ids, in corpus order. */
  members: string[];
}

interface Building {
  keys: string[];
  labels: Map<string, string>;
  docs: Set<number>;
}

const MAX_LABEL_KEYS = 3;

function sameSet(a: Set<number>, b: Set<number>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function subset(a: Set<number>, b: Set<number>): boolean {
  return a.size < b.size && [...a].every((x) => b.has(x));
}

export function findThreads(profiles: ArticleProfile[], stats: CorpusStatistics): Thread[] {
  const docsOf = new Map<string, Set<number>>();
  const labelOf = new Map<string, string>();
  const kindOf = new Map<string, string>();
  const totalOf = new Map<string, number>();
  profiles.forEach((p, i) => {
    for (const k of p.keys.values()) {
      if (stats.theme.has(k.key)) continue;
      if (!docsOf.has(k.key)) docsOf.set(k.key, new Set());
      docsOf.get(k.key)!.add(i);
      totalOf.set(k.key, (totalOf.get(k.key) ?? 0) + k.count);
      const prev = labelOf.get(k.key);
      if (!prev || (k.label.match(/\p{Lu}/gu)?.length ?? 0) > (prev.match(/\p{Lu}/gu)?.length ?? 0)) labelOf.set(k.key, k.label);
      kindOf.set(k.key, k.kind);
    }
  });
  // A phrase built on a theme word ("NATO members") is about the theme, not a topic.
  const onTheme = (key: string) => kindOf.get(key) === 'phrase' && key.split(' ').some((w) => stats.theme.has(w));
  const candidates = [...docsOf.keys()]
    .filter((k) => docsOf.get(k)!.size >= 2 && !onTheme(k))
    .sort((a, b) => docsOf.get(b)!.size - docsOf.get(a)!.size || totalOf.get(b)! - totalOf.get(a)! || a.localeCompare(b));

  const coOccurs = (key: string, thread: Building, docs: Set<number>): boolean =>
    [...docs].every((i) => {
      const mine = profiles[i]!.keys.get(key)!.sentences;
      return thread.keys.some((t) => {
        const theirs = profiles[i]!.keys.get(t)?.sentences;
        return theirs !== undefined && [...mine].some((s) => theirs.has(s));
      });
    });
  const sharesWord = (key: string, thread: Building): boolean => {
    const ws = new Set(key.split(' '));
    return thread.keys.some((t) => t.split(' ').some((w) => ws.has(w)));
  };

  const building: Building[] = [];
  for (const key of candidates) {
    const docs = docsOf.get(key)!;
    const joined =
      building.find((t) => sameSet(t.docs, docs) && coOccurs(key, t, docs)) ??
      building.find((t) => subset(docs, t.docs) && sharesWord(key, t) && coOccurs(key, t, docs));
    if (joined) {
      joined.keys.push(key);
      joined.labels.set(key, labelOf.get(key)!);
    } else if (kindOf.get(key) !== 'person') {
      building.push({ keys: [key], labels: new Map([[key, labelOf.get(key)!]]), docs });
    }
  }

  return building.map((t) => {
    // Most mentioned first, people last; a label sharing a word with one already shown adds nothing.
    const shown: string[] = [];
    const shownWords = new Set<string>();
    for (const k of [...t.keys].sort((a, b) => Number(kindOf.get(a) === 'person') - Number(kindOf.get(b) === 'person') || totalOf.get(b)! - totalOf.get(a)!)) {
      const label = t.labels.get(k)!;
      const ws = label.toLowerCase().split(/[\s-]+/);
      if (ws.some((w) => shownWords.has(w)) || shown.length >= MAX_LABEL_KEYS) continue;
      shown.push(label);
      for (const w of ws) shownWords.add(w);
    }
    return {
      id: `thread:${t.keys[0]!.replace(/\s+/g, '-')}`,
      label: shown.join(' · '),
      keys: t.keys,
      members: [...t.docs].sort((a, b) => a - b).map((i) => profiles[i]!.article.id),
    };
  });
}
