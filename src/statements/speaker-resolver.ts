// Turns speaker phrases into people, in reading order: names through the
// directory (any spelling, surname alone), titles through the titles the
// directory learned (preferring people this text names), pronouns and
// unmatched titles through the most recent compatible speaker.

import { namedPairMember } from './former-and-latter.ts';
import { laterWordFitsUnnamed } from './later-word-of-unnamed-source.ts';
import { isStreetInAnotherLanguage } from './street-named-in-another-language.ts';
import { ownedUnnamedSource } from './owned-unnamed-second-reference.ts';
import { postSpelledInBrackets } from './post-letters-in-brackets.ts';
import { relativeOfUnnamedGroup } from './relative-of-unnamed-group.ts';
import { latinNameReportingInRussian } from './russian-latin-body-name.ts';
import { quotedNameAsPrinted } from './russian-quoted-name-as-printed.ts';
import { legislationDocument } from './legislation-document.ts';
import { policeForceNamed } from './police-force.ts';
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { nameWithoutPostPlace } from './place-between-post-and-name.ts';
import { genderToldByText } from './gender-told-by-text.ts';
import { bodyNamedAsPeopleOf } from './people-plural-of-name.ts';
import { bodySpeakingAsIt } from './body-speaking-as-it.ts';
import { fullNameOfNickname } from './nickname-alone.ts';
import { teamHeadPrintedBefore } from './team-head-by-team.ts';
import { placeOfficeUnheld } from './office-owned-by-place.ts';
import { performerByPart } from './performer-by-part.ts';
import { bodyApposedByKind, bodyByApposedDescription, bodyDescribedWithThatThenIt, bodySpeakingAsThey, sideAsideThenThey } from './body-apposed-or-they.ts';
import { agentNounSpeakingOfIts } from './agent-noun-speaking-of-its.ts';
import { doerOfDescribedTrade } from './doer-of-described-trade.ts';
import { nameJoinedByAmpersand } from './ampersand-in-name.ts';
import { ownerOfRunners } from './board-of-body.ts';
import { bodyIntroducedByKind } from './bodies-introduced-by-kind.ts';
import { bodyApposedToPersonWord } from './body-apposed-to-person-word.ts';
import { endsInKindNameWord } from './kind-word-name-ends.ts';
import { bodyOpeningParagraphBefore } from './body-described-after-lead.ts';
import { fullNameAfterKind } from './body-full-name.ts';
import { bodiesCutShort } from './body-name-cut-short.ts';
import { headsSomething, isBossTitle } from './boss-as-head.ts';
import { businessNamedNext } from './business-named-next.ts';
import { bodyNamedWithItsPlace } from './level-word-before-body.ts';
import { businessOpeningItsSentence, NEW_BUSINESS_KINDS } from './business-opening-its-sentence.ts';
import { citedOnlyAsSource, dataProviderByTrade } from './cited-only-source.ts';
import { bodySpokeInSentenceBefore, clubNamedBefore } from './club-named.ts';
import { businessByAbbreviatedForm, endsInLegalForm } from './company-by-legal-form.ts';
import { isCouncilKind } from './council-kind.ts';
import { givenNameOfPairNamedTogether, isSpouseWord, otherOfCouple, spouseBySharedSurname } from './couple-named-together.ts';
import { counselNamedFor, isActingFor } from './acting-for-someone.ts';
import { ownedCarer } from './owned-carer.ts';
import { kinBySharedSurname } from './kin-by-shared-surname.ts';
import { holderOfPostWithParticle } from './post-with-particle.ts';
import { genderByPronounAfterSpeech } from './pronoun-after-speech-verb.ts';
import { isResearchOutfit } from './research-outfit.ts';
import { businessesByWhatTheyOwn } from './business-by-what-it-owns.ts';
import { isPostInNamedSettlement } from './russian-post-in-named-settlement.ts';
import { relationOfFullName } from './full-name-owner.ts';
import { courtOf } from './court-document.ts';
import { familyNameFirstByCourtesy } from './courtesy-family-name-first.ts';
import { otherThanTheOneByGivenName } from './courtesy-given-name.ts';
import { nameOfDescribedBody } from './described-body-named.ts';
import { documentIssuedBy, inHeadline } from './document-issued-by.ts';
import { bearerBySeniority, seniorityOf } from './elder-younger-bearer.ts';
import { russianBearerBySeniority, russianKinBearer, russianSeniorityOf } from './russian-elder-younger-bearer.ts';
import { russianPairBefore } from './russian-pair-by-plural-surname.ts';
import { withoutElidedArticle } from './elided-article.ts';
import { isEverydayTradePost } from './everyday-trade-post.ts';
import { fullNameAfterHonorific } from './given-name-after-honorific.ts';
import { charityNamedInText } from './charity-named-in-text.ts';
import { bodyNamedByPeoplePlural } from './body-named-by-people-plural.ts';
import { partyNamedWithoutTheWord } from './party-named-without-the-word.ts';
import { peoplePluralOnlyInsideLongerNames } from './people-plural-inside-longer-name.ts';
import { givenNameGender } from './given-names.ts';
import { groupByMembersWord } from './group-by-members-word.ts';
import { printedBefore, russianPostOnlyAfter } from './holder-named-later.ts';
import { documentAuthorNamedNext } from './document-author-named-next.ts';
import { holderOfTitleUsedAsNoun } from './honorific-as-post.ts';
import { womanKnownByObliqueName } from './russian-womans-name-read-twice.ts';
import { russianGenderByVerbAfterName } from './russian-gender-by-verb-after-name.ts';
import { initialsDefinedInBrackets } from './initials-spelling-a-word.ts';
import { initialsWithoutPlace } from './initials-without-place.ts';
import { isItsDocument } from './its-document-owner.ts';
import { judgingBody } from './judging-body.ts';
import { withoutKindOpening } from './kind-opened-lead.ts';
import { businessOpeningTheLead } from './lead-business.ts';
import { bodyNamedBeforeLettersWhich } from './letters-after-body-which.ts';
import { spellsPersonsPost } from './letters-spelling-a-post.ts';
import { describedAsPerson } from './lone-name-described-as-person.ts';
import { describedBeforeAsPerson } from './lone-name-described-before.ts';
import { lowerCaseNameSpelled } from './lower-case-name-before-initials.ts';
import { bodyNameEndingIn } from './article-before-lone-name.ts';
import { isMalayGivenNamesShortForm } from './malay-short-form.ts';
import { isWithMiddleNamesDropped } from './middle-names-dropped.ts';
import { displayNameWord, hasPatronymic, isIrishParticle, isJoinedInitials, isLineageParticle, isNameSuffix, isPatronymic, isVietnameseFamilyName, monthGivenName, withoutNicknames, withVietnameseFamilyName } from './name-forms.ts';
import { firstNameOnlyAfter, nameGivenInAside } from './name-given-aside.ts';
import { speakerNameOpenedBy } from './name-opened-by-lone-word.ts';
import { openedByCommonWord, printedAfterArticle } from './name-used-as-body.ts';
import { partlySpelledOut } from './partly-spelled-name.ts';
import { isFormerLifeDescription } from './former-life-description.ts';
import { nameKey, type Person, type PersonDirectory, type PersonTitle, titleCovers } from './people.ts';
import { titleWithBodyBeforePost } from './post-after-capitalised-body.ts';
import { deputyByPrincipalPost } from './russian-deputy-of-post.ts';
import { deputyOfNamedChief } from './russian-deputy-of-named-chief.ts';
import { isPeoplePluralBodyName } from './people-plural-body-name.ts';
import { personAsideAfterName } from './person-aside-after-name.ts';
import { postsByVerb } from './post-by-verb.ts';
import { isPostOfABody } from './post-of-a-body-unheld.ts';
import { isPublicRecordsCited } from './public-records.ts';
import { describesOneJustQuoted } from './quoted-then-described.ts';
import { researchRoleOf } from './research-firm.ts';
import { russianVerbGenderAt } from './russian-verb-gender.ts';
import { isBareInterlocutor } from './russian-interlocutor.ts';
import { businessHeadWanted, russianPostKind } from './russian-post-kind.ts';
import { personOfNation } from './russian-demonym-role.ts';
import { isKinWord } from './russian-relative-by-first-name.ts';
import { holderOfTradeWord } from './russian-trade-word-holder.ts';
import { holderOfPostWithWhose } from './russian-post-with-whose-printed.ts';
import { clergyAddressed } from './russian-clergy-address.ts';
import { compoundForeignName } from './russian-compound-foreign-name.ts';
import { isParticlePrintedSmall, particleNameInObliqueCase } from './russian-name-particles.ts';
import { isCyrillic, isRussianOutletNoun, isRussianPeopleNoun, RU_UNNAMED_ASIDE_RE, russianBodyReferent, russianCanonical, russianGender, russianNominativeName, russianPeopleNounGender, russianSurnameGender } from './russian.ts';
import { herFullNameFromOblique } from './russian-her-name-printed-oblique.ts';
import { authorOfDeed } from './russian-author-of-deed.ts';
import { pointsAtUnnamedBody } from './russian-body-pointed-at-unnamed.ts';
import { russianNameDescribedAsPerson } from './russian-name-described-as-person.ts';
import { sexOrAgeWordGender } from './russian-people-by-sex-or-age.ts';
import { isUnownedRussianDocument } from './russian-unowned-document.ts';
import { IN_A_MEDIUM } from './said-in-a-medium.ts';
import { BODY_KINDS, BODY_NAME_ENDS, BUSINESS_NOUNS, DOCUMENT_NOUNS, parseSpeakerPhrase, qualifierKey, type SpeakerPhrase, tokenize } from './speaker-phrase.ts';
import { businessOfStaffInSentence } from './staff-at-business.ts';
import { isRussianRelative, surnameBearerNotARelative, withRussianPatronymics } from './surname-shared-with-relatives.ts';
import { placeAfterTitledName, withPlacePrinted } from './titled-name-of-place.ts';
import type { SpeakerKind } from './types.ts';
import { OFFICES, officeNeverPrintedBefore } from './office-never-printed-before.ts';
import { postInitials, postSpelledBefore } from './initials-of-a-post.ts';
import { loneNameApposedToPersonNoun } from './lone-name-apposed-post.ts';
import { ownerNamedInSentenceBefore } from './post-after-owner-named.ts';
import { familyNameFirstInApposition } from './family-name-first-in-apposition.ts';
import { ageOfDescription, loneNameAfterKin, loneNamePrintedAsPerson, namePrintedAsParent, nameIntroducedAfterAge, namePrintedWithAge, PRIVATE_TRADES, parentOfChildren } from './described-by-age-or-children.ts';
import { isUnnamedPoliceDocument } from './unnamed-police-report.ts';
import { isUnnamedGovernmentNumbers } from './unnamed-government-numbers.ts';
import { businessNamedBySite } from './business-named-by-its-site.ts';
import { businessInPluralPossessive, TRADE_PLURALS } from './business-in-plural-possessive.ts';
import { nameApposedWithKind } from './name-apposed-with-kind.ts';
import { placeDescriptionNamedNext } from './place-description-named-next.ts';
import { businessInPostOfPerson } from './business-in-post-of-person.ts';
import { OWN_SUBJECT_KINDS, subjectByItsKind, withoutApposedDescription } from './subject-by-its-kind.ts';
import { tradeHolderSpokenOfAsPerson } from './trade-holder-spoken-of-as-he.ts';
import { isTradeWordOfUnnamedOne } from './trade-word-of-unnamed-one.ts';
import { businessNamedAfterItsTrade } from './business-named-after-its-trade.ts';
import { oneOfGroupByItsWord } from './russian-one-of-group-by-its-word.ts';
import { governmentNamedInItsLanguage } from './government-in-its-language.ts';
import { HONORIFICS, isCapitalisedGroup, isNationality, isPersonNoun, NAME_PARTICLES, ORGANISATION_HEADS, PLAYING_POSITIONS, PREPOSITIONS, ROLE_MODIFIERS, ROLE_NOUNS, SENTENCE_OPENERS } from './vocabulary.ts';
import { RU_PEOPLE_ROLES, russianRoles } from './vocabulary-ru.ts';
import { winnerOfDeed } from './russian-winner-of-deed.ts';
import { nameGoingOnPastOf } from './body-name-cut-before-of.ts';
import { isPartyToACase } from './party-to-a-case.ts';
import { withFirstNameBefore } from './first-name-before-two-word-name.ts';
import { businessInSentenceBefore } from './business-in-sentence-before.ts';

/** A participle's aside right after a Russian word for a person (", пожелавший остаться неизвестным,", ", живущая напротив"). */
const PARTICIPLE_ASIDE_RU = /^,\s*(?:\p{Ll}+(?:вш|ющ|ящ|ущ|ащ)(?:ий|ая|ее|ие)|котор(?:ый|ая))\s/u;

/**
 * The aside that says a speaker is unnamed on purpose put before the words for them, opening the sentence («Пожелавший
 * остаться неизвестным …», «Попросившая не называть ее имени …», «Не пожелавший представиться …»), with up to two
 * lower-case adjectives after it and then the word for them («… горный мастер», «… старшая медсестра»), read up to the
 * speaker phrase's end.
 */
const RU_UNNAMED_PREPOSED_RE = /(?:^|[.!?\u2026]\s+|\n)(?:Не\s+[пП]ожелавш|Пожелавш|Попросивш|Просивш|Отказавш)\p{Ll}*\s+(?:[^,.!?;«»\n]{0,60}?\s)?(?:аноним\p{Ll}*|неназванн\p{Ll}*|неизвестн\p{Ll}*|имени|фамилии|себя|представиться)(?:\s+\p{Ll}+(?:ый|ий|ой|ая|яя|ое|ее)){0,2}\s+\p{Ll}+(?:\s[^,.!?;«»\n]{0,60})?$/u;

/** Capitalised words before a surname that are no first name ("In Holm's view", "Monday Holm"). */
// (And the Russian emphatic «Сам» / «Сама» / «Сами» opening a sentence, «Сам Стеванович записал видеообращение»: "himself".)
const NOT_FIRST_NAMES = /^(?:In|On|At|As|By|For|From|With|To|The|A|An|Of|When|After|Before|While|If|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Speaking|Asked|Said|Says|According|Сам|Сама|Сами)$/u;

/** Documents that are numbers ("the figures", "the data"): with no owner given, an unnamed source's. */
const UNOWNED_NUMBERS = new Set(['figures', 'data', 'statistics', 'numbers']);

export interface ResolvedSpeaker {
  speaker: string | null;
  anonymous: boolean;
  kind: SpeakerKind | null;
}

/** Who "he" or "she" can stand for: a person, or an unnamed source ("a Kremlin source said… He said…"). */
interface PronounTarget {
  speaker: string | null;
  anonymous: boolean;
  plural?: boolean;
  /** Named besides the sentence's subject ("met the group's founder, Paul Engstrom"): the subject is likelier. */
  secondary?: boolean;
}

// ("The senior figure, speaking … on condition that he was not named, said", "The official, speaking anonymously,", "…,
// speaking on background,": the same promise in other words. Guard: not "speaking privately" or "speaking off the record",
// which a named holder of the post may do too.)
const UNNAMED_ASIDE_RE =
  /^,\s*(?:who\s+(?:declined|asked|refused|spoke|requested|did\s+not\s+want)\b[^,.]*\b(?:named|identified|anonymity)|speaking\s+(?:on\s+condition\s+of|under\s+condition\s+of)\s+anonymity|speaking\s+(?:anonymously|on\s+background)\b|speaking\b[^,.]{0,40}\bon\s+(?:the\s+)?condition\s+that\s+(?:he|she|they|it)\s+(?:was|were|is|are|would|not|should|be)\b[^,.]{0,20}\b(?:named|identified))/u;


/** Words for a relative, a partner or a friend ("her sister", "his wife"). */
const RELATIONS = new Set(['sister', 'brother', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'mum', 'mom', 'dad', 'parent',
  'friend', 'partner', 'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'fianc\u00E9', 'fianc\u00E9e', 'cousin', 'uncle', 'aunt', 'niece', 'nephew',
  'grandmother', 'grandfather', 'grandson', 'granddaughter', 'stepfather', 'stepmother', 'sibling', 'relative', 'neighbour', 'neighbor']);

/** Posts that speak for a body ("the council's spokeswoman"): unnamed, such a one is an unnamed source. */
const SPOKES_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** After a surname: not a plural's bare possessive before a body's word ("Kuto Market Traders' Association"). */
const NOT_PLURAL_IN_BODY_NAME = String.raw`(?!['\u2019][^\S\n]+(?:\p{Lu}[\p{L}-]*[^\S\n]+){0,2}(?:Association|Union|Federation|Council|Society|Guild|Co-?operative|Forum|Alliance|League|Committee|Group|Club|Network|Trust|Chamber)(?![\p{L}]))`;
/** The space between a first name and a surname: not across a blank line (a byline's place, then a paragraph). */
const NAME_GAP = '(?:[^\\S\\n]+|[^\\S\\n]*\\n[^\\S\\n]*)';
/** A nickname in quotation marks between a first name and a surname ("Patrick 'Paddy' Walsh"), for the regular expressions below. */
const NICKNAME_GAP = '(?:\\s+["\u201C\u2018\'\u00AB]\\p{Lu}[\\p{L}.-]{0,15}["\u201D\u2019\'\u00BB])?';
/** No space after a lone initial's full stop, before the surname ("D.Ganbold"), for the regular expressions below. */
const JOINED_INITIAL_GAP = '(?<=(?<![\\p{L}.])\\p{Lu}\\.)';
/** A generational suffix after a surname ("Reed Jr.", "Whitcombe III"), captured. */
const SUFFIX_AFTER = '(?:,?\\s+(Jr\\.?|Sr\\.?|II|III|IV)(?![\\p{L}]))?';

const NOBODY: ResolvedSpeaker = { speaker: null, anonymous: false, kind: null };

/** A blank line: a paragraph ends. */
const PARAGRAPH_BREAK_RE = /\n[ \t]*\n/u;

/** An age in apposition right after a name: ", 29,". */
const AGE_AFTER_RE = /^,\s*\d{1,3}\s*,/u;

function display(words: string[]): string {
  return words
    .map((w, i) =>
      NAME_PARTICLES.has(w.toLowerCase()) && i > 0 && !isVietnameseFamilyName(words[i - 1]!) ? w.toLowerCase() : /\p{Ll}/u.test(w) || isNameSuffix(w) || isJoinedInitials(w) ? displayNameWord(w) : displayNameWord(w.charAt(0) + w.slice(1).toLowerCase()),
    )
    .join(' ');
}

export class SpeakerResolver {
  /** People who spoke or were the subject of a sentence so far, latest last. */
  private readonly recent: string[] = [];
  /** What a pronoun can point back at, latest last. */
  private readonly pronounTargets: PronounTarget[] = [];
  /** The named firm whose analysts (economists, strategists) spoke last, for a later "the analysts" (research-firm.ts). */
  private lastResearch: { speaker: string; role: string } | null = null;
  /** Bodies named so far ("the Russian Foreign Ministry"), so "the ministry" can find its full name. */
  private readonly bodies: string[] = [];
  /** Who wrote the documents named so far, by their noun ("study" → "University of Exeter"). */
  private readonly documents = new Map<string, string | null>();
  /** A document's author given by a post and found by it ("A memo from the district's business manager"), by the noun. */
  private readonly documentPeople = new Map<string, string>();
  /** The documents whose author only the headline gave ("…, Flow Country study finds"), which the prose may name better. */
  private readonly documentsByHeadline = new Set<string>();
  /** Titles this text gave people ("the Russian diplomat" once resolved to Rogozin). */
  private readonly titlesInText = new Map<string, PersonTitle[]>();
  private readonly namedInText: Set<string>;
  /** Unnamed sources so far with the role they were given ("a European diplomat"), for "the diplomat said". */
  private readonly unnamedSources: { roles: string[]; qualifier: string | null; order: number; words?: readonly string[] }[] = [];
  /** When each person was last named or pointed at, in the same count as `unnamedSources`. */
  private readonly lastSeen = new Map<string, number>();
  private order = 0;
  /** Groups and bodies so far ("local farmers", "the ministry"), for "they", with when they were named. */
  private readonly groups: { resolved: ResolvedSpeaker; order: number }[] = [];
  /**
   * Bodies and groups only mentioned as a sentence's subject, never speaking (index in `bodies` / `groups` → where), so
   * that a later paragraph's "it" / "they" can pass over them to one that spoke.
   */
  private readonly mentionedBodies = new Map<number, number>();
  private readonly mentionedGroups = new Map<number, number>();
  /**
   * Groups a sentence only mentions and that never spoke as such (index in `groups`): "Три снегохода ушли под лед" is no
   * "там" a later «Там уточнили» could mean. (Where phrases that spoke begin, to tell a speaker mentioned again from them.)
   */
  private readonly onlyMentionedGroups = new Set<number>();
  private readonly spokeAt = new Set<number>();
  private noting = false;

  /** Lone names an aside gave someone described ("who asked that only her first name, Kirsty, be used"): a later "Kirsty said" is hers. */
  private readonly namesGivenInAsides = new Set<string>();
  /** Posts the text gives by a verb ("Name, who chairs the trust"): post-by-verb.ts. */
  private readonly postsByVerb = new Map<string, PersonTitle[]>();

  constructor(
    private readonly directory: PersonDirectory,
    private readonly text: string,
  ) {
    for (const [name, roles] of postsByVerb(text)) {
      const titles = roles.map((role) => ({ roles: [role], qualifier: null }));
      this.titlesInText.set(name, titles);
      this.postsByVerb.set(name, titles);
    }
    const keys = new Set(tokenize(text).map((t) => nameKey(t.base)));
    // (Forty-fourth session: or a Russian surname printed only in a woman's oblique «-ой», whose key, «никифоровои», is not
    // the nominative's, «никифоров»: printedBefore reads its stem; holder-named-later.ts.)
    this.namedInText = new Set(
      directory.people().filter((p) => keys.has(nameKey(p.name.split(' ').at(-1)!))
        || (/^[\u0400-\u04FF]+ [\u0400-\u04FF]+$/u.test(p.name) && printedBefore(text, p.name, Number.POSITIVE_INFINITY))).map((p) => p.name),
    );
  }

  /** Whom the document the latest resolved phrase named spoke for, else null ("The report says …", then "It notes …"). */
  private lastDocument: ResolvedSpeaker | null = null;
  /** When (in `order`) one unnamed person last spoke: latestUnnamedSpoke. */
  private lastUnnamed = 0;
  /** When (in `order`) an unnamed group of people last spoke («…, жалуются жители Заречья»): latestUnnamedSpoke. */
  private lastUnnamedGroup = 0;
  private lastDocumentAt = -1;
  /** A person's post as the text first printed it, for russian-post-kind.ts. */
  private readonly postsPrinted = new Map<string, string>();
  /** The person the latest statement was given to, if it was a person: isBareInterlocutor. */
  private lastSpokenPerson: string | null = null;

  resolve(printed: SpeakerPhrase): ResolvedSpeaker {
    // "The commission's decision states that …. It notes that …": "it" right after a document is that document (its
    // author, or an unnamed source for one whose author the text does not name), not the last body named.
    if (printed.kind === 'pronoun' && printed.pronoun === 'it' && this.lastDocument) return this.lastDocument;
    // ("The warning says … and that …": the same document for its second clause, though a word between was read as a body.)
    if (printed.document && this.lastDocument && this.lastDocumentAt === printed.start) return this.lastDocument;
    if (!this.noting) this.spokeAt.add(printed.start);
    // ("The former said" / "The latter said": the first / last of the people the sentence before named; former-and-latter.ts.)
    if (printed.ordinal) {
      const member = namedPairMember(this.text, printed.start, printed.ordinal);
      if (member) printed = { kind: 'name', name: member.name, roles: [], qualifier: null, start: member.start, end: member.end };
    }
    // ("Ayla Brett's sister said": a relation or a post owned by a full name speaks, not the name; only for a speaker,
    // a mention still notes the name; full-name-owner.ts.)
    // («Как пишет Baltijas Osta, …. Издание отмечает, что …»: a word for an outlet alone opening the sentence was read as a
    // lone name; it is the outlet cited last, as «Как отмечает издание» is (thirty-fourth session, second round). Guard:
    // one word, an outlet's, in Russian; an outlet named before it (russianBodyReferent finds one), else read as before.)
    if (printed.kind === 'name' && printed.name.length === 1 && isRussianOutletNoun(printed.name[0]!) && isCyrillic(printed.name[0]!)
      && russianBodyReferent(this.text, printed.name[0]!.toLowerCase(), printed.start, []) !== null) {
      printed = { kind: 'organisation', body: printed.name[0]!.toLowerCase(), name: [], roles: [], qualifier: null, start: printed.start, end: printed.end };
    }
    // («— сказал Гусев-старший», «Рыжов-младший добавил»: of two bearers of the surname, the one the text marks so, read as
    // a body before; russian-elder-younger-bearer.ts. Forty-first session.)
    const ranked = (printed.kind === 'name' && printed.name.length === 1) || (printed.kind === 'organisation' && printed.name.length === 0 && !/\s/u.test(printed.body ?? ''))
      ? russianSeniorityOf(printed.kind === 'name' ? printed.name[0]! : printed.body!) : null;
    const bearer = ranked ? russianBearerBySeniority(this.text, ranked.surname, ranked.which) : null;
    if (bearer) printed = { kind: 'name', name: bearer.split(' '), roles: [], qualifier: null, start: printed.start, end: printed.end };
    // («— добавил отец», «— сказала дочь»: the elder or younger of two bearers of one surname named just before; else the
    // pronoun of the kin's sex; russian-elder-younger-bearer.ts, forty-second session.)
    const kinBearer = printed.kind === 'pronoun' && printed.kin && (printed.pronoun === 'he' || printed.pronoun === 'she')
      ? russianKinBearer(this.text, printed.start, printed.kin, printed.pronoun) : null;
    // (No such pair: whoever spoke last, as when the word was no speaker at all and the quotation went on with the last one.)
    const kinFallback = printed.kind === 'pronoun' && printed.kin && !kinBearer ? this.lastSpokenPerson : null;
    const kinName = kinBearer ?? kinFallback;
    if (kinName) printed = { kind: 'name', name: kinName.split(' '), roles: [], qualifier: null, start: printed.start, end: printed.end };
    // («Супруги Name и Name Surname-ы …. Они рассказали, что …»: a pair named by one plural surname, the first named;
    // russian-pair-by-plural-surname.ts. Forty-first session.)
    const pairFirst = !this.noting && printed.kind === 'pronoun' && /^[Оо]ни$/u.test(this.text.slice(printed.start, printed.end)) ? russianPairBefore(this.text, printed.start) : null;
    if (pairFirst) printed = { kind: 'name', name: pairFirst.split(' '), roles: [], qualifier: null, start: printed.start, end: printed.end };
    // ("…," the Turaga ni Koro said." after "Turaga ni Koro Name Name said": the post's holder, not its last word read as a
    // body; post-with-particle.ts. Forty-third session.)
    const postHolder = !this.noting && (printed.kind === 'organisation' || printed.kind === 'name')
      ? holderOfPostWithParticle(this.text, printed.start, printed.end, (w) => HONORIFICS.has(w)) : null;
    if (postHolder) printed = { kind: 'name', name: postHolder.split(' '), roles: [], qualifier: null, start: printed.start, end: printed.end };
    const resolved = this.resolvePhrase((!this.noting && relationOfFullName(this.text, printed)) || printed);
    // (Who spoke last, a person the text named or not, for a bare «собеседник»: russian-interlocutor.ts.)
    if (!this.noting) this.lastSpokenPerson = resolved.kind === 'person' ? resolved.speaker : null;
    // (When one unnamed person last spoke, for latestUnnamedSpoke.)
    // (Thirty-fourth session: and one unnamed person who opens a sentence without speaking, «Врач отделения, попросивший не
    // называть его фамилию, объяснил уход коллег зарплатами.», is the latest one too, as a named subject is noted so; not a
    // group nor a document.)
    if (resolved.anonymous && !(printed.kind === 'anonymous' && printed.plural) && printed.kind !== 'organisation'
      && (!this.noting || (printed.kind === 'anonymous' && !printed.document))) this.lastUnnamed = ++this.order;
    if (resolved.anonymous && printed.kind === 'anonymous' && printed.plural && !printed.document && !this.noting) this.lastUnnamedGroup = ++this.order;
    this.lastDocument = printed.document ? resolved : null;
    this.lastDocumentAt = printed.document ? printed.start : -1;
    return resolved;
  }

