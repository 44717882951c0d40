import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { amountStatedTest, answerFormWords, asksSpot, conditionTest, placingTest, definitionTest, expectedAnswer, holdsExpected, holdsMoney, figureWordsHeld, measureNouns, phoneOwner, phoneWordsHeld, postalWordsHeld, endWordsHeld, startWordsHeld, nowWordsHeld, countStatedTest, deedStatedTest, peopleWordsHeld, spanStatedTest, asksMoney, journeyWordsHeld, deedWhenWhereTest, wholePriceAsked, whichOneVerb, passiveDeed, scaleWordsHeld, otherTenseTest, asksDayOfThing, emptyPassive, renewalWordsHeld, madeIntoVerb, personWordsHeld, deadlineOfOtherTest, monthsNamed, riseWordsHeld, ordinalWordsHeld, rateStatedTest, doneByTest, wayOfDeedTest, asksPhone, otherDaysOnly, hoursUnsaid } from '../../electron/app/chat/question-cues';

describe('question cues', () => {
  test('"how heavy" is searched as the weight a spec sheet writes; "how long" and a plain question add nothing', () => {
    assert.deepEqual(measureNouns('How heavy is the Metro 500 e-bike?'), ['weight']);
    assert.deepEqual(measureNouns('How old and how tall must a rider be? How tall exactly?'), ['age', 'height']);
    assert.deepEqual(measureNouns('How long does the battery take to charge?'), []);
    assert.deepEqual(measureNouns('Is the heavy model cheaper?'), []);
    // A quantity that is no physical size is searched as asked: a rate, a deposit, a fee.
    assert.deepEqual(measureNouns('How high is the interest rate on the loan?'), []);
    assert.deepEqual(measureNouns('How big is the deposit for the flat?'), []);
    assert.deepEqual(measureNouns('How high is the fence, and how big is the fee?'), ['height']);
  });

  test('a number the question already holds is not a new one, even with the full stop that ends the sentence', () => {
    const question = 'How many astronauts flew on Apollo 11?';
    assert.equal(expectedAnswer(question), 'number');
    // Only repeats the question's "11": it does not say how many.
    assert.equal(holdsExpected('Crowds in Florida cheered the astronauts who flew on Apollo 11.', question, 'number'), 0);
    assert.equal(holdsExpected('Reporters followed Apollo 11, then the astronauts flew.', question, 'number'), 0);
    assert.equal(holdsExpected('Three astronauts flew on the spacecraft.', question, 'number'), 1);
    assert.equal(holdsExpected('The crew numbered 3.', question, 'number'), 1);
  });

  test('"How often…?" is answered by how often, with a figure or without; a figure alone only half answers it', () => {
    const bin = 'How often should I empty the dust bin?';
    assert.equal(expectedAnswer(bin), 'number');
    for (const sentence of ['Empty the dust bin after every cleaning run.', 'Empty it weekly.', 'Empty it twice a month.', 'Empty it three times a week.', 'Empty it every 4 weeks.', 'Empty it every other day.']) {
      assert.equal(holdsExpected(sentence, bin, 'number'), 1, sentence);
    }
    assert.equal(holdsExpected('Step 1: Press the release button and lift out the dust bin.', bin, 'number'), 0.5);
    assert.equal(holdsExpected('The dust bin holds 0.5 litres.', bin, 'number'), 0.5);
    assert.equal(holdsExpected('Lift out the dust bin.', bin, 'number'), 0);
    assert.equal(holdsExpected('Wie oft? Jede Woche, einmal pro Woche.', 'Wie oft soll ich den Behälter leeren?', 'number'), 1);
  });

  test('"How long…?" is answered by a length or a span of time; another count only half answers it', () => {
    const reef = 'How long is the Great Barrier Reef?';
    assert.equal(expectedAnswer(reef), 'number');
    assert.equal(holdsExpected('It stretches for over 2,300 kilometres off the coast of Queensland.', reef, 'number'), 1);
    assert.equal(holdsExpected('It is made of over 2,900 individual reefs and 900 islands.', reef, 'number'), 0.5);
    const siege = 'How long did the siege last?';
    for (const sentence of ['The siege lasted 14 months.', 'The city held out for two years.', 'It went on for a decade.', 'It was over in half an hour.']) {
      assert.equal(holdsExpected(sentence, siege, 'number'), 1, sentence);
    }
    assert.equal(holdsExpected('The siege began with 4,000 soldiers.', siege, 'number'), 0.5);
    for (const sentence of ['The siege lasted eighteen months.', 'It lasted a couple of weeks.', 'The siege lasted from 1939 to 1945.', 'The siege (1939–1945) was long.']) {
      assert.equal(holdsExpected(sentence, siege, 'number'), 1, sentence);
    }
    // A span the question already holds does not answer it.
    assert.equal(holdsExpected('The 3-day conference opens at 9:00 in Hall B.', 'How long is the 3-day conference?', 'number'), 0);
    assert.equal(holdsExpected('A day on Mars is like a day on Earth.', 'How long is a day on Mars?', 'number'), 0);
    assert.equal(holdsExpected('A day on Mars lasts 24 hours and 39 minutes.', 'How long is a day on Mars?', 'number'), 1);
    // "A second" before a word counts ("a second term"); a second on its own, or after a figure, is a span.
    assert.equal(holdsExpected('He won a second term in 1996.', 'How long did he serve?', 'number'), 0);
    assert.equal(holdsExpected('The delay is 1 second per frame.', 'How long is the delay?', 'number'), 1);
    // A span before or after something says when, unless it is how long something takes, or the question asks so.
    const renewal = 'How long does the renewal take?';
    assert.equal(holdsExpected('You can renew it up to 12 weeks before it expires.', renewal, 'number') < 1, true);
    assert.equal(holdsExpected('It can take up to 8 weeks to process.', renewal, 'number'), 1);
    assert.equal(holdsExpected('Please allow 3 working days before you collect.', 'How long does a repeat take?', 'number'), 1);
    assert.equal(holdsExpected('Rest it for 10 minutes before carving.', 'How long should I rest the lamb?', 'number'), 1);
    assert.equal(holdsExpected('Book at least 2 weeks before the exam.', 'How long before the exam should I book?', 'number'), 1);
    assert.equal(holdsExpected('He was elected 3 years after the war.', 'How long after the war was he elected?', 'number'), 1);
    // "How early…?" asks such a span.
    assert.equal(holdsExpected('You can renew it up to 12 weeks before it expires.', 'How early can I renew?', 'time'), 1);
    assert.equal(holdsExpected('Your permit expires on 31 May 2032.', 'How early can I renew?', 'time') < 1, true);
    assert.equal(holdsExpected('Please give us 48 hours notice.', 'How much notice do I need to give?', 'time'), 1);
    // How often ("every 4 to 6 hours") and how old ("aged 10 to 15 years", "children under 10 years") are not how long.
    const course = 'How long can I take the tablets?';
    assert.equal(holdsExpected('Take 1 tablet every 4 to 6 hours.', course, 'number'), 0.5);
    assert.equal(holdsExpected('Children aged 10 to 15 years: take 1 tablet.', course, 'number'), 0.5);
    assert.equal(holdsExpected('Do not give to children under 10 years.', course, 'number'), 0.5);
    assert.equal(holdsExpected('Do not take for more than 3 days.', course, 'number'), 1);
    // "How long … for?" asks what a "for" says; "in 24 hours" is the window a dose is counted in.
    assert.equal(holdsExpected('Do not take more than 8 tablets in 24 hours.', 'How long can I take them for?', 'number'), 0.5);
    assert.equal(holdsExpected('Orders arrive in 3 days.', 'How long does delivery take?', 'number'), 1);
    // Any other "how many" question still takes any new count.
    assert.equal(holdsExpected('It is made of over 2,900 individual reefs.', 'How many reefs make up the Great Barrier Reef?', 'number'), 1);
  });

  test('a date or a clock time says when, not how many: "How many students attend?" is not answered by "an event on 11/14"', () => {
    const question = 'How many students attend the school?';
    for (const sentence of ['Students and families are invited to an event on 11/14!', 'The parade starts at 8:45 am.', 'The fair is on Oct. 31 in the gym.', 'Enrolment closes on 3rd March.', 'Since 2013 the school has held a summer fair.']) {
      assert.equal(holdsExpected(sentence, question, 'number'), 0, sentence);
    }
    assert.equal(holdsExpected('The school has 620 students.', question, 'number'), 1);
    assert.equal(holdsExpected('In 2013 the school had 620 students.', question, 'number'), 1);
    // Counts that look like dates are still counts: a range, a number before "may", a figure after "by" or "around".
    for (const sentence of ['The class has 20-25 students.', 'Up to 30 may attend the school.', 'The school grew by 1200 students.', 'Around 1500 students attend.']) {
      assert.equal(holdsExpected(sentence, question, 'number'), 1, sentence);
    }
    assert.equal(holdsExpected('The average household size was 2.55.', 'What was the average household size?', 'number'), 1);
    // …and a "when" question takes them for times.
    assert.equal(holdsExpected('The parade starts at 8:45 am.', 'When does the parade start?', 'time'), 1);
    assert.equal(holdsExpected('Bring your form on 11/14.', 'When is the form due?', 'time'), 1);
    // A year answers "when"; a group of a larger figure is no year ("1,900 square metres", "€2.500").
    assert.equal(holdsExpected('The hall opened in 1904.', 'When did the hall open?', 'time'), 1);
    assert.ok(holdsExpected('The new space is 1,900 square metres.', 'When do we move into the new space?', 'time') < 1);
    assert.ok(holdsExpected('The fit-out costs €2.500 per desk.', 'When is the fit-out finished?', 'time') < 1);
    assert.ok(holdsExpected('Install the X2000 bracket first.', 'When is the bracket installed?', 'time') < 1);
    assert.equal(holdsExpected('Sales grew in the 1990s.', 'When did sales grow?', 'time'), 1);
    // A serial number's groups of four figures are no years: from 3000, or under 1000 with its leading nought. A year
    // of three figures still is.
    assert.ok(holdsExpected('Serial no: 7742-0981-AB', 'When did I buy the washing machine?', 'time') < 1);
    assert.equal(holdsExpected('The abbey was founded in 980.', 'When was the abbey founded?', 'time'), 1);
    // Nor is the group after such figures in a reference; two years joined by a hyphen are still years.
    assert.ok(holdsExpected('Policy number: HM-3390-1172.', 'When does my policy renew?', 'time') < 1);
    assert.equal(holdsExpected('Records from 1990-1995 are archived.', 'When were the records kept?', 'time'), 1);
    // An amount of money dates nothing: "£750" is no year, "£14.50" no day.
    assert.equal(holdsExpected('Bicycles worth more than £750 must be named on your schedule.', 'When does my insurance end?', 'time'), 0);
    assert.equal(holdsExpected('The trip costs £14.50 per child.', 'When is the school trip?', 'time'), 0);
    assert.equal(holdsExpected('The museum reopened in 1750 after the fire.', 'When did the museum reopen?', 'time'), 1);
  });

  test('"may" and "march" date nothing as verbs: a month name that is also a word is a month only capitalised', () => {
    const question = 'When does the lease end?';
    assert.equal(expectedAnswer(question), 'time');
    assert.ok(holdsExpected('The Tenant may end the lease early by giving notice.', question, 'time') < 1);
    assert.ok(holdsExpected('Protesters will march to the end of the street.', question, 'time') < 1);
    assert.equal(holdsExpected('The lease ends in May.', question, 'time'), 1);
    assert.equal(holdsExpected('The lease ends at the end of March.', question, 'time'), 1);
    assert.equal(holdsExpected('The lease ends in september.', question, 'time'), 1, 'a month that is no word counts in any case');
  });

  test('a code with digits names a thing, not how many: "NYC-01" and a VIN do not answer "how many", "2TB" does', () => {
    const question = 'How many seats does the Downtown Multiplex have?';
    for (const code of ['Location: NYC-01', 'Item: SKU-4563', 'VIN 1C4RJFBG2NC123456']) assert.equal(holdsExpected(code, question, 'number'), 0, code);
    assert.equal(holdsExpected('Capacity: 240 seats', question, 'number'), 1);
    assert.equal(holdsExpected('Portable SSD 2TB', 'How much storage does the SSD have?', 'number'), 1);
    assert.equal(holdsExpected('The motor runs at 10000RPM.', 'How fast is the motor?', 'number'), 1);
  });

  test('a line that is only a telephone number holds the words of a question asking for one, and of no other', () => {
    assert.deepEqual(phoneWordsHeld('(415) 555-0199', "What is TechMart's phone number?"), ['phone', 'number']);
    assert.deepEqual(phoneWordsHeld('Tel: +44 20 7946 0958', 'How can I call the office?'), ['call']);
    assert.deepEqual(phoneWordsHeld('(415) 555-0199', 'What is the total?'), [], 'not asked for');
    for (const line of ['11/23/2024 14:32:18', 'TOTAL $821.14', 'Call us on weekdays', '2014', '978-3-16-148410-0', '2023 - 2024 - 2025']) {
      assert.deepEqual(phoneWordsHeld(line, 'What is the phone number?'), [], line);
    }
    assert.deepEqual(phoneWordsHeld('(415) 555-0199', 'How many mobile phones were sold?'), [], 'a count of phones');
    // A fax number answers a question about a fax, and only a line that says it is one.
    assert.deepEqual(phoneWordsHeld('(415) 555-0199', 'What is the fax number?'), []);
    assert.deepEqual(phoneWordsHeld('Fax: (415) 555-0100', 'What is the fax number?'), ['fax', 'number']);
    assert.deepEqual(phoneWordsHeld('Fax: (415) 555-0100', 'What is the phone number?'), []);    // A line a label opens with a number written as a telephone's: "Support: 0800 555 0199, Monday to Friday…".
    assert.deepEqual(phoneWordsHeld('Support: 0800 555 0199, Monday to Friday 8 am to 6 pm.', 'What is the support phone number?'), ['phone', 'number']);
    assert.deepEqual(phoneWordsHeld('Helpline: +44 300 123 4567', 'How do I ring them?'), ['ring']);
    for (const line of ['Total: 1 234 567', 'Date: 03-04-2024', 'Reference: 2024 118 77', 'Serial: 12.04.2023']) {
      assert.deepEqual(phoneWordsHeld(line, 'What is the phone number?'), [], line);
    }
    // A field naming someone and then their number.
    assert.deepEqual(phoneWordsHeld('Practice: Eskside Veterinary Surgery, 01947 600 212', "What's the vet's phone number?"), ['phone', 'number']);
    assert.deepEqual(phoneWordsHeld('Practice: Eskside Veterinary Surgery, 14 Abbey Terrace', "What's the vet's phone number?"), [], 'an address');
    // A number to call us on is the customer service line; one labelled as another line is not.
    assert.deepEqual(phoneWordsHeld('Call us on 0333 014 0101 (8am to 8pm, seven days a week).', "What's the customer service number?"), ['number', 'customer', 'service']);
    assert.deepEqual(phoneWordsHeld('Sales: 0333 014 0202', "What's the customer service number?"), ['number']);
  });

  test('a figure per unit says what a question asking a rate calls it: "45p per mile" is the mileage rate', () => {
    assert.deepEqual(figureWordsHeld("What's the mileage rate?")('Item: Mileage; Limit: 45p per mile'), ['rate']);
    // "The unit rate" is per unit of what a meter counts, not per person.
    assert.deepEqual(figureWordsHeld('What is the unit rate?')('Unit rate 24.10p per kWh.'), ['rate', 'unit']);
    assert.deepEqual(figureWordsHeld('What is the unit rate?')('£45 per person, to Dan by 1 July.'), ['rate']);
    assert.deepEqual(figureWordsHeld('What are the day rates?')('Hire: £9 a day'), ['rates']);
    // A total, a count or a date is no rate.
    for (const line of ['Total paid: £248.00.', 'Mileage is unlimited.', 'Rental for 4 days: £212.00.', 'Pick-up: Monday 12 July 2027 at 10:00.']) {
      assert.deepEqual(figureWordsHeld("What's the mileage rate?")(line), [], line);
    }
  });

  test('opening hours hold what a question asking when something is open says: "open", "close", "hours"', () => {
    const line = 'Support: 0800 555 0199, Monday to Friday 8 am to 6 pm.';
    assert.deepEqual(figureWordsHeld('When are the support lines open?')(line), ['open']);
    assert.deepEqual(figureWordsHeld('What time does the pool close?')('Pool: 07:00-21:30 every day'), ['close']);
    assert.deepEqual(figureWordsHeld('What are the opening times?')('Sat 10am-4pm'), ['opening', 'times']);
    assert.deepEqual(figureWordsHeld('What are the office hours?')('Mon–Fri'), ['hours']);
    // Counts and versions are no hours, and a question about how to open something asks no time.
    for (const other of ['Groups of 20-25 people.', 'Read pages 10 to 12.', 'Versions 1.2-1.4 are affected.']) {
      assert.deepEqual(figureWordsHeld('When is the office open?')(other), [], other);
    }
    assert.deepEqual(figureWordsHeld('How do I open the battery cover?')(line), []);
    assert.deepEqual(figureWordsHeld('How many hours does the battery last?')(line), []);
  });

  test('French and German questions get the same cues: "quand" and "wann" want a date, "combien" a number, "pourquoi" a reason', () => {
    for (const [question, kind] of [
      ['Quand a eu lieu le vote ?', 'time'],
      ['Combien de députés ont voté pour ?', 'number'],
      ['Qui a présenté le projet ?', 'person'],
      ['Où se trouve le siège ?', 'place'],
      ['Pourquoi le texte est-il critiqué ?', 'reason'],
      ['Wann fand die Wahl statt?', 'time'],
      ['Wie viele Mitarbeiter hat die Firma?', 'number'],
      ['Wer leitet die Firma?', 'person'],
      ['Wo liegt der Sitz?', 'place'],
      ['Warum wurde er entlassen?', 'reason'],
    ] as const) assert.equal(expectedAnswer(question), kind, question);
    assert.equal(holdsExpected("Le projet a été adopté lors d'un vote solennel, mardi 12 mars.", 'Quand a eu lieu le vote ?', 'time'), 1);
    assert.equal(holdsExpected('Der Text wurde kritisiert, weil er zu weit geht.', 'Warum wurde der Text kritisiert?', 'reason'), 1);
    for (const sentence of ['Le texte est critiqué parce que la loi est floue.', "Il est parti parce qu'il pleuvait.", 'Il est parti en raison de la grève.', 'C’est pourquoi il est parti.']) {
      assert.equal(holdsExpected(sentence, 'Pourquoi est-il parti ?', 'reason'), 1, sentence);
    }
    // An English question's "Mars" is a planet, not a month.
    assert.equal(holdsExpected('The rover landed on Mars.', 'When did the rover land?', 'time'), 0);
    // "a eu lieu", "fand … statt" only say that something took place: they are not the words to find.
    assert.deepEqual([...answerFormWords('Quand a eu lieu le vote ?')], ['eu', 'lieu']);
    assert.deepEqual([...answerFormWords('Wann fand die Wahl statt?')], ['fand', 'statt']);
    // "How long does it take" asks a time, which "Preparation time 20 minutes" gives without a "take"; a weight or a
    // length says "how heavy" and "how tall" (figureWordsHeld), so those stay words to find; "how big" is a form, as
    // "how large" is.
    assert.deepEqual([...answerFormWords('How long does it take to prepare?')].sort(), ['long', 'take']);
    assert.deepEqual([...answerFormWords('Who will take the minutes?')], []);
    // …but where a person takes something, "take" is what is asked about: "Do not take for more than 3 days".
    assert.deepEqual([...answerFormWords('How long can I take it for?')], ['long']);
    assert.deepEqual([...answerFormWords('How heavy is it?')], []);
    assert.deepEqual([...answerFormWords('How big can attachments be?')], ['big']);
    // "What is being done about the bins?" is answered by what is done, in other words.
    assert.deepEqual([...answerFormWords("What's being done about the bins?")], ['done']);
    assert.deepEqual([...answerFormWords('What is happening with the garden?')], ['happening']);
    assert.deepEqual([...answerFormWords('Is the work done by hand?')], []);
    // "What comes in the box?" is answered by a list of what is in it, which says no "comes".
    assert.deepEqual([...answerFormWords('What comes in the box?')], ['comes']);
    assert.deepEqual([...answerFormWords('When does the parcel come?')], []);
    // "Email address" names the Email column; a postal address is asked as "address".
    assert.deepEqual([...answerFormWords("What is Leo's email address?")], ['address']);
    assert.deepEqual([...answerFormWords("What is Leo's address?")], []);
    // "What happens if…" is answered by what follows, which hardly ever says "happens".
    assert.deepEqual([...answerFormWords("What happens if I don't pay?")], ['happens']);
    assert.deepEqual([...answerFormWords('What will happen when the lease ends?')], ['happen']);
    assert.deepEqual([...answerFormWords('What happened in 1066?')], []);
  });

  test('a figure in its unit holds the measure a question asks, and an amount of money its price', () => {
    assert.deepEqual(figureWordsHeld('How heavy is it?')('Weight: 7.2 kg'), ['heavy']);
    assert.deepEqual(figureWordsHeld('What size is the box?')('Dimensions: 28 × 33 × 41 cm'), ['size']);
    assert.deepEqual(figureWordsHeld('What voltage does it need?')('Power: 1450 W, 220–240 V'), ['voltage']);
    assert.deepEqual(figureWordsHeld('What temperature should the oven be?')('Bake at 180 °C for 40 minutes.'), ['temperature']);
    assert.deepEqual(figureWordsHeld('How loud is it?')('Noise level (spin): 74 dB'), ['loud']);
    assert.deepEqual(figureWordsHeld('How noisy is the fan?')('Fan: 1200 rpm'), []);
    assert.deepEqual(figureWordsHeld('How quiet is the fan?')('Noise level: 42 dB(A) at low speed'), ['quiet']);
    assert.deepEqual(figureWordsHeld('How loud is the dishwasher?')('Noise level: 42-44 dB'), ['loud']);
    assert.deepEqual(figureWordsHeld('How loud is the siren?')('Siren: 85 dB at 3 metres'), ['loud']);
    // A gain, a loss or a ratio in decibels is no sound's level.
    for (const line of ['Filter attenuation: 12 dB', 'Signal-to-noise ratio: 80 dB', 'Bass boost: +6 dB', 'Frequency response: 60 Hz - 20 kHz (-3 dB)', 'Antenna: 20 dBi']) {
      assert.deepEqual(figureWordsHeld('How loud is it?')(line), [], line);
    }
    // Not a figure of another kind, nor a year followed by "in".
    assert.deepEqual(figureWordsHeld('How heavy is it?')('Capacity: 1.8 litres'), []);
    assert.deepEqual(figureWordsHeld('What size is it?')('Cord length: 75 cm'), [], 'a length is not a size');
    assert.deepEqual(figureWordsHeld('How heavy is it?')('Weight: 62 LBS'), ['heavy']);
    assert.deepEqual(figureWordsHeld('How heavy is it?')('Works on 5G networks'), []);
    assert.deepEqual(figureWordsHeld('How tall is it?')('Raised £2M in 2023'), []);
    assert.deepEqual(figureWordsHeld('How tall is she?')('She was born in 1990 in Paris.'), []);
    assert.deepEqual(figureWordsHeld('How much did the logo cost?')('Logo refresh: £650.00'), ['cost']);
    assert.deepEqual(figureWordsHeld('How much did the logo cost?')('Logo refresh: 12 hours'), []);
    // As recipes write a temperature, and a tin's size by what it holds, before its name; not a kettle's capacity.
    assert.deepEqual(figureWordsHeld('What temperature do I bake it at?')('Heat the oven to 180C (160C fan).'), ['temperature']);
    assert.deepEqual(figureWordsHeld('What temperature do I bake it at?')('Bake at gas mark 4.'), ['temperature']);
    assert.deepEqual(figureWordsHeld('What temperature do I bake it at?')('National Insurance number: QQ 12 34 56 C.'), []);
    assert.deepEqual(figureWordsHeld('What size tin do I need?')('Line a 2 lb loaf tin.'), ['size']);
    assert.deepEqual(figureWordsHeld('What size is it?')('Capacity: 1.7 litres'), []);
    assert.deepEqual(figureWordsHeld('What size tin do I need?')('Add 200 g of flour.'), []);
  });

  test('a mail address or a telephone number says how to contact, in none of the question\'s words', () => {
    const contact = figureWordsHeld('Who do I contact about a problem with my pay?');
    assert.deepEqual(contact('Questions about your pay? Email payroll@harrowfinch.co.uk.'), ['contact']);
    assert.deepEqual(contact('Ring the office on 0113 496 0021.'), ['contact']);
    assert.deepEqual(contact('Call +44 20 7946 0321 at any time.'), ['contact']);
    assert.deepEqual(contact('Net pay 2,300.90'), []);
    assert.deepEqual(contact('Pay date: 27 November 2026.'), []);
    // Not the tail of another figure, nor a short code.
    assert.deepEqual(contact('Account reference: 6120 0458 3127.'), []);
    assert.deepEqual(contact('Use the code 012 34 at checkout.'), []);
    assert.deepEqual(figureWordsHeld('How do I get in touch with the landlord?')('Email the landlord at rent@example.com.'), ['get in touch']);
    assert.deepEqual(figureWordsHeld('What is my pay?')('Email payroll@harrowfinch.co.uk.'), []);
  });

  test('Chinese and Japanese questions get cues for a date, a number and a reason, and none for a person or a place', () => {
    for (const [question, kind] of [
      ['谷歌在哪一年收购了DeepMind？', 'time'],
      ['いつ肉を落としましたか？', 'time'],
      ['开发人员提供了多少记录？', 'number'],
      ['何人が来ましたか？', 'number'],
      ['为什么DeepMind开发DNC？', 'reason'],
      ['谁开发了DNC？', 'any'],
      ['DNC是什么？', 'any'],
    ] as const) assert.equal(expectedAnswer(question), kind, question);
    assert.equal(holdsExpected('谷歌在2014年完成了收购。', '谷歌在哪一年收购了DeepMind？', 'time'), 1);
    assert.equal(holdsExpected('谷歌完成了收购。', '谷歌在哪一年收购了DeepMind？', 'time'), 0);
    assert.equal(holdsExpected('因为它需要记忆，所以开发了DNC。', '为什么DeepMind开发DNC？', 'reason'), 1);
  });

  test('a "when" question is not answered by a sentence that repeats its number', () => {
    const question = 'When was Apollo 11 launched?';
    assert.equal(expectedAnswer(question), 'time');
    assert.equal(holdsExpected('Crowds in Florida cheered as the rocket launched Apollo 11.', question, 'time'), 0);
    assert.equal(holdsExpected('The mission lifted off on 16 July 1969.', question, 'time'), 1);
    assert.equal(holdsExpected('It lifted off 4.5 hours after sunrise.', question, 'time'), 0.75);
  });

  test('a question about a price is answered by an amount of money, more than by any number', () => {
    const question = 'How much did the portable SSD cost?';
    assert.equal(expectedAnswer(question), 'number');
    assert.equal(holdsMoney('Portable SSD 2TB', question), false);
    assert.equal(holdsMoney('Portable SSD 2TB STOR-2241 1 @ $289.00', question), true);
    assert.equal(holdsMoney('The drive was bought for 289 euros.', question), true);
    assert.equal(holdsMoney('Hotel costs are reimbursed up to EUR 160 per night.', 'How much are hotel costs?'), true);
    // What a piece of work is worth may be a share of the marks.
    assert.equal(holdsMoney('Data analysis report; Weight: 50%', 'How much is the report worth?'), true);
    assert.equal(holdsMoney('The module is worth 20 credits.', 'How much is the module worth?'), true);
    assert.equal(holdsMoney('Data analysis report; Weight: 50%', 'How much is the report?'), false, 'a price asked');
    // Nothing to pay is a price too, but not what is free of something else, free to do, or one's free time.
    const parking = 'How much is parking?';
    assert.equal(holdsMoney('Parking is free for blue badge holders.', parking), true);
    assert.equal(holdsMoney('Entry: Free', parking), true);
    assert.equal(holdsMoney('Wi-Fi is free to use in the lounge.', parking), true);
    assert.equal(holdsMoney('Repairs are made free of charge.', parking), true);
    assert.equal(holdsMoney('The frame is free from defects.', parking), false);
    assert.equal(holdsMoney('You are free to leave at any time.', parking), false);
    assert.equal(holdsMoney('His free time is spent at the gym.', parking), false);
    assert.equal(holdsMoney('Feel free to ask the nurses.', parking), false);
    assert.equal(holdsExpected('Parking is free at the back.', parking, 'number'), 1);
    // "How much was the hub?" asks its price as well.
    assert.equal(holdsMoney('USB-C Hub 7-in-1', 'How much was the hub?'), false);
    // So does "How much is" a name, or one word; "annual leave" or "enough" is no thing bought.
    assert.equal(holdsMoney('It starts on 6 April.', 'How much is Couch to 5K?'), false);
    assert.equal(holdsMoney('It starts on 6 April.', 'How much is parking?'), false);
    assert.equal(holdsMoney('You get 25 days.', 'How much is annual leave?'), undefined);
    assert.equal(holdsMoney('Two cups.', 'How much is enough?'), undefined);
    // A sheet's whole figure under a column only money is in ("Fee: 22", "Total due: 98"); not a count under "Total".
    assert.equal(holdsMoney('Lesson date: 2027-01-30; Length: 45 min; Fee: 32', 'How much was the lesson?'), true);
    assert.equal(holdsMoney('Total due: 98', 'How much do I owe?'), true);
    assert.equal(holdsMoney('Total: 3', 'How much do I owe?'), false);
    assert.equal(holdsMoney('Charge: 2 hours', 'How much is the battery?'), false);
    // …but not "How much was the rainfall in July?", which names more than a thing bought.
    assert.equal(holdsMoney('Rainfall in July was 82 mm.', 'How much was the rainfall in July?'), undefined);
    // Not about money: no preference.
    assert.equal(holdsMoney('The drive holds 2TB.', 'How much data does the drive hold?'), undefined);
    // A payment or an instalment is money, and so is "my council tax this year"; a bill's lines name no currency.
    const tax = 'How much is my council tax this year?';
    assert.equal(holdsMoney('Total charge for the year 2,050.00', tax), true);
    assert.equal(holdsMoney('Fire and Rescue Authority 86.15', tax), true);
    assert.equal(holdsMoney('Council Tax bill 2027/28', tax), false);
    assert.equal(holdsMoney('Account reference: 6120 0458 31.', tax), false);
    assert.equal(holdsMoney('You will pay 10 monthly instalments of £205.00.', 'How much is each monthly payment?'), true);
    assert.equal(holdsMoney('Spread the payments over 12 months.', 'How much is each monthly payment?'), false);
    assert.equal(holdsMoney('Spread the payments over 12 months.', 'What is the monthly payment?'), false);
    assert.equal(holdsMoney('Tickets are on sale from 1 May.', 'How much is each ticket?'), false);
    assert.equal(holdsMoney('A total of 2,050.00 is due by April.', tax), true);
  });

  test('"Who needs to…?" of a rule is answered by whom it names by who they are: "someone aged 18 or over"', () => {
    assert.equal(holdsExpected('Please make sure someone aged 18 or over is at home.', 'Who needs to be at home?', 'person'), 1);
    assert.equal(holdsExpected("You'll get an in-home display that shows how much energy you're using.", 'Who needs to be at home?', 'person'), 0.25);
    // Not who did a thing, which a name says.
    assert.equal(holdsExpected('Someone left the gate open.', 'Who left the gate open?', 'person'), 0.25);
  });

  test('a person is named by a name, not by a month or a weekday', () => {
    const question = 'Who is the treasurer?';
    assert.equal(holdsExpected('The treasurer reported a balance at the end of August.', question, 'person'), 0.25);
    assert.equal(holdsExpected('The treasurer spoke on Monday.', question, 'person'), 0.25);
    assert.equal(holdsExpected('The treasurer, Ben Okafor, reported a balance.', question, 'person'), 1);
    // The asked word in the possessive names nobody new.
    assert.equal(holdsExpected("Pets need the Landlord's written consent.", 'Who is the landlord?', 'person'), 0.25);
    // Nor by a small word opening the next of a form's lines, where "IT" in capitals may name a desk.
    assert.equal(holdsExpected('I advise you that: you may be fit for work\nIf available, you may benefit from: a phased return', 'Who signed it?', 'person'), 0.25);
    assert.equal(holdsExpected('Collect your laptop from the IT desk.', 'Who has my laptop?', 'person'), 1);
  });

  test('nor by a code, nor by the label that opens the next of a form\'s lines', () => {
    const question = 'Who issued the invoice?';
    // "INV-2024-0193" and "SKU-4563" are codes; "Due" opens the next line of the form (joined by "; ").
    assert.equal(holdsExpected('Invoice number: INV-2024-0193', question, 'person'), 0.25);
    assert.equal(holdsExpected('Item code: SKU-4563', question, 'person'), 0.25);
    assert.equal(holdsExpected('Invoice date: 30 April 2024; Due date: 30 May 2024', question, 'person'), 0.25);
    assert.equal(holdsExpected('From: Pixelworks Studio Ltd', question, 'person'), 1);
    assert.equal(holdsExpected('Prepared by: Dana Whitfield; Checked: yes', question, 'person'), 1);
    // In prose, the word after a semicolon may well be a name.
    assert.equal(holdsExpected('The song was recorded in 2019; Beyoncé sang it.', 'Who sang it?', 'person'), 1);
  });

  test('"What time…?" asks for a time of day: a clock time answers it, a day alone half does; "during what time" asks an era', () => {
    const question = 'What time is dinner in Osaka?';
    assert.equal(holdsExpected('Dinner reservation at Kani Doraku at 19:30.', question, 'time'), 1);
    assert.equal(holdsExpected('Doors open at 7pm.', question, 'time'), 1);
    assert.equal(holdsExpected('Day 7 (Friday 18 October): Train to Osaka.', question, 'time'), 0.5);
    assert.equal(holdsExpected('The kitchen is on the ground floor.', question, 'time'), 0);
    for (const era of ['During what time did the rainforest span a narrow band?', 'What time period did the geoglyphs date back to?']) {
      assert.equal(holdsExpected('The rainforest spanned a narrow band in the Eocene, around 34 million years ago.', era, 'time'), 1, era);
    }
  });

  test('a "when" question naming a month asks a day of it: a time of day alone half answers it; a claim number dates nothing', () => {
    assert.equal(holdsExpected('School starts at 8:45am and finishes at 3:15pm.', 'When does school start in September?', 'time'), 0.5);
    assert.equal(holdsExpected('Starts: Thursday 2 September 2027', 'When does school start in September?', 'time'), 1);
    assert.equal(holdsExpected('School starts at 8:45am and finishes at 3:15pm.', 'When does school start?', 'time'), 1);
    // "SF-1008" is a code, a figure but no year, where "in 1008" would be one.
    assert.equal(holdsExpected('Claim # SF-1008 Make Jeep', 'When was the Jeep first registered?', 'time'), 0.75);
    assert.equal(holdsExpected('The abbey was founded in 1008.', 'When was the abbey founded?', 'time'), 1);
  });

  test('"What is the price of X?" asks for a number, as "what price" does', () => {
    for (const q of ['What is the price of AutoGen?', 'What was the population of Fresno in 2010?', 'What price did they pay?']) assert.equal(expectedAnswer(q), 'number', q);
    assert.equal(expectedAnswer('What is the purpose of AutoGen?'), 'any');
  });

  test('"What is X?" is answered by a sentence that names X first and says what it is', () => {
    const defines = definitionTest('What is AutoGen?')!;
    assert.equal(defines('AutoGen is an open-source framework for agents.'), true);
    assert.equal(defines('Using AutoGen, developers can define agent behaviours.'), false);
    assert.equal(defines('These tools, like AutoGen, were found useful.'), false);
    assert.equal(definitionTest('What is the Treaty of Rome?')!('The Treaty of Rome, signed in 1957, was the founding act of the EEC.'), true);
    // "What does X do?" is answered by X doing it, not by an instruction using its name nor by what happened to it.
    const does = definitionTest('What does snapsort do?')!;
    assert.equal(does('snapsort renames photos by the date they were taken.'), true);
    assert.equal(does('Run snapsort ~/Pictures to start.'), false);
    assert.equal(does('snapsort was written in 2024.'), false);
    // "Who is the treasurer?" is answered by the sentence that says who holds the role, not by one using it.
    const names = definitionTest('Who is the treasurer?')!;
    for (const said of ['The treasurer, Ben Okafor, reported a balance.', 'Ben Okafor (the Treasurer) reported.', 'Ben Okafor, the treasurer, reported.', 'The treasurer is Ben Okafor.']) {
      assert.equal(names(said), true, said);
    }
    for (const used of [
      'The treasurer reported a balance to Ben Okafor.',
      'The Treasurer is responsible for the Annual Accounts.',
      'the treasurer, who reported.',
      // A phrase of time or place opening the sentence is no name; a possessive is someone else.
      'At Christmas, the treasurer closes the accounts.',
      'On Friday Morning, the treasurer closes the accounts.',
      "Sunil Rao, the treasurer's son, keeps the books.",
    ]) {
      assert.equal(names(used), false, used);
    }
    // The role as contracts write it: quoted, in capitals, in the plural.
    const landlord = definitionTest('Who is the landlord?')!;
    assert.equal(landlord('Made between Margaret Ellis (the "Landlord") and Tom Reid (the "Tenant").'), true);
    assert.equal(landlord('Made between MARGARET ELLIS (THE LANDLORD) and TOM REID.'), true);
    assert.equal(landlord('In December, the Landlord will service the boiler.'), false);
    assert.equal(definitionTest('Who are the tenants?')!('Made between Margaret Ellis (the Landlord) and Tom Reid (the Tenant).'), true);
    assert.equal(definitionTest("Who's the landlord?")!('The landlord is Margaret Ellis.'), true);
    assert.equal(definitionTest('Who is the fiancé?')!('Paul Durand, the fiancé, spoke.'), true);
    assert.equal(definitionTest('Who is responsible for the boiler?'), undefined, 'not a role asked by name');
    assert.equal(definitionTest('What is AutoGen used for in the paper?'), undefined, 'not a short name');
  });

  test('"What does NBT stand for?" is answered by the name it spells out, or by what it means, not by a sentence using it', () => {
    const standsFor = definitionTest('What does NBT stand for?')!;
    assert.equal(standsFor('Items keep their data in a format known as Named Binary Tag (NBT), which allows nesting.'), true);
    assert.equal(standsFor('NBT stands for Named Binary Tag.'), true);
    assert.equal(standsFor('Previously, NBT was sent compressed with gzip.'), false, 'what NBT was, not what it means');
    assert.equal(definitionTest("What does 'kaizen' mean?")!('Kaizen means continuous improvement.'), true);
    assert.equal(definitionTest('What is GDPR short for?')!('GDPR is short for General Data Protection Regulation.'), true);
    // "stand", "mean", "short" only say what kind of answer is wanted: the answer need not use them.
    assert.deepEqual([...answerFormWords('What does NBT stand for?')], ['stand']);
    assert.deepEqual([...answerFormWords("What does 'kaizen' mean?")], ['mean']);
    assert.deepEqual([...answerFormWords('Where does the team stand in the league?')], []);
    // …but only outside the name asked about: "short selling" keeps its "short".
    assert.deepEqual([...answerFormWords("What does 'short selling' mean?")], ['mean']);
  });
});

