// Builds the content script outside crxjs, as two files:
// - content/gate.js: a classic script (one IIFE) with the cheap gate only,
//   injected on every outlet page. A classic script compiles and runs at once,
//   where crxjs's loader would fetch and link a graph of modules on every
//   page: that alone cost more than the 2 ms budget.
// - content/overlay.js: one ES module with the text extraction, the worker
//   client, the overlay and the annotator, imported by the gate only when a
//   page looks like an article (web-accessible to the outlets' pages only, as
//   crxjs would make it).
// The manifest's content_scripts entry is added after crxjs has written it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';

import { GATE_SCRIPT, OVERLAY_MODULE } from '../shared/content-files.ts';
import { EXTRACT_SCRIPT } from '../shared/extract-script.ts';

/** Vite's `?inline` CSS imports, for esbuild: the file's text as a string. */
const inlineCss: EsbuildPlugin = {
  name: 'inline-css',
  setup(b) {
    b.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: join(args.resolveDir, args.path.replace(/\?inline$/, '')),
      namespace: 'inline-css',
    }));
    b.onLoad({ filter: /.*/, namespace: 'inline-css' }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

export function contentScriptPlugin(options: { matches: string[]; browser: 'chrome' | 'firefox' }): Plugin {
  let outDir = 'dist';
  return {
    name: 'sourcelight-content-script',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle() {
      const common = {
        bundle: true,
        minify: true,
        target: options.browser === 'firefox' ? 'firefox140' : 'chrome120',
        tsconfig: 'tsconfig.json',
        plugins: [inlineCss],
        legalComments: 'none' as const,
      };
      await build({ ...common, entryPoints: ['extension/content/main.ts'], format: 'iife', outfile: join(outDir, GATE_SCRIPT) });
      await build({
        ...common,
        entryPoints: ['extension/content/recognize-and-mount.ts'],
        format: 'esm',
        outfile: join(outDir, OVERLAY_MODULE),
      });
      // The popup's "Add this page": injected by chrome.scripting on the reader's click only.
      await build({ ...common, entryPoints: ['extension/content/extract-article.ts'], format: 'iife', outfile: join(outDir, EXTRACT_SCRIPT) });
      const manifestPath = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      manifest.content_scripts = [{ matches: options.matches, js: [GATE_SCRIPT], run_at: 'document_idle' }];
      manifest.web_accessible_resources = [{ resources: [OVERLAY_MODULE], matches: options.matches }];
      writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
