// `npm run bench -- bulk`: thousands of files and multi-megabyte texts, on the app's own path (the bundled core and
// extraction worker, in a process of their own, with the base library indexed first as at every start).
//   - 5,000 generated notes of 1–2 KB in one folder, added as a folder; the same text as one file
//     target: the folder within 3× of the one file; the first and the last 1,000 files within 1.3× of each other
//   - books (wrapped lines, blank-line paragraphs) and articles (long paragraphs) of 1 MB and 8 MB
//     target: 8 MB within 10× of 1 MB
//   - peak RSS of the whole run (workers are threads of the process)            target: under 600 MB
//   - hybrid search p95 once the session holds 10,000 documents                 target: under 100 ms
//   - opening that session (the main process's side of switching to it)
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { createDocent, type DocentApp } from '../electron/app/docent';
import { repoRoot, tempDataDir } from '../tests/helpers/paths';
import { TextWriter } from '../tests/fixtures/generated-text';
import { percentile } from './measure';

const NOTES = Number(process.env.DOCENT_BENCH_NOTES ?? 5000);
const MB = 1024 * 1024;

export async function benchBulk(): Promise<Record<string, number>> {
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-electron.mjs')], { stdio: 'ignore' });
  const bundle = path.join(repoRoot, 'dist', 'electron', 'bench-bulk.cjs');
  await build({
    entryPoints: [fileURLToPath(import.meta.url)],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    external: ['@lancedb/*', 'apache-arrow', 'pdfjs-dist', 'piscina', 'tesseract.js', '@tesseract.js-data/*', '@napi-rs/*', 'electron', 'esbuild', 'node-llama-cpp', '@huggingface/*', 'onnxruntime-node'],
    banner: { js: "const __benchImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__benchImportMetaUrl' },
  });
  try {
    const out = execFileSync(process.execPath, [bundle], { encoding: 'utf8', env: { ...process.env, LANCEDB_LOG: 'error' }, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * MB });
    return JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
  } finally {
    await rm(bundle, { force: true });
  }
}

interface Corpus {
  notes: string;
  moreNotes: string;
  oneFile: string;
  books: Record<'book 1 MB' | 'book 8 MB' | 'article 1 MB' | 'article 8 MB', string>;
  /** Queries taken from the notes' own sentences, with the note they came from. */
  queries: { text: string; note: string }[];
}

async function writeCorpus(dir: string): Promise<Corpus> {
  const writer = new TextWriter(0xb01c);
  const notes = path.join(dir, 'notes');
  const moreNotes = path.join(dir, 'more-notes');
  await mkdir(notes, { recursive: true });
  await mkdir(moreNotes, { recursive: true });
  const all: string[] = [];
  const queries: Corpus['queries'] = [];
  for (let i = 0; i < NOTES; i++) {
    const text = writer.note(i);
    all.push(text);
    const name = `note-${String(i).padStart(5, '0')}.txt`;
    await writeFile(path.join(notes, name), text);
    if (i % 97 === 0) queries.push({ text: text.split(/[.\n]/)[1]?.trim().split(' ').slice(0, 6).join(' ') ?? '', note: name });
  }
  for (let i = 0; i < NOTES; i++) await writeFile(path.join(moreNotes, `more-${String(i).padStart(5, '0')}.txt`), writer.note(NOTES + i));
  const oneFile = path.join(dir, 'all-notes.txt');
  await writeFile(oneFile, all.join('\n\n'));
  const books = {
    'book 1 MB': path.join(dir, 'book-1mb.txt'),
    'book 8 MB': path.join(dir, 'book-8mb.txt'),
    'article 1 MB': path.join(dir, 'article-1mb.txt'),
    'article 8 MB': path.join(dir, 'article-8mb.txt'),
  };
  await writeFile(books['book 1 MB'], writer.book(MB));
  await writeFile(books['book 8 MB'], writer.book(8 * MB));
  await writeFile(books['article 1 MB'], writer.article(MB));
  await writeFile(books['article 8 MB'], writer.article(8 * MB));
  return { notes, moreNotes, oneFile, books, queries: queries.filter((q) => q.text.split(' ').length >= 3) };
}

/** One job; the time each file finished, from the job's start. */
async function timedJob(app: DocentApp, sid: string, entries: { path: string }[]): Promise<{ seconds: number; finishedAt: number[]; ready: number; failed: number }> {
  const finishedAt: number[] = [];
  const started = performance.now();
  let jobId = '';
  const off = app.onEvent('ingest', (e) => {
    if (e.type === 'file-done' && e.jobId === jobId) finishedAt.push((performance.now() - started) / 1000);
  });
  const job = app.ingest.start(sid, entries);
  jobId = job.jobId;
  const results = await job.done;
  off();
  const failed = results.filter((r) => r.status !== 'ready');
  if (failed.length) console.error(`bench bulk: ${failed.length} files not ready, e.g. ${JSON.stringify(failed[0])}`);
  return { seconds: (performance.now() - started) / 1000, finishedAt, ready: results.length - failed.length, failed: failed.length };
}

async function measureBulk(): Promise<Record<string, number>> {
  const { dir, cleanup } = await tempDataDir('docent-bench-bulk-');
  const figures: Record<string, number> = {};
  try {
    const corpus = await writeCorpus(path.join(dir, 'corpus'));
    // Resident memory sampled all along (workers are threads, so they are included), its peak kept per phase.
    let phasePeak = 0;
    let overallPeak = 0;
    const sampler = setInterval(() => {
      const rss = process.memoryUsage().rss;
      phasePeak = Math.max(phasePeak, rss);
      overallPeak = Math.max(overallPeak, rss);
    }, 20);
    const phase = (label: string) => {
      figures[`peak RSS during ${label} MB`] = Math.max(phasePeak, process.memoryUsage().rss) / 1e6;
      phasePeak = 0;
    };
    const app = await createDocent({ dataDir: path.join(dir, 'data'), env: {} });
    try {
      // As at every start: the base library is indexed first (the worker pool and the table are warm).
      await app.baseSynced();
      phase('start');

      const folderSession = (await app.handlers['sessions.create']({ title: 'Folder' })).sid;
      const folder = await timedJob(app, folderSession, [{ path: corpus.notes }]);
      const t = folder.finishedAt;
      figures[`folder of ${NOTES} notes s`] = folder.seconds;
      figures['folder files ready'] = folder.ready;
      figures['folder files/s'] = folder.ready / folder.seconds;
      if (t.length >= 2000) {
        figures['first 1,000 files s'] = t[999];
        figures['last 1,000 files s'] = t[t.length - 1] - t[t.length - 1001];
        figures['last / first 1,000 (target ≤ 1.3)'] = figures['last 1,000 files s'] / figures['first 1,000 files s'];
      }
      phase('the folder');

      const oneSession = (await app.handlers['sessions.create']({ title: 'One file' })).sid;
      const one = await timedJob(app, oneSession, [{ path: corpus.oneFile }]);
      figures['the same text as one file s'] = one.seconds;
      figures['folder / one file (target ≤ 3)'] = folder.seconds / one.seconds;
      phase('the one file');

      for (const [label, file] of Object.entries(corpus.books)) {
        const sid = (await app.handlers['sessions.create']({ title: label })).sid;
        figures[`${label} s`] = (await timedJob(app, sid, [{ path: file }])).seconds;
      }
      figures['book 8 MB / 1 MB (target ≤ 10)'] = figures['book 8 MB s'] / figures['book 1 MB s'];
      figures['article 8 MB / 1 MB (target ≤ 10)'] = figures['article 8 MB s'] / figures['article 1 MB s'];
      phase('books and articles');

      // 10,000 documents in one session, then questions on the app's search path (hybrid, with the base library).
      const more = await timedJob(app, folderSession, [{ path: corpus.moreNotes }]);
      figures[`second folder of ${NOTES} (into ${NOTES} documents) s`] = more.seconds;
      const open = performance.now();
      const view = await app.handlers['sessions.open']({ sid: folderSession });
      figures[`open a session of ${view.documents.length} documents ms`] = performance.now() - open;
      const latencies: number[] = [];
      const storeLatencies: number[] = [];
      let found = 0;
      for (const q of corpus.queries) {
        const started = performance.now();
        const hits = await app.chat.search(folderSession, q.text, 10);
        latencies.push(performance.now() - started);
        if (hits.some((h) => h.fileName.endsWith(q.note))) found++;
        // The store's own hybrid query, without the app's ranking around it.
        const [vector] = await app.embedder().embed([q.text], { kind: 'query' });
        const before = performance.now();
        await app.store().query({ vector, text: q.text, sids: ['base', folderSession], k: 30 });
        storeLatencies.push(performance.now() - before);
      }
      figures['store hybrid query p95 ms'] = percentile(storeLatencies, 95);
      figures[`search at ${view.documents.length} documents: queries`] = latencies.length;
      figures['search p50 ms'] = percentile(latencies, 50);
      figures['search p95 ms (target < 100)'] = percentile(latencies, 95);
      figures["search: the query's own note in the top 10"] = found / latencies.length;
      phase('10,000 documents and search');
    } finally {
      await app.close();
      clearInterval(sampler);
    }
    figures['peak RSS MB (target < 600)'] = overallPeak / 1e6;
    return figures;
  } finally {
    await cleanup();
  }
}

// Run as the bundled child: print the figures as one JSON line.
if (process.argv[1]?.endsWith('bench-bulk.cjs')) {
  measureBulk().then(
    (figures) => console.log(JSON.stringify(figures)),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
