// OpenAiAnswerer streaming through the real `openai` client from the loopback OpenAI server.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { OpenAiAnswerer, testChatEndpoint } from '../../electron/app/chat/openai-answerer';
import type { AnswerEvent, AnswerSource } from '../../electron/app/chat/answer-types';
import { citedNumbers } from '../../electron/app/chat/prompt';
import { OpenAiEndpointError } from '../../electron/app/embeddings/openai-embedder';
import { startOpenAiServer, messageText, type OpenAiServer, type OpenAiServerOptions } from '../servers/openai';

const MODEL = 'gpt-4o-mini';

function source(n: number, fileName: string, page: number, text: string): AnswerSource {
  return { n, sid: 'AAAAAAAAAAAAAAAAAAAAAA', fileId: '0123456789abcdef', fileName, page, pageEnd: page, start: 0, end: text.length, text };
}

const SOURCES = [
  source(1, 'tower.pdf', 7, 'The Eiffel Tower is 330 metres tall since the addition of antennas.'),
  source(2, 'paris.docx', 2, 'Paris is the capital of France.'),
  source(3, 'notes.md', 1, 'Gustave Eiffel designed the tower for the 1889 World Fair.'),
];

async function withServer(options: OpenAiServerOptions, run: (server: OpenAiServer) => Promise<void>) {
  const server = await startOpenAiServer(options);
  try {
    await run(server);
  } finally {
    await server.close();
  }
}

async function collect(iterable: AsyncIterable<AnswerEvent>) {
  const events: AnswerEvent[] = [];
  let error: unknown;
  try {
    for await (const event of iterable) events.push(event);
  } catch (caught) {
    error = caught;
  }
  const text = events.flatMap((e) => (e.type === 'token' ? [e.text] : [])).join('');
  const citations = events.filter((e) => e.type === 'citations');
  return { events, text, citations, error };
}

