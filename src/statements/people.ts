// A directory of the people a set of texts quotes: their canonical name, the
// spellings they appear under (Sergei/Sergey Lavrov) and the titles news copy
// gives them ("Russian Foreign Minister Sergei Lavrov" teaches that "the
// Russian foreign minister" is Lavrov). It is learned from the texts, never
// written by hand, so articles added later teach it new people.

import { closesPostWithParticle } from './post-with-particle.ts';
import { nameWithoutPostPlace } from './place-between-post-and-name.ts';
import { RANKS, RETIRED_MARK_RE } from './retired-rank.ts';
import { isBracketedPostLettersBeforeField } from './post-letters-before-name.ts';
import { hasCapitalisedPreposition } from './headline-words.ts';
import { isJoinedInitialGap } from './joined-initials.ts';
import { withoutPartyLettersAfterName } from './party-letters-after-name.ts';
import { withoutCourtesyTheBeforeHon } from './courtesy-the-before-hon.ts';
import { endsSettlementName } from './russian-settlement-name-before-name.ts';
import { displayNameWord, hasPatronymic, isAbbreviatedGivenName, isInitial, isJoinedInitials, isLineageParticle, isNameSuffix, isPatronymic, monthGivenName, withoutNicknames } from './name-forms.ts';
import { postOfTaughtLetters } from './post-letters-in-text.ts';
import { proTemLength } from './pro-tem-after-post.ts';
import { dativeFullNameNominative } from './russian-dative-name.ts';
import { nominativeAfterDativePost } from './russian-name-case-from-post.ts';
import { withAdjectivalSurnamePrinted } from './russian-adjectival-surname-printed.ts';
import { russianNominativeName } from './russian.ts';
import { russianPeopleWorkingAs } from './russian-works-as.ts';
import { parseSpeakerPhrase, type Token, tokenize } from './speaker-phrase.ts';
import {
  CLAUSE_CUES, DEFINITE, HONORIFICS, INDEFINITE, isPersonNoun, NAME_PARTICLES, POST_LETTERS, PROFESSION_KINDS, QUOTE_CUES, ROLE_MODIFIERS, ROLE_NOUNS, SUBJECT_TRAILERS, THAT_CUES, TITLE_ABBREVIATIONS,
} from './vocabulary.ts';
import { RU_ROLES, russianRoles } from './vocabulary-ru.ts';

const KINDS = new Set(Object.values(PROFESSION_KINDS));
/** A post worth keeping with a name: a role, or a kind of profession ("doctor" of "Dr Name"). */
const isRole = (r: string) => ROLE_NOUNS.has(r) || RU_ROLES.has(r) || KINDS.has(r);

export interface PersonTitle {
  roles: readonly string[];
  qualifier: string | null;
}

export interface Person {
  /** Canonical full name: the most frequent spelling. */
  name: string;
  spellings: readonly string[];
  titles: readonly PersonTitle[];
}

interface PersonRecord {
  keys: string[];
  /** The name words as first printed, for what the keys lose (a patronymic's ending). */
  words: readonly string[];
  /** What the printed words say of the name's form, read once (names are looked up often). */
  form: NameShape;
  spellings: Map<string, number>;
  titles: PersonTitle[];
}

/** A spelling-insensitive key for one name word: Sergei/Sergey, Dmitry/Dmitri, Alexei/Aleksei. */
const nameKeys = new Map<string, string>();
const MAX_CACHED_KEYS = 50_000;

export function nameKey(word: string): string {
  let key = nameKeys.get(word);
  if (key === undefined) {
    if (nameKeys.size >= MAX_CACHED_KEYS) nameKeys.clear();
    key = computeNameKey(word);
    nameKeys.set(word, key);
  }
  return key;
}

function computeNameKey(word: string): string {
  if (/[\u0400-\u04FF]/u.test(word)) {
    // Russian names decline: "Каримов", "Каримовым", "Бахтиёром" share the key of their stem.
    const letters = word.toLowerCase().replace(/ё/g, 'е').replace(/й/g, 'и').replace(/[^\p{L}]/gu, '');
    return letters.length > 4 ? letters.replace(/(?:ым|ом|ой|ою|ому|ого|ую|ая|ем|ы|а|у|е|ю|я)$/u, '') : letters;
  }
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/kh/g, 'h')
    .replace(/ks/g, 'x')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

function displaySpelling(words: string[]): string {
  return words
    .map((w) => (/\p{Ll}/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()) || isNameSuffix(w) || isJoinedInitials(w) ? w : w.charAt(0) + w.slice(1).toLowerCase()))
    .map((w, i) => (NAME_PARTICLES.has(w.toLowerCase()) && i > 0 ? w.toLowerCase() : displayNameWord(w)))
    .join(' ');
}

/** A name's form beyond "First Last": where its patronymic stands, its keys without a suffix, a lineage particle. */
interface NameShape {
  /** "Олег Вадимович Кудрявцев": second; "Сидоров Иван Петрович": last. */
  patronymic: 'second' | 'last' | null;
  /** The keys without a generational suffix ("Reed" ends "Marcus T. Reed Jr."). */
  surnameKeys: string[];
  /** "Khalid bin Rashid …", "Mohd Azlan bin Che Hassan": how many words come before a "bin" / "bint" / "ibn" (1 to 3), else 0. */
  lineage: number;
  /** "Сидоров Иван Петрович", "Сидоров И. П.": the surname is printed first, so "Сидоров" alone is its first word. */
  surnameFirst: boolean;
}

