// The frames of the long-range matrix (issue #13, fifteenth session): whole short articles in many outlets' styles,
// each with slots for a first speaker, the later mention an article uses for it paragraphs on (surname, Mr/Ms Surname,
// a bare post or common noun, a pronoun, a short name or acronym), and in some frames a second speaker, with paragraphs
// between the mention and the statement that name no speaker (figures, places; in some frames another person or body
// named outside speech). Marks as in the probe matrix (../probe-matrix/frames.ts): [[d:…]] direct, [[i:…]] indirect,
// [[p:…]] partial, [[d2:…]] / [[i2:…]] the second speaker's; the generator (matrix.ts) derives each case's expected
// statements from them and the speakers crossed in. Nothing is written down per case.
import type { Content } from '../probe-matrix/frames.ts';
import type { Gender } from '../probe-matrix/speakers.ts';
import { type LongRussianSpeaker, type LongSpeaker, OTHER_BODY, OTHER_GROUP, RUSSIAN_SAME_SEX, type RussianLater, SAME_SEX_OTHERS as SAME_SEX } from './speakers.ts';

/** A later mention by kind. */
export type LongLater = 'surname' | 'honorific' | 'title' | 'pronoun' | 'short';

export const ALL_LATER: readonly LongLater[] = ['surname', 'honorific', 'title', 'pronoun', 'short'];

/** What a frame is given: the first speaker (its first mention already carrying a post when the later mention is one). */
export interface EnglishArgs {
  a: LongSpeaker;
  /** The later mention as printed mid-sentence, and capitalised. */
  later: string;
  Later: string;
  laterKind: LongLater;
  c: Content;
  c2: Content;
  /** Paragraphs that name no speaker, rotated through the cases. */
  fill: (k: number) => string;
}

export interface LongEnglishFrame {
  id: string;
  later: readonly LongLater[];
  /** The second speakers crossed in (its statements marked [[d2:…]] / [[i2:…]]); none for a frame with one. */
  others?: (a: LongSpeaker) => LongSpeaker[];
  build: (x: EnglishArgs, o?: LongSpeaker) => string | null;
  excludes?: string;
}

const cap = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
const person = (s: LongSpeaker) => s.kind === 'person';

/** Paragraphs with figures and places and nobody speaking (nor any "according to"). */
export const ENGLISH_FILLERS: string[] = [
  'The bridge carries about 40,000 vehicles a day, and the detour through the industrial estate adds up to 25 minutes to most journeys. Freight operators have moved some loads to rail, and bus companies have cut two routes. Traffic on the coast road has almost doubled since the closure in August.',
  'Last year the region exported 1.4 million tonnes of maize, down from 2.1 million tonnes in 2022. Prices at the main wholesale market rose by 18 per cent over the same period. Fertiliser costs have tripled since 2020, and many smallholders planted less this season.',
  'The works began in 2021 near the town of Marsabit, 540 km north of the capital, and were due to be finished within two years. The original budget was 3.2 billion shillings. Three contractors have since left the site, and the second phase has not been tendered.',
  'Flooding in March cut the main road between Port Elgin and Westbury for nine days, and two schools in the valley stayed shut for most of April. The river rose by almost four metres in a single night. Insurers paid out more than 60 million on claims from the area.',
  'The port handles about 70 per cent of the country\u2019s container traffic and employs some 12,000 people directly. A second terminal opened on the northern quay in 2020. Ships waited an average of six days for a berth in October, up from two days a year earlier.',
  'More than 300 households in the three villages along the river still rely on water tankers, which come twice a week. The nearest clinic is 14 km away, on a gravel road that floods every spring. Most families keep livestock, and many have sold animals to buy water.',
];

/** A paragraph naming another person and another body outside any attribution. */
const BYSTANDERS = 'The contract was awarded in 2022 to a consortium led by businessman Henrik Solberg, after a tender that the Competition Authority later reviewed. Work on the first phase started that autumn.';

