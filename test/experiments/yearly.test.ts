// A replication's yearly measures of published series: measured by model/calibration's own
// definitions, years the run does not cover left out, unknown names refused; the cache tells
// a job that asks for them from one that does not.
import { describe, expect, it } from 'vitest';
import { yearlyMeasures } from '../../experiments/yearly';
import { cacheKeyFunction } from '../../experiments/cache';
import { stockOnDate } from '../../model/calibration/yearlyMeasures';
import { epochDayOf, isoDateOf } from '../../model/calendar/dates';
import type { RunResult } from '../../model';
import { builtInScenarios } from '../../scenarios';
import { restoreScenario } from '../../model';

/** Weekly stocks from Monday 2 January 2012 to late January 2015: week w holds w. */
function fakeRun(): RunResult {
  const first = epochDayOf(2012, 1, 2);
  const weeks = Array.from({ length: 160 }, (_, w) => isoDateOf(first + 7 * w));
  const values = weeks.map((_, w) => w);
  return { weeks, series: { 'prison.population': values, 'caseload.total': values }, cohorts: [] } as unknown as RunResult;
}

describe('yearlyMeasures', () => {
  it('measures each covered year as the back-cast does and leaves out years the run lacks', () => {
    const run = fakeRun();
    const yearly = yearlyMeasures(run, ['prison-population', 'proven-reoffending-adults']);
    // The weeks reach January 2015 but not 30 June 2015: 2015 is left out.
    expect(run.weeks.at(-1)!.slice(0, 4)).toBe('2015');
    expect(yearly['prison-population'].map((p) => p.year)).toEqual([2012, 2013, 2014]);
    for (const { year, value } of yearly['prison-population']) expect(value).toBe(stockOnDate(run, 'prison.population', year, 6, 30));
    // No complete cohort year in this run: nothing, rather than NaN.
    expect(yearly['proven-reoffending-adults']).toEqual([]);
  });

  it('refuses a series the model has no measure of, naming it', () => {
    expect(() => yearlyMeasures(fakeRun(), ['prison-populaton'])).toThrow(/yearly measure 'prison-populaton'/);
  });
});

describe('cache key', () => {
  it('differs when a job asks for yearly measures', () => {
    const scenario = restoreScenario(builtInScenarios['tr']);
    const key = cacheKeyFunction();
    expect(key({ scenario, seed: 1, replication: 0 })).not.toBe(key({ scenario, seed: 1, replication: 0, yearly: ['prison-population'] }));
  });
});
