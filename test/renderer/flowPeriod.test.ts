// Periods of the Flows view: named by their first day, shared by both sides, with a fallback.
import { describe, expect, it } from 'vitest';
import { commonYears, effectivePeriod, periodMatrix, periodOptions, periodPhrase, reportedYears, yearLabel } from '../../renderer/lib/flowPeriod';
import type { FlowMatrix } from '../../renderer/engine';

const flows = (years: string[]): FlowMatrix => ({
  stages: ['a', 'b'],
  counts: [[0, 3], [1, 0]],
  years,
  byYear: years.map((_, i) => [[0, i], [1, 0]]),
});

describe('periods', () => {
  it('lists the years a scenario reports, as the engine names them', () => {
    expect(reportedYears({ start: '2012-01-01', years: 3 })).toEqual(['2012-01-01', '2013-01-01', '2014-01-01']);
    expect(reportedYears({ start: '2014-06-01', years: 2 })).toEqual(['2014-06-01', '2015-06-01']);
  });
  it('offers the whole window and each year, calendar years by number', () => {
    const options = periodOptions(['2012-01-01', '2013-01-01']);
    expect(options).toEqual([
      { value: 'all', label: 'Whole window (2012–2013)' },
      { value: '2012-01-01', label: '2012' },
      { value: '2013-01-01', label: '2013' },
    ]);
    expect(yearLabel('2014-06-01')).toBe('year from 1 Jun 2014');
    expect(periodPhrase('2019-01-01')).toBe('in 2019');
    expect(periodPhrase('all')).toBe('over the whole window');
  });
  it('compares only years both sides have, and falls back to the whole window', () => {
    expect(commonYears([flows(['2012-01-01', '2013-01-01']), flows(['2013-01-01', '2014-01-01'])])).toEqual(['2013-01-01']);
    expect(effectivePeriod('2012-01-01', ['2013-01-01'])).toBe('all');
    expect(effectivePeriod('2013-01-01', ['2013-01-01'])).toBe('2013-01-01');
  });
  it('picks the matrix of the period', () => {
    const f = flows(['2012-01-01', '2013-01-01']);
    expect(periodMatrix(f, 'all')).toBe(f.counts);
    expect(periodMatrix(f, '2013-01-01')[0][1]).toBe(1);
    expect(() => periodMatrix(f, '2020-01-01')).toThrow(/no reported year starting 2020-01-01/);
  });
});
