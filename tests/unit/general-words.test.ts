import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentTerms } from '../../electron/app/chat/function-words';
import { askedMembers, kindsAsked, membersHeldIn } from '../../electron/app/chat/general-words';

const stems = (text: string) => new Set(contentTerms(text).map((t) => t.stem));

test('a thing the question names is held by a sentence naming its kind: a dog by "Pets", kids by "Children"', () => {
  const dog = askedMembers('Can we bring our dog?');
  assert.deepEqual(membersHeldIn(dog, stems('Pets are not allowed at the villa.')), ['dog']);
  assert.deepEqual(membersHeldIn(askedMembers('Do kids eat cheaper?'), stems('Children under 10 eat half price.')), ['kid']);
  assert.deepEqual(membersHeldIn(askedMembers('Can I park my van here?'), stems('No vehicles beyond this point.')), ['van']);
  // Another kind, or none, holds nothing; nor does a question naming no member.
  assert.deepEqual(membersHeldIn(dog, stems('No vehicles beyond this point.')), []);
  assert.deepEqual(askedMembers('Can we bring our bikes?'), []);
});

test('a search for a member looks its kind up too', () => {
  assert.deepEqual(kindsAsked('Can we bring our dog and the cat?'), ['pet']);
  assert.deepEqual(kindsAsked('Is wine included?'), ['alcohol']);
  assert.deepEqual(kindsAsked('What time is breakfast?'), []);
});
