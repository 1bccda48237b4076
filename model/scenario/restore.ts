// restoreScenario: the one way a scenario enters the program (file, CLI, IPC, built-ins).
// Steps, in order: size cap → JSON → nesting depth (jsonNesting.ts) → "is this our file?" (format) → schemaVersion (newer refused,
// an older one that already carries fields of a later version refused, naming them, older migrated
// step by step) → strict schema → cross-field rules (shares sum to one, min ≤ max,
// dates real and in order).
// Invariants: for ANY input it either returns a fresh, fully validated Scenario that shares no
// object with its input, or throws a ScenarioError whose issues name the failing field with a
// dotted path (`timeline.changes[2].date`) and say what was expected and what was found. It
// never throws any other error type. The wording lives in issueMessages.ts (override.ts shares
// it), so every scenario error in the app reads the same way.
import { SCENARIO_FORMAT, SCENARIO_SCHEMA_VERSION, scenarioSchema, type Scenario } from './schema';
import { MIGRATIONS, fieldsNewerThan, migrateScenario, oldestSupportedVersion, type Migration, type RawScenario } from './migrations';
import { ScenarioError } from './scenarioError';
import { crossFieldIssues } from './crossFieldRules';
import { describeValue, isPlainObject, issueFromZod } from './issueMessages';
import { nestingMessage, nestingProblem, textNestsDeeper } from './jsonNesting';

export { ScenarioError, type ScenarioIssue } from './scenarioError';

/** Far above any real scenario (a few kB); stops a wrong file or a runaway object being validated. */
export const MAX_SCENARIO_BYTES = 2 * 1024 * 1024;

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
  // Only for a version the chain reaches: an older one is refused below for what it is.
  const newer = version >= oldestSupportedVersion(migrations, currentVersion) ? fieldsNewerThan(data, version, migrations, currentVersion) : [];
  if (newer.length > 0) throw new ScenarioError(newer.map(({ path, since }) => newerFieldIssue(path, since, version)));
  const migrated = migrateScenario(data, version, migrations, currentVersion);
  if (!migrated.ok) throw single('schemaVersion', migrated.message);
  return validateScenario(migrated.value);
}

function newerFieldIssue(path: string, since: number, claimed: number): { path: string; message: string } {
  return {
    path,
    message:
      `this file says schemaVersion ${claimed}, but '${path}' came in schema version ${since}: upgrading from ${claimed} would replace it with the default, ` +
      `so it is refused rather than lost; if the file was written for version ${since} or later, set schemaVersion to match, otherwise remove '${path}'`,
  };
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
    if (overCap(raw)) throw tooLarge('the text', utf8Bytes(raw));
    text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw; // a byte-order mark is not JSON
  } else {
    checkNesting(raw); // before JSON.stringify, which recurses
    const serialised = serialise(raw);
    if (serialised === undefined) {
      throw single('', `this is not a probation-sim scenario: expected JSON text or an object, got ${describeValue(raw)}`);
    }
    if (overCap(serialised)) throw tooLarge('the data', utf8Bytes(serialised));
    text = serialised;
  }
  if (text.trim() === '') throw single('', 'this is not a probation-sim scenario file: it is empty');
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    throw single('', `this is not a probation-sim scenario file: it is not valid JSON (${errorText(error)})`);
  }
  // Before zod and the error wording, which recurse. The brackets of the text tell whether it is
  // too deep; only then is the value walked, to say where.
  if (textNestsDeeper(text)) checkNesting(value);
  return value;
}

function checkNesting(value: unknown): void {
  const problem = nestingProblem(value, MAX_SCENARIO_BYTES);
  if (problem !== undefined) throw single('', nestingMessage(problem, 'scenario'));
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

/** Whether the text's UTF-8 is over the cap; a code unit is at most 3 bytes, so short texts need no count. */
function overCap(text: string): boolean {
  return text.length * 3 > MAX_SCENARIO_BYTES && utf8Bytes(text) > MAX_SCENARIO_BYTES;
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

function single(path: string, message: string): ScenarioError {
  return new ScenarioError([{ path, message }]);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
