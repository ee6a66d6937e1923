// Who said what: direct quotations, quoted fragments inside reported speech,
// and reported speech, each with its speaker. One pass per paragraph finds the
// spans; one pass over the whole text, in reading order, resolves speakers, so
// "he" and "the Russian diplomat" can look back at who spoke before.

import { unnamedAgentBeforeWhat } from './describer-after-unnamed-agent.ts';
import { relationOfRoleNamed } from './russian-relation-of-role.ts';
import { aboutThisAfterQuote } from './russian-quote-then-about-this.ts';
import { formerPostNamedBefore } from './russian-former-post-named-before.ts';
import { situationNounNamedBefore } from './russian-situation-noun-named-before.ts';
import { nativeOfPlaceNamed } from './russian-native-of-place.ts';
import { holderOfNamedPlace } from './russian-holder-of-named-place.ts';
import { personOfNationByAdjective } from './russian-demonym-role.ts';
import { afterCaptionLabel } from './caption-label.ts';
import { subjectStartAfterFrame } from './russian-frame-before-subject.ts';
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { nameJoinedByAmpersand } from './ampersand-in-name.ts';
import { type Attribution, apposedPeople, attributionAfter, attributionBefore, attributionNamedAfter, personInQuestion, reportedClauses, sentenceSubject, subjectBefore } from './attribution.ts';
import { causeLead } from './cause-put-in-quotes.ts';
import { clauseSubjectBody } from './clause-subject-body-it.ts';
import { clauseOpenedByNamedBody } from './clause-opened-by-named-body.ts';
import { adjectiveBeforeItsNoun, opensWithDegreeWord } from './degree-before-quoted-adjective.ts';
import { isPairAfterArticleInClause } from './pair-after-article-in-clause.ts';
import { passiveAgentNamed } from './passive-agent-named.ts';
import { passiveLabelAgent } from './passive-label-agent.ts';
import { subjectAfterQuestion } from './question-before-subject.ts';
import { verdictOwnerBeforeColon } from './verdict-before-colon.ts';
import { agedNameOpensParagraph, headNamedWithPost, registeredBodyOpensParagraph } from './described-lead-named-by-opening.ts';
import { titledWithSamePost } from './described-lead-titled-next.ts';
import { namedWithPostAtWorkplace, namedWithPostOfSameKind, namedWithPostOfSamePeople } from './described-then-named.ts';
import { isBareOrganisers, isEventName } from './event-organisers.ts';
import { withJoinedInitials } from './joined-initials.ts';
import { labelGivesWay } from './label-before-named-attribution.ts';
import { headlineDashName } from './headline-quote-dash-name.ts';
import { looksLikeSurname } from './name-forms.ts';
import type { NlpOracle } from './nlp/oracle.ts';
import { withEntityKind } from './nlp/speaker-kind.ts';
import { numberedBodiesInText, TAUGHT_NUMBERED_BODIES } from './numbered-body.ts';
import { officialNamedNext, opensParagraph } from './official-named-next.ts';
import { withDocumentOwner } from './owned-document.ts';
import { buildPersonDirectory, type PersonDirectory, titleCovers } from './people.ts';
import { postLettersSpelledInText, withPostLetters } from './post-letters-in-text.ts';
import { personQuestionPutTo } from './question-put-to.ts';
import { unopenedContinuation } from './quote-continued-unopened.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.ts';
import { quotedNameAsSubject, quotedNamesOpeningSentences } from './quoted-name-as-subject.ts';
import { isQuotedWordInClause } from './quoted-word-in-clause.ts';
import { AUTHORS_AGAIN_RE, publishedByResearchersAt, researchBody, STUDY_MENTION_RE, studyAuthorsPublishing } from './research-body.ts';
import { russianCompanionsNamed } from './russian-companion-named.ts';
import { aboutThisAttribution, isCyrillic, isRussianPeopleNoun, RU_COMPLETING_VERB_RE, russianCompanyName, russianGender, russianMentions, russianNominativeName, russianPeopleNounGender, russianSubjectBefore, withFirstName } from './russian.ts';
import { familyWordAfterPossessive, namedRelative } from './russian-named-relative.ts';
import { nameAfterOpeningQuote, nameAfterStandingQuote } from './russian-quote-named-after.ts';
import { isRussianSceneAndEvent } from './russian-scene-opening.ts';
import { asPrinted, straightQuotesAsGuillemets } from './russian-straight-quotes.ts';
import { spokeInDefiniteDocument } from './said-in-owned-document.ts';
import { examinersDocument, leadBody } from './examiners-report-of-lead-body.ts';
import { type SentenceRange, splitSentences } from './sentences.ts';
import { isShortSentenceAfterQuote } from './short-sentence-after-quote.ts';
import { parseSpeakerPhrase, type SpeakerPhrase, tokenize } from './speaker-phrase.ts';
import { type ResolvedSpeaker, SpeakerResolver } from './speaker-resolver.ts';
import { asNamedBody, bodiesNamedInText, bodyWordsTaughtByText } from './text-bodies.ts';
import { outletsTaughtByText, TAUGHT_OUTLETS } from './text-outlets.ts';
import { titlesTaughtByText } from './text-titles.ts';
import type { Statement, StatementKind } from './types.ts';
import { ROLE_NOUNS, ROLE_SYNONYMS, TAUGHT_BODY_WORDS, TAUGHT_TITLES } from './vocabulary.ts';
import { RU_PEOPLE_ROLES } from './vocabulary-ru.ts';
import { isShortResumedRussianQuote } from './russian-short-resumed-quote.ts';
import { isCountOfPeople } from './russian-count-of-people.ts';

export interface ExtractOptions {
  /** People known from other texts (titles, spellings); the text's own people are always added. */
  people?: PersonDirectory;
  /** An NLP library's reading of English text, where it beats the rules (see src/statements/nlp/). */
  nlp?: NlpOracle;
}

interface Candidate {
  kind: StatementKind;
  start: number;
  end: number;
  paragraph: number;
  cue?: { text: string; start: number; end: number };
  phrase?: SpeakerPhrase | null;
  /** Said by the same speaker as this earlier candidate (a continuing quotation, a fragment inside a clause). */
  sameAs?: Candidate;
  resolved?: ResolvedSpeaker;
}

interface QuoteInParagraph extends QuoteSpan {
  /** For an unclosed quotation: the attribution found inside it ("…forward, said Rasmussen."). */
  embedded?: Attribution;
}

/** A quotation shorter than this is a scare quote or a phrase unless the text attributes it as a sentence. */
const MIN_QUOTED_WORDS = 3;
/** An unattributed quotation this long, opening a sentence, is still reported (speaker unknown). */
const MIN_UNATTRIBUTED_WORDS = 4;

/** Lines of text with their offsets, blank ones left out. */
function lineRanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    if (m[0].trim().length > 0) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Wire copy wrapped at a fixed width: long lines that stop mid-sentence, no line much longer than the width. */
const WRAP_WIDTH = 100;
const MIN_WRAPPED_LINES = 2;

function isHardWrapped(text: string): boolean {
  const lines = text.split(/\r?\n/);
  if (lines.some((l) => l.length > WRAP_WIDTH)) return false;
  let wrapped = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line.length >= 50 && !/[.!?:"\u201D\u2019)]$/.test(line) && lines[i + 1]!.trim() !== '') wrapped++;
  }
  return wrapped >= MIN_WRAPPED_LINES;
}

/** Paragraphs: lines, or blocks between blank lines when the text is hard-wrapped (a quotation then runs across line ends). */
function paragraphRanges(text: string): { start: number; end: number }[] {
  if (!isHardWrapped(text)) return lineRanges(text);
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/\S(?:[^\n]|\n(?![ \t]*\r?\n))*/g)) out.push({ start: m.index, end: m.index + m[0].trimEnd().length });
  return out;
}

function wordCount(text: string, start: number, end: number): number {
  return tokenize(text.slice(start, end)).length;
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,;:\u2013\u2014-]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** An unclosed quotation that holds its own attribution ends where the attribution begins. */
function cutAtEmbeddedAttribution(text: string, span: QuoteInParagraph): void {
  const content = text.slice(span.contentStart, span.contentEnd);
  for (const m of content.matchAll(/,\s+/g)) {
    const at = span.contentStart + m.index + m[0].length;
    const attribution = attributionAfter(text, at, span.contentEnd);
    if (!attribution) continue;
    const after = Math.max(attribution.cue.end, attribution.phrase.end);
    const rest = /^[^.!?]*/.exec(text.slice(after, span.contentEnd))![0];
    if (tokenize(rest).length > 6) continue; // "…, said Rasmussen. More words" is fine; a whole clause is not
    span.embedded = attribution;
    span.contentEnd = span.contentStart + m.index;
    return;
  }
}

/**
 * "…, a decision the company's chief executive called "…"", "a move unions denounced as "…"": the subject of a
 * relative clause without "that" after a noun is the one who called it so, not the noun.
 */
function relativeSubject(masked: string, sentenceStart: number, verbStart: number): SpeakerPhrase | null {
  const lead = masked.slice(sentenceStart, verbStart);
  // (", a bright spot that Name described as": an adjective or two before the noun, "that" or "which" after it.)
  // (", which Chief Financial Officer Name attributed to": "which" straight after the comma, its antecedent the clause
  // before, and the speaker named between it and the verb; cause-put-in-quotes.ts.)
  const m = /,\s+(?:a|an|the|what)\s+(?:[\p{Ll}-]+\s+){1,3}?(?:(?:that|which|whom)\s+)?((?:(?:the|a|an|its|his|her|their)\s+|\p{Lu})[^,;:]*?|\p{Ll}+s(?:\s+\p{Ll}+ly)?)\s*$/u.exec(lead)
    ?? /,\s+which\s+((?:(?:the|its|his|her|their)\s+|\p{Lu})[^,;:]*?)\s*$/u.exec(lead);
  if (!m) return null;
  const at = sentenceStart + m.index + m[0].indexOf(m[1]!);
  const words = tokenize(m[1]!, at).filter((t, k, all) => !(k === all.length - 1 && /ly$/u.test(t.lower)));
  // ("a move unions denounced": a bare plural is an unnamed group.)
  if (words.length === 1 && /^\p{Ll}{3,}s$/u.test(words[0]!.text)) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: true, start: words[0]!.start, end: words[0]!.end };
  }
  const phrase = words.length > 0 ? parseSpeakerPhrase(words) : null;
  return phrase && phrase.kind !== 'pronoun' && !phrase.document ? phrase : null;
}

/**
 * "Tver.Today", "Газете.Ru": an outlet's web address whose last part is capitalised would split into two words (a full
 * stop before a capital ends a token); a hyphen keeps it one word, offsets unchanged.
 */
function webNamesJoined(masked: string): string {
  return masked.replace(/(?<=[\p{L}\d])\.(?=(?:Ru|RU|Com|Today|Media|Info|Net|Org)(?![\p{L}\d]))/gu, '-');
}

function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  const chars = text.split('');
  for (const s of spans) {
    if (wordCount(text, s.contentStart, s.contentEnd) < MIN_QUOTED_WORDS) continue;
    // ('…protected "the most basic right we have." One of …': a full stop closing the quotation still ends the sentence.)
    const last = text.slice(s.contentStart, s.contentEnd).trimEnd();
    // ('… will not accept "preconditions of a political nature," Name told …': a comma closing it still ends the clause before an attribution.)
    const keep = /[.!?,]$/u.test(last) ? s.contentStart + last.length - 1 : -1;
    for (let i = s.contentStart; i < s.contentEnd; i++) if (!/\s/.test(chars[i]!) && i !== keep) chars[i] = 'x';
  }
  return chars.join('');
}

/**
 * Whether a name as printed ends in a word set in quotation marks: «Остановки «Кропоткина»», "the Rose "Garden"" name a
 * stop, a shop or a firm, not a person (a person's nickname stands between the name's words, not last).
 */
function lastWordQuoted(text: string, phrase: SpeakerPhrase): boolean {
  return phrase.kind === 'name' && /[\u00AB"\u201C\u201E]\p{L}[\p{L}'\u2019-]*[\u00BB"\u201D\u201C]?\s*$/u.test(text.slice(phrase.start, phrase.end));
}

