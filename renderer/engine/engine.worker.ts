// The engine worker: restores a built-in scenario, runs it, reports progress, honours the cancel
// flag and posts back the requested series with the result's provenance and hash.
// This file and engine/protocol.ts are the renderer's only importers of model/ and scenarios/.
import { hashRunResult, restoreScenario, RunCancelledError, runSimulation, type RunResult } from '../../model';
import { builtInScenarios } from '../../scenarios';
import type { FromWorker, RunView, ToWorker } from './protocol';

/** The worker global, typed by hand: the renderer compiles against the DOM lib, not WebWorker. */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;

function pickSeries(result: RunResult, names: string[]): Record<string, number[]> {
  const picked: Record<string, number[]> = {};
  for (const name of names) {
    const series = result.series[name];
    if (!series) throw new Error(`The engine has no series named "${name}".`);
    picked[name] = series;
  }
  return picked;
}

function run({ runId, request, cancelFlag }: ToWorker): FromWorker {
  const raw = builtInScenarios[request.scenarioName];
  if (raw === undefined) return { type: 'failed', runId, message: `There is no built-in scenario "${request.scenarioName}".` };
  try {
    const scenario = restoreScenario(raw);
    const started = performance.now();
    const result = runSimulation(scenario, {
      seed: request.seed,
      scale: request.scale,
      onProgress: ({ fraction, date }) =>
        scope.postMessage({ type: 'progress', runId, fraction, date, warmingUp: date < scenario.simulation.start }),
      shouldCancel: () => cancelFlag !== null && Atomics.load(cancelFlag, 0) !== 0,
    });
    const view: RunView = {
      provenance: result.provenance,
      resultHash: hashRunResult(result),
      weeks: result.weeks,
      series: pickSeries(result, request.seriesNames),
      elapsedMs: performance.now() - started,
    };
    return { type: 'done', runId, view };
  } catch (error) {
    if (error instanceof RunCancelledError) return { type: 'cancelled', runId };
    return { type: 'failed', runId, message: error instanceof Error ? error.message : String(error) };
  }
}

scope.addEventListener('message', (event) => {
  if (event.data.type === 'run') scope.postMessage(run(event.data));
});
