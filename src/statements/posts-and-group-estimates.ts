// "…, according to LinkedIn posts.", "…, according to posts on social media", "…, according to exporters' estimates":
// posts that people put online, and the estimates or figures of a group of people nobody names, are an unnamed source's
// (speaker null, anonymous), as dev leaves a bare "industry estimates" or "official data" (d880, d881).
// "posts" is no document noun elsewhere ("300 posts would go" are jobs), so it is read here only beside a platform: a
// capitalised word before it or "social media" / "online", or "on" and a platform after it.
// Guards: not a body's or a person's own posts or estimates, which a possessive gives ("the company's LinkedIn posts",
// "Name's estimates": their owner's); not "posts" alone; the group word must be a plural of people ("exporters",
// "traders", "analysts"), the only word before the document noun besides "the" or lower-case describing words.
import type { SpeakerPhrase, Token } from './speaker-phrase.ts';

const POSTS = new Set(['posts', 'post', 'messages', 'message', 'comments', 'videos']);
const ONLINE = new Set(['online', 'social', 'media', 'internet', 'web']);
/** Online places a post is put in ("in the group", "on the forum") and the counts that may open such a phrase. */
const ONLINE_PLACES = new Set(['group', 'chat', 'forum', 'thread', 'channel', 'page', 'groupchat']);
const ONE_OR_SOME = new Set(['one', 'a', 'another', 'some', 'several', 'many', 'other']);
/** Documents a group of people can put out without a body behind them. */
const GROUP_DOCUMENTS = new Set(['estimates', 'estimate', 'figures', 'forecasts', 'calculations', 'data']);

function anonymous(document: string, span: { start: number; end: number }): SpeakerPhrase {
  return { kind: 'anonymous', name: [], roles: [], qualifier: null, document, ...span };
}

/** `tokens` as posts on a platform ("LinkedIn posts", "posts on social media"): an unnamed source's document, else null. */
export function postsOnline(tokens: readonly Token[], span: { start: number; end: number }): SpeakerPhrase | null {
  const n = tokens.findIndex((t) => POSTS.has(t.lower) && /^\p{Ll}/u.test(t.text));
  if (n < 0) return null;
  const before = tokens.slice(0, n);
  const after = tokens.slice(n + 1);
  if (tokens.some((t) => t.possessive) || before.some((t) => ['its', 'their', 'his', 'her', 'our', 'my', 'your'].includes(t.lower))) return null;
  const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
  const platformBefore = before.length > 0 && before.length <= 3
    && before.every((t, k) => (k === 0 && ['the', 'some', 'several', 'recent'].includes(t.lower)) || capitalised(t) || ONLINE.has(t.lower))
    && before.some((t) => capitalised(t) || ONLINE.has(t.lower));
  const platformAfter = after.length >= 2 && after.length <= 4 && after[0]!.text === 'on'
    && after.slice(1).every((t) => capitalised(t) || ONLINE.has(t.lower) || t.lower === 'the') && after.slice(1).some((t) => t.lower !== 'the');
  // ("A Facebook group for … parents has filled with photos. One post in the group said …": a post in an online group,
  // chat, forum or thread the text told of, "in" / "on" and "the" and that place's word after it; one post or a few, by
  // nobody named. Forty-fifth session, the seventeenth English unnamed probe's d2463. Guards: the place's word in lower
  // case, the last of the phrase; only a count or an article before the noun; "posts in the group" alone, jobs as often
  // as not, stays none.)
  const placeAfter = after.length === 3 && (after[0]!.text === 'in' || after[0]!.text === 'on') && after[1]!.lower === 'the'
    && ONLINE_PLACES.has(after[2]!.text) && before.length === 1 && ONE_OR_SOME.has(before[0]!.lower);
  if (placeAfter) return anonymous(tokens[n]!.lower.endsWith('s') ? tokens[n]!.lower : `${tokens[n]!.lower}s`, span);
  if ((platformBefore && after.length === 0) || ((before.length === 0 || (before.length === 1 && ['some', 'several', 'recent'].includes(before[0]!.lower))) && platformAfter)) {
    return anonymous(tokens[n]!.lower.endsWith('s') ? tokens[n]!.lower : `${tokens[n]!.lower}s`, span);
  }
  return null;
}

/** `tokens` as an unnamed group's estimates ("exporters' estimates", "the traders' figures"): anonymous, else null. */
export function groupEstimates(tokens: readonly Token[], span: { start: number; end: number }, isPeoplePlural: (t: Token) => boolean): SpeakerPhrase | null {
  const n = tokens.length - 1;
  if (n < 1 || n > 3 || !GROUP_DOCUMENTS.has(tokens[n]!.lower)) return null;
  const group = tokens[n - 1]!;
  if (group.possessive || !/^\p{Ll}[\p{Ll}-]+s$/u.test(group.text) || !isPeoplePlural(group)) return null;
  const rest = tokens.slice(0, n - 1);
  if (!rest.every((t, k) => (k === 0 && t.lower === 'the') || (/^\p{Ll}[\p{Ll}-]+$/u.test(t.text) && !t.possessive))) return null;
  return anonymous(tokens[n]!.lower, span);
}
