/** What the content script made of its page; the popup shows it. */
export type PageStatus =
  | { state: 'checking' }
  | { state: 'not-in-corpus' }
  | { state: 'recognized'; corpusId: string; headline: string; outlet: string }
  | { state: 'error'; message: string };
