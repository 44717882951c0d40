// The offline answer through the core, on documents written here: a PDF with running headers and footers, a text whose
// chunks end mid-sentence, a follow-up, a question about something absent, and a summary request.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDocent, type DocentApp } from '../../electron/app/docent';
import { tempDataDir } from '../helpers/paths';
import { writeTextPdf } from '../fixtures/make-text-pdf';
import { makeEpub } from '../fixtures/make-epub';

const HEADER = 'NORTH HARBOUR OPERATIONS MANUAL';
const BODIES = [
  ['Chapter 1. Arrivals', 'Every boat arriving at the north harbour must register with the harbour master', 'before it moors. Registration takes about ten minutes at the office on the east quay.', 'Visiting yachts may stay for up to fourteen nights in the inner basin, and longer'],
  ['stays need a seasonal contract, which the office signs from March to October.', 'Chapter 2. Berths', 'The inner basin is dredged every spring to keep two metres of water at low tide.', 'The office keeps a list of free berths for visiting yachts.'],
  ['Chapter 3. Services', 'Fresh water and shore power are available at every pontoon of the inner basin.', 'Diesel is sold at the fuel berth near the harbour mouth from eight until noon.', 'The crane by the slipway lifts boats of up to twelve tonnes for repairs.'],
  ['Chapter 4. Safety', 'Swimming is forbidden in the basin and in the harbour mouth at all times.', 'Life jackets are lent free of charge by the office to any crew that asks.', 'In an emergency the harbour master answers on radio channel 14 day and night.'],
];

async function ask(app: DocentApp, sid: string, question: string) {
  const message = await (await app.chat.ask(sid, question)).done;
  assert.equal(message.status, 'complete', message.error?.message);
  return { ...message, lead: message.text.split(/\s*\[\d+\]/)[0] };
}

/** An app over a fresh data folder, and its current session. */
async function openApp() {
  const { dir, cleanup } = await tempDataDir();
  const app = await createDocent({ dataDir: path.join(dir, 'data'), env: {}, syncBase: false });
  const sid = (await app.handlers['sessions.current'](undefined)).sid;
  return { dir, cleanup, app, sid };
}

describe('extractive answers through the core', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let app: DocentApp;
  let sid: string;

  before(async () => {
    ({ dir, cleanup, app, sid } = await openApp());
    const pdf = await writeTextPdf(
      path.join(dir, 'harbour-manual.pdf'),
      BODIES.map((lines, i) => [HEADER, ...lines, `Page ${i + 1} of ${BODIES.length}`]),
    );
    // One long sentence, longer than a chunk: the chunk ends before its value.
    const notes = path.join(dir, 'pontoon-notes.txt');
    await writeFile(
      notes,
      'Pontoon notes for the season.\n\nAfter the storm of last winter the committee, having heard the surveyor and the insurers and having weighed the cost of the repairs against the fees, decided that the maximum weight allowed on the visitor pontoon is 800 kilograms per berth.\n\nThe pontoon is inspected every month.\n',
    );
    await app.handlers['settings.set']({ chunking: { size: 160, overlap: 0 } });
    const results = await app.ingest.start(sid, [{ path: pdf }, { path: notes }]).done;
    assert.deepEqual(results.map((r) => r.status), ['ready', 'ready'], JSON.stringify(results));
  });
  after(async () => {
    await app?.close();
    await cleanup?.();
  });

  test('running headers and footers never appear in an answer; a sentence across a page break is quoted whole', async () => {
    const m = await ask(app, sid, 'When must a boat arriving at the north harbour register with the harbour master?');
    assert.equal(m.notFound, undefined);
    assert.match(m.lead, /register with the harbour master before it moors\.$/);
    assert.doesNotMatch(m.text, /OPERATIONS MANUAL|Page \d of/);
    const stay = await ask(app, sid, 'How many nights may visiting yachts stay in the inner basin?');
    // The sentence runs from the foot of page 1, past its footer and page 2's header, into page 2.
    assert.match(stay.lead, /^Visiting yachts may stay for up to fourteen nights in the inner basin, and longer stays need a seasonal contract, which the office signs from March to October\.$/);
    assert.doesNotMatch(stay.text, /OPERATIONS MANUAL|Page \d of/);
    assert.ok(stay.citations.every((c) => c.fileName === 'harbour-manual.pdf' && c.page === 1 && c.pageEnd === 2), JSON.stringify(stay.citations));
  });

  test('a chunk that ends mid-sentence does not cut the quote before its answer', async () => {
    const m = await ask(app, sid, 'What is the maximum weight allowed on the visitor pontoon?');
    assert.match(m.lead, /800 kilograms per berth\.$/, m.text);
    assert.ok(m.citations[0].text.includes('800 kilograms'), 'the citation covers the whole sentence');
  });

  test('a follow-up is resolved against the conversation and does not repeat the previous answer', async () => {
    const first = await ask(app, sid, 'Where is diesel sold?');
    assert.match(first.lead, /fuel berth/);
    const follow = await ask(app, sid, 'and what can the crane by the slipway lift?');
    assert.equal(follow.notFound, undefined, follow.text);
    assert.match(follow.lead, /twelve tonnes/);
    assert.ok(!follow.text.includes(first.lead));
  });

  test('a question about something the documents do not hold is answered "not found", as a field', async () => {
    for (const question of ['What is the price of a mooring buoy in the outer harbour?', 'Who designed the lighthouse on the breakwater?']) {
      const m = await ask(app, sid, question);
      assert.equal(m.notFound, true, `${question} → ${m.text}`);
      assert.deepEqual(m.citations, []);
    }
  });

  test('"Summarize" a document gives its key sentences in order, with page citations, from that file only', async () => {
    const m = await ask(app, sid, 'Summarize the harbour manual');
    assert.equal(m.notFound, undefined);
    assert.ok(m.citations.length >= 3, m.text);
    assert.ok(m.citations.every((c) => c.fileName === 'harbour-manual.pdf'), 'never from another file');
    const pages = m.citations.map((c) => c.page);
    assert.deepEqual(pages, [...pages].sort((a, b) => a - b), 'in document order');
    assert.ok(new Set(pages).size >= 3, `spread over the document: pages ${pages.join(', ')}`);
    assert.doesNotMatch(m.text, /OPERATIONS MANUAL|Page \d of/);
  });

  test('a batch question is answered like ask and leaves the chat as it was', async () => {
    const before = (await app.sessions.get(sid)).chat.length;
    const a = await app.chat.answerOnce(sid, 'On which radio channel does the harbour master answer?');
    assert.equal(a.status, 'complete');
    assert.equal(a.notFound, false);
    assert.equal(a.answerer, 'extractive');
    assert.match(a.text.split(/\s*\[\d+\]/)[0], /channel 14/);
    assert.equal((await app.sessions.get(sid)).chat.length, before);
  });
});

