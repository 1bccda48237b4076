// The Published figures panel's pure parts: gathering replications' yearly measures, the comparison
// (the same numbers as model/calibration's compareSeries on the same values), the finding line,
// which series a run shows, and the chart data and CSV with their provenance.
import { describe, expect, it } from 'vitest';
import { compareSeries } from '../../model/calibration/backcast';
import { backcastSeriesFor, type BackcastSeries } from '../../model/calibration/backcastSeries';
import type { PublishedSeries } from '../../model/calibration/publishedSeries';
import type { RunResult } from '../../model';
import { chartCsv, type ChartProvenance } from '../../renderer/charts/chartData';
import { compareYearly, overlayComparisons, overlayFinding, yearlyReplications, yearSpan } from '../../renderer/lib/publishedOverlay';
import { overlayChartData, overlayProvenance } from '../../renderer/lib/publishedOverlayData';
import { publishedSeries } from '../../renderer/engine/publishedData';

const prison = backcastSeriesFor('prison-population')!;

function series(rows: [number, number, PublishedSeries['rows'][number]['basis']][]): PublishedSeries {
  return {
    name: 'prison-population',
    title: 'Prison population, England and Wales, 30 June',
    unit: 'people',
    coverage: 'England and Wales',
    description: 'test',
    rows: rows.map(([year, value, basis]) => ({ year, value, basis, confidence: 'H', source: `Source ${year}`, note: '' })),
  };
}

const PUBLISHED = series([
  [2012, 100, 'published'],
  [2013, 200, 'published'],
  [2014, 300, 'interpolated'],
  [2015, 400, 'published'],
]);

// Two replications: 2012 110/90 (mean 100, 0% off), 2013 230/250 (mean 240, 20% off),
// 2014 far off but interpolated (never judged), 2015 not in the run.
const RUNS = [
  [
    { year: 2012, value: 110 },
    { year: 2013, value: 230 },
    { year: 2014, value: 900 },
  ],
  [
    { year: 2012, value: 90 },
    { year: 2013, value: 250 },
    { year: 2014, value: 900 },
  ],
];

describe('yearlyReplications', () => {
  it('gathers each year’s value per replication, in year order, NaN where a replication lacks the year', () => {
    const gathered = yearlyReplications([[{ year: 2013, value: 2 }, { year: 2012, value: 1 }], [{ year: 2012, value: 3 }]]);
    expect(gathered).toEqual([
      { year: 2012, values: [1, 3] },
      { year: 2013, values: [2, NaN] },
    ]);
  });
});

describe('compareYearly', () => {
  it('judges published rows the run covers only, with the mean and 95% CI across replications', () => {
    const c = compareYearly(yearlyReplications(RUNS), PUBLISHED, prison);
    expect(c.comparedYears).toEqual([2012, 2013]);
    expect(c.mape).toBeCloseTo(10, 10);
    expect(c.verdict).toBe('fair');
    const y2013 = c.years.find((y) => y.year === 2013)!;
    expect(y2013.mean).toBe(240);
    // t(1) = 12.706, sd 14.142, n 2: half-width 127.06.
    expect(y2013.high - y2013.mean).toBeCloseTo(127.06, 2);
    expect(c.years.find((y) => y.year === 2015)!.n).toBe(0);
  });

  it('gives the same years, MAPE and verdict as model/calibration compareSeries on the same values', () => {
    const runs = RUNS.map((r) => ({ yearly: r }) as unknown as RunResult);
    const byRun: BackcastSeries = {
      ...prison,
      measure: (run, year) => (run as unknown as { yearly: { year: number; value: number }[] }).yearly.find((p) => p.year === year)?.value ?? NaN,
    };
    const model = compareSeries(runs, PUBLISHED, byRun);
    const ours = compareYearly(yearlyReplications(RUNS), PUBLISHED, prison);
    expect(ours.mape).toBe(model.mape);
    expect(ours.verdict).toBe(model.verdict);
    expect(ours.comparedYears).toEqual(model.comparedYears);
    expect(ours.years.map(({ year, mean, low, high, n }) => ({ year, mean, low, high, n }))).toEqual(
      model.years.map(({ year, mean, low, high, n }) => ({ year, mean, low, high, n })),
    );
  });

  it('has no band for a single run', () => {
    const c = compareYearly(yearlyReplications([RUNS[0]]), PUBLISHED, prison);
    const y = c.years[0];
    expect([y.mean, y.n, y.low, y.high]).toEqual([110, 1, NaN, NaN]);
  });
});

