// The OpenAI-compatible answers path gains what the local model brought: a follow-up is rewritten by the endpoint's
// model into a self-contained question before retrieval (and the answer is asked that question), and Summarize reads a
// whole document through the endpoint, map over its passages in order, then reduce, with citations to its pages. The
// real openai client talks to the loopback server, which replies to each kind of prompt as a model would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDocent } from '../../electron/app/docent';
import { REWRITE_SYSTEM_PROMPT } from '../../electron/app/chat/query-rewriter';
import { MAP_SYSTEM_PROMPT, REDUCE_SYSTEM_PROMPT } from '../../electron/app/chat/summarizer';
import { defaultChatScript, messageText, startOpenAiServer, type ChatRequest } from '../servers/openai/index';
import { cleanEnv } from '../helpers/clean-env';
import { tempDataDir, repoRoot } from '../helpers/paths';

const CURIE = {
  'radium.txt': 'Marie Curie discovered radium in 1898 together with Pierre Curie, in a shed in Paris.\n',
  'death.txt': 'Marie Curie died on 4 July 1934 at the Sancellemoz sanatorium in Passy, of aplastic anaemia.\n',
  'other.txt': 'The astronomer Edwin Hubble died in 1953 in San Marino, California, of a cerebral thrombosis.\n',
};

/** What a chat model replies to each of Docent's prompts: the rewrite, a passage's notes, the summary, an answer. */
function modelScript(request: ChatRequest): string {
  const system = messageText(request.messages[0]);
  const user = messageText(request.messages.at(-1)!);
  if (system === REWRITE_SYSTEM_PROMPT) return /she die/i.test(user) ? 'When did Marie Curie die?' : 'Unrelated query';
  if (system === MAP_SYSTEM_PROMPT) return 'The passage explains how Docent answers from documents.';
  if (system === REDUCE_SYSTEM_PROMPT) {
    const notes = [...user.matchAll(/^\[(\d+)\]/gm)].map((m) => m[1]);
    return `The guide explains Docent from start [${notes[0]}] to end [${notes.at(-1)}].`;
  }
  return defaultChatScript(request);
}

async function startApp() {
  const server = await startOpenAiServer({ chatScript: modelScript });
  const { dir, cleanup } = await tempDataDir();
  const env = cleanEnv({ DOCENT_ANSWERS: 'openai', OPENAI_BASE_URL: server.baseURL, OPENAI_MODEL: 'gpt-4o-mini', OPENAI_API_KEY: 'sk-test' });
  const app = await createDocent({ dataDir: path.join(dir, 'data'), env, syncBase: false });
  const sid = (await app.handlers['sessions.current'](undefined)).sid;
  const close = async () => {
    await app.close();
    await server.close();
    await cleanup();
  };
  return { app, server, dir, sid, close };
}

const chatRequests = (server: Awaited<ReturnType<typeof startOpenAiServer>>) =>
  server.requests.filter((r) => r.path.endsWith('/chat/completions')).map((r) => r.body as ChatRequest);

test('a follow-up is rewritten by the endpoint model before retrieval, and the answer is asked the standalone question', async () => {
  const { app, server, dir, sid, close } = await startApp();
  try {
    const files = await Promise.all(
      Object.entries(CURIE).map(async ([name, text]) => {
        const file = path.join(dir, name);
        await writeFile(file, text);
        return { path: file };
      }),
    );
    await app.ingest.start(sid, files).done;
    const first = await (await app.chat.ask(sid, 'Who discovered radium?')).done;
    assert.equal(first.status, 'complete');
    const before = chatRequests(server).length;
    const message = await (await app.chat.ask(sid, 'And when did she die?')).done;
    assert.equal(message.status, 'complete', JSON.stringify(message.error));

    const asked = chatRequests(server).slice(before);
    const rewrite = asked.find((r) => messageText(r.messages[0]) === REWRITE_SYSTEM_PROMPT);
    assert.ok(rewrite, 'the endpoint was asked to rewrite the follow-up');
    assert.match(messageText(rewrite.messages.at(-1)!), /Who discovered radium\?/, 'the rewrite sees the conversation');
    const answer = asked.find((r) => messageText(r.messages[0]) !== REWRITE_SYSTEM_PROMPT)!;
    assert.match(messageText(answer.messages.at(-1)!), /Question: When did Marie Curie die\?/);
    assert.equal(message.citations[0]?.fileName, 'death.txt', JSON.stringify(message.citations));
    assert.match(message.answerer ?? '', /^openai-chat-/);
  } finally {
    await close();
  }
});

test('Summarize reads a whole document through the endpoint: passages in order (map), then the summary (reduce), cited to pages', async () => {
  const { app, server, sid, close } = await startApp();
  try {
    const guide = path.join(repoRoot, 'resources', 'base-docs', 'docent-user-guide.pdf');
    const [ready] = await app.ingest.start(sid, [{ path: guide }]).done;
    assert.equal(ready.status, 'ready');
    const message = await (await app.chat.summarize(sid, ready.fileId)).done;
    assert.equal(message.status, 'complete', JSON.stringify(message.error));
    const asked = chatRequests(server);
    const maps = asked.filter((r) => messageText(r.messages[0]) === MAP_SYSTEM_PROMPT);
    const reduces = asked.filter((r) => messageText(r.messages[0]) === REDUCE_SYSTEM_PROMPT);
    assert.ok(maps.length >= 1, 'the document was read passage by passage');
    assert.equal(reduces.length, 1);
    const pages = maps.map((m) => Number(/, pp?\. (\d+)/.exec(messageText(m.messages[1]))![1]));
    assert.deepEqual(pages, [...pages].sort((a, b) => a - b), 'passages in the order of the document');
    assert.equal(pages[0], 1);
    assert.ok(message.citations.length >= 1 && message.citations.every((c) => c.fileName === 'docent-user-guide.pdf'), message.text);
    assert.equal(message.citations[0].page, 1);
  } finally {
    await close();
  }
});
