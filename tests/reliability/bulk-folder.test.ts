// Whole folders: a generated tree of a few thousand files (subfolders, hidden and system files, other kinds of files,
// images with OCR off, a symbolic link loop) added as one entry, as a drop or `docent ingest FOLDER` does; and a
// child SIGKILLed in the middle of a folder, then Docent started again on the same data dir.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDocent } from '../../electron/app/docent';
import { describeJobSummary } from '../../electron/app/ingest/job-summary-text';
import { readSessionFile } from '../../electron/app/sessions/session-store';
import type { IngestJobSummary } from '../../shared/model';
import { checkInvariants, restartAndCheck } from '../helpers/crash-invariants';
import { cleanEnv } from '../helpers/clean-env';
import { crashChildCommand, runCrashChild } from '../helpers/crash-run';
import { tempDataDir } from '../helpers/paths';
import { TextWriter } from '../fixtures/generated-text';
import { writeDocumentTree } from '../fixtures/generated-tree';

const TREE_DOCUMENTS = 2400;

describe('a folder of a few thousand files', () => {
  let temp: { dir: string; cleanup: () => Promise<void> };
  before(async () => (temp = await tempDataDir('docent-folder-')));
  after(async () => temp?.cleanup());

  test('is walked once: every document ready under its path, the rest skipped and counted, the session file valid', async () => {
    const tree = await writeDocumentTree(path.join(temp.dir, 'docs'), TREE_DOCUMENTS);
    const dataDir = path.join(temp.dir, 'data');
    const app = await createDocent({ dataDir, syncBase: false, env: cleanEnv() });
    let sid = '';
    try {
      await app.handlers['settings.set']({ ocr: { enabled: false } });
      sid = (await app.handlers['sessions.create']({ title: 'Archive' })).sid;
      const summaries: IngestJobSummary[] = [];
      let final: IngestJobSummary | undefined;
      const job = app.ingest.start(sid, [{ path: tree.root }]);
      const off = app.onEvent('ingest', (e) => {
        if (e.type === 'job-progress' && e.jobId === job.jobId) summaries.push(e.summary);
        if (e.type === 'job-done' && e.jobId === job.jobId) final = e.summary;
      });
      const results = await job.done;
      off();

      const notReady = results.filter((r) => r.status !== 'ready');
      assert.deepEqual(notReady.slice(0, 5), [], `${notReady.length} files not ready`);
      assert.deepEqual(results.map((r) => r.file).sort(), [...tree.documents].sort(), 'each document once, named by its path from the folder');

      assert.ok(final, 'the job ends with its summary');
      assert.equal(final.total, TREE_DOCUMENTS);
      assert.equal(final.done, TREE_DOCUMENTS);
      assert.equal(final.ready, TREE_DOCUMENTS);
      assert.equal(final.failed, 0);
      assert.deepEqual(final.skipped, tree.skipped, 'hidden, system, unsupported and image files counted by reason; the loop not followed');
      assert.equal(
        describeJobSummary(final),
        `${TREE_DOCUMENTS} added, 17 skipped: 6 unsupported, 6 system files, 3 hidden, 2 images with OCR off`,
      );
      // Progress had a total before the files were read, and never went backwards.
      const counted = summaries.find((s) => !s.counting);
      assert.equal(counted?.total, TREE_DOCUMENTS, 'the folder is counted before its files are read');
      for (let i = 1; i < summaries.length; i++) assert.ok(summaries[i].done >= summaries[i - 1].done, 'done only grows');

      // A document from deep in the tree is found by its own words.
      const deep = tree.documents.findIndex((name) => name.startsWith('Archive/reports/q2/drafts/') && name.endsWith('.txt'));
      const words = new TextWriter(1);
      for (let i = 0; i < deep; i++) words.note(i, 300, 900);
      const text = words.note(deep, 300, 900);
      const sentence = text.split(/[.\n]/).find((s, i) => i > 0 && s.trim().split(' ').length >= 8)!.trim();
      const hits = await app.chat.search(sid, sentence, 5);
      assert.ok(hits.some((h) => h.fileName === tree.documents[deep]), `"${sentence}" finds ${tree.documents[deep]}: ${hits.map((h) => h.fileName).join(', ')}`);
    } finally {
      await app.close();
    }

    const session = await readSessionFile(path.join(dataDir, 'sessions', `${sid}.session`));
    assert.equal(session.documents.length, TREE_DOCUMENTS);
    assert.ok(session.documents.every((d) => d.status === 'ready' && d.chunks >= 1));
    assert.deepEqual(await checkInvariants(dataDir), [], 'every ready document has exactly its vectors, nothing is left over');
  });
});

