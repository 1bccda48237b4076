// Cross-field rules of the uncertain inputs (uncertaintySchema.ts), run by crossFieldRules.ts on a
// schema-valid scenario. An entry must name an existing number of `parameters` or `money` (the
// path syntax of `--set`, override.ts: dots and [n]); its bounds must be in order (min < max,
// min ≤ mode ≤ max); no number may have two distributions; and every value it can draw must be
// valid for its field. That last rule is checked by validating the scenario with the field set to
// each end of the distribution's support ([min, max], or mean ± 6 sd for a normal), with the same
// validation a file gets; the rules a field can break (ranges, min ≤ max, steps in order, bands
// that do not overlap) each hold on an interval, so two valid ends mean every draw between them is
// valid. A whole-number field is refused outright: every distribution here draws fractions.
// Every issue names `uncertainty[i]` (and the entry's key where one is at fault).
import { z } from 'zod';
import type { Scenario } from './schema';
import { ScenarioError, type ScenarioIssue } from './scenarioError';
import { closestKey, describeValue, expectedPhrase, formatPath, isPlainObject, roundForDisplay, schemaAt } from './issueMessages';
import { parseOverridePath } from './overridePath';
import { NORMAL_SUPPORT_SDS, supportOf, type Support, type UncertainInput } from './uncertaintySchema';

type PathKey = string | number;

/** Validates a candidate scenario as a file would be (schema, then cross-field rules); returns its issues. */
export type ScenarioValidator = (candidate: unknown) => ScenarioIssue[];

/** The roots whose numbers may be uncertain: simulation settings and switches are fixed for a run. */
const UNCERTAIN_ROOTS = ['parameters', 'money'];

export type ResolvedPath = { ok: true; keys: PathKey[]; path: string } | { ok: false; message: string };

/** What a number-path resolver may accept, and the words its messages use. */
export interface NumberPathRules {
  /** The scenario sections the number may be in. */
  roots: readonly string[];
  /** What is done to the number, for the messages ("given a distribution", "given dated values"). */
  verb: string;
  /** Why another section is not allowed, for the messages. */
  fixedWhy: (root: string) => string;
}

const UNCERTAIN_PATHS: NumberPathRules = {
  roots: UNCERTAIN_ROOTS,
  verb: 'given a distribution',
  fixedWhy: (root) => `${root} is fixed for a run`,
};

/**
 * Where an uncertain input's number is: its keys and its path written the one canonical way
 * (`a.b[0].c`, however it was typed), which names its random stream and its entry in `drawn`.
 */
export function resolveUncertainPath(scenario: Scenario, text: string): ResolvedPath {
  return resolveNumberPath(scenario, text, UNCERTAIN_PATHS);
}

/** Where a number named by a `--set`-style path is, within the allowed sections; the path written canonically. */
export function resolveNumberPath(scenario: Scenario, text: string, rules: NumberPathRules): ResolvedPath {
  let keys: PathKey[];
  try {
    keys = parseOverridePath(text);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    return { ok: false, message: `expected a path like parameters.offending.baseReoffencesPerYear, got ${describeValue(text)}` };
  }
  const root = keys[0];
  if (typeof root !== 'string' || !rules.roots.includes(root)) {
    const known = Object.hasOwn(scenario, String(root));
    const hint = known ? rules.fixedWhy(String(root)) : `there is no '${String(root)}' in a scenario`;
    return { ok: false, message: `expected a number in ${rules.roots.join(' or ')}, got ${describeValue(text)}: ${hint}` };
  }
  let node: unknown = scenario;
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i];
    const here = formatPath(keys.slice(0, i));
    if (Array.isArray(node)) {
      if (typeof key !== 'number' || key >= node.length) {
        const range = node.length === 0 ? 'it is empty' : `valid indices are 0 to ${node.length - 1}`;
        return { ok: false, message: `no entry ${JSON.stringify(key)} in ${here}: ${range}` };
      }
    } else if (isPlainObject(node)) {
      if (typeof key !== 'string' || !Object.hasOwn(node, key)) {
        const close = closestKey(String(key), Object.keys(node));
        const hint = close === undefined ? `valid keys: ${Object.keys(node).join(', ')}` : `did you mean '${close}'?`;
        return { ok: false, message: `no setting '${String(key)}' in ${here} (${hint})` };
      }
    } else {
      return { ok: false, message: `${here} is ${describeValue(node)}, which has no settings inside it` };
    }
    node = (node as Record<PathKey, unknown>)[key];
  }
  const path = formatPath(keys);
  if (typeof node !== 'number') {
    const inside = isPlainObject(node) ? `; name one of the numbers inside it (${Object.keys(node).join(', ')})` : '';
    return { ok: false, message: `${path} is ${describeValue(node)}, not a number: only a number can be ${rules.verb}${inside}` };
  }
  return { ok: true, keys, path };
}

