import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { AnswerEvent, AnswerSource } from '../../electron/app/chat/answer-types';
import { ExtractiveAnswerer, NOT_FOUND_MESSAGE } from '../../electron/app/chat/extractive-answerer';

/** Pages of two documents; sources are cut from them by the chunker's invariant (pages joined by a blank line). */
const DOCS: Record<string, string[]> = {
  aaaaaaaaaaaaaaaa: [
    'The Amazon rainforest covers most of the Amazon basin of South America. The basin covers seven million square kilometres.\n\nThe forest spans nine nations, and Brazil holds sixty percent of it. Deforestation',
    'increased sharply in the 1970s because of cattle ranching and new highways. Scientists estimate the forest holds 390 billion trees.',
  ],
  bbbbbbbbbbbbbbbb: ['Doctor Who is a British science fiction television programme. The programme depicts the adventures of a Time Lord called the Doctor.'],
};

function source(n: number, fileId: string, page: number, start: number, pageEnd: number, end: number): AnswerSource {
  const pages = DOCS[fileId];
  const text = page === pageEnd ? pages[page - 1].slice(start, end) : `${pages[page - 1].slice(start)}\n\n${pages[pageEnd - 1].slice(0, end)}`;
  return { n, sid: 'base', fileId, fileName: `${fileId}.pdf`, page, pageEnd, start, end, text };
}

/** What a citation's (page, start)–(pageEnd, end) designates in its document. */
function pageTextOf(c: AnswerSource): string {
  const pages = DOCS[c.fileId];
  return c.page === c.pageEnd ? pages[c.page - 1].slice(c.start, c.end) : `${pages[c.page - 1].slice(c.start)}\n\n${pages[c.pageEnd - 1].slice(0, c.end)}`;
}

const amazonLength = DOCS.aaaaaaaaaaaaaaaa[1].length;
const SOURCES = [source(1, 'aaaaaaaaaaaaaaaa', 1, 0, 2, amazonLength), source(2, 'bbbbbbbbbbbbbbbb', 1, 0, 1, DOCS.bbbbbbbbbbbbbbbb[0].length)];

async function collect(events: AsyncIterable<AnswerEvent>) {
  const tokens: string[] = [];
  const citations: AnswerSource[][] = [];
  let notFound = false;
  for await (const e of events) {
    if (e.type === 'token') tokens.push(e.text);
    else if (e.type === 'not-found') notFound = true;
    else if (e.type === 'citations') citations.push(e.citations);
  }
  return { tokens, text: tokens.join(''), citations, notFound };
}

describe('ExtractiveAnswerer', () => {
  const answerer = new ExtractiveAnswerer();

  test('quotes the best sentences word by word, each with its [n], and cites exactly those sentences', async () => {
    const { tokens, text, citations } = await collect(answerer.answer({ question: 'Why did deforestation increase in the Amazon?', history: [], sources: SOURCES }));
    assert.equal(answerer.id, 'extractive');
    assert.ok(tokens.length > 10, 'streamed in many small tokens');
    assert.equal(citations.length, 1, 'one citations event, after the tokens');
    const cited = citations[0];
    assert.ok(cited.length >= 1 && cited.length <= 4);
    // The sentence that answers crosses the page break: its citation starts on page 1 and ends on page 2.
    assert.match(text, /Deforestation increased sharply in the 1970s because of cattle ranching and new highways\. \[1\]/);
    const answerSentence = cited.find((c) => c.text.includes('cattle ranching'))!;
    assert.deepEqual([answerSentence.page, answerSentence.pageEnd], [1, 2]);
    for (const c of cited) {
      assert.ok(text.includes(`[${c.n}]`), `[${c.n}] appears in the answer`);
      assert.equal(pageTextOf(c), c.text, 'the citation span designates exactly the quoted sentence');
      assert.ok(SOURCES.some((s) => s.fileId === c.fileId && s.text.includes(c.text)), 'quoted text comes from a source');
    }
    assert.deepEqual(cited.map((c) => c.n), cited.map((_, i) => i + 1));
  });

  test('every quoted sentence is a substring of a source, whatever the question', async () => {
    for (const question of ['How many trees are in the forest?', 'Who is the Doctor?', 'Which nations does the forest span?', 'What is the area of the basin?']) {
      const { text, citations } = await collect(answerer.answer({ question, history: [], sources: SOURCES }));
      const quoted = text.split(/\s*\[\d+\]\s*/).filter(Boolean);
      assert.ok(quoted.length >= 1, question);
      for (const q of quoted) assert.ok(SOURCES.some((s) => s.text.replace(/\s*\n\s*/g, ' ').includes(q)), `"${q}" is not in any source`);
      assert.equal(citations[0].length, quoted.length);
    }
  });

  test('answers the question asked: the Doctor question cites the Doctor Who file first', async () => {
    const { citations } = await collect(answerer.answer({ question: 'Who is the Doctor in Doctor Who?', history: [], sources: SOURCES }));
    assert.equal(citations[0][0].fileId, 'bbbbbbbbbbbbbbbb');
  });

  test('a follow-up question uses the conversation', async () => {
    const history = [{ role: 'user' as const, text: 'Tell me about the Amazon rainforest trees' }, { role: 'assistant' as const, text: '…' }];
    const { citations } = await collect(answerer.answer({ question: 'How many are there?', history, sources: SOURCES }));
    assert.ok(citations[0].some((c) => c.text.includes('390 billion trees')));
  });

  test('says plainly when nothing matches, with no citations', async () => {
    const { text, citations, notFound } = await collect(answerer.answer({ question: 'What is the boiling point of mercury?', history: [], sources: SOURCES }));
    assert.equal(text, NOT_FOUND_MESSAGE);
    assert.equal(notFound, true, 'not found is a field of the answer, not only a sentence');
    assert.deepEqual(citations, [[]]);
    const empty = await collect(answerer.answer({ question: 'Amazon?', history: [], sources: [] }));
    assert.equal(empty.text, NOT_FOUND_MESSAGE);
    assert.equal(empty.notFound, true);
    const found = await collect(answerer.answer({ question: 'Why did deforestation increase in the Amazon?', history: [], sources: SOURCES }));
    assert.equal(found.notFound, false);
  });

  test('stops quietly when aborted mid-answer: no error and no citations', async () => {
    const controller = new AbortController();
    const tokens: string[] = [];
    let sawCitations = false;
    for await (const e of answerer.answer({ question: 'Why did deforestation increase?', history: [], sources: SOURCES, signal: controller.signal })) {
      if (e.type === 'token') {
        tokens.push(e.text);
        if (tokens.length === 3) controller.abort();
      } else sawCitations = true;
    }
    assert.equal(tokens.length, 3);
    assert.equal(sawCitations, false);
  });
});
