// A one-way sensitivity (tornado) analysis: planning which scenario variants to run, and ranking
// the bars once their KPI means are known. Running the variants is the caller's job.
// - Planning: the base scenario, then for each parameter a low and a high variant (one override of
//   one path each, as `--set path=value`), then one variant per stress-test preset
//   (experiments/presets.ts). Variant ids are stable: 'base', '<path>@low', '<path>@high', and the
//   preset's id; a swing's id is the parameter's path or the preset's id.
// - Ranking: a bar's swing is |high − low| for a parameter with both sides, and |value − base| for
//   a one-sided bar (a preset has only `high`). Bars are sorted by swing, largest first, ties
//   broken by id (plain string order, so the order is the same everywhere); a swing that is not a
//   number (a side whose mean is undefined, e.g. a CRC figure with no contract in force) ranks
//   after every number. rank is the 1-based position in that order. A parameter with no effect
//   has swing 0 and so ranks after every parameter with one.
// Note: |high − low| is the bar's width when base lies between its ends (the usual case); a
// parameter whose low and high both move the KPI the same way has a narrower swing than either
// delta, and its deltas show that.
// Invariants: pure (no I/O, no clock, no randomness); inputs are never mutated; bad input is
// refused with a TornadoError (or a PresetError for an unknown preset) before anything is run.
import { applyOverride, type Scenario } from '../model/index';
import { applyPresets, presetById } from './presets';

/** One side of a bar: the setting it was run at, and the KPI's mean there. */
export interface TornadoSide {
  setting: string;
  value: number;
}

export interface TornadoSwing {
  id: string;
  label: string;
  low?: TornadoSide;
  high?: TornadoSide;
}

export interface TornadoInput {
  kpi: string;
  /** The KPI's mean in the base scenario. */
  base: number;
  swings: TornadoSwing[];
}

export interface TornadoBar {
  id: string;
  label: string;
  low?: TornadoSide;
  high?: TornadoSide;
  /** low − base (undefined for a bar without a low side). */
  lowDelta?: number;
  /** high − base (undefined for a bar without a high side). */
  highDelta?: number;
  /** |high − low|, or |value − base| for a one-sided bar. */
  swing: number;
  oneSided: boolean;
  /** 1 for the largest swing. */
  rank: number;
}

export interface TornadoResult {
  kpi: string;
  base: number;
  bars: TornadoBar[];
}

/** A tornado input or plan that cannot be used: the message names the swing or parameter. */
export class TornadoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TornadoError';
  }
}

/** The bars, ranked by swing (largest first, ties by id, undefined swings last). */
export function tornado(input: TornadoInput): TornadoResult {
  const seen = new Set<string>();
  const bars = input.swings.map((s): Omit<TornadoBar, 'rank'> => {
    if (seen.has(s.id)) throw new TornadoError(`swing '${s.id}' is listed twice: expected each id once`);
    seen.add(s.id);
    if (s.low === undefined && s.high === undefined) throw new TornadoError(`swing '${s.id}' has neither a low nor a high side: nothing to draw`);
    const lowDelta = s.low === undefined ? undefined : s.low.value - input.base;
    const highDelta = s.high === undefined ? undefined : s.high.value - input.base;
    const oneSided = s.low === undefined || s.high === undefined;
    const swing = oneSided ? Math.abs((lowDelta ?? highDelta)!) : Math.abs(s.high!.value - s.low!.value);
    const bar: Omit<TornadoBar, 'rank'> = { id: s.id, label: s.label, swing, oneSided };
    if (s.low !== undefined) Object.assign(bar, { low: { ...s.low }, lowDelta });
    if (s.high !== undefined) Object.assign(bar, { high: { ...s.high }, highDelta });
    return bar;
  });
  bars.sort(byRank);
  return { kpi: input.kpi, base: input.base, bars: bars.map((bar, i) => ({ ...bar, rank: i + 1 })) };
}

