// Hostile files are read away from the main thread: a 100 MB single line comes back from the pool as chunks while its
// page texts stay on disk (they never cross to the main thread), and a hostile batch ends with each file's outcome. How long
// the main thread stalls is a figure, not an assertion: `npm run bench -- responsiveness` prints it (goal < 100 ms).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { createDocent, type DocentApp } from '../../electron/app/docent';
import { createExtractPool } from '../../electron/app/documents/extract-pool';
import { cleanEnv } from '../helpers/clean-env';
import { tempDataDir } from '../helpers/paths';
import * as hostile from '../fixtures/hostile-files';

describe('hostile files are read off the main thread', { timeout: 900_000 }, () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let files: string;

  before(async () => {
    ({ dir, cleanup } = await tempDataDir('docent-responsive-'));
    files = path.join(dir, 'drops');
    await mkdir(files);
  });
  after(async () => cleanup?.());

  test('a 100 MB single-line text comes back as chunks; its page texts are stored by the worker, not sent to the main thread', async () => {
    const text = await hostile.writeSingleLine(files, 'single-line.txt');
    const pool = createExtractPool({ maxThreads: 1 });
    const filesDir = path.join(dir, 'pages');
    await mkdir(filesDir);
    try {
      const value = await pool.extract(text, { storePagesAs: { filesDir, fileId: 'f' } });
      assert.ok(value.chunks.length > 100_000, `only ${value.chunks.length} chunks`);
      assert.equal(value.pagesStored, true);
      assert.equal(value.doc.pages.length, 0, 'the page texts crossed to the main thread');
      assert.ok((await stat(path.join(filesDir, 'f.pages.json'))).size > 90 * 1024 * 1024, 'the page texts were not stored');
    } finally {
      await pool.destroy();
      await rm(text, { force: true });
    }
  });

  test('a hostile batch (10 MB single line, zip bomb, deep HTML, looping PDFs, 1,000 pages) ends with each file’s outcome', async () => {
    const app: DocentApp = await createDocent({ dataDir: path.join(dir, 'data'), syncBase: false, env: cleanEnv() });
    try {
      await app.handlers['settings.set']({ ocr: { enabled: false } });
      const { sid } = await app.handlers['sessions.create']({ title: 'Responsive' });
      const batch = [
        await hostile.writeSingleLine(files, 'line-10mb.txt', 10 * 1024 * 1024),
        await hostile.writeLyingDocxBomb(files, 'bomb-lying.docx', 256 * 1024 ** 2),
        await hostile.writeNestedHtml(files, 'nested.html'),
        await hostile.writeRecursiveXObjectPdf(files, 'loop-xobject.pdf'),
        await hostile.writeCyclicPageTreePdf(files, 'loop-page-tree.pdf'),
        await hostile.writeManyPagesPdf(files, 'pages-1000.pdf', 1000),
        await hostile.writeGoodText(files, 'good.txt'),
      ];
      const results = await app.ingest.start(sid, batch.map((p) => ({ path: p }))).done;
      const byName = new Map(results.map((r) => [r.file, r]));
      assert.equal(results.length, batch.length);
      const outcome = (name: string) => {
        const r = byName.get(name);
        assert.ok(r, `no result for ${name}`);
        return `${r.status}${r.error ? ` ${r.error.code}` : ''}`;
      };
      assert.equal(outcome('line-10mb.txt'), 'ready');
      assert.equal(outcome('bomb-lying.docx'), 'failed too-large');
      assert.equal(outcome('nested.html'), 'ready');
      assert.equal(outcome('loop-xobject.pdf'), 'ready');
      assert.equal(outcome('loop-page-tree.pdf'), 'failed corrupt');
      assert.equal(outcome('pages-1000.pdf'), 'ready');
      assert.equal(byName.get('pages-1000.pdf')!.pages, 1000);
      assert.equal(outcome('good.txt'), 'ready');
      for (const r of results.filter((r) => r.status !== 'ready')) assert.ok(r.error!.message.includes(r.file), `${r.file}: ${r.error!.message}`);
    } finally {
      await app.close();
    }
  });
});
