// A surname the text's subject shares with relatives it names in full: "Her son, Eirik Dahl, said …", "a daughter, Ingrid
// Dahl", "Her husband, the geologist Per Dahl" in an obituary or a profile of Margit Dahl. Copy names the relatives by
// their relation and full name; the surname alone ("Dr. Dahl insisted …", "Dahl said") is the subject's.

/**
 * Of the full names a text prints with one surname (`bearers`), the one it never introduced as someone's relative, when
 * there are several and all the others were; else null (two bearers neither a relative, or no relative among them).
 */
export function surnameBearerNotARelative(bearers: readonly string[], isRelative: (name: string) => boolean): string | null {
  if (bearers.length < 2) return null;
  const others = bearers.filter((name) => !isRelative(name));
  return others.length === 1 ? others[0]! : null;
}
