// The groups of mechanism an attribution moves from one scenario to another (attribution.ts), and
// the hybrid scenario that takes some groups from `b` and the rest from `a`. Every number and
// switch of a scenario belongs to exactly one group, so the hybrid that takes every group from
// `b` means what `b` means (a test runs both and compares the bits). A timeline switch is moved
// whole: its initial value and every dated change of it come from the one scenario, so a hybrid
// never mixes two schedules of one switch. Pure: scenarios in, a scenario out.
import type { Scenario } from '../model/scenario/schema';

export type MechanismGroupId = 'operatingModel' | 'reports' | 'resettlement' | 'ora' | 'staffing' | 'money' | 'otherParameters';

export interface MechanismGroup {
  id: MechanismGroupId;
  label: string;
  /** For a column heading. */
  short: string;
}

/** In the order an attribution reports them. */
export const MECHANISM_GROUPS: readonly MechanismGroup[] = [
  { id: 'operatingModel', label: 'operating model (who supervises, the NPS–CRC interfaces)', short: 'operating model' },
  { id: 'reports', label: 'pre-sentence reports (volumes and target)', short: 'reports' },
  { id: 'resettlement', label: 'resettlement (Through the Gate, reach-in)', short: 'resettlement' },
  { id: 'ora', label: 'Offender Rehabilitation Act', short: 'ORA' },
  { id: 'staffing', label: 'staffing', short: 'staffing' },
  { id: 'money', label: 'contracts and money terms', short: 'money terms' },
  { id: 'otherParameters', label: 'other parameters', short: 'other parameters' },
];

export const groupNamed = (id: MechanismGroupId): MechanismGroup => MECHANISM_GROUPS.find((g) => g.id === id)!;

type Switches = Scenario['timeline']['initial'];
type SwitchName = keyof Switches;

const SWITCH_GROUP: Record<SwitchName, MechanismGroupId> = {
  operatingModel: 'operatingModel',
  ora: 'ora',
  throughTheGate: 'resettlement',
  reachIn: 'resettlement',
  reachInDays: 'resettlement',
  psrShare: 'reports',
  psrMix: 'reports',
  psrTarget: 'reports',
};

/** Parameter paths that belong to a named group (by prefix); every other parameter is 'otherParameters'. */
const PARAMETER_GROUPS: readonly [prefix: string, group: MechanismGroupId][] = [
  ['parameters.resettlement.', 'resettlement'],
  ['parameters.court.psrTarget.', 'reports'],
  ['parameters.supervision.workforceFte.', 'staffing'],
  // The interfaces between the NPS and the CRCs act only under TR: part of what the model is.
  ['parameters.breach.trReferralDelayDays', 'operatingModel'],
  ['parameters.risk.handoverDelayDays', 'operatingModel'],
];

/** The group of a number of `parameters` (or `money`), by its dotted path. */
export function groupOfPath(path: string): MechanismGroupId {
  if (path === 'money' || path.startsWith('money.')) return 'money';
  for (const [prefix, group] of PARAMETER_GROUPS) if (path === prefix || path.startsWith(prefix)) return group;
  return 'otherParameters';
}

export const groupOfSwitch = (name: string): MechanismGroupId => SWITCH_GROUP[name as SwitchName];

/** The groups in which `a` and `b` differ in what a run depends on, in report order. */
export function differingGroups(a: Scenario, b: Scenario): MechanismGroupId[] {
  return MECHANISM_GROUPS.map((g) => g.id).filter((id) => JSON.stringify(projection(a, id)) !== JSON.stringify(projection(b, id)));
}

/**
 * What a run takes from one group: each of its switches' initial value and dated settings in date
 * order (the labels and places in the list change nothing), and its numbers, dated values and
 * uncertain inputs.
 */
function projection(s: Scenario, group: MechanismGroupId): unknown {
  const inGroup = (path: string) => groupOfPath(path) === group;
  const switches = Object.keys(s.timeline.initial)
    .filter((name) => groupOfSwitch(name) === group)
    .sort()
    .map((name) => [
      name,
      (s.timeline.initial as Record<string, unknown>)[name],
      s.timeline.changes
        .map((change, index) => ({ change, index }))
        .filter(({ change }) => name in change.set)
        .sort((x, y) => (x.change.date < y.change.date ? -1 : x.change.date > y.change.date ? 1 : x.index - y.index))
        .map(({ change }) => [change.date, (change.set as Record<string, unknown>)[name]]),
    ]);
  const numbers: Record<string, unknown> = {};
  copyLeaves(s.parameters, numbers, 'parameters', inGroup, true);
  const byPath = <T extends { path: string }>(items: readonly T[]) => items.filter((item) => inGroup(item.path)).sort((x, y) => (x.path < y.path ? -1 : 1));
  return { switches, numbers, values: byPath(s.timeline.values), uncertainty: byPath(s.uncertainty), money: group === 'money' ? s.money : null };
}

/**
 * `a` with the groups in `fromB` taken from `b`. Both must share their simulation settings (the
 * window, scale and seed are the experiment's, not a mechanism); the caller checks that.
 */
export function hybrid(a: Scenario, b: Scenario, fromB: ReadonlySet<MechanismGroupId>): Scenario {
  const takesB = (group: MechanismGroupId) => fromB.has(group);
  const initial = { ...a.timeline.initial } as Record<string, unknown>;
  for (const name of Object.keys(b.timeline.initial)) if (takesB(groupOfSwitch(name))) initial[name] = structuredClone((b.timeline.initial as Record<string, unknown>)[name]);
  const changesOf = (source: Scenario, fromThisSource: boolean) =>
    source.timeline.changes.flatMap((change) => {
      const set = Object.fromEntries(Object.entries(change.set).filter(([name]) => takesB(groupOfSwitch(name)) === fromThisSource));
      return Object.keys(set).length === 0 ? [] : [{ ...structuredClone(change), set }];
    });
  const fromPath = <T extends { path: string }>(aItems: readonly T[], bItems: readonly T[]): T[] => [
    ...aItems.filter((item) => !takesB(groupOfPath(item.path))),
    ...bItems.filter((item) => takesB(groupOfPath(item.path))).map((item) => structuredClone(item)),
  ];
  const parameters = structuredClone(a.parameters);
  copyLeaves(b.parameters, parameters, 'parameters', (path) => takesB(groupOfPath(path)));
  return {
    ...structuredClone(a),
    timeline: {
      initial: initial as Switches,
      changes: [...changesOf(a, false), ...changesOf(b, true)],
      values: fromPath(a.timeline.values, b.timeline.values),
    },
    parameters,
    money: structuredClone(takesB('money') ? b.money : a.money),
    uncertainty: fromPath(a.uncertainty, b.uncertainty),
  };
}

/**
 * Copies into `target` every leaf of `source` (numbers, strings, booleans, and arrays whole) whose
 * path `wanted` accepts: in place of the same leaf, or (`flat`) keyed by its whole path.
 */
function copyLeaves(source: unknown, target: unknown, path: string, wanted: (path: string) => boolean, flat = false): void {
  if (typeof source !== 'object' || source === null || Array.isArray(source)) return;
  const into = target as Record<string, unknown>;
  for (const [key, value] of Object.entries(source)) {
    const childPath = `${path}.${key}`;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) copyLeaves(value, flat ? into : into[key], childPath, wanted, flat);
    else if (wanted(childPath)) into[flat ? childPath : key] = structuredClone(value);
  }
}
