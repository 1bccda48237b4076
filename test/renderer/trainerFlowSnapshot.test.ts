// Where everyone stands on a day and the counters: the sample at each stage (allocation split by
// provider), the people yet to enter, and national equivalents read from the week on or before.
import { describe, expect, it } from 'vitest';
import { dayOf, weekIndexAt } from '../../renderer/lib/trainerClock';
import { FLOW_STAGES, NOT_YET, STAGE_INDEX } from '../../renderer/lib/trainerFlowStages';
import { buildTimelines, type JourneyLike } from '../../renderer/lib/trainerFlowTimeline';
import { approx, caseloadAt, nationalAt, snapshotAt } from '../../renderer/lib/trainerFlowSnapshot';

const e = (date: string, kind: string, state: string, provider = 'none') => ({ date, kind, state, provider });
const journeys: JourneyLike[] = [
  { personSerial: 1, events: [e('2014-01-01', 'offence', 'atLiberty'), e('2014-02-01', 'court', 'atLiberty'), e('2014-02-01', 'sentenced', 'communityOrder', 'crc')] },
  { personSerial: 2, events: [e('2014-01-05', 'offence', 'atLiberty'), e('2014-02-03', 'court', 'atLiberty'), e('2014-02-03', 'sentenced', 'custody', 'nps')] },
  { personSerial: 3, events: [e('2013-01-01', 'offence', 'atLiberty'), e('2013-06-01', 'desisted', 'left')] },
  { personSerial: 4, events: [e('2020-01-01', 'offence', 'atLiberty')] },
];
const timelines = buildTimelines(journeys, 3);

describe('snapshotAt', () => {
  it('counts the sample at each stage, with allocation by provider and those not yet in', () => {
    // 2014-02-04: person 1 is in allocation (court 1–3 Feb, allocation 4–6), person 2 in court.
    const s = snapshotAt(timelines, dayOf('2014-02-04'));
    expect(s.counts[STAGE_INDEX.allocation]).toBe(1);
    expect(s.allocationCounts[2]).toBe(1); // crc
    expect(s.counts[STAGE_INDEX.court]).toBe(1);
    expect(s.counts[STAGE_INDEX.left]).toBe(1);
    expect(s.notYet).toBe(1);
    expect(s.people.map((p) => p.serial)).toEqual([1, 2, 3, 4]);
    expect(s.people[3].stage).toBe(NOT_YET);
    // Every person is counted once: at a stage or not yet in.
    expect(s.counts.reduce((a, b) => a + b, 0) + s.notYet).toBe(journeys.length);
  });
  it('settles into the lasting states', () => {
    const s = snapshotAt(timelines, dayOf('2014-03-01'));
    expect(s.counts[STAGE_INDEX.community]).toBe(1);
    expect(s.counts[STAGE_INDEX.custody]).toBe(1);
    expect(s.counts[STAGE_INDEX.allocation]).toBe(0);
    expect(FLOW_STAGES[s.people[1].stage]).toBe('custody');
    expect(s.people[1].provider).toBe(3); // nps
  });
});

describe('national equivalents', () => {
  const data = {
    weeks: ['2014-01-05', '2014-01-12', '2014-01-19'],
    series: {
      'stock.communityOrder': [100, 110, 120],
      'stock.suspendedOrder': [10, 20, 30],
      'stock.custody': [500, 501, 502],
      'caseload.crc': [0, 7000, 7100],
    },
  };
  /** The week the flow finds once per frame for the clock's day. */
  const weekOn = (date: string) => weekIndexAt(data.weeks, dayOf(date));
  it('reads the week starting on or before the date, summing the community orders and suspended orders', () => {
    expect(nationalAt(data, 'community', weekOn('2014-01-12'))).toBe(130);
    expect(nationalAt(data, 'community', weekOn('2014-01-18'))).toBe(130);
    expect(nationalAt(data, 'custody', weekOn('2015-01-01'))).toBe(502);
    expect(caseloadAt(data, 'crc', weekOn('2014-01-19'))).toBe(7100);
  });
  it('has none for passing stages, before the first week, or for a series not sent', () => {
    expect(nationalAt(data, 'court', weekOn('2014-01-12'))).toBeNull();
    expect(nationalAt(data, 'custody', weekOn('2014-01-04'))).toBeNull();
    expect(nationalAt(data, 'licence', weekOn('2014-01-12'))).toBeNull();
  });
  it('rounds national equivalents to hundreds', () => {
    expect(approx(52_449)).toBe('≈ 52,400');
    expect(approx(40)).toBe('≈ 0');
  });
});