function nameShape(keys: string[], words: readonly string[]): NameShape {
  const patronymic = keys.length === 3 && hasPatronymic(words) ? (isPatronymic(words[1]!) ? 'second' : 'last') : null;
  const surnameKeys = keys.length > 1 && isNameSuffix(words.at(-1) ?? '') ? keys.slice(0, -1) : keys;
  const initialsAfter = words.length >= 2 && words.slice(1).every((w) => isInitial(w) || isJoinedInitials(w));
  return { patronymic, surnameKeys, lineage: keys.length >= 3 ? [1, 2, 3].find((k) => k < keys.length - 1 && isLineageParticle(words[k] ?? '')) ?? 0 : 0, surnameFirst: patronymic === 'last' || initialsAfter };
}

/**
 * Whether `short` names the person `long` names by the first name and patronymic ("Олег Вадимович" of "Олег Вадимович
 * Кудрявцев"), by the first name and surname of a name printed surname first ("Анна Лапина" of "Лапина Анна Сергеевна"), or
 * by that surname alone ("Сидоров" of "Сидоров Иван Петрович").
 */
function patronymicPart(short: string[], shortWords: readonly string[], long: string[], longShape: NameShape): boolean {
  if ((longShape.patronymic === null && !longShape.surnameFirst) || short.length > 2) return false;
  if (short.length === 2 && isPatronymic(shortWords[1] ?? '')) return long[0] === short[0] && long[1] === short[1];
  if (short.length === 1) return longShape.surnameFirst && long[0] === short[0];
  return longShape.patronymic === 'last' && long[0] === short[1] && long[1] === short[0];
}

function isSuffix(short: string[], long: string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  const offset = long.length - short.length;
  return short.every((k, i) => long[offset + i] === k);
}


function sameTitle(a: PersonTitle, b: PersonTitle): boolean {
  return a.qualifier === b.qualifier && a.roles.length === b.roles.length && a.roles.every((r, i) => b.roles[i] === r);
}

export class PersonDirectory {
  private readonly records: PersonRecord[] = [];

  /** Records that `words` (two or more name words) name a person, optionally with a title. */
  addName(words: string[], title?: PersonTitle): void {
    if (words.length < 2) return;
    // Upper-case archive copy counts less than the spelling an article prints.
    const weight = words.some((w) => /\p{Ll}/u.test(w)) ? 2 : 1;
    this.absorb(words.map(nameKey), words, new Map([[displaySpelling(words), weight]]), title ? [title] : []);
  }

  private absorb(keys: string[], words: readonly string[], spellings: ReadonlyMap<string, number>, titles: readonly PersonTitle[]): void {
    const record = this.records.find((r) => r.keys.length === keys.length && r.keys.every((k, i) => keys[i] === k))
      ?? this.records.find((r) => r.keys.at(-1) === keys.at(-1) && r.keys[0] === keys[0])
      // "De Hoop Scheffer" is "Jaap de Hoop Scheffer" without the first name.
      ?? this.records.find((r) => isSuffix(keys, r.keys) || isSuffix(r.keys, keys))
      // "Олег Вадимович" is "Олег Вадимович Кудрявцев" without the surname.
      ?? this.findPatronymicPart(keys, words)
      // "Mohd Azlan" is "Mohd Azlan bin Che Hassan" without the "bin" and what follows.
      ?? this.findLineagePart(keys, words);
    const target = record ?? { keys, words, form: nameShape(keys, words), spellings: new Map<string, number>(), titles: [] };
    if (!record) this.records.push(target);
    if (keys.length > target.keys.length) {
      target.keys = keys;
      target.words = words;
      target.form = nameShape(keys, words);
    }
    for (const [spelling, count] of spellings) target.spellings.set(spelling, (target.spellings.get(spelling) ?? 0) + count);
    for (const title of titles) {
      if (title.roles.some(isRole) && !target.titles.some((t) => sameTitle(t, title))) {
        target.titles.push(title);
      }
    }
  }

  /** The record `keys` name by a part of a name with a patronymic, or whose part they are ("Олег Вадимович" / "… Кудрявцев"). */
  private findPatronymicPart(keys: string[], words: readonly string[]): PersonRecord | undefined {
    if (keys.length > 3 || !/[\u0400-\u04FF]/u.test(words[0] ?? '')) return undefined;
    const shape = nameShape(keys, words);
    return this.records.find((r) => patronymicPart(keys, words, r.keys, r.form) || patronymicPart(r.keys, r.words, keys, shape));
  }

  /** The record `keys` name by the words before a "bin" / "ibn", or whose such words they are. */
  private findLineagePart(keys: string[], words: readonly string[]): PersonRecord | undefined {
    const before = (long: string[], lineage: number, short: string[]) => lineage > 0 && lineage === short.length && short.every((k, i) => long[i] === k);
    const shape = nameShape(keys, words);
    return this.records.find((r) => before(r.keys, r.form.lineage, keys) || before(keys, shape.lineage, r.keys));
  }

  /** Every person, canonical names first-seen order. */
  people(): Person[] {
    return this.records.map((r) => this.toPerson(r));
  }

