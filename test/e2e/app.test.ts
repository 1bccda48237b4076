// The application end to end in real Chromium, served exactly as the desktop app serves it (same
// files, same security headers): open a built-in scenario, edit a parameter and undo it, run
// replications with progress, compare tr with unified, export a CSV and check its content and
// provenance, open a malformed file and see the error naming the field, refuse to run a scenario
// the editor calls invalid (the refusal beside the button used, no figures), with no console
// errors and no CSP violations throughout. The browser's results are the same bits as Node's; the
// engine's code is loaded only by workers, never by the page. While a national-scale run goes,
// input latency is measured and reported (never asserted: the machine is shared). Screenshots of
// every view go to test-results/ to be looked at.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ENGINE_VERSION, restoreScenario, RunCancelledError, type Scenario } from '../../model';
import { builtInScenarios } from '../../scenarios';
import { runReplication } from '../../experiments/replication';
import { skipBrowserTests } from './support/chromium';
import { appInChromium, byTestId, resultsFile, screenshot } from './support/appInChromium';

const LONG = 120_000;
const CAPACITY = 'parameters.supervision.capacityCasesPerFte';

/** Runs in the page before any script: CSP violations are collected, not just logged. */
function watchCsp(): void {
  const seen: string[] = [];
  (window as unknown as { cspViolations: string[] }).cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
}

interface OpenedApp {
  page: Page;
  errors: string[];
}


async function phase(page: Page, status: 'done' | 'cancelled' | 'running', within = '.view'): Promise<void> {
  await page.waitForSelector(`${within} .job-progress[data-phase="${status}"]`, { timeout: LONG });
  // The charts draw the newest results in a deferred render, after the progress bar: once the job
  // has ended, wait for them too, or a test reads the charts of one replication fewer.
  if (status !== 'running') await page.waitForSelector(`${within} .results-heading[aria-busy="true"]`, { state: 'detached', timeout: LONG });
}

async function showView(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await page.waitForSelector(`#panel-${name.toLowerCase()}`);
}


async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** The scripts the page fetched (Resource Timing): its own modules and, as it starts them, its workers' scripts. */
async function scriptsFetched(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  return [...new Set(urls.filter((url) => new URL(url).pathname.endsWith('.js')))];
}

/** Whether any of these scripts carries the engine's run loop (recognised by its cancel error's text). */
async function carriesEngine(urls: readonly string[]): Promise<boolean> {
  const marker = new RunCancelledError().message;
  const texts = await Promise.all(urls.map(async (url) => (await fetch(url)).text()));
  return texts.some((text) => text.includes(marker));
}

function builtIn(name: string): Scenario {
  return restoreScenario(builtInScenarios[name]);
}

/** A CSV's comment records (`# key`, value) as a map, and its data records. */
function parseCsv(text: string): { meta: Map<string, string>; header: string[]; rows: string[][] } {
  const records = text.split('\r\n').filter((r) => r !== '');
  const meta = new Map<string, string>();
  const data: string[][] = [];
  for (const record of records) {
    const cells = record.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replaceAll('""', '"'));
    if (cells[0].startsWith('# ')) meta.set(cells[0].slice(2), cells[1]);
    else data.push(cells.slice(0, -1).length && cells.at(-1) === '' ? cells.slice(0, -1) : cells);
  }
  return { meta, header: data[0], rows: data.slice(1) };
}

