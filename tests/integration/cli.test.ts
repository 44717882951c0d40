// The `docent` command as a user runs it: a child process through bin/docent.mjs, on a temp data dir.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readSessionFile } from '../../electron/app/sessions/session-store';
import { docent } from '../helpers/docent-cli';
import { tempDataDir } from '../helpers/paths';

describe('docent CLI', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => ({ dir, cleanup } = await tempDataDir()));
  after(async () => cleanup());

  test('--help explains the commands', async () => {
    const { code, stdout } = await docent(dir, '--help');
    assert.equal(code, 0);
    for (const word of ['sessions new', 'ingest --session', 'search --session', 'ask --session', 'count --session']) assert.ok(stdout.includes(word), word);
  });

  test('sessions, ingest with --json, count, and end leave nothing behind', async () => {
    const data = path.join(dir, 'data');
    const created = await docent(data, '--json', 'sessions', 'new', 'Field notes');
    assert.equal(created.code, 0, created.stderr);
    const { sid, title } = JSON.parse(created.stdout);
    assert.match(sid, /^[A-Za-z0-9_-]{22}$/);
    assert.equal(title, 'Field notes');
    // Without --json it prints the sid and nothing else, for `SID=$(docent sessions new "…")` in a script.
    const plain = await docent(path.join(dir, 'data-plain'), 'sessions', 'new', 'Second notebook');
    assert.match(plain.stdout, /^[A-Za-z0-9_-]{22}\n$/, plain.stdout);

    const good = path.join(dir, 'moths.txt');
    const bad = path.join(dir, 'binary.txt');
    await writeFile(good, 'The night survey found eleven species of moth near the old quarry.\n');
    await writeFile(bad, Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0, 0, 0, 1]));
    const ingested = await docent(data, '--json', 'ingest', '--session', sid, good, bad);
    assert.equal(ingested.code, 0, ingested.stderr);
    const results = JSON.parse(ingested.stdout) as { file: string; fileId: string; status: string; pages: number; chunks: number; error?: { code: string; message: string } }[];
    assert.equal(results.length, 2);
    const [moths, binary] = results;
    assert.equal(moths.status, 'ready');
    assert.equal(moths.file, 'moths.txt');
    assert.match(moths.fileId, /^[0-9a-f]{16}$/);
    assert.ok(moths.chunks >= 1 && moths.pages >= 1);
    assert.equal(binary.status, 'failed');
    assert.match(binary.error!.message, /binary\.txt/);

    const listed = JSON.parse((await docent(data, '--json', 'sessions', 'list')).stdout) as { sid: string; documentCount: number }[];
    // Both documents are in the session (the failed one is listed with its reason until dismissed).
    assert.deepEqual(listed.map((s) => [s.sid, s.documentCount]), [[sid, 2]]);

    const searched = JSON.parse((await docent(data, '--json', 'search', '--session', sid, '--k', '3', 'moth species quarry')).stdout);
    assert.ok(searched.hits.some((h: { fileName: string; text: string; page: number }) => h.fileName === 'moths.txt' && h.page === 1 && h.text.includes('eleven species')));

    const queries = path.join(dir, 'queries.jsonl');
    await writeFile(queries, `${JSON.stringify({ id: 'q1', text: 'moth species' })}\n${JSON.stringify({ id: 'q2', text: 'old quarry survey' })}\n`);
    const batch = await docent(data, 'search', '--session', sid, '--k', '2', '--queries', queries);
    assert.equal(batch.code, 0, batch.stderr);
    const lines = batch.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; hits: { fileName: string }[] });
    assert.deepEqual(lines.map((l) => l.id), ['q1', 'q2']);
    assert.ok(lines.every((l) => l.hits.length >= 1 && l.hits.length <= 2 && l.hits[0].fileName === 'moths.txt'));

    const asked = await docent(data, '--json', 'ask', '--session', sid, 'How many species of moth did the survey find?');
    assert.equal(asked.code, 0, asked.stderr);
    const answer = JSON.parse(asked.stdout) as { answer: string; citations: { fileName: string; page: number; text: string }[] };
    assert.match(answer.answer, /eleven species/);
    assert.ok(answer.citations.some((c) => c.fileName === 'moths.txt' && c.page === 1 && c.text.includes('eleven species')));

    const before = JSON.parse((await docent(data, '--json', 'count', '--session', sid)).stdout);
    assert.ok(before.vectors >= 1 && before.files >= 1);
    const ended = await docent(data, '--json', 'sessions', 'end', sid);
    assert.equal(ended.code, 0, ended.stderr);
    assert.deepEqual(JSON.parse((await docent(data, '--json', 'count', '--session', sid)).stdout), { vectors: 0, files: 0 });
  });

  test('ask --queries answers each line on its own, one JSON line each, and writes nothing into the chat', async () => {
    const data = path.join(dir, 'data-batch');
    const { sid } = JSON.parse((await docent(data, '--json', 'sessions', 'new', 'Questionnaire')).stdout);
    const notes = path.join(dir, 'lighthouse.txt');
    await writeFile(notes, 'The lighthouse on the north cape was built in 1871 by the engineer Thomas Stevenson.\n\nIts light can be seen from 22 nautical miles away.\n');
    assert.equal((await docent(data, 'ingest', '--session', sid, notes)).code, 0);
    const queries = path.join(dir, 'questionnaire.jsonl');
    const lines = [
      JSON.stringify({ id: 'built', text: 'When was the lighthouse on the north cape built?' }),
      JSON.stringify({ id: 7, text: 'and who built it?' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'absent', text: 'What is the annual budget of the harbour authority?' }),
    ];
    await writeFile(queries, `${lines.join('\n')}\n`);
    const batch = await docent(data, 'ask', '--session', sid, '--queries', queries, '--json');
    assert.equal(batch.code, 1, 'a line that could not be read makes the exit status 1');
    assert.match(batch.stderr, /questionnaire\.jsonl line 3/);
    const out = batch.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(out.map((o) => o.id), ['built', 7, null, 'absent'], 'one line out per line in, in order; the bad line goes on');
    const [built, follow, broken, absent] = out;
    for (const key of ['id', 'answer', 'citations', 'status', 'notFound', 'unsure', 'answerer']) assert.ok(key in built, key);
    assert.equal(built.status, 'complete');
    assert.equal(built.notFound, false);
    assert.equal(built.unsure, false);
    assert.equal(built.answerer, 'extractive');
    assert.match(built.answer.split(/\[\d+\]/)[0], /1871/);
    assert.equal(built.citations[0].fileName, 'lighthouse.txt');
    // No history between lines: "and who built it?" has nothing to lean on, so it is not resolved against line 1.
    assert.equal(follow.status, 'complete');
    assert.equal(broken.status, 'error');
    assert.match(broken.error.message, /line 3/);
    assert.equal(absent.notFound, true);
    assert.deepEqual(absent.citations, []);
    const session = await readSessionFile(path.join(data, 'sessions', `${sid}.session`));
    assert.deepEqual(session.chat, [], 'nothing was written into the chat');
    const missing = await docent(data, 'ask', '--session', sid, '--queries', path.join(dir, 'nope.jsonl'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.jsonl: cannot be read/);
  });

  test('ingest takes folders and --files-from lists, and ends with what was added and what was skipped', async () => {
    const data = path.join(dir, 'data-folder');
    const { sid } = JSON.parse((await docent(data, '--json', 'sessions', 'new', 'Trip')).stdout);
    const trip = path.join(dir, 'Trip');
    await mkdir(path.join(trip, 'day 2', 'photos'), { recursive: true });
    await writeFile(path.join(trip, 'day 1.txt'), 'We walked from the harbour to the old quarry and counted nine herons.\n');
    await writeFile(path.join(trip, 'day 2', 'notes.md'), '# Day two\n\nThe ferry to the island left at seven; the crossing took forty minutes.\n');
    await writeFile(path.join(trip, 'day 2', 'photos', 'IMG_0001.heic'), Buffer.alloc(40, 9));
    await writeFile(path.join(trip, '.hidden-notes.txt'), 'not for the session');
    await writeFile(path.join(trip, 'Thumbs.db'), Buffer.alloc(20, 1));
    const extra = path.join(dir, 'packing list.txt');
    await writeFile(extra, 'Boots, a rain jacket, two maps and the ferry timetable.\n');
    const list = path.join(dir, 'paths.txt');
    await writeFile(list, `${extra}\n\n${path.join(dir, 'moved away.txt')}\n`);

    const ingested = await docent(data, 'ingest', '--session', sid, '--files-from', list, trip);
    assert.equal(ingested.code, 0, ingested.stderr);
    assert.match(ingested.stdout, /^ready +Trip\/day 1\.txt/m);
    assert.match(ingested.stdout, /^ready +Trip\/day 2\/notes\.md/m);
    assert.match(ingested.stdout, /^ready +packing list\.txt  1 page, 1 chunk$/m, 'counted in words a reader expects');
    assert.match(ingested.stdout, /^failed +moved away\.txt  — .*moved away\.txt.*cannot be read/m);
    assert.doesNotMatch(ingested.stdout, /^failed .*0 pages/m, 'a failed file says why, not its empty counts');
    assert.match(ingested.stdout, /^3 added, 1 failed, 3 skipped: 1 unsupported, 1 hidden, 1 system file$/m);
    const session = await readSessionFile(path.join(data, 'sessions', `${sid}.session`));
    assert.deepEqual(session.documents.filter((d) => d.status === 'ready').map((d) => d.name).sort(), ['Trip/day 1.txt', 'Trip/day 2/notes.md', 'packing list.txt']);

    const none = await docent(data, 'ingest', '--session', sid, '--files-from', path.join(dir, 'no list.txt'));
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no list\.txt/);
  });

  test('a bad sid is refused with a clear message and exit status 2', async () => {
    const { code, stderr } = await docent(path.join(dir, 'data2'), 'sessions', 'end', '../../etc');
    assert.equal(code, 2);
    assert.match(stderr, /not a session id/);
  });
});