describe('tables through the core', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let app: DocentApp;

  before(async () => {
    ({ dir, cleanup, app } = await openApp());
  });
  after(async () => {
    await app?.close();
    await cleanup?.();
  });

  test('a web page\'s table row is quoted with its column names and cited as that row', async () => {
    const sid = (await app.handlers['sessions.current'](undefined)).sid;
    const page = path.join(dir, 'shipping.html');
    await writeFile(
      page,
      `<!doctype html><html><head><title>Shipping</title></head><body><article><h1>Shipping rates</h1>
      <p>We ship every order from our warehouse in Leeds, and every parcel is tracked from the moment it leaves us.</p>
      <table><thead><tr><th>Zone</th><th>Delivery time</th><th>Fee</th></tr></thead>
      <tbody><tr><td>United Kingdom</td><td>2 working days</td><td>£3.50</td></tr>
      <tr><td>European Union</td><td>5 working days</td><td>£9.00</td></tr>
      <tr><td>Rest of the world</td><td>12 working days</td><td>£19.00</td></tr></tbody></table>
      <p>Orders over £60 ship free within the United Kingdom, and returns are free within thirty days.</p></article></body></html>`,
    );
    const [result] = await app.ingest.start(sid, [{ path: page }]).done;
    assert.equal(result.status, 'ready', JSON.stringify(result));
    const m = await ask(app, sid, 'How long does delivery to the European Union take?');
    assert.equal(m.lead, 'Zone: European Union; Delivery time: 5 working days; Fee: £9.00.', m.text);
    assert.equal(m.citations[0].fileName, 'shipping.html');
    assert.equal(m.citations[0].text, 'European Union | 5 working days | £9.00');
    const fee = await ask(app, sid, 'What is the shipping fee for the rest of the world?');
    assert.match(fee.lead, /^Zone: Rest of the world; .*Fee: £19\.00\.$/, fee.text);
  });
});

describe('who wrote a document, through the core', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let app: DocentApp;
  let sid: string;

  before(async () => {
    ({ dir, cleanup, app, sid } = await openApp());
    const body = (topic: string, n: number) =>
      Array.from({ length: n }, (_, i) => `In this paper the ${topic} trial ${i + 1} was repeated on the sandy plots of the coastal station, and its yield was weighed.`);
    // A paper's first page: title, byline with affiliation marks, affiliations, abstract; its prose runs on for pages,
    // so the passages a search finds for "Who wrote this paper?" are far from its byline.
    const paper = await writeTextPdf(path.join(dir, 'barley-trials.pdf'), [
      [
        'Drought Tolerance of Barley on Sandy Soils',
        'Ada Lovelace1*, Charles Babbage2, Mary Somerville1',
        '1 University of London',
        '2 Analytical Engines Ltd',
        'Abstract',
        ...Array.from({ length: 30 }, (_, i) => `The soil of plot ${i + 1} was sampled in spring and its salt content was recorded.`),
      ],
      ...Array.from({ length: 10 }, (_, i) => body(i % 2 ? 'barley' : 'barley irrigation', 30)),
    ]);
    const results = await app.ingest.start(sid, [{ path: paper }]).done;
    assert.deepEqual(results.map((r) => r.status), ['ready'], JSON.stringify(results));
  });
  after(async () => {
    await app?.close();
    await cleanup?.();
  });

  test('"Who wrote this paper?" is answered by the names under its title, cited there', async () => {
    for (const question of ['Who wrote this paper?', 'Who are the authors of the barley paper?']) {
      const m = await ask(app, sid, question);
      assert.equal(m.lead, 'Ada Lovelace, Charles Babbage, Mary Somerville.', `${question} → ${m.text}`);
      assert.equal(m.citations[0].page, 1);
      assert.equal(m.citations[0].text, 'Ada Lovelace1*, Charles Babbage2, Mary Somerville1');
    }
  });

  test('"Who wrote this letter?" is answered by the name under its closing, on its last page', async () => {
    // A letter of six pages, greeting one person at its top and signed by another at its foot.
    const duties = ['paints the pontoon', 'clears the slipway of weed', 'checks the fenders', 'oils the winch', 'repairs the cleats', 'sweeps the quay', 'tests the lights', 'empties the bins'];
    const clauses = (page: number) => Array.from({ length: 30 }, (_, i) => `In week ${page * 30 + i} the tenant ${duties[(page + i) % duties.length]} and logs it for berth ${(page * 7 + i * 3) % 41}.`);
    const letter = await writeTextPdf(path.join(dir, 'lease-letter.pdf'), [
      ['Harbour Holdings Ltd', '12 Quay Street', '', 'Dear John Smith, this letter sets out the lease we wrote for you.', ...clauses(1)],
      ...Array.from({ length: 4 }, (_, i) => clauses(i + 2)),
      [...clauses(6), 'Yours sincerely,', 'Mary Jones', 'Head of Leasing'],
    ]);
    const [result] = await app.ingest.start(sid, [{ path: letter }]).done;
    assert.equal(result.status, 'ready', JSON.stringify(result));
    const m = await ask(app, sid, 'Who wrote this letter?');
    assert.equal(m.lead, 'Mary Jones.', m.text);
    assert.equal(m.citations[0].fileName, 'lease-letter.pdf');
    assert.equal(m.citations[0].page, 6);
  });

  test('a question about who wrote a work the paper speaks of is not answered by its byline', async () => {
    const m = await ask(app, sid, 'Who wrote the Iliad?');
    assert.doesNotMatch(m.text, /Lovelace/, m.text);
    assert.equal(m.notFound, true, m.text);
  });
});