test('a spot is asked of one\'s own surroundings or plans, not of where things in general are or will be', () => {
  for (const q of ['Where is the fete?', 'Where is the AGM held?', 'Where do I leave the key?', 'Where are my towels?']) assert.ok(asksSpot(q), q);
  for (const q of ['After reopening, where will the art pieces be located?', 'Where did Montcalm move his headquarters?', 'In what state is oxygen shipped?']) assert.ok(!asksSpot(q), q);
});

test('"Where is the X?" is said by a sentence with X its subject and where it is: not by one leaving X somewhere or using it', () => {
  const placed = (sentence: string, question: string) => placingTest(question)?.(sentence) ?? false;
  const key = 'Where is the key?';
  assert.equal(placed('The key is in the grey key safe to the left of the front door.', key), true);
  assert.equal(placed('Please leave the key in the key safe and close all the windows.', key), false);
  const password = 'Where is my password?';
  assert.equal(placed('Your temporary password is in the sealed envelope from reception.', password), true);
  assert.equal(placed('Sign in with your username and password.', password), false);
  // The head of "the University of Chicago", and a question asking where it is located.
  assert.equal(placed('The University is located in Hyde Park.', 'Where is the University of Chicago located?'), true);
  // Not a question asking where a thing is.
  assert.equal(placed('The key is in the grey key safe.', 'What is the key safe code?'), false);
});

