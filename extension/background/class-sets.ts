// The worker's side of classes: layers shown, hidden, renamed, deleted with
// undo; a teacher's class set made from chosen articles (and the teacher's own
// notes on them as prompts); a set imported by a student as the teacher's
// layer; a student's hand-in imported by the teacher into its own layer. Each
// import is checked whole first, then written in ONE transaction.
import { OWN_LAYER_ID, type Layer } from '../../src/store/annotation.ts';
import type { AnnotationStore, ImportOutcome } from '../../src/store/annotation-store.ts';
import { type ClassSetArticle, classSetLayer, makeClassSet, parseClassSet } from '../../src/store/class-set.ts';
import { ImportError } from '../../src/store/errors.ts';
import { handInLayer, handInLayers, parseHandIn, refuseHandIn, sameStudent } from '../../src/store/hand-in.ts';
import { duplicateKey } from '../../src/store/import.ts';
import { UNDO_WINDOW_MS } from '../../src/store/undo-window.ts';
import type { ArticleSummary } from './corpus-service.ts';

export interface ClassSetDeps {
  store: () => Promise<AnnotationStore>;
  articles: () => Promise<ArticleSummary[]>;
  now: () => Date;
}

export type HandInResult =
  | { kind: 'imported'; layer: Layer; outcome: ImportOutcome }
  /** A hand-in from a student with this name is in the set already: the teacher is asked (keep both or skip). */
  | { kind: 'same-name'; student: string; setTitle: string };

/** Refuses a change to a highlight of a teacher's set a student imported: it is read-only. */
export async function assertEditable(store: AnnotationStore, id: string): Promise<void> {
  const record = await store.get(id);
  if (!record) return; // the store's own error says the highlight does not exist
  const layer = (await store.listLayers()).find((l) => l.id === record.layerId);
  if (layer?.classSet?.role === 'student') {
    throw new Error(`This highlight is part of ${layer.classSet.teacher}’s set “${layer.name}”, which is read-only. You can hide the set in the library.`);
  }
}

export function classSetHandlers(deps: ClassSetDeps) {
  const layerById = async (store: AnnotationStore, id: string): Promise<Layer> => {
    const layer = (await store.listLayers()).find((l) => l.id === id);
    if (!layer) throw new Error('That layer does not exist.');
    return layer;
  };
  return {
    async 'layers/set-hidden'(payload: { id: string; hidden: boolean }): Promise<Layer> {
      return (await deps.store()).setLayerHidden(payload.id, payload.hidden);
    },
    async 'layers/rename'(payload: { id: string; name: string }): Promise<Layer> {
      return (await deps.store()).renameLayer(payload.id, payload.name);
    },
    async 'layers/delete'(payload: { id: string }): Promise<Layer> {
      return (await deps.store()).softDeleteLayer(payload.id, new Date(deps.now().getTime() - UNDO_WINDOW_MS));
    },
    async 'layers/restore'(payload: { id: string }): Promise<Layer> {
      return (await deps.store()).restoreLayer(payload.id);
    },
    async 'layers/purge'(payload: { id: string }): Promise<{ purged: boolean }> {
      // Only a layer still awaiting its purge (checked as it is deleted): an undone delete leaves the layer alone.
      return { purged: await (await deps.store()).purgeDeletedLayer(payload.id) };
    },

    async 'class-sets/create'(payload: { title: string; teacher: string; corpusIds: string[]; roster: string[]; promptsFromNotes: boolean }): Promise<Layer> {
      const known = new Map((await deps.articles()).map((a) => [a.id, a]));
      const articles: ClassSetArticle[] = payload.corpusIds.map((id) => {
        const a = known.get(id);
        if (!a) throw new ImportError(`No corpus article has the id "${id}".`);
        return { corpusId: a.id, title: a.headline, url: a.addresses[0] ?? '' };
      });
      const now = deps.now();
      const set = makeClassSet({ title: payload.title, teacher: payload.teacher, articles, roster: payload.roster }, now);
      const layer = classSetLayer(set, 'teacher', now);
      const store = await deps.store();
      // The teacher's own notes on the chosen articles become the set's prompts (copies, so editing one later changes neither).
      const ids = new Set(payload.corpusIds);
      const prompts = payload.promptsFromNotes
        ? (await store.listLayer(OWN_LAYER_ID)).filter((r) => r.origin === 'reader' && !r.deletedAt && r.note.trim() && r.corpusId !== null && ids.has(r.corpusId))
        : [];
      const stamp = now.toISOString();
      await store.writeImport({
        layer,
        categories: [],
        records: prompts.map((r) => ({ ...r, id: crypto.randomUUID(), layerId: layer.id, created: stamp, modified: stamp })),
        duplicateKey,
        keepEmptyLayer: true,
      });
      return layer;
    },

    async 'class-sets/import'(payload: { text: string; fileName?: string }): Promise<{ layer: Layer; outcome: ImportOutcome }> {
      const parsed = parseClassSet(payload.text);
      const store = await deps.store();
      const layer = classSetLayer(parsed.set, 'student', deps.now());
      if (payload.fileName) layer.sourceName = payload.fileName.slice(0, 300);
      const existing = (await store.listLayers({ includeDeleted: true })).find((l) => l.id === layer.id);
      if (existing?.classSet?.role === 'teacher') throw new ImportError(`“${parsed.set.title}” is your own class set: it is in your library already.`);
      const outcome = await store.writeImport({
        layer,
        categories: parsed.categories,
        records: parsed.prompts.map((p) => ({ ...p, layerId: layer.id })),
        duplicateKey,
        keepEmptyLayer: true,
      });
      return { layer: await layerById(store, layer.id), outcome };
    },

    async 'class-sets/import-hand-in'(payload: { text: string; fileName?: string; keepBoth?: boolean }): Promise<HandInResult> {
      const parsed = parseHandIn(payload.text);
      const store = await deps.store();
      const layers = await store.listLayers();
      const refusal = refuseHandIn(parsed.handIn, layers);
      if (refusal) throw new ImportError(refusal);
      const same = handInLayers(layers, parsed.handIn.setId).some((l) => sameStudent(l.handIn!.student.replace(/ \(\d+\)$/, ''), parsed.handIn.student));
      if (same && !payload.keepBoth) return { kind: 'same-name', student: parsed.handIn.student, setTitle: parsed.handIn.setTitle };
      const layer = handInLayer(parsed.handIn, layers, deps.now(), payload.fileName);
      const outcome = await store.writeImport({
        layer,
        categories: parsed.categories,
        records: parsed.annotations.map((a) => ({ ...a, layerId: layer.id })),
        duplicateKey,
        keepEmptyLayer: true,
        copyStoredIds: true,
      });
      return { kind: 'imported', layer, outcome };
    },
  };
}
