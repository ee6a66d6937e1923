// Corpus-wide weights for topic keys: how many articles carry a key, and which
// keys are the corpus's theme (in nearly every article and frequent in each,
// like "NATO" and "Russia" in a NATO–Russia corpus) and so say nothing about
// which articles belong together.
import type { ArticleProfile } from './article-profile.ts';

export interface CorpusStatistics {
  articleCount: number;
  docFrequency: Map<string, number>;
  theme: Set<string>;
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
  const everywhere = Math.max(3, Math.ceil(0.8 * n));
  for (const [key, df] of docFrequency) {
    if (df >= everywhere && (total.get(key) ?? 0) / df >= THEME_MEAN_COUNT) theme.add(key);
  }
  return {
    articleCount: n,
    docFrequency,
    theme,
    idf: (key) => Math.log((n + 1) / (docFrequency.get(key) ?? 1)) + 0.1,
  };
}
