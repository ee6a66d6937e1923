// Display names of the three outlets Sourcelight runs on.
import type { OutletId } from './types.ts';

export const OUTLET_NAMES: Readonly<Record<OutletId, string>> = {
  sputnik: 'Sputnik',
  reuters: 'Reuters',
  oyetimes: 'Oye! Times',
};
