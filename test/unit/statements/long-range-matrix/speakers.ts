// The speakers of the long-range matrix (issue #13, fifteenth session): the probe matrix's speakers
// (../probe-matrix/speakers.ts), imported as they are, with the later mentions an article uses paragraphs on; a few
// bodies that print a short name or an acronym after the full one; the second speakers the two-speaker frames cross in
// (a person of the same sex, a body, an unnamed group); and Russian speakers' later mentions («министр», «ведомство»,
// «собеседник»). Annotated by the fixtures' README: the fullest form printed is the speaker, whichever mention speaks.
import { ENGLISH_SPEAKERS, type EnglishSpeaker, type Gender, RUSSIAN_SPEAKERS, type RussianSpeaker } from '../probe-matrix/speakers.ts';

/** An English speaker with, where it has one, the short name or acronym it goes by later ("the NRSC", "KRA"). */
export type LongSpeaker = EnglishSpeaker & { short?: string };

/** Bodies introduced with a short name or an acronym in brackets, then called by it. */
const SHORT_BODIES: LongSpeaker[] = [
  {
    id: 'kra', shape: 'organisation', form: 'a body, acronym in brackets', first: 'the Kenya Revenue Authority (KRA)', speaker: 'Kenya Revenue Authority',
    kind: 'organisation', pronoun: 'it', later: { title: 'the authority' }, short: 'KRA',
  },
  {
    id: 'nrsc', shape: 'organisation', form: 'a body, acronym with the', first: 'the National Road Safety Council (NRSC)', speaker: 'National Road Safety Council',
    kind: 'organisation', pronoun: 'it', later: { title: 'the council' }, short: 'the NRSC',
  },
  {
    id: 'meridian', shape: 'organisation', form: 'a company, short name', first: 'Meridian Shipping Lines Ltd', speaker: 'Meridian Shipping Lines Ltd',
    kind: 'organisation', pronoun: 'it', later: { title: 'the company' }, short: 'Meridian',
  },
  {
    id: 'pwd', shape: 'organisation', form: 'a department, acronym', first: 'the Public Works Department (PWD)', speaker: 'Public Works Department',
    kind: 'organisation', pronoun: 'it', later: { title: 'the department' }, short: 'the PWD',
  },
  {
    id: 'ifa', shape: 'organisation', form: 'an association, acronym', first: 'the Irish Farmers\u2019 Association (IFA)', speaker: 'Irish Farmers\u2019 Association',
    kind: 'organisation', pronoun: 'it', later: { title: 'the association' }, short: 'the IFA',
  },
];

export const LONG_ENGLISH_SPEAKERS: LongSpeaker[] = [...ENGLISH_SPEAKERS, ...SHORT_BODIES];

/** Second speakers, by the first's sex where it matters: two people of the same sex alternate in some frames. */
export const SAME_SEX_OTHERS: Record<'he' | 'she', LongSpeaker> = {
  he: {
    id: 'other-man', shape: 'name', form: 'a man', first: 'Tomasz Wieczorek', speaker: 'Tomasz Wieczorek', kind: 'person', pronoun: 'he',
    later: { surname: 'Wieczorek', honorific: 'Mr Wieczorek' },
  },
  she: {
    id: 'other-woman', shape: 'name', form: 'a woman', first: 'Ingrid Solheim', speaker: 'Ingrid Solheim', kind: 'person', pronoun: 'she',
    later: { surname: 'Solheim', honorific: 'Ms Solheim' },
  },
};

export const OTHER_BODY: LongSpeaker = {
  id: 'other-body', shape: 'organisation', form: 'another body', first: 'the Harbour Traders Association', speaker: 'Harbour Traders Association',
  kind: 'organisation', pronoun: 'it', later: { title: 'the association' },
};

export const OTHER_GROUP: LongSpeaker = {
  id: 'other-group', shape: 'unnamed plural', form: 'other people', first: 'local shopkeepers', speaker: null, kind: 'anonymous', pronoun: 'they',
};

/** Russian later mentions: what the speaker is called paragraphs on, in the nominative, and the verb's gender for it. */
export type RussianLater = 'surname' | 'pronoun' | 'title';

export interface LongRussianSpeaker extends RussianSpeaker {
  /** The post or the body's common noun a paper calls it by later («министр», «губернатор», «ведомство», «собеседник»). */
  title?: { nom: string; gender: Gender };
  /** A body's acronym or short name, introduced in brackets in the first mention («ФАС»). */
  short?: { nom: string; gender: Gender };
}

const RUSSIAN_TITLES: Record<string, { nom: string; gender: Gender }> = {
  lykov: { nom: 'глава района', gender: 'm' },
  nikitin: { nom: 'губернатор', gender: 'm' },
  sotnikova: { nom: 'министр', gender: 'f' },
  mukhametov: { nom: 'аким', gender: 'm' },
  minzdrav: { nom: 'ведомство', gender: 'n' },
  mintrans: { nom: 'ведомство', gender: 'n' },
  severtrans: { nom: 'компания', gender: 'f' },
  profsoyuz: { nom: 'профсоюз', gender: 'm' },
  sud: { nom: 'суд', gender: 'm' },
  istochnik: { nom: 'собеседник', gender: 'm' },
  sobesednik: { nom: 'собеседник агентства', gender: 'm' },
  'istochnik-otrasl': { nom: 'источник', gender: 'm' },
  'predstavitel-kompanii': { nom: 'представитель компании', gender: 'm' },
};

const RUSSIAN_SHORT_BODIES: LongRussianSpeaker[] = [
  {
    id: 'fas', shape: 'organisation', form: 'a service, acronym in brackets', nom: 'Федеральная антимонопольная служба (ФАС)', gen: 'Федеральной антимонопольной службы (ФАС)',
    inside: 'в Федеральной антимонопольной службе (ФАС)', gender: 'f', speaker: 'Федеральная антимонопольная служба', kind: 'organisation',
    title: { nom: 'ведомство', gender: 'n' }, short: { nom: 'ФАС', gender: 'f' },
  },
  {
    id: 'rosavtodor', shape: 'organisation', form: 'an agency, short name in brackets', nom: 'Федеральное дорожное агентство (Росавтодор)', gen: 'Федерального дорожного агентства (Росавтодора)',
    inside: 'в Федеральном дорожном агентстве (Росавтодоре)', gender: 'n', speaker: 'Федеральное дорожное агентство', kind: 'organisation',
    title: { nom: 'ведомство', gender: 'n' }, short: { nom: 'Росавтодор', gender: 'm' },
  },
];

export const LONG_RUSSIAN_SPEAKERS: LongRussianSpeaker[] = [
  ...RUSSIAN_SPEAKERS.map((s) => ({ ...s, title: RUSSIAN_TITLES[s.id] })),
  ...RUSSIAN_SHORT_BODIES,
];

/** The other person in Russian frames where two people of the same sex alternate. */
export const RUSSIAN_SAME_SEX: Record<'m' | 'f', { nom: string; surname: string; speaker: string }> = {
  m: { nom: 'депутат городской думы Павел Зуев', surname: 'Зуев', speaker: 'Павел Зуев' },
  f: { nom: 'депутат городской думы Ольга Титова', surname: 'Титова', speaker: 'Ольга Титова' },
};
