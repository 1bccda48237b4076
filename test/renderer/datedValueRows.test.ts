// The editor's reading of dated values: which number an entry dates, its summary, the entry "Make
// dated" starts from and the point "Add a point" appends.
import { describe, expect, it } from 'vitest';
import { aYearLater, datedIndexByPath, datedSummary, datedValueOn, newDatedEntry, nextDatedPoint } from '../../renderer/lib/datedValueRows';
import { capacitySeries, ENTRANTS, entrantsSeries } from './datedValueFixtures';

describe('dated value rows', () => {
  it('summarises yearly points by their years and other points by their dates', () => {
    expect(datedSummary(entrantsSeries())).toBe('19 points 2005–2023, step');
    expect(datedSummary(capacitySeries())).toBe('2 points 2014-06-01 to 2018-04-01, linear');
    expect(datedSummary({ path: ENTRANTS, join: 'step', points: [{ date: '2012-01-01', value: 1 }], source: '' })).toBe('1 point 2012, step');
  });

  it('finds each entry by its number, the first when a number has two (the validation refuses the second)', () => {
    const values = [capacitySeries(), entrantsSeries(), entrantsSeries()];
    const map = datedIndexByPath(values);
    expect(map.get(ENTRANTS)).toBe(1);
    expect(map.get('parameters.supervision.capacityCasesPerFte')).toBe(0);
  });

  it('starts a dated value with one point on the scenario start holding the base value; whole numbers as steps', () => {
    expect(newDatedEntry(ENTRANTS, 155000, '2012-01-01', true)).toEqual({ path: ENTRANTS, join: 'step', points: [{ date: '2012-01-01', value: 155000 }], source: '' });
    expect(newDatedEntry('parameters.x', 0.5, '2012-01-01', false).join).toBe('linear');
  });

  it('adds a point a year after the last, keeping its value; 29 February becomes 28 February', () => {
    expect(nextDatedPoint(capacitySeries().points, '2012-01-01', 0)).toEqual({ date: '2019-04-01', value: 48 });
    expect(nextDatedPoint([], '2012-01-01', 7)).toEqual({ date: '2012-01-01', value: 7 });
    expect(aYearLater('2016-02-29')).toBe('2017-02-28');
    expect(aYearLater('not a date')).toBe('not a date');
  });

  it('reads the value in force on a day through the model’s definition: none before the first point, the line between points', () => {
    expect(datedValueOn(capacitySeries(), '2014-01-01')).toBeUndefined();
    expect(datedValueOn(capacitySeries(), '2014-06-01')).toBe(40);
    expect(datedValueOn(capacitySeries(), '2030-01-01')).toBe(48);
    const mid = datedValueOn(capacitySeries(), '2016-05-01')!;
    expect(mid).toBeGreaterThan(43.5);
    expect(mid).toBeLessThan(44.5);
    expect(datedValueOn(entrantsSeries(), '2012-06-30')).toBe(143_000); // a step holds 2012's value
    expect(datedValueOn({ ...capacitySeries(), path: 'not a path!' }, '2016-01-01')).toBeUndefined();
    expect(datedValueOn(capacitySeries(), 'soon')).toBeUndefined();
  });
});
