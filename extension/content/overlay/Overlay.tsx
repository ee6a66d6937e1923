// The in-page overlay: a small badge that opens a panel. It starts collapsed
// and remembers, per site, whether the reader left it open or dismissed it.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { deriveVerdict, type VerdictClause, verdictSentence } from '../../../src/provenance/verdict.ts';
import type { RecognizedPage } from '../../background/handlers.ts';
import { formatIsoDate } from '../../ui/format-date.ts';
import { outletLabel } from '../../ui/outlet-names.ts';
import { detailTarget, VerdictLine } from '../../ui/VerdictLine.tsx';
import type { BadgePlacement } from '../badge-placement.ts';

export type OverlayState = 'collapsed' | 'expanded' | 'dismissed';

export interface PanelTab {
  id: string;
  label: string;
  render: () => ComponentChildren;
}

export interface OverlayProps {
  page: RecognizedPage;
  initialState: OverlayState;
  onStateChange: (state: OverlayState) => void;
  tabs: PanelTab[];
  /** Where the badge sits: in the page's margin beside the article, never over its text. */
  placement: BadgePlacement;
  /** Lets the popup open the panel: called with a function that does so (at a verdict clause's detail, given its kind). */
  exposeOpen?: (open: (verdictKind?: string) => void) => void;
  /** Clauses other parts add to the verdict line (after the derived ones). */
  verdictExtra?: string[];
}

/** Collapsed: where placement says. Expanded: beside the panel, so both stay in view. */
function badgeStyle(state: OverlayState, placement: BadgePlacement): Record<string, string> {
  if (state === 'expanded') return { position: 'fixed', right: 'calc(min(420px, 100vw - 24px) + 24px)', top: '12px' };
  if (placement.position === 'fixed') return { right: `${placement.right}px`, top: `${placement.top}px` };
  return { position: 'absolute', left: `${placement.left}px`, top: `${placement.top}px`, right: 'auto' };
}

export function Overlay({ page, initialState, onStateChange, tabs, exposeOpen, placement, verdictExtra = [] }: OverlayProps) {
  const [state, setState] = useState<OverlayState>(initialState);
  const [tab, setTab] = useState(tabs[0]?.id ?? '');
  /** The element a verdict clause asked to bring into view, once its tab is shown. */
  const [detail, setDetail] = useState<string | null>(null);
  const badge = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const outlet = outletLabel(page.article);
  const verdict = useMemo(() => deriveVerdict(page.extras, { formatDate: formatIsoDate }), [page]);
  const summary = verdictSentence(verdict, verdictExtra);

  const change = (next: OverlayState) => {
    setState(next);
    onStateChange(next);
  };

  const openDetail = (clause: VerdictClause) => {
    const target = detailTarget(clause, page.article);
    if (tabs.some((t) => t.id === target.tab)) setTab(target.tab);
    setDetail(target.elementId);
  };

  useEffect(
    () =>
      exposeOpen?.((verdictKind) => {
        change('expanded');
        const clause = verdict.clauses.find((c) => c.kind === verdictKind);
        if (clause) openDetail(clause);
      }),
    [],
  );
  useEffect(() => {
    if (state === 'expanded' && !detail) panel.current?.focus();
  }, [state]);
  // Bring the clause's sourced detail into view and give it focus, so the keyboard continues from there.
  useEffect(() => {
    if (!detail || state !== 'expanded') return;
    const target = panel.current?.querySelector<HTMLElement>(`[id="${detail}"]`);
    setDetail(null);
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [detail, tab, state]);

  const close = () => {
    change('collapsed');
    queueMicrotask(() => badge.current?.focus());
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    }
  };

  if (state === 'dismissed') return null;
  return (
    <div class="sl-overlay">
      <button
        ref={badge}
        type="button"
        class="sl-badge"
        style={badgeStyle(state, placement)}
        aria-expanded={state === 'expanded' ? 'true' : 'false'}
        aria-controls="sl-panel"
        title={`Sourcelight: ${outlet}${summary ? ` — ${summary}` : ' — provenance, cross-references and statements'}`}
        onClick={() => (state === 'expanded' ? close() : change('expanded'))}
      >
        <span class="sl-badge-dot" aria-hidden="true" />
        <span>Sourcelight</span>
        {verdict.marker && <span class="sl-badge-marker">{verdict.marker}</span>}
        <span class="sl-visually-hidden">: {outlet} article, provenance panel</span>
      </button>
      {state === 'expanded' && (
        <section
          ref={panel}
          id="sl-panel"
          class="sl-panel"
          role="dialog"
          aria-modal="false"
          aria-labelledby="sl-panel-title"
          tabIndex={-1}
          onKeyDown={onKeyDown}
        >
          <div class="sl-panel-header">
            <h2 id="sl-panel-title">
              <span class="sl-muted">{outlet} · Sourcelight</span>
              <br />
              {page.article.headline}
            </h2>
            <button type="button" class="sl-button" onClick={close}>
              Close
            </button>
            <button
              type="button"
              class="sl-button"
              title="Hide Sourcelight on this site; the toolbar button brings it back"
              onClick={() => change('dismissed')}
            >
              Dismiss
            </button>
          </div>
          <VerdictLine verdict={verdict} extra={verdictExtra} onOpen={openDetail} />
          <div class="sl-tabs" role="tablist" aria-label="Sourcelight sections">
            {tabs.map((t) => (
              <button
                key={t.id}
                type="button"
                role="tab"
                id={`sl-tab-${t.id}`}
                class="sl-tab"
                aria-selected={t.id === tab ? 'true' : 'false'}
                aria-controls={`sl-tabpanel-${t.id}`}
                onClick={() => setTab(t.id)}
              >
                {t.label}
              </button>
            ))}
          </div>
          {tabs
            .filter((t) => t.id === tab)
            .map((t) => (
              <div
                key={t.id}
                class="sl-panel-body"
                role="tabpanel"
                id={`sl-tabpanel-${t.id}`}
                aria-labelledby={`sl-tab-${t.id}`}
              >
                {t.render()}
              </div>
            ))}
        </section>
      )}
    </div>
  );
}
