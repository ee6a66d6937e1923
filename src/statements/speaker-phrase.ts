// Reads the words that stand for a speaker ("Russia's foreign minister Sergey
// Lavrov", "the Russian diplomat", "he", "a source in Russia's diplomatic
// mission") into a title, a name, a pronoun or an unnamed source. Nothing here
// knows any person: resolving the phrase to someone is the resolver's job.

import { formerOrLatter } from './former-and-latter.ts';
import { isLoneCollective, isLoneCollectiveRead } from './lone-collective-staff.ts';
import { isDeanOfField } from './dean-of-field.ts';
import { isFiguresOfStanding } from './figures-of-standing.ts';
import { isBareMembers } from './bare-members.ts';
import { isMembersOfBody } from './members-of-named-body.ts';
import { relativeThatAt } from './that-relative-after-speaker.ts';
import { isCarer } from './owned-carer.ts';
import { withShortenedGivenName } from './abbreviated-given-name.ts';
import { academicRankBeforeProfessor } from './academic-rank-title.ts';
import { amharicHonorificPart } from './amharic-honorifics.ts';
import { firstWordHonorific } from './first-word-honorific.ts';
import { bodyBranchName } from './body-branch.ts';
import { bodyOfPlaceName } from './body-of-place.ts';
import { isCourtFile } from './court-document.ts';
import { LEGAL_FORM_IN_CAPITALS_RE } from './company-by-legal-form.ts';
import { isDocumentYear } from './document-year.ts';
import { contactClauseMaker } from './document-contact-clause.ts';
import { executiveBodyName } from './executive-body.ts';
import { ombudsmanOfficeName } from './ombudsman-office.ts';
import { EXPRESS_CARRIER_ENDS, isCarrierWordInName } from './express-carrier.ts';
import { isFilingAgainst } from './filing-against.ts';
import { firmDescribedByTrade } from './firm-described-by-trade.ts';
import { foreignBodyName } from './foreign-body-name.ts';
import { bodyWordInsideName } from './body-word-inside-name.ts';
import { givenNameGender } from './given-names.ts';
import { placeOwnedOffice } from './office-owned-by-place.ts';
import { irishArticleName } from './irish-article-name.ts';
import { isJoinedInitialName } from './joined-initials.ts';
import { lowerCaseBodyBeforeName } from './lower-case-body-before-name.ts';
import { managedBodyName } from './management-of-body.ts';
import { isInitial, isJoinedInitials } from './name-forms.ts';
import { numberedBodyName } from './numbered-body.ts';
import { ownedDocumentOpenerLength } from './owned-document-opener.ts';
import { isOwnedStaffTeam, staffTeamOwner } from './owned-staff-team.ts';
import { ownerBeforeName } from './owner-before-name.ts';
import { peerWithDesignation } from './peer-territorial-designation.ts';
import { isPeoplePluralBodyName } from './people-plural-body-name.ts';
import { isTurnedCompoundGroup } from './turned-compound-group.ts';
import { isPlaceHeadAfterWord } from './place-after-person-noun.ts';
import { placeOpensWithKindWord } from './place-opener-after-post.ts';
import { courtesyTitleAfterPost } from './post-before-courtesy-title.ts';
import { isPostLettersBeforeField, isPostLettersBeforeName } from './post-letters-before-name.ts';
import { proTemLength } from './pro-tem-after-post.ts';
import { postOfTheUnitThenName } from './post-of-the-unit.ts';
import { isPostThenPluralSurname } from './post-then-plural-surname.ts';
import { postWordOpeningBodyName } from './post-word-opening-body-name.ts';
import { groupEstimates, postsOnline } from './posts-and-group-estimates.ts';
import { pressOfficeOwner } from './press-office.ts';
import { researchFirm } from './research-firm.ts';
import { isCyrillic, parseRussianPhrase } from './russian.ts';
import { withSeatMemberLetters } from './seat-member-letters.ts';
import { bodyWritingToOwnPeople } from './sent-to-own-staff.ts';
import { shareOfThoseDescribed } from './share-of-those-described.ts';
import { bodyOfStaff } from './staff-author.ts';
import { isMessagingMedium } from './messaging-medium.ts';
import { isStandingFigure } from './standing-figure.ts';
import { withoutTenureWords } from './tenure-before-post.ts';
import { theParkAsBody } from './the-park-as-body.ts';
import { nameEndingInAcronym } from './name-ending-in-acronym.ts';
import { isGivenNameLikeNationality } from './given-name-like-nationality.ts';
import { parentOfChildrenBeforeName } from './parent-of-children-before-name.ts';
import { capitalisedPostAdjunct } from './capitalised-post-adjunct.ts';
import { rankLettersWithGrade } from './rank-letters-with-grade.ts';
import { positionWordBeforeName } from './position-word-before-name.ts';
import { thePostAsDocument } from './the-post-as-document.ts';
import { isAgeAmongDescription } from './age-among-description.ts';
import { unionLocalName } from './union-local.ts';
import { isUnnamedAuthorities } from './unnamed-authorities.ts';
import { isUnnamedMedia } from './unnamed-media.ts';
import {
  ADMINISTRATIVE_AREAS, ANONYMOUS_WHEN_INDEFINITE, DEFINITE, HONORIFICS, INDEFINITE, isListedPersonNoun, isNationality, isPersonNoun, isSubjectTrailer,isUnnamedHead, NAME_PARTICLES,
  NOT_NAMES, 
  ORGANISATION_HEADS, ORGANISATION_NAMES, PREPOSITIONS, PRONOUNS, QUOTE_CUES, ROLE_MODIFIERS, ROLE_NOUNS, ROLE_SYNONYMS,SENTENCE_OPENERS, 
} from './vocabulary.ts';

