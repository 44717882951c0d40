// Crash injection: a child process runs Docent (ingest, remove a document, end a session) and is SIGKILLed at a
// chosen point; Docent then starts again on the same data dir, and whatever the crash interrupted must have been
// finished or undone: no vector without its document, no document without all of its vectors, no session left
// `ending`, no copy, folder or temp file that nothing owns (tests/helpers/crash-invariants.ts).
// Kill points are either a named marker (the child freezes right after it: exact and repeatable) or a seeded delay.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readSessionFile } from '../../electron/app/sessions/session-store';
import { countSessionLeftovers } from '../../electron/app/sessions/leftovers';
import { restartAndCheck, type PineconeTarget } from '../helpers/crash-invariants';
import { cleanEnv } from '../helpers/clean-env';
import { crashChildCommand, runCrashChild, seedSessions, seededRandom, writeCrashDocs, type CrashRunResult, type CrashScenario } from '../helpers/crash-run';
import { corpus, hasCorpora, tempDataDir } from '../helpers/paths';
import { startPineconeServer, type PineconeServer } from '../servers/pinecone/index';

const SEED = 0x5eed_c0de;
/** A real 14-page, two-column PDF: long enough to be killed mid-extraction. The test runs without it too. */
const PDF = hasCorpora ? corpus('pdf', 'text_normal', 'tracemonkey.pdf') : undefined;

interface KillPoint {
  scenario: CrashScenario;
  /** Freeze right after this marker (`name#n` for its n-th time) and kill there. */
  hold?: string;
  /** Or kill this long after the scenario began. */
  killAfterMs?: number;
}

const describePoint = (p: KillPoint) => `${p.scenario}: ${p.hold ? `killed right after ${p.hold}` : `killed ${p.killAfterMs} ms in`}`;

/** The 20 kill points, in two lanes that run side by side, each on its own data dir. */
function killPoints(seed: number): { ingest: KillPoint[]; removeAndEnd: KillPoint[] } {
  const random = seededRandom(seed);
  const within = (min: number, max: number) => Math.round(min + random() * (max - min));
  return {
    ingest: [
      { scenario: 'open', killAfterMs: within(100, 500) }, // a fresh data dir: mid base-library sync
      { scenario: 'ingest', hold: 'ingest.copy.complete' }, // a copy in place, its record never saved
      { scenario: 'ingest', hold: 'store.upsert' }, // records saved `processing`, no vector yet
      { scenario: 'ingest', hold: 'store.upsert.done' }, // one file's vectors stored, the file not ready
      { scenario: 'ingest', hold: 'ingest.store.complete#2' }, // all of a second file's vectors, not marked ready
      { scenario: 'ingest', killAfterMs: within(50, 700) },
      { scenario: 'ingest', killAfterMs: within(700, 1800) },
      { scenario: 'ingest', killAfterMs: within(1800, 3500) },
    ],
    removeAndEnd: [
      { scenario: 'remove', hold: 'sessions.update.done' }, // marked as being removed, nothing deleted
      { scenario: 'remove', hold: 'store.deleteFiles.done' }, // vectors gone, the document still listed
      { scenario: 'remove', hold: 'store.purgeDeleted.done' },
      { scenario: 'remove', hold: 'sessions.update#2' }, // copy gone, record not yet dropped
      { scenario: 'remove', killAfterMs: within(0, 60) },
      { scenario: 'remove', killAfterMs: within(0, 60) },
      { scenario: 'end', hold: 'sessions.update.done' }, // marked ending, no new session yet
      { scenario: 'end', hold: 'store.deleteSession.done' }, // vectors gone, files and session file left
      { scenario: 'end', hold: 'store.purgeDeleted' },
      { scenario: 'end', hold: 'sessions.remove' },
      { scenario: 'end', killAfterMs: within(0, 80) },
      { scenario: 'end', killAfterMs: within(0, 80) },
    ],
  };
}

const crashedMidway = (run: CrashRunResult) => run.killed && !run.markers.includes('scenario-done');

/** Where the kill landed, for the report: the time after `go` and the last marker the child printed. */
const killedWhere = (run: CrashRunResult & { attempts: number }) =>
  `killed ${run.killSentAfterMs?.toFixed(0) ?? '?'} ms after go, after ${run.markers.at(-1)}${run.attempts > 1 ? ` (attempt ${run.attempts})` : ''}`;

