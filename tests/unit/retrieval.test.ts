import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { ChunkHit } from '../../electron/app/vectors/vector-store';
import { buildSearchText, dedupeHits, rerankHits, mergeNeighbours, prepareSources, spanWithin, toSources } from '../../electron/app/chat/retrieval';

/** Two pages of a document; chunks below are cut from them exactly as the chunker's invariant says. */
const PAGES = [
  'Alpha paragraph one talks about rivers and their deltas. It has a second sentence about silt.\n\nBeta paragraph two covers mountains and glaciers in detail.',
  'Gamma paragraph three is on page two and mentions volcanoes. Delta paragraph four ends the document here.',
];

/** A hit for PAGES from (page, start) to (pageEnd, end), text built by the invariant: pages joined by a blank line. */
function hit(chunk: number, page: number, start: number, pageEnd: number, end: number, score = 1, fileId = 'aaaaaaaaaaaaaaaa'): ChunkHit {
  const text = page === pageEnd ? PAGES[page - 1].slice(start, end) : `${PAGES[page - 1].slice(start)}\n\n${PAGES[pageEnd - 1].slice(0, end)}`;
  return { sid: 'base', fileId, fileName: 'doc.pdf', chunk, page, pageEnd, start, end, text, score };
}

/** The text a (page, start)–(pageEnd, end) span designates in PAGES. */
function textOf(span: { page: number; start: number; pageEnd: number; end: number }): string {
  return span.page === span.pageEnd ? PAGES[span.page - 1].slice(span.start, span.end) : `${PAGES[span.page - 1].slice(span.start)}\n\n${PAGES[span.pageEnd - 1].slice(0, span.end)}`;
}

describe('buildSearchText', () => {
  const history = [
    { role: 'user' as const, text: 'When was the Eiffel Tower built?' },
    { role: 'assistant' as const, text: 'It was built from 1887 to 1889 [1].' },
  ];

  test('a follow-up with a pronoun borrows the previous question\'s key terms', () => {
    const text = buildSearchText('How tall is it?', history);
    assert.match(text, /^How tall is it\?/);
    assert.match(text, /Eiffel/);
    assert.match(text, /Tower/);
    assert.doesNotMatch(text, /\bwhen\b/i, 'stop words are not borrowed');
  });

  test('a self-contained question is searched as asked', () => {
    assert.equal(buildSearchText('What is the population of Warsaw in 2020?', history), 'What is the population of Warsaw in 2020?');
    assert.equal(buildSearchText('How tall is it?', []), 'How tall is it?');
  });

  test('a very short question counts as a follow-up', () => {
    assert.match(buildSearchText('And the architect?', history), /Eiffel Tower/);
  });
});

describe('dedupeHits', () => {
  test('drops the same record twice and a chunk mostly inside another, keeping the better-ranked', () => {
    const a = hit(0, 1, 0, 1, 100, 0.9);
    const again = { ...a, score: 0.5 };
    const inside = hit(5, 1, 5, 1, 95, 0.4);
    const elsewhere = hit(2, 2, 0, 2, 60, 0.3);
    assert.deepEqual(dedupeHits([a, again, inside, elsewhere]), [a, elsewhere]);
  });

  test('drops near-identical text from another file, keeps merely overlapping neighbours', () => {
    const a = hit(0, 1, 0, 1, 150, 0.9);
    const copy = { ...a, fileId: 'bbbbbbbbbbbbbbbb', fileName: 'doc copy.docx', score: 0.8 };
    const neighbour = hit(1, 1, 100, 2, 60, 0.7);
    assert.deepEqual(dedupeHits([a, copy, neighbour]), [a, neighbour]);
  });
});

