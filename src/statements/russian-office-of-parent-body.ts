// «… — пояснил начальник управления транспорта и связи исполкома Name. … В управлении добавили, что …»: a bare office word
// («управление», «отдел», «департамент») that no body the text names fits, where the text has named that office only in
// the genitive as a part of a body by its common word («управления … исполкома», «отдела … мэрии»): the office speaks as
// that body, which the caller reads in its turn (the city's executive committee the text names). It had been given as
// printed, «управление», a body the text never names (forty-fifth session; test-62 r03).

const OFFICE = /^(?:управлени|отдел|департамент)(?:е|я|ю|ем|и|а|у|ом)?$/u;
const PARENTS = 'исполкома|мэрии|администрации|министерства|правительства|горсовета|муниципалитета';

/**
 * The parent body's common word for a bare office word `written`, as the text before `at` prints it after the office in
 * the genitive; null when the word is no bare office word, or the text ties it to no parent, or to two different ones.
 * Guards: the office's own word in the genitive, then one to five lower-case words of its field, then the parent's word.
 */
export function officeOfParentBody(text: string, written: string, at: number): string | null {
  const word = written.trim().toLowerCase();
  if (!OFFICE.test(word)) return null;
  const stem = word.replace(/(?:е|я|ю|ем|и|а|у|ом)$/u, '');
  const re = new RegExp(String.raw`(?<![\p{L}-])${stem}(?:я|а)((?:\s+(?:и|\p{Ll}[\p{Ll}-]+)){1,5}?)\s+(${PARENTS})(?![\p{L}-])`, 'gu');
  const parents = new Set([...text.slice(0, at).matchAll(re)].map((m) => m[2]!));
  return parents.size === 1 ? [...parents][0]! : null;
}
