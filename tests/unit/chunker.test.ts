import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { chunkDocument, embeddingText } from '../../electron/app/documents/chunker';
import { markdownHeadings, sectionPages } from '../../electron/app/documents/sections';
import type { Chunk, ExtractedDocument } from '../../electron/app/documents/types';

function doc(...texts: string[]): ExtractedDocument {
  return { kind: 'pdf', mime: 'application/pdf', pages: texts.map((text, i) => ({ page: i + 1, text })), pageCount: texts.length };
}

/** The span a chunk claims, rebuilt from the page texts. */
function spanText(d: ExtractedDocument, c: Chunk): string {
  const a = d.pages.find((p) => p.page === c.page)!;
  if (c.page === c.pageEnd) return a.text.slice(c.start, c.end);
  const b = d.pages.find((p) => p.page === c.pageEnd)!;
  return a.text.slice(c.start).trimEnd() + '\n\n' + b.text.slice(0, c.end).trimStart();
}

function sentence(n: number, words = 12): string {
  return `Sentence ${n} ${Array.from({ length: words }, (_, i) => `word${(n * 7 + i) % 50}`).join(' ')}.`;
}

describe('chunkDocument', () => {
  test('every chunk is the exact span of the page text it cites', () => {
    const d = doc(
      Array.from({ length: 30 }, (_, i) => sentence(i)).join(' '),
      Array.from({ length: 30 }, (_, i) => sentence(100 + i)).join('\n'),
    );
    const chunks = chunkDocument(d, { size: 300 });
    assert.ok(chunks.length > 5);
    chunks.forEach((c, i) => {
      assert.equal(c.chunk, i);
      assert.equal(spanText(d, c), c.text);
    });
  });

  test('a chunk is embedded with the headings above its section, which its own text does not say; its text stays exact', () => {
    const text = `# Recipes\n\n## Vegan cookies\n\nMakes 24.\n\n### Method\n\n${Array.from({ length: 12 }, (_, i) => sentence(i)).join(' ')}\n`;
    const pages = sectionPages(text, markdownHeadings(text));
    const d: ExtractedDocument = { kind: 'markdown', mime: 'text/markdown', pages, pageCount: pages.length };
    const chunks = chunkDocument(d, { size: 300, overlap: 0 });
    const method = chunks.filter((c) => pages.find((p) => p.page === c.page)?.section?.heading === 'Method');
    assert.ok(method.length >= 2, 'the Method section takes several chunks');
    for (const c of chunks) assert.equal(c.text, spanText(d, c));
    // The first starts with its own heading, so only the ones above it are added; the later ones also need their own.
    assert.equal(method[0].context, 'Recipes › Vegan cookies');
    assert.equal(method[1].context, 'Recipes › Vegan cookies › Method');
    assert.equal(embeddingText(method[1]), `Recipes › Vegan cookies › Method\n\n${method[1].text}`);
    const top = chunks.find((c) => c.page === 1)!;
    assert.equal(top.context, undefined);
    assert.equal(embeddingText(top), top.text);
  });

  test('a section of headings only is chunked with the section it heads, whose words a question about it needs', () => {
    const text = '# Release notes\n\n## Version 4.2.0 (released 18 November 2026)\n\n### New features\n- Batch export of up to 500 photos.\n- Sky replacement.\n\n### Bug fixes\n- Fixed a crash when rotating HEIC images.\n';
    const pages = sectionPages(text, markdownHeadings(text));
    const d: ExtractedDocument = { kind: 'markdown', mime: 'text/markdown', pages, pageCount: pages.length };
    const chunks = chunkDocument(d, { size: 300, overlap: 0 });
    for (const c of chunks) assert.equal(c.text, spanText(d, c));
    const version = chunks.find((c) => c.text.includes('## Version 4.2.0'))!;
    assert.match(version.text, /### New features\n- Batch export/);
    // Sections under headings with words of their own stay apart.
    assert.ok(!version.text.includes('Bug fixes'), version.text);
  });

  test('chunks stay within the size and cut at sentence ends', () => {
    const text = Array.from({ length: 60 }, (_, i) => sentence(i)).join(' ');
    const chunks = chunkDocument(doc(text), { size: 400, overlap: 0 });
    for (const c of chunks) {
      assert.ok(c.text.length <= 400, `chunk ${c.chunk} has ${c.text.length} chars`);
      assert.match(c.text, /^Sentence \d+/);
      assert.match(c.text, /\.$/);
    }
    // Without overlap the chunks tile the text: every sentence appears exactly once.
    const joined = chunks.map((c) => c.text).join(' ');
    assert.equal(joined, text);
  });

  test('consecutive chunks overlap by about the requested share, in whole sentences', () => {
    const text = Array.from({ length: 80 }, (_, i) => sentence(i, 6)).join(' ');
    const chunks = chunkDocument(doc(text), { size: 500, overlap: 0.2 });
    assert.ok(chunks.length > 3);
    for (let i = 1; i < chunks.length; i++) {
      const prev = chunks[i - 1];
      const cur = chunks[i];
      assert.ok(cur.start < prev.end, `chunk ${i} should start inside chunk ${i - 1}`);
      assert.ok(cur.start > prev.start, 'chunks move forward');
      const shared = prev.end - cur.start;
      assert.ok(shared <= 100, `overlap ${shared} is over 20% of 500`);
      assert.match(cur.text, /^Sentence \d+/);
    }
  });

  test('a chunk may run from the end of one page into the next', () => {
    const d = doc('Intro text here. ' + sentence(1), sentence(2) + ' ' + sentence(3, 40));
    const chunks = chunkDocument(d, { size: 300 });
    const spanning = chunks.find((c) => c.page === 1 && c.pageEnd === 2);
    assert.ok(spanning, 'expected a chunk spanning pages 1 and 2');
    assert.ok(spanning.text.includes('.\n\nSentence 2'));
    assert.equal(spanText(d, spanning), spanning.text);
  });

  test('never spans a gap in page numbers or more than two pages', () => {
    const d: ExtractedDocument = {
      kind: 'pdf',
      mime: 'application/pdf',
      pageCount: 5,
      pages: [
        { page: 1, text: 'One.' },
        { page: 2, text: 'Two.' },
        { page: 3, text: 'Three.' },
        { page: 5, text: 'Five.' },
      ],
    };
    const chunks = chunkDocument(d, { size: 1000 });
    for (const c of chunks) assert.ok(c.pageEnd - c.page <= 1, JSON.stringify(c));
    assert.ok(chunks.some((c) => c.text.includes('Five.') && c.page === 5));
    // Every page's text is somewhere.
    for (const w of ['One.', 'Two.', 'Three.', 'Five.']) assert.ok(chunks.some((c) => c.text.includes(w)), w);
  });

  test('a line with no sentence end is hard-split, preferring spaces', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(' ');
    const chunks = chunkDocument(doc(words), { size: 1000 });
    assert.ok(chunks.length >= 25);
    for (const c of chunks) {
      assert.ok(c.text.length <= 1000);
      assert.match(c.text, /^w\d+/, 'starts on a word');
      assert.match(c.text, /w\d+$/, 'ends on a word');
    }
  });

  test('a huge run without spaces is split at the size without breaking surrogate pairs', () => {
    const text = '😀'.repeat(3000) + 'x'.repeat(3001);
    const d = doc(text);
    const chunks = chunkDocument(d, { size: 999 });
    for (const c of chunks) {
      assert.ok(c.text.length <= 999);
      assert.equal(spanText(d, c), c.text);
      assert.doesNotMatch(c.text, /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    assert.equal(chunks[chunks.length - 1].end, text.length);
  });

  test('CJK sentences split at 。', () => {
    const text = Array.from({ length: 100 }, (_, i) => `これは${i}番目の文です。`).join('');
    const chunks = chunkDocument(doc(text), { size: 100, overlap: 0 });
    assert.ok(chunks.length > 5);
    for (const c of chunks) assert.match(c.text, /^これは\d+番目の文です。.*。$/);
  });

  test("a numbered heading's number stays with its words: no chunk ends on \"## 2.\" apart from \"Leave\"", () => {
    const text = 'Staff handbook of the company.\n\n## 1. Working hours\n\nOur core hours are 10:00 to 15:00.\n\n## 2. Leave\n\nEvery employee receives 27 days.\n\n3. Contacts follow.';
    const d: ExtractedDocument = { kind: 'markdown', mime: 'text/markdown', pages: [{ page: 1, text }], pageCount: 1 };
    for (const size of [40, 50, 60, 70, 80, 90]) {
      const chunks = chunkDocument(d, { size, overlap: 0 });
      for (const c of chunks) assert.doesNotMatch(c.text, /(?:^|\s)(?:#+ )?\d\.$/, `size ${size}: ${JSON.stringify(c.text)}`);
      assert.ok(chunks.some((c) => c.text.includes('## 2. Leave')), `size ${size}`);
    }
  });

  test('empty pages and empty documents give no chunks', () => {
    assert.deepEqual(chunkDocument(doc('', '  \n ')), []);
  });

  test('holds its invariants on arbitrary text', () => {
    const textArb = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '\n', '。', '😀', 'Z', '!', '\t'), maxLength: 400 });
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 1, maxLength: 4 }), fc.integer({ min: 20, max: 200 }), fc.double({ min: 0, max: 0.5, noNaN: true }), (texts, size, overlap) => {
        const d = doc(...texts);
        const chunks = chunkDocument(d, { size, overlap });
        let lastPage = 0;
        let lastStart = -1;
        for (const c of chunks) {
          assert.equal(spanText(d, c), c.text);
          assert.ok(c.text.length <= size + 2);
          assert.ok(c.text.trim().length > 0);
          assert.ok(c.page > lastPage || (c.page === lastPage && c.start > lastStart), 'chunks in order');
          lastPage = c.page;
          lastStart = c.start;
        }
        // Nothing is lost: every non-space character of every page lies in some chunk's span.
        for (const p of d.pages) {
          for (let k = 0; k < p.text.length; k++) {
            if (/\s/.test(p.text[k])) continue;
            const covered = chunks.some(
              (c) =>
                (c.page === p.page && c.pageEnd === p.page && k >= c.start && k < c.end) ||
                (c.page === p.page && c.pageEnd !== p.page && k >= c.start) ||
                (c.pageEnd === p.page && c.page !== p.page && k < c.end),
            );
            assert.ok(covered, `page ${p.page} offset ${k} not covered`);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test('is linear: a 20 MB single line chunks without blowing up', () => {
    const text = 'abcdefghij '.repeat(2_000_000);
    const chunks = chunkDocument(doc(text));
    assert.ok(chunks.length > 20_000);
    assert.ok(chunks.every((c) => c.text.length <= 1000));
  });
});

test('chunks never run from one labelled page (slide, sheet, chapter) into the next', () => {
  const slide = (page: number, text: string) => ({ page, text, label: `slide ${page}` });
  const doc = {
    kind: 'pptx' as const,
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    pageCount: 3,
    pages: [slide(1, 'Quarterly goals. Grow revenue.'), slide(2, 'Hiring plan. Two engineers.'), slide(3, 'Risks. Supply chain delays.')],
  };
  const chunks = chunkDocument(doc, { size: 1000 });
  assert.equal(chunks.length, 3);
  for (const c of chunks) assert.equal(c.page, c.pageEnd);
  assert.deepEqual(chunks.map((c) => c.page), [1, 2, 3]);
});
