// The library's layers: each shown or hidden on the page with one click,
// renamed, deleted with undo; a class set exported (teacher) or handed in
// (student); hand-ins imported many at once (teacher), each all or nothing.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Layer } from '../../../src/store/annotation.ts';
import { OWN_LAYER_ID } from '../../../src/store/annotation.ts';
import { layerBadge } from '../../../src/store/layer-label.ts';
import { UNDO_WINDOW_MS } from '../../../src/store/undo-window.ts';
import { askWorker } from '../../shared/worker-client.ts';
import { buildClassSetFile, buildHandInFile, importHandInFile, JSONLD } from './class-files.ts';
import { download } from './download.ts';

type Message = { kind: 'ok' | 'error'; text: string } | null;

function Feedback({ message, name }: { message: Message; name: string }) {
  if (!message) return null;
  return (
    <p class={message.kind === 'error' ? 'sl-form-error' : 'sl-form-ok'} role={message.kind === 'error' ? 'alert' : 'status'} data-layer-message={name}>
      {message.text}
    </p>
  );
}

export function LayersPanel({ layers, onChanged }: { layers: Layer[]; onChanged: () => Promise<void> }) {
  const [deleted, setDeleted] = useState<Layer | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const deletedRef = useRef<Layer | null>(null);
  deletedRef.current = deleted;
  const purge = useCallback((layer: Layer | null) => {
    if (layer) void askWorker('layers/purge', { id: layer.id }).catch(() => undefined);
  }, []);
  const endUndo = useCallback(() => {
    purge(deletedRef.current);
    setDeleted(null);
  }, [purge]);
  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(endUndo, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [deleted, endUndo]);
  useEffect(() => {
    const onHide = () => purge(deletedRef.current);
    addEventListener('pagehide', onHide);
    return () => removeEventListener('pagehide', onHide);
  }, [purge]);

  const act = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      setMessage(done ? { kind: 'ok', text: done } : null);
      await onChanged();
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };
  const remove = (layer: Layer) =>
    act(async () => {
      await askWorker('layers/delete', { id: layer.id });
      purge(deletedRef.current);
      setDeleted(layer);
    });
  const undo = () =>
    act(async () => {
      const layer = deletedRef.current;
      if (!layer) return;
      await askWorker('layers/restore', { id: layer.id });
      setDeleted(null);
    }, 'Layer restored.');

  return (
    <section class="sl-card sl-tool" aria-labelledby="sl-layers-title">
      <h2 id="sl-layers-title" class="sl-card-title">
        Layers
      </h2>
      <ul class="sl-layer-list">
        {layers.map((layer) => (
          <LayerItem key={layer.id} layer={layer} act={act} remove={remove} />
        ))}
      </ul>
      {deleted && (
        <p class="sl-form-ok" role="status" data-layer-undo>
          Layer “{deleted.name}” deleted.{' '}
          <button type="button" class="sl-button sl-small sl-primary" data-action="undo-layer" onClick={() => void undo()}>
            Undo
          </button>
        </p>
      )}
      <Feedback message={message} name="panel" />
    </section>
  );
}

function LayerItem({ layer, act, remove }: { layer: Layer; act: (work: () => Promise<unknown>, done?: string) => Promise<void>; remove: (l: Layer) => Promise<void> }) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(layer.name);
  const own = layer.id === OWN_LAYER_ID;
  return (
    <li class="sl-layer" data-layer-id={layer.id} data-layer-name={layer.name}>
      {renaming ? (
        <form
          class="sl-layer-rename"
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => askWorker('layers/rename', { id: layer.id, name }), 'Layer renamed.').then(() => setRenaming(false));
          }}
        >
          <label class="sl-field">
            <span>New name</span>
            <input type="text" value={name} maxLength={120} required data-layer="name" onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <button type="submit" class="sl-button sl-small sl-primary" data-layer="save-name">
            Save
          </button>{' '}
          <button type="button" class="sl-button sl-small" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <p class="sl-layer-name">
          <strong>{layer.name}</strong> <span class="sl-muted">({layerBadge(layer)})</span>
        </p>
      )}
      {!own && (
        <label class="sl-check">
          <input
            type="checkbox"
            checked={!layer.hidden}
            data-layer="shown"
            onChange={() => void act(() => askWorker('layers/set-hidden', { id: layer.id, hidden: !layer.hidden }))}
          />{' '}
          Shown on the page
        </label>
      )}
      {!own && !renaming && (
        <div class="sl-layer-actions">
          <button type="button" class="sl-button sl-small" data-layer="rename" onClick={() => setRenaming(true)}>
            Rename<span class="sl-visually-hidden"> {layer.name}</span>
          </button>
          <button type="button" class="sl-button sl-small" data-layer="delete" onClick={() => void remove(layer)}>
            Delete<span class="sl-visually-hidden"> {layer.name} and its highlights</span>
          </button>
        </div>
      )}
      {layer.classSet?.role === 'teacher' && <TeacherSetTools layer={layer} act={act} />}
      {layer.classSet?.role === 'student' && <HandIn layer={layer} />}
    </li>
  );
}

function HandIn({ layer }: { layer: Layer }) {
  const [student, setStudent] = useState('');
  const [message, setMessage] = useState<Message>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const file = await buildHandInFile(layer, student);
      download(file.fileName, JSONLD, file.text);
      setMessage({ kind: 'ok', text: `Handed in ${file.count} ${file.count === 1 ? 'highlight' : 'highlights'} as ${file.fileName}: send this file to ${layer.classSet!.teacher}.` });
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };
  return (
    <form class="sl-hand-in" onSubmit={submit}>
      <label class="sl-field">
        <span>Your name</span>
        <input type="text" value={student} maxLength={120} required data-hand-in="name" onInput={(e) => setStudent((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <button type="submit" class="sl-button sl-primary sl-small" data-hand-in="submit">
        Hand in
      </button>
      <p class="sl-muted sl-small-print">Only your own highlights and notes on this set’s articles go in the file.</p>
      <Feedback message={message} name="hand-in" />
    </form>
  );
}

interface FileOutcome {
  file: File;
  kind: 'ok' | 'error' | 'ask';
  text: string;
}

function TeacherSetTools({ layer, act }: { layer: Layer; act: (work: () => Promise<unknown>, done?: string) => Promise<void> }) {
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [progress, setProgress] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const exportSet = async () => {
    try {
      const file = await buildClassSetFile(layer);
      download(file.fileName, JSONLD, file.text);
      setMessage({ kind: 'ok', text: `Exported the set with ${file.prompts} ${file.prompts === 1 ? 'prompt' : 'prompts'} to ${file.fileName}.` });
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };
  const importOne = async (file: File, keepBoth: boolean): Promise<FileOutcome> => {
    try {
      const result = await importHandInFile(file, keepBoth);
      if (result.kind === 'same-name') {
        return { file, kind: 'ask', text: `${file.name}: a hand-in from ${result.student} is in this set already. Is this another student with the same name, or the same student again?` };
      }
      const { outcome } = result;
      const kept = outcome.unchanged + outcome.keptNewer;
      return {
        file,
        kind: 'ok',
        text: `${file.name}: ${result.layer.handIn!.student}, ${outcome.added} ${outcome.added === 1 ? 'highlight' : 'highlights'} added${kept ? ` (${kept} already in the library)` : ''}.`,
      };
    } catch (error) {
      return { file, kind: 'error', text: `${file.name}: ${(error as Error).message}` };
    }
  };
  const importMany = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    const results: FileOutcome[] = [];
    for (const [i, file] of files.entries()) {
      setProgress(`Importing ${i + 1} of ${files.length}: ${file.name}…`);
      results.push(await importOne(file, false));
      setOutcomes([...results]);
    }
    setProgress(null);
    await act(async () => undefined);
  };
  const answer = async (outcome: FileOutcome, keepBoth: boolean) => {
    const next = keepBoth ? await importOne(outcome.file, true) : { ...outcome, kind: 'ok' as const, text: `${outcome.file.name}: skipped.` };
    setOutcomes((list) => list.map((o) => (o === outcome ? next : o)));
    await act(async () => undefined);
  };
  return (
    <div class="sl-set-tools">
      <div class="sl-layer-actions">
        <button type="button" class="sl-button sl-small" data-set="export" onClick={() => void exportSet()}>
          Export the set
        </button>
        <a class="sl-link" href={`../class-view/index.html?set=${encodeURIComponent(layer.id)}`} target="_blank" rel="noreferrer" data-set="class-view">
          Class view
        </a>
      </div>
      <label class="sl-field">
        <span>Import hand-ins (choose many files at once)</span>
        <input type="file" multiple accept=".jsonld,.json,application/ld+json,application/json" data-set="hand-ins" onChange={(e) => void importMany(e)} />
      </label>
      {progress && (
        <p class="sl-muted" role="status" data-set="progress">
          {progress}
        </p>
      )}
      {outcomes.length > 0 && (
        <ul class="sl-hand-in-results" data-set="results">
          {outcomes.map((o) => (
            <li key={o.file.name + o.text} class={o.kind === 'error' ? 'sl-form-error' : 'sl-form-ok'} data-hand-in-result={o.kind}>
              {o.text}
              {o.kind === 'ask' && (
                <span class="sl-layer-actions">
                  <button type="button" class="sl-button sl-small" data-ask="keep-both" onClick={() => void answer(o, true)}>
                    Another student: import it
                  </button>
                  <button type="button" class="sl-button sl-small" data-ask="skip" onClick={() => void answer(o, false)}>
                    Same student: skip it
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <Feedback message={message} name="set" />
    </div>
  );
}
