// Stopping work in the middle of big drops, on real LanceDB: cancelling a job stops the files still waiting their
// turn (not only the two being processed), one file can be cancelled by its id, and ending sessions while their
// drops run stops those drops at once and leaves nothing behind, while the other sessions' drops finish.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDocent, type DocentApp } from '../../electron/app/docent';
import type { FileResult } from '../../electron/app/ingest/ingest-service';
import { countSessionLeftovers } from '../../electron/app/sessions/leftovers';
import type { IngestEvent } from '../../shared/model';
import { checkInvariants } from '../helpers/crash-invariants';
import { cleanEnv } from '../helpers/clean-env';
import { tempDataDir } from '../helpers/paths';

const FILES = 8;
/** Files of one job copied and extracted at once (the ingest service's default). */
const FILES_AT_ONCE = 4;

describe('stopping big drops', () => {
  let tmp: { dir: string; cleanup: () => Promise<void> };
  let app: DocentApp;

  before(async () => {
    tmp = await tempDataDir('docent-load-cancel-');
    app = await createDocent({ dataDir: path.join(tmp.dir, 'data'), env: cleanEnv(), syncBase: false });
  });
  after(async () => {
    await app?.close();
    await tmp?.cleanup();
  });

  let corpus = 0;
  /** FILES small documents that exist nowhere else. */
  async function drop(): Promise<{ path: string }[]> {
    const dir = path.join(tmp.dir, 'incoming', String(corpus++));
    await mkdir(dir, { recursive: true });
    const files = [];
    for (let i = 0; i < FILES; i++) {
      const file = path.join(dir, `note-${corpus}-${i}.md`);
      await writeFile(file, `# Note ${corpus}-${i}\n\nThe ledger of batch ${corpus} lists item ${i} with ${corpus * 97 + i} crates.\n`);
      files.push({ path: file });
    }
    return files;
  }

  /** Calls `react` from inside the event (synchronously, before the ingest goes on) once `when` first holds. */
  function onFirstIngestEvent(when: (e: IngestEvent) => boolean, react: (e: IngestEvent) => void): () => void {
    let fired = false;
    const off = app.onEvent('ingest', (event) => {
      if (fired || !when(event)) return;
      fired = true;
      react(event);
    });
    return off;
  }

  async function assertConsistent(sid: string, results: FileResult[]): Promise<void> {
    const session = await app.sessions.get(sid);
    const ready = results.filter((r) => r.status === 'ready');
    assert.deepEqual(session.documents.map((d) => d.fileId).sort(), ready.map((r) => r.fileId).sort(), 'exactly the ready files are listed');
    assert.equal(await app.store().countSession(sid), ready.reduce((sum, r) => sum + r.chunks, 0));
    assert.deepEqual(await checkInvariants(app.dataDir, { store: app.store() }), []);
  }

  test('cancelling a job stops the files still waiting their turn, not only those in progress', async () => {
    const { sid } = await app.handlers['sessions.create']({ title: 'Cancel job' });
    let jobId = '';
    // Asserted after the job: EventHub.emit swallows what a listener throws, so an assertion in it could never fail.
    let accepted: boolean | undefined;
    const off = onFirstIngestEvent(
      (e) => e.type === 'progress' && e.stage === 'extract' && e.jobId === jobId,
      () => (accepted = app.ingest.cancel(jobId)),
    );
    const job = app.ingest.start(sid, await drop());
    jobId = job.jobId;
    const results = await job.done;
    off();
    assert.equal(accepted, true, 'the cancel was accepted while the job ran');
    const count = (status: string) => results.filter((r) => r.status === status).length;
    // The cancel came as the first file was being read: the files in progress (a few at a time, FILES_AT_ONCE) may
    // finish; those still waiting their turn may not.
    assert.ok(count('ready') <= FILES_AT_ONCE, `ready after the cancel: ${results.map((r) => `${r.file} ${r.status}`).join(', ')}`);
    assert.ok(count('cancelled') >= FILES - FILES_AT_ONCE, `statuses: ${results.map((r) => r.status).join(', ')}`);
    await assertConsistent(sid, results);
  });

  test('one file can be cancelled by its id while the rest of its job goes on', async () => {
    const { sid } = await app.handlers['sessions.create']({ title: 'Cancel one' });
    let jobId = '';
    let target = '';
    let accepted: boolean | undefined;
    const off = onFirstIngestEvent(
      (e) => e.type === 'progress' && e.jobId === jobId && e.stage === 'extract' && e.fileId !== '',
      (e) => {
        if (e.type !== 'progress') return;
        target = e.fileId;
        accepted = app.ingest.cancel(jobId, e.fileId);
      },
    );
    const job = app.ingest.start(sid, await drop());
    jobId = job.jobId;
    const results = await job.done;
    off();
    assert.equal(accepted, true, 'the service knows the file it just reported');
    assert.equal(results.find((r) => r.fileId === target)?.status, 'cancelled');
    assert.equal(results.filter((r) => r.status === 'ready').length, FILES - 1);
    await assertConsistent(sid, results);
  });

  test('ending sessions during their drops stops the drops at once; the other sessions finish theirs', async () => {
    const sids: string[] = [];
    for (let i = 0; i < 4; i++) sids.push((await app.handlers['sessions.create']({ title: `Busy ${i}` })).sid);
    const ending = sids.filter((_, i) => i % 2 === 0);
    const ends: Promise<unknown>[] = [];
    // Once a file of a session to end is being extracted: its drop is under way, most of it still to come. (Waiting for
    // a file to finish came too late: small files are committed together, so the first to finish came with the last.)
    const off = onFirstIngestEvent(
      (e) => e.type === 'progress' && e.stage === 'extract' && ending.includes(e.sid),
      () => {
        for (const sid of ending) ends.push(app.handlers['sessions.end']({ sid }));
      },
    );
    const drops = await Promise.all(sids.map(() => drop()));
    const outcomes = await Promise.all(sids.map((sid, i) => app.ingest.start(sid, drops[i]).done));
    off();
    await Promise.all(ends);
    for (const [i, sid] of sids.entries()) {
      const statuses = outcomes[i].map((r) => r.status);
      if (ending.includes(sid)) {
        // The drop stops (files still waiting are cancelled) and the end erases whatever finished meanwhile. How many
        // finish depends on the pipeline's timing (files already extracted may still be committed), so it is not counted.
        assert.ok(statuses.includes('cancelled'), `ended session ${i} did not stop its drop: ${statuses.join(', ')}`);
        assert.deepEqual(await countSessionLeftovers(app, sid), { vectors: 0, files: 0 });
      } else {
        assert.deepEqual(statuses, Array(FILES).fill('ready'));
        await assertConsistent(sid, outcomes[i]);
      }
    }
    assert.deepEqual(await checkInvariants(app.dataDir, { store: app.store() }), []);
  });
});
