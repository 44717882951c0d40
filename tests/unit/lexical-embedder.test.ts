import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { LexicalEmbedder } from '../../electron/app/embeddings/lexical-embedder';
import { stem, terms } from '../../electron/app/embeddings/lexical-terms';

const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i], 0);

describe('LexicalEmbedder', () => {
  const embedder = new LexicalEmbedder();

  test('names its dimension in its id and returns unit vectors of that length', async () => {
    assert.equal(embedder.id, 'lexical-v4-512');
    assert.equal(new LexicalEmbedder({ dimension: 256 }).id, 'lexical-v4-256');
    const [v] = await embedder.embed(['The Amazon rainforest covers much of the Amazon basin.']);
    assert.equal(v.length, 512);
    assert.ok(Math.abs(Math.hypot(...v) - 1) < 1e-5);
    assert.throws(() => new LexicalEmbedder({ dimension: 3 }), /dimension/);
  });

  test('is deterministic: the same text gives the same vector in separate calls', async () => {
    const [a] = await embedder.embed(['Normandy was settled by Norse raiders']);
    const [b] = await new LexicalEmbedder().embed(['Normandy was settled by Norse raiders']);
    assert.deepEqual(a, b);
  });

  test('related texts are closer than unrelated ones, including inflections and misspellings', async () => {
    const [q, inflected, misspelt, unrelated] = await embedder.embed([
      'who explored the rainforest',
      'explorers exploring rainforests',
      'explroed the rainforrest',
      'a television series about a time traveller',
    ]);
    assert.ok(dot(q, inflected) > dot(q, unrelated) + 0.15, `inflected ${dot(q, inflected)} vs unrelated ${dot(q, unrelated)}`);
    assert.ok(dot(q, misspelt) > dot(q, unrelated) + 0.15, `misspelt ${dot(q, misspelt)} vs unrelated ${dot(q, unrelated)}`);
  });

  test('stop words barely count: sharing only "the of and" is not similarity', async () => {
    const [a, b, c] = await embedder.embed(['the history of the Huguenots and the king', 'the price of the fuel and the car', 'Huguenots fled the king']);
    assert.ok(dot(a, c) > dot(a, b) + 0.2, `content ${dot(a, c)} vs stop words ${dot(a, b)}`);
  });

  test('matches Chinese and Japanese text without spaces, and accented Latin with plain', async () => {
    const [zh, zhQuery, other] = await embedder.embed(['亚马逊雨林是世界上最大的热带雨林', '热带雨林', '电视节目']);
    assert.ok(dot(zh, zhQuery) > dot(zh, other) + 0.1, `${dot(zh, zhQuery)} vs ${dot(zh, other)}`);
    const [accented, plain] = await embedder.embed(['Café Société', 'cafe societe']);
    assert.ok(dot(accented, plain) > 0.99);
  });

  test('empty or symbol-only text embeds as the zero vector, never NaN', async () => {
    const [v] = await embedder.embed(['  —  ']);
    assert.ok(v.every((x) => x === 0));
  });

  test('honours an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(embedder.embed(['x y z'], { signal: controller.signal }));
  });
});

describe('lexical terms', () => {
  test('stems fold common inflections together', () => {
    assert.equal(stem('explorers'), stem('explorer'));
    assert.equal(stem('running'), stem('run'));
    assert.equal(stem('stopped'), stem('stop'));
    assert.equal(stem('countries'), stem('country'));
    assert.equal(stem('died'), stem('die'));
    assert.equal(stem('dies'), stem('die'));
    assert.equal(stem('dying'), stem('die'));
    assert.equal(stem('tied'), stem('tie'));
    assert.notEqual(stem('bus'), stem('bu'));
    // British spelling doubles the "l": "Cancelling" under a FAQ's heading answers "How do I cancel?".
    for (const [inflected, base] of [['cancelling', 'cancel'], ['travelled', 'travel'], ['labelled', 'label'], ['trialled', 'trial']]) {
      assert.equal(stem(inflected), stem(base), inflected);
    }
    // …but a word's own "ll" stays: "selling" is not "sel", "installing" is "install".
    for (const [inflected, base] of [['selling', 'sell'], ['installing', 'install'], ['spelled', 'spell'], ['falling', 'fall']]) {
      assert.equal(stem(inflected), stem(base), inflected);
    }
  });

  test('terms keep offsets into the original text', () => {
    const text = 'Über die Brücke — 東京';
    for (const t of terms(text).filter((x) => !x.cjk)) {
      assert.equal(text.slice(t.offset, t.offset + t.word.length).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(), t.word);
    }
    assert.deepEqual(terms('東京').map((t) => t.word), ['東', '京', '東京']);
  });

  test('Chinese and Japanese text gets a bigram for every two neighbouring characters, the stand-in for a word', () => {
    const words = terms('苹果公司的总部在哪里').map((t) => t.word);
    // "总部" (headquarters) starts at an even character: every bigram is there, not every other one.
    for (const bigram of ['苹果', '果公', '公司', '司的', '的总', '总部', '部在', '在哪', '哪里']) assert.ok(words.includes(bigram), bigram);
    // A letter or a space between two characters makes no bigram across it.
    assert.ok(!terms('東 京').some((t) => t.word === '東京'));
    assert.ok(!terms('東a京').some((t) => t.word === '東京'));
  });
});
