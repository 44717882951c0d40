// The question path with a local chat model, through the app: the answers provider `local` names an installed model
// (not installed → the offline answerer and a notice), follow-up questions are rewritten by the model before retrieval
// (the rule-based search text when the model gives nothing usable), and a whole document is summarised into the chat.
// The scripted stand-in model runs in the real inference process behind the real protocol.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDocent, type DocentApp } from '../../electron/app/docent';
import { ActiveProviders } from '../../electron/app/active-providers';
import { LlmRuntime } from '../../electron/app/llm/llm-runtime';
import { DocentError } from '../../shared/api';
import type { ChatEvent, StatusEvent } from '../../shared/model';
import { cleanEnv } from '../helpers/clean-env';
import { installChatModel } from '../helpers/install-model';
import { repoRoot, tempDataDir } from '../helpers/paths';
import type { ScriptedOptions } from '../helpers/scripted-llm-backend';
import { loggedRequests, SCRIPTED_BACKEND } from '../helpers/scripted-runtime';
import { REWRITE_SYSTEM_PROMPT } from '../../electron/app/chat/query-rewriter';
import { MAP_SYSTEM_PROMPT, REDUCE_SYSTEM_PROMPT } from '../../electron/app/chat/summarizer';

const MODEL_ID = 'scripted-chat';

let dir: string;
let cleanup: () => Promise<void>;
before(async () => {
  ({ dir, cleanup } = await tempDataDir('docent-local-chat-'));
});
after(() => cleanup());

interface Started {
  app: DocentApp;
  sid: string;
  events: ChatEvent[];
  notices: StatusEvent[];
  log: string;
}

async function start(name: string, scripted: ScriptedOptions = {}, files: Record<string, string> = {}): Promise<Started> {
  const dataDir = path.join(dir, name);
  const log = path.join(dir, `${name}.jsonl`);
  // The scripted backend never opens the file; the manifest only has to name one.
  const gguf = path.join(dir, `${name}.gguf`);
  await writeFile(gguf, 'GGUF');
  await installChatModel(dataDir, MODEL_ID, gguf, { name: 'Scripted chat model' });
  const app = await createDocent({
    dataDir,
    env: cleanEnv(),
    syncBase: false,
    llm: { backendModule: SCRIPTED_BACKEND, backendOptions: { logFile: log, ...scripted } },
  });
  const notices: StatusEvent[] = [];
  app.onEvent('status', (e) => notices.push(e));
  await app.handlers['settings.set']({ answers: { provider: 'local', localModel: MODEL_ID } });
  const session = await app.handlers['sessions.current'](undefined);
  const paths = await Promise.all(
    Object.entries(files).map(async ([fileName, text]) => {
      const file = path.join(dir, `${name}-${fileName}`);
      await writeFile(file, text);
      return { path: file, name: fileName };
    }),
  );
  if (paths.length) await app.ingest.start(session.sid, paths).done;
  const events: ChatEvent[] = [];
  app.onEvent('chat', (e) => events.push(e));
  return { app, sid: session.sid, events, notices, log };
}

const CURIE = {
  'radium.txt': 'Marie Curie discovered radium in 1898 together with Pierre Curie, in a shed in Paris.\n',
  'death.txt': 'Marie Curie died on 4 July 1934 at the Sancellemoz sanatorium in Passy, of aplastic anaemia.\n',
  'other.txt': 'The astronomer Edwin Hubble died in 1953 in San Marino, California, of a cerebral thrombosis.\n',
};

