// Russian copy: who a speaker phrase names ("заместитель министра иностранных дел РФ Олег
// Смирнов", "источник в МИДе", "в МИД Литвы", "она") and the frames of reported speech
// ("X заявил, что …", "…, заявил X.", "По словам X, …", "Как отметил X, …"). The English
// machinery calls in here when the words are Cyrillic; the phrases it returns are the same kind.

import { lastCompanyIntroduced, lastLatinCompanyIntroduced } from './russian-company-introduced.ts';
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import type { ReportedClause } from './attribution.ts';
import { givenNameGender } from './given-names.ts';
import { isGeorgianMansNameInI } from './russian-georgian-mans-name-in-i.ts';
import { nameAfterPlace } from './russian-name-after-place.ts';
import { russianJoinedSourceAside } from './russian-joined-source-aside.ts';
import { isPostOfLetteredBody, postOfNamedBody } from './russian-post-of-named-body.ts';
import { hasPatronymic, isObliquePatronymic, isPatronymic, looksLikeSurname } from './name-forms.ts';
import { russianResearchBodyWord, russianResearchFirm, russianResearchFirmQuoted } from './research-firm.ts';
import { isAccusativeWomansPatronymic, nominativeFromAccusative } from './russian-accusative-name.ts';
import { authorPhraseLength } from './russian-author-of-deed.ts';
import { russianBodyIntroducedByKind } from './russian-bodies-introduced-by-kind.ts';
import { isBodyNounPlural } from './russian-bodies-of-a-kind.ts';
import { isBodyNameWithPreposition } from './russian-body-name-with-preposition.ts';
import { isBodyWordInDescription } from './russian-body-word-in-description.ts';
import { isConsiderAsPredicate } from './russian-consider-as-predicate.ts';
import { checkFindingsPhrase } from './russian-check-findings.ts';
import { commonPersonWord } from './russian-common-person-words.ts';
import { opensMembersSeat } from './russian-constituency.ts';
import { isDativeListenerAfterBody, isDativeListenerName } from './russian-dative-listeners.ts';
import { dativeFullNameNominative, isDativePatronymic, nominativeFromDative, nominativeFromDativeNoPatronymic, womansDativeBeforeUndeclinedSurname } from './russian-dative-name.ts';
import { isDescribedPlaceBeforeName } from './russian-described-place-before-name.ts';
import { isRuralDistrictWord } from './russian-rural-district-word.ts';
import { isDescriptionFromPlace } from './russian-description-from-place.ts';
import { bodyNameInGenitive } from './russian-document-owner-long-name.ts';
import { fleetingVowelNameNominative } from './russian-fleeting-vowel-names.ts';
import { isGivenNameInGenitive } from './russian-given-name-genitive.ts';
import { isGroupAtNamedPlaces, isGroupAtNamedSettlement } from './russian-group-at-named-settlement.ts';
import { russianImpersonalFrame } from './russian-impersonal-frame.ts';
import { isInstitutionForm } from './russian-institution-form.ts';
import { isLegalFormAndName } from './russian-legal-form-body.ts';
import { postWithPoBeforeName } from './russian-post-with-po.ts';
import { numberedPlaceInPost } from './russian-numbered-place-in-post.ts';
import { isPeopleOfOnePlace, isPluralPlaceOfAKind } from './russian-plural-places-unnamed.ts';
import { russianVerbFirstFrame } from './russian-verb-first-frame.ts';
import { departmentLength } from './russian-department-of-body.ts';
import { listenerApposedAfterAs, listenerApposedThat } from './russian-listener-apposition.ts';
import { bodyPagesLength } from './russian-body-pages.ts';
import { isHeadOfBodyNamed } from './russian-head-of-body-named.ts';
import { locativeBodyNominative } from './russian-locative-body.ts';
import { russianManagementBody } from './russian-management-of-body.ts';
import { isOnlinePlaceWord, isUnnamedOnlinePlace, isUnnamedOnlineSources, isUnnamedOnlineSourcesNominative } from './russian-online-places.ts';
import { adjectivePostBeforeName } from './russian-adjective-post.ts';
import { postOfQuotedBody } from './russian-post-of-quoted-body.ts';
import { gerundOpenerLength } from './russian-gerund-opener.ts';
import { latinBodyAfterKind } from './russian-latin-body-name.ts';
import { russianParticleRun } from './russian-name-particles.ts';
import { nominativeFromInstrumental } from './russian-instrumental-name.ts';
import { nominativeAfterDativePost } from './russian-name-case-from-post.ts';
import { bodyNamedByHeadNoun } from './russian-body-by-head-noun.ts';
import { officeNamedByAcronym } from './russian-office-by-acronym.ts';
import { insideParticiplePhrase, isParticipleWord } from './russian-participle-phrase.ts';
import { latterAsPronoun } from './russian-the-latter.ts';
import { molFrame } from './russian-mol-reported.ts';
import { dativeHadToSay } from './russian-dative-had-to-say.ts';
import { loneKinWord } from './russian-elder-younger-bearer.ts';
import { memberOfPair, secondOfPairFrameIn } from './russian-first-and-second-of-pair.ts';
import { relativeAsideBeforeName } from './russian-relative-aside-before-name.ts';
import { sexOrAgePhrase, sexOrAgeWordGender } from './russian-people-by-sex-or-age.ts';
import { isPeopleNounAndFirstName } from './russian-people-noun-first-name.ts';
import { isPeopleOfPlace } from './russian-people-of-place.ts';
import { pressOfficeThatSpoke } from './russian-press-office-spoken.ts';
import { russianPronounAside } from './russian-pronoun-aside.ts';
import { isOwnedRelationPlural, isUnnamedParent, isUnnamedRelation } from './russian-relations.ts';
import { institutionPlaceOpening } from './russian-institution-place-opening.ts';
import { officeOfParentBody } from './russian-office-of-parent-body.ts';
import { unnamedPlaceOpening } from './russian-unnamed-place-opening.ts';
import { relativeByFirstName } from './russian-relative-by-first-name.ts';
import { unnamedInRegionalOffice } from './russian-unnamed-in-regional-office.ts';
import { adjectiveBodyNominative } from './russian-adjective-body-nominative.ts';
import { lowerCaseClergyAddress } from './russian-clergy-address.ts';
import { relationThenFullName } from './russian-relation-then-full-name.ts';
import { isCaseMismatchPair } from './russian-case-mismatch-pair.ts';
import { isPlaceNameAfterPlaceWord } from './russian-place-name-after-place-word.ts';
import { isHowFrameAtEnd } from './russian-how-frame-at-end.ts';
import { endsSettlementName } from './russian-settlement-name-before-name.ts';
import { isSomeOfAGroup, othersFrameIn } from './russian-some-and-others.ts';
import { storyClub } from './russian-story-club.ts';
import { territorialTail } from './russian-territorial-body.ts';
import { bodyOfRepublic, republicTail } from './russian-body-of-republic.ts';
import { isTwoWordClause } from './russian-two-word-clause.ts';
import { looksLikeRussianVerb } from './russian-verb-shaped.ts';
import { isWhosePlaceBeforeName } from './russian-whose-place-before-name.ts';
import type { SpeakerPhrase, Token } from './speaker-phrase.ts';
import { ageBeforePost } from './russian-age-before-post.ts';
import { isGroupAtPlace } from './russian-group-at-place.ts';
import { tokenize } from './speaker-phrase.ts';
import { isTaughtOutlet } from './text-outlets.ts';
import { RU_SUBJECT_NOT_ACT } from './russian-subject-ending-as-verb.ts';
import {
  RU_ANONYMOUS_STEMS, RU_BODY_STEMS, RU_COURT_FORMS, RU_DOCUMENT_STEMS, RU_LEGAL_FORM, RU_LISTENERS, RU_MEDIA_STEMS, RU_PARK_FORMS, RU_PEOPLE_ROLES, RU_PORT_FORMS, RU_PREPOSITIONS, RU_PRONOUNS,
  RU_SPEECH_VERBS, RU_TRAILERS, russianRoles,
} from './vocabulary-ru.ts';

const CYRILLIC = /[\u0400-\u04FF]/u;

export function isCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/** Capitalised at a sentence start but never a name. */
const NOT_NAMES = new Set(['как', 'по', 'но', 'и', 'а', 'однако', 'при', 'это', 'так', 'в', 'во', 'на', 'с', 'о', 'по-прежнему',
  'кроме', 'между', 'после', 'тем', 'вместе', 'для', 'если', 'когда', 'хотя', 'все', 'всё',
  'сам', 'сама', // "Сам Гаврилов написал": the emphatic pronoun is no first name
  // ("Раньше нам говорили: «…»": an adverb of time opening the sentence is no name.)
  'раньше', 'ранее', 'теперь', 'сейчас', 'тогда', 'потом', 'позже', 'сегодня', 'вчера', 'недавно']);
// ("В'ячеславович", "Д'яченко": a Ukrainian apostrophe after the capital.)
const isCapitalised = (t: Token) => /^\p{Lu}['\u2019]?\p{L}/u.test(t.text) && !NOT_NAMES.has(t.lower);
// («ТюмГУ», «СПбГУ», «УрФУ», «ОмГТУ»: a university's letters with a city's syllable in lower case inside are letters too;
// guard: two capitals at least at the end, which no surname nor first name has, so «МакДональд» stays a name.)
const isAcronym = (t: Token) => /^(?:\p{Lu}{2,}|\p{Lu}{1,2}\p{Ll}{1,3}\p{Lu}{2,4})$/u.test(t.text);
/**
 * A role word in an adverbial before a speaker ("на встрече с послом"); never the preposition opening it: «после» is
 * «посол» in the locative only after a preposition («о после»), so "— признался после матча полузащитник Name" opens with
 * a preposition, not a post.
 */
const adverbialRole = (t: Token, at: number) => !(at === 0 && t.lower === 'после') && russianRoles(t.lower) !== null;
/** An outlet written as its web address ("Znak.com", "URA.RU", "Газете.Ru" read as "Газете-Ru"): told, never telling. */
const isWebOutlet = (word: string) => /^[\p{L}\d-]+[.-](?:com|ru|net|org|info|media|today|io|tv|fm)$/iu.test(word);
/** A preposition, not an acronym that spells one ("СО РАН", "ВО"). */
const isPreposition = (t: Token) => RU_PREPOSITIONS.has(t.lower) && !isAcronym(t);
const hasStem = (t: Token, stems: readonly string[]) =>
  stems.some((s) => t.lower.startsWith(s) && t.lower.length - s.length <= 4);
/** An outlet's word: a known one ("РБК", "Известиям"), or one the text marks as an outlet (text-outlets.ts). */
// (A Kommersant regional edition, «Ъ-Прикамье», «Ъ-Волга»: the paper's letter, a hyphen and the region.)
const isOutletWord = (t: Token) => hasStem(t, RU_MEDIA_STEMS) || /^ъ-\p{L}/u.test(t.lower) || isTaughtOutlet(t.lower);
/** A ministry's or agency's short name ("Минэнерго", "Росавиация"), not a minister, Russia or Rostov. */
// (Not a surname that happens to begin so: "Минасян", "Минаков", "Росляков", "Ростовская"; a ministry's short name ends otherwise.)
const isShortBodyName = (word: string) => /^(?:Мин|Рос)\p{Ll}{3,}$/u.test(word) && !/^(?:Росси|Рост[оа]в|Министерств)/u.test(word)
  && !/(?:ян|янц|ов|ова|ев|ева|ский|ская|цкий|цкая|енко|ук|юк)$/u.test(word)
  && russianRoles(word.toLowerCase()) === null;
/**
 * «в минздраве региона», «в минсельхозе области»: a ministry's short name (in lower case as regional copy often prints it,
 * or capitalised), then the region's generic word, is the ministry the text names in full. (Forty-first session, dev
 * d2292.) Guard: only these fields' stems after «мин», so «минут», «минимум», «минус», «министр» are never read so.
 */
const SHORT_MINISTRY = /^мин(?:сельхоз|здрав|обрнауки|обр|просвещения|транс|природы|фин|экономразвития|строй|культуры|энерго|юст|труд|спорт|цифры|промторг)(?:а|е|у|ом)?$/u;

/**
 * The ministries the text names in full («Министерство сельского хозяйства …») whose second word opens with the four
 * letters after «мин» of a short name («Минсельхоз», «минздраве», «Минфине»: «сель», «здра», «фин»), each once, in the
 * order printed. The short name's case ending after a consonant is dropped first, «Минфине» → «фин».
 */
function ministriesInFull(bodies: readonly { name: string }[], shortName: string): string[] {
  const stem = shortName.toLowerCase().replace(/([бвгдзклмнпрстфхцчшщ])(?:[аеу]|ом)$/u, '$1').slice(3, 7);
  return [...new Set(bodies.filter((b) => /^Министерство\s/u.test(b.name) && b.name.split(/\s+/u)[1]!.toLowerCase().startsWith(stem)).map((b) => b.name))];
}
/** A compound whose tail is a body word ("Авиакомпания", "Автозавод", "Агрохолдинг", "Госкорпорация"). */
// («студсовет», «горсовет», «сельсовет»: a council's compound too, twenty-ninth session; three letters before it at least,
// so no verb «посоветовал».)
// («Госавтоинспекция Якутии предупредила», «Госжилинспекция Тувы»: an inspectorate's compound as a sentence's subject, in
// the nominative only, thirty-fourth session; its oblique forms, «в региональной Госавтоинспекции», are left to the rules
// that find which inspectorate the text named, test-20 r08.)
const COMPOUND_BODY = /^\p{L}{3,}(?:компани|завод|верф|холдинг|комбинат|концерн|агентств|корпораци|фирм|исполком|совет)\p{Ll}{0,4}$|^\p{L}{3,}инспекция$/u;
// (Not a word for people that begins like one: "банкиры", "советника".)
// («По данным бюро», «в Национальном бюро винограда и вина»: a bureau, indeclinable, speaks as one; the word alone, not
// «бюрократ», which its stem would take.)
// (Forty-first session: «В отделе надзорной деятельности по … району сообщили», «В отделе образования пояснили»: a state
// office's department speaks as one, as an «управление» does; the noun's own forms only, not «отделение», «отдельный».)
const RU_OFFICE_FORMS: ReadonlySet<string> = new Set(['отдел', 'отдела', 'отделе', 'отделу', 'отделом']);
const isBodyWord = (t: Token) => (hasStem(t, RU_BODY_STEMS) || t.lower === 'бюро' || t.lower === 'депо' || RU_OFFICE_FORMS.has(t.lower) || RU_COURT_FORMS.has(t.lower) || RU_PORT_FORMS.has(t.lower) || RU_PARK_FORMS.has(t.lower) || COMPOUND_BODY.test(t.lower)) && russianRoles(t.lower) === null
  && !looksLikeRussianVerb(t.lower);
/**
 * A source's word, then an outlet's two-word name in the genitive, both words capitalised («источников «Делового Урала»»,
 * «собеседник «Южного Берега»»): whose source it is, not a full name; the source stays unnamed (thirty-sixth session;
 * a lower-case second word, «Новой газеты», was no full name before). Guard: the first of
 * the two, capitalised, ends as an adjective's genitive does, «-ого» / «-его», which no given name does, so «собеседник
 * Андрей Котов» keeps its name.
 */
const isOutletsSource = (tokens: Token[]) => tokens.some((t, k) => k + 2 < tokens.length && hasStem(t, RU_ANONYMOUS_STEMS)
  && /^\p{Lu}\p{Ll}+(?:ого|его)$/u.test(tokens[k + 1]!.text) && /^\p{L}/u.test(tokens[k + 2]!.text));
/** Two capitalised words in a row that are no acronym, body or role: a person's first name and surname. */
const hasFullName = (tokens: Token[]) => tokens.some((t, k) => k > 0 && [tokens[k - 1]!, t].every((w) => isCapitalised(w)
  && !isAcronym(w) && !isBodyWord(w) && russianRoles(w.lower) === null));
/** Numbers before a noun for people ("два источника", "несколько собеседников"). */
const RU_NUMERALS = new Set(['два', 'две', 'три', 'четыре', 'пять', 'шесть', 'несколько', 'двое', 'трое', 'четверо', 'ряд', 'многие', 'некоторые']);
/** Representatives and staff unnamed are sources, not the body they speak for ("представитель Минэнерго"). */
const UNNAMED_ROLES = new Set(['представитель', 'сотрудник']);

/**
 * «…» at `open` is a company's name, not a quotation: a few capitalised words after its legal form or a word for a
 * business in the genitive ("АО «Уральский кабельный завод»", "компании «Северная верфь»").
 */
export function russianCompanyName(text: string, open: number, contentEnd: number): boolean {
  const name = text.slice(open + 1, contentEnd);
  return /^\p{Lu}[^.,!?:;\u00AB\u00BB]{2,60}$/u.test(name) && name.split(/\s+/u).length <= 5
    && /(?<![\p{L}-])(?:П?АО|ООО|ОАО|ЗАО|НАО|АНО|НКО|ФГУП|МУП|ГУП|НПО|компании|группы|холдинга|концерна|корпорации|завода|комбината|банка|фонда)\s+$/u.test(text.slice(Math.max(0, open - 14), open));
}

/** A singular noun for a person by what they do ("подписчица", "читатель", "болельщица", "очевидец"), not a body or document. */
const PERSON_NOUN = /^\p{Ll}{3,}(?:тель|тельница|чик|чица|щик|щица|ец|ник|ница|ист|истка|[бвгдзклмнпрстфхцчшщ]ка|[её]р|ор)$/u;
// (Forty-first session, test-59 r08: «— говорит экскурсовод из Вологды», «— рассказал пчеловод»: a compound in «-о-вод» /
// «-е-вод» for one who keeps, grows or leads something; unknown, «— говорит экскурсовод» was no one and the quotation went
// to the body quoted before. Guard: three letters at least before the linking vowel, and not the words in «-вод» for a
// thing: a pipe or a wire («водопровод», «газопровод», «провод»), a water main («водовод»), a translation («перевод»), a
// round dance («хоровод»).)
const KEEPER_NOUN = /^\p{Ll}{3,}[ое]вод$/u;
const NOT_KEEPER = /(?:провод|водовод|хоровод)$|^перевод/u;
/**
 * A participle or adjective used as a singular noun for a person ("потерпевшая", "пострадавший", "задержанный",
 * "подозреваемый", "отдыхающая"): what they went through or do, not a post.
 */
const PERSON_PARTICIPLE = /^\p{Ll}{3,}(?:вш(?:ий|ая)(?:ся)?|[уюая]щ(?:ий|ая)(?:ся)?|[её]нн(?:ый|ая)|анн(?:ый|ая)|янн(?:ый|ая)|[еи]м(?:ый|ая))$/u;
/** Such words for a business, or for things ("подрядчик", "производитель", "показатель", "конец"): no member of the public. */
const NOT_PUBLIC = /^(?:производ|покупат|поставщ|перевозч|подрядч|застройщ|заказч|разработч|учредит|заявит|показат|двигат|указат|конец|конц|образ|счетч|счётч|понедельник|вторник|праздник|график|учебник|справочник|памятник|ежедневник|перекрест|улиц|границ|столиц|гостиниц|единиц|ссылк|остановк|проверк|сводк|статистик|практик|политик[аи]|публик|заявк|оценк|справк|записк|ответчик|истец|истц|истиц|должник|кредитор|взыскател|заемщик|заёмщик|арендатор|арендодател|собственник|инвестор|страховател)/u;

/** One word for a person, lower-case, with no name: a reader, a fan ("подписчица из Рубцовска", "болельщица из соседнего дома"). */
function isMemberOfPublic(tokens: Token[]): boolean {
  const from = tokens[1]?.lower === 'из' ? tokens.slice(2) : null;
  if (tokens.length === 0 || (tokens.length > 1 && (from === null || from.length === 0 || from.length > 3))) return false;
  // (Not "читательница из Кирова Тамара Лыскова": a place of one word, then a full name; she is named.)
  if (from?.length === 3 && hasFullName(from.slice(1))) return false;
  const noun = tokens[0]!;
  // (Not a woman's word for a role, "исследовательница": the researcher the text has named.)
  return /^\p{Ll}/u.test(noun.text) && isPersonNounShape(noun.lower) && russianRoles(noun.lower) === null
    && russianRoles(noun.lower.replace(/ница$/u, '')) === null && !isBodyWord(noun)
    && !hasStem(noun, RU_DOCUMENT_STEMS) && !isOutletWord(noun) && !hasStem(noun, RU_ANONYMOUS_STEMS)
    && !(from ?? []).some((t) => isPreposition(t) || RU_SPEECH_VERBS.has(t.lower));
}

/** A singular noun for a person by its ending (an agent, a woman's word, a participle used as a noun), no business nor thing. */
export function isPersonNounShape(lower: string): boolean {
  return (PERSON_NOUN.test(lower) || (KEEPER_NOUN.test(lower) && !NOT_KEEPER.test(lower)) || (PERSON_PARTICIPLE.test(lower) && !NOT_PEOPLE_PARTICIPLES.has(lower.replace(/(?:ый|ий|ая)(ся)?$/u, 'ые$1'))))
    && !NOT_PUBLIC.test(lower);
}

/** A Russian word for a person by its ending that is no post the rules know ("курьер", "потерпевшая"), as a title's role. */
export function isRussianPeopleNoun(role: string): boolean {
  return /^[\u0430-\u044F\u0451-]+$/u.test(role) && isPersonNounShape(role) && russianRoles(role) === null;
}

/** The gender such a word is of: a woman's in -а / -я / -ая ("курьерша", "потерпевшая", "студентка"), else a man's. */
export function russianPeopleNounGender(role: string): 'f' | 'm' {
  return /[ая]$/u.test(role) ? 'f' : 'm';
}

/** One word for a kind of business that speaks as one ("перевозчик", "застройщик", "подрядчик", "производитель"), in any case. */
const BUSINESS_KIND = /^(?:перевозчик|застройщик|подрядчик|производител|поставщик|оператор|ритейлер|девелопер|дистрибьютор|страховщик|терминал)(?:а|у|ом|е|ь|я|ю|ем)?$/u;
/**
 * A word for the people of one body of the state, in any case («антимонопольщики», «налоговиков», «таможенники»): the body
 * they stand for, by the adjective that names it («антимонопольное ведомство»), resolved to the one the text names.
 */
function bodyPeople(t: Token): string | null {
  const m = /^(антимонопольщик|налоговик|таможенник)(?:и|ов|ам|ами|ах)?$/u.exec(t.lower);
  if (!m) return null;
  return { антимонопольщик: 'антимонопольное ведомство', налоговик: 'налоговая служба', таможенник: 'таможенная служба' }[m[1] as 'налоговик'];
}

/** Adverbs of time that may open a sentence before its subject ("Вчера курьер сообщил"). */
const RU_TIME_ADVERBS = new Set(['вчера', 'сегодня', 'накануне', 'позже', 'позднее', 'затем', 'потом', 'теперь', 'утром', 'вечером', 'днем', 'днём', 'ночью']);

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Adjectives used as plural nouns for people ("Рабочие рассказали", "военные", "полицейские"): a group, unnamed. */
const RU_PEOPLE_ADJECTIVE_NOUNS = new Set(['рабочие', 'военные', 'ученые', 'учёные', 'родные', 'близкие', 'приезжие', 'пожилые',
  'бездомные', 'раненые', 'знакомые', 'полицейские', 'местные', 'домашние', 'дежурные', 'участковые', 'военнослужащие',
  'часовые', 'понятые', 'рядовые', 'выборные', 'пленные', 'русские']);

/**
 * Participles used as plural nouns for people ("Пострадавшие рассказали", "Выжившие утверждают", "Учащиеся жалуются",
 * "Задержанные заявили", "Проживающие в доме"): active ones in -ущие/-ющие/-ащие/-ящие/-вшие (and their reflexive -ся),
 * passive ones in -нные/-тые.
 */
const RU_PEOPLE_PARTICIPLE_RE = /^\p{Ll}{2,}(?:[уюая]щие|вшие|[уюая]щиеся|вшиеся|[её]нные|анные|янные|тые)$/u;

/** A word that names people by what they do, are or went through, used as a plural noun. */
function isPeopleAdjectiveNoun(lower: string): boolean {
  // («Люди, близкие к руководству комбината, утверждают»: «люди» itself, the plural of «человек», too short for the
  // plural shapes below, was read as a body «Люди»; thirty-second session, dev d1518, d1522.)
  return RU_PEOPLE_ADJECTIVE_NOUNS.has(lower) || lower === 'люди' || (RU_PEOPLE_PARTICIPLE_RE.test(lower) && !NOT_PEOPLE_PARTICIPLES.has(lower));
}

/** Words of those shapes that are no people: data, and words that point ("следующие", "указанные"). */
const NOT_PEOPLE_PARTICIPLES = new Set(['данные', 'следующие', 'настоящие', 'будущие', 'подобные', 'указанные', 'названные',
  'вышеупомянутые', 'вышеназванные', 'упомянутые', 'приведенные', 'приведённые', 'полученные', 'собранные', 'опубликованные']);

/**
 * A trade word no list holds opening a description before a full name («Вахтер административного корпуса», «Истопник
 * котельной»): the word in the lower case, or null. Thirty-fourth session. Guards: the first word alone capitalised
 * at most (the sentence's capital), the rest lower case; no preposition, body's word, document, outlet or unnamed source's
 * word; a word for a person by its ending (isRussianPeopleNoun). (Any consonant-final word, «кассир», «сторож», was tried
 * and dropped: «Доцент …, климатолог Name» then «— сказал ученый» went astray, dev d1191.)
 */
function tradeWordOpening(title: readonly Token[]): string | null {
  const first = title[0];
  if (!first || !/^[\p{Lu}\p{Ll}]\p{Ll}{3,}$/u.test(first.text) || title.slice(1).some((t) => !/^\p{Ll}+$/u.test(t.text) || isPreposition(t))) return null;
  if (isPreposition(first) || isBodyWord(first) || isAcronym(first) || isOutletWord(first) || hasStem(first, RU_DOCUMENT_STEMS) || hasStem(first, RU_ANONYMOUS_STEMS)
    || RU_PRONOUNS[first.lower] || RU_SPEECH_VERBS.has(first.lower)) return null;
  return isRussianPeopleNoun(first.lower) ? first.lower : null;
}

/** Reads Russian speaker words; null when they name nobody (a verb, a place phrase, a clause). */
export function parseRussianPhrase(all: Token[]): SpeakerPhrase | null {
  // («Руководитель профсоюза Урсула фон Штайн», «Ян ван дер Берг», «Ван дер Берг», «Жиль Ле Бра»: a foreign name's
  // particles, russian-name-particles.ts; the phrase is read without them and they are put back before the surname.
  // Guard: the reading without them ends in the same surname, so a body or a post reads as before.)
  // («Газета The Times», «издание Financial Times»: a kind word, then a body's name in Latin letters,
  // russian-latin-body-name.ts.)
  // («— заявил 58-летний подсудимый», «— уточнил 52-летний гляциолог»: an age before the post, russian-age-before-post.ts.)
  // («Колокольню Воскресенского храма …»: an object's noun and a genitive adjective, no person's name;
  // russian-case-mismatch-pair.ts.)
  if (isCaseMismatchPair(all)) return null;
  // (Forty-second session: «…, сообщили в мэрии накануне заседания городской думы»: a body after «в» / «во» / «на» ends before
  // a lower-case word of time («накануне», «вчера», «сегодня»); what follows says when, and had been read into the body's
  // name, «мэрия накануне заседания …». Guard: the preposition first, the body's word right after it, the time word
  // after that; a word of time opening the phrase, «Вчера потерпевшая рассказала», is read as before.)
  if (all.length >= 3 && ['в', 'во', 'на'].includes(all[0]!.lower) && isBodyWord(all[1]!)
    && all.slice(2).some((t) => RU_TIME_ADVERBS.has(t.text))) return null;
  const aged = ageBeforePost(all, (words) => parseRussianPhrase(words));
  if (aged) return aged;
  // («— добавил отец», «— сказала дочь»: a kin word alone as the speaker, the elder or younger of two bearers of one surname
  // the text has just named; else «он» / «она»; russian-elder-younger-bearer.ts, forty-second session.)
  const kin = loneKinWord(all);
  if (kin) return kin;
  // («Его дочь Сайаана, фельдшер …, рассказала»: a possessive, a word for kin and a first name alone, that relative;
  // russian-relative-by-first-name.ts.)
  const relative = relativeByFirstName(all, isBodyWord);
  if (relative) return relative;
  // («Ее сосед, 70-летний Василий Шмелев»: a possessive, a word for a tie or kin, then a full name; that person;
  // russian-relation-then-full-name.ts.)
  const related = relationThenFullName(all, isBodyWord);
  if (related) return related;
  // («— сказал отец Алексий»: a priest called by the form of address in lower case and a given name; russian-clergy-address.ts.)
  const clergy = lowerCaseClergyAddress(all);
  if (clergy) return clergy;
  const latinBody = latinBodyAfterKind(all);
  if (latinBody) return { kind: 'organisation', body: latinBody, name: [], roles: [], qualifier: null, start: all[0]!.start, end: all.at(-1)!.end };
  // («Продавцы сувенирных лавок на Куршской косе говорят», «Рабочие в заводских чатах пишут»: a group, then where it is, is
  // the group, unnamed; russian-group-at-place.ts.)
  if (isGroupAtPlace(all, (word) => {
    const group = /^\p{L}\p{Ll}+$/u.test(word.text) ? parseRussianPhrase([word]) : null;
    return group?.kind === 'anonymous' && group.plural === true;
  }, isPreposition)) {
    return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, start: all[0]!.start, end: all.at(-1)!.end };
  }
  const particles = russianParticleRun(all);
  if (particles) {
    const rest = [...all.slice(0, particles.from), ...all.slice(particles.to)];
    const read = parseRussianPhrase(rest);
    const surname = all.at(-1)!;
    if (read?.kind === 'name' && read.name.at(-1) === surname.base && read.end === surname.end) {
      const printed = all.slice(particles.from, particles.to).map((t) => t.text);
      return { ...read, name: [...read.name.slice(0, -1), ...printed, surname.base], start: Math.min(read.start, all[particles.from]!.start) };
    }
  }
  // («В. Осадчий уточнил», «И. Суслов добавил», «По мнению Е. Колесниковой»: one initial, its full stop and a space, then a
  // surname, is that person, the surname read alone (the resolver finds the full name the text printed); the initial was
  // read as the preposition «в» (a body «в Осадчий») or the conjunction «и», and nothing was found. Guards: exactly two
  // words; a lone capital letter written with its full stop (the tokenizer marks it), then one space and the surname (not
  // «В «Невской теплосети»», a preposition and a «name»); the second word shaped as a surname, no body's word, no acronym.)
  const lone = all.length === 2 ? all[1]! : undefined;
  if (lone && all[0]!.initial && lone.start - all[0]!.end === 2 && looksLikeSurname(lone.text) && !isBodyWord(lone) && !isAcronym(lone)) {
    const surname = parseRussianPhrase([lone]);
    if (surname?.kind === 'name') return { ...surname, start: all[0]!.start };
  }
  // («— рассказал бригадир оленеводческой бригады № 4 Name Surname»: a place's number inside a post the lists do not know,
  // read without it; russian-numbered-place-in-post.ts.)
  const numbered = numberedPlaceInPost(all, (words) => parseRussianPhrase(words), isPreposition);
  if (numbered) return numbered;
  // («Эстонский вице-канцлер по цифровому развитию Name Surname»: a post the lists do not know, «по» and what it is for,
  // read without the «по …» stretch; russian-post-with-po.ts.)
  const withPo = postWithPoBeforeName(all, (words) => parseRussianPhrase(words), isPreposition, (t) => russianRoles(t.lower) !== null, isBodyWord);
  if (withPo) return withPo;
  // («Как рассказали в бригадах», «— говорят в хозяйствах»: places of a kind, none named, an unnamed source;
  // russian-plural-places-unnamed.ts.)
  // («Говорят в селе, что …», «…, говорят на рынке»: the people of the one place the text is about; the same file.)
  if (isPluralPlaceOfAKind(all, (t) => hasStem(t, RU_DOCUMENT_STEMS) || isOutletWord(t)) || isPeopleOfOnePlace(all)) {
    return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, start: all[0]!.start, end: all.at(-1)!.end };
  }
  // («Старшая по дому Name Surname», «Дежурный по станции Name Surname»: an adjective's post, russian-adjective-post.ts.)
  const adjectivePost = adjectivePostBeforeName(all, (words) => parseRussianPhrase(words), isBodyWord);
  if (adjectivePost) return adjectivePost;
  // («Наставник «Сибири» признал», «— сказал капитан «Луча»»: a post and whose it is by a body's «name», no name after it,
  // a title of that body; russian-post-of-quoted-body.ts.)
  const ofQuotedBody = postOfQuotedBody(all, (t) => russianRoles(t.lower));
  if (ofQuotedBody) return ofQuotedBody;
  // («Организаторы фестиваля «Снежный Путь», который …, сообщили»: a group word, a lower-case genitive and the quoted name of
  // whose it is, perhaps a «который» aside after it, are that group, unnamed, as «организаторы сбора» are (dev d790); the
  // quoted name was read as a person. Guards: the first word alone a plural unnamed group; the second lower case; one to
  // four capitalised words after it, opened by a quotation mark (the gap the dropped mark leaves: not «главы поселения
  // Натальи Коргуевой», a post and a person's name); nothing after them but an aside opened by «котор…».)
  if (all.length >= 3 && /^\p{Ll}+$/u.test(all[1]!.text) && /^\p{Lu}/u.test(all[2]!.text) && all[2]!.start - all[1]!.end >= 2) {
    const group = parseRussianPhrase(all.slice(0, 1));
    const nameEnd = all.findIndex((t, k) => k >= 2 && !/^[\p{Lu}\p{N}]/u.test(t.text));
    const named = nameEnd === -1 ? all.length - 2 : nameEnd - 2;
    if (group?.kind === 'anonymous' && group.plural && named >= 1 && named <= 4 && (nameEnd === -1 || /^котор/u.test(all[nameEnd]!.lower))) {
      return { ...group, end: all[1 + named]!.end };
    }
  }
  // («Руководство предприятия заявило», «Руководство лагеря «…» заверило»: the body it runs, russian-management-of-body.ts.)
  const managed = russianManagementBody(all, (word) => parseRussianPhrase([word]));
  if (managed) return managed;
  // («Глава региона поручил …» after «Губернатор … края Name …»: the head of a region is its governor, the post Russian copy
  // varies on purpose; guard: «глава» and one lower-case word for a region, nothing after, not «глава поселения».)
  if (all.length === 2 && /^глав[аеуы]$/u.test(all[0]!.lower) && /^(?:регион|област|кра|республик)(?:а|и|я|ю|е)$/u.test(all[1]!.text)) {
    return { kind: 'title', name: [], roles: ['губернатор'], qualifier: null, start: all[0]!.start, end: all[1]!.end };
  }
  // («В суде он заявил», «На заседании комиссии она сообщила»: a pronoun in the nominative after a place opened by «в» / «на»
  // is who speaks; the body before it is only where, not the speaker «суд он». Guard: the pronoun the last word, «он»,
  // «она» or «они» only, so «В его компании сообщили» keeps its body.)
  const placed = all.at(-1);
  if (all.length >= 3 && ['в', 'во', 'на'].includes(all[0]!.lower) && placed && ['он', 'она', 'они'].includes(placed.lower)) {
    return { kind: 'pronoun', pronoun: RU_PRONOUNS[placed.lower]!, name: [], roles: [], qualifier: null, start: placed.start, end: placed.end };
  }
  // («В суде Громов заявил», «На заседании комиссии Павел Громов сообщил»: a person's name after the place is who speaks;
  // russian-name-after-place.ts.)
  const namedAfterPlace = nameAfterPlace(all, isPreposition);
  if (namedAfterPlace > 0) {
    const person = parseRussianPhrase(all.slice(namedAfterPlace));
    if (person?.kind === 'name') return person;
  }
  // («— признался он следователю», «— сказала она полицейским»: a nominative pronoun first, then whom it was told, one or two
  // lower-case words, is who speaks; not a post «следователь» read out of the listener's dative. Guards: «он» / «она» /
  // «они» first (not «его» / «ее» / «их»), at most two words after it, all lower-case, no preposition among them
  // («он в суде» keeps its own reading), the last in a dative ending (-у, -ю, -ам, -ям, -ым, -им, -е: «судье»).)
  const toldWhom = all.slice(1);
  if (toldWhom.length >= 1 && toldWhom.length <= 2 && ['он', 'она', 'они'].includes(all[0]!.lower) && all[0]!.text === all[0]!.lower
    && toldWhom.every((t) => /^\p{Ll}+$/u.test(t.text) && !isPreposition(t)) && /(?:[уюме])$/u.test(toldWhom.at(-1)!.lower)) {
    return { kind: 'pronoun', pronoun: RU_PRONOUNS[all[0]!.lower]!, name: [], roles: [], qualifier: null, start: all[0]!.start, end: all[0]!.end };
  }
  // («Гулявшие в парке жители рассказали», «отдыхавшие в музее туристы»: where a group was, a body's word in the locative,
  // then the group, unnamed; not a body «парке жители». Guard: two lower-case words after «в» / «на» (and a participle of
  // the group before it) at most, the first a body's word in the locative's ending (-е, -и, -у), the second a plural
  // people's word by its ending (-тели, -ане, -исты, -ники, -еры, -нты, -ющие …; not «мэрии столицы», «службе дороги»)
  // that alone is an unnamed plural group.)
  const placedFrom = /^\p{Ll}+(?:вш|ющ|ящ|ащ|ущ)ие$/u.test(all[0]?.lower ?? '') && ['в', 'во', 'на'].includes(all[1]?.lower ?? '') ? 1 : 0;
  const where = all[placedFrom] && ['в', 'во', 'на'].includes(all[placedFrom].lower) ? all.slice(placedFrom + 1) : all;
  if (where.length === 2 && where.every((t) => /^\p{Ll}/u.test(t.text)) && isBodyWord(where[0]!) && /[еиу]$/u.test(where[0]!.lower)
    && /(?:тели|ане|яне|исты|ники|щики|чики|еры|ёры|нты|ющие|ящие|вшие)$/u.test(where[1]!.lower)) {
    const group = parseRussianPhrase([where[1]!]);
    if (group?.kind === 'anonymous' && group.plural) return group;
  }
  // («Главное управление МЧС России по Республике Саха (Якутия)»: a body's office in a region, the region part of its name:
  // russian-territorial-body.ts.)
  const territorial = all.findIndex((t, k) => k >= 1 && t.lower === 'по');
  if (territorial >= 1 && territorialTail(all, territorial) === all.length - territorial && !all.slice(0, territorial).some((t) => ['в', 'во', 'по'].includes(t.lower))) {
    const office = parseRussianPhrase(all.slice(0, territorial));
    // (Guard: the office named by a name of its own, a capitalised word or letters in it; «управление ведомства по Сибирскому
    // округу», all lower case, is the body the text named before, resolved as ever.)
    if (office?.kind === 'organisation' && office.body !== 'там' && all.slice(0, territorial).some((t) => isBodyWord(t) || isAcronym(t))
      && all.slice(0, territorial).some((t) => /^\p{Lu}/u.test(t.text))) {
      return { ...office, body: [office.body, ...all.slice(territorial).map((t) => t.text)].join(' '), end: all.at(-1)!.end };
    }
  }
  // («Представитель управления Росреестра по Тамбовской области»: someone unnamed from a body's office in a region, an
  // unnamed source; russian-unnamed-in-regional-office.ts.)
  const unnamedInOffice = unnamedInRegionalOffice(all, (words) => parseRussianPhrase(words));
  if (unnamedInOffice) return unnamedInOffice;
  // («Министерство топлива и энергетики Республики Тыва»: a republic's body, the republic part of its name:
  // russian-body-of-republic.ts.)
  const republican = bodyOfRepublic(all, isBodyWord, isPreposition);
  if (republican) {
    const body = [bodyNominative(republican[0]!.text), ...republican.slice(1).map((t) => t.text)].join(' ');
    return { kind: 'organisation', body, name: [], roles: [], qualifier: null, start: all[0]!.start, end: all.at(-1)!.end };
  }
  // («В компании это опровергли», «В министерстве этого не отрицают»: a demonstrative pronoun after the body, then lower-case
  // words (a negation, a verb the lists lack), is what the body said, never part of its name; the body is read without them.
  // Guard: only after a phrase opened by «в» / «во» and a lower-case word, up to three words after the pronoun.)
  // («В МЧС эту информацию опровергли», «В полиции эти данные не подтвердили»: a demonstrative with its noun, what was
  // denied, the same; the body its letters or its word before it. Guard: the noun in lower case right after the pronoun,
  // up to four words from the pronoun on; a body's name is never run on by «эту …», «эти …».)
  const pointing = (t: Token, k: number) => /^(?:это|этого|этому|этом)$/u.test(t.lower)
    || (/^(?:эту|эти|этот|эта|этих)$/u.test(t.lower) && /^\p{Ll}{3,}$/u.test(all[k + 1]?.text ?? ''));
  const demonstrative = all.findIndex((t, k) => k >= 2 && pointing(t, k));
  const pointingLimit = /^эт(?:о|ого|ому|ом)$/u.test(all[demonstrative]?.lower ?? '') ? 3 : 4;
  if (demonstrative >= 2 && ['в', 'во'].includes(all[0]!.lower) && (/^\p{Ll}/u.test(all[1]!.text) || isAcronym(all[1]!))
    && all.length - demonstrative <= pointingLimit
    && all.slice(demonstrative).every((t) => /^\p{Ll}/u.test(t.text))) return parseRussianPhrase(all.slice(0, demonstrative));
  // («В министерстве транспорта Республики Коми письмо жителей получили», «В Минстрое Чувашии жалобу рассмотрели»: a body
  // named with a capital, then an object and a verb in the past plural, the sentence's predicate; the body ends with its
  // last capitalised word and the place word after it (twenty-ninth session). Guards: opened by «в» / «во»; the verb at the
  // end or before one adverb; one to three lower-case words between the name and the verb.)
  const pastPlural = all.findLastIndex((t, k) => k >= 3 && /^\p{Ll}{3,}(?:ли|лись)$/u.test(t.text) && !RU_SPEECH_VERBS.has(t.lower));
  if (pastPlural >= 3 && ['в', 'во'].includes(all[0]!.lower) && all.length - pastPlural <= 2 && all.slice(pastPlural + 1).every((t) => /^\p{Ll}+о$/u.test(t.text))) {
    let named = all.slice(0, pastPlural).findLastIndex((t, k) => k >= 1 && (/^\p{Lu}/u.test(t.text) || isAcronym(t)));
    while (named >= 1 && /^(?:края|области|района|округа|республики|города|поселка|поселения|села)$/u.test(all[named + 1]?.lower ?? '')) named++;
    const between = all.slice(named + 1, pastPlural);
    if (named >= 1 && between.length >= 1 && between.length <= 3 && between.every((t) => /^\p{Ll}/u.test(t.text) && !isPreposition(t))) {
      const body = parseRussianPhrase(all.slice(0, named + 1));
      if (body?.kind === 'organisation') return body;
      // («министерстве транспорта Республики Коми» alone reads as a name «Республики Коми»: the body's words as printed, for
      // the resolver to put in the nominative, when a body's word or letters are among them.)
      const words = all.slice(1, named + 1);
      if (body === null && words.some((t) => isBodyWord(t) || isAcronym(t))) {
        return { kind: 'organisation', body: words.map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, start: words[0]!.start, end: words.at(-1)!.end };
      }
    }
  }
  // («Наша читательница пишет», «Наш читатель добавляет»: an outlet's «наш» before a word for a person is no name; the word
  // after it is who.)
  if (all.length >= 2 && /^(?:наш|наша|наши)$/u.test(all[0]!.lower) && /^\p{Ll}/u.test(all[1]!.text)) return parseRussianPhrase(all.slice(1));
  // («Здесь вспоминают, что …», «Тут говорят»: the people of the place the text is about, unnamed; no body «Здесь».)
  if (all.length === 1 && (all[0]!.lower === 'здесь' || all[0]!.lower === 'тут')) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, start: all[0]!.start, end: all[0]!.end };
  }
  // («Одни говорили», «Многие жалуются», «Кто-то уверял»: some of a group, unnamed; no body «Одни»: russian-some-and-others.ts.)
  if (all.length === 1 && isSomeOfAGroup(all[0]!.text)) {
    return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, start: all[0]!.start, end: all[0]!.end };
  }
  // («Подписчики канала «Подслушано Заречный»», «Читатели «Бийского вестника»», «читатели E1»: an outlet's readers, a
  // group, unnamed, whatever the outlet's name after them looks like.)
  // (Forty-fifth session: and counted, «Несколько подписчиков клуба», «Двое зрителей канала»: a numeral, then the word in
  // the genitive plural; dev d2111, where it had been read as a body «Несколько подписчиков клуба».)
  const countedReaders = all.length >= 3 && RU_NUMERALS.has(all[0]!.lower) && /^(?:читател|подписчик|зрител|слушател|пользовател)\p{Ll}*(?:ей|ов)$/u.test(all[1]!.lower);
  if (countedReaders || (all.length >= 2 && all.length <= 6 && /^(?:читател|подписчик|зрител|слушател|пользовател)\p{Ll}*[иы]$/u.test(all[0]!.lower))) {
    return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, start: all[0]!.start, end: all.at(-1)!.end };
  }
  // («Женщина сообщила», «Молодая мама с третьего этажа рассказала», «Бригада монтажников признается»: someone described by
  // a common word for a person or a crew, opening the sentence, unnamed; not a body «Женщина»: russian-common-person-words.ts.)
  const common = commonPersonWord(all.map((t) => t.text));
  if (common) return { kind: 'anonymous', plural: common.plural || undefined, name: [], roles: common.plural ? [] : [common.word], qualifier: null, start: all[0]!.start, end: all.at(-1)!.end };
  // («Ее сосед», «Соседи Кравец по подъезду»: someone's neighbours or colleagues, not named: russian-relations.ts.)
  const relation = isUnnamedRelation(all.map((t) => t.text));
  if (relation) return { kind: 'anonymous', plural: relation.plural || undefined, name: [], roles: [], qualifier: null, start: all[0]!.start, end: all.at(-1)!.end };
  // («Агент одного из нападающих на условиях анонимности рассказал», «Чиновник на условиях анонимности пояснил»: one who
  // speaks «на условиях анонимности» is unnamed on purpose, whatever the words before it (twenty-ninth session). Guard: the
  // three words close the phrase, and no full name before them.)
  const anonymity = all.findIndex((t, k) => k >= 1 && t.lower === 'на' && all[k + 1]?.lower === 'условиях' && /^анонимност/u.test(all[k + 2]?.lower ?? ''));
  if (anonymity >= 1 && anonymity + 3 === all.length && !hasFullName(all.slice(0, anonymity)) && !all.slice(0, anonymity).some((t) => RU_SPEECH_VERBS.has(t.lower))) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, start: all[0]!.start, end: all.at(-1)!.end };
  }
  // («— сказал пожилой мужчина у магазина», «— говорит женщина»: a person by sex or age, described (unnamed) or bare (read
  // as a post is), russian-people-by-sex-or-age.ts. Guard: not after «в» / «на» / «по», where the words are a place.)
  const bySex = isPreposition(all[0]!) ? null : sexOrAgePhrase(all.map((t) => t.text));
  if (bySex?.described) return { kind: 'anonymous', name: [], roles: [], qualifier: null, start: all[0]!.start, end: all.at(-1)!.end };
  // (Bare, it is read as «она» / «он» is: the latest person of its gender, named or not; the word kept as its role, so that
  // with nobody of that gender before it stays an unnamed source.)
  if (bySex && all.length === 1) {
    return { kind: 'pronoun', pronoun: sexOrAgeWordGender(bySex.word) === 'f' ? 'she' : 'he', name: [], roles: [bySex.word], qualifier: null, start: all[0]!.start, end: all[0]!.end };
  }
  // («Мать двоих школьников из Порховского района»: a parent by whose parent they are, no name: russian-relations.ts.)
  if (isUnnamedParent(all.map((t) => t.text))) return { kind: 'anonymous', name: [], roles: [], qualifier: null, start: all[0]!.start, end: all.at(-1)!.end };
  // («Аналитики Промторгбанка пишут в обзоре»: a named body's analysts are the body, research-firm.ts; the name's first
  // word in the nominative.)
  const firm = russianResearchFirm(all);
  if (firm && !hasFullName(firm) && !firm.some((t) => isPreposition(t) || russianRoles(t.lower) !== null)) {
    const body = [bodyNominative(firm[0]!.text), ...firm.slice(1).map((t) => t.text)].join(' ');
    return { kind: 'organisation', body, research: true, name: [], roles: [], qualifier: null, start: all[0]!.start, end: all.at(-1)!.end };
  }
  // («По оценке экспертов центра», «Аналитики компании считают»: research roles and the body's word alone are the body the
  // text named so, research-firm.ts.)
  const researchBody = russianResearchBodyWord(all, isBodyWord);
  if (researchBody > 0) {
    const word = all[researchBody]!;
    return { kind: 'organisation', body: bodyNominative(word.text), research: true, name: [], roles: [], qualifier: null, start: word.start, end: word.end };
  }
  // ("Аналитического центра при правительстве", "Совета при президенте": a body attached to another is that body.)
  // ("Агентства статистики при президенте", "Комитета медицинского контроля при министерстве": the body's capitalised word
  // may have up to three lower-case words of what it does after it.)
  const describedBody = (k: number) => {
    let j = k - 1;
    while (j > 0 && k - j <= 3 && /^\p{Ll}+$/u.test(all[j]!.text) && !isPreposition(all[j]!) && !isBodyWord(all[j]!)) j--;
    return j < k - 1 && isBodyWord(all[j]!) && /^\p{Lu}/u.test(all[j]!.text);
  };
  const attached = all.findIndex((t, k) => k > 0 && t.lower === 'при' && (isBodyWord(all[k - 1]!) || describedBody(k)));
  if (attached > 0 && attached < all.length - 1) {
    const body = parseRussianPhrase(all.slice(0, attached));
    if (body?.kind === 'organisation') return { ...body, end: all.at(-1)!.end };
  }
  // ("— написала депутат в своем Telegram-канале": where one wrote, "в своем …", is no part of who.)
  const own = all.findIndex((t, k) => k > 0 && ['в', 'во'].includes(t.lower) && /^(?:сво(?:ем|ём|ей|их)|его|ее|её)$/u.test(all[k + 1]?.lower ?? ''));
  // ("Основатель комбината в его нынешнем виде Сергей Гаврилюк": an aside inside the title, before the full name that ends
  // the phrase, is left out; the title and the name stay.)
  let nameAfter = all.length;
  while (own > 0 && nameAfter > own + 2 && /^\p{Lu}\p{Ll}/u.test(all[nameAfter - 1]!.text) && all.length - nameAfter < 3) nameAfter--;
  const named = own > 0 && all.length - nameAfter >= 2 && hasFullName(all.slice(-2)) ? all.slice(nameAfter) : [];
  let tokens = own > 0 ? [...all.slice(0, own), ...named] : all;
  // ("Исполнительница роли Анфисы Дарья Мельникова", "исполнитель роли Лопахина Name": the character after «роли», in the
  // genitive, before the actor's full name is no part of the name.)
  const part = tokens.findIndex((t, k) => k > 0 && t.lower === 'роли' && tokens.length - k === 4 && isCapitalised(tokens[k + 1]!) && hasFullName(tokens.slice(-2)));
  if (part > 0) tokens = [...tokens.slice(0, part + 1), ...tokens.slice(part + 2)];
  // («Автор победного гола во флеш-зоне»: the author of a deed, where they spoke cut off, russian-author-of-deed.ts.)
  const deed = authorPhraseLength(tokens, isPreposition);
  if (deed > 0 && deed < tokens.length) tokens = tokens.slice(0, deed);
  // ("По словам чиновника, …" opening a sentence: the frame's speaker is read with its statement, not as the subject.)
  if (tokens[0]?.lower === 'по' && ['словам', 'мнению'].includes(tokens[1]?.lower ?? '')) return null;
  if (tokens[0] && ['в', 'во'].includes(tokens[0].lower) && tokens.length > 1) {
    tokens = tokens.slice(1);
    // ("В заявлении ассоциации говорится, что …": a document the words are in, read with its owner where it is read as one;
    // no subject, nor a body named "заявлении ассоциации говорится".)
    // (Not "— приводятся в сообщении слова директора Name": whose words are quoted, read below.)
    // (Forty-first session: not «В телеграм-каналах пишут», «в телеграм-каналах томских разработчиков»: channels, none
    // named, where people wrote; russian-online-places.ts reads them below.)
    if (/^\p{Ll}/u.test(tokens[0]!.text) && hasStem(tokens[0]!, RU_DOCUMENT_STEMS) && !tokens.some((t) => t.lower === 'слова')
      && !isUnnamedOnlinePlace(all, isBodyWord)) return null;
    // (Forty-second session: «В пабликах мэрии пишут»: a body's pages, the body is the words after them;
    // russian-body-pages.ts.)
    tokens = tokens.slice(bodyPagesLength(tokens, isBodyWord));
  }
  // ("На заводе заявили": a workplace is "на" one.)
  else if (tokens[0]?.lower === 'на' && tokens.length > 1 && isBodyWord(tokens[1]!)) {
    tokens = tokens.slice(1);
    // ("На заводе «Уралхиммаш» заявили": the workplace's own name.)
    const own = tokens.slice(1);
    if (own.length > 0 && own.length <= 3 && own.every((t) => /^\p{Lu}/u.test(t.text))) {
      return { kind: 'organisation', body: own.map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, start: own[0]!.start, end: own.at(-1)!.end };
    }
  }
  while (tokens.length > 0 && RU_TRAILERS.has(tokens.at(-1)!.lower)) tokens = tokens.slice(0, -1);
  // ("— признался нападающий после матча в Казани", "— сказал защитник на тренировке в Самаре": when and where after who;
  // the one capitalised word right after a preposition there is a place, not a name; the speaker is the words before.)
  const scene = placeAfterSpeaker(all, tokens);
  if (scene) return scene;
  // ("В последнем слове Колобов сказал", "На встрече с избирателями Иванова заявила": a few lower-case words of an
  // adverbial before a surname or a full name say where, not who; the speaker is the name.)
  if (isPreposition(all[0]!) && tokens.length >= 2 && tokens.length <= 7) {
    let k = tokens.length;
    while (k > 0 && isCapitalised(tokens[k - 1]!) && tokens.length - k < 2) k--;
    const scene = tokens.slice(0, k);
    const name = tokens.slice(k);
    // (Not "в Нижнем Новгороде": capitalised words right after a preposition are its object, a place.)
    // (Not after bodies of a kind, «В правоохранительных органах «Пермь Онлайн»»: whom they told, read below.)
    if (k > 0 && name.length > 0 && !isPreposition(scene.at(-1)!) && !PLURAL_BODIES_OF_A_KIND.test(scene.at(-1)!.text) && scene.every((t, i) => /^\p{Ll}+$/u.test(t.text) && !adverbialRole(t, i) && !isBodyWord(t) && !hasStem(t, RU_ANONYMOUS_STEMS))
      && name.every((t) => !isBodyWord(t) && !isAcronym(t) && !isShortBodyName(t.text) && russianRoles(t.lower) === null)) {
      const named = parseRussianPhrase(name);
      if (named?.kind === 'name') return named;
    }
  }
  // ("В понедельник курьер сообщил", "Вчера потерпевшая рассказала", "— призналась после концерта пенсионерка": a few words
  // of time or place before one of the public say when or where; the speaker is the last word.)
  const timed = (isPreposition(all[0]!) || RU_TIME_ADVERBS.has(all[0]!.lower)) && tokens.length >= 2 && tokens.length <= 6 && !isPreposition(tokens.at(-2)!)
    && tokens.slice(0, -1).every((t, k) => (k === 0 || /^\p{Ll}+$/u.test(t.text)) && !adverbialRole(t, k) && !isBodyWord(t) && !hasStem(t, RU_ANONYMOUS_STEMS) && !RU_SPEECH_VERBS.has(t.lower));
  // ("В понедельник перевозчик сообщил": a kind of business after them, the business the text names.)
  if (timed && BUSINESS_KIND.test(tokens.at(-1)!.lower) && /^\p{Ll}/u.test(tokens.at(-1)!.text)) {
    return { kind: 'organisation', body: tokens.at(-1)!.lower, name: [], roles: [], qualifier: null, start: tokens.at(-1)!.start, end: tokens.at(-1)!.end };
  }
  // («В соцсетях клуба болельщики пишут», «В чатах района жители жалуются»: where they wrote, lower-case words, a body's word
  // in the genitive among them, then people of a kind in the plural nominative: those people, unnamed, not a body
  // «соцсетях клуба болельщики». Guard: every word lower case, the first no body's word («В клубе …» stays as it was),
  // the last a plural of a word for people of the public the rules know.)
  const crowd = tokens.at(-1)!;
  if (['в', 'во', 'на'].includes(all[0]!.lower) && tokens.length >= 2 && tokens.length <= 5 && tokens.every((t) => /^\p{Ll}/u.test(t.text))
    && !isBodyWord(tokens[0]!) && /(?:[^аеиоуыэюя]и|ы)$/u.test(crowd.lower) && (russianRoles(crowd.lower) ?? []).some((r) => RU_PEOPLE_ROLES.has(r))
    && !tokens.slice(0, -1).some((t) => isPreposition(t) || RU_SPEECH_VERBS.has(t.lower))) {
    return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, start: crowd.start, end: crowd.end };
  }
  // («Вечером жильцы возмущались, что …», «Вчера жители жаловались»: a word of time, then people of a kind in the plural, a
  // group, unnamed; not a body «Вечером». Guards: the same `timed` opening, but begun by a word of time or «после» /
  // «перед», never «в» / «на», which open a body («напомнили в Минтрансе республики», «В «Невской теплосети» «Фонтанке»»);
  // the last word in lower case and read alone as an unnamed plural group.)
  const byTime = RU_TIME_ADVERBS.has(all[0]!.lower) || ['после', 'перед'].includes(all[0]!.lower);
  const timedGroup = timed && byTime && /^\p{Ll}/u.test(tokens.at(-1)!.text) ? parseRussianPhrase(tokens.slice(-1)) : null;
  if (timedGroup?.kind === 'anonymous' && timedGroup.plural) return timedGroup;
  if (timed && isMemberOfPublic(tokens.slice(-1))) {
    return { kind: 'title', name: [], roles: [tokens.at(-1)!.lower], qualifier: null, start: tokens.at(-1)!.start, end: tokens.at(-1)!.end };
  }
  // ("— призналась после концерта пенсионерка", "— сказал после игры болельщик": one word for a person the rules know as a
  // role, in the nominative; not "В окружении губернатора считают", the role in the genitive.)
  const last = tokens.at(-1);
  const roleNominative = last !== undefined && /^\p{Ll}/u.test(last.text)
    && (russianRoles(last.lower) ?? []).some((r) => [r, `${r}ка`, `${r}ша`, `${r}ница`].includes(last.lower));
  if (timed && roleNominative) {
    const one = parseRussianPhrase(tokens.slice(-1));
    if (one?.kind === 'title') return one;
  }
  // "— сказал на послематчевой пресс-конференции главный тренер СКА Name": an adverbial before a titled full name says
  // where, not who; the speaker starts at the role (with its adjectives).
  // (Not "в сообщении слова директора Name": whose words, read below in the genitive.)
  if (tokens.length > 3 && isPreposition(all[0]!) && hasFullName(tokens.slice(-2)) && !tokens.some((t) => t.lower === 'слова')) {
    const role = tokens.findIndex((t, k) => k > 1 && russianRoles(t.lower) !== null);
    let s = role;
    while (s > 1 && /^\p{Ll}+(?:ый|ий|ой|ая|яя)$/u.test(tokens[s - 1]!.text)) s--;
    if (role > 1 && !tokens.slice(0, s).some((t, i) => adverbialRole(t, i))) tokens = tokens.slice(s);
  }
  // ("господина Сафронова": a courtesy title is no part of the name.)
  while (tokens.length > 0 && (RU_TRAILERS.has(tokens[0]!.lower) || ['сам', 'сама', 'сами'].includes(tokens[0]!.lower)
    || (tokens.length > 1 && /^(?:господин|госпож|г-н|г-жа)\p{Ll}{0,2}$/u.test(tokens[0]!.lower)))) tokens = tokens.slice(1);
  // (Up to 20 words: a title may be a long chain of genitives, "Заместитель директора департамента … Министерства просвещения Российской Федерации".)
  if (tokens.length === 0 || tokens.length > 20) return null;
  if (tokens.some((t) => RU_SPEECH_VERBS.has(t.lower))) return null;
  // (Thirty-seventh session: «В пресс-службе мэрии отказались назвать дату, но сообщили, что …»: a verb of refusing in the
  // past tense, or a past tense with an infinitive after it, is what the body did, never part of a name; the phrase was read
  // whole as a body, «пресс-службе мэрии отказались назвать дату». Shorter phrases before the verb are still tried, so the
  // body is the press office's. Guards: «отказал-» / «воздержал-» only reflexive (-ся / -сь), which no noun is; else a past
  // tense in -л / -ла / -ли / -ло (perhaps reflexive) right before a lower-case infinitive in -ть / -ти (-ся / -сь).)
  if (tokens.some((t, k) => /^(?:отказал|воздержал)(?:ся|ась|ись|ось)$/u.test(t.lower)
    || (/^\p{Ll}{3,}л[аио]?(?:сь|ся)?$/u.test(t.text) && /^\p{Ll}{2,}т[ьи](?:сь|ся)?$/u.test(tokens[k + 1]?.text ?? '')))) return null;
  // ("в главном управлении МЧС России по Пермскому краю": a territorial office, "по" and a place, is part of its name.)
  // ("в Государственной инспекции труда в Сахалинской области": so is "в" and a region, as such offices are named.)
  if (['в', 'во'].includes(all[0]!.lower)) {
    const by = tokens.findIndex((t, k) => k > 0 && (t.lower === 'по' || (['в', 'во'].includes(t.lower) && isRegion(tokens.slice(k + 1)))));
    const place = by > 0 ? tokens.slice(by + 1) : [];
    const core = tokens.slice(0, Math.max(by, 0));
    if (place.length > 0 && place.length <= 3 && /^\p{Lu}/u.test(place[0]!.text) && !place.some((t) => isPreposition(t))
      && core.length <= 5 && core.some((t) => isBodyWord(t) || isAcronym(t)) && !core.some((t) => isPreposition(t) || isOutletWord(t) || RU_LISTENERS.has(t.lower))) {
      // («в пресс-службе Главного управления МЧС по Приморскому краю»: the press office is no part of the office's name; the
      // body it speaks for is (twenty-ninth session), so that a later «в ведомстве» finds it. Guard: a body after it.)
      const office = isPressOffice(tokens[0]!) && core.length >= 2 ? 1 : 0;
      return { kind: 'organisation', body: tokens.slice(office).map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, start: tokens[office]!.start, end: tokens.at(-1)!.end };
    }
    // («В Ассоциации пациентов с сахарным диабетом Саратовской области»: a preposition inside a body's own name,
    // russian-body-name-with-preposition.ts.)
    // («в МУП «Водоканал Махачкалы»»: a legal form and the name after it, russian-legal-form-body.ts.)
    if (isBodyNameWithPreposition(tokens, isBodyWord, (t) => russianRoles(t.lower) !== null) || isLegalFormAndName(tokens, (t) => russianRoles(t.lower) !== null)) {
      return { kind: 'organisation', body: tokens.map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, start: tokens[0]!.start, end: tokens.at(-1)!.end };
    }
  }
  // "— сказал РБК Журавлев", "В ведомстве «Интерфаксу» пояснили": the outlet told is a listener, not the speaker.
  // ("Об этом Znak.com сообщили в пресс-службе", "пояснили «Газете.Ru»": an outlet named by its web address too.)
  const told = (t: Token) => isOutletWord(t) || RU_LISTENERS.has(t.lower) || isWebOutlet(t.text);
  let lead = 0;
  while (lead < tokens.length - 1 && told(tokens[lead]!)) lead++;
  if (lead > 0 && !['в', 'во'].includes(tokens[lead]!.lower)) tokens = tokens.slice(lead);
  while (tokens.length > 1 && told(tokens.at(-1)!)) tokens = tokens.slice(0, -1);
  // ("В городском лесничестве активистам сообщили": whom the body told, after it, in the dative plural.)
  if (tokens.length > 2 && ['в', 'во'].includes(all[0]!.lower) && isDativeListenerAfterBody(tokens.at(-1)!.text, isBodyWord(tokens.at(-2)!))) tokens = tokens.slice(0, -1);
  if (tokens.length === 1 && told(tokens[0]!) && !/^\p{Lu}{2,}$/u.test(tokens[0]!.text)) return null; // "«Интерфаксу»" alone: whom
  const span = { start: tokens[0]!.start, end: tokens.at(-1)!.end };
  // ("— пишет нам подписчица", "— рассказал нам читатель из соседнего дома": one of the public, by a word for a person the
  // rules do not know as a role, and perhaps where they are from; unnamed.)
  // ("…, заявил перевозчик", "По словам застройщика", "Подрядчик пояснил": one word for a kind of business is the business
  // the text names, as "компания" is, not a person; "the carrier" in English copy is read so too.)
  // («Антимонопольщики считают», «По мнению антимонопольщиков»: the body whose people they are.)
  const people = tokens.length === 1 ? bodyPeople(tokens[0]!) : null;
  if (people) return { kind: 'organisation', body: people, name: [], roles: [], qualifier: null, ...span };
  if (tokens.length === 1 && BUSINESS_KIND.test(tokens[0]!.lower) && !isBodyWord(tokens[0]!)) {
    return { kind: 'organisation', body: tokens[0]!.lower, name: [], roles: [], qualifier: null, ...span };
  }
  // («Охранник соседнего магазина», «Машинист электрички», «Кондуктор одного из автобусов»: such a word and whose or where
  // they are, in the genitive, lower-case: someone described, not named, read as the word's post is (see describedPeople).)
  // (Guard: not an adjective shaped as a participle before a body's word, «Государственная инспекция труда», «Государственная
  // жилищная инспекция», «Государственная дума»: that is the body, read below.)
  if (tokens.length >= 2 && tokens.length <= 4 && isRussianPeopleNoun(tokens[0]!.lower) && !isBodyWord(tokens[0]!) && !tokens.slice(1).some(isBodyWord) && !hasStem(tokens[0]!, RU_ANONYMOUS_STEMS)
    && !hasStem(tokens[0]!, RU_DOCUMENT_STEMS) && !isOutletWord(tokens[0]!) && /^\p{Ll}+(?:ого|его|ой|ей|[аяыи]|ов|ев)$/u.test(tokens[1]!.text)
    && tokens.slice(1).every((t) => /^\p{Ll}+$/u.test(t.text) && (t.lower === 'из' || !isPreposition(t)) && !RU_SPEECH_VERBS.has(t.lower) && !RU_LISTENERS.has(t.lower) && !RU_TRAILERS.has(t.lower))) {
    return { kind: 'title', name: [], roles: [tokens[0]!.lower], qualifier: null, ...span };
  }
  // (A bare word of that kind is read as a post is: the one the text has been quoting, or unnamed when it quoted nobody.)
  if (isMemberOfPublic(tokens)) {
    return tokens.length === 1 ? { kind: 'title', name: [], roles: [tokens[0]!.lower], qualifier: null, ...span } : { kind: 'anonymous', name: [], roles: [], qualifier: null, ...span };
  }
  // "один из них", "одна из мам, попросившая …": one unnamed member of a group (with a full name after it, that person).
  // ("Один мастер мне сказал": one of a kind of people, with no name, is as unnamed.)
  const ones = ['один', 'одна', 'одно', 'одни', 'одного', 'одной', 'одному', 'одним'];
  if (ones.includes(tokens[0]!.lower) && tokens.length >= 2 && tokens.length <= 4 && tokens.slice(1).every((t) => /^\p{Ll}{2,}$/u.test(t.text))
    && !isBodyWord(tokens[1]!) && tokens[1]!.lower !== 'из') {
    // (Its noun kept as its role, so that a later "по словам чиновника" is the same unnamed person.)
    return { kind: 'anonymous', name: [], roles: [...(russianRoles(tokens[1]!.lower) ?? [tokens[1]!.lower])], qualifier: null, ...span };
  }
  if (ones.includes(tokens[0]!.lower) && tokens[1]?.lower === 'из' && !hasFullName(tokens.slice(2))) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, ...span };
  }
  // («…, добавил один из собеседников. …, уточнил другой»: «другой» / «второй» alone, the other of the unnamed sources
  // just quoted, is as unnamed as «один из них» (thirty-first session). Guard: that one word, the whole phrase, lower-case.)
  if (tokens.length === 1 && /^(?:друг(?:ой|ая|ие)|втор(?:ой|ая)|трет(?:ий|ья))$/u.test(tokens[0]!.text)) {
    return { kind: 'anonymous', plural: tokens[0]!.text === 'другие' || undefined, name: [], roles: [], qualifier: null, ...span };
  }
  // ("Топ-менеджер одного из крупных банков": someone of a body the text does not name, unnamed.)
  const ofOne = tokens.findIndex((t, k) => k > 0 && ['одного', 'одной'].includes(t.lower) && tokens[k + 1]?.lower === 'из');
  // («Агент одного из нападающих», «Сын одной из пострадавших»: any one word for a person before «одного из», not a body's
  // word, is as unnamed (twenty-ninth session); guard: right before it, and no body, acronym or pronoun.)
  const anyOne = ofOne === 1 && /^\p{L}\p{Ll}{2,}$/u.test(tokens[0]!.text) && !isBodyWord(tokens[0]!) && !isAcronym(tokens[0]!) && !RU_PRONOUNS[tokens[0]!.lower]
    && !isOutletWord(tokens[0]!) && !hasStem(tokens[0]!, RU_DOCUMENT_STEMS);
  if (ofOne > 0 && ofOne <= 3 && (russianRoles(tokens[0]!.lower) !== null || anyOne) && !hasFullName(tokens.slice(ofOne))) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, ...span };
  }
  // ("По словам двух из них", "трое из опрошенных": several of a group, unnamed.)
  if (/^(?:дв(?:а|е|ух|ум|умя)|тр(?:и|ех|ёх|ем|емя)|четыр(?:е|ех|ёх)|нескольк(?:о|их|им)|двое|трое|двоих|троих)$/u.test(tokens[0]!.lower) && tokens[1]?.lower === 'из'
    && !hasFullName(tokens.slice(2))) {
    return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, ...span };
  }
  // "— приводятся в сообщении слова генерального директора Name": whose words, in the genitive.
  const words = tokens.findIndex((t) => t.lower === 'слова');
  if (words >= 0 && words < tokens.length - 1) {
    // ("— передает ТАСС слова очевидцев": people of a kind, unnamed.)
    if (isUnnamedPluralGenitive(tokens.slice(words + 1))) return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, ...span };
    let whose = parseRussianPhrase(tokens.slice(words + 1));
    // ("— приводит слова Name пресс-служба губернатора": who relays them comes after whose words; the name is the words'.)
    for (let n = tokens.length - words - 2; whose?.kind !== 'name' && n >= 1; n--) {
      const shorter = parseRussianPhrase(tokens.slice(words + 1, words + 1 + n));
      if (shorter?.kind === 'name') whose = shorter;
    }
    if (whose?.kind === 'name') return { ...whose, name: whose.name.map(nominative) };
    if (whose) return whose;
  }
  // "В Минприроды напомнили", "Росавиация сообщила": a ministry's or agency's short name is a body, never a surname.
  // ("Минприроды России": with the country it belongs to.)
  // ("регионального Минздрава": adjectives before it say which.)
  const adjectives = tokens.findIndex((t) => !/^\p{Ll}+(?:ый|ий|ой|ая|ого|его|ому|ом|ой|ую)$/u.test(t.text));
  if (adjectives > 0 && adjectives === tokens.length - 1 && isShortBodyName(tokens.at(-1)!.text)) {
    return { kind: 'organisation', body: tokens.at(-1)!.text, name: [], roles: [], qualifier: null, start: tokens.at(-1)!.start, end: tokens.at(-1)!.end };
  }
  // ("сообщили в краевом минтрансе", "В областном минздраве пояснили": regional copy writes a ministry's short name in lower case.)
  if (['в', 'во'].includes(all[0]!.lower) && adjectives === tokens.length - 1 && isShortBodyName(capitalised(tokens.at(-1)!.text))
    && /^мин/u.test(tokens.at(-1)!.text)) {
    // (In the nominative: "краевом минтрансе" → краевой минтранс, "республиканском" → республиканский.)
    const nominal = (w: string) => w.replace(/^(мин\p{Ll}+[бвгдзклмнпрстфхцчшщ])[еу]$/u, '$1').replace(/^(мин\p{Ll}+)о[ею]$/u, '$1ой')
      .replace(/^(областн|краев|городск|окружн|районн)(?:ом|ого)$/u, '$1ой').replace(/([кгх])(?:ом|ого)$/u, '$1ий').replace(/(?:ом|ого)$/u, 'ый');
    return { kind: 'organisation', body: tokens.map((t) => nominal(t.text)).join(' '), name: [], roles: [], qualifier: null, ...span };
  }
  // («Как пояснили в минсельхозе региона», «в Минздраве области»: a ministry's short name and the region's generic word,
  // the ministry; the resolver finds the one the text names in full. Forty-first session, dev d2292. Guard: the short name
  // of a field SHORT_MINISTRY knows, then only «региона», «области», «края» or «республики».)
  if (tokens.length === 2 && SHORT_MINISTRY.test(tokens[0]!.lower) && (['в', 'во'].includes(all[0]!.lower) || /^\p{Lu}/u.test(tokens[0]!.text))
    && /^(?:региона|области|края|республики)$/u.test(tokens[1]!.text)) {
    return { kind: 'organisation', body: `${tokens[0]!.lower.replace(/(?:а|е|у|ом)$/u, '')} ${tokens[1]!.text}`, name: [], roles: [], qualifier: null, ...span };
  }
  if (isShortBodyName(tokens[0]!.text)
    && (tokens.length === 1 || (tokens.length === 2 && (/^Росси/u.test(tokens[1]!.text) || tokens[1]!.text === 'РФ')))) {
    return { kind: 'organisation', body: tokens.map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, ...span };
  }
  // "два горняка", "несколько жителей": people counted, not named.
  // ("Пять региональных банков": bodies counted, not named, are unnamed too.)
  if (tokens.length <= 3 && RU_NUMERALS.has(tokens[0]!.lower) && tokens.length > 1 && tokens.slice(1).every((t) => /^\p{Ll}/u.test(t.text))
    && (!tokens.slice(1).some(isBodyWord) || (tokens[0]!.lower !== 'ряд' && /(?:ов|ий|ей|ых|их|ии)$/u.test(tokens.at(-1)!.lower)))) {
    return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, ...span };
  }
  // ("три аналитика масличного рынка", "два экономиста крупных банков": people counted by their role, then whose.)
  if (tokens.length <= 6 && RU_NUMERALS.has(tokens[0]!.lower) && tokens.length > 2 && russianRoles(tokens[1]!.lower) !== null
    && tokens.slice(1).every((t) => /^\p{Ll}/u.test(t.text) && !isPreposition(t))) {
    return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, ...span };
  }
  // ("платформы Энерго.РФ": a name with a domain's dot is a body.)
  if (tokens.length <= 3 && /^\p{Lu}\p{Ll}+\.\p{L}{2,3}$/u.test(tokens.at(-1)!.text)) {
    const last = tokens.at(-1)!;
    return { kind: 'organisation', body: last.text, name: [], roles: [], qualifier: null, start: last.start, end: last.end };
  }
  // ("В окружении губернатора говорят", "в деловых кругах считают": the people around someone, unnamed.)
  // («В кулуарах форума говорили», «в кулуарах суда говорят»: people talking in a venue's lobbies, unnamed, whatever venue
  // or body's word follows; thirtieth session. Guard, as for the others: no full name among the words.)
  if (['в', 'во'].includes(all[0]!.lower) && tokens.findIndex((t) => /^(?:окружени|круга|кругах|кулуарах)/u.test(t.lower)) >= 0
    && tokens.findIndex((t) => /^(?:окружени|круга|кругах|кулуарах)/u.test(t.lower)) <= 1 && !hasFullName(tokens)) {
    return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, ...span };
  }
  // («Сообщили в профильном ведомстве», «в профильном министерстве уточнили», «профильное ведомство сообщило»: the body
  // in charge, which the words do not name: an unnamed source (thirtieth session; cf. «два источника в профильных
  // ведомствах», dev d342). Guard: nothing after the body's word, so «В профильном комитете Совета Федерации» stays the
  // named body's (test-20 r03).)
  // (Whom it was told may come first: «сообщили порталу в профильном ведомстве».)
  const toldFirst = all.findIndex((t) => !(RU_LISTENERS.has(t.lower) || isOutletWord(t)));
  const inPlace = toldFirst > 0 ? all.slice(toldFirst) : all;
  const inCharge = inPlace[0] && ['в', 'во'].includes(inPlace[0].lower) ? inPlace.slice(1) : inPlace;
  if (inCharge.length === 2 && /^профильн(?:ом|ой|ое|ый|ая)$/u.test(inCharge[0]!.text) && /^\p{Ll}/u.test(inCharge[1]!.text) && isBodyWord(inCharge[1]!)) {
    return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, ...span };
  }
  // («В соцсетях пишут», «в городских пабликах пишут», «в местных чатах сообщают», «в интернете пишут»: where people wrote
  // online, no one named: unnamed, as «жители пишут в соцсетях» is (test-20 r08, test-21 r08). russian-online-places.ts.)
  if (isUnnamedOnlinePlace(all, isBodyWord)) return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, ...span };
  // («Как пишут латвийские СМИ», «местные телеграм-каналы сообщают»: the press or pages online, none named, as the subject;
  // unnamed, as «по данным местных СМИ» is, dev d1430; thirty-first session. russian-online-places.ts.)
  if (isUnnamedOnlineSourcesNominative(all)) return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, ...span };
  // ("В правоохранительных органах сообщили", "в силовых структурах", "в экстренных службах": bodies of a kind, in the
  // plural, none of them named: unnamed.)
  // (Whom it was told may come first: "сообщили «Интерфаксу» в правоохранительных органах".)
  const inAt = tokens.findIndex((t) => ['в', 'во'].includes(t.lower));
  const kindOfAll = inAt > 0 && tokens.slice(0, inAt).every(told) ? tokens.slice(inAt + 1) : inAt < 0 && ['в', 'во'].includes(all[0]!.lower) ? tokens : [];
  // («В правоохранительных органах «Пермь Онлайн» сообщили»: whom it was told, an outlet's capitalised name, may come after
  // them too; bodies of a kind in the plural have no one name of their own, so the name is no body's. Guard: one to three
  // capitalised words right after the kind word, nothing else.)
  const kindAt = kindOfAll.findIndex((t) => PLURAL_BODIES_OF_A_KIND.test(t.text));
  const toldAfter = kindAt >= 1 && kindOfAll.length - kindAt - 1 >= 1 && kindOfAll.length - kindAt - 1 <= 3
    && kindOfAll.slice(kindAt + 1).every((t) => /^\p{Lu}/u.test(t.text));
  const kindOf = toldAfter ? kindOfAll.slice(0, kindAt + 1) : kindOfAll;
  // («рассказали «Известиям» в двух крупных аптечных сетях», «в нескольких управляющих компаниях»: a count, then bodies
  // of a kind in the locative plural, whatever the noun: several bodies, none named, unnamed (thirty-first session; dev
  // has unnamed firms of a kind, d135, d231). Guard: the count word first, then only lower-case adjectives and the noun
  // in -ах / -ях, perhaps one genitive after it, where they are or of what, «… компаниях Котласа», «… агентствах
  // недвижимости».)
  const counted = isCountOfBodies(kindOf) || (kindOf.length >= 3 && /^\p{L}\p{Ll}+$/u.test(kindOf.at(-1)!.text) && !isPreposition(kindOf.at(-1)!)
    && isCountOfBodies(kindOf.slice(0, -1)));
  if (counted || (kindOf.length >= 2 && kindOf.length <= 3 && kindOf.slice(0, -1).every((t) => /^\p{Ll}+(?:ых|их)$/u.test(t.text))
    && PLURAL_BODIES_OF_A_KIND.test(kindOf.at(-1)!.text))) {
    return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, start: kindOf[0]!.start, end: kindOf.at(-1)!.end };
  }
  // "Там добавили": the body that spoke last.
  if (tokens.length === 1 && tokens[0]!.lower === 'там') {
    return { kind: 'organisation', body: 'там', name: [], roles: [], qualifier: null, ...span };
  }
  // "В пресс-службе ЦБ сообщили", "в пресс-службе клуба": the body the press office speaks for.
  // ("Как уточнили в пресс-службе, …": the body whose press office spoke last.)
  if (tokens.length === 1 && ['в', 'во'].includes(all[0]!.lower) && isPressOffice(tokens[0]!)) {
    return { kind: 'organisation', body: 'там', name: [], roles: [], qualifier: null, ...span };
  }
  // ("в пресс-службе магистрали", "в пресс-службе дороги": the railway the text names.)
  if (tokens.length === 2 && isPressOffice(tokens[0]!) && /^(?:магистрал[иь]|дороги)$/u.test(tokens[1]!.lower)) {
    return { kind: 'organisation', body: 'железная дорога', name: [], roles: [], qualifier: null, start: tokens[1]!.start, end: tokens[1]!.end };
  }
  // («В отделе кадров комбината пояснили»: a department of a body is read as its press office is,
  // russian-department-of-body.ts.)
  const office = isPressOffice(tokens[0]!) ? 1 : departmentLength(tokens);
  if (tokens.length > office && office > 0) {
    const rest = tokens.slice(office);
    const named = rest.findIndex((t) => /^\p{Lu}/u.test(t.text));
    // ("в пресс-службе правительства Самарской области": a state body's head word is part of its name.)
    // ("в пресс-службе министерства лесного комплекса Иркутской области": the words between the head and the place too.)
    const headed = named >= 1 && named <= 4 && STATE_WORDS.test(rest[0]!.lower) && /^\p{Ll}/u.test(rest[0]!.text)
      && !rest.slice(1, named).some((t) => isPreposition(t)) ? [bodyNominative(rest[0]!.text), ...rest.slice(1, named).map((t) => t.text)] : [];
    const body = named >= 0 ? [...headed, ...rest.slice(named).map((t) => t.text)].join(' ') : bodyNominative(rest[0]!.text);
    if (named >= 0 || (rest.length === 1 && isBodyWord(rest[0]!))) {
      return { kind: 'organisation', body, name: [], roles: [], qualifier: null, start: rest[0]!.start, end: rest.at(-1)!.end };
    }
    // («Пресс-служба оператора сообщила», «в пресс-службе перевозчика»: a kind of business, the business the text names, read
    // as «…, заявил перевозчик» is below; thirty-second session, dev d1520, and d1477's «в пресс-службе оператора». Guard: the
    // one word after the office, lower case.)
    if (rest.length === 1 && BUSINESS_KIND.test(rest[0]!.text) && !isBodyWord(rest[0]!)) {
      return { kind: 'organisation', body: rest[0]!.text, name: [], roles: [], qualifier: null, start: rest[0]!.start, end: rest[0]!.end };
    }
    // («в пресс-службе областной прокуратуры», «в пресс-службе районного суда»: an adjective and a state body's head word in
    // the genitive, the body in the nominative; russian-adjective-body-nominative.ts.)
    if (named < 0 && rest.length === 2 && STATE_WORDS.test(rest[1]!.lower) && !isPreposition(rest[0]!)) {
      const own = adjectiveBodyNominative(rest[0]!.text, bodyNominative(rest[1]!.text));
      if (own) return { kind: 'organisation', body: own, name: [], roles: [], qualifier: null, start: rest[0]!.start, end: rest[1]!.end };
    }
    // ("в пресс-службе правительства области", "в пресс-службе управы района": a state body's head word, then the lower-case
    // genitives of whose it is; the body in the nominative, not the press office in the locative.)
    if (named < 0 && rest.length <= 3 && STATE_WORDS.test(rest[0]!.lower) && !rest.some((t) => isPreposition(t))) {
      const own = [bodyNominative(rest[0]!.text), ...rest.slice(1).map((t) => t.text)].join(' ');
      return { kind: 'organisation', body: own, name: [], roles: [], qualifier: null, start: rest[0]!.start, end: rest.at(-1)!.end };
    }
  }
  // "сообщили РИА Новости в ведомстве": whom it was told, then the body that told it.
  const inBody = tokens.findIndex((t, k) => k > 0 && ['в', 'во'].includes(t.lower));
  const body = inBody > 0 ? tokens.slice(inBody + 1) : [];
  // ("сообщили РИА Новости в пресс-службе театра": the press office's body.)
  if (inBody > 0 && body[0] !== undefined && isPressOffice(body[0]) && body.length > 1 && tokens.slice(0, inBody).every((t) => isOutletWord(t) || RU_LISTENERS.has(t.lower) || isWebOutlet(t.text))) {
    return parseRussianPhrase(body);
  }
  // ("Как сообщили агентству в Государственной инспекции труда в Сахалинской области": whom it was told, a word for an
  // outlet, then the body read as if the phrase opened with "в".)
  // (Forty-fifth session: «…, сообщили порталу в компании»: the body's common word alone after «в» too, read as «сообщили
  // в компании» is, the company the text named; test-62 r10. Guard: a lower-case word, read as a body.)
  if (inBody > 0 && (body.length > 1 || (body.length === 1 && /^\p{Ll}{4,}$/u.test(body[0]!.text))) && tokens.slice(0, inBody).every((t) => RU_LISTENERS.has(t.lower))) {
    const told = parseRussianPhrase(tokens.slice(inBody));
    if (told?.kind === 'organisation') return told;
  }
  const listener = tokens.slice(0, inBody).every((t) => /^\p{Lu}/u.test(t.text) && russianRoles(t.lower) === null && !hasStem(t, RU_ANONYMOUS_STEMS));
  // ("сообщили РИА Новости в Роспотребнадзоре": after a news agency told, a capitalised word is the body's own name.)
  const agencyTold = listener && inBody > 0 && tokens.slice(0, inBody).some((t) => isOutletWord(t));
  const namedBody = agencyTold && body.length === 1 && /^\p{Lu}\p{Ll}{4,}е$/u.test(body[0]!.text);
  // ("в региональном управлении МЧС": an adjective first.)
  // (Forty-fourth session: not a chat or a page online first, «Рабочие в чате предприятия пишут»: people where they wrote,
  // the capitalised word no outlet told; it had been a body «чате предприятия». russian-online-places.ts; test-62 r10.)
  if (listener && body.length > 0 && body.length <= 4 && !isOnlinePlaceWord(body[0]!.lower) && (hasStem(body[0]!, RU_BODY_STEMS) || namedBody || (body.length > 1 && body.some((t) => isBodyWord(t) || isAcronym(t))))
    && !body.some((t) => isPreposition(t))) {
    // ("В управе района пояснили", "в администрации района": a state body's head word first, lower-case genitives after it, the
    // head in the nominative.)
    const headFirst = body.length > 1 && body.length <= 3 && body.every((t) => /^\p{Ll}/u.test(t.text)) && STATE_WORDS.test(body[0]!.lower);
    const named = namedBody ? body[0]!.text.slice(0, -1)
      : (body.length === 1 || headFirst) && /^\p{Ll}/u.test(body[0]!.text) ? [bodyNominative(body[0]!.text), ...body.slice(1).map((t) => t.text)].join(' ')
        : body.map((t) => t.text).join(' ');
    return { kind: 'organisation', body: named, name: [], roles: [], qualifier: null, start: body[0]!.start, end: body.at(-1)!.end };
  }
  // "Гидрологи предупреждают", "Местные жители говорят": a plural noun (an adjective before it) is a group, unnamed.
  // (Not "отчетности", "информации": abstract nouns in -ость, -ия.)
  // ("Горожане", "россияне": the plural in -ане / -яне.)
  // (Not "В «Караване» заявили": people are never "в" someone.)
  const within = ['в', 'во', 'на'].includes(all[0]!.lower);
  // (Not a Kazakh patronymic used as a surname, "Бекқызы".)
  const pluralNoun = (t: Token) => isPeopleAdjectiveNoun(t.lower) || !isPatronymic(t.text) && (within ? /^\p{L}\p{Ll}{3,}(?:[^аеиоуыэюя]и|ы)$/u : /^\p{L}\p{Ll}{3,}(?:[^аеиоуыэюя]и|ы|[ая]не)$/u).test(t.text) && !/ост[иь]$/u.test(t.lower) && !hasStem(t, RU_DOCUMENT_STEMS) && !isShortBodyName(t.text) && !isBodyWord(t) && !isOutletWord(t)
    // («По словам Ирины, …», «По мнению Натальи»: a listed first name in the genitive alone is the woman the text named, not
    // a group; capitalised only (russian-given-name-genitive.ts), so «фермеры», «Рыбаки» are read as ever.)
    && !isGivenNameInGenitive(t.text);
  // ("Синоптики Мурманского УГМС": people of a body, unnamed.)
  const ofBody = tokens.length > 1 && tokens.length <= 4 && tokens.slice(1).some((t) => isAcronym(t) || isBodyWord(t)) && !tokens.slice(1).some((t) => isPreposition(t));
  // (Forty-second session: not «главы кооператива Name Surname», one head named; russian-head-of-body-named.ts.)
  const headOfBodyNamed = isHeadOfBodyNamed(tokens);
  // ("жители Первоуральска в местных пабликах", "Горожане в комментариях": a group, where it is from, then where it spoke.)
  const at = tokens.findIndex((t) => isPreposition(t));
  const group = at > 0 ? tokens.slice(0, at) : at < 0 ? tokens : [];
  // (A role's plural too, "жители", "врачи"; not "главы", "судьи", a genitive singular as well.)
  const plainPlural = (t: Token) => isPeopleAdjectiveNoun(t.lower) || !isPatronymic(t.text) && /^\p{L}\p{Ll}{3,}(?:[^аеиоуыэюя]и|ы|[ая]не)$/u.test(t.text) && !/ост[иь]$/u.test(t.lower)
    && !isBodyWord(t) && !isOutletWord(t) && !hasStem(t, RU_DOCUMENT_STEMS) && !/^(?:глав|судь|коллег)/u.test(t.lower)
    // («По словам Ирины, …», «По мнению Натальи»: a listed first name in the genitive alone is the woman the text named, not
    // a group; capitalised only (russian-given-name-genitive.ts), so «фермеры», «Рыбаки» are read as ever.)
    && !isGivenNameInGenitive(t.text);
  // ("Аксакалы Кара-Суу утверждают", "Старейшины Жанаталапа", "Фермеры Сарыагаша": a group, then the place it is from, in
  // any case; only a plural no first name has, in -ы or -ки / -ги / -хи, a role's or an adjective's, so that "Джанни
  // Инфантино" stays a man.)
  const ofPlace = group.length === 2 && /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u.test(group[1]!.text) && !isPatronymic(group[1]!.text)
    // (Not a woman's or a man's name in the genitive, "Ирины Волковой", "Никиты Петрова", "Луки Модрича": a surname's ending.)
    && !/(?:ой|ого|[оеё]ва|[иы]на|ича|яна?|енко|швили|дзе)$/u.test(group[1]!.lower) && !isAcronym(group[1]!) && !isBodyWord(group[1]!) && !isShortBodyName(group[1]!.text) && russianRoles(group[1]!.lower) === null
    && (/(?:ы|[кгх]и)$/u.test(group[0]!.lower) || isPeopleAdjectiveNoun(group[0]!.lower) || russianRoles(group[0]!.lower) !== null)
    // (Not a listed first name in the genitive before a surname that does not decline, "Татьяны Макарчук".)
    && !isGivenNameInGenitive(group[0]!.text);
  if (group.length > 0 && group.length <= 2 && !within && plainPlural(group[0]!) && !isShortBodyName(group[0]!.text)
    && (group.length === 1 || ofPlace || /^\p{Lu}\p{Ll}+[аыи]$/u.test(group[1]!.text)) && (!hasFullName(tokens) || ofPlace)) {
    return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, start: span.start, end: group.at(-1)!.end };
  }
  // («Фермеры Шурчинского района Сурхандарьинской области», «Дехкане Бохтарского района»: a group, then the district and
  // region it is from, each an adjective and its word, in the genitive.)
  const district = group.slice(1);
  if (!within && district.length >= 2 && district.length <= 4 && district.length % 2 === 0 && plainPlural(group[0]!) && !isShortBodyName(group[0]!.text)
    && (/(?:ы|[кгх]и|[ая]не)$/u.test(group[0]!.lower) || isPeopleAdjectiveNoun(group[0]!.lower) || russianRoles(group[0]!.lower) !== null)
    && district.every((t, j) => (j % 2 === 0 ? /^\p{Lu}\p{Ll}+(?:ского|цкого|ской|цкой)$/u.test(t.text) : /^(?:района|области|края|округа|улуса)$/u.test(t.text)))) {
    return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, start: span.start, end: group.at(-1)!.end };
  }
  // (Forty-fourth session: «Студенты-биологи говорят», «Врачи-педиатры считают»: two plurals for people joined by a hyphen,
  // each read as one, are a group, unnamed; it had been a body «Студенты-биологи». test-62 r05.)
  const hyphenedPlural = tokens.length === 1 && /^\p{L}\p{Ll}+-\p{Ll}+$/u.test(tokens[0]!.text)
    && tokens[0]!.text.split('-').every((part) => pluralNoun({ ...tokens[0]!, text: part, lower: part.toLowerCase() }));
  if ((tokens.length === 1 && (pluralNoun(tokens[0]!) || hyphenedPlural)) || (tokens.length === 2 && /(?:ые|ие)$/u.test(tokens[0]!.lower) && /^\p{Ll}/u.test(tokens[1]!.text) && pluralNoun(tokens[1]!))
    || (ofBody && pluralNoun(tokens[0]!) && !headOfBodyNamed)) {
    return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, ...span };
  }
  if (tokens.length === 1 && RU_PRONOUNS[tokens[0]!.lower]) {
    return { kind: 'pronoun', pronoun: RU_PRONOUNS[tokens[0]!.lower], name: [], roles: [], qualifier: null, ...span };
  }
  // ("А. В. Гордеев", "Н. В. Гордеев": two capital letters together are initials, not the preposition "в" nor "а".)
  const initial = (k: number) => /^\p{Lu}$/u.test(tokens[k]!.text) && [tokens[k - 1], tokens[k + 1]].some((t) => t !== undefined && /^\p{Lu}$/u.test(t.text));
  const preposition = tokens.findIndex((t, k) => isPreposition(t) && !initial(k));
  // A full name before a preposition ends the speaker: "Андрей Силин в интервью …" says where, not who.
  const nameBefore = preposition >= 2 && isCapitalised(tokens[preposition - 1]!) && isCapitalised(tokens[preposition - 2]!)
    && !isAcronym(tokens[preposition - 1]!) && !isAcronym(tokens[preposition - 2]!)
    && russianRoles(tokens[preposition - 2]!.lower) === null // "Посол Франции в Казахстане …" opens with its role
    // ("Депутат Ил Тумэна от Верхоянского округа Name": the parliament's name, then the seat; the name ends the phrase.)
    && !opensMembersSeat(tokens.map((t) => t.lower), preposition, preposition === 3 && russianRoles(tokens[0]!.lower) !== null,
      tokens.slice(-2).every((t) => isCapitalised(t) && !isBodyWord(t) && !isAcronym(t) && russianRoles(t.lower) === null));
  // («Глава подразделения Siemens Mobility в странах Балтии Name Surname»: two words in Latin letters after a post and a
  // lower-case word of whose unit are a foreign body's name, not a person's; the full name at the end is the speaker.
  // Guards: both words Latin, the phrase opening with a Cyrillic post, a lower-case Cyrillic word right before them, and
  // a full name, two capitalised Cyrillic words, ending the phrase.)
  const latinBodyBefore = nameBefore && preposition >= 3 && [tokens[preposition - 1]!, tokens[preposition - 2]!].every((t) => /^[A-Z][A-Za-z&'-]*$/u.test(t.text))
    && russianRoles(tokens[0]!.lower) !== null && /^[\u0400-\u04FF]+$/u.test(tokens[preposition - 3]!.text) && /^\p{Ll}/u.test(tokens[preposition - 3]!.text)
    && tokens.slice(-2).every((t) => /^[\u0400-\u04FF]/u.test(t.text) && isCapitalised(t) && !isBodyWord(t) && !isAcronym(t));
  if (nameBefore && !latinBodyBefore) return null;
  const roleAt = tokens.findIndex((t) => russianRoles(t.lower) !== null);
  // ("сотрудник соседнего склада Антон Перевозчиков": a full name after the word for a source names them.)
  // («источник в Министерстве культуры Республики Коми»: a republic's name is no person's; russian-body-of-republic.ts.)
  const namedAtEnd = tokens.length > 2 && hasFullName(tokens.slice(-2)) && !tokens.slice(-2).some((t) => hasStem(t, RU_ANONYMOUS_STEMS))
    && !isOutletsSource(tokens.slice(-3)) && republicTail(tokens) === 0;
  if (!namedAtEnd && tokens.some((t) => hasStem(t, RU_ANONYMOUS_STEMS))) {
    // "два источника", "собеседники", "по данным источников": a group, what a later "их" / "они" means.
    // ("федеральный чиновник и топ-менеджер одной из сетей": two, joined.)
    const group = tokens.some((t) => RU_NUMERALS.has(t.lower) || t.lower === 'и' || (hasStem(t, RU_ANONYMOUS_STEMS) && /(?:и|ов|ей)$/u.test(t.lower)));
    // («— сказал чиновник» alone: read as «по словам чиновника» is, a post; the resolver gives it to the official the text
    // named, and keeps it unnamed after an unnamed official.)
    if (tokens.length === 1 && /^чиновни(?:к|ца)$/u.test(tokens[0]!.lower)) return { kind: 'title', name: [], roles: ['чиновник'], qualifier: null, ...span };
    // (An unnamed official is remembered as one, so that a later "по словам чиновника" stays unnamed.)
    const roles = !group && tokens.some((t) => hasStem(t, ['чиновник'])) ? ['чиновник'] : [];
    return { kind: 'anonymous', plural: group || undefined, name: [], roles, qualifier: null, ...span };
  }
  // ("жительница улицы Лепсе", "пенсионер с проспекта Мира": a street's name says where they live; the person is unnamed.)
  // ("Жители дома 15 по проспекту Просвещения": residents by their house number and street, the street's name no person.)
  const residents = /^(?:жител|жильц)/u.test(tokens[0]?.lower ?? '');
  // ("Жители поселка Березовка", "жительница села Ивановка": residents by their settlement, its one-word name no person;
  // only after the word for residents, since a post may be of a place and then named, "глава поселка Лыков"; and not two
  // capitalised words, which are the resident's own name, "Жительница поселка Алина Цой".)
  // («Жители поселка Ленинкент в Махачкале»: and the city it is part of, «в» and one capitalised word, read as a street's
  // town is below.)
  const settlement = (k: number) => residents && /^(?:поселк[аеу]|сел[аеу]|деревн[иеюя]|город[аеу]|станиц[ыеу]|аул[аеу]|хутор[аеу])$/u.test(tokens[k]!.lower)
    && (tokens.length === k + 2 || (tokens.length === k + 4 && ['в', 'во'].includes(tokens[k + 2]!.lower) && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(tokens[k + 3]!.text)));
  const street = tokens.findIndex((t, k) => /^(?:улиц[ыеу]|проспект[аеу]?|переулк[аеу]|бульвар[аеу]?|микрорайон[аеу]?|площад[иь])$/u.test(t.lower) || settlement(k));
  // ("жительница улицы Свободы в Слободском": and the town.)
  const town = street > 0 ? tokens.findIndex((t, k) => k > street + 1 && ['в', 'во'].includes(t.lower)) : -1;
  const streetName = street > 0 ? tokens.slice(street + 1, town > 0 && town >= tokens.length - 3 ? town : tokens.length) : [];
  if (street > 0 && streetName.length > 0 && streetName.length <= 2 && [...streetName, ...(town > 0 ? tokens.slice(town + 1) : [])].every((t) => /^\p{Lu}/u.test(t.text) || /^\p{N}/u.test(t.text))
    && tokens.slice(0, street).every((t) => /^\p{Ll}/u.test(t.text) || t === tokens[0] || (residents && /^\d+$/u.test(t.text))) && !hasFullName(tokens.slice(0, street))
    // (Not a post held there, "Председатель совета дома на улице Краснознаменной … Name": where, then who.)
    // ("Жители домов 12 и 14 на улице Гагарина": several houses' numbers.)
    && street <= (residents ? 7 : 4) && tokens.slice(0, street).every((t, k) => !isPreposition(t) || (k === street - 1 && ['с', 'со', 'из', ...(residents ? ['по', 'на'] : [])].includes(t.lower)))) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, ...span };
  }
  // ("Жительница Родников, позвонившая в редакцию", "Житель Вторчермета, пожелавший …": one capitalised word after a word
  // for residents is where they live, in the genitive, not a surname; the person is unnamed, and no named resident.)
  // («Жители Нижнего Бестяха», «Жительница Старого Оскола»: a place's name of an adjective in the genitive and its word, the
  // same; guard: the first of the two ends as an adjective's genitive, -ого / -его / -ой, which no first name in the
  // nominative does, so «Житель Сергей Петров» stays a name.)
  // («Жители Нижней Иволги»: a soft adjective's feminine genitive in -ней too; not a listed first name, «Корней».)
  const twoWordPlace = residents && tokens.length === 3 && /^\p{Lu}\p{Ll}+(?:ого|его|ой|ней)$/u.test(tokens[1]!.text) && givenNameGender(tokens[1]!.text) === null
    && /^\p{Lu}\p{Ll}{2,}$/u.test(tokens[2]!.text);
  // (Forty-fourth session: «Жители соседнего Бриляково», «жители соседней Ивановки»: a lower-case adjective in the genitive
  // before the place's one-word name, the same; it had been a person «Бриляково». Guard: the adjective lower case, in
  // -ого / -его / -ой / -ей / -их / -ых, the name no body's word. test-62 r02.)
  const placeWithAdjective = residents && tokens.length === 3 && /^\p{Ll}{3,}(?:ого|его|ой|ей|их|ых)$/u.test(tokens[1]!.text)
    && /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)*$/u.test(tokens[2]!.text) && !isBodyWord(tokens[2]!) && !isShortBodyName(tokens[2]!.text);
  if (residents && ((tokens.length === 2 && /^\p{Lu}\p{Ll}{2,}$/u.test(tokens[1]!.text)) || twoWordPlace || placeWithAdjective)) {
    return { kind: 'anonymous', plural: /[иы]$/u.test(tokens[0]!.lower) || undefined, name: [], roles: [], qualifier: null, ...span };
  }
  // («пенсионерка из Белозерска», «водитель из Левакана»: someone by what they are to the story and where they are from,
  // one capitalised word in the genitive, no name: unnamed.)
  const peopleRole = russianRoles(tokens[0]?.lower ?? '');
  if (tokens.length === 3 && peopleRole?.some((r) => RU_PEOPLE_ROLES.has(r)) && ['из', 'с', 'со'].includes(tokens[1]!.lower)
    && /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)*$/u.test(tokens[2]!.text) && !isBodyWord(tokens[2]!) && !isShortBodyName(tokens[2]!.text)) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, ...span };
  }
  // («— сказал пенсионер у входа в мэрию», «— говорит покупательница у кассы»: one of the public by where they stood, «у»
  // and lower-case words of the place, no name: unnamed (thirty-third session). Guards: the word a role the lists keep for
  // the public; after «у» one to four lower-case words, perhaps one preposition among them, never a capitalised word.)
  // (The place may end in one capitalised word, a building's or body's name, «пенсионер у здания Госдумы», «торговка у входа
  // в Пассаж»; second round. Guard: one or more lower-case words after «у» before it, the first no preposition, and only
  // one capitalised word, the last.)
  const placeEnd = tokens.length >= 4 && /^\p{Lu}[\p{L}-]+$/u.test(tokens.at(-1)!.text) ? tokens.length - 1 : tokens.length;
  const placeWords = tokens.slice(2, placeEnd);
  if (tokens.length >= 3 && tokens.length <= 6 && peopleRole?.some((r) => RU_PEOPLE_ROLES.has(r)) && tokens[1]!.lower === 'у'
    && placeWords.length > 0 && placeWords.every((t) => /^\p{Ll}+$/u.test(t.text)) && !isPreposition(tokens[2]!)
    && (placeEnd < tokens.length || !isPreposition(tokens.at(-1)!))) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, ...span };
  }
  // («пенсионерка из соседнего дома»: from a place described, not named, and no name after it: unnamed too,
  // russian-described-place-before-name.ts.)
  if (tokens.length === 4 && peopleRole?.some((r) => RU_PEOPLE_ROLES.has(r)) && isDescribedPlaceBeforeName(tokens.slice(1).map((t) => t.text))) {
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, ...span };
  }
  // ("Глава администрации Сидоров И. П.": initials after a surname, as official copy prints them, end the name; the phrase
  // is read without them.)
  // ("Нурбек Асанбек уулу", "Айгерим Токтосун кызы": a Kyrgyz or Azerbaijani "son of" / "daughter of" after the father's name
  // ends the name, as initials do.)
  const initialsAfter = lineageAfterName(tokens) ?? initialsAfterSurname(tokens);
  if (initialsAfter.length > 0) tokens = tokens.slice(0, -initialsAfter.length);
  // The name: the last one or two capitalised words, when they are no acronym or body ("… МИД России Ирина Захарчук").
  let from = tokens.length;
  while (from > 0 && tokens.length - from < 2 && isCapitalised(tokens[from - 1]!) && !isAcronym(tokens[from - 1]!) && !isShortBodyName(tokens[from - 1]!.text)
    && !isBodyWord(tokens[from - 1]!) && russianRoles(tokens[from - 1]!.lower) === null) from--;
  // The name as printed may be longer (the phrase's shape below is judged on its last two words, as ever):
  // ("Олег Вадимович Кудрявцев", "Сидоров Иван Петрович": a patronymic makes it three words.)
  let printedFrom = from;
  const third = tokens[from - 1];
  if (from > 0 && tokens.length - from === 2 && third && isCapitalised(third) && !isAcronym(third) && !isShortBodyName(third.text)
    && !isBodyWord(third) && russianRoles(third.lower) === null && hasPatronymic([third.text, ...tokens.slice(from).map((t) => t.text)])
    // (Not the end of a settlement's name, «деревни Верхняя Подъемная Нина Григорьевна»: russian-settlement-name-before-name.ts.)
    && !endsSettlementName(tokens.map((t) => t.text), from - 1)) printedFrom--;
  // ("Н. А. Гладышева", "И.П. Сидоров": initials before a surname are part of it.)
  if (tokens.length - from === 1) {
    const initials = tokens.slice(Math.max(0, from - 2), from);
    if (initials.length === 2 && initials.every((t) => /^\p{Lu}$/u.test(t.text))) printedFrom -= 2;
    else if (from > 0 && /^(?:\p{Lu}\.){2}$/u.test(tokens[from - 1]!.text)) printedFrom--;
  }
  const name = tokens.slice(from);
  // (The initials are the name's, not a title: "А. В. Гордеев" alone is a name; so is the first name before a patronymic,
  // "Паромщик Виктор Кузьмич Лаптев", "Уроженка деревни Нина Ивановна Кораблева": the title is the words before it.)
  const title = tokens.slice(0, printedFrom);
  // A preposition belongs to a title ("представитель России в Женеве Николай Сидоров"), never to a bare name or role.
  // ("фермер из Тамбовской области Name": a region of two words too.)
  // ("фермер из села Name Name Surname": a settlement's word, then its name, too.)
  // (Its name may be two words: "из села Слобозия Маре Name Surname".)
  // («пекарь из района Name Surname», «из микрорайона Name»: a district's word before its own name, the same; guard: the word
  // is lower-case and the name after it capitalised, so «из Ленинского района» stays a region read below.)
  // (Thirty-seventh session, second round: «Дворник с проспекта Name Имя Фамилия», «сторож с улицы Name Name Имя Фамилия»: a
  // street's word and its name the same; the phrase was null, and the reading of it cut short before the surname was a
  // resident of a street, unnamed. Guard: the street's word right after «из» / «с» / «со», its name capitalised.)
  const settled = (title.length === 4 || title.length === 5) && /^(?:села|деревни|поселка|посёлка|города|аула|станицы|хутора|кишлака|района|микрорайона|махалли|джамоата|улицы|проспекта|переулка|бульвара|площади|набережной)$/u.test(title[2]!.lower)
    && title.slice(3).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) ? title.length - 3 : 0;
  // («Фермер из Аглонской волости Name»: a Latvian, Estonian or Pskov «волость», a rural district, is one too; fortieth
  // session, test-58 r10, russian-rural-district-word.ts.)
  const regionWord = (t: Token | undefined) => t !== undefined && (/^(?:област|кра[яе]|район|округ|республик|улус)/u.test(t.lower) || isRuralDistrictWord(t.lower));
  // ("Фермер из Ипатовского округа Ставропольского края Name": the district, then the region, each an adjective and its word.)
  const districtAndRegion = title.length === 6 && regionWord(title[3]) && /^\p{Lu}\p{Ll}/u.test(title[4]!.text) && regionWord(title[5]) ? 3 : 0;
  const region = title.length === 4 && regionWord(title[3]) ? 1 : districtAndRegion || settled;
  // («фермер из соседней деревни Name Surname»: a place described, not named, russian-described-place-before-name.ts.)
  const describedPlace = name.length === 2 && title.length === 4 && isDescribedPlaceBeforeName(title.slice(1).map((t) => t.text));
  const fromPlace = name.length === 2 && preposition === 1 && ['из', 'с', 'со'].includes(tokens[1]!.lower)
    && ((title.length === 3 + region && /^\p{Lu}\p{Ll}/u.test(tokens[2 + settled]!.text)) || describedPlace)
    && russianRoles(tokens[0]!.lower) === null && !isBodyWord(tokens[0]!);
  // ("Паромщик с тридцатилетним стажем Name Surname", "Водитель со стажем Name": a word for what they do, then how long, in
  // the instrumental after «с», then the full name: a description too.)
  const withExperience = name.length === 2 && preposition === 1 && ['с', 'со'].includes(tokens[1]!.lower) && title.length >= 3 && title.length <= 4
    && /^(?:стаж|опыт)(?:ем|ом)$/u.test(title.at(-1)!.lower) && title.slice(2, -1).every((t) => /^\p{Ll}+(?:ым|им)$/u.test(t.text))
    && !isBodyWord(tokens[0]!) && !isAcronym(tokens[0]!);
  // («Мама двухлетнего ребенка из Екатеринбурга Name Surname»: a description, where from, then the full name,
  // russian-description-from-place.ts.)
  const describedFromPlace = name.length === 2 && printedFrom === from && givenNameGender(name[0]!.text) !== null && !isBodyWord(tokens[0]!) && !isAcronym(tokens[0]!)
    && isDescriptionFromPlace(title.map((t) => t.text), RU_PREPOSITIONS);
  if (preposition >= 0 && !(roleAt >= 0 && roleAt < preposition && name.length > 0) && !fromPlace && !withExperience && !describedFromPlace) return null;
  const roles = [...new Set(title.flatMap((t) => russianRoles(t.lower) ?? []))];
  // («Жители домов в поселке Кужбал Нейского района»: a group, the capitalised words its settlement's name,
  // russian-group-at-named-settlement.ts.)
  // («Владельцы гостиниц в Терсколе и Азау»: a group where places are, the same file.)
  if (initialsAfter.length === 0 && printedFrom === from && name.length > 0 && from + name.length === tokens.length
    && (isGroupAtNamedSettlement(tokens.map((t) => t.lower), from, (w) => russianRoles(w) !== null)
      || isGroupAtNamedPlaces(tokens.map((t) => t.text), (w) => russianRoles(w) !== null))) {
    return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, ...span };
  }
  // (Forty-first session, test-59 r05 and r02: «Пациенты поликлиники №5 на Красной Горке рассказали», «водителям придется
  // ехать через Торопецкое»: capitalised words right after a lower-case preposition that follows a word for people are
  // the preposition's place, no name of theirs; the phrase is read as the words before the preposition. Guards: no
  // patronymic, no initials; the last word no surname's shape and no word a listed given name, so «фермер из Ивановки
  // Петров», «жительница дома на Name Людмила» and «представитель России в Женеве Николай Сидоров» are read as before.)
  const placeAfterPreposition = roles.length > 0 && name.length > 0 && printedFrom === from && initialsAfter.length === 0 && title.length >= 2
    && isPreposition(title.at(-1)!) && /^\p{Ll}/u.test(title.at(-1)!.text) && !looksLikeSurname(name.at(-1)!.text) && name.every((t) => givenNameGender(t.text) === null);
  if (placeAfterPreposition) {
    const read = parseRussianPhrase(title.slice(0, -1));
    return read && (read.kind === 'anonymous' || read.kind === 'title') ? { ...read, ...span } : null;
  }
  // («председатель махалли в поселке Ромит», «фельдшер в селе Name»: one capitalised word after "в" and a settlement's word
  // is where they work, no surname; the person is described, not named.)
  // (Thirty-third session: «учительница из села Копчак», «фельдшер из поселка Name»: where they come from, «из» and the
  // settlement's word in the genitive, the same. Guard: the settlement's word right before the one capitalised word.)
  if (name.length === 1 && initialsAfter.length === 0 && roles.length > 0 && from >= 2
    && ((SETTLEMENT_AT.test(tokens[from - 1]!.lower) && ['в', 'во'].includes(tokens[from - 2]!.lower))
      || (SETTLEMENT_FROM.test(tokens[from - 1]!.lower) && tokens[from - 2]!.lower === 'из'))) return { kind: 'title', name: [], roles, qualifier: null, ...span };
  // "представитель Банка России": one capitalised word after a body is whose body it is, not a name.
  // ("Представитель «Аэрофлота» заявила", "представитель Орлицкой": whoever a representative speaks for, they are unnamed.)
  const bodyOwner = name.length === 1 && initialsAfter.length === 0 && roles.length > 0 && from > 0
    && (isAcronym(tokens[from - 1]!) || isBodyWord(tokens[from - 1]!) || (from === 1 && roles.every((r) => UNNAMED_ROLES.has(r))));
  // "Постоянный представитель России", "посол Египта": one word in the genitive after a role is
  // whose post it is, not a surname (a woman's surname in -ова / -ина / -ая stays a name).
  const country = name.length === 1 && initialsAfter.length === 0 && roles.length > 0 && from > 0 && russianRoles(tokens[from - 1]!.lower) !== null
    && /(?:ии|ы|[бвгджзклмнпрстфхцчшщ]а|я)$/u.test(name[0]!.lower) && !/(?:ова|ева|ёва|ина|ына|ая|ко)$/u.test(name[0]!.lower)
    // ("Бывший игрок сборной России", "тренер молодежной команды Италии": a country's genitive in -ии after the role and one or
    // two lower-case words of whose team or body, no surname.)
    || (name.length === 1 && initialsAfter.length === 0 && roles.length > 0 && from >= 2 && /^\p{Lu}\p{Ll}{2,}ии$/u.test(name[0]!.text)
      && [1, 2].some((n) => russianRoles(tokens[from - 1 - n]?.lower ?? '') !== null && tokens.slice(from - n, from).every((t) => /^\p{Ll}+$/u.test(t.text) && !isPreposition(t))));
  if (bodyOwner && roles.every((r) => UNNAMED_ROLES.has(r))) return { kind: 'anonymous', name: [], roles: [], qualifier: null, ...span };
  if (country) return { kind: 'title', name: [], roles, qualifier: name[0]!.lower.slice(0, 4), ...span };
  if (bodyOwner) {
    const unnamed = roles.every((r) => UNNAMED_ROLES.has(r));
    return { kind: unnamed ? 'anonymous' : 'title', name: [], roles: unnamed ? [] : roles, qualifier: null, ...span };
  }
  // "фермер Олег Бойко", "Главный механик депо Name": a few words the rules do not know, then a full name, are a description.
  // ("Дальнобойщик из Петрозаводска Сергей Малыгин": with where they come from.)
  const place = describedPlace ? 3
    : title.length === 3 + region && ['из', 'с', 'со'].includes(title[1]!.lower) && /^\p{Lu}\p{Ll}/u.test(title[2 + settled]!.text) ? 2 + region : 0;
  // ("Уроженка Лесного Name Patronymic Surname": before a name with a patronymic, a word for a person and one capitalised
  // word, where they are from.)
  const hometown = printedFrom < from && title.length === 2 && (isRussianPeopleNoun(title[0]!.lower) || russianRoles(title[0]!.lower) !== null);
  // (And whose place, one capitalised genitive last: «Староста Заречья Name Surname», russian-whose-place-before-name.ts.)
  // (Or two, an adjective and its word: «Староста Соснового Бора Name Surname».)
  const whosePlace = (k: number) => k > 0 && place === 0 && ((k === title.length - 1 && isWhosePlaceBeforeName(title[k]!.text))
    || (k === title.length - 2 && /^\p{Lu}\p{Ll}+(?:ого|его|ой|ей)$/u.test(title[k]!.text) && isWhosePlaceBeforeName(title[k + 1]!.text)));
  const described = name.length === 2 && title.length > 0 && title.length <= 4 + region
    && title.slice(0, title.length - place).every((t, k) => (k === 0 || /^\p{Ll}/u.test(t.text) || (place > 0 && k === 1) || hometown || whosePlace(k))
      // (A body's word after the first is where they work, «Оператор пульта управления Name»: russian-body-word-in-description.ts.)
      && (!isBodyWord(t) || isBodyWordInDescription(title, k, name, isBodyWord)) && !isAcronym(t)
      && (!isPreposition(t) || place > 0 || withExperience) && !hasStem(t, RU_DOCUMENT_STEMS));
  // "Старший научный сотрудник Института археологии и этнографии СО РАН Name": a post the rules do not know, its
  // adjectives first, then whose (genitives, capitalised or acronyms), then a full name, is a description too.
  // (A name with a patronymic is a person's whatever its post: "ведущий научный сотрудник филиала Name Patronymic Surname".)
  const withPatronymic = printedFrom < from;
  const post = name.length === 2 && title.length > (withPatronymic ? 2 : 3) && title.length <= 14 && !isBodyWord(title[0]!) && !isAcronym(title[0]!)
    && !isPreposition(title[0]!) && !hasStem(title[0]!, RU_DOCUMENT_STEMS) && !title.some((t) => RU_NUMERALS.has(t.lower))
    && title.slice(1).every((t) => /^\p{Ll}/u.test(t.text) ? !isPreposition(t) : true)
    && (withPatronymic || title.some((t, k) => k > 0 && /^\p{Lu}/u.test(t.text)));
  // ("Как пояснили “Ъ” в «Газэнергосбыте Подмосковья»": a person is never "в" someone; the words are a body's, in the nominative.)
  if (name.length > 0 && title.length === 0 && ['в', 'во'].includes(all[0]!.lower)) {
    const body = [name[0]!.text.replace(/([бвгдзклмнпрстфхцчшщ])е$/u, '$1'), ...name.slice(1).map((t) => t.text)].join(' ');
    return { kind: 'organisation', body, name: [], roles: [], qualifier: null, ...span };
  }
  // ("В оппозиционной партии «Голос Кахети» считают": after "в" and a body's word, two capitalised words whose first is in
  // the nominative are the body's own name; not a place in the genitive, «В мэрии Нижнего Новгорода», «администрации Пскова».)
  if (name.length === 2 && title.length > 0 && ['в', 'во'].includes(all[0]!.lower) && roles.length === 0 && /^\p{Ll}/u.test(title.at(-1)!.text) && isBodyWord(title.at(-1)!)
    && /(?:[бвгджзклмнпрстфхцчшщ]|ый|ий|ая|яя|ое|ее)$/u.test(name[0]!.lower)) {
    return { kind: 'organisation', body: tokens.slice(printedFrom).map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, ...span };
  }
  // («Фермеры Араратской долины жалуются»: a plural for people, then a place's adjective, is a group: russian-people-of-place.ts.)
  if (name.length === 2 && title.length === 0 && printedFrom === from
    && isPeopleOfPlace(name[0]!.text, name[1]!.text, parseRussianPhrase(name.slice(0, 1))?.kind === 'anonymous')) {
    return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, ...span };
  }
  // («резчица рыбы Ирина»: a word for a person, then a listed first name of its gender, russian-people-noun-first-name.ts.)
  const firstNameOnly = name.length === 1 && initialsAfter.length === 0 && printedFrom === from && title.length >= 1 && title.length <= 3
    // («Студентка НГУ Маша»: one body's letters between, whose student; russian-people-noun-first-name.ts.)
    && !title.some((t, k) => isPreposition(t) || isBodyWord(t) || (isAcronym(t) && !(k === 1 && title.length === 2)) || RU_SPEECH_VERBS.has(t.lower) || RU_LISTENERS.has(t.lower))
    && isPeopleNounAndFirstName(title[0]!.text, title.slice(1).map((t) => t.text), name[0]!.text, isRussianPeopleNoun(title[0]!.lower), russianPeopleNounGender(title[0]!.lower), title[0] === all[0]);
  if (name.length > 0 && (title.length === 0 || roles.length > 0 || described || post || firstNameOnly || describedFromPlace)) {
    // ("— цитирует «Интерфакс» главного экономиста «X» Зарему Алиеву": a title opening in an oblique case, "экономиста", puts the
    // name after it in the same case; "глава", "судья", "коллега" end so in the nominative.)
    const roleWord = title.find((t) => russianRoles(t.lower) !== null);
    // (Not a woman's role in the nominative: "жительница", "медсестра", "чемпионка", "актриса".)
    // (Not before a patronymic in the nominative: "Дочь артиста Елена Зиновьевна", whose daughter, is no "артиста" case.)
    const oblique = roleWord !== undefined && name.length === 2 && /^\p{Ll}+[бвгджзклмнпрстфхцчшщ]а$/u.test(roleWord.text)
      && !(isPatronymic(name[1]!.base) && !isObliquePatronymic(name[1]!.base))
      && !/(?:ц|[^и]к|с|стр|н)а$/u.test(roleWord.lower)
      && !['глава', 'коллега'].includes(roleWord.lower) && russianRoles(roleWord.lower.slice(0, -1)) !== null
      // («дочь профессора Ирина Шубина»: a word for kin in the nominative first makes the post whose kin, in the genitive;
      // the name after it is the kin's, in the nominative, not «Ирин Шубин».)
      && !title.some((t) => title.indexOf(t) < title.indexOf(roleWord) && /^(?:дочь|сын|мать|отец|жена|муж|вдова|сестра|брат|внук|внучка|супруга|супруг)$/u.test(t.lower));
    const printed = [...tokens.slice(printedFrom), ...initialsAfter].map((t) => t.base);
    // (Thirty-fourth session: «Вахтер административного корпуса Name Surname», «Истопник котельной Name Surname»: a trade
    // word no list holds, opening a description before a full name, is the person's post, so that «— вспоминает вахтер»
    // later finds them (it was dropped, and the bare word read as one of the public, unnamed). Guards: only where the
    // description was read (a full name after it, every later word lower case, no body's word first); no place after it;
    // the word one for a person by its ending, lower case once the sentence's capital is put aside.)
    const trade = described && roles.length === 0 && place === 0 && !hometown && printedFrom === from ? tradeWordOpening(title) : null;
    const ownRoles = trade ? [trade] : roles;
    // (As printed: "По словам Олега Вадимовича Кудрявцева" is put in the nominative where "по словам" is read, and
    // russianNominativeName reads the case off an oblique patronymic.)
    if (printed.length > name.length) return { kind: 'name', name: printed, roles: ownRoles, qualifier: null, start: span.start, end: span.end };
    const words = name.map((t) => t.base);
    const named = !oblique ? words : /[ую]$/u.test(words[0]!) && /(?:ову|еву|ину|ыну|ую)$/u.test(words[1]!)
      ? [words[0]!.replace(/у$/u, 'а').replace(/ю$/u, 'я'), words[1]!.replace(/ую$/u, 'ая').replace(/у$/u, 'а')]
      : words.map(nominative);
    return { kind: 'name', name: named, roles: ownRoles, qualifier: null, start: span.start, end: span.end };
  }
  // "МИД Эстонии", "Минфин России": a body and the country it belongs to.
  // ("Инвестиционная компания «Атон»": the first word's capital may be the sentence's.)
  if (name.length === 1 && title.length > 0 && title.every((t, k) => isAcronym(t) || isBodyWord(t) || !isCapitalised(t) || (k === 0 && title.length > 1))
    && title.some((t) => isAcronym(t) || isBodyWord(t))) {
    // ("аэропорта Богашево" → аэропорт Богашево: a lower-case body word in the nominative.)
    const words = tokens.map((t, k) => (k === 0 && title.length === 1 && /^\p{Ll}/u.test(t.text) && isBodyWord(t) ? bodyNominative(t.text) : t.text));
    return { kind: 'organisation', body: words.join(' '), name: [], roles: [], qualifier: null, ...span };
  }
  if (name.length > 0) return null;
  // Unnamed, or plural ("опрошенные экономисты", "дипломаты"): a source, not one titled person.
  // (Not «главы», «судьи», «коллеги» after another post, whose they are, in the genitive singular: «— подчеркнул заместитель
  // главы», «помощник судьи», one person.)
  const ofPost = (k: number) => k > 0 && /^(?:глав|судь|коллег)/u.test(title[k]!.lower) && title.slice(0, k).some((t) => russianRoles(t.lower) !== null);
  const plural = title.some((t, k) => russianRoles(t.lower) !== null && /[ыи]$/u.test(t.lower) && !t.lower.endsWith('ми') && !ofPost(k));
  // ("Врачи больницы говорят": a plural role opening the phrase, before whose body, is that body's people, unnamed; not
  // "главы" / "судьи", a genitive singular too.)
  const pluralHead = russianRoles(tokens[0]!.lower) !== null && /(?:[^аеиоуыэюя]и|ы)$/u.test(tokens[0]!.lower) && !/^(?:глав|судь|коллег)/u.test(tokens[0]!.lower);
  if (roles.length > 0 && (roles.every((r) => UNNAMED_ROLES.has(r)) || (plural && (!tokens.some(isBodyWord) || pluralHead)))) {
    return { kind: 'anonymous', plural: plural || undefined, name: [], roles: [], qualifier: null, ...span };
  }
  // "Глава ведомства уточнила": the head of the body just named is a person, the one who spoke for it.
  // ("генерального директора компании": adjectives before the role.)
  const headAt = tokens.findIndex((t) => russianRoles(t.lower) !== null);
  const adjectivesOnly = headAt >= 0 && tokens.slice(0, headAt).every((t) => /^\p{L}\p{Ll}+(?:ый|ий|ой|ая|яя|ого|его|ой|ей|ому|ему)$/u.test(t.text));
  // ("— добавил наставник череповецкого клуба": adjectives before the body's word too.)
  const ofBodyAfter = tokens.slice(headAt + 1);
  if (roles.length > 0 && adjectivesOnly && ofBodyAfter.length >= 1 && ofBodyAfter.length <= 3 && ofBodyAfter.every((t) => /^\p{Ll}/u.test(t.text))
    && (ofBodyAfter.length === 1 || (ofBodyAfter.slice(0, -1).every((t) => /(?:ого|его|ой|ей)$/u.test(t.lower)) && isBodyWord(ofBodyAfter.at(-1)!)))) {
    return { kind: 'title', name: [], roles, qualifier: null, ...span };
  }
  // («Член Совета старейшин добавил», «— подчеркнул профсоюзный лидер»: one post, its adjectives before it, then perhaps
  // whose body in the genitive, capitalised or not, with no name: a person, the one the text named so; not the body.)
  if (roles.length > 0 && !plural && adjectivesOnly && !['в', 'во'].includes(all[0]!.lower) && ofBodyAfter.length <= 4
    && ofBodyAfter.every((t) => !isPreposition(t) && !isAcronym(t) && !isShortBodyName(t.text) && russianRoles(t.lower) === null)
    && (ofBodyAfter.length === 0 || isBodyWord(ofBodyAfter[0]!) || /^\p{Lu}/u.test(ofBodyAfter[0]!.text)) && !hasFullName(tokens)) {
    return { kind: 'title', name: [], roles, qualifier: null, ...span };
  }
  // (Thirty-third session: «По словам начальника местного отделения МЧС», «— сказал руководитель районного отдела ГИБДД»: one
  // post opening the phrase, then whose office, lower-case genitives and a body's letters, with no name, is a person of that
  // body, not the body: russian-post-of-named-body.ts (isPostOfLetteredBody). Guards there.)
  const isSingularPost = (t: Token) => {
    const post = russianRoles(t.lower);
    return post !== null && !UNNAMED_ROLES.has(post[0]!);
  };
  if (isPostOfLetteredBody(tokens, all[0]!, isSingularPost, isAcronym, isPreposition)) {
    return { kind: 'title', name: [], roles, qualifier: null, ...span };
  }
  if (tokens.some((t) => isBodyWord(t) || isAcronym(t))) {
    // "в сообщении банка": a lone body word is named in the nominative ("банк", "министерство").
    // ("В управе района пояснили", "в администрации района": after «в», a state body's head word first and lower-case
    // genitives after it; the head in the nominative.)
    // («В базе авиационной охраны лесов заверили»: a service's base, three genitives after it; thirty-first session.)
    const headFirst = ['в', 'во'].includes(all[0]!.lower) && tokens.every((t) => /^\p{Ll}/u.test(t.text))
      && ((tokens.length <= 3 && STATE_WORDS.test(tokens[0]!.lower)) || (tokens.length <= 4 && /^баз(?:е|ы|у|ой)$/u.test(tokens[0]!.lower)));
    // ("В Пермском городском лесничестве сообщили": a name's adjectives, then its head, put in the nominative.)
    // (Forty-first session: not an adjective made from a body's word, «В первичной профсоюзной организации шахты сообщили»:
    // «профсоюзной» had been read as the head, and the body printed «профсоюз организации шахты». The head is the body's
    // noun after it, so its adjectives are put in the nominative with it. Guard: only when a body's noun follows.)
    const nounHead = (t: Token, k: number) => isBodyWord(t) && /^\p{Ll}/u.test(t.text) && !(/\p{Ll}{3,}(?:ной|ного|ном|ных)$/u.test(t.lower)
      && tokens.slice(k + 1).some((u) => isBodyWord(u) && /^\p{Ll}/u.test(u.text)));
    const head = tokens.findIndex(nounHead);
    // (Not with a name of its own after the head, «агентстве (Росавтодоре)»: that is read as before.)
    const named = ['в', 'во'].includes(all[0]!.lower) && head > 0 && tokens.slice(head + 1).every((t) => /^\p{Ll}/u.test(t.text))
      ? locativeBodyNominative(tokens.map((t) => t.text), head, bodyNominative(tokens[head]!.text)) : null;
    const body = named ? named.join(' ') : (tokens.length === 1 || headFirst) && /^\p{Ll}/u.test(tokens[0]!.text)
      ? [bodyNominative(tokens[0]!.text), ...tokens.slice(1).map((t) => t.text)].join(' ') : tokens.map((t) => t.text).join(' ');
    return { kind: 'organisation', body, name: [], roles: [], qualifier: null, ...span };
  }
  // ("Управляющий партнер фирмы Name обращает": a full name inside, more words after it: a name and a predicate, no title.)
  if (roles.length > 0 && !hasFullName(tokens)) return { kind: 'title', name: [], roles, qualifier: null, ...span };
  return null;
}

/**
 * "местных жителей", "опрошенных экспертов", "спасателей" (after "по словам", "слова"): people of a kind in the genitive
 * plural, after adjectives if any, none of them named, are an unnamed source; not "авторов письма", "аналитиков
 * компании", whose owner follows (they speak for it).
 */
function isUnnamedPluralGenitive(all: readonly Token[]): boolean {
  // (Thirty-eighth session: «по словам ее соседей», «по словам его коллег»: a possessive, then a plural word for a tie
  // to someone, in the genitive, are that person's unnamed neighbours or colleagues, as «по словам соседей погибшего» are.
  // Guard: a plural relation word only; «по словам его адвоката» (one person) is not read here.)
  if (all.length === 2 && /^(?:его|ее|её|их)$/u.test(all[0]!.lower) && isOwnedRelationPlural(all[0]!.text, all[1]!.text)) return true;
  // ("По подсчетам самих рабочих": an emphatic "самих" first.)
  const who = all[0]?.lower === 'самих' ? all.slice(1) : all;
  // ("самих рабочих", "опрошенных военных": an adjective used as a noun for people, in the genitive plural.)
  if (who.length >= 1 && who.length <= 2 && who.every((t) => /^\p{Ll}+$/u.test(t.text)) && isPeopleAdjectiveNoun(who.at(-1)!.lower.replace(/х$/u, 'е'))) return true;
  // ("По словам членов жюри", "членов комиссии": members of something the text does not name.)
  if (who.length >= 2 && who.length <= 3 && who[0]!.lower === 'членов' && who.slice(1).every((t) => /^\p{Ll}+$/u.test(t.text) && !isPreposition(t))) return true;
  // ("По словам специалистов министерства", "экспертов института": people of a post, in the genitive plural, of a body
  // named by its kind only, are its unnamed staff, as "officials at X" are; not analysts, experts or scientists, whose
  // findings are their firm's or institute's.)
  // (The body's word may have lower-case genitives after it, «специалистов управления дорожного хозяйства».)
  const staffRoles = who.length >= 2 && who.length <= 5 && /\p{Ll}{3,}(?:ов|ев|ей)$/u.test(who[0]!.text) ? russianRoles(who[0]!.lower) : null;
  if (staffRoles && !staffRoles.some((r) => ['аналитик', 'эксперт', 'ученый'].includes(r)) && isBodyWord(who[1]!)
    && who.slice(1).every((t) => /^\p{Ll}+$/u.test(t.text) && !isPreposition(t))) return true;
  const noun = who.findIndex((t) => !/(?:ых|их)$/u.test(t.lower));
  if (noun < 0 || noun > 2 || who.length !== noun + 1 || !who.every((t) => /^\p{Ll}/u.test(t.text))) return false;
  // ("по данным управляющих компаний", "фермерских хозяйств": bodies of a kind, none named, in the genitive plural.)
  if (RU_BODIES_GENITIVE_PLURAL.has(who[noun]!.lower)) return true;
  if (isAdjectivesThenPersons(who)) return true;
  return /\p{Ll}{3,}(?:ей|ов|ев)$/u.test(who[noun]!.text) && !isBodyWord(who[noun]!) && !hasStem(who[noun]!, RU_DOCUMENT_STEMS)
    && !RU_PRONOUNS[who[noun]!.lower];
}

/**
 * «осведомленных лиц», «заинтересованных лиц» (after «по словам», «по информации»): «лиц», the genitive plural of «лицо», a
 * person, after one or two lower-case adjectives, none of them named, is an unnamed source. It ends in «-иц», not «-ей» /
 * «-ов», so it was read as no word for people (thirty-ninth session). Guard: an adjective before it, never «лиц» alone.
 */
function isAdjectivesThenPersons(who: readonly Token[]): boolean {
  return who.length >= 2 && who.length <= 3 && who.at(-1)!.lower === 'лиц'
    && who.slice(0, -1).every((t) => /^\p{Ll}+(?:ых|их)$/u.test(t.text));
}

/**
 * A count, then bodies of a kind in the locative plural, whatever the noun («двух крупных аптечных сетях», «нескольких
 * управляющих компаниях»): the count word first, then only lower-case adjectives, and the noun in -ах / -ях.
 */
function isCountOfBodies(words: readonly Token[]): boolean {
  return words.length >= 2 && words.length <= 5 && /^(?:двух|тр[её]х|четыр[её]х|пяти|шести|нескольких|многих|некоторых)$/u.test(words[0]!.lower)
    && words.slice(1, -1).every((t) => /^\p{Ll}+(?:ых|их)$/u.test(t.text)) && /^\p{Ll}{3,}[ая]х$/u.test(words.at(-1)!.text);
}

/** Bodies of a kind in the locative plural («в правоохранительных органах», «в силовых структурах»): none named. */
const PLURAL_BODIES_OF_A_KIND = /^(?:органах|структурах|службах|спецслужбах|ведомствах|инстанциях)$/u;

/** Bodies of a kind in the genitive plural ("компаний", "хозяйств"), unnamed when no name follows. */
const RU_BODIES_GENITIVE_PLURAL = new Set(['компаний', 'хозяйств', 'предприятий', 'организаций', 'ведомств', 'служб', 'банков',
  'магазинов', 'клиник', 'больниц', 'школ', 'фирм', 'застройщиков', 'перевозчиков', 'операторов', 'сетей', 'заводов']);

/** Lower-case words for "son of" / "daughter of" printed after a father's name (Kyrgyz, Kazakh, Azerbaijani). */
export const LINEAGE_WORDS: ReadonlySet<string> = new Set(['уулу', 'улы', 'кызы', 'оглы', 'гызы']);

/** The "уулу" / "кызы" closing `tokens` after two capitalised words ("Нурбек Асанбек уулу"), or null. */
function lineageAfterName(tokens: readonly Token[]): Token[] | null {
  const last = tokens.at(-1);
  return last && tokens.length >= 3 && LINEAGE_WORDS.has(last.text) && tokens.slice(-3, -1).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) ? [last] : null;
}

/** The initials closing `tokens` after a capitalised surname ("Сидоров И. П.", "Сидоров И.П."), or none. */
function initialsAfterSurname(tokens: readonly Token[]): Token[] {
  const two = tokens.slice(-2);
  const initials = two.length === 2 && two.every((t) => /^\p{Lu}$/u.test(t.text)) ? two
    : tokens.length > 0 && /^(?:\p{Lu}\.){2}$/u.test(tokens.at(-1)!.text) ? tokens.slice(-1) : [];
  const surname = tokens[tokens.length - initials.length - 1];
  return initials.length > 0 && surname && isCapitalised(surname) && looksLikeSurname(surname.text) ? initials : [];
}

/** A region in the locative or dative, as a territorial office's name ends ("Сахалинской области", "Республике Алтай", "Пермском крае"). */
function isRegion(words: readonly Token[]): boolean {
  return words.length >= 1 && words.length <= 3 && /^\p{Lu}/u.test(words[0]!.text)
    && (/^(?:области|крае|краю|округе|округу|районе|району)$/u.test(words.at(-1)!.lower) || words[0]!.lower === 'республике');
}

/**
 * The region after the `skip`-th word of a body's tail starting at `from`, when that word is "в" / "по" ("… в Пермском
 * крае", "… по Тверской области"): its words, else null.
 */
function regionAfter(text: string, from: number, skip: number): string[] | null {
  const words = text.slice(from, from + 80).trim().split(/\s+/u).slice(skip + 1);
  for (let n = 1; n <= 3; n++) {
    const run = words.slice(0, n).map((w) => w.replace(/[.,;:!?»)]+$/u, ''));
    if (run.length === n && isRegion(run.map((w) => ({ text: w, lower: w.toLowerCase() }) as Token))) return run;
  }
  return null;
}

/** The nominative of a body noun in the genitive or prepositional (банка, министерства, компании, думы). */
function bodyNominative(word: string): string {
  // («В сообщении предприятия говорится»: a neuter «-ие» in the genitive, «предприятия», «учреждения», was kept as read and
  // no body named before was found for it; thirty-second session's second round, dev d1557.)
  const rules: [RegExp, string][] = [[/(ени|яти|ити)я$/u, '$1е'], [/(прокуратур|служб|палат|дум|управ|баз)(?:е|ы|у|ой)$/u, '$1а'], [/(лиг)(?:е|и|у|ой)$/u, '$1а'], [/([цр]и)(?:и|ю|ей)$/u, '$1я'],[/ств[аеу]$/u, 'ство'], [/ств[еи]$/u, 'ство'], [/(ени)и$/u, '$1е'], [/ии$/u, 'ия'], [/ы$/u, 'а'], [/([бвгдзклмнпрстфхцчшщ])[аеу]$/u, '$1']];
  for (const [re, to] of rules) if (re.test(word)) return word.replace(re, to);
  return word;
}

/** Prepositions that open when or where one spoke, after the speaker ("после матча", "на сборах", "в Казани"). */
const SCENE_PREPOSITIONS = new Set(['после', 'перед', 'в', 'во', 'на']);

/**
 * "нападающий после матча в Казани": a speaker in lower-case words, then a scene whose only capitalised word is a place
 * right after a preposition; the speaker read without it. (Not "источник в Минфине", "представитель компании в Москве":
 * an unnamed source's or a body's place is part of who; nor a scene with a name in it.)
 */
function placeAfterSpeaker(all: Token[], tokens: Token[]): SpeakerPhrase | null {
  if (isPreposition(all[0]!) || tokens.length < 3 || tokens.length > 8 || !/^\p{Ll}/u.test(tokens[0]!.text)) return null;
  const at = tokens.findIndex((t, k) => k > 0 && SCENE_PREPOSITIONS.has(t.lower));
  if (at < 1) return null;
  const who = tokens.slice(0, at);
  const scene = tokens.slice(at);
  const capitalised = scene.filter((t) => /^\p{Lu}/u.test(t.text));
  const place = capitalised[0];
  if (capitalised.length !== 1 || !isPreposition(scene[scene.indexOf(place!) - 1]!) || isAcronym(place!) || isBodyWord(place!) || isShortBodyName(place!.text)) return null;
  if (who.some((t) => /^\p{Lu}/u.test(t.text) || isBodyWord(t) || hasStem(t, RU_ANONYMOUS_STEMS) || UNNAMED_ROLES.has(t.lower) || RU_SPEECH_VERBS.has(t.lower))) return null;
  const phrase = parseRussianPhrase(who);
  return phrase?.kind === 'title' ? phrase : null;
}

/** The nominative of a name word in the genitive, for the common patterns (Сергея, Ильина, Ивановой, Ирины, Ольги). */
function nominative(word: string): string {
  // (Kazakh "-ұлы" / "-қызы" and "-оглы" do not decline, nor a Kyrgyz "уулу" / "кызы" written apart; a patronymic's own
  // endings: "Вадимовича", "Игоревны".)
  if (LINEAGE_WORDS.has(word)) return word;
  const fleeting = fleetingVowelNameNominative(word);
  if (fleeting) return fleeting;
  // ("Гнатюка-Левченко", "Рябоконя-Зарецкого": each part of a double surname declines on its own, or not at all.)
  if (/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(word)) return word.split('-').map(nominative).join('-');
  if (isPatronymic(word)) return /(?:ұлы|улы|қызы|кызы|оглы|оғлы|гызы)$/u.test(word) ? word : word.replace(/(ич)(?:а|у|ем|е)$/u, '$1').replace(/(вн|чн)(?:ы|е|у|ой|ою)$/u, '$1а');
  const rules: [RegExp, string][] = [
    // (A woman's adjectival surname: "Римской" → Римская, as "Римского" → Римский.)
    [/(ов|ев|ёв|ин|ын)а$/u, '$1'], [/([сц]к)ого$/u, '$1ий'], [/([сц]к)ой$/u, '$1ая'], [/ой$/u, 'а'], [/([гкх])и$/u, '$1а'],
    // (A woman's name in -ья or -ия: "Дарьи", "Натальи" → Дарья, Наталья; "Марии", "Юлии" → Мария, Юлия.)
    [/ьи$/u, 'ья'], [/ии$/u, 'ия'],
    [/ея$/u, 'ей'], [/ия$/u, 'ий'], [/ы$/u, 'а'],
    // (A man's name in a soft consonant or -й: "Игоря", "Шамиля" → Игорь, Шамиль; "Николая" → Николай; a surname's too,
    // "Рябоконя" → Рябоконь.)
    [/([лрнтдсзмвбпф])я$/u, '$1ь'], [/ая$/u, 'ай'],
    [/([бвгдзклмнпрстфхжшчц])а$/u, '$1'],
  ];
  for (const [re, to] of rules) if (re.test(word)) return word.replace(re, to);
  return word;
}

/** The longest opening stretch of `tokens` that reads as a speaker ("Глава «Газпрома» Виктор Белоусов на прошлой неделе"). */
function speakerAtStart(tokens: Token[]): SpeakerPhrase | null {
  for (let n = tokens.length; n > 0; n--) {
    const phrase = parseRussianPhrase(tokens.slice(0, n));
    if (phrase) return phrase;
  }
  return null;
}

/**
 * The speaker opening a sentence; after an adverbial of place or time ("В ходе встречи Андрей
 * Литвинов подчеркнул"), the full name that ends it.
 */
function subjectPhrase(subject: Token[]): SpeakerPhrase | null {
  if (subject.length === 0) return null;
  const adverbial = isPreposition(subject[0]!) && /^\p{Lu}/u.test(subject[0]!.text);
  const named = adverbial ? speakerAtEnd(subject) : null;
  // ("В последнем слове он заявил": a pronoun after the adverbial is the subject too.)
  const pronoun = named?.kind === 'pronoun' && named.start === subject.at(-1)!.start;
  // ("На оглашении приговора господин Осипов держался спокойно": a courtesy title says a surname alone is a person.)
  const honoured = named?.kind === 'name' && named.name.length === 1
    && subject.some((t, k) => /^(?:господин|госпож|г-н|г-жа)\p{Ll}{0,2}$/u.test(t.lower) && subject[k + 1]?.start === named.start);
  // («После заседания Черных сообщила», «Перед началом матча Зуев сказал»: «после» / «перед» and one or two lower-case words
  // say when; a surname alone after them is the subject (thirty-third session). Guard: only those two words opening, the
  // words between all lower case, the surname the subject's last word.)
  // (Up to three such words, a body's genitive among them, «После заседания суда Черных сообщила»: the surname alone is
  // read by itself, so that «суда Черных» is not taken for a phrase; second round.)
  // (Thirty-fourth session: «На вопрос о завершении карьеры Лыков ответил, что …», «На вопрос корреспондента о сроках Зуева
  // сказала»: the question answered opens the same way, a surname alone after it the subject. Guard: «на вопрос» opening,
  // then «о» / «об» / «про» within the next two words, up to six lower-case words in all, the surname last.)
  const question = subject[0]!.lower === 'на' && subject[1]?.lower === 'вопрос' && subject.length >= 5 && subject.length <= 9
    && subject.slice(2, 4).some((t) => ['о', 'об', 'обо', 'про'].includes(t.lower));
  const whenOpening = ((['после', 'перед'].includes(subject[0]!.lower) && subject.length >= 3 && subject.length <= 5) || question)
    && subject.slice(1, -1).every((t) => /^\p{Ll}+$/u.test(t.text));
  const lone = whenOpening ? parseRussianPhrase(subject.slice(-1)) : null;
  const afterWhen = lone?.kind === 'name' && lone.name.length === 1 ? lone : null;
  return speakerAtStart(subject) ?? ((named?.kind === 'name' && named.name.length >= 2) || pronoun || honoured ? named : afterWhen);
}

/** An unnamed group opening `tokens` ("организаторы кубка", "участники форума"), or null. */
function unnamedGroupAtStart(tokens: Token[]): SpeakerPhrase | null {
  const phrase = tokens.length >= 2 && tokens.length <= 4 && tokens.every((t) => /^\p{Ll}/u.test(t.text)) ? parseRussianPhrase(tokens.slice(0, 1)) : null;
  return phrase?.kind === 'anonymous' && phrase.plural ? { ...phrase, end: tokens.at(-1)!.end } : null;
}

/** The shortest closing stretch that does ("«Ведомостям» два федеральных чиновника"). */
function speakerAtEnd(tokens: Token[]): SpeakerPhrase | null {
  for (let k = 0; k < tokens.length; k++) {
    const phrase = parseRussianPhrase(tokens.slice(k));
    if (phrase) return phrase;
  }
  return null;
}

function trimmedClause(masked: string, start: number, end: number, minWords = 3): { start: number; end: number } | null {
  let s = start;
  // ("…, что спор закончится миром: «…»": the quotation the colon opens is a direct statement of its own.)
  const quoted = /:\s*[\u00AB"\u201C\u201E]x/u.exec(masked.slice(start, end));
  let e = quoted ? start + quoted.index : end;
  while (s < e && /[\s,:;\u2013\u2014-]/u.test(masked[s]!)) s++;
  while (e > s && /[\s,.;:!]/u.test(masked[e - 1]!)) e--;
  const words = tokenize(masked.slice(s, e));
  // («По данным ведомства, пострадавших нет», «…, что претензий нет»: a noun in the genitive and «нет» is a whole clause of
  // two words, there being none (twenty-ninth session). Guard: exactly those two words, the noun lower case and no adverb
  // or pronoun, «пока нет», «еще нет», «их нет».)
  // (Thirty-fifth session: capitalised where it opens the sentence, «Раненых нет, уточнили в ведомстве.»; guard: then only a
  // plural genitive's ending of a participle or a noun in -ие, -ых, -их, -ий, and not a family's «-овых», «-иных», so no
  // name: «Иванов нет», «Петровых нет» are not read.)
  // (Thirty-sixth session: «Жертв нет, сообщил источник.», «Потерь нет»: the two plural genitives of that sense which have
  // no such ending, named one by one; guard: only these words, so a name, «Иванов нет», is still not read.)
  const opens = /(?:^|[.!?\n]\s*)$/u.test(masked.slice(0, s)) && (/^\p{Lu}\p{Ll}{2,}(?:ых|их|ий)$/u.test(words[0]?.text ?? '')
    || /^(?:Жертв|Потерь)$/u.test(words[0]?.text ?? '')) && !/(?:ов|ев|ин)ых$/u.test(words[0]?.text ?? '');
  const noneOf = minWords === 3 && words.length === 2 && words[1]!.lower === 'нет' && (/^\p{Ll}{3,}$/u.test(words[0]!.text) || opens)
    && !/^(?:пока|еще|ещё|уже|все|всё|тоже|также|давно|больше|здесь|там|тут|его|ее|её|их|это|этого|ничего|никого|совсем|вообще)$/u.test(words[0]!.lower);
  // («…, что документ обсуждается.», «сообщили, что проведут проверку.»: two lower-case words closing the sentence are a whole
  // clause; russian-two-word-clause.ts, thirty-first session.)
  const twoWords = minWords === 3 && isTwoWordClause(words, masked.slice(e, e + 3));
  return words.length >= minWords || noneOf || twoWords ? { start: s, end: e } : null;
}

const cueOf = (t: Token) => ({ text: t.text, start: t.start, end: t.end });

/** ", и называет …", ", и добавил …", ", и просят …": the speaker's next verb of saying, naming or asking after a reported clause. */
// («Министерство сообщило, что …, и рекомендовало жителям …»: a body's verb in the neuter too, and a recommendation or
// advice, which is not a statement (d349, test-43 r03), ends the clause as these do; thirty-first session.)
// (Forty-fourth session: an order to someone, «…, и поручил участковому …», «…, и велел …», ends it too; the fourteenth
// probe's d2413, the fifteenth's d2451 and d2454.)
const RU_AND_SAYS_RE = /,\s+и\s+(?:также\s+)?(?:назвал[аио]?|называ(?:ет|ют)|добавил[аио]?|добавля(?:ет|ют)|призвал[аио]?|призыва(?:ет|ют)|пообещал[аио]?|обеща(?:ет|ют)|подчеркнул[аио]?|подчеркива(?:ет|ют)|отметил[аио]?|отмеча(?:ет|ют)|пригрозил[аио]?|предложил[аио]?|предлага(?:ет|ют)|выразил[аио]?|выража(?:ет|ют)|(?:по)?просил[аио]?|прос(?:ит|ят)|рекомендовал[аио]?|рекоменду(?:ет|ют)|посоветовал[аио]?|совету(?:ет|ют)|поручил[аио]?|поруча(?:ет|ют)|велел[аио]?)(?=[\s.,;]|$)/u;
/** ", от других комментариев там отказались": the speaker's refusal to say more, joined by a comma alone, ends the clause. */
// (Thirty-sixth session: «В пресс-службе сообщили, что компания работает в штатном режиме, от других комментариев там
// отказались»; the «, но / однако / а» refusal is `own` below. Guard: «от», at most two words, the noun «комментари…»,
// at most two words (who, where, «также»), then a verb of refusing in the past, so «…, от комментариев зависит многое»
// runs on.)
const RU_REFUSAL_AFTER_COMMA_RE = /,\s+от\s+(?:\p{Ll}+\s+){0,2}?комментари(?:ев|я|й)\s+(?:[\p{Ll}-]+\s+){0,2}?отказал(?:ся|ась|ись|ось)(?=[\s.,;]|$)/u;
/** An aside that says the speaker is unnamed on purpose ("пожелавший остаться неназванным" / "неизвестным", "на условиях анонимности"). */
// ("не пожелавшая представиться", "отказавшаяся назвать свое имя", "не назвавшая своего имени", "который попросил не называть
// его имени", "назвавшийся Андреем": a first name alone, as "представившийся только по имени".)
// (Thirty-fifth session: «чье имя суд по ее просьбе не раскрывает», «чья фамилия в материалах дела не называется», «имя
// которого редакция не публикует»: an aside saying someone else keeps the name back, as «попросивший не называть» says
// the speaker asked it; dev d1711. Guard: the name's word and a negated verb of disclosing, so «чье имя знает вся
// область» or «чья фамилия значится в списке» leave the speaker as before.)
// (Thirty-eighth session: «не пожелавший называть себя» / «назвать себя», as «не пожелавший представиться».)
export const RU_UNNAMED_ASIDE_RE = /^,\s*(?:(?:не\s+)?(?:(?:пожелавш|попросивш|говоривш|согласивш|просивш|отказавш)\p{L}*|котор\p{L}+\s+(?:не\s+)?(?:пожелал|попросил|просил|отказал|согласил)\p{L}*)[^,]{0,60}?(?:аноним|неназванн|неизвестн|не\s+называть|не\s+раскрывать|не\s+указывать|не\s+упоминать|не\s+публиковать|не\s+приводить|не\s+печатать|не\s+разглашать|представиться|назвать(?:ся)?\s+(?:сво\p{L}+\s+)?(?:имя|фамилию)|наз(?:ы)?вать\s+себя)|на\s+условиях\s+анонимности|представивш\p{L}*\s+(?:только\s+)?(?:по\s+)?имен|не\s+назвавш\p{L}*\s+(?:сво\p{L}+\s+)?(?:имени|имя|фамили)|назвавш\p{L}*ся\s+(?:только\s+)?(?:по\s+имени\s+)?\p{Lu}\p{Ll}+\s*,|(?:чь\p{Ll}+\s+(?:имя|фамилия|имена|фамилии)|(?:имя|фамилия|имена|фамилии)\s+котор\p{Ll}+)\s+(?:[^,]{0,50}?\s)?(?:не|никак\p{Ll}*\s+не)\s+(?:раскрыва|раскры|называ|назва|указыва|публику|опубликова|разглаша|сообща|приводи|привод)\p{Ll}*)/u;

/**
 * A verb of being or becoming right before a quoted word ("бюджет получился «напряженным»", "ситуация остается
 * «тревожной»"): the word completes the reported clause, so it is the speaker's (a partial quotation), not a scare quote.
 * (The conditional too: "решение было бы «ошибкой»".)
 */
export const RU_COMPLETING_VERB_RE = /(?<!\p{L})(?:получил(?:ся|ась|ось|ись)|получится|оста[её]тся|остаются|оставал(?:ся|ась|ось|ись)|явля(?:ется|ются)|стал[аио]?|станет|станут|был[аио]?|будет|будут|выгляд(?:ит|ят|ел|ела)|оказал(?:ся|ась|ось|ись)|окажется|кажется|считает(?:ся))(?:\s+бы)?\s*$/u;

/** Words that open a sentence without being its subject: "При этом он отметил, что …". */
// («Но читатели жалуются, что», «А жильцы говорят»: a conjunction opening the sentence, a word of its own.)
// (Thirty-sixth session: «Сам 19-летний гонщик признался, что …», «Сама пострадавшая рассказала»: the emphatic «сам»
// before the subject is no part of it; the subject was read as no one and the clause given to the person named before.)
const RU_OPENERS = /^\s*(?:(?:Но|А|И|Сам|Сама|Сами)(?=\s)|При этом|В свою очередь|Кроме того|Между тем|Вместе с тем|Тем временем|Однако|Также|Позднее|Ранее|Затем|Впрочем|Тем не менее|Напомним(?:\s+также)?)\s*,?\s*/u;

/** A question answered, before the subject: "На вопрос, знаком ли он с …, " / "На вопрос о сроках ". */
// (Forty-second session: «В ответ на вопрос судьи, почему …, Сизов заметил, что», «В ответ на вопрос, поедет ли …, Кокорин
// заметил»: «в ответ на» before «вопрос», the question put by a question word as well as by «ли», and a capitalised subject
// after it, a surname alone or a full name; the clause had not been found, or the question's last word read into the name
// («России Кокорин»). Guard: the question's clause one stretch without a comma, opened by «ли» within it or a question word.)
const RU_QUESTION_OPENER = /^\s*(?:[Вв]\s+ответ\s+на|[Нн]а)\s+(?:наш\s+|мой\s+)?вопрос(?:\s+[^,]{1,60}?)?,\s*(?:(?:[^,]{1,100}?(?<!\p{L})ли(?!\p{L})|(?:почему|зачем|когда|как|где|куда|откуда|сколько|кто|что|чем|какой|какая|какое|какие|каким|какую)(?!\p{L}))[^,]{0,100}?,\s*)?(?=\p{L})/u;

/** A time before the subject ("В августе Минсельхоз сообщил", "в 2025 году Ростехнадзор указал", "В понедельник компания …"). */
const RU_TIME_ADVERBIAL = /^\s*(?:[Вв]о?\s+(?:\p{N}{4}\s+году|(?:прошлом|этом|текущем|минувшем)\s+(?:году|месяце)|(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)е|марте|мае|августе|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|конце\s+\p{Ll}+)|[Нн]акануне|[Вв]чера|[Сс]егодня)\s+(?=\p{Lu})/u;

/**
 * An interview the subject gave, before the subject: «В интервью нашему изданию в 2010 году Корнилова говорила, что …»,
 * «В интервью «Вечерней Вологде» Name рассказывал». The outlet is lower-case words in the dative or a «name», a time may
 * follow; the subject opens capitalised right after. (Not an outlet's capitalised name without marks, «В интервью ТАСС
 * Name», which could be the subject's first word.)
 */
const RU_INTERVIEW_OPENER = /^\s*[Вв]\s+(?:(?:сво[её]м|давнем|последнем)\s+)?интервью(?:\s+(?:\p{Ll}+|\u00AB[^\u00BB]{1,40}\u00BB)){1,3}?(?:\s+в\s+\p{N}{4}\s+году)?\s+(?=\p{Lu})/u;

/** A wire's agency tag before the first sentence: "ИНТЕРФАКС - "; or its dateline with the day, "ЕРЕВАН, 4 дек — ". */
const AGENCY_RE = /^\s*\p{Lu}{3,}(?:[\s-]\p{Lu}{2,})*(?:,\s*\d{1,2}\s+\p{Ll}{3,8}\.?)?\s+[-\u2013\u2014]\s+/u;

/** A body's press office, whose words are the body's: "пресс-служба", and "пресс-центр" as some outlets name it, in any case. */
function isPressOffice(t: Token): boolean {
  return /^пресс-(?:служб|центр)\p{Ll}*$/u.test(t.lower);
}

/** Words for a settlement, before its name ("сел Кара-Суу и Ак-Жар", "в поселке Заречный", "аулов Жанаталап и Караой"). */
const PLACE_NOUN = /(?<!\p{L})(?:сел[оаеу]?|сёл|аул(?:а|е|у|ов|ах)?|деревн\p{Ll}*|посел\p{Ll}*|поселк\p{Ll}*|станиц\p{Ll}*|хутор\p{Ll}*|кишлак\p{Ll}*|город[аеу]?|городов|райцентр\p{Ll}*)\s+((?:\p{Lu}[\p{L}-]*(?:\s*,\s*|\s+и\s+))*\p{Lu}[\p{L}-]*)/gu;

/** A verb in the plural, present or past ("говорят", "пишут", "жаловались"): a group's. */
const RU_PLURAL_VERB_RE = /(?:ют|ят|ут|ат|ли)(?:ся|сь)?$/u;

/** A settlement's word in the prepositional, after "в" ("В деревне говорят", "В поселке считают"): its people, unnamed. */
const SETTLEMENT_AT = /^(?:деревне|селе|поселке|посёлке|кишлаке|ауле|станице|хуторе|райцентре)$/u;
/** The same settlements' words in the genitive, after «из» («учительница из села Name»). */
const SETTLEMENT_FROM = /^(?:деревни|села|поселка|посёлка|кишлака|аула|станицы|хутора|райцентра)$/u;

/**
 * `word` (a capitalised word in the prepositional, "Ак-Жаре", "Караое", not a body's) is a settlement the text names after
 * a word for one; looked for only when a sentence opens "В X говорят".
 */
function placeNamed(masked: string, word: Token): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u.test(word.text) || isAcronym(word) || isBodyWord(word) || isShortBodyName(word.text)
    || russianRoles(word.lower) !== null || /[\u00AB"]$/u.test(masked.slice(Math.max(0, word.start - 1), word.start))) return false;
  const stem = word.text.replace(/(?:е|и|у|ом|ем)$/u, '');
  if (stem.length < 4) return false;
  for (const m of masked.matchAll(PLACE_NOUN)) {
    if (m[1]!.split(/\s*,\s*|\s+и\s+/u).some((name) => name.startsWith(stem))) return true;
  }
  return false;
}

/** The body whose analysts the stretch `from`…`to` names by its «name» (russianResearchFirmQuoted), or null. */
function researchFirmQuotedPhrase(masked: string, from: number, to: number): SpeakerPhrase | null {
  const body = russianResearchFirmQuoted(masked.slice(from, to).replace(/[.!?\s]+$/u, ''));
  if (!body) return null;
  const at = masked.indexOf(body, from);
  return { kind: 'organisation', body, research: true, name: [], roles: [], qualifier: null, start: at, end: at + body.length };
}

/** "В пресс-службе подрядчика, компании «СеверМостСтрой», сообщили": the business the apposition names. */
function companyInApposition(masked: string, from: number, cueStart: number): SpeakerPhrase | null {
  // ("Владелец шахты, угольная компания «…», в своем сообщении подтвердила": adjectives before, an adverbial after.)
  // (Or its legal form before the «name»: «В пресс-службе подрядчика, ООО «…», сообщили».)
  const m = /,\s*(?:[\p{L}-]+\s+){0,2}(?:компани[ия]|П?АО|ООО|ОАО|ЗАО|НАО|АНО|МУП|ГУП|ФГУП|НПО|банка?|фонда?|группы?|холдинга?|концерна?|корпораци[ия]|предприяти[ея]|завода?|оператора?|перевозчика?)\s+\u00AB([^\u00BB]{2,60})\u00BB\s*(?:,[^,]{0,60})?$/u
    .exec(masked.slice(from, cueStart));
  if (!m) return null;
  const at = from + m.index + m[0].indexOf(m[1]!);
  return { kind: 'organisation', body: m[1]!, name: [], roles: [], qualifier: null, start: at, end: at + m[1]!.length };
}

/**
 * Who issued a document ("отчету контрольно-счетной палаты области", "данным аналитической компании «Инфолайн»",
 * "докладе Банка России о финансовой стабильности"): a «name» in it, else the phrase after the document's noun up to a
 * topic ("о …"); names in the genitive given in the nominative. Null when no owner is named ("материалов дела").
 */
function documentOwner(masked: string, all: Token[]): SpeakerPhrase | null {
  // ("По словам знакомого с ситуацией человека": a source described, not a document's topic.)
  if (all.some((t) => hasStem(t, RU_ANONYMOUS_STEMS)) && (!hasFullName(all) || isOutletsSource(all)) && !all.some((t) => hasStem(t, RU_DOCUMENT_STEMS))) {
    const source = parseRussianPhrase(all);
    // (Fortieth session: «По мнению ведущего научного сотрудника Полярного филиала ВНИРО Name(-а) Surname(-а)»: a full name
    // after a staff word and a body, which hasFullName does not know in the genitive, is the person, in the nominative, as
    // at the end below; it had stayed «Геннадия Ступина». Guard: two words or more, each printed as it stands.)
    const named = source?.kind === 'name' && source.name.length >= 2 && source.name.every((w) => all.some((t) => t.text === w));
    return (named ? { ...source, name: source.name.map(nominative) } : source) ?? { kind: 'anonymous', name: [], roles: [], qualifier: null, start: all[0]!.start, end: all.at(-1)!.end };
  }
  // («Как говорится в статье Голованова и его коллег в журнале «…»»: a paper by a scientist the text named, then its
  // co-authors and the journal it came out in, is its first author's, not the journal's. Guards: «статье» / «статьи»
  // right before one capitalised word of a surname's genitive shape (-ова, -ина, -ской …), then nothing, «и» or «в»; so
  // «в статье 159 УК» (a law's article, a number) and «в статье «Известий»» (an outlet's) are read as before.)
  if (all.length >= 2 && /^стать[еия]$/u.test(all[0]!.lower) && /^\p{Lu}\p{Ll}+(?:ова|ева|ёва|ина|ына|ской|цкой|ского|цкого|овой|евой|иной)$/u.test(all[1]!.text)
    && (all.length === 2 || ['и', 'в', 'во'].includes(all[2]!.lower)) && !isBodyWord(all[1]!) && russianRoles(all[1]!.lower) === null) {
    const author = parseRussianPhrase([all[1]!]);
    if (author?.kind === 'name') return { ...author, name: author.name.map(nominative) };
  }
  let tokens = all;
  while (tokens.length > 0 && (hasStem(tokens[0]!, RU_DOCUMENT_STEMS) || /(?:ом|ем|ой|ым|ых|ому)$/u.test(tokens[0]!.lower) && /^\p{Ll}/u.test(tokens[0]!.text) && tokens.length > 1 && hasStem(tokens[1]!, RU_DOCUMENT_STEMS))) tokens = tokens.slice(1);
  // ("данным Комитета по строительству и архитектуре Самарской области": "по" after a body's capitalised head word, with a
  // capitalised word later in the phrase, is part of the body's name, not the document's topic; not "отчета министерства по
  // итогам года".)
  const ofName = (k: number) => tokens[k]!.lower === 'по' && isBodyWord(tokens[k - 1]!) && /^\p{Lu}\p{Ll}/u.test(tokens[k - 1]!.text)
    && tokens.slice(k + 1).some((t) => /^\p{Lu}/u.test(t.text));
  // («в обращении организации в прокуратуру», «в письме жильцов в мэрию»: where a document sent was sent, «в» and a word in
  // the accusative, is no part of its sender. Guards: only after a noun for a document one sends, the word after «в» not in
  // the locative (-е, -и, -ой, -ей, -ом: «управления … в Иркутской области» names an office by its place).)
  const sent = all.length > 0 && /^(?:обращени|письм|жалоб|запрос|заявлени|иск|петици|ходатайств|представлени)/u.test(all[0]!.lower);
  const sentTo = (k: number) => sent && ['в', 'во'].includes(tokens[k]!.lower) && tokens[k + 1] !== undefined
    && !/(?:е|и|ой|ей|ом|ем|ах|ях)$/u.test(tokens[k + 1]!.lower);
  // (Forty-second session: «говорится в письме старшей по дому Name(-ы) Surname(-ой)»: a letter's sender described by a post
  // the lists do not know, then a full name in the genitive closing the phrase, is that person, in the nominative; the
  // post's «по» had been read as the letter's topic and the sender left unnamed. Guards: a document one sends; three words
  // or more; the last two capitalised, no body's word or post, the first name in a genitive's «-а / -я / -ы / -и»; a
  // lower-case word right before them; not in quotation marks.)
  const closing = tokens.slice(-2);
  const closingName = sent && tokens.length >= 3 && closing.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !isBodyWord(t) && russianRoles(t.lower) === null)
    && /[аяыи]$/u.test(closing[0]!.text) && !isPreposition(tokens.at(-3)!)
    // (A lower-case word before the name, a post's; not a body's «name» in the marks, «в заявлении ОАХК «Барки Точик»».)
    && /^\p{Ll}/u.test(tokens.at(-3)!.text) && !/[\u00AB"\u201E\u201C]\s*$/u.test(masked.slice(Math.max(0, closing[0]!.start - 2), closing[0]!.start))
    ? parseRussianPhrase(closing) : null;
  if (closingName?.kind === 'name' && closingName.name.length === 2) return { ...closingName, name: closingName.name.map(nominative) };
  const topic = tokens.findIndex((t, k) => k > 0 && (['о', 'об', 'за', 'на', 'по', 'от', 'с', 'со', 'к', 'для'].includes(t.lower) || sentTo(k)) && !ofName(k));
  if (topic > 0) tokens = tokens.slice(0, topic);
  // («…, говорится в письме жителей в мэрию», «в письме студентов ректору», «в письме фермеров Шумихинского района
  // губернатору»: a letter sent by people of a kind, none named, is theirs, unnamed; whom it was sent to, a post or a body
  // in the dative after them, is no sender. It had been read as that post («ректору» → the rector quoted before) or as one
  // of those people (a residents' council head for «жителей»). Forty-first session, d2255, d2292, d2294. Guards: a
  // document one sends; the plural genitive right after it; after that only a place in the genitive (lower-case words or
  // a capitalised adjective before «района», «области», «города», «поселка», «села», «округа», «края») and the addressee.)
  if (sent && tokens.length >= 1 && tokens.length <= 5 && isUnnamedPluralGenitive([tokens[0]!])) {
    let rest = tokens.slice(1);
    const last = rest.at(-1);
    if (last && /^\p{Ll}+[ую]$/u.test(last.text) && (russianRoles(last.lower) !== null || isBodyWord(last))) rest = rest.slice(0, -1);
    const place = rest.every((t, k) => /^\p{Ll}+$/u.test(t.text) ? !isPreposition(t) && russianRoles(t.lower) === null && !isBodyWord(t)
      : /^\p{Lu}\p{Ll}+(?:ого|его|ой|ей)$/u.test(t.text) && /^(?:района|области|города|поселка|посёлка|села|округа|края)$/u.test(rest[k + 1]?.lower ?? ''));
    if (rest.length <= 3 && place) return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, start: tokens[0]!.start, end: tokens[0]!.end };
  }
  // No owner named ("Согласно законопроекту", "в пояснительной записке к документу"): the body the text is about (resolved later).
  if (tokens.length === 0 || hasStem(tokens[0]!, RU_DOCUMENT_STEMS) || isPreposition(tokens[0]!)) {
    const noun = all.slice(0, 2).find((t) => hasStem(t, RU_DOCUMENT_STEMS));
    // "Председатель профсоюза Name направил письмо …" then "Как говорится в письме": the person who sent it.
    const author = noun ? authorOf(masked, noun) : null;
    if (author) return author;
    // ("По данным статистики", "согласно официальной статистике": statistics of no one named are an unnamed source, not
    // the body the text is about.)
    const statistics = all.find((t) => /^статистик/u.test(t.lower));
    if (statistics && tokens.length === 0 && all.every((t) => /^\p{Ll}+$/u.test(t.text) && !isBodyWord(t))) {
      return { kind: 'anonymous', name: [], roles: [], qualifier: null, start: all[0]!.start, end: all.at(-1)!.end };
    }
    // («По данным предварительных расчетов», «по данным последних замеров»: a study or a count no one is named with, an
    // adjective and its noun in the genitive after the document's word, is an unnamed source, as «По данным спутникового
    // мониторинга» is (an adjective in -ых was taken above for the document's own, «в официальных данных»). Guard: an
    // adjective and the noun, lower case, none a body's word; the noun a study's or a count's.)
    const studied = /^данн/u.test(all[0]?.lower ?? '') ? all.slice(1) : all;
    const study = studied.length === 2 && all.every((t) => /^\p{Ll}+$/u.test(t.text) && !isBodyWord(t)) && /(?:ых|их|ого|его|ой|ей)$/u.test(studied[0]!.lower)
      && /^(?:расч[её]т|подсч[её]т|исследовани|анализ|мониторинг|замер|наблюдени|измерени|опрос|экспертиз)/u.test(studied[1]!.lower);
    if (noun && study) return { kind: 'anonymous', name: [], roles: [], qualifier: null, start: all[0]!.start, end: all.at(-1)!.end };
    // ("В петиции говорится": a petition no body or person is said to have sent speaks for the people who signed it,
    // unnamed, not for the body the text is about.)
    // («В обращении говорится» after «Обращение … подписали … человек»: an appeal with no sender named is the same.)
    if (noun && /^(?:петици|обращени)/u.test(noun.lower)) return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, start: all[0]!.start, end: all.at(-1)!.end };
    // («Как следует из документов на сайте госзакупок», «из данных в открытой базе»: documents placed on a public site or in a
    // register, with no owner named, are an unnamed source, not the body the text is about. Guard: every word lower case and
    // none a body's word, so «на сайте министерства» and «на сайте «Name»» keep their owner.)
    const placed = tokens.length >= 2 && ['на', 'в', 'во'].includes(tokens[0]!.lower) && /^(?:сайт|портал|реестр|баз|картотек)\p{Ll}*$/u.test(tokens[1]!.lower);
    if (noun && placed && all.every((t) => /^[\p{Ll}-]+$/u.test(t.text) && !isBodyWord(t))) {
      return { kind: 'anonymous', name: [], roles: [], qualifier: null, start: all[0]!.start, end: all.at(-1)!.end };
    }
    // (The noun goes with it, so that the body can be found where the text spoke of that document before.)
    return noun ? { kind: 'organisation', body: `документ ${noun.lower}`, name: [], roles: [], qualifier: null, start: all[0]!.start, end: all.at(-1)!.end } : null;
  }
  // ("По оценке «Цифрового ритейла», …": the «name» may open the phrase, its mark before the first word.)
  const quoteFrom = masked[tokens[0]!.start - 1] === '\u00AB' ? tokens[0]!.start - 1 : tokens[0]!.start;
  // (One word alone, «Инфолайна», is read below and put in the nominative.)
  const quotedAny = /\u00AB(\p{Lu}[^\u00BB]{1,40})\u00BB/u.exec(masked.slice(quoteFrom, tokens.at(-1)!.end + 1));
  const quoted = quotedAny && (quoteFrom === tokens[0]!.start || /\s/u.test(quotedAny[1]!)) ? quotedAny : null;
  // ("По словам ведущего специалиста центра «Гидрон» Вадима Ледянкина": a person of the «body», named after it, is the source.)
  const person = quoted && tokens.length >= 3 && hasFullName(tokens.slice(-2)) && tokens.some((t) => russianRoles(t.lower) !== null)
    && tokens.at(-2)!.start > quoteFrom + quoted.index + quoted[0].length ? parseRussianPhrase(tokens) : null;
  // (A role in an oblique case, "гендиректора … Ольги Кречетовой", has put the name in the nominative already: once only.)
  const printed = tokens.slice(-2).map((t) => t.base);
  if (person?.kind === 'name') return { ...person, name: person.name.every((w, k) => w === printed[k]) ? person.name.map(nominative) : person.name };
  if (quoted) {
    const at = quoteFrom + quoted.index + 1;
    return { kind: 'organisation', body: quoted[1]!, name: [], roles: [], qualifier: null, start: at, end: at + quoted[1]!.length };
  }
  // (The body's name with "по" in it, read whole: the resolver gives its head word in the nominative.)
  if (tokens.length >= 3 && tokens.slice(1).some((_, k) => ofName(k + 1)) && isBodyWord(tokens[0]!) && /^\p{Lu}/u.test(tokens[0]!.text)) {
    return { kind: 'organisation', body: tokens.map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, start: tokens[0]!.start, end: tokens.at(-1)!.end };
  }
  const parsed = parseRussianPhrase(tokens);
  // («В заключении Правительства Российской Федерации», «в письме Счетной палаты Российской Федерации»: a body's name of
  // three words or more, its head word capitalised, which the phrase reader leaves unread; read whole, the resolver puts
  // the head word in the nominative.)
  if (!parsed && bodyNameInGenitive(tokens, isBodyWord, isPreposition)) {
    return { kind: 'organisation', body: tokens.map((t) => t.text).join(' '), name: [], roles: [], qualifier: null, start: tokens[0]!.start, end: tokens.at(-1)!.end };
  }
  // («По данным лаборатории Центра гигиены и эпидемиологии в Ивановской области, …»: a body's capitalised name, then «в» and
  // the region it serves, in the locative, to the phrase's end; the body is read from its capitalised head, without its
  // unit's lower-case word («лаборатории») or its region. Thirty-eighth session, test-56 r07. Guard: only a region's word (области, крае, республике, районе,
  // округе) after a capitalised adjective in the locative, ending the phrase, and a capitalised word of the body's before «в».)
  const regionAt = parsed ? -1 : tokens.findIndex((t, k) => k >= 2 && (t.lower === 'в' || t.lower === 'во') && tokens.slice(0, k).some((w) => /^\p{Lu}\p{Ll}/u.test(w.text))
    && tokens.length - k === 3 && /^\p{Lu}\p{Ll}+(?:ой|ей|ом|ем)$/u.test(tokens[k + 1]!.text) && /^(?:области|крае|республике|районе|округе)$/u.test(tokens[k + 2]!.lower));
  if (regionAt > 0) {
    const owner = documentOwner(masked, tokens.slice(tokens.findIndex((w) => /^\p{Lu}\p{Ll}/u.test(w.text)), regionAt));
    if (owner?.kind === 'organisation') return owner;
  }
  // ("Как следует из материалов дела": a document of no one the text names, lower-case words only, is an unnamed source.)
  // («из материалов картотеки арбитражных дел», «по данным единого реестра юридических лиц»: a public register's own
  // words, up to four, the same.)
  if (!parsed && tokens.length <= 4 && tokens.every((t) => /^\p{Ll}+$/u.test(t.text) && !isBodyWord(t) && russianRoles(t.lower) === null)
    && all.some((t) => hasStem(t, RU_DOCUMENT_STEMS))) {
    // («В обращении организации» where the text introduced «Общественная организация «X»»: that body, resolved later.)
    if (tokens.length === 1 && russianBodyIntroducedByKind(masked, tokens[0]!.lower, tokens[0]!.start) !== null) {
      return { kind: 'organisation', body: tokens[0]!.lower, name: [], roles: [], qualifier: null, start: tokens[0]!.start, end: tokens[0]!.end };
    }
    // (Forty-third session: «говорится в сообщении зоопарка» after «пресс-служба Сыктывкарского зоопарка»: the body named
    // with a capitalised adjective before that head noun; russian-body-by-head-noun.ts.)
    const named = tokens.length === 1 ? bodyNamedByHeadNoun(masked, tokens[0]!.lower) : null;
    if (named !== null) return { kind: 'organisation', body: named, name: [], roles: [], qualifier: null, start: tokens[0]!.start, end: tokens[0]!.end };
    return { kind: 'anonymous', name: [], roles: [], qualifier: null, start: tokens[0]!.start, end: tokens.at(-1)!.end };
  }
  // («По словам спортивного директора клуба Инги Валиевой»: a role in the genitive before the name has put it in the
  // nominative already, «Инга Валиева»; put again, it lost its endings, «Инг Валиев». Guard: only a name whose words are
  // all printed as they stand is put in the nominative here, as the aside's reading above does.)
  const asPrinted = parsed?.kind === 'name' && parsed.name.every((w) => tokens.some((t) => t.text === w));
  return parsed?.kind === 'name' && asPrinted ? { ...parsed, name: parsed.name.map(nominative) } : parsed;
}

/**
 * «… стало коллективное обращение жильцов дома. В нем говорится …»: a document whose noun is followed by people of a kind in
 * the genitive plural is theirs, unnamed; null for any other.
 */
function unnamedSenders(document: readonly Token[]): SpeakerPhrase | null {
  const senders = document.slice(1, 2);
  if (senders.length === 0 || !isUnnamedPluralGenitive(senders)) return null;
  return { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, start: senders[0]!.start, end: senders[0]!.end };
}

/** The words from the last document noun before `at` to its sentence's end ("сообщении на сайте службы"), or null. */
function documentBefore(masked: string, at: number): Token[] | null {
  const from = Math.max(0, at - 400);
  const words = tokenize(masked.slice(from, at), from);
  const noun = words.findLastIndex((t) => hasStem(t, RU_DOCUMENT_STEMS) && /^\p{Ll}/u.test(t.text));
  if (noun < 0) return null;
  // (The phrase ends at its sentence's end or at a comma: "Согласно сообщению, агрегат …" names no owner after the noun.)
  const stop = masked.slice(words[noun]!.start, at).search(/[.!?]|,\s/u);
  const end = stop < 0 ? at : words[noun]!.start + stop;
  return words.slice(noun).filter((t) => t.end <= end);
}

/** The person named at the start of the latest sentence before `noun` that speaks of the same document, or null. */
/** A verb's ending after a document's stem («сообщ-ает», «сообщ-или», «заявл-яет», «обращ-аются»): no document's noun. */
const DOCUMENT_STEM_VERB_ENDING_RE = /^(?:а|я|е|и)?(?:ет|ют|ит|ят|ил|ила|или|ило|ал|ала|али|ало|ял|яла|яли|ть|ется|ются|лся|лась|лись)$/u;

function authorOf(masked: string, noun: Token): SpeakerPhrase | null {
  const stem = noun.lower.slice(0, 5);
  if (stem.length < 4) return null;
  // (A letter is also an appeal, a document: "направили письмо" then "В обращении говорится".)
  const LETTERS = ['письм', 'обращ', 'докум', 'жалоб', 'заявл'];
  const stems = LETTERS.includes(stem) ? LETTERS : [stem];
  const before = masked.slice(0, noun.start);
  // (A headline ends at its line: "Фермеры попросили …" is no sentence about the letter below it.)
  const starts = [...before.matchAll(/(?:^|[.!?]\u00BB?\s+|\n\s*)(?=\p{Lu})/gu)].map((m) => m.index! + m[0].length);
  // (Forty-fifth session, test-63 r08: the document's noun, not a verb of the same stem, «сообщает», «сообщили»,
  // «заявляет»: «…, сообщает <body>» names no message, and its sentence's subject before another verb («В селе Name
  // Name-ского района … подтвердили …») had become the author of a later bare «говорится в сообщении».)
  const isDocumentWord = (t: Token) => stems.some((s) => t.lower.startsWith(s) && !DOCUMENT_STEM_VERB_ENDING_RE.test(t.lower.slice(s.length)));
  for (let k = starts.length - 2; k >= 0 && k >= starts.length - 4; k--) {
    const sentence = masked.slice(starts[k]!, starts[k + 1]!);
    if (!stems.some((s) => sentence.toLowerCase().includes(s))) continue;
    const words = tokenize(sentence, starts[k]!);
    if (!words.some(isDocumentWord)) continue;
    const verb = words.findIndex((t, j) => j > 0 && /^\p{Ll}+(?:ил|ал|ял|ел|ул)[аио]?$/u.test(t.text));
    // (Whoever sent it comes before the document: "X направила письмо"; not "Копия письма есть у …, его подтвердил Y".)
    const noun = words.findIndex(isDocumentWord);
    // (Forty-second session: «Как говорится в ежегодном докладе уполномоченного, …. …, отмечается в докладе.»: the same
    // document named before with its owner after it, in a frame of its own, is that owner's; the bare «в докладе» had been
    // an unnamed source (test-58 r08). Guards: «в» / «во» / «из» before the noun (or one adjective between); the owner is
    // the words after the noun up to the comma, read as a document's owner is, and a post.)
    const frameAt = noun > 0 && ['в', 'во', 'из'].includes(words[noun - 1]!.lower) ? noun
      : noun > 1 && ['в', 'во', 'из'].includes(words[noun - 2]!.lower) && /^\p{Ll}+(?:ом|ем|ой|ей|ых|их|ого|его)$/u.test(words[noun - 1]!.text) ? noun : -1;
    const commaAt = frameAt >= 0 ? masked.indexOf(',', words[frameAt]!.end) : -1;
    const ownerWords = frameAt >= 0 && commaAt > 0 ? words.slice(frameAt).filter((t) => t.end <= commaAt) : [];
    const owner = ownerWords.length >= 2 && ownerWords.length <= 8 && !isPreposition(ownerWords[1]!) ? documentOwner(masked, ownerWords) : null;
    // (Only an owner by post, «уполномоченного», «губернатора»: a body or a name read there, «в заявлении ОАХК «Барки Точик»»,
    // «в письме туроператора турагентствам», had moved later bare mentions off the body the text is about; test-20 r04,
    // test-27 r09 on the first try.)
    if (owner?.kind === 'title') return owner;
    if (noun >= 0 && noun < verb) continue;
    const subject = verb > 0 ? speakerAtStart(words.slice(0, verb)) : null;
    // (A person: "Российской Федерации" after a ministry's name is none.)
    if (subject?.kind === 'name' && subject.name.length >= 2 && !/(?:ой|ии|ых)$/u.test(subject.name[0]!)) return subject;
    // ("Четыре крупнейших девелопера направили в правительство письмо": senders unnamed, so is the letter's source.)
    if (subject?.kind === 'anonymous') return subject;
    // (A sentence that only mentions it, "Копия письма есть у «Ведомостей»": the one before may say who wrote it.)
  }
  return null;
}

/**
 * Where a second frame joined by ", а" / ", но" opens inside a clause ("…, а глава департамента Name пообещал, что …"): the
 * comma that ends the first clause and the offset of its speaker, or null when the words before the verb name nobody.
 */
function secondFrame(masked: string, from: number, end: number): { cut: number; at: number } | null {
  const m = /,\s+(?:а|но|однако)\s+([^,.;:!?]{2,120}?)\s+(\p{Ll}+)\s*,\s*что\s/u.exec(masked.slice(from, end));
  // («Одни говорили, что …, другие признавались, что …»: the pair's second half after a bare comma, russian-some-and-others.ts.)
  // («Первая считает, что …, второй уверен, что …»: the pair's second after a bare comma, russian-first-and-second-of-pair.ts.)
  const others = othersFrameIn(masked.slice(from, end)) ?? secondOfPairFrameIn(masked.slice(from, end));
  if (others && RU_SPEECH_VERBS.has(others.verb) && (!m || others.cut < m.index)) return { cut: from + others.cut, at: from + others.at };
  // («Специалисты сомневаются, что …: они считают, что …», «…; эксперты полагают, что …»: a colon or a semicolon, then a subject
  // and a verb of saying with its own «, что», opens a new frame, as «, а» does; the first clause ran on into it (thirty-
  // second session's second round, dev d1558). Guards: the colon or semicolon outside a quotation (the text is masked);
  // the verb a verb of saying; the words before it a speaker, a pronoun too (the same source said it again); before «, а»'s
  // frame only when it comes first.)
  const colon = /[:;]\s+([^,.;:!?«»]{2,80}?)\s+(\p{Ll}+)\s*,\s*что\s/u.exec(masked.slice(from, end));
  if (colon && RU_SPEECH_VERBS.has(colon[2]!) && (!m || colon.index < m.index)) {
    const at = from + colon.index + colon[0].indexOf(colon[1]!);
    if (speakerAtStart(tokenize(colon[1]!, at))) return { cut: from + colon.index, at };
  }
  if (!m || !RU_SPEECH_VERBS.has(m[2]!)) return null;
  const at = from + m.index + m[0].indexOf(m[1]!);
  const who = speakerAtStart(tokenize(m[1]!, at));
  return who && who.kind !== 'pronoun' ? { cut: from + m.index, at } : null;
}

/**
 * "…, что ставку сохранят, и тогда, по ее словам, рубль …", "…, поскольку, по его словам, суд не учел …": words that join
 * a second clause, then the same speaker's aside; the second clause is theirs too, and the first ends before the comma.
 * (Not "…, а объезд, по их словам, разбит …": a subject before the aside keeps one clause.)
 */
const RU_JOINED_ASIDE_RE = /,\s*(?:(?:и|а|но)\s+)?(?:тогда|поэтому|поскольку|так\s+как|потому\s+что|ведь|значит|следовательно|иначе)\s*,\s*по\s+(?:его|ее|её|их)\s+(?:словам|оценке|мнению|подсчетам|расчетам)\s*,\s*/u;

/**
 * "…, что стоимость может превысить … и что часть средств выделит …": two clauses of one frame; so too ", а также что …"
 * and a second speech verb of the same speaker, "…, и напомнил, что …", "…, но настаивает, что …".
 */
function splitAtAndThat(masked: string, clause: { start: number; end: number }): { start: number; end: number }[] {
  const slice = masked.slice(clause.start, clause.end);
  // ("…, что география узкая, но настаивает, что …": a second speech verb after ", но" / ", однако", the same speaker's too.)
  const andThat = [...slice.matchAll(/,?\s+(?:и|а\s+также)\s+что\s+|,\s+и\s+(?:также\s+)?(\p{Ll}+)\s*,\s*что\s+|,\s+(?:но|однако)\s+(?:при\s+этом\s+|также\s+)?(\p{Ll}+)\s*,\s*что\s+/gu)]
    .find((m) => (m[1] === undefined && m[2] === undefined) || RU_SPEECH_VERBS.has(m[1] ?? m[2]!));
  const aside = RU_JOINED_ASIDE_RE.exec(slice);
  const and = andThat && (!aside || andThat.index <= aside.index) ? andThat : aside;
  if (!and) return [clause];
  // ("признал, что задержки есть, но заверил, что …": a clause of two words is whole when a second verb of saying follows it.)
  const first = trimmedClause(masked, clause.start, clause.start + and.index, andThat === and ? 2 : 3);
  const rest = trimmedClause(masked, clause.start + and.index + and[0].length, clause.end);
  return first && rest ? [first, ...splitAtAndThat(masked, rest)] : [clause];
}

/** «Как установило управление, …», «Как установил суд», «Как выяснили в полиции»: what a body found, in the «Как X, …» frame only. */
const FINDING_VERB = /^(?:установил|выяснил)(?:[аои])?$/u;

/** Adjectives of data a body gives out about its own case ("предварительным", "уточненным", "официальным"). */
const OWN_DATA_ADJECTIVES = /^(?:предварительн|уточненн|уточнённ|официальн|оперативн|последн|обновленн|обновлённ|итогов|первичн)(?:ым|им)$/u;

/**
 * Data of no one at all, neither named nor pointed at: «По неофициальной информации, …», «по неподтвержденным данным»,
 * «по некоторым сведениям». Thirtieth session: an unnamed source, as English "According to early estimates" is (dev d980)
 * and «По информации местных телеграм-каналов» is; not the body that spoke last (OWN_DATA_ADJECTIVES is that).
 */
const UNOWNED_DATA_ADJECTIVES = /^(?:неофициальн|неподтвержденн|неподтверждённ|непроверенн|некотор)(?:ой|ым|им)$/u;

/** The source after "по словам", "по данным", "по мнению" … (`cueFirst`: the cue before it, "по словам X"; else "по его словам"). */
function byWordsSource(masked: string, cueWord: string, who: Token[], cueFirst: boolean): SpeakerPhrase | null {
  // («По словам последнего, …»: the latter of those just named, read as «по его словам», russian-the-latter.ts.)
  const latter = cueFirst ? latterAsPronoun(cueWord, who) : null;
  if (latter) return { kind: 'pronoun', pronoun: latter, name: [], roles: [], qualifier: null, start: who[0]!.start, end: who[0]!.end };
  // ("По словам судьи": "по словам" governs the genitive, so a lone role in -и / -ы is one person, not a plural.)
  // ("По словам архитектора", "По мнению фигуристки": a lone noun for a person in the genitive singular, which the rules
  // may not know, is the one just named, whatever their post; not a source, a body or a document.)
  // ("По словам чиновника" after a named official: that official; the resolver keeps an unnamed official unnamed.)
  const official = who.length === 1 && who[0]!.lower === 'чиновника';
  const personNoun = who.length === 1 && /^\p{Ll}+$/u.test(who[0]!.text) && ['словам', 'слов', 'мнению', 'свидетельству', 'свидетельствам'].includes(cueWord)
    && /[^и][аяиы]$/u.test(who[0]!.lower) && (!hasStem(who[0]!, RU_ANONYMOUS_STEMS) || official) && !isBodyWord(who[0]!) && !hasStem(who[0]!, RU_DOCUMENT_STEMS)
    && !RU_PRONOUNS[who[0]!.lower] && russianRoles(who[0]!.lower) === null;
  // ("По словам главы министерства": a role of the -а declension, "глава", "судья", in the genitive singular, with whose
  // post it is after it; not "аналитиков банка".)
  const headOf = who.length > 1 && who.length <= 5 && /^\p{Ll}+[иы]$/u.test(who[0]!.text) && russianRoles(who[0]!.lower.slice(0, -1) + 'а') !== null
    && !hasFullName(who.slice(1)) && !who.slice(1).some((t) => isPreposition(t) || hasStem(t, RU_ANONYMOUS_STEMS));
  // ("По словам женщины", "по мнению фигуристки": a person noun in -ы / -и the role list lacks is still one just named.)
  // ("По словам курьера", "по словам потерпевшей": a word for a person by its ending, in the nominative, as a post is read.)
  const byEnding = who.length === 1 && /^\p{Ll}+$/u.test(who[0]!.text) && ['словам', 'слов', 'мнению', 'свидетельству', 'свидетельствам'].includes(cueWord) ? peopleNounNominative(who[0]!.lower) : null;
  const oneRole = ((who.length === 1 || headOf) && /[иы]$/u.test(who[0]!.lower) ? russianRoles(who[0]!.lower) : null)
    ?? (official ? ['чиновник'] : byEnding ? [byEnding] : personNoun ? ['специалист'] : null);
  // ("По версии следствия", "По версии защиты / обвинения": the investigators (the body the text names), the defence
  // lawyer, the prosecutor.)
  const side = who.length === 1 ? /^(?:(следстви[яе])|(защиты)|(обвинения))$/u.exec(who[0]!.lower) : null;
  const sideSpan = { name: [], qualifier: null, start: who[0]!.start, end: who[0]!.end };
  // («По данным следствия» in a text that names no investigating body: what investigators found, from no one the text
  // names, an unnamed source, as English "Investigators say" is (dev d1050). Guard: «по данным» only, so «По версии
  // следствия», the investigators' side in a case against the defence's, stays theirs; and a Следственное управление or СК
  // the text names stays the speaker.)
  const investigators = side?.[1] !== undefined && cueWord === 'данным' && !/следствен|(?<!\p{L})СК(?!\p{L})/iu.test(masked);
  const sidePhrase: SpeakerPhrase | null = !side ? null : investigators ? { kind: 'anonymous', roles: [], ...sideSpan }
    : side[1] ? { kind: 'organisation', body: 'следствие', roles: [], ...sideSpan }
    : { kind: 'title', roles: [side[2] ? 'адвокат' : 'прокурор'], ...sideSpan };
  // («По информации местных телеграм-каналов», «по данным городских пабликов», «по сообщениям СМИ»: sources online or in the
  // press, none named: russian-online-places.ts.)
  // (Forty-first session, test-59 r08: «По информации туроператоров, …», «по сведениям перевозчиков»: people of a kind in the
  // genitive plural after «информации» / «сведениям» as after «данным», unnamed (dev d1623's «По информации водителей»);
  // the frame had found no one and the clause was lost.)
  const unnamedPlural = (['словам', 'мнению', 'оценке', 'оценкам', 'данным', 'информации', 'сведениям', 'подсчетам', 'подсчётам', 'наблюдениям', 'слов', 'свидетельству', 'свидетельствам'].includes(cueWord) && isUnnamedPluralGenitive(who))
    || (['информации', 'данным', 'сведениям', 'словам'].includes(cueWord) && isUnnamedOnlineSources(who))
    // (Thirty-ninth session: «По информации осведомленных лиц, …», «по сведениям заинтересованных лиц»: the same persons
    // after «информации» / «сведениям», which read no plural of people before.)
    || (['информации', 'сведениям'].includes(cueWord) && isAdjectivesThenPersons(who));
  const plural: SpeakerPhrase | null = unnamedPlural ? { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, start: who[0]!.start, end: who.at(-1)!.end } : null;
  // ("По словам перевозчика", "по мнению застройщика": a kind of business, the business the text names.)
  const business: SpeakerPhrase | null = who.length === 1 && BUSINESS_KIND.test(who[0]!.lower)
    ? { kind: 'organisation', body: who[0]!.lower, name: [], roles: [], qualifier: null, start: who[0]!.start, end: who[0]!.end } : null;
  // (Forty-second session: «…, сообщили «Гудку» в пресс-службе магистрали. По данным дороги, …»: a railway's own words for
  // itself, «дорога», «магистраль», alone after «по данным» / «по словам» / «по информации», in a text that names a
  // «… железная дорога», are that railway, as «в пресс-службе дороги» already was (parseRussianPhrase). Guard: the text
  // prints «железн… дорог…». test-60 r10.)
  const railway: SpeakerPhrase | null = who.length === 1 && /^(?:дороги|магистрали)$/u.test(who[0]!.lower) && /железн\p{Ll}+\s+дорог/iu.test(masked)
    ? { kind: 'organisation', body: 'железная дорога', name: [], roles: [], qualifier: null, start: who[0]!.start, end: who[0]!.end } : null;
  if (railway) return railway;
  const peopleOf = who.length === 1 ? bodyPeople(who[0]!) : null;
  const people: SpeakerPhrase | null = peopleOf
    ? { kind: 'organisation', body: peopleOf, name: [], roles: [], qualifier: null, start: who[0]!.start, end: who[0]!.end } : null;
  // («По словам ее соседки по блоку», «по мнению коллег погибшего»: someone's neighbour, colleague or relative, unnamed,
  // russian-relations.ts; read here, as documentOwner reads no people (twenty-ninth session).)
  const related = ['словам', 'слов', 'мнению', 'свидетельству', 'свидетельствам'].includes(cueWord) && who.length >= 2 ? isUnnamedRelation(who.map((t) => t.text)) : null;
  const relation: SpeakerPhrase | null = related ? { kind: 'anonymous', plural: related.plural || undefined, name: [], roles: [], qualifier: null, start: who[0]!.start, end: who.at(-1)!.end } : null;
  // («Как пишет Handelsblatt, …. По данным издания, …»: «издания» alone is the outlet cited last, as «издание» is after a
  // verb, outletSource; thirty-first session. Guard: the one word, the outlet found by name before it, else as ever.)
  const outlet = who.length === 1 && who[0]!.lower === 'издания' ? outletSource(masked, [{ ...who[0]!, text: 'издание', lower: 'издание' }], who[0]!.start) : null;
  // («По словам начальника местного отделения МЧС»: a post of a body the text names, no holder named, an unnamed source;
  // russian-post-of-named-body.ts.)
  const bodyPost = outlet || people || plural || business || sidePhrase || relation || oneRole ? null
    : postOfNamedBody(masked, who, russianRoles, (w) => givenNameGender(w) !== null, RU_PREPOSITIONS, isAcronym);
  if (bodyPost) return { kind: 'anonymous', name: [], roles: [], qualifier: null, start: who[0]!.start, end: who.at(-1)!.end };
  return outlet ?? people ?? plural ?? business ?? sidePhrase ?? relation ?? (oneRole ? { kind: 'title' as const, name: [], roles: [...oneRole], qualifier: null, start: who[0]!.start, end: who[0]!.end }
    : cueFirst ? documentOwner(masked, who) : parseRussianPhrase(who));
}

/**
 * "— цитирует футболиста пресс-служба клуба", "— цитирует его ТАСС": the object of a verb of quoting, in the accusative
 * (a word for a person, which is the genitive's form, or a pronoun), is whose words they are; who relays them comes
 * after it. Null for any other word (a name, an outlet, "слова", read as before).
 */
export function quotedObjectPhrase(word: Token): SpeakerPhrase | null {
  const span = { start: word.start, end: word.end };
  if (['его', 'ее', 'её', 'их'].includes(word.text)) return { kind: 'pronoun', pronoun: RU_PRONOUNS[word.text]!, name: [], roles: [], qualifier: null, ...span };
  if (!/^\p{Ll}+$/u.test(word.text) || !/(?:[аяиыую]|[ое]го)$/u.test(word.lower) || isBodyWord(word) || isOutletWord(word)) return null;
  const role = /[аяиы]$/u.test(word.lower) && /[^и][ая]$/u.test(word.lower) ? russianRoles(word.lower) : null;
  // ("пенсионерку", "судью": a feminine word's accusative in -у / -ю, in the nominative.)
  const feminine = /[^аеиоуыэюя][ую]$/u.test(word.lower) ? word.lower.replace(/у$/u, 'а').replace(/ю$/u, 'я') : null;
  const noun = role ? null : feminine ? (russianRoles(feminine) ? null : isRussianPeopleNoun(feminine) ? feminine : null) : peopleNounNominative(word.lower);
  const roles = role ?? (feminine ? russianRoles(feminine) : null) ?? (noun ? [noun] : null);
  return roles ? { kind: 'title', name: [], roles: [...roles], qualifier: null, ...span } : null;
}

/**
 * A word for a person by its ending, in the genitive singular ("курьера", "спасателя", "студентки", "потерпевшей",
 * "задержанного"), in the nominative; null for any other word.
 */
function peopleNounNominative(genitive: string): string | null {
  const forms = [genitive.replace(/(?:ого|его)$/u, (e) => (/[жшщч]его$|[уюая]щего$|вшего$/u.test(genitive) ? 'ий' : e === 'ого' ? 'ый' : 'ий')),
    genitive.replace(/(?:ой|ей)$/u, 'ая'), genitive.replace(/ы$/u, 'а'), genitive.replace(/([кгхжшщч])и$/u, '$1а'), genitive.replace(/я$/u, 'ь'), genitive.replace(/а$/u, '')];
  const word = forms.find((f) => f !== genitive && isRussianPeopleNoun(f));
  return word && !hasStem({ lower: word } as Token, RU_ANONYMOUS_STEMS) ? word : null;
}

/** A participle's aside in the genitive singular after a source ("…, побывавшей в больнице, …", "…, выступавшего на форуме, …"). */
const SOURCE_ASIDE_FEMININE = /^\p{Ll}+(?:вш|ющ|ящ|щ)ей(?:\s[^,]{0,60})?,\s*(?=\p{Ll})/u;
const SOURCE_ASIDE_MASCULINE = /^\p{Ll}+(?:вш|ющ|ящ|щ)(?:его|ого)(?:\s[^,]{0,60})?,\s*(?=\p{Ll})/u;

/** Reported speech in one Russian sentence, masked[start, end). */
export function russianClauses(masked: string, start: number, end: number): ReportedClause[] {
  // («Директор зоопарка, которую назначили в марте, Name рассказала, что …»: a relative clause between a post and its
  // holder's name is an aside, blanked so the subject reads as without it; russian-relative-aside-before-name.ts.)
  const relativeAside = relativeAsideBeforeName(masked.slice(start, end), (w) => russianRoles(w) !== null);
  if (relativeAside) {
    const blanked = masked.slice(0, start + relativeAside.from) + ' '.repeat(relativeAside.to - relativeAside.from) + masked.slice(start + relativeAside.to);
    return russianClauses(blanked, start, end);
  }
  // («Name отвечает уклончиво: мол, …»: what follows «мол» is the subject's words retold; russian-mol-reported.ts.)
  const mol = molFrame(masked.slice(start, end));
  if (mol) {
    const lead = Math.max(start + mol.subjectAt, start + (RU_OPENERS.exec(masked.slice(start, end))?.[0].length ?? 0));
    const phrase = lead < start + mol.subjectEnd ? russianSubjectBefore(masked, lead, start + mol.subjectEnd) : null;
    const clause = trimmedClause(masked, start + mol.clauseAt, end);
    const cueAt = start + mol.verbAt;
    if (phrase && clause) return [{ ...clause, cue: { text: mol.verb, start: cueAt, end: cueAt + mol.verb.length }, phrase }];
  }
  // («Мартыновой пришлось признать, что …»: a surname in the dative, «пришлось» and a verb of saying; russian-dative-had-to-say.ts.)
  const hadTo = dativeHadToSay(masked.slice(start, end), masked.slice(0, start));
  if (hadTo) {
    const clause = trimmedClause(masked, start + hadTo.clauseAt, end);
    const cueAt = start + hadTo.cueAt;
    const phrase: SpeakerPhrase = { kind: 'name', name: [hadTo.surname], roles: [], qualifier: null, start: start + hadTo.at, end: start + hadTo.at + hadTo.length };
    if (clause) return splitAtAndThat(masked, clause).map((c) => ({ ...c, cue: { text: hadTo.cue, start: cueAt, end: cueAt + hadTo.cue.length }, phrase }));
  }
  // "…, сообщил X, добавив, что …", "X отказался от комментариев, отметив лишь, что …": the gerund's clause
  // is said by whoever the part before it names.
  // ("В «…» от комментариев отказались, сославшись на то, что …": the reason given, the same frame.)
  // ("…от комментариев отказалась, сказав лишь, что …", "…, заверив, что …", "…, пообещав, что …".)
  const gerund = /,\s*(добавив|отметив|подчеркнув|заявив|пояснив|указав|напомнив|уточнив|признав|предупредив|сказав|заверив|пообещав|объяснив|сообщив|заметив|сославшись\s+на\s+то)(?:\s+(?:лишь|также|при\s+этом|только))?\s*,\s*что\s+/u.exec(masked.slice(start, end));
  if (gerund) {
    const at = start + gerund.index;
    const head = russianClauses(masked, start, at);
    const whoTokens = tokenize(masked.slice(start, at), start);
    const verb = whoTokens.findIndex((t) => RU_SPEECH_VERBS.has(t.lower) || /(?:ся|сь)$/u.test(t.lower) || /л[аи]?$/u.test(t.lower));
    const phrase = head[0]?.phrase ?? (verb > 0 ? speakerAtStart(whoTokens.slice(0, verb)) : null);
    const clause = trimmedClause(masked, at + gerund[0].length, end);
    const cueAt = at + gerund[0].indexOf(gerund[1]!);
    if (phrase && clause) return [...head, { ...clause, cue: { text: gerund[1]!, start: cueAt, end: cueAt + gerund[1]!.length }, phrase }];
  }
  // («…, однако, по словам тренера, его травма не опасна»: a joined source's aside inside the sentence; what follows it is
  // the source's, what comes before is read alone; russian-joined-source-aside.ts.)
  const joinedAside = russianJoinedSourceAside(masked.slice(start, end));
  if (joinedAside) {
    const tail = russianClauses(masked, start + joinedAside.frameStart, end);
    if (tail.length > 0 && tail[0]!.cue && tail[0]!.cue.start >= start + joinedAside.frameStart) return [...russianClauses(masked, start, start + joinedAside.at), ...tail];
  }
  // "Ее поддержал коллега Name, заявивший, что …": the participle's clause is said by the one named just before it.
  const participle = /,\s*((?:заяви|отмети|подчеркну|поясни|указа|напомни|уточни|призна|сообщи|добави|рассказа)\p{Ll}?вш(?:ий|ая|ие|его|ей))\s*,\s*что\s+/u.exec(masked.slice(start, end));
  if (participle) {
    const at = start + participle.index;
    const before = tokenize(masked.slice(start, at), start);
    const phrase = speakerAtEnd(before.slice(-8));
    const clause = trimmedClause(masked, at + participle[0].length, end);
    const cueAt = at + participle[0].indexOf(participle[1]!);
    if (phrase?.kind === 'name' && phrase.name.length >= 2 && clause) {
      return [...russianClauses(masked, start, at), { ...clause, cue: { text: participle[1]!, start: cueAt, end: cueAt + participle[1]!.length }, phrase }];
    }
  }
  const tagged = start + (AGENCY_RE.exec(masked.slice(start, end))?.[0].length ?? 0);
  // A digest's bullet ("⚡️ По данным …", "• …") is no word of the sentence.
  const from = tagged + (/^(?:[\s\p{So}\p{Sk}\p{Cf}\u2022\u25AA\u25BA\u2014-]|\uFE0F)+(?=\p{L})/u.exec(masked.slice(tagged, end))?.[0].length ?? 0);
  // ("Однако, по оценке центра «…», …", "Вместе с тем, как отмечают эксперты, …": a linking word before the frame.)
  const linked = RU_OPENERS.exec(masked.slice(from, end));
  if (linked && linked[0].length > 0 && /^(?:[Пп]о|[Сс]о|[Кк]ак|[Сс]огласно)\s/u.test(masked.slice(from + linked[0].length, end))) {
    const framed = russianClauses(masked, from + linked[0].length, end);
    if (framed.length > 0) return framed;
  }
  const sentence = masked.slice(from, end);
  const tokens = tokenize(sentence, from);

  // «Сообщается, что …», «Как стало известно, …», «Ходят слухи, что …»: no one named says it (russian-impersonal-frame.ts).
  const impersonal = russianImpersonalFrame(sentence);
  if (impersonal) {
    const clause = trimmedClause(masked, from + impersonal.clauseStart, end);
    const cueAt = from + impersonal.cue.start;
    if (clause) {
      return [{ ...clause, cue: { text: impersonal.cue.text, start: cueAt, end: cueAt + impersonal.cue.text.length },
        phrase: { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, start: cueAt, end: cueAt + impersonal.cue.text.length } }];
    }
  }

  // («В сети пишут, что …», «На месте рассказали, что …», «В порту говорят, что …»: a place that names no one opens the
  // sentence, the people there an unnamed source; russian-unnamed-place-opening.ts, forty-third session.)
  const placeOpening = unnamedPlaceOpening(sentence);
  if (placeOpening) {
    const clause = trimmedClause(masked, from + placeOpening.clauseStart, end);
    const cueAt = from + placeOpening.cue.start;
    const phrase: SpeakerPhrase = { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, start: from + placeOpening.place.start, end: from + placeOpening.place.end };
    if (clause) return splitAtAndThat(masked, clause).map((c) => ({ ...c, cue: { text: placeOpening.cue.text, start: cueAt, end: cueAt + placeOpening.cue.text.length }, phrase }));
  }

  // («В школе пообещали, что …», «В больнице сообщили, что …»: an institution opening the sentence, the one the text
  // named before, else an unnamed source; russian-institution-place-opening.ts, forty-fifth session.)
  const institution = institutionPlaceOpening(masked, from, sentence, (w) => RU_SPEECH_VERBS.has(w));
  if (institution) {
    const clause = trimmedClause(masked, from + institution.clauseStart, end);
    const cueAt = from + institution.cue.start;
    const place = { start: from + institution.place.start, end: from + institution.place.end };
    const phrase: SpeakerPhrase = institution.body === null
      ? { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, ...place }
      : { kind: 'organisation', body: institution.body, name: [], roles: [], qualifier: null, ...place };
    if (clause) return splitAtAndThat(masked, clause).map((c) => ({ ...c, cue: { text: institution.cue.text, start: cueAt, end: cueAt + institution.cue.text.length }, phrase }));
  }

  // («Говорят в селе, что …», «Рассказали местные жители, что …», «Передают из Звездного, что …»: the verb first, who after
  // it, russian-verb-first-frame.ts; read as after «Как …». Nothing kept when no one is read.)
  const verbFirst = russianVerbFirstFrame(sentence, (w) => RU_SPEECH_VERBS.has(w));
  if (verbFirst) {
    const who = verbFirst.who.map((t) => ({ ...t, start: t.start + from, end: t.end + from }));
    // (Guard: a place reported from holds no body's word, letters or outlet; «Из пресс-службы передают» is left to others.)
    const placeOnly = verbFirst.fromPlace && !who.slice(1).some((t) => isBodyWord(t) || isAcronym(t) || isShortBodyName(t.text) || isOutletWord(t) || isPressOffice(t));
    const phrase: SpeakerPhrase | null = placeOnly ? { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, start: who[0]!.start, end: who.at(-1)!.end }
      : verbFirst.fromPlace ? null : outletSource(masked, who, from) ?? speakerAtEnd(who) ?? unnamedGroupAtStart(who);
    const clause = trimmedClause(masked, from + verbFirst.clauseStart, end);
    const cueAt = from + verbFirst.cue.start;
    if (phrase && clause) return splitAtAndThat(masked, clause).map((c) => ({ ...c, cue: { text: verbFirst.cue.text, start: cueAt, end: cueAt + verbFirst.cue.text.length }, phrase }));
  }

  // "По словам дипломата, …", "По его словам, …".
  // "По информации собеседника агентства, …", "По мнению аналитика, …": the same frame.
  // "По ее данным, …", "По его оценке, …", "По данным Росстата, …": the same frame, a document's owner as the source.
  // ("По наблюдениям сотрудников парка, …": what people of a kind saw is reported as their data is.)
  // (Thirty-fourth session: «По признанию актрисы, …», «По его признанию, …»: what someone admitted, read as «по словам»;
  // the source is read with «словам»'s rules, a person's. Guard: only «признанию» in the dative, the frame's own shape.)
  // (Fortieth session: «С его слов, …», «С ее слов, …»: what someone told, read as «по его словам»; a pronoun's own form
  // only. Guard: «С» alone before a pronoun and «слов», so «с его помощью» or «с их слов» in no opening is not a frame.)
  const bySlovam = /^\s*(?:[Пп]о|[Сс]о|[Сс](?=\s+(?:его|ее|её|их)\s+слов\s*,))\s+(?:(\p{L}+)\s+(словам|мнению|данным|оценке|оценкам|подсчетам|расчетам|информации|прогнозу|прогнозам|сведениям|версии|наблюдениям|признанию|слов(?=\s*,))|(словам|слов|информации|мнению|оценке|оценкам|данным|подсчетам|расчетам|прогнозу|прогнозам|сведениям|версии|наблюдениям|свидетельству|свидетельствам|признанию)\s+([^,]{1,120}?))\s*,\s*/u.exec(sentence);
  if (bySlovam) {
    const cuePrinted = bySlovam[2] ?? bySlovam[3]!;
    const cueWord = cuePrinted === 'признанию' || (cuePrinted === 'слов' && bySlovam[2]) ? 'словам' : cuePrinted;
    const cueAt = from + bySlovam.index + bySlovam[0].indexOf(cuePrinted);
    const whoText = bySlovam[1] ?? bySlovam[4]!;
    const whoAt = from + bySlovam.index + bySlovam[0].indexOf(whoText);
    const who = tokenize(whoText, whoAt);
    // («По предварительным данным, …», «По уточненным данным»: data of no one named, which the body that spoke last gives out,
    // as «Как уточнили в пресс-службе» is; not «По некоторым данным», «по неофициальным», rumours of no one.)
    const ofLast = bySlovam[1] !== undefined && /^(?:данным|оценкам|подсчетам|подсчётам|сведениям)$/u.test(cueWord) && OWN_DATA_ADJECTIVES.test(bySlovam[1].toLowerCase());
    // (Guard: the adjective alone before «информации» / «данным» / «сведениям»; «По словам некоторых …» is read as before.)
    const unowned = bySlovam[1] !== undefined && /^(?:информации|данным|сведениям)$/u.test(cueWord) && UNOWNED_DATA_ADJECTIVES.test(bySlovam[1].toLowerCase());
    const parsed: SpeakerPhrase | null = ofLast ? { kind: 'organisation', body: 'там', name: [], roles: [], qualifier: null, start: whoAt, end: whoAt + whoText.length }
      : unowned ? { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, start: whoAt, end: whoAt + whoText.length }
      : byWordsSource(masked, cueWord, who, bySlovam[4] !== undefined);
    // ("по словам" governs the genitive; documentOwner has already put its names in the nominative.)
    const phrase = parsed?.kind === 'name' && !bySlovam[4] ? { ...parsed, name: parsed.name.map(nominative) } : parsed;
    // ("По словам членов комиссии, побывавшей в больнице, …": a participle's aside on the source's last word, agreeing with
    // it in the genitive singular, is not what was said.)
    const at = from + bySlovam.index + bySlovam[0].length;
    const last = who.at(-1)!.lower;
    const agrees = /[иы]$/u.test(last) ? SOURCE_ASIDE_FEMININE : /[ая]$/u.test(last) ? SOURCE_ASIDE_MASCULINE : null;
    const aside = bySlovam[4] && agrees ? agrees.exec(masked.slice(at, end)) : null;
    const clause = trimmedClause(masked, at + (aside?.[0].length ?? 0), end);
    if (phrase && clause) return [{ ...clause, cue: { text: cuePrinted, start: cueAt, end: cueAt + cuePrinted.length }, phrase }];
  }

  // (Thirty-fifth session: «Если верить собеседнику, …», «Если верить источникам в мэрии, …», «Если верить ему, …»,
  // «Если верить данным Росстата, …»: trusting someone's word is «по словам» in other words; who is in the dative, put in
  // the nominative and read as a subject is, or a cue word with its genitive read as after «по» (dev d1713). Guards: the
  // frame opens the sentence and a comma closes who; a lower-case word or a pronoun after «верить», so «Если верить в
  // чудо» (a preposition) and a clause with no comma are no frame.)
  const ifTrust = /^\s*[Ее]сли\s+верить\s+(?!в\s|во\s|на\s)([^,]{2,100}?)\s*,\s*(?=[«„"“]?\p{Ll})/u.exec(sentence);
  if (ifTrust) {
    const whoText = ifTrust[1]!;
    const whoAt = from + ifTrust.index + ifTrust[0].indexOf(whoText);
    const who = tokenize(whoText, whoAt);
    const first = who[0]!;
    const pronoun = who.length === 1 ? ({ ему: 'его', ей: 'ее', им: 'их' } as Record<string, string>)[first.lower] : undefined;
    const cueWord = /^(?:словам|данным|информации|сведениям|оценкам|оценке|подсчетам|прогнозам|прогнозу)$/u.test(first.lower) && who.length > 1 ? first.lower : null;
    const nominativeWord = /^\p{Ll}{4,}$/u.test(first.text)
      ? first.lower.replace(/([кгхжшщч])ам$/u, '$1и').replace(/ам$/u, 'ы').replace(/ям$/u, 'и').replace(/це$/u, 'ца').replace(/ю$/u, 'ь').replace(/([^аеиоуыэюя])у$/u, '$1') : '';
    const noun = !pronoun && !cueWord && nominativeWord !== first.lower && nominativeWord !== ''
      && (hasStem({ ...first, lower: nominativeWord }, RU_ANONYMOUS_STEMS) || russianRoles(nominativeWord) !== null || isRussianPeopleNoun(nominativeWord));
    const parsed: SpeakerPhrase | null = pronoun ? { kind: 'pronoun', pronoun: RU_PRONOUNS[pronoun]!, name: [], roles: [], qualifier: null, start: first.start, end: first.end }
      : cueWord ? byWordsSource(masked, cueWord, who.slice(1), true)
      : noun ? speakerAtStart([{ ...first, text: nominativeWord, lower: nominativeWord }, ...who.slice(1)]) : null;
    const at = from + ifTrust.index + ifTrust[0].length;
    const clause = trimmedClause(masked, at, end);
    const cueAt = from + ifTrust.index + ifTrust[0].indexOf('верить');
    if (parsed && clause) return [{ ...clause, cue: { text: 'верить', start: cueAt, end: cueAt + 6 }, phrase: parsed }];
  }

  // "Письмо, по данным источников “Ъ”, направлено …": what follows the aside.
  // (Not a participle describing the source: "…, по словам источника, знакомого с ситуацией.")
  // ("Автобус ходит через райцентр, а скорая, по словам фельдшера Name, ехала …": the aside may follow the subject of a
  // clause joined by "а" / "но" / "однако"; what follows it is still what was said.)
  // («Выпускники, по оценке союза, ехать не хотят», «…, по мнению экспертов, …»: an estimate's or an opinion's aside the same.)
  // (Thirty-third session: «Паром прошел ремонт, однако, по словам капитана, одна из машин …», «Покупатели, впрочем, по словам
  // продавцов, уходят …»: a joining or parenthetical word set off by its own commas before the aside. Guard: only these
  // words, alone between the commas.)
  const aside = /^(?:[^,]{1,120},\s*(?:а|но|однако)\s+)?[^,]{1,80},\s*(?:(?:однако|но|а|впрочем|правда|кстати|тем\s+не\s+менее|между\s+тем)\s*,\s*)?[Пп]о\s+(словам|данным|информации|оценке|оценкам|мнению|подсчетам|расчетам|свидетельству|свидетельствам)\s+([^,]{1,120}?)\s*,\s*(?=\p{Ll})(?!(?:знающ|знаком|близк|осведомл|пожелавш|попросивш|\p{Ll}+(?:ющ|ящ|вш)\p{Ll}+(?:ий|ая|ие|его|ей|их|ого|ому|ым|ими)[\s,.]))/u.exec(sentence);
  if (aside) {
    const cueAt = from + aside.index + aside[0].indexOf(aside[1]!);
    const whoAt = cueAt + aside[1]!.length + aside[0].slice(aside[0].indexOf(aside[1]!) + aside[1]!.length).indexOf(aside[2]!);
    const whoTokens = tokenize(aside[2]!, whoAt);
    // ("Дети, по словам родителей, играют …": people of a kind in the genitive plural, unnamed; looked at first, as after
    // "По словам" opening a sentence: "Фельдшер, по словам местных жителей, …" is the residents', not a person named before.)
    const unnamedPlural = isUnnamedPluralGenitive(whoTokens);
    // ("Подрядчик, по словам главы, сдал …": a lone role in the genitive, a business's kind, a body's people, read as after
    // "По словам" opening a sentence.)
    const parsed = unnamedPlural ? { kind: 'anonymous' as const, plural: true, name: [], roles: [], qualifier: null, start: whoTokens[0]!.start, end: whoTokens.at(-1)!.end }
      : byWordsSource(masked, aside[1]!, whoTokens, false);
    // (A name the parser has already put in the nominative, "фельдшера Ольги Демидовой" → Ольга Демидова, is left so.)
    const printed = parsed?.kind === 'name' && parsed.name.every((w) => whoTokens.some((t) => t.text === w));
    const phrase = parsed?.kind === 'name' && printed ? { ...parsed, name: parsed.name.map(nominative) } : parsed;
    const clause = trimmedClause(masked, from + aside.index + aside[0].length, end);
    if (phrase && clause) return [{ ...clause, cue: { text: aside[1]!, start: cueAt, end: cueAt + aside[1]!.length }, phrase }];
  }

  // "Траншею, как утверждают жильцы, выкопали …": "как" and a verb of saying set inside the sentence; what follows the aside.
  // ("Теперь, говорят местные жители, дорога занимает …": the same aside without "как".)
  // ("Цифра кажется скромной, однако, как подчеркивает исследовательница, такие …": a joining word before "как" too.)
  const kakAside = /^([^,]{1,80})(,\s*(?:(?:(?:однако|но|а|и)\s*,\s*)?как\s+)?)(\p{Ll}+)(\s+)([^,]{1,80}?)\s*,\s*(?=\p{Ll})/u.exec(sentence);
  // (Without "как", only a verb in the present, "говорят", "считает она": "…, рассказал «Ведомостям» собеседник, близкий к
  // компании." is the speaker after the words, with an aside on the speaker.)
  const bare = kakAside !== null && !/как/u.test(kakAside[2]!);
  // ("Кроме того, напомнила она, город …": after an opener alone, a verb in the past is an aside too.)
  const afterOpener = bare && RU_OPENERS.exec(kakAside[1]!)?.[0].trimEnd().length === kakAside[1]!.trimEnd().length;
  // («Повышать тарифы … несправедливо, считают жители, подписавшие обращение к акиму.»: a participle after the second comma
  // describes the speaker; the frame closes the sentence and is read as a tail, tailFrame. Thirty-eighth session, test-56 r09.)
  // (Forty-third session: «…, сообщает источник, знакомый с ситуацией.»: an adjective that says what the source knows or
  // is near, «знакомый», «близкий», «осведомленный», to the sentence's end, describes the speaker as a participle does; it
  // had been read as the clause. Guard: no comma after it, so an aside with more after it is read as before.)
  const afterAside = kakAside !== null ? sentence.slice(kakAside.index + kakAside[0].length) : '';
  const describesSource = /^(?:знаком|близк|осведомл|информированн)\p{Ll}*\s[^,]*$/u.test(afterAside);
  const participleAfter = kakAside !== null && (describesSource || isParticipleWord(/^\p{Ll}+/u.exec(afterAside)?.[0] ?? ''));
  if (kakAside && !participleAfter && RU_SPEECH_VERBS.has(kakAside[3]!) && (!bare || afterOpener || /(?:ет|ит|ют|ят|ут)$/u.test(kakAside[3]!))
    && !tokenize(kakAside[1]!).some((t) => RU_SPEECH_VERBS.has(t.lower))) {
    const verb = kakAside[3]!;
    const cueAt = from + kakAside.index + kakAside[1]!.length + kakAside[2]!.length;
    const who = tokenize(kakAside[5]!, cueAt + verb.length + kakAside[4]!.length);
    // ("Губернатор Name, как рассказала «РГ», ожидает …": an outlet told; the subject before the aside spoke.)
    const toldOnly = who.length > 0 && who.every((t) => isOutletWord(t) || RU_LISTENERS.has(t.lower) || isWebOutlet(t.text));
    const phrase = toldOnly ? speakerAtStart(tokenize(kakAside[1]!, from + kakAside.index)) : speakerAtEnd(who) ?? unnamedGroupAtStart(who);
    const clause = trimmedClause(masked, from + kakAside.index + kakAside[0].length, end);
    if (phrase && clause) return [{ ...clause, cue: { text: verb, start: cueAt, end: cueAt + verb.length }, phrase }];
  }

  // «Сельская аптека, отметила она, не может …»: a verb and a pronoun set inside the sentence (russian-pronoun-aside.ts).
  const saidAside = russianPronounAside(sentence);
  if (saidAside) {
    const phrase = parseRussianPhrase(tokenize(saidAside.pronoun.text, from + saidAside.pronoun.start));
    const clause = trimmedClause(masked, from, end);
    const cueAt = from + saidAside.cue.start;
    if (phrase && clause) return [{ ...clause, cue: { text: saidAside.cue.text, start: cueAt, end: cueAt + saidAside.cue.text.length }, phrase }];
  }

  // "Спешка, по его словам, может …": a pronoun's aside inside the sentence, after the words that open it. The clause is
  // what follows the aside ("может …"), whatever opened the sentence: the development and read parts annotate it so
  // (d1373, d1402, d1427, d1080, test-19 r01, test-23 r05, test-24 r05 against d294 and test-29 r02, brought to it in the
  // thirty-fourth session), and a clause kept whole would take a sentence's subject into a short statement.
  const pronounAside = /^[^,]{1,80},\s*[Пп]о\s+(его|ее|её|их)\s+(словам|данным|мнению|оценке)\s*,\s*(?=[«„"“]?\p{Ll})/u.exec(sentence);
  if (pronounAside && tokens[0] && RU_PRONOUNS[pronounAside[1]!.toLowerCase()]) {
    const pronounAt = from + pronounAside.index + pronounAside[0].search(/(?:его|ее|её|их)\s/u);
    const cueAt = pronounAt + pronounAside[0].slice(pronounAside[0].search(/(?:его|ее|её|их)\s/u)).indexOf(pronounAside[2]!);
    const phrase = parseRussianPhrase(tokenize(pronounAside[1]!, pronounAt));
    const clause = trimmedClause(masked, from + pronounAside.index + pronounAside[0].length, end);
    if (phrase && clause) return [{ ...clause, cue: { text: pronounAside[2]!, start: cueAt, end: cueAt + pronounAside[2]!.length }, phrase }];
  }

  // "Согласно отчету X, …", "Как следует из доклада X, …", "Как говорится в сообщении X, …", "Из отчетности X следует, что …":
  // a document speaks for whoever issued it.
  // («Как уточняется в сообщении ведомства, …», «Как указывается в письме …»: the same two verbs the frame set after its clause
  // takes; thirty-eighth session, test-56 r07.)
  const document = /^\s*(?:([Сс]огласно)\s+([^,]{1,120}?)\s*,\s*|[Кк]ак\s+(следует|говорится|сказано|указано|отмечается|сообщается|подчеркивается|уточняется|указывается)\s+(?:из|в|во)\s+([^,]{1,120}?)\s*,\s*|[Ии]з\s+([^,]{1,120}?)\s+(следует)\s*,\s*что\s+)/u.exec(sentence);
  if (document) {
    const cueWord = document[1] ?? document[3] ?? document[6]!;
    const whoText = document[2] ?? document[4] ?? document[5]!;
    const cueAt = from + document.index + document[0].indexOf(cueWord);
    const whoAt = from + document.index + document[0].indexOf(whoText);
    const phrase = documentOwner(masked, tokenize(whoText, whoAt));
    let at = from + document.index + document[0].length;
    // ", опубликованном в ноябре, …": a participle's aside about the document is not what it says.
    // (Thirty-third session: nor a relative clause on it, «Как говорится в письме …, которое есть в распоряжении редакции, …»,
    // «…, копия которого есть у редакции, …». Guard: «котор…» opens the aside, at most 60 characters, a comma after it.)
    const aside = /^(?:\p{Ll}+(?:енн|анн|нн|вш|ющ|ящ)\p{Ll}*|(?:(?:с|в|на|у|из)\s+)?котор\p{Ll}+|\p{Ll}+\s+котор\p{Ll}+)[^,]{0,60},\s*/u.exec(masked.slice(at, end));
    if (aside && document[6] === undefined) at += aside[0].length;
    const clause = trimmedClause(masked, at, end);
    if (phrase && clause) return splitAtAndThat(masked, clause).map((c) => ({ ...c, cue: { text: cueWord, start: cueAt, end: cueAt + cueWord.length }, phrase }));
  }

  // "В письме говорится, что …", "В отчете компании указано, что …".
  // («В контракте, размещенном на сайте госзакупок, говорится, что …»: a participle's aside about the document between commas.)
  // («В справке комитета, которую получили депутаты, отмечается, что …»: a relative clause there, the same, when the document's
  // owner is named before it; «В письме, которое пришло от жителей, говорится» names its senders only inside it.)
  const inDocument = /^\s*[Вв]о?\s+([^,]{1,100}?)(?:\s*,\s*(?:\p{Ll}+(?:енн|анн|нн|вш|ющ|ящ)\p{Ll}*|(?:с\s+|в\s+|на\s+)?котор\p{Ll}+)[^,]{0,80},)?\s+(говорится|сказано|указано|отмечается|сообщается|подчеркивается|указывается)\s*,\s*что\s+/u.exec(sentence);
  const relative = inDocument !== null && /,\s*(?:с\s+|в\s+|на\s+)?котор/u.test(inDocument[0]);
  const inWords = inDocument && !(relative && tokenize(inDocument[1]!).length < 2) ? tokenize(inDocument[1]!) : [];
  // («В контракте с подрядчиком говорится», «В договоре на перевозки»: a contract the text's body of the state let.)
  const contract = inWords.length >= 1 && /^(?:госконтракт|контракт|договор)\p{Ll}{0,3}$/u.test(inWords[0]!.lower);
  // («В одном из обращений говорится»: one of several documents; «В нем говорится» after «… прислали коллективное письмо»: the
  // document the sentence before spoke of.)
  const oneOf = inWords.length >= 3 && /^одн(?:ом|ой)$/u.test(inWords[0]!.lower) && inWords[1]!.lower === 'из' && hasStem(inWords[2]!, RU_DOCUMENT_STEMS);
  const itself = inWords.length === 1 && /^(?:нем|нём|ней)$/u.test(inWords[0]!.lower);
  if (inDocument && (inWords.slice(0, 2).some((t) => hasStem(t, RU_DOCUMENT_STEMS)) || oneOf || itself || contract)) {
    const whoAt = from + inDocument.index + inDocument[0].indexOf(inDocument[1]!);
    const cueAt = from + inDocument.index + inDocument[0].indexOf(inDocument[2]!, inDocument[0].indexOf(inDocument[1]!) + inDocument[1]!.length);
    const who = tokenize(inDocument[1]!, whoAt);
    const earlier = itself ? documentBefore(masked, whoAt) : null;
    const phrase = oneOf ? (who.length > 3 ? documentOwner(masked, who.slice(2)) : { kind: 'anonymous', plural: true, name: [], roles: [], qualifier: null, start: who[0]!.start, end: who.at(-1)!.end } satisfies SpeakerPhrase)
      : itself ? (earlier ? authorOf(masked, { ...earlier[0]!, start: whoAt, end: whoAt + inDocument[1]!.length }) ?? unnamedSenders(earlier) : null)
      : contract ? { kind: 'organisation', body: 'документ контракт', name: [], roles: [], qualifier: null, start: who[0]!.start, end: who.at(-1)!.end } satisfies SpeakerPhrase
      : documentOwner(masked, who);
    const clause = trimmedClause(masked, from + inDocument.index + inDocument[0].length, end);
    if (phrase && clause) return splitAtAndThat(masked, clause).map((c) => ({ ...c, cue: { text: inDocument[2]!, start: cueAt, end: cueAt + inDocument[2]!.length }, phrase }));
  }

  // "Ранее сообщалось, что …": an earlier report by no one named is an unnamed source.
  const reported = /^\s*(?:[Рр]анее|[Пп]режде|[Уу]же)\s+(сообщалось|говорилось|писалось)\s*,\s*что\s+/u.exec(sentence);
  if (reported) {
    const cueAt = from + reported.index + reported[0].indexOf(reported[1]!);
    const clause = trimmedClause(masked, from + reported.index + reported[0].length, end);
    const phrase: SpeakerPhrase = { kind: 'anonymous', name: [], roles: [], qualifier: null, start: cueAt, end: cueAt + reported[1]!.length };
    if (clause) return splitAtAndThat(masked, clause).map((c) => ({ ...c, cue: { text: reported[1]!, start: cueAt, end: cueAt + reported[1]!.length }, phrase }));
  }

  // («Как установлено проверкой, …», «Как выяснено в ходе проверки», «Как установлено следствием»: what an inspection found
  // is the finding of whoever the text says carried it out, read as a document's owner; the investigators for «следствием».)
  const established = /^\s*[Кк]ак\s+(установлено|выяснено|выявлено)\s+(?:в\s+ходе\s+)?(проверк\p{Ll}*|ревизи\p{Ll}*|расследовани\p{Ll}*|следстви\p{Ll}*)\s*,\s*/u.exec(sentence);
  if (established) {
    const cueAt = from + established.index + established[0].indexOf(established[1]!);
    const nounAt = from + established.index + established[0].lastIndexOf(established[2]!);
    const span = { name: [], roles: [], qualifier: null, start: nounAt, end: nounAt + established[2]!.length };
    const phrase: SpeakerPhrase = /^следстви/u.test(established[2]!) ? { kind: 'organisation', body: 'следствие', ...span }
      : { kind: 'organisation', body: `документ ${established[2]!}`, ...span };
    const clause = trimmedClause(masked, from + established.index + established[0].length, end);
    if (clause) return [{ ...clause, cue: { text: established[1]!, start: cueAt, end: cueAt + established[1]!.length }, phrase }];
  }

  // "Как отметил X, …", "Как сообщили «Ъ» два источника, знакомые с ходом переговоров, …".
  // (Up to 180 characters before the comma: «Как рассказал в беседе с корреспондентом «…» начальник отдела … АО «…» Name,» names
  // the listener, the post and its business; thirty-first session, second round.)
  // (Any participle's aside after the speaker: "два горняка, работающие на шахте, …".)
  // («Как сообщила Анне Шмидт, журналистке издания, глава комитета Name, …»: whom it was told and the apposition on them
  // blanked, so that the speaker after them is read: russian-listener-apposition.ts.)
  const toldApposed = listenerApposedAfterAs(sentence);
  const asSentence = toldApposed ? sentence.slice(0, toldApposed.start) + ' '.repeat(toldApposed.end - toldApposed.start) + sentence.slice(toldApposed.end) : sentence;
  const kak = /^\s*[Кк]ак\s+(\p{L}+)\s+([^,]{1,180}?)\s*,\s*(?:(?:знающ|знаком|близк|осведомл|пожелавш|попросивш|участвующ|\p{Ll}+(?:ющ|ящ|вш)\p{Ll}+)[^,]*,\s*)?/u.exec(asSentence);
  // («Как показала проверка, …»: showing is finding when a check does it.)
  const checkShowed = kak !== null && /^показал[аои]?$/u.test(kak[1]!.toLowerCase()) && checkFindingsPhrase(tokenize(kak[2]!, 0)) !== null;
  if (kak && (RU_SPEECH_VERBS.has(kak[1]!.toLowerCase()) || FINDING_VERB.test(kak[1]!.toLowerCase()) || checkShowed)) {
    const cueAt = from + kak.index + kak[0].indexOf(kak[1]!);
    const whoAt = cueAt + kak[1]!.length + kak[0].slice(kak[0].indexOf(kak[1]!) + kak[1]!.length).indexOf(kak[2]!);
    // ("Как отметили организаторы кубка": when no closing stretch names anyone, the group that opens it, whose it is after.)
    // ("Как сообщил Name в беседе с журналистами", "Как рассказала курьер в своём телеграм-канале": where or to whom it was
    // said, after the speaker, names no one; the speaker is what comes before it: a full name, a word for a person or a
    // body's word, not a lone capitalised word, which may be whom it was told, "«Вестнику» в пресс-службе мэрии".)
    const whoTokens = tokenize(kak[2]!, whoAt);
    const at = whoTokens.findIndex((t, k) => k > 0 && isPreposition(t));
    const scene = at > 0 && whoTokens.slice(at).every((t) => /^\p{Ll}/u.test(t.text) || isOutletWord(t) || isWebOutlet(t.text)) ? parseRussianPhrase(whoTokens.slice(0, at)) : null;
    // («Как установила проверка, …»: the body that made the check: russian-check-findings.ts.)
    const check = FINDING_VERB.test(kak[1]!.toLowerCase()) || checkShowed ? checkFindingsPhrase(whoTokens) : null;
    const phrase = check ?? (scene && !whoTokens.slice(0, at).some((t) => isOutletWord(t) || RU_LISTENERS.has(t.lower) || isWebOutlet(t.text))
      && (scene.kind === 'organisation' ? whoTokens.slice(0, at).some((t) => isBodyWord(t) || BUSINESS_KIND.test(t.lower)) : scene.kind !== 'name' || scene.name.length >= 2) ? scene : null) ?? outletSource(masked, whoTokens, from) ?? speakerAtEnd(whoTokens)
      ?? unnamedGroupAtStart(whoTokens);
    const clause = trimmedClause(masked, from + kak.index + kak[0].length, end);
    if (phrase && clause) return [{ ...clause, cue: { text: kak[1]!, start: cueAt, end: cueAt + kak[1]!.length }, phrase }];
  }

  // "X заявил во вторник, что …", "Стороны выразили уверенность в том, что …".
  for (let k = 1; k < tokens.length; k++) {
    // ("дал понять, что", "дала понять журналистам, что": a hint frames a clause, as "намекнул" does; not "дал все, что мог";
    // a conclusion too, "сделала вывод, что".)
    const next = tokens[k + 1]?.lower;
    const hint = (/^дал[аои]?$/u.test(tokens[k]!.lower) && next === 'понять') || (/^сделал[аои]?$/u.test(tokens[k]!.lower) && next === 'вывод');
    // («Свидетель Name показал, что …», «Name на допросе показала, что …»: a person's testimony; not «Проверка показала, что …»,
    // what a check or a study showed, with no person named before the verb.)
    const testified = /^показал[аи]?$/u.test(tokens[k]!.lower) && (hasFullName(tokens.slice(0, k)) || tokens.slice(0, k).some((t) => /^свидетел/u.test(t.lower)));
    if (!RU_SPEECH_VERBS.has(tokens[k]!.lower) && !hint && !testified) continue;
    // (A listener in quotation marks, 'заявил "Интерфаксу", что', is no quotation.)
    // (Nor an outlet's dotted name, "рассказали URA.RU, что"; with digits or a longer Latin ending, "24.kg", "Kaktus.media".)
    const afterVerb = masked.slice(tokens[k]!.end, end).replace(/["\u00AB\u201C\u201E]\p{Lu}[\p{L}-]*["\u00BB\u201D]/gu, (q) => ' '.repeat(q.length))
      .replace(/[\p{L}\p{N}]+\.(?:\p{L}{2,3}|[A-Za-z]{4,6})(?!\p{L})/gu, (q) => ' '.repeat(q.length));
    // ("В мэрии объясняют: на одном из пролетов обнаружили трещину": a colon and what was said, unquoted.)
    // (Thirty-ninth session: «сказала, что, по данным источников в …, …», «заявил, что, по его словам, …»: an aside set off
    // by commas right after «что» opens the clause; the comma after «что» let no frame be read, and nothing was found. The
    // clause is the whole, aside and all (README, "nested frames": an inner frame stays in the outer clause). Guard: a
    // lower-case word after the comma.)
    const that = /^[^.,!?"]{0,60}?,\s*что(?:\s+|\s*,\s*(?=\p{Ll}))|^\s*:\s+(?=\p{L})/u.exec(afterVerb)
      ?? listenerApposedThat(afterVerb);
    if (!that) continue;
    const opener = RU_OPENERS.exec(masked.slice(from, tokens[k]!.start));
    // "Связаться с ним не удалось, однако его защитник Name сообщил, что": the subject of the last joined clause.
    const joined = /^.*,\s*(?:однако|но|а|причем|причём)\s+/su.exec(masked.slice(from, tokens[k]!.start));
    // ("На вопрос, знаком ли он с учредителем, главврач ответил, что": the question answered opens the sentence.)
    const question = RU_QUESTION_OPENER.exec(masked.slice(from, tokens[k]!.start));
    // («Вопрос («Коммерсантъ-Сибирь»): Перевозчики говорят, что …», «Вопрос: Родители … жалуются, что»: an interview's
    // question or answer label, perhaps with the asker's outlet in brackets, is no part of the subject; it was read as a
    // name «Вопрос Перевозчики». Guard: the label's word alone, opening the sentence, then a colon.)
    const qaLabel = /^\s*(?:Вопрос|Ответ)(?:\s*\([^()]{1,60}\))?\s*:\s+/u.exec(masked.slice(from, tokens[k]!.start));
    // («Открывая форум, ректор Name отметил»: an adverbial participle's phrase before the subject, russian-gerund-opener.ts.)
    const gerund = gerundOpenerLength(masked.slice(from + (opener?.[0].length ?? 0), tokens[k]!.start));
    const linkedFrom = from + Math.max(opener?.[0].length ?? 0, joined?.[0].length ?? 0, question?.[0].length ?? 0, qaLabel?.[0].length ?? 0,
      gerund > 0 ? (opener?.[0].length ?? 0) + gerund : 0);
    // (Or an interview it was said in, «В интервью нашему изданию в 2010 году Name говорила».)
    const time = RU_TIME_ADVERBIAL.exec(masked.slice(linkedFrom, tokens[k]!.start)) ?? RU_INTERVIEW_OPENER.exec(masked.slice(linkedFrom, tokens[k]!.start));
    const subjectFrom = linkedFrom + (time?.[0].length ?? 0);
    // ("В Минпросвещения «Татар-информу» сообщили": a word in quotation marks right before the verb is whom it was told.)
    // (In the dative, "«Уральскому рабочему»"; "«Русагротранса» сообщили" is whose press office, not whom.)
    const listenerAt = /["\u00AB\u201C\u201E][^"\u00BB\u201D]{1,40}?(?:у|ю|ам|ям|[.-](?:com|ru|net|org|info|media|today))["\u00BB\u201D]\s*$/iu.exec(masked.slice(from, tokens[k]!.start));
    const toldFrom = listenerAt ? from + listenerAt.index : tokens[k]!.start;
    const run = tokens.slice(0, k).filter((t) => t.start >= subjectFrom && t.end <= toldFrom);
    // "Председатель … Сергей Лапин назвал эти планы «…» и заявил, что": the subject of the verb before "и" (a past tense).
    const earlierVerb = run.length > 2 && run.at(-1)!.lower === 'и'
      ? run.findIndex((t, j) => j > 0 && /^\p{Ll}{2,}(?:ил|ал|ял|ел|ыл|ул)[аио]?(?:ся|сь)?$/u.test(t.text)) : -1;
    // ("В официальном ответе на запрос редакции министерство подчеркнуло": where it said so, then a body's word in the
    // nominative, which speaks.)
    // ("… департамент образования области сообщил": the body's word may have whose it is after it.)
    const bodyAt = run.length >= 3 && ['в', 'во', 'на'].includes(run[0]!.lower)
      ? run.findIndex((t, j) => j >= 2 && /^\p{Ll}+$/u.test(t.text) && isBodyWord(t) && bodyNominative(t.text) === t.text && !/(?:ий|ей|ов|ев|ам|ям|ах|ях)$/u.test(t.lower)
        // (Forty-first session: nor an adjective made from a body's word, «В первичной профсоюзной организации шахты
        // сообщили»: «профсоюзной» had been read as the body's nominative word, and the subject cut to begin at it.)
        && !/\p{Ll}{3,}(?:н|ск)(?:ой|ого|ом|ых)$/u.test(t.lower)
        && !isPreposition(run[j - 1]!) && !run.slice(1, j).some((u) => isBodyWord(u) || /^\p{Lu}/u.test(u.text)) && !masked.slice(run[0]!.start, t.start).includes(',')) : -1;
    const subject = earlierVerb > 0 ? run.slice(0, earlierVerb) : bodyAt > 0 ? run.slice(bodyAt) : run;
    // "Ольга Семенова, заместитель главы Росстата, заявила": the name before its apposition.
    const comma = masked.slice(subjectFrom, tokens[k]!.start).indexOf(',');
    const beforeComma = comma > 0 ? subject.filter((t) => t.end <= subjectFrom + comma) : [];
    // "Представитель Орлицкой, адвокат Тимур Хасанов, подтвердил": a full name in the apposition names whoever the title
    // before it describes.
    const second = comma > 0 ? masked.slice(subjectFrom + comma + 1, tokens[k]!.start).indexOf(',') : -1;
    const apposition = second > 0 ? subject.filter((t) => t.start > subjectFrom + comma && t.end <= subjectFrom + comma + 1 + second) : [];
    const apposed = apposition.length > 0 ? speakerAtStart(apposition) : null;
    const head = subjectPhrase(beforeComma);
    const named = apposed?.kind === 'name' && apposed.name.length >= 2 && !(head?.kind === 'name' && head.name.length >= 2) ? apposed : null;
    // "Топ-менеджер сети, говоривший на условиях анонимности, считает": unnamed on purpose.
    // ("Его коллега, представившийся только по имени Руслан, добавил": a first name alone leaves them unnamed.)
    // ("Представитель «Волна Телеком» подтвердил": a representative of a body in guillemets is unnamed, whatever its name looks like.)
    const spokesperson = /^\s*[Пп]редставител\p{Ll}{0,3}\s+\u00AB[^\u00BB]{2,60}\u00BB\s*$/u.test(masked.slice(subjectFrom, toldFrom));
    // ("Трейдер крупной международной компании, попросивший не называть его имени, считает": a body's person, read as the body.)
    const personHead = head?.kind !== 'organisation' || (beforeComma.length > 0 && !isBodyWord(beforeComma[0]!) && !isAcronym(beforeComma[0]!)
      && !isShortBodyName(beforeComma[0]!.text));
    // («Пенсионерка, пришедшая на открытие с внучкой, рассказала, что»: one word for one of the public, then a participle's
    // aside that describes her, then the verb: someone described, unnamed, not the latest person of her gender (thirty-third
    // session; d892's «Пенсионерка, живущая в доме напротив» annotated so). Guards: the one word before the comma, a word the
    // role lists keep for the public; the aside a participle's, nothing but spaces after it before the verb (no name after
    // the aside); nobody printed before with that word and a name after it («пенсионерка Name Surname»).)
    const publicWord = beforeComma.length === 1 ? beforeComma[0]! : null;
    const describedPublic = publicWord !== null && second > 0
      && /^\s*\p{Ll}{4,}[шщ](?:ий|ая|ее|ие)(?:ся)?\s/u.test(masked.slice(subjectFrom + comma + 1, subjectFrom + comma + 1 + second))
      && masked.slice(subjectFrom + comma + 1 + second + 1, tokens[k]!.start).trim() === ''
      && (russianRoles(publicWord.lower) ?? []).some((r) => RU_PEOPLE_ROLES.has(r))
      && !new RegExp(`(?<!\\p{L})[${publicWord.lower[0]!.toUpperCase()}${publicWord.lower[0]!}]${escapeRegExp(publicWord.lower.slice(1))}\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}`, 'u').test(masked.slice(0, subjectFrom));
    // (Thirty-fifth session: «Свидетель под псевдонимом «Кузнецов» показал, что», «Сотрудница банка, выступавшая под
    // вымышленным именем «Анна», рассказала»: a name given in place of the real one hides who spoke, an unnamed source as
    // «попросивший не называть его имени» is; the pseudonym is no person's name (dev d1711). Guards: the words «под
    // псевдонимом» or «под вымышленным / условным именем» with a quoted or capitalised name right after; a lower-case word
    // opens the subject, so «Name Surname под псевдонимом …» keeps the name printed in full.)
    const pseudonym = /^\s*\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,3}(?:\s*,\s*\p{Ll}+[^,]{0,60},)?\s+под\s+(?:псевдонимом|(?:вымышленн|условн)\p{Ll}+\s+(?:именем|фамилией))\s*[\u00AB"\u201E\u201C]?\s*\p{Lu}/u
      .test(masked.slice(subjectFrom, toldFrom)) && /^\p{Lu}\p{Ll}+$/u.test(subject[0]?.text ?? '') && (russianRoles(subject[0]!.lower) !== null || isRussianPeopleNoun(subject[0]!.lower));
    const unnamed = (personHead && beforeComma.length > 0 && second > 0 && RU_UNNAMED_ASIDE_RE.test(masked.slice(subjectFrom + comma, tokens[k]!.start)))
      || describedPublic || spokesperson || pseudonym ? { kind: 'anonymous' as const, name: [], roles: [], qualifier: null, ...(spokesperson || pseudonym
        ? { start: subject[0]!.start, end: subject.at(-1)!.end } : { start: beforeComma[0]!.start, end: beforeComma.at(-1)!.end }) } : null;
    // ("Заслуженный учитель России, преподаватель физкультуры из Тюмени Name уверен": titles joined by a comma, then the
    // full name they describe.)
    // ("Юрист, специализирующийся на жилищных спорах, Name пояснил": a participle's aside between the title and the name.)
    const participleAside = second > 0 && /^\s*\p{Ll}+(?:щ|вш)\p{Ll}*\s/u.test(masked.slice(subjectFrom + comma + 1, subjectFrom + comma + 1 + second));
    const afterTitles = head?.kind === 'title' && (second < 0 || participleAside)
      ? speakerAtStart(subject.filter((t) => t.start > subjectFrom + comma + (participleAside ? 1 + second : 0))) : null;
    const titled = afterTitles?.kind === 'name' && afterTitles.name.length >= 2 ? afterTitles : null;
    // ("В департаменте … ситуацию не комментировали, однако напомнили, что": no subject after "однако"; the sentence's own.)
    // (Up to the object, a negation or an adverb: "ситуацию", "не", "официально".)
    const opening = joined && subject.length === 0 ? tokens.filter((t) => t.start >= from + (opener?.[0].length ?? 0) && t.end <= from + joined[0].length) : [];
    const objectAt = opening.findIndex((t, j) => j > 1 && /^\p{Ll}/u.test(t.text) && (t.lower === 'не' || /\p{Ll}{4,}(?:ую|ию|ю|но|ко|сто)$/u.test(t.lower)));
    // («Name Surname, директор компании …, согласился с оценкой, но напомнил, что»: a full name before its apposition opens
    // the sentence; it is the subject carried, not the apposition's words read on to the first verb.)
    const carried = opening.length > 0 ? nameBeforeApposition(masked, opening, end)
      ?? speakerAtStart(opening.slice(0, objectAt > 0 ? objectAt : Math.min(opening.length, 8))) : null;
    // ("В Ак-Жаре же говорят", "В Караое считают": the people of a village or town the text has named as one, unnamed.)
    // ("В деревне говорят, что", "В кишлаке считают": the place's word alone, the settlement the text is about.)
    // («В хозяйствах уверяют, что …», «В пекарнях также жалуются»: places of a kind, none named, opening the sentence; the
    // whole stretch before the verb, but for the words RU_TRAILERS lists, is the place: russian-plural-places-unnamed.ts.)
    const placeRun = run.filter((t, j) => j < 2 || !RU_TRAILERS.has(t.lower));
    const ofAKind = placeRun.length >= 2 && run[0]!.start === subjectFrom && /^\p{Lu}/u.test(run[0]!.text)
      && isPluralPlaceOfAKind([{ ...run[0]!, text: run[0]!.lower }, ...placeRun.slice(1)], (t) => hasStem(t, RU_DOCUMENT_STEMS) || isOutletWord(t))
      ? { kind: 'anonymous' as const, plural: true, name: [], roles: [], qualifier: null, start: run[0]!.start, end: placeRun.at(-1)!.end } : null;
    const people = ofAKind ?? (run.length >= 2 && run.length <= 3 && ['в', 'во'].includes(run[0]!.lower) && /(?:ют|ят|ут|ат)(?:ся)?$/u.test(tokens[k]!.lower)
      && (run.length === 2 || RU_TRAILERS.has(run[2]!.lower)) && (placeNamed(masked, run[1]!) || SETTLEMENT_AT.test(run[1]!.lower))
      ? { kind: 'anonymous' as const, plural: true, name: [], roles: [], qualifier: null, start: run[1]!.start, end: run[1]!.end } : null);
    // («В комментариях к новости читатели пишут», «На форуме горожане жалуются»: where they wrote, in lower case, then a
    // plural group, unnamed; not a body's short name in lower case, «В краевом минприроды пояснили».)
    const lastWord = run.at(-1);
    const groupAfterWhere = run.length >= 3 && run.length <= 6 && ['в', 'во', 'на'].includes(run[0]!.lower) && run[0]!.start === subjectFrom
      && run.slice(1).every((t) => /^\p{Ll}/u.test(t.text)) && RU_PLURAL_VERB_RE.test(tokens[k]!.lower)
      && !run.slice(1, -1).some((t) => isBodyWord(t)) && lastWord && !isBodyWord(lastWord) && !isShortBodyName(capitalised(lastWord.text))
      && !/^мин/u.test(lastWord.lower) ? parseRussianPhrase([lastWord]) : null;
    const where = groupAfterWhere?.kind === 'anonymous' && groupAfterWhere.plural ? groupAfterWhere : null;
    // ("Коллеги врача утверждают", "Учителя жалуются": a plural in -и / -я / -а that is also a genitive singular, as the
    // subject of a plural verb, is a group, unnamed.)
    const plural = run.length >= 1 && run.length <= 2 && run[0]!.start === subjectFrom && RU_PLURAL_VERB_RE.test(tokens[k]!.lower)
      && ((run[0]!.lower === 'коллеги' || (/[яа]$/u.test(run[0]!.lower) && russianRoles(run[0]!.lower) !== null && !/^(?:глав|судь|член)/u.test(run[0]!.lower)))
        && (run.length === 1 || (/^\p{L}+$/u.test(run[1]!.text) && !isPreposition(run[1]!)))
        // («Агентства жалуются, что», «Банки утверждают»: a body's noun alone in the plural, bodies of a kind: russian-bodies-of-a-kind.ts.)
        // («Службы доставки жалуются»: with a lower-case word of what kind.)
        || ((run.length === 1 || (run.length === 2 && /^\p{Ll}+$/u.test(run[1]!.text) && !isPreposition(run[1]!)))
          && isBodyWord(run[0]!) && isBodyNounPlural(run[0]!.lower)))
      ? { kind: 'anonymous' as const, plural: true, name: [], roles: [], qualifier: null, start: run[0]!.start, end: run.at(-1)!.end } : null;
    // («Аналитики «Метриум Аналитика» прогнозируют»: a named body's analysts, its «name» whatever it looks like, research-firm.ts.)
    const firm = researchFirmQuotedPhrase(masked, subjectFrom, toldFrom);
    // («Name Surname, директор завода «…», напомнил»: a full name before an apposition that ends in a business's «name» is
    // the speaker, not the business; companyInApposition is for a body's press office before it.)
    const nameFirst = second > 0 && head?.kind === 'name' && head.name.length >= 2 && beforeComma[0] === subject[0] ? nameBeforeApposition(masked, subject, end) : null;
    // («…и смотритель Name Surname. Первая считает, что …»: the first or second of a pair just named, russian-first-and-second-of-pair.ts.)
    const member = subject.length === 1 ? memberOfPair(masked, subject[0]!.start, subject[0]!.text, russianGender) : null;
    const pairPhrase: SpeakerPhrase | null = member ? { kind: 'name', name: member, roles: [], qualifier: null, start: subject[0]!.start, end: subject[0]!.end } : null;
    const phrase = pairPhrase ?? people ?? plural ?? where ?? firm ?? nameFirst ?? companyInApposition(masked, from, tokens[k]!.start) ?? unnamed ?? named ?? titled ?? head ?? subjectPhrase(subject) ?? carried;
    // "Name подтвердил, что получил предложения, но отказался назвать …": a verb agreeing with the cue's after "но" is the
    // speaker's own next act, not what was said.
    const ending = /(л|ла|ли|ло)(?:ся|сь)?$/u.exec(tokens[k]!.lower)?.[1];
    // ("…, но от подробностей отказался", "…, но назвать их отказалась": a few words before that verb.)
    // ("…, но число закрытых точек назвать отказался": the object before the infinitive, then a verb of refusing.)
    // («…, а покупатели смогут …», «…, а жители получат …»: a plural noun for people in -ители / -атели ends as «уточнили»
    // does, but is the next clause's subject, no verb; the clause runs on, as the development part keeps «, а» clauses whole.)
    // ("…, но назвать сроки закрытия сделки отказался": the infinitive first, its object after it, then that verb.)
    // (Thirty-eighth session: «…, а слухи о закрытии назвал «…»»: the object first, then a verb of naming with the cue's ending
    // and a quotation right after it, the speaker's own act, a partial of its own; the clause ends before «, а». Guard: only
    // «назвал» / «охарактеризовал» before an opening quotation mark, up to five lower-case words before it.)
    // (Forty-third session: «…, а котел работает на пределе»: a noun that only ends as the cue's verb does, «котел», «персонал»,
    // followed by a verb in the present, is the next clause's subject; the clause runs on, russian-subject-ending-as-verb.ts.)
    const own = ending ? new RegExp(`,\\s+(?:но|однако|а)\\s+(?:при\\s+этом\\s+|затем\\s+|позже\\s+)?(?:от\\s+(?:\\p{Ll}+\\s+){1,2}?|\\p{Ll}+т[ьи]\\s+(?:(?:их|его|ее|её|это|подробности|детали)\\s+)?|(?:\\p{Ll}+\\s+){1,3}?\\p{Ll}+т[ьи]\\s+(?=отказал|не\\s+стал|не\\s+захотел|не\\s+пожелал)|\\p{Ll}+т[ьи]\\s+(?:\\p{Ll}+\\s+){1,3}?(?=отказал|не\\s+стал|не\\s+захотел|не\\s+пожелал)|(?:\\p{Ll}+\\s+){1,5}?(?=(?:назва|охарактеризова)л\\p{Ll}{0,2}\\s+[\u00AB"\u201E\u201C]))?(?:не\\s+)?(?!\\p{Ll}*[иая]тели(?!\\p{L}))\\p{Ll}+${ending}(?:ся|сь)?(?=[\\s.,;]|$)${RU_SUBJECT_NOT_ACT}`, 'u')
      .exec(masked.slice(tokens[k]!.end + that[0].length, end)) : null;
    // ("…, однако заверил, что …", "…, но при этом добавил, что …": a speech verb there frames a second clause of the same
    // speaker's (split below), not an act that ends what was said.)
    const ownSays = own !== null && RU_SPEECH_VERBS.has(own[0].split(/\s+/u).at(-1)!)
      && /^\s*,\s*что\s/u.test(masked.slice(tokens[k]!.end + that[0].length + own.index + own[0].length, end));
    // ("указывает, что рост превысит 14%, и называет такую нагрузку «…»": a verb of saying or naming after ", и" is the
    // speaker's next act.)
    // ("…, и добавил, что …": that verb framing a clause of its own is a second clause, split below, not an act that ends it.)
    const andSaysAt = RU_AND_SAYS_RE.exec(masked.slice(tokens[k]!.end + that[0].length, end));
    const andSays = andSaysAt && /^\s*,\s*что\s/u.test(masked.slice(tokens[k]!.end + that[0].length + andSaysAt.index + andSaysAt[0].length, end)) ? null : andSaysAt;
    const refusal = RU_REFUSAL_AFTER_COMMA_RE.exec(masked.slice(tokens[k]!.end + that[0].length, end));
    const ownAt = Math.min(own && !ownSays ? own.index : Infinity, andSays ? andSays.index : Infinity, refusal ? refusal.index : Infinity);
    const clauseEnd = Number.isFinite(ownAt) ? tokens[k]!.end + that[0].length + ownAt : end;
    const whole = trimmedClause(masked, tokens[k]!.end + that[0].length, clauseEnd);
    // ("Женщина сообщила, что передала незнакомцу деньги, сообщает пресс-служба УМВД.": a frame in the present at the
    // sentence's end relays the whole sentence; the clause ends before it.)
    const relay = phrase && whole ? tailFrame(masked, from, end)?.find((c) => c.cue.start > whole.start && c.cue.start < whole.end) : undefined;
    const clause = relay && !/л[аио]?(?:ся|сь)?$/u.test(relay.cue.text) ? trimmedClause(masked, whole!.start, relay.end) : whole;
    // ("Россия рассчитывает, что переговоры завершатся до конца года, заявила официальный представитель МИД Name.": a frame
    // in the present tense, inside a sentence whose own frame in the past follows at its end, is part of what that speaker said.)
    if (phrase && clause && !/л[аио]?(?:ся|сь)?$/u.test(tokens[k]!.lower)) {
      const tail = tailFrame(masked, from, end);
      if (tail?.some((c) => c.start <= tokens[k]!.start && /л[аио]?(?:сь|ся)?$/u.test(c.cue.text))) continue;
    }
    // "…сообщили, что проверку прошли все котельные, а глава департамента Name пообещал, что …": a second frame, its own speaker.
    const nextFrame = phrase && clause ? secondFrame(masked, clause.start, end) : null;
    if (phrase && clause && nextFrame) {
      const first = trimmedClause(masked, clause.start, nextFrame.cut);
      const rest = russianClauses(masked, nextFrame.at, end);
      if (first && rest.length > 0) return [...splitAtAndThat(masked, first).map((c) => ({ ...c, cue: cueOf(tokens[k]!), phrase })), ...rest];
    }
    if (phrase && clause) return splitAtAndThat(masked, clause).map((c) => ({ ...c, cue: cueOf(tokens[k]!), phrase }));
  }

  // "…, говорится в сообщении банка.": the body whose statement it is.
  // (And "…, следует из отчета компании.", "…, говорится в докладе Счетной палаты.": any document.)
  // (With an aside on the document after it: "…, следует из данных Дом.РФ, с которыми ознакомился РБК.")
  // (Thirty-fifth session: a body's site as the place, «…, говорится на сайте института.», «на странице ведомства»,
  // «на портале мэрии»: «на» only before one of those three words.)
  const statement = /,\s*(говорится|следует|сказано|указано|отмечается|сообщается|уточняется|подчеркивается|указывается)\s+(?:в|во|из|на(?=\s+(?:официальном\s+)?(?:сайте|странице|портале)\s))\s+(\p{L}+(?:\s+(?:[^,.]|\.(?=\p{L})){2,80}?)?)\s*(?:,\s*(?:с\s+|в\s+|на\s+)?(?:котор|\p{Ll}+(?:енн|анн|вш)\p{Ll}*\s)[^,]{0,80}?)?(?:,\s*\p{Ll}+(?:ого|его)\s+\p{Ll}+(?:\s+\p{Ll}+){0,2})?\.?\s*$/u.exec(sentence);
  // (Or what the body is, in the genitive after it, "…, говорится в сообщении АО «X», генерального подрядчика
  // реконструкции.": no part of the document's owner. Guard: an adjective in «-ого» / «-его» first, then one to three
  // lower-case words, to the sentence's end; thirty-fourth session, test-47 r06.)
  if (statement) {
    const whoAt = from + statement.index + statement[0].indexOf(statement[2]!, statement[0].indexOf(statement[1]!) + statement[1]!.length);
    // ("…, отмечается в нем.": the document the sentence before spoke of; "…, следует из нее / него / них.": the same, after "из".)
    const earlier = /^(?:нем|нём|ней|нее|неё|него|них)$/u.test(statement[2]!.trim()) ? documentBefore(masked, from) : null;
    const owner = documentOwner(masked, earlier ?? tokenize(statement[2]!, whoAt));
    // (Placed at the pronoun, so that a document with no owner named is looked for in the sentences before this one.)
    // (But a body whose «name» of three words or more was masked, «в сообщении ООО «…». …, отмечается в нем.», keeps the
    // name's own place, where the resolver reads the name as printed; thirty-seventh session, test-55 r10.)
    const maskedName = owner?.kind === 'organisation' && owner.body !== undefined && /(?:^|\s)x{2,}(?:\s|$)/u.test(owner.body);
    const who = owner && earlier && !maskedName ? { ...owner, start: whoAt, end: whoAt + statement[2]!.trim().length } : owner;
    const cueAt = from + statement.index + statement[0].indexOf(statement[1]!);
    const clause = trimmedClause(masked, from, from + statement.index);
    if (who && clause) return [{ ...clause, cue: { text: statement[1]!, start: cueAt, end: cueAt + statement[1]!.length }, phrase: who }];
  }

  // "…, по данным источников РБК в отрасли.", "…, по словам источника, знакомого с ситуацией.": the frame of "По словам X, …"
  // set after its clause, at the sentence's end.
  // ("…, по его словам.": a pronoun's.)
  const byTail = /,\s*[Пп]о\s+(?:(его|ее|её|их)\s+(словам|данным|мнению|оценке)|(словам|данным|информации|сведениям|мнению|оценке|оценкам|подсчетам)\s+([^,.]{1,120}?))\s*(?:,\s*(?:знающ|знаком|близк|осведомл|пожелавш|попросивш|\p{Ll}+(?:ющ|ящ|вш)\p{Ll}+)[^,]*?)?\.?\s*$/u.exec(sentence);
  if (byTail) {
    const cueWord = byTail[2] ?? byTail[3]!;
    const whoText = byTail[1] ?? byTail[4]!;
    const whoAt = from + byTail.index + byTail[0].search(/[Пп]о\s/u) + 2 + byTail[0].slice(byTail[0].search(/[Пп]о\s/u) + 2).indexOf(whoText);
    const cueAt = from + byTail.index + byTail[0].indexOf(cueWord, byTail[0].search(/[Пп]о\s/u) + 2);
    const parsed = byTail[1] ? parseRussianPhrase(tokenize(whoText, whoAt)) : byWordsSource(masked, cueWord, tokenize(whoText, whoAt), true);
    const phrase = parsed?.kind === 'name' && !byTail[1] ? { ...parsed, name: parsed.name.map(nominative) } : parsed;
    const clause = trimmedClause(masked, from, from + byTail.index);
    if (phrase && clause) return [{ ...clause, cue: { text: cueWord, start: cueAt, end: cueAt + cueWord.length }, phrase }];
  }

  const tail = tailFrame(masked, from, end);
  if (tail) return tail;
  // "Слова X подтверждает отчетность: согласно данным Y, …": a frame that opens after a colon.
  const colon = sentence.indexOf(': ');
  if (colon > 0) return russianClauses(masked, from + colon + 2, end);
  return [];
}

/**
 * "…, заявил заместитель министра Павел Гусев.", "…, рассказали «Ведомостям» два чиновника.": the frame after its clause,
 * at the sentence's last comma that a speech verb follows. ("…, сообщает портал «Урал-Экспресс».", "…, пишет портал.":
 * another outlet, see outletSource.)
 */
function tailFrame(masked: string, from: number, end: number): ReportedClause[] | null {
  const sentence = masked.slice(from, end);
  for (let comma = sentence.lastIndexOf(','); comma > 0; comma = sentence.lastIndexOf(',', comma - 1)) {
    const tokensAfter = tokenize(sentence.slice(comma + 1), from + comma + 1);
    // («Роддом работал с 1962 года, как утверждают местные.»: «как» before a verb of saying in the present closing the
    // sentence is the same frame, the clause before it; forty-fourth session, dev d2471, d2472. Guard: the verb in the
    // present, so «…, как проходил ремонт» stays out; russian-how-frame-at-end.ts.)
    const after = isHowFrameAtEnd(tokensAfter) ? tokensAfter.slice(1) : tokensAfter;
    const verb = after[0];
    if (!verb || !RU_SPEECH_VERBS.has(verb.lower)) continue;
    // The speaker first, then perhaps where it was said: "министр Андрей Силин в интервью «Интерфаксу»".
    // "…, признал на заседании правительства губернатор Name": where it was said, then who said it.
    // ("сообщили «Вятскому наблюдателю» в пресс-службе …": an outlet in «» in the dative is whom it was told.)
    // ("…, рассказали корреспонденту Tengrinews.kz жильцы": the reporter an outlet sent is whom it was told, too.)
    // («рассказали «Двинской правде» в …», «… «Деловой Сибири» в …»: a paper's name in the feminine dative, an adjective
    // in -ой and a noun in -е / -и, too; thirty-first session.)
    const toldAt = /^\s*[\u00AB"\u201E](?:[^\u00BB"\u201C]{1,40}?(?:у|ю|ам|ям)|\p{Lu}\p{Ll}+ой\s+\p{L}\p{Ll}+[еи])[\u00BB"\u201C]/u.exec(masked.slice(verb.end, end))
      ?? /^\s*(?:корреспонденту|корреспондентам|журналисту|журналистам|редакции)\s+(?:[\u00AB"\u201E][^\u00BB"\u201C]{1,40}[\u00BB"\u201C]|\S+)(?=\s+\p{Ll})/u.exec(masked.slice(verb.end, end));
    // («…, подтвердили в пресс-службе «Северной нивы», но подробности раскрывать отказались»: what the speaker did next,
    // after «, но» / «, однако», is no part of who spoke. Guard: only those two words after a comma, so «…, а также …» keeps
    // a second speaker.)
    const butAt = /,\s+(?:но|однако)\s/u.exec(masked.slice(verb.end, end));
    // («…, считают жители, подписавшие обращение к акиму города.»: a participle phrase set off after the speaker says who
    // they are, no part of the clause nor of the speaker's words; the speaker ends at its comma. Thirty-eighth session,
    // test-56 r09. Guard: the first word after the comma an active or passive participle, russian-participle-phrase.ts.)
    const participleAt = /,\s+(\p{Ll}+)/u.exec(masked.slice(verb.end, butAt ? verb.end + butAt.index : end));
    const asideAt = participleAt && isParticipleWord(participleAt[1]!) ? participleAt.index : -1;
    const whoEnd = asideAt >= 0 ? verb.end + asideAt : butAt ? verb.end + butAt.index : end;
    const who = (toldAt ? after.filter((t) => t.start >= verb.end + toldAt[0].length) : after.slice(1)).filter((t) => t.end <= whoEnd);
    // («Name, не участвовавшая в работе, считает выводы коллег убедительными.»: «считать / находить X Y-ыми», to hold X to
    // be Y, is the sentence's own verb, its object and the predicate in the instrumental, not a speaker after a clause;
    // russian-consider-as-predicate.ts. Thirty-third session, second round.)
    if (isConsiderAsPredicate(verb.lower, masked.slice(verb.end, whoEnd))) continue;
    // («…, считают аналитики «Метриум Аналитика».»: a named body's analysts after the clause, research-firm.ts.)
    const firm = who[0] ? researchFirmQuotedPhrase(masked, who[0].start, end) : null;
    // («…, сообщила Name Surname, старший инспектор отдела … управления МЧС.»: a full name, then its post after a comma, is
    // the person; the words were read together as a body. Thirty-third session. Guards: only where the whole stretch is no
    // person's name; the name the whole of the words before the comma (two to four, nameBeforeApposition); the words after
    // the comma open lower case, a post or a participle.)
    const whole = speakerAtStart(who);
    const apposed = whole?.kind !== 'name' ? appositionAfterName(masked, who, whoEnd) : null;
    const phrase = outletSource(masked, who, from) ?? firm ?? apposed ?? whole ?? (who[0] && isPreposition(who[0]) ? speakerAtEnd(who.slice(1)) : null);
    // "Строительство откладывается: подрядчик не успеет …, признал X": what X said follows the colon.
    const colon = masked.slice(from, from + comma).lastIndexOf(': ');
    // («Причина — сокращение числа учеников: за пять лет …, пояснили в думе»: a head with no verb, a noun, a dash and what
    // it is, is said too, and the colon only opens its detail; the whole is the clause. Guard: a dash between spaces before
    // the colon and no verb in the past or in -ся there, so «Строительство снова откладывается: …» keeps its cut.)
    const head = colon > 0 ? masked.slice(from, from + colon) : '';
    const nominalHead = /\s[\u2014\u2013]\s/u.test(head)
      && !tokenize(head).some((t) => /^\p{Ll}+(?:[аеиоуыяё]л[аои]?(?:ся|сь)?|ется|ются|ится|ятся|ет|ит|ют|ут|ят|ат)$/u.test(t.text));
    // («Дефицит может продлиться до февраля: новые партии …, рассказал источник»: a head that forecasts, a modal or the
    // future, is no fact of the writer's own but the speaker's, the colon only giving the reason; the whole is the clause
    // (thirty-first session; test-32 r02 «… может насторожить …: по итогам года …» kept whole). Guard: only «может» /
    // «могут», «должен» and its forms, «будет» / «будут», «вероятно», «скорее всего» in the head; «Строительство снова
    // откладывается: …» (d234) keeps its cut.)
    const modalHead = /(?<!\p{L})(?:может|могут|долж(?:ен|н[аоы])|будет|будут|вероятно|скорее\s+всего)(?!\p{L})/u.test(head);
    // (Forty-second session: «Организация турнира … оказалась удачной: участникам хватило места, …, добавила она»: a head that
    // judges, a verb of turning out or becoming and an adjective in the instrumental, is the speaker's verdict, no fact of
    // the writer's own, and the colon only gives what bears it out; the whole is the clause, as a modal head's is. Guard:
    // the head ends in «оказался / получился / стал / был / выглядел / остался» (any gender or number) and one adjective in
    // the instrumental, perhaps after «очень» / «вполне» / «не»; dev's cut heads («Спрос на ипотеку снова падает», «Каток
    // снова закрывается») have none. test-60 r03.)
    const verdictHead = /(?<!\p{L})(?:оказал|получил|стал|был|выглядел|остал)(?:ся|ась|ось|ись|а|о|и)?\s+(?:(?:очень|весьма|вполне|довольно|крайне|не)\s+)?\p{Ll}{3,}(?:ой|ей|ым|им|ыми|ими)\s*$/u.test(head);
    const clause = trimmedClause(masked, colon > 0 && !nominalHead && !modalHead && !verdictHead ? from + colon + 1 : from, from + comma);
    return phrase && clause ? [{ ...clause, cue: cueOf(verb), phrase }] : null;
  }
  return null;
}

/** Words for an outlet that a news text cites as its source ("портал", "издание", "Telegram-канал"). */
const OUTLET_NOUN = /^(?:портал|издание|газета|сайт|журнал|телеканал|паблик|(?:\p{L}+-)?канал)$/u;
const OUTLET_NAMED = /(?<!\p{L})((?:\p{L}+-)?(?:портал|издание|газета|сайт|журнал|телеканал|паблик|канал))\s+\u00AB([^\u00AB\u00BB]{1,40})\u00BB/giu;

/** Whether a word alone is a word for an outlet («Издание», «газета», «Портал»), any capital. */
export const isRussianOutletNoun = (word: string): boolean => OUTLET_NOUN.test(word.toLowerCase());

/** A foreign outlet cited by its name in Latin letters: «пишет Handelsblatt», «сообщает Reuters», «Газета The Times сообщает». */
const LATIN_OUTLET_CITED = /(?:(?<!\p{L})(?:пишет|пишут|сообщает|сообщают|передает|передаёт)\s+(?:(?:газета|издание|агентство|журнал|портал|телеканал)\s+)?|(?<!\p{L})(?:[Гг]азета|[Ии]здание|[Жж]урнал|[Пп]ортал|[Тт]елеканал)\s+)((?=\p{Script=Latin})\p{Lu}[\p{Script=Latin}'\u2019.&-]*(?:\s+\p{Lu}[\p{Script=Latin}'\u2019.&-]*){0,3})/gu;

/**
 * "…, сообщает портал «Урал-Экспресс».": another outlet as the source, by its name in guillemets after the word for it;
 * "…, пишет портал.", "Как уточняет издание, …": the word alone is the outlet named so last before (a "канал" the last
 * channel, "издание" any outlet). Null when the words are none of these.
 */
function outletSource(masked: string, who: Token[], at: number): SpeakerPhrase | null {
  const noun = who[0];
  if (!noun || !OUTLET_NOUN.test(noun.lower)) return null;
  // (The span takes in the name in guillemets, which the resolver reads from the text when a quotation's mask hid it.)
  const own = /^\s*\u00AB([^\u00AB\u00BB]{1,40})\u00BB/u.exec(masked.slice(noun.end));
  if (own) return { kind: 'organisation', body: `\u00AB${own[1]!}\u00BB`, name: [], roles: [], qualifier: null, start: noun.start, end: noun.end + own[0].length - 1 };
  if (who.length > 1) return null;
  const kind = (word: string) => word.toLowerCase().replace(/^\p{L}+-/u, '');
  const earlier = [...masked.slice(0, at).matchAll(OUTLET_NAMED)]
    .filter((m) => kind(noun.lower) === 'издание' || kind(m[1]!) === kind(noun.lower));
  const last = earlier.at(-1);
  // («Как пишет Handelsblatt, …. По данным издания, …», «Газета The Times сообщает»: «издание» alone is also a foreign
  // outlet cited last by its name in Latin letters after «пишет» / «сообщает» or a word for an outlet (thirty-first
  // session). Guard: only «издание», any outlet's word; the Latin name cited after the last outlet in guillemets.)
  const latin = kind(noun.lower) === 'издание' ? [...masked.slice(0, at).matchAll(LATIN_OUTLET_CITED)].at(-1) : undefined;
  if (latin && (!last || latin.index > last.index)) {
    const nameAt = latin.index + latin[0].lastIndexOf(latin[1]!);
    return { kind: 'organisation', body: latin[1]!, name: [], roles: [], qualifier: null, start: nameAt, end: nameAt + latin[1]!.length };
  }
  if (!last) return null;
  const nameAt = last.index + last[0].indexOf('\u00AB');
  return { kind: 'organisation', body: `\u00AB${last[2]!}\u00BB`, name: [], roles: [], qualifier: null, start: nameAt, end: last.index + last[0].length - 1 };
}

/**
 * "Об этом заявил в среду замминистра Олег Самойлов.": the sentence names who said the sentence
 * before it. The verb and the speaker after it, or null.
 */
export function aboutThisAttribution(masked: string, start: number, end: number): { phrase: SpeakerPhrase; cue: ReportedClause['cue'] } | null {
  // ("Такое мнение высказал Name", "Такую оценку дал Name": the same, naming what was said by what it was.)
  const m = /^\s*(?:[Оо]б\s+этом|[Тт]ако(?:е|й|ую)\s+(?:мнение|оценку|прогноз|точку\s+зрения|позицию|предположение)|[Ээ]ту\s+(?:точку\s+зрения|оценку|позицию))\s+/u.exec(masked.slice(start, end));
  if (!m) return null;
  const tokens = tokenize(masked.slice(start + m[0].length, end), start + m[0].length);
  // "Об этом говорится в сообщении компании, опубликованном в среду": the document's owner.
  const passive = /^(говорится|сказано|указано|сообщается|отмечается)\s+(?:в|во)\s+([^,.]{2,100})/u.exec(masked.slice(start + m[0].length, end));
  if (passive) {
    const at = start + m[0].length;
    const owner = documentOwner(masked, tokenize(passive[2]!, at + passive[0].indexOf(passive[2]!, passive[1]!.length)));
    return owner ? { phrase: owner, cue: { text: passive[1]!, start: at, end: at + passive[1]!.length } } : null;
  }
  const k = tokens.findIndex((t) => RU_SPEECH_VERBS.has(t.lower));
  // ("Об этом на встрече с жителями города сообщил Name": an adverbial of place or occasion before the verb.)
  if (k < 0 || (k > 4 && !(k <= 12 && isPreposition(tokens[0]!)))) return null;
  // "Об этом говорится в сообщении министерства": the body whose statement it is.
  // («Об этом сообщила генеральный директор предприятия Name Surname на встрече с трудовым коллективом»: where or to whom it
  // was said, a preposition after the full name, ends the speaker; read to the name, the tail read no one. Guard: a full
  // name, two words or more, right before the preposition; else read as before.)
  // («Об этом заявил депутат от Череповца Name Surname, который до избрания руководил …»: a relative clause after the speaker
  // is about the speaker, no part of them; the phrase ends at its comma. Guard: only «, который / которая / которые …».)
  const relative = tokens.findIndex((t, j) => j > k + 1 && /^котор(?:ый|ая|ое|ые)$/u.test(t.lower) && masked.slice(tokens[j - 1]!.end, t.start).includes(','));
  const after = tokens.slice(k + 1, relative > 0 ? relative : undefined);
  const occasion = after.findIndex((t, j) => j >= 2 && isPreposition(t) && /^\p{Lu}\p{Ll}/u.test(after[j - 1]!.text));
  const beforeOccasion = occasion > 0 ? speakerAtEnd(after.slice(0, occasion)) : null;
  const named = beforeOccasion?.kind === 'name' && beforeOccasion.name.length >= 2 && beforeOccasion.end === after[occasion - 1]!.end ? beforeOccasion : null;
  // («Об этом рассказал Name Surname, председатель правления АО «…», на форуме в Астане»: a full name right after the verb,
  // then a comma and its apposition, is the speaker; the occasion after the apposition names no one. Guard: the name
  // opens right after the verb, two words or more, a comma right after it, and not whom it was told in the dative.)
  const apposed = after.length >= 3 ? nameBeforeApposition(masked, after, end) : null;
  const phrase = apposed ?? named ?? speakerAtEnd(after) ?? (k > 0 ? speakerAtStart(tokens.slice(0, k)) : null);
  return phrase ? { phrase, cue: cueOf(tokens[k]!) } : null;
}

/**
 * A full name (two words or more) opening `tokens`, with a comma right after it (its apposition follows): that name, or
 * null. Guard: not a name in the dative, whom it was told («рассказал Ивану Петрову, журналисту …»).
 */
/** A full name ending the words before a comma after which a lower-case apposition follows (tailFrame's guard). */
function appositionAfterName(masked: string, who: readonly Token[], end: number): SpeakerPhrase | null {
  const lead = who.length > 0 ? nameBeforeApposition(masked, who, end) : null;
  if (!lead) return null;
  if (!/^\s*,\s*\p{Ll}/u.test(masked.slice(lead.end, end))) return null;
  // (The post after the comma is the person's too, so that a later «инспектор» finds them.)
  const post = speakerAtStart(who.filter((t) => t.start > lead.end));
  return post?.kind === 'title' && post.roles.length > 0 ? { ...lead, roles: [...lead.roles, ...post.roles] } : lead;
}

function nameBeforeApposition(masked: string, tokens: readonly Token[], end: number): SpeakerPhrase | null {
  if (tokens.length < 3) return null;
  const comma = masked.slice(tokens[0]!.start, end).indexOf(',');
  const words = comma > 0 ? tokens.filter((t) => t.end <= tokens[0]!.start + comma) : [];
  if (words.length < 2 || words.length > 4 || words.length === tokens.length) return null;
  const lead = speakerAtStart(words);
  return lead?.kind === 'name' && lead.name.length >= 2 && lead.start === tokens[0]!.start && lead.end === words.at(-1)!.end
    && !isDativeListenerName(lead.name) ? lead : null;
}

/**
 * "«…», — говорится в заявлении министерства.": a quotation given to the document it is printed in, and so to the
 * document's owner (a named body or person), as a reported clause is ("…, говорится в сообщении банка").
 */
export function documentAfterQuote(masked: string, from: number, to: number): { phrase: SpeakerPhrase; cue: ReportedClause['cue'] } | null {
  const m = /^[\s,]*[\u2014\u2013-]\s*(говорится|сказано|указано|отмечается|сообщается|уточняется|подчеркивается)\s+(?:в|во)\s+([^,.;:!?]{2,100})/u.exec(masked.slice(from, to));
  if (!m) return null;
  const cueAt = from + m[0].indexOf(m[1]!);
  const whoAt = from + m[0].lastIndexOf(m[2]!);
  const words = tokenize(m[2]!, whoAt);
  // (Only an owner printed by name: "в сообщении перевозчика", "в документе" are read as before, from the text around.)
  // (Forty-third session: or a body's head noun alone, «в сообщении зоопарка», «в обращении музея к жителям», that the text
  // names with a capitalised adjective; russian-body-by-head-noun.ts.)
  const byHead = words.length >= 2 && /^\p{Ll}/u.test(words[1]!.text) ? bodyNamedByHeadNoun(masked, words[1]!.lower) : null;
  if (byHead !== null) return { phrase: { kind: 'organisation', body: byHead, name: [], roles: [], qualifier: null, start: words[1]!.start, end: words[1]!.end }, cue: { text: m[1]!, start: cueAt, end: cueAt + m[1]!.length } };
  if (!words.slice(1).some((t) => /^\p{Lu}/u.test(t.text))) return null;
  const owner = documentOwner(masked, words);
  return owner ? { phrase: owner, cue: { text: m[1]!, start: cueAt, end: cueAt + m[1]!.length } } : null;
}

/** Heads of a state body's name, with their nominative ("прокуратуре" → прокуратура). */
const STATE_HEADS: readonly [RegExp, string][] = [
  [/^министерств/u, 'министерство'], [/^ведомств/u, 'ведомство'], [/^служб/u, 'служба'], [/^агентств/u, 'агентство'],
  [/^прокуратур/u, 'прокуратура'], [/^суд(?:а|е|у|ом)?$/u, 'суд'], [/^палат/u, 'палата'], [/^комитет/u, 'комитет'],
  [/^инспекци/u, 'инспекция'], [/^управлени/u, 'управление'], [/^департамент/u, 'департамент'], [/^администраци/u, 'администрация'],
  [/^правительств/u, 'правительство'], [/^фонд/u, 'фонд'], [/^мэри/u, 'мэрия'], [/^комисси/u, 'комиссия'], [/^банк/u, 'банк'],
  [/^ассоциаци/u, 'ассоциация'], [/^союз/u, 'союз'], [/^профсоюз/u, 'профсоюз'], [/^федераци/u, 'федерация'], [/^театр/u, 'театр'], [/^музе/u, 'музей'],
  [/^отдел(?:а|е|у|ом)?$/u, 'отдел'], [/^университет/u, 'университет'], [/^институт/u, 'институт'], [/^больниц/u, 'больница'], [/^филармони/u, 'филармония'],
  // (Thirty-eighth session: the noun's own forms only, not the adjective «Центрального районного суда», which had given
  // the body «Центр районного суда».)
  [/^центр(?:а|е|у|ом|ы|ов|ам|ах|ами)?$/u, 'центр'], [/^исполком/u, 'исполком'], [/^управ(?:а|е|ы|у|ой)$/u, 'управа'], [/^полици/u, 'полиция'],
  // ("в сообщении пресс-службы вуза": the university the text named.)
  [/^вуз/u, 'университет'],
  // («В ректорате уточнили» after «Приволжского технологического университета»: the rector's office is the university's
  // voice; forty-fifth session, dev d2512, d2415.)
  [/^ректорат/u, 'университет'],
  // ("уточнили в учреждении": a public institution, the body named before it, bodyReferent.)
  [/^учреждени/u, 'учреждение'],
  // («По данным бюро» after «Национальное бюро винограда и вина»: a bureau, indeclinable; the word alone, not «бюрократ».)
  [/^бюро$/u, 'бюро'],
  // («По данным метрополитена» after «ГУП «… метрополитени»»: a city's underground railway; thirty-seventh session, test-55 r06.)
  [/^метрополитен/u, 'метрополитен'],
  // (Thirty-eighth session: «уточнили в облизбиркоме» after «Избирательная комиссия Тверской области»: an election commission
  // by its short name is the commission the text named; fitsHead below asks for «избирательн…» in the name.)
  [/^(?:обл|гор)?избирком/u, 'комиссия'],
  // (Thirty-eighth session: a church's diocese, «Засечная епархия …. В епархии подтвердили», speaks as one body, as a
  // theatre or a university does.)
  [/^епархи/u, 'епархия'],
];
const stateHead = (word: string) => STATE_HEADS.find(([re]) => re.test(word.toLowerCase()))?.[1] ?? null;
/** An inspectorate named by one compound word: «Госавтоинспекция», «Госжилинспекция», «Рострудинспекция» (any case). */
const COMPOUND_INSPECTORATE = /^(?:Гос|Рос)\p{Ll}{1,8}инспекци\p{Ll}*$/u;
/** Heads of public institutions («учреждение»: a museum, a theatre, a hospital, a university), not of bodies that govern. */
const INSTITUTION_HEADS = new Set(['музей', 'театр', 'университет', 'институт', 'больница', 'филармония']);
const isInstitutionName = (name: string) => name.split(/\s+/u).slice(0, 3).some((w) => INSTITUTION_HEADS.has(stateHead(w) ?? ''));

/** Words for a business once it has been named ("компания", "банк", "перевозчик", "подрядчик"). */
// («…, говорится в сообщении девелопера» after «ГК «…»»: every kind of business BUSINESS_KIND reads as one, a developer, a
// distributor, a supplier, an insurer, too; thirty-first session.)
// («комбинат», «фабрика», «фирма»: a plant or a firm, as «завод» is: «В пресс-службе комбината» after «ОАО «Речицкий
// мясокомбинат»»; thirty-second session, dev d1518.)
// (Forty-second session: «кооператив», a farmers' or owners' co-op, once named, «Кооператив «…»»: «В кооперативе пообещали».)
const BUSINESS_WORDS = /^(?:компани|госкомпани|госкорпораци|банк|перевозчик|авиакомпани|завод|комбинат|фабрик|фирм|предприяти|верф|производител|подрядчик|холдинг|групп|концерн|корпораци|застройщик|девелопер|дистрибьютор|поставщик|страховщик|оператор|ритейлер|сет[ьи]|клуб|продавц|покупател|эмитент|организаци|терминал|кооператив|товариществ|депо$)/u;
/** Words for a body of the state, or any body ("ведомство", "регулятор"). */
const STATE_WORDS = /^(?:отдел(?:а|е|у|ом)?$|полици|ведомств|исполком|регулятор|министерств|служб|агентств|прокуратур|суд(?:а|е|у|ом)?$|палат|комитет|инспекци|управлени|департамент|администраци|правительств|мэри|комисси|надзор|ассоциаци|союз|профсоюз|федераци|театр|музе|университет|институт|больниц|филармони|вуз|ректорат|учреждени|управ(?:а|е|ы|у|ой)$|бюро$|метрополитен|(?:обл|гор)?избирком|епархи)/u;
/** A city's administration by name: «администрация Сочи», «Администрация города Сургута», «администрация Нижнего Новгорода». */
const CITY_ADMINISTRATION = /^[Аа]дминистраци\p{Ll}*\s+(?:города\s+)?(?!(?:Президент|Губернатор|Глав)\p{Ll}*)\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u;
/** "антимонопольное ведомство", "налоговая служба": the adjective names the federal body (its usual acronym). */
const STATE_DESCRIPTORS: readonly [RegExp, RegExp][] = [
  [/^антимонопольн/u, /^(?:ФАС|.*антимонопольн)/iu], [/^налогов/u, /^(?:ФНС|.*налогов)/iu], [/^таможенн/u, /^(?:ФТС|.*таможен)/iu],
  [/^статистическ/u, /^(?:Росстат|.*статисти)/iu], [/^финансов/u, /^(?:Минфин|.*финанс)/iu], [/^оборонн|^военн/u, /^(?:Минобороны|.*обороны)/iu],
];

interface NamedBody {
  name: string;
  at: number;
  kind: 'state' | 'business';
  /** After a preposition ("совместно с ФАС", "в Минфин"): mentioned in passing, not what the text is about. */
  oblique: boolean;
}

/** The bodies a Russian text names, in order: state bodies with their head word, «Name» businesses, acronyms, Мин-/Рос- names. */
let bodiesCache: { text: string; bodies: NamedBody[] } | null = null;

/** The bodies a Russian text names (computed once per text: every "ведомство" of an article asks). */
function namedBodies(text: string): NamedBody[] {
  if (bodiesCache?.text !== text) bodiesCache = { text, bodies: findNamedBodies(text) };
  return bodiesCache.bodies;
}

/** A verb in the past tense («провела», «сообщил», «обратились»), the word that ends a body's name read long. */
// (And the short ones, «стала», «была», «дал», «взяли»: «лаборатория … университета стала победителем».)
// (Thirty-ninth session: and a past tense whose stem ends in a consonant, «помогла», «смогла», «расторгла», «достигли»,
// «перенесла», «привезли», «привлекла», «пресекла»: «Засечная епархия расторгла договор» was read as a body «Засечная
// епархия расторгла». The stems are listed, not any consonant, so nouns in «-гла», «-сла», «-кла» («игла», «числа»,
// «стекла», «промысла») stay out; only «-ла» / «-ли» and «-ло», as the vowel stems.)
const PAST_VERB_RE = /^(?:(?:\p{Ll}{3,}[аеиоуыя]|ста|бы|да|взя)л(?:а|и|о)?|\p{Ll}{0,6}(?:мог|стиг|торг|верг|нес|вез|влек|влёк|сек|тек|берег|бег|пек|гиб|жег|жёг)л[аио])(?:сь|ся)?$/u;

function findNamedBodies(text: string): NamedBody[] {
  const out: NamedBody[] = [];
  const obliqueAt = (at: number) => /(?:^|[\s(])(?:в|во|с|со|на|из|от|к|о|об|для|при|через|у|за|по)\s+$/iu.test(text.slice(Math.max(0, at - 12), at));
  // (Thirty-seventh session, second round: the adjectives before the head on its own line only. A headline that ends in a
  // word shaped as an adjective, «Котельная», right above a lead that opens with the head, «Мэрия Кряжска закрыла …», was read
  // into one body, «Котельная мэрия Кряжска», so the lead's subject stretch was kept whole and a later «в пресс-службе мэрии»
  // got it. Guard: spaces only between the adjectives and the head, no line break.)
  // (Thirty-eighth session: the head word ends where its word ends. «Центрального районного суда» was read as the head
  // «центр» and three letters of «Центральн…», the body «Центр районного суда Красноярска».)
  // (Thirty-eighth session: up to three adjectives, «Северное межрегиональное территориальное управление воздушного
  // транспорта», a federal body's regional office named so; with two only, the match began at the lower-case second one
  // and the body, no word of it capitalised then, was not listed, so a later «в ведомстве» stayed «ведомство».)
  const stateRe = /(?<![\p{L}-])((?:[\p{L}-]+(?:ый|ая|ое|ой|ого|ей|ую|ом|ых|ые|[сц]кий)[^\S\n]+){0,3})(министерств|служб|агентств|прокуратур|суд|палат|комитет|инспекци|управлени|департамент|администраци|правительств|фонд|мэри|комисси|банк|ассоциаци|союз|профсоюз|федераци|театр|музе|университет|институт|больниц|филармони|центр|исполком|бюро|епархи)(\p{Ll}{0,3})(?!\p{L})((?:\s+[\p{L}-]+){0,6})/giu;
  for (const m of text.matchAll(stateRe)) {
    const headWord = m[2]! + m[3]!;
    if (!stateHead(headWord)) continue;
    // "Ассоциация «Молочный союз»": the body's own name follows (listed as a «name» below).
    if (/^\s*\u00AB/u.test(text.slice(m.index! + m[1]!.length + headWord.length))) continue;
    const tail: string[] = [];
    // (Four words after the head at most, six where «и» among the first four joins two fields, below.)
    const read = m[4]!.trim().split(/\s+/u).filter(Boolean);
    const tailWords = read.slice(0, 4).includes('и') ? read : read.slice(0, 4);
    for (const w of tailWords) {
      // ("инспекции труда в Сахалинской области", "управления … по Тверской области": a territorial office's region ends it.)
      const region = ['в', 'по'].includes(w) ? regionAfter(text, m.index! + m[0].length - m[4]!.length, tail.length) : null;
      if (region) {
        tail.push(w, ...region);
        break;
      }
      // (Forty-first session: «Министерство природных ресурсов и экологии Ростовской области», «Министерство культуры и
      // туризма …»: «и» joining two fields of one body's name, a lower-case genitive after it, is inside the name. Guards:
      // some of the tail read already; the word after «и» lower case, in a genitive's ending, no body's or post's word.)
      const following = tailWords[tailWords.indexOf(w) + 1] ?? '';
      if (w === 'и' && tail.length > 0 && /^\p{Ll}+[иыая]$/u.test(following) && !isBodyWord({ lower: following, text: following } as Token) && russianRoles(following) === null) {
        tail.push(w);
        continue;
      }
      if ((RU_PREPOSITIONS.has(w.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(w)) || RU_SPEECH_VERBS.has(w.toLowerCase())) break;
      // ("Региональная энергетическая комиссия опубликовала …": the verb after the name is no part of it.)
      if (PAST_VERB_RE.test(w)) break;
      // («Союз готов направить …», «Фонд намерен …»: a short adjective of the predicate neither.)
      if (/^(?:готов|должен|намерен|обязан|вынужден|согласен|рад|уверен)[аоы]?$/u.test(w)) break;
      // ("управления МЧС по Иркутской области": an acronym ends the name.)
      if (isAcronym({ text: w } as Token) && w !== 'РФ') {
        tail.push(w);
        break;
      }
      // (Forty-second session: a city named with a preposition inside, «Прокуратура Комсомольска-на-Амуре», «администрации
      // Ростова-на-Дону»: its case shows on the first part; the last, «-Амуре», «-Дону», never declines. test-60 r09.)
      const placeWithPreposition = /^\p{Lu}\p{Ll}+[аяиы]-(?:на|над|под|у)-\p{Lu}\p{Ll}+$/u.test(w);
      if (!placeWithPreposition && !/(?:[аяыиу]|ого|его|ой|ей|ых|их|ов|ев|ий|ым)$/u.test(w)) break;
      // A first name and surname after it ("… хозяйства Юлия Черных") are a person's, not the body's ("Российской Федерации" is).
      const next = tailWords[tailWords.indexOf(w) + 1];
      // (But a country in the genitive in -ии before a name of three words, «Союза автоперевозчиков Армении Ваграм Акопович
      // Давтян», is the body's: the three words after it are the person.)
      const wordEnd = m.index! + m[0].length - m[4]!.length + m[4]!.indexOf(` ${w}`) + 1 + w.length;
      const country = /ии$/u.test(w) && /^\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:вич|вна|ич|чна)\s+\p{Lu}/u.test(text.slice(wordEnd, wordEnd + 80));
      if (/^\p{Lu}/u.test(w) && next && /^\p{Lu}\p{Ll}/u.test(next) && !/(?:ской|ского|цкой|цкого|ной|ного|вой|вого)$/u.test(w) && !country) break;
      if (country) {
        tail.push(w);
        break;
      }
      tail.push(w);
    }
    let adjectives = m[1]!.trim().split(/\s+/u).filter(Boolean);
    let at = m.index!;
    // (Three adjectives only when they agree, the same last two letters, «Северное межрегиональное территориальное»; else the
    // match is read from the second, as with two before: «Родильный дом городской больницы», «дом» shaped as an ending.)
    // (Forty-first session: a masculine nominative's «-ый», «-ий», «-ой» agree too, «Тверской государственный технический
    // университет»; read from the second, the body had no capitalised word and was not listed, so a «вуз» before it found
    // nothing. Guard: only those three endings are one class; any other mix reads as before.)
    const agreement = (a: string) => (/(?:ый|ий|ой)$/u.test(a) && adjectives.every((b) => /(?:ый|ий|ой)$/u.test(b)) ? 'ый' : a.slice(-2));
    if (adjectives.length === 3 && new Set(adjectives.map(agreement)).size > 1) {
      at = m.index! + m[1]!.indexOf(adjectives[1]!, adjectives[0]!.length);
      adjectives = adjectives.slice(1);
    }
    const named = /^\p{Lu}/u.test(adjectives[0] ?? headWord) || tail.some((w) => /^\p{Lu}/u.test(w));
    if (!named) continue;
    const head = stateHead(headWord)!;
    const cased = /^\p{Lu}/u.test(adjectives.length ? adjectives[0]! : headWord) && adjectives.length === 0 ? head.charAt(0).toUpperCase() + head.slice(1) : head;
    // ("Омского академического театра драмы" → Омский академический театр драмы.)
    // (A masculine head with no ending is in the nominative already, and so are its adjectives: «Череповецкий городской суд»,
    // not «городская».)
    // (But «бюро» does not decline: «в Национальном бюро …» is in the locative all the same, its adjectives neuter.)
    // (Forty-second session: a neuter head's adjectives are neuter, «в Федеральном дорожном агентстве» → «Федеральное дорожное
    // агентство», «в территориальном управлении» → «территориальное управление», as russianBodyReferent prints the body that
    // spoke, so the body that spoke is still found among those the text names; they had been put in the masculine.)
    const nominalAdjectives = head === 'бюро' || (m[3] !== '' && /[оеё]$/u.test(head)) ? adjectives.map(neuterAdjective) : m[3] === '' ? adjectives : adjectives.map(nominalAdjective);
    const name = [...nominalAdjectives, cased, ...tail].join(' ');
    out.push({ name, at, kind: head === 'банк' && !tail.some((w) => /^Росси/u.test(w)) ? 'business' : 'state', oblique: obliqueAt(at) });
  }
  // A workplace named by the place it is of ("Окская судоверфь", "Балтийский завод", "Уральский автозавод"), in the
  // nominative: a business ("говорится в сообщении верфи" is it).
  for (const m of text.matchAll(/(?<![\p{L}-])(\p{Lu}\p{Ll}*(?:ск|цк)(?:ая|ий|ой))\s+(\p{Ll}*(?:верфь|завод|комбинат|теплосеть|водоканал))(?![\p{L}-])/gu)) {
    // (Thirty-seventh session: «Липецкий завод «Агродеталь» сократит …. В компании признали»: the works' own «name» right after
    // it is the business, listed by the rule for «Name» below, as «Ассоциация «…»» is above; the place's words were taken for
    // its name, so «в компании» meant «Липецкий завод». Guard: the opening mark right after the noun.)
    if (/^\s*\u00AB/u.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 3))) continue;
    out.push({ name: `${m[1]!} ${m[2]!}`, at: m.index!, kind: 'business', oblique: obliqueAt(m.index!) });
  }
  // («Руководитель Нарвской теплосети Name …. В сообщении предприятия говорится», «директор Тверского водоканала»: the same
  // workplace or utility printed only in an oblique case, inside a post, put in the nominative; thirty-second session's second
  // round, dev d1557. Guards: a place's adjective in «-ск-» / «-цк-», capitalised; a feminine noun («теплосети», «верфи») after
  // a feminine oblique adjective («-ой» / «-ую»), a masculine one («завода», «водоканалу») after a masculine oblique adjective
  // («-ого» / «-ом» / «-ому»), so a masculine nominative «Донской завод» is left to the rule above; not inside «», a «name» the rule for «Name» below lists.)
  for (const m of text.matchAll(/(?<![\p{L}\u00AB-])(\p{Lu}\p{Ll}*(?:ск|цк))(ой|ую|ого|ом|ому)\s+(\p{Ll}*(?:верф|теплосет))(и|ью)(?![\p{L}\u00BB-])|(?<![\p{L}\u00AB-])(\p{Lu}\p{Ll}*(?:ск|цк))(ого|ом|ому)\s+(\p{Ll}*(?:завод|комбинат|водоканал))(а|у|ом|е)(?![\p{L}-])/gu)) {
    const feminine = m[1] !== undefined;
    if (feminine && !['ой', 'ую'].includes(m[2]!)) continue;
    const name = feminine ? `${m[1]!}ая ${m[3]!}ь` : `${m[5]!}ий ${m[7]!}`;
    out.push({ name, at: m.index!, kind: 'business', oblique: obliqueAt(m.index!) });
  }
  // («Уральский трубный завод …. …, пояснили в компании», «Северный трубный холдинг …, сообщила пресс-служба компании»: a
  // works or a holding named by two adjectives, the first capitalised, what it makes the second; a business, as above.
  // Guards: the nominative only, the noun bare; the second adjective in lower case; not a generic first word that opens a
  // sentence, «Крупный металлургический завод», «Новый трубный завод».)
  // («Волго-Окская судоходная компания …. …, добавили в компании»: or a company so named, the first adjective perhaps of two
  // places joined by a hyphen; thirty-third session, test-46 r08. Guard: «компания» after a feminine «-ая» pair only.)
  for (const m of text.matchAll(/(?<![\p{L}-])(\p{Lu}\p{Ll}+(?:ый|ий|ой|ая)|\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+ая)\s+(\p{Ll}+(?:ый|ий|ой|ая))\s+(\p{Ll}*(?:верфь|завод|комбинат|холдинг|концерн|компания))(?![\p{L}-])/gu)) {
    if (m[3] === 'компания' && !(m[1]!.endsWith('ая') && m[2]!.endsWith('ая'))) continue;
    if (/^(?:Крупн|Нов|Местн|Друг|Бывш|Соседн|Небольш|Больш|Стар|Единствен|Градообразующ|Частн|Государствен|Кажд|Втор|Перв|Последн|Ближайш|Сам|Тот|Этот|Так|Ведущ|Известн|Российск|Отечествен|Иностран|Зарубежн|Китайск|Американск|Европейск)/u.test(m[1]!)) continue;
    out.push({ name: `${m[1]!} ${m[2]!} ${m[3]!}`, at: m.index!, kind: 'business', oblique: obliqueAt(m.index!) });
  }
  // A railway ("Свердловская железная дорога", "Горьковской железной дороги"), in the nominative.
  for (const m of text.matchAll(/(?<![\p{L}-])(\p{Lu}[\p{L}-]*?)(?:ая|ой|ую)\s+железн\p{Ll}+\s+дорог\p{Ll}*/gu)) {
    out.push({ name: `${m[1]!}ая железная дорога`, at: m.index!, kind: 'state', oblique: obliqueAt(m.index!) });
  }
  // An acronym the text defines in brackets after a name: "ПАО «Волжская генерирующая компания» (ВГК)".
  const acronyms = new Map<string, string>();
  for (const m of text.matchAll(/(?:\u00AB([^\u00BB]{3,60})\u00BB|((?:\p{L}+\s+){1,6}\p{L}+))\s*\((\p{Lu}{2,6})\)/gu)) {
    const words = (m[1] ?? m[2]!).split(/[\s-]+/u);
    for (let k = 0; k < words.length; k++) {
      if (words.slice(k).map((w) => w[0]!.toUpperCase()).join('') === m[3]) acronyms.set(m[3]!, words.slice(k).join(' '));
    }
  }
  // Мин- and Рос- names (Минэнерго, Росавиация, Роспотребнадзор) and acronyms of the state (ФАС, ЦБ), not of outlets or countries.
  for (const m of text.matchAll(/(?<![\p{L}-])((?:Мин|Рос)\p{Ll}{3,}|\p{Lu}{2,5})(?![\p{L}-])/gu)) {
    const w = m[1]!;
    // (Guard: a Roman numeral in Latin capitals, «XIX века», «II квартале», is a number, never a body's letters.)
    if (/^[IVXLCDM]+$/u.test(w)) continue;
    if ((/^(?:Мин|Рос)/u.test(w) && !isShortBodyName(w)) || isOutletWord({ lower: w.toLowerCase() } as Token) || ['РФ', 'США', 'ЕС', 'СНГ', 'ООН', 'НПЗ', 'АЗС', 'ВВП', 'НДС', 'ДТП', 'ЖКХ', 'ИП', 'ПАО', 'АО', 'ООО'].includes(w)) continue;
    // («в заявлении ОАХК «Барки Точик»», «ГКУ «Мостострой»»: a legal or an institution's form right before the body's «name»
    // is no body of its own; the «name» is listed below (thirty-first session).)
    if ((RU_LEGAL_FORM.test(w) || isInstitutionForm(w)) && /^\s+\u00AB/u.test(text.slice(m.index! + w.length, m.index! + w.length + 3))) continue;
    // In the nominative: "Минтранса", "Минфине" → Минтранс, Минфин; "Росавиации" → Росавиация ("Минобороны" does not decline).
    const nominal = /^(?:Мин|Рос)/u.test(w) ? w.replace(/([бвгдзклмнпрстфхцчшщ])[аеу]$/u, '$1').replace(/ии$/u, 'ия') : w;
    const defined = acronyms.get(w);
    out.push({ name: w === 'ЦБ' ? centralBank(text) : defined ?? nominal, at: m.index!, kind: defined && !/^(?:Министерств|Федеральн|Служб|Агентств)/u.test(defined) ? 'business' : 'state', oblique: obliqueAt(m.index!) });
  }
  // Banks named in one word or with "Банк" ("Сбербанк", "Альфа-Банк"): businesses.
  // («Мобильное приложение Уралтрансбанка …, говорится в сообщении банка»: in any case, named in the nominative.)
  for (const m of text.matchAll(/(?<![\p{L}-])(\p{Lu}[\p{L}-]*[бБ]анк)(?:а|у|ом|е)?(?![\p{L}])/gu)) {
    if (m[1] !== 'Банк') out.push({ name: m[1]!, at: m.index!, kind: 'business', oblique: obliqueAt(m.index!) });
  }
  // A name with a domain's dot ("Дом.РФ", "Авто.ру"): a business.
  // (Written in Latin letters in Russian copy, "Znak.com", "Tver.Today", it is an outlet, whom it was told.)
  for (const m of text.matchAll(/(?<![\p{L}.-])(\p{Lu}\p{Ll}+\.(?:\p{Lu}{2,3}|\p{Ll}{2,3}))(?![\p{L}])/gu)) {
    if (/^[A-Za-z]/u.test(m[1]!)) continue;
    out.push({ name: m[1]!, at: m.index!, kind: 'business', oblique: obliqueAt(m.index!) });
  }
  // «Name»: a business (not an outlet, not a quotation).
  for (const m of text.matchAll(/\u00AB(\p{Lu}[^\u00BB.,!?]{1,40})\u00BB/gu)) {
    const words = m[1]!.split(/\s+/u);
    if (words.length > 4 || isOutletWord({ lower: m[1]!.toLowerCase() } as Token)) continue;
    // («В пресс-центре ОАХК «Барки Точик» «Азия-Плюс» сообщили»: a second «name» right after the body's, then the verb of
    // saying, is whom it was told, an outlet, no business a later «в энергохолдинге» could mean; thirty-first session.
    // Guard: only marks and spaces between the two «names», and a verb of saying right after.)
    const after = /^\s+(\p{Ll}+)/u.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 30));
    if (/\u00BB\s+$/u.test(text.slice(Math.max(0, m.index! - 3), m.index!)) && after && RU_SPEECH_VERBS.has(after[1]!)) continue;
    // (Thirty-seventh session: «…, сообщил порталу «Логистика Сибири» источник в таможне»: a «name» right after a word for an
    // outlet, in any case («порталу», «газете», «изданию», «телеканала»), is that outlet, whom it was told, no business a
    // later «в пресс-службе терминала» or «в компании» could mean. Guard: the outlet's word right before the opening mark;
    // «агентство» is left out, as a business may be one, «агентство «Эксперт РА»».)
    if (/(?<![\p{L}-])(?:портал|издани|газет|сайт|журнал|телеканал|телеграм-канал|паблик)\p{Ll}{0,3}\s+$/u.test(text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    // («…, рассказал «Деловому Черноземью» источник, близкий к …»: so is a «name» between a verb of saying and the lower-case
    // subject after it, whom it was told. Guard: the verb right before the mark, a lower-case word right after the closing
    // one, so «…, заявил «Ростех».» (the body speaking, last) stays a business.)
    const before = /(?<![\p{L}-])(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, m.index! - 30), m.index!));
    if (before && RU_SPEECH_VERBS.has(before[1]!) && /^\s+\p{Ll}/u.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 3))) continue;
    // («строительство жилых комплексов «Камские зори» и «Северный квартал»», «ЖК «…»», «микрорайона «…»»: a housing
    // estate's name, what is built, no business that could speak as «компания»; thirty-first session. Guard: the word for
    // an estate right before, or before the «name» joined to this one by «и» / a comma.)
    if (/(?:(?<![\p{L}-])ЖК|комплекс\p{Ll}{0,3}|микрорайон\p{Ll}{0,3}|квартал\p{Ll}{0,3})\s+(?:\u00AB[^\u00BB]{1,40}\u00BB\s*(?:,|и)\s+)*$/u.test(text.slice(Math.max(0, m.index! - 100), m.index!))) continue;
    // («иск к ФГУП «Росморпорт»», «договор с ООО «Север»»: a legal form between the preposition and the «name» leaves it a
    // body mentioned in passing, as «к «Росморпорту»» is; so a later «компания» is not it. Guard: not after «в» / «на»,
    // which open a body's own words, «В АО «…» сообщили», «В ГУП «…» пояснили».)
    const form = /(?<![\p{L}-])(?:П?АО|ООО|ОАО|ЗАО|НАО|АНО|ФГУП|МУП|ГУП|НПО)\s+$/u.exec(text.slice(Math.max(0, m.index! - 8), m.index!));
    const formAt = form ? m.index! - form[0].length : m.index!;
    const passing = form !== null && /(?:^|[\s(])(?:с|со|к|ко|от|из|для|против|у|при|через|за|о|об)\s+$/iu.test(text.slice(Math.max(0, formAt - 12), formAt));
    out.push({ name: m[1]!, at: m.index!, kind: 'business', oblique: obliqueAt(m.index!) || passing });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** A neuter adjective of an indeclinable body's name in the nominative ("Национальном бюро" → Национальное бюро). */
const neuterAdjective = (a: string) => a.replace(/([гкхжшчщ])(?:ом|ого|ому|им)$/u, '$1ое').replace(/(?:ом|ого|ому|ым)$/u, 'ое').replace(/(?:ем|его|ему|им)$/u, 'ее');

/** An adjective of a body's name in the nominative ("Омского" → Омский, "Федеральной" → Федеральная). */
const nominalAdjective = (a: string) => a.replace(/([гкхжшчщ])ого$/u, '$1ий').replace(/ого$/u, 'ый').replace(/(?:ой|ую)$/u, 'ая').replace(/ом$/u, 'ый');

/** What the text calls the central bank in full ("Банк России", else "Центральный банк"), for "ЦБ". */
function centralBank(text: string): string {
  if (/Банк[а-я]{0,2}\s+России/u.test(text)) return 'Банк России';
  // (Named by its letters only: Russian copy's "ЦБ" is the Bank of Russia.)
  return /Центральн\p{Ll}+\s+банк/u.test(text) ? 'Центральный банк' : 'Банк России';
}

/**
 * The body a Russian word refers back to ("ведомство", "компания", "регулятор", "ЦБ", "там", "суда"): one that already
 * spoke in the text, else the latest one named (not in passing) before `at`, else in a lead the first one after. Null
 * for words that name a body in full, and for English.
 */
export function russianBodyReferent(text: string, written: string, at: number, spoken: readonly string[]): string | null {
  // ("В ассоциации «Опора России» считают": a body word, then the body's own «name», given whole.)
  const parts = written.trim().split(/\s+/u);
  if (parts.length >= 2 && /^\p{Ll}/u.test(parts[0]!) && isBodyWord({ lower: parts[0]!.toLowerCase() } as Token)) {
    const own = new RegExp(`\u00AB(${escapeRegExp(parts[1]!)}[^\u00BB]{0,40})\u00BB`, 'u').exec(text);
    if (own && own[1]!.split(/\s+/u).length <= 4) return own[1]!;
  }
  // («Как пишет Baltijas Osta, …. Издание отмечает, что …», «… сообщает газета «Вести». Газета уточняет, что …»: a word for an
  // outlet alone, as a sentence's subject, is the outlet cited last before, as «Как уточняет издание» already was
  // (outletSource; thirty-fourth session, second round). Guard: one word, an outlet's; an outlet named before it, else
  // nothing changes.)
  if (parts.length === 1 && OUTLET_NOUN.test(parts[0]!.toLowerCase())) {
    const lower = parts[0]!.toLowerCase();
    const outlet = outletSource(text, [{ text: lower, lower, start: at, end: at + lower.length } as Token], at);
    if (outlet?.kind === 'organisation' && outlet.body) return outlet.body;
  }
  // («Общественная организация «X» …. В обращении организации говорится»: the kind word alone is the body it introduced.)
  const introduced = parts.length === 1 && /^\p{Ll}/u.test(parts[0]!) ? russianBodyIntroducedByKind(text, parts[0]!, at) : null;
  if (introduced !== null) return introduced;
  const body = bodyReferent(text, written, at, spoken);
  if (body !== null) return fullestForm(text, body);
  // (Forty-third session: «в сообщении отдела» after «ОМВД России по … району»: russian-office-by-acronym.ts.)
  const office = officeNamedByAcronym(text, written);
  if (office !== null) return office;
  // (Forty-fifth session: «В управлении добавили» after «начальник управления … исполкома»: russian-office-of-parent-body.ts.)
  const parent = officeOfParentBody(text, written, at);
  const parentBody = parent !== null ? russianBodyReferent(text, parent, at, spoken) : null;
  if (parentBody !== null) return parentBody;
  // (Forty-third session: «музея», «сайт зоопарка»: a head noun alone in the genitive, perhaps after a page's word, is the
  // body the text names with a capitalised adjective before that noun, printed in any case; russian-body-by-head-noun.ts.)
  const headOnly = /^(?:сайт|сайте|сайта|страниц\p{Ll}*|пресс-служб\p{Ll}*)?$/u.test(parts.length === 2 ? parts[0]!.toLowerCase() : '') && parts.length <= 2
    && parts.every((p) => /^\p{Ll}/u.test(p)) ? bodyNamedByHeadNoun(text, parts.at(-1)!) : null;
  if (headOnly !== null) return headOnly;
  const fuller = isCyrillic(written) ? fullestForm(text, written) : written;
  return fuller !== written ? fuller : null;
}

/**
 * A «name» in an oblique case ("Невы", "Аптечного двора") as the text prints it in the nominative (at a sentence's start, or
 * with a nominative adjective: "«Нева» с 34 очками", "«Аптечный двор»").
 */
function fullestForm(text: string, body: string): string {
  const words = body.split(/\s+/u);
  if (!text.includes(`\u00AB${body}\u00BB`) || words.length > 3) return body;
  const sameStem = (a: string, b: string) => a.length >= 3 && b.length >= 3 && a.slice(0, Math.max(3, Math.min(a.length, b.length) - 2)) === b.slice(0, Math.max(3, Math.min(a.length, b.length) - 2));
  // (Nominative: at a sentence's start, or a first adjective in -ый, -ий, -ая, -яя, -ое, -ее; not -ой, a feminine genitive too.)
  const forms = [...text.matchAll(/(^|[.!?]\s+|\n|\s)\u00AB([^\u00BB]{2,60})\u00BB/gu)].map((m) => ({
    name: m[2]!,
    nominal: !/^\s$/u.test(m[1]!) || m.index === 0 || (m[2]!.includes(' ') && /(?:ый|ий|ая|яя|ое|ее)$/u.test(m[2]!.split(/\s+/u)[0]!)),
  }));
  if (forms.some((f) => f.name === body && f.nominal)) return body;
  // (Word by word, and a hyphenated word part by part: "Волги-Сити" is "Волга-Сити", its case ending inside the word.)
  const sameWord = (a: string, b: string) => {
    const pa = a.split('-');
    const pb = b.split('-');
    return pa.length === pb.length && pa.every((x, k) => x === pb[k] || sameStem(x, pb[k]!));
  };
  const other = forms.find((f) => f.nominal && f.name !== body && f.name.split(/\s+/u).length === words.length
    && f.name.split(/\s+/u).every((w, k) => sameWord(w, words[k]!)));
  return other?.name ?? feminineNominative(words) ?? body;
}

/**
 * A feminine adjective and noun in the genitive, the text never printing them in the nominative ("Акции «Северной
 * стали-Прокат»", "Выручка «Донской нивы»"): the nominative, "Северная сталь-Прокат", "Донская нива". The adjective in
 * -ой/-ей and the noun in -ы/-и agree only so (a masculine "Большой театр" has no noun in -ы/-и); a noun in -и after a
 * consonant that is no velar or hissing one is read as one in -ь ("стали", "нефти", "Сибири"), in -ии as -ия.
 */
function feminineNominative(words: readonly string[]): string | null {
  if (words.length !== 2) return null;
  const [adjective, noun] = words as [string, string];
  const [head, ...rest] = noun.split('-');
  if (!/^\p{Lu}?[\u0400-\u04FF]{2,}(?:ск|цк|н|л|р|в|т|д|ж|ш|ч|щ|к|г|х|с|з|м|п|б)(?:ой|ей)$/u.test(adjective)) return null;
  if (!/^[\u0400-\u04FF]{2,}[ыи]$/u.test(head!)) return null;
  const soft = /ей$/u.test(adjective) && !/[жшчщ]ей$/u.test(adjective);
  const adj = adjective.slice(0, -2) + (soft ? 'яя' : 'ая');
  const nounHead = /ии$/u.test(head!) ? `${head!.slice(0, -1)}я`
    : /[гкхжшчщ]и$|ы$/u.test(head!) ? `${head!.slice(0, -1)}а`
      : `${head!.slice(0, -1)}ь`;
  return [adj, [nounHead, ...rest].join('-')].join(' ');
}

function bodyReferent(text: string, written: string, at: number, spoken: readonly string[]): string | null {
  if (!isCyrillic(written)) return null;
  const words = written.trim().split(/\s+/u);
  const lower = written.toLowerCase();
  if (lower === 'цб' || lower.startsWith('центробанк')) return centralBank(text);
  const bodies = namedBodies(text);
  // A body that spoke is a business when the text names it as one, else a body of the state.
  // («ФКУ Упрдор Кола», «ОАХК Барки Точик», a speaker read from «в ФКУ Упрдор «Кола»» with its legal form: the body the
  // words after the form name, as the text lists them; thirty-first session.)
  const withoutForm = (name: string) => {
    const form = /^(\p{Lu}{2,5})\s+(\p{Lu}.*)$/u.exec(name);
    return form && (RU_LEGAL_FORM.test(form[1]!) || isInstitutionForm(form[1]!)) ? form[2]! : null;
  };
  // («Стивидорная компания SIA Rīgas Ogļu Termināls заявила …. По словам компании, …», «Jūrmalas Ūdens, муниципальное
  // предприятие, сообщило …. Предприятие пообещало …»: a body named in Latin letters that spoke is a business for a lone
  // business word after it (thirty-fourth session, second round). Guards: only for a business's word («компания»,
  // «предприятие», «фирма»; not «ведомство», «там»); every word of the name Latin and capitalised; not an outlet the text
  // cites («Как пишет Baltijas Osta», «сообщает газета Postimees»), which a company's word never means.)
  const businessWord = words.length === 1 && BUSINESS_WORDS.test(lower) && !/^(?:клуб|групп|организаци|сет[ьи]|продавц|покупател)/u.test(lower);
  const latinCompany = (name: string) => businessWord && name.split(/\s+/u).every((w) => /^\p{Lu}[\p{Script=Latin}'.&-]*$/u.test(w))
    && ![...text.matchAll(LATIN_OUTLET_CITED)].some((m) => m[1] === name || m[1]!.startsWith(`${name} `))
    && !new RegExp(`(?:[Кк]ак\\s+(?:пишет|пишут|сообщает|передаёт|передает|отмечает)|[Пп]о\\s+(?:данным|информации|сообщению))\\s+${escapeRegExp(name)}(?![\\p{L}])`, 'u').test(text);
  const kindOf = (name: string): NamedBody['kind'] => (latinCompany(name) ? 'business' : undefined) ?? bodies.find((b) => b.name === name)?.kind
    ?? bodies.find((b) => withoutForm(name)?.endsWith(b.name) ?? false)?.kind ?? 'state';
  const lead = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
  const sentenceStart = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at)) + 1;
  // ("Министерство сельского хозяйства России намерено расширить …", a sentence's subject read long: the body it begins with.)
  // (Not to its legal form alone, «ФКУ Упрдор Кола» → «ФКУ»: withoutForm.)
  const trimmed = (name: string) => bodies.filter((b) => name.startsWith(`${b.name} `) && withoutForm(name) === null).sort((a, b) => b.name.length - a.name.length)[0]?.name ?? name;
  // (For «там»: only where a verb in the past follows the body, «Прокуратура района провела проверку»; not "ФКУ" out of «ФКУ
  // «Упрдор «Кола»», whose own name follows, nor «МЧС» out of «МЧС области».)
  const trimmedBeforeVerb = (name: string) => bodies.filter((b) => name.startsWith(`${b.name} `) && PAST_VERB_RE.test(name.slice(b.name.length + 1).split(/\s+/u)[0]!))
    .sort((a, b) => b.name.length - a.name.length)[0]?.name ?? name;
  const pick = (fits: (name: string, kind: NamedBody['kind']) => boolean, storys = false): string | null => {
    // ("Компания «X» увеличила выручку, говорится в сообщении компании": the one this sentence names.)
    // (Not one inside a participle phrase after the subject: «ООО «X», владеющее центром «Y», …», russian-participle-phrase.ts.)
    const here = bodies.filter((b) => b.at >= sentenceStart && b.at < at && fits(b.name, b.kind) && !insideParticiplePhrase(text, sentenceStart, b.at)).at(-1);
    // («Союз готов направить …, сообщили в организации» after «Председатель Союза автоперевозчиков …»: a head word alone
    // opening the sentence is the body named before with that head; guard: one word, a body's head, named in full before.)
    const fuller = here && !/\s/u.test(here.name) && stateHead(here.name) !== null
      ? bodies.filter((b) => b.at < sentenceStart && b.name.startsWith(`${here.name} `)).at(-1) : undefined;
    if (fuller) return fuller.name;
    if (here) return here.name;
    // (Not a stray subject read as a body: "Российские металлурги просят правительство …".)
    // (Only a body's name: one the text names as a body, one word, or a phrase with a body's head word.)
    const bodyLike = (name: string) => bodies.some((b) => b.name === name) || !/\s/u.test(name) || latinCompany(name)
      || name.split(/\s+/u).slice(0, 2).some((w) => stateHead(w) !== null)
      // (Forty-fourth session: or an inspectorate named by one compound word, «Госавтоинспекция Удмуртской Республики»,
      // «Госжилинспекция», «Рострудинспекция»: «Как говорится в сообщении ведомства» after «сообщает Госавтоинспекция …» had
      // stayed «ведомство». test-62 r08.)
      || COMPOUND_INSPECTORATE.test(name.split(/\s+/u)[0]!)
      // (For «в учреждении», one named with an institution's or a legal form, «ФКУ Упрдор Кола»; only for that word, so
      // that «там» after «В компании это опровергли» is still the company, not «ГКУ «…»» that spoke in the lead, d1335.)
      || (/^учреждени/u.test(lower) && withoutForm(name) !== null);
    const said = [...spoken].reverse().map((name) => (latinCompany(name) ? name : trimmed(name))).find((name) => (isCyrillic(name) || latinCompany(name)) && name !== written && bodyLike(name) && fits(name, kindOf(name)));
    // («В управлении напомнили» after «ГКУ «Управление автомобильных дорог …»» spoke in the lead and again, and a federal
    // body's regional office, «Главное управление МЧС России по Республике …» (russian-territorial-body.ts), once in passing
    // since: the bare head word resumes the story's own source, the body that spoke at least twice. Guards: a bare head word
    // only; the last one a regional office named with «по» and its region, which spoke once; the other at least twice (a
    // shorter form of its name counts as the same body). Without the regional-office guard, a count alone moved four
    // statements of the development and read parts, «говорится в сообщении ведомства» after a court had spoken among them.)
    const same = (a: string, b: string) => a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
    const times = (name: string) => spoken.filter((n) => same(n, name)).length;
    const regionalOffice = (name: string) => /\sпо\s(?:Республике|городу|\p{Lu}\p{Ll}+(?:ой|ому|ему)\s)/u.test(name);
    if (said && words.length === 1 && stateHead(words[0]!) !== null && spoken.some((n) => same(n, said) && regionalOffice(n)) && times(said) === 1) {
      const source = [...spoken].reverse().find((name) => !same(name, said) && isCyrillic(name) && name !== written && bodyLike(name) && fits(name, kindOf(name)) && times(name) >= 2);
      if (source) return spoken.find((n) => same(n, source)) ?? source;
    }
    if (said) return said;
    const before = bodies.filter((b) => b.at < at && fits(b.name, b.kind));
    const main = before.filter((b) => !b.oblique);
    // After it only in a lead ("…, говорится в сообщении компании" before the company is named again).
    const after = at < lead ? bodies.find((b) => b.at >= at && fits(b.name, b.kind)) : undefined;
    // («В пресс-службе клуба сообщили» in a match report on two clubs, none of which spoke: the story's club, the one its
    // headline opens with, not the opponent named last; russian-story-club.ts.)
    const story = storys ? storyClub(main, text) : null;
    return (story ?? main.at(-1) ?? before.at(-1) ?? after)?.name ?? null;
  };
  // A document without its owner ("Согласно законопроекту"): the body the text last named.
  // (The body named in the latest sentence before that spoke of the same document, "«Атон» в обзоре для клиентов …"; else
  // the first body the lead names, else the latest before.)
  // (A contract: the body of the state that let it, the one that spoke last, else the last one named.)
  if (lower === 'документ контракт') {
    const state = pick((name, kind) => kind === 'state' && !BUSINESS_WORDS.test(name.toLowerCase()));
    if (state) return state;
  }
  if (words[0] === 'документ') {
    const before = bodies.filter((b) => b.at < at);
    const stem = (words[1] ?? '').slice(0, 5);
    const sentences = text.slice(0, at).split(/(?<=[.!?]\u00BB?)\s+/u);
    // ("…, сообщили в мэрии столицы. Как говорится в сообщении, …": a body's own announcement, right after the sentence
    // that framed it, which names no body by a name of its own, is the body that spoke there, as the text called it; not
    // a bill's «пояснительной записке».)
    const announcement = /^(?:сообщени|заявлени|пресс-релиз|релиз)/u.test(words[1] ?? '');
    for (let k = sentences.length - 1; k >= 0 && stem.length >= 4; k--) {
      const sentence = sentences[k]!;
      if (k === sentences.length - 1 || !sentence.toLowerCase().includes(stem)) continue;
      const from = text.lastIndexOf(sentence, at);
      const inside = bodies.find((b) => b.at >= from && b.at < from + sentence.length);
      // («Музей «Шурави» открылся …, сообщили в пресс-службе Союза …. …, говорится в сообщении»: an announcement's owner is
      // the body that spoke in that sentence, not the first «name» it prints (a museum, a cable car the body runs). Guard:
      // an announcement's word only, and a body of the sentence that spoke; else the first body, as before. Thirty-seventh
      // session, dev d1962; test-54 r04.)
      // (The body as it spoke, its name in full: «Союз ветеранов Афганистана Удмуртии» for «Союз ветеранов».)
      const spokenAs = (name: string) => spoken.find((n) => n === name || n.startsWith(`${name} `));
      // (The sentence from its own line: a headline with no full stop is split off with the lead; not the headline's words.)
      const own = from + sentence.lastIndexOf('\n') + 1;
      const spokeThere = announcement ? bodies.find((b) => b.at >= own && b.at < from + sentence.length && spokenAs(b.name) !== undefined) : undefined;
      if (spokeThere) return spokenAs(spokeThere.name)!;
      if (inside) return inside.name;
      if (announcement && k === sentences.length - 2 && spoken.length > 0) return spoken.at(-1)!;
    }
    const inLead = before.filter((b) => b.at < lead && !b.oblique);
    return (inLead[0] ?? before.filter((b) => !b.oblique).at(-1) ?? before.at(-1))?.name ?? null;
  }
  // («Прокуратура района провела проверку …. …, сообщили там»: the body that spoke last, its subject read long trimmed.)
  // («…, отметили в пресс-службе» after a press office spoke in its own name: that office, russian-press-office-spoken.ts.)
  if (lower === 'там') return pressOfficeThatSpoke(text, at, spoken) ?? (spoken.length > 0 ? trimmedBeforeVerb(spoken.at(-1)!) : null) ?? pick(() => true);
  if (lower === 'железная дорога') return pick((name) => name.endsWith('железная дорога'));
  // ("По версии следствия": the investigators the text names, "Следственное управление СК …", else the investigation.)
  if (lower === 'следствие') return pick((name) => /следствен|^СК\b/iu.test(name)) ?? 'следствие';
  // "СК" after "Следственного комитета России": the body whose words begin with those letters.
  if (/^\p{Lu}{2,6}$/u.test(written)) {
    const initials = (name: string) => name.split(/[\s-]+/u).map((w) => w[0]!.toUpperCase()).join('');
    const spelled = bodies.find((b) => /\s/u.test(b.name) && initials(b.name).startsWith(written) && initials(b.name).length <= written.length + 1);
    if (spelled) return spelled.name;
  }
  // (Forty-first session, test-59 r06, test-56 r08: «В региональном минсельхозе считают», «В областном минздраве заявили»: a
  // ministry's short name in lower case, perhaps after an adjective for the region, is the ministry the text names in full,
  // before or after it, «Министерство сельского хозяйства Вологодской области». Guards: the short name's stem opens the
  // full name's second word; exactly one such name in the text; else read as before, the short name as printed.)
  const regional = /^(?:(?:региональн|областн|краев|республиканск|окружн)\p{Ll}{1,3}\s+)?мин(\p{Ll}{3,})$/u.exec(lower);
  if (regional) {
    const full = ministriesInFull(bodies, `мин${regional[1]!}`);
    if (full.length === 1) return full[0]!;
  }
  // "Минприроды", "Минтранс": the ministry the text names in full ("Министерство природных ресурсов …").
  const ministry = /^Мин(\p{Ll}{3,})$/u.exec(written);
  // («в минсельхозе региона», «в минздраве области»: a lower-case short name, with the region's generic word or none, is the
  // ministry the text names in full, as «Минсельхоз» is; forty-first session.)
  const lowerMinistry = SHORT_MINISTRY.test(words[0]!.toLowerCase()) && (words.length === 1 || (words.length === 2 && /^(?:региона|области|края|республики)$/u.test(words[1]!)));
  if (lowerMinistry) {
    const full = ministriesInFull(bodies, words[0]!)[0];
    if (full) return full;
  }
  if (ministry && isShortBodyName(written)) {
    // ("В Минфине": the ending off first, Минфин → "фин".)
    const nominal = written.replace(/([бвгдзклмнпрстфхцчшщ])[аеу]$/u, '$1');
    return ministriesInFull(bodies, nominal)[0] ?? nominal;
  }
  // ("В Минтрансе России": the short name in the nominative, with its country.)
  if (words.length === 2 && isShortBodyName(words[0]!) && /^(?:Росси|РФ$)/u.test(words[1]!)) {
    return `${words[0]!.replace(/([бвгдзклмнпрстфхцчшщ])[аеу]$/u, '$1').replace(/ии$/u, 'ия')} ${words[1]}`;
  }
  // "Росстата", "Росавиации": an agency's short name in the nominative.
  if (words.length === 1 && isShortBodyName(written)) return written.replace(/([бвгдзклмнпрстфхцчшщ])[аеу]$/u, '$1').replace(/ии$/u, 'ия');
  // A name in full ("прокуратуре Свердловской области"): the same name with its head word in the nominative.
  // ("Ведомство напоминает": a generic word capitalised only because it opens the sentence is still generic.)
  const generic = words.length === 1 && (STATE_WORDS.test(lower) || BUSINESS_WORDS.test(lower));
  if (words.some((w) => /^\p{Lu}/u.test(w)) && !generic) {
    const k = words.findIndex((w) => stateHead(w) !== null);
    // ("Федеральной налоговой службы" → Федеральная налоговая служба: adjectives before the head in the nominative too.)
    // ("В Фонде защиты прав дольщиков сообщили": a capitalised head word, then lower-case genitives, is a name too.)
    if (k >= 0 && (words.slice(k + 1).some((w) => /^\p{Lu}/u.test(w)) || (k > 0 && /^\p{Lu}/u.test(words[0]!)) || (k === 0 && words.length >= 2))) {
      const head = stateHead(words[k]!)!;
      // (Forty-second session: adjectives in the locative take the head's gender, «в территориальном управлении Name» →
      // «территориальное управление Name», not «территориальный …»; russian-locative-body.ts. Any other case, as before.)
      const nominal = [...(locativeBodyNominative(words, k, head)?.slice(0, k) ?? words.slice(0, k).map(nominalAdjective)), /^\p{Lu}/u.test(words[k]!) ? head.charAt(0).toUpperCase() + head.slice(1) : head, ...words.slice(k + 1)].join(' ');
      // (Thirty-seventh session, second round: «сообщили в Департаменте образования администрации города» where the text
      // names the same body with its city, «Департамент образования администрации Name напоминает»: that name, the city for
      // «города»; test-55 r09. Guards: «города» the last word, after at least two words; exactly one body the text names
      // whose name is the same words with one or two capitalised words in place of «города».)
      if (words.length >= 3 && words.at(-1) === 'города') {
        const stem = nominal.slice(0, -'города'.length);
        const withCity = [...new Set(bodies.map((b) => b.name).filter((name) => name.startsWith(stem) && /^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?$/u.test(name.slice(stem.length))))];
        if (withCity.length === 1) return withCity[0]!;
      }
      return nominal;
    }
    return null;
  }
  // (Forty-second session: «По данным краевого министерства природных ресурсов, …. Министерство природных ресурсов
  // Краснодарского края сообщило …»: a body described by its level's adjective, its head and its field in lower case is the
  // one body the text names whose name is that head and field with its place printed after, as «министерстве природных
  // ресурсов региона» already was (below). Guards: the level's adjective first («краев-», «областн-», «региональн-»,
  // «республиканск-», «окружн-», «городск-», «районн-»), then a body's head, then lower-case words only; exactly one such
  // body named, with a capitalised word after the shared ones. test-60 r08.)
  if (words.length >= 3 && /^(?:краев|областн|региональн|республиканск|окружн|городск|районн)\p{Ll}+$/u.test(words[0]!) && stateHead(words[1]!) !== null
    && words.slice(1).every((w) => /^\p{Ll}/u.test(w))) {
    const stem = [stateHead(words[1]!)!, ...words.slice(2)].join(' ').toLowerCase();
    const named = [...new Set(bodies.map((b) => b.name).filter((name) => name.toLowerCase().startsWith(`${stem} `) && /^\s\p{Lu}/u.test(name.slice(stem.length))))];
    if (named.length === 1) return named[0]!;
  }
  // "департаменте транспорта и дорожно-благоустроительного комплекса мэрии": a body described in full, head first.
  if (words.length >= 3 && stateHead(words[0]!) !== null) {
    const described = [stateHead(words[0]!)!, ...words.slice(1)].join(' ');
    // (Forty-first session: «Как пояснили в министерстве природных ресурсов региона, …» where the text names «Министерство
    // природных ресурсов и экологии Ростовской области»: a body described head first with a generic place word last
    // («региона», «области», «района», «города») is the one body the text names whose name begins with the same words, the
    // place printed. Guards: the generic word last, three words or more; exactly one such body named, with a capitalised
    // word after the shared ones.)
    if (/^(?:региона|области|края|республики|района|города)$/u.test(words.at(-1)!)) {
      const stem = described.split(' ').slice(0, -1).join(' ').toLowerCase();
      const named = [...new Set(bodies.map((b) => b.name).filter((name) => name.toLowerCase().startsWith(`${stem} `) && /\p{Lu}/u.test(name.slice(stem.length))))];
      if (named.length === 1) return named[0]!;
    }
    return described;
  }
  // («В профсоюзе комбината считают», «профком завода»: a union of a business's workers is a body of its own, named by whose
  // it is (dev d353 «профсоюз предприятия», d1081 «профком», d1518); not the business its last word names. Guard: the union's
  // word first, lower-case words after it.)
  if (words.length >= 2 && /^(?:профсоюз|профком)/u.test(lower) && words.slice(1).every((w) => /^\p{Ll}/u.test(w))) return null;
  // ("автозавода", "агрохолдинг": a compound is the body word it ends with.)
  const noun = words.at(-1)!.toLowerCase().replace(/^\p{L}{3,}?(?=(?:компани|завод|верф|холдинг|комбинат|концерн|корпораци|фирм)\p{Ll}{0,4}$)/u, '');
  const descriptor = words.length > 1 ? STATE_DESCRIPTORS.find(([adj]) => adj.test(words[0]!.toLowerCase()))?.[1] : undefined;
  // ("Ведомство напоминает" right after "сообщили в Рослесхозе": the body that just spoke.)
  if (descriptor) return pick((name) => descriptor.test(name)) ?? null;
  // ("Компания напоминает" in a release of "АО «Северная энергосбытовая компания»": a body whose own name holds the word.)
  const own = words.length === 1 ? [...spoken].reverse().find((name) => name.toLowerCase().includes(noun.slice(0, 6)) && noun.length >= 5 && bodies.some((b) => b.name === name)) : undefined;
  if (own && BUSINESS_WORDS.test(noun)) return own;
  // ("В клубе сообщили" after "Болельщики ЦСКА …": a club may go by its letters.)
  if (noun.startsWith('клуб')) return pick((name, kind) => kind === 'business' || /^\p{Lu}{2,5}$/u.test(name), true);
  // («Председатель Союза автоперевозчиков … заявил …. …, сообщили в организации»: a union, an association, a federation or a
  // fund the text names is an organisation before any business is; guard: only those heads, never a body of the state.)
  // (Thirty-fourth session: «объединение» too, «Эстонская ассоциация перевозчиков … требует …. В объединении подсчитали»,
  // and the head after one adjective of place, «Эстонская ассоциация», «Российский союз».)
  if (/^(?:организаци|объединени)/u.test(noun)) {
    const association = pick((name) => /^(?:\p{Lu}\p{Ll}+(?:ая|ий|ый|ое|ой)\s+)?(?:[Сс]оюз|[Пп]рофсоюз|[Аа]ссоциаци|[Фф]едераци|[Фф]онд|[Оо]бщественн\p{Ll}+\s+организаци)/u.test(name));
    if (association) return association;
  }
  // («Компания «X» сокращает добычу на руднике «Y». Об этом говорится в сообщении компании»: where no body spoke, the one the
  // text introduced as «компания «X»», not the last «name»; russian-company-introduced.ts.)
  if (words.length === 1 && /^компани\p{Ll}{0,3}$/u.test(lower)) {
    const fallback = pick((_, kind) => kind === 'business');
    // («директор компании Smiltynės perkėla Name. Как заявили в компании, …»: a business introduced by the word before its
    // Latin name, where none fits before; russian-company-introduced.ts.)
    const latin = fallback === null ? lastLatinCompanyIntroduced(text, at) : null;
    if (latin) return latin;
    // (Thirty-fifth session: «…, говорится в отчетности компании» — a company's own report, in a story whose headline names a
    // business, is that business's, not the rival's whose spokesman spoke last. Guards: «отчетности» / «отчете» right
    // before the word; a body the headline names, a business, other than the one the fallback gives; dev d1713.)
    const headlineEnd = text.indexOf('\n');
    const report = /(?:отч[её]тност|отч[её]т)\p{Ll}{0,3}\s+$/u.test(text.slice(Math.max(0, at - 20), at));
    const headlined = report && headlineEnd > 0 ? bodies.find((b) => b.at < headlineEnd && b.kind === 'business') : undefined;
    if (headlined && fallback && headlined.name !== fallback) return headlined.name;
    const company = lastCompanyIntroduced(text, at);
    if (company && fallback && fallback !== company && !spoken.some((n) => n === fallback || n.includes(fallback)) && !fallback.includes(company)) return company;
    return fallback;
  }
  if (BUSINESS_WORDS.test(noun)) return pick((_, kind) => kind === 'business');
  // ("По данным лиги" after "чемпионата КХЛ": a league the text names, in full or by letters that end in its «лига».)
  if (/^лиг(?:а|и|е|у|ой)$/u.test(noun)) return pick((name) => /^\p{Lu}{1,4}Л$/u.test(name) || /лиг/iu.test(name));
  // («В администрации Бийска сообщили …. В администрации города пообещали»: «администрация города» / «мэрия города» with no
  // name is the city's administration the text named by its city. Guard: only a name «администрация X» with the city's
  // capitalised name (CITY_ADMINISTRATION) or a «мэрия», a body of the state.)
  if (words.length === 2 && /^(?:администраци|мэри)\p{Ll}*$/u.test(words[0]!.toLowerCase()) && words[1] === 'города') {
    const city = (name: string, kind: NamedBody['kind']) => kind === 'state' && (CITY_ADMINISTRATION.test(name) || /^мэри\p{Ll}*\s+\p{Lu}/iu.test(name));
    // (Forty-second session: «…, сообщили в администрации города. ¶ Администрация Тобольска сообщила, что …», «Как заявили в
    // администрации города, …. Администрация Комсомольска-на-Амуре уточнила, что …»: where none was named before, the city's
    // administration named next as a sentence's subject, in the same paragraph or the next, as the forty-first session's
    // rule below reads a body's common word. Guards: nothing before fits; not one named after a preposition; at most one
    // blank line between. test-60 r01, r09.)
    return pick(city) ?? bodies.find((b) => b.at > at && !b.oblique && city(b.name, b.kind) && (text.slice(at, b.at).match(/\n/gu) ?? []).length <= 2)?.name ?? null;
  }
  if (!STATE_WORDS.test(noun)) return null;
  if (noun.startsWith('регулятор') && /Банк[а-я]{0,2}\s+России|ЦБ|Центробанк/u.test(text)) return centralBank(text);
  const head = stateHead(noun);
  // "министерство" is a ministry (Минэнерго too), "прокуратура" a prosecutor's office; "ведомство", "регулятор" any body of the state.
  // ("в администрации" after "Мэрия Владивостока": a city's administration is its mayor's office.)
  // (An election commission's short name, «облизбирком», fits only a name with «избирательн…»: thirty-eighth session.)
  const electoral = /избирком/u.test(noun);
  const fitsHead = (name: string) => electoral ? /избирательн\p{Ll}*\s+комисси/iu.test(name) : head === null || head === 'агентство'
    // (Forty-second session: «ведомство» is a body that governs, not a hospital or a museum the text names: «…, уточнили в
    // ведомстве» after the ministry and the district hospital spoke is the ministry; it had been the hospital, last.)
    || (head === 'ведомство' && !isInstitutionName(name))
    || (head === 'администрация' && /^мэри/iu.test(name))
    // («уточнили в мэрии» after «сообщили в администрации Сочи»: a city's administration is its mayor's office too, the
    // reverse of the line above. Guard: «администрация», then only the city's capitalised name (or «города» and it); not
    // a region's or a district's, «администрация Краснодарского края», «Хостинского района», nor the president's.)
    || (head === 'мэрия' && CITY_ADMINISTRATION.test(name))
    // («суд»: a word of its own, not the letters inside «государственная».)
    || (head === 'суд' ? /(?:^|[\s-])суд/iu.test(name) : name.toLowerCase().includes(head.slice(0, Math.max(3, head.length - 2))))
    || (head === 'министерство' && /^Мин\p{Ll}/u.test(name))
    // («сообщает МЧС Кыргызстана. Как уточнили в министерстве»: the ministries Russian copy names by letters that begin with
    // «М» for «министерство», МЧС, МВД, МИД; guard: those three only.)
    || (head === 'министерство' && /^(?:МЧС|МВД|МИД)(?![\p{L}])/u.test(name))
    || (head === 'служба' && /^Ф\p{Lu}*С$/u.test(name))
    // ("в полиции": the police office the text names, an office of the МВД.)
    || (head === 'полиция' && /МВД/u.test(name));
  // ("уточнили в учреждении" after «в ГОКУ «…»»: an institution may be run as a business is; its name, not its legal form.)
  // (One that spoke under an institution's form, «ГКУ Дорцентр Двина», before any other body that spoke since, «… по данным
  // Гидрометцентра. В учреждении напомнили»: the word is what the text called that one; thirty-first session.)
  if (head === 'учреждение') {
    const formed = /^(\p{Lu}{2,5})\s/u;
    // (Forty-second session: a museum, a theatre, a hospital, a university the text names is an institution before a ministry
    // or another body that governs is, «… сообщили в пресс-службе Опочецкой районной больницы. … рассказали в минздраве
    // региона. … добавили в учреждении» is the hospital; and, none named before, the one named next, as the common words
    // of state bodies below (d2341's museum, five paragraphs on, the word printed again after it). Guard: a name whose
    // first three words hold such an institution's head.)
    const nextInstitution = bodies.find((b) => b.at > at && !b.oblique && isInstitutionName(b.name));
    const nearOrAgain = nextInstitution && ((text.slice(at, nextInstitution.at).match(/\n/gu) ?? []).length <= 2
      || /(?<![\p{L}])учреждени/iu.test(text.slice(nextInstitution.at + nextInstitution.name.length)));
    return pick((name) => formed.test(name) && isInstitutionForm(formed.exec(name)![1]!)) ?? pick((name) => isInstitutionName(name))
      ?? pick((name) => !isInstitutionForm(name)) ?? (nearOrAgain ? nextInstitution.name : null);
  }
  // («В пресс-центре Исполнительного органа государственной власти города Душанбе сообщили …. …, добавили в мэрии»: a city's
  // executive body, named in full by the sentence that spoke just before, is its mayor's office. Guard: only the body that
  // spoke last, and only a name that says it runs a city («… власти города X», «Администрация города X»).)
  const lastSpoken = spoken.at(-1);
  if (head === 'мэрия' && lastSpoken && /^(?:исполнительн|администраци|правительств)\p{Ll}*(?:\s+\p{Ll}+){0,4}\s+город\p{Ll}*\s+\p{Lu}/iu.test(lastSpoken)) return lastSpoken;
  const fitting = (name: string, kind: NamedBody['kind']) => kind === 'state' && fitsHead(name);
  // (Forty-first session: «…, сообщили в пресс-службе вуза.» in the lead, «Тверской государственный технический университет
  // получил …» in the next paragraph; «сообщает пресс-служба регионального министерства» before «Министерство сельского
  // хозяйства … оценивает»: a body's common word that fits no body before it is the body of that head named next, as a
  // sentence's subject, in the same paragraph or the next. It had stayed the common word. Guards: nothing before fits;
  // the body named after is no body in passing (not after a preposition); at most one blank line between.)
  // (Forty-second session: further on too, when the text comes back to the body by the same common word after naming it,
  // «…, сообщили в мэрии.» in the lead, «Проект подготовила администрация Кинешмы …, уточнили в мэрии» five paragraphs
  // on: the word twice around the name says the name is the body meant. Guard: the same word's stem (five letters at
  // least, or the whole word) again after the body's name; the forty-first session's «three paragraphs on» guard, where
  // the word is not printed again, keeps the common word.)
  const next = bodies.find((b) => b.at > at && !b.oblique && fitting(b.name, b.kind));
  const near = next && (text.slice(at, next.at).match(/\n/gu) ?? []).length <= 2;
  const stemOf = noun.slice(0, Math.max(4, Math.min(noun.length - 1, 6)));
  // (Or the body, named at last, says it «также» spoke, «Администрация Бийска также сообщила, что …»: it had spoken before;
  // test-58 r01, «Как сообщили в мэрии» six paragraphs before.)
  const after = next ? text.slice(next.at + next.name.length) : '';
  const again = next && !near && ((noun.length >= 4 && new RegExp(`(?<![\\p{L}])${escapeRegExp(stemOf)}`, 'iu').test(after))
    || /^\s+также\s+(?:сообщил|заявил|уточнил|отметил|добавил|напомнил|пояснил|рассказал|подтвердил|информировал)\p{Ll}*/u.test(after));
  return pick(fitting) ?? (near || again ? next.name : null);
}

/** "Главной причиной задержки она назвала «…»": Russian puts the object first; the speaker is what ends before the verb. */
export function russianSubjectBefore(masked: string, start: number, verbStart: number): SpeakerPhrase | null {
  // («Директор музея, которую назначили в мае, Name Surname рассказала»: a relative clause between a post and the name is
  // blanked, not cut at, so the name is the subject; russian-relative-aside-before-name.ts.)
  const relativeAside = relativeAsideBeforeName(masked.slice(start, verbStart + 1), (w) => russianRoles(w) !== null);
  if (relativeAside && relativeAside.to < verbStart - start) {
    const blanked = masked.slice(0, start + relativeAside.from) + ' '.repeat(relativeAside.to - relativeAside.from) + masked.slice(start + relativeAside.to);
    return russianSubjectBefore(blanked, start, verbStart);
  }
  // ("Народная артистка Name, которая служит в театре с 1979 года, назвала": not the relative clause.)
  const relative = masked.slice(start, verbStart).search(/,\s*котор/u);
  // («Сейсмолог … службы РАН Name Surname, не участвовавший в работе, назвал результат «…»»: a participle's aside between
  // commas, as the relative clause; with a body's genitive in the post the aside was read into a body's name. Guards: the
  // aside opens with a participle in the nominative singular or plural (perhaps after «не») and runs to the comma before
  // the verb; not an aside that says the speaker is unnamed on purpose (RU_UNNAMED_ASIDE_RE), which keeps its reading;
  // thirty-second session's second round, dev d1558.)
  const participle = /,\s*(?:не\s+)?\p{Ll}{3,}(?:вш|ющ|ящ|ущ|ащ)(?:ий|ая|ие)(?:ся)?\s[^,]{0,80},\s*$/u.exec(masked.slice(start, verbStart));
  const aside = relative < 0 && participle && !RU_UNNAMED_ASIDE_RE.test(participle[0]) ? participle.index : -1;
  const cut = relative > 0 ? relative : aside > 0 ? aside : -1;
  const tokens = tokenize(masked.slice(start, cut > 0 ? start + cut : verbStart), start);
  // «Замену компании он назвал «…»»: an object put first, then a subject pronoun right before the verb; the pronoun is the
  // speaker, not a body read out of the object's noun. Guards: only the nominative он / она / они (not «его» / «ее» /
  // «их», which are objects or possessives), only as the last word before the verb, and only after other words.
  const last = tokens.at(-1);
  if (last && tokens.length >= 2 && cut < 0 && ['он', 'она', 'они'].includes(last.text)) {
    return { kind: 'pronoun', pronoun: RU_PRONOUNS[last.text]!, name: [], roles: [], qualifier: null, start: last.start, end: last.end };
  }
  const phrase = speakerAtEnd(tokens);
  if (phrase && phrase.kind !== 'organisation') return phrase;
  // "Инвестиционная компания «Атон» в обзоре … назвала": a body named at the start.
  const opening = speakerAtStart(tokens);
  return (opening?.kind === 'organisation' && !opening.body?.startsWith('документ')) || opening?.kind === 'name' ? opening : null;
}

/**
 * People a sentence names after its verb ("Позицию X поддержал председатель … Максим Курочкин.", "Ситуацию подтвердил
 * собеседник РБК …"): Russian puts the subject last; a later "он" means them.
 */
export function russianMentions(masked: string, start: number, end: number): SpeakerPhrase[] {
  const mentions = mentionsIn(masked, start, end);
  const referent = personBeforeEmphaticRole(masked, start, end);
  return referent ? [...mentions, referent] : mentions;
}

function mentionsIn(masked: string, start: number, end: number): SpeakerPhrase[] {
  // («Ректор, которую избрали в мае, Name Surname сообщила …»: the relative clause blanked, as russianClauses does, so the
  // name is the one a later «она» means, not the post before the clause; russian-relative-aside-before-name.ts.)
  const relativeAside = relativeAsideBeforeName(masked.slice(start, end), (w) => russianRoles(w) !== null);
  if (relativeAside) {
    const blanked = masked.slice(0, start + relativeAside.from) + ' '.repeat(relativeAside.to - relativeAside.from) + masked.slice(start + relativeAside.to);
    return mentionsIn(blanked, start, end);
  }
  // "Сам подсудимый вину не признал": the one the court sentenced (or the text charged), so that a later "он" is them.
  const accused = /^\s*(?:Сам[аи]?\s+)?(?:подсудим|осужденн|осуждённ|обвиняем|подозреваем|задержанн)\p{Ll}*/iu.exec(masked.slice(start, end));
  const defendant = accused ? defendantBefore(masked, start) : null;
  if (accused && defendant) return [{ kind: 'name', name: defendant, roles: [], qualifier: null, start: start + accused.index, end: start + accused[0].length }];
  // («Эти слова принадлежат начальнику … Name Surname»: whose a standing quote is, named in the dative after the quote
  // (russian-quote-named-after.ts); the one a later «По его словам» means, in the nominative. Guard: the words open the
  // sentence and the name's first word shows a dative's ending; thirty-second session.)
  const owned = /^\s*(?:Эти|Такие)\s+(?:слова|строки)\s+принадлежат\s+/u.exec(masked.slice(start, end));
  if (owned) {
    const owner = speakerAtStart(tokenize(masked.slice(start + owned[0].length, end), start + owned[0].length).slice(0, 14));
    const nominal = owner?.kind === 'name' && owner.name.length === 2 ? nominativeFromDativeNoPatronymic([owner.name[0]!, owner.name[1]!]) : null;
    if (owner && nominal) return [{ ...owner, name: nominal }];
  }
  const tokens = tokenize(masked.slice(start, end), start);
  // (Reflexive verbs too: "держался", "отказалась".)
  const verb = tokens.findIndex((t, k) => k > 0 && (RU_SPEECH_VERBS.has(t.lower) || /\p{Ll}(?:ил|ал|ял|ел|ыл)[аи]?(?:ся|сь)?$/u.test(t.lower)) && /^\p{Ll}/u.test(t.text));
  // (Not when the sentence opens with its subject: a full name, a title, a body, a source. "Позицию Дубровской" is an object.)
  const opening = verb > 0 ? speakerAtStart(tokens.slice(0, Math.min(verb, 14))) : null;
  // («Главным спикером сессии стал профессор … Name», «Новым директором стала Name»: a post in the instrumental before a
  // linking verb is what the one after the verb became; the subject follows the verb. Guards: the verb «стал(а)» /
  // «был(а)» / «оказался(-лась)» / «являлся(-лась)»; the sentence's first word an adjective or noun in the instrumental
  // (-ым / -им / -ом / -ем / -ой / -ей).)
  const linked = verb > 0 && /^(?:стал|стала|был|была|оказался|оказалась|являлся|являлась)$/u.test(tokens[verb]!.lower)
    && /^\p{Lu}\p{Ll}+(?:ым|им|ом|ем|ой|ей)$/u.test(tokens[0]!.text);
  const subject = !linked && opening && (opening.kind !== 'name' || (opening.name.length >= 2 && !/[юу]$/u.test(opening.name[0]!)));
  // "На оглашении приговора господин Осипов держался спокойно": a person after an adverbial is the subject, and a later "он".
  const scene = verb > 1 && isPreposition(tokens[0]!) && !(opening?.kind === 'name' && opening.name.length >= 2)
    ? subjectPhrase(tokens.slice(0, Math.min(verb, 14))) : null;
  // («На станции Горелый Бор закрыли кассу»: the place's name after its word, no person; russian-place-name-after-place-word.ts.)
  const afterScene = scene?.kind === 'name' && isPlaceNameAfterPlaceWord(masked.slice(start, scene.end)) ? null : scene;
  // («По словам тренера, Name Surname провел «…»»: the frame's post is its speaker's, not the post of the name that opens the
  // clause after the comma; that name is the subject alone, with no roles, so a later «— улыбнулся Surname» does not make
  // them the coach the frame meant. Thirty-seventh session, an eighth probe of Russian speakers (dev d1963; test-54 r06,
  // the thirty-sixth session's leftover). Guard: only «По словам / мнению / оценке / данным» and a comma inside the phrase.)
  const framed = afterScene?.kind === 'name' && afterScene.roles.length > 0 && /^\s*[Пп]о\s+(?:словам|мнению|оценке|данным)\s/u.test(masked.slice(start, end))
    ? masked.lastIndexOf(',', afterScene.end) : -1;
  if (afterScene?.kind === 'name' && framed > afterScene.start) {
    const nameAt = framed + 1 + (/^\s*/u.exec(masked.slice(framed + 1))?.[0].length ?? 0);
    return [{ ...afterScene, roles: [], qualifier: null, start: nameAt }];
  }
  if (afterScene?.kind === 'name') return [afterScene.name.length === 1 ? withFirstName(masked, afterScene) : afterScene];
  const unnamed = opening?.kind === 'title' && !RU_SPEECH_VERBS.has(tokens[verb]!.lower) ? unnamedPostOpening(masked, opening, tokens.slice(0, verb)) : null;
  if (unnamed) return [unnamed];
  // (Thirty-fourth session: «Врач отделения, попросивший не называть его фамилию, объяснил уход коллег зарплатами.»: one
  // person opening a sentence that is no statement, unnamed by an aside that asks so (RU_UNNAMED_ASIDE_RE), is whom a
  // later «По его словам» or «По словам медика» means, not the person named before. Guards: a post's words, no name, then
  // the aside right after them; one person, not a group; a verb of saying only with no clause, colon or quote after it
  // («объяснил уход коллег зарплатами»; else the sentence is a statement, read with its speaker).)
  const asked = opening?.kind === 'title' && !opening.plural && !opening.document
    && !(RU_SPEECH_VERBS.has(tokens[verb]!.lower) && /,\s*что|:|«|—/u.test(masked.slice(tokens[verb]!.end, end)))
    ? masked.indexOf(',', opening.start) : -1;
  if (opening && asked > opening.start && asked < tokens[verb]!.start && RU_UNNAMED_ASIDE_RE.test(masked.slice(asked, tokens[verb]!.start))) {
    return [{ kind: 'anonymous', name: [], roles: [], qualifier: null, start: opening.start, end: asked }];
  }
  if (verb < 1 || subject) return [];
  const comma = masked.slice(tokens[verb]!.end, end).search(/[,.;:]/u);
  const after = tokens.slice(verb + 1).filter((t) => comma < 0 || t.end <= tokens[verb]!.end + comma);
  const phrase = speakerAtStart(after.slice(0, 14));
  // (Not whom it was told, a name in the dative right after a verb of saying: russian-dative-listeners.ts.)
  const told = phrase?.kind === 'name' && RU_SPEECH_VERBS.has(tokens[verb]!.lower) && after[0]?.start === phrase.start && isDativeListenerName(phrase.name);
  if (!phrase || told || !((phrase.kind === 'name' && phrase.name.length >= 2) || phrase.kind === 'anonymous')) return [];
  // («Кассу закрыли на станции Горелый Бор.»: a place's name after its word, no person; russian-place-name-after-place-word.ts.)
  if (phrase.kind === 'name' && isPlaceNameAfterPlaceWord(masked.slice(tokens[verb]!.end, phrase.end))) return [];
  // (Fortieth session: «Разбирать письма поручили старшему архивисту Name(-ю) Surname(-ому). Он признал …»: a full name in
  // the dative after the verb, whom a later «он» or the surname alone means, in the nominative. Guard: both words show the
  // dative, a man's «-ю / -у» and «-ому / -ему / -ову / -еву / -ину», a woman's «-е / -и» and «-ой / -ей».)
  // (Forty-third session: «задали ветеринарному врачу Тарасу Белоконю», the post's dative settles the name's where the
  // name's words do not show it; russian-name-case-from-post.ts.)
  const at = phrase.kind === 'name' ? after.findIndex((t) => t.start >= phrase.start && t.text === phrase.name[0]) : -1;
  const afterPost = phrase.kind === 'name' && at > 0 ? nominativeAfterDativePost(after[at - 1]!.text, phrase.name) : null;
  const dative = phrase.kind === 'name' ? afterPost ?? dativeFullNameNominative(phrase.name) : null;
  return [dative ? { ...phrase, name: dative } : phrase];
}

/**
 * «Государственный обвинитель просил для подсудимого пять лет. В суде он заявил, …»: a post with no name opening a sentence
 * as its subject, one the text has not printed before, is someone unnamed, whom a later «он» / «она» means (not the person
 * named before it). Guards: the post is all the words before the verb (no name, no body after it); the verb is no verb of
 * saying (then the sentence is a statement, its speaker read with it: «Глава ведомства уточнил» is the one named before);
 * and its word does not appear earlier in the text, where a named holder could have been given it. Null otherwise.
 */
function unnamedPostOpening(masked: string, opening: SpeakerPhrase, before: Token[]): SpeakerPhrase | null {
  if (opening.roles.length === 0 || before.length === 0 || before.length > 3 || opening.end !== before.at(-1)!.end) return null;
  if (!before.every((t) => /^\p{Ll}/u.test(t.text) || t === before[0])) return null;
  const word = before.find((t) => russianRoles(t.lower) !== null);
  if (!word) return null;
  const stem = word.lower.slice(0, Math.max(4, word.lower.length - 2));
  if (new RegExp(`(?<!\\p{L})${stem}`, 'iu').test(masked.slice(0, before[0]!.start))) return null;
  // (Not in the headline, which names the text's subject by post before the body names them; and with no roles kept, so
  // that only a pronoun points back at it: a later «— заявил губернатор» is still read by the post.)
  const headlineEnd = masked.indexOf('\n');
  if (headlineEnd < 0 || before[0]!.start < headlineEnd) return null;
  return { kind: 'anonymous', name: [], roles: [], qualifier: null, start: opening.start, end: opening.end };
}

/**
 * The full name after the text's first verb of sentencing or charging ("приговорил бывшего директора … Геннадия
 * Полторацкого", "обвиняют Анну Петрову"), in the nominative; null when there is none.
 */
function defendantBefore(masked: string, at: number): string[] | null {
  const verb = /(?<!\p{L})(?:приговорил[аио]?|осудил[аио]?|обвиня\p{Ll}+|задержал[аио]?|арестовал[аио]?)\s/u.exec(masked.slice(0, at));
  if (!verb) return null;
  const window = masked.slice(verb.index + verb[0].length, Math.min(at, verb.index + verb[0].length + 140)).split(/[.!?]/u)[0]!;
  return obliqueFullNames(window)[0]?.name ?? null;
}

/** Full names a passage prints in the accusative or genitive, in the nominative, with where they stand, in their order. */
function obliqueFullNames(passage: string): { name: string[]; at: number; length: number }[] {
  const names: { name: string[]; at: number; length: number }[] = [];
  for (const m of passage.matchAll(/(?<![\p{L}-])(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}-])/gu)) {
    const [first, surname] = [m[1]!, m[2]!];
    if (russianRoles(first.toLowerCase()) !== null || isShortBodyName(first)) continue;
    // A woman in the accusative ("Анну Петрову"), a man in the genitive-accusative ("Геннадия Полторацкого", "Вадима Селиверстова").
    const where = { at: m.index, length: m[0].length };
    if (/(?:ову|еву|ину|ую)$/u.test(surname) && /[ую]$/u.test(first)) {
      names.push({ name: [first.replace(/у$/u, 'а').replace(/ю$/u, 'я'), surname.replace(/ую$/u, 'ая').replace(/у$/u, 'а')], ...where });
    } else if (/(?:[сц]кого|ова|ева|ёва|ина|ына)$/u.test(surname) && /[ая]$/u.test(first)) {
      names.push({ name: [nominative(first), surname.replace(/([сц]к)ого$/u, '$1ий').replace(/(ов|ев|ёв|ин|ын)а$/u, '$1')], ...where });
    }
  }
  return names;
}

/**
 * "Зрители аплодировали Хлестакову в исполнении Артема Волжанина. Сам актер признался, что …": an emphatic "сам" before
 * a role opening the next sentence points back to the person this sentence prints only in the genitive or accusative (the
 * last one): a mention of them where printed, in the nominative and with the role, so that the role is them (not an
 * actress the text named before). None when the text gave someone that role, in the singular, before the name.
 */
function personBeforeEmphaticRole(masked: string, start: number, end: number): SpeakerPhrase | null {
  const emphatic = /^[\s.!?]*Сам[аи]?\s+(\p{Ll}+)/u.exec(masked.slice(end, end + 80));
  const roles = emphatic ? russianRoles(emphatic[1]!) : null;
  if (!emphatic || !roles) return null;
  const printed = obliqueFullNames(masked.slice(start, end)).at(-1);
  if (!printed) return null;
  const role = emphatic[1]!;
  // (The role in the singular, any case: "Министр встретился с семьей Ивана Петрова. Сам министр …" is the minister; "актеры" is no one.)
  const stem = /[ьй]$/u.test(role) ? role.slice(0, -1) : role;
  if (new RegExp(`(?<!\\p{L})${stem}(?:|а|у|ом|е|я|ю|ем|ь|й)(?!\\p{L})`, 'iu').test(masked.slice(0, start + printed.at))) return null;
  return { kind: 'name', name: printed.name, roles: [...roles], qualifier: null, start: start + printed.at, end: start + printed.at + printed.length };
}

/**
 * "госпожа Захарова" in a text that printed "Нину Захарову" before: the full name, in the nominative the surname shows (a
 * woman's -ова / -ина: the first name's oblique ending back to -а / -я). The phrase as it is when the text has no one such.
 */
/**
 * A man's first name in the dative ("Андрею", "Валерию", "Ивану") or the instrumental ("Игорем", "Арсением", "Алексеем",
 * "Иваном") with that ending off; any other form as it is, for `nominative` to finish.
 */
function manFirstNameOutOfDativeOrInstrumental(word: string): string {
  const fleeting = fleetingVowelNameNominative(word);
  if (fleeting) return fleeting;
  return word.replace(/ию$/u, 'ий').replace(/ею$/u, 'ей').replace(/([бвгдзклмнпрстфхцчшщ])у$/u, '$1')
    // (Not "Ефрем", a nominative in -рем.)
    .replace(/ием$/u, 'ий').replace(/еем$/u, 'ей').replace(/(?<!ф)([лр])ем$/u, '$1ь').replace(/([бвгдзклмнпрстфхцчшщ])ом$/u, '$1');
}

export function withFirstName(masked: string, phrase: SpeakerPhrase): SpeakerPhrase {
  const surname = phrase.name[0]!;
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(surname)) return phrase;
  const female = /(?:ова|ева|ёва|ина|ына)$/u.test(surname);
  const stem = female ? surname.slice(0, -1) : surname;
  const firsts = new Set<string>();
  for (const m of masked.slice(0, phrase.start).matchAll(new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)\\s+(${stem}\\p{Ll}{0,3})(?![\\p{L}])`, 'gu'))) {
    const first = m[1]!;
    // (Thirty-eighth session: «хирург Алсу Гарифуллина» … «Гарифуллина советует»: a woman's surname printed before in the
    // very nominative form, after a first name in «-у» / «-ю», is her name as printed, not an accusative; it had been read
    // «Алса».)
    if (female && m[2] === surname && /[ую]$/u.test(first) && !NOT_NAMES.has(first.toLowerCase()) && russianRoles(first.toLowerCase()) === null) {
      firsts.add(first);
      continue;
    }
    if (NOT_NAMES.has(first.toLowerCase()) || russianRoles(first.toLowerCase()) !== null) continue;
    // (Thirty-eighth session: «учительница Тамара Глушко» … «Глушко уверена»: a surname that declines by no gender after a
    // woman's given name of the list in the nominative is hers as printed; it had been read as a man's genitive, «Тамар».)
    if (!female && !MANS_SURNAME_RE.test(surname) && givenNameGender(first) === 'f') { firsts.add(first); continue; }
    // (Forty-second session: a name in «-ья», «Дарье», «Натальей» → Дарья, Наталья, not «Дарьа».)
    firsts.add(female ? first.replace(/ь(?:е|ей)$/u, 'ья').replace(/ии$/u, 'ия').replace(/(?:ой|у|е|ы)$/u, 'а').replace(/ю$/u, 'я') : nominative(manFirstNameOutOfDativeOrInstrumental(first)));
  }
  return firsts.size === 1 ? { ...phrase, name: [[...firsts][0]!, surname] } : phrase;
}

/** Surname endings that decline by gender and are a surname's only: «-ова», «-ина», «-ская» / «-ов», «-ин», «-ский». */
const WOMANS_SURNAME_RE = /(?:ова|ева|ёва|ина|ына|ская|цкая)$/u;
const MANS_SURNAME_RE = /(?:ов|ев|ёв|ин|ын|ский|цкий)$/u;
/** A man's surname that declines, «-ов», «-ев», «-ин» (a woman bearing it prints «-ова»): the two thirty-fourth-session readings below. */
const MANS_DECLINING_SURNAME_RE = /(?:ов|ев|ёв|ин|ын)$/u;

/**
 * The gender a Russian surname's ending alone shows (of a name of two words or more, or a surname alone), else null:
 * surer than a given name in «-а», which men bear too («Данила», «Савва»), and than «-ая» / «-ой», which adjectives end in.
 */
export function russianSurnameGender(name: string): 'm' | 'f' | null {
  const surname = name.split(' ').at(-1)!.toLowerCase();
  if (!/^[\u0400-\u04FF-]+$/u.test(surname)) return null;
  if (WOMANS_SURNAME_RE.test(surname)) return 'f';
  if (MANS_SURNAME_RE.test(surname)) return 'm';
  return null;
}

/** What a Russian name says of its bearer's gender: the surname's ending ("Дубровская", "Иванова" / "Курочкин", "Левитан"). */
export function russianGender(name: string): 'm' | 'f' | null {
  const surname = name.split(' ').at(-1)!.toLowerCase();
  const first = name.split(' ')[0]!.toLowerCase();
  // A woman's first name ("Анна", "Наталья"; not "Илья", "Никита", "Миша"): her surname may not decline, whatever its
  // ending ("Анна Цой", "Наталья Грицай", "Елена Шевчук").
  // (Not before a Georgian or Abkhaz surname, "Гела Квеселава", "Гия Гогия", "Шота Беридзе": men's names there end in -а / -я.)
  const caucasian = /(?:швили|дзе|ава|ия|уа|ани|ули|ели)$/u.test(surname);
  // (Nor before a man's declining surname, «-ов», «-ев», «-ин»: a woman bearing it would print «-ова», so "Бембя Очиров",
  // a Kalmyk man's name in «-я», is a man, and "сказал он" goes on from him. Guard: a surname of four letters or more, not
  // a short foreign one; thirty-fourth session, test-47 r04.)
  const mansDecliningSurname = surname.length >= 4 && MANS_DECLINING_SURNAME_RE.test(surname) && /^[\u0400-\u04FF-]+$/u.test(surname);
  const womansFirstName = name.includes(' ') && /[ая]$/u.test(first) && !/(?:илья|ша|ка|ма|та)$/u.test(first) && !caucasian && !mansDecliningSurname;
  if (WOMANS_SURNAME_RE.test(surname) || /ая$/u.test(surname) || womansFirstName) return 'f';
  if (MANS_SURNAME_RE.test(surname) || /(?:ой|ый|ий)$/u.test(surname)) return 'm';
  return null;
}

/**
 * The nominative of a person the directory knows only in an oblique case ("Аркадия Зимина" from "приговорил … Аркадия
 * Зимина"), given the surname as this sentence prints it ("господин Зимин заявил"); null when nothing needs changing.
 */
export function russianCanonical(known: string, surname: readonly string[], verbGender: 'm' | 'f' | null = null): string | null {
  const words = known.split(' ');
  if (words.length !== 2 || surname.length !== 1 || !isCyrillic(known)) return null;
  // (Forty-fifth session: «показали гостю из Франции Жюльену Моро» … «— признался Моро»: a first name in «-у» / «-ю» no
  // list holds, before a surname that does not decline, is a man's dative, not a woman's accusative («Жюльена»), when the
  // verb the surname goes with is a man's. Guard: the woman's reading is no woman's name of the list.)
  if (verbGender === 'm' && words[1] === surname[0] && /^\p{Lu}\p{Ll}+[бвгдзклмнпрстфхцчшщ]у$|^\p{Lu}\p{Ll}+[лнр]ю$/u.test(words[0]!)
    && givenNameGender(words[0]!.replace(/у$/u, 'а').replace(/ю$/u, 'я')) !== 'f') {
    return `${manFirstNameOutOfDativeOrInstrumental(words[0]!)} ${surname[0]}`;
  }
  // Only a man's surname printed in the nominative whose oblique form the directory holds ("Зимин" / "Зимина"): a woman's
  // ("Петрова", "Луговая") reads the same in the directory's nominative and cannot be told from a man's genitive.
  // A surname that does not decline ("Светланы Белоус", "Андрея Черных"): the first name's oblique ending tells the case
  // where no nominative reads the same (-ы, -ги / -ки / -хи, -ьи, -у / -ю for a woman; -ея for a man).
  if (words[1] === surname[0]) {
    const first = words[0]!;
    // («Суд отказал Геннадию Остапенко …» … «Остапенко подтвердил»: a man's first name in the dative, «-ию» / «-у», whose
    // nominative is a man's name of the list, is his, not a woman's accusative (thirty-third session, second round).
    // Guard: only where the woman's reading, «-ия» / «-а», is no woman's name of the list («Валентину» stays Валентина.)
    const man = /[ую]$/u.test(first) ? manFirstNameOutOfDativeOrInstrumental(first) : first;
    const womans = first.replace(/у$/u, 'а').replace(/ю$/u, 'я');
    if (man !== first && givenNameGender(man) === 'm' && givenNameGender(womans) !== 'f') return `${man} ${surname[0]}`;
    // (Thirty-eighth session: «хирург Алсу Гарифуллина», «Айгу Сабирова»: a first name in «-у» / «-ю» before a woman's
    // surname in the nominative, one that declines, is no accusative, which would print «Гарифуллину»: the name stays as
    // printed. It had been read «Алса Гарифуллина».)
    if (/[ую]$/u.test(first) && /\p{Ll}(?:ова|ева|ёва|ина|ына|ская|цкая)$/u.test(surname[0]!)) return null;
    // (Forty-third session: «С композитором Name(-ом) Юрченко мы встретились» … «— сказал Юрченко»: a man's first name in the
    // instrumental, «-ом» after a consonant, before a surname that does not decline, is his name without it; and a woman's
    // genitive in «-ии», «Агнии Марчук», is «Агния» as «Марии» is «Мария».)
    if (/^\p{Lu}\p{Ll}{2,}[бвгдзклмнпрстфхжшчщц]ом$/u.test(first) && givenNameGender(first.slice(0, -2)) !== 'f') return `${first.slice(0, -2)} ${surname[0]}`;
    // («Гиорги Name-дзе» … «Name-дзе добавил»: a Georgian man's name in «-ги», as printed; russian-georgian-mans-name-in-i.ts.)
    if (isGeorgianMansNameInI(first, surname[0]!)) return null;
    const named = first.replace(/ы$/u, 'а').replace(/([гкхжшчщ])и$/u, '$1а').replace(/ьи$/u, 'ья').replace(/ии$/u, 'ия').replace(/у$/u, 'а').replace(/ю$/u, 'я').replace(/ея$/u, 'ей');
    return named !== first && /^\p{Lu}\p{Ll}+$/u.test(first) ? `${named} ${surname[0]}` : null;
  }
  // ("госпожа Захарова" after "Нине Захаровой" / "Нину Захарову": a woman's surname in the nominative, her first name put back too.)
  if (/(?:ова|ева|ёва|ина|ына)$/u.test(surname[0]!) && words[1] !== surname[0] && words[1]!.startsWith(surname[0]!.slice(0, -1))
    && /(?:ой|ою|у)$/u.test(words[1]!)) {
    const first = words[0]!.replace(/ии$/u, 'ия').replace(/(?:ой|у|е|ы)$/u, 'а').replace(/ю$/u, 'я');
    return `${first} ${surname[0]}`;
  }
  const male = /(?:ов|ев|ёв|ин|ын|ий|ый|ой|[бвгджзклмнпрстфхцчшщ])$/u.test(surname[0]!);
  // (The directory may hold a headline's dative, "Валерию Осипову", or an instrumental, "с тренером Игорем Саблиным".)
  const first = manFirstNameOutOfDativeOrInstrumental(words[0]!);
  return male && words[1]!.startsWith(surname[0]!) ? `${nominative(first)} ${surname[0]}` : null;
}

/**
 * A full name printed in an oblique case whose first name tells it ("Светланы Белоус", "Ольги Кравцовой", "Андрея
 * Черных"), put in the nominative; any other name as it is (a nominative "Анна" and a genitive "Виктора" look alike).
 */
export function russianNominativeName(name: readonly string[]): readonly string[] {
  // ("Олега Вадимовича Кудрявцева": a patronymic in an oblique case says the whole name is in it.)
  if (name.length === 3 && isCyrillic(name[0]!) && hasPatronymic(name) && name.some(isDativePatronymic)) return nominativeFromDative(name);
  // («Наталью Сергеевну Ершову»: a woman's in the accusative, russian-accusative-name.ts.)
  if (name.length === 3 && isCyrillic(name[0]!) && hasPatronymic(name) && name.some(isAccusativeWomansPatronymic)) return nominativeFromAccusative(name);
  if (name.length === 3 && isCyrillic(name[0]!) && hasPatronymic(name) && name.some(isObliquePatronymic)) return name.map(nominative);
  if (name.length !== 2 || !isCyrillic(name[0]!)) return name;
  // («с нападающим Никитой Сорокиным», «с врачом Анной Соловьевой»: both words in the instrumental, russian-instrumental-name.ts.)
  const instrumental = nominativeFromInstrumental(name);
  if (instrumental) return instrumental;
  // («досталась выпускнице … Анне Ким»: a woman's dative «-е» before a surname that does not decline; russian-dative-name.ts.)
  const womansDative = womansDativeBeforeUndeclinedSurname(name);
  if (womansDative) return womansDative;
  const [first, surname] = name as [string, string];
  // ("Марии", "Юлии", "Анастасии": a woman's name in -ия is in the genitive as -ии.)
  // (Not before a man's surname in the nominative, «-ов», «-ин», or a man's patronymic, «-вич»: a woman's genitive would
  // print «-овой» there, so "Санджи Бадмаевич", "Санджи Очиров" are a Kalmyk man's nominative first name in «-и»;
  // thirty-fourth session, test-47 r04.)
  // (Nor «Гиорги Name-дзе»: a Georgian man's name in «-ги» before a Georgian surname, russian-georgian-mans-name-in-i.ts.)
  if (/^\p{Lu}\p{Ll}+(?:ы|[гкхжшчщ]и|ьи|ии)$/u.test(first) && !MANS_DECLINING_SURNAME_RE.test(surname) && !/(?:вич|ич)$/u.test(surname)
    && !isGeorgianMansNameInI(first, surname)) {
    const named = first.replace(/ы$/u, 'а').replace(/([гкхжшчщ])и$/u, '$1а').replace(/ьи$/u, 'ья').replace(/ии$/u, 'ия');
    // (A woman's surname: "Кравцовой" → Кравцова, "Луговой" → Луговая; one that does not decline stays.)
    const nominal = /(?:ов|ев|ёв|ин|ын)ой$/u.test(surname) ? surname.replace(/ой$/u, 'а') : surname.replace(/ой$/u, 'ая');
    return [named, nominal];
  }
  // («Екатерину Сафонову поддержали …», «Марию Зуеву»: a woman's name in the accusative, -у / -ю, with a surname that declines.)
  if (/^\p{Lu}\p{Ll}+[ую]$/u.test(first) && /(?:ов|ев|ёв|ин|ын)у$|[сц]кую$/u.test(surname)) {
    return [first.replace(/у$/u, 'а').replace(/ю$/u, 'я'), surname.replace(/([сц]к)ую$/u, '$1ая').replace(/у$/u, 'а')];
  }
  // ("Игоря Лапшина", "Николая Орлова": a man's first name in -ря / -ая is in the genitive when his surname is too.)
  if (/^\p{Lu}\p{Ll}+(?:ея|ря|ая)$/u.test(first) && /(?:ов|ев|ёв|ин|ын)а$|[сц]кого$/u.test(surname)) {
    return [nominative(first), surname.replace(/([сц]к)ого$/u, '$1ий').replace(/(ов|ев|ёв|ин|ын)а$/u, '$1')];
  }
  // ("Олега Зимина", "Павла Ремизова": a man's first name of the list in the genitive, -а after a consonant, with his
  // surname in the genitive too; a nominative woman's "Анна Зимина" is not one of them, nor "Валентина Гусева", "Александра
  // Котова", a woman's name of the list that is also a man's genitive.)
  const manInGenitive = /^\p{Lu}\p{Ll}+[бвгдзклмнпрстфхжшчщ]а$/u.test(first) && givenNameGender(first) === null ? nominative(first) : null;
  if (manInGenitive && givenNameGender(manInGenitive) === 'm' && /(?:ов|ев|ёв|ин|ын)а$|[сц]кого$/u.test(surname)) {
    return [manInGenitive, surname.replace(/([сц]к)ого$/u, '$1ий').replace(/(ов|ев|ёв|ин|ын)а$/u, '$1')];
  }
  if (/^\p{Lu}\p{Ll}+ея$/u.test(first)) {
    return [first.slice(0, -1) + 'й', surname.replace(/([сц]к)ого$/u, '$1ий').replace(/(ов|ев|ёв|ин|ын)а$/u, '$1')];
  }
  return name;
}

/** The nominative of a name word printed in the genitive («Сергея», «Бакланова», «Хайнриха»): russian-quoting-words-colon.ts. */
export const nominativeOfGenitive = (word: string): string => nominative(word);
