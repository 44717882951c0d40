import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acronymFormsAsked, baseStem, wordFormsAsked } from '../../electron/app/chat/word-forms';
import { stem } from '../../electron/app/embeddings/lexical-terms';
import { contentTerms } from '../../electron/app/chat/function-words';

const asRead = (word: string) => baseStem(stem(word), word);

test('a form and its base are one word to the answerer: "held" is "hold", "applicant" is who applies', () => {
  assert.equal(asRead('held'), asRead('hold'));
  assert.equal(asRead('applicant'), asRead('applied'));
  assert.equal(asRead('photography'), asRead('photos'));
  assert.equal(asRead('payable'), asRead('pay'));
  // A state and its noun, and a deed and its "dis-", which the stemmer parts.
  assert.equal(asRead('pregnancy'), asRead('pregnant'));
  assert.equal(asRead('disagree'), asRead('agree'));
  assert.equal(asRead('finishers'), asRead('finishing'));
  // Who teaches, drives or leads, as a timetable's or a booking's label names them.
  assert.equal(asRead('teacher'), asRead('teaches'));
  assert.equal(asRead('cleaner'), asRead('cleans'));
  assert.equal(asRead('drivers'), asRead('drive'));
  assert.equal(asRead('leader'), asRead('led'));
  assert.equal(asRead('organisers'), asRead('organised'));
  // "-ant" words at large are not their verb's.
  assert.notEqual(asRead('important'), asRead('import'));
});

test('a search looks up the other words of the family a question word belongs to, not the word again', () => {
  assert.deepEqual(wordFormsAsked('When do I have to pay the childminder?'), ['paid', 'payable', 'afford', 'affords', 'afforded']);
  assert.ok(wordFormsAsked('Can I take photos?').includes('photography'));
  assert.ok(wordFormsAsked('Who applied?').includes('applicant'));
  assert.deepEqual(wordFormsAsked('What is the Wi-Fi password?'), []);
  // A certificate says "Expiry date:", a school "medication".
  assert.ok(wordFormsAsked('When does my insurance expire?').includes('expiry'));
  assert.ok(wordFormsAsked('Who do I give medicine to?').includes('medication'));
  assert.ok(wordFormsAsked('Can I have a massage when pregnant?').includes('pregnancy'));
});

test('members are of a membership, a weight is what a thing weighs, and an acronym\'s plural is searched too', () => {
  assert.ok(wordFormsAsked('What do members get?').includes('membership'));
  assert.ok(wordFormsAsked('What happens if we are late?').includes('latecomers'));
  assert.ok(wordFormsAsked('How much does Biscuit weigh?').includes('weight'));
  assert.deepEqual(acronymFormsAsked('Can I send my CV?'), ['CVs']);
  assert.deepEqual(acronymFormsAsked('Are CVs accepted?'), ['CV']);
  assert.deepEqual(acronymFormsAsked('Can I send my cv?'), [], 'not a word in lower case');
});

test('a deed by its formal word, and what an invitation asks by its letters', () => {
  assert.ok(wordFormsAsked('Can I postpone jury service?').includes('defer'));
  assert.ok(wordFormsAsked('Can I postpone my appointment?').includes('deferral'));
  assert.ok(wordFormsAsked('Who do I reply to?').includes('rsvp'));
  assert.deepEqual(wordFormsAsked('Who do I contact?'), []);
});

test('"fed" is feeding where written in lower case, and "the Fed" is not', () => {
  const stems = (text: string) => contentTerms(text).map((t) => t.stem);
  assert.ok(stems('When does the cat get fed?').includes(stem('feed')));
  assert.ok(!stems('When did the Fed raise rates?').includes(stem('feed')));
});

test('the British verb and its noun are one word: one practises what a practice log records', () => {
  assert.equal(asRead('practise'), asRead('practice'));
  assert.equal(asRead('practised'), asRead('practices'));
  assert.ok(wordFormsAsked('How long did I practise on Monday?').includes('practice'));
});

test("a hire's drop-off is its return; to drop a child off is not", () => {
  assert.equal(asRead('dropoff'), asRead('returned'));
  assert.notEqual(asRead('drop'), asRead('return'));
});

test('what a thing is worth is its value', () => {
  assert.equal(asRead('worth'), asRead('value'));
  assert.equal(asRead('valuation'), asRead('worth'));
});

test('what is compulsory is required', () => {
  assert.equal(asRead('compulsory'), asRead('required'));
  assert.equal(asRead('mandatory'), asRead('requires'));
});

test('borrowing is taking a loan', () => {
  assert.equal(asRead('borrowing'), asRead('loan'));
  assert.equal(asRead('borrowed'), asRead('loans'));
});

test('to pause a membership is to freeze it; to afford is to pay', () => {
  assert.equal(asRead('pause'), asRead('freeze'));
  assert.equal(asRead('paused'), asRead('frozen'));
  assert.equal(asRead('afford'), asRead('pay'));
});

test('a noun ending in "-ie" and its plural are one word', () => {
  const stemOf = (word: string) => contentTerms(word)[0]!.stem;
  assert.equal(stemOf('calorie'), stemOf('calories'));
  assert.equal(stemOf('cookie'), stemOf('cookies'));
  // A short word is left as the stemmer writes it.
  assert.equal(stemOf('pie'), stem('pie'));
});
