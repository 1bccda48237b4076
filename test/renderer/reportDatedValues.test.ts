// The report's dated values: a row per number (label, join, first and last point, count, source),
// and the points in compact tables of at most 10 date columns, years when every point is a
// 1 January; 16 series of 19 yearly points make two tables of 16 rows.
import { describe, expect, it } from 'vitest';
import { COLUMNS_PER_TABLE, compactValue, reportDatedValues } from '../../renderer/lib/reportDatedValues';
import { buildReportHtml } from '../../renderer/lib/reportHtml';
import { pathLabel } from '../../renderer/lib/parameterLabels';
import { parameterDoc, type DatedValue } from '../../renderer/engine';
import { scenarioAssumptions } from '../../renderer/lib/reportAssumptions';
import { capacitySeries, ENTRANTS, entrantsSeries, withDated, yearlyPoints } from './datedValueFixtures';

const tools = { labelOf: pathLabel, unitOf: (path: string) => (path === ENTRANTS ? 'people per year' : '') };

describe('the report’s dated values', () => {
  it('gives each number its label, join, first and last point, count and source', () => {
    const { rows } = reportDatedValues([entrantsSeries(), { ...capacitySeries(), source: '' }], tools);
    expect(rows).toEqual([
      { path: ENTRANTS, label: 'Population › new entrants per year', join: 'step', first: '2005-01-01: 150,000', last: '2023-01-01: 132,000', count: 19, source: 'data/entrants.csv', unit: 'people per year' },
      { path: 'parameters.supervision.capacityCasesPerFte', label: 'Supervision › capacity cases per FTE', join: 'linear', first: '2014-06-01: 40', last: '2018-04-01: 48', count: 2, source: 'not given', unit: '' },
    ]);
  });

  it('keeps 16 series of 19 yearly points readable: two tables of year columns, a row per series', () => {
    const series: DatedValue[] = Array.from({ length: 16 }, (_, i) => ({ path: `parameters.s${i}`, join: 'linear', points: yearlyPoints(2005, 2023, (y) => 1000 * i + y + 0.123), source: 's' }));
    const { tables } = reportDatedValues(series, tools);
    expect(tables.map((t) => t.columns.length)).toEqual([COLUMNS_PER_TABLE, 9]);
    expect(tables[0].columns.slice(0, 2)).toEqual(['2005', '2006']);
    expect(tables[1].columns.at(-1)).toBe('2023');
    expect(tables.every((t) => t.rows.length === 16)).toBe(true);
    expect(tables[0].rows[3].cells[0]).toBe('5,005'); // 3000 + 2005.123, whole at this size
    expect(tables[0].rows[0].cells[0]).toBe('2,005');
  });

  it('shows dates as columns when some point is not on a 1 January, with a blank where a series has no point', () => {
    const { tables } = reportDatedValues([capacitySeries(), { ...entrantsSeries(), points: entrantsSeries().points.slice(9, 11) }], tools);
    expect(tables).toHaveLength(1);
    expect(tables[0].columns).toEqual(['2014-01-01', '2014-06-01', '2015-01-01', '2018-04-01']);
    expect(tables[0].rows.map((r) => r.cells)).toEqual([
      ['', '40', '', '48'],
      ['141,000', '', '140,000', ''],
    ]);
  });

  it('writes small numbers to four significant digits', () => {
    expect(compactValue(0.123456)).toBe('0.1235');
    expect(compactValue(45)).toBe('45');
    expect(compactValue(1234567.8)).toBe('1,234,568');
  });

  it('appears in the report’s assumptions section, and says so when nothing is dated', () => {
    const html = buildReportHtml({
      title: 't', generatedAt: 'now', scenario: { name: 'n', hash: 'h', description: '', baselineName: 'tr', baselineHash: 'h' }, differences: [], timeline: [], simulation: [],
      assumptions: { groups: [], changed: [], otherCount: 0 },
      datedValues: reportDatedValues([entrantsSeries()], tools),
      charts: [], views: [], uncertainty: [], provenance: [],
    });
    expect(html).toContain('<h3>Values that change at dates</h3>');
    expect(html).toContain('<td>Population › new entrants per year (people per year)</td><td>step</td><td>2005-01-01: 150,000</td><td>2023-01-01: 132,000</td><td>19</td><td>data/entrants.csv</td>');
    expect(html).toContain('<table class="dated-points"><thead><tr><th scope="col">Parameter</th><th scope="col">2005</th>');
    const empty = reportDatedValues([], tools);
    expect(empty).toEqual({ rows: [], tables: [] });
  });

  it('leaves the points out of the assumptions’ count of other values (they have their own table)', () => {
    const assumptionTools = { docOf: parameterDoc, groupOf: () => 'g', labelOf: pathLabel, valueOf: (v: unknown) => String(v) };
    const plain = scenarioAssumptions(withDated([]), withDated([]), assumptionTools);
    const dated = scenarioAssumptions(withDated([entrantsSeries(), capacitySeries()]), withDated([]), assumptionTools);
    expect(dated.otherCount).toBe(plain.otherCount);
    expect(dated.changed).toEqual(plain.changed);
  });
});