export interface Token {
  /** As written, without trailing punctuation. */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Written with a possessive ending ('s or ’s); `text` keeps it, `base` drops it. */
  possessive: boolean;
  base: string;
  /** A plural in "s" written with its apostrophe after ("the stewards' report"), which `text` drops. */
  pluralPossessive?: boolean;
  /** A lone capital letter written with its full stop ("В.", "И."): an initial (russian.ts parseRussianPhrase). */
  initial?: boolean;
}

// A full stop glued to a capitalised word ("said.Russia's") ends the token.
// (The Danish and Norwegian legal form "A/S" is one word, so LEGAL_FORM_IN_CAPITALS_RE can read it: "Tarnby Foods A/S" is a
// business, not a person with initials "A. S."; second round, test-47 w17. Only those two capitals around the slash.)
const TOKEN_RE = /A\/S(?![\p{L}\p{N}])|[\p{L}\p{N}](?:[\p{L}\p{N}'\u2019-]|\.(?!\p{Lu}\p{Ll}))*/gu;

/** Words of a stretch of text with offsets (relative to `offset`). Brackets and punctuation between words are dropped. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    let raw = m[0];
    // "U.S." keeps its dots; a sentence-final "Lavrov." or a plural possessive "Russians'" does not.
    if (!/^(?:\p{L}\.){2,}$/u.test(raw)) raw = raw.replace(/[.'\u2019-]+$/u, '');
    if (raw.length === 0) continue;
    const possessive = /['\u2019]s$/iu.test(raw);
    const base = possessive ? raw.slice(0, -2) : raw;
    const start = offset + m.index;
    const token: Token = { text: raw, lower: raw.toLowerCase().replace(/\u2019/g, "'"), start, end: start + raw.length, possessive, base };
    if (/s['\u2019]$/u.test(m[0])) token.pluralPossessive = true;
    // (A lone capital letter with its full stop, «В.», «И.»: an initial, not the preposition «в» nor the conjunction «и».)
    if (/^\p{Lu}\.$/u.test(m[0])) token.initial = true;
    out.push(token);
  }
  return out;
}

export interface SpeakerPhrase {
  kind: 'pronoun' | 'name' | 'title' | 'anonymous' | 'organisation';
  /** organisation: the body as written, without a leading article ("Russian Foreign Ministry", "ministry", "Moscow"). */
  body?: string;
  /** A document that speaks for its author ("a study by X", "the report"): its noun, so "found" can frame its findings. */
  document?: string;
  /** "it" stands for a body, "he" / "she" for a person or an unnamed source, "they" for a group or a body. */
  pronoun?: 'he' | 'she' | 'it' | 'they';
  /** A firm speaking through its analysts ("Analysts at Nordea said"): "they" later, never "the bank" or "it". */
  research?: boolean;
  /** An unnamed source that is a group ("diplomats", "local farmers"): what a later "they" can mean. */
  plural?: boolean;
  /** "the former" / "the latter" alone: one of the pair named just before (former-and-latter.ts). */
  ordinal?: 'former' | 'latter';
  /** «— добавил отец», «— сказала дочь»: a kin word alone, the elder or younger of two bearers of one surname (russian-elder-younger-bearer.ts). */
  kin?: 'elder' | 'younger';
  /** Name words as written ("Sergey", "Lavrov"); empty for titles. */
  name: string[];
  /** Normalised role words ("foreign", "minister"). */
  roles: string[];
  /** Country or organisation the role belongs to, as a short key ("russi", "nato"). */
  qualifier: string | null;
  start: number;
  end: number;
}

/** Last words of a place's name, not a firm's, before "analysts" ("Wall Street analysts", "Square Mile analysts"). */
const PLACE_ENDS = new Set(['street', 'city', 'square', 'mile', 'avenue', 'valley', 'coast', 'county', 'province', 'region']);

/** "Director of the Second Asian Department of the Russian Foreign Ministry Yevgeny Kolesov": 13 words. */
const MAX_PHRASE_WORDS = 16;

const QUANTIFIERS = new Set(['most', 'many', 'some', 'all', 'few', 'several', 'other', 'both', 'each', 'any', 'more', 'such']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
/** Plural counts that open a group ("dozens of residents", "thousands of protesters"). */
const COUNT_PLURALS = new Set(['dozens', 'scores', 'hundreds', 'thousands', 'tens', 'millions']);

function isCapitalised(token: Token): boolean {
  // "al-Suwaidi", "el-Sayed": a surname with the Arabic article written small is a capitalised name.
  return /^\p{Lu}/u.test(token.text) || ARTICLE_SURNAME_RE.test(token.text) || BRAND_RE.test(token.text);
}

/** Brands written small with a capital or a full stop inside: "easyJet", "flyVista", "ver.di". */
const BRAND_RE = /^\p{Ll}{1,6}(?:\p{Lu}\p{Ll}+|\.\p{Ll}{2,})$/u;

// ("Shelley d'Entremont", "Paolo dell'Orto": an elided French or Italian particle written small before the capital.)
const ARTICLE_SURNAME_RE = /^(?:(?:al|el|ad|ash|as|ar|an|at|az)-|(?:d|dell|dall)['\u2019])\p{Lu}/u;

function isAcronym(token: Token): boolean {
  return /^(?:\p{Lu}{2,5}|(?:\p{Lu}\.){2,})$/u.test(token.base);
}

/** A short key for a country or body, equal for "Russia", "Russia's" and "Russian". */
export function qualifierKey(word: string): string {
  const plain = word.toLowerCase().replace(/['\u2019]s$/u, '').replace(/[^\p{L}]/gu, '');
  return (COUNTRY_OF[plain] ?? plain).slice(0, 5);
}

/** Nationality words whose first letters differ from their country's ("Italian" / "Italy", "French" / "France"). */
const COUNTRY_OF: Readonly<Record<string, string>> = {
  italian: 'italy', french: 'france', british: 'britain', spanish: 'spain', polish: 'poland', turkish: 'turkey',
  dutch: 'netherlands', swedish: 'sweden', danish: 'denmark', finnish: 'finland', irish: 'ireland', greek: 'greece',
  swiss: 'switzerland', chinese: 'china', norwegian: 'norway', portuguese: 'portugal', belgian: 'belgium',
  hungarian: 'hungary', czech: 'czechia', slovak: 'slovakia', filipino: 'philippines', philippine: 'philippines',
  israeli: 'israel', iraqi: 'iraq', afghan: 'afghanistan', pakistani: 'pakistan', thai: 'thailand', peruvian: 'peru',
  chilean: 'chile', egyptian: 'egypt', moroccan: 'morocco', kenyan: 'kenya', lebanese: 'lebanon', sudanese: 'sudan',
};

export function normaliseRole(lower: string): string {
  return ROLE_SYNONYMS[lower] ?? lower;
}

/**
 * "Assistant Minister of Agriculture Name Name … The assistant minister said": "Assistant" right before a post's word is
 * a rank of the post, kept among its roles as "Deputy" is (a ROLE_NOUN), so the lower-case "the assistant minister" (whose
 * roles are "assistant" and "minister") finds that holder. Forty-fifth session, ninth English speaker probe.
 */
function isRankBeforePost(title: readonly Token[], k: number): boolean {
  return title[k]!.lower === 'assistant' && ROLE_NOUNS.has(title[k + 1]?.lower ?? '');
}

const GENERIC_MODIFIERS = new Set(['new', 'former', 'senior', 'top', 'outgoing', 'incoming', 'acting', 'unnamed', 'anonymous', 'high-ranking',
  // (A former post's word: "retired schoolteacher Name", as "former schoolteacher Name".)
  'retired']);

const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\d+|the|a|this|last|early|late|meantime|turn|response|reply|addition|return|statement|interview|brussels|moscow)$/;
const WEEKDAYS_RE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
const WEEKDAYS_AND_MONTHS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
// ("That day the council said", "That evening the ministry said": "that" as "this" is; thirty-sixth session.)
const LEADING_TIME_RE = /^(?:(?:last|this|that|earlier|later)\s+(?:night|week|month|year|morning|afternoon|evening|day)(?=$)|(?:yesterday|today|tonight|earlier|later|overnight)(?=\s|$))/u;
/** "that day", "this morning", "the next evening", "the following week": a time by its demonstrative, before a pronoun. */
const DEMONSTRATIVE_TIME_RE = /^(?:that|this|the\s+(?:next|following|same))\s+(?:day|morning|afternoon|evening|night|week|weekend|month|year|summer|winter|spring|autumn)$/u;
const LEADING_PREPOSITIONS = new Set(['in', 'on', 'at', 'by', 'since', 'during']);
/** A capitalised preposition or adverb that may open a fronted phrase of place or time before a pronoun, with no comma. */
const FRONTED_BEFORE_PRONOUN_RE = /^(?:In|On|At|After|Before|During|Outside|Inside|Later|Afterwards|Back|Behind|Across|Along|Near)$/u;

/** Words that describe a party by where it stands ("opposition", "ruling", "centre-right"). */
const PARTY_LEANINGS = /^(?:opposition|ruling|governing|(?:centre|center|far|hard)-(?:right|left)|right-wing|left-wing|conservative|liberal|nationalist|separatist|socialist|populist)$/u;

/** Words for a party's member written before a name ("Democrat Name"), capitalised as printed. */
const PARTY_MEMBERS = new Set(['Democrat', 'Republican', 'Tory', 'Independent']);

/** Plurals for a party's members, written capitalised ("Democrats", "Tories"), not a party's name of its own ("Greens"). */
const PARTY_MEMBERS_PLURAL = new Set(['democrats', 'republicans', 'conservatives', 'tories', 'socialists', 'liberals', 'nationalists',
  'unionists', 'loyalists']);

const SUBORDINATORS = new Set(['when', 'whenever', 'while', 'after', 'before', 'once', 'although', 'though', 'because', 'since',
  'if', 'unless', 'until']);

/** Drops what opens a sentence without naming anyone: "But", "In April", "Mr." (kept: the rest, offsets intact). */
/**
 * "Grazier Rhys Penhaligon", "Parent Amelia Brightwater", "Orchardist Name": a noun for a person written before a full
 * name is a description, not a first name (see stripNoise).
 */
function isPersonNounBeforeName(tokens: readonly Token[]): boolean {
  const first = tokens[0]!;
  return tokens.length >= 3 && /^\p{Lu}\p{Ll}{2,}$/u.test(first.text) && !ROLE_NOUNS.has(first.lower) && !BUSINESS_KIND_OPENERS.has(first.text)
      && (isPersonNoun(first.lower) || SINGULAR_PEOPLE.has(first.lower)) && !isNationality(first.lower) && !first.lower.endsWith('ic')
      // (Nor a given name shaped like one, "Peter", "Walter", "Christian": "Walter Quispe Huamán" keeps it.)
      && givenNameGender(first.text) === null
      // (Nor the first word of a place's name, "Cook Islands Tourism", place-after-person-noun.ts.)
      && !isPlaceHeadAfterWord(tokens[1]!.lower)
      && (tokens.slice(1, 3).every((t) => /^\p{Lu}[\p{Ll}'\u2019]/u.test(t.text) && !t.possessive && !ORGANISATION_HEADS.has(t.lower)
        && !ROLE_NOUNS.has(t.lower) && !ROLE_MODIFIERS.has(t.lower))
        // ("Herder D.Gantulga": or a Mongolian name, its initial written against it, joined-initials.ts.)
        || isJoinedInitialName(tokens.slice(1)));
}

function stripNoise(all: Token[]): Token[] {
  let tokens = all;
  for (let changed = true; changed && tokens.length > 1; ) {
    changed = false;
    const first = tokens[0]!;
    if (SENTENCE_OPENERS.has(first.lower)) { tokens = tokens.slice(1); changed = true; continue; }
    // ("Later that day he said", "That evening she told reporters", "The next morning he said": a time by "that", "this"
    // or "the next|following" and a word for a part of a day or a span, no comma, before a subject pronoun is no part of
    // the subject; the pronoun speaks. "Later" is dropped above first, which left "that day he". Guards: those words only,
    // then the pronoun right after; thirty-sixth session.)
    if (tokens.length >= 3 && tokens.length <= 4 && /^(?:he|she|they|we)$/u.test(tokens.at(-1)!.text) && DEMONSTRATIVE_TIME_RE.test(tokens.slice(0, -1).map((t) => t.lower).join(' '))) {
      tokens = tokens.slice(-1); changed = true; continue;
    }
    // "…, where several members have said …": a relative adverb is no part of the subject.
    if (['where', 'whereas'].includes(first.lower) && tokens.length > 1) { tokens = tokens.slice(1); changed = true; continue; }
    // ("…, during which he affirmed that …", "…, at which she announced that …": a preposition and a relative "which"
    // open the relative clause of a meeting, as "where" does, before its own subject. Guard: a subject must follow them.)
    if (['during', 'at', 'in', 'after', 'following', 'on'].includes(first.lower) && tokens[1]?.lower === 'which' && tokens.length > 2) { tokens = tokens.slice(2); changed = true; continue; }
    // ("On his way out he told the press gallery that", "In the corridor she said", "Later that day he said": a fronted phrase
    // of place or time with no comma before a subject pronoun is no part of the subject; the pronoun speaks. Guard: a
    // capitalised preposition or adverb of place or time first, one to five lower-case words, the pronoun last; thirty-fifth
    // session, dev d1743.)
    // (Read before the subordinating word and the time words below: "After the vote he said", "Later that day he said"
    // lost "After" or "Later that" to them first and kept "the vote he", "day he"; thirty-fifth session, second round.)
    if (FRONTED_BEFORE_PRONOUN_RE.test(first.text) && tokens.length >= 3 && tokens.length <= 7 && /^(?:he|she|they|we)$/u.test(tokens.at(-1)!.text)
      && tokens.slice(1, -1).every((t) => /^\p{Ll}/u.test(t.text) && !t.possessive)) {
      tokens = tokens.slice(-1); changed = true; continue;
    }
    // "When Georgia announced …", "Although the ministry said …": a subordinating word before a clause's subject is none of it.
    if (SUBORDINATORS.has(first.lower) && tokens.length > 1) { tokens = tokens.slice(1); changed = true; continue; }
    // "More from Fiona Lister, who says …": a live blog's lead-in before the one it is from.
    if (['more', 'update', 'latest'].includes(first.lower) && ['from', 'on'].includes(tokens[1]?.lower ?? '') && tokens.length > 2) { tokens = tokens.slice(2); changed = true; continue; }
    // "Jonathan Ellery KC": a barrister's rank after the name is no part of it.
    // ("Name TD", "Name MSP": a member's letters after the name, as Irish, Scottish and Northern Irish copy prints them.)
    if (tokens.length > 2 && /^(?:KC|QC|SC|TD|MSP|MLA|MEP)$/u.test(tokens.at(-1)!.text)) { tokens = tokens.slice(0, -1); changed = true; continue; }
    // ("the Land Transport Authority (LTA) said": an acronym of the words before it is their short name, no name word.)
    if (tokens.length > 2 && isInitialsOf(tokens.at(-1)!.text, tokens.slice(0, -1))) { tokens = tokens.slice(0, -1); changed = true; continue; }
    // "14.45 A Nato official…" (a live blog's time stamp), "Her South Korean counterpart" (the title without its owner).
    const ownedBody = ORGANISATION_HEADS.has(tokens.at(-1)!.lower); // "his office" is kept whole
    if (/^\d{1,2}[.:]\d{2}$/u.test(first.text) || (POSSESSIVE_PRONOUNS.has(first.lower) && !ownedBody)) { tokens = tokens.slice(1); changed = true; continue; }
    // "Our reporter Gethin Rowlands", "my colleague Name": the paper's or writer's own person, named after the post.
    if (['our', 'my'].includes(first.lower) && tokens.length > 2 && isCapitalised(tokens.at(-1)!) && /^\p{Ll}/u.test(tokens[1]!.text)) { tokens = tokens.slice(1); changed = true; continue; }
    // "15:40" is two tokens (the colon splits it).
    const second = tokens[1];
    if (/^\d{1,2}$/u.test(first.text) && second && /^\d{2}$/u.test(second.text) && second.start === first.end + 1) { tokens = tokens.slice(2); changed = true; continue; }
    // "Monday Sokol said", "April Sokol" left over from "In April Sokol said": a date is no first name.
    if (WEEKDAYS_AND_MONTHS.test(first.lower) && tokens[1] && isCapitalised(tokens[1])) { tokens = tokens.slice(1); changed = true; continue; }
    // "Grazier Rhys Penhaligon", "Parent Amelia Brightwater", "Orchardist Name": a noun for a person written before a
    // full name is a description, not a first name (the listed titles, "Nurse", "Coach", are read as titles elsewhere;
    // two capitalised words follow, not an initial: "Hunter S. Thompson" keeps his first name).
    // (Not a nationality, "Ruritanian Foreign Minister Name", nor a word in -ic, "Baltic Ferry Lines".)
    if (isPersonNounBeforeName(tokens)) { tokens = tokens.slice(1); changed = true; continue; }
    // ("Catbalogan Bishop Name Name appealed …": a place's one word before such a noun, as "Daram Mayor Name" before a
    // post's; so a word the lists keep from posts, being a surname too, "Bishop", is read as "Mayor" is where a place opens
    // the phrase and a full name follows. Guards: not a given name first, "Rosa Bishop Name"; not a post's or a body's
    // word; the noun one the lists hold, not one read by its ending, "Northmoor Rent Strike".)
    if (tokens.length >= 4 && /^\p{Lu}\p{Ll}{2,}$/u.test(first.text) && !first.possessive && givenNameGender(first.text) === null
      && !ROLE_NOUNS.has(first.lower) && !ROLE_MODIFIERS.has(first.lower) && !ORGANISATION_HEADS.has(first.lower) && !HONORIFICS.has(first.lower)
      && !isPersonNoun(first.lower) && !isNationality(first.lower) && isListedPersonNoun(tokens[1]!.lower) && isPersonNounBeforeName(tokens.slice(1))) {
      tokens = tokens.slice(1); changed = true; continue;
    }
    // "Democrat Elena Ruiz", "Republican Name": a party member's word before a full name is a description, not a first
    // name (two capitalised name words follow, not a body's head: "Republican Party", "Independent Police Complaints").
    if (tokens.length >= 3 && PARTY_MEMBERS.has(first.text) && tokens.slice(1, 3).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !t.possessive
      && !ORGANISATION_HEADS.has(t.lower) && !ROLE_NOUNS.has(t.lower) && !ROLE_MODIFIERS.has(t.lower))) {
      tokens = tokens.slice(1); changed = true; continue;
    }
    // "81-year-old Dorothy Sandvik": an age before a name is no part of it.
    if (/^\d{1,3}-year-old$/u.test(first.lower) && tokens[1] && isCapitalised(tokens[1])) { tokens = tokens.slice(1); changed = true; continue; }
    // "Last night the council said", "Yesterday the ministry said": a time adverbial opening the sentence, no comma.
    const timeWords = LEADING_TIME_RE.exec(tokens.slice(0, 2).map((t) => t.lower).join(' '));
    const timeLength = timeWords ? timeWords[0].split(' ').length : 0;
    if (timeWords && /^\p{Lu}/u.test(first.text) && tokens.length > timeLength) { tokens = tokens.slice(timeLength); changed = true; continue; }
    if (LEADING_PREPOSITIONS.has(first.lower) && /^\p{Lu}/u.test(first.text)) {
      let k = 1;
      while (k < tokens.length - 1 && CALENDAR.test(tokens[k]!.lower)) k++;
      // ("In its submissions it said": a document its owner's pronoun opens, owned-document-opener.ts.)
      if (k === 1) k = Math.max(1, ownedDocumentOpenerLength(tokens.map((t) => t.lower), DOCUMENT_NOUNS));
      if (k > 1) { tokens = tokens.slice(k); changed = true; }
    }
  }
  // ("Dwyfor Meirionnydd MS Name": the member's letters, not the courtesy title; seat-member-letters.ts.)
  tokens = withSeatMemberLetters(tokens);
  // ("officer Md Name Name": the name's shortened first word, not a managing director's letters; abbreviated-given-name.ts.)
  tokens = withShortenedGivenName(tokens);
  // (A courtesy title is capitalised; "Local elder Name", "tribal elder Name": in lower case after a word it is the noun
  // for a person that a description ends in, kept for the description to be read as one.)
  const describingNoun = (t: Token, i: number) => i > 0 && /^\p{Ll}/u.test(t.text) && ROLE_NOUNS.has(t.lower);
  // ("Asst Prof Name": the rank's word before "Prof" goes with it; academic-rank-title.ts.)
  return tokens.filter((t, i) => !((HONORIFICS.has(t.lower) || malayHonorificPart(tokens, i) || amharicHonorificPart(tokens, i) || firstWordHonorific(tokens, i)
    || academicRankBeforeProfessor(tokens, i)) && i + 1 < tokens.length
    && !describingNoun(t, i)));
}

/**
 * Malaysian honours of two words ("Datuk Seri", "Tan Sri", "Dato' Sri", "Puan Sri", "Toh Puan", "Datuk Wira"): the
 * second word after the first, and "Tan" / "Puan" / "Toh" only before theirs ("Tan" alone is a family name).
 */
function malayHonorificPart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!.text.replace(/['\u2019]$/u, '');
  const before = tokens[i - 1]?.text.replace(/['\u2019]$/u, '');
  const after = tokens[i + 1]?.text;
  if (/^(?:Seri|Sri|Wira|Paduka)$/u.test(t) && before !== undefined && /^(?:Datuk|Dato|Tan|Puan|Datin)$/u.test(before)) return true;
  return (/^(?:Tan|Puan)$/u.test(t) && after !== undefined && /^(?:Sri|Seri)$/u.test(after)) || (t === 'Toh' && after === 'Puan');
}

/**
 * Particles that join a name only right before a capitalised word, never before another particle: the Māori and Hawaiian
 * "o" (of), "Te Rūnanga o Tūpoho"; so a Samoan title, "the Sui o le Nu'u of …", stays no name (thirty-fifth session).
 */
const LONE_PARTICLES = new Set(['o']);

const isNameWord = (t: Token, next: Token | undefined) =>
  (isCapitalised(t) && !QUOTE_CUES.has(t.lower) && !ROLE_NOUNS.has(t.lower))
  || (NAME_PARTICLES.has(t.text) && next !== undefined && (isCapitalised(next) || (NAME_PARTICLES.has(next.text) && !LONE_PARTICLES.has(t.text))));

/** Words that end the name of a ministry or body a role belongs to ("of Foreign Affairs", "for Energy Security"). */
const BODY_ENDS = new Set(['affairs', 'defence', 'defense', 'justice', 'relations', 'development', 'interior', 'trade',
  'finance', 'economy', 'health', 'education', 'energy', 'agriculture', 'security', 'cooperation', 'integration', 'state',
  'commerce', 'culture', 'environment', 'transport', 'industry', 'labour', 'labor', 'fisheries', 'change', 'protection',
  'resources', 'planning', 'infrastructure', 'housing', 'communications', 'sport', 'tourism', 'works', 'welfare', 'youth',
  'equality', 'innovation', 'technology', 'science', 'research', 'ecology', 'emergencies', 'veterans',
  // ("Parliamentary Secretary for Local Government Name", "Minister for Regional Government Name".)
  'government',
  // Portfolios of more countries' ministries ("Minister of Railways and Harbours Name", "Minister for Ports and Shipping
  // Name", "Minister for Women and Children Name", "Minister of Sanitation and Water Name"); a plural in "-ies" ends one
  // too ("Minister of Plantation Industries Name", "Minister of Tourism and Antiquities Name"): no first name ends so.
  'lands', 'mines', 'harbours', 'harbors', 'ports', 'shipping', 'highways', 'roads', 'railways', 'aviation', 'water',
  'sanitation', 'children', 'women', 'wildlife', 'forestry', 'forests', 'aquaculture', 'heritage', 'arts', 'sports',
  'information', 'irrigation', 'livestock', 'care',
  // ("Senior Minister of State for Sustainability Name", "Minister of State for Manpower Name".)
  'sustainability', 'manpower', 'mining', 'employment', 'immigration',
  // ("Minister of the Environment, Energy and Climate Name": a portfolio's last field.)
  'climate']);

/** Heads that end a body's name inside a title ("… Department of the Russian Foreign Ministry Yevgeny Kolesov"). */
const BODY_HEADS = new Set(['ministry', 'department', 'office', 'agency', 'committee', 'council', 'commission', 'service',
  'directorate', 'bureau', 'administration', 'bank', 'fund', 'court']);

/** Whether a capitalised word ends the name of the body a role belongs to ("Affairs", "Industries"). */
const endsBody = (t: Token) => BODY_ENDS.has(t.lower) || BODY_HEADS.has(t.lower) || /^\p{Lu}\p{Ll}{3,}ies$/u.test(t.text);

/** Heads of a body that are nobody's surname (unlike "Court", "Bank", "Service"). */
// ("Minister for Fisheries, Harbour Engineering and Fisheries University T K Raghavan": a university, an authority, an
// institute, a federation, an association or a corporation in a portfolio ends it too.)
const BODY_HEADS_NOT_SURNAMES = new Set(['ministry', 'department', 'agency', 'committee', 'council', 'commission', 'directorate',
  'bureau', 'administration', 'university', 'authority', 'institute', 'federation', 'association', 'corporation',
  // ("General Manager of the Transport Board Name Name", "General Secretary of the Workers' Union Name Name": a board's
  // or a union's head word is nobody's given name either.)
  'board', 'union']);

/** A lower-case noun before the head of a body or source phrase ("health ministry", "coast guard officials"). */
function isNounAdjunct(tokens: Token[], i: number, head: number): boolean {
  const t = tokens[i]!;
  return head - i <= 3 && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(t.text) && !QUOTE_CUES.has(t.lower) && !PREPOSITIONS.has(t.text)
    // (A past participle or an adverb is none, but a short word that only ends so is: "red minibus operators".)
    && !/^\p{Ll}{3,}(?:ed|ly)$/u.test(t.lower) && !NOT_NAMES.has(t.lower) && !QUANTIFIERS.has(t.lower) && !DEFINITE.has(t.lower) && !INDEFINITE.has(t.lower);
}

/** A lower-case noun that qualifies the role word right after it ("agriculture minister", "disarmament negotiator"). */
function isRoleAdjunct(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!/^\p{Ll}[\p{Ll}-]{3,}$/u.test(t.text) || QUOTE_CUES.has(t.lower) || PREPOSITIONS.has(t.text) || NAME_PARTICLES.has(t.text)) return false;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (next && ROLE_NOUNS.has(next.lower)) return true;
  if (next !== undefined && after !== undefined && /^\p{Ll}/u.test(next.text) && !QUOTE_CUES.has(next.lower) && ROLE_NOUNS.has(after.lower)) return true;
  // ("national baseball team manager": three nouns and adjectives before the role.)
  const third = tokens[i + 3];
  return next !== undefined && after !== undefined && third !== undefined && ROLE_NOUNS.has(third.lower)
    && [next, after].every((w) => /^\p{Ll}[\p{Ll}-]{2,}$/u.test(w.text) && !QUOTE_CUES.has(w.lower) && !PREPOSITIONS.has(w.text) && !NAME_PARTICLES.has(w.text));
}

/** A word that may stand before the head of an unnamed-source or body phrase ("senior Western", "NATO's 26 member"). */
function isModifier(t: Token): boolean {
  return isCapitalised(t) || /^\d+$/.test(t.text) || t.possessive || ROLE_MODIFIERS.has(t.lower) || ROLE_NOUNS.has(t.lower)
    || GENERIC_MODIFIERS.has(t.lower) || DEFINITE.has(t.lower) || INDEFINITE.has(t.lower) || BODY_MODIFIERS.has(t.lower);
}

const BODY_MODIFIERS = new Set(['member', 'western', 'european', 'military', 'government', 'security', 'intelligence',
  'defence', 'defense', 'foreign', 'allied', 'joint', 'general', 'white', 'state', 'administration', 'alliance', 'kremlin',
  'ministry', 'nato', 'eu', 'un', 'russian', 'american', 'us', 'british', 'diplomatic', 'presidential', 'opposition']);

const SOURCE_DESCRIPTIONS = new Set(['familiar', 'close', 'briefed', 'involved', 'knowledgeable', 'speaking', 'who', 'based', 'present',
  // ("Officials privy to the development": party to it.)
  'privy',
  // ("two people aware of the matter", "a banker aware of the discussions": they know of it.)
  'aware',
  // "farmers interviewed by the paper", "residents contacted by phone"
  'interviewed', 'questioned', 'polled', 'surveyed', 'contacted', 'reached', 'approached', 'quoted', 'cited']);

/** People nouns that the person-noun endings miss ("executive" is also a body's arm). */
// ("A senior figure in the party", "a figure close to the leader": a person, when the phrase is an unnamed source's.)
const SINGULAR_PEOPLE = new Set(['executive', 'agent', 'broker', 'trader', 'employee', 'staffer', 'nurse', 'driver', 'pilot', 'fan', 'parent', 'resident', 'neighbour', 'neighbor', 'guard', 'clerk', 'figure']);

const SHARE_APPROXIMATORS = new Set(['around', 'about', 'roughly', 'nearly', 'almost', 'over', 'some', 'just', 'barely', 'only', 'fully']);
const SHARE_WORDS = new Set(['third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths']);
const SHARE_COUNTS = new Set(['one', 'two', 'three', 'four', 'nine']);

/** Where "of" stands after a share opening the phrase ("around two thirds of", "half of", "a majority of"); else -1. */
function shareOf(all: readonly Token[]): number {
  let k = 0;
  while (k < all.length && SHARE_APPROXIMATORS.has(all[k]!.lower)) k++;
  if (['more', 'less', 'fewer'].includes(all[k]?.lower ?? '') && all[k + 1]?.lower === 'than') k += 2;
  const word = all[k]?.lower ?? '';
  const next = all[k + 1]?.lower ?? '';
  if (word === 'half') k += 1;
  else if (['a', 'the'].includes(word) && (SHARE_WORDS.has(next) || next === 'majority' || next === 'minority')) k += 2;
  else if (SHARE_COUNTS.has(word) && SHARE_WORDS.has(next)) k += 2;
  else return -1;
  return all[k]?.lower === 'of' && k < all.length - 1 ? k : -1;
}

/** A compass point before "of" ("north of", "south-east of"). */
const COMPASS_RE = /^(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)$/u;

/** A count of people after "one of the" ("one of the two", "one of the three"): the group the text counted. */
export const PAIR_OR_GROUP_COUNTS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six']);

/** The people someone works with, after "and his / her": "colleagues", "team", "co-authors". */
const TEAM_WORDS = new Set(['colleagues', 'team', 'co-authors', 'coauthors', 'collaborators', 'co-researchers']);

function unnamedSource(all: Token[], span: { start: number; end: number }): SpeakerPhrase | null {
  // ("Dozens complained that", "after hundreds said": a count alone is people, unnamed.)
  if (all.length === 1 && COUNT_PLURALS.has(all[0]!.lower)) return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: true, ...span };
  // ("The senior figure, speaking …, said": a person of standing the text described and did not name; standing-figure.ts.)
  if (isStandingFigure(all)) return { kind: 'anonymous', name: [], roles: ['figure'], qualifier: null, plural: false, ...span };
  // "residents and aid workers say": two unnamed groups together are one.
  const and = all.findIndex((t, k) => k > 0 && t.lower === 'and');
  if (and > 0 && and < all.length - 1) {
    const parts = [all.slice(0, and), all.slice(and + 1)];
    // (Or an unnamed group and a body left unnamed: "witnesses and a local monitoring group said".)
    const unnamedBody = (part: Token[]) => part.length > 1 && INDEFINITE.has(part[0]!.lower) && ORGANISATION_HEADS.has(part.at(-1)!.lower);
    const unnamedPart = parts.map((part) => unnamedSource(part, { start: part[0]!.start, end: part.at(-1)!.end })?.kind === 'anonymous');
    const bothUnnamed = unnamedPart.every(Boolean) || (unnamedPart.some(Boolean) && parts.some(unnamedBody));
    if (bothUnnamed) return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: true, ...span };
  }
  // "one of the officials", "two of the bondholders": some of an unnamed group is unnamed too.
  // ("Dozens of villagers said", "Hundreds of protesters": a count of an unnamed group is that group.)
  const counted = all.length > 2 && COUNT_PLURALS.has(all[0]!.lower) && all[1]!.lower === 'of';
  // ("Around two thirds of respondents said", "Half of those surveyed": a share of an unnamed group is that group.)
  const share = shareOf(all);
  const partitive = share > 0 || (all.length > 2 && (INDEFINITE.has(all[0]!.lower) || QUANTIFIERS.has(all[0]!.lower) || counted) && all[1]!.lower === 'of');
  const ofAt = share > 0 ? share : 1;
  const tokens = partitive ? all.slice(DEFINITE.has(all[ofAt + 1]?.lower ?? '') ? ofAt + 2 : ofAt + 1) : all;
  if (tokens.length === 0) return null;
  // "…, one of them said": one of the unnamed group just mentioned (a sentence opening "One of them, he said, was …" is no speaker).
  if (partitive && tokens.length === 1 && ['them', 'those'].includes(tokens[0]!.lower) && /^\p{Ll}/u.test(all[0]!.text)) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: false, ...span };
  }
  // ("…, according to two people familiar with the matter. …, one of the two added.": one of an unnamed pair or group the
  // text counted, as "one of them" is; thirty-ninth session, d2141, d2142. Guards: "one" in lower case, then "of the" and a
  // number word alone ("One of the two" opening a sentence is read where the verb follows it, attribution.ts).)
  if (partitive && tokens.length === 1 && all[0]!.text === 'one' && PAIR_OR_GROUP_COUNTS.has(tokens[0]!.lower) && all[ofAt + 1]?.lower === 'the') {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: false, ...span };
  }
  // ("One of those present said", "Several of those at the meeting said": share-of-those-described.ts.)
  const ofThose = shareOfThoseDescribed(all, (w) => SOURCE_DESCRIPTIONS.has(w));
  if (ofThose) return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: ofThose.plural, ...span };
  // "union leaders", "business leaders" are people left unnamed; "EU leaders", "NATO leaders" speak for their body.
  const leadersOf = (k: number) => tokens[k]!.lower === 'leaders'
    && !tokens.slice(0, k).some((t) => isAcronym(t) || ORGANISATION_NAMES.has(t.base.toLowerCase()) || isNationality(t.lower) || t.possessive);
  // "Shopkeepers interviewed …" opens a sentence with its capital.
  // "One shipping agent, who asked not to be named", "a hospital porter": one person, left unnamed.
  const indefinitePerson = (t: Token, k: number) => k > 0 && !partitive && INDEFINITE.has(tokens[0]!.lower)
    && (isPersonNoun(t.lower) || SINGULAR_PEOPLE.has(t.lower)) && k === tokens.length - 1 - [...tokens].reverse().findIndex((u) => /^\p{Ll}/u.test(u.text));
  const found = (opening: boolean) => (t: Token, k: number) =>
    isUnnamedHead(opening && k === 0 ? { text: t.lower, lower: t.lower } : t) || ANONYMOUS_WHEN_INDEFINITE.has(t.lower) || leadersOf(k)
    || indefinitePerson(t, k);
  // "allies of both women", "Cartwright's allies", "her allies": someone's allies are people ("the allies" are states).
  const allies = tokens.findIndex((t) => t.lower === 'allies');
  const owned = allies >= 0 && (tokens[allies + 1]?.text === 'of' || (allies > 0 && (tokens[allies - 1]!.possessive || POSSESSIVE_PRONOUNS.has(tokens[allies - 1]!.lower))));
  // "local authorities", "the authorities": bodies nobody names ("Chinese authorities" are the state's).
  // ("The health authorities in Salamat province say": unnamed-authorities.ts.)
  const unnamedAuthorities = isUnnamedAuthorities(tokens);
  // "Businesses on South Uist say", "Small firms say": bodies of a kind, none of them named (not "NATO members", "EU banks").
  // ("Municipalities say", "Rural districts warned": the governments of areas of a kind, none named, in the plural of a word
  // for an administrative area; not a word that may be a surname, the list's words only.)
  const areaPlural = (t: Token) => /(?:ies|s)$/u.test(t.lower) && ADMINISTRATIVE_AREAS.has(t.lower.replace(/ies$/u, 'y').replace(/s$/u, ''));
  const kindAt = tokens.findIndex((t) => UNNAMED_BODY_PLURALS.has(t.lower) || areaPlural(t));
  const plainBefore = tokens.slice(0, Math.max(0, kindAt)).every((t, k) => !DEFINITE.has(t.lower) && !isNationality(t.lower)
    && (/^\p{Ll}+$/u.test(t.text) || (k === 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && t.start === all[0]!.start)));
  if (kindAt >= 0 && kindAt <= 2 && plainBefore && !isGivenNameAndSurname(tokens) && (kindAt === tokens.length - 1 || PREPOSITIONS.has(tokens[kindAt + 1]!.text))) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: true, ...span };
  }
  // "several members", "some members of the board": some of a body's people, left unnamed.
  const someMembers = (tokens.length >= 2 && INDEFINITE.has(tokens[0]!.lower) && tokens[1]!.lower === 'members' && (tokens.length === 2 || tokens[2]!.text === 'of'))
    // ("In a Facebook group for parents in the town, members say …": a bare "members" in lower case after an opening phrase,
    // as "Members say …" opening a sentence already was; bare-members.ts.)
    || isBareMembers(tokens);
  if (owned || unnamedAuthorities || someMembers) return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: true, ...span };
  // "the man's family said", "Her family said", "the family of the victim": relatives left unnamed, a group ("they said").
  // (Not a family by its name: "the Okafor family".)
  const family = tokens.findIndex((t) => t.lower === 'family' || t.lower === 'relatives');
  if (family >= 0 && !partitive && (family === tokens.length - 1 || tokens[family + 1]!.text === 'of')
    && tokens.slice(0, family).every((t, k) => t.possessive || /^\p{Ll}/u.test(t.text) || (k === 0 && (DEFINITE.has(t.lower) || POSSESSIVE_PRONOUNS.has(t.lower))))) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: true, ...span };
  }
  const capitalHead = tokens.findIndex(found(false)) < 0 && tokens.length > 1;
  // ("Fishermen's organisations said", "Rice farmers' groups have expressed concern": a people's own bodies in the plural,
  // none named, speak unnamed as the people do; lower-case words, or one capitalised opening word, before the people.)
  // (A plural's apostrophe is dropped from its token: "farmers'" reads "farmers".)
  const bodies = tokens.findIndex((t, k) => k > 0 && PEOPLES_BODIES.has(t.lower)
    && isUnnamedHead({ text: tokens[k - 1]!.base.toLowerCase(), lower: tokens[k - 1]!.base.toLowerCase() }));
  if (bodies > 0 && (bodies + 1 === tokens.length || PREPOSITIONS.has(tokens[bodies + 1]!.text))
    && tokens.slice(0, bodies - 1).every((t, k) => (/^\p{Ll}+$/u.test(t.text) && !DEFINITE.has(t.lower)) || (k === 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !t.possessive && t.start === all[0]!.start))) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: true, ...span };
  }
  // ("Solicitors acting for several of the families said", "Judges at two of the courts said": a plural for people that
  // opens the sentence with its capital, a preposition or an -ing participle after it, is the head, though a lower-case
  // people's word ("families") comes later; thirty-ninth session, d2145. Guards: the phrase's first word, capitalised, a
  // plural noun for people read in lower case; "Parsons" or "Judges" before a capitalised word stay as they were.)
  const openingPeople = !capitalHead && tokens.length > 2 && tokens[0]!.start === all[0]!.start && /^\p{Lu}\p{Ll}+s$/u.test(tokens[0]!.text)
    && isUnnamedHead({ text: tokens[0]!.lower, lower: tokens[0]!.lower }) && (PREPOSITIONS.has(tokens[1]!.text) || /^\p{Ll}{3,}ing$/u.test(tokens[1]!.text));
  const h = openingPeople ? 0 : tokens.findIndex(found(capitalHead));
  const head = (t: Token, k: number) => isUnnamedHead((capitalHead || openingPeople) && k === 0 ? { text: t.lower, lower: t.lower } : t);
  if (h < 0) return null;
  const headWord = tokens[h]!.lower;
  const after = tokens[h + 1];
  // "NATO spokesman James Appathurai" names someone; "a person familiar with the talks" does not.
  // (A group may be described by a participle: "Truckers queuing outside the terminals complained", as "one woman waiting …";
  // or by a passive one with its agent: "Cleaners employed by the contractor said".)
  // ("Residents opposed to the wind farm say", "Parents worried about the merger", "Fans connected with the club": a
  // participle used as an adjective, with its own preposition, describes them as well; participle-with-preposition.)
  // (A preposition of place after the participle only where the head opens the phrase with its capital, "Workers gathered
  // outside the gates said": after a verb of saying, "said the first women fainted at 10am" is a clause, not a group.)
  // (Forty-third session, test-61 w10: or a capitalised word opening the phrase and a head right after it, "Truck drivers
  // stranded at Gulmit say", a noun before the head as "Drivers" alone is; the phrase's first word capitalised still.)
  const placeParticiple = (h === 0 || (h === 1 && tokens[0]!.start === all[0]!.start && /^\p{Lu}\p{Ll}+$/u.test(tokens[0]!.text) && !DEFINITE.has(tokens[0]!.lower) && !INDEFINITE.has(tokens[0]!.lower) && /^\p{Ll}+$/u.test(tokens[1]!.text)))
    && /^\p{Lu}/u.test(tokens[0]!.text) && PLACE_PARTICIPLE_PREPOSITIONS.has(tokens[h + 2]?.text ?? '');
  const participle = (t: Token) => (/^\p{Ll}{3,}ing$/u.test(t.text) || (/^\p{Ll}{3,}ed$/u.test(t.text) && (PARTICIPLE_PREPOSITIONS.has(tokens[h + 2]?.text ?? '') || placeParticiple)))
    && /(?:s|men|folk|people|children)$/u.test(headWord) && !QUOTE_CUES.has(t.lower);
  // ("Drivers that use the bridge say": a relative "that" with its verb, as "who"; that-relative-after-speaker.ts.)
  const describedBy = (t: Token) => SOURCE_DESCRIPTIONS.has(t.lower) || participle(t) || (t.lower === 'that' && relativeThatAt(tokens.slice(h, h + 3)) === 1);
  // ("Residents north of Tolaga Bay say": a compass point and "of" say where they live, as a preposition does.)
  const compass = (t: Token) => COMPASS_RE.test(t.text) && tokens[h + 2]?.text === 'of';
  if (after && !PREPOSITIONS.has(after.text) && !describedBy(after) && !compass(after)) return null;
  // "A Ministry of Justice spokesperson": the body the source speaks for may carry its own "of".
  const ofBody = (k: number) => ['of', 'for'].includes(tokens[k]!.text) && k > 0 && isCapitalised(tokens[k - 1]!)
    && tokens[k + 1] !== undefined && isCapitalised(tokens[k + 1]!);
  // (An article opens the phrase or is none of it: "Name met the families" is a sentence, not a group.)
  if (tokens.slice(1, h).some((t) => /^(?:the|a|an)$/u.test(t.lower))) return null;
  // ("a highly placed source", "a well placed official", "a trusted source", "a usually reliable source": an adverb and a
  // participle or an adjective before the head describe the source.)
  // ("…, stranded passengers said", "…, visibly shaken residents said": a participle, perhaps after an adverb, may open the
  // phrase too, right before a plural people head; guard: only lower case, only the words right before the head, so that
  // a verb and its object, "thanked residents", are read so only where nothing else could be the speaker.)
  const opensGroup = (k: number) => k > 0 || (h <= 2 && /^\p{Ll}/u.test(tokens[0]!.text) && /^\p{Ll}{3,}ed$/u.test(tokens[h - 1]!.text)
    && /(?:s|people|folk)$/u.test(headWord) && !headWord.endsWith('ss'));
  const described = (t: Token, k: number) => opensGroup(k) && /^\p{Ll}{3,}(?:ly|ed)$/u.test(t.text) && !QUOTE_CUES.has(t.lower)
    && (/ly$/u.test(t.text) ? k + 1 < h : true) && !/^(?:only|early|likely|really|nearly|nationally|locally)$/u.test(t.lower);
  if (!tokens.slice(0, h).every((t, k) => isModifier(t) || isNounAdjunct(tokens, k, h) || ofBody(k) || described(t, k))) return null;
  // ("The reeve thanked residents for coming out": "the", a post and a past-tense verb before the head are a subject and
  // its verb, not words describing a group.)
  if (h >= 3 && tokens[0]!.lower === 'the' && ROLE_NOUNS.has(tokens[1]!.lower) && /^\p{Ll}{3,}ed$/u.test(tokens[2]!.text)) return null;
  const first = tokens[0]!.lower;
  const unnamed = partitive || head(tokens[h]!, h) || headWord.endsWith('s') || INDEFINITE.has(first);
  if (headWord === 'leaders' && DEFINITE.has(first)) return null; // "the leaders said": the ones just named
  if (!unnamed) return null;
  // (Not a singular in -ss: "a witness", "one eyewitness", "a waitress".)
  const plural = (!partitive || counted || share > 0) && ((headWord.endsWith('s') && !headWord.endsWith('ss')) || headWord === 'people' || /(?:men|folk)$/u.test(headWord));
  // ("a U.S. defense official" … "the defense official added", "a senior police officer" … "the officer said": one person's
  // post words and head are kept, so that a later title with any of them is the same unnamed source.)
  const post = !plural && !partitive && (ANONYMOUS_WHEN_INDEFINITE.has(headWord) || ROLE_NOUNS.has(headWord)) && !headWord.endsWith('s')
    ? tokens.slice(0, h).filter((t) => /^\p{Ll}/u.test(t.text) && (ROLE_NOUNS.has(t.lower) || ROLE_MODIFIERS.has(t.lower) || BODY_MODIFIERS.has(t.lower)) && !GENERIC_MODIFIERS.has(t.lower)).map((t) => normaliseRole(t.lower))
    : [];
  const keepsHead = (ANONYMOUS_WHEN_INDEFINITE.has(headWord) && !headWord.endsWith('s')) || post.length > 0
    || ((ROLE_NOUNS.has(headWord) || isPersonNoun(headWord)) && !plural && !partitive);
  // ("One of the kitesurfers, who did not want to be named, said …" then "the kitesurfer said": one of a group of people
  // named by a plural noun for a person keeps that noun in the singular, so the later "the <noun>" is the same unnamed
  // source, not a person named before whose post is unknown (forty-second session, test-57 w15). Guard: "one of the",
  // the head the phrase's last word, a plural in -s whose singular is a noun for a person.)
  // (Nor a word for a business, "One of the four operators, Amprion, said": a body in apposition; test-6 b20. So the
  // plural alone after "the", no count or word before it, and no business's or body's kind.)
  const oneOf = partitive && !plural && all[0]!.lower === 'one' && all[ofAt + 1]?.lower === 'the' && h === 0 && tokens.length === 1
    && /^\p{Ll}+s$/u.test(tokens[h]!.text) && !headWord.endsWith('ss') && isPersonNoun(headWord.slice(0, -1))
    && !BUSINESS_NOUNS.has(headWord.slice(0, -1)) && !BODY_KINDS.has(headWord.slice(0, -1));
  const roles = keepsHead ? [...post, normaliseRole(headWord)] : oneOf ? [normaliseRole(headWord.slice(0, -1))] : [];
  const qualifierToken = tokens.slice(0, h).find((t) => t.possessive || isAcronym(t) || isNationality(t.lower));
  return { kind: 'anonymous', name: [], roles, qualifier: qualifierToken ? qualifierKey(qualifierToken.base) : null, plural, ...span };
}

