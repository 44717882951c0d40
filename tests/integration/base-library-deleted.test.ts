// A base-library document deleted from the resources (an update of the app that drops one guide and adds another):
// at the next start it leaves the base library before anything else is indexed — its row, its vectors, its copy and
// page text — while the rest stays intact and answerable, with no error. On LanceDB and on Pinecone (loopback server).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDocent, type DocentApp } from '../../electron/app/docent';
import { BASE_SID } from '../../shared/ids';
import type { DocumentRecord, StatusEvent } from '../../shared/model';
import { startPineconeServer, type PineconeServer } from '../servers/pinecone/index';
import { checkInvariants } from '../helpers/crash-invariants';
import { cleanEnv } from '../helpers/clean-env';
import { tempDataDir } from '../helpers/paths';

const KEY = 'pc-base-key';
const INDEX = 'docent';

const HERON = '# Herons\n\nThe violet heron nests only on the western islands of the archipelago, in reed beds by the shore.\n';
const LYNX = '# Lynx\n\nThe amber lynx hunts at dawn along the frozen river, following the tracks of snow hares.\n';
const OTTER = '# Otters\n\nThe grey otter dives for mussels under the old stone bridge every afternoon.\n';

for (const storeKind of ['lancedb', 'pinecone'] as const) {
  describe(`a base-library document deleted from the resources, on ${storeKind === 'lancedb' ? 'LanceDB' : 'Pinecone'}`, { timeout: 300_000 }, () => {
    test('leaves the base library at the next start, first; the rest stays intact and answerable, with no error', async () => {
      const server: PineconeServer | null = storeKind === 'pinecone' ? await startPineconeServer({ apiKey: KEY }) : null;
      const vars = server ? { PINECONE_API_KEY: KEY, PINECONE_INDEX: INDEX, PINECONE_CONTROLLER_HOST: server.controllerUrl } : {};
      const pinecone = server ? { controllerUrl: server.controllerUrl, apiKey: KEY, indexName: INDEX } : undefined;
      const { dir, cleanup } = await tempDataDir('docent-base-deleted-');
      const baseDocs = path.join(dir, 'base-docs');
      const dataDir = path.join(dir, 'data');
      const start = () => createDocent({ dataDir, baseDocsDir: baseDocs, env: cleanEnv(vars) });
      let app: DocentApp | undefined;
      try {
        await mkdir(baseDocs);
        await writeFile(path.join(baseDocs, 'heron.md'), HERON);
        await writeFile(path.join(baseDocs, 'lynx.md'), LYNX);
        app = await start();
        await app.baseSynced();
        const first = await app.handlers['base.list'](undefined);
        assert.deepEqual(first.map((d) => [d.name, d.status]), [['heron.md', 'ready'], ['lynx.md', 'ready']]);
        const heron = first.find((d) => d.name === 'heron.md')!;
        const lynx = first.find((d) => d.name === 'lynx.md')!;
        assert.ok((await app.store().countFile(BASE_SID, heron.fileId)) > 0);
        await app.close();
        app = undefined;

        // The update: heron.md is gone from the resources, otters.md is new.
        await rm(path.join(baseDocs, 'heron.md'));
        await writeFile(path.join(baseDocs, 'otters.md'), OTTER);
        app = await start();
        const started = app;
        const statuses: StatusEvent[] = [];
        // What the window and the answers saw when the new document began indexing: the deleted one already gone.
        let atIndexing: Promise<[DocumentRecord[], number]> | undefined;
        started.onEvent('status', (e) => {
          statuses.push(e);
          if (e.type === 'base-sync' && e.fileName === 'otters.md' && !atIndexing) {
            atIndexing = Promise.all([started.handlers['base.list'](undefined), started.store().countFile(BASE_SID, heron.fileId)]);
          }
        });
        await app.baseSynced();
        assert.ok(atIndexing, 'the new document was indexed');
        const [listed, heronVectors] = await atIndexing;
        assert.ok(!listed.some((d) => d.fileId === heron.fileId), 'the deleted document had left the list before the new one was indexed');
        assert.equal(heronVectors, 0, 'and its vectors had left the store');

        const after = await app.handlers['base.list'](undefined);
        assert.deepEqual(after.map((d) => [d.name, d.status]), [['lynx.md', 'ready'], ['otters.md', 'ready']]);
        assert.equal(after.find((d) => d.name === 'lynx.md')!.addedAt, lynx.addedAt, 'the rest was kept, not indexed again');
        assert.ok(!statuses.some((e) => e.type === 'base-sync' && e.fileName === 'lynx.md'), 'lynx.md was not indexed again');
        assert.equal(await app.store().countFile(BASE_SID, heron.fileId), 0);
        assert.equal(await app.store().countFile(BASE_SID, lynx.fileId), lynx.chunks);
        // Its copy and page text are gone from the data folder; the others' remain.
        const files = (await readdir(path.join(dataDir, 'base', 'files'))).sort();
        assert.ok(!files.some((f) => f.startsWith(heron.fileId)), `nothing of heron.md is left: ${files.join(', ')}`);
        assert.ok(files.includes(lynx.copy!) && files.includes(`${lynx.fileId}.pages.json`));
        // Read from the store itself (every LanceDB table, every Pinecone id): no vector without its base document.
        assert.deepEqual(await checkInvariants(dataDir, { pinecone }), []);

        const { sid } = await app.handlers['sessions.current'](undefined);
        const hits = await app.chat.search(sid, 'violet heron western islands reed beds', 10);
        assert.ok(!hits.some((h) => h.fileId === heron.fileId), 'no passage of the deleted document is found');
        const answer = await (await app.chat.ask(sid, 'When does the amber lynx hunt along the frozen river?')).done;
        assert.equal(answer.status, 'complete', JSON.stringify(answer.error));
        assert.ok(answer.citations.some((c) => c.sid === BASE_SID && c.fileName === 'lynx.md'), 'the rest of the base library answers');
        assert.ok(answer.citations.every((c) => c.fileId !== heron.fileId));
        const problems = statuses.filter((e) => e.type === 'notice' && e.level !== 'info');
        assert.deepEqual(problems, [], 'no error or warning');
      } finally {
        await app?.close();
        await server?.close();
        await cleanup();
      }
    });
  });
}
