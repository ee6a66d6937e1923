// The verdict line: the ranked facts a careful reader must not miss
// (src/provenance/verdict.ts), each a button that takes the reader to its
// sourced detail. Other parts add clauses of their own through `extra`.
import type { Verdict, VerdictClause, VerdictDetail } from '../../src/provenance/verdict.ts';

/** Where a clause's detail is: the panel tab and the id of the element to bring into view there. */
export interface DetailTarget {
  tab: 'provenance' | 'crossrefs';
  elementId: string;
}

/** The id the article card gives the section a verdict detail points at (see ArticleCardView). */
export function verdictDetailId(articleId: string, detail: Exclude<VerdictDetail, 'outlet'>): string {
  return `sl-detail-${detail}-${articleId}`;
}

export function detailTarget(clause: VerdictClause, article: { id: string; outlet: string }): DetailTarget {
  if (clause.detail === 'outlet') return { tab: 'provenance', elementId: `sl-outlet-${article.outlet}` };
  if (clause.detail === 'copies') return { tab: 'crossrefs', elementId: verdictDetailId(article.id, 'copies') };
  return { tab: 'provenance', elementId: verdictDetailId(article.id, clause.detail) };
}

export interface VerdictLineProps {
  verdict: Verdict;
  /** Takes the reader to a clause's sourced detail. */
  onOpen: (clause: VerdictClause) => void;
  /** Clauses other parts add after the derived ones (plain text, no detail). */
  extra?: string[];
  /** Heading text for screen readers; the line itself stays one line of prose. */
  label?: string;
}

export function VerdictLine({ verdict, onOpen, extra = [], label = 'In short' }: VerdictLineProps) {
  const empty = verdict.clauses.length === 0 && extra.length === 0;
  return (
    <section class="sl-verdict" aria-label={label} data-verdict-line="">
      {empty ? (
        <p class="sl-verdict-empty sl-muted">Nothing in Sourcelight’s sources calls for particular care here.</p>
      ) : (
        <ul class="sl-verdict-list">
          {verdict.clauses.map((c) => (
            <li key={c.kind} class="sl-verdict-item">
              <button
                type="button"
                class="sl-verdict-clause"
                data-verdict-kind={c.kind}
                title="Show the sourced detail"
                onClick={() => onOpen(c)}
              >
                {c.text}
              </button>
            </li>
          ))}
          {extra.map((text) => (
            <li key={text} class="sl-verdict-item sl-verdict-extra">
              {text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
