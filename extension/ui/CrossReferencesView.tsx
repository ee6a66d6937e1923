// Other corpus articles linked to this one: the same event, threads several
// outlets follow, passages that make the same claim, and copies (one article
// carrying much of another's text). Articles the reader added appear as the
// shipped ones do, marked as theirs. Each reference names
// outlet, date and headline and offers three ways in: the outlet's own address
// (an ordinary link), the reader copy, and a side-by-side comparison.
import type { ComponentChildren } from 'preact';
import type { OutletId } from '../../src/corpus/types.ts';
import type { CopyRef, CrossReferences, Ref } from '../../src/crossrefs/cross-reference-index.ts';
import type { ClaimPair } from '../../src/crossrefs/same-claims.ts';
import { formatIsoDate } from './format-date.ts';
import { Heading, type HeadingLevel } from './heading.tsx';
import type { OpenTarget } from './open-target.ts';
import { OUTLET_NAMES } from './outlet-names.ts';
import { verdictDetailId } from './VerdictLine.tsx';

type Open = (target: OpenTarget) => void;

export function outletName(outlet: string): string {
  return OUTLET_NAMES[outlet as OutletId] ?? outlet;
}

/** The worker labels each reference with its outlet's name and whether the reader added it. */
type ShownRef = Ref & { outletName?: string; added?: boolean };

function refOutlet(item: ShownRef): string {
  return OUTLET_NAMES[item.outlet as OutletId] ?? item.outletName ?? item.outlet;
}

function RefLinks({ refId, headline, address, currentId, open }: { refId: string; headline: string; address: string | undefined; currentId: string; open: Open }) {
  return (
    <span class="sl-ref-actions">
      {address && (
        <a class="sl-link sl-ref-address" href={address} target="_blank" rel="noreferrer">
          Original page<span class="sl-visually-hidden">: {headline}</span>
        </a>
      )}
      <button type="button" class="sl-button sl-small" data-action="reader" onClick={() => open({ kind: 'reader', id: refId })}>
        Reader<span class="sl-visually-hidden"> copy of {headline}</span>
      </button>
      <button type="button" class="sl-button sl-small" data-action="compare" onClick={() => open({ kind: 'compare', a: currentId, b: refId })}>
        Compare<span class="sl-visually-hidden"> with {headline}</span>
      </button>
    </span>
  );
}

function RefItem({ item, currentId, open, extra }: { item: ShownRef; currentId: string; open: Open; extra?: ComponentChildren }) {
  return (
    <li class="sl-ref" data-ref-id={item.id} data-added={item.added ? '' : undefined}>
      <p class="sl-ref-line">
        <span class="sl-ref-outlet">{refOutlet(item)}</span>
        {item.added && <span class="sl-muted sl-ref-added"> · added by you</span>}
        {item.date && (
          <>
            {' · '}
            <time dateTime={item.date}>{formatIsoDate(item.date)}</time>
          </>
        )}
      </p>
      <p class="sl-ref-headline">{item.headline}</p>
      {extra}
      <RefLinks refId={item.id} headline={item.headline} address={item.addresses[0]} currentId={currentId} open={open} />
    </li>
  );
}

function ClaimPairItem({ pair, other, currentId, open }: { pair: ClaimPair; other: ShownRef | undefined; currentId: string; open: Open }) {
  const otherLabel = other ? `${refOutlet(other)}${other.date ? `, ${formatIsoDate(other.date)}` : ''}` : pair.b.articleId;
  return (
    <li class="sl-claim" data-ref-id={pair.b.articleId}>
      <p class="sl-claim-label">This article</p>
      <blockquote class="sl-claim-text">{pair.a.text}</blockquote>
      <p class="sl-claim-label">
        {otherLabel}
        {other && <span class="sl-claim-headline">: {other.headline}</span>}
      </p>
      <blockquote class="sl-claim-text">{pair.b.text}</blockquote>
      {pair.shared.length > 0 && <p class="sl-muted sl-claim-shared">Both name: {pair.shared.join(', ')}</p>}
      <RefLinks refId={pair.b.articleId} headline={other?.headline ?? pair.b.articleId} address={other?.addresses[0]} currentId={currentId} open={open} />
    </li>
  );
}

