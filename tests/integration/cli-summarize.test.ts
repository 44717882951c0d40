// `docent summarize --session SID NAME` as a user runs it (a child process through bin/docent.mjs): a cited summary of
// the whole document through the configured chat model (the OpenAI-compatible loopback server stands in for it, with
// the real openai client), the offline summary when no model is configured, and clear failures for what is not there.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { MAP_SYSTEM_PROMPT, REDUCE_SYSTEM_PROMPT } from '../../electron/app/chat/summarizer';
import { defaultChatScript, messageText, startOpenAiServer, type ChatRequest, type OpenAiServer } from '../servers/openai/index';
import { cleanEnv } from '../helpers/clean-env';
import { docent, docentBin, type CliResult } from '../helpers/docent-cli';
import { repoRoot, tempDataDir } from '../helpers/paths';

const GUIDE = path.join(repoRoot, 'resources', 'base-docs', 'docent-user-guide.pdf');

/** A chat model's replies to the summary's prompts: notes on each passage (map), then the summary citing them (reduce). */
function modelScript(request: ChatRequest): string {
  const system = messageText(request.messages[0]);
  const user = messageText(request.messages.at(-1)!);
  if (system === MAP_SYSTEM_PROMPT) return '- The passage explains how Docent answers from documents.';
  if (system === REDUCE_SYSTEM_PROMPT) {
    const notes = [...user.matchAll(/^\[(\d+)\]/gm)].map((m) => m[1]);
    return `The guide walks through Docent from its first page [${notes[0]}] to its last [${notes.at(-1)}].`;
  }
  return defaultChatScript(request);
}

/** The CLI with a chat endpoint configured through the environment, as a user would set it. */
async function docentWithModel(server: OpenAiServer, dataDir: string, ...args: string[]): Promise<CliResult> {
  const env = cleanEnv({ DOCENT_ANSWERS: 'openai', OPENAI_BASE_URL: server.baseURL, OPENAI_MODEL: 'gpt-4o-mini', OPENAI_API_KEY: 'sk-test' });
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [docentBin, '--data-dir', dataDir, ...args], { cwd: repoRoot, timeout: 180_000, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('docent summarize', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let data: string;
  let sid: string;
  let server: OpenAiServer;

  before(async () => {
    ({ dir, cleanup } = await tempDataDir());
    data = path.join(dir, 'data');
    server = await startOpenAiServer({ chatScript: modelScript });
    const created = await docent(data, '--json', 'sessions', 'new', 'Manuals');
    assert.equal(created.code, 0, created.stderr);
    sid = JSON.parse(created.stdout).sid;
    const ingested = await docent(data, '--json', 'ingest', '--session', sid, GUIDE);
    assert.equal(ingested.code, 0, ingested.stderr);
    assert.equal(JSON.parse(ingested.stdout)[0].status, 'ready');
  });
  after(async () => {
    await server?.close();
    await cleanup();
  });

  test('prints the model\'s summary of the whole document, then its sources by page', async () => {
    const before = server.requests.length;
    const { code, stdout, stderr } = await docentWithModel(server, data, 'summarize', '--session', sid, 'docent-user-guide.pdf');
    assert.equal(code, 0, stderr);
    assert.match(stdout, /The guide walks through Docent from its first page \[1\] to its last \[\d+\]\./);
    assert.match(stdout, /^\[1\] docent-user-guide\.pdf, pp?\. 1\b/m, stdout);
    const asked = server.requests.slice(before).filter((r) => r.path.endsWith('/chat/completions')).map((r) => r.body as ChatRequest);
    const maps = asked.filter((r) => messageText(r.messages[0]) === MAP_SYSTEM_PROMPT);
    assert.ok(maps.length >= 1, 'every part of the document was read (map)');
    assert.equal(asked.filter((r) => messageText(r.messages[0]) === REDUCE_SYSTEM_PROMPT).length, 1);
    assert.match(stderr, /reading the document/, 'the progress is said on stderr');
  });

  test('--json gives the summary with its citations and the answerer that wrote it; a part of the name is enough', async () => {
    const { code, stdout, stderr } = await docentWithModel(server, data, '--json', 'summarize', '--session', sid, 'user-guide');
    assert.equal(code, 0, stderr);
    const out = JSON.parse(stdout) as { answer: string; citations: { n: number; fileName: string; page: number }[]; status: string; answerer: string };
    assert.equal(out.status, 'complete');
    assert.match(out.answerer, /openai|gpt-4o-mini/);
    assert.match(out.answer, /from its first page \[1\]/);
    assert.ok(out.citations.length >= 1 && out.citations.every((c) => c.fileName === 'docent-user-guide.pdf'), stdout);
    assert.equal(out.citations[0].page, 1);
  });

  test("with no chat model configured it prints the offline summary: the document's own sentences, each cited", async () => {
    const { code, stdout, stderr } = await docent(data, '--json', 'summarize', '--session', sid, 'docent-user-guide.pdf');
    assert.equal(code, 0, stderr);
    const out = JSON.parse(stdout) as { answer: string; citations: { n: number; fileName: string; page: number; text: string }[]; status: string; answerer: string };
    assert.equal(out.status, 'complete');
    assert.equal(out.answerer, 'extractive');
    assert.ok(out.citations.length >= 2, 'several key sentences');
    for (const c of out.citations) {
      assert.equal(c.fileName, 'docent-user-guide.pdf');
      assert.ok(out.answer.includes(`[${c.n}]`), `the summary cites [${c.n}]`);
    }
    const pages = out.citations.map((c) => c.page);
    assert.deepEqual(pages, [...pages].sort((a, b) => a - b), 'in the order of the document');
  });

  test('a document the session does not hold: exit code 1 and a message naming it', async () => {
    const { code, stdout, stderr } = await docent(data, 'summarize', '--session', sid, 'annual-report.pdf');
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^docent: no document "annual-report\.pdf" in this session\n$/);
  });

  test('a session that does not exist: exit code 1 and a message naming it', async () => {
    const missing = 'AAAAAAAAAAAAAAAAAAAAAA';
    const { code, stdout, stderr } = await docent(data, 'summarize', '--session', missing, 'docent-user-guide.pdf');
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, new RegExp(`^docent: session ${missing} does not exist`));
  });

  test('no session or no document named: a usage error (exit code 2) saying what is missing', async () => {
    const noSession = await docent(data, 'summarize', 'docent-user-guide.pdf');
    assert.equal(noSession.code, 2);
    assert.match(noSession.stderr, /--session SID/);
    const noName = await docent(data, 'summarize', '--session', sid);
    assert.equal(noName.code, 2);
    assert.match(noName.stderr, /name the document to summarize/);
  });
});
