// restoreScenario: the one way a scenario enters the program (file, CLI, IPC, built-ins).
// Steps, in order: size cap → JSON → "is this our file?" (format) → schemaVersion (newer refused,
// older migrated step by step) → strict schema → cross-field rules (shares sum to one, min ≤ max,
// dates real and in order).
// Invariants: for ANY input it either returns a fresh, fully validated Scenario that shares no
// object with its input, or throws a ScenarioError whose issues name the failing field with a
// dotted path (`timeline.changes[2].date`) and say what was expected and what was found. It
// never throws any other error type. The zod→message translation and the path helpers live here
// too (override.ts shares them), so every scenario error in the app reads the same way.
import { z } from 'zod';
import { SCENARIO_FORMAT, SCENARIO_SCHEMA_VERSION, scenarioSchema, type Scenario } from './schema';
import { MIGRATIONS, migrateScenario, type Migration, type RawScenario } from './migrations';

/** Far above any real scenario (a few kB); stops a wrong file or a runaway object being validated. */
export const MAX_SCENARIO_BYTES = 2 * 1024 * 1024;
/** The error message lists at most this many issues; `issues` holds all of them. */
const MAX_LISTED_ISSUES = 20;

export interface ScenarioIssue {
  /** Dotted path to the failing field, e.g. `parameters.risk.roshMix`; '' for the file as a whole. */
  path: string;
  message: string;
}

export class ScenarioError extends Error {
  readonly issues: ScenarioIssue[];

  constructor(issues: ScenarioIssue[]) {
    super(formatIssues(issues));
    // The CLI recognises it by name (cli/errors.ts), so the name must stay 'ScenarioError'.
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}

/** Validates (and migrates, if older) a scenario given as JSON text or as an already-parsed value. */
export function restoreScenario(raw: unknown): Scenario {
  return restoreScenarioWith(raw, MIGRATIONS, SCENARIO_SCHEMA_VERSION);
}

/**
 * restoreScenario with the migration chain and current version injected (for tests of the
 * migration mechanism). `currentVersion` must be the version scenarioSchema validates.
 */
export function restoreScenarioWith(raw: unknown, migrations: readonly Migration[], currentVersion: number): Scenario {
  try {
    return restoreUnguarded(raw, migrations, currentVersion);
  } catch (error) {
    if (error instanceof ScenarioError) throw error;
    // A safety net (e.g. a stack overflow on absurdly nested data): the contract is "only ScenarioError".
    throw new ScenarioError([{ path: '', message: `could not read this scenario: ${errorText(error)}` }]);
  }
}

function restoreUnguarded(raw: unknown, migrations: readonly Migration[], currentVersion: number): Scenario {
  const data = toFreshJsonValue(raw);
  if (!isPlainObject(data)) {
    throw single('', `this is not a probation-sim scenario file: expected a JSON object, got ${describeValue(data)}`);
  }
  if (data.format !== SCENARIO_FORMAT) {
    const found = Object.hasOwn(data, 'format') ? describeValue(data.format) : "no 'format' field";
    throw single('format', `this is not a probation-sim scenario file: expected "${SCENARIO_FORMAT}", got ${found}`);
  }
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    const found = Object.hasOwn(data, 'schemaVersion') ? describeValue(version) : 'nothing (the field is missing)';
    throw single('schemaVersion', `expected a whole-number schema version, got ${found}`);
  }
  if (version > currentVersion) {
    throw single(
      'schemaVersion',
      `this scenario was made by a newer version of the app (schema version ${version}; this app reads up to ${currentVersion}); update to open it`,
    );
  }
  const migrated = migrateScenario(data, version, migrations, currentVersion);
  if (!migrated.ok) throw single('schemaVersion', migrated.message);
  return validateScenario(migrated.value);
}

