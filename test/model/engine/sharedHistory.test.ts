// When runs share their history: the built-in pairs agree until the first day their timelines
// make a difference; money and labels never matter; parameters or settings that differ share
// nothing; timelines written differently but doing the same share everything; a change that moves
// the operating model and back on one day still makes that day differ (cases were re-allocated).
import { describe, expect, it } from 'vitest';
import { sharedHistory } from '../../../model/index';
import { firstDayOfDifference } from '../../../model/engine/sharedHistory';
import { parseIsoDate } from '../../../model/calendar/dates';
import { builtIn } from '../../helpers/scenarios';

describe('sharedHistory', () => {
  it('finds where the built-in histories part', () => {
    expect(sharedHistory(builtIn('tr'), builtIn('unified'))).toEqual({ kind: 'until', until: '2012-01-01' });
    expect(sharedHistory(builtIn('trusts'), builtIn('tr'))).toEqual({ kind: 'until', until: '2014-06-01' });
    expect(sharedHistory(builtIn('tr'), builtIn('as-happened'))).toEqual({ kind: 'until', until: '2021-06-26' });
  });

  it('ignores money, names and descriptions', () => {
    const tr = builtIn('tr');
    const asHappened = builtIn('as-happened');
    const relabelled = { ...tr, name: 'other', description: 'x', money: asHappened.money };
    expect(sharedHistory(tr, relabelled)).toEqual({ kind: 'whole' });
  });

  it('shares nothing when a parameter or a setting differs', () => {
    const tr = builtIn('tr');
    const busier = structuredClone(tr);
    busier.parameters.population.newEntrantsPerYear *= 1.01;
    expect(sharedHistory(tr, busier)).toEqual({ kind: 'none' });
    expect(sharedHistory(tr, { ...tr, simulation: { ...tr.simulation, warmupYears: 7 } })).toEqual({ kind: 'none' });
  });

  it('shares nothing when the dated values differ, and still shares when only the switches part later', () => {
    const tr = builtIn('tr');
    const other = structuredClone(tr);
    other.timeline.values[0].points[18].value += 1; // the entrants of 2023
    expect(sharedHistory(tr, other)).toEqual({ kind: 'none' });
    expect(sharedHistory(tr, builtIn('as-happened'))).toEqual({ kind: 'until', until: '2021-06-26' });
  });

  it('shares nothing when the runs differ from the first day', () => {
    const tr = builtIn('tr');
    const unifiedFromStart = structuredClone(tr);
    unifiedFromStart.timeline.initial.operatingModel = 'unified';
    expect(sharedHistory(tr, unifiedFromStart)).toEqual({ kind: 'none' });
  });

  it('judges timelines by what they do, not how they are written', () => {
    const tr = builtIn('tr');
    const first = parseIsoDate('2004-01-01');
    const redundant = structuredClone(tr.timeline);
    redundant.changes.push({ date: '2010-03-01', label: 'restates what is in force', set: { operatingModel: 'trusts' } });
    expect(firstDayOfDifference(tr.timeline, redundant, first)).toBe(Infinity);
    const thereAndBack = structuredClone(tr.timeline);
    thereAndBack.changes.push(
      { date: '2010-03-01', label: 'a day of TR', set: { operatingModel: 'tr' } },
      { date: '2010-03-01', label: 'and back', set: { operatingModel: 'trusts' } },
    );
    expect(firstDayOfDifference(tr.timeline, thereAndBack, first)).toBe(parseIsoDate('2010-03-01'));
  });
});
