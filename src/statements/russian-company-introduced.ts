// «Золотодобывающая компания «Колымазолото» сокращает добычу на руднике «Дукат-Северный» …. Об этом говорится в сообщении
// компании»: a lone «компания» where no body has spoken is the body the text introduced as «компания «X»», not the last
// «name» it printed (a mine, a field, a ship, a product the company owns). Thirty-third session, dev d1579: the fallback
// gave the mine's «name».
// Guards (in the caller): the word «компания» alone, lower case; used only where the body the fallback would give never
// spoke (a body that spoke keeps it: «В компании уточнили» after «АО «…» сообщило» is as before) and is not itself so
// introduced; the introduction before the word, «компания» right before the «name» (up to two lower-case words between:
// «компания-оператор», «компания по добыче» is not read).

const COMPANY_RE = /(?<!\p{L})[Кк]омпани\p{Ll}{0,3}(?:-\p{Ll}+)?\s+\u00AB((?:\p{Lu}|x)[^\u00AB\u00BB]{1,60})\u00BB/gu;

/** The «name» of the last body the text introduced as «компания «X»» before `at`, else null. */
export function lastCompanyIntroduced(text: string, at: number): string | null {
  let last: string | null = null;
  for (const m of text.matchAll(COMPANY_RE)) {
    if (m.index! >= at) break;
    last = m[1]!;
  }
  return last;
}

// (Forty-second session: «…, сообщил LRT директор компании Smiltynės perkėla Томас Пяткус. Как заявили в компании, …»: a
// business introduced as «компания» before its name in Latin letters, no guillemets, in any case of the word, is what a
// lone «компания» means where no business was named before it; the Latin words run to the first word in another script.
// Guards (in the caller): only where the fallback found no business; the name's first word capitalised, every word Latin;
// before the word. test-60 r07.)
const LATIN_COMPANY_RE = /(?<!\p{L})[Кк]омпани\p{Ll}{0,3}\s+(\p{Lu}[\p{Script=Latin}'.&-]*(?:\s+[\p{Script=Latin}'.&-]+){0,3})(?![\p{L}'.&-])/gu;

/** The Latin name of the last business the text introduced as «компания X» before `at`, else null. */
export function lastLatinCompanyIntroduced(text: string, at: number): string | null {
  let last: string | null = null;
  for (const m of text.matchAll(LATIN_COMPANY_RE)) {
    if (m.index! >= at) break;
    if (/\p{Script=Latin}/u.test(m[1]!)) last = m[1]!.replace(/[.]+$/u, '');
  }
  return last;
}
