// The locations people use, end to end through the core: a PDF's printed page labels (with the PDF page beside them
// when they differ), slides, CSV rows, and a text's lines; a PDF that lost its header is still read as a PDF and one
// cut too short fails as a damaged PDF; old sessions' citations and page stores are read back as data.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDocent, type DocentApp } from '../../electron/app/docent';
import { extractDocument } from '../../electron/app/documents/extract';
import { sniffDocument } from '../../electron/app/documents/sniff';
import { describeLocation, locate } from '../../electron/app/documents/location';
import { pagesFile, readStoredPages } from '../../electron/app/ingest/stored-pages';
import { citationLabelEnglish, citationWhere } from '../../shared/location';
import type { ChatMessage } from '../../shared/model';
import { tempDataDir } from '../helpers/paths';
import { makePdf } from '../fixtures/make-pdf';
import { makePptx } from '../fixtures/make-pptx';

/** Six pages printed "i, ii, iii, 1, 2, 3": the front matter in roman numerals, then the body from 1. */
const LABELS = '<< /Nums [0 << /S /r >> 3 << /S /D >>] >>';
const MANUAL_PAGES = [
  ['Front matter of the Frobnicator manual.', 'Nothing to see here.'],
  ['Table of contents.', 'Chapter one starts on page 1.'],
  ['Preface by the authors.', 'Thanks to everyone.'],
  ['Chapter one: installing the Frobnicator.', 'Unpack the crate and bolt the base plate to the floor.'],
  ['Chapter two: calibration.', 'Turn the brass dial until the needle rests on the green mark.'],
  ['Chapter three: maintenance.', 'Oil the hinges every second Tuesday with sewing machine oil.'],
];

describe('extraction keeps what people call the pages', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => ({ dir, cleanup } = await tempDataDir()));
  after(async () => cleanup());

  test('a PDF with page labels: each page keeps its printed label where it differs from its number', async () => {
    const file = path.join(dir, 'manual.pdf');
    await writeFile(file, makePdf({ pages: MANUAL_PAGES, pageLabels: LABELS }));
    const doc = await extractDocument(file);
    assert.deepEqual(doc.pages.map((p) => p.label), ['i', 'ii', 'iii', '1', '2', '3']);
    const at = doc.pages[4].text.indexOf('Turn the brass dial');
    assert.deepEqual(locate(doc, 5, at, at + 20), { kind: 'page', first: 5, last: 5, label: '2' });
    assert.equal(describeLocation(doc, 5, at, at + 20), 'p. 2 (PDF page 5)');
    // A PDF without labels, or whose labels are the page numbers, cites plain page numbers.
    const plain = path.join(dir, 'plain.pdf');
    await writeFile(plain, makePdf({ pages: MANUAL_PAGES, pageLabels: '<< /Nums [0 << /S /D >>] >>' }));
    const plainDoc = await extractDocument(plain);
    assert.deepEqual(plainDoc.pages.map((p) => p.label), [undefined, undefined, undefined, undefined, undefined, undefined]);
    assert.equal(describeLocation(plainDoc, 5, 0, 10), 'p. 5');
  });

  test('a PDF whose header line is missing is recognised by its syntax and read as a PDF, with its labels', async () => {
    const whole = makePdf({ pages: MANUAL_PAGES, pageLabels: LABELS });
    const headerless = whole.subarray(whole.indexOf('1 0 obj'));
    assert.equal(sniffDocument(headerless, 'manual.txt').kind, 'pdf', 'the name does not decide');
    const file = path.join(dir, 'headerless.pdf');
    await writeFile(file, headerless);
    const doc = await extractDocument(file);
    assert.equal(doc.kind, 'pdf');
    assert.equal(doc.pageCount, 6);
    assert.match(doc.pages[3].text, /bolt the base plate/);
    assert.doesNotMatch(doc.pages.map((p) => p.text).join('\n'), /endobj|\/Type/);
    assert.equal(doc.pages[3].label, '1');
  });

  test('a PDF cut too short to read fails as a damaged PDF, not as a text file of PDF syntax', async () => {
    const whole = makePdf({ pages: MANUAL_PAGES });
    const file = path.join(dir, 'cut.pdf');
    // Its first object's header is gone: it starts inside the catalog dictionary.
    await writeFile(file, whole.subarray(whole.indexOf('/Type /Catalog')));
    await assert.rejects(extractDocument(file), (error: { code?: string; message?: string }) => error.code === 'corrupt' && /PDF/.test(error.message ?? ''));
  });

  test('a text that talks about PDF syntax stays a text', () => {
    const article = '# Inside a PDF\n\nA PDF file is a list of objects, each one written like this:\n\n```\n1 0 obj\n<< /Type /Catalog >>\nendobj\n```\n';
    assert.equal(sniffDocument(new TextEncoder().encode(article), 'inside.md').kind, 'markdown');
    assert.equal(sniffDocument(new TextEncoder().encode('1 0 obj is how an object starts, and endobj ends it.'), 'x.txt').kind, 'text');
  });

  test('CSV rows: a passage names the table rows it quotes (the header is row 1)', async () => {
    const file = path.join(dir, 'towns.csv');
    await writeFile(file, 'Town,Visitors\nTokyo,310\nReykjavik,4711\nLisbon,120\n');
    const doc = await extractDocument(file);
    const at = doc.pages[0].text.indexOf('Town: Reykjavik');
    assert.equal(describeLocation(doc, 1, at, at + 20), 'row 3');
    assert.equal(describeLocation(doc, 1, 0, doc.pages[0].text.length), 'rows 2–4');
  });

  test('a text file: the lines of the whole document', async () => {
    const file = path.join(dir, 'notes.txt');
    await writeFile(file, 'Notes\n\nThe kettle is in the second cupboard.\nThe tea is beside it.\n\nThe milk is in the fridge.\n');
    const doc = await extractDocument(file);
    const text = doc.pages[0].text;
    const at = text.indexOf('The milk');
    assert.equal(describeLocation(doc, 1, at, at + 8), 'line 6');
    assert.equal(describeLocation(doc, 1, text.indexOf('The kettle'), text.indexOf('beside it.') + 10), 'lines 3–4');
  });
});

