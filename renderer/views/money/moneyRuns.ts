// Starting and cancelling the Money view's runs, outside any component: a run goes on while the
// user looks at another view, and its results land in the money slice. The cancel handles (and
// the view's own engine client for the detailed run) live here at module level, never in the
// store. Progress is throttled: a pool reports every few milliseconds, the screen needs a few
// updates a second. Every start goes through the engine's run gate first: a scenario that cannot
// run (or a preset that cannot apply) is refused beside the button used, and nothing runs.
import type { Store } from '../../state/store';
import type { AppState } from '../../state/appState';
import { addNotice } from '../../state/documentActions';
import {
  detailFinished,
  detailProgressed,
  detailStarted,
  jobFinished,
  jobKeyText,
  jobPartial,
  jobProgressed,
  jobStarted,
  controlOf,
  learnCrcNames,
  moneyRefused,
  type JobKey,
  type RunStamp,
} from '../../state/moneySlice';
import { ENGINE_VERSION, EngineClient, runRefusal, scenarioHash, type ReplicationPlan, type Scenario } from '../../engine';
import { launchJob } from '../shared/launchJob';
import { moneyColumnsOf } from '../../lib/moneyKpis';
import { crcNamesOf } from '../../lib/moneyDetail';
import { effectiveScale, effectiveSeed, scenarioAtScale, type RunSettings } from '../../lib/moneyPlan';

/** The detailed run's progress reaches the store at most this often. */
const PROGRESS_INTERVAL_MS = 150;
/** Partial results redraw the charts (a commit of 100-250 ms on a slow machine, not interruptible): at most every 2 s. */
const PARTIAL_INTERVAL_MS = 2000;

const cancels = new Map<string, () => void>();
/** Ids of detailed runs (batches take theirs from launchJob). */
let nextDetailId = 1;
let detailClient: EngineClient | null = null;

function stampOf(scenario: Scenario, plan: { seed: number; replications: number; scenario: Scenario }): RunStamp {
  return {
    scenarioName: scenario.name,
    scenarioHash: scenarioHash(plan.scenario),
    documentHash: scenarioHash(scenario),
    seed: plan.seed,
    scale: plan.scenario.simulation.scale,
    replications: plan.replications,
    engineVersion: ENGINE_VERSION,
  };
}

