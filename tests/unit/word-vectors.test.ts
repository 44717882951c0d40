// The offline answerer's word meanings: the vectors shipped in resources/word-vectors, read once, and a missing file
// that leaves answers matching words as written instead of failing them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { meaningSimilarity, wordVectorsIn } from '../../electron/app/chat/word-vectors';
import { contentTerms } from '../../electron/app/chat/function-words';
import { defaultWordVectorsDir } from '../../electron/app/docent';

const vectors = wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m));

test('the shipped vectors find words of like meaning alike, and unrelated or merely common words apart', () => {
  for (const [a, b] of [['founded', 'established'], ['ceo', 'executive'], ['school', 'university'], ['cost', 'price'], ['car', 'vehicle']]) {
    assert.ok(vectors.similarity(a, b) > 0.5, `${a} ~ ${b}: ${vectors.similarity(a, b)}`);
  }
  // Common words do not look alike only for being common (GloVe's shared directions are taken out).
  for (const [a, b] of [['school', 'river'], ['person', 'make'], ['person', 'year'], ['invoice', 'mountain']]) {
    assert.ok(vectors.similarity(a, b) < 0.3, `${a} !~ ${b}: ${vectors.similarity(a, b)}`);
  }
  assert.ok(Math.abs(vectors.similarity('harbour', 'harbour') - 1) < 1e-9);
  assert.equal(vectors.similarity('founded', 'qwzxv'), 0, 'an unknown word is like nothing');
});

test('a sentence saying the same in other words means more alike than one on another subject; names count by their own words', () => {
  const meaning = (text: string) => vectors.meaningOf(contentTerms(text));
  const question = meaning('Why did the factory close down?');
  const reason = meaningSimilarity(question, meaning('The plant shut after orders collapsed and its debts mounted.'));
  const other = meaningSimilarity(question, meaning('Swans nest on the lake beside the old church.'));
  assert.ok(reason > other + 0.1, `${reason} vs ${other}`);
  assert.ok(Math.abs(meaningSimilarity(question, question) - 1) < 1e-6);
  // A word the vectors do not know counts where both texts have it ("Qwzxv"), and is left out where one has it alone:
  // a sentence's code or figure does not make it read less like the question.
  const named = meaning('Where did Qwzxv study?');
  assert.ok(meaningSimilarity(named, meaning('Qwzxv studied in Vienna.')) > meaningSimilarity(named, meaning('Blorpt studied in Vienna.')));
  const vin = meaning('What is the VIN of the car?');
  assert.ok(Math.abs(meaningSimilarity(vin, meaning('The car VIN 1C4RJFBG2NC123456')) - meaningSimilarity(vin, meaning('The car VIN'))) < 1e-6);
  assert.equal(meaningSimilarity(meaning(''), question), 0, 'an empty text means nothing');
});

test('missing or damaged vectors are reported once, and every word is then like nothing but itself', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'docent-vectors-'));
  try {
    for (const setup of [async () => {}, async () => {
      await writeFile(path.join(dir, 'words.txt'), 'alpha\nbeta\ngamma');
      await writeFile(path.join(dir, 'vectors.bin'), Buffer.alloc(7));
    }]) {
      await setup();
      const warnings: string[] = [];
      const broken = wordVectorsIn(dir, (m) => warnings.push(m));
      assert.equal(broken.similarity('alpha', 'beta'), 0);
      assert.equal(broken.similarity('beta', 'gamma'), 0);
      assert.equal(broken.similarity('alpha', 'alpha'), 1);
      // Without vectors, texts are alike in meaning by the words they share.
      const words = (text: string) => contentTerms(text);
      assert.ok(meaningSimilarity(broken.meaningOf(words('alpha beta')), broken.meaningOf(words('beta gamma'))) > 0);
      assert.equal(meaningSimilarity(broken.meaningOf(words('alpha')), broken.meaningOf(words('gamma'))), 0);
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.ok(warnings[0].includes(dir), warnings[0]);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
