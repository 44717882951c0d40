import { test } from 'node:test';
import assert from 'node:assert/strict';
import { thingUnsaid } from '../../electron/app/chat/asked-thing';
import { contentTerms } from '../../electron/app/chat/function-words';
import { wordVectorsIn } from '../../electron/app/chat/word-vectors';
import { defaultWordVectorsDir } from '../../electron/app/docent';

const vectors = wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m));
const stems = (text: string) => new Set(contentTerms(text).map((t) => t.stem));
const words = (text: string) => contentTerms(text).map((t) => t.word);

test('a word saying only that a thing is of some kind names no other thing; a word naming the kind does', () => {
  const lead = 'Climbing shoes must be worn on the wall and can be hired for £3 a pair.';
  // "special shoes" are the climbing shoes the wall asks for…
  assert.equal(thingUnsaid('Do I need special shoes?', stems('special'), stems(lead), words(lead), vectors), false);
  // …but "football shoes" are another kind, which the wall never names.
  assert.equal(thingUnsaid('Do I need football shoes?', stems('football'), stems(lead), words(lead), vectors), true);
});