describe('answers from a local chat model', () => {
  test('the answer is written by the installed model, which the stored message names', async () => {
    const { app, sid, events } = await start('answer', {}, CURIE);
    try {
      const { requestId, done } = await app.chat.ask(sid, 'Who discovered radium?');
      const message = await done;
      assert.equal(message.status, 'complete');
      assert.equal(message.answerer, MODEL_ID);
      assert.match(message.text, /Marie Curie discovered radium in 1898/);
      assert.deepEqual(message.citations.map((c) => c.fileName), ['radium.txt']);
      assert.ok(events.some((e) => e.requestId === requestId && e.type === 'progress' && e.stage === 'reading-sources'));
    } finally {
      await app.close();
    }
  });

  test('a chosen model that is not installed is refused when saving; one gone since: the offline answerer answers and a notice says why', async () => {
    const { app, sid } = await start('missing', {}, CURIE);
    const dataDir = app.dataDir;
    await assert.rejects(
      app.handlers['settings.set']({ answers: { provider: 'local', localModel: 'not-installed-model' } }),
      (error: unknown) => error instanceof DocentError && /not-installed-model" is not installed/.test(error.message),
    );
    assert.equal((await (await app.chat.ask(sid, 'Who discovered radium?')).done).answerer, MODEL_ID, 'the model in use stays in use');
    await app.close();

    await rm(path.join(dataDir, 'models', MODEL_ID), { recursive: true });
    const reopened = await createDocent({ dataDir, env: cleanEnv(), syncBase: false, llm: { backendModule: SCRIPTED_BACKEND } });
    try {
      const message = await (await reopened.chat.ask(sid, 'Who discovered radium?')).done;
      assert.equal(message.answerer, 'extractive');
      // What start-up tells the window about it (sent before any window is listening, so asked of the providers directly).
      const notices: { level: string; code: string; params?: unknown }[] = [];
      const providers = await ActiveProviders.start(reopened.settings.resolved(), dataDir, (level, m) => notices.push({ level, ...m }), new LlmRuntime());
      await providers.store.close();
      assert.deepEqual(
        notices.map(({ level, code, params }) => ({ level, code, params })),
        [{ level: 'warning', code: 'local-model-missing', params: { model: MODEL_ID } }],
      );
    } finally {
      await reopened.close();
    }
  });
});

describe('follow-up questions rewritten by the model before retrieval', () => {
  test('"where was she when she died?" is searched as a question about Marie Curie, and answered from the right document', async () => {
    const { app, sid, log } = await start('rewrite', {}, CURIE);
    try {
      const first = await (await app.chat.ask(sid, 'Who discovered radium?')).done;
      assert.match(first.text, /Marie Curie/);
      // Asked so that the literal stand-in reader prefers the death sentence on its words ("died") whatever the order of
      // the sources: with "when did she die?" both sentences share two words with the rewrite ("die" is not "died" to
      // the light stemmer), and the first source won a tie that the store's ranking of three tiny notes decided.
      const followUp = await (await app.chat.ask(sid, 'And where was she when she died?')).done;
      const rewrites = (await loggedRequests(log)).filter((r) => r.messages[0].content === REWRITE_SYSTEM_PROMPT);
      assert.equal(rewrites.length, 1, 'the follow-up (and only it) was rewritten');
      assert.match(rewrites[0].messages[1].content, /User: Who discovered radium\?\nAssistant: Marie Curie discovered radium/);
      assert.match(rewrites[0].messages[1].content, /Last question: And where was she when she died\?/);
      assert.doesNotMatch(rewrites[0].messages[1].content, /\[1\]/, 'earlier citation markers are not shown to the rewrite');
      assert.equal(followUp.status, 'complete');
      assert.match(followUp.text, /died on 4 July 1934/);
      assert.deepEqual(followUp.citations.map((c) => c.fileName), ['death.txt']);

      const history = (await app.sessions.get(sid)).chat.slice(0, 2).map(({ role, text }) => ({ role, text }));
      assert.equal(await app.chat.searchText('And when did she die?', history), 'when did Marie Curie die?');
      assert.equal(await app.chat.searchText('Where is Passy?', history), 'Where is Passy?', 'a question that stands alone is searched as asked');
    } finally {
      await app.close();
    }
  });

  test('an unusable rewrite falls back to the rule-based search text', async () => {
    const ramble = 'Well, '.repeat(200);
    const { app } = await start('rewrite-fallback', { replies: [{ match: 'Last question:', reply: ramble }] });
    try {
      const history = [
        { role: 'user' as const, text: 'Who discovered radium?' },
        { role: 'assistant' as const, text: 'Marie Curie discovered radium in 1898.' },
      ];
      const searched = await app.chat.searchText('And when did she die?', history);
      assert.doesNotMatch(searched, /Well,/);
      assert.match(searched, /^And when did she die\?/, 'the rule-based text starts with the question as asked');
      assert.match(searched, /radium/, 'and borrows the previous question\'s terms');
    } finally {
      await app.close();
    }
  });
});

