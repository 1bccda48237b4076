// From what the user gave (`compare a b …` with flags, or an experiment file plus flags) to a
// resolved experiment: the scenario variants to run, with presets and overrides applied, and the
// replications, seed, workers and KPIs. Flags given on the command line win over the file.
// Scenario files named in an experiment file are found relative to that file.
import * as path from 'node:path';
import { availableParallelism } from 'node:os';
import type { Scenario } from '../model/index';
import type { Engine } from './engine';
import { ATTRIBUTION_KPIS, type ExperimentCommand } from './experimentArgs';
import type { Override } from './commonFlags';
import { loadScenario, readScenarioFile } from './loadScenario';
import { InputError } from './errors';
import type { AdvisorSpec, Experiment, ScenarioRef, TornadoSpec } from '../experiments/experimentFile';
import type { ScenarioVariant } from '../experiments/runner';
import type { DesignPoint } from '../experiments/design';
import type { TornadoVariantSpec } from '../experiments/tornado';
import type { MechanismGroupId } from '../experiments/mechanismGroups';

export type ExperimentKind = 'compare' | 'attribute' | 'sweep' | 'tornado';

export interface ResolvedExperiment {
  kind: ExperimentKind;
  name: string;
  variants: ScenarioVariant[];
  seed: number;
  replications: number;
  workers: number;
  independentSeeds: boolean;
  kpis?: string[];
  series?: string[];
  advisor?: AdvisorSpec;
  tornado?: TornadoSpec;
  /** The tornado's variants in plan order (base, each parameter low and high, each preset). */
  tornadoSpecs?: TornadoVariantSpec[];
  sweepPoints?: DesignPoint[];
  /** attribute: the groups of mechanism in which a and b differ (variants: a, b, a with each from b). */
  attributionGroups?: MechanismGroupId[];
  /** What the experiment file sets (a scenario's `set`, a sweep point), per variant it made, for the shadowed-override warnings. */
  fileOverrides: FileOverrides[];
}

export interface FileOverrides {
  label: string;
  scenario: Scenario;
  overrides: Override[];
}

export interface ExperimentModules {
  applyPresets: (scenario: Scenario, ids: readonly string[]) => Scenario;
  gridDesign: typeof import('../experiments/design').gridDesign;
  listDesign: typeof import('../experiments/design').listDesign;
  latinHypercube: typeof import('../experiments/design').latinHypercube;
  tornadoSpecFromParameters: typeof import('../experiments/tornado').tornadoSpecFromParameters;
  tornadoVariants: typeof import('../experiments/tornado').tornadoVariants;
  planAttribution: typeof import('../experiments/attribution').planAttribution;
}

/** `attribute a b`: a, b and a with each differing group of mechanism from b, on common random numbers. */
export async function resolveAttribute(command: ExperimentCommand, engine: Engine, modules: ExperimentModules): Promise<ResolvedExperiment> {
  const pair = await resolveCompare(command, engine, modules);
  let plan;
  try {
    plan = modules.planAttribution(pair.variants[0], pair.variants[1]);
  } catch (error) {
    if (error instanceof Error && error.name === 'AttributionError') throw new InputError(error.message);
    throw error;
  }
  // Every hybrid is checked as a user's file would be: a mix of two valid scenarios can break a rule across fields.
  for (const variant of plan.variants.slice(2)) engine.restoreScenario(variant.scenario);
  return { ...pair, kind: 'attribute', name: `why ${pair.variants[1].label} differs from ${pair.variants[0].label}`, variants: plan.variants, attributionGroups: plan.groups, kpis: command.kpis ?? ATTRIBUTION_KPIS };
}

/** Workers by default: one per core (the main thread only hands out jobs and adds up). */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

export async function resolveCompare(command: ExperimentCommand, engine: Engine, modules: ExperimentModules): Promise<ResolvedExperiment> {
  const variants: ScenarioVariant[] = [];
  for (const [i, input] of command.inputs.entries()) {
    let scenario = await loadScenario(input, engine);
    scenario = modules.applyPresets(scenario, command.presets);
    for (const o of command.overrides) scenario = engine.applyOverride(scenario, o.path, o.value);
    variants.push({ id: uniqueId(input, command.inputs.slice(0, i)), label: input, scenario });
  }
  return {
    kind: 'compare',
    name: command.inputs.join(' vs '),
    variants,
    seed: command.seed ?? variants[0].scenario.simulation.seed,
    replications: command.replications ?? 10,
    workers: command.workers ?? defaultWorkers(),
    independentSeeds: command.independentSeeds,
    kpis: command.kpis,
    fileOverrides: [],
  };
}

