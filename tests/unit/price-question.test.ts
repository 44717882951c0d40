import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { asksPrice, pricesAnother, saysPrice } from '../../electron/app/chat/price-question';

describe('price questions', () => {
  test('a question asking only what something costs is one; a fee, a rate, a weight or "how much is" the thing are not', () => {
    for (const q of ['How much does the Plus plan cost?', 'What is the price of the Family plan?', 'What does the Basic plan cost per month?', 'How expensive is the tour?', 'How much do I pay for parking?', "What's the cost of a replacement card?", "What is the thermostat's price?", "What's the Plus plan's cost?"]) {
      assert.equal(asksPrice(q), true, q);
    }
    for (const q of ['How much does the kettle weigh?', 'What is the rate of VAT?', 'Is there a fee for late returns?', 'How much is the annual leave allowance?', 'How much storage does the Plus plan include?', "What is the thermostat's model?"]) {
      assert.equal(asksPrice(q), false, q);
    }
  });

  test('anything a price could be written as says one: an amount in any currency, a priced figure, a figure per period, or nothing to pay', () => {
    const prices = [
      'The Plus plan is $9.99.',
      'It costs 120 kr a month.',
      'Cena: 49 zł',
      'Tickets are 12.50 at the door.',
      'Rs. 500 per night',
      'It is 50p a cup.',
      'Membership costs 40 a year.',
      'Plans start at 9 per seat.',
      'The council spent 2 million on the new roof.',
      '| Plan | Price (USD) |\n| --- | --- |\n| Plus | 12 |',
      'Delivery is free on orders over 50.',
      'Repairs are covered by the warranty.',
      'The fee is waived for students.',
      'Breakfast is included.',
    ];
    for (const t of prices) assert.equal(saysPrice(t), true, t);
    const none = ['The Basic plan includes 100 GB, the Plus plan 1 TB and the Family plan 2 TB.', 'All files are encrypted with TLS 1.3 and AES-256.', 'Annual plans can be refunded in full within 14 days of purchase.'];
    for (const t of none) assert.equal(saysPrice(t), false, t);
  });

  test("a sentence pricing another thing than the question's is told apart from one pricing it, or naming nothing", () => {
    const other: Array<[string, string]> = [
      ['How much does the Metro 500 cost?', 'A spare battery for the Metro 500 costs €549 from any authorised dealer.'],
      ['What is the price of the bike?', 'A standard service costs €79.'],
      ['What does coaching for juniors cost?', 'Floodlights cost £4 per hour.'],
    ];
    for (const [q, s] of other) assert.equal(pricesAnother(q, s), true, `${q} | ${s}`);
    const same: Array<[string, string]> = [
      ['How much does the Plus plan cost?', 'The Plus plan costs €12 a month.'],
      ['How much does the Metro 500 cost?', 'The Metro 500 is €2,499 including VAT.'],
      ['How much does a season ticket cost?', 'Adult season tickets cost £320.'],
      ['What does parking cost at the venue?', 'Parking at the venue is £12 per day.'],
      // Either side naming nothing, or a row of a table, is not told apart.
      ['How much does the Metro 500 cost?', 'It costs €2,499.'],
      ['How much does it cost?', 'Membership is £40 a year.'],
      ['How much does the Basic plan cost?', 'Plan: Pro; Price (USD): 9.'],
    ];
    for (const [q, s] of same) assert.equal(pricesAnother(q, s), false, `${q} | ${s}`);
  });
});