/** Timed kill points try again this many times, each earlier, when the child finished before the kill. */
const TIMED_ATTEMPTS = 4;

async function crashAndRecover(dataDir: string, docs: string, point: KillPoint, pinecone?: { env: NodeJS.ProcessEnv; target: PineconeTarget }) {
  let killAfterMs = point.killAfterMs;
  let run = await runCrashChild({ dataDir, docs, pdf: PDF, scenario: point.scenario, hold: point.hold, killAfterMs, env: pinecone?.env });
  // A timed kill that came after the scenario had finished crashed nothing: try again at half the time the scenario
  // took, so every timed point really kills the child in the middle of its work (a busy machine only moves the point).
  let attempt = 1;
  for (; point.killAfterMs !== undefined && !crashedMidway(run) && attempt < TIMED_ATTEMPTS; attempt++) {
    killAfterMs = Math.floor(Math.min(killAfterMs!, run.scenarioMs ?? killAfterMs!) / 2);
    run = await runCrashChild({ dataDir, docs, pdf: PDF, scenario: point.scenario, killAfterMs, env: pinecone?.env });
  }
  if (point.killAfterMs !== undefined) {
    assert.ok(crashedMidway(run), `${describePoint(point)}: the child finished its scenario (in ${run.scenarioMs?.toFixed(0)} ms) before every kill, the last at ${killAfterMs} ms`);
  }
  // A held point must really have been reached, or the test would not be testing the crash it names.
  if (point.hold) assert.equal(run.held, point.hold.split('#')[0], `the child never reached ${point.hold}; markers: ${run.markers.slice(-15).join(', ')}`);
  const restart = await restartAndCheck(dataDir, { env: pinecone?.env, pinecone: pinecone?.target });
  assert.deepEqual(restart.violations, [], `${describePoint(point)} (killed: ${run.killed}) left:\n${restart.violations.join('\n')}`);
  return { run: { ...run, attempts: attempt }, restart };
}

