// Real Chromium for the end-to-end tests: the system's browser, never one downloaded by a test tool.
// Missing Chromium fails the tests with instructions, unless SKIP_BROWSER_TESTS=1 asks to skip them
// (reported as skipped, never as passed).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumMissing = !existsSync(CHROMIUM_PATH);
export const skipBrowserTests = chromiumMissing && process.env.SKIP_BROWSER_TESTS === '1';

if (skipBrowserTests) {
  console.warn(`Skipping the browser tests: no Chromium at ${CHROMIUM_PATH} and SKIP_BROWSER_TESTS=1.`);
}

export async function launchChromium(): Promise<Browser> {
  if (chromiumMissing) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}. Install it (Debian/Ubuntu: apt-get install -y chromium) or set ` +
        'CHROMIUM_PATH to a Chromium binary; to skip these tests instead, set SKIP_BROWSER_TESTS=1.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}