function byRank(a: { id: string; swing: number }, b: { id: string; swing: number }): number {
  const aKnown = Number.isFinite(a.swing);
  const bKnown = Number.isFinite(b.swing);
  if (aKnown !== bKnown) return aKnown ? -1 : 1;
  if (aKnown && a.swing !== b.swing) return b.swing - a.swing;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// ---- planning ----------------------------------------------------------------------------------

/** A value as an experiment file gives it (`--set path=value` takes the same). */
export type OverrideValue = number | string | boolean;

export interface TornadoParameter {
  path: string;
  low: OverrideValue;
  high: OverrideValue;
  /** Shown on the bar; the path when not given. */
  label?: string;
}

/** One scenario variant of a tornado, before it is built from the base scenario. */
export type TornadoVariantSpec =
  | { id: 'base'; label: string; kind: 'base' }
  | { id: string; label: string; kind: 'parameter'; swingId: string; swingLabel: string; side: 'low' | 'high'; path: string; value: OverrideValue }
  | { id: string; label: string; kind: 'preset'; swingId: string; swingLabel: string; preset: string };

export const BASE_VARIANT_ID = 'base';

/**
 * The variants a tornado needs, in run order: the base, each parameter's low then high, then each
 * preset. Refuses a repeated path or preset, an empty path and an unknown preset.
 */
export function tornadoSpecFromParameters(parameters: readonly TornadoParameter[], presets: readonly string[]): TornadoVariantSpec[] {
  const specs: TornadoVariantSpec[] = [{ id: BASE_VARIANT_ID, label: 'base', kind: 'base' }];
  const paths = new Set<string>();
  for (const p of parameters) {
    if (p.path.trim() === '') throw new TornadoError('a tornado parameter has an empty path: expected a scenario path like parameters.supervision.capacityCasesPerFte');
    if (paths.has(p.path)) throw new TornadoError(`parameter '${p.path}' is listed twice: expected each path once`);
    paths.add(p.path);
    const label = p.label ?? p.path;
    for (const side of ['low', 'high'] as const) {
      specs.push({
        id: `${p.path}@${side}`,
        label: `${label} = ${String(p[side])}`,
        kind: 'parameter',
        swingId: p.path,
        swingLabel: label,
        side,
        path: p.path,
        value: p[side],
      });
    }
  }
  const seen = new Set<string>();
  for (const id of presets) {
    const preset = presetById(id);
    if (seen.has(id)) throw new TornadoError(`preset '${id}' is listed twice: expected each preset once`);
    seen.add(id);
    specs.push({ id, label: preset.title, kind: 'preset', swingId: id, swingLabel: preset.title, preset: id });
  }
  return specs;
}

/** Each variant's scenario, built from the base (pure: the base is not touched). */
export function tornadoVariants(base: Scenario, specs: readonly TornadoVariantSpec[]): { id: string; label: string; scenario: Scenario }[] {
  return specs.map((spec) => ({ id: spec.id, label: spec.label, scenario: variantScenario(base, spec) }));
}

function variantScenario(base: Scenario, spec: TornadoVariantSpec): Scenario {
  switch (spec.kind) {
    case 'base':
      return applyPresets(base, []);
    case 'parameter':
      return applyOverride(base, spec.path, String(spec.value));
    case 'preset':
      return applyPresets(base, [spec.preset]);
  }
}

/**
 * The tornado's input from the variants' KPI means (by variant id): the base's mean, and a swing
 * per parameter (low and high) and per preset (high only: a preset is one-sided). A mean that is
 * missing is an error naming the variant; NaN (undefined KPI) is kept and ranks last.
 */
export function tornadoInputFromMeans(kpi: string, specs: readonly TornadoVariantSpec[], meanById: Readonly<Record<string, number>>): TornadoInput {
  const mean = (id: string): number => {
    const value = meanById[id];
    if (typeof value !== 'number') throw new TornadoError(`no mean of ${kpi} for variant '${id}': run every variant of the plan first`);
    return value;
  };
  const swings = new Map<string, TornadoSwing>();
  for (const spec of specs) {
    if (spec.kind === 'base') continue;
    let swing = swings.get(spec.swingId);
    if (swing === undefined) {
      swing = { id: spec.swingId, label: spec.swingLabel };
      swings.set(spec.swingId, swing);
    }
    if (spec.kind === 'parameter') swing[spec.side] = { setting: String(spec.value), value: mean(spec.id) };
    else swing.high = { setting: spec.preset, value: mean(spec.id) };
  }
  return { kpi, base: mean(BASE_VARIANT_ID), swings: [...swings.values()] };
}
