// Names are text. An exported chat, opened in a Markdown viewer that renders HTML (most do), shows a session title,
// question, file name or quote as the characters they are: no new heading from a newline, no live HTML. A file name
// with bidi controls reads in its real order, so a ".txt" made to look like ".pdf" shows ".txt".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { parseHTML } from 'linkedom';
import { chatToMarkdown } from '../../electron/app/chat/chat-service';
import { visibleFileName } from '../../shared/display-name';
import type { ChatMessage } from '../../shared/model';

/** A viewer as permissive as most: CommonMark with raw HTML on. */
const render = (markdown: string) => parseHTML(`<!doctype html><html><body>${new MarkdownIt({ html: true }).render(markdown)}</body></html>`).document;

const TITLE = 'Q3 report\n# Not a heading\n<img src=x onerror="alert(1)"> & <b>bold</b> [link](http://evil.example) *stars*';
const QUESTION = 'What is <script>alert(2)</script>\n## the total?';
const FILE = 'notes <iframe src=http://evil.example>.txt';

const chat: ChatMessage[] = [
  { id: 'u1', role: 'user', text: QUESTION, citations: [], createdAt: '2026-01-01T00:00:00Z', status: 'complete' },
  {
    id: 'a1',
    role: 'assistant',
    text: 'The total is **42** <img src=y onerror="alert(3)">.',
    citations: [{ n: 1, sid: 'AAAAAAAAAAAAAAAAAAAAAA', fileId: '0123456789abcdef', fileName: FILE, page: 1, pageEnd: 1, start: 0, end: 5, text: 'Total: 42 <svg onload=alert(4)>' }],
    createdAt: '2026-01-01T00:00:01Z',
    status: 'complete',
  },
];

test('an exported chat shows titles, questions, file names and quotes as plain text', () => {
  const document = render(chatToMarkdown(TITLE, chat));
  const headings = [...document.querySelectorAll('h1')];
  assert.equal(headings.length, 1, 'one title heading');
  assert.equal(headings[0].textContent, TITLE.replace(/\s+/g, ' '));
  const questions = [...document.querySelectorAll('h2')];
  assert.equal(questions.length, 1);
  assert.equal(questions[0].textContent, QUESTION.replace(/\s+/g, ' '));
  for (const tag of ['img', 'script', 'iframe', 'svg', 'a']) assert.equal(document.querySelectorAll(tag).length, 0, `no <${tag}> element`);
  const text = document.body.textContent ?? '';
  assert.ok(text.includes(FILE), 'the file name is shown as written');
  assert.ok(text.includes('Total: 42 <svg onload=alert(4)>'), 'the quote is shown as written');
  assert.equal(document.querySelectorAll('strong').length >= 2, true, 'the answer keeps its Markdown emphasis (and **Sources**)');
});

test('what cannot change the rendering is left as written, so the raw file reads well', () => {
  const markdown = chatToMarkdown('Notes on file_pdfjs_test.pdf: what is 2+2?', []);
  assert.equal(markdown.split('\n')[0], '# Notes on file_pdfjs_test.pdf: what is 2+2?');
  assert.equal(render(chatToMarkdown('_lone_ underscores and a_b', [])).querySelectorAll('em').length, 0);
});

test('bidi controls in a file name become visible, so its real extension shows at its end', () => {
  assert.equal(visibleFileName('invoice\u202Efdp.exe'), 'invoice\uFFFDfdp.exe');
  for (const control of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C']) {
    assert.equal(visibleFileName(`a${control}b.txt`), 'a\uFFFDb.txt', `U+${control.charCodeAt(0).toString(16)}`);
  }
  // Names in right-to-left scripts need no control characters and are left as they are.
  assert.equal(visibleFileName('דוח שנתי.pdf'), 'דוח שנתי.pdf');
  assert.equal(visibleFileName('تقرير.docx'), 'تقرير.docx');
});
