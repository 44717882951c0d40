// Debian's Chromium driven by playwright-core (never `npx playwright install`): headless, no network chatter.
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.DOCENT_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
/** Pass as `{ skip: chromiumSkip }`: says why a browser test did not run. */
export const chromiumSkip = hasChromium ? false : `Chromium not found at ${chromiumPath} (apt-get install chromium, or set DOCENT_CHROMIUM)`;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
}
