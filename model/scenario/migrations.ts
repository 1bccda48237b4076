// Scenario migrations: how a file written by an older version of the app is brought up to the
// current schema, one version at a time (v1 → v2 → v3 …), so that each step is small, tested on
// its own and never has to know about versions other than its two.
// Invariants: a migration is pure (returns a new object, never mutates its input); `from` values
// are distinct; the chain from the oldest supported version to SCENARIO_SCHEMA_VERSION has no
// gaps.
// Adding version N+1: bump SCENARIO_SCHEMA_VERSION, change the schema, then append
// `{ from: N, describe: '…', adds: [...], migrate }` here, with a test that an old file restores.
// `adds` lists the fields the step creates: a file that claims an older version yet already has
// one of them is refused (fieldsNewerThan), because the step would silently replace it.

import { V3_FORECAST_CHANGE_PER_CONTRACT_YEAR, defaultMoneyTerms } from './moneyDefaults';
import { UNIFIED_PSR_TARGET } from './psrTarget';

/** A scenario as it came out of JSON.parse, before validation: nothing about its shape is known. */
export type RawScenario = Record<string, unknown>;

export interface Migration {
  /** The version this step reads; it produces version `from + 1`. */
  readonly from: number;
  /** What changed, in a few words; shown if the step fails. */
  readonly describe: string;
  /** Dotted paths of the fields this step creates (and would overwrite if a file already had them). */
  readonly adds: readonly string[];
  readonly migrate: (scenario: RawScenario) => RawScenario;
}

/** Service-delivery assumptions a version-1 file gets (the values the built-in scenarios use). */
export const SERVICE_DELIVERY_DEFAULTS = {
  firstAppointmentWorkingDaysMean: 2,
  licenceAppointmentWorkingDaysMean: 0.3,
  sentencePlanWorkingDaysMean: 6,
  undeliveredOrderShare: 0.02,
};

/** The released chain. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    describe: 'adds money terms and service-delivery parameters, with the built-in defaults',
    adds: ['money', 'parameters.serviceDelivery'],
    migrate: (scenario) => {
      const parameters = scenario.parameters;
      if (typeof parameters !== 'object' || parameters === null) throw new Error('parameters is not an object');
      return {
        ...scenario,
        parameters: { ...parameters, serviceDelivery: { ...SERVICE_DELIVERY_DEFAULTS } },
        money: defaultMoneyTerms(),
      };
    },
  },
  {
    from: 2,
    describe: 'adds an empty list of uncertain inputs (every number keeps its single value)',
    adds: ['uncertainty'],
    migrate: (scenario) => ({ ...scenario, uncertainty: [] }),
  },
  {
    from: 3,
    describe: 'adds dated parameter values to the timeline (none: every number keeps its one value) and a bid forecast that does not change over the contract',
    adds: ['timeline.values', 'money.crc.forecastChangePerContractYear'],
    migrate: (scenario) => {
      const { timeline, money } = scenario;
      if (!isObject(timeline)) throw new Error('timeline is not an object');
      if (!isObject(money) || !isObject(money.crc)) throw new Error('money.crc is not an object');
      return {
        ...scenario,
        timeline: { ...timeline, values: [] },
        // A version-3 file's one forecast band held for every contract year: a change of 0 keeps that meaning.
        money: { ...money, crc: { ...money.crc, forecastChangePerContractYear: V3_FORECAST_CHANGE_PER_CONTRACT_YEAR } },
      };
    },
  },
  {
    from: 4,
    describe: 'adds the pre-sentence-report target as a lever of its own, off (reports keep following psrShare and psrMix), with the unified model\'s published target as its values',
    adds: ['timeline.initial.psrTarget', 'parameters.court.psrTarget'],
    migrate: (scenario) => {
      const { timeline, parameters } = scenario;
      if (!isObject(timeline) || !isObject(timeline.initial)) throw new Error('timeline.initial is not an object');
      if (!isObject(parameters) || !isObject(parameters.court)) throw new Error('parameters.court is not an object');
      return {
        ...scenario,
        // Off: a version-4 file's reports follow its psrShare and psrMix, as they did.
        timeline: { ...timeline, initial: { ...timeline.initial, psrTarget: false } },
        parameters: { ...parameters, court: { ...parameters.court, psrTarget: { share: UNIFIED_PSR_TARGET.share, mix: { ...UNIFIED_PSR_TARGET.mix } } } },
      };
    },
  },
];

export type MigrationResult = { ok: true; value: RawScenario } | { ok: false; message: string };

/**
 * Brings `scenario` from `version` to `currentVersion` by running each step in turn. Each step
 * receives its own copy of the data, and its output's schemaVersion is set to `from + 1` so a
 * step cannot forget it. Failures are returned, not thrown, so that the caller decides how to
 * report them (restore.ts turns them into a ScenarioError on `schemaVersion`).
 */
export function migrateScenario(
  scenario: RawScenario,
  version: number,
  migrations: readonly Migration[],
  currentVersion: number,
): MigrationResult {
  let value = scenario;
  for (let from = version; from < currentVersion; from += 1) {
    const step = migrations.find((m) => m.from === from);
    if (step === undefined) {
      return { ok: false, message: unsupportedMessage(version, migrations, currentVersion) };
    }
    try {
      const next = step.migrate(jsonCopy(value));
      if (typeof next !== 'object' || next === null || Array.isArray(next)) {
        return { ok: false, message: `migration from version ${from} (${step.describe}) did not return an object` };
      }
      value = { ...next, schemaVersion: from + 1 };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        message: `could not upgrade this file from version ${from} to ${from + 1} (${step.describe}): ${reason}`,
      };
    }
  }
  return { ok: true, value };
}

/** A field a file has although the version it claims does not, and the version that brought it. */
export interface NewerField {
  path: string;
  since: number;
}

/**
 * The fields `scenario` carries that came after `version` (the `adds` of the steps from `version`
 * on), in chain order. Upgrading would replace them with defaults, so a file that has them was
 * written for a later version whatever it claims, and answering with the defaults would answer
 * a different question from the one the file asks.
 */
export function fieldsNewerThan(scenario: RawScenario, version: number, migrations: readonly Migration[], currentVersion: number): NewerField[] {
  const found: NewerField[] = [];
  for (let from = version; from < currentVersion; from += 1) {
    const step = migrations.find((m) => m.from === from);
    for (const path of step?.adds ?? []) if (hasPath(scenario, path)) found.push({ path, since: from + 1 });
  }
  return found;
}

function hasPath(value: unknown, path: string): boolean {
  let node = value;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node) || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

/** The oldest version the chain can reach `currentVersion` from without a gap. */
export function oldestSupportedVersion(migrations: readonly Migration[], currentVersion: number): number {
  let oldest = currentVersion;
  while (migrations.some((m) => m.from === oldest - 1)) oldest -= 1;
  return oldest;
}

function unsupportedMessage(version: number, migrations: readonly Migration[], currentVersion: number): string {
  const oldest = oldestSupportedVersion(migrations, currentVersion);
  const range = oldest === currentVersion ? `only version ${currentVersion}` : `versions ${oldest} to ${currentVersion}`;
  return `expected a schema version this app can open (${range}), got ${version}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonCopy(value: RawScenario): RawScenario {
  return JSON.parse(JSON.stringify(value)) as RawScenario;
}
