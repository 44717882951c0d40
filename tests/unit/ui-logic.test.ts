// The window's pure rules, without a browser: ingest rows from events, the streamed answer, citation markers,
// finding a cited passage among pdf.js text items, and the settings patch. (Kept beside the UI tests they support.)
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { ChatMessage, Citation, IngestEvent, SettingsView } from '../../shared/model';
import { applyIngestEvent, queuedRows, rowProblem } from '../../renderer/src/state/ingest-rows';
import { applyChatEvent, type ChatState } from '../../renderer/src/state/chat-stream';
import { splitAnswer } from '../../renderer/src/lib/citation-markers';
import { citedSpanOnPage, compactText, findCoveringItems, findCoveringSpans } from '../../renderer/src/lib/highlight-match';
import { formFromView, patchFor } from '../../renderer/src/lib/settings-form';
import { citationLabel, stagePercent } from '../../renderer/src/lib/format';

const job = '6f1c2a4e-8b1d-4f7a-9c3e-2d5b7a9e1f00';
const sid = 'AAAAAAAAAAAAAAAAAAAAAA';
const fileId = '0123456789abcdef';

describe('ingest rows', () => {
  test('a file moves through stages, then fails with its reason kept', () => {
    let rows = queuedRows(job, sid, [{ name: 'a.pdf' }]);
    const progress: IngestEvent = { type: 'progress', jobId: job, sid, fileId, fileName: 'a.pdf', stage: 'extract', done: 2, total: 5 };
    rows = applyIngestEvent(rows, progress);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].stage, 'extract');
    assert.equal(rows[0].fileId, fileId);
    rows = applyIngestEvent(rows, { type: 'file-done', jobId: job, sid, fileId, fileName: 'a.pdf', status: 'failed', pages: 0, chunks: 0, error: { code: 'corrupt', message: 'a.pdf: the PDF is damaged' } });
    assert.equal(rows[0].status, 'failed');
    assert.equal(rowProblem(rows[0]), 'a.pdf: the PDF is damaged');
  });

  test('an event that arrives before ingest answered creates the row', () => {
    const rows = applyIngestEvent([], { type: 'progress', jobId: job, sid, fileId, fileName: 'b.docx', stage: 'copy', done: 0, total: 1 });
    assert.equal(rows[0].fileName, 'b.docx');
    assert.equal(rows[0].status, 'working');
  });

  test('a password is first asked for, and a refused one is reported as wrong', () => {
    const ask: IngestEvent = { type: 'file-done', jobId: job, sid, fileId, fileName: 'c.pdf', status: 'needs-password', pages: 0, chunks: 0, error: { code: 'needs-password', message: 'c.pdf needs a password' } };
    const first = applyIngestEvent(queuedRows(job, sid, [{ name: 'c.pdf' }]), ask);
    assert.equal(first[0].status, 'needs-password');
    assert.equal(first[0].error, undefined, 'the first request is a question, not an error');
    const retry = applyIngestEvent(queuedRows(job, sid, [{ name: 'c.pdf', fileId }], true), ask);
    assert.equal(retry[0].error?.code, 'wrong-password');
  });

  test('a duplicate says it is already in the session', () => {
    const rows = applyIngestEvent([], { type: 'file-done', jobId: job, sid, fileId, fileName: 'd.txt', status: 'duplicate', pages: 1, chunks: 2 });
    assert.match(rowProblem(rows[0]) ?? '', /already in this session/i);
  });

  test('overall progress never goes back when a stage starts', () => {
    assert.ok(stagePercent('embed', 0, 10) >= stagePercent('extract', 5, 5));
    assert.ok(stagePercent('store', 0, 1) >= stagePercent('embed', 10, 10));
  });
});

