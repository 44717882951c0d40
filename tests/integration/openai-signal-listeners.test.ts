// One long-lived signal (Docent's shutdown during a re-index, a question's stop during a summary) covers thousands of
// requests to an OpenAI-compatible endpoint. The openai client adds an 'abort' listener to the signal it is given for
// every request and never removes it; Docent's clients must leave the caller's signal as they found it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { OpenAiEmbedder } from '../../electron/app/embeddings/openai-embedder';
import { OpenAiTextGenerator } from '../../electron/app/chat/openai-text-generator';
import { startOpenAiServer } from '../servers/openai/index';

test('many embedding and chat requests under one signal leave no listener on it, and the signal still stops them', async () => {
  const server = await startOpenAiServer({ embeddingDimension: 8 });
  try {
    const shutdown = new AbortController();
    const embedder = new OpenAiEmbedder({ baseURL: server.baseURL, model: 'text-embedding-3-small', batchSize: 1 });
    for (let i = 0; i < 15; i++) await embedder.embed([`passage ${i}`, `another ${i}`], { kind: 'passage', signal: shutdown.signal });
    assert.equal(getEventListeners(shutdown.signal, 'abort').length, 0, 'the embedder left listeners behind');

    const generator = new OpenAiTextGenerator({ baseURL: server.baseURL, model: 'gpt-4o-mini' });
    for (let i = 0; i < 12; i++) {
      let text = '';
      for await (const piece of generator.generate([{ role: 'user', content: `Question ${i}` }], { signal: shutdown.signal, maxTokens: 20 })) text += piece;
      assert.ok(text.length > 0);
    }
    assert.equal(getEventListeners(shutdown.signal, 'abort').length, 0, 'the chat generator left listeners behind');

    shutdown.abort();
    await assert.rejects(embedder.embed(['after the stop'], { kind: 'passage', signal: shutdown.signal }));
  } finally {
    await server.close();
  }
});
