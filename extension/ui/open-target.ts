// Where a cross-reference or a library entry leads. Extension pages open
// through the worker (so no extension address is ever exposed to a web page);
// an outlet address opens as an ordinary link.
export type OpenTarget =
  | { kind: 'reader'; id: string }
  | { kind: 'compare'; a: string; b: string }
  /** Two versions of one article ("archived", "snapshot:<id>", "live:<id>"), in the compare view. */
  | { kind: 'versions'; article: string; a: string; b: string }
  | { kind: 'library'; query?: string }
  | { kind: 'address'; url: string };

/** The extension-relative path of an extension page target. */
export function extensionPath(target: Exclude<OpenTarget, { kind: 'address' }>): string {
  switch (target.kind) {
    case 'reader':
      return `extension/pages/reader/index.html?id=${encodeURIComponent(target.id)}`;
    case 'compare':
      return `extension/pages/compare/index.html?a=${encodeURIComponent(target.a)}&b=${encodeURIComponent(target.b)}`;
    case 'versions':
      return `extension/pages/compare/index.html?article=${encodeURIComponent(target.article)}&a=${encodeURIComponent(target.a)}&b=${encodeURIComponent(target.b)}`;
    case 'library':
      return `extension/pages/library/index.html${target.query ? `?q=${encodeURIComponent(target.query)}` : ''}`;
  }
}
