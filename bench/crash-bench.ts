// Crash injection at random: many runs of a child Docent (ingest, remove a document, end a session, or just start)
// killed with SIGKILL at a random moment or right after a random marker, each followed by a restart (which runs the
// recovery) and the invariant check of tests/helpers/crash-invariants.ts. Violations must be 0; the restart figure
// is what a user waits for when Docent opens after a crash.
// Run: npx tsx bench/crash-bench.ts [runs]   (DOCENT_CRASH_SEED=<n> repeats a run's kill points)
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { restartAndCheck } from '../tests/helpers/crash-invariants';
import { crashChildCommand, runCrashChild, seededRandom, writeCrashDocs, type CrashScenario } from '../tests/helpers/crash-run';
import { corpus, hasCorpora, tempDataDir } from '../tests/helpers/paths';
import { percentile } from './measure';

const LANES = 2;

/** Markers each scenario passes through after `go` (see crash-child.ts), for kills at an exact point. */
const MARKERS: Record<CrashScenario, string[]> = {
  ingest: ['sessions.create.done', 'ingest.copy.complete', 'sessions.update.done', 'ingest.extract.complete', 'store.upsert', 'store.upsert.done', 'ingest.store.complete', 'ingest.file-done.ready'],
  remove: ['sessions.update', 'sessions.update.done', 'store.deleteFiles', 'store.deleteFiles.done', 'store.purgeDeleted', 'store.purgeDeleted.done', 'sessions.update#2'],
  end: ['sessions.update.done', 'sessions.create.done', 'sessions.writeCurrent.done', 'store.deleteSession', 'store.deleteSession.done', 'store.countSession.done', 'store.purgeDeleted.done', 'sessions.remove'],
  folder: ['sessions.create.done', 'ingest.copy.complete', 'sessions.putDocuments.done', 'store.upsert.done', 'ingest.file-done.ready#2'],
  open: [],
};
/** How long each scenario usually runs after `go`, so random delays land inside it. */
const SPAN_MS: Record<CrashScenario, number> = { ingest: 4000, folder: 4000, remove: 120, end: 200, open: 800 };

interface Plan {
  scenario: CrashScenario;
  hold?: string;
  killAfterMs?: number;
  withPdf: boolean;
}

function plan(random: () => number): Plan {
  const r = random();
  const scenario: CrashScenario = r < 0.4 ? 'ingest' : r < 0.65 ? 'remove' : r < 0.9 ? 'end' : 'open';
  const markers = MARKERS[scenario];
  const byMarker = markers.length > 0 && random() < 0.4;
  return {
    scenario,
    hold: byMarker ? markers[Math.floor(random() * markers.length)] : undefined,
    killAfterMs: byMarker ? undefined : Math.round(random() * SPAN_MS[scenario]),
    withPdf: random() < 0.3,
  };
}

export async function benchCrash(runs = 200): Promise<Record<string, number>> {
  const seed = Number(process.env.DOCENT_CRASH_SEED ?? Date.now() % 2 ** 31);
  console.log(`crash bench: ${runs} runs, seed ${seed} (DOCENT_CRASH_SEED=${seed} repeats them)`);
  const random = seededRandom(seed);
  const plans = Array.from({ length: runs }, () => plan(random));
  const pdf = hasCorpora ? corpus('pdf', 'text_normal', 'tracemonkey.pdf') : undefined;
  await crashChildCommand();

  const restartMs: number[] = [];
  const childMs: number[] = [];
  let killed = 0;
  let heldMissed = 0;
  let violatedRuns = 0;
  let violations = 0;
  let next = 0;

  const lane = async (laneNo: number) => {
    const temp = await tempDataDir(`docent-crash-bench-${laneNo}-`);
    const dataDir = path.join(temp.dir, 'data');
    try {
      for (let i = next++; i < plans.length; i = next++) {
        const p = plans[i];
        const docs = await writeCrashDocs(path.join(temp.dir, 'incoming', `run-${i}`), `bench-${seed}-${i}`, seededRandom(seed + i));
        const started = performance.now();
        const run = await runCrashChild({ dataDir, scenario: p.scenario, docs, pdf: p.withPdf ? pdf : undefined, hold: p.hold, killAfterMs: p.killAfterMs });
        childMs.push(performance.now() - started);
        if (run.killed) killed++;
        if (p.hold && !run.held) heldMissed++;
        const restart = await restartAndCheck(dataDir);
        restartMs.push(restart.restartMs);
        if (restart.violations.length > 0) {
          violatedRuns++;
          violations += restart.violations.length;
          const at = p.hold ? `right after ${p.hold}` : `${p.killAfterMs} ms in`;
          console.log(`run ${i} (${p.scenario}, killed ${at}): ${restart.violations.length} violations\n  ${restart.violations.join('\n  ')}`);
        }
      }
    } finally {
      await temp.cleanup();
    }
  };
  await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));

  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return {
    seed,
    runs,
    'runs killed (the rest finished first)': killed,
    'held markers never reached': heldMissed,
    'runs with violations (must be 0)': violatedRuns,
    'violations (must be 0)': violations,
    'restart + recovery, mean ms': mean(restartMs),
    'restart + recovery, p95 ms': percentile(restartMs, 95),
    'child run until killed or done, mean ms': mean(childMs),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.env.LANCEDB_LOG ??= 'error';
  const { printTable } = await import('./measure');
  printTable('crash injection', await benchCrash(Number(process.argv[2] ?? 200)));
}
