// How the two articles differ, side by side: what kind of outlet each is and
// the wire or source behind its copy (from the provenance the reader page
// shows too), who each one quotes (a speaker quoted in both is marked), and
// the sentences only one of them reports.
import type { SharedPassage } from '../../../src/crossrefs/align.ts';
import type { ArticleSide, ComparedSentence } from '../../../src/crossrefs/compare-articles.ts';
import type { ArticleWithExtras } from '../../background/handlers.ts';
import { outletLabel } from '../../ui/outlet-names.ts';
import { passageRange, type Side } from './AlignedColumn.tsx';
import { showSentence } from './show-sentence.ts';

/** The paraphrased passage (1-based number) a sentence lies in, if any: reworded rather than missing in the other. */
function rewordedIn(s: ComparedSentence, side: Side, passages: readonly SharedPassage[]): number | null {
  const index = passages.findIndex((p) => {
    if (p.kind !== 'paraphrase') return false;
    const r = passageRange(p, side);
    return r.start < s.end && r.end > s.start;
  });
  return index < 0 ? null : index + 1;
}

/** The outlet's kind as its record states it: the funding fact's lead ("State media", "Commercial", "Not established"). */
export function outletKind(data: ArticleWithExtras): string {
  const own = data.extras.outletCards.find((c) => c.kind === 'outlet');
  if (!own) return 'Not in Sourcelight’s outlet records';
  const lead = own.funding.text.split(':')[0]!.trim();
  return lead.length > 0 && lead.length <= 40 ? lead : own.funding.text;
}

/** The wire or source behind the copy: the catalog's origin for a built-in article, else what the article card found. */
export function wireOf(data: ArticleWithExtras): string {
  const origin = (data.article as { origin?: { name: string } }).origin;
  if (origin?.name) return origin.name;
  const found = data.extras.articleCard.origin.at(-1);
  return found ? found.text : 'None named in the copy';
}

/** The outlet's name, with the side when both articles are from one outlet. */
export function sideName(side: Side, data: ArticleWithExtras, other: ArticleWithExtras): string {
  const name = outletLabel(data.article);
  return name === outletLabel(other.article) ? `${name} (${side === 'a' ? 'left' : 'right'})` : name;
}

function SideDifferences({
  side,
  data,
  diff,
  passages,
  name,
  otherName,
}: {
  side: Side;
  data: ArticleWithExtras;
  diff: ArticleSide;
  passages: readonly SharedPassage[];
  name: string;
  otherName: string;
}) {
  const titleId = `sl-diff-${side}`;
  const named = diff.speakers.filter((s) => s.group === 'named').length;
  return (
    <section class="sl-diff-side" aria-labelledby={titleId} data-diff-side={side}>
      <h3 id={titleId}>{name}</h3>
      <dl class="sl-outlet-facts">
        <div>
          <dt>Outlet</dt>
          <dd data-outlet-kind>{outletKind(data)}</dd>
        </div>
        <div>
          <dt>Wire or source</dt>
          <dd data-wire>{wireOf(data)}</dd>
        </div>
      </dl>
      <h4>
        Who is quoted <span class="sl-muted">({named === 1 ? '1 person or body named' : `${named} people or bodies named`})</span>
      </h4>
      {diff.speakers.length === 0 ? (
        <p class="sl-muted">No one is quoted.</p>
      ) : (
        <ul class="sl-speakers" data-speakers={side}>
          {diff.speakers.map((s) => (
            <li key={`${s.group}:${s.name}`} data-speaker={s.name} data-in-both={s.inBoth ? 'true' : undefined} class={s.group === 'named' ? undefined : 'sl-muted'}>
              <strong>{s.name}</strong> · {s.count === 1 ? '1 statement' : `${s.count} statements`}
              {s.inBoth && <> <span class="sl-tag sl-tag-page">also quoted by {otherName}</span></>}
            </li>
          ))}
        </ul>
      )}
      <h4>
        Only in {name}{' '}
        <span class="sl-muted">
          ({diff.onlyHere.length} of {diff.sentences.length} sentences)
        </span>
      </h4>
      {diff.onlyHere.length === 0 ? (
        <p class="sl-muted">Every sentence is also in {otherName}, word for word or nearly.</p>
      ) : (
        // The list scrolls on its own; each sentence is a button, so keyboard users reach all of it.
        <ol class="sl-only-in" data-only-in={side} aria-label={`Sentences only in ${name}`}>
          {diff.onlyHere.map((s) => {
            const reworded = rewordedIn(s, side, passages);
            return (
              <li key={s.start}>
                <button type="button" class="sl-sentence-button" onClick={() => showSentence(side, data.article.text, s.start, s.end)}>
                  {s.text}
                  <span class="sl-visually-hidden"> (show in the text)</span>
                </button>
                {reworded !== null && <span class="sl-muted sl-reworded"> — reworded in {otherName}: shared passage ≈{reworded}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

export function Differences({
  a,
  b,
  diff,
  passages,
}: {
  a: ArticleWithExtras;
  b: ArticleWithExtras;
  diff: { a: ArticleSide; b: ArticleSide };
  passages: readonly SharedPassage[];
}) {
  return (
    <section class="sl-differences" aria-labelledby="sl-diff-title">
      <h2 id="sl-diff-title">How they differ</h2>
      <div class="sl-diff-grid">
        <SideDifferences side="a" data={a} diff={diff.a} passages={passages} name={sideName('a', a, b)} otherName={sideName('b', b, a)} />
        <SideDifferences side="b" data={b} diff={diff.b} passages={passages} name={sideName('b', b, a)} otherName={sideName('a', a, b)} />
      </div>
    </section>
  );
}