describe('streamed answer', () => {
  const question: ChatMessage = { id: 'q1', role: 'user', text: 'why?', citations: [], createdAt: '2025-01-01T00:00:00Z', status: 'complete' };
  const start = (): ChatState => ({ messages: [], streaming: { requestId: null, sid, text: '', citations: [], stopping: false } });

  test('tokens build the answer; done replaces it with the stored message', () => {
    const rid = 'r1';
    let state = applyChatEvent(start(), { type: 'started', requestId: rid, sid, question });
    state = applyChatEvent(state, { type: 'token', requestId: rid, sid, text: 'Because ' });
    state = applyChatEvent(state, { type: 'token', requestId: rid, sid, text: 'of [1].' });
    assert.equal(state.streaming?.text, 'Because of [1].');
    assert.deepEqual(state.messages.map((m) => m.id), ['q1']);
    const answer: ChatMessage = { ...question, id: 'a1', role: 'assistant', text: 'Because of [1].' };
    state = applyChatEvent(state, { type: 'done', requestId: rid, sid, message: answer });
    assert.equal(state.streaming, null);
    assert.deepEqual(state.messages.map((m) => m.id), ['q1', 'a1']);
  });

  test('a "not found" said before its words marks the streamed answer, so the window words it from the start', () => {
    const rid = 'r2';
    let state = applyChatEvent(start(), { type: 'started', requestId: rid, sid, question });
    state = applyChatEvent(state, { type: 'not-found', requestId: rid, sid });
    state = applyChatEvent(state, { type: 'token', requestId: rid, sid, text: "I couldn't " });
    assert.equal(state.streaming?.notFound, true);
    state = applyChatEvent(applyChatEvent(start(), { type: 'started', requestId: rid, sid, question }), { type: 'not-found', requestId: 'other', sid });
    assert.equal(state.streaming?.notFound, undefined, 'another request\'s "not found" is not this one\'s');
  });

  test('an "unsure" said before the words marks the streamed answer, so the window puts its note above them', () => {
    const rid = 'r3';
    let state = applyChatEvent(start(), { type: 'started', requestId: rid, sid, question });
    assert.equal(state.streaming?.unsure, undefined);
    state = applyChatEvent(state, { type: 'unsure', requestId: rid, sid });
    state = applyChatEvent(state, { type: 'token', requestId: rid, sid, text: 'Next meeting ' });
    assert.equal(state.streaming?.unsure, true);
    assert.equal(state.streaming?.text, 'Next meeting ');
    state = applyChatEvent(applyChatEvent(start(), { type: 'started', requestId: rid, sid, question }), { type: 'unsure', requestId: 'other', sid });
    assert.equal(state.streaming?.unsure, undefined, "another request's note is not this one's");
  });

  test('tokens of another request or session are ignored', () => {
    let state = applyChatEvent(start(), { type: 'started', requestId: 'mine', sid, question });
    state = applyChatEvent(state, { type: 'token', requestId: 'other', sid, text: 'x' });
    state = applyChatEvent(state, { type: 'token', requestId: 'mine', sid: 'BBBBBBBBBBBBBBBBBBBBBB', text: 'y' });
    assert.equal(state.streaming?.text, '');
  });

  test('an error mid-answer keeps the partial text, marked', () => {
    let state = applyChatEvent(start(), { type: 'token', requestId: 'r', sid, text: 'Half an ans' });
    state = applyChatEvent(state, { type: 'error', requestId: 'r', sid, error: { code: 'endpoint-unavailable', message: 'the model went away' } });
    assert.equal(state.messages[0].status, 'partial');
    assert.equal(state.messages[0].text, 'Half an ans');
  });
});

describe('citation markers and labels', () => {
  test('known markers become links, unknown ones stay text, nothing is lost', () => {
    const text = 'A [1] and B [2][7].';
    const parts = splitAnswer(text, new Set([1, 2]));
    assert.deepEqual(parts.filter((p) => p.kind === 'marker').map((p) => (p.kind === 'marker' ? p.n : 0)), [1, 2]);
    assert.equal(parts.map((p) => (p.kind === 'text' ? p.text : p.raw)).join(''), text);
  });

  test('a chip names the file and the page, or the page range', () => {
    const c = { fileName: 'paper.pdf', page: 7, pageEnd: 7 } as Citation;
    assert.equal(citationLabel(c), 'paper.pdf, p. 7');
    assert.equal(citationLabel({ ...c, pageEnd: 8 }), 'paper.pdf, pp. 7–8');
    assert.equal(citationLabel({ ...c, page: 0, pageEnd: 0 }), 'paper.pdf');
  });
});

