// A checked fact as a reader sees it: the statement, a caveat where sources
// disagree, "Not established" said outright, and every source as a link. What
// was read off the article page itself is marked as such instead of sourced.
import type { CardFact, Fact, PageFact, Source } from '../../src/provenance/types.ts';

export function isPageFact(fact: CardFact): fact is PageFact {
  return (fact as PageFact).source === 'this page';
}

export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return null;
  return (
    <p class="sl-sources">
      <span class="sl-sources-label">{sources.length === 1 ? 'Source' : 'Sources'}:</span>{' '}
      {sources.map((s, i) => (
        <>
          {i > 0 && '; '}
          <a class="sl-link" href={s.url} target="_blank" rel="noreferrer">
            {s.title}
          </a>
        </>
      ))}
    </p>
  );
}

/** "From this page": the fact was read off the article itself, not from an outside source. */
export function ThisPageMarker() {
  return <span class="sl-tag sl-tag-page">From this page</span>;
}

export function NotEstablishedMarker() {
  return <span class="sl-tag sl-tag-unknown">Not established</span>;
}

export function FactBody({ fact }: { fact: CardFact }) {
  if (isPageFact(fact)) {
    return (
      <div class="sl-fact sl-fact-page">
        <p class="sl-fact-text">
          <ThisPageMarker /> {fact.text}
        </p>
      </div>
    );
  }
  const f: Fact = fact;
  const unknown = f.status === 'not-established';
  return (
    <div class={unknown ? 'sl-fact sl-fact-unknown' : 'sl-fact'}>
      <p class="sl-fact-text">
        {unknown && (
          <>
            <NotEstablishedMarker />{' '}
          </>
        )}
        {unknown ? f.text.replace(/^Not established:\s*/i, '') : f.text}
      </p>
      {f.caveat && (
        <p class="sl-caveat">
          <strong>Caveat:</strong> {f.caveat}
        </p>
      )}
      <SourceLinks sources={f.sources} />
    </div>
  );
}

/** A list of facts; `empty` is said when there are none (omit it to render nothing). */
export function FactList({ facts, empty }: { facts: readonly CardFact[]; empty?: string }) {
  if (facts.length === 0) return empty ? <p class="sl-muted sl-empty">{empty}</p> : null;
  return (
    <ul class="sl-facts">
      {facts.map((fact) => (
        <li key={fact.text}>
          <FactBody fact={fact} />
        </li>
      ))}
    </ul>
  );
}
