// How many HTTP requests the Pinecone store spends per 1,000 chunks ingested and per session ended (3 files),
// measured against the loopback Pinecone server (requests are what Pinecone bills and rate-limits).
// Run: npx tsx bench/pinecone-bench.ts
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDocent } from '../electron/app/docent';
import { cleanEnv } from '../tests/helpers/clean-env';
import { BASE_SID } from '../shared/ids';
import { PineconeStore } from '../electron/app/vectors/pinecone-store';
import { startPineconeServer, type PineconeServer } from '../tests/servers/pinecone/index';
import { fileIdFor, makeChunks, sidFor } from '../tests/servers/pinecone/fixtures';

const KEY = 'bench-key';
const DIMENSION = 384;
const TEXT_CHARS = 1000;

async function measure<T>(server: PineconeServer, run: () => Promise<T>): Promise<{ requests: number; ms: number; byOp: Record<string, number> }> {
  const start = server.requests.length;
  const started = performance.now();
  await run();
  const ms = performance.now() - started;
  const log = server.requests.slice(start);
  const byOp: Record<string, number> = {};
  for (const r of log) byOp[r.op] = (byOp[r.op] ?? 0) + 1;
  return { requests: log.length, ms, byOp };
}

/**
 * Requests the app spends ending a session of 3 files (1,000 chunks): the core's own "End session" (delete, then the
 * list calls that verify nothing is left), against the loopback server.
 */
async function endSessionCost(supportsDeleteByFilter: boolean): Promise<{ requests: number; ms: number; byOp: Record<string, number> }> {
  const server = await startPineconeServer({ apiKey: KEY, supportsDeleteByFilter });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'docent-pinecone-bench-'));
  // cleanEnv: never the developer's own PINECONE_*/OPENAI_* variables.
  const app = await createDocent({
    dataDir, syncBase: false,
    env: cleanEnv({ PINECONE_API_KEY: KEY, PINECONE_INDEX: 'bench', PINECONE_CONTROLLER_HOST: server.controllerUrl }),
  });
  try {
    const dimension = app.embedder().dimension ?? DIMENSION;
    const { sid } = await app.handlers['sessions.create']({ title: 'Ending' });
    await app.store().upsert(makeChunks(BASE_SID, 'guide', 10, { dimension }));
    for (const [file, count] of [['a', 120], ['b', 300], ['c', 580]] as const) {
      await app.store().upsert(makeChunks(sid, file, count, { dimension, textChars: TEXT_CHARS }));
    }
    return await measure(server, () => app.handlers['sessions.end']({ sid }));
  } finally {
    await app.close();
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function benchPinecone(): Promise<Record<string, number>> {
  const server = await startPineconeServer({ apiKey: KEY });
  const results: Record<string, number> = {};
  try {
    const store = await PineconeStore.open({ apiKey: KEY, indexName: 'bench', controllerHostUrl: server.controllerUrl });
    const sid = sidFor('bench');
    const firstUpsert = await measure(server, () => store.upsert(makeChunks(BASE_SID, 'guide', 10, { dimension: DIMENSION })));
    results['requests to create the index on first upsert'] = firstUpsert.requests;

    const ingest = await measure(server, () => store.upsert(makeChunks(sid, 'doc', 1000, { dimension: DIMENSION, textChars: TEXT_CHARS })));
    results['requests per 1,000 chunks ingested (384 dims, 1,000-char text)'] = ingest.requests;
    results['ms per 1,000 chunks ingested (loopback)'] = Math.round(ingest.ms);

    const query = await measure(server, () => store.query({ vector: makeChunks(sid, 'doc', 1, { dimension: DIMENSION })[0].vector, text: '', sids: [BASE_SID, sid], k: 8 }));
    results['requests per query'] = query.requests;

    const fileDelete = await measure(server, () => store.deleteFile(sid, fileIdFor('doc')));
    results['requests per file deleted (1,000 chunks)'] = fileDelete.requests;
  } finally {
    await server.close();
  }
  // Through the core's End session: every request, the list calls that verify the delete included.
  const byFilter = await endSessionCost(true);
  results['requests per session ended (3 files, 1,000 chunks, delete by filter + verifying lists)'] = byFilter.requests;
  results['  of which list calls verifying the delete (by filter)'] = byFilter.byOp.list ?? 0;
  const byPrefix = await endSessionCost(false);
  results['requests per session ended (3 files, 1,000 chunks, list + delete by ids + verifying lists)'] = byPrefix.requests;
  results['  of which list calls (by ids)'] = byPrefix.byOp.list ?? 0;
  return results;
}

function printTable(results: Record<string, number>): void {
  const width = Math.max(...Object.keys(results).map((k) => k.length));
  console.log(`${'Pinecone store (loopback server)'.padEnd(width)} | value`);
  console.log(`${'-'.repeat(width)}-|------`);
  for (const [name, value] of Object.entries(results)) console.log(`${name.padEnd(width)} | ${value}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printTable(await benchPinecone());
}
