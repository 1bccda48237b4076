// The renderer's engine module: the only door from the UI to model/. Everything here runs the
// model in a worker (see engine.worker.ts); the UI thread never loads the model's code.
export { EngineClient, type StartedRun } from './engineClient';
export type { RunOutcome, RunProgress, RunRequest, RunView } from './protocol';
export type { Provenance } from '../../model';

/** The built-in scenario the walking skeleton runs. */
export const DEFAULT_SCENARIO = 'as-happened';

/** Stable series names (model/seriesNames.ts) the UI charts. */
export const SERIES = {
  caseload: 'caseload.total',
  prisonPopulation: 'prison.population',
} as const;
