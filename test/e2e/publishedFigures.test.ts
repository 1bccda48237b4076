// The Run view's Published figures panel end to end in real Chromium: open as-happened, run two
// replications at a small scale, and see the prison population beside its published points
// (filled markers for published years, hollow for interpolated ones, the source on hover) under the
// finding line, the same words Node computes from the same two replications; the chart's CSV
// carries the columns and the provenance (the run's and the series' sources); the people-sentenced
// inputs open from their closed section. No console errors.
// Screenshots at 1400×900 and 1024×700 go to test-results/ to be looked at.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreScenario } from '../../model';
import { backcastSeriesFor } from '../../model/calibration/backcastSeries';
import { builtInScenarios } from '../../scenarios';
import { runReplication } from '../../experiments/replication';
import { loadPublishedSeries } from '../../scripts/backcast/loadSeries';
import { compareYearly, overlayFinding, yearlyReplications } from '../../renderer/lib/publishedOverlay';
import { skipBrowserTests } from './support/chromium';
import { appInChromium, byTestId, screenshot } from './support/appInChromium';

const LONG = 120_000;
const SCALE = 0.01;
const SEED = 11;


/** The finding Node gives for the same two replications, through the same code. */
function nodeFinding(): string {
  const built = restoreScenario(builtInScenarios['as-happened']);
  const scenario = { ...built, simulation: { ...built.simulation, scale: SCALE } };
  const runs = [0, 1].map((replication) => runReplication({ scenario, seed: SEED, replication, yearly: ['prison-population'] }).yearly!['prison-population']);
  const series = loadPublishedSeries().find((s) => s.name === 'prison-population')!;
  return overlayFinding(compareYearly(yearlyReplications(runs), series, backcastSeriesFor('prison-population')!));
}

describe.skipIf(skipBrowserTests)('the Published figures panel in Chromium', () => {
  const app = appInChromium();

  it('shows the prison population beside its published points with the finding line, its sources and its CSV', { timeout: 4 * LONG }, async () => {
    const expected = nodeFinding();
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(app.url);
    await page.waitForSelector('[data-testid="document-title"]');
    await byTestId(page, 'open-builtin-as-happened').click();
    await expect.poll(() => byTestId(page, 'document-title').textContent()).toContain('as-happened');
    await page.getByRole('tab', { name: 'Run' }).click();
    await byTestId(page, 'run-replications').fill('2');
    await byTestId(page, 'run-scale').fill(String(SCALE));
    await byTestId(page, 'run-seed').fill(String(SEED));
    await byTestId(page, 'run-start').click();
    await page.waitForSelector('.view .job-progress[data-phase="done"]', { timeout: LONG });

    const figure = byTestId(page, 'published-chart-prison-population');
    await figure.scrollIntoViewIfNeeded();
    // The panel follows the results as replications finish: wait for both to be in.
    await expect.poll(() => figure.locator('.chart-subtitle').textContent(), { timeout: LONG }).toContain('model mean of 2 replications');
    const title = (await figure.locator('[data-testid="chart-title"]').textContent()) ?? '';
    expect(title).toMatch(/^Prison population: model within \d+\.\d% of published on average over 2012-2023 \((good|fair|poor); 10 published years\)$/);
    expect(title).toBe(expected);

    // 2010-2023: twelve published rows (filled), 2020 and 2021 interpolated (hollow), each titled with its source.
    await expect.poll(() => figure.locator('circle.overlay-published').count(), { timeout: LONG }).toBe(12);
    expect(await figure.locator('circle.overlay-assumed').count()).toBe(2);
    expect(await figure.locator('circle.overlay-assumed[data-year="2020"] title').textContent()).toBe('2020, interpolated: linear between 30 June 2019 and 30 June 2022');
    expect(await figure.locator('.overlay-legend').textContent()).toContain('Published (filled)');
    expect(await figure.locator('.overlay-legend').textContent()).toContain('95% CI of the mean');

    // Hovering a published year shows the model's figure and the published one with its source.
    await figure.locator('circle.overlay-published[data-year="2014"]').hover();
    const tooltip = figure.locator('.overlay-tooltip');
    await expect.poll(() => tooltip.textContent()).toContain('Published: 85,509 (published)');
    expect(await tooltip.textContent()).toContain('Source: Written answer, Ministry of Justice');
    expect(await tooltip.textContent()).toMatch(/Model: [\d,]+ \(95% CI [\d,]+–[\d,]+\)/);
    await screenshot(page, 'published-figures-1400.png');

    // The other observed series the run overlaps are there too, each with a finding line.
    for (const name of ['probation-caseload', 'proven-reoffending-adults']) {
      expect(await byTestId(page, `published-chart-${name}`).locator('[data-testid="chart-title"]').textContent()).toMatch(/: (model within|no published year)/);
    }

    // The people-sentenced inputs sit in a closed section; opened, each has its chart and finding.
    await page.locator('.published-inputs > summary').click();
    const sentenced = byTestId(page, 'published-chart-sentenced-community-orders');
    await sentenced.scrollIntoViewIfNeeded();
    expect(await sentenced.locator('[data-testid="chart-title"]').textContent()).toMatch(/^People given a community sentence: model within \d+\.\d% of published on average over 2012-\d{4} \((good|fair|poor); \d+ published years\)$/);
    await screenshot(page, 'published-figures-inputs-1400.png');

    await figure.scrollIntoViewIfNeeded();
    const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('Year,Published,Basis,Source,Model mean,Model 95% CI low,Model 95% CI high');
    expect(csv).toMatch(/\r\n2014,85509,published,"Written answer[^\r\n]*",\d+(\.\d+)?,\d+(\.\d+)?,\d+(\.\d+)?\r\n/);
    expect(csv).toContain('# scenarios,as-happened (');
    expect(csv).toContain('# replications,2');
    expect(csv).toMatch(/# sources,"Written answer[^\r\n]*OMSQ January to March 2022/);

    await page.setViewportSize({ width: 1024, height: 700 });
    await figure.scrollIntoViewIfNeeded();
    await screenshot(page, 'published-figures-1024.png');
    expect(errors).toEqual([]);
    await context.close();
  });
});
