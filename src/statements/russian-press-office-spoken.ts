// «…, сообщили в объединенной пресс-службе судов области. … Решение может быть обжаловано, отметили в пресс-службе.»: a
// press office the text named as speaking in its own name (one that serves several bodies, so that no one body is
// its owner) is whom a later lone «в пресс-службе» means, not the last body that spoke (here the court whose ruling
// was reported). A lone «в пресс-службе» with no such office before is the last body that spoke, as before.

/** A speaker's name that is a press office's own («объединенной пресс-службе судов …», «Пресс-центр …»). */
const PRESS_OFFICE_NAME = /(?:^|\s)пресс-(?:служб|центр)\p{Ll}*(?:\s|$)/iu;

/**
 * The press office among the bodies that spoke (latest first) when the words at `at` are a lone press office's
 * («пресс-службе», «пресс-центре»); else null.
 */
export function pressOfficeThatSpoke(text: string, at: number, spoken: readonly string[]): string | null {
  if (!/^пресс-(?:служб|центр)\p{Ll}*(?![\p{L}-])/iu.test(text.slice(at, at + 16))) return null;
  return [...spoken].reverse().find((name) => PRESS_OFFICE_NAME.test(name)) ?? null;
}
