// «…, сообщает пресс-служба Сыктывкарского зоопарка. … «…», — говорится в сообщении зоопарка», «Как сообщает сайт
// зоопарка, …», «сообщили в пресс-службе музея» with «Государственного музея «Выборгский замок»» printed later: a body's
// head noun alone, lower case, in the genitive, is the body the text names with a capitalised adjective before that noun
// (and perhaps its «name» after it), in whatever case the text prints it. Before, «зоопарка», no body's word of the lists,
// was read as no one («в сообщении зоопарка»: unnamed) or kept as printed («сайт зоопарка», «музея»), because a body
// printed only in the genitive is in no list of named bodies (forty-third session, fourteenth Russian speaker probe).

/**
 * The nominatives a head noun may stand for: «зоопарка» → зоопарк, «музея» → музей, «филармонии» → филармония; a word in
 * «-а» may also be a feminine noun's own nominative («лига», as the resolver may pass it), tried too.
 */
function headNominatives(word: string): { noun: string; feminine: boolean }[] {
  if (/ии$/u.test(word)) return [{ noun: word.replace(/ии$/u, 'ия'), feminine: true }];
  if (/ея$/u.test(word)) return [{ noun: word.replace(/ея$/u, 'ей'), feminine: false }];
  if (/[бвгдзклмнпрстфхц]а$/u.test(word)) return [{ noun: word.slice(0, -1), feminine: false }, { noun: word, feminine: true }];
  return [];
}

/** An adjective in any case, in the nominative of the head's gender: «Сыктывкарского» → Сыктывкарский. */
function adjectiveNominative(word: string, feminine: boolean): string | null {
  // (The adjective agrees with the head: a masculine noun's forms only before a masculine head, a feminine's before a
  // feminine one; «-ой», a feminine's oblique form as well as «Большой», is read only as the feminine's.)
  const endings = feminine ? 'ской|ская|скую|ной|ная|ную|ая|ую|ой' : 'ского|скому|ским|ском|ский|ного|ному|ным|ном|ный|ого|ому|ым|ом|ый|ий';
  const m = new RegExp(`^(\\p{L}\\p{Ll}+?)(${endings})$`, 'u').exec(word);
  if (!m) return null;
  const [, stem, ending] = m as unknown as [string, string, string];
  const base = stem + (/^ск/u.test(ending) ? 'ск' : /^н/u.test(ending) ? 'н' : '');
  if (feminine) return `${base}ая`;
  return `${base}${/[кгхжшчщ]$/u.test(base) ? 'ий' : 'ый'}`;
}

/**
 * The body the text names by a capitalised adjective before the head noun `genitive` is the genitive of («зоопарка»),
 * in the nominative («Сыктывкарский зоопарк»), with its «name» when the text prints one right after the noun; the text's
 * own nominative of it when printed. Null when the text names no such body, or two different ones.
 * Guards: the word lower case, a noun in «-а» / «-я» / «-ии»; the adjective capitalised and not a sentence's first word
 * unless the phrase is printed so in the nominative.
 */
export function bodyNamedByHeadNoun(text: string, genitive: string): string | null {
  if (!/^\p{Ll}{4,}$/u.test(genitive)) return null;
  const found = new Set<string>();
  for (const head of headNominatives(genitive)) {
    const stem = head.noun.slice(0, Math.max(4, head.noun.length - 1));
    const re = new RegExp(`(?<![\\p{L}-])(\\p{Lu}\\p{Ll}+)(?:\\s+(\\p{Ll}{4,}))?\\s+(${stem}\\p{Ll}{0,3})(?![\\p{L}-])(\\s+\\u00AB[^\\u00BB]{2,40}\\u00BB)?`, 'gu');
    for (const m of text.matchAll(re)) {
      const adjective = adjectiveNominative(m[1]!, head.feminine);
      // (A lower-case adjective between, «Вельский краеведческий музей», in the nominative too.)
      const middle = m[2] ? adjectiveNominative(m[2], head.feminine) : '';
      if (!adjective || middle === null) continue;
      // (The noun must be a form of the head: «зоопарк», «зоопарка», «зоопарке», «зоопарком».)
      if (!new RegExp(`^${head.noun.replace(/[айья]$/u, '')}(?:|й|ь|а|у|е|ом|ем|я|ю|и|ей|ия|ию|ией|ой|ою)$`, 'u').test(m[3]!)) continue;
      found.add([adjective, middle, head.noun, m[4]?.trim() ?? ''].filter(Boolean).join(' '));
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}
