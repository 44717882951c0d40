// The reranking step's pure parts: the best window a cross-encoder reads of a long passage, and how its scores reorder
// the candidates (the best `depth` by score, the rest after them in their order).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { bestWindow, termWeights, type WindowSentence } from '../../electron/app/chat/rerank/best-window';
import { rerankWith, type Reranker } from '../../electron/app/chat/rerank/reranker';
import type { ChunkHit } from '../../electron/app/vectors/vector-store';

const sentence = (words: string, matches: string[] = []): WindowSentence => ({ tokens: words.split(' '), matches: new Set(matches) });

describe('bestWindow', () => {
  const weights = new Map([
    ['bridge', 2],
    ['open', 1],
  ]);

  test('a passage within the budget is read whole', () => {
    const s = [sentence('a b c', ['bridge']), sentence('d e')];
    assert.deepEqual(bestWindow(s, weights, 10), ['a', 'b', 'c', 'd', 'e']);
  });

  test('the run of whole sentences holding the most question weight, within the budget', () => {
    const s = [sentence('x1 x2 x3 x4'), sentence('y1 y2 y3', ['open']), sentence('z1 z2 z3', ['bridge']), sentence('w1 w2 w3 w4')];
    // 6 tokens: "y… z…" holds bridge and open (3) — better than "z… w…" with bridge alone.
    assert.deepEqual(bestWindow(s, weights, 6), ['y1', 'y2', 'y3', 'z1', 'z2', 'z3']);
  });

  test('a term counts once per window; rarer terms outweigh common ones', () => {
    const s = [sentence('a a', ['open']), sentence('b b', ['open']), sentence('c c', ['bridge']), sentence('d d d d d')];
    assert.deepEqual(bestWindow(s, weights, 4), ['b', 'b', 'c', 'c']);
  });

  test('a sentence longer than the budget is cut; with no question term the opening is taken', () => {
    assert.deepEqual(bestWindow([sentence('a b c d e f', ['bridge']), sentence('g h')], weights, 3), ['a', 'b', 'c']);
    assert.deepEqual(bestWindow([sentence('a b c'), sentence('d e f')], weights, 4), ['a', 'b', 'c']);
  });

  test('term weights: a stem in every passage weighs less than one in a single passage', () => {
    const w = termWeights(['bridge', 'open'], [new Set(['bridge', 'open']), new Set(['open']), new Set(['open'])]);
    assert.ok(w.get('bridge')! > w.get('open')!);
  });
});

describe('rerankWith', () => {
  const hit = (chunk: number): ChunkHit => ({ sid: 's', fileId: 'f', fileName: 'f.txt', chunk, page: 1, pageEnd: 1, start: chunk * 100, end: chunk * 100 + 90, text: `passage ${chunk}`, score: 10 - chunk });
  const reranker = (scores: Record<string, number>, depth: number): Reranker & { seen: string[][] } => {
    const seen: string[][] = [];
    return {
      id: 'test',
      depth,
      seen,
      async score(_question, passages) {
        seen.push(passages);
        return passages.map((p) => scores[p]);
      },
    };
  };

  test('the best `depth` candidates take the reranker’s order; the rest follow in theirs, scores still descending', async () => {
    const r = reranker({ 'passage 0': 0.1, 'passage 1': 0.9, 'passage 2': -2, 'passage 3': 0.5 }, 4);
    const out = await rerankWith(r, 'q', [0, 1, 2, 3, 4, 5].map(hit));
    assert.deepEqual(out.map((h) => h.chunk), [1, 3, 0, 2, 4, 5]);
    assert.deepEqual(r.seen, [['passage 0', 'passage 1', 'passage 2', 'passage 3']], 'only the first depth are scored');
    for (let i = 1; i < out.length; i++) assert.ok(out[i - 1].score > out[i].score, `score ${i}`);
  });

  test('ties keep the first-stage order; a reranker answering the wrong count is an error', async () => {
    const out = await rerankWith(reranker({ 'passage 0': 1, 'passage 1': 1 }, 5), 'q', [0, 1].map(hit));
    assert.deepEqual(out.map((h) => h.chunk), [0, 1]);
    const broken: Reranker = { id: 'broken', depth: 3, score: async () => [1] };
    await assert.rejects(rerankWith(broken, 'q', [0, 1, 2].map(hit)), /returned 1 scores for 3 passages/);
  });
});