test('"How much is the X?" is said by a sentence stating X\'s amount with X its subject, not by one pricing another thing in X', () => {
  const states = (sentence: string, question: string) => amountStatedTest(question)?.(sentence) ?? false;
  assert.equal(states('The rent is £1,375 per calendar month.', 'How much is the rent?'), true);
  assert.equal(states('The tenants have paid a deposit of £1,586, equal to five weeks\u2019 rent.', 'How much is the rent?'), false);
  assert.equal(states('The trip costs £14.50 per child.', 'How much does the trip cost?'), true);
  // Singular or plural, as the sentence has it; a price in words of a currency.
  assert.equal(states('Each ticket costs 30 dollars.', 'How much are the tickets?'), true);
  // Without an article: "How much is anytime membership?".
  assert.equal(states('Off-peak membership costs £21.99 a month; anytime membership costs £29.99 a month.', 'How much is anytime membership?'), true);
  // Not a question asking how much a thing is.
  assert.equal(states('The rent is £1,375 per calendar month.', 'When is the rent due?'), false);
  assert.equal(states('The rent is £1,375 per calendar month.', 'How much rent have I paid this year?'), false);
  // "What is the excess?" asks an amount by a thing that is one; a sentence may give it as "an excess of £…".
  assert.equal(states('Collision damage waiver is included, with an excess of £1,200.', 'What is the insurance excess?'), true);
  assert.equal(states('You can reduce the excess to £0 with Excess Cover at £14 per day.', 'What is the insurance excess?'), false);
  assert.equal(states('A security deposit of £250 is held on your card.', 'How much is the deposit?'), true);
  assert.equal(states('Collision damage waiver is included, with an excess of £1,200.', 'What is the collision damage waiver?'), false);
});