/** Strict schema, then cross-field rules (which can assume the types hold). */
function validateScenario(data: RawScenario): Scenario {
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) throw new ScenarioError(parsed.error.issues.flatMap((issue) => issueFromZod(issue, data)));
  const issues = crossFieldIssues(parsed.data);
  if (issues.length > 0) throw new ScenarioError(issues);
  return parsed.data;
}

// ---- size cap and JSON -------------------------------------------------------------------------

/** JSON text or a parsed value → a fresh parsed value (never the caller's objects), size-checked. */
function toFreshJsonValue(raw: unknown): unknown {
  let text: string;
  if (typeof raw === 'string') {
    if (utf8Bytes(raw) > MAX_SCENARIO_BYTES) throw tooLarge('the text', utf8Bytes(raw));
    text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw; // a byte-order mark is not JSON
  } else {
    const serialised = serialise(raw);
    if (serialised === undefined) {
      throw single('', `this is not a probation-sim scenario: expected JSON text or an object, got ${describeValue(raw)}`);
    }
    if (utf8Bytes(serialised) > MAX_SCENARIO_BYTES) throw tooLarge('the data', utf8Bytes(serialised));
    text = serialised;
  }
  if (text.trim() === '') throw single('', 'this is not a probation-sim scenario file: it is empty');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw single('', `this is not a probation-sim scenario file: it is not valid JSON (${errorText(error)})`);
  }
}

function serialise(raw: unknown): string | undefined {
  try {
    return JSON.stringify(raw, (key, value: unknown) => {
      if (typeof value === 'number' && !Number.isFinite(value)) {
        throw new ScenarioError([
          { path: '', message: `expected finite numbers only, got ${String(value)}${key === '' ? '' : ` in '${key}'`} (JSON cannot hold it)` },
        ]);
      }
      if (typeof value === 'bigint') {
        throw new ScenarioError([{ path: '', message: `expected plain numbers, got a BigInt${key === '' ? '' : ` in '${key}'`}` }]);
      }
      return value;
    }) as string | undefined;
  } catch (error) {
    if (error instanceof ScenarioError) throw error;
    throw single('', `this is not a probation-sim scenario: it cannot be read as JSON data (${errorText(error)})`);
  }
}

function tooLarge(what: string, bytes: number): ScenarioError {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return single('', `this scenario is too large: expected at most ${mb(MAX_SCENARIO_BYTES)} MB, ${what} is ${mb(bytes)} MB`);
}

/** UTF-8 length without TextEncoder (not in model/'s ES2022 lib); stops counting past the cap. */
function utf8Bytes(text: string): number {
  if (text.length > MAX_SCENARIO_BYTES) return text.length; // every code unit is at least one byte: over the cap
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

// ---- zod issues → messages ---------------------------------------------------------------------

type ZodIssue = z.core.$ZodIssue;

function issueFromZod(issue: ZodIssue, data: unknown): ScenarioIssue[] {
  const keys = issue.path as PropertyKey[];
  const path = formatPath(keys);
  const schema = schemaAt(keys);
  const found = valueAt(data, keys);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...keys, key]),
        message: unknownKeyMessage(key, validKeysOf(schema)),
      }));
    case 'invalid_type':
      if (!found.present) return [{ path, message: `missing: expected ${expectedPhrase(schema, issue.expected)}` }];
      return [{ path, message: `expected ${expectedPhrase(schema, issue.expected)}, got ${describeValue(found.value)}` }];
    case 'too_big':
    case 'too_small':
      return [{ path, message: rangeMessage(issue, schema, found.value) }];
    case 'invalid_format':
      return [{ path, message: `expected ${expectedPhrase(schema, 'string')}, got ${describeValue(found.value)}` }];
    case 'invalid_value':
      return [{ path, message: `expected ${oneOf(issue.values)}, got ${describeValue(found.value)}` }];
    default:
      return [{ path, message: found.present ? `${issue.message}, got ${describeValue(found.value)}` : issue.message }];
  }
}

