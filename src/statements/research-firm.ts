// "Analysts at Nordea estimated that …", "Economists at Norland Bank said", "Strategists with X wrote in a note", "Analysts
// at Oslo brokerage Fjellheim Securities wrote", "Morgan Stanley analysts said": a research note or estimate by the
// analysts of a NAMED firm or body is that body's statement (its research is published under its name, as a spokesperson's
// words are the body's). Where no firm is named ("Analysts at a Mumbai-based brokerage", "analysts said", "analysts at the
// bank") they stay an unnamed source, and so do officials, sources or people at a body (anonymous sourcing, not research).
// One analyst ("an analyst at the board said") is one person left unnamed, not the body.
import { atOwnedResearchKind, ownedResearchKind } from './owned-research-kind.ts';
import type { Token } from './speaker-phrase.ts';
import { withoutPossessive } from './token-forms.ts';
import { RU_LEGAL_FORM } from './vocabulary-ru.ts';

/** People who publish research under their firm's name, in the plural. */
const RESEARCH_ROLES = new Set(['analysts', 'economists', 'strategists']);
/** "analysts at | from | with X". */
const OF_FIRM = new Set(['at', 'from', 'with']);
/** Lower-case words saying what kind of firm it is, before its name ("consultancy", "Oslo brokerage", "investment bank"). */
const FIRM_KINDS = new Set(['consultancy', 'brokerage', 'broker', 'bank', 'investment', 'research', 'firm', 'house', 'group',
  'lender', 'insurer', 'manager', 'asset', 'advisory', 'consulting', 'think-tank', 'think', 'tank', 'agency', 'institute']);

/** Lower-case words before the role that say who the analysts were or how many, not their field ("former", "some"). */
const NOT_A_FIELD = new Set(['former', 'ex', 'past', 'retired', 'some', 'many', 'most', 'several', 'few', 'two', 'three', 'four',
  'other', 'own', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'junior', 'departing', 'dismissed', 'sacked', 'fired']);

const capitalised = (t: Token) => /^[\p{Lu}\p{N}]/u.test(t.text);
/** A body's name: capitalised words, with the small words a name may hold ("Bank of Baroda"); no possessive inside. */
const isNameRun = (name: readonly Token[]) => name.length > 0 && name.length <= 6 && capitalised(name[0]!) && capitalised(name.at(-1)!)
  && name.every((t, k) => (capitalised(t) || /^(?:of|for|the)$/u.test(t.text)) && (!t.possessive || k === name.length - 1));

export interface ResearchFirm {
  /** The firm's name words (a possessive's ending dropped). */
  name: Token[];
  /** "Nordea analysts": the name stands before the role, so only a body's name (not a person's or a place's) is taken. */
  before: boolean;
  /** "the board's analysts": a body the text named, called by its kind's word (owned-research-kind.ts). */
  kind?: boolean;
}

