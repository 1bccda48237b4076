// The CLI's one door to the engine and the built-in scenarios. Commands receive an Engine instead
// of importing model/ themselves, so that (1) "help" and argument errors answer instantly without
// loading the model, and (2) tests can drive a command with a small fake engine.
import type { RunOptions, RunResult, Scenario, ShadowedOverride, DatedShadow } from '../model/index';
import type { LedgerEntry, MoneyReport } from '../finance/index';

/** A run's money: its KPIs (the summary's `money` branch), its report, and every ledger entry behind them. */
export interface RunMoney {
  summary: unknown;
  report: MoneyReport;
  ledger: readonly LedgerEntry[];
}

export interface Engine {
  ENGINE_VERSION: string;
  runSimulation(scenario: Scenario, options?: RunOptions): RunResult;
  summarize(result: RunResult): unknown;
  money(result: RunResult, scenario: Scenario): RunMoney;
  restoreScenario(raw: unknown): Scenario;
  applyOverride(scenario: Scenario, path: string, valueText: string): Scenario;
  /** The overrides (by path) of the timeline's switches that a later timeline change undoes. */
  shadowedOverrides(scenario: Scenario, paths: readonly string[]): ShadowedOverride[];
  datedShadows(scenario: Scenario, paths: readonly string[]): DatedShadow[];
  hashOf(value: unknown): string;
  /** Raw JSON of each built-in scenario, keyed by its CLI name. */
  builtInScenarios: Record<string, unknown>;
}

export async function loadEngine(): Promise<Engine> {
  const [model, scenarios, finance] = await Promise.all([import('../model/index'), import('../scenarios/index'), import('../finance/index')]);
  return {
    ENGINE_VERSION: model.ENGINE_VERSION,
    runSimulation: model.runSimulation,
    summarize: model.summarize,
    money: (result, scenario) => {
      const money = finance.computeMoney(result, scenario);
      return { summary: finance.summarizeMoney(money), report: finance.moneyReport(money), ledger: money.ledger };
    },
    restoreScenario: model.restoreScenario,
    applyOverride: model.applyOverride,
    shadowedOverrides: model.shadowedOverrides,
    datedShadows: model.datedShadows,
    hashOf: model.hashOf,
    builtInScenarios: scenarios.builtInScenarios,
  };
}
