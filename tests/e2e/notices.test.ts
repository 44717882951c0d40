// Notices and file errors from the main process, said in each of the window's languages by their code: no English
// sentence from the core in a French window, the technical cause behind "Details", information that goes away by
// itself, problems that stay but gather in one list with "Dismiss all", and nothing that covers the composer or runs
// off the right edge, at 1280×800 and at 800×600.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumSkip } from './helpers/browser';
import { startUi, type UiHarness } from './helpers/ui-harness';
import { translatorFor } from '../../renderer/src/i18n/translator';
import { LOCALES, type Locale } from '../../renderer/src/i18n/locales';
import { LANGUAGE_STORAGE_KEY } from '../../renderer/src/i18n/preference';
import { startOpenAiServer, type OpenAiServer } from '../servers/openai/index';

const skip = chromiumSkip;
const when = skip ? { skip } : {};

/** A PDF cut short after its first object: it starts like a PDF, and pdf.js cannot open it. */
const BROKEN_PDF = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R';

async function useLanguage(page: Page, locale: Locale) {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [LANGUAGE_STORAGE_KEY, locale] as const);
  await page.reload();
  await page.waitForFunction((lang) => document.documentElement.lang.startsWith(lang), locale);
  await page.getByTestId('session-list').waitFor();
}

/** Every notice fits inside the window and none overlaps the composer. */
async function assertNoticesInPlace(page: Page) {
  const layout = await page.evaluate(() => {
    const composer = document.querySelector('.composer')!.getBoundingClientRect();
    const boxes = [...document.querySelectorAll('[data-testid="notice"], [data-testid="notice"] button')].map((el) => el.getBoundingClientRect());
    return { width: window.innerWidth, scrollWidth: document.documentElement.scrollWidth, composer: { top: composer.top, bottom: composer.bottom }, boxes: boxes.map((b) => ({ left: b.left, right: b.right, top: b.top, bottom: b.bottom })) };
  });
  assert.ok(layout.boxes.length > 0, 'there are notices to check');
  for (const box of layout.boxes) {
    assert.ok(box.left >= 0 && box.right <= layout.width, `a notice runs off the window: ${JSON.stringify(box)} in ${layout.width}`);
    assert.ok(box.bottom <= layout.composer.top || box.top >= layout.composer.bottom, `a notice covers the composer: ${JSON.stringify(box)}`);
  }
  assert.ok(layout.scrollWidth <= layout.width, `the page scrolls sideways (${layout.scrollWidth} > ${layout.width})`);
}

