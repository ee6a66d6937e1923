// Sends a checked corpus pack to the worker in chunks (begin → chunks →
// commit, as the backup import does), so a pack of any size fits the
// browser's messaging limit and the reader sees progress article by article.
// The worker writes the file in one transaction at commit: a bad article,
// a lost chunk or a worker that restarted mid-file leaves nothing of it.
import type { PackLine } from '../../../src/corpus/ingest/corpus-pack.ts';
import { chunkPack } from '../../../src/corpus/ingest/pack-chunks.ts';
import type { AddReport } from '../../background/handlers.ts';
import { askWorker } from '../../shared/worker-client.ts';

export interface PackProgress {
  /** Articles the worker has compiled (and holds, unwritten). */
  done: number;
  total: number;
  /** Writing the whole file. */
  saving: boolean;
}

/** The worker's and the store's own refusals already say that nothing was written (a bad line, a full disk). */
const OWN_REFUSAL = /nothing of it was written|: line \d+: |Nothing was added|Nothing was changed/;

export async function sendPack(fileName: string, lines: readonly PackLine[], onProgress: (p: PackProgress) => void): Promise<AddReport> {
  const total = lines.length;
  const chunks = chunkPack(lines);
  onProgress({ done: 0, total, saving: false });
  const { sessionId } = await askWorker('corpus/add-begin', { total, from: 'pack', fileName });
  // The worker writes only at commit: until the commit is sent, a failure leaves nothing written.
  let committing = false;
  try {
    for (const chunk of chunks) {
      const { received } = await askWorker('corpus/add-chunk', { sessionId, offset: chunk.offset, items: chunk.items });
      onProgress({ done: received, total, saving: false });
    }
    onProgress({ done: total, total, saving: true });
    committing = true;
    return await askWorker('corpus/add-commit', { sessionId });
  } catch (error) {
    void askWorker('corpus/add-cancel', { sessionId }).catch(() => undefined);
    const message = (error as Error).message;
    const prefix = message.startsWith(`${fileName}: `) ? '' : `${fileName}: `;
    if (OWN_REFUSAL.test(message)) throw new Error(`${prefix}${message}`);
    if (!committing) throw new Error(`${fileName}: adding it was interrupted (${message}), so nothing of it was written. Add the file again.`);
    throw new Error(
      `${fileName}: adding it was interrupted before Sourcelight confirmed it (${message}). Check the list of added articles and add the file again: articles already added are not added twice.`,
    );
  }
}
