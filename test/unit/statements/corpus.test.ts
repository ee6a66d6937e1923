// Properties of the five corpus articles, checked by reading them.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/statements/extract.ts';
import { buildPersonDirectory, type PersonDirectory } from '../../../src/statements/people.ts';
import type { Statement } from '../../../src/statements/types.ts';

const dir = fileURLToPath(new URL('../../../fixtures/corpus/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const texts = new Map(files.map((f) => [f.slice(0, 3), readFileSync(`${dir}${f}`, 'utf8')]));
let people: PersonDirectory;
const found = new Map<string, Statement[]>();

beforeAll(() => {
  people = buildPersonDirectory([...texts.values()]);
  for (const [id, text] of texts) found.set(id, extractStatements(text, { people }));
});

function statements(id: string): Statement[] {
  return found.get(id)!;
}

function starting(id: string, words: string): Statement {
  const hit = statements(id).find((s) => s.text.startsWith(words));
  if (!hit) throw new Error(`no statement in ${id} starts with ${words}`);
  return hit;
}

describe('corpus statements', () => {
  it('slices every statement out of its text, sorted, without direct/indirect overlaps', () => {
    for (const [id, text] of texts) {
      const list = statements(id);
      expect(list.length).toBeGreaterThan(0);
      let lastStart = -1;
      for (const s of list) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.start).toBeGreaterThanOrEqual(lastStart);
        lastStart = s.start;
      }
      const whole = list.filter((s) => s.kind !== 'partial');
      for (let i = 1; i < whole.length; i++) expect(whole[i]!.start).toBeGreaterThanOrEqual(whole[i - 1]!.end);
    }
  });

  it('merges Sergei and Sergey Lavrov and learns his title', () => {
    expect(people.findByName(['Sergey', 'Lavrov'])?.name).toBe('Sergei Lavrov');
    expect(people.findByTitle({ roles: ['foreign', 'minister'], qualifier: 'russi' }).map((p) => p.name)).toEqual([
      'Sergei Lavrov',
    ]);
  });

  it('000: Lavrov\u2019s quotes, the foreign minister before any name, frozen only as a scare quote', () => {
    expect(starting('000', 'Our relations are not frozen')).toMatchObject({ kind: 'direct', speaker: 'Sergei Lavrov' });
    const untitled = statements('000').filter((s) => s.speakerMention?.text === 'the Russian foreign minister');
    expect(untitled.length).toBeGreaterThan(0);
    for (const s of untitled) expect(s).toMatchObject({ kind: 'indirect', speaker: 'Sergei Lavrov' });
    expect(statements('000').some((s) => /^'?frozen[,']*$/.test(s.text))).toBe(false);
    expect(starting('000', 'Afghanistan is the sphere')).toMatchObject({ speaker: 'Sergei Lavrov', cue: 'said' });
    const partials = statements('000').filter((s) => s.kind === 'partial');
    expect(partials.map((s) => s.speaker)).toEqual(['Dmitry Medvedev', 'Dmitry Medvedev']);
    expect(partials[1]!.text).toBe('organizations operating in the Euro-Atlantic region');
    expect(statements('000').some((s) => s.text === 'pure')).toBe(false);
  });

  it('001: Lavrov by title, name and pronoun; De Hoop Scheffer by his full name', () => {
    expect(starting('001', 'the country will be building')).toMatchObject({ kind: 'indirect', speaker: 'Sergei Lavrov' });
    const approaches = starting('001', 'Approaches to solving');
    expect(approaches).toMatchObject({ kind: 'direct', speaker: 'Sergei Lavrov' });
    expect(starting('001', 'he expected the alliance')).toMatchObject({ speaker: 'Jaap de Hoop Scheffer' });
    expect(statements('001').some((s) => s.text.includes('supervised independence'))).toBe(false);
  });

  it('002: the source is anonymous; the permanent representative and the diplomat are Rogozin', () => {
    expect(starting('002', 'The meeting was constructive')).toMatchObject({
      kind: 'direct',
      speaker: null,
      anonymous: true,
    });
    const lead = statements('002').filter((s) => s.speakerMention?.text === 'a source in Russia\'s diplomatic mission');
    expect(lead.length).toBe(2);
    for (const s of lead) expect(s.text.startsWith('The Russian envoy to NATO')).toBe(true);
    expect(starting('002', 'I believe that since')).toMatchObject({ speaker: 'Dmitry Rogozin', anonymous: false });
    expect(starting('002', 'Feeling the need')).toMatchObject({ speaker: 'Dmitry Rogozin' });
    expect(starting('002', 'the attitude of several NATO members')).toMatchObject({ speaker: 'Dmitry Rogozin', cue: 'added' });
    expect(starting('002', 'anything was blocked')).toMatchObject({ speaker: 'James Appathurai', cue: 'denied' });
    expect(statements('002').some((s) => ['roadmap', 'reset', 'Cold War'].includes(s.text))).toBe(false);
  });

  it('003: the run-on Lavrov quote stops at its closing mark and the unclosed Rasmussen quote at "said"', () => {
    const lavrov = starting('003', 'Those signals');
    expect(lavrov).toMatchObject({ kind: 'direct', speaker: 'Sergei Lavrov' });
    expect(lavrov.text.endsWith('at the expense of others')).toBe(true);
    expect(lavrov.speakerMention!.text).toBe('Lavrov');
    expect(statements('003').some((s) => s.text.includes('NATO froze official talks'))).toBe(false);
    const rasmussen = starting('003', 'Our aim was');
    expect(rasmussen).toMatchObject({ kind: 'direct', speaker: 'Anders Fogh Rasmussen' });
    expect(rasmussen.text.endsWith('a major step forward')).toBe(true);
    const soundbite = statements('003').filter((s) => s.text.startsWith('In the Russian draft'));
    expect(soundbite.map((s) => s.speaker)).toEqual(['Sergei Lavrov', 'Sergei Lavrov']);
    expect(soundbite[0]!.speakerMention!.text).toBe('RUSSIAN FOREIGN MINISTER SERGEI LAVROV');
    expect(starting('003', 'Some commentators')).toMatchObject({ speaker: null, anonymous: false, cue: 'ASKING' });
  });

  it('004: every quote goes to Lavrov, curly marks and apostrophes notwithstanding', () => {
    const quoted = statements('004').filter((s) => s.kind !== 'indirect');
    expect(quoted.length).toBe(5);
    for (const s of quoted) expect(s.speaker).toBe('Sergei Lavrov');
    expect(starting('004', 'With regards to future strategy').kind).toBe('direct'); // paragraph without attribution
    expect(starting('004', 'reflect modern-day realities')).toMatchObject({ kind: 'partial' });
    expect(starting('004', 'Whether Russia attends')).toMatchObject({ kind: 'indirect', speaker: 'Sergei Lavrov' });
    expect(starting('004', 'Russia and NATO could not afford')).toMatchObject({ speaker: 'Anders Fogh Rasmussen' });
  });
});