test('"Who do I call/email…?" is answered by a number or an address, as by a name', () => {
  assert.equal(holdsExpected('For emergencies out of hours call 07700 900 466.', 'Who do I call if the boiler breaks?', 'person'), 1);
  assert.equal(holdsExpected('Questions? Email repairs@harwoodlettings.co.uk.', 'Who should we email about repairs?', 'person'), 1);
  // A number is no name where the question asks who did something.
  assert.equal(holdsExpected('The hall holds 300 people; call 0113 496 0021.', 'Who built the hall?', 'person'), 0.25);
});

test('"When is X due?" asks a date: "due" is no word the answer must say', () => {
  assert.equal(answerFormWords('When is the rent due?').has('due'), true);
  assert.equal(answerFormWords('When are the consent forms due back?').has('due'), true);
  // Not where "due" is what is asked about.
  assert.equal(answerFormWords('How much is due this month?').has('due'), false);
  assert.equal(answerFormWords('Why was the match delayed due to rain?').has('due'), false);
});

test('"Is X included?" asks whether the deal covers X: "included" is no word the answer must say', () => {
  assert.equal(answerFormWords('Is breakfast included?').has('included'), true);
  assert.equal(answerFormWords('Are towels included in the price?').has('included'), true);
  assert.equal(answerFormWords('Is there anything included?').has('included'), false);
  assert.equal(answerFormWords('What is included?').has('included'), false);
});

