// The window's store against a DocentApi that answers when the test says so: replies that arrive out of step with the
// events main sends must not undo what the window already shows. (The browser tests cannot time these races.)
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { DocentApi } from '../../shared/api';
import type { ChatEvent, ChatMessage, DocumentRecord, IngestEvent, SessionView } from '../../shared/model';
import { useDocent } from '../../renderer/src/state/store';

const sid = 'AAAAAAAAAAAAAAAAAAAAAA';
const at = '2026-01-01T00:00:00Z';
const doc = (fileId: string, status: DocumentRecord['status']): DocumentRecord =>
  ({ fileId, name: `${fileId}.pdf`, status, chunks: 0, addedAt: at }) as unknown as DocumentRecord;

function view(documents: DocumentRecord[], chat: ChatMessage[]): SessionView {
  return { sid, title: 'Session', createdAt: at, updatedAt: at, state: 'active', documentCount: documents.length, documents, chat };
}

/**
 * A DocentApi whose `documents.remove` waits for the test; `documents.list` answers with `listed()` (the documents as
 * main holds them now); every other call answers at once with an empty result.
 */
function fakeApi(first: SessionView, listed: () => DocumentRecord[] = () => first.documents) {
  let chat: ((event: ChatEvent) => void) | undefined;
  let ingest: ((event: IngestEvent) => void) | undefined;
  let answerRemove: ((view: SessionView) => void) | undefined;
  let removeCalled: () => void = () => {};
  const removing = new Promise<void>((ready) => (removeCalled = ready));
  const remove = () =>
    new Promise<SessionView>((resolve) => {
      answerRemove = resolve;
      removeCalled();
    });
  const calls = (overrides: Record<string, unknown>) =>
    new Proxy(overrides, { get: (target, name: string) => target[name] ?? (async () => []) });
  const api = {
    events: {
      onIngest: (l: (e: IngestEvent) => void) => ((ingest = l), () => {}),
      onChat: (l: (e: ChatEvent) => void) => ((chat = l), () => {}),
      onStatus: () => () => {},
      onModels: () => () => {},
    },
    sessions: calls({ current: async () => first }),
    documents: calls({ remove, list: async () => listed() }),
    chat: calls({ ask: async () => ({ requestId: 'r1' }) }),
    models: calls({}),
    base: calls({}),
    status: calls({}),
    settings: calls({}),
  } as unknown as DocentApi;
  return { api, removing, send: (e: ChatEvent) => chat!(e), ingested: (e: IngestEvent) => ingest!(e), answerRemove: (v: SessionView) => answerRemove!(v) };
}

describe('the window store', () => {
  test('an answer that streamed in while a document was being removed stays on screen when the removal answers', async () => {
    const failed = doc('bbbbbbbbbbbbbbbb', 'failed');
    const ready = doc('aaaaaaaaaaaaaaaa', 'ready');
    const fake = fakeApi(view([ready, failed], []), () => [ready]);
    await useDocent.getState().init(fake.api);

    // The user removes the failed file; main is slow to answer (deleting its vectors).
    const removal = useDocent.getState().removeDocument(failed.fileId);
    await fake.removing;
    // Meanwhile a question is asked and answered.
    assert.equal(await useDocent.getState().ask('What is on page 3?'), true);
    const question: ChatMessage = { id: 'q1', role: 'user', text: 'What is on page 3?', citations: [], createdAt: at, status: 'complete' };
    const answer: ChatMessage = { ...question, id: 'a1', role: 'assistant', text: 'The totals.' };
    fake.send({ type: 'started', requestId: 'r1', sid, question });
    fake.send({ type: 'done', requestId: 'r1', sid, message: answer });
    assert.deepEqual(useDocent.getState().session?.chat.map((m) => m.id), ['q1', 'a1']);

    // The removal's view was read before the answer was saved.
    fake.answerRemove(view([ready], [question]));
    await removal;
    const session = useDocent.getState().session!;
    assert.deepEqual(session.documents.map((d) => d.fileId), [ready.fileId], 'the removed file is gone');
    assert.deepEqual(session.chat.map((m) => m.id), ['q1', 'a1'], 'the answer is still shown, after its question');
  });

  test('a file that finished while a document was being removed stays ready when the removal answers', async () => {
    const failed = doc('bbbbbbbbbbbbbbbb', 'failed');
    const adding = doc('cccccccccccccccc', 'processing');
    const ready = { ...adding, status: 'ready' } as DocumentRecord;
    let held = [failed, adding];
    const fake = fakeApi(view(held, []), () => held);
    await useDocent.getState().init(fake.api);

    const removal = useDocent.getState().removeDocument(failed.fileId);
    await fake.removing;
    // The removal's view is read; then the other file of a running folder finishes, and the window shows it.
    const stale = view([adding], []);
    held = [ready];
    fake.ingested({ type: 'file-done', jobId: 'd3b07384-d9a0-4c9e-8f4e-1a2b3c4d5e6f', sid, fileId: ready.fileId, fileName: ready.name, status: 'ready', pages: 1, chunks: 3, document: ready });
    await new Promise((resolve) => setTimeout(resolve, 300)); // the store shows finished files in batches (200 ms)
    assert.equal(useDocent.getState().session?.documents.find((d) => d.fileId === ready.fileId)?.status, 'ready');

    fake.answerRemove(stale);
    await removal;
    const documents = useDocent.getState().session!.documents;
    assert.deepEqual(documents.map((d) => [d.fileId, d.status]), [[ready.fileId, 'ready']], 'the finished file is not shown as being added again');
  });
});