/** Prepositions after a passive or adjectival participle that describes a group ("employed by", "opposed to", "worried about"). */
// ("Workers gathered outside the gates said", "Families camped at the mine gate said", "Fans packed around the court said": a
// participle of standing or gathering with a preposition of place says where the group was. Guard: the participle stands
// right after a plural people head that opens the phrase with its capital, as for the others; thirty-second session.)
const PARTICIPLE_PREPOSITIONS = new Set(['by', 'to', 'about', 'with', 'over']);
const PLACE_PARTICIPLE_PREPOSITIONS = new Set(['outside', 'at', 'around', 'near', 'inside', 'along', 'beside', 'on', 'in']);

/** Bodies in the plural that a people has ("farmers' groups", "fishermen's organisations", "workers' unions"). */
const PEOPLES_BODIES = new Set(['groups', 'organisations', 'organizations', 'unions', 'associations', 'federations', 'bodies',
  'cooperatives', 'co-operatives', 'societies']);

/** Plural bodies of a kind that speak unnamed ("Businesses on the island say", "Local councils said"). */
const UNNAMED_BODY_PLURALS = new Set(['businesses', 'companies', 'firms', 'shops', 'stores', 'banks', 'employers',
  'charities', 'councils', 'hospitals', 'schools', 'airlines', 'hotels', 'restaurants', 'pubs', 'farms', 'factories',
  // ("Environmental organisations say", "Aid organizations warned": bodies of a kind; "groups" is read as unnamed already.)
  'organisations', 'organizations',
  // ("Tea cooperative unions in the highlands have called for …", "Dairy cooperatives say": bodies of a kind, none named.)
  'unions', 'cooperatives', 'co-operatives', 'associations']);

/** Whether `acronym` is the initials of the capitalised words (small joining words left out): "LTA", Land Transport Authority. */
function isInitialsOf(acronym: string, words: readonly Token[]): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return false;
  const initials = words.filter((t) => isCapitalised(t) && !DEFINITE.has(t.lower)).map((t) => t.text[0]).join('');
  return initials.length >= 2 && initials.endsWith(acronym);
}

/** Words before a number that make it approximate ("more than 120", "about 40"). */
const APPROXIMATORS = new Set(['more', 'fewer', 'less', 'than', 'over', 'about', 'around', 'nearly', 'almost', 'some', 'roughly']);

/** Document nouns for what a body keeps, whose maker may come before words saying what it holds ("the X asset database"). */
const DOCUMENT_HOLDINGS = new Set(['database', 'databases', 'register']);
/** Nouns for documents that speak for whoever wrote them ("the report said", "a survey by X found"); broad on purpose. */
export const DOCUMENT_NOUNS = new Set(['report', 'study', 'survey', 'review', 'audit', 'analysis', 'inquiry', 'investigation',
  'poll', 'paper', 'assessment', 'evaluation', 'draft', 'research', 'census', 'memo', 'document', 'dossier', 'statement',
  'letter', 'filing', 'release', 'notice', 'judgment', 'ruling', 'data', 'figures', 'statistics', 'estimates', 'forecast',
  'update', 'communique', 'communiqué', 'readout', 'briefing', 'submission', 'minutes', 'transcript', 'records', 'findings',
  'results', 'reports', 'studies', 'surveys', 'polls', 'documents', 'papers', 'guidance', 'note',
  // What a body publishes about itself ("Tessellate Labs' FAQ says", "the club's circular advised").
  'faq', 'website', 'circular', 'bulletin',
  // A body's warning and decision ("The warning says winds …", "The Wages Board decision states that").
  'warning', 'decision',
  // (An email a body sent, as its letter: "In an email, the agency said …. No date has been set, the email said."; fortieth
  // session, test-58 w06.)
  'email', 'e-mail', 'emails',
  // (A text or chat message passed round and seen by the paper, as an email is: "A WhatsApp message circulated among
  // tenants and seen by this newspaper says …"; forty-fifth session, d2505.)
  'message', 'messages',
  // (A regulator's binding notice: "The agency's airworthiness directive requires …. It says cracks …".)
  'directive', 'directives',
  // (A forecaster's outlook: "According to the agency's outlook, …".)
  'outlook',
  // What a body made known ("According to the council's announcement, …"; "A notification issued by the … department states").
  'announcement', 'announcements', 'notification', 'notifications',
  // A body's database or register ("…, according to the Paris MoU database", "the Soil Association register").
  'database', 'databases', 'register',
  // A body's count of damage or cases ("According to a tally released by the ministry, …").
  'tally', 'tallies',
  // (And its count, "According to the agency's count, numbers of waders have also fallen"; forty-fourth session, test-62 w12.)
  'count', 'counts',
  // A body's public warning and a body's adopted text ("…, the advisory added", "…, the resolution states").
  'advisory', 'advisories', 'resolution', 'resolutions',
  // A court filing speaks for whoever filed it ("According to the complaint, …").
  'complaint', 'lawsuit', 'suit', 'petition', 'indictment', 'affidavit',
  // (A charge sheet, as South African, British and Indian courts name the indictment, and a body's fact sheet: "…, the
  // charge sheet says", "According to the agency's fact sheet, …"; the first noun is no document alone.)
  'sheet', 'chargesheet', 'charge-sheet',
  // A body's running measure of something ("USDA's latest drought monitor shows that …", "the agency's flu tracker").
  'monitor', 'tracker',
  // A town meeting's warrant article, a statute's article ("The warning article voters acted on says …").
  'article',
  // A body's paper on a bill or plan and its charted findings ("The council's explanatory memorandum says …",
  // "According to the agency's updated risk map, …").
  'memorandum', 'memoranda', 'map', 'maps',
  // Court and company filings ("Court filings show …", "Companies House filings show …": unnamed, public-records.ts).
  'filings',
  // A regulator's supply or safety alert ("…, the agency said in a supply disruption alert. The alert said …").
  'alert', 'alerts']);

const NOT_DESCRIBING = new Set(['by', 'from', 'for', 'with', 'had', 'has', 'have', 'is', 'was', 'were', 'are', 'will', 'would',
  'did', 'does', 'do', 'not', 'also', 'and', 'but', 'said', 'says', 'after', 'when', 'as', 'because', 'since', 'while',
  'before', 'though', 'although', 'where', 'once', 'if', 'than', 'that', 'which', 'who']);

/**
 * A document as the speaker: "A study published last month by the University of Exeter" (its author), "Ofwat's
 * review" (its owner), "the Redfern Review" (its own name), "the report" (the noun alone: the resolver finds whose).
 */
/** Words of offices, courts and registries that keep records ("Companies House Records", "Land Registry Records"). */
const KEEPERS_OF_RECORDS_RE = /^(?:Court|Courts|Registry|House|Office|Council|Department|Land|Public|Police|Hospital|Company|Companies|Census|Parish|State|Federal|County|City|National|Archives?|Government|Tax|Vehicle|Property)$/u;

/** Words before "monitor" that make it a person keeping watch: "a volunteer monitor", "an election monitor". */
const PERSON_MONITOR_WORDS = new Set(['volunteer', 'election', 'ceasefire', 'truce', 'independent', 'court-appointed', 'company',
  'compliance', 'trial', 'poll', 'polling', 'rights', 'human-rights', 'shareholder', 'un', 'osce']);

function documentPhrase(all: Token[], span: { start: number; end: number }): SpeakerPhrase | null {
  let tokens = all;
  // ("the Andean Space Research Agency", "Statistics Canada": the noun inside a body's name is none.)
  // ("The University's Deputy Vice-Chancellor Research, Professor Name,": a capitalised noun right after a post is the
  // post's field, as Australian and British universities write it, "Pro Vice-Chancellor Research", "Director Research".)
  const postField = (k: number) => k > 0 && isCapitalised(tokens[k]!) && ROLE_NOUNS.has(tokens[k - 1]!.lower.split('-').at(-1)!);
  // (Further in after a long body's name, every word before capitalised: "The European Union Aviation Safety Agency directive".)
  const reach = (k: number) => k < 6 || (k < 10 && tokens.slice(k === 0 ? 0 : 1, k).every((t) => isCapitalised(t) && !t.possessive));
  let n = tokens.findIndex((t, k) => reach(k) && DOCUMENT_NOUNS.has(t.base.toLowerCase()) && !(tokens[k + 1] && isCapitalised(tokens[k + 1]!)) && !postField(k));
  if (n < 0) return null;
  // ("Crescent Moon Records, which released his albums, said": "Records" capitalised, closing capitalised words with no
  // article or owner before them, ends a record label's name, a business, not records kept (public-records.ts); thirty-
  // second session, test-45 w14. Guard: that noun only, the whole phrase capitalised words.)
  if (tokens[n]!.text === 'Records' && n === tokens.length - 1 && n >= 1
    && tokens.slice(0, n).every((t) => isCapitalised(t) && !t.possessive && !DEFINITE.has(t.lower) && !INDEFINITE.has(t.lower))
    // (Guard: not records an office, a court or a registry keeps, "Companies House Records", "County Court Records".)
    && !tokens.slice(0, n).some((t) => KEEPERS_OF_RECORDS_RE.test(t.text))) return null;
  // ("Its volunteer company monitor said", "an independent election monitor said": a monitor who is a person, the word
  // before it saying who keeps the watch, not what is measured; thirty-fourth session, second round, dev d1629. Guard:
  // "monitor(s)" only, the phrase's last noun, and one of these words within the two before it; "the agency's drought
  // monitor shows" stays the body's document.)
  if (/^monitors?$/u.test(tokens[n]!.lower) && n === tokens.length - 1
    && tokens.slice(Math.max(0, n - 2), n).some((t) => PERSON_MONITOR_WORDS.has(t.lower))) return null;
  // ("The regulator's decision notice": the last of two nouns is the document.)
  if (tokens[n + 1] && DOCUMENT_NOUNS.has(tokens[n + 1]!.base.toLowerCase())) n++;
  const noun = tokens[n]!.base.toLowerCase();
  // ("figures the council released under the … Act": the maker in a contact clause, as after "by"; document-contact-clause.ts.)
  const contact = contactClauseMaker(tokens, n);
  if (contact) tokens = [...tokens.slice(0, n + 1), { ...contact[0]!, text: 'by', lower: 'by', base: 'by', possessive: false }, ...contact];
  // "a filing last month", "the report on Tuesday": a time after the noun says when.
  const when = TIME_AFTER_RE.exec(tokens.slice(n + 1).map((t) => t.text).join(' '));
  // ("A report to the cabinet", "a submission to the inquiry": whom it was made to is not who wrote it.)
  // ("The union's circular to members": people in the plural too.)
  // ("A report to cabinet by council officers": a body's word bare, as councils write it, is one it was made to as well.)
  const madeTo = tokens[n + 1]?.text === 'to' && tokens[n + 2] !== undefined && (DEFINITE.has(tokens[n + 2]!.lower) || isCapitalised(tokens[n + 2]!)
    || (/^\p{Ll}+$/u.test(tokens[n + 2]!.text) && ORGANISATION_HEADS.has(tokens[n + 2]!.lower) && !tokens[n + 2]!.lower.endsWith('s'))
    || (tokens.length === n + 3 && (isUnnamedHead(tokens[n + 2]!) || tokens[n + 2]!.lower === 'members')));
  // ("A report to council by Meander Valley Council officers": whom it was made to is dropped, but a named author after it
  // is kept; guard: "by" then a capitalised word that is no article and no day or month, "by Friday".)
  const namedBy = madeTo && !when ? tokens.findIndex((t, k) => k > n + 2 && t.text === 'by' && tokens[k + 1] !== undefined && isCapitalised(tokens[k + 1]!)
    && !DEFINITE.has(tokens[k + 1]!.lower) && !INDEFINITE.has(tokens[k + 1]!.lower) && !DAY_OR_MONTH_RE.test(tokens[k + 1]!.text)) : -1;
  if (namedBy > 0) tokens = [...tokens.slice(0, n + 1), ...tokens.slice(namedBy)];
  else if (when || madeTo) tokens = tokens.slice(0, n + 1);
  const before = tokens.slice(0, n);
  // Only determiners, owners and describing words before the noun ("An independent", "The council's annual").
  // (A participle only right before it, "a leaked report"; no verb, preposition or people noun: "farmers interviewed by the paper".)
  // ("The agency's updated risk map", "the commission's staff report": a participle before a noun that says what kind of
  // document it is, and a people noun making a compound with the noun right after an owner, describe it too.)
  const owned = (k: number) => k > 0 && (before[k - 1]!.possessive || POSSESSIVE_PRONOUNS.has(before[k - 1]!.lower));
  const describing = (t: Token, k: number) => /^\p{Ll}[\p{Ll}\p{N}-]+$/u.test(t.text) && !QUOTE_CUES.has(t.lower) && !PREPOSITIONS.has(t.text)
    && !NOT_DESCRIBING.has(t.lower) && (!isUnnamedHead(t) || (k === n - 1 && owned(k)))
    && (k === n - 1 || !/(?:ed|ing)$/u.test(t.lower) || (k === n - 2 && owned(k) && /^\p{Ll}+$/u.test(before[n - 1]!.text) && !/(?:ed|ing)$/u.test(before[n - 1]!.lower)));
  // ("The warning article": a document's noun right before another is what kind of document it is, though "warning" is a cue.)
  // ("the centre's 2025 survey", "its 2023-24 annual report": the year a document covers, after its owner, describes it too;
  // document-year.ts.)
  // ("according to the commissaires' report", "the stewards' report": a document of people in the plural, a lower-case
  // word with its apostrophe after the "s" and only "the" before it; they are no one named, so the document is an unnamed
  // source's, not the last body's. Not a body's word, "the councils' report"; a singular owner, "the ministry's report",
  // is the body's.)
  const pluralOwner = before.length === 2 && n === 2 && DEFINITE.has(before[0]!.lower) && before[1]!.pluralPossessive === true
    && /^\p{Ll}{3,}s$/u.test(before[1]!.text) && !ORGANISATION_HEADS.has(before[1]!.lower.replace(/e?s$/u, '')) && !ORGANISATION_HEADS.has(before[1]!.lower.slice(0, -1));
  if (pluralOwner && !tokens.slice(n + 1).some((t) => ['by', 'from', 'for'].includes(t.text))) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: true, document: noun, ...span };
  }
  // ("…, a University of the Southern Tablelands study has found", "a Bank of Halden survey": a body's name with "of" or
  // "for" inside it, its head word first, right before the noun, is the document's maker; the check below stopped at the
  // joiner. Guard: one article at most before it, the first word a body's head ("University", "Bank", "Institute"), every
  // other word capitalised but the joiners, and the last capitalised. Thirty-fourth session, test-47 w07.)
  const makerName = namedMakerWithJoiners(before);
  if (!reach(n) || (!makerName && !before.every((t, k) => DEFINITE.has(t.lower) || INDEFINITE.has(t.lower) || t.possessive || POSSESSIVE_PRONOUNS.has(t.lower)
    || /^\p{Lu}/u.test(t.text) || describing(t, k) || (k === n - 1 && DOCUMENT_NOUNS.has(t.lower)) || isDocumentYear(before, k)))) return null;
  const phrase = (found: SpeakerPhrase): SpeakerPhrase => ({ ...found, document: noun, ...span });
  if (makerName) return phrase({ kind: 'organisation', body: makerName, name: [], roles: [], qualifier: null, ...span });
  // The author: after "by", "from" or "for" ("carried out for the FSA", "a statement from the company").
  // (Not who saw it: "a memo seen by Reuters". A maker before the noun, "A YouGov poll for the Times", beats "for".)
  // ("A memo prepared for the hearing by the Fiscal Division": who it was for yields to a "by" after it.)
  const authorAfter = (words: readonly string[]) => tokens.findIndex((t, k) => k > n && words.includes(t.text) && !SEEN.has(tokens[k - 1]!.lower)
    && (t.text !== 'for' || !before.some((b) => isCapitalised(b) && !b.possessive && !DEFINITE.has(b.lower) && !INDEFINITE.has(b.lower))));
  const firstAfter = authorAfter(['by', 'from', 'for']);
  const byAfterFor = firstAfter > 0 && tokens[firstAfter]!.text === 'for' ? authorAfter(['by']) : -1;
  const by = byAfterFor > 0 ? byAfterFor : firstAfter;
  let authorWords = by > 0 ? tokens.slice(by + 1) : [];
  // ("signed by more than 120 academic staff, published on Wednesday": the count's words before the number, and a
  // participle's phrase after the authors, are none of them.)
  const count = authorWords.findIndex((t) => /^\d[\d,]*$/u.test(t.text));
  if (count > 0 && count <= 2 && authorWords.slice(0, count).every((t) => APPROXIMATORS.has(t.lower))) authorWords = authorWords.slice(count);
  const participle = authorWords.findIndex((t, k) => k > 0 && /^\p{Ll}{3,}ed$/u.test(t.text));
  if (participle > 0) authorWords = authorWords.slice(0, participle);
  for (let k = authorWords.length - 1; k > 0; k--) {
    if (TIME_AFTER_RE.test(authorWords.slice(k).map((t) => t.text).join(' '))) { authorWords = authorWords.slice(0, k); break; }
  }
  // (The capitalised words right before the noun: "An internal Commission memo".)
  // ("the Manitoba Highways asset database": lower-case words saying what it holds may stand between the name and the noun.)
  let capEnd = before.length;
  while (capEnd > 1 && /^\p{Ll}[\p{Ll}-]+$/u.test(before[capEnd - 1]!.text) && !DEFINITE.has(before[capEnd - 1]!.lower)
    && !INDEFINITE.has(before[capEnd - 1]!.lower) && !POSSESSIVE_PRONOUNS.has(before[capEnd - 1]!.lower)) capEnd--;
  // ("a Works Department inspection report": so may lower-case words saying what it is, after a name ending in a body's word.)
  const bodyNameBefore = capEnd < before.length && capEnd > 0 && /^\p{Lu}/u.test(before[capEnd - 1]!.text)
    && (ORGANISATION_HEADS.has(before[capEnd - 1]!.lower) || BODY_NAME_ENDS.has(before[capEnd - 1]!.lower));
  const named0 = (DOCUMENT_HOLDINGS.has(noun) || bodyNameBefore) && capEnd < before.length && isCapitalised(before[capEnd - 1]!) && !before[capEnd - 1]!.possessive
    && !DEFINITE.has(before[capEnd - 1]!.lower) && !INDEFINITE.has(before[capEnd - 1]!.lower) ? before.slice(0, capEnd) : before;
  const lastLower = named0.findLastIndex((t) => !isCapitalised(t) || t.possessive || DEFINITE.has(t.lower) || INDEFINITE.has(t.lower));
  // ("Industry figures have told us": a sector's common noun, capitalised only as it opens the sentence, makes nothing.)
  // ("A WhatsApp message circulated among tenants": the service it went by is no maker; messaging-medium.ts.)
  const maker = named0.slice(lastLower + 1).filter((t, k) => !(k === 0 && t.start === all[0]!.start && SECTOR_NOUNS.has(t.lower)) && !isMessagingMedium(t.text));
  // ("a cabinet statement", "ministry figures": a body's word in lower case, right before the noun and after no more than a
  // determiner, is its maker, the body the resolver finds for the word; not a plural, "members", "states".)
  const bodyWord = before.length <= 2 && before.length >= 1 && /^\p{Ll}+$/u.test(before.at(-1)!.text) && ORGANISATION_HEADS.has(before.at(-1)!.lower)
    && !before.at(-1)!.lower.endsWith('s') && before.slice(0, -1).every((t) => DEFINITE.has(t.lower) || INDEFINITE.has(t.lower))
    && !isCourtFile(before.at(-1)!.lower, noun) ? before.at(-1)! : null;
  const staffOf = bodyOfStaff(authorWords);
  // ("The organisation's annual Coast Safe report": capitalised words after an owner's possessive are the document's
  // title, and the owner wrote it; guard: not words ending in a body's word, "the council's Transport Committee report",
  // a unit of the owner.)
  const titleAfterOwner = maker.length > 0 && named0.slice(0, lastLower + 1).some((t) => t.possessive && !POSSESSIVE_PRONOUNS.has(t.lower))
    && !ORGANISATION_HEADS.has(maker.at(-1)!.lower) && !BODY_NAME_ENDS.has(maker.at(-1)!.lower);
  let author = staffOf ? { kind: 'organisation' as const, body: staffOf, name: [], roles: [], qualifier: null, ...span }
    : authorWords.length > 0 ? parseSpeakerPhrase(authorWords)
    : !isCapitalised(tokens[n]!) && maker.length > 0 && !titleAfterOwner
      ? { kind: 'organisation' as const, body: maker.map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, ...span }
      : bodyWord ? { kind: 'organisation' as const, body: bodyWord.lower, name: [], roles: [], qualifier: null, ...span } : null;
  // ("the Royal College of Midwifery": the whole capitalised name, its "of" included.)
  const fullName = authorWords.filter((t, k) => k > 0 || !DEFINITE.has(t.lower));
  if (author?.kind === 'organisation' && fullName.length > 1 && isCapitalised(fullName[0]!) && isCapitalised(fullName.at(-1)!)
    && fullName.every((t) => isCapitalised(t) || ['of', 'for', 'and', 'the', 'on'].includes(t.text))) {
    author.body = fullName.map((t) => t.text).join(' ');
  }
  // "by a planning officer at Wiltshire Council": an unnamed author at a named body writes for the body.
  const at = author?.kind === 'anonymous' ? authorWords.findIndex((t, k) => k > 0 && ['at', 'of', 'from', 'with'].includes(t.text) && authorWords[k + 1] !== undefined) : -1;
  const employerWords = at > 0 ? authorWords.slice(at + 1) : [];
  const employerEnd = employerWords.findIndex((t, k) => !isCapitalised(t) && !(k === 0 && DEFINITE.has(t.lower)) && !NAME_JOINERS.has(t.text));
  const employer = employerWords.length > 0 ? parseSpeakerPhrase(employerEnd > 0 ? employerWords.slice(0, employerEnd) : employerWords) : null;
  if (employer?.kind === 'organisation' && employerWords.some((t) => isCapitalised(t))) author = { ...employer, ...span };
  // "by the organisation's nutrition team": a unit of the body just named ("the organisation") writes for it.
  const unitOf = author?.kind === 'organisation' ? authorWords.find((t, k) => k <= 1 && t.possessive && BODY_KINDS.has(t.base.toLowerCase())) : undefined;
  if (unitOf && author) author = { ...author, body: unitOf.base.toLowerCase() };
  // ("A report by the Horizons Regional Council's public health team": the body's team writes for the body.)
  const teamOwner = author?.kind === 'anonymous' ? staffTeamOwner(authorWords) : null;
  if (teamOwner) author = { kind: 'organisation', body: teamOwner, name: [], roles: [], qualifier: null, ...span };
  // "An open letter signed by 120 academic staff": authors the text does not name make the document an unnamed source's.
  if (author?.kind === 'anonymous') return { ...author, document: noun, ...span };
  // ("A memo from the district's business manager states that …": a document from one person's post is the post's holder's,
  // the one the text names so, before or after, as "The case officer's report" is below. Forty-fifth session, test-62 w14.
  // Guard: a post the phrase reader takes for one person's, its last word a person's noun.)
  if (author?.kind === 'title' && author.roles.length > 0 && isPersonNoun(authorWords.at(-1)!.lower)) return phrase(author);
  if (author && (author.kind === 'organisation' || author.kind === 'name')) {
    return author.kind === 'name' && (author.roles.length > 0 || author.name.length >= 2) ? phrase(author)
      : phrase({ ...author, kind: 'organisation', body: author.body ?? author.name.join(' '), name: [] });
  }
  // ("A letter sent to staff at Fenwick Learning Trust": a body's own people written to, its document, sent-to-own-staff.ts.)
  const writer = !author ? bodyWritingToOwnPeople(tokens, n) : null;
  const writing = writer ? parseSpeakerPhrase(writer) : null;
  if (writing?.kind === 'organisation' || (writing?.kind === 'name' && writing.roles.length === 0 && writer!.length >= 2)) {
    return phrase({ kind: 'organisation', body: writer!.map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, ...span });
  }
  // ("Minutes of the board's transport committee", "the minutes of the Harbour Board": a record a body, or a body's unit,
  // kept of itself; not a document about a body, "An audit of the district's buildings".)
  if (!author && KEPT_RECORDS.has(noun) && tokens[n + 1]?.text === 'of' && tokens.length > n + 2) {
    const of = tokens.slice(n + 2);
    const isBodyWord = (t: Token) => ORGANISATION_HEADS.has(t.base.toLowerCase()) || BODY_KINDS.has(t.base.toLowerCase());
    const unit = of.find((t, k) => k <= 1 && t.possessive && isBodyWord(t));
    // ("Minutes of the trust's October board meeting": or of the body's meeting, its sitting, its session.)
    if (unit && (isBodyWord(of.at(-1)!) || MEETING_NOUNS.has(of.at(-1)!.lower))) return phrase({ kind: 'organisation', body: unit.base.toLowerCase(), name: [], roles: [], qualifier: null, ...span });
    const ofBody = parseSpeakerPhrase(of);
    if (ofBody?.kind === 'organisation') return phrase(ofBody);
  }
  // "A draft of the review": the document inside.
  if (tokens[n + 1]?.text === 'of' && tokens[n + 2] && DEFINITE.has(tokens[n + 2]!.lower) && tokens[n + 3] && DOCUMENT_NOUNS.has(tokens[n + 3]!.lower)) {
    return { kind: 'organisation', body: tokens[n + 3]!.lower, name: [], roles: [], qualifier: null, document: tokens[n + 3]!.lower, ...span };
  }
  // ("Surveys in districts that have made the switch say", "Studies across rural areas show": documents of a kind, bare,
  // opening the subject, then where they were made, all lower case: nobody's, as "Studies show" is. Guard: no determiner
  // nor owner before the noun, no author after it, no capitalised word after it.)
  if (n === 0 && tokens.length > 2 && ['in', 'across', 'among'].includes(tokens[1]!.text) && by < 0 && tokens[n]!.lower.endsWith('s')
    && tokens.slice(1).every((t) => /^\p{Ll}/u.test(t.text))) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, document: noun, ...span };
  }
  if (n + 1 < tokens.length && tokens[n + 1]!.text !== 'of' && /^\p{Ll}/u.test(tokens[n + 1]!.text) && by < 0) {
    // "the report released today" is fine; "the report he wrote" is no phrase for a speaker.
    // ("a notice sent to customers last week": a participle of its own form.)
    // ("a report accompanying the proposition", "a memo outlining the plan": a present participle with its own object, an
    // article or an owner's word opening it, says what the document is, as "published" does; guards: not a verb of
    // saying, "a report saying the …", nor "being", nor a preposition in "-ing", "during", "according", "following".)
    // Two helpers wrote this shape side by side in the twenty-ninth session; one rule kept, with both guards.
    const next = tokens[n + 1]!;
    const describedByWhatItDoes = /^\p{Ll}{3,}ing$/u.test(next.text) && !QUOTE_CUES.has(next.lower) && next.lower !== 'being'
      && !ING_PREPOSITIONS.has(next.lower) && tokens[n + 2] !== undefined
      && (DEFINITE.has(tokens[n + 2]!.lower) || INDEFINITE.has(tokens[n + 2]!.lower) || POSSESSIVE_PRONOUNS.has(tokens[n + 2]!.lower));
    if (!/(?:ed|en)$/u.test(next.lower) && !IRREGULAR_PARTICIPLES.has(next.lower) && !describedByWhatItDoes) return null;
  }
  // "The Redfern Review": capitalised words ending in the noun are the document's own name.
  const named = before.filter((t) => !DEFINITE.has(t.lower));
  if (/^\p{Lu}/u.test(tokens[n]!.text) && named.length > 0 && named.every((t) => /^\p{Lu}/u.test(t.text) && !t.possessive)) {
    const body = [...named, tokens[n]!].map((t) => t.text).join(' ');
    return { kind: 'organisation', body, name: [], roles: [], qualifier: null, document: noun, ...span };
  }
  // "Ofwat's review", "the council's annual report": its owner.
  const owner = before.findLastIndex((t) => t.possessive && !POSSESSIVE_PRONOUNS.has(t.lower));
  if (owner >= 0) {
    const who = parseSpeakerPhrase([...before.slice(0, owner), { ...before[owner]!, text: before[owner]!.base, lower: before[owner]!.base.toLowerCase(), possessive: false }]);
    if (who?.kind === 'organisation' || who?.kind === 'name') {
      return phrase(who.kind === 'organisation' ? who : nameAsBody(who));
    }
    // ("according to the commissaires' report", "the stewards' report": a document of people in the plural, a lower-case
    // word with its apostrophe after the "s", the owner the only word before the noun; they are no one named, so the
    // document is an unnamed source's, not the last body's. Not a body's word, "the councils' report"; nor a singular
    // owner, "the ministry's report", which is the body's.)
    // ("The case officer's report says", "the inspector's findings": a document owned by a post is the post's holder's, the
    // one the text names so, else someone unnamed; not the last body named. Guard: one person's post, no body's word in it.)
    if (who?.kind === 'title' && !before.slice(0, owner + 1).some((t) => ORGANISATION_HEADS.has(t.base.toLowerCase()) || BODY_KINDS.has(t.base.toLowerCase()))) return phrase(who);
  }
  // "A probation report found": a document whose author the text does not name is an unnamed source (what a body
  // issues, "a statement said", is the body's).
  // ("industry figures", "official data": no determiner, nobody's.)
  // ("minutes of its last meeting": the body's own.)
  const ownedAfter = tokens.slice(n + 1).some((t) => t.lower === 'its' || t.lower === 'their');
  const bare = !DEFINITE.has(tokens[0]!.lower) && !INDEFINITE.has(tokens[0]!.lower) && !POSSESSIVE_PRONOUNS.has(tokens[0]!.lower) && !ownedAfter;
  // ("The suit filed in 2021 against Name Water Co.": filing-against.ts.)
  const against = isFilingAgainst(noun, all.slice(n + 1).map((t) => t.text).join(' '));
  if ((INDEFINITE.has(tokens[0]!.lower) && !ISSUED.has(noun)) || bare || against) return { kind: 'anonymous', name: [], roles: [], qualifier: null, document: noun, ...span };
  return { kind: 'organisation', body: noun, name: [], roles: [], qualifier: null, document: noun, ...span };
}

