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
    const [ready] = await app.ingest.start(a.sid, [{ path: note }]).done;
    assert.equal(ready.status, 'ready');

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
  } finally {
    await app.close();
    await server.close();
    await cleanup();
  }
});