/** Calls `fn` at most every `ms`, always with the latest arguments; `flush` delivers the last call now. */
function throttled<A extends unknown[]>(ms: number, fn: (...args: A) => void): ((...args: A) => void) & { flush(): void } {
  let last = 0;
  let pending: A | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    timer = undefined;
    if (pending === null) return;
    const args = pending;
    pending = null;
    last = Date.now();
    fn(...args);
  };
  const call = (...args: A) => {
    pending = args;
    const wait = ms - (Date.now() - last);
    if (wait <= 0) fire();
    else timer ??= setTimeout(fire, wait);
  };
  call.flush = () => {
    clearTimeout(timer);
    fire();
  };
  return call;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A batch as its section builds it: the plan, and what the job keeps besides (a tornado's specs). */
export interface PreparedBatch {
  plan: ReplicationPlan;
  extra?: object;
}

/**
 * Runs the replications `prepare` plans for the job at `key`: progress, partial KPI columns as the
 * complete prefix grows, then the final columns (all replications, or those finished before a
 * cancel). When the plan cannot be made (it throws) or the gate refuses one of its scenarios, the
 * reason goes beside the section's button and nothing runs.
 */
export function runBatch(store: Store<AppState>, key: JobKey, scenario: Scenario, prepare: () => PreparedBatch): void {
  const prepared = preparedOrRefusal(scenario, prepare);
  if (typeof prepared === 'string') store.update(moneyRefused(controlOf(key), prepared));
  else launchBatch(store, key, scenario, prepared.plan, prepared.extra ?? {});
}

/** The batch, or why it cannot run: the document first (a preset applied to an invalid document would blame the preset), then every variant as planned. */
function preparedOrRefusal(scenario: Scenario, prepare: () => PreparedBatch): PreparedBatch | string {
  const refusal = runRefusal([{ label: scenario.name, scenario }]);
  if (refusal !== null) return refusal;
  try {
    const prepared = prepare();
    return runRefusal(prepared.plan.variants) ?? prepared;
  } catch (error) {
    return messageOf(error);
  }
}

/** The batch on the pool, with the one job life every view's batches share (views/shared/launchJob.ts). */
function launchBatch(store: Store<AppState>, key: JobKey, scenario: Scenario, plan: ReplicationPlan, extra: object): void {
  const keyText = jobKeyText(key);
  cancels.get(keyText)?.();
  const stamp = stampOf(scenario, { seed: plan.seed, replications: plan.replications, scenario: plan.variants[0].scenario });
  const variantInfo = plan.variants.map((v) => ({ id: v.id, label: v.label, scenarioHash: scenarioHash(v.scenario) }));
  const job = launchJob(
    plan,
    {
      summarize: (outputs, complete) => ({ complete, columns: outputs.map((row) => moneyColumnsOf(row, complete)) }),
      started: (j) => store.update(jobStarted(key, { ...j, stamp, variantInfo, columns: plan.variants.map(() => ({})), ...extra })),
      progressed: (id, progress, now) => store.update(jobProgressed(key, id, progress, now)),
      results: (id, { complete, columns }) => store.update(jobPartial(key, id, complete, columns)),
      ended: (id, outcome, now) => {
        store.update(jobFinished(key, id, outcome, now));
        if ('failed' in outcome) store.update(addNotice({ tone: 'error', title: 'A money run failed', detail: outcome.failed }));
      },
    },
    { summaryIntervalMs: PARTIAL_INTERVAL_MS },
  );
  cancels.set(keyText, job.cancel);
  void job.finished.finally(() => {
    if (cancels.get(keyText) === job.cancel) cancels.delete(keyText);
  });
}

export function cancelBatch(key: JobKey): void {
  cancels.get(jobKeyText(key))?.();
}

/** One future in detail: replication 0 at the run's seed and scale, with its money report; refused beside its button when the scenario cannot run. */
export function runDetail(store: Store<AppState>, scenario: Scenario, settings: RunSettings): void {
  const scaled = scenarioAtScale(scenario, effectiveScale(scenario, settings));
  const refusal = runRefusal([{ label: scenario.name, scenario: scaled }]);
  if (refusal !== null) {
    store.update(moneyRefused('detail', refusal));
    return;
  }
  const id = nextDetailId++;
  const seed = effectiveSeed(scenario, settings);
  store.update(
    detailStarted({
      id,
      status: 'running',
      stamp: stampOf(scenario, { seed, replications: 1, scenario: scaled }),
      fraction: 0,
      date: '',
      warmingUp: true,
      startedAt: Date.now(),
    }),
  );
  detailClient ??= new EngineClient();
  const progress = throttled(PROGRESS_INTERVAL_MS, (p: { fraction: number; date: string; warmingUp: boolean }) => store.update(detailProgressed(id, p)));
  const { outcome } = detailClient.run({ scenario: scaled, seed, replication: 0, money: true, seriesNames: [] }, progress);
  void outcome.then((result) => {
    progress.flush();
    if (result.status === 'done') {
      const money = result.view.money;
      if (money) store.update(learnCrcNames(crcNamesOf(money.report)));
      store.update(detailFinished(id, { status: 'done', report: money?.report, summary: money?.summary, resultHash: result.view.resultHash, elapsedMs: result.view.elapsedMs }));
    } else if (result.status === 'cancelled') store.update(detailFinished(id, { status: 'cancelled' }));
    else {
      store.update(detailFinished(id, { status: 'failed', message: result.message }));
      store.update(addNotice({ tone: 'error', title: 'The detailed money run failed', detail: result.message }));
    }
  });
}

export function cancelDetail(): void {
  detailClient?.cancel();
}
