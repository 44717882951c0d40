import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { askedFigures, figuresInRanges } from '../../electron/app/chat/number-ranges';

const held = (question: string, text: string) => [...figuresInRanges(askedFigures(question), text)];

describe('figures held within ranges', () => {
  test("a question's figure says what it counts: the word after it or the currency before it", () => {
    assert.deepEqual(askedFigures('can my 8-year-old take it?'), [{ stem: '8', value: 8, unit: 'year' }]);
    assert.deepEqual(askedFigures('Is delivery free on an order of £60?'), [{ stem: '60', value: 60, unit: '£' }]);
    // A figure that counts nothing said, a year, a time and a part of a code or decimal are not asked figures.
    assert.deepEqual(askedFigures('What happened in 2020 and at 10:30?'), []);
    assert.deepEqual(askedFigures('Does model X200 weigh 22.8 kg?'), []);
  });

  test('closed ranges, "and over", and bounds hold the figure when they count the same thing', () => {
    assert.deepEqual(held('can my 8 year old take cetirizine?', 'Children aged 6 to 12 years: 5 mg twice a day'), ['8']);
    assert.deepEqual(held('can my 8 year old take cetirizine?', 'between 6 and 12 years old'), ['8']);
    assert.deepEqual(held('I have worked here 4 years. How much leave?', '3–5 years of service: 20 days per year'), ['4']);
    assert.deepEqual(held('How much for my 14-year-old?', 'Adults and adolescents 12 years and over: 10 mg'), ['14']);
    assert.deepEqual(held('Is delivery free on an order of £60?', 'Orders over £50 ship free.'), ['60']);
    assert.deepEqual(held('What if I pay 7 days late?', 'If rent is received more than 5 days late, a fee of £40 is due.'), ['7']);
    assert.deepEqual(held('What if I pay 3 days late?', 'If rent is received more than 5 days late, a fee of £40 is due.'), []);
  });

  test('"and under", "and up", "18+", short units and ages written before the figure', () => {
    assert.deepEqual(held('Is it free for my 4 year old?', 'Children 5 years and under go free.'), ['4']);
    assert.deepEqual(held('Is it free for my 6 year old?', 'Children 5 years and under go free.'), []);
    assert.deepEqual(held('Can my 7 year old join?', 'Open to ages 4 and up.'), ['7']);
    assert.deepEqual(held('Can my 3 year old join?', 'Open to ages 4 and up.'), []);
    assert.deepEqual(held('Can my 8 yr old come?', 'Junior club: 6-12 years'), ['8']);
    assert.deepEqual(held('Can my 8 year old come?', 'Junior club: 6–12 yrs, Saturdays'), ['8']);
    assert.deepEqual(held('What does my 9 year old pay?', 'Children aged 6 to 12 pay £4.'), ['9']);
    assert.deepEqual(held('What does my 13 year old pay?', 'Children aged 6 to 12 pay £4.'), []);
    assert.deepEqual(held('Is there a discount for a 70 year old?', 'Over 65s: £3.50'), ['70']);
    assert.deepEqual(held('Can a 20 year old enter?', 'Entry 18+ years only'), ['20']);
    assert.deepEqual(held('Can a 16 year old enter?', 'Entry 18+ years only'), []);
    // An age with another unit of time after it counts that unit: months are no years.
    assert.deepEqual(held('Can my 8 year old have it?', 'Babies aged 6 to 12 months: 2.5 ml'), []);
    assert.deepEqual(held('Is it fine for a 3 hr trip?', 'Journeys up to 4 hrs: one stop.'), ['3']);
  });

  test('a figure outside the range, another unit, or a list joined by "and" is not held', () => {
    assert.deepEqual(held('can my 8 year old take cetirizine?', 'Adults and adolescents 12 years and over: 10 mg'), []);
    assert.deepEqual(held('can my 8 year old take cetirizine?', 'Children under 6 years: not recommended'), []);
    assert.deepEqual(held('can my 8 year old take cetirizine?', 'Store between 6 and 12 months.'), []);
    assert.deepEqual(held('Did it take 3000 years?', 'There are over 2,900 reefs and 900 islands.'), []);
    assert.deepEqual(held('Are there 3000 reefs?', 'There are over 2,900 reefs and 900 islands.'), ['3000']);
    assert.deepEqual(held('I need 4 eggs?', 'Beat 3 eggs and 200 g sugar.'), []);
    assert.deepEqual(held('can my 8 year old take it?', 'Give 5 ml to 12-year-olds twice a day.'), [], 'two ends counting two things');
    // A price's decimals do not make a figure of its first digit, hiding the age asked.
    assert.deepEqual(held('I paid £60.50 for my 6 year old', 'Children 5 to 11 years: half price'), ['6']);
  });
});

test('"Under-16s", hyphenated, bounds an age as "under 16s" does', () => {
  const asked = askedFigures('Can my 14 year old use the gym?');
  assert.deepEqual([...figuresInRanges(asked, 'Under-16s must be supervised by an adult member.')], ['14']);
  assert.deepEqual([...figuresInRanges(askedFigures('Can my 17 year old use the gym?'), 'Under-16s must be supervised by an adult member.')], []);
});
