// A multi-megabyte plain text (a book: wrapped lines, blank-line paragraphs, chapter headings) through the whole
// core: it ingests ready, cut into pages a citation can name; every stored chunk is an exact span of its pages' texts;
// and an answer about a sentence near the end cites the page and line where that sentence really is.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import { createDocent, type DocentApp } from '../../electron/app/docent';
import { filePredicate } from '../../electron/app/vectors/lancedb-filter';
import type { SourcePage } from '../../shared/model';
import { cleanEnv } from '../helpers/clean-env';
import { tempDataDir } from '../helpers/paths';
import { TextWriter } from '../fixtures/generated-text';

const MB = 1024 * 1024;
const FACT_NEAR_END = 'The quartermaster of Varnholt logged exactly 8117 barrels of pitch in the winter ledger.';
const FACT_IN_MIDDLE = 'Ottilie Brandner repaired the tower clock of Sankt Wendel on the ninth of March.';

interface StoredChunk {
  chunk: number;
  page: number;
  pageEnd: number;
  start: number;
  end: number;
  text: string;
}

/** Every chunk the vector store holds for the file, read from its LanceDB tables directly. */
async function storedChunks(dataDir: string, sid: string, fileId: string): Promise<StoredChunk[]> {
  const db = await lancedb.connect(path.join(dataDir, 'vectors'));
  const chunks: StoredChunk[] = [];
  try {
    for (const name of await db.tableNames()) {
      const table = await db.openTable(name);
      try {
        const rows = await table.query().where(filePredicate(sid, fileId)).select(['chunk', 'page', 'pageEnd', 'start', 'end', 'text']).toArray();
        for (const r of rows) chunks.push({ chunk: Number(r.chunk), page: Number(r.page), pageEnd: Number(r.pageEnd), start: Number(r.start), end: Number(r.end), text: String(r.text) });
      } finally {
        table.close();
      }
    }
  } finally {
    db.close();
  }
  return chunks.sort((a, b) => a.chunk - b.chunk);
}

describe('a multi-megabyte text', () => {
  let temp: { dir: string; cleanup: () => Promise<void> };
  let app: DocentApp;
  let text: string;
  let file: string;

  before(async () => {
    temp = await tempDataDir('docent-long-text-');
    const writer = new TextWriter(0x600c);
    // About 3 MB of book, with two sentences of our own as paragraphs: one in the middle, one near the end.
    const first = writer.book(1.5 * MB);
    const second = writer.book(1.4 * MB);
    const tail = writer.book(0.1 * MB);
    text = `${first}\n${FACT_IN_MIDDLE}\n\n${second}\n${FACT_NEAR_END}\n\n${tail}`;
    file = path.join(temp.dir, 'the-long-winter.txt');
    await writeFile(file, text);
    app = await createDocent({ dataDir: path.join(temp.dir, 'data'), syncBase: false, env: cleanEnv() });
  });
  after(async () => {
    await app?.close();
    await temp?.cleanup();
  });

  test('ingests ready; its chunks are exact spans of its pages, and a citation names the page and line of the quoted text', async () => {
    assert.ok(text.length > 3 * MB * 0.95, `${text.length} characters`);
    const sid = (await app.handlers['sessions.create']({ title: 'Long' })).sid;
    const [result] = await app.ingest.start(sid, [{ path: file }]).done;
    assert.equal(result.status, 'ready', JSON.stringify(result.error));
    assert.ok(result.pages > 50, `cut into pages a citation can name (${result.pages})`);

    const pages = new Map<number, SourcePage>();
    const pageText = async (page: number) => {
      if (!pages.has(page)) pages.set(page, await app.handlers['documents.page']({ sid, fileId: result.fileId, page }));
      return pages.get(page)!.text;
    };
    // The pages are the text itself, in order: nothing lost, nothing rewritten.
    let joined = '';
    for (let p = 1; p <= result.pages; p++) joined += await pageText(p);
    assert.equal(joined.replace(/\s+/g, ' ').trim(), text.replace(/\s+/g, ' ').trim());

    const chunks = await storedChunks(path.join(temp.dir, 'data'), sid, result.fileId);
    assert.equal(chunks.length, result.chunks);
    assert.deepEqual(chunks.map((c) => c.chunk), chunks.map((_, i) => i), 'chunks numbered without gaps');
    for (const c of chunks) {
      const expected =
        c.page === c.pageEnd
          ? (await pageText(c.page)).slice(c.start, c.end)
          : `${(await pageText(c.page)).slice(c.start).trimEnd()}\n\n${(await pageText(c.pageEnd)).slice(0, c.end).trimStart()}`;
      assert.equal(c.text, expected, `chunk ${c.chunk} (pages ${c.page}–${c.pageEnd}, ${c.start}–${c.end}) is the text it claims to be`);
    }
    assert.equal(chunks.filter((c) => c.text.includes(FACT_IN_MIDDLE)).length >= 1, true, 'the sentence in the middle is in a chunk whole');

    const { done } = await app.chat.ask(sid, 'How many barrels of pitch did the quartermaster of Varnholt log?');
    const answer = await done;
    assert.match(answer.text, /8117 barrels/);
    const citation = answer.citations.find((c) => c.fileId === result.fileId && c.text?.includes('8117'));
    assert.ok(citation, `citations: ${JSON.stringify(answer.citations.map((c) => [c.page, c.text?.slice(0, 60)]))}`);
    const page = pages.get(citation.page) ?? (await app.handlers['documents.page']({ sid, fileId: result.fileId, page: citation.page }));
    assert.ok(page.text.slice(citation.start, citation.end).includes('8117 barrels'), 'the span covers the quoted text on its page');
    // The page's first line plus the lines before the quote is the line of the file that holds it.
    const lineInFile = text.slice(0, text.indexOf(FACT_NEAR_END)).split('\n').length;
    const lineFromCitation = page.section!.firstLine + page.text.slice(0, page.text.indexOf(FACT_NEAR_END)).split('\n').length - 1;
    assert.equal(lineFromCitation, lineInFile);
    assert.equal(citation.location?.lines?.first, lineInFile, `the citation's location names line ${lineInFile}: ${JSON.stringify(citation.location)}`);
  });
});
