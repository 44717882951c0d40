// A child process for crash injection: opens Docent on a data dir, performs one scenario and prints progress markers
// (`@@ <name>`) on stdout, so the parent can SIGKILL it at a chosen point or after a delay.
//
//   node --import tsx tests/helpers/crash-child.ts <dataDir> <scenario> [--docs=<dir>] [--pdf=<file>] [--hold=<marker>[#n]]
//
// Scenarios:
//   ingest  a new session, then every file of --docs plus --pdf ingested in one job
//   folder  a new session, then --docs added as one folder (walked by Docent, subfolders included)
//   remove  removes a ready document (of any active session; one is ingested first when there is none)
//   end     ends an active session that has ready documents (one is made first when there is none)
//   open    only starts (recovery, base library sync) and closes
//
// Markers after `@@ go` come from the vector store's and the session store's methods (`store.upsert`,
// `store.upsert.done`, `sessions.update.done`…) and from ingest progress (`ingest.copy.1`, `ingest.store`…).
// `--hold=<marker>#<n>` freezes the whole main thread right after the n-th such marker (default 1st) and prints
// `@@ HOLD <marker>`: the parent then kills it at exactly that point. The child exits 0 when the scenario is done.
import { writeSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createDocent, type DocentApp } from '../../electron/app/docent';
import type { IngestFile } from '../../electron/app/ingest/ingest-service';

const SCENARIOS = ['ingest', 'folder', 'remove', 'end', 'open'] as const;
type CrashScenario = (typeof SCENARIOS)[number];

let armed = false;
let hold: { marker: string; occurrence: number } | undefined;
const seen = new Map<string, number>();

/** Written synchronously, so a marker printed before a kill is never lost in a buffer. */
function mark(name: string): void {
  writeSync(1, `@@ ${name}\n`);
  if (!armed || !hold) return;
  const count = (seen.get(name) ?? 0) + 1;
  seen.set(name, count);
  if (name === hold.marker && count === hold.occurrence) {
    writeSync(1, `@@ HOLD ${name}\n`);
    // Freeze the main thread where it stands: no later line of Docent's own code runs before the kill.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  }
}

function parseArgs(argv: string[]) {
  const [dataDir, scenario, ...rest] = argv;
  if (!dataDir || !SCENARIOS.includes(scenario as CrashScenario)) {
    throw new Error(`usage: crash-child.ts <dataDir> <${SCENARIOS.join('|')}> [--docs=<dir>] [--pdf=<file>] [--hold=<marker>[#n]]`);
  }
  const options: Record<string, string> = {};
  for (const arg of rest) {
    const match = /^--([a-z]+)=(.*)$/.exec(arg);
    if (!match) throw new Error(`crash-child: unknown argument ${arg}`);
    options[match[1]] = match[2];
  }
  return { dataDir, scenario: scenario as CrashScenario, docs: options.docs, pdf: options.pdf, hold: options.hold };
}

/** Wraps the methods of one live object so each call prints a marker before it starts and after it settles. */
function instrument(target: object, label: string, methods: string[]): void {
  const object = target as Record<string, unknown>;
  for (const method of methods) {
    const original = object[method];
    if (typeof original !== 'function') continue;
    object[method] = async (...args: unknown[]) => {
      mark(`${label}.${method}`);
      const result = await (original as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      mark(`${label}.${method}.done`);
      return result;
    };
  }
}

async function filesToIngest(docs: string | undefined, pdf: string | undefined): Promise<IngestFile[]> {
  const files: IngestFile[] = [];
  if (docs) for (const name of (await readdir(docs)).sort()) files.push({ path: path.join(docs, name) });
  if (pdf) files.push({ path: pdf });
  if (files.length === 0) throw new Error('crash-child: nothing to ingest (give --docs or --pdf)');
  return files;
}

async function ingestIntoNewSession(app: DocentApp, files: IngestFile[], title: string): Promise<string> {
  const session = await app.lifecycle.openNew(title);
  mark(`session ${session.sid}`);
  await app.ingest.start(session.sid, files).done;
  return session.sid;
}

/** An active session with a ready document, preferring the oldest, so a data dir reused by many runs stays small. */
async function findReady(app: DocentApp): Promise<{ sid: string; fileId: string } | undefined> {
  const sessions = (await app.sessions.list()).filter((s) => s.state === 'active').reverse();
  for (const session of sessions) {
    const doc = session.documents.find((d) => d.status === 'ready');
    if (doc) return { sid: session.sid, fileId: doc.fileId };
  }
  return undefined;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.hold) {
    const [marker, n] = args.hold.split('#');
    hold = { marker, occurrence: n ? Number(n) : 1 };
  }
  // The parent (crash-run.ts) starts this process with cleanEnv(), plus the Pinecone settings of a Pinecone lane.
  const app = await createDocent({ dataDir: args.dataDir, env: process.env });
  mark('ready');
  app.onEvent('ingest', (event) => {
    if (event.type === 'progress') mark(`ingest.${event.stage}${event.done === event.total ? '.complete' : ''}`);
    else if (event.type === 'file-done') mark(`ingest.file-done.${event.status}`);
  });

  let target: { sid: string; fileId?: string } | undefined;
  if (args.scenario === 'remove' || args.scenario === 'end') {
    target = await findReady(app);
    if (!target) {
      await ingestIntoNewSession(app, await filesToIngest(args.docs, undefined), `Crash ${args.scenario} setup`);
      target = await findReady(app);
      if (!target) throw new Error('crash-child: the setup ingest left no ready document');
    }
    mark(`target ${target.sid} ${target.fileId ?? ''}`.trim());
  }

  // From here on every store and session write is visible to the parent, and a hold can fire.
  instrument(app.store(), 'store', ['upsert', 'deleteFile', 'deleteFiles', 'deleteSession', 'countSession', 'purgeDeleted']);
  instrument(app.sessions, 'sessions', ['create', 'update', 'putDocuments', 'remove', 'writeCurrent']);
  armed = true;
  mark('go');

  switch (args.scenario) {
    case 'ingest':
      await ingestIntoNewSession(app, await filesToIngest(args.docs, args.pdf), 'Crash ingest');
      break;
    case 'folder':
      if (!args.docs) throw new Error('crash-child: the folder scenario needs --docs');
      await ingestIntoNewSession(app, [{ path: args.docs }], 'Crash folder');
      break;
    case 'remove':
      await app.handlers['documents.remove']({ sid: target!.sid, fileId: target!.fileId! });
      break;
    case 'end':
      await app.handlers['sessions.end']({ sid: target!.sid });
      break;
    case 'open':
      await app.baseSynced();
      break;
  }
  mark('scenario-done');
  await app.close();
  mark('exit');
}

main().then(
  () => process.exit(0),
  (error) => {
    writeSync(2, `crash-child failed: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
