// The malloc arena cap (electron/app/malloc-arenas.ts), observed in glibc itself: a bundled probe in plain Node, as
// the app's bundles run, starts more allocating threads than the cap and counts the arenas glibc made for them.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build as esbuild } from 'esbuild';
import { bundleOptions, KEEP_ON_DISK } from '../../scripts/electron-bundles.mjs';
import { repoRoot } from '../helpers/paths';

const run = promisify(execFile);
let dir = '';
let probe = '';

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'docent-arenas-'));
  probe = path.join(dir, 'arena-probe.cjs');
  const entry = { in: 'tests/fixtures/memory/arena-probe.ts', out: 'arena-probe.cjs', external: KEEP_ON_DISK };
  await esbuild({ ...bundleOptions(repoRoot, entry, probe), sourcemap: false });
});

after(() => rm(dir, { recursive: true, force: true }));

interface ProbeRun {
  result: { capped: boolean; reason?: string; arenas?: number };
  threads: number;
  limit: number;
  arenas: number;
}

async function probeRun(mode: 'cap' | 'none', env: NodeJS.ProcessEnv = {}): Promise<ProbeRun> {
  const environment: NodeJS.ProcessEnv = { ...process.env, NODE_PATH: path.join(repoRoot, 'node_modules'), ...env };
  if (!('MALLOC_ARENA_MAX' in env)) delete environment.MALLOC_ARENA_MAX;
  const { stdout, stderr } = await run(process.execPath, [probe, mode], { env: environment, timeout: 60_000 });
  return { ...JSON.parse(stdout.trim().split('\n').pop()!), arenas: stderr.match(/^Arena \d+:/gm)?.length ?? 0 };
}

const onGlibc = process.platform === 'linux' && Boolean((process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header?.glibcVersionRuntime);

test('threads that allocate at once share the capped number of malloc arenas', { skip: !onGlibc && 'glibc only: other allocators keep no arena per thread' }, async () => {
  const capped = await probeRun('cap');
  const uncapped = await probeRun('none');
  assert.deepEqual(capped.result, { capped: true, arenas: capped.limit });
  // Node's own start-up may have made an arena or two before the cap.
  assert.ok(capped.arenas <= capped.limit + 1, `${capped.arenas} arenas for ${capped.threads} threads with a cap of ${capped.limit}`);
  // Without the cap glibc gives each of those threads an arena of its own: the probe can tell the difference.
  assert.ok(uncapped.arenas > capped.limit + 1, `uncapped, ${uncapped.threads} threads made only ${uncapped.arenas} arenas`);
});

test("a user's own MALLOC_ARENA_MAX is left as it is", { skip: !onGlibc && 'glibc only' }, async () => {
  const run = await probeRun('cap', { MALLOC_ARENA_MAX: '5' });
  assert.equal(run.result.capped, false);
  assert.match(run.result.reason ?? '', /MALLOC_ARENA_MAX/);
  assert.ok(run.arenas <= 5 + 1, `${run.arenas} arenas with MALLOC_ARENA_MAX=5`);
});
