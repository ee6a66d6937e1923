// "Head coach Terrell Banks said …" then '"…," the fourth-year coach said': a word for how long someone has held a post
// ("fourth-year", "first-term", "two-time", "longtime", "long-serving") before the post is no post of its own; kept among
// the roles, it asked the text for someone who held a "fourth-year" post too and found nobody, so the quote went unnamed.
// Guards: only on a title (a post without a name) with another role word left after the tenure word is dropped; only
// ordinals or counts joined to year/term/season/time and the listed adverbs ("veteran", a noun for a person too, is kept).
import type { SpeakerPhrase } from './speaker-phrase.ts';

const ORDINAL = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d+(?:st|nd|rd|th))';
const COUNT = '(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+)';
const TENURE_RE = new RegExp(`^(?:${ORDINAL}-(?:year|term|season)|${COUNT}-(?:time|term)|longtime|long-time|long-serving|longest-serving)$`, 'u');

export function isTenureWord(word: string): boolean {
  return TENURE_RE.test(word);
}

export function withoutTenureWords(phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  if (phrase?.kind !== 'title' || phrase.roles.length < 2) return phrase;
  const roles = phrase.roles.filter((r) => !isTenureWord(r));
  return roles.length > 0 && roles.length < phrase.roles.length ? { ...phrase, roles } : phrase;
}
