// The forms a person's name takes in news copy beyond "First Last": Russian, Ukrainian and Kazakh patronymics
// ("Олег Вадимович Кудрявцев", "Сидоров Иван Петрович", "Ерлан Сапарұлы Нұрланов"), initials ("Н. А. Гладышева",
// "Rodolfo M. Santiago"), generational suffixes ("Marcus T. Reed Jr.") and quoted nicknames ("Patrick 'Paddy'
// Walsh"). The canonical name keeps the fullest form the text prints, less a nickname (fixtures/statements/README.md).
import { escapeRegExp } from '../text/escape-reg-exp.ts';

/**
 * A patronymic in any case: Russian and Ukrainian "-ович" / "-евич" / "-ич", "-овна" / "-евна" / "-ична" / "-івна", and
 * the Kazakh and Azerbaijani "-ұлы" / "-улы" / "-қызы" / "-кызы" / "-оглы" / "-гызы", which do not decline.
 */
const PATRONYMIC_RE = /^\p{Lu}[\p{Ll}'\u2019]+(?:(?:[оеє]в|[іи]?йов|[ьі]ов)ич(?:а|у|ем|е)?|ьич(?:а|у|ем|е)?|(?:[оеє]вн|[іїи]вн|ичн|иничн)(?:а|ы|е|у|ой|і|ою)|ұлы|улы|қызы|кызы|оглы|оғлы|гызы)$/u;

/** A man's patronymic from a first name in -а / -я, made without "-ов-" ("Кузьмич" of Кузьма, "Фомич", "Лукич", "Никитич"). */
const SHORT_PATRONYMIC_RE = /^(?:Кузьм|Фом|Лук|Никит|Савв|Ерем|Емел|Сав)ич(?:а|у|ем|е)?$/u;

export function isPatronymic(word: string): boolean {
  return PATRONYMIC_RE.test(word) || SHORT_PATRONYMIC_RE.test(word);
}

/** A patronymic printed in an oblique case ("Вадимовича", "Игоревны"): the name it is part of is not in the nominative. */
export function isObliquePatronymic(word: string): boolean {
  return isPatronymic(word) && /(?:ич(?:а|у|ем|е)|вн(?:ы|е|у|ой|ою)|чн(?:ы|е|у|ой|ою))$/u.test(word);
}

/** Whether three name words are "Имя Отчество Фамилия" or "Фамилия Имя Отчество" (a patronymic second or last). */
export function hasPatronymic(words: readonly string[]): boolean {
  return words.length === 3 && (isPatronymic(words[1]!) || (isPatronymic(words[2]!) && looksLikeSurname(words[0]!)));
}

/**
 * A Russian, Ukrainian or Kazakh surname by its ending, for a name printed surname first ("Сидоров Иван Петрович"): a
 * capitalised genitive before a first name ("президент Сербии Слободан Милошевич") is none.
 */
export function looksLikeSurname(word: string): boolean {
  return /^\p{Lu}[\p{Ll}'\u2019-]+(?:[оеёє]в|[иы]н|[сц]к(?:ий|ой)|[оеёєиы]ва|[иы]на|[сц]кая|ко|[ую]к|чук|ян|швили|дзе|ич|ов[аы]?|ых|их|ий|ой|ая|ев|ева|ұлы|қызы|баев|бекова?)$/u.test(word)
    || /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(word);
}

/** Generational suffixes written after a surname ("Jr.", "III"): part of the name, never its surname. */
const SUFFIX_RE = /^(?:Jr|Sr|II|III|IV)\.?$/u;

export function isNameSuffix(word: string): boolean {
  return SUFFIX_RE.test(word);
}

/** A name's words without a generational suffix at the end ("Reed" is the surname of "Marcus T. Reed Jr."). */
export function withoutSuffix<T extends string>(words: readonly T[]): readonly T[] {
  return words.length > 1 && isNameSuffix(words.at(-1)!) ? words.slice(0, -1) : words;
}

/** Initials written together ("И.П."), kept as printed. */
export function isJoinedInitials(word: string): boolean {
  return /^(?:\p{Lu}\.){2,3}$/u.test(word);
}

/** Given names abbreviated with a full stop as papers print them: the Philippine "Ma." (María), "Wm.", "Chas.", "Thos.", "Jas.", "Geo.". */
const ABBREVIATED_GIVEN_NAMES = new Set(['Ma', 'Wm', 'Chas', 'Thos', 'Jas', 'Geo']);

export function isAbbreviatedGivenName(word: string): boolean {
  return ABBREVIATED_GIVEN_NAMES.has(word.replace(/\.$/u, ''));
}

/** A single capital letter standing for a name ("M" of "Rodolfo M. Santiago", "Н" of "Н. А. Гладышева"). */
export function isInitial(word: string): boolean {
  return /^\p{Lu}\.?$/u.test(word) && !/^[ÓÒ]$/u.test(word);
}

/** A name word as the canonical name prints it: an initial or an abbreviated suffix with its full stop ("M.", "Jr."). */
export function displayNameWord(word: string): string {
  if (isInitial(word) || isAbbreviatedGivenName(word)) return word.endsWith('.') ? word : `${word}.`;
  if (isJoinedInitials(word)) return word;
  return /^(?:Jr|Sr)$/u.test(word) ? `${word}.` : word;
}

/** Quotation marks a nickname is printed in, inside a name ("Ramon \"Bong\" Tolentino", "Мария «Маша» Коваль"). */
const NICKNAME_RE = /(?<=\p{L}[ \t]+)["\u201C\u2018'\u00AB](\p{Lu}[\p{L}.'-]*(?:[ \t]+\p{Lu}[\p{L}.'-]*)?)["\u201D\u2019'\u00BB](?=[ \t]+\p{Lu})/gu;

/**
 * A name's words without a nickname `span` (the name as printed, and what follows it) puts in quotation marks. When the
 * phrase kept the nickname at one end ("«Маша» Коваль", "Мария «Маша»"), the name word printed on its other side takes
 * its place.
 */
export function withoutNicknames(name: readonly string[], span: string): string[] {
  const nicknames = nicknamesIn(span);
  if (nicknames.size === 0 || !name.some((w) => nicknames.has(w))) return [...name];
  // ('Fergus "Big Fergus" MacAskill': a nickname inside the name whose words repeat a name word outside it is dropped as the
  // run it was printed as, so the given name it repeats stays. Forty-first session, d2271.)
  for (const m of span.matchAll(NICKNAME_RE)) {
    const run = m[1]!.split(/[ \t]+/u);
    if (!run.some((w) => name.filter((n) => n === w).length > 1)) continue;
    for (let k = 1; k + run.length < name.length; k++) {
      if (run.every((w, j) => name[k + j] === w)) return [...name.slice(0, k), ...name.slice(k + run.length)];
    }
  }
  const around = (w: string) => new RegExp(`(\\p{Lu}[\\p{L}'-]+)[ \\t]+["\u201C\u2018'\u00AB]${escapeRegExp(w)}["\u201D\u2019'\u00BB][ \\t]+(\\p{Lu}[\\p{L}'-]+)`, 'u').exec(span);
  const out: string[] = [];
  for (const [k, w] of name.entries()) {
    if (!nicknames.has(w)) {
      out.push(w);
      continue;
    }
    const side = k === 0 ? 1 : k === name.length - 1 ? 2 : 0;
    const printed = side === 0 ? null : around(w);
    if (printed) out.push(printed[side]!);
  }
  return out;
}

/**
 * The words of `span` (a name as printed) that are a nickname in quotation marks between name words: a name's words
 * without them are its canonical form ("Patrick 'Paddy' Walsh" is Patrick Walsh).
 */
export function nicknamesIn(span: string): Set<string> {
  const out = new Set<string>();
  if (!/["\u201C\u2018'\u00AB]/u.test(span)) return out;
  for (const m of span.matchAll(NICKNAME_RE)) for (const w of m[1]!.split(/[ \t]+/u)) out.add(w);
  return out;
}

/** Irish particles, capitalised inside a name ("Seán Ó Briain", "Aoife Ní Mhurchú", "Caoimhe Nic Giolla Phádraig"). */
const IRISH_PARTICLES = new Set(['ó', 'ní', 'nic', 'mac', 'mag', 'uí', 'ua']);

/** Whether a name opening with `word` is a surname led by an Irish particle ("Mr Ó Briain"). */
export function isIrishParticle(word: string): boolean {
  return IRISH_PARTICLES.has(word.toLowerCase());
}

/** Arabic and Malay "son of" / "daughter of": a name with one after its first word is known by that first word too ("Sheikh Khalid"). */
export function isLineageParticle(word: string): boolean {
  return /^(?:bin|bint|ibn|binti)$/u.test(word);
}

/** The commonest Vietnamese family names, as English-language copy prints them (without diacritics, or with). */
const VIETNAMESE_FAMILY_NAMES: ReadonlySet<string> = new Set(['Nguyen', 'Nguyễn', 'Tran', 'Trần', 'Le', 'Lê', 'Pham', 'Phạm', 'Hoang', 'Hoàng', 'Huynh',
  'Huỳnh', 'Phan', 'Vu', 'Vũ', 'Vo', 'Võ', 'Dang', 'Đặng', 'Bui', 'Bùi', 'Do', 'Đỗ', 'Ho', 'Hồ', 'Ngo', 'Ngô', 'Duong',
  'Dương', 'Ly', 'Lý', 'Truong', 'Trương', 'Dinh', 'Đinh', 'Trinh', 'Trịnh', 'Doan', 'Đoàn', 'Luong', 'Lương']);

/** Whether `word` is a Vietnamese family name: "Van" after it is a middle name ("Nguyen Van Tuan"), not a Dutch particle. */
export function isVietnameseFamilyName(word: string): boolean {
  return VIETNAMESE_FAMILY_NAMES.has(word);
}

/** The family names as one alternation of a regular expression (none holds a character that needs escaping). */
const VIETNAMESE_FAMILY_NAME_ALTERNATION = [...VIETNAMESE_FAMILY_NAMES].join('|');

/**
 * "Le Minh Phuc" for "Minh Phuc": a Vietnamese name is written family name first and referred to by its last word, the
 * given name, so the family name the text prints before the rest of it belongs to the full name.
 */
export function withVietnameseFamilyName(text: string, name: string): string {
  const escaped = escapeRegExp(name);
  const family = new RegExp(`(?<![\\p{L}])(${VIETNAMESE_FAMILY_NAME_ALTERNATION})\\s+${escaped}(?![\\p{L}])`, 'u').exec(text);
  return family ? `${family[1]} ${name}` : name;
}

/**
 * "June Pellow, 71, …, said", "April Comeau said": a month that is also a given name opening a sentence is the first
 * name (after a preposition, "In June Pellow said", it is a date; never a weekday or another month).
 */
export function monthGivenName(text: string, word: string, at: number): boolean {
  return /^(?:April|May|June)$/u.test(word) && /(?:^|[.!?]["\u201D\u2019]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, at - 4), at));
}
