// «В отделе кадров комбината пояснили», «в бухгалтерии завода», «в юридическом отделе компании «…»», «в службе безопасности
// банка»: a department of a body, then the body in the genitive, speaks for that body, as the body's press office does (dev
// d290, d346, d701: a press office is its body; thirty-second session, dev d1518). The department had been read as the
// body's name («отделе кадров комбината»), so the plant the text named was never found.
// Guards: the department's words only from a short list (personnel, accounts, legal, sales, security), all lower case
// («в Службе безопасности Украины» is a body of its own); the caller wants a body after them, never the department alone.

import type { Token } from './speaker-phrase.ts';

const DEPARTMENTS: readonly (readonly string[])[] = [
  ['отделе', 'кадров'], ['отделе', 'персонала'], ['отделе', 'продаж'], ['службе', 'персонала'], ['службе', 'безопасности'],
  ['кадровой', 'службе'], ['юридическом', 'отделе'], ['юридической', 'службе'], ['бухгалтерии'], ['юрслужбе'], ['отделе', 'маркетинга'],
];

/** How many of `tokens`' first words name a department of a body (0 when they do not). */
export function departmentLength(tokens: readonly Token[]): number {
  for (const words of DEPARTMENTS) {
    if (tokens.length > words.length && words.every((w, k) => tokens[k]!.text === w)) return words.length;
  }
  return 0;
}
