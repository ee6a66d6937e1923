import { useEffect, useState } from 'preact/hooks';
import type { AnnotatorState, PageAnnotator } from '../highlights/page-annotator.ts';

/** The annotator's current state, re-rendering on every change. */
export function useAnnotator(annotator: PageAnnotator): AnnotatorState {
  const [state, setState] = useState<AnnotatorState>(annotator.state());
  useEffect(() => annotator.subscribe(setState), [annotator]);
  return state;
}
