// What the event priorities of a day mean (model/engine/eventQueue.ts EventKind), checked on what
// the model does rather than on the enum: a sampled journey lists a person's events in the order the
// engine dealt with them, so two events of one person on one day show which ran first. The rules:
// - a release or a return from recall comes first: someone released on the day of a hearing is
//   sentenced as a person on licence, not as a prisoner;
// - then the scheduled end of an order, licence or post-sentence supervision: an offence or a
//   hearing on the last day of an order is dealt with after the order has ended;
// - then courts, then new offences, then breaches and their decisions (an offence on licence may
//   lead to a recall the same day), then risk escalation and transfers, then completed
//   interventions (credited to whatever the person is serving once the day's changes are made);
// - desistance last: nobody leaves the model while anything else is due for them that day.
// If the engine ran the day's kinds in any other order (reversed, say), these pairs come out the
// other way round (an offence recorded before the order it falls after has ended, a hearing
// before the release it follows, an intervention before an offence).
import { describe, expect, it } from 'vitest';
import { runSimulation, type JourneyEvent } from '../../model/index';
import { small } from '../helpers/scenarios';

/**
 * The day's step(s) that can record each journey kind: [earliest, latest], counted as the engine's
 * order (0 release, 1 return from recall, 2 end of a stage, 3 court, 4 offence, 5 breach,
 * 6 breach decision, 7 escalation, 8 transfer, 9 intervention completed, 10 desistance; -1 the
 * start of the day: timeline changes). Kinds not listed are not checked.
 */
const STEPS: Record<string, readonly [number, number]> = {
  reallocated: [-1, -1],
  resettlement: [0, 0],
  released: [0, 1],
  orderEnded: [2, 2],
  licenceEnded: [2, 2],
  pss: [2, 2],
  pssEnded: [2, 2],
  court: [3, 3],
  sentenced: [3, 6], // by a court, or resentenced for a breach
  offence: [4, 4],
  breach: [4, 5], // a breach, or an offence on licence referred to the NPS
  recalled: [4, 6],
  warning: [5, 6],
  committed: [5, 6],
  escalated: [7, 7],
  transferred: [7, 8],
  intervention: [9, 9],
  desisted: [10, 10],
};

interface SameDayPair {
  first: JourneyEvent;
  then: JourneyEvent;
}

/** Consecutive events of one person on one day (the day they entered aside: entry has its own steps). */
function sameDayPairs(events: readonly JourneyEvent[]): SameDayPair[] {
  const pairs: SameDayPair[] = [];
  for (let i = 1; i < events.length; i++) {
    if (events[i].day === events[i - 1].day && events[i].day !== events[0].day) pairs.push({ first: events[i - 1], then: events[i] });
  }
  return pairs;
}

describe('the order of a day’s events', () => {
  // Two seeds of a small TR run (referral delays included), with as many journeys as a scenario
  // may sample: same-day pairs from different steps are rare (a few in a thousand journeys).
  const scenario = small('tr', 0.05, 4, 3);
  const sampled = { ...scenario, simulation: { ...scenario.simulation, journeySampleSize: 5000 } };
  const pairs = [3, 4]
    .flatMap((seed) => runSimulation(sampled, { seed }).journeys)
    .flatMap((j) => sameDayPairs(j.events))
    .filter(({ first, then }) => STEPS[first.kind] && STEPS[then.kind]);
  /** Pairs whose kinds can come from different steps: the ones whose order the priorities decide. */
  const ordered = pairs.filter(({ first, then }) => STEPS[first.kind][0] !== STEPS[then.kind][0] || STEPS[first.kind][1] !== STEPS[then.kind][1]);
  const describePair = ({ first, then }: SameDayPair) => `${first.date}: ${first.kind} (${first.state}) then ${then.kind} (${then.state})`;

  it('has same-day events from different steps of the day to judge by (else the checks below prove nothing)', () => {
    // Certainly different steps: every step that can record the first comes before any that can record the second.
    const apart = ordered.filter(({ first, then }) => STEPS[first.kind][1] < STEPS[then.kind][0]);
    expect(apart.length).toBeGreaterThanOrEqual(20);
  });

  it('deals with each person’s day in priority order: releases and ends of sentences before hearings, offences, breaches, interventions and desistance', () => {
    const outOfOrder = ordered.filter(({ first, then }) => STEPS[first.kind][0] > STEPS[then.kind][1]);
    expect(outOfOrder.map(describePair)).toEqual([]);
  });

  it('ends an order before an offence or hearing on its last day: the person is at liberty when it is dealt with', () => {
    const afterEnd = ordered.filter(({ first }) => first.kind === 'orderEnded' || first.kind === 'licenceEnded' || first.kind === 'pssEnded');
    for (const pair of afterEnd) expect(pair.then.state, describePair(pair)).toBe('atLiberty');
    // The opposite order would show an offence or hearing on the order, then its end.
    const endAfter = pairs.filter(({ then }) => then.kind === 'orderEnded' || then.kind === 'licenceEnded' || then.kind === 'pssEnded');
    expect(endAfter.filter(({ first }) => STEPS[first.kind][0] > 2).map(describePair)).toEqual([]);
  });
});