/** Words in "-ing" that are prepositions, not a participle describing a document ("the report during …"). */
const ING_PREPOSITIONS = new Set(['during', 'according', 'including', 'regarding', 'concerning', 'following', 'pending', 'notwithstanding',
  'excluding', 'being', 'having', 'saying', 'something', 'nothing', 'anything', 'everything', 'morning', 'evening', 'meeting', 'briefing', 'hearing', 'ruling', 'finding', 'filing', 'building']);

/** Past participles without "-ed" or "-en" that may follow a document's noun ("a notice sent to customers"). */
const IRREGULAR_PARTICIPLES = new Set(['sent', 'put', 'made', 'read', 'drawn', 'shown', 'kept', 'brought', 'built', 'set', 'laid', 'struck']);

/** Records a body keeps of its own meetings ("Minutes of the board's … committee state that …"). */
const KEPT_RECORDS = new Set(['minutes', 'transcript', 'records']);

/** A body's meetings, whose minutes are the body's record ("minutes of the council's March meeting"). */
const MEETING_NOUNS = new Set(['meeting', 'meetings', 'session', 'sessions', 'sitting', 'sittings']);

/** Common nouns for a trade as a whole: "industry figures", "market sources" are nobody's. */
const SECTOR_NOUNS = new Set(['industry', 'sector', 'market', 'trade', 'business']);

const SEEN = new Set(['seen', 'obtained', 'reviewed', 'viewed', 'read', 'leaked']);

const GENDERED_PEOPLE: Readonly<Record<string, 'he' | 'she'>> = { woman: 'she', man: 'he', girl: 'she', boy: 'he' };

/** Documents a body issues in its own name ("a statement said": the body's). */
const ISSUED = new Set(['statement', 'release', 'notice', 'letter', 'filing', 'update', 'communique', 'communiqué', 'readout',
  'briefing', 'submission', 'figures', 'data', 'statistics', 'estimates', 'forecast']);

const TIME_AFTER_RE = /^(?:(?:last|this|next|earlier|late|early)\s+(?:week|month|year|spring|summer|autumn|fall|winter)|(?:on|in)\s+\p{Lu}\p{Ll}+(?:\s+\d{1,4})?|today|yesterday|earlier|this\s+morning)$/u;

/** Countries named in two or three words ("South Africa", "Saudi Arabia", "New Zealand", "United Arab Emirates"). */
const PLACE_FIRST = new Set(['north', 'south', 'east', 'west', 'new', 'saudi', 'united', 'costa', 'sri', 'el', 'hong', 'sierra',
  'burkina', 'puerto', 'cape', 'ivory', 'czech', 'dominican', 'central', 'papua', 'equatorial']);
const PLACE_LAST = new Set(['africa', 'arabia', 'zealand', 'korea', 'lanka', 'rica', 'leone', 'kong', 'faso', 'republic',
  'kingdom', 'states', 'emirates', 'islands', 'guinea', 'timor', 'verde', 'salvador', 'macedonia', 'sudan', 'ossetia', 'coast']);

function isPlaceName(tokens: Token[]): boolean {
  return tokens.length >= 2 && tokens.length <= 3 && tokens.every((t) => isCapitalised(t))
    && PLACE_FIRST.has(tokens[0]!.lower) && PLACE_LAST.has(tokens.at(-1)!.base.toLowerCase());
}

/** Lower-case nouns that say what kind of body the name after them is ("energy supplier Brightwater Power"). */
export const BODY_KINDS = new Set(['company', 'firm', 'group', 'supplier', 'provider', 'maker', 'operator', 'giant', 'retailer',
  'carrier', 'airline', 'broadcaster', 'developer', 'insurer', 'lender', 'bank', 'producer', 'manufacturer', 'chain',
  'utility', 'charity', 'network', 'platform', 'publisher', 'startup', 'start-up', 'exporter', 'importer', 'miner',
  'refiner', 'agency', 'watchdog', 'regulator', 'union', 'association', 'organisation', 'organization', 'institute',
  'think-tank', 'consultancy', 'outlet', 'newspaper', 'channel', 'federation', 'confederation', 'lobby', 'chamber',
  'coalition', 'alliance', 'council', 'foundation', 'party', 'movement', 'court', 'tribunal', 'body', 'nonprofit',
  'non-profit', 'ngo', 'trust', 'cooperative', 'co-operative', 'co-op', 'campaign', 'society', 'club', 'league']);

/** Posts a body may hold as well as a person: the owner of a mine, a building's landlord, a worker's employer. */
const BODY_CAPABLE_POSTS = new Set(['owner', 'owners', 'landlord', 'employer', 'buyer', 'seller', 'contractor', 'sponsor', 'landowner']);

/**
 * "Owner Cordillera Copper said", "Landlord Harbour Estates said": one post a body may hold as well as a person, before a
 * name ending in a body's word (BODY_NAME_ENDS) whose first word is no given name, is the body (thirty-fourth session).
 * Guards: the post the phrase's only one; "Owner Jack Power" (a given name first) stays a person.
 */
function bodyHoldingPost(phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  if (phrase?.kind !== 'name' || phrase.name.length < 2 || phrase.roles.length !== 1 || !BODY_CAPABLE_POSTS.has(phrase.roles[0]!)) return phrase;
  if (!BODY_NAME_ENDS.has(phrase.name.at(-1)!.toLowerCase()) || givenNameGender(phrase.name[0]!) !== null) return phrase;
  return { kind: 'organisation', body: phrase.name.join(' '), name: [], roles: [], qualifier: null, start: phrase.start, end: phrase.end };
}

/** A surname opened by a patronymic prefix before a capital: "McKenzie", "MacLeod", "FitzGerald", "O'Rourke". */
const PATRONYMIC_SURNAME_RE = /^(?:Mc|Mac|Fitz|O['\u2019])\p{Lu}\p{Ll}/u;

/** BODY_KINDS a person may be too, one who runs the trade ("tour operator", "seed producer"). */
export const PERSON_TRADES: ReadonlySet<string> = new Set(['operator', 'supplier', 'provider', 'maker', 'producer', 'developer', 'exporter', 'importer', 'miner', 'publisher']);

/** Words for a business once it has been named ("the processor", "the airline"), with "the" only. */
export const BUSINESS_NOUNS = new Set(['processor', 'operator', 'retailer', 'supplier', 'carrier', 'airline', 'lender', 'insurer',
  'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'manufacturer', 'producer', 'refiner', 'wholesaler', 'exporter', 'miner',
  // (An aircraft or equipment lessor, "the lessor said" after "Name Aviation Partners said in a filing": a business.)
  'lessor',
  // (A beer maker, "the brewer has told tenants in a letter" after "the Cornish brewer Harbour Ales": the business named;
  // "One brewer said …. The brewer added" stays the unnamed one, trade-word-of-unnamed-one.ts. Forty-second session, test-60 w12.)
  'brewer',
  // (Who runs it, speaking as the business: "In a letter to workers, the management said"; not "… Ship Management", a name.)
  'management']);

/** Kinds of business a wire story writes, capitalised, before the name opening a sentence ("Consultancy X said"). */
const BUSINESS_KIND_OPENERS = new Set(['Consultancy', 'Lender', 'Insurer', 'Carmaker', 'Automaker', 'Chipmaker', 'Drugmaker',
  'Refiner', 'Airline', 'Broadcaster', 'Retailer', 'Supermarket', 'Utility', 'Watchdog', 'Regulator', 'Charity', 'Think-tank',
  'Startup', 'Publisher']);

/**
 * "the state oil company Name", "state broadcaster Name": "state" in lower case before the kind's words says who owns the
 * body; it is no verb of speech there. Forty-first session. Guard: the phrase's first word or after "the", a lower-case
 * word after it.
 */
function stateOwned(tokens: readonly Token[], i: number): boolean {
  return (tokens[i]!.text === 'state' || (i === 0 && tokens[i]!.text === 'State')) && (i === 0 || (i === 1 && DEFINITE.has(tokens[0]!.lower))) && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '');
}

/** "Energy supplier Brightwater Power", "consumer group Which Way": a body named after what it is. */
// ("The letter from operator Swiftpark": the kind alone may open the phrase, in lower case after a preposition; not a
// person's name after it, "operator Jane Mills".)
function namedBody(tokens: Token[], span: { start: number; end: number }): SpeakerPhrase | null {
  // ("the regional gas supply company Name": after an article, three lower-case words may describe the kind; forty-first
  // session, test-57 w18.)
  const reach = DEFINITE.has(tokens[0]?.lower ?? '') && tokens.slice(1, 4).every((t) => /^\p{Ll}[\p{Ll}-]+$/u.test(t.text)) ? 4 : 3;
  let k = tokens.findIndex((t, i) => i <= reach && /^\p{Ll}/u.test(t.text) && BODY_KINDS.has(t.lower));
  // ("lobby group Name", "campaign group Name", "union federation Name": two kind words in a row; the name after the last.)
  while (k >= 0 && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '') && BODY_KINDS.has(tokens[k + 1]!.lower)) k++;
  if (k < 0 || tokens.length - k - 1 < 1 || tokens.length - k - 1 > 4) return null;
  const name = tokens.slice(k + 1);
  if (k === 0 && (name.length > 2 || isGivenNameAndSurname(name) || givenNameGender(name[0]!.text) !== null)) return null;
  // ("Jet boat operator Ken Olsen", "tour operator Maria Lind", "seed producer Anna Kask": a trade one person may run, before
  // a given name and a surname, is that person's post, thirty-fourth session; "retailer", "airline", "union" stay bodies'
  // kinds whatever the name, and a name whose first word is no given name, "ferry operator Kestrel Lines", is the body.)
  // ("Taxi operator Everton McKenzie", "tour operator Aled O'Rourke": or a surname opened by a patronymic prefix, Mc-, Mac-,
  // Fitz- or O' before a capital, whatever the given name; no business is called so with a word of its own before it.
  // Thirty-fifth session, test-13 w05. Guard: two words only, the prefix on the last, so "Macquarie Harbour" stays.)
  if (k > 0 && PERSON_TRADES.has(tokens[k]!.lower) && name.length === 2 && (isGivenNameAndSurname(name) || givenNameGender(name[0]!.text) !== null
    || (isCapitalised(name[0]!) && PATRONYMIC_SURNAME_RE.test(name[1]!.text)))) return null;
  // ("Farmers' union Unió de Pagesos": a particle between the name's capitalised words.)
  const inName = (t: Token, i: number) => isCapitalised(t) || isAcronym(t) || (i > 0 && i < name.length - 1 && NAME_PARTICLES.has(t.text));
  if (!name.every(inName)) return null;
  // ("The fishermen's lobby group Name": a people's possessive before the kind.)
  if (!tokens.slice(0, k).every((t) => isCapitalised(t) || /^\p{Ll}[\p{Ll}-]+$/u.test(t.text) || (t.possessive && /^\p{Ll}/u.test(t.text))) || tokens.slice(0, k).some((t, i) => QUOTE_CUES.has(t.lower) && !stateOwned(tokens, i))) return null;
  return { kind: 'organisation', body: name.map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, ...span };
}

const RELATIVES = new Set(['who', 'whose', 'which', 'that']);

/** A noun for a person as printed: in lower case, or a short capitalised one ("one GP working in the west", "an MP"). */
const asPrintedForPeople = (t: Token) => /^\p{Ll}/u.test(t.text) || /^\p{Lu}{2,3}$/u.test(t.text);

/**
 * "a veteran French army colonel", "one large pension investor", "a member of the audit committee",
 * "one trader in London": someone described, not named.
 */
function describedPerson(tokens: Token[], span: { start: number; end: number }): SpeakerPhrase | null {
  if (tokens.length < 2 || !INDEFINITE.has(tokens[0]!.lower) || tokens[0]!.lower === 'other') return null;
  // The description ends at a preposition or a relative ("an Asian envoy who attended the dinner").
  // (Or at a participle that says how they know: "one banker involved in the sale", "a lawyer familiar with the case".)
  // (Or at any participle after the noun: "one woman waiting outside the centre".)
  // ("A cleaner known only as Worker C", "a woman known to the family": "known" too, a participle with no -ed;
  // letter-label-no-name.ts, thirty-eighth session.)
  const p = tokens.findIndex((t, k) => k > 1 && (PREPOSITIONS.has(t.text) || RELATIVES.has(t.lower) || SOURCE_DESCRIPTIONS.has(t.lower)
    || (/^(?:\p{Ll}{3,}(?:ing|ed)|known)$/u.test(t.text) && asPrintedForPeople(tokens[k - 1]!) && (isPersonNoun(tokens[k - 1]!.lower) || SINGULAR_PEOPLE.has(tokens[k - 1]!.lower)))));
  const core = p > 0 ? tokens.slice(0, p) : tokens;
  const head = core.at(-1)!;
  if (core.length < 2 || !asPrintedForPeople(head) || !(isPersonNoun(head.lower) || SINGULAR_PEOPLE.has(head.lower))) return null;
  // "one top-10 shareholder", "a 300-level student", "a 45-year-old nurse": a lower-case modifier may hold digits.
  if (!core.slice(1, -1).every((t) => isModifier(t) || (/^[\p{Ll}\p{N}][\p{Ll}\p{N}-]*\p{Ll}[\p{Ll}\p{N}-]*$/u.test(t.text) && !QUOTE_CUES.has(t.lower) && !PREPOSITIONS.has(t.text)))) return null;
  // (Any noun for a person is kept as the role, so that a later "the investor said" is this one: see definiteKind.)
  const roles = [normaliseRole(head.lower)];
  const qualifierToken = core.find((t) => t.possessive || isNationality(t.lower));
  return { kind: 'anonymous', name: [], roles, qualifier: qualifierToken ? qualifierKey(qualifierToken.base) : null, ...span };
}

/** Capitalised plurals of institutions that end a body's name ("… Public Schools"), none of them a common surname. */
const CAPITALISED_BODY_PLURALS = new Set(['schools', 'hospitals', 'libraries', 'colleges', 'services', 'museums', 'prisons']);

/**
 * "John Banks", "Ruth Banks": a common given name, then a capitalised word that is also a plural of bodies, is a person's
 * name (a body's name with a plural head has more before it: "Springfield Public Schools", "Nordic Banks Association").
 */
function isGivenNameAndSurname(words: readonly Token[]): boolean {
  return words.length === 2 && isCapitalised(words[0]!) && isCapitalised(words[1]!) && givenNameGender(words[0]!.text) !== null;
}

function body(tokens: Token[], span: { start: number; end: number }): SpeakerPhrase | null {
  const words = DEFINITE.has(tokens[0]!.lower) ? tokens.slice(1) : tokens;
  if (words.length === 0) return null;
  const lastAt = words.findIndex((t) => PREPOSITIONS.has(t.text));
  const core = lastAt > 0 ? words.slice(0, lastAt) : words;
  const last = core.at(-1)!;
  // "The GDL said": an acronym with an article names a body, known or not.
  const single = core.length === 1 && (isCapitalised(last) || isAcronym(last))
    && (ORGANISATION_NAMES.has(last.base.toLowerCase().replace(/\.$/, '')) || (DEFINITE.has(tokens[0]!.lower) && /^\p{Lu}{2,6}$/u.test(last.base) && !ROLE_NOUNS.has(last.lower)));
  // ("the processor has confirmed", "The operator said", "the airline said": a word for a business, with "the", is the
  // business the text named before; not "one freight operator", a person left unnamed.)
  const business = tokens[0]!.lower === 'the' && core.length <= 2 && BUSINESS_NOUNS.has(last.lower);
  // ("Springfield Public Schools said", "Tri-County Library Services": a capitalised plural of an institution ends a
  // body's name, as a US school district's is; not plurals that are common surnames, "Banks", "Mills".)
  const pluralName = core.length >= 2 && core.every(isCapitalised) && CAPITALISED_BODY_PLURALS.has(last.lower);
  // ("The Leicester, Leicestershire and Rutland ICB said": capitalised places, then a body's initials, after "the".)
  const initialsName = DEFINITE.has(tokens[0]!.lower) && core.length >= 2 && /^\p{Lu}{2,5}$/u.test(last.base) && !ROLE_NOUNS.has(last.lower)
    && core.slice(0, -1).every((t) => isCapitalised(t) || t.lower === 'and');
  // ("Head coach Terrell Banks": a post, then a given name and a surname that is a plural of bodies; post-then-plural-surname.ts.)
  const headed = !isGivenNameAndSurname(core) && !isPostThenPluralSurname(core) && (ORGANISATION_HEADS.has(last.base.toLowerCase()) || business || pluralName || initialsName) && core.slice(0, -1).every((t, k) => isModifier(t) || isNounAdjunct(core, k, core.length - 1))
    // ("…, police said.": "police" is written without an article.)
    && (core.length > 1 || DEFINITE.has(tokens[0]!.lower) || isCapitalised(last) || (tokens.length === 1 && last.lower === 'police'));
  if (!single && !headed) return null;
  // ("Audience members at the interval said", "Members on the night shift said", "Union members say": people of a body or
  // of a place, unnamed; not a bloc's members, "NATO members", "members of the EU".)
  if (headed && last.lower === 'members' && !words.some((t) => isAcronym(t) || ORGANISATION_NAMES.has(t.base.toLowerCase()))) {
    return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, ...span };
  }
  // "Association of Marine Park Operators chief executive Dr Name": a post and a name after the body's name are the speaker.
  // (A lower-case post and a full name: "National Association of Head Teachers" stays a body.)
  // ("Marion County Board of Commissioners President Edith Kowalski": a capitalised post too, before a name that is no
  // body's words, "Association of Passenger Shipping Companies".)
  // ("Bureau of Meteorology senior forecaster Name": or a lower-case word for a person right before the name, as
  // titleThenName reads it.)
  const post = (t: Token, k: number) => ROLE_NOUNS.has(t.lower)
    || (/^\p{Ll}/u.test(t.text) && isPersonNoun(t.lower) && words[lastAt + k + 1] !== undefined && isCapitalised(words[lastAt + k + 1]!));
  const after = lastAt > 0 && words.slice(lastAt).some(post) ? titleThenName(tokens, span) : null;
  if (after && after.name.length >= 2 && (words.slice(lastAt).some((t) => ROLE_NOUNS.has(t.text))
    || !after.name.some((w) => BODY_NAME_ENDS.has(w.toLowerCase()) || /^\p{Lu}\p{Ll}+ies$/u.test(w)))) return null;
  // "the Ministry of Ecology and Environment", "the Bank of England": a capitalised body keeps the name after its "of".
  let named = core;
  if (lastAt > 0 && isCapitalised(last) && ['of', 'for'].includes(words[lastAt]!.text)) {
    let k = lastAt + 1;
    // ("the Department of Tourism, Culture and the Arts": "and the" before the last item.)
    while (k < words.length && (isCapitalised(words[k]!) || (['and', 'the'].includes(words[k]!.text) && k + 1 < words.length && isCapitalised(words[k + 1]!))
      || (words[k]!.text === 'and' && words[k + 1]?.text === 'the' && k + 2 < words.length && isCapitalised(words[k + 2]!)))) k++;
    if (k > lastAt + 1 && k === words.length) named = words;
  }
  // ("…, state utility Fenaka Corporation said", "energy company Voltra Group said": lower-case words saying what kind of
  // body it is, the last a body's kind, before a capitalised name ending in a body's word, are no part of the name, as
  // namedBody reads "energy supplier Brightwater Power"; kept, the later "the company" found no body of its kind (test-54
  // w02). Guard: only when every word after the kind is capitalised, two or more; "the state audit office" is kept whole.)
  const kindAt = named.findIndex((t, i) => /^\p{Ll}/u.test(t.text) && BODY_KINDS.has(t.lower) && named[i + 1] !== undefined && isCapitalised(named[i + 1]!));
  if (kindAt >= 0 && named.length - kindAt - 1 >= 2 && named.slice(0, kindAt).every((t) => /^\p{Ll}[\p{Ll}-]+$/u.test(t.text))
    && named.slice(kindAt + 1).every((t) => isCapitalised(t) || (['of', 'for', 'and', 'the'].includes(t.text)))) named = named.slice(kindAt + 1);
  const text = named.map((t) => t.text).join(' ');
  const qualifierToken = core.find((t) => t.possessive || isNationality(t.lower) || ORGANISATION_NAMES.has(t.base.toLowerCase()));
  return { kind: 'organisation', body: text, name: [], roles: [], qualifier: qualifierToken ? qualifierKey(qualifierToken.base) : null, ...span };
}

