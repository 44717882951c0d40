import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { contentTerms } from '../../electron/app/chat/function-words';

const words = (text: string) => contentTerms(text).map((t) => t.word);

describe('contentTerms', () => {
  test('drops the function words of English, French and German', () => {
    assert.deepEqual(words('When was the bakery founded?'), ['bakery', 'founded']);
    const french = words('Quand le vote de la loi a-t-il eu lieu ?');
    for (const w of ['vote', 'loi']) assert.ok(french.includes(w), w);
    for (const w of ['quand', 'le', 'de', 'la', 'il']) assert.ok(!french.includes(w), w);
    assert.ok(!words('Wie viele Mitarbeiter hat die Firma?').includes('wie'));
  });

  test('Chinese and Japanese keep their bigrams, the stand-ins for words, without question words and particles, or the single characters inside a bigram', () => {
    // "where is Apple's headquarters?": 总部 (headquarters) counts; 哪里 (where) and the characters alone do not.
    assert.deepEqual(words('苹果公司的总部在哪里？'), ['苹果', '果公', '公司', '司的', '的总', '总部', '部在']);
    assert.deepEqual(words('DNC是什么？'), ['dnc']);
    // "what did the cat eat?": the particles and "what" go, the words stay.
    const cat = words('ネコは何を食べましたか？');
    for (const w of ['ネコ', '食べ']) assert.ok(cat.includes(w), w);
    for (const w of ['は', '何', '何を', 'ました', 'コ']) assert.ok(!cat.includes(w), w);
    // A character with no neighbour of its script is a word by itself, one outside the BMP too.
    assert.deepEqual(words('猫 and dogs'), ['猫', 'dogs']);
    assert.deepEqual(words('𠮷 and 猫'), ['𠮷', '猫']);
  });
});
