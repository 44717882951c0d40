import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { DocentError } from '../../shared/api';
import { SAVE_GATHER_MS, SessionStore, readSessionFile } from '../../electron/app/sessions/session-store';
import { assertSessionId, newSid } from '../../electron/app/sessions/sid';
import { writeFileAtomic } from '../../electron/app/sessions/atomic-write';
import { tempDataDir } from '../helpers/paths';

describe('session ids', () => {
  test('new sids are 22 base64url characters and unique', () => {
    const sids = new Set(Array.from({ length: 1000 }, newSid));
    assert.equal(sids.size, 1000);
    for (const sid of sids) assert.match(sid, /^[A-Za-z0-9_-]{22}$/);
  });

  for (const [label, bad] of [
    ['a path trick', '../x'],
    ['a path trick of the right length', '../../../../etc/passwdx'],
    ['the reserved base sid', 'base'],
    ['empty', ''],
    ['23 characters', 'A'.repeat(23)],
    ['21 characters', 'A'.repeat(21)],
    ['1 MB', 'A'.repeat(1 << 20)],
    ['unicode', 'ÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄ'],
    ['a slash', 'AAAAAAAAAAA/AAAAAAAAAA'],
    ['a number', 42],
  ] as const) {
    test(`refuses ${label} before building any path`, async () => {
      assert.throws(() => assertSessionId(bad), (e: unknown) => e instanceof DocentError && e.code === 'invalid-input' && e.message.length < 200);
      const { dir, cleanup } = await tempDataDir();
      try {
        const store = new SessionStore(dir);
        await store.init();
        assert.throws(() => store.sessionPath(bad as string), DocentError);
        assert.throws(() => store.filesDir(bad as string), DocentError);
        await assert.rejects(store.get(bad as string), DocentError);
        assert.deepEqual(await readdir(path.join(dir, 'sessions')), []);
      } finally {
        await cleanup();
      }
    });
  }
});

describe('SessionStore', () => {
  test('create, read back, list, rename and remove', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const store = new SessionStore(dir);
      await store.init();
      const a = await store.create('Taxes 2026');
      const b = await store.create();
      assert.equal((await store.get(a.sid)).title, 'Taxes 2026');
      assert.equal(b.title, '', 'untitled: the window names it in the user\'s language');
      const raw = await readFile(path.join(dir, 'sessions', `${a.sid}.session`), 'utf8');
      assert.match(raw, /^\{"docent":"session","version":2,/);
      const file = await readSessionFile(path.join(dir, 'sessions', `${a.sid}.session`));
      assert.equal(file.state, 'active');
      assert.deepEqual((await store.list()).map((s) => s.sid).sort(), [a.sid, b.sid].sort());
      await store.update(a.sid, (s) => {
        s.title = 'Renamed';
      });
      assert.equal((await store.get(a.sid)).title, 'Renamed');
      await mkdir(store.filesDir(a.sid), { recursive: true });
      await writeFile(path.join(store.filesDir(a.sid), 'copy.pdf'), 'x');
      await store.remove(a.sid);
      assert.equal(await store.read(a.sid), undefined);
      const left = await readdir(path.join(dir, 'sessions'));
      assert.ok(!left.some((n) => n.startsWith(a.sid)), `left behind: ${left.join(', ')}`);
    } finally {
      await cleanup();
    }
  });

  test('concurrent updates to one session lose nothing', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const store = new SessionStore(dir);
      await store.init();
      const { sid } = await store.create();
      await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          store.update(sid, (s) => {
            s.chat.push({ id: `m${i}`, role: 'user', text: `question ${i}`, citations: [], createdAt: new Date().toISOString(), status: 'complete' });
          }),
        ),
      );
      const chat = (await new SessionStore(dir).get(sid)).chat;
      assert.equal(chat.length, 50);
      assert.deepEqual(new Set(chat.map((m) => m.id)).size, 50);
    } finally {
      await cleanup();
    }
  });

  test('a crash between the temp write and the rename leaves the old file valid', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const store = new SessionStore(dir);
      await store.init();
      const { sid } = await store.create('Before');
      // What a crash leaves: a temp file with half the new content beside the intact old file.
      const target = store.sessionPath(sid);
      const half = (await readFile(target, 'utf8')).slice(0, 40);
      await writeFile(path.join(path.dirname(target), `.${sid}.session.abc123.tmp`), half);
      const reopened = new SessionStore(dir);
      assert.equal((await reopened.get(sid)).title, 'Before');
      assert.equal((await reopened.list()).length, 1);
    } finally {
      await cleanup();
    }
  });

  test('writeFileAtomic replaces the whole file and leaves no temp file', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const target = path.join(dir, 'f.json');
      await writeFileAtomic(target, 'a'.repeat(10_000));
      await writeFileAtomic(target, 'short');
      assert.equal(await readFile(target, 'utf8'), 'short');
      assert.deepEqual(await readdir(dir), ['f.json']);
    } finally {
      await cleanup();
    }
  });

  for (const [label, content] of [
    ['truncated JSON', '{"version":1,"sid":"'],
    ['valid JSON of the wrong shape', '{"hello":"world"}'],
    ['binary garbage', '\u0000\u0001\u0002'],
    ['an empty file', ''],
  ] as const) {
    test(`a session file with ${label} is moved aside and reported, and the others still load`, async () => {
      const { dir, cleanup } = await tempDataDir();
      try {
        const reports: { sid: string; movedTo: string }[] = [];
        const store = new SessionStore(dir, (r) => reports.push(r));
        await store.init();
        const good = await store.create('Good');
        const badSid = newSid();
        await writeFile(path.join(dir, 'sessions', `${badSid}.session`), content);
        const list = await store.list();
        assert.deepEqual(list.map((s) => s.sid), [good.sid]);
        assert.equal(reports.length, 1);
        assert.equal(reports[0].sid, badSid);
        const names = await readdir(path.join(dir, 'sessions'));
        assert.ok(names.some((n) => n.startsWith(`${badSid}.session.corrupt-`)), names.join(', '));
        assert.ok(!names.includes(`${badSid}.session`));
      } finally {
        await cleanup();
      }
    });
  }

  test('a session file naming another sid is not trusted', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const store = new SessionStore(dir);
      await store.init();
      const a = await store.create('A');
      const other = newSid();
      await writeFile(path.join(dir, 'sessions', `${other}.session`), await readFile(store.sessionPath(a.sid)));
      assert.equal(await store.read(other), undefined);
    } finally {
      await cleanup();
    }
  });

  test('the current pointer survives a new store on the same folder', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const store = new SessionStore(dir);
      await store.init();
      const { sid } = await store.create();
      await store.writeCurrent(sid);
      assert.equal(await new SessionStore(dir).readCurrent(), sid);
      await writeFile(path.join(dir, 'sessions', 'current'), '../../etc/passwd');
      assert.equal(await new SessionStore(dir).readCurrent(), undefined);
    } finally {
      await cleanup();
    }
  });

  test('the sessions folder is owner-only', { skip: process.platform === 'win32' ? 'POSIX modes only' : false }, async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const store = new SessionStore(dir);
      await store.init();
      const { stat } = await import('node:fs/promises');
      assert.equal((await stat(store.dir)).mode & 0o777, 0o700);
      const { sid } = await store.create();
      assert.equal((await stat(store.sessionPath(sid))).mode & 0o077, 0);
    } finally {
      await cleanup();
    }
  });
});