/** How many lower-case words of a field ("rugby", "public health") start at `at`, right before a capitalised name; 0 if none. */
function fieldLength(tokens: Token[], at: number): number {
  const fieldWord = (t: Token) => /^\p{Ll}[\p{Ll}-]{2,}$/u.test(t.text) && !PREPOSITIONS.has(t.text) && !DEFINITE.has(t.lower)
    && !INDEFINITE.has(t.lower) && !QUOTE_CUES.has(t.lower) && !NOT_NAMES.has(t.lower) && !NAME_PARTICLES.has(t.text);
  // ("member for infrastructure and engineering Name": two fields joined by "and", a word or two each.)
  const and = [at + 1, at + 2].find((k) => tokens[k]?.text === 'and') ?? -1;
  for (let n = 1; n <= (and > 0 ? and - at + 3 : 2); n++) {
    const words = tokens.slice(at, at + n);
    const next = tokens[at + n];
    if (words.length < n || !words.every((t, k) => fieldWord(t) || (at + k === and && k < n - 1))) return 0;
    if (next && isCapitalised(next) && !ROLE_NOUNS.has(next.lower)) return n;
  }
  return 0;
}

/** Whether the capitalised role word at `r` stands between name words after a post ("minister Harjit Pal Singh Dhillon"). */
function insideName(tokens: Token[], r: number): boolean {
  const before = tokens[r - 1];
  if (r < 2 || !/^\p{Lu}\p{Ll}/u.test(tokens[r]!.text) || !before || !/^\p{Lu}\p{Ll}+$/u.test(before.text)) return false;
  if (ROLE_NOUNS.has(before.lower) || ROLE_MODIFIERS.has(before.lower) || isNationality(before.lower) || NOT_NAMES.has(before.lower)) return false;
  // (Only after a post written in lower case: in "Chief Cabinet Secretary Name" every capitalised word is the post's.)
  const post = tokens.slice(0, r - 1).findLastIndex((t) => ROLE_NOUNS.has(t.lower));
  return post >= 0 && /^\p{Ll}/u.test(tokens[post]!.text) && tokens.slice(post + 1, r).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text));
}

/** "Canadian Foreign Affairs spokesman Andre Lemay": everything up to the last role word is the title, the rest the name. */
function titleThenName(tokens: Token[], span: { start: number; end: number }): SpeakerPhrase | null {
  for (let r = tokens.length - 2; r >= 0; r--) {
    // ("Council member Denise Whitford": a lower-case person noun is a post too.)
    // ("Dean of Students Monica Albrecht": "Dean" with "of" after it is the post, dean-of-field.ts.)
    if (!ROLE_NOUNS.has(tokens[r]!.lower) && !isDeanOfField(tokens, r) && !(isCapitalised(tokens[r + 1]!) && /^\p{Ll}/u.test(tokens[r]!.text) && isPersonNoun(tokens[r]!.lower))) continue;
    // "power minister Harjit Pal Singh Dhillon": a capitalised title word after a first name, behind an earlier post, is a name word.
    if (insideName(tokens, r)) continue;
    // ("A council engineer I spoke to": the pronoun "I" after a post is no name.)
    if (tokens[r + 1]!.text === 'I') continue;
    let from = r + 1;
    // ("Committee Member (CECM) for Agriculture Name": the post's letters before its field, post-letters-before-name.ts.)
    if (isPostLettersBeforeField(tokens, from)) from++;
    let areaAt = -1;
    // ("Governor of Tosontsengel soum in Zavkhan aimag B.Name": an area placed in a larger one, "in" between.)
    const areaInArea = (k: number) => areaAt >= 0 && k < areaAt && (ADMINISTRATIVE_AREAS.has(tokens[k]!.text) ? tokens[k + 1]?.text === 'in'
      : tokens[k]!.text === 'in' && ADMINISTRATIVE_AREAS.has(tokens[k - 1]?.text ?? ''));
    // "director of rugby Nick Ashworth-Lyle", "head of communications Name": a field in lower case after the role.
    // ("Head of the provincial transportation agency Name": or a body described in lower case, lower-case-body-before-name.ts.)
    // ("Opposition Spokesman on Agriculture Name Name": a shadow post's field after "on".)
    // ("Cabinet member for the environment Name Name told …": or "the" before the field's lower-case words; forty-fifth
    // session, test-63 w16. Taken last, so a body described in lower case after "the" is read as before.)
    const fieldAfterThe = (k: number) => (DEFINITE.has(tokens[k]?.lower ?? '') && fieldLength(tokens, k + 1) > 0 ? 1 + fieldLength(tokens, k + 1) : 0);
    const field = ['of', 'for', 'on'].includes(tokens[from]!.text) ? fieldLength(tokens, from + 1) || lowerCaseBodyBeforeName(tokens, from + 1) || fieldAfterThe(from + 1) : 0;
    if (field > 0) from += 1 + field;
    // "permanent representative to NATO Alexander Grushko": the body the role belongs to comes before the name.
    else if (['to', 'of', 'for', 'on'].includes(tokens[from]!.text)) {
      from++;
      if (tokens[from] && DEFINITE.has(tokens[from]!.lower)) from++;
      // ("Deputy chair of the ministry's Forestry and Wildlife Committee Name": a body's word in the possessive, in lower
      // case, is the owner of the body named after it.)
      const owner = tokens[from];
      if (owner?.possessive && /^\p{Ll}/u.test(owner.text) && ORGANISATION_HEADS.has(owner.base.toLowerCase()) && tokens[from + 1] && isCapitalised(tokens[from + 1]!)) from++;
      const body = tokens[from];
      if (!body || !(isAcronym(body) || ORGANISATION_NAMES.has(body.lower) || isCapitalised(body))) return null;
      // ("MP for Point Fortin Name Name": a place opened by a word for a kind of place, place-opener-after-post.ts; taken
      // below when no word ends the body.)
      const openedPlace = placeOpensWithKindWord(tokens, from) ? from + 1 : -1;
      from++;
      // "Minister of Foreign and European Affairs Petra Horvat": a body of several words ends at its head word.
      // ("… of the Federation of Durian Growers Lim Kok Wah": or at a plural of people, "Growers", "Workers", "Exporters";
      // "Under-Secretary of State for Scotland Morag Drummond": or at the one word after "for", a place; each with a name
      // of two words or more after it.)
      let ended = false;
      for (let j = tokens.length - 2; j >= from; j--) {
        const plural = j <= tokens.length - 3 && /^\p{Lu}\p{Ll}{3,}(?:ers|ors)$/u.test(tokens[j]!.text);
        // ("Member for Kaikoura and Hurunui Name": or a seat of two places joined by "and", each one word.)
        const twoPlaces = tokens[j - 1]?.text === 'and' && /^\p{Lu}\p{Ll}{2,}$/u.test(tokens[j - 2]?.text ?? '') && ['for', 'of'].includes(tokens[j - 3]?.text ?? '');
        const place = j === tokens.length - 3 && j > from && (['for', 'of'].includes(tokens[j - 1]!.text) || twoPlaces) && /^\p{Lu}\p{Ll}{2,}$/u.test(tokens[j]!.text);
        // ("Member of Parliament for St Catherine South Central Name", "Member for Mallee North Name": a constituency ends
        // in a compass word; "Councillor for the Independence City division Name": or in a lower-case word for an electoral
        // area. Each with a name of two or three words after it.)
        const rest = tokens.slice(j + 1);
        const nameAfter = rest.length >= 2 && rest.length <= 3 && rest.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !ROLE_NOUNS.has(t.lower) && !COMPASS_WORDS.has(t.lower));
        const constituency = j >= from && nameAfter && /^\p{Lu}/u.test(tokens[j]!.text) && COMPASS_WORDS.has(tokens[j]!.lower);
        // ("MEC for Cooperative Governance Name", "Minister of Economic Development Name": a portfolio ends in a noun of a
        // field's shape, "-ance", "-ment", "-tion", before a name of two words.)
        // ("Leader of Government Business Name Name", "Vice President for Student Services Name Name", "Director of
        // Athletics Name Name": or in "-ness", "-ices", "-ics".)
        // ("Minister for Fisheries and Harbour Engineering T K Raghavan": or in "-ing", "Engineering", "Planning"; before a
        // name of two or three words, or one with initials, "T K Name", "A. B. Name".)
        const initial = (t: Token) => /^\p{Lu}\.?$/u.test(t.text);
        const withInitials = rest.length >= 2 && rest.length <= 4 && rest.some(initial) && !initial(rest.at(-1)!)
          && rest.every((t) => initial(t) || (/^\p{Lu}\p{Ll}/u.test(t.text) && !ROLE_NOUNS.has(t.lower) && !COMPASS_WORDS.has(t.lower)))
          && rest.filter((t) => !initial(t)).length <= 2;
        // ("Governor of Zavkhan aimag B.Enkhtuvshin", "Governor of Kaduna province Name": or a lower-case word for an
        // administrative area after its place's name.)
        const area = j >= from && (nameAfter || withInitials) && (ELECTORAL_AREAS.has(tokens[j]!.text) || ADMINISTRATIVE_AREAS.has(tokens[j]!.text));
        const portfolio = j >= from && ((j === tokens.length - 3 && nameAfter) || withInitials)
          && (/^\p{Lu}\p{Ll}{3,}(?:ance|ence|ments?|tions?|sions?|ture|ism|ity|ness|ices|ics)$/u.test(tokens[j]!.text)
            || /^\p{Lu}\p{Ll}{4,}ing$/u.test(tokens[j]!.text));
        // ("Director of Mineral Reserves Name Name", "Head of Coastal Surveys Name Name": or in a field's plural in "-s", before
        // a name of two words; thirty-seventh session. Guards: not "-ss", "-us", "-is" ("Congress", "Campus", "Analysis" are
        // read as before), no given name the lists know ("Director of Finance Charles Name Name" is no field "Finance
        // Charles"). The first word after "of" is passed already, so "Director of Reserves Name Name" is read the same.)
        const pluralField = j >= from && j === tokens.length - 3 && nameAfter && /^\p{Lu}\p{Ll}{3,}s$/u.test(tokens[j]!.text)
          && !/(?:ss|us|is)$/u.test(tokens[j]!.text) && givenNameGender(tokens[j]!.text) === null;
        // ("MP for East Coast GRC Gerald Quek Hwee Leng": or in a seat's or body's letters, before a name of two to four words.)
        const letters = j > from && isAcronym(tokens[j]!) && rest.length >= 2 && rest.length <= 4
          && rest.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !ROLE_NOUNS.has(t.lower) && !COMPASS_WORDS.has(t.lower));
        if (area) areaAt = j;
        if (!(endsBody(tokens[j]!) || plural || place || constituency || area || portfolio || letters || pluralField) || !isCapitalised(tokens[j + 1]!)) continue;
        if (tokens.slice(from, j + 1).every((t, k) => isCapitalised(t) || ['and', 'the', 'of', 'for'].includes(t.lower) || from + k === areaAt || (area && areaInArea(from + k)))) { from = j + 1; ended = true; }
        else areaAt = -1;
        break;
      }
      // ("Executive Vice President of Global Supply Chain Tomasz Wierzbicki": no word ends the body; a run of five or more
      // capitalised words, none between them, ends in a name of two. Not "Minister for Labour Abdul Mannan Chowdhury", a
      // name of three after a portfolio of one, nor "the Lahore Chamber of Small Traders"; nor "… of the Riverside Flour
      // Mills Association Abdul Karim Shah", a name of three after a body's head word no surname shares, cut below.)
      if (!ended && tokens.length - from >= 4 && tokens.slice(from).every((t) => isCapitalised(t))
        && !BODY_HEADS_NOT_SURNAMES.has(tokens.at(-4)!.lower)
        && tokens.slice(-2).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !endsBody(t) && !ROLE_NOUNS.has(t.lower))) from = tokens.length - 2;
      if (!ended && from === openedPlace) from++;
      // "the president of the National Electoral Council": a body's name to the end, and no person after it.
      // ("the chairwoman of the Hong Kong Scheduled Minibus Operators Association": a name ending in a body's word too.)
      // ("chief executive of Prairie Valley Medical Center in Bellmont": or before a preposition and the body's place.)
      const placed = tokens.findIndex((t, k) => k > from && PREPOSITIONS.has(t.text));
      const named = placed > 0 ? tokens.slice(from, placed) : tokens.slice(from);
      if (named.length > 0 && (BODY_HEADS.has(named.at(-1)!.lower) || BODY_NAME_ENDS.has(named.at(-1)!.lower)) && named.every((t) => isCapitalised(t))) return null;
    }
    // ("Head Coach & GM Name Name", "Chief Arbiter IM Name Name": a post's letters before the name, post-letters-before-name.ts.)
    if (from === r + 1 && isPostLettersBeforeName(tokens, from)) from++;
    // ("Mayor Pro Tem Name Name": "pro tem" is the post's, pro-tem-after-post.ts.)
    if (from === r + 1) from += proTemLength(tokens, from);
    let to = from;
    while (to < tokens.length && (isNameWord(tokens[to]!, tokens[to + 1])
      || (to > from && tokens[to + 1] !== undefined && isCapitalised(tokens[to + 1]!) && insideName(tokens, to)))) {
      to++;
      if (tokens[to - 1]!.possessive) break;
    }
    // ("deputy director of the Ben Tre Department of Agriculture": a body's head word is no part of a person's name; the
    // words before it name the body's place, and any name comes after it.)
    const head = tokens.slice(from, to).findLastIndex((t) => BODY_HEADS_NOT_SURNAMES.has(t.lower));
    if (head >= 0) from += head + 1;
    // ("Director General of the Authority Ato Name Name": a courtesy title after the post is no part of the name.)
    while (to - from > 2 && (amharicHonorificPart(tokens, from, true) || firstWordHonorific(tokens, from, true))) from++;
    const nameTokens = tokens.slice(from, to);
    if (nameTokens.length === 0 || (from > r + 1 && nameTokens.length < 2)) return null;
    if (to < tokens.length && !PREPOSITIONS.has(tokens[to]!.text)) return null;
    const title = tokens.slice(0, from);
    // "Mines and Energy Minister": "and" between two capitalised words of the post.
    const joinsPost = (k: number) => k > 0 && isCapitalised(title[k - 1]!) && title[k + 1] !== undefined && isCapitalised(title[k + 1]!);
    const inField = (k: number) => field > 0 && k > r + 1;
    // "Former corporator Name", "Retired bus driver Name": a person noun as the post, with up to two nouns before it.
    // (Not "A lorry driver I met": someone described, unnamed.)
    // (Nor "Energy supplier Brightwater Power": a business's kind, then its name.)
    const post = (k: number) => !ROLE_NOUNS.has(tokens[r]!.lower) && nameTokens.length >= 2 && !INDEFINITE.has(tokens[0]!.lower)
      && !BODY_KINDS.has(tokens[r]!.lower) && !BODY_NAME_ENDS.has(nameTokens.at(-1)!.lower)
      && (k === r || (k < r && isNounAdjunct(title, k, r)));
    // ("Te Rūnanga o Tūpoho chairperson Name": a name's particle between two capitalised words of the body before the post;
    // thirty-fifth session, test-16 w10.)
    const particleInBody = (k: number) => k > 0 && k < r && NAME_PARTICLES.has(title[k]!.text) && isCapitalised(title[k - 1]!) && isCapitalised(title[k + 1]!);
    // ("the 68-year-old retired boatman Name Name": an age among the description's words before a full name; age-among-description.ts.)
    const age = (k: number) => isAgeAmongDescription(title, k, r, nameTokens.length);
    if (!title.every((t, k) => inField(k) || k === areaAt || areaInArea(k) || post(k) || isModifier(t) || PREPOSITIONS.has(t.text) || t.text === 'and' && (from > r + 1 || joinsPost(k)) || isNationality(t.lower) || isRoleAdjunct(title, k) || particleInBody(k) || age(k))) return null;
    const roles: string[] = [];
    let qualifier: string | null = null;
    for (const [k, t] of title.entries()) {
      if (ROLE_NOUNS.has(t.lower) || (ROLE_MODIFIERS.has(t.lower) && !GENERIC_MODIFIERS.has(t.lower)) || isRoleAdjunct(title, k)
        || isRankBeforePost(title, k)) roles.push(normaliseRole(t.lower));
      // ("District Judge Name" is the one "the district judge said" means, "County Attorney Name" the county attorney: a
      // court's or a local unit's word right before the post is part of it, as it is in lower case.)
      else if (k === r - 1 && COURT_TIERS.has(t.text)) roles.push(t.lower);
      else if (!qualifier && (t.possessive || isNationality(t.lower) || isAcronym(t))) qualifier = qualifierKey(t.base);
    }
    // "Ambassador Olena Marchenko of Ukraine": whose post it is, after the name.
    const whose = tokens[to + 1];
    if (!qualifier && tokens[to]?.text === 'of' && whose && isCapitalised(whose)) qualifier = qualifierKey(whose.base);
    return { kind: 'name', name: nameTokens.map((t) => t.base), roles, qualifier, start: span.start, end: nameTokens.at(-1)!.end };
  }
  return null;
}

/** Nouns for one person of a nation that the nationality endings miss ("the Pole", "the Swede"); broad on purpose. */
const DEMONYMS = new Set(['pole', 'swede', 'dane', 'finn', 'scot', 'brit', 'briton', 'turk', 'spaniard', 'frenchman',
  'frenchwoman', 'dutchman', 'dutchwoman', 'englishman', 'englishwoman', 'irishman', 'irishwoman', 'scotsman', 'scotswoman',
  'welshman', 'welshwoman', 'czech', 'slovak', 'serb', 'croat', 'slovene', 'kazakh', 'uzbek', 'greek', 'thai', 'kiwi',
  'aussie', 'yank', 'icelander', 'new zealander', 'luxembourger', 'filipino', 'filipina', 'argentine', 'german', 'pakistani',
  'israeli', 'iraqi', 'saudi', 'kuwaiti', 'qatari', 'omani', 'yemeni', 'somali', 'nepali', 'bangladeshi', 'afghan']);

/** "Secretary General" is one post, written "secretary-general" elsewhere. (Middle initials stay in a name: "Rodolfo M. Santiago".) */
function secretaryGeneralAsOnePost(phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  if (phrase?.roles.includes('secretary') && phrase.roles.includes('general')) {
    phrase.roles = phrase.roles.filter((r) => r !== 'general');
  }
  return phrase;
}

/** How many of a body's own members join it as a subject ("and 17 of its member farms", "and several of its branches"). */
const MEMBER_COUNT_RE = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens|hundreds|several|many|some|most|all)$/u;

/** A name phrase read as a body's name: "Meteo Madagascar" after "the national weather service", "X, which said". */
export function nameAsBody(phrase: SpeakerPhrase): SpeakerPhrase {
  return { ...phrase, kind: 'organisation', body: phrase.name.join(' '), name: [] };
}

/**
 * Parses the words of a speaker phrase. Returns null when the words do not
 * name a person, a role, a body or an unnamed source ("Many at NATO").
 */
export function parseSpeakerPhrase(all: Token[]): SpeakerPhrase | null {
  // ("According to parking.brussels, the regional parking agency, …", "nextbike.de said": a body that calls itself by its
  // web address, printed in lower case; thirty-fifth session, test-47 w12. Guard: one word only, its first part three
  // letters or more and its last two to twelve letters, so "a.m.", "e.g." and "No. 4" are never read so.)
  // ("Fishermen-turned-patrollers say": people named by what they were and are now, unnamed; turned-compound-group.ts.
  // Forty-second session.)
  if (all.length === 1 && isTurnedCompoundGroup(all[0]!.text)) return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: true, start: all[0]!.start, end: all[0]!.end };
  if (all.length === 1 && WEB_ADDRESS_RE.test(all[0]!.text)) {
    return { kind: 'organisation', body: all[0]!.text, name: [], roles: [], qualifier: null, start: all[0]!.start, end: all[0]!.end };
  }
  // ("Staff said the school had asked for help": a lone collective for people, an unnamed group; lone-collective-staff.ts.)
  if (all.length === 1 && isLoneCollective(all[0]!.text)) {
    return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, start: all[0]!.start, end: all[0]!.end };
  }
  // ("The former said", "the latter says": one of the pair named just before, found by the resolver; former-and-latter.ts.)
  const ordinal = formerOrLatter(all);
  if (ordinal) return { kind: 'title', ordinal, name: [], roles: [], qualifier: null, start: all[0]!.start, end: all[1]!.end };
  // ("DO I Name Name": a rank in letters with its grade, passed over; rank-letters-with-grade.ts.)
  const graded = rankLettersWithGrade(all);
  if (graded > 0) {
    const named = parseSpeakerPhrase(all.slice(graded));
    if (named?.kind === 'name' && named.roles.length === 0) return { ...named, start: all[0]!.start };
  }
  // ("Centre Name Name added …": a player's position that is also a plain or body's word, passed over;
  // position-word-before-name.ts.)
  if (positionWordBeforeName(all)) {
    const named = parseSpeakerPhrase(all.slice(1));
    if (named?.kind === 'name' && named.roles.length === 0) return { ...named, start: all[0]!.start };
  }
  // ("Mother of four Name Name said": the description printed without hyphens passed over; parent-of-children-before-name.ts.)
  const ofChildren = parentOfChildrenBeforeName(all, 0);
  if (ofChildren > 0) {
    const named = parseSpeakerPhrase(all.slice(ofChildren));
    if (named?.kind === 'name' && named.roles.length === 0) return { ...named, start: all[0]!.start };
  }
  const read = chiefOfficerAsPost(withoutCommonOwner(parsePhraseWithOwner(all)));
  // ("Staff were told …": the word alone read with the verb after it is still the unnamed group; lone-collective-staff.ts.)
  if (read && isLoneCollectiveRead(read.kind, read.body, read.name, read.roles)) {
    return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, start: read.start, end: read.end };
  }
  return read;
}

/**
 * "Chief Operating Officer", "Chief Financial Officer of the Federation of …": a chief's post whose middle word the role
 * lists do not know is no person "Operating Officer"; the three words are the post (a later "he said" then went to that
 * "person"). Forty-first session, dev d770. Guard: "Chief" the phrase's only role, then one capitalised word and
 * "Officer", no other name word.
 */
function chiefOfficerAsPost(phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  if (phrase?.kind !== 'name' || phrase.name.length !== 2 || phrase.name[1] !== 'Officer' || phrase.roles.length !== 1 || phrase.roles[0] !== 'chief') return phrase;
  if (!/^\p{Lu}\p{Ll}+$/u.test(phrase.name[0]!)) return phrase;
  // (The roles as the directory keeps such a post's holder's, "Chief Operating Officer Name": chief, officer.)
  return { ...phrase, kind: 'title', name: [], roles: ['chief', 'officer'] };
}

/** A web address printed in lower case as a name: "parking.brussels", "bbc.co.uk", "city-bikes.nl". */
const WEB_ADDRESS_RE = /^[\p{Ll}\p{N}][\p{Ll}\p{N}-]{2,}(?:\.[\p{Ll}\p{N}-]+)*\.\p{Ll}{2,12}$/u;

/**
 * ("The province's Ministry of Forests said", "the city's Parks Department": a place's possessive before a body's
 * capitalised name says where the body is, and is no part of the name; thirty-fourth session. Guards: one lower-case word
 * for a place with its possessive, then a capital, so "fishermen's union" and "governor's office", all lower case, are
 * kept whole, and a body's own unit keeps its owner, "the council's Roads Committee" (a committee of that council).)
 */