/** "what staff described as", "what residents call": the words between "what" and the verb. */
const WHAT_THEY_CALLED_RE = /\bwhat\s+((?:[\p{L}'\u2019-]+\s+){0,3}[\p{L}'\u2019-]+)\s+$/u;

/** Verbs that carry a quotation and no clause: "answered", "replied", "laughed", "quipped" … */
const ONLY_QUOTE_VERB_RE = /^(?:answer|answers|answered|reply|replies|replied|retort|retorted|laugh|laughs|laughed|sigh|sighed|shout|shouted|quip|quipped|joke|joked)$/u;

/** Verbs that take a quoted phrase as their object: 'accused NATO of "playing with fire"', 'highlighting "…"', 'thanked Ankara for its "…"'. */
// ('asked councillors to "value …"': what someone is asked to do, in their words, right after "to".)
// ('in a move she said would keep "…"': "said" with a modal or a copula right after it opens a relative clause whose subject
// is the thing before the speaker, the move; its quoted words are the speaker's. Never after a comma: ', she said, would'.)
// ('remembered a woman who "argued with bishops …"', 'recalled a colleague as "…"': a memory's words, the one who
// remembers; thirty-fifth session, dev d1740.)
const PARTIAL_LEAD_RE =
  /\b(accused|accusing|accuses|called|calling|calls|branded|branding|described|describing|describes|dubbed|termed|labelled|labeled|labelling|slammed|slamming|blasted|blasting|criticised|criticized|attacked|highlighting|stressing|underlining|warned of|warning of|warned against|warning against|warns against|cautioned against|spoke of|speaking of|promised|vowed|urged|(?:asked|requested)(?=\s+(?:[\p{L}'\u2019-]+\s+){1,4}to\s+$)|asked(?=\s+(?:[\p{L}'\u2019-]+\s+){1,4}(?:whether|if)\s+[^.!?"\u201C]*$)|(?:said|says)(?=\s+(?:would|will|could|should|might|was|were|is|are|had|has)\s)|dismissed|dismissing|rejected|rejecting|condemned|condemning|denounced|denouncing|denounces|praised|praising|hailed|hailing|thanked|thanking|commended|commending|found|finds|recalled|recalling|recalls|remembered|remembering|remembers)\b[^.!?]*$/u;

// (PARTIAL_LEAD_RE: 'asked its counsel whether officials had "ever driven on these roads after dark"': a reported question's
// quoted words are the asker's; thirty-first session, d1475. Guard: "whether" or "if" within four words of "asked", and no
// other quotation between it and this one.)
/** 'dismissed the package as "meaningless"', 'branded the move "illegal"': a word the speaker labels something with ("so-called" is no verb). */
// ('described the mood in the dressing room as "awkward"': with "as", a longer object.)
const LABEL_LEAD_RE = /(?<![\p{L}-])(called|calling|branded|branding|dubbed|termed|labelled|labeled|described|describing|dismissed|dismissing|denounced|denouncing)(?:(?:\s+[\p{L}'\u2019-]+){1,5}\s+(?:as\s+)?|(?:\s+[\p{L}'\u2019-]+){6,8}\s+as\s+)$|\bwhat\s+(?:[\p{L}'\u2019-]+\s+){1,3}(?:called|termed|dubbed|described\s+as)\s+$/u;

/** 'warned of a "lost decade"', 'accused Moscow of "nuclear blackmail"': two words after the verb's "of" are the speaker's. */
const WARNED_OF_RE = /(?<![\p{L}-])(warned|warning|warns|spoke|speaking|talked|accused|accusing)\s+(?:[\p{L}'\u2019-]+\s+){0,4}?of\s+(?:(?:a|an|the)\s+)?$/u;

/** Russian: 'назвал «провокацией» учения' — one quoted word after "назвал" is the speaker's word, not a scare quote. */
const RU_PARTIAL_LEAD_RE = /(?<!\p{L})(назвал[аи]?|называ(?:ет|ют)|охарактеризовал[аи]?)(?!\p{L})[^.!?]*$/u;
/**
 * Russian: «поручил «в кратчайшие сроки» оценить ущерб», «призвал депутатов «не устраивать …»»: what one instructs, urges or
 * promises, in their words, up to three words after the verb (as English "urged", "promised"). Guard: the quotation opens
 * lower case (checked where it is used), so «потребовал обанкротить «Волжскую арматуру»», a company's «name», is none.
 */
const RU_DIRECTIVE_LEAD_RE = /(?<!\p{L})(поручил[аио]?|призвал[аио]?|пообещал[аио]?|потребовал[аио]?)(?!\p{L})(?:\s+[\p{L}-]+){0,3}\s*$/u;

/** Words of a sentence, then a comma and an attribution set off by commas: "…, because, she says,". */
const INSERTED_ATTRIBUTION_RE = /\p{L}[^,]*,\s+(?:he|she|they|we|(?:\p{Lu}[\p{L}'\u2019-]+\s+){0,2}\p{Lu}[\p{L}'\u2019-]+)\s+(?:says|said|adds|added|insists|insisted|argues|argued|notes|noted|recalls|recalled)\s*,$/u;

function startsLowerCase(text: string, span: QuoteSpan): boolean {
  return /^\s*\p{Ll}/u.test(text.slice(span.contentStart, span.contentEnd));
}

function sentenceAt(sentences: readonly SentenceRange[], offset: number): SentenceRange | undefined {
  return sentences.find((s) => offset >= s.start && offset < s.end) ?? sentences.findLast((s) => s.start <= offset);
}

/**
 * Statements of `text`, sorted by start. Direct and indirect statements do
 * not overlap; a partial quotation lies inside the indirect statement it
 * belongs to. Every statement's `text` is `text.slice(start, end)`.
 */
export function extractStatements(text: string, options: ExtractOptions = {}): Statement[] {
  if (typeof text !== 'string') throw new Error('extractStatements: the text must be a string');
  // (Russian copy in straight marks read as in «…»; every statement's text taken from the text as given.)
  const marked = straightQuotesAsGuillemets(text);
  if (marked !== text) return extractStatements(marked, options).map((s) => asPrinted(text, s));
  // What the text itself teaches, counted only while it is read: titles before names ("Sarpanch Name … the sarpanch
  // said"), its bodies' words ("the Coastal Zone Management Unit … the unit said"; and "an analyst at Marchetti Lowe" makes
  // "Marchetti Lowe said" a body's), its outlets («читатели «АиФ»»).
  // (And a post's letters it spells out: "District Magistrate Name … the DM said", post-letters-in-text.ts.)
  const bodies = bodiesNamedInText(text);
  const postLetters = postLettersSpelledInText(text);
  const titles = postLetters.size === 0 ? titlesTaughtByText(text) : new Set([...titlesTaughtByText(text), ...postLetters.keys()]);
  return TAUGHT_TITLES.during(titles, () => withPostLetters(postLetters, () =>
    TAUGHT_BODY_WORDS.during(bodyWordsTaughtByText(text, bodies), () =>
      TAUGHT_OUTLETS.during(outletsTaughtByText(text), () =>
        // (And bodies named with a number, "the Sierpień 80 union": numbered-body.ts.)
        TAUGHT_NUMBERED_BODIES.during(numberedBodiesInText(text), () => readStatements(text, options, bodies))))));
}

function readStatements(text: string, options: ExtractOptions, bodies: ReadonlySet<string>): Statement[] {
  const own = buildPersonDirectory([text]);
  const directory = options.people ? options.people.merge(own) : own;
  const paragraphs = paragraphRanges(text);
  const reading = options.nlp?.read(text);

  const spans: QuoteInParagraph[][] = paragraphs.map((p) => findQuoteSpans(text, p.start, p.end));
  // (A quotation left open going on in the next paragraph that copy forgot to open again: quote-continued-unopened.ts.)
  for (let j = 1; j < paragraphs.length; j++) {
    const going = unopenedContinuation(text, paragraphs[j]!.start, paragraphs[j]!.end, spans[j - 1]);
    if (going) spans[j]!.unshift(going);
  }
  for (const list of spans) for (const s of list) if (s.close === null && s.marks === 'double') cutAtEmbeddedAttribution(text, s);
  const masked = webNamesJoined(maskQuotes(text, spans.flat()));

  const candidates: Candidate[] = [];
  /** A headline's quotation: said by the first person the text then names. */
  const headlineQuotes = new Set<Candidate>();
  const mentions: SpeakerPhrase[] = [];
  /** People a sentence names besides its subject ("met the group's founder, Paul Engstrom"). */
  const secondary = new Set<SpeakerPhrase>();
  // "X, the deputy minister, was unusually frank." then a paragraph of quotation: the person the
  // paragraph before was about, when it quoted nobody.
  const introduced = (index: number): SpeakerPhrase | undefined => {
    const before = paragraphs[index - 1];
    if (!before || candidates.some((c) => c.paragraph === index - 1)) return undefined;
    return mentions.filter((m) => m.start >= before.start && m.end <= before.end).findLast((m) => m.kind === 'name' && !isLoneRussianNoun(masked, m));
  };
  // '"The first thing …\n\n"And then …," Mr Tobin added.': a paragraph of quotation left open goes on in the next one
  // opening with a mark again; the attribution where the quotation finally closes names who said all of it.
  const closingAttribution = (index: number): Attribution | null => {
    for (let j = index + 1; j < paragraphs.length; j++) {
      const [first, next] = spans[j]!;
      if (first?.marks !== 'double' || masked.slice(paragraphs[j]!.start, first.open).trim() !== '') return null;
      if (first.embedded) return first.embedded;
      if (first.close !== null) return attributionAfter(masked, first.close + 1, next ? next.open : paragraphs[j]!.end);
    }
    return null;
  };
  paragraphs.forEach((paragraph, index) => {
    const sentences = splitSentences(masked, paragraph.start, paragraph.end);
    for (const sentence of sentences) {
      // (A post opening an English sentence is kept too: "The union head called on …" is about the one named so before. Not
      // a Russian one, whose role words read after a name are cut to find the name.)
      // ("Asked whether …, Ms Onalik was cautious.": the subject after a question put to them, question-before-subject.ts.)
      const afterQuestion = subjectAfterQuestion(masked, sentence.start, sentence.end);
      // («По словам тренера, нападающий Name …»: the subject after a frame with a post alone, russian-frame-before-subject.ts.)
      const cyrillic = isCyrillic(masked.slice(sentence.start, sentence.end));
      // ("Photo: senior keeper Name Name weighs …": the person after a caption's label, caption-label.ts.)
      const subjectFrom = afterQuestion ?? afterCaptionLabel(masked, sentence.start, sentence.end)
        ?? (cyrillic ? subjectStartAfterFrame(masked, sentence.start, sentence.end) : sentence.start);
      const opening = sentenceSubject(masked, subjectFrom, sentence.end, !cyrillic);
      // ("Сам Стеванович записал …" after "без Марко Стевановича": a Russian surname alone, with the first name the text printed.)
      // (Only a word shaped as a surname, so that the text before is searched for few sentences, not each one's first word.)
      const surnameAlone = opening?.kind === 'name' && opening.name.length === 1 && isCyrillic(opening.name[0]!) && looksLikeSurname(opening.name[0]!);
      const read = roleBeforeBodyAndName(masked, surnameAlone ? withFirstName(masked, opening) : opening, sentence.end);
      // («В Центральном районе Перми сгорел дом»: a place and an event, no body, russian-scene-opening.ts.)
      // («ПЕТРОЗАВОДСК. Движение по мосту …», «ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ. Вулкан …»: a dateline, a city in capitals and a full
      // stop, is read as a sentence of its own; it is a place, no body a later «в учреждении» could mean (thirty-first
      // session). Guard: the whole sentence is capitals only, four letters at least, one to three words.)
      const dateline = /^\p{Lu}{4,}(?:[\s-]\p{Lu}{2,}){0,2}\.$/u.test(masked.slice(sentence.start, sentence.end).trim());
      // («… остались около четырех тысяч человек.»: a count of people, no one a later «он» means; russian-count-of-people.ts.)
      const subject = read && !dateline && !lastWordQuoted(text, read) && !isRussianSceneAndEvent(masked, sentence.start, read) && !isCountOfPeople(masked, read) ? read : null;
      if (subject) mentions.push(subject);
      // ("The women's race was won by Name Name of … . She told …": with no subject read, a passive's named agent is whom a
      // later pronoun means; passive-agent-named.ts.)
      const agent = subject || read ? null : passiveAgentNamed(masked, sentence.start, sentence.end);
      if (agent) mentions.push(agent);
      // ("It was put to Mr Name whether …": or one a reported question is put to, question-put-to.ts.)
      const asked = personInQuestion(masked, sentence.start, sentence.end) ?? personQuestionPutTo(masked, sentence.start, sentence.end);
      // («… вместе с ветеринаром Игорем Бойко»: a companion named in the instrumental, always one named besides the subject,
      // whom a pronoun means only when the subject does not fit it; russian-companion-named.ts.)
      const companions = cyrillic ? russianCompanionsNamed(masked, subjectFrom, sentence.end) : [];
      for (const m of companions) secondary.add(m);
      const others = [...(asked ? [asked] : []), ...apposedPeople(masked, sentence.start, sentence.end),
        ...(cyrillic ? russianMentions(masked, subjectFrom, sentence.end) : []), ...companions]
        .filter((m, k, all) => m.start !== read?.start && !lastWordQuoted(text, m) && all.findIndex((o) => o.start === m.start) === k && !isCountOfPeople(masked, m))
        .sort((a, b) => a.start - b.start);
      mentions.push(...others);
      // (A Russian mention opening the sentence is its subject, "Сам осужденный вину не признал": not one named besides it.)
      // ("One of those properties belongs to grazier Name, whose family …. He says …": a sentence about no person, or a body,
      // names its one person besides nothing; a later "he" or "she" is theirs, not the speaker's before.)
      // (Fortieth session: not a lone capitalised word opening a Russian sentence that the text never prints after another
      // capitalised word, «Бронзу в скрэтче взял 19-летний Name Surname.»: an object, read as a one-word name; the full name
      // after the verb is the subject, whom a later «По его словам» means, not the one who spoke before.)
      const loneWord = read?.kind === 'name' && read.name.length === 1 && read.roles.length === 0 && cyrillic
        && !new RegExp(`\\p{Lu}\\p{Ll}+\\s+${escapeRegExp(read.name[0]!)}(?!\\p{L})`, 'u').test(text);
      const personSubject = read !== null && read.kind !== 'organisation' && !loneWord;
      for (const m of others) if (personSubject && !(isCyrillic(masked.slice(sentence.start, sentence.end)) && masked.slice(sentence.start, m.start).trim() === '')) secondary.add(m);
    }
    const quotes = spans[index]!;
    const directs: { span: QuoteInParagraph; attribution: Attribution | null; paragraphInitial: boolean; headline: boolean }[] = [];
    const others: QuoteInParagraph[] = [];
    const fragments: { span: QuoteInParagraph; phrase: SpeakerPhrase; cue: Attribution['cue'] }[] = [];
    quotes.forEach((span, k) => {
      const sentence = sentenceAt(sentences, span.open) ?? paragraph;
      const previous = quotes[k - 1];
      const previousEnd = previous ? (previous.close ?? previous.contentEnd) + 1 : paragraph.start;
      const leadFrom = Math.max(sentence.start, Math.min(previousEnd, span.open));
      // A live blog's time stamp ("09:50 "…," said …") opens the entry, not the sentence.
      // (So is a digest's bullet, "▪️ «…», — цитирует …".)
      const lead = masked.slice(leadFrom, span.open).trim().replace(/^\d{1,2}[.:]\d{2}$/u, '').replace(/^(?:[\p{So}\p{Sk}\u2022]|\uFE0F)+$/u, '');
      // ('A spokesman said the minister had answered "fully and in good faith".': a verb that only ever carries a quotation,
      // inside the clause an earlier verb of saying in the sentence frames, is the clause's own; the quoted fragment is the
      // clause's speaker's, not the subject's of "answered". Guard: the fragment opens in lower case, the verb is no verb of
      // saying with a clause of its own, and "said" / "says" / "told" stands before its subject; thirty-fifth session, d1743.)
      const attributed = attributionBefore(masked, leadFrom, span.open);
      const before = attributed && startsLowerCase(text, span) && ONLY_QUOTE_VERB_RE.test(attributed.cue.text)
        && /(?<!\p{L})(?:said|says|told|tells)\s/u.test(masked.slice(leadFrom, Math.min(attributed.phrase.start, attributed.cue.start))) ? null : attributed;
      // ("Name считает, что задержка — «скорее норма, чем исключение»": a dash after a reported clause's subject is its
      // copula, and the quotation ends the clause, not opens one.)
      const copula = /[\u2013\u2014]$/u.test(lead) && /(?:^|[\s,])что\s/u.test(lead);
      const opensClause = lead === '' || (/[:(\u2013\u2014-]$/.test(lead) && !copula) || before !== null;
      const words = wordCount(text, span.contentStart, span.contentEnd);
      // A short quotation after this one can sit inside its attribution ("- говорит аналитик компании «Север» Алексей Морозов").
      // (Not a company's «name» in that title: "генеральный директор АО «Уральский кабельный завод» Name".)
      const next = quotes.slice(k + 1).find((q) => wordCount(text, q.contentStart, q.contentEnd) >= MIN_QUOTED_WORDS && !russianCompanyName(text, q.open, q.contentEnd));
      const after =
        span.embedded ??
        (span.close !== null ? attributionAfter(masked, span.close + 1, next ? next.open : paragraph.end) : null);
      // ('"…" So says Name, who …', '"…"\n\nThat was the verdict of Name': who said it, named only after it.)
      const namedAfter = before || after || span.close === null || next ? null
        : attributionNamedAfter(masked, span.close + 1, k === 0) ?? (masked.slice(span.close + 1, paragraph.end).trim() === '' && paragraphs[index + 1]
          ? attributionNamedAfter(masked, paragraphs[index + 1]!.start) : null);
      // ('ON THE RECORD: "…," said Sen. Name': a label before a colon gives way to a name the verb after the quotation gives;
      // label-before-named-attribution.ts.)
      // ("'We let them off the hook' – Ramkissoon": a headline's quotation, a dash and the speaker's name; headline-quote-dash-name.ts.)
      const dashNamed = index === 0 && paragraphs.length > 1 && span.open === paragraph.start && span.close !== null && !before && !after
        ? headlineDashName(masked, span.close + 1, paragraph.end) : null;
      const attribution = (labelGivesWay(before, after) ? after : before) ?? after ?? namedAfter ?? dashNamed;
      // «Ведомостям» right after "сообщил" is who was told, not what: a short quotation needs a colon or a comma before it.
      // (So is a longer capitalised name there when ", что" follows it: «рассказала «Новой газете Европа», что …».)
      const toldThen = span.close !== null && words <= 4 && /^\s*,\s*что\s/u.test(text.slice(span.close + 1, span.close + 12))
        && /^\p{Lu}/u.test(text.slice(span.contentStart, span.contentEnd));
      const listener = (words < MIN_QUOTED_WORDS || toldThen) && before !== null && !/[:,]$/.test(lead) && isCyrillic(lead);
      // ('…," the union said. "Nobody listened."': a two-word sentence closing the paragraph's attributed quotation, short-sentence-after-quote.ts.)
      const closingLine = isShortSentenceAfterQuote(text.slice(span.contentStart, span.contentEnd), lead, span.marks, words,
        previous !== undefined && directs.at(-1)?.span === previous && directs.at(-1)!.attribution !== null);
      // («Межгород без автобусов: «ЧелябАвтоЛайн» закрывает 14 маршрутов»: a short capitalised «name» after a colon, with a
      // lower-case word right after its closing mark, is the sentence's subject, no quotation; thirtieth session. Guard:
      // Russian, four words at most, no stop inside, and not «и» / «а» / «но» after it («Она ответила: «Нет» и ушла».)
      const quotedSubject = span.close !== null && words <= 4 && isCyrillic(text.slice(span.contentStart, span.contentEnd))
        && /^\p{Lu}[^.!?…]*$/u.test(text.slice(span.contentStart, span.contentEnd))
        && /^ (?!(?:и|а|но|или)\s)\p{Ll}/u.test(text.slice(span.close + 1, span.close + 8));
      // («…, — добавил он. — Разберемся сами».: a short piece resuming after the attribution, russian-short-resumed-quote.ts.)
      const resumed = isShortResumedRussianQuote(text, span, words, previous !== undefined && directs.at(-1)?.span === previous && directs.at(-1)!.attribution !== null);
      const longEnough = !listener && !quotedSubject && (words >= (span.marks === 'single' || !attribution ? MIN_QUOTED_WORDS : 1) || closingLine || resumed);
      // 'quoted Lavrov as saying "there will be…"': a lower-case fragment run into the sentence is partial.
      // 'As Kowalczyk notes, "every winter …"': after "as X notes," too the quotation runs on in the sentence.
      // ('…, because, she says, "somebody has to."': an attribution set between commas inside the sentence, words of the sentence
      // before it, leaves a lower-case quotation running on in the sentence, a partial; thirty-first session, d1474. Guard: not
      // when the attribution opens the sentence, 'She says, "…"' (what is quoted then is a sentence of its own).)
      const runsOn = !/[:,]$/.test(lead) || (/,$/.test(lead) && /^[Aa]s\s/u.test(lead)) || INSERTED_ATTRIBUTION_RE.test(lead);
      // ('The verdict of one veteran, …, was blunter still: "competent, bloodless, forgettable".': a judgement's owner before
      // the colon; verdict-before-colon.ts.)
      const verdict = !before && span.close !== null && startsLowerCase(text, span) && /:$/.test(lead) ? verdictOwnerBeforeColon(masked.slice(leadFrom, span.open).trimEnd()) : null;
      const owner = verdict ? parseSpeakerPhrase(tokenize(verdict.owner, leadFrom + verdict.index)) : null;
      if (verdict && owner) {
        const at = leadFrom + verdict.nounIndex;
        fragments.push({ span, phrase: owner, cue: { text: verdict.noun, start: at, end: at + verdict.noun.length } });
        return;
      }
      if (before && runsOn && startsLowerCase(text, span)) {
        fragments.push({ span, phrase: before.phrase, cue: before.cue });
        return;
      }
      // ("… she told the Gazette. 'Residents deserve a proper say.'": a whole sentence in single marks is a quotation too.)
      const singleSentence = lead === '' && words >= MIN_UNATTRIBUTED_WORDS && /[.!?]$/u.test(text.slice(span.contentStart, span.contentEnd).trimEnd());
      // ("'We cannot build our way out of this': the housing chief on …", «…» as the title: a headline that quotes.)
      const headline = index === 0 && paragraphs.length > 1 && span.open === paragraph.start && span.close !== null && !attribution
        && words >= MIN_UNATTRIBUTED_WORDS && /^\s*(?::|$)/u.test(text.slice(span.close + 1, paragraph.end));
      if (opensClause && longEnough && (attribution || span.marks === 'double' || singleSentence || headline)) {
        directs.push({ span, attribution, paragraphInitial: span.open === paragraph.start || lead === '' && sentence.start === paragraph.start, headline });
      } else {
        others.push(span);
      }
    });

    const inParagraph: Candidate[] = [];
    const overlapsDirect = (start: number, end: number) =>
      directs.some(({ span }) => span.contentStart < end && span.contentEnd > start);
    sentences.forEach((sentence, s) => {
      const found: Candidate[] = [];
      // "Россия готова … . Об этом заявил X.": the sentence before, when nothing in it was attributed.
      const previous = sentences[s - 1];
      const aboutThis = previous ? aboutThisAttribution(masked, sentence.start, sentence.end) : null;
      if (previous && aboutThis && !inParagraph.some((c) => c.start < previous.end && c.end > previous.start)) {
        const range = trimmed(text, previous.start, previous.end);
        while (range.end > range.start && /[.!]/.test(text[range.end - 1]!)) range.end--;
        if (!overlapsDirect(range.start, range.end) && wordCount(text, range.start, range.end) >= MIN_UNATTRIBUTED_WORDS) {
          inParagraph.push({ kind: 'indirect', ...range, paragraph: index, cue: aboutThis.cue, phrase: aboutThis.phrase });
        }
      }
      for (const clause of reportedClauses(masked, sentence.start, sentence.end)) {
        if (overlapsDirect(clause.start, clause.end)) continue;
        const candidate: Candidate = { kind: 'indirect', start: clause.start, end: clause.end, paragraph: index, cue: clause.cue };
        if (clause.phrase) candidate.phrase = clause.phrase;
        else {
          // ", saying …" without a subject of its own: the speaker of the sentence's earlier statement
          // (a direct quotation is linked below, once it is a candidate).
          const anchor = found.at(-1);
          const quoted = directs.some((d) => d.span.open >= sentence.start && d.span.open < clause.start);
          if (!anchor && !quoted) continue;
          if (anchor) candidate.sameAs = anchor;
        }
        found.push(candidate);
      }
      inParagraph.push(...found);
    });

    for (const direct of directs) {
      const candidate = toDirect(direct.span, direct.attribution, index);
      if (direct.headline) headlineQuotes.add(candidate);
      if (!direct.attribution) {
        const earlier = [...inParagraph, ...candidates.filter((c) => c.paragraph === index)]
          .filter((c) => c.start < candidate.start)
          .sort((a, b) => a.start - b.start)
          .at(-1);
        const lastBefore = candidates.filter((c) => c.paragraph === index - 1).at(-1);
        // (A sentence about someone else between the earlier statement and the quotation: that person.)
        const about = aboutPersonBefore(masked, sentences, direct.span.open);
        const aboutSentence = about ? sentenceAt(sentences, about.start) : undefined;
        const quiet = aboutSentence !== undefined && ![...inParagraph, ...candidates].some((c) => c.start < aboutSentence.end && c.end > aboutSentence.start);
        const closing = direct.span.close === null && direct.paragraphInitial ? closingAttribution(index) : null;
        const signed = direct.paragraphInitial && direct.span.close !== null && text.slice(direct.span.close + 1, paragraph.end).trim() === ''
          ? signatureBelow(masked, paragraphs[index + 1]) : null;
        // («…». Об этом рассказала директор театра Name: the next sentence names the speaker; russian-quote-then-about-this.ts.)
        const aboutNext = direct.span.close !== null ? aboutThisAfterQuote(masked, sentences, direct.span.close) : null;
        if (closing) {
          candidate.phrase = closing.phrase;
          candidate.cue = closing.cue;
        } else if (aboutNext) {
          candidate.phrase = aboutNext.phrase;
          candidate.cue = aboutNext.cue;
        } else if (signed) candidate.phrase = signed;
        else if (about && quiet) candidate.phrase = about;
        else if (earlier) candidate.sameAs = earlier;
        else if (direct.paragraphInitial && lastBefore) candidate.sameAs = lastBefore;
        else if (direct.paragraphInitial && introduced(index)) candidate.phrase = introduced(index)!;
        // One paragraph of plain fact (no statement, nobody named in it: see `about`) between the last speaker and a
        // quotation opening a paragraph: the quotation is still theirs. (Only one long enough to be kept anyway: a short
        // one there is as often a sign's or a slogan's words.)
        else if (direct.paragraphInitial && wordCount(text, candidate.start, candidate.end) >= MIN_UNATTRIBUTED_WORDS
          && candidates.some((c) => c.paragraph === index - 2) && !candidates.some((c) => c.paragraph === index - 1)) {
          candidate.sameAs = candidates.filter((c) => c.paragraph === index - 2).at(-1);
        }
        else if (speakerLabel(masked, paragraph)) candidate.phrase = speakerLabel(masked, paragraph)!;
        else if (wordCount(text, candidate.start, candidate.end) < MIN_UNATTRIBUTED_WORDS) continue;
      }
      candidates.push(candidate);
    }
    // Re-link ", saying …" clauses that were waiting for this sentence's direct quotation.
    for (const c of inParagraph) {
      if (!c.phrase && !c.sameAs) {
        c.sameAs = candidates.filter((d) => d.paragraph === index && d.kind === 'direct' && d.start < c.start).at(-1);
      }
    }
    candidates.push(...inParagraph);

    for (const { span, phrase, cue } of fragments) {
      candidates.push({ kind: 'partial', ...trimmed(text, span.contentStart, span.contentEnd), paragraph: index, phrase, cue });
    }
    for (const span of others) {
      // (A company's «name» after its legal form, "ООО «Верхневолжская топливная компания»", is no quotation.)
      if (russianCompanyName(text, span.open, span.contentEnd)) continue;
      const words = wordCount(text, span.contentStart, span.contentEnd);
      // Scare quotes: one word, or two capitalised ones ("Cold War"); "double standards" is a quoted phrase.
      // After an article the two words are usually a term held at arm's length ("a "fresh start"").
      // (But not when the first of the two is a word of degree: 'at a "very preliminary" stage', 'a "deeply flawed" plan' are
      // the speaker's judgement of the noun after them, not a term; degree-before-quoted-adjective.ts.)
      // ('said the dispute reflected a "two-tier workforce" that …': inside a reported clause, after "a" / "an", the two words
      // are the speaker's own, as every such pair in dev and the read parts is annotated (test-5 w20, test-21 w18, test-35
      // w09, test-45 w18); thirty-second session. Guards: only "a" / "an", only inside a reported clause, and only a first
      // word joined by a hyphen, "two-tier", "slow-motion"; the forty-first session widened it to any plain pair after "a",
      // "an" or "the" inside a found clause, below); a quote outside any clause stays a term held at arm's length.)
      const inClause = inParagraph.some((c) => c.start <= span.contentStart && span.contentEnd <= c.end + 1);
      const phraseLike = span.marks === 'double' && words === 2 && startsLowerCase(text, span)
        && (!/\b(?:a|an|the)\s*$/iu.test(text.slice(Math.max(0, span.open - 5), span.open)) || opensWithDegreeWord(text.slice(span.contentStart, span.contentEnd))
          || (inClause && /\b(?:a|an)\s*$/u.test(text.slice(Math.max(0, span.open - 4), span.open)) && /^\p{Ll}+-\p{Ll}+\s/u.test(text.slice(span.contentStart, span.contentEnd)))
          // (Any plain pair after "a" / "an" inside a found clause, or after "the" with "of" after it, 'understood the "real
          // frustration" of …': the speaker's words, as dev and the read parts annotate 13 of 13; pair-after-article-in-clause.ts,
          // forty-first session.)
          || isPairAfterArticleInClause(text.slice(Math.max(0, span.open - 5), span.open), text.slice(span.contentEnd + 1, span.contentEnd + 6), inClause));
      const sentenceOfSpan = sentenceAt(sentences, span.open);
      const namedAs = sentenceOfSpan !== undefined && RU_PARTIAL_LEAD_RE.test(masked.slice(sentenceOfSpan.start, span.open));
      // 'said reform was "unavoidable"', 'said he had "borrowed" it': a quoted word that completes the reported
      // clause's verb is the speaker's.
      const completes = inParagraph.some((c) => c.start <= span.contentStart && span.contentEnd <= c.end + 1)
        // (Or after a modal or a verb of finding or naming: 'will "destroy" the village', 'found "inadequate" records'.)
        // (Or a verb of feeling or becoming before a state: 'was left "shaking"', 'felt "betrayed"'.)
        // ('are expected to remain "intermittent"': the verb's bare form after "to" or a modal.)
        // (Or a linking verb of seeming before the state: 'already looked "stretched"', 'sounded "hollow"', 'proved "costly"';
        // or a passive verb of rating: 'would be rated "average"', 'was deemed "unsafe"'.)
        && (/(?<!\p{L})(?:was|were|is|are|be|been|remain|remained|remains|seemed|had|has|have|will|would|could|can|may|might|must|should|found|find|finds|called|calls|described\s+as|describes\s+as|left|felt|feel|feels|became|become|becomes|seem|seems|looks?|looked|sounds?|sounded|appears?|appeared|proves?|proved|proven|stays?|stayed|rated|graded|deemed|judged|classed|classified|declared|labell?ed)\s*$/u.test(masked.slice(Math.max(0, span.open - 14), span.open))
          || RU_COMPLETING_VERB_RE.test(masked.slice(Math.max(0, span.open - 19), span.open))
          // (Or a verb of leaving, making or finding, its object of one to three lower-case words, then the quoted word
          // that says what the object became: 'had left some classes "unsettled"', 'found the kitchens "filthy"'. Guards:
          // no article right before the quote, 'left the "reform" to others' (a scare quote); the word shaped as an
          // adjective or a participle, not 'found the new "approach" useful'.)
          || (OBJECT_COMPLEMENT_LEAD_RE.test(masked.slice(Math.max(0, span.open - 50), span.open)) && COMPLEMENT_WORD_RE.test(text.slice(span.contentStart, span.contentEnd).trim()))
          // (Or a copula and an article before the quoted noun phrase: 'closures were a "last resort"'.)
          || /(?<!\p{L})(?:was|were|is|are|be|been|remain|remained|remains|seemed|became|becomes)\s+(?:a|an)\s*$/u.test(masked.slice(Math.max(0, span.open - 20), span.open))
          // (Or one quoted word between an article and its noun: 'rested on a "fragile" assumption'; degree-before-quoted-adjective.ts.)
          || adjectiveBeforeItsNoun(masked.slice(Math.max(0, span.open - 8), span.open), text.slice(span.contentStart, span.contentEnd), text.slice(span.contentEnd + 1, span.contentEnd + 20)));
      const lead = sentenceOfSpan !== undefined ? masked.slice(sentenceOfSpan.start, span.open) : '';
      const labelled = LABEL_LEAD_RE.test(lead) || (words === 2 && WARNED_OF_RE.test(lead));
      // ('had paid N50,000 in "settlement"', 'cost his members "billions"', 'look at "softer" reporting': one lower-case
      // word quoted inside a reported clause is the speaker's word too; quoted-word-in-clause.ts.)
      const wordInClause = isQuotedWordInClause(text, span, words, masked.slice(Math.max(0, span.open - 30), span.open),
        inParagraph.some((c) => c.start <= span.contentStart && span.contentEnd <= c.end + 1));
      if (words < MIN_QUOTED_WORDS && !phraseLike && !namedAs && !completes && !labelled && !wordInClause) continue;
      const range = trimmed(text, span.contentStart, span.contentEnd);
      const container = inParagraph.find((c) => c.start <= span.contentStart && span.contentEnd <= c.end + 1);
      if (container) {
        candidates.push({ kind: 'partial', ...range, paragraph: index, sameAs: container, cue: container.cue });
        continue;
      }
      // No reported clause around it: 'accused the West of "double standards"', '…, highlighting "…"'.
      const sentence = sentenceAt(sentences, span.open);
      if (!sentence) continue;
      // ('which Name attributed to "…"', 'blamed the delay on "…"': a cause given in the speaker's words, cause-put-in-quotes.ts.)
      const verb = PARTIAL_LEAD_RE.exec(masked.slice(sentence.start, span.open)) ?? RU_PARTIAL_LEAD_RE.exec(masked.slice(sentence.start, span.open))
        ?? causeLead(masked.slice(sentence.start, span.open))
        ?? (startsLowerCase(text, span) ? RU_DIRECTIVE_LEAD_RE.exec(masked.slice(sentence.start, span.open)) : null);
      if (!verb) continue;
      const verbStart = sentence.start + verb.index + verb[0].indexOf(verb[1]!);
      const cue = { text: verb[1]!, start: verbStart, end: verbStart + verb[1]!.length };
      // ('a levy that Mayor Name said was "…"', 'a move she said would keep "…"': who said it stands right before "said".)
      if (/^sa(?:id|ys)$/u.test(verb[1]!)) {
        const who = /(?<![\p{L}'\u2019.-])((?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,4}\p{Lu}[\p{L}'\u2019.-]*|(?:the|its|his|her|their)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?|he|she|they|we)\s+$/u.exec(masked.slice(sentence.start, verbStart));
        const said = who ? parseSpeakerPhrase(tokenize(who[1]!, sentence.start + who.index)) : null;
        if (said) {
          candidates.push({ kind: 'partial', ...range, paragraph: index, phrase: said, cue });
          continue;
        }
      }
      // ('was described by his coach as "…"': the passive's agent gave the label; passive-label-agent.ts.)
      const passive = passiveLabelAgent(masked.slice(sentence.start, span.open));
      const agent = passive ? parseSpeakerPhrase(tokenize(passive.agent, sentence.start + passive.agentIndex)) : null;
      if (passive && agent) {
        const at = sentence.start + passive.verbIndex;
        candidates.push({ kind: 'partial', ...range, paragraph: index, phrase: agent, cue: { text: passive.verb, start: at, end: at + passive.verb.length } });
        continue;
      }
      // ("in what staff described as "…"": who described it is named between "what" and the verb, not the sentence's subject.)
      const what = WHAT_THEY_CALLED_RE.exec(masked.slice(sentence.start, verbStart));
      const describer = what ? parseSpeakerPhrase(tokenize(what[1]!, sentence.start + what.index + what[0].indexOf(what[1]!))) : null;
      if (describer && describer.kind !== 'pronoun') {
        candidates.push({ kind: 'partial', ...range, paragraph: index, phrase: describer, cue });
        continue;
      }
      // ('asked for by a neighbour after what she described as "…"': the unnamed agent right before; describer-after-unnamed-agent.ts.)
      const agentBefore = what && (describer?.pronoun === 'she' || describer?.pronoun === 'he') ? unnamedAgentBeforeWhat(masked.slice(sentence.start, sentence.start + what.index)) : null;
      const unnamedAgent = agentBefore ? parseSpeakerPhrase(tokenize(agentBefore.words, sentence.start + agentBefore.at)) : null;
      if (unnamedAgent?.kind === 'anonymous') {
        candidates.push({ kind: 'partial', ...range, paragraph: index, phrase: unnamedAgent, cue });
        continue;
      }
      // (The subject of a relative clause right before the verb wins over the sentence's earlier statement.)
      const relative = relativeSubject(masked, sentence.start, verbStart);
      if (relative) {
        candidates.push({ kind: 'partial', ...range, paragraph: index, phrase: relative, cue });
        continue;
      }
      const earlier = [...inParagraph, ...candidates].filter((c) => c.start >= sentence.start && c.end <= span.open).sort((a, b) => a.start - b.start).at(-1);
      const subject = earlier ? null : ((isCyrillic(lead) ? russianSubjectBefore(masked, sentence.start, verbStart) : null)
        ?? subjectBefore(masked, sentence.start, verbStart) ?? sentenceSubject(masked, sentence.start, sentence.end, true));
      // ("…, while regional council president Name called the closure "…"": a person named after the earlier statement.)
      const between = earlier && /^["\u201D\u2019]?[\s,]*(?:while|whereas|but|and)\s/u.test(masked.slice(earlier.end, verbStart)) ? subjectBefore(masked, earlier.end, verbStart) : null;
      if (between?.kind === 'name') candidates.push({ kind: 'partial', ...range, paragraph: index, phrase: between, cue });
      else if (earlier) candidates.push({ kind: 'partial', ...range, paragraph: index, sameAs: earlier, cue });
      else if (subject) candidates.push({ kind: 'partial', ...range, paragraph: index, phrase: subject, cue });
    }
  });

  function toDirect(span: QuoteInParagraph, attribution: Attribution | null, paragraph: number): Candidate {
    const range = trimmed(text, span.contentStart, span.contentEnd);
    return { kind: 'direct', ...range, paragraph, cue: attribution?.cue, phrase: attribution?.phrase ?? null };
  }

  candidates.sort((a, b) => a.start - b.start || (a.kind === 'partial' ? 1 : 0) - (b.kind === 'partial' ? 1 : 0));
  // The NLP library's say on bodies and places; only mentions before a statement are ever read, so only those are asked about.
  // (First the text's own marks, read before: "an analyst at Marchetti Lowe" makes "Marchetti Lowe said" a body's.)
  for (const c of candidates) if (c.phrase) c.phrase = withDocumentOwner(text, withEntityKind(asNamedBody(c.phrase, bodies), reading, directory));
  for (const [k, m] of mentions.entries()) if (m.start < (candidates.at(-1)?.start ?? 0)) mentions[k] = withEntityKind(asNamedBody(m, bodies), reading, directory);
  const resolver = new SpeakerResolver(directory, text);
  // Sentence subjects are read in order with the statements, so a pronoun can point back at either.
  let nextMention = 0;
  const done: Statement[] = [];
  // (A person named inside an unnamed source's reported clause, "…, a Western diplomat said.", is not named after the
  // source: a later "the diplomat said" is still the source.)
  const insideUnnamed = (m: SpeakerPhrase) => m.kind === 'name' && done.some((s) => s.anonymous && s.kind === 'indirect' && s.start <= m.start && m.end <= s.end);
  // (Nor is a mention inside the words that attributed a statement already read, between its verb and its speaker: "—
  // рассказала одна из них, Ирина Волкова." is Volkova's, and "одна из них" no one a later «она» could mean.)
  const attributions: { from: number; to: number }[] = [];
  const insideAttribution = (m: SpeakerPhrase) => attributions.some((a) => a.from <= m.start && m.end <= a.to);
  const statements = candidates.map((c) => {
    const at = Math.min(c.start, c.phrase?.start ?? c.start);
    while (nextMention < mentions.length && mentions[nextMention]!.start < at) {
      const m = mentions[nextMention++]!;
      if (!insideUnnamed(m) && !insideAttribution(m)) resolver.noteMention(m, secondary.has(m));
    }
    if (c.cue && c.phrase && c.cue.start < c.phrase.start) attributions.push({ from: c.cue.start, to: c.phrase.start });
    const s = toStatement(text, c, resolver);
    // "Analysts at X said in a note …" then "The note said …": the document the speaker spoke in is theirs.
    const spokeIn = c.cue ? SPOKE_IN_RE.exec(text.slice(c.cue.end, c.cue.end + 60)) : null;
    // ("…, inspectors said in the report" after "according to an Ofsted report": the named body's words,
    // said-in-owned-document.ts.)
    const owned = spokeIn && c.resolved?.anonymous && spokeInDefiniteDocument(spokeIn[0]) ? resolver.documentOwner(spokeIn[1]!.toLowerCase()) : null;
    // ("In their report, inspectors said …" with no owner recorded: the body whose finding opened the text,
    // examiners-report-of-lead-body.ts.)
    const examined = !owned && c.resolved?.anonymous && c.phrase && c.cue ? examinersDocument(text, c.phrase.start, c.phrase.end, c.cue.end) : null;
    const leadOwner = examined && !resolver.documentOwner(examined) ? leadBody(text, done) : null;
    if (examined && leadOwner) resolver.noteDocument(examined, { speaker: leadOwner, anonymous: false, kind: 'organisation' });
    const owner = owned ?? leadOwner;
    if (owner) {
      c.resolved = { speaker: owner, anonymous: false, kind: 'organisation' };
      Object.assign(s, { speaker: owner, anonymous: false, speakerKind: 'organisation' });
    } else if (spokeIn && c.resolved) resolver.noteDocument(spokeIn[1]!.toLowerCase(), c.resolved);
    done.push(s);
    return s;
  });
  // A headline's quotation with no one named in it: the first person the next paragraph names ("Priya Raghunathan, 51,
  // took over …", "Министр … Ольга Бережная рассказала …"), the one the piece is about.
  statements.forEach((s, i) => {
    if (!headlineQuotes.has(candidates[i]!) || s.speaker !== null || s.anonymous) return;
    const next = paragraphs[1]!;
    // (Or a full name opening it, whatever the verb: "Gwenllian Pryce-Hughes, 58, has advised …".)
    const opening = /^\s*(\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){1,2})(?=,|\s+\p{Ll})/u.exec(text.slice(next.start, next.end));
    const openingName = opening ? parseSpeakerPhrase(tokenize(opening[1]!, next.start + opening[0].indexOf(opening[1]!))) : null;
    const named = mentions.find((m) => m.kind === 'name' && m.name.length >= 2 && m.start >= next.start && m.end <= next.end)
      ?? (openingName?.kind === 'name' && openingName.name.length >= 2 && openingName.roles.length === 0 ? openingName : undefined);
    if (!named) return;
    s.speaker = directory.findByName(named.name)?.name ?? named.name.join(' ');
    s.speakerKind = 'person';
  });
  // A lead that gives only a title ("Russia's NATO envoy says …") before anyone is named: the
  // person the text then quotes by name.
  statements.forEach((s, i) => {
    const c = candidates[i]!;
    const phrase = mentionPhrase(c);
    if (s.speaker !== null || s.anonymous || phrase?.kind !== 'title') return;
    // The one asking ("JOURNALIST ASKING LAVROV") is not the one later quoted.
    if (phrase.roles.some((r) => ASKERS.has(r)) || /^ask/i.test(s.cue ?? '')) return;
    // Only someone the texts give that title ("Sudan's army chief …" is not the aid worker quoted later).
    const holds = (name: string | null) => {
      const titles = name ? directory.findByName(name.split(' '))?.titles ?? [] : [];
      const wanted = { roles: phrase.roles.filter((r) => ROLE_NOUNS.has(r)), qualifier: phrase.qualifier };
      return titles.some((t) => titleCovers(t, wanted));
    };
    const later = statements.slice(i + 1).find((t, k) => t.speakerKind === 'person' && mentionPhrase(candidates[i + 1 + k]!)?.kind === 'name'
      && (holds(t.speaker) || phrase.roles.every((r) => LOOSE_ROLES.has(r))));
    if (later) {
      s.speaker = later.speaker;
      s.speakerKind = 'person';
      return;
    }
    // "…, Britain's environment secretary said." then a paragraph opening "Helen Marsh told MPs that …": the lead's
    // title named at the start of the next paragraph, by someone the text gives no other post.
    const next = candidates[i + 1];
    const nextPhrase = next ? mentionPhrase(next) : undefined;
    const opening = next && nextPhrase?.kind === 'name' && nextPhrase.name.length >= 2 && next.paragraph === c.paragraph + 1
      && text.slice(paragraphs[next.paragraph]!.start, nextPhrase.start).trim() === '';
    const untitled = (name: string | null) => name !== null && (directory.findByName(name.split(' '))?.titles ?? []).length === 0;
    if (opening && statements[i + 1]!.speakerKind === 'person' && untitled(statements[i + 1]!.speaker)) {
      s.speaker = statements[i + 1]!.speaker;
      s.speakerKind = 'person';
      return;
    }
    // "The Saints coach admitted …" then "Pieter van Wyk has now won six of his eight games …": the title named as the
    // subject of the very next sentence, by someone the text gives no other post.
    const namedNext = mentions.find((m) => m.start > s.end && m.kind === 'name' && m.name.length >= 2);
    if (namedNext && /^[^.!?\n]*[.!?]["\u201D]?\s+$/u.test(text.slice(s.end, namedNext.start)) && untitled(directory.findByName(namedNext.name)?.name ?? namedNext.name.join(' '))) {
      s.speaker = directory.findByName(namedNext.name)?.name ?? namedNext.name.join(' ');
      s.speakerKind = 'person';
      return;
    }
    // "Sudan's army chief has rejected …" then "General Abdel Karim Osman made the remarks …": the wire names the speaker after the lead.
    const remarks = mentions.find((m) => m.start > s.end && m.kind === 'name' && m.name.length >= 2
      && REMARKS_RE.test(text.slice(m.end, sentenceEnd(text, m.end))));
    if (remarks && paragraphs.findIndex((p) => p.end >= remarks.start) - c.paragraph <= 1) {
      s.speaker = directory.findByName(remarks.name)?.name ?? remarks.name.join(' ');
      s.speakerKind = 'person';
    }
  });
  // "One of Bavaria's oldest breweries will close …, the brewery announced" then "Brauerei X, which …, said it would …":
  // a lead's body called by its kind alone is the body the text names next.
  statements.forEach((s, i) => {
    const c = candidates[i]!;
    const body = mentionPhrase(c)?.body;
    if (s.speakerKind !== 'organisation' || !body || !/^\p{Ll}+$/u.test(body) || !WORKPLACES.has(body) || c.paragraph > 1) return;
    const k = statements.findIndex((t, j) => j > i && t.speakerKind === 'organisation' && /^\p{Lu}/u.test(t.speaker ?? '') && candidates[j]!.paragraph <= c.paragraph + 1);
    if (k > 0) s.speaker = statements[k]!.speaker;
  });
  // "…, an independent report has found." then "The report, by the X, said …": the lead's document is the one the text
  // gives an author next.
  statements.forEach((s, i) => {
    const phrase = mentionPhrase(candidates[i]!);
    if (!s.anonymous || phrase?.kind !== 'anonymous' || !phrase.document) return;
    const k = candidates.findIndex((d, j) => j > i && d.paragraph <= candidates[i]!.paragraph + 1 && mentionPhrase(d)?.document === phrase.document
      && statements[j]!.speakerKind === 'organisation');
    if (k < 0) return;
    s.speaker = statements[k]!.speaker;
    s.speakerKind = 'organisation';
    s.anonymous = false;
  });
  // "Researchers at Northgate University followed …" and "The study found that …", "The authors wrote that …", then "They
  // also cautioned that …": an unnamed study's words and its authors' are the body's its researchers work at.
  const research = statements.some((s) => s.anonymous) ? researchBody(text) : null;
  if (research) {
    let publication = false;
    statements.forEach((s, i) => {
      const mention = s.speakerMention?.text ?? '';
      const goesOn = /^they$/iu.test(mention) && i > 0 && statements[i - 1]!.speaker === research
        && candidates[i]!.paragraph <= candidates[i - 1]!.paragraph + 1;
      // ("…, researchers at the Institute for X report in the journal Y" then "The researchers say …": research-body.ts.)
      const cueEnd = s.speakerMention ? text.indexOf(s.cue ?? '\u0000', s.speakerMention.end) : -1;
      const published = s.cue !== undefined && cueEnd >= 0 && cueEnd - (s.speakerMention?.end ?? 0) <= 2
        && publishedByResearchersAt(mention, s.cue, text.slice(cueEnd + s.cue.length, cueEnd + s.cue.length + 40), research);
      if (published) publication = true;
      const again = publication && AUTHORS_AGAIN_RE.test(mention);
      if (!s.anonymous || !(STUDY_MENTION_RE.test(mention) || goesOn || published || again)) return;
      s.speaker = research;
      s.speakerKind = 'organisation';
      s.anonymous = false;
    });
  }
  // ("…, a University of X study has found." then "The researchers write in the journal Y that …": the named study's
  // makers; research-body.ts, studyAuthorsPublishing.)
  const studyMakers = new Set(statements.filter((s, i) => s.speakerKind === 'organisation' && s.speaker
    && ['study', 'paper', 'research', 'analysis'].includes(mentionPhrase(candidates[i]!)?.document ?? '')).map((s) => s.speaker!));
  if (studyMakers.size === 1) {
    statements.forEach((s) => {
      const mention = s.speakerMention?.text ?? '';
      const cueEnd = s.speakerMention && s.cue ? text.indexOf(s.cue, s.speakerMention.end) : -1;
      if (!s.anonymous || cueEnd < 0 || cueEnd - s.speakerMention!.end > 2) return;
      if (!studyAuthorsPublishing(mention, s.cue!, text.slice(cueEnd + s.cue!.length, cueEnd + s.cue!.length + 40))) return;
      s.speaker = [...studyMakers][0]!;
      s.speakerKind = 'organisation';
      s.anonymous = false;
    });
  }
  // "A mother of three who lives on Larch Crescent said …" then, opening the next paragraph's statement, "Kerry Ashdown,
  // 34, …": a person described first and named, with an age, right after (not one the text leaves unnamed on purpose).
  statements.forEach((s, i) => {
    const c = candidates[i]!;
    const phrase = mentionPhrase(c);
    const described = text.slice(phrase?.start ?? 0, phrase?.end ?? 0);
    if (!s.anonymous || phrase?.kind !== 'anonymous' || phrase.plural || phrase.document || !/^(?:an?|the)\s/iu.test(described)) return;
    // ("…, a state official told a legislative committee Thursday." in the lead, then "Name, fiscal bureau chief at the X
    // Department, told lawmakers that …": one official, named so in the next paragraph, official-named-next.ts.)
    const official = phrase.roles.at(-1) === 'official' && phrase.roles.slice(0, -1).every((r) => !LOOSE_ROLES.has(r)) && /^an?\s/iu.test(described) && c.paragraph <= 1 && c.cue !== undefined;
    if ((phrase.roles.some((r) => LOOSE_ROLES.has(r)) && !official) || UNNAMED_ON_PURPOSE_RE.test(text.slice(phrase.start, sentenceEnd(text, phrase.end)))) return;
    // (Not "A source in the Ministry of …": a source is unnamed by what it is, whoever the next paragraph names.)
    if (SOURCE_HEAD_RE.test(text.slice(phrase.start, phrase.end))) return;
    const k = candidates.findIndex((d) => d.paragraph === c.paragraph + 1);
    const next = k >= 0 ? mentionPhrase(candidates[k]!) : undefined;
    // ("A Columbus mother has sued …" then "Name Name, 38, filed the suit …. She said …": the name and its age open the
    // paragraph, "she" speaks for it; described-lead-named-by-opening.ts.)
    if (next?.kind === 'pronoun' && (next.pronoun === 'he' || next.pronoun === 'she') && statements[k]!.speakerKind === 'person' && statements[k]!.speaker
      && /^an?\s/iu.test(described) && agedNameOpensParagraph(text, paragraphs[c.paragraph + 1]!.start, statements[k]!.speaker!)) {
      s.speaker = statements[k]!.speaker;
      s.speakerKind = 'person';
      s.anonymous = false;
      return;
    }
    // ("An Iowa grain hauler has asked …" then "Cedar Run Logistics LLC said in the motion …": the business by its
    // registered name opening the next paragraph; described-lead-named-by-opening.ts.)
    if (next?.kind === 'organisation' && statements[k]!.speakerKind === 'organisation' && statements[k]!.speaker && /^an?\s/iu.test(described)
      && c.paragraph <= 2 + (bylineOfTwoLines(text, paragraphs) ? 1 : 0) && candidates.slice(0, i).every((d) => d.paragraph === 0 || d.paragraph === c.paragraph)
      && registeredBodyOpensParagraph(text, paragraphs[c.paragraph + 1]!.start, statements[k]!.speaker!)) {
      s.speaker = statements[k]!.speaker;
      s.speakerKind = 'organisation';
      s.anonymous = false;
      return;
    }
    if (next?.kind !== 'name' || next.name.length < 2 || statements[k]!.speakerKind !== 'person') return;
    const first = text.indexOf(next.name.join(' '));
    // ("A hill farmer … says he is "…" after 47 of his cattle …" then "Name Name, whose family has farmed … for four
    // generations, told …": or a "who" / "whose" aside in place of the age, where the lead tells of the speaker's own
    // lot ("he", "her") and the name opens the next paragraph; not "A structural engineer warned … that the bridge …"
    // then "Name, who inspected the bridge, told …", who may be someone else.)
    // ("…, the head of a local X association said" then "Name, chairman of the Y Association, told": a post of a body of the
    // same kind, described-then-named.ts.)
    const aged = /^,\s*\d{1,3}\b/u.test(text.slice(next.end));
    const introduced = /^,\s*who(?:se)?\s/u.test(text.slice(next.end)) && /\b(?:he|she|his|her)\b/iu.test(text.slice(phrase.end, sentenceEnd(text, phrase.end)))
      && /(?:^|\n)\s*$/u.test(text.slice(Math.max(0, next.start - 4), next.start));
    // ("A federal judge in Kentucky has barred …" then "U.S. District Judge Name wrote …": the lead's post as the title of the
    // name opening the next paragraph, described-lead-titled-next.ts.)
    // (The lead: the first paragraph that holds a statement after the headline's, a byline perhaps between.)
    // ("By Name Name" then "Senedd reporter" on a line of its own: a byline of two lines moves the lead one paragraph down.)
    const leadAt = 2 + (bylineOfTwoLines(text, paragraphs) ? 1 : 0);
    const lead = c.paragraph <= leadAt && candidates.slice(0, i).every((d) => d.paragraph === 0 || d.paragraph === c.paragraph);
    const titled = lead && titledWithSamePost(text, phrase, next, paragraphs[c.paragraph + 1]!.start);
    const named = official ? opensParagraph(text, next.start) && officialNamedNext(text, next.end, c.cue!.text)
      : /^an?\s/iu.test(described) ? aged || introduced || titled || (c.paragraph <= leadAt && namedWithPostOfSamePeople(described, text, next.end))
        // ("A regional supermarket boss has said …" then "Name Name, chief executive of X Foods, said": a head's post,
        // described-lead-named-by-opening.ts.)
        || (lead && opensParagraph(text, next.start) && headNamedWithPost(described, text, next.end))
        // ("…, a vet has told the magazine." then "Name Name, clinical director of a four-site practice near …, said":
        // a professional named with a post at the profession's workplace, described-then-named.ts.)
        || (lead && opensParagraph(text, next.start) && namedWithPostAtWorkplace(described, text, next.end))
      : namedWithPostOfSameKind(described, text, next.end);
    if (first < 0 || first < next.start - 40 || !named) return;
    s.speaker = statements[k]!.speaker;
    s.speakerKind = 'person';
    s.anonymous = false;
  });
  // "One grower who hauls … said he had been told …" then "…, said the grower, Name." (or "The dealer, Name, said"): one
  // described by a kind of person and named by the same word after their words, in the same paragraph. ("Somerset's
  // 19-year-old leg-spinner … said he had …" then ""…," said Name, the youngest player in the match.": or named there for
  // the first time, with a description in apposition.) Their earlier statements there, and the "he" / "she" between, read
  // back to the description.
  statements.forEach((s, j) => {
    const c = candidates[j]!;
    const phrase = mentionPhrase(c);
    if (s.speakerKind !== 'person' || phrase?.kind !== 'name' || phrase.name.length < 2) return;
    const kind = NAMED_BY_KIND_RE.exec(text.slice(Math.max(0, phrase.start - 30), phrase.end))?.[1];
    // (The apposition first: the look for an earlier mention of the name runs only after it.)
    const introduced = APPOSED_DESCRIPTION_RE.test(text.slice(phrase.end, phrase.end + 12)) && text.indexOf(phrase.name.join(' ')) >= phrase.start;
    if (!kind && !introduced) return;
    const pending: Statement[] = [];
    for (let i = j - 1; i >= 0 && candidates[i]!.paragraph === c.paragraph; i--) {
      const earlier = mentionPhrase(candidates[i]!);
      // (Left unnamed, or given nobody: "Harlow's goalkeeper" where the text names no goalkeeper.)
      if (statements[i]!.speaker !== null || !earlier || earlier.plural) return;
      if (earlier.kind === 'pronoun' && (earlier.pronoun === 'he' || earlier.pronoun === 'she')) {
        pending.push(statements[i]!);
        continue;
      }
      const described = text.slice(earlier.start, earlier.end);
      // ("One agro-dealer …" is "the dealer": a compound's last part. "A spokeswoman for the agency said …" then "The
      // spokeswoman, Name, said": the phrase's roles are read as the post's one word, "spokesman", so the kind is too.)
      const post = kind === undefined ? undefined : ROLE_SYNONYMS[kind] ?? kind;
      const sameKind = post !== undefined && earlier.kind === 'anonymous' && earlier.roles.some((r) => r === kind || r === post || r.endsWith(`-${kind}`))
        && /^(?:one|an?)\s/iu.test(described);
      const describedOne = introduced && (earlier.kind === 'anonymous' || earlier.kind === 'title') && earlier.roles.length > 0;
      if ((!sameKind && !describedOne) || SOURCE_HEAD_RE.test(described) || UNNAMED_ON_PURPOSE_RE.test(text.slice(earlier.start, sentenceEnd(text, earlier.end)))) return;
      // ("A council spokeswoman said the authority was "pleased …"" then "The spokeswoman, Name, said": the clause that
      // holds the partial, read by the same words, goes with it; fortieth session, d2271. Guard: the same phrase, the
      // same paragraph, left unnamed.)
      const same = candidates.flatMap((o, h) => h < i && o.paragraph === c.paragraph && mentionPhrase(o)?.start === earlier.start
        && statements[h]!.anonymous && statements[h]!.speaker === null ? [statements[h]!] : []);
      for (const t of [statements[i]!, ...same, ...pending]) {
        t.speaker = s.speaker;
        t.speakerKind = 'person';
        t.anonymous = false;
      }
      return;
    }
  });
  // «— …, — рассказала потерпевшая. Позже она представилась: Оксана Белова.», «…, — добавила она. Позже выяснилось, что это
  // Марина Ефимова, …»: a speaker the text leaves unnamed where they speak, named in a sentence after their words. Their
  // statements in that paragraph, read back from the naming to the first one that names someone or speaks for a group.
  if (isCyrillic(text)) {
    const namings = [...text.matchAll(RU_NAMED_AFTER_RE)].map((named) => ({
      at: named.index + named[0].indexOf(named[4]!),
      name: named[4]!.split(/\s+/u),
      feminine: named[1] ? named[1] === 'ась' : named[3] ? named[3] !== 'Его' : null,
    }));
    namings.push(...namedInNextSentence(text, candidates, paragraphs));
    for (const { at, name, feminine } of namings) {
      const paragraph = paragraphs.findIndex((p) => p.start <= at && at < p.end);
      for (let i = statements.length - 1; i >= 0; i--) {
        const c = candidates[i]!;
        if (c.paragraph > paragraph || c.start >= at) continue;
        if (c.paragraph < paragraph || !unnamedOne(text, c, statements[i]!, feminine)) break;
        // («По словам тренера, нападающий Name …. Сам Name …»: a post already given to a named holder of it stays theirs.)
        const post = mentionPhrase(c);
        const held = post?.kind === 'title' && statements[i]!.speakerKind === 'person' && statements[i]!.speaker !== null
          && (directory.findByName(statements[i]!.speaker!.split(' '))?.titles ?? []).some((t) => titleCovers(t, { roles: post.roles, qualifier: null }));
        if (held) break;
        statements[i]!.speaker = directory.findByName(name)?.name ?? name.join(' ');
        statements[i]!.speakerKind = 'person';
        statements[i]!.anonymous = false;
      }
      // («Пенсионерка уверена, что …», «— говорит пенсионерка», «Она уверена» in a later paragraph: the one named so, carried
      // forward to a bare word for a person or a pronoun of her or his gender, left unnamed, until another person speaks.)
      if (feminine === null) continue;
      const who = directory.findByName(name)?.name ?? name.join(' ');
      for (let i = 0; i < statements.length; i++) {
        const c = candidates[i]!;
        if (c.paragraph <= paragraph) continue;
        const s = statements[i]!;
        if (s.speakerKind === 'person' && s.speaker !== who) break;
        if (s.anonymous && sameOneLater(text, c, feminine)) {
          s.speaker = who;
          s.speakerKind = 'person';
          s.anonymous = false;
        }
      }
    }
  }
  // ("The Civil Defence Force said …. "…," its director told reporters.": a body's post after "its", held by nobody the text
  // names, still unresolved once every later naming was read, is someone of that body's staff, unnamed (as "a spokesman
  // for X" is). Guard: "its" right before the post only; "Its chief executive, Name, said" and a holder named further down
  // ("…, its chief executive told employees" then "the chief executive, Priya Raman, said") were resolved above.)
  statements.forEach((s, i) => {
    const phrase = mentionPhrase(candidates[i]!);
    if (s.speaker !== null || s.anonymous || s.speakerKind !== null || phrase?.kind !== 'title') return;
    if (!/(?<!\p{L})[Ii]ts\s+$/u.test(text.slice(Math.max(0, phrase.start - 5), phrase.start))) return;
    // (And a body spoke before, the one "its" means: not a lead's "A warehouse … will close, its owner has confirmed",
    // whose owner the text names next as a body.)
    if (!statements.slice(0, i).some((t) => t.speakerKind === 'organisation')) return;
    s.anonymous = true;
    s.speakerKind = 'anonymous';
  });
  // (A quote no phrase attributes, nor any quote it runs on from, still without a speaker once every later naming was read:
  // a source the text leaves unnamed, flagged so, as every null speaker is. Guard: only where no phrase spoke; a phrase the
  // resolver could not tie to anyone, "The Russian Federation's representative said" (dev d160), stays unresolved; nor a
  // label of one word opening its line before the quote, a sign's or a notice's words ("Warning: "…"").)
  const labelled = (s: Statement) => /(?:^|\n)[ \t]*\p{Lu}[\p{L}'\u2019-]*:[ \t]*["\u201C\u00AB']?$/u.test(text.slice(Math.max(0, s.start - 40), s.start));
  statements.forEach((s, i) => {
    if (s.speaker === null && s.speakerKind === null && !s.anonymous && mentionPhrase(candidates[i]!) === undefined && !labelled(s)) {
      s.anonymous = true;
      s.speakerKind = 'anonymous';
    }
  });
  // ("Norwegian carrier Nordlys Regional has grounded …, the carrier confirmed" then, paragraphs on, "Nordlys Regional
  // said passengers …": a name of two words or more that the text has given a body's statement stays that body where it
  // is printed again bare. Guards: the same name exactly, printed whole; the later phrase a bare name, no title or post
  // with it.)
  // (Not a body reading that came from a lower-case word printed before the name, "forklift operator Dana Ruiz said": a
  // trade may be a person's.)
  const bodyNames = new Set(statements.filter((s) => s.speakerKind === 'organisation' && s.speaker && /\s/u.test(s.speaker)
    && !new RegExp(`\\p{Ll}[\\p{L}-]*\\s+${escapeRegExp(s.speaker)}$`, 'u').test(s.speakerMention?.text ?? '')).map((s) => s.speaker!));
  statements.forEach((s, i) => {
    const phrase = mentionPhrase(candidates[i]!);
    if (s.speakerKind !== 'person' || !s.speaker || !bodyNames.has(s.speaker) || phrase?.kind !== 'name' || phrase.roles.length > 0) return;
    // (The whole name printed again, not a surname alone: "Olsen said" after "operator Ken Olsen" is a person's way.)
    if (phrase.name.join(' ') !== s.speaker) return;
    s.speakerKind = 'organisation';
  });
  // ("… the Arctic Lapland Rally said …. Spectator areas would have heated tents, the organisers said.": a named event's
  // organisers right after it spoke, event-organisers.ts.)
  statements.forEach((s, i) => {
    const phrase = mentionPhrase(candidates[i]!);
    const before = statements[i - 1];
    if (i === 0 || !before || !s.anonymous || !phrase || !isBareOrganisers(text.slice(phrase.start, phrase.end))) return;
    if (before.speakerKind !== 'organisation' || !before.speaker || !isEventName(before.speaker) || candidates[i - 1]!.paragraph !== candidates[i]!.paragraph) return;
    Object.assign(s, { speaker: before.speaker, anonymous: false, speakerKind: 'organisation' });
  });
  // ("Kestrel Gas & Power said": a body's name keeps the "&" it is printed with, whichever rule named it; ampersand-in-name.ts.)
  for (const s of statements) {
    if (s.speakerKind !== 'organisation' || !s.speaker || !/\s/u.test(s.speaker) || !text.includes('&')) continue;
    s.speaker = nameJoinedByAmpersand(text, s.speaker.split(' '), 0, text.length) ?? s.speaker;
  }
  // (A quote standing alone as its paragraph, then «Так проект описала Элен Моро в интервью …» opening the next one: the
  // speaker named after it, by a full name after «Так», perhaps an object, and a verb of saying or describing in the past.
  // russian-quote-named-after.ts, with its guards.)
  statements.forEach((s) => {
    if (s.kind !== 'direct' || !isCyrillic(s.text)) return;
    // (Or named in its own paragraph right after it, «"…" — этими словами … Name Surname открыл …»; fortieth session.)
    const named = nameAfterStandingQuote(text, s.start, s.end, paragraphs) ?? nameAfterOpeningQuote(text, s.start, s.end, paragraphs);
    if (!named) return;
    Object.assign(s, { speaker: named, speakerKind: 'person', anonymous: false });
  });
  // («Соседка пенсионерки уверена, что» after «Ее соседка по площадке Name Surname»: the one the text introduced by that
  // word; russian-relation-of-role.ts, with its guards. Only a statement read as unnamed.)
  for (const s of statements) {
    if (!s.anonymous || !s.speakerMention) continue;
    const named = relationOfRoleNamed(text, s.speakerMention.text, s.speakerMention.start);
    if (named) Object.assign(s, { speaker: named, speakerKind: 'person', anonymous: false });
  }
  // («Бывший ученик рассказал, что …» right after a sentence naming one person: that person; russian-former-post-named-before.ts.)
  for (const s of statements) {
    if (!s.speakerMention || !(s.anonymous || s.speakerKind === 'organisation')) continue;
    const named = formerPostNamedBefore(text, s.speakerMention.text, s.speakerMention.start);
    if (named) Object.assign(s, { speaker: named, speakerKind: 'person', anonymous: false });
  }
  // («Пациентка рассказала, что …», «Подсудимый заявил, что …» right after a sentence naming one person of that sex: that
  // person; russian-situation-noun-named-before.ts. Only a statement read as unnamed or as no one's.)
  for (const s of statements) {
    if (!s.speakerMention || !(s.anonymous || s.speaker === null)) continue;
    const named = situationNounNamedBefore(text, s.speakerMention.text, s.speakerMention.start);
    if (named) Object.assign(s, { speaker: named, speakerKind: 'person', anonymous: false });
  }
  // («— сказал белорусский ветеран» after «белорус Name Surname»: that person; russian-demonym-role.ts.)
  // (The phrase reader reads no one in «белорусский ветеран», a word no list holds: then the words after the quotation's
  // dash and verb are the mention.)
  // (A quotation the words after it attribute, «», — говорит хозяин пасеки.»: those words, when the reading took the
  // speaker from elsewhere, a mention before the quotation.)
  const tailMention = (s: Statement): { text: string; start: number } | null => {
    if (s.speakerMention && s.speakerMention.start >= s.end) return s.speakerMention;
    const after = s.kind === 'direct' ? /^[\u00BB"]?\s*,\s*[\u2014\u2013]\s*\p{Ll}+\s+(\p{Ll}+(?:\s+\p{Ll}+)?)\s*[.!]/u.exec(text.slice(s.end, s.end + 80)) : null;
    return after ? { text: after[1]!, start: s.end + after[0].indexOf(after[1]!) } : (s.speakerMention ?? null);
  };
  // («— говорит хозяин базы» after «На рыболовной базе Name Surname» in the genitive: its owner; russian-holder-of-named-place.ts.)
  for (const s of statements) {
    const mention = tailMention(s);
    if (!mention) continue;
    const native = s.speakerKind === 'organisation' ? null : personOfNationByAdjective(text, mention.start, mention.text);
    if (native) Object.assign(s, { speaker: native, speakerKind: 'person', anonymous: false });
    const owner = holderOfNamedPlace(text, mention.text, mention.start);
    if (owner) Object.assign(s, { speaker: owner, speakerKind: 'person', anonymous: false });
  }
  // («— говорит уроженец Глазова» after «Name Surname, 68-летний уроженец Глазова,»: that person; russian-native-of-place.ts.)
  for (const s of statements) {
    if (!s.speakerMention) continue;
    const named = nativeOfPlaceNamed(text, s.speakerMention.text, s.speakerMention.start);
    if (named) Object.assign(s, { speaker: named, speakerKind: 'person', anonymous: false });
  }
  // («Ее муж добавил, что …» after «Вера Кравец рассказала …», the text naming «Борис Кравец» elsewhere: the relative the
  // possessive points from, not the person it means; russian-named-relative.ts, with its guards.)
  // Thirty-fourth session: with no such relative named, the relative is an unnamed source («— говорит ее дочь.» after a
  // named doctor: not the doctor), as «Ее соседка» is (russian-relations.ts). Guard: the possessive is the whole mention
  // and the family word follows it alone (then the verb, or the clause's end); a body's statement is left as it is.
  for (const s of statements) {
    if (!s.speakerMention || s.anonymous || s.speakerKind === 'organisation') continue;
    const sex = familyWordAfterPossessive(text, s.speakerMention.start, s.speakerMention.end);
    if (!sex) continue;
    // (A speaker of the other sex than the possessive is no longer the one it points from: an earlier rule already found the
    // relative, «Его жена пояснила» → «Ольга Кудинова» of his surname; kept.)
    const pointsFrom = /^его$/iu.test(s.speakerMention.text) ? 'm' : 'f';
    if (s.speakerKind === 'person' && s.speaker && russianGender(s.speaker) === (pointsFrom === 'm' ? 'f' : 'm')) continue;
    const relative = s.speakerKind === 'person' && s.speaker ? namedRelative(text, s.speaker, sex, russianGender) : null;
    if (relative) s.speaker = relative;
    else Object.assign(s, { speaker: null, speakerKind: 'anonymous', anonymous: true });
  }
  // ("D.Ganbold": an initial the text writes against the name keeps no space in the canonical name.)
  for (const s of statements) if (s.speakerKind === 'person' && s.speaker) s.speaker = withJoinedInitials(text, s.speaker);
  // («Северянки-Оби» → «Северянка-Обь»: a body's «name» in the form the text gives it as a sentence's subject.)
  // (Only when a Russian text prints a name in guillemets; the text is read for them once.)
  if (text.includes('«') && statements.some((s) => s.speakerKind === 'organisation' && s.speaker && isCyrillic(s.speaker))) {
    const subjects = quotedNamesOpeningSentences(text);
    for (const s of statements) if (s.speakerKind === 'organisation' && s.speaker && isCyrillic(s.speaker)) s.speaker = quotedNameAsSubject(s.speaker, subjects, text);
  }
  return statements;
}

/** A bare word for a person («пенсионерка», «потерпевшая») or a pronoun, one word, of the gender given. */
function sameOneLater(text: string, c: Candidate, feminine: boolean): boolean {
  const phrase = mentionPhrase(c);
  if (!phrase || phrase.plural) return false;
  const word = text.slice(phrase.start, phrase.end).trim().toLowerCase();
  if (!/^[\u0430-\u044F\u0451]+$/u.test(word)) return false;
  if (phrase.kind === 'pronoun') return phrase.pronoun === (feminine ? 'she' : 'he');
  const person = phrase.kind === 'title' && phrase.roles.length === 1 && (RU_PEOPLE_ROLES.has(phrase.roles[0]!) || isRussianPeopleNoun(word));
  return person && (russianPeopleNounGender(word) === 'f') === feminine;
}

/** A full name opening a sentence inside a paragraph and followed by a lower-case word («… Name Отчество Фамилия живет …»). */
// (Not the emphatic «Сам» / «Сама» / «Сами» before a surname, «Сам Мазуров к журналистам не вышел»: "himself", no name's
// first word; thirty-second session, second round.)
const RU_NAME_OPENS_SENTENCE_RE = /(?<=[.!?\u2026][ \t]+)(?!(?:Сам|Сама|Сами)[ \t])(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2})(?=[ \t]+\p{Ll})/gu;

/** Words that leave a speaker unnamed on purpose («попросившая не называть ее фамилию»): no name after them is theirs. */
const RU_UNNAMED_ON_PURPOSE_RE = /(?:не\s+называть|не\s+публиковать|не\s+приводить|не\s+печатать|не\s+разглашать|не\s+пожелал|пожелавш|попросивш|аноним|неназванн)/u;

/**
 * «— …, — призналась пенсионерка. Нина Ивановна Баранова живет в селе всю жизнь.», «— …, — говорит один из дольщиков.
 * Игорь Маслов вложил …»: one the text leaves unnamed where they speak, named by a full name opening the very next
 * sentence, which says something about them and reports nothing itself. The gender of the name, when it shows one, is
 * that of the word for the speaker («пенсионерка», «один из …»).
 */
function namedInNextSentence(text: string, candidates: readonly Candidate[], paragraphs: readonly { start: number; end: number }[]):
  { at: number; name: string[]; feminine: boolean | null }[] {
  const out: { at: number; name: string[]; feminine: boolean | null }[] = [];
  for (const m of text.matchAll(RU_NAME_OPENS_SENTENCE_RE)) {
    const at = m.index;
    const paragraph = paragraphs.findIndex((p) => p.start <= at && at < p.end);
    let last = -1;
    for (let i = 0; i < candidates.length && candidates[i]!.start < at; i++) last = i;
    const c = candidates[last];
    if (!c || c.paragraph !== paragraph || c.end > at) continue;
    // (The speaker's sentence is the one right before: one sentence end between the words and the name.)
    const said = Math.max(c.end, c.cue?.end ?? 0);
    const between = text.slice(said, at);
    if ((between.match(/[.!?\u2026](?=\s)/gu)?.length ?? 0) !== 1 || RU_UNNAMED_ON_PURPOSE_RE.test(text.slice(c.start, at))) continue;
    const end = sentenceEnd(text, at);
    if (candidates.some((d) => d.start >= at && d.start < end)) continue;
    // («Екатерину Сафонову поддержали …»: the name in the case its sentence gives it, named in the nominative.)
    const name = [...russianNominativeName(m[1]!.split(/[ \t]+/u))];
    const gender = russianGender(name.join(' '));
    const phrase = mentionPhrase(c);
    const word = phrase ? text.slice(phrase.start, phrase.end).trim().split(/\s+/u)[0]!.toLowerCase() : '';
    // (Fortieth session: or a pronoun's, «С его слов, …» then «Фельдшер Name Surname(-а) и … приехали …»: a man's «его» is
    // not the woman named next.)
    const pronounGender = phrase?.kind === 'pronoun' ? (phrase.pronoun === 'she' ? 'f' : phrase.pronoun === 'he' ? 'm' : null) : null;
    const wordGender = pronounGender ?? (word === 'одна' ? 'f' : word === 'один' ? 'm' : isRussianPeopleNoun(word) ? russianPeopleNounGender(word) : null);
    if (gender !== null && wordGender !== null && gender !== wordGender) continue;
    out.push({ at, name, feminine: gender === null ? null : gender === 'f' });
  }
  return out;
}

/** «Позже она представилась: Name», «Позже выяснилось, что это Name»: who spoke, named after the words (a full name). */
// («— …, — говорит фермер. Это Name, у него …», «— …, — говорит студентка. Ее зовут Name, она …»: a sentence that only
// presents the one who spoke, «Это» or «Ее зовут» and a full name, with no «Позже» or «выяснилось» before it.)
const RU_NAMED_AFTER_RE = /(?<=^|[.!?…]\s+)(?:(?:(?:Позже|Потом|Затем|Впоследствии)\s+)?(?:(?:она|он)\s+представил(ась|ся)[:,]?|(?:выяснилось|оказалось),?\s+что\s+(?:это\s+(?:был(а)?\s+)?|(?:ее|её|его)\s+зовут\s+))|Это\s+|(Ее|Её|Его)\s+зовут\s+)\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})(?=[\s,.;]|$)/gu;

/** A statement by one person the text does not name there: the words naming them hold no capital but the sentence's first,
 * and no group («Родители учеников рассказывают»); its verb, when past, of the gender the naming gives. */
function unnamedOne(text: string, c: Candidate, s: Statement, feminine: boolean | null): boolean {
  const phrase = mentionPhrase(c);
  // («Мать одного из учеников говорит»: a noun opening the sentence, read as a one-word name but not as a person's.)
  if (!phrase || (phrase.kind === 'name' && (phrase.name.length > 1 || s.speakerKind === 'person')) || phrase.plural || phrase.pronoun === 'they' || phrase.pronoun === 'it') return false;
  const words = text.slice(phrase.start, phrase.end).split(/\s+/u);
  // («— рассказала педиатр одной из поликлиник Твери. Ее зовут Name»: a capital in words the rules read as no name, the
  // statement left unnamed, is a place or a body where they work, not who they are.)
  if (!s.anonymous && words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return false;
  if (words.length === 1 && /^\p{Lu}/u.test(words[0]!) && !/(?:^|[.!?…]\s+|[\u2013\u2014]\s*)$/u.test(text.slice(Math.max(0, phrase.start - 3), phrase.start))) return false;
  let cue: Candidate | undefined = c;
  while (cue && !cue.cue) cue = cue.sameAs;
  const verb = cue?.cue?.text ?? '';
  if (/(?:ли|ют|ят)$/u.test(verb)) return false;
  if (feminine !== null && /л[аи]?$/u.test(verb) && (verb.endsWith('ла') !== feminine)) return false;
  return true;
}

/** Workplaces a lead may call a business by before naming it ("the brewery announced"). */
const WORKPLACES = new Set(['brewery', 'distillery', 'winery', 'factory', 'mill', 'refinery', 'shipyard', 'bakery', 'dairy', 'mine', 'supermarket']);

// ("say in the 36-page complaint": a court filing, its length before it.)
// ("said in a supply disruption alert issued on Tuesday" then "The alert said …": two words may describe the document.)
/** A verb that takes an object and a word saying what the object became, then the object, before a quoted word. */
const OBJECT_COMPLEMENT_LEAD_RE = /(?<!\p{L})(?:left|leaves|leaving|made|makes|making|rendered|renders|found|finds|kept|keeps)\s+(?:(?:the|some|many|most|its|their|his|her|all)\s+)?(?!(?:the|a|an|some|many|most|its|their|his|her|all|to)\s*$)\p{Ll}[\p{Ll}-]*(?:\s+(?!(?:the|a|an|to)\s*$)\p{Ll}[\p{Ll}-]*)?\s*$/u;

/** A word shaped as an adjective or a participle by its ending ("unsettled", "impassable", "filthy"), as a complement is. */
const COMPLEMENT_WORD_RE = /^\p{Ll}[\p{Ll}-]*(?:ed|able|ible|ful|less|ous|ive|ic|al|y)$/u;

const SPOKE_IN_RE = /^\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?in\s+(?:a|an|its|their|his|her|the)\s+(?:[\p{L}\p{N}-]+\s+){0,2}(note|report|statement|letter|memo|filing|post|submission|briefing|complaint|lawsuit|petition|alert|release)\b/u;

/** "who asked not to be named", "speaking on condition of anonymity": a source the text leaves unnamed on purpose. */
// (Or asked that their name be left out: "who asked that her name not be used", "did not want his name published", "asked
// for their names to be withheld".)
const UNNAMED_ON_PURPOSE_RE = /\b(?:named|identified|anonymity|anonymous|condition|unnamed)\b|\b(?:her|his|their)\s+(?:full\s+|real\s+|sur)?names?\s+(?:not|be|to\s+be|withheld|used|published|printed)\b|\bwithh[eo]ld(?:ing)?\s+(?:her|his|their)\s+(?:sur)?names?\b/u;

/** "the grower, Wade Kowalchuk" (the end of a statement's speaker phrase and what precedes it): a kind of person, then the name. */
const NAMED_BY_KIND_RE = /(?:^|\s)[Tt]he\s+(\p{Ll}[\p{Ll}-]*),\s+(?=\p{Lu})[^,;.]*$/u;

/** ", the youngest player in the match", ", a retired teacher": a description in apposition after a name. */
const APPOSED_DESCRIPTION_RE = /^,\s+(?:the|an?)\s/u;

/** "a source", "an insider": a phrase for one unnamed by what it is. */
const SOURCE_HEAD_RE = /\b(?:source|insider)\b/iu;

/** "… made the remarks at …", "… was speaking at …": the sentence says the person just named is the one quoted before. */
const REMARKS_RE = /^\s+(?:\p{Ll}+\s+)?(?:made|gave|delivered)\s+(?:the|his|her|these|those)\s+(?:remarks|comments)\b|^\s+was\s+speaking\b/u;

function sentenceEnd(text: string, from: number): number {
  const m = /[.!?\n]/u.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/**
 * "Ms. Kemmerer was not persuaded. Asked whether …, she shook her head. "You can't …"": a quotation opening a sentence,
 * with no attribution and nothing quoted before it in the paragraph, is the person the sentence before is about.
 */
function aboutPersonBefore(masked: string, sentences: readonly SentenceRange[], open: number): SpeakerPhrase | null {
  const k = sentences.findIndex((s) => open >= s.start && open < s.end);
  const before = sentences[k - 1];
  if (k < 1 || !before || masked.slice(sentences[k]!.start, open).trim() !== '') return null;
  // ("Asked whether …, she shook her head.": the subject after a question put to them.)
  // ("When the sentence was read, she began to cry.": after a clause of time too.)
  const asked = /^\s*(?:Asked|Pressed|Questioned|Challenged|When|As|After|Before|Once|While)\b[^,.;:]*,\s*(?=(?:he|she)\s)/u.exec(masked.slice(before.start, before.end));
  // ("He looked out at the breakwater for a long time.": a pronoun opening the sentence.)
  const pronoun = /^\s*(?:He|She)\s+(?:\p{Ll}+\s+)?\p{Ll}+/u.test(masked.slice(before.start, before.end));
  const subject = asked || pronoun
    ? parseSpeakerPhrase(tokenize(masked.slice(before.start + (asked?.[0].length ?? 0)).trimStart().split(/\s/u)[0]!, before.start + (asked?.[0].length ?? 0) + (/^\s*/u.exec(masked.slice(before.start + (asked?.[0].length ?? 0)))![0].length)))
    : sentenceSubject(masked, before.start, before.end);
  if (!subject) return null;
  // (A surname alone when the text prints it after a first name somewhere: "Whitcombe was not convinced.")
  const surname = subject.kind === 'name' && subject.name.length === 1
    && new RegExp(`\\p{Lu}\\p{Ll}+\\s+${escapeRegExp(subject.name[0]!)}(?!\\p{L})`, 'u').test(masked);
  const person = subject.kind === 'name' ? subject.name.length >= 2 || surname || /^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s/u.test(masked.slice(subject.start, subject.end))
    : subject.kind === 'pronoun' && (subject.pronoun === 'he' || subject.pronoun === 'she');
  return person ? subject : null;
}

/**
 * A Russian one-word "name" the text never prints after a first name: every Russian sentence opens with a capital, so
 * «Мост закрыт с марта» reads as a name «Мост» (a surname alone, «Кравченко не согласился», is printed in full before).
 */
function isLoneRussianNoun(masked: string, m: SpeakerPhrase): boolean {
  if (m.kind !== 'name' || m.name.length !== 1 || !isCyrillic(m.name[0]!)) return false;
  return !new RegExp(`\\p{Lu}\\p{Ll}+\\s+${escapeRegExp(m.name[0]!)}(?!\\p{L})`, 'u').test(masked);
}

/**
 * A readers' letter quoted in a paragraph of its own and signed in the next, which holds only a full name and what follows
 * it after a comma («Тамара Ильинична Жукова, улица Строителей», «Виктор Рябов, пенсионер»): the one who signed.
 */
function signatureBelow(masked: string, paragraph: { start: number; end: number } | undefined): SpeakerPhrase | null {
  if (!paragraph) return null;
  // ("That was Name Name, a rancher near X, speaking against the bill.": a broadcast's or a hearing report's way of naming
  // who spoke the quotation just given in a paragraph of its own; second round, test-47 w03. Guards: the paragraph opens
  // so, a full name of two or three words then a comma or a full stop; not "That was Monday", nor a possessive.)
  const m = SIGNATURE_RE.exec(masked.slice(paragraph.start, paragraph.end)) ?? IDENTIFIED_BELOW_RE.exec(masked.slice(paragraph.start, paragraph.end));
  if (!m) return null;
  const phrase = parseSpeakerPhrase(tokenize(m[1]!, paragraph.start + m.index + m[0].indexOf(m[1]!)));
  return phrase?.kind === 'name' && phrase.name.length >= 2 ? phrase : null;
}

/** "That was Name Name, …" / "That was Name Name." opening the paragraph after a lone quotation: who spoke it. */
const IDENTIFIED_BELOW_RE = /^\s*(?:That|This)\s+(?:was|is)\s+(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,2})(?=\s*[,.])/u;

/** A full name of two or three words alone on its line, or before a comma and a few words; no full stop closing it as a sentence. */
const SIGNATURE_RE = /^\s*(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,2})(?:\s*,\s*[^!?:;\n]{1,60}[^.!?:;\s])?\s*$/u;

/** A transcript's speaker label opening the paragraph ("CLAIRE MOREAU: I hope so. "…""): who says all of it. */
function speakerLabel(masked: string, paragraph: { start: number; end: number }): SpeakerPhrase | null {
  const m = /^\s*(\p{Lu}[\p{Lu} .'-]{1,40}?)\s*:\s/u.exec(masked.slice(paragraph.start, paragraph.end));
  if (!m) return null;
  const phrase = parseSpeakerPhrase(tokenize(m[1]!, paragraph.start + m.index + m[0].indexOf(m[1]!)));
  return phrase?.kind === 'name' || phrase?.kind === 'title' ? phrase : null;
}

/**
 * Whether the text's second paragraph is a byline ("By Name Name") and its third the writer's beat alone on its line
 * ("Senedd reporter", "Dairy editor", an outlet's name): one short line, no sentence's end, no quotation mark.
 */
function bylineOfTwoLines(text: string, paragraphs: readonly { start: number; end: number }[]): boolean {
  const byline = paragraphs[1];
  const beat = paragraphs[2];
  if (!byline || !beat || !/^\s*By\s+\p{Lu}/u.test(text.slice(byline.start, byline.end))) return false;
  // ("The Kings County Dispatch, an independent local newsletter": or the outlet with a short description, up to 80
  // characters, thirty-third session, test-46 w13; still no sentence's end.)
  return /^\s*\p{Lu}[^\n.!?"\u201C\u201D]{1,80}$/u.test(text.slice(beat.start, beat.end).trimEnd());
}

/** Titles loose enough to be anyone's ("the envoy", "the official"). */
const LOOSE_ROLES = new Set(['envoy', 'official', 'diplomat', 'representative', 'spokesman']);

const ASKERS = new Set(['journalist', 'reporter', 'correspondent', 'analyst', 'expert']);

function mentionPhrase(c: Candidate): SpeakerPhrase | undefined {
  for (let at: Candidate | undefined = c; at; at = at.sameAs) if (at.phrase) return at.phrase;
  return undefined;
}

function mentionOf(text: string, c: Candidate): Statement['speakerMention'] {
  for (let at: Candidate | undefined = c; at; at = at.sameAs) {
    if (at.phrase) return { text: text.slice(at.phrase.start, at.phrase.end), start: at.phrase.start, end: at.phrase.end };
  }
  return undefined;
}

function toStatement(text: string, c: Candidate, resolver: SpeakerResolver): Statement {
  // ("The union will raise it in March, it said.": the clause's own subject body, when the text names it; clause-subject-body-it.ts.)
  // (Only when "it" itself is read as a body: "…, a memo states. The county would …, it says." is the memo's, as before.)
  if (c.phrase) {
    c.resolved = resolver.resolve(c.phrase);
    const ownBody = c.resolved.kind === 'organisation' && c.kind === 'indirect' ? clauseSubjectBody(text, c.start, c.end, c.phrase) : null;
    const byOwnBody = ownBody ? resolver.resolve(ownBody) : null;
    if (byOwnBody?.speaker && byOwnBody.kind === 'organisation' && byOwnBody.speaker.toLowerCase() !== ownBody!.body) c.resolved = byOwnBody;
    // ("Wells RNLI has been saving lives since 1869, the charity said.": the body whose name opens the clause;
    // clause-opened-by-named-body.ts.)
    const openingBody = !ownBody && c.resolved.kind === 'organisation' && c.kind === 'indirect' ? clauseOpenedByNamedBody(text, c.start, c.end, c.phrase) : null;
    const byOpeningBody = openingBody ? resolver.resolve(openingBody) : null;
    if (byOpeningBody?.speaker && byOpeningBody.kind === 'organisation') c.resolved = byOpeningBody;
  } else if (c.sameAs?.resolved) {
    c.resolved = c.sameAs.resolved;
    resolver.noteSpeaker(c.resolved);
  } else c.resolved = { speaker: null, anonymous: false, kind: null };
  const statement: Statement = {
    kind: c.kind,
    text: text.slice(c.start, c.end),
    speaker: c.resolved.speaker,
    anonymous: c.resolved.anonymous,
    speakerKind: c.resolved.kind,
    start: c.start,
    end: c.end,
  };
  if (c.cue) statement.cue = text.slice(c.cue.start, c.cue.end);
  const mention = mentionOf(text, c);
  if (mention) statement.speakerMention = mention;
  return statement;
}

/**
 * («Эколог Северного филиала … РАН Игорь Сомов, …, назвал …» then «— сказал он»: a post, then a body in the genitive that
 * opens with an adjective, then the full name. The sentence's first words read as a post and a name «Северного»; the
 * subject is the full name after the body, so that a later «он» means that person. Thirty-sixth session, second round,
 * dev d1558. Guards: the word read as the name is one adjective in the genitive («-ого», «-его») with a lower-case word
 * right after; the full name, two capitalised words and no third, comes within eight words (a comma may come between, «Доцент
 * Пермского университета, климатолог Name», dev d1191); else the first reading stays.)
 */
function roleBeforeBodyAndName(masked: string, read: SpeakerPhrase | null, end: number): SpeakerPhrase | null {
  if (read?.kind !== 'name' || read.name.length !== 1 || read.roles.length === 0 || !/^\p{Lu}[\p{L}-]*(?:ого|его)$/u.test(read.name[0]!)) return read;
  if (!/^\s+\p{Ll}/u.test(masked.slice(read.end, end))) return read;
  const tail = /^(?:,?\s+[\p{L}-]+){1,8}?,?\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?![\p{L}-]|\s+\p{Lu})/u.exec(masked.slice(read.end, end));
  if (!tail) return read;
  const whole = parseSpeakerPhrase(tokenize(masked.slice(read.start, read.end + tail[0].length), read.start));
  if (whole?.kind !== 'name' || whole.name.length < 2) return read;
  // (A lower-case word that goes on with the name, «Эмил Жумабай уулу», is kept: the longer reading when it names more.)
  const next = /^\s+\p{Ll}+(?![\p{L}-])/u.exec(masked.slice(read.end + tail[0].length, end));
  const longer = next ? parseSpeakerPhrase(tokenize(masked.slice(read.start, read.end + tail[0].length + next[0].length), read.start)) : null;
  return longer?.kind === 'name' && longer.name.length > whole.name.length ? longer : whole;
}
