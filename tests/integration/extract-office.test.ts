// PPTX, XLSX, ODS, EPUB, ODT and RTF extraction over small real files the tests build
// (tests/fixtures/make-*.ts), with the locations a citation names: slide, sheet and rows, chapter.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { extractDocument } from '../../electron/app/documents/extract';
import { chunkDocument } from '../../electron/app/documents/chunker';
import { describeChunk, describeLocation } from '../../electron/app/documents/location';
import { ExtractError, type ExtractedDocument } from '../../electron/app/documents/types';
import { tempDataDir } from '../helpers/paths';
import { makePptx } from '../fixtures/make-pptx';
import { makeXlsx, type CellSpec } from '../fixtures/make-xlsx';
import { makeOds, makeOdt } from '../fixtures/make-odf';
import { makeEpub } from '../fixtures/make-epub';
import { makeZip } from '../fixtures/make-zip';

let dir: string;
let cleanup: () => Promise<void>;
before(async () => ({ dir, cleanup } = await tempDataDir('docent-office-')));
after(() => cleanup());

async function write(name: string, content: Uint8Array | string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

async function extractError(file: string, options: Parameters<typeof extractDocument>[1] = {}): Promise<ExtractError> {
  try {
    await extractDocument(file, options);
  } catch (err) {
    assert.ok(err instanceof ExtractError, String(err));
    return err;
  }
  assert.fail(`${file} should have been refused`);
}

const pageText = (doc: ExtractedDocument, page: number) => doc.pages.find((p) => p.page === page)?.text ?? '';

const DECK = {
  title: 'Quarterly review',
  slides: [
    { title: 'Welcome', body: ['Agenda for today'] },
    { title: 'Revenue', body: ['Revenue grew 12%', 'Costs were flat'], notes: 'Mention the Lisbon office.\nThank the sales team.' },
    { title: 'Regions', table: [['Region', 'Sales'], ['North', '120'], ['South', '80']] },
  ],
  // Part names run against the presentation order: slide3.xml is shown first.
  partNumbers: [3, 1, 2],
};

describe('PPTX', () => {
  test('one page per slide in sldIdLst order, notes after the slide text', async () => {
    const doc = await extractDocument(await write('review.pptx', makePptx(DECK)));
    assert.equal(doc.kind, 'pptx');
    assert.equal(doc.title, 'Quarterly review');
    assert.equal(doc.pageCount, 3);
    // The page number is the slide number: no label needed; a citation says "slide N".
    assert.deepEqual(doc.pages.map((p) => [p.page, p.label]), [[1, undefined], [2, undefined], [3, undefined]]);
    assert.equal(pageText(doc, 1), 'Welcome\n\nAgenda for today');
    // A body's bullets are list items, each its own point.
    assert.equal(pageText(doc, 2), 'Revenue\n\n- Revenue grew 12%\n- Costs were flat\n\nNotes: Mention the Lisbon office.\nThank the sales team.');
    assert.equal(pageText(doc, 3), 'Regions\n\nRegion | Sales\nNorth | 120\nSouth | 80');
    const lisbon = pageText(doc, 2).indexOf('Lisbon');
    assert.equal(describeLocation(doc, 2, lisbon, lisbon + 6), 'slide 2');
  });

  test('a slide without text keeps its number; a deck with no text at all is no-text', async () => {
    const doc = await extractDocument(await write('gap.pptx', makePptx({ slides: [{ body: ['first'] }, {}, { body: ['third'] }] })));
    assert.deepEqual(doc.pages.map((p) => [p.page, p.text]), [[1, 'first'], [2, ''], [3, 'third']]);
    const err = await extractError(await write('blank.pptx', makePptx({ slides: [{}, {}] })));
    assert.equal(err.code, 'no-text');
    assert.match(err.message, /^blank\.pptx: /);
  });
});

function budgetSheet(rows: number): Record<string, CellSpec> {
  const cells: Record<string, CellSpec> = { A1: 'Item', B1: 'Cost', C1: 'Paid on' };
  for (let r = 2; r <= rows; r++) {
    cells[`A${r}`] = `item${r}`;
    cells[`B${r}`] = r * 10;
    cells[`C${r}`] = { date: `2024-03-${String((r % 28) + 1).padStart(2, '0')}` };
  }
  return cells;
}

const TYPES_SHEET: Record<string, CellSpec> = {
  A1: 'Budget 2024', // a title line above the table
  A3: 'Name', B3: 'Amount', C3: 'When', D3: 'Share',
  A4: { rich: ['Tok', 'yo'], phonetic: 'トウキョウ' }, B4: { formula: '0.1+0.2', cached: 0.30000000000000004 }, C4: { date: '2024-03-31' }, D4: { percent: 0.25 },
  A5: { inline: 'Lisbon' }, B5: { formula: 'A5&"!"', cached: 'Lisbon!' }, C5: { date: '2024-03-31T14:30:00' }, D5: true,
  A6: 'Oslo', B6: { error: '#DIV/0!' },
};

describe('XLSX', () => {
  test('one page per sheet in tab order, "header: value" records, cached values, dates', async () => {
    const file = await write('budget.xlsx', makeXlsx({ sheets: [{ name: 'Q3', cells: TYPES_SHEET }, { name: 'Notes', cells: { A1: 'just a note' } }], partNumbers: [2, 1] }));
    const doc = await extractDocument(file);
    assert.equal(doc.kind, 'xlsx');
    assert.deepEqual(doc.pages.map((p) => [p.page, p.label]), [[1, 'Q3'], [2, 'Notes']]);
    assert.equal(
      pageText(doc, 1),
      [
        'Budget 2024',
        'Name: Tokyo\nAmount: 0.3\nWhen: 2024-03-31\nShare: 25%',
        'Name: Lisbon\nAmount: Lisbon!\nWhen: 2024-03-31 14:30\nShare: TRUE',
        'Name: Oslo\nAmount: #DIV/0!',
      ].join('\n\n'),
    );
    assert.deepEqual(doc.pages[0].rows?.map((r) => r.row), [1, 4, 5, 6]);
    assert.equal(pageText(doc, 2), 'just a note');
  });

  test('a sheet\'s blocks between empty rows: a "label | value" line over a table, a spacer in it, pairs below it', async () => {
    const cells: Record<string, CellSpec> = {
      A1: 'Pet', B1: 'Biscuit (Labrador)',
      A3: 'Date', B3: 'Vaccine', C3: 'Vet', D3: 'Next due',
      A4: { date: '2024-07-20' }, B4: 'Lepto booster', C4: 'Dr Hale', D4: { date: '2025-07-20' },
      // A spacer row between years: the records below go on under the same header.
      A6: { date: '2025-07-18' }, B6: 'DHPPi + Lepto booster', C6: 'Dr Hale', D6: { date: '2026-07-18' },
      A8: 'Microchip number', B8: '985 112 004 567 321',
      A9: 'Insurer', B9: 'PetCover Plus',
    };
    const doc = await extractDocument(await write('vet-record.xlsx', makeXlsx({ sheets: [{ name: 'Vaccinations', cells }] })));
    assert.equal(
      pageText(doc, 1),
      [
        'Pet: Biscuit (Labrador)',
        'Date: 2024-07-20\nVaccine: Lepto booster\nVet: Dr Hale\nNext due: 2025-07-20',
        'Date: 2025-07-18\nVaccine: DHPPi + Lepto booster\nVet: Dr Hale\nNext due: 2026-07-18',
        'Microchip number: 985 112 004 567 321',
        'Insurer: PetCover Plus',
      ].join('\n\n'),
    );
    assert.deepEqual(doc.pages[0].rows?.map((r) => r.row), [1, 4, 6, 8, 9]);
    // A second table after a gap names its own columns.
    const two = await extractDocument(await write('two-tables.xlsx', makeXlsx({ sheets: [{ name: 'S', cells: {
      A1: 'Item', B1: 'Cost', C1: 'Paid', A2: 'Paper', B2: 4, C2: 'yes',
      A4: 'Name', B4: 'Role', C4: 'Phone', A5: 'Sam', B5: 'Treasurer', C5: '0113 496 0000',
    } }] })));
    assert.equal(pageText(two, 1), 'Item: Paper\nCost: 4\nPaid: yes\n\nName: Sam\nRole: Treasurer\nPhone: 0113 496 0000');
  });

  test('a prefixed SpreadsheetML (x:row, x:c) reads the same', async () => {
    const plain = await extractDocument(await write('plain.xlsx', makeXlsx({ sheets: [{ name: 'Q3', cells: TYPES_SHEET }] })));
    const prefixed = await extractDocument(await write('prefixed.xlsx', makeXlsx({ prefix: 'x', sheets: [{ name: 'Q3', cells: TYPES_SHEET }] })));
    assert.deepEqual(prefixed.pages, plain.pages);
  });

  test('a span of rows is cited as "sheet Q3, rows 12–18", and every chunk names the rows it holds', async () => {
    const doc = await extractDocument(await write('budget-rows.xlsx', makeXlsx({ sheets: [{ name: 'Intro', cells: { A1: 'See Q3' } }, { name: 'Q3', cells: budgetSheet(60) }] })));
    const text = pageText(doc, 2);
    const start = text.indexOf('Item: item12\n');
    const end = text.indexOf('\n\n', text.indexOf('Item: item18\n'));
    assert.ok(start > 0 && end > start);
    assert.equal(describeLocation(doc, 2, start, end), 'sheet Q3, rows 12–18');
    assert.equal(describeLocation(doc, 2, start, start + 5), 'sheet Q3, row 12');

    const chunks = chunkDocument(doc, { size: 300, overlap: 0 });
    const onQ3 = chunks.filter((c) => c.page === 2 && c.pageEnd === 2);
    assert.ok(onQ3.length > 3);
    for (const c of onQ3) {
      const items = [...c.text.matchAll(/item(\d+)/g)].map((m) => Number(m[1]));
      const where = describeChunk(doc, c);
      const m = /^sheet Q3, rows? (\d+)(?:–(\d+))?$/.exec(where);
      assert.ok(m, where);
      const [first, last] = [Number(m[1]), Number(m[2] ?? m[1])];
      for (const n of items) assert.ok(n >= first && n <= last, `${where} should cover item${n}`);
    }
  });

  test('a zip bomb is refused by its declared size, before inflating', async () => {
    // About 1 MB of worksheet XML that deflates to a few dozen KB.
    const file = await write('bomb.xlsx', makeXlsx({ sheets: [{ name: 'Big', cells: budgetSheet(8_000) }] }));
    const err = await extractError(file, { maxTextBytes: 512 * 1024 });
    assert.equal(err.code, 'too-large');
    assert.match(err.message, /^bomb\.xlsx: its contents unpack to more than the 0\.5 MB limit \(xl\/worksheets\/sheet1\.xml alone declares/);
    // The same file within the budget reads.
    assert.equal((await extractDocument(file)).pages[0].rows?.length, 7_999);
  });
});

describe('ODS', () => {
  test('sheets as pages, typed values over stale display text, row numbers across repeated empty rows', async () => {
    const file = await write('budget.ods', makeOds([
      { name: 'Q3', rows: [['Item', 'Cost', 'Paid on', 'Share'], { emptyRows: 9 }, ['Paper', { formula: 'B2*2', value: 42 }, { date: '2024-03-31' }, { percent: 0.125, shown: '12.5%' }], ['Ink', { currency: 12.5, shown: '€12.50' }, { date: '2024-04-01T09:15:00' }, false]] },
      { name: 'Empty', rows: [] },
    ], 'Budget'));
    const doc = await extractDocument(file);
    assert.equal(doc.kind, 'ods');
    assert.equal(doc.title, 'Budget');
    assert.equal(doc.pageCount, 2);
    assert.equal(doc.pages[0].label, 'Q3');
    assert.equal(doc.pages[0].text, 'Item: Paper\nCost: 42\nPaid on: 2024-03-31\nShare: 12.5%\n\nItem: Ink\nCost: €12.50\nPaid on: 2024-04-01 09:15\nShare: FALSE');
    assert.deepEqual(doc.pages[0].rows?.map((r) => r.row), [11, 12]);
    const ink = doc.pages[0].text.indexOf('Item: Ink');
    assert.equal(describeLocation(doc, 1, 0, ink + 3), 'sheet Q3, rows 11–12');
  });
});

describe('EPUB', () => {
  const chapters = [
    { file: 'a-appendix.xhtml', body: '<h1>Appendix</h1><p>Tables of figures.</p>', tocTitle: 'Appendix A' },
    { file: 'b-intro.xhtml', body: '<h1>Intro</h1><p>Why we <em>wrote</em> this.</p>', tocTitle: 'Introduction' },
    { file: 'c-middle.xhtml', body: '<section><h2>The Middle</h2><p>Most of the story.</p></section>' },
    { file: 'cover.xhtml', body: '<div><img src="../Images/cover.jpg" alt=""/></div>' },
  ];
  const spine = ['cover.xhtml', 'b-intro.xhtml', 'c-middle.xhtml', 'a-appendix.xhtml'];

  for (const toc of ['nav', 'ncx'] as const) {
    test(`chapters in spine order with titles from the ${toc === 'nav' ? 'EPUB 3 nav' : 'EPUB 2 NCX'}, else the first heading`, async () => {
      const doc = await extractDocument(await write(`book-${toc}.epub`, makeEpub({ title: 'A Book', chapters, spine, toc })));
      assert.equal(doc.kind, 'epub');
      assert.equal(doc.title, 'A Book');
      assert.equal(doc.pageCount, 4);
      // The cover has no text: its spine position stays counted, so chapter numbers keep to the spine.
      assert.deepEqual(doc.pages.map((p) => [p.page, p.label]), [
        [2, 'Introduction'],
        [3, 'The Middle'],
        [4, 'Appendix A'],
      ]);
      assert.equal(pageText(doc, 2), '# Intro\n\nWhy we wrote this.');
      assert.equal(describeLocation(doc, 3, 0, 5), 'chapter 3: The Middle');
    });
  }

  test('a DRM-protected book is refused as such', async () => {
    const book = makeEpub({ title: 'Locked', chapters, spine, toc: 'nav' });
    const { unzipSync } = await import('fflate');
    const entries = Object.entries(unzipSync(book)).map(([p, c]) => [p, c, p === 'mimetype' ? { stored: true } : undefined] as [string, Uint8Array, { stored: boolean } | undefined]);
    entries.push([
      'META-INF/encryption.xml',
      new TextEncoder().encode('<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/><enc:CipherData><enc:CipherReference URI="OEBPS/Text/b-intro.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>'),
      undefined,
    ]);
    const err = await extractError(await write('locked.epub', makeZip(entries)));
    assert.equal(err.code, 'unsupported-type');
    assert.match(err.message, /^locked\.epub: this EPUB is protected by DRM/);
  });
});

describe('ODT', () => {
  test('headings, paragraphs, lists, tables and footnotes', async () => {
    const body =
      '<text:h text:outline-level="1">Field report</text:h>' +
      '<text:p>The survey<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Carried out in <text:span>May 2024</text:span>.</text:p></text:note-body></text:note> covered three sites.<office:annotation><dc:creator>Ann</dc:creator><text:p>check this</text:p></office:annotation></text:p>' +
      '<table:table table:name="Sites"><table:table-column table:number-columns-repeated="2"/><table:table-row><table:table-cell><text:p>Site</text:p></table:table-cell><table:table-cell><text:p>Count</text:p></table:table-cell></table:table-row>' +
      '<table:table-row><table:table-cell><text:p>Porto</text:p></table:table-cell><table:table-cell><text:p>14</text:p></table:table-cell></table:table-row></table:table>' +
      '<text:list><text:list-item><text:p>first point</text:p></text:list-item><text:list-item><text:p>second<text:line-break/>point</text:p></text:list-item></text:list>' +
      '<text:p>See the end<text:note text:id="e1" text:note-class="endnote"><text:note-citation>i</text:note-citation><text:note-body><text:p>An endnote.</text:p></text:note-body></text:note>.</text:p>';
    const doc = await extractDocument(await write('report.odt', makeOdt(body, 'Field report 2024')));
    assert.equal(doc.kind, 'odt');
    assert.equal(doc.title, 'Field report 2024');
    assert.equal(
      pageText(doc, 1),
      '# Field report\n\nThe survey[1] covered three sites.\n\nSite | Count\nPorto | 14\n\n- first point\n- second\npoint\n\nSee the end[i].\n\n[1] Carried out in May 2024.\n\n[i] An endnote.',
    );
    assert.ok(!pageText(doc, 1).includes('check this'), 'comments are not text');
  });
});

describe('RTF', () => {
  const rtf = String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\fnil\fcharset128 MS Mincho;}}
{\colortbl;\red255\green0\blue0;}{\stylesheet{\s1 heading 1;}}{\info{\title Trip notes}{\author Someone Else}}
{\*\generator Riched20 10.0;}\viewkind4\uc1
\pard\s1 Caf\'e9 cr\'e8me \u8364? 5 \'96 \u-10179?\u-8704? and \f1\'93\'fa\'96\'7b\'8c\'ea\f0  text\par
\pard A note{\super\chftn}{\footnote\pard\plain{\super\chftn} Written in {\i Lisbon}.}. Braces \{ and \\ stay.\line Next line\tab tabbed\par
{\pict\pngblip 89504e470d0a1a0a0000000d494844520000}
\trowd\cellx2000\cellx4000\pard\intbl Name\cell Town\cell\row
\trowd\cellx2000\cellx4000\pard\intbl Ana\cell {\pard\intbl Porto\par}\cell\row
\pard After the table{\v  hidden words}.{\super\chftn}{\*\footnote\chftn\~\plain\pard {\pard Pandoc writes notes this way.\par}}\par
}`;

  test('unicode, code-page escapes, font charsets, tables, footnotes; tables and metadata left out', async () => {
    const doc = await extractDocument(await write('notes.rtf', rtf));
    assert.equal(doc.kind, 'rtf');
    assert.equal(doc.title, 'Trip notes');
    assert.equal(
      pageText(doc, 1),
      'Café crème € 5 – 😀 and 日本語 text\n\nA note[1]. Braces { and \\ stay.\nNext line\ttabbed\n\nName | Town\nAna | Porto\n\nAfter the table.[2]\n\n[1] Written in Lisbon.\n[2] Pandoc writes notes this way.',
    );
    for (const absent of ['Arial', 'Mincho', 'Someone', 'Riched', 'heading 1', '89504e', 'hidden']) assert.ok(!pageText(doc, 1).includes(absent), absent);
  });

  test('a cut-short RTF is corrupt; an RTF without text is no-text', async () => {
    const cut = await extractError(await write('cut.rtf', rtf.slice(0, rtf.indexOf('{\\footnote') + 20)));
    assert.equal(cut.code, 'corrupt');
    assert.match(cut.message, /^cut\.rtf: damaged RTF document/);
    const empty = await extractError(await write('empty.rtf', String.raw`{\rtf1\ansi{\fonttbl{\f0 Arial;}}\pard\par}`));
    assert.equal(empty.code, 'no-text');
  });
});

describe('sniffing and damage', () => {
  test('the kind comes from the content even when the extension lies', async () => {
    const files: [string, Uint8Array | string, string][] = [
      ['slides.docx', makePptx(DECK), 'pptx'],
      ['table.txt', makeXlsx({ sheets: [{ name: 'S', cells: { A1: 'a', B1: 'b', A2: '1', B2: '2' } }] }), 'xlsx'],
      ['book.zip', makeEpub({ title: 'T', chapters: [{ file: 'x.xhtml', body: '<p>words</p>' }], spine: ['x.xhtml'], toc: 'nav' }), 'epub'],
      ['letter.pdf', makeOdt('<text:p>Dear reader</text:p>'), 'odt'],
      ['sheet.xlsx', makeOds([{ name: 'S', rows: [['a', 'b'], [1, 2]] }]), 'ods'],
      ['memo.txt', String.raw`{\rtf1\ansi Memo text\par}`, 'rtf'],
    ];
    for (const [name, content, kind] of files) assert.equal((await extractDocument(await write(name, content))).kind, kind, name);
  });

  test('a damaged file of each kind fails alone, with a message naming it', async () => {
    const good = await write('fine.pptx', makePptx(DECK));
    const damaged: [string, Uint8Array][] = [
      ['deck.pptx', makePptx(DECK)],
      ['budget.xlsx', makeXlsx({ sheets: [{ name: 'Q3', cells: budgetSheet(200) }] })],
      ['sheet.ods', makeOds([{ name: 'S', rows: [['a', 'b'], [1, 2]] }])],
      ['book.epub', makeEpub({ title: 'T', chapters: [{ file: 'x.xhtml', body: '<p>words</p>' }], spine: ['x.xhtml'], toc: 'nav' })],
      ['letter.odt', makeOdt('<text:p>Dear reader</text:p>')],
    ];
    const paths = await Promise.all(damaged.map(([name, bytes]) => write(name, bytes.subarray(0, Math.floor(bytes.length * 0.6)))));
    const results = await Promise.allSettled([good, ...paths].map((p) => extractDocument(p)));
    assert.equal(results[0].status, 'fulfilled');
    for (const [i, [name]] of damaged.entries()) {
      const r = results[i + 1];
      assert.equal(r.status, 'rejected', name);
      const err = (r as PromiseRejectedResult).reason;
      assert.ok(err instanceof ExtractError, name);
      assert.equal(err.code, 'corrupt', `${name}: ${err.message}`);
      assert.ok(err.message.startsWith(`${name}: damaged `), err.message);
    }
  });

  test('a container missing its main part says which part', async () => {
    const { unzipSync } = await import('fflate');
    const entries = Object.entries(unzipSync(makePptx(DECK)))
      .filter(([p]) => p !== 'ppt/slides/slide1.xml')
      .map(([p, c]) => [p, c] as [string, Uint8Array]);
    const err = await extractError(await write('holed.pptx', makeZip(entries)));
    assert.equal(err.code, 'corrupt');
    assert.match(err.message, /^holed\.pptx: damaged PowerPoint file, the part ppt\/slides\/slide1\.xml is missing/);
  });
});
