// End to end in real Chromium: the built renderer, served as the desktop app serves it, runs the
// as-happened scenario in a Web Worker with progress, charts it, reproduces Node's bits exactly,
// and cancels. A screenshot of the finished page goes to test-results/.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ENGINE_VERSION, hashRunResult, restoreScenario, runSimulation } from '../../model';
import { builtInScenarios } from '../../scenarios';
import { serveRenderer, type StaticServer } from '../../scripts/serve';
import { launchChromium, skipBrowserTests } from './support/chromium';
import { ensureRendererBuilt, projectRoot, rendererDist } from './support/rendererBuild';

const RUN_TIMEOUT_MS = 90_000;
const resultsDir = path.join(projectRoot, 'test-results');

interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions (CSP violations show up here too). */
  errors: string[];
}

/** Records every value the progress bar shows, however briefly (polling could miss a fast run). */
function recordProgressValues(): void {
  const seen: number[] = [];
  (window as unknown as { progressSeen: number[] }).progressSeen = seen;
  new MutationObserver((records) => {
    for (const record of records) {
      const value = (record.target as Element).getAttribute?.('aria-valuenow');
      if (record.attributeName === 'aria-valuenow' && value !== null) seen.push(Number(value));
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-valuenow'] });
}

async function waitForPhase(page: Page, phase: string): Promise<void> {
  await page.waitForSelector(`[data-testid="run-status"][data-phase="${phase}"]`, { timeout: RUN_TIMEOUT_MS });
}

const text = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent())?.trim() ?? '';

describe.skipIf(skipBrowserTests)('the walking skeleton in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    browser = await launchChromium(); // first: a missing Chromium fails fast, with instructions
    ensureRendererBuilt();
    server = await serveRenderer({ root: rendererDist });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(query: string, { isolated = true } = {}): Promise<OpenedPage> {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    if (!isolated) {
      // Strip the isolation headers, as a server that does not send them would (e.g. Vite's dev server).
      await page.route('**/*', async (route) => {
        const response = await route.fetch();
        const headers = { ...response.headers() };
        delete headers['cross-origin-opener-policy'];
        delete headers['cross-origin-embedder-policy'];
        await route.fulfill({ response, headers });
      });
    }
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(recordProgressValues);
    await page.goto(`${server.url}${query}`);
    return { page, errors };
  }

  it('runs as-happened in a worker with advancing progress, then charts both lines with provenance', async () => {
    const { page, errors } = await open('?scale=0.02&seed=11');
    await waitForPhase(page, 'done');

    expect(page.workers().length, 'the run happens in a Web Worker').toBeGreaterThanOrEqual(1);
    const progress = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
    const partial = new Set(progress.filter((value) => value > 0 && value < 100));
    expect(partial.size, `progress values seen: ${progress.join(', ')}`).toBeGreaterThanOrEqual(3);
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');

    expect(await text(page, 'chart-title')).toMatch(/^Prison population ends at [\d.]+k; caseload at [\d.]+k/);
    expect(await page.locator('.recharts-line path.recharts-line-curve').count()).toBe(2);
    const legend = await page.locator('.recharts-legend-item-text').allTextContents();
    expect(legend).toEqual(['Probation caseload', 'Prison population']);

    expect(await text(page, 'engine-version')).toBe(ENGINE_VERSION);
    expect(await text(page, 'scenario-hash')).toMatch(/^[0-9a-f]{8,}$/);
    expect(await text(page, 'seed')).toBe('11');
    expect(await text(page, 'scale')).toBe('0.02');
    expect(await text(page, 'result-hash')).toMatch(/^[0-9a-f]{16}$/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8').trim().split('\n');
    expect(download.suggestedFilename()).toBe('as-happened-seed11-caseload-prison.csv');
    expect(csv[0]).toContain(`engine ${ENGINE_VERSION}`);
    expect(csv[1]).toBe('week,caseload.total,prison.population');
    expect(csv.length).toBeGreaterThan(100);

    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: path.join(resultsDir, 'walking-skeleton.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('gives bit-identical results in the browser worker and in Node', async () => {
    const seed = 7;
    const scale = 0.01;
    const { page, errors } = await open(`?scale=${scale}&seed=${seed}`);
    // Node computes while Chromium's worker runs: two cores, two runtimes, one answer.
    const nodeResult = runSimulation(restoreScenario(builtInScenarios['as-happened']), { seed, scale });
    await waitForPhase(page, 'done');

    expect(await text(page, 'result-hash')).toBe(hashRunResult(nodeResult));
    expect(await text(page, 'scenario-hash')).toBe(nodeResult.provenance.scenarioHash);
    expect(errors).toEqual([]);
  });

  async function startLongRunThenCancel(page: Page, screenshot?: string): Promise<void> {
    await waitForPhase(page, 'idle');
    await page.getByRole('button', { name: 'Run' }).click();
    await page.waitForFunction(
      () => Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')) >= 3,
      undefined,
      { timeout: RUN_TIMEOUT_MS },
    );
    if (screenshot) await page.screenshot({ path: path.join(resultsDir, screenshot) });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await waitForPhase(page, 'cancelled');
    // No wall-clock bound (the machine is shared): the run must simply have stopped short of the end.
    expect(Number(await page.getByRole('progressbar').getAttribute('aria-valuenow'))).toBeLessThan(100);
    expect(await page.locator('.recharts-line').count(), 'a cancelled run draws no chart').toBe(0);

    // The engine still works afterwards (in the same worker, or a fresh one after termination).
    await page.getByLabel('Scale').selectOption('0.01');
    await page.getByRole('button', { name: 'Run' }).click();
    await waitForPhase(page, 'done');
    expect(await text(page, 'scale')).toBe('0.01');
  }

  it('cancels a run promptly through shared memory, and the engine still runs afterwards', async () => {
    const { page, errors } = await open('?autorun=0&scale=0.2');
    expect(await page.evaluate(() => globalThis.crossOriginIsolated), 'the page is cross-origin isolated').toBe(true);
    await startLongRunThenCancel(page, 'walking-skeleton-running.png');
    expect(errors).toEqual([]);
  });

  it('cancels by terminating the worker where the page is not cross-origin isolated', async () => {
    const { page, errors } = await open('?autorun=0&scale=0.2', { isolated: false });
    expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(false);
    await startLongRunThenCancel(page);
    expect(errors).toEqual([]);
  });
});
