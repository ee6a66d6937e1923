// Tags as a reader types them: a comma-separated list. The library's Edit form
// and the panel's tag field read them alike; the store then checks them and
// drops duplicates without regard to case (field-rules.ts).

/** "a, b ,, c" → ["a", "b", "c"]. */
export function tagsFromText(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean))];
}
