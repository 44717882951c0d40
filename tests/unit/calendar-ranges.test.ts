import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { askedDates, askedDays, daysAbbreviated, daysInDates, daysInRanges, daysInWeekParts, weekendHeld, wordsOfDatesIn } from '../../electron/app/chat/calendar-ranges';

const held = (question: string, text: string) => [...daysInRanges(askedDays(question), text)];
const dated = (question: string, text: string) => [...daysInDates(askedDays(question), text)].sort();

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

  test('a weekday is held by the part of the week it is in: Saturday "at weekends", Wednesday "on weekdays"', () => {
    const parts = (question: string, text: string) => [...daysInWeekParts(askedDays(question), text)];
    const breakfast = 'Breakfast is served from 7am to 10am on weekdays and from 8am to 11am at weekends.';
    assert.deepEqual(parts('What time is breakfast on Saturday?', breakfast), ['saturday']);
    assert.deepEqual(parts('What time is breakfast on Wednesday?', breakfast), ['wednesday']);
    assert.deepEqual(parts('Is the gym open on Sunday?', 'The gym is open on weekdays only.'), []);
    assert.deepEqual(parts('Is the gym open on Friday?', 'Open every weekend.'), []);
    // Months are no part of a week.
    assert.deepEqual(parts('Is it open in June?', 'Open at weekends.'), []);
  });

  test('a date in figures holds its month and its weekday, read day first unless it cannot be', () => {
    // 22 November 2026 is a Sunday.
    assert.deepEqual(dated('Who are we playing on Sunday 22 November?', 'Date: 22/11/2026; Opponent: Sandsend Juniors'), ['november', 'sunday']);
    assert.deepEqual(dated('Where do we play in December?', 'Date: 06/12/2026; Venue: Ruswarp Village Field'), ['december']);
    assert.deepEqual(dated('What happened in November?', 'Logged 2026-11-22 by the night shift'), ['november']);
    // A day over 12 written second is the US order; a two-digit year is this century's.
    assert.deepEqual(dated('What is due in November?', 'Invoice due 11/22/26'), ['november']);
  });

  test("a day of a month asked by its number is held by a date in figures on that day, as the question's words", () => {
    const words = (question: string, text: string) => wordsOfDatesIn(askedDates(question), text);
    assert.deepEqual(words('Who do we play on 6 February?', 'Date: 2027-02-06; Opponent: Oakwood Athletic'), ['6', 'February']);
    assert.deepEqual(words('What is on February 6th?', 'Date: 06/02/2027'), ['6th', 'February']);
    assert.deepEqual(words('Who is on call on the 6th of Feb?', 'Rota: 6.2.27 Sam'), ['6th', 'Feb']);
    // Another day of the month, or "may" as a verb, is no date asked.
    assert.deepEqual(words('Who do we play on 6 February?', 'Date: 2027-02-13; Opponent: Riverside United'), []);
    assert.deepEqual(askedDates('Give 3 may apply'), []);
    assert.deepEqual(askedDates('Is it open on 3 May?').map((d) => [d.day, d.month]), [[3, 5]]);
  });

  test('a day named for what falls on it is asked as its date, which a run of days written with the month holds', () => {
    const words = (question: string, text: string) => wordsOfDatesIn(askedDates(question), text);
    assert.deepEqual(words('Is the museum open on Christmas Day?', 'Closed 24 to 26 December.'), ['Christmas', 'Day']);
    assert.deepEqual(words('Are you open on Boxing Day?', 'Closed 24–26 Dec.'), ['Boxing', 'Day']);
    assert.deepEqual(words('Are you open on Christmas Eve?', 'Closed on 24 December.'), ['Christmas', 'Eve']);
    // A run that ends before it, another month, or a day named for no date holds nothing.
    assert.deepEqual(words('Is the museum open on Christmas Day?', 'Closed 20 to 24 December.'), []);
    assert.deepEqual(words('Is the museum open on Christmas Day?', 'Closed 24 to 26 November.'), []);
    assert.deepEqual(askedDates('Is the museum open on Sunday?'), []);
    // A run of days of a month asked by its number.
    assert.deepEqual(words('Is it open on 15 August?', 'Closed 10-20 August for repairs.'), ['15', 'August']);
  });

  test("a line of opening hours writes its days short without dates: three short weekdays or more are days", () => {
    const abbreviated = (question: string, text: string) => [...daysAbbreviated(askedDays(question), text)];
    assert.deepEqual(abbreviated('Is the library open on Wednesday?', 'Opening hours: Mon, Tue, Thu 9-7; Wed closed; Fri 9-5; Sat 9-4.'), ['wednesday']);
    assert.deepEqual(abbreviated('Is the library open on Wednesday?', 'We wed in June; Sat on the wall.'), [], 'words of their own');
  });

  test('a date of another month or weekday, an impossible date, or a version number holds nothing', () => {
    assert.deepEqual(dated('Who do we play in December?', 'Date: 22/11/2026'), []);
    assert.deepEqual(dated('Who do we play on Saturday?', 'Date: 22/11/2026'), []);
    assert.deepEqual(dated('What is on in February?', 'Date: 31/02/2026'), []);
    assert.deepEqual(dated('What changed in April?', 'Upgrade to 4.1.30.2 first'), []);
  });
});

test('"weekend" is held by a Saturday or a Sunday, named, in a range or short', () => {
  assert.deepEqual(weekendHeld('Do I need to work weekends?', 'Three 6-hour shifts including one Saturday in two.'), ['weekend']);
  assert.deepEqual(weekendHeld('Are you open at the weekend?', 'Open Monday to Saturday, 9am to 5pm.'), ['weekend']);
  assert.deepEqual(weekendHeld('Are you open at the weekend?', 'Sat 10:00-16:00'), ['weekend']);
  assert.deepEqual(weekendHeld('Are you open at the weekend?', 'Open Monday to Friday, 9am to 5pm.'), []);
  assert.deepEqual(weekendHeld('Are you open on Saturday?', 'Open Monday to Saturday.'), [], 'no weekend asked');
});
