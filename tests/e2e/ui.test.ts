// The Docent window end to end: the built renderer in Chromium, talking to the real services (createDocent) through
// the browser host. One data dir for the whole story, told in order: launch, add files, ask, open the source,
// unlock an encrypted PDF, export, relaunch and resume, end the session.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { countSessionLeftovers } from '../../electron/app/sessions/leftovers';
import { corpus, corporaSkip } from '../helpers/paths';
import { chromiumSkip } from './helpers/browser';
import { startUi, type UiHarness } from './helpers/ui-harness';

const skip = chromiumSkip || corporaSkip;
/** Skipped, with the reason, without Chromium or the corpora. */
const when = skip ? { skip } : {};

const TEXT_PDF = corpus('pdf', 'text_normal', 'file_pdfjs_test.pdf');
/** Answered on page 3 of TEXT_PDF only: "tp: Measures the load time of a set of test web pages taken from the Alexa top 500." */
const QUESTION = 'Which Talos test measures the load time of web pages from the Alexa top 500?';
const DOCX = corpus('docx', 'markitdown', 'test.docx');
const BROKEN_PDF = corpus('pdf', 'broken', 'bug1020226.pdf');
const ENCRYPTED_PDF = corpus('pdf', 'encrypted', 'issue21579.pdf');
const ENCRYPTED_PASSWORD = 'pässwört';
const TITLE = 'Testing frameworks';

/** True when a chip label (`[1] file.pdf, p. 3` or `[1] file.pdf, pp. 2–4`) names `file` at `page`. */
function citesPage(label: string, file: string, page: number): boolean {
  const match = /^\[\d+\] (.+?), pp?\. (\d+)(?:–(\d+))?$/.exec(label.trim());
  if (!match || match[1] !== file) return false;
  const first = Number(match[2]);
  const last = Number(match[3] ?? match[2]);
  return first <= page && page <= last;
}

