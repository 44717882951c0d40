// The loopback OpenAI server speaks the real API: checked with the real `openai` client and with raw HTTP.
import { test, describe, after, before } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI, { AuthenticationError, BadRequestError, NotFoundError, RateLimitError } from 'openai';
import { startOpenAiServer, type OpenAiServer } from '../servers/openai';
import { countTokens } from '../servers/openai/tokens';
import { cosine } from '../helpers/cosine';

describe('loopback OpenAI server', () => {
  let server: OpenAiServer;
  let client: OpenAI;
  before(async () => {
    server = await startOpenAiServer({ apiKey: 'sk-test', embeddingDimension: 48, maxBatch: 8, chatScript: () => 'Blue skies [1] today.' });
    client = new OpenAI({ baseURL: server.baseURL, apiKey: 'sk-test', maxRetries: 0 });
  });
  after(() => server.close());

  test('streams chat.completion.chunk events: role first, the text, a finish reason, then usage', async () => {
    const stream = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'What colour is the sky?' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks: OpenAI.Chat.Completions.ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    assert.equal(chunks[0].object, 'chat.completion.chunk');
    assert.equal(chunks[0].choices[0].delta.role, 'assistant');
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
    assert.equal(text, 'Blue skies [1] today.');
    const finish = chunks.find((c) => c.choices[0]?.finish_reason);
    assert.equal(finish?.choices[0].finish_reason, 'stop');
    const last = chunks.at(-1)!;
    assert.deepEqual(last.choices, []);
    assert.equal(last.usage?.completion_tokens, 4);
    assert.ok(last.usage!.prompt_tokens > 0);
  });

  test('answers without streaming as one chat.completion, cut short by max_tokens', async () => {
    const full = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] });
    assert.equal(full.choices[0].message.content, 'Blue skies [1] today.');
    assert.equal(full.choices[0].finish_reason, 'stop');
    const short = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'hi' }],
      max_tokens: 1,
    });
    assert.equal(short.choices[0].message.content, 'Blue');
    assert.equal(short.choices[0].finish_reason, 'length');
  });

  test('lists its models', async () => {
    const page = await client.models.list();
    assert.ok(page.data.some((m) => m.id === 'text-embedding-3-small'));
  });

  test('embeds as base64 (the client default) and as floats, with the same vectors; similar texts are closer', async () => {
    const texts = ['the cat sat on the mat', 'a cat sat on a mat', 'quarterly revenue grew'];
    const viaBase64 = await client.embeddings.create({ model: 'text-embedding-3-small', input: texts });
    const viaFloat = await client.embeddings.create({ model: 'text-embedding-3-small', input: texts, encoding_format: 'float' });
    const base64Request = server.requests.filter((r) => r.path === '/v1/embeddings').at(-2)!;
    assert.equal(base64Request.body.encoding_format, 'base64');
    assert.equal(viaBase64.data.length, 3);
    viaBase64.data.forEach((item, i) => {
      assert.equal(item.index, i);
      assert.equal(item.embedding.length, 48);
      item.embedding.forEach((value, d) => assert.ok(Math.abs(value - viaFloat.data[i].embedding[d]) < 1e-6));
    });
    const [cat1, cat2, revenue] = viaFloat.data.map((d) => d.embedding);
    assert.ok(cosine(cat1, cat2) > cosine(cat1, revenue));
    assert.ok(viaFloat.usage.total_tokens > 0);
    const shorter = await client.embeddings.create({ model: 'text-embedding-3-small', input: 'x y', dimensions: 16 });
    assert.equal(shorter.data[0].embedding.length, 16);
  });

  test("refuses a bad key with OpenAI's 401 body", async () => {
    const wrong = new OpenAI({ baseURL: server.baseURL, apiKey: 'sk-wrong-key', maxRetries: 0 });
    await assert.rejects(wrong.models.list(), (error: unknown) => {
      assert.ok(error instanceof AuthenticationError);
      assert.equal(error.status, 401);
      assert.equal(error.code, 'invalid_api_key');
      assert.equal(error.type, 'invalid_request_error');
      return true;
    });
  });

  test('refuses more inputs than maxBatch, empty strings, and unknown models', async () => {
    const tooMany = Array.from({ length: 9 }, (_, i) => `text ${i}`);
    await assert.rejects(client.embeddings.create({ model: 'text-embedding-3-small', input: tooMany }), (error: unknown) => {
      assert.ok(error instanceof BadRequestError);
      assert.equal(error.param, 'input');
      return true;
    });
    await assert.rejects(client.embeddings.create({ model: 'text-embedding-3-small', input: ['ok', ''] }), BadRequestError);
    await assert.rejects(client.embeddings.create({ model: 'no-such-model', input: 'x' }), (error: unknown) => {
      assert.ok(error instanceof NotFoundError);
      assert.equal(error.code, 'model_not_found');
      return true;
    });
  });

  test('counts tokens with the real tokenizer: 8,192 in one input are embedded, 8,193 are refused, never truncated', async () => {
    const atLimit = 'hello' + ' hello'.repeat(8191);
    const overLimit = atLimit + ' hello';
    // Under 24,000 characters, but CJK text takes more than one token per character.
    const chinese = '文档的内容在这里被分成了许多段落，每一段都有自己的编号和页码。'.repeat(300);
    // Counted before the first request: counting is slow on a loaded machine, and a keep-alive socket left idle
    // meanwhile may be closed under the next request (this client does not retry).
    const tokens = new Map([atLimit, overLimit, chinese, 'short'].map((text) => [text, countTokens(text)]));
    assert.equal(tokens.get(atLimit), 8192);
    assert.ok(chinese.length < 10_000 && tokens.get(chinese)! > 8192, `${chinese.length} characters, ${tokens.get(chinese)} tokens`);
    const ok = await client.embeddings.create({ model: 'text-embedding-3-small', input: [atLimit, 'short'] });
    assert.equal(ok.data.length, 2);
    assert.equal(ok.usage.prompt_tokens, 8192 + tokens.get('short')!);
    for (const input of [overLimit, chinese]) {
      await assert.rejects(client.embeddings.create({ model: 'text-embedding-3-small', input }), (error: unknown) => {
        assert.ok(error instanceof BadRequestError, `${(error as Error)?.constructor?.name}: ${String(error)}`);
        assert.match(error.message, new RegExp(`maximum context length is 8192 tokens, however you requested ${tokens.get(input)} tokens`));
        return true;
      });
    }
  });

  test('answers 429 with retry-after headers and a rate-limit body; the client retries it within maxRetries', async () => {
    server.failNext(429);
    const raw = await fetch(`${server.baseURL}/models`, { headers: { authorization: 'Bearer sk-test' } });
    assert.equal(raw.status, 429);
    assert.ok(Number(raw.headers.get('retry-after')) >= 1);
    assert.ok(raw.headers.get('retry-after-ms'));
    const body = (await raw.json()) as { error: { code: string; type: string; message: string; param: null } };
    assert.equal(body.error.code, 'rate_limit_exceeded');
    assert.equal(body.error.param, null);

    server.failNext(429, 2);
    await assert.rejects(client.models.list(), RateLimitError); // maxRetries 0: the first 429 is final
    const patient = new OpenAI({ baseURL: server.baseURL, apiKey: 'sk-test', maxRetries: 1 });
    const before = server.requests.length;
    await patient.models.list(); // one 429 left, then success
    assert.equal(server.requests.length - before, 2);
  });

  test('failure rates are drawn from a seeded generator, so a run repeats', async () => {
    const statuses = async () => {
      const flaky = await startOpenAiServer({ failRate429: 0.3, failRate500: 0.2, seed: 7 });
      try {
        const seen: number[] = [];
        for (let i = 0; i < 12; i++) seen.push((await fetch(`${flaky.baseURL}/models`)).status);
        return seen;
      } finally {
        await flaky.close();
      }
    };
    const first = await statuses();
    assert.deepEqual(await statuses(), first);
    assert.ok(first.includes(200) && first.some((s) => s === 429 || s === 500));
  });
});
