// The copy step of adding a file: the session's copy holds the file's exact bytes under its hash, a small file's bytes
// come back for the extraction worker, and a source that cannot be read is told apart from a failed copy, before
// anything is written. A named pipe is refused rather than waited on.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyAndHash, UnreadableSourceError } from '../../electron/app/ingest/copy-and-hash';
import { tempDataDir } from '../helpers/paths';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('copy and hash', () => {
  let tmp: Awaited<ReturnType<typeof tempDataDir>>;
  before(async () => {
    tmp = await tempDataDir('docent-copy-');
  });
  after(() => tmp.cleanup());

  for (const [label, size] of [['a small note', 1500], ['an empty file', 0], ['a file streamed in parts', 3 * 1024 * 1024 + 7]] as const) {
    test(`${label}: the copy holds the same bytes, named by their hash`, async () => {
      const source = path.join(tmp.dir, `source-${size}.txt`);
      const content = Buffer.alloc(size, 'abcdefghij\n');
      await writeFile(source, content);
      const dest = path.join(tmp.dir, `dest-${size}`);
      const copy = await copyAndHash(source, dest);
      assert.equal(copy.size, size);
      assert.equal(copy.sha256, sha(content));
      assert.equal(copy.fileId, copy.sha256.slice(0, 16));
      assert.deepEqual(await readFile(copy.tempPath), content);
      // The extraction worker takes a small file's bytes instead of reading the copy; a large one is read there.
      if (size <= 1024 * 1024) assert.deepEqual(Buffer.from(copy.bytes!), content);
      else assert.equal(copy.bytes, undefined);
    });
  }

  test('a missing file is unreadable, and nothing is written', async () => {
    const dest = path.join(tmp.dir, 'dest-missing');
    await assert.rejects(copyAndHash(path.join(tmp.dir, 'gone.txt'), dest), UnreadableSourceError);
    assert.deepEqual(await readdir(dest).catch(() => []), []);
  });

  test('a file refused by its size is neither read nor copied', async () => {
    const source = path.join(tmp.dir, 'big.txt');
    await writeFile(source, 'x'.repeat(5000));
    const dest = path.join(tmp.dir, 'dest-refused');
    await assert.rejects(
      copyAndHash(source, dest, undefined, (size) => {
        if (size > 4000) throw new Error(`${size} bytes is too many`);
      }),
      /5000 bytes is too many/,
    );
    assert.deepEqual(await readdir(dest).catch(() => []), []);
  });

  test('a named pipe is refused at once, not waited on', { timeout: 60_000, skip: process.platform === 'win32' ? 'no named pipes in the file system on Windows' : false }, async () => {
    const fifo = path.join(tmp.dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    await assert.rejects(copyAndHash(fifo, path.join(tmp.dir, 'dest-fifo')), /not a regular file/);
  });
});
