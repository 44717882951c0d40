import { test } from 'node:test';
import assert from 'node:assert/strict';
import { legendOf, legendWordsIn } from '../../electron/app/chat/legend-codes';

test("a legend's codes stand for its words where an item is marked with them, a one-letter code only in brackets", () => {
  const legend = legendOf('V = vegetarian, VG = vegan, GF = gluten free. Please tell us about allergies.\n- Lemon sorbet, £5.50 (VG, GF)');
  assert.deepEqual([...legend], [['V', 'vegetarian'], ['VG', 'vegan'], ['GF', 'gluten free']]);
  assert.deepEqual(legendWordsIn('Lemon sorbet, £5.50 (VG, GF)', legend), ['vegan', 'gluten free']);
  assert.deepEqual(legendWordsIn('Baklava with pistachio ice cream, £6.95 (V)', legend), ['vegetarian']);
  // "A = adult" makes no sentence opening "A game…" say "adult"; codes outside brackets count from two letters.
  const tickets = legendOf('A = adult, C = child');
  assert.deepEqual(legendWordsIn('A game takes about an hour.', tickets), []);
  assert.deepEqual(legendWordsIn('Family ticket (A, C) £30', tickets), ['adult', 'child']);
  assert.deepEqual(legendWordsIn('Tomato soup VG £6.50', legend), ['vegan']);
  // One field is no legend.
  assert.equal(legendOf('A: 12 Mill Lane').size, 0);
});
