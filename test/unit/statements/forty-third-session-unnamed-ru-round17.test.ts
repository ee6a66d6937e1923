// The forty-third session's seventeenth probe of unnamed sources in Russian (d2430–d2435): the shapes its first run missed,
// a place that names no one opening the sentence («В сети пишут / обсуждают», «На месте рассказали», «В порту говорят»,
// russian-unnamed-place-opening.ts), a lead closed by «…, сообщает источник, знакомый с ситуацией» (russian.ts), a plural
// word for kin alone («Жены … возмущены: «…»», russian-relations.ts) and «кассир» as a post (vocabulary-ru.ts); in fresh
// words and invented names (none of the fixtures' sentences). Each case failed on the rules before the change but the
// guards (marked so), which pass on both.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker, s.speakerKind, s.text] as const);
const clauses = (text: string) => found(text).filter((s) => s[0] === 'indirect');

describe('Russian: a place that names no one opens the sentence (russian-unnamed-place-opening.ts)', () => {
  it('«В сети пишут, что …» (online, not a chain) is an unnamed source', () => {
    expect(clauses('Мельница\n\nСтарую мельницу в Брусничном снесут летом. В сети пишут, что на ее месте поставят автозаправку.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'на ее месте поставят автозаправку'],
    ]);
  });

  it('«В сети обсуждают, что …» is an unnamed source, though «обсуждают» frames no clause elsewhere', () => {
    expect(clauses('Каток\n\nКаток у ратуши в этом году не зальют. В сети обсуждают, что деньги на заливку отдали на салют.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'деньги на заливку отдали на салют'],
    ]);
  });

  it('«В районных чатах обсуждают, что …»: a place online with an adjective, the same', () => {
    expect(clauses('Баня\n\nГородскую баню закрыли на ремонт. В районных чатах обсуждают, что открывать ее уже не будут.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'открывать ее уже не будут'],
    ]);
  });

  it('«На месте рассказали, что …» (at the scene) is an unnamed source', () => {
    expect(clauses('Пожар\n\nВ Ольшанке сгорел сарай с сеном. На месте рассказали, что огонь перекинулся с соседнего участка.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'огонь перекинулся с соседнего участка'],
    ]);
  });

  it('«На месте аварии нам пояснили, что …»: the scene named, and whom it was told', () => {
    expect(clauses('Авария\n\nНа трассе у Ключей столкнулись две фуры. На месте аварии нам пояснили, что один из водителей уснул за рулем.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'один из водителей уснул за рулем'],
    ]);
  });

  it('«В порту говорят, что …»: hearsay at a place, unnamed, as «В городе говорят»', () => {
    expect(clauses('Сейнеры\n\nВ Медвежьей губе ждут новый траулер. В порту говорят, что его спустят на воду в августе.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'его спустят на воду в августе'],
    ]);
  });

  it('guard: «В порту сообщили, что …» stays the port\'s, as on main', () => {
    expect(clauses('Сейнеры\n\nВ Медвежьей губе ждут новый траулер. В порту сообщили, что его спустят на воду в августе.')).toEqual([
      ['indirect', 'порт', 'organisation', 'его спустят на воду в августе'],
    ]);
  });

  it('guard: «В соцсетях пишут, что …» is unnamed, as on main', () => {
    expect(clauses('Мост\n\nМост через Ручьевку закрыли. В соцсетях пишут, что его не откроют до осени.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'его не откроют до осени'],
    ]);
  });
});

describe('Russian: a lead closed by «…, сообщает источник, знакомый с ситуацией» (russian.ts)', () => {
  it('the words before the frame are the clause, not «знакомый с ситуацией»', () => {
    expect(clauses('Пекарня\n\nПекарня «Колосок» в Дубравном закроется к лету, сообщает источник, знакомый с ситуацией.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'Пекарня «Колосок» в Дубравном закроется к лету'],
    ]);
  });

  it('«…, утверждает собеседник, близкий к руководству завода.»: the same with «близкий»', () => {
    expect(clauses('Завод\n\nЗавод в Ясеневке сократит вторую смену, утверждает собеседник, близкий к руководству завода.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'Завод в Ясеневке сократит вторую смену'],
    ]);
  });

  it('guard: «Теперь, говорят жители, …», an aside with no description after the speaker, as on main', () => {
    expect(clauses('Дорога\n\nТеперь, говорят местные жители, дорога до райцентра занимает час.')).toEqual([
      ['indirect', 'anonymous', 'anonymous', 'дорога до райцентра занимает час'],
    ]);
  });
});

describe('Russian: a plural word for kin alone is an unnamed group (russian-relations.ts)', () => {
  it('«Жены шахтеров возмущены: «…»» gives the quotation to no one named, not to a body «Жены»', () => {
    expect(found('Шахта\n\nШахту в Угольном закрывают. Жены шахтеров возмущены: «Ни одной вакансии в поселке не осталось».')).toEqual([
      ['direct', 'anonymous', 'anonymous', 'Ни одной вакансии в поселке не осталось'],
    ]);
  });

  it('guard: «Вдовы горняков возмущены: «…»» is unnamed, as on main', () => {
    expect(found('Шахта\n\nШахту в Угольном закрывают. Вдовы горняков возмущены: «Ни одной вакансии в поселке не осталось».')).toEqual([
      ['direct', 'anonymous', 'anonymous', 'Ни одной вакансии в поселке не осталось'],
    ]);
  });
});

describe('Russian: «кассир» is a post, not a body\'s name (vocabulary-ru.ts)', () => {
  it('«Кассир театра рассказала, …» is no body «Кассир театр», and a later «В театре пообещали» is the theatre the text names', () => {
    // (Forty-fourth session: the cashier herself, printed unknown (null) here before, is now unnamed, as the forty-third
    // session's section left her to be: «кассир» is one of RU_PEOPLE_ROLES, vocabulary-ru.ts.)
    expect(clauses('Гастроли\n\nЛуговской драматический театр отменил гастроли. Кассир театра рассказала, что билеты сдали почти все. В театре пообещали, что деньги вернут до пятницы.').map((s) => s[1])).toEqual([
      'anonymous', 'Луговской драматический театр',
    ]);
  });
});
