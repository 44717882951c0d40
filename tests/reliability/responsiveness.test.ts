// The main thread never blocks for more than 100 ms while hostile files are ingested: it keeps the IPC and the UI's
// events flowing. What is measured is the longest single stall of the event loop (perf_hooks' event-loop delay at a
// 10 ms resolution), not throughput, so a busy 2-core machine only slows the batch down.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createDocent, type DocentApp } from '../../electron/app/docent';
import { createExtractPool } from '../../electron/app/documents/extract-pool';
import { tempDataDir } from '../helpers/paths';
import * as hostile from '../fixtures/hostile-files';

const MAX_BLOCK_MS = 100;

/** Runs `work` while sampling the event loop; returns its result and the longest stall in ms. */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; maxBlockMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  try {
    const value = await work();
    return { value, maxBlockMs: histogram.max / 1e6 };
  } finally {
    histogram.disable();
  }
}

describe('main-thread responsiveness under hostile files', { timeout: 120_000 }, () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let files: string;

  before(async () => {
    ({ dir, cleanup } = await tempDataDir('docent-responsive-'));
    files = path.join(dir, 'drops');
    await mkdir(files);
  });
  after(async () => cleanup?.());

  test('receiving the chunks and pages of a 100 MB single-line text from the pool never blocks 100 ms', async () => {
    const text = await hostile.writeSingleLine(files, 'single-line.txt');
    const pool = createExtractPool({ maxThreads: 1 });
    const filesDir = path.join(dir, 'pages');
    await mkdir(filesDir);
    try {
      // The first use loads the worker's modules; that is start-up, not the file.
      await pool.extract(await hostile.writeGoodText(files, 'warm.txt'));
      const { value, maxBlockMs } = await measured(() => pool.extract(text, { storePagesAs: { filesDir, fileId: 'f' } }));
      assert.ok(value.chunks.length > 100_000, `only ${value.chunks.length} chunks`);
      assert.equal(value.pagesStored, true);
      assert.ok(maxBlockMs < MAX_BLOCK_MS, `the main thread was blocked for ${maxBlockMs.toFixed(0)} ms`);
    } finally {
      await pool.destroy();
      await rm(text, { force: true });
    }
  });

  test('ingesting a hostile batch (10 MB single line, zip bombs, deep HTML, looping PDFs) never blocks 100 ms', async () => {
    const app: DocentApp = await createDocent({ dataDir: path.join(dir, 'data'), syncBase: false, env: {} });
    try {
      await app.handlers['settings.set']({ ocr: { enabled: false } });
      const { sid } = await app.handlers['sessions.create']({ title: 'Responsive' });
      // Start-up (worker modules, the vector table's creation) is warmed by one small file first.
      await app.ingest.start(sid, [{ path: await hostile.writeGoodText(files, 'warm.txt', 'warm') }]).done;
      const batch = [
        await hostile.writeSingleLine(files, 'line-10mb.txt', 10 * 1024 * 1024),
        await hostile.writeLyingDocxBomb(files, 'bomb-lying.docx', 256 * 1024 ** 2),
        await hostile.writeNestedHtml(files, 'nested.html'),
        await hostile.writeRecursiveXObjectPdf(files, 'loop-xobject.pdf'),
        await hostile.writeCyclicPageTreePdf(files, 'loop-page-tree.pdf'),
        await hostile.writeManyPagesPdf(files, 'pages-1000.pdf', 1000),
        await hostile.writeGoodText(files, 'good.txt'),
      ];
      const { value: results, maxBlockMs } = await measured(() => app.ingest.start(sid, batch.map((p) => ({ path: p }))).done);
      const status = Object.fromEntries(results.map((r) => [r.file, r.status]));
      assert.equal(status['line-10mb.txt'], 'ready');
      assert.equal(status['good.txt'], 'ready');
      assert.equal(status['bomb-lying.docx'], 'failed');
      assert.ok(maxBlockMs < MAX_BLOCK_MS, `the main thread was blocked for ${maxBlockMs.toFixed(0)} ms`);
    } finally {
      await app.close();
    }
  });
});
