// What must hold in a data dir after any crash once Docent has started again (and so run its recovery).
// Each broken promise comes back as one sentence naming the session, document or file, so a failing crash test says
// what was left behind. The vectors are read straight from the stores (every LanceDB table, every Pinecone id),
// not through Docent's own counting, so an orphan that Docent cannot see is found too.
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import { Pinecone } from '@pinecone-database/pinecone';
import { BASE_SID } from '../../shared/ids';
import { DocumentRecordSchema, type DocumentRecord, type SessionFile } from '../../shared/model';
import { readSessionFile } from '../../electron/app/sessions/session-store';
import { createDocent, type DocentApp } from '../../electron/app/docent';
import type { VectorStore } from '../../electron/app/vectors/vector-store';
import { cleanEnv } from './clean-env';

export interface PineconeTarget {
  controllerUrl: string;
  apiKey: string;
  indexName: string;
  namespace?: string;
}

export interface InvariantOptions {
  /** The restarted app's store: each document's count is also checked through `countFile`. */
  store?: VectorStore;
  /** Read the vectors from this Pinecone index instead of the data dir's LanceDB tables. */
  pinecone?: PineconeTarget;
}

/** Vectors per `<sid>#<fileId>`, as the store itself holds them. */
type PairCounts = Map<string, number>;

const pairKey = (sid: string, fileId: string) => `${sid}#${fileId}`;

/** Every violated invariant, as a readable sentence; empty when the data dir is consistent. */
export async function checkInvariants(dataDir: string, options: InvariantOptions = {}): Promise<string[]> {
  const violations: string[] = [];
  const sessionsDir = path.join(dataDir, 'sessions');
  const names = await readdir(sessionsDir).catch(() => [] as string[]);

  // 1. Every session file parses (unreadable ones were moved aside as `.corrupt-…`), and none is left `ending`.
  const sessions = new Map<string, SessionFile>();
  for (const name of names) {
    if (!name.endsWith('.session')) continue;
    const sid = name.slice(0, -'.session'.length);
    let parsed: SessionFile;
    try {
      parsed = await readSessionFile(path.join(sessionsDir, name));
    } catch (error) {
      violations.push(`session file ${name} cannot be read and was not moved aside: ${(error as Error).message.slice(0, 200)}`);
      continue;
    }
    if (parsed.sid !== sid) violations.push(`session file ${name} names another session (${parsed.sid})`);
    if (parsed.state !== 'active') violations.push(`session ${sid} is still "${parsed.state}" after recovery`);
    sessions.set(sid, parsed);
  }

  // 2. No `<sid>.files/` without its session, and nothing in one that no document of the session owns.
  for (const name of names) {
    if (!name.endsWith('.files')) continue;
    const sid = name.slice(0, -'.files'.length);
    const session = sessions.get(sid);
    if (!session) {
      violations.push(`folder ${name} has no session file`);
      continue;
    }
    const owned = new Set<string>();
    for (const doc of session.documents) {
      if (doc.copy) owned.add(doc.copy);
      if (doc.status === 'ready') owned.add(`${doc.fileId}.pages.json`);
    }
    for (const entry of await readdir(path.join(sessionsDir, name))) {
      if (!owned.has(entry) && !isStray(entry)) violations.push(`${name}/${entry} belongs to no document of session ${sid}`);
    }
  }

  // 3. No temporary file survives recovery, anywhere but inside the vector store's own folder.
  for (const stray of await strayFiles(dataDir)) violations.push(`temporary file left after recovery: ${stray}`);

  // 4. Documents: settled, with their copy where one is kept.
  for (const session of sessions.values()) {
    for (const doc of session.documents) {
      const where = `document ${doc.name} (${doc.fileId}) of session ${session.sid}`;
      if (doc.status !== 'ready' && doc.status !== 'failed' && doc.status !== 'needs-password') {
        violations.push(`${where} is still "${doc.status}" after recovery`);
      }
      if ((doc.status === 'ready' || doc.status === 'needs-password') && doc.copy && !existsSync(path.join(sessionsDir, `${session.sid}.files`, doc.copy))) {
        violations.push(`${where} is ${doc.status} but its copy ${doc.copy} is missing`);
      }
    }
  }

  // 5. Vectors: none without its session and document; a ready document has exactly its chunks, any other none.
  const counts = options.pinecone ? await pineconePairs(options.pinecone) : await lancePairs(path.join(dataDir, 'vectors'));
  const base = await baseDocuments(dataDir);
  const expected = new Map<string, { where: string; doc: DocumentRecord }>();
  for (const doc of base) expected.set(pairKey(BASE_SID, doc.fileId), { where: `base document ${doc.name}`, doc });
  for (const session of sessions.values()) {
    for (const doc of session.documents) {
      expected.set(pairKey(session.sid, doc.fileId), { where: `document ${doc.name} (${doc.fileId}) of session ${session.sid}`, doc });
    }
  }
  for (const [key, count] of counts) {
    const [sid, fileId] = key.split('#');
    const owner = expected.get(key);
    if (!owner) {
      const why = sid === BASE_SID ? 'no such base document' : sessions.has(sid) ? 'its session has no such document' : 'its session does not exist';
      violations.push(`${count} vectors of ${sid}/${fileId} are orphans: ${why}`);
    }
  }
  for (const [key, { where, doc }] of expected) {
    const count = counts.get(key) ?? 0;
    const wanted = doc.status === 'ready' ? doc.chunks : 0;
    if (count !== wanted) violations.push(`${where} is ${doc.status} with ${doc.chunks} chunks but the store holds ${count} of its vectors`);
    if (options.store && key.split('#')[0] !== BASE_SID) {
      const [sid, fileId] = key.split('#');
      const seen = await options.store.countFile(sid, fileId);
      if (seen !== count) violations.push(`${where}: the store counts ${seen} vectors, its table holds ${count}`);
    }
  }
  return violations;
}

