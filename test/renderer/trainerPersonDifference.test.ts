// Where the same person's routes part under two scenarios, and the words for it.
import { describe, expect, it } from 'vitest';
import { differenceWords, routeDifference } from '../../renderer/lib/trainerPersonDifference';
import { ev } from './trainerPersonFixtures';

const names = { left: 'tr', right: 'unified' };
const start = [ev('2015-01-01', 'offence', 'atLiberty', '', '1 offence(s); court hearing in 61 days'), ev('2015-03-03', 'court', 'atLiberty', '', 'convicted of 1 offence(s) with no report')];

describe('the first difference', () => {
  it('is where the providers part, said as the case going to each', () => {
    const left = [...start, ev('2015-03-03', 'sentenced', 'communityOrder', 'Kent, Surrey and Sussex CRC')];
    const right = [...start, ev('2015-03-03', 'sentenced', 'communityOrder', 'NPS Kent, Surrey and Sussex')];
    const d = routeDifference(left, right);
    expect(d).toEqual({ level: 'route', index: 2, date: '2015-03-03' });
    expect(differenceWords(left, right, names, d)).toBe(
      'From 3 March 2015 their routes differ: under tr the case goes to Kent, Surrey and Sussex CRC; under unified to NPS Kent, Surrey and Sussex.',
    );
  });
  it('is dated by the earlier event when the two differ in kind and date, each side in its own words', () => {
    const left = [...start, ev('2015-03-03', 'sentenced', 'custody', 'London Probation Trust', 'sentenced: custody of 40 months; release due 2018-07-03, pre-release case managed by London Probation Trust')];
    // The courts differ only in date and report: the route is the same there, so the difference is the sentence.
    const sameCourt = [start[0], ev('2015-03-27', 'court', 'atLiberty', '', 'convicted of 1 offence(s) with an oral report'), ev('2015-03-27', 'sentenced', 'atLiberty', '', 'a fine or discharge (no probation involvement)')];
    const d2 = routeDifference(left, sameCourt);
    expect(d2).toEqual({ level: 'route', index: 2, date: '2015-03-03' });
    expect(differenceWords(left, sameCourt, names, d2)).toBe(
      'From 3 March 2015 their routes differ. Under tr, on 3 March 2015: custody of 40 months; release due 3 July 2018, pre-release case managed by London Probation Trust. ' +
        'Under unified, on 27 March 2015: a fine or discharge (no probation involvement).',
    );
  });
  it('says when one journey has no more events', () => {
    const left = [...start, ev('2021-06-26', 'reallocated', 'licence', 'NPS London', 'case moved to NPS London as the operating model changed')];
    const d = routeDifference(start, left);
    expect(d).toEqual({ level: 'route', index: 2, date: '2021-06-26' });
    expect(differenceWords(start, left, { left: 'tr', right: 'as-happened' }, d)).toBe(
      'From 26 June 2021 their routes differ. Under tr, nothing more is recorded. Under as-happened, on 26 June 2021: case moved to NPS London as the operating model changed.',
    );
  });
  it('heads an offence, whose detail alone does not say what happened', () => {
    const left = [...start, ev('2016-05-01', 'offence', 'atLiberty', '', '2 offence(s); court hearing in 56 days')];
    const right = [...start, ev('2016-07-01', 'desisted', 'left', '', 'no proven offence for the desistance period: leaves the model')];
    expect(differenceWords(left, right, names, routeDifference(left, right))).toBe(
      'From 1 May 2016 their routes differ. Under tr, on 1 May 2016: reoffended (2 offences; court hearing in 56 days). ' +
        'Under unified, on 1 July 2016: no proven offence for the desistance period: leaves the model.',
    );
  });
  it('tells a difference of timing or detail from a difference of route', () => {
    const later = [start[0], { ...start[1], date: '2015-04-01' }];
    const d = routeDifference(start, later);
    expect(d).toEqual({ level: 'detail', index: 1, date: '2015-03-03' });
    expect(differenceWords(start, later, names, d)).toBe('Under tr and unified they take the same route; from 3 March 2015 the dates or details differ.');
  });
  it('is none for identical journeys', () => {
    expect(routeDifference(start, [...start])).toBeNull();
    expect(differenceWords(start, start, names, null)).toBe('Their journeys are identical under tr and unified.');
    expect(routeDifference([], [])).toBeNull();
  });
});
