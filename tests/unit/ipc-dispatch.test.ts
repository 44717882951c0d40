// The dispatch wrapper every front end goes through: a handler must never see a payload its schema refused, and
// every outcome must come back as an envelope with a code the window understands.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DocentError, invokeSchemas, type DocentHandlers, type InvokeChannel, type InvokeRequest } from '../../shared/api';
import { dispatch } from '../../electron/app/ipc/dispatch';

const SID = 'AbCdEfGhIjKlMnOpQrSt_-';
const FILE_ID = '0123456789abcdef';
const UUID = '123e4567-e89b-42d3-a456-426614174000';

/** One valid payload per channel: the starting point the malformed payloads are made from. */
const validPayloads: { [C in InvokeChannel]: InvokeRequest<C> } = {
  'sessions.list': undefined,
  'sessions.current': undefined,
  'sessions.create': { title: 'Reading list' },
  'sessions.open': { sid: SID },
  'sessions.rename': { sid: SID, title: 'New title' },
  'sessions.endPreview': { sid: SID },
  'sessions.end': { sid: SID },
  'sessions.unreadable': undefined,
  'documents.list': { sid: SID },
  'documents.ingest': { sid: SID, files: [{ path: '/tmp/a.pdf', name: 'a.pdf' }] },
  'documents.cancel': { jobId: UUID },
  'documents.remove': { sid: SID, fileId: FILE_ID },
  'documents.removeMany': { sid: SID, fileIds: [FILE_ID] },
  'documents.chooseFolder': undefined,
  'documents.page': { sid: 'base', fileId: FILE_ID, page: 3 },
  'documents.bytes': { sid: SID, fileId: FILE_ID },
  'chat.ask': { sid: SID, question: 'What does chapter 2 say?' },
  'chat.cancel': { requestId: UUID },
  'chat.summarize': { sid: SID, fileId: FILE_ID },
  'chat.history': { sid: SID },
  'chat.exportMarkdown': { sid: SID },
  'settings.get': undefined,
  'settings.set': { chunking: { size: 1000 } },
  'settings.test': { target: 'answers' },
  'settings.downloadModel': undefined,
  'base.list': undefined,
  'status.notices': undefined,
  'models.list': undefined,
  'models.pull': { id: 'qwen2.5-1.5b-instruct-q4_k_m' },
  'models.cancel': { id: 'qwen2.5-1.5b-instruct-q4_k_m' },
  'models.import': { kind: 'file' },
  'models.use': { id: 'bge-small-en-v1.5' },
  'models.remove': { id: 'bge-small-en-v1.5' },
};

const channels = Object.keys(invokeSchemas) as InvokeChannel[];

/** Handlers that record what they were called with and answer a marker. */
function recordingHandlers() {
  const calls: { channel: string; payload: unknown }[] = [];
  const handlers = Object.fromEntries(
    channels.map((channel) => [channel, async (payload: unknown) => (calls.push({ channel, payload }), { answered: channel })]),
  ) as unknown as DocentHandlers;
  return { handlers, calls };
}

/** Replaces the value at one key of a sample object by an arbitrary value, or adds an unexpected key. */
function mutated(sample: unknown): fc.Arbitrary<unknown> {
  if (sample === null || typeof sample !== 'object') return fc.anything();
  const keys = Object.keys(sample);
  return fc.oneof(
    fc.record({ key: fc.constantFrom(...keys), value: fc.anything() }).map(({ key, value }) => ({ ...sample, [key]: value })),
    fc.record({ key: fc.string().filter((k) => !keys.includes(k)), value: fc.anything() }).map(({ key, value }) => ({ ...sample, [key]: value })),
    fc.constantFrom(...keys).map((key) => {
      const copy: Record<string, unknown> = { ...sample };
      delete copy[key];
      return copy;
    }),
  );
}

