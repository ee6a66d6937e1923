// The frames of the probe matrix (issue #13, thirteenth session): how news prose in many countries' papers and wires
// attributes speech, each a short paragraph with slots for the speaker. A frame marks its statements in the text it
// builds, [[d:…]] direct, [[i:…]] indirect (reported), [[p:…]] partial, and the generator (matrix.ts) turns the marks
// into the expected statements by the README's conventions (direct: the quoted words without the marks; indirect:
// the clause without "that", to the end of its sentence; a partial inside a reported clause annotated twice), each
// with the speaker the case crossed in. Nothing is written down per case.
import type { EnglishSpeaker, Gender, RussianSpeaker } from './speakers.ts';

/** Which second mention a frame uses, crossed with the speakers as a third axis. */
export type Later = 'surname' | 'honorific' | 'pronoun' | 'title';

export interface EnglishFrame {
  id: string;
  /** Builds the marked paragraph; null where the frame does not fit the speaker (the reason in `excludes`). */
  build: (s: EnglishSpeaker, content: Content, later?: string, other?: EnglishSpeaker) => string | null;
  /** The second mentions the frame crosses with; none for a frame that names the speaker once. */
  later?: readonly Later[];
  /** Crossed also with another speaker (OTHER_SPEAKERS), whose statements the frame marks [[d2:…]], [[i2:…]]. */
  withOther?: boolean;
  /** Which speakers the frame leaves out, and why. */
  excludes?: string;
}

/** What a frame is filled with: two quoted sentences, two reported clauses and a quoted fragment (either language). */
export interface Content {
  quote: string;
  quote2: string;
  clause: string;
  clause2: string;
  fragment: string;
}

/** Neutral news content, rotated through the cases; none of it contains a name, a capital or a verb of saying. */
export const ENGLISH_CONTENT: Content[] = [
  { quote: 'We will not accept another delay to these payments', quote2: 'The families have waited long enough', clause: 'the bridge would reopen before the end of March', clause2: 'repairs to the eastern span were ahead of schedule', fragment: 'a betrayal of every farmer' },
  { quote: 'This is the worst harvest we have seen in a decade', quote2: 'Prices will keep rising until the rains come', clause: 'the clinic would stay open through the winter', clause2: 'two more nurses had been hired last week', fragment: 'simply unworkable' },
  { quote: 'Nobody should have to wait six hours for an ambulance', quote2: 'We are asking for nothing more than that', clause: 'the new tariffs would take effect in the spring', clause2: 'small exporters would be given more time', fragment: 'a dangerous precedent' },
  { quote: 'The port has to stay open for the sake of the whole region', quote2: 'Every day it is closed costs jobs', clause: 'the water supply had been restored to most homes', clause2: 'the last villages would be reconnected by the weekend', fragment: 'a matter of basic fairness' },
  { quote: 'Our members are ready to go back to work tomorrow', quote2: 'The offer on the table is a good start', clause: 'the talks would resume after the holiday', clause2: 'both sides had agreed to keep the details private', fragment: 'deeply troubling' },
];

const cap = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
const were = (s: EnglishSpeaker) => (s.pronoun === 'they' || s.shape === 'unnamed plural' ? 'were' : 'was');
const named = (s: EnglishSpeaker) => s.kind === 'person';
const relative = (s: EnglishSpeaker) => (s.kind === 'organisation' ? 'which' : 'who');

/** A second mention by kind, capitalised when it opens a sentence; undefined where the speaker has none. */
export function englishLater(s: EnglishSpeaker, kind: Later): string | undefined {
  switch (kind) {
    case 'surname':
      return s.later?.surname;
    case 'honorific':
      return s.kind === 'person' ? s.later?.honorific : undefined;
    case 'pronoun':
      return s.pronoun;
    case 'title':
      return s.later?.title;
  }
}

const SECOND_ALL: readonly Later[] = ['surname', 'honorific', 'pronoun', 'title'];