export const ENGLISH_FRAMES: LongEnglishFrame[] = [
  {
    id: 'lead said; figures, places; Later said: quote; Later added that',
    later: ALL_LATER,
    build: ({ a, later, Later, c, fill }) =>
      `${cap(a.first)} said on Tuesday that [[i:${c.clause}]].\n\n${fill(0)}\n\n${fill(1)}\n\n"[[d:${c.quote}]]," ${later} said. "[[d:${c.quote2}.]]"\n\n${Later} added that [[i:${c.clause2}]].\n\n${fill(2)}`,
  },
  {
    id: 'named outside speech; quoted three paragraphs on',
    later: ['surname', 'honorific', 'title', 'short'],
    excludes: 'unnamed sources (nobody oversees a scheme unnamed)',
    build: ({ a, later, Later, c, c2, fill }) =>
      a.kind === 'anonymous' ? null
        : `The scheme, overseen by ${a.first} since 2019, has cost more than 1.2 billion shillings so far, and only a third of the planned homes have been connected.\n\n${fill(0)}\n\n${fill(1)}\n\n"[[d:${c.quote}]]," ${later} told the Daily Sentinel on Monday. "[[d:${c.quote2}.]]"\n\n${fill(2)}\n\n${Later} said [[i:${c2.clause}]].`,
  },
  {
    id: 'lead by a post; the person named a paragraph on',
    later: ['surname', 'honorific'],
    excludes: 'everyone but named people given a post (the lead speaks by the post alone)',
    build: ({ a, later, c, c2, fill }) =>
      !(person(a) && a.role) ? null
        : `[[i:${cap(c.clause)}]], ${a.role.lower} said on Tuesday.\n\n${fill(0)}\n\n${a.role.capital} ${a.first} told a news conference in the capital that [[i:${c.clause2}]].\n\n${fill(1)}\n\n"[[d:${c2.quote}]]," ${later} said.`,
  },
  {
    id: 'two people of the same sex alternate',
    later: ['surname', 'honorific'],
    others: (a) => (person(a) && (a.pronoun === 'he' || a.pronoun === 'she') ? [SAME_SEX[a.pronoun]] : []),
    excludes: 'everyone but named people',
    build: ({ a, later, laterKind, c, c2, fill }, o) =>
      !o ? null
        : `${cap(a.first)} said on Monday that [[i:${c.clause}]].\n\n${o.first}, who leads the opposition on the council, said [[i2:${c.clause2}]].\n\n${fill(0)}\n\n"[[d:${c.quote}]]," ${later} said.\n\n"[[d2:${c2.quote}]]," ${laterKind === 'surname' ? o.later?.surname : o.later?.honorific} said.\n\n${fill(1)}`,
  },
  {
    id: 'another speaks between; Later added that; quote, Later said',
    later: ALL_LATER,
    others: () => [SAME_SEX.he, OTHER_BODY, OTHER_GROUP],
    excludes: 'a pronoun or a common noun that the other speaker could take ("he" after another man spoke, "the association" after another association)',
    build: ({ a, later, Later, laterKind, c, c2, fill }, o) =>
      !o || (laterKind === 'pronoun' && o.pronoun === a.pronoun) || (laterKind === 'title' && o.later?.title === later) ? null
        : `${cap(a.first)} said [[i:${c.clause}]].\n\n${cap(o.first)} said [[i2:${c.clause2}]].\n\n${fill(0)}\n\n${Later} added that [[i:${c2.clause}]].\n\n${fill(1)}\n\n"[[d:${c.quote}]]," ${later} said.`,
  },
  {
    id: 'a group, then one of its members',
    later: ['surname', 'honorific', 'pronoun'],
    others: () => [RESIDENTS],
    excludes: 'everyone but people named without a title ("One of them, Chief Superintendent …" is not news prose)',
    build: ({ a, later, Later, c, c2, fill }, o) =>
      !o || !(person(a) && a.shape === 'name') ? null
        : `${cap(o.first)} said on Saturday that [[i2:${c2.clause}]].\n\n${fill(0)}\n\nOne of them, ${a.first}, said: "[[d:${c.quote}.]]"\n\n${fill(1)}\n\n${Later} said [[i:${c.clause}]].\n\n"[[d:${c.quote2}]]," ${later} added.`,
  },
  {
    id: 'a body, then its short name or noun',
    later: ['short', 'title', 'pronoun'],
    excludes: 'everyone but bodies',
    build: ({ a, later, Later, c, fill }) =>
      a.kind !== 'organisation' ? null
        : `${cap(a.first)} said on Wednesday that [[i:${c.clause}]].\n\n${fill(0)}\n\n${fill(1)}\n\nIn a statement on its website, ${later} said [[i:${c.clause2}]].\n\n"[[d:${c.quote}]]," ${later} said in the statement.\n\n${Later} did not give a date for the next review.`,
  },
  {
    id: 'has warned; a body and a person named outside speech; Later said',
    later: ALL_LATER,
    excludes: 'a body\u2019s pronoun (another body is named between)',
    build: ({ a, later, Later, laterKind, c, c2, fill }) =>
      laterKind === 'pronoun' && a.kind === 'organisation' ? null
        : `${cap(a.first)} has warned that [[i:${c.clause}]].\n\nThe warning comes a week after the Harbour Traders Association published its annual report, which showed a fall in trade for the third year running.\n\n${fill(0)}\n\n${Later} said [[i:${c2.clause}]].\n\n"[[d:${c.quote}]]," ${later} added.\n\n${fill(1)}`,
  },
  {
    id: 'quote first; another person named outside speech; Later said',
    later: ['surname', 'honorific', 'title', 'short'],
    build: ({ a, Later, c, fill }) =>
      `"[[d:${c.quote}]]," ${a.first} said on Thursday.\n\n${fill(0)}\n\n${BYSTANDERS}\n\n${fill(1)}\n\n${Later} said [[i:${c.clause}]].\n\n${fill(2)}`,
  },
  {
    id: 'Later told a paper that; quote, Later said, adding that',
    later: ALL_LATER,
    build: ({ a, later, c, c2, fill }) =>
      `${cap(a.first)} told the Daily Sentinel that [[i:${c.clause}]].\n\n${fill(0)}\n\n${fill(1)}\n\nBut ${later} warned that [[i:${c.clause2}]].\n\n"[[d:${c.quote}]]," ${later} said, adding that [[i:${c2.clause}]].\n\n${fill(2)}`,
  },
  {
    id: 'wire dateline; quote, said Later (inverted); clause, Later said',
    later: ['surname', 'honorific', 'title', 'short'],
    build: ({ a, later, c, c2, fill }) =>
      `NAIROBI, Dec 3 (Reuters) - ${cap(a.first)} said on Thursday that [[i:${c.clause}]].\n\n${fill(0)}\n\n${fill(1)}\n\n"[[d:${c.quote}]]," said ${later}.\n\n[[i:${cap(c2.clause)}]], ${later} said.\n\n(Reporting by Amina Otieno; Editing by Peter Graff)`,
  },
  {
    id: 'appositive lead; quote paragraph two on; Later said',
    later: ALL_LATER,
    excludes: 'unnamed sources (their own description carries a relative clause)',
    build: ({ a, later, Later, c, c2, fill }) =>
      a.kind === 'anonymous' ? null
        : `${cap(a.first)}, ${a.kind === 'organisation' ? 'which' : 'who'} has run the programme since 2019, told reporters on Friday that [[i:${c.clause}]].\n\n${fill(0)}\n\n"[[d:${c.quote}]]," ${later} said. "[[d:${c.quote2}.]]"\n\n${fill(1)}\n\n${Later} said [[i:${c2.clause}]].`,
  },
  // A second batch, written after the first fixes (the paragraph rule for "it" / "they", residents of a settlement,
  // «одна из них, Name», "But KRA").
  {
    id: 'told the council meeting; Responding, Later said; quote, Later told members',
    later: ALL_LATER,
    build: ({ a, later, c, c2, fill }) =>
      `${cap(a.first)} told the monthly meeting of the council that [[i:${c.clause}]].\n\n${fill(0)}\n\n${fill(1)}\n\nResponding to questions, ${later} said [[i:${c2.clause}]].\n\n"[[d:${c.quote}]]," ${later} told members.\n\n${fill(2)}`,
  },
  {
    id: 'In an interview, Later said; Asked about …, Later said: quote',
    later: ALL_LATER,
    excludes: 'a body or a group asked a question by pronoun ("Asked about the delay, it said" is not news prose)',
    build: ({ a, later, laterKind, c, c2, fill }) =>
      laterKind === 'pronoun' && a.kind !== 'person' ? null
        : `${cap(a.first)} said on Sunday that [[i:${c.clause}]].\n\n${fill(0)}\n\nIn an interview with the Daily Sentinel, ${later} said [[i:${c.clause2}]].\n\n${fill(1)}\n\nAsked about the delay, ${later} said: "[[d:${c2.quote}.]]"`,
  },
  {
    id: 'two bodies alternate; quote, Later said; The association, however, said',
    later: ['short', 'title'],
    others: () => [OTHER_BODY],
    excludes: 'everyone but bodies, and a body called "the association" too (the other is one)',
    build: ({ a, later, c, c2, fill }, o) =>
      !o || a.kind !== 'organisation' || later === 'the association' ? null
        : `${cap(a.first)} said on Monday that [[i:${c.clause}]].\n\n${cap(o.first)} said [[i2:${c.clause2}]].\n\n${fill(0)}\n\n"[[d:${c.quote}]]," ${later} said.\n\nThe association, however, said [[i2:${c2.clause}]].\n\n${fill(1)}`,
  },
  {
    id: 'an unnamed source keeps speaking past a bystander paragraph',
    later: ['title', 'pronoun'],
    excludes: 'everyone but unnamed sources',
    build: ({ a, later, Later, c, c2, fill }) =>
      a.kind !== 'anonymous' ? null
        : `${cap(a.first)} told the Daily Sentinel that [[i:${c.clause}]].\n\n${BYSTANDERS}\n\n${fill(0)}\n\n"[[d:${c.quote}]]," ${later} said.\n\n${Later} added that [[i:${c2.clause}]].`,
  },
  {
    id: 'According to Later, clause, paragraphs on',
    later: ['surname', 'honorific', 'title', 'short', 'pronoun'],
    excludes: 'a pronoun but "him" / "her" ("according to it" is not news prose)',
    build: ({ a, later, laterKind, c, c2, fill }) => {
      const object = laterKind === 'pronoun' ? ({ he: 'him', she: 'her' } as Record<string, string>)[later] : later;
      return !object ? null
        : `${cap(a.first)} said that [[i:${c.clause}]].\n\n${fill(0)}\n\n${fill(1)}\n\nAccording to ${object}, [[i:${c2.clause}]].\n\n${fill(2)}`;
    },
  },
  {
    id: 'a quote paragraph with the attribution mid-quote, two paragraphs on',
    later: ALL_LATER,
    build: ({ a, later, c, fill }) =>
      `${cap(a.first)} warned on Friday that [[i:${c.clause}]].\n\n${fill(0)}\n\n${fill(1)}\n\n"[[d:${c.quote}]]," ${later} said. "[[d:${c.quote2}.]]"`,
  },
];