function rangeMessage(issue: ZodIssue & { code: 'too_big' | 'too_small' }, schema: z.ZodType | undefined, found: unknown): string {
  const bound = issue.code === 'too_big' ? issue.maximum : issue.minimum;
  if (issue.origin === 'string' && typeof found === 'string') {
    if (issue.code === 'too_small' && Number(bound) === 1) return 'expected some text, got an empty text';
    const side = issue.code === 'too_big' ? 'at most' : 'at least';
    return `expected text of ${side} ${String(bound)} characters, got ${found.length} characters`;
  }
  if (issue.origin === 'array' && Array.isArray(found)) {
    const side = issue.code === 'too_big' ? 'at most' : 'at least';
    return `expected ${side} ${String(bound)} ${Number(bound) === 1 ? 'entry' : 'entries'}, got ${found.length}`;
  }
  return `expected ${expectedPhrase(schema, 'number')}, got ${describeValue(found)}`;
}

interface CheckDef {
  check?: string;
  format?: string;
  value?: unknown;
  inclusive?: boolean;
  error?: (issue: unknown) => unknown;
}

function checksOf(schema: z.ZodType): CheckDef[] {
  const checks = (schema._zod.def as { checks?: { _zod: { def: CheckDef } }[] }).checks ?? [];
  return checks.map((check) => check._zod.def);
}

/** "a number between 0 and 1", "a whole number at least 1", "a date written YYYY-MM-DD", … */
export function expectedPhrase(schema: z.ZodType | undefined, fallback: string): string {
  if (schema instanceof z.ZodNumber) return numberPhrase(schema);
  if (schema instanceof z.ZodString) return stringPhrase(schema);
  if (schema instanceof z.ZodBoolean) return 'true or false';
  if (schema instanceof z.ZodEnum) return oneOf(schema.options);
  if (schema instanceof z.ZodLiteral) return oneOf([...schema.values]);
  if (schema instanceof z.ZodArray) return 'a list';
  if (schema instanceof z.ZodObject) return 'an object';
  if (fallback === 'int') return 'a whole number';
  return withArticle(fallback);
}

function numberPhrase(schema: z.ZodNumber): string {
  let whole = false;
  let low: CheckDef | undefined;
  let high: CheckDef | undefined;
  for (const def of checksOf(schema)) {
    if (def.check === 'number_format' && /int/.test(def.format ?? '')) whole = true;
    if (def.check === 'greater_than') low = def;
    if (def.check === 'less_than') high = def;
  }
  const noun = whole ? 'a whole number' : 'a number';
  if (low?.inclusive && high?.inclusive) return `${noun} between ${String(low.value)} and ${String(high.value)}`;
  const parts: string[] = [];
  if (low) parts.push(`${low.inclusive ? 'at least' : 'greater than'} ${String(low.value)}`);
  if (high) parts.push(`${high.inclusive ? 'at most' : 'less than'} ${String(high.value)}`);
  return parts.length === 0 ? noun : `${noun} ${parts.join(' and ')}`;
}

function stringPhrase(schema: z.ZodString): string {
  for (const def of checksOf(schema)) {
    if (def.check !== 'string_format' || typeof def.error !== 'function') continue;
    try {
      const described = def.error({});
      if (typeof described === 'string') return described; // the schema's own wording, e.g. "a date written YYYY-MM-DD"
    } catch {
      // fall through to the generic wording
    }
  }
  return 'text';
}

function oneOf(values: readonly unknown[]): string {
  const listed = values.map((value) => JSON.stringify(value)).join(', ');
  return values.length === 1 ? listed : `one of ${listed}`;
}

function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

// ---- cross-field rules -------------------------------------------------------------------------
// What the schema cannot say field by field. They run on a schema-valid scenario, so types hold.

const SHARE_TOLERANCE = 1e-6;

