// Hostile files at full size with OCR on: every PDF of the corpora's broken/, encrypted/ and scanned/ folders and the
// generated ones (empty, binary .txt, DOCX zip bombs of 3.5 GB honest and 1 GB lying, 2 GB sparse .txt/.pdf, a 100 MB
// single line, 10,000 nested elements, 5,000 pages, looping PDFs). Each goes alone with one good file through a fresh
// session; per file: seconds, the process's peak RSS and the main thread's longest event-loop stall.
// Run: `npx tsx -e "import('./bench/hostile-bench.ts').then(m => m.benchHostile('../shared/corpora'))"`.
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createDocent } from '../electron/app/docent';
import { tempDataDir } from '../tests/helpers/paths';
import * as hostile from '../tests/fixtures/hostile-files';
import { peakRss, printTable } from './measure';
import { cleanEnv } from '../tests/helpers/clean-env';

type Maker = (dir: string) => Promise<string>;

const GENERATED: [string, Maker][] = [
  ['empty.txt', (d) => hostile.writeEmpty(d)],
  ['binary.txt', (d) => hostile.writeBinaryAsText(d)],
  ['bomb-honest.docx', (d) => hostile.writeHonestDocxBomb(d)],
  ['bomb-lying.docx', (d) => hostile.writeLyingDocxBomb(d)],
  ['sparse.txt', (d) => hostile.writeSparse(d, 'sparse.txt')],
  ['sparse.pdf', (d) => hostile.writeSparse(d, 'sparse.pdf')],
  ['single-line.txt', (d) => hostile.writeSingleLine(d)],
  ['nested.html', (d) => hostile.writeNestedHtml(d)],
  ['pages-5000.pdf', (d) => hostile.writeManyPagesPdf(d)],
  ['loop-xobject.pdf', (d) => hostile.writeRecursiveXObjectPdf(d)],
  ['loop-page-tree.pdf', (d) => hostile.writeCyclicPageTreePdf(d)],
];

export async function benchHostile(corporaDir: string): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const { dir, cleanup } = await tempDataDir('docent-hostile-bench-');
  const drops = path.join(dir, 'drops');
  await mkdir(drops);
  const app = await createDocent({ dataDir: path.join(dir, 'data'), syncBase: false, env: cleanEnv() });
  try {
    await app.handlers['settings.set']({ ocr: { enabled: true } });
    const corpusFiles: [string, Maker][] = [];
    for (const group of ['broken', 'encrypted', 'scanned']) {
      const folder = path.join(corporaDir, 'pdf', group);
      for (const name of (await readdir(folder).catch(() => [])).sort()) corpusFiles.push([`${group}/${name}`, async () => path.join(folder, name)]);
    }
    const good = await hostile.writeGoodText(drops, 'good.txt');
    // A first small file loads the worker and creates the vector table, so the figures are the files' own.
    const warm = await app.handlers['sessions.create']({ title: 'warm' });
    await app.ingest.start(warm.sid, [{ path: good }]).done;

    for (const [label, make] of [...corpusFiles, ...GENERATED]) {
      const file = await make(drops);
      const { sid } = await app.handlers['sessions.create']({ title: label.slice(0, 100) });
      const histogram = monitorEventLoopDelay({ resolution: 10 });
      histogram.enable();
      const started = performance.now();
      const { value: results, peakMb } = await peakRss(() => app.ingest.start(sid, [{ path: file }, { path: good }]).done);
      const seconds = (performance.now() - started) / 1000;
      histogram.disable();
      const mine = results[0];
      figures[`${label} s`] = seconds;
      figures[`${label} peak RSS MB`] = peakMb;
      figures[`${label} max block ms`] = histogram.max / 1e6;
      figures[`${label} ready`] = mine.status === 'ready' ? 1 : 0;
      console.log(
        `${label}: ${seconds.toFixed(1)} s, peak ${peakMb.toFixed(0)} MB, max block ${(histogram.max / 1e6).toFixed(0)} ms — ${mine.status}` +
          `${mine.error ? `: ${mine.error.message}` : ` (${mine.pages} pages, ${mine.chunks} chunks)`}; good file ${results[1].status}`,
      );
      await app.handlers['sessions.end']({ sid });
      if (file.startsWith(drops)) await rm(file, { force: true });
    }
  } finally {
    await app.close();
    await cleanup();
  }
  return figures;
}

if (process.argv[1]?.endsWith('hostile-bench.ts')) {
  const corpora = process.argv[2] ?? path.resolve('..', 'shared', 'corpora');
  process.env.LANCEDB_LOG ??= 'error';
  benchHostile(corpora).then((f) => printTable('hostile', f));
}