describe('summaries of a whole document', () => {
  test('Summarize reads every page in order (map), writes the summary from the notes (reduce) and cites pages', async () => {
    const { app, sid, events, log } = await start('summary', { contextSize: 700 });
    try {
      const guide = path.join(repoRoot, 'resources', 'base-docs', 'docent-user-guide.pdf');
      const [ready] = await app.ingest.start(sid, [{ path: guide }]).done;
      assert.equal(ready.status, 'ready');
      const { requestId, done } = await app.chat.summarize(sid, ready.fileId);
      const message = await done;
      assert.equal(message.status, 'complete', JSON.stringify(message.error));
      assert.equal(message.answerer, MODEL_ID);
      const stored = (await app.sessions.get(sid)).chat;
      assert.equal(stored.at(-2)!.text, 'Summarize “docent-user-guide.pdf”');

      const requests = await loggedRequests(log);
      const maps = requests.filter((r) => r.messages[0].content === MAP_SYSTEM_PROMPT);
      const reduces = requests.filter((r) => r.messages[0].content === REDUCE_SYSTEM_PROMPT);
      assert.ok(maps.length >= 3, `the document was read in ${maps.length} passages`);
      assert.equal(reduces.length, 1);
      const pages = maps.map((m) => Number(/, pp?\. (\d+)/.exec(m.messages[1].content)![1]));
      assert.deepEqual(pages, [...pages].sort((a, b) => a - b), 'passages in the order of the document');
      assert.equal(pages[0], 1);
      assert.equal(pages.at(-1), ready.pages, 'up to the last page');

      const progress = events.filter((e) => e.requestId === requestId && e.type === 'progress' && e.stage === 'summarizing');
      assert.ok(progress.length >= maps.length, 'progress per passage');
      assert.ok(message.citations.length >= 3, `citations: ${message.text}`);
      assert.ok(message.citations.every((c) => c.fileName === 'docent-user-guide.pdf'));
      assert.equal(message.citations[0].page, 1);
      assert.ok(message.citations.at(-1)!.pageEnd >= ready.pages - 1, 'the summary cites the end of the document too');
    } finally {
      await app.close();
    }
  });

  test('Stop ends a summary part-way', async () => {
    const { app, sid, events, log } = await start('summary-stop', { contextSize: 500, tokenDelayMs: 40 });
    try {
      const guide = path.join(repoRoot, 'resources', 'base-docs', 'docent-user-guide.pdf');
      const [ready] = await app.ingest.start(sid, [{ path: guide }]).done;
      const { requestId, done } = await app.chat.summarize(sid, ready.fileId);
      await new Promise<void>((resolve) => {
        const check = () => (events.some((e) => e.requestId === requestId && e.type === 'progress' && e.stage === 'summarizing' && (e.done ?? 0) >= 1) ? resolve() : setTimeout(check, 10));
        check();
      });
      app.chat.cancel(requestId);
      const message = await done;
      assert.equal(message.status, 'cancelled');
      const mapsAtStop = (await loggedRequests(log)).filter((r) => r.messages[0].content === MAP_SYSTEM_PROMPT).length;
      await new Promise((resolve) => setTimeout(resolve, 500));
      const mapsLater = (await loggedRequests(log)).filter((r) => r.messages[0].content === MAP_SYSTEM_PROMPT).length;
      assert.equal(mapsLater, mapsAtStop, 'no passage is read after Stop');
      assert.equal((await loggedRequests(log)).filter((r) => r.messages[0].content === REDUCE_SYSTEM_PROMPT).length, 0);
    } finally {
      await app.close();
    }
  });

  test("with no chat model, Summarize gives the offline summary: the document's own sentences, cited to it", async () => {
    const { app, sid, log } = await start('summary-none', {}, CURIE);
    try {
      await app.handlers['settings.set']({ answers: { provider: 'extractive' } });
      const doc = (await app.sessions.get(sid)).documents.find((d) => d.name === 'death.txt')!;
      const { done } = await app.chat.summarize(sid, doc.fileId);
      const message = await done;
      assert.equal(message.status, 'complete', JSON.stringify(message.error));
      assert.equal(message.answerer, 'extractive');
      assert.match(message.text, /Sancellemoz/);
      assert.ok(message.citations.length >= 1 && message.citations.every((c) => c.fileName === 'death.txt'), JSON.stringify(message.citations));
      assert.equal((await loggedRequests(log)).length, 0, 'no model was asked');
    } finally {
      await app.close();
    }
  });
});
