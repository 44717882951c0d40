// The theme chosen in Settings: system (the default, following the browser's colour scheme), light or dark; applied at
// once, remembered across a reload.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromiumSkip } from './helpers/browser';
import { startUi, type UiHarness } from './helpers/ui-harness';

const when = chromiumSkip ? { skip: chromiumSkip } : {};
const LIGHT_BG = 'rgb(246, 247, 249)';
const DARK_BG = 'rgb(21, 24, 29)';

describe('the theme', { timeout: 180_000 }, () => {
  let ui: UiHarness;
  before(async () => {
    if (chromiumSkip) return;
    ui = await startUi({ colorScheme: 'light' });
  });
  after(async () => {
    await ui?.close();
  });

  const background = () => ui.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const choose = async (theme: string) => {
    await ui.page.getByTestId('open-settings').click();
    const settings = ui.page.getByTestId('settings-dialog');
    await settings.waitFor();
    await settings.getByTestId('theme-select').selectOption(theme);
    return settings;
  };

  test('follows the system by default; Dark applies at once and survives a reload; System follows the browser again', when, async () => {
    const { page } = ui;
    assert.equal(await background(), LIGHT_BG, 'a light system gives a light window');
    const settings = await choose('dark');
    await page.waitForFunction((dark) => getComputedStyle(document.body).backgroundColor === dark, DARK_BG, { timeout: 10_000 });
    await ui.screenshot('theme-dark-settings');
    await page.keyboard.press('Escape');
    await settings.waitFor({ state: 'detached' });
    await ui.screenshot('theme-dark');
    await page.reload();
    await page.getByTestId('session-list').waitFor({ state: 'attached' });
    assert.equal(await background(), DARK_BG, 'the choice is remembered');
    const again = await choose('light');
    await page.waitForFunction((light) => getComputedStyle(document.body).backgroundColor === light, LIGHT_BG, { timeout: 10_000 });
    await again.getByTestId('theme-select').selectOption('system');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction((dark) => getComputedStyle(document.body).backgroundColor === dark, DARK_BG, { timeout: 10_000 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForFunction((light) => getComputedStyle(document.body).backgroundColor === light, LIGHT_BG, { timeout: 10_000 });
    assert.deepEqual(ui.takeErrors(), []);
  });
});
