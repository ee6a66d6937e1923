// The worker's corpus: the five shipped articles plus the ones the reader
// added. The shipped package is read on first need too (a JSON file in the
// extension package, see extension/background/main.ts), not parsed as code at
// every worker start. Added articles are loaded from IndexedDB on first need and kept in
// memory while the worker lives; every engine runs on them incrementally
// (recognition index, statements, cross-references). A batch (one page, one
// file) is all-or-nothing: everything is worked out first, then written in one
// transaction, and only then does the in-memory state change.
import { describeTextRange } from '../../src/anchoring/describe.ts';
import type { CorpusPackage, ShippedStatement } from '../../src/corpus/corpus-package.ts';
import { writeCorpusPack } from '../../src/corpus/ingest/corpus-pack.ts';
import { type ExtractedArticle, IngestError } from '../../src/corpus/ingest/extracted-article.ts';
import { ingestArticle } from '../../src/corpus/ingest/ingest-article.ts';
import type { CompiledArticle, CorpusArticle } from '../../src/corpus/types.ts';
import { alignPassages, type SharedPassage } from '../../src/crossrefs/align.ts';
import type { Ref } from '../../src/crossrefs/cross-reference-index.ts';
import {
  createGrowingCrossReferences,
  type GrowingCrossReferences,
  type RestoredArticle,
  restoreGrowingCrossReferences,
} from '../../src/crossrefs/growing-index.ts';
import { isCurrentStoredProfile } from '../../src/crossrefs/stored-profile.ts';
import { statementEchoes } from '../../src/crossrefs/statement-echoes.ts';
import { articleCard } from '../../src/provenance/article-card.ts';
import type { ArticleCard, OutletCard } from '../../src/provenance/types.ts';
import type { RecognitionIndex } from '../../src/recognition/recognition-index.ts';
import type { PageText, Recognition } from '../../src/recognition/types.ts';
import { extractStatements } from '../../src/statements/extract.ts';
import { buildPersonDirectory, learnFromText, type PersonDirectory } from '../../src/statements/people.ts';
import type { Statement } from '../../src/statements/types.ts';
import type { AddedBatchOutcome, CorpusStore, NewAddedArticle } from '../../src/store/corpus-store.ts';
import type { AddedArticleRecord, AddedFrom } from '../../src/store/schema.ts';
import type { AddedIndexRecord } from '../../src/recognition/added-index.ts';
import { AddSessions } from './add-sessions.ts';
import { AddedRecognition } from './added-recognition.ts';

/** What the service adds to each cross-reference for display. */
export interface LabelledRef {
  outletName: string;
  /** Added by the reader (not one of the shipped articles). */
  added: boolean;
}

/** A corpus article without its body: what a page needs to label it. */
export type ArticleSummary = Omit<CorpusArticle, 'paragraphs' | 'text'>;

export interface AddedArticleSummary extends ArticleSummary {
  addedAt: string;
  from: AddedFrom;
  fileName?: string;
}

/** What the panel, reader page and overlay show beside an article. */
export interface ArticleExtras {
  articleCard: ArticleCard;
  outletCards: OutletCard[];
  crossReferences: ReturnType<GrowingCrossReferences['crossReferencesFor']>;
  statements: ShippedStatement[];
}

export interface ArticleWithExtras {
  article: CorpusArticle;
  extras: ArticleExtras;
}

export interface ComparedArticles {
  a: CorpusArticle;
  b: CorpusArticle;
  passages: SharedPassage[];
}

export interface AddReport {
  fileName: string | null;
  added: AddedArticleSummary[];
  duplicates: AddedBatchOutcome['duplicates'];
  /** Added articles whose statements could not be read (a fault of the extractor): added without them. */
  withoutStatements: number;
}

export interface PageMatch {
  recognition: Recognition;
  article: CorpusArticle;
}

/** The shipped corpus package, or how to load it (once, on first need; a failed load is tried again next time). */
export type BuiltinCorpus = CorpusPackage | (() => Promise<CorpusPackage>);

export interface CorpusServiceDeps {
  builtin: BuiltinCorpus;
  /** The added-articles store; without one the corpus is the shipped five. */
  store?: () => Promise<CorpusStore>;
  now?: () => Date;
}