function crossFieldIssues(scenario: Scenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const { parameters: p, timeline } = scenario;
  checkSum(issues, 'parameters.risk.roshMix', Object.values(p.risk.roshMix));
  checkSum(issues, 'timeline.initial.psrMix', Object.values(timeline.initial.psrMix));
  timeline.changes.forEach((change, i) => {
    if (change.set.psrMix !== undefined) checkSum(issues, `timeline.changes[${i}].set.psrMix`, Object.values(change.set.psrMix));
  });
  checkSum(issues, 'parameters.population.offenceGroups', Object.values(p.population.offenceGroups).map((g) => g.share), "the groups' shares");
  checkSum(issues, 'parameters.court.custodyBands', Object.values(p.court.custodyBands).map((b) => b.share), "the bands' shares");
  for (const [band, { minMonths, maxMonths }] of Object.entries(p.court.custodyBands)) {
    checkRange(issues, `parameters.court.custodyBands.${band}`, minMonths, maxMonths, 'minMonths', 'maxMonths');
  }
  checkRange(issues, 'parameters.court.communityOrderMonths', p.court.communityOrderMonths.min, p.court.communityOrderMonths.max, 'min', 'max');
  checkRange(issues, 'parameters.court.suspendedOrderMonths', p.court.suspendedOrderMonths.min, p.court.suspendedOrderMonths.max, 'min', 'max');
  checkHazardSteps(issues, p.offending.hazardByMonthsSinceStart);
  checkDates(issues, scenario);
  return issues;
}

function checkSum(issues: ScenarioIssue[], path: string, shares: number[], what = 'shares'): void {
  const sum = shares.reduce((total, share) => total + share, 0);
  if (Math.abs(sum - 1) > SHARE_TOLERANCE) issues.push({ path, message: `${what} must sum to 1, they sum to ${roundForDisplay(sum)}` });
}

function checkRange(issues: ScenarioIssue[], path: string, min: number, max: number, minName: string, maxName: string): void {
  if (min > max) issues.push({ path, message: `expected ${minName} ≤ ${maxName}, got ${minName} ${min} and ${maxName} ${max}` });
}

function checkHazardSteps(issues: ScenarioIssue[], steps: readonly { fromMonth: number }[]): void {
  const path = 'parameters.offending.hazardByMonthsSinceStart';
  if (steps[0].fromMonth !== 0) {
    issues.push({ path: `${path}[0].fromMonth`, message: `expected the first step to start at fromMonth 0, got ${steps[0].fromMonth}` });
  }
  for (let i = 1; i < steps.length; i += 1) {
    if (steps[i].fromMonth <= steps[i - 1].fromMonth) {
      issues.push({
        path: `${path}[${i}].fromMonth`,
        message: `expected fromMonth greater than the previous step's (${steps[i - 1].fromMonth}), got ${steps[i].fromMonth}`,
      });
    }
  }
}

function checkDates(issues: ScenarioIssue[], scenario: Scenario): void {
  const { start, warmupYears } = scenario.simulation;
  const startDate = calendarDate(start);
  if (typeof startDate === 'string') issues.push({ path: 'simulation.start', message: startDate });
  // Changes may fall in the warm-up, but one before the model begins could never take effect.
  const earliest = typeof startDate === 'string' ? undefined : yearsBefore(startDate, warmupYears);
  let previous: CalendarDate | undefined;
  scenario.timeline.changes.forEach((change, i) => {
    const path = `timeline.changes[${i}].date`;
    const date = calendarDate(change.date);
    if (typeof date === 'string') {
      issues.push({ path, message: date });
      return;
    }
    if (earliest !== undefined && dayNumber(date) < dayNumber(earliest)) {
      issues.push({
        path,
        message: `expected a date on or after ${isoOf(earliest)} (simulation.start ${start} minus ${warmupYears} warm-up year${warmupYears === 1 ? '' : 's'}), got ${change.date}; an earlier change belongs in timeline.initial`,
      });
    }
    if (previous !== undefined && dayNumber(date) < dayNumber(previous)) {
      issues.push({ path, message: `expected changes in date order: on or after the previous change (${isoOf(previous)}), got ${change.date}` });
    }
    previous = date;
  });
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A YYYY-MM-DD text (the schema checked the shape) → its date, or a message saying why it is not one. */
function calendarDate(text: string): CalendarDate | string {
  const [year, month, day] = text.split('-').map(Number);
  if (month < 1 || month > 12) return `expected a real calendar date, got "${text}" (there is no month ${month})`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return `expected a real calendar date, got "${text}" (${MONTH_NAMES[month - 1]} ${year} has ${days} days)`;
  }
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The same day `years` earlier; 29 February becomes 28 February in a common year. */
function yearsBefore(date: CalendarDate, years: number): CalendarDate {
  const year = date.year - years;
  return { year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) };
}