const RESIDENTS: LongSpeaker = {
  id: 'residents-kibera', shape: 'unnamed plural', form: 'a group', first: 'residents of the Riverside estate', speaker: null, kind: 'anonymous', pronoun: 'they',
};

// Russian.

export interface RussianArgs {
  a: LongRussianSpeaker;
  /** The later mention, nominative, as printed mid-sentence and capitalised, and the gender its verb takes. */
  later: string;
  Later: string;
  g: Gender;
  laterKind: RussianLater | 'short';
  c: Content;
  c2: Content;
  fill: (k: number) => string;
}

export interface LongRussianFrame {
  id: string;
  later: readonly (RussianLater | 'short')[];
  build: (x: RussianArgs) => string | null;
  /** Who speaks the [[d2:…]] / [[i2:…]] statements, in frames with two speakers. */
  other?: (a: LongRussianSpeaker) => { speaker: string | null; kind: 'person' | 'organisation' | 'anonymous' };
  excludes?: string;
}

export const RUSSIAN_FILLERS: string[] = [
  'Мост ежедневно пропускает около 40 тысяч автомобилей, объезд через промзону занимает на 25 минут больше. Часть грузов перевозчики уже перевели на железную дорогу, два автобусных маршрута отменены. Движение по прибрежной трассе с августа выросло почти вдвое.',
  'В прошлом году регион собрал 1,4 млн тонн зерна, на треть меньше, чем в 2022 году. Цены на оптовом рынке за это время выросли на 18%. Удобрения с 2020 года подорожали втрое, и многие фермеры в этом сезоне засеяли меньше площадей.',
  'Работы начались в 2021 году у поселка Березовка, в 540 км к северу от областного центра, и должны были завершиться за два года. Первоначальная смета составляла 3,2 млрд рублей. С тех пор с объекта ушли три подрядчика, а конкурс на второй этап так и не объявлен.',
  'Весной паводок на девять дней отрезал трассу между Заречным и Светлогорском, две школы в долине не работали почти весь апрель. За одну ночь вода в реке поднялась почти на четыре метра. Страховщики выплатили жителям района более 60 млн рублей.',
  'Более 300 семей в трех селах вдоль реки по-прежнему получают воду из цистерн, которые приезжают дважды в неделю. Ближайшая поликлиника находится в 14 км, на грунтовой дороге, которую каждую весну размывает. Почти в каждом дворе держат скот.',
];

