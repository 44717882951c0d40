// End-to-end ingest into the embedded default (copy → extract in the worker pool → chunk → lexical embed → LanceDB),
// on the corpora's largest PDF and the 24 SQuAD articles: pages/s, MiB/s and peak RSS (MiB, each case in its own process).
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createDocent } from '../electron/app/docent';
import { tempDataDir } from '../tests/helpers/paths';
import { bundledBench, MIB, runAsBenchCase } from './measure';
import { cleanEnv } from '../tests/helpers/clean-env';

const CASES = ['freeculture.pdf', 'squad-a'] as const;
type IngestCase = (typeof CASES)[number];

/**
 * Measures what the app runs (the bundled core and extraction worker), each case in a process of its own: its peak
 * RSS (MiB) is its own, not what an earlier case left behind.
 */
export async function benchIngest(corporaDir: string): Promise<Record<string, number>> {
  const bench = await bundledBench(import.meta.url, 'ingest');
  try {
    const figures: Record<string, number> = {};
    for (const name of CASES) {
      const measured = bench.run([corporaDir, name], cleanEnv());
      Object.assign(figures, measured.figures, { [`${name} peak RSS MiB (own process)`]: measured.peakMiB });
    }
    return figures;
  } finally {
    await bench.dispose();
  }
}

async function measureIngest([corporaDir, which]: string[]): Promise<Record<string, number>> {
  if (!CASES.includes(which as IngestCase)) throw new Error(`no ingest case ${which}`);
  const { dir, cleanup } = await tempDataDir('docent-bench-ingest-');
  const app = await createDocent({ dataDir: dir, syncBase: false, env: cleanEnv() });
  try {
    const figures: Record<string, number> = {};
    const session = await app.handlers['sessions.current'](undefined);
    if (which === 'freeculture.pdf') {
      const pdf = path.join(corporaDir, 'pdf', 'text_normal', 'freeculture.pdf');
      const t0 = performance.now();
      const [result] = await app.ingest.start(session.sid, [{ path: pdf }]).done;
      if (result.status !== 'ready') throw new Error(`freeculture.pdf: ${result.status} ${result.error?.message ?? ''}`);
      const seconds = (performance.now() - t0) / 1000;
      const pdfBytes = (await stat(pdf)).size;
      figures['freeculture.pdf end-to-end s'] = seconds;
      figures['freeculture.pdf pages/s'] = result.pages / seconds;
      figures['freeculture.pdf MiB/s'] = pdfBytes / MIB / seconds;
      figures['freeculture.pdf chunks'] = result.chunks;
      const endStart = performance.now();
      await app.handlers['sessions.end']({ sid: session.sid });
      figures['end a session of freeculture.pdf s'] = (performance.now() - endStart) / 1000;
      return figures;
    }
    const squadDir = path.join(corporaDir, 'text', 'squad-a');
    const files = (await readdir(squadDir)).filter((n) => n.endsWith('.txt')).map((n) => path.join(squadDir, n));
    let bytes = 0;
    for (const f of files) bytes += (await stat(f)).size;
    const t0 = performance.now();
    const results = await app.ingest.start(session.sid, files.map((f) => ({ path: f }))).done;
    const failed = results.filter((r) => r.status !== 'ready');
    if (failed.length) throw new Error(`squad-a: ${failed.length} files not ready`);
    const seconds = (performance.now() - t0) / 1000;
    figures[`squad-a (${files.length} files) s`] = seconds;
    figures['squad-a MiB/s'] = bytes / MIB / seconds;
    figures['squad-a chunks'] = results.reduce((n, r) => n + r.chunks, 0);
    return figures;
  } finally {
    await app.close();
    await cleanup();
  }
}

// Run as the bundled child: one case, its figures and its process's peak RSS printed for the parent.
runAsBenchCase('ingest', measureIngest);