  /**
   * The person `words` name: a full name in any recorded spelling, or its
   * last words ("Lavrov", "De Hoop Scheffer"). Null when nobody or more than
   * one person fits.
   */
  findByName(words: string[]): Person | null {
    const keys = words.map(nameKey).filter((k) => k.length > 0);
    if (keys.length === 0) return null;
    const hits = this.records.filter(
      (r) => isSuffix(keys, r.keys) || (keys.length >= 2 && r.keys[0] === keys[0] && r.keys.at(-1) === keys.at(-1))
        || (r.form.surnameKeys !== r.keys && (isSuffix(keys, r.form.surnameKeys) || (keys.length >= 2 && r.keys[0] === keys[0] && r.form.surnameKeys.at(-1) === keys.at(-1))))
        || patronymicPart(keys, words, r.keys, r.form),
    );
    if (hits.length === 0 && keys.length <= 3) {
      // "Sheikh Khalid" for "Khalid bin Rashid Al Nuaimi", "Mohd Azlan" for "Mohd Azlan bin Che Hassan": a name with "bin" /
      // "ibn" after its first words (up to three) is known by them.
      const lineage = this.records.filter((r) => r.form.lineage === keys.length && keys.every((k, i) => r.keys[i] === k));
      if (lineage.length === 1) return this.toPerson(lineage[0]!);
    }
    if (hits.length === 0 && keys.length === 1) {
      // "Castaño" for "Rocío Castaño Ruiz": the first of two family names, when no one else bears it.
      const inner = this.records.filter((r) => r.keys.length >= 3 && r.keys.slice(1, -1).includes(keys[0]!));
      return inner.length === 1 ? this.toPerson(inner[0]!) : null;
    }
    return hits.length === 1 ? this.toPerson(hits[0]!) : null;
  }

  /** People who have held a title covering `title` ("minister" is covered by "foreign minister"). */
  findByTitle(title: PersonTitle): Person[] {
    return this.records
      .filter((r) => r.titles.some((t) => titleCovers(t, title)))
      .map((r) => this.toPerson(r));
  }

  /** A new directory holding both this one's people and `other`'s. */
  merge(other: PersonDirectory): PersonDirectory {
    const merged = new PersonDirectory();
    for (const source of [this, other]) {
      for (const r of source.records) merged.absorb(r.keys, r.words, r.spellings, r.titles);
    }
    return merged;
  }

  private toPerson(r: PersonRecord): Person {
    return { name: bestSpelling(r), spellings: [...r.spellings.keys()], titles: r.titles };
  }
}

