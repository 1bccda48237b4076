// The replication plans the Money view runs, built from the document's scenario and the view's
// settings: the distribution (one variant), a stress preset against its base (two variants on
// common random numbers), and the bidder's tornado (the base, each assumption low and high, each
// preset: experiments/examples/bidder-tornado.json, the list the CLI's tornado uses). The
// experiments/ code they use comes through renderer/engine, the renderer's one door to model/.
// The scale is the scenario's own unless the user set another; it goes into every variant's
// scenario (simulation.scale), so the result cache and the provenance see it.
// Invariants: pure; the document's scenario is never touched; a preset or assumption that cannot
// apply to this scenario is left out of the tornado with its reason, never silently.
import { applyPreset, BIDDER_TORNADO, PRESETS, tornadoSpecFromParameters, tornadoVariants, type ReplicationPlan, type Scenario } from '../engine';
import type { TornadoVariantSpec } from '../../experiments/tornado';

export interface RunSettings {
  replications: number;
  /** Null: the scenario's own scale. */
  scale: number | null;
  /** Null: the scenario's own seed. */
  seed: number | null;
}

export function effectiveScale(scenario: Scenario, settings: Pick<RunSettings, 'scale'>): number {
  return settings.scale ?? scenario.simulation.scale;
}

export function effectiveSeed(scenario: Scenario, settings: Pick<RunSettings, 'seed'>): number {
  return settings.seed ?? scenario.simulation.seed;
}

/** The scenario at the run's scale (a copy; the same object back when the scale is already that). */
export function scenarioAtScale(scenario: Scenario, scale: number): Scenario {
  if (scenario.simulation.scale === scale) return scenario;
  return { ...scenario, simulation: { ...scenario.simulation, scale } };
}

export function distributionPlan(scenario: Scenario, settings: RunSettings): ReplicationPlan {
  const scaled = scenarioAtScale(scenario, effectiveScale(scenario, settings));
  return { variants: [{ id: 'base', label: scenario.name, scenario: scaled }], seed: effectiveSeed(scenario, settings), replications: settings.replications };
}

/** The base and the base with one preset, on common random numbers. Throws a PresetError naming why it cannot apply. */
export function presetPlan(scenario: Scenario, presetId: string, settings: RunSettings): ReplicationPlan {
  const scaled = scenarioAtScale(scenario, effectiveScale(scenario, settings));
  const stressed = applyPreset(scaled, presetId);
  const title = PRESETS.find((p) => p.id === presetId)?.title ?? presetId;
  return {
    variants: [
      { id: 'base', label: scenario.name, scenario: scaled },
      { id: presetId, label: title, scenario: stressed },
    ],
    seed: effectiveSeed(scenario, settings),
    replications: settings.replications,
  };
}

export interface TornadoPlan {
  plan: ReplicationPlan;
  specs: TornadoVariantSpec[];
  /** Assumptions and presets that could not apply to this scenario, with the reason. */
  skipped: { id: string; reason: string }[];
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The tornado's variants for this scenario; what cannot apply is skipped and reported. */
export function tornadoPlan(scenario: Scenario, settings: RunSettings, parameters = BIDDER_TORNADO.parameters, presets = BIDDER_TORNADO.presets): TornadoPlan {
  const base = scenarioAtScale(scenario, effectiveScale(scenario, settings));
  const skipped: TornadoPlan['skipped'] = [];
  const usableParameters = parameters.filter((p) => {
    try {
      tornadoVariants(base, tornadoSpecFromParameters([p], []));
      return true;
    } catch (error) {
      skipped.push({ id: p.label ?? p.path, reason: reasonOf(error) });
      return false;
    }
  });
  const usablePresets = presets.filter((id) => {
    try {
      applyPreset(base, id);
      return true;
    } catch (error) {
      skipped.push({ id, reason: reasonOf(error) });
      return false;
    }
  });
  const specs = tornadoSpecFromParameters(usableParameters, usablePresets);
  const variants = tornadoVariants(base, specs);
  return { plan: { variants, seed: effectiveSeed(scenario, settings), replications: settings.replications }, specs, skipped };
}

/** Whether TR is ever the operating model in the scenario's timeline (else no CRC contract can be in force). */
export function everUnderTr(scenario: Scenario): boolean {
  return scenario.timeline.initial.operatingModel === 'tr' || scenario.timeline.changes.some((c) => c.set.operatingModel === 'tr');
}