describe(`crash injection over LanceDB (seed ${SEED})`, { concurrency: 2 }, () => {
  const points = killPoints(SEED);
  let ingestDir: { dir: string; cleanup: () => Promise<void> };
  let removeDir: { dir: string; cleanup: () => Promise<void> };
  let docsRoot: string;

  before(async () => {
    await crashChildCommand(); // bundle the child once, before the lanes start
    ingestDir = await tempDataDir('docent-crash-ingest-');
    removeDir = await tempDataDir('docent-crash-remove-');
    docsRoot = path.join(removeDir.dir, 'incoming');
  });
  after(async () => {
    await ingestDir?.cleanup();
    await removeDir?.cleanup();
  });

  describe('ingest', { concurrency: 1 }, () => {
    const random = seededRandom(SEED + 1);
    points.ingest.forEach((point, i) => {
      test(describePoint(point), async (t) => {
        const docs = await writeCrashDocs(path.join(ingestDir.dir, 'incoming', `run-${i}`), `ingest-run-${i}`, random);
        const { run } = await crashAndRecover(path.join(ingestDir.dir, 'data'), docs, point);
        t.diagnostic(killedWhere(run));
      });
    });
  });

  describe('remove and end', { concurrency: 1 }, () => {
    const data = () => path.join(removeDir.dir, 'data');
    const random = seededRandom(SEED + 4);
    let docs: string;

    before(async () => {
      docs = await writeCrashDocs(path.join(docsRoot, 'seed'), 'seed', random, 2);
      const files = (await readdir(docs)).filter((n) => n !== 'broken.pdf').map((n) => path.join(docs, n));
      await seedSessions(data(), [...files, path.join(docs, 'broken.pdf')], 11);
    });

    for (const point of points.removeAndEnd) {
      test(describePoint(point), async (t) => {
        const { run, restart } = await crashAndRecover(data(), docs, point);
        t.diagnostic(killedWhere(run));
        if (point.hold === 'store.deleteFiles.done') {
          // The user asked for the removal and its vectors were already gone: the restart finishes it.
          const session = await readSessionFile(path.join(data(), 'sessions', `${run.target!.sid}.session`));
          assert.equal(session.documents.find((d) => d.fileId === run.target!.fileId), undefined, 'the removed document is gone after the restart');
        }
        if (point.scenario === 'end' && point.hold) {
          assert.ok(!restart.sids.includes(run.target!.sid), 'the session being ended is gone after the restart');
        }
      });
    }

    test('a child killed in the middle of ending, then a restart, finishes the job', async () => {
      const run = await runCrashChild({ dataDir: data(), docs, scenario: 'end', hold: 'store.deleteSession' });
      assert.equal(run.held, 'store.deleteSession');
      const sid = run.target!.sid;
      const left = await readSessionFile(path.join(data(), 'sessions', `${sid}.session`));
      assert.equal(left.state, 'ending', 'killed after the session was marked ending');
      assert.ok(left.documents.some((d) => d.status === 'ready' && d.chunks > 0), 'and before anything of it was erased');

      const restart = await restartAndCheck(data(), {
        inspect: async (app) => {
          assert.deepEqual(await countSessionLeftovers(app, sid), { vectors: 0, files: 0 });
          const listed = await app.handlers['sessions.list'](undefined);
          assert.ok(!listed.some((s) => s.sid === sid), 'the ended session is not listed');
        },
      });
      assert.deepEqual(restart.violations, []);
    });

    test('temp files of writes a crash interrupted are removed at start', async () => {
      // The windows for these are a few microseconds wide, too narrow to hit with a kill: lay the leftovers by hand.
      const [sid] = await seedSessions(data(), [path.join(docs, 'notes-0.md')], 1);
      const sessionsDir = path.join(data(), 'sessions');
      const filesDir = path.join(sessionsDir, `${sid}.files`);
      await writeFile(path.join(filesDir, '.incoming-0123456789abcdef'), 'half a copy');
      await writeFile(path.join(filesDir, '.0123456789abcdef.pages.json.a1b2c3.tmp'), '{"pages":');
      await writeFile(path.join(sessionsDir, `.${sid}.session.d4e5f6a7b8c9.tmp`), '{"version":');
      await writeFile(path.join(sessionsDir, '.current.a1b2c3d4e5f6.tmp'), 'abc');
      await writeFile(path.join(data(), 'base', '.manifest.json.0a1b2c3d4e5f.tmp'), '{"embedderId":');
      const restart = await restartAndCheck(data());
      assert.deepEqual(restart.violations, []);
      const names = [...(await readdir(sessionsDir)), ...(await readdir(filesDir)), ...(await readdir(path.join(data(), 'base')))];
      assert.deepEqual(names.filter((n) => n.endsWith('.tmp') || n.startsWith('.incoming-')), []);
    });
  });
});

describe('crash injection over the loopback Pinecone server', () => {
  const KEY = 'crash-key';
  let server: PineconeServer;
  let temp: { dir: string; cleanup: () => Promise<void> };
  let env: NodeJS.ProcessEnv;
  let target: PineconeTarget;
  let docs: string;
  const data = () => path.join(temp.dir, 'data');
  const random = seededRandom(SEED + 2);

  before(async () => {
    server = await startPineconeServer({ apiKey: KEY, seed: SEED });
    temp = await tempDataDir('docent-crash-pinecone-');
    env = cleanEnv({ PINECONE_API_KEY: KEY, PINECONE_INDEX: 'crash', PINECONE_CONTROLLER_HOST: server.controllerUrl });
    target = { controllerUrl: server.controllerUrl, apiKey: KEY, indexName: 'crash' };
    docs = await writeCrashDocs(path.join(temp.dir, 'incoming'), 'pinecone', random, 2);
    await seedSessions(data(), [path.join(docs, 'notes-0.md'), path.join(docs, 'notes-1.txt')], 3, env);
  });
  after(async () => {
    await server?.close();
    await temp?.cleanup();
  });

  const points: KillPoint[] = [
    { scenario: 'ingest', hold: 'store.upsert.done' },
    { scenario: 'remove', hold: 'store.deleteFiles.done' },
    { scenario: 'end', hold: 'store.deleteSession.done' },
    { scenario: 'ingest', killAfterMs: Math.round(200 + seededRandom(SEED + 3)() * 1500) },
  ];
  for (const point of points) {
    test(describePoint(point), async (t) => {
      const { run } = await crashAndRecover(data(), docs, point, { env, target });
      t.diagnostic(killedWhere(run));
    });
  }
});
