// OpenAiEmbedder through the real `openai` client against the loopback OpenAI server.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { OpenAiEmbedder, OpenAiEndpointError, testEmbeddingsEndpoint } from '../../electron/app/embeddings/openai-embedder';
import { startOpenAiServer, hashedEmbedding, type OpenAiServer } from '../servers/openai';
import { countTokens } from '../servers/openai/tokens';

const MODEL = 'text-embedding-3-small';

async function withServer(options: Parameters<typeof startOpenAiServer>[0], run: (server: OpenAiServer) => Promise<void>) {
  const server = await startOpenAiServer(options);
  try {
    await run(server);
  } finally {
    await server.close();
  }
}

const embeddingRequests = (server: OpenAiServer) => server.requests.filter((r) => r.path === '/v1/embeddings');

function norm(vector: Float32Array): number {
  return Math.sqrt(vector.reduce((sum, v) => sum + v * v, 0));
}

function assertClose(actual: Float32Array, expected: Float32Array) {
  assert.equal(actual.length, expected.length);
  for (let i = 0; i < actual.length; i++) assert.ok(Math.abs(actual[i] - expected[i]) < 1e-5, `component ${i}`);
}

/** A port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('OpenAiEmbedder', () => {
  test('splits more inputs than a request may carry into several requests, keeping the order', () =>
    withServer({ maxBatch: 4, embeddingDimension: 32 }, async (server) => {
      const texts = Array.from({ length: 10 }, (_, i) => `passage number ${i} about topic ${i % 3}`);
      const embedder = new OpenAiEmbedder({ baseURL: server.baseURL, model: MODEL, batchSize: 4 });
      const vectors = await embedder.embed(texts);
      const sizes = embeddingRequests(server).map((r) => r.body.input.length);
      assert.deepEqual(sizes, [4, 4, 2]);
      vectors.forEach((vector, i) => assertClose(vector, hashedEmbedding(texts[i], 32)));
    }));

  test('keeps each request under the character budget', () =>
    withServer({}, async (server) => {
      const texts = Array.from({ length: 6 }, (_, i) => `${'word '.repeat(8)}${i}`); // 41 characters each
      const embedder = new OpenAiEmbedder({ baseURL: server.baseURL, model: MODEL, maxBatchChars: 100 });
      await embedder.embed(texts);
      const requests = embeddingRequests(server);
      assert.equal(requests.length, 3);
      for (const r of requests) assert.ok((r.body.input as string[]).join('').length <= 100);
    }));

  test('adapts to an endpoint that allows fewer inputs than its batch size', () =>
    withServer({ maxBatch: 3 }, async (server) => {
      const texts = Array.from({ length: 7 }, (_, i) => `text ${i}`);
      const embedder = new OpenAiEmbedder({ baseURL: server.baseURL, model: MODEL, batchSize: 8 });
      const vectors = await embedder.embed(texts);
      assert.equal(vectors.length, 7);
      vectors.forEach((vector, i) => assertClose(vector, hashedEmbedding(texts[i], 64)));
      const accepted = embeddingRequests(server).filter((r) => r.status === 200);
      assert.ok(accepted.every((r) => r.body.input.length <= 3));
      assert.equal(accepted.reduce((sum, r) => sum + r.body.input.length, 0), 7);
    }));

  test('learns the dimension from the first answer and returns unit vectors', () =>
    withServer({ embeddingDimension: 24, embeddingScale: 7.5 }, async (server) => {
      const embedder = new OpenAiEmbedder({ baseURL: server.baseURL, model: MODEL });
      assert.equal(embedder.dimension, undefined);
      const [vector] = await embedder.embed(['how tall is the tower']);
      assert.equal(embedder.dimension, 24);
      assert.equal(vector.length, 24);
      assert.ok(Math.abs(norm(vector) - 1) < 1e-5);

      const shorter = new OpenAiEmbedder({ baseURL: server.baseURL, model: MODEL, dimensions: 12 });
      const [small] = await shorter.embed(['how tall is the tower']);
      assert.equal(small.length, 12);
      assert.equal(embeddingRequests(server).at(-1)!.body.dimensions, 12);
      assert.notEqual(shorter.id, embedder.id);
    }));

  test('decodes base64 answers, and float arrays from servers that ignore encoding_format (LM Studio, Ollama)', async () => {
    for (const ignoreEncodingFormat of [false, true]) {
      await withServer({ ignoreEncodingFormat, embeddingDimension: 40 }, async (server) => {
        const embedder = new OpenAiEmbedder({ baseURL: server.baseURL, model: 'nomic-embed-text' });
        const [vector] = await embedder.embed(['grounded answers cite pages']);
        assert.equal(embeddingRequests(server)[0].body.encoding_format, 'base64');
        assert.equal(embedder.dimension, 40);
        assertClose(vector, hashedEmbedding('grounded answers cite pages', 40));
      });
    }
  });

  test('an input over the 8,192-token limit is cut to fit and embedded, not refused; shorter ones go as they are', () =>
    withServer({ embeddingDimension: 16 }, async (server) => {
      const embedder = new OpenAiEmbedder({ baseURL: server.baseURL, model: MODEL });
      // A chunk of the largest size the settings allow (8,000 characters) in Chinese: about 8,800 tokens.
      const chinese = '文档的内容在这里被分成了许多段落，每一段都有自己的编号和页码。'.repeat(300).slice(0, 8000);
      const english = 'The ledger lists every crate that arrived at the harbour. '.repeat(60);
      assert.ok(countTokens(chinese) > 8192);
      const vectors = await embedder.embed([chinese, english]);
      assert.equal(vectors.length, 2);
      const [sent] = embeddingRequests(server).filter((r) => r.status === 200).map((r) => r.body.input as string[]);
      assert.ok(countTokens(sent[0]) <= 8192, `${countTokens(sent[0])} tokens sent`);
      assert.ok(sent[0].length > 2500, 'most of the chunk is kept');
      assert.ok(chinese.startsWith(sent[0]), 'the start of the text is kept');
      assert.equal(sent[1], english);
      assert.deepEqual(embeddingRequests(server).map((r) => r.status), [200], 'no request was refused on the way');
    }));

  test('never sends empty texts: they come back as zero vectors of the right length', () =>
    withServer({ embeddingDimension: 16 }, async (server) => {
      const embedder = new OpenAiEmbedder({ baseURL: server.baseURL, model: MODEL });
      const vectors = await embedder.embed(['', 'real text', '   ']);
      assert.deepEqual(embeddingRequests(server).map((r) => r.body.input), [['real text']]);
      assert.equal(vectors.length, 3);
      assert.deepEqual(Array.from(vectors[0]), new Array(16).fill(0));
      assert.deepEqual(Array.from(vectors[2]), new Array(16).fill(0));
      assert.ok(Math.abs(norm(vectors[1]) - 1) < 1e-5);

      const fresh = new OpenAiEmbedder({ baseURL: server.baseURL, model: MODEL });
      const [blank] = await fresh.embed(['']);
      assert.equal(blank.length, 16);
    }));

  test('sends a placeholder key to servers that need none, and the real key where one is set', () =>
    withServer({}, async (server) => {
      await new OpenAiEmbedder({ baseURL: server.baseURL, model: MODEL }).embed(['a']);
      await new OpenAiEmbedder({ baseURL: server.baseURL, model: MODEL, apiKey: 'sk-real' }).embed(['a']);
      const [anonymous, keyed] = embeddingRequests(server);
      assert.match(anonymous.authorization ?? '', /^Bearer \S+$/);
      assert.equal(keyed.authorization, 'Bearer sk-real');
    }));

  test('a refused key is a clear 401 error naming the endpoint', () =>
    withServer({ apiKey: 'sk-right' }, async (server) => {
      const embedder = new OpenAiEmbedder({ baseURL: server.baseURL, model: MODEL, apiKey: 'sk-wrong' });
      await assert.rejects(embedder.embed(['text']), (error: unknown) => {
        assert.ok(error instanceof OpenAiEndpointError);
        assert.equal(error.status, 401);
        assert.ok(error.message.startsWith(`The embeddings endpoint ${server.baseURL} refused the key (401)`), error.message);
        return true;
      });
      assert.equal(embeddingRequests(server).length, 1, 'a 401 is not retried');
    }));

  test('rides out 429 and 500 answers with bounded retries, then reports the rate limit', () =>
    withServer({}, async (server) => {
      const embedder = new OpenAiEmbedder({ baseURL: server.baseURL, model: MODEL, maxRetries: 2 });
      server.failNext(429);
      server.failNext(500);
      const [vector] = await embedder.embed(['retry me']);
      assert.equal(vector.length, 64);
      assert.deepEqual(embeddingRequests(server).map((r) => r.status), [429, 500, 200]);

      server.failNext(429, 5);
      await assert.rejects(embedder.embed(['again']), /rate-limiting requests \(429\) and still refused after 2 retries/);
      assert.equal(embeddingRequests(server).length, 3 + 3, 'one try plus two retries');
    }));

  test('an unreachable endpoint is a clear error', async () => {
    const port = await closedPort();
    const embedder = new OpenAiEmbedder({ baseURL: `http://127.0.0.1:${port}/v1`, model: MODEL, maxRetries: 0 });
    await assert.rejects(embedder.embed(['text']), (error: unknown) => {
      assert.match((error as Error).message, /^Cannot reach the embeddings endpoint http:\/\/127\.0\.0\.1:\d+\/v1 \(ECONNREFUSED\)/);
      return true;
    });
  });

  test('an unknown model names the model', () =>
    withServer({}, async (server) => {
      const embedder = new OpenAiEmbedder({ baseURL: server.baseURL, model: 'not-a-model', maxRetries: 0 });
      await assert.rejects(embedder.embed(['text']), /does not serve the model "not-a-model" \(404\)/);
    }));

  test('the id is stable for one model and endpoint, and differs between models', () =>
    withServer({}, async (server) => {
      const a = new OpenAiEmbedder({ baseURL: server.baseURL, model: MODEL });
      const b = new OpenAiEmbedder({ baseURL: `${server.baseURL}/`, model: MODEL });
      const c = new OpenAiEmbedder({ baseURL: server.baseURL, model: 'nomic-embed-text' });
      assert.equal(a.id, b.id);
      assert.notEqual(a.id, c.id);
      assert.match(a.id, /^openai-text-embedding-3-small-127\.0\.0\.1-\d+$/);
      assert.throws(() => new OpenAiEmbedder({ baseURL: 'not a url', model: MODEL }), /not a valid endpoint address/);
    }));

  test('testEmbeddingsEndpoint reports the vector length, or what is wrong', () =>
    withServer({ apiKey: 'sk-right', embeddingDimension: 20 }, async (server) => {
      const good = await testEmbeddingsEndpoint({ baseURL: server.baseURL, apiKey: 'sk-right', model: MODEL });
      assert.equal(good.ok, true);
      assert.equal(good.dimension, 20);
      assert.match(good.message, /20-dimension/);
      const bad = await testEmbeddingsEndpoint({ baseURL: server.baseURL, model: MODEL });
      assert.equal(bad.ok, false);
      assert.match(bad.message, /refused the key \(401\).*no API key is set/);
    }));
});
