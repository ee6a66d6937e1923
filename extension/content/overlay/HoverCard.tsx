// Shows, beside the pointer, what a highlight under it is: for a statement its
// speaker, kind and the same statement in other outlets; for the reader's own
// highlight its category and note; a click on the reader's own highlight opens
// it in the panel for editing. Keyboard users get the same in the panel.
import { useEffect, useState } from 'preact/hooks';
import type { ShippedStatement } from '../../../src/corpus/corpus-package.ts';
import { OUTLET_NAMES } from '../../ui/outlet-names.ts';
import type { AnchoredAnnotation, PageAnnotator } from '../highlights/page-annotator.ts';
import { isSourcelightHost } from '../host-element.ts';
import { requestHighlightEdit } from './highlight-requests.ts';
import { KIND_LABELS, shorten, speakerLabel } from './labels.ts';
import { shippedFor } from './StatementsTab.tsx';
import { useAnnotator } from './use-annotator.ts';

export function HoverCard({ annotator, shipped }: { annotator: PageAnnotator; shipped: readonly ShippedStatement[] }) {
  const { categories } = useAnnotator(annotator);
  const [hover, setHover] = useState<{ item: AnchoredAnnotation; x: number; y: number } | null>(null);

  useEffect(() => {
    let frame = 0;
    const onMove = (event: MouseEvent) => {
      // Only the reader's own pointer: a page's synthetic events show nothing.
      if (!event.isTrusted || frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const item = annotator.annotationAt(event.clientX, event.clientY);
        setHover(item ? { item, x: event.clientX, y: event.clientY } : null);
      });
    };
    // A click on one of the reader's own highlights opens it in the panel for editing. Only the reader's
    // own click (a page-dispatched one is ignored), not the end of a drag that selected text, and not a click
    // on Sourcelight's own UI lying over a highlight (the selection toolbar's buttons, the panel).
    const onClick = (event: MouseEvent) => {
      if (!event.isTrusted || event.button !== 0 || event.defaultPrevented) return;
      if (event.target instanceof Element && isSourcelightHost(event.target)) return;
      if (getSelection()?.isCollapsed === false) return;
      const item = annotator.annotationAt(event.clientX, event.clientY);
      if (item?.record.origin === 'reader') requestHighlightEdit(item.record.id);
    };
    document.addEventListener('mousemove', onMove, { passive: true });
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('mousemove', onMove);
      document.removeEventListener('click', onClick);
    };
  }, [annotator]);

  if (!hover) return null;
  const { record } = hover.item;
  const left = Math.min(hover.x + 14, window.innerWidth - 350);
  const top = hover.y + 18 > window.innerHeight - 140 ? hover.y - 130 : hover.y + 18;
  const style = { left: `${Math.max(8, left)}px`, top: `${Math.max(8, top)}px` };
  if (record.origin === 'statement' && record.statement) {
    const echoes = shippedFor(shipped, hover.item)?.echoes ?? [];
    return (
      <div class="sl-tooltip" style={style} role="tooltip">
        <strong>{speakerLabel(record.statement.speaker, record.statement.anonymous)}</strong> ·{' '}
        {KIND_LABELS[record.statement.kind]}
        {echoes.length > 0 && (
          <div class="sl-muted">
            Also in:{' '}
            {echoes
              .map((e) => `${OUTLET_NAMES[e.outlet as keyof typeof OUTLET_NAMES] ?? e.outlet} (“${shorten(e.text, 50)}”)`)
              .join('; ')}
          </div>
        )}
      </div>
    );
  }
  const category = categories.find((c) => c.id === record.categoryId);
  return (
    <div class="sl-tooltip" style={style} role="tooltip">
      <span class="sl-swatch" style={{ background: category?.color ?? '#999' }} aria-hidden="true" />
      <strong>{category?.label ?? record.categoryId}</strong>
      {record.note && <div>{shorten(record.note, 200)}</div>}
    </div>
  );
}
