// DOCX, HTML, Markdown, plain text and CSV extraction over real files, plus content sniffing and
// encodings written by the test itself.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { extractDocument } from '../../electron/app/documents/extract';
import { ExtractError, type ExtractedDocument } from '../../electron/app/documents/types';
import { MAX_SECTION_CHARS } from '../../electron/app/documents/sections';
import { corpus, corporaSkip, tempDataDir } from '../helpers/paths';
import { writeManyPagesPdf } from '../fixtures/hostile-files';

const flat = (s: string) => s.replace(/\s+/g, ' ');
const textOf = (d: ExtractedDocument) => d.pages.map((p) => p.text).join('\n');
/** markitdown's vectors are Markdown; Docent's text keeps link text and drops URLs and emphasis. */
const plain = (md: string) => md.replace(/\[([^\]]*)\](\([^)]*\))?/g, '$1').replace(/\*\*/g, '');

interface Vector {
  filename: string;
  must_include: string[];
  must_not_include: string[];
}
function vectorsFor(name: string): Vector[] {
  const all = JSON.parse(readFileSync(corpus('markitdown_test_vectors.json'), 'utf8')) as Vector[];
  return all.filter((v) => v.filename === name);
}

async function extractError(file: string, name?: string): Promise<ExtractError> {
  try {
    await extractDocument(file, { name });
  } catch (err) {
    assert.ok(err instanceof ExtractError, String(err));
    return err;
  }
  assert.fail(`${file} should have been refused`);
}

describe('DOCX', () => {
  test('markitdown test.docx: headings, title and the vectors’ strings', { skip: corporaSkip }, async () => {
    const doc = await extractDocument(corpus('docx/markitdown/test.docx'));
    assert.equal(doc.kind, 'docx');
    // One page per section under a Word heading, each naming its heading.
    assert.equal(doc.pageCount, doc.pages.length);
    assert.ok(doc.pages.length > 1);
    assert.ok(doc.pages.every((p) => p.section && p.section.firstLine >= 1));
    assert.ok(doc.pages.some((p) => p.section?.heading && p.text.includes(`# ${p.section.heading}`)));
    assert.equal(doc.title, 'AutoGen: Enabling Next-Gen LLM Applications via Multi-Agent Conversation');
    const text = textOf(doc);
    for (const v of vectorsFor('test.docx')) {
      // The image strings concern how markitdown prints images; Docent leaves images out.
      for (const s of v.must_include.filter((x) => !x.startsWith('data:image'))) assert.ok(text.includes(s), s);
    }
    assert.ok(!text.includes('data:image'), 'no base64 images in the text');
  });

  test('footnotes and endnotes are kept', { skip: corporaSkip }, async () => {
    for (const file of ['footnotes.docx', 'endnotes.docx']) {
      const text = textOf(await extractDocument(corpus('docx/mammoth', file)));
      assert.match(text, /^Ouch/);
      assert.ok(text.includes('A tachyon walks into a bar.'), file);
      assert.ok(text.includes('Fin.'), file);
      assert.ok(!text.includes('↑'), 'no back-links');
    }
  });

  test('tables keep their rows, lists their bullets', { skip: corporaSkip }, async () => {
    const table = textOf(await extractDocument(corpus('docx/mammoth/tables.docx')));
    assert.equal(table, 'Above\n\nTop left | Top right\nBottom left | Bottom right\n\nBelow');
    const list = textOf(await extractDocument(corpus('docx/mammoth/simple-list.docx')));
    assert.equal(list, '- Apple\n- Banana');
  });

  test('an empty document is no-text', { skip: corporaSkip }, async () => {
    const err = await extractError(corpus('docx/mammoth/empty.docx'));
    assert.equal(err.code, 'no-text');
    assert.match(err.message, /^empty\.docx: /);
  });
});