test('"What if we arrive late?" is met by a sentence opening on its condition by the same verb', () => {
  const meets = (sentence: string, question: string) => conditionTest(question)?.(sentence) ?? false;
  assert.equal(meets('If you arrive after 9pm, please let us know.', 'What if we arrive late?'), true);
  assert.equal(meets('If you do not pay on time we will send a reminder.', "What happens if I don't pay?"), true);
  assert.equal(meets('If you lose your key, call reception.', 'What should I do if I lose my key?'), true);
  assert.equal(meets('Arrival: Friday 9 April 2027', 'What if we arrive late?'), false);
  assert.equal(meets('If you cannot attend, cancel at least 2 hours before.', 'What if we arrive late?'), false);
  // A condition in the passive, or with "to be", by its participle or its adjective.
  assert.equal(meets('If your bin was not collected, report it online within 2 working days.', "What do I do if my bin wasn't collected?"), true);
  assert.equal(meets('Your bins are collected every week on the same day.', "What do I do if my bin wasn't collected?"), false);
  assert.equal(meets('If you are late, call the desk.', 'What if I am late?'), true);
  assert.equal(meets('If your parcel is damaged, we refund you.', 'What happens if my parcel is lost?'), false);
  // Not a question asking what follows a condition.
  assert.equal(meets('If you arrive after 9pm, please let us know.', 'When do we arrive?'), false);
});

test('a sentence writing a postal address holds what "What is their address?" asks; an email address is not one', () => {
  const home = 'We are at 27 Elm Road, Cardiff, CF14 3AB.';
  assert.deepEqual(postalWordsHeld(home, "What is Sarah's address?"), ['address']);
  assert.deepEqual(postalWordsHeld('Send it to 1600 Main St, Portland, OR 97205.', 'What is the postcode and address?'), ['postcode', 'address']);
  assert.deepEqual(postalWordsHeld('Post: Unit 4, SW1A 1AA', 'What is the postcode?'), ['postcode']);
  assert.deepEqual(postalWordsHeld(home, "What is Sarah's email address?"), [], 'an email address');
  assert.deepEqual(postalWordsHeld(home, 'When is Sarah at home?'), [], 'not asked for');
  assert.deepEqual(postalWordsHeld('Call us on 029 2018 0000 between 8am and 6pm.', "What is the plumber's address?"), [], 'no address written');
  assert.deepEqual(postalWordsHeld('The speech lasted 27 minutes in the Hall.', 'Who gave the address?'), [], 'no street');
});

test('a signature\'s part and a British number of five digits and six are telephone numbers; whose is asked is read', () => {
  const signature = 'Hughes Plumbing & Heating | Gas Safe 512345 | 07700 900812';
  assert.deepEqual(phoneWordsHeld(signature, "What is the plumber's phone number?"), ['phone', 'number']);
  assert.deepEqual(phoneWordsHeld('Mobile: 07700 900812', 'What is her mobile number?'), ['mobile', 'number']);
  assert.deepEqual(phoneWordsHeld('Plumber: Dave Cole, 07700 900666', "What is Dave's phone number?"), ['phone', 'number'], 'after a name');
  assert.deepEqual(phoneWordsHeld('Ring me on 01632 960123 after six.', 'How do I ring her?'), ['ring']);
  assert.deepEqual(phoneWordsHeld('Hughes Plumbing & Heating | Gas Safe 512345', "What is the plumber's phone number?"), [], 'a registration number');
  assert.equal(phoneOwner("What is the plumber's phone number?"), 'plumber');
  assert.equal(phoneOwner("What's the phone number for the dentist?"), 'dentist');
  assert.equal(phoneOwner("What's the customer service number?"), undefined);
  assert.equal(phoneOwner("How many of the plumber's phones were sold?"), undefined, 'not a number asked for');
});

test('a day that comes round says when: pay day, a collection day', () => {
  assert.equal(holdsExpected('Your salary is £34,500 a year, paid on the last working day of the month.', 'When is my salary paid?', 'time'), 1);
  assert.equal(holdsExpected('Bins are collected every Tuesday.', 'When are the bins collected?', 'time'), 1);
  assert.ok(holdsExpected('Your salary is £34,500 a year.', 'When is my salary paid?', 'time') < 1, 'an amount, no day');
  assert.ok(holdsExpected('Bins are collected every Tuesday.', 'Are the bins collected every Tuesday?', 'time') < 1, 'the question says it already');
});

