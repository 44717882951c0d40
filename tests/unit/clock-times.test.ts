import { test } from 'node:test';
import assert from 'node:assert/strict';
import { askedTimes, timeFormsAsked, wordsOfTimesIn } from '../../electron/app/chat/clock-times';

test('a time the question names is held by a sentence writing it in another form: "1pm" by "13:00"', () => {
  const at1pm = askedTimes('How much did the baby drink at 1pm?');
  assert.deepEqual(at1pm, [{ minutes: 13 * 60, stems: ['1pm'] }]);
  assert.deepEqual(wordsOfTimesIn(at1pm, 'Date: 2027-03-02; Time: 13:00; Feed: Bottle'), ['1pm']);
  assert.deepEqual(wordsOfTimesIn(at1pm, 'Doors open at 1 p.m. sharp.'), ['1pm']);
  assert.deepEqual(wordsOfTimesIn(askedTimes('Who is on at 9.15am?'), 'Class starts 09:15.'), ['9.15', 'am']);
  assert.deepEqual(wordsOfTimesIn(askedTimes('What is on at 13:30?'), 'Lunchtime talk, 1:30pm'), ['13', '30']);
  assert.deepEqual(wordsOfTimesIn(askedTimes('Is the shop open at noon?'), 'Open 12:00 to 17:00'), ['noon']);
});

test('other times, prices, dates and versions hold no asked time', () => {
  const at1pm = askedTimes('What happened at 1pm?');
  assert.deepEqual(wordsOfTimesIn(at1pm, 'Time: 01:00'), []);
  assert.deepEqual(wordsOfTimesIn(at1pm, 'It costs £13.00.'), []);
  assert.deepEqual(wordsOfTimesIn(at1pm, 'Version 13.00.1 is out.'), []);
  assert.deepEqual(wordsOfTimesIn(askedTimes('What is on at 13:00?'), 'Date: 2027-13-00'), []);
  assert.deepEqual(askedTimes('How much is 13.5 kg?'), []);
});

test('a search looks an asked time up in its 24-hour and its 12-hour form', () => {
  assert.deepEqual(timeFormsAsked('How much did the baby drink at 1pm?'), ['13:00', '1pm']);
  assert.deepEqual(timeFormsAsked('Is anything on at 09:30?'), ['09:30', '9:30am']);
  assert.deepEqual(timeFormsAsked('How much is it?'), []);
});

test('a part of the day the question names is held by a time within it: "morning" by "9am", not by "1pm" nor midnight', () => {
  const morning = askedTimes("What's on Saturday morning?");
  assert.deepEqual(wordsOfTimesIn(morning, 'Class: Circuits; Day: Saturday; Time: 9am'), ['morn']);
  assert.deepEqual(wordsOfTimesIn(morning, 'Saturday 21 August at 1pm, St Mary\'s Church.'), []);
  assert.deepEqual(wordsOfTimesIn(morning, 'Reception from 3pm until midnight.'), []);
  assert.deepEqual(wordsOfTimesIn(askedTimes('Is there a class on Monday evening?'), 'Spin, Monday, 18:30'), ['even']);
  assert.deepEqual(wordsOfTimesIn(askedTimes('Is there a class on Monday evening?'), 'Spin, Monday, 10.15am'), []);
  assert.deepEqual(wordsOfTimesIn(askedTimes('Who is on in the afternoon?'), 'Front desk: 2pm to 5pm'), ['afternoon']);
  // A part of the day is no time to look up.
  assert.deepEqual(timeFormsAsked("What's on Saturday morning?"), []);
});