function dayNumber(date: CalendarDate): number {
  return date.year * 10_000 + date.month * 100 + date.day; // orders dates; not a day count
}

function isoOf(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

function roundForDisplay(value: number): number {
  return Number(value.toPrecision(10));
}

// ---- paths, the schema tree and friendly wording (shared with override.ts) ----------------------

/** ['timeline', 'changes', 2, 'date'] → `timeline.changes[2].date`. */
export function formatPath(keys: readonly PropertyKey[]): string {
  let text = '';
  for (const key of keys) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

/** The schema node at a path of the scenario, or undefined if the schema has no such place. */
export function schemaAt(keys: readonly PropertyKey[]): z.ZodType | undefined {
  let node: z.ZodType | undefined = scenarioSchema;
  for (const key of keys) {
    node = unwrapOptional(node);
    if (node instanceof z.ZodObject && typeof key === 'string' && Object.hasOwn(node.shape, key)) {
      node = node.shape[key] as z.ZodType;
    } else if (node instanceof z.ZodArray && typeof key === 'number') {
      node = node.element as z.ZodType;
    } else {
      return undefined;
    }
  }
  return unwrapOptional(node);
}

function unwrapOptional(node: z.ZodType | undefined): z.ZodType | undefined {
  let current = node;
  while (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
  return current;
}

/** The keys an object node of the schema allows, in schema order. */
export function validKeysOf(schema: z.ZodType | undefined): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** "unknown key 'seeds' (did you mean 'seed'?)", or the list of valid keys when nothing is close. */
function unknownKeyMessage(key: string, validKeys: readonly string[]): string {
  const close = closestKey(key, validKeys);
  if (close !== undefined) return `unknown key '${key}' (did you mean '${close}'?)`;
  if (validKeys.length === 0) return `unknown key '${key}'`;
  return `unknown key '${key}'; expected one of: ${validKeys.join(', ')}`;
}

/** The candidate a mistyped key most likely meant (case or up to two edits away), if any. */
export function closestKey(key: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const allowed = key.length <= 3 ? 1 : 2;
  for (const candidate of candidates) {
    const distance = candidate.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key, candidate);
    if (distance <= allowed && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || a.length > 64 || b.length > 64) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      row.push(Math.min(previous[j] + 1, row[j - 1] + 1, substitution));
    }
    previous = row;
  }
  return previous[b.length];
}

/** A value for a message: numbers and booleans as written, text quoted and cut short, others by kind. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length} ${value.length === 1 ? 'entry' : 'entries'}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function valueAt(data: unknown, keys: readonly PropertyKey[]): { present: boolean; value: unknown } {
  let node = data;
  for (const key of keys) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return { present: false, value: undefined };
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return { present: node !== undefined, value: node };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function single(path: string, message: string): ScenarioError {
  return new ScenarioError([{ path, message }]);
}

function formatIssues(issues: readonly ScenarioIssue[]): string {
  const lines = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`));
  if (issues.length > MAX_LISTED_ISSUES) lines.push(`… and ${issues.length - MAX_LISTED_ISSUES} more`);
  return lines.join('\n');
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
