// Dated parameter values end to end in real Chromium: in the Scenarios editor, make a number dated,
// add a point, type a bad value and see it refused on its own cell (kept as typed, the problem
// summary linking to it), undo it, and see the dated value in the diff, with no console errors.
// Screenshots at 1400×900 and 1024×700 go to test-results/ to be looked at.
import { describe, expect, it } from 'vitest';
import { builtInScenarios } from '../../scenarios';
import { skipBrowserTests } from './support/chromium';
import { appInChromium, byTestId, screenshot } from './support/appInChromium';

const ENTRANTS = 'parameters.population.newEntrantsPerYear';
/** A number the built-ins do not date (they date the published series: docs/parameters.md, "The real years"). */
const CAPACITY = 'parameters.supervision.capacityCasesPerFte';
/** The new entry comes after tr's own dated values. */
const NEW_ENTRY = (builtInScenarios.tr as { timeline: { values: unknown[] } }).timeline.values.length;
const VALUE_1 = `timeline.values[${NEW_ENTRY}].points[1].value`;


describe.skipIf(skipBrowserTests)('dated values in Chromium', () => {
  const app = appInChromium();

  it('makes a number dated, adds a point, refuses a bad value on its cell, undoes it and shows the dated value in the diff', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(app.url);
    await page.waitForSelector('[data-testid="document-title"]');
    await byTestId(page, 'open-builtin-tr').click();
    await expect.poll(() => byTestId(page, 'document-title').textContent()).toContain('tr');
    await byTestId(page, 'param-filter').fill('capacity cases per FTE');

    await byTestId(page, `make-dated-${CAPACITY}`).click();
    const summary = byTestId(page, `dated-summary-${CAPACITY}`);
    await expect.poll(() => summary.textContent()).toBe('1 point 2012, linear');
    await expect.poll(() => byTestId(page, 'document-title').textContent()).toContain('•');

    await byTestId(page, `dated-add-${CAPACITY}`).click();
    await expect.poll(() => summary.textContent()).toBe('2 points 2012–2013, linear');
    const cell = byTestId(page, `param-${VALUE_1}`);
    const original = await cell.inputValue();
    expect(Number(original)).toBeGreaterThan(0);

    await cell.fill('-5');
    await cell.press('Enter');
    const error = byTestId(page, `param-error-${VALUE_1}`);
    await expect.poll(() => error.count()).toBe(1);
    expect(await error.textContent()).toMatch(/-5 on 2013-01-01/);
    expect(await cell.getAttribute('aria-invalid')).toBe('true');
    // The error sits in the row of the point it names, and the base value is not marked.
    expect(await byTestId(page, `dated-row-${CAPACITY}-1`).locator(`[data-testid="param-error-${VALUE_1}"]`).count()).toBe(1);
    expect(await byTestId(page, `param-${CAPACITY}`).getAttribute('aria-invalid')).toBe('false');
    expect(await byTestId(page, 'scenario-problems').textContent()).toContain('Supervision › capacity cases per FTE › dated point 2 › value: ');
    // The summary's link leads to the cell itself.
    await byTestId(page, 'param-filter').fill('');
    await byTestId(page, 'scenario-problems').getByRole('link', { name: /dated point 2 › value/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`field-${VALUE_1}`);
    await screenshot(page, 'dated-values-refused-1400.png');

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => cell.inputValue()).toBe(original);
    await expect.poll(() => error.count()).toBe(0);
    expect(await byTestId(page, 'scenario-valid').count()).toBe(1);

    const diff = byTestId(page, 'scenario-diff');
    await expect.poll(() => diff.textContent()).toContain('Added: dated values for Supervision › capacity cases per FTE: 2 points 2012–2013, linear');
    await screenshot(page, 'dated-values-diff-1400.png');
    await page.setViewportSize({ width: 1024, height: 700 });
    await byTestId(page, `dated-${CAPACITY}`).scrollIntoViewIfNeeded();
    await screenshot(page, 'dated-values-1024.png');

    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('opens a file with yearly series: each number says it is dated, its points fold away, and the diff lists them', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(app.url);
    await page.waitForSelector('[data-testid="document-title"]');
    const file = JSON.parse(JSON.stringify(builtInScenarios.tr));
    const years = Array.from({ length: 19 }, (_, i) => 2005 + i);
    file.timeline.values = [
      { path: ENTRANTS, join: 'linear', points: years.map((y) => ({ date: `${y}-01-01`, value: 160_000 - (y - 2005) * 1_500 })), source: 'data/entrants.csv' },
      { path: 'parameters.supervision.capacityCasesPerFte', join: 'step', points: years.map((y) => ({ date: `${y}-01-01`, value: 38 + (y % 4) })), source: 'assumption: test' },
    ];
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).first().click()]);
    await chooser.setFiles({ name: 'dated.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => byTestId(page, 'scenario-diff').textContent()).toContain('dated values');
    await byTestId(page, 'group-entrants').click(); // 28 parameters: closed at first
    const summary = byTestId(page, `dated-summary-${ENTRANTS}`);
    await expect.poll(() => summary.count()).toBe(1);
    expect(await summary.textContent()).toBe('19 points 2005–2023, linear');
    // 19 points fold away until asked for.
    expect(await byTestId(page, `dated-row-${ENTRANTS}-0`).count()).toBe(0);
    await byTestId(page, `dated-${ENTRANTS}`).getByRole('button', { name: 'Edit points' }).click();
    expect(await byTestId(page, `dated-row-${ENTRANTS}-18`).count()).toBe(1);
    const diff = await byTestId(page, 'scenario-diff').textContent();
    // The baseline dates the entrants too (its published series), so theirs differ point by point.
    expect(diff).toContain('Population › new entrants per year');
    expect(diff).toContain('data/entrants.csv');
    expect(diff).toContain('Added: dated values for Supervision › capacity cases per FTE: 19 points 2005–2023, step');
    await byTestId(page, `dated-${ENTRANTS}`).scrollIntoViewIfNeeded();
    await screenshot(page, 'dated-values-series-1400.png');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
