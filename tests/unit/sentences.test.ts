import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../electron/app/chat/sentences';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  test("a record's field lines stay one block, which ends at a line that is no field, unless it is indented under one", () => {
    const hotel = 'Hotel: Torre da Ribeira, Porto\n  Address: Rua de Cima do Muro 21, 4050-191 Porto\n  Check-in from 14:00, check-out by 12:00\n  Room: Superior twin, breakfast not included.';
    assert.deepEqual(texts(hotel), ['Hotel: Torre da Ribeira, Porto\n  Address: Rua de Cima do Muro 21, 4050-191 Porto', 'Check-in from 14:00, check-out by 12:00', 'Room: Superior twin, breakfast not included.']);
    const train = 'Train: Alfa Pendular AP 133\n  Depart Lisboa Santa Apolónia 09:09\n  Arrive Porto Campanhã 11:58';
    assert.deepEqual(texts(train), [train]);
    assert.deepEqual(texts('Name: Chen Wei\nRole: Analyst\nOffice: Leeds'), ['Name: Chen Wei\nRole: Analyst\nOffice: Leeds']);
    // A field whose value wraps goes on in the next line.
    const note = 'Note: the deposit is protected by the\nDeposit Protection Service within 30 days.';
    assert.deepEqual(texts(note), [note]);
  });

  test('the number that opens a heading or a list item does not end a sentence', () => {
    assert.deepEqual(texts('## 1. Working hours\n\nOur core hours are 10:00 to 15:00.'), ['## 1. Working hours', 'Our core hours are 10:00 to 15:00.']);
    assert.deepEqual(texts('Steps:\n1. Preheat the oven.\n2. Mix the flour.'), ['Steps:', '1. Preheat the oven.', '2. Mix the flour.']);
    assert.deepEqual(texts('Done.\n\n3.2. Limits\nThe maximum is 5 GB.'), ['Done.', '3.2. Limits', 'The maximum is 5 GB.']);
    // A numbered section's title over its first clause, on the next line.
    assert.deepEqual(texts('8. Governing law\n8.1 This Agreement is governed by English law.'), ['8. Governing law', '8.1 This Agreement is governed by English law.']);
    // A heading put as a question ends its line, though it ends on a small word, as a PDF writes it.
    assert.deepEqual(texts('He can swim 25 metres.\nWhat to work on\nHis breaststroke kick is uneven.'), ['He can swim 25 metres.', 'What to work on', 'His breaststroke kick is uneven.']);
    // …nor does a step's number: "Step 4." is not a sentence of its own.
    assert.deepEqual(texts('Check the parts first.\nStep 4. Lay the wardrobe on its front.\nStep 5. Stand it up.'), [
      'Check the parts first.',
      'Step 4. Lay the wardrobe on its front.',
      'Step 5. Stand it up.',
    ]);
  });

  test('a sentence ends after the reference markers that follow its full stop, as in a Wikipedia page', () => {
    assert.deepEqual(texts('It partnered with long-time OEM HTC.[75] Microsoft is a founding member of the foundation.[76][77] It was started in 2011.'), [
      'It partnered with long-time OEM HTC.[75]',
      'Microsoft is a founding member of the foundation.[76][77]',
      'It was started in 2011.',
    ]);
    // A bracket that is not a reference, or a link, is not taken for one.
    assert.deepEqual(texts('See the list.[notes](#notes) More follows.'), ['See the list.[notes](#notes) More follows.']);
  });

  test('a short line before a capital is a heading, unless it leaves a bracket or a quote open for the next line', () => {
    assert.deepEqual(texts('Working hours\nOur core hours are 10:00 to 15:00.'), ['Working hours', 'Our core hours are 10:00 to 15:00.']);
    // A Markdown link whose text wraps, and a quotation that does.
    assert.deepEqual(texts('In 2018 I published an essay ["Beyond\nMarkdown"](https://example.com/beyond) on its flaws.'), [
      'In 2018 I published an essay ["Beyond\nMarkdown"](https://example.com/beyond) on its flaws.',
    ]);
    assert.deepEqual(texts('The motto was “Faster\nTogether” from then on.'), ['The motto was “Faster\nTogether” from then on.']);
    // A sentence that opened after another on its line is a wrapped line's end, before a capital or not.
    const deposit =
      '4. Deposit\nThe Tenants have paid a deposit of £1,325. The Landlord will protect the deposit with the Deposit\nProtection Service (DPS) within 30 days of receiving it and will give the Tenants the prescribed\ninformation.';
    assert.deepEqual(texts(deposit), [
      '4. Deposit',
      'The Tenants have paid a deposit of £1,325.',
      'The Landlord will protect the deposit with the Deposit\nProtection Service (DPS) within 30 days of receiving it and will give the Tenants the prescribed\ninformation.',
    ]);
  });

  test('a narrow column\'s line that reads as a sentence goes on, though a name opens the next line; a heading does not', () => {
    const agreement = 'This Agreement is made on 3 March 2025 between Northwind\nAnalytics Ltd, registered in England under number 08812345 (the\nSupplier), and Harbour Foods plc (the Customer).';
    assert.deepEqual(texts(agreement), [agreement]);
    // A title over the prose is shorter than its lines, or has few of a sentence's binding words.
    assert.deepEqual(texts('Annual leave for part-time staff\nPart-time staff receive leave in proportion to the hours they work each week.'), [
      'Annual leave for part-time staff',
      'Part-time staff receive leave in proportion to the hours they work each week.',
    ]);
    assert.deepEqual(texts('Opening hours for the shop in the summer\nMonday to Friday 9 to 5\nSaturday 10 to 2'), ['Opening hours for the shop in the summer', 'Monday to Friday 9 to 5', 'Saturday 10 to 2']);
    // A title as long as the narrow lines under it, with a sentence's small words but no verb, is a title still.
    assert.deepEqual(texts('Termination of the Agreement by the Customer\nThe Customer may end this Agreement by giving\nthirty days written notice to the Supplier.'), [
      'Termination of the Agreement by the Customer',
      'The Customer may end this Agreement by giving\nthirty days written notice to the Supplier.',
    ]);
    assert.deepEqual(texts('Annual Report of the Board of Directors\nFor the Year Ended 31 December 2024\nThe Board is pleased to present its report.'), [
      'Annual Report of the Board of Directors',
      'For the Year Ended 31 December 2024',
      'The Board is pleased to present its report.',
    ]);
  });

  test('a Chinese or Japanese sentence keeps the marks and closing brackets after its full stop', () => {
    assert.deepEqual(texts('イヌは吠えました。「ウゥー、ワン！！」そのとたん、肉は川に落ちました。'), ['イヌは吠えました。', '「ウゥー、ワン！！」', 'そのとたん、肉は川に落ちました。']);
    assert.deepEqual(texts('他说：“我们成功了！”然后离开了。'), ['他说：“我们成功了！”', '然后离开了。']);
    assert.deepEqual(texts('他说。"你好"她回答。'), ['他说。', '"你好"她回答。']);
  });

  test('a capital that is a unit after its figure ends a sentence; an initial does not', () => {
    assert.deepEqual(texts('Operating range: 5 °C to 40 °C. Humidity: max. 80%.'), ['Operating range: 5 °C to 40 °C.', 'Humidity: max. 80%.']);
    assert.deepEqual(texts('The charger gives 12 V. The cable is 2 m long.'), ['The charger gives 12 V.', 'The cable is 2 m long.']);
    assert.deepEqual(texts('The book is by J. R. R. Tolkien. It is long.'), ['The book is by J. R. R. Tolkien.', 'It is long.']);
    // A letter ending a sentence before a word that opens sentences and names no one.
    assert.deepEqual(texts('You will analyse it in R. The module is worth 20 credits.'), ['You will analyse it in R.', 'The module is worth 20 credits.']);
    assert.deepEqual(texts('Ask J. Smith. He knows.'), ['Ask J. Smith.', 'He knows.']);
    // The marks closing a bold run belong to the sentence they close.
    assert.deepEqual(texts('**Tuesday 15 June, 7pm.** Chair: Patricia Lowe.'), ['**Tuesday 15 June, 7pm.**', 'Chair: Patricia Lowe.']);
  });

  test('the "v." of a case\'s name does not end a sentence; a "v." closing a sentence does', () => {
    assert.deepEqual(texts('The court followed Roe v. Wade in 1980. It was overturned.'), ['The court followed Roe v. Wade in 1980.', 'It was overturned.']);
    assert.deepEqual(texts('See Runyon v. McCrary, 427 U.S. 160 (1976); Wisconsin v. Yoder, 406 U.S. 205 (1972).'), [
      'See Runyon v. McCrary, 427 U.S. 160 (1976); Wisconsin v. Yoder, 406 U.S. 205 (1972).',
    ]);
    assert.deepEqual(texts('The model number ends in v. The next one is newer.'), ['The model number ends in v.', 'The next one is newer.']);
  });

  test('a page, section, clause or article cited, a phone number or a limit does not end a sentence before its figure', () => {
    assert.deepEqual(texts('Figure 4: the new model (Davis, 1993, p. 24). It has two parts.'), ['Figure 4: the new model (Davis, 1993, p. 24).', 'It has two parts.']);
    assert.deepEqual(texts('Notice is given under s. 21 of the Housing Act 1988. It ends the tenancy.'), ['Notice is given under s. 21 of the Housing Act 1988.', 'It ends the tenancy.']);
    assert.deepEqual(texts('See para. 4.2 and cl. 7 for the deposit. Under Art. 5 GDPR we keep little.'), ['See para. 4.2 and cl. 7 for the deposit.', 'Under Art. 5 GDPR we keep little.']);
    assert.deepEqual(texts('Call tel. 0113 496 0021 to book. Load max. 5 kg per wash, prices incl. VAT.'), ['Call tel. 0113 496 0021 to book.', 'Load max. 5 kg per wash, prices incl. VAT.']);
    assert.deepEqual(texts('Call Dr. Patel on ext. 4021. She is in.'), ['Call Dr. Patel on ext. 4021.', 'She is in.']);
    // A unit after its own figure, or the end of a word, ends one: "20 min.", "the 1990s."
    assert.deepEqual(texts('Bake for 20 min. 3 eggs are left over.'), ['Bake for 20 min.', '3 eggs are left over.']);
    assert.deepEqual(texts('Prices rose in the 1990s. 21 shops closed.'), ['Prices rose in the 1990s.', '21 shops closed.']);
  });

  test('"e.g." never ends a sentence; "a.m." and "p.m." do, but not before the day or the figure that follows them', () => {
    assert.deepEqual(texts('We accept most cards, e.g. Visa and Mastercard, but not cheques.'), ['We accept most cards, e.g. Visa and Mastercard, but not cheques.']);
    assert.deepEqual(texts('Open from 9 a.m. to 5 p.m. Monday to Friday. Closed on Sundays.'), ['Open from 9 a.m. to 5 p.m. Monday to Friday.', 'Closed on Sundays.']);
    assert.deepEqual(texts('The shop opens at 9 a.m. The staff arrive earlier.'), ['The shop opens at 9 a.m.', 'The staff arrive earlier.']);
    assert.deepEqual(texts('The store closes at 9 p.m. Sunday hours are shorter.'), ['The store closes at 9 p.m.', 'Sunday hours are shorter.']);
  });

  test("a leaflet's numbered heading ends its line, though it ends on a small word; a wrapped numbered step does not", () => {
    const leaflet = 'Read all of this leaflet.\n\n1. What Paracetamol Tablets are and what they are used for\nParacetamol is a painkiller.';
    assert.deepEqual(texts(leaflet), ['Read all of this leaflet.', '1. What Paracetamol Tablets are and what they are used for', 'Paracetamol is a painkiller.']);
    const step = 'Steps.\n\n1. Open the lid and pour the water up to the\nMax line, then close it.';
    assert.deepEqual(texts(step), ['Steps.', '1. Open the lid and pour the water up to the\nMax line, then close it.']);
  });

  test("a heading that is a compound ending on a small word (\"Check-in\", \"Add-ons\") ends its line; prose stopping on one does not", () => {
    const itinerary = 'Tickets cannot be refunded.\nCheck-in\nOnline check-in opens 30 days before departure.\nAdd-on\nSeats cost extra.';
    assert.deepEqual(texts(itinerary), ['Tickets cannot be refunded.', 'Check-in', 'Online check-in opens 30 days before departure.', 'Add-on', 'Seats cost extra.']);
    assert.deepEqual(texts('Please hand your key in\nReception before you leave.'), ['Please hand your key in\nReception before you leave.']);
  });

  test("a letter's greeting is a line of its own, not the start of the heading and sentence after it", () => {
    const letter = 'Dear Mr Peter Quinn,\nYour appointment\nYou have an appointment on Thursday 18 February at 10:40am.';
    assert.deepEqual(texts(letter), ['Dear Mr Peter Quinn,', 'Your appointment', 'You have an appointment on Thursday 18 February at 10:40am.']);
    // A line ending on a comma in prose still goes on.
    assert.deepEqual(texts('We stayed in Paris,\nLyon and Nice.'), ['We stayed in Paris,\nLyon and Nice.']);
  });

  test('every span is the exact text at its offsets', () => {
    const text = 'Intro.\n\n## 1. Working hours\n\nCore hours are fixed. Dr. Smith agrees.\n2. Next item here.';
    for (const s of splitSentences(text)) assert.equal(text.slice(s.start, s.end), s.text);
  });

  test("a leader of dots before a line's value ends no sentence; an ellipsis does", () => {
    assert.deepEqual(texts('Work done:\n  Full service ................. £65.00\n  New rear tyre (Schwalbe) ..... £32.00\n\nTotal paid: £97.00'), [
      'Work done:\n  Full service ................. £65.00\n  New rear tyre (Schwalbe) ..... £32.00',
      'Total paid: £97.00',
    ]);
    assert.deepEqual(texts('I waited... Then he came.'), ['I waited...', 'Then he came.']);
  });
});

