// The extraction pool with real worker threads running the TypeScript worker under tsx: results and
// progress cross the thread boundary, errors come back typed, and one file's time budget or
// cancellation stops that file alone.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractPool, type ExtractPool } from '../../electron/app/documents/extract-pool';
import { ExtractError } from '../../electron/app/documents/types';
import { corpus, corporaSkip } from '../helpers/paths';
import { withTimeout } from '../helpers/wait';
import { readFile } from 'node:fs/promises';

async function rejection(p: Promise<unknown>): Promise<ExtractError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof ExtractError, `expected an ExtractError, got ${String(err)}`);
    return err;
  }
  assert.fail('expected the extraction to fail');
}

describe('extract pool', () => {
  let pool: ExtractPool;
  before(() => {
    pool = createExtractPool({ maxThreads: 2 });
  });
  after(() => pool?.destroy());

  test('extracts and chunks in a worker, reporting progress per page', { skip: corporaSkip }, async () => {
    const progress: [number, number][] = [];
    const { doc, chunks } = await pool.extract(corpus('pdf/text_normal/file_pdfjs_test.pdf'), {
      name: 'Mozilla testing.pdf',
      onProgress: (done, total) => progress.push([done, total]),
      chunking: { size: 500, overlap: 0.1 },
    });
    assert.equal(doc.pageCount, 5);
    assert.deepEqual(progress, [1, 2, 3, 4, 5].map((n) => [n, 5]));
    assert.ok(chunks.length > 5);
    for (const c of chunks) {
      assert.ok(c.text.length <= 500);
      if (c.page === c.pageEnd) assert.equal(doc.pages[c.page - 1].text.slice(c.start, c.end), c.text);
    }
  });

  test('errors cross the worker boundary as typed ExtractErrors', { skip: corporaSkip }, async () => {
    const err = await rejection(pool.extract(corpus('pdf/encrypted/issue3371.pdf'), { name: 'secret.pdf' }));
    assert.equal(err.code, 'needs-password');
    assert.match(err.message, /^secret\.pdf: /);
    const { doc } = await pool.extract(corpus('pdf/encrypted/issue6010_1.pdf'), { password: 'abc' });
    assert.match(doc.pages[0].text, /Issue 6010/);
  });

  test('a file over its time budget fails alone while another succeeds', { skip: corporaSkip }, async () => {
    const [slow, quick] = await Promise.allSettled([
      pool.extract(corpus('pdf/text_normal/freeculture.pdf'), { timeoutMs: 50 }),
      pool.extract(corpus('docx/mammoth/tables.docx')),
    ]);
    assert.equal(slow.status, 'rejected');
    const err = (slow as PromiseRejectedResult).reason;
    assert.ok(err instanceof ExtractError);
    assert.equal(err.code, 'timeout');
    assert.equal(err.message, 'freeculture.pdf: took longer than 50 ms; stopped');
    assert.equal(quick.status, 'fulfilled');
    // The pool replaced the stopped worker and keeps working.
    const again = await pool.extract(corpus('docx/mammoth/simple-list.docx'));
    assert.equal(again.doc.pages[0].text, '- Apple\n- Banana');
  });

  test('cancelling stops the file with cancelled', { skip: corporaSkip }, async () => {
    const stop = new AbortController();
    const running = pool.extract(corpus('pdf/text_normal/freeculture.pdf'), {
      signal: stop.signal,
      onProgress: (done) => {
        if (done === 3) stop.abort();
      },
    });
    const err = await rejection(running);
    assert.equal(err.code, 'cancelled');
    assert.match(err.message, /^freeculture\.pdf: cancelled/);

    const already = new AbortController();
    already.abort();
    assert.equal((await rejection(pool.extract(corpus('docx/mammoth/tables.docx'), { signal: already.signal }))).code, 'cancelled');
  });

  test('files waiting behind a cancelled one still run: cancelling a waiting file, then the running one, stalls nothing', { skip: corporaSkip }, async () => {
    // What ending a session during a big drop does to the shared pool: its waiting files are cancelled, then its file
    // in progress. The other sessions' files queued behind them must still be extracted (piscina 5 left them queued
    // forever when a waiting task was aborted before the running one: piscinajs/piscina#805).
    const own = createExtractPool({ maxThreads: 1 });
    try {
      const running = new AbortController();
      const waiting = new AbortController();
      let started!: () => void;
      const onPage = new Promise<void>((resolve) => (started = resolve));
      const first = own.extract(corpus('pdf/text_normal/freeculture.pdf'), { signal: running.signal, onProgress: () => started() });
      const second = own.extract(corpus('docx/mammoth/tables.docx'), { signal: waiting.signal });
      const third = own.extract(corpus('docx/mammoth/simple-list.docx'));
      await withTimeout(onPage, 'the first file to start');
      waiting.abort();
      running.abort();
      assert.equal((await rejection(second)).code, 'cancelled');
      assert.equal((await rejection(first)).code, 'cancelled');
      const { doc } = await withTimeout(third, 'the file queued behind the cancelled ones');
      assert.equal(doc.pages[0].text, '- Apple\n- Banana');
    } finally {
      await own.destroy();
    }
  });

  test('a small file given as its bytes is extracted from them, and fails alone with its name', async () => {
    // The caller (ingest) has just copied the file: the worker takes the bytes and does not read the path again.
    const note = new TextEncoder().encode('Minutes of the garden club.\n\nThe compost heap moves to the north corner.\n');
    const { doc, chunks } = await pool.extract('/nowhere/no-such-file.txt', { name: 'minutes.txt', bytes: note, chunking: { size: 500, overlap: 0.1 } });
    assert.equal(doc.kind, 'text');
    assert.match(doc.pages[0].text, /compost heap moves to the north corner/);
    assert.equal(chunks.length, 1);
    const empty = await rejection(pool.extract('/nowhere/empty.txt', { name: 'empty.txt', bytes: new Uint8Array(0) }));
    assert.equal(empty.code, 'no-text');
    assert.match(empty.message, /^empty\.txt: /);
    const binary = await rejection(pool.extract('/nowhere/blob.txt', { name: 'blob.txt', bytes: new Uint8Array(4096).fill(0) }));
    assert.equal(binary.code, 'unsupported-type');
    assert.match(binary.message, /^blob\.txt: /);
  });

  test('a small PDF given as its bytes still reports its pages one by one (it may need OCR, with its own budgets)', { skip: corporaSkip }, async () => {
    const bytes = new Uint8Array(await readFile(corpus('pdf/text_normal/issue11913.pdf')));
    const progress: [number, number][] = [];
    const { doc } = await pool.extract('/nowhere/issue11913.pdf', { bytes, onProgress: (done, total) => progress.push([done, total]) });
    assert.equal(doc.kind, 'pdf');
    assert.ok(doc.pageCount >= 1);
    assert.deepEqual(progress.at(-1), [doc.pageCount, doc.pageCount]);
  });

  test('a small file waiting for a worker can be cancelled, and the next one still runs', { skip: corporaSkip }, async () => {
    const own = createExtractPool({ maxThreads: 1 });
    try {
      let started!: () => void;
      const onPage = new Promise<void>((resolve) => (started = resolve));
      const busy = own.extract(corpus('pdf/text_normal/freeculture.pdf'), { onProgress: () => started() });
      await withTimeout(onPage, 'the first file to start');
      const waiting = new AbortController();
      const cancelled = own.extract('/nowhere/a.txt', { name: 'a.txt', bytes: new TextEncoder().encode('first note'), signal: waiting.signal });
      const next = own.extract('/nowhere/b.txt', { name: 'b.txt', bytes: new TextEncoder().encode('second note') });
      waiting.abort();
      const err = await rejection(cancelled);
      assert.equal(err.code, 'cancelled');
      assert.match(err.message, /^a\.txt: cancelled/);
      await withTimeout(busy, 'the first file');
      const { doc } = await withTimeout(next, 'the small file queued behind the cancelled one');
      assert.equal(doc.pages[0].text, 'second note');
    } finally {
      await own.destroy();
    }
  });

  test('a destroyed pool refuses new work', { skip: corporaSkip }, async () => {
    const own = createExtractPool({ maxThreads: 1 });
    await own.destroy();
    assert.equal((await rejection(own.extract(corpus('docx/mammoth/tables.docx')))).code, 'cancelled');
  });
});
