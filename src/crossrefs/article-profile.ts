// What the engine knows of one article: its entities, topic keys (entities
// and content-word phrases) with the sentences they occur in, its resolved
// date mentions and its focal dates (the event date and the dates its lead
// names). Built once per article; the index compares profiles.
import { words } from '../text/normalize.ts';
import { type DateMention, resolveDateExpressions } from './dates.ts';
import { capitalCountry } from './entity-aliases.ts';
import { type EngineArticle as Article, languageOf } from './engine-article.ts';
import { type EntityMention, extractEntities } from './entities.ts';
import { eventDateOf } from './event-date.ts';
import { extractRussianEntities, type NameLookup } from './russian-entities.ts';
import { isContentWord, type Span, sentences, stem } from './text-units.ts';

export interface TopicKey {
  key: string;
  /** Display form. */
  label: string;
  kind: 'entity' | 'person' | 'phrase';
  /** Indexes of the sentences it occurs in. */
  sentences: Set<number>;
  count: number;
}

export interface ArticleProfile {
  article: Article;
  sentences: Span[];
  entities: EntityMention[];
  keys: Map<string, TopicKey>;
  /** Per sentence: its topic keys and content stems (for claim comparison). */
  sentenceKeys: Set<string>[];
  dates: DateMention[];
  /** Day-precise dates the article is about: its event date and the dates in its lead. */
  focalDates: string[];
}

/** Paragraphs that count as the lead when looking for what an article is about. */
const LEAD_PARAGRAPHS = 3;

function addKey(keys: Map<string, TopicKey>, key: string, label: string, kind: TopicKey['kind'], sentence: number): void {
  const k = keys.get(key);
  if (k) {
    k.count++;
    k.sentences.add(sentence);
    // Prefer the display form with the most capitals ("Rome Declaration" over "Rome declaration").
    if ((label.match(/\p{Lu}/gu)?.length ?? 0) > (k.label.match(/\p{Lu}/gu)?.length ?? 0)) k.label = label;
  } else {
    keys.set(key, { key, label, kind, sentences: new Set([sentence]), count: 1 });
  }
}

function sentenceIndexAt(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const NO_NAMES: NameLookup = () => undefined;

/**
 * Builds an article's profile; `surnames` are people known across the corpus,
 * `knownNames` resolves the transliterated names of a Russian text to them.
 */
export function profileArticle(article: Article, surnames: ReadonlySet<string>, knownNames: NameLookup = NO_NAMES): ArticleProfile {
  const text = article.text;
  const spans = sentences(text);
  const russian = languageOf(article) === 'ru';
  const entities = russian ? extractRussianEntities(text, knownNames) : extractEntities(text, surnames);
  const keys = new Map<string, TopicKey>();
  const sentenceKeys: Set<string>[] = spans.map(() => new Set<string>());

  for (const e of entities) {
    const s = sentenceIndexAt(spans, e.start);
    // A capital standing for its government joins its country's key ("Moscow" → Russia).
    const country = e.kind === 'place' ? capitalCountry(e.key) : undefined;
    const key = country ? country.toLowerCase() : e.key;
    if (e.kind === 'media') continue;
    addKey(keys, key, country ?? e.name, e.kind === 'person' ? 'person' : 'entity', s);
    sentenceKeys[s]!.add(key);
  }

  // Content-word phrases: runs of 2–3 content words inside a sentence, no stop word or punctuation between.
  spans.forEach((span, s) => {
    const ws = words(span.text);
    let run: { stem: string; surface: string }[] = [];
    const flushRun = () => {
      for (let n = 2; n <= 3; n++) {
        for (let i = 0; i + n <= run.length; i++) {
          const part = run.slice(i, i + n);
          // All-capitalised phrases are names: the entity extractor has them.
          if (part.every((p) => /^\p{Lu}/u.test(p.surface))) continue;
          // Russian word phrases would only ever meet other Russian texts: topics come from names there.
          if (russian) continue;
          const key = part.map((p) => p.stem).join(' ');
          addKey(keys, key, part.map((p) => p.surface).join(' '), 'phrase', s);
          sentenceKeys[s]!.add(key);
        }
      }
      run = [];
    };
    ws.forEach((w, i) => {
      const gap = i > 0 ? span.text.slice(ws[i - 1]!.end, w.start) : ' ';
      if (!/^[\s-]+$/.test(gap)) flushRun();
      const st = stem(w.norm);
      if (isContentWord(w.norm) && isContentWord(st)) {
        run.push({ stem: st, surface: span.text.slice(w.start, w.end).replace(/['’]s$/, '') });
        sentenceKeys[s]!.add(`w:${st}`);
      } else {
        flushRun();
      }
    });
    flushRun();
  });

  const published = article.dates.published?.date;
  const dates = resolveDateExpressions(text, published);
  const leadEnd = article.paragraphs.slice(0, LEAD_PARAGRAPHS).join('\n\n').length;
  const focal = new Set<string>();
  const event = article.dates.event?.date ?? eventDateOf(article)?.date;
  if (event && /^\d{4}-\d\d-\d\d$/.test(event)) focal.add(event);
  for (const d of dates) if (d.precision === 'day' && d.start < leadEnd) focal.add(d.date);

  return { article, sentences: spans, entities, keys, sentenceKeys, dates, focalDates: [...focal].sort() };
}