describe('finding a cited passage among pdf.js text items', () => {
  const items = ['Trace-based compila-', 'tion is fast.', ' ', 'Loops are ', 'recorded', ' once.', 'Other text here.'];

  test('the items covering the passage, across de-hyphenation and spacing', () => {
    assert.deepEqual(findCoveringItems(items, 'compilation is fast.\n\nLoops are recorded'), [0, 1, 3, 4]);
  });

  test('a passage changed in the middle is still anchored by its ends', () => {
    const found = findCoveringItems(items, 'Loops are recorded once. Other text here.'.replace('recorded', 'RECORDED twice'));
    assert.ok(found.includes(3) && found.includes(6), `got ${found}`);
  });

  test('the characters of the passage, not the whole items that hold it', () => {
    assert.deepEqual(findCoveringSpans(['Intro. Loops are recorded once. Outro.'], 'loops are recorded'), [{ item: 0, start: 7, end: 25 }]);
  });

  test('words that also make the running header are highlighted where the citation points, not in the header', () => {
    const page = ['Loops are recorded', '1 Introduction', 'Some text before.', 'Loops are recorded once per trace.'];
    const pageText = page.join('\n');
    const start = pageText.lastIndexOf('Loops are recorded');
    const near = compactText(pageText.slice(0, start)).length;
    assert.deepEqual(findCoveringSpans(page, 'Loops are recorded', near), [{ item: 3, start: 0, end: 18 }]);
    assert.deepEqual(findCoveringItems(page, 'Loops are recorded'), [0], 'without a position the first occurrence is taken');
  });

  test('a ligature or an accent in the PDF matches the plain letters of the passage', () => {
    assert.deepEqual(findCoveringSpans(['The ﬁle was opened in Zürich'], 'file was opened in Zurich'), [{ item: 0, start: 4, end: 28 }]);
  });

  test('a passage not on the page highlights nothing', () => {
    assert.deepEqual(findCoveringItems(items, 'Nothing of the sort appears anywhere'), []);
  });

  test('the cited span of a page that continues on the next runs to the end of the page', () => {
    assert.equal(citedSpanOnPage('0123456789', { page: 3, pageEnd: 4, start: 6, end: 2 }, 3), '6789');
    assert.equal(citedSpanOnPage('abcdef', { page: 3, pageEnd: 4, start: 6, end: 2 }, 4), 'ab');
  });
});

describe('settings patch', () => {
  const view: SettingsView = {
    answers: { provider: 'extractive', baseURL: '', model: '', keySet: true, localModel: '' },
    embeddings: { provider: 'lexical', baseURL: '', model: '', keySet: false, model2vecName: 'potion', model2vecUrl: '', model2vecPresent: false, onnxModel: '' },
    rerank: { model: '', depth: 30 },
    models: { mirror: '' },
    pinecone: { enabled: false, indexName: '', host: '', keySet: false },
    chunking: { size: 1200, overlap: 0.15 },
    ocr: { enabled: true, languages: ['eng'], available: ['deu', 'eng'] },
    keysStoredInPlainText: false,
  };

  test('OCR on/off and its languages are sent only when changed', () => {
    const form = formFromView(view);
    form.ocr.enabled = false;
    assert.deepEqual(patchFor(view, form), { ocr: { enabled: false } });
    form.ocr.enabled = true;
    form.ocr.languages = ['eng', 'deu'];
    assert.deepEqual(patchFor(view, form), { ocr: { languages: ['eng', 'deu'] } });
  });

  test('only what changed is sent; an untouched key is never sent', () => {
    const form = formFromView(view);
    assert.deepEqual(patchFor(view, form), {});
    form.answers.model = 'gpt-x';
    form.chunking.overlapPercent = 20;
    assert.deepEqual(patchFor(view, form), { answers: { model: 'gpt-x' }, chunking: { overlap: 0.2 } });
  });

  test('a typed key is sent; clearing sends an empty key', () => {
    const form = formFromView(view);
    form.pinecone.apiKey = 'pc-secret';
    form.answers.clearKey = true;
    assert.deepEqual(patchFor(view, form, ['answers', 'pinecone']), { answers: { apiKey: '' }, pinecone: { apiKey: 'pc-secret' } });
  });
});

describe('progress before the page count is known', () => {
  test('reading with no page read yet shows no count (no "Reading pages 0/1"); a count once pages are read', async () => {
    const { stageCountKnown, stageLabel } = await import('../../renderer/src/lib/format');
    const { translatorFor } = await import('../../renderer/src/i18n/translator');
    const en = translatorFor('en', 'en-US');
    assert.equal(stageCountKnown('extract', 0, 1), false);
    assert.equal(stageLabel('extract', 0, 1, en), 'Reading pages');
    assert.equal(stageCountKnown('extract', 2, 5), true);
    assert.equal(stageLabel('extract', 2, 5, en), 'Reading pages 2/5');
    assert.equal(stageCountKnown('embed', 0, 12), true, 'passages are counted before embedding starts');
  });
});
