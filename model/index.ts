// The public face of the engine: everything outside model/ imports from here and nowhere else.
export { runSimulation, RunCancelledError } from './runSimulation';
export type { RunOptions, RunProgress } from './runSimulation';
export type { EngineSnapshot } from './engine/snapshot';
export { engineInputsOf, historyBaseKey, sharedHistory, type SharedHistory } from './engine/sharedHistory';
export type * from './runResult';
export { restoreScenario, ScenarioError } from './scenario/restore';
export type { Scenario, Switches, Parameters, OperatingModel } from './scenario/schema';
export { SCENARIO_FORMAT, SCENARIO_SCHEMA_VERSION } from './scenario/schema';
export { summarize } from './summary';
export type { Summary } from './summary';
export { hashOf, canonicalJson } from './hash';
export { hashRunResult } from './hashRunResult';
export { ENGINE_VERSION } from './version';
export { applyOverride } from './scenario/override';
export { realizeUncertainty } from './scenario/uncertainty';
export type { RealizedScenario } from './scenario/uncertainty';
export type { UncertainInput } from './scenario/uncertaintySchema';
export * from './seriesNames';
