// Work cut short the normal way, through the core as the window drives it: Docent quit (app.close()) in the middle of
// an ingest and relaunched, on LanceDB and on Pinecone; a session ended while its store is down, then the retry at
// the next start; a question asked while its session is being ended.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDocent, type DocentApp } from '../../electron/app/docent';
import { countSessionLeftovers } from '../../electron/app/sessions/leftovers';
import { startPineconeServer, type PineconeServer } from '../servers/pinecone/index';
import { tempDataDir } from '../helpers/paths';
import { cleanEnv } from '../helpers/clean-env';
import { nextEvent, withTimeout } from '../helpers/wait';

const KEY = 'pc-quit-key';

/** The variables that point Docent at the loopback Pinecone (none: LanceDB). */
function pineconeVars(server: PineconeServer | null): Record<string, string> {
  return server ? { PINECONE_API_KEY: KEY, PINECONE_INDEX: 'docent', PINECONE_CONTROLLER_HOST: server.controllerUrl } : {};
}

/** A text file of about `paragraphs` × 120 characters, each paragraph unique, naming `topic`. */
async function textFile(dir: string, name: string, topic: string, paragraphs: number): Promise<string> {
  const file = path.join(dir, name);
  const lines = Array.from({ length: paragraphs }, (_, i) => `Entry ${i} of the ${topic} ledger records that crate ${i * 7} left the ${topic} dock on day ${i}.`);
  await writeFile(file, lines.join('\n\n') + '\n');
  return file;
}

/** Every document is either ready with exactly its chunks stored, or failed with none; no file is left unowned. */
async function assertConsistent(app: DocentApp, sid: string) {
  const session = await app.handlers['sessions.current'](undefined);
  assert.equal(session.sid, sid);
  for (const doc of session.documents) {
    const stored = await app.store().countFile(sid, doc.fileId);
    if (doc.status === 'ready') assert.equal(stored, doc.chunks, `${doc.name}: ready with all of its ${doc.chunks} chunks`);
    else {
      assert.equal(doc.status, 'failed', `${doc.name} is ${doc.status} after the relaunch`);
      assert.equal(stored, 0, `${doc.name}: failed, with no vector left`);
    }
  }
  const owned = new Set(session.documents.flatMap((d) => (d.copy ? [d.copy] : [])));
  const filesDir = app.sessions.filesDir(sid);
  for (const name of await readdir(filesDir).catch(() => [] as string[])) {
    if (name.endsWith('.pages.json')) {
      const fileId = name.split('.')[0];
      assert.ok(session.documents.some((d) => d.fileId === fileId && d.status === 'ready'), `page text ${name} belongs to a ready document`);
    } else assert.ok(owned.has(name), `${name} in the session's folder belongs to a document`);
  }
  return session;
}

for (const storeKind of ['lancedb', 'pinecone'] as const) {
  describe(`quitting in the middle of an ingest on ${storeKind === 'lancedb' ? 'LanceDB' : 'Pinecone'}`, { timeout: 600_000 }, () => {
    test('close() ends the ingest promptly and cleanly; the relaunch shows each file ready or failed, consistent with the store, and a failed one can be added again', async () => {
      const server = storeKind === 'pinecone' ? await startPineconeServer({ apiKey: KEY, listLagMs: 20, latencyMs: 5 }) : null;
      const { dir, cleanup } = await tempDataDir();
      const dataDir = path.join(dir, 'data');
      try {
        const files = [
          await textFile(dir, 'small.txt', 'harbour', 5),
          await textFile(dir, 'large.txt', 'granary', 6000),
          await textFile(dir, 'later.txt', 'quarry', 50),
        ];
        let app = await createDocent({ dataDir, syncBase: false, env: cleanEnv(pineconeVars(server)) });
        const sid = (await app.handlers['sessions.current'](undefined)).sid;
        let closed = false;
        try {
          const embedding = nextEvent(app, 'ingest', (e) => e.type === 'progress' && e.fileName === 'large.txt' && (e.stage === 'embed' || e.stage === 'store'), 'large.txt to be embedded');
          const job = app.ingest.start(sid, files.map((p) => ({ path: p })));
          await embedding;
          // Quit the normal way while large.txt is being embedded.
          await withTimeout(app.close(), 'close() during an ingest');
          closed = true;
          const results = await withTimeout(job.done, 'the ingest to settle after close()');
          assert.equal(results.length, 3);
          assert.ok(results.some((r) => r.status !== 'ready'), `something was cut short: ${results.map((r) => r.status).join(', ')}`);
        } finally {
          if (!closed) await app.close();
        }

        app = await createDocent({ dataDir, syncBase: false, env: cleanEnv(pineconeVars(server)) });
        try {
          const session = await assertConsistent(app, sid);
          const large = session.documents.find((d) => d.name === 'large.txt');
          assert.ok(large, 'the interrupted file is listed, not silently lost');
          if (large.status !== 'ready') {
            assert.equal(large.error?.code, 'interrupted', 'it says Docent was closed while adding it');
            const [again] = await app.ingest.start(sid, [{ path: files[1] }]).done;
            assert.equal(again.status, 'ready', JSON.stringify(again));
            await assertConsistent(app, sid);
          }
        } finally {
          await app.close();
        }
      } finally {
        await server?.close();
        await cleanup();
      }
    });
  });
}

