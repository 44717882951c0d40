import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { AnswerSource } from '../../electron/app/chat/answer-types';
import { blankRunningLines, findRunningLines, inDocumentContext, widenToSentences } from '../../electron/app/chat/passage-context';

const BODIES = [
  'Boats must register with the harbour master before mooring.\nThe pier opens at dawn.\nFuel is sold at the north quay.',
  'Visitors may fish from the east wall on weekdays.\nThe crane lifts boats up to twelve tonnes.\nNight mooring needs a permit.',
  'The tide table is posted at the office.\nLife jackets are lent free of charge.\nSwimming in the basin is not allowed.',
  'Waste oil goes to the tank by the slipway.\nThe office closes at six in winter.\nThe harbour fee is paid monthly.',
];
const pages = BODIES.map((body, i) => ({ page: i + 1, text: `HARBOUR OPERATIONS MANUAL\nEdition 3\n${body}\nPage ${i + 1} of 4` }));

describe('running headers and footers', () => {
  test('lines repeated at the top or bottom of pages are found, page numbers aside; body lines are not', () => {
    const running = findRunningLines(pages, 'pdf');
    assert.ok(running.has('harbour operations manual'));
    assert.ok(running.has('page # of #'));
    assert.ok(running.has('edition #'));
    assert.equal(running.size, 3, [...running].join(' | '));
  });

  test('a document without pages, or whose pages share no edge line, has none', () => {
    assert.equal(findRunningLines([{ page: 1, text: 'One page only.\nHARBOUR OPERATIONS MANUAL' }], 'pdf').size, 0);
    assert.equal(findRunningLines(BODIES.map((text, i) => ({ page: i + 1, text })), 'pdf').size, 0);
    // A README's sections are its "pages": the code fence closing each is its own, not a running footer.
    const fence = '`'.repeat(3);
    const sections = ['Install', 'Configure', 'Run'].map((name, i) => ({ page: i + 1, text: `## ${name}\n\n1. Do it:\n\n   ${fence}bash\n   make ${name}\n   ${fence}` }));
    assert.equal(findRunningLines(sections, 'markdown').size, 0);
    assert.equal(findRunningLines(sections, 'pdf').size, 1, 'the same lines on printed pages would be');
  });

  test('blanking keeps every offset, and a sentence across a footer and the next header reads as one', () => {
    const text = 'The crane lifts boats\nPage 2 of 4\n\nHARBOUR OPERATIONS MANUAL\nup to twelve tonnes.';
    const running = findRunningLines(pages, 'pdf');
    const blanked = blankRunningLines(text, running);
    assert.equal(blanked.length, text.length);
    assert.doesNotMatch(blanked, /HARBOUR|Page 2/);
    assert.equal(blanked.replace(/\s+/g, ' '), 'The crane lifts boats up to twelve tonnes.');
    // Between blank lines, as a PDF's text has them, the sentence still goes on in lower case: no paragraph break is left.
    const spaced = 'The crane lifts boats\n\nPage 2 of 4\n\nHARBOUR OPERATIONS MANUAL\n\nup to twelve tonnes.\n\nHARBOUR OPERATIONS MANUAL\n\nMoorings are let by the season.';
    const joined = blankRunningLines(spaced, running);
    assert.equal(joined.length, spaced.length);
    assert.match(joined, /^The crane lifts boats +up to twelve tonnes\./);
    // …but a finished sentence keeps its paragraph break, as does one followed by a capital.
    assert.match(joined, /tonnes\.\n[\s]*\nMoorings/);
  });
});

describe('whole sentences', () => {
  const page = 'Moorings are let by the season. The maximum length of a boat that the inner basin can take is 14 metres, measured over all. Longer boats moor outside.';
  const source = (start: number, end: number): AnswerSource => ({ n: 1, sid: 'base', fileId: 'f'.repeat(16), fileName: 'm.txt', page: 1, pageEnd: 1, start, end, text: page.slice(start, end) });

  test('a passage cut in the middle of a sentence gets the rest of it, and its start', () => {
    const cut = page.indexOf('is 14 metres');
    const from = page.indexOf('basin');
    const widened = widenToSentences(source(from, cut), new Map([[1, page]]));
    assert.equal(widened.text, 'The maximum length of a boat that the inner basin can take is 14 metres, measured over all.');
    assert.equal(page.slice(widened.start, widened.end), widened.text, 'the span still designates the text');
  });

  test('a page ending mid-sentence goes on at the top of the next, but a slide\'s last bullet ends with its slide', () => {
    const budget = 'Budget\n\nTotal budget: £42,000\nAgency fees £30,000, hosting £2,400 a year, contingency £9,600';
    const risks = 'Risks\n\nContent from partners arrives late';
    const slide: AnswerSource = { n: 1, sid: 'base', fileId: 'f'.repeat(16), fileName: 'kickoff.pptx', page: 6, pageEnd: 6, start: 0, end: budget.length, text: budget };
    const pages = new Map([[6, budget], [7, risks]]);
    assert.match(widenToSentences(slide, pages).text, /contingency £9,600\n\nRisks$/, 'a printed page goes on');
    assert.equal(widenToSentences(slide, pages, true), slide, 'a slide does not');
  });

  test('a passage of whole sentences is left as it is', () => {
    const end = page.indexOf(' The maximum');
    const whole = source(0, end);
    assert.equal(widenToSentences(whole, new Map([[1, page]])), whole);
  });

  test('in context: widened and without running lines', () => {
    const text = pages[1].text;
    const s: AnswerSource = { n: 1, sid: 'base', fileId: 'f'.repeat(16), fileName: 'm.pdf', page: 2, pageEnd: 2, start: 0, end: text.indexOf('twelve'), text: text.slice(0, text.indexOf('twelve')) };
    const ready = inDocumentContext(s, pages, findRunningLines(pages, 'pdf'));
    assert.match(ready.text, /lifts boats up to twelve tonnes\./);
    assert.doesNotMatch(ready.text, /HARBOUR OPERATIONS MANUAL|Edition 3/);
  });
});