export const ENGLISH_FRAMES: EnglishFrame[] = [
  { id: 'quote, X said', build: (s, c) => `"[[d:${c.quote}]]," ${s.first} said. The vote is due next month.` },
  { id: 'quote, said X', build: (s, c) => `"[[d:${c.quote}]]," said ${s.first}. The vote is due next month.` },
  { id: 'X said: quote', build: (s, c) => `${cap(s.first)} said: "[[d:${c.quote}.]]" The vote is due next month.` },
  { id: 'quote, X told reporters', build: (s, c) => `"[[d:${c.quote}]]," ${s.first} told reporters on Tuesday.` },
  { id: 'X told a paper: quote', build: (s, c) => `${cap(s.first)} told the Daily Sentinel: "[[d:${c.quote}.]]"` },
  { id: 'according to X, clause', build: (s, c) => `According to ${s.first}, [[i:${c.clause}]]. The vote is due next month.` },
  { id: 'clause, according to X', build: (s, c) => `[[i:${cap(c.clause)}]], according to ${s.first}.` },
  {
    id: 'X, who …, said clause',
    excludes: 'unnamed sources: their own descriptions carry the clause ("an aide who asked not to be named")',
    build: (s, c) => (s.kind === 'anonymous' ? null : `${cap(s.first)}, ${relative(s)} has followed the case since March, said [[i:${c.clause}]].`),
  },
  {
    id: 'the post, X, said that',
    excludes: 'everyone but named people given a post (a title is a person\u2019s)',
    build: (s, c) => (s.role && named(s) ? `${cap(s.role.lower)}, ${s.first}, said on Monday that [[i:${c.clause}]].` : null),
  },
  {
    id: 'Post X said',
    excludes: 'everyone but named people given a post',
    build: (s, c) => (s.role && named(s) ? `${s.role.capital} ${s.first} said [[i:${c.clause}]].` : null),
  },
  {
    id: 'X, the post, said',
    excludes: 'everyone but named people given a post',
    build: (s, c) => (s.role && named(s) ? `"[[d:${c.quote}]]," said ${s.first}, ${s.role.lower}.` : null),
  },
  { id: 'X said in a statement that', build: (s, c) => `${cap(s.first)} said in a statement that [[i:${c.clause}]].` },
  { id: 'In a statement, X said', build: (s, c) => `In a statement, ${s.first} said [[i:${c.clause}]].` },
  { id: 'X wrote on X: quote', build: (s, c) => `${cap(s.first)} wrote on X, formerly Twitter: "[[d:${c.quote}.]]"` },
  { id: 'X said in a Facebook post that', build: (s, c) => `${cap(s.first)} said in a Facebook post that [[i:${c.clause}]].` },
  { id: 'X was quoted as saying', build: (s, c) => `${cap(s.first)} ${were(s)} quoted by local media as saying [[i:${c.clause}]].` },
  { id: 'X said that', build: (s, c) => `${cap(s.first)} said that [[i:${c.clause}]].` },
  { id: 'X said on Tuesday (no that)', build: (s, c) => `${cap(s.first)} said on Tuesday [[i:${c.clause}]].` },
  { id: 'X noted that', build: (s, c) => `${cap(s.first)} noted that [[i:${c.clause}]].` },
  { id: 'X warned that', build: (s, c) => `${cap(s.first)} warned that [[i:${c.clause}]].` },
  { id: 'X insisted (no that)', build: (s, c) => `${cap(s.first)} insisted [[i:${c.clause}]].` },
  { id: 'X confirmed that', build: (s, c) => `${cap(s.first)} confirmed that [[i:${c.clause}]].` },
  { id: 'X announced on Monday that', build: (s, c) => `${cap(s.first)} announced on Monday that [[i:${c.clause}]].` },
  { id: 'X told a paper by phone that', build: (s, c) => `${cap(s.first)} told the Daily Sentinel by phone that [[i:${c.clause}]].` },
  { id: 'Speaking to reporters, X said', build: (s, c) => `Speaking to reporters in the capital, ${s.first} said [[i:${c.clause}]].` },
  { id: 'In an interview, X said', build: (s, c) => `In an interview with Radio Kano, ${s.first} said [[i:${c.clause}]].` },
  { id: 'lead: clause, X said', build: (s, c) => `[[i:${cap(c.clause)}]], ${s.first} said on Tuesday.` },
  { id: 'lead: clause, said X', build: (s, c) => `[[i:${cap(c.clause)}]], said ${s.first}.` },
  {
    id: 'partial inside reported speech',
    build: (s, c) => `${cap(s.first)} said that [[i:the plan was "[[p:${c.fragment}]]" and should be withdrawn]].`,
  },
  { id: 'quote split by said X', build: (s, c) => `"[[d:${c.quote}]]," said ${s.first}. "[[d:${c.quote2}.]]"` },
  {
    id: 'quote, said X, age',
    excludes: 'everyone but named people (an age follows a person\u2019s name)',
    build: (s, c) => (named(s) && s.shape === 'name' ? `"[[d:${c.quote}]]," said ${s.first}, 52.` : null),
  },
  {
    id: 'X, speaking on condition of anonymity, said',
    excludes: 'named speakers (only the unnamed speak so)',
    build: (s, c) => (s.kind === 'anonymous' ? `${cap(s.first)}, speaking on condition of anonymity, said [[i:${c.clause}]].` : null),
  },
  // Added after the first round of fixes (their pass rates on the rules of 0884aae are in the commit that added them).
  { id: 'X said …, adding that …', build: (s, c) => `${cap(s.first)} said [[i:${c.clause}]], adding that [[i:${c.clause2}]].` },
  { id: 'X said that … and that …', build: (s, c) => `${cap(s.first)} said that [[i:${c.clause}]] and that [[i:${c.clause2}]].` },
  { id: 'quote, X said in an email', build: (s, c) => `"[[d:${c.quote}]]," ${s.first} said in an email.` },
  { id: 'quote, X told the BBC', build: (s, c) => `"[[d:${c.quote}]]," ${s.first} told the BBC.` },
  { id: 'quote, X posted on Instagram', build: (s, c) => `"[[d:${c.quote}]]," ${s.first} posted on Instagram.` },
  { id: 'In a statement, X said: quote', build: (s, c) => `In a statement, ${s.first} said: "[[d:${c.quote}.]]"` },
  { id: 'X said Tuesday that (no "on")', build: (s, c) => `${cap(s.first)} said Tuesday that [[i:${c.clause}]].` },
  { id: 'X said last week that', build: (s, c) => `${cap(s.first)} said last week that [[i:${c.clause}]].` },
  { id: 'X claimed that', build: (s, c) => `${cap(s.first)} claimed that [[i:${c.clause}]].` },
  { id: 'X acknowledged that', build: (s, c) => `${cap(s.first)} acknowledged that [[i:${c.clause}]].` },
  { id: 'X argued that', build: (s, c) => `${cap(s.first)} argued that [[i:${c.clause}]].` },
  {
    id: 'According to a statement from X, …',
    excludes: 'unnamed sources (a statement is issued by a body or a named person)',
    build: (s, c) => (s.kind === 'anonymous' ? null : `According to a statement from ${s.first}, [[i:${c.clause}]].`),
  },
  {
    id: 'X, 45, said',
    excludes: 'everyone but named people without a title (an age follows a person\u2019s name)',
    build: (s, c) => (named(s) && s.shape === 'name' ? `${s.first}, 45, said [[i:${c.clause}]].` : null),
  },
  // A third batch, written after the second.
  { id: 'X told a news conference that', build: (s, c) => `${cap(s.first)} told a news conference on Monday that [[i:${c.clause}]].` },
  { id: 'X said at a news conference: quote', build: (s, c) => `${cap(s.first)} said at a news conference: "[[d:${c.quote}.]]"` },
  { id: 'X said in remarks broadcast on state television', build: (s, c) => `${cap(s.first)} said in remarks broadcast on state television that [[i:${c.clause}]].` },
  { id: 'X also said that', build: (s, c) => `${cap(s.first)} also said that [[i:${c.clause}]].` },
  { id: 'But X said that', build: (s, c) => `But ${s.first} said that [[i:${c.clause}]].` },
  { id: 'X has said that', build: (s, c) => `${cap(s.first)} has said that [[i:${c.clause}]].` },
  { id: 'X says (present)', build: (s, c) => `${cap(s.first)} ${s.shape === 'unnamed plural' || s.pronoun === 'they' ? 'say' : 'says'} [[i:${c.clause}]].` },
  { id: 'quote, X said after the meeting', build: (s, c) => `"[[d:${c.quote}]]," ${s.first} said after the meeting.` },
  { id: 'quote, X said of the plan', build: (s, c) => `"[[d:${c.quote}]]," ${s.first} said of the plan.` },
  { id: 'X said: single-quoted (British)', build: (s, c) => `${cap(s.first)} said: '[[d:${c.quote}.]]'` },
  { id: 'X told Al Jazeera that', build: (s, c) => `${cap(s.first)} told Al Jazeera that [[i:${c.clause}]].` },
  { id: 'X, however, said that', build: (s, c) => `${cap(s.first)}, however, said that [[i:${c.clause}]].` },
  { id: 'In a letter, X said', build: (s, c) => `In a letter to shareholders, ${s.first} said [[i:${c.clause}]].` },
  // A fourth batch, written after the third.
  { id: 'Asked whether …, X said', build: (s, c) => `Asked whether the deadline would hold, ${s.first} said [[i:${c.clause}]].` },
  {
    id: 'X, speaking at a rally, said',
    excludes: 'unnamed sources (a rally speaker is named)',
    build: (s, c) => (s.kind === 'anonymous' ? null : `${cap(s.first)}, speaking at a rally in Kano, said [[i:${c.clause}]].`),
  },
  { id: 'X told lawmakers that', build: (s, c) => `${cap(s.first)} told lawmakers that [[i:${c.clause}]].` },
  { id: 'lead: clause, X said in a statement', build: (s, c) => `[[i:${cap(c.clause)}]], ${s.first} said in a statement.` },
  { id: 'lead: clause, X told reporters', build: (s, c) => `[[i:${cap(c.clause)}]], ${s.first} told reporters.` },
  { id: 'X wrote in a blog post that', build: (s, c) => `${cap(s.first)} wrote in a blog post that [[i:${c.clause}]].` },
  { id: 'X said in a post on LinkedIn that', build: (s, c) => `${cap(s.first)} said in a post on LinkedIn that [[i:${c.clause}]].` },
  { id: 'X, in a statement, said that', build: (s, c) => `${cap(s.first)}, in a statement, said that [[i:${c.clause}]].` },
  { id: 'X was cited by Reuters as saying', build: (s, c) => `${cap(s.first)} ${were(s)} cited by Reuters as saying [[i:${c.clause}]].` },
  { id: 'quote, X said, adding: quote', build: (s, c) => `"[[d:${c.quote}]]," ${s.first} said, adding: "[[d:${c.quote2}.]]"` },
  // The second mention: the speaker named in full, then again as a paper shortens them.
  {
    id: 'X said that …. Later added that',
    later: SECOND_ALL,
    build: (s, c, later) => `${cap(s.first)} said that [[i:${c.clause}]]. ${cap(later ?? '')} added that [[i:${c.clause2}]].`,
  },
  {
    id: 'quote, X said. quote, Later added',
    later: SECOND_ALL,
    build: (s, c, later) => `"[[d:${c.quote}]]," ${s.first} said. "[[d:${c.quote2}]]," ${later} added.`,
  },
  {
    id: 'X named outside speech. quote, Later said',
    later: ['surname', 'honorific', 'pronoun', 'title'],
    excludes: 'unnamed sources (a paper does not introduce one before its words)',
    build: (s, c, later) => (s.kind === 'anonymous' ? null : `${cap(s.first)} met the families on Tuesday. "[[d:${c.quote}]]," ${later} said.`),
  },
  // A seventh batch: the same speaker across paragraphs.
  {
    id: 'lead: clause, the post said. ¶ Post X told reporters that',
    excludes: 'everyone but named people given a post (the lead names only the post)',
    build: (s, c) => (s.role && named(s) ? `[[i:${cap(c.clause)}]], ${s.role.lower} said on Thursday.\n\n${s.role.capital} ${s.first} told reporters that [[i:${c.clause2}]].` : null),
  },
  {
    id: 'X said that …. ¶ Later added that',
    later: SECOND_ALL,
    build: (s, c, later) => `${cap(s.first)} said that [[i:${c.clause}]].\n\n${cap(later ?? '')} added that [[i:${c.clause2}]].`,
  },
  {
    id: 'X named outside speech. ¶ Another sentence. ¶ quote, Later said',
    later: SECOND_ALL,
    excludes: 'unnamed sources (a paper does not introduce one before its words)',
    build: (s, c, later) => (s.kind === 'anonymous' ? null
      : `${cap(s.first)} has run the programme since 2019.\n\nThe scheme has been criticised by farmers' groups for years.\n\n"[[d:${c.quote}]]," ${later} said.`),
  },
  // An eighth batch: another speaker between two mentions of the first.
  {
    id: 'X said that …. "…," Other said. "…," Later added',
    later: ['surname', 'honorific', 'title'],
    withOther: true,
    build: (s, c, later, o) => (o ? `${cap(s.first)} said that [[i:${c.clause}]]. "[[d2:${c.quote2}]]," ${o.first} said. "[[d:${c.quote}]]," ${later} added.` : null),
  },
  {
    id: '"…," X said. Other, however, said that …. "…," Later said',
    later: ['surname', 'honorific', 'title'],
    withOther: true,
    build: (s, c, later, o) => (o ? `"[[d:${c.quote}]]," ${s.first} said. ${cap(o.first)}, however, said that [[i2:${c.clause}]]. "[[d:${c.quote2}]]," ${later} said.` : null),
  },
  // A ninth batch: a pronoun for the first speaker after a body or a group spoke (no person to mistake it for).
  {
    id: 'X said that …. "…," Other said. "…," pronoun added',
    later: ['pronoun'],
    withOther: true,
    excludes: 'a person as the other speaker (whose "he" or "she" it might be), and "they" / "it" for the first (the other is a group or a body too)',
    build: (s, c, later, o) => (o && o.kind !== 'person' && (later === 'he' || later === 'she')
      ? `${cap(s.first)} said that [[i:${c.clause}]]. "[[d2:${c.quote2}]]," ${o.first} said. "[[d:${c.quote}]]," ${later} added.` : null),
  },
  {
    id: 'X said that …. Other said that …. "…," Later said',
    later: ['surname', 'honorific', 'title'],
    withOther: true,
    build: (s, c, later, o) => (o ? `${cap(s.first)} said that [[i:${c.clause}]]. ${cap(o.first)} said that [[i2:${c.clause2}]]. "[[d:${c.quote}]]," ${later} said.` : null),
  },
  {
    id: 'X warned that …. Later said: quote',
    later: SECOND_ALL,
    build: (s, c, later) => `${cap(s.first)} warned that [[i:${c.clause}]]. ${cap(later ?? '')} said: "[[d:${c.quote}.]]"`,
  },
];

