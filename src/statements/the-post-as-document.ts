// "The server was secured …, the post said.", "…, the blog post added": once a text has told of a body's post online
// ("the company disclosed in a blog post"), "the post" speaks for whoever wrote it, as "the statement" does; the resolver
// finds its owner as it does for any document. "post" is no document noun in general: a capitalised "Post" is a paper's
// name ("the Washington Post said"), and "a post" is a job ("the post of chairman", "300 posts would go"), the plural
// read only beside a platform (posts-and-group-estimates.ts).
// Guard: exactly "the post", or "the" and one lower-case describing word before it ("the blog post", "the Facebook post"
// is left to the platform rule), all in lower case, nothing after it.
import type { SpeakerPhrase, Token } from './speaker-phrase.ts';

const KINDS = new Set(['blog', 'online', 'website', 'web']);

export function thePostAsDocument(tokens: readonly Token[], span: { start: number; end: number }): SpeakerPhrase | null {
  if (tokens.length < 2 || tokens.length > 3 || tokens[0]!.lower !== 'the' || tokens.at(-1)!.text !== 'post') return null;
  if (tokens.length === 3 && !KINDS.has(tokens[1]!.text)) return null;
  return { kind: 'organisation', body: 'post', name: [], roles: [], qualifier: null, document: 'post', ...span };
}