interface Loaded {
  added: Map<string, AddedArticleRecord>;
  statements: Map<string, ShippedStatement[]>;
  recognition: AddedRecognition;
  /** Built on first need (a panel, a reader page): recognising a page needs neither. */
  crossrefs: GrowingCrossReferences | null;
  crossrefsLoad: Promise<GrowingCrossReferences> | null;
  people: PersonDirectory | null;
  /** Set when the added articles could not be read (e.g. a database from a newer version): the shipped five only. */
  storeError: string | null;
}

interface Shipped {
  corpus: CorpusPackage;
  byId: Map<string, CorpusArticle>;
}

/** Articles compiled and ready to write, with what they carry into the store. */
interface Prepared {
  entries: (NewAddedArticle & { article: CorpusArticle; statements: ShippedStatement[]; recognition: AddedIndexRecord })[];
  builtinDuplicates: AddReport['duplicates'];
  /** Ids of articles whose statements the extractor failed on (they are added with none). */
  statementsUnread: string[];
}

const NO_PROVENANCE = { outlets: new Map(), notes: new Map() };


export function summarize(article: CorpusArticle): ArticleSummary {
  const { paragraphs: _p, text: _t, ...summary } = article as CorpusArticle & { paragraphs: unknown; text: unknown };
  return summary;
}

function summarizeAdded(record: AddedArticleRecord): AddedArticleSummary {
  return {
    ...summarize(record.article as unknown as CorpusArticle),
    addedAt: record.addedAt,
    from: record.from,
    ...(record.fileName ? { fileName: record.fileName } : {}),
  };
}

function where(fileName: string | null, position: number, count: number): string {
  if (!fileName) return '';
  // The pack reader has named lines already; here an item is counted in the batch as sent.
  return count > 1 ? `${fileName}: article ${position}: ` : `${fileName}: `;
}

export class CorpusService {
  private shippedLoad: Promise<Shipped> | null = null;
  private shipped: Shipped | null = null;
  private loaded: Promise<Loaded> | null = null;
  private readonly now: () => Date;
  private readonly addSessions = new AddSessions<Prepared, AddReport>();

