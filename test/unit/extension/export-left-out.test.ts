// An export of "my highlights" (the library's default kind) is what a reader
// is likely to keep as a backup. It leaves out the statements Sourcelight
// found, and with them the reader's corrections of those statements (speaker,
// kind) and the ones they hid: restored, those would silently be as found
// again. The export says how many such changes it left out.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnnotationRecord } from '../../../src/store/annotation.ts';
import { sel } from '../store/helpers.ts';

const askWorker = vi.fn();
vi.mock('../../../extension/shared/worker-client.ts', () => ({
  askWorker: (...args: unknown[]) => askWorker(...args),
  ExtensionUpdatedError: class extends Error {},
}));

const { buildExport } = await import('../../../extension/pages/library/transfer.ts');
const { leftOutNote } = await import('../../../extension/pages/library/ToolPanels.tsx');

const URL_A = 'https://sputnikglobe.com/20080927/117172470.html';

function record(id: string, extra: Partial<AnnotationRecord>): AnnotationRecord {
  return {
    id, layerId: 'own', origin: 'reader', pageUrl: URL_A, corpusId: 'sputnik-2008-09-27-lavrov-relations-not-frozen',
    selectors: sel(`passage ${id}`, 10), categoryId: 'claim', note: '', tags: [], hidden: false,
    created: '2024-05-01T10:00:00.000Z', modified: '2024-05-01T10:00:00.000Z', ...extra,
  };
}

const statement = (id: string, corrected: boolean, hidden = false) =>
  record(id, { origin: 'statement', categoryId: 'statement', hidden, statement: { kind: 'direct', speaker: corrected ? 'Sergei Lavrov' : null, anonymous: false, corrected } });

beforeEach(() => {
  const records = [record('mine', { note: 'my note' }), statement('s-corrected', true), statement('s-hidden', false, true), statement('s-as-found', false)];
  askWorker.mockReset();
  askWorker.mockImplementation(async (type: string) => {
    if (type === 'library/meta') return { categories: [], layers: [{ id: 'own', name: 'My highlights', kind: 'own' }], articleTitles: {} };
    if (type === 'library/records') return { records, next: null };
    throw new Error(`unexpected ${type}`);
  });
});

describe('an export of my highlights only', () => {
  it('counts the statements the reader corrected or hid that it leaves out, and says so', async () => {
    const file = await buildExport('jsonld', { query: '', filter: { origin: 'reader' } });
    expect(file.count).toBe(1);
    expect(file.changedStatementsLeftOut).toBe(2);
    expect(leftOutNote(file.changedStatementsLeftOut)).toBe(' 2 statements you corrected or hid are not in it: for a backup, choose Kind: Both and export again.');
  });

  it('says nothing when both kinds are exported', async () => {
    const file = await buildExport('jsonld', { query: '', filter: {} });
    expect(file.count).toBe(4);
    expect(file.changedStatementsLeftOut).toBe(0);
    expect(leftOutNote(0)).toBe('');
  });
});
