// Office files through the extraction pool: the worker thread sniffs, extracts and chunks them,
// progress comes per slide, labels and row positions survive the trip, and a damaged file fails alone.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createExtractPool, type ExtractPool } from '../../electron/app/documents/extract-pool';
import { describeChunk } from '../../electron/app/documents/location';
import { ExtractError } from '../../electron/app/documents/types';
import { tempDataDir } from '../helpers/paths';
import { makePptx } from '../fixtures/make-pptx';
import { makeXlsx } from '../fixtures/make-xlsx';

describe('office files in the extract pool', () => {
  let pool: ExtractPool;
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => {
    ({ dir, cleanup } = await tempDataDir('docent-office-pool-'));
    pool = createExtractPool({ maxThreads: 1 });
  });
  after(async () => {
    await pool.destroy();
    await cleanup();
  });

  test('slides with progress, sheet rows with citations, a damaged file alone refused', async () => {
    const deck = path.join(dir, 'deck.pptx');
    await writeFile(deck, makePptx({ slides: [{ title: 'One', body: ['alpha'] }, { title: 'Two', body: ['beta'], notes: 'gamma' }, { title: 'Three' }] }));
    const cells: Record<string, string | number> = { A1: 'City', B1: 'People' };
    for (let r = 2; r <= 40; r++) Object.assign(cells, { [`A${r}`]: `city${r}`, [`B${r}`]: r * 1000 });
    const book = path.join(dir, 'towns.xlsx');
    await writeFile(book, makeXlsx({ sheets: [{ name: 'Towns', cells }] }));
    const broken = path.join(dir, 'broken.pptx');
    const bytes = makePptx({ slides: [{ title: 'x' }] });
    await writeFile(broken, bytes.subarray(0, bytes.length >> 1));

    const progress: [number, number][] = [];
    const [a, b, c] = await Promise.allSettled([
      pool.extract(deck, { onProgress: (d, t) => progress.push([d, t]) }),
      pool.extract(book, { chunking: { size: 200, overlap: 0 } }),
      pool.extract(broken),
    ]);
    assert.equal(a.status, 'fulfilled');
    const deckResult = (a as PromiseFulfilledResult<Awaited<ReturnType<ExtractPool['extract']>>>).value;
    assert.deepEqual(progress, [[1, 3], [2, 3], [3, 3]]);
    assert.equal(deckResult.doc.pages[1].text, 'Two\n\nbeta\n\nNotes: gamma');
    // A chunk may run from one slide into the next; its citation then names both.
    assert.match(describeChunk(deckResult.doc, deckResult.chunks.find((ch) => ch.text.includes('gamma'))!), /^(slide 1 – )?slide 2$/);

    assert.equal(b.status, 'fulfilled');
    const { doc, chunks } = (b as PromiseFulfilledResult<Awaited<ReturnType<ExtractPool['extract']>>>).value;
    assert.ok(chunks.length > 2);
    const last = chunks[chunks.length - 1];
    assert.match(describeChunk(doc, last), /^sheet Towns, rows \d+–40$/);

    assert.equal(c.status, 'rejected');
    const err = (c as PromiseRejectedResult).reason;
    assert.ok(err instanceof ExtractError);
    assert.equal(err.code, 'corrupt');
    assert.match(err.message, /^broken\.pptx: damaged PowerPoint file/);
  });
});