describe('mergeNeighbours', () => {
  test('joins overlapping neighbours across a page break into one passage that keeps the text invariant', () => {
    const first = hit(0, 1, 0, 1, 120, 0.5);
    const second = hit(1, 1, 100, 2, 60, 0.9);
    const other = hit(0, 1, 0, 1, 50, 0.7, 'cccccccccccccccc');
    const merged = mergeNeighbours([second, other, first]);
    assert.equal(merged.length, 2);
    const [passage, rest] = merged;
    assert.deepEqual(rest, other);
    assert.deepEqual({ page: passage.page, start: passage.start, pageEnd: passage.pageEnd, end: passage.end }, { page: 1, start: 0, pageEnd: 2, end: 60 });
    assert.equal(passage.text, textOf(passage));
    assert.equal(passage.score, 0.9, 'the passage ranks where its best part ranked');
  });

  test('bridges a small trimmed gap with line breaks so offsets stay exact; leaves distant chunks apart', () => {
    const a = hit(0, 1, 0, 1, 56);
    const b = hit(1, 1, 57, 1, 94);
    const far = hit(3, 2, 61, 2, 105);
    const merged = mergeNeighbours([a, b, far]);
    assert.equal(merged.length, 2);
    assert.equal(merged[0].text.length, 94);
    assert.equal(merged[0].text.slice(57), PAGES[0].slice(57, 94));
    assert.equal(merged[0].text[56], '\n', "a character trimmed is a line's break");
    assert.deepEqual(merged[1], far);
    // Two records of a spreadsheet, the blank line between them trimmed, stay two paragraphs.
    const rows = 'Room: Foyer\nNotes: sign up at registration\n\nRoom: Hall\nNotes: none';
    const cut = rows.indexOf('\n\n');
    const first = { ...hit(0, 1, 0, 1, cut), text: rows.slice(0, cut) };
    const second = { ...hit(1, 1, cut + 2, 1, rows.length), text: rows.slice(cut + 2) };
    assert.equal(mergeNeighbours([first, second])[0].text, rows);
  });

  test('does not join chunks whose texts disagree about their shared part', () => {
    const a = hit(0, 1, 0, 1, 120);
    const b = { ...hit(1, 1, 100, 1, 150), text: 'something else entirely, not the page text at all........' };
    assert.equal(mergeNeighbours([a, b]).length, 2);
  });
});

describe('toSources and spanWithin', () => {
  test('numbers sources 1..N in rank order and stops at max', () => {
    const hits = [hit(0, 1, 0, 1, 50), hit(3, 2, 0, 2, 50), hit(2, 1, 100, 1, 150, 1, 'dddddddddddddddd')];
    const sources = toSources(hits, 2);
    assert.deepEqual(sources.map((s) => s.n), [1, 2]);
    assert.equal(sources[1].page, 2);
    assert.deepEqual(prepareSources("rivers", hits, 10).map((s) => s.n), [1, 2, 3]);
  });

  test('maps any sentence of a two-page passage back to its exact page and offsets', () => {
    const passage = toSources(mergeNeighbours([hit(0, 1, 20, 1, 130), hit(1, 1, 110, 2, 105)]))[0];
    for (const sentence of ['It has a second sentence about silt.', 'Beta paragraph two covers mountains', 'Gamma paragraph three is on page two', 'Delta paragraph four ends']) {
      const from = passage.text.indexOf(sentence);
      assert.ok(from >= 0, sentence);
      const span = spanWithin(passage, from, from + sentence.length);
      assert.equal(textOf(span), sentence);
    }
  });
});

