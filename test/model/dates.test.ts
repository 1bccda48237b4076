import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addYears, isoDateOf, parseIsoDate, quarterIndexOf, quarterStartOf } from '../../model/calendar/dates';

describe('civil dates', () => {
  it('round-trip every day from 1900 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 47482 }), (day) => {
        expect(parseIsoDate(isoDateOf(day))).toBe(day);
      }),
    );
  });

  it('know the epoch, leap days and invalid dates', () => {
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(isoDateOf(parseIsoDate('2016-02-29') + 1)).toBe('2016-03-01');
    expect(parseIsoDate('2015-02-29')).toBeNaN();
    expect(parseIsoDate('2021-13-01')).toBeNaN();
    expect(parseIsoDate('21-06-26')).toBeNaN();
  });

  it('add years and find quarters', () => {
    expect(isoDateOf(addYears(parseIsoDate('2012-01-01'), -8))).toBe('2004-01-01');
    const q = quarterIndexOf(parseIsoDate('2014-06-01'));
    expect(isoDateOf(quarterStartOf(q))).toBe('2014-04-01');
    expect(isoDateOf(quarterStartOf(q + 1))).toBe('2014-07-01');
  });
});
