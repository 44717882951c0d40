// `npm run bench -- window`: the window with thousands of documents, in Chromium through the browser host (the built
// renderer, the real core). A session of 5,000 documents (DOCENT_BENCH_NOTES) and a small one; the figure is the time
// from the click on the big session in the sidebar to its documents list showing its first rows, measured in the page
// (performance.now() around the click, polled each animation frame), switching back and forth.
//   target: first rows within 300 ms
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { TextWriter } from '../tests/fixtures/generated-text';
import { tempDataDir } from '../tests/helpers/paths';
import { chromiumSkip } from '../tests/e2e/helpers/browser';
import { startUi } from '../tests/e2e/helpers/ui-harness';
import { percentile } from './measure';

const NOTES = Number(process.env.DOCENT_BENCH_NOTES ?? 5000);
const SWITCHES = 12;

export async function benchWindow(): Promise<Record<string, number>> {
  if (chromiumSkip) throw new Error(chromiumSkip);
  const { dir, cleanup } = await tempDataDir('docent-bench-window-');
  const ui = await startUi({ viewport: { width: 1280, height: 800 } });
  try {
    const folder = path.join(dir, 'notes');
    await mkdir(folder, { recursive: true });
    const writer = new TextWriter(0x3a1);
    for (let i = 0; i < NOTES; i++) await writeFile(path.join(folder, `note-${String(i).padStart(5, '0')}.txt`), writer.note(i, 300, 700));
    const big = (await ui.core.handlers['sessions.create']({ title: 'Thousands' })).sid;
    const results = await ui.core.ingest.start(big, [{ path: folder }]).done;
    const ready = results.filter((r) => r.status === 'ready').length;
    const small = (await ui.core.handlers['sessions.create']({ title: 'Small' })).sid;
    await writeFile(path.join(dir, 'one.txt'), writer.note(NOTES + 1, 300, 700));
    await ui.core.ingest.start(small, [{ path: path.join(dir, 'one.txt') }]).done;

    const { page } = ui;
    await page.reload();
    await page.getByTestId('session-list').waitFor({ state: 'attached' });
    const toBig: number[] = [];
    for (let i = 0; i < SWITCHES; i++) {
      await page.locator('.session-open', { hasText: 'Small' }).click();
      await page.locator('[data-testid="document-list"][data-count="1"] [data-testid="document-item"]').first().waitFor();
      // A string, not a function: the bench runs through tsx, whose helper names would not exist in the page.
      toBig.push(await page.evaluate<number>(`new Promise((resolve) => {
        const button = [...document.querySelectorAll('.session-open')].find((b) => b.textContent.includes('Thousands'));
        const started = performance.now();
        button.click();
        (function shown() {
          const list = document.querySelector('[data-testid="document-list"][data-count="${ready}"]');
          if (list && list.querySelector('[data-testid="document-item"]')) resolve(performance.now() - started);
          else requestAnimationFrame(shown);
        })();
      })`));
    }
    // Of that, the request to main: sessions.open's round trip and the size of its answer (the session with its documents).
    const requests = await page.evaluate<{ duration: number; bytes: number }[]>(
      `performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/invoke/sessions.open')).map((e) => ({ duration: e.duration, bytes: e.decodedBodySize }))`,
    );
    return {
      'documents in the big session': ready,
      'sessions.open request p50 ms': percentile(requests.map((r) => r.duration), 50),
      'sessions.open answer KiB (largest)': Math.max(0, ...requests.map((r) => r.bytes)) / 1024,
      [`switches measured`]: toBig.length,
      'first rows shown p50 ms': percentile(toBig, 50),
      'first rows shown p95 ms (target ≤ 300)': percentile(toBig, 95),
      'first rows shown max ms': Math.max(...toBig),
      'page errors': ui.takeErrors().length,
    };
  } finally {
    await ui.close();
    await cleanup();
  }
}