describe('notices in every language', { timeout: 600_000 }, () => {
  let ui: UiHarness;
  let server: OpenAiServer;
  let dir: string;

  before(async () => {
    if (skip) return;
    ui = await startUi({ viewport: { width: 1280, height: 800 } });
    server = await startOpenAiServer({ embeddingDimension: 32 });
    dir = ui.dataDir;
    // A settings file Docent cannot read: reported at start, before any window listens, with the parser's words as detail.
    await writeFile(path.join(dir, 'settings.json'), '{ "answers": { "provider": ');
    // And a session file cut short: set aside at start, reported too.
    await writeFile(path.join(ui.core.sessions.dir, 'AAAAAAAAAAAAAAAAAAAAAA.session'), '{"version":1,"sid":"AAAA');
    await ui.relaunch();
  });
  after(async () => {
    await ui?.close();
    await server?.close();
  });

  for (const locale of LOCALES) {
    test(`${locale}: a warning from the core and a file's error are said in ${locale}, the cause behind Details`, when, async () => {
      const { page } = ui;
      const tr = translatorFor(locale);
      await useLanguage(page, locale);

      // Raised at start, before the window listened: the window asks for it and says it in its language.
      // The latest of the two shows; the other folds away behind "1 more".
      const warning = page.locator('[data-testid="notice"][data-code="session-file-unreadable"]');
      await warning.waitFor({ timeout: 30_000 });
      assert.equal((await warning.locator('.said-text').innerText()).trim(), tr.t('msg.session-file-unreadable'));
      assert.equal(await warning.getAttribute('data-level'), 'warning');
      assert.equal(await warning.getByTestId('message-detail').locator('summary').innerText(), tr.t('message.details'));

      const file = path.join(dir, `broken-${locale}.pdf`);
      await writeFile(file, BROKEN_PDF, 'latin1');
      await page.getByTestId('file-input').setInputFiles(file);
      const row = page.locator(`[data-testid="ingest-row"][data-file-name="broken-${locale}.pdf"][data-status="failed"]`);
      await row.waitFor({ timeout: 60_000 });
      assert.equal((await row.locator('.said-text').innerText()).trim(), tr.t('msg.corrupt', { file: `broken-${locale}.pdf` }));
      const details = row.getByTestId('message-detail');
      assert.equal((await details.locator('summary').innerText()).trim(), tr.t('message.details'));
      await details.locator('summary').click();
      assert.match(await details.locator('code').innerText(), /PDF/, 'the technical cause is there, behind Details');
      if (locale !== 'en') {
        const text = await page.locator('.workspace').innerText();
        assert.doesNotMatch(text.replace(await details.locator('code').innerText(), ''), /settings\.json|using defaults|moved aside|damaged PDF|could not be read/, 'no English sentence from the core');
      }
      await assertNoticesInPlace(page);
      await ui.screenshot(`notices-${locale}`);

      await warning.getByRole('button', { name: tr.t('toast.dismiss') }).click();
      await warning.waitFor({ state: 'detached' });
      await row.getByRole('button', { name: tr.t('documents.dismissNamed', { name: `broken-${locale}.pdf` }) }).click();
      await row.waitFor({ state: 'detached' });
    });
  }

  test('problems gather in one list with Dismiss all; information goes away by itself', when, async () => {
    const { page } = ui;
    const tr = translatorFor('fr');
    await useLanguage(page, 'fr');
    await page.locator('[data-testid="notice"][data-code="session-file-unreadable"]').waitFor({ timeout: 30_000 });
    // Two problems from the start: the latest shows, the other folds away behind "1 more".
    const problems = page.getByTestId('problems');
    const more = problems.getByRole('button', { name: tr.t('toast.more', { count: 1 }) });
    await more.waitFor({ timeout: 30_000 });
    assert.equal(await problems.getByTestId('notice').count(), 1, 'one problem shows, the others fold away');
    const latest = problems.getByTestId('notice');
    assert.equal((await latest.locator('.said-text').innerText()).trim(), tr.t(`msg.${await latest.getAttribute('data-code')}` as 'msg.settings-unreadable'));
    await more.click();
    assert.equal(await problems.getByTestId('notice').count(), 2);
    await assertNoticesInPlace(page);
    await page.setViewportSize({ width: 800, height: 600 });
    await assertNoticesInPlace(page);
    await ui.screenshot('notices-gathered-800x600');
    await page.setViewportSize({ width: 1280, height: 800 });
    await problems.getByRole('button', { name: tr.t('toast.dismissAll') }).click();
    await problems.waitFor({ state: 'detached' });

    // Switching to an OpenAI-compatible embedder re-indexes: two notices of information, each gone by itself.
    await ui.core.handlers['settings.set']({ embeddings: { provider: 'openai', baseURL: server.baseURL, model: 'text-embedding-3-small' } });
    const info = page.locator('[data-testid="notice"][data-level="info"]').first();
    await info.waitFor({ timeout: 30_000 });
    assert.match(await info.innerText(), /index/i);
    await page.locator('[data-testid="notice"][data-level="info"]').first().waitFor({ state: 'detached', timeout: 30_000 });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="notice"][data-level="info"]').length === 0, undefined, { timeout: 30_000 });
    assert.deepEqual(ui.takeErrors(), []);
  });
});
