// What a dated value is on a day (steps, straight lines, before the first point and after the
// last), the parameters in force on a day (copies only what a dated path touches, never writes
// its input), and the days on which the engine re-reads them.
import { describe, expect, it } from 'vitest';
import { changeDays, datedSeriesOf, parametersOn, scenarioParametersOn, valueOn } from '../../../model/scenario/datedValues';
import { parseIsoDate } from '../../../model/calendar/dates';
import type { DatedValue } from '../../../model/scenario/schema';
import { minimalScenario } from '../../fixtures/minimalScenario';

const day = parseIsoDate;
const entry = (join: DatedValue['join'], points: [string, number][], path = 'parameters.population.newEntrantsPerYear'): DatedValue => ({
  path,
  join,
  points: points.map(([date, value]) => ({ date, value })),
  source: 'test',
});

describe('valueOn', () => {
  const points: [string, number][] = [['2010-01-01', 100], ['2010-01-11', 200], ['2010-01-21', 150]];

  it('holds a step from its date to the next point, and the last point after it', () => {
    const s = datedSeriesOf(entry('step', points));
    expect(valueOn(s, day('2009-12-31'))).toBeUndefined();
    expect(valueOn(s, day('2010-01-01'))).toBe(100);
    expect(valueOn(s, day('2010-01-10'))).toBe(100);
    expect(valueOn(s, day('2010-01-11'))).toBe(200);
    expect(valueOn(s, day('2030-01-01'))).toBe(150);
  });

  it('joins points by straight lines, exact at each point', () => {
    const s = datedSeriesOf(entry('linear', points));
    expect(valueOn(s, day('2009-12-31'))).toBeUndefined();
    expect(valueOn(s, day('2010-01-01'))).toBe(100);
    expect(valueOn(s, day('2010-01-06'))).toBe(150);
    expect(valueOn(s, day('2010-01-11'))).toBe(200);
    expect(valueOn(s, day('2010-01-16'))).toBe(175);
    expect(valueOn(s, day('2011-01-01'))).toBe(150);
  });
});

describe('parametersOn', () => {
  it('sets each begun value in a copy, shares what no dated path touches, and never writes its input', () => {
    const base = minimalScenario().parameters;
    const before = JSON.stringify(base);
    const series = [entry('step', [['2014-01-01', 90_000]]), entry('step', [['2016-01-01', 3]], 'parameters.court.custodyBands.over4y.maxMonths')].map(datedSeriesOf);
    const on2015 = parametersOn(base, series, day('2015-06-01'));
    expect(on2015.population.newEntrantsPerYear).toBe(90_000);
    expect(on2015.court.custodyBands.over4y.maxMonths).toBe(base.court.custodyBands.over4y.maxMonths);
    expect(on2015.offending).toBe(base.offending); // untouched: shared
    expect(on2015.population).not.toBe(base.population);
    expect(parametersOn(base, series, day('2016-01-01')).court.custodyBands.over4y.maxMonths).toBe(3);
    expect(parametersOn(base, series, day('2013-12-31'))).toEqual(base);
    expect(JSON.stringify(base)).toBe(before);
  });

  it('is the given object itself when nothing is dated', () => {
    const scenario = minimalScenario();
    expect(scenarioParametersOn(scenario, day('2015-01-01'))).toBe(scenario.parameters);
  });
});

describe('changeDays', () => {
  it("gives each point's date and, along a linear join only, the first of every month between points", () => {
    const months = ['2010-02-01', '2010-03-01', '2010-04-01', '2010-05-01'].map(day);
    const linear = datedSeriesOf(entry('linear', [['2010-01-15', 1], ['2010-03-15', 2]]));
    const step = datedSeriesOf(entry('step', [['2010-04-10', 1]]));
    expect(changeDays([linear, step], day('2010-01-01'), day('2010-12-31'), months)).toEqual(
      ['2010-01-15', '2010-02-01', '2010-03-01', '2010-03-15', '2010-04-10'].map(day),
    );
    // Days on or before the first simulated day are in the initial parameters, and none after the last is needed.
    expect(changeDays([linear, step], day('2010-02-01'), day('2010-03-31'), months)).toEqual(['2010-03-01', '2010-03-15'].map(day));
  });
});
