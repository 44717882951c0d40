// The main flow of the window inside the real Electron shell (Playwright's _electron): add three files through the
// file picker (the preload turns each File into its path), two become ready and the broken one fails with its reason;
// a question is answered citing the page; the citation opens the page highlighted; ending the session erases it.
// The same flow runs in Chromium through the browser host in tests/e2e/ui.test.ts on every machine; this one needs an
// Electron binary and is reported as skipped, with why, where there is none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { corpus, corporaSkip, repoRoot, tempDataDir } from '../../helpers/paths';
import { cleanEnv } from '../../helpers/clean-env';

function electronBinary(): string | null {
  const pkg = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (!relative) return null;
  const full = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(pkg, 'dist'), relative);
  return existsSync(full) ? full : null;
}

const binary = electronBinary();
const skip = !binary ? 'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD): this test was NOT run' : corporaSkip;

test('in Electron: add files, ask, open the cited page, end the session', { skip, timeout: 240_000 }, async () => {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  const data = await tempDataDir('docent-e2e-electron-flow-');
  const args = ['.', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
  const app = await electron.launch({ executablePath: binary!, args, cwd: repoRoot, env: cleanEnv({ DOCENT_DATA_DIR: data.dir }) as Record<string, string> });
  try {
    const page = await app.firstWindow();
    await page.waitForLoadState('load');
    const row = (name: string) => page.locator(`[data-file-name="${name}"]`);

    await page.getByTestId('file-input').setInputFiles([
      corpus('pdf', 'text_normal', 'file_pdfjs_test.pdf'),
      corpus('docx', 'markitdown', 'test.docx'),
      corpus('pdf', 'broken', 'bug1020226.pdf'),
    ]);
    await row('file_pdfjs_test.pdf').and(page.locator('[data-status="ready"]')).first().waitFor({ timeout: 90_000 });
    await row('test.docx').and(page.locator('[data-status="ready"]')).first().waitFor({ timeout: 90_000 });
    const broken = row('bug1020226.pdf').and(page.locator('[data-status="failed"]')).first();
    await broken.waitFor({ timeout: 60_000 });
    assert.match(await broken.innerText(), /bug1020226\.pdf/);

    await page.getByLabel('Question').fill('Which Talos test measures the load time of web pages from the Alexa top 500?');
    await page.getByLabel('Question').press('Enter');
    const answer = page.getByTestId('message-assistant').last();
    await answer.waitFor({ timeout: 60_000 });
    const chip = answer.getByTestId('citation-chip').filter({ hasText: 'file_pdfjs_test.pdf p. 3' }).first();
    await chip.click();
    const source = page.getByTestId('source-panel');
    await source.getByTestId('source-highlight').first().waitFor({ timeout: 30_000 });
    assert.match(await source.getByTestId('source-page-number').innerText(), /Page 3 of 5/);
    await page.screenshot({ path: path.join(repoRoot, 'test-results', 'screenshots', 'electron-answer.png') });

    const title = await page.getByRole('heading').first().innerText();
    await page.getByRole('button', { name: `End ${title}` }).click();
    await page.getByTestId('end-session-dialog').getByRole('button', { name: 'End and erase' }).click();
    await page.getByTestId('chat-empty').waitFor();
    assert.equal(await page.locator('[data-file-name="file_pdfjs_test.pdf"]').count(), 0);
  } finally {
    await app.close();
    await data.cleanup();
  }
});
