// Cancel during OCR, through the ingest service as the window drives it: an image full of text is being read by OCR
// (its extraction stage, the only one an image has before chunking) when the user cancels it; the file ends cancelled,
// nothing of it is left in the session (no document, no vector, no copy, no page text), and the next file is added.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDocent } from '../../electron/app/docent';
import type { IngestEvent } from '../../shared/model';
import { drawText, logbookLines } from '../fixtures/draw-text';
import { checkInvariants } from '../helpers/crash-invariants';
import { cleanEnv } from '../helpers/clean-env';
import { tempDataDir } from '../helpers/paths';
import { nextEvent } from '../helpers/wait';

describe('cancelling a file while OCR reads it', { timeout: 300_000 }, () => {
  test('the file ends cancelled, leaves nothing behind, and the next file is added', async () => {
    const { dir, cleanup } = await tempDataDir('docent-ocr-cancel-');
    const dataDir = path.join(dir, 'data');
    const app = await createDocent({ dataDir, env: cleanEnv(), syncBase: false });
    try {
      assert.equal(app.settings.resolved().ocr.enabled, true, 'OCR is on by default');
      const image = path.join(dir, 'logbook.png');
      await writeFile(image, (await drawText(logbookLines(), 'png')).bytes);
      const { sid } = await app.handlers['sessions.current'](undefined);
      const events: IngestEvent[] = [];
      app.onEvent('ingest', (e) => events.push(e));

      const reading = nextEvent(app, 'ingest', (e) => e.type === 'progress' && e.fileName === 'logbook.png' && e.stage === 'extract', 'OCR to start');
      const { jobId, done } = app.ingest.start(sid, [{ path: image }]);
      const stages = () => events.flatMap((e) => (e.type === 'progress' && e.jobId === jobId ? [e.stage] : []));
      await reading;
      // Well into the OCR of a page that takes seconds: the worker is reading it.
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.deepEqual(stages().filter((s) => s !== 'queued' && s !== 'copy' && s !== 'extract'), [], 'still reading the image when cancelled');
      assert.equal(app.ingest.cancel(jobId), true);
      const [result] = await done;
      assert.equal(result.status, 'cancelled', JSON.stringify(result.error));
      assert.deepEqual(stages().filter((s) => s === 'chunk' || s === 'embed' || s === 'store'), [], 'nothing after the OCR ran');

      const session = await app.handlers['sessions.current'](undefined);
      assert.deepEqual(session.documents.map((d) => d.name), [], 'no document is left');
      assert.equal(await app.store().countSession(sid), 0, 'no vector is left');
      assert.deepEqual(await readdir(app.sessions.filesDir(sid)).catch(() => []), [], 'no copy or page text is left');
      // Read from the LanceDB tables themselves, not through the app's counting.
      assert.deepEqual(await checkInvariants(dataDir), []);

      // The extraction pool took the next file: OCR is not left stuck on the cancelled one.
      const note = path.join(dir, 'harbour.txt');
      await writeFile(note, 'The harbour master rings the bell at noon every day.\n');
      const [next] = await app.ingest.start(sid, [{ path: note }]).done;
      assert.equal(next.status, 'ready', JSON.stringify(next.error));
      assert.equal(await app.store().countSession(sid), next.chunks);
    } finally {
      await app.close();
      await cleanup();
    }
  });
});
