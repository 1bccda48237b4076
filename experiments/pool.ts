// Replications in parallel: a pool of workers (Node worker threads for the CLI, Web Workers in the
// app: the platform only supplies a WorkerFactory), each running one replication at a time.
// Invariants: an output is stored at its job's index, so what the caller aggregates is in job
// order whatever order the workers finished in (aggregates are bit-identical for any number of
// workers); a cached output is never computed again; jobs of one group (history shared within a
// replication) go to one worker in turn where possible, which changes speed, never results;
// cancelling terminates the workers at once and resolves with every output finished so far
// (nothing finished is lost); a failed job stops the pool and rejects with an error naming the job.
import type { ReplicationJob, SharedWork } from './replication';
import type { ReplicationOutput } from './types';
import type { ResultCache } from './cache';

export type WorkerRequest = { type: 'run'; jobId: number; job: ReplicationJob };
export type WorkerResponse =
  | { type: 'progress'; jobId: number; fraction: number }
  | { type: 'done'; jobId: number; output: ReplicationOutput; shared?: SharedWork }
  | { type: 'failed'; jobId: number; message: string };

/** What the pool needs of a worker, whatever the platform. */
export interface WorkerPort {
  post(message: WorkerRequest): void;
  onMessage(handler: (message: WorkerResponse) => void): void;
  onError(handler: (error: Error) => void): void;
  terminate(): void;
}

export type WorkerFactory = () => WorkerPort;

export interface PoolProgress {
  /** Jobs finished (cached ones included) and in all. */
  done: number;
  total: number;
  /** Fraction of all the work done, counting the running jobs' own progress. */
  fraction: number;
  /** Jobs served from the cache. */
  cached: number;
  /** Jobs that resumed from a snapshot of a run sharing their history (historyPlan.ts). */
  resumed: number;
}

export interface PoolOptions {
  workers: number;
  createWorker: WorkerFactory;
  /** A stable key per job for the cache (engine version, scenario hash, seed, replication). */
  keyOf: (job: ReplicationJob) => string;
  cache?: ResultCache;
  /** Called when a job finishes, in completion order: partial aggregates are the caller's to compute over the contiguous prefix. */
  onOutput?: (index: number, output: ReplicationOutput) => void;
  onProgress?: (progress: PoolProgress) => void;
  signal?: AbortSignal;
}

export interface PoolResult {
  /** Indexed like the jobs; undefined for jobs not finished when the pool was cancelled. */
  outputs: (ReplicationOutput | undefined)[];
  cancelled: boolean;
}

export class ReplicationFailedError extends Error {
  constructor(
    readonly job: { scenarioName: string; seed: number; replication: number },
    reason: string,
  ) {
    super(`replication ${job.replication} of "${job.scenarioName}" (seed ${job.seed}) failed: ${reason}`);
    this.name = 'ReplicationFailedError';
  }
}

export function runPool(jobs: readonly ReplicationJob[], options: PoolOptions): Promise<PoolResult> {
  return new Promise((resolve, reject) => new Pool(jobs, options, resolve, reject).start());
}

class Pool {
  private readonly outputs: (ReplicationOutput | undefined)[];
  private readonly pending: number[] = [];
  private readonly running = new Map<WorkerPort, { jobId: number; fraction: number }>();
  private readonly workers: WorkerPort[] = [];
  /** The job groups (a job's `history.group`) some worker has taken, and each worker's current group. */
  private readonly claimedGroups = new Set<string>();
  private readonly workerGroups = new Map<WorkerPort, string>();
  private done = 0;
  private cached = 0;
  private resumed = 0;
  private settled = false;

  constructor(
    private readonly jobs: readonly ReplicationJob[],
    private readonly options: PoolOptions,
    private readonly resolve: (result: PoolResult) => void,
    private readonly reject: (error: Error) => void,
  ) {
    this.outputs = new Array<ReplicationOutput | undefined>(jobs.length).fill(undefined);
  }