describe('an unsure answer through the core', () => {
  test('is stored, streamed and batch-answered with its "unsure" field, said before its words', async () => {
    const { dir, cleanup, app, sid } = await openApp();
    try {
      const minutes = path.join(dir, 'minutes-2024-05-14.md');
      await writeFile(
        minutes,
        '# Product team meeting — 14 May 2024\n\nAttendees: Sara Lindqvist (chair), Omar Haddad, Julia Chen, Ben Okafor\nApologies: Dana Whitfield\n\n## Decisions\n\n- The mobile app launch moves from 3 June to 17 June.\n- Julia will own the onboarding redesign.\n\nNext meeting: 28 May 2024, 14:00, Room 3B.\n',
      );
      const [result] = await app.ingest.start(sid, [{ path: minutes }]).done;
      assert.equal(result.status, 'ready', JSON.stringify(result));
      const seen: string[] = [];
      app.onEvent('chat', (e) => seen.push(e.type));
      const m = await ask(app, sid, 'Who was absent from the meeting?');
      assert.equal(m.notFound, undefined, m.text);
      assert.equal(m.unsure, true, m.text);
      assert.ok(seen.indexOf('unsure') >= 0 && seen.indexOf('unsure') < seen.indexOf('token'), `the note comes before the words: ${seen.join(' ')}`);
      const stored = (await app.sessions.get(sid)).chat.at(-1)!;
      assert.equal(stored.unsure, true, 'kept in the session file, for the window after a relaunch');
      const plain = await ask(app, sid, 'When is the next meeting?');
      assert.equal(plain.unsure, undefined, plain.text);
      assert.equal((await app.chat.answerOnce(sid, 'Who was absent from the meeting?')).unsure, true);
      assert.equal((await app.chat.answerOnce(sid, 'When is the next meeting?')).unsure, false);
    } finally {
      await app.close();
      await cleanup();
    }
  });
});

describe('a procedure through the core', () => {
  test('"How do I…" is answered by every step in order, across a page break and past its running header, each cited on its page', async () => {
    const { dir, cleanup, app, sid } = await openApp();
    try {
      const header = 'BRIGHTLINE R5 OWNER MANUAL';
      const pdf = await writeTextPdf(path.join(dir, 'r5-manual.pdf'), [
        [header, 'Charging the battery', '', 'A full charge takes about four hours.', '', 'Replacing the side brush', '', 'The side brush wears out after about six months.', '', '1. Turn the robot over on a soft cloth.', '2. Undo the screw that holds the brush.', 'Page 1'],
        [header, '3. Pull the old brush off its spindle.', '4. Press the new brush on until it clicks and tighten the screw.', '', 'Warranty', '', 'The robot has a 24-month warranty.', 'Page 2'],
      ]);
      const [result] = await app.ingest.start(sid, [{ path: pdf }]).done;
      assert.equal(result.status, 'ready', JSON.stringify(result));
      const m = await ask(app, sid, 'How do I replace the side brush?');
      assert.equal(m.notFound, undefined, m.text);
      const lines = m.text.split('\n');
      // The section's heading introduces the steps, after it the sentence that answered best, above them.
      assert.match(lines[0], /^Replacing the side brush: \[1\] The side brush wears out after about six months\. \[2\]$/, m.text);
      assert.deepEqual(
        lines.slice(1).map((l) => l.replace(/ \[\d+\]$/, '')),
        ['1. Turn the robot over on a soft cloth.', '2. Undo the screw that holds the brush.', '3. Pull the old brush off its spindle.', '4. Press the new brush on until it clicks and tighten the screw.'],
      );
      assert.doesNotMatch(m.text, /OWNER MANUAL|Page \d/);
      assert.deepEqual(m.citations.map((c) => c.page), [1, 1, 1, 1, 2, 2], JSON.stringify(m.citations));
      assert.ok(m.citations[5].text.includes('Press the new brush on'), 'each citation highlights its own step');
    } finally {
      await app.close();
      await cleanup();
    }
  });
});

