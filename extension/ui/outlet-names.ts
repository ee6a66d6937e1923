import type { OutletId } from '../../src/corpus/types.ts';

export const OUTLET_NAMES: Readonly<Record<OutletId, string>> = {
  sputnik: 'Sputnik',
  reuters: 'Reuters',
  oyetimes: 'Oye! Times',
};

/** The name to show for an article's outlet: the three by their names, an added article's site as found. */
export function outletLabel(article: { outlet: string; outletName?: string }): string {
  return OUTLET_NAMES[article.outlet as OutletId] ?? article.outletName ?? article.outlet;
}
