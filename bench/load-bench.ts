// Load with faults at full size: 20 sessions × 50 files added at once, on LanceDB and on the loopback Pinecone
// refusing 10% of requests with 429, 5% with 500 and answering each after 20 ms; then every session is ended.
// Violations must be 0 (the guarantees are those of tests/reliability/load-faults.test.ts, which runs it small).
// Run: npx tsx bench/load-bench.ts [sessions] [filesPerSession]   (also `npm run bench -- load` once wired in run.ts)
import { pathToFileURL } from 'node:url';
import { runLoad, type LoadReport } from '../tests/reliability/load-harness';
import { printTable } from './measure';

const FAULTS = { failRate429: 0.1, failRate5xx: 0.05, latencyMs: 20 };

function figures(prefix: string, report: LoadReport): Record<string, number> {
  for (const violation of report.violations) console.log(`  ${prefix} VIOLATION: ${violation}`);
  for (const failure of report.unexpectedFailures) console.log(`  ${prefix} failed (not planted): ${failure}`);
  return {
    [`${prefix} files`]: report.files,
    [`${prefix} files/s`]: report.files / (report.ingestMs / 1000),
    [`${prefix} ingest s`]: report.ingestMs / 1000,
    [`${prefix} end all s`]: report.endMs / 1000,
    [`${prefix} ready`]: report.ready,
    [`${prefix} failures (planted broken files)`]: report.failed - report.unexpectedFailures.length,
    [`${prefix} failures (other)`]: report.unexpectedFailures.length,
    [`${prefix} injected faults`]: report.injectedFaults,
    [`${prefix} violations`]: report.violations.length,
  };
}

export async function benchLoad(sessions = 20, filesPerSession = 50): Promise<Record<string, number>> {
  process.env.LANCEDB_LOG ??= 'error';
  const lance = await runLoad({ store: 'lancedb', sessions, filesPerSession });
  const pinecone = await runLoad({ store: 'pinecone', sessions, filesPerSession, faults: FAULTS });
  return { ...figures('lancedb', lance), ...figures('pinecone', pinecone) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [sessions, files] = process.argv.slice(2).map(Number);
  const started = performance.now();
  const result = await benchLoad(sessions || 20, files || 50);
  printTable(`load with faults, ${sessions || 20}×${files || 50} (${((performance.now() - started) / 1000).toFixed(1)} s)`, result);
  if (result['lancedb violations'] || result['pinecone violations']) process.exitCode = 1;
}
