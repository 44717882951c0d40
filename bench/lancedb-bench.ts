// LanceDB store speed: insert throughput, hybrid query latency with the sid prefilter at 10k and 100k chunks,
// upsert strategy (mergeInsert vs delete-then-add), and the time to delete and physically purge a 10k-chunk session.
// 256-dimensional random vectors; text drawn from a Zipf-distributed made-up vocabulary, ~120 words per chunk.
import '../electron/app/vectors/lancedb-runtime';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import { LanceDbStore } from '../electron/app/vectors/lancedb-store';
import { chunkSchema, toArrowTable } from '../electron/app/vectors/lancedb-schema';
import type { ChunkRecord } from '../electron/app/vectors/vector-store';
import { BASE_SID } from '../shared/ids';
import { percentile, printTable } from './measure';

const DIM = 256;
const WORDS_PER_CHUNK = 120;
const BATCH = 5_000;
const QUERIES = 40;

/** A deterministic generator, so runs compare. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}
const random = lcg(42);
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'shi', 'po', 'ven', 'dar', 'el', 'quo', 'bri', 'sto', 'an', 'ix', 'um', 'gle', 'tor', 'fen'];
const VOCABULARY = Array.from({ length: 30_000 }, (_, i) => {
  let word = '';
  for (let n = i; ; n = Math.floor(n / SYLLABLES.length) - 1) {
    word += SYLLABLES[n % SYLLABLES.length];
    if (n < SYLLABLES.length) break;
  }
  return word;
});
/** Zipf-like: a few words everywhere, most words rare, as in real prose. */
const word = () => VOCABULARY[Math.floor(VOCABULARY.length * random() ** 3)];
const sentence = (words: number) => Array.from({ length: words }, word).join(' ');

function vector(): Float32Array {
  const v = new Float32Array(DIM);
  for (let i = 0; i < DIM; i++) v[i] = random() - 0.5;
  return v;
}

const sid = () => randomBytes(16).toString('base64url');
const fileId = () => randomBytes(8).toString('hex');

function fileChunks(ofSid: string, count: number): ChunkRecord[] {
  const id = fileId();
  return Array.from({ length: count }, (_, chunk) => {
    const text = sentence(WORDS_PER_CHUNK);
    return { sid: ofSid, fileId: id, fileName: `${id}.pdf`, chunk, page: 1 + (chunk >> 2), pageEnd: 1 + (chunk >> 2), start: 0, end: text.length, text, vector: vector() };
  });
}

async function timeQueries(store: LanceDbStore, sids: string[]): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const question = `what does ${word()} say about ${word()} and ${VOCABULARY[Math.floor(random() * VOCABULARY.length)]}?`;
    const started = performance.now();
    await store.query({ vector: vector(), text: question, sids, k: 10 });
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

export async function benchLanceDb(): Promise<Record<string, number>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'docent-lancedb-bench-'));
  const figures: Record<string, number> = {};
  try {
    const store = await LanceDbStore.open({ dir, table: 'bench-256' });
    // 10 sessions of 9k chunks + a 10k base library = 100k; the queried session is the first, so its filter
    // (base + session) matches ~19k rows at 100k.
    const sessions = Array.from({ length: 10 }, sid);
    const owners = [BASE_SID, ...sessions];
    const jobs: ChunkRecord[][] = [];
    for (let i = 0; i < 20; i++) jobs.push(fileChunks(owners[i % owners.length], BATCH)); // 20 ingest jobs of 5k
    const filter = [BASE_SID, sessions[0]];

    let started = performance.now();
    for (const job of jobs.slice(0, 2)) await store.upsert(job);
    figures['insert chunks/s (to 10k)'] = 10_000 / ((performance.now() - started) / 1000);
    const at10k = await timeQueries(store, filter);
    figures['hybrid p50 ms @10k'] = at10k.p50;
    figures['hybrid p95 ms @10k'] = at10k.p95;

    started = performance.now();
    for (const job of jobs.slice(2)) await store.upsert(job);
    figures['insert chunks/s (10k→100k, with index upkeep)'] = 90_000 / ((performance.now() - started) / 1000);
    const at100k = await timeQueries(store, filter);
    figures['hybrid p50 ms @100k'] = at100k.p50;
    figures['hybrid p95 ms @100k'] = at100k.p95;

    // Re-sending an ingest job of 5k chunks: the store's upsert (mergeInsert + index upkeep), and the bare alternatives.
    const again = jobs[5];
    started = performance.now();
    await store.upsert(again);
    figures['re-upsert 5k ms (store, with index upkeep)'] = performance.now() - started;
    const db = await lancedb.connect(dir);
    const raw = await db.openTable(store.tableName);
    started = performance.now();
    await raw.mergeInsert('id').whenMatchedUpdateAll().whenNotMatchedInsertAll().execute(toArrowTable(again, chunkSchema(DIM)));
    figures['re-upsert 5k ms (bare mergeInsert)'] = performance.now() - started;
    started = performance.now();
    await raw.delete(`sid = '${again[0].sid}' AND \`fileId\` = '${again[0].fileId}'`);
    await raw.add(toArrowTable(again, chunkSchema(DIM)));
    figures['re-upsert 5k ms (bare delete+add)'] = performance.now() - started;
    raw.close();
    db.close();

    // Erase a 10k-chunk session (two 5k files) out of ~100k: delete, then purge to the disk. Not the queried session:
    // the query after the purge must search a live session's ~19k rows, as a user does after ending another one.
    const victim = sessions[1];
    if (filter.includes(victim)) throw new Error('the erased session must not be the one queried after the purge');
    const victimRows = await store.countSession(victim);
    started = performance.now();
    await store.deleteSession(victim);
    figures['delete session ms'] = performance.now() - started;
    started = performance.now();
    await store.purgeDeleted();
    figures['purge ms'] = performance.now() - started;
    for (const [step, ms] of Object.entries(store.lastPurge?.ms ?? {})) figures[`  purge step ${step} ms`] = ms;
    figures['erased session chunks'] = victimRows;
    figures['rows after'] = await store.countSession(BASE_SID) + (await Promise.all(sessions.map((s) => store.countSession(s)))).reduce((a, b) => a + b, 0);
    figures['queried session rows after purge'] = await store.countSession(sessions[0]);
    const after = await timeQueries(store, filter);
    figures['hybrid p95 ms after purge (live session)'] = after.p95;
    await store.close();
    return figures;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// `npx tsx bench/lancedb-bench.ts` runs it alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const figures = await benchLanceDb();
  printTable(`lancedb (${((performance.now() - started) / 1000).toFixed(1)} s)`, figures);
}
