/** What the content script made of its page; the popup shows it. */
export type PageStatus =
  | { state: 'checking' }
  | { state: 'not-in-corpus' }
  | { state: 'recognized'; corpusId: string; headline: string; outlet: string }
  | { state: 'error'; message: string }
  /** The page kept removing Sourcelight's elements and the content script stopped putting them back. */
  | { state: 'removed-by-page' };
