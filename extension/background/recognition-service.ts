// Recognition in the worker: the index is read from the package the first time
// a page asks, then kept while the worker lives.
import type { RecognitionIndex } from '../../src/recognition/recognition-index.ts';

export class LazyIndex {
  private pending: Promise<RecognitionIndex> | null = null;

  constructor(private readonly load: () => Promise<RecognitionIndex>) {}

  get(): Promise<RecognitionIndex> {
    if (!this.pending) {
      this.pending = this.load().catch((error: unknown) => {
        // Let the next page try again rather than caching a failure.
        this.pending = null;
        throw new Error(`Sourcelight could not load its recognition index: ${(error as Error).message}`);
      });
    }
    return this.pending;
  }
}
