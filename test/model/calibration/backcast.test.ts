// The back-cast's yearly measures, seed summaries and MAPE on a hand-made RunResult-like fixture:
// weekly series starting Saturday 2005-01-01 whose values are known, and quarterly cohorts whose
// pooled rate differs from the mean of their rates.
import { describe, expect, it } from 'vitest';
import type { QuarterlyCohort, RunResult } from '../../../model/runResult';
import { flowInYear, reoffendingInYear, stockOnDate } from '../../../model/calibration/yearlyMeasures';
import { meanAbsolutePercentageError, summarizeSeeds, verdictOf } from '../../../model/calibration/seedStats';
import { compareSeries } from '../../../model/calibration/backcast';
import { observedSeries } from '../../../model/calibration/backcastSeries';
import type { PublishedSeries } from '../../../model/calibration/publishedSeries';
import { isoDateOf, parseIsoDate } from '../../../model/calendar/dates';

function cohort(quarterStart: string, people: number, reoffenders: number, complete = true): QuarterlyCohort {
  const o = { people, reoffenders, reoffences: reoffenders * 3 };
  return { quarterStart, complete, all: o, byDisposal: { communityOrder: o }, byProvider: {}, byRegion: {}, provenByMonth: [] };
}

/** `weekCount` weeks from 2005-01-01; stock = week index; flow = 7 a week (one a day); prison population = 80,000 + week index. */
function fixture(weekCount: number, cohorts: QuarterlyCohort[] = []): RunResult {
  const first = parseIsoDate('2005-01-01');
  const weeks = Array.from({ length: weekCount }, (_, w) => isoDateOf(first + 7 * w));
  return {
    weeks,
    series: {
      'stock.index': weeks.map((_, w) => w),
      'flow.recalls': weeks.map(() => 7),
      'prison.population': weeks.map((_, w) => 80000 + w),
    },
    cohorts,
  } as unknown as RunResult;
}

describe('yearly measures', () => {
  it('reads a stock in the week that contains the date', () => {
    const r = fixture(105);
    // 30 June 2005 is day 180 of the run: week 25 starts 2005-06-25 and holds it.
    expect(stockOnDate(r, 'stock.index', 2005, 6, 30)).toBe(25);
    // 31 December 2005 is day 364: the first day of week 52.
    expect(stockOnDate(r, 'stock.index', 2005, 12, 31)).toBe(52);
    expect(stockOnDate(r, 'stock.index', 2004, 6, 30)).toBeNaN();
    expect(stockOnDate(r, 'stock.index', 2007, 6, 30)).toBeNaN();
  });

  it('sums a flow over the calendar year, sharing out the weeks that straddle it', () => {
    const r = fixture(105); // 735 days: 2005-01-01 to 2007-01-05
    expect(flowInYear(r, 'flow.recalls', 2005)).toBeCloseTo(365, 9);
    expect(flowInYear(r, 'flow.recalls', 2006)).toBeCloseTo(365, 9);
    expect(flowInYear(r, 'flow.recalls', 2007)).toBeNaN();
    expect(flowInYear(r, 'flow.recalls', 2004)).toBeNaN();
  });

  it('scales a year short of a few days at the run edge up to the whole year, and skips a year mostly missing', () => {
    const r = fixture(52); // 364 days: 2005 lacks 31 December
    expect(flowInYear(r, 'flow.recalls', 2005)).toBeCloseTo(365, 9);
    expect(flowInYear(fixture(50), 'flow.recalls', 2005)).toBeNaN(); // 350 days covered
  });

  it('pools the four quarterly cohorts of the year by people, and needs all four complete', () => {
    const year = [cohort('2005-01-01', 100, 50), cohort('2005-04-01', 300, 60), cohort('2005-07-01', 300, 60), cohort('2005-10-01', 300, 60)];
    const r = fixture(10, [...year, cohort('2006-01-01', 100, 10)]);
    expect(reoffendingInYear(r, 2005, [])).toBeCloseTo(230 / 1000, 12); // not the mean of rates (0.275)
    expect(reoffendingInYear(r, 2005, ['communityOrder'])).toBeCloseTo(0.23, 12);
    expect(reoffendingInYear(r, 2006, [])).toBeNaN(); // one quarter only
    const incomplete = fixture(10, [...year.slice(0, 3), cohort('2005-10-01', 300, 60, false)]);
    expect(reoffendingInYear(incomplete, 2005, [])).toBeNaN();
    expect(() => reoffendingInYear(r, 2005, ['noSuchDisposal'])).toThrow(/noSuchDisposal/);
  });
});

describe('seed summaries and the fit', () => {
  it('gives the mean and the t interval of the mean, leaving out seeds without a value', () => {
    const s = summarizeSeeds([1, 2, 3, NaN]);
    expect(s.n).toBe(3);
    expect(s.mean).toBe(2);
    expect(s.high - s.mean).toBeCloseTo(4.303 / Math.sqrt(3), 9);
    expect(summarizeSeeds([5]).low).toBeNaN();
  });

  it('computes the MAPE over the pairs both sides have, and a verdict against the tolerance', () => {
    const mape = meanAbsolutePercentageError([
      { model: 110, published: 100 },
      { model: 45, published: 50 },
      { model: NaN, published: 80 },
    ]);
    expect(mape).toBeCloseTo(10, 12);
    expect(verdictOf(mape, { good: 10, fair: 20 })).toBe('good');
    expect(verdictOf(15, { good: 10, fair: 20 })).toBe('fair');
    expect(verdictOf(25, { good: 10, fair: 20 })).toBe('poor');
    expect(verdictOf(NaN, { good: 10, fair: 20 })).toBe('no overlap');
  });

  it('judges only published rows in years the runs cover', () => {
    const runs = [fixture(105), fixture(105)];
    const series: PublishedSeries = {
      name: 'prison-population',
      title: 't',
      unit: 'people',
      coverage: 'c',
      description: 'd',
      rows: [
        { year: 2004, value: 1, basis: 'published', confidence: 'H', source: 's', note: '' }, // before the run
        { year: 2005, value: 80025 * 1.1, basis: 'published', confidence: 'H', source: 's', note: '' },
        { year: 2006, value: 1, basis: 'interpolated', confidence: 'L', source: 's', note: '' }, // never judged
      ],
    };
    const definition = observedSeries.find((s) => s.name === 'prison-population')!;
    const c = compareSeries(runs, series, definition);
    expect(c.comparedYears).toEqual([2005]);
    expect(c.years[1].mean).toBe(80025);
    expect(c.mape).toBeCloseTo((100 * 0.1) / 1.1, 9);
    expect(c.verdict).toBe('fair'); // 9.1%: above 5, within 10
  });
});
