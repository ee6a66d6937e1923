// The in-page overlay: a small badge that opens a panel. It starts collapsed
// and remembers, per site, whether the reader left it open or dismissed it.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { deriveVerdict, type VerdictClause, verdictSentence } from '../../../src/provenance/verdict.ts';
import type { RecognizedPage } from '../../background/handlers.ts';
import { formatIsoDate } from '../../ui/format-date.ts';
import { outletLabel } from '../../ui/outlet-names.ts';
import { detailTarget, VerdictLine } from '../../ui/VerdictLine.tsx';
import { onHighlightEditRequest } from './highlight-requests.ts';
import type { BadgePlacement, BadgeSpot } from '../badge-placement.ts';

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
  /** Where the badge sits: fixed at the window's right edge, out of the text's way (badge-placement.ts). */
  placement: BadgePlacement;
  /** Lets the popup open the panel: called with a function that does so (at a verdict clause's detail, given its kind). */
  exposeOpen?: (open: (verdictKind?: string) => void) => void;
  /** Clauses other parts add to the verdict line (after the derived ones). */
  verdictExtra?: string[];
  /** Controls in the panel's header (the page's "Show statements" switch). */
  headerControls?: ComponentChildren;
}

/** Collapsed: fixed where placement says, following the view. Expanded: beside the panel, so both stay in view. */
function badgeStyle(state: OverlayState, spot: BadgeSpot): Record<string, string> {
  if (state === 'expanded') return {}; // .sl-badge-open (overlay.css) puts it beside the panel, at any window width.
  const style: Record<string, string> = { right: `${spot.right}px`, top: `${spot.top}px` };
  if (spot.mode === 'edge') style['--sl-edge-width'] = `${spot.width}px`;
  return style;
}

/** The badge's spot for the current view, looked up again (once a frame at most) as the reader scrolls or resizes. */
function useBadgeSpot(placement: BadgePlacement): BadgeSpot {
  const [spot, setSpot] = useState(() => placement.spot());
  useEffect(() => {
    let frame = 0;
    const update = (remeasure: boolean) => () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (remeasure) placement.measure();
        const next = placement.spot();
        setSpot((prev) => (prev.top === next.top && prev.mode === next.mode && prev.width === next.width ? prev : next));
      });
    };
    const onScroll = update(false);
    const onResize = update(true);
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('resize', onResize, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', onScroll);
      removeEventListener('resize', onResize);
    };
  }, [placement]);
  return spot;
}

export function Overlay({ page, initialState, onStateChange, tabs, exposeOpen, placement, verdictExtra = [], headerControls }: OverlayProps) {
  const [state, setState] = useState<OverlayState>(initialState);
  const [tab, setTab] = useState(tabs[0]?.id ?? '');
  /** The element a verdict clause asked to bring into view, once its tab is shown. */
  const [detail, setDetail] = useState<string | null>(null);
  const badge = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  /** Set when the panel opens for a highlight clicked in the page: its note field takes the focus, not the panel. */
  const editRequested = useRef(false);
  const outlet = outletLabel(page.article);
  const spot = useBadgeSpot(placement);
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
  // A reader's click on their highlight in the page: My highlights, where the tab focuses its note.
  useEffect(
    () =>
      onHighlightEditRequest(() => {
        if (tabs.some((t) => t.id === 'highlights')) setTab('highlights');
        editRequested.current = true;
        change('expanded');
      }),
    [],
  );
  // The panel takes focus when the reader opens it, never when it is restored open on load (the reader did not ask;
  // the focus stays where it was). A highlight clicked in the page is the exception: its note field takes the focus.
  const mounted = useRef(false);
  // A layout effect: the focus moves in the render's own task, never a frame later out of a field clicked meanwhile.
  useLayoutEffect(() => {
    const restored = !mounted.current;
    mounted.current = true;
    if (state === 'expanded' && !restored && !detail && !editRequested.current) panel.current?.focus();
    editRequested.current = false;
  }, [state]);
  // Bring the clause's sourced detail into view and give it focus, so the keyboard continues from there.
  // A layout effect: the focus moves in the render's own task, never a frame later out of a field clicked meanwhile.
  useLayoutEffect(() => {
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
  // WAI-ARIA tabs: arrow keys (wrapping), Home and End move between tabs and show the one reached.
  const tabButtons = useRef<(HTMLButtonElement | null)[]>([]);
  const onTabKeyDown = (event: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === tab);
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 };
    const to = moves[event.key];
    if (to === undefined || tabs.length === 0) return;
    event.preventDefault();
    const next = (to + tabs.length) % tabs.length;
    setTab(tabs[next]!.id);
    tabButtons.current[next]?.focus();
  };
  // On the whole overlay, not the panel alone: the panel takes the focus in an effect after it is drawn, and an Escape
  // pressed before that (or with the focus left on the badge) lands on the badge.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && state === 'expanded') {
      event.stopPropagation();
      close();
    }
  };

  if (state === 'dismissed') return null;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: not a control: it catches Escape bubbling from the badge and the panel
    <div class="sl-overlay" onKeyDown={onKeyDown}>
      <button
        ref={badge}
        type="button"
        class={state === 'expanded' ? 'sl-badge sl-badge-open' : spot.mode === 'edge' ? 'sl-badge sl-badge-edge' : 'sl-badge'}
        style={badgeStyle(state, spot)}
        aria-expanded={state === 'expanded' ? 'true' : 'false'}
        aria-controls="sl-panel"
        title={`Sourcelight: ${outlet}${summary ? ` — ${summary}` : ' — provenance, cross-references and statements'}`}
        onClick={() => {
          if (state === 'expanded') return close();
          change('expanded');
        }}
      >
        <span class="sl-badge-dot" aria-hidden="true" />
        <span class="sl-badge-words">
          <span class="sl-badge-name">Sourcelight</span>
          {verdict.marker && <span class="sl-badge-marker">{verdict.marker}</span>}
        </span>
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
        >
          <div class="sl-panel-header">
            <h2 id="sl-panel-title">
              <span class="sl-muted">{outlet} · Sourcelight</span>
              <br />
              {page.article.headline}
            </h2>
            {headerControls}
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
          <div class="sl-tabs" role="tablist" aria-label="Sourcelight sections" onKeyDown={onTabKeyDown}>
            {tabs.map((t, i) => (
              <button
                key={t.id}
                ref={(el) => {
                  tabButtons.current[i] = el;
                }}
                type="button"
                role="tab"
                id={`sl-tab-${t.id}`}
                class="sl-tab"
                title={t.label}
                tabIndex={t.id === tab ? 0 : -1}
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
