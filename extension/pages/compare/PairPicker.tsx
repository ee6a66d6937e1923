// The compare page's two drop-downs (left and right article, or earlier and
// later version) with a Swap button between them. A value the list does not
// hold (a stale or mistyped address) stays chosen and says so.

export interface PairChoice {
  value: string;
  label: string;
}

export interface PairPickerProps {
  /** The form's accessible name. */
  label: string;
  /** What the two drop-downs are called, in order. */
  sides: readonly [string, string];
  /** The data attribute each drop-down carries, with the value "a" or "b" (tests and styles find them by it). */
  dataAttribute: 'data-picker' | 'data-version-picker';
  choices: readonly PairChoice[];
  /** The option shown for a value the list does not hold ("" when nothing is chosen yet). */
  unknown: (value: string) => string;
  a: string;
  b: string;
  onChange: (a: string, b: string) => void;
}

export function PairPicker({ label, sides, dataAttribute, choices, unknown, a, b, onChange }: PairPickerProps) {
  const known = new Set(choices.map((c) => c.value));
  const options = (value: string) => (
    <>
      {!known.has(value) && <option value={value}>{unknown(value)}</option>}
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </>
  );
  const picked = (e: Event) => (e.currentTarget as HTMLSelectElement).value;
  return (
    <form class="sl-picker" onSubmit={(e) => e.preventDefault()} aria-label={label}>
      <label>
        <span>{sides[0]}</span>
        <select value={a} onChange={(e) => onChange(picked(e), b)} {...{ [dataAttribute]: 'a' }}>
          {options(a)}
        </select>
      </label>
      <button type="button" class="sl-button" onClick={() => onChange(b, a)} disabled={!a || !b}>
        Swap
      </button>
      <label>
        <span>{sides[1]}</span>
        <select value={b} onChange={(e) => onChange(a, picked(e))} {...{ [dataAttribute]: 'b' }}>
          {options(b)}
        </select>
      </label>
    </form>
  );
}
