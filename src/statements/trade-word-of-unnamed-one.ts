// "One miner, who has worked underground for 19 years, said …. The miner added that …": "the miner" was read as a
// mining business ("the miner said" after a mining company is the company, BUSINESS_NOUNS in speaker-phrase.ts), where the
// text's only miner is the unnamed one it quoted; a later "the <trade>" of that unnamed one is that source, unnamed, as
// "One worker said …. The worker added that …" already was. (Thirty-eighth session's eleventh probe of unnamed sources in
// English, d2011.)
// Guards: only a word both a business's and a person's trade (miner, operator, producer, supplier …); printed "the <word>"
// alone; an unnamed source holding that very word quoted before; and no business named after the word before it ("miner
// Cerro Morado", "the operator, Kestrel Lines,"), so a company the text calls "the miner" keeps its name.

/** Words for a business that are also a person's trade. */
// (Forty-third session, test-61 w08: "A processor in Balti, who requested anonymity, said …. "…," the processor said.";
// and the trades that sell on, "One retailer …", "A wholesaler …", as BUSINESS_NOUNS reads them too.)
const TRADES_OF_BOTH = new Set(['miner', 'operator', 'producer', 'supplier', 'exporter', 'importer', 'developer', 'publisher', 'maker', 'provider', 'brewer',
  'processor', 'retailer', 'wholesaler']);

/**
 * Whether `printed` ("the miner") stands for an unnamed one of that trade quoted before: `unnamedRoles` are the roles of
 * the unnamed sources seen so far, `before` the text before the phrase.
 */
export function isTradeWordOfUnnamedOne(printed: string, before: string, unnamedRoles: readonly (readonly string[])[]): boolean {
  const m = /^[Tt]he\s+(\p{Ll}+)$/u.exec(printed.trim());
  if (!m || !TRADES_OF_BOTH.has(m[1]!)) return false;
  const word = m[1]!;
  if (!unnamedRoles.some((roles) => roles.includes(word))) return false;
  return !new RegExp(`(?<!\\p{L})${word},?\\s+(?:the\\s+)?\\p{Lu}`, 'u').test(before);
}
