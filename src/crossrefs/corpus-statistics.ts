// Corpus-wide weights for topic keys: how many articles carry a key, and which
// keys are the corpus's theme (in nearly every article and frequent in each,
// like "NATO" and "Russia" in a NATO–Russia corpus) and so say nothing about
// which articles belong together.
import type { ArticleProfile } from './article-profile.ts';

export interface CorpusStatistics {
  articleCount: number;
  theme: { has(key: string): boolean };
  /** Inverse document frequency, smoothed so a key in every article still weighs a little. */
  idf(key: string): number;
}

/** Mentions per article above which a key found (almost) everywhere counts as theme. */
const THEME_MEAN_COUNT = 3;

export function corpusStatistics(profiles: ArticleProfile[]): CorpusStatistics {
  const n = profiles.length;
  const docFrequency = new Map<string, number>();
  const total = new Map<string, number>();
  for (const p of profiles) {
    for (const k of p.keys.values()) {
      docFrequency.set(k.key, (docFrequency.get(k.key) ?? 0) + 1);
      total.set(k.key, (total.get(k.key) ?? 0) + k.count);
    }
  }
  const theme = new Set<string>();
  for (const [key, df] of docFrequency) if (isThemeKey(n, df, total.get(key) ?? 0)) theme.add(key);
  return {
    articleCount: n,
    theme,
    idf: (key) => Math.log((n + 1) / (docFrequency.get(key) ?? 1)) + 0.1,
  };
}

/** Whether a key is theme, from its counts: in (almost) every article and mentioned often in each. */
export function isThemeKey(articleCount: number, docFrequency: number, totalMentions: number): boolean {
  return docFrequency >= Math.max(3, Math.ceil(0.8 * articleCount)) && totalMentions / docFrequency >= THEME_MEAN_COUNT;
}

/**
 * Statistics read live from counts kept per key (a growing corpus updates the
 * counts per article; nothing is recomputed): theme and idf are always those
 * of the corpus as it stands.
 */
export function liveCorpusStatistics(counts: {
  articleCount(): number;
  docFrequency(key: string): number;
  totalMentions(key: string): number;
}): CorpusStatistics {
  return {
    get articleCount() {
      return counts.articleCount();
    },
    theme: {
      // Mentions are counted only for keys frequent enough to be theme at all.
      has: (key) => {
        const n = counts.articleCount();
        const df = counts.docFrequency(key);
        return df >= Math.max(3, Math.ceil(0.8 * n)) && isThemeKey(n, df, counts.totalMentions(key));
      },
    },
    idf: (key) => Math.log((counts.articleCount() + 1) / Math.max(1, counts.docFrequency(key))) + 0.1,
  };
}
