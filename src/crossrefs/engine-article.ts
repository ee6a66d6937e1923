// What the cross-reference engines read of an article, built-in or added: the
// compiled corpus article and the added one (CorpusArticle) both fit. The
// outlet is any string (added articles come from any site) and the language
// is optional (absent means English, or sniffed from the text).
import type { ArticleDates } from '../corpus/types.ts';

export interface EngineArticle {
  id: string;
  outlet: string;
  headline: string;
  dates: ArticleDates;
  dateline: { place: string; text: string } | null;
  addresses: string[];
  paragraphs: string[];
  text: string;
  language?: string;
  source?: 'builtin' | 'added';
}

/** The article's language: its tag when given ('und' is not), else 'ru' for mostly Cyrillic text, else 'en'. */
export function languageOf(article: Pick<EngineArticle, 'language' | 'text'>): string {
  const tag = article.language?.toLowerCase().split(/[-_]/)[0];
  if (tag && tag !== 'und') return tag;
  const sample = article.text.slice(0, 2000);
  const cyrillic = sample.match(/[\u0400-\u04FF]/g)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  return cyrillic > latin ? 'ru' : 'en';
}
