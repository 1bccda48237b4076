// The renderer's engine module: the only door from the UI to model/, finance/ and scenarios/.
// Runs happen in workers (engine.worker.ts for one detailed run, replication.worker.ts for
// replications in bulk); the UI thread only validates files and reads documentation.
export { EngineClient, type StartedRun } from './engineClient';
export type { RunOutcome, RunProgress, RunRequest, RunView } from './protocol';
export type { Provenance, Scenario, FlowMatrix, Journey, Summary } from '../../model';
export { ENGINE_VERSION } from '../../model/version';
export { operatingModels, type OperatingModel } from '../../model/scenario/schema';
/** Civil dates ↔ day numbers, exact integer arithmetic (the trainer's clock counts in these). */
export { civilOf, daysInMonth, epochDayOf, isoDateOf, parseIsoDate } from '../../model/calendar/dates';
export type { MoneyReport, MoneySummary, CrcReport } from '../../finance';
export * from './scenarioTools';
/** Dated parameter values (timeline.values): the model's one definition of a value on a day, and of a dated path's canonical spelling. */
export { canonicalDatedPath, datedSeriesOf, valueOn, DATED_ROOT } from '../../model/scenario/datedValues';
export type { DatedValue } from '../../model/scenario/schema';
export * from './experimentClient';
export * from './experimentTools';
export { runRefusal, RunRefused, type GateVariant } from './runGate';

/** The built-in scenario the app opens first. */
export const DEFAULT_SCENARIO = 'as-happened';
export * from './scenarioSchemaInfo';
/** Published yearly series and how the back-cast judges a run against them (model/calibration). */
export { publishedSeries, publishedSeriesNames, type PublishedSet } from './publishedData';
export { backcastSeriesFor, type BackcastSeries, type Tolerance } from '../../model/calibration/backcastSeries';
export { compareValues } from '../../model/calibration/backcast';
export type { SeedSummary, Verdict } from '../../model/calibration/seedStats';
export type { Basis, PublishedRow, PublishedSeries } from '../../model/calibration/publishedSeries';
