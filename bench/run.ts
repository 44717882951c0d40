// `npm run bench`: speed, memory and retrieval-quality figures, printed. Never a pass/fail test.
// `npm run bench -- ingest retrieval` runs only the named parts. Each part runs in a process of its own, so one part's
// memory and warm caches never colour another's figures (peak RSS above all).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corporaDir } from '../tests/helpers/paths';
import { printTable } from './measure';

type Part = { name: string; needsCorpora: boolean; run: () => Promise<Record<string, number>> };

const parts: Part[] = [
  { name: 'extract', needsCorpora: true, run: async () => (await import('./extract-bench')).benchExtract(corporaDir) },
  { name: 'ocr', needsCorpora: true, run: async () => (await import('./ocr-bench')).benchOcr(corporaDir) },
  { name: 'ingest', needsCorpora: true, run: async () => (await import('./ingest-bench')).benchIngest(corporaDir) },
  { name: 'lancedb', needsCorpora: false, run: async () => (await import('./lancedb-bench')).benchLanceDb() },
  { name: 'pinecone', needsCorpora: false, run: async () => (await import('./pinecone-bench')).benchPinecone() },
  { name: 'retrieval', needsCorpora: true, run: async () => (await import('./retrieval-bench')).benchRetrieval(corporaDir) },
  { name: 'onnx', needsCorpora: true, run: async () => (await import('./onnx-bench')).benchOnnx(corporaDir) },
  { name: 'answers', needsCorpora: true, run: async () => (await import('./answers-bench')).benchAnswers(corporaDir) },
  { name: 'models', needsCorpora: true, run: async () => (await import('./models-bench')).benchModels(corporaDir) },
  { name: 'responsiveness', needsCorpora: false, run: async () => (await import('./responsiveness-bench')).benchResponsiveness() },
  { name: 'hostile', needsCorpora: true, run: async () => (await import('./hostile-bench')).benchHostile(corporaDir) },
  { name: 'load', needsCorpora: false, run: async () => (await import('./load-bench')).benchLoad() },
  { name: 'crash', needsCorpora: false, run: async () => (await import('./crash-bench')).benchCrash() },
  { name: 'bulk', needsCorpora: false, run: async () => (await import('./bulk-bench')).benchBulk() },
  { name: 'window', needsCorpora: false, run: async () => (await import('./window-bench')).benchWindow() },
];

async function runPart(part: Part): Promise<void> {
  const started = performance.now();
  try {
    const figures = await part.run();
    printTable(`${part.name} (${((performance.now() - started) / 1000).toFixed(1)} s)`, figures);
  } catch (error) {
    console.log(`\n${part.name}: FAILED — ${(error as Error).stack ?? error}`);
    process.exitCode = 1;
  }
}

async function main(): Promise<void> {
  process.env.LANCEDB_LOG ??= 'error';
  const args = process.argv.slice(2);
  const only = args.indexOf('--part');
  if (only >= 0) {
    const part = parts.find((p) => p.name === args[only + 1]);
    if (!part) throw new Error(`no bench part ${args[only + 1]}`);
    return runPart(part);
  }
  const wanted = args;
  const haveCorpora = existsSync(path.join(corporaDir, 'MANIFEST.md'));
  console.log(`Docent benchmarks — ${new Date().toISOString()} — node ${process.version}, ${os.availableParallelism()} cores`);
  for (const part of parts) {
    if (wanted.length && !wanted.includes(part.name)) continue;
    if (part.needsCorpora && !haveCorpora) {
      console.log(`\n${part.name}: skipped, corpora not found at ${corporaDir}`);
      continue;
    }
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--part', part.name], { stdio: 'inherit' });
    if (child.status !== 0) process.exitCode = 1;
  }
}

await main();
