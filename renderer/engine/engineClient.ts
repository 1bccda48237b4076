// The UI thread's handle on the engine worker: start a run, hear its progress, cancel it.
// Invariants: at most one run at a time (starting one cancels the previous); every run's outcome
// promise settles exactly once; messages of any run but the active one are ignored.
import type { FromWorker, RunOutcome, RunProgress, RunRequest, ToWorker } from './protocol';
import type { Scenario } from '../../model';
import { assertRunnable } from './runGate';

/** How long a cooperative cancel may take before the worker is terminated instead. */
const CANCEL_GRACE_MS = 2000;

interface ActiveRun {
  runId: number;
  cancelFlag: Int32Array | null;
  onProgress: (progress: RunProgress) => void;
  settle: (outcome: RunOutcome) => void;
}

export interface StartedRun {
  runId: number;
  outcome: Promise<RunOutcome>;
}

function sharedCancelFlag(): Int32Array | null {
  // SharedArrayBuffer exists only on cross-origin isolated pages (see electron/core/rendererAssets.ts).
  return globalThis.crossOriginIsolated && typeof SharedArrayBuffer === 'function'
    ? new Int32Array(new SharedArrayBuffer(4))
    : null;
}

export class EngineClient {
  private worker: Worker | null = null;
  private active: ActiveRun | null = null;
  private nextRunId = 1;

  /** Throws RunRefused (before anything else happens) when the scenario, at the run's scale, is invalid. */
  run(request: RunRequest, onProgress: (progress: RunProgress) => void): StartedRun {
    const { scenario, scale } = request;
    const asRun = scale === undefined ? scenario : { ...scenario, simulation: { ...scenario.simulation, scale } };
    assertRunnable([{ label: scenario.name, scenario: asRun }]);
    const previous = this.active;
    if (previous) {
      // The worker finishes the old run (stopping at its next poll) before it reads the new one;
      // the old outcome settles now, and the old run's late messages are ignored by runId.
      this.cancel();
      this.finish(previous.runId, { status: 'cancelled' });
    }
    const runId = this.nextRunId++;
    const cancelFlag = sharedCancelFlag();
    const outcome = new Promise<RunOutcome>((resolve) => {
      this.active = { runId, cancelFlag, onProgress, settle: resolve };
    });
    const message: ToWorker = { type: 'run', runId, request, cancelFlag };
    this.ensureWorker().postMessage(message);
    return { runId, outcome };
  }

  /**
   * Starts the worker ahead of the first run, so that loading and compiling the engine (most of a
   * small run's time) is done before the user asks: trainer mode calls it when it opens. With a
   * (tiny) scenario, the worker also rehearses a run, which compiles the engine's hot code.
   */
  prepare(warmUp?: Scenario): void {
    // A rehearsal runs the model too: it goes through the same gate (it is a built-in, so it passes).
    if (warmUp) assertRunnable([{ label: warmUp.name, scenario: warmUp }]);
    const worker = this.ensureWorker();
    if (warmUp) worker.postMessage({ type: 'warm-up', scenario: warmUp } satisfies ToWorker);
  }

  /** Asks the active run to stop; its outcome then settles as cancelled. */
  cancel(): void {
    const run = this.active;
    if (!run) return;
    if (!run.cancelFlag) {
      this.terminateWorker();
      this.finish(run.runId, { status: 'cancelled' });
      return;
    }
    Atomics.store(run.cancelFlag, 0, 1);
    setTimeout(() => {
      if (this.active?.runId !== run.runId) return;
      this.terminateWorker();
      this.finish(run.runId, { status: 'cancelled' });
    }, CANCEL_GRACE_MS);
  }

  /** Stops everything at once (the page is going away): terminate, and settle any run as cancelled. */
  dispose(): void {
    const run = this.active;
    this.terminateWorker();
    if (run) this.finish(run.runId, { status: 'cancelled' });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' });
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => this.onMessage(event.data));
    worker.addEventListener('error', (event) => this.onWorkerError(event.message || 'the engine worker failed to start'));
    worker.addEventListener('messageerror', () => this.onWorkerError('a message from the engine could not be read'));
    this.worker = worker;
    return worker;
  }

  private onMessage(message: FromWorker): void {
    const run = this.active;
    if (!run || message.runId !== run.runId) return;
    switch (message.type) {
      case 'progress':
        run.onProgress({ fraction: message.fraction, date: message.date, warmingUp: message.warmingUp });
        return;
      case 'done':
        return this.finish(run.runId, { status: 'done', view: message.view });
      case 'cancelled':
        return this.finish(run.runId, { status: 'cancelled' });
      case 'failed':
        return this.finish(run.runId, { status: 'failed', message: message.message });
    }
  }

  private onWorkerError(message: string): void {
    const run = this.active;
    this.terminateWorker();
    if (run) this.finish(run.runId, { status: 'failed', message });
  }

  private finish(runId: number, outcome: RunOutcome): void {
    const run = this.active;
    if (!run || run.runId !== runId) return;
    this.active = null;
    run.settle(outcome);
  }

  private terminateWorker(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
