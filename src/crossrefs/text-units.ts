// Sentences, stop words and light word normalisation shared by the entity,
// topic and claim code. Light on purpose: news English, no tagger.
import { foldTypography } from '../text/normalize.ts';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Sentences with their offsets; paragraph breaks always end one. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  // A sentence ends at . ! ? (optionally closed by a quote or bracket) before a (quoted) capital, or at a blank line.
  const re = /[^\n]*?(?:[.!?]+["'”’)\]]*(?=\s+["'“‘(]?\p{Lu})|(?=\n)|$)/gu;
  let m: RegExpExecArray | null;
  re.lastIndex = 0;
  // biome-ignore lint/suspicious/noAssignInExpressions: regex scan loop
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      if (re.lastIndex > text.length) break;
      continue;
    }
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body.length > 0 && /[\p{L}\p{N}]/u.test(body)) out.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return out;
}

export const STOPWORDS = new Set(
  `a about above after again against all also although am an and any are as at be because been before being below between both but by
can could did do does doing down during each either even ever few for from further had has have having he her here hers herself him himself
his how however i if in into is it its itself just least less like many may me might more most much must my myself neither no nor not now
of off on once one only or other others our ours ourselves out over own per same shall she should since so some such than that the their
theirs them themselves then there these they this those though through thus to too toward towards under until up upon us very via was we
were what whatever when where whether which while who whom whose why will with within without would yet you your yours yourself
whether s t don didn doesn isn wasn weren won wouldn couldn shouldn let lets`.split(/\s+/),
);

/** Words of news copy that carry no topic: reporting verbs, roles, calendar, generic nouns. */
export const GENERIC_WORDS = new Set(
  `said say says saying told tell tells added asked according reported reporters reporter news agency statement statements
comment comments interview spoke speak speaks speaking warned insisted stressed noted believed believe believes think thinks
minister ministers foreign president secretary general spokesman spokeswoman envoy official officials source sources
representative permanent ambassador ambassadors chief head deputy prime
meeting meetings session talks held hold holding gathering level time times year years month months week weeks day days today
yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december earlier later recent recently last next first second third new former current
country countries nation nations state states side sides part parts way ways issue issues question questions matter matters
number numbers lot range kind sort form forms area areas sphere terms term level levels point points fact facts case cases
also well still already soon just even including include includes included made make makes making take takes taking took
given give gives gave put set see seen come came go going went get got use used using need needs needed want wants wanted
several many much some certain other another various whole entire further particular particularly especially absolutely
really clear clearly mr mrs ms dr step steps forward major real solid good concrete hope able`.split(/\s+/),
);

/** British spellings and a few synonyms folded so outlets' wording compares. */
const SPELLING: Record<string, string> = {
  defence: 'defense', organisation: 'organization', programme: 'program', recognised: 'recognized', recognise: 'recognize',
  centre: 'center', favour: 'favor', labour: 'labor', offence: 'offense', licence: 'license', criticised: 'criticized',
  shield: 'defense', pact: 'treaty', accord: 'agreement',
};

/** Lower-cased, typography folded, British spelling and plural folded: "Treaties" → "treaty", "defence" → "defense". */
export function stem(word: string): string {
  let w = foldTypography(word).toLowerCase().replace(/['’]s$/, '');
  w = SPELLING[w] ?? w;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return SPELLING[w] ?? w;
}

/** Whether a normalised word carries content (not a stop word or generic news word). */
export function isContentWord(norm: string): boolean {
  return norm.length > 1 && !STOPWORDS.has(norm) && !GENERIC_WORDS.has(norm) && !/^\d+$/.test(norm);
}
