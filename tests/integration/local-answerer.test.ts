// The local answerer's logic on meaningful text: the scripted stand-in model runs in the real inference process behind
// the real protocol, so prompt building, trimming to the budget, citation mapping, the not-found rule, Stop, queueing and
// a failure mid-answer are all checked end to end except for llama.cpp itself (tested in local-model.test.ts).
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { AnswerEvent, AnswerSource } from '../../electron/app/chat/answer-types';
import { LocalAnswerer, LOCAL_SYSTEM_PROMPT } from '../../electron/app/chat/local-answerer';
import { NOT_FOUND_MESSAGE } from '../../electron/app/chat/extractive-answerer';
import { LlmError } from '../../electron/app/llm/llm-error';
import { scriptedTokenCount } from '../helpers/scripted-llm-backend';
import { SCRIPTED_MODEL, loggedRequests, scriptedRuntime } from '../helpers/scripted-runtime';
import { tempDataDir } from '../helpers/paths';

const SID = 'AAAAAAAAAAAAAAAAAAAAAA';

function source(n: number, fileName: string, page: number, text: string, start = 0): AnswerSource {
  return { n, sid: SID, fileId: '0123456789abcdef', fileName, page, pageEnd: page, start, end: start + text.length, text };
}

const SOURCES = [
  source(1, 'tower.pdf', 7, 'The tower was finished in 1889. The Eiffel Tower is 330 metres tall since the addition of antennas.', 120),
  source(2, 'paris.docx', 2, 'Paris is the capital of France and its largest city.'),
  source(3, 'notes.md', 1, 'Gustave Eiffel designed the tower for the 1889 World Fair.'),
];

async function collect(events: AsyncIterable<AnswerEvent>) {
  const all: AnswerEvent[] = [];
  let error: unknown;
  try {
    for await (const event of events) all.push(event);
  } catch (caught) {
    error = caught;
  }
  const text = all.flatMap((e) => (e.type === 'token' ? [e.text] : [])).join('');
  const citations = all.flatMap((e) => (e.type === 'citations' ? [e.citations] : []));
  return { events: all, text, citations, error, notFound: all.some((e) => e.type === 'not-found') };
}

const cleanups: (() => Promise<void>)[] = [];
after(async () => {
  for (const c of cleanups) await c();
});

async function logFile(): Promise<string> {
  const { dir, cleanup } = await tempDataDir('docent-llm-');
  cleanups.push(cleanup);
  return path.join(dir, 'requests.jsonl');
}

