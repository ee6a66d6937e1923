// The recognition index of a compiled corpus bundle (addresses included as hints).
import type { CorpusBundle } from '../corpus/types.ts';
import { buildRecognitionIndex, type IndexOptions, type RecognitionIndex } from './recognition-index.ts';

export function indexCorpus(bundle: CorpusBundle, options?: IndexOptions): RecognitionIndex {
  return buildRecognitionIndex(bundle.articles, options);
}