function bestSpelling(r: PersonRecord): string {
  // The fullest name wins, then the most frequent spelling of it.
  let best = '';
  let bestCount = -1;
  for (const [spelling, count] of r.spellings) {
    const length = spelling.split(' ').length;
    const bestLength = best ? best.split(' ').length : 0;
    if (length > bestLength || (length === bestLength && count > bestCount)) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

/** Whether someone known as `held` fits a mention of `wanted`: same roles or fewer, no clashing country. */
export function titleCovers(held: PersonTitle, wanted: PersonTitle): boolean {
  if (wanted.roles.length === 0) return false;
  if (wanted.qualifier && held.qualifier && wanted.qualifier !== held.qualifier) return false;
  // The shadow environment secretary is not the environment secretary.
  if (held.roles.includes('shadow') !== wanted.roles.includes('shadow')) return false;
  // ("the CEO" of "chief executive Name", "the chief financial officer" of "CFO Name": letters for the words.)
  // ("the forecaster added" of "meteorologist Name", "the doctor said" of "Dr Name": a profession by its kind.)
  const words = (roles: readonly string[]) => roles.flatMap((r) => POST_LETTERS[r] ?? postOfTaughtLetters(r) ?? [PROFESSION_KINDS[r] ?? r]);
  const heldRoles = words(held.roles);
  // ("the RDC" of "Resident District Commissioner (RDC), Ms Name", held as "commissioner": letters the text spells out
  // cover a holder of the post's head word whose other words are all the post's; post-letters-in-text.ts.)
  const spelled = wanted.roles.length === 1 ? postOfTaughtLetters(wanted.roles[0]!) : undefined;
  // (A rank held beside the post is no word of it: "Deputy Commissioner Place Captain (retd) Name", retired-rank.ts.)
  if (spelled) return heldRoles.includes(spelled.at(-1)!) && heldRoles.every((r) => spelled.includes(r) || RANKS.has(r));
  // ("The CEO" of "chief executive Name": a chief's "officer" may go unsaid.)
  const wantedRoles = words(wanted.roles);
  return wantedRoles.every((r) => heldRoles.includes(r) || (r === 'officer' && wantedRoles.length > 1 && heldRoles.includes('chief')));
}

function isNameWord(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) || NAME_PARTICLES.has(t.text);
}

const BODY_WORDS = new Set(['affairs', 'ministry', 'office', 'council', 'department', 'committee', 'commission', 'union',
  'agency', 'defence', 'defense', 'interior', 'justice', 'finance', 'security', 'development', 'relations']);

const CALENDAR_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

const SPEECH = (t: Token | undefined) =>
  t !== undefined && (CLAUSE_CUES.has(t.lower) || THAT_CUES.has(t.lower) || QUOTE_CUES.has(t.lower));

/** Runs of words separated only by spaces or brackets ("[Foreign] Minister [Sergei Lavrov]"). */
function phraseRuns(text: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let previous: Token | undefined;
  const tokens = tokenize(text);
  for (const [k, t] of tokens.entries()) {
    const gap = previous ? text.slice(previous.end, t.start) : '';
    // ("Ramon \"Bong\" Tolentino", "Мария «Маша» Коваль": a nickname in quotation marks between name words does not end the
    // run; the name is learned without it.)
    const next = tokens[k + 1];
    const nickname = previous !== undefined && /^\p{Lu}/u.test(previous.text) && /^\p{Lu}/u.test(t.text) && /^[ \t]+["\u201C\u2018'\u00AB]$/u.test(gap)
      && next !== undefined && /^\p{Lu}/u.test(next.text) && /^["\u201D\u2019'\u00BB][ \t]+$/u.test(text.slice(t.end, next.start));
    const closing = previous !== undefined && k > 1 && /^["\u201D\u2019'\u00BB][ \t]+$/u.test(gap) && /^\p{Lu}/u.test(t.text)
      && /^[ \t]+["\u201C\u2018'\u00AB]$/u.test(text.slice(tokens[k - 2]!.end, previous.start)) && /^\p{Lu}/u.test(tokens[k - 2]!.text);
    // "Robert M. Gates": an initial's full stop does not end the run ("Ramon Tolentino Jr. said": nor a suffix's).
    // ("Ma. Theresa Villanueva": nor an abbreviated given name's.)
    const initial = previous !== undefined && (/^\p{Lu}$/u.test(previous.text) || /^(?:Jr|Sr)$/u.test(previous.text) || isAbbreviatedGivenName(previous.text)) && /^\.[ \t]+$/.test(gap)
      // ("B.Enkhtuvshin": nor an initial's written against the name.)
      || (previous !== undefined && isJoinedInitialGap(previous.text, gap, t.text));
    // "Вратарь «Северстали» Максим Жук": a body in guillemets inside a Russian title does not end the run.
    const guillemets = /^[ \t]*[\u00AB\u00BB][ \t]*$/u.test(gap) && /[\u0400-\u04FF]/u.test(t.text);
    // ("County Executive Committee Member (CECM) for Agriculture Name": nor a post's letters in brackets before the post's
    // field, post-letters-before-name.ts.)
    const opening = previous !== undefined && /^[ \t]*\($/u.test(gap) && /^\p{Lu}/u.test(previous.text) && isBracketedPostLettersBeforeField(text, previous.end + gap.indexOf('('));
    const closingLetters = previous !== undefined && k > 1 && /^\)[ \t]+$/u.test(gap) && /^[ \t]*\($/u.test(text.slice(tokens[k - 2]!.end, previous.start))
      && isBracketedPostLettersBeforeField(text, previous.start - 1);
    // ("Deputy Commissioner Place Captain (retd) Name": a retired officer's mark after a rank is passed over, retired-rank.ts.)
    if (previous !== undefined && RANKS.has(previous.lower) && RETIRED_MARK_RE.test(t.text) && /^[ \t]*\($/u.test(gap)
      && /^\.?\)[ \t]+\p{Lu}/u.test(text.slice(t.end, t.end + 4))) continue;
    const afterRetired = previous !== undefined && k > 1 && RETIRED_MARK_RE.test(tokens[k - 1]!.text) && tokens[k - 1]!.start > previous.end
      && /^\.?\)[ \t]+$/u.test(text.slice(tokens[k - 1]!.end, t.start)) && /^[ \t]*\($/u.test(text.slice(previous.end, tokens[k - 1]!.start));
    if (previous && !initial && !guillemets && !nickname && !closing && !opening && !closingLetters && !afterRetired && !/^[ \t[\]]+$/.test(gap)) {
      runs.push(run);
      run = [];
    }
    run.push(t);
    previous = t;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Learns people from texts: a title followed by a name ("NATO spokesman James
 * Appathurai"), a full name next to a speech verb ("Sergei Lavrov told"), and
 * a surname next to a speech verb completed from the same text ("Rogozin
 * said" + "Dmitry Rogozin met").
 */
export function buildPersonDirectory(texts: readonly string[]): PersonDirectory {
  const directory = new PersonDirectory();
  for (const text of texts) learnFromText(directory, text);
  return directory;
}

/** Whether every abbreviation with a full stop opening an apposed name is a courtesy title or a post the reader drops. */
function abbreviationsOpeningKnown(name: string): boolean {
  const opening = /^(?:(?:the[ \t]+)?\p{Lu}\p{Ll}{1,3}\.[ \t]+)+/u.exec(name)?.[0] ?? '';
  return opening.split(/\.[ \t]+/u).filter(Boolean).every((w) => HONORIFICS.has(w.replace(/^the[ \t]+/u, '').toLowerCase())
    || TITLE_ABBREVIATIONS.has(w.replace(/^the[ \t]+/u, '').toLowerCase()));
}

/** "the Minister, Claire Hoffmann, told", "Russia's envoy to NATO, Dmitry Rogozin, said": a title, then the name in apposition. */
function learnAppositions(directory: PersonDirectory, text: string): string[][] {
  const learned: string[][] = [];
  // ("The Minister of Finance and Treasury, Hon. John Riumana, told": a courtesy title or rank written short with a full
  // stop, "Hon.", "Dr.", "Maj.", may open the name; the phrase reader drops it.)
  // (Only a courtesy title or an abbreviation the phrase reader knows, so that it is dropped: not "Ing.", which it keeps.)
  // ("Member of Parliament for the constituency, Dr. the Hon. Name Name,": Caribbean and Commonwealth state copy's "the"
  // before "Hon." inside a name's courtesy titles, courtesy-the-before-hon.ts, is dropped with them.)
  for (const m of text.matchAll(/([^,.;:!?\n"\u201C\u201D\u00AB\u00BB]{2,80}),[ \t]+(?=((?:(?:the[ \t]+)?\p{Lu}\p{Ll}{1,3}\.[ \t]+){0,2}[^,.;:!?\n"]{3,60}),)/gu)) {
    if (!abbreviationsOpeningKnown(m[2]!)) continue;
    const titleTokens = tokenize(m[1]!);
    // ("Cllr Name Name (Ind),": the party's letters are no part of the name, party-letters-after-name.ts.)
    const nameTokens = tokenize(withoutCourtesyTheBeforeHon(withoutPartyLettersAfterName(m[2]!)));
    const named = parseSpeakerPhrase(nameTokens);
    if (named?.kind !== 'name' || named.name.length < 2) continue;
    // ("The Director-General of the state's Centre for Disease Control, Dr Name Name,": where no tail of the words reads as
    // a post, the words before their first "of" / "for" may; thirty-first session, initials-of-a-post.ts. Guard: only then.)
    const cut = titleTokens.findIndex((t) => t.lower === 'of' || t.lower === 'for');
    const cutTitle = cut > 0 && !titleTokens.some((_, k) => k >= titleTokens.length - 8 && parseSpeakerPhrase(titleTokens.slice(k))?.kind === 'title')
      ? parseSpeakerPhrase(titleTokens.slice(0, cut)) : null;
    if (cutTitle?.kind === 'title' && cutTitle.roles.length > 0) {
      const name = [...firstNameShapedAsPersonNoun(nameTokens, named), ...named.name];
      directory.addName(name, { roles: [...named.roles, ...cutTitle.roles], qualifier: named.qualifier ?? cutTitle.qualifier });
      learned.push(name);
      continue;
    }
    for (let k = Math.max(0, titleTokens.length - 8); k < titleTokens.length; k++) {
      const title = parseSpeakerPhrase(titleTokens.slice(k));
      if (title?.kind !== 'title') continue;
      const name = [...firstNameShapedAsPersonNoun(nameTokens, named), ...named.name];
      directory.addName(name, { roles: [...named.roles, ...title.roles], qualifier: named.qualifier ?? title.qualifier });
      learned.push(name);
      break;
    }
  }
  return learned;
}

/**
 * "the front's president, Wilber Quispe Huamán,": a first name shaped as a noun for a person ("Wilber", "Walter") that the
 * phrase reader took for a description ("Grazier Name Surname") is a name word in apposition to a post, where no
 * description comes between the comma and the name.
 */
function firstNameShapedAsPersonNoun(tokens: readonly Token[], named: { name: string[]; start: number }): string[] {
  const first = tokens[0];
  return first !== undefined && tokens[1]?.start === named.start && first.text !== named.name[0] && /^\p{Lu}\p{Ll}{2,}$/u.test(first.text)
    && isPersonNoun(first.lower) && !ROLE_NOUNS.has(first.lower) ? [first.text] : [];
}

/** A capitalised name of two to four words, as a post sentence prints it. */
const POST_NAME = "(\\p{Lu}(?:\\.|[\\p{L}'\u2019-]*)(?:[ \\t]+\\p{Lu}(?:\\.|[\\p{L}'\u2019-]*)){1,3})";
/** A post written with whose it is: "the university's vice president", "its head coach", "Corvane's chief technology officer". */
const OWNED_POST = "((?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\\s+(?:(?:[\\p{L}&-]+\\s+){0,2}[\\p{L}&-]+['\u2019]s\\s+)?|(?:\\p{Lu}[\\p{L}&-]*\\s+){0,2}\\p{Lu}[\\p{L}&-]*['\u2019]s\\s+)(?:[\\p{Ll}'\u2019-]+\\s+){0,4}[\\p{Ll}-]+)";
/**
 * Where a text gives someone a post without a speech verb: "Name, the firm's site manager,", "Name, cabinet member for
 * environment,", "named Name its vice president", "Name is the chairman of …", "Corvane's chief technology officer is
 * Name"; the post is cut before what it is of, for or at.
 */
const POST_FORMS: readonly { re: RegExp; name: number; post: number }[] = [
  // ("Name, the Bor town mayor, told": the place whose post it is may stand bare before two lower-case words or more, a
  // word qualifying the post and the post, as the phrase reader takes "the Yei town mayor"; forty-second session, test-60
  // w09. Not before the post's word alone, "Name, the Stanmore manager,", which dev d1741's "the visiting manager" needs
  // left unlearned.)
  { re: new RegExp(`(?<![\\p{L}'\u2019])${POST_NAME},\\s+((?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}&-]*(?:\\s+\\p{Lu}[\\p{L}&-]*){0,2}['\u2019]s\\s+)?(?:[\\p{Ll}'\u2019-]+\\s+){0,3}|\\p{Lu}[\\p{L}&-]*(?:\\s+\\p{Lu}[\\p{L}&-]*){0,2}\\s+(?:[\\p{Ll}'\u2019-]+\\s+){1,3})[\\p{Ll}-]+)(?=\\s*[,.;]|\\s+(?:for|of|at|with|in|on|from|who)\\s)`, 'gu'), name: 1, post: 2 },
  { re: new RegExp(`(?<![\\p{L}])(?:named|appointed|hired|made|elected|promoted)\\s+${POST_NAME}\\s+(?:as\\s+)?${OWNED_POST}(?=\\s*[,.;]|\\s+(?:for|of|at|with|in|on|from|last|this|earlier|after|before|when|and)\\s)`, 'gu'), name: 1, post: 2 },
  { re: new RegExp(`(?<![\\p{L}'\u2019])${POST_NAME}\\s+(?:is|was|has\\s+been|became)\\s+${OWNED_POST}(?=\\s*[,.;]|\\s+(?:for|of|at|with|in|on|from|since)\\s)`, 'gu'), name: 1, post: 2 },
  { re: new RegExp(`(?<![\\p{L}])${OWNED_POST}\\s+(?:is|was)\\s+${POST_NAME}(?=\\s*[,.;])`, 'gu'), name: 2, post: 1 },
];

/** "Dr Name", "Dr. Name", "meteorologist Name": a profession's word or title right before a full name. */
const PROFESSION_BEFORE_NAME_RE = new RegExp(`(?<![\\p{L}])(${Object.keys(PROFESSION_KINDS).map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})\\.?[ \\t]+${POST_NAME}(?![\\p{L}])`, 'gu');

function learnPosts(directory: PersonDirectory, text: string): void {
  for (const m of text.matchAll(PROFESSION_BEFORE_NAME_RE)) {
    const named = parseSpeakerPhrase(tokenize(m[2]!));
    if (named?.kind === 'name' && named.name.length >= 2) directory.addName(named.name, { roles: [PROFESSION_KINDS[m[1]!.toLowerCase()]!], qualifier: null });
  }
  for (const { re, name, post } of POST_FORMS) {
    for (const m of text.matchAll(re)) {
      const named = parseSpeakerPhrase(tokenize(m[name]!));
      if (named?.kind !== 'name' || named.name.length < 2) continue;
      const title = parseSpeakerPhrase(tokenize(m[post]!));
      if (title?.kind !== 'title' || !title.roles.some(isRole)) continue;
      directory.addName(named.name, { roles: title.roles, qualifier: title.qualifier });
    }
  }
}

/** "Justice Miriam Achterberg", "Mr Justice Name": a judge of a higher court, so that "the judge said" can find them. */
const JUSTICE_RE = /(?<!\p{L})(?:(?:Mr|Mrs|Ms|Lord|Lady|Chief)\s+)?Justice\s+(\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){1,2})(?=[\s,.;:])/gu;

function learnJustices(directory: PersonDirectory, text: string): void {
  for (const m of text.matchAll(JUSTICE_RE)) {
    const named = parseSpeakerPhrase(tokenize(m[1]!));
    if (named?.kind === 'name' && named.name.length >= 2) directory.addName(named.name, { roles: ['judge'], qualifier: null });
  }
}

/** A capitalised Cyrillic word ending as a patronymic does: a text without one is not read for such names at all. */
const PATRONYMIC_IN_TEXT_RE = /\p{Lu}[\u0400-\u04FF'\u2019]+(?:ич\p{Ll}{0,2}|[вч]н\p{Ll}{1,2}|ұлы|улы|қызы|кызы|оглы|гызы)(?![\p{L}])/u;

/** Three capitalised Cyrillic words, found at every word (overlapping), for names with a patronymic. */
const THREE_CYRILLIC_WORDS_RE = /(?<![\p{L}'\u2019-])(?=(\p{Lu}[\p{Ll}'\u2019-]+)[ \t]+(\p{Lu}[\p{Ll}'\u2019-]+)[ \t]+(\p{Lu}[\p{Ll}'\u2019-]+)(?![\p{L}]))/gu;

/**
 * "Ответчиком указана Лапина Анна Сергеевна", "Олег Вадимович Кудрявцев поручил": a name with a patronymic is a person's
 * wherever the text prints it, titled or not, so that its fullest form is known when a shorter one speaks.
 */
function learnPatronymicNames(directory: PersonDirectory, text: string): void {
  if (!PATRONYMIC_IN_TEXT_RE.test(text)) return;
  for (const m of text.matchAll(THREE_CYRILLIC_WORDS_RE)) {
    const words = [m[1]!, m[2]!, m[3]!];
    if (!/[\u0400-\u04FF]/u.test(words[0]!) || !hasPatronymic(words)) continue;
    // (Not the last word of a settlement's name before a first name and patronymic, «деревни Верхняя Подъемная Нина
    // Григорьевна»: russian-settlement-name-before-name.ts.)
    const before = text.slice(Math.max(0, m.index! - 40), m.index!).split(/\s+/u).filter(Boolean);
    if (endsSettlementName([...before, ...words], before.length)) continue;
    directory.addName([...russianNominativeName(words)]);
  }
}

/** Whether run[i] is inside a run of capitalised words opened by "Capitalised and" ("Housing and Urban Development …"). */
function continuesJoinedName(run: readonly Token[], i: number): boolean {
  let k = i;
  while (k > 0 && /^\p{Lu}/u.test(run[k - 1]!.text)) k--;
  return k >= 2 && (run[k - 1]!.lower === 'and' || run[k - 1]!.text === '&') && /^\p{Lu}/u.test(run[k - 2]!.text);
}

export function learnFromText(directory: PersonDirectory, text: string): void {
  const apposed = learnAppositions(directory, text);
  learnPosts(directory, text);
  learnJustices(directory, text);
  learnPatronymicNames(directory, text);
  // («Name работает фельдшером»: the post the text says a named person works in, russian-works-as.ts.)
  for (const { name, roles } of russianPeopleWorkingAs(text)) directory.addName([...russianNominativeName(name)], { roles, qualifier: null });
  const runs = phraseRuns(text);
  // (Names in apposition to a post count as printed in full: "Quispe said" after "…'s president, Wilber Quispe Huamán,".)
  const fullNames: string[][] = [...apposed];
  const surnames: string[] = [];
  // "June Pellow, 71, whose …, said", "April Comeau, who volunteers …, said": a month that is a given name opening a
  // sentence, before a surname and a comma or a speech verb, is a person's first name (the phrase reader drops it as a date).
  for (const run of runs) {
    const [month, surname, after] = run;
    if (!month || !surname || !monthGivenName(text, month.text, month.start) || surname.start !== month.end + 1) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(surname.text) || CALENDAR_WORDS.test(surname.text) || ROLE_NOUNS.has(surname.lower) || BODY_WORDS.has(surname.lower)) continue;
    if (!(after ? SPEECH(after) : /^,/u.test(text.slice(surname.end)))) continue;
    directory.addName([month.text, surname.text]);
    fullNames.push([month.text, surname.text]);
  }
  for (const run of runs) {
    // roleWords[k]: how many of the run's first k words are role words ("minister", "spokesman").
    const roleWords = [0];
    for (const t of run) roleWords.push(roleWords.at(-1)! + (ROLE_NOUNS.has(t.lower) || russianRoles(t.lower) ? 1 : 0));
    // (Where a body's name ends before a speech verb, "the Department of Water Resources announced", the body's last word
    // read alone, "Resources", is no surname for a later full name to complete: "Director of Water Resources Name Name"
    // would give "Water Resources Name Name". Thirty-sixth session, second round.)
    const bodyEnds = new Set<number>();
    for (let i = 0; i < run.length; i++) {
      // A name phrase opens with a capital, an article or a title word ("foreign minister Sergei Lavrov").
      const opener = run[i]!;
      // ("Minister of Environment, Urbanization and Climate Change Selim Akbaba said": capitalised words after "X and" go on
      // naming the post's field, so no phrase opens among them.)
      // (But an initial opens a name there: "… Harbour Engineering and Ports T K Raghavan said".)
      if (continuesJoinedName(run, i) && !/^\p{Lu}\.?$/u.test(opener.text)) continue;
      // ("Turaga ni Koro Name Name": the last word of a post in another language opens no name, post-with-particle.ts.)
      if (closesPostWithParticle(run, i)) continue;
      if (!/^\p{Lu}/u.test(opener.text) && !DEFINITE.has(opener.lower) && !INDEFINITE.has(opener.lower)
        && !ROLE_NOUNS.has(opener.lower) && !ROLE_MODIFIERS.has(opener.lower) && !russianRoles(opener.lower)) continue;
      // A phrase that ends where the run ends or just before a speech verb.
      // A speaker phrase is at most 12 words here (longer titles are read where they are used).
      for (let j = Math.min(run.length, i + 12); j > i; j--) {
        if (!isNameWord(run[j - 1]!)) continue;
        const nextIsCue = SPEECH(run[j]) || (SUBJECT_TRAILERS.has(run[j]?.lower ?? '') && SPEECH(run[j + 1]));
        // "…," said Rasmussen. — a name after the verb only when it ends the phrase.
        const prevIsCue = SPEECH(run[i - 1]) && j === run.length && !DEFINITE.has(opener.lower) && !INDEFINITE.has(opener.lower);
        // Only a titled name or one next to a speech verb is learned: skip parsing anything else.
        if (!nextIsCue && !prevIsCue && roleWords[j]! - roleWords[i]! === 0) continue;
        const words = run.slice(i, j);
        const parsed = parseSpeakerPhrase(words);
        if (parsed?.kind === 'organisation' && i + 1 < j && (nextIsCue || prevIsCue)) bodyEnds.add(j);
        if (parsed?.kind !== 'name') continue;
        // ("KESTRELS ADD DEPTH WITH NAME": a headline's words in capitals, no name; headline-words.ts.)
        if (hasCapitalisedPreposition(parsed.name)) continue;
        const titled = parsed.roles.some(isRole);
        // ("Hoteliers in Playa de Palma complain that …", "Traders at Puerto del Rosario say …": capitalised words right after
        // a preposition of place, before the verb, are where the speakers are, no person's name for a later "EMT Palma said"
        // to be completed to; thirty-eighth session, test-56 w07. Guard: no title among the words, and the phrase opens
        // right after "in", "at", "from" or "near" in lower case.)
        if (!titled && i > 0 && /^(?:in|at|from|near)$/u.test(run[i - 1]!.text)) continue;
        if (parsed.name.length >= 2 && (titled || nextIsCue || prevIsCue)) {
          // ("заведующей отделением Светланы Белоус": a Russian name in an oblique case its first name tells, in the nominative.)
          // ("Ramon \"Bong\" Tolentino": a nickname in quotation marks is left out.)
          // ("the Russian Foreign Ministry Yevgeny Kolesov": a body's word before a full name is no part of it.)
          let named = withoutNicknames(parsed.name, text.slice(parsed.start, parsed.end));
          while (named.length > 2 && BODY_WORDS.has(named[0]!.toLowerCase())) named = named.slice(1);
          // ("Deputy Commissioner Umerkot Name Name Name", "Deputy Commissioner Hunza Farhan Ali": the post's district or
          // department is no part of the name learned; place-between-post-and-name.ts.)
          if (titled) named = nameWithoutPostPlace(text, named, parsed.roles, parsed.qualifier, parsed.start, parsed.end) ?? named;
          // («поручили начальнику отдела Name(-е) Surname(-ой). Surname пообещала …»: a titled full name printed only in the
          // dative, both words showing it, in the nominative, so that the surname alone finds it; forty-first session, d2290,
          // d2292. Guard: a post before it, and both words in a dative's endings, russian-dative-name.ts.)
          const dative = titled ? dativeFullNameNominative(named) : null;
          // (Forty-third session: «поручили доценту Name(-е) Surname», a surname that does not decline, «врачу Тарасу
          // Белоконю», «уполномоченному Святославу Рябинину»: the post's dative settles the name's; russian-name-case-from-post.ts.)
          const at = words.findLastIndex((t) => t.text === named[0]);
          const afterDativePost = titled && at > 0 ? nominativeAfterDativePost(words[at - 1]!.text, named) : null;
          directory.addName(afterDativePost ?? dative ?? [...withAdjectivalSurnamePrinted(text, named, russianNominativeName(named))], titled ? { roles: parsed.roles, qualifier: parsed.qualifier } : undefined);
          fullNames.push(parsed.name);
          i = j - 1;
          break;
        }
        if (parsed.name.length === 1 && (nextIsCue || prevIsCue) && /\p{Ll}/u.test(parsed.name[0]!) && !bodyEnds.has(j)) surnames.push(parsed.name[0]!);
      }
    }
  }
  // "Rogozin said" in a text that also prints "Dmitry Rogozin": the full name is the person.
  // A word the text also writes in lower case ("Whether Russia") or a date word is no first name.
  const lowerWords = new Set(tokenize(text).filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.lower));
  const canBeName = (t: Token) =>
    /^\p{Lu}\p{Ll}/u.test(t.text) && !lowerWords.has(t.lower) && (!CALENDAR_WORDS.test(t.text) || monthGivenName(text, t.text, t.start));
  for (const surname of surnames) {
    const key = nameKey(surname);
    // "Liu said" after "Liu Zhenmin": a family name written first is no surname to complete.
    if (fullNames.some((n) => nameKey(n.at(-1)!) === key || nameKey(n[0]!) === key)) continue;
    // "Castaño said" after "Rocío Castaño Ruiz": the first of two family names is the one already named.
    if (fullNames.some((n) => n.length >= 3 && n.slice(1, -1).some((w) => nameKey(w) === key))) continue;
    for (const run of runs) {
      const at = run.findIndex((t, k) => k > 0 && nameKey(t.base) === key && isNameWord(run[k - 1]!));
      if (at < 0) continue;
      let from = at;
      // A first name and perhaps one or two middle ones ("Jose Antonio Villanueva Macaraeg"); never a role or a body word
      // ("Affairs Petra Horvat"); only a first name after a post's field joined by "and" ("… and Climate Change Selim Akbaba").
      const most = continuesJoinedName(run, at) ? 1 : 3;
      // ("Mayor Pro Tem Name Name": nor the post's "pro tem", pro-tem-after-post.ts.)
      while (from > 0 && at - from < most && canBeName(run[from - 1]!) && !ROLE_NOUNS.has(run[from - 1]!.lower)
        && !BODY_WORDS.has(run[from - 1]!.lower) && proTemLength(run, from - 2) === 0) from--;
      if (from === at) continue;
      // ("Mr Faizal said" after "Muhammad Faizal Rahmat", a Malay given name of two words and the father's name; "García"
      // after "Carlos García Pérez": the name printed goes on past the word used alone, and is the person's whole name.)
      // ("Mr Quek" after "Gerald Quek Hwee Leng": an English given name before a Chinese name, family name first; up to two
      // words after it.)
      let to = at;
      while (to < at + 2 && to + 1 < run.length && !run[to]!.possessive && canBeName(run[to + 1]!) && !ROLE_NOUNS.has(run[to + 1]!.lower)
        && !BODY_WORDS.has(run[to + 1]!.lower)) to++;
      // (Only when the name read runs to the last word and has a name word before the one used alone: not "Foreign Affairs
      // Dalia Name", a post's field before a name.)
      const whole = to > at ? parseSpeakerPhrase(run.slice(from, to + 1)) : null;
      // («Студентка-астроном Мария Лесных …» then «— говорит Мария»: the word used alone opens the full name the run prints
      // after a word for a person; that word and the first name are no name, the first name stands for the full one.
      // Guard: the full name read ends the run's stretch and begins with the word used alone, not with the word before it.)
      if (whole?.kind === 'name' && whole.name.length >= 2 && whole.name.at(-1) === run[to]!.base && nameKey(whole.name[0]!) === key
        && whole.name[0] !== run[from]!.text) continue;
      if (whole?.kind !== 'name' || whole.name.at(-1) !== run[to]!.base || !(whole.name.findIndex((w) => nameKey(w) === key) > 0)) to = at;
      const parsed = to > at ? whole : parseSpeakerPhrase(run.slice(from, to + 1));
      const named = parsed?.kind === 'name' ? withoutNicknames(parsed.name, text.slice(run[from]!.start, run[to]!.end)) : [];
      if (named.length >= 2) {
        directory.addName(named);
        fullNames.push(named);
        break;
      }
    }
  }
}
