// "Deputy Commissioner Hunza Captain (retd) Name said … the DC said", "Brigadier (R) Name": South Asian copy prints a
// retired officer's rank before the name with "(retd)" after it. The bracket is no boundary between the post and the
// name, and the rank is the person's, not a word of the post that letters spell ("the DC" is still the Deputy
// Commissioner held with a captain's rank).

/** A rank written before a name ("Captain", "Brigadier", "Lt Col"), beside a post's words. */
export const RANKS: ReadonlySet<string> = new Set(['captain', 'capt', 'major', 'maj', 'colonel', 'col', 'lieutenant', 'lt',
  'brigadier', 'brig', 'general', 'gen', 'commodore', 'commander', 'cmdr', 'admiral', 'adm', 'marshal', 'sergeant', 'sgt',
  'corporal', 'cpl']);

/** "(retd)", "(Retd.)", "(rtd)", "(retired)", "(R)": the bracketed word after a retired officer's rank. */
export const RETIRED_MARK_RE = /^(?:retd|rtd|retired|r)$/iu;