describe('HTML', () => {
  test('Readability keeps the BBC article and drops the page around it', { skip: corporaSkip }, async () => {
    const doc = await extractDocument(corpus('html/readability/bbc-1/source.html'));
    const expected = JSON.parse(readFileSync(corpus('html/readability/bbc-1/expected-metadata.json'), 'utf8')) as { title: string };
    assert.equal(doc.kind, 'html');
    assert.equal(doc.title, expected.title);
    const text = textOf(doc);
    assert.ok(text.includes('President Barack Obama has admitted that his failure to pass "common sense gun safety laws"'));
    for (const boilerplate of ['Skip to content', 'Share this story', 'Explore the BBC', 'Promoted content by Outbrain', "WWE terminates Hulk Hogan's contract", 'Krux(']) {
      assert.ok(!text.includes(boilerplate), boilerplate);
    }
  });

  for (const file of ['test_wikipedia.html', 'test_blog.html', 'test_serp.html']) {
    test(`markitdown ${file}: must and must-not strings`, { skip: corporaSkip }, async () => {
      const text = flat(textOf(await extractDocument(corpus('html/markitdown', file))));
      for (const v of vectorsFor(file)) {
        // A bare link target ("](https://…") is Markdown syntax, not text.
        for (const s of v.must_include.filter((x) => !x.startsWith(']('))) assert.ok(text.includes(plain(s)), plain(s));
        for (const s of v.must_not_include) assert.ok(!text.includes(s), s);
      }
    });
  }

  test('a page re-saved as UTF-8 with a stale gb2312 <meta> reads as Chinese', { skip: corporaSkip }, async () => {
    const doc = await extractDocument(corpus('html/readability/qq/source.html'));
    assert.ok(textOf(doc).includes('人工智能'));
  });

  test("an article keeps its headline, as its first heading, and its byline, which Readability takes out of the text", async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const paragraphs = [
        'The water level of Lake Varna fell to 3.2 metres below its long-term average this week, the lowest reading since measurements began in 1921, according to the regional water authority.',
        'The authority blamed a combination of a dry winter, with only 40 percent of the usual snowfall in the mountains, and record evaporation during a July heat wave.',
        'Scientists at the University of Halden warn that the fish population is at risk, because warmer and shallower water holds less oxygen than the lake needs.',
      ];
      const html = `<!doctype html><html><head><title>Lake Varna water levels hit record low</title></head><body>
        <nav><a href="/">Home</a> | <a href="/news">News</a></nav>
        <article><h1>Lake Varna water levels hit record low</h1><p class="byline">By Marta Kowalski, environment correspondent</p>
        ${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article><footer>© 2026 Valley Herald</footer></body></html>`;
      const file = path.join(dir, 'article.html');
      await writeFile(file, html);
      const doc = await extractDocument(file);
      const text = textOf(doc);
      assert.match(text, /^# Lake Varna water levels hit record low\n\nBy Marta Kowalski, environment correspondent\n\nThe water level of Lake Varna fell/);
      assert.equal(doc.pages[0].section?.heading, 'Lake Varna water levels hit record low');
      assert.equal(text.split('Lake Varna water levels hit record low').length, 2, 'the headline once');
      for (const boilerplate of ['Home', 'Valley Herald']) assert.ok(!text.includes(boilerplate), boilerplate);
    } finally {
      await cleanup();
    }
  });

  test("a page that is no article: its menu is left out, and a description list reads as a form's fields", async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const html = `<!doctype html><html><head><title>Library Assistant</title></head><body>
        <header><nav><a href="/">Home</a> | <a href="/jobs">Jobs</a> | <a href="/contact">Contact</a></nav></header>
        <main><h1>Library Assistant</h1><dl><dt>Salary</dt> <dd>£11,920 a year</dd><dt>Closing date:</dt><dd>Sunday 10 January 2027</dd><dd>at midnight</dd><dt></dt><dd>Permanent</dd></dl>
        <p>Apply online.</p></main></body></html>`;
      const file = path.join(dir, 'job.html');
      await writeFile(file, html);
      const text = textOf(await extractDocument(file));
      assert.equal(text, '# Library Assistant\n\nSalary: £11,920 a year\nClosing date: Sunday 10 January 2027\nat midnight\nPermanent\n\nApply online.');
    } finally {
      await cleanup();
    }
  });

  test('a legacy charset declared in <meta> is honoured', { skip: corporaSkip }, async () => {
    const { dir, cleanup } = await tempDataDir();
    try {
      const html = '<html><head><meta charset="windows-1252"><title>Café</title></head><body><p>Crème brûlée – “très” bon.</p></body></html>';
      const file = path.join(dir, 'page.html');
      await writeFile(file, iconv.encode(html, 'windows-1252'));
      const doc = await extractDocument(file);
      assert.equal(doc.title, 'Café');
      assert.equal(textOf(doc), 'Crème brûlée – “très” bon.');
    } finally {
      await cleanup();
    }
  });
});