function uniqueId(input: string, before: readonly string[]): string {
  const count = before.filter((b) => b === input).length;
  return count === 0 ? input : `${input}#${count + 1}`;
}

export async function resolveExperimentFile(
  experiment: Experiment,
  file: string,
  command: ExperimentCommand,
  engine: Engine,
  modules: ExperimentModules,
): Promise<ResolvedExperiment> {
  const folder = path.dirname(path.resolve(file));
  const scenarios: ScenarioVariant[] = [];
  const fileOverrides: FileOverrides[] = [];
  for (const ref of experiment.scenarios) {
    const variant = await resolveRef(ref, folder, experiment, engine, modules);
    scenarios.push(variant);
    fileOverrides.push({ label: variant.label, scenario: variant.scenario, overrides: overridesOf(typeof ref === 'string' ? {} : (ref.set ?? {})) });
  }
  const base = {
    name: experiment.name,
    seed: command.seed ?? experiment.seed ?? scenarios[0].scenario.simulation.seed,
    replications: command.replications ?? experiment.replications,
    workers: command.workers ?? experiment.workers ?? defaultWorkers(),
    independentSeeds: command.independentSeeds,
    kpis: command.kpis ?? experiment.kpis,
    series: experiment.series,
    advisor: experiment.advisor,
    fileOverrides,
  };
  if (experiment.tornado) {
    const tornado = { ...experiment.tornado, kpi: command.kpis?.[0] ?? experiment.tornado.kpi };
    const tornadoSpecs = modules.tornadoSpecFromParameters(tornado.parameters, tornado.presets ?? []);
    const variants = modules.tornadoVariants(scenarios[0].scenario, tornadoSpecs);
    return { ...base, kind: 'tornado', variants, tornado, tornadoSpecs, kpis: [tornado.kpi] };
  }
  if (experiment.sweep) {
    const points = designPoints(experiment, modules);
    const baseScenario = scenarios[0].scenario;
    const variants: ScenarioVariant[] = [{ id: 'base', label: `${scenarios[0].label} (as given)`, scenario: baseScenario }];
    points.forEach((point, i) => {
      let scenario = baseScenario;
      for (const [p, value] of Object.entries(point)) scenario = engine.applyOverride(scenario, p, String(value));
      const label = Object.entries(point).map(([p, v]) => `${p}=${v}`).join(', ');
      variants.push({ id: `point ${i + 1}`, label, scenario });
      fileOverrides.push({ label, scenario, overrides: overridesOf(point) });
    });
    return { ...base, kind: 'sweep', variants, sweepPoints: points };
  }
  return { ...base, kind: 'compare', variants: scenarios };
}

function designPoints(experiment: Experiment, modules: ExperimentModules): DesignPoint[] {
  const sweep = experiment.sweep!;
  switch (sweep.design) {
    case 'grid':
      return modules.gridDesign(sweep.parameters);
    case 'list':
      return modules.listDesign(sweep.points);
    case 'lhs':
      return modules.latinHypercube(sweep.parameters, sweep.samples, sweep.seed ?? experiment.seed ?? 1);
  }
}

async function resolveRef(ref: ScenarioRef, folder: string, experiment: Experiment, engine: Engine, modules: ExperimentModules): Promise<ScenarioVariant> {
  const spec = typeof ref === 'string' ? { scenario: ref } : ref;
  let scenario = await loadRelative(spec.scenario, folder, engine);
  if (spec.presets) scenario = modules.applyPresets(scenario, spec.presets);
  for (const [p, value] of Object.entries(spec.set ?? {})) scenario = engine.applyOverride(scenario, p, String(value));
  if (experiment.scale !== undefined) scenario = engine.applyOverride(scenario, 'simulation.scale', String(experiment.scale));
  if (experiment.years !== undefined) scenario = engine.applyOverride(scenario, 'simulation.years', String(experiment.years));
  const label = spec.label ?? [spec.scenario, ...(spec.presets ?? [])].join(' + ');
  return { id: label, label, scenario };
}

/** A built-in name, or a file found relative to the experiment file. */
async function loadRelative(name: string, folder: string, engine: Engine): Promise<Scenario> {
  if (Object.hasOwn(engine.builtInScenarios, name)) return engine.restoreScenario(engine.builtInScenarios[name]);
  const file = path.resolve(folder, name);
  try {
    return engine.restoreScenario(await readScenarioFile(file));
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`scenario "${name}" of the experiment: ${error.message}`);
    throw error;
  }
}

function overridesOf(set: Readonly<Record<string, unknown>>): Override[] {
  return Object.entries(set).map(([p, value]) => ({ path: p, value: String(value) }));
}

