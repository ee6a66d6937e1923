// "The same statement in other outlets' articles": for a statement found in
// one article, the statements of other articles that carry it too — the same
// speaker with most of the same content words, or a passage the same-claim
// engine pairs with it. Used on hover over a statement highlight.
import type { EngineArticle } from './engine-article.ts';
import type { Statement } from '../statements/types.ts';
import { words } from '../text/normalize.ts';
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
): Map<string, StatementEcho[][]> {
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
        for (const other of articles) {
          if (other.id === article.id) continue;
          (statements.get(other.id) ?? []).forEach((candidate, j) => {
            if (!statement.speaker || candidate.speaker !== statement.speaker) return;
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
          if (!overlapsStatement || !target) continue;
          if (echoes.some((e) => e.articleId === target.id && e.start < pair.b.end && e.end > pair.b.start)) continue;
          echoes.push({
            articleId: target.id,
            outlet: target.outlet,
            headline: target.headline,
            text: pair.b.text,
            start: pair.b.start,
            end: pair.b.end,
            speaker: null,
            how: 'same claim',
            score: pair.score,
          });
        }
        return echoes.sort((x, y) => y.score - x.score);
      }),
    );
  }
  return result;
}
