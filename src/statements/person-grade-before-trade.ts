// "The plant's lead operator, Name Name, said", "The mill's senior operator, Name Name, said": a grade only a worker holds
// ("lead", "senior", "chief", "shift") right before a trade a business may be too ("operator", "supplier", "producer")
// makes the description a person's job, so the name set after it is that person, not the business it had been read as
// ("The operator, Name Name, said" stays a body, as "The operator, Velsen Container Terminals, said" is). No business is
// a "lead operator". Forty-fourth session, an eighth probe of English speaker resolution (d2445, and the seventh probe's
// leftover d2402). Guard: the grade in lower case right before the trade word, the description's last.

const WORKER_GRADES = new Set(['lead', 'senior', 'junior', 'chief', 'head', 'shift', 'duty', 'assistant', 'deputy', 'trainee',
  'certified', 'licensed', 'principal']);
/** Trades a body and a person may both be called by (speaker-phrase.ts's PERSON_TRADES, with "processor"). */
const TRADES = new Set(['operator', 'supplier', 'provider', 'maker', 'producer', 'developer', 'exporter', 'importer', 'miner',
  'publisher', 'processor']);

/** Whether the lower-case words end in a worker's grade and a trade: "… lead operator". */
export function workerGradeBeforeTrade(words: readonly string[]): boolean {
  return words.length >= 2 && TRADES.has(words.at(-1)!) && WORKER_GRADES.has(words.at(-2)!);
}