describe.skipIf(skipBrowserTests)('the application in Chromium', () => {
  const app = appInChromium();

  async function openApp(): Promise<OpenedApp> {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(watchCsp);
    await page.goto(app.url);
    await page.waitForSelector('[data-testid="document-title"]');
    return { page, errors };
  }

  it('opens a built-in scenario, edits a parameter and undoes it, and opens a malformed file to an error naming the field', async () => {
    const { page, errors } = await openApp();
    expect(await byTestId(page, 'document-title').textContent()).toContain('as-happened');

    await byTestId(page, 'open-builtin-tr').click();
    await expect.poll(() => byTestId(page, 'document-title').textContent()).toContain('tr');
    const input = byTestId(page, `param-${CAPACITY}`);
    const original = await input.inputValue();
    expect(Number(original)).toBeGreaterThan(0);

    await input.fill('45');
    await input.press('Enter');
    await expect.poll(() => byTestId(page, 'document-title').textContent()).toContain('•');
    await expect.poll(() => byTestId(page, 'scenario-diff').textContent()).toMatch(/45/);
    await screenshot(page, 'app-scenarios-edited.png', { fullPage: true });

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => input.inputValue()).toBe(original);
    expect(await byTestId(page, 'scenario-diff').textContent()).not.toMatch(/\b45\b/);

    // A file with a negative capacity: the app says which field, and keeps the document it had.
    const bad = JSON.parse(JSON.stringify(builtInScenarios.tr));
    bad.parameters.supervision.capacityCasesPerFte = -3;
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).first().click()]);
    await chooser.setFiles({ name: 'bad-scenario.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const notice = byTestId(page, 'notice-error');
    await expect.poll(() => notice.textContent()).toContain(CAPACITY);
    expect(await notice.textContent()).toContain('bad-scenario.json');
    expect(await byTestId(page, 'document-title').textContent()).toContain('tr');
    await screenshot(page, 'app-malformed-file.png', { fullPage: true });

    expect(errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('runs replications with progress, and its numbers are the same bits as Node’s', async () => {
    const { page, errors } = await openApp();
    await byTestId(page, 'open-builtin-tr').click();
    await showView(page, 'Run');
    await byTestId(page, 'run-replications').fill('2');
    await byTestId(page, 'run-scale').fill('0.01');
    await byTestId(page, 'run-seed').fill('11');
    await byTestId(page, 'run-start').click();
    await phase(page, 'done');
    expect(await byTestId(page, 'run-progress').textContent()).toMatch(/2 of 2/);
    expect(await byTestId(page, 'headline-cards').locator('[role="listitem"]').count()).toBeGreaterThanOrEqual(5);
    await screenshot(page, 'app-run.png', { fullPage: true });

    // The chart's CSV carries the mean of the two replications; Node computes the same two.
    const figure = byTestId(page, 'run-chart-prison.population');
    const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'CSV' }).click()]);
    const csv = parseCsv(readFileSync(await download.path(), 'utf8'));
    expect(csv.meta.get('engineVersion')).toBe(ENGINE_VERSION);
    expect(csv.meta.get('replications')).toBe('2');
    expect(csv.meta.get('seed')).toBe('11');
    const scenario = { ...builtIn('tr'), simulation: { ...builtIn('tr').simulation, scale: 0.01 } };
    const node = [0, 1].map((replication) => runReplication({ scenario, seed: 11, replication, series: ['prison.population'] }).series!['prison.population']);
    const meanColumn = csv.header.findIndex((h) => h.endsWith(': mean'));
    expect(csv.rows).toHaveLength(node[0].length);
    csv.rows.forEach((row, week) => expect(Number(row[meanColumn])).toBe((node[0][week] + node[1][week]) / 2));

    expect(errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('compares tr with unified, states the difference with its interval, and exports it with provenance', async () => {
    const { page, errors } = await openApp();
    await showView(page, 'Compare');
    await byTestId(page, 'compare-baseline').selectOption('tr');
    await byTestId(page, 'compare-alternative-unified').check();
    await byTestId(page, 'compare-replications').fill('3');
    await byTestId(page, 'compare-scale').fill('0.01');
    await byTestId(page, 'compare-start').click();
    await page.waitForSelector('[data-testid="compare-progress"]');
    await phase(page, 'done');
    expect(await byTestId(page, 'compare-progress').textContent()).toMatch(/3 of 3/);

    const table = byTestId(page, 'kpi-table');
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(10);
    expect(await table.textContent()).toMatch(/prison\.population/);
    const finding = await byTestId(page, 'compare-finding').locator('[data-testid="chart-title"]').textContent();
    expect(finding).toMatch(/[Uu]nified/);
    expect(finding).toMatch(/CI|clear difference/);
    await screenshot(page, 'app-compare.png', { fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      byTestId(page, 'compare-finding').getByRole('button', { name: 'CSV' }).click(),
    ]);
    const csv = parseCsv(readFileSync(await download.path(), 'utf8'));
    expect(csv.meta.get('engineVersion')).toBe(ENGINE_VERSION);
    expect(csv.meta.get('replications')).toBe('3');
    expect(csv.meta.get('scenarios')).toMatch(/\[tr\] \([0-9a-f]+\).*\[unified\] \([0-9a-f]+\)/);
    expect(csv.meta.get('title')).toBe(finding);
    expect(csv.rows.length).toBeGreaterThan(100);

    expect(errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('explains why unified differs from tr: a waterfall per KPI whose parts add up to the total, exported with provenance', async () => {
    const { page, errors } = await openApp();
    await showView(page, 'Compare');
    await byTestId(page, 'compare-baseline').selectOption('tr');
    await byTestId(page, 'compare-alternative-unified').check();
    await byTestId(page, 'compare-replications').fill('2');
    await byTestId(page, 'compare-scale').fill('0.01');
    await byTestId(page, 'compare-explain').click();
    await phase(page, 'done');

    const chart = byTestId(page, 'explain-prison.population');
    const title = await chart.locator('[data-testid="chart-title"]').textContent();
    expect(title).toMatch(/^prison\.population: Unified − TR is .+; the largest part is /);
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, 'app-explain.png', { fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'CSV' }).click()]);
    const csv = parseCsv(readFileSync(await download.path(), 'utf8'));
    expect(csv.meta.get('engineVersion')).toBe(ENGINE_VERSION);
    expect(csv.meta.get('replications')).toBe('2');
    const means = csv.rows.map((row) => Number(row[1]));
    const labels = csv.rows.map((row) => row[0]);
    expect(labels).toEqual(['operating model', 'reports', 'resettlement', 'interaction', 'Unified − TR']);
    const parts = means.slice(0, -1).reduce((a, b) => a + b, 0);
    expect(Math.abs(parts - means.at(-1)!)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(means.at(-1)!)));

    expect(errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('refuses to run money for a scenario the editor calls invalid, beside the Run button, with no figures, and runs it once fixed', async () => {
    const { page, errors } = await openApp();
    await byTestId(page, 'open-builtin-tr').click();
    await expect.poll(() => byTestId(page, 'document-title').textContent()).toContain('tr');
    const input = byTestId(page, `param-${CAPACITY}`);
    await input.fill('-3');
    await input.press('Enter');
    await expect.poll(() => byTestId(page, 'document-title').textContent()).toContain('•');

    await showView(page, 'Money');
    const run = byTestId(page, 'money-run');
    await run.click();
    const refusal = byTestId(page, 'money-run-refusal');
    await expect.poll(() => refusal.textContent()).toContain(CAPACITY);
    expect(await refusal.textContent()).toMatch(/cannot run until these are fixed/);
    // Beside the button: in the same section, the very next thing after the row the button is in.
    const besideButton = await refusal.evaluate((el) => el.previousElementSibling?.querySelector('[data-testid="money-run"]') !== null);
    expect(besideButton).toBe(true);
    // Not at the top of the page, and nothing ran: no figures, no engine worker started.
    expect(await byTestId(page, 'notice-error').count()).toBe(0);
    for (const figure of ['money-loss-probability', 'money-distribution', 'money-crc-spread', 'money-progress']) expect(await byTestId(page, figure).count(), figure).toBe(0);
    expect(page.workers()).toEqual([]);
    await screenshot(page, 'app-money-refused.png', { fullPage: true });

    // Put the capacity back: the same button now runs, and the refusal goes.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await byTestId(page, 'money-replications').fill('2');
    await byTestId(page, 'money-scale').fill('0.01');
    await run.click();
    await page.waitForSelector('[data-testid="money-loss-probability"]', { timeout: LONG });
    expect(await refusal.count()).toBe(0);

    expect(errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('shows money and flows for a small run', async () => {
    const { page, errors } = await openApp();
    await byTestId(page, 'open-builtin-tr').click();

    await showView(page, 'Flows');
    await byTestId(page, 'flows-run').click();
    await page.waitForSelector('[data-testid="sankey-left"] .recharts-sankey-node, [data-testid="sankey-left"] svg', { timeout: LONG });
    await page.waitForSelector('[data-testid="sankey-right"] svg', { timeout: LONG });
    await screenshot(page, 'app-flows.png', { fullPage: true });

    await showView(page, 'Money');
    await byTestId(page, 'money-detail-run').click();
    await page.waitForSelector('[data-testid="money-cashflow"] svg', { timeout: LONG });
    await screenshot(page, 'app-money.png', { fullPage: true });

    expect(errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  /** Types a word into the scenario editor's filter and times each key event from input to paint (Event Timing API). */
  async function typingLatency(page: Page, word: string): Promise<{ keyEvents: number; over16ms: number; worstMs: number; medianMs: number }> {
    await showView(page, 'Scenarios');
    const filter = byTestId(page, 'param-filter');
    await filter.fill('');
    await page.evaluate(() => {
      const durations: number[] = [];
      (window as unknown as { keyDurations: number[] }).keyDurations = durations;
      // Every key event, not only slow ones: the median then means what it says.
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name === 'keydown' || entry.name === 'keyup') durations.push(entry.duration);
      }).observe({ type: 'event', buffered: false, durationThreshold: 16 } as PerformanceObserverInit);
    });
    await filter.click();
    for (const key of word) await filter.press(key, { delay: 120 });
    await page.waitForTimeout(300); // let the last entries be delivered
    expect(await filter.inputValue()).toBe(word);
    const slow = await page.evaluate(() => (window as unknown as { keyDurations: number[] }).keyDurations);
    // Entries under the 16 ms threshold are not reported: count them as 16 ms at most.
    const all = [...slow, ...Array.from({ length: Math.max(0, word.length * 2 - slow.length) }, () => 16)].sort((a, b) => a - b);
    return { keyEvents: word.length * 2, over16ms: slow.length, worstMs: all.at(-1) ?? 0, medianMs: all[Math.floor(all.length / 2)] ?? 0 };
  }

  it('runs the engine only in workers (the page never loads it), reports input latency during a national-scale run, and cancel keeps the finished work', async () => {
    const { page, errors } = await openApp();
    const workerScripts = new Set<string>();
    page.on('worker', (worker) => workerScripts.add(worker.url()));
    const idle = await typingLatency(page, 'capacity');

    await showView(page, 'Run');
    await byTestId(page, 'run-replications').fill('1');
    await byTestId(page, 'run-scale').fill('1');
    await byTestId(page, 'run-start').click();
    await page.waitForFunction(() => Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')) >= 5, undefined, {
      timeout: LONG,
    });
    await screenshot(page, 'app-run-national.png', { fullPage: true });

    // The run goes on in workers whose scripts carry the engine; the page's own scripts (all it
    // fetched but its workers' scripts) do not: the engine cannot run on the page's thread.
    expect(workerScripts.size).toBeGreaterThan(0);
    expect(await carriesEngine([...workerScripts])).toBe(true);
    const pageScripts = (await scriptsFetched(page)).filter((url) => !workerScripts.has(url));
    expect(pageScripts.length).toBeGreaterThan(0);
    expect(await carriesEngine(pageScripts)).toBe(false);

    const running = await typingLatency(page, 'capacity');

    const latency = { idle, duringNationalRun: running };
    writeFileSync(resultsFile('input-latency.json'), `${JSON.stringify(latency, null, 2)}\n`);
    console.log(`input latency (ms, key events typed into the scenario filter): ${JSON.stringify(latency)}`);

    await showView(page, 'Run');
    await byTestId(page, 'run-cancel').click();
    await phase(page, 'cancelled');
    expect(Number(await page.getByRole('progressbar').getAttribute('aria-valuenow'))).toBeLessThan(100);
    expect(await byTestId(page, 'run-progress').textContent()).toMatch(/0 of 1/);

    expect(errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});