  private resolvePhrase(printed: SpeakerPhrase): ResolvedSpeaker {
    // ("Mill Road Traders said its members …", "Federated Farmers says it …": capitalised words ending in a plural for people
    // that the text treats as one body; body-named-by-people-plural.ts. Forty-second session.)
    // ("Upland Growers said it …", read as a person's name of two words: only a clause of "it" / "its" makes it a body.)
    const pluralBody = printed.kind === 'anonymous' && printed.plural ? bodyNamedByPeoplePlural(this.text, printed.start, printed.end)
      : printed.kind === 'name' && printed.roles.length === 0 && printed.name.length >= 2 ? bodyNamedByPeoplePlural(this.text, printed.start, printed.end, true) : null;
    if (pluralBody) return this.resolvePhrase({ kind: 'organisation', body: pluralBody, name: [], roles: [], qualifier: null, start: printed.start, end: printed.end });
    // ("Patrick 'Paddy' Walsh", "Мария «Маша» Коваль": a nickname in quotation marks is no part of the canonical name.)
    const phrase = printed.kind === 'name' && printed.name.length >= 2
      ? { ...printed, name: withoutNicknames(printed.name, this.text.slice(printed.start, printed.end + 40)) } : printed;
    // ("Deputy Commissioner of Police (Cyber) Name Name said", "Superintendent of Police (Rural) Name Name": one capitalised
    // word in brackets after a post's capitalised word, right before a given name and a surname, is the post's field, not
    // the name's first word, as a field of two words in brackets already was; forty-first session, d731. Guard: the
    // brackets right after a capitalised word and right before the rest of the name, three name words at least.)
    const field = phrase.kind === 'name' && phrase.name.length >= 3
      && new RegExp(`\\p{Lu}[\\p{L}'\u2019-]*\\s+\\(${escapeRegExp(phrase.name[0]!)}\\)\\s+${escapeRegExp(phrase.name[1]!)}(?![\\p{L}])`, 'u').test(this.text.slice(Math.max(0, printed.start - 40), printed.end));
    if (field) return this.resolvePhrase({ ...phrase, name: phrase.name.slice(1) });
    // ("Deputy Commissioner Umerkot Name Name Name said", "Deputy Commissioner Hunza Farhan Ali told APP" then "Farhan Ali
    // said": the district or department between the post and the name is no part of the name; place-between-post-and-name.ts.)
    const placeDropped = phrase.kind === 'name' ? nameWithoutPostPlace(this.text, phrase.name, phrase.roles, phrase.qualifier, phrase.start, phrase.end) : null;
    if (placeDropped) return this.resolvePhrase({ ...phrase, name: placeDropped });
    // ("Big Fergus says" after 'Fergus "Big Fergus" MacAskill': a nickname of two words, used alone, is that person, as a
    // one-word nickname is below; nickname-alone.ts. Fortieth session, d2271.)
    const nicknamedTwo = phrase.kind === 'name' && phrase.name.length === 2 && phrase.roles.length === 0 ? fullNameOfNickname(this.text, phrase.name.join(' ')) : null;
    if (nicknamedTwo) return this.resolvePhrase({ ...phrase, name: nicknamedTwo.split(' ') });
    // ("…," the 41-year-old said" after "Name Name, 41, …", "the mother of three said": a second reference by the age
    // printed with a name, or by a parent's children; described-by-age-or-children.ts.)
    // ("The PS added that" after "The Permanent Secretary of the ministry, Mr Name": a post's capitals, the post's holder,
    // not a body "PS"; initials-of-a-post.ts.)
    const letters = phrase.kind === 'organisation' ? postInitials(this.text.slice(phrase.start, phrase.end)) : null;
    // ("The LSA said" after "A learning support assistant (LSA) …": a lower-case post's letters in brackets;
    // post-letters-in-brackets.ts.)
    const post = letters ? postSpelledBefore(this.text, letters, phrase.start) ?? postSpelledInBrackets(this.text, letters, phrase.start, isPersonNoun) : null;
    const postPhrase = post ? parseSpeakerPhrase(tokenize(`the ${post}`)) : null;
    if (postPhrase?.kind === 'title' && postPhrase.roles.length > 0) return this.resolvePhrase({ ...postPhrase, start: phrase.start, end: phrase.end });
    // ("the Rovers boss said" after "Rovers coach Name Name": team-head-by-team.ts.)
    const described = (phrase.kind === 'title' || phrase.kind === 'anonymous' ? this.describedByAgeOrChildren(phrase) : null)
      ?? (phrase.kind === 'name' ? null : teamHeadPrintedBefore(this.text, this.text.slice(phrase.start, phrase.end), phrase.start))
      // ("… Name Name, the tower captain, …. The former headmaster said": former-life-description.ts.)
      ?? this.formerLifeOfLatest(phrase)
      // («Бывшая чемпионка области» after «Name Surname, в 1987 году чемпионка области, …»: the post and whose it is, printed
      // in that one person's sentence; russian-post-with-whose-printed.ts.)
      ?? (phrase.kind === 'title' && isCyrillic(this.text.slice(phrase.start, phrase.end))
        ? holderOfPostWithWhose(this.text, this.text.slice(phrase.start, phrase.end), phrase.start,
          this.directory.people().filter((p) => this.namedInText.has(p.name) && p.name.includes(' ')).map((p) => p.name)) : null)
      // ("The actor, who plays Torvald, said" after "Tom Ashdown is Torvald": performer-by-part.ts.)
      ?? (phrase.kind === 'name' ? null : performerByPart(this.text, phrase.start, phrase.end));
    if (described) {
      return this.notedPerson(described);
    }
    // (Thirty-eighth session: «— уточнила собеседница» after «— рассказала Гарифуллина»: the feminine word, which the phrase
    // reader reads as a post, not an unnamed source's stem, is the one just quoted on the same terms as a bare «собеседник»
    // (russian-interlocutor.ts): a person the text named, nobody named since. It had gone to a woman who spoke before her.)
    if (phrase.kind === 'title' && !phrase.plural && this.lastSpokenPerson && phrase.roles.length === 1 && /^собеседниц/u.test(phrase.roles[0]!)
      && isBareInterlocutor(this.text, phrase.start, phrase.end)
      && this.pronounTargets.findLast((t) => !t.plural && !t.secondary)?.speaker === this.lastSpokenPerson) {
      return this.notedPerson(this.lastSpokenPerson);
    }
    // ("Fort Ardley's mayor said" with no mayor named: a place's office nobody the text named holds, unnamed;
    // office-owned-by-place.ts.)
    if (phrase.kind === 'title' && placeOfficeUnheld(this.text, phrase.start, phrase.end)) {
      this.pronounTargets.push({ speaker: null, anonymous: true });
      return { speaker: null, anonymous: true, kind: 'anonymous' };
    }
    // ("According to data from schedule analyst Linerlytics": a data provider, cited-only-source.ts.)
    const provider = printed.kind === 'name' && printed.name.length === 1 && printed.roles.length > 0 ? dataProviderByTrade(this.text, printed.start, printed.end) : null;
    if (provider) {
      this.bodies.push(provider);
      return { speaker: provider, anonymous: false, kind: 'organisation' };
    }
    // ("MOM said" after "The Ministry of Manpower (MOM)": initials spelling a person's word, initials-spelling-a-word.ts.)
    const initials = printed.kind === 'title' ? initialsDefinedInBrackets(this.text, printed.start, printed.end) : null;
    // (A body's, not a post's: "the SDM" after "Sub-Divisional Magistrate (SDM)" is the person holding the post.)
    const spelled = initials ? spelledOut(this.text, initials) : null;
    // (Nor a post named after its area, "the DC" after "Kasungu District Commissioner (DC)": a body's word must head the
    // name, first, "Ministry of …", or last, "… Agency".)
    const spelledWords = spelled?.toLowerCase().split(/\s+/u) ?? [];
    const bodyWord = (w: string | undefined) => w !== undefined && (ORGANISATION_HEADS.has(w) || BODY_NAME_ENDS.has(w));
    // (Nor a post that opens with an area's word, "District Chief Executive (DCE)", letters-spelling-a-post.ts.)
    if (initials && (bodyWord(spelledWords[0]) || bodyWord(spelledWords.at(-1))) && !spellsPersonsPost(spelledWords)) return this.resolvePhrase({ kind: 'name', name: [initials], roles: [], qualifier: null, start: printed.start, end: printed.end });
    // "the general, who declined to be named, told Reuters": unnamed on purpose.
    // ("жительница дома № 14, попросившая не называть ее фамилию": a house number may end the phrase as printed.)
    const aside = this.text.slice(phrase.end, phrase.end + 90).replace(/^\s*№?\s*\d+[\p{L}/]*/u, '');
    // ('"…," said a science teacher at a school in Jumeirah, who gave her name as Name': the name given is who spoke.)
    // ("A tenant who gave her name only as Mrs Chan said", "One mother, whom the report calls Aroha, …": name-given-aside.ts.
    // A lone first name is the person's, not read as a body's as a lone unknown word is.)
    const given = phrase.kind === 'title' || phrase.kind === 'anonymous' ? nameGivenInAside(this.text, phrase.start, phrase.end) : null;
    const named = given ? parseSpeakerPhrase(tokenize(given.name, given.at)) : null;
    if (named?.kind === 'name') {
      const resolved = named.name.length > 1 ? this.resolve(named) : null;
      if (resolved?.kind === 'person') return resolved;
      const speaker = display(named.name);
      this.namesGivenInAsides.add(speaker);
      this.notePerson(speaker);
      return { speaker, anonymous: false, kind: 'person' };
    }
    // ("… Kgosi Name Name said … 'Q,' the Kgosi said": a chief's title used as a noun is the one last given it, honorific-as-post.ts.)
    // («Его заместитель Name Surname» then «— сказал заместитель Никитенко»: a deputy called by the chief's surname in the
    // genitive is the one person the text called by the bare deputy's word; russian-deputy-of-named-chief.ts.)
    const deputyWords = phrase.kind === 'name' && phrase.name.length === 1 ? this.text.slice(phrase.start, phrase.end).split(/\s+/u) : [];
    const deputy = deputyWords.length === 2 ? deputyOfNamedChief(deputyWords, this.directory.people()
      .filter((p) => this.namedInText.has(p.name) && printedBefore(this.text, p.name, phrase.start)).map((p) => ({ name: p.name, titles: this.titlesOf(p) }))) : null;
    if (deputy) return this.notedPerson(deputy);
    const holder = phrase.kind === 'name' && phrase.name.length === 1 ? holderOfTitleUsedAsNoun(this.text, this.text.slice(phrase.start, phrase.end), phrase.start) : null;
    const titled = holder ? parseSpeakerPhrase(tokenize(holder)) : null;
    if (titled?.kind === 'name' && titled.name.length > 1) {
      const resolved = this.resolve({ ...titled, start: phrase.start, end: phrase.end });
      if (resolved.kind === 'person') return resolved;
    }
    if (phrase.kind === 'title' && (UNNAMED_ASIDE_RE.test(aside) || RU_UNNAMED_ASIDE_RE.test(aside))) {
      this.pronounTargets.push({ speaker: null, anonymous: true });
      return { speaker: null, anonymous: true, kind: 'anonymous' };
    }
    // "A person briefed on the talks said …" then "the person said": always an unnamed source.
    if (phrase.kind === 'title' && phrase.roles.length > 0 && phrase.roles.every((r) => r === 'person')) {
      this.pronounTargets.push({ speaker: null, anonymous: true });
      return { speaker: null, anonymous: true, kind: 'anonymous' };
    }
    // ("In a statement, the marketer says its orchard teams …": a doer's word speaking of "its" own is the body named last,
    // agent-noun-speaking-of-its.ts.)
    const bodyBefore = phrase.kind === 'title' && agentNounSpeakingOfIts(this.text, phrase.start, phrase.end, phrase.roles)
      ? [...this.bodies].reverse().find((b) => /^\p{Lu}/u.test(b)) : undefined;
    if (bodyBefore) {
      this.bodies.push(bodyBefore);
      return { speaker: bodyBefore, anonymous: false, kind: 'organisation' };
    }
    // ("— сказал Маккензи" after "Брэдли Маккензи", "Берлускони": a foreign surname in -и that does not decline reads as a
    // Russian plural, "жители"; printed after a first name, it is that person's. So is "Banks, who …, said" after "John
    // Banks": a surname that is also a plural of bodies.)
    const word = phrase.kind === 'anonymous' && phrase.plural ? this.text.slice(phrase.start, phrase.end) : '';
    // ("Parents have complained …" beside "Peel Parents Together": no full name, people-plural-inside-longer-name.ts.)
    if ((/^\p{Lu}[\u0430-\u044F\u0451]{3,}и$/u.test(word) || /^\p{Lu}\p{Ll}{2,}s$/u.test(word)) && this.fullNameInText(word)
      && !peoplePluralOnlyInsideLongerNames(this.text, word)) {
      return this.resolve({ kind: 'name', name: [word], roles: [], qualifier: null, start: phrase.start, end: phrase.end });
    }
    // («Активисты инициативной группы «…» считают», then «Активисты назвали …»: a named group's members speaking together
    // are the group; the annotations of the development and read parts have it so, unlike a body's staff, «Синоптики УГМС».)
    const group = phrase.kind === 'anonymous' && phrase.plural ? this.namedGroupOfMembers(phrase) : null;
    if (group) {
      this.bodies.push(group);
      this.groups.push({ resolved: { speaker: group, anonymous: false, kind: 'organisation' }, order: ++this.order });
      return { speaker: group, anonymous: false, kind: 'organisation' };
    }
    // ("Analysts at X said …. "…," the analysts wrote.": the firm whose analysts spoke last; other analysts since are
    // whom it means, unnamed.)
    const research = phrase.kind === 'anonymous' && phrase.plural ? researchRoleOf(tokenize(this.text.slice(phrase.start, phrase.end))) : null;
    if (research?.definite && this.lastResearch?.role === research.role) return { speaker: this.lastResearch.speaker, anonymous: false, kind: 'organisation' };
    if (research) this.lastResearch = null;
    // ("Ferry operator Name Surname said his boat …": a trade's holder the text speaks of as "he", a person, not a business
    // named after its kind; trade-holder-spoken-of-as-he.ts.)
    const tradeHolder = phrase.kind === 'organisation' && !phrase.document ? tradeHolderSpokenOfAsPerson(this.text, this.text.slice(phrase.start, phrase.end), BODY_NAME_ENDS) : null;
    if (tradeHolder) return this.resolvePhrase({ kind: 'name', name: tradeHolder, roles: [], qualifier: null, start: phrase.start, end: phrase.end });
    // ("The Friends of the Wensleydale Moor Railway called …": after "The", the phrase reads as a name, "Friends"; it is the
    // body's name, as without "The"; people-plural-of-name.ts. Forty-fourth session, test-62 w17.)
    const theBodyOf = phrase.kind === 'name' && /^The\s/u.test(this.text.slice(phrase.start, phrase.end)) ? bodyNamedAsPeopleOf(this.text, phrase.start, phrase.end) : null;
    if (theBodyOf) {
      this.bodies.push(theBodyOf);
      return { speaker: theBodyOf, anonymous: false, kind: 'organisation' };
    }
    switch (phrase.kind) {
      case 'anonymous': {
        // ("Friends of the Carron Water said", "Farmers of the Upper Platte, a landowners' group, said": a body's name, not
        // an unnamed group; people-plural-of-name.ts.)
        // ("The feed merchants said" after "Harlan Mills, the Malton feed merchants,": body-apposed-or-they.ts.)
        const pluralOf = (phrase.plural && phrase.roles.length === 0 ? bodyNamedAsPeopleOf(this.text, phrase.start, phrase.end) : null)
          ?? (phrase.plural ? bodyByApposedDescription(this.text, phrase.start, phrase.end) : null);
        if (pluralOf) {
          this.bodies.push(pluralOf);
          this.groups.push({ resolved: { speaker: pluralOf, anonymous: false, kind: 'organisation' }, order: ++this.order });
          return { speaker: pluralOf, anonymous: false, kind: 'organisation' };
        }
        // («Как рассказал в беседе с корреспондентом … Name, …. По словам собеседника, …»: the one just quoted, when named and
        // nobody was named since; russian-interlocutor.ts.)
        if (!phrase.plural && this.lastSpokenPerson && isBareInterlocutor(this.text, phrase.start, phrase.end)
          && this.pronounTargets.findLast((t) => !t.plural && !t.secondary)?.speaker === this.lastSpokenPerson) {
          return this.notedPerson(this.lastSpokenPerson);
        }
        // ("Al Noor's net debt rose 38 per cent, according to its annual report": a document given to "its" whose owner's
        // name ends in no body's word is the body "it" means, as a following "it said" would be; its-document-owner.ts.)
        const owner = isItsDocument(this.text, phrase) ? this.bodies[this.lastSpeaking(this.bodies.length, this.mentionedBodies, phrase.start)] : undefined;
        if (owner) return { speaker: owner, anonymous: false, kind: 'organisation' };
        // ("An audit … found" then "The audit said": still nobody's.)
        if (phrase.document) this.documents.set(phrase.document, null);
        // (A group is no "he" or "she": "Застройщики не снижают цены, рассказал Name. «…», — пояснил он." It is "they".)
        this.pronounTargets.push({ speaker: null, anonymous: true, plural: phrase.plural });
        if (phrase.plural) this.groups.push({ resolved: { speaker: null, anonymous: true, kind: 'anonymous' }, order: ++this.order });
        // (Its words as whose-post keys too: "a U.S. Navy official" is whom a later "the Navy official" means.)
        if (phrase.roles.length > 0) {
          const words = tokenize(this.text.slice(phrase.start, phrase.end)).map((t) => qualifierKey(t.base));
          this.unnamedSources.push({ roles: phrase.roles, qualifier: phrase.qualifier, order: ++this.order, words });
        }
        return { speaker: null, anonymous: true, kind: 'anonymous' };
      }
      case 'organisation': {
        // ("One miner, who …, said …. The miner added that …": a trade's word of an unnamed one quoted before, not a
        // business; trade-word-of-unnamed-one.ts.)
        if (isTradeWordOfUnnamedOne(this.text.slice(phrase.start, phrase.end), this.text.slice(0, phrase.start), this.unnamedSources.map((u) => u.roles))) {
          this.pronounTargets.push({ speaker: null, anonymous: true });
          return { speaker: null, anonymous: true, kind: 'anonymous' };
        }
        // ("Court filings show …", "Companies House filings show …": records the reporter looked up, unnamed; public-records.ts.)
        if (isPublicRecordsCited(this.text, phrase) && !this.documents.has(phrase.document!)) return { speaker: null, anonymous: true, kind: 'anonymous' };
        // ("According to the police report, three engines have been reported stolen": a report of the police in lower
        // case, where the text names no police body ("Brierwood Police Department", "NSW Police"), is nobody named:
        // unnamed-police-report.ts.)
        if (isUnnamedPoliceDocument(phrase, this.text)) return { speaker: null, anonymous: true, kind: 'anonymous' };
        // ("…, according to government data" in a text naming no government: unnamed-government-numbers.ts.)
        if (isUnnamedGovernmentNumbers(phrase, this.text)) return { speaker: null, anonymous: true, kind: 'anonymous' };
        // "The study said": whoever the text gave as the author of the last such document, else the last body named.
        if (phrase.document && phrase.body === phrase.document) {
          if (this.documents.get(phrase.document) === null) return { speaker: null, anonymous: true, kind: 'anonymous' };
          // ('"…," the memo says.' after "A memo from the district's business manager": the post's holder found for it;
          // document-author-named-next.ts.)
          const byPost = this.documents.has(phrase.document) ? undefined : this.documentPeople.get(phrase.document);
          if (byPost) return { speaker: byPost, anonymous: false, kind: 'person' };
          // ("The figures show …", "The data shows …" with no owner the text gives: numbers the reporter cites, nobody's;
          // unlike "the report", which is the last body's when the text named no author.)
          if (!this.documents.has(phrase.document) && UNOWNED_NUMBERS.has(phrase.document)) return { speaker: null, anonymous: true, kind: 'anonymous' };
          // (With no author recorded, a court's ruling is the court's and an assessment the judging body's, though neither
          // spoke: court-document.ts, judging-body.ts.)
          // (A maker the prose names, "new research led by the University of X", beats the headline's "X study finds",
          // whose words may be a place's: document-issued-by.ts.)
          const issuedBy = documentIssuedBy(this.text, phrase.document, phrase.start);
          const author = (this.documentsByHeadline.has(phrase.document) ? issuedBy : null) ?? this.documents.get(phrase.document)
            ?? courtOf(this.text, phrase.document, phrase.start) ?? judgingBody(this.text, phrase.document, phrase.start) ?? issuedBy
            ?? this.bodies.at(-1);
          // ("According to the latest auction report" with no body before it: a document whose author the text does not
          // name is an unnamed source.)
          if (!author) return { speaker: null, anonymous: true, kind: 'anonymous' };
          this.groups.push({ resolved: { speaker: author, anonymous: false, kind: 'organisation' }, order: ++this.order });
          return { speaker: author, anonymous: false, kind: 'organisation' };
        }
        // ("В компании «Газпром газораспределение Ярославль» подтвердили": a «name» of three words or more is masked as a
        // quotation; the body is that name as printed.)
        // (Or a bare «name», an outlet's: "…, пишет канал" after "Telegram-канал «Инцидент Урал»".)
        // ("В окружении губернатора считают, что …. …, уверяют там.": "там" after an unnamed group that spoke last is that group.)
        const lastGroup = this.groups.at(-1);
        if (phrase.body === 'там' && this.text.slice(phrase.start, phrase.end).toLowerCase() === 'там' && lastGroup?.resolved.anonymous
          && lastGroup.order > Math.max(0, ...this.lastSeen.values()) && !this.onlyMentionedGroups.has(this.groups.length - 1)) {
          return { speaker: null, anonymous: true, kind: 'anonymous' };
        }
        // («Перевозчик не уведомлял министерство …, говорится в ответе министерства. …, добавили там.»: «там» after a body
        // spoke in the sentence before is that body, not a body that sentence's clause is about, noted after it as the
        // sentence's subject (twenty-ninth session). Guards: every group since the one that spoke only mentioned, each in the
        // sentence just before; no person seen since it spoke.)
        const spokeThere = phrase.body === 'там' && this.text.slice(phrase.start, phrase.end).toLowerCase() === 'там' ? this.bodyThatSpokeBefore(phrase.start) : null;
        if (spokeThere) return spokeThere;
        // («Представители компании-подрядчика … Как сообщили в самой компании»: a body pointed at whose last mention gave it
        // no name, russian-body-pointed-at-unnamed.ts.)
        if (pointsAtUnnamedBody(this.text, phrase.start, phrase.end)) return { speaker: null, anonymous: true, kind: 'anonymous' };
        const masked = phrase.body && /(?:^|\s)x{2,}(?:\s|$)/u.test(phrase.body) && (isCyrillic(phrase.body) || /^\u00AB.*\u00BB$/u.test(phrase.body))
          ? /\u00AB([^\u00BB]{2,80})\u00BB/u.exec(this.text.slice(phrase.start, phrase.end + 1)) : null;
        // («Перевозчик, АО «Воркутинское автотранспортное предприятие», сообщил …»: a body read from inside its «name», all of
        // it masked, is the name as printed at the same place; thirty-eighth session, test-56 r01. Guard: every word of the
        // body masked, and the printed words there no masking.)
        const printed = !masked && phrase.body && /^x{2,}(?:\s+x{2,})*$/u.test(phrase.body) ? this.text.slice(phrase.start, phrase.end) : null;
        const resolvedName = masked ? masked[1]! : printed && printed.length === phrase.body!.length && !/^x+(?:\s|$)/u.test(printed) ? printed : this.bodyOf(phrase.body ?? '', phrase.start);
        // ("said the state Agriculture Department" where the text prints "the Pahang Agriculture Department": the full
        // name, level-word-before-body.ts.)
        const name = bodyNamedWithItsPlace(this.text, resolvedName) ?? resolvedName;
        // («Как установила проверка, …» or «…, уточнили там» where the text has named no body before: "there" points at
        // nothing, so the words are an unnamed source's, never a body called «там».)
        if (phrase.body === 'там' && name === 'там') return { speaker: null, anonymous: true, kind: 'anonymous' };
        // («Как говорится в пояснительной записке, …» with no body the note could be of: an unnamed source, russian-unowned-document.ts.)
        if (isUnownedRussianDocument(phrase.body, name)) return { speaker: null, anonymous: true, kind: 'anonymous' };
        // («…, объяснил перевозчик» where the text names no business of that kind: the individual entrepreneur it named
        // before, a person; else an unnamed carrier, «Перевозчик, который обслуживает маршрут, …».)
        if (name === phrase.body && /^(?:перевозчик|подрядчик|застройщик|поставщик)\p{Ll}{0,3}$/u.test(name)) return this.soleTrader(phrase.start);
        // ("a bulletin issued by the engine maker", "the manufacturer said" where the text names no business: a business
        // known only by what it makes is an unnamed source, as a person known only by a post is.)
        if (name === phrase.body && /^[\p{Ll}\s-]+$/u.test(name) && UNNAMED_BUSINESS_HEAD_RE.test(name)) return { speaker: null, anonymous: true, kind: 'anonymous' };
        // («В обращении организации говорится» where the text names no organisation: the bare word is no one named.)
        if (name === phrase.body && name === 'организация') return { speaker: null, anonymous: true, kind: 'anonymous' };
        // ("The board's analysts said" where the text named no board: the kind's word found no body, so an unnamed
        // group, as "analysts at the bank" is; owned-research-kind.ts.)
        // (Only that English phrase, and "analysts at the bank" likewise: «по словам аналитиков банка» is left as it was.)
        if (phrase.research && name === phrase.body && /^\p{Ll}+$/u.test(name)
          && /^(?:the\s+\p{Ll}+['\u2019]s\s+(?:analysts|economists|strategists)|(?:analysts|economists|strategists)\s+(?:at|with|from)\s+the\s+\p{Ll}+)$/iu.test(this.text.slice(phrase.start, phrase.end))) {
          this.pronounTargets.push({ speaker: null, anonymous: true, plural: true });
          return { speaker: null, anonymous: true, kind: 'anonymous' };
        }
        // ("The Bill's explanatory memorandum states": legislation names no body, an unnamed source; legislation-document.ts.)
        if (phrase.document && phrase.body && legislationDocument(this.text.slice(phrase.start, phrase.end), phrase.body)) {
          this.documents.set(phrase.document, null);
          return { speaker: null, anonymous: true, kind: 'anonymous' };
        }
        if (phrase.document) this.documents.set(phrase.document, name);
        if (phrase.document && inHeadline(this.text, phrase.start)) this.documentsByHeadline.add(phrase.document);
        // (A firm whose analysts spoke is no later "the bank" or "it": those are the story's bodies, "Analysts at Norland
        // Bank said …. In its statement, the bank said" the central bank; its analysts are still "they".)
        if (!phrase.research) this.bodies.push(name);
        else {
          this.pronounTargets.push({ speaker: name, anonymous: false, plural: true });
          const role = researchRoleOf(tokenize(this.text.slice(phrase.start, phrase.end)))?.role;
          this.lastResearch = role ? { speaker: name, role } : null;
        }
        this.groups.push({ resolved: { speaker: name, anonymous: false, kind: 'organisation' }, order: ++this.order });
        return { speaker: name, anonymous: false, kind: 'organisation' };
      }
      case 'pronoun': {
        // "опрошенные экономисты … По их словам": the unnamed group just quoted.
        // ("Analysts at X wrote …. They estimate …": the firm whose analysts spoke last, research-firm.ts.)
        const lastTarget = this.pronounTargets.at(-1);
        if (phrase.pronoun === 'they' && lastTarget?.plural) {
          return lastTarget.anonymous ? { speaker: null, anonymous: true, kind: 'anonymous' } : { speaker: lastTarget.speaker, anonymous: false, kind: 'organisation' };
        }
        if (phrase.pronoun === 'they') {
          // Only a group named after the last person: "they" after "Lavrov and Clinton met" is not the ministry before them.
          const group = this.groups[this.lastSpeaking(this.groups.length, this.mentionedGroups, phrase.start)];
          const lastPerson = Math.max(0, ...this.lastSeen.values());
          if (group && group.order > lastPerson) return group.resolved;
          // ("A senior clinician, who asked not to be named, told HSJ that …. "…," they said.": with no group since, the
          // unnamed person just quoted, as "they" for one whose gender the text does not give.)
          const last = this.pronounTargets.at(-1);
          return last?.anonymous && last.speaker === null && !last.plural ? { speaker: null, anonymous: true, kind: 'anonymous' } : NOBODY;
        }
        if (phrase.pronoun === 'it') {
          const body = this.bodies[this.lastSpeaking(this.bodies.length, this.mentionedBodies, phrase.start)];
          return body ? { speaker: body, anonymous: false, kind: 'organisation' } : NOBODY;
        }
        // The latest one the text does not mark as the other gender ("Ms Kerr … he said" is not Ms Kerr).
        const wanted = phrase.pronoun === 'she' ? 'f' : phrase.pronoun === 'he' ? 'm' : null;
        const recentTargets = this.pronounTargets.filter((t) => !t.plural).slice(-6).reverse();
        // Nobody fits: no speaker rather than the wrong one.
        const fits = (t: PronounTarget) => !wanted || !t.speaker || [null, wanted].includes(this.genderOf(t.speaker));
        let target = recentTargets.find(fits);
        // Someone named besides the subject yields to the subject, unless only they are marked with the pronoun's gender.
        if (target?.secondary && target.speaker) {
          const k = recentTargets.indexOf(target);
          const subject = recentTargets.slice(k + 1).find((t) => !t.secondary);
          const marked = (t: PronounTarget) => t.speaker !== null && this.genderOf(t.speaker) === wanted;
          if (subject?.speaker && fits(subject) && !(marked(target) && !marked(subject))) target = subject;
        }
        // («— сказала женщина» with no woman before: someone unnamed, russian-people-by-sex-or-age.ts.)
        if (!target && phrase.roles.length === 1 && sexOrAgeWordGender(phrase.roles[0]!) !== null) {
          this.pronounTargets.push({ speaker: null, anonymous: true });
          return { speaker: null, anonymous: true, kind: 'anonymous' };
        }
        if (!target) return NOBODY;
        if (target.speaker) {
          // ("Layla Hamdan … "…," she said. ¶ … He said …": one the text has called "she" is not a later "he".)
          if (wanted && this.genderOf(target.speaker) === null) this.genders.set(target.speaker, wanted);
          this.recent.push(target.speaker);
          this.lastSeen.set(target.speaker, ++this.order);
        }
        return { ...target, kind: target.anonymous ? 'anonymous' : 'person' };
      }
      default: {
        // ("San Diego Gas & Electric said": words joined by "&" name a body, kept as printed, ampersand-in-name.ts.)
        const joined = phrase.kind === 'name' && phrase.roles.length === 0 ? nameJoinedByAmpersand(this.text, phrase.name, phrase.start, phrase.end) : null;
        if (joined) {
          this.bodies.push(joined);
          this.groups.push({ resolved: { speaker: joined, anonymous: false, kind: 'organisation' }, order: ++this.order });
          return { speaker: joined, anonymous: false, kind: 'organisation' };
        }
        // "Engineers warned that …", "Pensioners complained …": a lone capitalised plural for people nobody is known by,
        // never printed after a first name nor called "it", is an unnamed group (not a body, not a surname).
        // ("Exporters say" after "the Chanthaburi Fruit Exporters Association": a plural printed elsewhere only inside a
        // body's name is no one's surname there.)
        if (phrase.kind === 'name' && phrase.name.length === 1 && phrase.roles.length === 0 && isCapitalisedGroup(phrase.name[0]!, this.text)
          && ((!this.directory.findByName(phrase.name) && !this.fullNameInText(phrase.name[0]!)) || this.onlyInBodyNames(phrase.name[0]!, phrase.start))
          && !this.familyNameFirst(phrase.name) && !this.honoured(phrase.name[0]!) && !this.referredToAsBody(phrase.name)) {
          this.pronounTargets.push({ speaker: null, anonymous: true, plural: true });
          this.groups.push({ resolved: { speaker: null, anonymous: true, kind: 'anonymous' }, order: ++this.order });
          return { speaker: null, anonymous: true, kind: 'anonymous' };
        }
        // («Курьер пояснил, что …», «Потерпевшая рассказала»: a sentence's first word, a Russian word for a person by its
        // ending, that nobody the text names is called by, is that word as a post is read, not a body; not «Виктор»,
        // «Вероника», a first name's endings.)
        const printedWord = phrase.kind === 'name' && phrase.name.length === 1 && phrase.roles.length === 0 ? this.text.slice(phrase.start, phrase.end) : '';
        if (/^\p{Lu}[\u0430-\u044F\u0451]{3,}$/u.test(printedWord) && isRussianPeopleNoun(printedWord.toLowerCase()) && !/(?:ор|ика)$/u.test(printedWord)
          && SENTENCE_START_RU.test(this.text.slice(Math.max(0, phrase.start - 3), phrase.start))
          && !this.directory.findByName(phrase.name) && !this.fullNameInText(phrase.name[0]!)) {
          return this.resolve({ kind: 'title', name: [], roles: [printedWord.toLowerCase()], qualifier: null, start: phrase.start, end: phrase.end });
        }
        // (Thirty-fifth session: «Сторож добавил, что …» after «Сторож товарищества Виктор Липатов …»: a sentence's first word
        // that the text set before one full name as what that person is, consonant-final and no list's, is that person, not a
        // body; russian-trade-word-holder.ts. Guard: no name the text knows, no given name, no surname of anyone.)
        const tradeHolder = /^\p{Lu}[\u0430-\u044F\u0451]{3,}$/u.test(printedWord) && SENTENCE_START_RU.test(this.text.slice(Math.max(0, phrase.start - 3), phrase.start))
          && !this.directory.findByName(phrase.name) && !this.fullNameInText(phrase.name[0]!) && givenNameGender(printedWord) === null
          ? holderOfTradeWord(this.text, printedWord, phrase.start) : null;
        if (tradeHolder) return this.notedPerson(this.directory.findByName(tradeHolder.split(' '))?.name ?? tradeHolder);
        // "Matai of the village say they …", "Buyam-sellams of the central market say": a lone word nobody is known by,
        // placed by a preposition and a lower-case place ("of the village") and speaking in the plural ("say", not "says"),
        // is a group of people in a word of its own language, unnamed; a body's name takes "says" or "it".
        if (phrase.kind === 'name' && phrase.name.length === 1 && phrase.roles.length === 0 && this.groupInItsOwnWord(phrase)) {
          this.pronounTargets.push({ speaker: null, anonymous: true, plural: true });
          this.groups.push({ resolved: { speaker: null, anonymous: true, kind: 'anonymous' }, order: ++this.order });
          return { speaker: null, anonymous: true, kind: 'anonymous' };
        }
        // ('"…," Briege said' after "Sisters Oonagh and Briege Tallon-Moyes": a lone word no list knows, else read as a body,
        // is a given name where the text named two people together under one surname; couple-named-together.ts.)
        const paired = phrase.kind === 'name' && phrase.name.length === 1 && phrase.roles.length === 0
          ? givenNameOfPairNamedTogether(this.text, phrase.name[0]!, phrase.start) : null;
        if (paired) return this.resolvePhrase({ ...phrase, name: paired.split(' ') });
        // ("Kiwi said" after 'Freya "Kiwi" Sorensen': a nickname alone, nickname-alone.ts.)
        const nicknamed = phrase.kind === 'name' && phrase.name.length === 1 && phrase.roles.length === 0 ? fullNameOfNickname(this.text, phrase.name[0]!) : null;
        if (nicknamed) return this.resolvePhrase({ ...phrase, name: nicknamed.split(' ') });
        // A lone word nobody is known by, never printed after a first name, names a body or a place
        // ("Ruritania announced…", "Interfax reported…"), not a person.
        // (Not a first name with an age after it, "Grace, 29, from Uganda, told researchers": a person's. Nor one the text
        // says is a first name or a pseudonym, "Mereana (not her real name) said": name-given-aside.ts. Nor one described as
        // someone, "Halima, a midwife who …, said": lone-name-described-as-person.ts; nor one a fronted description opens
        // the sentence for, "A farmer at the depot, Mercy said": lone-name-described-before.ts.)
        if (phrase.kind === 'name' && phrase.name.length === 1 && phrase.roles.length === 0
          && !this.directory.findByName(phrase.name) && !this.fullNameInText(phrase.name[0]!) && !this.familyNameFirst(phrase.name)
          && !this.honoured(phrase.name[0]!) && !AGE_AFTER_RE.test(this.text.slice(phrase.end, phrase.end + 8))
          && !firstNameOnlyAfter(this.text, phrase.end) && !this.namesGivenInAsides.has(display(phrase.name))
          // (Nor a known given name the text prints before one surname, «— говорит Дарья» after «Одна из них, Дарья Пестова,»;
          // nor a Russian given name alone, «Кристина рассказала», or one described as someone, «Варвара, мама двоих
          // школьников, рассказала», russian-name-described-as-person.ts: a person called so, not a body.)
          && !describedAsPerson(this.text, phrase.end) && !describedBeforeAsPerson(this.text, phrase.start)
          // (Nor one printed elsewhere with an age or after a relation's word, "Her son, Tobi, 10, …": described-by-age-or-children.ts.)
          && !loneNamePrintedAsPerson(this.text, phrase.name[0]!)
          // (Nor one set elsewhere before ", the one-name pitmaster from …,": a word for a person after it,
          // lone-name-apposed-post.ts.)
          && !loneNameApposedToPersonNoun(this.text, phrase.name[0]!)
          // (Nor a lone name already taken for a person in this text: "Name, a 54-year-old farmer, said …" then "…,"
          // Name told the Post": the same person again.)
          && !this.lastSeen.has(display(phrase.name))
          && !this.fullNameFromGivenName(phrase.name[0]!)
          && !(isCyrillic(phrase.name[0]!) && (givenNameGender(phrase.name[0]!) !== null || russianNameDescribedAsPerson(this.text, phrase.end)))
          // (Nor a woman's surname whose full name the text printed before in an oblique case, russian-her-name-printed-oblique.ts.)
          && !herFullNameFromOblique(this.text, phrase)) {
          // ("TPA said" after "the Tarragona Port Authority (TPA)": the name the text spells out.)
          // ("MetMalaysia said" after "The Malaysian Meteorological Department (MetMalaysia)": any short name in brackets.)
          // ("Tuala said" after "Tuala Lemalu Fepulea'i told …": the first word of one speaker's full name, name-opened-by-lone-word.ts.)
          const opened = speakerNameOpenedBy(phrase.name[0]!, this.lastSeen.keys(), this.text);
          if (opened) {
            return this.notedPerson(opened);
          }
          const name = this.isShortName(phrase.name[0]!) ? spelledOut(this.text, phrase.name[0]!) ?? display(phrase.name) : display(phrase.name);
          this.bodies.push(name);
          return { speaker: name, anonymous: false, kind: 'organisation' };
        }
        // "Médecins Sans Frontières said its clinic …", "Greenline, which took over …": what the text says of a name
        // ("its", "which" right after it) makes it a body.
        // (A lone name's description may read as a post: "Lufthansa, the airport's largest customer, said it …".)
        if (phrase.kind === 'name' && (phrase.roles.length === 0 || phrase.name.length === 1) && phrase.name.length <= 4 && this.referredToAsBody(phrase.name)) {
          const name = phrase.name.length === 1 && /^\p{Lu}{2,}$/u.test(phrase.name[0]!) ? spelledOut(this.text, phrase.name[0]!) ?? phrase.name[0]! : phrase.name.join(' ');
          this.bodies.push(name);
          this.groups.push({ resolved: { speaker: name, anonymous: false, kind: 'organisation' }, order: ++this.order });
          return { speaker: name, anonymous: false, kind: 'organisation' };
        }
        // "Westcountry Creameries said it …", "Kinvara Breweries said": a name ending in the plural of a workplace's word
        // ("creamery", "brewery", "dairy") is a business's, not a person's (no surname ends so).
        if (phrase.kind === 'name' && phrase.roles.length === 0 && phrase.name.length >= 2 && this.endsInWorkplaces(phrase.name)) {
          const name = phrase.name.join(' ');
          this.bodies.push(name);
          this.groups.push({ resolved: { speaker: name, anonymous: false, kind: 'organisation' }, order: ++this.order });
          return { speaker: name, anonymous: false, kind: 'organisation' };
        }
        // "Hoʻokena Land & Water Co. said": a name closed by an abbreviated legal form, company-by-legal-form.ts.
        const legalForm = phrase.kind === 'name' && phrase.roles.length === 0 ? businessByAbbreviatedForm(this.text, phrase.name, phrase.start, phrase.end) : null;
        if (legalForm) {
          this.bodies.push(legalForm);
          this.groups.push({ resolved: { speaker: legalForm, anonymous: false, kind: 'organisation' }, order: ++this.order });
          return { speaker: legalForm, anonymous: false, kind: 'organisation' };
        }
        // "Electricité du Liban (EDL) said", "Office National du Cacao et du Café (ONCC) said": a name the text follows with
        // its initials in brackets is a body's (no person is given a short name so), whatever words it is made of.
        if (phrase.kind === 'name' && phrase.roles.length === 0 && phrase.name.length >= 2 && this.initialsInBrackets(phrase)) {
          const name = phrase.name.join(' ');
          this.bodies.push(name);
          this.groups.push({ resolved: { speaker: name, anonymous: false, kind: 'organisation' }, order: ++this.order });
          return { speaker: name, anonymous: false, kind: 'organisation' };
        }
        // ("The Morcha has warned" after "Bharatiya Kisan Morcha district president …": a body called by its name's last
        // word after "the"; article-before-lone-name.ts.)
        const calledByLastWord = phrase.kind === 'name' && phrase.roles.length === 0 && phrase.name.length === 1
          ? bodyNameEndingIn(this.text, this.text.slice(phrase.start, phrase.end), phrase.start) : null;
        if (calledByLastWord) {
          this.bodies.push(calledByLastWord);
          this.groups.push({ resolved: { speaker: calledByLastWord, anonymous: false, kind: 'organisation' }, order: ++this.order });
          return { speaker: calledByLastWord, anonymous: false, kind: 'organisation' };
        }
        // "Barrow Hill said" after "Shares in Barrow Hill Resources fell": a business by the first words of its name.
        const business = phrase.kind === 'name' && phrase.roles.length === 0 ? this.businessStartingWith(phrase.name) : null;
        if (business) {
          this.bodies.push(business);
          this.groups.push({ resolved: { speaker: business, anonymous: false, kind: 'organisation' }, order: ++this.order });
          return { speaker: business, anonymous: false, kind: 'organisation' };
        }
        // ("The ombudsman said" after "…, the Housing Ombudsman has found.": the post nobody the text names holds is the
        // ombudsman's office that spoke before, not the latest person quoted; ombudsman-office.ts.)
        const office = phrase.kind === 'title' && !phrase.document && !phrase.qualifier && phrase.roles.length === 1 && phrase.roles[0] === 'ombudsman'
          && !this.directory.people().some((p) => this.titlesOf(p).some((t) => t.roles.includes('ombudsman')))
          ? this.bodies.findLast((b) => /(?<!\p{L})Ombudsman$/u.test(b)) : undefined;
        if (office) return this.resolvePhrase({ kind: 'organisation', body: office, name: [], roles: [], qualifier: null, start: phrase.start, end: phrase.end });
        // ("The shipping agent, Matson South Pacific Agency, said …" then "the agent said": the body so described, when no
        // one named holds the word as a post; body-apposed-to-person-word.ts.)
        if (phrase.kind === 'title' && !phrase.document && !phrase.qualifier && phrase.roles.length === 1 && /^\p{Ll}+$/u.test(phrase.roles[0]!)
          && new RegExp(`^[Tt]he\\s+${phrase.roles[0]!}$`, 'u').test(this.text.slice(phrase.start, phrase.end))
          && !this.directory.people().some((p) => this.titlesOf(p).some((t) => t.roles.includes(phrase.roles[0]!)))) {
          const apposed = bodyApposedToPersonWord(this.text, phrase.start, phrase.roles[0]!, (n) => parseSpeakerPhrase(tokenize(n))?.kind === 'organisation');
          if (apposed) return this.resolvePhrase({ kind: 'organisation', body: apposed, name: [], roles: [], qualifier: null, start: phrase.start, end: phrase.end });
        }
        const speaker = this.speakerOf(phrase);
        // ("Name Name's demonstration drew the biggest crowd. The chef, who trained in Lyon, said": a post nobody holds,
        // opening the sentence after one naming a person as an owner, is that person; post-after-owner-named.ts.)
        if (phrase.kind === 'title' && !phrase.document && phrase.roles.length > 0) {
          const wanted = { roles: phrase.roles, qualifier: phrase.qualifier };
          const owner = ownerNamedInSentenceBefore(this.text, phrase.start);
          if (owner && !this.directory.people().some((p) => this.titlesOf(p).some((t) => titleCovers(t, wanted)))) {
            const known = this.directory.findByName(owner.split(' '));
            return this.notedPerson(known ? known.name : owner);
          }
        }
        // "An African official said … "…," the official said": the unnamed source, unless someone with
        // that title was named or spoke after it.
        // («Автор победного гола рассказал» after «Победную шайбу забросил Name Surname»: the one named where the text told
        // of the deed, russian-author-of-deed.ts.)
        if (phrase.kind === 'title' && phrase.roles.length === 1 && phrase.roles[0] === 'автор') {
          const words = tokenize(this.text.slice(phrase.start, phrase.end)).slice(1).map((t) => t.text);
          const author = authorOfDeed(this.text, phrase.start, words, this.directory.people().map((p) => p.name));
          if (author) {
            return this.notedPerson(author);
          }
        }
        // («— сказал победитель» after «Name Surname … победил чемпиона»: the one the text told of winning, russian-winner-of-deed.ts.)
        if (phrase.kind === 'title' && phrase.roles.length === 1 && /^\p{Ll}+$/u.test(this.text.slice(phrase.start, phrase.end))) {
          const winner = winnerOfDeed(this.text, phrase.start, this.text.slice(phrase.start, phrase.end), this.directory.people().map((p) => p.name));
          if (winner) return this.notedPerson(winner);
        }
        // («— признался ирландец» after «ирландский защитник Name Surname»: a word for one of a nation, russian-demonym-role.ts.)
        if (phrase.kind === 'title' && phrase.roles.length === 1 && isCyrillic(phrase.roles[0]!) && phrase.end - phrase.start === phrase.roles[0]!.length) {
          const native = personOfNation(this.text, phrase.start, this.text.slice(phrase.start, phrase.end).toLowerCase());
          if (native) {
            return this.notedPerson(native);
          }
        }
        if (phrase.kind === 'title') {
          // ("the senate member added" after "a member of the university's senate said", "the official added" after "a senior
          // figure at the board said": later-word-of-unnamed-source.ts.)
          const unnamed = this.unnamedSources.findLast((u) => (phrase.roles.every((r) => u.roles.includes(r)) || laterWordFitsUnnamed(phrase.roles, u))
            && (!phrase.qualifier || !u.qualifier || phrase.qualifier === u.qualifier || (u.words ?? []).includes(phrase.qualifier)));
          // (Nor when the one named since holds no such post: "opposition leader Name" is no "official", though any official
          // may be called so where the text has no unnamed one.)
          const wanted = { roles: phrase.roles, qualifier: phrase.qualifier };
          const person = speaker ? this.directory.findByName(speaker.split(' ')) : undefined;
          // ("X, the head of a wheat farm, said …. "…," the farmer said.": a doer of the trade the apposition names, doer-of-described-trade.ts.)
          const holds = speaker !== null && ((person ? this.titlesOf(person) : (this.titlesInText.get(speaker) ?? [])).some((t) => titleCovers(t, wanted))
            || doerOfDescribedTrade(this.text, speaker, phrase.roles)
            // ("Agent Name Name told reporters": the word capitalised right before the name, byTitle's holder below.)
            || (phrase.roles.length === 1 && /^\p{Ll}+$/u.test(phrase.roles[0]!) && this.text.includes(`${phrase.roles[0]![0]!.toUpperCase()}${phrase.roles[0]!.slice(1)} ${speaker}`)));
          // ("The flood engineer's report says" after someone with no such post spoke: a document of a post is only its holder's,
          // else an unnamed source's, never the latest speaker's; "…," its director told reporters: a post of the body "its"
          // means, not the person quoted before who holds no such post.)
          const its = /(?<!\p{L})[Ii]ts\s+$/u.test(this.text.slice(Math.max(0, phrase.start - 5), phrase.start));
          if (speaker && !holds && (phrase.document || its)) {
            if (phrase.document) this.documents.set(phrase.document, null);
            this.pronounTargets.push({ speaker: null, anonymous: true });
            return { speaker: null, anonymous: true, kind: 'anonymous' };
          }
          // (Forty-first session, test-59 w04: "…," one captain said. …. Name Name, who has fished …, said …. "…," said the
          // 61-year-old captain.": a post with an age is a second reference to the person named and quoted since the
          // unnamed one; not that unnamed source. Guards: the age printed with the post, the speaker seen after the unnamed
          // source, and that age printed nowhere before (so "one 59-year-old skipper said" stays whom "the 59-year-old
          // skipper" means).)
          const aged = /(?<![\p{L}\d])(\d{1,3})-year-old\s+\p{Ll}/u.exec(this.text.slice(phrase.start, phrase.end));
          const agedAfter = aged !== null && unnamed !== undefined && speaker !== null && (this.lastSeen.get(speaker) ?? 0) > unnamed.order
            && !new RegExp(`(?<![\\p{L}\\d])${aged[1]}-year-old`, 'u').test(this.text.slice(0, phrase.start));
          // ("A father and son who …, Name Ntiamoah and Name Ntiamoah, …. Name Ntiamoah said …. His son said": the other bearer
          // of the latest one's surname, where the text told of the pair, before the pair's unnamed source; kin-by-shared-surname.ts.
          // Forty-third session.)
          const kinPronoun = /(?<!\p{L})(his|her)\s+$/iu.exec(this.text.slice(Math.max(0, phrase.start - 7), phrase.start))?.[1];
          const kinOwner = this.recent.at(-1);
          const kin = kinPronoun && phrase.roles.length === 1 && kinOwner
            ? kinBySharedSurname(this.text, phrase.start, kinPronoun, phrase.roles[0]!, kinOwner,
              (surname) => this.fullNamesFromText(surname), (name) => this.genderOf(name))
            : null;
          if (kin) return this.resolve({ kind: 'name', name: kin.split(' '), roles: [], qualifier: null, start: phrase.start, end: phrase.end });
          if (unnamed && !agedAfter && (!speaker || (this.lastSeen.get(speaker) ?? 0) < unnamed.order || !holds)) {
            this.pronounTargets.push({ speaker: null, anonymous: true });
            return { speaker: null, anonymous: true, kind: 'anonymous' };
          }
          // ("The couple who have run the pub …. "…," the wife said", "The couple that ran it say …. "…," the husband said.": one
          // of an unnamed couple, siblings or family the text told of, relative-of-unnamed-group.ts. Guard: nobody the text
          // named holds the word, save "the husband" / "the wife" where the one holding it is named only after it, "Her
          // husband, Dev Patel," of someone else.)
          const namedOnlyAfter = speaker !== null && !new RegExp(`(?<![\\p{L}])${escapeRegExp(speaker.split(' ').at(-1)!)}(?![\\p{L}])`, 'u').test(this.text.slice(0, phrase.start));
          if (relativeOfUnnamedGroup(this.text, phrase.start, phrase.end, phrase.roles, holds, namedOnlyAfter)) {
            this.pronounTargets.push({ speaker: null, anonymous: true });
            return { speaker: null, anonymous: true, kind: 'anonymous' };
          }
          // («Один из игроков …, попросивший не указывать его имя, признался, что …. «…», — сказал хоккеист», «Агент … на
          // условиях анонимности рассказал …. По словам агента, …»: one Russian word for a person that the one named before
          // does not hold, after an unnamed person spoke since that one was last named, is that unnamed person
          // (twenty-ninth session). Guards: one lower-case Cyrillic word as printed; the named person holds no such post.)
          if (speaker && !holds && this.latestUnnamedSpoke(phrase, speaker)) {
            this.pronounTargets.push({ speaker: null, anonymous: true });
            return { speaker: null, anonymous: true, kind: 'anonymous' };
          }
          // ("Мэр Name сказал … «…», — пишет нам подписчица": a Russian word for a person by its ending is the one quoted last
          // only when the word's gender is theirs; else unnamed.)
          // («— подчеркнула инфекционист», «— сказала юрист»: a noun in «-ист» or a consonant is said of women too; the verb's
          // gender, where it shows one, is the word's; russian-verb-gender.ts.)
          const gender = speaker ? this.genderOf(speaker) : null;
          const wordGender = phrase.roles.length === 1 && isRussianPeopleNoun(phrase.roles[0]!)
            ? (russianVerbGenderAt(this.text, phrase.start, phrase.end) ?? russianPeopleNounGender(phrase.roles[0]!)) : null;
          // (Thirty-fourth session: not when the text gave that person this very word as a post, «Вахтер … Лидия Сомова» then
          // «— вспоминает вахтер»: a consonant-final word is said of women too, and a verb in the present shows no gender.)
          if (gender && wordGender && wordGender !== gender && !holds) {
            this.pronounTargets.push({ speaker: null, anonymous: true });
            return { speaker: null, anonymous: true, kind: 'anonymous' };
          }
          // ("Мэр Name открыл школу. Жительница соседнего дома рассказала, что …", "…, жалуется продавщица рынка": someone
          // described by what they are to the story is not the one named before unless that one is called so too.)
          // ("The harbour master, who has run the port for a decade, says", "the ward sister said", "the auctioneer said":
          // a post the text gives nobody, never printed before, is someone unnamed, not the latest speaker.)
          // ("В управляющей компании «…» объяснили, что …. По словам диспетчера, …": one post nobody the text names holds, right
          // after a body spoke, is someone of that body's staff, unnamed, not the person quoted before the body.)
          // ("the ministry's deputy secretary for operations said", "the inspector" after "the board's inspector": a post of a
          // body nobody named holds, post-of-a-body-unheld.ts.)
          if (!holds && /^the\s/iu.test(this.text.slice(phrase.start, phrase.end)) && isPostOfABody(this.text, phrase.start, phrase.end, phrase.roles)) {
            this.pronounTargets.push({ speaker: null, anonymous: true });
            return { speaker: null, anonymous: true, kind: 'anonymous' };
          }
          if (speaker && !holds && this.staffOfBodyJustQuoted(phrase)) {
            this.pronounTargets.push({ speaker: null, anonymous: true });
            return { speaker: null, anonymous: true, kind: 'anonymous' };
          }
          // ("the Commissioner for Health said", "The governor said": an office never printed before, nobody met holds it;
          // office-never-printed-before.ts.)
          // (Nor when the one quoted last holds some office: "The housing secretary, Name, …" then "the minister said".)
          const lastQuoted = speaker ?? this.recent.at(-1) ?? null;
          const lastPerson = lastQuoted ? this.directory.findByName(lastQuoted.split(' ')) : undefined;
          const holdsOffice = lastQuoted !== null && ((lastPerson ? this.titlesOf(lastPerson) : (this.titlesInText.get(lastQuoted) ?? [])).some((t) => t.roles.some((r) => OFFICES.has(r))));
          // (Only against a speaker the fallback would give it, so a text's lone "The mayor said" stays as it was, no speaker
          // (twenty-ninth session's guard); and not when that speaker is named in the phrase's own paragraph before it,
          // "Mr Vik said …. "…," the minister said": a post's word varied for the one just quoted.)
          const paragraphStart = Math.max(0, this.text.lastIndexOf('\n', phrase.start));
          const namedInParagraph = speaker !== null && new RegExp(`(?<![\\p{L}])${escapeRegExp(speaker.split(' ').at(-1)!)}(?![\\p{L}])`, 'u')
            .test(this.text.slice(paragraphStart, phrase.start));
          if (speaker && !holds && !holdsOffice && !namedInParagraph && officeNeverPrintedBefore(this.text, phrase.start, phrase.end)) {
            this.pronounTargets.push({ speaker: null, anonymous: true });
            return { speaker: null, anonymous: true, kind: 'anonymous' };
          }
          if (speaker && !holds && this.postNobodyHolds(phrase, speaker)) {
            this.pronounTargets.push({ speaker: null, anonymous: true });
            return { speaker: null, anonymous: true, kind: 'anonymous' };
          }
          // («Директор спортивной школы в поселке Рамонь рассказал»: a post held in a named settlement, unnamed;
          // russian-post-in-named-settlement.ts.)
          // («По словам начальника местного отделения МЧС»: a post of a body named by its letters, held by nobody the
          // fallback gives, unnamed; russian-post-of-named-body.ts. Guard: Cyrillic, the letters last as printed.)
          if (!holds && isPostInNamedSettlement(this.text.slice(phrase.start, phrase.end))
            || (!holds && isCyrillic(this.text.slice(phrase.start, phrase.end)) && /\s\p{Lu}{2,6}$/u.test(this.text.slice(phrase.start, phrase.end)) && phrase.name.length === 0)) {
            this.pronounTargets.push({ speaker: null, anonymous: true });
            return { speaker: null, anonymous: true, kind: 'anonymous' };
          }
          if (speaker && !holds && this.describedPeople(phrase)) {
            this.pronounTargets.push({ speaker: null, anonymous: true });
            return { speaker: null, anonymous: true, kind: 'anonymous' };
          }
          // "Her sister said", "his wife said", "her spokesman said": a relative (or the spokesperson) of the one "her" / "his"
          // means, never that one, and unnamed unless someone the text named holds that relation.
          // ("The victim's mother said", "the boy's father": a relation of someone else the phrase names, the same.)
          const owned = /(?<!\p{L})(?:his|her|their)\s+$/iu.test(this.text.slice(Math.max(0, phrase.start - 7), phrase.start))
            || /\p{L}['\u2019]s\s+\p{Ll}+$/u.test(this.text.slice(phrase.start, phrase.end));
          // ("Leigh and Chris Pendergast …. Leigh Pendergast said …. Her husband said": the other of a couple named
          // together with the latest one quoted; couple-named-together.ts.)
          const ownerOfRelation = this.recent.at(-1);
          const spouse = owned && phrase.roles.length === 1 && isSpouseWord(phrase.roles[0]!) && !holds && ownerOfRelation
            ? otherOfCouple(this.text, ownerOfRelation, phrase.start) : null;
          if (spouse) return this.resolve({ kind: 'name', name: spouse.split(' '), roles: [], qualifier: null, start: phrase.start, end: phrase.end });
          // ("Owen Marlow-Tate, a porter, voted against. Her husband said" after "Ann Marlow-Tate": the other bearer of a
          // surname, by the genders the pronoun and the word ask for; couple-named-together.ts. Forty-first session.)
          const pronounWord = /(?<!\p{L})(his|her)\s+$/iu.exec(this.text.slice(Math.max(0, phrase.start - 7), phrase.start))?.[1];
          const ownSentence = this.sentenceStartBefore(phrase.start);
          const shared = !spouse && pronounWord && phrase.roles.length === 1 && isSpouseWord(phrase.roles[0]!) && !holds && ownSentence > 0
            ? spouseBySharedSurname(this.text, { start: this.sentenceStartBefore(ownSentence), end: ownSentence }, pronounWord, phrase.roles[0]!,
              (surname) => this.fullNamesFromText([surname]), (name) => this.genderOf(name))
            : null;
          if (shared) return this.resolve({ kind: 'name', name: shared.split(' '), roles: [], qualifier: null, start: phrase.start, end: phrase.end });
          // ("Her lawyer said", "The family's solicitor said": one acting for them, the same, acting-for-someone.ts; "The
          // family's doctor said", "Her GP said": one who treats them, the word in capitals too, owned-carer.ts.)
          const role = phrase.roles[0]!;
          // ("Totara Grove's forewoman said", "the boat's trimmer said" where nobody named holds the word: a thing's, a place's
          // or a firm's person by a word for what they do, no post of the role list, is unnamed, never the one quoted last.
          // Thirty-third session, second round. Guard: a possessive noun right before the word, not "his" / "her"; posts
          // ("the club's captain") keep their reading.)
          const ownedWorker = /\p{L}['\u2019]s\s+\p{Ll}+$/u.test(this.text.slice(phrase.start, phrase.end)) && isPersonNoun(role) && !ROLE_NOUNS.has(role);
          const actsFor = owned && (RELATIONS.has(role) || SPOKES_ROLES.has(role) || isActingFor(role) || ownedWorker);
          const treats = (owned || /\p{L}['\u2019]s\s+\p{L}+$/u.test(this.text.slice(phrase.start, phrase.end)))
            && ownedCarer(this.text.slice(phrase.start, phrase.end));
          if (phrase.roles.length === 1 && !holds && (actsFor || treats)) {
            // ("According to Name's lawyer" after "The defendant's barrister, Name Name KC,": acting-for-someone.ts.)
            const counsel = actsFor && isActingFor(role) ? counselNamedFor(this.text, phrase.start, phrase.end) : null;
            if (counsel) return this.notedPerson(counsel);
            this.pronounTargets.push({ speaker: null, anonymous: true });
            // ("The family's lawyer said …. "…," the lawyer said.": the one acting for them is whom a later "the lawyer" means,
            // as "a lawyer for the family" already was; owned-unnamed-second-reference.ts.)
            this.unnamedSources.push(ownedUnnamedSource(phrase.roles, phrase.qualifier, ++this.order, this.text.slice(phrase.start, phrase.end)));
            return { speaker: null, anonymous: true, kind: 'anonymous' };
          }
        }
        if (!speaker) {
          // ("The case officer's report says": a document of a post nobody the text names holds is an unnamed source's.)
          if (phrase.kind === 'title' && phrase.document) {
            this.documents.set(phrase.document, null);
            this.pronounTargets.push({ speaker: null, anonymous: true });
            return { speaker: null, anonymous: true, kind: 'anonymous' };
          }
          // "Житель соседнего дома рассказал": Russian has no article to say "a resident", so someone described only by what
          // they are to the story, whom nobody the text named is, is an unnamed source, as are such people in the genitive
          // plural ("по словам жителей", "пассажиров"); a bare "— сказал водитель" is not described: the one the text has
          // been quoting (below).
          // ("Мужчина, пожелавший остаться неизвестным, рассказал", "Пенсионерка, живущая напротив": described by a
          // participle's aside right after the word.)
          if (this.describedPeople(phrase)) {
            this.pronounTargets.push({ speaker: null, anonymous: true });
            return { speaker: null, anonymous: true, kind: 'anonymous' };
          }
          // (Fortieth session: «Пожелавший остаться неизвестным горный мастер рассказал», «Попросивший не называть его имени
          // главный бухгалтер сказал»: the aside that says the speaker is unnamed on purpose put before the post's words, an
          // adjective or two among them, is the same unnamed source as «Горный мастер, пожелавший остаться неизвестным,
          // рассказал». Guard: the participle opening the sentence and its words of being unnamed, then nothing but lower-case
          // adjectives before the post's word, so a bare «Главный бухгалтер сказал» stays as before.)
          if (phrase.kind === 'title' && phrase.roles.length > 0 && RU_UNNAMED_PREPOSED_RE.test(this.text.slice(Math.max(0, phrase.start - 100), phrase.end))) {
            this.pronounTargets.push({ speaker: null, anonymous: true });
            return { speaker: null, anonymous: true, kind: 'anonymous' };
          }
          // ("The driver said" where the text named no driver: someone it describes, not names, is an unnamed source. "The
          // council's spokeswoman", "the victim's mother" are taken above, as owned.)
          // ("— рассказала потерпевшая", "Курьер пояснил": a Russian word for a person by its ending, the same; and a bare
          // «Пенсионерка рассказала», «Очевидец рассказал», people by what they are to the story, where nobody was quoted.)
          // ("The clerk told officers …", "the nurse said" where the text named no clerk or nurse: a post's word that is
          // also an everyday trade's, everyday-trade-post.ts, the same; not "the mayor", "the treasurer", offices a text's
          // reader knows the holder of, nor a post whose team or body the phrase names, "The Saints coach", whose holder
          // the text names later.)
          if (phrase.kind === 'title' && phrase.roles.length > 0
            && phrase.roles.every((r) => isPlainPersonWord(r) || (!phrase.qualifier && isEverydayTradePost(r)) || isRussianPeopleNoun(r) || RU_PEOPLE_ROLES.has(r))) {
            this.pronounTargets.push({ speaker: null, anonymous: true });
            return { speaker: null, anonymous: true, kind: 'anonymous' };
          }
          // "The delegate of Brazil said …" and then "she said": the same person, still unnamed.
          if (phrase.kind === 'title') this.pronounTargets.push({ speaker: null, anonymous: false });
          return NOBODY;
        }
        this.notePerson(speaker);
        // (Whether the post as printed is a state body's or a business's, for «чиновник» and «глава компании»: russian-post-kind.ts.)
        if (phrase.kind === 'name' && phrase.roles.length > 0 && isCyrillic(phrase.name.join(' '))) {
          if (!this.postsPrinted.has(speaker)) this.postsPrinted.set(speaker, this.text.slice(phrase.start, phrase.end));
        }
        // ("the Pole" says nothing a later "the New Zealander" could be matched on.)
        if (phrase.roles.length > 0 && !phrase.roles.includes('nationality')) {
          const titles = this.titlesInText.get(speaker) ?? [];
          titles.push({ roles: phrase.roles, qualifier: phrase.qualifier });
          this.titlesInText.set(speaker, titles);
        }
        return { speaker, anonymous: false, kind: 'person' };
      }
    }
  }

  /** Records who a sentence is about without a statement ("Clinton handed Lavrov a button."), for later pronouns. */
  noteMention(phrase: SpeakerPhrase, secondary = false): void {
    // ("A baker from Church Stretton, who asked not to be named, said …. "…," she said.": capitalised words after "a <word
    // for a person> from" are where that person is from, a place, no one a later "she" can mean. Guard: "a" / "an" and a
    // word for a person right before "from", so "a letter from Ann Roe" is still Ann Roe's mention.)
    // ("One grower from Rangiro Sector, who asked not to be named, said …. "…," he said.", "Another trader in Upper Kaliro,
    // who …": "one" / "another" count one person as "a" does, and "in" / "near" say where they are as "from" does;
    // forty-third session, d2421. Guard: still a word for a person right before the preposition.)
    if (phrase.kind === 'name' && phrase.roles.length === 0) {
      const m = /(?<![\p{L}])(?:an?|one|another)\s+([\p{Ll}-]+)\s+(?:from|in|near)\s+$/iu.exec(this.text.slice(Math.max(0, phrase.start - 40), phrase.start));
      if (m && isPersonNoun(m[1]!.toLowerCase())) return;
    }
    // ("Staff at the studio on Via Solferino, who …, said": a street in another language is no person a later "they" or
    // "she" yields to; street-named-in-another-language.ts.)
    if (phrase.kind === 'name' && phrase.roles.length === 0 && isStreetInAnotherLanguage(phrase.name)) return;
    // (A document a sentence opens with is read when it speaks, not from a sentence's first words.)
    // (But its named author is kept: "A report by X recommends …" then "The report says".)
    if (phrase.document && phrase.kind === 'organisation' && phrase.body && phrase.body !== phrase.document && !this.documents.has(phrase.document)) {
      this.documents.set(phrase.document, this.bodyOf(phrase.body, phrase.start));
    }
    // ("The Aviation Safety Agency directive requires operators to …. It says cracks …": "it" in the next sentence is
    // the document a sentence opened with, as after one that spoke, so its named author.)
    // (Only a maker named before the noun, "The <Body> directive", not words after it, "… by Thursday morning"; and not
    // the sentence of a document that spoke, read again.)
    if (phrase.document && phrase.kind === 'organisation' && phrase.body && phrase.start !== this.lastDocumentAt
      && makerNamedBeforeDocument(this.text.slice(phrase.start, phrase.end), phrase.body, phrase.document)) {
      this.lastDocument = { speaker: this.bodyOf(phrase.body, phrase.start), anonymous: false, kind: 'organisation' };
      this.lastDocumentAt = phrase.start;
      return;
    }
    // ("A petition started by local traders has gathered 1,400 signatures. It says …", "An open letter went round the wards
    // on Monday. It says …": "it" in the next sentence is the document a sentence opened with, one whose author the text
    // does not name, so an unnamed source, not the last body named. Guard: a document opened by "a" / "an" only, read once.)
    // (Nor one whose sentence names its author in an aside, "A petition against the change, started by law student Name
    // Surname, has gathered …. It calls …": that author's, left to the rules for names; two capitalised words after "by",
    // so "by Friday" is no author.)
    const documentSentence = this.text.slice(phrase.start, phrase.start + Math.max(0, this.text.slice(phrase.start).search(/[.!?](?:\s|$)/u)));
    if (phrase.document && phrase.kind === 'anonymous' && phrase.start !== this.lastDocumentAt && /^an?\s/iu.test(this.text.slice(phrase.start, phrase.end))
      && !/\bby\s+(?:[\p{Ll}-]+\s+){0,4}\p{Lu}[\p{L}'\u2019-]+\s+\p{Lu}/u.test(documentSentence)) {
      this.lastDocument = { speaker: null, anonymous: true, kind: 'anonymous' };
      this.lastDocumentAt = phrase.start;
      return;
    }
    // ("The mother, whom the report calls Jade, works …. She told …": one described whom an aside names, name-given-aside.ts.)
    if ((phrase.kind === 'title' || phrase.kind === 'anonymous') && nameGivenInAside(this.text, phrase.start, phrase.end)) {
      this.noting = true;
      this.resolve(phrase);
      this.noting = false;
      return;
    }
    if (phrase.kind === 'title' && !phrase.document) {
      this.noteTitleHolder(phrase);
      return;
    }
    if (phrase.kind === 'pronoun' || phrase.document) return;
    // A lone capitalised word opening a sentence ("Summary", "Subscribe") is a person only if the directory knows it.
    // (Unless the word is a body a statement was already given to: "Fietsly, which raised …, operates in six cities. The
    // company said …" is that body named again, the business a later "the company" means, as a longer name's would be.)
    if (phrase.kind === 'name' && phrase.name.length < 2 && phrase.roles.length === 0 && !this.directory.findByName(phrase.name)
      && !this.fullNameInText(phrase.name[0]!) && !this.fullNameFromGivenName(phrase.name[0]!) && !this.bodies.includes(phrase.name[0]!)
      // (Nor a given name the text prints after a relation's word or with an age, "His wife, Carol, had driven …. "…," she
      // said.": a person a later "she" can mean; described-by-age-or-children.ts.)
      && !(givenNameGender(phrase.name[0]!) !== null && loneNamePrintedAsPerson(this.text, phrase.name[0]!))
      // (Nor one the lists do not know, between commas after "His brother", "Her daughter"; loneNameAfterKin.)
      && !loneNameAfterKin(this.text, phrase.name[0]!)
      // (Nor a one-name person already quoted as a person, "I asked Ozzo what he would cook next. "…," he said.".)
      && !(this.lastSeen.has(phrase.name[0]!) && loneNameApposedToPersonNoun(this.text, phrase.name[0]!))) return;
    const bodies = this.bodies.length;
    const groups = this.groups.length;
    // (A sentence's first words that hold a document's noun, "The commission's decision states", are that document's
    // sentence read again, not a new body a later "it" could mean.)
    const document = this.lastDocument;
    this.noting = true;
    this.resolve(phrase);
    this.noting = false;
    // (Nor a sentence's subject that names no body, "Deck crew will be retrained, a memo … says. Two extra drills will be
    // added, it says.": no new "it" there, so "it" is still the document, an unnamed one's too.)
    if (tokenize(this.text.slice(phrase.start, phrase.end)).some((t) => DOCUMENT_NOUNS.has(t.lower)) || (document?.anonymous && this.bodies.length === bodies)) this.lastDocument = document;
    for (let i = bodies; i < this.bodies.length; i++) this.mentionedBodies.set(i, phrase.start);
    for (let i = groups; i < this.groups.length; i++) this.mentionedGroups.set(i, phrase.start);
    if (!this.spokeAt.has(phrase.start)) for (let i = groups; i < this.groups.length; i++) this.onlyMentionedGroups.add(i);
    const target = this.pronounTargets.at(-1);
    if (secondary && target) target.secondary = true;
  }

  /**
   * "The union head called on the government to … He said …": a sentence opening with a post that one person the text
   * named holds, and no unnamed source, is about that person (a later "he" or "she" may mean them).
   */
  private noteTitleHolder(phrase: SpeakerPhrase): void {
    if (phrase.roles.length === 0 || this.unnamedSources.some((u) => phrase.roles.every((r) => u.roles.includes(r)))) return;
    // (The post's own words: "the union head" is the "head of the … Union" named before.)
    const wanted = { roles: phrase.roles.filter((r) => ROLE_NOUNS.has(r)), qualifier: phrase.qualifier };
    const holders = this.directory.people().filter((p) => this.namedInText.has(p.name) && this.titlesOf(p).some((t) => titleCovers(t, wanted)));
    if (holders.length === 1) this.notePerson(holders[0]!.name);
  }

  /**
   * The latest of `count` bodies or groups a pronoun at `at` means: one only mentioned as a sentence's subject in an
   * earlier paragraph, which spoke nowhere, yields to an earlier one that spoke ("The union said … ¶ The port handles
   * 70 per cent of the traffic. ¶ "…," it said." is the union).
   */
  /** The body that spoke in the sentence before `at`, when only its clause's subjects were noted since (see «там» above). */
  private bodyThatSpokeBefore(at: number): ResolvedSpeaker | null {
    let k = this.groups.length - 1;
    while (k >= 0 && this.onlyMentionedGroups.has(k)) k--;
    const spoke = this.groups[k];
    // (An unnamed body that spoke, «сообщили «Вестнику» в профильном министерстве. Там уточнили», is «там» as well, past
    // the outlet told noted after it in the sentence before; thirtieth session. Same guards.)
    const unnamedBody = spoke?.resolved.anonymous === true;
    if (!spoke || k === this.groups.length - 1 || ((spoke.resolved.kind !== 'organisation' || !spoke.resolved.speaker) && !unnamedBody)) return null;
    if (Math.max(0, ...this.lastSeen.values()) > spoke.order) return null;
    const sentenceStart = (from: number) => Math.max(0, ...[...this.text.slice(0, from).matchAll(/[.!?\n]\s+/gu)].map((m) => m.index! + m[0].length));
    const here = sentenceStart(at);
    const before = sentenceStart(Math.max(0, here - 1));
    for (let i = k + 1; i < this.groups.length; i++) {
      const where = this.mentionedGroups.get(i);
      if (where === undefined || where < before || where >= here) return null;
    }
    return spoke.resolved;
  }

  private lastSpeaking(count: number, mentioned: ReadonlyMap<number, number>, at: number): number {
    const earlierParagraph = (i: number) => mentioned.has(i) && PARAGRAPH_BREAK_RE.test(this.text.slice(mentioned.get(i)!, at));
    let i = count - 1;
    while (i >= 0 && earlierParagraph(i)) i--;
    return i >= 0 ? i : count - 1;
  }

  /** Records who spoke in a document ("said in a note"), for a later "the note said". */
  /** The named body the text has given the document to, if any ("an Ofsted report" then "the report"). */
  documentOwner(noun: string): string | null {
    return this.documents.get(noun) ?? null;
  }

  noteDocument(noun: string, by: ResolvedSpeaker): void {
    if (by.anonymous) this.documents.set(noun, null);
    else if (by.kind === 'organisation' && by.speaker) this.documents.set(noun, by.speaker);
  }

  /** Records a speaker given by context (a quotation continuing the previous speaker's). */
  noteSpeaker(resolved: ResolvedSpeaker): void {
    if (resolved.kind === 'person' && resolved.speaker) this.notePerson(resolved.speaker);
    if (resolved.kind === 'anonymous') this.pronounTargets.push({ speaker: null, anonymous: true });
  }

  private readonly genders = new Map<string, 'm' | 'f' | null>();

  /** What the text itself says of a person's gender: a courtesy title or a gendered word before the surname. */
  private genderOf(name: string): 'm' | 'f' | null {
    if (this.genders.has(name)) return this.genders.get(name)!;
    // (Forty-fourth session: else the past verb the text sets after the surname, «Гонца сказал»; russian-gender-by-verb-after-name.ts.)
    if (/[\u0400-\u04FF]/u.test(name)) return russianGender(name) ?? givenNameGender(name) ?? russianGenderByVerbAfterName(this.text, name); // Russian surnames end by gender
    const surname = escapeRegExp(name.split(' ').at(-1)!);
    // (Not a longer, hyphenated surname: "Her daughter, Clare Thwaite-Osei" says nothing of a "Peter Thwaite".)
    // (Not a relative's word before another bearer of the surname: "His daughter Kate Brereton" says nothing of Alan
    // Brereton; the capitalised words between must be this person's own, an initial, or a title.)
    const own = name.split(' ').slice(0, -1);
    const ownWords = (between: string) => own.length === 0 || between.trim().split(/\s+/u).filter((w) => w !== '').every((w) => own.includes(w)
      || /^\p{Lu}\.?$/u.test(w) || HONORIFICS.has(w.toLowerCase().replace(/\.$/u, '')) || ROLE_NOUNS.has(w.toLowerCase()) || ROLE_MODIFIERS.has(w.toLowerCase()));
    // (A title before the bare surname marks nobody where two people of this text bear it: "Ms Keane said" after "Declan
    // Keane and his younger sister, Siobhán Keane" is the sister's, and says nothing of Declan; shared-surname-gender.)
    const bare = (between: string) => between.trim() !== '' || !this.sharedSurname(name.split(' ').at(-1)!);
    const before = (words: string) =>
      [...this.text.matchAll(new RegExp(`(?<![\\p{L}])(?:${words})\\.?,?\\s+((?:\\p{Lu}[\\p{L}'.-]*\\s+){0,2})${surname}(?![\\p{L}-])`, 'giu'))].some((m) => ownWords(m[1]!) && (own.length === 0 || bare(m[1]!)));
    const female = before(FEMALE_WORDS);
    // ("Works council chairman Birgit Heller … She told …": a post in "-man" is written for women too; a woman's given name
    // wins over it. Guard: only the post words; "Mr", "father", "husband" still mark a man.)
    const male = before(MALE_WORDS) && !(before(MALE_TITLES) === false && givenNameGender(name) === 'f');
    // Unmarked: what the given name says, when it says anything.
    // ("Name Name, a mother of three, …", "Name Name has … her crew": what the text says of one no word or list marks;
    // gender-told-by-text.ts.)
    const gender = female === male ? (female ? null : givenNameGender(name) ?? genderToldByText(this.text, name)) : female ? 'f' : 'm';
    this.genders.set(name, gender);
    return gender;
  }

  /** Whether two or more people of this text bear `surname` by full names it prints ("Declan Keane", "Siobhán Keane"). */
  private sharedSurname(surname: string): boolean {
    // (People the directory learned, not any capitalised word before the surname: "Whether Strickland will …" is no
    // second Strickland.)
    return this.bearersInText(surname) >= 2;
  }

  /** "Gunnar Holm" when the text prints it and `words` are its last words ("Holm", "von Brandt"); else null. */
  private fullNameFromText(words: string[]): string | null {
    // (A Russian surname's bearer printed with a patronymic: «Аркадий Борисович Невзоров», not «Борисович Невзоров».)
    const found = words.length === 1 && isCyrillic(words[0]!)
      ? new Set(withRussianPatronymics([...this.fullNamesFromText(words)], this.text, words[0]!, isPatronymic)) : this.fullNamesFromText(words);
    if (found.size !== 1) return null;
    // ("Roberts" after "Osian Pryce Roberts": not the pair cut from a longer name printed whole; first-name-before-two-word-name.ts.)
    const one = words.length === 1 && !isCyrillic(words[0]!) ? withFirstNameBefore(this.text, [...found][0]!, (w) => this.canOpenName(w)) : [...found][0]!;
    return withVietnameseFamilyName(this.text, one);
  }

  /** Whether a capitalised word can be a first name where the text prints it before a name (the checks fullNamesFromText makes). */
  private canOpenName(word: string): boolean {
    const lower = word.toLowerCase();
    return !NOT_FIRST_NAMES.test(word) && !ROLE_NOUNS.has(lower) && !ROLE_MODIFIERS.has(lower) && !SENTENCE_OPENERS.has(lower)
      && !HONORIFICS.has(lower) && !isNationality(lower) && !isPersonNoun(lower) && !ORGANISATION_HEADS.has(lower)
      // ("stopping Welshman Danny Pugh": a nationality's word for its man or woman is no first name; test-59 w14.)
      && !(/(?:wo)?man$/u.test(lower) && isNationality(lower.replace(/(?:wo)?man$/u, '')));
  }

  private readonly notRelatives = new Map<string, string | null>();

  /** The one full name printed with `surname` the text never gives a relation's word, when the others all have one. */
  private surnameNotARelative(surname: string): string | null {
    if (!this.notRelatives.has(surname)) {
      // (Russian: a name printed with a patronymic once is one bearer, «Валентина Сергеевна Корнилова» and «Валентина
      // Корнилова»; a relative may be named after whose, «дочь актрисы Елена Корнилова».)
      const bearers = [...this.fullNamesFromText([surname])];
      const russian = isCyrillic(surname) ? withRussianPatronymics(bearers, this.text, surname, isPatronymic) : bearers;
      this.notRelatives.set(surname, surnameBearerNotARelative(russian, (name) => this.isRelative(name) || (isCyrillic(name) && isRussianRelative(this.text, name))));
    }
    return this.notRelatives.get(surname)!;
  }

  /**
   * Whether the directory or the text gives `name` a relation's title ("Her son, Eirik Dahl, said"), or the text prints it
   * right after a relation's word ("and a daughter, Liv Dahl.", "Her husband, the mountain guide Per Dahl").
   */
  private isRelative(name: string): boolean {
    const person = this.directory.findByName(name.split(' '));
    if ([...(person?.titles ?? []), ...(this.titlesInText.get(name) ?? [])].some((t) => t.roles.some((r) => RELATIONS.has(r)))) return true;
    const escaped = escapeRegExp(name).replace(/ /gu, '\\s+');
    return new RegExp(`(?<![\\p{L}])(?:${[...RELATIONS].join('|')}),?\\s+(?:(?:the|a|an)\\s+(?:[\\p{Ll}-]+\\s+){1,3})?${escaped}(?![\\p{L}])`, 'iu').test(this.text);
  }

  /** Every full name the text prints with `words` as its last words. */
  private fullNamesFromText(words: string[]): Set<string> {
    const found = new Set<string>();
    // ("De la Fuente", "Van der Berg": a surname led by a particle, however many words; the particle may open a sentence.)
    const particled = NAME_PARTICLES.has(words[0]!.toLowerCase()) || isIrishParticle(words[0]!) || isParticlePrintedSmall(this.text, words);
    if (words.length > 4 || (words.length >= 2 && !particled)) return found;
    const escaped = escapeRegExp(words.join(' '))
      .replace(/^\p{L}/u, (c) => (particled ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c));
    // (Not an initial cut from the end of a word: "… told Athletic TV. ¶ Okoye, 21, …" gives no "V. Okoye".)
    // (With middle initials, a nickname in quotation marks and a generational suffix: "J. R. Okafor", "Patrick 'Paddy'
    // Walsh", "Marcus T. Reed Jr.".)
    // ("Ms Al Suwaidi" of "Fatima bint Ahmed Al Suwaidi": the first name before "bin" / "bint" / "ibn" too.)
    // ("D.Ganbold": an initial written against the surname, joined-initials.ts.)
    // (Forty-third session, test-61 w01: not across a blank line, "By Name Name, Abeokuta ¶¶ Traders at …" gives no
    // "Abeokuta Traders"; one line break is a hard-wrapped name's. Nor a plural's possessive inside a body's name, "the
    // Kuto Market Traders' Association": no "Market Traders".)
    // ("De la Cruz" of "Luis de la Cruz Morales, the company's …": a particled surname's second family name, printed before
    // the comma of an apposition.)
    const second = particled ? '(?:\\s+(\\p{Lu}\\p{Ll}+)(?=,))?' : '()';
    for (const m of this.text.matchAll(new RegExp(`(?:(\\p{Lu}\\p{Ll}+)\\s+(bin|bint|ibn|binti)\\s+)?(?<!\\p{L})(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}\\.)((?:\\s\\p{Lu}\\.){0,2})${NICKNAME_GAP}(?:${NAME_GAP}|${JOINED_INITIAL_GAP})${escaped}${second}${SUFFIX_AFTER}(?![\\p{L}])${NOT_PLURAL_IN_BODY_NAME}`, 'gu'))) {
      const first = m[3]!;
      if ((NOT_FIRST_NAMES.test(first) && !monthGivenName(this.text, first, m.index! + (m[0].length - m[0].trimStart().length))) || ROLE_NOUNS.has(first.toLowerCase()) || ROLE_MODIFIERS.has(first.toLowerCase())
        || SENTENCE_OPENERS.has(first.toLowerCase()) || HONORIFICS.has(first.toLowerCase()) || isNationality(first.toLowerCase())
        // («Продавец Шерзод, который …, говорит»: a Russian word for one of the public opening the sentence is no first name;
        // not a head's post, «Глава … Name», read as before.)
        || (isCyrillic(first) && (isRussianPeopleNoun(first.toLowerCase()) || (russianRoles(first.toLowerCase()) ?? []).some((r) => RU_PEOPLE_ROLES.has(r))))
        // («Министр Петров сказал: «…»», «Директор Лозовой заявил»: a post opening the sentence, capitalised, before a
        // surname printed nowhere with a first name, is no first name: the speaker is the surname (thirty-second session).
        // Guards: a word the role lists know, and no Russian or listed given name is one; not before an adjective's genitive
        // or dative, «Глава Ак-Жарского айыл окмоту Name», whose word the resolver reads otherwise, as before.)
        || (isCyrillic(first) && russianRoles(first.toLowerCase()) !== null && !/(?:ого|его|ому|ему)$/u.test(words.at(-1)!))) continue;
      const lineage = m[1] && !ROLE_NOUNS.has(m[1].toLowerCase()) && !HONORIFICS.has(m[1].toLowerCase()) ? [m[1], m[2]!] : [];
      found.add(display([...lineage, first, ...m[4]!.trim().split(/\s+/u).filter((w) => w !== ''), ...words, ...(m[5] ? [m[5]] : []), ...(m[6] ? [m[6]] : [])]));
    }
    return found;
  }

  /** The last capitalised name before `at` that ends in the body word ("Environment Agency" for "agency"), or null. */
  private titledName(head: string, at: number): string | null {
    const titled = this.namesEndingIn(head).findLast((m) => m.index + m[0].length <= at);
    const named = (titled?.[1] ?? '').trim().split(/\s+/u).filter((w) => w !== '').filter((w, k) => k > 0 || !/^(?:The|A|An|One|In|At|On|By|For|From|According|But|And)$/u.test(w));
    // ("the authority" after "the Port Authority of Tema": with the place the name goes on with, titled-name-of-place.ts.)
    if (named.length > 0) return `${named.join(' ')} ${head[0]!.toUpperCase()}${head.slice(1)}${placeAfterTitledName(this.text, titled!.index + titled![0].length)}`;
    // "the festival" after "Cagliari Doc Fest", "the corporation" after "Tirrenia Media Corp": a name ending in the word cut short.
    if (head.length < 6) return null;
    let cutShort = this.endingCutShort.get(head);
    if (!cutShort) {
      const cut = Array.from({ length: head.length - 4 }, (_, k) => head.slice(0, 4 + k)).map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}`).join('|');
      cutShort = [...this.text.matchAll(new RegExp(`((?:\\p{Lu}[\\p{L}'\u2019&-]*\\s+){1,4})(?:${cut})(?![\\p{L}])`, 'gu'))];
      this.endingCutShort.set(head, cutShort);
    }
    const short = cutShort.findLast((m) => m.index + m[0].length <= at) ?? cutShort[0];
    if (!short) return null;
    const words = short[0].trim().split(/\s+/u).filter((w, k) => k > 0 || !/^(?:The|A|An|In|At|On|By|For|From|But|And)$/u.test(w));
    return words.length >= 2 ? words.join(' ') : null;
  }

  private readonly endingIn = new Map<string, RegExpExecArray[]>();
  private readonly endingCutShort = new Map<string, RegExpExecArray[]>();

  /** Capitalised names in the text that end in a body word ("Environment Agency" for "agency"), read once per word. */
  private namesEndingIn(head: string): RegExpExecArray[] {
    let found = this.endingIn.get(head);
    if (!found) {
      // (Not across a blank line: "Contact: Office of Visitor Services" then a headline "Park mourns …" make no "Visitor
      // Services Park"; one line break is a hard-wrapped name's.)
      found = [...this.text.matchAll(new RegExp(`((?:\\p{Lu}[\\p{L}'\u2019&-]*(?:[^\\S\\n]+|[^\\S\\n]*\\n[^\\S\\n]*)){1,5})${head[0]!.toUpperCase()}${head.slice(1)}\\b`, 'gu'))];
      this.endingIn.set(head, found);
    }
    return found;
  }

  /**
   * "Mr. Castellano" when the text names two Castellanos: the one it marks as a man (or, for "Ms.", a woman), by a
   * gendered word just before the full name ("her brother, Paul Castellano"); else the one it does not mark otherwise.
   */
  private byCourtesyTitle(phrase: SpeakerPhrase): string | null {
    if (phrase.name.length !== 1) return null;
    const courtesy = /(?<![\p{L}])(Mr|Mrs|Ms|Miss)\.?\s+$/u.exec(this.text.slice(Math.max(0, phrase.start - 6), phrase.start))
      ?? /^(Mr|Mrs|Ms|Miss)\.?\s/u.exec(this.text.slice(phrase.start, phrase.end));
    if (!courtesy) return null;
    const key = `${courtesy[1]} ${phrase.name[0]}`;
    if (!this.courtesyNames.has(key)) this.courtesyNames.set(key, this.courtesyName(phrase, courtesy[1]!));
    return this.courtesyNames.get(key)!;
  }

  private readonly courtesyNames = new Map<string, string | null>();

  private courtesyName(phrase: SpeakerPhrase, courtesy: string): string | null {
    const wanted = courtesy === 'Mr' ? 'm' : 'f';
    const surname = escapeRegExp(phrase.name[0]!);
    const full = new Set<string>();
    for (const m of this.text.matchAll(new RegExp(`(\\p{Lu}\\p{Ll}+)\\s+${surname}(?![\\p{L}])`, 'gu'))) {
      if (!NOT_FIRST_NAMES.test(m[1]!) && !HONORIFICS.has(m[1]!.toLowerCase()) && !ROLE_NOUNS.has(m[1]!.toLowerCase())) full.add(`${m[1]} ${display(phrase.name)}`);
    }
    // ("Ms Tan Hui Ling … her brother, Mr Tan Wei Jie": family names written first, told apart by their printed titles;
    // courtesy-family-name-first.ts.)
    const familyFirst = familyNameFirstByCourtesy(this.text, display(phrase.name), wanted);
    if (familyFirst) return familyFirst;
    if (full.size < 2) return null;
    const marked = (name: string) => {
      const escaped = escapeRegExp(name);
      const is = (words: string) => new RegExp(`(?<![\\p{L}])(?:${words})\\.?,?\\s+${escaped}(?![\\p{L}])`, 'iu').test(this.text);
      const f = is(FEMALE_WORDS);
      const m = is(MALE_WORDS);
      // (Unmarked so: the pronoun right after the bearer's verb of speech, "Name Name, 71, said he …";
      // pronoun-after-speech-verb.ts. Forty-third session.)
      return f === m ? (f ? null : genderByPronounAfterSpeech(this.text, name)) : f ? 'f' : 'm';
    };
    // ("Carmelo Camilleri … died, his son said. ¶ His son, Joseph Camilleri, said … ¶ "…," Joseph said. ¶ Born in 1934, Mr
    // Camilleri began …": of two bearers of one surname, the one the text calls by the given name alone is told apart so;
    // "Mr Camilleri" is the other, whatever a relation's word marks. Guard: two bearers, one only called so, the other's
    // gender not against the title; courtesy-given-name.ts.)
    const other = otherThanTheOneByGivenName(this.text, [...full]);
    if (other && marked(other) !== (wanted === 'm' ? 'f' : 'm') && givenNameGender(other) !== (wanted === 'm' ? 'f' : 'm')) return other;
    const fits = [...full].filter((n) => marked(n) === wanted);
    if (fits.length === 1) return fits[0]!;
    // ("Leigh and Chris Pendergast …. Leigh Pendergast said …. "…," she said." then "Ms Pendergast said": unmarked by any
    // word before the name, the one bearer a pronoun of the title's gender has already pointed at, where the given names
    // say nothing (Leigh, Chris). Guard: exactly one such bearer, and none the text marks the other way.)
    const called = fits.length === 0 ? [...full].filter((n) => marked(n) === null && this.genders.get(n) === wanted) : [];
    if (called.length === 1) return called[0]!;
    // (Unmarked, the one who has spoken whose given name says the title's gender: "Ms Borg" of "Rita Borg", quoted before,
    // beside "Planning Minister Clayton Mifsud Borg"; not a byline's "Amina Otieno", who never spoke.)
    const spoke = fits.length === 0 ? [...full].filter((n) => marked(n) === null && this.lastSeen.has(n) && givenNameGender(n) === wanted) : [];
    if (spoke.length === 1) return spoke[0]!;
    const open = [...full].filter((n) => marked(n) !== (wanted === 'm' ? 'f' : 'm'));
    return open.length === 1 ? open[0]! : null;
  }

  /** An acronym, or any short name the text defines in brackets ("(MetMalaysia)"): what spelledOut can spell out. */
  private isShortName(word: string): boolean {
    return /^\p{Lu}{2,}$/u.test(word) || (/^\p{Lu}\S*$/u.test(word) && this.text.includes(`(${word})`));
  }

  /** "Sato" for "Sato Kenji": names written family name first, known from a title ("Chief Cabinet Secretary Sato Kenji"). */
  private familyNameFirst(words: string[]): string | null {
    if (words.length !== 1) return null;
    const key = nameKey(words[0]!);
    // ("MP Chua Li Ting" then "Ms Chua said": a three-word name whose first word the text writes after a courtesy
    // title is written family name first, so that word is the person's.)
    const hits = this.directory.people().filter((p) => {
      const parts = p.name.split(' ');
      return nameKey(parts[0]!) === key && this.namedInText.has(p.name)
        && ((parts.length === 2 && p.titles.length > 0) || (parts.length === 3 && this.honoured(words[0]!)));
    });
    if (hits.length === 1) return hits[0]!.name;
    // "veteran catcher Kang Min-sung" then "Kang, 36, told …": a family name the text prints once before a hyphenated
    // given name (Korean, and Chinese in some house styles) is that person.
    const escaped = escapeRegExp(words[0]!);
    const given = new Set([...this.text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}\\s+(\\p{Lu}\\p{Ll}+-\\p{Ll}+)(?![\\p{L}])`, 'gu'))].map((m) => m[1]!));
    if (given.size === 1) return `${words[0]} ${[...given][0]}`;
    // ("the second seed, Zhou Minghao," then "Zhou said": a family name first in apposition, family-name-first-in-apposition.ts.)
    const apposed = familyNameFirstInApposition(this.text, words[0]!);
    if (apposed) return apposed.join(' ');
    // "said Zhou Haiming, chief designer …" then "Zhou said": a person already quoted in this text under a
    // two-word name whose first word this is, and no other speaker's name begins or ends with it.
    const spoken = [...this.lastSeen.keys()].filter((name) => name.split(' ').some((w) => nameKey(w) === key));
    // (Or under a three-word name, when the text writes a courtesy title before the word: "Dr Lim Boon Keat" then "Dr Lim".)
    const length = spoken[0]?.split(' ').length;
    return spoken.length === 1 && (length === 2 || (length === 3 && this.honoured(words[0]!))) && nameKey(spoken[0]!.split(' ')[0]!) === key ? spoken[0]! : null;
  }

  /** A body spoken of before, or a business the text names, whose name is `words` and one word more ("Halvorsen Terminals"). */
  private businessStartingWith(words: string[]): string | null {
    // (Latin letters only: the business endings are English and Latin.)
    if (words.length > 3 || words.some((w) => !/^\p{Lu}\p{Ll}/u.test(w) || isCyrillic(w))) return null;
    const key = words.join(' ');
    // (Not a person the directory knows by a longer name or a post.)
    const person = this.directory.findByName(words);
    if (person && (person.name.split(' ').length > words.length || person.titles.length > 0)) return null;
    // (Nor a surname two people of this text bear by longer names, so that the directory names neither: "Lerato Mahlangu"
    // and her father "Themba Mahlangu" beside "Mahlangu Logistics", a firm named after its founder; "Mahlangu said" is one
    // of them, the elder-younger and recency rules tell which. Guard: full names the text itself prints, two or more.)
    if (!person && words.length === 1 && this.bearersInText(words[0]!) >= 2) return null;
    const spoken = this.bodies.filter((b) => b.startsWith(`${key} `) && b.split(' ').length === words.length + 1);
    if (spoken.length > 0) return spoken.at(-1)!;
    const escaped = escapeRegExp(key);
    const named = new RegExp(`(?<![\\p{L}])${escaped}\\s+(${BUSINESS_ENDINGS})(?![\\p{L}])`, 'u').exec(this.text);
    return named ? `${key} ${named[1]}` : null;
  }

  /** How many people of this text's directory bear `surname` as the last word of a longer name the text prints. */
  private bearersInText(surname: string): number {
    const key = nameKey(surname);
    return this.directory.people().filter((p) => {
      const parts = p.name.split(' ');
      return parts.length >= 2 && nameKey(parts.at(-1)!) === key && this.text.includes(p.name);
    }).length;
  }

  private endsInWorkplaces(words: readonly string[]): boolean {
    const last = words.at(-1)!;
    return /^\p{Lu}\p{Ll}+ies$/u.test(last) && ORGANISATION_HEADS.has(`${last.slice(0, -3).toLowerCase()}y`);
  }

  private readonly asBody = new Map<string, boolean>();

  /**
   * Whether the text refers back to these capitalised words as a body: "X said its …", "X, which …", "X says it has",
   * and never as a person ("he", "she", "Mr" right after or before it).
   */
  private referredToAsBody(words: string[]): boolean {
    const key = words.join(' ');
    if (this.asBody.has(key)) return this.asBody.get(key)!;
    const escaped = escapeRegExp(key);
    // (A first word that is a given name: the guard of several readings below, "Karen Doyle said it …" being a person's way.)
    const givenFirst = givenNameGender(words[0]!) !== null;
    const its = new RegExp(`(?<![\\p{L}])${escaped}(?:\\s+(?:has|had|also|on\\s+\\p{Lu}\\p{Ll}+))?\\s+(?:said|says|added|announced|confirmed|reported|stated|warned|admitted|insisted)(?:${IN_A_MEDIUM}\\s+that)?\\s+(?:that\\s+)?its\\s|(?<![\\p{L}])${escaped},\\s+which\\s`, 'u');
    // (A person: "Mr" or "Dr" before the name, or "he" / "she" / "his" / "her" right after its verb; or an aside after it that
    // only a person takes, person-aside-after-name.ts. The first two alone are the test where a side's aside and "they" are
    // read, below.)
    const pronounOrTitle = `(?<![\\p{L}])(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+${escaped}(?![\\p{L}])|(?<![\\p{L}])${escaped}(?:\\s+\\p{Ll}+){1,2}\\s+(?:that\\s+)?(?:he|she|his|her)\\s`;
    const person = new RegExp(`${pronounOrTitle}|${personAsideAfterName(escaped)}`, 'u');
    // "Lufthansa, the airport's largest customer, said it expected …": a lone name described, then "it", no person of that name.
    const itApposed = new RegExp(`(?<![\\p{L}])${escaped},\\s+(?:the|a|an)\\s[^,.;]{2,60},\\s+(?:said|says|added|announced|confirmed|stated|warned|insisted)\\s+(?:that\\s+)?it\\s`, 'u');
    // "Moviment Graffitti said the words left the door open. "…," the group said in a statement.": the next sentence calls
    // whoever spoke by a word for a body.
    const group = new RegExp(`(?<![\\p{L}])${escaped}\\s+(?:said|says|added|warned|insisted)\\s[^.!?\n]*[.!?]\\s+\u201C?"?[^"\u201D\n]*[,.!?]["\u201D]\\s+the\\s+(?:group|organisation|organization|campaign|charity|movement|coalition|network|association|alliance)\\s+(?:said|says|added)\\b`, 'u');
    // "a Mallaig contractor, Skerry Marine,", "an agency, Northland Staffing", "Piraeus-based Kestrel Bulk Management": the
    // text introduced the name as a body; "X said it … . In an email, the company said": the next sentence calls it one.
    // (Not a body the words were sent to: "In a letter to the newspaper, Marc Delorme said" names the addressee, and the
    // name after it is the writer, a person; the words between the article and the kind its own, no "to".)
    // (Nor a post whose holder the kind's body is: "Its head of branch network, Niall Devereux," names the head, a person;
    // a word for a person right before "of" among the words; thirty-fifth session, dev d1745.)
    // (Nor a setting fronted at the sentence's opening, "At the regional council, Name Name said", "In the union, …": the
    // name after it is someone speaking there; thirty-fifth session, d1262. Mid-sentence, "a stake in the firm, Name," is
    // still the firm's name.)
    const introduced = words.length < 2 ? null : new RegExp(`(?:(?<![\\p{L}])(?<!\\bto\\s)(?<!(?:^|[.!?]\\s+|\\n)(?:At|In|During|Inside|Outside)\\s)(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir)\\s+((?:(?!to\\s)[\\p{L}'\u2019-]+\\s+){0,3})(${INTRODUCING_KINDS}),|-based)\\s+${escaped}(?![\\p{L}])`, 'gu');
    const introducedAsBody = introduced !== null && [...this.text.matchAll(introduced)]
      .some((m) => {
        const head = /(?:^|\s)([\p{L}'\u2019-]+)\s+of\s/u.exec(m[1] ?? '')?.[1];
        // (Nor a post printed right before the article, "The head of the Moldova Fruct association, Elena Bostan,": the
        // head's name, a person, as "Its head of branch network, Name," is; forty-third session, test-61 w08.)
        const post = /(?:^|[^\p{L}'\u2019-])([\p{L}'\u2019-]+)\s+of\s+$/u.exec(this.text.slice(Math.max(0, m.index - 40), m.index))?.[1];
        // (Nor "the injured party, Name,": one side of a case, a person; party-to-a-case.ts.)
        if (m[2] !== undefined && isPartyToACase(m[1] ?? '', m[2])) return false;
        return (!head || !isPersonNoun(head.toLowerCase())) && (!post || !isPersonNoun(post.toLowerCase()));
      });
    const called = words.length < 2 ? null : new RegExp(`(?<![\\p{L}])${escaped}\\s+(?:said|says)\\s+(?:that\\s+)?it\\s[^.!?\n]*[.!?]\\s+(?:[^.!?\n]{0,30},\\s+)?the\\s+(?:company|firm|business)\\s+(?:said|says|added)\\b`, 'u');
    // ("Bus Vannin said it was ready …. Ticket machines would need …, the company said.", "X said in a filing … that it had
    // …. It had found …, the utility said.": the next sentence closes on a word for a body, after any clause. Guards: the
    // name's first word no given name ("Karen Doyle said it … , the company said" is a person and some company); "the"
    // and the word then the verb, then the sentence's end.)
    const calledAtEnd = words.length < 2 || givenFirst ? null
      : new RegExp(`(?<![\\p{L}])${escaped}\\s+(?:said|says)(?:\\s+(?:in|to|on)\\s[^.!?\n]{0,60}?)?\\s+(?:that\\s+)?it\\s[^.!?\n]*[.!?]\\s+[^.!?\n]*,\\s+the\\s+(?:company|firm|business|utility|airline|carrier|operator|charity|organisation|organization)\\s+(?:said|says|added)[.!?]`, 'u');
    // "Te Whatu Ora said there had been four cases, though it could not say …": the speaker goes on as "it", in what it
    // could or would not say.
    const itCouldNot = new RegExp(`(?<![\\p{L}])${escaped}\\s+(?:said|says|confirmed|reported|stated)\\s[^.!?\n]*,\\s+(?:though|although|but|and)\\s+it\\s+(?:(?:could|would|did|can|was)(?:\\s+not|n't|\\s+unable\\s+to)|declined\\s+to)\\s+(?:say|confirm|comment|disclose|specify|give|rule)\\b`, 'u');
    // ("In its submission, Tamar Wildlife Rescue said …", "In its annual report, X says": "its" before the name, in a fronted
    // phrase, means the speaker named right after. Guard: the name's first word no given name ("In its first year, Paul
    // Grant said the scheme …" means the scheme).)
    const inIts = givenFirst ? null
      : new RegExp(`(?<![\\p{L}])[Ii]n\\s+its\\s+[^,.;:!?\n]{1,60},\\s+(?:the\\s+)?${escaped}\\s+(?:said|says|added|stated|argued|warned|noted|wrote|told)(?![\\p{L}])`, 'u');
    // ("Kessler Components said Tuesday it will eliminate the second shift at its Toledo plant", "Pan Trinbago said in a
    // release that Mahabir was … and that its flags would fly …": "it" then "its" in the clause it said, or a second framed
    // clause "and that its …", mean the speaker. Guard: the name's first word no given name ("Paul Grant said it had lost
    // its way" may mean a club), and the text never calls the name "he" / "she" (the person test below).)
    // ("Prairie Skies Wind said in an email Tuesday that it was "disappointed" … and it was reviewing … with its
    // landowners": the medium and the day may stand between the verb and "that", and the word after the verb may be quoted.)
    const itAndIts = givenFirst ? null
      : new RegExp(`(?<![\\p{L}])${escaped}\\s+(?:said|says|announced|confirmed)(?:${IN_A_MEDIUM})?\\s+(?:(?:on\\s+)?\\p{Lu}\\p{Ll}+day\\s+)?(?:that\\s+)?it\\s+(?:will|would|had|has|could|can|is|was)\\s+(?:not\\s+|no\\s+longer\\s+)?["\u201C]?\\p{Ll}+["\u201D]?\\s[^.!?\n]*?\\bits\\s|(?<![\\p{L}])${escaped}\\s+(?:said|says)\\s[^.!?\n]*?\\band\\s+that\\s+its\\s`, 'u');
    // ("…, Cumbria Constabulary said. The vehicle did not stop at the scene, it added.": a name closing an inverted
    // attribution, and the next sentence closing on "it added" / "it said" or on "the force / company … said", a word for a
    // body. Guards: a name of two words or more whose first is no given name; the verb then the sentence's end both times;
    // the person test below ("he", "she", "Mr" beside the name) still wins.)
    const itAddedNext = words.length < 2 || givenFirst ? null
      : new RegExp(`(?<![\\p{L}])${escaped}\\s+(?:said|says)[.]\\s+[^.!?\n"\u201C\u201D]*,\\s+(?:it|the\\s+(?:force|company|firm|business|utility|operator|agency|authority|council|group|organisation|organization|charity|service))\\s+(?:said|says|added)[.]`, 'u');
    // ("Southgate Comets, who lost the match, said they would …": a side's "who" aside then "they" is no person's aside, so
    // only "he" / "she" / "Mr" by the name then keep it a person; body-apposed-or-they.ts, sideAsideThenThey.)
    const theyAfterAside = !givenFirst && sideAsideThenThey(this.text, words);
    const personByPronounOrTitle = new RegExp(pronounOrTitle, 'u');
    // (Bodies speaking, probed on fresh text, body-speaking-as-it.ts.)
    const asIt = bodySpeakingAsIt(this.text, key, { givenFirst, words: words.length })
      // (Described as a body's kind, or speaking as "they": body-apposed-or-they.ts.)
      || bodyApposedByKind(this.text, key) || (!givenFirst && bodySpeakingAsThey(this.text, key))
      || (!givenFirst && bodyDescribedWithThatThenIt(this.text, key))
      // («Как пишет Dienas Bizness, …»: a Latin name a Russian text reports from, russian-latin-body-name.ts.)
      || latinNameReportingInRussian(this.text, words, givenFirst);
    const lone = words.length === 1 && !this.directory.findByName(words) && !this.fullNameInText(words[0]!);
    const body = (its.test(this.text) || (!givenFirst && itCouldNot.test(this.text)) || group.test(this.text) || (lone && itApposed.test(this.text)) || introducedAsBody
      || called?.test(this.text) === true || calledAtEnd?.test(this.text) === true || inIts?.test(this.text) === true || itAndIts?.test(this.text) === true
      || itAddedNext?.test(this.text) === true || asIt
      // ("the final round of the Harbour Open", "Fisheries Tasmania" beside "a fisheries officer": name-used-as-body.ts.)
      || printedAfterArticle(this.text, words) || openedByCommonWord(this.text, words))
      && !(theyAfterAside ? personByPronounOrTitle : person).test(this.text);
    this.asBody.set(key, body);
    return body;
  }

  /** Whether the name is printed before its initials in brackets ("Electricité du Liban (EDL)"): all its words' or its capitalised ones'. */
  private initialsInBrackets(phrase: SpeakerPhrase): boolean {
    const words = phrase.kind === 'name' ? phrase.name : [];
    const escaped = words.map((w) => escapeRegExp(w)).join('\\s+');
    const m = new RegExp(`(?<![\\p{L}])${escaped}\\s*\\((\\p{Lu}{2,8})\\)`, 'u').exec(this.text.slice(phrase.start, phrase.end + 16));
    if (!m) return false;
    const all = words.map((w) => w.charAt(0).toUpperCase()).join('');
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join('');
    const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
    const short = plain(m[1]!);
    return plain(all) === short || plain(capitalised) === short;
  }

  /** The last body named before `at` in full, with a short name in brackets after it: "The Center for … (PVMBG)". */
  private introducedInFull: { name: string; at: number }[] | null = null;
  /** Lower-case words resolved to the name their sentence opened with (subject-by-its-kind.ts), and where. */
  private ownSubjects = new Map<string, { name: string; at: number }>();

  /** Where the sentence holding `at` starts: after the last line break, or at the stop (with its space) that ends the one before. */
  private sentenceStartBefore(at: number): number {
    return Math.max(this.text.lastIndexOf('\n', at), /[.!?]\s[^.!?]*$/u.exec(this.text.slice(0, at))?.index ?? 0);
  }

  /** The text from the start of the sentence holding `at` up to `at`. */
  private sentenceUpTo(at: number): string {
    return this.text.slice(this.sentenceStartBefore(at), at);
  }

  private bodyIntroducedInFull(at: number): string | null {
    this.introducedInFull ??= [...this.text.matchAll(/(?<![\p{L}])(\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:(?:of|for|and|on|the|de|du|des|la|le)\s+)*\p{Lu}[\p{L}'\u2019-]*)+)\s+\(\p{Lu}[\p{L}\p{N}&-]{1,9}\)/gu)]
      .map((m) => ({ name: m[1]!.replace(/^(?:The|A|An|In|At|On|By|For|From|But|And)\s+/u, ''), at: m.index + m[0].length }))
      .filter((n) => n.name.split(/\s+/u).some((w) => BODY_NAME_ENDS.has(w.toLowerCase()) || ORGANISATION_HEADS.has(w.toLowerCase())));
    return this.introducedInFull.findLast((n) => n.at <= at)?.name ?? null;
  }

  private readonly placeCouncils = new Map<string, RegExpExecArray[]>();

  /**
   * "Murrindal Shire" for "council" in a text that never prints the council's name but names its members: "Murrindal
   * Shire councillors", "Wealden District councillors" (a place of a council's kind before them, not a party's name,
   * "Labour councillors"); the first so named.
   */
  private councilByItsMembers(): string | null {
    if (this.councilNamedByMembers === undefined) this.councilNamedByMembers = this.findCouncilByItsMembers();
    return this.councilNamedByMembers;
  }

  private councilNamedByMembers: string | null | undefined;

  private findCouncilByItsMembers(): string | null {
    for (const m of this.text.matchAll(/(?<![\p{L}])((?:\p{Lu}[\p{L}'\u2019-]*\s+){1,3})(?:councillors|councilors)(?![\p{L}])/gu)) {
      const words = m[1]!.trim().split(/\s+/u).filter((w, k) => k > 0 || !/^(?:The|A|An|In|At|On|By|For|From|But|And|Two|Three|Four|Five|Six|Seven)$/u.test(w));
      if (words.length >= 2 && PLACE_BODIES.has(words.at(-1)!.toLowerCase())) return words.join(' ');
    }
    return null;
  }

  /** "Bega Valley Shire Council" for "the shire": a council named by a place of that kind, the last before `at`, else the first. */
  private placeCouncil(head: string, at: number): string | null {
    let found = this.placeCouncils.get(head);
    if (!found) {
      const word = `${head[0]!.toUpperCase()}${head.slice(1)}`;
      found = [...this.text.matchAll(new RegExp(`(?<![\\p{L}])((?:\\p{Lu}[\\p{L}'\u2019-]*\\s+){1,3}${word}\\s+Council)(?![\\p{L}])`, 'gu'))];
      this.placeCouncils.set(head, found);
    }
    const council = found.findLast((m) => m.index < at) ?? found[0];
    return council ? council[1]!.replace(/^(?:The|A|An|In|At|On|By|For|From|But|And)\s+/u, '').replace(/\s+/gu, ' ') : null;
  }

  /** "Matai of the village say": a lone word placed by a lower-case place after a preposition, then a plural verb. */
  private groupInItsOwnWord(phrase: SpeakerPhrase): boolean {
    const word = phrase.kind === 'name' ? phrase.name[0]! : '';
    if (!/^\p{Lu}[\p{Ll}-]{2,}$/u.test(word) || ORGANISATION_HEADS.has(word.toLowerCase()) || this.directory.findByName([word])) return false;
    const printed = this.text.slice(phrase.start, phrase.end);
    if (!printed.startsWith(word)) return false;
    if (!/^\s+(?:of|at|in|from|on|near|around|across)\s+(?:the|a|an)\s+(?:\p{Lu}[\p{L}-]*\s+)*\p{Ll}[\p{L} -]*$/u.test(printed.slice(word.length))) return false;
    return /^\s+(?:say|tell|claim|allege|insist|complain|fear|believe|argue|warn|worry|hope|want|note|agree)\s/u.test(this.text.slice(phrase.end, phrase.end + 12));
  }

  /** Whether the text prints a courtesy title before `surname` ("Ms. Okonkwo"): a person, even without a first name. */
  private honoured(surname: string): boolean {
    const escaped = escapeRegExp(surname);
    // Capitalised only: "they miss Paris" names nobody.
    const titles = [...HONORIFICS].map((h) => h.charAt(0).toUpperCase() + h.slice(1)).join('|');
    return new RegExp(`(?<![\\p{L}])(?:${titles})\\.?\\s+${escaped}(?![\\p{L}])`, 'u').test(this.text);
  }

  private readonly byGivenName = new Map<string, string | null>();

  /**
   * "Born in Leeds, Margaret came to …" in a text that names "Margaret Fenwick": a given name alone, printed as the
   * first word of exactly one full name and never after another name, is that person.
   */
  private fullNameFromGivenName(word: string): string | null {
    if (this.byGivenName.has(word)) return this.byGivenName.get(word)!;
    let full: string | null = null;
    if (givenNameGender(word) !== null && /^\p{Lu}\p{Ll}+$/u.test(word) && !this.fullNameInText(word)) {
      const escaped = escapeRegExp(word);
      const names = new Set([...this.text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}])`, 'gu'))]
        .map((m) => m[1]!).filter((w) => !NOT_FIRST_NAMES.test(w) && !ROLE_NOUNS.has(w.toLowerCase())));
      full = names.size === 1 ? `${word} ${[...names][0]}` : null;
      // ("Gwen said" after "Gwen and Alun Probert run the dairy": one of a pair printed with one surname after both given
      // names takes it. Guard: the other a given name the list knows; the surname the only one so printed after "and".)
      if (names.size === 0) {
        const shared = new Set([...this.text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}\\s+and\\s+(\\p{Lu}\\p{Ll}+)\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}])`, 'gu'))]
          .filter((m) => givenNameGender(m[1]!) !== null && !NOT_FIRST_NAMES.test(m[2]!) && !ROLE_NOUNS.has(m[2]!.toLowerCase())).map((m) => m[2]!));
        full = shared.size === 1 ? `${word} ${[...shared][0]}` : null;
      }
    }
    // ("Adnan said" after "director-general Datuk Adnan Hussain": a given name no list knows, printed after a courtesy
    // title; given-name-after-honorific.ts.)
    full ??= givenNameGender(word) === null ? fullNameAfterHonorific(this.text, word) : null;
    // ("Kemi told this site …" after "ordered to pay Kemi Adebayo £2,400" and before "Ms Adebayo": a given name no list
    // knows, printed before one surname only, which the text also gives a courtesy title, is that person's, not a body's.
    // Guards: the word never printed after another capitalised word, as a surname is; exactly one word so printed after
    // it; that word no post's and printed after "Mr" / "Ms" / "Dr" …; so "Barclays said" after "Barclays Bank" stays a body.)
    if (full === null && givenNameGender(word) === null && /^\p{Lu}\p{Ll}+$/u.test(word) && !this.fullNameInText(word)) {
      const escaped = escapeRegExp(word);
      const names = new Set([...this.text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}])`, 'gu'))]
        .map((m) => m[1]!).filter((w) => !NOT_FIRST_NAMES.test(w) && !ROLE_NOUNS.has(w.toLowerCase())));
      const surname = names.size === 1 ? [...names][0]! : null;
      if (surname && this.honoured(surname)) full = `${word} ${surname}`;
    }
    this.byGivenName.set(word, full);
    return full;
  }

  /** Whether the text prints `surname` after a first name somewhere ("Hillary Clinton"). */
  private fullNameInText(surname: string): boolean {
    const escaped = escapeRegExp(surname);
    // "The Treasury" is no first name and surname.
    // ((?!\p{L}) rather than \b, which knows only Latin letters: "Андрей Сафронов".)
    // (Nor a word that opens a sentence, "But KRA warned": "But" is no first name.)
    // (Nor a word a paragraph break parts from it, a byline's place above "Farmers in …": one line break at most, as a
    // hard-wrapped wire's.)
    // (Nor a plural's possessive inside a body's name, "the Kuto Market Traders' Association": no "Market Traders";
    // forty-third session, test-61 w01.)
    return [...this.text.matchAll(new RegExp(`(?<!\\p{L})(\\p{Lu}\\p{Ll}+|\\p{Lu}\\.)(?:\\s\\p{Lu}\\.){0,2}${NICKNAME_GAP}(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*|${JOINED_INITIAL_GAP})${escaped}(?!\\p{L})${NOT_PLURAL_IN_BODY_NAME}`, 'gu'))]
      .some((m) => !NOT_FIRST_NAMES.test(m[1]!) && !SENTENCE_OPENERS.has(m[1]!.toLowerCase()));
  }

  /**
   * "Reyes said" after "Jose Miguel P. Reyes met …", "García Fernández" after "María José García Fernández": the one
   * longer name this text has already given someone that ends in these words (or, for a Malay or Arabic name, opens
   * with them before "bin" / "binti": "Ahmad Faizal" of "Ahmad Faizal bin Hashim"; for a Hong Kong name, has them before
   * its hyphenated Chinese given name: "Leung" of "Eric Leung Chi-ming"); none when two such names fit.
   */
  private longerNameInText(words: readonly string[]): string | null {
    const key = (w: string) => w.toLowerCase().replace(/[.\u2019']/gu, '');
    const wanted = words.map(key).join(' ');
    const fits = [...new Set(this.recent)].filter((name) => {
      const parts = name.split(' ');
      // (Not a mention read with the word opening its sentence: "On Kieran …'s equaliser".)
      const opener = parts[0]!.toLowerCase();
      if (parts.length <= words.length || PREPOSITIONS.has(opener) || SENTENCE_OPENERS.has(opener) || /^(?:the|a|an)$/u.test(opener)) return false;
      const keys = parts.map(key);
      if (keys.slice(-words.length).join(' ') === wanted) return true;
      if (keys.slice(0, words.length).join(' ') === wanted && isLineageParticle(keys[words.length] ?? '')) return true;
      // ("Rangi Potaka" for "Rangi Te Awhe Potaka": middle names left out, middle-names-dropped.ts.)
      if (isWithMiddleNamesDropped(keys, words.map(key))) return true;
      // ("Mohamad Yusri" for "Datuk Seri Mohamad Yusri Hashim": a Malay name's given names, malay-short-form.ts.)
      if (isMalayGivenNamesShortForm(this.text, name, words)) return true;
      return /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(parts.at(-1)!) && keys.slice(-words.length - 1, -1).join(' ') === wanted;
    });
    return fits.length === 1 ? fits[0]! : null;
  }

  /**
   * «Активисты инициативной группы «Наш сквер»», «Участники движения «…»»: members of a group the text names in guillemets,
   * the group in the nominative («инициативная группа «Наш сквер»»); a bare «Активисты» after such a phrase, the same
   * group. Null for anything else.
   */
  private namedGroupOfMembers(phrase: SpeakerPhrase): string | null {
    const written = this.text.slice(phrase.start, phrase.end);
    const member = /^(активист|участник|член|волонт[её]р)\p{Ll}*$/u.exec(written.split(/\s+/u)[0]!.toLowerCase());
    if (!member) return null;
    const re = new RegExp(`(?<![\\p{L}])${member[1]}\\p{Ll}*\\s+((?:\\p{Ll}+(?:ой|ей|ого|его)\\s+)?(?:групп|движени|объединени|сообществ|инициатив|коалици)\\p{Ll}{0,2})\\s+\u00AB([^\u00BB]{2,60})\u00BB`, 'giu');
    // (The group named in the phrase itself, or a bare «Активисты» whose phrase may run on, «Активисты назвали решение …, но».)
    const own = /^\S+\s+(?:\p{Ll}+\s+)?(?:групп|движени|объединени|сообществ|инициатив|коалици)/iu.test(written);
    const matches = [...this.text.slice(0, own ? phrase.end + 90 : phrase.start).matchAll(re)];
    const m = own ? matches.find((x) => x.index === phrase.start) : matches.at(-1);
    if (!m) return null;
    const nominative = (w: string) => w.replace(/ой$|ей$/u, (e) => (e === 'ой' ? 'ая' : 'яя')).replace(/(?:ого|его)$/u, (e) => (e === 'ого' ? 'ое' : 'ее'))
      .replace(/^(групп|инициатив)ы$/u, '$1а').replace(/^(движени|объединени)я$/u, '$1е').replace(/^сообщества$/u, 'сообщество').replace(/^коалиции$/u, 'коалиция');
    return `${m[1]!.toLowerCase().split(/\s+/u).map(nominative).join(' ')} \u00AB${m[2]}\u00BB`;
  }

  /** The individual entrepreneur («индивидуальный предприниматель Name Surname», «ИП Name Surname») named last before `at`, else unnamed. */
  private soleTrader(at: number): ResolvedSpeaker {
    const named = [...this.text.slice(0, at).matchAll(/(?:индивидуальн\p{Ll}+\s+предпринимател\p{Ll}*|(?<![\p{L}])ИП)\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)(?![\p{L}])/gu)].at(-1);
    if (named) {
      const start = named.index + named[0].length - named[1]!.length - named[2]!.length - 1;
      return this.resolve({ kind: 'name', name: [named[1]!, named[2]!], roles: [], qualifier: null, start, end: start + named[1]!.length + named[2]!.length + 1 });
    }
    this.pronounTargets.push({ speaker: null, anonymous: true });
    return { speaker: null, anonymous: true, kind: 'anonymous' };
  }

  /** "the 41-year-old" / "the mother of three": the person the text printed so, else the latest one quoted who may be. */
  private describedByAgeOrChildren(phrase: SpeakerPhrase): string | null {
    const printed = this.text.slice(phrase.start, phrase.end);
    const age = ageOfDescription(printed);
    const parent = age === null ? parentOfChildren(printed) : null;
    if (age === null && parent === null) return null;
    const named = age !== null
      ? namePrintedWithAge(this.text, age, phrase.start) ?? nameIntroducedAfterAge(this.text, age, phrase.end)
      : namePrintedAsParent(this.text, parent!, phrase.start);
    // (The capitalised words before the age may open with a post or a place, "Gimli MLA Name Name": the longest tail of
    // them the directory knows as a person, else the last two.)
    if (named) {
      const words = named.split(/\s+/u);
      for (let k = 0; k < words.length - 1; k++) {
        const person = this.directory.findByName(words.slice(k));
        if (person) return person.name;
      }
      return words.slice(-2).join(' ');
    }
    // (Else the latest person quoted, unless the text gives them the other gender: "the mother of three" is no "Mr"; an age
    // with a noun, "the 64-year-old skipper", is left to the post's rules, which find the skipper named before.)
    if (age !== null && /-year-old\s+\p{Ll}/u.test(printed)) return null;
    // ("Jamie Hollins, 23, rode …. "…," said the 62-year-old.": not one the text printed with another age; the latest
    // quoted before them who was not; thirty-second session.)
    if (age !== null) {
      const otherAge = (name: string) => {
        const m = new RegExp(`(?<![\\p{L}])${escapeRegExp(name).replace(/ /gu, '\\s+')},\\s+(?:aged\\s+)?(\\d{1,3})\\s*,`, 'u').exec(this.text);
        return m !== null && Number(m[1]) !== age;
      };
      return [...this.recent].reverse().find((name) => !otherAge(name)) ?? null;
    }
    const latest = this.recent.at(-1);
    if (!latest) return null;
    const gender = this.genderOf(latest);
    return parent && gender && gender !== parent ? null : latest;
  }

  /** "The former headmaster", "the retired nurse": the person named last, in the phrase's paragraph, when nobody holds the post. */
  private formerLifeOfLatest(phrase: SpeakerPhrase): string | null {
    // ("retired" is read as a role word of its own: "the retired teacher" has roles "retired", "teacher".)
    const roles = phrase.roles.filter((r) => r !== 'retired' && r !== 'former');
    if (phrase.kind !== 'title' || roles.length !== 1 || !isFormerLifeDescription(this.text.slice(phrase.start, phrase.end))) return null;
    const wanted = { roles, qualifier: phrase.qualifier };
    if (this.directory.people().some((p) => this.titlesOf(p).some((t) => titleCovers(t, wanted)))) return null;
    const latest = this.recent.at(-1);
    if (!latest) return null;
    const paragraphStart = Math.max(0, this.text.lastIndexOf('\n', phrase.start));
    const surname = new RegExp(`(?<![\\p{L}])${escapeRegExp(latest.split(' ').at(-1)!)}(?![\\p{L}])`, 'u');
    return surname.test(this.text.slice(paragraphStart, phrase.start)) ? latest : null;
  }

  private notePerson(speaker: string): void {
    this.lastSeen.set(speaker, ++this.order);
    this.recent.push(speaker);
    this.pronounTargets.push({ speaker, anonymous: false });
  }

  /** A person the phrase names or means, noted as the latest one met and given as the speaker. */
  private notedPerson(speaker: string): ResolvedSpeaker {
    this.notePerson(speaker);
    return { speaker, anonymous: false, kind: 'person' };
  }

  /** Whether every other place the text prints the word, a body's word follows it ("… Fruit Exporters Association"). */
  private onlyInBodyNames(word: string, at: number): boolean {
    let seen = false;
    for (let i = this.text.indexOf(word); i >= 0; i = this.text.indexOf(word, i + word.length)) {
      if (i === at) continue;
      // ("the Garment Workers' Federation": the plural's apostrophe may stand before the body's word.)
      const after = /^['\u2019]?\s+(\p{Lu}[\p{L}-]+)/u.exec(this.text.slice(i + word.length, i + word.length + 30));
      if (after && BODY_NAME_TAILS.has(after[1]!.toLowerCase())) {
        seen = true;
        continue;
      }
      // ("Workers of a garment factory blocked …" beside it: the plural printed as a plain noun, after no capitalised word,
      // is no one's name either.)
      if (/^\p{L}/u.test(this.text.slice(i + word.length, i + word.length + 1)) || /\p{L}$/u.test(this.text.slice(Math.max(0, i - 1), i))) continue;
      if (/\p{Lu}[\p{L}'\u2019-]*\s+$/u.test(this.text.slice(Math.max(0, i - 30), i))) return false;
    }
    return seen;
  }

  /** "the ministry", "the alliance": the latest body of that kind the text named in full. */
  private bodyOf(written: string, at: number): string {
    // («В «Воде Крыма» уточнили» after «ГУП РК «Вода Крыма»»: the «name» as printed, where its first word lost its ending in
    // the nominative read back; russian-quoted-name-as-printed.ts.)
    const asPrinted = quotedNameAsPrinted(this.text, written);
    if (asPrinted) return asPrinted;
    // Russian: "ведомство", "компания", "ЦБ", "там" → the body named before (russian.ts).
    // ("Росавтодор сообщил" after "Федеральное дорожное агентство (Росавтодор)": a Russian short name the text gave in
    // brackets is the name spelled out before them, as an English one is for a lone word.)
    if (/^\p{Lu}[\u0400-\u04FF-]+$/u.test(written) && this.text.includes(`(${written})`)) {
      const full = spelledOut(this.text, written);
      if (full && full !== written) return full;
    }
    // (A body only mentioned as a sentence's subject in an earlier paragraph, which spoke nowhere, is passed over as for
    // "it": «Минтранс сообщил … ¶ В Ассоциации … комментировать не стали. ¶ Ведомство добавило …» is the ministry.)
    const russian = russianBodyReferent(this.text, written, at, this.bodies.slice(0, this.lastSpeaking(this.bodies.length, this.mentionedBodies, at) + 1));
    if (russian) return russian;
    // "Local 417 said" after "… to join Service Employees Local 417": a union's local by its number alone is the longer
    // name the text gave it (the last body that spoke under it, else the first the text prints).
    if (/^Local \d{1,5}$/u.test(written)) {
      const spoke = [...this.bodies].reverse().find((b) => b.endsWith(` ${written}`));
      const printed = new RegExp(`((?:\\p{Lu}[\\p{L}'\u2019-]*\\s+){1,4})${written}(?!\\p{N})`, 'u').exec(this.text)?.[1]?.replace(/^(?:The|A|An)\s+/u, '');
      const longer = spoke ?? (printed ? `${printed.trim()} ${written}` : null);
      if (longer && longer !== written) return longer;
    }
    // ("The society's board said" after "the Kelvin Chamber Society", "the Kelvin Chamber Society's board": the body its
    // board runs, board-of-body.ts.)
    const runBy = ownerOfRunners(written);
    if (runBy && 'name' in runBy) return runBy.name;
    const run = runBy ? this.bodyOf(runBy.word, at) : null;
    if (runBy && run && run !== runBy.word) return run;
    const words = written.split(' ');
    // ("Researchers at the University of Kelby report … . The team found that …": a research team is the body its
    // researchers were printed at, examiners-findings.ts. Thirty-eighth session, test-54 w15. Guard: "team" alone or after
    // "research" / "study", and "Researchers / Scientists at <capitalised name>" printed before.)
    if (/^(?:(?:research|study)\s+)?team$/u.test(written)) {
      const researchersAt = [...this.text.slice(0, at).matchAll(/(?<![\p{L}])(?:[Rr]esearchers|[Ss]cientists)\s+(?:at|from)\s+(?:the\s+)?(\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}'\u2019-]*)*)/gu)].at(-1);
      if (researchersAt) return researchersAt[1]!;
    }
    // ("the ranger group said" after "the Hervey Bay Sea Rangers": group-by-members-word.ts.)
    const byMembersWord = groupByMembersWord(this.text, words, at);
    if (byMembersWord) return byMembersWord;
    // ("An Bord Pleanála has refused … ¶ The planning appeals board said": the body the paragraph before opens with,
    // body-described-after-lead.ts.)
    if (words.length >= 2 && words.every((w) => /^\p{Ll}+$/u.test(w)) && ORGANISATION_HEADS.has(words.at(-1)!)) {
      const opening = bodyOpeningParagraphBefore(this.text, at, (name) => parseSpeakerPhrase(tokenize(name))?.kind === 'organisation');
      if (opening) return opening;
    }
    // "the state's road authority, Landesbetrieb Straßenbau, said", "a report commissioned by the state's road authority,
    // Landesbetrieb Straßenbau, says": a description in lower case, the body's name set after it between commas.
    if (words.length >= 2 && /^\p{Ll}/u.test(words.at(-1)!)) {
      const i = this.text.indexOf(written, at);
      const apposed = i >= 0 && i - at < 120 ? APPOSED_BODY_NAME_RE.exec(this.text.slice(i + written.length, i + written.length + 80)) : null;
      if (apposed) return apposed[1]!;
    }
    // ("the Junta de Andalucia has confirmed …. The regional government said": a government named in its own language, where
    // no body named so far ends in "government"; government-in-its-language.ts.)
    if (words.length <= 3 && words.every((w) => /^\p{Ll}/u.test(w)) && words.at(-1) === 'government' && !this.bodies.some((b) => /\bgovernment$/iu.test(b))) {
      const ownLanguage = governmentNamedInItsLanguage(this.bodies);
      if (ownLanguage) return ownLanguage;
    }
    const describedName = this.describedBody(words) ?? this.bodyDescribedNearby(words, at);
    if (describedName) return describedName;
    // ("the Letefoho coffee cooperative said" then "Cooperativa Café Letefoho" next: place-description-named-next.ts.)
    const namedNext = placeDescriptionNamedNext(this.text, words, at);
    if (namedNext) return namedNext;
    // ("Brambleway Foods will shut nine of its depots …, the grocery chain said", "…, the co-op confirmed": the name the
    // sentence opens with, when it goes on to say "its" and the word is one for what that body is, subject-by-its-kind.ts.
    // Guard: at most three lower-case words, so a named body's own last word is not read so.)
    if (words.length <= 3 && words.every((w) => /^\p{Ll}/u.test(w))) {
      const opened = this.sentenceUpTo(at);
      const ownSubject = subjectByItsKind(withoutKindOpening(opened.replace(/^[.!?\s]+/u, '').replace(DATELINE_OPENING_RE, ''), (w) => OWN_SUBJECT_KINDS.has(w)), words.at(-1)!);
      if (ownSubject) { this.ownSubjects.set(written.toLowerCase(), { name: ownSubject, at }); return ownSubject; }
      // ("The cut reflected …, the co-op said in a letter" further on: the same words again are the same body, unless
      // another one has been brought in by that word since, "Dairygold, another co-op,".)
      const before = this.ownSubjects.get(written.toLowerCase());
      const another = new RegExp(`(?<![\\p{L}])(?:another|a|an|rival|second)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${escapeRegExp(words.at(-1)!)}(?![\\p{L}-])`, 'iu');
      if (before && !another.test(this.text.slice(before.at, at))) return before.name;
    }
    // "the Stavanger-based company", "the Norwegian producer": a description of a business, not its name.
    const described = words.length <= 3 && COMPANY_WORDS.has(words.at(-1)!) && words.slice(0, -1).every((w) => /-based$|^\p{Ll}/u.test(w) || isNationality(w.toLowerCase()));
    if ((words.length === 1 && /^\p{Ll}/u.test(written)) || described) {
      const head = words.at(-1)!.toLowerCase();
      // ("Bega Valley Shire Council said …. The shire's own data shows", "Upper Eden Parish Council …. The parish said": the
      // council the text names for a place of that kind is the place speaking, the last one before, else the first.)
      const council = words.length === 1 && PLACE_BODIES.has(head) ? this.placeCouncil(head, at) : null;
      if (council) return council;
      // ("…, Bristol City Council's licensing sub-committee has ruled. … In its written decision, the sub-committee said":
      // a committee the text printed as a named body's own, "<Name>'s [words] committee", speaks for that body, as dev
      // gives a council committee's decisions to the council (d1071). Thirty-seventh session, test-55 w06. Guard: the
      // owner capitalised words with the possessive, the words between lower case, the last such committee before.)
      const committeeOwner = words.length === 1 && COMMITTEE_WORDS.has(head)
        ? [...this.text.slice(0, at).matchAll(COMMITTEE_OF_NAMED_BODY_RE)].at(-1)?.[1] : undefined;
      if (committeeOwner && parseSpeakerPhrase(tokenize(committeeOwner))?.kind === 'organisation') return committeeOwner.replace(/^(?:The|A|An)\s+/u, '');
      // (A name the text capitalises beats a description, "Elbe Philharmonic Orchestra" a headline's "Dresden orchestra".)
      // (Not a description printed only in the headline, "Pocahontas County hospital to stop delivering babies": a
      // headline's words in lower case are no body's name. In the lead, a place of care or learning is then the body the
      // next paragraph opens with speaking, "Greenbrier Ridge Medical Center says it …", as "the operator" is in
      // business-named-next.ts. Thirty-eighth session, test-55 w13. Guards: the description's last word in lower case and
      // every printing of it before in the headline; the next paragraph's rule as for a business, and no body named before
      // but in the headline.)
      const headlineDescription = (b: string) => {
        if (!/\s\p{Ll}+$/u.test(b)) return false;
        const printed = [...this.text.slice(0, at).matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(b)}(?![\\p{L}])`, 'gu'))];
        return printed.length > 0 && printed.every((m) => inHeadline(this.text, m.index));
      };
      const ownEnding = [...this.bodies].reverse().filter((b) => b.toLowerCase().split(' ').at(-1) === head && b.includes(' ') && !headlineDescription(b));
      // ("the insurer said" after "Ecclesiastical Insurance": the kind's own name words, kind-word-name-ends.ts.)
      const ending = ownEnding.length > 0 ? ownEnding : [...this.bodies].reverse().filter((b) => endsInKindNameWord(b, head) && !headlineDescription(b));
      if (ending.length === 0 && words.length === 1 && INSTITUTION_HEADS.has(head) && this.bodies.every((b) => headlineDescription(b))) {
        const institution = businessNamedNext(this.text, at);
        if (institution) return institution;
      }
      const earlier = ending.find((b) => /^\p{Lu}/u.test(b.split(' ').at(-1)!)) ?? (ending[0] && (this.titledName(head, at) ?? ending[0]));
      // ("…, the district's water authority announced. ¶ Murrowie Water's allocation statement says …. The authority said":
      // a description in lower case, then a body named by a capitalised name that spoke after it: the name, not the
      // description again.)
      const latest = this.bodies.at(-1);
      if (earlier && earlier === ending[0] && /^\p{Ll}/u.test(earlier.split(' ').at(-1)!) && GENERIC_BODY_WORDS.has(head) && latest
        && /^\p{Lu}/u.test(latest) && !latest.includes(` ${head}`) && this.bodies.lastIndexOf(latest) > this.bodies.lastIndexOf(earlier)) return latest;
      // ("the department" after "The provincial Department of Fisheries and Rural Development said": the whole name, not
      // the piece before "of" a sentence's subject left among the bodies; body-name-cut-before-of.ts.)
      const pastOf = earlier ? nameGoingOnPastOf(earlier, this.bodies) : null;
      if (pastOf) return pastOf;
      // ("the authority" after "the Port Authority of Skerrvik said": the name with its place, titled-name-of-place.ts.)
      if (earlier) return /^\p{Lu}/u.test(earlier.split(' ').at(-1)!) ? withPlacePrinted(this.text, earlier) : earlier;
      // "…, according to the electricity network operator", "the provincial power utility": two lower-case words (no
      // nationality, no "-based") before the word describe a body the text does not name, not the last one it named.
      if (words.length === 3 && words.slice(0, -1).every((w) => /^\p{Ll}+$/u.test(w) && !isNationality(w))) return written;
      // ("Harrowgate Athletic have sacked …" then "the club said": the club the story is about, club-named.ts.)
      // (But a body that spoke in the sentence right before is the one "the club said" goes on with, club-named.ts.)
      const justSpoke = (head === 'club' || head === 'team' || head === 'side') && bodySpokeInSentenceBefore(this.text, this.bodies.at(-1), at) ? this.bodies.at(-1)! : null;
      if (justSpoke) return justSpoke;
      const club = head === 'club' ? clubNamedBefore(this.text, at) : null;
      if (club) return club;
      // ("Transit Insight, a consultancy that …, said …. The consultancy said": the name the text described by the same words
      // in apposition, name-apposed-with-kind.ts (an outfit's own word, "the consultancy", "the pollster", first in a wider
      // apposition); a lone business word, "the company", is left to the outfit rules below.)
      const apposedKind = words.length === 1 && COMPANY_WORDS.has(head) ? null : nameApposedWithKind(this.text, words.map((w) => w.toLowerCase()), at);
      if (apposedKind) return apposedKind;
      // "Advocacy group Rural Banking Matters …" then "the lobby said": the body the text introduced by its kind.
      const introduced = bodyIntroducedByKind(this.text, head, at);
      if (introduced) return introduced;
      // ("…the Cornish brewer Harbour Ales will pay …, the brewer has told tenants": the business the text introduced by that
      // trade's word right before its name, business-named-after-its-trade.ts.)
      const byTrade = words.length === 1 && BUSINESS_NOUNS.has(head) && head !== 'management' ? businessNamedAfterItsTrade(this.text, head, at) : null;
      if (byTrade) return byTrade;
      // "the company said" after "Vantor Energy is exploring …": the business the text last named.
      // (Not a body whose name says it is no business: "the Federation of Ward Nurses", "the Ministry of Energy".)
      // ("the Welsh government" is written in lower case.)
      // (Nor a chamber of commerce, "the Gozo Business Chamber": a body of businesses, never "the company".)
      // (Nor a group named for its members or a club by its nickname, "South Uist Crofters": people-plural-body-name.ts; but
      // a business's own plural ending, "Northline Snow Services", "… Builders", is a business's.)
      const notBusiness = (b: string) => UNION_NAME_RE.test(b) || /\b(?:Ministry|Council|Agency|Department|Commission|Office|Government|Trust|Chamber)\b/u.test(b)
        || (isPeoplePluralBodyName(b.split(' ')) && !BODY_NAME_ENDS.has(b.split(' ').at(-1)!.toLowerCase()) && !TRADE_PLURALS.has(b.split(' ').at(-1)!.toLowerCase()))
        || /\b(?:government|ministry)$/u.test(b);
      // "Harlow Custodial Care, the Tulsa-based contractor paid … to run the clinic, …" then "the company said": a name the
      // text describes as a business in apposition, the last one before (before any body that spoke: a headline's words may read as one).
      // (A research outfit quoted for its findings, "Name, a research firm that …", is not "the company" where the text has a
      // business of its own to mean; research-outfit.ts.)
      // (Nor one word read as a body only in the headline, "Mine shaft floods, 37 miners rescued": a headline's capital, not a
      // name; the business is looked for further on. Guard: one word, printed nowhere before but in the headline;
      // thirty-second session, test-45 w12.)
      const headlineWord = (b: string) => /^\p{Lu}\p{Ll}+$/u.test(b)
        && [...this.text.slice(0, at).matchAll(new RegExp(`(?<![\\p{L}])${b}(?![\\p{L}])`, 'gu'))].every((m) => inHeadline(this.text, m.index));
      const outfit = (b: string) => COMPANY_WORDS.has(head) && isResearchOutfit(this.text, b);
      const otherBusiness = (b: string) => /^\p{Lu}/u.test(b) && b !== written && !notBusiness(b) && !outfit(b) && !citedOnlyAsSource(this.text, b);
      const outfitSpokeLast = this.bodies.length > 0 && outfit(this.bodies.at(-1)!);
      // (Not a headline's word read as a body, "Bakery shuts ovens"; thirty-third session.)
      const beyondOutfit = outfitSpokeLast ? [...this.bodies].reverse().find((b) => otherBusiness(b) && !headlineWord(b))
        ?? [...this.text.slice(0, at).matchAll(BUSINESS_APPOSED_RE)].map((m) => m[1]!).findLast((b) => !outfit(b))
        ?? [...this.text.slice(0, at).matchAll(BUSINESS_NAME_RE)].map((m) => m[1]!).findLast((b) => !outfit(b) && !notBusiness(b))
        ?? businessesByWhatTheyOwn(this.text.slice(0, at)).findLast((b) => !outfit(b) && !notBusiness(b))
        // ("Drivers at Calder Valley Buses' Fenbridge depot …": a business printed only in the plural possessive,
        // business-in-plural-possessive.ts.)
        ?? businessInPluralPossessive(this.text, at) ?? undefined : undefined;
      if (beyondOutfit) return beyondOutfit;
      const describedBusiness = COMPANY_WORDS.has(head) ? [...this.text.slice(0, at).matchAll(BUSINESS_APPOSED_RE)].at(-1)?.[1] : undefined;
      if (describedBusiness) return describedBusiness;
      // ("Lagos-based fintech startup Payvault has raised … led by Kestrel Ventures, the company said": the business the
      // sentence opens with, business-opening-its-sentence.ts; after a dateline too, "BERGEN – Pump maker Name …".)
      const openingBusiness = COMPANY_WORDS.has(head) ? businessOpeningItsSentence(this.text.slice(this.text.lastIndexOf('\n', at) + 1, at).replace(DATELINE_OPENING_RE, ''), (w) => COMPANY_WORDS.has(w) || NEW_BUSINESS_KINDS.has(w)) : null;
      if (openingBusiness) return openingBusiness;
      // (Not a body the text only cites for figures, "according to FactSet": cited-only-source.ts.)
      // (Nor a site named with its kind in lower case, "the Wieczorek II coal mine": a business's mine or plant, not the
      // business, "the state-controlled mining company Name announced" beside it; a business's own word, "… group", may end one.)
      const site = (b: string) => /\s\p{Ll}+$/u.test(b) && !COMPANY_WORDS.has(b.split(' ').at(-1)!);
      // ("The tanker, chartered by FSM Petroleum Corporation, …. In a statement, the company said": the business the sentence
      // before names, not a body that spoke before it; business-in-sentence-before.ts.)
      const prior = COMPANY_WORDS.has(head) ? businessInSentenceBefore(this.text, at, BUSINESS_NAME_RE, this.bodies.at(-1)) : null;
      if (prior) return prior;
      const business = COMPANY_WORDS.has(head)
        ? [...this.bodies].reverse().find((b) => /^\p{Lu}/u.test(b) && b !== written && !notBusiness(b) && !site(b) && !citedOnlyAsSource(this.text, b) && !headlineWord(b)) : undefined;
      if (business) return business;
      // ("…, sold by Cambrian Inns, which owns 38 pubs …, the company said": a name owning a count of sites;
      // business-by-what-it-owns.ts. Guards: no body whose name says it is no business; after the bodies that spoke, so
      // "Kestrel Holdings, which owns 11 per cent of …" does not take "the company" from the business quoted since, d1485.)
      const owning = COMPANY_WORDS.has(head) ? businessesByWhatTheyOwn(this.text.slice(0, at)).findLast((b) => !notBusiness(b) && !outfit(b)) : undefined;
      if (owning) return owning;
      // "Nordvik Energy ASA shares fell …", "… show that Thames Basin Water was responsible" then "the company said":
      // the business named last before, by its legal form or a word businesses are named with.
      // (In a lead that names it only further down, "…, the company said on Wednesday.", the first one after.)
      // "A flaw in Lumora's doorbells …, the company has admitted": the owner the sentence itself names.
      const sentence = this.sentenceUpTo(at);
      const owner = COMPANY_WORDS.has(head) ? /(?<![\p{L}])(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,2})['\u2019]s\s+\p{Ll}/u.exec(sentence) : null;
      if (owner && !/^(?:The|A|An|It|Its)$/u.test(owner[1]!)) return owner[1]!;
      // ("About 140 factory workers at Benguela Catch will lose their jobs …, the company said": the business the sentence
      // places its staff at, staff-at-business.ts.)
      const employer = COMPANY_WORDS.has(head) ? businessOfStaffInSentence(sentence) : null;
      if (employer) return employer;
      // "Debswana will cut production at its … mine …, the company said": the subject that opens the sentence itself, once
      // the clause calls it "its" (a person's would be "his" or "her").
      // ("Quillmark, the note-taking app with two million users, will stop … its free tier, the company said": a description
      // between commas after the name is passed over, subject-by-its-kind.ts.)
      const subject = COMPANY_WORDS.has(head) ? LEAD_SUBJECT_RE.exec(withoutApposedDescription(withoutKindOpening(sentence.replace(DATELINE_OPENING_RE, ''), (w) => COMPANY_WORDS.has(w)))) : null;
      if (subject && !/^(?:The|A|An|It|Its|In|On|At|By|For|From|About|After|More|Some|Most|All)$/u.test(subject[1]!.split(/\s+/u)[0]!)) return subject[1]!;
      // ("Westmoor Dairies will cut the price it pays …, the processor confirmed": no "its" is needed when the subject opening
      // the sentence is a body by its own words, a business's ending, "… Dairies", "… Holdings"; guards: two words or more,
      // read alone as that body, whole ("Dairy farmers supplying …": a trade's one word before people is no subject), no
      // plural for people after it, and no public body or union a business word could not mean.)
      const opener = COMPANY_WORDS.has(head) ? OPENING_SUBJECT_RE.exec(withoutKindOpening(sentence.replace(DATELINE_OPENING_RE, ''), (w) => COMPANY_WORDS.has(w))) : null;
      const openerBody = opener && opener[1]!.includes(' ') && !/^(?:The|A|An|It|Its|In|On|At|By|For|From|About|After|More|Some|Most|All)$/u.test(opener[1]!.split(/\s+/u)[0]!)
        && !isPersonNoun(opener[2]!.replace(/s$/u, '')) ? parseSpeakerPhrase(tokenize(opener[1]!)) : null;
      if (openerBody?.kind === 'organisation' && openerBody.body === opener![1] && !notBusiness(opener![1]!)) return opener![1]!;
      // ("The Aleknagik Seafoods plant in South Naknek will stay closed …, the company says": a sentence opening with a
      // business's site, "The <Name> plant / cannery / mill", is about the business that owns it. Guards: the name two or
      // three capitalised words whose last is a plural (a business's ending, "… Seafoods", "… Dairies", never a place's
      // "… Falls", "… Springs"), so that a place's plant, "The Dalby plant", is not read as a business.)
      const siteOpener = COMPANY_WORDS.has(head) ? SITE_OPENER_RE.exec(sentence.replace(DATELINE_OPENING_RE, '')) : null;
      if (siteOpener && !PLACE_PLURALS_RE.test(siteOpener[1]!.split(/\s+/u).at(-1)!)) return siteOpener[1]!;
      const registered = COMPANY_WORDS.has(head) ? [...this.text.slice(0, at).matchAll(BUSINESS_NAME_RE)].at(-1)?.[1] : undefined;
      if (registered) return registered;
      // ("Drivers at Calder Valley Buses' Fenbridge depot began a strike …, the company said": a business printed only in the
      // plural possessive, business-in-plural-possessive.ts.)
      const possessive = COMPANY_WORDS.has(head) ? businessInPluralPossessive(this.text, at) : null;
      if (possessive) return possessive;
      // ("Austral Lines will stop calling … on its weekly service" as the lead, then "the carrier said": lead-business.ts.)
      // (Before a business named only after the words: "Kalgara Gold has suspended … at its mine" then "…, the company
      // said", and a broker's "Perth broker Swanbourne Partners" further down is the analyst's firm, not the company.)
      const opening = COMPANY_WORDS.has(head) && !this.bodies.some((b) => !headlineWord(b)) ? businessOpeningTheLead(this.text, (w) => COMPANY_WORDS.has(w)) : null;
      if (opening) return opening;
      // ("…, the operator announced on Tuesday. ¶ Gozo Channel Express said in a notice …": the body the next paragraph
      // opens with, business-named-next.ts; before a business named by its legal form further down, a contractor's.)
      // (A word read as a body only in the headline is no body named before: headlineWord above.)
      const namedNext = COMPANY_WORDS.has(head) && !this.bodies.some((b) => !headlineWord(b)) ? businessNamedNext(this.text, at) : null;
      if (namedNext) return namedNext;
      const registeredAfter = COMPANY_WORDS.has(head) ? this.text.matchAll(BUSINESS_NAME_RE).next().value?.[1] : undefined;
      if (registeredAfter) return registeredAfter;
      // ("… when the Norwick Harbour Fisheries plant in Port Lornie closes, the company told workers": a business named only by
      // its site, business-named-by-its-site.ts; thirty-fifth session, second round.)
      const bySite = COMPANY_WORDS.has(head) ? businessNamedBySite(this.text, at) : null;
      if (bySite) return bySite;
      // ("Thornbury Mills finance chief Name said …. The company said": a business named only in a person's post,
      // business-in-post-of-person.ts. Only when no body has spoken before: a body's post, "AgForce chief executive Name",
      // yields to the business that spoke in the lead, which the last body speaking gives below; dev d1483.)
      const postOwner = COMPANY_WORDS.has(head) && !this.bodies.some((b) => /^\p{Lu}/u.test(b)) ? businessInPostOfPerson(this.text, at, notBusiness) : null;
      if (postOwner) return postOwner;
      // "the union said" after "the Educational Institute of Scotland has confirmed": the workers' body the text last named.
      // ("train drivers' union GDL", "The union, Sindicato Minero Los Andes,": the name the text sets after the word wins,
      // the last one before, or in a lead the first one after.)
      const apposed = head === 'union'
        ? ([...this.text.slice(0, at).matchAll(UNION_APPOSED_RE)].at(-1) ?? [...this.text.matchAll(UNION_APPOSED_RE)][0])?.[1] : undefined;
      if (apposed) return apposed;
      // (Not the word "Union" alone, read as a body from a headline, "Union calls for rethink …": a capital at a line's start,
      // no name; thirty-seventh session, test-55 w08, whose headline stands below a press release's first lines.)
      const union = head === 'union' ? [...this.bodies].reverse().find((b) => UNION_NAME_RE.test(b) && b !== 'Union') : undefined;
      if (union) return union;
      // ("…, NFU Cymru said today. … the union said": a body printed by its letters, the last of them a "U" for its
      // "Union", perhaps with the nation its branch serves; the last such body that spoke. Thirty-seventh session, test-55
      // w08. Guard: capitals only, two to six, so a name's own word is never read so.)
      const unionLetters = head === 'union' ? [...this.bodies].reverse().find((b) => UNION_LETTERS_RE.test(b)) : undefined;
      if (unionLetters) return unionLetters;
      // ("president of the United Auto Workers local": a workers' body the text names in passing.)
      const unionInText = head === 'union' ? [...this.text.slice(0, at).matchAll(UNION_IN_TEXT_RE)].at(-1)?.[1] : undefined;
      if (unionInText) return unionInText;
      // ("Of the 312 members of Local 77 who cast ballots, …, according to the union": a union's local printed by its number,
      // with the capitalised words before it if any, "Service Employees Local 417"; the last one before. Thirty-fifth
      // session, second round. Guard: a number after "Local" and no digit after it.)
      const local = head === 'union' ? [...this.text.slice(0, at).matchAll(UNION_LOCAL_RE)].at(-1)?.[1]?.replace(/^(?:The|A|An)\s+/u, '') : undefined;
      if (local) return local;
      // ("…, Cumbria Constabulary said." then "the force said": the police body named, police-force.ts.)
      const force = head === 'force' && words.length === 1 ? policeForceNamed(this.text, at) : null;
      if (force) return force;
      // "the agency said" after "An Environment Agency official …": a name the text prints ending in the word.
      const titled = this.titledName(head, at);
      if (titled) return titled;
      // ("The party said" after "The Patriotic Progress Alliance is split …": a party named by another word for one,
      // party-named-without-the-word.ts.)
      const party = head === 'party' && words.length === 1 ? partyNamedWithoutTheWord(this.text, at) : null;
      if (party) return party;
      // ("The Prairie Gold Farmers Cooperative board has set …, the co-op said": "co-op" is the short word for a name that
      // ends in "Cooperative" / "Co-operative"; the name the text prints last before, else first.)
      // ("Riverside Farmers' Cooperative said …" then "The co-operative said": the word spelled the other way, with or without
      // its hyphen, is the same body's; forty-second session, d2351.)
      const coop = head === 'co-op' || head === 'co-operative' || head === 'cooperative' ? this.titledName('cooperative', at) ?? this.titledName('co-operative', at)
        ?? this.namesEndingIn('cooperative').concat(this.namesEndingIn('co-operative')).map((m) => m[0].replace(/^(?:The|A|An)\s+/u, '').trim())[0] : null;
      if (coop) return coop;
      // ("Murrindal Shire councillors have voted …" then "a report by council officers": the council by its members' place.)
      const byMembers = head === 'council' ? this.councilByItsMembers() : null;
      if (byMembers) return byMembers;
      // "North East Ambulance Service said …" then "The trust said": a body's generic word for the body just named.
      // (Not a country's possessive a sentence merely opened with, "Poland's second offshore wind auction has …": the
      // country's, no body a text calls "the regulator".)
      // (Nor, for a public body's word, "the commission said", a business named with its legal form, "… Water Co.".)
      // ("Voirie Alpine, the canton's roads department, said …" then, three bodies later, "The department said": the body
      // the text itself called by the word, in apposition to its name, "Name, the … department," or "the … department,
      // Name,"; the last so described before. Thirty-fifth session, d1643. Guard: "the" and lower-case words before the
      // word, the name capitalised words only, so a bare "the department" with no such apposition reads as before.)
      const apposedAs = GENERIC_BODY_WORDS.has(head) || GENERIC_UNLESS_NAMED.has(head) ? bodyApposedAs(this.text.slice(0, at), head) : null;
      if (apposedAs) return apposedAs;
      const last = [...this.bodies].reverse().find((b) => !/^\p{Lu}\p{Ll}+['\u2019]s$/u.test(b) && (COMPANY_WORDS.has(head) || !endsInLegalForm(b)));
      // ("The Center for Volcanology and Geological Hazard Mitigation (PVMBG) has raised …. According to the agency's latest
      // data": before any body spoke, the body the text last introduced by its full name and short name in brackets; and
      // that name whole where the body last seen is its first words only.)
      const introducedInFull = GENERIC_BODY_WORDS.has(head) && (!last || this.bodies.length === 0 || /^\p{Lu}/u.test(last)) ? this.bodyIntroducedInFull(at) : null;
      // ("The charity said" after "The Maritime and Coastguard Agency said …", in a text that says "The Cornish Seal and Turtle
      // Trust is a registered charity": the one body the text calls a charity, wherever it says so; charity-named-in-text.ts.
      // Forty-second session, test-59 w15.)
      const charity = head === 'charity' ? charityNamedInText(this.text) : null;
      if (charity) return charity;
      if (GENERIC_BODY_WORDS.has(head) && last && /^\p{Lu}/u.test(last)) return introducedInFull?.startsWith(`${last} `) ? introducedInFull : last;
      // ("Montana Fish, Wildlife and Parks said …. The Big Sky Hunters Alliance called …. According to the department, …":
      // a department is no members' body nor a business; the last body whose name ends in no such word, a public body named
      // by what it runs. Guard: where every body named ends in such a word, the last, as before. Second round, test-47 w03.)
      const departmentLike = GENERIC_UNLESS_NAMED.has(head) && last && /^\p{Lu}/u.test(last)
        ? [...this.bodies].reverse().find((b) => /^\p{Lu}/u.test(b) && !endsInLegalForm(b) && !NOT_A_DEPARTMENT.has(b.split(/\s+/u).at(-1)!.toLowerCase())) : undefined;
      // (The word counts as printed in a name only within one, "… Department" or "Department of …": a sentence opened by
      // "Department spokesperson Name" names no department; forty-second session, test-59 w04.)
      const Head = `${head[0]!.toUpperCase()}${head.slice(1)}`;
      const printedInName = new RegExp(`(?:\\p{Lu}[\\p{L}'\u2019-]*[^\\S\\n]+${Head}(?![\\p{L}])|(?<![\\p{L}])${Head}[^\\S\\n]+(?:of|for)[^\\S\\n]+\\p{Lu})`, 'u').test(this.text);
      if (GENERIC_UNLESS_NAMED.has(head) && last && /^\p{Lu}/u.test(last) && !printedInName) return departmentLike ?? last;
      if (introducedInFull && this.bodies.length === 0) return introducedInFull;
    }
    // "the city said": the place the text names as one ("the city of Phoenix", "Phoenix Mayor …", a dateline).
    if (words.length === 1 && PLACE_BODIES.has(written.toLowerCase())) {
      const place = placeNamed(this.text, written.toLowerCase());
      if (place) return place;
    }
    // "the CNSA said" after "the China National Space Administration (CNSA)": the name the text spells out.
    // ("MetMalaysia said" after "The Malaysian Meteorological Department (MetMalaysia)": any short name in brackets.)
    if (this.isShortName(written)) return spelledOut(this.text, written) ?? written;
    // ("Cerro Morado said" after "mid-tier miner Minera Cerro Morado": the full name the text gave it after its kind;
    // "Hull KR are delighted …" in a text that prints "Hull Kingston Rovers": the name its initials stand for.)
    if (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w))) return partlySpelledOut(this.text, written) ?? fullNameAfterKind(this.text, written)
      // ("Kestrel Ridge said" after "Kestrel Ridge Gold Corp reported": the full name, body-name-cut-short.ts.)
      ?? bodiesCutShort(this.text).get(written.toLowerCase()) ?? written;
    return written;
  }

  /**
   * A body the text describes before or after naming it: "Japan's space agency" is the "Japan Aerospace Exploration
   * Agency" (a name ending in the word, or one spelled out for its letters, that holds the country's name); "the port
   * authority" is the "Port of Busan" (the name opening with the describing word, then "of").
   */
  private describedBody(words: string[]): string | null {
    const head = words.at(-1)!;
    if (words.length < 2 || !/^\p{Ll}/u.test(head) || !/^\p{Ll}/u.test(words.at(-2)!)) return null;
    const owner = words.findIndex((w) => /['\u2019]s$/u.test(w));
    if (owner >= 0 && words.slice(owner + 1).every((w) => /^\p{Ll}/u.test(w))) {
      const country = words[owner]!.replace(/['\u2019]s$/u, '').split(/\s+/u).at(-1)!;
      // ("the island's development trust": a place word's body, by the name the text prints in the same words.)
      if (/^\p{Ll}+$/u.test(country)) return nameOfDescribedBody(this.text, words.slice(owner + 1));
      if (!/^\p{Lu}\p{Ll}+$/u.test(country)) return null;
      const spelled = [...this.text.matchAll(/\((\p{Lu}{2,})\)/gu)].map((m) => spelledOut(this.text, m[1]!)).filter((n): n is string => n !== null);
      const ending = this.namesEndingIn(head).map((m) => `${m[1]!.trim()} ${head[0]!.toUpperCase()}${head.slice(1)}`);
      const full = [...ending, ...spelled].map((n) => n.replace(/^(?:The|A|An)\s+/u, ''))
        .find((n) => n.split(/\s+/u).length >= 2 && n.split(/\s+/u).includes(country));
      return full ?? null;
    }
    if (words.length === 2 && GENERIC_BODY_WORDS.has(head)) {
      const adjunct = words[0]!;
      const named = new RegExp(`(?<![\\p{L}])${adjunct[0]!.toUpperCase()}${adjunct.slice(1)}\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*`, 'u').exec(this.text);
      if (named) return named[0].replace(/\s+/gu, ' ');
      // ("the Municipal Corporation of Ludhiana (MCL) said" then "The civic body said": a body described by one adjective
      // and "body" alone, "civic body", "apex body", "world body", is the body that spoke last, by its capitalised name.)
      if (head === 'body') {
        const last = this.bodies.at(-1);
        if (last && /^\p{Lu}/u.test(last)) return last;
      }
      return null;
    }
    return null;
  }

  /**
   * "…, as the Pune Municipal Corporation carries out repairs, the civic body said", "…, the state's transport department
   * has confirmed. The Department of Transport and Main Roads said …": a description in lower case ending in a body's
   * word is the body its sentence names before it, else (a lead) the one the next sentence names; a body's name here is
   * capitalised words holding a body's word (the description's own word, for a word other than "body").
   */
  private bodyDescribedNearby(words: string[], at: number): string | null {
    const head = words.at(-1)!.toLowerCase();
    if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Ll}/u.test(w)) || !NEARBY_HEADS.has(head)) return null;
    const wanted = NAMELESS_HEADS.has(head) ? NAMED_BODY_WORDS : new Set([head]);
    // ("…, the provincial disaster prevention office said on Saturday. ¶ The Chiang Mai Disaster Prevention and Mitigation
    // Office said …": an office described in lower case is the one named nearby whose name also holds a word of the
    // description's own, "Disaster"; thirty-seventh session, test-54 w12. Guard: for "office" only that, as a city hall's
    // "the mayor's office" or a press office is no other office named nearby.)
    const shares = (name: string) => head !== 'office' || words.slice(0, -1).some((w) => w.length >= 4 && name.split(/\s+/u).some((n) => n.toLowerCase() === w));
    const names = [...this.text.matchAll(NAMED_BODY_RE)]
      .filter((m) => m[1]!.split(/\s+/u).length >= 2 && m[1]!.split(/\s+/u).some((w) => wanted.has(w.toLowerCase())) && shares(m[1]!));
    const sentenceStart = this.sentenceStartBefore(at);
    const before = names.filter((m) => m.index >= sentenceStart && m.index + m[0].length <= at).at(-1);
    if (before) return before[1]!.replace(/^(?:The|A|An)\s+/u, '');
    const sentenceEnd = /[.!?](?:\s|$)/u.exec(this.text.slice(at));
    const nextEnd = sentenceEnd ? /[.!?](?:\s|$)/u.exec(this.text.slice(at + sentenceEnd.index + 1)) : null;
    const limit = sentenceEnd && nextEnd ? at + sentenceEnd.index + 1 + nextEnd.index : at;
    const after = names.find((m) => m.index > at && m.index < limit);
    return after ? after[1]!.replace(/^(?:The|A|An)\s+/u, '') : null;
  }

  /**
   * "The harbour master, who …", "the ward sister", "the auctioneer": "the" and an English post that is a plain word for a
   * person, or comes with a lower-case word before it or an aside after it, whose word the text never printed before
   * (so nobody was introduced by it); not a bare high post ("the minister" after a minister's name is that one).
   */
  private postNobodyHolds(phrase: SpeakerPhrase, speaker: string): boolean {
    const printed = this.text.slice(phrase.start, phrase.end);
    if (!/^the\s/iu.test(printed) || phrase.roles.length === 0) return false;
    const words = (/^[^,]*?(?=\s+(?:on|of|at|in|for|from|to|with)\s|$)/u.exec(printed.slice(4))?.[0] ?? '').split(/\s+/u);
    const head = words.at(-1)!.toLowerCase();
    if (!/^\p{Ll}[\p{Ll}-]+$/u.test(words.at(-1)!)) return false;
    const aside = /^,\s+(?:who|a|an)\s/u.test(this.text.slice(phrase.end, phrase.end + 6));
    // ('"…," said the rubber tapper, who fled her home …' right after the woman was named: her, quoted-then-described.ts.)
    if (aside && describesOneJustQuoted(this.text, phrase.start, phrase.end, speaker.split(' ').at(-1)!, this.genderOf(speaker))) return false;
    // (Without an aside, only a plain word for a person, and only when the latest speaker is known as something else:
    // "…," said the rubber tapper" after a woman named with her age alone is her.)
    if (!aside && !(isPlainPersonWord(head) && this.knownAsSomething(speaker))) return false;
    const before = this.lowerText().slice(0, phrase.start);
    return ![head, phrase.roles.at(-1)!].some((w) => new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'u').test(before));
  }

  /** A Russian post of one word after "по словам" / "по мнению", when the last to speak was a body (named), after any person. */
  private staffOfBodyJustQuoted(phrase: SpeakerPhrase): boolean {
    const printed = this.text.slice(phrase.start, phrase.end);
    if (phrase.roles.length !== 1 || !/^\p{Ll}+$/u.test(printed) || !isCyrillic(printed)) return false;
    if (!/(?<!\p{L})[Пп]о\s+(?:словам|мнению)\s+$/u.test(this.text.slice(Math.max(0, phrase.start - 20), phrase.start))) return false;
    // (Forty-first session, test-59 r10: the last body that spoke, not one only named as a clause's subject since, «Завод
    // запустил линию, сообщил директор предприятия Name. По словам руководителя, …»: the plant spoke nowhere, so the
    // director's «руководитель» is read as before, the one who spoke.)
    let k = this.groups.length - 1;
    while (k >= 0 && this.onlyMentionedGroups.has(k)) k--;
    const last = this.groups[k];
    return last !== undefined && last.resolved.kind === 'organisation' && !last.resolved.anonymous && last.order > Math.max(0, ...this.lastSeen.values());
  }

  /** An unnamed person spoke after `speaker` was last named or pointed at, and `phrase` is one lower-case Russian word. */
  private latestUnnamedSpoke(phrase: SpeakerPhrase, speaker: string): boolean {
    const printed = this.text.slice(phrase.start, phrase.end);
    const since = this.lastSeen.get(speaker) ?? 0;
    // («Владельцы кафе … жалуются, что …. «…», — говорит владелец кафе»: the singular of the group's own word, a post's too;
    // russian-one-of-group-by-its-word.ts.)
    if (phrase.roles.length > 0 && this.lastUnnamedGroup > since && oneOfGroupByItsWord(this.text, printed, phrase.start)) return true;
    if (!/^[\u0430-\u044F\u0451]+$/u.test(printed) || phrase.roles.length === 0) return false;
    // (Thirty-ninth session, test-57 r01: «…, жалуются жители Заречья. «…», — возмущается водитель»: after an unnamed group
    // of people spoke, a bare word for one of the public, «водитель», «пенсионерка», that the one named before does not
    // hold, is one of that group, unnamed, not the official quoted before it. Guard: only such people's words, not a post,
    // «— сказал министр»; the group spoke, not only was mentioned.)
    const oneOfThePublic = phrase.roles.every((r) => RU_PEOPLE_ROLES.has(r) || isRussianPeopleNoun(r));
    return this.lastUnnamed > since || (oneOfThePublic && this.lastUnnamedGroup > since);
  }

  /** Whether the text or the directory gives a person some post or description. */
  private knownAsSomething(speaker: string): boolean {
    const person = this.directory.findByName(speaker.split(' '));
    if ((person ? this.titlesOf(person) : (this.titlesInText.get(speaker) ?? [])).length > 0) return true;
    // ("Suffolk farmer Helen Atherstone", "Janet Oakes, 52, a healthcare assistant": where the text first names them.)
    const at = this.text.indexOf(speaker);
    if (at < 0) return false;
    const before = /(\p{Ll}+)\s+$/u.exec(this.text.slice(Math.max(0, at - 30), at));
    return (before !== null && isPersonNoun(before[1]!)) || /^,(?:\s+\d{1,3},)?\s+(?:a|an|the)\s/u.test(this.text.slice(at + speaker.length, at + speaker.length + 14));
  }

  private lowered: string | null = null;

  private lowerText(): string {
    this.lowered ??= this.text.toLowerCase();
    return this.lowered;
  }

  /** A Russian word for people of a kind, described ("Житель соседнего дома", "Пенсионерка, живущая …", "жителей"). */
  private describedPeople(phrase: SpeakerPhrase): boolean {
    // («Охранник соседнего магазина», «Машинист электрички, который …»: a word for a person by its ending, described, too.)
    // (Thirty-fifth session: not «собеседница издания», the word for one interviewed and only the outlet after it, which
    // describes nobody new: the one just quoted, as the bare «собеседница» is; russian-interlocutor.ts.)
    return phrase.kind === 'title' && phrase.roles.length > 0 && phrase.roles.every((r) => RU_PEOPLE_ROLES.has(r) || isRussianPeopleNoun(r))
      && !isBareInterlocutor(this.text, phrase.start, phrase.end)
      && (/\s|\p{Ll}(?:ей|ов|ев|ых|их)$/u.test(this.text.slice(phrase.start, phrase.end))
        || PARTICIPLE_ASIDE_RU.test(this.text.slice(phrase.end, phrase.end + 40)));
  }

  private speakerOf(phrase: SpeakerPhrase): string | null {
    switch (phrase.kind) {
      case 'name': {
        // ("главный тренер «Невы» Шальнов": a body in guillemets before a surname is whose post it is, not a first name.)
        if (phrase.name.length === 2 && /[\u0400-\u04FF]/u.test(phrase.name[0]!) && this.text.slice(phrase.start, phrase.end).includes(`\u00AB${phrase.name[0]}\u00BB`)) {
          return this.speakerOf({ ...phrase, name: phrase.name.slice(1) });
        }
        // («Ван Остен», «де Марсак», «Ван дер Берг» after «Карин ван Остен», «Пьер де Марсак»: a foreign surname led by a
        // Cyrillic particle is the person the directory or the text knows by the full name; russian-name-particles.ts.
        // Guard: the particle the name's first word; else the name as read, below.)
        if (phrase.name.length >= 2 && isParticlePrintedSmall(this.text, phrase.name)) {
          const known = this.directory.findByName(phrase.name);
          if (known && known.name.split(' ').length > phrase.name.length && known.name.endsWith(` ${phrase.name.at(-1)}`)) return known.name;
          const printed = this.fullNameFromText(phrase.name);
          if (printed) return printed;
          const oblique = particleNameInObliqueCase(this.text, phrase.name);
          if (oblique) return oblique;
        }
        // («Отец Димитрий уточнил», «Матушка Ксения добавила»: a priest or his wife called by the form of address and a given
        // name is the one the text named in full with that given name; russian-clergy-address.ts.)
        const addressed = clergyAddressed(this.text, phrase.name);
        if (addressed) return this.directory.findByName(addressed.split(' '))?.name ?? addressed;
        // (The lower-case «отец Алексий» with no full name printed: the given name alone, never «отец» as part of a name.)
        if (phrase.name.length === 2 && /^(?:отец|матушка|батюшка|владыка)$/u.test(phrase.name[0]!)) return this.speakerOf({ ...phrase, name: phrase.name.slice(1) });
        // Russian names decline: a full name as the text prints it here is in the nominative, the
        // directory's spelling may not be ("Бахтиёром Каримовым").
        if (phrase.name.length >= 2 && /[\u0400-\u04FF]/u.test(phrase.name.join(''))) {
          const nominal = [...russianNominativeName(phrase.name)];
          // ("сказала Светлана Игоревна", "Анна Лапина назвала": a first name with the patronymic or the surname stands for
          // the full name the text printed, "Лапина Анна Сергеевна".)
          const full = nominal.length === 2 ? this.directory.findByName(nominal) : null;
          if (full && full.name.split(' ').length === 3 && hasPatronymic(full.name.split(' '))) return full.name;
          // (Forty-fourth session: «По словам … Ярославы Кошевой», put in the nominative once before it reaches here,
          // «Ярослава Кошева», and read a second time as a man's genitive, «Ярослав Кошев»: a name printed in a woman's «-ы» /
          // «-и» genitive with her surname in «-ой» is the woman the directory knows by it; russian-womans-name-read-twice.ts.)
          const hers = womanKnownByObliqueName(this.text, phrase, nominal, (words) => this.directory.findByName(words)?.name ?? null);
          if (hers) return hers;
          // («Паула Фернандес Руис», «Хорхе Луис Мендоса»: a foreign name of three words, its first word read as a place's
          // genitive would be; russian-compound-foreign-name.ts.)
          const compound = compoundForeignName(this.text, nominal, (w) => russianRoles(w) !== null || isRussianPeopleNoun(w));
          return compound ?? display(nominal);
        }
        // ("the elder Mahlangu", "The younger Reyes": of two bearers of the surname, the one the text marks so;
        // elder-younger-bearer.ts.)
        // ("the elder Ó Laoire", "the younger de Souza": a surname led by a particle is one surname; forty-second session.)
        const oneSurname = phrase.name.length === 1 || (phrase.name.length === 2
          && (NAME_PARTICLES.has(phrase.name[0]!.toLowerCase()) || isIrishParticle(phrase.name[0]!)));
        const seniority = oneSurname ? seniorityOf(this.text.slice(phrase.start, phrase.end)) : null;
        const bearer = seniority ? bearerBySeniority(this.text, phrase.name.join(' '), seniority) : null;
        if (bearer) return this.directory.findByName(bearer.split(' '))?.name ?? bearer;
        // ("His wife, Lupe, says", "Gethin said" after "Ray and Lupe Castañeda", "Gethin and Dafydd Prys-Jenkins": a given
        // name alone is the one the text named with a partner's under one surname; couple-named-together.ts.)
        const paired = phrase.name.length === 1 ? givenNameOfPairNamedTogether(this.text, phrase.name[0]!, phrase.start) : null;
        if (paired) return this.directory.findByName(paired.split(' '))?.name ?? paired;
        const honoured = this.byCourtesyTitle(phrase);
        // (The full name found from a courtesy title may be cut short, "Miguel P. Reyes" of "Jose Miguel P. Reyes".)
        if (honoured) return this.longerNameInText(honoured.split(' ')) ?? honoured;
        // "De la Fuente said" after "Marisol de la Fuente": the directory may know the surname alone as a name.
        const particled = phrase.name.length >= 2 && (NAME_PARTICLES.has(phrase.name[0]!.toLowerCase()) || isIrishParticle(phrase.name[0]!))
          ? this.fullNameFromText(phrase.name) : null;
        if (particled) return this.directory.findByName(particled.split(' '))?.name ?? particled;
        // ("Dr. Dahl insisted" after "Her son, Eirik Dahl, said": not the relative the directory knows.)
        const notARelative = phrase.name.length === 1 ? this.surnameNotARelative(phrase.name[0]!) : null;
        // (Forty-fifth session: «с капитаном Виталием Долгих» … «Сам Долгих считает» … «Его жена Ольга Долгих»: the bearer who
        // is no relative may be printed only in an oblique case; put in the nominative as a full name is above.)
        if (notARelative) return notARelative.split(' ').length === 2 && isCyrillic(notARelative) ? display([...russianNominativeName(notARelative.split(' '))]) : notARelative;
        // (Forty-second session: «досталось Name(-ье) Surname(-ой)» … «Surname-а рассказала»: a woman printed in full before only
        // in an oblique case, no man's genitive of the stem printed later; russian-her-name-printed-oblique.ts.)
        const hers = herFullNameFromOblique(this.text, phrase);
        if (hers) return this.directory.findByName(hers)?.name ?? hers.join(' ');
        const person = this.directory.findByName(phrase.name);
        // (The directory may have learned the short form from this text's own "García Fernández said": a longer name the
        // text gave someone before wins.)
        // (The verb the surname goes with, «— признался Моро», tells a man's dative «Жюльену» from a woman's accusative.)
        if (person) return russianCanonical(person.name, phrase.name, isCyrillic(phrase.name[0]!) ? russianVerbGenderAt(this.text, phrase.start, phrase.end) : null) ?? this.longerNameInText(person.name.split(' ')) ?? person.name;
        const earlier = this.longerNameInText(phrase.name);
        if (earlier) return earlier;
        // ("Okafor-Lyle, who drives …, was less sure" after "Siobhan MacLeod and Bernadette Okafor-Lyle", with "Tunde
        // Okafor-Lyle" printed only later: of two full names with the surname, the one alone printed before it; fortieth
        // session, d2271. Guard: a lone surname, two bearers or more in the text, exactly one printed before the phrase.)
        const bearers = phrase.name.length === 1 && !isCyrillic(phrase.name[0]!) ? [...this.fullNamesFromText(phrase.name)] : [];
        const printedBefore = bearers.length >= 2 ? bearers.filter((name) => {
          const at = new RegExp(`(?<![\\p{L}])${escapeRegExp(name).replace(/ /gu, '\\s+')}(?![\\p{L}])`, 'u').exec(this.text)?.index;
          return at !== undefined && at < phrase.start;
        }) : [];
        if (printedBefore.length === 1) return printedBefore[0]!;
        // Unknown to the directory: the full name the text prints somewhere ("Gunnar Holm" for "Holm",
        // "Claudia von Brandt" for "von Brandt"), else the name as written (a lone word may be a body, "Moscow").
        // A family name written first with a title ("Special Envoy … Liu Zhenmin") wins over any word printed before it.
        return this.familyNameFirst(phrase.name) ?? this.fullNameFromText(phrase.name)
          ?? (phrase.name.length === 1 ? this.fullNameFromGivenName(phrase.name[0]!) : null) ?? display(phrase.name);
      }
      case 'title':
        // («Депутат уверен», «— подчеркнула инфекционист»: the verb's gender, where it shows one; russian-verb-gender.ts.)
        if (isCyrillic(this.text.slice(phrase.start, phrase.end))) {
          // («По словам чиновника» after a contractor was named since the official spoke; «Глава компании добавил» after a
          // minister: the latest speaker whose post is of that kind; russian-post-kind.ts.)
          // («Полицейский уточнил» after «Начальник отдела ГИБДД … Name»: the latest speaker whose post is the police's.)
          const kind = phrase.roles.length === 1 && phrase.roles[0] === 'чиновник' ? 'state'
            : phrase.roles.length === 1 && phrase.roles[0] === 'полицейский' ? 'police'
              : businessHeadWanted(this.text.slice(phrase.start, phrase.end)) ? 'business' : null;
          const ofKind = kind ? [...this.recent].reverse().find((name) => this.postsPrinted.has(name) && russianPostKind(this.postsPrinted.get(name)!, kind === 'police') === kind) : undefined;
          if (ofKind) return ofKind;
        }
        // ("A memo from the district's business manager states …" then "The memo was written by business manager Name":
        // a document's author by post, named in the next sentences; document-author-named-next.ts.)
        if (phrase.document && !isCyrillic(this.text.slice(phrase.start, phrase.end))) {
          const title = { roles: phrase.roles, qualifier: phrase.qualifier };
          const holders = this.directory.people().filter((p) => this.namedInText.has(p.name) && this.titlesOf(p).some((t) => titleCovers(t, title)));
          const author = this.byTitle(title, phrase.start) ?? documentAuthorNamedNext(this.text, phrase.end, holders.map((p) => p.name));
          if (author) {
            this.documentPeople.set(phrase.document, author);
            return author;
          }
        }
        return this.byTitle({ roles: phrase.roles, qualifier: phrase.qualifier }, phrase.start,
          isCyrillic(this.text.slice(phrase.start, phrase.end)) ? russianVerbGenderAt(this.text, phrase.start, phrase.end) : null);
      default:
        return null;
    }
  }

  private titlesOf(person: Person): PersonTitle[] {
    const titles = [...person.titles, ...(this.titlesInText.get(person.name) ?? [])];
    // ("Grand Pré Marsh Body president Name" is "the marsh body president": post-after-capitalised-body.ts.)
    // (Keyed by the count of titles too: a title learned later may be the post the body's words stand before.)
    const key = `${person.name}\u0000${titles.length}`;
    if (!this.bodyBeforePostTitles.has(key)) this.bodyBeforePostTitles.set(key, titleWithBodyBeforePost(this.text, person.name, titles));
    const withBody = this.bodyBeforePostTitles.get(key);
    return withBody ? [...titles, withBody] : titles;
  }
  /** Per person and count of titles, the title post-after-capitalised-body.ts gives (null where it gives none). */
  private readonly bodyBeforePostTitles = new Map<string, PersonTitle | null>();

  private byTitle(title: PersonTitle, at = Number.POSITIVE_INFINITY, gender: 'm' | 'f' | null = null): string | null {
    // (A Russian verb that shows the subject's gender leaves out those the text marks as the other: «Депутат уверен» after
    // «депутат Name» and «депутат Ирина Name» is the man; russian-verb-gender.ts.)
    const other = gender === 'm' ? 'f' : gender === 'f' ? 'm' : null;
    // (A Russian surname's ending outweighs a given name in «-а», «Данила Корчагин», «Савва Морозов»: a man.)
    const fits = (name: string) => other === null || (russianSurnameGender(name) ?? this.genderOf(name)) !== other;
    const recent = this.recent.filter(fits);
    // "his Tunisian counterpart, Amel Ben Salah" holds whatever post "the Tunisian minister" names.
    const counterpart = (t: PersonTitle) => t.roles.includes('counterpart') && t.qualifier !== null && t.qualifier === title.qualifier;
    const holders = this.directory.people().filter((p) => fits(p.name) && this.titlesOf(p).some((t) => titleCovers(t, title) || counterpart(t)));
    // (Once someone has spoken, not a holder the text prints only further down: holder-named-later.ts.)
    // (Nor one named before only bare, whose post the text prints further down, «третьей — Дарья Котова» then «Бронзовый
    // призер Дарья Котова»: holder-named-later.ts.)
    const postLater = (p: Person) => russianPostOnlyAfter(this.text, p.name, at,
      (word) => titleCovers({ roles: russianRoles(word.toLowerCase()) ?? [], qualifier: null }, title));
    // ("…, the player's agent said" in a lead, then "Agent Name Name told reporters …": with nobody quoted yet, the post's word
    // capitalised before a full name further down names its holder, though the directory keeps no title for a word that is
    // no post of the role list. Thirty-third session, second round (test-12 w09). Guards: nobody spoke before; one role; the
    // name two or three capitalised words that the directory knows.)
    if (holders.length === 0 && this.recent.length === 0 && title.roles.length === 1 && /^\p{Ll}+$/u.test(title.roles[0]!) && at < this.text.length) {
      const word = title.roles[0]!;
      const below = new RegExp(`(?<![\\p{L}])${word[0]!.toUpperCase()}${word.slice(1)}\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){1,2})(?![\\p{L}])`, 'u').exec(this.text.slice(at));
      const holder = below ? this.directory.findByName(below[1]!.split(/\s+/u)) : undefined;
      if (holder && fits(holder.name)) return holder.name;
    }
    const named = holders.filter((p) => recent.includes(p.name)
      || (this.namedInText.has(p.name) && (this.recent.length === 0 || (printedBefore(this.text, p.name, at) && !postLater(p)))));
    if (named.length === 1) return named[0]!.name;
    if (named.length > 1) {
      // Several fit: the one who spoke last.
      return [...recent].reverse().find((name) => named.some((p) => p.name === name)) ?? null;
    }
    // («Его заместитель Name» then «— считает заместитель начальника части»: the one deputy the text names by the bare word;
    // russian-deputy-of-post.ts.)
    const deputy = deputyByPrincipalPost(title, this.directory.people().filter((p) => fits(p.name) && this.namedInText.has(p.name)
      && printedBefore(this.text, p.name, at)).map((p) => ({ name: p.name, titles: this.titlesOf(p) })), titleCovers);
    if (deputy) return deputy;
    // («Руководитель компании добавил»: whoever heads something; the latest speaker the text gave a head's post, before
    // anyone it gave no post.)
    if (title.roles.length === 1 && title.roles[0] === 'руководитель') {
      const head = [...recent].reverse().find((name) => {
        const person = this.directory.findByName(name.split(' '));
        const titles = person ? this.titlesOf(person) : (this.titlesInText.get(name) ?? []);
        return titles.some((t) => t.roles.some((r) => RU_HEAD_ROLES.has(r)));
      });
      if (head) return head;
    }
    // ("The chair said" after "Name, who chairs the trust, told …": the latest speaker the text gave that post by a verb.)
    const byVerb = [...recent].reverse().find((name) => this.postsByVerb.get(name)?.some((t) => titleCovers(t, title)));
    if (byVerb) return byVerb;
    // ("The boss said" after "Chief executive Name told …": whoever heads the business, boss-as-head.ts.)
    if (isBossTitle(title.roles)) {
      const head = [...recent].reverse().find((name) => {
        const person = this.directory.findByName(name.split(' '));
        return headsSomething(person ? this.titlesOf(person) : (this.titlesInText.get(name) ?? []));
      });
      if (head) return head;
    }
    // Nobody this text names holds the title: the latest speaker it does not contradict ("the Russian
    // diplomat", "the Secretary of State"), else the one person known by it elsewhere.
    for (let i = recent.length - 1; i >= 0; i--) {
      const name = recent[i]!;
      const person = this.directory.findByName(name.split(' '));
      const titles = person ? this.titlesOf(person) : (this.titlesInText.get(name) ?? []);
      if (titles.length === 0 || titles.some((t) => compatible(t, title))) return name;
    }
    // A bare "the minister" after this text quoted someone is that person (a health secretary is a minister
    // too), never a minister some other text named.
    // (Not someone the text gave another English post: "the mayor" after a defence secretary is not him; Russian
    // copy varies the post on purpose, "губернатор" then "глава региона".)
    // (Thirty-fifth session: not one the text named only as someone's kin, «Его мама Гульшат», for a post's word, «Наставник
    // новосибирцев признала»: a mother is no coach; the latest speaker before her who fits; russian-relative-by-first-name.ts.)
    const kinOnly = (name: string) => (this.titlesInText.get(name) ?? []).length > 0 && this.titlesInText.get(name)!.every((t) => t.roles.every(isKinWord));
    const latest = (title.roles.some(isKinWord) ? recent : recent.filter((name) => !kinOnly(name))).at(-1);
    const otherPost = (t: PersonTitle) => !compatible(t, title) && t.roles.some((r) => ROLE_NOUNS.has(r)) && title.roles.every((r) => ROLE_NOUNS.has(r));
    const latestTitles = latest ? this.titlesInText.get(latest) ?? [] : [];
    if (!title.qualifier && title.roles.length === 1 && !latestTitles.some(otherPost)) return latest ?? null;
    // Known by that title only from other texts: only when the title says whose it is and that person's title says the same.
    const sure = holders.filter((p) => this.titlesOf(p).some((t) => t.qualifier !== null && t.qualifier === title.qualifier && titleCovers(t, title)));
    return title.qualifier && sure.length === 1 ? sure[0]!.name : null;
  }
}

/** What comes right before a sentence's first word: the text's start, a full stop and a space, a new line. */
const SENTENCE_START_RU = /(?:^|[.!?\u2026\u00BB]\s|\n)$/u;

/** An English word for a person that is no post or title ("driver", "victim", "investor"): see definiteKind. */
function isPlainPersonWord(role: string): boolean {
  return /^[a-z-]+$/u.test(role) && !ROLE_NOUNS.has(role) && isPersonNoun(role);
}

/**
 * Words for a kind of body that introduce its name in apposition ("a Mallaig contractor, Skerry Marine"); not those that
 * are people's words too ("the regulator, Piet Smit").
 */
const INTRODUCING_KINDS = [...BODY_KINDS, 'contractor', 'subcontractor', 'consultancy', 'firm', 'authority', 'department', 'ministry',
  'commission', 'directorate', 'inspectorate', 'administration'].filter((w) => (!isPersonNoun(w) || w === 'contractor') && w !== 'regulator' && w !== 'watchdog').join('|');

/** A body's name set between commas after its description: ", Landesbetrieb Straßenbau," (capitalised words, small joiners). */
const APPOSED_BODY_NAME_RE = /^,\s+(\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:(?:of|for|and|the|de|du|des|der|für)\s+)?\p{Lu}[\p{L}'\u2019-]*){0,5}),/u;

/** Words a text calls any body by once it has named it ("the trust", "the club", "the group"). */
/** The last name set in apposition to "the … <head>" before: "Name, the canton's roads department," / "the … department, Name,". */
function bodyApposedAs(before: string, head: string): string | null {
  const name = String.raw`(\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:(?:of|for|and|the|de|du|des|la|le)\s+)?\p{Lu}[\p{L}'\u2019-]*){0,5})`;
  const kind = String.raw`[Tt]he\s+(?:[\p{Ll}'\u2019-]+\s+){0,4}${escapeRegExp(head)}`;
  const found = [...before.matchAll(new RegExp(String.raw`(?<![\p{L}])${name},\s+${kind},|(?<![\p{L}])${kind},\s+${name},`, 'gu'))].at(-1);
  const body = found ? (found[1] ?? found[2])! : null;
  return body && !/^(?:The|A|An)$/u.test(body) ? body.replace(/^(?:The|A|An)\s+/u, '') : null;
}

const GENERIC_BODY_WORDS = new Set(['trust', 'board', 'service', 'authority', 'body', 'organisation', 'organization', 'charity',
  'agency', 'group', 'institution', 'regulator', 'watchdog', 'operator', 'provider', 'network', 'foundation', 'association',
  'club', 'team', 'federation', 'league', 'coalition', 'movement', 'campaign', 'company', 'firm', 'insurer', 'lender',
  'carrier', 'airline', 'retailer', 'business', 'side', 'franchise', 'panel', 'committee', 'commission', 'corporation']);
/**
 * Generic words for a body that the text may also print in a body's name ("the Department for Education"): the last body
 * that spoke only where no name with the word is printed ("Millbank Public Works says …. The department says").
 */
const GENERIC_UNLESS_NAMED = new Set(['department']);
/** Last words of a body's name that no department has: members' bodies and businesses ("… Alliance", "… Association"). */
const NOT_A_DEPARTMENT = new Set(['association', 'federation', 'union', 'chamber', 'society', 'cooperative', 'co-operative', 'alliance',
  'guild', 'forum', 'network', 'coalition', 'league', 'confederation', 'company', 'group', 'bank', 'club', 'trust', 'foundation',
  'party', 'campaign', 'movement', 'partners', 'holdings', 'ltd', 'inc', 'llc', 'plc', 'corp']);

/** Words that end a body's name after a plural for people ("Fruit Exporters Association", "Growers Council"). */
const BODY_NAME_TAILS = new Set(['association', 'federation', 'council', 'union', 'chamber', 'society', 'cooperative',
  'co-operative', 'alliance', 'board', 'guild', 'forum', 'network', 'coalition', 'league', 'confederation']);
/** Places of care or learning that speak as bodies, "the hospital says" (a lead's, named by the next paragraph). */
const INSTITUTION_HEADS = new Set(['hospital', 'school', 'college', 'university', 'museum', 'library', 'hospice', 'clinic']);
/** Heads of a lower-case description of a body named nearby ("the civic body", "the state's transport department"). */
// ("the advertising watchdog ruled that …" then "The Advertising Standards Authority (ASA) said": a watchdog or a
// regulator is never its name's own word, so like "body" it is the name holding any body's word; forty-fourth session,
// test-61 w04.)
const NEARBY_HEADS = new Set(['body', 'department', 'utility', 'corporation', 'authority', 'agency', 'ministry', 'office', 'watchdog', 'regulator']);
/** Of NEARBY_HEADS, the words no body's name holds, matched as "body" is to any body's word. */
const NAMELESS_HEADS = new Set(['body', 'watchdog', 'regulator']);
/** Words that make capitalised words a body's name, for "body". */
const NAMED_BODY_WORDS = new Set(['corporation', 'department', 'authority', 'agency', 'ministry', 'council', 'commission',
  'service', 'board', 'office', 'institute', 'union', 'association', 'federation']);
/** Capitalised words, perhaps joined by "of", "for", "and", "the" ("Department of Transport and Main Roads"). */
const NAMED_BODY_RE = /(?<![\p{L}])(\p{Lu}[\p{L}'\u2019&-]*(?:\s+(?:(?:of|for|and|the)\s+)*\p{Lu}[\p{L}'\u2019&-]*)*)/gu;

/** Bodies named after a place ("the city", "the county"). */
const PLACE_BODIES = new Set(['city', 'town', 'county', 'borough', 'municipality', 'district', 'province', 'region', 'canton',
  'prefecture', 'shire', 'parish']);
/** Of those, the ones a dateline's town can be ("DRESDEN, Germany (AP) — … the city said"). */
const DATELINE_PLACE_BODIES = new Set(['city', 'town', 'borough', 'municipality']);
/** Of those, the ones that hold towns and are named only as such ("the canton of Uri"). */
const WIDE_PLACE_BODIES = new Set(['canton', 'prefecture']);

/** The place a text calls "the city" / "the county": "the city of X", "X County", "X Mayor …", or the dateline's place. */
function placeNamed(text: string, head: string): string | null {
  const name = '(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)';
  const of = new RegExp(`\\b[${head[0]}${head[0]!.toUpperCase()}]${head.slice(1)}\\s+of\\s+${name}`, 'u').exec(text);
  if (of) return of[1]!;
  // (A canton or prefecture holds towns: only "the canton of Uri" or "the Uri canton" names it, not a town's people or a
  // dateline's town.)
  if (WIDE_PLACE_BODIES.has(head)) {
    const before = new RegExp(`${name}\\s+[${head[0]}${head[0]!.toUpperCase()}]${head.slice(1)}\\b`, 'u').exec(text);
    return before && !/^(?:The|A|An|In|At|On)$/u.test(before[1]!) ? before[1]! : null;
  }
  // ("the Common Council": a word for the council's kind is no place's name, council-kind.ts.)
  const titled = [...text.matchAll(new RegExp(`${name}\\s+(${head[0]!.toUpperCase()}${head.slice(1)}|Mayor|City\\s+Council|Council)\\b`, 'gu'))]
    .find((m) => !/^(?:The|A|An|In|At|On)$/u.test(m[1]!) && !(m[2] === 'Council' && isCouncilKind(m[1]!.split(/\s+/u).at(-1)!)));
  if (titled) return titled[1]!;
  // (Or the place whose people the text speaks of: "Residents of Sudbury Falls' north end say …" then "The city says".)
  const people = new RegExp(`\\b(?:[Rr]esidents|[Ff]amilies|[Hh]omeowners|[Pp]arents|[Tt]enants|[Ss]hopkeepers|[Cc]ommuters|[Pp]eople)\\s+(?:of|in)\\s+${name}(?![\\p{L}])`, 'u').exec(text);
  if (people && !/^(?:The|A|An)$/u.test(people[1]!.split(/\s+/u)[0]!)) return people[1]!;
  // (Or a paragraph's after a headline: "DRESDEN, Germany (AP) —".)
  // (A dateline names a town, so only "the city", "the town", "the borough" or "the municipality" is its place: "the
  // district said" after "BOWLING GREEN, Ky. (WXKT) —" is a school district, not a body "Bowling green", and a county or a
  // province holds many towns; the word itself is then read as the body, as with no dateline. Thirty-fifth session,
  // test-44 w18.)
  if (!DATELINE_PLACE_BODIES.has(head)) return null;
  const dateline = /^\s*(\p{Lu}{3,}(?:\s+\p{Lu}{3,})?)(?=[,\s(])/u.exec(text) ?? /^(\p{Lu}{3,}(?:\s+\p{Lu}{3,})?),\s/mu.exec(text);
  return dateline ? dateline[1]!.charAt(0) + dateline[1]!.slice(1).toLowerCase() : null;
}

/** A business's name: with its legal form ("Nordvik Energy ASA") or a word businesses end their names with ("Thames Basin Water"). */
const BUSINESS_ENDINGS = 'ASA|AG|SA|S\\.A\\.|plc|PLC|Inc\\.?|Co\\.|Ltd|Corp\\.?|NV|N\\.V\\.|SE|AB|Oyj|GmbH|SpA|Water|Energy|Power|Airlines|Airways|Holdings|Motors|Foods|Telecom|Mining|Steel|Pharma|Capital|Partners|Systems|Technologies|Logistics|Shipping|Networks|Construction|Copper|Mutual|Insurance|Assurance|Financial|Bancorp|Brands|Media|Labs|Ventures|Resources|Petroleum|Oil|Gas|Chemicals|Homes|Hotels|Group|Air'
  // (A refinery named as a business, in English or in its country's language: "the Baltica Raffinerie in Rostock".)
  + '|Refinery|Refining|Raffinerie|Raffineria|Refinería|Refinaria|Raffinaderi';
// (Not a post: "Chief Financial Officer Name", "… Capital Manager".)
// ("Kalahari Cut & Polish (Pty) Ltd": an ampersand alone and a bracketed capitalised part of the legal form may stand
// among the words, as southern African and British names print them; thirty-second session, test-45 w04.)
const BUSINESS_NAME_RE = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}&-]*(?:\\s+(?:&|\\(\\p{Lu}\\p{Ll}{1,3}\\)|\\p{Lu}[\\p{L}&-]*)){0,4}\\s+(?:${BUSINESS_ENDINGS}))(?![\\p{L}])(?!\\s+(?:Officer|Officers|Director|Controller|Adviser|Advisor|Analyst|Manager|Correspondent|Editor)\\b)`, 'gu');

/**
 * A name, then a description of it as a business ("Name, the Nashville-based company …", "Name, a contractor hired to …");
 * not a description a verb of saying follows, which is the sentence's subject ("In an interview with the Daily Sentinel,
 * the company said").
 */
// (The words before the business's noun describe it, so none of them is a preposition or an article: "Name, a picker at the
// company's site" is a person who works there.)
// (Nor the business's noun in the possessive: "David Tremblay, the shipping company's operations manager, said" is a person
// on its staff, not the company a later "the company said" means; thirty-fifth session, test-44 w05.)
// ("Ellis Marlowe, the Inverness solicitors acting for neighbours, …" then "The firm said": a professional firm is described
// by its trade's plural, "the … solicitors", "the … architects"; one person would be "the … solicitor".)
const BUSINESS_APPOSED_RE = /(?<![\p{L}])(\p{Lu}[\p{L}&'\u2019-]*(?:\s+\p{Lu}[\p{L}&'\u2019-]*){1,4}),\s+(?:the|a|an)\s+(?:(?!(?:at|of|for|in|on|with|by|from|to|the|a|an)\s)[\p{L}\p{N}][\p{L}\p{N}-]*\s+){0,3}(?:company|firm|contractor|business|operator|provider|startup|start-up|manufacturer|maker|retailer|developer|insurer|lender|carrier|supplier|solicitors|lawyers|accountants|architects|auctioneers|surveyors|stockbrokers)\b(?!['\u2019])(?!\s+(?:said|says|told|added|wrote|stated|announced|confirmed)\b)/gu;

/** Names of bodies that a text may go on to call "the union" (a teachers' institute, a federation, a Dutch FNV). */
/** A union's name set right after the word: "union GDL", "The union, Sindicato Minero Los Andes,". */
const UNION_APPOSED_RE = /\b[Uu]nion,?\s+(\p{Lu}[\p{L}'-]*(?:\s+(?:\p{Lu}[\p{L}'-]*|de|del|los|las|la|of|the|for))*)/gu;
const UNION_IN_TEXT_RE = /(?<![\p{L}])((?:\p{Lu}[\p{L}'\u2019-]*\s+){1,4}(?:Union|Workers|Federation|Confederation|Guild))(?![\p{L}])/gu;
/** A union's local by its number, with the capitalised words before it: "Service Employees Local 417", "Local 77". */
const UNION_LOCAL_RE = /(?<![\p{L}])((?:\p{Lu}[\p{L}'\u2019-]*\s+){0,4}Local\s+\d{1,5})(?![\p{N}])/gu;
/** A committee's words, "the committee", "the sub-committee". */
const COMMITTEE_WORDS = new Set(['committee', 'sub-committee', 'subcommittee']);
/** "Bristol City Council's licensing sub-committee": a named body's possessive, up to three lower-case words, a committee. */
const COMMITTEE_OF_NAMED_BODY_RE = /(?<![\p{L}])(\p{Lu}[\p{L}-]*(?:[^\S\n]+(?:of[^\S\n]+|and[^\S\n]+)?\p{Lu}[\p{L}-]*){0,5})['\u2019]s[^\S\n]+(?:\p{Ll}[\p{Ll}-]*[^\S\n]+){0,3}(?:sub-?committee|committee)(?![\p{L}-])/gu;
/** A body's letters ending in the "U" of its "Union", alone or before a nation's name: "NFU", "NEU", "NFU Cymru". */
const UNION_LETTERS_RE = /^\p{Lu}{1,5}U(?:\s+\p{Lu}\p{Ll}+)?$/u;
const UNION_NAME_RE = /\b(?:Union|Institute|Federation|Confederation|Association|Congress|Guild|Syndicate|Sindicato|FNV|Workers|Teamsters|Local\s+\d{1,5})\b/u;

/**
 * The last word of a business described by what it makes ("engine maker", "the manufacturer"); not one described by what
 * it runs, "the electricity network operator", which the read parts give as a body.
 */
const UNNAMED_BUSINESS_HEAD_RE = /(?:^|\s)(?:\p{Ll}*maker|manufacturer)$/u;

/** A sentence's opening subject, two to four capitalised words or one, then a verb, and "its" further on. */
/** A sentence's opening capitalised name, then its verb in lower case ("Westmoor Dairies will cut …"). */
/** "The <Name Names> plant|cannery|… ": a business's site opening the sentence, its name's last word a plural. */
const SITE_OPENER_RE = /^\s*The\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+\p{Lu}\p{Ll}+s)\s+(?:plant|factory|cannery|mill|mine|smelter|refinery|shipyard|warehouse|works|depot|processing\s+plant)\b/u;
/** Plurals that end places' names, not businesses' ("Victoria Falls", "Palm Springs"). */
const PLACE_PLURALS_RE = /^(?:Falls|Springs|Rivers|Hills|Heights|Lakes|Islands|Sands|Downs|Fields|Woods|Plains|Gardens|Oaks|Pines|Rapids|Keys|Mountains|Flats|Meadows|Wells|Ridges|Bluffs|Cliffs)$/u;
const OPENING_SUBJECT_RE = /^\s*(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3})\s+(?:(?:will|would|has|had|is|was|plans|expects|must|may|could|can)\s+)?(\p{Ll}+)\b/u;
const LEAD_SUBJECT_RE = /^\s*(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3})\s+(?:(?:will|would|has|had|is|was|plans|expects|must|may|could|can)\s+)?\p{Ll}+\b[^.;:!?]*?\bits\s/u;
/** A dateline before a lead: "JWANENG: ", "NUKU'ALOFA — ". */
// (With the wire's name in brackets after the place: "OSLO (Nordic Business Wire) – Salmon farmer Name swung …".)
const DATELINE_OPENING_RE = /^\s*\p{Lu}[\p{Lu}\s.,'\u2019-]*\p{Lu}(?:\s*\([^()\n]{1,40}\))?\s*(?::|[\u2014\u2013-])\s*/u;

/** What a business is called once it has been named ("the company", "the lender"). */
// ("the studio confirmed": a games or film studio is a business too.)
const COMPANY_WORDS = new Set(['company', 'firm', 'group', 'bank', 'utility', 'developer', 'studio', ...BUSINESS_NOUNS]);

const FEMALE_WORDS = 'ms|mrs|miss|dame|lady|baroness|madam|spokeswoman|chairwoman|congresswoman|businesswoman|'
  + 'mother|mum|mom|grandmother|gran|widow|wife|daughter|sister|queen|princess|actress';
const MALE_WORDS = 'mr|sir|lord|baron|spokesman|chairman|congressman|businessman|father|dad|grandfather|widower|husband|'
  + 'son|brother|king|prince|actor';
/** MALE_WORDS less the posts in "-man", which copy writes for women too ("chairman Birgit Heller"). */
const MALE_TITLES = 'mr|sir|lord|baron|father|dad|grandfather|widower|husband|son|brother|king|prince|actor';

/** The same person could hold both: no clashing country or body, and no clashing role. */
function compatible(held: PersonTitle, wanted: PersonTitle): boolean {
  if (held.qualifier && wanted.qualifier && held.qualifier !== wanted.qualifier) return false;
  // ("lost captain Jamie Holt to a red card" then "the defender said": a team's captain plays in some position.)
  if (held.roles.some((r) => CAPTAINS.has(r)) && wanted.roles.length > 0 && wanted.roles.every((r) => PLAYING_POSITIONS.has(r))) return true;
  // («— пояснил ученый» after «доцент кафедры … Name рассказал»: Russian copy calls one who teaches or does research at a
  // university a scientist; only those posts, so that «ученый» after a welder stays someone else.)
  if (wanted.roles.length === 1 && wanted.roles[0] === 'ученый' && held.roles.some((r) => ACADEMIC_ROLES.has(r))) return true;
  // ("Fisherman Name, 64, …" then ""…," the official said": one the text calls by a private trade is no official, the one
  // called so is someone holding a post quoted before; described-by-age-or-children.ts, thirty-first session.)
  if (wanted.roles.length === 1 && wanted.roles[0] === 'official' && held.roles.length > 0 && held.roles.every((r) => PRIVATE_TRADES.has(r))) return false;
  // (Forty-first session: «Садовод Name Surname показал погреб. «…», — сказал 67-летний уроженец Горно-Алтайска»: where one
  // was born is no post, so it contradicts no trade or post the text gave; the one named before, not someone quoted earlier
  // with no post at all. Dev d1774, once «садовод» was read as a trade.)
  if (wanted.roles.length > 0 && wanted.roles.every((r) => /^(?:уроженец|уроженка|выходец)$/u.test(r))) return true;
  return titleCovers(held, wanted) || wanted.roles.every((r) => GENERIC_ROLES.has(r));
}

/** Russian academic posts a later «ученый» may stand for. */
const ACADEMIC_ROLES = new Set(['доцент', 'профессор', 'исследователь', 'преподаватель', 'академик']);

/** Russian posts of one who heads a body or a business (what «руководитель» may stand for). */
const RU_HEAD_ROLES = new Set(['директор', 'глава', 'председатель', 'руководитель', 'начальник', 'президент', 'ректор', 'мэр', 'губернатор',
  'министр', 'владелец']);

/** A team's captain, who also plays in one of the positions below. */
const CAPTAINS = new Set(['captain', 'skipper', 'vice-captain', 'co-captain']);


/** Roles that any official may be called by ("the diplomat", "the official"). */
// "the Georgian leader" can be the president or the prime minister; "глава ведомства" is whoever heads it.
// ("— сказал специалист": Russian copy calls any professional just named so, a coach or a surgeon; "— пояснил эксперт", an
// analyst or an economist; "по словам чиновника", a deputy mayor.)
// ("the Pole said": a nationality fits whoever was just named.)
// («Руководитель предприятия добавил» after «Генеральный директор завода Name»: whoever heads something, as «глава».)
// ("the veteran said" after "MLA Name, first elected in 1995": a word for long service fits whoever was just named.)
const GENERIC_ROLES = new Set(['nationality', 'diplomat', 'official', 'envoy', 'representative', 'permanent', 'chief', 'veteran', 'дипломат', 'представитель', 'глава',
  'руководитель', 'специалист', 'эксперт', 'чиновник']);

/** Words of names: a capitalised one, a lower-case word joining a body's name ("Ministry of …"), its initials. */
const capital = (w: string) => /^\p{Lu}/u.test(w);
const isNameJoiner = (w: string) => /^(?:of|for|and|on|the)$/u.test(w);
const initialsOf = (w: string) => w.split('-').filter(capital).map((part) => part[0]).join('');

/**
 * The full name an acronym stands for where the text defines it, "Full Name (ACRONYM)": the capitalised words whose
 * initials spell it (small words such as "for the" between them; each part of a hyphenated word gives one,
 * "Directorate-General"), with any capitalised words just before ("UN Office for the Coordination of Humanitarian
 * Affairs (OCHA)"). "The Full Name, or ACRONYM," defines it too, whatever the initials ("the Japan Aerospace
 * Exploration Agency, or JAXA,").
 */
export function spelledOut(text: string, acronym: string): string | null {
  const escaped = escapeRegExp(acronym);
  const or = new RegExp(`(\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+(?:(?:of|for|and|on|the)\\s+)*\\p{Lu}[\\p{L}'\u2019-]*){1,8}),\\s+or\\s+${escaped}(?![\\p{L}])`, 'u').exec(text);
  if (or) {
    const words = or[1]!.trim().split(/\s+/u);
    while (words.length > 0 && /^(?:of|for|and|on|the|The|A|An)$/u.test(words[0]!)) words.shift();
    while (words.length > 0 && isNameJoiner(words.at(-1)!)) words.pop();
    if (words.length >= 2) return words.join(' ');
  }
  const at = text.indexOf(`(${acronym})`);
  // ("the Louisiana Department of Transportation and Development says. DOTD says": initials-without-place.ts.)
  if (at < 0) return initialsNamedElsewhere(text, acronym) ?? initialsWithoutPlace(text, acronym);
  const words = text.slice(Math.max(0, at - 160), at).trim().split(/\s+/u);
  for (let k = words.length - 1; k >= 0 && words.length - k <= 12; k--) {
    if (!capital(words[k]!)) continue;
    const initials = words.slice(k).map(withoutElidedArticle).filter(capital).map(initialsOf).join('');
    if (initials !== acronym) continue;
    let from = k;
    while (from > 0 && capital(words[from - 1]!) && !/[.,;:]$/u.test(words[from - 1]!) && !/^(?:The|A|An)$/u.test(words[from - 1]!)) from--;
    return words.slice(from).join(' ');
  }
  // ("Fisheries Iceland (SFS), which …": the name before letters of another language, letters-after-body-which.ts.)
  return russianSpelledOut(words, acronym) ?? nameBeforeShortName(words) ?? russianNameBeforeShortName(words) ?? lowerCaseNameSpelled(words, acronym, SHORT_NAMED_BODY_HEADS)
    ?? bodyNamedBeforeLettersWhich(text, acronym);
}

/** Russian heads of a body's name: "агентство", "служба", "министерство" … (the name is capitalised on its first word only). */
// («в Камчатской группе реагирования на вулканические извержения (KVERT)», «Тихоокеанской обсерватории (PTWC)»: a team, an
// observatory, a station or a laboratory, named in Russian with letters of another language after it; thirty-first session.)
const RU_SHORT_NAMED_BODY_HEAD_RE = /^(?:агентств|служб|министерств|комитет|управлени|инспекци|фонд|палат|департамент|компани|корпораци|ассоциаци|союз|центр|бюро|комисси|групп|обсерватори|станци|лаборатори)/u;

/**
 * "Федеральное дорожное агентство (Росавтодор)": the words back to the nearest capitalised one, when a body's head is
 * among them (a Russian name capitalises its first word only).
 */
function russianNameBeforeShortName(words: readonly string[]): string | null {
  for (let k = words.length - 1; k >= 0 && words.length - k <= 6; k--) {
    if (/[.,;:»]$/u.test(words[k]!)) return null;
    if (!/^[\u0410-\u042F\u0401]/u.test(words[k]!)) continue;
    const name = words.slice(k);
    return name.length >= 2 && name.some((w) => RU_SHORT_NAMED_BODY_HEAD_RE.test(w.toLowerCase())) ? name.join(' ') : null;
  }
  return null;
}

/** Russian small words that give no letter to an acronym ("Агентство по регулированию естественных монополий (АРЕМ)"). */
const RU_ACRONYM_SKIPS = new Set(['по', 'в', 'во', 'и', 'на', 'для', 'при', 'с', 'со', 'о', 'об']);

/**
 * "Национальное агентство по регулированию в энергетике (НАРЭ)": a Russian acronym takes the first letter of every word,
 * capitalised or not, but the prepositions and "и"; the name opens with a capital.
 */
function russianSpelledOut(words: readonly string[], acronym: string): string | null {
  if (!/^[\u0400-\u04FF]+$/u.test(acronym)) return null;
  for (let k = words.length - 1; k >= 0 && words.length - k <= 10; k--) {
    if (/[.,;:]$/u.test(words[k]!)) return null;
    if (!capital(words[k]!)) continue;
    const initials = words.slice(k).filter((w) => !RU_ACRONYM_SKIPS.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join('');
    if (initials === acronym) return words.slice(k).join(' ');
  }
  return null;
}

/**
 * "The Malaysian Meteorological Department (MetMalaysia)", "the National Disaster Mitigation Agency (BNPB)": a short
 * name in brackets whose letters are not the English name's initials (a name in the country's language, or a brand)
 * still stands for the capitalised words just before it, when they end in a body's word.
 */
function nameBeforeShortName(words: readonly string[]): string | null {
  let from = words.length;
  while (from > 0 && words.length - from < 10 && (capital(words[from - 1]!) || isNameJoiner(words[from - 1]!)) && !/[.,;:]$/u.test(words[from - 1]!)) from--;
  while (from < words.length && (isNameJoiner(words[from]!) || /^(?:The|A|An)$/u.test(words[from]!))) from++;
  const name = words.slice(from);
  // ("The National Office for Risk and Disaster Management (BNGRC)": or the word before the name's first "of" or "for",
  // a translated name whose short name keeps its own language's initials.)
  const of = name.findIndex((w) => w === 'of' || w === 'for');
  const ofHead = of > 0 && SHORT_NAMED_BODY_HEADS.has(name[of - 1]!.toLowerCase());
  if (name.length < 2 || !SHORT_NAMED_BODY_HEADS.has(name.at(-1)!.toLowerCase()) && !SHORT_NAMED_BODY_HEADS.has(name[0]!.toLowerCase()) && !ofHead) return null;
  return name.join(' ');
}

/** Words that make capitalised words a body's name for a short name in brackets after them. */
const SHORT_NAMED_BODY_HEADS = new Set(['department', 'agency', 'ministry', 'office', 'board', 'council', 'commission', 'authority',
  'service', 'services', 'institute', 'centre', 'center', 'bureau', 'directorate', 'corps', 'force', 'association', 'union',
  'federation', 'organisation', 'organization', 'committee', 'administration', 'company', 'corporation', 'survey']);

/**
 * "the National Works Agency" then "The NWA said": an acronym the text never defines in brackets stands for a body's
 * name the text prints whose capitalised words' initials spell it (three letters or more, so that two-letter
 * abbreviations do not match by chance). A possessive ends a name: "the Australian Research Council's Linkage
 * Projects scheme" prints "Australian Research Council" (ARC).
 */
function initialsNamedElsewhere(text: string, acronym: string): string | null {
  if (acronym.length < 3) return null;
  for (const m of text.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*\p{Lu}[\p{L}'\u2019-]*)+/gu)) {
    for (const name of namesSplitAtPossessives(m[0].split(/\s+/u))) {
      const words = [...name];
      while (words.length > 0 && /^(?:The|A|An)$/u.test(words[0]!)) words.shift();
      const initials = words.filter(capital).map(initialsOf).join('');
      // ("HMRC" for "HM Revenue and Customs": a word printed in capitals gives all its letters, tried second.)
      const lettered = words.filter(capital).map((w) => (/^\p{Lu}{2,3}$/u.test(w) ? w : initialsOf(w))).join('');
      if ((initials === acronym || lettered === acronym) && words.length >= 3) return words.join(' ');
    }
  }
  return null;
}

const POSSESSIVE_RE = /['\u2019]s$/u;

/** A run of capitalised words cut after each possessive, the possessive's "'s" dropped ("Council's Linkage Projects"). */
function namesSplitAtPossessives(words: readonly string[]): string[][] {
  const names: string[][] = [[]];
  for (const word of words) {
    if (POSSESSIVE_RE.test(word)) {
      names.at(-1)!.push(word.slice(0, -2));
      names.push([]);
    } else names.at(-1)!.push(word);
  }
  return names.filter((n) => n.length > 0);
}

/** Whether the phrase as printed names the body's first word before the document's noun ("The <Body> directive"). */
function makerNamedBeforeDocument(printed: string, body: string, document: string): boolean {
  const maker = printed.indexOf(body.split(' ')[0]!);
  return maker >= 0 && maker < printed.indexOf(document);
}
