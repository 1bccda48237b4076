// What every end-to-end file shares: real Chromium and the built renderer, served on loopback, for
// the file's tests (appInChromium() registers their start and stop), a locator by test id, and the
// files the tests leave in test-results/ (screenshots, measurements) for a person to look at.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveRenderer, type StaticServer } from '../../../scripts/serve';
import { launchChromium } from './chromium';
import { ensureRendererBuilt, projectRoot, rendererDist } from './rendererBuild';

const resultsDir = path.join(projectRoot, 'test-results');

export const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

/** The path of a file in test-results/, which is made if need be. */
export function resultsFile(name: string): string {
  mkdirSync(resultsDir, { recursive: true });
  return path.join(resultsDir, name);
}

export async function screenshot(page: Page, name: string, { fullPage = false } = {}): Promise<void> {
  await page.screenshot({ path: resultsFile(name), fullPage });
}

export interface AppInChromium {
  readonly browser: Browser;
  /** Where the renderer is served. */
  readonly url: string;
}

/**
 * Called inside a describe: before its tests, launches Chromium (first, so that a missing one fails
 * fast, with instructions), builds the renderer if it is out of date and serves it; after them,
 * closes both. The browser and the url are there while the tests run.
 */
export function appInChromium(): AppInChromium {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    ensureRendererBuilt();
    server = await serveRenderer({ root: rendererDist });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('appInChromium: the browser and the server exist only while the tests run');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get url() {
      return started(server).url;
    },
  };
}
