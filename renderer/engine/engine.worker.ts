// The detail-run worker: runs one replication of the scenario it is given, reports progress,
// honours the cancel flag and posts back the series, flows, journeys and money of the run with its
// provenance and hash. Replications in bulk go to replication.worker.ts instead.
import './zodWithoutEval';
import { hashRunResult, RunCancelledError, runSimulation, summarize, type RunResult, type Scenario } from '../../model';
import { computeMoney, moneyReport, summarizeMoney } from '../../finance';
import type { FromWorker, RunView, ToWorker } from './protocol';

/** The worker global, typed by hand: the renderer compiles against the DOM lib, not WebWorker. */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;

function pickSeries(result: RunResult, names: string[] | undefined): Record<string, number[]> {
  if (!names) return result.series;
  const picked: Record<string, number[]> = {};
  for (const name of names) {
    const series = result.series[name];
    if (!series) throw new Error(`The engine has no series named "${name}".`);
    picked[name] = series;
  }
  return picked;
}

function run({ runId, request, cancelFlag }: Extract<ToWorker, { type: 'run' }>): FromWorker {
  try {
    const { scenario } = request;
    const started = performance.now();
    const result = runSimulation(scenario, {
      seed: request.seed,
      replication: request.replication,
      scale: request.scale,
      onProgress: ({ fraction, date }) =>
        scope.postMessage({ type: 'progress', runId, fraction, date, warmingUp: date < scenario.simulation.start }),
      shouldCancel: () => cancelFlag !== null && Atomics.load(cancelFlag, 0) !== 0,
    });
    const { provenance: _provenance, ...summary } = summarize(result);
    let money: RunView['money'];
    if (request.money !== false) {
      const computed = computeMoney(result, scenario);
      money = { summary: summarizeMoney(computed), report: moneyReport(computed) };
    }
    const view: RunView = {
      provenance: result.provenance,
      resultHash: request.hash === false ? '' : hashRunResult(result),
      weeks: result.weeks,
      series: pickSeries(result, request.seriesNames),
      summary,
      flows: result.flows,
      journeys: result.journeys,
      money,
      elapsedMs: performance.now() - started,
    };
    return { type: 'done', runId, view };
  } catch (error) {
    if (error instanceof RunCancelledError) return { type: 'cancelled', runId };
    return { type: 'failed', runId, message: error instanceof Error ? error.message : String(error) };
  }
}

/** A first run in a fresh worker is slow (nothing compiled yet); a tiny one beforehand takes most of that cost. */
function warmUp(scenario: Scenario): void {
  try {
    runSimulation(scenario);
  } catch {
    // Only a rehearsal: a real run reports its own errors.
  }
}

scope.addEventListener('message', (event) => {
  if (event.data.type === 'run') scope.postMessage(run(event.data));
  else if (event.data.type === 'warm-up') warmUp(event.data.scenario);
});
