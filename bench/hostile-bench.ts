// Hostile files at full size with OCR on: every PDF of the corpora's broken/, encrypted/ and scanned/ folders and the
// generated ones (empty, binary .txt, DOCX zip bombs of 3.5 GB honest and 1 GB lying, 2 GB sparse .txt/.pdf, a 100 MB
// single line, 10,000 nested elements, 5,000 pages, looping PDFs). Each goes alone with one good file through a fresh
// session, in a process of its own; per file: seconds, that process's peak RSS (MiB) and the main thread's longest
// event-loop stall.
// Run: `npx tsx -e "import('./bench/hostile-bench.ts').then(m => m.benchHostile('../shared/corpora'))"`.
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createDocent } from '../electron/app/docent';
import { tempDataDir } from '../tests/helpers/paths';
import * as hostile from '../tests/fixtures/hostile-files';
import { bundledBench, printTable, runAsBenchCase } from './measure';
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

/** Every case's label: the corpora's hostile PDFs, then the generated files. */
async function caseLabels(corporaDir: string): Promise<string[]> {
  const labels: string[] = [];
  for (const group of CORPUS_GROUPS) {
    for (const name of (await readdir(path.join(corporaDir, 'pdf', group)).catch(() => [] as string[])).sort()) labels.push(`${group}/${name}`);
  }
  return [...labels, ...GENERATED.map(([label]) => label)];
}

const CORPUS_GROUPS = ['broken', 'encrypted', 'scanned'];

/**
 * Each file in a process of its own (the app bundled as it ships), so its peak RSS (MiB) is its own and not what the
 * files before it left behind. DOCENT_BENCH_HOSTILE=label,label runs only those.
 */
export async function benchHostile(corporaDir: string): Promise<Record<string, number>> {
  const only = process.env.DOCENT_BENCH_HOSTILE?.split(',').filter(Boolean);
  const labels = (await caseLabels(corporaDir)).filter((label) => !only || only.includes(label));
  const figures: Record<string, number> = {};
  const bench = await bundledBench(import.meta.url, 'hostile');
  try {
    for (const label of labels) {
      const measured = bench.run([corporaDir, label], cleanEnv());
      Object.assign(figures, measured.figures, { [`${label} peak RSS MiB (own process)`]: measured.peakMiB });
    }
  } finally {
    await bench.dispose();
  }
  return figures;
}

/** One case, in the bundled child: a warm app (OCR on), then the file alone with one good file in a fresh session. */
async function measureCase([corporaDir, label]: string[]): Promise<Record<string, number>> {
  const generated = GENERATED.find(([name]) => name === label)?.[1];
  const make: Maker | undefined = generated ?? (CORPUS_GROUPS.includes(label.split('/')[0]) ? async () => path.join(corporaDir, 'pdf', label) : undefined);
  if (!make) throw new Error(`no hostile case ${label}`);
  const figures: Record<string, number> = {};
  const { dir, cleanup } = await tempDataDir('docent-hostile-bench-');
  const drops = path.join(dir, 'drops');
  await mkdir(drops);
  const app = await createDocent({ dataDir: path.join(dir, 'data'), syncBase: false, env: cleanEnv() });
  try {
    await app.handlers['settings.set']({ ocr: { enabled: true } });
    const good = await hostile.writeGoodText(drops, 'good.txt');
    // A first small file loads the worker and creates the vector table, as in an app that has been running.
    const warm = await app.handlers['sessions.create']({ title: 'warm' });
    await app.ingest.start(warm.sid, [{ path: good }]).done;

    const file = await make(drops);
    const { sid } = await app.handlers['sessions.create']({ title: label.slice(0, 100) });
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
    const started = performance.now();
    const results = await app.ingest.start(sid, [{ path: file }, { path: good }]).done;
    const seconds = (performance.now() - started) / 1000;
    histogram.disable();
    const mine = results[0];
    figures[`${label} s`] = seconds;
    figures[`${label} max block ms`] = histogram.max / 1e6;
    figures[`${label} ready`] = mine.status === 'ready' ? 1 : 0;
    console.error(
      `${label}: ${seconds.toFixed(1)} s, max block ${(histogram.max / 1e6).toFixed(0)} ms — ${mine.status}` +
        `${mine.error ? `: ${mine.error.message}` : ` (${mine.pages} pages, ${mine.chunks} chunks)`}; good file ${results[1].status}`,
    );
  } finally {
    await app.close();
    await cleanup();
  }
  return figures;
}

runAsBenchCase('hostile', measureCase);

if (process.argv[1]?.endsWith('hostile-bench.ts')) {
  const corpora = process.argv[2] ?? path.resolve('..', 'shared', 'corpora');
  process.env.LANCEDB_LOG ??= 'error';
  benchHostile(corpora).then((f) => printTable('hostile', f));
}