describe('overlayFinding', () => {
  it('states the MAPE, the years, the verdict and how many published years it rests on', () => {
    const c = compareYearly(yearlyReplications(RUNS), PUBLISHED, prison);
    expect(overlayFinding(c)).toBe('Prison population: model within 10.0% of published on average over 2012-2013 (fair; 2 published years)');
  });

  it('says one year in the singular and a poor fit as poor', () => {
    const c = compareYearly([{ year: 2013, values: [300] }], PUBLISHED, prison);
    expect(overlayFinding(c)).toBe('Prison population: model within 50.0% of published on average over 2013 (poor; 1 published year)');
  });

  it('says when the run covers no published row', () => {
    const c = compareYearly([{ year: 2014, values: [300] }], PUBLISHED, prison);
    expect(overlayFinding(c)).toBe('Prison population: no published year inside the run (only interpolated or assumed values), so not judged');
  });

  it('spans years from first to last', () => {
    expect(yearSpan([2023, 2012, 2019])).toBe('2012-2023');
  });
});

describe('overlayComparisons', () => {
  it('keeps the series the run has a year of, in the order given, and leaves out the rest', () => {
    const other = { ...PUBLISHED, name: 'probation-caseload' };
    const shown = overlayComparisons({ 'prison-population': yearlyReplications(RUNS), 'probation-caseload': [{ year: 2030, values: [1] }] }, [other, PUBLISHED], backcastSeriesFor);
    expect(shown.map((c) => c.series.name)).toEqual(['prison-population']);
    expect(overlayComparisons({}, [PUBLISHED], backcastSeriesFor)).toEqual([]);
  });
});

describe('overlayChartData', () => {
  const c = compareYearly(yearlyReplications(RUNS), PUBLISHED, prison);
  const data = overlayChartData(c);

  it('exports year, published, basis, source, model mean, low, high, and splits the markers by basis', () => {
    expect(data.columns.map((col) => col.label)).toEqual(['Year', 'Published', 'Basis', 'Source', 'Model mean', 'Model 95% CI low', 'Model 95% CI high']);
    expect(data.rows.map((r) => [r.year, r.publishedPoint, r.otherPoint])).toEqual([
      [2012, 100, null],
      [2013, 200, null],
      [2014, null, 300],
      [2015, 400, null],
    ]);
    expect(data.rows[3].mean).toBeNull();
  });

  it('writes a CSV with the run’s provenance and the series’ sources', () => {
    const run: ChartProvenance = { engineVersion: '1.0', scenarios: [{ name: 'as-happened', hash: 'h1' }], seed: 7, replications: 2, scale: 0.01 };
    const csv = chartCsv('t', data, overlayProvenance(run, c));
    expect(csv).toContain('Year,Published,Basis,Source,Model mean,Model 95% CI low,Model 95% CI high');
    expect(csv).toContain('2014,300,interpolated,Source 2014,900,');
    expect(csv).toMatch(/# sources,Source 2012 \| Source 2013 \| Source 2014 \| Source 2015/);
    expect(csv).toContain('# scenarios,as-happened (h1)');
    expect(csv).toContain('# seed,7');
    expect(csv).toContain('stock at 30 June');
  });
});

describe('publishedSeries (the bundled files)', () => {
  it('has the observed outcomes first, in the back-cast’s order, then the sentenced inputs', () => {
    const set = publishedSeries();
    expect(set.observed).toEqual(['prison-population', 'probation-caseload', 'proven-reoffending-adults']);
    expect(set.series.slice(0, 3).map((s) => s.name)).toEqual(set.observed);
    expect(set.series.slice(3).every((s) => s.name.startsWith('sentenced-'))).toBe(true);
    expect(set.series.find((s) => s.name === 'prison-population')!.rows.find((r) => r.year === 2014)!.value).toBe(85509);
  });
});
