// @vitest-environment happy-dom
// The library's reading of the files the reader chooses under "Add articles":
// saved pages (address from the page, else asked), packs, and files that are
// neither, each refused with its name (and line).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { kindOf, readAddedFile } from '../../../extension/pages/library/read-added-file.ts';

const GROWING = join(import.meta.dirname, '../../../fixtures/growing-corpus');
const fixture = (name: string, as = name) => new File([readFileSync(join(GROWING, name))], as);
const never = () => Promise.reject(new Error('the reader should not be asked'));

describe('readAddedFile', () => {
  it('tells saved pages and packs by their name', () => {
    expect([kindOf('a.html'), kindOf('B.HTM'), kindOf('pack.jsonl'), kindOf('notes.txt'), kindOf('page.html.zip')]).toEqual(['saved-page', 'saved-page', 'pack', null, null]);
  });

  it('reads a saved page at the address it gives (canonical link), without asking', async () => {
    const read = await readAddedFile(fixture('rferl-2009-12-04-saved.html'), never);
    expect(read?.from).toBe('saved-page');
    expect(read?.articles).toHaveLength(1);
    expect(read?.articles[0]).toMatchObject({ url: 'https://www.rferl.org/a/NATO_Russia_Agree_To_Review_Common_Threats/1895212.html', outlet: 'RFE/RL', title: 'NATO, Russia Agree To Review Common Threats' });
    expect(read?.articles[0]?.text).toContain('NATO and Russia agreed on December 4');
  });

  it('asks for the address of a saved page that gives none; skipping it adds nothing; a non-address is refused', async () => {
    const ask = vi.fn(async () => 'https://www.rferl.org/a/cautious-restart/1895300.html');
    const read = await readAddedFile(fixture('no-address-saved.html'), ask);
    expect(ask).toHaveBeenCalledWith('no-address-saved.html');
    expect(read?.articles[0]?.url).toBe('https://www.rferl.org/a/cautious-restart/1895300.html');
    expect(await readAddedFile(fixture('no-address-saved.html'), async () => null)).toBeNull();
    await expect(readAddedFile(fixture('no-address-saved.html'), async () => 'somewhere')).rejects.toThrow(/^no-address-saved\.html: "somewhere" is not a web address/);
  });

  it('reads a pack, and refuses a bad one naming the file and line', async () => {
    const read = await readAddedFile(fixture('interfax-2009-12-04.jsonl'), never);
    expect(read).toMatchObject({ from: 'pack', articles: [{ outlet: 'Interfax', published: '2009-12-04' }] });
    await expect(readAddedFile(fixture('bad-pack.jsonl'), never)).rejects.toThrow(/^bad-pack\.jsonl: line 3: /);
  });

  it('refuses a binary file, a page with no article and a file of another kind, each by name', async () => {
    await expect(readAddedFile(fixture('not-a-page.html'), never)).rejects.toThrow(/^not-a-page\.html: this is not a text file/);
    const login = new File(['<html><head><link rel="canonical" href="https://www.nato.int/login"></head><body><h1>Log in</h1><form><input type="password"></form></body></html>'], 'login.html');
    await expect(readAddedFile(login, never)).rejects.toThrow(/^login\.html: no article found on this page/);
    await expect(readAddedFile(new File(['hello'], 'notes.txt'), never)).rejects.toThrow(/^notes\.txt: not a saved page \(\.html, \.htm\) or a corpus pack \(\.jsonl\)/);
  });
});
