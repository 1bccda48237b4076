// Snapshots: a run resumed from a snapshot of another run that shares its history gives the same
// bits as a full run (for every built-in pair that shares history, and with uncertain inputs);
// taking snapshots does not change the run that takes them; one snapshot serves many runs; and a
// run that does not share the snapshot's history is refused with an error saying why.
import { describe, expect, it } from 'vitest';
import { hashRunResult, runSimulation, sharedHistory, type EngineSnapshot, type Scenario } from '../../../model/index';
import { small } from '../../helpers/scenarios';

function snapshotOf(scenario: Scenario, date: string, seed = 5): { snapshot: EngineSnapshot; hash: string } {
  let snapshot: EngineSnapshot | undefined;
  const result = runSimulation(scenario, { seed, snapshotDates: [date], onSnapshot: (s) => (snapshot = s) });
  if (!snapshot) throw new Error('no snapshot taken');
  return { snapshot, hash: hashRunResult(result) };
}

describe('snapshots', () => {
  it.each([
    ['tr', 'unified'],
    ['trusts', 'tr'],
    ['tr', 'as-happened'],
  ])('%s then %s: resuming gives the same bits as a full run', (from, to) => {
    const a = small(from, 0.01, 10, 3);
    const b = small(to, 0.01, 10, 3);
    const shared = sharedHistory(a, b);
    if (shared.kind !== 'until') throw new Error(`expected ${from} and ${to} to share history, got ${shared.kind}`);
    const { snapshot, hash } = snapshotOf(a, shared.until);
    expect(snapshot.date).toBe(shared.until);
    expect(hash).toBe(hashRunResult(runSimulation(a, { seed: 5 })));
    const resumed = runSimulation(b, { seed: 5, resumeFrom: snapshot });
    expect(hashRunResult(resumed)).toBe(hashRunResult(runSimulation(b, { seed: 5 })));
    expect(resumed.provenance.scenarioName).toBe(to);
  });

  it('serves several runs from one snapshot, with uncertain inputs drawn as in a full run', () => {
    const base = small('tr', 0.01, 4, 3);
    const uncertain: Scenario = { ...base, uncertainty: [{ path: 'parameters.breach.reoffenceRecallShare', distribution: 'uniform', min: 0.2, max: 0.4 }] };
    const later = structuredClone(uncertain);
    later.timeline.changes.push({ date: '2015-01-01', label: 'unified', set: { operatingModel: 'unified' } });
    const { snapshot } = snapshotOf(uncertain, '2014-12-01');
    const full = hashRunResult(runSimulation(later, { seed: 5 }));
    expect(hashRunResult(runSimulation(later, { seed: 5, resumeFrom: snapshot }))).toBe(full);
    expect(hashRunResult(runSimulation(later, { seed: 5, resumeFrom: snapshot }))).toBe(full);
    expect(runSimulation(later, { seed: 5, resumeFrom: snapshot }).drawn).toEqual(runSimulation(later, { seed: 5 }).drawn);
  });

  it('lets its last user take it over: the same bits, and no further use', () => {
    const a = small('tr', 0.01, 4, 3);
    const b = small('unified', 0.01, 4, 3);
    const { snapshot } = snapshotOf(a, '2012-01-01');
    const copied = hashRunResult(runSimulation(b, { seed: 5, resumeFrom: snapshot }));
    expect(hashRunResult(runSimulation(b, { seed: 5, resumeFrom: snapshot, consumeSnapshot: true }))).toBe(copied);
    expect(copied).toBe(hashRunResult(runSimulation(b, { seed: 5 })));
    expect(() => runSimulation(b, { seed: 5, resumeFrom: snapshot })).toThrow(/another run has consumed it/);
  });

  it('reports progress from where the snapshot stands', () => {
    const a = small('tr', 0.01, 4, 3);
    const { snapshot } = snapshotOf(a, '2012-01-01'); // two of seven years simulated
    const fractions: number[] = [];
    runSimulation(small('unified', 0.01, 4, 3), { seed: 5, resumeFrom: snapshot, onProgress: (p) => fractions.push(p.fraction) });
    expect(fractions[0]).toBeCloseTo(2 / 7, 1);
    expect(fractions.at(-1)).toBe(1);
  });

  it('refuses a run that does not share the snapshot’s history, saying what differs', () => {
    const tr = small('tr', 0.01, 4, 3);
    const { snapshot } = snapshotOf(tr, '2014-07-01');
    expect(() => runSimulation(small('trusts', 0.01, 4, 3), { seed: 5, resumeFrom: snapshot })).toThrow(/timeline differs from the snapshot's from 2014-06-01/);
    expect(() => runSimulation(tr, { seed: 6, resumeFrom: snapshot })).toThrow(/seed, replication or scale differ/);
    const changed = structuredClone(tr);
    changed.parameters.breach.reoffenceRecallShare += 0.01;
    expect(() => runSimulation(changed, { seed: 5, resumeFrom: snapshot })).toThrow(/parameters/);
  });
});
