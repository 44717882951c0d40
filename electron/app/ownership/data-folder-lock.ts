// One process owns a data folder (DESIGN.md §8). Start-up recovery deletes what a crash left half-done, so a second
// process on the same folder would delete the first one's copies and uploads from under it: every front end (the app,
// `npm run web`, each CLI command) takes this lock before anything else touches the folder, and refuses when another
// live process holds it.
//
// The lock is a folder of numbered claims, `<data>/lock/<n>.json`, each naming its process (pid, start mark, host).
// The highest number is the owner. A process claims by creating the next number exclusively; the number it saw must
// belong to a dead or released owner. Creating a file that must not exist is atomic, so of two processes taking over
// the same dead owner exactly one gets the next number; the other finds it taken and a live owner behind it. After its
// claim a process checks no higher number exists (the highest ever created is never deleted: release rewrites it as
// released), and only then deletes the lower, dead claims.
import { randomBytes } from 'node:crypto';
import { link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { DocentError } from '../../../shared/api';
import type { MessageParams } from '../../../shared/model';
import { isSameProcessAlive, processStartMark } from './process-identity';

export const LOCK_FOLDER = 'lock';

const ClaimSchema = z.object({
  pid: z.number().int(),
  token: z.string(),
  startMark: z.string().optional(),
  hostname: z.string(),
  /** What the owner is: "the app", "docent web", "docent ingest"… for the refusal message. */
  command: z.string().optional(),
  since: z.string(),
  released: z.boolean().optional(),
});
export type LockClaim = z.infer<typeof ClaimSchema>;

/** The refusal: another live process owns the folder. `code` 'busy' on the wire; `messageCode` and `params` for the window. */
export class DataFolderInUseError extends DocentError {
  readonly messageCode = 'data-folder-in-use';
  readonly params: MessageParams;
  constructor(
    readonly folder: string,
    readonly owner: LockClaim,
  ) {
    const what = owner.command ? ` (${owner.command})` : '';
    const where = owner.hostname === os.hostname() ? '' : ` on ${owner.hostname}`;
    super(
      'busy',
      `The data folder ${folder} is in use by process ${owner.pid}${what}${where}. Only one Docent can use a data folder at a time: close the other one first, or use another data folder (--data-dir).`,
    );
    this.params = { folder, pid: owner.pid, command: owner.command ?? '' };
  }
}

export interface DataFolderLock {
  /** The claim file this process holds. */
  readonly file: string;
  readonly claim: LockClaim;
  /** Marks the claim released (idempotent); the next process claims the next number. */
  release(): Promise<void>;
}

export interface AcquireOptions {
  /** Named in the refusal another process gets (e.g. "docent web"). */
  command?: string;
  /** How long to wait for a claim being written right now before giving up (default 5 s). */
  waitMs?: number;
}

/** A claim younger than this that cannot be parsed is still being written; an older one was left by a crash. */
const HALF_WRITTEN_GRACE_MS = 10_000;
const CLAIM_NAME = /^(\d{1,15})\.json$/;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function claimNumbers(dir: string): Promise<number[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .map((name) => CLAIM_NAME.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

const claimFile = (dir: string, n: number) => path.join(dir, `${n}.json`);

type ClaimState = { kind: 'claim'; claim: LockClaim } | { kind: 'being-written' } | { kind: 'dead' };

async function readClaim(file: string): Promise<ClaimState> {
  try {
    return { kind: 'claim', claim: ClaimSchema.parse(JSON.parse(await readFile(file, 'utf8'))) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'dead' };
    const info = await stat(file).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs < HALF_WRITTEN_GRACE_MS) return { kind: 'being-written' };
    return { kind: 'dead' };
  }
}

export function claimIsLive(claim: LockClaim): boolean {
  if (claim.released) return false;
  // A process on another machine sharing the folder cannot be checked from here: it counts as alive.
  if (claim.hostname !== os.hostname()) return true;
  return isSameProcessAlive(claim.pid, claim.startMark);
}

/**
 * Creates `file` with `content` only if it does not exist, never leaving it half-written: the content goes to a temp
 * file first and is hard-linked into place (link fails if the name exists). Where hard links are not supported the
 * file is created exclusively and written (a reader may then briefly see it empty: see HALF_WRITTEN_GRACE_MS).
 */
async function createExclusive(file: string, content: string): Promise<boolean> {
  const temp = path.join(path.dirname(file), `.claim-${randomBytes(8).toString('hex')}.tmp`);
  await writeFile(temp, content, { mode: 0o600 });
  try {
    await link(temp, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    try {
      await writeFile(file, content, { flag: 'wx', mode: 0o600 });
      return true;
    } catch (fallbackError) {
      if ((fallbackError as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw fallbackError;
    }
  } finally {
    await rm(temp, { force: true });
  }
}

/** Takes the data folder for this process, or throws DataFolderInUseError naming the live owner. */
export async function acquireDataFolderLock(dataDir: string, options: AcquireOptions = {}): Promise<DataFolderLock> {
  const folder = path.resolve(dataDir);
  const dir = path.join(folder, LOCK_FOLDER);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const claim: LockClaim = {
    pid: process.pid,
    token: randomBytes(16).toString('hex'),
    startMark: processStartMark(process.pid),
    hostname: os.hostname(),
    command: options.command,
    since: new Date().toISOString(),
  };
  const deadline = Date.now() + (options.waitMs ?? 5000);
  for (;;) {
    const numbers = await claimNumbers(dir);
    const top = numbers.at(-1);
    if (top !== undefined) {
      const state = await readClaim(claimFile(dir, top));
      if (state.kind === 'claim' && claimIsLive(state.claim)) throw new DataFolderInUseError(folder, state.claim);
      if (state.kind === 'being-written') {
        if (Date.now() > deadline) throw new DocentError('busy', `The data folder ${folder} is being opened by another process right now; try again.`);
        await sleep(50);
        continue;
      }
    }
    const mine = (top ?? 0) + 1;
    if (!(await createExclusive(claimFile(dir, mine), `${JSON.stringify(claim)}\n`))) continue; // another process got it: look again
    // A higher claim means this number was reused after its first holder cleaned it away: that holder's successor owns.
    if ((await claimNumbers(dir)).some((n) => n > mine)) {
      await rm(claimFile(dir, mine), { force: true });
      continue;
    }
    for (const n of numbers) if (n < mine) await rm(claimFile(dir, n), { force: true });
    return heldLock(claimFile(dir, mine), claim);
  }
}

function heldLock(file: string, claim: LockClaim): DataFolderLock {
  let released: Promise<void> | undefined;
  return {
    file,
    claim,
    release() {
      // Rewritten as released, never deleted: the highest claim must stay so that a late claimer cannot reuse its number.
      released ??= (async () => {
        const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
        try {
          await writeFile(temp, `${JSON.stringify({ ...claim, released: true })}\n`, { mode: 0o600 });
          await rename(temp, file);
        } catch (error) {
          // The folder was deleted meanwhile: nothing is left to release. (A claim left behind names a process that
          // will soon be dead, which the next process takes over.)
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
      })();
      return released;
    },
  };
}

/** Who holds the folder now, if anyone live (for messages and tests). */
export async function currentOwner(dataDir: string): Promise<LockClaim | undefined> {
  const dir = path.join(path.resolve(dataDir), LOCK_FOLDER);
  const top = (await claimNumbers(dir)).at(-1);
  if (top === undefined) return undefined;
  const state = await readClaim(claimFile(dir, top));
  return state.kind === 'claim' && claimIsLive(state.claim) ? state.claim : undefined;
}