function withoutCommonOwner(phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  if (phrase?.kind !== 'organisation' || !phrase.body) return phrase;
  const owner = /^(\p{Ll}+)['\u2019]s\s+(?=\p{Lu})/u.exec(phrase.body);
  return owner && PLACE_OWNERS.has(owner[1]!) ? { ...phrase, body: phrase.body.slice(owner[0].length) } : phrase;
}

/** Common nouns for a place whose public bodies carry their own names ("the province's Ministry of Forests"). */
const PLACE_OWNERS = new Set(['province', 'state', 'city', 'country', 'nation', 'region', 'county', 'territory', 'island',
  'town', 'district', 'canton', 'municipality', 'republic', 'emirate', 'kingdom', 'capital', 'borough', 'prefecture']);

function parsePhraseWithOwner(all: Token[]): SpeakerPhrase | null {
  // ("…, the operator, Harbour Link Ferries, confirmed Thursday.": a weekday alone after the verb is when it was said, never
  // who said it; the subject before the verb speaks; weekday-never-speaker. Guard: a weekday alone, not a month, which may
  // be a given name, "said June".)
  if (all.length === 1 && WEEKDAYS_RE.test(all[0]!.text)) return null;
  // ("a University of the Southern Tablelands study": a named maker with "of the" inside, then the document's noun, read
  // before "of the" is taken for a post's "of"; namedMakerWithJoiners.)
  // ("the Hiroshima Prefectural Fisheries and Marine Technology Center", "Montana Fish, Wildlife and Parks"-like names
  // without the comma: capitalised words joined by one "and" or "&", ending in a body's head word, are one body's name,
  // not two speakers; bodyNameWithAnd. Thirty-fourth session, test-47 w13.)
  const andName = bodyNameWithAnd(all);
  if (andName) return { kind: 'organisation', body: andName, name: [], roles: [], qualifier: null, start: all[0]!.start, end: all.at(-1)!.end };
  // (An auxiliary may close it, "…, a University of the X study has found": the verb's own word.)
  const noun = all.length >= 5 && /^(?:has|have|had)$/u.test(all.at(-1)!.lower) ? all.at(-2)! : all.at(-1)!;
  const makerWords = all.slice(0, all.lastIndexOf(noun));
  const joinedMaker = makerWords.length >= 3 && DOCUMENT_NOUNS.has(noun.lower) ? namedMakerWithJoiners(makerWords) : null;
  if (joinedMaker) {
    return { kind: 'organisation', body: joinedMaker, name: [], roles: [], qualifier: null, document: noun.lower, start: all[0]!.start, end: all.at(-1)!.end };
  }
  // ("Fort Ardley's mayor said", "Hastings' mayor said": a place's office with the place as its owner, a post, never the
  // place read as a name; office-owned-by-place.ts.)
  const placeOffice = placeOwnedOffice(all, qualifierKey);
  if (placeOffice) return placeOffice;
  // ("His Excellency pointed out that …", "said Her Excellency": Gulf and Commonwealth state copy's form of address for a
  // minister or an envoy just named stands for that person, as "he" or "she" does. Guard: only the two words alone.)
  const addressed = styledAsPronoun(all);
  if (addressed) return addressed;
  // ("the D.G. said": a post's capitals with full stops read as "the DG" is, a short name the resolver may find spelled by a
  // post printed before; initials-of-a-post.ts. Guard: "the" and the dotted capitals alone.)
  if (all.length === 2 && all[0]!.lower === 'the' && /^(?:\p{Lu}\.){2,4}$/u.test(all[1]!.text)) {
    return { kind: 'organisation', body: all[1]!.text.replace(/\./gu, ''), name: [], roles: [], qualifier: null, start: all[0]!.start, end: all[1]!.end };
  }
  // ("the 41-year-old said", "the 64-year-old grazier": an age as a second reference, read as a post of its own that the
  // resolver matches against the name printed with that age; described-by-age-or-children.ts.)
  if (all.length >= 2 && all.length <= 3 && all[0]!.lower === 'the' && /^\d{1,3}-year-old$/u.test(all[1]!.lower)
    && (all.length === 2 || /^\p{Ll}[\p{Ll}-]*$/u.test(all[2]!.text))) {
    return { kind: 'title', name: [], roles: [all.length === 3 ? all[2]!.lower : 'person'], qualifier: null, start: all[0]!.start, end: all.at(-1)!.end };
  }
  // ("Her doctor said", "his GP told": a carer of the one the pronoun means, read from the carer's word, as "His lawyer"
  // is; owned-carer.ts.)
  if (all.length === 2 && POSSESSIVE_PRONOUNS.has(all[0]!.lower) && all[0]!.lower !== 'its' && isCarer(all[1]!.lower)) {
    return { kind: 'title', name: [], roles: [normaliseRole(all[1]!.lower)], qualifier: null, start: all[1]!.start, end: all[1]!.end };
  }
  // ("The younger Mahlangu said": "the elder / older / younger" before a surname is that bearer of it, the resolver
  // tells which; elder-younger-bearer.ts. Guard: one or two capitalised words after it, read as a name.)
  if (all.length >= 3 && all.length <= 4 && all[0]!.lower === 'the' && ['elder', 'older', 'younger'].includes(all[1]!.lower)) {
    const rest = parsePhraseAsPrinted(all.slice(2));
    if (rest?.kind === 'name' && rest.name.length === all.length - 2) return { ...rest, roles: [], start: all[0]!.start, end: all.at(-1)!.end };
  }
  // ("A retired dentist named Maud Fairlie, 81, said", "a farmer called Tom Reid said": a description, then "named" /
  // "called" and a full name, is that person, the description their post; the thirty-second session's probe of English
  // speakers. Guard: "a" / "an" / "one" first, "named" / "called" after a lower-case word, then two or three capitalised
  // words and at most an age; "a group named Water Watch" is no person's description and stays the group's.)
  const namedAt = all.findIndex((t, k) => k >= 2 && (t.lower === 'named' || t.lower === 'called') && /^\p{Ll}/u.test(all[k - 1]!.text));
  if (namedAt > 0 && ['a', 'an', 'one'].includes(all[0]!.lower)) {
    const rest = all.slice(namedAt + 1).filter((t) => !/^(?:,|\d{1,3})$/u.test(t.text));
    const described = parsePhraseAsPrinted(all.slice(0, namedAt));
    if (rest.length >= 2 && rest.length <= 3 && rest.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) && described?.kind === 'anonymous' && !described.plural
      // (The word before "named" one for a person: "a charity called Open Door" is a body's description.)
      && isPersonNoun(all[namedAt - 1]!.lower)) {
      return { kind: 'name', name: rest.map((t) => t.text), roles: described.roles, qualifier: null, start: all[0]!.start, end: all.at(-1)!.end };
    }
  }
  // ("the fourth-year coach": a tenure word before a post is none of its roles; tenure-before-post.ts.)
  const printed = withoutTenureWords(asJudgeByTitle(withPostBeforeCourtesyTitle(all, parsePhraseAsPrinted(all))));
  // ("Fine Gael's Name Name", "the Greens' Name Name": an owner of capitalised words before a name; owner-before-name.ts.)
  if (all.some((t) => isCyrillic(t.text))) return printed;
  return ownerBeforeName(all, printed, (rest) => parseSpeakerPhrase(rest), qualifierKey) ?? printed;
}

/**
 * "Turaga ni Koro Ratu Name Name", "Village Headman Haji Name Name": a post before a courtesy title and a full name is
 * no part of the name (post-before-courtesy-title.ts); taken only where the phrase read otherwise is no name, or a name
 * holding words before the title.
 */
function withPostBeforeCourtesyTitle(all: Token[], phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  if (phrase && phrase.kind !== 'name') return phrase;
  const k = courtesyTitleAfterPost(all);
  if (k < 0) return phrase;
  const name = all.slice(k + 1);
  if (phrase && phrase.name.length <= name.length) return phrase;
  const post = parsePhraseAsPrinted(all.slice(0, k));
  const roles = post?.kind === 'title' || post?.kind === 'name' ? post.roles : [];
  return { kind: 'name', name: name.map((t) => t.base), roles, qualifier: post?.kind === 'title' ? post.qualifier : null, start: all[0]!.start, end: all.at(-1)!.end };
}

/**
 * "Mr Justice Aldous-Pryce", "Justice Amara Osei": a judge's title alone before the name makes them the judge a later
 * "the judge said" means. (Not "Justice Minister Name", whose post is the minister's.)
 */
function asJudgeByTitle(phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  return phrase?.kind === 'name' && phrase.roles.length === 1 && phrase.roles[0] === 'justice' ? { ...phrase, roles: ['judge'] } : phrase;
}

/** Russian words before a capitalised word that are no description of a person («а Галина», «и Тамара»). */
const RU_NOT_DESCRIPTIONS = new Set(['и', 'а', 'но', 'что', 'как', 'где', 'когда', 'уже', 'еще', 'ещё', 'тоже', 'также', 'даже', 'только', 'вот', 'это', 'там', 'тут']);

function parsePhraseAsPrinted(all: Token[]): SpeakerPhrase | null {
  // («— рассказывает ткачиха Галина», «— говорит пенсионерка Тамара»: a word for what a person is, then a given name alone
  // in the nominative, is that person by the given name; it was read as a post with a place, «тама», or not at all.
  // Guards: two words only, the first lower case and no conjunction or particle, the second a known given name as it
  // stands, so «мама Тамары» (genitive) and «губернатор Тамбова» keep their readings.)
  if (all.length === 2 && isCyrillic(all[0]!.text) && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(all[0]!.text) && !RU_NOT_DESCRIPTIONS.has(all[0]!.lower)
    && /^\p{Lu}\p{Ll}+$/u.test(all[1]!.text) && givenNameGender(all[1]!.text) !== null) {
    const read = parseRussianPhrase(all);
    if (read?.kind === 'name') return read;
    return { kind: 'name', name: [all[1]!.text], roles: read?.kind === 'title' ? read.roles : [all[0]!.lower], qualifier: null, start: all[0]!.start, end: all[1]!.end };
  }
  if (all.some((t) => isCyrillic(t.text))) return parseRussianPhrase(all);
  let tokens = all;
  while (tokens.length > 0 && isSubjectTrailer(tokens[tokens.length - 1]!)) tokens = tokens.slice(0, -1);
  // ("Local media reported that …", "Media reports said …": outlets nobody names, before a document's owner is looked for;
  // unnamed-media.ts.)
  if (isUnnamedMedia(tokens)) return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: true, start: tokens[0]!.start, end: tokens.at(-1)!.end };
  // "Prof MacAleese", "Mr Reese": a courtesy title makes the word after it a surname, even one ending as a nationality does.
  const courtesy = tokens.at(-2);
  const surname = tokens.at(-1);
  if (courtesy && surname && HONORIFICS.has(courtesy.lower) && /^\p{Lu}/u.test(courtesy.text) && isCapitalised(surname) && isNationality(surname.lower)) {
    return { kind: 'name', name: [surname.base], roles: [], qualifier: null, start: surname.start, end: surname.end };
  }
  // "Lord Haverigg of Millom said": a peer's title with its place (peer-territorial-designation.ts).
  const peer = peerWithDesignation(tokens);
  if (peer) return peer;
  // ("Our correspondent in Bairnsdale says", "08:15 Our reporter on the A30 says": the outlet's own reporter, not named,
  // and where they are, is an unnamed source; "Our reporter Name" names them.)
  const ourAt = tokens.findIndex((t) => t.lower === 'our');
  if (ourAt >= 0 && tokens.slice(0, ourAt).every((t) => /^\d{1,2}$/u.test(t.text)) && /^(?:reporter|correspondent)s?$/u.test(tokens[ourAt + 1]?.lower ?? '')
    && (tokens.length === ourAt + 2 || PREPOSITIONS.has(tokens[ourAt + 2]!.text))) {
    return { kind: 'anonymous', plural: tokens[ourAt + 1]!.lower.endsWith('s') || undefined, name: [], roles: [], qualifier: null, start: tokens[ourAt]!.start, end: tokens.at(-1)!.end };
  }
  tokens = stripNoise(tokens);
  // ("An Bord Pleanála said": an Irish body's name opened by its article, irish-article-name.ts.)
  const irish = irishArticleName(tokens);
  if (irish) return { kind: 'organisation', body: irish, name: [], roles: [], qualifier: null, start: tokens[0]!.start, end: tokens.at(-1)!.end };
  // ("Grama Niladhari of the area Name Name said": a post of a unit, then the holder's full name, post-of-the-unit.ts.)
  const unitPost = postOfTheUnitThenName(tokens);
  const holder = unitPost ? parseSpeakerPhrase([...unitPost.name]) : null;
  if (unitPost && holder?.kind === 'name' && holder.roles.length === 0 && holder.name.length >= 2) {
    const roles = unitPost.post.filter((t) => ROLE_NOUNS.has(t.lower)).map((t) => normaliseRole(t.lower));
    return { ...holder, roles, start: tokens[0]!.start, end: tokens.at(-1)!.end };
  }
  // ("The Health Service Executive said": a body named as an Executive, executive-body.ts.)
  const executive = executiveBodyName(tokens);
  if (executive) return { kind: 'organisation', body: executive, name: [], roles: [], qualifier: null, start: tokens[0]!.start, end: tokens.at(-1)!.end };
  // ("…, the Housing Ombudsman has found.": an ombudsman with the field it serves is the office, ombudsman-office.ts.)
  const ombudsman = ombudsmanOfficeName(tokens);
  if (ombudsman) return { kind: 'organisation', body: ombudsman, name: [], roles: [], qualifier: null, start: tokens[0]!.start, end: tokens.at(-1)!.end };
  // ("The Fédération des Viticulteurs de l'Yonne": a body's name in a Romance language with its small words, foreign-body-name.ts.)
  const foreign = foreignBodyName(tokens, (w) => BODY_NAME_STARTS.has(w));
  if (foreign) return { kind: 'organisation', body: foreign, name: [], roles: [], qualifier: null, start: tokens[0]!.start, end: tokens.at(-1)!.end };
  // ("The ministry's press service said", press-office.ts; "the management of the Name said", management-of-body.ts:
  // the body they speak for.)
  const spokenFor = pressOfficeOwner(tokens) ?? managedBodyName(tokens);
  if (spokenFor) {
    const who = parseSpeakerPhrase(spokenFor);
    if (who?.kind === 'organisation' || who?.kind === 'name') {
      return { ...(who.kind === 'name' ? nameAsBody(who) : who), start: tokens[0]!.start, end: tokens.at(-1)!.end };
    }
  }
  // ("Analysts at Nordea said", "Morgan Stanley analysts wrote": a named firm's research is the firm's, research-firm.ts;
  // "Wall Street analysts", a place's, is not: before the role, only a body's name.)
  const firm = researchFirm(tokens);
  if (firm) {
    const who = parseSpeakerPhrase(firm.name);
    // (The name as printed, every word: "Aurelian Energy Insight" is no person "Energy Insight".)
    // (Not a country or a place, "Analysts from Russia", "Wall Street analysts", "City analysts": no firm's name.)
    const place = !firm.kind && (who?.qualifier || (firm.before && (firm.name.length < 2 || PLACE_ENDS.has(firm.name.at(-1)!.lower))));
    // ("The board's analysts": the kind's word, for the resolver to find the body named by it, else unnamed.)
    if (firm.kind) return { kind: 'organisation', body: firm.name[0]!.lower, research: true, name: [], roles: [], qualifier: null, start: tokens[0]!.start, end: tokens.at(-1)!.end };
    if (!place && (who?.kind === 'organisation' || (who?.kind === 'name' && !firm.before))) {
      return { kind: 'organisation', body: firm.name.map((t) => t.text).join(' '), research: true, name: [], roles: [], qualifier: null, start: tokens[0]!.start, end: tokens.at(-1)!.end };
    }
  }
  // "The X Growers Cooperative and 17 of its member farms say …": a body joined by some of its own members speaks for them.
  const members = tokens.findIndex((t, k) => k > 0 && t.lower === 'and' && MEMBER_COUNT_RE.test(tokens[k + 1]?.lower ?? '')
    && tokens[k + 2]?.lower === 'of' && ['its', 'their'].includes(tokens[k + 3]?.lower ?? ''));
  if (members > 0) {
    const body = parseSpeakerPhrase(tokens.slice(0, members));
    if (body?.kind === 'organisation') return { ...body, start: tokens[0]!.start, end: tokens.at(-1)!.end };
  }
  // "Dr Tan and her colleagues warn that …": a named person and the people they work with speak as that person.
  const withTeam = tokens.length >= 4 && tokens.at(-3)?.lower === 'and' && ['his', 'her', 'their'].includes(tokens.at(-2)!.lower)
    && TEAM_WORDS.has(tokens.at(-1)!.lower);
  if (withTeam) {
    const lead = parseSpeakerPhrase(tokens.slice(0, -3));
    if (lead?.kind === 'name') return { ...lead, end: tokens.at(-1)!.end };
  }
  if (tokens.length === 0 || tokens.length > MAX_PHRASE_WORDS) return null;
  // "Hardin County Judge-Executive Mona Reeves", "Township Clerk-Treasurer Name": a hyphenated post (a part of it a post)
  // after capitalised words (a place, a body), then a name of two or three words: the person, not a name of five words.
  // (Forty-fifth session, test-63 w03: or opening the phrase, "Judge-Executive Name Name said", with no place before it;
  // it had been read as a name of three words, the post with it.)
  const hyphenPost = tokens.findIndex((t) => /^\p{Lu}\p{L}+-\p{L}+$/u.test(t.text) && t.lower.split('-').some((w) => ROLE_NOUNS.has(w)));
  if (hyphenPost >= 0 && tokens.length - hyphenPost - 1 >= 2 && tokens.length - hyphenPost - 1 <= 3
    && tokens.slice(hyphenPost + 1).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !ROLE_NOUNS.has(t.lower))
    && tokens.slice(DEFINITE.has(tokens[0]!.lower) ? 1 : 0, hyphenPost).every((t) => isCapitalised(t) && !t.possessive)) {
    const roles = tokens[hyphenPost]!.lower.split('-').filter((w) => ROLE_NOUNS.has(w)).map((w) => normaliseRole(w));
    return { kind: 'name', name: tokens.slice(hyphenPost + 1).map((t) => t.base), roles, qualifier: null, start: tokens[0]!.start, end: tokens.at(-1)!.end };
  }
  // ("The Director-General further stated …", "the Secretary-General said": "the" and a hyphenated post whose every part is a
  // post's word, alone, is that post, as "the Director General" is; the resolver gives it to whoever was named with it.
  // Guard: every part a post's word ("the Smith-Jones" is a surname), "the" before it, and not a post listed whole,
  // "secretary-general", which was read before.)
  if (tokens.length === 2 && DEFINITE.has(tokens[0]!.lower) && /^\p{Lu}\p{L}+-\p{L}+$/u.test(tokens[1]!.text)
    && !ROLE_NOUNS.has(tokens[1]!.lower) && tokens[1]!.lower.split('-').every((w) => ROLE_NOUNS.has(w))) {
    const roles = tokens[1]!.lower.split('-').map((w) => normaliseRole(w));
    return { kind: 'title', name: [], roles, qualifier: null, start: tokens[0]!.start, end: tokens[1]!.end };
  }
  // "Local 417 said", "Service Employees Local 417 said": a union's local, named by its number, is a body.
  const local = tokens.length >= 2 && tokens.at(-2)!.text === 'Local' && /^\d{1,5}$/u.test(tokens.at(-1)!.text)
    && tokens.slice(0, -2).every((t) => isCapitalised(t) || isAcronym(t) || (t === tokens[0] && DEFINITE.has(t.lower)));
  if (local) {
    const named = DEFINITE.has(tokens[0]!.lower) ? tokens.slice(1) : tokens;
    return { kind: 'organisation', body: named.map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, start: tokens[0]!.start, end: tokens.at(-1)!.end };
  }
  // ("Westmeath GAA said", "Ohio EPA said": a place's word and an agency's or a branch's acronym, name-ending-in-acronym.ts.)
  const acronymBody = nameEndingInAcronym(tokens, (t) => !HONORIFICS.has(t.lower) && !ROLE_NOUNS.has(t.lower) && !isPersonNoun(t.lower));
  if (acronymBody) return { kind: 'organisation', body: acronymBody, name: [], roles: [], qualifier: null, start: tokens[0]!.start, end: tokens.at(-1)!.end };
  // ("Sierpień 80 said" where the text printed "the Sierpień 80 union": a body named with a number, numbered-body.ts.)
  const numbered = numberedBodyName(tokens);
  if (numbered) return { kind: 'organisation', body: numbered, name: [], roles: [], qualifier: null, start: tokens[0]!.start, end: tokens.at(-1)!.end };
  // ("The Teamsters local representing workers at … said": a union's branch, union-local.ts.)
  const branch = unionLocalName(tokens);
  if (branch) return { kind: 'organisation', body: branch, name: [], roles: [], qualifier: null, start: tokens[0]!.start, end: tokens.at(-1)!.end };
  const regional = bodyBranchName(tokens);
  if (regional) return { kind: 'organisation', body: regional, name: [], roles: [], qualifier: null, start: tokens[0]!.start, end: tokens.at(-1)!.end };
  // ("But the chair … put it well:", "Before we begin, …": a sentence's opening word alone names nobody.)
  if (tokens.length === 1 && (SENTENCE_OPENERS.has(tokens[0]!.lower) || SUBORDINATORS.has(tokens[0]!.lower))) return null;
  const span = { start: tokens[0]!.start, end: tokens.at(-1)!.end };
  // "It added that …": a body spoke before ("The health ministry said …").
  if (tokens.length === 1 && tokens[0]!.lower === 'it') return { kind: 'pronoun', pronoun: 'it', name: [], roles: [], qualifier: null, ...span };
  // "The United Kingdom", "South Africa": a country of two or three words.
  const place = tokens.length > 1 && DEFINITE.has(tokens[0]!.lower) ? tokens.slice(1) : tokens;
  if (isPlaceName(place)) return { kind: 'organisation', body: place.map((t) => t.base).join(' '), name: [], roles: [], qualifier: qualifierKey(place.map((t) => t.base).join('')), ...span };
  if (tokens.length === 1 && tokens[0]!.lower === 'they') return { kind: 'pronoun', pronoun: 'they', name: [], roles: [], qualifier: null, ...span };
  // "his office said": the office of the person just named speaks as a body.
  if (tokens.length > 1 && POSSESSIVE_PRONOUNS.has(tokens[0]!.lower) && ORGANISATION_HEADS.has(tokens.at(-1)!.lower)) {
    return { kind: 'organisation', body: tokens.map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, ...span };
  }
  // "One insider said …. Another claimed …", "Others said": more of an unnamed group. ("Locals were divided. Some said
  // …, while others said …", "Many said": part of the group the text just described.)
  // ("Local shopkeepers are angry. One, who runs a bakery, said …", "One said …": one of them.)
  // ("Nurses at the hospital are less sure. Several said …": more of them. Not "Most" or "A few": the words before a
  // group's noun left alone when a participle's subject is cut, "most countries ignored it, saying …".)
  // ("Democrats say they will offer an amendment", "Republicans argue that": a party's members in the plural, no word of
  // the party's name before it, are an unnamed group of them; "the Liberal Democrats said" is the party.)
  if (tokens.length === 1 && /^\p{Lu}/u.test(tokens[0]!.text) && PARTY_MEMBERS_PLURAL.has(tokens[0]!.lower)) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: true, ...span };
  }
  // ("The club's medical team said": some of a body's staff, unnamed; owned-staff-team.ts.)
  if (isOwnedStaffTeam(tokens)) return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: true, ...span };
  if (tokens.length === 1 && ['another', 'others', 'some', 'many', 'one', 'several'].includes(tokens[0]!.lower)) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: !['another', 'one'].includes(tokens[0]!.lower), ...span };
  }
  // ("Residents got the text at dawn. Most said they …": most of the group just described, unnamed. Guard: "Most" alone and
  // capitalised, opening its sentence right before the verb; a lower-case "most" is what is left of a cut subject, "but
  // most countries ignored it, saying …", and stays as it was.)
  if (tokens.length === 1 && tokens[0]!.text === 'Most' && tokens[0]!.start === all[0]!.start) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: true, ...span };
  }
  // ("One driver said …; the other said …", "Some stayed. The others said …": the rest of a group the text left unnamed,
  // as "another" and "others" are. Only the bare pair: "the other driver" is read by its noun.)
  if (tokens.length === 2 && tokens[0]!.lower === 'the' && ['other', 'others'].includes(tokens[1]!.lower)) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: tokens[1]!.lower === 'others', ...span };
  }
  // ("…, according to two people at the meeting. …, one of them said. The second person said …": the second of an unnamed
  // pair or group, as "the other" is; "the third source added". Thirty-eighth session, d2014. Guards: "the" and an ordinal
  // of two to four, then "person" or "source" alone; "the second official" and a named second person are read as before.)
  // ("…, one of the two said. …, the other person said.": "the other person" is the rest of the pair, as the bare "the other"
  // is; thirty-ninth session, d2142. Guard: "person" or "source" only, "the other official" as before.)
  if (tokens.length === 3 && tokens[0]!.lower === 'the' && ['second', 'third', 'fourth', 'other'].includes(tokens[1]!.lower) && ['person', 'source'].includes(tokens[2]!.lower)) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: false, ...span };
  }
  // ("…, a figure close to the yard said. …, the figure added.": "figure" for a person, the unnamed one the text called so,
  // found by its word as "the source" is; thirty-eighth session, d2013. Guard: "the figure" alone, read as a post the
  // resolver looks for among the unnamed sources; "Industry figures have told us" stays as it was.)
  if (tokens.length === 2 && tokens[0]!.lower === 'the' && tokens[1]!.text === 'figure') {
    return { kind: 'title', name: [], roles: ['figure'], qualifier: null, ...span };
  }
  // ("Someone close to the player said", "Those familiar with the talks say", "somebody who knows him": people described by
  // what they know or whom they are close to, never named.)
  if (tokens.length >= 2 && ['someone', 'somebody', 'those', 'anyone', 'anybody'].includes(tokens[0]!.lower)
    && (SOURCE_DESCRIPTIONS.has(tokens[1]!.lower) || ['with', 'at', 'in', 'inside', 'within', 'around'].includes(tokens[1]!.lower))) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: tokens[0]!.lower === 'those', ...span };
  }
  // ("Some at the meeting said", "Many in the crowd said", "Others at the vigil said": a share of the people at a gathering,
  // never named.)
  if (tokens.length >= 3 && ['some', 'many', 'several', 'others', 'most'].includes(tokens[0]!.lower) && ['at', 'in'].includes(tokens[1]!.lower)
    && tokens[2]!.lower === 'the' && tokens.slice(3).every((t) => /^\p{Ll}/u.test(t.text))) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: true, ...span };
  }
  // "The woman, who worked there for six years, said": the woman the text just described, as "she" is.
  if (tokens.length === 2 && DEFINITE.has(tokens[0]!.lower) && GENDERED_PEOPLE[tokens[1]!.lower]) {
    return { kind: 'pronoun', pronoun: GENDERED_PEOPLE[tokens[1]!.lower], name: [], roles: [], qualifier: null, ...span };
  }
  // "the Pole said", "the Australian added": a person called by their nationality, whoever the text just named (not a
  // people in the plural, "the Dutch", "the Japanese").
  // ("the South African", "the New Zealander": a compass word or "New" first.)
  const demonym = tokens.at(-1)!;
  const compass = tokens.length === 3 && /^(?:South|North|East|West|New)$/u.test(tokens[1]!.text);
  if ((tokens.length === 2 || compass) && tokens[0]!.lower === 'the' && isCapitalised(demonym) && !demonym.possessive
    && (DEMONYMS.has(demonym.lower) || /^\p{Lu}\p{Ll}{2,}(?:ian|ean|an|i|er)$/u.test(demonym.text) && (isNationality(demonym.lower) || compass))) {
    return { kind: 'title', name: [], roles: ['nationality'], qualifier: null, ...span };
  }
  // ("The Yorkshireman said", "the Ulsterman added", "the Welshwoman": a county's or a nation's word and "-man" / "-woman",
  // read as the nationality is, whoever the text just named. Guard: the stem ends as a place or a people's adjective does,
  // -shire, -ster, -land, -ish, -ch, -x, or is "Scots" (so "the Spokesman", "the Chairman", capitalised posts, stay posts).)
  if (tokens.length === 2 && tokens[0]!.lower === 'the' && !demonym.possessive
    && /^(?:\p{Lu}\p{Ll}+(?:shire|ster|land|ish|ch|x)|Scots)(?:man|woman)$/u.test(demonym.text)) {
    return { kind: 'title', name: [], roles: ['nationality'], qualifier: null, ...span };
  }
  // "the Otero County sheriff", "the Marin County district attorney": a post of a county, city or parish, named by it.
  const unit = tokens.findIndex((t, k) => k > 0 && LOCAL_UNITS.has(t.text));
  if (unit > 0 && unit < tokens.length - 1 && ROLE_NOUNS.has(tokens.at(-1)!.lower)
    && tokens.slice(DEFINITE.has(tokens[0]!.lower) ? 1 : 0, unit).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !t.possessive)
    && tokens.slice(unit + 1).every((t) => /^\p{Ll}/u.test(t.text) && (ROLE_NOUNS.has(t.lower) || ROLE_MODIFIERS.has(t.lower) || isRoleAdjunct(tokens, tokens.indexOf(t))))) {
    const place = tokens.slice(DEFINITE.has(tokens[0]!.lower) ? 1 : 0, unit).map((t) => t.text).join('');
    return { kind: 'title', name: [], roles: tokens.slice(unit + 1).filter((t) => ROLE_NOUNS.has(t.lower)).map((t) => normaliseRole(t.lower)), qualifier: qualifierKey(place), ...span };
  }
  // "WHO regional director …": an acronym, not the pronoun.
  if (NOT_NAMES.has(tokens[0]!.lower) && !/^\p{Lu}{2,}$/u.test(tokens[0]!.text)) return null;
  const allCaps = tokens.every((t) => !/\p{Ll}/u.test(t.text));
  // ("Senior figures in the party said", "Figures within the club are believed to have told": people, not numbers, and
  // unnamed; before the document's reading of "figures", figures-of-standing.ts.)
  // ("Members of the Faculty Senate said": a named body's people, unnamed, not the body's name; members-of-named-body.ts.)
  if (isFiguresOfStanding(tokens) || isMembersOfBody(tokens)) return { kind: 'anonymous', name: [], roles: [], qualifier: null, plural: true, ...span };
  // "Save the Children", "Campaign for Better Transport": a capitalised word, then capitalised words joined by small ones,
  // no post among them, name a body ("Samuel Oyelaran of the University of Bristol" is a person: two words first).
  // (Not when the first is a people noun: "Officials of the Ministry" are unnamed; so is "Friends of the Earth", a miss.)
  if (tokens.length >= 3 && isCapitalised(tokens[0]!) && isCapitalised(tokens.at(-1)!) && !allCaps
    && !isUnnamedHead({ text: tokens[0]!.lower, lower: tokens[0]!.lower }) && !isDeanOfField(tokens, 0)
    && tokens.findIndex((t) => NAME_JOINERS.has(t.text)) === 1 && tokens.every((t) => (isCapitalised(t) && !t.possessive && !ROLE_NOUNS.has(t.lower)
      && !isPersonNoun(t.lower) && !DEFINITE.has(t.lower) && !INDEFINITE.has(t.lower)) || NAME_JOINERS.has(t.text))) {
    return { kind: 'organisation', body: tokens.map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, ...span };
  }
  // "Consultancy Aerodynamic Advisory said in a note", "Insurer Caldwell Mutual said": a capitalised word for a kind of
  // business opening the subject, then the name (not a surname's spelling: "Carrier", "Miner" are left out).
  if (tokens.length >= 2 && tokens.length <= 5 && BUSINESS_KIND_OPENERS.has(tokens[0]!.text)
    && tokens.slice(1).every((t) => isCapitalised(t) && !t.possessive && !ROLE_NOUNS.has(t.lower) && !HONORIFICS.has(t.lower))) {
    return { kind: 'organisation', body: tokens.slice(1).map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, start: tokens[1]!.start, end: span.end };
  }
  // ("Rival Pasifika Wings told shareholders …": "Rival" opening the subject before a name of two words or more that opens
  // with no given name is a business named by what it is to the story. Guard: a given name after the word, "Rival Jane
  // Hollis said", a person.)
  if (tokens.length >= 3 && tokens.length <= 5 && tokens[0]!.text === 'Rival' && givenNameGender(tokens[1]!.text) === null
    && tokens.slice(1).every((t) => isCapitalised(t) && !t.possessive && !ROLE_NOUNS.has(t.lower) && !HONORIFICS.has(t.lower))) {
    return { kind: 'organisation', body: tokens.slice(1).map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, start: tokens[1]!.start, end: span.end };
  }
  // ("The Civil Defense of Amazonas": a body's name and the place it serves; see body-of-place.ts.)
  const ofPlace = bodyOfPlaceName(tokens, (w) => BODY_NAME_ENDS.has(w));
  if (ofPlace) return { kind: 'organisation', body: ofPlace, name: [], roles: [], qualifier: null, start: tokens[tokens[0]!.lower === 'the' ? 1 : 0]!.start, end: span.end };
  if (tokens.length > 1 || !PRONOUNS[tokens[0]!.lower]) {
    // ("LinkedIn posts", "exporters' estimates": an unnamed source's, posts-and-group-estimates.ts.)
    const special = documentPhrase(tokens, span) ?? theParkAsBody(tokens, span) ?? thePostAsDocument(tokens, span) ?? postsOnline(tokens, span) ?? groupEstimates(tokens, span, (t) => isUnnamedHead(t) && !ORGANISATION_HEADS.has(t.lower))
      ?? unnamedSource(tokens, span) ?? describedPerson(tokens, span) ?? (allCaps && tokens.length > 1 ? null : body(tokens, span))
      ?? titleThenName(tokens, span) ?? namedBody(tokens, span);
    // ("The Student Wellness Centre": a post's word opening a premises' name, post-word-opening-body-name.ts.)
    if (special) return bodyHoldingPost(postWordOpeningBodyName(tokens, firmDescribedByTrade(secretaryGeneralAsOnePost(special))));
  }
  const words = secretaryGeneralAsOnePost(parseWords(tokens));
  // "Amnesty International", "Human Rights Watch", "Brightwater Holdings": capitalised words ending in a body's word.
  if (words?.kind === 'name' && words.name.length >= 2 && words.roles.length === 0
    // ("Education Policy Institute North": a compass word after the body's word names its branch.)
    // ("Rio de Janeiro City Hall", "Wyre Valley Healthwatch": a city's hall, a watchdog's one-word name ending in "watch".)
    && (BODY_NAME_ENDS.has(words.name.at(-1)!.toLowerCase()) || BODY_NAME_STARTS.has(words.name[0]!.toLowerCase())
      || (words.name.at(-1) === 'Hall' && LOCAL_UNITS.has(words.name.at(-2)!)) || /^\p{Lu}\p{Ll}{3,}watch$/u.test(words.name.at(-1)!)
      // ("Harbour Ales said higher costs …", "Riverland Wine said in a submission", "Kestrel Brewing": a brewer named by its
      // beer or its trade, a wine maker's or a wine region's body by its wine. Guard: the first word no given name, so "Marta
      // Wine" stays a person. Forty-second session, test-60 w12 and w14.)
      || (DRINK_TRADE_ENDS.has(words.name.at(-1)!.toLowerCase()) && givenNameGender(words.name[0]!) === null)
      // ("Cambrian Coachways", "Metro Busways": a carrier's one word in "-ways".)
      || /^\p{Lu}\p{Ll}{2,}ways$/u.test(words.name.at(-1)!)
      // ("Central Queensland Recreational Fishers", "Halton Vikings": a group's or a club's plural, people-plural-body-name.ts.)
      || isPeoplePluralBodyName(words.name)
      || (words.name.length >= 3 && COMPASS_WORDS.has(words.name.at(-1)!.toLowerCase()) && BODY_NAME_ENDS.has(words.name.at(-2)!.toLowerCase()))
      || (COUNTRY_ENDS.has(words.name.at(-1)!.toLowerCase()) && !isNationality(words.name[0]!.toLowerCase()))
      // ("Minera Andina SA", "Nordvik Energy ASA", "Halvorsen AG": a legal form as printed, in its capitals, closes a business's
      // name; case kept, so a given name "Sa" or "Ag" is none; not the abbreviated forms with their stop, "Co.", which
      // company-by-legal-form.ts reads with the stop, "said Marisa Co." being a person.)
      || LEGAL_FORM_IN_CAPITALS_RE.test(words.name.at(-1)!)
      // ("Humane Society Yukon", "Forest Watch Michoacán": a body's word inside the name, body-word-inside-name.ts.)
      || bodyWordInsideName(words.name))) {
    // ("Mediterranean Eastern Lines", "Atlantic Coast Ferries": a region's or a nationality's adjective opening the name is
    // the name's own first word, not whose it is; guard: every word before the name capitalised, none a possessive, so that
    // "Britain's Energy Networks Association" keeps its owner apart.)
    const opened = DEFINITE.has(tokens[0]!.lower) ? tokens.slice(1) : tokens;
    const cut = opened.length - words.name.length;
    if (cut > 0 && cut <= 2 && opened.slice(0, cut).every((t) => isCapitalised(t) && !t.possessive && !isAcronym(t) && isNationality(t.lower))) {
      return { kind: 'organisation', body: opened.map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, start: opened[0]!.start, end: words.end };
    }
    return { kind: 'organisation', body: words.name.join(' '), name: [], roles: [], qualifier: null, start: words.start, end: words.end };
  }
  // "Ethiopian Airlines", "Cambrian Coachways": a nationality's or a region's adjective before a body's one word is the body
  // (not the adjective's person, "Coachways" of Cambria).
  const named = DEFINITE.has(tokens[0]!.lower) ? tokens.slice(1) : tokens;
  // ("NFU Cymru said", "BBC Scotland reported", "CBI Wales warned": a body's letters, then the nation or country its branch
  // serves, are the branch's name, not a place's person "Cymru" whose body is the NFU; thirty-seventh session, test-55
  // w08. Guards: two words only, the first bare capitals and no post ("PC England", "DI Wales": a police rank in letters
  // before a surname spelled as a country), the second a country's name.)
  if (words?.kind === 'name' && words.name.length === 1 && words.roles.length === 0 && named.length === 2 && isAcronym(named[0]!)
    && !named[0]!.possessive && !ROLE_NOUNS.has(named[0]!.lower) && !HONORIFICS.has(named[0]!.lower) && !RANKS_IN_LETTERS.has(named[0]!.text)
    && COUNTRY_ENDS.has(named[1]!.lower)) {
    return { kind: 'organisation', body: named.map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, start: named[0]!.start, end: span.end };
  }
  if (words?.kind === 'name' && words.name.length === 1 && words.roles.length === 0 && words.qualifier && named.length === 2
    && isCapitalised(named[0]!) && !named[0]!.possessive
    && (BODY_NAME_ENDS.has(words.name[0]!.toLowerCase()) || /^\p{Lu}\p{Ll}{2,}ways$/u.test(words.name[0]!))) {
    return { kind: 'organisation', body: named.map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, start: words.start, end: words.end };
  }
  // ("Interior Health said": a capitalised word that only qualifies a post, "Interior", "State", before a body's one word
  // is no post with nobody named after it, but the body's name; not "Interior Minister Name", whose post has its noun.)
  // ("According to the State Nature Conservancy": so too before a name of more words that ends in a body's word;
  // thirty-seventh session, test-55 w12. Guard: every word capitalised, the modifier the first and the only role.)
  if (words?.kind === 'name' && words.name.length >= 1 && words.roles.length > 0 && words.roles.every((r) => ROLE_MODIFIERS.has(r))
    && named.length === words.name.length + 1 && named.every((t) => isCapitalised(t) && !t.possessive)
    && ROLE_MODIFIERS.has(named[0]!.lower) && BODY_NAME_ENDS.has(words.name.at(-1)!.toLowerCase())) {
    return { kind: 'organisation', body: named.map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, start: words.start, end: words.end };
  }
  // "The opposition Partido Ciudadano del Sur", "the ruling Partido Verde": a body's name after a word or two describing it.
  if (!words && tokens.length > 2 && DEFINITE.has(tokens[0]!.lower)) {
    const k = tokens.findIndex((t, i) => i > 0 && isCapitalised(t));
    const describing = tokens.slice(1, k).every((t) => /^\p{Ll}[\p{Ll}-]+$/u.test(t.text) && !ROLE_NOUNS.has(t.lower) && !QUOTE_CUES.has(t.lower));
    const named = k >= 2 && k <= 3 && describing ? parseSpeakerPhrase(tokens.slice(k)) : null;
    if (named?.kind === 'organisation') return { ...named, ...span };
    // (A party's leaning makes any name after it a party: "the opposition Alianza Costera".)
    if (named?.kind === 'name' && named.roles.length === 0 && tokens.slice(1, k).some((t) => PARTY_LEANINGS.test(t.lower))) {
      return { kind: 'organisation', body: named.name.join(' '), name: [], roles: [], qualifier: null, ...span };
    }
  }
  return words ?? definiteKind(tokens, span);
}

