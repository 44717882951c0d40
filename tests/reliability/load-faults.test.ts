// Sessions adding files all at once, on real LanceDB and on the loopback Pinecone refusing and slowing requests:
// every file ends ready or failed with its reason, nothing is lost, stored twice or left behind, and every session
// ends to nothing. Small sizes here (2 cores, `npm test`); bench/load-bench.ts runs 20 sessions × 50 files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runLoad } from './load-harness';

test('6 sessions × 10 files at once on LanceDB: all good files ready, the broken ones failed with their name, no duplicate, no orphan, all ended to 0', { timeout: 120_000 }, async () => {
  const report = await runLoad({ store: 'lancedb', sessions: 6, filesPerSession: 10 });
  assert.deepEqual(report.violations, []);
  assert.equal(report.ready, 6 * 9);
  assert.equal(report.failed, 6);
});

test('4 sessions × 5 files at once on Pinecone with 10% 429s, 5% 500s and 20 ms latency: same guarantees', { timeout: 120_000 }, async () => {
  const report = await runLoad({ store: 'pinecone', sessions: 4, filesPerSession: 5, faults: { failRate429: 0.1, failRate5xx: 0.05, latencyMs: 20 } });
  assert.deepEqual(report.violations, []);
  assert.ok(report.injectedFaults > 0, 'the server injected no fault: the run proved nothing about retries');
  assert.equal(report.ready + report.failed, report.files);
  // Six attempts with backoff make a good file's failure under these rates (p ≈ 0.15^6 per call) a defect to look at.
  assert.deepEqual(report.unexpectedFailures, []);
});
