// A worker that exceeds its heap budget is stopped and that file alone fails with out-of-memory.
// In its own file: should Node ever abort the process instead, only this test is lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createExtractPool } from '../../electron/app/documents/extract-pool';
import { ExtractError } from '../../electron/app/documents/types';
import { tempDataDir } from '../helpers/paths';

test('over the memory budget: out-of-memory for that file, the next file still works', async () => {
  const { dir, cleanup } = await tempDataDir();
  // 64 MB of heap: a 7.6 MB CSV of two-letter rows (under the pool's 8 MB text limit for that budget)
  // becomes millions of small row arrays while parsing, far more than the budget.
  const pool = createExtractPool({ maxThreads: 1, maxMemoryMb: 64 });
  try {
    const rows = path.join(dir, 'rows.csv');
    await writeFile(rows, 'a,b\n' + 'x,y\n'.repeat(1_900_000));
    const small = path.join(dir, 'small.csv');
    await writeFile(small, 'name,city\nAda,London\n');

    await assert.rejects(pool.extract(rows), (err: unknown) => {
      assert.ok(err instanceof ExtractError);
      assert.equal(err.code, 'out-of-memory');
      assert.match(err.message, /^rows\.csv: needed more than the 64 MB memory budget/);
      return true;
    });
    const { doc } = await pool.extract(small);
    assert.equal(doc.pages[0].text, 'name: Ada\ncity: London');

    // Files far beyond what the budget could hold are refused before any work.
    const huge = path.join(dir, 'huge.txt');
    await writeFile(huge, 'word '.repeat(2_000_000));
    await assert.rejects(pool.extract(huge), (err: unknown) => err instanceof ExtractError && err.code === 'too-large');
  } finally {
    await pool.destroy();
    await cleanup();
  }
});