describe('a session id that begins with "-"', () => {
  test('is taken after --session and after sessions end, as the README shows', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const data = path.join(dir, 'data');
      // Sessions made before new ids stopped beginning with "-" still exist on users' disks.
      const sid = '-5TCakhq3Zr9W_x0vYb1Qa';
      const now = new Date().toISOString();
      await mkdir(path.join(data, 'sessions'), { recursive: true });
      const session = { version: 1, sid, title: 'Dash', createdAt: now, updatedAt: now, state: 'active', embedder: null, documents: [], chat: [] };
      await writeFile(path.join(data, 'sessions', `${sid}.session`), JSON.stringify(session));
      const file = path.join(dir, 'gulls.txt');
      await writeFile(file, 'The gulls on the pier were counted every morning by the keeper.\n');

      const ingested = await docent(data, '--json', 'ingest', '--session', sid, file);
      assert.equal(ingested.code, 0, ingested.stderr);
      assert.equal(JSON.parse(ingested.stdout)[0].status, 'ready');
      const ended = await docent(data, '--json', 'sessions', 'end', sid);
      assert.equal(ended.code, 0, ended.stderr);
      assert.deepEqual(JSON.parse(ended.stdout).left, { vectors: 0, files: 0 });
    } finally {
      await cleanup();
    }
  });
});
