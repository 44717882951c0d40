// Bytes over the browser host's JSON: the host's encoder and the page's decoder must round-trip any response.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringifyWireJson } from '../../electron/app/web/wire';
import { parseWireJson } from '../../renderer/src/platform/wire';

// JSON-representable values (no undefined, no -0, no NaN) with byte arrays anywhere inside.
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.integer(), fc.string(), fc.uint8Array({ maxLength: 300 }), tie('array'), tie('object')),
  array: fc.array(tie('tree'), { maxLength: 4 }),
  object: fc.dictionary(fc.string().filter((k) => k !== '__proto__'), tie('tree'), { maxKeys: 4, noNullPrototype: true }),
}));

test('any response with bytes inside round-trips', () => {
  fc.assert(
    fc.property(tree, (value) => {
      assert.deepEqual(parseWireJson(stringifyWireJson(value)), value);
    }),
  );
});

test('Buffers and views into larger buffers send only their own bytes', () => {
  const backing = new Uint8Array([9, 9, 1, 2, 3, 9]);
  const view = backing.subarray(2, 5);
  const decoded = parseWireJson(stringifyWireJson({ view, buffer: Buffer.from('hé') })) as { view: Uint8Array; buffer: Uint8Array };
  assert.deepEqual([...decoded.view], [1, 2, 3]);
  assert.equal(new TextDecoder().decode(decoded.buffer), 'hé');
});

test('an object that merely has a $bytes key among others stays an object', () => {
  const value = { $bytes: 'AAAA', other: 1 };
  assert.deepEqual(parseWireJson(stringifyWireJson(value)), value);
});