describe('Markdown, text and CSV', () => {
  test('Shift-JIS CSV: each row as header: value lines', { skip: corporaSkip }, async () => {
    const doc = await extractDocument(corpus('text/markitdown/test_mskanji.csv'));
    assert.equal(doc.kind, 'csv');
    const text = textOf(doc);
    assert.ok(text.includes('名前: 佐藤太郎\n年齢: 30\n住所: 東京'), text);
    assert.ok(text.includes('名前: 髙橋淳'), 'cp932-only kanji decoded');
  });

  test('Markdown: YAML front matter gives the title and leaves the text', { skip: corporaSkip }, async () => {
    const doc = await extractDocument(corpus('markdown/pdf.js/getting_started_index.md'));
    assert.equal(doc.kind, 'markdown');
    assert.ok(doc.title);
    assert.doesNotMatch(doc.pages[0].text, /^---/);
  });

  test('a long .txt is cut into sections of bounded size that tile it and name their first line', { skip: corporaSkip }, async () => {
    const file = corpus('markdown/pandoc/MANUAL.txt');
    const doc = await extractDocument(file);
    assert.equal(doc.kind, 'text');
    const whole = (await readFile(file, 'utf8')).replace(/\r\n?/g, '\n');
    assert.ok(whole.length > 250_000);
    assert.ok(doc.pages.length > 10, `${doc.pages.length} pages`);
    assert.equal(doc.pages.map((p) => p.text).join(''), whole.slice(whole.indexOf(doc.pages[0].text)));
    let offset = whole.indexOf(doc.pages[0].text);
    for (const page of doc.pages) {
      assert.ok(page.text.length <= MAX_SECTION_CHARS);
      assert.equal(page.section?.firstLine, whole.slice(0, offset).split('\n').length, `page ${page.page}`);
      offset += page.text.length;
    }
  });
});

