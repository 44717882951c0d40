import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { contentTerms } from '../../electron/app/chat/function-words';

const words = (text: string) => contentTerms(text).map((t) => t.word);

describe('contentTerms', () => {
  test('drops the function words of English, French and German', () => {
    assert.deepEqual(words('When was the bakery founded?'), ['bakery', 'founded']);
    const french = words('Quand le vote de la loi a-t-il eu lieu ?');
    for (const w of ['vote', 'loi']) assert.ok(french.includes(w), w);
    for (const w of ['quand', 'le', 'de', 'la', 'il']) assert.ok(!french.includes(w), w);
    assert.ok(!words('Wie viele Mitarbeiter hat die Firma?').includes('wie'));
  });

  test('Chinese and Japanese keep their bigrams, the stand-ins for words, without question words and particles, or the single characters inside a bigram', () => {
    // "where is Apple's headquarters?": 总部 (headquarters) counts; 哪里 (where) and the characters alone do not.
    assert.deepEqual(words('苹果公司的总部在哪里？'), ['苹果', '果公', '公司', '司的', '的总', '总部', '部在']);
    assert.deepEqual(words('DNC是什么？'), ['dnc']);
    // "what did the cat eat?": the particles and "what" go, the words stay.
    const cat = words('ネコは何を食べましたか？');
    for (const w of ['ネコ', '食べ']) assert.ok(cat.includes(w), w);
    for (const w of ['は', '何', '何を', 'ました', 'コ']) assert.ok(!cat.includes(w), w);
    // A character with no neighbour of its script is a word by itself, one outside the BMP too.
    assert.deepEqual(words('猫 and dogs'), ['猫', 'dogs']);
    assert.deepEqual(words('𠮷 and 猫'), ['𠮷', '猫']);
  });

  test('the "-ing" of a short verb ending in "e" is that verb, and a word that only ends so keeps its own stem', () => {
    const stem = (word: string) => contentTerms(word)[0]!.stem;
    // "When is the plumber coming?" is answered by "I can come on Friday".
    for (const [form, base] of [['coming', 'come'], ['making', 'make'], ['taking', 'takes'], ['giving', 'gave']]) assert.equal(stem(form), stem(base), form);
    // A doubled consonant or two vowels before "-ing" is another word's form: "sitting" is no "site", "heating" "heat".
    assert.notEqual(stem('sitting'), stem('site'));
    assert.equal(stem('heating'), stem('heat'));
  });

  test('the "-ied" and "-ying" forms of a verb ending in "y" are that verb', () => {
    const stem = (word: string) => contentTerms(word)[0]!.stem;
    // "Who is applying for the licence?" is answered by "Lisa will apply for the licence".
    for (const [form, base] of [['applying', 'apply'], ['applied', 'applies'], ['married', 'marry'], ['carrying', 'carried'], ['studied', 'study']]) assert.equal(stem(form), stem(base), form);
    assert.notEqual(stem('applying'), stem('appeal'));
  });

  test('an irregular plural is its singular: "How many dice?" is answered by "1 lighthouse die"', () => {
    const stem = (word: string) => contentTerms(word)[0]!.stem;
    for (const [form, base] of [['dice', 'die'], ['geese', 'goose'], ['children', 'child']]) assert.equal(stem(form), stem(base), form);
  });

  test('an abbreviation matches the word it stands for, and a word that only looks like one keeps its own stem', () => {
    const stems = (text: string) => new Set(contentTerms(text).map((t) => t.stem));
    const same = (a: string, b: string) => [...stems(a)].some((s) => stems(b).has(s));
    assert.ok(same('tel. 0113 496 0021', 'phone'));
    assert.ok(same('ext. 4021', 'What is the extension?'));
    assert.ok(same('Add 2 tbsp sugar', 'tablespoons'));
    assert.ok(same('load max. 7 kg', 'maximum'));
    // Read so only where the text says it: a figure after "No." and "min.", before "min" and "hr", a dot after "fig".
    assert.ok(same('Flat No. 5', 'number'));
    assert.ok(!same('The answer is no. The form is closed.', 'number'));
    assert.ok(same('min. 20 people', 'minimum'));
    assert.ok(same('Bake for 20 min', 'minutes'));
    assert.ok(!same('Bake for 20 min', 'minimum'));
    assert.ok(same('a 3 hr drive', 'hours'));
    assert.ok(!same('Ask HR about leave', 'hours'));
    assert.ok(same('see fig. 2', 'figure'));
    assert.ok(!same('a fig tree', 'figure'));
    assert.ok(same('on the 1st of each month', 'When is the first payment due?'));
    assert.ok(same('the 2nd floor', 'second'));
    // A title before a name: "Dr Owen Price" is a doctor, "Elm Dr, Leeds" a drive.
    assert.ok(same('Name: Dr Owen Price', 'doctor'));
    assert.ok(same('Prof. Lee teaches it', 'professor'));
    assert.ok(!same('12 Elm Dr, Leeds', 'doctor'));
    // "most" and "least" of an amount are a maximum and a minimum; of a quality, or of people, they are not.
    assert.ok(same('What is the most I can be fined?', 'up to a maximum of 6 pounds'));
    assert.ok(same('at least £20 each', 'minimum'));
    assert.ok(!same('the most popular book', 'maximum'));
    assert.ok(!same('most people', 'maximum'));
  });

  test('a number written with dots is one word: a version matches its own, not its figures elsewhere', () => {
    const stems = (text: string) => contentTerms(text).map((t) => t.stem);
    assert.deepEqual(stems('When was version 4.1.3 released?'), ['version', '4.1.3', 'releas']);
    // "4.1.3" is not "4 GB" nor "Monday 4 January"; "4.2" is what "v4.2.0" says, and "1.30 pm" a time of its own.
    assert.ok(!stems('4 GB of free disk space').includes('4.1.3'));
    assert.ok(stems('## v4.2.0 (released 18 November 2026)').includes('4.2'));
    assert.deepEqual(stems('closes at 1.30 pm'), ['clos', '1.30', 'pm']);
    // A unit written onto the figure is still a word ("103.5FM" as "103.5 FM"); "No. 5" is two words.
    assert.deepEqual(stems('103.5FM'), stems('103.5 FM'));
    assert.deepEqual(stems('Flat No. 5'), ['flat', 'number', '5']);
  });

  test('a word of short parts or a letter alone hyphenated is one word written either way; other compounds stay apart', () => {
    const stems = (text: string) => contentTerms(text).map((t) => t.stem);
    assert.deepEqual(stems('Free Wi-Fi'), stems('free wifi'));
    assert.ok(stems('e-mail').includes(stems('email')[0]!));
    assert.deepEqual(stems('co-op'), ['coop']);
    // A letter's compound is also its longer word: an "E-Bike" is a bike, a "T-shirt" a shirt.
    assert.deepEqual(stems('E-Bike T-shirt'), ['ebik', ...stems('bike'), 'tshirt', 'shirt']);
    // A function word is one a question may write apart ("drop in", "in store"); long words are words of their own.
    // A verb's particle makes a noun written as one word as often: "check-out" is "checkout" too, and still "check".
    assert.deepEqual(stems('drop-in'), ['drop', 'dropin']);
    assert.deepEqual(stems('Install the plug-in'), [...stems('install'), 'plug', ...stems('plugin')]);
    assert.deepEqual(stems('the back-up'), ['back', ...stems('backup')]);
    assert.deepEqual(stems('a to-do list'), ['list']);
    assert.deepEqual(stems('in-store full-time'), [...stems('store'), 'full', 'time']);
    assert.ok(stems("'un-aided' schools").includes(stems('aided')[0]!));
  });

  test('a verb and its particle that mean one word are that word: "send it back" is "return", "take home" is "net"', () => {
    const stems = (text: string) => contentTerms(text).map((t) => t.stem);
    assert.deepEqual(stems("send the router back"), stems('return router'));
    assert.deepEqual(stems('Where do I pick up the hire car?'), stems('collect hire car'));
    assert.deepEqual(stems('Pick the car up at 9am.'), stems('collect car 9am'));
    assert.deepEqual(stems('How much did I take home?'), stems('net'));
    assert.deepEqual(stems('take-home pay'), stems('net pay'));
    assert.deepEqual(stems("Top up your child's account"), stems("pay child's account"));
    assert.deepEqual(stems('When do they go back to school?'), stems('return school'));
    // "Been burgled" is said "broken into".
    assert.deepEqual(stems('If your home has been broken into'), stems('home burgled'));
    // Not across a clause's end, nor past a few words, nor a verb without its particle.
    assert.deepEqual(stems('I sent it, back in May.'), ['send', 'back', 'may']);
    assert.deepEqual(stems('Take the leftovers home.'), ['take', ...stems('leftovers'), 'home']);
    assert.deepEqual(stems('Pick a colour.'), ['pick', ...stems('colour')]);
  });

  test('checking in and checking out are two things, hyphenated or not; "check in the drawer" is no check-in', () => {
    const stems = (text: string) => contentTerms(text).map((t) => t.stem);
    assert.deepEqual(stems('Can we check in?'), stems('Check-in is from'));
    assert.deepEqual(stems('Do we check out?'), stems('Check-out is by'));
    assert.notDeepEqual(stems('Check-in'), stems('Check-out'));
    assert.deepEqual(stems('Check out of the hotel by 11.'), stems('Check-out: hotel, 11'));
    // Logging in is signing in.
    assert.deepEqual(stems('How do I log in?'), stems('Sign in with your email'.replace(' with your email', '')));
    assert.deepEqual(stems('Log-out'), stems('logout'));
    // Written as one word, the pair is read as the pair: "When is checkout?" of "Check-out is by 11am".
    assert.deepEqual(stems('When is checkout?'), stems('Check-out is by'));
    assert.deepEqual(stems('Checkin'), stems('Check-in'));
    assert.deepEqual(stems('Where is the pickup?'), stems('Pick-up'));
    assert.deepEqual(stems('Where is the pickup?'), stems('collect'));
    // A preposition of a place after the verb: the verb alone.
    assert.deepEqual(stems('Check in the drawer.'), ['check', ...stems('drawer')]);
  });

  test('nouns naming no thing in particular are no words to find: "things", "details"', () => {
    const stems = (text: string) => contentTerms(text).map((t) => t.stem);
    assert.deepEqual(stems('Can I lift heavy things?'), stems('lift heavy'));
    assert.deepEqual(stems('What are the bank details?'), stems('bank'));
  });

  test('"need to" before a verb says it must be done, and is no word; "no need to" is', () => {
    const stems = (text: string) => contentTerms(text).map((t) => t.stem);
    assert.deepEqual(stems('What do we need to do before we leave?'), stems('leave'));
    assert.deepEqual(stems('Children need to be in class by 8:30am.'), stems('children class 8:30am'));
    assert.ok(stems('They see no need to accept punishment.').includes('need'));
    assert.ok(stems('What do I need for the trip?').includes('need'));
  });

  test('"don\'t", "won\'t": the verb cut off at the apostrophe is no word, but "won" alone is', () => {
    assert.deepEqual(words("What happens if I don't pay?"), ['happens', 'pay']);
    assert.deepEqual(words('It won’t start'), ['start']);
    assert.deepEqual(words('We won 3-1'), ['won', '3', '1']);
  });
});

test('a "-ment" noun the stemmer folds into another word keeps a stem of its own', () => {
  const stems = (text: string) => contentTerms(text).map((t) => t.stem);
  assert.notDeepEqual(stems('statement'), stems('state'));
  assert.notDeepEqual(stems('department'), stems('depart'));
  assert.deepEqual(stems('statements'), stems('statement'));
  // Others stay with their verb: a "treatment" is what treats.
  assert.deepEqual(stems('treatment'), stems('treat'));
});

test('"buses" is "bus", which the stemmer kept apart for its three letters', () => {
  const stems = (text: string) => contentTerms(text).map((t) => t.stem);
  assert.deepEqual(stems('buses'), stems('bus'));
});
