import { nearestQuoteOf } from '../../shared/not-found';
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { AnswerEvent, AnswerSource } from '../../electron/app/chat/answer-types';
import { ExtractiveAnswerer, NOT_FOUND_MESSAGE } from '../../electron/app/chat/extractive-answerer';
import { wordVectorsIn } from '../../electron/app/chat/word-vectors';
import { defaultWordVectorsDir } from '../../electron/app/docent';
import { weatherColumnWords } from '../../electron/app/chat/extreme-rows';

/** Pages of two documents; sources are cut from them by the chunker's invariant (pages joined by a blank line). */
const DOCS: Record<string, string[]> = {
  aaaaaaaaaaaaaaaa: [
    'The Amazon rainforest covers most of the Amazon basin of South America. The basin covers seven million square kilometres.\n\nThe forest spans nine nations, and Brazil holds sixty percent of it. Deforestation',
    'increased sharply in the 1970s because of cattle ranching and new highways. Scientists estimate the forest holds 390 billion trees.',
  ],
  bbbbbbbbbbbbbbbb: ['Doctor Who is a British science fiction television programme. The programme depicts the adventures of a Time Lord called the Doctor.'],
};

function source(n: number, fileId: string, page: number, start: number, pageEnd: number, end: number): AnswerSource {
  const pages = DOCS[fileId];
  const text = page === pageEnd ? pages[page - 1].slice(start, end) : `${pages[page - 1].slice(start)}\n\n${pages[pageEnd - 1].slice(0, end)}`;
  return { n, sid: 'base', fileId, fileName: `${fileId}.pdf`, page, pageEnd, start, end, text };
}

/** What a citation's (page, start)–(pageEnd, end) designates in its document. */
function pageTextOf(c: AnswerSource): string {
  const pages = DOCS[c.fileId];
  return c.page === c.pageEnd ? pages[c.page - 1].slice(c.start, c.end) : `${pages[c.page - 1].slice(c.start)}\n\n${pages[c.pageEnd - 1].slice(0, c.end)}`;
}

/** A one-page document as one source, numbered n: its whole text. */
function onePage(fileName: string, text: string, n = 1): AnswerSource {
  const fileId = fileName.replace(/[^a-z]/gi, '').toLowerCase().padEnd(16, 'x').slice(0, 16);
  return { n, sid: 'base', fileId, fileName, page: 1, pageEnd: 1, start: 0, end: text.length, text };
}

const amazonLength = DOCS.aaaaaaaaaaaaaaaa[1].length;
const SOURCES = [source(1, 'aaaaaaaaaaaaaaaa', 1, 0, 2, amazonLength), source(2, 'bbbbbbbbbbbbbbbb', 1, 0, 1, DOCS.bbbbbbbbbbbbbbbb[0].length)];

async function collect(events: AsyncIterable<AnswerEvent>) {
  const tokens: string[] = [];
  const citations: AnswerSource[][] = [];
  let notFound = false;
  /** Whether the answer was said to be unsure, and how many tokens came before that. */
  let unsure = false;
  let unsureAfter = -1;
  for await (const e of events) {
    if (e.type === 'token') tokens.push(e.text);
    else if (e.type === 'not-found') notFound = true;
    else if (e.type === 'unsure') [unsure, unsureAfter] = [true, tokens.length];
    else if (e.type === 'citations') citations.push(e.citations);
  }
  return { tokens, text: tokens.join(''), citations, notFound, unsure, unsureAfter };
}

describe('ExtractiveAnswerer', () => {
  const answerer = new ExtractiveAnswerer();

  test('a case cited by its name ("Wisconsin v. Yoder") is quoted whole, not cut at its "v."', async () => {
    const memo = onePage(
      'schooling-memo.txt',
      'Parents have a right to direct the schooling of their children. The Supreme Court upheld that right in Wisconsin v. Yoder, 406 U.S. 205 (1972), for Amish families. Compulsory attendance laws still apply to everyone else.',
    );
    const { text, citations } = await collect(answerer.answer({ question: 'In what year was Wisconsin v. Yoder decided?', history: [], sources: [memo] }));
    assert.equal(text, 'The Supreme Court upheld that right in Wisconsin v. Yoder, 406 U.S. 205 (1972), for Amish families. [1]');
    assert.equal(citations[0][0].text, 'The Supreme Court upheld that right in Wisconsin v. Yoder, 406 U.S. 205 (1972), for Amish families.');
  });

  test('a limit written "max. 5 kg" is quoted with its figure, not cut at the abbreviation', async () => {
    const manual = onePage('washer-guide.txt', 'Cotton programme: load max. 5 kg per wash at 40 degrees. Wool programme: load max. 2 kg per wash, cold only.');
    const { text } = await collect(answerer.answer({ question: 'How much can I load on the wool programme?', history: [], sources: [manual] }));
    assert.equal(text, 'Wool programme: load max. 2 kg per wash, cold only. [1]');
  });

  test("a sentence opening on a name's initial keeps it: \"P. Sharma will contact…\" is not an outline's item", async () => {
    const minutes = onePage('minutes.md', '## 4. Waiting list\nThere are 23 people on the waiting list. P. Sharma will contact the first six about the two vacant plots.\n\n## 5. Any other business\nNone.');
    const { text } = await collect(answerer.answer({ question: 'Who will contact the people on the waiting list?', history: [], sources: [minutes] }));
    assert.match(text, /(?:^|\] )P\. Sharma will contact the first six about the two vacant plots\. \[\d\]/, text);
  });

  test('an action table answers "the deadline" by its Due column, and its owner keeps the initial of the name', async () => {
    const minutes = onePage(
      'minutes.md',
      '## Actions\n\n| Action | Owner | Due |\n|---|---|---|\n| Contact the waiting list | P. Sharma | 30 Nov 2026 |\n| Order new padlocks for the main gate | A. Novak | 15 Dec 2026 |\n| Repair the shed roof | D. Byrne | 20 Dec 2026 |\n',
    );
    const deadline = await collect(answerer.answer({ question: 'What is the deadline for ordering the padlocks?', history: [], sources: [minutes] }));
    assert.equal(deadline.notFound, false, deadline.text);
    assert.equal(deadline.text, 'Action: Order new padlocks for the main gate; Owner: A. Novak; Due: 15 Dec 2026. [1]');
  });

  test('a month asked about is found within a range of months: "in June" of "between April and September"', async () => {
    const rules = onePage('allotment-rules.md', '# Site rules\n\n- Dogs must be kept on a lead at all times.\n- Bonfires are not permitted between April and September.\n- The main gate must be locked after 8 pm.');
    const june = await collect(answerer.answer({ question: 'Can I have a bonfire in June?', history: [], sources: [rules] }));
    assert.equal(june.notFound, false, june.text);
    assert.equal(june.text, 'Bonfires are not permitted between April and September. [1]');
  });

  test("a leaflet's numbered headings are quoted neither as sentences nor with the sentence under them", async () => {
    const leaflet = onePage(
      'paracetamol-leaflet.txt',
      'Paracetamol 500 mg Tablets\n\nRead all of this leaflet carefully before you start taking this medicine.\n\n1. What Paracetamol Tablets are and what they are used for\nParacetamol is a painkiller. It is used for the relief of mild to moderate pain and to reduce a fever.\n\n2. Before you take Paracetamol Tablets\nDo not take this medicine if you are allergic to paracetamol. Talk to your doctor first if you have liver or kidney problems.\n\n5. How to store Paracetamol Tablets\nStore below 25 °C in the original package. Keep the tablets out of the sight and reach of children.',
    );
    const use = await collect(answerer.answer({ question: 'What is paracetamol used for?', history: [], sources: [leaflet] }));
    assert.match(use.text, /^Paracetamol is a painkiller\. It is used for the relief of mild to moderate pain and to reduce a fever\. \[1\]/, use.text);
    const before = await collect(answerer.answer({ question: 'What should I know before I take the tablets?', history: [], sources: [leaflet] }));
    assert.doesNotMatch(before.text, /Before you take Paracetamol Tablets/, before.text);
  });

  test("a PDF leaflet's numbered heading, on a line between sentences, titles its section and is no answer", async () => {
    // A PDF's text has no blank lines: the heading is a line after a finished sentence, and no item of a list.
    const leaflet = onePage(
      'amoxicillin-leaflet.pdf',
      'Amoxicillin 500 mg capsules\n3. How to take amoxicillin\nThe usual dose for adults is one 500 mg capsule three times a day.\nYou can drink alcohol in moderation while taking amoxicillin.\n4. Possible side effects\nCommon side effects (up to 1 in 10 people): diarrhoea, feeling sick and skin rash.\n5. How to store amoxicillin\nStore below 25C in the original package.',
    );
    const effects = await collect(answerer.answer({ question: 'What are the side effects?', history: [], sources: [leaflet] }));
    assert.match(effects.text, /^Common side effects \(up to 1 in 10 people\): diarrhoea, feeling sick and skin rash\. \[1\]/, effects.text);
  });

  test("a PDF leaflet's clause heading after a sentence is neither read into the sentence under it nor quoted", async () => {
    // No blank lines, prose wrapped at a width, and sections of a few sentences: "1. What … is used for" ends on a
    // small word, and "3. How to take…" comes four sentences after "2. …", as a list's next item would.
    const leaflet = onePage(
      'cetirizine-leaflet.pdf',
      'Cetirizine 10 mg film-coated tablets\nRead all of this leaflet carefully before you start taking this medicine. Keep this\nleaflet; you may need to read it again.\n1. What cetirizine is and what it is used for\nCetirizine belongs to a group of medicines called antihistamines. It is used to relieve\nsneezing, itchy eyes and a runny nose caused by hay fever.\n2. What you need to know before you take cetirizine\nDo not take cetirizine if you have severe kidney disease.\nTalk to your pharmacist before taking cetirizine if you have epilepsy.\nAvoid alcohol while taking this medicine.\n3. How to take cetirizine\nAdults and children over 12 years: take one tablet a day with a glass of water.\nIf you take more than you should, talk to a doctor straight away.',
    );
    const use = await collect(answerer.answer({ question: 'What is cetirizine used for?', history: [], sources: [leaflet] }));
    assert.doesNotMatch(use.text, /used for Cetirizine/, use.text);
    assert.match(use.text, /It is used to relieve sneezing, itchy eyes and a runny nose caused by hay fever\./, use.text);
    const tooMuch = await collect(answerer.answer({ question: 'What should I do if I take too much?', history: [], sources: [leaflet] }));
    assert.match(tooMuch.text, /^If you take more than you should, talk to a doctor straight away\. \[1\]/, tooMuch.text);
    const who = await collect(answerer.answer({ question: "Who shouldn't take cetirizine?", history: [], sources: [leaflet] }));
    assert.match(who.text, /^Do not take cetirizine if you have severe kidney disease\. \[1\]/, who.text);
  });

  test("a slide's points answer one by one: neither a time asked nor what to bring or book quotes the whole slide", async () => {
    const slide = (n: number, text: string): AnswerSource => ({ ...onePage('welcome-pack.pptx', text, n), page: n, pageEnd: n });
    const sources = [
      slide(1, 'Your first morning\n\n- Arrive at 8:45am and report to the security desk in the lobby.\n- Ask for Marcus, who will take you to the studio.\n- Bring your bank details and a photo ID for the payroll form.'),
      slide(2, 'Leave and absence\n\n- You get 28 days of annual leave including bank holidays.\n- Book leave in the Timetastic app at least a week ahead.\n- If you are unwell, phone your manager before 9am.\n- You need a doctor\'s note after a week off sick.'),
      slide(3, 'Travel\n\n- Book train tickets through the travel portal, standard class.\n- Book hotels through the same portal.\n- Claim mileage at 45p per mile.'),
    ];
    const ask = async (question: string) => (await collect(answerer.answer({ question, history: [], sources }))).text;
    assert.match(await ask('What time do I need to arrive on my first morning?'), /^Arrive at 8:45am and report to the security desk in the lobby\. \[1\]/);
    assert.match(await ask('What should I bring on my first morning?'), /^Bring your bank details and a photo ID for the payroll form\. \[1\]/);
    assert.match(await ask('How do I book leave?'), /^Book leave in the Timetastic app at least a week ahead\. \[1\]$/);
  });

  test('"This medicine…" is about what the document is about, and is quoted without the sentence before it', async () => {
    const leaflet = onePage(
      'paracetamol-leaflet.txt',
      'Paracetamol 500 mg Tablets\n\nTalk to your doctor before taking it if you have liver or kidney problems, or if you drink more than the recommended amount of alcohol. This medicine contains lactose.',
    );
    const { text } = await collect(answerer.answer({ question: 'Does it contain lactose?', history: [], sources: [leaflet] }));
    assert.equal(text, 'This medicine contains lactose. [1]');
  });

  test("a question only the document's name speaks to, whose other word is nowhere in it, is not found", async () => {
    const minutes = onePage(
      'minutes-2026-11.md',
      '# Riverside Allotment Society — Committee Meeting Minutes\n\n**Date:** Tuesday 10 November 2026, 7.30 pm\n**Venue:** Riverside Community Hall\n\n## Waiting list\nThere are 23 people on the waiting list.\n\nNext meeting: Tuesday 12 January 2027, 7.30 pm.',
    );
    const founded = await collect(answerer.answer({ question: 'When was the society founded?', history: [], sources: [minutes] }));
    assert.equal(founded.notFound, true, founded.text);
    const next = await collect(answerer.answer({ question: 'When is the next meeting?', history: [], sources: [minutes] }));
    assert.equal(next.text, 'Next meeting: Tuesday 12 January 2027, 7.30 pm. [1]');
  });

  test('a question in full words finds the line that abbreviates them: "phone extension" of "tel. …, ext. 4021"', async () => {
    const notice = onePage(
      'tenancy-notice.md',
      '# Notice\n\nThe deposit of £1,200 is protected under your tenancy agreement. For questions call our office on tel. 0113 496 0021, ext. 4021. Office hours are Monday to Friday.',
    );
    const phone = await collect(answerer.answer({ question: 'What is the phone extension?', history: [], sources: [notice] }));
    assert.equal(phone.notFound, false, phone.text);
    assert.equal(phone.text, 'For questions call our office on tel. 0113 496 0021, ext. 4021. [1]');
    const recipe = onePage('pancakes.txt', 'Pancakes for four. Whisk 2 eggs into 300 ml of milk. Stir in 1 tbsp sugar and a pinch of salt. Rest the batter for 20 min before frying.');
    const sugar = await collect(answerer.answer({ question: 'How many tablespoons of sugar go in?', history: [], sources: [recipe] }));
    assert.equal(sugar.text, 'Stir in 1 tbsp sugar and a pinch of salt. [1]');
  });

  test('a temperature in °C ends its sentence, so the humidity asked is quoted without it', async () => {
    const sheet = onePage('dehumidifier-specs.txt', 'Operating temperature: 5 °C to 35 °C. Operating humidity: max. 80% relative humidity. Tank capacity: 2 litres.');
    const { text } = await collect(answerer.answer({ question: 'What humidity can it operate in?', history: [], sources: [sheet] }));
    assert.equal(text, 'Operating humidity: max. 80% relative humidity. [1]');
  });

  test('quotes the best sentences word by word, each with its [n], and cites exactly those sentences', async () => {
    const { tokens, text, citations } = await collect(answerer.answer({ question: 'Why did deforestation increase in the Amazon?', history: [], sources: SOURCES }));
    assert.equal(answerer.id, 'extractive');
    assert.ok(tokens.length > 10, 'streamed in many small tokens');
    assert.equal(citations.length, 1, 'one citations event, after the tokens');
    const cited = citations[0];
    assert.ok(cited.length >= 1 && cited.length <= 4);
    // The sentence that answers crosses the page break: its citation starts on page 1 and ends on page 2.
    assert.match(text, /Deforestation increased sharply in the 1970s because of cattle ranching and new highways\. \[1\]/);
    const answerSentence = cited.find((c) => c.text.includes('cattle ranching'))!;
    assert.deepEqual([answerSentence.page, answerSentence.pageEnd], [1, 2]);
    for (const c of cited) {
      assert.ok(text.includes(`[${c.n}]`), `[${c.n}] appears in the answer`);
      assert.equal(pageTextOf(c), c.text, 'the citation span designates exactly the quoted sentence');
      assert.ok(SOURCES.some((s) => s.fileId === c.fileId && s.text.includes(c.text)), 'quoted text comes from a source');
    }
    assert.deepEqual(cited.map((c) => c.n), cited.map((_, i) => i + 1));
  });

  test('every quoted sentence is a substring of a source, whatever the question', async () => {
    for (const question of ['How many trees are in the forest?', 'Who is the Doctor?', 'Which nations does the forest span?', 'How large is the basin?']) {
      const { text, citations } = await collect(answerer.answer({ question, history: [], sources: SOURCES }));
      const quoted = text.split(/\s*\[\d+\]\s*/).filter(Boolean);
      assert.notEqual(text, NOT_FOUND_MESSAGE, question);
      assert.ok(quoted.length >= 1, question);
      for (const q of quoted) assert.ok(SOURCES.some((s) => s.text.replace(/\s*\n\s*/g, ' ').includes(q)), `"${q}" is not in any source`);
      assert.equal(citations[0].length, quoted.length);
    }
  });

  test('answers the question asked: the Doctor question cites the Doctor Who file first', async () => {
    const { citations } = await collect(answerer.answer({ question: 'Who is the Doctor in Doctor Who?', history: [], sources: SOURCES }));
    assert.equal(citations[0][0].fileId, 'bbbbbbbbbbbbbbbb');
  });

  test('a follow-up question uses the conversation', async () => {
    const history = [{ role: 'user' as const, text: 'Tell me about the Amazon rainforest trees' }, { role: 'assistant' as const, text: '…' }];
    const { citations } = await collect(answerer.answer({ question: 'How many are there?', history, sources: SOURCES }));
    assert.ok(citations[0].some((c) => c.text.includes('390 billion trees')));
  });

  test('says plainly when nothing matches, with no citations', async () => {
    const { text, citations, notFound } = await collect(answerer.answer({ question: 'What is the boiling point of mercury?', history: [], sources: SOURCES }));
    assert.equal(text, NOT_FOUND_MESSAGE);
    assert.equal(notFound, true, 'not found is a field of the answer, not only a sentence');
    assert.deepEqual(citations, [[]]);
    const empty = await collect(answerer.answer({ question: 'Amazon?', history: [], sources: [] }));
    assert.equal(empty.text, NOT_FOUND_MESSAGE);
    assert.equal(empty.notFound, true);
    const found = await collect(answerer.answer({ question: 'Why did deforestation increase in the Amazon?', history: [], sources: SOURCES }));
    assert.equal(found.notFound, false);
  });

  test('stops quietly when aborted mid-answer: no error and no citations', async () => {
    const controller = new AbortController();
    const tokens: string[] = [];
    let sawCitations = false;
    for await (const e of answerer.answer({ question: 'Why did deforestation increase?', history: [], sources: SOURCES, signal: controller.signal })) {
      if (e.type === 'token') {
        tokens.push(e.text);
        if (tokens.length === 3) controller.abort();
      } else sawCitations = true;
    }
    assert.equal(tokens.length, 3);
    assert.equal(sawCitations, false);
  });

  test('a sentence is never cut before its answer, and its marker cannot read as part of it', async () => {
    // The chunk ends on "…is" and the value is in the next list item: the quote must take the list, and close before [n].
    const text = 'Upload limits\n\nThe largest file a session accepts is\n- 20 MB for scanned images\n- 50 MB for other documents\n\nLarger files are refused with a message.';
    const src: AnswerSource = { n: 1, sid: 'base', fileId: 'cccccccccccccccc', fileName: 'limits.md', page: 1, pageEnd: 1, start: 0, end: text.length, text };
    const cut = 'Scanned pages are read with OCR. The maximum number of pages read per scanned file is';
    const truncated: AnswerSource = { n: 2, sid: 'base', fileId: 'dddddddddddddddd', fileName: 'ocr.md', page: 1, pageEnd: 1, start: 0, end: cut.length, text: cut };
    const limits = await collect(answerer.answer({ question: 'What is the largest file a session accepts?', history: [], sources: [src, truncated] }));
    const lead = limits.text.split(/\[\d+\]/)[0];
    assert.match(lead, /20 MB for scanned images; 50 MB for other documents\. $/, limits.text);
    const ocr = await collect(answerer.answer({ question: 'What is the maximum number of pages read per scanned file?', history: [], sources: [truncated, src] }));
    assert.doesNotMatch(ocr.text, /per scanned file is\s*\[/, 'the half sentence cut by the end of its passage is not quoted');
    for (const answer of [limits.text, ocr.text]) {
      // Every marker follows a finished sentence: "…is [2]" could be read as "is 2".
      for (const m of answer.matchAll(/(\S+)\s\[\d+\]/g)) assert.match(m[1], /[.!?…]["'”’)\]]*$/, `${m[1]} before a marker in: ${answer}`);
    }
  });

  test('XML and Markdown sources are quoted without their markup or list bullets', async () => {
    const xml = '<?xml version="1.0"?>\n<manual>\n<section><title>Ports</title>\n<para>The service listens on port <literal>8443</literal> by default.</para>\n</section>\n</manual>';
    const md = '## Retention\n\n* Backups are kept for **thirty days** before they are [deleted](https://example.org/purge).\n* Logs are kept for a week.';
    const sources: AnswerSource[] = [
      { n: 1, sid: 'base', fileId: 'eeeeeeeeeeeeeeee', fileName: 'manual.xml', page: 1, pageEnd: 1, start: 0, end: xml.length, text: xml },
      { n: 2, sid: 'base', fileId: 'ffffffffffffffff', fileName: 'ops.md', page: 1, pageEnd: 1, start: 0, end: md.length, text: md },
    ];
    const port = await collect(answerer.answer({ question: 'Which port does the service listen on by default?', history: [], sources }));
    assert.match(port.text, /^The service listens on port 8443 by default\. \[1\]/);
    const backups = await collect(answerer.answer({ question: 'How long are backups kept?', history: [], sources }));
    assert.match(backups.text, /^Backups are kept for thirty days before they are deleted\. \[1\]/);
    for (const { text, citations } of [port, backups]) {
      assert.doesNotMatch(text, /[<>*#`]|\]\(|^\s*[-•]/m, text);
      // The citation still designates the text as it is stored, markup and all, so the source panel can highlight it.
      for (const c of citations[0]) assert.ok(sources.some((s) => s.text.includes(c.text)));
    }
  });

  test('leads with the one sentence that answers, and adds one only when it answers another part', async () => {
    const one = await collect(answerer.answer({ question: 'How many trees does the forest hold?', history: [], sources: SOURCES }));
    assert.equal(one.citations[0].length, 1, one.text);
    assert.match(one.text, /^Scientists estimate the forest holds 390 billion trees\. \[1\]$/);
    const two = await collect(answerer.answer({ question: 'How many trees does the forest hold, and why did deforestation increase?', history: [], sources: SOURCES }));
    assert.equal(two.citations[0].length, 2, two.text);
  });

  test('a sentence adding only the name of the lead\'s document adds nothing: the answer is the lead alone', async () => {
    const wiki = onePage(
      'pdfjs_wikipedia.pdf',
      'PDF.js\nPDF.js is a JavaScript library that renders PDF files with HTML5 Canvas. Andreas Gal launched it as an experiment in 2011. PDF.js was created as an extension for Firefox and is included in Firefox since 2012.',
    );
    const { text, citations } = await collect(answerer.answer({ question: 'Who launched PDF.js?', history: [], sources: [wiki] }));
    assert.match(text, /^Andreas Gal launched it as an experiment in 2011\. \[1\]$/, text);
    assert.equal(citations[0].length, 1);
  });

  test('a question the document asks is quoted with the answer that follows it, never alone', async () => {
    const faq = onePage(
      'shop-faq.md',
      'Frequently asked questions\n\nCan I return an opened item?\nYes, within 30 days, with its receipt.\n\nHow long does delivery take?\nOrders ship within two working days.\n\nDo you ship abroad? Which countries?\nWe ship to every country of the European Union.',
    );
    const ask = async (question: string) => (await collect(answerer.answer({ question, history: [], sources: [faq] }))).text;
    assert.equal(await ask('Can I return an item I opened?'), 'Can I return an opened item? Yes, within 30 days, with its receipt. [1]');
    assert.equal(await ask('How long does delivery take?'), 'How long does delivery take? Orders ship within two working days. [1]');
    // Two questions in a row are answered by the first sentence after them that is not one.
    assert.match(await ask('Do you ship abroad?'), /^Do you ship abroad\? Which countries\? We ship to every country of the European Union\. \[1\]$/);
    // An answer given as a list is quoted whole.
    const listed = onePage('visa-faq.md', 'Travel questions\n\nWhat documents do I need at the border?\n- a passport valid for six months\n- a return ticket\n\nCan I bring my dog?\nYes, with its vaccination record.');
    const border = await collect(answerer.answer({ question: 'What documents do I need at the border?', history: [], sources: [listed] }));
    assert.match(border.text, /^What documents do I need at the border\? a passport valid for six months; a return ticket\. \[1\]$/, border.text);
    // The answer is the rest of the question's paragraph, or the next paragraph where the question stands alone: lines
    // of hours, a sentence ending on a colon and its list.
    const hours = onePage('hours.md', 'Opening hours\n\nWhen are you open?\nMonday to Friday: 9am to 5pm\nSaturday: 10am to 2pm\n\nDo you sell gift cards?\n\nOur gift cards are as follows:\n- 20 euros\n- 50 euros');
    const hoursAnswer = await collect(answerer.answer({ question: 'When are you open?', history: [], sources: [hours] }));
    assert.match(hoursAnswer.text, /^When are you open\? Monday to Friday: 9am to 5pm; Saturday: 10am to 2pm\. \[1\]$/, hoursAnswer.text);
    const cards = await collect(answerer.answer({ question: 'Do you sell gift cards?', history: [], sources: [hours] }));
    assert.match(cards.text, /^Do you sell gift cards\? Our gift cards are as follows: 20 euros; 50 euros\. \[1\]$/, cards.text);
    // A short answer on its own line is the answer, not a title; a loose list is one list; the answer stops where the
    // next section's title starts; a question in running prose is quoted with the one sentence after it.
    const ask1 = async (question: string, text: string) => (await collect(answerer.answer({ question, history: [], sources: [onePage('notes.md', text)] }))).text;
    assert.equal(await ask1('Who is the contact person?', 'Event FAQ\n\nWho is the contact person?\nSarah Johnson\n\nWhere is the event?\nGrand Hall B'), 'Who is the contact person? Sarah Johnson. [1]');
    assert.equal(await ask1('Do you ship abroad?', 'Shipping FAQ\n\nDo you ship abroad?\nYes\n\nHow long does delivery take?\nThree to five days.'), 'Do you ship abroad? Yes. [1]');
    assert.equal(await ask1('Can I pay by card?', 'Payments\n\nCan I pay by card?\nVisa and Mastercard\nWe also take cash.'), 'Can I pay by card? Visa and Mastercard. [1]');
    // A FAQ's heading that says the problem before it asks is quoted whole, never from its question on: "What can I do?"
    // alone was quoted as a fragment of the heading, saying nothing of the VPN.
    assert.equal(
      await ask1('My VPN keeps dropping, what should I do?', 'IT help\n\nThe VPN keeps disconnecting. What can I do?\n\nMost drops are caused by an unstable Wi-Fi signal.\n\nHow do I reset my password?\n\nUse the self-service portal.'),
      'The VPN keeps disconnecting. What can I do? Most drops are caused by an unstable Wi-Fi signal. [1]',
    );
    // …but a question asked in passing, after a sentence of running prose, is quoted from the question.
    assert.match(await ask1('Why did the bridge close?', 'Town news\n\nThe council met on Monday and heard many complaints from residents about the traffic in the old town. Why did the bridge close? Engineers found cracks in two of its piers.'), /^Why did the bridge close\? Engineers found cracks/);
    // A short question and its short answer are not a fragment; a word that only repeats the question is a title.
    assert.equal(await ask1('Do you deliver on Sundays?', 'Shop FAQ\n\nDo you deliver on Sundays?\nNot on Sundays\nSaturday deliveries cost 5 euros.'), 'Do you deliver on Sundays? Not on Sundays. [1]');
    assert.doesNotMatch(await ask1('Do you deliver on weekends?', 'Shop FAQ\n\nDo you deliver on weekends?\nDelivery\nSaturday deliveries cost 5 euros.'), /Delivery\./);
    // A document's question answered in two sentences is quoted with both; its answer stops at the next question; a
    // short answer between blank lines is one, before the next question or heading.
    assert.equal(
      await ask1('Can I cancel my order?', 'Orders\n\nCan I cancel my order?\nIt depends on when you placed it. Orders can be cancelled free of charge within 24 hours of purchase.'),
      'Can I cancel my order? It depends on when you placed it. Orders can be cancelled free of charge within 24 hours of purchase. [1]',
    );
    assert.equal(
      await ask1('Can I cancel my order?', 'Q: Can I cancel my order?\nA: It depends on when you ordered. Orders can be cancelled within 24 hours.\nQ: Do you ship abroad?\nA: Yes.'),
      'Q: Can I cancel my order? A: It depends on when you ordered. Orders can be cancelled within 24 hours. [1]',
    );
    assert.equal(
      await ask1('Can I bring my dog?', 'Q: Can I bring my dog?\nA: Yes, dogs are welcome on a lead.\nQ: Is there parking?\nA: Free parking is available next to reception.'),
      'Q: Can I bring my dog? A: Yes, dogs are welcome on a lead. [1]',
    );
    assert.equal(await ask1('Is the pool heated?', 'Is the pool heated?\n\nYes\n\nAre towels provided?\n\nTowels are available at the desk for a fee.'), 'Is the pool heated? Yes. [1]');
    assert.equal(
      await ask1('Which payment methods do you accept?', 'Which payment methods do you accept?\n\nVisa, Mastercard and PayPal\n\nCan I pay in instalments?\n\nNo, full payment is required at checkout.'),
      'Which payment methods do you accept? Visa, Mastercard and PayPal. [1]',
    );
    assert.equal(await ask1('Do you ship internationally?', '## Do you ship internationally?\n\nYes\n\n## What does shipping cost?\n\nShipping costs 5 euros.'), 'Do you ship internationally? Yes. [1]');
    assert.equal(await ask1('What do I need for the visa?', 'Visa notes\n\nWhat do I need for the visa?\n\n- a passport\n\n- a return ticket\n\n- a photo'), 'What do I need for the visa? [1]\n• a passport [2]\n• a return ticket [3]\n• a photo [4]');
    assert.equal(await ask1('Can I return an opened item?', 'Returns\nCan I return an opened item?\nYes, within 30 days.\nShipping\nOrders leave the warehouse within two days.'), 'Can I return an opened item? Yes, within 30 days. [1]');
    const rome = 'History notes\n\nWhy did the Roman Empire fall? Historians have argued about this for centuries. Gibbon blamed the loss of civic virtue among the citizens of Rome. Others point to the economy and to invasions.';
    assert.match(await ask1('What did Gibbon blame for the fall of Rome?', rome), /^Gibbon blamed the loss of civic virtue among the citizens of Rome\. \[1\]/);
    // A wiki's "[who?]" after a word asks nothing: the sentence is not quoted with the rest of its paragraph.
    const wiki = onePage('imperialism.txt', 'Imperialism\n\nSome writers[who?] used the term imperialism for any domination of one people by another. To clear out this confusion, others wrote of colonialism.');
    const writers = await collect(answerer.answer({ question: 'Which writers used the term imperialism for any domination?', history: [], sources: [wiki] }));
    assert.doesNotMatch(writers.text.split(/\[\d+\]/)[0], /To clear out/, writers.text);
    // A question the passage ends on, or one followed by another question's paragraph or by a title, is unanswered there:
    // it is not quoted, nor is what follows it taken for its answer.
    for (const text of [
      'Shop notes\n\nParking is free for customers. Can I return an opened item?',
      'Shop FAQ\n\nCan I return an opened item?\n\nDo you ship abroad?\nYes, we ship to every country of the European Union.',
      'Shop FAQ\n\nCan I return an opened item?\n\nShipping\n\nOrders leave the warehouse within two days.',
    ]) {
      const unanswered = await collect(answerer.answer({ question: 'Can I return an opened item?', history: [], sources: [onePage('shop.md', text)] }));
      assert.doesNotMatch(unanswered.text, /Can I return|Shipping\.|ship abroad/, unanswered.text);
    }
  });

  test('leads with the short sentence that holds what was asked, not a long one that only repeats the question', async () => {
    // The first sentence has every word of the question, scattered over its clauses, and no date; the second has all but
    // "new", side by side, and the year asked for.
    const text =
      'Members of the town council disagreed about whether to open the new library on the square or to extend the old library by the river, and the council argued about its cost. The town council opened the library in 1904.';
    const library = onePage('town.txt', text);
    const { text: answer, notFound } = await collect(answerer.answer({ question: 'When did the town council open the new library?', history: [], sources: [library] }));
    assert.equal(notFound, false);
    assert.match(answer.split(/\s*\[\d+\]/)[0], /^The town council opened the library in 1904\.$/, answer);
  });

  test('an acronym and the name it stands for are the same words: either one in the question finds the other', async () => {
    // The first sentence shares more of the question's other words; only the second says who the MVP was, once as
    // "Most Valuable Player" and once as "MVP" in the other document.
    const spelled =
      'The final was the most watched game of the season, and its player of the match was praised by every paper. Denver linebacker Von Miller was named Most Valuable Player of the final.';
    const written = 'The best player of the year was cheered by a record crowd. The MVP award went to Von Miller.';
    const cases = [
      { question: 'Who was the MVP of the final?', source: onePage('d.txt', spelled) },
      { question: 'Who was the Most Valuable Player?', source: onePage('e.txt', written) },
    ];
    for (const { question, source } of cases) {
      const { text, notFound } = await collect(answerer.answer({ question, history: [], sources: [source] }));
      assert.equal(notFound, false, question);
      assert.match(text.split(/\s*\[\d+\]/)[0], /Von Miller/, `${question} → ${text}`);
    }
  });

  test('"Is it OK…?" asks whether a thing is acceptable: "OK" is no name the answer must write, but a button\'s "OK" is', async () => {
    // A user's question in capitals: "OK" was weighed as a name the documents never write, and the answer refused.
    const plan = onePage(
      'relocation-plan.md',
      'The team will move to the third floor of the Quayside building in June. The new floor is 15% smaller than the old one, which is acceptable because most staff now work from home two days a week. Parking stays as it is.',
    );
    const allowed = await collect(answerer.answer({ question: 'Why is it OK that the new floor is smaller?', history: [], sources: [plan] }));
    assert.equal(allowed.notFound, false, allowed.text);
    assert.match(allowed.text.split(/\s*\[\d+\]/)[0], /acceptable because most staff/, allowed.text);
    const manual = onePage(
      'oven-manual.txt',
      'Turn the dial to choose a programme. Press OK to start the programme you chose. Press Stop twice to cancel a programme. The display shows the time left.',
    );
    const button = await collect(answerer.answer({ question: 'What happens when I press OK?', history: [], sources: [manual] }));
    assert.equal(button.notFound, false, button.text);
    assert.match(button.text.split(/\s*\[\d+\]/)[0], /Press OK to start/, button.text);
  });

  test('a German or French question is judged on its own words, not on small words the answer does not repeat', async () => {
    const cases = [
      {
        question: 'Wie viele Einwohner Berlins gab es 2020?',
        source: onePage('f.txt', 'Berlin ist die Hauptstadt Deutschlands. Im Jahr 2020 hatte Berlin rund 3,7 Millionen Einwohner. Die Stadt liegt an der Spree.'),
        answer: /^Im Jahr 2020 hatte Berlin rund 3,7 Millionen Einwohner\./,
      },
      {
        question: 'Pourquoi est-ce que le pont de la ville a été fermé en 1990 ?',
        source: onePage('g.txt', 'La ville compte trois musées et un port. Le pont, trop fragile, fut fermé en 1990 après une crue. Un bac le remplace.'),
        answer: /^Le pont, trop fragile, fut fermé en 1990 après une crue\./,
      },
    ];
    for (const { question, source, answer } of cases) {
      const { text, notFound } = await collect(answerer.answer({ question, history: [], sources: [source] }));
      assert.equal(notFound, false, question);
      assert.match(text, answer, `${question} → ${text}`);
    }
  });

  test('a heading is not an answer: a question about what a title names, that the document does not say, is refused', async () => {
    const body = 'Full-time employees receive 27 days of paid leave per calendar year. Unused days expire on 31 March of the next year.';
    // A Markdown (or web page, or Word) title marked '#', and a PDF's title line in Title Case.
    for (const source of [
      onePage('handbook.md', `# Northwind Logistics — Employee Handbook\n\n## Leave\n\n${body}`),
      onePage('handbook.pdf', `Northwind Logistics Employee Handbook\n\nLeave\n\n${body}`),
    ]) {
      const refused = await collect(answerer.answer({ question: 'Who is the CEO of Northwind Logistics?', history: [], sources: [source] }));
      assert.equal(refused.notFound, true, `${source.fileName}: ${refused.text}`);
      const answered = await collect(answerer.answer({ question: 'How many days of paid leave do employees receive?', history: [], sources: [source] }));
      assert.match(answered.text, /^Full-time employees receive 27 days of paid leave per calendar year\. \[1\]/, source.fileName);
    }
    // A title in sentence case on its own line over a sentence: its words lead to the sentence, which answers.
    const policy = onePage('policy.txt', 'Annual leave entitlement\nFull-time staff receive 25 days per year, plus public holidays.\n\nSick leave\nStaff must call in before 9am.');
    const entitlement = await collect(answerer.answer({ question: 'What is the annual leave entitlement?', history: [], sources: [policy] }));
    assert.match(entitlement.text, /^Full-time staff receive 25 days per year, plus public holidays\. \[1\]/, entitlement.text);
    // A PDF's text without blank lines: its titles are lines of their own after finished sentences. The answer is the
    // line under "Outbound flight", not the last line's "flights".
    const itinerary = onePage(
      'itinerary.pdf',
      'Trip itinerary: Lisbon, 14 to 19 April 2027\nTraveller: Mr Tom Hargreaves. Booking reference: QX7R2M.\nOutbound flight\nTuesday 14 April: TP1363, London Heathrow to Lisbon, departs 07:55.\nBaggage allowance: one cabin bag up to 8 kg.\nHotel\nMemmo Alfama Hotel, Lisbon. Five nights, room only.\nTravel insurance\nPolicy with Sentinel Travel, number ST-55190.\nTotal paid: £1,284 including flights, hotel and car hire.',
    );
    const meaning = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const outbound = await collect(meaning.answer({ question: 'When is the outbound flight?', history: [], sources: [itinerary] }));
    assert.match(outbound.text, /^Tuesday 14 April: TP1363, London Heathrow to Lisbon, departs 07:55\. \[1\]/, outbound.text);
    // …but a step or a message left without its full stop is no title: one with an article, an instruction's verb, "is".
    for (const [text, question, line] of [
      ['Preheat the oven to 200C.\nRub the chicken with olive oil\nRoast for 90 minutes.', 'What do I rub the chicken with?', 'Rub the chicken with olive oil'],
      ['Simmer for 20 minutes.\nAdd salt and pepper\nServe hot.', 'What do I add to the soup?', 'Add salt and pepper'],
      ['Check-in is from 3pm.\nParking is free for guests\nThe pool opens at 7am.', 'Is parking free?', 'Parking is free for guests'],
    ]) {
      const answered = await collect(meaning.answer({ question, history: [], sources: [onePage('notes.pdf', text)] }));
      assert.ok(answered.text.startsWith(`${line}. [1]`), `${question} → ${answered.text}`);
    }
    // Not a step among steps without punctuation, nor a slide's point under its title, nor a title with a figure.
    const method = onePage('method.txt', 'Method\nPreheat the oven to 200C\nRub the chicken with olive oil\nRoast for 90 minutes.\nRest for 15 minutes.');
    const rub = await collect(answerer.answer({ question: 'What do I rub the chicken with?', history: [], sources: [method] }));
    assert.match(rub.text, /^Rub the chicken with olive oil\. \[1\]/, rub.text);
    const slide = onePage('slides.pptx', 'Why choose us\n\nWe offer free installation\nAll products carry a five-year warranty.');
    const install = await collect(answerer.answer({ question: 'Do you offer free installation?', history: [], sources: [slide] }));
    assert.match(install.text, /^We offer free installation\. \[1\]/, install.text);
    // A document's first line in sentence case, set apart by a blank line, is its title: it names the trip, and does
    // not answer whether the trip needs visas.
    const trip = onePage(
      'itinerary.txt',
      'Trip to Japan — itinerary for Anna and Luca\n\nDay 1 (Saturday 12 October): Fly from London Heathrow at 11:05 on JL 42, arriving at Tokyo Haneda at 07:20 the next morning.\nDay 2 (Sunday 13 October): Check in at Hotel Gracery Shinjuku. Afternoon walk in Shinjuku Gyoen.\nDay 3 (Monday 14 October): Day trip to Nikko by train; the JR Pass covers the journey.\nDay 4 (Tuesday 15 October): Shinkansen to Kyoto, departing Tokyo Station at 09:33. Stay at Ryokan Sawaya for three nights.\nDay 5 (Wednesday 16 October): Guided tour of Fushimi Inari and Kiyomizu-dera, meeting at 08:00 in the hotel lobby.\nDay 7 (Friday 18 October): Train to Osaka. Dinner reservation at Kani Doraku at 19:30.\nDay 8 (Saturday 19 October): Return flight from Kansai Airport at 13:40.\nThe travel insurance policy number is TI-88213, with Allianz.',
    );
    const withMeanings = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const visas = await collect(withMeanings.answer({ question: 'Do we need visas for Japan?', history: [], sources: [trip] }));
    assert.equal(visas.notFound, true, visas.text);
    const hotel = await collect(withMeanings.answer({ question: 'Which hotel do we check in at on the Japan trip?', history: [], sources: [trip] }));
    assert.match(hotel.text, /Check in at Hotel Gracery Shinjuku\./, hotel.text);
    // A first line that says something is no title, though set apart: a figure on its own, or a verb, makes it a message.
    for (const [text, question, line] of [
      ['Wifi password is Orchard2024\n\nThe router is in the hall cupboard. Restart it if the light goes red.', 'What is the wifi password?', 'Wifi password is Orchard2024.'],
      ['Office closed on Monday 5 May for the bank holiday\n\nPlease hand urgent tickets over to the on-call team before Friday.', 'When is the office closed?', 'Office closed on Monday 5 May for the bank holiday.'],
    ]) {
      const told = await collect(withMeanings.answer({ question, history: [], sources: [onePage('note.txt', text)] }));
      assert.match(told.text, new RegExp(`^${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\[1\\]`), told.text);
    }
    const budget = onePage('budget.txt', '2024 budget\n\nThe council will spend 12 million pounds on roads and schools.');
    const spend = await collect(answerer.answer({ question: 'What is the 2024 budget?', history: [], sources: [budget] }));
    assert.match(spend.text, /^The council will spend 12 million pounds on roads and schools\. \[1\]/, spend.text);
  });

  test('an irregular verb is the same word in any tense: "who holds it?" is answered by "is held by"', async () => {
    const lease = onePage(
      'lease.txt',
      'Tenancy Agreement Summary\n\nThe monthly rent is 950 pounds, payable on the first day of each month. The deposit is 1,100 pounds and is held by the Deposit Protection Service. Pets are not allowed without written consent from the landlord.',
    );
    const held = await collect(answerer.answer({ question: 'What is the deposit and who holds it?', history: [], sources: [lease] }));
    assert.match(held.text, /^The deposit is 1,100 pounds and is held by the Deposit Protection Service\. \[1\]/, held.text);
    // An irregular word of the question is still said in other words ("wrote" by "authored"); a form that is as often
    // another word ("sat", the SAT) is not taken for it.
    const withMeanings = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const report = onePage('report.txt', 'The report was authored by Dr Priya Nair in 2021. The report was reviewed by a panel of three economists.');
    const wrote = await collect(withMeanings.answer({ question: 'Who wrote the report?', history: [], sources: [report] }));
    assert.match(wrote.text, /^The report was authored by Dr Priya Nair in 2021\. \[1\]/, wrote.text);
    const committee = onePage('committee.txt', 'SAT scores are reported to the committee each autumn. The committee meets in Room 4.');
    const sits = await collect(withMeanings.answer({ question: 'Where does the committee sit?', history: [], sources: [committee] }));
    assert.doesNotMatch(sits.text, /SAT scores/, sits.text);
  });

  test("a word of the sentence stands for one word of the question: 'chicken' does not also count as 'roast'; '2 lemons' answers", async () => {
    const recipe = onePage(
      'recipe.md',
      '# Lemon and Herb Roast Chicken\n\nServes 4.\n\n## Method\n1. Preheat the oven to 200°C.\n2. Rub the oil all over the chicken and put the lemons inside.\n3. Roast the chicken on a bed of potatoes for 90 minutes, basting halfway.\n4. Rest the chicken for 15 minutes before carving.',
    );
    const withMeanings = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const roast = await collect(withMeanings.answer({ question: 'How long do I roast the chicken for?', history: [], sources: [recipe] }));
    // A short line with a figure is an answer, not a fragment.
    const list = onePage('lemon-chicken.md', '# Lemon Chicken\n\n## Ingredients\n- 1 whole chicken, about 1.6 kg\n- 2 lemons\n- 4 garlic cloves\n- 2 tablespoons olive oil');
    const lemons = await collect(withMeanings.answer({ question: 'How many lemons do I need?', history: [], sources: [list] }));
    assert.equal(lemons.text, '2 lemons. [1]');
    assert.match(roast.text, /^Roast the chicken on a bed of potatoes for 90 minutes, basting halfway\. \[1\]/, roast.text);
  });

  test("a section's heading lends its words to what is under it: 'What was removed?' is answered from under '## Removed'", async () => {
    const notes = onePage(
      'release-notes.md',
      '# Tally 3.4 release notes\n\n## New\n- Dark mode, which follows your system setting.\n- Export to CSV and XLSX from any report.\n\n## Fixed\n- The app no longer crashes when importing a bank statement with empty rows.\n- Search results are sorted by date again.\n\n## Removed\n- The legacy PDF exporter.',
    );
    const removed = await collect(answerer.answer({ question: 'What was removed?', history: [], sources: [notes] }));
    assert.match(removed.text, /^The legacy PDF exporter\. \[1\]/, removed.text);
    const fixed = await collect(answerer.answer({ question: 'What was fixed in Tally 3.4?', history: [], sources: [notes] }));
    // What was fixed is a list, quoted whole.
    assert.match(fixed.text, /^Fixed: \[1\]\n• The app no longer crashes.*\[2\]\n• Search results are sorted by date again\. \[3\]$/, fixed.text);
  });

  test('"What is not included?" is answered by the list under the heading saying "not", and "What is included?" by the other', async () => {
    const terms = onePage(
      'gym-membership-terms.md',
      '# IronPeak Fitness membership terms\n\n## What is included\n\n- Unlimited use of the gym floor at your club\n- Group classes booked through the app\n- Free Wi-Fi\n\n## What is not included\n\n- Personal training sessions, at £40 per hour\n- Towel hire (£2 per visit)\n- Nutrition consultations\n\n## Freezing your membership\n\nYou may freeze your membership for up to 3 months.\n\n## Getting here\n\nMembers park for free in the car park behind the club.',
    );
    const not = await collect(answerer.answer({ question: 'What is not included in the gym membership?', history: [], sources: [terms] }));
    assert.match(not.text, /Personal training sessions/, not.text);
    assert.match(not.text, /Towel hire/, not.text);
    assert.match(not.text, /Nutrition consultations/, 'the whole list, not its first item');
    assert.doesNotMatch(not.text, /gym floor|Wi-Fi/, not.text);
    const included = await collect(answerer.answer({ question: 'What is included in the gym membership?', history: [], sources: [terms] }));
    assert.match(included.text, /gym floor[\s\S]*Group classes[\s\S]*Wi-Fi/, included.text);
    assert.doesNotMatch(included.text, /Towel hire|Personal training/, included.text);
    // A single item is still found under the other heading by its own words.
    // …with its heading, which says it is not included.
    const towel = await collect(answerer.answer({ question: 'Is towel hire included?', history: [], sources: [terms] }));
    assert.match(towel.text, /^What is not included: \[1\] Towel hire \(£2 per visit\)/, towel.text);
    // Of a question naming one thing, only what names it: not every item under "What is not included".
    const parking = await collect(answerer.answer({ question: 'Is parking not included?', history: [], sources: [terms] }));
    assert.match(parking.text, /^Members park for free/, parking.text);
  });

  test('"What does the warranty not cover?" is answered from under a capitals heading saying "DOES NOT COVER"', async () => {
    const card = onePage(
      'warranty-card.txt',
      'KT-500 KETTLE WARRANTY CARD\n\nWARRANTY PERIOD\nThe kettle is covered for 2 years from the date of purchase. The heating element is covered for 5 years.\n\nWHAT THIS WARRANTY COVERS\nDuring the warranty period we will repair or replace any part that fails because of a manufacturing defect.\n\nWHAT THIS WARRANTY DOES NOT COVER\n- Damage caused by limescale build-up.\n- Damage from dropping the kettle.\n- Use in commercial settings such as offices.\n',
    );
    const not = await collect(answerer.answer({ question: 'What does the kettle warranty not cover?', history: [], sources: [card] }));
    assert.match(not.text, /limescale[\s\S]*dropping[\s\S]*commercial/, not.text);
    assert.doesNotMatch(not.text, /2 years|5 years|repair or replace/, not.text);
  });

  test('the headings above a passage name what it is about: of two recipes\' "Method", the one under the recipe asked', async () => {
    const pancakes = { ...onePage('recipes.md', '### Method\n\nWhisk the batter and let the mixture rest for 10 minutes before frying.', 1), page: 4, pageEnd: 4, headings: ['Family recipes', 'Ricotta pancakes'] };
    const cookies = { ...onePage('recipes.md', '### Method\n\nStir in the chocolate and let the mixture rest for 30 minutes before baking.', 2), page: 9, pageEnd: 9, headings: ['Family recipes', 'Vegan cookies'] };
    const m = await collect(answerer.answer({ question: 'How long does the mixture for the vegan cookies rest?', history: [], sources: [pancakes, cookies] }));
    assert.match(m.text, /^Stir in the chocolate and let the mixture rest for 30 minutes before baking\. \[1\]/, m.text);
    assert.equal(m.citations[0]?.[0]?.page, 9);
    const p = await collect(answerer.answer({ question: 'How long does the mixture for the ricotta pancakes rest?', history: [], sources: [cookies, pancakes] }));
    assert.match(p.text, /^Whisk the batter and let the mixture rest for 10 minutes/, p.text);
  });

  test('"Who owns the policy?" is answered by the line labelled "Owner:", whose label is the one who owns', async () => {
    const policy = onePage(
      'travel-expense-policy.md',
      '# Travel and expense policy\n\nPolicy number FIN-07, version 3.2\n\nOwner: Priya Raman, Finance Director\n\n## Scope\n\nThis travel and expense policy applies to all employees and contractors who travel on company business.\n',
    );
    const m = await collect(answerer.answer({ question: 'Who owns the travel and expense policy?', history: [], sources: [policy] }));
    assert.match(m.text, /^Owner: Priya Raman, Finance Director\. \[1\]/, m.text);
  });

  test("minutes' numbered item titles name their paragraph and answer nothing; a numbered list's steps stay steps", async () => {
    const minutes = onePage(
      'minutes.txt',
      'Garden association committee meeting\n\n4. Spring work day\nThe spring work day will be held on Saturday 5 April from 9 am. Tasks include repairing the compost bays and clearing the paths.\n\n5. Rainwater harvesting grant\nLuis reported that the City Green Fund has offered a grant of $2,500 for two rainwater tanks. The committee voted to accept it.\n\n6. Plot waiting list\nThere are 12 people on the waiting list, and plot 27 will be offered to the first of them.\n',
    );
    const m = await collect(answerer.answer({ question: 'How large is the rainwater harvesting grant?', history: [], sources: [minutes] }));
    assert.match(m.text, /^Luis reported that the City Green Fund has offered a grant of \$2,500/, m.text);
    // A checklist's item with a line explaining it says what to do: it is no title, and it answers.
    const checklist = onePage('moving-checklist.txt', 'Moving day checklist\n\n3. Take meter readings on the morning you move out\nWrite down the gas, electricity and water readings and take photos of each meter, so the suppliers bill you to the right day.\n\n4. Redirect your post with Royal Mail\nA redirection costs about £40 for six months and should be set up at least a week before you move.\n');
    const readings = await collect(answerer.answer({ question: 'When should I take the meter readings?', history: [], sources: [checklist] }));
    assert.match(readings.text, /^Take meter readings on the morning you move out/, readings.text);
    const post = await collect(answerer.answer({ question: 'Who do I redirect my post with?', history: [], sources: [checklist] }));
    assert.match(post.text, /^Redirect your post with Royal Mail/, post.text);
    const guide = onePage('setup.txt', 'Setting up the hub\n\n1. Plug the hub into a power socket\n2. Download the Home app from your phone\'s app store\n3. Scan the code on the back of the hub\n');
    const step = await collect(answerer.answer({ question: 'What do I scan on the back of the hub?', history: [], sources: [guide] }));
    assert.match(step.text, /Scan the code on the back of the hub/, step.text);
  });

  test('of two prose sections whose headings differ by "not", the one saying "not" answers the question saying it', async () => {
    const policy = onePage(
      'bike-insurance.md',
      '# Bike insurance policy\n\n## What the policy covers\n\nTheft of your bike from a locked building, up to its full value. Accidental damage while you ride, after an excess of £50.\n\n## What the policy does not cover\n\nTheft from an unlocked garden or an open shed. Wear and tear of tyres, chains and brakes.\n',
    );
    const not = await collect(answerer.answer({ question: 'What does the bike policy not cover?', history: [], sources: [policy] }));
    assert.match(not.text, /^(?:Theft from an unlocked garden|Wear and tear)/, not.text);
    const covered = await collect(answerer.answer({ question: 'What does the bike policy cover?', history: [], sources: [policy] }));
    assert.match(covered.text, /^(?:Theft of your bike from a locked building|Accidental damage)/, covered.text);
  });

  test('a block of code answers how to do something, quoted as it is, and never what a thing is', async () => {
    const readme = onePage('README.md', '# fastcsv\n\nA tiny, fast CSV parser for Node.js.\n\n## Installation\n\n```\nnpm install fastcsv\n```\n');
    const what = await collect(answerer.answer({ question: 'What is fastcsv?', history: [], sources: [readme] }));
    assert.match(what.text, /^A tiny, fast CSV parser for Node\.js\. \[1\]/, what.text);
    const how = await collect(answerer.answer({ question: 'How do I install fastcsv?', history: [], sources: [readme] }));
    assert.equal(how.text, 'npm install fastcsv [1]', 'no full stop added to a command');
    // Code after a sentence that introduces it is code all the same; its commands stay one a line.
    const introduced = onePage('README.md', '# fastcsv\n\nA small CSV parser for Node.\n\nInstall it with npm:\n\n```bash\nnpm install fastcsv\nnpm run build\n```\n');
    const what2 = await collect(answerer.answer({ question: 'What is fastcsv?', history: [], sources: [introduced] }));
    assert.match(what2.text, /^A small CSV parser for Node\. \[1\]/, what2.text);
    const how2 = await collect(answerer.answer({ question: 'How do I install fastcsv?', history: [], sources: [introduced] }));
    assert.equal(how2.text, 'Install it with npm:\nnpm install fastcsv\nnpm run build [1]');
  });

  test('"How do I…" is answered by the steps that do it, each on its line with its own citation, after what introduces them', async () => {
    const guide = onePage(
      'kettle.md',
      '# K200 Kettle\n\n## Descaling\n\nLimescale slows boiling. Descale the kettle every four weeks.\n\nTo descale the kettle:\n\n1. Fill it to MAX with vinegar and water.\n2. Boil the mixture and leave it overnight.\n3. Boil a full kettle of clean water and discard it.\n\n## Replacing the filter\n\nThe mesh filter sits behind the spout.\n\n1. Open the lid.\n2. Pull the filter up out of its slot.\n3. Rinse the filter under the tap.\n\n## Connecting to Wi-Fi\n\nIt works on 2.4 GHz networks only.',
    );
    const descale = await collect(answerer.answer({ question: 'How do I descale the kettle?', history: [], sources: [guide] }));
    // The sentence that answered best, above the steps, stays: it may say what the steps leave out.
    assert.equal(
      descale.text,
      'Descale the kettle every four weeks. [1] To descale the kettle: [2]\n1. Fill it to MAX with vinegar and water. [3]\n2. Boil the mixture and leave it overnight. [4]\n3. Boil a full kettle of clean water and discard it. [5]',
    );
    assert.deepEqual(descale.citations[0].map((c) => guide.text.slice(c.start, c.end)), ['Descale the kettle every four weeks.', 'To descale the kettle:', '1. Fill it to MAX with vinegar and water.', '2. Boil the mixture and leave it overnight.', '3. Boil a full kettle of clean water and discard it.']);
    // The steps whose heading names what is asked; never those of a step that shares a word ("clean water") with a
    // question no procedure answers.
    const replace = await collect(answerer.answer({ question: 'How do I replace the filter?', history: [], sources: [guide] }));
    assert.match(replace.text, /^Replacing the filter: \[1\] The mesh filter sits behind the spout\. \[2\]\n1\. Open the lid\. \[3\]\n2\. Pull the filter/, replace.text);
    const clean = await collect(answerer.answer({ question: 'How do I clean the filter?', history: [], sources: [guide] }));
    assert.doesNotMatch(clean.text, /To descale|Fill it to MAX/, clean.text);
    // A question that asks no procedure gets its sentence; so does one whose section has no steps, though steps that
    // share none of its words score close behind that sentence.
    const often = await collect(answerer.answer({ question: 'How often should I descale the kettle?', history: [], sources: [guide] }));
    assert.equal(often.text, 'Descale the kettle every four weeks. [1]');
    const wifi = await collect(answerer.answer({ question: 'How do I connect it to Wi-Fi?', history: [], sources: [guide] }));
    assert.equal(wifi.text, 'It works on 2.4 GHz networks only. [1]');
    // A lead that no steps follow answers as it is, though steps elsewhere share the question's words.
    const readme = onePage(
      'CONTRIBUTING.md',
      '# Contributing\n\n## Tests\n\nThe tests can be run as follows:\n\n    make test\n\n## Coverage\n\nWith coverage on, each test run records the lines that run:\n\n1. Browser tests run the code in the browser and collect the counts.\n2. Node tests write the counts to a file.',
    );
    const tests = await collect(answerer.answer({ question: 'How do I run the tests?', history: [], sources: [readme] }));
    assert.match(tests.text, /^The tests can be run as follows: make test/, tests.text);
    // A step or an item asked about for itself is the answer, not the list it is in.
    const notes = onePage('features.md', '# Notebook\n\nKey features:\n\n- Sync notes across your devices.\n- Export notes to PDF from the File menu.\n- Share a notebook with your team.');
    const pdf = await collect(answerer.answer({ question: 'How can I export notes to PDF?', history: [], sources: [notes] }));
    assert.equal(pdf.text, 'Export notes to PDF from the File menu. [1]');
    const espresso = onePage('espresso.md', '## Making espresso\n\n1. Fill the tank with water.\n2. Grind 18 g of coffee into the basket.\n3. Lock the portafilter into the group head.\n4. Press the one-cup button.');
    const lock = await collect(answerer.answer({ question: 'How do I lock the portafilter?', history: [], sources: [espresso] }));
    assert.equal(lock.text, 'Lock the portafilter into the group head. [1]');
    // A step that says no more of the question than its heading and the document's name leads to its procedure, though
    // a sentence elsewhere answers better on words alone.
    const robot = onePage(
      'r5-manual.txt',
      "Brightline R5 Robot Vacuum — Owner's Manual\n\nCharging the battery\n\nThe battery must be charged before first use.\n\n1. Place the dock against a wall.\n2. Press HOME, or set the robot on the dock so that its charging contacts touch the dock.\n3. Wait until the light turns green.\n\nTroubleshooting\n\nIf the robot does not charge, clean the charging contacts with a dry cloth.",
    );
    const charge = await collect(answerer.answer({ question: 'How do I charge the robot?', history: [], sources: [robot] }));
    assert.match(charge.text, /^Charging the battery: \[1\]\n1\. Place the dock/, charge.text);
    const shot = await collect(answerer.answer({ question: 'How do I make espresso?', history: [], sources: [espresso] }));
    assert.match(shot.text, /^Making espresso: \[1\]\n1\. Fill the tank with water\. \[2\]\n.*\n.*\n4\. Press the one-cup button\. \[5\]$/, shot.text);
  });

  test('a procedure is the answer only where it is the one asked for: named by its heading or introduction, or by its steps', async () => {
    const ask1 = async (question: string, text: string, fileName = 'help.md') => (await collect(answerer.answer({ question, history: [], sources: [onePage(fileName, text)] }))).text;
    // A one-sentence answer stays one sentence, though a procedure elsewhere says "change" and, in a step, "password".
    const help = '# IT help\n\n## Passwords\n\nChange your password in the self-service portal at id.example.com; it must be at least 14 characters.\n\n## Mailing lists\n\nTo change your mailing list subscriptions:\n\n1. Open the Lists page on the intranet.\n2. Tick the lists you want.\n3. Confirm with your password.';
    assert.equal(await ask1('How do I change my password?', help), 'Change your password in the self-service portal at id.example.com; it must be at least 14 characters. [1]');
    // The list after the sentence that answers is not added where it is about something else.
    const account = '## Resetting your password\n\nGo to the sign-in page and click Forgot password, then follow the link we email you.\n\nYour new password must:\n\n- be at least 12 characters long\n- not be one of your last five';
    assert.equal(await ask1('How do I reset my password?', account), 'Go to the sign-in page and click Forgot password, then follow the link we email you. [1]');
    // Steps under a plain "Follow these steps:" that name what is asked are the answer, not the one step.
    const toner = 'The PX-10 needs little care. Follow these steps:\n\n1. Open the front cover.\n2. Remove the old toner cartridge and recycle it.\n3. Shake the new toner cartridge and insert it.\n4. Close the cover.';
    assert.match(await ask1('How do I replace the toner cartridge?', toner), /^Follow these steps: \[1\]\n1\. Open the front cover\. \[2\]\n(?:.*\n){2}4\. Close the cover\. \[5\]$/);
    // Code under a step is part of it, on lines of its own where a command is read; a title line that answered is not
    // quoted twice.
    const contributing = '## Setting up\n\nTo set up the development environment:\n\n1. Clone your fork:\n   ```bash\n   git clone https://example.com/you/app.git\n   ```\n2. Install the dependencies:\n   ```bash\n   npm ci\n   ```\n3. Run the tests with npm test.';
    const setup = await ask1('How do I set up the development environment?', contributing);
    const expected = 'To set up the development environment: [1]\n1. Clone your fork:\n   git clone https://example.com/you/app.git [2]\n2. Install the dependencies:\n   npm ci [3]\n3. Run the tests with npm test. [4]';
    assert.equal(setup, expected);
    // As many READMEs write it: the code at the list's margin between two numbers, or numbered "1." throughout.
    const atMargin = contributing.replace(/\n   /g, '\n');
    assert.equal(await ask1('How do I set up the development environment?', atMargin), expected, 'code at the margin');
    const lazy = '## Running the server\n\n1. Copy config.example.yml to config.yml.\n1. Set the port.\n1. Start the server with npm start.\n\n## Upgrading\n\n1. Stop the server.\n1. Pull the new version.';
    assert.equal(await ask1('How do I run the server?', lazy), 'Running the server: [1]\n1. Copy config.example.yml to config.yml. [2]\n2. Set the port. [3]\n3. Start the server with npm start. [4]');
    // A contract's numbered clauses under its title are no procedure: the clause asked about answers.
    const contract = 'SERVICE AGREEMENT\n\n1. Services. The Supplier shall provide the services set out in the schedule to this Agreement.\n2. Fees. The Customer shall pay the fees under this Agreement within 30 days.\n3. Termination. Either party may terminate this Agreement by giving 60 days\' written notice.\n4. Survival. Clause 2 still applies after a party terminates.';
    assert.equal(await ask1('How do I terminate the agreement?', contract, 'service-agreement.txt'), "Either party may terminate this Agreement by giving 60 days' written notice. [1]");
    // A recipe's method, under "## Method" past its ingredients, does what its title says.
    const cake = await ask1(
      'How do I make the lemon drizzle cake?',
      '# Lemon drizzle cake\n\nA light sponge soaked in lemon syrup. Serves 8.\n\n## Ingredients\n\n- 225 g butter\n- 2 lemons\n\n## Method\n\n1. Heat the oven to 180 °C.\n2. Beat the butter and sugar.\n3. Bake for 45 minutes.\n4. Pour the lemon syrup over the warm cake.',
      'lemon-drizzle-cake.md',
    );
    const ingredients = await ask1('What ingredients do I need?', '# Lemon drizzle cake\n\nA light sponge soaked in lemon syrup.\n\n## Ingredients\n\n- 225 g butter\n- 2 lemons\n- 4 eggs\n\n## Method\n\n1. Heat the oven.\n2. Bake for 45 minutes.', 'lemon-drizzle-cake.md');
    assert.equal(ingredients, 'Ingredients: [1]\n• 225 g butter [2]\n• 2 lemons [3]\n• 4 eggs [4]', 'a list that answers whole, bulleted as the document does');
    const box = await ask1("What's in the box?", 'R5 robot vacuum — quick start\n\nThank you for choosing the R5.\n\nIn the box:\n\n- the R5 robot\n- a charging dock\n- two side brushes\n\nCharging\n\nCharge the robot for four hours.', 'r5-quick-start.txt');
    assert.equal(box, 'In the box: [1]\n• the R5 robot [2]\n• a charging dock [3]\n• two side brushes [4]');
    const notes = '# Release notes\n\n## Version 4.2.0 (released 18 November 2026)\n\n### New features\n- Batch export of up to 500 photos.\n- Sky replacement.\n\n### Bug fixes\n- Fixed a crash when rotating HEIC images.\n- Fixed the histogram for 16-bit TIFF files.';
    assert.equal(await ask1("What's new in 4.2?", notes, 'release-notes.md'), 'New features: [1]\n• Batch export of up to 500 photos. [2]\n• Sky replacement. [3]');
    assert.match(await ask1('What was fixed in 4.2?', notes, 'release-notes.md'), /^Bug fixes: \[1\]\n• Fixed a crash when rotating HEIC images\. \[2\]\n• Fixed the histogram/);
    assert.match(cake, /^A light sponge soaked in lemon syrup\. \[1\] Method: \[2\]\n1\. Heat the oven to 180 °C\. \[3\]\n(?:.*\n){2}4\. Pour the lemon syrup/, cake);
    const drum = await ask1('How do I replace the drum unit?', 'LX-500 manual\n\nReplacing the drum unit\n\n1. Open the front cover.\n2. Pull the drum unit out.\n3. Push the new drum unit in.', 'lx500.txt');
    assert.match(drum, /^Replacing the drum unit: \[1\]\n1\. Open the front cover\. \[2\]/, drum);
  });

  test('steps said as prose ("First, … Then … Finally, …") are quoted in order, all of them and no more', async () => {
    const guide =
      'Home Router HR-300: Quick Guide\n\nResetting the router\n\nIf the router stops responding, you can restore its factory settings. First, unplug the power cable and wait thirty seconds. Then press and hold the RESET button on the back with a paperclip. Keep holding it while you plug the power cable back in. After about ten seconds the light blinks orange; release the button. Finally, wait two minutes until the light turns solid white. All your settings are erased.\n\nGuest network\n\nThe guest network keeps visitors off your own devices. To turn it on, open the app and tap Guest Wi-Fi. Next, choose a name and a password for it. Then set how long it stays on. Guests cannot see your printers.';
    const ask1 = async (question: string) => (await collect(answerer.answer({ question, history: [], sources: [onePage('hr300-guide.txt', guide)] }))).text;
    const reset = await ask1('How do I reset the router?');
    assert.equal(
      reset,
      'If the router stops responding, you can restore its factory settings. [1] First, unplug the power cable and wait thirty seconds. [2] Then press and hold the RESET button on the back with a paperclip. [3] Keep holding it while you plug the power cable back in. [4] After about ten seconds the light blinks orange; release the button. [5] Finally, wait two minutes until the light turns solid white. [6]',
    );
    assert.equal(await ask1('How can I restore the factory settings?'), reset, 'found from the sentence that introduces them');
    const guest = await ask1('How do I turn on the guest network?');
    assert.equal(guest, 'To turn it on, open the app and tap Guest Wi-Fi. [1] Next, choose a name and a password for it. [2] Then set how long it stays on. [3]');
  });

  test('steps written as a paragraph of instructions, or as the prose under a heading saying what it does, are quoted whole', async () => {
    const manual = onePage(
      'brewmaster-manual.md',
      '# BrewMaster 3000 Espresso Machine\n\nThank you for choosing the BrewMaster 3000.\n\n## Making an espresso\n\n1. Fill the basket with 18 g of coffee.\n2. Tamp the coffee firmly.\n3. Press the double-cup button.\n\n## Descaling\n\nDescale the machine every two months. Dissolve the descaling powder in 1 litre of water and pour it into the tank. Press and hold both buttons for 5 seconds. The program takes 25 minutes. When it finishes, rinse the tank.',
    );
    const bulb = onePage(
      'lumen-help.md',
      '# Lumen Smart Bulb Help\n\n## Resetting the bulb\n\nTo reset the bulb to factory settings, switch it on and off five times. The bulb flashes red twice when the reset is complete.\n\nWas this article helpful? Yes / No\n\n## Energy use\n\nEach bulb uses 9 watts.',
      2,
    );
    const ask = async (question: string, sources = [manual]) => (await collect(answerer.answer({ question, history: [], sources }))).text;
    assert.equal(
      await ask('How do I descale the machine?'),
      'Descale the machine every two months. [1] Dissolve the descaling powder in 1 litre of water and pour it into the tank. [2] Press and hold both buttons for 5 seconds. [3] The program takes 25 minutes. [4] When it finishes, rinse the tank. [5]',
    );
    assert.equal(await ask('How do I reset the bulb?', [bulb]), 'To reset the bulb to factory settings, switch it on and off five times. [1] The bulb flashes red twice when the reset is complete. [2]');
    // Without a heading, the sentence saying how leads, not the one saying it is done.
    const note = onePage('bulb-note.txt', 'Lumen bulbs\n\nThe bulb flashes red twice when the reset is complete. To reset it, switch the bulb on and off five times at the wall.');
    assert.equal(await ask('How do I reset the bulb?', [note]), 'To reset it, switch the bulb on and off five times at the wall. [1]');
    // "If you need to cancel…, please give us notice" says how to cancel, as "To cancel…, call…" would; the rule on late
    // cancelling, which says "cancelled" too, does not.
    const booking = onePage(
      'booking-confirmation.txt',
      "Your appointment is confirmed.\n\nAppointments cancelled with less notice, or missed, are charged a £30 fee. If you need to cancel or move your appointment, please give us at least 48 hours' notice by calling 01632 960 881.",
    );
    assert.match(await ask('How do I cancel my appointment?', [booking]), /^If you need to cancel or move your appointment, please give us at least 48 hours' notice/);
    // Steps that never say what is asked, where another document does, are not its steps.
    assert.doesNotMatch(await ask('How do I reset the espresso machine?', [manual, bulb]), /Fill the basket|Tamp/);
    const kettle = onePage(
      'kettle.md',
      '# Kettle\n\n## Features\n\n- 1.7 litre capacity.\n- Removable mesh filter.\n\n## Cleaning the filter\n\nThe filter catches scale flakes. Clean it every week.\n\n1. Open the lid.\n2. Pull the filter straight up out of its slot.\n3. Rinse the filter under running water.',
    );
    // Rules written as instructions are no steps where nothing over them says what they do; nor are a story's.
    const story = onePage(
      'lantern-road.md',
      '# The Lantern Road — Chapter Seven\n\nThe storm broke just after midnight.\n\n"Run!" shouted Tomas. "Take the left path and don\'t look back." She ran. Take the left path, she told herself, the way her father had taught her. Keep the lantern low. Count the stones. When you reach the oak, turn east.\n\nMara reached the oak before dawn.',
      3,
    );
    assert.doesNotMatch(await ask('How do I take the left path?', [story]), /Count the stones/);
    // A thing the question names that the steps' document never says, where another document does, is not theirs.
    const washer = onePage('washer-manual.md', '# Washing machine W7\n\nIt holds 8 kg and spins at 1400 rpm.', 3);
    assert.doesNotMatch(await ask('How do I clean the washing machine filter?', [kettle, washer]), /Open the lid/);
    // The prose over a list introduces its steps: it is not a procedure of its own.
    assert.match(await ask('How do I clean the filter?', [kettle]), /^Cleaning the filter: \[1\] Clean it every week\. \[2\]\n1\. Open the lid\./);
  });

  test('a list under a heading is the one asked for where a heading it is under names the rest: "ingredients … for the country loaf"', async () => {
    // An e-book's third chapter: "## Ingredients" under "# A country loaf", and a method whose last step names the loaf.
    const chapter = { ...onePage(
      'baking-book.epub',
      '# A country loaf\n\n## Ingredients\n\n- 400 g dark rye flour\n- 300 g water\n- 80 g active starter\n- 8 g salt\n\n## Method\n\nMix everything into a sticky paste.\n\nProve it in a tin for four hours.\n\nBake at 220°C for an hour.\n\nLet the loaf rest for a day before you cut it.',
    ), page: 3, pageEnd: 3 };
    const other = { ...onePage('baking-book.epub', '# Troubleshooting\n\nA flat loaf usually means the dough was over-proved.', 2), page: 4, pageEnd: 4 };
    const { text } = await collect(answerer.answer({ question: 'What ingredients do I need for the country loaf?', history: [], sources: [chapter, other] }));
    assert.match(text, /^Ingredients: \[1\]\n• 400 g dark rye flour \[2\]\n• 300 g water \[3\]\n• 80 g active starter \[4\]\n• 8 g salt \[5\]/, text);
  });

  test('a one-word sentence right under the heading asked about answers it ("## Licence" / "MIT."); what a tool does', async () => {
    const readme = onePage(
      'README.md',
      '# snapsort\n\nsnapsort renames photos by the date they were taken.\n\n## Installation\n\nRun pip install snapsort.\n\n## Licence\n\nMIT. Contributions are welcome: open a pull request on GitHub.',
    );
    const { text } = await collect(answerer.answer({ question: 'What licence is it under?', history: [], sources: [readme] }));
    assert.match(text, /^MIT\. \[1\]/, text);
    // "What does it do?" of the tool is its defining sentence, not the command that runs it, also read by meaning.
    // As retrieval gives them: the usage section first, the opening second.
    const intro = onePage('README.md', '# snapsort\n\nsnapsort renames photos by the date they were taken.', 2);
    const usage = { ...onePage('README.md', '## Usage\n\nRun `snapsort ~/Pictures/inbox --into ~/Pictures/sorted`. Photos are moved into folders named like `2024/2024-07-15`.'), start: 60, end: 170 };
    const withMeanings = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const does = await collect(withMeanings.answer({ question: 'What does snapsort do?', history: [], sources: [usage, intro] }));
    assert.match(does.text, /^snapsort renames photos by the date they were taken\. \[1\]/, does.text);
    // Under another heading a word alone says nothing asked.
    const other = await collect(answerer.answer({ question: 'How do I install it?', history: [], sources: [readme] }));
    assert.doesNotMatch(other.text, /^MIT/, other.text);
  });

  test("a manual's numbered title in capitals heads its steps; a troubleshooting entry's problem is answered by its cause and solution", async () => {
    const manual =
      'AEROBREW 3000 ESPRESSO MACHINE\nUSER MANUAL\n\n3. BEFORE FIRST USE\n\nStep 1: Remove all packaging.\nStep 2: Rinse the water tank and fill it.\nStep 3: Discard the first tank of water. The machine is now ready to use.\n\n5. FROTHING MILK\n\nFirst, fill the jug one third full with cold milk. Then turn the dial to the steam symbol. Finally, wipe the wand with a damp cloth.\n\n7. TROUBLESHOOTING\n\nProblem: Error code E4 appears on the display.\nCause: The boiler temperature sensor has failed.\nSolution: Switch off the machine and call service.\n\nProblem: The coffee is watery.\nCause: The grind is too coarse.\nSolution: Turn the grind dial to a lower number.';
    const ask1 = async (question: string) => (await collect(answerer.answer({ question, history: [], sources: [onePage('aerobrew-manual.txt', manual)] }))).text;
    assert.equal(
      await ask1('What should I do before using the machine for the first time?'),
      'BEFORE FIRST USE: [1]\n1. Remove all packaging. [2]\n2. Rinse the water tank and fill it. [3]\n3. Discard the first tank of water. The machine is now ready to use. [4]',
    );
    assert.equal(await ask1('How do I froth milk?'), 'First, fill the jug one third full with cold milk. [1] Then turn the dial to the steam symbol. [2] Finally, wipe the wand with a damp cloth. [3]');
    assert.doesNotMatch(await ask1('How do I clean the milk jug in the dishwasher?'), /Then turn/, 'steps that do something else than what is asked');
    assert.equal(
      await ask1('What does error code E4 mean?'),
      'Problem: Error code E4 appears on the display. Cause: The boiler temperature sensor has failed. Solution: Switch off the machine and call service. [1]',
    );
  });

  test("a recipe's method in paragraphs is its steps; the list a question names is found under its heading, past sentences that share its verb", async () => {
    const fileId = 'lemonricottacake';
    const part = (n: number, text: string): AnswerSource => ({ n, sid: 'base', fileId, fileName: 'lemon-ricotta-cake.md', page: n, pageEnd: n, start: 0, end: text.length, text });
    const sources = [
      part(1, "# Grandma Rosa's Lemon Ricotta Cake\n\nThis is the cake my grandmother made every Easter in Bari. It serves 10."),
      part(2, '## Ingredients\n\n- 250 g ricotta, drained\n- 200 g caster sugar\n- 3 large eggs'),
      part(3, '## Method\n\nFirst, heat the oven to 170 °C and grease the tin. Beat the ricotta and sugar until smooth.\n\nFold in the flour; overmixing makes the cake tough.\n\nBake for 50 minutes, until golden.'),
      part(4, '## Notes\n\n- Gluten-free: use ground almonds. The cake will be denser and needs about 5 minutes less in the oven.'),
    ];
    const ask = async (question: string) => (await collect(answerer.answer({ question, history: [], sources }))).text;
    assert.equal(
      await ask('How do I make the lemon ricotta cake?'),
      'Method: [1]\n1. First, heat the oven to 170 °C and grease the tin. Beat the ricotta and sugar until smooth. [2]\n2. Fold in the flour; overmixing makes the cake tough. [3]\n3. Bake for 50 minutes, until golden. [4]',
    );
    assert.equal(await ask('What ingredients do I need for the lemon ricotta cake?'), 'Ingredients: [1]\n• 250 g ricotta, drained [2]\n• 200 g caster sugar [3]\n• 3 large eggs [4]');
  });

  test("a labelled list item's first sentence says what its other sentences are about, and is quoted with them", async () => {
    const trip = onePage(
      'portugal-trip.md',
      '# Portugal trip — Lisbon & Porto\n\n## Accommodation\n\n- **Lisbon, 3–7 May:** Casa do Largo guesthouse, Rua dos Remédios 82. Check-in from 15:00. Confirmation number 558213.\n- **Porto, 7–10 May:** Hotel Ribeira Azul, Cais da Ribeira 19. Check-in from 14:00. Confirmation number RB-99021.',
    );
    const ask = async (question: string) => (await collect(answerer.answer({ question, history: [], sources: [trip] }))).text;
    assert.equal(await ask('What is the confirmation number for the Porto hotel?'), 'Porto, 7–10 May: Hotel Ribeira Azul, Cais da Ribeira 19. Confirmation number RB-99021. [1]');
    assert.equal(await ask('When is check-in at the Lisbon guesthouse?'), 'Lisbon, 3–7 May: Casa do Largo guesthouse, Rua dos Remédios 82. Check-in from 15:00. [1]');
  });

  test('what the question asks beyond the steps is said after them, on a line of its own', async () => {
    const readme = [
      onePage('readme.md', '## Requirements\n\nIt runs on Linux and macOS. Windows is not supported; use WSL2 instead.', 1),
      onePage('readme.md', '## Installing Tidewatch\n\n1. Create a virtual environment.\n2. Install Tidewatch with pip install tidewatch.\n3. Check that Tidewatch works with tidewatch --version.', 2),
    ].map((s, i) => ({ ...s, page: i + 1, pageEnd: i + 1 }));
    const answer = await collect(answerer.answer({ question: 'How do I install Tidewatch on Windows?', history: [], sources: readme }));
    assert.match(answer.text, /^Installing Tidewatch: \[1\]\n1\. Create a virtual environment\. \[2\]\n(?:.*\n){2}Windows is not supported; use WSL2 instead\. \[5\]$/, answer.text);
  });

  test('steps whose every line holds code are found from their commands, under "Installation", past a list of requirements', async () => {
    const fence = '`'.repeat(3);
    const readme = [
      onePage('README.md', '## Requirements\n\n- Python 3.9 or newer\n- exiftool installed and on your PATH', 1),
      onePage('README.md', `## Installation\n\n1. Clone the repository:\n${fence}\ngit clone https://example.com/tidyphotos.git\n${fence}\n2. Create a virtual environment:\n${fence}\npython3 -m venv .venv\n${fence}\n3. Install the package:\n${fence}\npip install -e .\n${fence}\n\n## Usage\n\nRun tidyphotos on a folder.`, 2),
    ].map((s, i) => ({ ...s, page: i + 1, pageEnd: i + 1 }));
    const answer = await collect(answerer.answer({ question: 'How do I install tidyphotos?', history: [], sources: readme }));
    assert.equal(
      answer.text,
      'Installation: [1]\n1. Clone the repository:\n   git clone https://example.com/tidyphotos.git [2]\n2. Create a virtual environment:\n   python3 -m venv .venv [3]\n3. Install the package:\n   pip install -e . [4]',
    );
    // "Configuration" names "configure" for finding its steps, not to make one option of a list all of it.
    const rc = onePage('quickcsv-readme.md', '## Configuration\n\nPut a `.quickcsvrc` file in your home folder. The options are:\n\n- `delimiter`: the field separator.\n- `quote`: the quote character.\n- `encoding`: the file encoding.');
    const delimiter = await collect(answerer.answer({ question: 'How do I configure the delimiter?', history: [], sources: [rc] }));
    assert.equal(delimiter.text, 'delimiter: the field separator. [1]');
    // A label and its value over the steps is no heading of theirs.
    const kb = onePage('router-kb.md', '## Changing the Wi-Fi name\n\nApplies to: Netlink X200 and X300\n\n1. Open 192.168.1.1 in a browser.\n2. Go to Wireless, then Basic settings.\n3. Type the new network name and click Save.');
    const wifi = await collect(answerer.answer({ question: 'How do I change the Wi-Fi name?', history: [], sources: [kb] }));
    assert.match(wifi.text, /^Changing the Wi-Fi name: \[1\].*\n1\. Open 192\.168\.1\.1 in a browser\. \[\d\]\n2\. Go to Wireless/, wifi.text);
  });

  test("a how-to question a FAQ asks is answered by the FAQ's whole answer, up to its next question; a factoid by its first sentence", async () => {
    const faq = onePage(
      'gym-faq.md',
      'Membership\n\nHow do I cancel my membership?\n\nTo cancel, log in to the app and tap Cancel membership. Choose your reason and confirm. You will get an email within 24 hours.\n\nCan I bring a guest?\n\nStandard members may bring one guest per month. Guests must sign a waiver.',
    );
    const ask = async (question: string) => (await collect(answerer.answer({ question, history: [], sources: [faq] }))).text;
    assert.equal(
      await ask('How do I cancel my gym membership?'),
      'How do I cancel my membership? To cancel, log in to the app and tap Cancel membership. [1] Choose your reason and confirm. [2] You will get an email within 24 hours. [3]',
    );
    assert.equal(await ask('Can I bring a guest to the gym?'), 'Standard members may bring one guest per month. [1]');
    // A FAQ on doing something else is not expanded into its steps.
    assert.doesNotMatch(await ask('How do I freeze my membership?'), /Choose your reason/);
  });

  test('"How often" is answered by the sentence that says how often, not by a numbered step that only holds a figure', async () => {
    const manual = onePage('r5-manual.txt', 'Emptying the dust bin\n\nEmpty the dust bin after every cleaning run.\n\nStep 1: Press the release button on top of the robot and lift out the dust bin.\n\nStep 2: Shake out the dirt.');
    const often = await collect(answerer.answer({ question: 'How often should I empty the dust bin?', history: [], sources: [manual] }));
    assert.equal(often.text, 'Empty the dust bin after every cleaning run. [1]');
  });

  test('a leaflet\'s "how long can I take it for?" and "how often?" are answered by the course and the interval, not by the daily limit', async () => {
    const leaflet = onePage(
      'leaflet.txt',
      '3. How to take Paracetamol Tablets\nAdults: take 1 or 2 tablets every 4 to 6 hours as needed. Do not take more than 8 tablets in 24 hours.\nChildren aged 10 to 15 years: take 1 tablet as needed.\nDo not give to children under 10 years.\nDo not take for more than 3 days without talking to your doctor.',
    );
    const ask = async (question: string) => (await collect(answerer.answer({ question, history: [], sources: [leaflet] }))).text;
    assert.equal(await ask('How long can I take paracetamol for?'), 'Do not take for more than 3 days without talking to your doctor. [1]');
    assert.match(await ask('How often can I take the tablets?'), /^Adults: take 1 or 2 tablets every 4 to 6 hours as needed\. \[1\]/);
  });

  test('a clause asked for by its number is found by it; a version of that number is not asked of a lease', async () => {
    const lease = onePage(
      'tenancy.txt',
      "4. Landlord's obligations\n4.1 The Landlord will keep the structure and heating in repair.\n4.2 The Landlord will arrange an annual gas safety check.\n4.3 The Landlord must give 24 hours' notice before visiting.",
    );
    const ask = (question: string) => collect(answerer.answer({ question, history: [], sources: [lease] }));
    assert.equal((await ask("What's new in version 4.2?")).notFound, true);
    assert.match((await ask('What does clause 4.2 say?')).text, /^4\.2 The Landlord will arrange an annual gas safety check\. \[1\]/);
  });

  test('a sentence of two words answers ("Breakfast included."), and "wifi" is what "Wi-Fi" says', async () => {
    const trip = onePage('trip.md', '# Lisbon trip\n\n## Hotel\nCasa do Rio, Rua das Flores 42, Lisbon. Check-in from 15:00, check-out by 11:00. Breakfast included. Confirmation number 88312.');
    const breakfast = await collect(answerer.answer({ question: 'Is breakfast included at the hotel?', history: [], sources: [trip] }));
    assert.match(breakfast.text, /^Breakfast included\. \[1\]/, breakfast.text);
    const guide = onePage('library-guide.txt', 'Wi-Fi\n\nFree Wi-Fi is available throughout the building. The network name is NG-Public and no password is needed.\n\nPrinting\n\nColour printing costs 60p per page.');
    const wifi = await collect(answerer.answer({ question: "What's the wifi password?", history: [], sources: [guide] }));
    assert.match(wifi.text, /^The network name is NG-Public and no password is needed\. \[1\]/, wifi.text);
  });

  test('a form\'s line of two words answers ("Sunday: closed"), and another document not about what is asked does not follow it', async () => {
    const guide = onePage(
      'library-member-guide.pdf',
      'Welcome\nMembership of Northgate Library is free for anyone who lives, works or studies in the borough.\nTo join, bring a photo ID and proof of address dated within the last three months.\nOpening hours\nMonday to Friday: 9:00 to 20:00\nSaturday: 10:00 to 17:00\nSunday: closed',
    );
    const trip = onePage(
      'lisbon-trip.md',
      '## Plans\n- **Thursday:** tram 28 to Alfama, then the castle (tickets €15 each, booked for 10:30).\n- **Saturday:** Belém — Jerónimos Monastery and pastéis de nata at the old bakery. Dinner booked at Taberna Azul at 20:00.\n- **Sunday:** free day; the Feira da Ladra flea market is open on Saturdays and Tuesdays only.',
      2,
    );
    const sunday = await collect(answerer.answer({ question: 'Is the library open on Sundays?', history: [], sources: [trip, guide] }));
    assert.equal(sunday.text, 'Sunday: closed. [1]');
    const saturday = await collect(answerer.answer({ question: 'When is the library open on Saturday?', history: [], sources: [guide, trip] }));
    assert.equal(saturday.text, 'Saturday: 10:00 to 17:00. [1]');
  });

  test('"the most I can be fined" asks for the maximum a sentence gives', async () => {
    const guide = onePage('library-guide.txt', "Overdue items\n\nThere are no fines on children's items.\nAdult items returned late are charged 25p per day, up to a maximum of 6 pounds per item.");
    const most = await collect(answerer.answer({ question: "What's the most I can be fined for one item?", history: [], sources: [guide] }));
    assert.equal(most.text, 'Adult items returned late are charged 25p per day, up to a maximum of 6 pounds per item. [1]');
  });

  test("a sentence of the shared base library never follows one of the session's own files, nor the reverse", async () => {
    const manual = { ...onePage('r5-manual.txt', 'Connecting to Wi-Fi\n\nInstall the Brightline app on your phone and create an account.'), sid: 'sessionsid000000000000' };
    const guide = onePage('docent-guide.md', '# Docent user guide\n\nYou need no account for the app.', 2);
    const app = await collect(answerer.answer({ question: 'Which app do I need on my phone?', history: [], sources: [manual, guide] }));
    assert.equal(app.text, 'Install the Brightline app on your phone and create an account. [1]');
  });

  test('a directory written one record a line is answered by the one record asked about, never quoted whole', async () => {
    const directory = onePage(
      'team-directory.txt',
      'Team directory\n\nName: Rachel Kim; Role: Head of Customer Success; Location: Toronto; Email: rachel.kim@orbit.example\nName: Daniel Ruiz; Role: Support Engineer; Location: Madrid; Email: daniel.ruiz@orbit.example\nName: Aisha Bello; Role: Account Manager; Location: Lagos; Email: aisha.bello@orbit.example',
    );
    const manager = await collect(answerer.answer({ question: 'Who is the account manager?', history: [], sources: [directory] }));
    assert.equal(manager.text, 'Name: Aisha Bello; Role: Account Manager; Location: Lagos; Email: aisha.bello@orbit.example. [1]');
    // The record found by the name asked about does not hold what is asked.
    const phone = await collect(answerer.answer({ question: "What is Rachel Kim's phone number?", history: [], sources: [directory] }));
    assert.equal(phone.notFound, true, phone.text);
  });

  test("a setting's lower-case 'key: value' lines are answered one by one", async () => {
    const settings = onePage('server.txt', 'Server settings\nhost: db.internal.example\nport: 5432\nuser: reporting\ntimeout: 30 seconds');
    const port = await collect(answerer.answer({ question: 'What is the port?', history: [], sources: [settings] }));
    assert.equal(port.text, 'port: 5432. [1]');
  });

  test('"who" is answered by the line that names a person, not by a sentence whose only capital is a month', async () => {
    const text =
      'Board meeting minutes of the Riverside Community Garden Association\nDate: 14 September 2026\nPresent: Alice Moreau (chair), Ben Okafor (treasurer), Chen Wei (secretary)\n\n1. Finances\nThe treasurer reported a balance of 12,480 dollars at the end of August.';
    const minutes = onePage('minutes.txt', text);
    const { text: answer, notFound } = await collect(answerer.answer({ question: 'Who is the treasurer?', history: [], sources: [minutes] }));
    assert.equal(notFound, false);
    const lead = answer.split(/\s*\[\d+\]/)[0];
    assert.match(lead, /Ben Okafor \(treasurer\)/, answer);
    assert.doesNotMatch(lead, /Riverside/, 'the title over the fields is not part of the quoted line');
  });

  test('a receipt or a form is quoted by the lines that answer, not whole: the item with its price, the label with its value', async () => {
    // As a PDF's text layer gives a receipt and a booking form: short lines, no sentence punctuation.
    const receipt = onePage(
      'receipt.pdf',
      'Store #0342 - Downtown\n-----\nUSB-C Hub 7-in-1 Adapter\nwith HDMI & Ethernet\nACC-8834 2 @ $79.99\n$159.98\nPortable SSD 2TB\nThunderbolt 3 Compatible\nSTOR-2241 1 @ $289.00\nMember Discount $-29.00\n$260.00\nErgonomic Wireless Mouse\nACC-9012 1 @ $59.99\n$59.99\n-----\nSUBTOTAL $863.91',
    );
    const price = await collect(answerer.answer({ question: 'How much did the portable SSD cost?', history: [], sources: [receipt] }));
    const lead = price.text.split(/\s*\[\d+\]/)[0];
    assert.match(lead, /^Portable SSD 2TB .*\$289\.00/, price.text);
    assert.doesNotMatch(lead, /USB-C|Mouse|\$159\.98/, 'not the items around it');
    // "How much was…" asks a price too: the item's name alone, with the figures of its name, does not answer it.
    const hubReceipt = onePage('hub.pdf', 'TECHMART\nPortable SSD 2TB\n$289.00\nUSB-C Hub 7-in-1\nwith HDMI & Ethernet\n$49.99\nTOTAL $338.99');
    const hub = await collect(answerer.answer({ question: 'How much was the hub?', history: [], sources: [hubReceipt] }));
    assert.match(hub.text.split(/\s*\[\d+\]/)[0], /^USB-C Hub 7-in-1 .*\$49\.99\.$/, hub.text);
    const booking = onePage('booking.pdf', 'Booking Agency\nName: Premier Entertainment Group\nContact: Michael Chen\nBilling Type: Net 30\nPayment Terms: Corporate\nCommission: 10%\n555 Broadway Suite 1200\nNew York, NY 10012');
    const commission = await collect(answerer.answer({ question: 'What is the commission of the booking agency?', history: [], sources: [booking] }));
    assert.match(commission.text, /^Commission: 10%\. \[1\]/, commission.text);
  });

  test('a question naming a document by its file name is answered from that document, not from one shaped like it', async () => {
    // Two receipts with the same fields; only the file names say whose is whose (a PDF's header is often an image).
    const receipt = (total: string) => `Receipt\nDate: 03/11/2024\nItems: 3\nTax: $4.10\nTotal: ${total}\nPaid by card`;
    const others = ['Meeting notes: the budget for the spring fair was approved.', 'The warranty covers parts for two years.', 'Store hours are 9 to 5 on weekdays.', 'Returns need the original packaging.'];
    const sources = [
      onePage('TechMart_receipt.pdf', receipt('$863.91')),
      onePage('Greenleaf_receipt.pdf', receipt('$52.40'), 2),
      ...others.map((text, i) => onePage(`note-${i}.txt`, text, i + 3)),
    ];
    for (const [question, total] of [
      ['What was the total on the Greenleaf receipt?', '$52.40'],
      ['What was the total on the TechMart receipt?', '$863.91'],
    ]) {
      const { text, citations } = await collect(answerer.answer({ question, history: [], sources }));
      assert.match(text.split(/\s*\[\d+\]/)[0], new RegExp(`Total: \\${total}`), `${question} → ${text}`);
      assert.equal(citations[0][0].fileName, sources.find((s) => s.text.includes(total))!.fileName);
    }
    // …and a receipt that no file is named after is not in the documents.
    const absent = await collect(answerer.answer({ question: 'What was the total on the Bluebird receipt?', history: [], sources }));
    assert.equal(absent.notFound, true, absent.text);
    // A document's first line names it too, and then the total answers, not the line that repeats the shop's name.
    const headed = [
      onePage('RECEIPT-98765.pdf', `GREENLEAF GARDEN CENTRE\nwww.greenleaf.example.com\n${receipt('$52.40')}`, 1),
      onePage('RECEIPT-98766.pdf', `TECHMART ELECTRONICS\nwww.techmart.example.com\n${receipt('$863.91')}`, 2),
      ...others.map((text, i) => onePage(`note-${i}.txt`, text, i + 3)),
    ];
    const { text } = await collect(answerer.answer({ question: 'What was the total at TechMart?', history: [], sources: headed }));
    assert.match(text, /^Total: \$863\.91\. \[1\]/, text);
  });

  test('a line that is only a web address answers a question about the site, not one that only names the shop', async () => {
    const receipt = onePage('receipt.pdf', 'TECHMART ELECTRONICS\nStore #0342 - Downtown\nSUBTOTAL $863.91\nMember Discount (15%) -$84.00\nSales Tax (8.5%) $66.23\nTOTAL $821.14\nThank you for shopping!\nwww.techmart.example.com');
    const site = await collect(answerer.answer({ question: 'What is the website of TechMart?', history: [], sources: [receipt] }));
    assert.match(site.text, /^www\.techmart\.example\.com\. \[1\]/, site.text);
    const discount = await collect(answerer.answer({ question: 'Where is TechMart located?', history: [], sources: [receipt] }));
    assert.doesNotMatch(discount.text, /www\./, discount.text);
  });

  test('with the bundled word vectors, of two sentences sharing the question\'s words the one that reads like its question leads', async () => {
    // Both sentences say "the factory closed", and the one about visitors comes first; only the second reads as a reason.
    const withMeanings = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const factory = onePage(
      'town.txt',
      'The factory closed its gates to visitors on Sundays and public holidays. The factory closed in 1998 after orders collapsed and debts mounted.',
    );
    const { text } = await collect(withMeanings.answer({ question: 'Why did the factory close?', history: [], sources: [factory] }));
    assert.match(text, /^The factory closed in 1998 after orders collapsed and debts mounted\. \[1\]$/, text);
  });

  test('with the bundled word vectors, a question asked in other words than the document\'s is answered; one it does not answer is still refused', async () => {
    const withMeanings = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const bakery = onePage(
      'notes.txt',
      'The bakery on Mill Street opened its second shop in 2004. The bakery was established in 1998 by two brothers from Lyon. Its bread is baked every morning before five.',
    );
    // "founded" is not in the document: "established" says it.
    const founded = await collect(withMeanings.answer({ question: 'When was the bakery founded?', history: [], sources: [bakery] }));
    assert.equal(founded.notFound, false, founded.text);
    assert.match(founded.text, /^The bakery was established in 1998 by two brothers from Lyon\. \[1\]/, founded.text);
    for (const question of ['When did the bakery close?', 'How many employees does the bakery have?']) {
      const absent = await collect(withMeanings.answer({ question, history: [], sources: [bakery] }));
      assert.equal(absent.notFound, true, `${question} → ${absent.text}`);
    }
  });

  test('a web page\'s sentence is quoted alone, not joined to the one before it across a reference marker', async () => {
    const page = onePage(
      'microsoft.html',
      'It remained partners with long-time OEM HTC.[75] Microsoft is a founding member of the Open Networking Foundation started on March 23, 2011.[76] Fellow founders were Google and Yahoo.',
    );
    const answer = await collect(answerer.answer({ question: 'Which foundation is Microsoft a founding member of?', history: [], sources: [page] }));
    assert.match(answer.text, /^Microsoft is a founding member of the Open Networking Foundation started on March 23, 2011\. \[1\]/, answer.text);
    assert.equal(answer.citations[0][0].text, 'Microsoft is a founding member of the Open Networking Foundation started on March 23, 2011.[76]');
  });

  test('a table row is quoted with its column names, and the header row alone is never an answer', async () => {
    const rows = ['Basic | $5 | 10 GB | 1', 'Team | $12 | 100 GB | 5', 'Enterprise | $40 | 1 TB | 50'];
    const word = onePage('pricing.docx', `Docent Cloud comes in three plans.\n\nPlan | Price per month | Storage | Seats\n${rows.join('\n')}\n\nAll plans include email support.`);
    const markdown = onePage('pricing.md', `Docent Cloud comes in three plans.\n\n| Plan | Price per month | Storage | Seats |\n| --- | --- | --- | --- |\n${rows.map((r) => `| ${r} |`).join('\n')}\n`);
    for (const source of [word, markdown]) {
      const storage = await collect(answerer.answer({ question: 'How much storage does the Enterprise plan have?', history: [], sources: [source] }));
      assert.equal(storage.text, 'Plan: Enterprise; Price per month: $40; Storage: 1 TB; Seats: 50. [1]', source.fileName);
      // The citation highlights the row itself.
      assert.match(storage.citations[0][0].text, /^\|? ?Enterprise \| \$40 \| 1 TB \| 50( \|)?$/);
      const which = await collect(answerer.answer({ question: 'Which plan has 100 GB of storage?', history: [], sources: [source] }));
      assert.match(which.text, /^Plan: Team; /, which.text);
      assert.doesNotMatch(which.text, /Plan, Price per month|Plan \| Price/, 'never the header row');
    }
    // A sentence that introduces the table is not quoted cut off before it.
    const introduced = onePage('plans.md', `The plans that Docent Cloud offers to teams are:\n| Plan | Price per month | Storage | Seats |\n| --- | --- | --- | --- |\n${rows.map((r) => `| ${r} |`).join('\n')}\n`);
    const offered = await collect(answerer.answer({ question: 'Which plans does Docent Cloud offer?', history: [], sources: [introduced] }));
    assert.doesNotMatch(offered.text, /teams are\./, offered.text);
    assert.match(offered.text, /^Plan: /, offered.text);
    // …but one that states a figure before it introduces the table says that much, up to its comma.
    const totalled = onePage(
      'minutes.md',
      `The board approved the plans.\n\nThe total cost of the three plans is $57 a month, broken down as follows:\n\n${rows.join('\n')}\n\nAs agreed at the last meeting, the seats are:\n\n${rows.join('\n')}\n`,
    );
    const total = await collect(answerer.answer({ question: 'What is the total cost of the plans?', history: [], sources: [totalled] }));
    assert.match(total.text, /^The total cost of the three plans is \$57 a month\. \[1\]/, total.text);
    const agreed = await collect(answerer.answer({ question: 'What was agreed at the last meeting about seats?', history: [], sources: [totalled] }));
    assert.doesNotMatch(agreed.text, /As agreed at the last meeting\./, agreed.text);
    // A figure's own comma cuts nothing: "…as follows, totalling $1,200:" states no figure before it introduces.
    const split = onePage('costs.md', `Annual costs\n\nThe yearly cost is split across the plans as follows, totalling $1,200:\n\n${rows.join('\n')}\n`);
    const yearly = await collect(answerer.answer({ question: 'What is the yearly cost split across the plans?', history: [], sources: [split] }));
    assert.doesNotMatch(yearly.text, /totalling \$1\./, yearly.text);
  });

  test('a block of short lines with a few longer ones, a judgment\'s header or a calendar, is quoted by the line that answers', async () => {
    // As a PDF's text layer gives them: no sentence punctuation until the block's last line, a few lines over 60 characters.
    const judgment = onePage(
      'judgment.pdf',
      "THE HIGH COURT\n2024 No. 118\nBetween:\nMARGARET O'NEILL\nPlaintiff\nand\nTHE COUNTY COUNCIL OF NORTHSHIRE AND THE ROADS AUTHORITY OF NORTHSHIRE\nDefendants\nJUDGMENT of Ms Justice Brennan delivered on the 3rd day of March, 2024.\n1. The plaintiff fell on a broken footpath in the town centre and injured her wrist.",
    );
    const judge = await collect(answerer.answer({ question: 'Who delivered the judgment?', history: [], sources: [judgment] }));
    assert.match(judge.text, /^JUDGMENT of Ms Justice Brennan delivered on the 3rd day of March, 2024\. \[1\]/, judge.text);
    const calendar = onePage(
      'newsletter.pdf',
      'CALENDAR OF EVENTS\nMar. 2 – Staff Training Day – NO SCHOOL\nMar. 6 – Spring Concert at 6:30 pm in the gym – PLEASE ARRIVE EARLY\nMar. 9 – PTA Meeting 7:00 pm\nMar. 13 – Science Fair judging 9:00 – 11:30 am in the library (Grades 3 – 5)\nMar. 16 – 20 – Spring Recess – NO SCHOOL\nMar. 24 – Picture Day',
    );
    for (const [question, line] of [
      ['When is the spring concert?', 'Mar. 6 – Spring Concert at 6:30 pm in the gym – PLEASE ARRIVE EARLY.'],
      ['When is the spring recess?', 'Mar. 16 – 20 – Spring Recess – NO SCHOOL.'],
    ]) {
      const { text } = await collect(answerer.answer({ question, history: [], sources: [calendar] }));
      assert.equal(text.split(/\s*\[\d+\]/)[0], line, `${question} → ${text}`);
    }
  });

  test('"What does NBT stand for?" is answered by the sentence that spells it out, not by one that only says "stand"', async () => {
    const article = onePage(
      'article.html',
      'As things stand now, the server owners have no fix. Items can also keep their data in a file format known as Named Binary Tag (NBT), which allows nested lists. Previously, NBT was sent compressed with gzip. The NBT data of one attack is 26 megabytes.',
    );
    const { text, notFound } = await collect(answerer.answer({ question: 'What does NBT stand for?', history: [], sources: [article] }));
    assert.equal(notFound, false, text);
    assert.match(text, /^Items can also keep their data in a file format known as Named Binary Tag \(NBT\), which allows nested lists\. \[1\]/, text);
  });

  test('"What does TAM stand for?" is answered by the sentence that spells it out even from a passage found further down', async () => {
    // The best-ranked passage uses "TAM" in short sentences; the one that spells it out is long and ranked below.
    const figures = onePage('review-p10.pdf', 'Figure 4: New relationship formulation in TAM (Davis, 1993, p. 481). Davis used regression analysis in his TAM model.', 1);
    const history = onePage(
      'review-p3.pdf',
      'Similarly, other researchers would apply, and propose several additions to the Technology Acceptance Model (TAM), such that over time, TAM evolved into a leading model in explaining and predicting system use.',
      2,
    );
    const { text } = await collect(answerer.answer({ question: 'What does TAM stand for?', history: [], sources: [figures, history] }));
    assert.match(text, /^Similarly, other researchers would apply, and propose several additions to the Technology Acceptance Model \(TAM\)/, text);
  });

  test('a web page\'s reference notes are never quoted as the answer, however many of the question\'s words their titles share', async () => {
    const page = onePage(
      'mozilla.html',
      'Mozilla produces many products such as the Firefox web browser and the Thunderbird e-mail client.[3]\n\nReferences\n\n1. ^ "Cisco to release open-source codec, Mozilla makes tactical retreat". techrepublic.com.\n2. ^ "What Mozilla makes next: a faster Firefox". example.com. Retrieved 2 May 2015.',
    );
    const { text } = await collect(answerer.answer({ question: 'What products does Mozilla make?', history: [], sources: [page] }));
    assert.match(text, /^Mozilla produces many products such as the Firefox web browser and the Thunderbird e-mail client\. \[1\]$/, text);
  });

  test('a French "quand" question is answered by the sentence that dates the event, not by one that only names it', async () => {
    const article = onePage(
      'article.html',
      "Revivez le direct du vote à l'Assemblée avec nos journalistes. Les députés ont adopté le projet de loi sur le numérique lors d'un vote solennel, mardi 12 mars. Le texte sera ensuite examiné par le Sénat.",
    );
    const { text, notFound } = await collect(answerer.answer({ question: 'Quand a eu lieu le vote ?', history: [], sources: [article] }));
    assert.equal(notFound, false, text);
    assert.match(text, /^Les députés ont adopté le projet de loi sur le numérique lors d'un vote solennel, mardi 12 mars\. \[1\]$/, text);
  });

  test('a Chinese question is answered by the sentence holding its words, and one about something absent is refused', async () => {
    const article = onePage('deepmind.html', '谷歌在2014年收购了人工智能公司DeepMind。这款名为DNC的模型可以回答关于伦敦地铁的问题。DeepMind的研究结果发表在《自然》上。');
    // "What is DNC?": the sentence does not say "what is" (是什么).
    const dnc = await collect(answerer.answer({ question: 'DNC是什么？', history: [], sources: [article] }));
    assert.equal(dnc.notFound, false, dnc.text);
    assert.match(dnc.text, /^这款名为DNC的模型可以回答关于伦敦地铁的问题。 \[1\]$/, dnc.text);
    // "Where is Apple's headquarters?": the article speaks of a company (公司), never of Apple or a headquarters.
    const absent = await collect(answerer.answer({ question: '苹果公司的总部在哪里？', history: [], sources: [article] }));
    assert.equal(absent.notFound, true, absent.text);
  });

  test('a spreadsheet\'s row is quoted whole, so the name on the row answers a question about its role', async () => {
    // As the CSV, XLSX and ODS extractors write rows: a block of "column: value" lines per row.
    const record = (name: string, role: string, office: string, phone: string) => `Name: ${name}\nDepartment: Staff\nRole: ${role}\nOffice: ${office}\nPhone: ${phone}`;
    const rows = [record('Alice Moreau', 'Chief Financial Officer', 'Paris', '+33 1 40 00 11 22'), record('Elif Yilmaz', 'HR Director', 'Istanbul', '+90 212 555 0177'), record('Ben Okafor', 'Lead Developer', 'Lagos', '+234 1 555 0101')].join('\n\n');
    for (const fileName of ['staff.csv', 'staff.xlsx']) {
      const sheet = onePage(fileName, rows);
      const who = await collect(answerer.answer({ question: 'Who is the HR Director?', history: [], sources: [sheet] }));
      assert.equal(who.text, 'Name: Elif Yilmaz; Department: Staff; Role: HR Director; Office: Istanbul; Phone: +90 212 555 0177. [1]', fileName);
      const phone = await collect(answerer.answer({ question: "What is Ben Okafor's phone number?", history: [], sources: [sheet] }));
      assert.match(phone.text, /^Name: Ben Okafor; .*Phone: \+234 1 555 0101\. \[1\]$/, phone.text);
    }
    // A row too wide to quote whole still answers, by its fields.
    const wide = onePage('wide.csv', [record('Elif Yilmaz', 'HR Director', 'Istanbul', '+90 212 555 0177'), ...Array.from({ length: 40 }, (_, i) => `Note ${i + 1}: reviewed in quarter ${(i % 4) + 1}`)].join('\n'));
    const role = await collect(answerer.answer({ question: 'Which office is the HR Director in?', history: [], sources: [wide] }));
    assert.equal(role.notFound, false, role.text);
    assert.match(role.text, /Role: HR Director/, role.text);
    // The same rows pasted into a note are rows too: the blocks repeat their labels.
    const note = await collect(answerer.answer({ question: 'Who is the HR Director?', history: [], sources: [onePage('staff.txt', rows)] }));
    assert.match(note.text, /^Name: Elif Yilmaz; /, note.text);
  });

  test('a row found by the name asked about does not answer a question about a column the table lacks', async () => {
    const record = (name: string, role: string, office: string, phone: string) => `Name: ${name}\nRole: ${role}\nOffice: ${office}\nPhone: ${phone}`;
    const sheet = onePage('staff.csv', [record('Chen Wei', 'Lead Engineer', 'Shanghai', '+86 21 5555 0199'), record('Elif Yilmaz', 'HR Director', 'Istanbul', '+90 212 555 0177')].join('\n\n'));
    // No e-mail, salary or employee number column: the row that names Chen Wei is not the answer.
    for (const question of ["What is Chen Wei's email address?", "What is Chen Wei's salary?", "What is Elif Yilmaz's employee ID?"]) {
      const absent = await collect(answerer.answer({ question, history: [], sources: [sheet] }));
      assert.equal(absent.notFound, true, `${question} → ${absent.text}`);
    }
    // A column it has, by its name or another word for it, a question asking for the whole row, and a wh-word that
    // names the kind of value still answer.
    for (const question of [
      "What is Chen Wei's phone number?",
      "What is Chen Wei's telephone number?",
      'How can I call Chen Wei?',
      "What is Chen Wei's job title?",
      "What is Chen Wei's position?",
      'Tell me about Chen Wei',
      'Where does Chen Wei work?',
      'What does Chen Wei do?',
    ]) {
      const found = await collect(answerer.answer({ question, history: [], sources: [sheet] }));
      assert.match(found.text, /^Name: Chen Wei; /, question);
    }
    // "Email address" asks the Email column, not the postal Address: a row whose email cell is empty does not answer it.
    const book = onePage(
      'address-book.csv',
      'Name: Leo Hollis\nRelationship: Nephew\nAddress: Flat 5, 18 Quayside, Newcastle\n\nName: Kate Morgan\nRelationship: Neighbour\nEmail: kate.morgan@example.com\nAddress: 24 Larch Close, Calderbrook',
    );
    const meaning = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const leo = await collect(meaning.answer({ question: "What is Leo's email address?", history: [], sources: [book] }));
    assert.equal(leo.notFound, true, `leo: ${leo.text}`);
    const kate = await collect(meaning.answer({ question: "What is Kate's email address?", history: [], sources: [book] }));
    assert.match(kate.text, /^Name: Kate Morgan; /, kate.text);
    // A table's row, read with its header's column names, is held to the same.
    const table = onePage('plans.md', '| Plan | Price per month | Storage |\n| --- | --- | --- |\n| Team | $12 | 100 GB |\n| Enterprise | $40 | 1 TB |\n');
    const code = await collect(answerer.answer({ question: 'What is the discount code of the Enterprise plan?', history: [], sources: [table] }));
    assert.equal(code.notFound, true, code.text);
    const storage = await collect(answerer.answer({ question: 'What is the storage of the Enterprise plan?', history: [], sources: [table] }));
    assert.match(storage.text, /^Plan: Enterprise; /, storage.text);
    // A money column writes its currency once, in its name: the figure under it is what a row "cost" or "came to".
    const expenses = onePage(
      'expenses.csv',
      'claim_id: EXP-2049\nemployee: Aisha Bello\nmerchant: British Airways\ndescription: Flight to Dublin\namount_gbp: 212.40\n\nclaim_id: EXP-2050\nemployee: Aisha Bello\nmerchant: The Morgan Hotel Dublin\ndescription: 2 nights hotel\namount_gbp: 318.00',
    );
    for (const question of ["How much did Aisha's hotel in Dublin cost?", "What did Aisha's hotel in Dublin come to?"]) {
      const hotel = await collect(answerer.answer({ question, history: [], sources: [expenses] }));
      assert.match(hotel.text, /^claim_id: EXP-2050; .*amount_gbp: 318\.00/, question);
    }
    // "What did … cost?" and "What did she spend on …?" ask for the amount as "how much" does.
    for (const question of ["What did Aisha's hotel in Dublin cost?", 'What did Aisha spend on the hotel in Dublin?']) {
      const hotel = await collect(answerer.answer({ question, history: [], sources: [expenses] }));
      assert.match(hotel.text, /^claim_id: EXP-2050; .*amount_gbp: 318\.00/, question);
    }
    const coming = await collect(answerer.answer({ question: "What is Aisha's hotel in Dublin coming to?", history: [], sources: [expenses] }));
    assert.match(coming.text, /^claim_id: EXP-2050; /, 'a light verb in another form');
    // A count is no money because its column says "total": "total_nights" does not say what the hotel cost.
    const bookings = onePage('bookings.csv', 'guest: Aisha Bello\nhotel: The Morgan Hotel Dublin\ntotal_nights: 3');
    assert.equal((await collect(answerer.answer({ question: "How much did Aisha's hotel in Dublin cost?", history: [], sources: [bookings] }))).notFound, true);
    const phone = await collect(answerer.answer({ question: "What is Aisha Bello's phone number?", history: [], sources: [expenses] }));
    assert.equal(phone.notFound, true, phone.text);
    // The verb asking for a list names no column: the row's notes say what to bring.
    const sessions = onePage('schedule.csv', 'Session: Kubernetes debugging\nTrack: Workshop\nNotes: Bring a laptop with kubectl installed\n\nSession: Opening keynote\nTrack: Keynote\nNotes: Live captions');
    const bring = await collect(answerer.answer({ question: 'What do I need to bring to the Kubernetes workshop?', history: [], sources: [sessions] }));
    assert.match(bring.text, /Notes: Bring a laptop/, bring.text);
    // …nor does a row that says it again add anything to the answer.
    const more = onePage('schedule.csv', `${sessions.text}\n\nSession: Composting at home\nTrack: Workshop\nNotes: No materials needed`);
    const once = await collect(answerer.answer({ question: 'What do I need to bring to the Kubernetes workshop?', history: [], sources: [more] }));
    assert.doesNotMatch(once.text, /No materials/, once.text);
  });

  test('a form\'s fields found by the name asked about do not answer a question about a field the form lacks', async () => {
    const booking = onePage('booking.pdf', 'BOOKING CONFIRMATION\nCinema: Downtown Multiplex\nPrimary Contact: Sarah Johnson\nLocation: NYC-01\n\nProduct Desc: Holiday Movie Marathon Package\nBooking Dates: 12/20/2024 - 12/31/2024');
    // Neither a capacity nor a cancellation fee is on the form; "NYC-01" is a code, not a count.
    for (const question of ['How many seats does the Downtown Multiplex have?', 'What is the cancellation fee for the movie marathon?']) {
      const absent = await collect(answerer.answer({ question, history: [], sources: [booking] }));
      assert.equal(absent.notFound, true, `${question} → ${absent.text}`);
    }
    const contact = await collect(answerer.answer({ question: 'Who is the primary contact at the Downtown Multiplex?', history: [], sources: [booking] }));
    assert.match(contact.text, /Primary Contact: Sarah Johnson/, contact.text);
    const dates = await collect(answerer.answer({ question: 'When is the movie marathon?', history: [], sources: [booking] }));
    assert.match(dates.text, /12\/20\/2024/, dates.text);
    // The field asked for by another word for its label ("region" for Territory), a line below the name that finds it.
    const agent = onePage('agent.pdf', 'AGENT AGREEMENT\nAgent: Sarah Johnson\nCommission: 10%\nTerritory: North\nStart Date: 01/02/2024');
    const region = await collect(answerer.answer({ question: 'Which region does Sarah Johnson cover?', history: [], sources: [agent] }));
    assert.match(region.text, /Territory: North/, region.text);
  });

  test('a form\'s lines that match a question only by the name of their document do not answer it', async () => {
    const receipt = onePage('RECEIPT-98765.pdf', 'TECHMART ELECTRONICS\n4567 Innovation Blvd\nSan Francisco, CA 94103\n=====\nStore #0342 - Downtown SF\nCashier: Emily Rodriguez\nRegister: POS-07\n-----\nUSB-C Hub $79.99\nTOTAL $821.14');
    // The receipt names the shop, in full; nothing on it speaks of students, discounts or a warranty.
    for (const question of ['What discount do students get at TechMart Electronics?', 'How long is the warranty at TechMart Electronics?']) {
      const absent = await collect(answerer.answer({ question, history: [], sources: [receipt] }));
      assert.equal(absent.notFound, true, `${question} → ${absent.text}`);
    }
    // Asked about the shop itself, its lines answer, as they do a question asking for the whole receipt; asked about
    // the cashier, the cashier's line does.
    for (const question of ['Where is TechMart?', 'Tell me about TechMart', 'What is the address of TechMart?', 'In which city is TechMart?']) {
      const where = await collect(answerer.answer({ question, history: [], sources: [receipt] }));
      assert.match(where.text, /^TECHMART ELECTRONICS 4567 Innovation Blvd/, `${question} → ${where.text}`);
    }
    const cashier = await collect(answerer.answer({ question: 'Who was the cashier at TechMart?', history: [], sources: [receipt] }));
    assert.match(cashier.text, /^Cashier: Emily Rodriguez/, cashier.text);
  });

  test('a line that is only a telephone number answers a question asking for one, area code and all', async () => {
    const receipt = onePage('RECEIPT-98765.pdf', 'TECHMART ELECTRONICS\n4567 Innovation Blvd\nSan Francisco, CA 94103\n(415) 555-0199\n=====\nStore #0342 - Downtown SF\nCashier: Emily Rodriguez\nRegister: POS-07\n-----\nUSB-C Hub $79.99\nTOTAL $821.14');
    for (const question of ["What is TechMart's phone number?", 'How can I call TechMart Electronics?']) {
      const phone = await collect(answerer.answer({ question, history: [], sources: [receipt] }));
      assert.match(phone.text, /^\(415\) 555-0199\. \[1\]/, `${question} → ${phone.text}`);
    }
    // Labelled, as a letterhead writes it.
    const letterhead = onePage('letter.pdf', 'HARBOUR OFFICE\nQuay Road 4\nTel: +44 20 7946 0958\n\nDear visitor, the harbour office is open daily from eight until six.');
    const tel = await collect(answerer.answer({ question: 'What is the phone number of the harbour office?', history: [], sources: [letterhead] }));
    assert.match(tel.text, /Tel: \+44 20 7946 0958/, tel.text);
  });

  test('a Chinese "which year" question is answered by the sentence that holds the year', async () => {
    const article = onePage('google.html', '据报道，谷歌在一年前收购了DeepMind。谷歌在2014年完成了对DeepMind的收购。DeepMind后来开发了AlphaGo。');
    const { text } = await collect(answerer.answer({ question: '谷歌在哪一年收购了DeepMind？', history: [], sources: [article] }));
    assert.match(text, /^谷歌在2014年完成了对DeepMind的收购。 \[1\]/, text);
  });

  test('prose wrapped in a narrow column is quoted as whole sentences, never as a form\'s lines', async () => {
    const text =
      'The harbour board met on\nTuesday to discuss the new\nmoorings. After a long debate\nthe board decided that boats\nlonger than 14 metres must\nmoor outside the inner basin\nfrom next spring.';
    const column = onePage('column.pdf', text);
    const { text: answer } = await collect(answerer.answer({ question: 'Which boats must moor outside the inner basin?', history: [], sources: [column] }));
    assert.match(answer, /^After a long debate the board decided that boats longer than 14 metres must moor outside the inner basin from next spring\. \[1\]/, answer);
  });

  test('another file adds a sentence only when it answers nearly as well as the lead, not because it shares a name', async () => {
    const sources = [
      onePage('estimate.txt', 'The estimate charges paint work at a labor rate of 150 dollars per hour. Parts cost 2,100 dollars.'),
      onePage('fleet.txt', 'A Jeep Cherokee from the same fleet was towed to another garage on Monday. The cinema pays its ushers by the hour.', 2),
    ];
    const { text, citations } = await collect(answerer.answer({ question: 'What is the labor rate for paint work on the Jeep Cherokee?', history: [], sources }));
    assert.match(text, /^The estimate charges paint work at a labor rate of 150 dollars per hour\. \[1\]$/, text);
    assert.deepEqual(citations[0].map((c) => c.fileName), ['estimate.txt']);
  });

  test('"What is X?" leads with the sentence that says what X is; "What is the price of X?" without a price is refused', async () => {
    const text =
      'Using AutoGen, developers can flexibly define agent interaction behaviors. AutoGen is an open-source framework that lets developers build LLM applications with several agents that converse.';
    const paper = onePage('autogen.docx', text);
    const what = await collect(answerer.answer({ question: 'What is AutoGen?', history: [], sources: [paper] }));
    assert.match(what.text, /^AutoGen is an open-source framework/, what.text);
    const price = await collect(answerer.answer({ question: 'What is the price of AutoGen?', history: [], sources: [paper] }));
    assert.equal(price.notFound, true, price.text);
  });

  test('a follow-up is answered from the conversation and never repeats the previous answer', async () => {
    const first = await collect(answerer.answer({ question: 'Who is the Doctor?', history: [], sources: SOURCES }));
    const history = [
      { role: 'user' as const, text: 'Who is the Doctor?' },
      { role: 'assistant' as const, text: first.text },
    ];
    const follow = await collect(answerer.answer({ question: 'and what is he called?', history, sources: SOURCES }));
    assert.equal(follow.notFound, false, follow.text);
    const lead = (t: string) => t.split(/\s*\[\d+\]/)[0];
    assert.notEqual(lead(follow.text), lead(first.text));
    for (const sentence of first.text.split(/\s*\[\d+\]\s*/).filter(Boolean)) assert.ok(!follow.text.includes(sentence), `repeats "${sentence}"`);
  });

  test('a sentence that opens with "She", "It", "The warehouse" or "To do so" is quoted with the sentence before it, which says who or what', async () => {
    const lab = onePage(
      'lab-history.txt',
      'The robotics lab opened in 2009 with two engineers. Maria Okafor joined the lab in 2015 as a research engineer. She later led the team that built the first walking prototype. Funding came from the regional council.',
    );
    const who = await collect(answerer.answer({ question: 'Who led the team that built the walking prototype?', history: [], sources: [lab] }));
    assert.match(who.text, /^Maria Okafor joined the lab in 2015 as a research engineer\. She later led the team that built the first walking prototype\. \[1\]$/, who.text);
    // The citation highlights both sentences: the one answering and the one naming whom it is about.
    assert.equal(who.citations[0][0].text, 'Maria Okafor joined the lab in 2015 as a research engineer. She later led the team that built the first walking prototype.');

    // The question's words are in the sentence before; the date it asks for is in the one that goes on about it.
    const fair = onePage(
      'harbour-news.txt',
      'Tickets for concerts in the old harbour went on sale in May. The town renamed its spring market the Harbour Lights Festival. It was held on 14 June at the fish quay, with stalls and music until midnight. Parking is free on Sundays.',
    );
    const when = await collect(answerer.answer({ question: 'When was the Harbour Lights Festival held?', history: [], sources: [fair] }));
    assert.match(when.text.split(/\s*\[\d+\]/)[0], /Harbour Lights Festival\. It was held on 14 June/, when.text);

    // "The warehouse" names what the sentence before introduced as "a converted warehouse": quoted with it.
    const office = onePage(
      'office-move.txt',
      'Our design team moved into a converted warehouse near the station last year. The warehouse has 40 desks and a roof garden. Visitors sign in at reception.',
    );
    const desks = await collect(answerer.answer({ question: 'How many desks are there in the converted warehouse?', history: [], sources: [office] }));
    assert.match(desks.text, /^Our design team moved into a converted warehouse near the station last year\. The warehouse has 40 desks and a roof garden\. \[1\]$/, desks.text);

    // "To do so" is the step the sentence before asks for: alone, it says what to hold, not why.
    const router = onePage(
      'router-guide.txt',
      'The router restarts itself every night at 3:00.\nReset the router to its factory settings if the light blinks red. To do so, hold the small button at the back for ten seconds.\nThe light turns green when the router is ready.',
    );
    const hold = await collect(answerer.answer({ question: 'How long do I hold the button?', history: [], sources: [router] }));
    assert.match(hold.text, /^Reset the router to its factory settings if the light blinks red\. To do so, hold the small button at the back for ten seconds\. \[1\]$/, hold.text);
    // Not a list headed "To do this week:", which goes on from nothing before it.
    const notes = onePage('notes.txt', 'The plumber fixed the boiler on Tuesday and charged 120 pounds. To do this week: call the bank about the mortgage and book the dentist for Sam.');
    const dentist = await collect(answerer.answer({ question: 'Who should I book the dentist for?', history: [], sources: [notes] }));
    assert.match(dentist.text, /^To do this week: call the bank/, dentist.text);

    // A follow-up never repeats the pair, nor the sentence it led with.
    const history = [
      { role: 'user' as const, text: 'Who led the team that built the walking prototype?' },
      { role: 'assistant' as const, text: who.text },
    ];
    const more = await collect(answerer.answer({ question: 'and when did she join?', history, sources: [lab] }));
    assert.ok(!more.text.includes('She later led the team') && !more.text.includes('Maria Okafor joined the lab'), more.text);
  });

  test('the sentence before is a finished sentence of the same prose: not a list item, a heading, nor one the sentence does not need', async () => {
    const pancakes = onePage('pancakes.md', 'Ingredients:\n- 250 g flour\n- 300 ml milk\nThis makes about 12 pancakes.\n\nMethod\nIt is best to rest the batter for an hour.');
    const many = await collect(answerer.answer({ question: 'How many pancakes does this make?', history: [], sources: [pancakes] }));
    assert.match(many.text, /^This makes about 12 pancakes\. \[1\]/, many.text);
    const rest = await collect(answerer.answer({ question: 'How long should the batter rest?', history: [], sources: [pancakes] }));
    assert.match(rest.text, /^It is best to rest the batter for an hour\. \[1\]/, rest.text);
    // "This step needs two people" matches nothing of the question itself: it borrows no words from the drill line.
    const shelf = onePage('shelf-guide.txt', 'Mark the wall at 150 cm. Drill two holes with a 6 mm bit. This step needs two people: lift the shelf onto the brackets and hold it level.');
    const drill = await collect(answerer.answer({ question: 'What size drill bit do I need?', history: [], sources: [shelf] }));
    assert.match(drill.text, /^Drill two holes with a 6 mm bit\. \[1\]/, drill.text);
  });

  test('a document\'s name says what its lines are about, never the field or the priced thing a question asks for', async () => {
    const review = onePage('Chen Wei - salary review.txt', 'Employee: Chen Wei\nRole: Data analyst\nStart date: 4 March 2021\nManager: Priya Nair\nReview date: 1 June 2024');
    const salary = await collect(answerer.answer({ question: "What is Chen Wei's salary?", history: [], sources: [review] }));
    assert.equal(salary.notFound, true, salary.text);
    const invoice = onePage('Invoice INV-2041 - Brightside Design Ltd.txt', 'Brightside Design Ltd\n\nLogo refresh: £650.00\nMenu design: £420.00\nTotal due: £1,070.00');
    const website = await collect(answerer.answer({ question: 'How much does Brightside charge for a website?', history: [], sources: [invoice] }));
    assert.equal(website.notFound, true, website.text);
    const menu = await collect(answerer.answer({ question: 'How much did Brightside charge for the menu?', history: [], sources: [invoice] }));
    assert.match(menu.text, /^Menu design: £420\.00\. \[1\]/, menu.text);
    // A line in Title Case holding a room's code is data, not a heading (only a document's first line names a model so).
    const schedule = onePage('conference-day.txt', 'Conference Day Schedule\n\nKeynote In Room A1 Main Hall\nWorkshops In Rooms B2 And B3\nLunch is served at 12:30 in the atrium.');
    const keynote = await collect(answerer.answer({ question: 'Where is the keynote?', history: [], sources: [schedule] }));
    assert.match(keynote.text, /^Keynote In Room A1 Main Hall/, keynote.text);
  });

  test('"Who is the landlord?" is answered by the sentence naming who it is, not by one using the role', async () => {
    const lease = onePage(
      'lease-garden-flat.txt',
      'Residential lease\n\nThis lease is dated 2 May 2025 and is made between Olga Brandt (the Landlord) and Sunil Rao (the Tenant) for the garden flat at 9 Elm Row.\nThe Tenant must keep the garden tidy without help from the Landlord.\nThe Landlord may inspect the flat twice a year.\nThe Landlord insures the building.',
    );
    const landlord = await collect(answerer.answer({ question: 'Who is the landlord?', history: [], sources: [lease] }));
    assert.match(landlord.text, /^This lease is dated 2 May 2025 and is made between Olga Brandt \(the Landlord\)/, landlord.text);
    const tenant = await collect(answerer.answer({ question: 'Who is the tenant?', history: [], sources: [lease] }));
    assert.match(tenant.text, /^This lease is dated 2 May 2025/, tenant.text);
    // A role the question does not ask who holds is no definition: "Who inspects the flat?" is asked of what is done.
    const inspects = await collect(answerer.answer({ question: 'Who may inspect the flat?', history: [], sources: [lease] }));
    assert.match(inspects.text, /^The Landlord may inspect the flat twice a year\. \[1\]/, inspects.text);
  });

  test('"What time…?" is answered by the clock time, not by the day\'s line naming the place', async () => {
    const trip = onePage(
      'croatia-trip.txt',
      'Croatia — our plan\n\nDay 4 (Saturday 7 June): Old town walk in Split.\nDay 5 (Sunday 8 June): Boat to Hvar. Lunch booked at Konoba Luka at 13:15.\nDay 6 (Monday 9 June): Beach day.',
    );
    const lunch = await collect(answerer.answer({ question: 'What time is lunch on Hvar?', history: [], sources: [trip] }));
    assert.match(lunch.text, /^Lunch booked at Konoba Luka at 13:15\. \[1\]/, lunch.text);
  });

  test('a short word finds the noun made of it with "-ment" ("pay" finds "Payment"); "wait" does not find "waiter"', async () => {
    const terms = onePage(
      'terms.txt',
      'Rental terms — Harbour Kayaks\n\nThe deposit is £50 per kayak and is returned when the kayak is back.\nPayment of the deposit is by card or cash at the boathouse.\nThe boathouse opens at 9:00.',
    );
    const pay = await collect(answerer.answer({ question: 'How do I pay the deposit?', history: [], sources: [terms] }));
    assert.match(pay.text, /^Payment of the deposit is by card or cash at the boathouse\. \[1\]/, pay.text);
    const cafe = onePage('cafe-notes.txt', 'Café notes\n\nEach waiter covers six tables.\nThe kitchen closes at 22:00.');
    const wait = await collect(answerer.answer({ question: 'How long is the wait for a table?', history: [], sources: [cafe] }));
    assert.equal(wait.notFound, true, wait.text);
  });

  const minutes = () =>
    onePage(
      'minutes-2024-05-14.md',
      '# Product team meeting — 14 May 2024\n\nAttendees: Sara Lindqvist (chair), Omar Haddad, Julia Chen, Ben Okafor\nApologies: Dana Whitfield\n\n## Decisions\n- The mobile app launch moves from 3 June to 17 June.\n- Julia will own the onboarding redesign.\n\n## Action items\n- Omar to draft the release notes by 10 June.\n\nNext meeting: 28 May 2024, 14:00, Room 3B.',
    );

  test('a quote that shares the question\'s subject but may not answer it is said to be unsure, before its words', async () => {
    // "absent" is nowhere in the minutes (they say "Apologies"): the closest line is about the next meeting.
    const absent = await collect(answerer.answer({ question: 'Who was absent from the meeting?', history: [], sources: [minutes()] }));
    assert.equal(absent.notFound, false, absent.text);
    assert.equal(absent.unsure, true, absent.text);
    assert.equal(absent.unsureAfter, 0, 'said before the first word');
    const next = await collect(answerer.answer({ question: 'When is the next meeting?', history: [], sources: [minutes()] }));
    assert.match(next.text, /^Next meeting: 28 May 2024/, next.text);
    assert.equal(next.unsure, false, 'a plain answer is not hedged');
    const refused = await collect(answerer.answer({ question: 'What is the marketing budget for the launch party?', history: [], sources: [minutes()] }));
    assert.equal(refused.notFound, true, refused.text);
    assert.equal(refused.unsure, false, 'a refusal is not also unsure');
  });

  test('a yes-or-no question turning on a word the documents never say, in any form, is answered unsure', async () => {
    const guide = () =>
      onePage(
        'sourdough-for-beginners.md',
        '# Making a starter\n\nA starter is a mix of flour and water that wild yeast and bacteria live in. It takes about seven days to become active.\n\nYour starter is ready when it doubles in size within 6 hours of a feed. You can use rye flour or wholemeal flour for a livelier starter.\n\n# Pregnancy and diet\n\nThe bread is safe to eat during pregnancy.',
      );
    // Pizza is nowhere in the guide: what it says of a starter cannot say yes or no to pizza.
    const pizza = await collect(answerer.answer({ question: 'Can I use a sourdough starter to make pizza?', history: [], sources: [guide()] }));
    assert.equal(pizza.notFound, false, pizza.text);
    assert.equal(pizza.unsure, true, pizza.text);
    // Every word said: a plain answer.
    const rye = await collect(answerer.answer({ question: 'Can I use rye flour for my starter?', history: [], sources: [guide()] }));
    assert.match(rye.text, /rye flour/, rye.text);
    assert.equal(rye.unsure, false, rye.text);
    // "pregnant" is said as "pregnancy": not unsaid.
    const pregnant = await collect(answerer.answer({ question: 'Can I eat the bread if I am pregnant?', history: [], sources: [guide()] }));
    assert.match(pregnant.text, /safe to eat during pregnancy/, pregnant.text);
    assert.equal(pregnant.unsure, false, pregnant.text);
  });

  test("a slide's title with its year names the bullets under it: they answer when and where, the title neither", async () => {
    const slides = () =>
      onePage(
        'allotment-agm-2027.pptx',
        'Greenhill Allotment Society: annual general meeting 2027\n\n- Tuesday 16 February 2027, 7:30pm\n- Greenhill Community Hall\n\nImportant dates\n\n- Rent due by 31 March\n- Seed swap on Saturday 6 March, 10am, in the hall',
      );
    const when = await collect(answerer.answer({ question: 'When is the allotment AGM?', history: [], sources: [slides()] }));
    assert.match(when.text, /^Tuesday 16 February 2027, 7:30pm/, when.text);
    // A bullet in Title Case is an item, not a heading; and where is answered by the place, not the date above it.
    const where = await collect(answerer.answer({ question: 'Where is the AGM held?', history: [], sources: [slides()] }));
    assert.match(where.text, /^Greenhill Community Hall/, where.text);
  });

  test('a short question with a subject of its own may get the sentence an earlier, wrong answer quoted', async () => {
    const history = [
      { role: 'user' as const, text: 'Who was absent from the meeting?' },
      { role: 'assistant' as const, text: 'Next meeting: 28 May 2024, 14:00, Room 3B. [1]' },
    ];
    const again = await collect(answerer.answer({ question: 'When is the next meeting?', history, sources: [minutes()] }));
    assert.match(again.text, /^Next meeting: 28 May 2024/, again.text);
    const more = await collect(answerer.answer({ question: 'What else?', history, sources: [minutes()] }));
    assert.doesNotMatch(more.text, /Next meeting/, 'asked for more, it is not quoted again');
  });

  test('a follow-up gets a sentence the previous answer quoted second, when that one answers it', async () => {
    const trip = onePage(
      'itinerary.txt',
      'Trip to Japan\n\nDay 1 (Saturday 12 October): Fly from London Heathrow at 11:05 on JL 42.\nDay 4 (Tuesday 15 October): Shinkansen to Kyoto.\nDay 8 (Saturday 19 October): Return flight from Kansai Airport at 13:40.',
    );
    const history = [
      { role: 'user' as const, text: 'From which airport do we fly?' },
      { role: 'assistant' as const, text: 'Day 1 (Saturday 12 October): Fly from London Heathrow at 11:05 on JL 42. [1] Day 8 (Saturday 19 October): Return flight from Kansai Airport at 13:40. [2]' },
    ];
    const back = await collect(answerer.answer({ question: 'And when is the return flight?', history, sources: [trip] }));
    assert.match(back.text, /^Day 8 \(Saturday 19 October\): Return flight/, back.text);
    // …but not where it only shares the conversation's words and another sentence says what is asked.
    const report = onePage(
      'falcon-status.txt',
      'Project Falcon status report\n\nProject Falcon is two weeks behind schedule. The sensor boards arrived late, on 14 May. The supplier had a fire at its Shenzhen plant. Testing of the boards began on 20 May. The team expects to finish testing by 30 June.',
    );
    const status = [
      { role: 'user' as const, text: 'Is Project Falcon on schedule and when did the boards arrive?' },
      { role: 'assistant' as const, text: 'Project Falcon is two weeks behind schedule. [1] The sensor boards arrived late, on 14 May. [2]' },
    ];
    const finish = await collect(answerer.answer({ question: 'So when will it finish?', history: status, sources: [report] }));
    assert.match(finish.text, /^The team expects to finish testing by 30 June\./, finish.text);
  });

  test('a follow-up about the record that answered is answered by the field it asks, never by another person\'s record', async () => {
    const contacts = onePage(
      'contacts.txt',
      'Regional contacts\n\nName: Priya Nair | Office: Leeds | Phone: 0113 496 0021 | Start date: 3 May 2021\nName: Owen Hughes | Office: Cardiff | Phone: 029 2018 0044 | Start date: 9 January 2019\nName: Lena Vogel | Office: Leeds | Phone: 0113 496 0730 | Start date: 14 August 2022',
    );
    const history: Array<{ role: 'user' | 'assistant'; text: string }> = [];
    const ask = async (question: string) => {
      const answer = await collect(answerer.answer({ question, history: [...history], sources: [contacts] }));
      history.push({ role: 'user', text: question }, { role: 'assistant', text: answer.text });
      return answer;
    };
    const phone = await ask("What is Priya's phone number?");
    assert.match(phone.text, /^Name: Priya Nair; Office: Leeds; Phone: 0113 496 0021; Start date: 3 May 2021\. \[1\]$/, phone.text);
    // Named by its column (or a word of its column's, "based" for "Office"): that field, with whose record it is.
    const based = await ask('Where is she based?');
    assert.match(based.text, /^Name: Priya Nair; Office: Leeds\. \[1\]/, based.text);
    assert.equal(based.citations[0][0].text, contacts.text.split('\n')[2], 'the citation highlights her whole record');
    // Named by the kind of answer its wh-word asks: the field holding a date.
    const start = await ask('And when did she start?');
    assert.match(start.text, /^Name: Priya Nair; Start date: 3 May 2021\. \[1\]/, start.text);
    // Asked what no field holds: not found, not another person's record.
    const salary = await ask('What is her salary?');
    assert.equal(salary.notFound, true, salary.text);
  });

  test('a follow-up after a record answered: another record only where the question names it, a field only where its column is asked', async () => {
    const staff = onePage(
      'staff.txt',
      'Staff\n\nName: Daniel Ruiz; Role: Sales Manager; Location: Madrid; Email: daniel.ruiz@acme.example\nName: Tom Becker; Role: Engineer; Location: Berlin; Email: tom.becker@acme.example\nName: Anna Schmidt; Role: Coordinator; Location: Leeds; Phone: 0161 555 0101\n\nOur head office is at 12 Calle Mayor, Madrid.',
    );
    const events = onePage('events.txt', 'Autumn events\n\nDate: 12 October; Event: Quiz night; Venue: Church Hall; Price: £5\nDate: 19 October; Event: Barn dance; Venue: Village Green; Price: £8', 2);
    const after = async (first: string, question: string, sources = [staff]) => {
      const answer = await collect(answerer.answer({ question: first, history: [], sources }));
      const history = [
        { role: 'user' as const, text: first },
        { role: 'assistant' as const, text: answer.text },
      ];
      return collect(answerer.answer({ question, history, sources }));
    };
    const tom = await after("What is Daniel's email?", "And Tom's role?");
    assert.match(tom.text, /^Name: Tom Becker; Role: Engineer; Location: Berlin; Email: tom\.becker@acme\.example\. \[1\]$/, tom.text);
    const office = await after("What is Daniel's email?", "And what's the head office's address?");
    assert.match(office.text, /^Our head office is at 12 Calle Mayor, Madrid\. \[1\]$/, office.text);
    // Anna's record has no e-mail: not Tom's or Daniel's.
    const email = await after("What is Anna's role?", 'And her email?');
    assert.equal(email.notFound, true, email.text);
    // A wh-word alone is no guide to a field's value (her phone number is a number, not her age)…
    const age = await after("What is Anna's phone number?", 'How old is she?');
    assert.equal(age.notFound, true, age.text);
    // Anna's record has no phone either: "number" goes with "phone", it names no other record.
    const phone = await after("What is Daniel's email?", 'And his phone number?');
    assert.equal(phone.notFound, true, phone.text);
    // The record's first field says whose it is, though the conversation named the role.
    const based = await after('Who is the Sales Manager?', 'Where is he based?');
    assert.match(based.text, /^Name: Daniel Ruiz; Location: Madrid\. \[1\]$/, based.text);
    // …but "Where is it?" asks for a venue, a location or an address, and so does "Where is it held?", whose "held" no
    // passage has; fields asked together are quoted together.
    for (const question of ['Where is it?', 'Where is it held?']) {
      const where = await after('When is the barn dance?', question, [events]);
      assert.match(where.text, /^Event: Barn dance; Venue: Village Green\. \[1\]$/, `${question} → ${where.text}`);
    }
    // An events list's first column is a date: what says which event it is, is the event's name.
    const date = await after('Where is the quiz night?', 'What date is it?', [events]);
    assert.match(date.text, /^Event: Quiz night; Date: 12 October\. \[1\]$/, date.text);
    // "Her", after the answer named Daniel's manager, is the manager: her own record answers, not Daniel's.
    const chain = onePage(
      'team.txt',
      'Team\n\nName: Daniel Ruiz; Role: Sales Manager; Manager: Sara Okafor; Email: daniel.ruiz@acme.example\nName: Tom Becker; Role: Engineer; Manager: Sara Okafor; Email: tom.becker@acme.example\nName: Sara Okafor; Role: HR Director; Manager: Board; Email: sara.okafor@acme.example',
      3,
    );
    const manager = await after("Who is Daniel's manager?", "What's her email?", [chain]);
    assert.match(manager.text, /^Name: Sara Okafor;.*Email: sara\.okafor@acme\.example\. \[1\]$/, manager.text);
    // …but not after "Who is the Sales Manager?", which found Daniel by his role.
    const sales = await after('Who is the Sales Manager?', 'What is his email?', [chain]);
    assert.match(sales.text, /^Name: Daniel Ruiz; Email: daniel\.ruiz@acme\.example\. \[1\]$/, sales.text);
    const both = await after('What is on 12 October?', 'And the venue and price?', [events]);
    assert.match(both.text, /^Event: Quiz night; Venue: Church Hall; Price: £5\. \[1\]$/, both.text);
  });

  test('a short question of its own borrows the conversation\'s words to search, never to add a sentence about them', async () => {
    const menu = onePage('menu.md', '# Dinner menu\n\n## Mains\n- Tagliatelle al ragù — €16\n- Grilled sea bass with lemon potatoes — €22\n\n## Desserts\n- Tiramisu — €7\n- Panna cotta with berries — €6');
    const history = [
      { role: 'user' as const, text: 'What does the sea bass cost?' },
      { role: 'assistant' as const, text: 'Grilled sea bass with lemon potatoes — €22. [1]' },
    ];
    const tiramisu = await collect(answerer.answer({ question: 'How much is the tiramisu?', history, sources: [menu] }));
    assert.equal(tiramisu.text, 'Tiramisu — €7. [1]');
  });

  test('a list item at the end of a section (a page of a Markdown or Word file) is quoted without the next section\'s heading', async () => {
    for (const heading of ['## Desserts', 'Desserts']) {
      const mains = '## Mains\n- Tagliatelle al ragù — €16\n- Grilled sea bass with lemon potatoes — €22';
      const desserts = `${heading}\n- Tiramisu — €7`;
      const text = `${mains}\n\n${desserts}`;
      const menu: AnswerSource = { n: 1, sid: 'base', fileId: 'menumdxxxxxxxxxx', fileName: 'menu.md', page: 3, pageEnd: 4, start: 0, end: desserts.length, text };
      const bass = await collect(answerer.answer({ question: 'What does the sea bass cost?', history: [], sources: [menu] }));
      assert.equal(bass.text, 'Grilled sea bass with lemon potatoes — €22. [1]', heading);
    }
    // A price written "14,-" ends its line; it does not run on into the next heading.
    const dashed = onePage('menu.md', '## Mains\n\nLasagne al forno 14,-\n\n## Desserts\n\nTiramisu 6,-');
    const lasagne = await collect(answerer.answer({ question: 'How much is the lasagne?', history: [], sources: [dashed] }));
    assert.equal(lasagne.text, 'Lasagne al forno 14,-. [1]');
    // An item or a numbered clause that wraps onto the next page goes on there, a capital or a figure first or not.
    const twoPages = (first: string, second: string): AnswerSource => ({ n: 1, sid: 'base', fileId: 'leasepdfxxxxxxxx', fileName: 'lease.pdf', page: 1, pageEnd: 2, start: 0, end: second.length, text: `${first}\n\n${second}` });
    const rent = twoPages('The Tenant shall:\n- pay the rent on or before the first day of each month by standing order to the', "Landlord's nominated account;\n- keep the garden tidy.");
    const paid = await collect(answerer.answer({ question: 'When must the rent be paid?', history: [], sources: [rent] }));
    assert.match(paid.text, /pay the rent on or before the first day of each month by standing order to the Landlord's nominated account/, paid.text);
    const notice = twoPages('9.1 Either party may terminate this Agreement by giving', "three months' written notice to the other party.");
    const ends = await collect(answerer.answer({ question: 'How can either party terminate the agreement?', history: [], sources: [notice] }));
    assert.match(ends.text, /by giving three months' written notice to the other party\. \[1\]$/, ends.text);
    // A form's line at a page's end is finished there: "Sunday: closed" does not run on into the next page's title.
    const hours = twoPages('Opening hours\nSaturday: 10:00 to 17:00\nSunday: closed', 'Borrowing\nAdults may borrow up to 12 items at a time.');
    const sunday = await collect(answerer.answer({ question: 'Is the library open on Sundays?', history: [], sources: [hours] }));
    assert.doesNotMatch(sunday.text, /Borrowing/, sunday.text);
    assert.match(sunday.text, /Sunday: closed\. \[1\]$/, sunday.text);
    // …nor does an invoice's total at a page's end run on into the next page's heading.
    const invoice = twoPages('Item Qty Price\nOil filter 1 £12.00\nSubtotal £274.00\nVAT at 20% £54.80\nTotal due £328.80', 'Advisories\nThe rear brake pads will need replacing within 6,000 miles.');
    const total = await collect(answerer.answer({ question: 'What was the total?', history: [], sources: [invoice] }));
    assert.equal(total.text, 'Total due £328.80. [1]');
  });

  test('a contract\'s numbered section title ("8. Governing law") is not quoted as the answer its clause gives', async () => {
    const contract = onePage(
      'agreement.pdf',
      "7. Liability\n\n7.1 The Supplier's total liability shall not exceed the fees paid in the 12 months preceding the claim.\n\n8. Governing law\n\n8.1 This Agreement is governed by the laws of England and Wales.",
    );
    const law = await collect(answerer.answer({ question: 'Which law governs the agreement?', history: [], sources: [contract] }));
    assert.equal(law.text, '8.1 This Agreement is governed by the laws of England and Wales. [1]');
    // …set tight too, with no blank lines, as a Word file's numbered headings are.
    const tight = onePage('agreement.docx', contract.text.replace(/\n\n/g, '\n'));
    const tightLaw = await collect(answerer.answer({ question: 'Which law governs the agreement?', history: [], sources: [tight] }));
    assert.equal(tightLaw.text, '8.1 This Agreement is governed by the laws of England and Wales. [1]');
    // A recipe's numbered step without a full stop is still a step that answers.
    const recipe = onePage('bread.md', 'Method\n\n1. Mix the flour, yeast and salt\n\n2. Knead the dough for ten minutes\n\n3. Bake at 220C for 30 minutes.');
    const knead = await collect(answerer.answer({ question: 'How long do I knead the dough?', history: [], sources: [recipe] }));
    assert.match(knead.text, /^Knead the dough for ten minutes\. \[1\]$/, knead.text);
  });

  test('a sentence telling the number to call holds what "What is the phone number?" asks', async () => {
    const support = onePage(
      'support.md',
      'Brightdesk support\n\nFor urgent problems call our support line on 0800 123 4567, open 24 hours a day.\n\n| Name | Region | Phone |\n| --- | --- | --- |\n| Priya Nair | North | 0113 496 0021 |\n| Owen Hughes | Wales | 029 2018 0044 |',
    );
    const line = await collect(answerer.answer({ question: 'What is the support phone number?', history: [], sources: [support] }));
    assert.match(line.text, /^For urgent problems call our support line on 0800 123 4567/, line.text);
  });

  test('a record answers its column asked in other words: "job" of Role, "based" of Location', async () => {
    const staff = onePage(
      'staff.txt',
      'Staff list\n\nName: Aisha Bello; Role: Account Manager; Location: Lagos\nName: Tom Fischer; Role: Support Engineer; Location: Berlin\nName: Mei Tanaka; Role: Onboarding Specialist; Location: Tokyo',
    );
    const job = await collect(answerer.answer({ question: "What is Aisha's job?", history: [], sources: [staff] }));
    assert.match(job.text, /^Name: Aisha Bello; Role: Account Manager; Location: Lagos\. \[1\]$/, job.text);
    const berlin = await collect(answerer.answer({ question: 'Who is based in Berlin?', history: [], sources: [staff] }));
    assert.match(berlin.text, /^Name: Tom Fischer; Role: Support Engineer; Location: Berlin\. \[1\]$/, berlin.text);
    // A column the list does not have, named in other words, is still not found.
    const team = await collect(answerer.answer({ question: 'Which department is Mei in?', history: [], sources: [staff] }));
    assert.equal(team.notFound, true, team.text);
  });

  test('a timetable\'s row answers who teaches a class, from its Instructor column', async () => {
    const timetable = onePage(
      'timetable.xlsx',
      'Day: Monday\nTime: 18:30\nClass: Yoga Flow\nInstructor: Meera\nStudio: Studio 1\n\nDay: Tuesday\nTime: 12:15\nClass: Pilates\nInstructor: Claire\nStudio: Studio 1\n\nDay: Wednesday\nTime: 18:00\nClass: Zumba\nInstructor: Lucia\nStudio: Studio 2',
    );
    const pilates = await collect(answerer.answer({ question: 'Who teaches Pilates?', history: [], sources: [timetable] }));
    assert.match(pilates.text, /^Day: Tuesday; Time: 12:15; Class: Pilates; Instructor: Claire/, pilates.text);
    const spin = await collect(answerer.answer({ question: 'Who teaches Spin?', history: [], sources: [timetable] }));
    assert.equal(spin.notFound, true, spin.text);
  });

  test('a support line\'s number and hours answer "What is the support phone number?" and "When are the support lines open?"', async () => {
    const guide = onePage(
      'thermostat-guide.pdf',
      'Batteries\nThe batteries last about 2 years. Use alkaline AA batteries only.\n\nWarranty and support\nThe T3 has a 3-year warranty from the date of purchase when registered online.\nSupport: 0800 555 0199, Monday to Friday 8 am to 6 pm, or support@hometemp.example.',
    );
    for (const question of ['What is the support phone number?', 'When are the support lines open?']) {
      const { text, notFound } = await collect(answerer.answer({ question, history: [], sources: [guide] }));
      assert.equal(notFound, false, `${question} → ${text}`);
      assert.match(text, /^Support: 0800 555 0199, Monday to Friday 8 am to 6 pm/, question);
    }
  });

  test('"What is being done about X?" led by the sentence stating X is said with the next one, saying what is done', async () => {
    const minutes = onePage(
      'minutes.odt',
      '3. Bin store and recycling\n\nResidents have complained that the bin store is often overflowing on Mondays. The council has agreed to add a second collection on Thursdays from 3 December.\n\n5. Parking\n\nVisitors park in residents\u2019 bays. The committee voted 4 to 1 for a permit scheme. Permits would be checked by the managing agent.',
    );
    const bins = await collect(answerer.answer({ question: "What's being done about the overflowing bins?", history: [], sources: [minutes] }));
    assert.match(bins.text, /^Residents have complained that the bin store is often overflowing on Mondays\. \[1\] The council has agreed to add a second collection on Thursdays from 3 December\. \[2\]$/, bins.text);
    // What was decided is said once: the sentence after the decision is not added for that.
    const parking = await collect(answerer.answer({ question: 'What was decided about parking permits?', history: [], sources: [minutes] }));
    assert.match(parking.text, /The committee voted 4 to 1 for a permit scheme\./, parking.text);
    assert.doesNotMatch(parking.text, /checked by the managing agent/, parking.text);
    // Another question about the problem is answered by the problem alone.
    const when = await collect(answerer.answer({ question: 'On which day does the bin store overflow?', history: [], sources: [minutes] }));
    assert.doesNotMatch(when.text, /second collection/, when.text);
  });

  test('a line labelled with what the question asks answers it over a line that uses the word: "Salary:" for "What\'s the salary?"', async () => {
    const offer = onePage(
      'offer-letter.txt',
      'Dear Aisha,\n\nOffer of employment: Data Analyst\n\nWe are delighted to offer you the position of Data Analyst in our Insights team. Your manager will be Owen Price, Head of Insights.\n\nStart date: Monday 5 January 2027.\nSalary: \u00a338,500 per year, paid monthly on the last working day of the month.\nHours: 37.5 hours a week, Monday to Friday. You may work from home up to two days a week once your probation is complete.\nProbation: the first six months. During probation either side may end your employment with one week\'s notice.\nNotice period: after probation, one month on either side.\nHolidays: 25 days a year plus bank holidays, rising to 28 days after three years\' service.\nPension: we pay 5% of your salary into the company pension scheme if you contribute at least 3%.\nOther benefits: private medical insurance after probation, and a \u00a3500 yearly training budget.\n\nThis offer depends on two satisfactory references and proof of your right to work in the UK.',
    );
    // With word meanings, as the app answers: "salary" reads like a pension, and the two lines tied on words.
    const withMeanings = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const ask = async (question: string) => (await collect(withMeanings.answer({ question, history: [], sources: [offer] }))).text;
    assert.match(await ask("What's the salary?"), /^Salary: £38,500 per year/);
    assert.match(await ask('How long is the probation period?'), /^Probation: the first six months\./);
    assert.match(await ask('What is the notice period?'), /^Notice period: after probation, one month on either side\./);
    assert.match(await ask('How much goes into my pension?'), /^Pension: we pay 5% of your salary/);
  });

  test('a table row ending in a room\'s letter ("Room A") is a whole row, and answers', async () => {
    const agenda = onePage(
      'agenda.html',
      '## Morning\n\nTime | Session | Speaker | Room\n9:15 | Opening keynote: Net zero homes by 2035 | Dr Hannah Moss | Main Hall\n10:15 | Heat pumps in older houses | Raj Patel | Room A\n10:15 | Financing retrofit projects | Claire Dubois | Room B\n\n## Afternoon',
    );
    const { text, notFound } = await collect(answerer.answer({ question: 'What time is the talk on heat pumps?', history: [], sources: [agenda] }));
    assert.equal(notFound, false, text);
    assert.match(text, /^Time: 10:15; Session: Heat pumps in older houses; Speaker: Raj Patel; Room: Room A\. \[1\]$/, text);
  });

  test('an insurance schedule\'s row answers "Am I covered for…?", its empty last cell ("-") ending it', async () => {
    const schedule = onePage(
      'home-insurance-schedule.docx',
      '## Your cover\n\nSection | Sum insured | Excess\nBuildings | £350,000 | £250\nContents | £50,000 | £100\nPersonal possessions away from home | £2,000 (single item limit £1,000) | £100\nAccidental damage | Not included | -\nLegal expenses | £50,000 | Nil\n\nEscape of water claims carry an additional excess of £350.',
    );
    const { text, notFound } = await collect(answerer.answer({ question: 'Am I covered for accidental damage?', history: [], sources: [schedule] }));
    assert.equal(notFound, false, text);
    assert.match(text, /^Section: Accidental damage; Sum insured: Not included\b/, text);
    // A row found by its column's name alone ("cover" of "Sum insured") does not answer about what no document names.
    const withMeanings = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const subsidence = await collect(withMeanings.answer({ question: 'Does the insurance cover subsidence?', history: [], sources: [schedule] }));
    assert.equal(subsidence.notFound, true, subsidence.text);
  });

  test('a slide deck: "When does the build phase happen?", "What are the main risks?"', async () => {
    const slide = (page: number, text: string): AnswerSource => ({ ...onePage('kickoff.pptx', text), page, pageEnd: page, n: page });
    const deck = [
      slide(1, 'Website Redesign Project – Kickoff\n\nHartley & Co Solicitors\n6 October 2026'),
      slide(2, 'Why we are doing this\n\n- Half of our visitors use phones, and the current site is not mobile friendly\n- Enquiries through the website fell 18% last year'),
      slide(3, 'Timeline\n\nPhase | Dates\nDiscovery | October 2026\nBuild | January – February 2027\nLaunch | 31 March 2027'),
      slide(4, 'Risks\n\n- Content from partners arrives late\n- Migration of old blog posts takes longer than planned\n- Accessibility audit finds issues late in testing'),
    ];
    const ask = async (question: string) => collect(answerer.answer({ question, history: [], sources: deck }));
    // "happen" is a light verb, found in no slide: not a word the deck lacks.
    const build = await ask('When does the build phase happen?');
    assert.match(build.text, /^Phase: Build; Dates: January – February 2027\. \[1\]$/, build.text);
    // "main" asks for the list, and says nothing of which.
    const risks = await ask('What are the main risks?');
    for (const risk of ['Content from partners', 'Migration of old blog posts', 'Accessibility audit']) assert.match(risks.text, new RegExp(risk), risks.text);
  });

  test('"Why…?" is answered by what is under a heading saying why, over a sentence naming what is asked', async () => {
    const move = onePage(
      'office-move.txt',
      'Office move 2027\n\nWe are moving to Canal Street in May.\n\nWhy we are moving\n\n- The lease on Mill Road ends in April\n- The team has outgrown the second floor\n\nParking\n\n- Staff parking moves to the multi-storey on Dale Street',
    );
    const { text } = await collect(answerer.answer({ question: 'Why is the office moving?', history: [], sources: [move] }));
    assert.match(text, /^The lease on Mill Road ends in April\. \[1\]/, text);
  });

  test('an acronym the question writes is found spelled out in lower case: "When is the AGM?"', async () => {
    const minutes = onePage(
      'minutes.odt',
      'Next meeting\n\nThe next meeting will be on Tuesday 12 January 2027 at 7.30 pm. The annual general meeting is planned for April.',
    );
    const { text, notFound } = await collect(answerer.answer({ question: 'When is the AGM?', history: [], sources: [minutes] }));
    assert.equal(notFound, false, text);
    assert.match(text, /^The annual general meeting is planned for April\./, text);
  });

  test('a question asking only a price, led by a sentence writing none, is said to be unsure; other questions about money are not', async () => {
    const faq = onePage(
      'support-faq.md',
      '# CloudNest FAQ\n\n## How much storage do I get?\nThe Basic plan includes 100 GB, the Plus plan 1 TB and the Family plan 2 TB.\n\n## Do you offer refunds?\nAnnual plans can be refunded in full within 14 days of purchase.\n\n## Is there a fee for paying late?\nLate payments pause uploads until the invoice is settled.',
    );
    const invoice = onePage('invoice.txt', 'Invoice 2041\n\nLogo refresh: £650.00\nMenu design: £420.00\nTotal due: £1,070.00', 2);
    for (const question of ['How much does the Plus plan cost?', 'What is the price of the Family plan?']) {
      // The storage line names the plan, not its price; the invoice's prices are of other things.
      const { text, unsure, notFound } = await collect(answerer.answer({ question, history: [], sources: [faq, invoice] }));
      assert.match(text, /the Plus plan 1 TB/, question);
      assert.equal(unsure && !notFound, true, `${question} → ${text}`);
    }
    // Another thing's price is not the answer: the sentence about the coaching leads, said to be unsure.
    const club = onePage('club.txt', 'Courts can be booked up to seven days ahead. Adult membership costs £240 a year. Floodlights cost £4 per hour and are paid at the clubhouse. Coaching for juniors runs on Saturday mornings.', 4);
    const coaching = await collect(answerer.answer({ question: 'What does coaching for juniors cost?', history: [], sources: [club] }));
    assert.match(coaching.text, /^Coaching for juniors runs on Saturday mornings\. \[1\]/, coaching.text);
    assert.equal(coaching.unsure, true, coaching.text);
    // Not a price question: the storage, or whether there is a fee, is answered plainly.
    const storage = await collect(answerer.answer({ question: 'How much storage does the Plus plan include?', history: [], sources: [faq, invoice] }));
    assert.match(storage.text, /the Plus plan 1 TB/, storage.text);
    assert.equal(storage.unsure, false);
    const late = await collect(answerer.answer({ question: 'Is there a fee for paying late?', history: [], sources: [faq, invoice] }));
    assert.match(late.text, /Late payments pause uploads/, late.text);
    assert.equal(late.unsure, false);
    // Written as a price, in words or in a table's column, it is answered plainly.
    const priced = onePage('plans.md', 'The Plus plan costs 49 kr a month. The Family plan is free for the first year.\n\n| Plan | Price (USD) |\n| --- | --- |\n| Basic | 3 |', 3);
    const plus = await collect(answerer.answer({ question: 'How much does the Plus plan cost?', history: [], sources: [faq, priced] }));
    assert.match(plus.text, /^The Plus plan costs 49 kr a month\. \[1\]/, plus.text);
    assert.equal(plus.unsure, false);
    const basic = await collect(answerer.answer({ question: 'What does the Basic plan cost?', history: [], sources: [faq, priced] }));
    assert.match(basic.text, /^Plan: Basic; Price \(USD\): 3\. \[1\]/, basic.text);
    assert.equal(basic.unsure, false);
    // A sentence pricing another thing, though it names the one asked about, is no sure answer: a manual that prices
    // only the bike's spare battery does not say what the bike costs.
    const manual = onePage('metro-manual.md', '## Battery care\n\nCharge the battery at room temperature. A spare battery for the Metro 500 costs €549 from any dealer.\n\n## Servicing\n\nA standard service of the Metro 500 costs €79.', 5);
    const bike = await collect(answerer.answer({ question: 'How much does the Metro 500 cost?', history: [], sources: [manual] }));
    assert.equal(bike.unsure && !bike.notFound, true, bike.text);
    const battery = await collect(answerer.answer({ question: 'How much does a spare battery for the Metro 500 cost?', history: [], sources: [manual] }));
    assert.match(battery.text, /^A spare battery for the Metro 500 costs €549/, battery.text);
    assert.equal(battery.unsure, false, battery.text);
  });

  test('"How long is it?" is answered by its length, not by a count in the sentence that names it', async () => {
    const canal = onePage(
      'canal.txt',
      'The Grand Union Canal is the longest canal in Britain, with 166 locks and 12 aqueducts. It runs for 137 miles from London to Birmingham. It was completed in 1929.',
    );
    for (const question of ['How long is the Grand Union Canal?', 'how long is the grand union canal']) {
      const length = await collect(answerer.answer({ question, history: [], sources: [canal] }));
      assert.match(length.text, /It runs for 137 miles/, `${question} → ${length.text}`);
    }
  });

  test('an invoice line with an amount answers what a thing cost, though it does not say "cost"', async () => {
    const invoice = onePage(
      'invoice-0193.txt',
      'INVOICE\n\nInvoice number: INV-2024-0193\nInvoice date: 30 April 2024\nBill to: Harlow & Finch Architects\n\nWebsite redesign (40 hours at £85/hour): £3,400.00\nLogo refresh: £650.00\nHosting, 12 months: £240.00\nTotal due: £4,290.00\n\nPayment by bank transfer within 30 days.',
    );
    const logo = await collect(answerer.answer({ question: 'How much did the logo cost?', history: [], sources: [invoice] }));
    assert.equal(logo.notFound, false, logo.text);
    assert.match(logo.text, /^Logo refresh: £650\.00\. \[1\]/, logo.text);
    const trip = onePage('trip.txt', 'Day 1: Fly from London Heathrow at 11:05, arriving at Tokyo Haneda at 07:20 the next morning.\nDay 8: Return flight from Kansai Airport at 13:40.');
    const flights = await collect(answerer.answer({ question: 'How much did the flights cost?', history: [], sources: [trip] }));
    assert.equal(flights.notFound, true, flights.text);
  });

  test('a spec sheet\'s figure in its unit answers "how heavy", "what size", "what voltage" or "how loud", though it does not say so', async () => {
    const spec = onePage(
      'kettle-spec.txt',
      'Stillwater K3 Kettle — Technical Specifications\n\nModel: SW-K3\nCapacity: 1.7 litres\nPower: 2200 W, 220–240 V\nDimensions: 22 × 16 × 25 cm\nCord length: 75 cm\nWeight: 1.1 kg\nNoise level: 58 dB\nWarranty: 2 years',
    );
    // With word meanings, as the app answers, and without. The title line names the kettle and answers nothing.
    const withMeanings = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    for (const reader of [answerer, withMeanings]) {
      for (const [question, line] of [
        ['How heavy is the kettle?', 'Weight: 1.1 kg.'],
        ['What size is it?', 'Dimensions: 22 × 16 × 25 cm.'],
        ['What is the voltage of the kettle?', 'Power: 2200 W, 220–240 V.'],
        ['How loud is it?', 'Noise level: 58 dB.'],
      ]) {
        const { text, notFound } = await collect(reader.answer({ question, history: [], sources: [spec] }));
        assert.equal(notFound, false, `${question} ${text}`);
        assert.ok(text.startsWith(`${line} [1]`), `${question} ${text}`);
      }
      const price = await collect(reader.answer({ question: 'What is the price of the kettle?', history: [], sources: [spec] }));
      assert.equal(price.notFound, true, price.text);
    }
  });

  test('a PDF table\'s header row, its cells run together, names the columns of its rows and is not the answer', async () => {
    // As pdf.js gives a manual's table: the header's cells and each row's on one line, without separators.
    const manual = onePage(
      'wm7-manual.pdf',
      '4. Washing programmes\n\nProgramme Temperature Maximum load Duration\nCotton 20–90 °C 7 kg 3 h 10 min\nSynthetics 20–60 °C 3.5 kg 2 h 5 min\nWool Cold–40 °C 2 kg 55 min\n\nThe Quick 15 programme is meant for lightly soiled clothes only.',
    );
    const synthetics = await collect(answerer.answer({ question: 'What is the maximum temperature for synthetics?', history: [], sources: [manual] }));
    assert.equal(synthetics.notFound, false, synthetics.text);
    assert.match(synthetics.text, /^Synthetics 20–60 °C 3\.5 kg 2 h 5 min\. \[1\]/, synthetics.text);
    // What the header says goes without saying: another table's "Maximum load 7 kg" adds nothing to the row.
    const specs = onePage('wm7-manual.pdf', `2. Technical specifications\n\nFeature Value\nMaximum load 7 kg\nMaximum spin speed 1400 rpm\n\n${manual.text}`);
    const alone = await collect(answerer.answer({ question: 'What is the maximum temperature for synthetics?', history: [], sources: [specs] }));
    assert.equal(alone.text, 'Synthetics 20–60 °C 3.5 kg 2 h 5 min. [1]');
    // A header right after a finished sentence, as a PDF's text often has it, is one too.
    const afterSentence = onePage('wm7-manual.pdf', '3. Programmes\nChoose a programme to suit the fabric.\nProgramme Temperature Maximum load Duration\nCotton 20–90 °C 7 kg 3 h 10 min\nSynthetics 20–60 °C 3.5 kg 2 h 5 min');
    const warm = await collect(answerer.answer({ question: 'What is the maximum temperature for synthetics?', history: [], sources: [afterSentence] }));
    assert.match(warm.text, /^Synthetics 20–60 °C 3\.5 kg 2 h 5 min\. \[1\]/, warm.text);
    // A heading over prose is not a header: a sentence under it adding its words may answer a part of the question.
    const help = onePage('shop-help.md', '# Shop help\n\n## Returns and refunds\n\nItems can be returned within 30 days of delivery in their original packaging. Sale items cannot be returned. Refunds are paid to the original card within 5 working days of receiving the item.\n\n## Delivery\n\nStandard delivery takes 3 to 5 working days.');
    const refunds = await collect(answerer.answer({ question: 'How long do refunds take?', history: [], sources: [help] }));
    assert.match(refunds.text, /Refunds are paid to the original card within 5 working days/, refunds.text);
    // Its columns' units in brackets are still column names.
    const units = onePage('wm7.pdf', 'Programme Temperature (°C) Maximum load (kg) Duration\nCotton 20–90 7 3 h 10 min\nSynthetics 20–60 3.5 2 h 5 min');
    const hot = await collect(answerer.answer({ question: 'What is the maximum temperature for synthetics?', history: [], sources: [units] }));
    assert.match(hot.text, /^Synthetics 20–60 3\.5 2 h 5 min\. \[1\]/, hot.text);
    // A slide's point without a full stop over lines with figures is no header: it answers.
    const slide = onePage('review.pptx', 'Quarterly review\n\nCustomers love the new mobile app\nDownloads up 40 percent since March\nAverage rating 4.8 stars from 2000 reviews');
    const love = await collect(answerer.answer({ question: 'Do customers like the new app?', history: [], sources: [slide] }));
    assert.match(love.text, /^Customers love the new mobile app\. \[1\]/, love.text);
    // The header's words are its rows' only: the line after the table keeps its own section's ("Parking").
    const guide = onePage('visitor-guide.md', 'Visitor guide\n\n## Parking\n\nZone Rate per hour\nZone A 2.50 euros\nZone B 1.80 euros\n\nGates close at midnight.\n\n## Museum\n\nThe museum doors close at 6 pm.');
    const gates = await collect(answerer.answer({ question: 'When does the parking close?', history: [], sources: [guide] }));
    assert.match(gates.text, /^Gates close at midnight\. \[1\]/, gates.text);
  });

  test('a code the question names ("E40") counts for more than a word of it that another file happens to use', async () => {
    const contract = onePage(
      'service-agreement.pdf',
      '3. Service levels\n\n3.1 The Supplier shall achieve a forecast accuracy of at least 85%, measured as one minus the weighted mean absolute percentage error over each calendar quarter.\n\n3.2 If the accuracy falls below 85% in any quarter, the Customer shall be entitled to a service credit.',
      1,
    );
    const manual = onePage(
      'wm7-manual.pdf',
      '6. Troubleshooting\n\nCode Meaning What to do\n\nE10 No water is coming in\n\nCheck that the tap is open.\n\nE40 The door is not closed Close the door firmly until it clicks.\n\nE90 Electronic fault Switch the machine off and on again.',
      2,
    );
    const withMeanings = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    for (const reader of [answerer, withMeanings]) {
      const door = await collect(reader.answer({ question: 'What does error E40 mean?', history: [], sources: [contract, manual] }));
      assert.equal(door.notFound, false, door.text);
      // The contract's "forecast error" adds a word of the question, but not about E40.
      assert.equal(door.text, 'E40 The door is not closed Close the door firmly until it clicks. [1]');
    }
    // Within one file a code weighs as a word: the landing answers, not the line naming the flight; and the file's
    // sentence answering the question's other part is quoted though it does not name the code.
    const trip = onePage(
      'trip.txt',
      'Trip to Japan\n\nWe fly out on 3 April on flight JL42 from Heathrow, departing at 11:05.\n\nThe flight lands at Haneda at 07:40 the next morning.\n\nOur return flight JL41 leaves Haneda on 17 April at 10:20.',
    );
    const lands = await collect(answerer.answer({ question: 'When does JL42 land?', history: [], sources: [trip] }));
    assert.match(lands.text, /^The flight lands at Haneda at 07:40 the next morning\. \[1\]/, lands.text);
    const models = onePage('models.txt', 'Washing machines 2026\n\nThe WM7 has a 7 kg drum.\n\nThe WM9 has a 9 kg drum and a spin speed of 1600 rpm.\n\nBoth models have an energy rating of A.');
    const rating = await collect(answerer.answer({ question: 'How big is the WM9 drum and what is its energy rating?', history: [], sources: [models] }));
    assert.match(rating.text, /^The WM9 has a 9 kg drum and a spin speed of 1600 rpm\. \[1\] Both models have an energy rating of A\. \[2\]$/, rating.text);
  });

  test('a verb that says little ("come", "go") and that no line uses does not make the line that answers look absent', async () => {
    const withMeanings = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const lamp = onePage('lamp-spec.txt', 'Lumen D4 Desk Lamp — Specifications\n\nModel: LD-4\nBrightness: 800 lumens\nFinishes: Oak, Walnut, Graphite\nCable length: 1.8 m\nWarranty: 3 years');
    const finishes = await collect(withMeanings.answer({ question: 'Which finishes does it come in?', history: [], sources: [lamp] }));
    assert.equal(finishes.notFound, false, finishes.text);
    assert.match(finishes.text, /^Finishes: Oak, Walnut, Graphite\. \[1\]/, finishes.text);
    const tour = onePage(
      'tour.txt',
      'Walking tour — programme\n\nDay 1: Arrive in Lisbon and check in at Casa do Largo.\nDay 2: Coastal path to Cascais, lunch at the harbour.\nDay 3: Train to Sintra, departing Rossio at 09:10.\nDay 4: Free morning, then the evening flight home.',
    );
    const when = await collect(withMeanings.answer({ question: 'When do we go to Sintra?', history: [], sources: [tour] }));
    assert.equal(when.notFound, false, when.text);
    assert.match(when.text, /^Day 3: Train to Sintra/, when.text);
    // A word of substance that no line uses still tells a question about something they do not hold.
    const bulbs = await collect(withMeanings.answer({ question: 'Which bulbs does it come with?', history: [], sources: [lamp] }));
    assert.equal(bulbs.notFound, true, bulbs.text);
    // Nor does such a word in a name: "Gone Girl" is not "the girl".
    const books = onePage('books.txt', 'The Girl on the Train was written by Paula Hawkins and published in 2015. It sold over 20 million copies.');
    const gone = await collect(withMeanings.answer({ question: 'Who wrote Gone Girl?', history: [], sources: [books] }));
    assert.equal(gone.notFound, true, gone.text);
  });

  test("a figure the question gives is found within a row's range: an eight-year-old's dose, not the adults'", async () => {
    const leaflet = onePage(
      'cetirizine-leaflet.md',
      'How to take cetirizine\n\n| Age | Dose |\n| --- | --- |\n| Adults and adolescents 12 years and over | 10 mg (one tablet) once a day |\n| Children aged 6 to 12 years | 5 mg (half a tablet) twice a day |\n\nDo not give this medicine to children under 6 years of age.',
    );
    const ask = async (question: string) => (await collect(answerer.answer({ question, history: [], sources: [leaflet] }))).text;
    assert.match(await ask('Can my 8 year old take cetirizine and how much should she have?'), /^Age: Children aged 6 to 12 years; Dose: 5 mg/);
    assert.match(await ask('How much cetirizine for my 14-year-old?'), /^Age: Adults and adolescents 12 years and over; Dose: 10 mg/);
    const handbook = onePage('handbook.md', 'Annual leave grows with service.\n\n- 0–2 years of service: 15 days per year\n- 3–5 years of service: 20 days per year\n- 6 or more years of service: 25 days per year');
    const leave = (await collect(answerer.answer({ question: 'I have worked here for 4 years, how many leave days do I get?', history: [], sources: [handbook] }))).text;
    assert.match(leave, /^3–5 years of service: 20 days per year/, leave);
  });

  test("a file that names none of the question's names does not answer it where another file names them all", async () => {
    const newsletter = onePage('newsletter.html', 'Sports day is on 14 June. Children should come to school in their PE kit and wear a T-shirt in their house colour.');
    const datasheet = { ...onePage('metro-500-datasheet.docx', 'The Metro 500 e-bike has an aluminium frame. Its motor gives 250 W.', 2), fileId: 'metro500sheet000' };
    const colours = (await collect(answerer.answer({ question: 'What colours does the Metro 500 come in?', history: [], sources: [newsletter, datasheet] }))).text;
    assert.doesNotMatch(colours, /T-shirt/, colours);
    // Where no file holds every name ("Hillcrest" is nowhere), a name may be spelled otherwise: no file is set back.
    const kit = (await collect(answerer.answer({ question: 'What should children wear for Sports Day at Hillcrest?', history: [], sources: [newsletter, datasheet] }))).text;
    assert.match(kit, /PE kit/, kit);
  });

  test('a refused question in other words than the document\'s is shown the nearest sentence, named as such; an unrelated one none', async () => {
    const policy = onePage(
      'home-policy.md',
      '# Home insurance\n\n## What is covered\n\nWe cover your home against fire, storm, flood and theft.\n\n## What is not covered\n\n- Wear and tear, rot and mould\n- Damage caused by pets chewing, scratching or fouling\n- Loss while your home is empty for more than 60 days\n',
    );
    const near = await collect(answerer.answer({ question: 'Will I get paid if my parrot chews the sofa?', history: [], sources: [policy] }));
    assert.equal(near.notFound, true, near.text);
    assert.ok(near.text.startsWith(`${NOT_FOUND_MESSAGE}\n\n`), near.text);
    assert.equal(nearestQuoteOf(near.text), 'Damage caused by pets chewing, scratching or fouling. [1]');
    assert.deepEqual(
      near.citations[0].map((c) => [c.n, c.text.trim()]),
      [[1, '- Damage caused by pets chewing, scratching or fouling']],
    );
    // A dog is a pet, which the list names (general-words.ts): that answers, though unsure.
    const pet = await collect(answerer.answer({ question: 'Will I get paid if my dog chews the sofa?', history: [], sources: [policy] }));
    assert.equal(pet.notFound, false, pet.text);
    assert.equal(pet.unsure, true, pet.text);
    assert.match(pet.text, /^What is not covered: \[1\] Damage caused by pets chewing/, pet.text);
    const far = await collect(answerer.answer({ question: 'What is the per diem for Germany?', history: [], sources: [policy] }));
    assert.equal(far.notFound, true, far.text);
    assert.equal(far.text, NOT_FOUND_MESSAGE);
    assert.deepEqual(far.citations, [[]]);
  });

  test("another file's sentence that shares only a word the lead leaves out does not go on the lead's answer", async () => {
    // A travel policy, the whole of its first page, ranked above the insurance's passages.
    const travel = onePage('expenses-policy.txt', "NORTHWIND LTD - TRAVEL AND EXPENSES POLICY (v3, January 2026)\n\n1. Scope\nThis policy applies to all employees and contractors travelling on company business.\n\n2. Booking travel\nAll flights and hotels must be booked through the company travel portal at least 14 days before travel. Economy class is required for flights under 6 hours. Premium economy may be booked for flights over 6 hours with manager approval.\n\n3. Hotels\nThe nightly hotel limit is £150 in London and £110 elsewhere in the UK. Abroad, the limit is €180 per night in the euro area.\n\n4. Meals\nEmployees may claim up to £40 per day for meals when travelling overnight. Alcohol is not reimbursed. Client entertainment must be pre-approved by a director.\n\n5. Mileage\nUse of a private car is paid at 45p per mile for the first 10,000 miles in a tax year and 25p per mile after that.\n\n6. Claims\nSubmit expense claims within 30 days of the trip through the Expensify app, with itemised receipts.");
    const contents = { ...onePage('home-insurance.md', '### Contents\nYour household goods and personal possessions are covered up to £60,000. Single items worth more than £2,000 must be listed on your schedule, otherwise we will pay no more than £2,000 for any one item.', 2), page: 4 };
    const headings = { ...onePage('home-insurance.md', '## What is covered\n\n### Buildings', 3), page: 2 };
    const extra = { ...onePage('home-insurance.md', '### Accidental damage\nAccidental damage to contents is an optional extra. You have not chosen this option.', 4), page: 5 };
    const { text } = await collect(answerer.answer({ question: 'What is the contents cover limit?', history: [], sources: [travel, contents, headings, extra] }));
    assert.match(text, /^Your household goods and personal possessions are covered up to £60,000\. \[1\]/, text);
    assert.doesNotMatch(text, /limit is/, text);
  });

  test('a title saying what kind of document it is ("Quick Guide") lends none of its words to the sentences', async () => {
    // The guide as it is retrieved: its sections as pages, each under the title's heading.
    const title = 'AquaClean DW-45 Dishwasher — Quick Guide';
    const page = (n: number, text: string, headings?: string[]): AnswerSource => ({ ...onePage('dishwasher.md', text, n), page: n, pageEnd: n, headings });
    const sources = [
      page(1, '## Care\nClean the filter once a week. Add dishwasher salt when the salt light comes on. Never use washing-up liquid in the machine: it causes foam and leaks.', [title]),
      page(2, `# ${title}\n\n## Programmes`),
      page(3, '## Programmes\n| Programme | Temperature | Duration |\n|---|---|---|\n| Eco | 45 °C | 3 h 15 min |\n| Intensive | 70 °C | 2 h 10 min |\n| Quick | 40 °C | 30 min |\n\nUse Eco for everyday loads: it uses the least water and energy.', [title]),
    ];
    const { text, notFound } = await collect(answerer.answer({ question: 'How long does the quick wash take?', history: [], sources }));
    const lead = notFound ? nearestQuoteOf(text) : text;
    assert.match(lead, /^Programme: Quick; Temperature: 40 °C; Duration: 30 min\. \[1\]/, text);
  });

  test('a "Supplier" column is asked by who provides or supplies', async () => {
    const bills = onePage(
      'bills.csv',
      'Month: January\nSupplier: Octopus Energy\nService: Electricity\nAmount: £96.40\n\nMonth: February\nSupplier: Vodafone\nService: Broadband\nAmount: £32.00\n\nMonth: March\nSupplier: Thames Water\nService: Water\nAmount: £38.10',
    );
    for (const [question, supplier] of [['Who provides our broadband?', 'Vodafone'], ['Who supplies our water?', 'Thames Water']]) {
      const { text, notFound } = await collect(answerer.answer({ question, history: [], sources: [bills] }));
      assert.equal(notFound, false, `${question} → ${text}`);
      assert.match(text, new RegExp(`^Month: \\w+; Supplier: ${supplier};`), `${question} → ${text}`);
    }
  });

  test('a word the documents never use is not missing from the sentence that says it in a word of the same meaning', async () => {
    const newsletter = onePage(
      'school-newsletter.docx',
      'Millbrook Primary School Newsletter\n\nUniform\nPlease label every item of clothing with your child\'s name. The lost property box is by the main office.\n\nLunches\nSchool meals cost £2.60 a day. Please top up your child\'s account online.\n\nAttendance\nIf your child is ill, please phone the office on 01632 960 448 before 9am. Holidays in term time will not be authorised.',
    );
    const withMeanings = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const sick = await collect(withMeanings.answer({ question: 'What should I do if my child is sick?', history: [], sources: [newsletter] }));
    assert.equal(sick.notFound, false, sick.text);
    assert.match(sick.text, /^If your child is ill, please phone the office on 01632 960 448 before 9am\. \[1\]/, sick.text);
  });

  test('"Why was she admitted?" is answered by the line giving the reason for admission, not the one dating it', async () => {
    const letter = onePage(
      'discharge-letter.rtf',
      "St Clement's Hospital – Discharge Summary\nPatient: Margaret Ellis. Date of birth: 12/07/1951.\nAdmitted: 21 November 2026. Discharged: 25 November 2026.\nConsultant: Dr Rajesh Nair.\nReason for admission: chest pain. Diagnosis: angina.\nAdvice: do not drive for one week.",
    );
    const { text, notFound } = await collect(answerer.answer({ question: 'Why was she admitted to hospital?', history: [], sources: [letter] }));
    assert.equal(notFound, false, text);
    assert.equal(text, 'Reason for admission: chest pain. [1]');
  });

  test('a lead naming what is asked without what the question asks for is quoted with the next sentence, which gives it', async () => {
    const newsletter = onePage(
      'school-newsletter.docx',
      "Millbrook Primary School Newsletter\n\nYear 5 will spend three nights at Hilltop Outdoor Centre from 11 to 14 May. The cost is £185, which can be paid in instalments.\n\nWednesday 18 March: Parents' evening, 3:30pm to 7pm. Book a slot through the school app.",
    );
    const itinerary = onePage(
      'itinerary.pdf',
      'Trip itinerary\n\nOutbound flight\nTuesday 14 April: TAP Air Portugal TP1363, London Heathrow to Lisbon.\nDeparts 07:55, arrives 10:40 local time.\n\nHotel\nMemmo Alfama Hotel, Lisbon. Check-in is from 3pm. Check-out is by 11am.',
    );
    for (const [question, source, answer] of [
      ['How much is the Year 5 trip?', newsletter, 'Year 5 will spend three nights at Hilltop Outdoor Centre from 11 to 14 May. [1] The cost is £185, which can be paid in instalments. [2]'],
      ['How much is Couch to 5K?', onePage('club.html', 'Beginners\n\nOur Couch to 5K course starts on 6 April and runs for nine weeks on Monday evenings at 7pm. It costs £25, which includes a club T-shirt.'), 'Our Couch to 5K course starts on 6 April and runs for nine weeks on Monday evenings at 7pm. [1] It costs £25, which includes a club T-shirt. [2]'],
      // The instruction doing what a how-to question asks leads, with the line naming what it is done for.
      ["How do I book a parents' evening appointment?", newsletter, "Book a slot through the school app. [1] Wednesday 18 March: Parents' evening, 3:30pm to 7pm. [2]"],
      ['What time is my flight to Lisbon?', itinerary, 'Tuesday 14 April: TAP Air Portugal TP1363, London Heathrow to Lisbon. [1] Departs 07:55, arrives 10:40 local time. [2]'],
      // A lead that gives the time is quoted alone; so is one for a question asking a date, though "paid" is said.
      ['What time is check-in?', itinerary, 'Check-in is from 3pm. [1]'],
      ['When do I get paid?', onePage('offer.txt', 'Offer letter\n\nYou will be paid on the last working day of each month. Your salary is £38,500 a year.'), 'You will be paid on the last working day of each month. [1]'],
    ] as const) {
      const { text, unsure } = await collect(answerer.answer({ question, history: [], sources: [source] }));
      assert.equal(text, answer, question);
      assert.equal(unsure, false, question);
    }
    // Asked its price in so many words, the answer gives it, and is not said to be unsure for a lead without one.
    const trip = onePage('trip-letter.txt', 'Year 5 trip\n\nYear 5 go to Hilltop Outdoor Centre from 11 to 14 May. The cost is £185, which can be paid in instalments.');
    const price = await collect(answerer.answer({ question: "What's the price of the Hilltop trip?", history: [], sources: [trip] }));
    assert.equal(price.text, 'Year 5 go to Hilltop Outdoor Centre from 11 to 14 May. [1] The cost is £185, which can be paid in instalments. [2]');
    assert.equal(price.unsure, false, price.text);
  });

  test('whether a thing is there or may be brought is not found where no sentence names it or anything near it', async () => {
    const faq = onePage(
      'cowork-faq.md',
      "# The Loom coworking FAQ\n\n## Printing\nSend jobs to the printer called LOOM-PRINT. Printing is 10p a page.\n\n## Guests\nCan I bring a guest? Yes. Members can bring up to two guests a day for free.\n\n## Animals\nNo pets are allowed in the building, except assistance dogs.\n\n## Membership\nThere is no minimum term for members of the Loom.",
    );
    const withMeanings = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    for (const question of ['Is there a kitchen at the Loom?', 'Are there showers at the Loom?', 'Can I bring my bike into the Loom?']) {
      const { notFound, text } = await collect(withMeanings.answer({ question, history: [], sources: [faq] }));
      assert.equal(notFound, true, `${question} → ${text}`);
    }
    // Named in other words, it is answered: "friend" is near "guest", "cat" near "pets".
    for (const [question, answer, source] of [
      ['Can members bring a friend to the Loom?', /guests?\b/, undefined],
      // …also where the lead says it in the plural, further from it in meaning than the singular.
      ['Can members bring a friend to the Loom?', /^Members can bring up to two guests a day\./, onePage('loom-rules.md', '# The Loom house rules\n\n## Visitors\nMembers can bring up to two guests a day. Every guest signs in at reception.')],
      ['Can I bring my cat to the Loom building?', /^No pets are allowed in the building, except assistance dogs\./, undefined],
      // Another word of the thing, said by the lead, speaks of it: a minimum term of a minimum contract.
      ['Is there a minimum contract at the Loom?', /^There is no minimum term for members of the Loom\./, undefined],
    ] as const) {
      const { notFound, text } = await collect(withMeanings.answer({ question, history: [], sources: [source ?? faq] }));
      assert.equal(notFound, false, `${question} → ${text}`);
      assert.match(text, answer, question);
    }
  });

  test('what I spend or pay on a thing is said by the amount on its row, in none of those words', async () => {
    const budget = onePage(
      'household-budget.ods',
      'Monthly budget\n\nCategory: Housing\nItem: Rent\nBudget: £825\nActual: £825\n\nCategory: Food\nItem: Groceries\nBudget: £320\nActual: £356\n\nCategory: Leisure\nItem: Gym\nBudget: £29\nActual: £29',
    );
    for (const [question, row] of [
      ['How much do I spend on groceries?', 'Category: Food; Item: Groceries; Budget: £320; Actual: £356.'],
      ['How much did I pay for the gym?', 'Category: Leisure; Item: Gym; Budget: £29; Actual: £29.'],
    ]) {
      const { text, notFound } = await collect(answerer.answer({ question, history: [], sources: [budget] }));
      assert.equal(notFound, false, `${question} → ${text}`);
      assert.ok(text.startsWith(`${row} [1]`), `${question} → ${text}`);
    }
  });

  test('"the last service" of a service history is its latest row saying "service", "the first MOT" its earliest saying "MOT"', async () => {
    const history = onePage(
      'car-service-history.csv',
      'Date: 14/03/2022\nMileage: 12450\nGarage: Whitby Motors\nWork done: First service and oil change\nCost: £189.00\n\nDate: 02/04/2023\nMileage: 21980\nGarage: Whitby Motors\nWork done: Annual service; front brake pads replaced\nCost: £342.50\n\nDate: 19/03/2024\nMileage: 30115\nGarage: QuickFit Scarborough\nWork done: MOT and two new front tyres\nCost: £276.00\n\nDate: 25/03/2025\nMileage: 38740\nGarage: Whitby Motors\nWork done: Major service; timing belt replaced\nCost: £615.80\n\nDate: 18/03/2026\nMileage: 46902\nGarage: Whitby Motors\nWork done: MOT and annual service; wiper blades\nCost: £254.20',
    );
    const withMeanings = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    for (const [question, answer] of [
      ['How much did the last service cost?', 'Date: 18/03/2026; Mileage: 46902; Garage: Whitby Motors; Work done: MOT and annual service; wiper blades; Cost: £254.20. [1]'],
      // Alone: the row of the first service says "first", and adds nothing to the first MOT.
      ['When was the first MOT?', 'Date: 19/03/2024; Mileage: 30115; Garage: QuickFit Scarborough; Work done: MOT and two new front tyres; Cost: £276.00. [1]'],
      ['When was the timing belt replaced?', 'Date: 25/03/2025; Mileage: 38740; Garage: Whitby Motors; Work done: Major service; timing belt replaced; Cost: £615.80. [1]'],
    ]) {
      const { text } = await collect(withMeanings.answer({ question, history: [], sources: [history] }));
      assert.equal(text, answer, question);
    }
    // "Last" names no column the row lacks: the statement's later transfer answers.
    const statement = onePage(
      'bank-statement.csv',
      'Date: 06/10/2026\nDescription: TRANSFER TO SAVINGS\nAmount: -200.00\n\nDate: 12/10/2026\nDescription: COUNCIL TAX DD\nAmount: -142.00\n\nDate: 20/10/2026\nDescription: TRANSFER TO SAVINGS\nAmount: -300.00',
    );
    const transfer = await collect(withMeanings.answer({ question: 'What was the last transfer to savings?', history: [], sources: [statement] }));
    assert.equal(transfer.text, 'Date: 20/10/2026; Description: TRANSFER TO SAVINGS; Amount: -300.00. [1]');
  });

  test('a label meaning what the question names answers it: "Vehicle:" is the line "What car am I getting?" asks for', async () => {
    const agreement = onePage(
      'van-hire-agreement.rtf',
      'Van Hire Agreement\n\nHirer: Dana Fischer. Agreement number: VH-20417.\n\nVehicle: Ford Transit Custom or similar, manual, registration LD71 XPW.\n\nCollection: Leeds depot, Saturday 3 April 2027 at 08:00.\n\nReturn the car to the Leeds depot car park by 18:00. Taking the car abroad is not permitted.',
    );
    const withMeanings = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const { text } = await collect(withMeanings.answer({ question: 'What car am I getting?', history: [], sources: [agreement] }));
    assert.match(text, /^Vehicle: Ford Transit Custom or similar, manual, registration LD71 XPW\. \[1\]/, text);
  });

  test('of two rows holding the words asked, the one whose item says no more than the question answers alone', async () => {
    const policy = onePage('travel-policy.pptx', 'Travel limits\n\nItem | Limit\nMeal allowance | £25 per day\nHotel outside Manchester | £95 per night\nHotel in Manchester | £140 per night\nTaxi in Manchester | £30 per trip');
    const ask = async (question: string) => (await collect(answerer.answer({ question, history: [], sources: [policy] }))).text;
    assert.equal(await ask("What's the hotel limit in Manchester?"), 'Item: Hotel in Manchester; Limit: £140 per night. [1]');
    // Where no row's item is just what is asked, every row holding its words answers.
    assert.equal(await ask("What's the hotel limit?"), 'Item: Hotel outside Manchester; Limit: £95 per night. [1] Item: Hotel in Manchester; Limit: £140 per night. [2]');
  });

  test('a statement\'s payments: the last one asked is not refused for "last", and every row matching alike is quoted', async () => {
    const statement = onePage(
      'bank-statement-october.csv',
      'Date: 02/10/2026\nDescription: TESCO STORES 2231\nAmount: -54.20\nBalance: 1191.40\n\nDate: 04/10/2026\nDescription: RENT - ORCHARD LETTINGS\nAmount: -950.00\nBalance: 2891.40\n\nDate: 06/10/2026\nDescription: NETFLIX.COM\nAmount: -10.99\nBalance: 2880.41\n\nDate: 11/10/2026\nDescription: BRITISH GAS DD\nAmount: -78.00\nBalance: 2741.06\n\nDate: 24/10/2026\nDescription: TESCO STORES 2231\nAmount: -81.75\nBalance: 2300.83',
    );
    const first = 'Date: 02/10/2026; Description: TESCO STORES 2231; Amount: -54.20; Balance: 1191.40.';
    const last = 'Date: 24/10/2026; Description: TESCO STORES 2231; Amount: -81.75; Balance: 2300.83.';
    const withMeanings = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    for (const [question, answer] of [
      // No row says "last", "payment" or "shop": the amount says the payment, the order which one.
      ['How much was my last Tesco shop?', `${last} [1]`],
      ['When was the last Tesco payment?', `${last} [1]`],
      ['When was my first Tesco payment?', `${first} [1]`],
      ['What did I pay Tesco most recently?', `${last} [1]`],
      // Judged without "latest", which no row says: "charge" is said by the amount, "latest" by the order alone.
      ['How much was the latest Netflix charge?', 'Date: 06/10/2026; Description: NETFLIX.COM; Amount: -10.99; Balance: 2880.41. [1]'],
      ['What was the latest gas bill?', 'Date: 11/10/2026; Description: BRITISH GAS DD; Amount: -78.00; Balance: 2741.06. [1]'],
      // Two rows answer alike: both, in the statement's order, not the first as if it were the only one.
      ['How much did I spend at Tesco?', `${first} [1] ${last} [2]`],
      ['How much was the gas bill?', 'Date: 11/10/2026; Description: BRITISH GAS DD; Amount: -78.00; Balance: 2741.06. [1]'],
    ]) {
      const { text, notFound } = await collect(withMeanings.answer({ question, history: [], sources: [statement] }));
      assert.equal(notFound, false, `${question} → ${text}`);
      assert.equal(text, answer, question);
    }
  });

  test('the rows of a budget matching a question by a value are quoted together, not those matching by a column name', async () => {
    const budget = onePage(
      'household-budget.ods',
      'Category: Housing\nItem: Rent\nBudget: £825\nActual: £825\n\nCategory: Utilities\nItem: Gas and electricity\nBudget: £110\nActual: £134\n\nCategory: Food\nItem: Groceries\nBudget: £320\nActual: £356\n\nCategory: Utilities\nItem: Water\nBudget: £38\nActual: £38',
    );
    const utilities = await collect(answerer.answer({ question: 'What did I budget for utilities?', history: [], sources: [budget] }));
    assert.equal(
      utilities.text,
      'Category: Utilities; Item: Gas and electricity; Budget: £110; Actual: £134. [1] Category: Utilities; Item: Water; Budget: £38; Actual: £38. [2]',
    );
    // Every row says "Category" and "Budget" as column names: that makes none of them the answer, let alone all four.
    const most = await collect(answerer.answer({ question: 'Which category went most over budget?', history: [], sources: [budget] }));
    assert.ok(!most.text.includes('[2]'), most.text);
  });

  test('a fixtures list answers a date, a month or a score asked in words the sheet writes in figures or as another column', async () => {
    const fixtures = onePage(
      'u12-fixtures.xlsx',
      'Date: 06/09/2026\nOpponent: Eskdale Rovers\nHome/Away: Home\nVenue: Harbourside Park\nResult: Won 3-1\n\nDate: 27/09/2026\nOpponent: Ruswarp Colts\nHome/Away: Home\nVenue: Harbourside Park\nResult: Drew 2-2\n\nDate: 04/10/2026\nOpponent: Staithes Athletic\nHome/Away: Away\nVenue: Staithes Cliff Top\nResult: Won 4-0\n\nDate: 18/10/2026\nOpponent: Eskdale Rovers\nHome/Away: Away\nVenue: Eskdale Sports Ground\nResult: Lost 1-3\n\nDate: 22/11/2026\nOpponent: Sandsend Juniors\nHome/Away: Home\nVenue: Harbourside Park\n\nDate: 06/12/2026\nOpponent: Ruswarp Colts\nHome/Away: Away\nVenue: Ruswarp Village Field',
    );
    for (const [question, answer] of [
      ['Who are we playing on 22 November?', 'Date: 22/11/2026; Opponent: Sandsend Juniors; Home/Away: Home; Venue: Harbourside Park. [1]'],
      // Ruswarp twice: the December game's row, by its date.
      ['Where do we play Ruswarp in December?', 'Date: 06/12/2026; Opponent: Ruswarp Colts; Home/Away: Away; Venue: Ruswarp Village Field. [1]'],
      ['What was the score against Staithes Athletic?', 'Date: 04/10/2026; Opponent: Staithes Athletic; Home/Away: Away; Venue: Staithes Cliff Top; Result: Won 4-0. [1]'],
      // "Beat" asks the result; both games against Eskdale answer it.
      [
        'Did we beat Eskdale Rovers?',
        'Date: 06/09/2026; Opponent: Eskdale Rovers; Home/Away: Home; Venue: Harbourside Park; Result: Won 3-1. [1] Date: 18/10/2026; Opponent: Eskdale Rovers; Home/Away: Away; Venue: Eskdale Sports Ground; Result: Lost 1-3. [2]',
      ],
    ]) {
      const { text, notFound } = await collect(answerer.answer({ question, history: [], sources: [fixtures] }));
      assert.equal(notFound, false, `${question} → ${text}`);
      assert.equal(text, answer, question);
    }
    // A spreadsheet's dates are written as ISO dates: "6 December" is the one "2026-12-06" says.
    const iso = onePage('u12-fixtures-iso.xlsx', fixtures.text.replace(/(\d{2})\/(\d{2})\/(\d{4})/g, '$3-$2-$1'));
    const december = await collect(answerer.answer({ question: 'Who do we play on 6 December?', history: [], sources: [iso] }));
    assert.equal(december.text, 'Date: 2026-12-06; Opponent: Ruswarp Colts; Home/Away: Away; Venue: Ruswarp Village Field. [1]');
    // On 15 November the next game against Ruswarp is December's, the last one September's: not the season's last row.
    const midNovember = new ExtractiveAnswerer({ today: () => new Date(2026, 10, 15) });
    for (const [question, answer] of [
      ['When do we next play Ruswarp?', 'Date: 06/12/2026; Opponent: Ruswarp Colts; Home/Away: Away; Venue: Ruswarp Village Field. [1]'],
      ['When did we last play Ruswarp?', 'Date: 27/09/2026; Opponent: Ruswarp Colts; Home/Away: Home; Venue: Harbourside Park; Result: Drew 2-2. [1]'],
    ]) {
      const { text } = await collect(midNovember.answer({ question, history: [], sources: [fixtures] }));
      assert.equal(text, answer, question);
    }
  });

  test('the customer service or the vet\'s number is the line giving a number, not one labelled with a word of the question', async () => {
    const contract = onePage(
      'phone-contract.pdf',
      'Skylark Mobile - Contract summary\nCustomer: Priya Natarajan. Account number: SKY-4471-902.\n\nGetting help\nCall us on 0333 014 0101 (8am to 8pm, seven days a week) or chat with us in the Skylark app.',
    );
    const record = onePage(
      'biscuit-vet-record.txt',
      'Pet health record - Biscuit\n\nOwner: Jamie Cartwright, 14 Abbey Terrace, Whitby\nPet: Biscuit, male Cocker Spaniel, born 2 May 2021\nPractice: Eskside Veterinary Surgery, 01947 600 212\n\nWeight\nAt his last check-up Biscuit weighed 14.2 kg.',
      2,
    );
    const service = await collect(answerer.answer({ question: "What's the customer service number?", history: [], sources: [contract, record] }));
    assert.match(service.text, /^Call us on 0333 014 0101/, service.text);
    const vet = await collect(answerer.answer({ question: "What's the vet's phone number?", history: [], sources: [contract, record] }));
    assert.match(vet.text, /^Practice: Eskside Veterinary Surgery, 01947 600 212\. \[1\]/, vet.text);
    // "Vet" is short for "veterinary", as "tel" is for "telephone".
    const which = await collect(answerer.answer({ question: 'Which vet is Biscuit with?', history: [], sources: [record] }));
    assert.equal(which.notFound, false, which.text);
    assert.match(which.text, /Practice: Eskside Veterinary Surgery, 01947 600 212\. \[1\]/, which.text);
  });

  test('an email\'s "…wrote:" line says whose the quoted lines are, and a postal address answers "What is their address?"', async () => {
    const email = onePage(
      're-moving-quote.txt',
      'From: Dale Removals <quotes@dale-removals.co.uk>\nTo: Tom Price\nSubject: Re: Moving quote\n\nHi Tom,\n\nThanks for the list of rooms. We can move you on Saturday 3 July with two vans and four movers. The price is £640, including packing materials.\n\nBest wishes,\nMegan\nDale Removals | 01904 555 210\n\n' +
        '> On Wed, 16 Jun 2027 at 19:40, Tom Price wrote:\n> Hello, we are moving from a three-bedroom house to a flat in Leeds next month.\n> We live at 8 Mill Lane, York, YO1 7HH, and the van can park in the drive.\n> Thanks, Tom',
    );
    const address = await collect(answerer.answer({ question: "What is Tom's address?", history: [], sources: [email] }));
    assert.match(address.text, /^We live at 8 Mill Lane, York, YO1 7HH, and the van can park in the drive\. \[1\]/, address.text);
    // The line introducing the quote answers only when it was written.
    const when = await collect(answerer.answer({ question: 'When did Tom write?', history: [], sources: [email] }));
    assert.match(when.text, /^On Wed, 16 Jun 2027 at 19:40, Tom Price wrote\. \[1\]/, when.text);
  });

  test('a notice\'s "Reason:" answers why; a number is the asked one\'s where its file names them; "is fine" is no fine', async () => {
    const notice = onePage(
      'penalty-charge-notice.jpg',
      'PENALTY CHARGE NOTICE\n\nNotice number: PX 5512083\n\nLocation: Harbour Road car park, Poole\n\nReason: parked without displaying a valid ticket; Amount due: £70, reduced to £35 if paid within 14 days\n\nPay online at poolecarparks.co.uk or call 0300 555 0134',
    );
    const others = [
      onePage('gym-welcome.txt', 'Welcome to the gym.\n\nShow your membership number at the desk. Lockers take a £1 coin.', 2),
      onePage('trip.txt', 'Boarding passes: print them or show them on your phone at the gate.', 3),
      onePage('notes.txt', 'Call the school on Monday about the trip.', 4),
      onePage('guide.txt', 'Your number is shown at the top of each page.', 5),
    ];
    // A signature's parts: the firm's name, its registration and its mobile number, the file ranked last.
    const email = onePage(
      're-boiler.txt',
      'From: Dan Cole <dan@coleplumbing.co.uk>\nTo: Ellen Ward\nSubject: Re: Boiler\n\nHi Ellen,\n\nI can service the boiler on Monday morning. The old radiators are fine to keep.\n\nThanks,\nDan\nCole Plumbing & Heating | Gas Safe 604411 | 07700 900461',
      6,
    );
    const why = await collect(answerer.answer({ question: 'Why did I get a penalty charge?', history: [], sources: [notice, email] }));
    assert.match(why.text, /^Reason: parked without displaying a valid ticket/, why.text);
    const phone = await collect(answerer.answer({ question: "What is the plumber's phone number?", history: [], sources: [notice, ...others, email] }));
    assert.match(phone.text, /^Cole Plumbing & Heating \| Gas Safe 604411 \| 07700 900461\. \[1\]/, phone.text);
    // A sentence saying "phone" and whose it is gives no number: the letter's line giving one answers.
    const leaflet = onePage('waiting-room.txt', 'Welcome to the surgery.\n\nIn the waiting room, please switch your phone to silent before you see the dentist.');
    const letter = onePage('appointment-letter.txt', 'Dear Mr Cole,\n\nYour dentist appointment is on Tuesday 4 May at 10am.\n\nRiverside Dental Care | 14 Quay Street | 0113 496 0021', 3);
    const dentist = await collect(answerer.answer({ question: "What is the dentist's phone number?", history: [], sources: [leaflet, others[0], letter] }));
    assert.match(dentist.text, /^Riverside Dental Care \| 14 Quay Street \| 0113 496 0021\. \[1\]/, dentist.text);
    // Asked of the email alone, its first source.
    const fine = await collect(answerer.answer({ question: 'How much is the fine?', history: [], sources: [{ ...email, n: 1 }] }));
    assert.ok(fine.notFound, fine.text);
  });

  test("a messaging app's export answers by its message, with who sent it and without its date and time stamp", async () => {
    const chat = onePage(
      'family-chat.txt',
      "[02/06/2027, 18:10] Dad: Who's doing what for the barbecue on Saturday\n[02/06/2027, 18:12] Amy: I'll bring the burgers and a salad\n[02/06/2027, 18:13] Dad: Great, I'll get the charcoal\n[02/06/2027, 18:20] Leo: Tom is bringing his guitar",
    );
    const burgers = await collect(answerer.answer({ question: 'Who is bringing the burgers?', history: [], sources: [chat] }));
    assert.match(burgers.text, /^Amy: I'll bring the burgers and a salad\. \[1\]$/, burgers.text);
    // A message is quoted whole: what kind of cake is said after "I'll make the cake.".
    const cake = onePage('chat.txt', "[03/06/2027, 09:00] Dad: Who's baking?\n[03/06/2027, 09:02] Amy: I'll make the cake. Chocolate, with raspberries on top.\n[03/06/2027, 09:05] Dad: Perfect");
    const kind = await collect(answerer.answer({ question: 'What kind of cake is Amy making?', history: [], sources: [cake] }));
    assert.match(kind.text, /^Amy: I'll make the cake\. Chocolate, with raspberries on top\. \[1\]$/, kind.text);
  });

  test('"When does the dancing finish?" is answered by what it goes on until', async () => {
    const party = onePage('party.html', '## The evening\n\nThe reception is at the Old Mill, with dinner at 6pm and dancing until midnight.\n\n## Gifts\n\nNo gifts, please: your company is enough.');
    const dancing = await collect(answerer.answer({ question: 'When does the dancing finish?', history: [], sources: [party] }));
    assert.equal(dancing.notFound, false, dancing.text);
    assert.match(dancing.text, /^The reception is at the Old Mill, with dinner at 6pm and dancing until midnight\. \[1\]/, dancing.text);
    // Not where the sentence names another thing: the pub's food says nothing of when the shop closes.
    const guide = onePage('cottage-guide.txt', 'Nearby\n\nThe nearest shop is the Co-op in Ashby, a ten-minute drive. The Fox, a short walk across the fields, serves food until 9pm.');
    const shop = await collect(answerer.answer({ question: 'What time does the Co-op close?', history: [], sources: [guide] }));
    assert.ok(shop.notFound || shop.unsure, shop.text);
  });

  test('"When is the wedding?" of an invitation only its name calls a wedding is answered by the date under its title', async () => {
    // As retrieval gives its sections: the one under the title last.
    const section = (text: string, n: number, start: number): AnswerSource => ({ ...onePage('wedding-invitation.md', text, n), start, end: start + text.length });
    const sections = [
      section('## Where to stay\n\nWe have reserved rooms at the Grand Hotel at £90 a night when you book before 1 May 2028.', 1, 120),
      section('## RSVP\n\nPlease reply by 1 April 2028.', 2, 80),
      section('# Priya & Sam are getting married\n\nSaturday 4 June 2028', 3, 0),
    ];
    const when = await collect(answerer.answer({ question: 'When is the wedding?', history: [], sources: sections }));
    assert.match(when.text, /^Saturday 4 June 2028\. \[1\]/, when.text);
  });

  test('"get" says little: another file\'s sentence that says it does not answer "When will we get the slides?"', async () => {
    const policy = onePage('home-insurance.docx', 'Cancelling\n\nYou can cancel within 14 days of receiving your documents and get a full refund.');
    const agenda = onePage(
      'conference-agenda.html',
      'Retrofit North 2027\n\nRegistration opens at 8:30.\n\nSlides will be emailed to all attendees within a week of the event.',
      2,
    );
    const { text, notFound } = await collect(answerer.answer({ question: 'When will we get the slides?', history: [], sources: [policy, agenda] }));
    assert.equal(notFound, false, text);
    assert.match(text, /^Slides will be emailed to all attendees within a week of the event\. \[1\]$/, text);
  });

  test('a heading\'s word is ranked as the word of the sentence under it that says it: "How do I get an extension?"', async () => {
    const handbook = onePage(
      'module-handbook.docx',
      'Assessment\n\nThe coursework report is due at 12 noon on Friday 13 November.\n\nLate work and extensions\n\nWork submitted late loses 5 marks for each working day it is late, up to five working days. After that it gets a mark of zero.\n\nIf illness or another serious problem stops you from submitting on time, apply for an extension through the Student Hub before the deadline.',
    );
    const withMeanings = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const { text, notFound } = await collect(withMeanings.answer({ question: 'How do I get an extension?', history: [], sources: [handbook] }));
    assert.equal(notFound, false, text);
    // Alone: "…it gets a mark of zero" says only "get" of the question, which says nothing.
    assert.equal(text, 'If illness or another serious problem stops you from submitting on time, apply for an extension through the Student Hub before the deadline. [1]');
  });

  test('a document\'s name lends a word of the question less where another file\'s sentence says it: "How much data do I get?"', async () => {
    // The handbook's first page names it; its page on late work is what the search ranked first.
    const titlePage = onePage('module-handbook.md', '# ENV204 Environmental Data Analysis: Module handbook\n\nThe module leader is Dr Tomasz Wierzbicki.', 3);
    const latePage = 'Work submitted late loses 5 marks for each working day it is late. After that it gets a mark of zero.';
    const late = { ...titlePage, n: 1, page: 4, pageEnd: 4, end: latePage.length, text: latePage };
    const contract = onePage('phone-contract.pdf', 'Your plan\nPlan: Skylark Unlimited Lite, SIM only.\nAllowances: unlimited UK minutes and texts, and 60GB of data a month.', 2);
    // Six passages, as the app retrieves.
    const others = ['Feed 180 g of dry food a day.', 'Lectures are on Mondays at 10am.', 'The pass mark is 40%.'].map((text, i) => onePage(`notes-${'abc'[i]}.txt`, text, i + 4));
    const withMeanings = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const { text, notFound } = await collect(withMeanings.answer({ question: 'How much data do I get?', history: [], sources: [late, contract, titlePage, ...others] }));
    assert.equal(notFound, false, text);
    assert.match(text, /^Allowances: unlimited UK minutes and texts, and 60GB of data a month\. \[1\]/, text);
  });

  test('"Where do I find…?" is answered by a spot named by common nouns ("on the label under the base")', async () => {
    const recall = onePage(
      'product-recall.html',
      'Product recall: Brightline BL-200 air fryer\n\nWhich products are affected?\n\nBrightline BL-200 air fryers with batch codes 2406 to 2419 are affected. They were sold between June and October 2026.\n\nThe batch code is printed on the label under the base.',
    );
    const { text, notFound } = await collect(answerer.answer({ question: 'Where do I find the batch code?', history: [], sources: [recall] }));
    assert.equal(notFound, false, text);
    assert.match(text, /^The batch code is printed on the label under the base\. \[1\]/, text);
  });

  test('"How do I clean the filter?" is led by the instruction under a PDF\'s "Cleaning the filter", not by the error table\'s', async () => {
    // A PDF's title lines between sentences, without blank lines; "Cleaning the filter" opens on what is done.
    const manual = onePage(
      'washing-machine-manual.pdf',
      'Child lock\nTo turn the child lock on or off, press and hold Temp and Spin together for 3 seconds. A\nkey symbol shows on the display while it is on.\nCleaning the filter\nClean the pump filter every three months. Put a towel down, open the small flap at the\nbottom right of the front, unscrew the filter slowly and let the water drain into a\nshallow dish.\nError codes\nE10: the machine cannot fill with water. Check that the tap is turned on and the inlet\nhose is not kinked.\nE21: the water does not drain. Clean the pump filter and check the drain hose.\nE40: the door is not closed properly. Close it firmly until it clicks.\nWarranty\nThe machine has a two-year manufacturer warranty from the date of purchase.',
    );
    const meaning = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const { text } = await collect(meaning.answer({ question: 'How do I clean the filter?', history: [], sources: [manual] }));
    assert.match(text, /^Clean the pump filter every three months\. \[1\]/, text);
  });

  test('"Can we bring our dog?" is answered by a sentence about dogs, not by another file\'s "Please bring…"', async () => {
    const cottage = onePage('cottage-welcome.md', '## Pets\n\nWell-behaved dogs are welcome, up to two per stay, for £20 a dog. Dogs are not allowed upstairs or on the furniture.\nThere is a dog bowl and a towel for muddy paws in the utility room.', 1);
    const booking = onePage('booking-confirmation.txt', 'Your appointment is confirmed.\n\nPlease bring a list of any medicines you take and your reading glasses if you need them to fill in forms.', 2);
    const meaning = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    // As retrieval gives them: six passages, the booking's second.
    const others = ['Wifi', 'Bins', 'Heating', 'The area'].map((heading, i) => onePage(`note-${i}.md`, `## ${heading}\n\nAsk Sarah if anything is missing.`, i + 3));
    const { text } = await collect(meaning.answer({ question: 'Can we bring our dog?', history: [], sources: [cottage, booking, ...others] }));
    assert.match(text, /^(?:Well-behaved dogs are welcome|Dogs are not allowed upstairs)/, text);
  });

  test('"Can they take their phone on the trip?" asks about the phone whoever takes it: "Children may not bring mobile phones"', async () => {
    const letter = onePage(
      'year5-trip-letter.txt',
      'Year 5 trip to the Science and Industry Museum\n\nWe cannot take any child without consent. Children may not bring mobile phones or money. There is no visit to the gift shop.',
      1,
    );
    const meaning = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const others = ['Lunch', 'Uniform', 'Helpers', 'Medicine', 'Payment'].map((heading, i) => onePage(`note-${i}.md`, `## ${heading}\n\nAsk the school office if anything is unclear.`, i + 2));
    for (const question of ['Can they take their phone on the trip?', 'Can my son bring his phone on the trip?']) {
      const { text } = await collect(meaning.answer({ question, history: [], sources: [letter, ...others] }));
      assert.match(text, /^Children may not bring mobile phones or money\./, `${question} ${text}`);
    }
  });

  test('a web page\'s table of labels and values answers by the row its label names: "Where is the venue?" of "Venue | O2 Academy…"', async () => {
    const directions = onePage('concert-getting-there.html', '## Getting there\n\nThe venue is a 10 minute walk from Leeds railway station. There is no parking at the venue. Your tickets cost £32.50 each.', 1);
    const ticket = onePage(
      'concert-e-ticket.html',
      '# Your e-ticket\n\nThe Lanterns \u2013 Northern Lights Tour 2027\n\nDate | Saturday 20 February 2027\nVenue | O2 Academy Leeds, 55 Cookridge Street, Leeds LS2 3AW\nDoors | 18:30\nTickets | 2\nPrice paid | £71.50 (2 x £32.50 + £6.50 booking fee)\nOrder number | TM-88213-LEE',
      2,
    );
    const meaning = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const others = ['Bags', 'Refunds', 'Access', 'Times'].map((heading, i) => onePage(`note-${i}.md`, `## ${heading}\n\nAsk the box office if anything is unclear.`, i + 3));
    const { text } = await collect(meaning.answer({ question: 'Where is the venue?', history: [], sources: [directions, ticket, ...others] }));
    assert.match(text, /^Venue: O2 Academy Leeds, 55 Cookridge Street, Leeds LS2 3AW\. \[\d\]/, text);
    // A row naming what is asked gives no price without an amount of money: "Tickets: 2" is how many.
    const price = await collect(meaning.answer({ question: 'How much were the tickets?', history: [], sources: [directions, ticket, ...others] }));
    assert.match(price.text, /^Your tickets cost £32\.50 each\./, price.text);
    // Quoted after a row that lacks it, the row giving the amount reads as its label and value, without the cell separator.
    const alone = await collect(meaning.answer({ question: 'How much were the tickets?', history: [], sources: [ticket] }));
    assert.match(alone.text, /Price paid: £71\.50 \(2 x £32\.50 \+ £6\.50 booking fee\)\. \[\d\]/, alone.text);
    assert.ok(!alone.text.includes(' | '), alone.text);
  });

  test('"How much did the hotel cost?" is answered by the booking\'s total, the document naming what is priced', async () => {
    const meaning = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const booking = onePage(
      'hotel-booking-confirmation.txt',
      'Booking reference: HVW-55120\nArrival: Friday 9 April 2027\nRoom: Superior Double with sea view\nRate: Bed and breakfast\nTotal price: £296.00 (paid in full)\n\nIf you arrive after 9pm, please let us know so we can leave your key at the night desk.\n\nParking: we have a small car park behind the hotel, £8 per night, which cannot be reserved.\n\nPets: well-behaved dogs are welcome in ground floor rooms for £15 per night.',
      1,
    );
    const bill = onePage(
      'energy-bill-november.pdf',
      'Northfield Energy\nYour energy bill\nAmount due: £142.37\nElectricity\nYou used 296 kWh this month, costing £87.29 including VAT at 5%.\nGas\nYou used 742 kWh of gas this month, costing £55.08 including VAT.',
      2,
    );
    const gym = onePage('gym-membership-terms.md', '## Classes\n\nIf you cannot attend, cancel at least 2 hours before the class starts, or a £3 late cancellation fee is charged.', 3);
    const others = ['Fees', 'Lockers', 'Guests'].map((heading, i) => onePage(`note-${i}.md`, `## ${heading}\n\nAsk at reception if anything is unclear.`, i + 4));
    const ask = async (question: string) => (await collect(meaning.answer({ question, history: [], sources: [booking, bill, gym, ...others] }))).text;
    assert.match(await ask('How much did the hotel cost?'), /^Total price: £296\.00 \(paid in full\)\. \[1\]/);
    assert.match(await ask('How much is my energy bill this month?'), /^Amount due: £142\.37\. \[\d\]/);
    // A total does not answer for a thing its document does not name.
    assert.match(await ask('How much does it cost to bring a dog?'), /^Pets: well-behaved dogs are welcome in ground floor rooms for £15 per night\./);
    // "What if…?" is answered by what to do on that condition, not by the line dating it.
    // As retrieval gives them: the gym's classes first, the booking's check-in paragraph second.
    const checkIn = onePage('hotel-booking-confirmation.txt', 'Arrival: Friday 9 April 2027\n\nCheck-in is from 3pm and check-out is by 11am. If you arrive after 9pm, please let us know so we can leave your key at the night desk.', 2);
    const late = await collect(meaning.answer({ question: 'What if we arrive late?', history: [], sources: [{ ...gym, n: 1 }, checkIn, ...others] }));
    assert.match(late.text, /^If you arrive after 9pm, please let us know/, late.text);
    // A condition in the passive ("wasn't collected") is met by the sentence supposing it, in a passage ranked third
    // below the page's opening that uses the same words.
    const binsPage = onePage('bins-and-recycling.html', '# Bins and recycling collections\n\nYour bins are collected every week on the same day. Put your bins out by 7am on your collection day.', 1);
    const garden = onePage('bins-and-recycling.html', '## Garden waste\n\nGarden bins are collected every two weeks from March to November.', 2);
    const missed = onePage('bins-and-recycling.html', '## Missed collections\n\nIf your bin was not collected, report it online within 2 working days of your collection day.', 3);
    const bins = await collect(meaning.answer({ question: "What do I do if my bin wasn't collected?", history: [], sources: [binsPage, garden, missed, ...others] }));
    assert.match(bins.text, /^If your bin was not collected, report it online/, bins.text);
    // What a booking covers says "included" in its own words: "Rate: Bed and breakfast".
    assert.match(await ask('Is breakfast included?'), /^Rate: Bed and breakfast\. \[1\]/);
    const dinner = await collect(meaning.answer({ question: 'Is dinner included?', history: [], sources: [booking, bill, gym, ...others] }));
    assert.equal(dinner.notFound, true, dinner.text);
  });

  test('a record asked for by a value no row holds is not answered by another row of the same name: "Mochi\'s rabies vaccine"', async () => {
    const row = (pet: string, vaccine: string, given: string, due: string) => `Pet: ${pet}\nSpecies: ${pet === 'Mochi' ? 'Cat' : 'Dog'}\nVaccine: ${vaccine}\nDate given: ${given}\nNext due: ${due}\nVet: Dr Anya Roy`;
    const records = onePage(
      'pet-vaccinations.csv',
      [row('Biscuit', 'DHP booster', '14/03/2026', '14/03/2029'), row('Biscuit', 'Kennel cough', '02/09/2026', '02/09/2027'), row('Mochi', 'Cat flu and enteritis', '21/06/2026', '21/06/2027'), row('Mochi', 'Feline leukaemia', '21/06/2026', '21/06/2027')].join('\n\n'),
    );
    const meaning = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const others = ['Fees', 'Classes', 'Parking', 'Breakfast', 'Tariff'].map((heading, i) => onePage(`note-${i}.md`, `## ${heading}\n\nAsk at reception if anything is unclear.`, i + 2));
    const ask = (question: string) => collect(meaning.answer({ question, history: [], sources: [records, ...others] }));
    const rabies = await ask("When is Mochi's rabies vaccine due?");
    assert.equal(rabies.notFound, true, rabies.text);
    // A value a row holds still picks it.
    const leukaemia = await ask("When is Mochi's leukaemia vaccine due?");
    assert.equal(leukaemia.notFound, false, leukaemia.text);
    assert.match(leukaemia.text, /Vaccine: Feline leukaemia; .*Next due: 21\/06\/2027/);
  });

  test('"Is there a dress code?" is not answered by "Show the QR code…": the code said is of another kind', async () => {
    const rules = onePage(
      'concert-e-ticket.html',
      '## Before you go\n\n- Show the QR code on your phone at the door; screenshots are not accepted.\n- Bags larger than A4 are not allowed into the venue.\n- Re-entry is not permitted once you leave the venue.',
      1,
    );
    const meaning = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const others = ['Stage times', 'Refunds', 'Access', 'Getting there', 'Parking'].map((heading, i) => onePage(`note-${i}.md`, `## ${heading}\n\nAsk the box office if anything is unclear.`, i + 2));
    const ask = (question: string) => collect(meaning.answer({ question, history: [], sources: [rules, ...others] }));
    const dress = await ask('Is there a dress code at the concert?');
    assert.equal(dress.notFound, true, dress.text);
    // The code that is there is still found.
    const code = await ask('Is there a QR code on the ticket?');
    assert.equal(code.notFound, false, code.text);
    assert.match(code.text, /^Show the QR code on your phone at the door/);
  });

  test("a session's own file answers before Docent's guide where both say the question's words", async () => {
    const inSession = (source: AnswerSource): AnswerSource => ({ ...source, sid: 'session1' });
    const email = inSession(onePage('it-welcome-email.txt', 'Welcome to Harrowfinch!\n\nYour username is j.kowalski. Never share your password with anyone, including IT: we will never ask for it.', 1));
    const guide = onePage('docent-user-guide.md', '## Adding documents\n\nA password-protected PDF asks for its password in place.', 2);
    const others = ['Printers', 'Wifi', 'Laptop', 'VPN'].map((heading, i) => inSession(onePage(`note-${i}.md`, `## ${heading}\n\nAsk the service desk if anything is missing.`, i + 3)));
    const meaning = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const { text } = await collect(meaning.answer({ question: 'Will IT ask for my password?', history: [], sources: [email, guide, ...others] }));
    assert.match(text, /^Never share your password with anyone, including IT: we will never ask for it\. \[1\]/, text);
    // Asked about Docent itself, the guide still answers: no file of the session says it.
    const session = await collect(meaning.answer({ question: 'How do I open a password-protected PDF?', history: [], sources: [email, guide, ...others] }));
    assert.match(session.text, /^A password-protected PDF asks for its password in place\. \[\d\]/, session.text);
  });

  test("a booking's fields answer by the one the question asks for, not by the one naming whose it is", async () => {
    const booking = onePage(
      'booking-confirmation.txt',
      'Your appointment is confirmed.\n\nAppointment: Check-up and scale and polish\nDentist: Dr Helen Marsh\nHygienist: Tom Reyes\nDate: Tuesday 16 March 2027\nAddress: 12 Mill Street, Ambleford AM3 4RT\nCost: £68.50 for the check-up\n\nParking: there is a pay and display car park behind the practice (£1.20 an hour).',
    );
    const ask = async (question: string) => (await collect(answerer.answer({ question, history: [], sources: [booking] }))).text;
    assert.match(await ask("What's the address of the dentist?"), /^Address: 12 Mill Street, Ambleford AM3 4RT\. \[1\]/);
    assert.match(await ask('Is there parking at the dentist?'), /^Parking: there is a pay and display car park/);
    assert.match(await ask('Who is my dentist?'), /^Dentist: Dr Helen Marsh\. \[1\]/);
  });

  test('"Where is the key?" is answered by the spot a guest is given ("in the grey key safe"), not by a key going to a place named, nor by where to leave it', async () => {
    const cottage = onePage(
      'cottage-welcome.md',
      '## Arriving and leaving\n\nCheck-in is from 4pm. The key is in the grey key safe to the left of the front door; the code is 4471.\nCheck-out is by 10am. Please leave the key in the key safe and close all the windows.',
      1,
    );
    const guide = onePage('docent-user-guide.md', '## Settings\n\nPinecone: an API key and an index name move the vectors from the local database to Pinecone.', 2);
    const meaning = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    // Four more passages, as retrieval gives six: the guide's is second, nearly as high as the cottage's.
    const others = ['Wifi', 'Bins', 'Pets', 'The area'].map((heading, i) => onePage(`note-${i}.md`, `## ${heading}\n\nAsk Sarah if anything is missing.`, i + 3));
    const { text } = await collect(meaning.answer({ question: 'Where is the key?', history: [], sources: [cottage, guide, ...others] }));
    assert.match(text, /^The key is in the grey key safe to the left of the front door/, text);
  });

  test('"How much is the rent?" is answered by the sentence stating the rent, not by the deposit priced in weeks of rent', async () => {
    const meaning = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const tenancy = onePage(
      'tenancy-agreement.odt',
      '## Rent\n\nThe rent is £1,375 per calendar month, payable in advance on the 1st day of each month by standing order to the account given in Schedule 1.\n\n## Deposit\n\nThe tenants have paid a deposit of £1,586, equal to five weeks\u2019 rent.',
      1,
    );
    const others = ['Keys', 'Bins', 'Pets', 'Repairs', 'Garden'].map((heading, i) => onePage(`note-${i}.md`, `## ${heading}\n\nAsk Harwood Lettings if anything is missing.`, i + 2));
    const ask = async (question: string) => (await collect(meaning.answer({ question, history: [], sources: [tenancy, ...others] }))).text;
    assert.match(await ask('How much is the rent?'), /^The rent is £1,375 per calendar month/);
    assert.match(await ask('How much is the deposit?'), /^The tenants have paid a deposit of £1,586/);
  });

  test('a home insurance summary answers in the words people use: burgled for "broken into", a bike for a bicycle, whom to call', async () => {
    const meaning = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const policy = onePage(
      'home-insurance-policy-summary.pdf',
      'Your cover\nContents cover up to £60,000 for household goods and personal belongings inside your home.\nPedal cycles are covered up to £750 each while away from home. Bicycles worth more than £750 must be named on your schedule.\nMaking a claim\nTo make a claim, call our claims team on 0330 024 8800. If your home has been broken into, report it to the police first and get a crime reference number.',
      1,
    );
    const tenancy = onePage(
      'tenancy-agreement.odt',
      '## Repairs\n\nThe landlord will have the gas boiler serviced every year and will give the tenants a copy of the gas safety certificate. For emergencies out of hours (no heating, a major leak) call 07700 900 466.',
      2,
    );
    const others = ['Keys', 'Bins', 'Pets', 'Garden'].map((heading, i) => onePage(`note-${i}.md`, `## ${heading}\n\nAsk the office if anything is missing.`, i + 3));
    const ask = async (question: string) => (await collect(meaning.answer({ question, history: [], sources: [policy, tenancy, ...others] })));
    assert.match((await ask("What should I do if I've been burgled?")).text, /^If your home has been broken into, report it to the police first/);
    assert.match((await ask('Is my bike covered if it is stolen?')).text, /Bicycles worth more than £750 must be named on your schedule|Pedal cycles are covered/);
    // A number to ring answers "Who do I call…?" as a name would.
    const call = await ask('Who do I call if the boiler breaks?');
    assert.equal(call.notFound, false, call.text);
    assert.match(call.text, /^For emergencies out of hours \(no heating, a major leak\) call 07700 900 466\./);
  });

  test('a recipe\'s sections: the sentence right under "## Banana bread" is no answer to what its ingredients and method say', async () => {
    const meaning = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    // As the app retrieves a Markdown file: a page per section, the headings above each, the shortest found first.
    const intro = { ...onePage('family-recipes.md', '## Banana bread\n\nMakes one loaf (10 slices). Use very ripe bananas: the browner the better.', 1), page: 4, pageEnd: 4, headings: ['Family recipes'] };
    const method = {
      ...onePage('family-recipes.md', '### Method\n\n1. Heat the oven to 180C (160C fan) and line a 2 lb loaf tin.\n2. Mash the bananas and mix in the butter, sugar and egg.\n3. Bake for 55 to 60 minutes, until a skewer comes out clean. Leave to cool in the tin for 10 minutes.', 2),
      page: 6,
      pageEnd: 6,
      headings: ['Family recipes', 'Banana bread'],
    };
    const ingredients = { ...onePage('family-recipes.md', '### Ingredients\n\n- 3 ripe bananas\n- 75 g melted butter\n- 150 g light brown sugar\n- 190 g plain flour', 3), page: 5, pageEnd: 5, headings: ['Family recipes', 'Banana bread'] };
    const sources = [intro, method, ingredients];
    const ask = async (question: string) => (await collect(meaning.answer({ question, history: [], sources }))).text;
    assert.match(await ask('How much flour goes in the banana bread?'), /^190 g plain flour\. \[1\]/);
    // "180C" is a temperature, and "a 2 lb loaf tin" says the tin's size; "10 minutes" says neither.
    assert.match(await ask('What temperature do I bake the banana bread at?'), /^Heat the oven to 180C \(160C fan\) and line a 2 lb loaf tin\. \[1\]/);
    assert.match(await ask('What size tin do I need for the banana bread?'), /^Heat the oven to 180C \(160C fan\) and line a 2 lb loaf tin\. \[1\]/);
  });

  test('a payslip answers in the words people ask it: take-home pay, days left, whom to contact', async () => {
    const meaning = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const payslip = onePage(
      'payslip-november.pdf',
      'Harrow & Finch Ltd - Payslip\nEmployee: Daniel Osei. Pay date: 27 November 2026.\nPayments\nBasic pay 2,850.00\nGross pay 3,154.50\nDeductions\nIncome tax 422.00\nNet pay 2,300.90\nHoliday entitlement: 28 days a year including bank holidays. Days taken: 17. Days remaining: 11.\nLockers take a £1 coin, which is returned.\nQuestions about your pay? Email payroll@harrowfinch.co.uk.',
    );
    const ask = async (question: string) => (await collect(meaning.answer({ question, history: [], sources: [payslip] }))).text;
    // "Take home" is "net"; "left" names the "remaining" line; an email address is whom to contact.
    assert.match(await ask('How much did I take home this month?'), /^Net pay 2,300\.90\. \[1\]/);
    assert.match(await ask('How many holiday days do I have left?'), /Days remaining: 11\. \[\d\]/);
    assert.match(await ask('Who do I contact about a problem with my pay?'), /^Questions about your pay\? Email payroll@harrowfinch\.co\.uk\. \[1\]/);
  });

  test('a council tax bill\'s lines give amounts of money without a currency sign, and a payment or an instalment asks for one', async () => {
    const meaning = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const wedding = onePage('wedding-guest-info.html', 'Dinner is served at 5:30pm, followed by speeches. The band starts at 8pm and the bar closes at midnight.', 1);
    const bill = onePage(
      'council-tax-bill-2027.pdf',
      'Calderbrook District Council\nCouncil Tax bill 2027/28\nAccount reference: 6120 0458 31.\nYour property is in band C.\nCharges for 1 April 2027 to 31 March 2028\nPolice and Crime Commissioner 248.60\nFire and Rescue Authority 86.15\nTotal charge for the year 2,050.00\nYou will pay 10 monthly instalments of £205.00, on the 1st of each month.\nTo pay by Direct Debit, or to spread the payments over 12 months instead, call 01632 960 455.\nIf you do not pay on time we will send a reminder. If you still do not pay, you lose the right to pay by instalments and the whole year becomes due.',
      2,
    );
    const ask = async (question: string) => (await collect(meaning.answer({ question, history: [], sources: [wedding, bill] }))).text;
    assert.match(await ask('How much is my council tax this year?'), /^Total charge for the year 2,050\.00\. \[1\]/);
    assert.match(await ask('How much is the fire service charge?'), /^Fire and Rescue Authority 86\.15\. \[1\]/);
    assert.match(await ask('How much is each monthly payment?'), /^You will pay 10 monthly instalments of £205\.00/);
    // "What happens if…" asks what follows, in none of its words but the condition's.
    assert.match(await ask("What happens if I don't pay?"), /^If you (?:still )?do not pay/);
    // "1st" is "first": the first payment is due on the 1st, not where the whole year "becomes due".
    assert.match(await ask('When is the first payment due?'), /^You will pay 10 monthly instalments of £205\.00, on the 1st/);
  });

  test('"What comes in the box?" is answered by the list of what is in it, not by a sentence where something "comes out"', async () => {
    const meaning = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const guide = onePage('router-quick-start.docx', '# What is in the box\n\nYour Hub 6 router, a power adapter, a grey Ethernet cable and a filter for your phone socket.', 1);
    const recipe = onePage('family-recipes.md', '## Banana bread\n\nBake for 55 to 60 minutes, until a skewer comes out clean.', 2);
    const { text } = await collect(meaning.answer({ question: 'What comes in the box?', history: [], sources: [recipe, guide] }));
    assert.match(text, /^Your Hub 6 router, a power adapter, a grey Ethernet cable and a filter for your phone socket\. \[1\]/, text);
  });

  test('what to do before something is an instruction under the heading naming it, not a title or a rule elsewhere', async () => {
    const meaning = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    // A PDF's lines: the manual's title on its first line, then its first section's heading in sentence case.
    const manual = onePage(
      'aqualine-wm814-quick-start.pdf',
      'Aqualine WM814 washing machine: quick start guide\nBefore first use\nRemove the three transit bolts from the back of the machine. Keep them\nin case you move the machine.\nRun an empty 60°C cotton wash without laundry to clean the drum.\nChoosing a programme\nCottons: for towels, bedding and everyday cotton, up to 8 kg, 40°C to 90°C.\nWool: for hand-wash wool, up to 2 kg, 30°C at most.',
    );
    const first = await collect(meaning.answer({ question: 'What do I need to do before using the washing machine for the first time?', history: [], sources: [manual] }));
    assert.match(first.text, /^Remove the three transit bolts/, first.text);
    // As retrieval ranked the guide's sections for "What time can we check in?": leaving first.
    const guide = ['# Leaving\n\nCheck-out is by 10am. Before you go, please strip the beds, run the dishwasher and leave the key in the key safe.\n\nLate check-out until 12 noon can be arranged for £25 if no one is arriving that day.', '# Welcome to Bramble Cottage\n\nWe hope you have a lovely stay. This guide has everything you need to know about the cottage.', '# Pets\n\nWell-behaved dogs are welcome, two at most. Please keep them off the beds and sofas, and do not leave them alone in the cottage.', '# Arriving\n\nCheck-in is from 4pm. The key is in the key safe to the left of the front door.'].map((text, i) => onePage('bramble-cottage-guide.docx', text, i + 1));
    const ask = async (question: string, sources = guide) => (await collect(meaning.answer({ question, history: [], sources }))).text;
    // …and for "What do we need to do before we leave?": the welcome, then pets.
    const leaving = await ask('What do we need to do before we leave?', [1, 2, 0, 3].map((i, n) => ({ ...guide[i], n: n + 1 })));
    assert.match(leaving, /Before you go, please strip the beds/, leaving);
    assert.doesNotMatch(leaving, /everything you need|keep them off/, leaving);
    // Checking in is not checking out, though both are "check" once "in" and "out" are dropped.
    assert.match(await ask('What time can we check in?'), /^Check-in is from 4pm\. \[1\]/);
    assert.match(await ask('When is check-out?'), /^Check-out is by 10am\. \[1\]/);
  });

  test('"need to" says only that a thing must be done, and "use" is "used": neither word brings a sentence that says no more', async () => {
    const meaning = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const letter = onePage(
      'year5-trip-letter.txt',
      'Year 5 trip to the Science and Industry Museum, Manchester\n\nThe coach will leave school at 8:45am, so children need to be in class by 8:30am. We expect to return to school at about 3:15pm.\n\nThe trip costs £14.50 per child, which covers the coach and a planetarium workshop. Please pay through ParentPay by Friday 29 January.',
    );
    const pay = await collect(meaning.answer({ question: 'When do I need to pay for the trip by?', history: [], sources: [letter] }));
    assert.equal(pay.text, 'Please pay through ParentPay by Friday 29 January. [1]');
    const bill = onePage(
      'energy-bill-november.pdf',
      'Northfield Energy\nYour energy bill\nGas\nUnit rate 6.04p per kWh. Standing charge 31.70p per day.\nYou used 742 kWh of gas this month, costing £55.08 including VAT.\nHelp and contacts\nPower cut? Call 105 for free.\nQuestions about your bill: call us on 0345 600 2141, Monday to Friday 8am to 6pm, or use\nlive chat in the Northfield app.',
    );
    const gas = await collect(meaning.answer({ question: 'How much gas did I use?', history: [], sources: [bill] }));
    assert.equal(gas.text, 'You used 742 kWh of gas this month, costing £55.08 including VAT. [1]');
  });

  test("a how-to question of a PDF's page without blank lines is answered by the prose of the section titled for it", async () => {
    const meaning = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const page = onePage(
      'aqualine-wm814-quick-start.pdf',
      'Detergent\nPut the detergent in compartment II of the drawer. Do not fill above the MAX line.\nChild lock\nTo lock the controls, press and hold Temp and Spin together for 3 seconds. Do the same\nto unlock them.\nCleaning the filter\nClean the drain pump filter every three months. Open the small flap at the bottom right,\nput a shallow tray under it, and turn the filter anticlockwise to remove it.\nError codes\nE10: No water is coming in. Check that the tap is turned on and the inlet hose is not\nkinked.\nE21: Water is not draining. Clean the drain pump filter and check the drain hose.',
    );
    const { text } = await collect(meaning.answer({ question: 'How do I clean the filter?', history: [], sources: [page] }));
    assert.match(text, /Clean the drain pump filter every three months\. \[1\]\n?.*Open the small flap at the bottom right, put a shallow tray under it, and turn the filter anticlockwise to remove it\. \[2\]/s, text);
    assert.doesNotMatch(text, /E10|E21/, text);
  });

  test('a list whose bullets a PDF lost is quoted whole for "What do I need to bring?"', async () => {
    const pdf = onePage('car-hire.pdf', "Car hire: collection\nThe desk is in the arrivals hall.\nWhat to bring:\nPassport\nDriving licence\nCredit card in the main driver's name\nThe desk opens at 9am and closes at 6pm.");
    const { text } = await collect(answerer.answer({ question: 'What do I need to bring?', history: [], sources: [pdf] }));
    assert.match(text, /Passport.*Driving licence.*Credit card in the main driver's name/s, text);
    assert.doesNotMatch(text, /desk opens/, text);
  });

  test("a lead holding only the document's name, of a question whose other word is nowhere, is no answer", async () => {
    const meaning = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const guide = [
      '# Welcome to Bramble Cottage\n\nWe hope you have a lovely stay. This guide has everything you need to know about the cottage.',
      '# Leaving\n\nCheck-out is by 10am. Before you go, please strip the beds, run the dishwasher and leave the key in the key safe.',
      '# Pets\n\nWell-behaved dogs are welcome, two at most. Please keep them off the beds and sofas.',
    ].map((text, i) => onePage('bramble-cottage-guide.docx', text, i + 1));
    const ask = (question: string) => collect(meaning.answer({ question, history: [], sources: guide }));
    for (const question of ['Can we smoke in the cottage?', "What is the cottage's postcode?"]) {
      const refused = await ask(question);
      assert.equal(refused.notFound, true, `${question} → ${refused.text}`);
    }
    // What the guide says of the cottage is answered, though the lead names it as the guide's name does.
    const answered = await ask('What time is check-out at the cottage?');
    assert.match(answered.text, /^Check-out is by 10am\. \[1\]/, answered.text);
    // …but a figure may give the thing asked in other words, and a word near in meaning the deed.
    const stay = ['# Bramble Cottage\n\nThe cottage costs £450 a week in summer and £300 a week in winter.\n\nThe cottage sleeps six people in three bedrooms.', '# Leaving\n\nCheck-out is by 10am.'].map((text, i) => onePage('bramble-cottage.docx', text, i + 1));
    const askStay = (question: string) => collect(meaning.answer({ question, history: [], sources: stay }));
    assert.match((await askStay("What is the cottage's tariff?")).text, /^The cottage costs £450 a week/);
    assert.match((await askStay("What is the cottage's capacity?")).text, /^The cottage sleeps six people/);
    assert.match((await askStay('Can we stay at the cottage?')).text, /^The cottage sleeps six people/);
    assert.equal((await askStay('Can we smoke at the cottage?')).notFound, true);
    const manual = onePage('aqualine-washing-machine-manual.pdf', 'Aqualine washing machine: quick start guide\nBefore first use\nRemove the three transit bolts from the back of the machine. Keep them in case you move the machine.\nCleaning the filter\nClean the drain pump filter every three months.');
    const descale = await collect(meaning.answer({ question: 'How do I descale the washing machine?', history: [], sources: [manual] }));
    assert.equal(descale.notFound, true, descale.text);
  });

  test("a reading list's row answers what is read and who wrote it, by its Book and Author columns", async () => {
    const meaning = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
    const rows = [['January', 'The Salt Path', 'Raynor Winn', 'Claire'], ['February', 'Klara and the Sun', 'Kazuo Ishiguro', 'Ben'], ['March', 'Hamnet', "Maggie O'Farrell", 'Sita']];
    const sheet = onePage('book-club-2027.tsv', rows.map(([month, book, author, host]) => `Month: ${month}\nBook: ${book}\nAuthor: ${author}\nHost: ${host}`).join('\n\n'));
    const ask = async (question: string) => collect(meaning.answer({ question, history: [], sources: [sheet] }));
    const march = await ask('What are we reading in March?');
    assert.equal(march.notFound, false, march.text);
    assert.match(march.text, /Book: Hamnet/, march.text);
    const wrote = await ask('Who wrote Klara and the Sun?');
    assert.match(wrote.text, /Author: Kazuo Ishiguro/, wrote.text);
  });

  test('a question about something the documents do not hold is refused, as a field of the answer', async () => {
    for (const question of ['Who was the first president of Brazil?', 'When did the Doctor Who series end?', 'How many species of fish live in the Amazon river?']) {
      const { notFound, citations } = await collect(answerer.answer({ question, history: [], sources: SOURCES }));
      assert.equal(notFound, true, question);
      assert.deepEqual(citations, [[]]);
    }
  });

  test('a summary request gives key sentences of that document in document order, each cited by page', async () => {
    const doc = DOCS.aaaaaaaaaaaaaaaa;
    const pages: AnswerSource[] = doc.map((text, i) => ({ n: i + 1, sid: 'base', fileId: 'aaaaaaaaaaaaaaaa', fileName: 'amazon.pdf', page: i + 1, pageEnd: i + 1, start: 0, end: text.length, text }));
    const { text, citations, notFound } = await collect(
      answerer.answer({ question: 'Summarize amazon.pdf', history: [], sources: pages, summary: { sid: 'base', fileId: 'aaaaaaaaaaaaaaaa', fileName: 'amazon.pdf' } }),
    );
    assert.equal(notFound, false);
    const cited = citations[0];
    assert.ok(cited.length >= 3, text);
    assert.ok(cited.every((c) => c.fileId === 'aaaaaaaaaaaaaaaa'), 'never from another file');
    const order = cited.map((c) => doc.join('\n\n').indexOf(c.text));
    assert.deepEqual(order, [...order].sort((a, b) => a - b), 'in document order');
    assert.ok(cited.some((c) => c.page === 2), 'cites the pages the sentences are on');
  });

  test('a document written in lines without full stops, an itinerary, is summarised from its lines, in order', async () => {
    const text =
      'LISBON CONFERENCE TRIP - ITINERARY\nTraveller: Dana Kowalski\n\nMonday 12 May\nFlight BA500 London Heathrow 07:25 - Lisbon 10:05\nTaxi to hotel, pre-booked with Lisbon Cabs\nCheck in at Hotel Avenida Palace from 14:00\n\n' +
      'Tuesday 13 May\nConference registration opens 08:30 in Hall A\nDana presents Scaling Search at 15:10 in Room 4\n\nThursday 15 May\nFlight BA503 Lisbon 11:00 - London Heathrow 13:40\n';
    const source: AnswerSource = { n: 1, sid: 's', fileId: 'bbbbbbbbbbbbbbbb', fileName: 'lisbon-trip.txt', page: 1, pageEnd: 1, start: 0, end: text.length, text };
    const { notFound, citations } = await collect(
      answerer.answer({ question: 'Summarize lisbon-trip.txt', history: [], sources: [source], summary: { sid: 's', fileId: 'bbbbbbbbbbbbbbbb', fileName: 'lisbon-trip.txt' } }),
    );
    assert.equal(notFound, false);
    const cited = citations[0].map((c) => c.text);
    assert.ok(cited.length >= 3, cited.join(' | '));
    assert.ok(cited.some((c) => c.startsWith('Flight BA500')) && cited.some((c) => c.startsWith('Flight BA503')), cited.join(' | '));
    const order = cited.map((c) => text.indexOf(c));
    assert.deepEqual(order, [...order].sort((a, b) => a - b), 'in document order');
  });

  // As the app answers: with the word meanings it ships.
  const asInApp = new ExtractiveAnswerer({ wordVectors: wordVectorsIn(defaultWordVectorsDir(), (m) => assert.fail(m)) });
  /** One question asked on its own of these sources, as the app asks it. */
  const askInApp = (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));

  test("a CV answers by its sections: the languages under LANGUAGES, today's job by its span to the present, and no salary", async () => {
    const cv = onePage(
      'amira-hassan-cv.pdf',
      'AMIRA HASSAN\nBristol | amira.hassan@mailbox.org | 07911 402 615\nPROFILE\nCivil engineer with eight years of experience designing bridges and flood defences.\nChartered member of the Institution of Civil Engineers since 2022.\nEXPERIENCE\n' +
        'Senior Structural Engineer, Avonbank Consulting, Bristol — 2021 to present\n• Lead engineer on the £12m Frome Valley flood defence scheme.\nGraduate Engineer, Harrow & Pike Ltd, Birmingham — 2017 to 2021\n' +
        '• Worked on highway drainage and retaining walls for the A38 upgrade.\nEDUCATION\nMEng Civil Engineering, University of Sheffield, 2013 to 2017.\nLANGUAGES\nEnglish (native), Arabic (fluent), French (conversational).\nReferences available on request.',
    );
    const ask = (question: string) => collect(asInApp.answer({ question, history: [], sources: [cv] }));
    // The line never says "speak": its heading names the kind of thing asked for.
    const languages = await ask('What languages does Amira speak?');
    assert.match(languages.text, /^English \(native\), Arabic \(fluent\), French \(conversational\)\. \[1\]/, languages.text);
    const now = await ask('Where does Amira work now?');
    assert.match(now.text, /^Senior Structural Engineer, Avonbank Consulting, Bristol — 2021 to present\. \[1\]/, now.text);
    // A CV's section names are asked in other words; "become" says nothing of what she became.
    const study = await ask('Where did Amira study?');
    assert.match(study.text, /^MEng Civil Engineering, University of Sheffield, 2013 to 2017\. \[1\]/, study.text);
    const chartered = await ask('When did she become chartered?');
    assert.equal(chartered.notFound, false, chartered.text);
    assert.match(chartered.text, /^Chartered member of the Institution of Civil Engineers since 2022\. \[1\]/, chartered.text);
    // Her name spelled in her mail address says nothing of her pay.
    const salary = await ask("What is Amira's salary?");
    assert.ok(salary.notFound, salary.text);
    // Her mail address is said in none of the words asking for it; another file's "by email" says them all.
    const board = onePage('CHANGELOG.md', '## Added\n\n- Shared boards: invite up to 10 people to a board by email address.', 2);
    const mail = await collect(asInApp.answer({ question: "What is Amira's email address?", history: [], sources: [cv, board] }));
    assert.match(mail.text, /^Bristol \| amira\.hassan@mailbox\.org \| 07911 402 615\. \[1\]/, mail.text);
  });

  test('minutes answer who is applying for what they will apply for, when the meeting finished, and how many households paid', async () => {
    const minutes = onePage(
      'committee-minutes.docx',
      '# Treasurer\'s report\n\nRaj reported a balance of £2,340. The committee agreed to keep the annual subscription at £10 per household. Subscriptions from 61 households have been received this year.\n\n' +
        '# Summer street party\n\nThe street party will be held on Saturday 19 June, with a road closure from 11am to 6pm. Lisa will apply to the council for the road closure licence, which costs £45.\n\n' +
        '# Close\n\nThe next meeting will be on Tuesday 13 April 2027. The meeting closed at 9:05pm.',
    );
    const guide = onePage('docent-user-guide.md', '## Ending a session\n\nIf Docent is closed while a session is being ended, Docent finishes erasing it the next time it starts.', 2);
    const ask = (question: string) => collect(asInApp.answer({ question, history: [], sources: [minutes, guide] }));
    const applying = await ask('Who is applying for the road closure?');
    assert.match(applying.text, /^Lisa will apply to the council for the road closure licence, which costs £45\. \[1\]/, applying.text);
    const finish = await ask('What time did the meeting finish?');
    assert.match(finish.text, /The meeting closed at 9:05pm\. \[1\]/, finish.text);
    assert.doesNotMatch(finish.text, /Docent/, finish.text);
    const paid = await ask('How many households have paid the subscription?');
    assert.match(paid.text, /^Subscriptions from 61 households have been received this year\. \[1\]/, paid.text);
  });

  test("a spec sheet's rows answer how much a thing weighs and how long its battery lasts, though they never name it", async () => {
    const sheet = onePage(
      'veltra-air-14-specs.html',
      '# Veltra Air 14\n\nA light, quiet laptop for work and study. Price: £749 including VAT.\n\n## Technical specifications\n\nProcessor | Intel Core Ultra 5 125U\nMemory | 16 GB LPDDR5X\nBattery | 57 Wh, up to 14 hours of video playback\nWeight | 1.39 kg\n\n## In the box\n\n- Veltra Air 14 laptop\n- 65 W USB-C charger',
    );
    const ask = (question: string) => collect(asInApp.answer({ question, history: [], sources: [sheet] }));
    const weight = await ask('How much does the laptop weigh?');
    assert.equal(weight.notFound, false, weight.text);
    assert.match(weight.text, /^Weight: 1\.39 kg\. \[1\]$/, weight.text);
    const memory = await ask('How much RAM does it have?');
    assert.match(memory.text, /^Memory: 16 GB LPDDR5X\. \[1\]/, memory.text);
    const battery = await ask('What is the battery life?');
    assert.equal(battery.notFound, false, battery.text);
    assert.match(battery.text, /^Battery: 57 Wh, up to 14 hours of video playback\. \[1\]/, battery.text);
  });

  test("a hospital letter's PDF text: no greeting in the answer, and a heading put as the question answers it", async () => {
    // As its PDF's text comes out: lines, no blank ones.
    const letter = onePage(
      'outpatient-appointment-letter.pdf',
      "St Aldhelm's Hospital NHS Trust\nOutpatient Department, Wells Road, Bath BA2 3QT\nHospital number: SAH 4471932\nDate of letter: 22 January 2027\nDear Mr Peter Quinn,\nYour appointment\n" +
        'You have an appointment in the Gastroenterology clinic with Dr Fiona Marr on Thursday 18\nFebruary 2027 at 10:40am. Please report to Outpatients Reception B on the ground floor\n15 minutes before your appointment time.\n' +
        'Before your appointment\nPlease do not eat anything for six hours before your appointment. You may drink water up\nto two hours before. Bring a list of all the medicines you take, and your glasses if you\nneed them to read.\n' +
        'How long it will take\nPlease allow up to two hours for your visit, as you may need a blood test afterwards.\nGetting here\nParking at the hospital is limited and costs £3.50 for up to four hours. The number 7\n' +
        'bus stops at the main entrance every 15 minutes from Bath city centre.\nIf you cannot come\nIf you need to cancel or change your appointment, please call the booking team on 01225\n824 310, Monday to Friday, 8am to 5pm, at least 48 hours beforehand.',
    );
    const ask = (question: string) => collect(asInApp.answer({ question, history: [], sources: [letter] }));
    const when = await ask('When is my appointment?');
    assert.match(when.text, /^You have an appointment in the Gastroenterology clinic with Dr Fiona Marr on Thursday 18 February 2027 at 10:40am\. \[1\]/, when.text);
    const long = await ask('How long will the appointment take?');
    assert.match(long.text, /^Please allow up to two hours for your visit, as you may need a blood test afterwards\. \[1\]/, long.text);
  });

  test("a changelog's version heading dates it, and the fixes under it are that version's, though the passage opens in another's", async () => {
    const log = '# Changelog\n\n## [3.2.0] - 2027-04-08\n\n### Fixed\n- Reminders no longer fire twice after the phone restarts.\n\n## [3.1.1] - 2027-02-19\n\n### Fixed\n- The app no longer crashes when a task title contains an emoji.\n';
    const start = log.indexOf('### Fixed');
    const passage: AnswerSource = { ...onePage('CHANGELOG.md', log.slice(start)), start, end: log.length, headings: ['Changelog', '[3.2.0] - 2027-04-08'] };
    const ask = (question: string) => collect(asInApp.answer({ question, history: [], sources: [passage] }));
    const released = await ask('When was 3.1.1 released?');
    assert.equal(released.notFound, false, released.text);
    assert.match(released.text, /^\[3\.1\.1\] - 2027-02-19\. \[1\]/, released.text);
    const fixed = await ask('What was fixed in 3.1.1?');
    assert.match(fixed.text, /^The app no longer crashes when a task title contains an emoji\. \[1\]/, fixed.text);
  });

  test("a ticket's parts headed by a word in capitals answer which journey is asked: the return seat is under RETURN", async () => {
    const ticket = onePage(
      'train-tickets.txt',
      'Your tickets are ready\n\nBooking reference: QK7M2XPL\n\nOUTWARD\nSaturday 20 March 2027\nLondon Kings Cross 09:00 -> York 10:52\nLNER, Coach C, Seat 42 (window, forward facing)\n\n' +
        'RETURN\nSunday 21 March 2027\nYork 17:30 -> London Kings Cross 19:25\nLNER, Coach B, Seat 15 (aisle)\n\nTotal paid: £46.80',
    );
    const coach = await collect(asInApp.answer({ question: 'Which coach is my return seat in?', history: [], sources: [ticket] }));
    assert.match(coach.text, /^LNER, Coach B, Seat 15 \(aisle\)\. \[1\]/, coach.text);
    // A journey's line arrives where its arrow points, and leaves where it starts.
    const arrive = await collect(asInApp.answer({ question: 'When do I arrive in York?', history: [], sources: [ticket] }));
    assert.match(arrive.text, /^London Kings Cross 09:00 -> York 10:52\. \[1\]/, arrive.text);
    const leave = await collect(asInApp.answer({ question: 'When does the return train leave?', history: [], sources: [ticket] }));
    assert.match(leave.text, /^York 17:30 -> London Kings Cross 19:25\. \[1\]/, leave.text);
  });

  test('a signature answers who holds its role, and "What did the engineer recommend?" is answered by the recommendation', async () => {
    const newsletter = onePage(
      'school-newsletter.pdf',
      'Oakfield Primary School\nSpring newsletter\nAttendance\nOur attendance this term is 96.2%. The class with the best attendance each week wins an extra ten minutes of play on Friday.\nMrs J. Patel, Headteacher',
    );
    const head = await collect(asInApp.answer({ question: 'Who is the headteacher?', history: [], sources: [newsletter] }));
    assert.match(head.text, /^Mrs J\. Patel, Headteacher\. \[1\]/, head.text);
    const record = onePage(
      'boiler-service-record.docx',
      '# Boiler service record\n\nDate of service: 11 January 2027\n\nEngineer: Gary Holt, Gas Safe registration 557201\n\n# Notes\n\nThe boiler is safe to use. There is no carbon monoxide alarm in the kitchen: we strongly recommend fitting one.',
    );
    const advice = await collect(asInApp.answer({ question: 'What did the engineer recommend?', history: [], sources: [record] }));
    assert.match(advice.text, /^There is no carbon monoxide alarm in the kitchen: we strongly recommend fitting one\. \[1\]/, advice.text);
  });

  test("an MOT certificate: its result answers whether the car passed, its location where, and its advisories are listed", async () => {
    const mot = onePage(
      'mot-test-certificate.txt',
      'MOT test certificate\n\nVehicle registration: KX19 PLM\nMake and model: Ford Fiesta Titanium\nColour: Blue\n\nTest result: PASS\nDate of test: 7 June 2027\nExpiry date: 6 June 2028\nTest location: Riverside Garage, Mill Lane, Derby DE1 3QA\n\n' +
        'Advisories (monitor and repair if necessary)\n- Nearside front tyre worn close to legal limit (2.1mm)\n- Offside rear brake disc slightly pitted\n- Minor oil leak from engine, not excessive\n\nFee paid: £54.85',
    );
    const ask = (question: string) => collect(asInApp.answer({ question, history: [], sources: [mot] }));
    const passed = await ask('Did the car pass its MOT?');
    assert.equal(passed.notFound, false, passed.text);
    assert.match(passed.text, /^Test result: PASS\. \[1\]/, passed.text);
    const where = await ask('Where was the car tested?');
    assert.match(where.text, /^Test location: Riverside Garage/, where.text);
    const advisories = await ask('What are the advisories?');
    for (const item of ['Nearside front tyre', 'Offside rear brake disc', 'Minor oil leak']) assert.ok(advisories.text.includes(item), advisories.text);
  });

  test('a contract summary and a game\'s rules: a speed answers "how fast", a stated term "how long", players "how many people"', async () => {
    const contract = onePage(
      'mobile-contract-summary.pdf',
      'Contract summary\nServices and equipment\nUnlimited UK minutes and texts. 30GB of UK data each month at 5G speeds where available.\nSpeeds of the internet service\nEstimated maximum download speed on 5G is 150Mbps and on 4G is 60Mbps.\n' +
        "Duration, renewal and termination\nThe minimum term is 24 months. After the minimum term the contract continues month to month and you can leave with 30 days' notice.\nOther useful information\nCustomer services: 0333 200 1170, 8am to 8pm every day.",
    );
    const rules = onePage(
      'harbour-lights-rules.md',
      '# Harbour Lights — rules\n\nA cooperative game for 2 to 5 players, aged 10 and up. A game takes about 45 minutes.\n\n## Variants\n\nFor an easier game, remove four storm cards before shuffling.\n',
    );
    const ask = (question: string) => collect(asInApp.answer({ question, history: [], sources: [contract, rules] }));
    const fast = await ask('How fast is the 5G?');
    assert.match(fast.text, /^Estimated maximum download speed on 5G is 150Mbps/, fast.text);
    const long = await ask('How long is the contract?');
    assert.match(long.text, /^The minimum term is 24 months\. \[1\]/, long.text);
    const players = await ask('How many people can play Harbour Lights?');
    assert.equal(players.notFound, false, players.text);
    assert.match(players.text, /^A cooperative game for 2 to 5 players/, players.text);
    // A handset asked about is no telephone number.
    const handset = await ask('Is a phone included with the contract?');
    assert.doesNotMatch(handset.text, /0333 200 1170/, handset.text);
  });

  test("a bill's line naming only the bill is its title, a payslip's pay date says when I was paid, and a report's comment answers", async () => {
    const bill = onePage(
      'council-tax-bill-2027-28.txt',
      'Westmoor District Council\nCouncil Tax bill 2027/28\n\nAccount number: 700152943\nValuation band: C\n\nAnnual charge for band C £1,874.32\nAmount payable for 2027/28 £1,405.74\n',
    );
    const band = await collect(asInApp.answer({ question: 'What is my council tax band?', history: [], sources: [bill] }));
    // Either line giving the band, not the bill's title.
    assert.match(band.text, /^(?:Valuation band: C|Annual charge for band C £1,874\.32)\. \[1\]/, band.text);
    // "payable" is what is to pay.
    const lease = onePage('lease.txt', 'Tenancy summary\n\nThe landlord may visit with 24 hours notice. The rent of £950 is payable on the first day of each month. Late rent costs a fee of £30.');
    const due = await collect(asInApp.answer({ question: 'When do I pay the rent?', history: [], sources: [lease] }));
    assert.match(due.text, /^The rent of £950 is payable on the first day of each month\. \[1\]/, due.text);
    const payslip = onePage(
      'payslip-march-2027.pdf',
      'Harrowgate Foods Ltd\nPayslip\nEmployee: Sofia Marin    Employee number: 10482\nPay date: 31 March 2027    Tax period: 12    Tax code: 1257L\nNI number: QQ 12 34 56 C    Department: Quality Assurance\nPayments\nBasic pay (162.5 hours at £14.20)    £2,307.50\nNet pay    £1,892.10',
    );
    const dental = onePage('dental-plan.html', 'Paying\n\nHalf the charge (£159.55) is paid at your next visit and the rest when the crown is fitted.');
    const paid = await collect(asInApp.answer({ question: 'When was I paid?', history: [], sources: [dental, payslip] }));
    assert.match(paid.text, /^Pay date: 31 March 2027/, paid.text);
    const report = onePage(
      'noah-summer-report.docx',
      'Progress by subject\n\n| Subject | Attainment | Comment |\n| --- | --- | --- |\n| English | Expected | Noah writes imaginative stories; he should check his spelling more carefully. |\n| Maths | Greater depth | Noah is confident with fractions and loves problem solving. |\n| PE | Working towards | He can now swim 25 metres. |\n',
    );
    const english = await collect(asInApp.answer({ question: 'What does Noah need to work on in English?', history: [], sources: [report] }));
    assert.equal(english.notFound, false, english.text);
    assert.match(english.text, /he should check his spelling more carefully/, english.text);
    // A word no document says in any form is still a field the row lacks.
    const salary = await collect(asInApp.answer({ question: "What is Noah's salary in English?", history: [], sources: [report] }));
    assert.equal(salary.notFound, true, salary.text);
  });

  test("an email's header says who wrote when, not what the message says; a heading saying \"not\" is quoted with what is under it", async () => {
    const email = onePage(
      're-book-club-move.txt',
      "From: Priya Shah <priya.shah@example.org>\nTo: Harbour Book Club\nDate: Mon, 7 June 2027 at 18:12\nSubject: June meeting has moved!\n\nHi all,\n\n" +
        "Quick update: because the library is closed for repairs, our June meeting will be at The Lantern Café on Quay Street instead. Same day (Thursday 17 June) but we'll start at 7:30pm rather than 7pm.\n\nPriya\n",
    );
    const ask = (question: string) => collect(asInApp.answer({ question, history: [], sources: [email] }));
    const where = await ask('Where is the June book club meeting?');
    // The message's sentence, without the greeting before it.
    assert.match(where.text, /^Quick update: because the library is closed for repairs, our June meeting will be at The Lantern Café/, where.text);
    const why = await ask('Why has the meeting moved?');
    assert.match(why.text, /^Quick update: because the library is closed for repairs/, why.text);
    // Asked of the message itself, the header answers.
    const sent = await ask('When was the email sent?');
    assert.match(sent.text, /Date: Mon, 7 June 2027 at 18:12/, sent.text);
    const warranty = onePage(
      'kettle-warranty.txt',
      'KETTLE WARRANTY\n\nWhat is covered\nRepair or replacement of the kettle if it develops a fault through normal household use.\n\nWhat is not covered\nDamage caused by limescale, accidents or misuse. The glass jug if it has been dropped.\n',
    );
    const limescale = await collect(asInApp.answer({ question: 'Is limescale damage covered?', history: [], sources: [warranty] }));
    assert.match(limescale.text, /^What is not covered: \[1\] Damage caused by limescale, accidents or misuse\. \[2\]/, limescale.text);
    // Asked what is not covered, the question says "not" itself.
    const excluded = await collect(asInApp.answer({ question: 'What is not covered?', history: [], sources: [warranty] }));
    assert.doesNotMatch(excluded.text, /^What is not covered:/, excluded.text);
  });

  test('"What are Noah\'s targets?" is answered by what is under "Targets", not by the sentence naming Noah', async () => {
    const report = onePage(
      'noah-summer-report.docx',
      "Summer term report 2027\n\nTeacher's comment\n\nNoah has had a super year and is a kind friend to others.\n\nTargets for next year\n\nCheck spelling of common words. Use paragraphs in longer writing. Learn the 7, 8 and 12 times tables.\n\nNoah will move to Year 7 at Kingsmead Academy in September.\n",
    );
    const targets = await collect(asInApp.answer({ question: "What are Noah's targets?", history: [], sources: [report] }));
    assert.match(targets.text, /^Check spelling of common words\. \[1\] Use paragraphs in longer writing\. \[2\] Learn the 7, 8 and 12 times tables\. \[3\]/, targets.text);
  });

  test("a rota's \"Wed 7 July\" is Wednesday, a medicine's \"20 mg\" its dose, and a listing's title its price", async () => {
    const rota = onePage(
      'food-bank-volunteer-rota.csv',
      '| Date | Shift | Volunteer | Role |\n| --- | --- | --- | --- |\n| Mon 5 July | Morning | Aisha | Sorting donations |\n| Mon 5 July | Afternoon | Tom | Front desk |\n| Wed 7 July | Morning | Grace | Front desk |\n| Sat 10 July | Morning | Tom | Supermarket collection |\n',
    );
    const desk = await collect(asInApp.answer({ question: 'Who is on the front desk on Wednesday morning?', history: [], sources: [rota] }));
    assert.equal(desk.notFound, false, desk.text);
    assert.match(desk.text, /Grace/, desk.text);
    assert.doesNotMatch(desk.text, /Tom/, desk.text);
    const saturday = await collect(asInApp.answer({ question: 'What is Tom doing on Saturday?', history: [], sources: [rota] }));
    assert.match(saturday.text, /Supermarket collection/, saturday.text);
    const meds = onePage(
      'medication-list.txt',
      'Medication list for Robert Ellis\n\nAmlodipine 5 mg - one tablet every morning - for blood pressure\nAtorvastatin 20 mg - one tablet at night - for cholesterol\n' +
        'Metformin 500 mg - one tablet twice a day with meals - for diabetes\nOmeprazole 20 mg - one capsule before breakfast - to protect the stomach\n' +
        'Paracetamol 500 mg - two tablets up to four times a day if needed - for knee pain\n\nAllergies: penicillin (rash).\nNext medication review: October 2027.\n',
    );
    const dose = await collect(asInApp.answer({ question: 'What is the dose of omeprazole?', history: [], sources: [meds] }));
    assert.match(dose.text, /^Omeprazole 20 mg - one capsule before breakfast/, dose.text);
    const listing = onePage(
      'property-listing-14-willow-lane.md',
      '# 14 Willow Lane, Ashby — £285,000\n\n**Three-bedroom semi-detached house** | Freehold | Council tax band C\n\nA bright family home on a quiet cul-de-sac.\n\n## Good to know\n\nThe boiler was replaced in 2024.\n',
    );
    const garage = await collect(asInApp.answer({ question: 'Is there a garage?', history: [], sources: [onePage('listing.md', '## Outside\n\nA south-facing garden with a shed. Off-road parking for two cars on the driveway. There is no garage.\n')] }));
    assert.match(garage.text, /^There is no garage\. \[1\]/, garage.text);
    const price = await collect(asInApp.answer({ question: 'What is the price of 14 Willow Lane?', history: [], sources: [listing] }));
    assert.match(price.text, /^14 Willow Lane, Ashby — £285,000\. \[1\]/, price.text);
  });

  test("a document's first line over a form's fields is its title: it answers nothing of the document", async () => {
    const schedule = onePage(
      'car-insurance-schedule.pdf',
      'Motor insurance policy schedule\nPolicyholder: Ms Hannah Cole\nPolicy number: MTR-4471-0932\nVehicle: Toyota Yaris Hybrid, registration LM23 XKD\nDrivers\nHannah Cole (main driver). Daniel Cole (named driver).\nExcess\nCompulsory excess £250. Voluntary excess £150.',
    );
    const broker = await collect(asInApp.answer({ question: 'Who is my insurance broker?', history: [], sources: [schedule] }));
    assert.equal(broker.notFound, true, broker.text);
    const number = await collect(asInApp.answer({ question: 'What is my policy number?', history: [], sources: [schedule] }));
    assert.match(number.text, /Policy number: MTR-4471-0932/, number.text);
  });

  test('"What desserts are there?" is answered by the whole list under "Desserts"', async () => {
    const menu = onePage(
      'olive-tree-menu.md',
      '# The Olive Tree — dinner menu\n\n## Starters\n\n- Halloumi fries with pomegranate, £7.50 (V, GF)\n- Calamari with lemon aioli, £8.95\n\n## Desserts\n\n- Baklava with pistachio ice cream, £6.95 (V)\n- Lemon sorbet, £5.50 (VG, GF)\n\nWe are open Tuesday to Sunday, 5pm to 10pm.\n',
    );
    const desserts = await collect(asInApp.answer({ question: 'What desserts are there?', history: [], sources: [menu] }));
    assert.match(desserts.text, /Baklava with pistachio ice cream[\s\S]*Lemon sorbet/, desserts.text);
    assert.doesNotMatch(desserts.text, /Halloumi|Calamari/, desserts.text);
  });

  test("a menu's items marked \"(VG, GF)\" are vegan and gluten free by its legend, which answers nothing itself", async () => {
    const text = '# The Olive Tree — dinner menu\n\nV = vegetarian, VG = vegan, GF = gluten free.\n\n## Mains\n\n- Lamb kleftiko, slow cooked for six hours, £19.95 (GF)\n- Mushroom moussaka, £15.50 (V)\n\n## Desserts\n\n- Baklava with pistachio ice cream, £6.95 (V)\n- Lemon sorbet, £5.50 (VG, GF)\n';
    // As the app stores it: a passage per section, the legend in the first.
    const cut = [0, text.indexOf('## Mains'), text.indexOf('## Desserts'), text.length];
    const passages = cut.slice(0, -1).map((start, i) => ({ ...onePage('olive-tree-menu.md', text.slice(start, cut[i + 1]), i + 1), start, end: cut[i + 1] }));
    const ask = (question: string) => collect(asInApp.answer({ question, history: [], sources: passages }));
    const lamb = await ask('Is the lamb gluten free?');
    assert.equal(lamb.notFound, false, lamb.text);
    assert.match(lamb.text, /^Lamb kleftiko, slow cooked for six hours, £19\.95 \(GF\)\. \[1\]/, lamb.text);
    const vegan = await ask('Which desserts are vegan?');
    assert.match(vegan.text, /^Lemon sorbet/, vegan.text);
    assert.doesNotMatch(vegan.text, /V = vegetarian/, vegan.text);
  });

  test("a PDF's heading in sentence case under a form's last line names the prose under it", async () => {
    const offer = onePage(
      'mortgage-offer.pdf',
      "Mortgage offer\nDear Mr and Mrs Adeyemi,\nWe are pleased to offer you a mortgage of £212,000 to buy 9 Orchard Rise, Kendal LA9\n4PT. This offer is valid until 30 September 2027; if you have not completed by then you\nwill need to apply again.\nYour loan\nLoan amount: £212,000\nProperty value: £265,000 (loan to value 80%)\nTerm: 30 years\nRepayment type: capital and interest\nInterest rate\nFixed rate of 4.29% until 31 October 2032. After that the rate changes to our standard\nvariable rate, currently 7.49%.\nMonthly payment during the fixed rate: £1,047.88. Monthly payment afterwards, at today's\nstandard variable rate: £1,409.12.",
    );
    // "This offer…" is the letter's own offer: it reads alone, not quoted with the sentence before it.
    const expiry = await collect(asInApp.answer({ question: 'When does the offer expire?', history: [], sources: [offer] }));
    assert.match(expiry.text, /^This offer is valid until 30 September 2027/, expiry.text);
    const rate = await collect(asInApp.answer({ question: 'What is the interest rate?', history: [], sources: [offer] }));
    assert.equal(rate.notFound, false, rate.text);
    assert.match(rate.text, /^Fixed rate of 4\.29% until 31 October 2032\. \[1\]/, rate.text);
    // What comes after it is the sentence saying "After that", quoted with the one it follows.
    const after = await collect(asInApp.answer({ question: 'What happens after the fixed rate ends?', history: [], sources: [offer] }));
    assert.match(after.text, /^Fixed rate of 4\.29% until 31 October 2032\. After that the rate changes to our standard variable rate, currently 7\.49%\. \[1\]/, after.text);
  });

  test('what a piece of work is "worth" may be its weight in per cent, not money', async () => {
    const handbook = onePage(
      'ecology-module-handbook.md',
      '# Field Ecology — module handbook\n\n## Assessment\n\n| Assessment | Weight | Deadline |\n|---|---|---|\n| Field notebook | 20% | 1 November 2027 |\n| Data analysis report (2,500 words) | 50% | 6 December 2027 |\n| Poster presentation | 30% | 13 December 2027 |\n\nThe pass mark is 40%.\n',
    );
    const worth = await collect(asInApp.answer({ question: 'How much is the data analysis report worth?', history: [], sources: [handbook] }));
    assert.equal(worth.notFound, false, worth.text);
    assert.match(worth.text, /^[^\[]*Data analysis report[^\[]*50%/, worth.text);
  });

  test('"What time does it close?" is answered by the hours it is open, not by the days it is closed', async () => {
    const visit = onePage(
      'city-museum-visit.html',
      '# Plan your visit\n\n## Opening times\n\nOpen every day 10am to 5pm, and until 9pm on Thursdays. Last entry is 45 minutes before closing. Closed 24 to 26 December.\n',
    );
    const close = await collect(asInApp.answer({ question: 'What time does the museum close?', history: [], sources: [visit] }));
    assert.match(close.text, /^Open every day 10am to 5pm/, close.text);
    // …and Christmas Day is 25 December, which "24 to 26 December" holds.
    const christmas = await collect(asInApp.answer({ question: 'Is the museum open on Christmas Day?', history: [], sources: [visit] }));
    assert.match(christmas.text, /^Closed 24 to 26 December\. \[1\]/, christmas.text);
  });

  test("a PDF's block of fields, each line a label and its value, is a form: the field asked is quoted alone", async () => {
    const card = onePage(
      'poll-card.pdf',
      "Poll card\nElection of a County Councillor for Marsh Lane Division\nThursday 6 May 2027. Polling stations are open from 7am to 10pm.\nName: Ms Joanna Whitfield\nAddress: 21 Ferry Road, Lowton, LW4 8BD\nElector number: MLA-1187\nYour polling station: St Mark's Church Hall, Chapel Street, Lowton.\nYou do not need to take this card to vote, but it will help.",
    );
    const number = await collect(asInApp.answer({ question: 'What is my elector number?', history: [], sources: [card] }));
    assert.match(number.text, /^Elector number: MLA-1187\. \[1\]$/, number.text);
  });

  test('a period between two dates says when the cover starts and when it ends', async () => {
    const schedule = onePage(
      'car-insurance-schedule.pdf',
      'Motor insurance policy schedule\nPolicyholder: Ms Hannah Cole\nPolicy number: MTR-4471-0932    Period of cover: 14 March 2027 to 13 March 2028\nVehicle: Toyota Yaris Hybrid, registration LM23 XKD\nCover: Comprehensive    Use: Social, domestic and pleasure, including commuting\nExtras\nCourtesy car while yours is repaired by our approved garage. Breakdown cover is not included; you can add it for £48 a year.\nTo make a claim, call 0345 600 2270, open 24 hours.',
    );
    for (const question of ['When does my car insurance end?', 'When does my insurance start?']) {
      const when = await collect(asInApp.answer({ question, history: [], sources: [schedule] }));
      assert.match(when.text, /^[^\[]*Period of cover: 14 March 2027 to 13 March 2028\. \[1\]/, `${question} ${when.text}`);
    }
    // "What level of cover" asks the cover's kind, which "Cover: Comprehensive" says without the word "level".
    const level = await collect(asInApp.answer({ question: 'What level of cover do I have?', history: [], sources: [schedule] }));
    assert.match(level.text, /^Cover: Comprehensive/, level.text);
  });

  test('an instruction saying what it is for after it answers "How do I…" of that', async () => {
    const invoice = onePage(
      'nursery-invoice-may.md',
      "# Little Acorns Nursery — invoice for May 2027\n\nChild: Isla Thompson. Invoice number: LA-2027-0512. Date: 28 April 2027.\n\nA late payment fee of £25 is charged after 7 days.\n\nWe are closed on the bank holidays of 3 and 31 May; you are not charged for them. Please give one month's notice in writing to reduce or end your child's place.\n",
    );
    const reduce = await collect(asInApp.answer({ question: "How do I reduce Isla's days?", history: [], sources: [invoice] }));
    assert.match(reduce.text, /^Please give one month's notice in writing to reduce or end your child's place\. \[1\]/, reduce.text);
  });

  test('"Can I…?" of a line labelled with its thing alone is no answer: the line saying the rest is', async () => {
    const schedule = onePage(
      'car-insurance-schedule.pdf',
      'Motor insurance policy schedule\nPolicyholder: Ms Hannah Cole\nVehicle: Toyota Yaris Hybrid, registration LM23 XKD\nCover: Comprehensive    Use: Social, domestic and pleasure, including commuting\nDrivers\nHannah Cole (main driver). Daniel Cole (named driver).',
    );
    const commute = await collect(asInApp.answer({ question: 'Can I use the car to commute?', history: [], sources: [schedule] }));
    assert.match(commute.text, /^Cover: Comprehensive Use: Social, domestic and pleasure, including commuting\. \[1\]/, commute.text);
  });

  test("a library's loans list: a book's due date is on the line under it, and its days are written short", async () => {
    const loans = onePage(
      'library-loans.txt',
      "Eastfield Library — items on loan\nBorrower: K. Osei   Card: 2290 0481 7763\n\n1. The Salt Path — Raynor Winn\n   Due back: 24 June 2027\n2. Gardening for Small Spaces\n   Due back: 24 June 2027\n3. Planet Earth II (DVD)\n   Due back: 10 June 2027   Hire charge: £1.50 paid\n\nYou can renew items up to 3 times online or by phone, unless someone has reserved them.\nOpening hours: Mon, Tue, Thu 9-7; Wed closed; Fri 9-5; Sat 9-4.\n",
    );
    const ask = (question: string) => collect(asInApp.answer({ question, history: [], sources: [loans] }));
    const salt = await ask('When is The Salt Path due back?');
    assert.match(salt.text, /^The Salt Path — Raynor Winn\. Due back: 24 June 2027\. \[1\]/, salt.text);
    const dvd = await ask('When do I need to return the DVD?');
    assert.equal(dvd.notFound, false, dvd.text);
    assert.match(dvd.text, /^[^\[]*Due back: 10 June 2027/, dvd.text);
    const wednesday = await ask('Is the library open on Wednesday?');
    assert.equal(wednesday.notFound, false, wednesday.text);
    assert.match(wednesday.text, /^Opening hours: Mon, Tue, Thu 9-7; Wed closed/, wednesday.text);
  });

  test('"the vet bill" is asked of a file named as a vet\'s invoice', async () => {
    const row = (item: string, price: string) => `Date: 2027-05-12\nPatient: Biscuit (dog)\nItem: ${item}\nPrice: ${price}`;
    const invoice = onePage('vet-invoice-biscuit.csv', [row('Consultation', '£48.00'), row('Rabies vaccination', '£65.00'), row('Total', '£113.00')].join('\n\n'));
    const total = await collect(asInApp.answer({ question: 'What was the total vet bill?', history: [], sources: [invoice] }));
    assert.equal(total.notFound, false, total.text);
    assert.match(total.text, /^[^\[]*Item: Total; Price: £113\.00\. \[1\]/, total.text);
    // …and so does a title saying what the document is.
    const titled = onePage('brightwater-2027-05.txt', 'Invoice from Brightwater Plumbing\n\nBoiler service: £95.00\nReplacement valve: £38.50\nAmount due: £133.50');
    const due = await collect(asInApp.answer({ question: 'How much is the plumbing bill?', history: [], sources: [titled] }));
    assert.equal(due.notFound, false, due.text);
    assert.match(due.text, /£133\.50/, due.text);
  });

  test("an agenda's date line under its title says when the meeting is; its items' times do not", async () => {
    const agenda = onePage(
      'residents-meeting-agenda.md',
      "# Elm Court Residents' Association — agenda\n\n**Tuesday 15 June 2027, 7pm, in the community room.** Chair: Patricia Lowe. Minutes: Sam Adeyemi.\n\n1. Welcome and apologies (7:00)\n2. Minutes of the last meeting (7:05)\n3. Any other business (8:15)\n\nThe meeting should finish by 8:30.\n",
    );
    const time = await collect(asInApp.answer({ question: "What time is the residents' meeting?", history: [], sources: [agenda] }));
    assert.match(time.text, /^Tuesday 15 June 2027, 7pm, in the community room\. \[1\]/, time.text);
    const chair = await collect(asInApp.answer({ question: 'Who is chairing the meeting?', history: [], sources: [agenda] }));
    assert.match(chair.text, /^Chair: Patricia Lowe\. \[1\]/, chair.text);
  });

  test('"How often can I reset it?" is answered by how many times in an hour', async () => {
    const guide = onePage(
      'boiler-fault-codes.html',
      '# Fault codes for the Vireo Combi 30\n\nIf a fault code shows on the display, the boiler has stopped for safety. Note the code before you reset it.\n\nTo reset the boiler, hold the reset button for 5 seconds. Do not reset it more than 3 times in an hour.\n',
    );
    const often = await collect(asInApp.answer({ question: 'How often can I reset it?', history: [], sources: [guide] }));
    assert.match(often.text, /^Do not reset it more than 3 times in an hour\. \[1\]/, often.text);
    assert.equal(often.unsure, false, often.text);
    // An amount asked of it, which it never gives: what is quoted is said to be unsure.
    const servicing = onePage('boiler-care.txt', 'Have your boiler serviced every year by a Gas Safe engineer. A yearly boiler service keeps the warranty valid.');
    const service = await collect(asInApp.answer({ question: 'How much is a boiler service?', history: [], sources: [servicing] }));
    assert.equal(service.notFound, false, service.text);
    assert.equal(service.unsure, true, service.text);
  });

  test("\"Can I cancel…?\" of a booking's labelled line: what the document's name says, the line says too", async () => {
    const booking = onePage(
      'hotel-booking-confirmation.txt',
      'Thank you for booking with us.\n\nGuest: Ms Priya Shah\nArrival: Friday 9 April 2027\nCancellation: you can cancel free of charge until 48 hours before arrival.\nBreakfast: included.',
    );
    const cancel = await collect(asInApp.answer({ question: 'Can I cancel the hotel booking?', history: [], sources: [booking] }));
    assert.match(cancel.text, /^Cancellation: you can cancel free of charge until 48 hours before arrival\. \[1\]/, cancel.text);
  });

  test("a PDF's short first line over a line opening on a capital is its title, \"Your …\" or not: it answers nothing", async () => {
    const statement = onePage(
      'pension-statement-2027.pdf',
      'Your annual pension statement\nBrightwater Workplace Pension — statement date 5 April 2027\nMember: Mr Tomasz Nowak\nMember number: BW-55820317\nYour pot\nYour pension pot was worth £48,210.55 on 5 April 2027, up from £41,380.20 a year earlier.',
    );
    for (const question of ['Can I take my pension early?', 'What is my annual pension?']) {
      const answer = await collect(asInApp.answer({ question, history: [], sources: [statement] }));
      assert.doesNotMatch(answer.text, /Your annual pension statement/, `${question} ${answer.text}`);
    }
    const worth = await collect(asInApp.answer({ question: 'How much is my pension worth?', history: [], sources: [statement] }));
    assert.match(worth.text, /^Your pension pot was worth £48,210\.55/, worth.text);
  });

  test('a permit "valid until" a date says when it expires; "15% off" is a discount', async () => {
    const permit = onePage(
      'parking-permit-letter.pdf',
      'Resident parking permit\nDear Mr Okafor,\nYour resident parking permit for zone K has been approved.\nPermit number: RK-20931\nValid from: 1 March 2027\nValid until: 28 February 2028\nCost: £96.00 (paid)\nParking Services, 0300 123 4471',
    );
    const expiry = await collect(asInApp.answer({ question: 'When does my parking permit expire?', history: [], sources: [permit] }));
    assert.match(expiry.text, /^[^\[]*Valid until: 28 February 2028\. \[1\]/, expiry.text);
    const salon = onePage('salon-price-list.md', "# Shear Delight — price list\n\n- Men's cut: £24\n- Fringe trim: £6\n\nStudents get 15% off on Tuesdays and Wednesdays with a valid student card. We are closed on Mondays.\n");
    const discount = await collect(asInApp.answer({ question: 'Is there a student discount?', history: [], sources: [salon] }));
    assert.equal(discount.notFound, false, discount.text);
    assert.match(discount.text, /^Students get 15% off/, discount.text);
  });

  test("a form's field whose label goes on from the line before is a line of its own: a fit note's comments answer", async () => {
    const fitNote = onePage(
      'fit-note-j-patel.pdf',
      "Statement of Fitness for Work\nPatient name: Jaspreet Patel\nDate of birth: 04/09/1988\nI assessed your case on: 11 January 2027\nand, because of the following condition(s): lower back pain (lumbar strain)\nI advise you that: you may be fit for work taking account of the following advice\nIf available, and with your employer's agreement, you may benefit from: a phased return\nto work; amended duties\nComments: No heavy lifting over 10 kg. Avoid standing for more than 2 hours at a time.",
    );
    const lifting = await collect(asInApp.answer({ question: 'Can I lift heavy things?', history: [], sources: [fitNote] }));
    assert.match(lifting.text, /^Comments: No heavy lifting over 10 kg\. \[1\]/, lifting.text);
    const condition = await collect(asInApp.answer({ question: 'What condition do I have?', history: [], sources: [fitNote] }));
    assert.match(condition.text, /^and, because of the following condition\(s\): lower back pain \(lumbar strain\)/, condition.text);
  });

  test('"When does school start in September?" is answered by the row whose "Starts" is in September, not the time of day', async () => {
    const terms = onePage(
      'term-dates-2027-28.html',
      'Term dates 2027–28\n\nSchool starts at 8:45am and finishes at 3:15pm.\n\nTerm: Autumn\nStarts: Thursday 2 September 2027\nEnds: Friday 17 December 2027\n\nTerm: Spring\nStarts: Tuesday 4 January 2028\nEnds: Thursday 31 March 2028\n\nThe school is closed to pupils on these staff training days: 1 September 2027 and 3 January 2028.',
    );
    const start = await collect(asInApp.answer({ question: 'When does school start in September?', history: [], sources: [terms] }));
    assert.match(start.text, /^Term: Autumn; Starts: Thursday 2 September 2027/, start.text);
    const time = await collect(asInApp.answer({ question: 'What time does school start?', history: [], sources: [terms] }));
    assert.match(time.text, /^School starts at 8:45am/, time.text);
  });

  test('"When should I feed them?" is answered by when to, not by "Do not feed in winter."', async () => {
    const care = onePage('houseplant-care.md', '# Caring for your plants\n\n## Feeding\n\nFeed all three with a liquid houseplant feed every two weeks from April to September. Do not feed in winter.\n');
    const feed = await collect(asInApp.answer({ question: 'When should I feed my plants?', history: [], sources: [care] }));
    assert.match(feed.text, /^Feed all three with a liquid houseplant feed every two weeks from April to September\. \[1\]/, feed.text);
  });

  test('assembly instructions say how long it takes to build, why a step is done, and no height they do not give', async () => {
    const instructions = onePage(
      'wardrobe-assembly.txt',
      'HALDEN 2-door wardrobe — assembly instructions\n\nYou will need: a Phillips screwdriver, a hammer and a second person. Allow about 2 hours.\n\nStep 6. Fix the hinges to the doors (E) and hang the doors.\nStep 7. Fix the wardrobe to the wall with the wall brackets. This stops it tipping over.\n\nMaximum load: 30 kg on the hanging rail, 15 kg on the shelf.\n',
    );
    const time = await collect(asInApp.answer({ question: 'How long does the wardrobe take to build?', history: [], sources: [instructions] }));
    assert.match(time.text, /^Allow about 2 hours\. \[1\]/, time.text);
    const why = await collect(asInApp.answer({ question: 'Why do I fix the wardrobe to the wall?', history: [], sources: [instructions] }));
    assert.match(why.text, /^Step 7\. Fix the wardrobe to the wall with the wall brackets\. \[1\] This stops it tipping over\. \[2\]/, why.text);
    const tall = await collect(asInApp.answer({ question: 'How tall is the wardrobe?', history: [], sources: [instructions] }));
    assert.equal(tall.notFound, true, tall.text);
  });

  test('a notice\'s "Applicant:" says who applied, and "by 28 June" when the deadline for comments is', async () => {
    const notice = onePage(
      'planning-application-notice.txt',
      'Notice of planning application\n\nApplication number: 27/01846/FUL\nSite: 22 Orchard Road, Fenwick\nProposal: Two-storey rear extension.\nApplicant: Mr and Mrs D. Kaur\n\nIf you want to comment, please do so by 28 June 2027. Comments must be in writing, by email or by post.\n\nTo change your details, log in; a fee may apply.',
    );
    const applied = await collect(asInApp.answer({ question: 'Who applied?', history: [], sources: [notice] }));
    assert.match(applied.text, /^Applicant: Mr and Mrs D\. Kaur\. \[1\]/, applied.text);
    const deadline = await collect(asInApp.answer({ question: 'When is the deadline for comments?', history: [], sources: [notice] }));
    assert.match(deadline.text, /^If you want to comment, please do so by 28 June 2027\. \[1\]/, deadline.text);
  });

  test("a booking's legs are told apart by where they go: arriving in Caen is the leg to Caen, getting back the one from it", async () => {
    const ferry = onePage(
      'ferry-booking.html',
      'Your crossing is booked\n\nOutbound\n\nPortsmouth to Caen (Ouistreham), Saturday 24 July 2027. Departs 08:15, arrives 14:45 local time.\n\nReturn\n\nCaen to Portsmouth, Saturday 7 August 2027. Departs 16:30, arrives 21:15.\n\nCheck-in\nCheck-in closes 45 minutes before departure. Bring passports for everyone.',
    );
    const arrive = await collect(asInApp.answer({ question: 'When do we arrive in Caen?', history: [], sources: [ferry] }));
    assert.match(arrive.text, /^Portsmouth to Caen \(Ouistreham\), Saturday 24 July 2027\./, arrive.text);
    const back = await collect(asInApp.answer({ question: 'When do we get back to Portsmouth?', history: [], sources: [ferry] }));
    assert.match(back.text, /^Caen to Portsmouth, Saturday 7 August 2027\./, back.text);
    // "Check-in" is a heading, though it ends on "in": not read into the sentence under it.
    const checkIn = onePage('ferry-booking.html', 'Your crossing is booked\n\nCheck-in\nCheck-in closes 45 minutes before departure. Bring passports for everyone.');
    const closes = await collect(asInApp.answer({ question: 'When does check-in close?', history: [], sources: [checkIn] }));
    assert.match(closes.text, /^Check-in closes 45 minutes before departure\. \[1\]/, closes.text);
  });

  test('a booking made for a person is asked of by their name; a section headed with the question opens with its answer', async () => {
    const booking = onePage(
      'holiday-club-booking.docx',
      'Holiday club booking confirmation\nThank you for booking Sunnyfields Holiday Club for Leo Brennan (age 8).\nYour booking\nDates: Monday 2 August to Friday 6 August 2027, full days.\nWhat to bring\nA packed lunch, a water bottle, sun cream and a hat. Please label everything.\nOn Wednesday we go swimming, so bring a swimming costume and a towel.\nCancellations\nCancel at least 14 days before the start date for a full refund.',
    );
    const bring = await collect(asInApp.answer({ question: 'What does Leo need to bring?', history: [], sources: [booking] }));
    assert.match(bring.text, /^A packed lunch, a water bottle, sun cream and a hat\. \[1\]/, bring.text);
  });

  test("a table's row is found by the question's words beyond its column names, not by another row holding the columns", async () => {
    const fees = onePage(
      'tennis-club-fees.csv',
      'Membership: Adult\nAnnual fee: £220\nMonthly option: £19.50\nNotes: Includes 2 guest passes\n\nMembership: Junior (under 18)\nAnnual fee: £60\nNotes: Coaching extra\n\nMembership: Family (2 adults + children)\nAnnual fee: £480\nMonthly option: £42\nNotes: All children under 18\n\nMembership: Off-peak (weekdays before 5pm)\nAnnual fee: £140\nMonthly option: £12.50\nNotes: No weekend play',
    );
    const family = await collect(asInApp.answer({ question: 'How much is the monthly option for a family?', history: [], sources: [fees] }));
    assert.match(family.text, /^Membership: Family \(2 adults \+ children\);/, family.text);
    // The juniors' row has no monthly option, and no other row's is theirs.
    const juniors = await collect(asInApp.answer({ question: 'Is there a monthly option for juniors?', history: [], sources: [fees] }));
    assert.doesNotMatch(juniors.text, /Off-peak|Adult;/, juniors.text);
  });

  test("an estimate's total answers what the repair will cost; a theatre programme's running time how long the play is", async () => {
    const estimate = onePage(
      'bike-repair-estimate.txt',
      'SPOKES & SONS CYCLE REPAIRS\nEstimate no. 4471 — 3 April 2027\n\nCustomer: Hannah Price\nBike: Trek FX 2 hybrid, grey\n\nWork needed:\n- Replace chain (worn past 0.75%): £22.00\n- Replace rear cassette: £38.00\n- Adjust front and rear brakes: £12.00\n- Labour: £30.00\n\nTotal estimate: £102.00\n\nThe front tyre is worn and should be replaced soon (about £28 fitted), but it is safe for now.\nYour bike will be ready in 3 working days after you approve the work.',
    );
    const cost = await collect(asInApp.answer({ question: 'How much will the bike repair cost?', history: [], sources: [estimate] }));
    assert.match(cost.text, /^Total estimate: £102\.00\. \[1\]/, cost.text);
    const programme = onePage(
      'theatre-programme.html',
      'The Importance of Being Earnest\n\nBy Oscar Wilde. Directed by Fiona McBride.\n\nRunning time\n\nAbout 2 hours 20 minutes, including one interval of 20 minutes.\n\nPhotography is not allowed during the performance.',
    );
    const length = await collect(asInApp.answer({ question: 'How long is the play?', history: [], sources: [programme] }));
    assert.match(length.text, /^About 2 hours 20 minutes/, length.text);
    const appeal = onePage('pcn-appeal-decision.pdf', 'We have considered the photographs you sent showing that the loading bay sign was hidden by scaffolding.', 2);
    const photos = await collect(asInApp.answer({ question: 'Can I take photos?', history: [], sources: [programme, appeal] }));
    assert.match(photos.text, /^Photography is not allowed during the performance\. \[1\]/, photos.text);
  });

  test('a penalty charge notice is the fine asked about, and "You do not need to pay anything." says whether to pay it', async () => {
    const decision = onePage(
      'pcn-appeal-decision.pdf',
      'Penalty Charge Notice appeal: decision\nPCN number: WK40918835\nYour appeal has been successful and the Penalty Charge Notice has been cancelled. You do\nnot need to pay anything. If you have already paid, we will refund you within 14 days.',
    );
    const pay = await collect(asInApp.answer({ question: 'Do I have to pay the fine?', history: [], sources: [decision] }));
    assert.match(pay.text, /^You do not need to pay anything\. \[1\]/, pay.text);
    assert.equal(pay.unsure, false, pay.text);
  });

  test('a heading put as a question ("What to work on") heads its section, though it ends on a small word', async () => {
    const report = onePage(
      'swimming-progress-report.html',
      '# Swimming progress report\n\nSwimmer: Isaac Ward. Class: Stage 4, Saturdays 9:30am.\n\n## What Isaac can do\n\nIsaac can swim 25 metres front crawl and 10 metres backstroke.\n\n## What to work on\n\nHis breaststroke leg kick is still uneven, and he needs to breathe to the side in front crawl.',
    );
    const work = await collect(asInApp.answer({ question: 'What does Isaac need to work on?', history: [], sources: [report] }));
    assert.match(work.text, /^His breaststroke leg kick is still uneven/, work.text);
    assert.doesNotMatch(work.text, /What to work on/, work.text);
  });

  test('a slide titled "What to pack" answers "What should my child pack?" by its whole table, in order', async () => {
    const slide = (page: number, text: string) => ({ ...onePage('year-6-residential.pptx', text, page), page, pageEnd: page });
    const medication = slide(6, 'Medication\n\n- All medication must be handed to Mr Hughes at the coach in the original box.\n- Children may not keep any medicine in their rooms, except inhalers.');
    const packing = slide(
      5,
      'What to pack\n\nItem | How many\nOld trousers or joggers | 3 pairs\nWarm jumper or fleece | 2\nWaterproof coat | 1\nTorch | 1\n\nNotes: Remind parents that bedding is not provided apart from a fitted sheet.',
    );
    const pack = await collect(asInApp.answer({ question: 'What should my child pack?', history: [], sources: [{ ...medication, n: 1 }, { ...packing, n: 2 }] }));
    assert.equal(pack.notFound, false, pack.text);
    assert.match(pack.text, /^Item: Old trousers or joggers; How many: 3 pairs\. \[1\] Item: Warm jumper or fleece; How many: 2\. \[2\] Item: Waterproof coat; How many: 1\. \[3\] Item: Torch; How many: 1\. \[4\]/, pack.text);
    // "medicine" is the word the slide says as "medication".
    const medicine = await collect(asInApp.answer({ question: 'Who do I give medicine to?', history: [], sources: [{ ...medication, n: 1 }, { ...packing, n: 2 }] }));
    assert.match(medicine.text, /^All medication must be handed to Mr Hughes/, medicine.text);
  });

  test('a service record and an MOT certificate: who did it, when it runs out, whether it passed', async () => {
    const service = onePage(
      'boiler service report.pdf',
      'NORTHSIDE HEATING LTD\nGas Appliance Service Record\nCustomer: Mr and Mrs J. Doyle\nDate of visit: 3 November 2026\nEngineer: Kieran Walsh\nAppliance: Worcester Bosch Greenstar 30i combi boiler\nNext service due: November 2027\nYour boiler warranty requires a service every 12 months.',
    );
    const who = await collect(asInApp.answer({ question: 'Who serviced the boiler?', history: [], sources: [service] }));
    assert.match(who.text, /^Engineer: Kieran Walsh\. \[1\]/, who.text);
    const mot = onePage(
      'MOT result.txt',
      'MOT TEST CERTIFICATE\n\nVehicle: Ford Fiesta, registration YC19 KXT\nTest date: 17 October 2026\nTest result: PASS\nExpiry date: 16 October 2027\nTester: A. Bashir\n\nYou can check the vehicle\'s MOT history online with the registration number.',
      2,
    );
    const expires = await collect(asInApp.answer({ question: 'When does my MOT run out?', history: [], sources: [service, mot] }));
    assert.match(expires.text, /^Expiry date: 16 October 2027\. \[1\]/, expires.text);
    const passed = await collect(asInApp.answer({ question: 'Did the car pass its MOT?', history: [], sources: [service, mot] }));
    assert.match(passed.text, /^Test result: PASS\. \[1\]/, passed.text);
  });

  test('"How early…" asks a time, and "Which day…" a day of the week', async () => {
    const handbook = onePage(
      'food bank volunteer handbook.odt',
      'Shifts\n\nWhen you arrive, sign in at the front desk and collect an apron.\nPlease arrive 15 minutes before your shift starts so the shift lead can brief you.',
    );
    const early = await collect(asInApp.answer({ question: 'How early should I arrive?', history: [], sources: [handbook] }));
    assert.equal(early.notFound, false, early.text);
    assert.match(early.text, /^Please arrive 15 minutes before your shift starts/, early.text);
    // As the app retrieves a Markdown file: a page per section, the headings above each, the walks ranked first. A
    // weekday is the answer; "once you are past the gate" only says when in passing.
    const section = (page: number, n: number, text: string) => ({ ...onePage('Notes for Biscuit sitter.md', text, n), page, pageEnd: page, headings: ['Looking after Biscuit'] });
    const walks = section(3, 1, '## Walks\nBiscuit needs two walks a day, about 40 minutes each. Keep him on the lead near the main road. He can go off the lead on the playing fields once you are past the gate.');
    const house = section(
      5,
      2,
      '## House\nThe spare key is with our neighbour Joan at number 14.\nPlease put the bins out on Wednesday night — collection is Thursday morning.\nThe wifi password is on the back of the router.\n\nWe are back on Sunday 21 March in the evening.',
    );
    const feeding = section(2, 3, '## Feeding\n- Breakfast at 7:30am: one scoop of the dry food in the blue tub.\n- Dinner at 5pm: half a tin of wet food mixed with one scoop of dry food.');
    const vet = section(4, 4, '## Vet\nHis vet is Meadowbank Vets, 0113 496 0221. He takes one Cardalis tablet every morning with breakfast for his heart.');
    const intro = section(1, 5, '# Looking after Biscuit\n\nBiscuit is a 6-year-old cocker spaniel. He is friendly but pulls on the lead when he sees squirrels.');
    const bins = await collect(asInApp.answer({ question: 'Which day do the bins go out?', history: [], sources: [walks, house, feeding, vet, intro] }));
    assert.match(bins.text, /^Please put the bins out on Wednesday night/, bins.text);
  });

  test('a letter changing a rate: the new rate is the percentage, and it starts from the date it is given from', async () => {
    const letter = onePage(
      'Savings account - interest rate change.pdf',
      'Northway Building Society\nYour Easy Access Saver, account ending 4471\nWe are writing to tell you that the interest rate on your account is changing.\nFrom 1 February 2027 the rate will go down from 3.10% AER to 2.85% AER (variable).\n' +
        'If you are unhappy with the change, you can close your account without any penalty until 3 March 2027.\nIf you do nothing, your account will stay open and the new rate will apply automatically.',
    );
    for (const question of ['What is the new interest rate?', 'When does the new rate start?']) {
      const answer = await collect(asInApp.answer({ question, history: [], sources: [letter] }));
      assert.match(answer.text, /^From 1 February 2027 the rate will go down from 3\.10% AER to 2\.85% AER \(variable\)\. \[1\]/, `${question} ${answer.text}`);
    }
  });

  test('a recipe: the oven temperature, and how long it takes though it never says "cook"', async () => {
    const cake = onePage(
      'family recipes.epub',
      "# Lemon drizzle cake\n\n## Method\n\n1. Heat the oven to 180°C (160°C fan) and line a loaf tin.\n2. Beat the butter and sugar until pale.\n3. Bake for 45 to 50 minutes, until a skewer comes out clean.",
    );
    const temperature = await collect(asInApp.answer({ question: 'What temperature do I bake the lemon cake at?', history: [], sources: [cake] }));
    assert.match(temperature.text, /^Heat the oven to 180°C \(160°C fan\)/, temperature.text);
    const curry = onePage(
      'sunday lamb curry.epub',
      '# Sunday lamb curry\n\nA mild curry that the children will eat. It takes about 2 hours, most of it simmering.\n\n## Method\n\n1. Brown the lamb in batches and set aside.\n2. Add the lamb and tomatoes, cover and simmer gently for 1½ hours.\n\nThe curry freezes well for up to three months.',
      2,
    );
    const time = await collect(asInApp.answer({ question: 'How long does the curry take to cook?', history: [], sources: [cake, curry] }));
    assert.equal(time.notFound, false, time.text);
    assert.match(time.text, /It takes about 2 hours, most of it simmering\. \[1\]/, time.text);
    assert.doesNotMatch(time.text.split('[1]')[0], /freezes/, time.text);
  });

  test('a section\'s sentence giving the time asked answers before one saying the heading\'s words without it', async () => {
    const page = onePage(
      'surgery opening hours and services.html',
      '## Repeat prescriptions\n\nOrder repeat prescriptions through the NHS App or by handing your repeat slip in at reception. We do not take prescription requests over the phone. Please allow 3 working days before collecting from your pharmacy.',
    );
    const answer = await collect(asInApp.answer({ question: 'How long does a repeat prescription take?', history: [], sources: [page] }));
    assert.match(answer.text, /^Please allow 3 working days before collecting from your pharmacy\. \[1\]/, answer.text);
  });

  test('an inventory, an agenda, a gym induction and a lost property reply: moving in, where, an age, a colour', async () => {
    const inventory = onePage(
      'Flat 3 check-in inventory.odt',
      'Check-in inventory — Flat 3, 18 Mill Street\n\nDate of check-in: 1 September 2026. Tenant: Oliver Grant. Prepared by Castle Lettings.\n\nLiving room\n\nCarpet: grey, good condition, small stain by the window.',
    );
    // Moving in is the tenancy's check-in.
    const moved = await collect(asInApp.answer({ question: 'When did Oliver move in?', history: [], sources: [inventory] }));
    assert.match(moved.text, /^Date of check-in: 1 September 2026\. \[1\]/, moved.text);
    // A programme's "08:30 Registration" names no place; the line naming the venue and the town does.
    const agenda = onePage(
      'UX Day 2027 agenda.pdf',
      'UX Day 2027 — Agenda\nThursday 22 April 2027, The Engine Shed, Bristol\n08:30 Registration and coffee\n09:30 Keynote: Designing for trust — Marcus Webb\n12:30 Lunch (vegetarian and vegan options available)\n16:30 Closing remarks and drinks',
    );
    const where = await collect(asInApp.answer({ question: 'Where is UX Day?', history: [], sources: [agenda] }));
    assert.match(where.text, /^Thursday 22 April 2027, The Engine Shed, Bristol\. \[1\]/, where.text);
    // "14 year old" is an age, which "Under-16s" bounds.
    // (As the app retrieves the deck: the membership slide first, whose "use the gym" says the question's other words.)
    const slide = (page: number, n: number, text: string) => ({ ...onePage('FitHub induction.pptx', text, n), page, pageEnd: page });
    const membership = slide(3, 1, "Your membership\n\n- Off-peak members can use the gym before 4pm on weekdays and at any time at weekends.\n- You can freeze your membership for up to 3 months a year, for £5 a month.\n- To cancel, give one full month's notice in the app.");
    const rules = slide(5, 2, 'Gym rules\n\n- Wipe down equipment after use.\n- Bring a towel to every session.\n- No outdoor shoes on the gym floor.\n- Under-16s must be supervised by an adult member.');
    const age = await collect(asInApp.answer({ question: 'Can my 14 year old use the gym?', history: [], sources: [membership, rules] }));
    assert.match(age.text, /Under-16s must be supervised by an adult member\. \[\d\]/, age.text);
    // A colour answers "What colour…?", in whatever words the bag is named.
    const reply = onePage(
      'Lost property reply.txt',
      'Subject: Re: Lost bag on the 17:42 to Harrogate\n\nDear Hannah,\n\nThank you for reporting your lost bag. We have found a black rucksack matching your description on the 17:42 Leeds to Harrogate service.\n\nWe can keep the bag for 30 days.',
    );
    const colour = await collect(asInApp.answer({ question: 'What colour is my bag?', history: [], sources: [reply] }));
    assert.match(colour.text, /^We have found a black rucksack/, colour.text);
  });

  test('a sign\'s line of a kind and its code ("ZONE B") answers "What zone…?", though it is two words', async () => {
    const sign = onePage('parking sign outside flat.png', 'PERMIT HOLDERS ONLY\n\nZONE B\n\nMon - Sat 8am - 6pm\n\nVisitors: max stay 2 hours with a visitor voucher\n\nEnforcement in operation');
    const zone = await collect(asInApp.answer({ question: 'What zone is the parking?', history: [], sources: [sign] }));
    assert.match(zone.text, /^ZONE B\.? \[1\]/, zone.text);
  });

  test('"Who do I contact about…?" is answered by whom to get in touch with, not by a name said of something else', async () => {
    const letter = onePage(
      'Class 3 letter.rtf',
      'Oakfield Primary School\n\nMonday 11 January 2027\n\nDear Parents and Carers of Class 3,\n\nWe have been made aware of a case of head lice in Class 3. Head lice are common in primary schools and are not a sign of poor hygiene.\n\n' +
        "Please check your child's hair this week using a fine-tooth nit comb.\n\nThere is no need to keep your child off school. If you find live lice, treat your child's hair with a lotion or spray from your local pharmacy.\n\n" +
        'If you have any questions, please contact Mrs Dean in the school office.\n\nKind regards,\nMrs L. Dean\nSchool Office',
    );
    const contact = await collect(asInApp.answer({ question: 'Who do I contact about head lice?', history: [], sources: [letter] }));
    assert.match(contact.text, /^If you have any questions, please contact Mrs Dean in the school office\. \[1\]/, contact.text);
  });

  test('a pet\'s dated records answer "now" by the latest row, and "the next booster due" by the latest "Next due"', async () => {
    // As a vet record's sheets read: one record per row, under its header's names.
    const vaccinations = onePage(
      'Biscuit vet record.xlsx',
      'Pet: Biscuit (Labrador, male, born 12/05/2023)\n\nDate: 2023-07-22\nVaccine: DHPPi + Lepto (2nd)\nVet: Dr Okafor\nNext due: 2024-07-22\n\nDate: 2024-07-20\nVaccine: Lepto booster\nVet: Dr Hale\nNext due: 2025-07-20\n\nDate: 2025-07-18\nVaccine: DHPPi + Lepto booster\nVet: Dr Hale\nNext due: 2026-07-18',
    );
    const booster = await collect(asInApp.answer({ question: "When is Biscuit's next booster due?", history: [], sources: [vaccinations] }));
    assert.match(booster.text, /^Date: 2025-07-18; Vaccine: DHPPi \+ Lepto booster; Vet: Dr Hale; Next due: 2026-07-18\. \[1\]/, booster.text);
    const weights = onePage(
      'Biscuit weights.xlsx',
      'Date: 2025-07-18\nWeight (kg): 28.4\nFlea treatment: Bravecto\n\nDate: 2025-10-18\nWeight (kg): 29.1\nFlea treatment: Bravecto\n\nDate: 2026-01-17\nWeight (kg): 30.2\nFlea treatment: Bravecto\n\nMicrochip number: 985 112 004 567 321',
    );
    // "weigh" is "weight"; "does" asks how things are now.
    const weigh = await collect(asInApp.answer({ question: 'How much does Biscuit weigh?', history: [], sources: [weights] }));
    assert.equal(weigh.notFound, false, weigh.text);
    assert.match(weigh.text, /^Date: 2026-01-17; Weight \(kg\): 30\.2/, weigh.text);
    // What was is asked of the row that says it, not of the latest.
    const then = await collect(asInApp.answer({ question: 'What did Biscuit weigh in October 2025?', history: [], sources: [weights] }));
    assert.match(then.text, /^Date: 2025-10-18; Weight \(kg\): 29\.1/, then.text);
  });

  test('a race pack: "Can I wear…?" is answered by what is not allowed, "Where can I leave my bag?" by the tent', async () => {
    const pack = onePage(
      'Riverside 10K final instructions.docx',
      'Race morning\n\nThe race starts at 09:00 from Park Road. Please be in your start pen by 08:45.\n\nBaggage can be left at the bag drop tent next to the marquee until 08:30. Bags must be labelled with the sticker on your race number. We cannot accept bags larger than 40 litres.\n\nOn the course\n\nThere is one water station at 5 km. Headphones are not allowed for safety reasons.',
    );
    const headphones = await collect(asInApp.answer({ question: 'Can I wear headphones during the race?', history: [], sources: [pack] }));
    assert.equal(headphones.notFound, false, headphones.text);
    assert.match(headphones.text, /^Headphones are not allowed for safety reasons\. \[1\]/, headphones.text);
    // Where no sentence says what may be done, the verb weighs as any word: a question about swimming is not answered.
    const swim = await collect(asInApp.answer({ question: 'Can I swim in the lake after the race?', history: [], sources: [onePage('race.txt', 'The race starts at 09:00 from Park Road. There is one water station at 5 km.')] }));
    assert.ok(swim.notFound || swim.unsure, swim.text);
    const bag = await collect(asInApp.answer({ question: 'Where can I leave my bag?', history: [], sources: [pack] }));
    assert.match(bag.text, /^Baggage can be left at the bag drop tent next to the marquee until 08:30\. \[1\]/, bag.text);
  });

  test('a knitting pattern: its sizes in brackets count balls, and "What is the tension?" is the section so headed', async () => {
    const pattern = onePage(
      'cabled-beanie-pattern.md',
      '# Cabled Beanie\n\n## Sizes\n\nTo fit head circumference: 51 (56, 61) cm.\n\n## Materials\n\n- 2 (2, 3) balls of Meadow Aran, 100% wool, 50 g / 90 m per ball\n- 4.5 mm circular needle, 40 cm long\n\n## Tension\n\n18 stitches and 24 rows to 10 cm over stocking stitch on 5 mm needles.\nUse larger or smaller needles if necessary to obtain the correct tension.',
    );
    const balls = await collect(asInApp.answer({ question: 'How many balls of yarn do I need for the 56 cm size?', history: [], sources: [pattern] }));
    assert.match(balls.text, /^2 \(2, 3\) balls of Meadow Aran/, balls.text);
    const tension = await collect(asInApp.answer({ question: 'What is the tension?', history: [], sources: [pattern] }));
    assert.match(tension.text, /^18 stitches and 24 rows to 10 cm over stocking stitch on 5 mm needles\. \[1\]/, tension.text);
  });

  test('a leaflet\'s "Uncommon side effects:" lists them; a bill\'s "Amount payable" is what is paid; "go up" is "increase"', async () => {
    const leaflet = onePage(
      'ibuprofen-leaflet.pdf',
      'Taking Ibuprofen with alcohol may increase the risk of stomach side effects.\n4. Possible side effects\nLike all medicines, this medicine can cause side effects, although not everybody gets them.\nUncommon side effects: indigestion, stomach pain, nausea and headache.',
    );
    const effects = await collect(asInApp.answer({ question: 'What are the side effects of ibuprofen?', history: [], sources: [leaflet] }));
    assert.match(effects.text, /^Uncommon side effects: indigestion, stomach pain, nausea and headache\. \[1\]/, effects.text);
    const bill = onePage(
      'council-tax-bill-2026-27.txt',
      'NORTHDALE DISTRICT COUNCIL\nCouncil Tax Demand Notice 2026/27\n\nValuation band: C\n\nTotal charge                    £ 2,021.00\nLess single person discount 25% £  -505.25\nAmount payable                  £ 1,515.75\n\nYour council tax has increased by 4.99% compared with last year.',
    );
    const pay = await collect(asInApp.answer({ question: 'How much council tax do I have to pay this year?', history: [], sources: [bill] }));
    assert.match(pay.text, /^Amount payable £ 1,515\.75\. \[1\]/, pay.text);
    const up = await collect(asInApp.answer({ question: 'How much did council tax go up?', history: [], sources: [bill] }));
    assert.match(up.text, /^Your council tax has increased by 4\.99% compared with last year\. \[1\]/, up.text);
  });

  test('a job advert: its "Closing date:" and "Location:" lines, whom to talk to, and "We do not accept CVs."', async () => {
    // As the app retrieves the page, its description list read as one "Term: description" line each: the list's
    // section, then how to apply.
    const section = (n: number, page: number, text: string) => ({ ...onePage('job-advert-library-assistant.html', text, n), page, pageEnd: page });
    const advert = [
      section(1, 1, '# Library Assistant (part time)\n\nSalary: £11,920 a year (£23,840 full-time equivalent)\nHours: 18.5 hours per week, including alternate Saturdays\nLocation: Kirkby Central Library, Market Square\nContract: Permanent\nClosing date: Sunday 10 January 2027 at midnight'),
      section(2, 4, '## How to apply\n\nApply online through our jobs portal. We do not accept CVs. Interviews will be held in the week beginning 25 January 2027.\n\nFor an informal chat about the role, contact Priya Shah, Library Manager, on 0151 443 2200.'),
    ];
    const ask = async (question: string) => collect(asInApp.answer({ question, history: [], sources: advert }));
    // Every word of it says what kind of answer is asked, and is the line's label.
    assert.match((await ask('When is the closing date?')).text, /^Closing date: Sunday 10 January 2027 at midnight\. \[1\]/);
    // "Location:" says where the job the document is about is.
    assert.match((await ask('Where is the job based?')).text, /^Location: Kirkby Central Library, Market Square\. \[1\]/);
    // "Talk to" is getting in touch, which "For an informal chat…, contact…" says.
    const talk = await ask('Who can I talk to about the job?');
    assert.equal(talk.notFound, false, talk.text);
    assert.match(talk.text, /^For an informal chat about the role, contact Priya Shah/, talk.text);
    // "CVs" is the plural of "CV", and not accepting them says whether one may send one.
    const cv = await ask('Can I send my CV?');
    assert.equal(cv.notFound, false, cv.text);
    assert.match(cv.text, /^We do not accept CVs\. \[1\]/, cv.text);
  });

  test('an invitation\'s "When:" and "Where:" lines answer when and where the party is, not "Maya is turning 7!"', async () => {
    const invitation = onePage(
      'party-invitation.txt',
      "You're invited!\n\nMaya is turning 7!\n\nCome and join us for a bouncy castle and pizza party.\n\nWhen: Saturday 20 March 2027, 2pm to 4pm\nWhere: St Mark's Church Hall, Hillside Road\n\nRSVP to Laura (Maya's mum) on 07700 900123 by 13 March.",
    );
    // Retrieved beside a tenancy agreement whose "party" is another word.
    const tenancy = onePage('tenancy-agreement.docx', 'Neither party may end the tenancy during the fixed term, except under the break clause.', 2);
    const when = await collect(asInApp.answer({ question: "When is Maya's party?", history: [], sources: [invitation, tenancy] }));
    assert.match(when.text, /^When: Saturday 20 March 2027, 2pm to 4pm/, when.text);
    const where = await collect(asInApp.answer({ question: 'Where is the party?', history: [], sources: [invitation, tenancy] }));
    assert.match(where.text, /^Where: St Mark's Church Hall, Hillside Road\. \[1\]$/, where.text);
  });

  test('a tenancy agreement: the rule about smoking, the fixed term, and a list introduced by "No thanks:"', async () => {
    const tenancy = onePage(
      'tenancy-agreement-canal-street.docx',
      'Assured Shorthold Tenancy Agreement\n\nProperty: Flat 3, 27 Canal Street, Leeds LS2 7EH\n\n# 1. Term\n\nThe tenancy is for a fixed term of 12 months beginning on 1 September 2026.\n\n# 4. Tenant obligations\n\nThe tenants must not smoke inside the property.\n\n# 5. Ending the tenancy\n\nBreak clause: after 6 months, either party may end the tenancy by giving two months\' written notice.',
    );
    const smoke = await collect(asInApp.answer({ question: 'Can we smoke in the flat?', history: [], sources: [tenancy] }));
    assert.match(smoke.text, /^The tenants must not smoke inside the property\. \[1\]/, smoke.text);
    const term = await collect(asInApp.answer({ question: 'How long is the tenancy?', history: [], sources: [tenancy] }));
    assert.match(term.text, /^The tenancy is for a fixed term of 12 months/, term.text);
    const bins = onePage('what-goes-in-which-bin.md', '## Blue bin: mixed recycling\n\nYes please:\n- Paper and magazines\n- Plastic bottles, rinsed\n\nNo thanks:\n- Plastic bags and film\n- Glass (use the glass box)');
    const bags = await collect(asInApp.answer({ question: 'Can plastic bags go in recycling?', history: [], sources: [bins] }));
    assert.match(bags.text, /^No thanks: \[1\] Plastic bags and film\. \[2\]/, bags.text);
  });

  test('"Can my daughter wear earrings?" of a uniform list is answered by its jewellery rule', async () => {
    const uniform = onePage(
      'school-uniform-list.pdf',
      'Hillside Academy — Uniform List 2026/27\nBlack leather shoes (no trainers or boots)\nJewellery: one pair of plain stud earrings only. Nail varnish is not allowed.\nPlease label every item with your child\'s name.',
    );
    const earrings = await collect(asInApp.answer({ question: 'Can my daughter wear earrings?', history: [], sources: [uniform] }));
    assert.equal(earrings.notFound, false, earrings.text);
    assert.match(earrings.text, /^Jewellery: one pair of plain stud earrings only\./, earrings.text);
  });

  test('a mortgage offer: its "Term:" says how long, its "Initial rate:" the rate; a guarantee\'s serial number and claims', async () => {
    // As the offer's table of key facts reads, one row a line.
    const offer = onePage(
      'mortgage-offer-key-facts.docx',
      'Mortgage Offer – Key Facts\n\nApplicants: Daniel and Priya Moss. Property: 8 Orchard Way, Harrogate HG2 0LP.\n\n# Your loan\n\nLoan amount | £212,000\nTerm | 25 years\nRepayment method | Capital and interest\nInitial rate | 4.19% fixed until 31 March 2032\nThen | our Standard Variable Rate, currently 7.49%\n\n# Important\n\nThis offer is valid for 6 months, until 14 July 2027.',
    );
    const long = await collect(asInApp.answer({ question: 'How long is the mortgage?', history: [], sources: [offer] }));
    assert.match(long.text, /^Term: 25 years\. \[1\]/, long.text);
    const rate = await collect(asInApp.answer({ question: 'What is the interest rate?', history: [], sources: [offer] }));
    assert.match(rate.text, /^Initial rate: 4\.19% fixed until 31 March 2032\. \[1\]/, rate.text);
    const guarantee = onePage(
      'fridge-freezer-warranty.html',
      '# Your Frostline guarantee\n\nThank you for registering your Frostline FF560 fridge freezer (serial number 56012-88431), bought on 3 June 2026.\n\n## How to claim\n\nCall our service line on 0344 815 2020 (Monday to Saturday, 8am to 6pm) or book a repair at frostline.co.uk/repair. Please have your serial number and proof of purchase ready.',
    );
    const serial = await collect(asInApp.answer({ question: 'What is the serial number?', history: [], sources: [guarantee] }));
    assert.match(serial.text, /^Thank you for registering your Frostline FF560 fridge freezer \(serial number 56012-88431\)/, serial.text);
    // "make" says only that a claim is made: the section headed "How to claim" answers.
    const claim = await collect(asInApp.answer({ question: 'How do I make a claim?', history: [], sources: [guarantee] }));
    assert.equal(claim.notFound, false, claim.text);
    assert.match(claim.text, /^Call our service line on 0344 815 2020/, claim.text);
  });

  test('a hospital letter: when the appointment is and with whom; a trip\'s "Cost:" line; a rule of another thing', async () => {
    const letter = onePage(
      'hospital-appointment-letter.rtf',
      'Northdale General Hospital\nOutpatients Department, Level 2, Main Building\n\n14 December 2026\n\nDear Ms Patel,\n\nYour appointment with the Dermatology clinic has been booked for Tuesday 19 January 2027 at 2:40pm with Dr Hannah Lowe.\nPlease arrive 15 minutes early and report to the Outpatients reception desk on Level 2.\nThe appointment may take up to an hour.\nParking is very limited. The hospital car park costs £3.50 for up to 4 hours. Bus 22 stops outside the main entrance.\nIf you need an interpreter, please call us at least 5 days before your appointment.\n\nYours sincerely,\nAppointments Team',
    );
    // The sentence naming the appointment dates it, not "Bus 22…" between two saying the letter's words.
    const when = await collect(asInApp.answer({ question: 'When is my hospital appointment?', history: [], sources: [letter] }));
    assert.match(when.text, /^Your appointment with the Dermatology clinic has been booked for Tuesday 19 January 2027/, when.text);
    const whom = await collect(asInApp.answer({ question: 'Who is the appointment with?', history: [], sources: [letter] }));
    assert.match(whom.text, /^Your appointment with the Dermatology clinic .* with Dr Hannah Lowe\. \[1\]/, whom.text);
    const form = onePage(
      'year-4-trip-consent-form.odt',
      'Year 4 trip to the Jorvik Viking Centre\n\nDate of trip: Thursday 11 March 2027\n\nCost: £14.50, payable on ParentPay by Friday 26 February 2027.\n\nI give permission for my child to go on the trip.',
    );
    const cost = await collect(asInApp.answer({ question: 'How much is the trip?', history: [], sources: [form] }));
    assert.match(cost.text, /^Cost: £14\.50, payable on ParentPay/, cost.text);
    // "We do not accept CVs." says what may be done with CVs, not with the flat.
    const tenancy = onePage('tenancy-agreement.docx', 'Property: Flat 3, 27 Canal Street, Leeds LS2 7EH\n\nThe tenants must not keep any pets at the property without written consent.', 1);
    const advert = onePage('job-advert.html', 'Apply online through our jobs portal. We do not accept CVs.', 2);
    const sublet = await collect(asInApp.answer({ question: 'Can we sublet the flat?', history: [], sources: [tenancy, advert] }));
    assert.equal(sublet.notFound, true, sublet.text);
  });

  test('a reading list: when the club meets is the sentence dating "meet"; a passport page: every item of "What you need"', async () => {
    const list = onePage(
      'book-club-reading-list.docx',
      'Hillside Book Club – 2027 reading list\n\nWe meet on the first Thursday of each month at 7:30pm in the back room of The Fox and Hounds.\n\nMonth | Book | Author | Host\nApril | Small Things Like These | Claire Keegan | Ruth\nMay | The Thursday Murder Club | Richard Osman | Dev\n\nMembership is £2 a meeting, which goes towards snacks.',
    );
    const meet = await collect(asInApp.answer({ question: 'When does the book club meet?', history: [], sources: [list] }));
    assert.match(meet.text, /^We meet on the first Thursday of each month at 7:30pm/, meet.text);
    const page = onePage(
      'renew-passport.html',
      "# Renew or replace your adult passport\n\nIt costs £88.50 to renew or replace your passport if you apply online.\n\n## What you need\n\n- a digital photo\n- a credit or debit card\n- your old passport\n\nYou'll need to send your old passport after you apply. It will be cancelled and returned to you.",
    );
    const need = await collect(asInApp.answer({ question: 'What do I need to renew my passport?', history: [], sources: [page] }));
    assert.equal(need.text, 'What you need: [1]\n• a digital photo [2]\n• a credit or debit card [3]\n• your old passport [4]');
  });

  test('a hotel guide: breakfast on Saturday is the weekend\'s; "checkout" is "Check-out"; a payslip\'s tax is not its tax code', async () => {
    const guide = onePage(
      'guest-information.md',
      '# Welcome to the Harbour View Hotel\n\n## Breakfast\nBreakfast is served in the Compass Room from 7am to 10am on weekdays and from 8am to 11am at weekends.\n\n## Checking out\nCheck-out is by 11am. Late check-out until 2pm can be arranged at reception for £20.',
      1,
    );
    const menu = onePage('olive-tree-menu.pdf', 'The Olive Tree - Evening Menu\nServed Tuesday to Saturday, 5.30pm to 10pm\n\nCalamari with lemon aioli  8.95', 2);
    const breakfast = await collect(asInApp.answer({ question: 'What time is breakfast on Saturday?', history: [], sources: [menu, guide] }));
    assert.match(breakfast.text, /^Breakfast is served in the Compass Room .* at weekends\. \[1\]/, breakfast.text);
    const checkout = await collect(asInApp.answer({ question: 'When is checkout?', history: [], sources: [menu, guide] }));
    assert.match(checkout.text, /^Check-out is by 11am\. \[1\]/, checkout.text);
    const payslip = onePage(
      'payslip-march-2026.xlsx',
      'Brightwater Logistics Ltd\n\nPayslip\n\nEmployee: Sarah Lindqvist\n\nPay date: 2026-03-27\n\nTax code: 1257L\n\nNI number: QQ 12 34 56 C\n\nPayments: Basic pay\nHours: 162.5\nRate: 15.4\nAmount: 2502.5\n\nPayments: Gross pay\nAmount: 2687.3\n\nDeductions: Amount\n\nIncome tax: 326.2\n\nNational Insurance: 134.58\n\nNet pay: 2092.15',
    );
    // "Pay date: …" beside "Tax code: 1257L" is another field, not what the code's line is about.
    const tax = await collect(asInApp.answer({ question: 'How much tax did I pay?', history: [], sources: [payslip] }));
    assert.match(tax.text, /^Income tax: 326\.2\. \[1\]/, tax.text);
  });

  test('a feeding log: the feed "at 1pm" is the row of 13:00', async () => {
    const log = onePage(
      'baby-feeding-log.csv',
      'Date | Time | Feed | Amount (ml) | Nappy\n2027-03-02 | 09:30 | Bottle | 90 | Dirty\n2027-03-02 | 13:00 | Bottle | 150 | Wet\n2027-03-02 | 16:45 | Bottle | 110 | Wet\n2027-03-03 | 02:30 | Bottle | 100 | Wet',
    );
    const feed = await collect(asInApp.answer({ question: 'What was the feed at 1pm?', history: [], sources: [log] }));
    assert.match(feed.text, /^Date: 2027-03-02; Time: 13:00; Feed: Bottle; Amount \(ml\): 150/, feed.text);
  });

  test('a planning decision: "Decision: GRANTED" says whether the application was approved', async () => {
    const letter = onePage(
      'planning-decision.rtf',
      'Harrogate Borough Council - Planning Services\n\nApplication number: 27/01145/HOUSE\n\nProposal: Single-storey rear extension and new dormer window\n\nSite: 12 Beech Grove, Harrogate HG2 8LP\n\nDecision: GRANTED subject to the conditions below\n\nDate of decision: 9 April 2027\n\nConditions\n\n1. The development must be begun within three years of the date of this permission.\n\nIf you disagree with a condition, you can appeal to the Planning Inspectorate within 12 weeks of the date of this decision.',
    );
    const approved = await collect(asInApp.answer({ question: 'Was my planning application approved?', history: [], sources: [letter] }));
    assert.equal(approved.notFound, false, approved.text);
    assert.match(approved.text, /^Decision: GRANTED subject to the conditions below\. \[1\]/, approved.text);
  });

  test('a thing named by its kind: "Pets" rule a dog, but "the vehicle" is no line about whose VIN is asked', async () => {
    const villa = onePage('villa-booking.docx', 'Linen and towels are provided. Beach towels are not provided.\n\nPets are not allowed at the villa.\n\nWe recommend hiring a car.');
    const dog = await collect(asInApp.answer({ question: 'Can we bring our dog?', history: [], sources: [villa] }));
    assert.equal(dog.notFound, false, dog.text);
    assert.match(dog.text, /^Pets are not allowed at the villa\. \[1\]/, dog.text);
    const estimate = onePage(
      'repair-estimate.pdf',
      'REPAIR ESTIMATE\n\nThis is a preliminary estimate for the visible damage of the vehicle.\n\nCustomer: Gabriel Diaz\n\nEmail gabriel@contoso.com VIN 1C4RJFBG2NC123456\n\nParts prices may vary due to models and vehicle maker price updates.',
    );
    const vin = await collect(asInApp.answer({ question: 'What is the VIN of the car?', history: [], sources: [estimate] }));
    // (Answered or shown as the closest passage: the repair estimate never says "car".)
    assert.match(vin.text, /Email gabriel@contoso\.com VIN 1C4RJFBG2NC123456\. \[1\]/, vin.text);
    assert.doesNotMatch(vin.text, /visible damage/, vin.text);
  });

  test('a notice\'s "## When" heads the dates asked; a quote\'s "Total:" is not the deposit asked of it', async () => {
    const notice = onePage(
      'road-closure-notice.odt',
      '# Temporary road closure: Hall Lane, Barwick\n\nHall Lane will be closed between Church Street and Elm Avenue so that Yorkshire Water can replace a sewer.\n\n## When\n\nThe road will be closed from Monday 7 June to Friday 25 June 2027, 9.30am to 3.30pm each weekday. It will be open in the evenings and at weekends.\n\n## Residents\n\nResidents of Hall Lane will have access to their homes at all times.',
    );
    const when = await collect(asInApp.answer({ question: 'When is Hall Lane closed?', history: [], sources: [notice] }));
    assert.match(when.text, /^The road will be closed from Monday 7 June to Friday 25 June 2027/, when.text);
    const quote = onePage(
      'boiler-quote.pdf',
      'Northern Heat Ltd - Quotation Q-7714\nSupply and fit Worcester Bosch Greenstar 4000 30kW combi boiler\nRemove old boiler and flush the system\nFit new magnetic filter and smart thermostat\nPrice excluding VAT: £2,950.00\nVAT at 20%: £590.00\nTotal: £3,540.00\nA deposit of 25% is required to book the installation date.\nThis quote is valid for 30 days.',
    );
    const deposit = await collect(asInApp.answer({ question: 'How much deposit do I need to pay for the boiler?', history: [], sources: [quote] }));
    assert.match(deposit.text, /^A deposit of 25% is required/, deposit.text);
    // All it asks is of the document, or of no other figure of it ("new"): its total answers.
    const vat = await collect(asInApp.answer({ question: 'How much is the new boiler including VAT?', history: [], sources: [quote] }));
    assert.match(vat.text, /^(?:VAT at 20%: £590\.00; )?Total: £3,540\.00/, vat.text);
    const total = await collect(asInApp.answer({ question: 'How much is the boiler quote?', history: [], sources: [quote] }));
    assert.match(total.text, /^(?:VAT at 20%: £590\.00; )?Total: £3,540\.00/, total.text);
  });

  test('a lesson log: "on 30 January" is the row dated 2027-01-30, not every January row', async () => {
    const log = onePage(
      'music-lessons-invoice.xlsx',
      'Harmony Music Tuition\n\nPupil: Lily Chen\n\nLesson date | Length | Fee\n2027-01-09 | 30 min | 22\n2027-01-16 | 30 min | 22\n2027-01-23 | 30 min | 22\n2027-01-30 | 45 min | 32\n\nTotal due: 98',
    );
    const long = await collect(asInApp.answer({ question: 'How long was the lesson on 30 January?', history: [], sources: [log] }));
    assert.equal(long.text, 'Lesson date: 2027-01-30; Length: 45 min; Fee: 32. [1]');
  });
  test("a bill's title line answers nothing its other lines do not; another bill, or a thing counted that is not there, is refused", async () => {
    const bill = onePage(
      'council-tax-bill-2027.pdf',
      'Westbrook District Council\nCouncil Tax Bill 2027/28\nAccount number: 60044213\nValuation band: C\nAmount payable: £1,405.65\nInstalments: 10 monthly payments of £140.57\n\nHow to pay\nDirect Debit is the easiest way to pay.\nIf you cannot pay, contact us straight away on 01632 960321; we can agree a payment plan.\nIf you move home, tell us within 21 days.',
    );
    const cannot = await collect(asInApp.answer({ question: "What happens if I can't pay my council tax?", history: [], sources: [bill] }));
    assert.match(cannot.text, /^If you cannot pay, contact us straight away/, cannot.text);
    const water = await collect(asInApp.answer({ question: 'How much is the water bill?', history: [], sources: [bill] }));
    assert.equal(water.notFound, true, water.text);
    const council = await collect(asInApp.answer({ question: 'How much is the council tax bill?', history: [], sources: [bill] }));
    assert.match(council.text, /£1,405\.65/, council.text);
    // A form's first line is its title too, but it says more than its file's name.
    const estimate = onePage('REPAIR-2022-INV-001.pdf', 'Insured name Gabriel Diaz Year 2022\nClaim # SF-1008 Make Jeep\nPreliminary Estimate (ID: EST-1008)');
    const insured = await collect(asInApp.answer({ question: 'Who is the insured person?', history: [], sources: [estimate] }));
    assert.match(insured.text, /^Insured name Gabriel Diaz/, insured.text);
    const recipe = onePage(
      'lasagne-recipe.md',
      '# Weeknight lasagne\n\nServes 6. Prep 30 minutes, cook 45 minutes.\n\n## Ingredients\n- 500g beef mince\n- 12 lasagne sheets\n- 600ml milk for the white sauce\n- 100g grated cheddar',
    );
    const calories = await collect(asInApp.answer({ question: 'How many calories are in the lasagne?', history: [], sources: [recipe] }));
    assert.equal(calories.notFound, true, calories.text);
    const sheets = await collect(asInApp.answer({ question: 'How many lasagne sheets are in the recipe?', history: [], sources: [recipe] }));
    assert.match(sheets.text, /^12 lasagne sheets/, sheets.text);
  });

  test('a guarantee card or an invitation says what is asked in other words; a how-to is not answered by a label naming its object', async () => {
    const card = onePage('washing-machine-guarantee.png', 'HOMEWISE APPLIANCES\n\nProduct: Washing machine WM-8400\nSerial no: 7742-0981-AB\n\nPurchased: 14/02/2027\n\nGuarantee: 5 years parts and labour');
    const bought = await collect(asInApp.answer({ question: 'When did I buy the washing machine?', history: [], sources: [card] }));
    assert.match(bought.text, /^Purchased: 14\/02\/2027/, bought.text);
    const invitation = onePage('wedding-invitation.html', "# Emma & Daniel\n\nSaturday 18 June 2028 at 1pm, St Mary's Church.\n\n## Details\n\nDress code: summer formal.\n\nA coach will leave Hollow Barn for Cheltenham at 12.15am.");
    const wear = await collect(asInApp.answer({ question: 'What should I wear to the wedding?', history: [], sources: [invitation] }));
    assert.match(wear.text, /^Dress code: summer formal/, wear.text);
    const coach = await collect(asInApp.answer({ question: 'What time is the coach back?', history: [], sources: [invitation] }));
    assert.match(coach.text, /^A coach will leave Hollow Barn for Cheltenham at 12\.15am/, coach.text);
    assert.equal(coach.notFound, false);
    const gym = onePage(
      'gym-membership.docx',
      "# FitZone Membership Agreement\n\nMember | Priya Natarajan\nMembership number | FZ-10458\nMonthly fee | £24.99\nMinimum term | 12 months\n\n# Freezing and cancelling\n\nAfter the minimum term you can cancel at any time with one month's notice in writing.",
    );
    const cancel = await collect(asInApp.answer({ question: 'How do I cancel my gym membership?', history: [], sources: [gym] }));
    assert.match(cancel.text, /^After the minimum term you can cancel at any time/, cancel.text);
    const term = await collect(asInApp.answer({ question: 'How long is the minimum term?', history: [], sources: [gym] }));
    assert.match(term.text, /^Minimum term: 12 months/, term.text);
  });
  test("a trip letter, a dentist's letter, a pension statement and a bin calendar: the line each question asks", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const trip = onePage(
      'school-trip-letter.docx',
      "# Year 4 trip to Chester Zoo\n\nDear Parents and Carers,\n\nYear 4 will visit Chester Zoo on Thursday 20 May 2027 as part of our science topic on habitats.\n\nCoach leaves school | 8.30am\nCoach returns to school | approximately 4.15pm\nCost | £18.50 per child\nPayment and consent by | Friday 7 May 2027\n\nChildren should bring a packed lunch in a named, disposable bag, a drink (no glass bottles) and a waterproof coat. School uniform should be worn.\n\nChildren must not bring money, phones or electronic games.\n\nPlease pay and give consent through the ParentPay app. If cost is a difficulty, please speak to Mrs Begum in the office in confidence.\n\nWe need four parent helpers; if you can help, please let your child's class teacher know.",
    );
    // "get back" is "return", and "4.15pm" a time of day.
    const back = await ask('When will the children get back?', trip);
    assert.match(back.text, /^Coach returns to school: approximately 4\.15pm/, back.text);
    // What to bring, not what not to.
    const bring = await ask('What do they need to bring on the trip?', trip);
    assert.match(bring.text, /^Children should bring a packed lunch/, bring.text);
    const phone = await ask('Can my child take their phone?', trip);
    assert.match(phone.text, /^Children must not bring money, phones/, phone.text);
    // The letter's sections, as retrieval gives them.
    const letter = [
      '# Brookside Dental Practice\n\nDear Mrs Hughes,\n\nYour next check-up is on Tuesday 14 September 2027 at 10.40am with Dr Anika Shah.\n\nYour hygiene appointment follows at 11.00am with Sam Clarke, hygienist.',
      '## Before your visit\n\nPlease bring a list of any medicines you take and arrive 5 minutes early to update your medical history.',
      '## Fees\n\nA check-up costs £28.50 and a scale and polish £65.00. Payment is taken on the day.',
      "## Cancellations\n\nIf you need to cancel or rearrange, please give us at least 24 hours' notice. Missed appointments are charged at £25.\n\nCall us on 01632 447700 or reply to this email. We are at 3 Brook Street, Ambleside LA22 0DH.",
    ].map((text, i) => ({ ...onePage('dentist-appointment-letter.odt', text, i + 1), page: i + 1, pageEnd: i + 1 }));
    // Of a letter all of whose words the questions' are: the dentist named by title, the practice by its address.
    const dentist = await ask('Who is my dentist?', ...letter);
    assert.match(dentist.text, /^Your next check-up is on Tuesday 14 September 2027 at 10\.40am with Dr Anika Shah\./, dentist.text);
    const where = await ask('Where is the dental practice?', ...letter);
    assert.match(where.text, /^We are at 3 Brook Street, Ambleside LA22 0DH\./, where.text);
    const pension = onePage(
      'pension-statement-2027.txt',
      'NORTHSTAR WORKPLACE PENSION\nAnnual benefit statement - 5 April 2027\n\nYour pot value on 5 April 2027: £41,286.17\n\nContributions in the year:\n  You paid: £2,160.00 (5% of salary)\n  Your employer paid: £2,592.00 (6% of salary)',
    );
    const worth = await ask('How much is my pension worth?', pension);
    assert.equal(worth.notFound, false, worth.text);
    assert.match(worth.text, /^Your pot value on 5 April 2027: £41,286\.17/, worth.text);
    const bins = onePage(
      'bin-collection-calendar-2027.xlsx',
      'Bin collection calendar 2027\n\nWeek beginning | General waste (black bin) | Recycling (blue bin)\n2027-01-04 | Tuesday | \n2027-01-11 |  | Tuesday\n2027-01-18 | Tuesday | \n2027-01-25 |  | Wednesday (moved)\n\nPut bins out by 7am on collection day.',
    );
    // "collected" is the calendar's "collection".
    const recycling = await ask('When is the recycling collected in the week of 11 January?', bins);
    assert.equal(recycling.notFound, false, recycling.text);
    assert.match(recycling.text, /^Week beginning: 2027-01-11; Recycling \(blue bin\): Tuesday/, recycling.text);
    // Another waste's collections do not say when the food waste is collected.
    const garden = onePage('bin-collection-calendar-2027.xlsx', 'Garden waste collections run from March to November and need a £45 yearly permit.\n\nGlass goes in the blue bin, but not in a plastic bag.', 2);
    const food = await ask('When is the food waste collected?', bins, garden);
    assert.equal(food.notFound, true, food.text);
    const gardenWaste = await ask('When is the garden waste collected?', bins, garden);
    assert.match(gardenWaste.text, /^Garden waste collections run from March to November/, gardenWaste.text);
  });

  test("a quote's total, a renewal's date, a leaflet's purpose, a job sheet's work and a certificate's result", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    // Every row is labelled by its "Price" column; the row whose first cell says "Total" prices the whole.
    const quote = onePage(
      'kitchen-fitting-quote.docx',
      '# Quotation - Oakwood Kitchens\n\nThis quote is valid for 30 days.\n\nItem | Price\nSupply and fit 8 base units | £3,200.00\nFit the oak worktop | £850.00\nTiling splashback | £410.00\nTotal excluding VAT | £4,460.00\nVAT at 20% | £892.00\nTotal | £5,352.00\n\nWe expect the work to take 5 days.',
    );
    const total = await ask('How much is the kitchen fitting?', quote);
    assert.match(total.text, /^Item: Total; Price: £5,352\.00\./, total.text);
    // A part's price is still its row's.
    const worktop = await ask('How much is the worktop?', quote);
    assert.match(worktop.text, /^Item: Fit the oak worktop; Price: £850\.00\./, worktop.text);
    // A reference's figures date nothing: "CX-4471-2290" is no year 2290.
    const renewal = onePage(
      'car-insurance-renewal.txt',
      'Your car insurance renewal\n\nPolicy number: CX-4471-2290.\n\nYour policy renews on 14 March 2028. The new premium is £498.20 a year.\n\nYour policy will renew automatically unless you tell us before then.',
    );
    const renews = await ask('When does my car insurance renew?', renewal);
    assert.match(renews.text, /^Your policy renews on 14 March 2028\./, renews.text);
    // What it is for: what it is, and the next sentence saying what it does; not "use" said of machines.
    const leaflet = onePage(
      'allergy-tablets-leaflet.docx',
      '# Package leaflet: Loratadine 10 mg tablets\n\n## What this medicine is for\n\nLoratadine is an antihistamine. It relieves sneezing, an itchy nose and sore eyes caused by allergies.\n\n## Warnings\n\nLoratadine rarely makes people drowsy. If it does, do not drive or use tools.',
    );
    const usedFor = await ask('What is loratadine used for?', leaflet);
    assert.match(usedFor.text, /^Loratadine is an antihistamine\. \[1\] It relieves sneezing, an itchy nose and sore eyes caused by allergies\./, usedFor.text);
    // "What was done?" is answered by the line labelled with the work done, which says neither "done" nor the car.
    const jobSheet = onePage(
      'car-service-job-sheet.txt',
      'GARAGE JOB SHEET\n\nVehicle: Vauxhall Corsa, registration LB21 KTP\nDate: 4 February 2028\n\nWork carried out: replaced the front brake pads and the wiper blades.\nNotes: the car was low on screen wash; topped up.\nNext service due: February 2029\n',
    );
    const done = await ask('What was done to the car?', jobSheet);
    assert.match(done.text, /^Work carried out: replaced the front brake pads/, done.text);
    // A form printing two fields to a line: "Result: Pass" answers whether it passed.
    const certificate = onePage(
      'gas-safety-certificate.pdf',
      'Gas safety certificate\nAddress: 8 Beech Road, Leeds LS6 2AB\nDate of check: 2 May 2028 Result: Pass\nEngineer: Tomasz Nowak\nYou must keep this certificate for 2 years and show it to your tenants; a landlord without a valid certificate can be fined.',
    );
    const passed = await ask('Did the boiler pass the gas safety check?', certificate);
    assert.match(passed.text, /^Date of check: 2 May 2028 Result: Pass\./, passed.text);
  });

  test("a quote's rows answer what they price, not when to pay; a condition is met by its negation; a Markdown heading stands alone", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const quote = onePage(
      'patio-repair-quote.docx',
      '# Quotation - Greenway Landscapes\n\nCustomer: Mr and Mrs Okafor, 14 Linden Avenue, Yate\n\nDate of quote: 9 March 2027. This quote is valid for 30 days.\n\nWork | Price\nRelay 12 cracked patio slabs | £540.00\nRebuild the garden steps | £720.00\nClear and repair the drains | £260.00\nSkip hire (1 week) | £240.00\nTotal excluding VAT | £1,760.00\nVAT at 20% | £352.00\nTotal | £2,112.00\n\nWe expect the work to take 3 to 4 days, weather permitting.\n\nAll workmanship is guaranteed for 5 years. Payment is due within 14 days of completion; no deposit is needed.\n\nIf we find a broken drain under the slabs, we will stop and agree any extra work with you before carrying on.',
    );
    // As retrieval gives them: the quote first, then other files' passages.
    const others = [
      onePage('school-news.html', "# Year 8 parents' evening\n\nYear 8 parents' evening will be held on Tuesday 9 March 2027 from 4pm to 7pm in the school hall.\n\nAppointments are 5 minutes with each teacher.", 2),
      onePage('tenancy-deposit-certificate.txt', 'TENANCY DEPOSIT CERTIFICATE\nSafeHome Deposits\n\nDeposit ID: TDS-40112-7K\nTenant: Mr Ravi Menon\nLandlord: Ms Joan Price\nDeposit amount: £875.00\nDate received: 2 June 2027', 3),
      onePage('dog-aftercare.md', '## Medication\nGive Metacam once a day with food, 0.5 ml on the syringe, for 3 days.\nThe antibiotic course is one tablet twice a day for 7 days.', 4),
      onePage('dog-aftercare.md', '## Food and water\nOffer a small meal this evening. Soft food only for 3 days.\nFresh water should always be available.', 5),
    ];
    // "pay" names the "Price" column, whose rows say no time: the sentence dating the payment answers.
    const when = await ask('When do I have to pay for the patio?', quote, ...others);
    assert.match(when.text, /^Payment is due within 14 days of completion/, when.text);
    // "pregnant" is said by "pregnancy".
    const spa = onePage(
      'beauty-salon-prices.odt',
      '# Glow Beauty - treatments and prices\n\n## Massage\n\nSwedish massage, 60 minutes: £55\n\nHot stone massage, 75 minutes: £70\n\nBack and shoulder massage, 30 minutes: £35\n\n## Good to know\n\nPlease arrive 10 minutes before your treatment. Treatments are not offered in the first 12 weeks of pregnancy.',
    );
    const pregnant = await ask('Can I have a massage when pregnant?', spa, ...others);
    assert.equal(pregnant.notFound, false, pregnant.text);
    assert.match(pregnant.text, /^Treatments are not offered in the first 12 weeks of pregnancy\./, pregnant.text);
    // "What if we disagree?" is met by "If you cannot agree…", quoted after the sentence it goes on from.
    const tenancy = onePage(
      'deposit-protection-certificate.txt',
      'DEPOSIT PROTECTION CERTIFICATE\nSecureDeposits Wales\n\nDeposit ID: SDW-55018-2M\nTenant: Mr Gareth Lloyd\nLandlord: Mrs Anwen Hughes\nProperty: 4 Castle Street, Conwy LL32 8AY\nDeposit amount: £1,100.00\nDate received: 3 September 2027\n\nYour deposit is protected for the length of your tenancy and is held by SecureDeposits Wales, not by your landlord.\nAt the end of the tenancy, you and your landlord should agree how the deposit is repaid. If you cannot agree, either of you can ask us to decide through our free dispute service, within 3 months of the tenancy ending.\nKeep this certificate: you will need your Deposit ID to get your deposit back.',
    );
    const disagree = await ask('What happens if we disagree about the deposit?', tenancy, ...others);
    assert.match(disagree.text, /If you cannot agree, either of you can ask us to decide through our free dispute service/, disagree.text);
    // A Markdown heading is a line of its own, though it ends on "for": it is not read into the sentence under it.
    const vet = onePage(
      'dog-aftercare.md',
      '# Aftercare for Biscuit\n\n## What to look out for\nSome swelling around the stitches is normal for 2 days.\nCall us if he stops eating.',
    );
    const swelling = await ask('Is swelling normal after the operation?', vet);
    assert.match(swelling.text, /^Some swelling around the stitches is normal for 2 days\./, swelling.text);
  });

  test("a hire agreement's charge, a payslip's deduction, a loan's length and a role no document names", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    // "Rental charge:" names a price and what the agreement is (its name says "rental"): the hire's price.
    const hire = onePage(
      'van-hire-agreement.pdf',
      'Rental agreement - CityVan Hire\nRenter: Ms Julia Novak   Agreement no: CV-20417\nVehicle: Ford Transit Custom, manual\nRental charge: £189.00 for 3 days, including 300 miles.\nIf the van is not returned full, a refuelling charge of £30 plus fuel applies.\nA £300 deposit will be held on your card until the van is returned undamaged.\nLate returns are charged at £40 per hour.',
    );
    const price = await ask('How much is the van hire?', hire);
    assert.match(price.text, /^Rental charge: £189\.00 for 3 days/, price.text);
    // A deduction is written with its sign at the line's end: an amount of money all the same.
    const payslip = onePage(
      'payslip-june-2028.txt',
      'PAYSLIP\nEmployer: Eastfield Foods Ltd\nEmployee: Tom Baker    Employee no: 55102    Tax code: 1257L\nPay date: 28 June 2028    Pay period: June 2028\n\nBasic pay                2,410.00\nGross pay                2,410.00\nIncome tax                -280.20\nNational Insurance        -120.33\nNet pay                  2,009.47\n',
    );
    const tax = await ask('How much tax did I pay in June?', payslip);
    assert.match(tax.text, /^Income tax -280\.20\./, tax.text);
    // "20p a day" is a rate, not how long a loan lasts.
    const library = onePage(
      'library-card.html',
      '# Your library card\n\nLibrary membership is free for everyone who lives, works or studies in Eastbury.\n\n## Borrowing\n\nYou can borrow up to 10 books at a time for 4 weeks. Renew online or by phone up to 3 times, unless someone has reserved the item.\n\nThere are no fines for late returns on children\'s books. Adult books are 25p a day overdue.',
    );
    const keep = await ask('How long can I keep a library book?', library, hire, payslip);
    assert.match(keep.text, /^You can borrow up to 10 books at a time for 4 weeks\./, keep.text);
    // Who holds a role the documents never name, where the closest sentence names no one: not found.
    const newsletter = onePage(
      'netball-club-newsletter.md',
      '# Hillside Netball Under-12s - spring newsletter\n\nHello everyone, and welcome back to a new season!\n\n## Training\nTraining is every Wednesday from 5pm to 6pm at Hillside School.\nPlease bring trainers, a water bottle and a warm top.\n\n## Volunteers\nWe are looking for a new team manager for next season. Please speak to Coach Priya if you are interested.\nIf training is cancelled because of bad weather, we will post on the club WhatsApp group by 3pm.',
    );
    const captain = await ask("Who is the netball team's goal shooter?", newsletter, library, hire);
    assert.equal(captain.notFound, true, captain.text);
  });

  test("a price asked of a thing no document prices is not another document's payment line", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    // As retrieval gives them: the booking's table (found by the question's "cost" as its total), and the guide.
    const booking = onePage(
      'cottage-booking-confirmation.docx',
      '# Booking confirmation - Harbour Cottage, Whitby\n\nBooking reference: HC-20566\n\nArrival | Saturday 7 August 2027, from 4pm\nDeparture | Saturday 14 August 2027, by 10am\nTotal rental | £1,240\nDeposit paid | £372\nBalance due | £868 by 7 June 2027',
    );
    const guide = onePage(
      'washing-machine-quick-guide.md',
      '# Hotpoint washing machine - quick guide\n\n## Programmes\n| Programme | Temperature | Duration | Use for |\n| --- | --- | --- | --- |\n| Cotton | 40°C | 3 h 10 min | Everyday loads |\n| Quick 30 | 30°C | 30 min | Lightly soiled |\n\n## Cleaning the filter\nClean the filter every month: turn it anticlockwise, lift it out and rinse it.',
      2,
    );
    const price = await ask('How much does the washing machine cost?', booking, guide);
    assert.ok(!/^Deposit paid|^Total rental|^Balance due/.test(price.text), price.text);
  });

  test("a booking's details table: which one is booked, and its time from the record's date line", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const booking = onePage(
      'cinema-booking.html',
      '# Booking confirmed\n\nFilm | Wicked\nDate | Friday 3 November 2028, 7.40pm\nScreen | Screen 4, seats G7 and G8\nTotal paid | £23.80\n\n## Before you come\n\nThe film lasts 2 hours 17 minutes, after about 20 minutes of adverts and trailers.\n\nHot food bought outside the cinema may not be brought in.',
    );
    const guide = onePage('bread-maker-guide.md', '# Bread maker guide\n\nThe basic loaf takes 3 hours. You can see the dough through the window while it rises.\n\nClean the pan after each use.', 2);
    // "What film are we seeing?" asks which film: "seeing" is what the asker does with it, which the line does not say.
    for (const question of ['What film are we seeing?', 'What film are we watching?']) {
      const which = await ask(question, booking, guide);
      assert.equal(which.notFound, false, which.text);
      assert.match(which.text, /^Film: Wicked\./, which.text);
      assert.equal(which.unsure, false, which.text);
    }
    // The time of the film is the record's "Date:" line, not its "Film:" line, which names the film and dates nothing.
    const time = await ask('What time is the film?', booking, guide);
    assert.match(time.text, /^Date: Friday 3 November 2028, 7\.40pm\./, time.text);
    // A row is read as its cells, though its value holds a colon: "Show | Cats: The Musical" is labelled "Show". And
    // "When:" labels a time as "Date:" does.
    const tickets = onePage('theatre-e-tickets.html', '# Your e-tickets\n\nShow | Cats: The Musical\nWhen | Saturday 9 December 2028, 2.30pm\nSeats | Stalls, row K, 21 and 22\n\nThe show runs for 2 hours 20 minutes with one interval.', 3);
    const show = await ask('What time is the show?', tickets, guide);
    assert.match(show.text, /^When: Saturday 9 December 2028, 2\.30pm\./, show.text);
  });

  test("a bill under its letterhead: its total is what the bill costs, its Direct Debit when it is paid; a year is no price", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    // "Water and sewerage bill" under the company's name says what the document is, as a title would.
    const bill = onePage(
      'riverside-2028-03.txt',
      'Riverside Water\nWater and sewerage bill\n\nCustomer number: 40-1182-77\nBill date: 14 March 2028\nBilling period: 1 December 2027 to 29 February 2028\n\nWater used: 21 cubic metres\nStanding charge: 12p per day\n\nCharges this quarter: £96.20\nAmount to pay: £96.20\n\nWe will take this by Direct Debit on or after 28 March 2028.\nIf you have a leak, call us free on 0800 555 0140.',
    );
    const renewal = onePage('allotment-renewal.md', '# Allotment renewal\n\nThank you for renewing your allotment plot for 2029.\n\nThe plot rent is £38 a year, due by 1 February.\n\nPlease keep paths clear and do not light bonfires.', 2);
    const total = await ask('How much is my water bill?', bill, renewal);
    assert.match(total.text, /^Amount to pay: £96\.20\./, total.text);
    // The bill's date dates the bill; its paying is when the Direct Debit is taken.
    const paid = await ask('When will the water bill be paid?', bill, renewal);
    assert.match(paid.text, /^We will take this by Direct Debit on or after 28 March 2028\./, paid.text);
    // "…for 2029." dates the renewal: no amount.
    const price = await ask('How much is the allotment plot?', renewal, bill);
    assert.match(price.text, /^The plot rent is £38 a year/, price.text);
    // A form's total is its line alone, not the charge over it; "2028/29" is the year the bill is for, no amount.
    const councilTax = onePage(
      'council-tax-2028.pdf',
      'Eastbury Borough Council\nCouncil Tax bill 2028/29\nAccount reference: 7710 4452\nProperty: 8 Mill Lane, Eastbury EB4 2QT\nValuation band: B\nCharge for the year 1 April 2028 to 31 March 2029: £1,702.40\nSingle person discount (25%): -£425.60\nAmount payable: £1,276.80\nInstalments: 10 monthly payments of £127.68, due on the 1st of each month from April to January.',
      3,
    );
    for (const question of ['How much council tax do I pay this year?', 'How much is my council tax?']) {
      const tax = await ask(question, councilTax, renewal);
      assert.match(tax.text, /^Amount payable: £1,276\.80\./, tax.text);
    }
  });

  test('a limit on a scale answers a question asking of a size in other words: "big" of "Bags larger than 40 x 30 cm…"', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const museum = onePage(
      'museum-visit.md',
      '# Visiting the Maritime Museum\n\nThe museum is open every day from 10am to 5pm. Entry is free.\n\nBags larger than 40 x 30 cm must be left in the cloakroom, which costs £1.\n\nPhotography is allowed, but please do not use flash.',
    );
    const guide = onePage('bread-maker-guide.md', '# Bread maker guide\n\nThe basic loaf takes 3 hours. A large loaf takes 3 hours 20 minutes.\n\nClean the pan after each use.', 2);
    for (const question of ['Can I bring a big bag into the museum?', 'Can I bring a small bag into the museum?']) {
      const bag = await ask(question, museum, guide);
      assert.equal(bag.notFound, false, `${question} ${bag.text}`);
      assert.match(bag.text, /^Bags larger than 40 x 30 cm must be left in the cloakroom/, bag.text);
      assert.equal(bag.unsure, false, `${question} ${bag.text}`);
    }
  });

  test("a safety record: when the check was done is its date of inspection, who did it its inspector, not the next check", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    // "check" is what "inspection" names; "done" names no deed of its own.
    const record = onePage(
      'lift-record-block-b.pdf',
      'Passenger lift - thorough examination record\nSite: Harbour View, Block B\nDate of inspection: 12 June 2028\nInspector: Amira Haddad, Lift Safety Ltd\nResult: safe to use; door sensor to be replaced within 3 months.\nThe next check must be done before 12 December 2028.',
    );
    const guide = onePage('bread-maker-guide.md', '# Bread maker guide\n\nThe basic loaf takes 3 hours. A large loaf takes 3 hours 20 minutes.\n\nClean the pan after each use.', 2);
    const when = await ask('When was the lift check done?', record, guide);
    assert.match(when.text, /^Date of inspection: 12 June 2028\./, when.text);
    // Of the next one, its line leads the date of the one done, where other documents say "next" often.
    const newsletter = onePage(
      'residents-newsletter.md',
      '# Residents newsletter\n\nThe next residents meeting is on 3 July. Next month the bins move to Tuesdays.\n\nPlease check the notice board for the next window cleaning date.\n\nThe next newsletter comes out in August.',
      3,
    );
    for (const question of ['When is the next lift check?', 'When is the next lift safety check due?']) {
      const next = await ask(question, record, newsletter);
      assert.match(next.text, /^The next check must be done before 12 December 2028\./, next.text);
    }
    const who = await ask('Who did the lift check?', record, guide);
    assert.match(who.text, /^Inspector: Amira Haddad, Lift Safety Ltd\./, who.text);
  });

  test("what to bring to one thing is not another document's \"What to bring\", and is the sentence saying to bring it", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const session = (fileName: string, text: string, n: number): AnswerSource => ({ ...onePage(fileName, text, n), sid: 'b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7' });
    const reminder = session(
      'eye-test-reminder.pdf',
      'Clearview Opticians, 14 High Street, Harrogate HG1 1AB\nDear Mr Thomas Reid,\nYour last eye examination was on 20 March 2026, so you are now due a check-up.\nWe recommend an eye test every two years, or every year if you are over 70 or have diabetes.\nNHS eye tests are free for people aged 60 or over. Book on 01423 555 771 or online.\nPlease bring your current glasses and a list of any medicines you take.\nIf you drive, you must be able to read a number plate from 20 metres.',
      1,
    );
    const camp = session('football-camp-booking.html', '# Kickstart Football Summer Camp\n\nThank you for booking for Noah Clarke (age 9).\n\n## What to bring\n\nFootball boots and shin pads, a packed lunch, a water bottle and sun cream.\n\n## Good to know\n\nAll coaches are FA qualified and first-aid trained.', 2);
    const licence = session('licence-renewal-at-70.md', '# Renewing your driving licence at 70\n\nYou must renew your licence every 3 years after you turn 70. There is no test, but you must meet the eyesight standard.\n\nAn optician can do an eye test if you are not sure.', 3);
    const bring = await ask('What should I bring to the eye test?', reminder, camp, licence);
    assert.match(bring.text, /^Please bring your current glasses and a list of any medicines you take\./, bring.text);
    // The camp's list answers what the camp asks for.
    const kit = await ask('What does Noah need to bring to football camp?', reminder, camp, licence);
    assert.match(kit.text, /^Football boots and shin pads/, kit.text);
    // A letter that says nothing of what to bring is no reason to quote the camp's list.
    const clinic = onePage('eye-clinic-letter.pdf', 'Eye clinic appointment\nDear Ms Lena Fischer,\nYour appointment is on Monday 9 October at 10.20am, Level 2, Riverside Hospital.\nEye clinic appointments usually last about two hours.\nParking at the hospital costs £3 for up to 4 hours.', 4);
    const swim = onePage('swimming-welcome-pack.md', '# Swimming lessons - welcome pack\n\nLessons are on Saturdays at 9am at Moorside Pool.\n\n## What to bring\nA swimming costume, a towel and goggles. Long hair must be tied back.', 5);
    const none = await ask('What should I bring to the eye clinic?', clinic, swim);
    assert.ok(!/swimming costume/.test(none.text), none.text);
  });

  test("a quote's deposit and when its balance is paid; a booking's times say when it starts", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const quote = onePage(
      'kitchen-fitting-quote.docx',
      '# Quotation - Oakline Kitchens\n\nFitting of units, worktops and sink: £2,350.00\n\nA deposit of £500 books your fitting date; the balance is due when the work is finished.\n\nCancel more than 14 days before fitting for a full refund of the deposit.',
    );
    const club = onePage(
      'holiday-club-booking.html',
      '# Sunnyside Holiday Club\n\nThank you for booking for Mia Brooks (age 7).\n\nDates | Monday 7 to Friday 11 August 2028\nTimes | 8.30am to 4pm\nVenue | Sunnyside Primary School\n\nPlease bring a packed lunch.',
      2,
    );
    // A deposit is money: "How much is…" asks its amount.
    const deposit = await ask('How much is the deposit for the kitchen?', quote, club);
    assert.match(deposit.text, /^A deposit of £500 books your fitting date/, deposit.text);
    // "…the balance is due when…" says when it is paid.
    const balance = await ask('When do I pay the balance?', quote, club);
    assert.equal(balance.notFound, false, balance.text);
    assert.match(balance.text, /^A deposit of £500 books your fitting date; the balance is due when the work is finished\./, balance.text);
    // "8.30am to 4pm" says when the club starts as when it ends.
    const start = await ask('What time does the holiday club start?', club, quote);
    assert.equal(start.notFound, false, start.text);
    assert.match(start.text, /^Times: 8\.30am to 4pm\./, start.text);
  });

  test('a visit done and one to come; a course by its days before its hours', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const card = onePage(
      'meter-reading-card.md',
      '# Sorry we missed you\n\nWe called to read your gas meter on 3 March at 10:15, but could not get in.\n\nMeter reading for: Flat 2, 14 Elm Road\nAccount: 4471 2290 1186\n\n## What happens next\nWe will call again tomorrow between 9am and 1pm.',
    );
    const course = onePage(
      'swimming-course.html',
      '# Splash Swim School\n\nThank you for booking lessons for Leo Hart (age 6).\n\nTimes | 4.30pm to 5pm\nDates | Tuesday 5 to Tuesday 26 September 2028\nPool | Kingsway Leisure Centre',
      2,
    );
    // "We called…" tells when they did: not when they will call again ("Account: 4471 2290 1186" dates nothing).
    const again = await ask('When will they call to read my gas meter again?', card, course);
    assert.match(again.text, /^We will call again tomorrow between 9am and 1pm\./, again.text);
    const before = await ask('When did they call to read my gas meter?', card, course);
    assert.match(before.text, /^We called to read your gas meter on 3 March at 10:15/, before.text);
    // A course asked when it is: its days, then its hours.
    const when = await ask('When is the swimming course?', course, card);
    assert.match(when.text, /^Dates: Tuesday 5 to Tuesday 26 September 2028\./, when.text);
    const time = await ask('What time is the swimming course?', course, card);
    assert.match(time.text, /^Times: 4\.30pm to 5pm\./, time.text);
  });

  test("a repair invoice's total among its fields on one line, the work done, and what is to be replaced", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const invoice = onePage(
      'bike-repair-invoice.pdf',
      'Spokes & Sons Cycle Workshop\nDate: 14 June 2028 Invoice no: SS-2231\nBike: Trek FX 2, frame no. WTU 2291 7781\nWork carried out: gear tune, new brake cables, wheel truing.\nNext tune-up due in 6 months or after 1,500 miles.\nLabour: £45.00 Parts: £18.50 VAT: £12.70 Total: £76.20\nAdvisory: chain worn to 0.75%, replace within 2 months.',
    );
    const other = onePage('swimming-course.html', '# Splash Swim School\n\nDates | Tuesday 5 to Tuesday 26 September 2028\nPool | Kingsway Leisure Centre', 2);
    // The total is a field of a line that opens on "Labour:".
    const total = await ask('How much was the bike repair?', invoice, other);
    assert.match(total.text, /^Labour: £45\.00 Parts: £18\.50 VAT: £12\.70 Total: £76\.20/, total.text);
    // "done" names no deed: the work is what was done.
    const work = await ask('What work was done on the bike?', invoice, other);
    assert.equal(work.unsure, false, work.text);
    assert.match(work.text, /^[^[]*Work carried out: gear tune, new brake cables, wheel truing\. \[1\]/, work.text);
    // "replace within 2 months" says a new chain is needed.
    const chain = await ask('Do I need a new chain?', invoice, other);
    assert.equal(chain.notFound, false, chain.text);
    assert.match(chain.text, /^[^[]*Advisory: chain worn to 0\.75%, replace within 2 months\. \[1\]/, chain.text);
  });

  test("a visit's rules said in other words: who may come, what to send, the fee at the place, when a pass runs out", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const clinic = onePage(
      'physio-appointment.pdf',
      'Riverside Physiotherapy Clinic\nYour appointment: Monday 6 March 2028 at 11.20am\nClinic: Room 4, first floor\nPlease wear loose clothing. The session usually lasts 45 minutes.\nYou may bring one adult with you.\nParking costs £2.00 an hour at the clinic car park.',
    );
    const club = onePage(
      'after-school-club.odt',
      '# Busy Bees After-School Club\n\nPlease send your child with a named water bottle and indoor shoes every day.\n\nChildren who have a temperature must stay at home until it has gone.\n\nOvernight guests are not allowed on the residential trip.',
      2,
    );
    const pass = onePage(
      'swimming-pass.xlsx',
      'Leisure pass - Kingsway Pools\nPass number: LP-55120\nValid from: 1 May 2028\nValid until: 30 April 2029\nThe pass can be used Monday to Friday, 7am to 9pm.',
      3,
    );
    // "someone" is the adult the letter lets you bring.
    const someone = await ask('Can I bring someone to my physio appointment?', clinic, club, pass);
    assert.equal(someone.notFound, false, someone.text);
    assert.match(someone.text, /^You may bring one adult with you\./, someone.text);
    // "send your child with" says what to bring.
    const bring = await ask('What does my child need to bring to the club?', club, clinic, pass);
    assert.match(bring.text, /^Please send your child with a named water bottle and indoor shoes every day\./, bring.text);
    // "How much is parking at the clinic?" asks a price: not the clinic's "Room 4" line.
    const parking = await ask('How much is parking at the clinic?', clinic, club, pass);
    assert.match(parking.text, /^Parking costs £2\.00 an hour at the clinic car park\./, parking.text);
    // A pass runs out on a day ("Valid until:"), not at the hour the pool closes.
    const expiry = await ask('When does my leisure pass expire?', pass, clinic, club);
    assert.match(expiry.text, /^[^[]*Valid until: 30 April 2029\. \[1\]/, expiry.text);
  });

  test('a recipe asked how to have it another way; a number asked of one whose documents give none', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const recipe = onePage(
      'carrot-cake-recipe.md',
      '# Carrot cake\n\nMakes one cake (12 slices). Bake for 40 minutes.\n\n## Tips\nFor a vegan cake, use 3 tbsp of apple sauce instead of each egg.',
    );
    const letter = onePage(
      'dentist-reminder.pdf',
      'Smile Dental Care\nYour check-up is on 4 May 2028 at 9am.\nTo change your appointment, call 0161 555 0142.',
      2,
    );
    const newsletter = onePage('playgroup-newsletter.odt', '# Tiny Steps Playgroup\n\nThe playgroup will be closed on Friday 2 June for staff training.', 3);
    // "make" names no deed of "Can I make it vegan?": "Makes one cake" does not answer.
    const vegan = await ask('Can I make the carrot cake vegan?', recipe, letter, newsletter);
    assert.match(vegan.text, /^For a vegan cake, use 3 tbsp of apple sauce instead of each egg\./, vegan.text);
    // The playgroup gives no number: the dentist's is not theirs.
    const playgroup = await ask("What is the playgroup's phone number?", newsletter, letter, recipe);
    assert.equal(playgroup.notFound, true, playgroup.text);
    const dentist = await ask("What is the dentist's phone number?", letter, newsletter, recipe);
    assert.match(dentist.text, /0161 555 0142/, dentist.text);
    // Where the playgroup gives one, theirs is the answer.
    const withNumber = onePage('playgroup-newsletter.odt', '# Tiny Steps Playgroup\n\nThe playgroup will be closed on Friday 2 June for staff training.\n\nRing 01632 960111 with any questions.', 3);
    const theirs = await ask("What is the playgroup's phone number?", withNumber, letter, recipe);
    assert.match(theirs.text, /^Ring 01632 960111 with any questions\./, theirs.text);
  });

  test('an invitation dated in its prose, a start date said in a sentence, and a price of what no document prices', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const invitation = onePage(
      'party-invitation.pdf',
      'Maya is turning seven!\nPlease join us to celebrate her birthday on Sunday 14 May 2028 at 2pm at Jumpers Trampoline Park, Leeds.\nPlease reply by 30 April to maya.party.2028@mail.com.\nNo presents needed.',
    );
    const contract = onePage(
      'volunteer-agreement.docx',
      '# Volunteer agreement - Greenway Trust\n\nYour start date will be Saturday 3 June 2028, at the Millbrook site.\n\nSessions run from 9am to 1pm, with flexible start times between 9am and 10am.',
      2,
    );
    const manual = onePage('dishwasher-manual.md', '# Dishwasher care\n\nClean the filter every month. Run the dishwasher empty on a hot wash every 3 months.', 3);
    const fees = onePage('swimming-fees.md', '# Swimming lessons\n\nLessons cost £7.50 each, paid termly.', 4);
    // The reply's address spells "party"; the party's date is the sentence inviting to it.
    const when = await ask('When is the party?', invitation, contract, manual);
    assert.match(when.text, /^Please join us to celebrate her birthday on Sunday 14 May 2028/, when.text);
    // "Your start date will be…" is the line "Start date:", not the start times of each session.
    const start = await ask('When do I start volunteering?', contract, invitation, manual);
    assert.match(start.text, /^Your start date will be Saturday 3 June 2028/, start.text);
    // The manual is about the dishwasher and gives no price: the lessons' fee is not its price.
    const price = await ask('How much does a dishwasher cost?', manual, fees, invitation);
    assert.equal(price.notFound, true, price.text);
    // Where a document naming it gives one, it answers.
    const quote = onePage('kitchen-quote.md', '# Kitchen quote\n\nDishwasher supply and fitting: £385.00', 5);
    const quoted = await ask('How much does a dishwasher cost?', manual, fees, quote);
    assert.equal(quoted.notFound, false, quoted.text);
    assert.match(quoted.text, /£385\.00/, quoted.text);
    // An amount no currency marks is the answer of a document naming the thing.
    const bridge = onePage('town-history.md', '# The river crossing\n\nThe new bridge opened in 1998. The bridge cost 4.5 million to build.', 6);
    const built = await ask('How much did the bridge cost?', bridge, fees, manual);
    assert.equal(built.notFound, false, built.text);
    assert.match(built.text, /4\.5 million/, built.text);
    const lessons = await ask('How much do swimming lessons cost?', fees, manual, invitation);
    assert.match(lessons.text, /^Lessons cost £7\.50 each/, lessons.text);
  });

  test("a stay's arrival is its check-in and its departure its check-out", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const booking = onePage(
      'caravan-booking.odt',
      '# Seaview Holiday Park - your break\n\nArrival: Monday 6 August 2029, from 3pm.\nDeparture: Friday 10 August 2029, by 10am.\n\nYour caravan is number 42, near the shop.',
    );
    const other = onePage('gym-membership.md', "# Gym membership\n\nYou can cancel at any time by giving one month's notice.", 2);
    const checkIn = await ask('What time can we check in at the caravan?', booking, other);
    assert.equal(checkIn.notFound, false, checkIn.text);
    assert.match(checkIn.text, /^Arrival: Monday 6 August 2029, from 3pm\./, checkIn.text);
    const checkOut = await ask('When do we check out of the caravan?', booking, other);
    assert.match(checkOut.text, /^Departure: Friday 10 August 2029, by 10am\./, checkOut.text);
  });

  test('a list asked for is what to bring, not the line saying what it is for; and the one a question asks the asker to use', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const card = onePage(
      'parcel-card.odt',
      '# Sorry we missed you\n\nCollection: Tuesday 9 July 2029, 10:00 to 16:00, Depot 2, Mill Road\nParcel: 1 item, signed for\n\nIf someone collects it for you, they must bring their own ID and a signed note.\nPlease bring photo ID and this card.',
    );
    const other = onePage('gym-membership.md', "# Gym membership\n\nYou can cancel at any time by giving one month's notice.", 2);
    const bring = await ask('What do I need to bring to pick up my parcel?', card, other);
    assert.equal(bring.notFound, false, bring.text);
    assert.doesNotMatch(bring.text, /^Collection:/, bring.text);
    assert.match(bring.text, /Please bring photo ID and this card\./, bring.text);
    const guide = onePage(
      'dishwasher-guide.md',
      '# Dishwasher guide\n\n| Programme | Temperature | Time |\n|---|---|---|\n| Intensive | 70°C | 2h 40m |\n| Glass | 45°C | 1h 10m |\n| Eco | 50°C | 3h 30m |\n\nFill the salt container before the first wash.',
    );
    const glass = await ask('Which programme should we use for glass?', guide, other);
    assert.equal(glass.notFound, false, glass.text);
    assert.match(glass.text, /^Programme: Glass; Temperature: 45°C; Time: 1h 10m\./, glass.text);
  });

  test("a month asked of a document dating only other months is not found there; a span names the months it runs through", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const rota = onePage(
      'recycling-rota.md',
      '# Recycling collections - 8 Oak Close\n\n| Week of | Day | Bins |\n|---|---|---|\n| 2 March 2029 | Tuesday | Blue and food caddy |\n| 9 March 2029 | Tuesday | Black and food caddy |\n| 16 March 2029 | Tuesday | Blue, green and food caddy |',
    );
    const pool = onePage('lido-guide.md', '# Parkside Lido\n\nThe lido is open from May to September, 7am to 7pm.\nSeason tickets go on sale on 1 April.', 2);
    const march = await ask('When are the bins collected in March?', rota, pool);
    assert.equal(march.notFound, false, march.text);
    assert.match(march.text, /^Week of: 2 March 2029; Day: Tuesday/, march.text);
    const april = await ask('When are the bins collected in April?', rota, pool);
    assert.equal(april.notFound, true, april.text);
    const july = await ask('When is the lido open in July?', rota, pool);
    assert.equal(july.notFound, false, july.text);
    assert.match(july.text, /^The lido is open from May to September, 7am to 7pm\./, july.text);
  });

  test("a contract's minimum term says how long it is, a price and then another that it goes up, and putting together is assembling", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const contract = onePage(
      'mobile-contract.md',
      '# Contract summary - Nova Mobile\n\n| | |\n|---|---|\n| Plan | 20GB data, unlimited calls |\n| Minimum term | 18 months from 2 May 2029 |\n| Monthly price | £12.00 for the first 6 months, then £16.00 |\n\nYou can change your plan once a month in the app.',
    );
    const wardrobe = onePage(
      'wardrobe-assembly.md',
      '# Wardrobe assembly\n\nAllow about 2 hours; two people are needed.\n\n1. Lay out all the panels.\n2. Screw the sides to the base.\n3. Hang the doors last.',
      2,
    );
    const term = await ask('How long is the mobile contract?', contract, wardrobe);
    assert.match(term.text, /^Minimum term: 18 months from 2 May 2029\./, term.text);
    const rise = await ask('Does the price go up?', contract, wardrobe);
    assert.equal(rise.notFound, false, rise.text);
    assert.match(rise.text, /^Monthly price: £12\.00 for the first 6 months, then £16\.00\./, rise.text);
    const build = await ask('How long does the wardrobe take to put together?', contract, wardrobe);
    assert.equal(build.notFound, false, build.text);
    assert.match(build.text, /^Allow about 2 hours; two people are needed\./, build.text);
  });

  test('a colour asked is answered by a colour: a guide naming none does not hold it', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const sofa = onePage('sofa-care.md', '# Caring for your sofa\n\nVacuum the cushions weekly. Blot spills at once with a dry cloth.\nThe covers can be washed at 30°C.');
    const bins = onePage('bin-guide.md', '# Your bins\n\nRecycling goes in the blue bin, garden waste in the brown one.', 2);
    const sofaColour = await ask('What colour is the sofa?', sofa, bins);
    assert.equal(sofaColour.notFound, true, sofaColour.text);
    const binColour = await ask('What colour is the recycling bin?', sofa, bins);
    assert.equal(binColour.notFound, false, binColour.text);
    assert.match(binColour.text, /^Recycling goes in the blue bin/, binColour.text);
  });

  test("a document's opening names whose it is: the excess on the policy of the bike it names is its excess line's", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const policy = onePage(
      'cycle-insurance.md',
      '# Cycle insurance summary\n\nBike: Stella, a 2028 Brompton folding bike. Policy number: CY-2231.\n\nTheft cover | £1,800 each year\nExcess | £50 for each claim\nCover starts | 9 May 2030\n\nLock your bike to a fixed object when you leave it.',
    );
    const other = onePage('gym-membership.md', "# Gym membership\n\nYou can cancel at any time by giving one month's notice.", 2);
    const excess = await ask("What is the excess on Stella's policy?", policy, other);
    assert.equal(excess.notFound, false, excess.text);
    assert.match(excess.text, /^Excess: £50 for each claim\./, excess.text);
    const start = await ask("When does Stella's cover start?", policy, other);
    assert.match(start.text, /^Cover starts: 9 May 2030\./, start.text);
  });

  test('an ordinal asks of the thing numbered so: "the second dose" is "Dose 2:"', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const plan = onePage(
      'vaccination-plan.pdf',
      'Travel clinic - vaccination plan\nPatient: Nadia Rahman\nDose 1: Monday 4 March 2030, 10:10am (hepatitis A and typhoid)\nDose 2: Monday 1 April 2030, 10:10am (hepatitis B, second dose)\nThe first dose may leave your arm sore for a day.',
    );
    const other = onePage('gym-membership.md', "# Gym membership\n\nYou can cancel at any time by giving one month's notice.", 2);
    const second = await ask('When is the second dose?', plan, other);
    assert.match(second.text, /^Dose 2: Monday 1 April 2030, 10:10am/, second.text);
    const first = await ask('What is the first dose for?', plan, other);
    assert.match(first.text, /^Dose 1: Monday 4 March 2030, 10:10am \(hepatitis A and typhoid\)/, first.text);
  });

  test("whether a thing is free, its row's price says", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const events = onePage(
      'museum-events.md',
      '# Half-term events\n\n| Date | Event | Time | Cost |\n|---|---|---|---|\n| Mon 27 May | Dinosaur trail | 10:00-16:00 | Free |\n| Tue 28 May | Fossil workshop | 14:00-15:30 | £6 |\n| Wed 29 May | Night at the museum | 18:00-21:00 | £12 |',
    );
    const other = onePage('gym-membership.md', "# Gym membership\n\nYou can cancel at any time by giving one month's notice.", 2);
    const workshop = await ask('Is the fossil workshop free?', events, other);
    assert.equal(workshop.notFound, false, workshop.text);
    assert.match(workshop.text, /^Date: Tue 28 May; Event: Fossil workshop; Time: 14:00-15:30; Cost: £6\./, workshop.text);
  });

  test('a thing asked at a place other files name, never the lead\'s, is not found there', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const fine = onePage('parking-fine.md', '# Penalty charge notice\n\nContravention: parked on a single yellow line during restricted hours.\nThe penalty is £70, or £35 if paid within 14 days.');
    const newsletter = onePage('school-newsletter.md', '# Oakfield School newsletter\n\nSports day at the school is on Friday 14 June. Please bring a sun hat.', 2);
    const school = await ask('Can I park at the school?', fine, newsletter);
    assert.equal(school.notFound, true, school.text);
    const letter = onePage('hospital-letter.md', '# Outpatient appointment\n\nYour appointment is on Monday 3 June at 10:15. Parking is available in the multi-storey opposite the hospital.', 3);
    const hospital = await ask('Is there parking at the hospital?', fine, newsletter, letter);
    assert.equal(hospital.notFound, false, hospital.text);
    assert.match(hospital.text, /Parking is available in the multi-storey opposite the hospital\./, hospital.text);
  });

  test('a thing to be back is to be returned, and an agenda ends on its entry saying so', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const hire = onePage(
      'scooter-hire.odt',
      '# Island Scooters - your booking\n\nCollection: Saturday 4 May 2029, 10:00\nReturn: Sunday 5 May 2029, 18:00, same shop\n\nHelmets are included. Fuel is not.',
    );
    const other = onePage('gym-membership.md', "# Gym membership\n\nYou can cancel at any time by giving one month's notice.", 2);
    const back = await ask('When does the scooter have to be back?', hire, other);
    assert.equal(back.notFound, false, back.text);
    // (The booking's two lines are one sentence: "Collection: …; Return: …".)
    assert.match(back.text, /Return: Sunday 5 May 2029, 18:00, same shop\. \[1\]$/, back.text);
    const agenda = onePage(
      'open-day-programme.md',
      '# University open day\n\n| Time | Event | Place |\n|---|---|---|\n| 10:00 | Welcome talk | Great Hall |\n| 11:30 | Campus tours | Main entrance |\n| 13:00 | Subject talks | Faculty buildings |\n| 15:30 | Close | Great Hall |',
    );
    const end = await ask('What time does the open day finish?', agenda, other);
    assert.equal(end.notFound, false, end.text);
    assert.match(end.text, /^Time: 15:30; Event: Close; Place: Great Hall\./, end.text);
  });
  test('a price asked by the month is an amount by the month, and a rate prices the thing asked', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const charge = onePage(
      'service-charge-statement.md',
      '# Service charge statement 2031\n\n| Charge | Amount |\n|---|---|\n| Buildings insurance | £412.00 |\n| Cleaning of common parts | £236.00 |\n| Total for the year | £648.00 |\n\nYou can pay by standing order in 12 monthly instalments of £54.00.',
    );
    const other = onePage('gym-membership.md', "# Gym membership\n\nYou can cancel at any time by giving one month's notice.", 2);
    const monthly = await ask('How much do I pay each month for the service charge?', charge, other);
    assert.equal(monthly.notFound, false, monthly.text);
    assert.match(monthly.text, /^You can pay by standing order in 12 monthly instalments of £54\.00\./, monthly.text);
    // Not the row named by the question's word that prices the year.
    const tax = onePage(
      'council-tax-bill.md',
      '# Council Tax bill 2031/32\n\n| Charge | Amount |\n|---|---|\n| Council tax | £1,842.00 |\n| Adult social care | £211.00 |\n| Total | £2,053.00 |\n\nYou pay by Direct Debit in 10 instalments of £205.30 a month, from 1 April.',
      3,
    );
    const taxMonthly = await ask('How much council tax do I pay each month?', tax, other);
    assert.match(taxMonthly.text, /^You pay by Direct Debit in 10 instalments of £205\.30 a month/, taxMonthly.text);
    const yearly = await ask('How much is the service charge for the year?', charge, other);
    assert.match(yearly.text, /^Charge: Total for the year; Amount: £648\.00\./, yearly.text);
    const camp = onePage(
      'football-camp.md',
      '# Summer football camp\n\nAges 6 to 12, at Riverside Park.\n\n| Week | Dates | Price per day |\n|---|---|---|\n| Week 1 | 28 July - 1 August | £28 |\n| Week 2 | 4 - 8 August | £28 |\n\nBring football boots, shin pads and a packed lunch.',
    );
    const price = await ask('How much is the football camp?', camp, other);
    assert.equal(price.notFound, false, price.text);
    assert.match(price.text, /^Week: Week 1; Dates: 28 July - 1 August; Price per day: £28\./, price.text);
  });
  test('putting off is deferring, and replying to an invitation is its RSVP', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const exam = onePage(
      'exam-entry-letter.md',
      "# Exam entry\n\nYour son's maths exam is on Tuesday 14 May at 9am in the sports hall.\n\nIf he is unwell on the day, you may ask the exams officer to defer his entry to the November series.\n\nCalculators must be brought; phones are not allowed in the hall.",
    );
    const invite = onePage('party-invitation.md', "# Sam's 10th birthday\n\nJoin us at Lazer Zone on Saturday 3 May, 1pm to 3pm. There will be games and then pizza.\n\nRSVP to Claire on 07700 900123 by 25 April.", 2);
    const later = await ask('Can we put off the maths exam?', exam, invite);
    assert.equal(later.notFound, false, later.text);
    assert.match(later.text, /^If he is unwell on the day, you may ask the exams officer to defer his entry/, later.text);
    const reply = await ask("Who do I reply to about Sam's party?", exam, invite);
    assert.equal(reply.notFound, false, reply.text);
    assert.match(reply.text, /^RSVP to Claire on 07700 900123 by 25 April\./, reply.text);
  });
  test("a sheet's title line names what every line is about, and a week's dates are not the date to book by", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const camp = onePage(
      'tennis-camp.csv',
      'Riverside Tennis Camp - Summer 2031 (ages 8 to 14)\n\nWeek | Dates | Price\nWeek 1 | 21-25 July | £120\nWeek 2 | 28 July - 1 August | £120\n\nMonday to Friday, 9am to 3pm.\nBring a racket, a drink and sun cream.\nBook online by 30 June; places are limited.',
    );
    const other = onePage('gym-membership.md', "# Gym membership\n\nYou can cancel at any time by giving one month's notice.", 2);
    const bring = await ask('What does my son need to bring to tennis camp?', camp, other);
    assert.equal(bring.notFound, false, bring.text);
    assert.match(bring.text, /^Bring a racket, a drink and sun cream\./, bring.text);
    const book = await ask('When do I have to book tennis camp by?', camp, other);
    assert.equal(book.notFound, false, book.text);
    assert.match(book.text, /^Book online by 30 June; places are limited\./, book.text);
    // A date's line is of what its record's other label names, though another line with a figure says it too.
    const ticket = onePage(
      'theatre-ticket.html',
      '# Your tickets are confirmed\n\nShow | Matilda\nDate | Friday 9 May 2031, 7.30pm\nSeats | Stalls, Row F, seats 12 and 13\nTotal paid | £96.00\n\n## Before you come\n\nDoors open 45 minutes before the performance.\n\nThe show lasts 2 hours 40 minutes, with a 20-minute interval.',
      3,
    );
    const time = await ask('What time is the show?', ticket, other);
    assert.match(time.text, /^Date: Friday 9 May 2031, 7\.30pm/, time.text);
    // So does any line saying of the question only what its document's name says.
    const club = onePage(
      'after-school-club.txt',
      'Dear Parents,\nFrom Monday 7 September, Oakfield after-school club runs every weekday from 3:30pm to 5:45pm in the school hall.\nEach session costs £11, including a snack.\nPlaces must be booked by 5pm the day before, through the ParentMail app.',
      4,
    );
    const booked = await ask('How do I book after-school club?', club, other);
    assert.match(booked.text, /^Places must be booked by 5pm the day before, through the ParentMail app\./, booked.text);
    // The title line still says what it holds.
    const ages = await ask('What ages is the tennis camp for?', camp, other);
    assert.match(ages.text, /^Riverside Tennis Camp - Summer 2031 \(ages 8 to 14\)/, ages.text);
  });
  test('who delivers an order is named after "by" where its delivery is said', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const order = onePage(
      'sofa-order.html',
      '# Order confirmation\n\nItem | Price\nCorner sofa, grey | £899.00\nDelivery (two-person) | £39.00\n\nYour order will be delivered on Friday 6 June by Swift Logistics, who will call an hour before.',
    );
    const other = onePage('gym-membership.md', "# Gym membership\n\nYou can cancel at any time by giving one month's notice.", 2);
    const who = await ask('Who is delivering the sofa?', order, other);
    assert.equal(who.notFound, false, who.text);
    assert.match(who.text, /^Your order will be delivered on Friday 6 June by Swift Logistics/, who.text);
  });
  test('an instruction whose purpose is all the question asks answers alone, not the steps it is one of', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const toaster = onePage(
      'toaster-guide.md',
      '# Toaster guide\n\n## Making toast\nPut the bread in the slots. Press the lever down until it clicks.\nTo make the toast darker, turn the browning dial up.\n\n## Cleaning\nEmpty the crumb tray once a week.\n\n## If it stops working\nTo reset the toaster, follow these steps:\n1. Unplug it for a minute.\n2. Plug it back in and press Cancel.',
    );
    const other = onePage('gym-membership.md', "# Gym membership\n\nYou can cancel at any time by giving one month's notice.", 2);
    const darker = await ask('How do I make the toast darker?', toaster, other);
    assert.equal(darker.notFound, false, darker.text);
    assert.match(darker.text, /^To make the toast darker, turn the browning dial up\. \[1\]$/, darker.text);
    // The steps of the whole are still quoted as steps.
    const toast = await ask('How do I make toast?', toaster, other);
    assert.match(toast.text, /Put the bread in the slots\./, toast.text);
    assert.match(toast.text, /Press the lever down until it clicks\./, toast.text);
    // A purpose introducing steps is answered with them.
    const reset = await ask('How do I reset the toaster?', toaster, other);
    assert.match(reset.text, /Unplug it for a minute\./, reset.text);
    assert.match(reset.text, /Plug it back in and press Cancel\./, reset.text);
  });
  test('how to pay an invoice is the way it asks to be paid, not its amount', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const invoice = onePage(
      'gardener-invoice.txt',
      'Invoice 118 from Greenway Gardens\nTo: Ms Patel, 4 Elm Close\nWork: hedge cutting and lawn care, April 2031.\nLabour: £240.00\nGreen waste removal: £35.00\nAmount due: £275.00\nPlease pay within 30 days by bank transfer to sort code 11-22-33, account 44556677.',
    );
    const other = onePage('gym-membership.md', "# Gym membership\n\nYou can cancel at any time by giving one month's notice.", 2);
    const how = await ask('How do I pay the invoice?', invoice, other);
    assert.equal(how.notFound, false, how.text);
    assert.match(how.text, /^Please pay within 30 days by bank transfer/, how.text);
    const much = await ask('How much is the invoice?', invoice, other);
    assert.match(much.text, /^Amount due: £275\.00\./, much.text);
  });
  test('an acronym asked is the name a letter spells out with an acronym of its own ("HM Revenue and Customs")', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const letter = onePage(
      'tax-calculation.txt',
      'HM Revenue and Customs - your tax calculation\nWe have checked your tax for the year to 5 April 2031.\nYou have paid £118.20 too much, and we will repay it by bank transfer within 5 working days.\nYou do not need to contact us.',
    );
    const other = onePage('gym-membership.md', "# Gym membership\n\nYou can cancel at any time by giving one month's notice.", 2);
    const contact = await ask('Do I need to contact HMRC?', letter, other);
    assert.equal(contact.notFound, false, contact.text);
    assert.match(contact.text, /^You do not need to contact us\./, contact.text);
  });
  test("a table's first record names its row, not the file: each row is found by its own name", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const pills = onePage(
      'pills.csv',
      'Medicine: Lisinopril\nDose: 10mg\nWhen: Morning\nNotes: Can make you dizzy\n\nMedicine: Simvastatin\nDose: 40mg\nWhen: Night\nNotes: Avoid grapefruit juice\n\nMedicine: Omeprazole\nDose: 20mg\nWhen: Before breakfast\nNotes: Take with water',
    );
    const other = onePage('gym-membership.md', "# Gym membership\n\nYou can cancel at any time by giving one month's notice.", 2);
    const when = await ask('When do I take lisinopril?', pills, other);
    assert.equal(when.notFound, false, when.text);
    assert.match(when.text, /^Medicine: Lisinopril; Dose: 10mg; When: Morning/, when.text);
    // A rule in a row's field says whether one may, though it names no deed.
    const juice = await ask('Can I drink grapefruit juice?', pills, other);
    assert.equal(juice.notFound, false, juice.text);
    assert.match(juice.text, /^Medicine: Simvastatin; .*Avoid grapefruit juice/, juice.text);
  });
  test('what is left to pay is the balance, not a price on the bill', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const booking = onePage(
      'hall-booking.txt',
      'Village hall booking confirmed for Saturday 12 July.\nHall hire (4 hours): £160.00\nKitchen use: £25.00\nA deposit of £40 was paid on 3 March. The balance of £145 is due two weeks before the event.',
    );
    const other = onePage('gym-membership.md', "# Gym membership\n\nYou can cancel at any time by giving one month's notice.", 2);
    const left = await ask('How much is left to pay for the hall?', booking, other);
    assert.match(left.text, /^The balance of £145 is due two weeks before the event\. \[1\]/, left.text);
  });
  test('a vet named in a sentence gives the number after it, an animal is fed at its feeding times, and tablets are medicine', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const letter = onePage('gp-letter.txt', 'Dear Mr Hale, your blood pressure was 128/82 at your check on 3 May.\nNo medication is needed for now.\nPlease have it checked again in a year.');
    const notes = onePage('sitter-notes.md', '# Notes for the dog sitter\n\n## Feeding\nBiscuit has one scoop of dry food at 8am and 5pm.\n\n## If he is unwell\nOur vet is Abbey Vets, 01632 960222.', 2);
    // Tablets are medicine, which a rule about medication says.
    const prescription = onePage('prescription.txt', 'Repeat prescription\nYour repeat medicines\nRamipril 5mg capsules: one each morning. 28 capsules.\nAtorvastatin 20mg tablets: one at night. 28 tablets.', 3);
    const tablets = await ask('Do I need to take any tablets?', letter, notes, prescription);
    assert.match(tablets.text, /^No medication is needed for now\./, tablets.text);
    const vet = await ask("What is the vet's phone number?", letter, notes);
    assert.equal(vet.notFound, false, vet.text);
    assert.match(vet.text, /^Our vet is Abbey Vets, 01632 960222\./, vet.text);
    // "fed", written in lower case, is feeding.
    const fed = await ask('When does the dog get fed?', letter, notes);
    assert.equal(fed.notFound, false, fed.text);
    assert.match(fed.text, /^Biscuit has one scoop of dry food at 8am and 5pm\./, fed.text);
  });
  test("a date labelled with what qualifies the thing asked is not the date of the thing", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const booking = onePage('theory-test.txt', 'Driving theory test booking\nTest date: Wednesday 14 May 2031, 9:15am\nCentre: Harbury Test Centre\nYour results will be emailed within 2 working days.');
    const other = onePage('gym-membership.md', "# Gym membership\n\nYou can cancel at any time by giving one month's notice.", 2);
    const results = await ask('When will I get the test results?', booking, other);
    assert.match(results.text, /^Your results will be emailed within 2 working days\./, results.text);
    const test = await ask('When is my theory test?', booking, other);
    assert.match(test.text, /^Test date: Wednesday 14 May 2031, 9:15am/, test.text);
  });
  test("a relative asked by kin is the relative a rule names, and what is free has its price", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const ward = onePage(
      'ward-information.txt',
      'Ward 7 - information for visitors\nVisiting is from 2pm to 8pm every day.\nOne relative may stay overnight in the family room.\nParking is free for blue badge holders.\nFeel free to ask the nurses any questions.',
    );
    const other = onePage('gym-membership.md', "# Gym membership\n\nYou can cancel at any time by giving one month's notice.\nMembership costs £30 a month.", 2);
    const care = onePage(
      'care-home-visiting.txt',
      'Willow House - visiting your relative\nVisiting hours are 10am to 8pm every day. Please avoid mealtimes (12:30 to 1:30pm and 5 to 6pm).\nSign in at reception when you arrive and sign out when you leave.\nChildren are welcome, but must stay with an adult. Dogs may visit if they are on a lead.\nYou are welcome to join your relative for lunch for £6; tell the kitchen by 10am.\nParking is free in the car park at the back of the building.',
      3,
    );
    const lunch = await ask('Can I have lunch with my mum?', care, other);
    assert.equal(lunch.notFound, false, lunch.text);
    assert.match(lunch.text, /^You are welcome to join your relative for lunch/, lunch.text);
    const meter = onePage(
      'smart-meter-letter.txt',
      'Your smart meter installation\nAppointment: Thursday 16 October, between 8am and 12pm.\nOur engineer will replace your gas and electricity meters. It takes about two hours.\nSomeone aged 18 or over must be at home.\nThe installation is free, and you will get an in-home display.\nTo rearrange, call 0800 048 1777.',
      3,
    );
    const cost = await ask('How much does the smart meter cost?', meter, other);
    assert.match(cost.text, /^The installation is free/, cost.text);
    const parking = await ask('How much is parking at the ward?', ward, other);
    assert.equal(parking.notFound, false, parking.text);
    assert.match(parking.text, /^Parking is free for blue badge holders\./, parking.text);
    // "Feel free" is no price.
    const nurses = await ask('How much do the nurses charge?', ward, other);
    assert.doesNotMatch(nurses.text, /^Feel free/, nurses.text);
  });
  test("a letter's title line names it and answers nothing; how to renew is said by the deed, how early by a span before", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const letter = onePage(
      'permit-renewal.pdf',
      'Northfield Borough Council - Parking permit renewal\nDear Ms Lane, your parking permit (number RP 2291) expires on 31 May 2032.\nYou can renew it up to 4 weeks before it expires. Apply online at northfield.gov.uk/permits.\nThe permit costs £45 a year.\nIt can take up to 10 days to process.',
    );
    const other = onePage('gym-membership.md', "# Gym membership\n\nYou can cancel at any time by giving one month's notice.", 2);
    const need = await ask('What do I need to renew my permit?', letter, other);
    assert.doesNotMatch(need.text, /^Northfield/, need.text);
    const how = await ask('How do I renew my parking permit?', letter, other);
    assert.match(how.text, /^You can renew it up to 4 weeks before it expires\./, how.text);
    const early = await ask('How early can I renew my parking permit?', letter, other);
    assert.match(early.text, /^You can renew it up to 4 weeks before it expires\./, early.text);
    const long = await ask('How long does the renewal take?', letter, other);
    assert.match(long.text, /It can take up to 10 days to process\. \[1\]/, long.text);
  });
  test("an age asked of a rule is said by who the rule is for", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const track = onePage('go-kart-track.txt', 'Go-kart track - rules\nDrivers must be 8 or over.\nUnder 16s must be with an adult.\nA session costs £12.\nClosed-toe shoes must be worn.');
    const other = onePage('gym-membership.md', "# Gym membership\n\nYou can cancel at any time by giving one month's notice.", 2);
    const young = await ask('Can my 6 year old drive a go-kart?', track, other);
    assert.equal(young.notFound, false, young.text);
    assert.match(young.text, /^Drivers must be 8 or over\./, young.text);
    const track2 = onePage('quad-track.txt', 'Quad track - rules\nQuad bike riders must be 12 or over.\nUnder 16s must be with an adult.\nA session costs £15.', 3);
    const quad = await ask('Can my 10 year old ride a quad bike?', track2, other);
    assert.equal(quad.notFound, false, quad.text);
    assert.equal(quad.unsure, false, 'riders ride');
    assert.match(quad.text, /^Quad bike riders must be 12 or over\./, quad.text);
  });
  test('what was paid back was repaid, and a discount on snacks is one on food', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const loan = onePage(
      'car-finance-statement.txt',
      'Car finance statement\nBalance on 1 March: £6,420.00.\nYou repaid £2,160.00 this year.\nYou must repay £180 each month.\nYour next payment is due on 1 April.',
    );
    const club = onePage('cinema-club.txt', 'Cinema club\nMembership is £8 a month.\nMembers get 15% off food and drink.\nYou can bring a guest on Tuesdays.', 2);
    const back = await ask('How much did I pay back this year?', loan, club);
    assert.match(back.text, /^You repaid £2,160\.00 this year\./, back.text);
    const snacks = await ask('Is there a discount on snacks?', loan, club);
    assert.equal(snacks.notFound, false, snacks.text);
    assert.match(snacks.text, /^Members get 15% off food and drink\./, snacks.text);
  });
  test('"What number do I call?" is answered by the number to call, and "When does it end?" by the day it finishes', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const cover = onePage(
      'boiler-cover.pdf',
      'Boiler cover - policy summary\nWe cover breakdowns of your gas boiler, including parts and labour.\nThere is a £60 excess for each call-out.\nCall 0800 157 2210, 24 hours a day.\nYour annual service is included.',
    );
    const retreat = onePage('yoga-retreat.html', 'Your weekend yoga retreat\nArrive from 4pm on Friday 12 September; the first class is at 6pm.\nRooms are shared, two to a room.\nWe finish after lunch on Sunday.', 2);
    const number = await ask('What number do I call if my boiler breaks down?', cover, retreat);
    assert.match(number.text, /^Call 0800 157 2210, 24 hours a day\./, number.text);
    const end = await ask('When does the retreat end?', cover, retreat);
    assert.match(end.text, /^We finish after lunch on Sunday\./, end.text);
  });
  test("a sheet's title with a dash and a comma names it and answers nothing", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const rota = onePage('volunteer-rota.xlsx', 'Oakfield Food Bank - volunteer rota, July\n\nDate: Tuesday 1 July\nVolunteer: Priya\nRole: Front desk\n\nDate: Friday 4 July\nVolunteer: Gareth\nRole: Driver');
    const camp = onePage('summer-camp.html', 'Summer camp - what to expect\nArrive by 9am each day; we finish at 4pm.\nAll meals are vegetarian and included.\nBring a water bottle.', 2);
    const food = await ask('Is food included at the camp?', rota, camp);
    assert.match(food.text, /^All meals are vegetarian and included\./, food.text);
  });
  test('a day asked of a rota or a calendar that dates only other days of its month is not found', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const rota = onePage(
      'cleaning-rota.xlsx',
      'Church hall cleaning rota, March\n\nDate: Saturday 1 March\nVolunteer: Ann\nTask: Kitchen\n\nDate: Saturday 8 March\nVolunteer: Bob\nTask: Hall floor\n\nDate: Saturday 15 March\nVolunteer: Cath\nTask: Toilets',
    );
    const other = onePage('gym-membership.md', "# Gym membership\n\nYou can cancel at any time by giving one month's notice.", 2);
    const absent = await ask('Who is cleaning on 22 March?', rota, other);
    assert.equal(absent.notFound, true, absent.text);
    const there = await ask('Who is cleaning on 8 March?', rota, other);
    assert.match(there.text, /^Date: Saturday 8 March; Volunteer: Bob/, there.text);
  });
  test('what follows a deed is told where the deed is, also after "need to"; not being able to is struggling to', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const letter = onePage('eye-test.docx', 'Your eye test - Brook Street Opticians\nOptician: Mr Raj Patel.\nYour eye test is on Monday 3 May at 10am.\nIf you need to cancel, tell us a day before, or a £15 fee is charged.');
    const cancel = await ask('What happens if I cancel the optician?', letter);
    assert.match(cancel.text, /^If you need to cancel, tell us a day before/, cancel.text);
    // The condition after "need to" is the deed's, over a sentence saying the deed otherwise…
    const gym = onePage('gym.md', "# Gym membership\n\nYou can cancel at any time by giving one month's notice. Cancel online or at reception.", 2);
    const online = onePage('eye-test.docx', 'Your eye test - Brook Street Opticians\nTo cancel, call 01632 960 555.\nIf you need to cancel on the day, a £15 fee is charged.');
    const late = await ask('What happens if I cancel?', online, gym);
    assert.match(late.text, /^If you need to cancel on the day, a £15 fee is charged\./, late.text);
    // …and a sentence saying the deed, over a line naming only what it is done to.
    const fee = onePage('eye-test.docx', "Your eye test - Brook Street\nOptician: Mr Raj Patel.\nCancelling with less than a day's notice costs £15.");
    const charged = await ask('What happens if I cancel the optician?', fee, gym);
    assert.match(charged.text, /^Cancelling with less than a day's notice costs £15\./, charged.text);
    // (Not below another document's rule for cancelling where the optician's letter never says it.)
    const silent = onePage('eye-test.docx', 'Your eye test - Brook Street\nOptician: Mr Raj Patel.\nYour eye test is on Monday 3 May at 10am.');
    const unsaid = await ask('What happens if I cancel the optician?', silent, gym);
    assert.doesNotMatch(unsaid.text, /^(?:Cancel online|You can cancel)/, unsaid.text);
    // Getting a new thing is changing it, as a notice says it.
    const permit = onePage('parking-permit.html', 'Resident parking permit\nVehicle: Ford Focus, registration LM20 KTP.\nThe permit is digital; nothing needs to be shown in your car.\nIf you change your car, update the registration online first.');
    const newCar = await ask('What do I do if I get a new car?', permit);
    assert.match(newCar.text, /^If you change your car, update the registration online first\./, newCar.text);
    // Wanting to do a thing is supposed as the notice says the wanting: "If you need somewhere else to stay…".
    const claim = onePage('insurance-claim.txt', 'Your claim - reference HC-1120\nA loss adjuster will visit on Monday.\nIf you need somewhere else to stay while repairs are done, call us first.', 1);
    const tax = onePage('council-tax.html', 'Council tax\nIf you move house, tell us within 21 days.\nBand B.', 2);
    const stay = await ask('What if I need to move out during repairs?', claim, tax);
    assert.match(stay.text, /^If you need somewhere else to stay while repairs are done/, stay.text);
    // A sentence telling what follows a condition may say the deed in another form ("left", not "leave").
    const scout = onePage('scout-hut-hire.docx', 'Scout hut hire - terms\nHirers must sweep the floor and stack the chairs before leaving.\nA charge of £30 is made if the hut is left untidy.');
    const untidy = await ask('What happens if we leave the hut untidy?', scout, gym);
    assert.match(untidy.text, /^A charge of £30 is made if the hut is left untidy\./, untidy.text);
    const tenancy = onePage('tenancy-letter.txt', 'Welcome to 4 Mill Lane\nYou will pay rent of £800 a month on the 1st, by standing order.\nHaving trouble paying your rent? Speak to us early so we can help.\nBins go out on Tuesdays.');
    const rent = await ask("What if I can't pay my rent?", tenancy);
    assert.match(rent.text, /^Having trouble paying your rent\?/, rent.text);
  });
  test("\"what's wrong\" asks the fault, which never says \"wrong\"", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const codes = onePage('dishwasher-codes.md', '# Dishwasher fault codes\n\n| Code | Meaning | What to do |\n| --- | --- | --- |\n| F1 | Water leak | Switch off at the mains. |\n| F3 | Door open | Push the door shut. |\n| F7 | Too hot | Wait an hour. |');
    const fault = await ask("The dishwasher shows F3, what's wrong?", codes);
    assert.equal(fault.notFound, false, fault.text);
    assert.match(fault.text, /^Code: F3; Meaning: Door open/, fault.text);
  });
  test('a part of the day asked is held by a time within it', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const timetable = onePage(
      'community-centre.csv',
      'Activity: Yoga\nDay: Monday\nTime: 7pm\nLeader: Sue\n\nActivity: Swimming\nDay: Saturday\nTime: 10am\nLeader: Dan\n\nActivity: Art club\nDay: Saturday\nTime: 2.30pm\nLeader: Meg',
    );
    const morning = await ask("What's on Saturday morning?", timetable);
    assert.match(morning.text, /^Activity: Swimming; Day: Saturday; Time: 10am/, morning.text);
    const afternoon = await ask("What's on Saturday afternoon?", timetable);
    assert.match(afternoon.text, /^Activity: Art club; Day: Saturday; Time: 2\.30pm/, afternoon.text);
    // Where a document says the part of the day, its words tell it, not every time within it.
    const sessions = onePage('nursery-sessions.xlsx', 'Nursery sessions\n\nSession: Full day\nHours: 8am to 6pm\nPrice: £68\n\nSession: Morning\nHours: 8am to 1pm\nPrice: £38');
    const finish = await ask('What time does the morning session finish?', sessions);
    assert.match(finish.text, /^Session: Morning; Hours: 8am to 1pm/, finish.text);
  });
  test('the hours a thing covers are its hours, which never say "cover"', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const ticket = onePage('bus-ticket.html', 'Your off-peak bus ticket\nTicket number: 55120.\nValid Monday to Friday, 9.30am to 4pm, on all buses in the city.\nThe ticket is on your phone, so you do not need to print it.');
    const hours = await ask('What hours does the ticket cover?', ticket);
    assert.match(hours.text, /^Valid Monday to Friday, 9\.30am to 4pm/, hours.text);
  });
  test("a heading saying the document's name lends its words to the line under it no more than to the others", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const recipe = onePage('vegetable-soup.md', '# Vegetable soup\n\nMakes 6 bowls.\nCooking: 40 minutes.\n\n## Method\nChop the vegetables and simmer them in the stock.');
    const time = await ask('How long does the soup take?', recipe);
    assert.match(time.text, /^Cooking: 40 minutes\./, time.text);
    // …but the date under an event's name is the event's.
    const play = onePage(
      'theatre-ticket.html',
      '# Macbeth\n\nFriday 14 March 2031, 7:30pm. Doors open at 6:45pm. Running time about 2 hours, with one interval.\n\n| Seat | Area | Price |\n| --- | --- | --- |\n| G4 | Stalls | £38.00 |\n\nShow this e-ticket on your phone at the door.',
    );
    const swimming = onePage('swimming.txt', 'Swimming lessons start on Saturday 3 May at 9.30am. Bring a towel.', 2);
    const start = await ask('What time does Macbeth start?', play, swimming);
    assert.match(start.text, /^Friday 14 March 2031, 7:30pm\./, start.text);
  });
  test('"What band is my car?" asks the band, not what is said of the car', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const tax = onePage('vehicle-tax.html', 'Your vehicle tax reminder\nIf you sell your car, tell the DVLA straight away.\nTax band F. Yearly rate: £210.\nPay online by 1 March.');
    const band = await ask('What band is my car?', tax);
    assert.match(band.text, /^Tax band F\./, band.text);
  });
  test('what a dish serves, savings, a hosepipe and a visit answer in their own words', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const pie = onePage('fish-pie.md', '# Fish pie\n\nServes 6.\nPreparation: 30 minutes.\nBake for 35 minutes at 200C.');
    const feeds = await ask('How many people does the pie feed?', pie);
    assert.match(feeds.text, /^Serves 6\./, feeds.text);
    const account = onePage('bank-summary.txt', 'Your year with Moor Bank\nTotal savings: £2,400.\nTotal spent on cards: £18,300.');
    const saved = await ask('How much did I save?', account);
    assert.match(saved.text, /^Total savings: £2,400\./, saved.text);
    const rules = onePage('garden-rules.odt', 'Communal garden rules\nHosepipes are not allowed in the communal garden.\nThe gate is locked at 10pm.');
    const hose = await ask('Can I use a hose?', rules);
    assert.equal(hose.notFound, false, hose.text);
    assert.match(hose.text, /^Hosepipes are not allowed/, hose.text);
    const clinic = onePage(
      'hearing-test.docx',
      'Riverside Hospital - audiology\nPatient: Mrs Ann Hale. Audiologist: Mr Tom Reed.\nYour first visit is on Tuesday 3 May at 10am and lasts about 45 minutes.\nPlease bring your hearing aids.',
    );
    const length = await ask('How long is the appointment?', clinic);
    assert.match(length.text, /^Your first visit is on Tuesday 3 May at 10am and lasts about 45 minutes\./, length.text);
  });
  test('"How much are piano lessons?" asks a price, which a timetable without one does not give', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const lessons = onePage('piano-lessons.csv', 'Pupil: Anya\nGrade: Grade 2\nDay: Monday\nTime: 4pm\nTeacher: Mrs Hill\n\nPupil: Tom\nGrade: Grade 4\nDay: Thursday\nTime: 5pm\nTeacher: Mrs Hill');
    const price = await ask('How much are piano lessons?', lessons);
    assert.equal(price.notFound, true, price.text);
    const priced = onePage('piano-prices.txt', 'Piano lessons cost £22 for 30 minutes.', 2);
    const found = await ask('How much are piano lessons?', lessons, priced);
    assert.match(found.text, /^Piano lessons cost £22 for 30 minutes\./, found.text);
  });
  test('a thing asked by its mark that a document marking others never names is not found; one it names is found', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const groups = onePage('cub-groups.xlsx', 'Cubs - summer camp groups\n\nGroup: Group A\nLeader: Akela\nTent: Red\n\nGroup: Group C\nLeader: Baloo\nTent: Blue\n\nGroup: Group D\nLeader: Kaa\nTent: Green');
    const absent = await ask('Who leads Group B?', groups);
    assert.equal(absent.notFound, true, absent.text);
    // …and the one it names is found by its mark, a letter no word of the matching reads.
    const there = await ask('Who leads Group C?', groups);
    assert.match(there.text, /^Group: Group C; Leader: Baloo; Tent: Blue\. \[1\]$/, there.text);
  });
  test('"What do I do with the eggs?" is answered by the step naming them, not the ingredient\'s line', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const cake = onePage('sponge-cake.md', '# Sponge cake\n\n## Ingredients\n- 3 eggs\n- 175g caster sugar\n- 175g self-raising flour\n\n## Method\nBeat the eggs with the sugar until pale.\nFold in the flour gently.\nBake for 25 minutes.');
    const eggs = await ask('What do I do with the eggs?', cake);
    assert.match(eggs.text, /^Beat the eggs with the sugar until pale\./, eggs.text);
    const potatoes = onePage('roast-potatoes.md', '# Roast potatoes\n\n## Ingredients\n- 1kg potatoes\n- 3 tbsp olive oil\n\n## Method\nToss the potatoes in the olive oil.\nRoast for 45 minutes.');
    const oil = await ask('What do I do with the olive oil?', potatoes);
    assert.match(oil.text, /^Toss the potatoes in the olive oil\./, oil.text);
  });
  test('leaving where one stays is checking out: its time, not the check-in\'s', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const cottage = onePage('cottage-booking.pdf', 'Holiday cottage booking - Rose Cottage\nCheck-in: Saturday 2 July from 4pm.\nCheck-out: Saturday 9 July by 10am.\nTowels and bed linen are provided.');
    const leave = await ask('What time do we have to leave the cottage?', cottage);
    assert.match(leave.text, /^Check-out: Saturday 9 July by 10am\./, leave.text);
    // The place stays asked: of two stays, the cottage's.
    const trip = onePage('summer-trip.md', '# Summer trip\n\nSeaview Hotel: check-out by 11am on Saturday 2 July.\nRose Cottage: check-out by 10am on Saturday 9 July.');
    const which = await ask('What time do we have to leave the cottage?', trip);
    assert.match(which.text, /^Rose Cottage: check-out by 10am/, which.text);
  });
  test("a details table's line answers a question naming whom the letter is to, whatever light verb asks it", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const offer = onePage(
      'job-offer.docx',
      '# Offer of employment - Green Lane Garden Centre\n\nDear Tomasz, we are pleased to offer you the role of Plant Assistant.\n\nTerm | Detail\nStart date | Monday 2 May\nPay | £11.90 an hour\nHoliday | 25 days a year\n\nPlease sign the contract by 20 April.',
    );
    const holiday = await ask('How much holiday does Tomasz get?', offer);
    assert.match(holiday.text, /^Holiday: 25 days a year\./, holiday.text);
  });
  test('one more is an extra, "altogether" asks the total, and who watches is a spectator', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const van = onePage('van-hire.pdf', 'Van hire agreement\nVan: Ford Transit, 3.5 tonnes.\nExtra driver: £12 per day.\nReturn the van by 6pm.');
    const driver = await ask('How much is it to add another driver?', van);
    assert.match(driver.text, /^Extra driver: £12 per day\./, driver.text);
    const quote = onePage('bathroom-quote.docx', '# Quote for your new bathroom\n\nCustomer: Mr Omar Haddad.\n\nItem | Price\nSuite and tiles | £3,200\nFitting | £1,450\nTotal | £4,650\n\nFitting takes about 5 working days.');
    const total = await ask('How much is the new bathroom altogether?', quote);
    assert.match(total.text, /^Item: Total; Price: £4,650\./, total.text);
    const match = onePage('netball-final.html', 'Netball county final\nThe final is on Saturday 8 March at Riverside Sports Hall.\nSpectators pay £2 on the door; children go free.\nPlayers must arrive by 9am.');
    const watch = await ask('How much does it cost to watch the final?', match);
    assert.match(watch.text, /^Spectators pay £2 on the door/, watch.text);
  });
  test("not making an appointment is not attending it; a capsule is a tablet; an energy bill's unit rate is per kWh", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const clinic = onePage('physio-letter.txt', 'Riverside Physiotherapy\nDear Mr Lane,\nYour appointment is on Friday 4 April at 3.40pm with Sam Reid.\nPlease wear loose clothing to the appointment.\nIf you cannot attend, call 01632 960 210 so we can offer the time to someone else.');
    const missed = await ask("What if I can't make my appointment?", clinic);
    assert.match(missed.text, /^If you cannot attend, call 01632 960 210/, missed.text);
    const prescription = onePage('gp-letter.txt', 'Elm Tree Surgery\nYour blood test showed your iron level is low.\nDr Shah has prescribed ferrous fumarate, one capsule twice a day for 3 months.\nPlease book a repeat blood test in 3 months.');
    const dose = await ask('How many iron tablets do I take?', prescription);
    assert.equal(dose.notFound, false, dose.text);
    assert.match(dose.text, /^Dr Shah has prescribed ferrous fumarate, one capsule twice a day/, dose.text);
    const trip = onePage('walking-trip.md', '# Walking weekend\n\n£60 per person, paid to Ann by 1 May.');
    const bill = onePage('gas-bill.pdf', 'Northway Energy - your gas bill\nGas used: 1,240 kWh at 6.9p per kWh = £85.56.\nStanding charge: 92 days at 31p a day = £28.52.', 2);
    const rate = await ask('What is my unit rate?', trip, bill);
    assert.match(rate.text, /^Gas used: 1,240 kWh at 6\.9p per kWh/, rate.text);
  });
  test('what days, letting know and getting in are answered in the words a notice uses', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const walker = onePage('dog-walker.html', 'Dog walking terms\nGroup walks last one hour and cost £14.\nWe walk Monday to Friday between 10am and 3pm.');
    const days = await ask('What days do you walk dogs?', walker);
    assert.match(days.text, /^We walk Monday to Friday/, days.text);
    const party = onePage(
      'party-message.txt',
      "Hi all, thanks for coming to Zara's 6th birthday party on Saturday!\nSo far 9 children have said yes.\nPlease let me know about allergies by Thursday - Mo is allergic to nuts, so the party food will be nut-free.\nPick-up is at 5pm from the soft play entrance.\nThanks, Priti",
    );
    const allergies = await ask('When do I need to tell Priti about allergies?', party, { ...walker, n: 2 });
    assert.match(allergies.text, /^Please let me know about allergies by Thursday/, allergies.text);
    const gallery = onePage('gallery-visit.odt', 'Visiting the Town Gallery\nOpen daily, 10am to 4pm.\nEntry is free.\nGuided tours cost £6 for adults.');
    const entry = await ask('How much does it cost to get into the gallery?', gallery);
    assert.match(entry.text, /^Entry is free\./, entry.text);
  });

  test("a deed's noun, a warranty's other name, a request, what is owed and a painkiller are read in a document's words", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const theatre = onePage(
      'theatre-booking.txt',
      'Your tickets for Macbeth are confirmed.\nTo cancel or change your booking, reply to this email at least 48 hours before.\nIf you are running late, please call the box office.\nLate cancellations of groups are charged £5 per ticket.',
    );
    const late = await ask('What happens if I cancel late?', theatre);
    assert.match(late.text, /^Late cancellations of groups are charged £5 per ticket\./, late.text);
    const fridge = onePage('fridge-freezer.docx', '# Your new fridge freezer\n\nItem | Detail\nModel | FF60\nWarranty | 5 years parts and labour\nEnergy rating | E\n\nRegister it within 28 days of delivery.');
    const guarantee = await ask('How long is the guarantee?', fridge);
    assert.match(guarantee.text, /^Warranty: 5 years parts and labour\./, guarantee.text);
    const school = onePage('school-admissions.txt', 'School places: applications open in September.\nTransfers are rare in Year 6.\nRequests for a transfer must be made to the head teacher in writing.');
    const transfer = await ask('How do I ask for a transfer?', school);
    assert.match(transfer.text, /^Requests for a transfer must be made to the head teacher in writing\./, transfer.text);
    const dance = onePage('dance-classes.xlsx', 'Dance classes invoice\n\nItem: 10 dance classes at £6\nAmount: 60\n\nItem: Costume hire\nAmount: 15\n\nItem: Total due\nAmount: 75');
    const owed = await ask('How much do I owe for dance classes?', dance);
    assert.match(owed.text, /^Item: Total due; Amount: 75\./, owed.text);
    const filling = onePage('after-your-filling.txt', 'After your filling\nAvoid chewing until the numbness wears off.\nFor pain, take ibuprofen as directed on the packet.');
    const painkillers = await ask('What painkillers can I take?', filling);
    assert.equal(painkillers.notFound, false, painkillers.text);
    assert.match(painkillers.text, /^For pain, take ibuprofen/, painkillers.text);
  });
  test('a van comes when it arrives, the installer installed, a span of dates is no day, a dose is counted by the day, an amount is no date', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const moving = onePage('moving-day.md', '# Moving day\n\n- Book the removal van with Swift Movers.\n- The van arrives at 7:30am.\n- Take meter readings.');
    const van = await ask('When does the removal van come?', moving);
    assert.match(van.text, /^The van arrives at 7:30am\./, van.text);
    const record = onePage(
      'boiler-warranty.docx',
      '# Boiler warranty\n\nYour boiler is covered for 5 years from the date of installation.\n\nItem | Detail\nModel | Combi 24\nInstalled | 3 May 2026\nInstaller | Hot Water Heating Ltd\nWarranty ends | 2 May 2031',
    );
    const installer = await ask('Who installed the boiler?', record);
    assert.match(installer.text, /^Installer: Hot Water Heating Ltd\./, installer.text);
    const guitar = onePage(
      'guitar-lessons.xlsx',
      'Guitar lessons with Sam Hill, spring term invoice\n\nPupil: Ella Moss\n\nLesson: 45 minutes, Thursdays 5pm\n\nDate: 2 Sep to 9 Dec\nItem: 12 lessons at £20\nAmount: 240\n\nDate: Pay by\nItem: 15 September\n\nDate: Missed lessons\nItem: Charged in full without 24 hours notice.',
    );
    const day = await ask("What day is Ella's guitar lesson?", guitar);
    assert.match(day.text, /^Lesson: 45 minutes, Thursdays 5pm\./, day.text);
    const pay = await ask('When do I have to pay for guitar lessons?', guitar);
    assert.match(pay.text, /^Date: Pay by; Item: 15 September\./, pay.text);
    const missed = await ask('What happens if Ella misses a lesson?', guitar);
    assert.match(missed.text, /^Date: Missed lessons; Item: Charged in full/, missed.text);
    const hayFever = onePage('hay-fever-tablets.odt', '# Cetirizine 10mg tablets\n\nCetirizine relieves the symptoms of hay fever.\n\n# How to take it\n\nAdults: take 1 tablet a day, with water.\nDo not take for more than 14 days without advice.');
    const dose = await ask('How many cetirizine can I take in a day?', hayFever);
    assert.match(dose.text, /^Adults: take 1 tablet a day/, dose.text);
    // An amount of money is no date, though it has four figures: "Amount: 1850.00" does not say when pay came.
    const payslip = onePage('payslip-may.csv', 'Item: Basic pay\nAmount: 1850.00\n\nItem: Overtime\nAmount: 96.00\n\nItem: Net pay\nAmount: 1502.10\n\nItem: Pay date\nAmount: 28 May 2027');
    const paid = await ask('When was I paid?', payslip);
    assert.match(paid.text, /^Item: Pay date; Amount: 28 May 2027\./, paid.text);
  });
  test('"B&B" is a word; a value in prose may say a word in its own; running out is expiring; a bill is paid by its payment', async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const trip = onePage('walking-trip.csv', 'Day: Friday\nStay: Riverside B&B\nNotes: Check in from 4pm\n\nDay: Saturday\nStay: Hilltop Hostel\nNotes: Dinner £12');
    const bb = await ask('How much does the B&B cost?', trip);
    assert.equal(bb.notFound, true, bb.text);
    const certificate = onePage(
      'car-insurance-certificate.docx',
      '# Certificate of motor insurance\n\nPolicyholder | Dan Reeve\nVehicle | Ford Focus, registration AB12 CDE\nLimitations as to use | Social, domestic and pleasure use only. Not for hire or reward or business use.\nExcess | £300',
    );
    const job = onePage('job-offer.txt', 'Dear Dan,\nWe are pleased to offer you the role of site manager.\nYour work hours are 8am to 4pm, Monday to Friday.', 2);
    const work = await ask('Can I use my car for work?', certificate, job);
    assert.match(work.text, /^Limitations as to use: Social, domestic and pleasure use only\./, work.text);
    const licence = onePage('tv-licence.txt', 'TV Licensing\nYour TV Licence number 1234 5678 was issued on 14 February 2027.\nYour TV Licence is valid from 1 March 2027 until 28 February 2028.\nThe licence fee of £174.50 has been paid.');
    const runsOut = await ask('When does my TV licence run out?', licence);
    assert.match(runsOut.text, /^Your TV Licence is valid from 1 March 2027 until 28 February 2028\./, runsOut.text);
    const notice = onePage(
      'penalty-charge-notice.pdf',
      'Penalty charge notice\nPenalty charge: £70.\nThe charge is reduced to £35 if paid within 14 days.\nIf the charge is not paid within 28 days, a charge certificate may be issued.',
    );
    const unpaid = await ask("What happens if I don't pay the fine?", notice);
    assert.match(unpaid.text, /^If the charge is not paid within 28 days/, unpaid.text);
    const bill = onePage(
      'phone-bill.xlsx',
      'Skyline mobile bill: April 2027\n\nAccount: 55120934\n\nCharge: Monthly plan\nDetail: Unlimited calls, 20GB data\nAmount: 18\n\nCharge: Roaming\nDetail: 3 days in Spain, used 12 April\nAmount: 6\n\nCharge: Total\nAmount: 24\n\nCharge: Payment\nDetail: Direct Debit on 20 May 2027',
      2,
    );
    const paid = await ask('When will the bill be paid?', notice, bill);
    assert.match(paid.text, /^Charge: Payment; Detail: Direct Debit on 20 May 2027\./, paid.text);
  });
  test("a thing only another file names is not at the lead's place; a child asked for is no word a timetable lacks; a row's route says where it lands; a dose when needed", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const library = onePage('kirkby-library.html', 'Kirkby Library\nThe library is open 9am to 5pm, Monday to Saturday.\nBooks can be renewed online or by phone.');
    const permit = onePage('parking-permit.txt', 'Resident parking permit\nPermit zone: B\nParking is allowed in zone B bays only.', 2);
    const parking = await ask('Is there parking at the library?', library, permit);
    assert.equal(parking.notFound, true, parking.text);
    const club = onePage('holiday-club.csv', 'Day: Thursday\nActivity: Farm trip\nBring: Packed lunch\n\nDay: Friday\nActivity: Sports\nBring: Trainers and a water bottle');
    const bring = await ask('What should my daughter bring on Friday?', club);
    assert.match(bring.text, /^Day: Friday; Activity: Sports; Bring: Trainers/, bring.text);
    const flights = onePage(
      'flights.docx',
      '# Your flights\n\nFlight | From | To | Departs | Arrives\nLS123 | Manchester | Alicante | Sat 3 Jul 07:00 | Sat 3 Jul 10:40\nLS124 | Alicante | Manchester | Sat 10 Jul 11:30 | Sat 10 Jul 13:10',
    );
    const back = await ask('When do we land back at Manchester?', flights);
    assert.match(back.text, /^Flight: LS124/, back.text);
    // "When should I use the inhaler?" is answered by the need a dose is taken on.
    const prescription = onePage(
      'repeat-prescription.md',
      '# Repeat prescription\n\nPatient: John Carter\n\n| Medicine | Dose | Quantity |\n|---|---|---|\n| Ramipril 5mg capsules | One capsule in the morning | 28 |\n| Salbutamol inhaler | Two puffs when needed | 1 |\n\nReady to collect from Monday 7 June.',
    );
    const inhaler = await ask('When should I use the inhaler?', prescription);
    assert.match(inhaler.text, /^Medicine: Salbutamol inhaler; Dose: Two puffs when needed/, inhaler.text);
  });

  test('changing an appointment is rearranging it', async () => {
    const optician = onePage(
      'optician-appointment.txt',
      'Your eye test is on Tuesday 8 June at 2pm with Mr Patel.\nThe test takes 30 minutes and is free.\nIf you need to rearrange, call 01632 960321 at least a day before.',
    );
    const change = await collect(asInApp.answer({ question: 'What if I need to change my appointment?', history: [], sources: [optician] }));
    assert.match(change.text, /^If you need to rearrange, call 01632 960321/, change.text);
  });

  test("whom a contract's opening names is what its lines are about: which days the child goes", async () => {
    const contract = onePage(
      'nursery-contract.docx',
      '# Nursery contract\n\nThis contract is between Little Acorns Nursery and Mr and Mrs Lee for the care of Mia Lee.\n\nTerm | Detail\nStart date | Monday 3 January 2028\nDays | Wednesday and Friday\nSessions | 8am to 6pm\n\nIf Mia has a temperature, she must stay at home until 24 hours after it has passed.',
    );
    const days = await collect(asInApp.answer({ question: 'Which days does Mia go to nursery?', history: [], sources: [contract] }));
    assert.match(days.text, /^Days: Wednesday and Friday\./, days.text);
  });

  test('a booking counts its people by the table', async () => {
    const booking = onePage('restaurant-booking.txt', "Thanks for booking with Luigi's.\nYour table for 4 is booked for Saturday 3 July at 6pm.\nTo change your booking, call 01632 960999.\nWe hold tables for 15 minutes.");
    const people = await collect(asInApp.answer({ question: 'How many people is the booking for?', history: [], sources: [booking] }));
    assert.match(people.text, /^Your table for 4 is booked/, people.text);
  });

  test('who came first is the row placed 1', async () => {
    const results = onePage('parkrun-results.csv', 'Runner: Lee Park\n5k time: 21:40\nPosition: 2\n\nRunner: Ana Silva\n5k time: 20:55\nPosition: 1\n\nRunner: Max Bell\n5k time: 24:02\nPosition: 3');
    const first = await collect(asInApp.answer({ question: 'Who came first in the 5k?', history: [], sources: [results] }));
    assert.match(first.text, /^Runner: Ana Silva; 5k time: 20:55; Position: 1\./, first.text);
  });

  test("a hire's drop-off is where and when it is returned", async () => {
    const hire = onePage('van-hire.docx', '# Van hire booking\n\nDetail | Booking\nPick-up | Leeds depot, Friday 6 August, 09:00\nDrop-off | Leeds depot, Saturday 7 August, 17:00\nPrice | £95, paid\n\nReturn the van with the same fuel level, or a refuelling charge applies.');
    const back = await collect(asInApp.answer({ question: 'When do I have to return the van?', history: [], sources: [hire] }));
    assert.match(back.text, /^Drop-off: Leeds depot, Saturday 7 August, 17:00\./, back.text);
  });

  test("a person's row answers only of that person: another file's Sarah has no 5k time", async () => {
    const ask = async (question: string, ...sources: AnswerSource[]) => collect(asInApp.answer({ question, history: [], sources }));
    const results = onePage(
      'running-club-results.csv',
      'Runner: Kim Walsh\n5k time: 21:52\nPosition: 1\nAge group: F35\n\nRunner: Omar Diaz\n5k time: 23:40\nPosition: 2\nAge group: M40\n\nRunner: Beth Young\n5k time: 25:03\nPosition: 3\nAge group: F40',
    );
    const certificate = onePage('gas-safety-record.pdf', 'Landlord Gas Safety Record\nLandlord: Mr R. Ahmed\nEngineer: Sarah Lind, Gas Safe ID 554213\nDate of check: 9 February 2027\nResult: all appliances safe to use.', 2);
    const absent = await ask("What was Sarah's 5k time?", results, certificate);
    assert.equal(absent.notFound, true, absent.text);
    const omar = await ask("What was Omar's 5k time?", results, certificate);
    assert.match(omar.text, /^Runner: Omar Diaz; 5k time: 23:40/, omar.text);
  });

  test('a span of months answers of a month it leaves out', async () => {
    const rules = onePage('campsite-rules.md', '# Oakfield Campsite rules\n\nCampfires are allowed only between 1 October and 31 March, in the fire pits.\n\nDogs must be on a lead at all times.\n\nQuiet hours are 10pm to 7am.');
    const fire = await collect(asInApp.answer({ question: 'Can we have a campfire at the campsite in August?', history: [], sources: [rules] }));
    assert.match(fire.text, /^Campfires are allowed only between 1 October and 31 March/, fire.text);
  });

  test("which rows are not done is read from a yes-or-no column", async () => {
    const chores = onePage('swimming-lessons.csv', 'Date: Tue 2 May\nPool: Leisure centre\nBooked: Yes\n\nDate: Tue 9 May\nPool: Leisure centre\nBooked: No\n\nDate: Tue 16 May\nPool: Lido\nBooked: Yes\n\nDate: Tue 23 May\nPool: Lido\nBooked: No');
    const ask = async (question: string) => (await collect(asInApp.answer({ question, history: [], sources: [chores] }))).text;
    const notBooked = await ask("Which swimming lessons haven't I booked?");
    assert.match(notBooked, /^Date: Tue 9 May; Pool: Leisure centre; Booked: No\. \[1\] Date: Tue 23 May; Pool: Lido; Booked: No\./, notBooked);
    const booked = await ask('Which swimming lessons have I booked?');
    assert.match(booked, /^Date: Tue 2 May; Pool: Leisure centre; Booked: Yes\. \[1\] Date: Tue 16 May; Pool: Lido; Booked: Yes\./, booked);
    const unbooked = await ask('Which swimming lessons are unbooked?');
    assert.match(unbooked, /^Date: Tue 9 May; Pool: Leisure centre; Booked: No\./, unbooked);
  });

  test('what time a place opens is not answered by the days it is closed', async () => {
    const letter = onePage('playgroup-letter.odt', 'Busy Bees Playgroup\nThe playgroup is closed on Monday 31 May (bank holiday) and all of half term week.\nPlease do not leave the garden gate open.\nPlease bring a named water bottle every day.');
    const opens = await collect(asInApp.answer({ question: 'What time does the playgroup open?', history: [], sources: [letter] }));
    assert.equal(opens.notFound, true, opens.text);
    const hours = onePage('playgroup-hours.odt', 'Busy Bees Playgroup\nThe playgroup is open 8am to 6pm, Monday to Friday.\nThe playgroup is closed on Monday 31 May (bank holiday).');
    const open = await collect(asInApp.answer({ question: 'What time does the playgroup open?', history: [], sources: [hours] }));
    assert.match(open.text, /^The playgroup is open 8am to 6pm/, open.text);
  });

  test("a person's name asked is not answered by a sentence naming no one", async () => {
    const letter = onePage('x-ray-letter.pdf', 'City Hospital Radiology\nYour X-ray is on Monday 4 June at 10:15am in the main building.\nYour consultant will discuss the results with you at your next clinic visit.\nPlease remove any jewellery before the X-ray.');
    const nameless = await collect(asInApp.answer({ question: "What is the consultant's name?", history: [], sources: [letter] }));
    assert.equal(nameless.notFound, true, nameless.text);
    const named = onePage('clinic-letter.pdf', 'City Hospital Radiology\nYour consultant is Dr Miriam Osei.\nYour consultant will discuss the results with you at your next clinic visit.');
    const osei = await collect(asInApp.answer({ question: "What is the consultant's name?", history: [], sources: [named] }));
    assert.match(osei.text, /^Your consultant is Dr Miriam Osei\./, osei.text);
  });

  test("what happens if a thing doesn't fit is answered by the condition said of any item", async () => {
    const order = onePage('sofa-order.docx', '# Order confirmation\n\nOrder number: SF-1182\n\nItem | Colour\nThree-seat sofa | Blue\nFootstool | Blue\n\nPlease measure hallways before delivery. If an item does not fit, we will take it back for a collection fee of £60.');
    const fit = await collect(asInApp.answer({ question: "What happens if the sofa doesn't fit in the hallway?", history: [], sources: [order] }));
    assert.match(fit.text, /^If an item does not fit, we will take it back/, fit.text);
  });

  test('a condition met is of the thing the question supposes the deed done to, in the file that names it', async () => {
    const phone = onePage('phone-contract.html', 'Your phone contract\nPlan: Unlimited calls, 30GB data.\nMonthly price: £18 for 24 months.\nEarly exit: if you leave before the end of the 24 months, you will pay £12 for each remaining month.', 1);
    const tickets = onePage('theatre-tickets.txt', 'Theatre booking\nTickets: 2 adults, stalls row F.\nIf you need to cancel, tell us 48 hours before the show for a credit note.', 2);
    const early = await collect(asInApp.answer({ question: 'What happens if I cancel my phone contract early?', history: [], sources: [phone, tickets] }));
    assert.match(early.text, /^Early exit: if you leave before the end of the 24 months/, early.text);
    const show = await collect(asInApp.answer({ question: 'What happens if I cancel the tickets?', history: [], sources: [phone, tickets] }));
    assert.match(show.text, /^If you need to cancel, tell us 48 hours before the show/, show.text);
  });

  test("a document's own dated sentence answers for what its name says, not the timetable rows below it", async () => {
    const welcome = onePage('Swimming trial.docx', '# Welcome to Otters Club\n\nYour trial is on Friday 3 September at 5pm with coach Ellie.\n\nSession | Day | Time\nBeginners | Monday | 5pm\nImprovers | Wednesday | 6pm\nSquad | Saturday | 8am\n\nBring a towel and a cap to every session.');
    const trial = await collect(asInApp.answer({ question: 'When is my swimming trial?', history: [], sources: [welcome] }));
    assert.match(trial.text, /^Your trial is on Friday 3 September at 5pm/, trial.text);
    const squad = await collect(asInApp.answer({ question: 'What time is squad?', history: [], sources: [welcome] }));
    assert.match(squad.text, /^Session: Squad; Day: Saturday; Time: 8am\./, squad.text);
  });

  test('how much a named thing is: the sentence naming it, with its price a little further on', async () => {
    const letter = onePage('class-trip-letter.odt', '# Year 6 trip to the Natural History Museum\nDear parents,\nYear 6 will visit the Natural History Museum on Tuesday 12 October.\nThe coach leaves at 8:30am.\nThe trip costs £11 per child, payable on ParentPay.');
    const cost = await collect(asInApp.answer({ question: 'How much is the Natural History Museum trip?', history: [], sources: [letter] }));
    assert.match(cost.text, /^Year 6 will visit the Natural History Museum on Tuesday 12 October\. \[1\] The trip costs £11 per child/, cost.text);
  });

  test("what happens if I don't do a thing is said after the sentence telling to do it", async () => {
    const letter = onePage('swimming-gala-letter.odt', 'Swimming gala\nThe gala is on Saturday 9 July at the leisure centre.\nPlease return the medical form to the office by Monday 4 July.\nSwimmers without a medical form cannot take part.\nSpectators pay £2 at the door.');
    const unreturned = await collect(asInApp.answer({ question: "What happens if I don't return the medical form?", history: [], sources: [letter] }));
    assert.match(unreturned.text, /^Please return the medical form to the office by Monday 4 July\. \[1\] Swimmers without a medical form cannot take part\./, unreturned.text);
  });

  test('what to do with a thing if a condition holds is the sentence opening on that condition', async () => {
    const lease = onePage('car-lease.html', 'Car lease summary\nThe car stays ours for the whole lease.\nIf you move house, tell us within 14 days so we can update the insurance.\nIf you end the lease, return the car to any of our depots with both keys.');
    const end = await collect(asInApp.answer({ question: 'What do I do with the car if I end the lease?', history: [], sources: [lease] }));
    assert.match(end.text, /^If you end the lease, return the car/, end.text);
  });

  test('what a pension is worth is its value', async () => {
    const statement = onePage('pension-statement.xlsx', 'Item: Fund value at 31 March 2027\nAmount: £31,450\n\nItem: Your contributions this year\nAmount: £1,800\n\nItem: Employer contributions this year\nAmount: £1,350');
    const worth = await collect(asInApp.answer({ question: 'What is my pension fund worth?', history: [], sources: [statement] }));
    assert.match(worth.text, /^Item: Fund value at 31 March 2027; Amount: £31,450\./, worth.text);
  });

  test('whether a thing is needed is not answered by a sentence about the same trip that never names it', async () => {
    const letter = onePage('zoo-trip-letter.odt', 'Year 2 trip to the zoo\nThe coach leaves at 9am from the front gate.\nThe trip costs £9 per child.\nChildren need a packed lunch and a water bottle.');
    const ask = async (question: string) => collect(asInApp.answer({ question, history: [], sources: [letter] }));
    const uniform = await ask('Do the children need to wear school uniform on the trip?');
    assert.equal(uniform.notFound, true, uniform.text);
    const bottle = await ask('Do the children need a water bottle on the trip?');
    assert.match(bottle.text, /^Children need a packed lunch and a water bottle\./, bottle.text);
  });

  test("a child of the family is priced by the list's age band", async () => {
    const prices = onePage('optician-prices.html', 'Eye test prices\nTreatment: Eye test (adult)\nPrice: £30\n\nTreatment: Eye test (under 16)\nPrice: Free\n\nTreatment: Contact lens check\nPrice: £20');
    const daughter = await collect(asInApp.answer({ question: 'How much is an eye test for my daughter?', history: [], sources: [prices] }));
    assert.match(daughter.text, /^Treatment: Eye test \(under 16\); Price: Free\./, daughter.text);
  });

  test("a leaflet's side effects are what it says may happen to you", async () => {
    const leaflet = onePage('tetanus-booster.odt', 'Your tetanus booster\nThe booster is given in the upper arm by the practice nurse.\nYou may feel a little sick or have a headache the next day. This usually passes quickly.\nYou may have to wait 15 minutes after the injection before you leave.\nYou can also have the booster at a walk-in centre.');
    const effects = await collect(asInApp.answer({ question: 'What are the side effects of the tetanus booster?', history: [], sources: [leaflet] }));
    assert.match(effects.text, /^You may feel a little sick or have a headache the next day\./, effects.text);
  });

  test('a label saying "not" answers only a question saying it, or asking whether', async () => {
    const replies = onePage('wedding-replies.txt', "Tom and Ana's wedding: replies so far\n\nNot attending: Uncle Joe, the Patels\nAttending: Gran, Aunt Sue, the Greens\nNo reply yet: Cousin Mo");
    const ask = async (question: string) => (await collect(asInApp.answer({ question, history: [], sources: [replies] }))).text;
    const attending = await ask('Who is attending the wedding?');
    assert.match(attending, /^Attending: Gran, Aunt Sue, the Greens\./, attending);
    const notAttending = await ask("Who isn't attending the wedding?");
    assert.match(notAttending, /^Not attending: Uncle Joe, the Patels\./, notAttending);
    const joe = await ask('Is Uncle Joe attending the wedding?');
    assert.match(joe, /^Not attending: Uncle Joe, the Patels\./, joe);
  });

  test("the excess on my car insurance is the excess's line, not the line naming the car", async () => {
    const schedule = onePage('car-insurance-schedule.pdf', 'Car insurance schedule\nPolicy number: QZ-118204\nCar: Ford Focus, LR20 KVD\nNamed drivers: Amir Shah, Nadia Shah\nCompulsory excess: £300\nCover: Comprehensive');
    const ask = async (question: string) => (await collect(asInApp.answer({ question, history: [], sources: [schedule] }))).text;
    const excess = await ask('What is the excess on my car insurance?');
    assert.match(excess, /^Compulsory excess: £300\./, excess);
  });

  test('who does a deed is the line labelled with its doer', async () => {
    const plan = onePage('pet-sitting.docx', 'Pet sitting plan\nPet: Pepper, a spaniel\nWalker: Tom Reed, 07700 900 112\nFeeder: Ana Silva\nWalks: 8am and 5pm every day');
    const walker = await collect(asInApp.answer({ question: 'Who is walking Pepper?', history: [], sources: [plan] }));
    assert.match(walker.text, /^Walker: Tom Reed, 07700 900 112\./, walker.text);
  });

  test('how to do a thing is the sentence saying the deed with its means, not with its deadline', async () => {
    const letter = onePage('self-assessment-letter.pdf', 'Self Assessment reminder\nAny tax you owe must also be paid by 31 January 2029.\nIf your return is late, you will pay a £100 penalty.\nYou can pay by bank transfer, debit card or through your online tax account.');
    const how = await collect(asInApp.answer({ question: 'How can I pay my tax bill?', history: [], sources: [letter] }));
    assert.match(how.text, /^You can pay by bank transfer, debit card or through your online tax account\./, how.text);
  });

  test('a line of the kind asked close behind a lead holding none of it answers', async () => {
    const card = onePage('vaccination-card.html', "Vaccination record: Thumper\nSpecies: Rabbit. Date of birth: 9 April 2024.\nPlease book Thumper's annual health check with the next vaccination.\nVaccine: Myxomatosis and RHD1; Given: 2 May 2026; Next due: 2 May 2027\nVaccine: RHD2; Given: 5 June 2026; Next due: 5 June 2027");
    const plants = onePage('plant-care.csv', 'Plant: Cactus\nWater: Once a month\n\nPlant: Fern\nWater: Twice a week', 2);
    const due = await collect(asInApp.answer({ question: "When is Thumper's next vaccination due?", history: [], sources: [card, plants] }));
    assert.match(due.text, /^Vaccine: [^.]*; Next due: \d+ \w+ 2027\./, due.text);
  });

  test("a loan's rate in per cent is its interest rate; where a named person's things are is a spot", async () => {
    const offer = onePage('loan-agreement.docx', '# Personal loan agreement\n\nBorrower: Ms Dana Kerr\n\nDetail | Amount\nLoan amount | £8,000\nRate | 6.9% APR fixed\nMonthly repayment | £158.03');
    const rate = await collect(asInApp.answer({ question: 'What is the interest rate on the loan?', history: [], sources: [offer] }));
    assert.match(rate.text, /^Detail: Rate; Amount: 6\.9% APR fixed\.|^Rate: 6\.9% APR fixed\./, rate.text);
    const plan = onePage('allergy-plan.odt', '# Allergy action plan: Tom Reid (age 7)\nTom is allergic to milk and eggs.\nMild reaction (rash, itchy mouth): give one spoon of antihistamine and stay with him.\nSevere reaction (wheezing, swelling): use his EpiPen in the outer thigh at once and call 999.\nHis EpiPens are in a blue bag in the school office and in his coat pocket.\nParents: Jo Reid 07700 900 101');
    const where = await collect(asInApp.answer({ question: "Where are Tom's EpiPens?", history: [], sources: [plan] }));
    assert.match(where.text, /His EpiPens are in a blue bag in the school office/, where.text);
  });

  test('a weekday asked of every week is held by the part of the week a sentence names', async () => {
    const note = onePage('note-from-neighbours.txt', "Hi, it's Priya from number 9!\nOur loft conversion starts on Monday 4 October.\nThe roofers will work 8am to 4pm on weekdays and never at weekends.");
    const invite = onePage('party-invite.txt', 'You are invited to a barbecue on Saturday 9 October at 3pm in our garden.', 2);
    const sat = await collect(asInApp.answer({ question: 'Will they work on Saturdays?', history: [], sources: [invite, note] }));
    assert.match(sat.text, /^The roofers will work 8am to 4pm on weekdays and never at weekends\./, sat.text);
    assert.equal(sat.unsure, false, sat.text);
  });

  test("a report's rows are all of the person its opening names, whichever row says the name", async () => {
    const report = onePage('school-report.docx', '# End of year report: Kofi Mensah, Year 3\n\nSubject | Grade | Comment\nEnglish | Expected | Kofi reads widely and with expression.\nMaths | Above expected | Quick and accurate with number facts.\nArt | Working towards | Enjoys painting; needs to take more care.');
    const maths = await collect(asInApp.answer({ question: 'What grade did Kofi get in maths?', history: [], sources: [report] }));
    assert.match(maths.text, /^Subject: Maths; Grade: Above expected/, maths.text);
  });

  test('which rows still need doing is read from a yes-or-no column as not done', async () => {
    const rota = onePage('cleaning-rota.csv', 'Week: 1\nCleaner: Sam\nDone: Yes\n\nWeek: 2\nCleaner: Ola\nDone: No\n\nWeek: 3\nCleaner: Sam\nDone: No');
    const todo = await collect(asInApp.answer({ question: 'Which cleaning weeks are still to be done?', history: [], sources: [rota] }));
    assert.match(todo.text, /^Week: 2; Cleaner: Ola; Done: No\. \[1\] Week: 3; Cleaner: Sam; Done: No\./, todo.text);
  });

  test("a letter whose sentences are each a paragraph gives the price a little further on", async () => {
    const letter = onePage('class-trip-letter.odt', '# Year 3 trip to the Roman Museum\n\nDear parents,\n\nYear 3 will visit the Roman Museum on Wednesday 6 October.\n\nThe coach leaves at 9am and returns by 3pm.\n\nThe trip costs £12 per child, payable on ParentPay.\n\nPlease send a packed lunch.');
    const cost = await collect(asInApp.answer({ question: 'How much is the Roman Museum trip?', history: [], sources: [letter] }));
    assert.match(cost.text, /The trip costs £12 per child/, cost.text);
  });

  test("how much someone's invoice is asks its total", async () => {
    const invoice = onePage('plumber-invoice.odt', '# Flowright Plumbing: invoice 77\nWork done on 2 May: replaced the kitchen tap and a leaking valve under the sink.\nLabour: 2 hours at £50 = £100.00\nParts: £45.00\nTotal due: £145.00 within 14 days.');
    const total = await collect(asInApp.answer({ question: "How much is the plumber's invoice?", history: [], sources: [invoice] }));
    assert.match(total.text, /^Total due: £145\.00/, total.text);
  });

  test("a yes-or-no column is read beside another column saying the same word", async () => {
    const list = onePage('packing-list.docx', '# Beach trip packing list\n\nItem | Who packs | Packed\nWindbreak | Dad | Yes\nTowels | Everyone | No\nSuncream | Mum | No');
    const left = await collect(asInApp.answer({ question: 'What still needs packing?', history: [], sources: [list] }));
    assert.match(left.text, /^Item: Towels; Who packs: Everyone; Packed: No\. \[1\] Item: Suncream; Who packs: Mum; Packed: No\./, left.text);
  });

  test("where to do a deed is the sentence saying it with a place, not a line naming the thing it is done to", async () => {
    const hire = onePage('car-hire.docx', '# Car hire agreement\nVehicle: Vauxhall Corsa, registration LM23 ABC. Hire period: 5 to 7 May 2028.\nPick up from the Leeds Station desk from 8am; return to the same desk by 6pm on the last day.\nThe car comes with a full tank and must be returned full.');
    const where = await collect(asInApp.answer({ question: 'Where do I pick up the hire car?', history: [], sources: [hire] }));
    assert.match(where.text, /^Pick up from the Leeds Station desk/, where.text);
  });

  test('the last of a day\'s records is the one latest in the day', async () => {
    const log = onePage('nappy-log.csv', 'Date: 2027-03-04\nTime: 07:20\nChange: Wet\n\nDate: 2027-03-04\nTime: 11:05\nChange: Dirty\n\nDate: 2027-03-04\nTime: 18:40\nChange: Wet\n\nDate: 2027-03-04\nTime: 15:30\nChange: Wet');
    const last = await collect(asInApp.answer({ question: 'When was the last change?', history: [], sources: [log] }));
    assert.match(last.text, /^Date: 2027-03-04; Time: 18:40; Change: Wet\./, last.text);
    const first = await collect(asInApp.answer({ question: 'When was the first change?', history: [], sources: [log] }));
    assert.match(first.text, /^Date: 2027-03-04; Time: 07:20; Change: Wet\./, first.text);
  });

  test('whether a thing has a quality the documents never name is not found; nor what to make it with', async () => {
    const hire = onePage('van-hire.docx', '# Van hire booking\nVan: Transit Custom, registration KD22 PLM. Hire: 5 to 7 May.\nPick up from our depot at 3 Mill Road from 7am; bring your licence.');
    const manual = await collect(asInApp.answer({ question: 'Is the hire van electric?', history: [], sources: [hire] }));
    assert.equal(manual.notFound, true, manual.text);
    const recipe = onePage('flapjacks.md', '# Flapjacks\nMakes 12.\n- 250g oats\n- 125g butter\n- 3 tbsp golden syrup\nMelt the butter with the syrup, stir in the oats and bake for 20 minutes.');
    const made = await collect(asInApp.answer({ question: 'Can I make flapjacks with coconut oil?', history: [], sources: [recipe] }));
    assert.equal(made.notFound, true, made.text);
  });

  test('what comes next is not told by the last one', async () => {
    const boiler = onePage('boiler-record.odt', '# Boiler record\nYour boiler is a Vaillant ecoTEC plus, fitted in 2019.\nYour last service was carried out on 3 May 2027 by Ace Heating.');
    const next = await collect(asInApp.answer({ question: 'When will the boiler be serviced next?', history: [], sources: [boiler] }));
    assert.equal(next.notFound, true, next.text);
    const last = await collect(asInApp.answer({ question: 'When was the last service?', history: [], sources: [boiler] }));
    assert.match(last.text, /3 May 2027/, last.text);
  });

  test('what to use instead of a thing is what to do without it', async () => {
    const recipe = onePage('pancakes.md', '# Pancakes\n\nMakes 8.\n\n## Ingredients\n- 100g plain flour\n- 2 eggs\n- 300ml milk\n\n## Method\n1. Whisk the flour, eggs and milk to a smooth batter.\n2. Fry in a little oil for a minute on each side.\n\nNo eggs? Mash half a ripe banana for each egg.\nPancakes are best eaten warm.');
    const instead = await collect(asInApp.answer({ question: 'What can I use instead of eggs?', history: [], sources: [recipe] }));
    assert.match(instead.text, /^No eggs\? Mash half a ripe banana for each egg\./, instead.text);
  });

  test('how long a recipe takes is its "Ready in", and how long a job takes its working days', async () => {
    const recipe = onePage('flapjacks.md', '# Flapjacks\nMakes 12. Ready in 40 minutes.\nMelt the butter with the syrup and stir in the oats.\nFlapjacks keep for up to a week in a tin.');
    const takes = await collect(asInApp.answer({ question: 'How long do flapjacks take?', history: [], sources: [recipe] }));
    assert.match(takes.text, /^Ready in 40 minutes\./, takes.text);
    const quote = onePage('bathroom-quote.docx', '# Bathroom quote\nPrepared for Ms Hale on 2 March. This quote is valid for 60 days.\nThe job will take about 5 working days.');
    const fit = await collect(asInApp.answer({ question: 'How long will the bathroom take to fit?', history: [], sources: [quote] }));
    assert.match(fit.text, /^The job will take about 5 working days\./, fit.text);
  });

  test('a child asked of by age is named by the band holding it', async () => {
    const pool = onePage('pool-rules.html', 'Leisure pool rules\nSwimmers must shower before entering the pool.\nChildren under 12 must be accompanied by an adult in the water.\nNo diving in the shallow end.');
    const alone = await collect(asInApp.answer({ question: 'Can my 9 year old swim on his own?', history: [], sources: [pool] }));
    assert.match(alone.text, /^Children under 12 must be accompanied/, alone.text);
  });

  test('a row saying "non-" a word is not the row of that word', async () => {
    const exams = onePage('exams.xlsx', 'Date: Mon 8 June\nSubject: Physics\nPaper: Paper 1 (non-practical)\n\nDate: Thu 11 June\nSubject: Physics\nPaper: Paper 2 (practical)', 2);
    const practical = await collect(asInApp.answer({ question: 'When is the practical physics paper?', history: [], sources: [exams] }));
    assert.match(practical.text, /^Date: Thu 11 June/, practical.text);
  });

  test('a deposit asked for is one to pay; a deadline "due by" answers when a thing is due', async () => {
    const quote = onePage('decorating-quote.docx', '# Decorating quote\nLiving room and hall, two coats throughout: £1,150.\nWe ask for a 25% deposit to book your dates.');
    const deposit = await collect(asInApp.answer({ question: 'How much deposit do I need to pay?', history: [], sources: [quote] }));
    assert.match(deposit.text, /^We ask for a 25% deposit/, deposit.text);
    const club = onePage('chess-club.html', '# Fees from September 2027\nThe chess club meets on Mondays at 4pm.\nFees are collected termly and due by the 10th of the first month of term.');
    const due = await collect(asInApp.answer({ question: 'When are chess club fees due?', history: [], sources: [club] }));
    assert.match(due.text, /^Fees are collected termly and due by the 10th/, due.text);
  });

  test('what happens if you do not reply is what happens if they do not hear from you', async () => {
    const letter = onePage('claim-letter.txt', 'Your claim reference is CL-4471.\nPlease send us the receipts for the damaged items.\nIf we do not hear from you by 30 June, your claim will be closed.');
    const reply = await collect(asInApp.answer({ question: "What happens if I don't reply?", history: [], sources: [letter] }));
    assert.match(reply.text, /^If we do not hear from you by 30 June/, reply.text);
  });

  test('how to do a deed the question names alone is the sentence giving its means', async () => {
    const letter = onePage('register-letter.txt', 'Electoral register check\nPlease register by 31 May 2028.\nYou can register online at register.example or by calling 0300 123 4567.');
    const how = await collect(asInApp.answer({ question: 'How can I register?', history: [], sources: [letter] }));
    assert.match(how.text, /^You can register online/, how.text);
  });

  test('how long a thing lasts is not found in a lead holding no span', async () => {
    const care = onePage('rabbit-care.md', '# Caring for rabbits\nRabbits must live in pairs: they get lonely alone.\nGive them fresh hay and clean water, and a hutch with room to hop.');
    const live = await collect(asInApp.answer({ question: 'How long do rabbits live?', history: [], sources: [care] }));
    assert.equal(live.notFound, true, live.text);
    const letter = onePage('allotment-letter.docx', '# Allotment waiting list\nDear Mr Hale, thank you for applying for an allotment at Fern Road.\nWhen a plot becomes free we will write to you.', 2);
    const count = await collect(asInApp.answer({ question: 'How many plots are there at Fern Road?', history: [], sources: [letter, care] }));
    assert.equal(count.notFound, true, count.text);
    // How long a thing takes may be said with no count: "known in seconds".
    const vote = onePage('voting.txt', 'Each member has a card that lets them vote from their desk.\nAs a result, the outcome of each vote is known in seconds.', 3);
    const quick = await collect(asInApp.answer({ question: 'How long does it take to know the outcome of a vote?', history: [], sources: [vote, care] }));
    assert.match(quick.text, /known in seconds/, quick.text);
  });

  test("the highest or the cheapest of a table's column is the row whose value in it is so", async () => {
    const log = onePage('gas-deliveries.csv', 'Date: 2027-01-10\nLitres: 400\nPrice per litre: 61.5p\nCost: £246.00\n\nDate: 2027-05-22\nLitres: 300\nPrice per litre: 74.2p\nCost: £222.60\n\nDate: 2027-09-03\nLitres: 500\nPrice per litre: 58.9p\nCost: £294.50');
    const highest = await collect(asInApp.answer({ question: 'What was the highest price per litre?', history: [], sources: [log] }));
    assert.match(highest.text, /^Date: 2027-05-22; Litres: 300; Price per litre: 74\.2p/, highest.text);
    const cheapest = await collect(asInApp.answer({ question: 'Which delivery had the lowest price per litre?', history: [], sources: [log] }));
    assert.match(cheapest.text, /^Date: 2027-09-03; Litres: 500; Price per litre: 58\.9p/, cheapest.text);
    const most = await collect(asInApp.answer({ question: 'Which delivery cost the most?', history: [], sources: [log] }));
    assert.match(most.text, /^Date: 2027-09-03; Litres: 500; Price per litre: 58\.9p; Cost: £294\.50/, most.text);
  });

  test('a numbered record no row of its table is is not found', async () => {
    const budget = onePage('grocery-budget.xlsx', 'Week: Week 1\nBudget: £80\nSpent: £76.40\nShop: Aldi\n\nWeek: Week 2\nBudget: £80\nSpent: £85.10\nShop: Lidl\n\nWeek: Week 3\nBudget: £80\nSpent: £79.95\nShop: Aldi\n\nWeek: Week 4\nBudget: £80\nSpent: £91.30\nShop: Tesco');
    const swim = onePage('swimming.md', '# Swimming lessons\nLessons run for 10 weeks from Saturday 8 January.\nChildren should arrive changed 5 minutes before their lesson.', 2);
    const absent = await collect(asInApp.answer({ question: 'What was my grocery budget in week 5?', history: [], sources: [budget, swim] }));
    assert.equal(absent.notFound, true, absent.text);
    const there = await collect(asInApp.answer({ question: 'What was my grocery budget in week 2?', history: [], sources: [budget, swim] }));
    assert.match(there.text, /^Week: Week 2; Budget: £80/, there.text);
  });

  test('leaving a stay by a time is its check-out', async () => {
    const guide = onePage('lodge-guide.pdf', 'Welcome to Pine Lodge\nCheck-in is from 3pm on your day of arrival; please leave by 11am on your day of departure.\nThe key box code is 2290.');
    const leave = await collect(asInApp.answer({ question: 'What time do we have to leave the lodge?', history: [], sources: [guide] }));
    assert.match(leave.text, /please leave by 11am/, leave.text);
    assert.equal(leave.notFound, false, leave.text);
  });

  test('what happens if "my landlord and I" disagree is what happens if "you cannot agree"', async () => {
    const cert = onePage('deposit-certificate.odt', '# Deposit certificate\nYour deposit of £900 is protected by the DPS.\nLandlord: Ms Rita Kaye.\nAt the end of your tenancy, agree the return of the deposit with your landlord. If you cannot agree, you can use our free dispute service.');
    const disagree = await collect(asInApp.answer({ question: 'What if my landlord and I disagree about the deposit?', history: [], sources: [cert] }));
    assert.match(disagree.text, /^If you cannot agree, you can use our free dispute service\./, disagree.text);
  });

  test('what a child needs to take is what the letter says children need', async () => {
    const letter = onePage('science-centre-trip.docx', '# Year 4 trip to the Science Centre\nDate: Friday 17 November. The coach leaves school at 9am and is back by 3:30pm.\nChildren need a packed lunch in a named bag, a drink (no glass bottles) and a coat.\nThe voluntary contribution is £11 per child.\nPlease sign and return the slip below by Monday 6 November.\nChildren must wear school uniform.');
    const take = await collect(asInApp.answer({ question: 'What does my child need to take on the trip?', history: [], sources: [letter] }));
    assert.match(take.text, /^Children need a packed lunch in a named bag/, take.text);
  });

  test("what was bought is a receipt's items; when to see the GP is the appointment to book", async () => {
    const receipt = onePage('hardware-shop-receipt.csv', 'Item: Wood screws\nQty: 2\nPrice: £5.98\n\nItem: Paint brush\nQty: 1\nPrice: £4.50');
    const bought = await collect(asInApp.answer({ question: 'What did I buy at the hardware shop?', history: [], sources: [receipt] }));
    assert.equal(bought.notFound, false, bought.text);
    assert.match(bought.text, /^Item: (?:Wood screws|Paint brush)/, bought.text);
    const letter = onePage('discharge-letter.pdf', 'Discharge summary\nReason for admission: broken wrist, set in plaster.\nPlease book an appointment with your GP practice in 2 weeks to check the plaster.\nCall 111 if your fingers go numb.');
    const gp = await collect(asInApp.answer({ question: 'When should I see my GP?', history: [], sources: [letter] }));
    assert.match(gp.text, /^Please book an appointment with your GP practice in 2 weeks/, gp.text);
  });

  test('when to do a routine deed to a thing no document names is not found', async () => {
    const routine = onePage('cleaning-routine.md', '# Weekly cleaning\n\n- **Monday:** bathrooms\n- **Tuesday:** hoover downstairs\n\nDescale the kettle and clean the oven once a month.');
    const windows = await collect(asInApp.answer({ question: 'When do I clean the curtains?', history: [], sources: [routine] }));
    assert.equal(windows.notFound, true, windows.text);
    const oven = await collect(asInApp.answer({ question: 'When do I clean the oven?', history: [], sources: [routine] }));
    assert.match(oven.text, /clean the oven once a month/, oven.text);
  });

  test('whom an appointment is with is the line naming a doctor after "with"; what was recommended is the advice', async () => {
    const letter = onePage('optician-appointment.html', 'ClearSight Opticians\nDear Mr Roy, your appointment for an eye test and contact lens check is confirmed.\nDate: Monday 8 May, 10:20am, with Dr Shah.\nThe eye test is free as you are over 60.');
    const whom = await collect(asInApp.answer({ question: 'Who is the appointment with?', history: [], sources: [letter] }));
    assert.match(whom.text, /^Date: Monday 8 May, 10:20am, with Dr Shah\./, whom.text);
    const report = onePage('chimney-report.pdf', 'Sweep report\nDate of visit: 4 October 2027. Sweep: Alan Dyer.\nResult: chimney swept, draw test passed.\nAdvice: fit a cowl to keep birds out; about £60 fitted.');
    const advice = await collect(asInApp.answer({ question: 'What did the sweep recommend?', history: [], sources: [report] }));
    assert.match(advice.text, /^Advice: fit a cowl/, advice.text);
  });

  test("a word of the question before a column of figures is no value the row lacks", async () => {
    const readings = onePage('gas-readings.csv', 'Date: 2027-10-01\nReading (m3): 4410\n\nDate: 2027-11-01\nReading (m3): 4502\nUsed since last: 92\n\nDate: 2027-12-01\nReading (m3): 4631\nUsed since last: 129');
    const reading = await collect(asInApp.answer({ question: 'What was the meter reading on 1 November?', history: [], sources: [readings] }));
    assert.match(reading.text, /^Date: 2027-11-01; Reading \(m3\): 4502/, reading.text);
  });

  test("a bill's total is this month's; when it is paid is when it is collected", async () => {
    const bill = onePage('phone-bill.txt', 'Your mobile bill - April 2028\nAccount: 7712 0031\nUnlimited plan: £18.00\nRoaming: £2.40\nTotal: £20.40, to be collected by Direct Debit on 15 April.\nYour contract ends on 31 August 2028. After that your price will go up to £24 a month unless you upgrade.');
    const month = await collect(asInApp.answer({ question: 'How much is my mobile bill this month?', history: [], sources: [bill] }));
    assert.match(month.text, /^Total: £20\.40/, month.text);
    const paid = await collect(asInApp.answer({ question: 'When will the bill be paid?', history: [], sources: [bill] }));
    assert.match(paid.text, /^Total: £20\.40, to be collected by Direct Debit on 15 April\./, paid.text);
  });

  test('a part of the day asked is held by a row timed in it, though another file says "even"', async () => {
    const feeding = onePage('cat-feeding.csv', 'Time: 7:30am\nFood: Wet food\nAmount: 85g\nWho: Tom\n\nTime: 1:00pm\nFood: Treats\nAmount: 5\nWho: Nan\n\nTime: 6:30pm\nFood: Dry food\nAmount: 40g\nWho: Zoe');
    const note = onePage('note.txt', 'Keep the back door shut, even in summer.', 2);
    const evening = await collect(asInApp.answer({ question: 'Who feeds the cat in the evening?', history: [], sources: [feeding, note] }));
    assert.match(evening.text, /^Time: 6:30pm; Food: Dry food; Amount: 40g; Who: Zoe\./, evening.text);
    const breakfast = await collect(asInApp.answer({ question: 'How much does the cat get at breakfast?', history: [], sources: [feeding, note] }));
    assert.match(breakfast.text, /^Time: 7:30am; Food: Wet food; Amount: 85g/, breakfast.text);
    const lunch = await collect(asInApp.answer({ question: 'What does the cat have at lunchtime?', history: [], sources: [feeding, note] }));
    assert.match(lunch.text, /^Time: 1:00pm; Food: Treats/, lunch.text);
  });

  test('a pensioner is priced as a concession, a toddler by the band under 5', async () => {
    const prices = onePage('pool-prices.html', 'Pool prices\n\nActivity | Adult | Junior | Concession\nSwim | £5.00 | £3.00 | £3.50\nAqua fit | £7.00 | - | £5.00\n\nJuniors are under 16. Concessions are for over 65s and students.\nUnder 4s swim free with a paying adult.');
    const bill = onePage('phone-bill.txt', 'Your mobile bill - April 2028\nUnlimited plan: £18.00\nTotal: £20.40, to be collected by Direct Debit on 15 April.', 2);
    const club = onePage('netball.docx', '# Netball club\nTraining is on Wednesdays at 6pm.\nAnnual subs are £95. Match fees are £4 per game.\nPlayers must wear the club bib; no jewellery is allowed.', 3);
    const pensioner = await collect(asInApp.answer({ question: 'How much is aqua fit for a pensioner?', history: [], sources: [prices, bill, club] }));
    assert.match(pensioner.text, /^Activity: Aqua fit; Adult: £7\.00; (?:Junior: -; )?Concession: £5\.00/, pensioner.text);
    const toddler = await collect(asInApp.answer({ question: 'Do toddlers pay to swim?', history: [], sources: [prices, bill, club] }));
    assert.match(toddler.text, /^Under 4s swim free with a paying adult\./, toddler.text);
  });

  test('the time of a thing dated by its day alone is not found; nor when to do a deed no document says', async () => {
    const invite = onePage('christening-invite.odt', '# Please reply by 2 June\nJoin us for Ava christening on Sunday 16 June at St Mark Church, Leeds.\nReply to Ben on 07700 900 118.');
    const guide = onePage('growing-beans.md', '# Growing runner beans\nSow seeds indoors in April, 5cm deep.\nPlant out in late May, 20cm apart, against canes.\nWater well in dry weather.', 2);
    const club = onePage('netball.docx', '# Netball club\nTraining is on Wednesdays at 6pm.\nAnnual subs are £95. Match fees are £4 per game.', 3);
    const start = await collect(asInApp.answer({ question: 'What time is the christening?', history: [], sources: [invite, guide, club] }));
    assert.equal(start.notFound, true, start.text);
    const pick = await collect(asInApp.answer({ question: 'When do I harvest the beans?', history: [], sources: [invite, guide, club] }));
    assert.equal(pick.notFound, true, pick.text);
    const sow = await collect(asInApp.answer({ question: 'When do I sow the beans?', history: [], sources: [invite, guide, club] }));
    assert.match(sow.text, /^Sow seeds indoors in April/, sow.text);
  });

  test('the rows over the budget are those spending more than it', async () => {
    const budget = onePage('party-budget.xlsx', 'Item: Balloons\nBudget: £15\nSpent: £12.00\n\nItem: Cake\nBudget: £40\nSpent: £52.50\n\nItem: Food\nBudget: £120\nSpent: £134.80\n\nItem: Hall hire\nBudget: £90\nSpent: £90.00');
    const over = await collect(asInApp.answer({ question: 'Which items went over budget?', history: [], sources: [budget] }));
    assert.match(over.text, /^Item: (?:Cake|Food); Budget/, over.text);
    assert.doesNotMatch(over.text, /Balloons|Hall hire/, over.text);
  });

  test("how much a named one's thing is asks its price, which the sentence after gives", async () => {
    const reminder = onePage('vet-reminder.pdf', 'Parkside Vets\nPet: Biscuit (dog)\nBiscuit is due his annual booster on or after 9 June 2028.\nThe booster costs £58 and includes a health check.');
    const price = await collect(asInApp.answer({ question: "How much is Biscuit's booster?", history: [], sources: [reminder] }));
    assert.match(price.text, /The booster costs £58/, price.text);
  });

  test("a timetable's first and last rows are its earliest and latest times", async () => {
    const buses = onePage('bus-times.csv', 'Departs: 07:15\nBus: 21\nStop: High Street\n\nDeparts: 12:40\nBus: 21\nStop: High Street\n\nDeparts: 18:05\nBus: 21\nStop: High Street\n\nDeparts: 09:30\nBus: 21\nStop: High Street');
    const last = await collect(asInApp.answer({ question: 'When is the last 21 bus?', history: [], sources: [buses] }));
    assert.match(last.text, /^Departs: 18:05; Bus: 21/, last.text);
    const first = await collect(asInApp.answer({ question: 'When is the first 21 bus?', history: [], sources: [buses] }));
    assert.match(first.text, /^Departs: 07:15; Bus: 21/, first.text);
  });

  test('how much of an ingredient is the line measuring it; how long a slow cooker takes is its cooking time', async () => {
    const recipe = onePage('lentil-soup.md', '# Lentil soup\n\nServes 4. Prep 10 minutes; cook 6 hours on low or 3 hours on high.\n\n## Ingredients\n- 250g red lentils\n- 1 onion, chopped\n- 1 litre vegetable stock\n- 2 tsp cumin\n\nFry the onion first, then put everything in the slow cooker.\nFor a thicker soup, use 2 tins of chickpeas instead of half the lentils.\nLeftovers keep for 3 days in the fridge.');
    const much = await collect(asInApp.answer({ question: 'How much lentils do I need?', history: [], sources: [recipe] }));
    assert.match(much.text, /^250g red lentils\./, much.text);
    const slow = await collect(asInApp.answer({ question: 'How long does the soup take in the slow cooker?', history: [], sources: [recipe] }));
    assert.match(slow.text, /cook 6 hours on low/, slow.text);
  });

  test('the off-peak rate is not the peak rate, and the peak rate not the off-peak one', async () => {
    const tariff = onePage('heat-pump-tariff.pdf', '# Cosy Heat tariff\nPeak rate: 31.2p per kWh from 4pm to 7pm.\nOff-peak rate: 9.1p per kWh between midnight and 5am.\nStanding charge: 48p per day.');
    const recipe = onePage('flapjack.md', '# Flapjack\nMelt 125g butter with 3 tbsp golden syrup. Stir in 250g oats and bake at 180C for 20 minutes.', 2);
    const off = await collect(asInApp.answer({ question: 'What is the off-peak rate?', history: [], sources: [tariff, recipe] }));
    assert.match(off.text, /^Off-peak rate: 9\.1p/, off.text);
    const peak = await collect(asInApp.answer({ question: "What's the peak rate?", history: [], sources: [tariff, recipe] }));
    assert.match(peak.text, /^Peak rate: 31\.2p/, peak.text);
  });

  test('"fully" is "full", and a price is of the thing the heading over it names', async () => {
    const scooter = onePage('e-scooter-manual.txt', '## Charging your scooter\nPlug the charger into the port under the deck. A full charge takes about 5 hours and costs around 12p of electricity.\n\n## Riding\nKeep both hands on the bars.');
    const shop = onePage('bike-shop-prices.html', '# Wheel Deal repairs\nPuncture repair: £12. Scooter tyre fitting: £25.', 2);
    const long = await collect(asInApp.answer({ question: 'How long does it take to fully charge the scooter?', history: [], sources: [scooter, shop] }));
    assert.match(long.text, /^A full charge takes about 5 hours/, long.text);
    const cost = await collect(asInApp.answer({ question: 'How much does it cost to fully charge the scooter?', history: [], sources: [scooter, shop] }));
    assert.match(cost.text, /^A full charge takes about 5 hours and costs around 12p/, cost.text);
  });

  test('to dispute is to disagree, and paying is told by the line on payment', async () => {
    const notice = onePage('parking-charge-notice.pdf', 'Parking Charge Notice\nA charge of £60 is payable for overstaying at Riverside Retail Park.\nYou have 28 days to tell us in writing if you disagree with this charge.');
    const invoice = onePage('electrician-invoice.odt', '# Invoice 1187 - Bright Spark Electrical\nItem | Amount\nNew consumer unit | £420.00\nLabour | £180.00\nTotal | £600.00\nPayment is due within 30 days by bank transfer to sort code 11-22-33, account 55667788.', 2);
    const dispute = await collect(asInApp.answer({ question: 'How long do I have to dispute the parking charge?', history: [], sources: [notice, invoice] }));
    assert.match(dispute.text, /^You have 28 days to tell us in writing/, dispute.text);
    const pay = await collect(asInApp.answer({ question: 'How do I pay the electrician?', history: [], sources: [notice, invoice] }));
    assert.match(pay.text, /^Payment is due within 30 days by bank transfer/, pay.text);
  });

  test("a current balance is the latest row's, though rows say \"current account\"", async () => {
    const statement = onePage('isa-statement.csv', 'Date: 2027-01-04\nDescription: Transfer from current account\nPaid in: 200.00\nBalance: 3200.00\n\nDate: 2027-01-31\nDescription: Interest\nPaid in: 11.20\nBalance: 3211.20\n\nDate: 2027-02-04\nDescription: Transfer from current account\nPaid in: 200.00\nBalance: 3411.20\n\nDate: 2027-02-28\nDescription: Interest\nPaid in: 11.90\nBalance: 3423.10');
    const now = await collect(asInApp.answer({ question: 'What is my current ISA balance?', history: [], sources: [statement] }));
    assert.match(now.text, /^Date: 2027-02-28; Description: Interest; Paid in: 11\.90; Balance: 3423\.10\./, now.text);
  });

  test('"When is my job interview?" is the sentence booking the interview, not one naming the job too', async () => {
    const letter = onePage('interview-invitation.pdf', 'Thank you for applying for the job of Library Assistant.\nYou must complete the online test before your job interview.\nYour interview is booked for Tuesday 9 March at 10.15am at Kirkby Library.\nPlease bring photo ID.');
    const club = onePage('chess-club.md', '# Chess club\nWe meet on Mondays at 7pm in the church hall. Subs are £3 a night.', 2);
    const when = await collect(asInApp.answer({ question: 'When is my job interview?', history: [], sources: [letter, club] }));
    assert.match(when.text, /^Your interview is booked for Tuesday 9 March at 10\.15am/, when.text);
  });

  test("whether a thing no document names was working is not answered by another thing's state", async () => {
    const inventory = onePage('check-in-inventory.odt', '# Check-in inventory\n## Kitchen\nDishwasher: working, filter clean.\nHob: all four rings working.\n## Bathroom\nExtractor fan: working.');
    const gym = onePage('gym-welcome.pdf', 'Your induction covers the rowing machines and the weights area.', 2);
    const tv = await collect(asInApp.answer({ question: 'Was the television working at check-in?', history: [], sources: [inventory, gym] }));
    assert.equal(tv.notFound, true, tv.text);
    const dish = await collect(asInApp.answer({ question: 'Was the dishwasher working at check-in?', history: [], sources: [inventory, gym] }));
    assert.match(dish.text, /^Dishwasher: working/, dish.text);
  });

  test('the rows quoted over budget are all those whose quote is more than their budget, in plain figures', async () => {
    const plan = onePage('extension-budget.xlsx', 'Item: Builder\nBudget: 18000\nQuoted: 19500\n\nItem: Windows\nBudget: 4000\nQuoted: 3650\n\nItem: Electrics\nBudget: 2500\nQuoted: 2900\n\nItem: Skip hire\nBudget: 600\nQuoted: 540');
    const over = await collect(asInApp.answer({ question: 'Which items are quoted over budget?', history: [], sources: [plan] }));
    assert.match(over.text, /Item: Builder; Budget: 18000; Quoted: 19500/, over.text);
    assert.match(over.text, /Item: Electrics; Budget: 2500; Quoted: 2900/, over.text);
    assert.doesNotMatch(over.text, /Windows|Skip hire/, over.text);
    const most = await collect(asInApp.answer({ question: 'Which item is quoted most over budget?', history: [], sources: [plan] }));
    assert.match(most.text, /^Item: Builder; Budget: 18000; Quoted: 19500\. \[1\]$/, most.text);
  });

  test("when a named one's carer does a deed is the sentence saying it with its time, not the lines naming them", async () => {
    const livery = onePage('livery-agreement.md', '# Part livery agreement - Oakfield Stables\n\n**Pony:** Misty (Welsh section B)\n**Groom:** Tara Bell, 07700 900 777\n\n## Exercise\nSchooled on Mondays and Thursdays, exercised between 9am and 10am in the top field.\n\n## Price\n£95 per week, paid monthly.');
    const club = onePage('book-club.txt', 'The book club meets on the first Tuesday of the month at 7.30pm.', 2);
    const when = await collect(asInApp.answer({ question: 'When does the pony groom exercise Misty?', history: [], sources: [livery, club] }));
    assert.match(when.text, /^Schooled on Mondays and Thursdays, exercised between 9am and 10am/, when.text);
  });

  test('which row has the most of a column is read from that column, not from the one naming the rows', async () => {
    const rides = onePage('cycling-log.xlsx', 'Week: 1\nRides: 3\nTotal km: 62\n\nWeek: 2\nRides: 4\nTotal km: 88\n\nWeek: 3\nRides: 2\nTotal km: 71\n\nWeek: 4\nRides: 3\nTotal km: 54');
    const most = await collect(asInApp.answer({ question: 'Which week did I ride the most kilometres?', history: [], sources: [rides] }));
    assert.match(most.text, /^Week: 2; Rides: 4; Total km: 88\. \[1\]$/, most.text);
    const none = await collect(asInApp.answer({ question: 'How many rides did I do in week 6?', history: [], sources: [rides] }));
    assert.equal(none.notFound, true, none.text);
  });

  test('whether a helper named in two words has a thing no document names is not found', async () => {
    const cleaner = onePage('cleaner-agreement.docx', '# Cleaning agreement\nWindow cleaner: Sam Reid, 07700 900 318.\nCleans every fourth Thursday. £15 per visit, paid in cash.');
    const surgery = onePage('gp-letter.pdf', 'Riverside Surgery\nYour blood test is on Tuesday 3 March at 8.40am. Please do not eat for 12 hours before it.', 2);
    const insured = await collect(asInApp.answer({ question: 'Does the window cleaner have insurance?', history: [], sources: [cleaner, surgery] }));
    assert.equal(insured.notFound, true, insured.text);
  });

  test("a weekday's line is no line of another weekday, and who does a deed is not found in a file never saying it", async () => {
    const rota = onePage('cleaning-rota.txt', 'KITCHEN CLEANING ROTA\n\nMonday: Aisha cleans\nTuesday: Ben cleans\nWednesday: Cara cleans\nThursday: Dev cleans\nFriday: Aisha cleans');
    const market = onePage('market-stalls.html', '# Farmers market\nDate | Stall | Pitch\nSaturday 3 April | Cheese Barn | 12\nSaturday 1 May | Honey Hut | 7', 2);
    const sat = await collect(asInApp.answer({ question: 'Who cleans on Saturday?', history: [], sources: [rota, market] }));
    assert.equal(sat.notFound, true, sat.text);
    const thu = await collect(asInApp.answer({ question: 'Who cleans on Thursday?', history: [], sources: [rota, market] }));
    assert.match(thu.text, /^Thursday: Dev cleans/, thu.text);
  });

  test('what may be given is what to give, not what never to give', async () => {
    const care = onePage('rabbit-care.md', '# Rabbit care\n\n## Food\nNever give chocolate, bread or crisps.\nGive a bundle of hay every day and a handful of leafy greens.\n\n## Cleaning\nClean the hutch every week.');
    const recipe = onePage('pancakes.txt', 'Whisk 100g flour, 2 eggs and 300ml milk. Rest for 30 minutes.', 2);
    const food = await collect(asInApp.answer({ question: 'What can I give the rabbit?', history: [], sources: [care, recipe] }));
    assert.match(food.text, /^Give a bundle of hay every day/, food.text);
  });

  test('when a thing ends is not the time it starts, and what a pet weighs is no advice to weigh it', async () => {
    const fair = onePage('school-fair.odt', '# Summer fair\nOur summer fair is on Saturday 19 June at 11am on the school field. Entry is free.');
    const pet = onePage('guinea-pig-notes.md', '# Guinea pig notes\nWeigh Biscuit once a week; see the vet if she loses more than 5% of her weight.\nFeed fresh hay daily.', 2);
    const end = await collect(asInApp.answer({ question: 'What time does the summer fair finish?', history: [], sources: [fair, pet] }));
    assert.equal(end.notFound, true, end.text);
    const start = await collect(asInApp.answer({ question: 'What time does the summer fair start?', history: [], sources: [fair, pet] }));
    assert.match(start.text, /^Our summer fair is on Saturday 19 June at 11am/, start.text);
    const weight = await collect(asInApp.answer({ question: 'How much does Biscuit weigh?', history: [], sources: [fair, pet] }));
    assert.equal(weight.notFound, true, weight.text);
  });

  test('whether a thing may come is the rule letting it in, not one letting in others by the same verb', async () => {
    const lodge = onePage('lodge-booking.odt', '# Lodge booking - Pine Ridge\nGuests: 2 adults, 1 child, 1 dog.\nOne dog is welcome for £25 per stay. Dogs must not be left alone in the lodge.');
    const party = onePage('party-invite.txt', 'Join us for Sam 40th! Each guest may bring one friend. Drinks provided.', 2);
    const dog = await collect(asInApp.answer({ question: 'Can we bring the dog?', history: [], sources: [lodge, party] }));
    assert.match(dog.text, /^One dog is welcome for £25 per stay\./, dog.text);
  });

  test('a code no document holds is not found, though others of its kind are', async () => {
    const manual = onePage('heat-pump-codes.txt', 'HEAT PUMP - TROUBLESHOOTING\n\nFault code E12: Outdoor unit sensor fault. Call an engineer.\nFault code E31: Water flow too low. Check the filter.\nFault code E47: Compressor overheating. Switch off for 30 minutes.');
    const shop = onePage('shop-receipt.pdf', 'Till 4 Receipt\nBatteries AA x4 £3.99\nTotal £3.99', 2);
    const unknown = await collect(asInApp.answer({ question: 'What does fault code E22 mean?', history: [], sources: [manual, shop] }));
    assert.equal(unknown.notFound, true, unknown.text);
    const known = await collect(asInApp.answer({ question: 'What does fault code E31 mean?', history: [], sources: [manual, shop] }));
    assert.match(known.text, /^Fault code E31: Water flow too low\./, known.text);
  });

  test("leaving a stay is its departure's line, and what to do about a trouble is the instruction after it", async () => {
    const caravan = onePage('caravan-booking.docx', '# Caravan booking - Sandy Bay\nArrival: Friday 2 July from 3pm.\nDeparture: Friday 9 July by 10am.\nPitch: 14, near the shower block.');
    const leaflet = onePage('septic-tank.txt', 'SEPTIC TANK NOTES\n\nBlocked drain: Water backs up into the shower tray when the tank is full. Call Swift Drains on 01632 960 771 to empty it.\n\nSmell: A smell near the tank is normal on hot days.', 2);
    const leave = await collect(asInApp.answer({ question: 'When do we have to leave the caravan?', history: [], sources: [caravan, leaflet] }));
    assert.match(leave.text, /^Departure: Friday 9 July by 10am\./, leave.text);
    const blocked = await collect(asInApp.answer({ question: 'What do I do if the drain is blocked?', history: [], sources: [caravan, leaflet] }));
    assert.match(blocked.text, /Call Swift Drains on 01632 960 771 to empty it\./, blocked.text);
  });

  test("a year the lead's file never names is not found there, and a house is a property", async () => {
    const bill = onePage('water-bill.pdf', 'Brookside Water - Annual Bill 2027/28\nProperty: 12 Mill Street, Band D.\nYou will pay 10 instalments of £41.20 on the 1st of each month from April.');
    const club = onePage('tennis-club.md', '# Tennis club\nCourts open 8am to 9pm. Membership is £120 a year.', 2);
    const other = await collect(asInApp.answer({ question: 'When is the water bill for 2025 paid?', history: [], sources: [bill, club] }));
    assert.equal(other.notFound, true, other.text);
    const band = await collect(asInApp.answer({ question: 'What band is my house in?', history: [], sources: [bill, club] }));
    assert.match(band.text, /^Property: 12 Mill Street, Band D\./, band.text);
  });

  test("the most of a column is read past a first row that leaves it empty, and by the column's verb in another form", async () => {
    const gas = onePage('gas-readings.csv', 'Date: 2027-01-01\nReading: 7710\nNote: First reading\n\nDate: 2027-02-01\nReading: 7912\nUsed since last: 202\n\nDate: 2027-03-01\nReading: 8160\nUsed since last: 248\n\nDate: 2027-04-01\nReading: 8301\nUsed since last: 141');
    const boiler = onePage('boiler-guide.txt', 'Use the app to set the heating schedule. Hold the reset button for 5 seconds after a fault.', 2);
    const most = await collect(asInApp.answer({ question: 'When did we use the most gas?', history: [], sources: [gas, boiler] }));
    assert.match(most.text, /^Date: 2027-03-01; Reading: 8160; Used since last: 248\. \[1\]$/, most.text);
  });

  test('a trip to a place is the line going there, not the one coming back from it', async () => {
    const train = onePage('train-tickets.pdf', 'Rail Tickets - Booking ref 7HX2K9\nReturn: Edinburgh to York, Sunday 4 July, departs 16:40, arrives 19:12.\nOutward: York to Edinburgh, Friday 2 July, departs 08:15, arrives 10:47.\nSeats: coach C, seats 41 and 42.');
    const pool = onePage('pool-timetable.txt', 'POOL TIMETABLE\n\nMonday 7.00am Aquafit (40 min), 6.00pm Lengths (60 min)\nThursday 7.00am Aquafit (40 min)\n\nAquafit is limited to 25 per class. Book in the app.', 2);
    const going = await collect(asInApp.answer({ question: 'What time does our train to Edinburgh leave?', history: [], sources: [train, pool] }));
    assert.match(going.text, /^Outward: York to Edinburgh, Friday 2 July, departs 08:15/, going.text);
    const back = await collect(asInApp.answer({ question: 'What time does our train to York leave?', history: [], sources: [train, pool] }));
    assert.match(back.text, /^Return: Edinburgh to York, Sunday 4 July, departs 16:40/, back.text);
  });

  test('why a price has gone up is the sentence giving it "up from" the old one, with its reason', async () => {
    const renewal = onePage('car-insurance-renewal.odt', '# Car insurance renewal\nPolicy number: MT-22871.\nYour new premium is £684.10, up from £602.45 last year, mainly because claims for windscreen repairs have risen.\nExcess: £350.');
    const hours = onePage('gp-hours.txt', 'Opening hours: Monday to Friday 8am to 6.30pm.', 2);
    const why = await collect(asInApp.answer({ question: 'Why has my premium gone up?', history: [], sources: [renewal, hours] }));
    assert.match(why.text, /^Your new premium is £684\.10, up from £602\.45/, why.text);
  });

  test('whether an e-thing may be borrowed is not answered by what may be, and a weekday a list never holds is not found', async () => {
    const library = onePage('library-membership.html', '# Library membership\nYou can borrow up to 12 items at a time.\nBooks are lent for 3 weeks.\nLibrary | Late opening\nNorth Library | Wednesday until 8pm\nSouth Library | Friday until 7pm');
    const swim = onePage('swim-lessons.md', '# Swimming lessons\nLessons are on Saturday mornings at 9am.', 2);
    const ebooks = await collect(asInApp.answer({ question: 'Can I borrow e-books?', history: [], sources: [library, swim] }));
    assert.equal(ebooks.notFound, true, ebooks.text);
    const monday = await collect(asInApp.answer({ question: 'What time does the library open on Monday?', history: [], sources: [library, swim] }));
    assert.equal(monday.notFound, true, monday.text);
    const wednesday = await collect(asInApp.answer({ question: 'Which library is open late on Wednesday?', history: [], sources: [library, swim] }));
    assert.match(wednesday.text, /North Library; Late opening: Wednesday until 8pm/, wednesday.text);
  });

  test('a test certificate is placed by its station, though the question says "done", and a number asked of no line giving one is not found', async () => {
    const cert = onePage(
      'gas-safety-record.pdf',
      'Landlord gas safety record\nProperty: Flat 3, 18 Orchard Road\nAppliance: Worcester combi boiler\nInspection date: 2 March 2027\nResult: Safe to use\nInspection centre: Brightwell Heating, 41 Station Street, Leigh\nEngineer: P. Novak\nFee paid: £85',
    );
    const note = onePage('window-cleaner.txt', 'The window cleaner comes every fourth Monday. Call Dan on 07700 900 314 to change a visit. Your customer number is 4471.', 2);
    const where = await collect(asInApp.answer({ question: 'Where was the gas safety check done?', history: [], sources: [cert, note] }));
    assert.match(where.text, /^Inspection centre: Brightwell Heating, 41 Station Street, Leigh\./, where.text);
    const phone = await collect(asInApp.answer({ question: "What is the gas safety engineer's phone number?", history: [], sources: [cert, note] }));
    assert.equal(phone.notFound, true, phone.text);
  });

  test('"which" and a column asks that column of the row the rest finds, and a two-column row is labelled by its first cell', async () => {
    const record = onePage(
      'boiler-service-history.odt',
      '# Boiler service history\n\nBoiler: Vaillant ecoTEC\n\nDate | Work | Next due | Engineer\n4 Jan 2025 | Annual service | 4 Jan 2026 | S. Okoro\n9 Jan 2026 | Annual service and new pump | 9 Jan 2027 | M. Firth\n\nThe boiler is under warranty until 2029.',
    );
    const which = await collect(asInApp.answer({ question: 'Which engineer did the last boiler service?', history: [], sources: [record] }));
    assert.match(which.text, /^Date: 9 Jan 2026; Work: Annual service and new pump; Next due: 9 Jan 2027; Engineer: M\. Firth\./, which.text);
    const notes = onePage(
      'grandparents-notes.csv',
      'Subject: Bedtime\nDetail: Lights out at 8pm after a story\n\nSubject: Drinks\nDetail: Water or milk only, no squash\n\nSubject: Doctor\nDetail: Dr Amin on 01632 960 118',
    );
    const trip = onePage('holiday-club-letter.txt', 'Holiday club trip\n\nOn Friday we visit the farm park. Children should bring a packed lunch and a snack for the coach. The coach leaves at 9am.', 2);
    const drinks = await collect(asInApp.answer({ question: 'What drinks can the children have?', history: [], sources: [notes, trip] }));
    assert.equal(drinks.notFound, false, drinks.text);
    assert.match(drinks.text, /^Subject: Drinks; Detail: Water or milk only, no squash\./, drinks.text);
  });

  test('what was bought is counted on a receipt whose prices are plain figures', async () => {
    const receipt = onePage('hardware-receipt.xlsx', 'Item: Wood screws 4x40\nQty: 5\nUnit price: 3.2\nTotal: 16\n\nItem: Decking oil 2.5L\nQty: 2\nUnit price: 18.5\nTotal: 37\n\nItem: Paint roller\nQty: 1\nUnit price: 6.75\nTotal: 6.75');
    const diary = onePage('garden-diary.md', '# Garden diary\nThe deck was oiled in May. Roses were pruned in February.', 2);
    const count = await collect(asInApp.answer({ question: 'How many tins of decking oil did I buy?', history: [], sources: [receipt, diary] }));
    assert.equal(count.notFound, false, count.text);
    assert.equal(count.unsure, false, count.text);
    assert.match(count.text, /^Item: Decking oil 2\.5L; Qty: 2;/, count.text);
  });

  test("a form's label over a list without bullets is quoted with every line of it, as a list", async () => {
    const report = onePage(
      'van-inspection.pdf',
      'Van inspection report\nRegistration: LM21 KHT\nInspection date: 12 May 2027\nFaults noted:\nCracked wing mirror glass\nWorn wiper blades\nOil leak under the engine\nInspector: H. Lamb\nFee: £65',
    );
    const listed = await collect(asInApp.answer({ question: 'What are the faults?', history: [], sources: [report] }));
    assert.match(listed.text, /^Faults noted: \[1\]\n• Cracked wing mirror glass \[2\]\n• Worn wiper blades \[3\]\n• Oil leak under the engine \[4\]$/, listed.text);
    const noted = await collect(asInApp.answer({ question: 'What faults were noted on the van?', history: [], sources: [report] }));
    assert.match(noted.text, /^Faults noted: Cracked wing mirror glass; Worn wiper blades; Oil leak under the engine\. \[1\]$/, noted.text);
  });

  test("a month's short form in a sheet is that month, and a measure no row gives is not found where rows give others", async () => {
    const usage = onePage('water-usage.xlsx', 'Month: Jan\nLitres: 9100\nCost (£): 31.2\n\nMonth: Feb\nLitres: 8800\nCost (£): 30.1\n\nMonth: Mar\nLitres: 8300\nCost (£): 28.4');
    const letter = onePage('school-letter.txt', 'Parents evening is on 18 March. Please book a slot online.', 2);
    const march = await collect(asInApp.answer({ question: 'How much water did we use in March?', history: [], sources: [usage, letter] }));
    assert.match(march.text, /^Month: Mar; Litres: 8300; Cost \(£\): 28\.4\./, march.text);
    const levels = onePage('climbing-log.csv', 'Climber: Noor\nRoute: 5 metres wall\nDate: 03/10/2026\n\nClimber: Noor\nRoute: 8 metres wall\nDate: 21/11/2026\n\nClimber: Sami\nRoute: 5 metres wall\nDate: 14/11/2026');
    const absent = await collect(asInApp.answer({ question: 'When did Noor climb the 12 metres wall?', history: [], sources: [levels, letter] }));
    assert.equal(absent.notFound, true, absent.text);
    const present = await collect(asInApp.answer({ question: 'When did Noor climb the 8 metres wall?', history: [], sources: [levels, letter] }));
    assert.match(present.text, /^Climber: Noor; Route: 8 metres wall; Date: 21\/11\/2026\./, present.text);
  });

  test("where to go is the form's location line, where the best line names the place's department and not where it is", async () => {
    const letter = onePage(
      'eye-clinic-letter.pdf',
      'Westbrook Eye Hospital\nAppointment letter\nPatient: Ms Dana Cole\nClinic: Ophthalmology (cataract)\nDate: Friday 5 March 2027\nTime: 10.20am\nLocation: Eye Unit, Ground Floor, North Block\nPlease bring your glasses and a list of your medicines.',
    );
    const other = onePage('gym-induction.txt', 'Your gym induction is on Monday at 6pm. Wear trainers.', 2);
    const where = await collect(asInApp.answer({ question: 'Where do I go for the eye appointment?', history: [], sources: [letter, other] }));
    assert.match(where.text, /^Location: Eye Unit, Ground Floor, North Block\./, where.text);
    // Led by the clinic's line, which a hospital's clinic names and does not place.
    const hospital = await collect(asInApp.answer({ question: 'Where do I go for the hospital appointment?', history: [], sources: [letter, other] }));
    assert.match(hospital.text, /^Location: Eye Unit, Ground Floor, North Block\./, hospital.text);
  });

  test("two field lines under a heading answer apart, and whom a rule forbids a deed is the line saying not to", async () => {
    const slip = onePage('payslip-may.pdf', 'Harbour Foods Ltd\nPayslip\nEmployee: Tom Price\nPay date: 31 May 2027\nEarnings\nBasic pay: £2,100.00\nBonus (quarterly): £250.00\nDeductions\nIncome tax: £310.40\nNational Insurance: £121.90\nNet pay: £1,917.70');
    const bonus = await collect(asInApp.answer({ question: 'How much bonus did I get?', history: [], sources: [slip] }));
    assert.match(bonus.text, /^Bonus \(quarterly\): £250\.00\. \[1\]$/, bonus.text);
    const label = onePage('ibuprofen-label.txt', 'IBUPROFEN 200MG TABLETS\nTake ONE or TWO tablets up to three times a day with food.\nDo not take if you are pregnant or have a stomach ulcer.\nPatient: Ava Wood');
    const who = await collect(asInApp.answer({ question: 'Who should not take the tablets?', history: [], sources: [label, slip] }));
    assert.match(who.text, /^Do not take if you are pregnant or have a stomach ulcer\. \[1\]$/, who.text);
  });

  test('a season the lead\'s file never names is not found where it names another, and a sum is no rate asked', async () => {
    const concert = onePage('spring-concert.md', '# Spring concert\n\nThe concert is on Friday 26 March at 6pm in the school hall.\n\nAdult tickets are £6 and child tickets £3.', 1);
    const clean = onePage('carpet-cleaning-quote.txt', 'Quote for carpet cleaning: three rooms and the stairs, £210 in total. We can come on 4 April.', 2);
    const summer = await collect(asInApp.answer({ question: 'How much is an adult ticket for the summer concert?', history: [], sources: [concert, clean] }));
    assert.equal(summer.notFound, true, summer.text);
    const spring = await collect(asInApp.answer({ question: 'How much is an adult ticket for the spring concert?', history: [], sources: [concert, clean] }));
    assert.match(spring.text, /^Adult tickets are £6 and child tickets £3\./, spring.text);
    const hourly = await collect(asInApp.answer({ question: 'How much does the carpet cleaning cost per hour?', history: [], sources: [concert, clean] }));
    assert.equal(hourly.unsure, true, hourly.text);
    assert.equal(hourly.unsureAfter, 0, hourly.text);
  });

  test('the fastest of a table is its least time taken, and the slowest its most, whatever column names the rows', async () => {
    const laps = onePage('swim-laps.xlsx', 'Lap: 1\nTime: 1:52\nStroke rate: 31\n\nLap: 2\nTime: 1:47\nStroke rate: 33\n\nLap: 3\nTime: 2:03\nStroke rate: 29\n\nLap: 4\nTime: 1:58\nStroke rate: 30');
    const note = onePage('coach-note.txt', 'Keep your head down on the turns and breathe every third stroke.', 2);
    const fastest = await collect(asInApp.answer({ question: 'What was my fastest lap?', history: [], sources: [laps, note] }));
    assert.match(fastest.text, /^Lap: 2; Time: 1:47; Stroke rate: 33\. \[1\]$/, fastest.text);
    const slowest = await collect(asInApp.answer({ question: 'Which was my slowest lap?', history: [], sources: [laps, note] }));
    assert.match(slowest.text, /^Lap: 3; Time: 2:03; Stroke rate: 29\. \[1\]$/, slowest.text);
  });

  test('the latest of a dated table is found past a sentence saying "recent", and which one is asked of its rows', async () => {
    const hires = onePage('tool-hire-log.csv', 'Tool: Hedge trimmer\nHired: 04/09/2026\nReturned: 06/09/2026\n\nTool: Pressure washer\nHired: 19/09/2026\nReturned: 20/09/2026\n\nTool: Floor sander\nHired: 11/10/2026\nReturned: 14/10/2026');
    const letter = onePage('tool-library-newsletter.txt', 'Dear member,\n\nOur recent survey asked which tools you would like to hire. The most wanted was a tile cutter.\n\nThe shed is open on Saturdays.', 2);
    const latest = await collect(asInApp.answer({ question: 'Which tool did I hire most recently?', history: [], sources: [letter, hires] }));
    assert.match(latest.text, /^Tool: Floor sander; Hired: 11\/10\/2026; Returned: 14\/10\/2026\. \[1\]$/, latest.text);
  });

  test('the thing a question asks of, named by its kind on a form, is what the form is about', async () => {
    const lease = onePage('lease-summary.docx', '# Lease summary\n\nLandlord: Oakfield Homes\n\nTenant: Rita Shah\n\nProperty: 14 Mill Lane, Leeds LS6 3AB\n\nRent: £925 per calendar month\n\nDeposit: £1,067, held by the Tenancy Deposit Scheme');
    const deposit = await collect(asInApp.answer({ question: 'How much is the deposit for the house?', history: [], sources: [lease] }));
    assert.equal(deposit.notFound, false, deposit.text);
    assert.match(deposit.text, /^Deposit: £1,067, held by the Tenancy Deposit Scheme\./, deposit.text);
  });

  test("a table's heading says what its rows are about, a sheet's plain figures under a money column are sums, and a payment's means says how to pay", async () => {
    const club = onePage('rowing-club.md', '# Riverside Rowing Club\n\n## Training sessions\n\n| Crew | Day | Time | Venue |\n|---|---|---|---|\n| Juniors | Monday | 5pm to 6.30pm | Boathouse |\n| Masters | Wednesday | 6pm to 7.30pm | Lake centre |\n\n## Fees\n\nMembership is £35 a month.');
    const other = onePage('bin-days.txt', 'Black bins are collected on Tuesdays, recycling on alternate Fridays.', 2);
    const where = await collect(asInApp.answer({ question: 'Where do the Masters train?', history: [], sources: [club, other] }));
    assert.match(where.text, /^Crew: Masters; Day: Wednesday; Time: 6pm to 7\.30pm; Venue: Lake centre\./, where.text);
    const budget = onePage('holiday-budget.xlsx', 'Category: Flights\nBudget: 600\nActual: 642\n\nCategory: Hotel\nBudget: 900\nActual: 870\n\nCategory: Car hire\nBudget: 200\nActual: 236');
    const spent = await collect(asInApp.answer({ question: 'How much did we spend on car hire?', history: [], sources: [budget, other] }));
    assert.equal(spent.notFound, false, spent.text);
    assert.match(spent.text, /^Category: Car hire; Budget: 200; Actual: 236\./, spent.text);
    const walker = onePage('dog-walker-note.txt', 'Hello, this is Sam, your dog walker.\n\nI walk Rolo every weekday at noon, for an hour.\n\nPayment by bank transfer please, sort code 20-14-53, account 11223344.');
    const tax = onePage('council-tax.txt', 'Council tax: you pay by Direct Debit on the 1st of each month.', 3);
    const pay = await collect(asInApp.answer({ question: 'How do I pay the dog walker?', history: [], sources: [walker, tax] }));
    assert.match(pay.text, /^Payment by bank transfer please, sort code 20-14-53, account 11223344\./, pay.text);
  });

  test('an appointment is what a reminder says is booked for a time, whatever it calls it', async () => {
    const reminder = onePage('physio-reminder.txt', 'Northgate Physiotherapy\n\nDear Ms Lane,\n\nThis is a reminder that your knee assessment and first treatment are booked for Monday 8 March at 11.20am with Tom Reeve.\n\nThe assessment costs £48.\n\nIf you need to change your appointment, please call us on 01632 778899 at least 24 hours before.');
    const other = onePage('swim-lessons.md', '# Swimming lessons\nLessons are on Saturday mornings at 9am.', 2);
    const when = await collect(asInApp.answer({ question: 'When is the physio appointment?', history: [], sources: [reminder, other] }));
    assert.match(when.text, /^This is a reminder that your knee assessment and first treatment are booked for Monday 8 March at 11\.20am/, when.text);
    const whom = await collect(asInApp.answer({ question: 'Who is the appointment with?', history: [], sources: [reminder, other] }));
    assert.match(whom.text, /^This is a reminder that your knee assessment and first treatment are booked for Monday 8 March at 11\.20am with Tom Reeve\./, whom.text);
  });

  test('a pressure asked is a figure in psi or bar', async () => {
    const guide = onePage('pram-care.md', '# Looking after your pram\n\n## Wheels\nInflate the tyres to 20 to 25 psi once a month. Check the tread for thorns.\n\n## Fabric\nSponge the hood clean with warm soapy water.');
    const other = onePage('car-service.txt', 'The car tyres were replaced in May. The garage checked the brakes and the lights.', 2);
    const pressure = await collect(asInApp.answer({ question: 'What pressure should the tyres be?', history: [], sources: [guide, other] }));
    assert.equal(pressure.notFound, false, pressure.text);
    assert.match(pressure.text, /^Inflate the tyres to 20 to 25 psi once a month\./, pressure.text);
  });

  test("a labelled figure on a line of its own answers, the way back is the return, and a holiday a file never names is not found", async () => {
    const report = onePage('swimming-report.docx', '# Swimming report — Jacob Hill, Stage 4\n\nSkill | Level | Comment\nFront crawl | Secure | Jacob has a strong kick.\nBackstroke | Developing | Jacob should keep his hips up.\n\nLessons attended: 11 of 12\n\nNext stage: Stage 5');
    const attended = await collect(asInApp.answer({ question: "How many lessons did Jacob attend?", history: [], sources: [report] }));
    assert.match(attended.text, /^Lessons attended: 11 of 12\. \[1\]$/, attended.text);
    const trip = onePage('ferry-booking.md', '# Ferry to Dublin\n\n## Outward — Saturday 3 July\nHolyhead 08:55 → Dublin 12:10, cabin 4021\n\n## Return — Saturday 10 July\nDublin 14:30 → Holyhead 17:45, cabin 2217\n\nYour booking reference is FRY-30981.');
    const back = await collect(asInApp.answer({ question: 'What cabin do we have on the way back?', history: [], sources: [trip] }));
    assert.match(back.text, /^Dublin 14:30 → Holyhead 17:45, cabin 2217\./, back.text);
    const library = onePage('library-hours.txt', 'Millbrook Library opening hours\nMonday to Friday: 9am to 7pm\nSaturday: 10am to 4pm\nChristmas: closed from 24 December to 2 January.', 2);
    const easter = await collect(asInApp.answer({ question: 'When is the library closed at Easter?', history: [], sources: [library, trip] }));
    assert.equal(easter.notFound, true, easter.text);
    const christmas = await collect(asInApp.answer({ question: 'When is the library closed at Christmas?', history: [], sources: [library, trip] }));
    assert.match(christmas.text, /^Christmas: closed from 24 December to 2 January\./, christmas.text);
  });

  test("when a bill is due is its due date, not the date it was issued, and a trade's workers are the firm named by it", async () => {
    const invoice = onePage('music-school-invoice.pdf', 'Brightnotes Music School\nInvoice: BMS-1180\nInvoice date: 3 September 2027\nPupil: Omar Haddad\nAutumn term guitar lessons: 11 at £22: £242.00\nAmount due: £242.00\nPayment due by: 17 September 2027');
    const other = onePage('gym-letter.txt', 'Your gym membership renews on 1 October. The monthly fee stays at £29.', 2);
    const due = await collect(asInApp.answer({ question: 'When is the music school invoice due?', history: [], sources: [invoice, other] }));
    assert.match(due.text, /^Payment due by: 17 September 2027\. \[1\]$/, due.text);
    const quote = onePage('plumbing-quote.txt', 'Hi Mrs Osei,\n\nTo replace the leaking radiator valve and bleed the system will be £140.\n\nWe could come on Tuesday 9 March in the morning.\n\nBest wishes,\nDan at Riverside Plumbing', 3);
    const when = await collect(asInApp.answer({ question: 'When can the plumbers come?', history: [], sources: [quote, other] }));
    assert.equal(when.notFound, false, when.text);
    assert.match(when.text, /^We could come on Tuesday 9 March in the morning\./, when.text);
  });

  test('a form says when a thing is due by its "Due back:" line, counts instalments apart from their sums, and answers by the label ending on the noun asked', async () => {
    const receipt = onePage('tool-hire-receipt.txt', 'Greenway Tool Hire\nHire receipt\nCustomer: Mr A. Bello\nItem: Hedge trimmer (petrol)\nCollected: Friday 4 June 2027, 10:00\nDue back: Monday 7 June 2027 by 16:00\nHire charge: £36.00\nDeposit: £50.00');
    const due = await collect(asInApp.answer({ question: 'When is the hedge trimmer due back?', history: [], sources: [receipt] }));
    assert.match(due.text, /Due back: Monday 7 June 2027 by 16:00\. \[1\]$/, due.text);
    // "How many" asks a count, though "instalments" are payments: the line counting them, not one pricing some.
    const plan = onePage('ski-trip-payments.txt', 'Year 9 ski trip: payment plan\nTotal cost: £690.00 per pupil\nInstalments: 4 payments between October and January\nFirst instalment: £240.00 by 1 October\nOther three instalments: £150.00 each, on the 1st of each month');
    const count = await collect(asInApp.answer({ question: 'How many instalments are there?', history: [], sources: [plan] }));
    assert.equal(count.text, 'Instalments: 4 payments between October and January. [1]');
    // "my flat" is what the permit's "Property:" is about; "Parking zone:" ends on the noun asked.
    const permit = onePage('parking-permit.txt', 'Resident parking permit\nPermit holder: Ms R. Adeyemi\nProperty: Flat 3, 12 Elm Road\nParking zone: K\nValid until: 31 March 2028\nVehicle: Skoda Fabia, AB12 CDE');
    const zone = await collect(asInApp.answer({ question: 'What zone is my flat in?', history: [], sources: [permit] }));
    assert.equal(zone.text, 'Parking zone: K. [1]');
    // …and a zone marked otherwise on the form is not the one asked.
    const other = await collect(asInApp.answer({ question: 'How much is a permit for zone M?', history: [], sources: [permit] }));
    assert.equal(other.notFound, true, other.text);
    // A deposit stated as a share of the whole says how much it is, over a sentence only naming it.
    const quote = onePage('kitchen-quote.txt', 'Kitchen installation quote\n\nThank you for choosing Oakline Kitchens. The deposit is refundable if you cancel within 14 days of signing. A deposit of 30% is payable when you accept this quote. The fitting will take about 8 working days.');
    const deposit = await collect(asInApp.answer({ question: 'How much is the deposit for the new kitchen?', history: [], sources: [quote] }));
    assert.match(deposit.text, /^A deposit of 30% is payable when you accept this quote\. \[1\]/, deposit.text);
  });

  test('a log dated in figures answers the day asked in words, a budget is its planned column, and rows marked alike are all listed', async () => {
    const log = onePage('fitness-log.csv', 'Date | Weight (kg) | Waist (cm) | Note\n2027-01-04 | 82.4 | 94 | \n2027-01-11 | 81.9 | 93 | \n2027-01-18 | 81.1 | 92 | Started running on 14 January');
    const waist = await collect(asInApp.answer({ question: 'What was my waist on 11 January?', history: [], sources: [log] }));
    assert.equal(waist.notFound, false, waist.text);
    assert.match(waist.text, /^Date: 2027-01-11; Weight \(kg\): 81\.9; Waist \(cm\): 93\. \[1\]$/, waist.text);
    // The limit is the column planned beforehand; the file's other table (its jobs) is not weighed against it.
    const budget = onePage('wedding-budget.md', '# Wedding budget\n\nItem | Planned | Actual\nVenue | 4000 | 4000\nFlowers | 600 | 740\nCake | 350 | 310\nPhotographer | 1200 | 1450\n\n# Jobs\n\nDate | Task\n3 May | Book the registrar\n10 May | Send invitations');
    const over = await collect(asInApp.answer({ question: 'Which items went over budget?', history: [], sources: [budget] }));
    assert.equal(over.text, 'Item: Flowers; Planned: 600; Actual: 740. [1] Item: Photographer; Planned: 1200; Actual: 1450. [2]');
    // "still" is said by no row; both rows to practise answer, the longer skill's as well as the short one's.
    const card = onePage('puppy-course.odt', 'Puppy course record\nPuppy: Pepper (Labrador, born 1 March 2027)\nTrainer: Grace Lin\n\nWeek | Date | Skill | Result\n1 | 3 May | Sit | Achieved\n2 | 10 May | Recall from across the park | Keep practising\n3 | 17 May | Wait at the door | Achieved\n4 | 24 May | Paw | Keep practising\n5 | 31 May | Settle on a mat | Achieved\n\nHomework: short sessions twice a day.');
    const practise = await collect(asInApp.answer({ question: 'What skills does Pepper still need to practise?', history: [], sources: [card] }));
    assert.equal(practise.text, 'Week: 2; Date: 10 May; Skill: Recall from across the park; Result: Keep practising. [1] Week: 4; Date: 24 May; Skill: Paw; Result: Keep practising. [2]');
  });

  test('rows are read by what their columns say: who has a thing, who has "not" done it, a number in words, the balance now and what is not yet finished', async () => {
    const squad = onePage('squad-list.txt', 'Under 12s squad for Saturday\n\nPlayer | Position | Shirt | Injuries or notes\nJoe Lambert | Goalkeeper | 1 | None\nKai Mensah | Defender | 4 | Sprained ankle — can sit on the bench\nOllie Shaw | Midfield | 8 | None\nDev Patel | Striker | 9 | Knee strain, no tackling\nSam Ross | Defender | 5 | None');
    const injured = await askInApp('Which players have injuries?', squad);
    assert.equal(injured.text, 'Player: Kai Mensah; Position: Defender; Shirt: 4; Injuries or notes: Sprained ankle — can sit on the bench. [1] Player: Dev Patel; Position: Striker; Shirt: 9; Injuries or notes: Knee strain, no tackling. [2]');
    const guests = onePage('party-guests.txt', 'Leaving party for Jo: guest list\n\nGuest | Table | Reply | Meal\nAnna Ford | 1 | Yes | Fish\nBilal Khan | 2 | Not replied | \nCara Doyle | 2 | No | \nDan Webb | 1 | Yes | Vegetarian');
    const silent = await askInApp("Who hasn't replied about the party?", guests);
    assert.equal(silent.text, 'Guest: Bilal Khan; Table: 2; Reply: Not replied. [1]');
    const films = onePage('film-club-log.csv', 'Member | Film | Watched | Stars\nOmar | Paddington 2 | 2027-02-06 | 5\nOmar | The Iron Giant | 2027-02-13 | 4\nOmar | Coco | 2027-02-20 | 3\nLena | Up | 2027-02-13 | 4');
    const four = await askInApp('Which film did Omar give four stars?', films);
    assert.equal(four.text, 'Member: Omar; Film: The Iron Giant; Watched: 2027-02-13; Stars: 4. [1]');
    // The latest row, though it came in a later passage than rows holding as much of the question.
    const loan = [onePage('car-loan.csv', 'Date | Payment (£) | Balance (£)\n2027-06-01 | 310.00 | 8420.55\n2027-07-01 | 310.00 | 8141.20'), onePage('car-loan.csv', 'Date | Payment (£) | Balance (£)\n2027-08-01 | 310.00 | 7860.90\n2027-09-01 | 310.00 | 7579.65', 2)];
    const balance = await askInApp('What is the car loan balance now?', ...loan);
    assert.equal(balance.text, 'Date: 2027-09-01; Payment (£): 310.00; Balance (£): 7579.65. [1]');
    // Of a log dated by when things were completed, what is going on now is the row not yet completed.
    const courses = onePage('courses.csv', 'Learner | Course | Provider | Started | Completed\nMaya | First aid | St John | 2027-01-10 | 2027-01-31\nMaya | Bookkeeping level 1 | City College | 2027-02-07 | 2027-04-25\nTom | Spanish A1 | Online | 2027-02-01 | 2027-05-30\nMaya | Excel for beginners | City College | 2027-05-02 | ');
    const now = await askInApp('What course is Maya doing now?', courses);
    assert.equal(now.text, 'Learner: Maya; Course: Excel for beginners; Provider: City College; Started: 2027-05-02. [1]');
  });

  test('a column headed "Where" places its row, "prep" is preparing, a named person\'s salary is the sentence stating it, and a date is no length of time', async () => {
    const school = onePage('summer-school.md', '# Summer school: Tuesday\n\nArrive from 9:00 and sign in at reception. Lunch is in the dining hall at 12:30.\n\n| Time | Session | Where |\n| --- | --- | --- |\n| 10:00 | Pottery wheel | Craft barn |\n| 11:30 | Archery | Top field |\n| 14:00 | Den building | Woods |\n\nBring a water bottle and sun cream.');
    const parking = onePage('parking.txt', 'Parking is in the lower field. Please do not park on the lane.', 2);
    // The question calls the session a class, which no line says: the row it found is placed by its "Where" column.
    const where = await askInApp('Where is the pottery wheel class?', school, parking);
    assert.equal(where.text, 'Time: 10:00; Session: Pottery wheel; Where: Craft barn. [1]');
    const recipes = onePage('batch-cooking.xlsx', 'Recipe | Serves | Prep time (min)\nLentil soup | 6 | 20\nBeef stew | 8 | 55\nVeggie lasagne | 6 | 40\nFlapjacks | 12 | 15');
    const longest = await askInApp('Which recipe takes longest to prepare?', recipes);
    assert.equal(longest.text, 'Recipe: Beef stew; Serves: 8; Prep time (min): 55. [1]');
    const offer = onePage('offer-letter.docx', 'Offer of employment\n\nEmployee: Tom Baxter\nJob title: Warehouse Supervisor\n\nWe will pay 5% of your salary into the company pension. Your salary is £31,200 a year, paid on the last working day of each month.');
    const salary = await askInApp("What is Tom's salary?", offer);
    assert.equal(salary.text, 'Your salary is £31,200 a year, paid on the last working day of each month. [1]');
    const licence = onePage('licence-renewal.pdf', 'Renewing your photocard driving licence\nApplicant: Ruth Okoye\nCurrent licence number: OKOYE712094R99AB, expires 3 May 2028\nWhat to send\nYour old licence, the completed form and a recent photo.\nTimings\nAllow up to 10 working days. Do not send your passport.');
    const takes = await askInApp('How long does the licence renewal take?', licence);
    assert.match(takes.text, /^Allow up to 10 working days\. \[1\]/, takes.text);
    // "needs to" is no deed of its own: the deed asked is signing, which the consent form says.
    const consent = onePage('trip-consent.txt', 'Year 4 trip consent form\n\nThe form must be signed by a parent or guardian and returned by Friday.');
    const museum = onePage('museum-visit.txt', 'Museum visit\n\nPlease tell us about any medical needs before the day.', 2);
    const signs = await askInApp('Who needs to sign the form?', consent, museum);
    assert.equal(signs.notFound, false, signs.text);
    assert.match(signs.text, /^The form must be signed by a parent or guardian and returned by Friday\. \[1\]/, signs.text);
  });

  test('how long a deed takes is the span it takes, a heading naming the thing asked of a product answers it, and what a person is paid is their pay', async () => {
    // The limit on charging names the battery too, but is no span the charge takes.
    const drill = onePage('cordless-drill-manual.md', '# Cordless drill: user guide\n\n## Charging\nCharge the battery with the supplied charger only. A full charge from empty takes about 2 hours.\nCharge at room temperature (10 to 25 °C). Do not leave the battery on charge for more than 12 hours.\n\n## Drilling\nUse the low speed for screws and the high speed for drilling.');
    const charge = await askInApp('How long does the drill battery take to charge?', drill);
    assert.match(charge.text, /^A full charge from empty takes about 2 hours\. \[1\]/, charge.text);
    const scooter = onePage('scooter-guide.md', '# Glide S2 e-scooter\n\n## Charging\nA full charge takes 6 hours.\n\n## Range\nExpect 25 to 35 km on a full charge, depending on rider weight and hills. Eco mode gives the longest range.\n\n## Speed\nThe top speed is 25 km/h.');
    const range = await askInApp('What is the range of the scooter?', scooter);
    assert.match(range.text, /^Expect 25 to 35 km on a full charge, depending on rider weight and hills\. \[1\]/, range.text);
    const cleaner = onePage('cleaner-agreement.docx', 'Cleaning agreement\n\nCleaner: Ana Costa. Days: Tuesday and Friday mornings.\n\nExtra hours at weekends are paid at £16 an hour. Pay is £13.50 an hour, paid every Friday in cash.');
    const paid = await askInApp('How much is the cleaner paid per hour?', cleaner);
    assert.match(paid.text, /^Pay is £13\.50 an hour, paid every Friday in cash\. \[1\]/, paid.text);
  });

  test('what is still owed is the balance, not the total, and who plays a part is the name on its line of the cast', async () => {
    const cottage = onePage('cottage-booking.pdf', 'Seaspray Cottage, Padstow: booking confirmation\nBooking reference: SC-4410\nArrival: Saturday 14 August 2027\nDeparture: Saturday 21 August 2027\nTotal: £780.00. Deposit paid: £200.00. Balance due 4 weeks before arrival: £580.00\nDogs are not allowed.');
    const owed = await askInApp('How much do we still owe for the cottage?', cottage);
    assert.match(owed.text, /^Balance due 4 weeks before arrival: £580\.00\. \[1\]/, owed.text);
    // Asked the whole, the total still answers.
    const total = await askInApp('How much does the cottage cost in total?', cottage);
    assert.match(total.text, /^Total: £780\.00\. \[1\]/, total.text);
    // The cast list never says "plays"; the line naming the part names who plays it.
    const programme = onePage('oliver-programme.html', "## Cast\n\nCharacter | Actor\nOliver | Sam Price\nFagin | Rob Ellis\nNancy | Amy Khan\nBill Sikes | Joe Brennan\n\n## Director's note\n\nWe have set the show in 1960s London. Fagin is played as a market trader.");
    const fagin = await askInApp('Who plays Fagin?', programme);
    assert.equal(fagin.notFound, false, fagin.text);
    assert.match(fagin.text, /^Fagin: Rob Ellis\. \[1\]/, fagin.text);
  });

  test("the cheapest of a table whatever row its file's name is said by, every row flagged by a column of two words, and a mark a row's column gives", async () => {
    // "kitchen" names the whole file, though one company's name says it too.
    const quotes = onePage('kitchen-quotes.xlsx', "## Quotes\n\nCompany | Quote (£) | Start | Guarantee\nKitchen Kings | 9400 | 3 May | 5 years\nOakline | 8150 | 17 May | 2 years\nBrightfit Interiors | 8700 | 24 May | 10 years\n\n## Notes\n\nCompany | Contact | Notes\nKitchen Kings | Lee | Showroom in Leeds\nOakline | Sara | Can start sooner if we choose the units by April\nBrightfit Interiors | Tom | Recommended by Ann");
    const cheapest = await askInApp('Which kitchen quote is cheapest?', quotes);
    assert.equal(cheapest.text, 'Company: Oakline; Quote (£): 8150; Start: 17 May; Guarantee: 2 years. [1]');
    const venues = onePage('party-venues.csv', "Venue | Capacity | Price | Includes parking | Bar\nThe Old Mill | 80 | £450 | Yes | Yes\nSt Anne's Hall | 120 | £220 | No | No\nRiverside Rooms | 60 | £380 | Yes | No\nThe Barn at Holt | 100 | £600 | No | Yes");
    const parking = await askInApp('Which venues include parking?', venues);
    assert.equal(parking.text, 'Venue: The Old Mill; Capacity: 80; Price: £450; Includes parking: Yes; Bar: Yes. [1] Venue: Riverside Rooms; Capacity: 60; Price: £380; Includes parking: Yes; Bar: No. [2]');
    // "rated" is the "Rating" column, and its mark the row's.
    const listings = onePage('theatre-listings.html', "## This month\n\nShow | Rating | Length | Times\nThe Snow Queen | PG | 2h 05m | 14:00, 19:00\nTiny Dinosaurs | U | 55m | 10:30, 13:00\nA Night at the Opera House | 12A | 2h 30m | 19:30\nThe Magic Flute for Kids | PG | 1h 10m | 11:00");
    const rated = await askInApp('Which show is rated U?', listings);
    assert.equal(rated.text, 'Show: Tiny Dinosaurs; Rating: U; Length: 55m; Times: 10:30, 13:00. [1]');
  });

  test("a mobile number written in fives and threes under a letter's signature is its writer's number", async () => {
    const message = onePage('babysitter-message.txt', 'Hi Mrs Osei,\n\nI can babysit on Saturday from 7pm until midnight. My rate is £10 an hour.\n\nThe children can have a snack at 7:30 and should be in bed by 8:30.\n\nSee you Saturday,\nAmber Clarke\n07700 900 245');
    const club = onePage('swimming-club.csv', 'Coach | Group | Phone\nJo Bell | Dolphins | 01632 960 301\nSam Reid | Sharks | 01632 960 302', 2);
    const number = await collect(asInApp.answer({ question: "What is the babysitter's phone number?", history: [], sources: [message, club] }));
    assert.equal(number.text, '07700 900 245. [1]');
  });

  test('a place closed on a weekday every week says when it is closed', async () => {
    const library = onePage('village-library.md', '# Village library\n\n## Opening hours\nLibrary: Tuesday to Saturday 9:30am to 5pm, Sunday 10am to 1pm.\nCafé: open whenever the library is open, last orders 30 minutes before closing.\nClosed on Mondays.\n\n## Borrowing\nYou can borrow up to 10 books for 3 weeks.');
    const closed = await collect(asInApp.answer({ question: 'When is the village library closed?', history: [], sources: [library] }));
    assert.match(closed.text, /Closed on Mondays\. \[\d\]$/, closed.text);
    assert.doesNotMatch(closed.text, /last orders/, closed.text);
  });

  test('a noun in "-ie" is its plural column: "the highest calorie snack" of a "Calories" column', async () => {
    const log = onePage('snack-log.csv', 'Date | Snack | Calories\n2027-03-01 | Apple | 80\n2027-03-01 | Crisps | 190\n2027-03-02 | Flapjack | 320\n2027-03-02 | Yoghurt | 110');
    const highest = await collect(asInApp.answer({ question: 'What was the highest calorie snack?', history: [], sources: [log] }));
    assert.equal(highest.text, 'Date: 2027-03-02; Snack: Flapjack; Calories: 320. [1]');
  });

  test('a timetable headed by numbered, timed periods reads its rows by them, a wrapped value is quoted whole, and the end of a column is answered without the word its rows are counted in', async () => {
    const timetable = onePage('year-9-timetable.odt', "# Timetable — Sam Patel, Year 9\n\nDay | Period 1 (8:50) | Period 2 (10:05) | Period 3 (11:30)\nMonday | History | English | PE\nTuesday | Maths | Revision | Art\nWednesday | Science | Maths | Revision\nThursday | English | Drama | Science\nFriday | Revision | Science | Maths\n\nRevision periods are in the hall or the library, not outside.");
    const drama = await askInApp('What does Sam have on Thursday period 2?', timetable);
    assert.equal(drama.text, 'Day: Thursday; Period 1 (8:50): English; Period 2 (10:05): Drama; Period 3 (11:30): Science. [1]');
    // Rows saying "Revision" under "Period" columns say when, not where.
    const where = await askInApp('Where are revision periods?', timetable);
    assert.equal(where.text, 'Revision periods are in the hall or the library, not outside. [1]');
    const policy = onePage('pet-policy.pdf', "Furry Friends Insurance: policy schedule\nPolicy number: FF-20931\nPet: Luna, cat, born 2021\nCover: Accident and illness, £4,000 a year\nNot covered: grooming, boarding fees while you are in hospital, and the cost of special\ndiets.\nClaims: within 60 days of treatment");
    const boarding = await askInApp('Are boarding fees covered?', policy);
    assert.match(boarding.text, /Not covered: grooming, boarding fees while you are in hospital, and the cost of special diets\. \[1\]$/, boarding.text);
    const league = onePage('league-table.xlsx', "Position | Team | Played | Won | Drawn | Lost | Points\n1 | Harbour Town | 12 | 9 | 1 | 2 | 28\n2 | St Anne's | 12 | 7 | 4 | 1 | 25\n3 | Millfield | 12 | 5 | 2 | 5 | 17\n4 | Northgate | 12 | 2 | 3 | 7 | 9");
    const drawn = await askInApp('Which team has drawn the most matches?', league);
    assert.match(drawn.text, /Team: St Anne's; Played: 12; Won: 7; Drawn: 4; Lost: 1; Points: 25\. \[1\]$/, drawn.text);
  });

  test('the longest of things no column names is the one going furthest, and a number to text is the writer\'s number', async () => {
    const walks = onePage('walking-log.csv', "Date | Route | Distance (km) | Ascent (m) | With\n2027-05-01 | Castle loop | 9 | 210 | Ann\n2027-05-08 | Ridge and tarn | 16 | 780 | Ann and Joe\n2027-05-15 | River path | 6 | 40 | Joe");
    const longest = await askInApp('What was the longest walk?', walks);
    assert.equal(longest.text, 'Date: 2027-05-08; Route: Ridge and tarn; Distance (km): 16; Ascent (m): 780; With: Ann and Joe. [1]');
    const note = onePage('parcel-note.txt', "Hi, I took in a parcel for you today; it's in my hallway. If you need it this evening, just text me on 07700 900 332 and I'll bring it round.\n\nBen (flat 4)");
    const dentists = onePage('dentist-list.csv', "Dentist | Practice | Phone\nDr Shah | Brookside | 01632 960 101\nDr Wells | Elm House | 01632 960 202", 2);
    const number = await askInApp("What is Ben's phone number?", note, dentists);
    assert.match(number.text, /^If you need it this evening, just text me on 07700 900 332 and I'll bring it round\. \[1\]/, number.text);
  });

  test('lengths written in hours and minutes are weighed as times, a cell left empty is over no budget, and presents are gifts', async () => {
    const films = onePage('film-night.md', "# Film night shortlist\n\n| Film | Year | Length | Chosen by |\n| --- | --- | --- | --- |\n| Paddington 2 | 2017 | 1h 43m | Mia |\n| The Iron Giant | 1999 | 1h 26m | Tom |\n| Wall-E | 2008 | 98m | Mia |\n| The Sound of Music | 1965 | 2h 54m | Gran |");
    const longest = await askInApp('What is the longest film?', films);
    assert.equal(longest.text, 'Film: The Sound of Music; Year: 1965; Length: 2h 54m; Chosen by: Gran. [1]');
    const presents = onePage('birthday-presents.xlsx', "Person | Present | Budget (£) | Spent (£) | Bought\nAunt Jo | Candle set | 25 | 22 | Yes\nLeo | Football boots | 40 | 46 | Yes\nNana | Photo book | 30 |  | No\nSam | Board game | 20 | 18 | Yes");
    const over = await askInApp('Which present went over budget?', presents);
    assert.equal(over.text, 'Person: Leo; Present: Football boots; Budget (£): 40; Spent (£): 46; Bought: Yes. [1]');
    const list = onePage('party-gift-list.csv', "Guest | Gift | Bought\nAmy | Art set | Yes\nBen | Torch | No\nCal | Puzzle | Yes\nDev | Kite | No");
    const unbought = await askInApp("Which presents haven't been bought?", list);
    assert.equal(unbought.text, 'Guest: Ben; Gift: Torch; Bought: No. [1] Guest: Dev; Gift: Kite; Bought: No. [2]');
  });

  test("a log's row for one person on the day asked is not another person's answer", async () => {
    const log = onePage('piano-practice.csv', 'Date | Child | Minutes | Piece\n2027-05-01 | Zoe | 20 | Minuet in G\n2027-05-01 | Sam | 15 | Scales\n2027-05-02 | Zoe | 25 | Minuet in G\n2027-05-03 | Sam | 30 | Fur Elise');
    const zoe = await collect(asInApp.answer({ question: 'How many minutes did Zoe practise on 3 May?', history: [], sources: [log] }));
    assert.equal(zoe.notFound, true, zoe.text);
    const sam = await collect(asInApp.answer({ question: 'How many minutes did Sam practise on 3 May?', history: [], sources: [log] }));
    assert.equal(sam.text, 'Date: 2027-05-03; Child: Sam; Minutes: 30; Piece: Fur Elise. [1]');
  });

  test('a column of dates weighs no end, a bin says what it takes, a year no row is has no evening, and photos are images', async () => {
    const fuel = onePage('fuel-purchases.csv', 'Purchase date | Station | Litres | Cost\n2027-03-02 | Northway | 41.2 | £62.10\n2027-03-16 | Hillside | 44.8 | £69.40\n2027-03-30 | Northway | 38.5 | £58.95');
    const dearest = await askInApp('How much was the most expensive fuel purchase?', fuel);
    assert.equal(dearest.text, 'Purchase date: 2027-03-16; Station: Hillside; Litres: 44.8; Cost: £69.40. [1]');
    const recycling = onePage('recycling-guide.txt', 'Keep your blue box clean and put it out by the kerb.\nWe accept: paper, card, glass bottles and tins.\nNot accepted: nappies, textiles, polystyrene or garden waste, which go in other bins.');
    const nappies = await askInApp('Can I put nappies in the blue box?', recycling);
    assert.match(nappies.text, /^Not accepted: nappies, textiles, polystyrene or garden waste, which go in other bins\. \[1\]/, nappies.text);
    const letter = onePage('recycling-letter.pdf', 'Dear resident,\nYour new green box will be delivered in May.\nPlease put your green box out by 7am on your collection day.\nCollected: newspapers, magazines, cardboard and food tins.\nNot collected: coffee cups, crisp packets, batteries or light bulbs.');
    const cups = await askInApp('Can I put coffee cups in the green box?', letter);
    assert.match(cups.text, /^Not collected: coffee cups, crisp packets, batteries or light bulbs\. \[1\]/, cups.text);
    const sportsDay = onePage('sports-day.odt', 'Sports day is on Friday 18 June on the school field.\nParents are welcome to watch from behind the rope.\nClass | Races start | Teacher\nYear 1 | 9:30 | Mr Hart\nYear 2 | 10:15 | Miss Bell\nYear 3 | 11:00 | Mrs Rowe');
    const year5 = await collect(asInApp.answer({ question: 'Is there a sports day for Year 5?', history: [], sources: [sportsDay] }));
    assert.equal(year5.notFound, true, year5.text);
    const year2 = await askInApp('When do Year 2 races start?', sportsDay);
    assert.match(year2.text, /Year 2; Races start: 10:15/, year2.text);
    const studio = onePage('portrait-session.txt', 'Your portrait session lasts one hour at our Mill Street studio.\nThe session fee is £45, payable when you book.\nYour package includes 12 edited images, sent by e-mail within two weeks.');
    const photos = await askInApp('How many photos are included?', studio);
    assert.match(photos.text, /^Your package includes 12 edited images/, photos.text);
  });

  test('an email address asked is the sender\'s, a header of counts heads prices, and another exam\'s fee is not this one\'s', async () => {
    const mail = onePage('dentist-email.txt', 'From: Dr Omar Haddad <omar@brightsmiles.co.uk>\nTo: Priya Shah\nSubject: Your check-up\n\nHi Priya,\n\nYour check-up is booked for Monday 14 June at 10:20am. Please arrive 5 minutes early.\n\nBest wishes,\nDr Omar Haddad\nBright Smiles Dental, 4 Kings Road, Hexley\n01632 960 871');
    const address = await askInApp("What is the dentist's email address?", mail);
    assert.equal(address.text, 'From: Dr Omar Haddad <omar@brightsmiles.co.uk>. [1]');
    const rooms = onePage('cottage-rooms.html', 'Room | View | 3 nights\nDouble | Garden | £360\nTwin | Sea | £420\nSuite | Sea | £610');
    const twin = await askInApp('How much is the Twin for 3 nights?', rooms);
    assert.equal(twin.text, 'Room: Twin; View: Sea; 3 nights: £420. [1]');
    const course = onePage('sailing-course.pdf', 'Your course runs over two weekends on the lake. You must pass the written exam before the practical exam. The practical exam fee (£85) is paid on the day. Life jackets are provided.');
    const written = await askInApp('How much is the written exam?', course);
    assert.equal(written.notFound, true, written.text);
    const practical = await askInApp('How much is the practical exam?', course);
    assert.match(practical.text, /^The practical exam fee \(£85\) is paid on the day\. \[1\]/, practical.text);
  });

  test('a weather log: the day asked is its date, not a temperature equal to it; the wettest, hottest and coldest are its columns\' ends', async () => {
    const log = onePage('rain-log.csv', 'Date | Rain (mm) | Max temp (C) | Min temp (C) | Notes\n2027-04-01 | 0.0 | 12 | 5 | Dry\n2027-04-02 | 1.5 | 14 | 9 | Drizzle\n2027-04-03 | 0.0 | 17 | 4 | Sunny\n2027-04-04 | 18.5 | 10 | 6 | Rain from noon\n2027-04-05 | 3.3 | 16 | 2 | ');
    const statement = onePage('savings-statement.pdf', 'Annual savings statement as at 5 April 2027\nYour balance on 5 April 2027: £3,120.55\nInterest paid this year: £96.10', 2);
    const minutes = onePage('committee-notes.odt', 'Next committee meeting: Thursday 8 April, 7:30pm, in the scout hut.', 3);
    const chat = onePage('walk-chat.txt', '02/04/2027, 09:12 - Lou: Walk still on? Rain is forecast after lunch.\n02/04/2027, 09:15 - Max: Yes, meet at 10 by the bridge.', 4);
    const fell = await askInApp('How much rain fell on 4 April?', log, statement, minutes, chat);
    assert.equal(fell.text, 'Date: 2027-04-04; Rain (mm): 18.5; Max temp (C): 10; Min temp (C): 6; Notes: Rain from noon. [1]');
    const wettest = await askInApp('What was the wettest day?', log, minutes);
    assert.equal(wettest.text, 'Date: 2027-04-04; Rain (mm): 18.5; Max temp (C): 10; Min temp (C): 6; Notes: Rain from noon. [1]');
    const hottest = await askInApp('What was the hottest day?', log);
    assert.equal(hottest.text, 'Date: 2027-04-03; Rain (mm): 0.0; Max temp (C): 17; Min temp (C): 4; Notes: Sunny. [1]');
    const bnb = onePage('b-and-b.txt', 'Breakfast is served from 8am. Rooms are £85 per night, and the garden is open until dusk.', 2);
    const coldest = await askInApp('What was the coldest night?', log, bnb);
    assert.equal(coldest.text, 'Date: 2027-04-05; Rain (mm): 3.3; Max temp (C): 16; Min temp (C): 2. [1]');
    // No log says "coldest": the search looks for its column too.
    assert.deepEqual(weatherColumnWords('What was the coldest night?'), ['temp', 'temperature']);
    assert.deepEqual(weatherColumnWords('What was the busiest night?'), []);
  });

  test('where someone lives is their town, and a flag column lists the rows it flags as asked, whatever else they say', async () => {
    const addresses = onePage('address-list.xlsx', 'Name | Town | Birthday\nUncle Ray | Kendal | 4 March\nCousin Sue | Ripon | 19 July\nGran | Settle | 2 December');
    const ray = await askInApp('Where does Uncle Ray live?', addresses);
    assert.equal(ray.text, 'Name: Uncle Ray; Town: Kendal; Birthday: 4 March. [1]');
    const cards = onePage('thank-you-cards.xlsx', 'Guest | Present | Sent | Comment\nNana | Scarf | Yes | \nAmir | Vase | No | \nBeth | Books | No | Buy a card first\nCarl | Towels | Yes | ');
    const unsent = await askInApp("Which cards haven't I sent?", cards);
    assert.equal(unsent.text, 'Guest: Amir; Present: Vase; Sent: No. [1] Guest: Beth; Present: Books; Sent: No; Comment: Buy a card first. [2]');
    const sent = await askInApp('Which cards have I sent?', cards);
    assert.equal(sent.text, 'Guest: Nana; Present: Scarf; Sent: Yes. [1] Guest: Carl; Present: Towels; Sent: Yes. [2]');
  });

  test('a rota headed by time slots, who runs a stall, when a bus reaches a stop, and a day under another day\'s heading', async () => {
    const rota = onePage('school-fair-rota.odt', 'Summer fair helpers\nStall | 10:00-12:00 | 12:00-14:00\nBottle stall | Kim, Raj | Owen\nBouncy castle | Mr Lee | Mrs Ford\nFace painting | Tara | Tara, Zoe');
    const bottles = await askInApp('Who is on the bottle stall in the morning?', rota);
    assert.equal(bottles.text, 'Stall: Bottle stall; 10:00-12:00: Kim, Raj; 12:00-14:00: Owen. [1]');
    const club = onePage('sports-club.txt', 'The club runs junior sessions every Tuesday evening.', 2);
    const painting = await askInApp('Who runs the face painting?', rota, club);
    assert.equal(painting.text, 'Stall: Face painting; 10:00-12:00: Tara; 12:00-14:00: Tara, Zoe. [1]');
    const bus = onePage('bus-12.html', 'Church Street | Library | Market Square\n07:40 | 07:52 | 08:05\n09:10 | 09:24 | 09:38\n11:10 | 11:24 | 11:38');
    const library = await askInApp('What time does the 09:10 reach the library?', bus);
    assert.equal(library.text, 'Church Street: 09:10; Library: 09:24; Market Square: 09:38. [1]');
    const pool = onePage('pool-times.md', '# Pool opening times\n\n## Saturday\n\nThe pool is open from 8am to 6pm, with lane swimming until 10am.\n\n## Sunday\n\nClosed for maintenance until further notice.');
    const sunday = await askInApp('Is the pool open on Sunday?', pool);
    assert.equal(sunday.text, 'Closed for maintenance until further notice. [1]');
    // A heading's run of days holds the days between.
    const route = onePage('bus-times.md', '# Route 9\n\n## Monday to Friday\n\nBuses run every 20 minutes from 7am to 7pm.\n\n## Saturday\n\nBuses run every hour from 9am to 5pm.\n\n## Sunday\n\nNo service.');
    const wednesday = await askInApp('Do buses run on Wednesday?', route);
    assert.equal(wednesday.text, 'Buses run every 20 minutes from 7am to 7pm. [1]');
  });

  test('"at the same time" is no place asked about', async () => {
    const letter = onePage('vaccine-letter.txt', 'You are due a pneumonia vaccine this winter. You can have your shingles vaccine at the same appointment if you are eligible. Please bring your NHS number.');
    const pharmacy = onePage('pharmacy-note.txt', 'Opening times: 9am to 6pm, Monday to Saturday. Prescriptions take two working days.', 2);
    const same = await askInApp('Can I have my shingles vaccine at the same time?', letter, pharmacy);
    assert.equal(same.text, 'You can have your shingles vaccine at the same appointment if you are eligible. [1]');
  });

  test('the rows gone down or up are those whose figure now is below or above their first', async () => {
    const pots = onePage('savings-pots.xlsx', 'Pot | Opening balance (£) | Current balance (£)\nHoliday | 1200 | 1350\nCar | 800 | 640\nRainy day | 2000 | 2000\nChristmas | 300 | 150');
    const down = await askInApp('Which pots have gone down?', pots);
    assert.equal(down.text, 'Pot: Car; Opening balance (£): 800; Current balance (£): 640. [1] Pot: Christmas; Opening balance (£): 300; Current balance (£): 150. [2]');
    const up = await askInApp('Which pots have gone up?', pots);
    assert.equal(up.text, 'Pot: Holiday; Opening balance (£): 1200; Current balance (£): 1350. [1]');
  });

  test('who needs a meal is the name beside it, the best is the most points, and worse than predicted compares the two', async () => {
    const seating = onePage('party-seating.odt', 'Table 1: Mum, Dad, Aunt Rose\nTable 2: the Okafors, Mr Bell\nDairy free: Aunt Rose.\nVegetarian meals: Mr Bell and Dad.');
    const gym = onePage('gym-letter.txt', 'All members need a signed health form before their first class.', 2);
    const dairy = await askInApp('Who needs a dairy free meal?', seating, gym);
    assert.match(dairy.text, /^Dairy free: Aunt Rose\. \[1\]/, dairy.text);
    const results = onePage('sports-day-results.csv', 'Event | Position | Points\nSack race | 3 | 6\nEgg and spoon | 1 | 10\nSprint | 4 | 5\nRelay | 2 | 8');
    const best = await askInApp('Which event did I do best in?', results);
    assert.equal(best.text, 'Event: Egg and spoon; Position: 1; Points: 10. [1]');
    const spelling = onePage('spelling-test.xlsx', 'Pupil | Score | Predicted\nAva | 18 | 16\nBen | 12 | 15\nCara | 20 | 20\nDan | 9 | 14');
    const worse = await askInApp('Which pupils did worse than predicted?', spelling);
    assert.equal(worse.text, 'Pupil: Ben; Score: 12; Predicted: 15. [1] Pupil: Dan; Score: 9; Predicted: 14. [2]');
  });

  test('what the children should wear is the instruction doing that deed, not the fares row naming children', async () => {
    const prices = onePage('leisure-prices.html', '## Swim prices\n\nTicket | Price\nAdult | £6\nChild (4-15) | £3.50\nFamily | £15\nSpectator | £1');
    const party = onePage('pool-party.txt', 'Hi all!\n\nSam is turning 8 and we would love your little ones to come to his pool party!\n\nWhen: Sunday 4 July, 3pm to 5pm\nWhere: Kelby Leisure Centre\n\nPlease wear swimming costumes under your clothes. Parents are welcome to watch from the gallery.\n\nPlease reply to Anna by 27 June.', 2);
    const dates = onePage('club-dates.odt', '# Brownies summer dates\n\nDate | Event | Who\nTue 8 Jun | Campfire night | All Brownies\nTue 15 Jun | Parents\' evening | Parents\nSat 26 Jun | Sponsored walk | Everyone', 3);
    const checkIn = onePage('check-in.html', '## Check-in\n\nFoot passengers should arrive 15 minutes before departure; cars must check in 45 minutes before.', 4);
    const wear = await askInApp('What should the children wear?', prices, party, dates, checkIn);
    assert.equal(wear.text, 'Please wear swimming costumes under your clothes. [1]');
  });

  test('what to do before someone arrives is the instruction saying so, not when they arrive', async () => {
    const mail = onePage('broadband-install.txt', 'Hi Priya,\n\nYour broadband engineer will arrive on Monday 8 March between 8am and 1pm. The engineer arrives in a marked van.\nPlease make sure there is a free plug socket near your master phone socket before the engineer arrives.\nThe installation usually takes about an hour.\n\nThanks,\nFibreFast');
    const before = await askInApp('What do I need to do before the engineer arrives?', mail);
    assert.equal(before.text, 'Please make sure there is a free plug socket near your master phone socket before the engineer arrives. [1]');
  });
});