describe('a folder interrupted by a crash', { concurrency: 1 }, () => {
  let temp: { dir: string; cleanup: () => Promise<void> };
  let folder: string;
  const FILES = 240;

  before(async () => {
    await crashChildCommand();
    temp = await tempDataDir('docent-folder-crash-');
    folder = path.join(temp.dir, 'Field notes');
    const writer = new TextWriter(0xf01d);
    for (let i = 0; i < FILES; i++) {
      const dir = path.join(folder, `day-${i % 6}`, i % 4 === 0 ? 'evening' : '');
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, `entry-${i}.${i % 3 === 0 ? 'md' : 'txt'}`), writer.note(i, 600, 1800));
    }
    await writeFile(path.join(folder, '.DS_Store'), Buffer.alloc(16));
  });
  after(async () => temp?.cleanup());

  for (const point of [
    { hold: 'store.upsert.done#3', label: 'after a few batches were stored' },
    { hold: 'sessions.putDocuments#20', label: 'while records are being saved' },
    // Inside the folder, at no marker: timed from the 40th of its 241 stores, as on an idle machine the whole folder takes
    // about a second (a kill at 1.5 s after the start landed after its end, which tests nothing of the folder).
    { killAfterMs: 60, killTimerFrom: 'store.upsert.done#40', label: 'at a moment of its own' },
  ]) {
    test(`a SIGKILL ${point.label} leaves no orphans after the restart, and adding the folder again completes it`, async () => {
      const dataDir = path.join(temp.dir, `data-${point.hold ?? point.killAfterMs}`.replace(/[#.]/g, '-'));
      const run = await runCrashChild({ dataDir, docs: folder, scenario: 'folder', hold: point.hold, killAfterMs: point.killAfterMs, killTimerFrom: point.killTimerFrom, timeoutMs: 240_000 });
      if (point.hold) assert.equal(run.held, point.hold.split('#')[0], `the child never reached ${point.hold}; markers: ${run.markers.slice(-15).join(', ')}`);
      else assert.equal(run.killed, true, `the timed kill never landed; markers: ${run.markers.slice(-15).join(', ')}`);
      assert.ok(run.session, 'the child made its session');

      let readyAfterCrash = -1;
      const restart = await restartAndCheck(dataDir, {
        inspect: async (app) => {
          const view = await app.handlers['sessions.open']({ sid: run.session! });
          assert.ok(view.documents.every((d) => d.status === 'ready' || d.status === 'failed'), 'nothing left half-added');
          readyAfterCrash = view.documents.filter((d) => d.status === 'ready').length;
          // The user adds the folder again: what was done is recognised, the rest is added.
          const results = await app.ingest.start(run.session!, [{ path: folder }]).done;
          assert.equal(results.length, FILES);
          assert.equal(results.filter((r) => r.status === 'duplicate').length, readyAfterCrash);
          assert.equal(results.filter((r) => r.status === 'ready').length, FILES - readyAfterCrash);
          const after = await app.handlers['sessions.open']({ sid: run.session! });
          assert.equal(after.documents.length, FILES);
          assert.ok(after.documents.every((d) => d.status === 'ready'));
        },
      });
      assert.deepEqual(restart.violations, [], `killed ${run.killed ? 'mid-folder' : 'after the end'}:\n${restart.violations.join('\n')}`);
      assert.ok(readyAfterCrash < FILES, 'the kill came before the folder was done');
      assert.deepEqual(await checkInvariants(dataDir), [], 'consistent after the folder was completed');
    });
  }
});
