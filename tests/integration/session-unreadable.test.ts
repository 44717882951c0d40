// A session whose file cannot be read is set aside and reported (never blocking the others), and its data does not
// stay behind: ending it — `sessions end SID`, or End from the window's notice (the same handler) — erases its vectors,
// its copies and the set-aside file, so `count` is 0 afterwards; an end interrupted there is finished at the next start.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDocent, type DocentApp } from '../../electron/app/docent';
import { countSessionLeftovers } from '../../electron/app/sessions/leftovers';
import { docent } from '../helpers/docent-cli';
import { tempDataDir } from '../helpers/paths';

/** A data dir holding one session with an indexed document whose session file is then garbled on disk. */
async function corruptSession(dataDir: string, scratch: string): Promise<string> {
  const app = await createDocent({ dataDir, env: {}, syncBase: false });
  try {
    const session = await app.handlers['sessions.create']({ title: 'Soon unreadable' });
    const file = path.join(scratch, 'ledger.txt');
    await writeFile(file, 'The customs ledger lists every cargo landed at the harbour in 1902.\n');
    const [result] = await app.ingest.start(session.sid, [{ path: file }]).done;
    assert.equal(result.status, 'ready');
    await writeFile(app.sessions.sessionPath(session.sid), '{"version":1,"sid":"half a file');
    return session.sid;
  } finally {
    await app.close();
  }
}

const sessionFiles = async (app: DocentApp) => readdir(app.sessions.dir);

describe('an unreadable session file', { timeout: 300_000 }, () => {
  test('is set aside and reported; ending it erases its vectors, copies and the set-aside file', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const dataDir = path.join(dir, 'data');
      const sid = await corruptSession(dataDir, dir);
      const app = await createDocent({ dataDir, env: {}, syncBase: false });
      try {
        assert.ok(!(await app.handlers['sessions.list'](undefined)).some((s) => s.sid === sid), 'it is not listed as a session');
        const [unreadable] = await app.handlers['sessions.unreadable'](undefined);
        assert.equal(unreadable?.sid, sid);
        assert.match(unreadable.files[0], new RegExp(`^${sid}\\.session\\.corrupt-`));
        const before = await countSessionLeftovers(app, sid);
        assert.ok(before.vectors > 0, 'its vectors are still there, with their text');

        const ended = await app.handlers['sessions.end']({ sid });
        assert.equal(ended.endedSid, sid);
        assert.deepEqual(await countSessionLeftovers(app, sid), { vectors: 0, files: 0 });
        assert.deepEqual(await app.handlers['sessions.unreadable'](undefined), []);
        assert.ok(!(await sessionFiles(app)).some((name) => name.startsWith(sid)));
        await assert.rejects(app.handlers['sessions.end']({ sid }), (e: Error & { code?: string }) => e.code === 'not-found');
      } finally {
        await app.close();
      }
    } finally {
      await cleanup();
    }
  });

  test('`docent sessions end SID` erases it, and count says 0 afterwards', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const dataDir = path.join(dir, 'data');
      const sid = await corruptSession(dataDir, dir);
      const listed = await docent(dataDir, 'sessions', 'list');
      assert.equal(listed.code, 0, listed.stderr);
      assert.match(listed.stderr, new RegExp(`${sid}  unreadable session file.*docent sessions end ${sid}`));
      const ended = await docent(dataDir, '--json', 'sessions', 'end', sid);
      assert.equal(ended.code, 0, ended.stderr);
      assert.deepEqual(JSON.parse(ended.stdout).left, { vectors: 0, files: 0 });
    } finally {
      await cleanup();
    }
  });

  test('an end interrupted after it began is finished at the next start', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const dataDir = path.join(dir, 'data');
      const sid = await corruptSession(dataDir, dir);
      let app = await createDocent({ dataDir, env: {}, syncBase: false });
      // The first step of ending it, as a crash would leave it: the placeholder in state `ending`.
      await app.sessions.writeEndingPlaceholder(sid);
      await app.close();
      app = await createDocent({ dataDir, env: {}, syncBase: false });
      try {
        assert.deepEqual(await countSessionLeftovers(app, sid), { vectors: 0, files: 0 });
      } finally {
        await app.close();
      }
    } finally {
      await cleanup();
    }
  });
});
