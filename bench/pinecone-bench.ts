// How many HTTP requests the Pinecone store spends per 1,000 chunks ingested and per session ended (3 files),
// measured against the loopback Pinecone server (requests are what Pinecone bills and rate-limits).
// Run: npx tsx bench/pinecone-bench.ts
import { pathToFileURL } from 'node:url';
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

async function endSessionCost(supportsDeleteByFilter: boolean): Promise<{ requests: number; ms: number }> {
  const server = await startPineconeServer({ apiKey: KEY, supportsDeleteByFilter });
  try {
    const store = await PineconeStore.open({ apiKey: KEY, indexName: 'bench', controllerHostUrl: server.controllerUrl });
    const sid = sidFor('ending');
    await store.upsert(makeChunks(BASE_SID, 'guide', 10, { dimension: DIMENSION }));
    for (const [file, count] of [['a', 120], ['b', 300], ['c', 580]] as const) {
      await store.upsert(makeChunks(sid, file, count, { dimension: DIMENSION, textChars: TEXT_CHARS }));
    }
    return await measure(server, () => store.deleteSession(sid));
  } finally {
    await server.close();
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
  const byFilter = await endSessionCost(true);
  results['requests per session ended (3 files, 1,000 chunks, delete by filter)'] = byFilter.requests;
  const byPrefix = await endSessionCost(false);
  results['requests per session ended (3 files, 1,000 chunks, list + delete by ids)'] = byPrefix.requests;
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
