// Small measuring helpers shared by the benchmarks.
//
// Memory: every figure is in MiB (1024 × 1024 bytes) and says so in its label. A process keeps much of the memory a
// piece of work used after it ends (the heap grows and is not given back), so within one process a later case's
// figure would include what earlier ones kept: a case whose peak is reported runs in a process of its own
// (`bundledBench` + `ownPeakRssMiB`).
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { repoRoot } from '../tests/helpers/paths';

/** One mebibyte: the unit of every memory figure. */
export const MIB = 1024 * 1024;

/** The peak resident memory of this whole process since it started, in MiB (workers are threads: included). */
export function ownPeakRssMiB(): number {
  // maxRSS is in KiB (Linux, macOS since Node normalises it), over the life of the process.
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * Runs `work` while sampling this process's resident memory: its peak in MiB, from the RSS the process already had.
 * Only meaningful for the first piece of work of a fresh process (see the note above).
 */
export async function peakRss<T>(work: () => Promise<T>, everyMs = 20): Promise<{ value: T; peakMiB: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, everyMs);
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peakMiB: peak / MIB };
  } finally {
    clearInterval(timer);
  }
}

/** What one case measured in its own process: its figures, and the process's peak RSS in MiB. */
export interface BenchCase {
  figures: Record<string, number>;
  peakMiB: number;
}

/** Marks the bundled child's figures line among anything else it prints. */
const FIGURES = 'bench-figures ';

/**
 * A benchmark measured as the app runs (the core and the extraction worker bundled as for Electron: plain Node, no
 * TypeScript compiled on the fly, whose compiler alone costs ~100 MiB of RSS), each case in a fresh process of its own
 * so that its peak memory is its own. `entry` is the bench module's `import.meta.url`; the module calls
 * `runAsBenchCase` at its end.
 */
export async function bundledBench(entry: string, name: string): Promise<{ run(args: string[], env?: NodeJS.ProcessEnv): BenchCase; dispose(): Promise<void> }> {
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-electron.mjs')], { stdio: 'ignore' });
  const bundle = path.join(repoRoot, 'dist', 'electron', `bench-${name}.cjs`);
  await build({
    entryPoints: [fileURLToPath(entry)],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    external: ['@lancedb/*', 'apache-arrow', 'pdfjs-dist', 'piscina', 'tesseract.js', '@tesseract.js-data/*', '@napi-rs/*', 'electron', 'esbuild', 'node-llama-cpp', '@huggingface/*', 'onnxruntime-node', 'koffi'],
    banner: { js: "const __benchImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__benchImportMetaUrl' },
  });
  return {
    run(args, env = { ...process.env }) {
      const out = execFileSync(process.execPath, [bundle, ...args], { encoding: 'utf8', env: { LANCEDB_LOG: 'error', ...env }, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * MIB });
      const line = out.split('\n').reverse().find((l) => l.startsWith(FIGURES));
      if (!line) throw new Error(`bench ${name} ${args.join(' ')}: no figures printed`);
      return JSON.parse(line.slice(FIGURES.length)) as BenchCase;
    },
    dispose: () => rm(bundle, { force: true }),
  };
}

/**
 * In the bundled child (`bench-<name>.cjs`): runs `measure` with the command-line arguments and prints its figures
 * and the process's own peak RSS, for `bundledBench().run` to read.
 */
export function runAsBenchCase(name: string, measure: (args: string[]) => Promise<Record<string, number>>): void {
  if (!process.argv[1]?.endsWith(`bench-${name}.cjs`)) return;
  measure(process.argv.slice(2)).then(
    (figures) => console.log(FIGURES + JSON.stringify({ figures, peakMiB: ownPeakRssMiB() } satisfies BenchCase)),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function printTable(title: string, figures: Record<string, number>): void {
  console.log(`\n${title}`);
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  for (const [key, value] of Object.entries(figures)) {
    const shown = Number.isInteger(value) ? String(value) : value >= 100 ? value.toFixed(0) : value.toFixed(3);
    console.log(`  ${key.padEnd(width)}  ${shown}`);
  }
}
