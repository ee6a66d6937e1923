// «там» ("there") as the speaker of Russian copy (issue #13), found in the twenty-fifth session's review: it stands for the
// body that spoke last, so with no body named before it is an unnamed source, never a body called «там»; and a body
// whose sentence was read long (its verb and object taken in) is named without them. Made-up bodies and places; each
// case failed on the rules before the change, but the guard (marked so).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';

const who = (text: string) =>
  extractStatements(text).map((s) => (s.anonymous ? 'anonymous' : `${s.speaker} (${s.speakerKind})`));

describe('Russian «там» with nothing to point at', () => {
  it('«…, уточнили там» where the text names no body: an unnamed source', () => {
    expect(who('В посёлке Сосновка закрыли единственную аптеку. Помещение продадут с торгов, уточнили там.')).toEqual(['anonymous']);
  });

  it('«Как установила проверка, …» with no body before: an unnamed source', () => {
    expect(who('Жильцы дома на улице Ольховой третью неделю живут без горячей воды. Как установила проверка, трубы в подвале не меняли с 1987 года.'))
      .toEqual(['anonymous']);
  });
});

describe('Russian «там» after a body whose sentence goes on past its name', () => {
  it('«Прокуратура X района провела проверку …. …, сообщили там»: the prosecutor\'s office, not its sentence', () => {
    expect(who('Прокуратура Заречного района провела проверку после жалоб жильцов. Нарушения нашли в каждом третьем доме, сообщили там.'))
      .toEqual(['Прокуратура Заречного района (organisation)']);
  });

  it('a body with its own «name» after its kind is not cut to its kind, «ФКУ «Упрдор «Север»» (guard)', () => {
    expect(who('Как сообщили ТАСС в ФКУ «Упрдор «Север», движение откроют к вечеру. Там пояснили, что за сутки выпала месячная норма снега.'))
      .toEqual(['ФКУ Упрдор Север (organisation)', 'ФКУ Упрдор Север (organisation)']);
  });
});