/** The firm named in "<analysts> at|from|with [the] [kind words] <Name>" or "<Name>['s] <analysts>", else null. */
export function researchFirm(tokens: readonly Token[]): ResearchFirm | null {
  const head = tokens.findIndex((t) => RESEARCH_ROLES.has(t.lower));
  if (head < 0) return null;
  if (head === tokens.length - 1 && head > 0) {
    // ("The board's analysts said": the body named before, by its kind's word; owned-research-kind.ts.)
    const kind = ownedResearchKind(tokens, head);
    if (kind) return { name: [kind], before: true, kind: true };
    // ("Nordea analysts", "Morgan Stanley's economists".)
    // ("Name Bank's agricultural analysts", "Name's energy economists": one or two lower-case words saying the analysts'
    // field may stand between the firm's possessive and the role (second round, test-47 w17). Guards: only after a
    // possessive; no past-time word ("former", "ex-"), nor a word of number ("some", "two"), which are people, not the
    // firm's research.)
    let fieldStart = head;
    while (fieldStart > 0 && head - fieldStart < 2 && /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[fieldStart - 1]!.text)
      && !NOT_A_FIELD.has(tokens[fieldStart - 1]!.lower) && !tokens[fieldStart - 1]!.possessive) fieldStart--;
    if (fieldStart < head && !(fieldStart > 0 && tokens[fieldStart - 1]!.possessive)) fieldStart = head;
    const name = tokens.slice(tokens[0]!.lower === 'the' ? 1 : 0, fieldStart);
    if (!isNameRun(name)) return null;
    return { name: [...name.slice(0, -1), withoutPossessive(name.at(-1)!)], before: true };
  }
  // ("In a note, X Ratings said …. Analysts at the agency wrote that …": the body named before, by its kind's word after
  // "at the", as "the agency's analysts" is; owned-research-kind.ts. Thirty-second session, test-45 w17.)
  const atKind = atOwnedResearchKind(tokens, head);
  if (atKind) return { name: [atKind], before: false, kind: true };
  // (Nothing but plain words before the role: "Analysts", "Senior analysts", "Energy economists".)
  if (!tokens.slice(0, head).every((t, k) => /^\p{Ll}/u.test(t.text) || k === 0) || !OF_FIRM.has(tokens[head + 1]?.text ?? '')) return null;
  let rest = tokens.slice(head + 2);
  if (rest[0]?.lower === 'the') rest = rest.slice(1);
  // ("Oslo brokerage Fjellheim Securities", "consultancy Seabridge Research", "Mumbai-based broker X": kind words first.)
  const kindEnd = rest.findLastIndex((t) => FIRM_KINDS.has(t.text));
  if (kindEnd >= 0) {
    const kinds = rest.slice(0, kindEnd + 1);
    if (!kinds.every((t, k) => FIRM_KINDS.has(t.text) || (k === 0 && capitalised(t) && !t.possessive))) return null;
    rest = rest.slice(kindEnd + 1);
  }
  // (A sentence's subject read on past its verb, "Analysts at X estimate that …", still names X; not "X and other banks".)
  let end = 0;
  while (end < rest.length && (capitalised(rest[end]!) || /^(?:of|for|the)$/u.test(rest[end]!.text))) end++;
  while (end > 0 && !capitalised(rest[end - 1]!)) end--;
  if (end < rest.length && /^(?:and|or|nor)$/u.test(rest[end]!.text)) return null;
  const name = rest.slice(0, end);
  return isNameRun(name) && !name.at(-1)!.possessive ? { name, before: false } : null;
}

/**
 * The research role a speaker phrase names when it is only that role after "the" ("the analysts", "the economists"), or
 * when it holds the role with no firm (`bare`: "Analysts", "Other analysts polled by …"), else null. "Analysts at X said
 * …. "…," the analysts wrote.": the analysts the text just named, so the firm's (speaker-resolver.ts); any other group of
 * analysts spoken of since is whom a later "the analysts" means, and it is unnamed.
 */
export function researchRoleOf(tokens: readonly Token[]): { role: string; definite: boolean } | null {
  const role = tokens.find((t) => RESEARCH_ROLES.has(t.lower));
  if (!role) return null;
  return { role: role.lower, definite: tokens.length === 2 && tokens[0]!.lower === 'the' };
}

/** The same roles in Russian, in the plural («Аналитики», «экономистов», «стратеги»). */
const RU_RESEARCH_ROLES = /^(?:аналитик|экономист|стратег)(?:и|ы|ов)$/u;

/**
 * «Аналитики Промторгбанка пишут», «Экономисты Центра макроэкономических прогнозов ожидают», «по оценке аналитиков
 * Сбербанка»: the body's words after the plural role (its name in the genitive, a capital first), else null (not
 * «аналитики отрасли», «опрошенные аналитики», «аналитики компании»: no name).
 */
