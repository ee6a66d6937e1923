// "The same statement in other outlets' articles": for a statement found in
// one article, the statements of other articles that carry it too — the same
// speaker with most of the same content words, or a passage the same-claim
// engine pairs with it that lies in a statement of the same speaker. Only
// between articles whose events are near in time (a 2010 quote is not an echo
// of a 2007 one), and one echo per passage. Used on hover over a statement.
import type { EngineArticle } from './engine-article.ts';
import type { Statement } from '../statements/types.ts';
import { words } from '../text/normalize.ts';
import { nameSkeleton } from '../text/transliterate.ts';
import type { ClaimPair } from './same-claims.ts';
import { isContentWord, stem } from './text-units.ts';

export interface StatementEcho {
  articleId: string;
  outlet: string;
  headline: string;
  /** The echoing passage, and its offsets in that article's text. */
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  how: 'same speaker and words' | 'same claim';
  score: number;
}

/** Content-word overlap a same-speaker pair needs (share of the shorter statement's words)… */
const MIN_OVERLAP = 0.6;
/** …and how many content words it must share at least, so short statements do not pair on "Russia" and "NATO". */
const MIN_SHARED = 4;

/** Events further apart than this (in days) do not echo each other. */
export const MAX_ECHO_DAYS_APART = 31;

export interface EchoOptions {
  /** An article's event date (ISO, any precision); default: its event date, else its publication date. */
  dateOf?: (article: EngineArticle) => string | undefined;
}

/**
 * Whether two speaker names are the same person. The documented aliases are
 * spelling variants of one name: the same surname under any transliteration
 * (Sergei / Sergey Lavrov, Лавров) with first names that do not disagree
 * (a missing first name or an initial never disagrees).
 */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const pa = a.split(/\s+/);
  const pb = b.split(/\s+/);
  if (nameSkeleton(pa[pa.length - 1]!) !== nameSkeleton(pb[pb.length - 1]!)) return false;
  if (pa.length === 1 || pb.length === 1) return true;
  const fa = nameSkeleton(pa[0]!);
  const fb = nameSkeleton(pb[0]!);
  return fa === fb || (pa[0]!.replace('.', '').length === 1 && fb.startsWith(fa[0]!)) || (pb[0]!.replace('.', '').length === 1 && fa.startsWith(fb[0]!));
}

/** A rough day number for an ISO date of any precision (a month counts as its middle, a year as mid-year), and its slack. */
function roughDay(iso: string): { day: number; slack: number } | undefined {
  const m = iso.match(/^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/);
  if (!m) return undefined;
  const day = Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 6, m[3] ? Number(m[3]) : m[2] ? 15 : 1) / 86_400_000;
  return { day, slack: m[3] ? 0 : m[2] ? 16 : 183 };
}

/** Whether two articles' events are near in time; unknown dates do not rule a pair out. */
function nearInTime(a: string | undefined, b: string | undefined): boolean {
  const da = a ? roughDay(a) : undefined;
  const db = b ? roughDay(b) : undefined;
  if (!da || !db) return true;
  return Math.abs(da.day - db.day) <= MAX_ECHO_DAYS_APART + da.slack + db.slack;
}

function contentStems(text: string): Set<string> {
  return new Set(words(text).filter((w) => isContentWord(w.norm)).map((w) => stem(w.norm)));
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return shared < MIN_SHARED ? 0 : shared / Math.min(a.size, b.size);
}

export function statementEchoes(
  articles: readonly EngineArticle[],
  statements: ReadonlyMap<string, readonly Statement[]>,
  claimPairsOf: (articleId: string) => readonly ClaimPair[],
  options: EchoOptions = {},
): Map<string, StatementEcho[][]> {
  const dateOf = options.dateOf ?? ((a: EngineArticle) => a.dates.event?.date ?? a.dates.published?.date);
  const stems = new Map<string, Set<string>[]>();
  for (const a of articles) stems.set(a.id, (statements.get(a.id) ?? []).map((s) => contentStems(s.text)));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const result = new Map<string, StatementEcho[][]>();

  for (const article of articles) {
    const own = statements.get(article.id) ?? [];
    const claims = claimPairsOf(article.id);
    result.set(
      article.id,
      own.map((statement, i) => {
        const echoes: StatementEcho[] = [];
        const mine = stems.get(article.id)![i]!;
        const near = (other: EngineArticle) => nearInTime(dateOf(article), dateOf(other));
        for (const other of articles) {
          if (other.id === article.id || !near(other)) continue;
          (statements.get(other.id) ?? []).forEach((candidate, j) => {
            if (!sameSpeaker(statement.speaker, candidate.speaker)) return;
            const score = overlap(mine, stems.get(other.id)![j]!);
            if (score >= MIN_OVERLAP) {
              echoes.push({
                articleId: other.id,
                outlet: other.outlet,
                headline: other.headline,
                text: candidate.text,
                start: candidate.start,
                end: candidate.end,
                speaker: candidate.speaker,
                how: 'same speaker and words',
                score,
              });
            }
          });
        }
        for (const pair of claims) {
          const overlapsStatement = pair.a.start < statement.end && pair.a.end > statement.start;
          const target = byId.get(pair.b.articleId);
          if (!overlapsStatement || !target || !near(target)) continue;
          // The paired passage must carry a statement of the same speaker.
          const theirs = (statements.get(target.id) ?? []).find((c) => c.start < pair.b.end && c.end > pair.b.start && sameSpeaker(statement.speaker, c.speaker));
          if (!theirs) continue;
          if (echoes.some((e) => e.articleId === target.id && e.start < pair.b.end && e.end > pair.b.start)) continue;
          echoes.push({
            articleId: target.id,
            outlet: target.outlet,
            headline: target.headline,
            text: pair.b.text,
            start: pair.b.start,
            end: pair.b.end,
            speaker: theirs.speaker,
            how: 'same claim',
            score: pair.score,
          });
        }
        // One echo per passage: overlapping statements of one article (a partial quote inside its reported sentence) count once.
        const kept: StatementEcho[] = [];
        for (const e of echoes.sort((x, y) => y.score - x.score)) {
          if (!kept.some((k) => k.articleId === e.articleId && k.start < e.end && e.start < k.end)) kept.push(e);
        }
        return kept;
      }),
    );
  }
  return result;
}
