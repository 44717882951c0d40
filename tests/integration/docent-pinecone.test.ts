// The core configured for Pinecone (through the environment, as the README says), against the loopback server with the
// real client: the original design notes' one index, one namespace, `<sid>#<fileId>#<chunk>` ids and `sid` filters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDocent } from '../../electron/app/docent';
import { countSessionLeftovers } from '../../electron/app/sessions/leftovers';
import { startPineconeServer } from '../servers/pinecone/index';
import { tempDataDir } from '../helpers/paths';
import { cleanEnv } from '../helpers/clean-env';
import { recordId } from '../../shared/ids';
import type { PineconeServer } from '../servers/pinecone/index';

const INDEX = 'docent';
const NAMESPACE = '__default__';

/** The server's records once every acknowledged write is visible (Pinecone's lag is bounded; so is this wait). */
async function settledRecords(server: PineconeServer, where: 'every namespace' | typeof NAMESPACE = NAMESPACE) {
  for (let tries = 0; server.pendingWrites(INDEX) > 0; tries++) {
    assert.ok(tries < 2000, 'the loopback index kept writes pending for over 20 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return server.records(INDEX, where === 'every namespace' ? undefined : where);
}

test('with Pinecone: isolation, ids and metadata per the design notes, and ending a session leaves nothing listed', async () => {
  const server = await startPineconeServer({ apiKey: 'pc-test-key', listLagMs: 30 });
  const { dir, cleanup } = await tempDataDir();
  const env = cleanEnv({ PINECONE_API_KEY: 'pc-test-key', PINECONE_INDEX: 'docent', PINECONE_CONTROLLER_HOST: server.controllerUrl });
  const app = await createDocent({ dataDir: path.join(dir, 'data'), env, syncBase: false });
  try {
    assert.equal(app.store().kind, 'pinecone');
    const note = path.join(dir, 'orchard.txt');
    await writeFile(note, 'The orchard has ninety-one quince trees planted in rows along the southern wall.\n');
    const a = await app.handlers['sessions.create']({ title: 'A' });
    const b = await app.handlers['sessions.create']({ title: 'B' });
    // A second, longer file in A and one in B, so several files and chunks carry their own ids.
    const essay = path.join(dir, 'essay.md');
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} tells how the beekeeper moved hive ${i} past the pear orchard at dawn.`);
    await writeFile(essay, paragraphs.join('\n\n') + '\n');
    const [ready, essayReady] = await app.ingest.start(a.sid, [{ path: note }, { path: essay }]).done;
    assert.equal(ready.status, 'ready');
    assert.equal(essayReady.status, 'ready');
    const [inB] = await app.ingest.start(b.sid, [{ path: note }]).done;
    assert.equal(inB.status, 'ready');

    // What the service really holds, read from the server, not through the app's own store.
    const stored = await settledRecords(server);
    const fileNames = new Map([[ready.fileId, 'orchard.txt'], [essayReady.fileId, 'essay.md']]);
    const ofA = stored.filter((r) => r.metadata?.sid === a.sid);
    assert.ok(ofA.some((r) => r.metadata?.fileId === essayReady.fileId && Number(r.metadata?.chunk) > 0), 'the essay makes several chunks');
    assert.deepEqual(new Set(ofA.map((r) => r.metadata?.fileId)), new Set(fileNames.keys()));
    assert.equal(stored.filter((r) => r.metadata?.sid === b.sid).length, stored.filter((r) => r.id.startsWith(`${b.sid}#`)).length);
    for (const record of stored) {
      const m = record.metadata ?? {};
      // The design notes' metadata: sid, fileId, fileName, chunk, page, text (+ pageEnd, start, end for citations).
      assert.deepEqual(Object.keys(m).sort(), ['chunk', 'end', 'fileId', 'fileName', 'page', 'pageEnd', 'sid', 'start', 'text'], record.id);
      assert.equal(record.id, recordId(String(m.sid), String(m.fileId), Number(m.chunk)), 'ids are <sid>#<fileId>#<chunk>');
      assert.ok([a.sid, b.sid].includes(String(m.sid)), `unexpected sid ${m.sid}`);
      assert.equal(m.fileName, fileNames.get(String(m.fileId)));
      assert.ok(Number.isInteger(m.chunk) && Number(m.chunk) >= 0);
      assert.ok(typeof m.page === 'number' && typeof m.pageEnd === 'number' && typeof m.start === 'number' && typeof m.end === 'number');
      assert.ok(typeof m.text === 'string' && m.text.length > 0, `${record.id} carries its chunk's text`);
      const source = m.fileId === ready.fileId ? 'ninety-one quince trees' : 'beekeeper moved hive';
      assert.ok(String(m.text).includes(source), `${record.id}'s text comes from its file: ${String(m.text).slice(0, 80)}`);
    }
    const chunksOf = (sid: string, fileId: string) => ofA.concat(stored.filter((r) => r.metadata?.sid === b.sid))
      .filter((r) => r.metadata?.sid === sid && r.metadata?.fileId === fileId).map((r) => Number(r.metadata?.chunk)).sort((x, y) => x - y);
    const essayChunks = chunksOf(a.sid, essayReady.fileId);
    assert.deepEqual(essayChunks, essayChunks.map((_, i) => i), 'chunks are numbered 0..n-1 with none missing');

    const upserts = server.requests.filter((r) => r.op === 'upsert');
    assert.ok(upserts.length >= 1);
    // Pinecone is eventually consistent: a fresh write becomes searchable after a short lag.
    let fromA = await app.chat.search(a.sid, 'quince trees orchard', 5);
    for (let tries = 0; tries < 50 && fromA.length === 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      fromA = await app.chat.search(a.sid, 'quince trees orchard', 5);
    }
    const found = fromA.some((h) => h.sid === a.sid && h.fileId === ready.fileId && h.text.includes('ninety-one'));
    assert.ok(found, `hits: ${JSON.stringify(fromA.map((h) => [h.sid, h.fileId]))}`);
    const fromB = await app.chat.search(b.sid, 'quince trees orchard', 5);
    assert.ok(!fromB.some((h) => h.sid === a.sid), 'session B never sees A');

    const preview = await app.handlers['sessions.endPreview']({ sid: a.sid });
    assert.equal(preview.storeKind, 'pinecone');
    assert.equal(preview.storeKeepsDeletedRecordsForAWhile, true, 'the UI must be able to say Pinecone keeps deleted records');
    await app.handlers['sessions.end']({ sid: a.sid });
    assert.deepEqual(await countSessionLeftovers(app, a.sid), { vectors: 0, files: 0 });
    // And on the server itself: no record of A under any id or metadata, while B keeps its own.
    const after = await settledRecords(server, 'every namespace');
    assert.deepEqual(after.filter((r) => r.id.startsWith(`${a.sid}#`) || r.metadata?.sid === a.sid).map((r) => r.id), []);
    assert.ok(after.some((r) => r.metadata?.sid === b.sid), 'ending A leaves B untouched');
  } finally {
    await app.close();
    await server.close();
    await cleanup();
  }
});

test("with Pinecone's rate limits: a burst of searches and sessions ended at once are refused 429, back off, and all finish", async () => {
  // Pinecone's own numbers (100 requests, 5 deletes by filter per namespace); the window is stretched to 2 s so the
  // burst exceeds them even on a slow machine, and stays under the app's backoff (its retries span about 4 s or more).
  const server = await startPineconeServer({ apiKey: 'pc-test-key', rateLimits: { windowMs: 2000 } });
  const { dir, cleanup } = await tempDataDir();
  const env = cleanEnv({ PINECONE_API_KEY: 'pc-test-key', PINECONE_INDEX: INDEX, PINECONE_CONTROLLER_HOST: server.controllerUrl });
  const app = await createDocent({ dataDir: path.join(dir, 'data'), env, syncBase: false });
  try {
    const note = path.join(dir, 'orchard.txt');
    await writeFile(note, 'The orchard has ninety-one quince trees planted in rows along the southern wall.\n');
    const sessions: string[] = [];
    for (let i = 0; i < 8; i++) {
      const s = await app.handlers['sessions.create']({ title: `S${i}` });
      const [ready] = await app.ingest.start(s.sid, [{ path: note }]).done;
      assert.equal(ready.status, 'ready');
      sessions.push(s.sid);
    }

    const results = await Promise.all(Array.from({ length: 300 }, () => app.chat.search(sessions[0], 'quince trees orchard', 3)));
    const limitedBySearches = server.stats().rateLimited;
    assert.ok(limitedBySearches > 0, 'the burst went over 100 queries in the window, so some were refused');
    for (const hits of results) {
      assert.ok(hits.some((h) => h.sid === sessions[0] && h.text.includes('ninety-one')), 'every search still answered');
    }

    const ended = await Promise.all(sessions.map((sid) => app.handlers['sessions.end']({ sid })));
    assert.deepEqual(ended.map((e) => e.endedSid), sessions);
    assert.ok(server.stats().rateLimited > limitedBySearches, 'eight deletes by filter at once went over 5 in the window');
    const left = (await settledRecords(server, 'every namespace')).filter((r) => sessions.includes(String(r.metadata?.sid)));
    assert.deepEqual(left.map((r) => r.id), [], 'every ended session is erased on the server');
  } finally {
    await app.close();
    await server.close();
    await cleanup();
  }
});
