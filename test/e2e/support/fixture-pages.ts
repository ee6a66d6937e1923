// The fixture pages and the address each is served at (fixtures/pages/pages.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FixturePage {
  url: string;
  file: string;
  expect: string | null;
  case: string;
  note: string;
}

export const PAGES_DIR = join(import.meta.dirname, '../../../fixtures/pages');

export function loadFixturePages(): FixturePage[] {
  return JSON.parse(readFileSync(join(PAGES_DIR, 'pages.json'), 'utf8')) as FixturePage[];
}

export function readFixturePage(page: FixturePage): string {
  return readFileSync(join(PAGES_DIR, page.file), 'utf8');
}
