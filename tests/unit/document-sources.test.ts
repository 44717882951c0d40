// A summary reads a whole document, built on the main thread: its passages (and the offline summary's sentences) are
// built in steps between which the event loop gets its turns, and the result is the one built all at once.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { documentSources, documentSourcesInSlices } from '../../electron/app/chat/document-sources';
import { findRunningLines } from '../../electron/app/chat/passage-context';
import { summarySentences, summarySteps } from '../../electron/app/chat/extractive-summary';
import { runInSlices } from '../../electron/app/slices';
import type { StoredPages } from '../../electron/app/ingest/stored-pages';

const TOPICS = ['lighthouse keepers', 'tide tables', 'harbour pilots', 'fog signals', 'buoy maintenance', 'chart corrections'];

/** A 120-page manual with a running header and a page-number footer on every page. */
function manual(pages = 120): StoredPages {
  return {
    kind: 'pdf',
    pageCount: pages,
    pages: Array.from({ length: pages }, (_, i) => {
      const topic = TOPICS[i % TOPICS.length];
      const body = Array.from({ length: 8 }, (_, k) => `Section ${i + 1}.${k + 1} explains how ${topic} record their duties in the harbour log every single day of the season.`).join(' ');
      return { page: i + 1, text: `HARBOUR OPERATIONS MANUAL\n${body}\n\n${body}\n${i + 1}` };
    }),
  };
}

const DOC = { sid: 'sess', fileId: 'f1', name: 'manual.pdf' };

/** Counts the turns the event loop gets while `work` runs (a callback that keeps re-scheduling itself). */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  try {
    return { result: await work(), turns };
  } finally {
    running = false;
  }
}

describe('a whole document read for a summary', () => {
  test('its passages cover every page in order, without the running header, and the event loop turns while they are built', async () => {
    const stored = manual();
    const running = findRunningLines(stored.pages, stored.kind);
    const { result, turns } = await turnsDuring(() => documentSourcesInSlices(DOC, stored, running, { sliceMs: 0 }));
    assert.deepEqual(result, documentSources(DOC, stored, running), 'the same passages as built all at once');
    assert.ok(turns >= stored.pages.length, `the event loop turned between pages (${turns} turns for ${stored.pages.length} pages)`);
    assert.deepEqual(result.map((s) => s.n), result.map((_, i) => i + 1));
    const covered = new Set(result.flatMap((s) => Array.from({ length: s.pageEnd - s.page + 1 }, (_, k) => s.page + k)));
    assert.equal(covered.size, stored.pages.length, 'every page is read');
    for (let i = 1; i < result.length; i++) assert.ok(result[i].page >= result[i - 1].pageEnd, 'in document order');
    assert.ok(result.every((s) => !s.text.includes('HARBOUR OPERATIONS MANUAL')), 'the running header is blanked');
    // Offsets still designate the stored text: blanking keeps lengths.
    const first = result[0];
    assert.equal(first.text.length, stored.pages[0].text.slice(first.start, first.end).length);
  });

  test('Stop ends the building of the passages part-way', async () => {
    const stored = manual();
    const controller = new AbortController();
    setImmediate(() => controller.abort());
    await assert.rejects(documentSourcesInSlices(DOC, stored, new Set(), { sliceMs: 0, signal: controller.signal }), { name: 'AbortError' });
  });

  test("the offline summary's sentences are chosen in slices too, and are the ones chosen all at once", async () => {
    const stored = manual();
    const sources = documentSources(DOC, stored, findRunningLines(stored.pages, stored.kind));
    const { result, turns } = await turnsDuring(() => runInSlices(summarySteps(sources), { sliceMs: 0 }));
    assert.ok(result.length > 0);
    assert.deepEqual(result, summarySentences(sources));
    assert.ok(turns >= sources.length, `the event loop turned between passages (${turns} turns for ${sources.length} passages)`);
  });
});