/** Every issue of the scenario's uncertain inputs, in entry order. */
export function uncertaintyIssues(scenario: Scenario, validate: ScenarioValidator): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const firstEntryOf = new Map<string, number>();
  let baseline: Set<string> | undefined;
  scenario.uncertainty.forEach((entry, i) => {
    const at = `uncertainty[${i}]`;
    const resolved = resolveUncertainPath(scenario, entry.path);
    if (!resolved.ok) {
      issues.push({ path: `${at}.path`, message: resolved.message });
      return;
    }
    const earlier = firstEntryOf.get(resolved.path);
    if (earlier !== undefined) {
      issues.push({ path: `${at}.path`, message: `${resolved.path} already has a distribution (uncertainty[${earlier}]): give each number at most one` });
      return;
    }
    firstEntryOf.set(resolved.path, i);
    const order = orderIssue(entry, at);
    if (order !== undefined) {
      issues.push(order);
      return;
    }
    const field = schemaAt(resolved.keys, scenario);
    if (field instanceof z.ZodNumber && field.isInt) {
      issues.push({
        path: `${at}.path`,
        message: `${resolved.path} takes whole numbers only (${expectedPhrase(field, 'number')}), and a ${entry.distribution} distribution draws fractions: give it a single value`,
      });
      return;
    }
    baseline ??= issueKeys(validate({ ...scenario, uncertainty: [] }));
    const support = supportIssue(scenario, entry, at, resolved, validate, baseline);
    if (support !== undefined) issues.push(support);
  });
  return issues;
}

/** min < max and min ≤ mode ≤ max (sd, alpha and beta are checked by the schema). */
function orderIssue(entry: UncertainInput, at: string): ScenarioIssue | undefined {
  if (entry.distribution === 'normal') return undefined;
  const { low, high } = supportOf(entry);
  if (!(low < high)) {
    const defaults = entry.distribution === 'beta' && (entry.min === undefined || entry.max === undefined) ? ' (min 0 and max 1 when not given)' : '';
    return { path: `${at}.max`, message: `expected max greater than min${defaults}, got min ${low} and max ${high}` };
  }
  if (entry.distribution === 'triangular' && !(entry.mode >= low && entry.mode <= high)) {
    return { path: `${at}.mode`, message: `expected mode between min (${low}) and max (${high}), got ${entry.mode}` };
  }
  return undefined;
}

/** Validates the scenario with the field at each end of the support; the first new issue, in words. */
function supportIssue(
  scenario: Scenario,
  entry: UncertainInput,
  at: string,
  resolved: { keys: PathKey[]; path: string },
  validate: ScenarioValidator,
  baseline: Set<string>,
): ScenarioIssue | undefined {
  const newIssueAt = (value: number) => validate(withValue(scenario, resolved.keys, value)).find((issue) => !baseline.has(issueKey(issue)));
  const support = supportOf(entry);
  const lowIssue = newIssueAt(support.low);
  const highIssue = newIssueAt(support.high);
  const issue = lowIssue ?? highIssue;
  if (issue === undefined) return undefined;
  // A normal whose mean is a valid value reaches too far: its sd is at fault.
  const meanFails = entry.distribution === 'normal' && newIssueAt(entry.mean) !== undefined;
  const key = entry.distribution === 'normal' ? (meanFails ? '.mean' : '.sd') : endKey(entry, lowIssue !== undefined, highIssue !== undefined);
  const path = `${at}${key}`;
  const draws = drawsText(entry, support);
  if (issue.path === resolved.path) {
    const phrase = expectedPhrase(schemaAt(resolved.keys, scenario), 'number');
    const hint = key === '.sd' ? '; a smaller sd, or a bounded distribution (uniform, triangular, beta), keeps every draw valid' : '';
    return { path, message: `${resolved.path} must be ${phrase}, but this ${draws}${hint}` };
  }
  const value = roundForDisplay(lowIssue !== undefined ? support.low : support.high);
  return {
    path,
    message: `this ${draws}, and a draw of ${value} for ${resolved.path} would make the scenario invalid (${issue.path}: ${issue.message})`,
  };
}

/** `.min` or `.max` when that key of the entry is at fault alone; the entry itself otherwise. */
function endKey(entry: UncertainInput, lowFails: boolean, highFails: boolean): string {
  if (entry.distribution === 'normal' || lowFails === highFails) return '';
  const key = lowFails ? 'min' : 'max';
  return entry[key] === undefined ? '' : `.${key}`;
}

function drawsText(entry: UncertainInput, { low, high }: Support): string {
  const range = `from ${roundForDisplay(low)} to ${roundForDisplay(high)}`;
  if (entry.distribution === 'normal') return `normal distribution can draw values ${range} (mean ± ${NORMAL_SUPPORT_SDS} sd)`;
  return `${entry.distribution} distribution can draw values ${range}`;
}

/** A copy of the scenario, without its uncertain inputs (their rules are not the candidate's), the field set to `value`. */
function withValue(scenario: Scenario, keys: readonly PathKey[], value: number): unknown {
  const copy = JSON.parse(JSON.stringify({ ...scenario, uncertainty: [] })) as Record<PathKey, unknown>;
  let node: Record<PathKey, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<PathKey, unknown>;
  node[keys[keys.length - 1]] = value;
  return copy;
}

function issueKey(issue: ScenarioIssue): string {
  return `${issue.path}\u0000${issue.message}`;
}

function issueKeys(issues: readonly ScenarioIssue[]): Set<string> {
  return new Set(issues.map(issueKey));
}