  constructor(private readonly deps: CorpusServiceDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Loads the shipped package (once per worker life). */
  private loadShipped(): Promise<Shipped> {
    this.shippedLoad ??= (async () => {
      const source = this.deps.builtin;
      const corpus = typeof source === 'function' ? await source() : source;
      this.shipped = { corpus, byId: new Map<string, CorpusArticle>(corpus.articles.map((a) => [a.id, a])) };
      return this.shipped;
    })().catch((error: unknown) => {
      this.shippedLoad = null;
      throw error;
    });
    return this.shippedLoad;
  }

  /** The shipped articles by id; only used after loadShipped (every public method awaits it first). */
  private get builtin(): Map<string, CorpusArticle> {
    if (!this.shipped) throw new Error('The shipped corpus is not loaded yet.');
    return this.shipped.byId;
  }

  /** The shipped package; only used after loadShipped, like `builtin`. */
  private get builtinPackage(): CorpusPackage {
    if (!this.shipped) throw new Error('The shipped corpus is not loaded yet.');
    return this.shipped.corpus;
  }

  /** Loads the shipped package, then the added articles, and restores the engines over them (once per worker life). */
  private state(): Promise<Loaded> {
    this.loaded ??= this.loadShipped()
      .then(() => this.load())
      .then(
        (state) => {
          // Without the added articles, try the store again next time (the shipped five work meanwhile).
          if (state.storeError !== null) this.loaded = null;
          return state;
        },
        (error: unknown) => {
          this.loaded = null;
          throw error;
        },
      );
    return this.loaded;
  }

  private async load(): Promise<Loaded> {
    let stored: Awaited<ReturnType<CorpusStore['loadAll']>> | null = null;
    let storeError: string | null = null;
    try {
      stored = this.deps.store ? await (await this.deps.store()).loadAll() : null;
    } catch (error) {
      // The shipped articles must not depend on the reader's store: they are recognised and shown without the
      // added ones, and adding says why it cannot (its own call to the store fails with the same reason).
      storeError = error instanceof Error ? error.message : String(error);
    }
    const records = stored?.articles ?? [];
    const articles = records.map((r) => r.article as unknown as CorpusArticle);
    const statements = new Map<string, ShippedStatement[]>();
    for (const r of records) statements.set(r.id, (stored?.derived.get(r.id)?.statements ?? []) as ShippedStatement[]);
    return {
      added: new Map(records.map((r) => [r.id, r])),
      statements,
      recognition: new AddedRecognition(articles, stored?.recognition ?? new Map()),
      crossrefs: null,
      crossrefsLoad: null,
      people: null,
      storeError,
    };
  }

  private addedArticles(state: Loaded): CorpusArticle[] {
    return [...state.added.values()].map((r) => r.article as unknown as CorpusArticle);
  }

  /**
   * The cross-reference engine over the shipped and added articles, built on first need: restored from the
   * records it stored of each added article when every one has a current record, else rebuilt from the texts
   * (records missing or of another version; never a stale answer) and its records stored for the next start.
   */
  private async crossrefs(state: Loaded): Promise<GrowingCrossReferences> {
    state.crossrefsLoad ??= (async () => {
      const added = this.addedArticles(state);
      let stored: Map<string, unknown> = new Map();
      try {
        if (this.deps.store && added.length > 0) stored = await (await this.deps.store()).loadEngineProfiles();
      } catch {
        // Unreadable records: rebuilt below.
      }
      // The store may have changed while the records were read: the engine is built over what is in memory now.
      const current = this.addedArticles(state);
      const restorable = current.map((article) => ({ article, stored: stored.get(article.id) }));
      let engine: GrowingCrossReferences | null = null;
      if (restorable.every((r) => isCurrentStoredProfile(r.stored))) {
        try {
          engine = restoreGrowingCrossReferences([...this.builtin.values()], restorable as RestoredArticle[]);
        } catch {
          engine = null; // a record that does not fit its article: rebuilt below
        }
      }
      const rebuilt = !engine;
      engine ??= createGrowingCrossReferences([...this.builtin.values(), ...current]);
      // In use from now on (adds and removals update it), before its records are written.
      state.crossrefs = engine;
      // Written in the background: the first answer does not wait for them.
      if (rebuilt) void this.storeEngineProfiles(engine, current.map((a) => a.id));
      return engine;
    })().catch((error: unknown) => {
      state.crossrefsLoad = null;
      throw error;
    });
    return state.crossrefsLoad;
  }

  /** Stores the engine's records of these articles; a failure only means a rebuild at the next start. */
  private async storeEngineProfiles(engine: GrowingCrossReferences, ids: readonly string[]): Promise<void> {
    if (!this.deps.store || ids.length === 0) return;
    try {
      await (await this.deps.store()).saveEngineProfiles(ids.filter((id) => engine.has(id)).map((id) => [id, engine.storedProfileOf(id)] as const));
    } catch {
      // Nothing lost: the next worker start rebuilds the engine from the texts.
    }
  }

  /** People named in full anywhere, so a bare surname in a new article resolves. */
  private people(state: Loaded): PersonDirectory {
    state.people ??= buildPersonDirectory([...this.builtin.values(), ...this.addedArticles(state)].map((a) => a.text));
    return state.people;
  }

  private async find(id: string): Promise<CorpusArticle> {
    await this.loadShipped();
    const builtin = this.builtin.get(id);
    if (builtin) return builtin;
    const added = (await this.state()).added.get(id);
    if (!added) throw new Error(`No corpus article has the id "${id}".`);
    return added.article as unknown as CorpusArticle;
  }

  async has(id: string): Promise<boolean> {
    await this.loadShipped();
    return this.builtin.has(id) || (await this.state()).added.has(id);
  }

  /**
   * Adds the articles of one page or file, all or nothing. Each is checked and
   * compiled first (an error names the file and line); articles already in the
   * corpus (the same text) are reported as duplicates.
   */
  async add(items: readonly ExtractedArticle[], source: { from: AddedFrom; fileName?: string }): Promise<AddReport> {
    const fileName = source.fileName ?? null;
    if (items.length === 0) throw new IngestError(`${fileName ? `${fileName}: ` : ''}no article to add.`);
    const state = await this.state();
    const prepared = this.prepare(
      items.map((article, i) => ({ article, at: where(fileName, i + 1, items.length) })),
      state,
      source,
    );
    return this.write(prepared, state, fileName);
  }

  /** Starts adding a file sent in chunks (a corpus pack of any size): nothing is written before commitAdd. */
  beginAdd(options: { total: number; from: AddedFrom; fileName?: string }): string {
    return this.addSessions.begin(options);
  }

  /** Checks and compiles one chunk (ingest, statements, recognition record); returns how many articles arrived so far. */
  async addChunk(sessionId: string, offset: number, items: readonly { line: number; article: ExtractedArticle }[]): Promise<number> {
    const session = this.addSessions.get(sessionId);
    const state = await this.state();
    const fileName = session.options.fileName ?? null;
    try {
      if (offset !== session.received) {
        throw new IngestError(`${fileName ? `${fileName}: ` : ''}part of the file went missing on the way (expected article ${session.received + 1}, got ${offset + 1}); nothing of it was written. Add it again.`);
      }
      const prepared = this.prepare(
        items.map(({ article, line }) => ({ article, at: fileName ? `${fileName}: line ${line}: ` : `line ${line}: ` })),
        state,
        { from: session.options.from, ...(fileName ? { fileName } : {}) },
      );
      session.prepared.push(prepared);
      session.received += items.length;
      return session.received;
    } catch (error) {
      this.addSessions.cancel(sessionId);
      throw error;
    }
  }

  /** Writes everything the session received in one transaction, then the engines learn it. */
  async commitAdd(sessionId: string): Promise<AddReport> {
    const repeat = this.addSessions.finished(sessionId);
    if (repeat) return repeat;
    const session = this.addSessions.get(sessionId);
    this.addSessions.cancel(sessionId);
    const fileName = session.options.fileName ?? null;
    if (session.received !== session.options.total) {
      throw new IngestError(`${fileName ? `${fileName}: ` : ''}only ${session.received} of ${session.options.total} articles arrived; nothing of it was written. Add it again.`);
    }
    const state = await this.state();
    const merged: Prepared = { entries: [], builtinDuplicates: [], statementsUnread: [] };
    for (const p of session.prepared) {
      merged.entries.push(...p.entries);
      merged.builtinDuplicates.push(...p.builtinDuplicates);
      merged.statementsUnread.push(...p.statementsUnread);
    }
    const report = await this.write(merged, state, fileName);
    this.addSessions.remember(sessionId, report);
    return report;
  }

  cancelAdd(sessionId: string): void {
    this.addSessions.cancel(sessionId);
  }

  /** Compiles articles and works out what is stored with each; throws an IngestError naming the file and line. */
  private prepare(items: readonly { article: ExtractedArticle; at: string }[], state: Loaded, source: { from: AddedFrom; fileName?: string }): Prepared {
    const fileName = source.fileName ?? null;
    const compiled: CorpusArticle[] = items.map(({ article, at }) => {
      try {
        return ingestArticle(article, { addedAt: this.now().toISOString() });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new IngestError(message.startsWith(at) || !at ? message : `${at}${message}`);
      }
    });
    const builtinDuplicates = compiled
      .filter((a) => this.builtin.has(a.id))
      .map((a) => ({ id: a.id, url: a.addresses[0] ?? '', headline: this.builtin.get(a.id)!.headline }));
    const statementsUnread: string[] = [];
    const entries = compiled
      .filter((a) => !this.builtin.has(a.id))
      .map((article) => {
        const statements = this.statementsOf(article, this.people(state));
        if (!statements) statementsUnread.push(article.id);
        return {
          article,
          from: source.from,
          ...(fileName ? { fileName } : {}),
          recognition: state.recognition.recordOf(article),
          statements: statements ?? [],
        };
      });
    return { entries, builtinDuplicates, statementsUnread };
  }

  /** Writes prepared articles in one transaction (those already stored are duplicates), then updates the engines. */
  private async write(prepared: Prepared, state: Loaded, fileName: string | null): Promise<AddReport> {
    const unread = new Set(prepared.statementsUnread);
    const knownDuplicates = prepared.entries
      .filter((e) => state.added.has(e.article.id))
      .map(({ article: a }) => ({ id: a.id, url: a.addresses[0] ?? '', headline: a.headline }));
    const entries = prepared.entries.filter((e) => !state.added.has(e.article.id));
    const outcome: AddedBatchOutcome =
      entries.length > 0 && this.deps.store
        ? await (await this.deps.store()).addBatch(entries)
        : { added: [], duplicates: [] };
    // Written: now the engines learn the new articles, one by one.
    const entryOf = new Map<string, (typeof entries)[number]>();
    for (const e of entries) if (!entryOf.has(e.article.id)) entryOf.set(e.article.id, e);
    for (const record of outcome.added) {
      const article = record.article as unknown as CorpusArticle;
      const entry = entryOf.get(record.id)!;
      state.added.set(record.id, record);
      state.statements.set(record.id, entry.statements);
      state.recognition.add(entry.recognition);
      state.crossrefs?.add(article);
      // Learnt in place, as buildPersonDirectory learns text after text: a merge would copy every person known.
      if (state.people) learnFromText(state.people, article.text);
    }
    // The engine's records of the new articles, after them (a worker stopped in between rebuilds at its next start).
    if (state.crossrefs) await this.storeEngineProfiles(state.crossrefs, outcome.added.map((r) => r.id));
    return {
      fileName,
      added: outcome.added.map(summarizeAdded),
      duplicates: [...prepared.builtinDuplicates, ...knownDuplicates, ...outcome.duplicates],
      withoutStatements: outcome.added.filter((r) => unread.has(r.id)).length,
    };
  }

  /**
   * The article's statements, or null when the extractor fails on its text. Statements are derived and can be
   * done without; the article the reader asked to add cannot: a fault there must not refuse it (or its whole file).
   */
  private statementsOf(article: CorpusArticle, people: PersonDirectory): ShippedStatement[] | null {
    try {
      return extractStatements(article.text, { people }).map((s: Statement) => ({
        ...s,
        selectors: describeTextRange(article.text, s.start, s.end),
        echoes: [],
      }));
    } catch (error) {
      console.error(`Sourcelight: statements could not be read in ${article.id}; it is added without them.`, error);
      return null;
    }
  }

  /** The added articles, newest first, matching every word of `query` (headline, outlet, address, text). */
  async listAdded(query = ''): Promise<AddedArticleSummary[]> {
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    const records = [...(await this.state()).added.values()].reverse();
    return records
      .filter((r) => {
        if (terms.length === 0) return true;
        const a = r.article as unknown as CorpusArticle;
        const haystack = `${a.headline}\n${a.outletName}\n${a.outlet}\n${a.addresses.join(' ')}\n${a.text}`.toLowerCase();
        return terms.every((t) => haystack.includes(t));
      })
      .map(summarizeAdded);
  }

  /** Removes an added article from the store and every engine. Highlights on its page stay. */
  async remove(id: string): Promise<ArticleSummary> {
    await this.loadShipped();
    if (this.builtin.has(id)) throw new Error('The five shipped articles cannot be removed.');
    const state = await this.state();
    if (!this.deps.store || !state.added.has(id)) throw new Error(`No added article has the id "${id}".`);
    const record = await (await this.deps.store()).remove(id);
    state.added.delete(id);
    state.statements.delete(id);
    state.recognition.remove(id);
    state.crossrefs?.remove(id);
    state.people = null; // worked out again on the next add, without the removed article's names
    return summarize(record.article as unknown as CorpusArticle);
  }

  /** Every added article as a corpus pack (JSON Lines). */
  async exportPack(day: string): Promise<{ fileName: string; mimeType: string; text: string; count: number }> {
    const articles = [...(await this.state()).added.values()].map((r) => r.article as unknown as CorpusArticle);
    return { fileName: `sourcelight-corpus-${day}.jsonl`, mimeType: 'application/jsonl', text: articles.length ? writeCorpusPack(articles) : '', count: articles.length };
  }

  /** The shipped five, then the added articles oldest first. */
  async summaries(): Promise<ArticleSummary[]> {
    const added = [...(await this.state()).added.values()].map((r) => r.article as unknown as CorpusArticle);
    return [...this.builtin.values(), ...added].map(summarize);
  }

  async titles(): Promise<Record<string, string>> {
    return Object.fromEntries((await this.summaries()).map((a) => [a.id, a.headline]));
  }

  async article(id: string): Promise<ArticleWithExtras> {
    const article = await this.find(id);
    return { article, extras: await this.extras(article) };
  }

  async compare(a: string, b: string): Promise<ComparedArticles> {
    const [left, right] = await Promise.all([this.find(a), this.find(b)]);
    return { a: left, b: right, passages: alignPassages(left.text, right.text) };
  }

  /** The page's article among the shipped and the added ones: the best score wins. */
  async recognize(shipped: RecognitionIndex, page: PageText, url: string): Promise<PageMatch | null> {
    const state = await this.state();
    const best = state.recognition.recognize(shipped, page, { url });
    if (!best) return null;
    return { recognition: best, article: await this.find(best.corpusId) };
  }

  /** Every corpus article on the page (shipped and added), in page order; [] when none. */
  async recognizeAll(shipped: RecognitionIndex, page: PageText, url: string): Promise<PageMatch[]> {
    const state = await this.state();
    const found = state.recognition.recognizeAll(shipped, page, { url });
    return Promise.all(found.map(async (recognition) => ({ recognition, article: await this.find(recognition.corpusId) })));
  }

  /**
   * Cards, cross-references and statements: a shipped article keeps its build-time
   * cards and statements, with cross-references and echoes worked out live so
   * added coverage shows; an added article gets what its own text tells.
   */
  private async extras(article: CorpusArticle): Promise<ArticleExtras> {
    const state = await this.state();
    const shippedExtras = this.builtinPackage.extras[article.id];
    // Nothing added yet: the build-time engine saw the same five articles.
    if (shippedExtras && state.added.size === 0) return shippedExtras as ArticleExtras;
    const engine = await this.crossrefs(state);
    const crossReferences = this.labelled(engine.crossReferencesFor(article.id), state);
    const shipped = this.builtinPackage.extras[article.id];
    const own = shipped?.statements ?? state.statements.get(article.id) ?? [];
    const statements = this.withEchoes(article, own, crossReferences.sameClaims, state, engine);
    if (shipped) return { ...shipped, crossReferences, statements };
    const sameOutlet = this.builtinPackage.articles.find((a) => a.outlet === article.outlet);
    return {
      articleCard: articleCard(article as unknown as CompiledArticle, NO_PROVENANCE),
      outletCards: sameOutlet ? (this.builtinPackage.extras[sameOutlet.id]?.outletCards ?? []) : [],
      crossReferences,
      statements,
    };
  }

  /** Each reference with its outlet's display name and whether the reader added it (a Ref carries only the slug). */
  private labelled(refs: ArticleExtras['crossReferences'], state: Loaded): ArticleExtras['crossReferences'] {
    const label = <R extends Ref>(r: R): R & LabelledRef => {
      const other = this.builtin.get(r.id) ?? (state.added.get(r.id)?.article as unknown as CorpusArticle | undefined);
      return { ...r, outletName: other?.outletName ?? r.outlet, added: !this.builtin.has(r.id) };
    };
    return {
      ...refs,
      sameEvent: refs.sameEvent.map(label),
      threads: refs.threads.map((t) => ({ ...t, refs: t.refs.map(label) })),
      copies: refs.copies.map(label),
    };
  }

  private withEchoes(
    article: CorpusArticle,
    own: readonly ShippedStatement[],
    sameClaims: ArticleExtras['crossReferences']['sameClaims'],
    state: Loaded,
    engine: GrowingCrossReferences,
  ): ShippedStatement[] {
    const others = new Set(sameClaims.map((p) => p.b.articleId));
    if (others.size === 0 || own.length === 0) return [...own];
    const involved = [article.id, ...others];
    const articles = involved.map((id) => this.builtin.get(id) ?? (state.added.get(id)?.article as unknown as CorpusArticle)).filter(Boolean);
    const statements = new Map<string, readonly Statement[]>(
      involved.map((id) => [id, id === article.id ? own : (this.builtinPackage.extras[id]?.statements ?? state.statements.get(id) ?? [])]),
    );
    const echoes = statementEchoes(articles as unknown as CompiledArticle[], statements, (id) =>
      id === article.id ? sameClaims : engine.sameClaimsFor(id),
    ).get(article.id);
    return own.map((s, i) => ({ ...s, echoes: echoes?.[i] ?? [] }));
  }
}
