import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindLabelAsked, labelAsked, totalAskedTest } from '../../electron/app/chat/asked-label';
import { contentTerms } from '../../electron/app/chat/function-words';
import { answerFormWords, expectedAnswer } from '../../electron/app/chat/question-cues';

/** The question's own stems and kind, as the scoring reads them. */
function asked(question: string) {
  const form = answerFormWords(question);
  const own = new Set(contentTerms(question).filter((t) => !form.has(t.word.toLowerCase())).map((t) => t.stem));
  return { own, kind: expectedAnswer(question) };
}
const same = (a: string, b: { stem: string }) => a === b.stem;

test('a line is about what its label names: "Salary:" for "What\'s the salary?", not "Pension: … your salary"', () => {
  const salary = asked("What's the salary?");
  assert.equal(labelAsked('Salary: £38,500 per year.', "What's the salary?", salary.own, salary.kind, same), true);
  assert.equal(labelAsked('Pension: we pay 5% of your salary.', "What's the salary?", salary.own, salary.kind, same), false);
  assert.equal(labelAsked('We pay your salary: monthly.', "What's the salary?", salary.own, salary.kind, same), false, 'a sentence, not a label');
});

test('a label word naming the kind of answer counts as asked: "Start date" for "When", "Notice period" for "How long"', () => {
  const start = asked('When do I start?');
  assert.equal(labelAsked('Start date: Monday 5 January 2027.', 'When do I start?', start.own, start.kind, same), true);
  const notice = asked('How long is the notice?');
  assert.equal(labelAsked('Notice period: one month.', 'How long is the notice?', notice.own, notice.kind, same), true);
  // "Period" names a length of time, not a price: "How much is the insurance a month?" is not about the period.
  const price = asked('How much is the insurance a month?');
  assert.equal(labelAsked('Period of insurance: 1 February 2026 to 31 January 2027.', 'How much is the insurance a month?', price.own, price.kind, same), false);
});

test('prose a colon follows has no label: "He wrote to the Elector:", "The Normans (Norman: …)"', () => {
  const letter = asked('Who wrote a letter to the elector?');
  assert.equal(labelAsked('He wrote to the Elector: "During my absence…"', 'Who wrote a letter to the elector?', letter.own, letter.kind, same), false);
  const normans = asked('What is the Latin name of the Normans?');
  assert.equal(labelAsked('The Normans (Norman: Nourmands; Latin: Normanni) were a people.', 'What is the Latin name of the Normans?', normans.own, normans.kind, same), false);
  const lowercase = asked('What is the rent?');
  assert.equal(labelAsked('rent: £950 a month', 'What is the rent?', lowercase.own, lowercase.kind, same), false, 'a label is capitalised');
});

test('a label naming whose or where the thing asked is does not say it: "Dentist:" for the address "of the dentist"', () => {
  const form = (question: string, line: string) => {
    const { own, kind } = asked(question);
    return labelAsked(line, question, own, kind, same);
  };
  assert.equal(form("What's the address of the dentist?", 'Dentist: Dr Helen Marsh'), false);
  assert.equal(form("What's the address of the dentist?", 'Address: 12 Mill Street, Ambleford'), true);
  assert.equal(form('Is there parking at the dentist?', 'Dentist: Dr Helen Marsh'), false);
  assert.equal(form('Is there parking at the dentist?', 'Parking: there is a pay and display car park.'), true);
  assert.equal(form("What is the dentist's phone number?", 'Dentist: Dr Helen Marsh'), false);
  // Asked who, or the name, the line labelled with the owner is the answer.
  assert.equal(form('What is the name of the dentist?', 'Dentist: Dr Helen Marsh'), true);
  assert.equal(form('Who is the dentist?', 'Dentist: Dr Helen Marsh'), true);
});

test('a line labelled with the thing asked answers "when" only where it dates something', () => {
  const end = asked('When does my car insurance end?');
  const car = (a: string, b: { stem: string }) => a === b.stem || (a === 'car' && b.stem === 'vehicl');
  assert.equal(labelAsked('Vehicle: Toyota Yaris Hybrid, registration LM23 XKD', 'When does my car insurance end?', end.own, end.kind, car), false);
  assert.equal(labelAsked('Vehicle: Toyota Yaris Hybrid, first registered 3 March 2021', 'When was my car registered?', asked('When was my car registered?').own, 'time', car), true);
});

