// The parent's side of crash injection: starts tests/helpers/crash-child.ts, follows its markers and SIGKILLs it at
// the chosen point (a held marker, or a delay after the scenario began); and writes the documents a run ingests.
import { seededRandom } from './seeded-random';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createDocent } from '../../electron/app/docent';
import { repoRoot } from './paths';
import { cleanEnv } from './clean-env';

export type CrashScenario = 'ingest' | 'folder' | 'remove' | 'end' | 'open';

export interface CrashRunOptions {
  dataDir: string;
  scenario: CrashScenario;
  /** Folder whose files the child ingests (and uses to set up `remove` and `end`). */
  docs?: string;
  /** A PDF ingested with the docs. */
  pdf?: string;
  /** `marker` or `marker#n`: the child freezes right after it and is killed there. */
  hold?: string;
  /** Kill this long after the scenario began (`@@ go`), or after `killTimerFrom`. */
  killAfterMs?: number;
  /**
   * `marker#n`: start the `killAfterMs` timer at the marker's n-th occurrence instead of at `go`, so a timed kill lands
   * inside the work however fast the machine runs it (a folder of 240 files is done in about 1 s on an idle machine).
   */
  killTimerFrom?: string;
  /** The child's environment (default: cleanEnv(), the embedded stores, no Pinecone). */
  env?: NodeJS.ProcessEnv;
  /** A child still running after this long is killed and the run fails. Default 60 s. */
  timeoutMs?: number;
}

export interface CrashRunResult {
  /** True when the child was SIGKILLed; false when it finished the scenario first. */
  killed: boolean;
  exitCode: number | null;
  /** Every marker the child printed, in order. */
  markers: string[];
  /** The marker it was frozen at, when a hold fired. */
  held?: string;
  /** The session (and document) a `remove` or `end` run worked on. */
  target?: { sid: string; fileId?: string };
  /** The session an `ingest` run created. */
  session?: string;
  /** How long after `@@ go` the kill was sent (a timed or held kill). */
  killSentAfterMs?: number;
  /** How long the scenario took from `@@ go` to `@@ scenario-done`, when the child got that far. */
  scenarioMs?: number;
  stderr: string;
}

const CHILD = path.join(repoRoot, 'tests', 'helpers', 'crash-child.ts');

/** Packages that must load from node_modules even in the worker's bundle (native code, files read beside them). */
const KEEP_ON_DISK = ['@lancedb/*', 'apache-arrow', 'pdfjs-dist', 'piscina', 'tesseract.js', '@tesseract.js-data/*', '@napi-rs/*', 'canvas'];

let bundled: Promise<string[]> | undefined;

/**
 * The command line that starts the child. Loading Docent's TypeScript through tsx costs each child about 1.5 s, most
 * of a short crash run; so the child and its extraction worker are bundled once per process with esbuild (as the app
 * itself is) into a folder under .tmp/ (two levels below the root, so node_modules and resources/ resolve as from
 * the sources). `DOCENT_CRASH_CHILD=tsx` runs the sources through tsx instead.
 */
export function crashChildCommand(): Promise<string[]> {
  if (process.env.DOCENT_CRASH_CHILD === 'tsx') return Promise.resolve(['--import', 'tsx', CHILD]);
  bundled ??= (async () => {
    const { build } = await import('esbuild');
    await mkdir(path.join(repoRoot, '.tmp'), { recursive: true });
    const outDir = await mkdtemp(path.join(repoRoot, '.tmp', 'crash-child-'));
    process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
    const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'error', absWorkingDir: repoRoot } as const;
    await build({ ...common, entryPoints: [CHILD], outfile: path.join(outDir, 'crash-child.mjs'), format: 'esm', packages: 'external' });
    // The pool looks for `extract-worker.cjs` beside the bundle that imports it (see defaultWorkerPath).
    await build({
      ...common,
      entryPoints: [path.join(repoRoot, 'electron', 'app', 'documents', 'extract-worker.ts')],
      outfile: path.join(outDir, 'extract-worker.cjs'),
      format: 'cjs',
      external: KEEP_ON_DISK,
      banner: { js: "const __docentImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
      define: { 'import.meta.url': '__docentImportMetaUrl' },
    });
    return [path.join(outDir, 'crash-child.mjs')];
  })();
  return bundled;
}

