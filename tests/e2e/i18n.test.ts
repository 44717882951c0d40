// The Docent window in every language it speaks, end to end: the built renderer in Chromium over the real services.
// Switching the language in Settings leaves no English on the main screens and dialogs (every visible text,
// label and placeholder is checked against English's catalog); the choice survives a reload; a browser in French
// or Japanese opens the window in that language with dates and sizes written its way; right-to-left file names,
// questions and answers run right to left inside the left-to-right window. Only text is checked, never glyphs,
// so the test holds without CJK fonts; the screenshots are for a person to look at.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumSkip } from './helpers/browser';
import { startUi, type UiHarness } from './helpers/ui-harness';
import { catalogs, en, type MessageKey } from '../../renderer/src/i18n/messages';
import { resolveLocale, type Locale } from '../../renderer/src/i18n/locales';
import { literalFragments, parseMessage } from '../../renderer/src/i18n/icu-text';
import { NEAREST_LEAD, NOT_FOUND_MESSAGE } from '../../shared/not-found';

const skip = chromiumSkip;
const when = skip ? { skip } : {};

const LANGUAGES = ['fr', 'de', 'ja', 'zh'] as const;

/** Names that are the same in every language. */
const SAME_EVERYWHERE = new Set(['Docent', 'Pinecone', 'OpenAI', 'URL', 'Model2Vec', 'PDF', 'Word', 'HTML', 'Markdown', 'CSV']);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `text` as a whole run of words: "Model" is not found in "Modell", nor "Open" in "OpenAI". */
const wholeWords = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, 'u');

/** Every literal run of a catalog's messages, by key. */
function catalogFragments(locale: Locale): Map<MessageKey, string[]> {
  const out = new Map<MessageKey, string[]>();
  for (const key of Object.keys(en) as MessageKey[]) {
    out.set(
      key,
      literalFragments(parseMessage(catalogs[locale][key], locale))
        .map((f) => f.trim())
        .filter(Boolean),
    );
  }
  return out;
}

/**
 * The English a page in `locale` must not show: each literal run of an English message longer than 3 characters,
 * unless the language really writes it the same way (it occurs in its own catalog: "Documents", "Pinecone API").
 */
function englishLeftovers(locale: Locale): { key: MessageKey; text: string; pattern: RegExp }[] {
  const own = [...catalogFragments(locale).values()].flat().join('\n');
  const out: { key: MessageKey; text: string; pattern: RegExp }[] = [];
  for (const [key, fragments] of catalogFragments('en')) {
    for (const text of fragments) {
      if (text.length <= 3 || !/\p{L}/u.test(text) || SAME_EVERYWHERE.has(text)) continue;
      const pattern = wholeWords(text);
      if (!pattern.test(own)) out.push({ key, text, pattern });
    }
  }
  return out;
}

/** What a person sees or hears in these parts of the page: their visible text, labels, placeholders and tooltips. */
async function visibleText(page: Page, selectors: string[]): Promise<string> {
  return page.evaluate((list) => {
    const parts: string[] = [];
    for (const selector of list) {
      for (const root of document.querySelectorAll<HTMLElement>(selector)) {
        parts.push(root.innerText);
        for (const el of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
          for (const attribute of ['aria-label', 'placeholder', 'title', 'aria-valuetext']) {
            const value = el.getAttribute(attribute);
            if (value) parts.push(value);
          }
        }
      }
    }
    return parts.join('\n');
  }, selectors);
}

/** Chooses the window's language in Settings, waits until Settings speaks it, and closes Settings. */
async function chooseLanguage(page: Page, locale: (typeof LANGUAGES)[number]): Promise<void> {
  await page.getByTestId('open-settings').click();
  await page.getByTestId('language-select').selectOption(locale);
  await page.getByTestId('settings-dialog').locator('#modal-title').getByText(catalogs[locale]['settings.title'], { exact: true }).waitFor();
  await page.keyboard.press('Escape');
}

const MAIN_SCREEN = ['nav.sidebar', 'header.topbar', '.documents-panel', '[data-testid="chat-empty"]', 'form.composer'];

