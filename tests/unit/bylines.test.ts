import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { asksAboutDocument, authorshipAsked, bylineOf, signatureOf } from '../../electron/app/chat/bylines';

describe('bylines', () => {
  test('questions asking who wrote something, and what they ask about', () => {
    assert.equal(authorshipAsked('Who wrote this paper?'), 'this paper');
    assert.equal(authorshipAsked('Who are the authors?'), '');
    assert.equal(authorshipAsked('Who is the author of the report?'), 'the report');
    assert.equal(authorshipAsked('By whom was the book written?'), 'the book');
    assert.equal(authorshipAsked('Qui a écrit cet article ?'), 'cet article');
    assert.equal(authorshipAsked('Wer hat den Bericht geschrieben?'), 'den Bericht');
    assert.equal(authorshipAsked("What is the author's name?"), '');
    // About what the author says, not who the author is; "Wer hat das?" asks who has it.
    assert.equal(authorshipAsked('What does the author say about loops?'), undefined);
    assert.equal(authorshipAsked("What is the author's argument about free culture?"), undefined);
    assert.equal(authorshipAsked('Who founded the company?'), undefined);
    assert.equal(authorshipAsked('Wer hat das?'), undefined);
  });

  test('"who wrote" asks about the document when it names it by a common noun or by its own name', () => {
    const name = new Set(['free', 'cultur']);
    assert.equal(asksAboutDocument('this paper', name), true);
    assert.equal(asksAboutDocument('', name), true);
    assert.equal(asksAboutDocument('Free Culture', name), true);
    assert.equal(asksAboutDocument('the Iliad', name), false);
    assert.equal(asksAboutDocument('the Ars Technica article', new Set(['ars', '1', 'sourc'])), true);
  });

  test('the names under a title, without their affiliation marks; affiliations, addresses and a title\'s second line are not names', () => {
    const paper = 'Trace-based Just-in-Time Type Specialization for Dynamic\nLanguages\n\nAndreas Gal∗+, Brendan Eich∗, Mike Shaver∗,\nMohammad R. Haghighat$, Michael Franz+\nMozilla Corporation∗\nUniversity of California, Irvine+\n\nAbstract\nDynamic languages such as JavaScript are more difficult to compile.';
    const byline = bylineOf(paper)!;
    assert.deepEqual(byline.names, ['Andreas Gal', 'Brendan Eich', 'Mike Shaver', 'Mohammad R. Haghighat', 'Michael Franz']);
    assert.equal(paper.slice(byline.start, byline.end), 'Andreas Gal∗+, Brendan Eich∗, Mike Shaver∗,\nMohammad R. Haghighat$, Michael Franz+');
    assert.deepEqual(bylineOf('Notes from the field\nBy Jane Doe and John Roe\nMarch 3, 2024')?.names, ['Jane Doe', 'John Roe']);
    assert.deepEqual(bylineOf('# The Open Journalism Project\n\nPippin Lee\n\n#### Better Student Journalism\n\nWe pushed out the site.')?.names, ['Pippin Lee']);
    assert.deepEqual(bylineOf('Author: Grace Hopper\nA history of compilers')?.names, ['Grace Hopper']);
    assert.deepEqual(bylineOf('# Le projet de loi sur le renseignement\n\nMartin Untersinger (avec Damien Leloup et Morgane Tual)\n\nLes députés ont adopté le projet.')?.names, [
      'Martin Untersinger',
      'Damien Leloup',
      'Morgane Tual',
    ]);
    for (const opening of [
      'Drought Tolerance of Barley\nIn Sandy Soils\nWe sowed barley on sandy plots.',
      'TECHMART ELECTRONICS\n123 Main Street\nSpringfield Office Park\nReceipt 98765',
      'Home | News | Sport\nPrivacy Policy | Contact Us\nThe storm reached the coast on Monday.',
      'Jane Doe\nA title that is only a name is not a byline.',
      // A letter's salutation, a table of contents, a menu, a spreadsheet's row, places, a report's subject in capitals.
      'Acme Holdings\n12 High Street\nLondon\n\nDear John Smith,\n\nThank you for your letter of 3 March.',
      'Business Plan 2024\nExecutive Overview\nCompetitive Landscape\nFinancial Projections\nRisk Factors',
      'Business Plan 2024\nTable of Contents\nMarket Analysis\nCompetitive Landscape',
      'Daily Herald\nBreaking News | World Affairs | Local Sports',
      'Staff\nChen Wei,Lead Engineer,Human Resources',
      'Visiting Guide\nNew York City\nSan Francisco Bay Area',
      'ANNUAL REPORT 2023\nGLOBAL MARKETS\nOur revenues grew this year by a substantial margin.',
      // A title wrapped onto a second line of capitalised words.
      'Trace-based Just-in-Time Type Specialization for\nDynamic Languages\n\nWe present an alternative compilation technique.',
    ]) {
      assert.equal(bylineOf(opening), undefined, opening);
    }
    // Only near the top, before the prose begins, however its lines are wrapped.
    assert.equal(bylineOf(`Title\n${'A sentence of the introduction that runs on and on. '.repeat(5)}\nJane Doe, John Roe`), undefined);
    assert.equal(bylineOf('Title\nThe introduction begins here and it\nruns on over short lines as a\nPDF wraps them\nJane Doe, John Roe'), undefined);
    // A title of a few capitalised words over the names, under a header: the names only.
    assert.deepEqual(bylineOf('Preprint. Under review.\nNeural Machine Translation\nJane Doe, John Roe\nAbstract')?.names, ['Jane Doe', 'John Roe']);
    // A wrapped title, then its authors.
    assert.deepEqual(bylineOf('Trace-based Type Specialization for\nDynamic Languages\n\nAndreas Gal∗+, Brendan Eich∗')?.names, ['Andreas Gal', 'Brendan Eich']);
    // Initials and surnames, then where the paper appeared, after a dash.
    assert.deepEqual(bylineOf('Daily walking and sleep quality in older adults\nM. Okafor, L. Brandt and S. Iyer — Journal of Ageing Research, 2026\nAbstract')?.names, [
      'M. Okafor',
      'L. Brandt',
      'S. Iyer',
    ]);
  });

  test('a letter is signed by the name after its closing, not by the one it greets', () => {
    const letter = 'Acme Holdings\n12 High Street\n\nDear John Smith,\n\nWe agree to the terms you set out.\n\nYours sincerely,\n\nMary Jones\nHead of Legal';
    const signature = signatureOf(letter)!;
    assert.deepEqual(signature.names, ['Mary Jones']);
    assert.equal(letter.slice(signature.start, signature.end), 'Mary Jones');
    assert.deepEqual(signatureOf('Mit freundlichen Grüßen\nKlaus Berger')?.names, ['Klaus Berger']);
    // No closing, or no name after it.
    assert.equal(signatureOf('Dear John Smith,\nWe agree.\nMary Jones'), undefined);
    assert.equal(signatureOf('Best regards,\nThe Support Team'), undefined);
  });
});