export interface RussianFrame {
  id: string;
  build: (s: RussianSpeaker, c: Content, later?: string) => string | null;
  later?: readonly ('surname' | 'pronoun')[];
  excludes?: string;
}

export const RUSSIAN_CONTENT: Content[] = [
  { quote: 'Мы не допустим новых задержек с выплатами', quote2: 'Семьи ждали достаточно долго', clause: 'мост откроют до конца марта', clause2: 'ремонт восточного пролета идет с опережением графика', fragment: 'ошибкой' },
  { quote: 'Такого плохого урожая не было десять лет', quote2: 'Цены будут расти до самых дождей', clause: 'поликлиника будет работать всю зиму', clause2: 'на прошлой неделе наняли еще двух медсестер', fragment: 'неприемлемым' },
  { quote: 'Никто не должен ждать скорую помощь шесть часов', quote2: 'Мы просим только об этом', clause: 'новые тарифы вступят в силу весной', clause2: 'небольшим экспортерам дадут больше времени', fragment: 'опасным прецедентом' },
  { quote: 'Порт должен работать ради всего региона', quote2: 'Каждый день простоя стоит рабочих мест', clause: 'водоснабжение восстановлено в большинстве домов', clause2: 'последние поселки подключат к выходным', fragment: 'вопросом справедливости' },
];

