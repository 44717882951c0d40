import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { askedDays, daysInRanges } from '../../electron/app/chat/calendar-ranges';

const held = (question: string, text: string) => [...daysInRanges(askedDays(question), text)];

describe('months and weekdays within a range', () => {
  test('a month or a weekday the question names is held by a range that spans it, its ends included', () => {
    assert.deepEqual(held('Can I have a bonfire in June?', 'Bonfires are not permitted between April and September.'), ['june']);
    assert.deepEqual(held('Can I have a bonfire in April?', 'Bonfires are not permitted from April to September.'), ['april']);
    assert.deepEqual(held('Is the office open on Wednesday?', 'Office hours: 9 am to 5 pm, Mon–Fri.'), ['wednesday']);
    // A range may run over the year's end.
    assert.deepEqual(held('Is the pool heated in January?', 'The pool is heated from October to March.'), ['january']);
  });

  test('a month outside the range, two days joined by "and", or a range of other things hold nothing', () => {
    assert.deepEqual(held('Can I have a bonfire in October?', 'Bonfires are not permitted between April and September.'), []);
    assert.deepEqual(held('Is the office open on Wednesday?', 'The office is open on Monday and Friday.'), []);
    assert.deepEqual(held('Is the office open on Saturday?', 'Office hours: 9 am to 5 pm, Monday to Friday.'), []);
    assert.deepEqual(held('What happens in June?', 'Prices rose from 5 to 9 percent.'), []);
    // Months and weekdays are of two cycles: "Monday to Friday" holds no June.
    assert.deepEqual(held('Is it open in June?', 'Open Monday to Friday.'), []);
  });
});
