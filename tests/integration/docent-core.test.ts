// The whole core as the window uses it: real files, the real worker pool, real LanceDB on a temp dir.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { createDocent, type DocentApp } from '../../electron/app/docent';
import type { FileResult } from '../../electron/app/ingest/ingest-service';
import { countSessionLeftovers } from '../../electron/app/sessions/leftovers';
import { readSessionFile } from '../../electron/app/sessions/session-store';
import { SessionFileSchema, type ChatMessage } from '../../shared/model';
import { corpus, corporaSkip, tempDataDir } from '../helpers/paths';
import { makePptx } from '../fixtures/make-pptx';
import { makeXlsx } from '../fixtures/make-xlsx';
import { cleanEnv } from '../helpers/clean-env';
import { citationWhere } from '../../shared/location';

const UNIQUE = 'The zephyr-blue lighthouse keeper counted exactly forty-seven gulls on Tuesday.';

/** Pages `first`..`last` (1-based) of a PDF as poppler's pdftotext reads them, as a run of lower-case words. */
async function pdfPagesText(pdf: string, first: number, last: number): Promise<string> {
  const { stdout } = await promisify(execFile)('pdftotext', ['-f', String(first), '-l', String(last), pdf, '-'], { maxBuffer: 1 << 26 })
    .catch((error: Error) => { throw new Error(`pdftotext (Debian's poppler-utils) is needed to check PDF pages: ${error.message}`); });
  return ` ${words(stdout).join(' ')} `;
}

function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Every run of four consecutive words of `text`, padded with spaces so a match is whole words. */
function wordShingles(text: string): string[] {
  const all = words(text);
  return all.slice(0, Math.max(0, all.length - 3)).map((_, i) => ` ${all.slice(i, i + 4).join(' ')} `);
}

async function ingest(app: DocentApp, sid: string, files: { path: string; name?: string; password?: string }[]): Promise<FileResult[]> {
  return app.ingest.start(sid, files).done;
}

async function ask(app: DocentApp, sid: string, question: string): Promise<ChatMessage> {
  const { done } = await app.chat.ask(sid, question);
  return done;
}

/** Every file under dir whose bytes contain the needle (UTF-8 and UTF-16LE). */
async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const hits: string[] = [];
  const utf8 = Buffer.from(needle, 'utf8');
  const utf16 = Buffer.from(needle, 'utf16le');
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = await readFile(file);
    if (bytes.includes(utf8) || bytes.includes(utf16)) hits.push(file);
  }
  return hits;
}

