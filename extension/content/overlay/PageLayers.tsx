// The panel's Layers: every layer with highlights on this page (an imported
// set, a student's hand-in, the teacher's set) shown or hidden with one click,
// renamed, deleted with Undo, with the same worker messages as the library's
// Layers. The teacher's set as a student imported it is read-only: it can
// only be shown or hidden. The reader's own highlights always show.
import { useRef, useState } from 'preact/hooks';
import { type Layer, OWN_LAYER_ID } from '../../../src/store/annotation.ts';
import { layerBadge } from '../../../src/store/layer-label.ts';
import type { PageAnnotator } from '../highlights/page-annotator.ts';
import { offerLayerUndo } from './layer-undo.ts';
import { TextField, type TextFieldHandle } from './TextField.tsx';
import type { ToastMessage } from './Toast.tsx';

export interface PageLayersProps {
  annotator: PageAnnotator;
  layers: readonly Layer[];
  counts: Readonly<Record<string, number>>;
  toast: (message: ToastMessage) => void;
}

const plural = (n: number) => `${n} ${n === 1 ? 'highlight' : 'highlights'}`;

export function PageLayers(props: PageLayersProps) {
  const here = props.layers.filter((l) => l.id !== OWN_LAYER_ID && (props.counts[l.id] ?? 0) > 0);
  if (here.length === 0) return null;
  return (
    <section class="sl-page-layers" aria-labelledby="sl-page-layers-title">
      <h3 id="sl-page-layers-title">Layers on this page</h3>
      <ul class="sl-layer-rows">
        {here.map((layer) => (
          <LayerRow key={layer.id} layer={layer} count={props.counts[layer.id] ?? 0} props={props} />
        ))}
      </ul>
    </section>
  );
}

function LayerRow({ layer, count, props }: { layer: Layer; count: number; props: PageLayersProps }) {
  const [renaming, setRenaming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const readOnly = layer.classSet?.role === 'student';
  const act = async (work: () => Promise<void>): Promise<boolean> => {
    try {
      await work();
      setError(null);
      return true;
    } catch (err) {
      setError((err as Error).message);
      return false;
    }
  };
  const remove = () =>
    act(async () => {
      await props.annotator.deleteLayer(layer.id);
      const undo = offerLayerUndo(props.annotator, layer.id);
      props.toast({
        text: `Layer “${layer.name}” and its highlights deleted.`,
        action: { label: 'Undo', run: () => void undo.restore().catch(() => undefined) },
        onExpire: undo.expire,
      });
    });
  return (
    <li class="sl-layer-row" data-page-layer={layer.id} data-layer-name={layer.name} data-layer-hidden={layer.hidden ? '' : undefined}>
      <label class="sl-layer-shown">
        <input
          type="checkbox"
          checked={!layer.hidden}
          data-layer="shown"
          onChange={() => void act(() => props.annotator.setLayerHidden(layer.id, !layer.hidden))}
        />{' '}
        <strong>{layer.name}</strong>
      </label>{' '}
      <span class="sl-muted">
        ({layerBadge(layer)}; {plural(count)} here{layer.hidden ? ', hidden' : ''})
      </span>
      {renaming ? (
        <RenameField layer={layer} annotator={props.annotator} act={act} close={() => setRenaming(false)} />
      ) : (
        !readOnly && (
          <div class="sl-layer-row-actions">
            <button type="button" class="sl-button" data-layer="rename" onClick={() => setRenaming(true)}>
              Rename<span class="sl-visually-hidden"> {layer.name}</span>
            </button>{' '}
            <button type="button" class="sl-button" data-layer="delete" onClick={() => void remove()}>
              Delete<span class="sl-visually-hidden"> {layer.name} and its highlights</span>
            </button>
          </div>
        )
      )}
      {error && (
        <p class="sl-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

function RenameField({
  layer,
  annotator,
  act,
  close,
}: {
  layer: Layer;
  annotator: PageAnnotator;
  act: (work: () => Promise<void>) => Promise<boolean>;
  close: () => void;
}) {
  const field = useRef<TextFieldHandle | null>(null);
  const typed = useRef(layer.name);
  const save = async () => {
    // A click can arrive before the frame's last keys: ask the frame for its value first.
    const name = ((await field.current?.read()) ?? typed.current).trim();
    if (name === layer.name) return close();
    if (await act(() => annotator.renameLayer(layer.id, name))) close();
  };
  return (
    <div class="sl-layer-rename">
      <TextField
        label="New name for the layer"
        value={layer.name}
        autoFocus
        handle={(h) => {
          field.current = h;
        }}
        onValue={(value) => {
          typed.current = value;
        }}
        onSubmit={() => void save()}
        onEscape={close}
      />
      <button type="button" class="sl-button" data-layer="save-name" onClick={() => void save()}>
        Save name
      </button>{' '}
      <button type="button" class="sl-button" data-layer="cancel-name" onClick={close}>
        Cancel
      </button>
    </div>
  );
}
