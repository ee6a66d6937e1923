// "The research team worked with the Hervey Bay Sea Rangers …. Continued monitoring is essential, the ranger group said":
// a group called by its members' word ("the ranger group", "the grower collective") is the body the text named with that
// word's plural as its last ("… Sea Rangers", "… Citrus Growers"), the last one before.
// Guards: two lower-case words only, the second a word for a group; the name two to five capitalised words, its first no
// given name, its last the first word's plural, capitalised.
import { givenNameGender } from './given-names.ts';

const GROUP_WORDS = new Set(['group', 'collective', 'organisation', 'organization', 'association', 'network', 'body']);

/** The body named before `at` whose last word is the plural of `member`, for "the `member` `group`"; else null. */
export function groupByMembersWord(text: string, words: readonly string[], at: number): string | null {
  if (words.length !== 2 || !/^\p{Ll}{3,}$/u.test(words[0]!) || !GROUP_WORDS.has(words[1]!)) return null;
  const plural = `${words[0]![0]!.toUpperCase()}${words[0]!.slice(1)}s`;
  const re = new RegExp(`(?<![\\p{L}])((?:\\p{Lu}[\\p{L}'\u2019-]*\\s+){1,4})${plural}(?![\\p{L}'\u2019])`, 'gu');
  const found = [...text.slice(0, at).matchAll(re)].map((m) => `${m[1]!.replace(/^(?:The|A|An)\s+/u, '')}${plural}`.trim())
    .filter((n) => n.split(/\s+/u).length >= 2 && givenNameGender(n.split(/\s+/u)[0]!) === null);
  return found.at(-1) ?? null;
}