describe('dispatch', () => {
  test('a valid payload reaches its handler, parsed, and comes back as {ok:true}', async () => {
    for (const channel of channels) {
      const { handlers, calls } = recordingHandlers();
      const envelope = await dispatch(handlers, channel, validPayloads[channel]);
      assert.deepEqual(envelope, { ok: true, value: { answered: channel } }, channel);
      assert.equal(calls.length, 1);
      assert.deepEqual(calls[0].payload, invokeSchemas[channel].parse(validPayloads[channel]));
    }
  });

  for (const channel of channels) {
    test(`${channel}: malformed payloads are refused as invalid-input and never reach the handler`, async () => {
      const schema = invokeSchemas[channel];
      const malformed = fc.oneof(fc.anything(), mutated(validPayloads[channel])).filter((p) => !schema.safeParse(p).success);
      await fc.assert(
        fc.asyncProperty(malformed, async (payload) => {
          const { handlers, calls } = recordingHandlers();
          const envelope = await dispatch(handlers, channel, payload);
          assert.equal(envelope.ok, false);
          if (!envelope.ok) {
            assert.equal(envelope.error.code, 'invalid-input');
            assert.ok(envelope.error.message.length > 0 && envelope.error.message.length <= 1001);
          }
          assert.equal(calls.length, 0);
        }),
        { numRuns: 60 },
      );
    });
  }

  const sidTricks = [
    '../x',
    '../../../../etc/passwd',
    'AbCdEfGhIjKlMnOpQrS/..',
    'AbCdEfGhIjKlMnOpQrSt_-x', // 23 characters
    'AbCdEfGhIjKlMnOpQrSt_', // 21 characters
    'AbCdEfGhIjKlMnOpQrSté-', // 22 characters, one not base64url
    'AbCdEfGhIjKlMnOpQrSt\u0000-',
    'AbCdEfGhIjKlMnOpQrSt%2F',
    ' AbCdEfGhIjKlMnOpQrSt_',
    'x'.repeat(1024 * 1024),
    '',
  ];
  const sessionOnly = channels.filter((c) => {
    const sample = validPayloads[c] as { sid?: string } | undefined;
    return sample?.sid !== undefined && c !== 'documents.page' && c !== 'documents.bytes';
  });

  test('sids with path tricks are refused on every channel that takes one', async () => {
    for (const channel of [...sessionOnly, 'documents.page', 'documents.bytes'] as InvokeChannel[]) {
      for (const sid of sidTricks) {
        const { handlers, calls } = recordingHandlers();
        const envelope = await dispatch(handlers, channel, { ...(validPayloads[channel] as object), sid });
        assert.equal(envelope.ok, false, `${channel} accepted ${JSON.stringify(sid.slice(0, 30))}`);
        if (!envelope.ok) {
          assert.equal(envelope.error.code, 'invalid-input');
          assert.match(envelope.error.message, /^sid: /);
        }
        assert.equal(calls.length, 0);
      }
    }
  });

  test("'base' is refused where a real session is required, accepted where the base library may be read", async () => {
    assert.ok(sessionOnly.length >= 9);
    for (const channel of sessionOnly) {
      const { handlers, calls } = recordingHandlers();
      const envelope = await dispatch(handlers, channel, { ...(validPayloads[channel] as object), sid: 'base' });
      assert.equal(envelope.ok, false, channel);
      assert.equal(calls.length, 0);
    }
    for (const channel of ['documents.page', 'documents.bytes'] as const) {
      const { handlers, calls } = recordingHandlers();
      const envelope = await dispatch(handlers, channel, { ...validPayloads[channel], sid: 'base' });
      assert.equal(envelope.ok, true, channel);
      assert.equal(calls.length, 1);
    }
  });

  test('an unknown channel is invalid-input, including names inherited from Object.prototype', async () => {
    for (const channel of ['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 42, null, undefined, { toString: () => 'sessions.list' }]) {
      const { handlers, calls } = recordingHandlers();
      const envelope = await dispatch(handlers, channel, undefined);
      assert.equal(envelope.ok, false);
      if (!envelope.ok) assert.equal(envelope.error.code, 'invalid-input');
      assert.equal(calls.length, 0);
    }
  });

  test('the error message names the field and the problem', async () => {
    const { handlers } = recordingHandlers();
    const envelope = await dispatch(handlers, 'documents.page', { sid: SID, fileId: 'XYZ', page: 0 });
    assert.equal(envelope.ok, false);
    if (!envelope.ok) {
      assert.match(envelope.error.message, /fileId: not a file id/);
      assert.match(envelope.error.message, /page: /);
    }
    const nested = await dispatch(handlers, 'documents.ingest', { sid: SID, files: [{ path: '' }] });
    if (nested.ok) assert.fail('an empty path was accepted');
    assert.match(nested.error.message, /^files\.0\.path: /);
  });
});

describe('dispatch maps handler errors', () => {
  const failing = (thrown: unknown) =>
    ({
      ...recordingHandlers().handlers,
      'sessions.list': async () => {
        throw thrown;
      },
    }) as DocentHandlers;

  test('a DocentError keeps its code and message', async () => {
    const envelope = await dispatch(failing(new DocentError('not-found', 'No session with that id.')), 'sessions.list', undefined);
    assert.deepEqual(envelope, { ok: false, error: { code: 'not-found', message: 'No session with that id.' } });
  });

  test('an error carrying a known code keeps it', async () => {
    const error = Object.assign(new Error('The vector store is offline.'), { code: 'store-unavailable' });
    const envelope = await dispatch(failing(error), 'sessions.list', undefined);
    assert.deepEqual(envelope, { ok: false, error: { code: 'store-unavailable', message: 'The vector store is offline.' } });
  });

  test('anything else is internal, with no stack in the message', async () => {
    const logged: unknown[] = [];
    const error = Object.assign(new Error('disk exploded\n    at secret (/home/me/app.js:1:1)'), { code: 'ENOENT' });
    const envelope = await dispatch(failing(error), 'sessions.list', undefined, { onInternalError: (_c, e) => logged.push(e) });
    if (envelope.ok) assert.fail('a failure came back ok');
    assert.equal(envelope.error.code, 'internal');
    assert.equal(envelope.error.message, 'sessions.list failed: disk exploded');
    assert.doesNotMatch(envelope.error.message, /\bat\b.*:\d+:\d+/);
    assert.deepEqual(logged, [error]);
  });

  test('never throws, whatever the handler throws', async () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('gotcha');
        },
        getPrototypeOf() {
          throw new Error('gotcha');
        },
      },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), fc.constant(hostile)), async (thrown) => {
        const envelope = await dispatch(failing(thrown), 'sessions.list', undefined);
        assert.equal(envelope.ok, false);
        if (!envelope.ok) assert.equal(typeof envelope.error.message, 'string');
      }),
      { numRuns: 100 },
    );
  });
});
