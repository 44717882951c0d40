// Local models through the whole core, on tiny ONNX models installed in the data folder as the model manager installs
// them: choosing an ONNX embedder re-indexes every session from its copies and hybrid search then finds by meaning
// what BM25 cannot; a chosen cross-encoder decides the order in which the answer's sources are numbered; a chosen
// model that is not installed falls back with a notice.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDocent, defaultCatalogFile, type DocentApp } from '../../electron/app/docent';
import { loadCatalog } from '../../electron/app/models/catalog';
import { LanceDbStore } from '../../electron/app/vectors/lancedb-store';
import { ModelThread } from '../../electron/app/embeddings/model-thread';
import { onnxRerankerSpec } from '../../electron/app/embeddings/onnx-spec';
import { readInstalledModel } from '../../electron/app/models/manifest';
import { RERANK_WINDOW_TOKENS } from '../../electron/app/chat/rerank/onnx-reranker';
import type { StatusEvent } from '../../shared/model';
import { tempDataDir } from '../helpers/paths';
import { startOpenAiServer } from '../servers/openai/index';
import { cleanEnv } from '../helpers/clean-env';
import { installTinyCrossEncoder, installTinyEmbedder } from '../fixtures/onnx/tiny-models';

type Notice = Extract<StatusEvent, { type: 'notice' }>;

function waitForNotice(app: DocentApp, code: string): Promise<Notice> {
  return new Promise((resolve) => {
    const off = app.onEvent('status', (e) => {
      if (e.type === 'notice' && e.code === code) {
        off();
        resolve(e);
      }
    });
  });
}

