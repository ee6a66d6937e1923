import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { contentScriptPlugin } from './extension/build/content-script-plugin.ts';
import { corpusPlugin } from './extension/build/corpus-plugin.ts';
import { manifestFor } from './extension/platform/manifest-for-browser.ts';
import { outDirFor, targetBrowserFromEnv } from './extension/platform/target-browser.ts';

// SOURCELIGHT_BROWSER=firefox builds dist-firefox/ from the same sources.
const browser = targetBrowserFromEnv(process.env.SOURCELIGHT_BROWSER);
// crxjs builds the worker and the pages; the content script is built as a classic
// script by contentScriptPlugin (see there why), so crxjs does not see it.
const { content_scripts: contentScripts, ...manifest } = manifestFor(browser);
const outletMatches = contentScripts[0]!.matches;

export default defineConfig({
  plugins: [
    preact(),
    corpusPlugin('fixtures/corpus'),
    crx({ manifest, browser }),
    contentScriptPlugin({ matches: outletMatches, browser }),
  ],
  build: {
    outDir: outDirFor(browser),
    emptyOutDir: true,
    // Extension pages load from the package: no source maps pointing elsewhere, no remote code.
    sourcemap: false,
    target: 'es2022',
    // Extension pages that no manifest field names: opened from the overlay and the popup.
    rollupOptions: {
      input: {
        reader: 'extension/pages/reader/index.html',
        compare: 'extension/pages/compare/index.html',
        classView: 'extension/pages/class-view/index.html',
        // The overlay's text fields, framed in outlet pages (web-accessible with a dynamic address).
        textField: 'extension/pages/text-field/index.html',
        // The selection toolbar, framed in outlet pages the same way.
        selectionToolbar: 'extension/pages/selection-toolbar/index.html',
      },
    },
  },
  server: { port: 5173, strictPort: true },
});
