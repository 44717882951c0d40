// Text without pages is cut into sections a citation can name: heading and first line, pages that tile the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { markdownHeadings, plainTextHeadings, sectionPages } from '../../electron/app/documents/sections';
import { htmlNodeToSections } from '../../electron/app/documents/html-to-text';
import { chunkDocument } from '../../electron/app/documents/chunker';
import { parseHTML } from 'linkedom';

/** The 1-based line of `offset` in `text`. */
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

function assertTiles(text: string, pages: { text: string; section?: { firstLine: number } }[], firstLine = 1) {
  let at = 0;
  for (const page of pages) {
    const found = text.indexOf(page.text, at);
    assert.ok(found >= 0 && !/\S/.test(text.slice(at, found)), 'pages are consecutive slices of the text');
    assert.equal(page.section?.firstLine, lineOf(text, found) + firstLine - 1);
    at = found + page.text.length;
  }
  assert.ok(!/\S/.test(text.slice(at)), 'nothing after the last page is lost');
}

test('Markdown: one page per heading, with its words and first line; code fences hide # lines', () => {
  const text = [
    'Intro line.',
    '',
    '# First',
    'Body one.',
    '```',
    '# not a heading',
    '```',
    '## Second ##',
    'Body two.',
    '',
    'Third heading',
    '=============',
    'Body three.',
    '',
    '- a list item',
    '---',
    'after the rule',
  ].join('\n');
  const pages = sectionPages(text, markdownHeadings(text));
  assert.deepEqual(
    pages.map((p) => p.section),
    [{ firstLine: 1 }, { heading: 'First', firstLine: 3 }, { heading: 'Second', firstLine: 8, path: ['First'] }, { heading: 'Third heading', firstLine: 11 }],
  );
  assert.ok(pages[1].text.includes('# not a heading'));
  assertTiles(text, pages);
});

test('a section knows the headings it is under: a recipe\'s name over its "Method", not the recipe before', () => {
  const text = [
    '# Family recipes',
    '## Ricotta pancakes',
    '### Ingredients',
    '- 250 g ricotta',
    '### Method',
    'Whisk the batter.',
    '## Vegan cookies',
    'Makes 24.',
    '### Method',
    '#### Baking',
    'Bake for 11 minutes.',
    '## Notes',
    'Ovens vary.',
  ].join('\n');
  const pages = sectionPages(text, markdownHeadings(text));
  assert.deepEqual(
    pages.map((p) => [p.section?.heading, p.section?.path]),
    // "# Family recipes" and "## Ricotta pancakes" have nothing under them but deeper headings: they open the page of
    // "### Ingredients", as "### Method" opens "#### Baking"'s.
    [
      ['Ingredients', ['Family recipes', 'Ricotta pancakes']],
      ['Method', ['Family recipes', 'Ricotta pancakes']],
      ['Vegan cookies', ['Family recipes']],
      ['Baking', ['Family recipes', 'Vegan cookies', 'Method']],
      ['Notes', ['Family recipes']],
    ],
  );
  assert.ok(pages[0].text.startsWith('# Family recipes\n## Ricotta pancakes\n### Ingredients\n- 250 g ricotta'), pages[0].text);
  assert.equal(pages.map((p) => p.text).join(''), text);
  // Headings without a level (a plain text's chapters) nest under none.
  const plain = sectionPages('CHAPTER I\n\nIt begins.\n\nCHAPTER II\n\nIt goes on.\n', plainTextHeadings('CHAPTER I\n\nIt begins.\n\nCHAPTER II\n\nIt goes on.\n'));
  assert.ok(plain.length === 2 && plain.every((p) => p.section?.path === undefined), JSON.stringify(plain.map((p) => p.section)));
});

