// From what the user chose to a comparison the worker pool can run: the baseline and alternatives
// (built-in names or the current document) at one scale, or an opened experiment file's scenarios
// (built-in names with presets and `set` overrides, as the CLI applies them). Anything that cannot
// run comes back as a refusal in words that name the problem; nothing here runs the model.
import { applyPresets, ATTRIBUTION_KPIS, builtInScenarioNames, loadBuiltIn, parseOverridePath, planAttribution, runRefusal, scenarioHash, type Experiment, type MechanismGroupId, type ReplicationPlan, type Scenario } from '../../engine';
import type { ScenarioRef } from '../../../experiments/experimentFile';
import { CHARTED_SERIES } from '../../lib/seriesMeasures';
import { formatKpiNumber, kpiKind } from '../../lib/kpiFormat';
import { DOCUMENT_CHOICE, type CompareResults, type CompareSetup, type CompareVariantInfo, type ExperimentSetup } from '../../state/compareSlice';
import { withScale } from '../run/runPlan';
import { readRunNumbers } from '../run/runInputs';

/** A built-in name as a reader would write it: "TR", "Unified", "As happened". */
export function scenarioLabel(name: string): string {
  if (name.length <= 3) return name.toUpperCase();
  const words = name.replace(/[-_]+/g, ' ');
  return words[0].toUpperCase() + words.slice(1);
}

export function choiceLabel(choice: string, documentName: string): string {
  return choice === DOCUMENT_CHOICE ? `Current document (${documentName})` : scenarioLabel(choice);
}

export interface ScenarioVariant {
  id: string;
  label: string;
  scenario: Scenario;
}

/** What the results need to say where they came from (everything but the figures). */
export type ComparisonIdentity = Pick<CompareResults, 'title' | 'source' | 'variants' | 'seed' | 'scale' | 'requested' | 'notes'> & { kpis?: string[]; attributionGroups?: MechanismGroupId[] };

export interface PlannedComparison {
  plan: ReplicationPlan;
  identity: ComparisonIdentity;
}

type Planned = { comparison: PlannedComparison } | { refusal: string };

function identityOf(variants: readonly ScenarioVariant[]): CompareVariantInfo[] {
  return variants.map((v) => ({ id: v.id, label: v.label, scenarioName: v.scenario.name, scenarioHash: scenarioHash(v.scenario) }));
}

/** The chosen scenarios at the chosen scale, with the replications and seed, or why not. */
function chosenVariants(setup: CompareSetup, document: { scenario: Scenario; name: string }): { variants: ScenarioVariant[]; replications: number; scale: number; seed: number } | { refusal: string } {
  const choices = [setup.baseline, ...setup.alternatives.filter((a) => a !== setup.baseline)];
  const scenarios = choices.map((c) => (c === DOCUMENT_CHOICE ? document.scenario : loadBuiltIn(c)));
  const read = readRunNumbers(setup, { scale: scenarios[0].simulation.scale, seed: scenarios[0].simulation.seed });
  if ('errors' in read) return { refusal: read.errors.join('\n') };
  const { replications, scale, seed } = read.numbers;
  return { variants: choices.map((c, i) => ({ id: c, label: choiceLabel(c, document.name), scenario: withScale(scenarios[i], scale) })), replications, scale, seed };
}

function plannedFrom(variants: ScenarioVariant[], numbers: { replications: number; scale: number; seed: number }, title: string, extra: Partial<ComparisonIdentity> = {}): Planned {
  // Every variant must be a valid scenario as it will run (after scale and overrides).
  const invalid = runRefusal(variants);
  if (invalid) return { refusal: invalid };
  const { replications, scale, seed } = numbers;
  return {
    comparison: {
      plan: { variants, seed, replications, series: CHARTED_SERIES },
      identity: { title, source: 'choice', variants: identityOf(variants), seed, scale, requested: replications, notes: [], ...extra },
    },
  };
}

export function planComparison(setup: CompareSetup, document: { scenario: Scenario; name: string }): Planned {
  if (setup.alternatives.length === 0) return { refusal: 'Choose at least one alternative to compare with the baseline.' };
  const chosen = chosenVariants(setup, document);
  if ('refusal' in chosen) return chosen;
  return plannedFrom(chosen.variants, chosen, chosen.variants.map((v) => v.label).join(' vs '));
}

/**
 * Explain: why the one alternative differs from the baseline, group of mechanism by group (the
 * CLI's `sim attribute`): the baseline, the alternative, and the baseline with each differing
 * group taken from the alternative, on common random numbers.
 */
export function planExplanation(setup: CompareSetup, document: { scenario: Scenario; name: string }): Planned {
  const alternatives = setup.alternatives.filter((a) => a !== setup.baseline);
  if (alternatives.length !== 1) return { refusal: `Explain takes one alternative (it explains why it differs from the baseline); ${alternatives.length} are ticked.` };
  const chosen = chosenVariants(setup, document);
  if ('refusal' in chosen) return chosen;
  const [a, b] = chosen.variants;
  let attribution;
  try {
    attribution = planAttribution(a, b);
  } catch (error) {
    return { refusal: error instanceof Error ? error.message : String(error) };
  }
  return plannedFrom(attribution.variants, chosen, `why ${b.label} differs from ${a.label}`, { kpis: ATTRIBUTION_KPIS, attributionGroups: attribution.groups });
}

// ---- Experiment files -------------------------------------------------------------------------