export function russianResearchFirm(tokens: readonly Token[]): Token[] | null {
  if (tokens.length < 2 || tokens.length > 7 || !RU_RESEARCH_ROLES.test(tokens[0]!.lower)) return null;
  // (A subject read on past its verb, «Аналитики Промторгбанка пишут в обзоре», ends at the verb: a lower-case word shaped
  // as one of the present or the past plural, not a genitive of the name, «Центра макроэкономических прогнозов».)
  // (No singular past in -ал, -ала: it cannot agree with the plural role, and a name's noun ends so, «ИК «Северный капитал»».)
  const verb = tokens.findIndex((t, k) => k > 1 && /^\p{Ll}/u.test(t.text) && /(?:ут|ют|ат|ят|ет|ит|[аиеяо]ли)$/u.test(t.lower));
  const name = tokens.slice(1, verb > 0 ? verb : undefined);
  // («Аналитики ИК «Северный капитал»»: the firm is its «name»; its legal form before it is none of it.)
  const named = name.length >= 2 && RU_LEGAL_FORM.test(name[0]!.text) ? name.slice(1) : name;
  return /^\p{Lu}/u.test(named[0]!.text) ? named : null;
}

/** Research roles in Russian, in the plural, experts among them («экспертов», «аналитиков», «экономистов»). */
const RU_RESEARCH_OF_BODY = /^(?:аналитик|экономист|стратег|эксперт)(?:и|ы|ов)$/u;

/**
 * «По оценке экспертов центра», «Аналитики компании считают», «по прогнозу экономистов банка»: the research roles, then
 * the body's word alone in lower case (an adjective before it at most): the body the text has named so speaks, as its named
 * analysts do above; the index of the body's word, else -1. Guards: only these roles, not staff («специалистов
 * управления», «сотрудников театра»: unnamed, isUnnamedPluralGenitive in russian.ts); the word must be a body's
 * (`isBodyWord`), lower case, last.
 */
export function russianResearchBodyWord(tokens: readonly Token[], isBodyWord: (t: Token) => boolean): number {
  if (tokens.length < 2 || tokens.length > 3 || !RU_RESEARCH_OF_BODY.test(tokens[0]!.lower)) return -1;
  if (!tokens.slice(1).every((t) => /^\p{Ll}+$/u.test(t.text))) return -1;
  if (tokens.length === 3 && !/^\p{Ll}+(?:ого|его|ой|ей)$/u.test(tokens[1]!.text)) return -1;
  return isBodyWord(tokens.at(-1)!) ? tokens.length - 1 : -1;
}

// («Аналитики «…» в утреннем обзоре отметили», «Экономисты банка «…» в записке клиентам пишут»: where they wrote, «в», up to
// two lower-case words and a note's or a review's noun, perhaps one lower-case word after it, between the «name» and the
// verb, is no part of who; the «name» was read as a person. Thirty-second session, dev d1521. Guard: only those nouns.)
const WRITTEN_IN = String.raw`(?:\s+в\s+(?:\p{Ll}+\s+){0,2}(?:обзор|записк|комментари|отч[её]т|доклад|исследовани|рассылк|заметк)\p{Ll}{0,3}(?:\s+\p{Ll}+)?)?`;
const RESEARCH_FIRM_QUOTED_RE = new RegExp(String.raw`^\s*(?:[Аа]налитик|[Ээ]кономист|[Сс]тратег)(?:и|ы|ов|ам)\s+(?:(?:\p{Ll}+|\p{Lu}{2,4})\s+){0,2}["\u00AB\u201E]([\p{Lu}\d][^"\u00AB\u00BB\u201C\u201D]{0,58})["\u00BB\u201C\u201D]${WRITTEN_IN}\s*$`, 'u');

/**
 * «Аналитики «Метриум Аналитика» прогнозируют», «…, считают экономисты банка «Северный»», «Аналитики ИК «Норд Капитал»
 * ожидают»: the research roles in the plural, up to two lower-case words of what kind of body it is (or its legal form's
 * letters), then the body's «name» and nothing after it: the named body speaks, as its named analysts do above, whatever its
 * name looks like (two capitalised words in guillemets read as a first name and a surname where the marks are not seen).
 * `words` is the stretch of the masked text that names the speaker; the «name» as printed, without its marks, else null.
 * Guards: the role opens the stretch (not «опрошенные аналитики», not «аналитики, опрошенные «…»»: no comma before the
 * name); the name opens with a capital; nothing but space after its closing mark.
 */
export function russianResearchFirmQuoted(words: string): string | null {
  const m = RESEARCH_FIRM_QUOTED_RE.exec(words);
  if (!m || /,/u.test(words)) return null;
  return m[1]!.trim();
}