/** Names that only a write interrupted by a crash leaves behind. */
function isStray(name: string): boolean {
  return name.startsWith('.incoming-') || name.endsWith('.tmp');
}

async function strayFiles(dataDir: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(dataDir, { recursive: true }).catch(() => [] as string[]);
  for (const entry of entries) {
    if (entry === 'vectors' || entry.startsWith(`vectors${path.sep}`)) continue;
    if (isStray(path.basename(entry))) found.push(entry);
  }
  return found;
}

async function baseDocuments(dataDir: string): Promise<DocumentRecord[]> {
  try {
    const manifest = JSON.parse(await readFile(path.join(dataDir, 'base', 'manifest.json'), 'utf8')) as { documents?: unknown[] };
    return (manifest.documents ?? []).map((d) => DocumentRecordSchema.parse(d));
  } catch {
    return [];
  }
}

/** Every (sid, fileId) pair in every LanceDB table of the data dir, with its number of rows. */
async function lancePairs(vectorsDir: string): Promise<PairCounts> {
  const counts: PairCounts = new Map();
  if (!existsSync(vectorsDir)) return counts;
  const db = await lancedb.connect(vectorsDir);
  try {
    for (const name of await db.tableNames()) {
      const table = await db.openTable(name);
      try {
        const rows = (await table.query().select(['sid', 'fileId']).toArray()) as { sid: string; fileId: string }[];
        for (const row of rows) {
          const key = pairKey(String(row.sid), String(row.fileId));
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      } finally {
        table.close();
      }
    }
  } finally {
    db.close();
  }
  return counts;
}

/** Every record id of the Pinecone index (`<sid>#<fileId>#<chunk>`), listed page by page with the real client. */
async function pineconePairs(target: PineconeTarget): Promise<PairCounts> {
  const counts: PairCounts = new Map();
  const client = new Pinecone({ apiKey: target.apiKey, controllerHostUrl: target.controllerUrl, maxRetries: 0 });
  let host: string;
  try {
    host = (await client.describeIndex(target.indexName)).host;
  } catch (error) {
    if ((error as Error).name === 'PineconeNotFoundError') return counts; // nothing was ever stored
    throw error;
  }
  const index = client.index({ host, namespace: target.namespace ?? '__default__' });
  let paginationToken: string | undefined;
  do {
    const page = await index.listPaginated({ limit: 100, ...(paginationToken ? { paginationToken } : {}) });
    for (const { id } of page.vectors ?? []) {
      const [sid, fileId] = (id ?? '').split('#');
      const key = pairKey(sid, fileId ?? '');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    paginationToken = page.pagination?.next || undefined;
  } while (paginationToken);
  return counts;
}

export interface RestartResult {
  violations: string[];
  /** From opening Docent (recovery included) to the base library being in sync. */
  restartMs: number;
  /** Active sessions after the restart. */
  sids: string[];
}

/**
 * Starts Docent again on the data dir (which runs its crash recovery), waits for the base library, checks the
 * invariants and closes. `inspect` runs on the live app before it closes.
 */
export async function restartAndCheck(
  dataDir: string,
  options: { env?: NodeJS.ProcessEnv; pinecone?: PineconeTarget; inspect?: (app: DocentApp) => Promise<void> } = {},
): Promise<RestartResult> {
  const started = performance.now();
  const app = await createDocent({ dataDir, env: options.env ?? cleanEnv() });
  try {
    await app.baseSynced();
    const restartMs = performance.now() - started;
    const violations = await checkInvariants(dataDir, { store: app.store(), pinecone: options.pinecone });
    const sids = (await app.handlers['sessions.list'](undefined)).map((s) => s.sid);
    await options.inspect?.(app);
    return { violations, restartMs, sids };
  } finally {
    await app.close();
  }
}
