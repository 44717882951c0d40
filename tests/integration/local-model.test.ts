// The local answerer on a real llama.cpp model (the tiny random-weight GGUF the tests write): the answer streams through
// the chat events and names its model, Stop stops it, two sessions asking at once are both answered, and files that
// cannot run (not a GGUF, cut short, an unknown architecture, too big for the memory allowed) are refused with a clear
// message while the app goes on. The model writes nonsense: what is checked is the machinery, not the words.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDocent, type DocentApp } from '../../electron/app/docent';
import { DocentError } from '../../shared/api';
import { LlmRuntime } from '../../electron/app/llm/llm-runtime';
import { LlmError } from '../../electron/app/llm/llm-error';
import { writeGguf } from '../fixtures/gguf/gguf-writer';
import { modelGguf, TINY_SHAPE, writeTinyModel } from '../fixtures/gguf/llama-model';
import type { ChatEvent, ChatMessage } from '../../shared/model';
import { cleanEnv } from '../helpers/clean-env';
import { installChatModel } from '../helpers/install-model';
import { tempDataDir } from '../helpers/paths';

const MODEL_ID = 'tiny-test-llama';
const NOTE = 'The observatory on the hill opens its dome every clear night at twenty-two hours for visitors.\n';

/** One thread: the machine running the tests is shared, and llama.cpp's threads spin while they wait for each other. */
const RUNTIME = { threads: 1 };

let dir: string;
let cleanup: () => Promise<void>;
let tinyModel: string;

before(async () => {
  ({ dir, cleanup } = await tempDataDir('docent-local-model-'));
  tinyModel = path.join(dir, 'tiny.gguf');
  await writeTinyModel(tinyModel);
});
after(() => cleanup());

async function startApp(name: string): Promise<{ app: DocentApp; sid: string; events: ChatEvent[] }> {
  const dataDir = path.join(dir, name);
  await installChatModel(dataDir, MODEL_ID, tinyModel);
  const app = await createDocent({ dataDir, env: cleanEnv(), syncBase: false, llm: RUNTIME });
  await app.handlers['settings.set']({ answers: { provider: 'local', localModel: MODEL_ID } });
  const note = path.join(dir, `${name}-observatory.txt`);
  await writeFile(note, NOTE);
  const session = await app.handlers['sessions.current'](undefined);
  await app.ingest.start(session.sid, [{ path: note }]).done;
  const events: ChatEvent[] = [];
  app.onEvent('chat', (e) => events.push(e));
  return { app, sid: session.sid, events };
}

function until(condition: () => boolean, what: string, timeoutMs = 300_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      if (condition()) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(check, 20);
    };
    check();
  });
}

describe('the local answerer on a tiny llama.cpp model', () => {
  test('tokens stream through the chat events, after the model is loaded and has read the sources; the message names the model', async () => {
    const { app, sid, events } = await startApp('stream');
    try {
      const { requestId, done } = await app.chat.ask(sid, 'When does the observatory open?');
      const message = await done;
      const mine = events.filter((e) => e.requestId === requestId);
      const tokens = mine.flatMap((e) => (e.type === 'token' ? [e.text] : []));
      assert.equal(message.status, 'complete', JSON.stringify(message.error));
      assert.equal(message.answerer, MODEL_ID);
      assert.ok(tokens.length >= 20, `streamed token by token (${tokens.length} tokens)`);
      assert.equal(tokens.join(''), message.text);
      const stages = mine.flatMap((e) => (e.type === 'progress' ? [e.stage] : []));
      assert.ok(stages.includes('loading-model') && stages.includes('reading-sources'), `stages: ${stages.join(', ')}`);
      const firstToken = mine.findIndex((e) => e.type === 'token');
      assert.ok(mine.findIndex((e) => e.type === 'progress' && e.stage === 'reading-sources') < firstToken, 'reading is reported before the first token');
      const stored = (await app.sessions.get(sid)).chat.at(-1)!;
      assert.equal(stored.answerer, MODEL_ID);
    } finally {
      await app.close();
    }
  });

  test('after Stop no further token arrives, and the next question is answered', async () => {
    const { app, sid, events } = await startApp('stop');
    try {
      const { requestId, done } = await app.chat.ask(sid, 'When does the observatory open?');
      await until(() => events.filter((e) => e.requestId === requestId && e.type === 'token').length >= 5, 'five tokens');
      assert.equal(app.chat.cancel(requestId), true);
      const atStop = events.filter((e) => e.requestId === requestId && e.type === 'token').length;
      const message = await done;
      // Give any token still in flight from the inference process time to show up, if it were (wrongly) passed on.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const after = events.filter((e) => e.requestId === requestId && e.type === 'token').length;
      assert.equal(after, atStop, 'no token after Stop');
      assert.equal(message.status, 'cancelled');

      const next = await (await app.chat.ask(sid, 'Who visits the observatory?')).done;
      assert.equal(next.status, 'complete', JSON.stringify(next.error));
      assert.ok(next.text.length > 0);
    } finally {
      await app.close();
    }
  });

  test('idle, the model is unloaded and its process exits; the next question loads it again', async () => {
    const runtime = new LlmRuntime({ ...RUNTIME, idleUnloadMs: 300 });
    const model = { id: MODEL_ID, name: 'Tiny test llama', file: tinyModel };
    const reply = async () => {
      let text = '';
      for await (const event of runtime.generate(model, [{ role: 'user', content: 'Where is the tower?' }], { maxTokens: 8, temperature: 0 })) {
        if (event.type === 'token') text += event.text;
      }
      return text;
    };
    try {
      await reply();
      const first = runtime.pid;
      assert.ok(first, 'a process runs the model');
      await until(() => runtime.pid === undefined, 'the idle process to exit');
      assert.ok((await reply()).length > 0, 'answered again after the unload');
      assert.ok(runtime.pid && runtime.pid !== first, 'by a fresh process');
    } finally {
      await runtime.close();
    }
  });

  test('two sessions asking at once are both answered', async () => {
    const { app, sid, events } = await startApp('two');
    try {
      const other = await app.handlers['sessions.create']({ title: 'Second' });
      const [a, b] = await Promise.all([app.chat.ask(sid, 'When does the observatory open?'), app.chat.ask(other.sid, 'What is on the hill?')]);
      const [ma, mb] = await Promise.all([a.done, b.done]);
      for (const [m, id] of [[ma, a.requestId], [mb, b.requestId]] as [ChatMessage, string][]) {
        assert.equal(m.status, 'complete', JSON.stringify(m.error));
        assert.ok(events.some((e) => e.requestId === id && e.type === 'token'), 'each got its own tokens');
      }
      assert.notEqual(ma.text, '');
      assert.notEqual(mb.text, '');
    } finally {
      await app.close();
    }
  });

  test('a model file that cannot run fails the answer with a clear message, and the app goes on', async () => {
    const { app, sid } = await startApp('broken');
    try {
      // Replace the installed model's file by something that is not a GGUF.
      const installed = path.join(app.dataDir, 'models', MODEL_ID, 'model.gguf');
      await writeFile(installed, 'this is a text file, not a model\n');
      const broken = await (await app.chat.ask(sid, 'When does the observatory open?')).done;
      assert.equal(broken.status, 'error');
      assert.equal(broken.error?.code, 'model-not-gguf');
      assert.equal(broken.error?.params?.file, 'model.gguf');
      assert.equal(broken.error?.params?.path, installed);
      assert.match(broken.error!.message, /model\.gguf is not a GGUF model file/);

      await installChatModel(app.dataDir, MODEL_ID, tinyModel);
      const fine = await (await app.chat.ask(sid, 'When does the observatory open?')).done;
      assert.equal(fine.status, 'complete', JSON.stringify(fine.error));

      // Choosing a model that cannot run is refused when saving, with the reason; the model in use stays.
      const notModel = path.join(dir, 'not-a-model.gguf');
      await writeFile(notModel, 'plain text pretending to be a model\n');
      await installChatModel(app.dataDir, 'not-a-model', notModel);
      await assert.rejects(
        app.handlers['settings.set']({ answers: { provider: 'local', localModel: 'not-a-model' } }),
        (error: unknown) => error instanceof DocentError && /model\.gguf is not a GGUF model file/.test(error.message),
      );
      assert.equal((await app.handlers['settings.get'](undefined)).answers.localModel, MODEL_ID);
    } finally {
      await app.close();
    }
  });
});