describe('the session file at scale (format 2: appended lines)', () => {
  const record = (i: number, status: 'processing' | 'ready' = 'ready') => ({
    fileId: i.toString(16).padStart(16, '0'),
    name: `note-${i}.txt`,
    size: 1000 + i,
    sha256: i.toString(16).padStart(64, '0'),
    mime: 'text/plain',
    kind: 'text',
    pages: 1,
    chunks: 2,
    status,
    addedAt: new Date().toISOString(),
    copy: `${i.toString(16).padStart(16, '0')}.txt`,
  });

  test('a version 1 file is read and rewritten as version 2 with nothing lost', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const sid = newSid();
      const v1 = {
        version: 1,
        sid,
        title: 'Old',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-02T00:00:00.000Z',
        state: 'active',
        embedder: { id: 'lexical-v2-512', dimension: 512 },
        documents: [record(1), record(2)],
        chat: [{ id: 'm1', role: 'user', text: 'hello', citations: [], createdAt: '2026-01-02T00:00:00.000Z', status: 'complete' }],
      };
      await mkdir(path.join(dir, 'sessions'), { recursive: true });
      await writeFile(path.join(dir, 'sessions', `${sid}.session`), JSON.stringify(v1, null, 1));
      const store = new SessionStore(dir);
      const read = await store.get(sid);
      assert.equal(read.title, 'Old');
      assert.deepEqual(read.documents.map((d) => d.fileId), [record(1).fileId, record(2).fileId]);
      assert.equal(read.chat[0].text, 'hello');
      await store.idle();
      const raw = await readFile(store.sessionPath(sid), 'utf8');
      assert.match(raw, /^\{"docent":"session","version":2,/, 'migrated on first read');
      const again = await readSessionFile(store.sessionPath(sid));
      assert.deepEqual({ ...again, updatedAt: '' }, { ...read, updatedAt: '' });
    } finally {
      await cleanup();
    }
  });

  test('thousands of documents saved by concurrent callers share writes, and all are there after a restart', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const store = new SessionStore(dir);
      await store.init();
      const { sid } = await store.create('Bulk');
      await Promise.all(Array.from({ length: 3000 }, (_, i) => store.putDocuments(sid, [record(i, 'processing')])));
      await Promise.all(Array.from({ length: 3000 }, (_, i) => store.putDocuments(sid, [record(i)])));
      const raw = await readFile(store.sessionPath(sid), 'utf8');
      // Each change is a line; compaction keeps the file within about twice what it describes.
      assert.ok(raw.split('\n').length < 2 * 3001 + 300, `${raw.split('\n').length} lines`);
      const reopened = await new SessionStore(dir).get(sid);
      assert.equal(reopened.documents.length, 3000);
      assert.ok(reopened.documents.every((d) => d.status === 'ready'));
    } finally {
      await cleanup();
    }
  });

  test('documents saved one by one as a stream (a folder\'s files) are gathered into few appends, in order', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const store = new SessionStore(dir);
      await store.init();
      const { sid } = await store.create('Stream');
      await store.putDocuments(sid, [record(0)]);
      const linesBefore = (await readFile(store.sessionPath(sid), 'utf8')).split('\n').length;
      // 30 files finishing one every 10 ms: each save alone would be an append (a line of its own plus a time stamp).
      const saves: Promise<void>[] = [];
      const started = performance.now();
      for (let i = 1; i <= 30; i++) {
        saves.push(store.putDocuments(sid, [record(i)]));
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      // An update asked after the saves still sees them, and comes after them on disk.
      const updated = store.update(sid, (s) => {
        s.documents = s.documents.filter((d) => d.name !== 'note-30.txt');
      });
      await Promise.all([...saves, updated]);
      const appends = (await readFile(store.sessionPath(sid), 'utf8')).split('\n').length - linesBefore - 30;
      // At most one append per gathering window (a loaded machine stretches the stream, and the windows with it), plus
      // the first and the update (two lines). Written one by one they took 32.
      const windows = Math.ceil((performance.now() - started) / SAVE_GATHER_MS);
      assert.ok(appends <= windows + 3, `30 saves over ${windows} windows took ${appends} appends`);
      const reread = await new SessionStore(dir).get(sid);
      assert.deepEqual(reread.documents.map((d) => d.name), Array.from({ length: 30 }, (_, i) => `note-${i}.txt`));
    } finally {
      await cleanup();
    }
  });

  test('a last line torn by a crash is dropped, and the file is repaired before the next append', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const store = new SessionStore(dir);
      await store.init();
      const { sid } = await store.create('Torn');
      await store.putDocuments(sid, [record(1)]);
      const target = store.sessionPath(sid);
      // A crash in the middle of an append: half of the next line, no newline.
      await writeFile(target, `${await readFile(target, 'utf8')}{"doc":{"fileId":"00000000000000`, { flag: 'w' });
      const reports: unknown[] = [];
      const reopened = new SessionStore(dir, (r) => reports.push(r));
      assert.deepEqual((await reopened.get(sid)).documents.map((d) => d.name), ['note-1.txt']);
      await reopened.putDocuments(sid, [record(2)]);
      const after = await new SessionStore(dir).get(sid);
      assert.deepEqual(after.documents.map((d) => d.name), ['note-1.txt', 'note-2.txt']);
      assert.deepEqual(reports, [], 'a torn last line is no corruption');
    } finally {
      await cleanup();
    }
  });

  test('a damaged line in the middle is corruption: the file is moved aside and reported', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const store = new SessionStore(dir);
      await store.init();
      const { sid } = await store.create('Damaged');
      await store.putDocuments(sid, [record(1)]);
      await store.putDocuments(sid, [record(2)]);
      const target = store.sessionPath(sid);
      const lines = (await readFile(target, 'utf8')).split('\n');
      lines[1] = lines[1].slice(0, 20);
      await writeFile(target, lines.join('\n'));
      const reports: { sid: string }[] = [];
      assert.equal(await new SessionStore(dir, (r) => reports.push(r)).read(sid), undefined);
      assert.deepEqual(reports.map((r) => r.sid), [sid]);
    } finally {
      await cleanup();
    }
  });

  test('updates append what they change: removing one of 2,000 documents does not rewrite the file', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const store = new SessionStore(dir);
      await store.init();
      const { sid } = await store.create('Big');
      await store.putDocuments(sid, Array.from({ length: 2000 }, (_, i) => record(i)));
      const before = await readFile(store.sessionPath(sid), 'utf8');
      await store.update(sid, (s) => {
        s.documents = s.documents.filter((d) => d.name !== 'note-7.txt');
        s.chat.push({ id: 'q', role: 'user', text: 'still here?', citations: [], createdAt: new Date().toISOString(), status: 'complete' });
      });
      const after = await readFile(store.sessionPath(sid), 'utf8');
      assert.ok(after.startsWith(before), 'the old content is kept, the change appended');
      const reread = await new SessionStore(dir).get(sid);
      assert.equal(reread.documents.length, 1999);
      assert.equal(reread.chat.length, 1);
    } finally {
      await cleanup();
    }
  });
});
