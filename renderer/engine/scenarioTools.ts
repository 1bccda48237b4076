// Scenario and experiment files on the UI thread: the built-in library, reading a file the user
// opened (through restoreScenario / restoreExperiment, so every error names the field), writing a
// document back out, and the documentation of each parameter for the editor. None of this runs
// the model: the engine itself stays in the workers.
import { restoreScenario, ScenarioError, hashOf, type Scenario } from '../../model';
import { builtInScenarios, builtInScenarioNames } from '../../scenarios';
import { docFor } from '../../model/scenario/parameterDocLookup';
import type { ParameterDoc } from '../../model/scenario/parameterDoc';
import { restoreExperiment, ExperimentError, type Experiment } from '../../experiments/experimentFile';
import { jsonErrorText } from '../../formats/textInput';

export { ScenarioError, ExperimentError, hashOf, docFor, builtInScenarioNames };
export type { Scenario, Experiment, ParameterDoc };

export function loadBuiltIn(name: string): Scenario {
  const raw = builtInScenarios[name];
  if (raw === undefined) throw new Error(`There is no built-in scenario "${name}" (there are: ${builtInScenarioNames.join(', ')}).`);
  return restoreScenario(raw);
}

export type OpenedDocument = { kind: 'scenario'; scenario: Scenario } | { kind: 'experiment'; experiment: Experiment };

/** Files are JSON; this is the one place that says what a file that is not JSON gets told. */
function parseJson(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ScenarioError([{ path: '', message: `${fileName} is not JSON: ${jsonErrorText(error)}` }]);
  }
}

/**
 * Reads a file the user opened: an experiment when its `format` says so, otherwise a scenario.
 * Throws ScenarioError or ExperimentError, whose message names every failing field.
 */
export function readDocument(text: string, fileName: string): OpenedDocument {
  const raw = parseJson(text, fileName);
  const format = raw !== null && typeof raw === 'object' ? (raw as { format?: unknown }).format : undefined;
  if (typeof format === 'string' && format.includes('experiment')) return { kind: 'experiment', experiment: restoreExperiment(raw) };
  return { kind: 'scenario', scenario: restoreScenario(raw) };
}

/**
 * Checks a scenario as edited: the list of issues (empty when valid), each naming its field.
 * The editor shows them inline and refuses to run an invalid scenario.
 */
export function validateScenario(scenario: unknown): { path: string; message: string }[] {
  try {
    restoreScenario(scenario);
    return [];
  } catch (error) {
    if (error instanceof ScenarioError) return error.issues;
    return [{ path: '', message: error instanceof Error ? error.message : String(error) }];
  }
}

/** The text a scenario is saved as: stable key order as edited, two-space indent, final newline. */
export function scenarioText(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** Short provenance hash of a scenario as it stands (what every result of it will carry). */
export function scenarioHash(scenario: Scenario): string {
  return hashOf(scenario);
}

export function parameterDoc(path: string): ParameterDoc | undefined {
  return docFor(path);
}
export { parseOverridePath } from '../../model/scenario/overridePath';