test('a sentence saying what time a thing goes on until holds what "When does it finish?" asks', () => {
  assert.deepEqual(endWordsHeld('The reception follows at the barn, with dinner at 5pm and dancing until midnight.', 'When does the dancing finish?'), ['finish']);
  assert.deepEqual(endWordsHeld('The pool is open from 7am to 9pm every day.', 'What time does the pool close?'), ['close']);
  assert.deepEqual(endWordsHeld('Open 9am-5pm, Monday to Friday.', 'When does the shop close?'), ['close']);
  assert.deepEqual(endWordsHeld('The sale runs until 30 June.', 'When does the sale end?'), ['end']);
  assert.deepEqual(endWordsHeld('The pool opens at 7am.', 'What time does the pool close?'), [], 'no end said');
  assert.deepEqual(endWordsHeld('Dancing until midnight.', 'When does the dancing start?'), [], 'no end asked');
  // An end said in other words, at a time of day.
  assert.deepEqual(endWordsHeld('The meeting closed at 9:05pm.', 'What time did the meeting finish?'), ['finish']);
  assert.deepEqual(endWordsHeld('The meeting closed the item on parking.', 'What time did the meeting finish?'), [], 'no time');
  // An agenda's last entry says the end in its own word.
  assert.deepEqual(endWordsHeld('Time: 16:00; Session: Close; Room: Main Hall', 'When does the conference finish?'), ['finish']);
  assert.deepEqual(endWordsHeld('Time: 13:00; Session: Panel: Privacy by design; Room: Main Hall', 'When does the conference finish?'), [], 'another entry');
  assert.deepEqual(endWordsHeld('Time: 16:00; Session: Close', 'When does the conference start?'), [], 'no end asked');
});

test('a span running to the present holds what "now" and "current" ask', () => {
  assert.deepEqual(nowWordsHeld('Senior Structural Engineer, Avonbank Consulting — 2021 to present', 'Where does Amira work now?'), ['now']);
  assert.deepEqual(nowWordsHeld('Head of Sales, Lumen Ltd, May 2019 - now', 'What is her current job?'), ['current']);
  assert.deepEqual(nowWordsHeld('Graduate Engineer, Harrow & Pike — 2017 to 2021', 'Where does Amira work now?'), [], 'a past job');
  assert.deepEqual(nowWordsHeld('Senior Structural Engineer — 2021 to present', 'Where did Amira work in 2018?'), [], 'not asked now');
});

test('"How many X…?" is answered by a count of X, not by an amount per X', () => {
  const paid = countStatedTest('How many households have paid?')!;
  assert.equal(paid('Subscriptions from 61 households have been received this year.'), true);
  assert.equal(paid('The subscription is £10 per household.'), false);
  assert.equal(paid('Households were visited by forty volunteers in 2026.'), false, 'figures of other things');
  assert.equal(countStatedTest('How many people came?')!('About forty people came to the fete.'), true);
  assert.equal(countStatedTest('When is the fete?'), undefined);
});

test('"How many people" is answered by a count of who they are, "how fast" by a speed, "how long" by a term stated', () => {
  assert.deepEqual(peopleWordsHeld('A cooperative game for 2 to 5 players, aged 10 and up.', 'How many people can play?'), ['people']);
  assert.deepEqual(peopleWordsHeld('A game takes about 45 minutes.', 'How many people can play?'), []);
  assert.deepEqual(peopleWordsHeld('A cooperative game for 2 to 5 players.', 'How long does a game take?'), []);
  assert.equal(holdsExpected('Estimated maximum download speed on 5G is 150Mbps.', 'How fast is the 5G?', 'number'), 1);
  assert.equal(holdsExpected('30GB of UK data each month at 5G speeds.', 'How fast is the 5G?', 'number'), 0.5);
  const stated = spanStatedTest('How long is the contract?')!;
  assert.equal(stated('The minimum term is 24 months.'), true);
  assert.equal(stated('The notice period is one month.'), false, 'another span named by its own noun');
  assert.equal(spanStatedTest('When does the contract start?'), undefined);
  assert.deepEqual(journeyWordsHeld('London Kings Cross 09:00 -> York 10:52', 'When do I arrive in York?'), ['arrive']);
  assert.deepEqual(journeyWordsHeld('York 17:30 -> London Kings Cross 19:25', 'When do I arrive in York?'), [], 'leaves York');
  assert.deepEqual(journeyWordsHeld('York 17:30 -> London Kings Cross 19:25', 'When does the return train leave?'), ['leave']);
  assert.deepEqual(journeyWordsHeld('York 17:30 -> London Kings Cross 19:25', 'Which platform does the train leave from?'), [], 'not when');
  // A line saying it departs or arrives in its own word, at a time, where it names the place asked.
  assert.deepEqual(journeyWordsHeld('Departs 06:45 from Bristol, Terminal 1.', 'What time does our flight leave Bristol?'), ['leave']);
  assert.deepEqual(journeyWordsHeld('Departs 10:40 from Faro.', 'What time does our flight leave Bristol?'), [], 'another place');
  assert.deepEqual(journeyWordsHeld('Arrives 09:55 local time in Faro.', 'When do we land in Faro?'), ['land']);
  assert.deepEqual(journeyWordsHeld('Arrives 09:55 local time in Faro.', 'What time does our flight leave Faro?'), [], 'arrives, not leaves');
  assert.deepEqual(journeyWordsHeld('Bag drop closes 45 minutes before departure.', 'What time does our flight leave?'), [], 'no time of day');
  // A span between two dates says when it starts and when it ends.
  assert.deepEqual(endWordsHeld('Period of cover: 14 March 2027 to 13 March 2028', 'When does my car insurance end?'), ['end']);
  assert.deepEqual(startWordsHeld('Period of cover: 14 March 2027 to 13 March 2028', 'When does my insurance start?'), ['start']);
  assert.deepEqual(endWordsHeld('Valid until: 28 February 2028', 'When does my parking permit expire?'), ['expire']);
  assert.deepEqual(endWordsHeld('Valid from: 1 March 2027', 'When does my parking permit expire?'), [], 'its start');
  // A share taken off a price is a discount.
  assert.deepEqual(figureWordsHeld('Is there a student discount?')('Students get 15% off on Tuesdays.'), ['discount']);
  assert.deepEqual(figureWordsHeld('Is there a student discount?')('Students must show a valid card.'), []);
  assert.deepEqual(startWordsHeld('Renewal date: 14 March 2028', 'When does my insurance start?'), [], 'one date');
  assert.deepEqual(startWordsHeld('Period of cover: 14 March 2027 to 13 March 2028', 'How much is my insurance?'), [], 'no start asked');
  // "How much do I owe?" asks an amount of money.
  assert.equal(holdsMoney('Total to pay: £412.00', 'How much do I owe the nursery?'), true);
  assert.equal(holdsMoney('Payment is due by 1 May 2027.', 'How much do I owe the nursery?'), false);
  // "How often" is answered by how many times in an hour, not by how long to hold a button.
  assert.equal(holdsExpected('Do not reset it more than 3 times in an hour.', 'How often can I reset it?', 'number'), 1);
  assert.equal(holdsExpected('Hold the reset button for 5 seconds.', 'How often can I reset it?', 'number'), 0.5);
  assert.equal(asksMoney('When was I paid?'), false);
  assert.equal(asksMoney('How much was I paid?'), true);
  // A thing's price where it is: "the hotel in Portree".
  assert.equal(asksMoney('How much is the hotel in Portree?'), true);
  // How to pay a bill asks a way, not its amount.
  assert.equal(asksMoney('How do I pay the invoice?'), false);
  assert.equal(asksMoney('How can we pay the bill?'), false);
  assert.equal(asksMoney('How much is the invoice?'), true);
});

test('a span of time answers "What is the battery life?", and a mail address "What is her email address?"', () => {
  assert.deepEqual(figureWordsHeld('What is the battery life?')('Battery: 57 Wh, up to 14 hours of video playback'), ['life']);
  assert.deepEqual(figureWordsHeld('What is the battery life?')('Battery: 57 Wh'), []);
  assert.deepEqual(figureWordsHeld("What is Amira's email address?")('Bristol | amira.hassan@mailbox.org | 07911 402 615'), ['email', 'address']);
  assert.deepEqual(figureWordsHeld("What is Amira's email address?")('Bristol | 07911 402 615'), []);
  assert.deepEqual(measureNouns('How much does the laptop weigh?'), ['weight']);
});

test('"What did X recommend?" asks for the sentence saying the deed, by its verb; a light verb asks none', () => {
  const recommend = deedStatedTest('What did the engineer recommend?')!;
  assert.equal(recommend('There is no alarm: we strongly recommend fitting one.'), true);
  assert.equal(recommend('Engineer: Gary Holt, Gas Safe registration 557201'), false);
  assert.equal(deedStatedTest('What did the engineer do?'), undefined);
  assert.equal(deedStatedTest('What does the error code mean?'), undefined);
  assert.equal(deedStatedTest('When did the engineer come?'), undefined);
});

test('"Who do I ask about…?" is fully answered by a name with a word of getting in touch or a role\'s label, half by a name alone', () => {
  const question = 'Who do I ask about the warehouse?';
  assert.equal(holdsExpected('If you have any questions, please contact Mrs Dean in the school office.', question, 'person'), 1);
  assert.equal(holdsExpected('Warehouse manager: Sue Pratt', question, 'person'), 1);
  assert.equal(holdsExpected('The warehouse was opened by Councillor Jane Hart in 2019.', question, 'person'), 0.5);
  // Who did a thing is still answered by a name alone.
  assert.equal(holdsExpected('The warehouse was opened by Councillor Jane Hart in 2019.', 'Who opened the warehouse?', 'person'), 1);
});