describe('sections under the headings above them, through the core', () => {
  test('a question naming a recipe is answered from that recipe\'s "Method", which never names it', async () => {
    const { dir, cleanup, app, sid } = await openApp();
    try {
      const file = path.join(dir, 'family-recipes.md');
      // Each recipe's ingredients stand between its name and its method, so that the method is a passage of its own.
      const recipe = (name: string, about: string, ingredients: string[], minutes: number) => [
        `## ${name}`,
        '',
        about,
        '',
        '### Ingredients',
        '',
        ...ingredients.map((i) => `- ${i}`),
        '',
        '### Method',
        '',
        '1. Stir everything together in a large bowl.',
        `2. Let the mixture rest for ${minutes} minutes.`,
        '3. Cook as the family always has.',
        '',
      ];
      await writeFile(
        file,
        [
          '# Family recipes',
          '',
          ...recipe('Ricotta pancakes', 'A Sunday breakfast from Grandma Rosa, served with lemon.', ['250 g ricotta', '3 eggs', '180 ml milk', '150 g plain flour', '2 teaspoons baking powder', '1 lemon, zested', 'butter for frying'], 10),
          ...recipe('Vegan cookies', 'Makes 24 cookies that keep for a week in a tin.', ['250 g plain flour', '1 teaspoon bicarbonate of soda', '150 g brown sugar', '120 ml sunflower oil', '60 ml oat milk', '150 g dark chocolate chips', 'a pinch of salt'], 30),
        ].join('\n'),
      );
      await app.handlers['settings.set']({ chunking: { size: 160, overlap: 0 } });
      const [result] = await app.ingest.start(sid, [{ path: file }]).done;
      assert.equal(result.status, 'ready', JSON.stringify(result));
      const m = await ask(app, sid, 'How long does the mixture for the vegan cookies rest?');
      assert.equal(m.notFound, undefined, m.text);
      assert.match(m.lead, /rest for 30 minutes/, m.text);
      const p = await ask(app, sid, 'How long does the mixture for the ricotta pancakes rest?');
      assert.match(p.lead, /rest for 10 minutes/, p.text);
    } finally {
      await app.close();
      await cleanup();
    }
  });

  test('"How heavy is it?" finds the spec row that says its weight, past sentences that say "heavy" of other things', async () => {
    const { dir, cleanup, app, sid } = await openApp();
    try {
      const file = path.join(dir, 'metro-500-datasheet.md');
      const other = [
        'Do not hang heavy bags from the handlebar.',
        'Heavy rain does not harm the motor.',
        'Avoid heavy braking on wet cobbles.',
        'The rack is not for heavy child seats.',
        'Heavy use wears the chain faster.',
        'Store the battery away from heavy frost.',
        'A heavy rider should pump the tyres harder.',
        'Clean it after heavy mud.',
      ];
      await writeFile(file, ['# Metro 500 city e-bike', '', ...other.flatMap((line, i) => [`## Note ${i + 1}`, '', line, '']), '## Specifications', '', '| Feature | Value |', '| --- | --- |', '| Motor | 250 W rear hub |', '| Weight | 22.8 kg |', ''].join('\n'));
      await app.handlers['settings.set']({ chunking: { size: 120, overlap: 0 } });
      const [result] = await app.ingest.start(sid, [{ path: file }]).done;
      assert.equal(result.status, 'ready', JSON.stringify(result));
      const m = await ask(app, sid, 'How heavy is the Metro 500?');
      assert.match(m.lead, /22\.8 kg/, m.text);
    } finally {
      await app.close();
      await cleanup();
    }
  });

  test('"the doctor" finds the contact written "Dr", among passages that say "phone" and "number" of other things', async () => {
    const { dir, cleanup, app, sid } = await openApp();
    try {
      const contacts = path.join(dir, 'contacts.csv');
      await writeFile(
        contacts,
        [
          'Name,Relationship,Mobile,Address',
          'Margaret Hollis,Mum,07700 900 101,3 Fern Lane',
          'Daniel Hollis,Brother,07700 900 202,18 Quayside',
          'Priya Desai,Best friend,07700 900 303,41 Cedar Road',
          'Dr Owen Price,GP,0191 496 0777,Hexham Medical Centre',
          'Kate Morgan,Neighbour,07700 900 404,24 Larch Close',
        ].join('\n'),
      );
      const notes = path.join(dir, 'house-notes.md');
      const lines = [
        'Keep your phone charged in case of a power cut.',
        'The number of bins collected each week went up in May.',
        'Phone reception is poor in the back bedroom.',
        'Write the number of the parcel on the form.',
        'The phone line was installed in 2019.',
        'A number of tiles on the roof need fixing.',
        'Do not leave your phone on the window sill.',
        'The house number is painted on the gate.',
      ];
      await writeFile(notes, ['# House notes', '', ...lines.flatMap((line, i) => [`## Note ${i + 1}`, '', line, ''])].join('\n'));
      await app.handlers['settings.set']({ chunking: { size: 120, overlap: 0 } });
      const results = await app.ingest.start(sid, [{ path: contacts }, { path: notes }]).done;
      assert.deepEqual(results.map((r) => r.status), ['ready', 'ready'], JSON.stringify(results));
      const m = await ask(app, sid, "What's the doctor's phone number?");
      assert.match(m.lead, /Dr Owen Price.*0191 496 0777/, m.text);
    } finally {
      await app.close();
      await cleanup();
    }
  });

  test('"Can I take photos?" finds "Photography is not allowed…", among passages that say "take" of other things', async () => {
    const { dir, cleanup, app, sid } = await openApp();
    try {
      const notes = path.join(dir, 'theatre-visit.md');
      const lines = [
        'Take your seats five minutes before the start.',
        'It takes about ten minutes to walk from the station.',
        'You can take drinks into the auditorium in plastic cups.',
        'Take the lift to the upper circle.',
        'The show takes place in the main house.',
        'Please take your rubbish with you.',
        'Children under five cannot take part in the workshop.',
        'Take care on the steep stairs.',
        'Photography is not allowed during the performance.',
        'Take a programme from the usher.',
      ];
      await writeFile(notes, ['# Your visit', '', ...lines.flatMap((line, i) => [`## Note ${i + 1}`, '', line, ''])].join('\n'));
      await app.handlers['settings.set']({ chunking: { size: 80, overlap: 0 } });
      const results = await app.ingest.start(sid, [{ path: notes }]).done;
      assert.deepEqual(results.map((r) => r.status), ['ready'], JSON.stringify(results));
      const m = await ask(app, sid, 'Can I take photos?');
      assert.match(m.lead, /^Photography is not allowed during the performance\./, m.text);
    } finally {
      await app.close();
      await cleanup();
    }
  });

  test('"When do I return the car?" is answered by the line that dates the return, not by a sentence on returning it full', async () => {
    const { dir, cleanup, app, sid } = await openApp();
    try {
      const file = path.join(dir, 'car-hire-terms.md');
      await writeFile(
        file,
        [
          '# Car Hire Agreement — Key Terms',
          '',
          'Booking reference: **HX-48213**. Vehicle group C (Volkswagen Golf or similar), manual, 5 seats.',
          '',
          '## Pick-up and return',
          'Pick-up: Edinburgh Airport desk, 14 March 2027 at 10:00.',
          'Return: the same desk, 21 March 2027 by 10:00. Vehicles returned more than 59 minutes late are charged an extra day.',
          '',
          '## Fuel',
          'The car is supplied with a full tank and must be returned full. If it is not, we charge for the missing fuel plus a refuelling fee of £25.',
          '',
          '## Mileage',
          'Unlimited mileage is included. Travel to the Scottish islands by ferry is allowed; travel outside the UK is not.',
          '',
          '## Deposit',
          "A deposit of £250 is held on the main driver's credit card and released within 10 working days of return. Debit cards are not accepted.",
          '',
        ].join('\n'),
      );
      const [result] = await app.ingest.start(sid, [{ path: file }]).done;
      assert.equal(result.status, 'ready', JSON.stringify(result));
      const m = await ask(app, sid, 'When do I need to return the car?');
      assert.match(m.lead, /^Return: the same desk, 21 March 2027 by 10:00\.$/, m.text);
    } finally {
      await app.close();
      await cleanup();
    }
  });

  test("a version's release notes answer for that version, not a contract's clause of the same number", async () => {
    const { dir, cleanup, app, sid } = await openApp();
    try {
      const notes = path.join(dir, 'release-notes.md');
      await writeFile(
        notes,
        [
          '# Lumen Photo Editor — Release Notes',
          '',
          '## Version 4.2.0 (released 18 November 2026)',
          '',
          '### New features',
          '- **Batch export**: export up to 500 photos at once to JPEG, PNG or WebP.',
          '- **Sky replacement**: replace the sky in landscape photos with one of 30 built-in skies.',
          '',
          '### Bug fixes',
          '- Fixed a crash when rotating HEIC images on Windows 11.',
          '',
          '## Version 4.1.3 (released 2 October 2026)',
          '',
          '### Bug fixes',
          '- Fixed the app freezing when importing from SD cards formatted as exFAT.',
          '',
          '## System requirements',
          'Windows 10 or 11 (64-bit), or macOS 13 Ventura or later. At least 8 GB of RAM. 4 GB of free disk space.',
          '',
        ].join('\n'),
      );
      const lease = path.join(dir, 'tenancy-agreement.txt');
      await writeFile(
        lease,
        [
          'ASSURED SHORTHOLD TENANCY AGREEMENT',
          '',
          '3. Tenants\' obligations',
          '3.3 Smoking is not permitted anywhere inside the property.',
          '3.4 The Tenants must not sublet the property or any part of it.',
          '',
          '4. Landlord\'s obligations',
          '4.1 The Landlord will keep the structure and heating installations in repair.',
          '4.2 The Landlord will arrange an annual gas safety check by a registered engineer.',
          '',
        ].join('\n'),
      );
      const results = await app.ingest.start(sid, [{ path: notes }, { path: lease }]).done;
      assert.deepEqual(results.map((r) => r.status), ['ready', 'ready'], JSON.stringify(results));
      // The only line that dates a version is its heading.
      const released = await ask(app, sid, 'When was version 4.1.3 released?');
      assert.equal(released.lead, 'Version 4.1.3 (released 2 October 2026).', released.text);
      // What is new in 4.2 is under "New features" below "Version 4.2.0", not clause 4.2 of the lease.
      const news = await ask(app, sid, "What's new in 4.2?");
      assert.match(news.text, /^New features: \[1\]\n• Batch export: .*\[2\]\n• Sky replacement: .*\[3\]$/, news.text);
      // A clause asked for by its number is still found by it.
      const clause = await ask(app, sid, 'What does clause 4.2 say?');
      assert.match(clause.lead, /gas safety check/, clause.text);
    } finally {
      await app.close();
      await cleanup();
    }
  });

  test("a library guide's opening hours answer for the library, and a trip plan's market days do not follow them", async () => {
    const { dir, cleanup, app, sid } = await openApp();
    try {
      const header = 'NORTHGATE LIBRARY - MEMBER GUIDE 2027';
      const guide = await writeTextPdf(path.join(dir, 'library-member-guide.pdf'), [
        [
          header,
          'Welcome',
          'Membership of Northgate Library is free for anyone who lives, works or studies in the borough.',
          'To join, bring a photo ID and proof of address dated within the last three months.',
          'Children under 16 need a parent or guardian to sign the form.',
          'Opening hours',
          'Monday to Friday: 9:00 to 20:00',
          'Saturday: 10:00 to 17:00',
          'Sunday: closed',
          'Page 1',
        ],
        [
          header,
          'Borrowing',
          'Adults may borrow up to 12 items at a time; children up to 8.',
          'Books are lent for 3 weeks and DVDs for 1 week.',
          'You can renew an item twice online or by phone, unless another member has reserved it.',
          'Overdue items',
          'Adult items returned late are charged 25p per day, up to a maximum of 6 pounds per item.',
          'Page 2',
        ],
        [
          header,
          'Computers and printing',
          'Members can use the public computers free of charge for up to 2 hours a day.',
          'Black and white printing costs 15p per page and colour printing 60p per page.',
          'Wi-Fi',
          'Free Wi-Fi is available throughout the building. No password is needed.',
          'Page 3',
        ],
      ]);
      const trip = path.join(dir, 'lisbon-trip.md');
      await writeFile(
        trip,
        [
          '# Lisbon trip — itinerary',
          '',
          '**Travellers:** Ana and Tomás Ferreira',
          '**Dates:** 14–19 April 2027',
          '',
          '## Flights',
          '- **Outbound:** TP1363, London Heathrow T2 → Lisbon, Wed 14 April, departs 07:20, arrives 10:05.',
          '- **Return:** TP1366, Lisbon → London Heathrow T2, Mon 19 April, departs 18:40, arrives 21:25.',
          '',
          '## Hotel',
          'Casa do Rio, Rua das Flores 42, Lisbon. Check-in from 15:00, check-out by 11:00. Breakfast included.',
          '',
          '## Plans',
          '- **Thursday:** tram 28 to Alfama, then the castle (tickets €15 each, booked for 10:30).',
          '- **Friday:** day trip to Sintra by train from Rossio station (40 minutes).',
          '- **Saturday:** Belém — Jerónimos Monastery and pastéis de nata at the old bakery. Dinner booked at Taberna Azul at 20:00.',
          '- **Sunday:** free day; the Feira da Ladra flea market is open on Saturdays and Tuesdays only.',
          '',
          '## Budget',
          'Flights £412, hotel £585 for 5 nights, activities about £150.',
          '',
        ].join('\n'),
      );
      const results = await app.ingest.start(sid, [{ path: guide }, { path: trip }]).done;
      assert.deepEqual(results.map((r) => r.status), ['ready', 'ready'], JSON.stringify(results));
      const sunday = await ask(app, sid, 'Is the library open on Sundays?');
      assert.equal(sunday.text, 'Sunday: closed. [1]');
      const saturday = await ask(app, sid, 'When is the library open on Saturday?');
      assert.match(saturday.text, /^Saturday: 10:00 to 17:00[.;]/, saturday.text);
      assert.doesNotMatch(saturday.text, /flea market|Borrowing/, saturday.text);
      // The trip's own question is still answered from the trip.
      const breakfast = await ask(app, sid, 'Is breakfast included at the hotel?');
      assert.equal(breakfast.lead, 'Breakfast included.', breakfast.text);
    } finally {
      await app.close();
      await cleanup();
    }
  });

  test('a rate letter, a surgery page and a recipe book: the figure, date or time asked, in a session of all three', async () => {
    const { dir, cleanup, app, sid } = await openApp();
    try {
      const letter = await writeTextPdf(path.join(dir, 'Savings account - interest rate change.pdf'), [
        ['Northway Building Society', '', 'Ms R. Adeyemi', '7 Beech Close', 'York YO24 1AB', '', '14 December 2026', '', 'Your Easy Access Saver, account ending 4471', '', 'Dear Ms Adeyemi,', '',
          'We are writing to tell you that the interest rate on your account is changing.', 'From 1 February 2027 the rate will go down from 3.10% AER to 2.85% AER (variable).',
          "This follows the Bank of England's decision to lower the base rate.", '', 'Page 1 of 2'],
        ['Northway Building Society', '', 'What you can do', 'If you are unhappy with the change, you can close your account or move your money',
          'to another Northway account without any penalty or loss of interest until 3 March 2027.', 'If you do nothing, your account will stay open and the new rate will apply automatically.', '',
          'If you have any questions, call our savings team on 0345 600 2811, Monday to Friday 9am to 5pm.', '', 'Yours sincerely,', 'Helen Marsh', 'Head of Savings', '', 'Page 2 of 2'],
      ]);
      const surgery = path.join(dir, 'Ashgrove Surgery - opening hours and services.html');
      await writeFile(
        surgery,
        `<!DOCTYPE html><html><head><title>Opening hours and services - Ashgrove Surgery</title></head><body>
<nav><a href="/">Home</a> | <a href="/contact">Contact us</a></nav>
<main><h1>Opening hours and services</h1>
<h2>Opening hours</h2>
<table><tr><th>Day</th><th>Hours</th></tr>
<tr><td>Monday</td><td>8:00am to 6:30pm</td></tr>
<tr><td>Tuesday</td><td>8:00am to 6:30pm</td></tr>
<tr><td>Wednesday</td><td>7:00am to 8:00pm (extended hours)</td></tr>
<tr><td>Thursday</td><td>8:00am to 6:30pm</td></tr>
<tr><td>Friday</td><td>8:00am to 6:00pm</td></tr>
<tr><td>Saturday and Sunday</td><td>Closed</td></tr></table>
<p>When the surgery is closed, call NHS 111 for urgent medical help. In an emergency, call 999.</p>
<h2>Appointments</h2>
<p>You can book an appointment online through the NHS App, or by calling 0161 496 0700 from 8am. Routine appointments are released two weeks ahead.</p>
<h2>Repeat prescriptions</h2>
<p>Order repeat prescriptions through the NHS App or by handing your repeat slip in at reception. We do not take prescription requests over the phone. Please allow 3 working days before collecting from your pharmacy.</p>
<h2>Blood tests</h2>
<p>Blood tests are done by our phlebotomist on weekday mornings between 8:30am and 11:30am, by appointment only.</p>
</main><footer>Ashgrove Surgery, 12 Ashgrove Road, Stockport SK4 2LP</footer></body></html>`,
      );
      const recipes = path.join(dir, 'Our family recipes.epub');
      await writeFile(
        recipes,
        makeEpub({
          title: 'Our Family Recipes',
          toc: 'nav',
          spine: ['cake.xhtml', 'curry.xhtml'],
          chapters: [
            { file: 'cake.xhtml', tocTitle: "Grandma's lemon drizzle cake", body: `<h1 id="start">Grandma's lemon drizzle cake</h1>
<p>This is the cake Grandma made for every birthday. It serves 10 and keeps for four days in a tin.</p>
<h2>Ingredients</h2><ul><li>225 g softened butter</li><li>225 g caster sugar</li><li>4 eggs</li><li>275 g self-raising flour</li><li>Zest of 2 lemons</li><li>For the drizzle: juice of 1½ lemons and 85 g caster sugar</li></ul>
<h2>Method</h2><ol><li>Heat the oven to 180°C (160°C fan) and line a loaf tin.</li><li>Beat the butter and sugar until pale, then beat in the eggs one at a time.</li><li>Fold in the flour and lemon zest.</li><li>Bake for 45 to 50 minutes, until a skewer comes out clean.</li><li>Mix the lemon juice and sugar, and pour the drizzle over the cake while it is still warm.</li></ol>` },
            { file: 'curry.xhtml', tocTitle: 'Sunday lamb curry', body: `<h1 id="start">Sunday lamb curry</h1>
<p>A mild curry that the children will eat. Serves 6. It takes about 2 hours, most of it simmering.</p>
<h2>Ingredients</h2><ul><li>1 kg diced lamb shoulder</li><li>2 onions</li><li>4 garlic cloves</li><li>2 tbsp curry paste</li><li>400 g tin of chopped tomatoes</li><li>150 ml natural yoghurt</li></ul>
<h2>Method</h2><ol><li>Brown the lamb in batches and set aside.</li><li>Fry the onions and garlic until soft, then stir in the curry paste.</li><li>Add the lamb and tomatoes, cover and simmer gently for 1½ hours.</li><li>Stir in the yoghurt just before serving.</li></ol>
<p>The curry freezes well for up to three months. Defrost it overnight in the fridge.</p>` },
          ],
        }),
      );
      const results = await app.ingest.start(sid, [{ path: letter }, { path: surgery }, { path: recipes }]).done;
      assert.deepEqual(results.map((r) => r.status), ['ready', 'ready', 'ready'], JSON.stringify(results));
      // A rate asked is a percentage; a start asked is the date it holds "from".
      const rate = await ask(app, sid, 'What is the new interest rate?');
      assert.match(rate.lead, /^From 1 February 2027 the rate will go down from 3\.10% AER to 2\.85% AER/, rate.text);
      const start = await ask(app, sid, 'When does the new rate start?');
      assert.match(start.lead, /^From 1 February 2027/, start.text);
      // The section's sentence giving a time, not the one saying its heading's words without one.
      const prescription = await ask(app, sid, 'How long does a repeat prescription take?');
      assert.equal(prescription.lead, 'Please allow 3 working days before collecting from your pharmacy.', prescription.text);
      // "cook" is said nowhere: the time the curry takes is asked.
      const curry = await ask(app, sid, 'How long does the curry take to cook?');
      assert.equal(curry.notFound, undefined, curry.text);
      assert.match(curry.text, /It takes about 2 hours/, curry.text);
    } finally {
      await app.close();
      await cleanup();
    }
  });

  test('an advert\'s "Location:" and an invitation\'s "When:" answer of their documents; a tenancy\'s term and rules', async () => {
    const { dir, cleanup, app, sid } = await openApp();
    try {
      const advert = path.join(dir, 'job-advert-library-assistant.html');
      await writeFile(
        advert,
        `<!doctype html><html><head><meta charset="utf-8"><title>Library Assistant – Kirkby Council Jobs</title></head><body>
<header><nav>Home | Jobs | Contact</nav></header><main><h1>Library Assistant (part time)</h1>
<dl><dt>Salary</dt><dd>£11,920 a year</dd><dt>Hours</dt><dd>18.5 hours per week</dd><dt>Location</dt><dd>Kirkby Central Library, Market Square</dd><dt>Closing date</dt><dd>Sunday 10 January 2027 at midnight</dd></dl>
<h2>About the role</h2><p>You will help customers find books and information, and run our weekly Rhyme Time sessions for under-fives.</p>
<h2>About you</h2><p>This job suits someone who enjoys working with people. No library experience is needed for this job.</p>
<h2>Benefits</h2><p>The job comes with 26 days of annual leave and a local government pension.</p>
<h2>Training</h2><p>Full training is given in the first month of the job.</p>
<h2>Job share</h2><p>We welcome applications to share this job.</p>
<h2>How to apply</h2><p>Apply online through our jobs portal. We do not accept CVs. Interviews will be held in the week beginning 25 January 2027.</p>
<p>For an informal chat about the role, contact Priya Shah, Library Manager, on 0151 443 2200.</p></main></body></html>`,
      );
      const invitation = path.join(dir, 'party-invitation.txt');
      await writeFile(
        invitation,
        "You're invited!\n\nMaya is turning 7!\n\nCome and join us for a bouncy castle and pizza party.\n\nWhen: Saturday 20 March 2027, 2pm to 4pm\nWhere: St Mark's Church Hall, Hillside Road (parking at the back)\n\nPlease wear socks for the bouncy castle.\n\nRSVP to Laura (Maya's mum) on 07700 900123 by 13 March.\n",
      );
      // As a Word agreement reads, its heading styles as headings.
      const tenancy = path.join(dir, 'tenancy-agreement-canal-street.md');
      await writeFile(
        tenancy,
        [
          '# Assured Shorthold Tenancy Agreement',
          'Property: Flat 3, 27 Canal Street, Leeds LS2 7EH',
          'Tenants: Jamie Clarke and Sofia Ruiz',
          '## 1. Term',
          'The tenancy is for a fixed term of 12 months beginning on 1 September 2026 and ending on 31 August 2027.',
          '## 2. Rent',
          'The rent is £1,150 per calendar month, payable in advance on the 1st day of each month by standing order.',
          '## 4. Tenant obligations',
          "The tenants must not keep any pets at the property without the landlord's written consent.",
          'The tenants must not smoke inside the property.',
          '## 5. Ending the tenancy',
          'Neither party may end the tenancy during the fixed term, except under the break clause.',
          "Break clause: after 6 months, either party may end the tenancy by giving two months' written notice.",
        ].join('\n\n'),
      );
      const results = await app.ingest.start(sid, [{ path: advert }, { path: invitation }]).done;
      assert.deepEqual(results.map((r) => r.status), ['ready', 'ready'], JSON.stringify(results));
      const based = await ask(app, sid, 'Where is the job based?');
      assert.equal(based.lead, 'Location: Kirkby Central Library, Market Square.', based.text);
      const when = await ask(app, sid, "When is Maya's party?");
      assert.match(when.lead, /^When: Saturday 20 March 2027, 2pm to 4pm/, when.text);
      const more = await app.ingest.start(sid, [{ path: tenancy }]).done;
      assert.deepEqual(more.map((r) => r.status), ['ready'], JSON.stringify(more));
      // A span said as "for a fixed term of…" is how long the tenancy is; a rule about smoking says whether one may.
      const term = await ask(app, sid, 'How long is the tenancy?');
      assert.match(term.lead, /^The tenancy is for a fixed term of 12 months/, term.text);
      const smoke = await ask(app, sid, 'Can we smoke in the flat?');
      assert.equal(smoke.lead, 'The tenants must not smoke inside the property.', smoke.text);
    } finally {
      await app.close();
      await cleanup();
    }
  });

  test('a villa booking, an insurance schedule and a feeding log: a dog under "Pets", ringing to claim, a feed at 1pm', async () => {
    const { dir, cleanup, app, sid } = await openApp();
    try {
      const villa = path.join(dir, 'villa-booking-confirmation.md');
      await writeFile(
        villa,
        [
          '# Booking confirmation - Villa Limonaia, Puglia',
          'Booking reference: VL-40388',
          '## Your villa',
          'The villa has three bedrooms, two bathrooms and a private pool. Pool heating is available on request for €30 per day.',
          'Linen and towels are provided and changed once a week. Beach towels are not provided.',
          '## Getting there',
          'The nearest airport is Brindisi, a 50-minute drive away. We recommend hiring a car. The key safe code will be sent to you 3 days before arrival.',
          '## Cancellation',
          'If you cancel more than 8 weeks before arrival, you lose your deposit. If you cancel within 8 weeks of arrival, the full rental is payable.',
          'Pets are not allowed at the villa.',
        ].join('\n\n'),
      );
      const schedule = path.join(dir, 'home-insurance-schedule.txt');
      await writeFile(
        schedule,
        'Homesure Insurance - Policy Schedule\n\nPolicy number: HS-2291-7730\n\nContents cover: up to £60,000\n\nCompulsory excess: £100\n\nAnnual premium: £384.12, paid in 12 monthly instalments of £32.01.\n\nTo make a claim, call 0345 600 1212, open 24 hours a day.\n\nBicycles are covered away from the home up to £750 each, if locked.\n',
      );
      // Half a year of feeds, four a day at other times, and one at 13:00: far more passages than an answer reads.
      const log = path.join(dir, 'baby-feeding-log.csv');
      const dayOf = (day: number) => new Date(Date.UTC(2027, 0, 1 + day)).toISOString().slice(0, 10);
      const rows = Array.from({ length: 180 }, (_, day) => ['06:10', '09:40', '16:45', '20:15'].map((time, i) => `${dayOf(day)},${time},Bottle,${90 + 10 * ((day + i) % 7)},Wet`));
      rows[100]!.splice(2, 0, `${dayOf(100)},13:00,Bottle,150,Dirty`);
      await writeFile(log, `Date,Time,Feed,Amount (ml),Nappy\n${rows.flat().join('\n')}\n`);
      // Kit lists saying "bring", each a passage a search for "Can we bring our dog?" finds before the villa's.
      const lists = await Promise.all(
        ['swimming', 'football', 'camping', 'school trip', 'beach day', 'ski lesson', 'museum visit'].map(async (what, i) => {
          const file = path.join(dir, `${what.replace(' ', '-')}-kit-list.txt`);
          await writeFile(file, `${what} kit list\n\nPlease bring a named water bottle and a snack for the ${what}. Bring a coat if rain is forecast. Meet at ${8 + (i % 4)}am.\n`);
          return { path: file };
        }),
      );
      const results = await app.ingest.start(sid, [{ path: villa }, { path: schedule }, { path: log }, ...lists]).done;
      assert.ok(results.every((r) => r.status === 'ready'), JSON.stringify(results));
      // The search looks "dog" up as "pet" too, and a pet's rule says whether one may be brought.
      const dog = await ask(app, sid, 'Can we bring our dog?');
      assert.ok(!dog.notFound, dog.text);
      assert.equal(dog.lead, 'Pets are not allowed at the villa.', dog.text);
      // "ring" is what "call" says of a number to get in touch on.
      const claim = await ask(app, sid, 'What number do I ring to claim?');
      assert.ok(!claim.notFound, claim.text);
      assert.match(claim.lead, /^To make a claim, call 0345 600 1212/, claim.text);
      // "1pm" is the log's "13:00", which the search looks up too.
      const feed = await ask(app, sid, 'What was the feed at 1pm?');
      assert.match(feed.lead, /Time: 13:00; Feed: Bottle; Amount \(ml\): 150/, feed.text);
    } finally {
      await app.close();
      await cleanup();
    }
  });
  test('an invitation and a guarantee card: what to wear is its "Dress code", when it was bought its "Purchased" line', async () => {
    const { dir, cleanup, app, sid } = await openApp();
    try {
      const invitation = path.join(dir, 'wedding-invitation.md');
      await writeFile(
        invitation,
        [
          "# Emma & Daniel's wedding",
          "Saturday 18 June 2028 at 1pm, St Mary's Church, Lower Slaughter. Reception to follow at Hollow Barn until midnight.",
          '## Details',
          'Dress code: summer formal.',
          'Children are welcome at the ceremony; the evening reception is adults only.',
          '## Gifts',
          'Your presence at our wedding is the only gift we need.',
        ].join('\n\n'),
      );
      const card = path.join(dir, 'washing-machine-guarantee.txt');
      await writeFile(card, 'HOMEWISE APPLIANCES\n\nProduct: Washing machine WM-8400\nSerial no: 7742-0981-AB\n\nPurchased: 14/02/2027\n\nGuarantee: 5 years parts and labour\n');
      // Notes saying "wedding", "washing machine" and "buy", each a passage a search for the questions' words finds first.
      const notes = await Promise.all(
        ['cake', 'flowers', 'photographer', 'band', 'venue', 'hen party', 'stag do'].map(async (what, i) => {
          const file = path.join(dir, `wedding-${what.replace(' ', '-')}-notes.txt`);
          await writeFile(file, `Wedding ${what} notes\n\nWe need to buy the ${what} for the wedding before May. The washing machine in the venue kitchen is for staff. Budget £${200 + 50 * i}.\n`);
          return { path: file };
        }),
      );
      const results = await app.ingest.start(sid, [{ path: invitation }, { path: card }, ...notes]).done;
      assert.ok(results.every((r) => r.status === 'ready'), JSON.stringify(results));
      // The search looks "wear" up as "dress" too, and the "Dress code:" line says what to wear.
      const wear = await ask(app, sid, 'What should I wear to the wedding?');
      assert.ok(!wear.notFound, wear.text);
      assert.equal(wear.lead, 'Dress code: summer formal.', wear.text);
      // …and "buy" as "purchased".
      const bought = await ask(app, sid, 'When did I buy the washing machine?');
      assert.ok(!bought.notFound, bought.text);
      assert.match(bought.lead, /^Purchased: 14\/02\/2027/, bought.text);
    } finally {
      await app.close();
      await cleanup();
    }
  });

  test('"How much is the hotel?" finds the booking\'s total, in a table whose passage never says "hotel"', async () => {
    const { dir, cleanup, app, sid } = await openApp();
    try {
      const booking = path.join(dir, 'hotel-booking.html');
      await writeFile(
        booking,
        [
          '<!doctype html><html><head><title>Booking confirmation - The Anchor Inn Hotel</title></head><body>',
          '<h1>Your booking is confirmed</h1><p>Booking reference: AI-20931. Guest: Mr Owen Price.</p>',
          '<table><tr><th>Arrival</th><td>Friday 3 March 2028, from 3pm</td></tr><tr><th>Departure</th><td>Sunday 5 March 2028, by 11am</td></tr>',
          '<tr><th>Room</th><td>Double, garden view</td></tr><tr><th>Total price</th><td>£276.00 (breakfast included)</td></tr></table>',
          '<h2>During your stay</h2><p>Dinner is served in the hotel restaurant from 6pm. Parking at the hotel costs £12 a night.</p>',
          '<h2>Cancellation</h2><p>You can cancel the hotel free of charge until 48 hours before arrival.</p>',
          '</body></html>',
        ].join('\n'),
      );
      // Notes saying "hotel", each a passage a search for the question's words finds first.
      const notes = await Promise.all(
        ['gym', 'pool', 'lift', 'bar', 'garden', 'lobby', 'spa'].map(async (what) => {
          const file = path.join(dir, `hotel-${what}-notes.txt`);
          await writeFile(file, `Hotel ${what} notes\n\nThe hotel ${what} is on the ground floor of the hotel. Ask at the hotel desk about the hotel ${what}.\n`);
          return { path: file };
        }),
      );
      const results = await app.ingest.start(sid, [{ path: booking }, ...notes]).done;
      assert.ok(results.every((r) => r.status === 'ready'), JSON.stringify(results));
      // The search looks the whole's price up as "total" too, and the booking's "Total price" line answers.
      const price = await ask(app, sid, 'How much is the hotel?');
      assert.ok(!price.notFound, price.text);
      assert.match(price.lead, /^Total price: £276\.00/, price.text);
    } finally {
      await app.close();
      await cleanup();
    }
  });
});