describe('ending a session', { timeout: 600_000 }, () => {
  test('while Pinecone is down: the session is hidden and the end says it will be finished; the next start with Pinecone back erases it', async () => {
    const server = await startPineconeServer({ apiKey: KEY });
    const { dir, cleanup } = await tempDataDir();
    const dataDir = path.join(dir, 'data');
    try {
      let app = await createDocent({ dataDir, syncBase: false, env: cleanEnv(pineconeVars(server)) });
      const doomed = await app.handlers['sessions.create']({ title: 'Doomed' });
      const sid = doomed.sid;
      try {
        const [ready] = await app.ingest.start(sid, [{ path: await textFile(dir, 'note.txt', 'orchard', 20) }]).done;
        assert.equal(ready.status, 'ready');
        assert.ok(server.records('docent').some((r) => r.metadata?.sid === sid));
        server.setUnavailable(true);
        await assert.rejects(app.handlers['sessions.end']({ sid }), /erased at the next start/, 'the end says it is not finished');
        assert.ok(!(await app.handlers['sessions.list'](undefined)).some((s) => s.sid === sid), 'the session is hidden at once');
        assert.ok(server.records('docent').some((r) => r.metadata?.sid === sid), 'the outage kept the records (so the retry has work to do)');
      } finally {
        await app.close();
      }

      server.setUnavailable(false);
      app = await createDocent({ dataDir, syncBase: false, env: cleanEnv(pineconeVars(server)) });
      try {
        assert.deepEqual(await countSessionLeftovers(app, sid), { vectors: 0, files: 0 });
        assert.deepEqual(server.records('docent').filter((r) => r.metadata?.sid === sid).map((r) => r.id), [], 'erased on the service itself');
        assert.ok(!(await app.handlers['sessions.list'](undefined)).some((s) => s.sid === sid));
      } finally {
        await app.close();
      }
    } finally {
      await server.close();
      await cleanup();
    }
  });

  test('a question asked while its session is being ended gets an answer or a clear refusal, and leaves nothing behind', async () => {
    const { dir, cleanup } = await tempDataDir();
    const app = await createDocent({ dataDir: path.join(dir, 'data'), syncBase: false, env: cleanEnv() });
    try {
      const doomed = await app.handlers['sessions.create']({ title: 'Doomed' });
      const sid = doomed.sid;
      const [ready] = await app.ingest.start(sid, [{ path: await textFile(dir, 'note.txt', 'orchard', 200) }]).done;
      assert.equal(ready.status, 'ready');
      const ending = app.handlers['sessions.end']({ sid });
      const asked = app.chat.ask(sid, 'What left the orchard dock on day 12?').then(
        async ({ done }) => ({ message: await withTimeout(done, 'the answer to settle') }),
        (error: Error) => ({ refused: error }),
      );
      const [outcome] = await Promise.all([withTimeout(asked, 'the question to settle'), withTimeout(ending, 'the end')]);
      if ('refused' in outcome) assert.match(outcome.refused.message, /session/i, 'the refusal says why');
      else assert.ok(['complete', 'cancelled', 'error'].includes(outcome.message.status), JSON.stringify(outcome.message));
      // Whatever the order, the ended session is gone entirely: no chat message written back into it after the end.
      assert.deepEqual(await countSessionLeftovers(app, sid), { vectors: 0, files: 0 });
      assert.ok(!(await app.handlers['sessions.list'](undefined)).some((s) => s.sid === sid));
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.deepEqual(await countSessionLeftovers(app, sid), { vectors: 0, files: 0 }, 'nothing reappears later');
    } finally {
      await app.close();
      await cleanup();
    }
  });
});
