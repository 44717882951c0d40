import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { answersAfter } from '../../electron/app/chat/troubleshooting';

const MANUAL =
  'TROUBLESHOOTING\n\nProblem: Error code E4 appears on the display.\nCause: The boiler sensor has failed.\nSolution: Switch off the machine and call\nservice on 0113 496 0725.\n\nProblem: The steam wand produces no steam.\nCause: The tip is blocked.\nSolution: Clear the holes with the pin.';

const at = (sentence: string) => ({ start: MANUAL.indexOf(sentence), end: MANUAL.indexOf(sentence) + sentence.length });
const lines = (spans: Array<{ start: number; end: number }> | undefined) => spans?.map((s) => MANUAL.slice(s.start, s.end));

describe('troubleshooting entries', () => {
  test("a problem's line is answered by its cause and solution, each whole, and not by the next entry's", () => {
    assert.deepEqual(lines(answersAfter(MANUAL, at('Error code E4 appears'))), ['Cause: The boiler sensor has failed.', 'Solution: Switch off the machine and call\nservice on 0113 496 0725.']);
  });

  test("a cause's line by the solution after it; a solution's, or a line of no entry, by nothing", () => {
    assert.deepEqual(lines(answersAfter(MANUAL, at('The tip is blocked.'))), ['Solution: Clear the holes with the pin.']);
    assert.equal(answersAfter(MANUAL, at('Clear the holes')), undefined);
    assert.equal(answersAfter(MANUAL, at('TROUBLESHOOTING')), undefined);
    assert.equal(answersAfter('Problem: the lid sticks.\n\nCause: a later paragraph.', { start: 9, end: 24 }), undefined, 'past a blank line');
    const quotedWithIt = { start: MANUAL.indexOf('Problem: The steam'), end: MANUAL.indexOf('Solution: Clear') - 1 };
    assert.deepEqual(lines(answersAfter(MANUAL, quotedWithIt)), ['Solution: Clear the holes with the pin.'], 'the lines quoted with it already are not again');
  });
});