describe('the Docent window in French, German, Japanese and Chinese', { timeout: 180_000 }, () => {
  let ui: UiHarness;
  let files: string;

  before(async () => {
    if (skip) return;
    ui = await startUi();
    files = await mkdtemp(path.join(os.tmpdir(), 'docent-i18n-'));
    // One document, so the list shows its size and passage count (plurals, numbers) in each language.
    const notes = path.join(files, 'notes.txt');
    await writeFile(notes, 'The reading room opens at nine. Visitors sign the register at the desk.\n'.repeat(40));
    await ui.page.getByTestId('file-input').setInputFiles([notes]);
    await ui.page.locator('[data-testid="document-item"][data-file-name="notes.txt"][data-status="ready"]').waitFor({ timeout: 60_000 });
  });
  after(async () => {
    await ui?.close();
    if (files) await rm(files, { recursive: true, force: true });
  });

  test('an English browser gets the English window', when, async () => {
    // A browser told to be English, whatever this machine's own language is.
    const context = await ui.browser.newContext({ locale: 'en-US', viewport: { width: 1360, height: 860 } });
    try {
      const page = await context.newPage();
      await page.goto(ui.host.url);
      assert.equal(resolveLocale('system', await page.evaluate(() => [...navigator.languages])).locale, 'en');
      await page.getByRole('button', { name: en['sessions.new'] }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    } finally {
      await context.close();
    }
  });

  for (const locale of LANGUAGES) {
    test(`chosen in Settings, ${locale} leaves no English on the main screens and dialogs`, when, async () => {
      const { page } = ui;
      const t = catalogs[locale];
      await page.getByTestId('open-settings').click();
      const settings = page.getByTestId('settings-dialog');
      await settings.waitFor();
      await settings.getByTestId('language-select').selectOption(locale);
      await settings.locator('#modal-title').getByText(t['settings.title'], { exact: true }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), locale === 'zh' ? 'zh-Hans' : locale);

      // Every field the settings can show: each provider's, then Pinecone's. None of it is saved.
      const texts: string[] = [];
      const settingsText = () => visibleText(page, ['[data-testid="settings-dialog"]']);
      texts.push(await settingsText());
      await settings.locator('input[name="answers-provider"]').nth(1).check();
      await settings.locator('input[name="embeddings-provider"]').nth(1).check();
      texts.push(await settingsText());
      await settings.locator('input[name="embeddings-provider"]').nth(2).check();
      await settings.locator('input[type="checkbox"]').first().check();
      texts.push(await settingsText());
      await ui.screenshot(`i18n-${locale}-settings`);
      await page.keyboard.press('Escape');
      await settings.waitFor({ state: 'detached' });

      texts.push(await visibleText(page, MAIN_SCREEN));
      await ui.screenshot(`i18n-${locale}`);

      await page.locator('[data-testid="session-item"][aria-current="true"] .session-actions .danger').click();
      const end = page.getByTestId('end-session-dialog');
      await end.waitFor();
      texts.push(await visibleText(page, ['[data-testid="end-session-dialog"]']));
      await page.keyboard.press('Escape');
      await end.waitFor({ state: 'detached' });

      const seen = texts.join('\n');
      const leftovers = englishLeftovers(locale)
        .filter(({ pattern }) => pattern.test(seen))
        .map(({ key, text }) => `${key}: "${text}"`);
      assert.deepEqual(leftovers, [], `English left on the ${locale} window`);
      // And it is this language that shows, not merely not-English.
      for (const key of ['sessions.new', 'documents.heading', 'chat.emptyTitle', 'composer.send', 'end.intro', 'settings.pinecone.enable'] as const) {
        assert.ok(seen.includes(t[key]), `${locale}: "${t[key]}" (${key}) is shown`);
      }
      assert.deepEqual(ui.takeErrors(), []);
    });
  }

  test('the choice survives a reload; "same as the system" follows the browser again', when, async () => {
    const { page } = ui;
    await page.reload();
    await page.getByRole('button', { name: catalogs.zh['sessions.new'] }).waitFor();
    await page.getByTestId('open-settings').click();
    await page.getByTestId('language-select').selectOption('system');
    const languages = await page.evaluate(() => [...navigator.languages]);
    const system = resolveLocale('system', languages).locale;
    await page.getByTestId('settings-dialog').locator('#modal-title').getByText(catalogs[system]['settings.title'], { exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await page.reload();
    await page.getByRole('button', { name: catalogs[system]['sessions.new'] }).waitFor();
    assert.deepEqual(ui.takeErrors(), []);
  });

  // A language Docent does not have falls back to English, dates included, so one line never mixes two languages.
  for (const [browserLocale, expected, dateTag] of [
    ['fr-FR', 'fr', 'fr-FR'],
    ['ja-JP', 'ja', 'ja-JP'],
    ['pt-BR', 'en', 'en-US'],
  ] as const) {
    test(`a browser in ${browserLocale} opens the window in ${expected}, with dates and sizes written its way`, when, async () => {
      const context = await ui.browser.newContext({ locale: browserLocale, viewport: { width: 1360, height: 860 } });
      try {
        const page = await context.newPage();
        await page.goto(ui.host.url);
        const t = catalogs[expected];
        await page.getByRole('button', { name: t['sessions.new'] }).waitFor();
        await page.getByText(t['chat.emptyTitle'], { exact: true }).first().waitFor();
        const lang = await page.evaluate(() => document.documentElement.lang);
        assert.equal(lang, expected);

        // The session's date as this browser writes it in that locale.
        const heading = await page.locator('h1.session-heading').innerText();
        const summary = await ui.core.handlers['sessions.current'](undefined);
        // An untitled session is named in the window's language, never with English words from the core.
        assert.equal(heading, summary.title || t['sessions.untitled']);
        const expectedDate = await page.evaluate(
          ([iso, tag]) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
          [summary.updatedAt || summary.createdAt, dateTag] as const,
        );
        const meta = await page.locator('[data-testid="session-item"][aria-current="true"] .session-meta').innerText();
        assert.ok(meta.startsWith(expectedDate), `"${meta}" starts with the ${dateTag} date "${expectedDate}"`);
        // Sizes in the locale's unit (French writes Ko).
        const docMeta = await page.locator('[data-testid="document-item"][data-file-name="notes.txt"] .doc-meta').innerText();
        assert.match(docMeta, expected === 'fr' ? /\d Ko$/ : /\d KB$/);
      } finally {
        await context.close();
      }
    });
  }

  test('right-to-left file names, questions and answers read right to left inside the left-to-right window', when, async () => {
    const { page } = ui;
    const name = 'ملاحظات القاهرة.txt';
    const arabic = path.join(files, name);
    await writeFile(arabic, 'القاهرة هي عاصمة مصر وأكبر مدنها. يمر نهر النيل عبر المدينة من الجنوب إلى الشمال. تقع الأهرامات قرب القاهرة في الجيزة.\n');
    await page.getByTestId('file-input').setInputFiles([arabic]);
    const item = page.locator(`[data-testid="document-item"][data-file-name="${name}"][data-status="ready"]`);
    await item.waitFor({ timeout: 60_000 });
    const direction = (selector: string) => page.locator(selector).last().evaluate((el) => getComputedStyle(el).direction);
    assert.equal(await item.locator('.file-name bdi').evaluate((el) => getComputedStyle(el).direction), 'rtl', 'the Arabic file name runs right to left');
    assert.equal(await direction('[data-testid="document-item"][data-file-name="notes.txt"] .file-name bdi'), 'ltr', 'an English one left to right');

    const question = 'ما هي عاصمة مصر؟';
    await page.locator('form.composer textarea').fill(question);
    assert.equal(await direction('form.composer textarea'), 'rtl', 'the question box follows what is typed');
    await page.locator('form.composer textarea').press('Enter');
    await page.getByTestId('message-user').getByText(question).waitFor();
    const answer = page.getByTestId('message-assistant').last();
    await answer.waitFor({ timeout: 60_000 });
    assert.equal(await direction('[data-testid="message-user"] .bubble'), 'rtl');
    // The offline answerer quotes the Arabic passage, so the answer starts right to left.
    assert.match(await answer.locator('.answer-text').innerText(), /القاهرة/);
    assert.equal(await answer.locator('.answer-text').evaluate((el) => getComputedStyle(el).direction), 'rtl', 'an Arabic answer runs right to left');
    const chip = answer.getByTestId('citation-chip').first();
    assert.equal(await chip.locator('bdi').first().evaluate((el) => getComputedStyle(el).direction), 'rtl', 'the cited file name is isolated');
    // The window itself stays left to right.
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'ltr');
    await page.waitForTimeout(200);
    await ui.screenshot('i18n-rtl');
    assert.deepEqual(ui.takeErrors(), []);
  });
  test('the offline "not found" is said in the window\'s language, and is not called a quote', when, async () => {
    const { page } = ui;
    const t = catalogs.de;
    await chooseLanguage(page, 'de');
    // Everything the streaming answer shows, however briefly: the English sentence must never flash by first.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __streamed: string[] }).__streamed = seen;
      new MutationObserver(() => {
        const streaming = document.querySelector('[data-testid="message-streaming"]');
        if (streaming) seen.push(streaming.textContent ?? '');
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const question = 'What is the boiling point of mercury?';
    await page.locator('form.composer textarea').fill(question);
    await page.locator('form.composer textarea').press('Enter');
    await page.getByTestId('message-user').getByText(question).waitFor();
    const answer = page.locator('[data-testid="message-assistant"][data-status="complete"]').last();
    await answer.getByTestId('answer-not-found').waitFor({ timeout: 60_000 });
    assert.equal((await answer.getByTestId('answer-not-found').innerText()).trim(), t['chat.notFound']);
    assert.equal((await answer.getByTestId('answerer').innerText()).trim(), t['chat.searchedWithoutModel']);
    const shown = await answer.innerText();
    for (const english of [NOT_FOUND_MESSAGE, en['chat.notFound'], en['chat.answeredByExtractive'], t['chat.answeredByExtractive']]) assert.ok(!shown.includes(english), `"${english}" is not shown: ${shown}`);
    const streamed = await page.evaluate(() => (window as unknown as { __streamed: string[] }).__streamed);
    assert.ok(!streamed.some((text) => /couldn.t find/.test(text)), `the English sentence showed while streaming: ${streamed.join(' | ')}`);
    assert.deepEqual(ui.takeErrors(), []);
  });

  test('a "not found" in other words than the document\'s shows the nearest sentence, under a lead in the window\'s language', when, async () => {
    const { page } = ui;
    const t = catalogs.de;
    await chooseLanguage(page, 'de');
    const policy = path.join(files, 'home-policy.md');
    await writeFile(
      policy,
      '# Home insurance\n\n## What is covered\n\nWe cover your home against fire, storm, flood and theft.\n\n## What is not covered\n\n- Wear and tear, rot and mould\n- Damage caused by pets chewing, scratching or fouling\n- Loss while your home is empty for more than 60 days\n',
    );
    await page.getByTestId('file-input').setInputFiles([policy]);
    await page.locator('[data-testid="document-item"][data-file-name="home-policy.md"][data-status="ready"]').waitFor({ timeout: 60_000 });
    // The user's own words ("parrot", "sofa", "get paid") are not the policy's ("pets"): too few shared to answer, near
    // enough to show. (A dog is one of the pets a rule names, and is answered: general-words.ts.)
    const question = 'Will I get paid if my parrot chews the sofa?';
    await page.locator('form.composer textarea').fill(question);
    await page.locator('form.composer textarea').press('Enter');
    const answer = page.locator('[data-testid="message-assistant"][data-status="complete"]').last();
    await answer.getByTestId('answer-nearest').waitFor({ timeout: 60_000 });
    assert.equal((await answer.getByTestId('answer-not-found').innerText()).trim(), t['chat.notFound']);
    const nearest = await answer.getByTestId('answer-nearest').innerText();
    assert.ok(nearest.startsWith(t['chat.nearest']), nearest);
    assert.match(nearest, /Damage caused by pets chewing, scratching or fouling/);
    assert.ok(!nearest.includes(NOT_FOUND_MESSAGE) && !nearest.includes(NEAREST_LEAD), `no English lead: ${nearest}`);
    // Its marker opens the sentence in its source.
    await answer.getByTestId('answer-nearest').locator('a.marker').first().click();
    await page.getByTestId('source-panel').getByTestId('source-highlight').first().waitFor({ timeout: 30_000 });
    assert.match(await page.getByTestId('source-panel').getByTestId('source-highlight').first().innerText(), /pets chewing/);
    // The panel's title keeps the file named beside a long section name, which gives way first.
    const fileShown = await page.getByTestId('source-panel').locator('h2 .middle-ellipsis').evaluate((el) => el.getBoundingClientRect().width);
    assert.ok(fileShown >= 60, `the file name keeps ${fileShown}px`);
    await ui.screenshot('i18n-not-found-nearest');
    assert.deepEqual(ui.takeErrors(), []);
  });
});

