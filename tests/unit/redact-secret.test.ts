import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REDACTED_KEY, redactSecrets } from '../../electron/app/redact-secret';

test('every occurrence of each key is replaced; short or missing keys leave the text alone', () => {
  const key = 'sk-proj-abcdef123456';
  assert.equal(redactSecrets(`bad key ${key}, really ${key}`, key), `bad key ${REDACTED_KEY}, really ${REDACTED_KEY}`);
  assert.equal(redactSecrets('pcsk_123456 refused', undefined, 'pcsk_123456'), `${REDACTED_KEY} refused`);
  assert.equal(redactSecrets('the key k was refused', 'k'), 'the key k was refused');
  assert.equal(redactSecrets('nothing to hide', '', undefined), 'nothing to hide');
});
