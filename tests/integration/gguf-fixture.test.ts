// The tiny random-weight GGUF the model tests build on: node-llama-cpp reads its header, loads it from the prebuilt
// binaries (never compiling) and generates text through its ChatML template.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { getLlama, LlamaChatSession, readGgufFileInfo } from 'node-llama-cpp';
import { TINY_SHAPE, writeTinyModel } from '../fixtures/gguf/llama-model';
import { tempDataDir } from '../helpers/paths';

test('the tiny test GGUF is a llama model with byte-fallback tokens and a chat template, and generates text', async (t) => {
  const { dir, cleanup } = await tempDataDir('docent-gguf-');
  t.after(cleanup);
  const file = path.join(dir, 'tiny.gguf');
  await writeTinyModel(file);

  const info = await readGgufFileInfo(file, { logWarnings: false });
  assert.equal(info.metadata.general.architecture, 'llama');
  const tokens = info.metadata.tokenizer.ggml.tokens as string[];
  assert.equal(tokens.length, TINY_SHAPE.vocabSize);
  for (const byte of ['<0x00>', '<0x0A>', '<0xFF>']) assert.ok(tokens.includes(byte), `${byte} is in the vocabulary`);
  assert.match(String(info.metadata.tokenizer.chat_template), /<\|im_start\|>/);

  const llama = await getLlama({ gpu: false, build: 'never', maxThreads: 1 });
  t.after(() => llama.dispose());
  const model = await llama.loadModel({ modelPath: file });
  const context = await model.createContext({ contextSize: 2048 });
  const session = new LlamaChatSession({ contextSequence: context.getSequence() });
  assert.equal(session.chatWrapper.constructor.name, 'ChatMLChatWrapper', 'the template is recognised as ChatML');
  const chunks: string[] = [];
  await session.prompt('Where is the tower?', { maxTokens: 12, onTextChunk: (text) => chunks.push(text) });
  assert.ok(chunks.join('').length > 0, 'some text was generated');
  assert.ok(chunks.length >= 5, `generation streamed in pieces (got ${chunks.length})`);
});
