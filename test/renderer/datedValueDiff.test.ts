// Dated values in the plain-words diff: matched on the number they date, never on their place in
// the list; an added or removed entry, a changed join or source, and each differing point by date.
import { describe, expect, it } from 'vitest';
import { scenarioDiff } from '../../renderer/lib/scenarioDiff';
import { differingPoints } from '../../renderer/lib/datedValueDiff';
import { capacitySeries, entrantsSeries, withDated } from './datedValueFixtures';

const diff = (base: unknown, current: unknown) => scenarioDiff(base, current, { baselineName: 'tr' });

describe('the diff of dated values', () => {
  it('gives no line for equal dated values, whatever their order in the list', () => {
    expect(diff(withDated([entrantsSeries(), capacitySeries()]), withDated([capacitySeries(), entrantsSeries()]))).toEqual([]);
  });

  it('lists the points that differ by date, in date order, under one line for the number', () => {
    const changed = entrantsSeries();
    changed.points[11].value = 120_000; // 2016-01-01 was 139,000
    changed.points.splice(12, 1); // 2017-01-01 removed
    changed.points.push({ date: '2024-01-01', value: 100_000 });
    const lines = diff(withDated([entrantsSeries()]), withDated([changed]));
    expect(lines).toEqual([
      {
        path: 'timeline.values[0]',
        kind: 'changed',
        text: 'Population › new entrants per year: dated values differ on 3 dates',
        details: ['2016-01-01: 139,000 → 120,000', '2017-01-01: removed (tr: 138,000)', '2024-01-01: added, 100,000'],
      },
    ]);
  });

  it('says when the join or the source changed', () => {
    const lines = diff(withDated([capacitySeries()]), withDated([{ ...capacitySeries(), join: 'step', source: 'my own table' }]));
    expect(lines.map((l) => [l.path, l.text])).toEqual([
      ['timeline.values[0].join', 'Supervision › capacity cases per FTE: dated points joined step (tr: linear)'],
      ['timeline.values[0].source', 'Supervision › capacity cases per FTE: the dated values’ source is “my own table” (tr: “assumption: caseloads rose under TR”)'],
    ]);
  });

  it('names an added entry with its summary and a removed one by the number it dated', () => {
    const lines = diff(withDated([capacitySeries()]), withDated([entrantsSeries()]));
    expect(lines).toEqual([
      { path: 'timeline.values[0]', kind: 'added', text: 'Added: dated values for Population › new entrants per year: 19 points 2005–2023, step (source: data/entrants.csv)' },
      {
        path: 'parameters.supervision.capacityCasesPerFte',
        kind: 'removed',
        text: 'Removed: the dated values of Supervision › capacity cases per FTE (tr: 2 points 2014-06-01 to 2018-04-01, linear); its single value holds throughout',
      },
    ]);
  });

  it('compares points by their date as written, a value that is not a number included', () => {
    expect(differingPoints([{ date: '2016-01-01', value: 1 }], [{ date: '2016-01-01', value: Number.NaN }], 'tr')).toEqual(['2016-01-01: 1 → NaN']);
  });
});
