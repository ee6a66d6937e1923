// The library's class tools: a teacher's *New class set* (title, teacher's
// name, chosen articles, the class list, the teacher's notes on the articles as
// prompts), and a student's import of a set the teacher sent.
import { useEffect, useState } from 'preact/hooks';
import type { ArticleSummary } from '../../background/handlers.ts';
import { askWorker } from '../../shared/worker-client.ts';
import { importClassSetFile } from './class-files.ts';

type Message = { kind: 'ok' | 'error'; text: string } | null;

function Feedback({ message, name }: { message: Message; name: string }) {
  if (!message) return null;
  return (
    <p class={message.kind === 'error' ? 'sl-form-error' : 'sl-form-ok'} role={message.kind === 'error' ? 'alert' : 'status'} data-class={name}>
      {message.text}
    </p>
  );
}

export function NewClassSet({ onCreated }: { onCreated: () => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [title, setTitle] = useState('');
  const [teacher, setTeacher] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [roster, setRoster] = useState('');
  const [prompts, setPrompts] = useState(true);
  const [message, setMessage] = useState<Message>(null);
  useEffect(() => {
    if (open) void askWorker('corpus/list', {}).then(setArticles, (e: Error) => setMessage({ kind: 'error', text: e.message }));
  }, [open]);
  const toggle = (id: string) =>
    setChosen((set) => {
      const next = new Set(set);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const layer = await askWorker('class-sets/create', {
        title,
        teacher,
        corpusIds: [...chosen],
        roster: roster.split(/\r?\n/),
        promptsFromNotes: prompts,
      });
      setMessage({ kind: 'ok', text: `Class set “${layer.name}” made. Export it under Layers and send the file to your class.` });
      setTitle('');
      setChosen(new Set());
      await onCreated();
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };
  return (
    <section class="sl-card sl-tool" aria-labelledby="sl-class-title">
      <h2 id="sl-class-title" class="sl-card-title">
        Classes
      </h2>
      {!open ? (
        <button type="button" class="sl-button" data-class="new" onClick={() => setOpen(true)}>
          New class set
        </button>
      ) : (
        <form onSubmit={submit} data-class="new-form">
          <label class="sl-field">
            <span>Assignment title</span>
            <input type="text" value={title} maxLength={200} required data-class="title" onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <label class="sl-field">
            <span>Teacher’s name</span>
            <input type="text" value={teacher} maxLength={120} required data-class="teacher" onInput={(e) => setTeacher((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <fieldset class="sl-choice sl-class-articles">
            <legend>Articles</legend>
            {articles.length === 0 && <p class="sl-muted">Loading the corpus…</p>}
            {articles.map((a) => (
              <label key={a.id}>
                <input type="checkbox" checked={chosen.has(a.id)} data-class-article={a.id} onChange={() => toggle(a.id)} /> {a.headline}{' '}
                <span class="sl-muted">({a.outlet})</span>
              </label>
            ))}
          </fieldset>
          <label class="sl-field">
            <span>Class list (one name a line, optional: shows who has not handed in)</span>
            <textarea rows={4} value={roster} data-class="roster" onInput={(e) => setRoster((e.currentTarget as HTMLTextAreaElement).value)} />
          </label>
          <label class="sl-check">
            <input type="checkbox" checked={prompts} data-class="prompts" onChange={() => setPrompts((p) => !p)} /> Use my notes on these articles as prompts
          </label>
          <p class="sl-muted sl-small-print">A prompt is a question on a passage: highlight the passage, write the question as its note, then make the set.</p>
          <button type="submit" class="sl-button sl-primary" data-class="create">
            Make the class set
          </button>
        </form>
      )}
      <Feedback message={message} name="new-message" />
      <ImportClassSet onImported={onCreated} />
    </section>
  );
}

function ImportClassSet({ onImported }: { onImported: () => Promise<void> }) {
  const [message, setMessage] = useState<Message>(null);
  const choose = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const { layer, outcome } = await importClassSetFile(file);
      const set = layer.classSet!;
      const prompts = outcome.added + outcome.updated + outcome.unchanged;
      setMessage({
        kind: 'ok',
        text: `Class set “${set.title}” from ${set.teacher}: ${set.articles.length} ${set.articles.length === 1 ? 'article' : 'articles'}, ${prompts} ${prompts === 1 ? 'prompt' : 'prompts'}. It shows as the teacher’s layer.`,
      });
      await onImported();
    } catch (error) {
      setMessage({ kind: 'error', text: `${file.name}: ${(error as Error).message}` });
    } finally {
      input.value = '';
    }
  };
  return (
    <>
      <label class="sl-field">
        <span>Import a class set from your teacher</span>
        <input type="file" accept=".jsonld,.json,application/ld+json,application/json" data-class="import-set" onChange={(e) => void choose(e)} />
      </label>
      <Feedback message={message} name="import-set-message" />
    </>
  );
}