function cliCommand(fileName: string): string {
  return `npm run sim -- experiment ${fileName}`;
}

/** Why the app cannot run this experiment file itself (null when it can). */
export function experimentUnsupported(experiment: Experiment, fileName: string): string | null {
  const kind = experiment.sweep ? 'a sweep' : experiment.tornado ? 'a tornado' : null;
  if (kind) return `This experiment is ${kind}, which the app does not run yet: run it from the command line with ${cliCommand(fileName)}`;
  const file = experiment.scenarios.map(refName).find((name) => !builtInScenarioNames.includes(name));
  if (file !== undefined) {
    return `The experiment names the scenario file "${file}"; the app runs experiments whose scenarios are built in (${builtInScenarioNames.join(', ')}). Run this one from the command line with ${cliCommand(fileName)}`;
  }
  return null;
}

function refName(ref: ScenarioRef): string {
  return typeof ref === 'string' ? ref : ref.scenario;
}

/** The file's own replications, scale and seed (scale and seed from its first scenario unless it sets them). */
export function experimentDefaults(experiment: Experiment): { replications: number; scale: number; seed: number } {
  const first = refName(experiment.scenarios[0]);
  const base = builtInScenarioNames.includes(first) ? loadBuiltIn(first).simulation : { scale: 0.1, seed: 1 };
  return { replications: experiment.replications, scale: experiment.scale ?? base.scale, seed: experiment.seed ?? base.seed };
}

/** A copy of the scenario with one value set by its path (as `--set path=value` does). */
function withValue(scenario: Scenario, path: string, value: unknown): Scenario {
  const copy = JSON.parse(JSON.stringify(scenario)) as Record<string | number, unknown>;
  const keys = parseOverridePath(path);
  let node = copy;
  for (const key of keys.slice(0, -1)) {
    const child = node[key];
    if (child === null || typeof child !== 'object') throw new Error(`the scenario has no ${path} (stopped at ${String(key)})`);
    node = child as Record<string | number, unknown>;
  }
  node[keys[keys.length - 1]] = value;
  return copy as unknown as Scenario;
}

function variantOfRef(ref: ScenarioRef, experiment: Experiment, scale: number): ScenarioVariant {
  const spec = typeof ref === 'string' ? { scenario: ref } : ref;
  let scenario = loadBuiltIn(spec.scenario);
  if (spec.presets) scenario = applyPresets(scenario, spec.presets);
  for (const [path, value] of Object.entries(spec.set ?? {})) scenario = withValue(scenario, path, value);
  if (experiment.years !== undefined) scenario = withValue(scenario, 'simulation.years', experiment.years);
  // The id is the CLI's label (variant ids match `npm run sim -- experiment`); the label reads as prose.
  const id = spec.label ?? [spec.scenario, ...(spec.presets ?? [])].join(' + ');
  const label = spec.label ?? [scenarioLabel(spec.scenario), ...(spec.presets ?? [])].join(' + ');
  return { id, label, scenario: withScale(scenario, scale) };
}

/** Ids must differ: a label given twice gets "#2". */
function uniqueIds(variants: ScenarioVariant[]): ScenarioVariant[] {
  const seen = new Map<string, number>();
  return variants.map((v) => {
    const count = (seen.get(v.id) ?? 0) + 1;
    seen.set(v.id, count);
    return count === 1 ? v : { ...v, id: `${v.id}#${count}` };
  });
}

/** The advisor's precision target in words: "£50m", or "2% of its mean". */
export function advisorTarget(advisor: NonNullable<Experiment['advisor']>): string {
  if (advisor.relative) return `${advisor.halfWidth * 100}% of its mean`;
  const kind = kpiKind(advisor.kpi);
  // Two significant figures: a target is a round number, "£50m" rather than "£50.0m".
  return formatKpiNumber(kind, advisor.halfWidth, 10 ** Math.floor(Math.log10(advisor.halfWidth)) / 10);
}

export function planExperiment(experiment: Experiment, fileName: string, setup: ExperimentSetup): Planned {
  const unsupported = experimentUnsupported(experiment, fileName);
  if (unsupported) return { refusal: unsupported };
  const defaults = experimentDefaults(experiment);
  const read = readRunNumbers({ replications: setup.replications ?? String(defaults.replications), scale: setup.scale, seed: setup.seed }, defaults);
  if ('errors' in read) return { refusal: read.errors.join('\n') };
  const { replications, scale, seed } = read.numbers;
  let variants: ScenarioVariant[];
  try {
    variants = uniqueIds(experiment.scenarios.map((ref) => variantOfRef(ref, experiment, scale)));
  } catch (error) {
    return { refusal: `The experiment ${experiment.name} cannot run: ${error instanceof Error ? error.message : String(error)}` };
  }
  // Every variant must be a valid scenario as it will run (after scale and overrides).
  const invalid = runRefusal(variants);
  if (invalid) return { refusal: invalid };
  const notes: string[] = [];
  if (experiment.advisor) {
    notes.push(
      `The file's replication advisor (until ${experiment.advisor.kpi} is known to ±${advisorTarget(experiment.advisor)}) runs from the command line only (${cliCommand(fileName)}); here the ${replications} replications above run.`,
    );
  }
  return {
    comparison: {
      plan: { variants, seed, replications, series: CHARTED_SERIES },
      identity: { title: experiment.name, source: 'experiment', variants: identityOf(variants), seed, scale, requested: replications, kpis: experiment.kpis, notes },
    },
  };
}
