import type { OutletId } from '../../src/corpus/types.ts';

export const OUTLET_NAMES: Readonly<Record<OutletId, string>> = {
  sputnik: 'Sputnik',
  reuters: 'Reuters',
  oyetimes: 'Oye! Times',
};
