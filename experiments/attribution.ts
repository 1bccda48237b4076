// Why two scenarios differ: the attribution of b − a to groups of mechanism (mechanismGroups.ts).
// The plan runs a, b and, for each group in which they differ, a with that one group taken from b,
// all on common random numbers. A group's effect is the paired difference (a with the group) − a;
// the interaction is what is left, (b − a) − Σ effects, replication by replication: how much the
// groups do together beyond their sum. So the effects and the interaction add up to the total by
// construction (to floating-point rounding), whatever order the groups are listed in (a split free of order, unlike a
// waterfall that moves the groups one after another, whose steps depend on the order).
import type { Scenario } from '../model/scenario/schema';
import type { DifferenceSummary, ReplicationOutput, ValueSummary } from './types';
import { pairedDifference, summarizeValues } from './statistics';
import { kpiValues, type ScenarioVariant } from './runner';
import { differingGroups, groupNamed, hybrid, type MechanismGroupId } from './mechanismGroups';

export interface AttributionPlan {
  groups: MechanismGroupId[];
  /** a, b, then a with each group of `groups` from b, in that order. */
  variants: ScenarioVariant[];
}

export interface GroupEffect {
  group: MechanismGroupId;
  label: string;
  short: string;
  effect: DifferenceSummary;
}

export interface KpiAttribution {
  kpi: string;
  a: ValueSummary;
  total: DifferenceSummary;
  effects: GroupEffect[];
  /** Its mean is total − Σ effects exactly; its interval from the per-replication residuals. */
  interaction: ValueSummary;
}

export class AttributionError extends Error {
  override name = 'AttributionError';
}

/** The variants to run, or an error that says why there is nothing to attribute. */
export function planAttribution(a: ScenarioVariant, b: ScenarioVariant): AttributionPlan {
  if (JSON.stringify(a.scenario.simulation) !== JSON.stringify(b.scenario.simulation)) {
    throw new AttributionError(
      `${a.label} and ${b.label} have different simulation settings (the window, scale, seed or journeys); an attribution moves mechanisms, not settings: give both the same (--scale, --years and --set simulation.* apply to both)`,
    );
  }
  const groups = differingGroups(a.scenario, b.scenario);
  if (groups.length === 0) throw new AttributionError(`${a.label} and ${b.label} run the same model: there is no difference to attribute`);
  const variants = [
    a,
    b,
    ...groups.map((group) => ({
      id: `${a.id}+${group}`,
      label: `${a.label} with ${b.label}'s ${groupNamed(group).short}`,
      scenario: { ...hybrid(a.scenario, b.scenario, new Set([group])), name: `${a.scenario.name} + ${group} of ${b.scenario.name}` } satisfies Scenario,
    })),
  ];
  return { groups, variants };
}

export function attributionOf(outputs: readonly (readonly (ReplicationOutput | undefined)[])[], complete: number, kpis: readonly string[], groups: readonly MechanismGroupId[]): KpiAttribution[] {
  return kpis.map((kpi) => {
    const [a, b, ...withGroup] = outputs.map((row) => kpiValues(row, kpi, complete));
    const total = pairedDifference(a, b);
    const effects = groups.map((group, i) => ({ group, label: groupNamed(group).label, short: groupNamed(group).short, effect: pairedDifference(a, withGroup[i]) }));
    const residuals = a.map((_, r) => b[r] - a[r] - withGroup.reduce((sum, values) => sum + (values[r] - a[r]), 0));
    const spread = summarizeValues(residuals);
    // The mean so that the parts add up to the total (to rounding) even where a replication lacks a
    // value for some variant; the interval keeps its width about it.
    const mean = effects.reduce((rest, e) => rest - e.effect.mean, total.mean);
    const shift = mean - spread.mean;
    const interaction: ValueSummary = { ...spread, mean, ci95: spread.ci95 ? [spread.ci95[0] + shift, spread.ci95[1] + shift] : null };
    return { kpi, a: summarizeValues(a), total, effects, interaction };
  });
}
