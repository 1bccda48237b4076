// The Run view's words and numbers around a job: "k of R replications" with an ETA once a little
// work is done, what a cancel kept, the form's inputs read with messages naming the field, and a
// plan that refuses an invalid scenario or input.
import { describe, expect, it } from 'vitest';
import { newJob, type ExperimentJob } from '../../renderer/state/replicationJob';
import { durationWords, etaMs, progressLine } from '../../renderer/views/run/progressText';
import { fieldError, parseReplications, parseScale, parseSeed, readRunNumbers } from '../../renderer/views/run/runInputs';
import { planRun, withScale } from '../../renderer/views/run/runPlan';
import { loadBuiltIn } from '../../renderer/engine';

const job = (change: Partial<ExperimentJob>): ExperimentJob => ({ ...newJob(1, 10, 1, 0), ...change });

describe('progress in words', () => {
  it('estimates the time left from the time so far, once a little work is done', () => {
    expect(etaMs(10_000, 0.25)).toBe(30_000);
    expect(etaMs(10_000, 0.01)).toBeNull();
    expect(etaMs(500, 0.5)).toBeNull();
    expect(etaMs(10_000, 1)).toBeNull();
  });

  it('says durations roughly', () => {
    expect(durationWords(3_000)).toBe('a few seconds');
    expect(durationWords(42_000)).toBe('about 42 s');
    expect(durationWords(200_000)).toBe('about 3 min 20 s');
    expect(durationWords(3_900_000)).toBe('about 1 h 5 min');
  });

  it('counts replications, the running ones in the fraction, and the ETA', () => {
    expect(progressLine(job({ runsDone: 3, fraction: 0.345, elapsedMs: 20_000 }))).toBe('3 of 10 replications · 34% · about 38 s left');
    expect(progressLine(job({ runsDone: 0, fraction: 0.01, elapsedMs: 800 }))).toBe('0 of 10 replications · 1%');
  });

  it('counts a replication done only when every scenario finished it, when there are several', () => {
    const compare = { ...newJob(1, 4, 2, 0), runsDone: 5, complete: 2, fraction: 0.6, elapsedMs: 1_000 };
    expect(progressLine(compare)).toBe('2 of 4 replications for every scenario (5 of 8 scenario runs) · 60%');
  });

  it('says what a cancel kept, how long a run took, and why one failed', () => {
    expect(progressLine(job({ status: 'cancelled', runsDone: 3, complete: 3 }))).toBe(
      'Cancelled after 3 of 10 replications: the results below keep the 3 finished replications.',
    );
    expect(progressLine(job({ status: 'cancelled' }))).toBe('Cancelled before any replication finished (0 of 10 replications): there are no results to show.');
    expect(progressLine(job({ status: 'done', runsDone: 10, complete: 10, elapsedMs: 14_200, cached: 4 }))).toBe(
      "10 of 10 replications in 14 s; 4 from this session's cache",
    );
    expect(progressLine(job({ status: 'done', runsDone: 10, runsTotal: 10, complete: 10, elapsedMs: 30, cached: 10 }))).toBe(
      "10 of 10 replications, all from this session's cache (run before with the same scenario and seed)",
    );
    expect(progressLine(job({ status: 'failed', message: 'out of memory' }))).toBe('The replications stopped with an error: out of memory');
  });
});

describe('run inputs', () => {
  it('reads whole numbers and scales in range, and names the field otherwise', () => {
    expect(parseReplications(' 12 ')).toEqual({ ok: true, value: 12 });
    expect(parseReplications('2.5')).toEqual({ ok: false, error: 'Replications: expected a whole number from 1 to 1000, got "2.5"' });
    expect(parseReplications('')).toMatchObject({ ok: false });
    expect(parseScale('0.02')).toEqual({ ok: true, value: 0.02 });
    expect(parseScale('0')).toMatchObject({ ok: false, error: expect.stringContaining('Scale: expected a number above 0 and at most 1') });
    expect(parseSeed('-1')).toMatchObject({ ok: false });
    expect(parseSeed('2147483647')).toEqual({ ok: true, value: 2147483647 });
  });

  it('takes the scenario’s scale and seed when the field was left alone, and lists every bad field', () => {
    expect(readRunNumbers({ replications: '3', scale: null, seed: null }, { scale: 0.1, seed: 5 })).toEqual({ numbers: { replications: 3, scale: 0.1, seed: 5 } });
    const bad = readRunNumbers({ replications: 'x', scale: '2', seed: null }, { scale: 0.1, seed: 5 });
    expect('errors' in bad && bad.errors).toHaveLength(2);
  });

  it('says what is wrong with one field as the forms show it, nothing for a field left to its default', () => {
    expect(fieldError('scale', null)).toBeNull();
    expect(fieldError('seed', '7')).toBeNull();
    expect(fieldError('replications', '0')).toBe('Replications: expected a whole number from 1 to 1000, got "0"');
    expect(fieldError('scale', '2')).toContain('Scale: expected a number above 0 and at most 1');
  });
});

describe('planRun', () => {
  const tr = loadBuiltIn('tr');

  it('plans the document’s scenario at the chosen scale, with the charted series, leaving the document alone', () => {
    const planned = planRun(tr, { replications: '4', scale: '0.02', seed: null });
    if (!('run' in planned)) throw new Error(planned.refusal);
    expect(planned.run.plan.replications).toBe(4);
    expect(planned.run.plan.seed).toBe(tr.simulation.seed);
    expect(planned.run.plan.variants[0].scenario.simulation.scale).toBe(0.02);
    expect(planned.run.plan.series).toContain('prison.population');
    // Each replication measures the published series by year, for the Published figures panel.
    expect(planned.run.plan.yearly).toEqual(expect.arrayContaining(['prison-population', 'probation-caseload', 'proven-reoffending-adults']));
    expect(tr.simulation.scale).toBe(0.1);
    expect(withScale(tr, 0.1)).toBe(tr);
  });

  it('refuses an invalid scenario, naming the field', () => {
    const broken = { ...tr, simulation: { ...tr.simulation, years: -3 } };
    const planned = planRun(broken, { replications: '4', scale: null, seed: null });
    expect('refusal' in planned && planned.refusal).toMatch(/cannot run until these are fixed[\s\S]*simulation\.years/);
  });

  it('refuses bad input before anything runs', () => {
    expect(planRun(tr, { replications: '0', scale: null, seed: null })).toEqual({ refusal: 'Replications: expected a whole number from 1 to 1000, got "0"' });
  });
});
