// «"Мы долго искали стену …"» standing alone as a paragraph, then «Так проект описала Элен Моро в интервью порталу …» opening
// the next: Russian copy may print a quote first and name its speaker after it, with «Так» («thus») pointing back at the
// quote. The quote is theirs, not the one who spoke in the paragraph before. Guards (each keeps a wrong reading out): the
// quote is its paragraph's whole text (a quote inside a paragraph has its own attribution there); the next paragraph opens
// with «Так» / «Такими словами», at most three lower-case words (an object: «проект», «ситуацию»), a verb of saying or
// describing in the past (not «Так считает», an opinion with no quote of its own), at most three lower-case words (a post:
// «архитектор проекта»), then a full name of two capitalised words (a post alone, or a body, is left to the rules that
// read them).

import { nominativeFromDativeNoPatronymic } from './russian-dative-name.ts';

// (The present tense points back at the quote as well, «Так описывает ситуацию начальник …» (thirty-second session).)
const VERB = '(?:(?:описал|сказал|объяснил|прокомментировал|ответил|сформулировал|охарактеризовал|оценил|заявил|рассказал|пояснил|резюмировал|подытожил|написал)[аи]?'
  + '|описывает|объясняет|оценивает|комментирует|формулирует|характеризует|поясняет|рассказывает|говорит|отвечает)';
const WORD = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
const OWNED_BY_RE = new RegExp(`^(?:Эти|Такие)\\s+(?:слова|строки)\\s+принадлежат\\s+(?:\\p{Ll}+\\s+){0,4}?(${WORD})\\s+(${WORD})(?=[\\s,.;:])`, 'u');
// (A post may name whose it is by one capitalised word or a «name» after its lower-case words, «депутат Рийгикогу Name
// Surname», «тренер «Сибири» Name Surname»: that word was read as the given name and the given name as the surname (thirty-
// second session's second round, dev d1557). Guards: at least one lower-case word (the post) before it; exactly one such
// word or abbreviation, or one «name»; then the two capitalised words of the name, and a stop or a space after them, so
// «описала архитектор Элен Моро в …» (no third capitalised word) reads as before.)
const BODY_OF_POST = '(?:\\p{Ll}+\\s+){1,3}?(?:\\p{Lu}[\\p{L}-]*|«[^»\\n]{1,40}»)\\s+';
const NAMED_AFTER_RE = new RegExp(`^(?:Так|Такими\\s+словами)\\s+(?:\\p{Ll}+\\s+){0,3}?${VERB}\\s+(?:${BODY_OF_POST}|(?:\\p{Ll}+\\s+){0,3}?)(${WORD})\\s+(${WORD})(?=[\\s,.;:])`, 'u');

/**
 * The full name the paragraph after a standing quote gives its speaker by «Так … описала Name Surname», or null. The
 * quote's content is `start`..`end`; `paragraphs` are the text's paragraphs in order.
 */
export function nameAfterStandingQuote(text: string, start: number, end: number, paragraphs: readonly { start: number; end: number }[]): string | null {
  const k = paragraphs.findIndex((p) => p.start <= start && end <= p.end);
  const next = paragraphs[k + 1];
  if (k < 0 || !next) return null;
  const own = paragraphs[k]!;
  if (!/^\s*[«"\u201C\u201E]$/u.test(text.slice(own.start, start)) || !/^[.!?\u2026]?[»"\u201D][.!?\u2026]?\s*$/u.test(text.slice(end, own.end))) return null;
  const m = NAMED_AFTER_RE.exec(text.slice(next.start, next.end));
  if (m) return `${m[1]} ${m[2]}`;
  // («Эти слова принадлежат начальнику автоколонны Name Surname»: whose the words are, the full name in the dative, put in
  // the nominative; thirty-second session. Guards: «слова» / «строки» and «принадлежат» opening the paragraph, at most
  // four lower-case words (a post), then two capitalised words whose first shows a dative's ending.)
  const owned = OWNED_BY_RE.exec(text.slice(next.start, next.end));
  const nominal = owned ? nominativeFromDativeNoPatronymic([owned[1]!, owned[2]!]) : null;
  return nominal ? nominal.join(' ') : null;
}

// (Fortieth session: the same quote opening its paragraph, with the speaker named in that paragraph right after it:
// «"…" — этими словами председатель ассоциации Name Surname открыл встречу …», «"…". Так координатор отряда «Name» Name
// Surname описал поиски …». Before, the quote was an unnamed source's. Guards: the quote opens the paragraph and its
// closing mark is followed by «— этими / такими словами» or by a stop and «Так» / «Этими словами» / «Такими словами»;
// then at most ten words of a post (lower-case words, a body's capitalised words before a lower-case one, an acronym, a
// «name»), a full name of two capitalised words, and a verb in the past singular right after it, so a name in the post
// («… Мурманской области») or a name not followed by its verb («Так Name Surname, по его словам, …») is no speaker.)
const POST_WORD = '(?:\\p{Ll}+|\\p{Lu}{2,}|«[^»\\n]{1,40}»|\\p{Lu}\\p{Ll}+(?=\\s+\\p{Ll}))';
const OPENING_NAMED_RE = new RegExp(`^(?:\\s*—\\s*(?:этими|такими)\\s+словами|\\.\\s+(?:Так|Этими\\s+словами|Такими\\s+словами))\\s+(?:${POST_WORD}\\s+){0,10}?(${WORD})\\s+(${WORD})\\s+\\p{Ll}+л[аи]?(?=[\\s,.])`, 'u');

/**
 * The full name the quote's own paragraph gives its speaker right after it by «— этими словами … Name Surname открыл» or
 * «. Так … Name Surname описал», when the quote opens the paragraph; else null. The quote's content is `start`..`end`.
 */
export function nameAfterOpeningQuote(text: string, start: number, end: number, paragraphs: readonly { start: number; end: number }[]): string | null {
  const own = paragraphs.find((p) => p.start <= start && end <= p.end);
  if (!own || !/^\s*[«"\u201C\u201E]$/u.test(text.slice(own.start, start))) return null;
  const close = /^[.!?\u2026]?[»"\u201D]/u.exec(text.slice(end, own.end));
  if (!close) return null;
  const m = OPENING_NAMED_RE.exec(text.slice(end + close[0].length, own.end));
  return m ? `${m[1]} ${m[2]}` : null;
}