describe('Docent core', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let app: DocentApp;
  let docs: string;

  before(async () => {
    ({ dir, cleanup } = await tempDataDir());
    docs = path.join(dir, 'incoming');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(docs);
    await writeFile(
      path.join(docs, 'lighthouse.md'),
      `# Harbour notes\n\nThe harbour has two piers and a small museum about shipwrecks.\n\n${UNIQUE} He wrote the number in his log.\n\nIn winter the ferry runs twice a day.\n`,
    );
    await writeFile(path.join(docs, 'recipes.txt'), 'Bread needs flour, water, salt and yeast. Knead for ten minutes, then let it rise for an hour.\n');
    await writeFile(path.join(docs, 'broken.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref\n');
    app = await createDocent({ dataDir: path.join(dir, 'data'), env: cleanEnv() });
    await app.baseSynced();
  });

  after(async () => {
    await app?.close();
    await cleanup?.();
  });

  test('a batch with a broken file and a duplicate: the good files ready, the broken one failed with its reason, the duplicate reported', async () => {
    const session = await app.handlers['sessions.create']({ title: 'Batch' });
    const results = await ingest(app, session.sid, [
      { path: path.join(docs, 'lighthouse.md') },
      { path: path.join(docs, 'broken.pdf') },
      { path: path.join(docs, 'recipes.txt') },
    ]);
    const byName = Object.fromEntries(results.map((r) => [r.file, r]));
    assert.equal(byName['lighthouse.md'].status, 'ready');
    assert.equal(byName['recipes.txt'].status, 'ready');
    assert.equal(byName['broken.pdf'].status, 'failed');
    assert.match(byName['broken.pdf'].error!.message, /broken\.pdf/);
    assert.ok(byName['lighthouse.md'].chunks > 0);

    const again = await ingest(app, session.sid, [{ path: path.join(docs, 'lighthouse.md'), name: 'copy of lighthouse.md' }]);
    assert.equal(again[0].status, 'duplicate');

    const parsed = SessionFileSchema.parse(await readSessionFile(app.sessions.sessionPath(session.sid)));
    assert.equal(parsed.documents.filter((d) => d.status === 'ready').length, 2);
    const failed = parsed.documents.find((d) => d.name === 'broken.pdf')!;
    assert.equal(failed.status, 'failed');
    assert.equal(failed.copy, undefined, 'a failed file keeps no copy');
    assert.equal(await app.store().countFile(session.sid, failed.fileId), 0);
    const copies = await readdir(app.sessions.filesDir(session.sid));
    assert.ok(!copies.some((n) => n.startsWith(failed.fileId)), `copies: ${copies.join(', ')}`);
    const lighthouse = parsed.documents.find((d) => d.name === 'lighthouse.md')!;
    assert.equal(await app.store().countFile(session.sid, lighthouse.fileId), lighthouse.chunks);
  });

  test('sessions are isolated; the base library is seen by every session', async () => {
    const a = await app.handlers['sessions.create']({ title: 'A' });
    const b = await app.handlers['sessions.create']({ title: 'B' });
    await ingest(app, a.sid, [{ path: path.join(docs, 'lighthouse.md') }]);
    const fromA = await app.chat.search(a.sid, 'lighthouse keeper gulls', 5);
    const fromB = await app.chat.search(b.sid, 'lighthouse keeper gulls', 5);
    assert.ok(fromA.some((h) => h.text.includes('forty-seven gulls')));
    assert.ok(!fromB.some((h) => h.sid === a.sid), 'B must never see A');
    assert.ok(fromB.every((h) => h.sid === 'base' || h.sid === b.sid));
    const guideFromB = await app.chat.search(b.sid, 'what does ending a session erase', 5);
    assert.ok(guideFromB.some((h) => h.sid === 'base' && h.fileName === 'docent-user-guide.md'));
  });

  test('an offline answer quotes the document and cites a span that really is on its page', async () => {
    const s = await app.handlers['sessions.create']({ title: 'Ask' });
    await ingest(app, s.sid, [{ path: path.join(docs, 'lighthouse.md') }]);
    const answer = await ask(app, s.sid, 'How many gulls did the lighthouse keeper count?');
    assert.equal(answer.status, 'complete');
    assert.match(answer.text, /forty-seven gulls/);
    const citation = answer.citations.find((c) => c.fileName === 'lighthouse.md');
    assert.ok(citation, `citations: ${JSON.stringify(answer.citations)}`);
    const page = await app.handlers['documents.page']({ sid: s.sid, fileId: citation.fileId, page: citation.page });
    assert.ok(page.text.slice(citation.start, citation.end).includes('forty-seven'), 'the span points at the quoted text');
    const history = await app.handlers['chat.history']({ sid: s.sid });
    assert.deepEqual(history.map((m) => m.role), ['user', 'assistant']);
  });

  test('removing a document deletes its vectors and copy', async () => {
    const s = await app.handlers['sessions.create']({ title: 'Remove' });
    const [r] = await ingest(app, s.sid, [{ path: path.join(docs, 'recipes.txt') }]);
    assert.ok((await app.store().countFile(s.sid, r.fileId)) > 0);
    const view = await app.handlers['documents.remove']({ sid: s.sid, fileId: r.fileId });
    assert.equal(view.documents.length, 0);
    assert.equal(await app.store().countFile(s.sid, r.fileId), 0);
    assert.deepEqual(await readdir(app.sessions.filesDir(s.sid)), []);
    // Added again, it has each of its chunks once: nothing of the first time is left to be doubled.
    const [again] = await ingest(app, s.sid, [{ path: path.join(docs, 'recipes.txt') }]);
    assert.equal(again.status, 'ready');
    assert.equal(await app.store().countFile(s.sid, again.fileId), again.chunks);
  });

  test('ending a session erases its file, copies and vectors, physically, and opens a new one', async () => {
    const s = await app.handlers['sessions.create']({ title: 'To end' });
    await ingest(app, s.sid, [{ path: path.join(docs, 'lighthouse.md') }]);
    await ask(app, s.sid, 'What did the lighthouse keeper count?');
    const preview = await app.handlers['sessions.endPreview']({ sid: s.sid });
    assert.equal(preview.documents, 1);
    assert.ok(preview.chunks > 0);
    assert.equal(preview.messages, 2);
    assert.equal(preview.storeKeepsDeletedRecordsForAWhile, false);

    // Other sessions hold the same sentence (earlier tests); end them too so the byte search means something.
    for (const other of await app.handlers['sessions.list'](undefined)) {
      if (other.sid !== s.sid) await app.handlers['sessions.end']({ sid: other.sid });
    }
    const result = await app.handlers['sessions.end']({ sid: s.sid });
    assert.notEqual(result.current.sid, s.sid);
    // What was erased, counted as it went: the figures the confirmation says (code and params for the window).
    assert.deepEqual(result.erased, { title: 'To end', documents: 1, passages: preview.chunks, messages: 2 });
    assert.equal(result.notice.code, 'session-ended');
    assert.deepEqual(result.notice.params, { title: 'To end', documents: 1, passages: preview.chunks, messages: 2 });
    assert.equal(result.notice.message, `Session “To end” ended: 1 document, ${preview.chunks} passage${preview.chunks === 1 ? '' : 's'} and 2 chat messages erased.`);
    assert.deepEqual(await countSessionLeftovers(app, s.sid), { vectors: 0, files: 0 });
    assert.deepEqual(await filesContaining(app.dataDir, 'zephyr-blue lighthouse'), [], 'the text must be gone from the disk');
    const guide = await app.chat.search(result.current.sid, 'ending a session erases', 3);
    assert.ok(guide.length > 0, 'the base library is untouched');
  });
});