  start(): void {
    const { cache, keyOf, signal } = this.options;
    if (signal?.aborted) return this.finish(true);
    signal?.addEventListener('abort', () => this.finish(true), { once: true });
    this.jobs.forEach((job, index) => {
      const hit = cache?.get(keyOf(job));
      if (hit) {
        this.cached++;
        this.store(index, hit);
      } else {
        this.pending.push(index);
      }
    });
    if (this.pending.length === 0) return this.finish(false);
    const count = Math.max(1, Math.min(this.options.workers, this.pending.length));
    for (let i = 0; i < count; i++) this.workers.push(this.spawn());
    for (const worker of this.workers) this.next(worker);
  }

  private spawn(): WorkerPort {
    const worker = this.options.createWorker();
    worker.onMessage((message) => this.receive(worker, message));
    worker.onError((error) => {
      const job = this.running.get(worker);
      this.fail(job ? this.describe(job.jobId) : { scenarioName: '?', seed: NaN, replication: NaN }, error.message);
    });
    return worker;
  }

  private next(worker: WorkerPort): void {
    if (this.settled) return;
    const jobId = this.take(worker);
    if (jobId === undefined) {
      this.running.delete(worker);
      if (this.running.size === 0) this.finish(false);
      return;
    }
    this.running.set(worker, { jobId, fraction: 0 });
    worker.post({ type: 'run', jobId, job: this.jobs[jobId] });
  }

  /**
   * The next job for a worker: the next of its own group's jobs (so that jobs sharing history run
   * one after another where the snapshot is), else the first job of a group nobody has taken,
   * else any job (an idle worker helps rather than waits; the job then just runs in full).
   */
  private take(worker: WorkerPort): number | undefined {
    const groupOf = (jobId: number) => this.jobs[jobId].history?.group;
    const own = this.workerGroups.get(worker);
    let at = own === undefined ? -1 : this.pending.findIndex((jobId) => groupOf(jobId) === own);
    if (at < 0) at = this.pending.findIndex((jobId) => !this.claimedGroups.has(groupOf(jobId) ?? ''));
    if (at < 0) at = 0;
    const [jobId] = this.pending.splice(at, 1);
    const group = jobId === undefined ? undefined : groupOf(jobId);
    if (group !== undefined && !this.claimedGroups.has(group)) {
      this.claimedGroups.add(group);
      this.workerGroups.set(worker, group);
    }
    return jobId;
  }

  private receive(worker: WorkerPort, message: WorkerResponse): void {
    if (this.settled) return;
    if (message.type === 'progress') {
      const state = this.running.get(worker);
      if (state) state.fraction = message.fraction;
      this.report();
    } else if (message.type === 'done') {
      // The finished job now counts in `done`: its running fraction must not count a second time.
      const state = this.running.get(worker);
      if (state) state.fraction = 0;
      if (message.shared?.kind === 'history') this.resumed++;
      this.options.cache?.set(this.options.keyOf(this.jobs[message.jobId]), message.output);
      this.store(message.jobId, message.output);
      this.next(worker);
    } else {
      this.fail(this.describe(message.jobId), message.message);
    }
  }

  private store(index: number, output: ReplicationOutput): void {
    this.outputs[index] = output;
    this.done++;
    this.options.onOutput?.(index, output);
    this.report();
  }

  private report(): void {
    let running = 0;
    for (const { fraction } of this.running.values()) running += fraction;
    const total = this.jobs.length;
    this.options.onProgress?.({ done: this.done, total, cached: this.cached, resumed: this.resumed, fraction: total > 0 ? Math.min(1, (this.done + running) / total) : 1 });
  }

  private describe(jobId: number): { scenarioName: string; seed: number; replication: number } {
    const job = this.jobs[jobId];
    return { scenarioName: job.scenario.name, seed: job.seed, replication: job.replication };
  }

  private fail(job: { scenarioName: string; seed: number; replication: number }, reason: string): void {
    if (this.settled) return;
    this.settled = true;
    this.terminateAll();
    this.reject(new ReplicationFailedError(job, reason));
  }

  private finish(cancelled: boolean): void {
    if (this.settled) return;
    this.settled = true;
    this.terminateAll();
    this.resolve({ outputs: this.outputs, cancelled });
  }

  private terminateAll(): void {
    for (const worker of this.workers) worker.terminate();
    this.running.clear();
  }
}
