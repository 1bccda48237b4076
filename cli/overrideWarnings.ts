// Warnings, on stderr, for `--set` overrides that a later timeline change undoes: the run goes
// ahead (the override is valid and holds until that change), but the user is told the date it
// stops holding, what the change sets, and the override that would carry it on. Printed even with
// --quiet: without it the run would silently answer a different question from the one asked.
import type { Engine } from './engine';
import type { Override } from './commonFlags';
import type { Scenario, ShadowedOverride } from '../model/index';

/** One line per shadowed override of `scenario` (labelled `label` when several scenarios run). */
export function overrideWarnings(engine: Engine, scenario: Scenario, overrides: readonly Override[], label?: string): string[] {
  const given = new Map(overrides.map((o) => [o.path, o.value]));
  return engine.shadowedOverrides(scenario, [...given.keys()]).map((s) => warningLine(s, given.get(s.path)!, label));
}

function warningLine(s: ShadowedOverride, written: string, label: string | undefined): string {
  const where = label === undefined ? '' : ` (scenario ${label})`;
  const change = `timeline change ${s.change.index} ("${s.change.label}")`;
  const sets = `sets ${s.setting} to ${JSON.stringify(s.change.value)}`;
  const effect = s.neverHolds
    ? `has no effect: ${change}, dated ${s.change.date}, ${sets} before the run starts`
    : `holds only until ${s.change.date}, when ${change} ${sets}`;
  const fix = `--set timeline.changes[${s.change.index}].set.${s.setting}=${JSON.stringify(s.value)}`;
  return `warning: --set ${s.path}=${written}${where} ${effect}; to keep ${s.setting} at ${JSON.stringify(s.value)} after that too, add ${fix}\n`;
}
