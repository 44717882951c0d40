// A key the user typed never comes back as text, even when a server repeats it in an error (a careless proxy or
// OpenAI-compatible server does; OpenAI and Pinecone themselves mask it). Every call goes through dispatch, the path
// the window's calls take, and the status events the window receives are collected too; the CLI prints the same
// messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { InvokeChannel } from '../../shared/api';
import { createDocent, type DocentApp } from '../../electron/app/docent';
import { dispatch } from '../../electron/app/ipc/dispatch';
import { startOpenAiServer } from '../servers/openai/index';
import { startPineconeServer } from '../servers/pinecone/index';
import { tempDataDir } from '../helpers/paths';
import { cleanEnv } from '../helpers/clean-env';

const OPENAI_KEY = 'sk-proj-Zq8t3Vw1Xy7Rk2Lm9Np4Bc6Df0Gh5Jk';
const PINECONE_KEY = 'pcsk_4Tz8Qw2Er6Ty1Ui9Op3As7Df5Gh0Jk';

/** Everything the window would be sent for this call: the envelope (value or error) as JSON. */
async function sent(app: DocentApp, channel: InvokeChannel, payload?: unknown): Promise<string> {
  return JSON.stringify(await dispatch(app.handlers, channel, payload));
}

test('a key echoed in an OpenAI or Pinecone error message never reaches the window', async () => {
  const openai = await startOpenAiServer({ apiKey: 'sk-the-right-one', echoKeyInErrors: true });
  const pinecone = await startPineconeServer({ apiKey: 'pc-the-right-one', echoKeyInErrors: true });
  const { dir, cleanup } = await tempDataDir();
  const app = await createDocent({ dataDir: path.join(dir, 'data'), env: cleanEnv({ PINECONE_CONTROLLER_HOST: pinecone.controllerUrl }), syncBase: false });
  const events: string[] = [];
  app.onEvent('status', (e) => events.push(JSON.stringify(e)));
  try {
    // The servers really do repeat the key: otherwise this test could not fail.
    const raw = await fetch(`${openai.baseURL}/models`, { headers: { authorization: `Bearer ${OPENAI_KEY}` } });
    assert.match(await raw.text(), new RegExp(OPENAI_KEY));

    const answers = { provider: 'openai', baseURL: openai.baseURL, model: 'gpt-4o-mini', apiKey: OPENAI_KEY };
    const embeddings = { provider: 'openai', baseURL: openai.baseURL, model: 'text-embedding-3-small', apiKey: OPENAI_KEY };
    const store = { enabled: true, apiKey: PINECONE_KEY, indexName: 'docent' };
    const texts = [
      await sent(app, 'settings.test', { target: 'answers', settings: { answers } }),
      await sent(app, 'settings.test', { target: 'embeddings', settings: { embeddings } }),
      await sent(app, 'settings.test', { target: 'pinecone', settings: { pinecone: store } }),
      await sent(app, 'settings.set', { answers }),
      await sent(app, 'settings.set', { embeddings }),
      await sent(app, 'settings.set', { pinecone: store }),
    ];
    // Each one did fail on the key (so its message was built from the server's error)…
    for (const text of texts) assert.match(text, /"ok":false|"ok":true,"value":\{"ok":false/, text);
    // …and none repeats it, in any field (message, detail, params), nor does any event.
    for (const text of [...texts, ...events]) {
      assert.ok(!text.includes(OPENAI_KEY) && !text.includes(PINECONE_KEY), `a key reached the window: ${text}`);
    }
  } finally {
    await app.close();
    await openai.close();
    await pinecone.close();
    await cleanup();
  }
});
