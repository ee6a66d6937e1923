// The forms the third session taught the rules (issue #13), one at a time, on made-up people and
// sentences that are in none of the fixture parts: English forms, then Russian copy.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const found = (text: string) =>
  extractStatements(text).map((s) => [s.kind, s.text, s.speaker, s.speakerKind, s.anonymous] as const);
const speakers = (text: string) => extractStatements(text).map((s) => [s.kind, s.anonymous ? 'anonymous' : s.speaker] as const);

describe('English forms', () => {
  it('stops a clause at ", and she promised that …" and gives the second clause the same speaker', () => {
    expect(found('Harbour Minister Lina Oste said the quay would reopen in May, and she promised that fees would not rise.')).toEqual([
      ['indirect', 'the quay would reopen in May', 'Lina Oste', 'person', false],
      ['indirect', 'fees would not rise', 'Lina Oste', 'person', false],
    ]);
  });

  it('reads "… and that …" as a second clause of the same frame', () => {
    expect(found('The coast guard said the ferry had run aground and that all passengers were safe.')).toEqual([
      ['indirect', 'the ferry had run aground', 'coast guard', 'organisation', false],
      ['indirect', 'all passengers were safe', 'coast guard', 'organisation', false],
    ]);
  });

  it('"did not comment …, but said" gives the clause to the body that did not comment', () => {
    expect(speakers('The Transport Ministry did not comment on the leak, but said it had opened an inquiry.')).toEqual([
      ['indirect', 'Transport Ministry'],
    ]);
  });

  it('"the envoy said" after an unnamed envoy stays unnamed, even after a named speaker', () => {
    const text = [
      'Foreign Minister Aldo Brun said the talks would continue.',
      'An Asian envoy who attended the dinner said the mood had been tense. "Nobody trusted anybody," the envoy said.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'Aldo Brun'],
      ['indirect', 'anonymous'],
      ['direct', 'anonymous'],
    ]);
  });

  it('present-tense plural sources ("officials here say", "aid workers say") and "they" after them are unnamed', () => {
    const text = 'Officials here say the border will stay shut. Aid workers say the camps are full. They say the water is running out.';
    expect(speakers(text)).toEqual([
      ['indirect', 'anonymous'],
      ['indirect', 'anonymous'],
      ['indirect', 'anonymous'],
    ]);
  });

  it('someone described but not named is an unnamed source ("a veteran Dutch navy captain", "one bond trader")', () => {
    const text = [
      'A veteran Dutch navy captain said the channel was too shallow for the new frigates.',
      '"Nobody wants to hold this debt," one bond trader in Zurich said.',
      'A member of the tender committee said the bids had been opened early.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'anonymous'],
      ['direct', 'anonymous'],
      ['indirect', 'anonymous'],
    ]);
  });

  it('people nouns and ages before a name are no part of it ("Local councillor", "Pal", "Name, 61,")', () => {
    const text = [
      'Local councillor Gwen Parry said: "The lane floods every winter."',
      'Grieving widow Alma Kerr, 61, spoke outside the court. "I just want answers," she said.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['direct', 'Gwen Parry'],
      ['direct', 'Alma Kerr'],
    ]);
  });

  it('a capitalised post after "the" is a title, resolved to the person who holds it', () => {
    const text = [
      'The Special Representative for the Sahel, Omar Diallo, said the ceasefire was holding.',
      '"The next month is decisive," the Special Representative said.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'Omar Diallo'],
      ['direct', 'Omar Diallo'],
    ]);
  });

  it('bodies named after what they are and countries of two words speak as organisations', () => {
    const text = [
      'Shipping group Nordlys Lines said it would add two routes to Iceland.',
      'South Korea said it would send observers to the vote.',
    ].join('\n');
    expect(found(text)).toEqual([
      ['indirect', 'it would add two routes to Iceland', 'Nordlys Lines', 'organisation', false],
      ['indirect', 'it would send observers to the vote', 'South Korea', 'organisation', false],
    ]);
  });

  it('family-name-first names: the family name alone is the person', () => {
    const text = [
      'Foreign ministry spokesperson Zhou Lanfang said Beijing opposed the sanctions.',
      '"Pressure will not work," Zhou told reporters.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'Zhou Lanfang'],
      ['direct', 'Zhou Lanfang'],
    ]);
  });

  it('"…, telling reporters that …", "X, who said that …" and a mid-sentence "according to"', () => {
    const text = [
      'Mining Minister Ruth Okafor rejected the report, telling reporters that the mine met every standard.',
      'The panel heard from the regulator, Piet Smit, who said that inspections had doubled.',
      'The plan, according to two officials, will close three smelters.',
    ].join('\n');
    expect(found(text)).toEqual([
      ['indirect', 'the mine met every standard', 'Ruth Okafor', 'person', false],
      ['indirect', 'inspections had doubled', 'Piet Smit', 'person', false],
      ['indirect', 'will close three smelters', null, 'anonymous', true],
    ]);
  });

  it('a transcript label is not whom the answer is about; the person a question asks about is', () => {
    const text = [
      'HOST: Marta, what did Mayor Ines Falk announce?',
      'MARTA ROSS: She said the tram line would be finished by June.',
    ].join('\n');
    expect(speakers(text)).toEqual([['indirect', 'Ines Falk']]);
  });

  it('a pronoun skips a person the text marks as the other gender ("Ms Kerr … he said")', () => {
    const text = [
      'Mr Ivo Lind, the harbour master, opened the new quay on Monday. Ms Alma Kerr, the mayor, cut the ribbon.',
      '"This quay took eleven years to build," he said.',
    ].join('\n');
    expect(speakers(text)).toEqual([['direct', 'Ivo Lind']]);
  });

  it('"in his words:" gives the quotation to the person the pronoun stands for', () => {
    const text = 'Trade Secretary Owen Pike was cautious. In his words: "A deal is close, but it is not done."';
    expect(speakers(text)).toEqual([['direct', 'Owen Pike']]);
  });
});

describe('Russian copy', () => {
  it('"Об этом заявил X" gives the sentence before to X', () => {
    const text = 'Порт Усть-Луга увеличит перевалку угля на 10%. Об этом сообщил журналистам директор порта Игорь Седов.';
    expect(found(text)).toEqual([
      ['indirect', 'Порт Усть-Луга увеличит перевалку угля на 10%', 'Игорь Седов', 'person', false],
    ]);
  });

  it('a gerund ("добавив, что") frames a clause of the same speaker; "представитель Банка России" is unnamed', () => {
    const text = [
      'Инфляция замедлится к осени, заявил министр экономики Павел Рябов, добавив, что рост цен на продукты уже снижается.',
      'Представитель Банка России отказался от комментариев, отметив лишь, что ставка будет пересмотрена в июле.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'Павел Рябов'],
      ['indirect', 'Павел Рябов'],
      ['indirect', 'anonymous'],
    ]);
  });

  it('an imperfective verb ("отмечала, что") and a mid-sentence "по данным" frame reported speech', () => {
    const text = [
      'Ранее министр финансов Анна Белова отмечала, что бюджет будет исполнен без дефицита.',
      'Сделка, по данным источников в отрасли, будет закрыта до конца года.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['indirect', 'Анна Белова'],
      ['indirect', 'anonymous'],
    ]);
  });
});
