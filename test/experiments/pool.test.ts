// Replications in parallel: the aggregates are bit-identical whatever the number of workers (real
// worker threads, and in process); cancelling stops the workers and keeps every finished output;
// the cache serves an identical run without computing it; a failure names its replication; the
// partial aggregates grow over a complete prefix.
import { describe, expect, it } from 'vitest';
import { runPlan, type ReplicationPlan } from '../../experiments/runner';
import { runPool } from '../../experiments/pool';
import { compareKpis, kpiNames } from '../../experiments/compare';
import { MemoryCache } from '../../experiments/cache';
import { inProcessWorkerFactory, runRequest } from '../../experiments/inProcessWorkers';
import { nodeWorkerFactory } from '../../cli/workers/nodeWorkers';
import type { WorkerFactory, WorkerRequest, WorkerResponse } from '../../experiments/pool';
import { small } from '../helpers/scenarios';

function plan(replications = 4): ReplicationPlan {
  return {
    variants: [
      { id: 'tr', label: 'tr', scenario: small('tr', 0.005, 2, 1) },
      { id: 'unified', label: 'unified', scenario: small('unified', 0.005, 2, 1) },
    ],
    seed: 42,
    replications,
  };
}

function aggregate(result: Awaited<ReturnType<typeof runPlan>>): string {
  return JSON.stringify(compareKpis(result.outputs, kpiNames(result.outputs), result.completeReplications));
}

/** A fake replication: instant, its KPI a function of (seed, replication), so tests are fast. */
function fakeRun(request: WorkerRequest): WorkerResponse {
  const { seed, replication } = request.job;
  return {
    type: 'done',
    jobId: request.jobId,
    output: { engineVersion: 'test', scenarioHash: request.job.scenario.name, seed, replication, kpis: { x: replication * 10 + request.jobId } },
  };
}

/** Counts the workers a factory made and terminated. */
function counting(factory: WorkerFactory) {
  const counts = { created: 0, terminated: 0 };
  const wrapped: WorkerFactory = () => {
    const port = factory();
    counts.created++;
    return { ...port, terminate: () => (counts.terminated++, port.terminate()) };
  };
  return { wrapped, counts };
}

