// Warnings, on stderr, for `--set` overrides that a later timeline change undoes: the run goes
// ahead (the override is valid and holds until that change), but the user is told the date it
// stops holding, what the change sets, and the override that would carry it on. Printed even with
// --quiet: without it the run would silently answer a different question from the one asked.
import type { Engine } from './engine';
import type { Override } from './commonFlags';
import type { DatedShadow, Scenario, ShadowedOverride } from '../model/index';

/** Where an override was written: on the command line, or in an experiment file's `set` or sweep. */
export type OverrideSource = 'command line' | 'experiment file';

/** One line per shadowed override of `scenario` (labelled `label` when several scenarios run). */
export function overrideWarnings(
  engine: Engine,
  scenario: Scenario,
  overrides: readonly Override[],
  label?: string,
  source: OverrideSource = 'command line',
): string[] {
  const given = new Map(overrides.map((o) => [o.path, o.value]));
  const paths = [...given.keys()];
  return [
    ...engine.shadowedOverrides(scenario, paths).map((s) => warningLine(s, given.get(s.path)!, label, source)),
    ...engine.datedShadows(scenario, paths).map((s) => datedWarningLine(s, given.get(s.path)!, label, source)),
  ];
}

/** An override of a number whose dated values take over from their first date. */
function datedWarningLine(s: DatedShadow, written: string, label: string | undefined, source: OverrideSource): string {
  const where = label === undefined ? '' : ` (scenario ${label})`;
  const what = source === 'experiment file' ? `the experiment file's ${s.path}=${written}` : `--set ${s.path}=${written}`;
  const values = `its dated values (timeline.values[${s.index}], ${s.source})`;
  const effect = s.neverHolds ? `has no effect: ${values} begin on ${s.from}, before the run starts` : `holds only until ${s.from}, when ${values} take over`;
  return `warning: ${what}${where} ${effect}; to change it from a date on, use ${s.path}@YYYY-MM-DD=${written}, or edit timeline.values[${s.index}]\n`;
}

function warningLine(s: ShadowedOverride, written: string, label: string | undefined, source: OverrideSource): string {
  const where = label === undefined ? '' : ` (scenario ${label})`;
  const change = `timeline change ${s.change.index} ("${s.change.label}")`;
  const sets = `sets ${s.setting} to ${JSON.stringify(s.change.value)}`;
  const effect = s.neverHolds
    ? `has no effect: ${change}, dated ${s.change.date}, ${sets} before the run starts`
    : `holds only until ${s.change.date}, when ${change} ${sets}`;
  const carryOn = `timeline.changes[${s.change.index}].set.${s.setting}`;
  const value = JSON.stringify(s.value);
  if (source === 'experiment file') {
    return `warning: the experiment file's ${s.path}=${written}${where} ${effect}; to keep ${s.setting} at ${value} after that too, also set "${carryOn}": ${value}\n`;
  }
  return `warning: --set ${s.path}=${written}${where} ${effect}; to keep ${s.setting} at ${value} after that too, add --set ${carryOn}=${value}\n`;
}