test('a pattern counts its balls with its other sizes in brackets; a tent is a spot; an age is no time', () => {
  const balls = countStatedTest('How many balls of yarn do I need for the 56 cm size?')!;
  assert.equal(balls('2 (2, 3) balls of Meadow Aran, 100% wool'), true);
  assert.equal(balls('To fit head circumference: 51 (56, 61) cm.'), false);
  assert.equal(balls('Work 6 rows of rib.'), false, '"of" is no word of what is counted');
  assert.equal(holdsExpected('Baggage can be left at the bag drop tent until 08:30.', 'Where can I leave my bag?', 'place'), 1);
  assert.equal(holdsExpected('Bags must be labelled with the sticker on your race number.', 'Where can I leave my bag?', 'place'), 0.25);
  assert.equal(holdsExpected('Maya is turning 7!', "When is Maya's party?", 'time'), 0);
  assert.equal(holdsExpected('Activity: Inflatable session; Junior (under 16): £4.00', 'When is the inflatable session?', 'time'), 0);
  assert.equal(holdsExpected('The party starts in 7 days.', "When is Maya's party?", 'time'), 0.75);
});

test('a ticket\'s running time says how long the show is', () => {
  const stated = spanStatedTest('How long is the musical?')!;
  assert.equal(stated('Running time approx. 2 hours 40 minutes including one interval.'), true);
  assert.equal(stated('Doors open 1:45pm.'), false);
  assert.equal(stated('The tenancy is for a fixed term of 12 months beginning on 1 September 2026.'), true);
});

test('a when or where question\'s verb is the word ending it after a short subject, not a name in a phrase after it', () => {
  const meet = deedWhenWhereTest('When does the book club meet?')!;
  assert.equal(meet('We meet on the first Thursday of each month at 7:30pm.'), true);
  assert.equal(meet('Month: May; Book: The Thursday Murder Club'), false);
  assert.equal(deedWhenWhereTest('Where did the Panthers practice for the Super Bowl?'), undefined);
  assert.equal(deedWhenWhereTest('When did Luther and his wife live?'), undefined);
  // A verb and its particle are the word they mean: "get back" is "return", and "4.15pm" a time of day.
  const back = deedWhenWhereTest('When will the children get back?')!;
  assert.equal(back('Coach returns to school: approximately 4.15pm'), true);
  assert.equal(back("We need four parent helpers; if you can help, please let your child's class teacher know."), false);
  assert.equal(holdsExpected('Coach leaves school: 8.30am', 'When does the coach leave?', 'time'), 1);
  assert.equal(holdsExpected('Doors open at 7pm.', 'When do the doors open?', 'time'), 1);
});

test('a whole thing\'s price is looked up as its total; a unit\'s price is not', () => {
  for (const q of ['How much is the hotel?', 'How much did the roof repair cost?', 'How much was my holiday in total?']) assert.deepEqual(wholePriceAsked(q), ['total'], q);
  for (const q of ['How much is a hot stone massage?', 'How much is the hotel per night?', 'How much does it cost to bring a dog?', 'How long is the hotel stay?']) assert.deepEqual(wholePriceAsked(q), [], q);
});

test('a rate is no span: "20p a day" does not say how long a loan lasts, "for 3 weeks" does', () => {
  const question = 'How long can I keep a library book?';
  assert.ok(holdsExpected('Adult books are 20p a day overdue.', question, 'number') < 1);
  assert.ok(holdsExpected('Late returns are charged at £35 per hour.', question, 'number') < 1);
  assert.equal(holdsExpected('You can borrow up to 12 books at a time for 3 weeks.', question, 'number'), 1);
});

test('the months a text names, a span\'s included; "may" and "march" only as names', () => {
  assert.deepEqual([...monthsNamed('Week of: 6 August 2029')], [7]);
  assert.deepEqual([...monthsNamed('Open from May to September.')].sort((a, b) => a - b), [4, 5, 6, 7, 8]);
  assert.deepEqual([...monthsNamed('Autumn term: 5 September 2029 to 21 December 2029')].sort((a, b) => a - b), [8, 9, 10, 11]);
  assert.deepEqual([...monthsNamed('Winter opening: Nov–Feb')].sort((a, b) => a - b), [0, 1, 10, 11]);
  assert.deepEqual([...monthsNamed('No bonfires between April and September.')].sort((a, b) => a - b), [3, 4, 5, 6, 7, 8]);
  assert.deepEqual([...monthsNamed('Closed in April and September.')].sort((a, b) => a - b), [3, 8]);
  assert.deepEqual([...monthsNamed('You may march on, we may not.')], []);
  assert.deepEqual([...monthsNamed('Date: 2027-03-01; Units used: 428')], [2]);
  assert.deepEqual([...monthsNamed('Paid on 14/03/2027')], [2], 'the day is no month');
  assert.deepEqual([...monthsNamed('Paid on 03/04/2027')].sort((a, b) => a - b), [2, 3], 'either may be the month');
});

test('a rise said otherwise: "Price rises:", or one amount and then another', () => {
  assert.deepEqual(riseWordsHeld('Price rises: Every April by £1.50 a month', 'Does my phone bill go up?'), ['increase']);
  assert.deepEqual(riseWordsHeld('Monthly price: £32.00 until November 2030, then £35.50', 'When does the price increase?'), ['increase']);
  assert.deepEqual(riseWordsHeld('Rent: £900 a month, then £950 from the second year.', 'Will the rent rise?'), ['rise']);
  assert.deepEqual(riseWordsHeld('Monthly price: £32.00. Set-up fee: £0.', 'Does the price go up?'), [], 'two amounts, no change');
  assert.deepEqual(riseWordsHeld('Price rises: Every April by £1.50 a month', 'How much is the price?'), [], 'no rise asked');
});

test('an ordinal is held by a line numbering its thing', () => {
  assert.deepEqual(ordinalWordsHeld('Appointment 2: Tuesday 26 March 2030, 9:20am', 'What is the second appointment for?'), ['second']);
  assert.deepEqual(ordinalWordsHeld('Payment no. 3: £120 on 1 June', 'When is the 3rd payment?'), ['3rd']);
  assert.deepEqual(ordinalWordsHeld('Appointment 1: Tuesday 12 March 2030', 'What is the second appointment for?'), [], 'another number');
  assert.deepEqual(ordinalWordsHeld('Appointment 22: Friday', 'What is the second appointment for?'), [], 'not a number it begins');
});

test("which one the asker has or does: the verb of \"What show are we seeing?\", not of what someone else did", () => {
  assert.equal(whichOneVerb('What show are we seeing?'), 'seeing');
  assert.equal(whichOneVerb('Which hotel are we staying at?'), 'staying');
  assert.equal(whichOneVerb('What car am I getting?'), 'getting');
  assert.equal(whichOneVerb('What team did Brady play for?'), undefined);
  assert.equal(whichOneVerb('What did we see at the museum?'), undefined);
  assert.equal(whichOneVerb('Which programme should I use for wool?'), 'use');
  assert.equal(whichOneVerb('What size bag can I bring on the plane?'), undefined);
  assert.equal(whichOneVerb('What time should I arrive?'), undefined);
});

test('the deed a passive "When…?" asks the time of, not the thing it is done to', () => {
  assert.equal(passiveDeed('When will the bill be paid?'), 'paid');
  assert.equal(passiveDeed('When is the garden waste collected?'), 'collected');
  assert.equal(passiveDeed('When was the castle built?'), 'built');
  for (const q of ['When is the party?', 'When is the bill due?', 'When was the festival held?', 'When does the club meet?']) assert.equal(passiveDeed(q), undefined, q);
});

test('a limit on a scale holds the question\'s word of that scale, and no other scale\'s', () => {
  assert.deepEqual(scaleWordsHeld('Suitcases heavier than 23 kg are charged £40.', 'Can I bring a heavy suitcase?'), ['heavy']);
  assert.deepEqual(scaleWordsHeld('Only bags smaller than A4 are allowed inside.', 'Can I take a big bag to the concert?'), ['big']);
  assert.deepEqual(scaleWordsHeld('Suitcases heavier than 23 kg are charged £40.', 'Can I bring a big suitcase?'), []);
  assert.deepEqual(scaleWordsHeld('A large loaf takes 3 hours 20 minutes.', 'Can I make a big loaf?'), []);
});

test('how much of a deposit is money; a deposit\'s reference is not', () => {
  assert.equal(asksMoney('How much is the deposit for the removals?'), true);
  assert.equal(asksMoney('What is my deposit ID?'), false);
  assert.equal(asksMoney('When was my deposit protected?'), false);
});

test('a deed told in another tense than asked: done for "when will", to come for "when did"', () => {
  const future = otherTenseTest('When will they try to deliver the parcel again?')!;
  assert.equal(future('We tried to deliver your parcel today at 11:42.'), true);
  assert.equal(future('We will try again tomorrow between 8am and 6pm.'), false);
  // A sentence telling both the deed done and the one to come answers.
  assert.equal(future('We tried today and will try again on Friday.'), false);
  // A line without a doer tells no tense ("Bins collected every Wednesday").
  assert.equal(otherTenseTest('When will they collect the bins?')!('Bins collected every Wednesday.'), false);
  const past = otherTenseTest('When did the engineer visit?')!;
  assert.equal(past('The engineer will visit again on 3 May.'), true);
  assert.equal(past('They visited on 2 April and will visit again on 3 May.'), false);
  // "When was…?" is not told by the date of the next one, where the sentence tells of none done.
  const was = otherTenseTest('When was my eye test?')!;
  assert.equal(was('Your next eye test is due in 2 years, in January 2030.'), true);
  assert.equal(was('Your last test was on 6 January 2028; the next is due in 2030.'), false);
  assert.equal(was('Date of examination: 6 January 2028'), false);
  // A story's "the next day" tells of what was.
  assert.equal(otherTenseTest('When did Luther reply to Eck?')!('The next day, Luther gave his answer to Eck.'), false);
  for (const q of ['When is the party?', 'What time will they come?', 'When will the parcel be delivered?']) assert.equal(otherTenseTest(q)?.('We delivered it on 3 May.') ?? false, false, q);
});

