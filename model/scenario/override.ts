// applyOverride: one `--set path=value` from the CLI, applied to a scenario (`path@date=value`, a
// value from a date, goes to datedOverride.ts).
// Invariants: pure (the input scenario is never touched; the result shares no object with it);
// the path must name a place that exists, either in the scenario or, for an object, among the
// keys its schema allows (so `timeline.changes[1].set.ora` works even when that change does
// not set `ora` yet); the result goes through restoreScenario, so an override can never produce
// a scenario that a file could not be; every failure is a ScenarioError naming the path.
import type { Scenario } from './schema';
import { ScenarioError } from './scenarioError';
import {
  closestKey,
  describeValue,
  formatPath,
  isPlainObject,
  schemaAt,
  validKeysOf,
} from './issueMessages';
import { restoreScenario } from './restore';
import { OVERRIDE_NUMBER_TEXT, parseOverridePath, type PathKey } from './overridePath';
import { applyDatedOverride, datedOverrideParts } from './datedOverride';

export function applyOverride(scenario: Scenario, path: string, valueText: string): Scenario {
  try {
    if (datedOverrideParts(path) !== undefined) return applyDatedOverride(scenario, path, valueText);
    const keys = parseOverridePath(path);
    const copy: unknown = JSON.parse(JSON.stringify(scenario));
    const { parent, key } = locate(copy, keys);
    const value = parseOverrideValue(valueText, (parent as Record<PathKey, unknown>)[key]);
    Object.defineProperty(parent, key, { value, writable: true, enumerable: true, configurable: true });
    return restoreScenario(copy);
  } catch (error) {
    if (error instanceof ScenarioError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ScenarioError([{ path, message: `could not apply this override: ${reason}` }]);
  }
}

/**
 * The value as typed after `=`: true/false → boolean, a number → number, otherwise JSON if it
 * parses (objects, lists, quoted text, null), otherwise the text itself. Where the current value
 * is text, the typed text is kept as text (`--set name=2015` names the scenario "2015").
 */
export function parseOverrideValue(text: string, current?: unknown): unknown {
  const trimmed = text.trim();
  if (typeof current === 'string') {
    const quoted = tryJson(trimmed);
    return typeof quoted.value === 'string' ? quoted.value : text;
  }
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  if (OVERRIDE_NUMBER_TEXT.test(trimmed)) return Number(trimmed);
  const parsed = tryJson(trimmed);
  return parsed.ok ? parsed.value : text;
}

function tryJson(text: string): { ok: boolean; value: unknown } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, value: undefined };
  }
}

/** Walks to the container of the last key, checking every step; the last key may be new only where the schema allows it. */
function locate(root: unknown, keys: readonly PathKey[]): { parent: object; key: PathKey } {
  let node = root;
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i];
    const here = keys.slice(0, i);
    const failing = formatPath(keys.slice(0, i + 1));
    if (Array.isArray(node)) {
      if (typeof key !== 'number' || key >= node.length) {
        const range = node.length === 0 ? 'it is empty' : `valid indices are 0 to ${node.length - 1}`;
        throw issue(failing, `no entry ${JSON.stringify(key)} in ${formatPath(here)}: ${range}`);
      }
    } else if (isPlainObject(node)) {
      const allowed = [...new Set([...validKeysOf(schemaAt(here)), ...Object.keys(node)])];
      if (typeof key !== 'string' || !allowed.includes(key)) {
        throw issue(failing, unknownSettingMessage(String(key), here, allowed));
      }
    } else {
      const where = here.length === 0 ? 'the scenario' : formatPath(here);
      throw issue(failing, `${where} is ${describeValue(node)}, which has no settings inside it`);
    }
    if (i === keys.length - 1) return { parent: node, key };
    const child: unknown = (node as Record<PathKey, unknown>)[key];
    if (child === undefined) {
      throw issue(failing, 'is not set in this scenario, so nothing inside it can be changed; set it as a whole, with a JSON object');
    }
    node = child;
  }
  throw issue('', 'expected a path to a setting, got an empty path');
}

function unknownSettingMessage(key: string, here: readonly PathKey[], allowed: readonly string[]): string {
  const where = here.length === 0 ? 'at the top level of a scenario' : `in ${formatPath(here)}`;
  const close = closestKey(key, allowed);
  const hint = close === undefined ? '' : ` (did you mean '${close}'?)`;
  return `no setting '${key}' ${where}${hint}; valid keys: ${allowed.join(', ')}`;
}

function issue(path: string, message: string): ScenarioError {
  return new ScenarioError([{ path, message }]);
}