test('a label naming only which thing ("car" of "car insurance") is no answer about the thing itself', () => {
  const car = (a: string, b: { stem: string }) => a === b.stem || (a === 'car' && b.stem === 'vehicl');
  // The model year dates the car, not its insurance's end.
  const end = asked('When does my car insurance end?');
  assert.equal(labelAsked('Vehicle: 2019 Ford Fiesta 1.0, registration LK19 TRF', 'When does my car insurance end?', end.own, end.kind, car), false);
  const price = asked('How much is the car insurance?');
  assert.equal(labelAsked('Vehicle: Ford Fiesta, value £6,500', 'How much is the car insurance?', price.own, price.kind, car), false);
  // …but the line saying the thing too is one: "Windscreen: £95 excess".
  const excess = asked('What is the windscreen excess?');
  assert.equal(labelAsked('Windscreen: £95 excess', 'What is the windscreen excess?', excess.own, excess.kind, same), true);
  assert.equal(labelAsked('Windscreen: repaired free of charge', 'What is the windscreen excess?', excess.own, excess.kind, same), false);
});

test("a bill's total set apart by spaces is its total as after a colon: \"Amount payable      £ 1,515.75\"", () => {
  const question = 'How much council tax do I have to pay this year?';
  const total = totalAskedTest(question, asked(question).own)!;
  const titled = new Set(contentTerms('council-tax-bill-2026-27.txt').map((t) => t.stem));
  assert.equal(total('Amount payable                  £ 1,515.75', titled), true);
  assert.equal(total('Northdale District Council      £   298.41', titled), false);
  // What the document's name does not say is priced by no total.
  assert.equal(total('Amount payable                  £ 1,515.75', new Set(contentTerms('water-bill.txt').map((t) => t.stem))), false);
  // How it was paid, in brackets, is no part of the label.
  const repair = 'How much was the bike repair?';
  const receipt = new Set(contentTerms('bike-repair-receipt.txt').map((t) => t.stem));
  assert.equal(totalAskedTest(repair, asked(repair).own)!('Total paid (card): £123.50', receipt), true);
  assert.equal(totalAskedTest(repair, asked(repair).own)!('Brake pads (pair): £18.00', receipt), false);
  // "owe" asks a price as "pay" does, and names nothing priced.
  const owe = 'How much do I owe for music lessons?';
  assert.equal(totalAskedTest(owe, asked(owe).own)!('Total due: 98', new Set(contentTerms('music-lessons-invoice.xlsx').map((t) => t.stem))), true);
});

test('a label naming only the kind of answer asked: "When:", "Venue:", "Term:" for how long', () => {
  assert.equal(kindLabelAsked('When: Saturday 20 March 2027, 2pm to 4pm', "When is Maya's party?", 'time'), true);
  assert.equal(kindLabelAsked('Where: St Mark\'s Church Hall', "When is Maya's party?", 'time'), false);
  assert.equal(kindLabelAsked('Venue: St Mark\'s Church Hall', 'Where is the party?', 'place'), true);
  assert.equal(kindLabelAsked('Term: 25 years', 'How long is the mortgage?', expectedAnswer('How long is the mortgage?')), true);
  assert.equal(kindLabelAsked('Property: 8 Orchard Way', 'How long is the mortgage?', expectedAnswer('How long is the mortgage?')), false);
  // "Term" is no amount: "How much is the mortgage?" does not ask it.
  assert.equal(kindLabelAsked('Term: 25 years', 'How much is the mortgage?', expectedAnswer('How much is the mortgage?')), false);
  // A rate prices the thing by its unit: "Price per day" of a holiday club's sheet, not a day's other label.
  const club = new Set(['holiday', 'club']);
  const price = 'How much is the holiday club?';
  assert.equal(kindLabelAsked('Price per day: £34', price, expectedAnswer(price), club), true);
  assert.equal(kindLabelAsked('Cost a night: £80', price, expectedAnswer(price), club), true);
  assert.equal(kindLabelAsked('Lunch price: £4', price, expectedAnswer(price), club), false);
});
