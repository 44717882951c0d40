import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { detectSummaryRequest, resolveSummaryDocument, summaryTarget, type SummaryDocument } from '../../electron/app/chat/summary-intent';

const SID = 'AAAAAAAAAAAAAAAAAAAAAA';
const docs: SummaryDocument[] = [
  { sid: SID, fileId: '1111111111111111', name: 'twenty-years-of-pandoc.md', title: 'Twenty years of Pandoc' },
  { sid: SID, fileId: '2222222222222222', name: 'tracemonkey.pdf', title: 'Trace-based Just-in-Time Type Specialization for Dynamic Languages' },
  { sid: SID, fileId: '3333333333333333', name: 'Harbour Report 2025.docx' },
  { sid: 'base', fileId: '4444444444444444', name: 'docent-user-guide.md', title: 'Docent user guide' },
];

describe('summary requests', () => {
  test('recognises the ways people ask for a summary, and how they name the document', () => {
    const cases: Array<[string, string]> = [
      ['Summarize tracemonkey.pdf', 'tracemonkey.pdf'],
      ['summarise the harbour report', 'harbour report'],
      ['Can you please summarize the pandoc essay for me?', 'pandoc essay'],
      ['Give me a short summary of "Harbour Report 2025.docx"', 'Harbour Report 2025.docx'],
      ['Overview of the user guide', 'user guide'],
      ['summary of tracemonkey', 'tracemonkey'],
      ['TL;DR the harbour report', 'harbour report'],
      ["What's the gist of the tracemonkey paper?", 'tracemonkey paper'],
      ['Summarize this document', ''],
      ['Résume le rapport du port', 'le rapport du port'],
      ['Fasse den Hafenbericht zusammen', 'den Hafenbericht'],
      ['tracemonkeyを要約して', 'tracemonkey'],
      ['总结 tracemonkey', 'tracemonkey'],
    ];
    for (const [question, target] of cases) assert.equal(detectSummaryRequest(question)?.target, target, question);
  });

  test('ordinary questions are not summary requests', () => {
    for (const q of ['What is the summary judgment procedure?', 'When did pandoc start?', 'Who wrote the tracemonkey paper?', 'How do I sum two columns?']) {
      assert.equal(detectSummaryRequest(q), undefined, q);
    }
  });

  test('the target resolves to one document by name or title, fuzzily, and never to a guess', () => {
    assert.equal(resolveSummaryDocument('tracemonkey.pdf', docs, SID)?.fileId, '2222222222222222');
    assert.equal(resolveSummaryDocument('the trace monkey paper', docs, SID), undefined, 'two words where the name has one: not a confident match');
    assert.equal(resolveSummaryDocument('tracemonky', docs, SID)?.fileId, '2222222222222222', 'one typo');
    assert.equal(resolveSummaryDocument('harbour report', docs, SID)?.fileId, '3333333333333333');
    assert.equal(resolveSummaryDocument('pandoc essay', docs, SID)?.fileId, '1111111111111111');
    assert.equal(resolveSummaryDocument('user guide', docs, SID)?.fileId, '4444444444444444', 'the base library counts');
    assert.equal(resolveSummaryDocument('causes of the war', docs, SID), undefined, 'a topic, not a document');
    assert.equal(resolveSummaryDocument('', docs, SID), undefined, '"this document" with several documents is ambiguous');
    assert.equal(resolveSummaryDocument('', [docs[2], docs[3]], SID)?.fileId, '3333333333333333', '"this document" with one of the session\'s own');
  });

  test('"what is X about?" is a summary only when X names a document', () => {
    assert.equal(summaryTarget('What is tracemonkey.pdf about?', docs, SID)?.fileId, '2222222222222222');
    assert.equal(summaryTarget('What is photosynthesis about?', docs, SID), undefined);
    assert.equal(summaryTarget('Summarize the causes of the war', docs, SID), undefined);
    assert.equal(summaryTarget('Summarize the harbour report', docs, SID)?.name, 'Harbour Report 2025.docx');
  });

  test('"What does X not cover?" asks what X leaves out, not for a summary of X', () => {
    assert.equal(summaryTarget('What does the harbour report cover?', docs, SID)?.name, 'Harbour Report 2025.docx');
    assert.equal(summaryTarget('What does the harbour report not cover?', docs, SID), undefined);
    assert.equal(summaryTarget('What does the harbour report never discuss?', docs, SID), undefined);
  });
});
