// Statements found in the article: who said what, the same statement in other
// outlets' copy, and the reader's corrections (speaker, kind, hide).
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ShippedStatement } from '../../../src/corpus/corpus-package.ts';
import type { StatementKind } from '../../../src/store/annotation.ts';
import type { OpenTarget } from '../../ui/open-target.ts';
import { OUTLET_NAMES } from '../../ui/outlet-names.ts';
import type { AnchoredAnnotation, PageAnnotator } from '../highlights/page-annotator.ts';
import { KIND_LABELS, shorten, speakerLabel } from './labels.ts';
import { TextField } from './TextField.tsx';
import { useAnnotator } from './use-annotator.ts';

export interface StatementsTabProps {
  annotator: PageAnnotator;
  shipped: readonly ShippedStatement[];
  corpusId: string;
  open: (target: OpenTarget) => void;
}

/** The shipped statement an annotation was seeded from: same offsets in the article text. */
export function shippedFor(shipped: readonly ShippedStatement[], item: AnchoredAnnotation): ShippedStatement | undefined {
  const { start, end } = item.record.selectors.position;
  return shipped.find((s) => s.selectors.position.start === start && s.selectors.position.end === end);
}

export function Echoes({ statement, corpusId, open }: { statement: ShippedStatement | undefined; corpusId: string; open: (t: OpenTarget) => void }) {
  if (!statement?.echoes.length) return null;
  return (
    <div>
      <p class="sl-muted">Also in other outlets' articles:</p>
      <ul>
        {statement.echoes.map((echo) => (
          <li key={`${echo.articleId}-${echo.start}`}>
            <strong>{OUTLET_NAMES[echo.outlet as keyof typeof OUTLET_NAMES] ?? echo.outlet}</strong>: “{shorten(echo.text, 140)}”{' '}
            <span class="sl-muted">({echo.how})</span>{' '}
            <button type="button" class="sl-button" onClick={() => open({ kind: 'reader', id: echo.articleId })}>
              Reader
            </button>{' '}
            <button type="button" class="sl-button" onClick={() => open({ kind: 'compare', a: corpusId, b: echo.articleId })}>
              Compare
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function StatementItem({ item, props }: { item: AnchoredAnnotation; props: StatementsTabProps }) {
  const [editing, setEditing] = useState(false);
  const correct = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Leaving the form (saved, cancelled, Escape in the speaker field) puts the focus back on "Correct", not on the page.
  // A layout effect: the focus moves in the render's own task, never a frame later out of a field clicked meanwhile.
  useLayoutEffect(() => {
    if (wasEditing.current && !editing) correct.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const info = item.record.statement!;
  const speaker = useRef(info.speaker ?? '');
  const [kind, setKind] = useState<StatementKind>(info.kind);
  const shipped = shippedFor(props.shipped, item);
  const quote = item.record.selectors.quote.exact;
  const save = async () => {
    await props.annotator.update(item.record.id, { speaker: speaker.current.trim() || null, kind });
    setEditing(false);
  };
  return (
    <li class={item.record.hidden ? 'sl-muted' : undefined}>
      <div>
        <strong>{speakerLabel(info.speaker, info.anonymous)}</strong> · {KIND_LABELS[info.kind]}
        {info.corrected && <span class="sl-muted"> · corrected by you</span>}
        {item.record.hidden && <span class="sl-muted"> · hidden</span>}
      </div>
      <p class="sl-quote">“{shorten(quote, 220)}”</p>
      {item.result.status === 'orphan' && (
        <p class="sl-caveat">Not found on this page: {item.result.reason}</p>
      )}
      <Echoes statement={shipped} corpusId={props.corpusId} open={props.open} />
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <span class="sl-field-label" aria-hidden="true">
            Speaker
          </span>
          <TextField
            label="Speaker"
            value={info.speaker ?? ''}
            autoFocus
            onValue={(value) => {
              speaker.current = value;
            }}
            onSubmit={() => void save()}
            onEscape={() => setEditing(false)}
          />{' '}
          <label>
            Kind{' '}
            <select value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as StatementKind)}>
              {(Object.keys(KIND_LABELS) as StatementKind[]).map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="submit" class="sl-button sl-primary">
            Save
          </button>{' '}
          <button type="button" class="sl-button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div>
          {item.range && (
            <button type="button" class="sl-button" onClick={() => scrollToRange(item.range!)}>
              Show on page
            </button>
          )}{' '}
          <button
            ref={correct}
            type="button"
            class="sl-button"
            onClick={() => {
              speaker.current = info.speaker ?? '';
              setEditing(true);
            }}
          >
            Correct
          </button>{' '}
          <button
            type="button"
            class="sl-button"
            onClick={() => void props.annotator.update(item.record.id, { hidden: !item.record.hidden })}
          >
            {item.record.hidden ? 'Show highlight' : 'Hide highlight'}
          </button>
        </div>
      )}
    </li>
  );
}

export function scrollToRange(range: Range): void {
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

export function StatementsTab(props: StatementsTabProps) {
  const state = useAnnotator(props.annotator);
  // This article's statements only: a page may hold several corpus articles, each with its own.
  const statements = state.annotations.filter((a) => a.record.origin === 'statement' && a.record.corpusId === props.corpusId);
  if (statements.length === 0) return <p>No quotes or reported statements were found in this article.</p>;
  const anonymous = statements.filter((s) => s.record.statement?.anonymous).length;
  return (
    <>
      <p class="sl-muted">
        {statements.length} statements, found automatically (underlined on the page); {anonymous} from unnamed sources.
        Correct a speaker or kind if the extractor got it wrong.
      </p>
      <ul class="sl-list">
        {statements.map((item) => (
          <StatementItem key={item.record.id} item={item} props={props} />
        ))}
      </ul>
    </>
  );
}
