// The window's store against a DocentApi that answers when the test says so: replies that arrive out of step with the
// events main sends must not undo what the window already shows. (The browser tests cannot time these races.)
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { DocentApi } from '../../shared/api';
import type { ChatEvent, ChatMessage, DocumentRecord, SessionView } from '../../shared/model';
import { useDocent } from '../../renderer/src/state/store';

const sid = 'AAAAAAAAAAAAAAAAAAAAAA';
const at = '2026-01-01T00:00:00Z';
const doc = (fileId: string, status: DocumentRecord['status']): DocumentRecord =>
  ({ fileId, name: `${fileId}.pdf`, status, chunks: 0, addedAt: at }) as unknown as DocumentRecord;

function view(documents: DocumentRecord[], chat: ChatMessage[]): SessionView {
  return { sid, title: 'Session', createdAt: at, updatedAt: at, state: 'active', documentCount: documents.length, documents, chat };
}

/** A DocentApi whose `documents.remove` waits for the test; every other call answers at once with an empty result. */
function fakeApi(first: SessionView) {
  let chat: ((event: ChatEvent) => void) | undefined;
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
    events: { onIngest: () => () => {}, onChat: (l: (e: ChatEvent) => void) => ((chat = l), () => {}), onStatus: () => () => {}, onModels: () => () => {} },
    sessions: calls({ current: async () => first }),
    documents: calls({ remove }),
    chat: calls({ ask: async () => ({ requestId: 'r1' }) }),
    models: calls({}),
    base: calls({}),
    status: calls({}),
    settings: calls({}),
  } as unknown as DocentApi;
  return { api, removing, send: (e: ChatEvent) => chat!(e), answerRemove: (v: SessionView) => answerRemove!(v) };
}

describe('the window store', () => {
  test('an answer that streamed in while a document was being removed stays on screen when the removal answers', async () => {
    const failed = doc('bbbbbbbbbbbbbbbb', 'failed');
    const ready = doc('aaaaaaaaaaaaaaaa', 'ready');
    const fake = fakeApi(view([ready, failed], []));
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
});