describe('local ONNX models in the core', () => {
  let tmp: Awaited<ReturnType<typeof tempDataDir>>;
  let app: DocentApp;
  let dataDir: string;
  const notices: Notice[] = [];

  before(async () => {
    tmp = await tempDataDir('docent-onnx-app-');
    dataDir = path.join(tmp.dir, 'data');
    // No base library: re-indexing would bring the user guide into every search, and these tests count sources.
    const emptyBase = path.join(tmp.dir, 'no-base-docs');
    await mkdir(emptyBase);
    app = await createDocent({ dataDir, env: cleanEnv(), syncBase: false, baseDocsDir: emptyBase });
    app.onEvent('status', (e) => e.type === 'notice' && notices.push(e));
    await installTinyEmbedder(dataDir, { id: 'tiny-topics', pooling: 'mean', weights: 'topics', prefixes: { query: 'query: ', passage: 'passage: ' } });
    await installTinyCrossEncoder(dataDir, { id: 'tiny-ce', seed: 5 });
  });
  after(async () => {
    await app.close();
    await tmp.cleanup();
  });

  async function ingest(sid: string, files: Record<string, string>) {
    const paths = [];
    for (const [name, text] of Object.entries(files)) {
      const file = path.join(tmp.dir, `${sid}-${name}`);
      await writeFile(file, text);
      paths.push({ path: file, name });
    }
    const results = await app.ingest.start(sid, paths).done;
    assert.ok(results.every((r) => r.status === 'ready'), JSON.stringify(results));
    return results;
  }

  test('choosing an installed ONNX embedder re-indexes every session with progress; search then finds by meaning', async () => {
    const first = await app.handlers['sessions.create']({ title: 'pets and cars' });
    const second = await app.handlers['sessions.create']({ title: 'more' });
    await ingest(first.sid, {
      'animals.txt': 'The kitten has soft fur and a long tail. It sat on the mat with the old hound.\n',
      'vehicles.txt': 'The truck needs diesel fuel. Its engine, wheel and brake are new.\n',
    });
    await ingest(second.sid, { 'wolves.txt': 'A wolf and a fox ran on the road.\n' });
    const lexicalTable = app.embedder().id;

    const progress: StatusEvent[] = [];
    const off = app.onEvent('status', (e) => e.type === 'reembed' && progress.push(e));
    const done = waitForNotice(app, 'reindex-done');
    await app.handlers['settings.set']({ embeddings: { provider: 'onnx', onnxModel: 'tiny-topics' } });
    await done;
    off();

    assert.equal(app.embedder().id, 'onnx-tiny-topics-16');
    for (const sid of [first.sid, second.sid]) {
      const session = await app.sessions.get(sid);
      assert.deepEqual(session.embedder, { id: 'onnx-tiny-topics-16', dimension: 16 });
      assert.ok(session.documents.every((d) => d.status === 'ready' && d.chunks > 0));
      const last = progress.filter((e) => e.type === 'reembed' && e.sid === sid).at(-1);
      assert.ok(last?.type === 'reembed' && last.done === last.total && last.total === session.documents.length, JSON.stringify(progress));
    }
    const old = await LanceDbStore.open({ dir: path.join(dataDir, 'vectors'), table: lexicalTable });
    try {
      assert.equal(await old.countSession(first.sid), 0, 'the lexical index holds nothing of the sessions any more');
      assert.equal(await old.countSession(second.sid), 0);
    } finally {
      await old.close();
    }

    // No document says "puppy" or "garage": BM25 has nothing, the semantic half of hybrid search finds the topic.
    assert.equal((await app.chat.search(first.sid, 'puppy', 2))[0]?.fileName, 'animals.txt');
    assert.equal((await app.chat.search(first.sid, 'garage', 2))[0]?.fileName, 'vehicles.txt');
  });

  test('the cross-encoder’s order is the order of the answer’s sources', async () => {
    const s = await app.handlers['sessions.create']({ title: 'dogs' });
    const files: Record<string, string> = {
      'a.txt': 'The dog has soft fur.\n',
      'b.txt': 'The old dog ran on the road with a red car.\n',
      'c.txt': 'A dog and a cat sat on the mat.\n',
      'd.txt': 'The dog needs a new brake for the truck.\n',
      'e.txt': 'My dog eats and the kitten purr.\n',
      'f.txt': 'Our dog has a long tail and a loud bark.\n',
    };
    await ingest(s.sid, files);
    const question = 'which dog has fur';
    const searchOrder = (await app.chat.retrieve(s.sid, question, [])).map((src) => src.fileName);

    await app.handlers['settings.set']({ rerank: { model: 'tiny-ce', depth: 10 } });
    const sources = await app.chat.retrieve(s.sid, question, []);

    // The scores the model gives each passage, asked directly: the sources must come in their order.
    const spec = await onnxRerankerSpec(dataDir, (await readInstalledModel(dataDir, 'tiny-ce'))!);
    const names = Object.keys(files);
    const { scores } = await ModelThread.shared().rerank(spec, question, names.map((n) => files[n].trim()), RERANK_WINDOW_TOKENS);
    const byScore = names.map((n, i) => ({ n, score: scores[i] })).sort((a, b) => b.score - a.score).map((x) => x.n);
    assert.deepEqual(sources.map((src) => src.fileName), byScore.slice(0, sources.length));
    assert.notDeepEqual(searchOrder, byScore.slice(0, searchOrder.length), 'the test means something only if reranking changes the order');

    // The answerer is given the sources in that order: the prompt an OpenAI-compatible endpoint receives numbers them so.
    const server = await startOpenAiServer();
    try {
      await app.handlers['settings.set']({ answers: { provider: 'openai', baseURL: server.baseURL, model: 'gpt-4o-mini' } });
      const message = await (await app.chat.ask(s.sid, question)).done;
      assert.equal(message.status, 'complete');
      const request = server.requests.find((r) => r.path.endsWith('/chat/completions'));
      const prompt = JSON.stringify(request?.body.messages ?? []);
      const numbered = [...prompt.matchAll(/\[(\d+)\] ([a-f]\.txt),/g)].map((m) => [Number(m[1]), m[2]]);
      assert.deepEqual(numbered, byScore.slice(0, numbered.length).map((name, i) => [i + 1, name]));
      assert.ok(numbered.length >= 2, prompt);
    } finally {
      await app.handlers['settings.set']({ answers: { provider: 'extractive' } });
      await server.close();
    }

    await app.handlers['settings.set']({ rerank: { model: '' } });
    assert.deepEqual((await app.chat.retrieve(s.sid, question, [])).map((src) => src.fileName), searchOrder, 'reranking off: search order again');
  });

  test('choosing a catalog reranker sets the depth that keeps it within a second; an imported one keeps the depth set', async () => {
    // Tiny cross-encoders installed under the catalog's ids stand in for the real ones (the catalog decides the depth).
    await installTinyCrossEncoder(dataDir, { id: 'bge-reranker-base', seed: 6, typeVocabSize: 1 });
    await installTinyCrossEncoder(dataDir, { id: 'ms-marco-minilm-l-6-v2', seed: 7 });
    const catalog = await loadCatalog(defaultCatalogFile());
    const depthOf = (id: string) => catalog.models.find((m) => m.id === id)?.rerankDepth;
    assert.ok(depthOf('bge-reranker-base')! < depthOf('ms-marco-minilm-l-6-v2')!, 'the larger model reads fewer passages');
    try {
      await app.handlers['models.use']({ id: 'bge-reranker-base' });
      assert.deepEqual(app.settings.resolved().rerank, { model: 'bge-reranker-base', depth: depthOf('bge-reranker-base') });
      await app.handlers['models.use']({ id: 'ms-marco-minilm-l-6-v2' });
      assert.deepEqual(app.settings.resolved().rerank, { model: 'ms-marco-minilm-l-6-v2', depth: depthOf('ms-marco-minilm-l-6-v2') });
      await app.handlers['settings.set']({ rerank: { depth: 12 } });
      await app.handlers['models.use']({ id: 'tiny-ce' });
      assert.deepEqual(app.settings.resolved().rerank, { model: 'tiny-ce', depth: 12 }, 'a model the catalog does not list keeps the depth set');
    } finally {
      await app.handlers['settings.set']({ rerank: { model: '' } });
    }
  });

  test('choosing a model that is not installed is refused, naming it, and what is in use stays', async () => {
    const before = { embedder: app.embedder().id, rerank: app.settings.resolved().rerank };
    await assert.rejects(app.handlers['settings.set']({ rerank: { model: 'not-installed' } }), /Reranking: .*"not-installed" is not installed/);
    await assert.rejects(app.handlers['settings.set']({ embeddings: { provider: 'onnx', onnxModel: 'absent-model' } }), /Embeddings: .*"absent-model" is not downloaded/);
    assert.equal(app.embedder().id, before.embedder);
    assert.deepEqual(app.settings.resolved().rerank, before.rerank);
  });

  test('a model chosen earlier but gone at the next start falls back to the offline defaults; Docent still answers', async () => {
    const other = await tempDataDir('docent-onnx-gone-');
    try {
      const otherData = path.join(other.dir, 'data');
      const first = await createDocent({ dataDir: otherData, env: cleanEnv(), syncBase: false, baseDocsDir: path.join(tmp.dir, 'no-base-docs') });
      await installTinyEmbedder(otherData, { id: 'tiny-gone', pooling: 'cls' });
      await installTinyCrossEncoder(otherData, { id: 'tiny-ce-gone' });
      await first.handlers['settings.set']({ embeddings: { provider: 'onnx', onnxModel: 'tiny-gone' }, rerank: { model: 'tiny-ce-gone', depth: 8 } });
      assert.equal(first.embedder().id, 'onnx-tiny-gone-16');
      await first.close();
      await rm(path.join(otherData, 'models'), { recursive: true });

      const again = await createDocent({ dataDir: otherData, env: cleanEnv(), syncBase: false, baseDocsDir: path.join(tmp.dir, 'no-base-docs') });
      try {
        // The stand-ins are in use; the choices stay in the settings, so installing the models again brings them back.
        assert.match(again.embedder().id, /^lexical-/);
        assert.equal(again.settings.resolved().embeddings.onnxModel, 'tiny-gone');
        assert.equal(again.settings.resolved().rerank.model, 'tiny-ce-gone');
        const s = await again.handlers['sessions.current'](undefined);
        assert.deepEqual(await again.chat.retrieve(s.sid, 'anything', []), [], 'questions still work, in search order');
      } finally {
        await again.close();
      }
    } finally {
      await other.cleanup();
    }
  });
});
