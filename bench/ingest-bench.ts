// End-to-end ingest into the embedded default (copy → extract in the worker pool → chunk → lexical embed → LanceDB),
// on the corpora's largest PDF and the 24 SQuAD articles: pages/s, MB/s and peak RSS.
import { readdir, rm, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import path from 'node:path';
import { createDocent } from '../electron/app/docent';
import { execFileSync } from 'node:child_process';
import { repoRoot, tempDataDir } from '../tests/helpers/paths';
import { peakRss } from './measure';
import { cleanEnv } from '../tests/helpers/clean-env';

/**
 * Measures what the app runs: the core and the extraction worker bundled as for Electron (plain Node, no TypeScript
 * compiled on the fly, whose compiler alone costs ~100 MB of RSS), in a process of their own.
 */
export async function benchIngest(corporaDir: string): Promise<Record<string, number>> {
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-electron.mjs')], { stdio: 'ignore' });
  const bundle = path.join(repoRoot, 'dist', 'electron', 'bench-ingest.cjs');
  await build({
    entryPoints: [fileURLToPath(import.meta.url)],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    external: ['@lancedb/*', 'apache-arrow', 'pdfjs-dist', 'piscina', 'tesseract.js', '@tesseract.js-data/*', '@napi-rs/*', 'electron', 'esbuild'],
    banner: { js: "const __benchImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__benchImportMetaUrl' },
  });
  try {
    const out = execFileSync(process.execPath, [bundle, corporaDir], { encoding: 'utf8', env: cleanEnv() });
    return JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
  } finally {
    await rm(bundle, { force: true });
  }
}

async function measureIngest(corporaDir: string): Promise<Record<string, number>> {
  const { dir, cleanup } = await tempDataDir('docent-bench-ingest-');
  const app = await createDocent({ dataDir: dir, syncBase: false, env: cleanEnv() });
  try {
    const figures: Record<string, number> = {};
    const pdf = path.join(corporaDir, 'pdf', 'text_normal', 'freeculture.pdf');
    const session = await app.handlers['sessions.current'](undefined);

    const pdfRun = await peakRss(async () => {
      const t0 = performance.now();
      const [result] = await app.ingest.start(session.sid, [{ path: pdf }]).done;
      if (result.status !== 'ready') throw new Error(`freeculture.pdf: ${result.status} ${result.error?.message ?? ''}`);
      return { seconds: (performance.now() - t0) / 1000, pages: result.pages, chunks: result.chunks };
    });
    const pdfBytes = (await stat(pdf)).size;
    figures['freeculture.pdf end-to-end s'] = pdfRun.value.seconds;
    figures['freeculture.pdf pages/s'] = pdfRun.value.pages / pdfRun.value.seconds;
    figures['freeculture.pdf MB/s'] = pdfBytes / 1e6 / pdfRun.value.seconds;
    figures['freeculture.pdf chunks'] = pdfRun.value.chunks;
    figures['freeculture.pdf peak RSS MB'] = pdfRun.peakMb;

    const squadDir = path.join(corporaDir, 'text', 'squad-a');
    const files = (await readdir(squadDir)).filter((n) => n.endsWith('.txt')).map((n) => path.join(squadDir, n));
    let bytes = 0;
    for (const f of files) bytes += (await stat(f)).size;
    const other = await app.handlers['sessions.create']({ title: 'squad' });
    const squadRun = await peakRss(async () => {
      const t0 = performance.now();
      const results = await app.ingest.start(other.sid, files.map((f) => ({ path: f }))).done;
      const failed = results.filter((r) => r.status !== 'ready');
      if (failed.length) throw new Error(`squad-a: ${failed.length} files not ready`);
      return { seconds: (performance.now() - t0) / 1000, chunks: results.reduce((n, r) => n + r.chunks, 0) };
    });
    figures['squad-a (24 files) s'] = squadRun.value.seconds;
    figures['squad-a MB/s'] = bytes / 1e6 / squadRun.value.seconds;
    figures['squad-a chunks'] = squadRun.value.chunks;
    figures['squad-a peak RSS MB'] = squadRun.peakMb;

    const endStart = performance.now();
    await app.handlers['sessions.end']({ sid: session.sid });
    figures['end a session of freeculture.pdf s'] = (performance.now() - endStart) / 1000;
    return figures;
  } finally {
    await app.close();
    await cleanup();
  }
}

// Run as the bundled child: print the figures as one JSON line.
if (process.argv[1]?.endsWith('bench-ingest.cjs')) {
  measureIngest(process.argv[2]).then(
    (figures) => console.log(JSON.stringify(figures)),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
