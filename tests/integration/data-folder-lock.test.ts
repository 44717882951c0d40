// One owner per data folder, in one process: a second Docent on a folder in use is refused and told who owns it; a
// dead owner's claim (a crash, a reused pid) is taken over; of many processes taking over at once exactly one wins.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDocent } from '../../electron/app/docent';
import { acquireDataFolderLock, currentOwner, DataFolderInUseError, LOCK_FOLDER, type LockClaim } from '../../electron/app/ownership/data-folder-lock';
import { processStartMark } from '../../electron/app/ownership/process-identity';
import { tempDataDir } from '../helpers/paths';

/** The pid of a process that has exited (and been reaped), so no live process has it for now. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

async function writeClaim(dataDir: string, n: number, claim: Partial<LockClaim>): Promise<void> {
  await mkdir(path.join(dataDir, LOCK_FOLDER), { recursive: true });
  const full: LockClaim = { pid: 1, token: 'old', hostname: os.hostname(), since: new Date(0).toISOString(), ...claim };
  await writeFile(path.join(dataDir, LOCK_FOLDER, `${n}.json`), JSON.stringify(full));
}

const claims = async (dataDir: string) => (await readdir(path.join(dataDir, LOCK_FOLDER))).filter((n) => n.endsWith('.json')).sort();

describe('the data-folder lock', () => {
  test('a second Docent on a folder in use is refused with the folder and the owner’s pid; after close it opens', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const first = await createDocent({ dataDir: dir, syncBase: false, env: {}, command: 'docent web' });
      const error = await createDocent({ dataDir: dir, syncBase: false, env: {} }).then(
        () => assert.fail('the second Docent opened a folder in use'),
        (e: unknown) => e,
      );
      assert.ok(error instanceof DataFolderInUseError);
      assert.equal(error.code, 'busy');
      assert.equal(error.messageCode, 'data-folder-in-use');
      assert.deepEqual(error.params, { folder: dir, pid: process.pid, command: 'docent web' });
      assert.ok(error.message.includes(dir) && error.message.includes(`process ${process.pid}`), error.message);
      await first.close();
      const second = await createDocent({ dataDir: dir, syncBase: false, env: {} });
      await second.close();
    } finally {
      await cleanup();
    }
  });

  test('the claim of a process that died is taken over, and the dead claim is removed', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const pid = await deadPid();
      await writeClaim(dir, 7, { pid, startMark: processStartMark(process.pid) });
      const lock = await acquireDataFolderLock(dir);
      assert.deepEqual(await claims(dir), ['8.json']);
      assert.equal(lock.claim.pid, process.pid);
      assert.equal((await currentOwner(dir))?.token, lock.claim.token);
      await lock.release();
      assert.equal(await currentOwner(dir), undefined);
      assert.deepEqual(await claims(dir), ['8.json'], 'a released claim stays, marked released, so its number is never reused');
      assert.equal(JSON.parse(await readFile(path.join(dir, LOCK_FOLDER, '8.json'), 'utf8')).released, true);
    } finally {
      await cleanup();
    }
  });

  test('a live pid that belongs to a later process (pid reuse) is not mistaken for the owner', async (t) => {
    if (processStartMark(process.pid) === undefined) return t.skip(`${process.platform}: the start time of another process cannot be read here`);
    const { dir, cleanup } = await tempDataDir();
    try {
      await writeClaim(dir, 1, { pid: process.pid, startMark: 'a process that started long ago' });
      const lock = await acquireDataFolderLock(dir);
      assert.deepEqual(await claims(dir), ['2.json']);
      await lock.release();
    } finally {
      await cleanup();
    }
  });

  test('of twenty takers of one dead owner’s folder at once, exactly one wins and the others name it', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      await writeClaim(dir, 3, { pid: await deadPid() });
      const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => acquireDataFolderLock(dir)));
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      assert.equal(won.length, 1, `${won.length} takers won`);
      for (const o of outcomes) {
        if (o.status === 'rejected') assert.ok(o.reason instanceof DataFolderInUseError && o.reason.owner.token === won[0].value.claim.token, String(o.reason));
      }
      assert.deepEqual(await claims(dir), ['4.json']);
      await won[0].value.release();
    } finally {
      await cleanup();
    }
  });

  test('a claim held on another computer sharing the folder is respected', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      await writeClaim(dir, 1, { pid: await deadPid(), hostname: 'another-computer.example' });
      await assert.rejects(acquireDataFolderLock(dir), (e) => e instanceof DataFolderInUseError && /on another-computer\.example/.test(e.message));
    } finally {
      await cleanup();
    }
  });
});
