// The Run slice's recipes: a job's life (start, progress, results, end) with stale messages from an
// old job ignored, a fraction that never goes back, a cancel that keeps the finished replications,
// and the form's text kept as typed.
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  initialRunState,
  refuseRun,
  runEnded,
  runProgressed,
  runResultsArrived,
  runStarted,
  setRunInput,
  type RunResults,
  type RunState,
} from '../../renderer/state/runSlice';
import { newJob } from '../../renderer/state/replicationJob';

const results = (replications: number): RunResults => ({
  scenarioName: 'tr',
  scenarioHash: 'abc',
  engineVersion: '0.3.0',
  seed: 1,
  scale: 0.02,
  replications,
  kpis: {},
  weeks: [],
  series: {},
  yearly: {},
});

const progress = (done: number, total: number, fraction: number) => ({ done, total, fraction, cached: 0, resumed: 0 });

function started(id = 7): RunState {
  return produce(produce(initialRunState, refuseRun('bad')), runStarted(newJob(id, 4, 1, 1_000)));
}

describe('run slice', () => {
  it('starts with ten replications and the scenario’s own scale and seed', () => {
    expect(initialRunState.setup).toEqual({ replications: '10', scale: null, seed: null });
  });

  it('keeps what was typed, and null for the scenario’s own value', () => {
    let s = produce(initialRunState, setRunInput('replications', '4'));
    s = produce(s, setRunInput('scale', '0.0'));
    expect(s.setup).toEqual({ replications: '4', scale: '0.0', seed: null });
    expect(produce(s, setRunInput('scale', null)).setup.scale).toBeNull();
  });

  it('starts a job afresh: refusal and old results cleared', () => {
    const s = produce(produce(started(), runResultsArrived(7, results(2))), runStarted(newJob(8, 4, 1, 2_000)));
    expect(s.job).toMatchObject({ id: 8, status: 'running', requested: 4, runsTotal: 4, fraction: 0 });
    expect(s.results).toBeNull();
    expect(s.refusal).toBeNull();
  });

  it('records progress and elapsed time, and ignores another job’s messages', () => {
    let s = produce(started(), runProgressed(7, progress(1, 4, 0.3), 3_000));
    expect(s.job).toMatchObject({ runsDone: 1, fraction: 0.25, elapsedMs: 2_000 });
    s = produce(s, runProgressed(7, progress(1, 4, 0.4), 3_500));
    expect(s.job!.fraction).toBe(0.4);
    const same = produce(s, runProgressed(99, progress(3, 4, 0.9), 4_000));
    expect(same).toBe(s);
  });

  it('never moves the bar back, and trusts the count on the message that reports a replication done', () => {
    let s = produce(started(), runProgressed(7, progress(0, 3, 0.3), 2_000));
    // The pool's message for a finished replication counts it as done and as still running.
    s = produce(s, runProgressed(7, progress(1, 3, 0.66), 2_100));
    expect(s.job!.fraction).toBeCloseTo(1 / 3, 12);
    s = produce(s, runProgressed(7, progress(1, 3, 0.3), 2_200));
    expect(s.job!.fraction).toBeCloseTo(1 / 3, 12);
    s = produce(s, runProgressed(7, progress(1, 3, 0.4), 2_300));
    expect(s.job!.fraction).toBe(0.4);
  });

  it('takes results for the running job only', () => {
    const s = produce(started(), runResultsArrived(7, results(2)));
    expect(s.results?.replications).toBe(2);
    expect(s.job!.complete).toBe(2);
    expect(produce(s, runResultsArrived(3, results(4)))).toBe(s);
  });

  it('ends done with the bar full, or cancelled keeping what finished, or failed with the reason', () => {
    const done = produce(started(), runEnded(7, { cancelled: false, complete: 4 }, 9_000));
    expect(done.job).toMatchObject({ status: 'done', fraction: 1, runsDone: 4, complete: 4, elapsedMs: 8_000 });
    const withResults = produce(started(), runResultsArrived(7, results(2)));
    const cancelled = produce(withResults, runEnded(7, { cancelled: true, complete: 2 }, 5_000));
    expect(cancelled.job).toMatchObject({ status: 'cancelled', complete: 2 });
    expect(cancelled.results?.replications).toBe(2);
    const failed = produce(started(), runEnded(7, { failed: 'worker crashed' }, 5_000));
    expect(failed.job).toMatchObject({ status: 'failed', message: 'worker crashed' });
    // An ended job hears no more.
    expect(produce(failed, runEnded(7, { cancelled: false, complete: 4 }, 6_000))).toBe(failed);
  });
});
