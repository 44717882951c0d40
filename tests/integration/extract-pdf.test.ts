// PDF extraction over real files: page numbers, reading order, scripts that need CMaps, and every
// broken, encrypted or scanned file either read or refused with a clear, typed error.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { extractDocument } from '../../electron/app/documents/extract';
import { ExtractError, type ExtractedDocument } from '../../electron/app/documents/types';
import { corpus, corporaSkip } from '../helpers/paths';

const flat = (s: string) => s.replace(/\s+/g, ' ');
const allText = (d: ExtractedDocument) => d.pages.map((p) => p.text).join('\n');

/** Never hang the suite on a pathological file; the bound is generous, it only catches a stuck extractor. */
async function extractBounded(file: string, password?: string): Promise<ExtractedDocument> {
  let timer: NodeJS.Timeout | undefined;
  const stuck = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${file}: extraction did not finish within 60 s`)), 60_000);
  });
  try {
    // These tests are about the text layer; OCR of image-only pages has its own tests (ocr*.test.ts).
    return await Promise.race([extractDocument(file, { password, ocr: { enabled: false } }), stuck]);
  } finally {
    clearTimeout(timer);
  }
}

async function extractError(file: string, password?: string): Promise<ExtractError> {
  try {
    await extractBounded(file, password);
  } catch (err) {
    assert.ok(err instanceof ExtractError, `expected an ExtractError, got ${String(err)}`);
    return err;
  }
  assert.fail(`${file} should not have been read`);
}

describe('PDF extraction', () => {
  test('tracemonkey: 14 pages, two columns read column by column', { skip: corporaSkip }, async () => {
    let calls = 0;
    let last = [0, 0];
    const doc = await extractDocument(corpus('pdf/text_normal/tracemonkey.pdf'), {
      onProgress: (done, total) => {
        calls++;
        last = [done, total];
      },
    });
    assert.equal(doc.kind, 'pdf');
    assert.equal(doc.pageCount, 14);
    assert.deepEqual(doc.pages.map((p) => p.page), Array.from({ length: 14 }, (_, i) => i + 1));
    assert.equal(calls, 14);
    assert.deepEqual(last, [14, 14]);
    assert.match(doc.pages[0].text, /^Trace-based Just-in-Time Type Specialization/);
    // This sentence wraps over four lines of the left column of page 2; the right column runs beside
    // it. Reading line by line across the page would splice the right column's lines into it.
    assert.ok(
      flat(doc.pages[1].text).includes(
        'If the call succeeds, the VM records the call to the inner tree as part of the outer trace and finishes the outer trace as normal.',
      ),
    );
    assert.ok(flat(doc.pages[1].text).includes('Figure 1. Sample program: sieve of Eratosthenes.'));
    // The left column comes before the right one.
    assert.ok(doc.pages[1].text.indexOf('This paper makes the following contributions') < doc.pages[1].text.indexOf('Sample program: sieve'));
  });

  test('markitdown test.pdf contains its expected sentence', { skip: corporaSkip }, async () => {
    const vectors = JSON.parse(readFileSync(corpus('markitdown_test_vectors.json'), 'utf8')) as {
      filename: string;
      must_include: string[];
      must_not_include: string[];
    }[];
    const v = vectors.find((x) => x.filename === 'test.pdf')!;
    const doc = await extractDocument(corpus('pdf/markitdown/test.pdf'));
    const text = flat(allText(doc));
    for (const s of v.must_include) assert.ok(text.includes(s), s);
    for (const s of v.must_not_include) assert.ok(!text.includes(s), s);
  });

  const scripts: [string, string, RegExp][] = [
    ['issue3521.pdf', 'Chinese through the GBKp-EUC-H CMap', /[\u4e00-\u9fff]{5}/u],
    ['issue16538.pdf', 'Japanese', /[\u3040-\u30ff][\u3040-\u30ff\u4e00-\u9fff]{3}/u],
    ['ArabicCIDTrueType.pdf', 'Arabic', /[\u0600-\u06ff]{4}/u],
    ['issue11656.pdf', 'Hebrew', /[\u0590-\u05ff]{4}/u],
    ['issue13211.pdf', 'Thai', /[\u0e00-\u0e7f]{4}/u],
    ['issue20232.pdf', 'Cyrillic', /[\u0400-\u04ff]{4}/u],
  ];
  for (const [file, what, pattern] of scripts) {
    test(`non-Latin: ${file} gives real ${what} characters`, { skip: corporaSkip }, async () => {
      const doc = await extractDocument(corpus('pdf/nonlatin', file));
      assert.match(allText(doc), pattern);
    });
  }

  test('Arabic presentation forms come out as ordinary letters', { skip: corporaSkip }, async () => {
    const doc = await extractDocument(corpus('pdf/nonlatin/ArabicCIDTrueType.pdf'));
    assert.doesNotMatch(allText(doc), /[\ufb50-\ufdff\ufe70-\ufefe]/u);
    assert.ok(allText(doc).includes('العربية'));
  });

  test('title comes from the metadata when present', { skip: corporaSkip }, async () => {
    const doc = await extractDocument(corpus('pdf/nonlatin/issue13211.pdf'));
    assert.ok(doc.title && /Pretest/.test(doc.title), String(doc.title));
  });

  test('every broken PDF is recovered or refused with a typed error naming it', { skip: corporaSkip }, async () => {
    const dir = corpus('pdf/broken');
    const outcomes: Record<string, string> = {};
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.pdf'))) {
      try {
        const doc = await extractBounded(`${dir}/${file}`);
        assert.ok(doc.pages.length >= 1);
        outcomes[file] = 'read';
      } catch (err) {
        assert.ok(err instanceof ExtractError, `${file}: ${String(err)}`);
        assert.ok(err.message.startsWith(`${file}: `), err.message);
        assert.ok(['corrupt', 'no-text', 'needs-password'].includes(err.code), `${file}: ${err.code}`);
        outcomes[file] = err.code;
      }
    }
    // pdf.js reconstructs these; their text must survive.
    assert.equal(outcomes['issue9105_other.pdf'], 'read');
    assert.equal(outcomes['xref_command_missing.pdf'], 'read');
    assert.equal(outcomes['bug1020226.pdf'], 'corrupt');
    const adobe = await extractDocument(`${dir}/issue9105_other.pdf`);
    assert.match(adobe.pages[0].text, /Adobe tweet/);
  });

  test('issue15893_reduced: damaged and encrypted, opens with its password', { skip: corporaSkip }, async () => {
    const doc = await extractBounded(corpus('pdf/broken/issue15893_reduced.pdf'), 'test');
    assert.match(allText(doc), /Issue 15893/);
  });

  const protectedFiles: [string, string][] = [
    ['pr6531_1.pdf', 'asdfasdf'],
    ['pr6531_2.pdf', 'asdfasdf'],
    ['issue3371.pdf', 'ELXRTQWS'],
    ['issue6010_1.pdf', 'abc'],
    ['issue21579.pdf', 'pässwört'],
    ['print_protection.pdf', '1234'],
  ];
  for (const [file, password] of protectedFiles) {
    test(`encrypted ${file}: needs a password, refuses a wrong one, opens with the right one`, { skip: corporaSkip }, async () => {
      const path = corpus('pdf/encrypted', file);
      const missing = await extractError(path);
      assert.equal(missing.code, 'needs-password');
      assert.ok(missing.message.startsWith(`${file}: `));
      const wrong = await extractError(path, 'not-the-password');
      assert.equal(wrong.code, 'wrong-password');
      try {
        const doc = await extractBounded(path, password);
        assert.ok(doc.pages.length >= 1);
      } catch (err) {
        // Some of these hold no text at all once decrypted (MANIFEST.md); that is the only other outcome.
        assert.ok(err instanceof ExtractError && err.code === 'no-text', `${file}: ${String(err)}`);
      }
    });
  }

  test('decrypted text is really there', { skip: corporaSkip }, async () => {
    const umlauts = await extractDocument(corpus('pdf/encrypted/issue21579.pdf'), { password: 'pässwört' });
    assert.match(allText(umlauts), /decryption succeeded/);
    const hello = await extractDocument(corpus('pdf/encrypted/print_protection.pdf'), { password: '1234' });
    assert.match(allText(hello), /Hello World/);
  });

  test('PDFs encrypted with an empty user password open without one', { skip: corporaSkip }, async () => {
    const doc = await extractDocument(corpus('pdf/encrypted/issue7665.pdf'));
    assert.match(allText(doc), /Issue 7665/);
    const sec = await extractError(corpus('pdf/encrypted/secHandler.pdf'));
    assert.equal(sec.code, 'no-text', 'opens (no password asked), it just has no text layer (OCR off)');
  });

  test('with OCR off, image-only scans are refused as no-text; scans with an OCR layer are read', { skip: corporaSkip }, async () => {
    for (const file of ['pdf/scanned/issue7229.pdf', 'pdf/markitdown/MEDRPT-2024-PAT-3847_medical_report_scan.pdf']) {
      const err = await extractError(corpus(file));
      assert.equal(err.code, 'no-text', file);
      assert.match(err.message, /no extractable text: scanned image\?/);
    }
    const ocr = await extractBounded(corpus('pdf/scanned/issue5747.pdf'));
    assert.match(allText(ocr), /Lorem ipsum/);
  });
});