describe('rerankHits', () => {
  test('moves up the chunk whose sentence holds the question\'s rare terms, keeping the store order otherwise', () => {
    const mk = (chunk: number, text: string): ChunkHit => ({ sid: 'base', fileId: 'eeeeeeeeeeeeeeee', fileName: 'x.txt', chunk, page: 1, pageEnd: 1, start: 0, end: text.length, text, score: 1 });
    const vague = mk(0, 'The river is long. The river has many towns along the river banks.');
    const answer = mk(1, 'The river flows past towns. Its delta was mapped by Portuguese sailors in 1502.');
    const other = mk(2, 'Mountains rise to the north of the river valley.');
    const reranked = rerankHits('Who mapped the river delta?', [vague, other, answer]);
    assert.deepEqual(reranked.map((h) => h.chunk), [1, 0, 2]);
    assert.ok(reranked[0].score > reranked[1].score);
    assert.deepEqual(rerankHits('the of and', [vague, other]).map((h) => h.chunk), [0, 2], 'no content words: order kept');
  });

  test('a chunk writing a date the question names in words, in figures, holds it: "6 February" in "2027-02-06"', () => {
    const mk = (chunk: number, fileId: string, text: string): ChunkHit => ({ sid: 's', fileId, fileName: `${fileId}.txt`, chunk, page: 1, pageEnd: 1, start: 0, end: text.length, text, score: 1 });
    const leaflet = mk(0, 'llllllllllllllll', 'Ibuprofen tablets\n\nDo not take more than 6 tablets in 24 hours.');
    const seat = mk(0, 'cccccccccccccccc', 'Car hire agreement\n\nChild seat: £6 per day. Return the car by February.');
    const fixtures = mk(0, 'ffffffffffffffff', 'Fixtures\n\nDate: 2027-01-23; Opponent: Ferndale Juniors\n\nDate: 2027-02-06; Opponent: Oakwood Athletic\n\nDate: 2027-02-13; Opponent: Riverside United');
    assert.equal(rerankHits('Who do we play on 6 February?', [leaflet, seat, fixtures])[0].fileId, 'ffffffffffffffff');
  });

  test("a chunk is read with what names its document: a spec sheet's row answers for the product its title names", () => {
    const sheet = (chunk: number, start: number, text: string): ChunkHit => ({ sid: 's', fileId: 'ffffffffffffffff', fileName: 'voltara-datasheet.docx', chunk, page: 1, pageEnd: 1, start, end: start + text.length, text, score: 1 });
    const title = sheet(0, 0, '# Voltara Metro 500 City E-Bike\n\nThe Metro 500 is a step-through city bike for daily commuting.');
    const box = sheet(1, 100, '## In the box\n\nMetro 500 e-bike (95% assembled)\n\nBattery with two keys');
    const specs = sheet(2, 200, '## Specifications\n\nMotor | 250 W rear hub\nWeight | 22.8 kg including battery');
    const review = { ...sheet(0, 0, 'We rode the Metro 500 through the city for a week. The Metro 500 felt quick.'), fileId: 'rrrrrrrrrrrrrrrr', fileName: 'review.md' };
    const order = rerankHits('What is the weight of the Metro 500 bike?', [title, box, review, specs]).map((h) => `${h.fileName}#${h.chunk}`);
    assert.equal(order[0], 'voltara-datasheet.docx#2', order.join(' '));
  });

  test("a session's own file goes before the base library's guide where both say the question's words", () => {
    const guide: ChunkHit = { sid: 'base', fileId: 'gggggggggggggggg', fileName: 'docent-user-guide.md', chunk: 0, page: 1, pageEnd: 1, start: 0, end: 90, text: 'When you quit and start Docent again, your last session opens as you left it.', score: 1 };
    const offer: ChunkHit = { sid: 'a'.repeat(32), fileId: 'oooooooooooooooo', fileName: 'offer-letter.txt', chunk: 0, page: 1, pageEnd: 1, start: 0, end: 40, text: 'Start date: Monday 5 January 2027.', score: 1 };
    assert.equal(rerankHits('When do I start?', [guide, offer])[0].fileName, 'offer-letter.txt');
    // A question about Docent itself still finds the guide: it alone says the question's words.
    const erase: ChunkHit = { ...guide, chunk: 1, text: 'Ending a session erases its documents, its vectors and its chat.' };
    assert.equal(rerankHits('What does ending a session erase?', [offer, erase])[0].fileName, 'docent-user-guide.md');
    // Without the session's own files among them, the library is ranked as it is.
    assert.equal(rerankHits('When do I start?', [guide, { ...guide, chunk: 2, text: 'Start here.' }])[0].chunk, 0);
  });

  test('a chunk spelling out an acronym the question writes holds it: "the annual general meeting" for "the AGM"', () => {
    const mk = (chunk: number, text: string): ChunkHit => ({ sid: 's', fileId: 'mmmmmmmmmmmmmmmm', fileName: 'minutes.odt', chunk, page: 1, pageEnd: 1, start: 0, end: text.length, text, score: 1 });
    const battery = mk(0, 'E1 Low battery. Replace both batteries within 7 days.');
    const bins = mk(1, 'The council has agreed to add a second collection on Thursdays.');
    const agm = mk(2, 'The next meeting is on 12 January. The annual general meeting is planned for April.');
    assert.equal(rerankHits('When is the AGM?', [battery, bins, agm])[0].chunk, 2);
  });
});
