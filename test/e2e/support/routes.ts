import { loadFixturePages, readFixturePage } from './fixture-pages.ts';

/** Every fixture page at its address. */
export function fixtureRoutes(): Map<string, string> {
  return new Map(loadFixturePages().map((page) => [page.url, readFixturePage(page)]));
}