describe('runPlan', () => {
  it('gives bit-identical aggregates with 1, 2 and 4 worker threads and in process', async () => {
    const results = [];
    for (const [workers, factory] of [
      [1, nodeWorkerFactory],
      [2, nodeWorkerFactory],
      [4, nodeWorkerFactory],
      [1, inProcessWorkerFactory()],
    ] as const) {
      const result = await runPlan(plan(), { workers, createWorker: factory });
      expect(result.completeReplications).toBe(4);
      results.push(aggregate(result));
    }
    expect(results[0].length).toBeGreaterThan(1000);
    expect(new Set(results).size).toBe(1);
  }, 120_000);

  it('stops the workers on cancel and keeps every output finished before it', async () => {
    const { wrapped, counts } = counting(inProcessWorkerFactory(fakeRun));
    const abort = new AbortController();
    let seen = 0;
    const result = await runPlan(plan(10), {
      workers: 2,
      createWorker: wrapped,
      signal: abort.signal,
      onProgress: (p) => {
        seen = p.done;
        if (p.done === 5) abort.abort();
      },
    });
    expect(result.cancelled).toBe(true);
    const finished = result.outputs.flat().filter((o) => o !== undefined);
    expect(finished).toHaveLength(seen);
    expect(finished.length).toBeGreaterThanOrEqual(5);
    expect(finished.length).toBeLessThan(20);
    expect(counts.terminated).toBe(counts.created);
    // The complete prefix is what aggregates use: replications both variants finished.
    expect(result.completeReplications).toBeGreaterThanOrEqual(2);
    for (let r = 0; r < result.completeReplications; r++) for (const row of result.outputs) expect(row[r]).toBeDefined();
  });

  it('terminates real worker threads on cancel', async () => {
    const { wrapped, counts } = counting(nodeWorkerFactory);
    const abort = new AbortController();
    const result = await runPlan(plan(6), { workers: 2, createWorker: wrapped, signal: abort.signal, onProgress: (p) => p.done >= 1 && abort.abort() });
    expect(result.cancelled).toBe(true);
    expect(counts.created).toBe(2);
    expect(counts.terminated).toBe(2);
    expect(result.outputs.flat().filter((o) => o !== undefined).length).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('never computes an identical replication twice: the cache serves it', async () => {
    const cache = new MemoryCache();
    const first = counting(inProcessWorkerFactory(fakeRun));
    await runPlan(plan(3), { workers: 2, createWorker: first.wrapped, cache });
    expect(cache.size).toBe(6);
    const second = counting(inProcessWorkerFactory(fakeRun));
    let cached = 0;
    const again = await runPlan(plan(3), { workers: 2, createWorker: second.wrapped, cache, onProgress: (p) => (cached = p.cached) });
    expect(second.counts.created).toBe(0);
    expect(cached).toBe(6);
    expect(again.completeReplications).toBe(3);
    // One more replication computes only the new ones.
    const third = counting(inProcessWorkerFactory(fakeRun));
    await runPlan(plan(4), { workers: 1, createWorker: third.wrapped, cache });
    expect(cache.size).toBe(8);
  });

  it('rejects with an error naming the replication that failed', async () => {
    const failing = inProcessWorkerFactory((request) =>
      request.job.replication === 2 ? { type: 'failed', jobId: request.jobId, message: 'out of memory' } : fakeRun(request),
    );
    await expect(runPlan(plan(4), { workers: 2, createWorker: failing })).rejects.toThrow(/replication 2 of "tr" \(seed 42\) failed: out of memory/);
  });

  it('reports partial aggregates over a growing complete prefix', async () => {
    const prefixes: number[] = [];
    await runPlan(plan(5), { workers: 3, createWorker: inProcessWorkerFactory(fakeRun), onPartial: (complete) => prefixes.push(complete) });
    expect(prefixes[prefixes.length - 1]).toBe(5);
    for (let i = 1; i < prefixes.length; i++) expect(prefixes[i]).toBeGreaterThan(prefixes[i - 1]);
  });

  it('gives the jobs of one group to one worker in turn, and lets an idle worker help at the end', async () => {
    const ranOn: number[] = [];
    let ports = 0;
    const recording: WorkerFactory = () => {
      const port = inProcessWorkerFactory(fakeRun)();
      const index = ports++;
      return { ...port, post: (message) => (ranOn[message.jobId] = index, port.post(message)) };
    };
    const scenario = small('tr', 0.005, 1, 1);
    // Three replications (groups) of two jobs each, in the order runPlan makes them.
    const jobs = [0, 1, 2].flatMap((replication) => [0, 1].map(() => ({ scenario, seed: 1, replication, history: { group: `r${replication}` } })));
    const order: number[] = [];
    await runPool(jobs, { workers: 2, createWorker: recording, keyOf: (job) => String(job.replication), onOutput: (index) => order.push(index) });
    expect(ranOn[0]).toBe(ranOn[1]); // r0 on one worker
    expect(ranOn[2]).toBe(ranOn[3]); // r1 on the other
    expect(ranOn[0]).not.toBe(ranOn[2]);
    expect(order.indexOf(0)).toBeLessThan(order.indexOf(1)); // in plan order within the group
    expect(new Set([ranOn[4], ranOn[5]])).toEqual(new Set([0, 1])); // the last group is shared out
  });

  it('runs a real replication in process through the same request/response as a thread', () => {
    const response = runRequest({ type: 'run', jobId: 7, job: { scenario: small('tr', 0.005, 1, 1), seed: 3, replication: 1 } });
    expect(response.type).toBe('done');
    if (response.type === 'done') {
      expect(response.jobId).toBe(7);
      expect(response.output.replication).toBe(1);
      expect(response.output.kpis['caseload.total']).toBeGreaterThan(0);
      expect(Object.keys(response.output.kpis).some((k) => k.startsWith('money.'))).toBe(true);
    }
  });
});