describe('Docent citations name slides and sheets', () => {
  test('an answer from a deck cites its slide; one from a workbook cites its sheet and rows', async () => {
    const { dir, cleanup } = await tempDataDir();
    const app = await createDocent({ dataDir: path.join(dir, 'data'), syncBase: false, env: cleanEnv() });
    try {
      const deck = path.join(dir, 'review.pptx');
      await writeFile(
        deck,
        makePptx({
          slides: [
            { title: 'Welcome', body: ['Agenda for the quarterly review meeting'] },
            { title: 'Revenue', body: ['Revenue in the Lisbon office grew by twelve percent this quarter.'] },
          ],
        }),
      );
      const book = path.join(dir, 'budget.xlsx');
      await writeFile(book, makeXlsx({ sheets: [{ name: 'Q3', cells: { A1: 'City', B1: 'Visitors', A2: 'Tokyo', B2: 310, A3: 'Reykjavik', B3: 4711 } }] }));
      const s = await app.handlers['sessions.current'](undefined);
      const results = await ingest(app, s.sid, [{ path: deck }, { path: book }]);
      assert.deepEqual(results.map((r) => r.status), ['ready', 'ready']);
      const slide = await ask(app, s.sid, 'How much did revenue in the Lisbon office grow?');
      const fromDeck = slide.citations.find((c) => c.fileName === 'review.pptx');
      assert.deepEqual(fromDeck?.location, { kind: 'slide', first: 2, last: 2 }, JSON.stringify(slide.citations));
      assert.equal(citationWhere(fromDeck!), 'slide 2');
      const sheet = await ask(app, s.sid, 'How many visitors did Reykjavik have?');
      const fromBook = sheet.citations.find((c) => c.fileName === 'budget.xlsx');
      assert.equal(fromBook?.location?.kind, 'sheet', JSON.stringify(sheet.citations));
      assert.equal(fromBook?.location?.label, 'Q3');
      assert.match(citationWhere(fromBook!), /^sheet Q3, rows? \d/, JSON.stringify(sheet.citations));
    } finally {
      await app.close();
      await cleanup();
    }
  });
});

