// One row of the benchmark report: a figure, the baseline it is compared with
// (measured in the same run), their ratio and the target it is held to.

export interface Figure {
  /** What is measured, in a few words. */
  name: string;
  /** The measured value, formatted with its unit. */
  value: string;
  /** The baseline measured in the same run, formatted, or '' when the figure stands alone. */
  baseline: string;
  /** value / baseline (or peer / ours for speed-ups), formatted, or ''. */
  ratio: string;
  /** The target, in words, or '' for a figure given for context. */
  target: string;
  /** Whether the target is met; null when there is no target. */
  pass: boolean | null;
}

export interface Section {
  title: string;
  /** What is measured and how, printed above the table. */
  method: string[];
  figures: Figure[];
  /** Further lines printed under the table (per-page detail, warnings). */
  notes: string[];
}

export const ms = (x: number): string => (x < 1 ? `${x.toFixed(3)} ms` : x < 100 ? `${x.toFixed(2)} ms` : `${x.toFixed(0)} ms`);
export const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;
export const times = (x: number): string => `${x.toFixed(2)}×`;

export function verdict(pass: boolean | null): string {
  if (pass === null) return '';
  return pass ? 'PASS' : 'FAIL';
}

/** The section as aligned plain text. */
export function formatSection(section: Section): string {
  const head = ['figure', 'value', 'baseline', 'ratio', 'target', ''];
  const rows = section.figures.map((f) => [f.name, f.value, f.baseline, f.ratio, f.target, verdict(f.pass)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 || i === 2 || i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [`== ${section.title} ==`, ...section.method.map((m) => `  ${m}`), '', `  ${line(head)}`];
  out.push(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) out.push(`  ${line(r)}`);
  if (section.notes.length > 0) out.push('', ...section.notes.map((n) => `  ${n}`));
  return `${out.join('\n')}\n`;
}

/** Median of a list of numbers (the list is not changed). */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** "min / median / max" of `xs`, to two decimals: how a bench sums up one ratio over many pages. */
export function minMedianMax(xs: readonly number[]): string {
  const sorted = [...xs].sort((a, b) => a - b);
  return `${sorted[0]!.toFixed(2)} / ${median(sorted).toFixed(2)} / ${sorted.at(-1)!.toFixed(2)}`;
}
