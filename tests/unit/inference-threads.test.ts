// llama.cpp leaves a core to the main process and the window: oversubscribed, its threads wait on each other and a
// local answer crawls (see electron/app/llm/threads.ts for the figures).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultInferenceThreads } from '../../electron/app/llm/threads';

test('the local model computes on every core but one, and on one core at least', () => {
  assert.equal(defaultInferenceThreads(8), 7);
  assert.equal(defaultInferenceThreads(2), 1);
  assert.equal(defaultInferenceThreads(1), 1);
  assert.ok(defaultInferenceThreads() >= 1);
});