/** A past-tense verb agreeing with the speaker: сказал, сказала, сказало, сказали. */
const past = (stem: string, g: Gender) => `${stem}${{ m: '', f: 'а', n: 'о', pl: 'и' }[g]}`;
const capRu = (s: string) => s.charAt(0).toLocaleUpperCase('ru') + s.slice(1);

export const RUSSIAN_FRAMES: RussianFrame[] = [
  { id: '«…», — сказал X', build: (s, c) => `«[[d:${c.quote}]]», — ${past('сказал', s.gender)} ${s.nom}.` },
  { id: '«…», — заявил X агентству', build: (s, c) => `«[[d:${c.quote}]]», — ${past('заявил', s.gender)} ${s.nom} агентству «Интерфакс».` },
  { id: '— …, — сказал X (a dash paragraph)', build: (s, c) => `— [[d:${c.quote}]], — ${past('сказал', s.gender)} ${s.nom}.` },
  { id: 'X заявил: «…»', build: (s, c) => `${capRu(s.nom)} ${past('заявил', s.gender)}: «[[d:${c.quote}]]».` },
  { id: 'X подчеркнул: «…»', build: (s, c) => `${capRu(s.nom)} ${past('подчеркнул', s.gender)}: «[[d:${c.quote}]]».` },
  { id: '«…», — отметил X в беседе с корреспондентом', build: (s, c) => `«[[d:${c.quote}]]», — ${past('отметил', s.gender)} ${s.nom} в беседе с корреспондентом.` },
  { id: 'по словам X, …', build: (s, c) => `По словам ${s.gen}, [[i:${c.clause}]].` },
  { id: 'X отметил, что …', build: (s, c) => `${capRu(s.nom)} ${past('отметил', s.gender)}, что [[i:${c.clause}]].` },
  { id: 'X сообщил, что …', build: (s, c) => `${capRu(s.nom)} ${past('сообщил', s.gender)}, что [[i:${c.clause}]].` },
  { id: 'X пояснил изданию, что …', build: (s, c) => `${capRu(s.nom)} ${past('пояснил', s.gender)} изданию, что [[i:${c.clause}]].` },
  {
    id: 'как сообщили в …, …',
    excludes: 'everyone but bodies (papers print an office so: «как сообщили в пресс-службе …»)',
    build: (s, c) => (s.inside ? `Как сообщили ${s.inside}, [[i:${c.clause}]].` : null),
  },
  {
    id: '«…», — говорится в заявлении X',
    excludes: 'unnamed sources (a statement is issued by a body or a named person)',
    build: (s, c) => (s.kind === 'anonymous' ? null : `«[[d:${c.quote}]]», — говорится в заявлении ${s.gen}.`),
  },
  { id: 'lead: …, сообщил X', build: (s, c) => `[[i:${capRu(c.clause)}]], ${past('сообщил', s.gender)} ${s.nom}.` },
  {
    id: 'X заявил, что … «partial» …',
    build: (s, c) => `${capRu(s.nom)} ${past('заявил', s.gender)}, что [[i:такое решение было бы «[[p:${c.fragment}]]» для города]].`,
  },
  { id: 'X считает, что …', build: (s, c) => `${capRu(s.nom)} ${s.gender === 'pl' ? 'считают' : 'считает'}, что [[i:${c.clause}]].` },
  // Added after the first round of fixes.
  { id: '«…», — рассказал X «Известиям»', build: (s, c) => `«[[d:${c.quote}]]», — ${past('рассказал', s.gender)} ${s.nom} «Известиям».` },
  { id: 'X добавил: «…»', build: (s, c) => `${capRu(s.nom)} ${past('добавил', s.gender)}: «[[d:${c.quote}]]».` },
  { id: 'Как рассказал X, …', build: (s, c) => `Как ${past('рассказал', s.gender)} ${s.nom}, [[i:${c.clause}]].` },
  { id: '…. Об этом сообщил X.', build: (s, c) => `[[i:${capRu(c.clause)}]]. Об этом ${past('сообщил', s.gender)} ${s.nom}.` },
  { id: 'По мнению X, …', build: (s, c) => `По мнению ${s.gen}, [[i:${c.clause}]].` },
  {
    id: '«…», — написал X в своем Telegram-канале',
    excludes: 'everyone but named people (a body\u2019s channel is its own, not «своем»)',
    build: (s, c) => (s.kind === 'person' ? `«[[d:${c.quote}]]», — ${past('написал', s.gender)} ${s.nom} в своем Telegram-канале.` : null),
  },
  // A fourth batch.
  { id: '«…», — передает ТАСС слова X', build: (s, c) => `«[[d:${c.quote}]]», — передает ТАСС слова ${s.gen}.` },
  { id: '«…», — приводит слова X РИА Новости', build: (s, c) => `«[[d:${c.quote}]]», — приводит слова ${s.gen} РИА Новости.` },
  { id: 'X в интервью РБК заявил, что …', build: (s, c) => `${capRu(s.nom)} в интервью РБК ${past('заявил', s.gender)}, что [[i:${c.clause}]].` },
  { id: '«…», — заявил X в интервью РБК', build: (s, c) => `«[[d:${c.quote}]]», — ${past('заявил', s.gender)} ${s.nom} в интервью РБК.` },
  {
    id: 'Как пояснили в …, …',
    excludes: 'everyone but bodies (an office is «в» one)',
    build: (s, c) => (s.inside ? `Как пояснили ${s.inside}, [[i:${c.clause}]].` : null),
  },
  {
    id: '«…», — уточнили в …',
    excludes: 'everyone but bodies',
    build: (s, c) => (s.inside ? `«[[d:${c.quote}]]», — уточнили ${s.inside}.` : null),
  },
  { id: 'X уточнил, что …', build: (s, c) => `${capRu(s.nom)} ${past('уточнил', s.gender)}, что [[i:${c.clause}]].` },
  {
    id: '«…», — признался X',
    excludes: 'bodies (a body does not confess so)',
    build: (s, c) => (s.kind === 'organisation' ? null : `«[[d:${c.quote}]]», — ${s.gender === 'pl' ? 'признались' : s.gender === 'f' ? 'призналась' : 'признался'} ${s.nom}.`),
  },
  // A sixth batch.
  { id: '«…», — говорит X (present)', build: (s, c) => `«[[d:${c.quote}]]», — ${s.gender === 'pl' ? 'говорят' : 'говорит'} ${s.nom}.` },
  { id: '«…», — считает X', build: (s, c) => `«[[d:${c.quote}]]», — ${s.gender === 'pl' ? 'считают' : 'считает'} ${s.nom}.` },
  { id: 'X рассказал «Известиям», что …', build: (s, c) => `${capRu(s.nom)} ${past('рассказал', s.gender)} «Известиям», что [[i:${c.clause}]].` },
  { id: 'X заявил ТАСС, что …', build: (s, c) => `${capRu(s.nom)} ${past('заявил', s.gender)} ТАСС, что [[i:${c.clause}]].` },
  {
    id: 'В … сообщили, что …',
    excludes: 'everyone but bodies',
    build: (s, c) => (s.inside ? `${capRu(s.inside)} сообщили, что [[i:${c.clause}]].` : null),
  },
  {
    id: 'Об этом в своем Telegram-канале написал X.',
    excludes: 'everyone but named people',
    build: (s, c) => (s.kind === 'person' ? `[[i:${capRu(c.clause)}]]. Об этом в своем Telegram-канале ${past('написал', s.gender)} ${s.nom}.` : null),
  },
  {
    id: 'X сказал, что …. «…», — добавил Later',
    later: ['surname', 'pronoun'],
    build: (s, c, later) => `${capRu(s.nom)} ${past('сказал', s.gender)}, что [[i:${c.clause}]]. «[[d:${c.quote}]]», — ${later?.startsWith('в ') ? 'добавили' : past('добавил', s.gender)} ${later}.`,
  },
  {
    id: 'X заявил, что …. Later отметил, что …',
    later: ['surname', 'pronoun'],
    excludes: 'a body\u2019s «в ведомстве» (it opens no sentence so)',
    build: (s, c, later) =>
      later?.startsWith('в ') ? null : `${capRu(s.nom)} ${past('заявил', s.gender)}, что [[i:${c.clause}]]. ${capRu(later ?? '')} также ${past('отметил', s.gender)}, что [[i:${c.clause2}]].`,
  },
];
