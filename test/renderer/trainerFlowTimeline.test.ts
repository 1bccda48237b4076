// The animated flow's per-person timelines: where a sampled person is shown on a date, with the
// passing moments (offence, court, allocation, breach, resettlement) held for a few days and
// queued when they fall on the same day, and the lasting state from their last event otherwise.
import { describe, expect, it } from 'vitest';
import { dayOf } from '../../renderer/lib/trainerClock';
import { FLOW_STAGES, NOT_YET, STAGE_INDEX, transientStage, type FlowStage } from '../../renderer/lib/trainerFlowStages';
import { buildTimeline, type JourneyLike, type PersonTimeline } from '../../renderer/lib/trainerFlowTimeline';
import { snapshotAt } from '../../renderer/lib/trainerFlowSnapshot';

/** The FLOW_STAGES index one person is shown at on `day`, as the animation's snapshot reads it. */
const stageAt = (timeline: PersonTimeline, day: number): number => snapshotAt([timeline], day).people[0].stage;

type Ev = JourneyLike['events'][number];
const ev = (date: string, kind: string, state: string, provider = 'none', detail = ''): Ev => ({ date, kind, state, provider, detail });

// Offence, court 10 days later, a custodial sentence the same day (NPS case manager), release on
// licence, a breach that leads to recall, release, the end of supervision and leaving the model.
const journey: JourneyLike = {
  personSerial: 12379,
  events: [
    ev('2014-01-01', 'offence', 'atLiberty'),
    ev('2014-01-11', 'court', 'atLiberty', 'none', 'convicted of 1 offence(s) with an oral report'),
    ev('2014-01-11', 'sentenced', 'custody', 'nps', 'sentenced: custody of 6 months; pre-release case managed by NPS London'),
    ev('2014-04-11', 'released', 'licence', 'nps'),
    ev('2014-05-01', 'breach', 'licence', 'nps'),
    ev('2014-05-03', 'recalled', 'recall', 'nps'),
    ev('2014-06-01', 'released', 'licence', 'nps'),
    ev('2014-07-01', 'licenceEnded', 'atLiberty', 'none'),
    ev('2014-09-01', 'offence', 'atLiberty', 'none'),
    ev('2014-10-01', 'court', 'atLiberty', 'none'),
    ev('2014-10-01', 'sentenced', 'atLiberty', 'none', 'a fine or discharge (no probation involvement)'),
    ev('2016-10-01', 'desisted', 'left', 'none'),
  ],
};
const HOLD = 4;
const t = buildTimeline(journey, HOLD);
const at = (date: string): FlowStage | 'notYet' => {
  const s = stageAt(t, dayOf(date));
  return s === NOT_YET ? 'notYet' : FLOW_STAGES[s];
};

describe('stageAt', () => {
  it('is "not yet" before the first event', () => {
    expect(at('2013-12-31')).toBe('notYet');
  });
  it('shows the first offence as a moment, then the lasting state', () => {
    expect(at('2014-01-01')).toBe('offence');
    expect(at('2014-01-04')).toBe('offence');
    expect(at('2014-01-05')).toBe('atLiberty');
  });
  it('queues court and allocation on the same day, then the sentence', () => {
    expect(at('2014-01-11')).toBe('court');
    expect(at('2014-01-14')).toBe('court');
    expect(at('2014-01-15')).toBe('allocation');
    expect(at('2014-01-18')).toBe('allocation');
    expect(at('2014-01-19')).toBe('custody');
    expect(at('2014-04-10')).toBe('custody');
  });
  it('ends a moment in the state reached meanwhile (a breach followed by recall two days later)', () => {
    expect(at('2014-04-11')).toBe('licence');
    expect(at('2014-05-01')).toBe('breach');
    expect(at('2014-05-04')).toBe('breach');
    expect(at('2014-05-05')).toBe('recall');
    expect(at('2014-06-01')).toBe('licence');
  });
  it('shows a later offence as reoffending and a later court as back to court; a fine is no allocation', () => {
    expect(at('2014-09-02')).toBe('reoffending');
    expect(at('2014-10-01')).toBe('backToCourt');
    expect(at('2014-10-05')).toBe('atLiberty');
  });
  it('ends at "left the model"', () => {
    expect(at('2016-10-01')).toBe('left');
    expect(at('2023-12-31')).toBe('left');
  });
  it('keeps start days strictly increasing and records the provider and event behind each entry', () => {
    for (let i = 1; i < t.days.length; i++) expect(t.days[i]).toBeGreaterThan(t.days[i - 1]);
    const i = t.stages.indexOf(STAGE_INDEX.allocation);
    expect(t.providers[i]).toBe(3); // nps
    expect(journey.events[t.events[i]].kind).toBe('sentenced');
  });
});

describe('queued moments', () => {
  it('never delay a moment by more than two holds: a later moment cuts an earlier one short', () => {
    const busy: JourneyLike = {
      personSerial: 1,
      events: [
        ev('2015-01-01', 'offence', 'communityOrder', 'crc'),
        ev('2015-01-01', 'breach', 'communityOrder', 'crc'),
        ev('2015-01-01', 'court', 'communityOrder', 'crc'),
        ev('2015-01-01', 'sentenced', 'custody', 'nps'),
      ],
    };
    const b = buildTimeline(busy, 3);
    const start = dayOf('2015-01-01');
    expect(stageAt(b, start)).toBe(STAGE_INDEX.offence);
    expect(stageAt(b, start + 3)).toBe(STAGE_INDEX.breach);
    // Court would start 6 days late; the sentence at most 6 days late, so it cuts court out.
    expect(stageAt(b, start + 6)).toBe(STAGE_INDEX.allocation);
    expect(stageAt(b, start + 9)).toBe(STAGE_INDEX.custody);
  });
  it('rebuild with a different hold without changing where the person ends up', () => {
    for (const hold of [2, 9, 14]) {
      const h = buildTimeline(journey, hold);
      expect(stageAt(h, dayOf('2014-03-01'))).toBe(STAGE_INDEX.custody);
      expect(stageAt(h, dayOf('2016-10-01') + hold)).toBe(STAGE_INDEX.left);
    }
  });
});

describe('transientStage', () => {
  const fresh = { seenBefore: false, sentencedBefore: false };
  const known = { seenBefore: true, sentencedBefore: true };
  it('names the moments and leaves lasting changes alone', () => {
    expect(transientStage({ kind: 'offence', state: 'atLiberty', provider: 'none' }, fresh)).toBe('offence');
    expect(transientStage({ kind: 'offence', state: 'atLiberty', provider: 'none' }, known)).toBe('reoffending');
    expect(transientStage({ kind: 'court', state: 'atLiberty', provider: 'none' }, fresh)).toBe('court');
    expect(transientStage({ kind: 'court', state: 'licence', provider: 'crc' }, known)).toBe('backToCourt');
    expect(transientStage({ kind: 'reallocated', state: 'licence', provider: 'nps' }, known)).toBe('allocation');
    expect(transientStage({ kind: 'breach', state: 'pss', provider: 'crc' }, known)).toBe('breach');
    expect(transientStage({ kind: 'resettlement', state: 'custody', provider: 'crc' }, known)).toBe('resettlement');
    expect(transientStage({ kind: 'recalled', state: 'recall', provider: 'crc' }, known)).toBeNull();
    expect(transientStage({ kind: 'released', state: 'licence', provider: 'crc' }, known)).toBeNull();
  });
  it('allocates only sentences probation manages', () => {
    expect(transientStage({ kind: 'sentenced', state: 'communityOrder', provider: 'crc' }, fresh)).toBe('allocation');
    expect(transientStage({ kind: 'sentenced', state: 'custody', provider: 'none' }, fresh)).toBeNull();
    // A fine while still on licence keeps the licence's provider: it is still no allocation.
    expect(transientStage({ kind: 'sentenced', state: 'licence', provider: 'crc', detail: 'a fine or discharge (no probation involvement)' }, known)).toBeNull();
    expect(transientStage({ kind: 'sentenced', state: 'communityOrder', provider: 'crc', detail: 'a fine or discharge (no probation involvement)' }, known)).toBeNull();
  });
});
