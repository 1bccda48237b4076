// Journeys for trainer mode: each event says where the person stands afterwards (state and
// provider), and under common random numbers the same serial is the same person in every scenario.
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../model/index';
import { small } from '../helpers/scenarios';

const STATES = new Set(['atLiberty', 'communityOrder', 'suspendedOrder', 'custody', 'recall', 'licence', 'pss', 'left']);

describe('journey events', () => {
  const tr = runSimulation(small('tr', 0.01, 4, 3), { seed: 5 });
  const unified = runSimulation(small('unified', 0.01, 4, 3), { seed: 5 });

  it('record the state and provider after each event', () => {
    let events = 0;
    for (const journey of tr.journeys) {
      for (const event of journey.events) {
        events++;
        expect(STATES.has(event.state), event.state).toBe(true);
        expect(['trust', 'crc', 'nps', 'none']).toContain(event.provider);
        if (event.kind === 'recalled') expect(event.state).toBe('recall');
        if (['orderEnded', 'licenceEnded', 'pssEnded'].includes(event.kind)) expect(event.state).toBe('atLiberty');
        if (event.kind === 'desisted') expect(event.state).toBe('left');
        if (event.provider === 'none') expect(event.providerName).toBe('');
        else expect(event.providerName).not.toBe('');
      }
    }
    expect(events).toBeGreaterThan(500);
  });

  it('show TR routing people to CRCs and the NPS, and the unified model to the NPS only', () => {
    const kindsAfter = (result: typeof tr, from: string) =>
      new Set(result.journeys.flatMap((j) => j.events.filter((e) => e.date >= from && e.kind === 'sentenced' && e.provider !== 'none').map((e) => e.provider)));
    expect(kindsAfter(tr, '2015-01-01')).toEqual(new Set(['crc', 'nps']));
    expect(kindsAfter(unified, '2013-01-01')).toEqual(new Set(['nps']));
  });

  it('follow the same people under both scenarios: same serials, same person on entry', () => {
    const bySerial = new Map(unified.journeys.map((j) => [j.personSerial, j]));
    const shared = tr.journeys.filter((j) => bySerial.has(j.personSerial));
    expect(shared.length).toBe(tr.journeys.length);
    for (const j of shared) {
      const other = bySerial.get(j.personSerial)!;
      expect({ area: other.area, offenceGroup: other.offenceGroup, rosh: other.rosh }).toEqual({ area: j.area, offenceGroup: j.offenceGroup, rosh: j.rosh });
      expect(other.events[0].date).toBe(j.events[0].date);
    }
  });
});