describe('LocalAnswerer with a scripted model behind the inference process', () => {
  test('streams a grounded answer whose [n] becomes a citation with the source page and span', async () => {
    const log = await logFile();
    const runtime = scriptedRuntime({ logFile: log });
    cleanups.push(() => runtime.close());
    const answerer = new LocalAnswerer({ runtime, model: SCRIPTED_MODEL });
    assert.equal(answerer.id, SCRIPTED_MODEL.id);
    const { events, text, citations, error, notFound } = await collect(answerer.answer({ question: 'How tall is the Eiffel Tower?', history: [], sources: SOURCES }));
    assert.equal(error, undefined);
    assert.equal(text, 'The Eiffel Tower is 330 metres tall since the addition of antennas. [1]');
    assert.ok(events.filter((e) => e.type === 'token').length > 5, 'streamed token by token');
    assert.equal(notFound, false);
    assert.equal(citations.length, 1);
    assert.deepEqual(citations[0].map((c) => [c.n, c.fileName, c.page, c.start, c.end]), [[1, 'tower.pdf', 7, 120, 120 + SOURCES[0].text.length]]);
    const stages = events.flatMap((e) => (e.type === 'progress' ? [e.stage] : []));
    assert.deepEqual([...new Set(stages)], ['loading-model', 'reading-sources'], 'the window learns the model loads, then reads the sources');
    assert.ok(events.findIndex((e) => e.type === 'progress') < events.findIndex((e) => e.type === 'token'));

    const [request] = await loggedRequests(log);
    assert.equal(request.messages[0].content, LOCAL_SYSTEM_PROMPT);
    const user = request.messages.at(-1)!.content;
    assert.match(user, /^Sources:\n\n\[1\] tower\.pdf, p\. 7: The tower was finished in 1889\./);
    assert.match(user, /\[3\] notes\.md, p\. 1: Gustave Eiffel/);
    assert.match(user, /Question: How tall is the Eiffel Tower\?$/);
    assert.deepEqual(request.options.verdict, { found: 'FOUND', notFound: 'NOT FOUND', stopWhenNotFound: true });
  });

  test('when the sources do not hold the answer it says so, emits not-found and cites nothing', async () => {
    const runtime = scriptedRuntime();
    cleanups.push(() => runtime.close());
    const answerer = new LocalAnswerer({ runtime, model: SCRIPTED_MODEL });
    const { text, citations, notFound, error } = await collect(answerer.answer({ question: 'Who painted the Mona Lisa?', history: [], sources: SOURCES }));
    assert.equal(error, undefined);
    assert.equal(notFound, true);
    assert.equal(text, NOT_FOUND_MESSAGE);
    assert.deepEqual(citations, [[]]);
  });

  test('with no sources at all it answers not-found without asking the model', async () => {
    const log = await logFile();
    const runtime = scriptedRuntime({ logFile: log });
    cleanups.push(() => runtime.close());
    const { notFound, text } = await collect(new LocalAnswerer({ runtime, model: SCRIPTED_MODEL }).answer({ question: 'How tall?', history: [], sources: [] }));
    assert.equal(notFound, true);
    assert.equal(text, NOT_FOUND_MESSAGE);
    assert.deepEqual(await loggedRequests(log), []);
  });

  test('the prompt keeps to the token budget: later sources dropped, the last one kept cut, old turns dropped first', async () => {
    const log = await logFile();
    // A slow machine: 40 prompt tokens/s for 20 s of reading is 800 tokens, inside a 4,096-token context.
    const runtime = scriptedRuntime({ logFile: log, contextSize: 4096, promptTokensPerSecond: 40 });
    cleanups.push(() => runtime.close());
    const filler = (topic: string) => Array.from({ length: 40 }, (_, i) => `Sentence ${i} about ${topic} goes on for a while.`).join(' ');
    const long = [1, 2, 3, 4, 5, 6].map((n) => source(n, `doc${n}.txt`, n, `${n === 1 ? 'The Eiffel Tower is 330 metres tall. ' : ''}${filler(`topic ${n}`)}`));
    const history = Array.from({ length: 6 }, (_, i) => ({ role: (i % 2 ? 'assistant' : 'user') as 'user' | 'assistant', text: `Turn ${i}: ${filler('history')}`.slice(0, 1500) }));
    const { text, citations } = await collect(new LocalAnswerer({ runtime, model: SCRIPTED_MODEL, readingSeconds: 20 }).answer({ question: 'How tall is the Eiffel Tower?', history, sources: long }));
    assert.equal(text, 'The Eiffel Tower is 330 metres tall. [1]');
    assert.equal(citations[0][0].text, long[0].text, 'the citation carries the whole retrieved passage, not the cut one');

    const [request] = await loggedRequests(log);
    const promptTokens = request.messages.reduce((sum, m) => sum + scriptedTokenCount(m.content), 0);
    assert.ok(promptTokens <= 800, `prompt of ${promptTokens} tokens keeps to the 800-token budget`);
    const user = request.messages.at(-1)!.content;
    assert.match(user, /\[1\] doc1\.txt/);
    assert.doesNotMatch(user, /\[6\] doc6\.txt/, 'the lowest-ranked sources are dropped');
    assert.match(user, /…\n\nQuestion:/, 'the last source kept is cut, with an ellipsis');
    const turns = request.messages.slice(1, -1);
    assert.ok(turns.length < history.length, 'older turns are dropped');
    if (turns.length) assert.match(turns.at(-1)!.content, /^Turn 5/, 'the most recent turn is the one kept');
  });

  test('Stop ends the stream at once: no token arrives after the abort', async () => {
    const runtime = scriptedRuntime({ tokenDelayMs: 30, replies: [{ match: 'long', reply: Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ') }] });
    cleanups.push(() => runtime.close());
    const controller = new AbortController();
    const tokens: string[] = [];
    let afterAbort = 0;
    for await (const event of new LocalAnswerer({ runtime, model: SCRIPTED_MODEL }).answer({ question: 'a long answer please', history: [], sources: SOURCES, signal: controller.signal })) {
      if (event.type !== 'token') continue;
      if (controller.signal.aborted) afterAbort++;
      tokens.push(event.text);
      if (tokens.length === 3) controller.abort();
    }
    assert.equal(afterAbort, 0);
    assert.equal(tokens.length, 3);
    // The process stopped generating too: the next answer is not kept waiting behind 197 more tokens.
    const next = await collect(new LocalAnswerer({ runtime, model: SCRIPTED_MODEL }).answer({ question: 'How tall is the Eiffel Tower?', history: [], sources: SOURCES }));
    assert.match(next.text, /330 metres/);
  });

  test('two answers asked at once are both answered; the second is told it waits its turn', async () => {
    const runtime = scriptedRuntime({ tokenDelayMs: 5 });
    cleanups.push(() => runtime.close());
    const answerer = new LocalAnswerer({ runtime, model: SCRIPTED_MODEL });
    const [a, b] = await Promise.all([
      collect(answerer.answer({ question: 'How tall is the Eiffel Tower?', history: [], sources: SOURCES })),
      collect(answerer.answer({ question: 'Who designed the tower for the World Fair?', history: [], sources: SOURCES })),
    ]);
    assert.match(a.text, /330 metres tall/);
    assert.match(b.text, /Gustave Eiffel designed the tower/);
    const queued = [a, b].filter((r) => r.events.some((e) => e.type === 'progress' && e.stage === 'queued'));
    assert.ok(queued.length >= 1, 'one of them waited and was told so');
  });

  test('a process that dies mid-answer: the partial text stands, the error says what happened, the next answer works', async () => {
    const runtime = scriptedRuntime({ failAfterTokens: { count: 4, how: 'exit', match: 'How tall' } });
    cleanups.push(() => runtime.close());
    const answerer = new LocalAnswerer({ runtime, model: SCRIPTED_MODEL });
    const broken = await collect(answerer.answer({ question: 'How tall is the Eiffel Tower?', history: [], sources: SOURCES }));
    // Tokens sent in the instant the process died may be lost with it; those that arrived are kept.
    assert.ok(broken.text.length > 0 && 'The Eiffel Tower is 330 '.startsWith(broken.text), `partial text kept: ${JSON.stringify(broken.text)}`);
    assert.ok(broken.error instanceof LlmError);
    assert.equal((broken.error as LlmError).code, 'model-runtime-stopped');
    assert.match((broken.error as LlmError).message, /exited with code 3/);
    assert.equal(broken.citations.length, 1, 'the partial answer still gets its citations event');
    const next = await collect(answerer.answer({ question: 'Who designed the tower for the World Fair?', history: [], sources: SOURCES }));
    assert.equal(next.error, undefined);
    assert.match(next.text, /Gustave Eiffel designed the tower/, 'a fresh process answers the next question');
  });

  test('a failure reported by the model keeps the partial text and carries its code', async () => {
    const runtime = scriptedRuntime({ failAfterTokens: { count: 2, how: 'throw' } });
    cleanups.push(() => runtime.close());
    const broken = await collect(new LocalAnswerer({ runtime, model: SCRIPTED_MODEL }).answer({ question: 'How tall is the Eiffel Tower?', history: [], sources: SOURCES }));
    assert.equal(broken.text, 'The Eiffel ');
    assert.equal((broken.error as LlmError).code, 'model-generation-failed');
    assert.match((broken.error as LlmError).message, /failed on purpose/);
  });
});
