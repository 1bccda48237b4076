// The typed message protocol between the UI thread and the detail-run worker (engine.worker.ts):
// one replication of one scenario, returned in full enough for the views that need more than
// KPIs (the Sankey's flows, the money report of one future, journeys, every weekly series).
// Cancelling: a run is one synchronous call inside the worker, so a "cancel" message would only be
// read after the run ended. Instead the UI shares a one-word flag (an Int32Array over a
// SharedArrayBuffer, available when the page is cross-origin isolated) that the engine polls
// about every simulated month; where there is no shared memory, the client terminates the worker.
// Invariant: every message carries the runId it belongs to, so a late message from an earlier run
// can never be mistaken for the current one.
import type { FlowMatrix, Journey, Provenance, Scenario, Summary } from '../../model';
import type { MoneyReport, MoneySummary } from '../../finance';

export interface RunRequest {
  /** The scenario to run (already validated with restoreScenario). */
  scenario: Scenario;
  /** Defaults to the scenario's own seed. */
  seed?: number;
  /** Default 0. */
  replication?: number;
  /** Fraction of the national population simulated; defaults to the scenario's own scale. */
  scale?: number;
  /** The weekly series to send back; all of them when omitted. */
  seriesNames?: string[];
  /** Also compute the money (ledger → report); default true. */
  money?: boolean;
  /** Hash the whole result (`resultHash`); default true. Trainer runs skip it: it is a tenth of a small run. */
  hash?: boolean;
}

/** What the UI receives of a finished run: enough to chart, export and prove provenance. */
export interface RunView {
  provenance: Provenance;
  /** hashRunResult of the whole result: equal hashes mean bit-identical runs ('' when not asked for). */
  resultHash: string;
  weeks: string[];
  series: Record<string, number[]>;
  summary: Omit<Summary, 'provenance'>;
  flows: FlowMatrix;
  journeys: Journey[];
  /** The money of this one run (absent when not asked for). */
  money?: { summary: MoneySummary; report: MoneyReport };
  /** Wall-clock time of the run in the worker; not part of the result. */
  elapsedMs: number;
}

export interface RunProgress {
  /** 0..1 of simulated days done, warm-up included. */
  fraction: number;
  /** The simulated date reached, YYYY-MM-DD. */
  date: string;
  /** True before the reported window starts (the warm-up that fills caseloads and prisons). */
  warmingUp: boolean;
}

export type ToWorker =
  | {
      type: 'run';
      runId: number;
      request: RunRequest;
      /** Set to 1 by the UI to ask the run to stop; null when shared memory is unavailable. */
      cancelFlag: Int32Array | null;
    }
  /** Run this (tiny) scenario and throw the result away: it compiles the engine's hot code ahead of the first real run. */
  | { type: 'warm-up'; scenario: Scenario };

export type FromWorker =
  | ({ type: 'progress'; runId: number } & RunProgress)
  | { type: 'done'; runId: number; view: RunView }
  | { type: 'cancelled'; runId: number }
  | { type: 'failed'; runId: number; message: string };

export type RunOutcome =
  | { status: 'done'; view: RunView }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };
