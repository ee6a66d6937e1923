// The library's side panels: export for classes, import of a file (a teacher's
// set as its own layer, or into the reader's own highlights), own categories.
import { useState } from 'preact/hooks';
import type { Category } from '../../../src/store/annotation.ts';
import type { ExportChoice } from '../../../src/store/export-selection.ts';
import { askWorker } from '../../shared/worker-client.ts';
import { download } from './download.ts';
import { CategorySwatch } from './LibraryEntry.tsx';
import { buildExport, describeImport, type ExportFormat, importFile, type Progress } from './transfer.ts';

type Message = { kind: 'ok' | 'error'; text: string } | null;

function Feedback({ message }: { message: Message }) {
  if (!message) return null;
  return message.kind === 'error' ? (
    <p class="sl-form-error" role="alert">
      {message.text}
    </p>
  ) : (
    <p class="sl-form-ok" role="status">
      {message.text}
    </p>
  );
}

const FORMATS = [
  { format: 'jsonld', label: 'JSON-LD', hint: 'W3C Web Annotation: re-import, other tools' },
  { format: 'csv', label: 'CSV', hint: 'spreadsheets' },
  { format: 'markdown', label: 'Markdown', hint: 'handouts, notes for class' },
  { format: 'hypothesis', label: 'Hypothesis JSON', hint: 'import into Hypothesis' },
] as const;

/** Said after an export of my highlights only: the statements the reader changed are not in the file (a backup would lose them). */
export function leftOutNote(changedStatements: number): string {
  if (changedStatements === 0) return '';
  const which = changedStatements === 1 ? '1 statement you corrected or hid is' : `${changedStatements.toLocaleString('en-US')} statements you corrected or hid are`;
  return ` ${which} not in it: for a backup, choose Kind: Both and export again.`;
}

/** Exports what the list shows: the library's layer, kind, tag and search choices. */
export function ExportPanel({ choice, shown }: { choice: ExportChoice; shown: string }) {
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const run = async (format: ExportFormat) => {
    setBusy(true);
    setMessage({ kind: 'ok', text: 'Exporting…' });
    try {
      const file = await buildExport(format, choice, (p) => {
        if (p.phase === 'loading') setMessage({ kind: 'ok', text: `Exporting… ${p.done.toLocaleString('en-US')} highlights read` });
      });
      download(file.fileName, file.mimeType, file.text);
      setMessage({ kind: 'ok', text: `Exported ${file.count} ${file.count === 1 ? 'highlight' : 'highlights'} to ${file.fileName}.${leftOutNote(file.changedStatementsLeftOut)}` });
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="sl-card sl-tool" aria-labelledby="sl-export-title">
      <h2 id="sl-export-title" class="sl-card-title">
        Export
      </h2>
      <p class="sl-muted" data-export="shown">
        Exports what the list shows (and highlights hidden from the page): {shown}. Choose a layer, kind, tag or search beside the
        list to change it.
      </p>
      <ul class="sl-export-buttons">
        {FORMATS.map((f) => (
          <li key={f.format}>
            <button type="button" class="sl-button" data-export={f.format} disabled={busy} onClick={() => void run(f.format)}>
              {f.label}
            </button>{' '}
            <span class="sl-muted">{f.hint}</span>
          </li>
        ))}
      </ul>
      <Feedback message={message} />
    </section>
  );
}

const withoutExtension = (name: string) => name.replace(/\.[^.]+$/, '');

const PHASES: Record<Progress['phase'], string> = {
  reading: 'Reading the file…',
  checking: 'Checking',
  sending: 'Sending',
  saving: 'Saving everything at once…',
  loading: 'Loading',
  writing: 'Writing the file…',
};

function progressText(p: Progress): string {
  if (p.phase === 'checking' || p.phase === 'sending') {
    return `${PHASES[p.phase]} ${p.done.toLocaleString('en-US')} of ${p.total.toLocaleString('en-US')} highlights…`;
  }
  return PHASES[p.phase];
}

export function ImportPanel({ onImported }: { onImported: () => Promise<void> }) {
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'layer' | 'own'>('layer');
  const [layerName, setLayerName] = useState('');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!file) {
      setMessage({ kind: 'error', text: 'Choose a file to import first.' });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const name = layerName.trim() || withoutExtension(file.name);
      const result = await importFile(file, { layerName: mode === 'layer' ? name : null }, setProgress);
      const where = mode === 'layer' ? `the layer “${name}”` : 'your own highlights';
      setMessage({ kind: 'ok', text: describeImport(result, where) });
      await onImported();
    } catch (error) {
      // The message says what is wrong with the file or what was interrupted; nothing was imported.
      setMessage({ kind: 'error', text: (error as Error).message });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
  return (
    <section class="sl-card sl-tool" aria-labelledby="sl-import-title">
      <h2 id="sl-import-title" class="sl-card-title">
        Import
      </h2>
      <form onSubmit={submit}>
        <label class="sl-field">
          <span>Annotation file (W3C JSON-LD, or a Hypothesis export)</span>
          <input
            type="file"
            accept=".jsonld,.json,application/ld+json,application/json"
            data-import="file"
            onChange={(e) => {
              const chosen = (e.currentTarget as HTMLInputElement).files?.[0] ?? null;
              setFile(chosen);
              setMessage(null);
              if (chosen) setLayerName(withoutExtension(chosen.name));
            }}
          />
        </label>
        <fieldset class="sl-choice">
          <legend>Import into</legend>
          <label>
            <input type="radio" name="sl-import-mode" checked={mode === 'layer'} onChange={() => setMode('layer')} data-import="layer" /> a separate layer (a teacher's or a
            classmate's set)
          </label>
          <label>
            <input type="radio" name="sl-import-mode" checked={mode === 'own'} onChange={() => setMode('own')} data-import="own" /> my own highlights
          </label>
        </fieldset>
        {mode === 'layer' && (
          <label class="sl-field">
            <span>Layer name</span>
            <input type="text" value={layerName} maxLength={120} data-import="layer-name" onInput={(e) => setLayerName((e.currentTarget as HTMLInputElement).value)} />
          </label>
        )}
        <button type="submit" class="sl-button sl-primary" disabled={busy} data-import="submit">
          {busy ? 'Importing…' : 'Import'}
        </button>
        <p class="sl-muted sl-small-print">A file is imported whole or not at all: if anything in it is wrong, nothing changes.</p>
      </form>
      {progress && (
        <div class="sl-import-progress" data-import="progress">
          <progress max={progress.total || undefined} value={progress.total ? progress.done : undefined} aria-label="Import progress" />
          <p class="sl-muted" role="status" data-import="progress-text">
            {progressText(progress)}
          </p>
        </div>
      )}
      <Feedback message={message} />
    </section>
  );
}

export function CategoryPanel({ categories, onCreated }: { categories: Category[]; onCreated: (c: Category) => void }) {
  const [label, setLabel] = useState('');
  const [color, setColor] = useState('#c2255c');
  const [message, setMessage] = useState<Message>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const created = await askWorker('categories/create', { label: label.trim(), color });
      onCreated(created);
      setLabel('');
      setMessage({ kind: 'ok', text: `Category “${created.label}” added.` });
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };
  return (
    <section class="sl-card sl-tool" aria-labelledby="sl-categories-title">
      <h2 id="sl-categories-title" class="sl-card-title">
        Categories
      </h2>
      <ul class="sl-category-list">
        {categories.map((c) => (
          <li key={c.id}>
            <CategorySwatch category={c} /> {c.label}
            {c.builtin && <span class="sl-muted"> (built in)</span>}
          </li>
        ))}
      </ul>
      <form class="sl-category-form" onSubmit={submit}>
        <label class="sl-field">
          <span>New category</span>
          <input type="text" value={label} maxLength={60} required onInput={(e) => setLabel((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="sl-field sl-field-color">
          <span>Colour</span>
          <input type="color" value={color} onInput={(e) => setColor((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="sl-button">
          Add
        </button>
      </form>
      <Feedback message={message} />
    </section>
  );
}