test('a long section is cut at paragraph breaks into pages of bounded size, each naming its own first line', () => {
  const paragraph = (n: number) => Array.from({ length: 6 }, (_, i) => `Line ${n}.${i} of a wrapped paragraph with words.`).join('\n');
  const text = `# Book\n\n${Array.from({ length: 400 }, (_, n) => paragraph(n)).join('\n\n')}\n`;
  const pages = sectionPages(text, markdownHeadings(text), { maxChars: 4000 });
  assert.ok(pages.length > 10);
  for (const page of pages) {
    assert.ok(page.text.length <= 4000);
    assert.equal(page.section?.heading, 'Book');
    assert.match(page.text, /^(# Book|Line \d+\.0 )/, 'a page starts at a paragraph');
  }
  assertTiles(text, pages);
});

test('a single line longer than a page is cut at spaces, never inside a surrogate pair', () => {
  const text = '😀'.repeat(3000) + ' word'.repeat(3000);
  const pages = sectionPages(text, [], { maxChars: 1000 });
  for (const page of pages) {
    assert.ok(page.text.length <= 1000);
    assert.ok(!/[\uD800-\uDBFF]$/.test(page.text), 'no lone high surrogate at a page end');
  }
  assert.equal(pages.map((p) => p.text).join(''), text);
});

test('plain text: chapter lines standing alone start sections; a sentence beginning "Chapter" does not', () => {
  const text = 'Title page\n\nCHAPTER I\n\nIt was a dark night.\nChapter and verse were quoted.\n\nPart Two: Winter\n\nSnow.\n';
  const pages = sectionPages(text, plainTextHeadings(text));
  assert.deepEqual(
    pages.map((p) => p.section),
    [{ firstLine: 1 }, { heading: 'CHAPTER I', firstLine: 3 }, { heading: 'Part Two: Winter', firstLine: 8 }],
  );
});

test('front matter moves the first line number', () => {
  const pages = sectionPages('# A\ntext\n', markdownHeadings('# A\ntext\n'), { firstLine: 5 });
  assert.deepEqual(pages[0].section, { heading: 'A', firstLine: 5 });
});

test('HTML headings h1–h6 are found at their exact offsets in the rendered text', () => {
  const { document } = parseHTML('<html><body><p>Lead.</p><h1>Top</h1><p>One.</p><h3>Deep <em>part</em></h3><p>Two.</p><h2></h2><p>Not a heading.</p></body></html>');
  const { text, headings } = htmlNodeToSections(document.body);
  assert.equal(text, 'Lead.\n\n# Top\n\nOne.\n\n### Deep part\n\nTwo.\n\nNot a heading.');
  assert.deepEqual(
    headings.map((h) => ({ text: h.text, at: text.slice(h.offset, h.offset + 5) })),
    [
      { text: 'Top', at: '# Top' },
      { text: 'Deep part', at: '### D' },
    ],
  );
});

test('chunks never run from one section into a section under another heading, but do cross the pieces of one', () => {
  const text = `# A\n\n${'Alpha sentence here. '.repeat(30)}\n\n# B\n\n${'Beta sentence here. '.repeat(200)}`;
  const pages = sectionPages(text, markdownHeadings(text), { maxChars: 1500 });
  const doc = { kind: 'markdown' as const, mime: 'text/markdown', pages, pageCount: pages.length };
  const chunks = chunkDocument(doc, { size: 400 });
  for (const c of chunks) {
    const a = pages[c.page - 1].section?.heading;
    const b = pages[c.pageEnd - 1].section?.heading;
    assert.equal(a, b, `chunk ${c.chunk} runs from ${a} into ${b}`);
  }
  assert.ok(chunks.some((c) => c.pageEnd > c.page), 'pieces of one long section are joined like PDF pages');
});

test('pages always tile arbitrary text', () => {
  const unit = fc.constantFrom('a', ' ', '\n', '#', '=', '-', '`', '😀', 'Chapter ', 'x');
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 600 }), fc.integer({ min: 64, max: 300 }), (text, maxChars) => {
      const pages = sectionPages(text, markdownHeadings(text), { maxChars });
      for (const p of pages) assert.ok(p.text.length <= maxChars);
      assertTiles(text, pages);
      const plain = sectionPages(text, plainTextHeadings(text), { maxChars });
      assertTiles(text, plain);
    }),
    { numRuns: 300 },
  );
});