describe('the Docent window', { timeout: 180_000 }, () => {
  let ui: UiHarness;

  before(async () => {
    if (skip) return;
    ui = await startUi();
  });
  after(async () => {
    await ui?.close();
  });

  const documentRow = (name: string) => ui.page.locator(`[data-testid="document-item"][data-file-name="${name}"]`);
  const ingestRow = (name: string) => ui.page.locator(`[data-testid="ingest-row"][data-file-name="${name}"]`);

  test('opens on the current session with no console errors, and says what to do', when, async () => {
    const { page } = ui;
    await page.getByTestId('session-item').first().waitFor();
    assert.equal(await page.getByTestId('session-item').count(), 1, 'the session created at launch is listed');
    await page.getByText('Drop PDFs, Word, PowerPoint, Excel, EPUB, HTML, Markdown, text, CSV or image files here').waitFor();
    await page.getByText('Ask a question about your documents').first().waitFor();
    assert.equal(await page.getByRole('log', { name: 'Conversation' }).getAttribute('aria-live'), 'polite');
    await ui.screenshot('01-empty-session');
    assert.deepEqual(ui.takeErrors(), []);
  });

  test('a new session appears in the sidebar, opened, and can be renamed in place', when, async () => {
    const { page } = ui;
    await page.getByRole('button', { name: 'New session' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="session-item"]').length === 2);
    const current = page.locator('[data-testid="session-item"][aria-current="true"]');
    const before = await current.locator('.session-title').innerText();
    await current.getByRole('button', { name: /^Rename/ }).click();
    assert.equal(await page.getByLabel('Session title').inputValue(), before, 'the rename box starts with the name shown');
    await page.getByLabel('Session title').fill(TITLE);
    await page.getByLabel('Session title').press('Enter');
    await current.getByText(TITLE).waitFor();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    assert.notEqual(before, TITLE);
    const listed = (await ui.core.handlers['sessions.list'](undefined)).map((s) => s.title);
    assert.ok(listed.includes(TITLE), `the rename reached the store: ${listed.join(', ')}`);
  });

  test('three files: per-file progress, two ready, the broken one failed with its reason', when, async () => {
    const { page } = ui;
    // Record every progress bar the window shows, however briefly.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __progressSeen: string[] }).__progressSeen = seen;
      new MutationObserver(() => {
        for (const bar of document.querySelectorAll('[role="progressbar"]')) seen.push(`${bar.getAttribute('aria-label')}|${bar.getAttribute('aria-valuenow')}/${bar.getAttribute('aria-valuemax')}`);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.getByTestId('file-input').setInputFiles([TEXT_PDF, DOCX, BROKEN_PDF]);
    await documentRow('file_pdfjs_test.pdf').and(page.locator('[data-status="ready"]')).waitFor({ timeout: 60_000 });
    await documentRow('test.docx').and(page.locator('[data-status="ready"]')).waitFor({ timeout: 60_000 });
    const broken = ingestRow('bug1020226.pdf');
    await broken.and(page.locator('[data-status="failed"]')).waitFor({ timeout: 30_000 });
    const reason = await broken.locator('.row-problem').innerText();
    assert.match(reason, /bug1020226\.pdf|PDF|damaged|corrupt|read/i, `the failure says why: ${reason}`);
    assert.ok(reason.length > 15, 'the reason is a sentence, not a code');
    await documentRow('file_pdfjs_test.pdf').getByText(/5 pages/).waitFor();

    const seen = await page.evaluate(() => (window as unknown as { __progressSeen: string[] }).__progressSeen);
    const files = new Set(seen.map((s) => s.split(':')[0]));
    assert.ok(files.has('file_pdfjs_test.pdf'), `a progress bar was shown for the PDF (saw: ${[...files].join(', ')})`);
    // A bar carries its value and maximum, or none while the count is not known yet (indeterminate).
    assert.ok(seen.every((s) => /\|(\d+|null)\/\d+$/.test(s)), `every bar carries aria-valuenow and aria-valuemax, or is indeterminate: ${seen.join(', ')}`);
    assert.ok(!seen.some((s) => /\b0\/1\b/.test(s.split('|')[0])), 'no "Reading pages 0/1" before the page count is known');
    await ui.screenshot('02-files-added');

    // A failed file stays listed until dismissed.
    await broken.getByRole('button', { name: 'Dismiss bug1020226.pdf' }).click();
    await broken.waitFor({ state: 'detached' });
    assert.equal(await page.locator('[data-file-name="bug1020226.pdf"]').count(), 0);
  });

  test('the same file again is "already in this session"', when, async () => {
    const { page } = ui;
    await page.getByTestId('file-input').setInputFiles([TEXT_PDF]);
    const again = page.locator('[data-testid="ingest-row"][data-status="duplicate"][data-file-name="file_pdfjs_test.pdf"]');
    await again.waitFor({ timeout: 30_000 });
    assert.match(await again.innerText(), /already in this session/i);
    // The document's own row stays listed, marked, while the notice shows.
    await documentRow('file_pdfjs_test.pdf').and(page.locator('[data-dropped-again="true"]')).waitFor();
    await again.getByRole('button', { name: /^Dismiss/ }).click();
    await again.waitFor({ state: 'detached' });
    await documentRow('file_pdfjs_test.pdf').waitFor(); // dismissing the duplicate keeps the document
  });

  test('a question is answered as it streams, citing the page the answer is on; the source opens highlighted', when, async () => {
    const { page } = ui;
    await page.evaluate(() => {
      const seen = { streaming: false };
      (window as unknown as { __stream: typeof seen }).__stream = seen;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="message-streaming"]')) seen.streaming = true;
      }).observe(document.body, { subtree: true, childList: true });
    });
    const box = page.getByLabel('Question');
    await box.fill(QUESTION);
    await box.press('Shift+Enter');
    assert.equal(await box.inputValue(), `${QUESTION}\n`, 'Shift+Enter adds a line instead of sending');
    await box.press('Enter');
    await page.getByTestId('message-user').getByText(QUESTION).waitFor({ timeout: 60_000 });
    const answer = page.getByTestId('message-assistant').last();
    await answer.waitFor({ timeout: 60_000 });
    assert.equal(await page.evaluate(() => (window as unknown as { __stream: { streaming: boolean } }).__stream.streaming), true, 'the answer was shown while it streamed');
    assert.equal(await answer.getAttribute('data-status'), 'complete');
    const chips = answer.getByTestId('citation-chip');
    const labels = await chips.allInnerTexts();
    assert.ok(labels.length > 0, 'the answer cites its sources');
    assert.ok(labels.every((l) => /^\[\d+\] /.test(l)), `chips are numbered: ${labels.join(' | ')}`);
    // The quoted sentence is pinned to its own page: the chip names exactly p. 3, not a range.
    const onPage3 = labels.findIndex((l) => l.trim().endsWith('file_pdfjs_test.pdf, p. 3'));
    assert.ok(onPage3 >= 0, `a citation names file_pdfjs_test.pdf, p. 3: ${labels.join(' | ')}`);
    assert.ok(citesPage(labels[onPage3], 'file_pdfjs_test.pdf', 3));

    await chips.nth(onPage3).click();
    const source = page.getByTestId('source-panel');
    await source.getByTestId('pdf-page').waitFor();
    await source.getByTestId('source-highlight').first().waitFor({ timeout: 30_000 });
    assert.match(await source.getByTestId('source-page-number').innerText(), /Page 3 of 5/);
    await source.getByTestId('source-highlight').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300); // let the canvas paint before the picture
    await ui.screenshot('03-answer-and-source');
    await source.getByRole('button', { name: 'Close source' }).click();
    assert.deepEqual(ui.takeErrors(), []);
  });

  test('an encrypted PDF asks for its password in place: a wrong one is refused, the right one opens it', when, async () => {
    const { page } = ui;
    await page.getByTestId('file-input').setInputFiles([ENCRYPTED_PDF]);
    const password = page.getByLabel('Password for issue21579.pdf');
    await password.waitFor({ timeout: 30_000 });
    await password.fill('not the password');
    await password.press('Enter');
    await page.getByRole('alert').filter({ hasText: /password/i }).first().waitFor({ timeout: 30_000 });
    await ui.screenshot('04-wrong-password');
    await page.getByLabel('Password for issue21579.pdf').fill(ENCRYPTED_PASSWORD);
    await page.getByLabel('Password for issue21579.pdf').press('Enter');
    await documentRow('issue21579.pdf').and(page.locator('[data-status="ready"]')).waitFor({ timeout: 30_000 });
  });

  test('the chat exports as Markdown with its sources', when, async () => {
    const { page } = ui;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export chat' }).click()]);
    assert.match(download.suggestedFilename(), /\.md$/);
    const markdown = await readFile(await download.path(), 'utf8');
    assert.ok(markdown.includes(QUESTION), 'the question is in the export');
    assert.match(markdown, /file_pdfjs_test\.pdf/);
  });

  test('closing and reopening Docent resumes the last session with its chat', when, async () => {
    await ui.relaunch();
    const { page } = ui;
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByTestId('message-user').getByText(QUESTION).waitFor();
    await page.getByTestId('message-assistant').first().getByTestId('citation-chip').first().waitFor();
    await documentRow('test.docx').waitFor();
    assert.deepEqual(ui.takeErrors(), []);
  });

  test('ending the session asks once, saying what is erased; then its documents and chat are gone', when, async () => {
    const { page } = ui;
    const sid = (await ui.core.handlers['sessions.current'](undefined)).sid;
    const preview = await ui.core.handlers['sessions.endPreview']({ sid });
    await page.getByRole('button', { name: `End ${TITLE}` }).click();
    const dialog = page.getByTestId('end-session-dialog');
    await dialog.waitFor();
    const text = await dialog.innerText();
    assert.match(text, new RegExp(`${preview.documents} documents?`));
    assert.match(text, new RegExp(`${preview.chunks} indexed passages?`));
    assert.match(text, new RegExp(`the chat \\(${preview.messages} messages?\\)`));
    assert.equal(/Pinecone/.test(text), preview.storeKeepsDeletedRecordsForAWhile);
    await ui.screenshot('05-end-session-dialog');
    // Record the confirmation however briefly it shows (information goes away by itself).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { endedNotices: string[] }).endedNotices = seen;
      new MutationObserver(() => {
        for (const node of document.querySelectorAll('[data-testid="notice"][data-code="session-ended"]')) {
          const text = `${node.getAttribute('data-level')}|${(node.querySelector('.notice-text') as HTMLElement).innerText.trim()}`;
          if (!seen.includes(text)) seen.push(text);
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await dialog.getByRole('button', { name: 'End and erase' }).click();
    await dialog.waitFor({ state: 'detached' });
    // An information notice confirms it with the figures main erased (the dialog's preview: nothing changed since).
    const ended = page.locator('[data-testid="notice"][data-code="session-ended"]');
    await page.waitForFunction(() => (window as unknown as { endedNotices: string[] }).endedNotices.length > 0, undefined, { timeout: 30_000 });
    await ui.screenshot('05b-session-ended-notice');
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    assert.deepEqual(
      await page.evaluate(() => (window as unknown as { endedNotices: string[] }).endedNotices),
      [
        `info|Session “${TITLE}” ended: ${plural(preview.documents, 'document')}, ${plural(preview.chunks, 'passage')} and ${plural(
          preview.messages,
          'chat message',
        )} erased.`,
      ],
    );
    assert.ok(preview.documents >= 2 && preview.chunks > 0 && preview.messages >= 2, 'the figures are the session’s own, not zeros');
    await page.getByText('Drop PDFs, Word, PowerPoint, Excel, EPUB, HTML, Markdown, text, CSV or image files here').waitFor();
    await page.getByTestId('chat-empty').waitFor();
    assert.equal(await page.getByTestId('session-item').filter({ hasText: TITLE }).count(), 0);
    const listed = await ui.core.handlers['sessions.list'](undefined);
    assert.ok(!listed.some((s) => s.sid === sid), 'the ended session is gone from the store');
    // And from the disk and the vector store: no vector, no session file, no copy of a document.
    assert.deepEqual(await countSessionLeftovers(ui.core, sid), { vectors: 0, files: 0 });
    await ui.screenshot('06-after-end');
    // Information goes away by itself.
    await ended.waitFor({ state: 'detached', timeout: 30_000 });
    assert.deepEqual(ui.takeErrors(), []);
  });
});