describe('model files the runtime refuses before loading', () => {
  const runtime = new LlmRuntime(RUNTIME);
  after(() => runtime.close());

  async function refusal(file: string, r = runtime): Promise<LlmError> {
    try {
      await r.prepare({ id: 'candidate', name: 'Candidate model', file });
    } catch (error) {
      assert.ok(error instanceof LlmError, `an LlmError, got ${error}`);
      return error;
    }
    assert.fail(`${file} was loaded`);
  }

  test('a file that is not a GGUF', async () => {
    const file = path.join(dir, 'notes.gguf');
    await writeFile(file, 'just some text\n'.repeat(100));
    const error = await refusal(file);
    assert.equal(error.code, 'model-not-gguf');
    assert.equal(error.params.file, 'notes.gguf');
    assert.equal(error.params.path, file);
    assert.match(error.message, /notes\.gguf is not a GGUF model file/);
  });

  test('a GGUF cut short in its tensors, and one cut short in its header', async () => {
    const whole = await readFile(tinyModel);
    for (const [name, length] of [['cut-data.gguf', Math.floor(whole.length * 0.7)], ['cut-header.gguf', 2000]] as const) {
      const file = path.join(dir, name);
      await writeFile(file, whole.subarray(0, length));
      const error = await refusal(file);
      assert.equal(error.code, 'model-truncated', `${name}: ${error.message}`);
      assert.ok(error.message.includes(name), error.message);
      assert.match(error.message, /incomplete/);
    }
  });

  test('an architecture llama.cpp does not know', async () => {
    const file = path.join(dir, 'unknown-arch.gguf');
    const gguf = modelGguf(TINY_SHAPE, 'f32');
    const metadata = gguf.metadata.map(([key, value]) => [key === 'general.architecture' ? key : key.replace(/^llama\./, 'docentnet.'), key === 'general.architecture' ? { str: 'docentnet' } : value] as const);
    await writeGguf(file, { ...gguf, metadata });
    const error = await refusal(file);
    assert.equal(error.code, 'model-unknown-architecture');
    assert.equal(error.params.architecture, 'docentnet');
    assert.match(error.message, /unknown-arch\.gguf is a model of architecture "docentnet"/);
  });

  test('a model needing more memory than is free is refused with both figures', async () => {
    const small = new LlmRuntime({ ...RUNTIME, maxMemoryBytes: 5_000_000 });
    try {
      const error = await refusal(tinyModel, small);
      assert.equal(error.code, 'model-too-large');
      assert.equal(error.params.available, 5_000_000);
      assert.equal(error.params.availableMb, 5);
      assert.ok(Number(error.params.needed) > 5_000_000);
      assert.match(error.message, /needs about \d+ MB of memory to run, but only 5 MB is free/);
    } finally {
      await small.close();
    }
  });

  test('a missing file', async () => {
    const error = await refusal(path.join(dir, 'gone.gguf'));
    assert.equal(error.code, 'model-file-missing');
  });
});
