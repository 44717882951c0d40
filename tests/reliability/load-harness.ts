// Many sessions adding many files at once, against LanceDB or the loopback Pinecone with injected faults; then every
// session is ended. What a user relies on is turned into violations (one sentence each): every file ends ready or
// failed with a reason that names it, nothing is lost or stored twice, nothing is left behind, and an ended session
// leaves no vector and no file. Shared by tests/reliability/load-faults.test.ts (small) and bench/load-bench.ts (full).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import { createDocent, type DocentApp } from '../../electron/app/docent';
import type { FileResult } from '../../electron/app/ingest/ingest-service';
import { countSessionLeftovers } from '../../electron/app/sessions/leftovers';
import { startPineconeServer, type PineconeServerOptions } from '../servers/pinecone/index';
import { checkInvariants, type PineconeTarget } from '../helpers/crash-invariants';
import { cleanEnv } from '../helpers/clean-env';
import { tempDataDir } from '../helpers/paths';

export interface LoadOptions {
  store: 'lancedb' | 'pinecone';
  sessions: number;
  /** Files per session; the last one of each session is a broken PDF that must fail with its reason. */
  filesPerSession: number;
  /** Faults of the loopback Pinecone during ingest and ending (ignored for LanceDB). */
  faults?: Pick<PineconeServerOptions, 'failRate429' | 'failRate5xx' | 'latencyMs'>;
  /** Fixed so a run's storm is the same every time. */
  seed?: number;
}

export interface LoadReport {
  files: number;
  ready: number;
  failed: number;
  /** Files that failed other than the planted broken ones (e.g. retries ran out), with their reasons. */
  unexpectedFailures: string[];
  violations: string[];
  ingestMs: number;
  endMs: number;
  /** Requests the loopback Pinecone refused on purpose. */
  injectedFaults: number;
}

const WORDS = ['amber', 'basalt', 'cedar', 'delta', 'ember', 'fjord', 'garnet', 'harbor', 'indigo', 'juniper', 'kelp', 'lagoon', 'marble', 'nettle', 'opal', 'pebble', 'quartz', 'raven', 'saffron', 'tundra'];

/** A small document whose sentences exist nowhere else, so no two files share a hash (and none is a duplicate). */
function documentText(session: number, file: number): string {
  const tag = `s${session}f${file}`;
  const sentences: string[] = [];
  for (let i = 0; i < 12; i++) {
    const a = WORDS[(session * 7 + file * 3 + i) % WORDS.length];
    const b = WORDS[(session + file * 5 + i * 11) % WORDS.length];
    sentences.push(`Record ${tag}-${i}: the ${a} survey near the ${b} station logged ${session * 1000 + file * 10 + i} readings.`);
  }
  const heading = file % 2 === 0 ? `# Field notes ${tag}\n\n` : '';
  return `${heading}${sentences.slice(0, 6).join(' ')}\n\n${sentences.slice(6).join(' ')}\n`;
}

const BROKEN_PDF = '%PDF-1.7\n1 0 obj << /Type /Catalog >> no xref table follows\n';

async function writeCorpus(dir: string, sessions: number, perSession: number): Promise<string[][]> {
  const corpus: string[][] = [];
  for (let s = 0; s < sessions; s++) {
    const files: string[] = [];
    for (let f = 0; f < perSession; f++) {
      const broken = f === perSession - 1;
      const file = path.join(dir, `session-${s}`, broken ? `broken-${s}.pdf` : `notes-${s}-${f}.${f % 2 === 0 ? 'md' : 'txt'}`);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, broken ? BROKEN_PDF : documentText(s, f));
      files.push(file);
    }
    corpus.push(files);
  }
  return corpus;
}

/** Every row id of every LanceDB table in the data dir that appears more than once. */
async function duplicateLanceIds(dataDir: string): Promise<string[]> {
  const db = await lancedb.connect(path.join(dataDir, 'vectors'));
  const seen = new Map<string, number>();
  try {
    for (const name of await db.tableNames()) {
      const table = await db.openTable(name);
      try {
        for (const row of (await table.query().select(['id']).toArray()) as { id: string }[]) seen.set(String(row.id), (seen.get(String(row.id)) ?? 0) + 1);
      } finally {
        table.close();
      }
    }
  } finally {
    db.close();
  }
  return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
}

