// A failure a person meets crosses IPC worded for the window: the handler's DocentError carries a user message (code,
// params, technical detail) through dispatch, the JSON wire and the renderer's API, which rebuilds it, so the window
// says it in its own language with the detail behind "Details". What crosses is bounded, and a malformed or oversized
// user message is dropped (the English text still arrives), never trusted.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocentApi, DocentError, invokeSchemas, type DocentHandlers, type Envelope, type InvokeChannel, type Transport } from '../../shared/api';
import { dispatch } from '../../electron/app/ipc/dispatch';
import { userMessage } from '../../electron/app/user-message';
import { stringifyWireJson } from '../../electron/app/web/wire';
import { parseWireJson } from '../../renderer/src/platform/wire';
import { errorMessage, errorSayable } from '../../renderer/src/lib/errors';
import { sayMessage } from '../../renderer/src/i18n/say';
import { translatorFor } from '../../renderer/src/i18n/translator';
import { fr } from '../../renderer/src/i18n/messages/fr';

const SID = 'AbCdEfGhIjKlMnOpQrSt_-';

/** Handlers whose `sessions.end` throws `thrown`; every other channel answers null. */
function endThrowing(thrown: unknown): DocentHandlers {
  const handlers = Object.fromEntries((Object.keys(invokeSchemas) as InvokeChannel[]).map((channel) => [channel, async () => null]));
  return { ...handlers, 'sessions.end': async () => Promise.reject(thrown) } as unknown as DocentHandlers;
}

/** The renderer's API over main's dispatch, through the same JSON wire the browser host uses. */
function apiOver(handlers: DocentHandlers) {
  const transport: Transport = {
    invoke: async (channel, payload) => parseWireJson(stringifyWireJson(await dispatch(handlers, channel, payload))) as Envelope<unknown>,
    subscribe: () => () => {},
  };
  return createDocentApi(transport);
}

/** What `sessions.end` rejected with. */
async function rejection(handlers: DocentHandlers, payload: unknown = { sid: SID }): Promise<DocentError> {
  try {
    await apiOver(handlers).sessions.end(payload as { sid: string });
  } catch (error) {
    assert.ok(error instanceof DocentError, `a DocentError, not ${String(error)}`);
    return error;
  }
  return assert.fail('sessions.end resolved');
}

const PINECONE_DOWN = 'Pinecone answered 503 Service Unavailable (https://docent-abc.svc.example.io/vectors/delete)';
const deferredErase = () =>
  new DocentError(
    'store-unavailable',
    userMessage(
      'session-erase-deferred',
      `The session's vectors could not be deleted from Pinecone: ${PINECONE_DOWN}. Its data is hidden and will be erased at the next start.`,
      { title: 'Trip notes', reason: 'pinecone' },
      PINECONE_DOWN,
    ),
  );

describe('a worded failure crosses IPC', () => {
  test('its code, params and detail arrive with the error, beside the English message', async () => {
    const error = await rejection(endThrowing(deferredErase()));
    assert.equal(error.code, 'store-unavailable');
    assert.match(error.message, /erased at the next start/);
    assert.deepEqual(error.userMessage, {
      code: 'session-erase-deferred',
      message: error.message,
      params: { title: 'Trip notes', reason: 'pinecone' },
      detail: PINECONE_DOWN,
    });
  });

  test('the French window says it in French, with the service’s own words behind Details only', async () => {
    const error = await rejection(endThrowing(deferredErase()));
    const said = sayMessage(translatorFor('fr'), errorSayable(error));
    assert.ok(said.localized);
    assert.equal(said.text, fr['msg.session-erase-deferred.pinecone'].replace('{title}', 'Trip notes'));
    assert.doesNotMatch(said.text, /could not be deleted|503/);
    assert.equal(said.detail, PINECONE_DOWN);
  });

  test('a refused payload is one translated sentence, the fields and problems behind Details', async () => {
    const error = await rejection(endThrowing(new Error('never reached')), { sid: 'not a sid' });
    assert.equal(error.code, 'invalid-input');
    assert.equal(error.userMessage?.code, 'request-invalid');
    assert.match(error.userMessage?.detail ?? '', /^sid: not a session id/);
    const said = sayMessage(translatorFor('fr'), errorSayable(error));
    assert.equal(said.text, fr['msg.request-invalid']);
    assert.match(said.detail ?? '', /^sid: /);
  });

  test('an error without a user message keeps showing its own text', async () => {
    const error = await rejection(endThrowing(new DocentError('conflict', 'Plain English refusal.')));
    assert.equal(error.userMessage, undefined);
    assert.equal(errorMessage(error), 'Plain English refusal.');
  });

  test('a user message out of bounds is not sent; the English message still is', async () => {
    const params = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`p${i}`, i]));
    const envelope = await dispatch(endThrowing(new DocentError('busy', userMessage('document-busy', 'a.pdf is busy', params))), 'sessions.end', { sid: SID });
    assert.deepEqual(envelope, { ok: false, error: { code: 'busy', message: 'a.pdf is busy' } });
    const long = await dispatch(endThrowing(new DocentError('busy', userMessage('document-busy', 'busy', { file: 'x'.repeat(2001) }))), 'sessions.end', { sid: SID });
    assert.ok(!long.ok && long.error.userMessage === undefined);
  });

  test('the renderer drops a malformed user message it is handed, and keeps the error', async () => {
    for (const userMessage of [{ code: 'x'.repeat(65), message: 'm' }, { message: 'no code' }, { code: 'a', message: 'm', params: { file: { nested: true } } }, 'text']) {
      const transport: Transport = {
        invoke: async () => ({ ok: false, error: { code: 'not-found', message: 'English text', userMessage } }) as unknown as Envelope<unknown>,
        subscribe: () => () => {},
      };
      const error = await createDocentApi(transport)
        .sessions.list()
        .then(
          () => assert.fail('resolved'),
          (e: unknown) => e,
        );
      assert.ok(error instanceof DocentError);
      assert.equal(error.code, 'not-found');
      assert.equal(error.message, 'English text');
      assert.equal(error.userMessage, undefined, JSON.stringify(userMessage));
    }
  });
});
