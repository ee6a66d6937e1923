// Highlight categories: the built-in set and the colour rule every category
// colour is held to. A highlight is drawn as a coloured underline/outline over
// the reader's text, so its colour must stand out (WCAG 1.4.11, 3:1 for
// non-text contrast) against both light and dark page backgrounds.

import type { Category } from './annotation.ts';

export const STATEMENT_CATEGORY_ID = 'statement';
/** Where highlights of a deleted own category go unless told otherwise. */
export const FALLBACK_CATEGORY_ID = 'quote';

export const BUILTIN_CATEGORIES: readonly Category[] = Object.freeze([
  { id: 'claim', label: 'Claim', color: '#d9480f', builtin: true },
  { id: 'quote', label: 'Quote', color: '#1c7ed6', builtin: true },
  { id: 'evidence', label: 'Evidence', color: '#2b8a3e', builtin: true },
  { id: 'question', label: 'Question', color: '#ae3ec9', builtin: true },
  { id: STATEMENT_CATEGORY_ID, label: 'Statement', color: '#0c8599', builtin: true },
]);

export const BUILTIN_IDS: ReadonlySet<string> = new Set(BUILTIN_CATEGORIES.map((c) => c.id));

/** Backgrounds a category colour is checked against. */
export const LIGHT_BACKGROUND = '#ffffff';
export const DARK_BACKGROUND = '#121212';
export const MIN_MARKER_CONTRAST = 3;

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

export function isHexColor(value: string): boolean {
  return HEX_COLOR.test(value);
}

function channel(hex: string, at: number): number {
  const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  if (!isHexColor(hex)) throw new Error(`Not a #rrggbb colour: ${JSON.stringify(hex)}`);
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** True when the colour is visible as a marker on both light and dark pages. */
export function meetsMarkerContrast(hex: string): boolean {
  return (
    contrastRatio(hex, LIGHT_BACKGROUND) >= MIN_MARKER_CONTRAST &&
    contrastRatio(hex, DARK_BACKGROUND) >= MIN_MARKER_CONTRAST
  );
}
