// What a layer is, in a few words, beside its name (the library's Layers and the panel's).
import { type Layer, OWN_LAYER_ID } from './annotation.ts';

export function layerBadge(layer: Layer): string {
  if (layer.id === OWN_LAYER_ID) return 'your own highlights';
  if (layer.classSet?.role === 'teacher') return 'your class set';
  if (layer.classSet?.role === 'student') return `teacher’s set from ${layer.classSet.teacher}, read-only`;
  if (layer.handIn) return `hand-in from ${layer.handIn.student}`;
  return 'imported';
}
