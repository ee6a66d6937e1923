// A string to match itself inside a RegExp built at run time (a name, a surname, a body's short name): its RegExp
// syntax characters escaped.

/** `s` with every RegExp syntax character escaped, so that `new RegExp(escapeRegExp(s))` matches `s` literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