/**
 * "The driver said", "the airline added", "the injured motorist told": "the", at most one lower-case word (two before a
 * kind of body), then a noun for a person or for a kind of body that no rule above knows, is the person or body the text
 * spoke of (the resolver finds which), not a subject that cannot speak.
 */
function definiteKind(tokens: Token[], span: { start: number; end: number }): SpeakerPhrase | null {
  const head = tokens.at(-1)!;
  // ("Somerset's leg-spinner", "Leeds's 20-year-old opener": a team's or a body's person by a noun for what they do.)
  const owner = tokens[0]!.possessive && isCapitalised(tokens[0]!) ? tokens[0]! : null;
  // ("The family's doctor", "Her doctor", "the boy's GP": one who treats the person or family owned, a lower-case owner's
  // possessive or a possessive pronoun before a carer's word; owned-carer.ts.)
  const lowerOwner = tokens.length === 3 && tokens[0]!.lower === 'the' && tokens[1]!.possessive && /^\p{Ll}+['\u2019]s$/u.test(tokens[1]!.text) ? tokens[1]! : null;
  if (lowerOwner && isCarer(head.lower)) {
    return { kind: 'title', name: [], roles: [normaliseRole(head.lower)], qualifier: qualifierKey(lowerOwner.base), ...span };
  }
  // ("The boat's trimmer said", "the orchard's forewoman said": a thing's or a place's lower-case possessive before a word for
  // a person is that thing's person, as "the boat's captain" (a post) was read already; before, no speaker and no statement.
  // Thirty-third session, second round. Guards: "the", one lower-case possessive, the person's word last and lower case;
  // not a party to a case. No qualifier: a common noun is no body or country a holder's post names, so "the player's agent"
  // finds "Agent Name Name" printed below, as "the agent" does; test-12 w09.)
  if (lowerOwner && /^\p{Ll}[\p{Ll}-]*$/u.test(head.text) && isPersonNoun(head.lower) && !LITIGANTS.has(head.lower)) {
    return { kind: 'title', name: [], roles: [normaliseRole(head.lower)], qualifier: null, ...span };
  }
  // ("the electricity network operator": two lower-case words before a kind of body.)
  if (tokens.length < 2 || tokens.length > (BODY_KINDS.has(head.lower) ? 4 : 3) || (tokens[0]!.lower !== 'the' && !owner)) return null;
  // ("the 19-year-old leg-spinner": an age among them.)
  const lowerWord = (t: Token) => (/^\p{Ll}[\p{Ll}-]*\p{Ll}$/u.test(t.text) || /^\d{1,3}-year-old$/u.test(t.text)) && !t.possessive
    && !QUOTE_CUES.has(t.lower) && !PREPOSITIONS.has(t.text);
  if (!tokens.slice(1).every(lowerWord)) return null;
  // ("the think tank said": a kind the list holds hyphenated, written as two words; thirty-third session, second round.
  // Guard: the two words together, hyphenated, in the list; "the" first.)
  const openCompound = tokens.length === 3 && BODY_KINDS.has(`${tokens[1]!.lower}-${head.lower}`);
  if (openCompound && !owner) return { kind: 'organisation', body: `${tokens[1]!.lower}-${head.lower}`, name: [], roles: [], qualifier: null, ...span };
  if (BODY_KINDS.has(head.lower) && !owner) return { kind: 'organisation', body: tokens.slice(1).map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, ...span };
  // (Not a party to a case, which may be a body: "The defendant, Fennimore Cold Chain, said".)
  if (isPersonNoun(head.lower) && !LITIGANTS.has(head.lower)) {
    return { kind: 'title', name: [], roles: [normaliseRole(head.lower)], qualifier: owner ? qualifierKey(owner.base) : null, ...span };
  }
  return null;
}

const LITIGANTS = new Set(['defendant', 'claimant', 'plaintiff', 'applicant', 'appellant', 'respondent', 'petitioner', 'complainant']);

/** Days and months, which "by" may be followed by as a time, not an author ("by Friday", "by March"). */
const DAY_OR_MONTH_RE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter)$/u;

/** Small words inside a body's capitalised name ("Friends of the Earth", "Save the Children"). */
const NAME_JOINERS = new Set(['of', 'the', 'for', 'and', 'without', '&']);

/**
 * "the Coastal Fisheries and Marine Research Centre": "the" at most, then capitalised words with one "and" (or "&") among
 * them, the last a body's head word ("Centre", "Authority", "Council"); the name without "the", or null. Guards: no other
 * lower-case word ("the Ministry of Health and the Red Cross" are two), no possessive, no person's noun or post among the
 * words ("the Mayor and Council"), two capitalised words at least on each side of the "and" or the head right after one,
 * eight words at most.
 */
function bodyNameWithAnd(all: readonly Token[]): string | null {
  const words = all.length > 0 && DEFINITE.has(all[0]!.lower) ? all.slice(1) : all;
  const and = words.findIndex((t) => t.lower === 'and' || t.text === '&');
  // ("Mozambique Ports and Railways said": one word after the "and" when it and the word before the "and" are both a
  // body's plural name words, a transport or public-works body's two branches; forty-second session, test-57 w17. Guard:
  // both plurals in the lists, so "Marks and Spencer" or "Smith and Sons" are never read so.)
  const twoBranches = words.length - and === 2 && and >= 2 && BRANCH_PLURALS.has(words[and - 1]!.lower) && BRANCH_PLURALS.has(words.at(-1)!.lower);
  if (and < 2 || words.length > 8 || (words.length - and < 3 && !twoBranches)) return null;
  if (words.some((t, k) => k !== and && (!isCapitalised(t) || t.possessive || ROLE_NOUNS.has(t.lower) || isPersonNoun(t.lower) || DEFINITE.has(t.lower)))) return null;
  if (words.filter((t) => t.lower === 'and' || t.text === '&').length !== 1) return null;
  // (A person first, "Anna Berg and Ancholme NHS Foundation Trust said": two speakers, a given name opening the words before
  // the "and".)
  if (givenNameGender(words[0]!.text) !== null) return null;
  const head = words.at(-1)!.lower;
  if (!ORGANISATION_HEADS.has(head) && !BODY_NAME_ENDS.has(head)) return null;
  if (ORGANISATION_HEADS.has(words[and - 1]!.lower) && ['ministry', 'department', 'office', 'council', 'agency', 'authority', 'commission', 'committee'].includes(words[and - 1]!.lower)) return null;
  return words.map((t) => t.text).join(' ');
}

/** Plural words naming a public-works or transport body's branches ("… Ports and Railways", "… Harbours and Lighthouses"). */
const BRANCH_PLURALS = new Set(['ports', 'harbours', 'harbors', 'railways', 'airports', 'roads', 'highways', 'waterways', 'lighthouses',
  'docks', 'canals', 'bridges', 'tunnels', 'telegraphs', 'posts', 'forests', 'parks', 'fisheries', 'wildlife']);

/** "University of the Southern Tablelands" in "a University of the Southern Tablelands study": the maker's name, or null. */
function namedMakerWithJoiners(before: readonly Token[]): string | null {
  const words = before.length > 0 && (INDEFINITE.has(before[0]!.lower) || DEFINITE.has(before[0]!.lower)) ? before.slice(1) : before;
  if (words.length < 3 || !isCapitalised(words[0]!) || !isCapitalised(words.at(-1)!) || words.some((t) => t.possessive)) return null;
  if (!ORGANISATION_HEADS.has(words[0]!.lower) && !BODY_NAME_ENDS.has(words[0]!.lower)) return null;
  if (!words.some((t) => t.text === 'of' || t.text === 'for')) return null;
  return words.every((t) => isCapitalised(t) || NAME_JOINERS.has(t.text)) ? words.map((t) => t.text).join(' ') : null;
}

// (A business's legal form in its capitals closing its name, "Minera Andina SA", "Nordvik Ferjer AS": company-by-legal-form.ts
// holds the one list.)