export async function runCrashChild(options: CrashRunOptions): Promise<CrashRunResult> {
  const args = [...(await crashChildCommand()), options.dataDir, options.scenario];
  if (options.docs) args.push(`--docs=${options.docs}`);
  if (options.pdf) args.push(`--pdf=${options.pdf}`);
  if (options.hold) args.push(`--hold=${options.hold}`);
  const child = spawn(process.execPath, args, { cwd: repoRoot, env: options.env ?? cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  const result: CrashRunResult = { killed: false, exitCode: null, markers: [], stderr: '' };
  let timer: NodeJS.Timeout | undefined;
  let goAt: number | undefined;
  const [timerMarker, timerAt] = (options.killTimerFrom ?? '').split('#');
  const timerOccurrence = Number(timerAt ?? 1);
  let timerSeen = 0;
  const kill = () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (goAt !== undefined) result.killSentAfterMs = performance.now() - goAt;
    child.kill('SIGKILL');
  };

  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => {
      kill();
      reject(new Error(`crash child (${options.scenario}) still running after ${options.timeoutMs ?? 60_000} ms; markers: ${result.markers.slice(-10).join(', ')}`));
    }, options.timeoutMs ?? 60_000);
    child.stderr.setEncoding('utf8').on('data', (text: string) => (result.stderr += text));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('@@ ')) return;
      const marker = line.slice(3);
      result.markers.push(marker);
      if (options.killAfterMs !== undefined && !timer && marker === timerMarker && ++timerSeen === timerOccurrence) timer = setTimeout(kill, options.killAfterMs);
      if (marker === 'go') {
        goAt = performance.now();
        if (options.killAfterMs !== undefined && !options.killTimerFrom) timer = setTimeout(kill, options.killAfterMs);
      } else if (marker === 'scenario-done' && goAt !== undefined) result.scenarioMs = performance.now() - goAt;
      else if (marker.startsWith('HOLD ')) {
        result.held = marker.slice(5);
        kill();
      } else if (marker.startsWith('target ')) {
        const [, sid, fileId] = marker.split(' ');
        result.target = { sid, fileId };
      } else if (marker.startsWith('session ') && !result.session) result.session = marker.slice(8);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(deadline);
      if (timer) clearTimeout(timer);
      result.exitCode = code;
      result.killed = signal === 'SIGKILL';
      if (!result.killed && code !== 0) {
        reject(new Error(`crash child (${options.scenario}) exited ${code}: ${result.stderr.slice(-2000)}`));
        return;
      }
      resolve(result);
    });
  });
}


const WORDS = (
  'harbour lighthouse ferry museum winter keeper gulls pier ledger tide lantern signal cargo rope anchor storm ' +
  'compass chart beacon voyage island mainland current reef channel dock crane warehouse customs pilot'
).split(' ');

/**
 * Writes a fresh set of documents for one run: markdown and text files whose text is unique to `label` (so each run
 * really embeds and stores), and a broken PDF that fails extraction. Returns the folder.
 */
export async function writeCrashDocs(dir: string, label: string, random: () => number, files = 3): Promise<string> {
  await mkdir(dir, { recursive: true });
  const sentence = () => Array.from({ length: 12 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  for (let i = 0; i < files; i++) {
    const paragraphs = Array.from({ length: 30 + Math.floor(random() * 40) }, (_, p) => `${sentence()} ${label} paragraph ${p}.`);
    const ext = i % 2 === 0 ? 'md' : 'txt';
    const body = ext === 'md' ? `# Notes ${label} ${i}\n\n${paragraphs.join('\n\n')}\n` : `${paragraphs.join('\n\n')}\n`;
    await writeFile(path.join(dir, `notes-${i}.${ext}`), body);
  }
  await writeFile(path.join(dir, 'broken.pdf'), `%PDF-1.7\n1 0 obj << /Type /Catalog >> ${label} garbage without xref\n`);
  return dir;
}

/**
 * Gives a data dir `count` sessions, each with the given files ingested, so `remove` and `end` runs have work to
 * crash in. Runs in this process; returns the new sids, oldest first.
 */
export async function seedSessions(dataDir: string, files: string[], count: number, env: NodeJS.ProcessEnv = cleanEnv()): Promise<string[]> {
  const app = await createDocent({ dataDir, env });
  const sids: string[] = [];
  try {
    await app.baseSynced();
    for (let i = 0; i < count; i++) {
      const session = await app.lifecycle.openNew(`Seeded ${i + 1}`);
      const results = await app.ingest.start(session.sid, files.map((file) => ({ path: file }))).done;
      if (!results.some((r) => r.status === 'ready')) throw new Error(`seeding: no file became ready: ${JSON.stringify(results)}`);
      sids.push(session.sid);
    }
  } finally {
    await app.close();
  }
  return sids;
}

export { seededRandom };