describe('encodings and sniffing', () => {
  let dir = '';
  let cleanup: () => Promise<void> = async () => {};
  before(async () => ({ dir, cleanup } = await tempDataDir()));
  after(() => cleanup());

  const sample = 'Grüße aus Köln – “quoted” text, 10 €.\nZweite Zeile: naïve façade.';

  async function write(name: string, bytes: Uint8Array | string): Promise<string> {
    const file = path.join(dir, name);
    await writeFile(file, bytes);
    return file;
  }

  test('UTF-16 LE and BE with a BOM', async () => {
    const le = await write('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(sample, 'utf-16le')]));
    const be = await write('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(sample, 'utf-16be')]));
    assert.equal(textOf(await extractDocument(le)), sample);
    assert.equal(textOf(await extractDocument(be)), sample);
  });

  test('Windows-1252 and UTF-8 with a BOM', async () => {
    const cp = await write('cp1252.txt', iconv.encode(sample, 'windows-1252'));
    assert.equal(textOf(await extractDocument(cp)), sample);
    const bom = await write('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Title\r\n\r\nBody.\r\n')]));
    const doc = await extractDocument(bom);
    assert.equal(doc.kind, 'markdown');
    assert.equal(doc.title, 'Title');
    assert.equal(textOf(doc), '# Title\n\nBody.\n');
  });

  test("a plain text's first line is its title where it reads as one, not where it is a sentence or a field", async () => {
    const titled = await write('lisbon-trip.txt', 'LISBON CONFERENCE TRIP - ITINERARY\nTraveller: Dana Kowalski\n\nMonday 12 May\nFlight BA500 07:25\n');
    assert.equal((await extractDocument(titled)).title, 'LISBON CONFERENCE TRIP - ITINERARY');
    for (const [name, text] of [['note.txt', 'The night survey found eleven species of moth.\n'], ['letter.txt', 'Dear Sam,\nThanks for the visit.\n'], ['fields.txt', 'Traveller: Dana Kowalski\nRef: QX7\n']]) {
      assert.equal((await extractDocument(await write(name, text))).title, undefined, name);
    }
  });

  test('content decides the kind, not the name', async () => {
    // A PDF written here (no corpus needed), under a .txt name.
    const pdfNamedTxt = await write('really-a-pdf.txt', await readFile(await writeManyPagesPdf(dir, 'made.pdf', 2)));
    assert.equal((await extractDocument(pdfNamedTxt)).kind, 'pdf');
    const htmlNamedTxt = await write('page.txt', '<!DOCTYPE html><html><head><title>T</title></head><body><p>Hello page.</p></body></html>');
    assert.equal((await extractDocument(htmlNamedTxt)).kind, 'html');
    const csv = await write('data.csv', 'name,age\nAda,36\n');
    assert.equal(textOf(await extractDocument(csv)), 'name: Ada\nage: 36');
    const aboutPdf = await write('about-pdf.md', '# PDF headers\n\nEvery PDF starts with %PDF-1.7 or similar.\n');
    assert.equal((await extractDocument(aboutPdf)).kind, 'markdown');
    const notCsv = await write('notes.csv', 'just a sentence without delimiters');
    assert.equal((await extractDocument(notCsv)).kind, 'text');
  });

  test('binary content and zips that are not DOCX are unsupported-type, a damaged image is corrupt, each naming the file', async () => {
    const binary = await write('data.txt', Buffer.from([0x41, 0x00, 0x13, 0x00, 0x00, 0xff, 0x10, 0x00, 0x01, 0x02, 0x00, 0x00, 0x41, 0x42]));
    const e1 = await extractError(binary);
    assert.equal(e1.code, 'unsupported-type');
    assert.match(e1.message, /^data\.txt: .*binary/);

    // A minimal zip: local header for "hello.txt", then the central directory.
    const zip = Buffer.concat([Buffer.from('504b0304140000000000', 'hex'), Buffer.alloc(16), Buffer.from([9, 0, 0, 0]), Buffer.from('hello.txt')]);
    const e2 = await extractError(await write('archive.docx', zip));
    assert.equal(e2.code, 'unsupported-type');
    assert.match(e2.message, /^archive\.docx: this is a ZIP archive, not a Word document/);

    // A PNG cut short after its signature: recognised by content as an image (whatever its name), and refused as damaged.
    const png = await write('photo.md', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const e3 = await extractError(png);
    assert.equal(e3.code, 'corrupt');
    assert.match(e3.message, /^photo\.md: damaged PNG image/);
  });

  test('empty, missing and over-limit files', async () => {
    const empty = await write('empty.txt', '');
    assert.equal((await extractError(empty)).code, 'no-text');
    const missing = await extractError(path.join(dir, 'nope.txt'));
    assert.equal(missing.code, 'read-failed');
    assert.match(missing.message, /^nope\.txt: cannot read the file \(ENOENT\)/);
    const big = await write('big.txt', 'x'.repeat(5000));
    try {
      await extractDocument(big, { maxTextBytes: 1000 });
      assert.fail('should be refused');
    } catch (err) {
      assert.ok(err instanceof ExtractError);
      assert.equal(err.code, 'too-large');
    }
  });

  test('the display name given is the one errors use', async () => {
    const file = await write('tmp-123.bin', Buffer.from([0, 1, 2, 3, 0, 0, 0, 9]));
    const err = await extractError(file, 'Quarterly report.txt');
    assert.match(err.message, /^Quarterly report\.txt: /);
  });
});