/** A past-tense verb agreeing with the speaker: сказал, сказала, сказало, сказали. */
export const past = (stem: string, g: Gender) => `${stem}${{ m: '', f: 'а', n: 'о', pl: 'и' }[g]}`;
const capRu = (s: string) => s.charAt(0).toLocaleUpperCase('ru') + s.slice(1);

export const RUSSIAN_FRAMES: LongRussianFrame[] = [
  {
    id: 'X заявил, что …; цифры; — …, — подчеркнул Later; Later также отметил, что',
    later: ['surname', 'pronoun', 'title', 'short'],
    build: ({ a, later, Later, g, c, fill }) =>
      `${capRu(a.nom)} во вторник ${past('заявил', a.gender)}, что [[i:${c.clause}]].\n\n${fill(0)}\n\n${fill(1)}\n\n«[[d:${c.quote}]]», — ${past('подчеркнул', g)} ${later}.\n\n${Later} также ${past('отметил', g)}, что [[i:${c.clause2}]].\n\n${fill(2)}`,
  },
  {
    id: 'X назван вне речи; через три абзаца «…», — сказал Later',
    later: ['surname', 'title', 'short'],
    excludes: 'unnamed sources',
    build: ({ a, later, Later, g, c, c2, fill }) =>
      a.kind === 'anonymous' ? null
        : `Программу с 2019 года курирует ${a.nom}, однако к сетям подключена лишь треть запланированных домов.\n\n${fill(0)}\n\n${fill(1)}\n\n«[[d:${c.quote}]]», — ${past('сказал', g)} ${later} «Известиям».\n\n${fill(2)}\n\n${Later} ${past('уточнил', g)}, что [[i:${c2.clause}]].`,
  },
  {
    id: 'X сообщил …; другой говорящий; Later добавил, что',
    later: ['pronoun', 'title', 'short'],
    build: ({ a, later, Later, g, c, c2, fill }) =>
      `${capRu(a.nom)} ${past('сообщил', a.gender)} агентству, что [[i:${c.clause}]].\n\n${fill(0)}\n\nВ Ассоциации портовых перевозчиков ситуацию комментировать не стали.\n\n${Later} ${past('добавил', g)}, что [[i:${c2.clause}]].\n\n«[[d:${c.quote}]]», — ${past('сказал', g)} ${later}.`,
  },
  {
    id: 'двое одного пола чередуются',
    later: ['surname'],
    other: (a) => ({ speaker: RUSSIAN_SAME_SEX[a.gender === 'f' ? 'f' : 'm'].speaker, kind: 'person' }),
    excludes: 'everyone but named people',
    build: ({ a, later, c, c2, fill }) => {
      if (a.kind !== 'person' || (a.gender !== 'm' && a.gender !== 'f')) return null;
      const o = RUSSIAN_SAME_SEX[a.gender];
      return `${capRu(a.nom)} в понедельник ${past('заявил', a.gender)}, что [[i:${c.clause}]].\n\nС ${a.gender === 'm' ? 'ним' : 'ней'} не ${a.gender === 'm' ? 'согласен' : 'согласна'} ${o.nom}. По ${a.gender === 'm' ? 'его' : 'ее'} словам, [[i2:${c.clause2}]].\n\n${fill(0)}\n\n«[[d:${c.quote}]]», — ${past('сказал', a.gender)} ${later}.\n\n«[[d2:${c2.quote}]]», — ${past('возразил', a.gender)} ${o.surname}.\n\n${fill(1)}`;
    },
  },
  {
    id: 'жители, затем одна из них',
    later: ['surname', 'pronoun'],
    other: () => ({ speaker: null, kind: 'anonymous' }),
    excludes: 'everyone but people named without a post',
    build: ({ a, later, Later, g, c, c2, fill }) =>
      a.kind !== 'person' || a.shape !== 'name' ? null
        : `Жители поселка Березовка пожаловались, что [[i2:${c2.clause}]].\n\n${fill(0)}\n\n«[[d:${c.quote}]]», — ${past('рассказал', a.gender)} ${a.gender === 'f' ? 'одна' : 'один'} из них, ${a.nom}.\n\n${fill(1)}\n\n${Later} ${past('добавил', g)}, что [[i:${c.clause}]].\n\n«[[d:${c.quote2}]]», — ${past('сказал', g)} ${later}.`,
  },
  {
    id: 'ведомство: сообщили в …; затем Later',
    later: ['title', 'short'],
    excludes: 'everyone but bodies',
    build: ({ a, later, Later, g, c, c2, fill }) =>
      a.kind !== 'organisation' || !a.inside ? null
        : `Как сообщили ${a.inside}, [[i:${c.clause}]].\n\n${fill(0)}\n\n${fill(1)}\n\n${Later} ${past('напомнил', g)}, что [[i:${c2.clause}]].\n\n«[[d:${c.quote}]]», — ${past('подчеркнул', g)} ${later}.`,
  },
  // A second batch.
  {
    id: 'X заявил …; Как отметил Later, …; «…», — добавил Later',
    later: ['surname', 'pronoun', 'title', 'short'],
    build: ({ a, later, g, c, c2, fill }) =>
      `${capRu(a.nom)} в среду ${past('заявил', a.gender)}, что [[i:${c.clause}]].\n\n${fill(0)}\n\n${fill(1)}\n\nКак ${past('отметил', g)} ${later}, [[i:${c2.clause}]].\n\n«[[d:${c.quote}]]», — ${past('добавил', g)} ${later}.`,
  },
  {
    id: 'Later в своем Telegram-канале написал, что …',
    later: ['surname', 'pronoun'],
    excludes: 'everyone but named people (a channel is a person\u2019s own)',
    build: ({ a, later, Later, g, c, c2, fill }) =>
      a.kind !== 'person' ? null
        : `${capRu(a.nom)} ${past('сообщил', a.gender)} журналистам, что [[i:${c.clause}]].\n\n${fill(0)}\n\n${Later} в своем Telegram-канале ${past('написал', g)}, что [[i:${c2.clause}]].\n\n${fill(1)}\n\n«[[d:${c.quote}]]», — ${past('пояснил', g)} ${later}.`,
  },
  {
    id: 'лид по должности; имя абзацем ниже',
    later: ['surname'],
    excludes: 'everyone but named people with a post (the lead speaks by the post alone)',
    build: ({ a, later, g, c, c2, fill }) =>
      a.kind !== 'person' || !a.title ? null
        : `[[i:${capRu(c.clause)}]], ${past('заявил', a.title.gender)} ${a.title.nom}.\n\n${fill(0)}\n\n${capRu(a.nom)} ${past('уточнил', a.gender)}, что [[i:${c.clause2}]].\n\n«[[d:${c2.quote}]]», — ${past('сказал', g)} ${later}.`,
  },
];
