// One process owns a data folder, across processes as users start them: a CLI command while another process is in
// the middle of an ingest, two ingests at once, and an owner killed mid-ingest. The second process must refuse and say
// which folder and which process, and must not touch the first one's work (its recovery would delete the document's
// copy and vectors from under it); a dead owner's folder is taken over and its interrupted ingest cleaned up.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { docent } from '../helpers/docent-cli';
import { repoRoot, tempDataDir } from '../helpers/paths';
import { parseSessionFile } from '../../electron/app/sessions/session-file';

const OWNER_CHILD = path.join(repoRoot, 'tests', 'helpers', 'owner-child.ts');

interface Owner {
  child: ChildProcessWithoutNullStreams;
  pid: number;
  sid: string;
  /** Resolves with the marker's text once the child printed it. */
  marker(prefix: string): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** Starts tests/helpers/owner-child.ts and waits until it is paused mid-ingest of `file`. */
async function startPausedOwner(dataDir: string, file: string): Promise<Owner> {
  const child = spawn(process.execPath, ['--import', 'tsx', OWNER_CHILD, dataDir, file], { cwd: repoRoot, env: { ...process.env, LANCEDB_LOG: 'error' } });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const seen: string[] = [];
  const waiters: { prefix: string; resolve: (text: string) => void }[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (!line.startsWith('@@ ')) return;
    const text = line.slice(3);
    seen.push(text);
    for (const w of waiters.filter((w) => text.startsWith(w.prefix))) w.resolve(text);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  const marker = (prefix: string) =>
    Promise.race([
      new Promise<string>((resolve) => {
        const found = seen.find((t) => t.startsWith(prefix));
        if (found) resolve(found);
        else waiters.push({ prefix, resolve });
      }),
      exited.then((e) => Promise.reject(new Error(`owner child exited (${e.code ?? e.signal}) before "${prefix}": ${e.stderr.slice(-1500)}`))),
      new Promise<string>((_, reject) => setTimeout(() => reject(new Error(`owner child: no "${prefix}" after 120 s`)), 120_000).unref()),
    ]);
  const pid = Number((await marker('ready ')).split(' ')[1]);
  const sid = (await marker('session ')).split(' ')[1];
  await marker('paused');
  return { child, pid, sid, marker, exited };
}

/** The session as its file on disk holds it (read with the app's own parser: the file is JSON lines). */
async function sessionFile(dataDir: string, sid: string) {
  const { state } = parseSessionFile(await readFile(path.join(dataDir, 'sessions', `${sid}.session`), 'utf8'));
  return { documents: [...state.documents.values()] };
}

const refusedBy = (result: { code: number; stderr: string }, dataDir: string, pid: number) => {
  assert.notEqual(result.code, 0, 'the second process was refused');
  assert.ok(result.stderr.includes(`The data folder ${dataDir} is in use by process ${pid}`), result.stderr);
};

describe('one owner per data folder, across processes', { timeout: 600_000 }, () => {
  test('a CLI command during another process’s ingest is refused; the owner’s copy survives and its ingest finishes', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const file = path.join(dir, 'harbour.txt');
      await writeFile(file, 'The harbour lighthouse was lit every night from 1851 until the new beacon was built.\n');
      const data = path.join(dir, 'data');
      const owner = await startPausedOwner(data, file);
      try {
        const filesDir = path.join(data, 'sessions', `${owner.sid}.files`);
        const copyBefore = (await sessionFile(data, owner.sid)).documents[0].copy!;
        assert.ok(existsSync(path.join(filesDir, copyBefore)));

        for (const args of [['sessions', 'list'], ['--json', 'count', '--session', owner.sid]]) {
          refusedBy(await docent(data, ...args), data, owner.pid);
        }
        assert.ok(existsSync(path.join(filesDir, copyBefore)), 'the owner’s copy is still there');
        assert.equal((await sessionFile(data, owner.sid)).documents[0].status, 'processing');

        owner.child.stdin.write('go\n');
        assert.equal(await owner.marker('done '), 'done ready');
        await owner.marker('closed');
        assert.equal((await owner.exited).code, 0);
      } finally {
        owner.child.kill('SIGKILL');
      }
      const [doc] = (await sessionFile(data, owner.sid)).documents;
      assert.equal(doc.status, 'ready');
      assert.ok(existsSync(path.join(data, 'sessions', `${owner.sid}.files`, doc.copy!)));
      const count = await docent(data, '--json', 'count', '--session', owner.sid);
      assert.equal(count.code, 0, count.stderr);
      assert.ok(JSON.parse(count.stdout).vectors >= 1, 'its vectors are stored');
    } finally {
      await cleanup();
    }
  });

  test('two ingests at once: the second is refused and adds nothing; run again after the first, both documents are ready', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const first = path.join(dir, 'first.txt');
      const second = path.join(dir, 'second.txt');
      await writeFile(first, 'The ferry to the island leaves at seven and returns at noon.\n');
      await writeFile(second, 'The customs house keeps a ledger of every cargo landed at the dock.\n');
      const data = path.join(dir, 'data');
      const owner = await startPausedOwner(data, first);
      try {
        refusedBy(await docent(data, 'ingest', '--session', owner.sid, second), data, owner.pid);
        assert.deepEqual((await sessionFile(data, owner.sid)).documents.map((d) => d.name), ['first.txt']);
        owner.child.stdin.write('go\n');
        assert.equal(await owner.marker('done '), 'done ready');
        assert.equal((await owner.exited).code, 0);
      } finally {
        owner.child.kill('SIGKILL');
      }
      const again = await docent(data, '--json', 'ingest', '--session', owner.sid, second);
      assert.equal(again.code, 0, again.stderr);
      assert.deepEqual(
        (await sessionFile(data, owner.sid)).documents.map((d) => [d.name, d.status]),
        [
          ['first.txt', 'ready'],
          ['second.txt', 'ready'],
        ],
      );
    } finally {
      await cleanup();
    }
  });

  test('an owner killed mid-ingest: the next process takes the folder over and cleans up the interrupted document', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const file = path.join(dir, 'tide.txt');
      await writeFile(file, 'The tide tables for the channel are printed each winter by the harbour master.\n');
      const data = path.join(dir, 'data');
      const owner = await startPausedOwner(data, file);
      owner.child.kill('SIGKILL');
      assert.equal((await owner.exited).signal, 'SIGKILL');
      const before = await docent(data, '--json', 'count', '--session', owner.sid);
      assert.equal(before.code, 0, before.stderr);
      // The count ran after recovery: the interrupted document's vectors and copy are gone, its record says why.
      assert.deepEqual(JSON.parse(before.stdout), { vectors: 0, files: 1 });
      const [doc] = (await sessionFile(data, owner.sid)).documents;
      assert.equal(doc.status, 'failed');
      assert.equal(doc.error?.code, 'interrupted');
      assert.deepEqual(await readdir(path.join(data, 'sessions', `${owner.sid}.files`)).catch(() => []), []);
    } finally {
      await cleanup();
    }
  });
});
