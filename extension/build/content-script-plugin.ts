// Builds the content script outside crxjs, as two files:
// - content/gate.js: a classic script (one IIFE) with the cheap gate only,
//   injected on every outlet page. A classic script compiles and runs at once,
//   where crxjs's loader would fetch and link a graph of modules on every
//   page: that alone cost more than the 2 ms budget.
// - content/overlay.js: a classic script too, with the text extraction, the
//   worker client, the overlay and the annotator; the worker injects it
//   (scripting.executeScript) into the gate's world when the gate finds a page
//   article-like. It is not web-accessible: a page cannot fetch it (nor any
//   other file of ours) to detect the extension.
// The manifest's content_scripts and web_accessible_resources entries are
// written after crxjs has written the manifest.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';

import { GATE_SCRIPT, OVERLAY_SCRIPT } from '../shared/content-files.ts';
import { EXTRACT_SCRIPT } from '../shared/extract-script.ts';
import { SELECTION_TOOLBAR_PAGE } from '../shared/selection-toolbar-protocol.ts';
import { TEXT_FIELD_PAGE } from '../shared/text-field-protocol.ts';

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

/**
 * Files outlet pages may load (e.g. an extension page embedded as an iframe),
 * each only under a per-session address (use_dynamic_url; Firefox's
 * moz-extension host is random per install already). Empty: nothing of ours is
 * reachable from a page. An entry here is the one place to add such a file.
 */
const PAGE_REACHABLE_FILES: readonly string[] = [TEXT_FIELD_PAGE, SELECTION_TOOLBAR_PAGE];

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
        entryPoints: ['extension/content/overlay-entry.ts'],
        format: 'iife',
        outfile: join(outDir, OVERLAY_SCRIPT),
      });
      // The popup's "Add this page": injected by chrome.scripting on the reader's click only.
      await build({ ...common, entryPoints: ['extension/content/extract-article.ts'], format: 'iife', outfile: join(outDir, EXTRACT_SCRIPT) });
      const manifestPath = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      manifest.content_scripts = [{ matches: options.matches, js: [GATE_SCRIPT], run_at: 'document_idle' }];
      if (PAGE_REACHABLE_FILES.length) {
        manifest.web_accessible_resources = [
          {
            resources: [...PAGE_REACHABLE_FILES],
            matches: options.matches,
            ...(options.browser === 'chrome' ? { use_dynamic_url: true } : {}),
          },
        ];
      } else delete manifest.web_accessible_resources;
      writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
