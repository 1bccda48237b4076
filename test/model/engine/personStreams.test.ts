// People with their own random streams (random/personDraws.ts), seen through whole runs: a change
// that only alters one kind of decision leaves every person's draws of other kinds where they
// were, and the same person under two operating models takes the same route until a policy acts
// on them (what the trainer's "same person, two systems" view shows).
import { describe, expect, it } from 'vitest';
import { applyOverride, runSimulation, summarize, type Scenario } from '../../../model/index';
import type { Journey, JourneyEvent } from '../../../model/runResult';
import { Simulation } from '../../../model/engine/simulation';
import { Purpose, type PersonDraws, type StoredPurpose } from '../../../model/random/personDraws';
import { small } from '../../helpers/scenarios';

/** Runs a scenario and returns, per person and purpose ("serial/purpose"), the words drawn, in order. */
function wordsDrawn(scenario: Scenario, purposes: readonly StoredPurpose[]): { words: Map<string, number[]>; recalls: number } {
  const sim = new Simulation(scenario, { seed: 11, replication: 0, scale: scenario.simulation.scale });
  const words = new Map<string, number[]>();
  let serial = 0;
  const draws = sim.draws.bind(sim);
  sim.draws = (id: number, purpose: StoredPurpose): PersonDraws => {
    serial = sim.people.serial(id);
    return draws(id, purpose);
  };
  for (const purpose of purposes) {
    const cursor = (sim as unknown as { cursors: PersonDraws[] }).cursors[purpose];
    const next = cursor.nextUint32.bind(cursor);
    cursor.nextUint32 = () => {
      const word = next();
      const list = words.get(`${serial}/${purpose}`) ?? [];
      list.push(word);
      words.set(`${serial}/${purpose}`, list);
      return word;
    };
  }
  const result = sim.run();
  return { words, recalls: summarize(result).flows.recallsPerYear };
}

describe('a person’s own draws, through a run', () => {
  it('stay put for court when only breach enforcement changes: each person’s report and sentence words are a prefix of the other run’s', () => {
    const base = small('tr', 0.01, 3, 3);
    const stricter = applyOverride(base, 'parameters.breach.licenceBreachRecallShare', '0.95');
    const court = [Purpose.Report, Purpose.Sentence] as const;
    const a = wordsDrawn(base, court);
    const b = wordsDrawn(stricter, court);
    expect(b.recalls).toBeGreaterThan(a.recalls * 1.1); // the change is real: routes part after breaches
    let compared = 0;
    for (const [stream, left] of a.words) {
      const right = b.words.get(stream);
      if (!right) continue;
      const n = Math.min(left.length, right.length);
      expect(right.slice(0, n), `person/purpose ${stream}`).toEqual(left.slice(0, n));
      compared += n;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('give the same person the same journey under tr and unified until a policy acts on them', () => {
    const tr = runSimulation(small('tr', 0.02, 4, 4), { seed: 20140601 });
    const unified = runSimulation(small('unified', 0.02, 4, 4), { seed: 20140601 });
    const bySerial = new Map(unified.journeys.map((j) => [j.personSerial, j]));
    expect(unified.journeys.map((j) => j.personSerial)).toEqual(tr.journeys.map((j) => j.personSerial));
    let identical = 0;
    for (const left of tr.journeys) {
      const right = bySerial.get(left.personSerial)!;
      expect([right.area, right.offenceGroup, right.rosh]).toEqual([left.area, left.offenceGroup, left.rosh]);
      const parted = firstDifference(left, right);
      if (parted === null) {
        identical++;
        continue;
      }
      // Before their first hearing nothing a policy decides has touched them (reports, providers, supervision).
      const firstCourt = left.events.findIndex((e) => e.kind === 'court');
      expect(firstCourt, `person ${left.personSerial}`).toBeGreaterThanOrEqual(0);
      expect(parted, `person ${left.personSerial}`).toBeGreaterThanOrEqual(firstCourt);
    }
    expect(identical).toBeGreaterThan(tr.journeys.length / 5);
  });
});

const sameEvent = (a: JourneyEvent, b: JourneyEvent) => a.day === b.day && a.kind === b.kind && a.detail === b.detail && a.state === b.state && a.providerName === b.providerName;

/** The index of the first event where two journeys differ, or null when they are the same. */
function firstDifference(a: Journey, b: Journey): number | null {
  const n = Math.min(a.events.length, b.events.length);
  for (let i = 0; i < n; i++) if (!sameEvent(a.events[i], b.events[i])) return i;
  return a.events.length === b.events.length ? null : n;
}
