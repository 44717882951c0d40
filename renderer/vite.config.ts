// Builds the window: root renderer/, output dist/renderer. `base: './'` keeps every asset URL relative, so the
// same build loads from Electron's app:// protocol and from the browser host's loopback origin.
import { defineConfig, type Plugin } from 'vite';
import { cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * pdf.js fetches character maps (without them CJK text renders as nothing) and the 14 standard fonts at run time.
 * The CSP allows only 'self', so they ship beside the bundle in pdfjs/.
 */
function copyPdfjsData(): Plugin {
  let outDir = '';
  return {
    name: 'docent-copy-pdfjs-data',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
      for (const folder of ['cmaps', 'standard_fonts']) {
        cpSync(path.join(pdfjsRoot, folder), path.join(outDir, 'pdfjs', folder), { recursive: true });
      }
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  // The window runs under a strict CSP: no inline scripts, so no module-preload polyfill injected inline.
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    // pdf.js is big by nature; it is loaded only when a citation is opened.
    chunkSizeWarningLimit: 1500,
    target: 'es2022',
  },
  plugins: [copyPdfjsData()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  server: { host: '127.0.0.1' },
});
