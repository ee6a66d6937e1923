// A Russian document the text gives no owner for («Как говорится в пояснительной записке, …», «В письме сказано, что …»
// where no body named before can have written it): the phrase reader marks it «документ <noun>» for the body to be found
// from the text around; when none is found, that mark is no body's name, and the words are an unnamed source's, as an
// English report whose author the text does not name is.

/** Whether `written`, the body a speaker phrase gave, is a document's mark that `resolved`, the body it was read as, left as it was. */
export function isUnownedRussianDocument(written: string | undefined, resolved: string): boolean {
  return written !== undefined && resolved === written && written.startsWith('документ ');
}