test('a figure in a number written in groups is no year; a thing asked when it is wants its day', () => {
  assert.ok(holdsExpected('Tracking number: PX 7741 2290 5GB', 'When is the parcel coming?', 'time') < 1);
  assert.ok(holdsExpected('Call 01423 555 771', 'When is the eye test?', 'time') < 1);
  assert.ok(holdsExpected('Account: 2290 1186 4471', 'When is the meter read?', 'time') < 1);
  assert.equal(holdsExpected('Built in 1890 by the railway', 'When was it built?', 'time'), 1);
  assert.equal(holdsExpected('Opened 2 May 2028 2 weeks late', 'When did it open?', 'time'), 1);
  assert.equal(asksDayOfThing('When is the football camp?'), true);
  for (const q of ['When is the pool open?', 'When is the bin collected?', 'What time is the camp?', 'When does the camp start?']) assert.equal(asksDayOfThing(q), false, q);
});

test('"done" of a passive names no deed; a part to be replaced is the new one asked of', () => {
  for (const q of ['When was the gas safety check done?', 'What work was done on the car?', 'What needs to be done before we move in?']) assert.equal(emptyPassive(q), 'done', q);
  assert.equal(emptyPassive('Have I done the training?'), undefined);
  assert.deepEqual(renewalWordsHeld('Advisory: rear tyres at 3mm, replace within 3 months.', 'Do I need new tyres?'), ['need', 'new']);
  assert.deepEqual(renewalWordsHeld('Front brake pads replaced.', 'Do I need new brake pads?'), ['new']);
  assert.deepEqual(renewalWordsHeld('Tyres at 6mm, good condition.', 'Do I need new tyres?'), []);
});

test('a thing priced at a place, a dish had another way, a person by kind, a pass that runs out on a day', () => {
  assert.equal(asksMoney('How much is parking at the hospital?'), true);
  assert.equal(asksMoney('How much is water in the tank?'), false);
  assert.equal(asksMoney('How much is the parking at the museum?'), true);
  assert.equal(asksMoney('How much is the water in the tank?'), false);
  assert.equal(madeIntoVerb('Can I make the banana bread vegan?'), 'make');
  assert.equal(madeIntoVerb('Can we make it gluten-free?'), 'make');
  assert.equal(madeIntoVerb('Can I make the banana bread?'), undefined);
  assert.deepEqual(personWordsHeld('You may bring one adult with you.', 'Can I bring someone?'), ['someone']);
  assert.deepEqual(personWordsHeld('Overnight guests may stay for 3 nights.', 'Can my friend stay over?'), ['friend']);
  assert.deepEqual(personWordsHeld('Bring your own towel.', 'Can I bring someone?'), []);
  assert.deepEqual(endWordsHeld('Valid until: 31 March 2029', 'When does my parking permit expire?'), ['expire']);
  assert.deepEqual(endWordsHeld('The permit applies Monday to Saturday, 8am to 6.30pm.', 'When does my parking permit expire?'), []);
  assert.deepEqual(endWordsHeld('The pool is open from 7am to 9pm.', 'What time does the pool close?'), ['close']);
});

test("a deadline set for the reader dates their deed, not the thing asked when it is", () => {
  assert.equal(deadlineOfOtherTest('When is the party?')('Please reply by 30 April to maya.party@mail.com.'), true);
  assert.equal(deadlineOfOtherTest('When is the school trip?')('Return the consent form by Friday 3 May.'), true);
  // The deed asked of is dated by it.
  assert.equal(deadlineOfOtherTest('When do I need to reply?')('Please reply by 30 April.'), false);
  assert.equal(deadlineOfOtherTest('When is the party?')('The party is on Sunday 14 May, and ends by 5pm.'), false);
  assert.equal(deadlineOfOtherTest('When is the party?')('Please join us on Sunday 14 May.'), false);
});

test('a price asked by its period is given by that period', () => {
  const monthly = rateStatedTest('How much do I pay each month for water?')!;
  assert.equal(monthly('You pay in 10 monthly instalments of £53.45.'), true);
  assert.equal(monthly('Rent: £950 per month'), true);
  assert.equal(monthly('Fee: £40/month'), true);
  assert.equal(monthly('Water supply: £214.60'), false);
  assert.equal(monthly('Total for the year: £534.50 (£44.54 a week)'), false);
  assert.equal(rateStatedTest('What is the weekly rent?')!('Rent: £220 a week'), true);
  assert.equal(rateStatedTest('How much is the annual fee?')!('Membership: £25 per year'), true);
  assert.equal(rateStatedTest('What is the daily charge?')!('Parking: £6 a day'), true);
  assert.equal(rateStatedTest('What is the daily charge?')!('Parking: £30 a week'), false);
  assert.equal(rateStatedTest('How much does the room cost a night?')!('Double room: £95 per night, breakfast included'), true);
  // Only a price asked by a period: not its date, nor a price asked as a whole.
  assert.equal(rateStatedTest('When do I pay each month?'), undefined);
  assert.equal(rateStatedTest('How much is the water bill?'), undefined);
});

test('who does a deed is named after "by" in a passive saying the deed', () => {
  const delivering = doneByTest('Who is delivering the laptop?')!;
  assert.equal(delivering('Your order will be delivered on Tuesday 22 October by DPD.'), true);
  assert.equal(delivering('Your order will be delivered by noon on Tuesday.'), false);
  assert.equal(delivering('Delivery (next day): £4.99'), false);
  assert.equal(doneByTest('Who will fit the kitchen?')!('The kitchen will be fitted by Oakline Fitters in May.'), true);
  // Only a deed: not "Who is my dentist?" nor "Who does the cleaning?".
  assert.equal(doneByTest('Who is my dentist?'), undefined);
  assert.equal(doneByTest('Who does the cleaning?'), undefined);
});

test('the way of a deed is asked of the sentences saying the deed', () => {
  const renew = wayOfDeedTest('How do I renew my blue badge?')!;
  assert.equal(renew('You can renew it up to 12 weeks before it expires.'), true);
  assert.equal(renew('Your Blue Badge expires on 30 April 2032.'), false);
  assert.equal(wayOfDeedTest('How can we book a table?')!('Tables can be booked online.'), true);
  // Not a light verb, nor a question of another form.
  assert.equal(wayOfDeedTest('How do I get to the station?'), undefined);
  assert.equal(wayOfDeedTest('When do I renew my badge?'), undefined);
});

test('an age asked of a rule is held by the rule that says whom it is for', () => {
  const ages = figureWordsHeld('Can my 12 year old ride an e-bike?');
  assert.deepEqual(ages('Riders must be 14 or over to hire an e-bike.').sort(), ['old', 'year']);
  assert.deepEqual(ages('Under 16s must be with an adult.').sort(), ['old', 'year']);
  assert.deepEqual(ages('Babies over 18 months can join the class.'), []);
  assert.deepEqual(ages('An e-bike costs £45 a day.'), []);
});

test('"What number do I call?" asks a telephone number, and a day something finishes on is its end', () => {
  assert.equal(asksPhone('What number do I call if my boiler breaks down?'), true);
  assert.equal(asksPhone('What number should I ring?'), true);
  assert.equal(asksPhone('What number of calls are free?'), false);
  assert.deepEqual(endWordsHeld('We finish after lunch on Sunday.', 'When does the retreat end?'), ['end']);
  assert.deepEqual(endWordsHeld('The course ends on 14 March.', 'When does the course finish?'), ['finish']);
  assert.deepEqual(endWordsHeld('We end with a walk in the woods.', 'When does the retreat end?'), []);
});

test('"How quickly…?" and "How soon…?" ask when, as a span within which; "How early…?" how long before', () => {
  const quickly = 'How quickly will an engineer come out?';
  assert.equal(expectedAnswer(quickly), 'time');
  assert.ok(answerFormWords(quickly).has('quickly'));
  assert.equal(holdsExpected('We will reply within 10 working days.', 'How soon will I hear?', 'time'), 0.75);
  assert.equal(holdsExpected('Arrive 15 minutes before your shift starts.', 'How early should I arrive?', 'time'), 1);
  assert.equal(expectedAnswer('How fast does the car go?'), 'number');
});

test('a day of a month asked of a text dating only other days of it is not there', () => {
  const rota = 'Date: Tuesday 3 June; Volunteer: Priya\nDate: Friday 6 June; Volunteer: Gareth\nDate: Tuesday 10 June; Volunteer: Susan';
  assert.equal(otherDaysOnly('Who is volunteering on 20 June?', rota), true);
  assert.equal(otherDaysOnly('Who is volunteering on June 6th?', rota), false);
  assert.equal(otherDaysOnly('Who is volunteering on 20 July?', rota), false, 'another month is for the month reading');
  assert.equal(otherDaysOnly('Is the pool open on 20 June?', 'The pool is open 1 to 30 June, except on 12 June.'), false);
  assert.equal(otherDaysOnly('What happened in June 2031?', rota), false);
  assert.equal(otherDaysOnly('Who may 20 people invite?', 'Tickets: 3 May'), false);
});

test('a closing time asked is not said by a time of something else, and is by one saying it opens or closes', () => {
  const asked = 'What time does the dental practice close?';
  assert.equal(hoursUnsaid(asked, 'Your first appointment is on Monday 8 February at 9.20am and lasts 40 minutes.'), true);
  assert.equal(hoursUnsaid(asked, 'We close at 5.30pm on weekdays and 1pm on Saturdays.'), false);
  assert.equal(hoursUnsaid(asked, 'Monday to Friday 8am to 6pm.'), false);
  assert.equal(hoursUnsaid(asked, 'Last entry is at 4pm.'), false);
});

test('a thing done on one\'s own is priced as a thing is: "How much is pick your own?"', () => {
  assert.equal(asksMoney('How much is pick your own?'), true);
  assert.equal(asksMoney('How much is too much?'), false);
});
