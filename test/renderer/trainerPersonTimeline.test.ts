// A journey as rows by date: two journeys aligned on shared dates, each side's events in exactly
// the order the engine recorded them, gaps between rows with where each side stood.
import { describe, expect, it } from 'vitest';
import { alignByDate, timelineRows, type DateRow, type TimelineRow } from '../../renderer/lib/trainerPersonTimeline';
import { runSimulation } from '../../model/index';
import { small } from '../helpers/scenarios';
import { ev } from './trainerPersonFixtures';

const flatten = (rows: TimelineRow[], side: 'left' | 'right') => rows.flatMap((r) => (r.type === 'date' ? r[side].map((e) => e.index) : []));

const tr = [
  ev('2012-01-01', 'offence', 'atLiberty'),
  ev('2012-01-07', 'court', 'atLiberty'),
  ev('2012-01-07', 'sentenced', 'suspendedOrder', 'Kent Probation Trust'),
  ev('2013-01-25', 'orderEnded', 'atLiberty'),
  ev('2014-01-07', 'desisted', 'left'),
];
const unified = [
  ev('2012-01-01', 'offence', 'atLiberty'),
  ev('2012-02-13', 'court', 'atLiberty'),
  ev('2012-02-13', 'sentenced', 'custody', 'NPS South East'),
  ev('2013-01-25', 'released', 'licence', 'NPS South East'),
];

describe('aligning two journeys by date', () => {
  it('puts events of the same date on the same row, earlier dates first', () => {
    const rows = alignByDate(tr, unified);
    expect(rows.map((r) => [r.date, r.left.length, r.right.length])).toEqual([
      ['2012-01-01', 1, 1],
      ['2012-01-07', 2, 0],
      ['2012-02-13', 0, 2],
      ['2013-01-25', 1, 1],
      ['2014-01-07', 1, 0],
    ]);
  });
  it('lays out one journey alone by the same rule', () => {
    const rows = alignByDate(tr, []);
    expect(rows.map((r) => r.date)).toEqual(['2012-01-01', '2012-01-07', '2013-01-25', '2014-01-07']);
    expect(rows.every((r) => r.right.length === 0)).toBe(true);
  });
  it('never re-sorts a side: events keep the array order even if dates ran backwards', () => {
    const odd = [ev('2012-05-01', 'court', 'atLiberty'), ev('2012-03-01', 'sentenced', 'custody'), ev('2012-03-01', 'released', 'licence')];
    const rows = alignByDate(odd, [ev('2012-04-01', 'offence', 'atLiberty')]);
    expect(flatten(rows, 'left')).toEqual([0, 1, 2]);
    expect(rows.map((r) => r.date)).toEqual(['2012-04-01', '2012-05-01', '2012-03-01']);
  });
});

describe('gaps', () => {
  it('say, once and just before the event that ends it, how long each side spent where it stood', () => {
    const rows = timelineRows(tr, unified);
    expect(rows.map((r) => (r.type === 'date' ? r.date : r))).toEqual([
      '2012-01-01',
      // 1 → 7 January is six days under tr: too short for a line of its own.
      '2012-01-07',
      { type: 'gap', left: null, right: { days: 43, state: 'atLiberty' } },
      '2012-02-13',
      { type: 'gap', left: { days: 384, state: 'suspendedOrder' }, right: { days: 347, state: 'custody' } },
      '2013-01-25',
      { type: 'gap', left: { days: 347, state: 'atLiberty' }, right: null },
      '2014-01-07',
    ]);
  });
  it('say nothing for a side that has left the model or not begun', () => {
    const rows = timelineRows([ev('2012-01-01', 'offence', 'atLiberty'), ev('2012-02-01', 'desisted', 'left')], [ev('2013-01-01', 'offence', 'atLiberty')]);
    expect(rows.filter((r) => r.type === 'gap')).toEqual([{ type: 'gap', left: { days: 31, state: 'atLiberty' }, right: null }]);
  });
  it('follow the threshold', () => {
    expect(timelineRows(tr, [], 400).filter((r) => r.type === 'gap')).toEqual([]);
    expect(timelineRows(tr, [], 1).filter((r) => r.type === 'gap')).toHaveLength(3);
  });
});

describe('real journeys from the engine', () => {
  it('show every event of both runs in the recorded order, on rows whose dates match the events', () => {
    const runs = ['tr', 'unified'].map((name) => {
      const s = small(name);
      return runSimulation({ ...s, simulation: { ...s.simulation, seed: 20140601, journeySampleSize: 150 } }).journeys;
    });
    const right = new Map(runs[1].map((j) => [j.personSerial, j]));
    let checked = 0;
    for (const journey of runs[0]) {
      const other = right.get(journey.personSerial);
      expect(other, `person ${journey.personSerial} is followed under both`).toBeDefined();
      const rows = timelineRows(journey.events, other!.events, 1);
      expect(flatten(rows, 'left')).toEqual(journey.events.map((_, i) => i));
      expect(flatten(rows, 'right')).toEqual(other!.events.map((_, i) => i));
      for (const row of rows.filter((r): r is DateRow => r.type === 'date')) {
        for (const item of [...row.left, ...row.right]) expect(item.event.date).toBe(row.date);
      }
      checked += 1;
    }
    expect(checked).toBeGreaterThan(100);
  });
});