const chatRequests = (server: OpenAiServer) => server.requests.filter((r) => r.path === '/v1/chat/completions');

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('OpenAiAnswerer', () => {
  test('streams the answer as tokens in order, then one citations event for the sources it cites', () =>
    withServer({ chatScript: () => 'The tower is 330 metres tall [1], in Paris [2].' }, async (server) => {
      const answerer = new OpenAiAnswerer({ baseURL: server.baseURL, model: MODEL });
      const { events, text, citations, error } = await collect(answerer.answer({ question: 'How tall?', history: [], sources: SOURCES }));
      assert.equal(error, undefined);
      assert.equal(text, 'The tower is 330 metres tall [1], in Paris [2].');
      assert.ok(events.filter((e) => e.type === 'token').length > 5, 'streamed in pieces, not at once');
      assert.equal(citations.length, 1);
      assert.equal(events.at(-1)!.type, 'citations');
      assert.deepEqual(
        (events.at(-1) as Extract<AnswerEvent, { type: 'citations' }>).citations.map((c) => [c.n, c.fileName, c.page]),
        [[1, 'tower.pdf', 7], [2, 'paris.docx', 2]],
      );
      assert.equal(chatRequests(server)[0].body.stream, true);
    }));

  test('maps [1, 2], [1][3] and ranges to sources, and drops numbers that name no source', () =>
    withServer({ chatScript: () => 'Tall [3][1]. Also [1, 2] and [2-3]; not [7] nor [0].' }, async (server) => {
      const answerer = new OpenAiAnswerer({ baseURL: server.baseURL, model: MODEL });
      const { text, citations } = await collect(answerer.answer({ question: 'q', history: [], sources: SOURCES }));
      assert.deepEqual(citedNumbers(text), [3, 1, 2, 7, 0]);
      const cited = (citations[0] as Extract<AnswerEvent, { type: 'citations' }>).citations;
      assert.deepEqual(cited.map((c) => c.n), [1, 2, 3]);
      assert.equal(cited[2].text, SOURCES[2].text);
    }));

  test('an answer citing nothing known has no citations', () =>
    withServer({ chatScript: () => "I don't know from these documents [9]." }, async (server) => {
      const answerer = new OpenAiAnswerer({ baseURL: server.baseURL, model: MODEL });
      const { citations } = await collect(answerer.answer({ question: 'q', history: [], sources: SOURCES }));
      assert.deepEqual((citations[0] as Extract<AnswerEvent, { type: 'citations' }>).citations, []);
    }));

  test('the prompt numbers the sources with file and page, asks for [n] citations, and carries the history', () =>
    withServer({}, async (server) => {
      const answerer = new OpenAiAnswerer({ baseURL: server.baseURL, model: MODEL });
      const history = [
        { role: 'user' as const, text: 'Who designed the Eiffel Tower?' },
        { role: 'assistant' as const, text: 'Gustave Eiffel designed it [3].' },
      ];
      const { text, error } = await collect(answerer.answer({ question: 'When was it built?', history, sources: SOURCES }));
      assert.equal(error, undefined);
      const messages = chatRequests(server)[0].body.messages as { role: string; content: string }[];
      assert.equal(messages[0].role, 'system');
      assert.match(messages[0].content, /only from the numbered sources/);
      assert.match(messages[0].content, /\[1\]/);
      assert.match(messages[0].content, /don't know/);
      assert.deepEqual(messages.slice(1, 3), [
        { role: 'user', content: 'Who designed the Eiffel Tower?' },
        // Old markers pointed into an older source list: the model must not read them as today's numbers.
        { role: 'assistant', content: 'Gustave Eiffel designed it.' },
      ]);
      const last = messages.at(-1)!;
      assert.equal(last.role, 'user');
      assert.ok(last.content.includes('[1] tower.pdf, p. 7: The Eiffel Tower is 330 metres tall'));
      assert.ok(last.content.includes('[3] notes.md, p. 1: Gustave Eiffel'));
      assert.ok(last.content.endsWith('Question: When was it built?'));
      // The default script quotes source [1] and cites it: the numbered list reached the model intact.
      assert.match(text, /The Eiffel Tower is 330 metres.*\[1\]/);
    }));

  test('a follow-up sees earlier turns: the model can answer from them', () =>
    withServer(
      {
        chatScript: (request) => {
          const earlier = request.messages.filter((m) => m.role === 'user').slice(0, -1).map(messageText);
          return earlier.length ? `You earlier asked: ${earlier.join(' | ')}` : 'No earlier question.';
        },
      },
      async (server) => {
        const answerer = new OpenAiAnswerer({ baseURL: server.baseURL, model: MODEL });
        const history = [
          { role: 'user' as const, text: 'Who designed it?' },
          { role: 'assistant' as const, text: 'Gustave Eiffel.' },
        ];
        const { text } = await collect(answerer.answer({ question: 'And when?', history, sources: SOURCES }));
        assert.equal(text, 'You earlier asked: Who designed it?');
      },
    ));

  test('cancelling mid-stream stops the request promptly, keeps what came and throws nothing', () =>
    withServer({ chunkDelayMs: 5, chatScript: () => Array.from({ length: 400 }, (_, i) => `w${i}`).join(' ') }, async (server) => {
      const answerer = new OpenAiAnswerer({ baseURL: server.baseURL, model: MODEL });
      const controller = new AbortController();
      const events: AnswerEvent[] = [];
      for await (const event of answerer.answer({ question: 'q', history: [], sources: SOURCES, signal: controller.signal })) {
        events.push(event);
        if (events.length === 3) controller.abort();
      }
      const tokens = events.filter((e) => e.type === 'token');
      assert.ok(tokens.length >= 3 && tokens.length < 400, `got ${tokens.length} tokens`);
      assert.equal(events.at(-1)!.type, 'citations');
      const record = chatRequests(server)[0];
      await until(() => record.clientClosed !== undefined);
      assert.equal(record.clientClosed, true, 'the server saw the client hang up');
      assert.ok(record.chunksSent! < 400);
    }));

  test('a cancel before the answer starts ends quietly with nothing', () =>
    withServer({}, async (server) => {
      const answerer = new OpenAiAnswerer({ baseURL: server.baseURL, model: MODEL });
      const { events, error } = await collect(
        answerer.answer({ question: 'q', history: [], sources: SOURCES, signal: AbortSignal.abort() }),
      );
      assert.deepEqual(events, []);
      assert.equal(error, undefined);
    }));

  for (const midStreamFailure of ['disconnect', 'error-event'] as const) {
    test(`a stream that breaks off (${midStreamFailure}) keeps the partial text, then throws a clear error`, () =>
      withServer(
        { failMidStreamAfterChunks: 4, midStreamFailure, chatScript: () => 'Tall [1] tower, more text that never arrives.' },
        async (server) => {
          const answerer = new OpenAiAnswerer({ baseURL: server.baseURL, model: MODEL });
          const { text, citations, error } = await collect(answerer.answer({ question: 'q', history: [], sources: SOURCES }));
          assert.equal(text, 'Tall [1] tower, more');
          assert.deepEqual((citations[0] as Extract<AnswerEvent, { type: 'citations' }>).citations.map((c) => c.n), [1]);
          assert.ok(error instanceof OpenAiEndpointError);
          assert.match(error.message, new RegExp(`^The chat endpoint ${server.baseURL.replace(/[.]/g, '\\.')} broke off the answer part-way \\(.+\\)\\.$`));
        },
      ));
  }

  test('a stream that closes without finishing is an error, not a complete answer', async () => {
    const http = await import('node:http');
    // A server that starts an answer and then closes the response cleanly, with no finish_reason and no [DONE].
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(`data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 0, model: MODEL, choices: [{ index: 0, delta: { content: 'Half' }, finish_reason: null }] })}\n\n`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as import('node:net').AddressInfo).port;
      const answerer = new OpenAiAnswerer({ baseURL: `http://127.0.0.1:${port}/v1`, model: MODEL });
      const { text, error } = await collect(answerer.answer({ question: 'q', history: [], sources: SOURCES }));
      assert.equal(text, 'Half');
      assert.match((error as Error).message, /closed the stream before the answer was complete/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  test('a stream that goes silent is given up after the idle timeout instead of hanging', () =>
    // The server answers at once, then waits 20 s between chunks; 2 s of silence gives up. (A shorter timeout read as
    // silence "before answering" on a loaded machine, where the response headers alone took longer.)
    withServer({ chunkDelayMs: 20_000, chatScript: () => 'One two three' }, async (server) => {
      const answerer = new OpenAiAnswerer({ baseURL: server.baseURL, model: MODEL, idleTimeoutMs: 2000 });
      const { text, error } = await collect(answerer.answer({ question: 'q', history: [], sources: SOURCES }));
      assert.equal(text, '');
      assert.match((error as Error).message, /went silent for 2 s part-way through the answer/);
    }));

  test('a refused key is a clear 401 error before any token', () =>
    withServer({ apiKey: 'sk-right' }, async (server) => {
      const answerer = new OpenAiAnswerer({ baseURL: server.baseURL, model: MODEL, apiKey: 'sk-wrong' });
      const { events, error } = await collect(answerer.answer({ question: 'q', history: [], sources: SOURCES }));
      assert.deepEqual(events, []);
      assert.ok(error instanceof OpenAiEndpointError);
      assert.ok(error.message.startsWith(`The chat endpoint ${server.baseURL} refused the key (401)`), error.message);
    }));

  test('429 answers are retried within maxRetries; past the bound the rate limit is reported', () =>
    withServer({ chatScript: () => 'Fine [2].' }, async (server) => {
      const answerer = new OpenAiAnswerer({ baseURL: server.baseURL, model: MODEL, maxRetries: 2 });
      server.failNext(429, 2);
      const ok = await collect(answerer.answer({ question: 'q', history: [], sources: SOURCES }));
      assert.equal(ok.error, undefined);
      assert.equal(ok.text, 'Fine [2].');
      assert.deepEqual(chatRequests(server).map((r) => r.status), [429, 429, 200]);

      server.failNext(429, 3);
      const refused = await collect(answerer.answer({ question: 'q', history: [], sources: SOURCES }));
      assert.equal(refused.text, '');
      assert.match((refused.error as Error).message, /rate-limiting requests \(429\) and still refused after 2 retries/);
      assert.equal(chatRequests(server).length, 3 + 3);
    }));

  test('sends temperature only when one is set', () =>
    withServer({}, async (server) => {
      await collect(new OpenAiAnswerer({ baseURL: server.baseURL, model: MODEL }).answer({ question: 'q', history: [], sources: [] }));
      await collect(new OpenAiAnswerer({ baseURL: server.baseURL, model: MODEL, temperature: 0.1 }).answer({ question: 'q', history: [], sources: [] }));
      const [plain, tuned] = chatRequests(server);
      assert.equal('temperature' in plain.body, false);
      assert.equal(tuned.body.temperature, 0.1);
    }));

  test('testChatEndpoint checks the model is served, and explains a refusal', () =>
    withServer({ apiKey: 'sk-right', models: ['llama3.2:latest', 'text-embedding-3-small'] }, async (server) => {
      const ok = await testChatEndpoint({ baseURL: server.baseURL, apiKey: 'sk-right', model: 'llama3.2' });
      assert.deepEqual(ok, { ok: true, code: 'chat-connected', message: 'Connected: model "llama3.2" is available.', params: { model: 'llama3.2' } });
      const missing = await testChatEndpoint({ baseURL: server.baseURL, apiKey: 'sk-right', model: 'gpt-5' });
      assert.equal(missing.ok, false);
      assert.match(missing.message, /does not list the model "gpt-5"\. It offers: llama3\.2:latest/);
      const refused = await testChatEndpoint({ baseURL: server.baseURL, apiKey: 'sk-wrong', model: 'llama3.2' });
      assert.equal(refused.ok, false);
      assert.match(refused.message, /refused the key \(401\)/);
      // The window words it by its code and reason; the endpoint's own words are the detail.
      assert.equal(refused.code, 'endpoint-failed');
      assert.equal(refused.params?.reason, 'key-refused');
      assert.equal(missing.code, 'chat-model-unlisted');
    }));
});