export function CrossReferencesView({ refs, currentId, open, level = 3 }: { refs: CrossReferences; currentId: string; open: Open; level?: HeadingLevel }) {
  // Same-claim pairs carry only an article id: find its outlet, date and headline among the other references.
  const known = new Map<string, ShownRef>();
  const copies: (CopyRef & ShownRef)[] = refs.copies ?? [];
  for (const r of copies) known.set(r.id, r);
  for (const r of refs.sameEvent) known.set(r.id, r);
  for (const t of refs.threads) for (const r of t.refs) known.set(r.id, r);
  const sub = Math.min(level + 1, 5) as HeadingLevel;

  return (
    <section class="sl-card sl-crossrefs" aria-labelledby={`sl-crossrefs-${currentId}`}>
      <Heading level={level} id={`sl-crossrefs-${currentId}`} class="sl-card-title">
        Other articles in the corpus
      </Heading>

      <Heading level={sub} class="sl-subtitle">
        Same event
      </Heading>
      {refs.sameEvent.length > 0 ? (
        <ul class="sl-refs" data-section="same-event">
          {refs.sameEvent.map((r) => (
            <RefItem
              key={r.id}
              item={r}
              currentId={currentId}
              open={open}
              extra={
                <p class="sl-muted sl-ref-why">
                  Event {r.eventDate ? <time dateTime={r.eventDate}>{formatIsoDate(r.eventDate)}</time> : 'date unknown'}
                  {r.sharedEntities.length > 0 && <> · both name {r.sharedEntities.join(', ')}</>}
                </p>
              }
            />
          ))}
        </ul>
      ) : (
        <p class="sl-muted sl-empty">No other corpus article reports this event.</p>
      )}

      <Heading level={sub} class="sl-subtitle">
        Threads
      </Heading>
      {refs.threads.length > 0 ? (
        <ul class="sl-threads" data-section="threads">
          {refs.threads.map((t) => {
            const outlets = [...new Set(t.refs.map((r) => refOutlet(r)))];
            // A thread on a large corpus lists only the articles most related to this one; `others` counts all.
            const others = t.others;
            const more = others - t.refs.length;
            return (
              <li key={t.id} class="sl-thread">
                <details>
                  <summary>
                    <span class="sl-thread-label">{t.label}</span>{' '}
                    <span class="sl-muted">
                      {others} other {others === 1 ? 'article' : 'articles'} · {outlets.join(', ')}
                    </span>
                  </summary>
                  <ul class="sl-refs">
                    {t.refs.map((r) => (
                      <RefItem key={r.id} item={r} currentId={currentId} open={open} />
                    ))}
                    {more > 0 && (
                      <li class="sl-muted sl-thread-more" data-more={more}>
                        and {more} more {more === 1 ? 'article' : 'articles'} in this thread
                      </li>
                    )}
                  </ul>
                </details>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="sl-muted sl-empty">No thread links this article to others.</p>
      )}

      {copies.length > 0 && (
        <>
          <Heading level={sub} id={verdictDetailId(currentId, 'copies')} class="sl-subtitle">
            Copies
          </Heading>
          <ul class="sl-refs" data-section="copies">
            {copies.map((c) => (
              <RefItem
                key={c.id}
                item={c}
                currentId={currentId}
                open={open}
                extra={
                  <p class="sl-muted sl-ref-why" data-copy-share={c.share}>
                    {Math.round(c.share * 100)}% of this article's text is also in it ·{' '}
                    {c.original === currentId ? 'this article came first' : 'that one came first'}
                  </p>
                }
              />
            ))}
          </ul>
        </>
      )}

      {refs.sameClaims.length > 0 && (
        <>
          <Heading level={sub} class="sl-subtitle">
            Same claims elsewhere
          </Heading>
          <ul class="sl-claims" data-section="same-claims">
            {refs.sameClaims.map((pair) => (
              <ClaimPairItem key={`${pair.a.start}-${pair.b.articleId}-${pair.b.start}`} pair={pair} other={known.get(pair.b.articleId)} currentId={currentId} open={open} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
