// A stored API key belongs to the endpoint it was entered for. Changing only the base URL must not send it to the new
// host — not with Test connection, not when Save tries the endpoint, not with the next answer; the new endpoint asks
// for its own key. A key given in the environment is the user's own choice for that process and goes where the URLs say.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { InvokeChannel } from '../../shared/api';
import { createDocent, type DocentApp } from '../../electron/app/docent';
import { dispatch } from '../../electron/app/ipc/dispatch';
import { startOpenAiServer, type OpenAiServer } from '../servers/openai/index';
import { tempDataDir } from '../helpers/paths';

async function call(app: DocentApp, channel: InvokeChannel, payload?: unknown): Promise<{ ok: true; value: any } | { ok: false; error: { code: string; message: string } }> {
  return dispatch(app.handlers, channel, payload);
}

const carried = (server: OpenAiServer, key: string) => server.requests.some((r) => r.authorization === `Bearer ${key}`);

async function ask(app: DocentApp, sid: string) {
  const { done } = await app.chat.ask(sid, 'What does the keeper log?');
  return done;
}

describe('a stored key follows its endpoint', { timeout: 300_000 }, () => {
  test('changing only the base URL never sends the stored key to the new host; the new host asks for its own', async () => {
    const { dir, cleanup } = await tempDataDir();
    const home = await startOpenAiServer({ apiKey: 'sk-home' });
    // An endpoint that needs no key (like a local Ollama) would accept anything: it must still never see sk-home.
    const elsewhere = await startOpenAiServer();
    const app = await createDocent({ dataDir: dir, env: {}, syncBase: false });
    try {
      const session = await app.handlers['sessions.create']({ title: 'Keys' });
      const saved = await call(app, 'settings.set', { answers: { provider: 'openai', baseURL: home.baseURL, model: 'gpt-4o-mini', apiKey: 'sk-home' } });
      assert.equal(saved.ok, true, JSON.stringify(saved));
      assert.ok(carried(home, 'sk-home'));
      assert.equal((await ask(app, session.sid)).status, 'complete');

      const tested = await call(app, 'settings.test', { target: 'answers', settings: { answers: { baseURL: elsewhere.baseURL } } });
      assert.equal(tested.ok, true);
      const moved = await call(app, 'settings.set', { answers: { baseURL: elsewhere.baseURL } });
      assert.equal(moved.ok, true, JSON.stringify(moved));
      if (moved.ok) {
        assert.equal(moved.value.answers.keySet, false, 'the new endpoint has no key yet');
        assert.equal(moved.value.answers.keyForOtherEndpoint, new URL(home.baseURL).origin);
      }
      await ask(app, session.sid);
      assert.ok(elsewhere.requests.length > 0, 'the new endpoint was used');
      assert.ok(!carried(elsewhere, 'sk-home'), 'the stored key never reached the new host');

      // Back to the endpoint the key was entered for: it is used again.
      const back = await call(app, 'settings.set', { answers: { baseURL: home.baseURL } });
      assert.equal(back.ok, true, JSON.stringify(back));
      if (back.ok) assert.equal(back.value.answers.keySet, true);
      const requestsBefore = home.requests.length;
      assert.equal((await ask(app, session.sid)).status, 'complete');
      assert.ok(home.requests.slice(requestsBefore).every((r) => r.authorization === 'Bearer sk-home'));
    } finally {
      await app.close();
      await home.close();
      await elsewhere.close();
      await cleanup();
    }
  });

  test('a key saved before keys were bound stays with the endpoint it was used with', async () => {
    const { dir, cleanup } = await tempDataDir();
    const home = await startOpenAiServer();
    const elsewhere = await startOpenAiServer();
    try {
      // settings.json as the first release wrote it: no version, the key without an endpoint.
      const legacy = { answers: { provider: 'openai', baseURL: home.baseURL, model: 'gpt-4o-mini', apiKey: { encrypted: false, value: 'sk-legacy' } } };
      await writeFile(path.join(dir, 'settings.json'), JSON.stringify(legacy));
      const app = await createDocent({ dataDir: dir, env: {}, syncBase: false });
      try {
        const moved = await call(app, 'settings.set', { answers: { baseURL: elsewhere.baseURL } });
        assert.equal(moved.ok, true, JSON.stringify(moved));
        const session = await app.handlers['sessions.create']({ title: 'Legacy' });
        await ask(app, session.sid);
        assert.ok(elsewhere.requests.length > 0);
        assert.ok(!carried(elsewhere, 'sk-legacy'));
        const stored = JSON.parse(await readFile(path.join(dir, 'settings.json'), 'utf8'));
        assert.equal(stored.answers.apiKey.boundTo, new URL(home.baseURL).origin);
      } finally {
        await app.close();
      }
    } finally {
      await home.close();
      await elsewhere.close();
      await cleanup();
    }
  });

  test('a key from the environment is the user’s choice: it goes to the endpoint the settings name', async () => {
    const { dir, cleanup } = await tempDataDir();
    const server = await startOpenAiServer({ apiKey: 'sk-env' });
    const app = await createDocent({ dataDir: dir, env: { OPENAI_API_KEY: 'sk-env' }, syncBase: false });
    try {
      const saved = await call(app, 'settings.set', { answers: { provider: 'openai', baseURL: server.baseURL, model: 'gpt-4o-mini' } });
      assert.equal(saved.ok, true, JSON.stringify(saved));
      assert.ok(carried(server, 'sk-env'));
    } finally {
      await app.close();
      await server.close();
      await cleanup();
    }
  });
});
