// One script a Chromium tab can run, bundled from a bench's in-page code: the
// benches time the browser doing the work, so their code goes into the page.
import { build } from 'esbuild';

/** An in-page file, or source text whose imports resolve from `resolveDir`. */
export type PageEntry = { file: string } | { source: string; resolveDir: string };

export async function bundleForPage(entry: PageEntry): Promise<string> {
  const result = await build({
    ...('file' in entry ? { entryPoints: [entry.file] } : { stdin: { contents: entry.source, resolveDir: entry.resolveDir, loader: 'ts' as const } }),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