describe('citations through the core', () => {
  let app: DocentApp;
  let dir: string;
  let cleanup: () => Promise<void>;
  let sid: string;
  before(async () => {
    ({ dir, cleanup } = await tempDataDir());
    app = await createDocent({ dataDir: path.join(dir, 'data'), env: {}, syncBase: false });
    sid = (await app.handlers['sessions.current'](undefined)).sid;
  });
  after(async () => {
    await app.close();
    await cleanup();
  });

  const ask = async (question: string): Promise<ChatMessage> => (await app.chat.ask(sid, question)).done;

  test('a PDF citation names the printed page and the PDF page; a slide its slide; the export and the CLI words agree', async () => {
    const manual = path.join(dir, 'manual.pdf');
    await writeFile(manual, makePdf({ pages: MANUAL_PAGES, pageLabels: LABELS }));
    const deck = path.join(dir, 'deck.pptx');
    await writeFile(deck, makePptx({ slides: [{ title: 'Hello', body: ['Agenda'] }, { title: 'Harbour', body: ['The ferry to the island leaves at seven from pier four.'] }] }));
    const notes = path.join(dir, 'notes.md');
    await writeFile(notes, '# Kitchen\n\nThe kettle is in the second cupboard.\n\n## Garden\n\nThe watering can hangs on the shed door behind the roses.\n');
    const results = await app.ingest.start(sid, [{ path: manual }, { path: deck }, { path: notes }]).done;
    assert.deepEqual(results.map((r) => r.status), ['ready', 'ready', 'ready']);

    const calibration = await ask('How do I calibrate the Frobnicator with the brass dial?');
    const fromManual = calibration.citations.find((c) => c.fileName === 'manual.pdf');
    assert.ok(fromManual, JSON.stringify(calibration.citations));
    assert.deepEqual(fromManual.location, { kind: 'page', first: 5, last: 5, label: '2' });
    assert.equal(citationLabelEnglish(fromManual), 'manual.pdf, p. 2 (PDF page 5)');

    const ferry = await ask('When does the ferry to the island leave?');
    const fromDeck = ferry.citations.find((c) => c.fileName === 'deck.pptx');
    assert.equal(fromDeck && citationWhere(fromDeck), 'slide 2');

    const can = await ask('Where does the watering can hang?');
    const fromNotes = can.citations.find((c) => c.fileName === 'notes.md');
    assert.equal(fromNotes?.location?.kind, 'section', JSON.stringify(can.citations));
    assert.equal(fromNotes && citationWhere(fromNotes), fromNotes?.location?.label ? `§ ${fromNotes.location.label}, line 7` : 'line 7');

    const { markdown } = await app.handlers['chat.exportMarkdown']({ sid });
    assert.match(markdown, /\[\d+\] manual\.pdf, p\. 2 \(PDF page 5\): “/);
    assert.match(markdown, /\[\d+\] deck\.pptx, slide 2: “/);
    assert.match(markdown, /\[\d+\] notes\.md, (§ .+, )?line 7: “/);
  });

  test('an old session’s citations are read back as data: words from its file, locations from its page texts', async () => {
    const session = await app.sessions.get(sid);
    const manual = session.documents.find((d) => d.name === 'manual.pdf')!;
    const deck = session.documents.find((d) => d.name === 'deck.pptx')!;
    const filesDir = app.sessions.filesDir(sid);
    // As version 1 wrote them: the deck's page store with "slide N" labels, and citations with words or no location.
    const deckPages = JSON.parse(await readFile(pagesFile(filesDir, deck.fileId), 'utf8'));
    delete deckPages.version;
    for (const p of deckPages.pages) p.label = `slide ${p.page}`;
    await writeFile(pagesFile(filesDir, deck.fileId), JSON.stringify(deckPages));
    assert.equal((await readStoredPages(filesDir, deck.fileId))?.pages[0].label, undefined, 'old labels are upgraded on read');
    const manualPages = await readStoredPages(filesDir, manual.fileId);
    const at = manualPages!.pages[3].text.indexOf('Unpack the crate');
    const old = {
      id: 'old-answer',
      role: 'assistant',
      text: 'Unpack it [1]; see the deck [2].',
      createdAt: '2025-01-01T00:00:00.000Z',
      status: 'complete',
      citations: [
        { n: 1, sid, fileId: manual.fileId, fileName: 'manual.pdf', page: 4, pageEnd: 4, start: at, end: at + 16, text: 'Unpack the crate' },
        { n: 2, sid, fileId: deck.fileId, fileName: 'deck.pptx', page: 2, pageEnd: 2, start: 0, end: 7, text: 'Harbour', location: 'slide 2' },
      ],
    };
    // The session file as version 1 wrote it too (one JSON object; today's files are JSON lines, migrated on read).
    const file = path.join(app.sessions.dir, `${sid}.session`);
    const current = await app.sessions.get(sid);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify({ ...current, version: 1, chat: [...current.chat, old] }));
    await app.close();
    app = await createDocent({ dataDir: path.join(dir, 'data'), env: {}, syncBase: false });

    const view = await app.handlers['sessions.open']({ sid });
    const migrated = view.chat.find((m) => m.id === 'old-answer')!;
    assert.deepEqual(migrated.citations[0].location, { kind: 'page', first: 4, last: 4, label: '1' }, 'located from the page texts');
    assert.deepEqual(migrated.citations[1].location, { kind: 'slide', first: 2, last: 2 }, 'read back from its words');
    // Saved once, so the next read needs no page texts.
    const saved = (await app.sessions.get(sid)).chat.find((m) => m.id === 'old-answer')!;
    assert.deepEqual(saved.citations[0].location, migrated.citations[0].location);
    assert.equal(citationLabelEnglish(saved.citations[0]), 'manual.pdf, p. 1 (PDF page 4)');
  });
});