/** Last words that make capitalised words the name of a body, not of a person. */
export const BODY_NAME_ENDS = new Set(['international', 'watch', 'group', 'energy', 'airlines', 'telecom', 'capital', 'logistics', 'holdings', 'corporation', 'corp', 'inc', 'ltd', 'plc',
  'airlines', 'airways', 'motors', 'industries', 'technologies', 'systems', 'pharmaceuticals', 'partners', 'trust', 'fund',
  'coalition', 'movement', 'forum', 'society', 'front', 'network', 'institute', 'foundation', 'council', 'agency', 'bank',
  'association', 'federation', 'union', 'party', 'ministry', 'commission', 'committee', 'authority', 'office', 'service',
  'organisation', 'organization', 'programme', 'program', 'centre', 'center', 'university', 'college', 'board',
  'construction', 'mining', 'copper', 'steel', 'shipping', 'water', 'power', 'networks', 'administration', 'rail',
  'railway', 'railways', 'bahn', 'police', 'services', 'bureau', 'mutual', 'insurance', 'assurance', 'financial', 'bancorp',
  'brands', 'media', 'labs', 'ventures', 'resources', 'petroleum', 'chemicals', 'homes', 'hotels', 'branch', 'division',
  'cooperative', 'co-operative', 'collective', 'consortium', 'syndicate', 'partnership', 'conservancy', 'academy', 'chamber',
  'properties', 'estates', 'realty', 'developments', 'cross', 'crescent', 'guild', 'congress', 'works',
  // Business names that end in what the business does ("Greenline Environmental", "Northway Engineering"); broad on purpose.
  'environmental', 'solutions', 'consulting', 'engineering', 'utilities', 'enterprises', 'manufacturing', 'foods', 'farms',
  'recycling', 'haulage', 'freight', 'aviation', 'renewables', 'software', 'analytics', 'digital', 'contractors',
  'builders', 'developers', 'pharma', 'biotech', 'therapeutics', 'semiconductor', 'semiconductors', 'electronics',
  'communications', 'telecoms', 'transport', 'transit', 'logistic', 'supplies', 'products', 'brewery', 'distillery',
  'dairies', 'bakeries', 'exports', 'imports', 'trading', 'investments', 'securities', 'advisors', 'advisers', 'associates',
  'trains', 'highways', 'buses', 'ferries', 'airports', 'ports', 'waterways', 'railroad', 'tramways', 'distribution',
  // ("CareEdge Ratings said in a report", "Leopardstown Racecourse said in a statement", "Cumbria Constabulary said": a
  // rating agency's plural, a venue that speaks as its owner, a police force's word; no surname is spelled so.)
  'ratings', 'racecourse', 'raceway', 'speedway', 'stadium', 'constabulary',
  // ("Greystane Aggregates said it had …", "Brightwell Appliances", "Cook Islands Tourism said it would": a quarry's or a
  // maker's goods in the plural, a tourism board's field; no surname either.)
  'aggregates', 'appliances', 'tourism',
  // ("Peel Parents Together said it would …", "Neighbours Together": a campaign's name closing on "Together"; no surname
  // is spelled so. Forty-fifth session, d2500.)
  'together',
  // ("Falaj Contracting, a Sharjah-based builder, said", "Kelso Textiles said it was not among the bidders": a builder named
  // by its trade's gerund, a mill by its goods; no surname is so spelled. Thirty-ninth session, d2141, d2142.)
  'contracting', 'textiles',
  // ("Norland Fibre, the mill's owner, said", "Harbourside Venues said in a statement": a pulp or cable maker named by its
  // goods, a company that runs grounds and halls; no surname is so spelled. Fortieth session, d2233, d2234.)
  'fibre', 'fiber', 'venues',
  // (A carrier or courier named "… Express", "Gozo Channel Express", "Northern Express": express-carrier.ts.)
  ...EXPRESS_CARRIER_ENDS,
  'transmission', 'generation', 'grid', 'utility', 'telecommunications', 'broadcasting', 'publishing', 'healthcare',
  // Health authorities and systems named by a region or a founder ("Interior Health", "Atrium Health"): no surname.
  'health',
  // Uniformed services and power utilities ("Federal Road Safety Corps", "Porsgrunn Fire Brigade", "Manitoba Hydro").
  'corps', 'brigade', 'hydro',
  // (A volunteer rescue service named by where it works: "Scottish Mountain Rescue said", "Highland Cave Rescue"; no surname
  // is spelled so. Thirty-fourth session, test-47 w09.)
  'rescue',
  // Travel businesses named by what they sell ("Northern Passage Cruises", "Fjordland Tours"): no surname is so spelled.
  'cruises', 'tours', 'expeditions', 'charters',
  // ("Borders Cycling Events said in a post on X", "Ludlow Food Festival said": an organiser of events named by them, a
  // festival that speaks as its organisers; no surname is spelled so.)
  'events', 'festival', 'promotions', 'productions',
  // ("Nigeria Police Force", "Civil Defence Force"; a bishops' "Episcopal Conference": capitalised, so not "a press conference".)
  'force', 'conference',
  // ("Nelson Mandela Bay Metro", "Lyceum Playhouse": a city's metropolitan council, a theatre.)
  'metro', 'playhouse',
  // ("Race Control announced", "Air Traffic Control said": the office that runs something.)
  'control',
  // ("the Social Welfare Department's … portal": a government department, also with a possessive and a noun after it.)
  'department',
  // (A grain company, a warehouse operator and a miner named by what they do or dig: "Prairie Grain Handling", "Keystone
  // Fulfilment", "Redgum Lithium"; a region's administration, "Alexandria Governorate".)
  'handling', 'fulfilment', 'fulfillment', 'warehousing', 'lithium', 'nickel', 'uranium', 'minerals', 'metals', 'governorate',
  // (An airline named "… Air": "Northlink Air", as "… Airways" is.)
  'air',
  // (A national or regional public service named by what it does: "Geological Survey", "Civil Defense", "Civil Protection".)
  'survey', 'defense', 'defence', 'protection',
  // (A national branch of an international body, named with its country in the country's own language: "Greenpeace
  // Nederland", "Oxfam Deutschland", "Caritas Italia"; no surname is so spelled, unlike "Holland" or "England".)
  'nederland', 'deutschland', 'españa', 'italia', 'polska', 'sverige', 'norge', 'danmark', 'suomi', 'österreich',
  'schweiz', 'suisse', 'belgique', 'belgië', 'türkiye', 'česko', 'hrvatska', 'magyarország', 'românia', 'slovensko',
  'slovenija', 'srbija', 'eesti', 'latvija', 'lietuva',
  // (A power company named in its own language, "Baltyk Morska Energia", "Rheintal Energie"; an engine maker, "… Aero
  // Engines"; a ferry or broadcasting company, "Gozo Channel", "Discovery Channel": no surname is so spelled.)
  'energia', 'energie', 'énergie', 'energía', 'engines', 'channel',
  // (A shipping line, "Mediterranean Eastern Lines"; a club named with its sport, "Aurillac Cantal Rugby"; a consultancy in
  // Spanish or Portuguese, "Vinagro Consultores"; a legal form printed after the name, "… AG", "… GmbH": no surname is so
  // spelled.)
  'lines', 'rugby', 'consultores', 'consultoria', 'consultoría', 'ag', 'gmbh',
  // (A legal form spelled out, "Ghana Water Limited", "Harbour Quay LLC": as "Ltd" and "plc" are.)
  'limited', 'llc', 'llp',
  // (A sport's governing body named with its sport, as "… Rugby" is: "Sri Lanka Cricket", "England Netball", "British
  // Cycling", "Volleyball Kenya"; no surname is so spelled.)
  'cricket', 'football', 'netball', 'athletics', 'cycling', 'rowing', 'swimming', 'tennis', 'golf', 'basketball',
  'volleyball', 'handball', 'boxing', 'gymnastics', 'triathlon', 'squash', 'badminton', 'canoeing', 'sailing', 'equestrian']);
/** Local units a post belongs to ("Otero County sheriff", "Orleans Parish coroner"). */
const LOCAL_UNITS = new Set(['County', 'City', 'Parish', 'Borough', 'Township', 'Town', 'District']);
/** Lower-case words for an electoral area after its name ("for the Independence City division", "for the Ridge ward"). */
const ELECTORAL_AREAS = new Set(['division', 'ward', 'constituency', 'riding', 'electorate', 'seat']);
/** Capitalised words for a court's tier or a local unit, written before a post ("District Judge", "Circuit Judge"). */
const COURT_TIERS = new Set(['District', 'Circuit', 'County', 'City', 'Borough', 'Parish', 'Township', 'Magistrates']);
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'central', 'northeast', 'northwest', 'southeast', 'southwest']);
/** First words that make capitalised words the name of a body ("Police Scotland", "Bank Negara"). */
// (And the words other languages open a body's name with: "Fundación Tierra Andina", "Stiftung …", "Banco …"; broad on purpose.)
/** A drink maker's last words (body-name ends read only after a first word that is no given name). */
const DRINK_TRADE_ENDS = new Set(['ales', 'brewing', 'wine', 'wines', 'vineyards']);

const BODY_NAME_STARTS = new Set(['police', 'bank', 'university', 'brauerei', 'brasserie', 'cervecería', 'birrificio',
  // ("Enterprise St Helena", "Enterprise Tasmania": a development agency's first word, no one's given name; thirty-fourth session.)
  'enterprise',
  // ("…, Port St. Maarten confirmed on Monday", "Port Kembla said": a port's company or authority named by its port; a
  // place named so speaks through the body that runs it. No given name is so spelled. Forty-second session, test-60 w03.)
  'port',
  'bodega', 'bodegas', 'weingut', 'fundación', 'fundacion', 'fundação', 'fondation',
  // (A French wine estate, as "Bodega" and "Weingut" are: "Domaine des Ormes said", "Château de la Tour"; the body's name
  // with its small words, foreign-body-name.ts. Thirty-ninth session, d2143.)
  'domaine', 'château', 'chateau',
  // (A Welsh body's first word, "Cylch yr Iaith, a campaign group, said", "Cymdeithas y Cymod", "Undeb …", "Mudiad …":
  // a circle, a society, a union, a movement, a centre, a council, a university, a college; the name keeps its article
  // "yr" / "y" (foreign-body-name.ts). No given name is so spelled. Fortieth session, d2232.)
  'cylch', 'cymdeithas', 'undeb', 'mudiad', 'canolfan', 'cyngor', 'prifysgol', 'coleg',
  'fondazione', 'stiftung', 'stichting', 'asociación', 'associação', 'association', 'associazione', 'instituto', 'institut',
  'istituto', 'centro', 'centre', 'comité', 'comitato', 'federación', 'fédération', 'federazione', 'syndicat', 'sindicato',
  'banco', 'banca', 'banque', 'grupo', 'groupe', 'gruppo', 'compañía', 'compagnie', 'empresa', 'société', 'societa',
  'universidad', 'università', 'université', 'universidade', 'universität', 'cooperativa', 'coopérative', 'unión',
  'confederación', 'confédération', 'movimiento', 'mouvement', 'partido', 'parti', 'partito', 'ministerio', 'ministère',
  // (A movement in Maltese and Catalan, Italian and Portuguese, German and Dutch: "Moviment Kosta …", "Movimento …".)
  'moviment', 'movimento', 'bewegung', 'beweging', 'associació', 'fundació', 'federació',
  // (A museum: "The Museo Patagónico de Ciencias Naturales said", "the Musée des Beaux-Arts de Lyon", "Museu …".)
  'museo', 'musée', 'museu',
  // (A theatre: "Theatr Clwyd said in a statement", "the Theatre Royal", "Teatro Massimo", "Théâtre du Soleil"; thirty-fourth
  // session. Guard: the list's own, capitalised words after it, so "Theatre director Ann Lowe said" is still her.)
  'theatre', 'theater', 'theatr', 'teatro', 'théâtre', 'teatr',
  // (A Māori tribe, "Ngāti Porou", "Ngāi Tahu": the words mean "the people of", and open an iwi's name, never a person's;
  // printed with or without the macron. Thirty-fifth session, test-13 w03.)
  'ngāti', 'ngati', 'ngāi', 'ngai',
  // (A bus operator, "Bus Éireann", "Bus Vannin said": "Bus" opens a carrier's name, never a person's; a post after it,
  // "Bus driver Name Name", is a role and read as before. Thirty-fifth session, second round, test-44 w17.)
  'bus']);

/** Ranks and seats printed as letters before a surname ("PC Name", "DCI Name", "MP"), never a body's letters. */
const RANKS_IN_LETTERS = new Set(['PC', 'WPC', 'PCSO', 'DC', 'DS', 'DI', 'DCI', 'DSI', 'DSU', 'CI', 'MP', 'MSP', 'MS', 'AM', 'MEP', 'MLA', 'MPP', 'MHA', 'TD']);

/** Countries a body's name may end with ("Statistics Canada", "Transport Scotland", "Greenpeace France"). */
const COUNTRY_ENDS = new Set(['canada', 'scotland', 'wales', 'england', 'ireland', 'britain', 'australia', 'france',
  'germany', 'italy', 'spain', 'portugal', 'austria', 'switzerland', 'belgium', 'netherlands', 'norway', 'sweden', 'denmark',
  'finland', 'iceland', 'poland', 'russia', 'ukraine', 'india', 'pakistan', 'china', 'japan', 'korea', 'mexico', 'brazil',
  'argentina', 'chile', 'colombia', 'peru', 'nigeria', 'kenya', 'ghana', 'egypt', 'turkey', 'greece', 'israel', 'singapore',
  'malaysia', 'indonesia', 'philippines', 'vietnam', 'thailand', 'zealand', 'africa', 'europe', 'asia', 'international',
  'uk', 'usa', 'us', 'eu',
  // ("Statistics Estonia", "Statistics Lithuania": the Baltic and central European statistics offices' English names.)
  'estonia', 'latvia', 'lithuania', 'slovenia', 'croatia', 'hungary', 'czechia', 'slovakia', 'romania', 'bulgaria', 'serbia',
  // ("Heritage Malta", "Radio Jamaica", "Cricket Namibia": more countries' English names no surname is spelled as; not
  // "Oman", "Trinidad", "Montenegro", "Jordan", "Chad", "Georgia", which are.)
  'malta', 'cyprus', 'luxembourg', 'jamaica', 'barbados', 'bahamas', 'guyana', 'belize', 'fiji', 'samoa', 'tonga',
  'vanuatu', 'botswana', 'namibia', 'zambia', 'zimbabwe', 'malawi', 'mozambique', 'uganda', 'tanzania', 'rwanda',
  'ethiopia', 'cameroon', 'senegal', 'morocco', 'tunisia', 'lanka', 'bangladesh', 'nepal', 'cambodia', 'mongolia',
  'qatar', 'kuwait', 'bahrain', 'lebanon', 'uruguay', 'paraguay', 'ecuador', 'bolivia', 'venezuela', 'guatemala',
  'honduras', 'panama', 'albania', 'moldova', 'armenia', 'azerbaijan', 'kazakhstan', 'uzbekistan', 'mauritius',
  // ("Ski Andorra", "Tourism Seychelles": small states' English names, none a surname; forty-second session, test-57 w16.)
  'andorra', 'seychelles', 'maldives', 'bhutan', 'kosovo', 'belarus', 'kyrgyzstan', 'tajikistan', 'brunei',
  // (A state's or a province's public body named with it, "Biosecurity Queensland", "Workplace Health and Safety
  // Queensland", "Hydro Ontario"; not "Victoria", "Alberta", given names.)
  'queensland', 'tasmania', 'ontario', 'quebec', 'québec', 'manitoba', 'saskatchewan', 'scotia',
  // (Wales in Welsh, as Welsh bodies print their names in English copy: "Age Cymru", "NFU Cymru", "Plaid Cymru"; no
  // surname is spelled so. Thirty-seventh session, test-55 w08.)
  'cymru']);

/** Lower-case words for "son of" / "daughter of" printed after a father's name in Latin script (Kyrgyz, Azerbaijani). */
const LINEAGE_AFTER = new Set(['uulu', 'kyzy', 'ogly', 'oglu', 'qizi', 'gizi']);

/** Posts that are nobody's surname, so that a capitalised word before one is whose post it is ("Kerala Minister"). */
const POSTS_NOT_SURNAMES = new Set(['minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador']);

/** "His Excellency", "Her Highness" alone: a form of address that stands for the person just named, as "he" / "she". */
function styledAsPronoun(all: readonly Token[]): SpeakerPhrase | null {
  if (all.length !== 2 || !/^(?:his|her)$/u.test(all[0]!.lower) || !/^(?:excellency|highness|eminence|majesty)$/u.test(all[1]!.lower)) return null;
  return { kind: 'pronoun', pronoun: all[0]!.lower === 'his' ? 'he' : 'she', name: [], roles: [], qualifier: null, start: all[0]!.start, end: all[1]!.end };
}

/** Initials written with full stops that stand for a state or union, not a person ("U.S. envoy", "the U.N. said"). */
const STATE_INITIALISMS = /^(?:U\.S\.(?:A\.)?|U\.K\.|U\.N\.|E\.U\.|U\.A\.E\.|D\.C\.)$/u;

function parseWords(tokens: Token[]): SpeakerPhrase | null {
  if (tokens.length === 0 || tokens.length > MAX_PHRASE_WORDS) return null;
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  const span = { start: first.start, end: last.end };
  if (tokens.length === 1) {
    const pronoun = PRONOUNS[first.lower];
    if (pronoun) return { kind: 'pronoun', pronoun, name: [], roles: [], qualifier: null, ...span };
  }
  let i = 0;
  let determiner: 'definite' | 'indefinite' | null = null;
  if (DEFINITE.has(first.lower)) determiner = 'definite';
  // ("A. B. Chowdhury": a capital A before another initial is the first initial, not the article.)
  else if (INDEFINITE.has(first.lower) && !(first.text === 'A' && tokens[1] !== undefined && isInitial(tokens[1].text))) determiner = 'indefinite';
  if (determiner) i = 1;
  // ("The same person said", "the same official added": the one just spoken of.)
  if (determiner === 'definite' && tokens[1]?.lower === 'same' && tokens.length > 2) i = 2;

  // Upper-case copy ("RUSSIAN FOREIGN MINISTER SERGEI LAVROV") cannot tell acronyms from names.
  const allCaps = tokens.every((t) => !/\p{Ll}/u.test(t.text));
  const roles: string[] = [];
  const name: string[] = [];
  let qualifier: string | null = null;
  let anonymousHead: string | null = null;
  let phase: 'title' | 'name' = 'title';
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === 'I') return null; // "the skippers I met": a clause, not a name
    if (phase === 'title') {
      if (PREPOSITIONS.has(t.text)) {
        // "the daughter of one resident", "the head of a local charity": someone of an unnamed someone is unnamed too.
        if (t.text === 'of' && roles.length > 0 && determiner !== null && tokens[i + 1] && INDEFINITE.has(tokens[i + 1]!.lower) && tokens[i + 1]!.lower !== 'other') {
          return { kind: 'anonymous', name: [], roles, qualifier, ...span };
        }
        // "the Russian envoy to NATO": the rest only places the role; "the representative of Ghana" says whose it is.
        const whose = tokens[i + 1];
        if (['of', 'to', 'for'].includes(t.text) && whose && isCapitalised(whose) && roles.length > 0) qualifier ??= qualifierKey(whose.base);
        break;
      }
      // The first country or body named is the one the role belongs to ("Russia's NATO envoy").
      if (t.possessive) { qualifier ??= qualifierKey(t.base); continue; }
      // ("Ossian Rendall said": a given name in a nationality's shape before a surname, given-name-like-nationality.ts.)
      const givenLikeNationality = determiner === null && roles.length === 0
        && isGivenNameLikeNationality(t, tokens[i + 1], i + 2 === tokens.length, (w) => BODY_NAME_ENDS.has(w) || BODY_KINDS.has(w));
      if (isNationality(t.lower) && isCapitalised(t) && !givenLikeNationality) { qualifier ??= qualifierKey(t.lower); continue; }
      // "South Korean", "North Macedonian": a compass word before a nationality is part of it.
      const nationality = tokens[i + 1];
      if (/^(?:South|North|East|West|New)$/u.test(t.text) && nationality && isNationality(nationality.lower) && isCapitalised(nationality)) {
        qualifier ??= qualifierKey(`${t.lower}${nationality.lower}`);
        i++;
        continue;
      }
      if (isUnnamedHead(t) || ANONYMOUS_WHEN_INDEFINITE.has(t.lower)) {
        anonymousHead = t.lower;
        if (ANONYMOUS_WHEN_INDEFINITE.has(t.lower) && !t.lower.endsWith('s')) roles.push(normaliseRole(t.lower));
        continue;
      }
      if (ROLE_NOUNS.has(t.lower) || ROLE_MODIFIERS.has(t.lower)) {
        // "the Kenyan transporters' spokesman": the group owns the role, it is not the speaker.
        if (anonymousHead?.endsWith('s') && ROLE_NOUNS.has(t.lower)) anonymousHead = null;
        if (!GENERIC_MODIFIERS.has(t.lower)) roles.push(normaliseRole(t.lower));
        continue;
      }
      // "A.B. Chowdhury", "J.K. Mwangi": initials written together before a surname open the name; only a country's
      // ("U.S.", "U.K.") or the UN's and EU's are whose post it is.
      const after = tokens[i + 1];
      if (isJoinedInitials(t.text) && !STATE_INITIALISMS.test(t.text) && after && isCapitalised(after) && !isAcronym(after)
        && !ROLE_NOUNS.has(after.lower) && !ROLE_MODIFIERS.has(after.lower)) { phase = 'name'; name.push(t.base); continue; }
      if (!allCaps && isAcronym(t)) { qualifier ??= qualifierKey(t.base); continue; }
      // "The Town manager", "the Rovers boss": a capitalised team or body before the phrase's closing role word.
      // ("Name, the Bor town mayor, told …": a lower-case word that qualifies the post may stand between, as "the town mayor"
      // reads; the place is whose post it is. Forty-second session, test-60 w09.)
      const placedPost = (i + 2 === tokens.length && ROLE_NOUNS.has(tokens[i + 1]!.text))
        || (i + 3 === tokens.length && ROLE_NOUNS.has(tokens[i + 2]!.text) && isRoleAdjunct(tokens, i + 1));
      if (determiner === 'definite' && isCapitalised(t) && placedPost && !t.possessive && !/-(?:born|based|bred|raised|educated|owned|led|backed)$/u.test(t.text)) {
        qualifier ??= qualifierKey(t.base);
        continue;
      }
      // "The Austrian-born mayor", "the London-based lender": where someone comes from, not whose the post is.
      if (/^\p{Lu}\p{Ll}+-(?:born|based|bred|raised|educated|owned|led|backed)$/u.test(t.text) && tokens[i + 1] && /^\p{Ll}/u.test(tokens[i + 1]!.text)) continue;
      // "Mum-of-three Kelly Marsh", "Father-of-two …": a description before the name, not part of it.
      if (/^\p{Lu}\p{Ll}+-\p{Ll}/u.test(t.text) && tokens[i + 1] && isCapitalised(tokens[i + 1]!)) continue;
      // "South Africa's Naledi Khumalo", "Hong Kong's chief executive": a country of two or three words owns what follows.
      const owner = tokens.slice(i, i + 3).findIndex((w) => w.possessive);
      if (owner > 0 && isPlaceName(tokens.slice(i, i + owner + 1)) && i + owner + 1 < tokens.length) {
        qualifier ??= qualifierKey(tokens.slice(i, i + owner + 1).map((w) => w.base).join(''));
        i += owner;
        continue;
      }
      if (isCapitalised(t) && !QUOTE_CUES.has(t.lower)) { phase = 'name'; name.push(t.base); continue; }
      if (isRoleAdjunct(tokens, i)) { roles.push(t.lower); continue; }
      // "(Mr) de Hoop Scheffer said": a name may open with its particle.
      const following = tokens[i + 1];
      if (NAME_PARTICLES.has(t.text) && following && (isCapitalised(following) || (NAME_PARTICLES.has(following.text) && !LONE_PARTICLES.has(t.text)))) {
        phase = 'name';
        name.push(t.base);
        continue;
      }
      return null;
    }
    if (PREPOSITIONS.has(t.text) && !NAME_PARTICLES.has(t.text)) {
      // "Ambassador Olena Marchenko of Ukraine": whose post it is.
      const whose = tokens[i + 1];
      if (t.text === 'of' && whose && isCapitalised(whose) && roles.length > 0) qualifier ??= qualifierKey(whose.base);
      break;
    }
    const next = tokens[i + 1];
    // ("Gozo Channel Express said": a body's last word that is also a verb of speech, capitalised in mixed-case copy, is the
    // name's; express-carrier.ts.)
    if (QUOTE_CUES.has(t.lower) && !isCarrierWordInName(t, allCaps)) return null; // "LAVROV SAYING" in upper-case copy
    // "Azamat Kadyrbek uulu", "Aigul Toktosun kyzy": the Kyrgyz "son of" / "daughter of" after the father's name ends the name.
    if (LINEAGE_AFTER.has(t.text) && name.length >= 1 && next === undefined) { name.push(t.text); continue; }
    if (isCapitalised(t) || (NAME_PARTICLES.has(t.text) && next && (isCapitalised(next) || (NAME_PARTICLES.has(next.text) && !LONE_PARTICLES.has(t.text))))) {
      name.push(t.base);
      if (t.possessive) break;
      continue;
    }
    return null;
  }
  // "the Special Rapporteur", "the Deputy Emergency Relief Coordinator": the capitalised words of a post.
  // ("the Group Managing Director": a post word after a capitalised word that is not one, such as "Group", is kept, so
  // that "the MD" later finds the holder.)
  if (name.length > 0 && determiner === 'definite' && ROLE_NOUNS.has(name.at(-1)!.toLowerCase())) {
    const postWords = name.slice(0, -1).map((w) => w.toLowerCase()).filter((w) => ROLE_MODIFIERS.has(w) && !GENERIC_MODIFIERS.has(w) && !roles.includes(w));
    // ("The Municipal Fire Commander, Name Name," then "said the fire commander": the capitalised noun right before the
    // post word is a word of the post, as "fire" is in the lower-case "the fire commander"; capitalised-post-adjunct.ts.)
    const adjunct = capitalisedPostAdjunct(name, (w) => postWords.includes(w) || roles.includes(w));
    return { kind: 'title', name: [], roles: [...roles, ...postWords.map(normaliseRole), ...(adjunct ? [adjunct] : []), normaliseRole(name.at(-1)!.toLowerCase())], qualifier, ...span };
  }
  // ("Kerala Minister", "Sindh Minister for …": a place, then a post that is nobody's surname, is the post, not a name.)
  if (name.length === 2 && determiner === null && roles.length === 0 && POSTS_NOT_SURNAMES.has(name[1]!.toLowerCase())
    && !ROLE_NOUNS.has(name[0]!.toLowerCase()) && !ROLE_MODIFIERS.has(name[0]!.toLowerCase())) {
    return { kind: 'title', name: [], roles: [normaliseRole(name[1]!.toLowerCase())], qualifier: qualifier ?? qualifierKey(name[0]!), ...span };
  }
  // "One Labour MP", "one senior Conservative", "a Republican": someone of a party or post, left unnamed.
  // ("Rep. Name Name, a Dillon Republican, told …", "a Brooklyn Democrat": a place, then a party member's word, describes
  // the one named before it, as "a Republican" does, and is no name; American political copy. Guard: the party word as
  // printed, capitalised, last, after one or two words (not "a Republican Party", not "a Democrat Name Name"). Thirty-fourth
  // session, test-47 w03.)
  const placedPartyMember = name.length > 1 && name.length <= 3 && PARTY_MEMBERS.has(name.at(-1)!);
  if (determiner === 'indefinite' && (name.length === 1 || placedPartyMember || (name.length > 1 && ROLE_NOUNS.has(name.at(-1)!.toLowerCase())))) {
    const post = ROLE_NOUNS.has(name.at(-1)!.toLowerCase()) ? [normaliseRole(name.at(-1)!.toLowerCase())] : [];
    return { kind: 'anonymous', name: [], roles: [...roles, ...post], qualifier: qualifier ?? (name.length > 1 ? qualifierKey(name[0]!) : null), ...span };
  }
  if (name.length > 0) return { kind: 'name', name, roles, qualifier, ...span };
  if (anonymousHead) {
    const unnamed = isUnnamedHead({ text: anonymousHead, lower: anonymousHead }) || determiner === 'indefinite' || anonymousHead.endsWith('s');
    if (unnamed) return { kind: 'anonymous', name: [], roles, qualifier, ...span };
    // "the person said": the unnamed person named before (the resolver finds which).
    if (anonymousHead === 'person' && determiner === 'definite') return { kind: 'title', name: [], roles: ['person'], qualifier, ...span };
  }
  // "One cabinet minister told …", "a senior minister said": someone with a title, left unnamed.
  if (roles.some((r) => ROLE_NOUNS.has(r)) && determiner === 'indefinite') return { kind: 'anonymous', name: [], roles, qualifier, ...span };
  if (roles.some((r) => ROLE_NOUNS.has(r))) {
    return { kind: 'title', name: [], roles, qualifier, ...span };
  }
  return null;
}