describe('Docent across restarts', () => {
  test('relaunching resumes the last session with its chat; a session left ending is finished', async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const dataDir = path.join(dir, 'data');
      const note = path.join(dir, 'note.txt');
      await writeFile(note, `${UNIQUE}\n`);
      let app = await createDocent({ dataDir, syncBase: false, env: cleanEnv() });
      const s = await app.handlers['sessions.current'](undefined);
      await ingest(app, s.sid, [{ path: note }]);
      await ask(app, s.sid, 'How many gulls?');
      const doomed = await app.handlers['sessions.create']({ title: 'Doomed' });
      await ingest(app, doomed.sid, [{ path: note }]);
      await app.handlers['sessions.open']({ sid: s.sid });
      // What a kill in the middle of ending leaves: the session marked ending, its vectors and files still there.
      await app.sessions.update(doomed.sid, (x) => {
        x.state = 'ending';
      });
      await app.close();

      app = await createDocent({ dataDir, syncBase: false, env: cleanEnv() });
      try {
        const resumed = await app.handlers['sessions.current'](undefined);
        assert.equal(resumed.sid, s.sid);
        assert.equal(resumed.chat.length, 2);
        assert.equal(resumed.documents[0].status, 'ready');
        assert.deepEqual(await countSessionLeftovers(app, doomed.sid), { vectors: 0, files: 0 });
        assert.ok(!(await app.handlers['sessions.list'](undefined)).some((x) => x.sid === doomed.sid));
      } finally {
        await app.close();
      }
    } finally {
      await cleanup();
    }
  });
});

describe('Docent with real documents', () => {
  test('with OCR turned off in the settings, a scan is refused as having no text layer', { skip: corporaSkip }, async () => {
    const { dir, cleanup } = await tempDataDir();
    const app = await createDocent({ dataDir: dir, syncBase: false, env: cleanEnv() });
    try {
      const view = await app.handlers['settings.set']({ ocr: { enabled: false } });
      assert.equal(view.ocr.enabled, false);
      assert.ok(view.ocr.available.includes('eng'));
      const s = await app.handlers['sessions.current'](undefined);
      const [r] = await ingest(app, s.sid, [{ path: corpus('pdf', 'scanned', 'issue7229.pdf') }]);
      assert.equal(r.status, 'failed');
      assert.match(r.error!.message, /issue7229\.pdf.*no extractable text: scanned image\?/);
    } finally {
      await app.close();
      await cleanup();
    }
  });

  test('a text PDF is cited by page', { skip: corporaSkip }, async () => {
    const { dir, cleanup } = await tempDataDir();
    const app = await createDocent({ dataDir: dir, syncBase: false, env: cleanEnv() });
    try {
      const s = await app.handlers['sessions.current'](undefined);
      const pdf = corpus('pdf', 'text_normal', 'tracemonkey.pdf');
      const [r] = await ingest(app, s.sid, [{ path: pdf }]);
      assert.equal(r.status, 'ready');
      assert.equal(r.pages, 14);
      const hits = await app.chat.search(s.sid, 'trace trees type specialization loops', 5);
      assert.ok(hits.length > 0);
      for (const h of hits) {
        // The span points at the hit's own words in the page text the app stored…
        const page = await app.handlers['documents.page']({ sid: s.sid, fileId: h.fileId, page: h.page });
        const onFirstPage = h.pageEnd === h.page ? page.text.slice(h.start, h.end) : page.text.slice(h.start);
        assert.ok(onFirstPage.length > 0 && h.text.startsWith(onFirstPage), `page ${h.page} at ${h.start} holds the hit's text`);
        // …and those words really are on that page of the PDF, as another extractor (poppler) reads it.
        const printed = await pdfPagesText(pdf, h.page, h.pageEnd);
        const shingles = wordShingles(h.text);
        const found = shingles.filter((shingle) => printed.includes(shingle));
        assert.ok(shingles.length >= 5, 'the hit holds enough words to check');
        assert.ok(found.length >= 0.8 * shingles.length,
          `only ${found.length} of ${shingles.length} word runs of the hit are on page ${h.page} by pdftotext: ${h.text.slice(0, 120)}`);
      }
    } finally {
      await app.close();
      await cleanup();
    }
  });
});