/** Outcomes, records and counts of one session after its ingest job settled. */
async function checkSession(app: DocentApp, sid: string, files: string[], results: FileResult[], report: LoadReport, faults: boolean): Promise<void> {
  const v = report.violations;
  if (results.length !== files.length) v.push(`session ${sid}: ${files.length} files were dropped but ${results.length} results came back`);
  const session = await app.sessions.get(sid);
  for (const file of files) {
    const name = path.basename(file);
    const planted = name.startsWith('broken-');
    const result = results.find((r) => r.file === name);
    const doc = session.documents.find((d) => d.name === name);
    if (!result) {
      v.push(`session ${sid}: ${name} has no result`);
      continue;
    }
    if (!doc) v.push(`session ${sid}: ${name} ended ${result.status} but has no document record (lost)`);
    else if (doc.status !== result.status) v.push(`session ${sid}: ${name} ended ${result.status} but its record says ${doc.status}`);
    if (result.status === 'ready') {
      report.ready++;
      if (planted) v.push(`session ${sid}: the broken ${name} was reported ready`);
      if (result.chunks < 1) v.push(`session ${sid}: ${name} is ready with no chunks`);
      if (doc && doc.chunks !== result.chunks) v.push(`session ${sid}: ${name} reported ${result.chunks} chunks, its record ${doc.chunks}`);
    } else if (result.status === 'failed') {
      report.failed++;
      const message = result.error?.message ?? '';
      if (!message.includes(name)) v.push(`session ${sid}: ${name} failed with a reason that does not name it: "${message.slice(0, 200)}"`);
      if (!planted) {
        report.unexpectedFailures.push(`${name}: ${message.slice(0, 200)}`);
        // Without faults nothing excuses a good file failing.
        if (!faults) v.push(`session ${sid}: ${name} failed: ${message.slice(0, 200)}`);
      }
    } else {
      v.push(`session ${sid}: ${name} ended "${result.status}", neither ready nor failed`);
    }
  }
  const extra = session.documents.filter((d) => !files.some((f) => path.basename(f) === d.name));
  for (const doc of extra) v.push(`session ${sid}: a document ${doc.name} (${doc.status}) that was never dropped`);
  const wanted = session.documents.filter((d) => d.status === 'ready').reduce((sum, d) => sum + d.chunks, 0);
  const held = await app.store().countSession(sid);
  if (held !== wanted) v.push(`session ${sid}: its ready documents have ${wanted} chunks but the store holds ${held} vectors`);
}

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const report: LoadReport = { files: options.sessions * options.filesPerSession, ready: 0, failed: 0, unexpectedFailures: [], violations: [], ingestMs: 0, endMs: 0, injectedFaults: 0 };
  const tmp = await tempDataDir(`docent-load-${options.store}-`);
  const faults = { failRate429: 0, failRate5xx: 0, latencyMs: 0, ...(options.store === 'pinecone' ? options.faults : {}) };
  // The server reads its options on every request, so the faults can be switched off for the final checks.
  const serverOptions: PineconeServerOptions = { apiKey: 'pc-load-key', seed: options.seed ?? 20240607, ...faults };
  const server = options.store === 'pinecone' ? await startPineconeServer(serverOptions) : null;
  const pinecone: PineconeTarget | undefined = server ? { controllerUrl: server.controllerUrl, apiKey: 'pc-load-key', indexName: 'docent-load' } : undefined;
  const env = server ? cleanEnv({ PINECONE_API_KEY: 'pc-load-key', PINECONE_INDEX: 'docent-load', PINECONE_CONTROLLER_HOST: server.controllerUrl }) : cleanEnv();
  const dataDir = path.join(tmp.dir, 'data');
  let app: DocentApp | null = null;
  try {
    const corpus = await writeCorpus(path.join(tmp.dir, 'incoming'), options.sessions, options.filesPerSession);
    app = await createDocent({ dataDir, env, syncBase: false });
    if (app.store().kind !== options.store) throw new Error(`expected the ${options.store} store, Docent opened ${app.store().kind}`);
    const sids: string[] = [];
    for (let s = 0; s < options.sessions; s++) sids.push((await app.handlers['sessions.create']({ title: `Load ${s}` })).sid);

    const started = performance.now();
    const live = app;
    const outcomes = await Promise.all(sids.map((sid, s) => live.ingest.start(sid, corpus[s].map((file) => ({ path: file }))).done));
    report.ingestMs = performance.now() - started;

    const withFaults = Boolean(faults.failRate429 || faults.failRate5xx);
    if (server) Object.assign(serverOptions, { failRate429: 0, failRate5xx: 0 });
    for (let s = 0; s < sids.length; s++) await checkSession(app, sids[s], corpus[s], outcomes[s], report, withFaults);
    if (options.store === 'lancedb') {
      for (const dup of await duplicateLanceIds(dataDir)) report.violations.push(`vector id stored more than once: ${dup}`);
    }
    for (const violation of await checkInvariants(dataDir, { store: app.store(), pinecone })) report.violations.push(`after ingest: ${violation}`);

    // Ending under the same faults: each session must still end with nothing left.
    if (server) Object.assign(serverOptions, faults);
    const endStarted = performance.now();
    const ended = await Promise.allSettled(sids.map((sid) => live.handlers['sessions.end']({ sid })));
    report.endMs = performance.now() - endStarted;
    if (server) Object.assign(serverOptions, { failRate429: 0, failRate5xx: 0 });
    for (let s = 0; s < sids.length; s++) {
      const outcome = ended[s];
      if (outcome.status === 'rejected') report.violations.push(`session ${sids[s]} could not be ended: ${(outcome.reason as Error).message}`);
      const left = await countSessionLeftovers(app, sids[s]);
      if (left.vectors !== 0 || left.files !== 0) report.violations.push(`ended session ${sids[s]} left ${left.vectors} vectors and ${left.files} files`);
    }
    for (const violation of await checkInvariants(dataDir, { store: app.store(), pinecone })) report.violations.push(`after ending: ${violation}`);
    if (server) {
      const stats = server.stats();
      report.injectedFaults = stats.injected429 + stats.injected5xx;
    }
    return report;
  } finally {
    await app?.close();
    await server?.close();
    await tmp.cleanup();
  }
}
